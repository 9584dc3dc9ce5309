"""What the client card shows of transfers: the banner of a card the district transferred away
(its trace, read-only), that trace's case history, and the moves a current card went through."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from commission.services.client_traces import TraceEntry, TransferNote
from commission.ui.cases.labels import event_kind_label, measure_state_label, need_kind_label


def _day(value: object) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


def banner_text(note: TransferNote) -> str:
    return QCoreApplication.translate(
        "TraceView",
        "Transferred to {district} on {date}. This is the card and the history as they were "
        "that day; they can no longer be changed here.",
    ).format(district=note.to_district, date=_day(note.transferred_on))


def banner(note: TransferNote, parent: QWidget | None = None) -> QLabel:
    label = QLabel(banner_text(note), parent)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setStyleSheet("QLabel { background: #fff4ce; padding: 6px; }")
    return label


def moves_text(notes: tuple[TransferNote, ...]) -> str:
    """«Transferred from A to B on …», one line per move, for the card's status."""
    return "\n".join(
        QCoreApplication.translate(
            "TraceView", "Transferred from {source} to {district} on {date}"
        ).format(source=n.from_district, district=n.to_district, date=_day(n.transferred_on))
        for n in notes
    )


def _what(entry: TraceEntry) -> str:
    if entry.event_kind is not None:
        return event_kind_label(entry.event_kind)
    parts = [need_kind_label(entry.need_kind)] if entry.need_kind else []
    if entry.measure_state is not None:
        parts.append(measure_state_label(entry.measure_state))
    return ", ".join(parts)


def history_table(entries: tuple[TraceEntry, ...], parent: QWidget | None = None) -> QTableWidget:
    """The cases' events and measures of a trace, one row each."""
    table = QTableWidget(len(entries), 4, parent)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("TraceView", "Date"),
            QCoreApplication.translate("TraceView", "Case No."),
            QCoreApplication.translate("TraceView", "Entry"),
            QCoreApplication.translate("TraceView", "Text"),
        ]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    for row, entry in enumerate(entries):
        for column, text in enumerate(
            (_day(entry.on), entry.case_number, _what(entry), entry.text)
        ):
            table.setItem(row, column, QTableWidgetItem(text))
    table.setMaximumHeight(180)
    return table
