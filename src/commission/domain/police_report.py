"""The police chief's quarterly report as figures: the indicators the commission follows and
the change of each against the same quarter of the previous year.

The report to the population is governed by the Order of the Minister of Internal Affairs
No. 608 of 31.07.2023; the commission hears it quarterly (Law No. 245-VIII, art. 38) and the
public report publishes the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum


class PoliceIndicator(StrEnum):
    """The figures of the report, in the order the table prints them."""

    CRIMES_TOTAL = "crimes_total"
    CRIMES_DOMESTIC = "crimes_domestic"
    CRIMES_STREET = "crimes_street"
    CRIMES_BY_MINORS = "crimes_by_minors"
    CRIMES_REPEAT = "crimes_repeat"
    CRIMES_BY_PROBATION = "crimes_by_probation"
    ADMINISTRATIVE_OFFENCES = "administrative_offences"
    PREVENTIVE_MEASURES = "preventive_measures"
    CITIZENS_APPEALS = "citizens_appeals"


# The categories of registered crimes: printed indented under the total.
CRIME_CATEGORIES = frozenset(
    {
        PoliceIndicator.CRIMES_DOMESTIC,
        PoliceIndicator.CRIMES_STREET,
        PoliceIndicator.CRIMES_BY_MINORS,
        PoliceIndicator.CRIMES_REPEAT,
        PoliceIndicator.CRIMES_BY_PROBATION,
    }
)

MAX_FIGURE = 10_000_000  # no district registers more; a larger number is a typing slip


@dataclass(frozen=True)
class Change:
    """This quarter against the same quarter of last year: the difference and the per cent.

    ``per_cent`` is None when last year's figure is 0 or missing (a per cent of nothing means
    nothing: the documents print «—»); ``difference`` is None when either figure is missing.
    """

    difference: int | None
    per_cent: Decimal | None

    @classmethod
    def of(cls, current: int | None, last_year: int | None) -> Change:
        if current is None or last_year is None:
            return cls(None, None)
        difference = current - last_year
        if last_year == 0:
            return cls(difference, None)
        per_cent = (Decimal(difference) * 100 / Decimal(last_year)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
        return cls(difference, per_cent)

    def difference_text(self) -> str:
        """«+12», «−3», «0»; «—» when it cannot be computed."""
        if self.difference is None:
            return "—"
        return _signed(Decimal(self.difference), "")

    def per_cent_text(self, decimal_comma: bool = True) -> str:
        """«+12,5 %», «−3,0 %» (a no-break space before the sign: the two never part on a
        narrow column); «—» when last year is 0 or missing."""
        if self.per_cent is None:
            return "—"
        text = _signed(self.per_cent, "\u00a0%")
        return text.replace(".", ",") if decimal_comma else text


def _signed(value: Decimal, suffix: str) -> str:
    if value > 0:
        return f"+{value}{suffix}"
    if value < 0:
        return f"\u2212{-value}{suffix}"  # the minus sign, not a hyphen
    return f"{value}{suffix}"


def quarter_label(year: int, quarter: int) -> str:
    """«2026-Q3», as the command line names a quarter."""
    return f"{year}-Q{quarter}"
