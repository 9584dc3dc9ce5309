"""Compile the Windows installer with Inno Setup's own compiler, ISCC.exe.

    python installer/windows/iscc.py [--dist DIR] [--output DIR] [--stand-in] [--fetch]

* ``--dist DIR`` (default: the repository's ``dist/``) holds what installer/build.py made on
  Windows: ``commission/`` and ``version.iss``; the setup ``commission-<version>-setup.exe``
  is written to ``--output`` (default: the same folder).
* ``--stand-in`` compiles over a stand-in bundle with the files the script names (see
  ``make_stand_in``), made in a temporary folder: a Windows bundle cannot be built elsewhere,
  and this checks the script itself on any machine.
* ``--fetch`` only puts the compiler into the cache and says where.

The compiler is ``COMMISSION_ISCC`` if set, else ``iscc`` on a Windows PATH, else the npm
package ``innosetup`` (a pinned version, checked against its SHA-512) kept in the cache
(``COMMISSION_CACHE``, else ``$XDG_CACHE_HOME/commission`` or ``~/.cache/commission``) and
fetched there when missing — with ``npm pack`` when npm is installed, otherwise from the same
registry address npm would use. Elsewhere than on Windows it runs under Wine: ISCC.exe is a
32-bit program, so Debian needs ``wine``, ``wine64`` and ``wine32:i386``
(``dpkg --add-architecture i386`` first). Wine's files go to a prefix of its own in the cache,
never to ``~/.wine``.

Only the standard library: CI runs this with the system's Python before any venv exists.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ISS = HERE / "commission.iss"

INNOSETUP = "innosetup"
INNOSETUP_VERSION = "6.4.1"  # Inno Setup 6.4.1; the script needs 6.3 or later
INNOSETUP_SHA512 = (
    "Bh/dNlyyFsFKBGoTf19n1msPnm4Njfb0CWVirw2CV1MSJXYy0ajRI+xjo/Yr9DtZFLLafhnwm1ZsxTu309F8lQ=="
)
TARBALL_URL = f"https://registry.npmjs.org/{INNOSETUP}/-/{INNOSETUP}-{INNOSETUP_VERSION}.tgz"
WINDOWS = sys.platform == "win32"


class IsccError(RuntimeError):
    """The compiler could not be found, fetched or run, or it refused the script."""


# --- the cache and the compiler -----------------------------------------------------------


def cache_dir() -> Path:
    if os.environ.get("COMMISSION_CACHE"):
        return Path(os.environ["COMMISSION_CACHE"])
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "commission"


def cached_compiler() -> Path:
    """Where the npm package's ISCC.exe lies once fetched (it may not be there yet)."""
    return cache_dir() / f"{INNOSETUP}-{INNOSETUP_VERSION}" / "bin" / "ISCC.exe"


def find_compiler() -> Path | None:
    """The compiler this machine already has, without fetching anything."""
    named = os.environ.get("COMMISSION_ISCC")
    if named:
        return Path(named)
    on_path = shutil.which("iscc") if WINDOWS else None
    if on_path:
        return Path(on_path)
    cached = cached_compiler()
    return cached if cached.is_file() else None


def _sha512(path: Path) -> str:
    return base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode("ascii")


