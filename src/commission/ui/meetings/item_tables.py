"""The tables of an agenda item's editor: speeches, the points decided, and the decisions of
earlier meetings under review."""

from __future__ import annotations

from collections.abc import Mapping

from commission.documents.minutes import Bilingual, ProgressLine
from commission.domain.control import ComputedState
from commission.i18n import current_language
from commission.services.agenda import DiscussionView
from commission.services.decisions import DecisionView
from commission.ui.admin.tables import Column, RowsModel
from commission.ui.meetings.record_labels import (
    minutes_ref,
    one_line,
    plain,
    term_short,
    vote_short,
)
from commission.ui.overview_labels import computed_state_label, decision_kind_label


def shown(ru: str | None, kk: str | None) -> str:
    """A two-language text in the interface's language, else in the other one."""
    return Bilingual.of(ru, kk).get(current_language())


class DiscussionModel(RowsModel[DiscussionView]):
    def make_columns(self) -> list[Column[DiscussionView]]:
        return [
            Column(self.tr("No."), lambda d: d.position),
            Column(self.tr("Speaker"), lambda d: one_line(shown(d.speaker, d.speaker_kk))),
            Column(
                self.tr("Summary"),
                lambda d: one_line(shown(d.summary, d.summary_kk)),
                tooltip=lambda d: plain(shown(d.summary, d.summary_kk)) or None,
            ),
        ]


class DecisionModel(RowsModel[DecisionView]):
    """The points of «ПОСТАНОВИЛИ»; agency names come from the tab's list of agencies."""

    def __init__(self) -> None:
        self.agency_names: Mapping[int, str] = {}
        super().__init__()

    def _agency(self, agency_id: int | None) -> str:
        if agency_id is None:
            return ""
        return self.agency_names.get(agency_id, "")

    def _executors(self, d: DecisionView) -> str | None:
        names = [self._agency(i) for i in d.co_executor_ids]
        if not names:
            return None
        return self.tr("Co-executors: {names}").format(names=", ".join(names))

    def make_columns(self) -> list[Column[DecisionView]]:
        return [
            Column(self.tr("No."), lambda d: d.number),
            Column(self.tr("Kind"), lambda d: decision_kind_label(d.kind)),
            Column(
                self.tr("Decision"),
                lambda d: one_line(shown(d.text, d.text_kk)),
                tooltip=lambda d: plain(shown(d.text, d.text_kk)) or None,
            ),
            Column(
                self.tr("Lead agency"),
                lambda d: self._agency(d.lead_agency_id),
                tooltip=self._executors,
            ),
            Column(self.tr("Term"), lambda d: term_short(d.deadline, d.due_dates)),
            Column(
                self.tr("Vote"),
                lambda d: vote_short(
                    d.votes_for, d.votes_against, d.votes_abstained, d.adopted, d.casting_vote_used
                ),
            ),
        ]


class ProgressModel(RowsModel[ProgressLine]):
    def key_of(self, row: ProgressLine) -> int:
        return row.ref.decision_id

    def make_columns(self) -> list[Column[ProgressLine]]:
        return [
            Column(self.tr("Point"), lambda p: p.ref.number),
            Column(
                self.tr("Minutes"), lambda p: minutes_ref(p.ref.meeting_number, p.ref.meeting_date)
            ),
            Column(
                self.tr("Instruction"),
                lambda p: one_line(p.text.get(current_language())),
                tooltip=lambda p: plain(p.text.get(current_language())) or None,
            ),
            Column(
                self.tr("Lead agency"),
                lambda p: p.lead.short_name.get(current_language()) if p.lead is not None else "",
            ),
            Column(self.tr("Term"), lambda p: p.due_date),
            Column(self.tr("State"), lambda p: computed_state_label(ComputedState(p.state))),
        ]
