"""The earlier decisions a «снять с контроля» or «продлить срок» decision acts on.

A search over the decisions of earlier held meetings still on control (by text or by a point
number such as «1.2»); ticked ones stay chosen across searches. For an extension each chosen
point gets its new term.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.services import decisions
from commission.services.decisions import DecisionRefView
from commission.ui.admin.forms import from_qdate, make_date_edit, to_qdate
from commission.ui.context import AppContext
from commission.ui.meetings.record_labels import (
    decision_ref_label,
    fmt_date,
    minutes_ref,
    one_line,
)
from commission.ui.overview_labels import computed_state_label

SEARCH_DELAY_MS = 300
ID_ROLE = Qt.ItemDataRole.UserRole
# A new term suggested for an extension: a month after the current one.
DEFAULT_EXTENSION = timedelta(days=30)

COL_POINT, COL_MINUTES, COL_TEXT, COL_LEAD, COL_TERM, COL_STATE, COL_NEW = range(7)


class TargetPicker(QWidget):
    """Signals:
    sig_changed(): the choice (or a new term) changed.
    """

    sig_changed = Signal()

    def __init__(
        self, ctx: AppContext, meeting_id: int, meeting_date: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.meeting_date = meeting_date
        self.extend_mode = False
        self.read_only = False
        # Chosen decision id → its new term (extensions) or None; insertion order is kept.
        self.chosen: dict[int, date | None] = {}
        self.known: dict[int, DecisionRefView] = {}
        self.labels: dict[int, str] = {}  # chosen points not among the results
        self.results: list[DecisionRefView] = []
        self._building = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Words of the decision, or its point, e.g. 1.2"))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Point"),
                self.tr("Minutes"),
                self.tr("Decision"),
                self.tr("Lead agency"),
                self.tr("Term"),
                self.tr("State"),
                self.tr("New term"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(170)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _text: self._timer.start())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.search)
        self._loaded = False

    # --- state ------------------------------------------------------------------------------

    def set_mode(self, extend: bool) -> None:
        """Removal (tick the points) or extension (tick them and give each a new term)."""
        self.extend_mode = extend
        self.table.setColumnHidden(COL_NEW, not extend)
        for decision_id, new in list(self.chosen.items()):
            if extend and new is None:
                self.chosen[decision_id] = self._default_term(decision_id)
        self._rebuild()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.search_now()

    def load(
        self,
        removes: tuple[int, ...],
        extends: tuple[tuple[int, date], ...],
        labels: dict[int, str],
    ) -> None:
        """The points a stored decision acts on (they are no longer offered by the search,
        having been removed or extended by it)."""
        self.chosen = {i: None for i in removes}
        self.chosen.update(dict(extends))
        self.labels = dict(labels)
        self._rebuild()

    def removes(self) -> tuple[int, ...]:
        return tuple(self.chosen)

    def extends(self) -> tuple[tuple[int, date], ...]:
        return tuple(
            (decision_id, new or self._default_term(decision_id))
            for decision_id, new in self.chosen.items()
        )

    def chosen_refs(self) -> list[DecisionRefView]:
        return [self.known[i] for i in self.chosen if i in self.known]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._rebuild()

    def _default_term(self, decision_id: int) -> date:
        ref = self.known.get(decision_id)
        base = ref.due_date if ref is not None and ref.due_date else self.meeting_date
        return max(base, self.meeting_date) + DEFAULT_EXTENSION

    # --- search and table -------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        ctx, text = self.ctx, self.search.text()
        found = ctx.run(
            self, lambda: decisions.earlier_decisions(ctx.db, ctx.actor, self.meeting_id, text)
        )
        self._loaded = True
        self.results = found or []
        for ref in self.results:
            self.known[ref.ref.decision_id] = ref
        self._rebuild()

    def _rebuild(self) -> None:
        self._building = True
        try:
            shown = [r.ref.decision_id for r in self.results]
            extra = [i for i in self.chosen if i not in shown]
            self.table.setRowCount(0)
            for decision_id in extra:
                self._add_row(decision_id, self.known.get(decision_id))
            for ref in self.results:
                self._add_row(ref.ref.decision_id, ref)
            self.table.setColumnHidden(COL_NEW, not self.extend_mode)
        finally:
            self._building = False
        self._update_summary()

    def _add_row(self, decision_id: int, ref: DecisionRefView | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if ref is not None:
            cells = [
                ref.ref.number,
                minutes_ref(ref.ref.meeting_number, ref.ref.meeting_date),
                one_line(ref.text),
                ref.lead_agency or "",
                fmt_date(ref.due_date),
                computed_state_label(ref.state),
            ]
        else:
            cells = [self.labels.get(decision_id, "") or f"#{decision_id}", "", "", "", "", ""]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if column == COL_TEXT and len(text) > 40:
                cell.setToolTip(text)
            self.table.setItem(row, column, cell)
        check = self.table.item(row, COL_POINT)
        assert check is not None
        check.setData(ID_ROLE, decision_id)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        check.setFlags(flags)
        chosen = decision_id in self.chosen
        check.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        if self.extend_mode:
            edit = make_date_edit(self.chosen.get(decision_id) or self._default_term(decision_id))
            edit.setEnabled(chosen and not self.read_only)
            edit.dateChanged.connect(
                lambda qd, i=decision_id: self._term_changed(i, from_qdate(qd))
            )
            self.table.setCellWidget(row, COL_NEW, edit)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._building or item.column() != COL_POINT:
            return
        decision_id = int(item.data(ID_ROLE))
        on = item.checkState() == Qt.CheckState.Checked
        if on and decision_id not in self.chosen:
            self.chosen[decision_id] = self._default_term(decision_id) if self.extend_mode else None
        elif not on:
            self.chosen.pop(decision_id, None)
        edit = self.table.cellWidget(item.row(), COL_NEW)
        if isinstance(edit, QDateEdit):
            edit.setEnabled(on and not self.read_only)
            if on:
                new = self.chosen.get(decision_id)
                if new is not None:
                    edit.setDate(to_qdate(new))
        self._update_summary()
        self.sig_changed.emit()

    def _term_changed(self, decision_id: int, new: date) -> None:
        if self._building or decision_id not in self.chosen:
            return
        self.chosen[decision_id] = new
        self._update_summary()
        self.sig_changed.emit()

    def check(self, decision_id: int, on: bool = True) -> bool:
        """Tick (or untick) a point shown in the table, as a click would."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_POINT)
            if item is not None and item.data(ID_ROLE) == decision_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return True
        return False

    def set_term(self, decision_id: int, new: date) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_POINT)
            edit = self.table.cellWidget(row, COL_NEW)
            if item is not None and item.data(ID_ROLE) == decision_id and edit is not None:
                assert isinstance(edit, QDateEdit)
                edit.setDate(to_qdate(new))
                return True
        return False

    def _label(self, decision_id: int) -> str:
        ref = self.known.get(decision_id)
        if ref is not None:
            return decision_ref_label(ref.ref)
        return self.labels.get(decision_id, f"#{decision_id}")

    def _update_summary(self) -> None:
        if not self.chosen:
            self.summary.setText(self.tr("No point chosen yet: tick the decisions concerned."))
            return
        parts = []
        for decision_id, new in self.chosen.items():
            label = self._label(decision_id)
            if self.extend_mode and new is not None:
                label = self.tr("{point} → {date}").format(point=label, date=fmt_date(new))
            parts.append(label)
        self.summary.setText(self.tr("Chosen: {points}").format(points="; ".join(parts)))
