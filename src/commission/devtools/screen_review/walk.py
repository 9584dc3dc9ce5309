"""Every screen a user of each role opens, shown one after another on a demo database.

The walk logs each demo user in, shows every area of the main window (each tab of it), and the
cards and dialogs opened from there: the meeting page and its tabs, the agenda item editor, the
decision dialog, the control card, the case and client cards, a new case, the search, the
settings; and the first-run wizard's pages once. Each screen, once its layouts and lazy reads
settled, goes to ``visit(name, widget)``: the review checks it, the script also saves a picture.
Nothing is saved or changed in the database: every dialog is closed unsaved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt, QTimer
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from commission import i18n
from commission import settings as local_settings
from commission.db.engine import Database

Visit = Callable[[str, QWidget], None]
WIDTH, HEIGHT = 1280, 800
# The district demo's users, then the oblast's secretary on the oblast demo.
ROLES = ("admin", "secretary", "chair", "member", "officer")
OBLAST_ROLE = "oblast"


def settle() -> None:
    """Let posted events, zero timers and lazy pages run, as a user's first second would."""
    for _ in range(4):
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()


class Walk:
    """Shows the screens of one user; ``today`` is the demo's day."""

    def __init__(self, db: Database, login: str, visit: Visit, today: date) -> None:
        self.db = db
        self.login = login
        self.visit = visit
        self.today = today

    def show(self, widget: QWidget, name: str) -> None:
        settle()
        as_on_screen(widget)
        settle()
        self.visit(f"{self.login}/{name}", widget)

    def tabs(self, root: QWidget, name: str) -> None:
        """``root`` as it is, then each page of its outermost tab widgets, each named by the
        tab's title (nested tabs walked inside their page)."""
        self.show(root, name)
        for tabs in _outer_tabs(root):
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == current or not tabs.isTabVisible(index):
                    continue
                tabs.setCurrentIndex(index)
                title = tabs.tabText(index).replace("&", "")
                self.show(root, f"{name}/{title}")
            tabs.setCurrentIndex(current)

    def run(self) -> None:
        from commission.services import auth
        from commission.services.demo import DEMO_PASSWORD
        from commission.ui.context import AppContext
        from commission.ui.main_window import MainWindow

        # Each user's first look: no columns or panels as a previous walk left them.
        for name in local_settings.load().table_columns:
            local_settings.remember_table_columns(name, None)
        actor = auth.login(self.db, self.login, DEMO_PASSWORD)
        ctx = AppContext(self.db, actor, clock=lambda: self.today)
        # The settings of a computer set to the interface's language, as the program starts.
        config = local_settings.LocalSettings(language=i18n.current_language())
        window = MainWindow(ctx, config)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.show()
        window.resize(WIDTH, HEIGHT)
        try:
            for spec in window.areas:
                area = window.show_area(spec.key)
                self.tabs(window, spec.key)
                opener = getattr(self, f"_{spec.key}", None)
                if opener is not None:
                    opener(window, area)
            self._search(window)
            self._settings(window)
            self._reminders(window, ctx)
        finally:
            window.close()
            window.deleteLater()
            settle()

    # --- the cards of each area ---------------------------------------------------------------

    def card(self, dialog: QDialog | None, name: str) -> None:
        """``dialog`` (None: the user may not open it) and its tabs, then closed unsaved."""
        if dialog is None:
            return
        try:
            if not dialog.isVisible():
                dialog.show()
            self.tabs(dialog, name)
        finally:
            dialog.reject()
            dialog.deleteLater()

    def _meetings(self, window: QWidget, area: object) -> None:
        from commission.ui.meetings.area import MeetingsArea

        assert isinstance(area, MeetingsArea)
        settle()
        rows = [row for r in range(area.model.rowCount()) if (row := area.model.row_at(r))]
        with_agenda = [m for m in rows if m.agenda_items > 1] or rows
        if not with_agenda:
            return
        page = area.open_meeting(with_agenda[-1].id)
        self.tabs(window, "meeting")
        page.show_tab(page.agenda_tab)
        agenda_tab = page.agenda_tab
        if agenda_tab.model.rowCount() > 1:
            agenda_tab.list.setCurrentIndex(agenda_tab.model.index(1, 0))
            self.show(window, "meeting/agenda item")
        decided = agenda_tab.editor.decided
        if decided.decision_model.rowCount() and decided.edit_decision_button.isVisible():
            decided.decision_table.selectRow(0)
            self.card(decided.edit_decision(), "meeting/decision")
        area.show_list()
        if ctx_can(area, "EDIT_MEETINGS"):
            self.card(area.new_meeting(), "new meeting")
            plan = area.workplan
            first = plan.model.row_at(0) if plan.model.rowCount() else None
            self.card(plan.open_item_dialog(first), "work plan item")

    def _agencies(self, window: QWidget, area: object) -> None:
        from commission.ui.agencies.area import AgenciesArea

        assert isinstance(area, AgenciesArea)
        if area.model.rowCount():
            self.card(area.open_agency_dialog(area.model.row_at(0).id), "agency card")

    def _administration(self, window: QWidget, area: object) -> None:
        from commission.ui.admin.area import AdministrationArea

        assert isinstance(area, AdministrationArea)
        composition, users = area.composition_tab, area.users_tab
        if composition is not None and composition.model.rowCount():
            member = composition.model.row_at(0).id
            self.card(composition.open_member_dialog(member), "member card")
        if users is not None and users.model.rowCount():
            self.card(users.open_user_dialog(users.model.row_at(0).id), "user card")

    def _decisions(self, window: QWidget, area: object) -> None:
        from commission.ui.decisions.area import DecisionsArea
        from commission.ui.decisions.control_card import ControlCardDialog

        assert isinstance(area, DecisionsArea)
        ids = _ids(area.model)
        if ids:
            self.card(ControlCardDialog(area.ctx, ids[0], window), "control card")

    def _cases(self, window: QWidget, area: object) -> None:
        from commission.ui.cases.area import CasesArea

        assert isinstance(area, CasesArea)
        ids = _ids(area.model)
        if ids:
            self.card(area.open_case(ids[0]), "case card")
        if area.new_case_button.isVisible():
            self.card(area.new_case(), "new case")
        if area.notice_button.isVisible():
            self.card(area.release_notice(), "release notice")

    def _clients(self, window: QWidget, area: object) -> None:
        from commission.ui.clients.area import ClientsArea

        assert isinstance(area, ClientsArea)
        ids = _ids(area.model)
        if ids:
            self.card(area.open_client(ids[0]), "client card")
        self.card(area.new_client(), "new client")

    def _calendar(self, window: QWidget, area: object) -> None:
        from commission.ui.calendar.area import CalendarArea

        assert isinstance(area, CalendarArea)
        area.set_week_view(True)
        self.show(window, "calendar/week")
        area.set_week_view(False)

    def _search(self, window: QWidget) -> None:
        from commission.ui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        dialog = window.open_search()
        self.show(dialog, "search")
        dialog.close()

    def _reminders(self, window: QWidget, ctx: object) -> None:
        """What is overdue and due soon, as shown after log-in to those who have any."""
        from commission.ui.context import AppContext
        from commission.ui.reminders import RemindersDialog, reminder_items

        assert isinstance(ctx, AppContext)
        items = reminder_items(ctx, self.today, window)
        if items:
            self.card(RemindersDialog(ctx, items, window), "reminders")

    def _settings(self, window: QWidget) -> None:
        from commission.ui.settings_dialog import SettingsDialog

        config = local_settings.LocalSettings()
        self.card(SettingsDialog(config, "sqlite:///commission.sqlite3", window), "settings")


