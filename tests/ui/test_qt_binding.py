"""The Qt binding must not corrupt the interpreter during a long working day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication


def test_qt_calls_do_not_leak_references_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 drops a reference to None on every call returning nothing; on Python
    3.11, where None is not immortal, the program then aborts after some hours of use."""
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 100
