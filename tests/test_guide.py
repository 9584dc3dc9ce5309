"""The user guide shipped in resources/guide: present, and nothing in it points nowhere."""

from __future__ import annotations

import ast
import html
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from commission.resources import resources_dir

GUIDE = resources_dir() / "guide"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "installer" / "guide_screenshots.py"

# Buttons, menus and windows the guide tells the user to look for, by their source text: each
# guide (the two are equal) must name them exactly as the program shows them in its language.
NAMED = [
    ("MainWindow", "My cases"),
    ("DecisionsArea", "Control register (.xlsx)…"),
    ("DecisionsArea", "Letters to agencies…"),
    ("OutgoingRegisterDialog", "Outgoing letters…"),
    ("LadderBox", "Open the &letter"),
    ("ControlCardDialog", "&Register report…"),
    ("ControlCardDialog", "&Accept"),
    ("ControlCardDialog", "Return for re&work…"),
    ("ControlCardDialog", "E&xtension request…"),
    ("ControlCardDialog", "&Grant"),
    ("ControlCardDialog", "Re&fuse"),
    ("ControlCardDialog", "Re&move from control…"),
    ("ControlCardDialog", "Open the &meeting record"),
    ("ClientsArea", "&New client…"),
    ("ClientsArea", "&Import from Excel…"),
    ("ClientCardDialog", "Re&move from the register…"),
    ("ImportDialog", "C&heck"),
    ("ImportDialog", "&Import"),
    ("ImportDialog", "Save &report…"),
    ("CasesArea", "&New case…"),
    ("CasesArea", "&Release notice…"),
    ("CaseCardDialog", "Appro&ve"),
    ("CaseCardDialog", "S&tart"),
    ("CaseCardDialog", "&Complete"),
    ("CaseCardDialog", "Sto&p…"),
    ("CaseCardDialog", "Pro&gramme (.docx)…"),
    ("CaseCardDialog", "&Blocked: to the commission…"),
    ("CaseCardDialog", "&In progress"),
    ("CaseCardDialog", "&Outcome…"),
    ("RemindersDialog", "Execution deadlines"),
    ("RemindersDialog", "Deadlines of my measures"),
    ("MainWindow", "&User guide"),
    ("MainWindow", "&About Commission"),
    ("DecisionsArea", "&Meeting:"),
    ("DecisionsArea", "&Term:"),
    ("DecisionsArea", "&Force:"),
    ("ControlCardDialog", "Control points"),
    ("ControlCardDialog", "Reports of the selected point"),
    ("ControlCardDialog", "Extensions of the selected point"),
    ("RemindersDialog", "Open the decisions register"),
    ("RemindersDialog", "Open my cases"),
    ("OfficerHomeArea", "My measures due soon and overdue"),
    ("OfficerHomeArea", "My cases without a programme"),
    ("OfficerHomeArea", "My clients"),
    ("ImportDialog", "&Choose file…"),
    ("CaseCardDialog", "&Needs"),
    ("CaseCardDialog", "&Measures"),
    ("CaseCardDialog", "&Log"),
    ("CaseCardDialog", "Sc&hedule"),
    ("CaseCardDialog", "&Save the needs"),
    ("CaseCardDialog", "&Add…"),
    ("CaseCardDialog", "&Edit…"),
    ("CaseCardDialog", "Attach evi&dence…"),
    ("CaseCardDialog", "Decision's control ca&rd"),
    ("CaseCardDialog", "&Add an entry…"),
]
LANGUAGES = [p.name for p in sorted(GUIDE.iterdir()) if (p / "index.html").exists()]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.images: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("name"):
            self.ids.add(str(values["name"]))
        if tag == "img":
            self.images.append(values.get("src") or "")
        if tag == "a" and values.get("href") is not None:
            self.links.append(str(values["href"]))


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _pages(language: str) -> list[Path]:
    return sorted((GUIDE / language).rglob("*.html"))


def test_the_russian_guide_exists() -> None:
    assert "ru" in LANGUAGES
    text = (GUIDE / "ru" / "index.html").read_text(encoding="utf-8")
    for role in ("Секретарь", "Сотрудник службы пробации", "Председатель", "Администратор"):
        assert role in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_image_exists(language: str) -> None:
    for page_path in _pages(language):
        page = _parse(page_path)
        assert page.images, page_path
        for src in page.images:
            assert src and not urlsplit(src).scheme, f"{page_path.name}: {src} is not shipped"
            assert (page_path.parent / unquote(src)).is_file(), f"{page_path.name}: {src}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_internal_link_resolves(language: str) -> None:
    parsed = {path: _parse(path) for path in _pages(language)}
    for page_path, page in parsed.items():
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            assert not parts.scheme, f"{page_path.name}: {href}"
            target = (page_path.parent / unquote(parts.path)).resolve() if parts.path else page_path
            assert target.is_file(), f"{page_path.name}: {href}"
            if parts.fragment:
                ids = parsed[target].ids if target in parsed else _parse(target).ids
                assert parts.fragment in ids, f"{page_path.name}: {href}"


def test_images_are_modest() -> None:
    """The guide ships inside the installer: screenshots must not bloat it."""
    total = sum(p.stat().st_size for p in GUIDE.rglob("*.png"))
    assert total < 4 * 1024 * 1024


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_image_is_used(language: str) -> None:
    used = {
        (page_path.parent / unquote(src)).resolve()
        for page_path in _pages(language)
        for src in _parse(page_path).images
    }
    shipped = {p.resolve() for p in (GUIDE / language).rglob("*.png")}
    assert shipped <= used, sorted(p.name for p in shipped - used)


def _translations(language: str) -> dict[tuple[str, str], str]:
    root = ET.parse(resources_dir() / "i18n" / f"commission_{language}.ts").getroot()
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("translation")
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def _shown(text: str) -> str:
    """A label as the user reads it: without the «&» that marks its shortcut key."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _guide_text(language: str) -> str:
    text = html.unescape((GUIDE / language / "index.html").read_text(encoding="utf-8"))
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_guide_names_the_controls_as_the_program_shows_them(language: str) -> None:
    if language not in LANGUAGES:
        pytest.skip(f"no guide in {language}")
    translations = _translations(language)
    text = _guide_text(language)
    missing = []
    for key in NAMED:
        assert key in translations, f"{key} is no longer a text of the program"
        shown = _shown(translations[key]).rstrip(":")
        if shown not in text:
            missing.append(shown)
    assert not missing, missing


def test_the_kazakh_guide_shows_the_pictures_taken_for_it() -> None:
    """installer/guide_screenshots.py takes the Kazakh set it names: the same the guide shows."""
    tree = ast.parse(SCREENSHOTS.read_text(encoding="utf-8"))
    kazakh_set = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "KAZAKH_SET" for t in node.targets)
    )
    shown = {Path(unquote(src)).stem for src in _parse(GUIDE / "kk" / "index.html").images}
    assert shown == set(kazakh_set)
