"""A member of the commission: added, corrected, or replaced by a new one by decree."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from commission.domain.enums import MemberRole
from commission.services import composition
from commission.services.agencies import AgencyView
from commission.services.composition import MemberData, MemberView
from commission.ui.admin.forms import (
    FormDialog,
    OptionalDateEdit,
    SexFromName,
    combo_enum,
    combo_id,
    fill_agency_combo,
    fill_enum_combo,
    from_qdate,
    make_date_edit,
    to_qdate,
)
from commission.ui.admin.tables import format_date
from commission.ui.bilingual import SexCombo
from commission.ui.context import AppContext
from commission.ui.labels import interface_language, member_role_label


class MemberDialog(FormDialog):
    """One person's place in the commission for a period.

    Three uses: a new member (``member`` and ``replacing`` both ``None``), a correction of
    ``member``'s record, or the decree that replaces ``replacing`` by a new person: the old
    term then ends the day before the new one starts.

    Attributes:
        saved: the new or corrected record, once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        agencies: Sequence[AgencyView],
        member: MemberView | None = None,
        parent: QWidget | None = None,
        *,
        replacing: MemberView | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(ctx, parent, read_only=read_only)
        self.member = member
        self.replacing = replacing
        self.saved: MemberView | None = None
        if replacing is not None:
            self.setWindowTitle(self.tr("Replace a member"))
            self.set_intro(
                self.tr(
                    "{name} ({role}) leaves the commission by decree. Enter the person who "
                    "takes the place, the date the decree takes effect and the decree."
                ).format(name=replacing.full_name, role=member_role_label(replacing.role))
            )
        elif member is None:
            self.setWindowTitle(self.tr("New member"))
        else:
            self.setWindowTitle(self.tr("Member: {name}").format(name=member.full_name))

        template = member or replacing
        self.full_name = self._line(200)
        # «сообщил» or «сообщила» in the minutes, and the case forms of the name.
        self.sex = SexCombo()
        self.role = QComboBox()
        fill_enum_combo(
            self.role, MemberRole, member_role_label, template.role if template else None
        )
        if template is None:
            self.role.setCurrentIndex(self.role.findData(MemberRole.MEMBER.value))
        self.position_ru = self._line(300)
        self.position_kk = self._line(300)
        self.agency = QComboBox()
        fill_agency_combo(
            self.agency,
            agencies,
            template.agency_id if template else None,
            interface_language(),
            self.tr("— not from an agency —"),
        )
        self.is_voting = QCheckBox(self.tr("Has a &vote"))
        self.is_voting.setChecked(True)
        self.valid_from: QDateEdit = make_date_edit()
        self.valid_to = OptionalDateEdit(self.tr("ends on"))
        self.valid_to.setToolTip(self.tr("Leave unticked while the membership has no end date."))
        self.decree = self._line(200)
        self.decree.setPlaceholderText(self.tr("e.g. akimat decree No. 123 of 15.01.2026"))
        self.phone = self._line(50)
        self.ends_note = QLabel()
        self.ends_note.setWordWrap(True)

        self.add_row("full_name", self.tr("Full &name:"), self.full_name)
        self.add_row("sex", self.tr("&Sex:"), self.sex)
        self.add_row("role", self.tr("&Role:"), self.role)
        self.add_row("position_ru", self.tr("&Position (Russian):"), self.position_ru)
        self.add_row("position_kk", self.tr("Position (&Kazakh):"), self.position_kk)
        self.add_row("agency_id", self.tr("&Agency:"), self.agency)
        self.add_check("is_voting", self.is_voting)
        self.add_row("valid_from", self.tr("&From:"), self.valid_from)
        if replacing is not None:
            self.form.addRow("", self.ends_note)
            self.valid_from.dateChanged.connect(self._update_ends_note)
        self.add_row("valid_to", self.tr("&To:"), self.valid_to)
        self.add_row("decree", self.tr("&Decree:"), self.decree)
        self.add_row("phone", self.tr("P&hone:"), self.phone)

        if member is not None:
            self._load(member)
        elif replacing is not None:
            self._prefill(replacing)
        self.sex_from_name = SexFromName(self.full_name, self.sex)
        self.finish_form()

    @staticmethod
    def _line(max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        return edit

    def _load(self, member: MemberView) -> None:
        self.full_name.setText(member.full_name)
        self.sex.set_value(member.sex)
        self.position_ru.setText(member.position_ru)
        self.position_kk.setText(member.position_kk or "")
        self.is_voting.setChecked(member.is_voting)
        self.valid_from.setDate(to_qdate(member.valid_from))
        self.valid_to.set_value(member.valid_to)
        self.decree.setText(member.decree or "")
        self.phone.setText(member.phone or "")
        for edit in (self.full_name, self.position_ru, self.position_kk, self.decree):
            edit.setCursorPosition(0)

    def _prefill(self, old: MemberView) -> None:
        """The new person usually takes the same post: position, agency and vote carry over."""
        self.position_ru.setText(old.position_ru)
        self.position_kk.setText(old.position_kk or "")
        self.is_voting.setChecked(old.is_voting)
        start = max(date.today(), old.valid_from + timedelta(days=1))
        self.valid_from.setDate(to_qdate(start))
        self._update_ends_note()

    def _update_ends_note(self) -> None:
        if self.replacing is None:
            return
        last_day = from_qdate(self.valid_from.date()) - timedelta(days=1)
        self.ends_note.setText(
            self.tr("{name}'s membership ends on {date}.").format(
                name=self.replacing.full_name, date=format_date(last_day)
            )
        )

    def data(self) -> MemberData:
        return MemberData(
            full_name=self.full_name.text(),
            position_ru=self.position_ru.text(),
            role=combo_enum(self.role, MemberRole),
            valid_from=from_qdate(self.valid_from.date()),
            position_kk=self.position_kk.text(),
            agency_id=combo_id(self.agency),
            is_voting=self.is_voting.isChecked(),
            valid_to=self.valid_to.value(),
            decree=self.decree.text(),
            phone=self.phone.text(),
            sex=self.sex.value(),
        )

    def save(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        if self.replacing is not None:
            old = self.replacing
            self.saved = composition.replace_member(db, actor, old.id, old.version, self.data())
        elif self.member is not None:
            member = self.member
            self.saved = composition.update_member(
                db, actor, member.id, member.version, self.data()
            )
        else:
            self.saved = composition.add_member(db, actor, self.data())
        self.ctx.changes.sig_changed.emit("members")
