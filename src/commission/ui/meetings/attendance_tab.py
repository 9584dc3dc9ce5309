"""Who sat: the members valid on the meeting's date, marked one by one, the invited guests, and
the quorum that follows, recomputed by the service after every mark.

There is no Save: each mark is stored as it is made, the way a secretary ticks a paper list.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import AttendanceStatus
from commission.domain.quorum import QuorumResult
from commission.services import attendance
from commission.services.attendance import AttendanceRow, AttendanceSheet
from commission.ui.bilingual import SexCombo
from commission.ui.context import AppContext
from commission.ui.labels import member_role_label, shown_name, yes_no
from commission.ui.meetings.attendance_guests import GuestBox
from commission.ui.meetings.meeting_labels import attendance_status_label

REASON_MAX, SUBSTITUTE_MAX, SUBSTITUTE_POSITION_MAX = 300, 200, 300
QUORUM_STYLE = "QLabel { color: #1b5e20; font-weight: bold; }"
NO_QUORUM_STYLE = "QLabel { color: #b00020; font-weight: bold; }"

STATUSES: tuple[AttendanceStatus | None, ...] = (
    None,
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.REPLACED,
)


class Col:
    (
        NAME,
        ROLE,
        POSITION,
        VOTING,
        STATUS,
        REASON,
        REASON_KK,
        SUBSTITUTE,
        SUBSTITUTE_POSITION,
        SUBSTITUTE_POSITION_KK,
        SUBSTITUTE_SEX,
    ) = range(11)


@dataclass
class _RowWidgets:
    status: QComboBox
    reason: QLineEdit
    substitute: QLineEdit
    substitute_position: QLineEdit
    # The minutes in Kazakh print these; the substitute's sex chooses the Russian forms.
    reason_kk: QLineEdit
    substitute_position_kk: QLineEdit
    substitute_sex: SexCombo

    def texts(self) -> tuple[QLineEdit, ...]:
        return (
            self.reason,
            self.reason_kk,
            self.substitute,
            self.substitute_position,
            self.substitute_position_kk,
        )

    def chain(self) -> tuple[QWidget, ...]:
        return (
            self.status,
            self.reason,
            self.reason_kk,
            self.substitute,
            self.substitute_position,
            self.substitute_position_kk,
            self.substitute_sex,
        )


def quorum_text(result: QuorumResult) -> str:
    """«Quorum: 9 of 11 voting members present (at least 6 needed)» or why there is none."""
    if result.has_quorum:
        text = QCoreApplication.translate(
            "AttendanceTab",
            "Quorum: {present} of {total} voting members present (at least {required} needed)",
        )
    else:
        text = QCoreApplication.translate(
            "AttendanceTab",
            "No quorum: {present} of {total} voting members present (at least {required} needed)",
        )
    return text.format(present=result.present, total=result.total, required=result.required)


class AttendanceTab(QWidget):
    """The attendance sheet of one meeting.

    Signals:
        sig_changed(): a mark or a guest was stored (the quorum may have changed).

    Attributes:
        sheet: the sheet as the service last returned it.
    """

    sig_changed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.sheet: AttendanceSheet | None = None
        self.read_only = False
        self._rows: list[_RowWidgets] = []
        self._member_ids: list[int] = []

        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.all_present_button = QPushButton(self.tr("&Everyone present"))
        self.all_present_button.setToolTip(
            self.tr("Marks as present every member not marked yet; marks already made are kept.")
        )
        self.all_present_button.clicked.connect(self.mark_all_present)

        self.table = QTableWidget(0, 11)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Role"),
                self.tr("Position"),
                self.tr("Votes"),
                self.tr("Attendance"),
                self.tr("Reason of absence"),
                self.tr("Reason (Kazakh)"),
                self.tr("Replaced by (name)"),
                self.tr("Substitute's position"),
                self.tr("Position (Kazakh)"),
                self.tr("Sex"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(self.quorum_label, 1)
        top.addWidget(self.all_present_button)
        members_box = QWidget()
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addLayout(top)
        members_layout.addWidget(self.table, 1)
        members_layout.addWidget(self.hint_label)
        members_layout.addWidget(self.summary_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(members_box)
        self.guest_box = GuestBox(ctx, meeting_id, self._stored_sheet)
        splitter.addWidget(self.guest_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx
        sheet = ctx.run(
            self, lambda: attendance.attendance_sheet(ctx.db, ctx.actor, self.meeting_id)
        )
        if sheet is not None:
            self.show_sheet(sheet)

    def show_sheet(self, sheet: AttendanceSheet) -> None:
        """Show ``sheet``; rows are updated in place so that the focus stays where it was."""
        self.sheet = sheet
        ids = [row.member_id for row in sheet.rows]
        if ids != self._member_ids:
            self._rebuild(sheet.rows)
        for index, row in enumerate(sheet.rows):
            self._show_row(index, row)
        self.guest_box.show_guests(sheet.guests)
        self._show_quorum(sheet)
        self._update_buttons()

    def _rebuild(self, rows: list[AttendanceRow]) -> None:
        self._member_ids = [row.member_id for row in rows]
        self._rows = []
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            position = shown_name(row.position, row.position_kk)
            agency = shown_name(row.agency_name, row.agency_name_kk) if row.agency_name else ""
            texts = (
                row.full_name,
                member_role_label(row.role),
                position + (f", {agency}" if agency else ""),
                yes_no(row.is_voting),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
            widgets = _RowWidgets(
                status=QComboBox(),
                reason=QLineEdit(),
                substitute=QLineEdit(),
                substitute_position=QLineEdit(),
                reason_kk=QLineEdit(),
                substitute_position_kk=QLineEdit(),
                substitute_sex=SexCombo(),
            )
            for status in STATUSES:
                widgets.status.addItem(
                    attendance_status_label(status), status.value if status else None
                )
            widgets.reason.setMaxLength(REASON_MAX)
            widgets.reason_kk.setMaxLength(REASON_MAX)
            widgets.substitute.setMaxLength(SUBSTITUTE_MAX)
            widgets.substitute_position.setMaxLength(SUBSTITUTE_POSITION_MAX)
            widgets.substitute_position_kk.setMaxLength(SUBSTITUTE_POSITION_MAX)
            member_id = row.member_id
            widgets.status.activated.connect(lambda _i, m=member_id: self._status_chosen(m))
            for edit in widgets.texts():
                edit.editingFinished.connect(lambda m=member_id: self._text_finished(m))
            widgets.substitute_sex.activated.connect(lambda _i, m=member_id: self._text_finished(m))
            for column, widget in (
                (Col.STATUS, widgets.status),
                (Col.REASON, widgets.reason),
                (Col.REASON_KK, widgets.reason_kk),
                (Col.SUBSTITUTE, widgets.substitute),
                (Col.SUBSTITUTE_POSITION, widgets.substitute_position),
                (Col.SUBSTITUTE_POSITION_KK, widgets.substitute_position_kk),
                (Col.SUBSTITUTE_SEX, widgets.substitute_sex),
            ):
                self.table.setCellWidget(index, column, widget)
            self._rows.append(widgets)
        self._fit_columns()
        row_height = self.fontMetrics().height() + 12
        if self._rows:
            row_height = max(row_height, self._rows[0].status.sizeHint().height())
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self._chain_focus()

    def _fit_columns(self) -> None:
        """Names whole, long texts elided (their tooltip has them), the fields wide enough to
        type in; the substitute's position takes what is left."""
        self.table.resizeColumnsToContents()
        char = max(1, self.fontMetrics().averageCharWidth())
        header = self.table.horizontalHeader()
        for column, chars in ((Col.NAME, 48), (Col.POSITION, 20)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), chars * char))
        for column, chars in (
            (Col.REASON, 14),
            (Col.REASON_KK, 14),
            (Col.SUBSTITUTE, 18),
            (Col.SUBSTITUTE_POSITION, 18),
        ):
            item = self.table.horizontalHeaderItem(column)
            title = header.fontMetrics().horizontalAdvance(item.text() if item else "")
            self.table.setColumnWidth(column, max(chars * char, title + 24))
        if self._rows:
            combo = max(w.status.sizeHint().width() for w in self._rows)
            self.table.setColumnWidth(Col.STATUS, max(self.table.columnWidth(Col.STATUS), combo))

    def _chain_focus(self) -> None:
        """Tab goes along a row's fields, then to the next row's attendance."""
        chain: list[QWidget] = [self.all_present_button]
        for widgets in self._rows:
            chain.extend(widgets.chain())
        chain.extend(self.guest_box.focus_chain())
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_row(self, index: int, row: AttendanceRow) -> None:
        widgets = self._rows[index]
        widgets.status.blockSignals(True)
        widgets.status.setCurrentIndex(STATUSES.index(row.status))
        widgets.status.blockSignals(False)
        _set_text(widgets.reason, row.absence_reason)
        _set_text(widgets.reason_kk, row.absence_reason_kk)
        _set_text(widgets.substitute, row.substitute_name)
        _set_text(widgets.substitute_position, row.substitute_position)
        _set_text(widgets.substitute_position_kk, row.substitute_position_kk)
        widgets.substitute_sex.set_value(row.substitute_sex)
        self._enable_row(widgets, row.status)

    def _enable_row(self, widgets: _RowWidgets, status: AttendanceStatus | None) -> None:
        editable = not self.read_only
        widgets.status.setEnabled(editable)
        absent = status in (AttendanceStatus.ABSENT, AttendanceStatus.REPLACED)
        replaced = status is AttendanceStatus.REPLACED
        widgets.reason.setEnabled(editable and absent)
        widgets.reason_kk.setEnabled(editable and absent)
        # A hint only where a reason can be typed: not in every row of members present.
        widgets.reason.setPlaceholderText(self.tr("e.g. on leave") if editable and absent else "")
        for widget in (
            widgets.substitute,
            widgets.substitute_position,
            widgets.substitute_position_kk,
            widgets.substitute_sex,
        ):
            widget.setEnabled(editable and replaced)

    def _show_quorum(self, sheet: AttendanceSheet) -> None:
        result = sheet.quorum
        marked = sum(1 for row in sheet.rows if row.status is not None)
        if marked == 0 and not result.has_quorum:
            # Before anyone is marked (a sitting still ahead) there is nothing to alarm about:
            # what the sitting will need.
            self.quorum_label.setText(
                self.tr(
                    "Quorum expected: at least {required} of {total} voting members present"
                ).format(required=result.required, total=result.total)
            )
            self.quorum_label.setStyleSheet("")
        else:
            self.quorum_label.setText(quorum_text(result))
            self.quorum_label.setStyleSheet(QUORUM_STYLE if result.has_quorum else NO_QUORUM_STYLE)
        present = sum(
            1
            for row in sheet.rows
            if row.status in (AttendanceStatus.PRESENT, AttendanceStatus.REPLACED)
        )
        self.summary_label.setText(
            self.tr(
                "Members on the meeting's date: {total}; marked: {marked}; sitting (with "
                "substitutes): {present}; guests: {guests}."
            ).format(
                total=len(sheet.rows),
                marked=marked,
                present=present,
                guests=len(sheet.guests),
            )
        )

    # --- marking --------------------------------------------------------------------------

    def row_index(self, member_id: int) -> int:
        return self._member_ids.index(member_id)

    def row_widgets(self, member_id: int) -> _RowWidgets:
        return self._rows[self.row_index(member_id)]

    def _stored(self, member_id: int) -> AttendanceRow | None:
        if self.sheet is None:
            return None
        return next((r for r in self.sheet.rows if r.member_id == member_id), None)

    def _status_chosen(self, member_id: int) -> None:
        widgets = self.row_widgets(member_id)
        data = widgets.status.currentData()
        status = AttendanceStatus(data) if data is not None else None
        self._enable_row(widgets, status)
        self.hint_label.clear()
        if status is AttendanceStatus.REPLACED and not widgets.substitute.text().strip():
            # Stored once the substitute's name is typed: a replacement needs a name.
            self.hint_label.setText(
                self.tr("Type the name of the person replacing the member, then press Enter.")
            )
            widgets.substitute.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.mark(member_id, status)
        if status is AttendanceStatus.ABSENT and not widgets.reason.text().strip():
            widgets.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_finished(self, member_id: int) -> None:
        widgets = self.row_widgets(member_id)
        data = widgets.status.currentData()
        status = AttendanceStatus(data) if data is not None else None
        stored = self._stored(member_id)
        if status not in (AttendanceStatus.ABSENT, AttendanceStatus.REPLACED):
            return
        if status is AttendanceStatus.REPLACED and not widgets.substitute.text().strip():
            return
        if stored is not None and (
            stored.status is status
            and (stored.absence_reason or "") == widgets.reason.text().strip()
            and (stored.substitute_name or "") == widgets.substitute.text().strip()
            and (stored.substitute_position or "") == widgets.substitute_position.text().strip()
            and (stored.absence_reason_kk or "") == widgets.reason_kk.text().strip()
            and (stored.substitute_position_kk or "")
            == widgets.substitute_position_kk.text().strip()
            and stored.substitute_sex == widgets.substitute_sex.value()
        ):
            return  # nothing changed: leaving a field is not an edit
        self.hint_label.clear()
        self.mark(member_id, status)

    def mark(self, member_id: int, status: AttendanceStatus | None) -> bool:
        """Store one member's mark with the texts in its row; the sheet comes back updated."""
        widgets = self.row_widgets(member_id)
        ctx = self.ctx
        result = ctx.run(
            self,
            lambda: attendance.mark(
                ctx.db,
                ctx.actor,
                self.meeting_id,
                member_id,
                status,
                absence_reason=widgets.reason.text(),
                substitute_name=widgets.substitute.text(),
                substitute_position=widgets.substitute_position.text(),
                absence_reason_kk=widgets.reason_kk.text() or None,
                substitute_position_kk=widgets.substitute_position_kk.text() or None,
                substitute_sex=widgets.substitute_sex.value(),
            ),
        )
        return self._stored_sheet(result)

    def mark_all_present(self) -> bool:
        ctx = self.ctx
        result = ctx.run(
            self, lambda: attendance.mark_all_present(ctx.db, ctx.actor, self.meeting_id)
        )
        return self._stored_sheet(result)

    def _stored_sheet(self, result: AttendanceSheet | None) -> bool:
        if result is None:
            if self.sheet is not None:
                self.show_sheet(self.sheet)  # back to what is stored
            return False
        self.show_sheet(result)
        self.ctx.changes.sig_changed.emit("attendance")
        self.sig_changed.emit()
        return True

    # --- state ----------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.sheet is not None:
            for index, row in enumerate(self.sheet.rows):
                self._enable_row(self._rows[index], row.status)
        self.guest_box.set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.read_only
        self.all_present_button.setEnabled(editable and bool(self._rows))


def _set_text(edit: QLineEdit, text: str | None) -> None:
    if edit.text() != (text or ""):
        edit.setText(text or "")
        edit.setCursorPosition(0)
