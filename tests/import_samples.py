"""Register files as offices make them, for the import tests: the messy client list converted
by LibreOffice to .xls and .ods, the same list as CSV the ways Excel saves it, a workbook with a
password. The converted files are committed under tests/data/import so the tests run where
LibreOffice is not installed; ``convert`` makes them afresh where it is."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

from openpyxl import load_workbook

DATA = Path(__file__).parent / "data" / "import"
SOFFICE = shutil.which("soffice")


def convert(source: Path, suffix: str, target_dir: Path) -> Path:
    """``source`` saved by LibreOffice as ``suffix`` (xls, ods) into ``target_dir``."""
    assert SOFFICE is not None
    profile = target_dir / "lo-profile"  # its own profile: parallel runs do not share a lock
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            suffix,
            "--outdir",
            str(target_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target_dir / f"{source.stem}.{suffix}"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")  # as Excel writes a date cell to CSV
    return str(value)


def workbook_as_csv(source: Path, delimiter: str) -> str:
    """The active sheet as the text of a CSV file (merged cells as Excel saves them: the value
    in the top-left cell only)."""
    sheet = load_workbook(source).active
    assert sheet is not None
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in sheet.iter_rows(values_only=True):
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()
