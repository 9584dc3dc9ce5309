"""Build the shippable bundle for this operating system.

    python installer/build.py [--dist DIR] [--work DIR] [--no-archive]

1. compiles the translations (resources/i18n/*.ts) into .qm files — the bundle has no lrelease;
2. runs PyInstaller on installer/commission.spec: a one-folder bundle in ``DIR/commission/``
   with the executable ``commission`` (``commission.exe`` on Windows);
3. writes ``DIR/version.iss`` for the Windows installer script (the version from the package);
4. on Linux adds the menu entry and ``install.sh`` to the bundle and packs
   ``DIR/commission-<version>-linux-<machine>.tar.gz``;
5. prints the bundle's size and the build time.

The Windows installer (installer/windows/commission.iss) is then compiled from ``dist/`` on a
Windows machine by installer/windows/iscc.py, which fetches Inno Setup's compiler when missing.
Needs the ``build`` extra: ``pip install -e '.[build]'``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "commission.spec"
LINUX = ROOT / "installer" / "linux"
I18N = ROOT / "resources" / "i18n"
NAME = "commission"


def version() -> str:
    """The package's version, read without importing it (the build may run outside the venv)."""
    text = (ROOT / "src" / "commission" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("no __version__ in src/commission/__init__.py")
    return found.group(1)


def executable_name() -> str:
    return f"{NAME}.exe" if sys.platform == "win32" else NAME


def lrelease() -> str:
    """PySide6's lrelease: on the PATH, next to this Python, or inside the PySide6 package."""
    candidates = [shutil.which("pyside6-lrelease")]
    scripts = Path(sys.executable).parent
    candidates += [str(scripts / "pyside6-lrelease"), str(scripts / "pyside6-lrelease.exe")]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [str(package / "lrelease"), str(package / "lrelease.exe")]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    raise SystemExit("pyside6-lrelease not found: install PySide6 into this Python")


def compile_translations(target: Path) -> list[Path]:
    """Every resources/i18n/*.ts compiled to ``target``/*.qm; a failure stops the build."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    tool = lrelease()
    compiled = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        result = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if result.returncode != 0 or not qm.exists():
            raise SystemExit(f"lrelease failed on {ts.name}: {result.stderr.strip()}")
        compiled.append(qm)
    if not compiled:
        raise SystemExit(f"no translations in {I18N}")
    return compiled


def windows_version_info(path: Path) -> Path:
    """The version resource of commission.exe (Explorer's «Details» tab), in the text form
    PyInstaller's ``EXE(version=…)`` reads; language Russian (0x0419), Unicode (1200)."""
    text = version()
    numbers = [int(n) for n in re.findall(r"\d+", text)[:4]]
    numbers += [0] * (4 - len(numbers))
    four = tuple(numbers)
    strings = {
        "CompanyName": "Akimat",
        "FileDescription": "Commission — secretariat of the interagency commission",
        "FileVersion": text,
        "InternalName": NAME,
        "LegalCopyright": "Proprietary",
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": "Commission",
        "ProductVersion": text,
    }
    structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3F, flags=0x0,\n"
        "    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('041904B0', [\n"
        f"{structs}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x0419, 1200])])\n"
        "  ]\n"
        ")\n",
        encoding="utf-8",
    )
    return path


def run_pyinstaller(dist: Path, work: Path, qm_dir: Path) -> None:
    env = dict(os.environ, COMMISSION_QM_DIR=str(qm_dir))
    env["COMMISSION_VERSION_INFO"] = str(windows_version_info(work / "version_info.txt"))
    # Our sources first, whatever copy of the package the Python environment holds.
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, env=env, cwd=ROOT)


def write_version_include(dist: Path) -> Path:
    """``#define AppVersion`` for installer/windows/commission.iss, which includes it."""
    target = dist / "version.iss"
    target.write_text(f'#define AppVersion "{version()}"\n', encoding="utf-8")
    return target


def add_linux_files(bundle: Path) -> None:
    """The menu entry and the per-user install script travel inside the bundle's folder."""
    for name in ("commission.desktop", "install.sh"):
        shutil.copy2(LINUX / name, bundle / name)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive(dist: Path, bundle: Path) -> Path:
    """``commission-<version>-linux-<machine>.tar.gz`` holding the ``commission/`` folder."""
    target = dist / f"{NAME}-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle, arcname=NAME)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work")
    parser.add_argument("--no-archive", action="store_true", help="skip the Linux .tar.gz")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.perf_counter()

    qm = compile_translations(work / "i18n")
    print(f"translations: {', '.join(p.name for p in qm)}")
    run_pyinstaller(dist, work, work / "i18n")
    bundle = dist / NAME
    program = bundle / executable_name()
    if not program.is_file():
        raise SystemExit(f"PyInstaller made no {program}")
    write_version_include(dist)
    linux = sys.platform.startswith("linux")
    if linux:
        add_linux_files(bundle)
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    if linux and not args.no_archive:
        tar = archive(dist, bundle)
        print(f"archive: {tar} ({tar.stat().st_size / 1e6:.0f} MB)")
    print(f"built in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
