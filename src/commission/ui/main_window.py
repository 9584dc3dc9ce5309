"""The main window: navigation between the areas, menus, status bar. It only assembles."""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commission import settings as local_settings
from commission.domain.messages import UserError
from commission.services import commission_choice
from commission.ui.areas import AREAS, AreaSpec
from commission.ui.commands import HasToolbarActions
from commission.ui.context import AppContext
from commission.ui.elided_label import ElidedLabel
from commission.ui.export_notice import ExportNotice
from commission.ui.icon import icon
from commission.ui.labels import role_label

# Reads waiting for the first paint start after this long even if the window never paints
# (started minimised, or on a desktop that does not expose it).
FIRST_PAINT_WAIT_MS = 2_000


class MainWindow(QMainWindow):
    """Signals:
    sig_relaunch: the language or the database changed; the application rebuilds the window.
    sig_switch_commission(int): the user chose another of his commissions; the application
        rebuilds the window working for it.
    """

    sig_relaunch = Signal()
    sig_switch_commission = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        config: local_settings.LocalSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.config = config
        self._built: dict[str, QWidget] = {}
        self._reminded = False
        self.reminder_read: QObject | None = None  # the reminders being read, then shown
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.about_dialog: QDialog | None = None
        language = config.language
        try:
            commission = commission_choice.current_commission(ctx.db, ctx.actor)
            mine = commission_choice.my_commissions(ctx.db, ctx.actor)
        except UserError:
            commission, mine = None, []  # not set up yet, or not chosen: the plain title
        linked = commission is not None and commission.linked
        self.areas: list[AreaSpec] = [a for a in AREAS if a.visible_to(ctx.actor, linked)]
        title = self.tr("Commission")
        if commission is not None:
            title = commission.short_name(language)
        self.setWindowTitle(title)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        for area in self.areas:
            item = QListWidgetItem(icon(area.icon), area.title())
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
        self.nav.setFixedWidth(max(190, self.nav.sizeHintForColumn(0) + 36))
        self.stack = QStackedWidget()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 6)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        column.addLayout(layout, 1)
        # Every export of every area says here that its file is written (ui.export_notice).
        self.export_notice = ExportNotice(central)
        column.addWidget(self.export_notice)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.show_area_at)

        self._build_menus()
        self._build_toolbar()
        # Shortened in the middle when the window is narrow, whole in the tooltip: a long path
        # or name must not widen the window past the screen.
        self.db_label = ElidedLabel(self.tr("Database: {url}").format(url=ctx.db.display_url))
        self.user_label = ElidedLabel(
            self.tr("User: {name} ({role})").format(
                name=ctx.actor.full_name, role=role_label(ctx.actor.role)
            )
        )
        self.commission_button = self._commission_button(commission, mine, language)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.commission_button)
        self.statusBar().addPermanentWidget(self.user_label)

        self._size_for_screen()
        self._restore_state()
        keys = [a.key for a in self.areas]
        home = next((a.key for a in self.areas if a.home), None)
        if home is not None:
            start = keys.index(home)
        else:
            start = keys.index(config.last_area) if config.last_area in keys else 0
        if self.areas:
            self.nav.setCurrentRow(start)

    def _commission_button(
        self,
        commission: commission_choice.CommissionChoice | None,
        mine: list[commission_choice.CommissionChoice],
        language: str,
    ) -> QToolButton:
        """The commission worked for; a click opens the user's others when he has several."""
        button = QToolButton()
        button.setAutoRaise(True)
        button.setText(commission.short_name(language) if commission is not None else "")
        button.setVisible(commission is not None)
        others = [c for c in mine if commission is None or c.id != commission.id]
        if others:
            button.setToolTip(self.tr("Switch to another of your commissions"))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            for choice in others:
                action = menu.addAction(choice.short_name(language))
                action.triggered.connect(
                    lambda _=False, chosen=choice.id: self.sig_switch_commission.emit(chosen)
                )
            button.setMenu(menu)
        return button

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings_action = QAction(icon("settings"), self.tr("&Settings…"), self)
        # Windows has no standard key for the settings: Ctrl+, as most desktop programs use.
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action = settings_action
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(icon("refresh"), self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        view_menu.addAction(refresh)
        self.search_action = QAction(self.tr("&Find everywhere…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.open_search)
        view_menu.addAction(self.search_action)
        self.find_action = QAction(self.tr("Find in this &list"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_in_area)
        view_menu.addAction(self.find_action)
        # Each area keeps its key whatever the role: Ctrl+3 is always the decisions; an area the
        # user does not have simply has no entry.
        self.area_actions: dict[str, QAction] = {}
        for row, area in enumerate(self.areas):
            action = QAction(icon(area.icon), area.title(), self)
            if area.key_number is not None:
                action.setShortcut(QKeySequence(f"Ctrl+{area.key_number}"))
            action.triggered.connect(lambda _=False, at=row: self.nav.setCurrentRow(at))
            view_menu.addAction(action)
            self.area_actions[area.key] = action
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("&About Commission"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu

    def _build_toolbar(self) -> None:
        """The current area's main commands, then «Find everywhere» and the guide at the end."""
        toolbar = QToolBar(self.tr("Commands"), self)
        toolbar.setObjectName("mainToolbar")  # saveState() keeps it by this name
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.search_action.setIcon(icon("search"))
        self.search_action.setIconText(self.tr("Find everywhere"))
        self.search_action.setToolTip(self.tr("Find everywhere (Ctrl+K)"))
        self.guide_action.setIcon(icon("help"))
        self.guide_action.setIconText(self.tr("Help"))
        self.guide_action.setToolTip(self.tr("User guide (F1)"))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._toolbar_end = toolbar.addWidget(spacer)
        toolbar.addAction(self.search_action)
        toolbar.addAction(self.guide_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        self._toolbar_actions: dict[str, list[QAction]] = {}
        self._shown_actions: list[QAction] = []

    def _show_toolbar_actions(self, key: str, widget: QWidget) -> None:
        """Put the area's commands (``ui.commands``) in place of the previous area's."""
        if key not in self._toolbar_actions:
            offered = widget.toolbar_actions() if isinstance(widget, HasToolbarActions) else []
            self._toolbar_actions[key] = offered
        for action in self._shown_actions:
            self.toolbar.removeAction(action)
        self._shown_actions = self._toolbar_actions[key]
        self.toolbar.insertActions(self._toolbar_end, self._shown_actions)

    def area_widget(self, key: str) -> QWidget:
        """The area's widget, built the first time it is shown."""
        if key not in self._built:
            spec = next(a for a in self.areas if a.key == key)
            widget = spec.build(self.ctx, self.stack)
            self._built[key] = widget
            self.stack.addWidget(widget)
            show_meeting = getattr(widget, "sig_show_meeting", None)
            if show_meeting is not None:
                show_meeting.connect(self.show_meeting)
            show_decisions = getattr(widget, "sig_show_decisions", None)
            if show_decisions is not None:
                show_decisions.connect(self.show_decisions_in_state)
        return self._built[key]

    def show_area(self, key: str) -> QWidget:
        keys = [a.key for a in self.areas]
        self.nav.setCurrentRow(keys.index(key))
        return self.area_widget(key)

    def show_area_at(self, row: int) -> None:
        if row < 0 or row >= len(self.areas):
            return
        key = self.areas[row].key
        widget = self.area_widget(key)
        self.stack.setCurrentWidget(widget)
        self._show_toolbar_actions(key, widget)

    def show_meeting(self, meeting_id: int) -> None:
        """A decision leads to the record of the meeting that took it."""
        area = self.show_area("meetings")
        open_meeting = getattr(area, "open_meeting", None)
        if callable(open_meeting):
            open_meeting(meeting_id)

    def show_decisions_in_state(self, state: str) -> None:
        """The dashboard's cards lead to the decisions list filtered to that state."""
        from commission.domain.control import ComputedState

        if "decisions" not in [a.key for a in self.areas]:
            return
        area = self.show_area("decisions")
        show_state = getattr(area, "show_state", None)
        if callable(show_state):
            show_state(ComputedState(state))
        # The oblast looking at all its districts' figures is led to all their decisions.
        source = getattr(self._built.get("dashboard"), "scope_combo", None)
        target = getattr(area, "scope_combo", None)
        if source is not None and target is not None and source.offered:
            if target.count() == 0:
                target.load()
            target.setCurrentIndex(max(0, target.findData(source.currentData())))

    def after_first_paint(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the window has painted for the first time (at once if it has,
        or if it is not shown): the areas start reading their data only then, so that the
        window appears without waiting for it (``ui.background_read``)."""
        if self._painted or not self.isVisible():
            action()
            return
        if not self._after_paint:
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run_after_paint)
        self._after_paint.append(action)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint has reached the screen, not during it.
            QTimer.singleShot(0, self._run_after_paint)

    def _run_after_paint(self) -> None:
        self._painted = True
        waiting, self._after_paint = self._after_paint, []
        for action in waiting:
            action()

    def show_reminders_once(self) -> None:
        """Deadlines due soon and overdue, once per session; the launcher calls it after
        showing the window. They are read off the GUI thread once the window has painted."""
        if self._reminded:
            return
        self._reminded = True
        self.after_first_paint(self._remind)

    def _remind(self) -> None:
        from commission.ui import reminders

        self.reminder_read = reminders.remind(self.ctx, self, clock=self.ctx.clock)

    def find_in_area(self) -> None:
        """Ctrl+F: the cursor in the current area's own search field, wherever the focus is; an
        area without one offers the search across areas instead."""
        focus = getattr(self.stack.currentWidget(), "focus_search", None)
        if callable(focus):
            focus()
        else:
            self.open_search()

    def open_search(self) -> QWidget:
        """«Find everywhere»: a hit opens where its record lives."""
        from commission.ui.global_search import SearchDialog, open_record

        dialog = SearchDialog(self.ctx, self, clock=self.ctx.clock)
        dialog.sig_open.connect(lambda kind, ident: open_record(self, kind, ident))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.search_dialog = dialog
        return dialog

    def refresh_current(self) -> None:
        widget = self.stack.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def open_settings(self) -> None:
        from commission.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.config, self.ctx.db.display_url, self)
        dialog.sig_saved.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self, relaunch: bool) -> None:
        if relaunch:
            self.sig_relaunch.emit()

    def open_guide(self) -> None:
        from commission.ui.help import open_guide

        open_guide(self, self.config.language)

    def show_about(self) -> None:
        from commission.ui.about_dialog import AboutDialog

        if self.about_dialog is None:  # one dialog per window, opened again on each request
            self.about_dialog = AboutDialog(self.ctx.db.url, self)
        self.about_dialog.open()

    def _size_for_screen(self) -> None:
        """First start: fill most of an office monitor; a small one gets the window maximised."""
        screen = self.screen().availableGeometry()
        width, height = min(1280, screen.width()), min(820, screen.height())
        self.resize(width, height)
        if screen.width() <= 1366 and not self.config.window_geometry:
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def _restore_state(self) -> None:
        try:
            if self.config.window_geometry:
                self.restoreGeometry(QByteArray(base64.b64decode(self.config.window_geometry)))
            if self.config.window_state:
                self.restoreState(QByteArray(base64.b64decode(self.config.window_state)))
        except ValueError:
            pass  # a damaged value only costs the window its remembered place

    def save_state(self) -> None:
        self.config.window_geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        self.config.window_state = base64.b64encode(bytes(self.saveState().data())).decode()
        row = self.nav.currentRow()
        if 0 <= row < len(self.areas):
            self.config.last_area = self.areas[row].key
        local_settings.save(self.config)

    def closeEvent(self, event: QCloseEvent) -> None:
        # An unwritable profile must not keep the user from closing the window.
        with contextlib.suppress(OSError):
            self.save_state()
        super().closeEvent(event)
