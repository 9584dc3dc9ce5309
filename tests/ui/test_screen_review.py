"""The screen review as a test: every area and card of every role, in Russian and in Kazakh, at
1280×800, with no text cut at its edge, no column title cut, no key column out of sight and no
window wider than the screen; and in Kazakh, no Russian-only text of the program or of the demo
(``commission.devtools.screen_review``; the pictures of the same walk:
``python installer/review_screens.py OUT``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from commission import i18n
from commission.db.engine import Database
from commission.devtools import screen_review
from commission.devtools.screen_review import checks, kazakh
from commission.devtools.screen_review.checks import Finding
from commission.ui.admin.tables import Column, RowsModel

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

# Findings in screens other helpers are reworking in parallel (issue 14): (kind, the widget's
# owner as the finding names it). The lead empties this list once their branches are merged;
# everything else the review finds fails the test.
# Findings left for a later change, as (kind, widget prefix); empty: every screen passes.
ELSEWHERE: tuple[tuple[str, str], ...] = ()


def _elsewhere(finding: Finding) -> bool:
    return any(finding.kind == k and finding.widget.startswith(w) for k, w in ELSEWHERE)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, object], Path]]:
    folder = tmp_path_factory.mktemp("screen-review")
    databases = screen_review.demo_databases(folder)
    yield databases, folder
    for db in databases.values():
        assert isinstance(db, Database)
        db.dispose()


@pytest.fixture
def guide_font(qapp: QApplication) -> Iterator[None]:
    """The guide's pictures' font (Windows' own is as wide): the findings match the PNGs."""
    font = QApplication.font()
    QApplication.setFont(QFont("DejaVu Sans", 9))
    yield
    QApplication.setFont(font)


_walked: dict[str, tuple[list[Finding], list[Finding]]] = {}


def _walk(demo: tuple[dict[str, object], Path], language: str) -> tuple[list[Finding], ...]:
    """(what does not fit, Russian-only texts) of one walk in ``language``: the two tests of a
    language share it, a walk of every role takes a while."""
    if language not in _walked:
        databases, folder = demo
        russian = kazakh.catalog(d for d in databases.values() if isinstance(d, Database))
        in_russian: list[Finding] = []

        def also(name: str, widget: QWidget) -> None:
            if language == "kk":
                in_russian.extend(kazakh.russian_only(widget, name, russian))

        i18n.install(language)
        try:
            unfit = screen_review.review_all(databases, folder, also=also)
        finally:
            i18n.install("en")
        _walked[language] = (unfit, in_russian)
    return _walked[language]


def _report(found: list[Finding]) -> str:
    screens = {f.screen for f in found}
    wrong = sorted({f.line() for f in found if not _elsewhere(f)})
    return f"{len(wrong)} findings on {len(screens)} screens:\n" + "\n".join(wrong) if wrong else ""


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_screen_fits_1280(
    demo: tuple[dict[str, object], Path], guide_font: None, language: str
) -> None:
    unfit, _russian = _walk(demo, language)
    assert not _report(unfit), _report(unfit)


def test_the_kazakh_interface_shows_no_russian(
    demo: tuple[dict[str, object], Path], guide_font: None
) -> None:
    """Every area and card of every role in Kazakh, on the demo stored in both languages."""
    _unfit, russian = _walk(demo, "kk")
    assert not _report(russian), _report(russian)


# --- the checks themselves -------------------------------------------------------------------


class _Plan(RowsModel[tuple[str, str]]):
    def make_columns(self) -> list[Column[tuple[str, str]]]:
        return [Column("Question", lambda r: r[0]), Column("State", lambda r: r[1])]


def test_the_checks_find_a_cut_label_a_cut_title_and_a_key_column_out_of_sight(
    qtbot: QtBot, guide_font: None
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("Заседание не может быть проведено: кворума нет")
    label.setFixedWidth(80)
    fitting = QLabel("Да")
    model = _Plan()
    model.set_rows([("О профилактике правонарушений среди несовершеннолетних", "Выполнено")])
    table = QTableView()
    table.setModel(model)
    table.setProperty("priorityColumns", [1])
    table.horizontalHeader().setStretchLastSection(False)
    table.setColumnWidth(0, 900)
    table.setColumnWidth(1, 20)
    layout.addWidget(label)
    layout.addWidget(fitting)
    layout.addWidget(table)
    window.resize(500, 300)
    window.show()
    qtbot.waitExposed(window)

    found = checks.review(window, "test", 400)
    kinds = {(f.kind, f.widget.split("«")[-1].rstrip("»")) for f in found}
    assert ("clipped-text", "Заседание не может быть проведено: кворума нет") in kinds
    assert ("narrow-header", "State") in kinds  # 20 px for «State»
    assert ("priority-column", "State") in kinds  # past the 500 px viewport
    assert ("too-wide", "") in {(f.kind, "") for f in found}  # 500 px on a 400 px screen
    assert not [f for f in found if "«Да»" in f.widget]


def test_russian_is_found_by_its_translation_or_its_stored_kazakh(qtbot: QtBot) -> None:
    russian = kazakh.RussianCatalog()
    russian.add(["Снято с контроля как исполненное (протокол № {number})"], set())
    russian.add(["Целиноградский район"], {"Целиноград ауданы"}, pieces=False)
    assert russian.russian_of("Снято с контроля как исполненное (протокол № 3)")
    assert russian.russian_of("Целиноградский район")
    assert russian.russian_of("Целиноград ауданы") is None  # Kazakh
    assert russian.russian_of("Нурланова Айгерим Ерлановна") is None  # a name, as typed
    window = QLabel("Целиноградский район")
    qtbot.addWidget(window)
    window.show()
    found = kazakh.russian_only(window, "test", russian)
    assert [f.kind for f in found] == ["russian"]
