"""Stored case forms of names and positions: the administrator's corrections of the rules.

The documents decline names and positions by rule (``domain.declension``); where the rule is
wrong for a name («Ким» of a woman declined as a man's, a rare Kazakh surname, a position with
an unusual head), the administrator stores the right form here: for a whole phrase
(«директор ТОО «Береке»» → «директору ТОО «Береке»») or for a surname alone («Ким» →
«Ким»). The writers receive them as a mapping through the read models.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import NameForm
from commission.domain import declension
from commission.domain.declension import Case, NameForms
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.common import check_lengths, clean_text, get_for_edit, get_or_fail
from commission.services.context import Actor
from commission.services.errors import InvalidInput


@dataclass(frozen=True)
class NameFormData:
    nominative: str
    grammatical_case: Case
    form: str


@dataclass(frozen=True)
class NameFormView(NameFormData):
    id: int = 0
    version: int = 0


def _view(row: NameForm) -> NameFormView:
    return NameFormView(
        nominative=row.nominative,
        grammatical_case=Case(row.grammatical_case),
        form=row.form,
        id=row.id,
        version=row.version,
    )


def stored(session: Session) -> tuple[tuple[str, str, str], ...]:
    """Every stored form as (nominative, case, form), for a read model that is kept as JSON."""
    rows = session.execute(
        select(NameForm.nominative, NameForm.grammatical_case, NameForm.form).order_by(NameForm.id)
    )
    return tuple((r.nominative, r.grammatical_case, r.form) for r in rows)


def forms_of(session: Session) -> NameForms:
    """Every stored form, as ``domain.declension`` takes them (for the documents' read models)."""
    return declension.forms_mapping(stored(session))


def load(db: Database) -> NameForms:
    with db.reading() as session:
        return forms_of(session)


def list_forms(db: Database, actor: Actor) -> list[NameFormView]:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        rows = session.scalars(select(NameForm).order_by(NameForm.nominative, NameForm.id))
        return sorted(
            (_view(row) for row in rows),
            key=lambda v: (v.nominative.casefold(), list(Case).index(v.grammatical_case)),
        )


def suggested_form(nominative: str, case: Case) -> str:
    """What the rules make of ``nominative`` without a stored form: a name, a position, or a
    position with a name, as a document would decline it."""
    return declension.decline_speaker(" ".join(nominative.split()), case)


def _cleaned(data: NameFormData) -> NameFormData:
    nominative = clean_text(data.nominative, multiline=False)
    if not nominative:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Enter the name or position as it reads in the nominative."
            ),
            "nominative",
        )
    form = clean_text(data.form, multiline=False)
    if not form:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the form to print."), "form")
    cleaned = replace(
        data, nominative=nominative, form=form, grammatical_case=Case(data.grammatical_case)
    )
    check_lengths(NameForm, {"nominative": cleaned.nominative, "form": cleaned.form})
    return cleaned


def _check_unique(session: Session, data: NameFormData, own_id: int | None) -> None:
    """One form per name and case: «Ли  В.С.» and «Ли В. С.» are the same name."""
    key = declension.form_key(data.nominative)
    rows = session.scalars(
        select(NameForm).where(
            NameForm.grammatical_case == data.grammatical_case.value,
            NameForm.id != (own_id or 0),
        )
    )
    if any(declension.form_key(row.nominative) == key for row in rows):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A form of «{name}» in this case is already stored."),
            "nominative",
            name=data.nominative,
        )


def add_form(db: Database, actor: Actor, data: NameFormData) -> NameFormView:
    actor.require(Permission.EDIT_SETTINGS)
    data = _cleaned(data)
    with db.transaction() as session:
        _check_unique(session, data, None)
        row = NameForm(
            nominative=data.nominative,
            grammatical_case=data.grammatical_case.value,
            form=data.form,
            updated_by=actor.login,
        )
        session.add(row)
        session.flush()
        audit.record_create(session, actor, row)
        return _view(row)


def update_form(
    db: Database, actor: Actor, form_id: int, version: int, data: NameFormData
) -> NameFormView:
    actor.require(Permission.EDIT_SETTINGS)
    data = _cleaned(data)
    with db.transaction() as session:
        row = get_for_edit(session, NameForm, form_id, version)
        _check_unique(session, data, form_id)
        row.nominative = data.nominative
        row.grammatical_case = data.grammatical_case.value
        row.form = data.form
        audit.record_update(session, actor, row)
        return _view(row)


def delete_form(db: Database, actor: Actor, form_id: int) -> None:
    actor.require(Permission.EDIT_SETTINGS)
    with db.transaction() as session:
        row = get_or_fail(session, NameForm, form_id)
        audit.record_delete(session, actor, row)  # and deletes it
