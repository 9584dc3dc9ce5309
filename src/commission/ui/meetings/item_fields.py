"""The agenda item's own fields: the question (kind, wording, speakers, materials' date) and
«СЛУШАЛИ»; saved together with the item's «Save», unlike its speeches and decisions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from commission.domain.enums import AgendaItemKind
from commission.services.agenda import AgendaItemData, AgendaItemView
from commission.ui.admin.forms import OptionalDateEdit, combo_enum, fill_enum_combo
from commission.ui.bilingual import BilingualLineEdit, BilingualTextEdit
from commission.ui.meetings.record_labels import one_line, plain
from commission.ui.overview_labels import agenda_item_kind_label


def label(text: str, buddy: QWidget) -> QLabel:
    widget = QLabel(text)
    widget.setBuddy(buddy)
    return widget


class ItemFields(QObject):
    """The two groups of the item's own fields («Question», «Heard»).

    Signals:
        sig_edited(): a field was changed by the user (not while loading a record).
    """

    sig_edited = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.loading = False
        self.question_box = self._build_question()
        self.heard_box = self._build_heard()

    def _build_question(self) -> QGroupBox:
        box = QGroupBox(self.tr("Question"), self.parent_widget)
        self.kind = QComboBox()
        fill_enum_combo(self.kind, AgendaItemKind, agenda_item_kind_label)
        # A long kind's name must not set the editor's least width (the list shows it whole).
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(24)
        self.title = BilingualTextEdit(lines=3)
        self.title.setMinimumWidth(300)
        self.speakers = BilingualTextEdit(lines=2)
        for edit in (self.speakers.ru_edit, self.speakers.kk_edit):
            edit.setPlaceholderText(
                self.tr("Who reports, with the position; the agenda prints it after «Speaker:»")
            )
        self.materials_due = OptionalDateEdit(self.tr("Materials &due by"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(label(self.tr("&Kind:"), self.kind), self.kind)
        form.addRow(label(self.tr("&Question:"), self.title), self.title)
        form.addRow(label(self.tr("Speake&rs:"), self.speakers), self.speakers)
        form.addRow("", self.materials_due)
        self.kind.currentIndexChanged.connect(lambda _i: self._edited())
        self.title.changed.connect(self._edited)
        self.speakers.changed.connect(self._edited)
        self.materials_due.sig_changed.connect(self._edited)
        return box

    def _build_heard(self) -> QGroupBox:
        box = QGroupBox(self.tr("Heard"), self.parent_widget)
        self.heard_speaker = BilingualLineEdit(max_length=300)
        self.heard_speaker.set_placeholder(
            self.tr("Whose report, e.g. «Kasymov E. B.»"),
            self.tr("Whose report, e.g. «Kasymov E. B.»"),
        )
        self.heard_summary = BilingualTextEdit(lines=4)
        for edit in (self.heard_summary.ru_edit, self.heard_summary.kk_edit):
            edit.setPlaceholderText(
                self.tr("What the report was about; e.g. «(the information is attached)»")
            )
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(label(self.tr("Reported &by:"), self.heard_speaker), self.heard_speaker)
        form.addRow(label(self.tr("S&ummary:"), self.heard_summary), self.heard_summary)
        self.heard_speaker.changed.connect(self._edited)
        self.heard_summary.changed.connect(self._edited)
        return box

    def _edited(self) -> None:
        if not self.loading:
            self.sig_edited.emit()

    def focus_chain(self) -> list[QWidget]:
        return [
            self.kind,
            *self.title.focus_chain(),
            *self.speakers.focus_chain(),
            self.materials_due,
            *self.heard_speaker.focus_chain(),
            *self.heard_summary.focus_chain(),
        ]

    def error_fields(self) -> dict[str, QWidget]:
        """The service's field names (either language's) and the widgets that show them."""
        fields: dict[str, QWidget] = {"kind": self.kind, "materials_due": self.materials_due}
        for name, widget in self.texts().items():
            fields[name] = fields[f"{name}_kk"] = widget
        return fields

    def texts(self) -> dict[str, BilingualTextEdit | BilingualLineEdit]:
        """The two-language fields by the service's name of their Russian value."""
        return {
            "title": self.title,
            "speakers": self.speakers,
            "heard_speaker": self.heard_speaker,
            "heard_summary": self.heard_summary,
        }

    def set_read_only(self, read_only: bool) -> None:
        self.kind.setEnabled(not read_only)
        for edit in self.texts().values():
            edit.set_read_only(read_only)
        self.materials_due.set_read_only(read_only)

    def load(self, view: AgendaItemView | None) -> None:
        self.loading = True
        try:
            fill_enum_combo(
                self.kind,
                AgendaItemKind,
                agenda_item_kind_label,
                view.kind if view else AgendaItemKind.OTHER,
            )
            if view is None:
                for edit in self.texts().values():
                    edit.set_value(None, None)
            else:
                self.title.set_value(plain(view.title), plain(view.title_kk))
                self.speakers.set_value(plain(view.speakers), plain(view.speakers_kk))
                self.heard_speaker.set_value(
                    one_line(view.heard_speaker), one_line(view.heard_speaker_kk)
                )
                self.heard_summary.set_value(
                    plain(view.heard_summary), plain(view.heard_summary_kk)
                )
            self.materials_due.set_value(view.materials_due if view else None)
            self.heard_speaker.ru_edit.setCursorPosition(0)
            self.heard_speaker.kk_edit.setCursorPosition(0)
        finally:
            self.loading = False

    def data(self) -> AgendaItemData:
        """The item's own fields as typed (the service cleans and checks them)."""
        title, title_kk = self.title.value()
        speakers, speakers_kk = self.speakers.value()
        heard_speaker, heard_speaker_kk = self.heard_speaker.value()
        heard_summary, heard_summary_kk = self.heard_summary.value()
        return AgendaItemData(
            kind=combo_enum(self.kind, AgendaItemKind),
            title=title,
            speakers=speakers or None,
            heard_speaker=heard_speaker or None,
            heard_summary=heard_summary or None,
            materials_due=self.materials_due.value(),
            title_kk=title_kk or None,
            speakers_kk=speakers_kk or None,
            heard_speaker_kk=heard_speaker_kk or None,
            heard_summary_kk=heard_summary_kk or None,
        )


