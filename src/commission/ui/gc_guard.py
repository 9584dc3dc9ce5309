"""Python's cyclic garbage collector kept off worker threads.

The collector runs in whichever thread happens to allocate. Had it run in a worker thread and
freed a widget left in a reference cycle, Qt would delete the widget off the GUI thread and
crash (seen as a segmentation fault in the import dialog's tests). While any worker runs,
automatic collection pauses; the GUI thread collects once the last one ends.
"""

from __future__ import annotations

import gc

_paused: list[bool] = []  # one entry per running worker: was collection on before the first


def pause() -> None:
    """Called on the GUI thread just before a worker thread starts."""
    _paused.append(gc.isenabled())
    gc.disable()


def resume(*, collect: bool = True) -> None:
    """Called on the GUI thread once a worker thread has ended. ``collect=False`` leaves the
    collection to the collector's own pace: after the start-up's imports, which made no
    garbage worth a full pass over everything they loaded."""
    if not _paused:
        return
    first_was_enabled = _paused[0]
    _paused.pop()
    if not _paused and first_was_enabled:
        gc.enable()
        if collect:
            gc.collect()
