"""Fixtures shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from commission import i18n


def _interface(language: str) -> Iterator[None]:
    locale = QLocale()
    i18n.install(language)
    try:
        yield
    finally:
        i18n.install("en")
        QLocale.setDefault(locale)


@pytest.fixture
def in_kazakh(qapp: object) -> Iterator[None]:
    """The interface in Kazakh for the test, English again after it."""
    yield from _interface("kk")


@pytest.fixture
def in_russian(qapp: object) -> Iterator[None]:
    """The interface in Russian for the test, English again after it."""
    yield from _interface("ru")


class OpenedUrls(QObject):
    """Receives the file URLs QDesktopServices would hand to the system (the browser, Word,
    Explorer): the program's own opening code runs, and nothing opens."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[OpenedUrls]:
    receiver = OpenedUrls()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    yield receiver
    QDesktopServices.unsetUrlHandler("file")