def stored_fields(view: AgendaItemView) -> tuple[object, ...]:
    return (
        view.kind,
        view.title,
        view.speakers,
        view.heard_speaker,
        view.heard_summary,
        view.materials_due,
        view.title_kk,
        view.speakers_kk,
        view.heard_speaker_kk,
        view.heard_summary_kk,
    )


def fields_data(view: AgendaItemView) -> AgendaItemData:
    return AgendaItemData(
        kind=view.kind,
        title=view.title,
        speakers=view.speakers,
        heard_speaker=view.heard_speaker,
        heard_summary=view.heard_summary,
        materials_due=view.materials_due,
        title_kk=view.title_kk,
        speakers_kk=view.speakers_kk,
        heard_speaker_kk=view.heard_speaker_kk,
        heard_summary_kk=view.heard_summary_kk,
    )


def comparable(data: AgendaItemData) -> tuple[object, ...]:
    """Fields as shown: what the widgets hold for the record compares equal to the record."""

    def text(value: str | None, multiline: bool = True) -> str:
        return plain(value).strip() if multiline else one_line(value)

    materials: date | None = data.materials_due
    return (
        data.kind,
        one_line(data.title),
        text(data.speakers),
        text(data.heard_speaker, multiline=False),
        text(data.heard_summary),
        materials,
        one_line(data.title_kk),
        text(data.speakers_kk),
        text(data.heard_speaker_kk, multiline=False),
        text(data.heard_summary_kk),
    )
