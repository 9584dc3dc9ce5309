"""«Case from a notice…»: a release notice recorded without an IIN becomes a draft case once
the IIN is known. The officer chooses the waiting notice, checks the name against the
documents, types the IIN and ticks the kinds of help; the rest comes from the notice."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from commission.domain.enums import NeedKind
from commission.domain.iin import InvalidIin
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services import release_notices
from commission.services.errors import InvalidInput
from commission.services.release_notices import NoticePerson, ReleaseNoticeResult, WaitingNotice
from commission.ui.admin.forms import FormDialog, OptionalDateEdit, chain_focus, text_of
from commission.ui.cases.labels import day_text, need_kind_label
from commission.ui.context import AppContext


class NoticeCaseDialog(FormDialog):
    """Opens the case of a waiting notice through ``release_notices.open_case_from_notice``.

    Attributes:
        notices: the notices waiting for an IIN, as the combo box lists them.
        opened: what was opened once saved (the client and the draft case).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Case from a release notice"))
        self.setMinimumWidth(820)  # the kinds of help in two columns, unclipped
        self.opened: ReleaseNoticeResult | None = None
        self._duplicate_seen = False  # a possible duplicate was shown for the person typed
        self.notices: list[WaitingNotice] = (
            ctx.run(self, lambda: release_notices.waiting_notices(ctx.db, ctx.actor)) or []
        )
        self.set_intro(
            self.tr(
                "Notices recorded without an IIN wait here. Choose the notice, check the name "
                "against the documents and enter the IIN: the person is found on the register "
                "(or entered on it) and a draft case is opened."
            )
            if self.notices
            else self.tr("No release notice is waiting for an IIN.")
        )
        self.notice = QComboBox()
        for n in self.notices:
            self.notice.addItem(
                self.tr("{name}, release on {release}").format(
                    name=n.full_name, release=day_text(n.expected_release)
                ),
                n.id,
            )
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.surname = QLineEdit()
        self.given_name = QLineEdit()
        self.patronymic = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setMaxLength(14)
        self.birth_date = OptionalDateEdit(self.tr("known"))
        self.needs = QWidget()
        grid = QGridLayout(self.needs)
        grid.setContentsMargins(0, 0, 0, 0)
        self.need_checks: dict[NeedKind, QCheckBox] = {}
        half = (len(NeedKind) + 1) // 2
        for index, kind in enumerate(NeedKind):
            check = QCheckBox(need_kind_label(kind))
            self.need_checks[kind] = check
            grid.addWidget(check, index % half, index // half)
        self.add_row("notice", self.tr("&Notice:"), self.notice)
        self.add_row("details", "", self.details)
        self.add_row("surname", self.tr("&Surname:"), self.surname)
        self.add_row("given_name", self.tr("&Given name:"), self.given_name)
        self.add_row("patronymic", self.tr("&Patronymic:"), self.patronymic)
        self.add_row("iin", self.tr("II&N:"), self.iin)
        self.add_row("birth_date", self.tr("&Birth date:"), self.birth_date)
        self.add_row("needs", self.tr("N&eeds:"), self.needs)
        self.finish_form()
        checks = list(self.need_checks.values())
        self.needs.setFocusProxy(checks[0])
        chain_focus([self.birth_date, *checks])
        save = self.save_button
        if save is not None:
            save.setEnabled(bool(self.notices))
        self.notice.currentIndexChanged.connect(self._notice_chosen)
        for edit in (self.surname, self.given_name, self.patronymic, self.iin):
            edit.textChanged.connect(self._person_changed)
        self._notice_chosen()
        if self.notices:
            self.iin.setFocus()

    def chosen(self) -> WaitingNotice | None:
        index = self.notice.currentIndex()
        return self.notices[index] if 0 <= index < len(self.notices) else None

    def _notice_chosen(self) -> None:
        notice = self.chosen()
        if notice is None:
            return
        surname, given, patronymic = release_notices.split_full_name(notice.full_name)
        self.surname.setText(surname)
        self.given_name.setText(given)
        self.patronymic.setText(patronymic or "")
        lines = [
            self.tr("Received on {day} from {institution}.").format(
                day=day_text(notice.received_on), institution=notice.institution
            )
        ]
        if notice.needs_text:
            lines.append(self.tr("Needs: {text}").format(text=notice.needs_text))
        self.details.setText("\n".join(lines))
        self._duplicate_seen = False

    def _person_changed(self) -> None:
        self._duplicate_seen = False

    def set_needs(self, kinds: list[NeedKind]) -> None:
        for kind, check in self.need_checks.items():
            check.setChecked(kind in kinds)

    def error_field(self, exc: UserError) -> str | None:
        return "iin" if isinstance(exc, InvalidIin) else None

    def save(self) -> None:
        notice = self.chosen()
        if notice is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the notice."), "notice")
        person = NoticePerson(
            iin=text_of(self.iin),
            surname=text_of(self.surname),
            given_name=text_of(self.given_name),
            patronymic=text_of(self.patronymic) or None,
            birth_date=self.birth_date.value(),
            needs=tuple(k for k, check in self.need_checks.items() if check.isChecked()),
        )
        try:
            self.opened = release_notices.open_case_from_notice(
                self.ctx.db,
                self.ctx.actor,
                notice.id,
                notice.version,
                person,
                confirm_duplicates=self._duplicate_seen,
            )
        except release_notices.PossibleDuplicateClient:
            # The message says so: pressing Save again enters the person anyway.
            self._duplicate_seen = True
            raise
        self.ctx.changes.sig_changed.emit("cases")
        self.ctx.changes.sig_changed.emit("clients")
