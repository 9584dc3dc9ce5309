"""Reports of the commission's work: quarterly and annual statistics, the public report."""

from commission.services.reports.public import SMALL_COUNT, public_count, public_report
from commission.services.reports.quarterly import (
    discipline_score,
    parse_period,
    quarterly_stats,
)

__all__ = [
    "SMALL_COUNT",
    "discipline_score",
    "parse_period",
    "public_count",
    "public_report",
    "quarterly_stats",
]
