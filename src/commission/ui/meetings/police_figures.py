"""«Показатели отчёта полиции…»: the police chief's quarterly figures of a police-report item.

A grid of the indicators × (this quarter, the same quarter of last year, the change), the
change computed as the secretary types; the quarter and a note in both languages. Closing it
with changes asks to save them or not.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QCloseEvent, QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import AgendaItemKind
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.police_report import CRIME_CATEGORIES, MAX_FIGURE, Change, PoliceIndicator
from commission.services import police_report
from commission.services.agenda import AgendaItemView
from commission.services.police_report import Pair, PoliceReportData, PoliceReportView
from commission.ui.admin.forms import FormDialog
from commission.ui.bilingual import BilingualTextEdit
from commission.ui.context import AppContext
from commission.ui.meetings.record_widgets import name_unsaved_buttons

_LABELS = {
    PoliceIndicator.CRIMES_TOTAL: QT_TRANSLATE_NOOP("PoliceFigures", "Crimes registered, total"),
    PoliceIndicator.CRIMES_DOMESTIC: QT_TRANSLATE_NOOP("PoliceFigures", "domestic (in the family)"),
    PoliceIndicator.CRIMES_STREET: QT_TRANSLATE_NOOP("PoliceFigures", "street crimes"),
    PoliceIndicator.CRIMES_BY_MINORS: QT_TRANSLATE_NOOP("PoliceFigures", "committed by minors"),
    PoliceIndicator.CRIMES_REPEAT: QT_TRANSLATE_NOOP("PoliceFigures", "repeat offences"),
    PoliceIndicator.CRIMES_BY_PROBATION: QT_TRANSLATE_NOOP(
        "PoliceFigures", "by persons on the probation register"
    ),
    PoliceIndicator.ADMINISTRATIVE_OFFENCES: QT_TRANSLATE_NOOP(
        "PoliceFigures", "Administrative offences"
    ),
    PoliceIndicator.PREVENTIVE_MEASURES: QT_TRANSLATE_NOOP(
        "PoliceFigures", "Preventive measures held"
    ),
    PoliceIndicator.CITIZENS_APPEALS: QT_TRANSLATE_NOOP("PoliceFigures", "Citizens' appeals"),
}


def indicator_label(indicator: PoliceIndicator) -> str:
    return QCoreApplication.translate("PoliceFigures", _LABELS[indicator])


def _number(edit: QLineEdit) -> int | None:
    text = edit.text().strip()
    return int(text) if text.isdigit() else None


class FigureRow(QObject):
    """The two figures of one indicator and the change computed from them."""

    def __init__(self, indicator: PoliceIndicator, parent: QWidget) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.current = self._edit(parent)
        self.last_year = self._edit(parent)
        self.difference = QLabel(parent)
        self.per_cent = QLabel(parent)
        for label, widest in ((self.difference, "\u22120000000"), (self.per_cent, "\u2212100,0 %")):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest + "  "))
        self.current.textChanged.connect(lambda _t: self.update_change())
        self.last_year.textChanged.connect(lambda _t: self.update_change())
        self.update_change()

    @staticmethod
    def _edit(parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setValidator(QIntValidator(0, MAX_FIGURE, edit))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000000000"))
        return edit

    def pair(self) -> Pair:
        return _number(self.current), _number(self.last_year)

    def set_pair(self, pair: Pair) -> None:
        self.current.setText("" if pair[0] is None else str(pair[0]))
        self.last_year.setText("" if pair[1] is None else str(pair[1]))

    def update_change(self) -> None:
        change = Change.of(*self.pair())
        self.difference.setText(change.difference_text())
        self.per_cent.setText(change.per_cent_text())


class PoliceFiguresDialog(FormDialog):
    """Edits (or, with the minutes final, shows) the figures of one police-report item.

    Attributes:
        saved: the figures as stored by the last save, if any.
        question: the question asked on closing with changes, while it is shown.
    """

    def __init__(
        self, ctx: AppContext, item_id: int, parent: QWidget | None = None, *, read_only: bool
    ) -> None:
        super().__init__(ctx, parent, read_only=read_only)
        self.item_id = item_id
        self.saved: PoliceReportView | None = None
        self.base: PoliceReportView | None = None
        self._loaded: PoliceReportData | None = None
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Figures of the police report"))
        self.setMinimumWidth(720)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.quarter = QComboBox()
        for quarter in range(1, 5):
            self.quarter.addItem(self.tr("Quarter {quarter}").format(quarter=quarter), quarter)
        self.rows = [FigureRow(indicator, self) for indicator in PoliceIndicator]
        self.note = BilingualTextEdit(lines=3)
        self.add_row("quarter", self.tr("The &quarter reported:"), self.quarter)
        self.add_row("year", self.tr("&Year:"), self.year)
        note_box = QGroupBox(self.tr("Note (printed under the table)"))
        QVBoxLayout(note_box).addWidget(self.note)
        # Under the form's own rows, above its error line and buttons.
        body = self.layout()
        assert isinstance(body, QVBoxLayout)
        body.insertWidget(2, self._grid())
        body.insertWidget(3, note_box)
        self.errors.fields.update({r.indicator.value: r.current for r in self.rows})
        self.errors.fields["note"] = self.note
        for row in self.rows:
            self._order += [row.current, row.last_year]
        self._order.append(self.note)
        self.load()
        self.finish_form()
        self.rows[0].current.setFocus(Qt.FocusReason.OtherFocusReason)

    def _grid(self) -> QGroupBox:
        box = QGroupBox(self.tr("Figures"))
        grid = QGridLayout(box)
        headers = (
            self.tr("Indicator"),
            self.tr("This quarter"),
            self.tr("Same quarter last year"),
            self.tr("Change"),
            self.tr("%"),
        )
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
        for index, row in enumerate(self.rows, start=1):
            name = indicator_label(row.indicator)
            if row.indicator in CRIME_CATEGORIES:
                name = "    \u2013 " + name  # under the total, as the printed table has it
            label = QLabel(name)
            label.setBuddy(row.current)
            grid.addWidget(label, index, 0)
            grid.addWidget(row.current, index, 1)
            grid.addWidget(row.last_year, index, 2)
            grid.addWidget(row.difference, index, 3)
            grid.addWidget(row.per_cent, index, 4)
        grid.setColumnStretch(0, 1)
        return box

    # --- state ------------------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.ctx
        view = ctx.run(self, lambda: police_report.get_report(ctx.db, ctx.actor, self.item_id))
        if view is None:
            return
        self.saved = view if view.id is not None else self.saved
        self.base = view
        self.year.setValue(view.year)
        self.quarter.setCurrentIndex(view.quarter - 1)
        for row in self.rows:
            row.set_pair(view.pair(row.indicator))
        self.note.set_value(view.note, view.note_kk)
        self._loaded = self.data()

    def data(self) -> PoliceReportData:
        note, note_kk = self.note.value()
        return PoliceReportData(
            year=self.year.value(),
            quarter=int(self.quarter.currentData()),
            figures={row.indicator: row.pair() for row in self.rows},
            note=note or None,
            note_kk=note_kk or None,
        )

    def is_dirty(self) -> bool:
        return not self.read_only and self.data() != self._loaded

    # --- saving and closing -----------------------------------------------------------------

    def save(self) -> None:
        ctx = self.ctx
        version = self.base.version if self.base is not None else None
        self.saved = police_report.save_report(
            ctx.db, ctx.actor, self.item_id, version, self.data()
        )
        self.base = self.saved
        self._loaded = self.data()
        ctx.changes.sig_changed.emit("police_reports")

    def accept(self) -> None:
        if not self.read_only and not self.is_dirty():
            QDialog.accept(self)  # nothing typed: no empty report is stored
            return
        super().accept()

    def reject(self) -> None:
        if not self.is_dirty():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved figures"),
            self.tr("The figures were changed. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        name_unsaved_buttons(box)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._answered(box.standardButton(box.clickedButton())))
        box.open()
        self.question = box

    def _answered(self, button: QMessageBox.StandardButton) -> None:
        self.question = None
        if button == QMessageBox.StandardButton.Save:
            self.accept()  # stays open, the refusal under the form, if the service says no
        elif button == QMessageBox.StandardButton.Discard:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


class PoliceFiguresButton(QPushButton):
    """«Показатели отчёта полиции…» in the item editor, shown for police-report items only."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setText(self.tr("Figures of the &police report…"))
        self.setToolTip(
            self.tr(
                "The figures the police chief presented, with the same quarter of last year; "
                "the minutes print them as a table."
            )
        )
        self.item: AgendaItemView | None = None
        self.editable = False
        self.dialog: PoliceFiguresDialog | None = None
        self.clicked.connect(lambda: self.open_dialog())
        self.hide()

    def show_for(self, item: AgendaItemView | None, editable: bool) -> None:
        self.item = item
        self.editable = editable
        self.setVisible(item is not None and item.kind is AgendaItemKind.POLICE_REPORT)

    def open_dialog(self) -> PoliceFiguresDialog | None:
        if self.item is None:
            return None
        dialog = PoliceFiguresDialog(
            self.ctx, self.item.id, self.window(), read_only=not self.editable
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
