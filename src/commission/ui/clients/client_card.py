"""The client card: a probation officer registers and corrects a client; others read it.

Opened from the clients list (the list calls ``open_client``, which records the access) or
blank for a new client. A duplicate IIN is refused by the service and shown under the IIN;
cards with the same name and birth date come back as warnings, and the officer is asked
whether to save anyway. Removal from the register is its own small form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import AdminLevel, ClientCategory, Role
from commission.domain.iin import Sex
from commission.domain.messages import UserError
from commission.domain.permissions import Permission
from commission.services import clients, composition, users
from commission.services.clients import ClientCard, ClientData, ClientSaved, PossibleDuplicate
from commission.ui.admin.forms import (
    ErrorLabel,
    InlineErrors,
    OptionalDateEdit,
    chain_focus,
    combo_enum,
    combo_id,
    fill_enum_combo,
    make_read_only,
    select_data,
)
from commission.ui.admin.tables import pick_name
from commission.ui.clients import trace_view
from commission.ui.clients.deregister_dialog import DeregisterDialog
from commission.ui.clients.iin_field import IinField, IinFiller
from commission.ui.clients.labels import deregistration_reason_label, sex_label
from commission.ui.clients.transfer_dialog import TransferDialog
from commission.ui.context import AppContext
from commission.ui.labels import interface_language
from commission.ui.overview_labels import client_category_label, programme_state_label

_CLIENT_LEVELS = (AdminLevel.DISTRICT.value, AdminLevel.CITY.value)


def day_text(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


def _line(max_length: int = 255) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


class ClientCardDialog(QDialog):
    """The card of one client, or a blank card for a new one; open it with ``open()``.

    Attributes:
        card: the card as opened and since changed (None for a new client until saved).
        saved: the outcome of the last successful save.
        question: the «save anyway?» question while it is shown.
        dialog: the removal form while it is open.
    """

    def __init__(
        self,
        ctx: AppContext,
        card: ClientCard | None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card = card
        self._clock = clock
        self.saved: ClientSaved | None = None
        self.question: QMessageBox | None = None
        self.dialog: DeregisterDialog | TransferDialog | None = None
        actor = ctx.actor
        # A masked IIN cannot be saved back: whoever sees it masked only reads the card; a
        # district reads the card of a client it transferred away as he left, and no more.
        self.read_only = (
            not actor.can(Permission.EDIT_CLIENTS)
            or (card is not None and card.iin_masked)
            or (card is not None and card.transferred is not None)
        )
        self._officers = self._load_officers()
        self.setWindowTitle(
            self.tr("Client card: {name}").format(name=card.full_name)
            if card
            else self.tr("New client")
        )

        self.surname = _line(100)
        self.given_name = _line(100)
        self.patronymic = _line(100)
        self.iin = IinField()
        self.birth_date = OptionalDateEdit()
        self.sex = QComboBox()
        self.sex.addItem("", None)
        for sex in Sex:
            self.sex.addItem(sex_label(sex), sex.value)
        self.phone = _line(50)
        self.registered_address = _line()
        self.actual_address = _line()
        self.district = QComboBox()
        self.category = QComboBox()
        fill_enum_combo(self.category, ClientCategory, client_category_label)
        self.articles = _line()
        self.sentence_start = OptionalDateEdit()
        self.sentence_end = OptionalDateEdit()
        self.registered_on = OptionalDateEdit()
        self.officer = QComboBox()
        self.consent = QCheckBox(self.tr("Consent to the processing of personal data recei&ved"))
        self.legal_basis = _line()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.filler = IinFiller(self.iin, self.birth_date, self.sex)

        person = QGroupBox(self.tr("Person"))
        person_form = QFormLayout(person)
        register = QGroupBox(self.tr("Register"))
        register_form = QFormLayout(register)
        for form in (person_form, register_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        person_rows: list[tuple[str, str, QWidget]] = [
            ("surname", self.tr("&Surname:"), self.surname),
            ("given_name", self.tr("&Name:"), self.given_name),
            ("patronymic", self.tr("&Patronymic:"), self.patronymic),
            ("iin", self.tr("&IIN:"), self.iin),
            ("birth_date", self.tr("Birth &date:"), self.birth_date),
            ("sex", self.tr("Se&x:"), self.sex),
            ("phone", self.tr("P&hone:"), self.phone),
            ("registered_address", self.tr("Registered &address:"), self.registered_address),
            ("actual_address", self.tr("Ac&tual address:"), self.actual_address),
        ]
        register_rows: list[tuple[str, str, QWidget]] = [
            ("district_id", self.tr("Dist&rict:"), self.district),
            ("category", self.tr("Categor&y:"), self.category),
            ("articles", self.tr("Criminal Code artic&les:"), self.articles),
            ("sentence_start", self.tr("Sentence &begins:"), self.sentence_start),
            ("sentence_end", self.tr("Sentence &ends:"), self.sentence_end),
            ("registered_on", self.tr("Registered &on:"), self.registered_on),
            ("officer_id", self.tr("Probation o&fficer:"), self.officer),
            ("legal_basis", self.tr("Le&gal basis:"), self.legal_basis),
        ]
        self.error_label = ErrorLabel(self)
        self.errors = InlineErrors(self.error_label)
        for form, rows in ((person_form, person_rows), (register_form, register_rows)):
            for name, text, widget in rows:
                form.addRow(text, widget)
                self.errors.fields[name] = widget
        register_form.addRow(self.consent)  # the whole width: its text is long
        register_form.addRow(self.tr("Status:"), self.status)
        self.errors.fields["consent_given"] = self.consent

        self.cases = QTableWidget(0, 3)
        self.cases.setHorizontalHeaderLabels(
            [self.tr("Case No."), self.tr("Programme state"), self.tr("Opened on")]
        )
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.verticalHeader().hide()
        self.cases.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.cases.setMaximumHeight(130)
        cases_caption = QLabel(self.tr("Social-support &cases:"))
        cases_caption.setBuddy(self.cases)

        self.remove_button = QPushButton(self.tr("Re&move from the register…"))
        self.transfer_button = QPushButton(self.tr("&Transfer to another district…"))
        standard = (
            QDialogButtonBox.StandardButton.Close
            if self.read_only
            else QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons = QDialogButtonBox(standard)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.setVisible(not self.read_only and card is not None)
        self.buttons.addButton(self.transfer_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.transfer_button.setVisible(not self.read_only and card is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove_from_register)
        self.transfer_button.clicked.connect(self.transfer)
        trace = card if card is not None and card.transferred is not None else None
        self.banner = (
            trace_view.banner(trace.transferred, self) if trace and trace.transferred else None
        )
        self.history = trace_view.history_table(trace.history, self) if trace else None

        person.setMinimumWidth(400)  # room for addresses, as wide as the register column
        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addWidget(register, 1)
        layout = QVBoxLayout(self)
        if self.banner is not None:
            layout.addWidget(self.banner)
        layout.addLayout(columns)
        layout.addWidget(cases_caption)
        layout.addWidget(self.cases)
        if self.history is not None:
            history_caption = QLabel(self.tr("&History of the cases on that day:"))
            history_caption.setBuddy(self.history)
            layout.addWidget(history_caption)
            layout.addWidget(self.history)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._fill()
        self.iin.edit.textChanged.connect(self._iin_changed)
        self.iin.edit.editingFinished.connect(self._iin_changed)
        self.birth_date.sig_changed.connect(self.filler.update)
        self.sex.currentIndexChanged.connect(self._sex_changed)
        self.district.currentIndexChanged.connect(self._district_changed)

        inputs: list[QWidget] = [w for _n, _t, w in person_rows + register_rows]
        inputs.append(self.consent)  # under the legal basis, as on the form
        if self.read_only:
            for widget in [*inputs, self.iin.edit]:
                make_read_only(widget)
        chain_focus(
            [
                self.surname,
                self.given_name,
                self.patronymic,
                self.iin.edit,
                *inputs[4:],
                self.cases,
                *self.buttons.buttons(),
            ]
        )
        self.surname.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(1000)

    # --- choices and values ---------------------------------------------------------------

    def _load_officers(self) -> list[users.UserView]:
        if self.read_only:
            return []
        ctx = self.ctx
        return ctx.run(self, lambda: users.officers(ctx.db, ctx.actor)) or []

    def _fill_districts(self) -> None:
        actor, card = self.ctx.actor, self.card
        self.district.clear()
        if self.read_only:
            if card is not None:
                self.district.addItem(card.district, card.district_id)
            return
        ctx = self.ctx
        units = ctx.run(self, lambda: composition.list_admin_units(ctx.db, actor)) or []
        own = actor.district_id if actor.role is Role.PROBATION_OFFICER else None
        if own is None:
            self.district.addItem("", None)
        for unit in units:
            if unit.level not in _CLIENT_LEVELS or (own is not None and unit.id != own):
                continue
            self.district.addItem(
                pick_name(interface_language(), unit.name_ru, unit.name_kk), unit.id
            )
        # An officer registers clients of his own district only; there is nothing to choose.
        self.district.setEnabled(own is None)
        select_data(self.district, card.district_id if card else own)

    def _fill_officers(self) -> None:
        card = self.card
        chosen = combo_id(self.officer)
        if chosen is None and self.officer.count() == 0:
            chosen = card.officer_id if card else self._default_officer()
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(self.tr("— not assigned —"), None)
        if self.read_only:
            if card is not None and card.officer:
                self.officer.addItem(card.officer, card.officer_id)
        else:
            district = combo_id(self.district)
            for officer in self._officers:
                current = card is not None and officer.id == card.officer_id
                if current or (officer.is_active and officer.district_id == district):
                    self.officer.addItem(officer.full_name, officer.id)
        select_data(self.officer, chosen)
        self.officer.blockSignals(False)

    def _default_officer(self) -> int | None:
        actor = self.ctx.actor
        return actor.user_id if actor.role is Role.PROBATION_OFFICER else None

    def _fill(self) -> None:
        card = self.card
        self._fill_districts()
        self._fill_officers()
        if card is None:
            self.registered_on.set_value(self._clock())
            self.status.setText(self.tr("New card"))
            return
        self.surname.setText(card.surname)
        self.given_name.setText(card.given_name)
        self.patronymic.setText(card.patronymic or "")
        self.iin.set_text(card.iin)
        self.birth_date.set_value(card.birth_date)
        select_data(self.sex, card.sex.value)
        self.filler.loaded(card.birth_date, card.sex)
        self.phone.setText(card.phone or "")
        self.registered_address.setText(card.registered_address or "")
        self.actual_address.setText(card.actual_address or "")
        select_data(self.category, card.category.value)
        self.articles.setText(card.articles or "")
        self.sentence_start.set_value(card.sentence_start)
        self.sentence_end.set_value(card.sentence_end)
        self.registered_on.set_value(card.registered_on)
        self.consent.setChecked(card.consent_given)
        self.legal_basis.setText(card.legal_basis or "")
        # A long address must show its beginning, not the end where setText leaves the cursor.
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)
        self._show_status()
        self.cases.setRowCount(len(card.cases))
        for row, case in enumerate(card.cases):
            texts = (case.number, programme_state_label(case.state), day_text(case.opened_on))
            for column, text in enumerate(texts):
                self.cases.setItem(row, column, QTableWidgetItem(text))

    def _show_status(self) -> None:
        card = self.card
        moves = trace_view.moves_text(card.transfers) if card is not None else ""
        if card is None or card.deregistered_on is None:
            self.status.setText("\n".join(filter(None, [self.tr("On the register"), moves])))
            self.remove_button.setEnabled(card is not None)
            self.transfer_button.setEnabled(card is not None)
            return
        reason = card.deregistration_reason
        removed = self.tr("Removed from the register on {date}: {reason}").format(
            date=day_text(card.deregistered_on),
            reason=deregistration_reason_label(reason) if reason else "",
        )
        self.status.setText("\n".join(filter(None, [removed, moves])))
        self.remove_button.setEnabled(False)
        self.transfer_button.setEnabled(False)

    def _iin_changed(self) -> None:
        if not self.read_only:
            self.filler.update()

    def _sex_changed(self, _index: int) -> None:
        if not self.read_only:
            self.filler.update()

    def _district_changed(self, _index: int) -> None:
        if not self.read_only:
            self._fill_officers()

    def data(self) -> ClientData:
        district = combo_id(self.district)
        return ClientData(
            iin=self.iin.text(),
            surname=self.surname.text(),
            given_name=self.given_name.text(),
            patronymic=self.patronymic.text(),
            district_id=district or 0,
            category=combo_enum(self.category, ClientCategory),
            birth_date=self.birth_date.value(),
            sex=self.filler.sex_value(),
            registered_address=self.registered_address.text(),
            actual_address=self.actual_address.text(),
            phone=self.phone.text(),
            articles=self.articles.text(),
            sentence_start=self.sentence_start.value(),
            sentence_end=self.sentence_end.value(),
            registered_on=self.registered_on.value(),
            officer_id=combo_id(self.officer),
            consent_given=self.consent.isChecked(),
            legal_basis=self.legal_basis.text(),
        )

    # --- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        if self.read_only:
            super().accept()
            return
        self.save(confirm_duplicates=False)

    def save(self, *, confirm_duplicates: bool) -> bool:
        """Save the card; with possible duplicates and no confirmation, ask and return False."""
        self.errors.clear()
        self.iin.message.clear_text()
        ctx, card, data = self.ctx, self.card, self.data()
        try:
            if card is None:
                result = clients.create_client(
                    ctx.db, ctx.actor, data, confirm_duplicates=confirm_duplicates
                )
            else:
                result = clients.update_client(
                    ctx.db,
                    ctx.actor,
                    card.id,
                    card.version,
                    data,
                    confirm_duplicates=confirm_duplicates,
                )
        except UserError as exc:
            self._refused(exc)
            return False
        if not result.saved:
            self._ask_about_duplicates(result.warnings)
            return False
        self.saved = result
        ctx.changes.sig_changed.emit("clients")
        super().accept()
        return True

    def _refused(self, exc: UserError) -> None:
        if getattr(exc, "field", None) == "iin":
            self.iin.show_error(exc)
            self.iin.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.errors.show(exc)

    def _ask_about_duplicates(self, warnings: tuple[PossibleDuplicate, ...]) -> None:
        lines = []
        for found in warnings:
            if found.name is None:
                lines.append(
                    self.tr("• a client in another district ({district})").format(
                        district=found.district
                    )
                )
            else:
                lines.append(
                    self.tr("• {name}, {district}, card No. {card}").format(
                        name=found.name, district=found.district, card=found.client_id
                    )
                )
        text = "\n".join(
            [
                self.tr("Cards with the same surname, name and birth date already exist:"),
                *lines,
                "",
                self.tr("Save anyway?"),
            ]
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Possible duplicate"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._duplicates_answered)
        self.question = box
        box.open()

    def _duplicates_answered(self, _result: int) -> None:
        box, self.question = self.question, None
        if box is None:
            return
        clicked = box.clickedButton()
        if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes:
            self.save(confirm_duplicates=True)

    # --- removal from the register --------------------------------------------------------

    def remove_from_register(self) -> DeregisterDialog | None:
        card = self.card
        if card is None or self.read_only or card.deregistered_on is not None:
            return None
        dialog = DeregisterDialog(self.ctx, card.id, card.version, self._clock(), self)
        dialog.accepted.connect(self._removed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _removed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if not isinstance(dialog, DeregisterDialog) or dialog.saved is None or self.card is None:
            return
        saved = dialog.saved
        self.card = replace(
            self.card,
            version=saved.version or self.card.version,
            deregistered_on=dialog.removed_on,
            deregistration_reason=dialog.reason_value(),
        )
        self._show_status()
        self.ctx.changes.sig_changed.emit("clients")

    # --- transfer to another district -----------------------------------------------------

    def transfer(self) -> TransferDialog | None:
        """Ask where, when and why the client goes; once he has gone the card closes (the
        district then reads it as it left, from the list)."""
        card = self.card
        if card is None or self.read_only or card.deregistered_on is not None:
            return None
        dialog = TransferDialog(self.ctx, card, self._clock(), self)
        dialog.accepted.connect(self._transferred)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _transferred(self) -> None:
        dialog, self.dialog = self.dialog, None
        if isinstance(dialog, TransferDialog) and dialog.saved is not None:
            self.saved = dialog.saved
            super().accept()
