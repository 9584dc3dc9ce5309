"""A split panel's divider where the user left it, kept on this computer like the columns of
a list (``table_columns``): the agenda beside its item, the item's texts above its tables."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QSplitter

from commission import settings as local_settings

_SAVE_PAUSE_MS = 600  # dragging the divider moves it many times a second


class SplitterKeeper:
    """Restores ``splitter`` from the settings under ``name`` and keeps it there."""

    def __init__(self, splitter: QSplitter, name: str) -> None:
        self.splitter = splitter
        self.name = name
        self._timer = QTimer(splitter)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.save)
        saved = local_settings.load().splitters.get(name)
        self.restored = bool(saved) and splitter.restoreState(
            QByteArray.fromBase64(saved.encode() if saved else b"")
        )
        splitter.splitterMoved.connect(lambda *_a: self._timer.start())

    def save(self) -> None:
        state = bytes(self.splitter.saveState().toBase64().data()).decode("ascii")
        local_settings.remember_splitter(self.name, state)


def keep_splitter(splitter: QSplitter, name: str) -> SplitterKeeper:
    return SplitterKeeper(splitter, name)
