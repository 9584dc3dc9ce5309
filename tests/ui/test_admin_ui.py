"""The administration area driven through its real widgets, tab by tab."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from commission import i18n
from commission import settings as local_settings
from commission.db.engine import Database
from commission.db.models import AuditEntry
from commission.domain.enums import AdminLevel, CommissionKind, MemberRole, Role
from commission.domain.workcalendar import DayKind
from commission.services import audit, auth, calendar, composition, users
from commission.services.audit import VerifyResult
from commission.services.context import Actor
from commission.ui.admin import AdministrationArea
from commission.ui.admin.audit_tab import AuditTab, describe_changes
from commission.ui.admin.commission_tab import quorum_needed
from commission.ui.admin.forms import FormDialog, to_qdate
from commission.ui.context import AppContext
from tests.conftest import PASSWORD, make_admin, make_user
from tests.insider import insider_sql

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform reports every shown window's size hints as unsupported.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

NEW_PASSWORD = "another horse 2"


def _commission(db: Database, admin: Actor) -> composition.CommissionView:
    return composition.create_commission(
        db,
        admin,
        composition.CommissionData(
            kind=CommissionKind.MERGED,
            name_ru="Межведомственная комиссия по профилактике правонарушений",
            name_kk="Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия",
            akimat_ru="Акимат Целиноградского района",
            akimat_kk="Целиноград ауданының әкімдігі",
        ),
        composition.AdminUnitData(AdminLevel.DISTRICT, "Целиноградский район", "Целиноград ауданы"),
    )


def _area(qtbot: QtBot, db: Database, actor: Actor) -> AdministrationArea:
    area = AdministrationArea(AppContext(db, actor))
    qtbot.addWidget(area)
    area.resize(1100, 700)
    area.show()
    return area


def _save(qtbot: QtBot, dialog: FormDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _member(name: str, role: MemberRole, start: date) -> composition.MemberData:
    return composition.MemberData(
        full_name=name, position_ru="Заместитель акима", role=role, valid_from=start
    )


def _tab_titles(area: AdministrationArea) -> list[str]:
    return [area.tabs.tabText(i).replace("&", "") for i in range(area.tabs.count())]


def test_tabs_follow_the_role(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    assert _tab_titles(_area(qtbot, sqlite_db, admin)) == [
        "Commission",
        "Composition",
        "Required items",
        "Users",
        "Working days",
        "Name forms",
        "Phrase book",
        "Audit",
        "Backups",
    ]
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    area = _area(qtbot, sqlite_db, secretary)
    assert _tab_titles(area) == [
        "Commission",
        "Composition",
        "Required items",
        "Working days",
        "Name forms",
        "Phrase book",
    ]
    assert area.users_tab is None and area.audit_tab is None
    assert area.calendar_tab is not None and area.calendar_tab.add_button.isEnabled()

    member = make_user(sqlite_db, admin, "member", Role.MEMBER)
    area = _area(qtbot, sqlite_db, member)
    assert area.commission_tab is not None and not area.commission_tab.save_button.isVisible()
    assert area.commission_tab.name_ru.isReadOnly()
    assert area.composition_tab is not None
    assert not area.composition_tab.edit_button.isVisible()
    assert not area.composition_tab.edit_button.isEnabled()
    assert area.calendar_tab is not None and not area.calendar_tab.add_button.isEnabled()


def test_commission_settings_are_saved(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    tab = area.commission_tab
    assert tab is not None and tab.commission is not None
    assert tab.akimat_ru.text() == "Акимат Целиноградского района"
    assert "half" in tab.quorum_sentence.text()

    tab.quorum_numerator.setValue(2)
    tab.quorum_denominator.setValue(3)
    assert "2/3" in tab.quorum_sentence.text()  # the sentence follows the spin boxes live
    tab.act_type.setText("Постановление акимата")
    tab.act_number.setText("45")
    tab.act_date.set_value(date(2025, 2, 3))
    tab.meetings_per_year.setValue(6)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    stored = composition.get_commission(sqlite_db, admin)
    assert (stored.quorum_numerator, stored.quorum_denominator) == (2, 3)
    assert (stored.act_type, stored.act_number, stored.act_date) == (
        "Постановление акимата",
        "45",
        date(2025, 2, 3),
    )
    assert stored.meetings_per_year == 6
    assert tab.status.text() == "Saved."
    assert tab.commission is not None and tab.commission.version == stored.version


def test_commission_refusal_is_shown_in_the_tab(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    tab = area.commission_tab
    assert tab is not None
    tab.name_ru.setPlainText("   ")
    tab.quorum_numerator.setValue(3)
    tab.quorum_denominator.setValue(3)
    assert "below one" in tab.quorum_sentence.text()
    assert not tab.save()
    assert tab.error_label.isVisible() and tab.error_label.text()
    assert tab.focusWidget() is tab.name_ru
    assert tab.quorum_numerator.value() == 3  # what the user typed stays
    assert composition.get_commission(sqlite_db, admin).quorum_numerator == 1


def test_quorum_needed() -> None:
    assert quorum_needed(12, 1, 2) == 7
    assert quorum_needed(11, 1, 2) == 6
    assert quorum_needed(9, 2, 3) == 7


def test_adding_and_replacing_a_member(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.composition_tab)
    tab = area.composition_tab
    assert tab is not None
    start = date.today() - timedelta(days=30)

    dialog = tab.open_member_dialog(None)
    assert dialog is not None
    dialog.full_name.setText("Сулейменов Ержан Маратович")
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.CHAIR.value))
    dialog.position_ru.setText("Заместитель акима района")
    dialog.valid_from.setDate(to_qdate(start))
    dialog.decree.setText("№ 12 от 10.01.2025")
    _save(qtbot, dialog)

    (chair,) = composition.list_members(sqlite_db, admin, on=date.today())
    assert (chair.full_name, chair.role, chair.valid_from) == (
        "Сулейменов Ержан Маратович",
        MemberRole.CHAIR,
        start,
    )
    assert [m.full_name for m in tab.model.rows()] == ["Сулейменов Ержан Маратович"]
    assert tab.edit_button.isEnabled() and tab.replace_button.isEnabled()

    replace = tab.open_replace_dialog(chair.id)
    assert replace is not None
    assert replace.role.currentData() == MemberRole.CHAIR.value  # the post carries over
    assert replace.position_ru.text() == "Заместитель акима района"
    replace.full_name.setText("Омаров Данияр")
    replace.decree.setText("№ 30 от 01.03.2026")
    replace.valid_from.setDate(to_qdate(date.today()))
    assert (date.today() - timedelta(days=1)).strftime("%d.%m.%Y") in replace.ends_note.text()
    _save(qtbot, replace)

    history = composition.list_members(sqlite_db, admin)
    assert {(m.full_name, m.valid_to) for m in history} == {
        ("Сулейменов Ержан Маратович", date.today() - timedelta(days=1)),
        ("Омаров Данияр", None),
    }
    assert [m.full_name for m in tab.model.rows()] == ["Омаров Данияр"]
    tab.whole_history.setChecked(True)
    assert len(tab.model.rows()) == 2
    assert not tab.on_date.isEnabled()


def test_a_second_chair_is_refused_inside_the_dialog(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    composition.add_member(
        sqlite_db, admin, _member("Сулейменов Е. М.", MemberRole.CHAIR, date(2025, 1, 1))
    )
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.composition_tab)
    tab = area.composition_tab
    assert tab is not None
    dialog = tab.open_member_dialog(None)
    assert dialog is not None
    dialog.full_name.setText("Второй председатель")
    dialog.position_ru.setText("Аким")
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.CHAIR.value))
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Сулейменов Е. М." in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.role
    assert len(composition.list_members(sqlite_db, admin)) == 1


def test_users_tab_adds_an_officer_resets_and_unlocks(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    (district,) = composition.list_admin_units(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.users_tab)
    tab = area.users_tab
    assert tab is not None
    assert [u.login for u in tab.model.rows()] == ["admin"]

    dialog = tab.open_user_dialog(None)
    assert dialog is not None and dialog.password is not None
    assert dialog.password_repeat is not None
    qtbot.keyClicks(dialog.login, "officer")
    dialog.full_name.setText("Петрова Айгуль")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.PROBATION_OFFICER.value))
    assert dialog.district_note.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_repeat, PASSWORD + "x")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.password_repeat

    dialog.password_repeat.setText(PASSWORD)
    _save(qtbot, dialog)  # no district yet: refused, the district gets the focus
    assert dialog.isVisible() and dialog.focusWidget() is dialog.district
    assert "district" in dialog.error_label.text()

    dialog.district.setCurrentIndex(dialog.district.findData(district.id))
    _save(qtbot, dialog)
    officer = next(u for u in users.list_users(sqlite_db, admin) if u.login == "officer")
    assert (officer.role, officer.district_id) == (Role.PROBATION_OFFICER, district.id)
    assert auth.login(sqlite_db, "officer", PASSWORD).role == Role.PROBATION_OFFICER
    row = tab.model.find(officer.id)
    assert row is not None and tab.table.current() == row
    district_column = 3
    index = tab.model.index(tab.model.rows().index(row), district_column)
    assert tab.model.data(index) == "Целиноградский район"

    # Wrong passwords pause the account's log-in; the tab shows it and lifts the pause.
    for _ in range(auth.FREE_FAILURES):
        with pytest.raises(auth.LoginFailed):
            auth.login(sqlite_db, "officer", "wrong password")
    tab.refresh()
    assert tab.table.select_key(officer.id)
    assert tab.unlock_button.isEnabled()
    qtbot.mouseClick(tab.unlock_button, Qt.MouseButton.LeftButton)
    current = tab.table.current()
    assert current is not None and not current.locked
    assert not tab.unlock_button.isEnabled()
    auth.login(sqlite_db, "officer", PASSWORD)

    reset = tab.open_password_dialog(officer.id)
    assert reset is not None
    qtbot.keyClicks(reset.password, "short")
    qtbot.keyClicks(reset.password_repeat, "short")
    _save(qtbot, reset)
    assert reset.isVisible() and reset.focusWidget() is reset.password
    assert "10" in reset.error_label.text()
    reset.password.setText(NEW_PASSWORD)
    reset.password_repeat.setText(NEW_PASSWORD)
    _save(qtbot, reset)
    assert auth.login(sqlite_db, "officer", NEW_PASSWORD).login == "officer"


def test_editing_a_user_keeps_the_login(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.users_tab)
    tab = area.users_tab
    assert tab is not None
    dialog = tab.open_user_dialog(secretary.user_id)
    assert dialog is not None and dialog.password is None
    assert dialog.login.isReadOnly() and dialog.login.text() == "secretary"
    dialog.is_active.setChecked(False)
    _save(qtbot, dialog)
    stored = next(u for u in users.list_users(sqlite_db, admin) if u.login == "secretary")
    assert not stored.is_active
    row = tab.model.find(stored.id)
    assert row is not None and tab.model.is_dimmed(row)


def test_calendar_working_saturday_added_and_removed(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.calendar_tab)
    tab = area.calendar_tab
    assert tab is not None
    tab.year.setValue(2031)
    assert tab.model.rowCount() == 0 and tab.fill_button.isEnabled()
    saturday = date(2031, 3, 1)
    assert saturday.weekday() == 5

    dialog = tab.open_day_dialog(None)
    assert dialog is not None
    dialog.date.setDate(to_qdate(saturday))
    assert dialog.kind.currentData() == DayKind.WORKING_DAY.value  # a weekend day: working
    assert dialog.weekday.text()
    dialog.name.setText("Постановление Правительства № 1")
    _save(qtbot, dialog)

    assert [(d.day, d.kind) for d in calendar.list_days(sqlite_db, admin, 2031)] == [
        (saturday, DayKind.WORKING_DAY)
    ]
    assert [d.day for d in tab.model.rows()] == [saturday]
    current = tab.table.current()
    assert current is not None and current.day == saturday
    assert not tab.fill_button.isEnabled()

    box = tab.remove_day(saturday)  # asks first
    assert isinstance(box, QMessageBox)
    no = box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert len(calendar.list_days(sqlite_db, admin, 2031)) == 1
    box = tab.remove_day(saturday)
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert calendar.list_days(sqlite_db, admin, 2031) == []
    assert tab.model.rowCount() == 0


def test_calendar_refuses_a_working_weekday_inline(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.calendar_tab)
    tab = area.calendar_tab
    assert tab is not None
    dialog = tab.open_day_dialog(None)
    assert dialog is not None
    dialog.date.setDate(to_qdate(date(2031, 3, 4)))  # a Tuesday
    dialog.kind.setCurrentIndex(dialog.kind.findData(DayKind.WORKING_DAY.value))
    dialog.name.setText("x")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "04.03.2031" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.kind


def test_calendar_filled_from_the_holiday_list(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.calendar_tab)
    tab = area.calendar_tab
    assert tab is not None
    tab.year.setValue(2030)
    qtbot.mouseClick(tab.fill_button, Qt.MouseButton.LeftButton)
    days = calendar.list_days(sqlite_db, admin, 2030)
    assert date(2030, 1, 1) in {d.day for d in days}
    assert tab.model.rowCount() == len(days)
    assert str(len(days)) in tab.status.text()
    assert not tab.fill_button.isEnabled()
    tab.remove_day(date(2030, 1, 1), confirm=False)
    assert len(calendar.list_days(sqlite_db, admin, 2030)) == len(days) - 1


def test_audit_tab_lists_entries_and_verifies(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.audit_tab)
    tab = area.audit_tab
    assert tab is not None
    rows = [line.entry for line in tab.model.rows()]
    assert [e.seq for e in rows] == sorted((e.seq for e in rows), reverse=True)
    assert {e.entity for e in rows} >= {"users", "admin_units", "commissions"}

    with qtbot.waitSignal(tab.sig_verified, timeout=10_000) as blocker:
        tab.verify()
    result = blocker.args[0] if blocker.args else None
    assert isinstance(result, VerifyResult) and result.ok
    assert tab.result.text().startswith("The audit trail is intact")
    assert f"Checked: {result.checked} entries" in tab.result.text()

    # A change made elsewhere in the program appears at the top of the list.
    composition.add_member(sqlite_db, admin, _member("Новый член", MemberRole.MEMBER, date.today()))
    area.ctx.changes.sig_changed.emit("members")
    assert tab.model.rows()[0].entry.entity == "members"

    # Someone edits an entry directly in the database: the check names it.
    insider_sql(sqlite_db, "UPDATE audit_entries SET user_login = 'intruder' WHERE seq = 2")
    with qtbot.waitSignal(tab.sig_verified, timeout=10_000):
        tab.verify()
    assert "Entry No. 2 was changed behind the program" in tab.result.text()
    assert "restore the database from a backup" in tab.result.text()


def _verified_text(qtbot: QtBot, tab: AuditTab, deep: bool = False) -> str:
    tab.deep_box.setChecked(deep)
    with qtbot.waitSignal(tab.sig_verified, timeout=20_000):
        tab.verify()
    return tab.result.text()


def test_the_audit_check_speaks_the_users_language(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    i18n.install("ru")
    try:
        area = _area(qtbot, sqlite_db, admin)
        area.tabs.setCurrentWidget(area.audit_tab)
        tab = area.audit_tab
        assert tab is not None
        text = _verified_text(qtbot, tab, deep=True)
        assert "журнал цел" in text.lower(), text
        assert str(sqlite_db.checkpoints.folder) in text

        # Someone deletes the last entries and mends the head: the checkpoints name the cut.
        with sqlite_db.reading() as session:
            head = session.scalars(select(func.max(AuditEntry.seq))).one()
        insider_sql(sqlite_db, "DELETE FROM audit_entries WHERE seq > :s", s=head - 2)
        insider_sql(
            sqlite_db,
            "UPDATE audit_head SET last_seq = :s, last_hash = "
            "(SELECT hash FROM audit_entries WHERE seq = :s)",
            s=head - 2,
        )
        text = _verified_text(qtbot, tab)
        assert f"Журнал заканчивается на № {head - 2}" in text, text
        assert "восстановите базу из резервной копии" in text

        i18n.install("kk")
        text = _verified_text(qtbot, tab)
        assert f"№ {head - 2}" in text and "сақтық көшірме" in text, text
    finally:
        i18n.install("en")


def test_a_record_edited_behind_the_program_is_named(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    _commission(sqlite_db, admin)
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.audit_tab)
    tab = area.audit_tab
    assert tab is not None
    insider_sql(sqlite_db, "UPDATE commissions SET name_ru = 'Подменено'")
    assert _verified_text(qtbot, tab).startswith("The audit trail is intact")  # not deep
    text = _verified_text(qtbot, tab, deep=True)
    assert "1 records differ from it" in text and "Commission No. 1: changed behind" in text, text


def test_the_checkpoint_folder_is_chosen_on_the_audit_tab(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    admin = make_admin(sqlite_db)
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.audit_tab)
    tab = area.audit_tab
    assert tab is not None
    shared = tmp_path / "shared"
    assert tab.use_folder(shared) == shared
    assert local_settings.load().checkpoint_folder == str(shared)
    assert str(shared) in tab.folder_label.text()
    assert "intact" in _verified_text(qtbot, tab, deep=True)


def test_audit_pages_older_entries_on_demand(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    for year in range(2001, 2001 + 210):
        calendar.set_day(sqlite_db, admin, date(year, 1, 6), DayKind.HOLIDAY, f"День {year}")
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.audit_tab)
    tab = area.audit_tab
    assert tab is not None
    total = len(audit.recent_entries(sqlite_db, admin, limit=1000))
    assert total > 200
    assert tab.model.rowCount() <= 200 or tab.model.rowCount() == total
    while tab.model.canFetchMore(tab.model.index(-1, -1)):
        tab.model.fetchMore(tab.model.index(-1, -1))
    assert tab.model.rowCount() == total
    assert [e.entry.seq for e in tab.model.rows()] == list(range(total, 0, -1))


def test_recent_entries_need_the_audit_permission(sqlite_db: Database) -> None:
    admin = make_admin(sqlite_db)
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    from commission.domain.permissions import PermissionDenied

    with pytest.raises(PermissionDenied):
        audit.recent_entries(sqlite_db, secretary)
    entries = audit.recent_entries(sqlite_db, admin, limit=1)
    assert len(entries) == 1 and entries[0].action == "login"


def test_describe_changes() -> None:
    assert describe_changes("create", {"name": [None, "ЦОН"]}) == ["name: ЦОН"]
    assert describe_changes("update", {"phone": ["1", None]}) == ["phone: 1 → —"]
    assert describe_changes("login_failed", {"reason": "locked"}) == ["reason: locked"]
    assert describe_changes("create", {"seeded_years": [2026, 2027], "days": 19}) == [
        "seeded_years: [2026, 2027]",
        "days: 19",
    ]


def test_the_audit_names_people_and_filters_by_user_record_and_day(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    """An inspector asks «what did this secretary do, on which records, when»: the tab
    answers with people's names and roles, and sentences for what the program records."""
    from commission.services import audit_log

    admin = make_admin(sqlite_db)
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    auth.login(sqlite_db, "secretary", PASSWORD)
    calendar.set_day(sqlite_db, secretary, date(2026, 1, 6), DayKind.HOLIDAY, "Тест")
    cli = Actor.command_line()
    calendar.set_day(sqlite_db, cli, date(2026, 1, 7), DayKind.HOLIDAY, "Тест 2")
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.audit_tab)
    tab = area.audit_tab
    assert tab is not None and tab.filters_loaded
    users = [tab.user_filter.itemText(i) for i in range(tab.user_filter.count())]
    assert f"{secretary.full_name} (Secretary)" in users
    assert "Command line (any user of the computer)" in users
    assert "secretary" not in users  # a person, not a login
    # Every kind of record has a readable name: no table's name reaches the administrator.
    kinds = [tab.entity_filter.itemText(i) for i in range(1, tab.entity_filter.count())]
    assert kinds and all(" " in k or k[0].isupper() for k in kinds), kinds
    assert not any("_" in k for k in kinds)
    tab.user_filter.setCurrentIndex(tab.user_filter.findData(audit_log.COMMAND_LINE_PREFIX))
    assert {line.author.login for line in tab.model.rows()} == {cli.login}
    tab.user_filter.setCurrentIndex(tab.user_filter.findData("secretary"))
    shown = tab.model.rows()
    assert shown and {line.author.login for line in shown} == {"secretary"}
    assert {tab.model.data(tab.model.index(r, 2)) for r in range(len(shown))} == {
        f"{secretary.full_name} (Secretary)"
    }
    actions = {line.entry.action for line in shown}
    assert actions == {"login", "create"}
    login_row = next(r for r, line in enumerate(shown) if line.entry.action == "login")
    assert tab.model.data(tab.model.index(login_row, 6)) == "Logged in."
    tab.entity_filter.setCurrentIndex(tab.entity_filter.findData("calendar_days"))
    assert {line.entry.entity for line in tab.model.rows()} == {"calendar_days"}
    tab.user_filter.setCurrentIndex(0)
    assert len(tab.model.rows()) >= 2
    tab.to_date.set_value(date.today() - timedelta(days=1))
    assert tab.model.rows() == []
    everything = audit_log.entries(sqlite_db, admin, audit_log.AuditFilter())
    assert len(everything) == len(audit.recent_entries(sqlite_db, admin))


