"""A believable demo commission: a district akimat's merged MVK/KSO commission with a year of work.

The demo lets people try the program (and tests, exports and screenshots exercise it) on data
that looks like the real thing: the organisation and its composition, a work plan, a year of
meetings with attendance, agenda, decisions and their control, and a probation service's clients
with their social-support cases. All persons, numbers and organisations' details are invented.

The data is deterministic for a seed *and* a day: every date is relative to ``today``, so the
dashboard always shows something overdue, something due soon and something executed late.
Rows are written directly as ORM objects in one transaction (calling a service per row would take
minutes on 300 clients); the audit trail gets one entry per table with its row count.
"""

from commission.services.demo.build import (
    DEFAULT_CLIENTS,
    DEMO_PASSWORD,
    MAX_CLIENTS,
    MIN_CLIENTS,
    DatabaseNotEmpty,
    DemoSummary,
    build_demo,
)
from commission.services.demo.oblast import OBLAST_LOGINS
from commission.services.demo.specs import USERS

__all__ = [
    "DEFAULT_CLIENTS",
    "DEMO_PASSWORD",
    "MAX_CLIENTS",
    "MIN_CLIENTS",
    "OBLAST_LOGINS",
    "USERS",
    "DatabaseNotEmpty",
    "DemoSummary",
    "build_demo",
]
