"""The read model of a client's individual programme of social-legal assistance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commission.documents.minutes import Bilingual
from commission.domain.iin import Sex


@dataclass(frozen=True)
class ProgrammeMeasure:
    need_kind: str  # a NeedKind value
    action: Bilingual
    agency: Bilingual | None
    deadline: date | None


@dataclass(frozen=True)
class ProgrammeContext:
    case_number: str
    client_name: str  # in full: the client signs the document
    birth_date: date
    district: Bilingual
    opened_on: date
    approved_on: date | None
    officer: str | None  # «Иванов И. К.»
    needs: tuple[str, ...]  # NeedKind values, by priority
    measures: tuple[ProgrammeMeasure, ...]
    client_sex: Sex | None = None  # «ознакомлен» / «ознакомлена» under the client's signature
