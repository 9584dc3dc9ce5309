"""Clients' cases examined under an agenda item, shown by number and initials only."""

from __future__ import annotations

from sqlalchemy import or_, select

from commission.db.engine import Database
from commission.db.models import (
    AgendaItemCase,
    Case,
    Client,
)
from commission.domain.enums import (
    AuditAction,
)
from commission.domain.names import case_label
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.agenda_views import (
    AgendaItemView,
    CaseLinkView,
    editable_item,
    one_view,
)
from commission.services.common import get_or_fail
from commission.services.context import Actor
from commission.services.errors import not_found
from commission.services.registers import OPEN_CASE_STATES, search_key
from commission.services.scope import covered_districts

CASE_CHOICES_LIMIT = 50


def link_case(db: Database, actor: Actor, item_id: int, case_id: int) -> AgendaItemView:
    """Examine a client's case under the item; linking it twice changes nothing."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = editable_item(session, actor, item_id)
        case = get_or_fail(session, Case, case_id)
        covered = covered_districts(session, actor)
        if (
            covered is not None
            and session.get_one(Client, case.client_id).district_id not in covered
        ):
            raise not_found("cases")
        if session.get(AgendaItemCase, (item.id, case_id)) is None:
            link = AgendaItemCase(agenda_item_id=item.id, case_id=case_id, is_escalation=False)
            session.add(link)
            audit.record_create(session, actor, link)
        return one_view(session, item)


def unlink_case(db: Database, actor: Actor, item_id: int, case_id: int) -> AgendaItemView:
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = editable_item(session, actor, item_id)
        link = session.get(AgendaItemCase, (item.id, case_id))
        if link is not None:
            audit.record_delete(session, actor, link)
            session.flush()
        return one_view(session, item)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def case_choices(db: Database, actor: Actor, search: str) -> list[CaseLinkView]:
    """Open cases to link, newest first: by case number, or by the start of the surname.

    The secretary links cases without seeing the register; what is shown is the number and
    initials only. Handing out a list is still recorded, as for every list of clients.
    """
    actor.require(Permission.EDIT_MEETINGS)
    text = " ".join(search.split())
    with db.transaction() as session:
        query = (
            select(Case.id, Case.number, Client.surname, Client.given_name, Client.patronymic)
            .join(Client, Case.client_id == Client.id)
            .where(Case.state.in_(OPEN_CASE_STATES))
            .order_by(Case.opened_on.desc(), Case.id.desc())
            .limit(CASE_CHOICES_LIMIT)
        )
        covered = covered_districts(session, actor)
        if covered is not None:
            query = query.where(Client.district_id.in_(covered))
        if text:
            # search_name is case-folded in Python, so a folded prefix matches on both engines.
            by_name = Client.search_name.like(f"{_escape_like(search_key(text))}%", escape="\\")
            by_number = Case.number.like(f"%{_escape_like(text)}%", escape="\\")
            query = query.where(or_(by_number, by_name))
        rows = session.execute(query).all()
        if rows:
            audit.record(
                session,
                actor,
                AuditAction.VIEW,
                "cases",
                None,
                {"list": len(rows), "search": bool(text), "purpose": "agenda"},
            )
        return [
            CaseLinkView(case_id, number, case_label(surname, given, patronymic))
            for case_id, number, surname, given, patronymic in rows
        ]
