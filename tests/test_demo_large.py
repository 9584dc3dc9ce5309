"""``commission-admin demo --large``: an oblast's ten years anyone can build; here a tiny share
of it, on both engines, checked for the shape the benchmarks and reviewers rely on."""

from __future__ import annotations

import pytest
from sqlalchemy import distinct, func, select

from commission.db.engine import Database
from commission.db.models import AdminUnit, AuditEntry, Client, Commission, Decision, Meeting
from commission.domain.enums import AdminLevel
from commission.services import control_state
from tests.test_cli import run


@pytest.mark.slow
def test_a_tiny_large_demo_has_the_oblast_shape(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", db_url, "demo", "--large", "--scale", "0.02")
    assert code == 0, err
    assert "large demo built" in out and "decisions" in out
    db = Database(db_url)
    try:
        with db.reading() as session:
            # Two district commissions (the scale's minimum) and the oblast's.
            units = dict(
                session.execute(
                    select(AdminUnit.level, func.count(Commission.id))
                    .join(Commission, Commission.admin_unit_id == AdminUnit.id)
                    .group_by(AdminUnit.level)
                ).all()
            )
            assert units == {AdminLevel.DISTRICT: 2, AdminLevel.OBLAST: 1}
            # Meetings over two years and across each year, not one day copied.
            years = session.scalar(select(func.count(distinct(Meeting.year))))
            months = session.scalar(
                select(func.count(distinct(func.extract("month", Meeting.meeting_date))))
            )
            assert years is not None and years >= 2
            assert months is not None and months >= 4
            # No commission meets twice on one day: the copies are spread, not stacked.
            per_day = session.execute(
                select(Meeting.commission_id, Meeting.meeting_date, func.count())
                .group_by(Meeting.commission_id, Meeting.meeting_date)
                .having(func.count() > 1)
            ).all()
            assert per_day == []
            commissions = session.scalar(select(func.count(distinct(Meeting.commission_id))))
            assert commissions == 3
            decisions = session.scalar(select(func.count(Decision.id)))
            assert decisions is not None and decisions > 300
            by_district = session.execute(
                select(Client.district_id, func.count()).group_by(Client.district_id)
            ).all()
            assert len(by_district) == 2 and sum(n for _, n in by_district) >= 1000
            audited = session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "decisions")
            )
            assert audited is not None and audited >= 2  # the demo's entry and the growth's
            # The copies written with core statements carry their stored control state.
            assert control_state.stale_decisions(session) == []
    finally:
        db.dispose()

    # A database that holds data is refused, as the small demo refuses it.
    code, _out, err = run(capsys, "--db", db_url, "demo", "--large", "--scale", "0.02")
    assert code != 0 and err
