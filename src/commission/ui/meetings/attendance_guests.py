"""The invited guests of a meeting: their names, positions in both languages and sex (the
Russian minutes agree a position with it), added and removed at once like the marks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.services import attendance
from commission.services.attendance import AttendanceSheet, GuestRow
from commission.ui.bilingual import SexCombo, sex_label
from commission.ui.context import AppContext

GUEST_NAME_MAX, GUEST_JOB_MAX = 200, 300


class GuestBox(QGroupBox):
    """«Invited guests»; ``on_result`` gets the sheet the service returned (None if refused)."""

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        on_result: Callable[[AttendanceSheet | None], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Invited guests"))
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.on_result = on_result
        self.read_only = False
        self.guest_name = QLineEdit()
        self.guest_name.setMaxLength(GUEST_NAME_MAX)
        self.guest_name.setPlaceholderText(self.tr("Full name"))
        self.guest_job = QLineEdit()
        self.guest_job.setMaxLength(GUEST_JOB_MAX)
        self.guest_job.setPlaceholderText(self.tr("Position and organisation"))
        self.guest_job_kk = QLineEdit()
        self.guest_job_kk.setMaxLength(GUEST_JOB_MAX)
        self.guest_job_kk.setPlaceholderText(self.tr("Position and organisation in Kazakh"))
        self.guest_sex = SexCombo()
        self.guest_sex.setToolTip(self.tr("Sex: the Russian minutes agree the position with it"))
        self.add_guest_button = QPushButton(self.tr("&Add guest"))
        self.remove_guest_button = QPushButton(self.tr("Re&move guest"))
        self.add_guest_button.clicked.connect(self.add_guest)
        for edit in (self.guest_name, self.guest_job, self.guest_job_kk):
            edit.returnPressed.connect(self.add_guest)
        self.remove_guest_button.clicked.connect(self.remove_selected_guest)
        self.guests = QTableWidget(0, 4)
        self.guests.setHorizontalHeaderLabels(
            [self.tr("Invited"), self.tr("Position"), self.tr("Position (Kazakh)"), self.tr("Sex")]
        )
        self.guests.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guests.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guests.verticalHeader().hide()
        # The two positions share the width; the name and the sex as wide as they need.
        header = self.guests.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.guests.itemSelectionChanged.connect(self.update_buttons)

        entry = QHBoxLayout()
        entry.addWidget(self.guest_name, 2)
        entry.addWidget(self.guest_job, 3)
        entry.addWidget(self.guest_job_kk, 3)
        entry.addWidget(self.guest_sex)
        entry.addWidget(self.add_guest_button)
        entry.addWidget(self.remove_guest_button)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.guests, 1)
        self.update_buttons()

    def focus_chain(self) -> list[QWidget]:
        return [
            self.guest_name,
            self.guest_job,
            self.guest_job_kk,
            self.guest_sex,
            self.add_guest_button,
            self.guests,
        ]

    def show_guests(self, guests: list[GuestRow]) -> None:
        self.guests.setRowCount(len(guests))
        for index, guest in enumerate(guests):
            texts = (
                guest.full_name,
                guest.job_title or "",
                guest.job_title_kk or "",
                sex_label(guest.sex) if guest.sex else "",
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, guest.id)
                self.guests.setItem(index, column, item)
        self.update_buttons()

    def add_guest(self) -> bool:
        name = self.guest_name.text()
        if not name.strip():
            self.guest_name.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        ctx = self.ctx
        result = ctx.run(
            self,
            lambda: attendance.add_guest(
                ctx.db,
                ctx.actor,
                self.meeting_id,
                name,
                self.guest_job.text(),
                job_title_kk=self.guest_job_kk.text() or None,
                sex=self.guest_sex.value(),
            ),
        )
        if result is None:
            return False
        for edit in (self.guest_name, self.guest_job, self.guest_job_kk):
            edit.clear()
        self.guest_sex.set_value(None)
        self.guest_name.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.on_result(result)

    def selected_guest_id(self) -> int | None:
        row = self.guests.currentRow()
        item = self.guests.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def remove_selected_guest(self) -> bool:
        guest_id = self.selected_guest_id()
        if guest_id is None:
            return False
        ctx = self.ctx
        result = ctx.run(self, lambda: attendance.remove_guest(ctx.db, ctx.actor, guest_id))
        return self.on_result(result)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in (self.guest_name, self.guest_job, self.guest_job_kk, self.guest_sex):
            widget.setEnabled(not read_only)
        self.update_buttons()

    def update_buttons(self) -> None:
        editable = not self.read_only
        self.add_guest_button.setEnabled(editable)
        self.remove_guest_button.setEnabled(editable and self.selected_guest_id() is not None)
