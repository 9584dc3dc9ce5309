"""``commission --self-test`` of the development install: every check passes, failures show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from commission import selftest

ROOT = Path(__file__).resolve().parents[1]


def test_self_test_of_the_development_install_passes(tmp_path: Path) -> None:
    # A subprocess: the self-test installs Russian translators in its QApplication, which
    # must not leak into the other tests' (English) one.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMMISSION_DATA_DIR=str(tmp_path))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    code = "import sys; from commission.app import main; sys.exit(main(['--self-test']))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = [line for line in lines if line.startswith(("ok ", "FAILED "))]
    assert [line.split(":")[0].split(None, 1)[1] for line in checks] == [
        name for name, _ in selftest.CHECKS
    ]
    assert all(line.startswith("ok ") for line in checks)
    assert lines[-1].startswith("passed in")
    assert list(tmp_path.iterdir()) == []  # nothing written to the user's data folder


def _broken(state: object) -> str:
    raise FileNotFoundError("resources/templates/minutes.docx")


def _refused(state: object) -> str:
    selftest.expect(False, "the window is blank")
    return ""


def test_a_failed_check_names_what_and_where() -> None:
    outcome = selftest._run_one("minutes .docx", _broken, selftest._State(Path(".")))
    assert not outcome.ok
    assert outcome.detail.startswith("FileNotFoundError at test_selftest.py:")
    assert "minutes.docx" in outcome.detail
    refused = selftest._run_one("main window", _refused, selftest._State(Path(".")))
    assert (refused.ok, refused.detail) == (False, "the window is blank")


def test_lines_start_with_the_verdict() -> None:
    assert selftest.line(selftest.Outcome("database", True, "migrated to 0002")) == (
        "ok      database: migrated to 0002"
    )
    assert selftest.line(selftest.Outcome("log-in", False, "not run")) == "FAILED  log-in: not run"
