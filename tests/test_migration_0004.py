"""Migration 0004 (the bilingual record) on a database made at 0003, with data, on both engines.

Every text typed before the upgrade is still there: as the Russian value, or as the Kazakh one
where it was typed in Kazakh; a Russian text with a Kazakh surname in it stays Russian.
"""

from __future__ import annotations

from sqlalchemy import text

from commission.db import migrate
from commission.db.engine import Database
from tests import migration_steps

STAMP = "'2026-01-01 00:00:00'"
COMMON = f"1, {STAMP}, {STAMP}"
RU_WITH_KAZAKH_NAME = "Информация Әбеновой Г. Т. о трудоустройстве"
KK = "Пробация қызметінің есепке алу жұмысы туралы ақпарат"

# (table, Russian column, Kazakh column): what 0004 pairs.
PAIRS = [
    ("meetings", "place", "place_kk"),
    ("meetings", "control_assigned_to", "control_assigned_to_kk"),
    ("agenda_items", "title", "title_kk"),
    ("agenda_items", "speakers", "speakers_kk"),
    ("agenda_items", "heard_speaker", "heard_speaker_kk"),
    ("agenda_items", "heard_summary", "heard_summary_kk"),
    ("discussion_entries", "speaker", "speaker_kk"),
    ("discussion_entries", "summary", "summary_kk"),
    ("decisions", "text", "text_kk"),
    ("attendance", "absence_reason", "absence_reason_kk"),
    ("attendance", "substitute_position", "substitute_position_kk"),
    ("invited_guests", "job_title", "job_title_kk"),
    ("work_plan_items", "question", "question_kk"),
    ("work_plan_items", "speaker", "speaker_kk"),
    ("measures", "action", "action_kk"),
    ("measures", "outcome", "outcome_kk"),
    ("agencies", "head_position", "head_position_kk"),
]


def _downgrade(db: Database, target: str) -> None:
    migration_steps.downgrade(db, target)


def _rows(ident: int, russian: str) -> list[str]:
    """One row in every table that 0004 touches; row 1 in Russian, row 2 in Kazakh."""
    c = COMMON
    return [
        f"INSERT INTO agencies (id, kind, name_ru, name_kk, head_position, is_active, version,"
        f" created_at, updated_at) VALUES ({ident}, 'police', 'Отдел {ident}', 'Бөлім {ident}',"
        f" :t, TRUE, {c})",
        f"INSERT INTO members (id, commission_id, full_name, position_ru, role, is_voting,"
        f" valid_from, version, created_at, updated_at) VALUES ({ident}, 1, 'Член {ident}',"
        f" 'Должность', 'member', TRUE, '2026-01-01', {c})",
        f"INSERT INTO meetings (id, commission_id, year, number, meeting_date, place, format,"
        f" kind, status, minutes_state, control_assigned_to, version, created_at, updated_at)"
        f" VALUES ({ident}, 1, 2026, {ident}, '2026-03-12', :t, 'in_person', 'regular', 'held',"
        f" 'draft', :t, {c})",
        f"INSERT INTO agenda_items (id, meeting_id, position, kind, title, speakers,"
        f" heard_speaker, heard_summary, version, created_at, updated_at) VALUES ({ident},"
        f" {ident}, 1, 'other', :t, :t, :t, :t, {c})",
        f"INSERT INTO discussion_entries (id, agenda_item_id, position, speaker, summary,"
        f" version, created_at, updated_at) VALUES ({ident}, {ident}, 1, :t, :t, {c})",
        f"INSERT INTO decisions (id, agenda_item_id, position, kind, text, is_binding,"
        f" report_to_secretary, casting_vote_used, control_state, version, created_at,"
        f" updated_at) VALUES ({ident}, {ident}, 1, 'instruction', :t, TRUE, TRUE, FALSE,"
        f" 'on_control', {c})",
        f"INSERT INTO attendance (id, meeting_id, member_id, status, absence_reason,"
        f" substitute_position, version, created_at, updated_at) VALUES ({ident}, {ident},"
        f" {ident}, 'absent', :t, :t, {c})",
        f"INSERT INTO invited_guests (id, meeting_id, position, full_name, job_title, version,"
        f" created_at, updated_at) VALUES ({ident}, {ident}, 1, 'Гость', :t, {c})",
        f"INSERT INTO work_plan_items (id, commission_id, year, quarter, question, speaker,"
        f" state, version, created_at, updated_at) VALUES ({ident}, 1, 2026, 1, :t, :t,"
        f" 'planned', {c})",
        f"INSERT INTO clients (id, iin, surname, given_name, search_name, birth_date, sex,"
        f" district_id, category, consent_given, version, created_at, updated_at) VALUES"
        f" ({ident}, '85010130001{ident}', 'Фамилия', 'Имя', 'фамилия имя', '1985-01-01',"
        f" 'male', 1, 'conditional', TRUE, {c})",
        f"INSERT INTO cases (id, client_id, year, seq, number, opened_on, state, version,"
        f" created_at, updated_at) VALUES ({ident}, {ident}, 2026, {ident}, '2026/{ident}',"
        f" '2026-01-10', 'draft', {c})",
        f"INSERT INTO measures (id, case_id, need_kind, action, state, outcome, version,"
        f" created_at, updated_at) VALUES ({ident}, {ident}, 'employment', :t, 'assigned', :t,"
        f" {c})",
    ]


