"""The vote on a decision's point: nobody types «принято» — the result is computed from the
counts, with the chair's casting vote on a tie where the commission's rules give one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commission.domain.voting import AGAINST, FOR, InvalidVote, vote_outcome
from commission.services.decisions import DecisionView
from commission.ui.context import message_of
from commission.ui.meetings.decision_setting import ERROR_STYLE, DecisionSetting
from commission.ui.meetings.decision_term import buddy
from commission.ui.meetings.record_labels import plain, vote_result_text


@dataclass(frozen=True)
class VoteValues:
    """The vote's fields of ``DecisionData`` as the form holds them."""

    votes_for: int | None
    votes_against: int | None
    votes_abstained: int | None
    all_present_for_except: bool
    chair_side: str | None
    dissenters: str | None


class VoteBox(QGroupBox):
    """The «Vote» group of the decision dialog.

    Attributes:
        loading: while True (the dialog fills the fields) the result is not recomputed.
    """

    def __init__(self, setting: DecisionSetting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Vote"))
        self.setting = setting
        self.loading = False
        q = setting.quorum
        self.present_label = QLabel(
            self.tr("Voting members present: {present} of {total} (quorum: {required}).").format(
                present=q.present, total=q.total, required=q.required
            )
        )
        self.present_label.setWordWrap(True)
        self.vote_none = QRadioButton(self.tr("&No vote taken"))
        self.vote_counted = QRadioButton(self.tr("&Voted:"))
        self.vote_all = QRadioButton(self.tr("&All present voted «for», except:"))
        self.vote_mode = QButtonGroup(self)
        for button in (self.vote_none, self.vote_counted, self.vote_all):
            self.vote_mode.addButton(button)
        self.vote_none.setChecked(True)
        self.vote_mode.buttonToggled.connect(self._vote_toggled)

        self.votes_for = self._count_spin()
        self.votes_against = self._count_spin()
        self.votes_abstained = self._count_spin()
        self.dissenters = QLineEdit()
        self.dissenters.setMaxLength(500)
        self.dissenters.setPlaceholderText(self.tr("Names, e.g. «Li V. S.»"))
        counts = QGridLayout()
        counts.setContentsMargins(24, 0, 0, 0)  # under the radio buttons they belong to
        for row, (text, spin) in enumerate(
            (
                (self.tr("«&For»:"), self.votes_for),
                (self.tr("«A&gainst»:"), self.votes_against),
                (self.tr("«Ab&stained»:"), self.votes_abstained),
            )
        ):
            counts.addWidget(buddy(text, spin), row, 0)
            counts.addWidget(spin, row, 1)
        counts.addWidget(
            buddy(self.tr("Who voted against or abstained (na&mes):"), self.dissenters),
            3,
            0,
            1,
            3,
        )
        counts.addWidget(self.dissenters, 4, 0, 1, 3)
        counts.setColumnStretch(2, 1)

        self.chair_for = QRadioButton(self.tr("«for»"))
        self.chair_against = QRadioButton(self.tr("«against»"))
        self.chair_side = QButtonGroup(self)
        self.chair_side.addButton(self.chair_for)
        self.chair_side.addButton(self.chair_against)
        self.chair_side.buttonToggled.connect(self._vote_toggled)
        self.chair_row = QWidget()
        chair = QHBoxLayout(self.chair_row)
        chair.setContentsMargins(0, 0, 0, 0)
        chair.addWidget(
            QLabel(self.tr("The votes are tied; the chair's vote decides. The chair voted"))
        )
        chair.addWidget(self.chair_for)
        chair.addWidget(self.chair_against)
        chair.addStretch(1)
        self.chair_row.hide()

        self.vote_result = QLabel()
        self.vote_result.setWordWrap(True)
        self.vote_result.setTextFormat(Qt.TextFormat.PlainText)
        self.vote_result.setMinimumWidth(360)
        font = self.vote_result.font()
        font.setBold(True)
        self.vote_result.setFont(font)

        layout = QVBoxLayout(self)
        layout.addWidget(self.present_label)
        layout.addWidget(self.vote_none)
        layout.addWidget(self.vote_counted)
        layout.addWidget(self.vote_all)
        layout.addLayout(counts)
        layout.addWidget(self.chair_row)
        layout.addWidget(self.vote_result)

    def _vote_toggled(self, _button: object, on: bool) -> None:
        if on:
            self.update_vote()

    def _count_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, max(self.setting.quorum.present, 0))
        spin.setMinimumWidth(80)
        spin.valueChanged.connect(lambda _v: self.update_vote())
        return spin

    def _vote_counts(self) -> tuple[int, int, int] | None:
        if self.vote_none.isChecked():
            return None
        against, abstained = self.votes_against.value(), self.votes_abstained.value()
        if self.vote_all.isChecked():
            return self.setting.quorum.present - against - abstained, against, abstained
        return self.votes_for.value(), against, abstained

    def is_tie(self) -> bool:
        counts = self._vote_counts()
        return counts is not None and counts[0] == counts[1] and counts[0] > 0

    def chair_side_value(self) -> str | None:
        if not (self.is_tie() and self.setting.chair_casting_vote):
            return None
        if self.chair_for.isChecked():
            return FOR
        if self.chair_against.isChecked():
            return AGAINST
        return None

    def update_vote(self) -> None:
        if self.loading:
            return
        counted = not self.vote_none.isChecked()
        all_mode = self.vote_all.isChecked()
        self.votes_for.setEnabled(counted and not all_mode)
        self.votes_against.setEnabled(counted)
        self.votes_abstained.setEnabled(counted)
        self.dissenters.setEnabled(counted)
        counts = self._vote_counts()
        if all_mode and counts is not None:
            self.votes_for.blockSignals(True)
            self.votes_for.setValue(max(counts[0], 0))
            self.votes_for.blockSignals(False)
        self.chair_row.setVisible(self.is_tie() and self.setting.chair_casting_vote)
        text, is_error = self.vote_result_text()
        self.vote_result.setText(text)
        self.vote_result.setStyleSheet(ERROR_STYLE if is_error else "")

    def vote_result_text(self) -> tuple[str, bool]:
        counts = self._vote_counts()
        if counts is None:
            return self.tr("No vote: the minutes give no vote results for this point."), False
        votes_for, against, abstained = counts
        if self.vote_all.isChecked() and votes_for < 0:
            return (
                self.tr("More «against» and «abstained» than voting members present ({n}).").format(
                    n=self.setting.quorum.present
                ),
                True,
            )
        side = self.chair_side_value()
        if self.is_tie() and self.setting.chair_casting_vote and side is None:
            return self.tr("The votes are tied: say how the chair voted."), True
        try:
            outcome = vote_outcome(
                votes_for,
                against,
                abstained,
                self.setting.quorum.present,
                self.setting.chair_casting_vote,
                side,
                self.setting.majority_of_present,
            )
        except InvalidVote as exc:
            return message_of(exc), True
        present = self.setting.quorum.present
        return vote_result_text(votes_for, against, abstained, outcome, present), False

    def focus_chain(self) -> list[QWidget]:
        return [
            self.vote_none,
            self.vote_counted,
            self.vote_all,
            self.votes_for,
            self.votes_against,
            self.votes_abstained,
            self.dissenters,
            self.chair_for,
            self.chair_against,
        ]

    def error_fields(self) -> dict[str, QWidget]:
        """The service's field names of the vote and the widgets that show them."""
        return {
            "votes_for": self.votes_for,
            "votes_against": self.votes_against,
            "votes_abstained": self.votes_abstained,
            "dissenters": self.dissenters,
            "chair_side": self.chair_for,
        }

    def load(self, d: DecisionView) -> None:
        if d.votes_for is not None:
            top = max(
                self.setting.quorum.present,
                d.votes_for,
                d.votes_against or 0,
                d.votes_abstained or 0,
            )
            for spin in (self.votes_for, self.votes_against, self.votes_abstained):
                spin.setMaximum(top)
            self.vote_counted.setChecked(True)
            self.votes_for.setValue(d.votes_for)
            self.votes_against.setValue(d.votes_against or 0)
            self.votes_abstained.setValue(d.votes_abstained or 0)
            self.dissenters.setText(plain(d.dissenters).replace("\n", " "))
            if d.votes_for == (d.votes_against or 0) and d.votes_for > 0:
                # The chair's side is not in the view; on a tie the result says it.
                (self.chair_for if d.adopted else self.chair_against).setChecked(True)

    def values(self) -> VoteValues:
        counted = not self.vote_none.isChecked()
        all_mode = self.vote_all.isChecked()
        return VoteValues(
            votes_for=self.votes_for.value() if counted and not all_mode else None,
            votes_against=self.votes_against.value() if counted else None,
            votes_abstained=self.votes_abstained.value() if counted else None,
            all_present_for_except=all_mode,
            chair_side=self.chair_side_value() if counted else None,
            dissenters=self.dissenters.text() if counted else None,
        )
