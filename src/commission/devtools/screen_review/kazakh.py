"""Russian in the Kazakh interface: every text a screen shows, checked against what the program
and the demo say in Russian.

A shown text is Russian-only when it has Cyrillic letters but none of Kazakh's own
(әғқңөұүһі) and it is, or holds a long piece of, a Russian text of the program (its Russian
translations, the fixed words of its documents) or a Russian value the demo also stores in
Kazakh. Values stored in one language only are what users typed (a person's name, a note):
they are shown as typed and never count.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

from commission.db.engine import Database
from commission.devtools.screen_review.checks import Finding, describe, shown_widgets
from commission.resources import resources_dir

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# The pieces of a translation around its placeholders, tags and line breaks.
_SPLIT = re.compile(r"\{[^}]*\}|%n|%\d|<[^>]*>|\n|«|»|…")
# A piece this long found inside a shown text is that text's Russian, not a chance likeness.
LONG_PIECE = 14
# Russian shown on purpose in the Kazakh interface:
# - each language named in itself where one is chosen (the log-in, the wizard, the settings);
ON_PURPOSE_TEXTS = frozenset({"Русский"})
# - columns that show the Russian beside the Kazakh (model class, column): the phrase book's
#   «Russian» column, which the administrator edits.
ON_PURPOSE_COLUMNS = frozenset({("PhraseModel", 1)})
# Rows of a table read for the check: the demo's lists are shorter; a page is what one sees.
ROWS_READ = 200


def is_kazakh(text: str) -> bool:
    return any(c in KAZAKH_LETTERS for c in text)


def normal(text: str) -> str:
    """A text as compared: without accelerators and repeated spaces, without the colon of a
    label."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).strip(" :")


@dataclass
class RussianCatalog:
    """The Russian the program and the demo could show by mistake in the Kazakh interface."""

    whole: set[str] = field(default_factory=set)
    pieces: set[str] = field(default_factory=set)
    _seen: dict[str, str | None] = field(default_factory=dict)

    def add(self, texts: Iterable[str], kazakh: set[str], pieces: bool = True) -> None:
        """``pieces``: also the parts between a translation's placeholders; a stored value
        counts whole only (its parts may well be in what a user typed)."""
        for text in texts:
            if not _CYRILLIC.search(text) or is_kazakh(text) or normal(text) in kazakh:
                continue  # the same in both languages (a name, an abbreviation)
            self.whole.add(normal(text))
            if not pieces:
                if len(normal(text)) >= LONG_PIECE:
                    self.pieces.add(normal(text))
                continue
            for piece in _SPLIT.split(text):
                piece = normal(piece)
                if len(piece) >= LONG_PIECE and not is_kazakh(piece):
                    self.pieces.add(piece)

    def russian_of(self, shown: str) -> str | None:
        """The Russian text ``shown`` is or holds; None when it is not Russian-only."""
        text = normal(shown)
        if text in self._seen:
            return self._seen[text]
        found: str | None = None
        if len(text) > 2 and _CYRILLIC.search(text) and not is_kazakh(text):
            if text in self.whole:
                found = text
            else:
                found = next((p for p in self.pieces if p in text), None)
        self._seen[text] = found
        return found


def _ts_translations(name: str) -> list[str]:
    root = ET.parse(resources_dir() / "i18n" / name).getroot()
    texts: list[str] = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform") or [translation]
        texts.extend(f.text or "" for f in forms)
    return [t for t in texts if t]


def catalog(databases: Iterable[Database]) -> RussianCatalog:
    """The program's Russian texts and the demo's Russian values that have a Kazakh one."""
    stored, stored_kk = demo_values(databases)
    program = _ts_translations("commission_ru.ts") + _ts_translations("documents_ru.ts")
    program_kk = _ts_translations("commission_kk.ts") + _ts_translations("documents_kk.ts")
    kazakh = {normal(k) for k in (*stored_kk, *program_kk)}
    found = RussianCatalog()
    found.add(program, kazakh)
    found.add(stored, kazakh, pieces=False)
    return found


def demo_values(databases: Iterable[Database]) -> tuple[list[str], list[str]]:
    """(Russian, Kazakh) values of every column stored in both languages (``x``/``x_ru`` beside
    ``x_kk``) where both are filled: the Kazakh interface must show the second."""
    from sqlalchemy import and_, select

    import commission.db.models  # noqa: F401  (the tables into the metadata)
    from commission.db.base import Base

    russian: list[str] = []
    kazakh: list[str] = []
    for db in databases:
        with db.reading() as session:
            for table in Base.metadata.sorted_tables:
                columns = table.columns
                for column in columns:
                    if not column.name.endswith("_kk"):
                        continue
                    stem = column.name[:-3]
                    ru = columns.get(f"{stem}_ru") if f"{stem}_ru" in columns else None
                    ru = ru if ru is not None else columns.get(stem)
                    if ru is None:
                        continue
                    rows = session.execute(
                        select(ru, column).where(and_(ru.is_not(None), column.is_not(None)))
                    )
                    for ru_value, kk_value in rows:
                        if str(ru_value).strip() and str(kk_value).strip():
                            russian.append(str(ru_value))
                            kazakh.append(str(kk_value))
    return russian, kazakh


# --- what a screen shows -----------------------------------------------------------------------


def shown_texts(window: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Each text ``window`` shows: its title, labels, buttons, group and tab titles, drop-down
    items, list headers and cells, tooltips. Not the fields' contents: a two-language editor
    shows its Russian half on purpose, and what is typed is the user's."""
    yield window, window.windowTitle()
    for widget in shown_widgets(window):
        if widget.toolTip():
            yield widget, widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield widget, widget.tabText(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield widget, widget.itemText(index)
        elif (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)  # its titles are its table's model's
            and widget.model() is not None
        ):
            yield from ((widget, t) for t in _model_texts(widget.model()))


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    source = getattr(model, "sourceModel", lambda: None)() or model
    top = QModelIndex()
    # A list model's column count is private in Qt: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    russian = {c for name, c in ON_PURPOSE_COLUMNS if type(source).__name__ == name}
    for row in range(min(model.rowCount(top), ROWS_READ)):
        for column in range(columns):
            if column in russian:  # a proxy keeps its source's columns
                continue
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value


def russian_only(
    window: QWidget, screen: str, russian: RussianCatalog, allowed: Iterable[str] = ()
) -> list[Finding]:
    """The texts of ``window`` that are Russian-only (see the module); ``allowed``: Russian
    pieces shown on purpose."""
    found: list[Finding] = []
    allow = [normal(a) for a in allowed]
    seen: set[tuple[int, str]] = set()
    for widget, text in shown_texts(window):
        if (id(widget), text) in seen:
            continue
        seen.add((id(widget), text))
        match = russian.russian_of(text)
        if match is None or match in ON_PURPOSE_TEXTS or any(a in normal(text) for a in allow):
            continue
        found.append(
            Finding(
                screen,
                "russian",
                describe(widget),
                f"«{normal(text)[:90]}» (Russian: {match[:60]})",
            )
        )
    return found
