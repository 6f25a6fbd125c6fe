"""The main window: a navigation list of pages beside a stack, the menus, the year, the undo stack.

Features plug in through ``ui.pages.PAGES`` (page factories) and ``ui.pages.ACTIONS`` (menu
installers) and use the API documented in docs/architecture.md; this module knows no feature.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSpinBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from dancoso_desktop import __version__
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui import crash
from dancoso_desktop.ui.widgets.messages import Messages
from dancoso_desktop.ui.widgets.page_list import PageList
from dancoso_desktop.ui.widgets.task_runner import Task

log = logging.getLogger(__name__)

MENU_NAMES = ("file", "edit", "view", "tools", "help")
SETTINGS_FILENAME = "settings.ini"
MIN_YEAR, MAX_YEAR = 1990, 2100


# Room left around a first-start window for the taskbar and title bar, in pixels.
FIRST_START_MARGIN = 60


class MainWindow(QMainWindow):
    year_changed = Signal(int)
    data_changed = Signal()

    def __init__(self, workspace: Workspace, *, load_features: bool = True) -> None:
        super().__init__()
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self._menus: dict[str, QMenu] = {}
        self._tasks: list[Task] = []
        self.remember_geometry = True  # off for screenshots, which must not move the real window
        self.settings = QSettings(str(workspace.data_dir / SETTINGS_FILENAME), QSettings.Format.IniFormat)
        self.setObjectName("MainWindow")
        self.resize(1280, 800)

        self.pages = PageList(self)
        self.pages.page_added.connect(self._on_page_added)
        self.pages.page_removed.connect(self._on_page_removed)
        self._view_actions: dict[str, QAction] = {}
        # RecordRef.kind → a function that shows that record (see register_opener).
        self._openers: dict[str, Callable[[int], None]] = {}
        self.background_pages = True  # off for screenshots: only the page drawn is built
        self._background_started = False
        self.nav = self.pages.nav
        self.stack = self.pages.stack
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        self.nav.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([190, 1090])
        self.setCentralWidget(splitter)

        self._build_menus()
        self._build_toolbar()
        self.commune_label = QLabel()
        self.statusBar().addPermanentWidget(self.commune_label)
        self.refresh_title()
        self.data_changed.connect(self.refresh_title)
        if load_features:
            self._load_features()
        self._restore_geometry()

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "tools": self.tr("&Tools"), "help": self.tr("&Help")}
        for name in MENU_NAMES:
            menu = bar.addMenu(titles[name])
            menu.setObjectName(f"menu_{name}")
            self._menus[name] = menu

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self._menus["file"].addAction(self.quit_action)

        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text)
        self.undo_stack.redoTextChanged.connect(self._redo_text)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._menus["edit"].addAction(self.undo_action)
        self._menus["edit"].addAction(self.redo_action)
        self._menus["edit"].addSeparator()

        commune = QAction(self.tr("&Commune information…"), self)
        commune.triggered.connect(self.edit_commune)
        units = QAction(self.tr("&Units…"), self)
        units.triggered.connect(self.edit_units)
        self._menus["tools"].addAction(commune)
        self._menus["tools"].addAction(units)
        self._menus["tools"].addSeparator()

        about = QAction(self.tr("&About"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        self._menus["help"].addAction(about)

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo"))

    def menu(self, name: str) -> QMenu:
        """The File/Edit/View/Tools/Help menu, for features to add their actions."""
        if name not in self._menus:
            raise KeyError(f"no menu {name!r}; use one of {', '.join(MENU_NAMES)}")
        return self._menus[name]

    # -- the year ---------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Year"))
        bar.setObjectName("year_toolbar")
        bar.setMovable(False)
        bar.toggleViewAction().setVisible(False)  # the year cannot be hidden away by a stray right-click
        label = QLabel(self.tr("&Year:"))
        self.year_box = QSpinBox()
        self.year_box.setObjectName("year")
        self.year_box.setRange(MIN_YEAR, MAX_YEAR)
        self.year_box.setKeyboardTracking(False)  # typing "2027" must not jump through 2, 20…
        self.year_box.setValue(self._default_year())
        self.year_box.valueChanged.connect(self._on_year)
        label.setBuddy(self.year_box)
        bar.addWidget(label)
        bar.addWidget(self.year_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.year_toolbar = bar

    def _default_year(self) -> int:
        """The newest plan's year; the current year when there is no plan yet."""
        try:
            years = [p.year for p in PlanService(self.workspace.db).list_plans()]
        except UserError:
            years = []
        return max(years) if years else date.today().year

    def year(self) -> int:
        return self.year_box.value()

    def set_year(self, year: int) -> None:
        self.year_box.setValue(year)

    def _on_year(self, year: int) -> None:
        self.statusBar().showMessage(self.tr("Year %1").replace("%1", str(year)), 3000)
        self.year_changed.emit(year)

    # -- pages ------------------------------------------------------------------------------
    def _default_title(self, key: str) -> str:
        titles = {"today": self.tr("To do"), "plan": self.tr("Plan"), "disclosures": self.tr("Disclosure"),
                  "inspections": self.tr("Inspections"), "followup": self.tr("Follow-up"),
                  "reports": self.tr("Reports"), "assessment": self.tr("Self-assessment"),
                  "citizens": self.tr("Citizens decide"), "supervision": self.tr("Supervision"),
                  "returns": self.tr("Unit returns"), "rollup": self.tr("Roll-up")}
        return titles.get(key, key)

    def _load_features(self) -> None:
        from dancoso_desktop.ui import pages

        for key, module_name in pages.PAGES:
            self.pages.register(key, self._default_title(key), partial(pages.create_page, module_name, self))
        # The first page now, so the window opens on something; the others when first shown,
        # or in the background once the window is on screen (see showEvent).
        if pages.PAGES:
            self.pages.ensure(pages.PAGES[0][0])
        for module in pages.action_modules():
            module.install(self)
        if self.nav.currentRow() < 0 and self.nav.count():
            self.nav.setCurrentRow(0)

    def _on_page_added(self, key: str, title: str) -> None:
        index = self.nav.count()
        if index <= 9:  # View › page, Ctrl+1…9
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self._menus["view"].addAction(action)
            self._view_actions[key] = action
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def _on_page_removed(self, key: str) -> None:
        action = self._view_actions.pop(key, None)
        if action is not None:
            self._menus["view"].removeAction(action)

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        self.pages.add(key, title, widget)

    def page(self, key: str) -> QWidget | None:
        """The page widget (built now if it was waiting), or None."""
        return self.pages.ensure(key)

    def page_keys(self) -> list[str]:
        return self.pages.keys()

    def show_page(self, key: str) -> QWidget:
        return self.pages.show(key)

    def register_opener(self, kind: str, opener: Callable[[int], None]) -> None:
        """Let ``open_record`` show records of ``kind`` (domain.reporting.RecordRef.kind).

        A page registers when it is built, or its actions installer does so at start, e.g.
        ``window.register_opener("disclosure", lambda id: page_of(window).select(id))``.
        """
        self._openers[kind] = opener

    def open_record(self, kind: str, record_id: int) -> bool:
        """Show one record (from the due list or a report figure); False when no page knows it."""
        opener = self._openers.get(kind)
        if opener is None:
            self.statusBar().showMessage(self.tr("No page shows records of this kind yet."), 5000)
            return False
        opener(record_id)
        return True

    def current_widget(self) -> QWidget | None:
        key = self.current_page()
        return self.pages.built(key) if key else None

    def current_page(self) -> str | None:
        return self.pages.current_key()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.background_pages and not self._background_started:
            self._background_started = True
            QTimer.singleShot(0, self.pages, self.pages.build_pending)

    # -- commune and units --------------------------------------------------------------------
    def refresh_title(self) -> None:
        commune = CommuneService(self.workspace.db).get_commune()
        name = commune.display_name if commune else ""
        title = self.tr("Grassroots democracy")
        self.setWindowTitle(f"{title} — {name}" if name else title)
        self.commune_label.setText(
            f"{name}, {commune.province}" if commune else self.tr("Commune not set up"))

    def edit_commune(self) -> None:
        from dancoso_desktop.ui.first_run_dialog import CommuneDialog

        if CommuneDialog.ask(self, CommuneService(self.workspace.db)) is not None:
            self.data_changed.emit()

    def edit_units(self) -> None:
        from dancoso_desktop.ui.units_dialog import UnitsDialog

        dialog = UnitsDialog(CommuneService(self.workspace.db), self)
        dialog.changed.connect(self.data_changed)
        dialog.exec()

    def about(self) -> None:
        version = self.tr("dancoso_desktop, version %1").replace("%1", __version__)
        purpose = self.tr("The commune's grassroots-democracy work for the year (Law 10/2022/QH15): the plan, disclosures, inspections and reports.")
        folder = self.tr("Data folder: %1").replace("%1", str(self.workspace.data_dir))
        Messages.info(self, self.tr("About"), "\n\n".join([version, purpose, folder]))

    # -- long work and errors ------------------------------------------------------------------
    def run_task(self, title: str, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
                 *, on_error: Callable[[BaseException], None] | None = None) -> Task:
        """Run ``fn`` in a worker thread behind a progress dialog; errors go to show_error."""
        task = Task(self, title, fn, on_done, on_error or self.show_error)
        self._tasks.append(task)
        task.destroyed.connect(lambda *_: self._tasks.remove(task) if task in self._tasks else None)
        self.statusBar().showMessage(title)
        return task

    def busy(self) -> bool:
        return any(t.running for t in self._tasks)

    def show_error(self, exc: BaseException) -> None:
        """A refused operation as a message; anything else is a bug for the crash handler."""
        if isinstance(exc, UserError):
            Messages.user_error(self, exc)
            return
        handler = crash.handler()
        if handler is not None:
            handler.handle(exc)
        else:
            log.error("error", exc_info=exc)
            Messages.warning(self, self.tr("Error"), f"{type(exc).__name__}: {exc}")

    def bring_to_front(self) -> None:
        """A second launch asked for this window (single instance)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- geometry ---------------------------------------------------------------------------
    def fit_first_start(self) -> None:
        """The first start (no saved size): 1280×800 in the middle of the screen, or the whole
        screen when that does not fit. 1366×768 laptops are common in commune offices, and a
        window taller than the screen hides its status bar and the bottom of every form."""
        if self.settings.value("window/geometry") is not None:
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        if free.width() < self.width() + FIRST_START_MARGIN or free.height() < self.height() + FIRST_START_MARGIN:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            frame = self.frameGeometry()
            frame.moveCenter(free.center())
            self.move(frame.topLeft())

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy() and not Messages.ask(self, self.tr("Quit"), self.tr("Some work is still running. Quit anyway?")):
            event.ignore()
            return
        if self.remember_geometry:
            self.save_geometry()
        super().closeEvent(event)
