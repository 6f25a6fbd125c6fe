"""`dancoso screenshot --page KEY -o FILE.png --size WxH`: draw the window offscreen into a PNG.

Besides the pages of the navigation list, two dialogs can be drawn for the README and reviews:
``commune`` (the first-run dialog) and ``units`` (the units catalogue).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.fileio import atomic_target
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.workspace import Workspace

MIN_SIDE, MAX_SIDE = 200, 8000


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise UserError(f"Kích thước không hợp lệ: “{text}” (viết dạng 1280x800).",
                        f"Invalid size: “{text}” (write it as 1280x800).") from None
    if not (MIN_SIDE <= w <= MAX_SIDE and MIN_SIDE <= h <= MAX_SIDE):
        raise UserError(f"Kích thước phải từ {MIN_SIDE} đến {MAX_SIDE} điểm ảnh mỗi chiều.",
                        f"Each side must be {MIN_SIDE} to {MAX_SIDE} pixels.")
    return w, h


def _dialogs(ws: Workspace, window: QWidget) -> dict[str, Callable[[], QWidget]]:
    from dancoso_desktop.ui.first_run_dialog import CommuneDialog
    from dancoso_desktop.ui.units_dialog import UnitsDialog

    service = CommuneService(ws.db)
    return {"commune": lambda: CommuneDialog(service, window),
            "units": lambda: UnitsDialog(service, window)}


def _settle() -> None:
    # Let queued work (model loads, layout, deferred paints) finish before grabbing.
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()


def save_png(widget: QWidget, output: Path) -> None:
    pixmap = widget.grab()
    output.parent.mkdir(parents=True, exist_ok=True)
    with atomic_target(output) as tmp:
        if not pixmap.save(str(tmp), "PNG"):
            raise UserError(f"Không ghi được ảnh {output}.", f"Cannot write the image {output}.")


def take(ws: Workspace, key: str, output: Path, size: tuple[int, int], *,
         on_built: Callable[[], None] | None = None) -> int:
    from dancoso_desktop.ui.main_window import MainWindow

    window = MainWindow(ws)
    if on_built is not None:
        on_built()   # the same point as in the real start (app.run_window)
    window.remember_geometry = False
    window.background_pages = False  # only the page drawn is built: start to a drawn window
    try:
        window.resize(*size)
        dialogs = _dialogs(ws, window)
        if key in window.page_keys() and window.page(key) is not None:
            window.show_page(key)
            window.show()
            _settle()
            save_png(window, output)
            return 0
        if key in dialogs:
            window.show()
            dialog = dialogs[key]()
            dialog.show()
            _settle()
            save_png(dialog, output)
            dialog.close()
            return 0
        known = ", ".join([*window.page_keys(), *dialogs])
        print(f"Không có trang “{key}”. Các trang: {known}. / No page “{key}”. Pages: {known}.",
              file=sys.stderr)
        return 1
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
