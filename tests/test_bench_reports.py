"""The reports benchmark's smoke run, so that it does not rot: its table at a tiny size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.mark.slow
def test_the_reports_benchmark_prints_its_table(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMMISSION_DATA_DIR": str(tmp_path)}
    env.pop("COMMISSION_TEST_PG_URL", None)  # SQLite: the smoke run makes no databases
    env["PYTHONPATH"] = os.pathsep.join([str(BENCHMARKS.parent / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_reports.py"), "--quick"],
        capture_output=True,
        text=True,
        env=env,
        cwd=BENCHMARKS,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for figure in (
        "quarter's statistics, the district",
        "quarter's statistics, the oblast consolidated",
        "public report .pdf",
    ):
        assert figure in done.stdout
