"""«Release notice…»: a prison's notice of a coming release, which opens a draft case before
the release; without an IIN the notice is kept until the IIN is known."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from commission.domain.enums import NeedKind
from commission.domain.iin import InvalidIin
from commission.domain.messages import UserError
from commission.services import composition, release_notices
from commission.services.release_notices import ReleaseNoticeData, ReleaseNoticeResult
from commission.ui.admin.forms import (
    FormDialog,
    OptionalDateEdit,
    chain_focus,
    combo_id,
    from_qdate,
    make_date_edit,
    select_data,
    text_of,
    to_qdate,
)
from commission.ui.admin.tables import pick_name
from commission.ui.cases.labels import need_kind_label
from commission.ui.context import AppContext
from commission.ui.labels import interface_language

DEFAULT_NOTICE_DAYS = 30  # prisons notify about a month ahead


class ReleaseNoticeDialog(FormDialog):
    """Records a release notice through ``release_notices.record_release_notice``.

    Attributes:
        recorded: what was recorded (the client and the draft case, if the IIN was given).
    """

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Release notice"))
        self.setMinimumWidth(820)  # the kinds of help in two columns, unclipped
        self.today = today
        self.recorded: ReleaseNoticeResult | None = None
        self._duplicate_seen = False  # a possible duplicate was shown for the person typed
        self.set_intro(
            self.tr(
                "With the IIN the person is found on the register (or entered on it) and a draft "
                "case is opened with the needs named; without it the notice is kept until the "
                "IIN is known."
            )
        )
        self.received = make_date_edit(today)
        self.institution = QLineEdit()
        self.surname = QLineEdit()
        self.given_name = QLineEdit()
        self.patronymic = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setMaxLength(14)
        self.iin.setPlaceholderText(self.tr("optional"))
        self.birth_date = OptionalDateEdit(self.tr("known"))
        self.birth_date.edit.setDate(to_qdate(date(today.year - 30, 1, 1)))
        self.release = make_date_edit(today + timedelta(days=DEFAULT_NOTICE_DAYS))
        self.residence = QLineEdit()
        self.district = QComboBox()
        units = ctx.run(self, lambda: composition.list_admin_units(ctx.db, ctx.actor)) or []
        own = ctx.actor.district_id
        for unit in units:
            if own is None or unit.id == own:
                self.district.addItem(
                    pick_name(interface_language(), unit.name_ru, unit.name_kk), unit.id
                )
        select_data(self.district, own)
        # Two columns of check boxes: every kind of help visible, reachable with Tab.
        self.needs = QWidget()
        grid = QGridLayout(self.needs)
        grid.setContentsMargins(0, 0, 0, 0)
        self.need_checks: dict[NeedKind, QCheckBox] = {}
        half = (len(NeedKind) + 1) // 2
        for index, kind in enumerate(NeedKind):
            check = QCheckBox(need_kind_label(kind))
            self.need_checks[kind] = check
            grid.addWidget(check, index % half, index // half)
        self.needs_text = QPlainTextEdit()
        self.needs_text.setTabChangesFocus(True)
        self.needs_text.setMaximumHeight(70)
        self.add_row("received_on", self.tr("&Received on:"), self.received)
        self.add_row("institution", self.tr("&Institution:"), self.institution)
        self.add_row("surname", self.tr("&Surname:"), self.surname)
        self.add_row("given_name", self.tr("&Given name:"), self.given_name)
        self.add_row("patronymic", self.tr("&Patronymic:"), self.patronymic)
        self.add_row("iin", self.tr("II&N:"), self.iin)
        self.add_row("birth_date", self.tr("&Birth date:"), self.birth_date)
        self.add_row("expected_release", self.tr("E&xpected release:"), self.release)
        self.add_row("chosen_residence", self.tr("&Chosen residence:"), self.residence)
        self.add_row("district_id", self.tr("&District:"), self.district)
        self.add_row("needs", self.tr("N&eeds:"), self.needs)
        self.add_row("needs_text", self.tr("Needs in the no&tice's words:"), self.needs_text)
        self.finish_form()
        for edit in (self.surname, self.given_name, self.iin):
            edit.textChanged.connect(self._person_changed)
        # The label's shortcut goes to the first check box; Tab walks through them all.
        checks = list(self.need_checks.values())
        self.needs.setFocusProxy(checks[0])
        chain_focus([self.district, *checks, self.needs_text])

    def _person_changed(self) -> None:
        self._duplicate_seen = False

    def error_field(self, exc: UserError) -> str | None:
        return "iin" if isinstance(exc, InvalidIin) else None

    def set_needs(self, kinds: list[NeedKind]) -> None:
        for kind, check in self.need_checks.items():
            check.setChecked(kind in kinds)

    def chosen_needs(self) -> list[NeedKind]:
        return [kind for kind, check in self.need_checks.items() if check.isChecked()]

    def data(self) -> ReleaseNoticeData:
        return ReleaseNoticeData(
            received_on=from_qdate(self.received.date()),
            institution=text_of(self.institution),
            surname=text_of(self.surname),
            given_name=text_of(self.given_name),
            patronymic=text_of(self.patronymic) or None,
            expected_release=from_qdate(self.release.date()),
            district_id=combo_id(self.district) or 0,
            iin=text_of(self.iin) or None,
            birth_date=self.birth_date.value(),
            chosen_residence=text_of(self.residence) or None,
            needs=tuple(self.chosen_needs()),
            needs_text=text_of(self.needs_text) or None,
        )

    def save(self) -> None:
        try:
            self.recorded = release_notices.record_release_notice(
                self.ctx.db,
                self.ctx.actor,
                self.data(),
                today=self.today,
                confirm_duplicates=self._duplicate_seen,
            )
        except release_notices.PossibleDuplicateClient:
            # The message says so: pressing Save again enters the person anyway.
            self._duplicate_seen = True
            raise
        self.ctx.changes.sig_changed.emit("cases")
        self.ctx.changes.sig_changed.emit("clients")
