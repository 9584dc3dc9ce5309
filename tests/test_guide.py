"""The user guide shipped in resources/guide: present, and nothing in it points nowhere."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from commission.resources import resources_dir

GUIDE = resources_dir() / "guide"
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
