"""The fixed words of the quarterly statistics and the public report (``documents_*.ts``).

Kept apart from ``catalog`` (which holds the minutes' and registers' words) so that the two
reports' wording is read in one place; ``python -m commission.exports.catalog`` scans this
module with the rest of the package.
"""

from __future__ import annotations

from commission.documents import reports as r
from commission.documents.reports import Figure, ReportPeriod
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.exports.wording import Wording, roman

STATS_TITLE = QT_TRANSLATE_NOOP("Document", "STATISTICS OF THE COMMISSION'S WORK")
PUBLIC_TITLE = QT_TRANSLATE_NOOP("Document", "REPORT ON THE WORK OF THE COMMISSION")
FOR_PERIOD = QT_TRANSLATE_NOOP("Document", "for {period}")
PERIOD_QUARTER = QT_TRANSLATE_NOOP("Document", "quarter {quarter} of {year}")
PERIOD_YEAR = QT_TRANSLATE_NOOP("Document", "the year {year}")
AS_OF = QT_TRANSLATE_NOOP("Document", "As of {date}")
COL_INDICATOR = QT_TRANSLATE_NOOP("Document", "Indicator")
COL_SECTION = QT_TRANSLATE_NOOP("Document", "Section")
COL_AGENCY = QT_TRANSLATE_NOOP("Document", "Agency")
COL_DUE = QT_TRANSLATE_NOOP("Document", "Dates due")
COL_ON_TIME = QT_TRANSLATE_NOOP("Document", "On time")
COL_LATE = QT_TRANSLATE_NOOP("Document", "Late")
COL_OVERDUE = QT_TRANSLATE_NOOP("Document", "Overdue")
COL_SCORE = QT_TRANSLATE_NOOP("Document", "Score, 0–100")
SHEET_FIGURES = QT_TRANSLATE_NOOP("Document", "Figures")
SHEET_DISCIPLINE = QT_TRANSLATE_NOOP("Document", "Discipline")
NO_DISCIPLINE = QT_TRANSLATE_NOOP("Document", "No agency had dates due in the period.")
PROBATION_HIDDEN = QT_TRANSLATE_NOOP(
    "Document", "The probation figures are shown to the secretariat and the probation service."
)
LESS_THAN_FIVE = QT_TRANSLATE_NOOP("Document", "less than 5")
SMALL_COUNTS_NOTE = QT_TRANSLATE_NOOP(
    "Document", "Counts below 5 are not disclosed, to protect personal data."
)
QUESTIONS_HEARD = QT_TRANSLATE_NOOP("Document", "Questions heard")
NO_QUESTIONS = QT_TRANSLATE_NOOP("Document", "No questions were heard in the period.")
CASE_QUESTIONS = QT_TRANSLATE_NOOP(
    "Document", "Questions on individual cases (titles are not published): {count}"
)
SAME_PERIOD_LAST_YEAR = QT_TRANSLATE_NOOP("Document", "Same period last year")

SECTIONS = {
    r.SECTION_SITTINGS: QT_TRANSLATE_NOOP("Document", "Sittings of the commission"),
    r.SECTION_QUESTIONS: QT_TRANSLATE_NOOP("Document", "Questions heard, by kind"),
    r.SECTION_DECISIONS: QT_TRANSLATE_NOOP("Document", "Decisions adopted"),
    r.SECTION_EXECUTION: QT_TRANSLATE_NOOP("Document", "Execution of decisions"),
    r.SECTION_REGISTER: QT_TRANSLATE_NOOP("Document", "The probation register"),
    r.SECTION_CASES: QT_TRANSLATE_NOOP("Document", "Social-legal assistance"),
    r.SECTION_MEASURES: QT_TRANSLATE_NOOP("Document", "Assistance provided, by kind"),
    r.SECTION_MEASURES_BY_AGENCY: QT_TRANSLATE_NOOP("Document", "Assistance provided, by agency"),
    r.SECTION_POLICE: QT_TRANSLATE_NOOP("Document", "The police chief's report"),
}
DISCIPLINE_TITLE = QT_TRANSLATE_NOOP("Document", "Execution discipline of lead agencies")

