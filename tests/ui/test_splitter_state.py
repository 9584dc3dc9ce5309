"""A split panel's divider stays where the user left it, from one start to the next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextEdit
from pytestqt.qtbot import QtBot

from commission import settings as local_settings
from commission.ui.splitter_state import keep_splitter

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


def _splitter(qtbot: QtBot) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(QTextEdit())
    splitter.addWidget(QTextEdit())
    splitter.resize(1000, 400)
    qtbot.addWidget(splitter)
    splitter.show()
    return splitter


def test_the_divider_comes_back_where_it_was_left(qtbot: QtBot) -> None:
    first = _splitter(qtbot)
    keeper = keep_splitter(first, "agenda")
    assert not keeper.restored  # nothing kept yet: the program's proportions
    first.setSizes([250, 750])
    first.splitterMoved.emit(250, 1)  # as a drag announces it
    qtbot.waitUntil(lambda: "agenda" in local_settings.load().splitters, timeout=3000)

    # Settings saved by the main window on closing keep the divider.
    local_settings.save(local_settings.load())
    second = _splitter(qtbot)
    again = keep_splitter(second, "agenda")
    assert again.restored
    assert abs(second.sizes()[0] - 250) <= 10
    assert "agenda item" not in local_settings.load().splitters  # each panel its own
