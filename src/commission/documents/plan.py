"""The read model of a year's work plan: plain data, the same for the .docx and the .xlsx.

Services build it from the database (``services.workplan.plan_context``); ``workplan_docx`` and
``workplan_xlsx`` turn it into files. Questions and speakers are kept as typed; the fixed words
come from the documents' translation files, so one context gives the Russian and the Kazakh plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from commission.documents.minutes import Bilingual


@dataclass(frozen=True)
class PlanRow:
    """One question of the plan."""

    quarter: int  # 1–4
    question: Bilingual
    agency: Bilingual | None  # the responsible agency, if one is set
    speaker: Bilingual
    state: str  # WorkPlanState value
    meeting_number: int | None = None  # the latest meeting whose agenda holds the question
    item_id: int = 0  # the work-plan item, for a screen to open it


@dataclass(frozen=True)
class PlanContext:
    akimat: Bilingual
    # As in the minutes' title: genitive in Russian («межведомственной комиссии …»), the
    # nominative in Kazakh («… ведомствоаралық комиссия»), which the plan's title follows.
    commission_name: Bilingual
    year: int
    rows: tuple[PlanRow, ...]
    secretary: str | None = None  # «А. Нурланова», as under a signature

    def quarters(self) -> list[tuple[int, list[PlanRow]]]:
        """The quarters that hold questions, in order, each with its questions as entered."""
        grouped: dict[int, list[PlanRow]] = {}
        for row in self.rows:
            grouped.setdefault(row.quarter, []).append(row)
        return sorted(grouped.items())
