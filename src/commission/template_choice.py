"""Which Word template a commission's document is written on, for the screens and the
command line alike: the commission's own, kept in the database; else the one named in this
computer's settings (offices that set theirs before templates moved to the database); else the
program's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from commission import settings as local_settings
from commission.db.engine import Database
from commission.services import document_templates
from commission.services.context import Actor
from commission.services.scope import NoCommission

if TYPE_CHECKING:  # the document writer is imported when a document is written, not at start
    from commission.exports.templates import TemplateSource


def template_for(db: Database, actor: Actor, commission_id: int | None = None) -> TemplateSource:
    """The template for the acting commission's documents, or ``commission_id``'s."""
    try:
        stored = document_templates.commission_template(db, actor, commission_id)
    except NoCommission:
        stored = None
    if stored is not None:
        return stored
    return computer_template()


def computer_template() -> Path | None:
    """The template named in this computer's settings, if one is."""
    text = local_settings.load().template_path.strip()
    return Path(text) if text else None
