"""The screen review: every screen of every role at 1280×800, checked for what a reader would
call unfinished (``checks``), walked on the demo (``walk``); ``installer/review_screens.py``
saves the pictures and the findings report, ``tests/ui/test_screen_review.py`` fails on them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from commission.devtools.screen_review.checks import Finding, review
from commission.devtools.screen_review.walk import (
    HEIGHT,
    OBLAST_ROLE,
    ROLES,
    WIDTH,
    Walk,
    first_run,
    log_in,
)

__all__ = ["HEIGHT", "WIDTH", "Finding", "demo_databases", "review", "review_all"]

# The demo's day: the lists and the calendar show the same year whatever the date of the run.
TODAY = date(2026, 11, 23)


def demo_databases(folder: Path, clients: int = 20) -> dict[str, object]:
    """The district demo and the oblast demo, built in ``folder``: {"district": db, ...}."""
    from commission.db import migrate
    from commission.db.engine import Database
    from commission.services.context import Actor
    from commission.services.demo import build_demo

    made: dict[str, object] = {}
    for name, oblast in (("district", False), ("oblast", True)):
        db = Database(f"sqlite:///{folder / f'{name}.sqlite3'}")
        migrate.upgrade(db)
        build_demo(db, Actor.command_line(), seed=1, today=TODAY, clients=clients, oblast=oblast)
        made[name] = db
    return made


def review_all(
    databases: dict[str, object],
    folder: Path,
    roles: tuple[str, ...] = (*ROLES, OBLAST_ROLE),
    also: Callable[[str, QWidget], None] | None = None,
) -> list[Finding]:
    """Every screen of ``roles`` in the interface's current language, checked; ``also`` sees
    each screen too (the script saves its picture)."""
    from commission.db.engine import Database

    found: list[Finding] = []

    def visit(name: str, widget: QWidget) -> None:
        found.extend(review(widget, name, WIDTH))
        if also is not None:
            also(name, widget)

    first_run(visit, str(folder))
    district = databases["district"]
    assert isinstance(district, Database)
    log_in(visit, district)
    for login in roles:
        db = databases["oblast" if login == OBLAST_ROLE else "district"]
        assert isinstance(db, Database)
        Walk(db, login, visit, TODAY).run()
    return found
