"""Whether the minutes are a draft, and the mark their pages then carry.

Only final minutes are what the commission signed: the record of a sitting that has not been
held, or whose minutes are open (never finalised, or reopened for amendment), prints with
«ПРОЕКТ» / «ЖОБА» on every page. A stored revision is always final. The command line and the
GUI use ``is_draft`` to say so when they save the file.
"""

from __future__ import annotations

from commission.documents.minutes import MinutesContext
from commission.domain.enums import MinutesState
from commission.exports import catalog
from commission.exports.wording import Wording


def is_draft(ctx: MinutesContext) -> bool:
    # Minutes can only be finalised once the sitting is held (services.minutes.finalise), so
    # the state of the minutes says it all.
    return ctx.minutes_state is not MinutesState.FINAL


def draft_mark(ctx: MinutesContext, w: Wording) -> str:
    """«ПРОЕКТ» / «ЖОБА» for a draft, else ""."""
    return w.text(catalog.DRAFT_MARK) if is_draft(ctx) else ""
