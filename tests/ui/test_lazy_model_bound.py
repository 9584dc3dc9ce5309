"""The lazy list's row cache is bounded: scrolling a long register to its end keeps the rows
last seen, not every row, and a row dropped is fetched again, the same, when shown again."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from commission.ui.lazy_model import LazyTableModel


@dataclass(frozen=True)
class Line:
    id: int
    text: str


def test_scrolling_to_the_end_keeps_at_most_the_bound() -> None:
    asked: list[list[int]] = []

    def fetch(ids: list[int]) -> list[Line]:
        asked.append(ids)
        return [Line(i, f"decision {i}") for i in ids]

    model: LazyTableModel[Line] = LazyTableModel(
        ["text"], fetch, lambda r: [r.text], page_size=100, max_cached_rows=500
    )
    model.set_ids(range(1, 5001))
    display = Qt.ItemDataRole.DisplayRole
    for row in range(model.rowCount()):
        assert model.data(model.index(row, 0), display) == f"decision {row + 1}"
        assert model.cached_count() <= 500
    assert model.cached_count() == 500
    assert len(asked) == 50  # each page fetched once on the way down

    # The last rows seen are held; the first screen was dropped and comes back the same.
    assert model.data(model.index(4999, 0), display) == "decision 5000"
    assert len(asked) == 50
    assert model.data(model.index(0, 0), display) == "decision 1"
    assert len(asked) == 51 and asked[-1][0] == 1
    assert model.row_at(0) == Line(1, "decision 1")


def test_rows_at_hand_are_all_kept() -> None:
    model: LazyTableModel[Line] = LazyTableModel(
        ["text"], lambda ids: [], lambda r: [r.text], page_size=10, max_cached_rows=10
    )
    model.set_rows(Line(i, str(i)) for i in range(1, 51))
    assert model.cached_count() == 50
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "1"
