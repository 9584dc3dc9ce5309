"""Loading the interface translations: ours from ``resources/i18n`` and Qt's own."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from commission.db.location import data_dir
from commission.resources import is_frozen, resources_dir

LANGUAGES = ("ru", "kk", "en")
_installed: list[QTranslator] = []
_current = ["ru"]  # one cell: the language ``install`` set last


def ts_path(language: str, domain: str = "commission") -> Path:
    """``commission_*`` holds the interface; ``documents_*`` the fixed words of documents."""
    return resources_dir() / "i18n" / f"{domain}_{language}.ts"


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else None


def compile_ts(ts: Path, qm: Path) -> bool:
    tool = _lrelease()
    if tool is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, check=False
    )
    return result.returncode == 0 and qm.exists()


def qm_path(language: str, domain: str = "commission") -> Path | None:
    """The compiled translation: shipped next to the .ts (bundle) or compiled into a cache.

    The bundle ships .qm files compiled at build time (it has no lrelease): there they always
    win, whatever the files' times after copying. In development a shipped .qm counts only
    while it is newer than its .ts; otherwise the .ts is compiled into the data folder's cache.
    """
    ts = ts_path(language, domain)
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (
        is_frozen() or not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime
    ):
        return shipped
    if not ts.exists():
        return None
    cached = data_dir() / "i18n" / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    if compile_ts(ts, cached):
        return cached
    return shipped if shipped.exists() else None  # stale beats none


def current_language() -> str:
    """The interface's language ("ru", "kk" or "en"): which value of a bilingual text to show."""
    return _current[0]


def install(language: str) -> None:
    """Replace the application's translators with those of ``language``."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "ru"
    _current[0] = language
    QLocale.setDefault(QLocale(language if language != "kk" else "kk_KZ"))
    if language == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", qt_dir):
            app.installTranslator(translator)
            _installed.append(translator)
    ours = qm_path(language)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            _installed.append(translator)


def cli_translate(context: str, text: str) -> str:
    """Translation for the command line (works once ``install`` ran on a QCoreApplication)."""
    return QCoreApplication.translate(context, text)
