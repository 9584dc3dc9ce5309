"""The Help menu: the user guide opens in the system's browser; «About» names the program,
its version and the database without its password."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from commission import __version__
from commission import settings as local_settings
from commission.db.engine import Database
from commission.resources import resources_dir
from commission.ui.about_dialog import AboutDialog
from commission.ui.context import AppContext
from commission.ui.help import guide_path
from commission.ui.main_window import MainWindow
from tests.conftest import make_admin
from tests.ui.conftest import OpenedUrls

pytestmark = pytest.mark.gui


@pytest.fixture
def shipped_guide() -> Iterator[Path]:
    """The shipped Russian guide's start page; a placeholder while the guide is not written
    yet, removed again afterwards."""
    page = resources_dir() / "guide" / "ru" / "index.html"
    if page.is_file():
        yield page
        return
    created = next(p for p in [page.parent, *page.parents] if p.exists())
    page.parent.mkdir(parents=True)
    page.write_text("<html><body>Руководство</body></html>", encoding="utf-8")
    try:
        yield page
    finally:
        first_new = page.parents[len(page.relative_to(created).parts) - 2]
        shutil.rmtree(first_new)


def test_guide_in_the_language_else_in_russian(tmp_path: Path) -> None:
    assert guide_path("kk", tmp_path) is None
    russian = tmp_path / "ru" / "index.html"
    russian.parent.mkdir()
    russian.write_text("ru", encoding="utf-8")
    assert guide_path("kk", tmp_path) == russian
    assert guide_path("en", tmp_path) == russian
    kazakh = tmp_path / "kk" / "index.html"
    kazakh.parent.mkdir()
    kazakh.write_text("kk", encoding="utf-8")
    assert guide_path("kk", tmp_path) == kazakh
    assert guide_path("ru", tmp_path) == russian


def _window(qtbot: QtBot, db: Database, language: str = "ru") -> MainWindow:
    window = MainWindow(AppContext(db, make_admin(db)), local_settings.LocalSettings(language))
    qtbot.addWidget(window)
    return window


def test_help_menu_opens_the_guide(
    qtbot: QtBot, sqlite_db: Database, opened: OpenedUrls, shipped_guide: Path
) -> None:
    window = _window(qtbot, sqlite_db, language="kk")
    assert window.help_menu.actions()[0] is window.guide_action
    assert window.about_action in window.help_menu.actions()
    assert not window.guide_action.shortcut().isEmpty()  # F1
    window.guide_action.trigger()
    # No Kazakh guide yet: the Russian one opens (whichever exists, it is a shipped page).
    assert len(opened.urls) == 1
    page = Path(opened.urls[0].toLocalFile())
    assert page.name == "index.html" and page.parent.parent == shipped_guide.parent.parent


def test_about_dialog_from_the_menu(qtbot: QtBot, sqlite_db: Database) -> None:
    window = _window(qtbot, sqlite_db)
    window.about_action.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert __version__ in dialog.version_label.text()
    assert sqlite_db.display_url in dialog.database_label.text()
    window.about_action.trigger()
    assert window.about_dialog is dialog  # opened again, not stacked


def test_about_dialog_hides_the_password(qtbot: QtBot) -> None:
    dialog = AboutDialog("postgresql+psycopg://secretary:s3cret-Pa55@db.akimat.kz:5432/commission")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = "\n".join(
        label.text()
        for label in (
            dialog.name_label,
            dialog.version_label,
            dialog.purpose_label,
            dialog.licence_label,
            dialog.database_label,
            dialog.data_label,
            dialog.versions_label,
        )
    )
    assert "s3cret" not in shown
    assert "db.akimat.kz:5432/commission" in dialog.database_label.text()
    assert "secretary" in dialog.database_label.text()
    assert "Qt " in shown and "Python " in shown and __version__ in shown
    pixmap = dialog.icon_label.pixmap()
    assert not pixmap.isNull()  # the application icon is shipped and loads
    # Nothing cut: every label gets at least the width it asks for.
    for label in (dialog.database_label, dialog.data_label, dialog.versions_label):
        assert label.width() >= label.sizeHint().width()
