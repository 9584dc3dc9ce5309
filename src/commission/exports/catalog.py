"""Every fixed word of our documents, as an English source string marked for translation.

The Russian and Kazakh words live in ``resources/i18n/documents_ru.ts`` / ``documents_kk.ts``,
where a secretary can correct them with Qt Linguist without touching the code. The English
sources carry ``{placeholders}``; a translation may reorder them, use only those it needs, or
split a title over lines with ``\\n`` (Kazakh puts «ХАТТАМАСЫ» after the commission's name).

``python -m commission.exports.catalog`` brings both files up to date with this module and the
document words marked in ``commission.documents`` (the phrase book) and ``commission.services``.
Contexts start with ``Document`` so the interface's own translation files can leave them out.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.i18n import ts_path

DOCUMENT_LANGUAGES = ("ru", "kk")
DOMAIN = "documents"

# --- titles -------------------------------------------------------------------------------
MINUTES_TITLE = QT_TRANSLATE_NOOP("Document", "MINUTES\nof the meeting of the {commission}")
MINUTES_TITLE_EXTRAORDINARY = QT_TRANSLATE_NOOP(
    "Document", "MINUTES\nof the extraordinary meeting of the {commission}"
)
EXTRACT_TITLE = QT_TRANSLATE_NOOP(
    "Document", "EXTRACT\nfrom the minutes No. {number} of the meeting of the {commission} {date}"
)
NUMBER = QT_TRANSLATE_NOOP("Document", "No. {number}")
AMENDED = QT_TRANSLATE_NOOP("Document", "(with amendments {date}, revision {revision})")
REVISION = QT_TRANSLATE_NOOP("Document", "(revision {revision})")
AT_TIME = QT_TRANSLATE_NOOP("Document", "at {time}")
FORMAT_ONLINE = QT_TRANSLATE_NOOP("Document", "by videoconference")
FORMAT_MIXED = QT_TRANSLATE_NOOP("Document", "in person and by videoconference")
# On every page of minutes that are not final (the sitting not held, or its record still open).
DRAFT_MARK = QT_TRANSLATE_NOOP("Document", "DRAFT")

# --- dates: {day} and {year} are digits, {month} comes from the matching month context -------
DATE = QT_TRANSLATE_NOOP("Document", "{day} {month} {year}")
DATE_QUOTED = QT_TRANSLATE_NOOP("Document", "“{day}” {month} {year}")
DATE_UNTIL = QT_TRANSLATE_NOOP("Document", "until {day} {month} {year}")
DATE_OF = QT_TRANSLATE_NOOP("Document", "of {day} {month} {year}")

# --- people and attendance ----------------------------------------------------------------
PERSON_NAME = QT_TRANSLATE_NOOP("Document", "{surname} {initials}")
POSITION_NAME = QT_TRANSLATE_NOOP("Document", "{position} {name}")
NAME_POSITION = QT_TRANSLATE_NOOP("Document", "{name}, {position}")
LIST_ENTRY = QT_TRANSLATE_NOOP("Document", "{name} — {position}")
CHAIRED_BY = QT_TRANSLATE_NOOP("Document", "Chaired by:")
PRESENT = QT_TRANSLATE_NOOP("Document", "Present:")
ABSENT = QT_TRANSLATE_NOOP("Document", "Absent:")
INVITED = QT_TRANSLATE_NOOP("Document", "Invited:")
MEMBERS_PRESENT = QT_TRANSLATE_NOOP(
    "Document",
    "members of the commission — {present} {of_total} (the list is attached); {quorum}.",
)
QUORUM_PRESENT = QT_TRANSLATE_NOOP("Document", "there is a quorum")
QUORUM_ABSENT = QT_TRANSLATE_NOOP("Document", "there is no quorum")
ABSENT_REASON = QT_TRANSLATE_NOOP("Document", "{name} ({reason})")
SUBSTITUTE = QT_TRANSLATE_NOOP("Document", "replaced by {substitute}")
REASON_AND_SUBSTITUTE = QT_TRANSLATE_NOOP("Document", "{reason}; replaced by {substitute}")
APPENDIX = QT_TRANSLATE_NOOP("Document", "Appendix to the minutes No. {number} {date}")
PRESENT_LIST_TITLE = QT_TRANSLATE_NOOP(
    "Document", "LIST\nof the members of the commission present at the meeting"
)

# --- agenda and items ----------------------------------------------------------------------
AGENDA = QT_TRANSLATE_NOOP("Document", "AGENDA:")
SPEAKER = QT_TRANSLATE_NOOP("Document", "Speaker: {speakers}")
CASE = QT_TRANSLATE_NOOP("Document", "{label}, case No. {number}")
HEARD = QT_TRANSLATE_NOOP("Document", "HEARD:")
HEARD_TEXT = QT_TRANSLATE_NOOP("Document", "{speaker} — {summary}")
SPOKE = QT_TRANSLATE_NOOP("Document", "SPOKE:")
DECIDED = QT_TRANSLATE_NOOP("Document", "DECIDED:")
PROGRESS_CAPTION = QT_TRANSLATE_NOOP("Document", "Execution of the decisions under review:")
COL_POINT = QT_TRANSLATE_NOOP("Document", "Point")
COL_MINUTES = QT_TRANSLATE_NOOP("Document", "Minutes")
COL_INSTRUCTION = QT_TRANSLATE_NOOP("Document", "Instruction")
COL_TERM = QT_TRANSLATE_NOOP("Document", "Term")
COL_STATE = QT_TRANSLATE_NOOP("Document", "State")
MINUTES_REF_SHORT = QT_TRANSLATE_NOOP("Document", "No. {number} of {date}")
EXECUTOR = QT_TRANSLATE_NOOP("Document", "Executor: {agency}")

# --- decisions -----------------------------------------------------------------------------
NOTE_TEXT = QT_TRANSLATE_NOOP("Document", "Take the information into account.")
REMOVE_TEXT = QT_TRANSLATE_NOOP("Document", "Remove from control {refs}.")
REFS_ONE = QT_TRANSLATE_NOOP("Document", "point {points} of the minutes No. {number} {date}")
REFS_MANY = QT_TRANSLATE_NOOP("Document", "points {points} of the minutes No. {number} {date}")
EXTEND_TEXT = QT_TRANSLATE_NOOP(
    "Document", "Extend the term of point {point} of the minutes No. {number} {date} {until}."
)
TERM = QT_TRANSLATE_NOOP("Document", "Term: {term}.")
TERM_WITH_DATE = QT_TRANSLATE_NOOP("Document", "{term} ({until})")
TERM_UNTIL_CONTROL = QT_TRANSLATE_NOOP("Document", "{term} (control {until})")
PERMANENT = QT_TRANSLATE_NOOP("Document", "permanently")
MONTHLY = QT_TRANSLATE_NOOP(
    "Document", "monthly, by day {day} of the month following the reporting month"
)
QUARTERLY = QT_TRANSLATE_NOOP(
    "Document", "quarterly, by day {day} of the month following the reporting quarter"
)
HALF_YEARLY = QT_TRANSLATE_NOOP(
    "Document", "every half-year, by day {day} of the month following the reporting half-year"
)
YEARLY = QT_TRANSLATE_NOOP(
    "Document", "yearly, by day {day} of the month following the reporting year"
)
BINDING = QT_TRANSLATE_NOOP("Document", "The decision is binding.")
REPORT_TO_SECRETARY = QT_TRANSLATE_NOOP(
    "Document", "Send information on execution to the secretary of the commission."
)

# --- votes ---------------------------------------------------------------------------------
VOTE = QT_TRANSLATE_NOOP(
    "Document",
    "Vote: “for” — {votes_for}, “against” — {votes_against}, “abstained” — {votes_abstained}.",
)
VOTE_SHORT = QT_TRANSLATE_NOOP(
    "Document",
    "“for” — {votes_for}, “against” — {votes_against}, “abstained” — {votes_abstained}.",
)
VOTE_NONE = QT_TRANSLATE_NOOP("Document", "none")
CASTING_ADOPTED = QT_TRANSLATE_NOOP(
    "Document", "With the votes tied, the decision was adopted by the casting vote of the chair."
)
CASTING_REJECTED = QT_TRANSLATE_NOOP(
    "Document", "With the votes tied, the casting vote of the chair rejected the decision."
)
NOT_ADOPTED = QT_TRANSLATE_NOOP("Document", "The decision was not adopted.")
DISSENTERS = QT_TRANSLATE_NOOP("Document", "Did not support: {names}.")

# --- closing and signatures ------------------------------------------------------------------
CONTROL = QT_TRANSLATE_NOOP(
    "Document", "Control over the execution of these minutes is assigned to {who}."
)
CHAIR = QT_TRANSLATE_NOOP("Document", "Chair of the commission")
DEPUTY_CHAIR = QT_TRANSLATE_NOOP("Document", "Deputy chair of the commission")
SECRETARY = QT_TRANSLATE_NOOP("Document", "Secretary of the commission")
EXTRACT_CERTIFIED = QT_TRANSLATE_NOOP(
    "Document", "The extract is correct: secretary of the commission"
)

# --- the decisions register (.xlsx) ----------------------------------------------------------
SHEET_DECISIONS = QT_TRANSLATE_NOOP("Document", "Decisions")
REGISTER_TITLE = QT_TRANSLATE_NOOP("Document", "Decisions of the minutes No. {number} {date}")
COL_NUMBER = QT_TRANSLATE_NOOP("Document", "No.")
COL_DECISION = QT_TRANSLATE_NOOP("Document", "Decision")
COL_KIND = QT_TRANSLATE_NOOP("Document", "Kind")
COL_BINDING = QT_TRANSLATE_NOOP("Document", "Binding")
COL_LEAD = QT_TRANSLATE_NOOP("Document", "Lead executor")
COL_CO_EXECUTORS = QT_TRANSLATE_NOOP("Document", "Co-executors")
COL_FIRST_DUE = QT_TRANSLATE_NOOP("Document", "First due date")
COL_VOTE = QT_TRANSLATE_NOOP("Document", "Vote")
YES = QT_TRANSLATE_NOOP("Document", "yes")
NO = QT_TRANSLATE_NOOP("Document", "no")

# --- months, one context per grammatical form a date needs ----------------------------------
# "DocumentMonth": in a date («12 марта» / «12 наурыз»); "DocumentMonthUntil": in a term
# («до 10 апреля» / «10 сәуірге дейін»); "DocumentMonthOf": in a reference to earlier minutes
# («от 15 декабря» / «15 желтоқсандағы»).
MONTHS = (
    QT_TRANSLATE_NOOP("DocumentMonth", "January"),
    QT_TRANSLATE_NOOP("DocumentMonth", "February"),
    QT_TRANSLATE_NOOP("DocumentMonth", "March"),
    QT_TRANSLATE_NOOP("DocumentMonth", "April"),
    QT_TRANSLATE_NOOP("DocumentMonth", "May"),
    QT_TRANSLATE_NOOP("DocumentMonth", "June"),
    QT_TRANSLATE_NOOP("DocumentMonth", "July"),
    QT_TRANSLATE_NOOP("DocumentMonth", "August"),
    QT_TRANSLATE_NOOP("DocumentMonth", "September"),
    QT_TRANSLATE_NOOP("DocumentMonth", "October"),
    QT_TRANSLATE_NOOP("DocumentMonth", "November"),
    QT_TRANSLATE_NOOP("DocumentMonth", "December"),
)
MONTHS_UNTIL = (
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "January"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "February"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "March"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "April"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "May"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "June"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "July"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "August"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "September"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "October"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "November"),
    QT_TRANSLATE_NOOP("DocumentMonthUntil", "December"),
)
MONTHS_OF = (
    QT_TRANSLATE_NOOP("DocumentMonthOf", "January"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "February"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "March"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "April"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "May"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "June"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "July"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "August"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "September"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "October"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "November"),
    QT_TRANSLATE_NOOP("DocumentMonthOf", "December"),
)

# --- counts: «9 из 11» / «11-ден 9», «через 4 рабочих дня» / «4 жұмыс күнінен кейін» -------
# A count reaches a translation as ``{n}`` (``wording.Counted``). Kazakh translations put it in a
# case with a format spec — ``{n:abl}`` → «11-ден», or with its noun «4 жұмыс күнінен» — and the
# ending follows one rule (``domain.kazakh``): the noun stays singular, the ending goes on the
# noun phrase, or on the digits by the last word spoken. Russian translations write ``{n}``.
OF_TOTAL = QT_TRANSLATE_NOOP("Document", "from {n}")
# The nouns a Kazakh count carries, in the nominative singular («жұмыс күні»).
COUNT_NOUNS = {
    "working_day": QT_TRANSLATE_NOOP("DocumentCountNoun", "working day"),
    "calendar_day": QT_TRANSLATE_NOOP("DocumentCountNoun", "calendar day"),
}

# --- control states (values of domain.control.ComputedState) --------------------------------
STATES = {
    "not_controlled": QT_TRANSLATE_NOOP("DocumentState", "not on control"),
    "on_control": QT_TRANSLATE_NOOP("DocumentState", "on control"),
    "due_soon": QT_TRANSLATE_NOOP("DocumentState", "due soon"),
    "overdue": QT_TRANSLATE_NOOP("DocumentState", "overdue"),
    "in_progress": QT_TRANSLATE_NOOP("DocumentState", "in progress"),
    "rework": QT_TRANSLATE_NOOP("DocumentState", "returned for rework"),
    "executed": QT_TRANSLATE_NOOP("DocumentState", "executed"),
    "removed": QT_TRANSLATE_NOOP("DocumentState", "removed from control"),
    "extended": QT_TRANSLATE_NOOP("DocumentState", "term extended"),
    "cancelled": QT_TRANSLATE_NOOP("DocumentState", "no longer relevant"),
}

# --- decision kinds (values of domain.enums.DecisionKind) -----------------------------------
DECISION_KINDS = {
    "note": QT_TRANSLATE_NOOP("DocumentDecisionKind", "take into account"),
    "instruction": QT_TRANSLATE_NOOP("DocumentDecisionKind", "instruction"),
    "recommendation": QT_TRANSLATE_NOOP("DocumentDecisionKind", "recommendation"),
    "remove_from_control": QT_TRANSLATE_NOOP("DocumentDecisionKind", "remove from control"),
    "extend": QT_TRANSLATE_NOOP("DocumentDecisionKind", "extend the term"),
}

# --- the year's work plan (.docx and .xlsx) --------------------------------------------------
# The title follows the minutes' name of the commission: genitive in Russian (after «работы»),
# the nominative in Kazakh (before «жұмысының», as before «отырысының» in the minutes).
PLAN_TITLE = QT_TRANSLATE_NOOP("Document", "WORK PLAN\nof the {commission}\nfor {year}")
PLAN_SHORT_TITLE = QT_TRANSLATE_NOOP("Document", "Work plan for {year}")
PLAN_EMPTY = QT_TRANSLATE_NOOP("Document", "No questions are planned for {year}.")
SHEET_PLAN = QT_TRANSLATE_NOOP("Document", "Work plan")
QUARTER = QT_TRANSLATE_NOOP("Document", "Quarter {quarter}")  # {quarter}: I, II, III, IV
COL_QUARTER = QT_TRANSLATE_NOOP("Document", "Quarter")
COL_QUESTION = QT_TRANSLATE_NOOP("Document", "Question")
COL_RESPONSIBLE = QT_TRANSLATE_NOOP("Document", "Responsible for preparation")
COL_SPEAKER = QT_TRANSLATE_NOOP("Document", "Speaker")
COL_PLAN_TERM = QT_TRANSLATE_NOOP("Document", "Term of consideration")
COL_MEETING = QT_TRANSLATE_NOOP("Document", "Meeting")

# --- states of a plan's question (values of domain.enums.WorkPlanState) --------------------
PLAN_STATES = {
    "planned": QT_TRANSLATE_NOOP("DocumentPlanState", "planned"),
    "on_agenda": QT_TRANSLATE_NOOP("DocumentPlanState", "on the agenda"),
    "carried_over": QT_TRANSLATE_NOOP("DocumentPlanState", "carried over"),
    "dropped": QT_TRANSLATE_NOOP("DocumentPlanState", "dropped"),
    "done": QT_TRANSLATE_NOOP("DocumentPlanState", "considered"),
}


# --- the request for execution information (letter_docx) ----------------------------------
LETTER_TITLE = QT_TRANSLATE_NOOP(
    "Document", "Request for information on the execution of the commission's decisions"
)
LETTER_NUMBER = QT_TRANSLATE_NOOP("Document", "Ref. No. {number} of {date}")
# The addressee (letter_docx.addressee): Russian «Руководителю {agency}» in the dative, for an
# agency whose name does not decline; Kazakh «{agency} басшысы» in the nominative, the name
# after it takes the dative («… басшысы С. Т. Рахимовқа»), or, with no name, the word itself.
LETTER_TO = QT_TRANSLATE_NOOP("Document", "To the head of {agency}")
# Russian: below an agency's name in the nominative, above the head's name: «Руководителю».
LETTER_HEAD = QT_TRANSLATE_NOOP("Document", "To the head")
LETTER_EXECUTOR = QT_TRANSLATE_NOOP("Document", "Executor: {name}")
LETTER_EXECUTOR_PHONE = QT_TRANSLATE_NOOP("Document", "Executor: {name}, tel. {phone}")
LETTER_BODY = QT_TRANSLATE_NOOP(
    "Document",
    "The secretariat of the {commission} reminds you that the following decisions of the"
    " commission, whose executor is your institution, are on control:",
)
LETTER_REPLY_BY = QT_TRANSLATE_NOOP(
    "Document", "Please submit information on their execution by {date}."
)
MINUTES_POINT_REF = QT_TRANSLATE_NOOP("Document", "No. {number} of {date}, p. {point}")
COL_MINUTES_POINT = QT_TRANSLATE_NOOP("Document", "Minutes, point")
COL_INSTRUCTION = QT_TRANSLATE_NOOP("Document", "Instruction")
COL_DUE_DATE = QT_TRANSLATE_NOOP("Document", "Due date")
COL_STATE = QT_TRANSLATE_NOOP("Document", "State")
DUE_TODAY = QT_TRANSLATE_NOOP("Document", "expires today")
# Russian plural forms chosen in code (letter_docx.plural_key): one, few, many. Kazakh
# translations write the same for all three, with the count in its case: «{n:abl} кейін».
DUE_IN = {
    "one": QT_TRANSLATE_NOOP("DocumentDueIn", "expires in {n} working day (one)"),
    "few": QT_TRANSLATE_NOOP("DocumentDueIn", "expires in {n} working days (few)"),
    "many": QT_TRANSLATE_NOOP("DocumentDueIn", "expires in {n} working days (many)"),
}
OVERDUE_BY = {
    "one": QT_TRANSLATE_NOOP("DocumentOverdueBy", "overdue by {n} working day (one)"),
    "few": QT_TRANSLATE_NOOP("DocumentOverdueBy", "overdue by {n} working days (few)"),
    "many": QT_TRANSLATE_NOOP("DocumentOverdueBy", "overdue by {n} working days (many)"),
}

# --- the control register and execution discipline (control_register_xlsx) -----------------
SHEET_CONTROL_REGISTER = QT_TRANSLATE_NOOP("Document", "Control register")
CONTROL_REGISTER_TITLE = QT_TRANSLATE_NOOP(
    "Document", "Control register of the commission's decisions as of {date}"
)
COL_MEETING_NUMBER = QT_TRANSLATE_NOOP("Document", "Minutes No.")
COL_MEETING_DATE = QT_TRANSLATE_NOOP("Document", "Meeting date")
COL_EXECUTED_ON = QT_TRANSLATE_NOOP("Document", "Executed on")
COL_DAYS_OVERDUE = QT_TRANSLATE_NOOP("Document", "Working days overdue")
SHEET_DISCIPLINE = QT_TRANSLATE_NOOP("Document", "Execution discipline")
DISCIPLINE_TITLE = QT_TRANSLATE_NOOP("Document", "Execution discipline for {year}")
COL_AGENCY = QT_TRANSLATE_NOOP("Document", "Agency")
COL_DUE_COUNT = QT_TRANSLATE_NOOP("Document", "Due")
COL_ON_TIME = QT_TRANSLATE_NOOP("Document", "Executed on time")
COL_LATE = QT_TRANSLATE_NOOP("Document", "Executed late")
COL_OVERDUE_COUNT = QT_TRANSLATE_NOOP("Document", "Overdue")
COL_AVERAGE_LATE = QT_TRANSLATE_NOOP("Document", "Average working days late")

# --- the individual programme of social-legal assistance (programme_docx) -------------------
PROGRAMME_TITLE = QT_TRANSLATE_NOOP(
    "Document", "INDIVIDUAL PROGRAMME\nof social-legal assistance\n(case No. {number})"
)
PROGRAMME_CLIENT = QT_TRANSLATE_NOOP("Document", "Full name: {name}")
PROGRAMME_BIRTH_DATE = QT_TRANSLATE_NOOP("Document", "Date of birth: {date}")
PROGRAMME_DISTRICT = QT_TRANSLATE_NOOP("Document", "District: {district}")
PROGRAMME_OPENED = QT_TRANSLATE_NOOP("Document", "Case opened: {date}")
PROGRAMME_APPROVED = QT_TRANSLATE_NOOP("Document", "Programme approved: {date}")
PROGRAMME_NEEDS = QT_TRANSLATE_NOOP("Document", "Needs identified:")
PROGRAMME_NO_NEEDS = QT_TRANSLATE_NOOP("Document", "no needs were recorded")
PROGRAMME_MEASURES = QT_TRANSLATE_NOOP("Document", "Measures of the programme:")
PROGRAMME_NO_MEASURES = QT_TRANSLATE_NOOP("Document", "No measures are planned yet.")
# Russian agrees with the client: «ознакомлен и согласен» / «ознакомлена и согласна».
PROGRAMME_CONSENT = {
    "male": QT_TRANSLATE_NOOP(
        "Document",
        "I have read the programme and agree to take part in it; I have been told which "
        "agencies will help me and by when. (man)",
    ),
    "female": QT_TRANSLATE_NOOP(
        "Document",
        "I have read the programme and agree to take part in it; I have been told which "
        "agencies will help me and by when. (woman)",
    ),
}
PROGRAMME_OFFICER = QT_TRANSLATE_NOOP("Document", "Probation officer")
PROGRAMME_CLIENT_SIGNS = QT_TRANSLATE_NOOP("Document", "Person on the register")
SIGNATURE_LINE = QT_TRANSLATE_NOOP("Document", "__________ {name}")
SIGNATURE_DATE = QT_TRANSLATE_NOOP("Document", "“___” __________ 20___")
COL_HELP_KIND = QT_TRANSLATE_NOOP("Document", "Kind of help")
COL_ACTION = QT_TRANSLATE_NOOP("Document", "Action")
COL_RESPONSIBLE_AGENCY = QT_TRANSLATE_NOOP("Document", "Responsible agency")
COL_DEADLINE = QT_TRANSLATE_NOOP("Document", "Deadline")

# --- kinds of help (values of domain.enums.NeedKind) ----------------------------------------
NEED_KINDS = {
    "employment": QT_TRANSLATE_NOOP("DocumentNeedKind", "employment"),
    "housing": QT_TRANSLATE_NOOP("DocumentNeedKind", "housing"),
    "documents": QT_TRANSLATE_NOOP("DocumentNeedKind", "identity documents"),
    "health": QT_TRANSLATE_NOOP("DocumentNeedKind", "medical care"),
    "addiction": QT_TRANSLATE_NOOP("DocumentNeedKind", "treatment of addiction"),
    "education": QT_TRANSLATE_NOOP("DocumentNeedKind", "education"),
    "psychological": QT_TRANSLATE_NOOP("DocumentNeedKind", "psychological help"),
    "legal": QT_TRANSLATE_NOOP("DocumentNeedKind", "legal help"),
    "benefits": QT_TRANSLATE_NOOP("DocumentNeedKind", "social benefits"),
    "family": QT_TRANSLATE_NOOP("DocumentNeedKind", "restoring family ties"),
}

# --- the calendar for Outlook (ical) ---------------------------------------------------------
ICAL_NAME = QT_TRANSLATE_NOOP("Document", "{commission}: sittings and deadlines")
ICAL_SITTING = QT_TRANSLATE_NOOP("Document", "Sitting of the commission No. {number}")
ICAL_SITTING_EXTRAORDINARY = QT_TRANSLATE_NOOP(
    "Document", "Extraordinary sitting of the commission No. {number}"
)
ICAL_CONTROL = QT_TRANSLATE_NOOP(
    "Document", "Deadline: decision {number} of the minutes No. {meeting} — {agency}"
)
ICAL_CONTROL_NO_AGENCY = QT_TRANSLATE_NOOP(
    "Document", "Deadline: decision {number} of the minutes No. {meeting}"
)
ICAL_MEASURE = QT_TRANSLATE_NOOP("Document", "Measure deadline: case No. {case} — {need}")

# --- the probation registers (probation_registers_xlsx) -------------------------------------
SHEET_CLIENTS = QT_TRANSLATE_NOOP("Document", "Clients")
CLIENTS_REGISTER_TITLE = QT_TRANSLATE_NOOP("Document", "Register of probation clients as of {date}")
SHEET_CASES = QT_TRANSLATE_NOOP("Document", "Cases")
CASES_REGISTER_TITLE = QT_TRANSLATE_NOOP(
    "Document", "Register of social-support cases as of {date}"
)
COL_IIN = QT_TRANSLATE_NOOP("Document", "IIN")
COL_FULL_NAME = QT_TRANSLATE_NOOP("Document", "Full name")
COL_BIRTH_DATE = QT_TRANSLATE_NOOP("Document", "Date of birth")
COL_CATEGORY = QT_TRANSLATE_NOOP("Document", "Category")
COL_DISTRICT = QT_TRANSLATE_NOOP("Document", "District")
COL_OFFICER = QT_TRANSLATE_NOOP("Document", "Probation officer")
COL_REGISTERED_ON = QT_TRANSLATE_NOOP("Document", "Registered on")
COL_DEREGISTERED_ON = QT_TRANSLATE_NOOP("Document", "Removed on")
COL_CASES = QT_TRANSLATE_NOOP("Document", "Cases")
COL_CASE_NUMBER = QT_TRANSLATE_NOOP("Document", "Case No.")
COL_CLIENT = QT_TRANSLATE_NOOP("Document", "Client")
COL_OPENED_ON = QT_TRANSLATE_NOOP("Document", "Opened on")
COL_PROGRAMME_STATE = QT_TRANSLATE_NOOP("Document", "Programme")
COL_MEASURES_OPEN = QT_TRANSLATE_NOOP("Document", "Open measures")
COL_MEASURES_OVERDUE = QT_TRANSLATE_NOOP("Document", "Overdue measures")

# --- client categories (values of domain.enums.ClientCategory) ------------------------------
CLIENT_CATEGORIES = {
    "conditional": QT_TRANSLATE_NOOP("DocumentClientCategory", "conditional sentence"),
    "restricted_freedom": QT_TRANSLATE_NOOP("DocumentClientCategory", "restriction of liberty"),
    "parole": QT_TRANSLATE_NOOP("DocumentClientCategory", "parole"),
    "other_noncustodial": QT_TRANSLATE_NOOP(
        "DocumentClientCategory", "other non-custodial punishment"
    ),
    "deferred": QT_TRANSLATE_NOOP("DocumentClientCategory", "deferred sentence"),
    "released": QT_TRANSLATE_NOOP("DocumentClientCategory", "released after serving"),
    "pretrial": QT_TRANSLATE_NOOP("DocumentClientCategory", "pre-trial"),
    "minor": QT_TRANSLATE_NOOP("DocumentClientCategory", "minor"),
}

# --- programme states (values of domain.enums.ProgrammeState) -------------------------------
PROGRAMME_STATES = {
    "draft": QT_TRANSLATE_NOOP("DocumentProgrammeState", "draft"),
    "approved": QT_TRANSLATE_NOOP("DocumentProgrammeState", "approved"),
    "in_progress": QT_TRANSLATE_NOOP("DocumentProgrammeState", "in progress"),
    "completed": QT_TRANSLATE_NOOP("DocumentProgrammeState", "completed"),
    "closed": QT_TRANSLATE_NOOP("DocumentProgrammeState", "closed"),
    "stopped": QT_TRANSLATE_NOOP("DocumentProgrammeState", "stopped"),
}


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate")
    if found:
        return found
    return str(Path(sys.executable).with_name("pyside6-lupdate"))


def _plural_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """The plural («%n») messages of a .ts file, by (context, source)."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found[(name, message.findtext("source") or "")] = message
    return found


