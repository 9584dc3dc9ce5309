"""«Fill in» from the list of missing texts: the meeting page goes to the field and puts the
cursor in the language that lacks it (a decision's dialog opens)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from commission.documents import completeness as codes
from commission.documents.completeness import MissingText
from commission.domain.names import short_name
from commission.ui.bilingual import BilingualLineEdit, BilingualTextEdit

if TYPE_CHECKING:
    from commission.ui.meetings.meeting_page import MeetingPage

ATTENDANCE_FIELDS = (
    codes.ABSENCE_REASON,
    codes.SUBSTITUTE_POSITION,
    codes.GUEST_POSITION,
    codes.MEMBER_POSITION,
)


def go_to_missing(page: MeetingPage, missing: MissingText, language: str) -> QWidget | None:
    """Show the field of ``missing`` ready for typing in ``language``; returns the widget (or
    the decision dialog) that got the focus, None when the page could not go there."""
    field = missing.field
    if field in (codes.PLACE, codes.CONTROL_ASSIGNED_TO):
        page.show_tab(page.details_tab)
        details = page.details_tab
        edit = details.place if field == codes.PLACE else details.control_assigned_to
        edit.focus_language(language)
        return edit
    if field in ATTENDANCE_FIELDS:
        return _go_to_attendance(page, missing, language)
    return _go_to_agenda(page, missing, language)


def _go_to_attendance(page: MeetingPage, missing: MissingText, language: str) -> QWidget | None:
    page.show_tab(page.attendance_tab)
    tab = page.attendance_tab
    sheet = tab.sheet
    if sheet is None or missing.field not in (codes.ABSENCE_REASON, codes.SUBSTITUTE_POSITION):
        return None  # a guest is added again; a member's position is the composition's
    row = next((r for r in sheet.rows if short_name(r.full_name) == missing.person), None)
    if row is None:
        return None
    widgets = tab.row_widgets(row.member_id)
    if missing.field == codes.ABSENCE_REASON:
        edit = widgets.reason_kk if language == "kk" else widgets.reason
    else:
        edit = widgets.substitute_position_kk if language == "kk" else widgets.substitute_position
    edit.setFocus()
    return edit


def _go_to_agenda(page: MeetingPage, missing: MissingText, language: str) -> QWidget | None:
    page.show_tab(page.agenda_tab)
    tab = page.agenda_tab
    item = next((i for i in tab.items() if i.position == missing.item_number), None)
    if item is None:
        return None
    if tab.editor.item_id() != item.id and tab.select_item(item.id) is not None:
        return None  # the item being edited has unsaved changes: the user answers first
    editor = tab.editor
    if missing.field == codes.DECISION_TEXT:
        if not editor.decided.select_decision(missing.record_id):
            return None
        dialog = editor.decided.edit_decision()
        if dialog is not None:
            dialog.text.focus_language(language)
        return dialog
    fields = editor.fields
    edits: dict[str, BilingualLineEdit | BilingualTextEdit] = {
        codes.ITEM_TITLE: fields.title,
        codes.ITEM_SPEAKERS: fields.speakers,
        codes.HEARD_SPEAKER: fields.heard_speaker,
        codes.HEARD_SUMMARY: fields.heard_summary,
    }
    edit = edits.get(missing.field)
    if edit is None:  # a speech: the entry is chosen in the list, then opened
        editor.discussion_table.setFocus()
        return editor.discussion_table
    edit.focus_language(language)
    return edit
