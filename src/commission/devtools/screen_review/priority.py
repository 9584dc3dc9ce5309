"""The columns users scan in each list: they must be in sight at 1280 px in both languages.

Keyed by the class whose ``tr()`` titles the columns (the model of a record table, or the
screen that builds a lazy list), the titles as written in the source; the check translates them
into the interface's language. A view may instead carry a ``priorityColumns`` property (a list
of column numbers), which wins.
"""

from __future__ import annotations

PRIORITY_TITLES: dict[str, tuple[str, ...]] = {
    # The four lazy lists.
    "MeetingsList": ("No.", "Date", "Status"),
    "DecisionsArea": ("Decision", "Due date", "State"),
    "CasesArea": ("Case No.", "Client", "Probation officer"),
    "ClientsArea": ("Full name", "Category", "Probation officer"),
    # The officer's start page: whom, what is due and where it stands.
    "OfficerHomeArea": ("Client", "Due", "Where it stands"),
    # The agenda item editor's tables (record tables declare theirs: set_key_columns).
    "DecisionModel": ("Decision", "Term"),
    "ProgressModel": ("Instruction", "Term", "State"),
    "DiscussionModel": ("Speaker", "Summary"),
}


def priority_titles(owner: str) -> tuple[str, ...]:
    return PRIORITY_TITLES.get(owner, ())
