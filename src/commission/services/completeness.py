"""How complete each language of a document is: what the meeting page shows, and the list a
user sees (or the command line prints) before a document borrows texts from the other language.
"""

from __future__ import annotations

from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import Measure
from commission.documents import completeness
from commission.documents.completeness import MEASURE_ACTION, MEASURE_OUTCOME, Completeness
from commission.documents.completeness import MissingText as MissingText
from commission.documents.minutes import Bilingual
from commission.services import minutes, workplan
from commission.services.cases import load_case
from commission.services.context import Actor


def meeting_completeness(
    db: Database, actor: Actor, meeting_id: int, language: str, revision: int | None = None
) -> Completeness:
    """The minutes (and extracts) of a meeting as they would be printed now."""
    ctx = minutes.minutes_context(db, actor, meeting_id, revision=revision)
    return completeness.minutes_completeness(ctx, language)


def plan_completeness(db: Database, actor: Actor, year: int, language: str) -> Completeness:
    """The work plan of ``year``."""
    return completeness.plan_completeness(workplan.plan_context(db, actor, year), language)


def programme_completeness(db: Database, actor: Actor, case_id: int, language: str) -> Completeness:
    """The individual programme of a case the actor may see (not logged as a print: it shows
    no personal data, only whether the measures' texts have both languages)."""
    with db.reading() as session:
        case, _client = load_case(session, actor, case_id, edit=False)
        measures = session.scalars(
            select(Measure).where(Measure.case_id == case.id).order_by(Measure.id)
        ).all()
        texts = []
        for number, measure in enumerate(measures, start=1):
            texts.append(
                (
                    Bilingual.of(measure.action, measure.action_kk),
                    MissingText(MEASURE_ACTION, number, record_id=measure.id),
                )
            )
            texts.append(
                (
                    Bilingual.of(measure.outcome, measure.outcome_kk),
                    MissingText(MEASURE_OUTCOME, number, record_id=measure.id),
                )
            )
    return completeness.texts_completeness(language, texts)
