"""The lazy list's row cache is bounded: scrolling a long register to its end keeps the rows
last seen, not every row, and a row dropped is fetched again, the same, when shown again. A
list shown from its first page reads the rest only when scrolled to, and never while painting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from commission.ui.lazy_model import PLACEHOLDER, LazyTableModel


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


def test_a_list_shown_from_its_first_page_reads_the_rest_once_scrolled_to() -> None:
    whole = list(range(1, 1001))
    rests: list[int] = []

    def rest() -> list[int]:
        rests.append(1)
        return whole

    model: LazyTableModel[Line] = LazyTableModel(
        ["text"], lambda ids: [Line(i, f"decision {i}") for i in ids], lambda r: [r.text]
    )
    model.set_first_ids(whole[:200], None, rest)
    assert model.rowCount() == 200  # painted before anything counted the list
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_total(1000)
    assert model.rowCount() == 1000 and inserted == [(200, 999)]
    display = Qt.ItemDataRole.DisplayRole
    assert model.data(model.index(10, 0), display) == "decision 11"
    assert model.data(model.index(700, 0), display) == PLACEHOLDER  # never read while painting
    assert rests == []
    QCoreApplication.processEvents()
    assert rests == [1]
    assert model.data(model.index(700, 0), display) == "decision 701"
    assert model.ids() == whole and rests == [1]


def test_a_list_that_changed_meanwhile_is_shown_as_it_now_is() -> None:
    model: LazyTableModel[Line] = LazyTableModel(
        ["text"], lambda ids: [Line(i, str(i)) for i in ids], lambda r: [r.text]
    )
    model.set_first_ids([1, 2, 3], 6, lambda: [1, 2, 4, 5])  # one deleted, one added
    assert model.rowCount() == 6
    model.complete()
    assert model.rowCount() == 4 and model.ids() == [1, 2, 4, 5]
