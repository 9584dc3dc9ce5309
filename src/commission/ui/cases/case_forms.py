"""Opening a case from a screen: «New case…», «Release notice…» and «Case from a notice…»,
all ending on the new case's card. Shared by the cases register and the officer's home."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from commission.ui.cases.new_case_dialog import NewCaseDialog
from commission.ui.cases.notice_case_dialog import NoticeCaseDialog
from commission.ui.cases.release_notice_dialog import ReleaseNoticeDialog
from commission.ui.context import AppContext


def start_new_case(
    ctx: AppContext, parent: QWidget, today: date, open_case: Callable[[int], object]
) -> NewCaseDialog:
    """Open the form; once saved, ``open_case`` is called with the new case's id."""
    dialog = NewCaseDialog(ctx, today, parent)

    def saved() -> None:
        if dialog.case_id is not None:
            open_case(dialog.case_id)

    dialog.accepted.connect(saved)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def start_release_notice(
    ctx: AppContext, parent: QWidget, today: date, open_case: Callable[[int], object]
) -> ReleaseNoticeDialog:
    """Open the form; once saved, the draft case (if one was opened) is shown."""
    dialog = ReleaseNoticeDialog(ctx, today, parent)

    def saved() -> None:
        result = dialog.recorded
        if result is None:
            return
        if result.case_id is not None:
            open_case(result.case_id)
            return
        owner = dialog.parentWidget()
        if owner is not None:
            # On use: the module brings the document writers the officer's screen must not
            # wait for.
            from commission.ui.decisions.register_actions import inform

            inform(
                owner,
                QCoreApplication.translate(
                    "CaseForms",
                    "The notice is recorded. Without the IIN no case can be opened yet: open "
                    "it when the IIN is known.",
                ),
            )

    dialog.accepted.connect(saved)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def start_notice_case(
    ctx: AppContext, parent: QWidget, open_case: Callable[[int], object]
) -> NoticeCaseDialog:
    """«Case from a notice…»: once saved, the draft case of the notice is shown."""
    dialog = NoticeCaseDialog(ctx, parent)

    def saved() -> None:
        result = dialog.opened
        if result is not None and result.case_id is not None:
            open_case(result.case_id)

    dialog.accepted.connect(saved)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
