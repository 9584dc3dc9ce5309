"""The individual programme printed to sign, after a look at the texts it would borrow.

A programme printed in Kazakh takes the Russian text of a measure nobody translated (and the
other way round): the officer first sees which measures those are, and fills them in or
prints the programme as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from commission.documents.completeness import MEASURE_ACTION, Completeness, MissingText
from commission.exports.programme_docx import programme_docx
from commission.services import completeness, probation_exports
from commission.services.case_card import CaseCard, MeasureView
from commission.template_choice import template_for
from commission.ui.cases.case_dialogs import measure_action
from commission.ui.context import AppContext
from commission.ui.decisions.register_actions import start_export
from commission.ui.export_worker import ExportWorker
from commission.ui.meetings.minutes_tab import default_folder, safe_file_name


def choose_path(parent: QWidget, card: CaseCard) -> Path | None:
    """Where to save the programme: the user picks a .docx file (``None``: cancelled)."""
    name = safe_file_name(
        QCoreApplication.translate("CaseCardDialog", "Programme {number}").format(
            number=card.number.replace("/", "-")
        )
    )
    chosen, _selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CaseCardDialog", "Save the programme"),
        str(default_folder() / f"{name}.docx"),
        QCoreApplication.translate("CaseCardDialog", "Word documents (*.docx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


def missing_lines(found: Completeness, measures: Sequence[MeasureView]) -> list[str]:
    """One line per text the programme lacks in its language, naming the measure by its
    number in the programme and its action as the officer reads it."""
    by_id = {m.id: m for m in measures}
    lines = []
    for missing in found.missing:
        measure = by_id.get(missing.record_id)
        action = measure_action(measure) if measure is not None else ""
        lines.append(_line(missing, action))
    return lines


def _line(missing: MissingText, action: str) -> str:
    if missing.field == MEASURE_ACTION:
        text = QCoreApplication.translate(
            "CaseCardDialog", "Measure {number} «{action}»: the action"
        )
    else:
        text = QCoreApplication.translate(
            "CaseCardDialog", "Measure {number} «{action}»: the outcome"
        )
    return text.format(number=missing.item_number or "", action=_shortened(action))


def _shortened(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def ask_to_export_anyway(
    parent: QWidget, language: str, lines: Sequence[str], proceed: Callable[[], object]
) -> QMessageBox:
    """The list of texts the programme lacks in ``language``, with «Export anyway» (calls
    ``proceed``) and «Cancel». Window-modal; it does not block the caller."""
    if language == "kk":
        title = QCoreApplication.translate("CaseCardDialog", "Texts not in Kazakh")
        intro = QCoreApplication.translate(
            "CaseCardDialog",
            "These texts of the programme are not translated into Kazakh yet; the programme "
            "will print them in Russian:",
        )
    else:
        title = QCoreApplication.translate("CaseCardDialog", "Texts not in Russian")
        intro = QCoreApplication.translate(
            "CaseCardDialog",
            "These texts of the programme are not translated into Russian yet; the programme "
            "will print them in Kazakh:",
        )
    advice = QCoreApplication.translate(
        "CaseCardDialog",
        "Fill them in with «Edit…» on the measures, or export the programme as it is.",
    )
    listed = "\n".join(f"• {line}" for line in lines)
    box = QMessageBox(QMessageBox.Icon.Warning, title, f"{intro}\n\n{listed}\n\n{advice}")
    box.setParent(parent.window(), box.windowFlags())
    export = box.addButton(
        QCoreApplication.translate("CaseCardDialog", "Export anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("CaseCardDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered() -> None:
        if box.clickedButton() is export:
            proceed()

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


def missing_texts(
    ctx: AppContext, parent: QWidget, card: CaseCard, language: str
) -> list[str] | None:
    """The lines for :func:`ask_to_export_anyway`; ``None`` when the check itself failed."""
    found = ctx.run(
        parent,
        lambda: completeness.programme_completeness(ctx.db, ctx.actor, card.id, language),
    )
    if found is None:
        return None
    return missing_lines(found, card.measures)


def write_programme(
    ctx: AppContext, parent: QWidget, card: CaseCard, path: Path, language: str
) -> ExportWorker | None:
    """Write the programme in ``language`` off the GUI thread."""
    context = ctx.run(
        parent, lambda: probation_exports.programme_context(ctx.db, ctx.actor, card.id)
    )
    if context is None:
        return None
    found = ctx.run(parent, lambda: (template_for(ctx.db, ctx.actor),))
    if found is None:  # the commission's template cannot be read: the user was told
        return None
    template = found[0]
    return start_export(
        ctx,
        parent,
        QCoreApplication.translate("CaseCardDialog", "Writing the programme…"),
        lambda: programme_docx(context, language, template),
        path,
    )
