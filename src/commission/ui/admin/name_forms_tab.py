"""Stored case forms: where the declension rules print a name or a position wrongly, the
administrator stores the right form («Ким» of a woman, a rare surname, an unusual position)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.domain.declension import Case
from commission.domain.permissions import Permission
from commission.services import name_forms
from commission.services.name_forms import NameFormData, NameFormView
from commission.ui.admin.base import AdminTab
from commission.ui.admin.forms import FormDialog, combo_enum, fill_enum_combo, select_data
from commission.ui.admin.tables import Column, RecordTable, RowsModel
from commission.ui.context import AppContext

TABLE = "name_forms"


def case_label(case: Case) -> str:
    """The case with its question, as a Russian schoolbook names it."""
    labels = {
        Case.GENITIVE: QCoreApplication.translate("NameForms", "genitive (whom? what of?)"),
        Case.DATIVE: QCoreApplication.translate("NameForms", "dative (to whom?)"),
        Case.ACCUSATIVE: QCoreApplication.translate("NameForms", "accusative (whom? what?)"),
        Case.INSTRUMENTAL: QCoreApplication.translate("NameForms", "instrumental (by whom?)"),
        Case.PREPOSITIONAL: QCoreApplication.translate("NameForms", "prepositional (about whom?)"),
    }
    return labels[case]


class NameFormModel(RowsModel[NameFormView]):
    def make_columns(self) -> list[Column[NameFormView]]:
        return [
            Column(self.tr("Name or position"), lambda f: f.nominative),
            Column(self.tr("Case"), lambda f: case_label(f.grammatical_case)),
            Column(self.tr("Form printed"), lambda f: f.form),
        ]

    def key_of(self, row: NameFormView) -> int:
        return row.id


class NameFormDialog(FormDialog):
    """One stored form, added or changed.

    Attributes:
        saved: the form as stored, once saved.
    """

    def __init__(
        self, ctx: AppContext, shown: NameFormView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.shown = shown
        self.saved: NameFormView | None = None
        self.setWindowTitle(self.tr("Change a form") if shown else self.tr("Add a form"))
        self.set_intro(
            self.tr(
                "Documents decline names and positions by rule. Where a rule is wrong, store the "
                "right form: for a whole name or position, or for a surname alone. A stored "
                "form is printed instead of the rule's."
            )
        )
        self.nominative = QLineEdit()
        self.nominative.setMaxLength(300)
        self.nominative.setPlaceholderText(self.tr("a surname, a name with initials, a position"))
        self.case = QComboBox()
        fill_enum_combo(self.case, Case, case_label)
        self.form_text = QLineEdit()
        self.form_text.setMaxLength(300)
        self.suggest_button = QPushButton(self.tr("&What the rule prints"))
        self.suggest_button.setToolTip(
            self.tr("Fill in the form the rules give, to correct it rather than type it anew.")
        )
        self.suggest_button.clicked.connect(self.suggest)
        form_row = QWidget()
        row = QHBoxLayout(form_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.form_text, 1)
        row.addWidget(self.suggest_button)
        self.add_row("nominative", self.tr("&Nominative:"), self.nominative)
        self.add_row("grammatical_case", self.tr("&Case:"), self.case)
        self.add_row("form", self.tr("&Form:"), form_row)
        self.errors.fields["form"] = self.form_text
        if shown is not None:
            self.nominative.setText(shown.nominative)
            select_data(self.case, shown.grammatical_case.value)
            self.form_text.setText(shown.form)
        else:
            select_data(self.case, Case.DATIVE.value)
        self.finish_form()

    def suggest(self) -> None:
        nominative = self.nominative.text().strip()
        if nominative:
            case = combo_enum(self.case, Case)
            self.form_text.setText(name_forms.suggested_form(nominative, case))

    def save(self) -> None:
        data = NameFormData(
            nominative=self.nominative.text(),
            grammatical_case=combo_enum(self.case, Case),
            form=self.form_text.text(),
        )
        db, actor = self.ctx.db, self.ctx.actor
        if self.shown is None:
            self.saved = name_forms.add_form(db, actor, data)
        else:
            self.saved = name_forms.update_form(db, actor, self.shown.id, self.shown.version, data)
        self.ctx.changes.sig_changed.emit(TABLE)


class NameFormsTab(AdminTab):
    """The stored forms, which the administrator adds, changes and removes."""

    tables = frozenset({TABLE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.EDIT_SETTINGS)
        explanation = QLabel(
            self.tr(
                "Russian documents decline names and positions by rule: the speaker after "
                "«HEARD:» in the accusative, the head of an agency a letter is addressed to in "
                "the dative. The forms stored here are printed instead of the rule's."
            )
        )
        explanation.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.add_button = QPushButton(self.tr("&Add form…"))
        self.change_button = QPushButton(self.tr("&Change…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.change_button.clicked.connect(self.change_current)
        self.remove_button.clicked.connect(self._remove_current)
        for button in (self.add_button, self.change_button, self.remove_button):
            button.setVisible(self.can_edit)
        self.model = NameFormModel()
        self.table: RecordTable[NameFormView] = RecordTable(
            self.model, search=self.search, stretch_column=2, name="name_forms"
        )
        self.table.sig_activated.connect(self.change_current)
        self.table.set_row_buttons((self.change_button, "edit"), (self.remove_button, "delete"))
        self.table.sig_selection_changed.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.change_button)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def reload(self) -> None:
        ctx = self.ctx
        rows = ctx.run(self, lambda: name_forms.list_forms(ctx.db, ctx.actor))
        if rows is not None:
            self.table.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.current() is not None
        self.change_button.setEnabled(self.can_edit and selected)
        self.remove_button.setEnabled(self.can_edit and selected)

    def change_current(self) -> None:
        current = self.table.current()
        if current is not None and self.can_edit:
            self.open_dialog(current)

    def open_dialog(self, shown: NameFormView | None) -> NameFormDialog | None:
        """Open (non-blocking) a stored form, or a blank one to add."""
        if not self.can_edit:
            return None
        dialog = NameFormDialog(self.ctx, shown, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: dialog.saved is not None and self.table.select_key(dialog.saved.id)
        )
        dialog.open()
        return dialog

    def _remove_current(self) -> None:
        current = self.table.current()
        if current is not None:
            self.remove(current)

    def remove(self, shown: NameFormView, confirm: bool = True) -> QMessageBox | None:
        """Remove a stored form once the user confirms (at once when ``confirm`` is False)."""
        if not confirm:
            self._remove(shown.id)
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove a form"),
            self.tr(
                "Remove the stored form of «{name}»? Documents will follow the rule again."
            ).format(name=shown.nominative),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: result == QMessageBox.StandardButton.Yes and self._remove(shown.id)
        )
        box.open()
        return box

    def _remove(self, form_id: int) -> bool:
        ctx = self.ctx

        def remove() -> bool:
            name_forms.delete_form(ctx.db, ctx.actor, form_id)
            return True

        if ctx.run(self, remove) is None:
            return False
        ctx.changes.sig_changed.emit(TABLE)
        return True
