"""One meeting: its state and the steps it allows, and the tabs the secretary works in.

The header says where the meeting stands («Meeting No. 3 of 12.03.2026 — Held — Minutes:
draft»); the buttons under it are only the lifecycle steps allowed now. Once the minutes are
final every tab is read-only and a banner says how to amend them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission.documents.completeness import MissingText, minutes_completeness
from commission.domain.enums import MeetingStatus, MinutesState
from commission.domain.meeting_lifecycle import allowed_targets
from commission.domain.permissions import Permission
from commission.services import meetings, minutes
from commission.services.meetings import MeetingView
from commission.ui.admin.forms import FormDialog
from commission.ui.admin.tables import format_date
from commission.ui.context import AppContext
from commission.ui.meetings import signed_scan
from commission.ui.meetings.agenda_tab import AgendaTab
from commission.ui.meetings.attendance_tab import AttendanceTab
from commission.ui.meetings.details_tab import DetailsTab
from commission.ui.meetings.meeting_fill import go_to_missing
from commission.ui.meetings.meeting_labels import minutes_state_label
from commission.ui.meetings.minutes_tab import MinutesTab
from commission.ui.meetings.missing_texts import CompletenessBar
from commission.ui.meetings.record_widgets import name_unsaved_buttons
from commission.ui.overview_labels import meeting_status_label

S = MeetingStatus
FINAL_BANNER_STYLE = (
    "QLabel { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; padding: 6px; }"
)
AMENDING_BANNER_STYLE = (
    "QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; border-radius: 3px; padding: 6px; }"
)


class AmendDialog(FormDialog):
    """Asks why final minutes are reopened; the reason is kept with the next revision.

    Attributes:
        saved: the meeting as stored, once amended.
    """

    def __init__(
        self, ctx: AppContext, meeting: MeetingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.meeting = meeting
        self.saved: MeetingView | None = None
        self.setWindowTitle(self.tr("Amend the minutes"))
        self.set_intro(
            self.tr(
                "The minutes become editable again. Finalising them afterwards makes revision "
                "{revision}; revision {current} stays in the history as it was signed."
            ).format(revision=meeting.revision + 1, current=meeting.revision)
        )
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("e.g. a typing error in point 2.1 found by the executor")
        )
        self.reason.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.add_row("reason", self.tr("&Reason:"), self.reason)
        self.finish_form()

    def save(self) -> None:
        self.saved = minutes.amend(
            self.ctx.db,
            self.ctx.actor,
            self.meeting.id,
            self.meeting.version,
            self.reason.toPlainText(),
        )
        self.ctx.changes.sig_changed.emit("meetings")
        self.ctx.changes.sig_changed.emit("minutes_revisions")


class MeetingPage(QWidget):
    """The page of one meeting inside the meetings area.

    Signals:
        sig_back(): the user asked to return to the list (the button, or Esc).
        sig_meeting_changed(): the meeting's record or state was stored.

    Attributes:
        meeting: the meeting as last read.
        read_only: whether the tabs are read-only (final minutes, or a role that only reads).
    """

    sig_back = Signal()
    sig_meeting_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.meeting: MeetingView | None = None
        self.read_only = True
        self._clock = clock
        self.can_edit = ctx.actor.can(Permission.EDIT_MEETINGS)
        self.can_sign = self.can_edit or ctx.actor.can(Permission.SIGN_MINUTES)

        self.back_button = QPushButton(self.tr("← &All meetings"))
        self.back_button.setToolTip(self.tr("Back to the list of meetings (Esc)"))
        self.back_button.clicked.connect(self.request_back)
        self.header = QLabel()
        font = QFont(self.header.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.header.setFont(font)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.approve_button = QPushButton(self.tr("A&pprove the agenda"))
        self.reopen_button = QPushButton(self.tr("Reopen the agenda"))
        self.held_button = QPushButton(self.tr("Mark as &held"))
        self.finalise_button = QPushButton(self.tr("&Finalise the minutes"))
        self.finalise_button.setToolTip(
            self.tr("Locks the record and keeps it as the next revision of the minutes.")
        )
        self.amend_button = QPushButton(self.tr("A&mend the minutes…"))
        self.signed_button = QPushButton(self.tr("Minutes si&gned"))
        self.signed_button.setToolTip(
            self.tr("Needs the scan of the signed minutes, attached in the Minutes tab.")
        )
        self.postpone_button = QPushButton(self.tr("Po&stpone"))
        self.replan_button = QPushButton(self.tr("Plan a&gain"))
        self.cancel_button = QPushButton(self.tr("&Cancel the meeting…"))
        self._status_buttons: dict[MeetingStatus, QPushButton] = {
            S.AGENDA_APPROVED: self.approve_button,
            S.HELD: self.held_button,
            S.MINUTES_SIGNED: self.signed_button,
            S.POSTPONED: self.postpone_button,
        }
        for status, button in self._status_buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
        self.reopen_button.clicked.connect(lambda: self.set_status(S.PLANNED))
        self.replan_button.clicked.connect(lambda: self.set_status(S.PLANNED))
        self.finalise_button.clicked.connect(self.finalise)
        self.amend_button.clicked.connect(self.open_amend_dialog)
        self.cancel_button.clicked.connect(self.confirm_cancel)
        self.lifecycle_buttons = [
            self.approve_button,
            self.reopen_button,
            self.held_button,
            self.finalise_button,
            self.amend_button,
            self.signed_button,
            self.postpone_button,
            self.replan_button,
            self.cancel_button,
        ]

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.details_tab = DetailsTab(ctx, meeting_id)
        self.attendance_tab = AttendanceTab(ctx, meeting_id)
        self.agenda_tab = AgendaTab(ctx, meeting_id)
        self.minutes_tab = MinutesTab(ctx, meeting_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details_tab, self.tr("&Details"))
        self.tabs.addTab(self.attendance_tab, self.tr("A&ttendance"))
        self.tabs.addTab(self.agenda_tab, self.tr("Age&nda and decisions"))
        self.tabs.addTab(self.minutes_tab, self.tr("Min&utes"))
        # The agenda tab follows ``ctx.changes`` itself and reloads when shown.
        self._stale: set[QWidget] = {self.attendance_tab, self.minutes_tab}
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current_tab())

        self.details_tab.sig_saved.connect(self._details_saved)
        self.attendance_tab.sig_changed.connect(lambda: self._stale.add(self.minutes_tab))
        self.agenda_tab.sig_changed.connect(lambda: self._stale.add(self.minutes_tab))
        # How complete each language is; counted again after every change of the record.
        self.completeness_bar = CompletenessBar()
        self.completeness_bar.sig_fill.connect(self.fill_missing)
        self.minutes_tab.sig_fill.connect(self.fill_missing)
        # «Extracts sent» follows the extracts saved; «signed» may now be possible.
        self.minutes_tab.sig_record_changed.connect(self.reload)
        self.attendance_tab.sig_changed.connect(self.count_texts)
        self.agenda_tab.sig_changed.connect(self.count_texts)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.header, 1)
        steps = QHBoxLayout()
        for button in self.lifecycle_buttons:
            steps.addWidget(button)
        steps.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(steps)
        layout.addWidget(self.banner)
        layout.addWidget(self.completeness_bar)
        layout.addWidget(self.tabs, 1)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.request_back)
        self.reload()

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the meeting and show it everywhere on the page; the tabs reread when shown.

        Details being edited are kept: saving them then tells whether someone else changed
        the meeting meanwhile.
        """
        ctx = self.ctx
        meeting = ctx.run(self, lambda: meetings.get_meeting(ctx.db, ctx.actor, self.meeting_id))
        if meeting is None:
            return
        if not self.details_tab.is_dirty():
            self.details_tab.set_meeting(meeting)
        self._stale.add(self.attendance_tab)
        self._show(meeting)

    def _show(self, meeting: MeetingView) -> None:
        self.meeting = meeting
        self.header.setText(self.header_text(meeting))
        self._show_buttons(meeting)
        self._show_banner(meeting)
        read_only = meeting.minutes_state is MinutesState.FINAL or not self.can_edit
        self.read_only = read_only
        self.details_tab.set_read_only(read_only)
        self.attendance_tab.set_read_only(read_only)
        self.agenda_tab.set_read_only(read_only)
        self.minutes_tab.meeting = meeting
        self._stale.add(self.minutes_tab)
        self._refresh_current_tab()
        self.count_texts()

    def count_texts(self) -> None:
        """«Kazakh: 34 / 40 texts · Russian: 40 / 40 texts» for the record as it stands."""
        ctx = self.ctx
        context = ctx.run(self, lambda: minutes.minutes_context(ctx.db, ctx.actor, self.meeting_id))
        if context is not None:
            self.completeness_bar.show_completeness(
                [minutes_completeness(context, language) for language in ("kk", "ru")]
            )

    def fill_missing(self, missing: object, language: str) -> QWidget | None:
        """«Fill in» from a list of missing texts: go to the field, in ``language``."""
        if not isinstance(missing, MissingText) or self.read_only:
            return None
        return go_to_missing(self, missing, language)

    def header_text(self, meeting: MeetingView) -> str:
        state = minutes_state_label(meeting.minutes_state)
        if meeting.minutes_state is MinutesState.FINAL and meeting.revision > 1:
            state = self.tr("{state}, revision {revision}").format(
                state=state, revision=meeting.revision
            )
        return self.tr("Meeting No. {number} of {date} — {status} — Minutes: {minutes}").format(
            number=meeting.number,
            date=format_date(meeting.meeting_date),
            status=meeting_status_label(meeting.status),
            minutes=state,
        )

    def _show_buttons(self, meeting: MeetingView) -> None:
        final = meeting.minutes_state is MinutesState.FINAL
        allowed = set(
            allowed_targets(
                meeting.status,
                minutes_final=final,
                meeting_date=meeting.meeting_date,
                today=self._clock(),
            )
        )
        for status, button in self._status_buttons.items():
            permitted = self.can_sign if status is S.MINUTES_SIGNED else self.can_edit
            button.setVisible(permitted and status in allowed)
        self.reopen_button.setVisible(
            self.can_edit and meeting.status is S.AGENDA_APPROVED and S.PLANNED in allowed
        )
        self.replan_button.setVisible(
            self.can_edit and meeting.status is S.POSTPONED and S.PLANNED in allowed
        )
        self.cancel_button.setVisible(self.can_edit and S.CANCELLED in allowed)
        self.finalise_button.setVisible(
            self.can_edit
            and not final
            and meeting.status not in (S.POSTPONED, S.CANCELLED)
            and meeting.meeting_date <= self._clock()
        )
        self.amend_button.setVisible(self.can_edit and final)

    def _show_banner(self, meeting: MeetingView) -> None:
        if meeting.minutes_state is MinutesState.FINAL:
            self.banner.setText(
                self.tr(
                    "The minutes are final (revision {revision}). To change them, click "
                    "“Amend the minutes”."
                ).format(revision=meeting.revision)
            )
            self.banner.setStyleSheet(FINAL_BANNER_STYLE)
            self.banner.show()
        elif meeting.minutes_state is MinutesState.AMENDED:
            self.banner.setText(
                self.tr(
                    "The minutes are being amended ({reason}). When the corrections are made, "
                    "finalise them again: they become revision {revision}."
                ).format(reason=self._amendment_reason(), revision=meeting.revision + 1)
            )
            self.banner.setStyleSheet(AMENDING_BANNER_STYLE)
            self.banner.show()
        else:
            self.banner.hide()

    def _amendment_reason(self) -> str:
        ctx = self.ctx
        found = ctx.run(self, lambda: minutes.revisions(ctx.db, ctx.actor, self.meeting_id)) or []
        pending = [r for r in found if not r.is_final]
        return (pending[-1].reason or "") if pending else ""

    def _refresh_current_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current is None or current not in self._stale:
            return
        self._stale.discard(current)
        if current is self.minutes_tab and self.meeting is not None:
            self.minutes_tab.set_meeting(self.meeting)
        elif current is self.attendance_tab:
            self.attendance_tab.refresh()

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)
        self._refresh_current_tab()

    # --- acting ---------------------------------------------------------------------------

    def _details_saved(self, meeting: object) -> None:
        if isinstance(meeting, MeetingView):
            # The date may have changed, and with it who sits: reread the sheet when shown.
            self._stale.add(self.attendance_tab)
            self._show(meeting)
            self.sig_meeting_changed.emit()

    def has_unsaved_changes(self) -> bool:
        return self.details_tab.is_dirty() or self.agenda_tab.has_unsaved_changes()

    def _details_kept(self) -> bool:
        """Unsaved edits are saved before any step: finalising must not leave them out."""
        if self.details_tab.is_dirty() and self.details_tab.save() is None:
            self.show_tab(self.details_tab)
            return False
        if self.agenda_tab.has_unsaved_changes() and not self.agenda_tab.save_changes():
            self.show_tab(self.agenda_tab)
            return False
        return True

    def _stored(self, meeting: MeetingView | None) -> MeetingView | None:
        if meeting is None:
            self.reload()  # show what is stored, e.g. after someone else's change
            return None
        self.details_tab.set_meeting(meeting)
        self._show(meeting)
        self.ctx.changes.sig_changed.emit("meetings")
        self.sig_meeting_changed.emit()
        return meeting

    def set_status(self, status: MeetingStatus) -> MeetingView | None:
        meeting = self.meeting
        if meeting is None or not self._details_kept():
            return None
        meeting = self.meeting or meeting
        ctx = self.ctx
        if status is S.MINUTES_SIGNED:
            signed = signed_scan.sign(ctx, meeting, self)
            if isinstance(signed, signed_scan.SignWithoutScanDialog):
                dialog = signed
                dialog.accepted.connect(lambda: self._stored(dialog.saved))
                return None
            return self._stored(signed) if signed is not None else None
        return self._stored(
            ctx.run(
                self,
                lambda: meetings.set_status(ctx.db, ctx.actor, meeting.id, meeting.version, status),
            )
        )

    def finalise(self) -> MeetingView | None:
        if self.meeting is None or not self._details_kept():
            return None
        meeting = self.meeting
        ctx = self.ctx
        stored = self._stored(
            ctx.run(self, lambda: minutes.finalise(ctx.db, ctx.actor, meeting.id, meeting.version))
        )
        if stored is not None:
            self.ctx.changes.sig_changed.emit("minutes_revisions")
        return stored

    def open_amend_dialog(self) -> AmendDialog | None:
        if self.meeting is None or self.meeting.minutes_state is not MinutesState.FINAL:
            return None
        dialog = AmendDialog(self.ctx, self.meeting, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._stored(dialog.saved))
        dialog.open()
        return dialog

    def confirm_cancel(self) -> QMessageBox | None:
        """Cancelling is final: nothing leaves a cancelled meeting, so the user confirms."""
        if self.meeting is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel the meeting"),
            self.tr(
                "Cancel meeting No. {number} of {date}? A cancelled meeting cannot be planned "
                "again; to move it to another day, postpone it instead."
            ).format(number=self.meeting.number, date=format_date(self.meeting.meeting_date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: (
                self.set_status(S.CANCELLED) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()
        return box

    # --- leaving --------------------------------------------------------------------------

    def request_back(self) -> QMessageBox | None:
        """Back to the list; unsaved edits are saved, discarded or kept as the user says."""
        if not self.has_unsaved_changes():
            self.sig_back.emit()
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Some changes to this meeting are not saved yet. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name_unsaved_buttons(box)
        box.finished.connect(self._back_answered)
        box.open()
        return box

    def _back_answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Save:
            if self._details_kept():
                self.sig_back.emit()
        elif result == QMessageBox.StandardButton.Discard:
            self.sig_back.emit()  # the page is closed: its edits go with it