D = TypeVar("D", bound=QDialog | None)


def _ids(model: Any) -> list[int]:
    """The ids of a lazy list's rows, once its first page is read."""
    settle()
    return [i for r in range(model.rowCount()) if (i := model.id_at(r)) is not None]


def ctx_can(area: object, permission: str) -> bool:
    """Whether the user of ``area`` (a screen with a ``ctx``) has ``permission``."""
    from commission.domain.permissions import Permission

    ctx = getattr(area, "ctx", None)
    return ctx is not None and bool(ctx.actor.can(Permission[permission]))


def as_on_screen(window: QWidget) -> None:
    """A dialog sized as Qt sizes it on a 1280×800 screen: its size hint, at most two thirds
    of the screen (``QWidget::adjustSize``). The offscreen platform's screen is 800×600, which
    would squeeze every dialog to 533 px; one the program sizes itself is left as it is."""
    if not window.isWindow() or window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return
    hint = window.sizeHint().boundedTo(QSize(WIDTH * 2 // 3, HEIGHT * 2 // 3))
    window.resize(hint.expandedTo(window.minimumSizeHint()).expandedTo(window.minimumSize()))
    window.setAttribute(Qt.WidgetAttribute.WA_Resized, False)


@contextmanager
def _closed(dialog: D) -> Iterator[D]:
    """The dialog, closed unsaved afterwards whatever happens."""
    try:
        yield dialog
    finally:
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()


def _outer_tabs(root: QWidget) -> list[QTabWidget]:
    """The visible tab widgets of ``root`` not inside another one's page."""
    found = [t for t in root.findChildren(QTabWidget) if t.isVisible()]
    outer = []
    for tabs in found:
        parent = tabs.parentWidget()
        while parent is not None and parent is not root and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is None or parent is root:
            outer.append(tabs)
    return outer


def log_in(visit: Visit, db: Database) -> None:
    """The log-in window, as every user first sees it."""
    from commission.ui.login import LoginDialog

    with _closed(LoginDialog(db, "secretary")) as dialog:
        dialog.show()
        settle()
        as_on_screen(dialog)
        visit("log-in", dialog)


def first_run(visit: Visit, folder: str) -> None:
    """The first-run wizard's pages, as a new installation shows them."""
    from PySide6.QtWidgets import QWizard

    from commission.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(local_settings.LocalSettings(), f"sqlite:///{folder}/new.sqlite3")
    wizard.show()
    try:
        for step in range(1, 7):
            settle()
            as_on_screen(wizard)
            visit(f"first run/{step}", wizard)
            _fill(wizard)
            before = wizard.currentId()
            wizard.next()
            if wizard.currentId() == before:
                break  # a page the walk could not fill: the rest cannot be reached
    finally:
        wizard.done(QWizard.DialogCode.Rejected)
        wizard.deleteLater()


def _fill(wizard: QWidget) -> None:
    """What a new installation's administrator types on the page shown, to go on."""
    from commission.ui.first_run import FirstRunWizard

    assert isinstance(wizard, FirstRunWizard)
    page = wizard.commission_page
    if wizard.currentPage() is page:
        page.name_ru.setPlainText("Межведомственная комиссия по делам несовершеннолетних")
        page.name_kk.setPlainText("Кәмелетке толмағандардың істері жөніндегі комиссия")
        page.akimat_ru.setText("Акимат Целиноградского района")
        page.akimat_kk.setText("Целиноград ауданының әкімдігі")
        page.unit_ru.setText("Целиноградский район")
        page.unit_kk.setText("Целиноград ауданы")
    admin = wizard.admin_page
    if wizard.currentPage() is admin:
        admin.name_edit.setText("Жаксылыков Арман Серикович")
        admin.password_edit.setText("a long password")
        admin.repeat_edit.setText("a long password")
