"""The scan of the signed minutes in the meeting's minutes part, and the chair's signature
recorded without it.

«Подписан» needs the scan of the latest revision's signed copy; the chair may record the
signature without it by giving the reason (kept on the meeting and audited).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import MeetingStatus
from commission.domain.meeting_lifecycle import is_past
from commission.domain.messages import UserError
from commission.domain.permissions import Permission
from commission.services import meetings, signed_minutes
from commission.services.meetings import MeetingView
from commission.services.signed_minutes import ScanView
from commission.ui.admin.forms import FormDialog
from commission.ui.admin.tables import format_date
from commission.ui.context import AppContext
from commission.ui.meetings.record_widgets import PlainTextEdit
from commission.ui.open_file import open_attachment

SCAN_ROLE = Qt.ItemDataRole.UserRole


class SignedScanBox(QGroupBox):
    """The scans of the signed minutes, by revision, with attaching and opening.

    Signals:
        sig_attached(): a scan was attached.
    """

    sig_attached = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.meeting: MeetingView | None = None
        self.scans: list[ScanView] = []
        self.setTitle(self.tr("Signed minutes"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.list.itemActivated.connect(lambda _item: self.open_scan())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.attach_button = QPushButton(self.tr("&Attach the scan of the signed minutes…"))
        self.attach_button.setToolTip(
            self.tr("A PDF or an image (JPEG, PNG, TIFF) of the pages with the signatures.")
        )
        self.open_button = QPushButton(self.tr("&Open the scan"))
        self.attach_button.clicked.connect(lambda: self.choose_file())
        self.open_button.clicked.connect(lambda: self.open_scan())
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        can = ctx.actor.can
        self.can_attach = can(Permission.SIGN_MINUTES) or can(Permission.EDIT_MEETINGS)

    def set_meeting(self, meeting: MeetingView | None) -> None:
        self.meeting = meeting
        ctx = self.ctx
        found = ctx.run(self, lambda: signed_minutes.scans(ctx.db, ctx.actor, self.meeting_id))
        self.scans = found or []
        self.list.clear()
        for scan in self.scans:
            text = self.tr("Revision {revision}: {name}, added {date} by {user}").format(
                revision=scan.revision,
                name=scan.file_name,
                date=format_date(scan.added_at.date()),
                user=scan.added_by,
            )
            entry = QListWidgetItem(text)
            entry.setToolTip(self.tr("SHA-256: {digest}").format(digest=scan.sha256))
            entry.setData(SCAN_ROLE, scan.attachment_id)
            self.list.addItem(entry)
        final = meeting is not None and meeting.revision > 0
        if not final:
            self.note.setText(
                self.tr(
                    "When the minutes are final and signed, attach the scan of the signed copy."
                )
            )
        elif self.scan_for(meeting.revision if meeting else 0):
            self.note.setText(self.tr("The signed copy of the latest revision is attached."))
        elif meeting is not None and is_past(meeting.status, MeetingStatus.MINUTES_SIGNED):
            self.note.setText(
                self.tr(
                    "The minutes are recorded as signed; the scan of the signed copy is not "
                    "attached yet."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Attach the scan of the signed copy of revision {revision}: «Signed» needs it."
                ).format(revision=meeting.revision if meeting else 0)
            )
        self._update_buttons()

    def scan_for(self, revision: int) -> str:
        """The file names of the scans of ``revision``, for the history of revisions."""
        return ", ".join(s.file_name for s in self.scans if s.revision == revision)

    def _update_buttons(self) -> None:
        meeting = self.meeting
        self.attach_button.setEnabled(
            self.can_attach and meeting is not None and meeting.revision > 0
        )
        self.open_button.setEnabled(self.list.currentRow() >= 0)

    def choose_file(self) -> None:
        chosen, _selected = QFileDialog.getOpenFileName(
            self,
            self.tr("The scan of the signed minutes"),
            "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )
        if chosen:
            self.attach(Path(chosen))

    def attach(self, path: Path) -> ScanView | None:
        ctx = self.ctx
        try:
            content = path.read_bytes()
        except OSError as exc:
            ctx.report(self, exc)
            return None
        scan = ctx.run(
            self,
            lambda: signed_minutes.attach_scan(
                ctx.db, ctx.actor, self.meeting_id, path.name, content
            ),
        )
        if scan is not None:
            ctx.changes.sig_changed.emit("attachments")
            self.set_meeting(self.meeting)
            self.sig_attached.emit()
        return scan

    def open_scan(self) -> Path | None:
        entry = self.list.currentItem()
        if entry is None:
            return None
        return open_attachment(self.ctx, self, int(entry.data(SCAN_ROLE)))


class SignWithoutScanDialog(FormDialog):
    """The chair records the signature without the scan, saying why.

    Attributes:
        saved: the meeting as stored afterwards.
    """

    def __init__(self, ctx: AppContext, meeting: MeetingView, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.meeting = meeting
        self.saved: MeetingView | None = None
        self.setWindowTitle(self.tr("Signed without the scan"))
        self.set_intro(
            self.tr(
                "The scan of the signed minutes is not attached. As the chair you may record "
                "the signature without it; say why (the reason is kept with the meeting)."
            )
        )
        self.reason = PlainTextEdit(lines=3)
        self.add_row("signed_without_scan", self.tr("&Reason:"), self.reason)
        self.finish_form()

    def save(self) -> None:
        ctx = self.ctx
        reason = self.reason.toPlainText()
        self.saved = signed_minutes.sign_without_scan(
            ctx.db, ctx.actor, self.meeting.id, self.meeting.version, reason
        )


def sign(
    ctx: AppContext, meeting: MeetingView, parent: QWidget
) -> MeetingView | SignWithoutScanDialog | None:
    """«Minutes signed»: recorded when the scan is attached; without it the chair is offered
    to record the signature with a reason, anyone else is told to attach the scan first."""
    try:
        return meetings.set_status(
            ctx.db, ctx.actor, meeting.id, meeting.version, MeetingStatus.MINUTES_SIGNED
        )
    except meetings.ScanMissing as exc:
        if not ctx.actor.can(Permission.SIGN_MINUTES):
            ctx.report(parent, exc)
            return None
    except UserError as exc:
        ctx.report(parent, exc)
        return None
    dialog = SignWithoutScanDialog(ctx, meeting, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