def test_the_filtered_audit_is_saved_for_an_inspection(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    """Every entry the filters select goes into the workbook, in the words the tab shows."""
    import gc

    import openpyxl

    from commission.services import audit_log

    admin = make_admin(sqlite_db)
    secretary = make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    for day in range(1, 26):
        calendar.set_day(sqlite_db, secretary, date(2026, 2, day), DayKind.HOLIDAY, f"День {day}")
    area = _area(qtbot, sqlite_db, admin)
    area.tabs.setCurrentWidget(area.audit_tab)
    tab = area.audit_tab
    assert tab is not None and tab.filters_loaded
    tab.user_filter.setCurrentIndex(tab.user_filter.findData("secretary"))
    target = tmp_path / "audit.xlsx"
    worker = tab.export(target)
    assert worker is not None
    qtbot.waitUntil(lambda: worker.is_finished(), timeout=20000)
    assert worker.written
    qtbot.waitUntil(gc.isenabled)
    assert QApplication.activeModalWidget() is None  # the window's notice, not a box
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    start = next(i for i, row in enumerate(rows) if list(row[:7]) == headers)
    body = rows[start + 1 :]
    expected = audit_log.entries(
        sqlite_db, admin, audit_log.AuditFilter(user_login="secretary"), 1000
    )
    assert len(body) == len(expected) >= 25
    assert {row[2] for row in body} == {f"{secretary.full_name} (Secretary)"}
    assert [row[0] for row in body] == [line.entry.seq for line in expected]


def test_the_program_s_entries_read_as_sentences(qapp: object) -> None:
    from commission import i18n
    from commission.ui.admin.audit_words import sentence

    assert sentence("view", {"list": 3, "search": True}) == (
        "Looked at a list of 3 record(s), found by a search."
    )
    assert sentence("view", {"card": "personal data accessed"}) == "Opened the card."
    assert sentence("update", {"name_ru": ["а", "б"]}) is None
    i18n.install("kk")
    try:
        assert sentence("print", {"programme": True}) == "Жеке бағдарлама басып шығарылды."
        assert sentence("login_failed", {"reason": "password"}) == (
            "Жүйеге кіруге рұқсат етілмеді: құпиясөз қате."
        )
    finally:
        i18n.install("en")


def test_rows_the_program_recorded_read_as_a_count_in_kazakh(qapp: object) -> None:
    from commission import i18n
    from commission.ui.labels import audit_action_label

    i18n.install("kk")
    try:
        rows = {"1": "a" * 64, "2": "b" * 64, "7": "c" * 64}
        assert describe_changes("stamp", {"rows": rows}) == ["жазбалар саны: 3"]
        assert audit_action_label("stamp") == "Жазбалар есепке алынды"
        assert audit_action_label("baseline") == "Жазбалар журнал есебіне алынды"
    finally:
        i18n.install("en")


def test_the_commission_s_word_template_is_chosen_in_its_settings_and_used_for_minutes(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    """The secretary chooses the akimat's blank once in the commission's settings; the
    minutes written from the meetings area are on it; a PDF chosen by mistake is refused
    with the reason and the blank stays; «Use the program's template» goes back."""
    import docx

    from commission.ui.meetings.minutes_tab import MinutesTab
    from tests.test_decisions import make_sitting
    from tests.test_document_templates import blank

    admin = make_admin(sqlite_db)
    sitting = make_sitting(sqlite_db, admin)
    ctx = AppContext(sqlite_db, sitting.secretary)
    area = AdministrationArea(ctx)
    qtbot.addWidget(area)
    area.resize(1100, 700)
    area.show()
    tab = area.commission_tab
    assert tab is not None
    box = tab.template_box
    assert box.current.text() == "The template shipped with the program."
    assert box.choose_button.isVisible() and not box.ours_button.isEnabled()

    source = tmp_path / "Бланк акимата.docx"
    source.write_bytes(blank("АКИМАТ ЦЕЛИНОГРАДСКОГО РАЙОНА"))
    assert box.use_file(source)
    assert "Бланк акимата.docx" in box.current.text() and box.ours_button.isEnabled()

    wrong = tmp_path / "Бланк.pdf"
    wrong.write_bytes(b"%PDF-1.4\n")
    assert not box.use_file(wrong)
    shown = [text for text in ctx._open_messages if "Бланк.pdf" in text]
    assert shown and "Word" in shown[0]
    assert "Бланк акимата.docx" in box.current.text()

    minutes_tab = MinutesTab(ctx, sitting.meeting_id)
    qtbot.addWidget(minutes_tab)
    target = tmp_path / "minutes.docx"
    worker = minutes_tab.export_docx(target, "ru", confirmed=True)
    assert worker is not None and not isinstance(worker, QMessageBox)
    with qtbot.waitSignal(worker.sig_finished, timeout=20000):
        pass
    header = docx.Document(str(target)).sections[-1].header
    # The draft's mark («ПРОЕКТ») joins the letterhead, which stays.
    assert "АКИМАТ ЦЕЛИНОГРАДСКОГО РАЙОНА" in [p.text for p in header.paragraphs]

    copy = tmp_path / "copy.docx"
    assert box.save_copy_to(copy) and copy.read_bytes() == source.read_bytes()
    assert box.use_ours(confirmed=True)
    assert box.current.text() == "The template shipped with the program."


def test_columns_are_kept_as_the_user_leaves_them(qtbot: QtBot, sqlite_db: Database) -> None:
    """A secretary widens a column and hides another in the users' list; the next time the
    list is built it looks the same; «as the program lays them out» puts them back."""
    admin = make_admin(sqlite_db)
    make_user(sqlite_db, admin, "secretary", Role.SECRETARY)
    area = _area(qtbot, sqlite_db, admin)
    tab = area.users_tab
    assert tab is not None
    area.tabs.setCurrentWidget(tab)
    header = tab.table.view.horizontalHeader()
    keeper = tab.table.columns
    assert keeper is not None and header.sectionsMovable()
    header.resizeSection(0, 333)
    menu = keeper.menu()
    hidden = menu.actions()[2]
    hidden.setChecked(False)  # the third column's box unticked
    keeper.save()
    assert local_settings.load().table_columns["users"]

    again = _area(qtbot, sqlite_db, admin)
    again_tab = again.users_tab
    assert again_tab is not None
    again.tabs.setCurrentWidget(again_tab)
    again_header = again_tab.table.view.horizontalHeader()
    assert again_header.sectionSize(0) == 333 and again_header.isSectionHidden(2)
    assert again_tab.table.columns is not None
    again_tab.table.columns.reset()
    assert not again_header.isSectionHidden(2)
    assert "users" not in local_settings.load().table_columns
