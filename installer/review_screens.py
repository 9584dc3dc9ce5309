"""The screen review you can rerun: every area and card of every role, in Russian and Kazakh,
at 1280×800, saved as PNGs with a report of what does not fit.

Run from the repository root (no display needed):

    python installer/review_screens.py OUT_FOLDER [--lang ru,kk] [--roles secretary,officer]

OUT_FOLDER gets ``ru/`` and ``kk/`` pictures (one per screen, named after it) and
``findings.txt``: texts cut at their edge, column titles cut, key columns out of sight, windows
wider than the screen (see ``commission.devtools.screen_review.checks``), and in Kazakh the
Russian-only texts (``...screen_review.kazakh``). The demo is built in
a temporary folder; the user's own data folder and settings are never touched.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from guide_screenshots import Shooter, _prepare_environment

LANGUAGES = ("ru", "kk")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the pictures and findings.txt")
    parser.add_argument("--lang", default=",".join(LANGUAGES))
    parser.add_argument("--roles", default="", help="comma-separated logins (default: all)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="commission-review-") as tmp:
        _prepare_environment(Path(tmp))
        return review(Path(tmp), args.out, args.lang.split(","), args.roles)


def review(tmp: Path, out: Path, languages: list[str], roles: str) -> int:
    from PySide6.QtWidgets import QWidget

    from commission import i18n
    from commission.db.engine import Database
    from commission.devtools import screen_review
    from commission.devtools.screen_review import Finding, kazakh
    from commission.devtools.screen_review.walk import OBLAST_ROLE, ROLES

    chosen = tuple(r for r in roles.split(",") if r) or (*ROLES, OBLAST_ROLE)
    databases = screen_review.demo_databases(tmp)
    russian = kazakh.catalog(d for d in databases.values() if isinstance(d, Database))
    report: list[str] = []
    for language in languages:
        shooter = Shooter(tmp, out / language, language)
        taken: set[str] = set()

        in_russian: list[Finding] = []

        def save(
            name: str,
            widget: QWidget,
            shooter: Shooter = shooter,
            taken: set[str] = taken,
            language: str = language,
            in_russian: list[Finding] = in_russian,
        ) -> None:
            if language == "kk":  # the Kazakh walk: Russian-only texts
                in_russian.extend(kazakh.russian_only(widget, name, russian))
            file = re.sub(r"[^\w.-]+", "-", name).strip("-")
            if file not in taken:  # the wizard's and settings' pages once per language
                taken.add(file)
                shooter.save(widget, file)

        found = screen_review.review_all(databases, tmp, chosen, also=save) + in_russian
        report.append(f"== {language}: {len(found)} findings")
        report.extend(f.line() for f in found)
    i18n.install("en")
    out.mkdir(parents=True, exist_ok=True)
    (out / "findings.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(line for line in report if line.startswith("==")))
    print(f"report: {out / 'findings.txt'}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
