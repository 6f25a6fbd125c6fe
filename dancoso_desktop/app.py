"""The composition root: the one place that builds things and wires them together.

``main(argv)`` is the entry point of ``dancoso`` and ``python -m dancoso_desktop``. Headless
commands go straight to ``cli.run`` and never import Qt, so scripts stay fast. The window
commands (no command, ``screenshot``) build a QApplication here; Qt is imported lazily inside
the functions below for that reason.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dancoso_desktop import __version__, cli, paths
from dancoso_desktop.domain.errors import UserError, set_language

log = logging.getLogger("dancoso")

LOG_FILENAME = "dancoso.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5


# The window's storage and service stack, imported before PySide6: once PySide6 is loaded, its
# feature hook reads the source of every module imported after it (inspect.getsource, to see
# whether the module uses Qt), which made SQLAlchemy's 130 modules cost about twice as much.
WINDOW_STACK = (
    "dancoso_desktop.services.workspace",
    "dancoso_desktop.services.commune_service",
    "dancoso_desktop.services.backup_service",
    "dancoso_desktop.services.plan_service",
    "dancoso_desktop.services.plan_template",
    "dancoso_desktop.services.plan_transfer",
    "dancoso_desktop.services.plan_documents",
)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--render-worker"]:
        # A second process writing a report's DOCX and XLSX (services/render_worker.py).
        from dancoso_desktop.services import render_worker

        return render_worker.main()
    args = cli.build_parser(argv).parse_args(argv)
    if args.command is not None and not getattr(args, "gui", False):
        return _run_cli(args)
    set_language(args.lang)
    import importlib

    _pause_gc()
    try:
        for name in WINDOW_STACK:
            importlib.import_module(name)
        if args.command == "screenshot":
            return run_screenshot(args)
        return run_window(args)
    finally:
        _resume_gc()


def _run_cli(args: argparse.Namespace) -> int:
    from dancoso_desktop.cli import streams

    streams.use_utf8()
    try:
        code = cli.run(args)
        sys.stdout.flush()   # a closed pipe shows here for output still in the buffer
        return code
    except BrokenPipeError:
        return streams.closed_pipe()


# Start-up makes a few hundred thousand objects that live as long as the program (modules,
# classes, Qt wrappers); the cycle collector walking them again and again while they are being
# made is about a tenth of the import time. It is off from here until the main window is built.
_gc_paused = False


def _pause_gc() -> None:
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def _resume_gc() -> None:
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.enable()


# -- logging ---------------------------------------------------------------------------------
_log_handler: logging.Handler | None = None


def setup_logging(logs_dir: Path) -> Path | None:
    """A rotating log in ``<data>/logs``; None (stderr only) when the folder cannot be written."""
    global _log_handler
    root = logging.getLogger()
    if _log_handler is not None:  # main() called twice in one process (tests): one handler
        root.removeHandler(_log_handler)
        _log_handler.close()
        _log_handler = None
    from logging.handlers import RotatingFileHandler  # only the window logs to a file

    path = logs_dir / LOG_FILENAME
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its start-up chatter hides our lines
    _log_handler = handler
    return path


def close_logging() -> None:
    global _log_handler
    if _log_handler is not None:
        logging.getLogger().removeHandler(_log_handler)
        _log_handler.close()
        _log_handler = None


# -- the Qt application ----------------------------------------------------------------------
def _application(lang: str) -> Any:
    from PySide6.QtWidgets import QApplication

    from dancoso_desktop.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dancoso_desktop")
    app.setOrganizationName("dancoso")
    app.setApplicationVersion(__version__)
    i18n.install(app, lang)
    return app


def _report_environment_error(exc: UserError, *, quiet: bool) -> int:
    """A known environment error: plain message (stderr, and a box unless headless), exit 1."""
    print(exc.text(), file=sys.stderr)
    log.warning("refused at start-up: %s", exc.en)
    if not quiet:
        from dancoso_desktop.ui.widgets.messages import Messages

        Messages.warning(None, Messages.app_title(), exc.text())
    return 1


def _open_workspace(data_dir: Path, *, interactive: bool) -> Any:
    """Open the data folder through the health checks; None when the officer chose to quit."""
    from dancoso_desktop.ui.pages import data_actions

    if interactive:
        return data_actions.open_workspace_checked(None, data_dir)
    from dancoso_desktop.services.workspace import open_workspace

    return open_workspace(data_dir)


def _ensure_commune(ws: Any, *, interactive: bool) -> bool:
    """First run: ask who we are. False when the officer cancelled the dialog."""
    from dancoso_desktop.services.commune_service import CommuneService

    if CommuneService(ws.db).get_commune() is not None or not interactive:
        return True
    from dancoso_desktop.ui.first_run_dialog import CommuneDialog

    return CommuneDialog.ask(None, CommuneService(ws.db)) is not None


def run_window(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.workspace import check_writable
    from dancoso_desktop.ui import crash
    from dancoso_desktop.ui.single_instance import SingleInstance

    data_dir = paths.data_dir(args.data_dir)
    app = _application(args.lang)
    instance: SingleInstance | None = None
    try:
        try:
            check_writable(data_dir)
        except UserError:
            # A folder that takes no writes but holds data (full disk, read-only, a CD) opens
            # read-only below; with nothing to read, the refusal is all there is to say.
            if not (data_dir / paths.DB_FILENAME).is_file():
                raise
        else:
            instance = SingleInstance(data_dir)
            if not instance.acquire():
                return 0  # the first window was asked to come to the front
    except UserError as exc:
        return _report_environment_error(exc, quiet=False)
    log_path = setup_logging(data_dir / "logs")
    crash.install(log_path)
    log.info("dancoso_desktop %s starting on %s (lang %s)", __version__, data_dir, args.lang)
    window = None
    ws = None
    try:
        try:
            ws = _open_workspace(data_dir, interactive=True)
            if ws is None or not _ensure_commune(ws, interactive=True):
                return 0
        except UserError as exc:
            return _report_environment_error(exc, quiet=False)
        from dancoso_desktop.ui.main_window import MainWindow

        window = MainWindow(ws)
        _resume_gc()
        if ws.read_only is not None:
            log.warning("data folder opened read-only: %s", ws.read_only.en)
        if instance is not None:
            instance.raise_requested.connect(window.bring_to_front)
        window.fit_first_start()
        window.show()
        code = app.exec()
        log.info("exit %s", code)
        return int(code)
    except Exception as exc:  # a bug while starting: logged first, then the crash dialog
        handler = crash.handler()
        if handler is None:
            raise
        handler.handle(exc)
        return 1
    finally:
        if window is not None:
            window.deleteLater()
        if ws is not None:
            ws.close()
        if instance is not None:
            instance.release()
        crash.uninstall()
        close_logging()


def run_screenshot(args: argparse.Namespace) -> int:
    """Build the window offscreen, show page KEY, grab it and save a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = paths.data_dir(args.data_dir)
    _application(args.lang)
    from dancoso_desktop.ui import screenshot

    try:
        size = screenshot.parse_size(args.size)
        ws = _open_workspace(data_dir, interactive=False)
    except UserError as exc:
        return _report_environment_error(exc, quiet=True)
    try:
        return screenshot.take(ws, args.page, Path(args.output), size, on_built=_resume_gc)
    except UserError as exc:
        return _report_environment_error(exc, quiet=True)
    finally:
        ws.close()
