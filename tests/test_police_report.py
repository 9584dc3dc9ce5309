"""The police chief's quarterly report as figures: recorded on the police-report item, each
with last year's beside it, printed in the minutes, read back for the public report."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal

import docx
import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AgendaItem, AuditEntry, Meeting
from commission.domain.enums import AgendaItemKind, MeetingStatus
from commission.domain.permissions import PermissionDenied
from commission.domain.police_report import Change, PoliceIndicator
from commission.exports.minutes_docx import minutes_docx
from commission.services import agenda, auth, extracts_sent, meetings, minutes, police_report
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.services.errors import InvalidInput, StaleCopy
from commission.services.police_report import PoliceReportData
from tests.test_minutes import Sitting, build_sitting

I = PoliceIndicator  # noqa: E741 - the table's rows read better short

FIGURES = {
    I.CRIMES_TOTAL: (120, 150),
    I.CRIMES_DOMESTIC: (30, 25),
    I.CRIMES_STREET: (12, 0),
    I.CRIMES_BY_PROBATION: (3, None),
    I.CITIZENS_APPEALS: (410, 380),
}


@pytest.fixture
def sitting(db: Database, admin: Actor) -> Sitting:
    return build_sitting(db, admin)


def _police_item(sitting: Sitting) -> int:
    with sitting.world.db.reading() as session:
        return session.scalars(
            select(AgendaItem.id).where(
                AgendaItem.meeting_id == sitting.meeting.id,
                AgendaItem.kind == AgendaItemKind.POLICE_REPORT,
            )
        ).one()


def _save(sitting: Sitting, version: int | None = None, **changes: object) -> object:
    values: dict[str, object] = {
        "year": 2025,
        "quarter": 4,
        "figures": FIGURES,
        "note": "Рост числа обращений связан с приёмом граждан в сёлах.",
        "note_kk": "Өтініштер санының өсуі ауылдардағы азаматтарды қабылдаумен байланысты.",
    }
    values.update(changes)
    world = sitting.world
    return police_report.save_report(
        world.db, world.secretary, _police_item(sitting), version, PoliceReportData(**values)
    )


def test_change_is_difference_and_per_cent_with_a_dash_without_last_year() -> None:
    assert Change.of(120, 150) == Change(-30, Decimal("-20.0"))
    assert Change.of(120, 150).per_cent_text() == "\u221220,0\u00a0%"
    assert Change.of(30, 25).difference_text() == "+5"
    assert Change.of(12, 0).per_cent_text() == "—"  # a per cent of nothing means nothing
    assert Change.of(3, None).difference_text() == "—"
    assert Change.of(7, 7).per_cent_text() == "0,0\u00a0%"


def test_figures_are_saved_read_back_and_audited(sitting: Sitting) -> None:
    world = sitting.world
    item_id = _police_item(sitting)
    empty = police_report.get_report(world.db, world.member_user, item_id)
    # The meeting of 12.03.2026 hears the quarter that just ended.
    assert (empty.id, empty.year, empty.quarter) == (None, 2025, 4)
    assert empty.pair(I.CRIMES_TOTAL) == (None, None)

    saved = _save(sitting)
    assert isinstance(saved, police_report.PoliceReportView)
    read = police_report.get_report(world.db, world.member_user, item_id)
    assert read == saved
    assert read.pair(I.CRIMES_TOTAL) == (120, 150)
    assert read.pair(I.CRIMES_BY_PROBATION) == (3, None)
    assert [f.indicator for f in read.figures] == list(PoliceIndicator)

    # A figure cleared is removed; another changed; the stale copy is refused.
    changed = dict(FIGURES, **{I.CRIMES_STREET: (None, None), I.CRIMES_TOTAL: (121, 150)})
    again = _save(sitting, read.version, figures=changed)
    assert isinstance(again, police_report.PoliceReportView)
    assert again.pair(I.CRIMES_STREET) == (None, None)
    assert again.pair(I.CRIMES_TOTAL) == (121, 150)
    with pytest.raises(StaleCopy):
        _save(sitting, read.version)
    with world.db.reading() as session:
        entities = set(session.scalars(select(AuditEntry.entity)))
        notes = [
            json.loads(c).get("note_kk")
            for c in session.scalars(
                select(AuditEntry.changes).where(AuditEntry.entity == "police_reports")
            )
        ]
    assert {"police_reports", "police_figures"} <= entities
    assert any(notes)  # the Kazakh note is kept and audited as the Russian one is


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"quarter": 5}, "quarter"),
        ({"year": 2027}, "year"),  # after the meeting
        ({"figures": {I.CRIMES_TOTAL: (-1, 3)}}, "crimes_total"),
    ],
)
def test_bad_figures_are_refused_with_the_field(
    sitting: Sitting, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as err:
        _save(sitting, **changes)
    assert err.value.field == field


def test_only_a_police_item_keeps_figures_and_only_the_secretary_edits(sitting: Sitting) -> None:
    world = sitting.world
    other = next(
        i
        for i in agenda.list_items(world.db, world.secretary, sitting.meeting.id)
        if i.kind is not AgendaItemKind.POLICE_REPORT
    )
    with pytest.raises(InvalidInput) as err:
        police_report.save_report(
            world.db, world.secretary, other.id, None, PoliceReportData(2025, 4)
        )
    assert err.value.field == "kind"
    with pytest.raises(PermissionDenied):
        police_report.save_report(
            world.db, world.chair_user, _police_item(sitting), None, PoliceReportData(2025, 4)
        )


def test_final_minutes_lock_the_figures_and_keep_them_as_signed(sitting: Sitting) -> None:
    world = sitting.world
    saved = _save(sitting)
    assert isinstance(saved, police_report.PoliceReportView)
    view = meetings.get_meeting(world.db, world.secretary, sitting.meeting.id)
    minutes.finalise(world.db, world.secretary, sitting.meeting.id, view.version)
    with pytest.raises(meetings.MinutesLocked):
        _save(sitting, saved.version)
    ctx = minutes.minutes_context(world.db, world.secretary, sitting.meeting.id, revision=1)
    police = next(item.police for item in ctx.agenda if item.police is not None)
    assert (police.year, police.quarter) == (2025, 4)
    assert police.figures[0].current == 120
    assert police.note.kk.startswith("Өтініштер")


def test_quarter_figures_for_the_public_report(sitting: Sitting) -> None:
    world = sitting.world
    assert police_report.quarter_figures(world.db, world.secretary, 2025, 4) is None
    _save(sitting)
    found = police_report.quarter_figures(world.db, world.member_user, 2025, 4)
    assert found is not None
    assert (found.meeting_id, found.meeting_number) == (sitting.meeting.id, 3)
    total = found.figures[0]
    assert (total.indicator, total.current, total.last_year) == (I.CRIMES_TOTAL, 120, 150)
    assert total.change().per_cent == Decimal("-20.0")
    assert police_report.quarter_figures(world.db, world.secretary, 2025, 3) is None


def test_removing_the_item_removes_its_figures(sitting: Sitting) -> None:
    world = sitting.world
    _save(sitting)
    agenda.remove_item(world.db, world.secretary, _police_item(sitting))
    assert police_report.quarter_figures(world.db, world.secretary, 2025, 4) is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ru",
            [
                "Показатели отчёта начальника полиции за IV квартал 2025 года:",
                "Показатель | IV кв. 2025 г. | IV кв. 2024 г. | Изменение | %",
                "Зарегистрировано преступлений, всего, в том числе: | 120 | 150 | \u221230 "
                "| \u221220,0\u00a0%",
                "– в семейно-бытовой сфере | 30 | 25 | +5 | +20,0\u00a0%",
                "– уличные преступления | 12 | 0 | +12 | —",
                "– совершённые несовершеннолетними | — | — | — | —",
                "Рост числа обращений связан с приёмом граждан в сёлах.",
            ],
        ),
        (
            "kk",
            [
                "Полиция бастығы есебінің 2025 жылғы IV тоқсандағы көрсеткіштері:",
                "Көрсеткіш | 2025 ж. IV тоқсан | 2024 ж. IV тоқсан | Өзгеріс | %",
                "Тіркелген қылмыстар, барлығы, оның ішінде: | 120 | 150 | \u221230 "
                "| \u221220,0\u00a0%",
                "– пробация қызметінің есебінде тұрған адамдар жасаған | 3 | — | — | —",
                "Азаматтардан түскен өтініштер | 410 | 380 | +30 | +7,9\u00a0%",
                "Өтініштер санының өсуі ауылдардағы азаматтарды қабылдаумен байланысты.",
            ],
        ),
    ],
)
def test_the_minutes_docx_prints_the_figures_table(
    sitting: Sitting, language: str, expected: list[str]
) -> None:
    _save(sitting)
    world = sitting.world
    ctx = minutes.minutes_context(world.db, world.secretary, sitting.meeting.id)
    document = docx.Document(io.BytesIO(minutes_docx(ctx, language)))
    lines = [p.text for p in document.paragraphs]
    table = next(t for t in document.tables if len(t.rows) == 1 + len(PoliceIndicator))
    lines += [" | ".join(c.text for c in row.cells) for row in table.rows]
    for line in expected:
        assert line in lines, (line, lines)


def test_an_old_revision_without_figures_still_decodes(sitting: Sitting) -> None:
    world = sitting.world
    ctx = minutes.minutes_context(world.db, world.secretary, sitting.meeting.id)
    stored = json.loads(minutes.context_to_json(ctx))
    for item in stored["context"]["agenda"]:
        del item["police"]  # as a snapshot signed before the figures were kept
    decoded = minutes.context_from_json(json.dumps(stored))
    assert all(item.police is None for item in decoded.agenda)
    assert decoded.agenda[0].title == ctx.agenda[0].title


def test_the_demo_reports_have_figures_and_its_sent_meetings_their_extracts(
    db: Database,
) -> None:
    build_demo(db, Actor.command_line(), seed=2, today=date(2026, 11, 20), clients=10)
    secretary = auth.login(db, "secretary", DEMO_PASSWORD)
    q3 = police_report.quarter_figures(db, secretary, 2026, 2)
    assert q3 is not None and q3.note.kk
    assert all(f.current is not None and f.last_year is not None for f in q3.figures)
    with db.reading() as session:
        sent = session.scalars(
            select(Meeting.id).where(Meeting.status == MeetingStatus.EXTRACTS_SENT)
        ).all()
    assert sent
    for meeting_id in sent:
        assert extracts_sent.extracts_state(db, secretary, meeting_id).all_sent