LINES = {
    r.SITTINGS_HELD: QT_TRANSLATE_NOOP("Document", "Sittings held"),
    r.SITTINGS_EXTRAORDINARY: QT_TRANSLATE_NOOP("Document", "of them extraordinary"),
    r.QUESTIONS_TOTAL: QT_TRANSLATE_NOOP("Document", "Questions heard, total"),
    r.DECISIONS_ADOPTED: QT_TRANSLATE_NOOP("Document", "Decisions adopted, total"),
    r.DECISIONS_BINDING: QT_TRANSLATE_NOOP("Document", "of them binding"),
    r.DECISIONS_CONTROLLED: QT_TRANSLATE_NOOP("Document", "of them taken on control"),
    r.POINTS_DUE: QT_TRANSLATE_NOOP("Document", "Dates of execution falling in the period"),
    r.EXECUTED_ON_TIME: QT_TRANSLATE_NOOP("Document", "executed on time"),
    r.EXECUTED_LATE: QT_TRANSLATE_NOOP("Document", "executed late"),
    r.OVERDUE: QT_TRANSLATE_NOOP("Document", "overdue"),
    r.REMOVED: QT_TRANSLATE_NOOP("Document", "Decisions removed from control"),
    r.EXTENDED: QT_TRANSLATE_NOOP("Document", "Terms extended"),
    r.ON_REGISTER: QT_TRANSLATE_NOOP("Document", "On the register at the end of the period"),
    r.REGISTERED: QT_TRANSLATE_NOOP("Document", "Registered in the period"),
    r.DEREGISTERED: QT_TRANSLATE_NOOP("Document", "Removed from the register in the period"),
    r.CASES_OPENED: QT_TRANSLATE_NOOP("Document", "Cases of social-legal assistance opened"),
    r.PROGRAMMES_APPROVED: QT_TRANSLATE_NOOP("Document", "Individual programmes approved"),
    r.CASES_WITH_PROGRAMME: QT_TRANSLATE_NOOP(
        "Document", "Cases with an approved programme at the end of the period"
    ),
    r.ESCALATIONS: QT_TRANSLATE_NOOP("Document", "Cases brought before the commission"),
    r.MEASURES_PROVIDED: QT_TRANSLATE_NOOP("Document", "Measures of assistance provided"),
    r.MEASURES_NOT_PROVIDED: QT_TRANSLATE_NOOP(
        "Document", "Refused by the client or impossible to provide"
    ),
    r.MEASURES_REDIRECTED: QT_TRANSLATE_NOOP("Document", "Redirected to another provider"),
}

AGENDA_KINDS = {
    "crime_prevention": QT_TRANSLATE_NOOP("DocumentAgendaKind", "crime prevention"),
    "social_support": QT_TRANSLATE_NOOP(
        "DocumentAgendaKind", "social support of probation clients"
    ),
    "police_report": QT_TRANSLATE_NOOP("DocumentAgendaKind", "the police chief's quarterly report"),
    "progress_review": QT_TRANSLATE_NOOP("DocumentAgendaKind", "progress on earlier decisions"),
    "other": QT_TRANSLATE_NOOP("DocumentAgendaKind", "other questions"),
    "difficult_situation": QT_TRANSLATE_NOOP(
        "DocumentAgendaKind",
        "early detection of and support to persons and families in a difficult life situation",
    ),
}

# Lines printed as parts of the line above them («из них …»).
SUB_LINES = frozenset(
    {
        r.SITTINGS_EXTRAORDINARY,
        r.DECISIONS_BINDING,
        r.DECISIONS_CONTROLLED,
        r.EXECUTED_ON_TIME,
        r.EXECUTED_LATE,
        r.OVERDUE,
    }
)


def period_text(period: ReportPeriod, w: Wording) -> str:
    """«III квартал 2026 года» / «2026 жылғы III тоқсан»; «2026 год» / «2026 жыл»."""
    if period.quarter is None:
        return w.text(PERIOD_YEAR, year=period.year)
    return w.text(PERIOD_QUARTER, quarter=roman(period.quarter), year=period.year)


def section_title(key: str, w: Wording) -> str:
    source = SECTIONS.get(key)
    return w.text(source) if source else key


def figure_label(section: str, figure: Figure, w: Wording) -> str:
    """The line's words: a fixed line, an agenda kind, a category, a kind of help, an agency."""
    if figure.name is not None:
        return figure.name.get(w.language)
    if figure.key in LINES:
        return w.text(LINES[figure.key])
    if section == r.SECTION_QUESTIONS and figure.key in AGENDA_KINDS:
        return w.text(AGENDA_KINDS[figure.key], context="DocumentAgendaKind")
    if section == r.SECTION_REGISTER:
        return w.client_category(figure.key)
    if section == r.SECTION_MEASURES:
        return w.need_kind(figure.key)
    return figure.key


def is_part(section: str, figure: Figure) -> bool:
    """Printed indented under the line above: «из них …», a kind, a category."""
    if figure.key in SUB_LINES:
        return True
    if section == r.SECTION_QUESTIONS:
        return figure.key != r.QUESTIONS_TOTAL
    if section == r.SECTION_REGISTER:
        return figure.key not in LINES
    return section == r.SECTION_MEASURES and figure.key not in LINES
