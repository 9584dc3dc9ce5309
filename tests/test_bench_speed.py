"""The speed benchmark's smoke run, so that it does not rot: the whole table at a tiny size.
It measures nothing worth reading; the figures are the benchmark's, run by hand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.mark.slow
def test_the_speed_benchmark_prints_the_issue_table(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMMISSION_DATA_DIR": str(tmp_path)}
    env["PYTHONPATH"] = os.pathsep.join([str(BENCHMARKS.parent / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_speed.py"), "--quick", "--no-pg"],
        capture_output=True,
        text=True,
        env=env,
        cwd=BENCHMARKS,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout
    for figure in (
        "cold start: the user's two waits",
        "log-in window painted",
        "«Войти» pressed to the main window painted",
        "start with no one typing",
        "reminders at start",
        "decisions register first screen",
        "control register .xlsx",
        "client search",
        "peak memory",
    ):
        assert figure in table
    assert "figure(s) miss their goal" in table
