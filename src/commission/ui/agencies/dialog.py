"""Adding or editing one agency; deactivating it is unticking "Active"."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from commission.domain.enums import AgencyKind
from commission.services import agencies, composition
from commission.services.agencies import AgencyData, AgencyView
from commission.ui.admin.forms import (
    FormDialog,
    SexFromName,
    combo_enum,
    fill_enum_combo,
    text_of,
)
from commission.ui.bilingual import BilingualLineEdit, SexCombo
from commission.ui.context import AppContext
from commission.ui.labels import agency_kind_label, shown_name


class AgencyDialog(FormDialog):
    """The agency's card. Saves through the agencies service when Save is clicked.

    Attributes:
        agency: the record as the list showed it (its version guards against lost updates),
            ``None`` for a new agency.
        saved: the record as stored, once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        agency: AgencyView | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(ctx, parent, read_only=read_only)
        self.agency = agency
        self.saved: AgencyView | None = None
        if agency is None:
            self.setWindowTitle(self.tr("New agency"))
        else:
            name = shown_name(agency.name_ru, agency.name_kk)
            self.setWindowTitle(self.tr("Agency: {name}").format(name=name))

        self.kind = QComboBox()
        fill_enum_combo(self.kind, AgencyKind, agency_kind_label, AgencyKind.OTHER)
        self.name_ru = self._line(300)
        self.name_kk = self._line(300)
        self.name_kk.setPlaceholderText(self.tr("Same as in Russian if left empty"))
        self.short_name_ru = self._line(100)
        self.short_name_kk = self._line(100)
        self.bin = self._line(20)
        self.bin.setPlaceholderText(self.tr("12 digits"))
        self.head_name = self._line(200)
        # Letters are addressed to the head by position, name and sex, in either language.
        self.head_sex = SexCombo()
        self.head_position = BilingualLineEdit(max_length=200)
        self.contact_person = self._line(200)
        self.phone = self._line(50)
        self.email = self._line(200)
        self.address = self._line(300)
        # An akimat of a district: the oblast's decisions addressed to it show in that
        # district's commission too.
        self.admin_unit = QComboBox()
        self.admin_unit.addItem("—", None)
        units = ctx.run(self, lambda: composition.list_admin_units(ctx.db, ctx.actor)) or []
        for unit in units:
            self.admin_unit.addItem(shown_name(unit.name_ru, unit.name_kk), unit.id)
        self.is_active = QCheckBox(self.tr("Ac&tive: receives instructions and letters"))
        self.is_active.setChecked(True)

        self.add_row("kind", self.tr("&Kind:"), self.kind)
        self.add_row("name_ru", self.tr("Name (&Russian):"), self.name_ru)
        self.add_row("name_kk", self.tr("Name (Ka&zakh):"), self.name_kk)
        self.add_row("short_name_ru", self.tr("Short name (R&ussian):"), self.short_name_ru)
        self.add_row("short_name_kk", self.tr("Short &name (Kazakh):"), self.short_name_kk)
        self.add_row("bin", self.tr("&BIN:"), self.bin)
        self.add_row("head_name", self.tr("&Head:"), self.head_name)
        self.add_row("head_sex", self.tr("Head's se&x:"), self.head_sex)
        self.add_row("head_position", self.tr("Head's p&osition:"), self.head_position)
        self.errors.fields["head_position_kk"] = self.head_position
        self.add_row("contact_person", self.tr("&Contact person:"), self.contact_person)
        self.add_row("phone", self.tr("&Phone:"), self.phone)
        self.add_row("email", self.tr("&E-mail:"), self.email)
        self.add_row("address", self.tr("A&ddress:"), self.address)
        self.add_row("admin_unit_id", self.tr("District &governed:"), self.admin_unit)
        self.add_check("is_active", self.is_active)
        if agency is not None:
            self._load(agency)
        self.sex_from_name = SexFromName(self.head_name, self.head_sex)
        self.finish_form()

    @staticmethod
    def _line(max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        return edit

    def _load(self, agency: AgencyView) -> None:
        fill_enum_combo(self.kind, AgencyKind, agency_kind_label, agency.kind)
        self.name_ru.setText(agency.name_ru)
        self.name_kk.setText(agency.name_kk)
        for name in (
            "short_name_ru",
            "short_name_kk",
            "bin",
            "head_name",
            "contact_person",
            "phone",
            "email",
            "address",
        ):
            edit: QLineEdit = getattr(self, name)
            edit.setText(getattr(agency, name) or "")
            edit.setCursorPosition(0)
        self.head_position.set_value(agency.head_position, agency.head_position_kk)
        self.head_sex.set_value(agency.head_sex)
        self.is_active.setChecked(agency.is_active)
        found = self.admin_unit.findData(agency.admin_unit_id)
        self.admin_unit.setCurrentIndex(max(found, 0))

    def data(self) -> AgencyData:
        """What the form holds, as the service takes it (the service cleans and checks it)."""
        return AgencyData(
            kind=combo_enum(self.kind, AgencyKind),
            name_ru=text_of(self.name_ru),
            name_kk=text_of(self.name_kk),
            short_name_ru=text_of(self.short_name_ru),
            short_name_kk=text_of(self.short_name_kk),
            bin=text_of(self.bin),
            head_name=text_of(self.head_name),
            head_position=self.head_position.value()[0],
            contact_person=text_of(self.contact_person),
            phone=text_of(self.phone),
            email=text_of(self.email),
            address=text_of(self.address),
            is_active=self.is_active.isChecked(),
            head_position_kk=self.head_position.value()[1],
            head_sex=self.head_sex.value(),
            admin_unit_id=self.admin_unit.currentData(),
        )

    def save(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        if self.agency is None:
            self.saved = agencies.create_agency(db, actor, self.data())
        else:
            self.saved = agencies.update_agency(
                db, actor, self.agency.id, self.agency.version, self.data()
            )
        self.ctx.changes.sig_changed.emit("agencies")
