"""Keep the Qt Linguist files in ``resources/i18n`` in step with the source.

``python -m commission.devtools.translations update`` extracts every ``tr()`` /
``translate()`` / ``QT_TRANSLATE_NOOP`` string into ``commission_ru.ts`` and ``commission_kk.ts``
(existing translations kept); ``missing`` lists strings still without a translation.

The fixed words of documents (contexts starting with ``Document``) are left out: they live in
``documents_*.ts``, kept by ``python -m commission.exports.catalog``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from commission.resources import resources_dir

PACKAGE_DIR = Path(__file__).resolve().parents[1]
TRANSLATED_LANGUAGES = ("ru", "kk")
DOCUMENT_CONTEXT_PREFIX = "Document"


@dataclass(frozen=True)
class Message:
    """One message of a .ts file; ``forms`` holds the plural forms of a ``%n`` message."""

    context: str
    source: str
    translation: str
    finished: bool
    forms: tuple[str, ...] = ()


def lupdate_tool() -> str:
    found = shutil.which("pyside6-lupdate")
    if found:
        return found
    candidate = Path(sys.executable).with_name("pyside6-lupdate")
    if candidate.exists():
        return str(candidate)
    raise RuntimeError("pyside6-lupdate not found: install PySide6-Essentials")


def source_files() -> list[Path]:
    skip = {"devtools", "migrations"}
    return sorted(
        p
        for p in PACKAGE_DIR.rglob("*.py")
        if not skip.intersection(p.relative_to(PACKAGE_DIR).parts)
    )


def run_lupdate(ts_files: list[Path]) -> None:
    """Bring ``ts_files`` in step with the source, keeping their translations.

    The documents' contexts are dropped again: their words are translated in ``documents_*.ts``.
    """
    files = [str(p) for p in source_files()]
    subprocess.run(
        [lupdate_tool(), "-no-obsolete", "-locations", "none", *files, "-ts", *map(str, ts_files)],
        check=True,
        capture_output=True,
    )
    for path in ts_files:
        tree = ET.parse(path)
        root = tree.getroot()
        documents = [
            context
            for context in root.findall("context")
            if (context.findtext("name") or "").startswith(DOCUMENT_CONTEXT_PREFIX)
        ]
        if documents:
            for context in documents:
                root.remove(context)
            tree.write(path, encoding="utf-8", xml_declaration=True)


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    result = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            kind = node.get("type") if node is not None else "unfinished"
            if message.get("numerus") == "yes":
                # A plural message keeps its text in <numerusform> children, one per form.
                parts = node.iter("numerusform") if node is not None else ()
                forms = tuple(f.text or "" for f in parts)
                text = forms[0] if forms else ""
                filled = bool(forms) and all(f.strip() for f in forms)
            else:
                forms = ()
                text = (node.text or "") if node is not None else ""
                filled = bool(text.strip())
            result.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=text,
                    finished=kind not in ("unfinished", "vanished", "obsolete") and filled,
                    forms=forms,
                )
            )
    return result


def ts_file(language: str) -> Path:
    return resources_dir() / "i18n" / f"commission_{language}.ts"


def update() -> None:
    targets = [ts_file(lang) for lang in TRANSLATED_LANGUAGES]
    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
    run_lupdate(targets)
    for target in targets:
        # lupdate writes the language from the file name only when told; set it for Linguist.
        tree = ET.parse(target)
        tree.getroot().set("language", target.stem.split("_")[-1])
        tree.write(target, encoding="utf-8", xml_declaration=True)


def missing(language: str) -> list[Message]:
    return [m for m in read_ts(ts_file(language)) if not m.finished]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "missing"
    if command == "update":
        update()
    for language in TRANSLATED_LANGUAGES:
        gaps = missing(language)
        print(f"{language}: {len(gaps)} untranslated")
        if command == "missing":
            for message in gaps:
                print(f"  [{message.context}] {message.source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