def _download(folder: Path) -> Path:
    npm = shutil.which("npm")
    if npm:
        spec = f"{INNOSETUP}@{INNOSETUP_VERSION}"
        result = subprocess.run(
            [npm, "pack", spec, "--silent", "--pack-destination", str(folder)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            raise IsccError(f"npm pack {spec} failed: {result.stderr.strip()}")
        return folder / f"{INNOSETUP}-{INNOSETUP_VERSION}.tgz"
    target = folder / f"{INNOSETUP}-{INNOSETUP_VERSION}.tgz"
    with urllib.request.urlopen(TARBALL_URL, timeout=600) as response:
        target.write_bytes(response.read())
    return target


def fetch_compiler() -> Path:
    """ISCC.exe from the cache, fetched into it first when missing; the tarball must match
    the pinned SHA-512, so a changed or damaged download is never run."""
    compiler = cached_compiler()
    if compiler.is_file():
        return compiler
    folder = compiler.parents[1]
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent) as temporary:
        tarball = _download(Path(temporary))
        if _sha512(tarball) != INNOSETUP_SHA512:
            raise IsccError(f"{tarball.name} does not match its pinned SHA-512")
        unpacked = Path(temporary) / "unpacked"
        with tarfile.open(tarball) as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(unpacked, filter="data")
            else:  # Python before 3.11.4; the tarball's SHA-512 was checked above
                tar.extractall(unpacked)
        # Another process may have put it there meanwhile: theirs is as good as ours.
        if not compiler.is_file():
            (unpacked / "package").replace(folder)
    return compiler


# --- running Windows programs -------------------------------------------------------------


def wine_prefix() -> Path:
    return cache_dir() / "wine"


def windows_path(path: Path) -> str:
    """The name a Windows program gives ``path``: Wine maps the Unix root to drive Z:."""
    if WINDOWS:
        return str(path)
    return "Z:" + str(path.resolve()).replace("/", "\\")


def wine_environment(prefix: Path) -> dict[str, str]:
    """Wine kept to its prefix: a new prefix links its Desktop and Documents to $HOME, and
    winemenubuilder copies every Start-menu shortcut into the Linux menus — an installation
    under test must leave neither on the developer's desktop."""
    home = prefix.parent / f"{prefix.name}-home"
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", HOME=str(home))
    env.pop("XDG_DATA_HOME", None)
    env.pop("XDG_CONFIG_HOME", None)
    # No Mono or Gecko: a new prefix would otherwise offer to download them in a dialog
    # that nobody sees under Xvfb and that waits forever.
    env["WINEDLLOVERRIDES"] = "mscoree,mshtml=;winemenubuilder.exe=d"
    return env


def run_windows(
    command: Sequence[str | Path],
    *,
    prefix: Path | None = None,
    display: bool = False,
    wait: bool = False,
    timeout: float = 900,
) -> subprocess.CompletedProcess[str]:
    """``command`` run natively on Windows, under Wine elsewhere. ``display`` gives the
    programs a virtual screen, which Inno Setup's setup and uninstaller need even when
    silent; ``wait`` returns only when every program of the Wine prefix has ended (an
    uninstaller hands its work to a copy of itself and exits at once), which costs Wine's
    own services two seconds to wind down."""
    args = [str(part) for part in command]
    if WINDOWS:
        return subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    wine = shutil.which("wine")
    if wine is None:
        raise IsccError("wine is not installed: apt-get install wine wine64 wine32:i386")
    prefix = prefix or wine_prefix()
    prefix.mkdir(parents=True, exist_ok=True)
    # The exit code is the program's; wineserver -w only waits for the prefix to fall quiet.
    script = 'wine "$@"; code=$?; wineserver -w; exit $code' if wait else 'exec wine "$@"'
    shell = ["sh", "-c", script, "wine"]
    if display:
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            raise IsccError("xvfb-run is not installed: apt-get install xvfb xauth")
        shell = [xvfb, "-a", *shell]
    return subprocess.run(
        [*shell, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        env=wine_environment(prefix),
    )


def wine_problem(compiler: Path, prefix: Path | None = None) -> str | None:
    """Why this machine cannot run the compiler, or None when it can (it is run once)."""
    if not WINDOWS and shutil.which("wine") is None:
        return "wine is not installed (apt-get install wine wine64 wine32:i386)"
    result = run_windows([compiler, "/?"], prefix=prefix, timeout=300)
    if "Inno Setup" in result.stdout:
        return None
    said = (result.stdout + result.stderr).strip()
    return f"{compiler.name} did not run (exit code {result.returncode}): {said[-1500:]}"


# --- compiling ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Compiled:
    setup: Path
    output: str
    seconds: float

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.output.splitlines() if line.startswith("Warning:")]


def version_of(dist: Path) -> str:
    found = re.search(r'#define AppVersion "([^"]+)"', (dist / "version.iss").read_text("utf-8"))
    if found is None:
        raise IsccError(f"no AppVersion in {dist / 'version.iss'}")
    return found.group(1)


def compile_setup(
    dist: Path,
    output: Path | None = None,
    *,
    compiler: Path | None = None,
    prefix: Path | None = None,
    iss: Path = ISS,
) -> Compiled:
    """``commission-<version>-setup.exe`` compiled from ``iss`` over the bundle in ``dist``."""
    compiler = compiler or find_compiler() or fetch_compiler()
    output = output or dist
    output.mkdir(parents=True, exist_ok=True)
    command: list[str | Path] = [
        compiler,
        f"/DDist={windows_path(dist)}",
        f"/O{windows_path(output)}",
        windows_path(iss),
    ]
    started = time.perf_counter()
    result = run_windows(command, prefix=prefix)
    seconds = time.perf_counter() - started
    said = result.stdout + result.stderr
    setup = output / f"commission-{version_of(dist)}-setup.exe"
    if result.returncode != 0 or not setup.is_file():
        raise IsccError(f"ISCC failed (exit code {result.returncode}):\n{said[-6000:]}")
    return Compiled(setup, said, seconds)


# --- the script's file list and a stand-in bundle -----------------------------------------


def sections(text: str) -> dict[str, list[str]]:
    """An .iss or .isl file's lines by section, without comments and blank lines."""
    found: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            found.setdefault(current, [])
        elif current:
            found[current].append(line)
    return found


def params(line: str) -> dict[str, str]:
    """The ``Name: "value"`` parameters of one line of a [Files]-like section."""
    return dict(re.findall(r'(\w+):\s*"([^"]*)"', line))


def defines(text: str, given: Mapping[str, str]) -> dict[str, str]:
    """The script's ``#define Name "value"``s, after the ones given on the command line."""
    found = dict(given)
    for name, value in re.findall(r'^#define (\w+) "([^"]*)"', text, re.MULTILINE):
        found.setdefault(name, value)
    return found


def expand(text: str, values: Mapping[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: values[m.group(1)], text)


def bundle_files(iss: Path = ISS) -> tuple[str, list[str]]:
    """The executable and the files under ``_internal`` the script's [Files] and [Icons]
    name, as paths relative to the bundle folder ``commission/``."""
    text = iss.read_text(encoding="utf-8-sig")
    values = defines(text, {"Dist": "<dist>", "AppVersion": "0"})
    script = sections(expand(text, values))
    bundle = PureWindowsPath("<dist>", "commission")
    executable = ""
    wildcard = False
    for line in script["Files"]:
        source = PureWindowsPath(params(line)["Source"])
        relative = source.relative_to(bundle)
        if relative.name == "*":
            wildcard = True
        else:
            executable = relative.as_posix()
    if not executable or not wildcard:
        raise IsccError("the [Files] of the script are not an executable and _internal\\*")
    internal = []
    for line in script["Icons"]:
        for key in ("Filename", "IconFilename"):
            name = params(line).get(key, "")
            if name.startswith("{app}\\_internal\\"):
                internal.append(PureWindowsPath(name).relative_to("{app}").as_posix())
    return executable, sorted(set(internal))


def make_stand_in(dist: Path, version: str, extra: Sequence[str] = ()) -> list[str]:
    """A bundle with the files the script names, in ``dist/commission``, and
    ``dist/version.iss``: the installer's own behaviour can be checked without a Windows
    build. Icons are the real ones; other files only hold their own names. Returns the
    bundle's files, relative to ``dist/commission``."""
    executable, internal = bundle_files()
    bundle = dist / "commission"
    files = [executable, *internal, *extra]
    if not any(name.startswith("_internal/") for name in files):
        files.append("_internal/base_library.zip")
    for name in files:
        path = bundle / name
        path.parent.mkdir(parents=True, exist_ok=True)
        icon = ROOT / "resources" / "icons" / path.name
        if path.suffix == ".ico" and icon.is_file():
            shutil.copyfile(icon, path)
        else:
            path.write_text(f"stand-in for {name}\n", encoding="utf-8")
    (dist / "version.iss").write_text(f'#define AppVersion "{version}"\n', encoding="utf-8")
    return sorted(files)


def package_version() -> str:
    """The version build.py writes into version.iss, read the way build.py reads it."""
    spec = importlib.util.spec_from_file_location("commission_build", HERE.parent / "build.py")
    if spec is None or spec.loader is None:
        raise IsccError("installer/build.py cannot be loaded")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return str(build.version())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="the build's folder")
    parser.add_argument("--output", type=Path, help="where the setup goes (default: --dist)")
    parser.add_argument("--stand-in", action="store_true", help="compile over a stand-in")
    parser.add_argument("--fetch", action="store_true", help="only fetch the compiler")
    args = parser.parse_args(argv)
    try:
        compiler = find_compiler() or fetch_compiler()
        if args.fetch:
            print(f"compiler: {compiler}")
            return 0
        with tempfile.TemporaryDirectory() as temporary:
            dist = args.dist.resolve()
            if args.stand_in:
                dist = Path(temporary) / "dist"
                make_stand_in(dist, package_version())
            output = (args.output or (args.dist if args.stand_in else dist)).resolve()
            compiled = compile_setup(dist, output, compiler=compiler)
    except IsccError as error:
        print(error, file=sys.stderr)
        return 1
    for warning in compiled.warnings:
        print(warning)
    size = compiled.setup.stat().st_size / 1e6
    print(f"setup: {compiled.setup} ({size:.1f} MB), compiled in {compiled.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
