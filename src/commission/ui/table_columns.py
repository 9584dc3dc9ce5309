"""The columns of a list as the user leaves them: widths, order and which are shown, kept on
this computer for the next start; the header's context menu shows or hides a column and puts
them back as the program laid them out."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QMenu, QTableView

from commission import settings as local_settings

_SAVE_PAUSE_MS = 600  # dragging a column's edge changes its width many times a second


class ColumnKeeper:
    """Restores ``view``'s columns from the settings under ``name`` and keeps them there."""

    def __init__(self, view: QTableView, name: str) -> None:
        self.view = view
        self.name = name
        self.header = view.horizontalHeader()
        self.header.setSectionsMovable(True)
        self.restored = False
        self._timer = QTimer(view)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.save)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self.show_menu)
        self._default: QByteArray | None = None
        self._listening = False

    def restore(self) -> bool:
        """Put the columns back as last left; False when there is nothing to restore (the
        caller then sizes them to their contents)."""
        if self._default is None:
            self._default = self.header.saveState()
        saved = local_settings.load().table_columns.get(self.name)
        if saved:
            self.restored = self.header.restoreState(QByteArray.fromBase64(saved.encode()))
        self.listen()
        return self.restored

    def listen(self) -> None:
        if self._listening:
            return
        self._listening = True
        self.header.sectionResized.connect(lambda *_a: self._timer.start())
        self.header.sectionMoved.connect(lambda *_a: self._timer.start())

    def save(self) -> None:
        state = bytes(self.header.saveState().toBase64().data()).decode("ascii")
        local_settings.remember_table_columns(self.name, state)

    def show_menu(self, at: QPoint) -> QMenu:
        menu = self.menu()
        menu.popup(self.header.mapToGlobal(at))
        return menu

    def menu(self) -> QMenu:
        """A box per column (ticked: shown) and the way back to the program's layout."""
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        model = self.view.model()
        shown = [c for c in range(self.header.count()) if not self.header.isSectionHidden(c)]
        for column in range(self.header.count()):
            title = str(model.headerData(column, self.header.orientation()) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            # The last column shown stays: a list without columns shows nothing at all.
            action.setEnabled(not (len(shown) == 1 and column in shown))
            action.toggled.connect(lambda on, c=column: self._show_column(c, on))
        menu.addSeparator()
        reset = menu.addAction(
            QCoreApplication.translate("TableColumns", "Columns as the program lays them out")
        )
        reset.triggered.connect(self.reset)
        return menu

    def _show_column(self, column: int, on: bool) -> None:
        self.header.setSectionHidden(column, not on)
        self.save()

    def reset(self) -> None:
        if self._default is not None:
            self.header.restoreState(self._default)
        for column in range(self.header.count()):
            self.header.setSectionHidden(column, False)
            self.header.moveSection(self.header.visualIndex(column), column)
        local_settings.remember_table_columns(self.name, None)
        self.view.resizeColumnsToContents()


def keep_columns(view: QTableView, name: str) -> ColumnKeeper:
    return ColumnKeeper(view, name)
