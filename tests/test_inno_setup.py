"""The Windows installer as Inno Setup's own compiler builds it, and as a user runs it.

installer/windows/iscc.py compiles commission.iss over a stand-in bundle holding the files the
script names (a Windows bundle cannot be built here); on Linux the compiler and the setup run
under Wine, in a Wine prefix of this module's own. The tests run where the compiler is in the
cache (``python installer/windows/iscc.py --fetch``) and Wine can run it (Debian: ``wine
wine64 wine32:i386``; running the setup also needs ``xvfb``); elsewhere they are skipped and
say which of these is missing.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from commission import __version__
from commission.db.engine import APP_AUTHOR, APP_NAME

ROOT = Path(__file__).resolve().parents[1]


def _load_iscc() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "commission_iscc", ROOT / "installer" / "windows" / "iscc.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


iscc = _load_iscc()
COMPILER: Path | None = iscc.find_compiler()
WINDOWS = sys.platform == "win32"
# The shortcuts' name (the script's AppTitle) and Kazakh.isl's UninstallProgram, "%1 … жою".
TITLE = "Комиссия"
KAZAKH_UNINSTALL = f"{TITLE} бағдарламасын жою"
# Upgrades and the uninstaller find the installed copy by the script's AppId ("{{" is a "{").
APP_ID = next(
    line.split("=", 1)[1].replace("{{", "{")
    for line in iscc.sections(iscc.ISS.read_text(encoding="utf-8-sig"))["Setup"]
    if line.startswith("AppId=")
)

pytestmark = pytest.mark.skipif(
    COMPILER is None,
    reason=f"Inno Setup's compiler is not in {iscc.cached_compiler()}: "
    "python installer/windows/iscc.py --fetch",
)


@dataclass(frozen=True)
class Wine:
    prefix: Path
    compiler: Path

    @property
    def user(self) -> Path:
        """The Windows user's profile folder (``C:\\users\\<name>``) inside the prefix."""
        users = self.prefix / "drive_c" / "users"
        found = [p for p in users.iterdir() if p.name != "Public" and (p / "AppData").is_dir()]
        assert len(found) == 1, found
        return found[0]

    @property
    def installed(self) -> Path:
        """Where a per-user installation goes by default: %LOCALAPPDATA%\\Programs."""
        return self.user / "AppData" / "Local" / "Programs" / "Commission"

    @property
    def start_menu(self) -> Path:
        programs = self.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu"
        return programs / "Programs" / TITLE

    def uninstall_entry(self) -> str | None:
        """The program's entry in «Apps and features» (the user's registry), if any."""
        text = (self.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
        key = f"[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\{APP_ID}_is1]"
        start = text.find(key)
        return None if start < 0 else text[start : text.find("\n\n", start)]

    @property
    def data(self) -> Path:
        """platformdirs' user data folder of the program on Windows."""
        return self.user / "AppData" / "Local" / APP_AUTHOR / APP_NAME


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Wine:
    assert COMPILER is not None
    prefix = tmp_path_factory.mktemp("wine") / "prefix"
    problem = iscc.wine_problem(COMPILER, prefix)
    if problem:
        pytest.skip(problem)
    return Wine(prefix, COMPILER)


@dataclass(frozen=True)
class Setup:
    exe: Path
    files: list[str]  # the bundle's, relative to the installation folder
    output: str
    warnings: list[str]


def _compile(wine: Wine, base: Path, version: str, extra: tuple[str, ...] = ()) -> Setup:
    dist = base / "dist"
    files = iscc.make_stand_in(dist, version, extra)
    compiled = iscc.compile_setup(dist, base / "out", compiler=wine.compiler, prefix=wine.prefix)
    return Setup(compiled.setup, files, compiled.output, compiled.warnings)


@pytest.fixture(scope="module")
def setup(wine: Wine, tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return _compile(wine, tmp_path_factory.mktemp("setup"), __version__)


def _needs_a_screen() -> None:
    if WINDOWS:
        # Natively the setup would install into this user's own profile, over (and then
        # uninstall) a copy of the program they may use: it is run only inside Wine.
        pytest.skip("the setup is run only under Wine, never on the developer's Windows")
    if shutil.which("xvfb-run") is None:
        pytest.skip("Inno Setup's setup needs a screen even when silent: apt-get install xvfb")


def _run(wine: Wine, program: Path, *args: str) -> None:
    command = [iscc.windows_path(program), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]
    result = iscc.run_windows(
        [*command, *args], prefix=wine.prefix, display=True, wait=True, timeout=600
    )
    assert result.returncode == 0, f"{program.name}: {result.stdout}{result.stderr}"


def _install(wine: Wine, setup: Setup, *args: str) -> None:
    _run(wine, setup.exe, "/LANG=kk", *args)


def _uninstall(wine: Wine) -> None:
    _run(wine, wine.installed / "unins000.exe")


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_the_script_compiles_with_inno_setup(setup: Setup) -> None:
    assert setup.exe.name == f"commission-{__version__}-setup.exe"
    assert setup.exe.read_bytes()[:2] == b"MZ"  # a Windows program
    # Kazakh.isl's message names are the ones this Inno Setup knows: a misspelt one is
    # ignored with a warning and its Russian text shown to a Kazakh-speaking user.
    assert setup.warnings == []
    assert "Successful compile" in setup.output


def test_setup_installs_per_user_in_kazakh_and_the_uninstaller_keeps_the_data(
    wine: Wine, setup: Setup
) -> None:
    _needs_a_screen()
    _install(wine, setup, "/TASKS=desktopicon")
    assert _files(wine.installed) == sorted([*setup.files, "unins000.dat", "unins000.exe"])
    stand_in = setup.exe.parents[1] / "dist" / "commission" / "commission.exe"
    assert (wine.installed / "commission.exe").read_bytes() == stand_in.read_bytes()
    shortcuts = sorted(p.name for p in wine.start_menu.iterdir())
    assert shortcuts == sorted([f"{TITLE}.lnk", f"{KAZAKH_UNINSTALL}.lnk"])
    desktop = wine.user / "Desktop" / f"{TITLE}.lnk"
    assert desktop.is_file()
    entry = wine.uninstall_entry()
    assert entry is not None and f'"DisplayName"="Commission {__version__}"' in entry

    # The commission's records, written by the program after installation.
    wine.data.mkdir(parents=True)
    (wine.data / "commission.sqlite3").write_bytes(b"records")
    (wine.data / "backups").mkdir()
    (wine.data / "backups" / "commission-1.sqlite3").write_bytes(b"a backup")

    _uninstall(wine)
    assert not wine.installed.exists()
    assert not wine.start_menu.exists()
    assert not desktop.exists()
    assert wine.uninstall_entry() is None
    assert (wine.data / "commission.sqlite3").read_bytes() == b"records"
    assert (wine.data / "backups" / "commission-1.sqlite3").is_file()


def test_an_upgrade_leaves_no_file_of_the_previous_version(
    wine: Wine, setup: Setup, tmp_path: Path
) -> None:
    _needs_a_screen()
    stale = "_internal/PySide6/Qt6Old.dll"
    previous = _compile(wine, tmp_path, "0.0.1", extra=(stale,))
    _install(wine, previous)
    assert (wine.installed / stale).is_file()

    _install(wine, setup)
    assert _files(wine.installed) == sorted([*setup.files, "unins000.dat", "unins000.exe"])
    _uninstall(wine)
    assert not wine.installed.exists()