def _restore_plurals(root: ET.Element, plurals: dict[tuple[str, str], ET.Element]) -> None:
    """Put back the plural forms lupdate flattens: it does not see a count passed to a bare
    ``QTranslator.translate`` (``Wording.calendar_days``) and would drop the numerus forms."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        messages = list(context.iter("message"))
        for message in messages:
            kept = plurals.get((name, message.findtext("source") or ""))
            if kept is not None and message.get("numerus") != "yes":
                index = list(context).index(message)
                context.remove(message)
                context.insert(index, kept)


def update_translation_files(targets: dict[str, Path] | None = None) -> list[Path]:
    """Run lupdate over this package into the documents' files, keeping only Document contexts.

    ``targets`` maps a language to its .ts file (default: ``resources/i18n/documents_*.ts``);
    the tests pass copies to check that the shipped files are current.
    """
    files = targets or {language: ts_path(language, DOMAIN) for language in DOCUMENT_LANGUAGES}
    plurals = {language: _plural_messages(target) for language, target in files.items()}
    package = Path(__file__).resolve().parent
    # The read models (the phrase book's defaults) and the services (fixed texts they store in
    # both languages) mark document words too; their other contexts are dropped below.
    folders = [package, package.parent / "documents", package.parent / "services"]
    command = [_lupdate(), "-extensions", "py", *map(str, folders)]  # a folder is scanned for C++
    command += ["-ts", *map(str, files.values()), "-no-obsolete", "-locations", "none"]
    subprocess.run(command, check=True, capture_output=True)
    for language, target in files.items():
        tree = ET.parse(target)
        root = tree.getroot()
        _restore_plurals(root, plurals[language])
        root.set("language", language)
        # Error messages of this package belong to the interface's files, not the documents'.
        for context in list(root.iter("context")):
            if not (context.findtext("name") or "").startswith("Document"):
                root.remove(context)
        tree.write(target, encoding="utf-8", xml_declaration=True)
    return list(files.values())


if __name__ == "__main__":
    for path in update_translation_files():
        print(path)
