"""The shippable bundle: built once by installer/build.py, it passes its own self-test, holds
only the Qt we use, and has every file the Windows installer script and the Linux menu entry
refer to.

This is how CI builds the bundle. The build takes a minute or two; it goes to a temporary
folder, never to the repository's dist/.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest

from commission import __version__
from commission.db.engine import APP_AUTHOR, APP_NAME

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
ISS = INSTALLER / "windows" / "commission.iss"
KAZAKH_ISL = INSTALLER / "windows" / "Kazakh.isl"
DESKTOP = INSTALLER / "linux" / "commission.desktop"
WINDOWS = sys.platform == "win32"
EXE = "commission.exe" if WINDOWS else "commission"


@dataclass(frozen=True)
class Built:
    dist: Path
    output: str

    @property
    def bundle(self) -> Path:
        return self.dist / "commission"

    @property
    def program(self) -> Path:
        return self.bundle / EXE


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: pip install -e '.[build]' to test the bundle")
    base = tmp_path_factory.mktemp("bundle")
    dist, work = base / "dist", base / "work"
    result = subprocess.run(
        [sys.executable, str(INSTALLER / "build.py"), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=base,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return Built(dist, result.stdout)


def _run(built: Built, *args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "COMMISSION_DATA_DIR": str(data)}
    return subprocess.run(
        [str(built.program), *args], capture_output=True, text=True, timeout=600, env=env
    )


def test_the_bundle_passes_its_self_test(built: Built, tmp_path: Path) -> None:
    result = _run(built, "--self-test", data=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAILED" not in result.stdout
    assert result.stdout.splitlines()[-1].startswith("passed in")


def test_the_bundle_knows_its_version(built: Built, tmp_path: Path) -> None:
    result = _run(built, "--version", data=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Commission {__version__}"


def test_the_bundle_ships_resources(built: Built) -> None:
    resources = built.bundle / "_internal" / "resources"
    names = {p.name for p in (resources / "i18n").iterdir()}
    assert {"commission_ru.qm", "commission_kk.qm", "documents_ru.qm", "documents_kk.qm"} <= names
    # documents.phrasebook reads the documents' words without Qt, from the .ts files.
    assert {"documents_ru.ts", "documents_kk.ts"} <= names
    assert (resources / "templates" / "minutes.docx").is_file()
    assert (resources / "icons" / "commission.ico").is_file()
    assert (resources / "icons" / "commission-256.png").is_file()
    assert (resources / "icons" / "tabler" / "LICENSE").is_file()
    assert list((resources / "icons" / "tabler").glob("*.svg"))
    migrations = built.bundle / "_internal" / "commission" / "db" / "migrations"
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("*.py"))
    assert "bundle:" in built.output and " MB)" in built.output  # the size is reported


def test_the_bundle_holds_only_the_qt_we_use(built: Built) -> None:
    files = [p.name for p in built.bundle.rglob("*") if p.is_file()]
    unwanted = re.compile(r"WebEngine|Qt6Qml|Qt6Quick|Qt63D|Multimedia|VirtualKeyboard|Qt6Pdf")
    assert [f for f in files if unwanted.search(f)] == []
    for module in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtCharts", "QtSvg"):
        assert any(f.startswith(module + ".") for f in files), module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .tar.gz is Linux's")
def test_linux_archive_holds_the_bundle_and_its_menu_entry(built: Built) -> None:
    archive = built.dist / f"commission-{__version__}-linux-x86_64.tar.gz"
    assert archive.is_file()
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        install = tar.getmember("commission/install.sh")
    assert {"commission/commission", "commission/commission.desktop"} <= names
    assert "commission/_internal/resources/i18n/commission_ru.qm" in names
    assert install.mode & 0o100  # executable


# --- the Windows installer script --------------------------------------------------------


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


# The .iss reader of installer/windows/iscc.py, which compiles the script.
iscc = _load("commission_iscc", INSTALLER / "windows" / "iscc.py")


def _script(dist: Path) -> tuple[str, dict[str, str]]:
    """The script with its #define values, the build's version.iss included."""
    text = ISS.read_text(encoding="utf-8-sig")
    # The build's folder is dist\ unless ISCC is given another; version.iss is read from it.
    assert re.search(r'^#include Dist \+ "\\version\.iss"$', text, re.MULTILINE)
    assert (dist / "version.iss").is_file()
    return text, iscc.defines(text, {"AppVersion": iscc.version_of(dist)})


def _local(windows_path: str, dist: Path, app: Path | None = None) -> Path:
    """A path of the script on this machine: ``..\\..\\dist`` is the build's folder, {app}
    the installed bundle, anything else relative to installer/windows."""
    parts = PureWindowsPath(windows_path).parts
    if parts[0] == "{app}":
        assert app is not None
        path = app.joinpath(*parts[1:])
    elif parts[:3] == ("..", "..", "dist"):
        path = dist.joinpath(*parts[3:])
    else:
        path = ISS.parent.joinpath(*parts)
    if not WINDOWS and path.name == "commission.exe":
        path = path.with_name("commission")
    return path


