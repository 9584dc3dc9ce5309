"""What the probation documents are made of: the programme to print and sign, and the clients
and cases registers to export. Each print or export of personal data is written to the audit
trail (what and how many, never the names)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AdminUnit, Agency, Measure, User
from commission.documents.minutes import Bilingual
from commission.documents.programme import ProgrammeContext, ProgrammeMeasure
from commission.domain.enums import AuditAction
from commission.domain.names import short_name
from commission.domain.permissions import Permission
from commission.services import audit, case_register, registers
from commission.services.case_register import CaseRow
from commission.services.cases import load_case
from commission.services.context import Actor
from commission.services.registers import ClientRow


def programme_context(db: Database, actor: Actor, case_id: int) -> ProgrammeContext:
    """The programme of a case the actor may see, as the .docx prints it (audited as a print)."""
    with db.transaction() as session:
        case, client = load_case(session, actor, case_id, edit=False)
        district = session.get_one(AdminUnit, client.district_id)
        officer = session.get(User, case.officer_id) if case.officer_id is not None else None
        rows = session.execute(
            select(Measure, Agency)
            .outerjoin(Agency, Measure.agency_id == Agency.id)
            .where(Measure.case_id == case.id)
            .order_by(Measure.deadline.is_(None), Measure.deadline, Measure.id)
        ).all()
        measures = tuple(
            ProgrammeMeasure(
                need_kind=m.need_kind.value,
                action=Bilingual.of(m.action, m.action_kk),
                agency=(
                    Bilingual(a.short_name_ru or a.name_ru, a.short_name_kk or a.name_kk)
                    if a is not None
                    else None
                ),
                deadline=m.deadline,
            )
            for m, a in rows
        )
        needs = tuple(
            n.kind.value for n in sorted(case.needs, key=lambda n: (n.priority, n.kind.value))
        )
        audit.record(session, actor, AuditAction.PRINT, "cases", case.id, {"programme": True})
        return ProgrammeContext(
            case_number=case.number,
            client_name=" ".join(
                p for p in (client.surname, client.given_name, client.patronymic) if p
            ),
            birth_date=client.birth_date,
            district=Bilingual(district.name_ru, district.name_kk),
            opened_on=case.opened_on,
            approved_on=case.approved_on,
            officer=short_name(officer.full_name) if officer else None,
            needs=needs,
            measures=measures,
            client_sex=client.sex,
        )


def _require_export(actor: Actor) -> None:
    actor.require(Permission.EXPORT_REGISTERS)
    actor.require(Permission.VIEW_CLIENTS)


def _record_export(db: Database, actor: Actor, entity: str, count: int) -> None:
    with db.transaction() as session:
        audit.record(session, actor, AuditAction.EXPORT, entity, None, {"rows": count})


def clients_register(
    db: Database, actor: Actor, *, include_deregistered: bool = True
) -> list[ClientRow]:
    """The clients the actor may see, by name, IIN masked unless the role needs it."""
    _require_export(actor)
    ids = registers.client_ids(db, actor, include_deregistered=include_deregistered)
    rows = registers.client_rows(db, actor, ids)
    _record_export(db, actor, "clients", len(rows))
    return rows


def cases_register(db: Database, actor: Actor, today: date) -> list[CaseRow]:
    """The cases of the clients the actor may see, newest first, with measure counts."""
    _require_export(actor)
    rows = case_register.case_rows(db, actor, case_register.case_ids(db, actor), today)
    _record_export(db, actor, "cases", len(rows))
    return rows
