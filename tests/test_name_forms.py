"""Stored case forms: the administrator adds, changes and removes them, audited; the documents'
read models receive them as the mapping the declension takes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AuditEntry
from commission.domain.declension import Case, decline_name
from commission.domain.enums import Role
from commission.domain.iin import Sex
from commission.domain.permissions import PermissionDenied
from commission.services import name_forms
from commission.services.context import Actor
from commission.services.errors import InvalidInput, StaleCopy
from commission.services.name_forms import NameFormData
from tests.conftest import make_admin, make_user


def test_add_change_remove_audited(db: Database) -> None:
    admin = make_admin(db)
    kim = name_forms.add_form(db, admin, NameFormData("  Ким ", Case.ACCUSATIVE, "Кима"))
    assert (kim.nominative, kim.grammatical_case, kim.form) == ("Ким", Case.ACCUSATIVE, "Кима")
    name_forms.add_form(db, admin, NameFormData("Ким", Case.DATIVE, "Киму"))
    forms = name_forms.load(db)
    assert decline_name("Ким А. В.", Case.ACCUSATIVE, Sex.FEMALE, forms) == "Кима А. В."
    assert [f.grammatical_case for f in name_forms.list_forms(db, admin)] == [
        Case.DATIVE,
        Case.ACCUSATIVE,
    ]

    changed = name_forms.update_form(
        db, admin, kim.id, kim.version, NameFormData("Ким", Case.ACCUSATIVE, "Ким")
    )
    assert changed.form == "Ким" and changed.version == kim.version + 1
    with pytest.raises(StaleCopy):
        name_forms.update_form(
            db, admin, kim.id, kim.version, NameFormData("Ким", Case.ACCUSATIVE, "Кима")
        )
    name_forms.delete_form(db, admin, kim.id)
    assert [f.form for f in name_forms.list_forms(db, admin)] == ["Киму"]
    with db.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "name_forms")
            .order_by(AuditEntry.seq)
        ).all()
    assert [str(a) for a in actions] == ["create", "create", "update", "delete"]


def test_one_form_per_name_and_case(db: Database) -> None:
    admin = make_admin(db)
    name_forms.add_form(db, admin, NameFormData("Ли В.С.", Case.DATIVE, "Ли В. С."))
    with pytest.raises(InvalidInput) as refused:
        name_forms.add_form(db, admin, NameFormData("ли  в. с.", Case.DATIVE, "Ли"))
    assert refused.value.field == "nominative"
    with pytest.raises(InvalidInput) as empty:
        name_forms.add_form(db, admin, NameFormData("Ли", Case.DATIVE, " "))
    assert empty.value.field == "form"
    with pytest.raises(InvalidInput) as long:
        name_forms.add_form(db, admin, NameFormData("Ли" * 200, Case.DATIVE, "Ли"))
    assert long.value.field == "nominative"


def test_only_the_administrator_changes_forms(db: Database) -> None:
    admin = make_admin(db)
    secretary = make_user(db, admin, "secretary", Role.SECRETARY)
    with pytest.raises(PermissionDenied):
        name_forms.add_form(db, secretary, NameFormData("Ким", Case.DATIVE, "Киму"))
    assert name_forms.list_forms(db, secretary) == []
    outsider = Actor(None, "x", "x", Role.MEMBER)
    assert name_forms.list_forms(db, outsider) == []


def test_what_the_rule_prints() -> None:
    assert name_forms.suggested_form("Нурланова А. Е.", Case.ACCUSATIVE) == "Нурланову А. Е."
    assert name_forms.suggested_form("заместитель  акима района", Case.DATIVE) == (
        "заместителю акима района"
    )
