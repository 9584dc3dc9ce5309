"""The points of «ПОСТАНОВИЛИ» of an agenda item: the table, and adding, correcting, removing
and reordering them through the decision dialog (each saved at once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import DecisionKind
from commission.services import decisions
from commission.services.agenda import AgendaItemView
from commission.services.decisions import DecisionView
from commission.ui.context import AppContext
from commission.ui.meetings.decision_dialog import DecisionDialog, load_setting
from commission.ui.meetings.item_tables import DecisionModel
from commission.ui.meetings.record_labels import one_line
from commission.ui.meetings.record_widgets import MoveKeys, ask, current_of, make_table, select_row


def make_button(text: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(text)
    if tooltip:
        button.setToolTip(tooltip)
    return button


def arrow_button(text: str, tooltip: str) -> QPushButton:
    """A ▲ or ▼ button as narrow as its arrow: a default button is 80 px wide, and two of them
    beside three worded ones pushed the item editor past a 1280 px window in Kazakh."""
    button = make_button(text, tooltip)
    button.setFixedWidth(button.fontMetrics().horizontalAdvance(text) + 24)
    return button


def button_bar(*buttons: QPushButton) -> QHBoxLayout:
    bar = QHBoxLayout()
    for button in buttons:
        bar.addWidget(button)
    bar.addStretch(1)
    return bar


def open_dialog(dialog: QDialog, on_saved: Callable[[], None]) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(on_saved)
    dialog.open()


class DecidedBox(QGroupBox):
    """Signals:
    sig_changed(str): a point was changed here; "decisions", or "" when the dialog that saved
        it has already announced the change.
    """

    sig_changed = Signal(str)

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Decided"))
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.view: AgendaItemView | None = None
        self.read_only = False
        self.decision_model = DecisionModel()
        self.decision_table = make_table(self.decision_model, (5, 14, 40, 22, 18, 16), stretch=2)
        self.decision_table.setMinimumHeight(150)
        self.decision_table.activated.connect(lambda _i: self.edit_decision())
        self.decision_table.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_buttons()
        )
        self.decision_keys = MoveKeys(self.decision_table)
        self.decision_keys.sig_move.connect(self.move_decision)
        self.decision_keys.sig_delete.connect(self.remove_decision)
        self.add_decision_button = make_button(self.tr("Add dec&ision…"))
        self.edit_decision_button = make_button(self.tr("Edit decision…"))
        self.remove_decision_button = make_button(self.tr("Remove decision"))
        self.decision_up_button = arrow_button("▲", self.tr("Move the decision up (Alt+Up)"))
        self.decision_down_button = arrow_button("▼", self.tr("Move the decision down (Alt+Down)"))
        self.decision_up_button.setAccessibleName(self.tr("Move the decision up"))
        self.decision_down_button.setAccessibleName(self.tr("Move the decision down"))
        self.add_decision_button.clicked.connect(self.add_decision)
        self.edit_decision_button.clicked.connect(self.edit_decision)
        self.remove_decision_button.clicked.connect(self.remove_decision)
        self.decision_up_button.clicked.connect(lambda: self.move_decision(-1))
        self.decision_down_button.clicked.connect(lambda: self.move_decision(1))
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision_table)
        layout.addLayout(
            button_bar(
                self.add_decision_button,
                self.edit_decision_button,
                self.remove_decision_button,
                self.decision_up_button,
                self.decision_down_button,
            )
        )

    def focus_chain(self) -> list[QWidget]:
        return [
            self.decision_table,
            self.add_decision_button,
            self.edit_decision_button,
            self.remove_decision_button,
            self.decision_up_button,
            self.decision_down_button,
        ]

    def set_item(self, view: AgendaItemView | None) -> None:
        """The item's points, the chosen one kept chosen."""
        self.view = view
        chosen = current_of(self.decision_table, self.decision_model)
        self.decision_model.set_rows(view.decisions if view else [])
        if chosen is not None:
            select_row(self.decision_table, self.decision_model, chosen.id)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_buttons()

    def update_buttons(self) -> None:
        editable = self.view is not None and not self.read_only
        chosen = current_of(self.decision_table, self.decision_model)
        row = self.decision_model.rows().index(chosen) if chosen is not None else -1
        count = self.decision_model.rowCount()
        self.add_decision_button.setEnabled(editable)
        self.edit_decision_button.setEnabled(chosen is not None)
        self.edit_decision_button.setText(
            self.tr("Edit decision…") if editable else self.tr("Open decision…")
        )
        self.remove_decision_button.setEnabled(editable and chosen is not None)
        self.decision_up_button.setEnabled(editable and row > 0)
        self.decision_down_button.setEnabled(editable and 0 <= row < count - 1)

    def current_decision(self) -> DecisionView | None:
        return current_of(self.decision_table, self.decision_model)

    def select_decision(self, decision_id: int) -> bool:
        return select_row(self.decision_table, self.decision_model, decision_id)

    def _decision_dialog(self, decision: DecisionView | None) -> DecisionDialog | None:
        view = self.view
        if view is None:
            return None
        setting = load_setting(self.ctx, self, self.meeting_id)
        if setting is None:
            return None
        number = decision.number if decision else f"{view.position}.{len(view.decisions) + 1}"
        kind = DecisionKind.NOTE if not view.decisions else DecisionKind.INSTRUCTION
        dialog = DecisionDialog(
            self.ctx,
            setting,
            view.id,
            number,
            decision,
            self,
            read_only=self.read_only,
            default_kind=kind,
        )

        def saved() -> None:
            if dialog.saved is not None:
                self.select_decision(dialog.saved.id)
            self.sig_changed.emit("")

        open_dialog(dialog, saved)
        return dialog

    def add_decision(self) -> DecisionDialog | None:
        if self.read_only:
            return None
        return self._decision_dialog(None)

    def edit_decision(self) -> DecisionDialog | None:
        decision = self.current_decision()
        if decision is None:
            return None
        return self._decision_dialog(decision)

    def remove_decision(self) -> QMessageBox | None:
        decision = self.current_decision()
        if decision is None or self.read_only:
            return None

        def answered(button: QMessageBox.StandardButton) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return
            ctx = self.ctx

            def remove() -> bool:
                decisions.remove_decision(ctx.db, ctx.actor, decision.id)
                return True

            if ctx.run(self, remove):
                self.sig_changed.emit("decisions")

        return ask(
            self,
            self.tr("Remove a decision"),
            self.tr(
                "Remove point {number} «{text}»? The following points are renumbered; what it "
                "did to earlier decisions is undone."
            ).format(number=decision.number, text=_shortened(decision.text)),
            answered,
        )

    def move_decision(self, delta: int) -> bool:
        """Alt+Up / Alt+Down and ▲ ▼: the point moves and the item's points are renumbered."""
        decision = self.current_decision()
        if decision is None or self.read_only:
            return False
        rows = self.decision_model.rows()
        target = rows.index(decision) + delta
        if not 0 <= target < len(rows):
            return False
        ctx = self.ctx
        stored = ctx.run(
            self,
            lambda: decisions.move_decision(ctx.db, ctx.actor, decision.id, target + 1),
        )
        if stored is None:
            return False
        self.decision_model.set_rows(stored)
        self.select_decision(decision.id)
        self.sig_changed.emit("decisions")
        return True


def _shortened(text: str, limit: int = 80) -> str:
    line = one_line(text)
    return line if len(line) <= limit else line[: limit - 1] + "…"