def test_iss_refers_only_to_files_the_build_makes(built: Built) -> None:
    text, defines = _script(built.dist)
    assert defines["AppVersion"] == __version__
    sections = iscc.sections(iscc.expand(text, defines))
    sources = [iscc.params(line)["Source"] for line in sections["Files"]]
    assert sources, "no [Files]"
    for source in sources:
        path = _local(source, built.dist)
        if path.name == "*":
            assert path.parent.is_dir() and any(path.parent.iterdir()), source
        else:
            assert path.is_file(), source
    referenced = []
    for line in sections["Icons"] + sections["Run"]:
        params = iscc.params(line)
        referenced += [params[k] for k in ("Filename", "IconFilename") if k in params]
    assert referenced
    for name in referenced:
        if name.startswith("{app}"):
            assert _local(name, built.dist, app=built.bundle).is_file(), name
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert _local(setup["SetupIconFile"], built.dist).is_file()


def test_iss_is_unicode_for_inno_setup() -> None:
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")  # it holds Cyrillic


def test_iss_installs_per_user_and_keeps_the_users_data() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    setup = dict(line.split("=", 1) for line in iscc.sections(text)["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    # {userpf} on Windows 7 and later; written out because Wine cannot expand {userpf}.
    assert setup["DefaultDirName"].startswith("{localappdata}\\Programs\\")
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    # The data folder the uninstaller names is platformdirs' one for our app name and author.
    assert f'"{{localappdata}}\\{APP_AUTHOR}\\{APP_NAME}"' in text
    for section in ("InstallDelete", "UninstallDelete"):
        for line in iscc.sections(text).get(section, []):
            assert iscc.params(line)["Name"].startswith("{app}"), line
    sections = iscc.sections(text)
    assert any("{group}" in line for line in sections["Icons"])  # Start menu
    desktop = [line for line in sections["Icons"] if "{userdesktop}" in line]
    assert desktop and all("Tasks: desktopicon" in line for line in desktop)
    assert any("desktopicon" in line and "unchecked" in line for line in sections["Tasks"])


def test_iss_languages_and_their_messages() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    sections = iscc.sections(text)
    languages = {
        iscc.params(line)["Name"]: iscc.params(line)["MessagesFile"]
        for line in sections["Languages"]
    }
    assert set(languages) == {"ru", "kk"}
    for files in languages.values():
        for name in files.split(","):
            if not name.startswith("compiler:"):
                assert (ISS.parent / name).is_file(), name
    custom = [line.split("=", 1)[0] for line in sections["CustomMessages"]]
    ru = {name[3:] for name in custom if name.startswith("ru.")}
    kk = {name[3:] for name in custom if name.startswith("kk.")}
    assert ru == kk and ru
    used = set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    standard = {"CreateDesktopIcon", "AdditionalIcons", "UninstallProgram", "LaunchProgram"}
    assert used <= ru | standard


def test_kazakh_messages_are_well_formed() -> None:
    raw = KAZAKH_ISL.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 only with the BOM
    sections = iscc.sections(raw.decode("utf-8-sig"))
    options = dict(line.split("=", 1) for line in sections["LangOptions"])
    assert options["LanguageID"] == "$043F"  # kk-KZ
    keys = [line.split("=", 1)[0] for line in sections["Messages"] + sections["CustomMessages"]]
    assert len(keys) == len(set(keys))
    for line in sections["Messages"] + sections["CustomMessages"]:
        key, value = line.split("=", 1)
        assert value.strip(), key
        assert set(re.findall(r"%(.)", value)) <= set("123456789n"), key
        assert re.search("[а-яәғқңөұүһі]", value.lower()) or key == "ButtonOK", key  # translated


# --- Linux ---------------------------------------------------------------------------------


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    for key in ("Name", "Comment"):
        assert desktop[key] and desktop[f"{key}[ru]"] and desktop[f"{key}[kk]"]
    assert "Office" in desktop["Categories"].split(";")
    assert desktop["Icon"] == "commission"
    assert desktop["Exec"] == "commission"
    assert (ROOT / "resources" / "icons" / "commission.svg").is_file()


def test_windows_exe_carries_the_version_in_its_resource(tmp_path: Path) -> None:
    """Explorer's «Details» tab of commission.exe: PyInstaller reads this text on Windows."""
    import ast

    build = _load("commission_build", INSTALLER / "build.py")
    text = build.windows_version_info(tmp_path / "version_info.txt").read_text(encoding="utf-8")
    call = ast.parse(text, mode="eval").body  # the form PyInstaller evaluates
    assert isinstance(call, ast.Call) and ast.unparse(call.func) == "VSVersionInfo"
    numbers = [int(n) for n in re.findall(r"\d+", __version__)][:4]
    four = tuple(numbers + [0] * (4 - len(numbers)))
    assert f"filevers={four}, prodvers={four}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "StringStruct('OriginalFilename', 'commission.exe')" in text
    assert 'version=os.environ.get("COMMISSION_VERSION_INFO")' in (
        INSTALLER / "commission.spec"
    ).read_text(encoding="utf-8")