def test_texts_become_russian_or_kazakh_values_and_nothing_is_lost(db: Database) -> None:
    _downgrade(db, "0003")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO admin_units (id, level, name_ru, name_kk, version, created_at,"
                f" updated_at) VALUES (1, 'district', 'Район', 'Аудан', {COMMON})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO commissions (id, kind, name_ru, name_kk, akimat_ru, akimat_kk,"
                " admin_unit_id, binding_by_default, quorum_numerator, quorum_denominator,"
                " chair_casting_vote, majority_of_present, meetings_per_year, day_off_rule,"
                " due_soon_working_days, version, created_at, updated_at) VALUES (1, 'merged',"
                " 'Комиссия', 'Комиссия', 'Акимат', 'Әкімдік', 1, TRUE, 1, 2, TRUE, TRUE, 4,"
                f" 'next', 5, {COMMON})"
            )
        )
        for ident, value in ((1, RU_WITH_KAZAKH_NAME), (2, KK)):
            for statement in _rows(ident, value):
                # PostgreSQL types each parameter once: a text column and a varchar one
                # cannot share it, so every use gets its own name.
                parts = statement.split(":t")
                numbered = "".join(f"{part}:t{i}" for i, part in enumerate(parts[:-1]))
                numbered += parts[-1]
                params = {f"t{i}": value for i in range(len(parts) - 1)}
                conn.execute(text(numbered), params)

    result = migrate.upgrade(db)
    assert result.before == "0003" and result.after == migrate.head_revision()

    with db.engine.connect() as conn:
        for table, ru, kk in PAIRS:
            rows = dict(
                (row_id, (ru_value, kk_value))
                for row_id, ru_value, kk_value in conn.execute(
                    text(f"SELECT id, {ru}, {kk} FROM {table} ORDER BY id")
                ).all()
            )
            assert rows[1] == (RU_WITH_KAZAKH_NAME, None), (table, ru)
            assert rows[2][1] == KK, (table, ru)
            assert rows[2][0] in ("", None), (table, ru)
        new_tables = conn.execute(text("SELECT count(*) FROM phrases")).scalar_one()
        assert new_tables == 0
        sexes = conn.execute(text("SELECT sex FROM members ORDER BY id")).scalars().all()
        assert sexes == [None, None]


def test_downgrade_keeps_a_kazakh_only_text_as_the_one_text(db: Database) -> None:
    """Going back to 0003 must not empty a field that only had its Kazakh value."""
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agencies (id, kind, name_ru, name_kk, head_position,"
                " head_position_kk, is_active, version, created_at, updated_at) VALUES"
                f" (1, 'police', 'Отдел', 'Бөлім', NULL, 'Бөлім бастығы', TRUE, {COMMON}),"
                f" (2, 'police', 'Отдел 2', 'Бөлім 2', 'Начальник', 'Бастық', TRUE, {COMMON})"
            )
        )
    _downgrade(db, "0003")
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, head_position FROM agencies ORDER BY id")).all()
    assert [tuple(row) for row in rows] == [(1, "Бөлім бастығы"), (2, "Начальник")]
    migrate.upgrade(db)
