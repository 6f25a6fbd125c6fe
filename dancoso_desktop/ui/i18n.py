"""Languages of the window: Vietnamese by default whatever the system locale, English on request.

Our own strings come from the compiled ``translations/*_vi_*.qm`` files (one per feature). Qt's
own texts (standard dialog buttons, the text-field context menu, the progress dialog's Cancel)
have no Vietnamese translation shipped with PySide6, so ``QtStandardTexts`` supplies them: Qt
looks them up through ``QCoreApplication.translate`` like any other string, so every
QDialogButtonBox and QMessageBox in the program — ours and our teammates' — comes out in
Vietnamese without each dialog having to remember it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from dancoso_desktop import paths

# Qt's contexts and source texts (as Qt writes them) → Vietnamese.
_BUTTONS = {
    "OK": "Đồng ý",
    "Save": "Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "&Yes": "&Có",
    "Yes to &All": "Có với &tất cả",
    "&No": "&Không",
    "N&o to All": "K&hông với tất cả",
    "Abort": "Hủy bỏ",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Close": "Đóng",
    "Cancel": "Hủy",
    "Discard": "Không lưu",
    "Help": "Trợ giúp",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
}
_EDIT_MENU = {
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "Cắ&t",
    "&Copy": "&Sao chép",
    "Copy &Link Location": "Sao chép địa chỉ &liên kết",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
}
STANDARD_TEXTS: dict[str, dict[str, str]] = {
    "QPlatformTheme": _BUTTONS,
    "QDialogButtonBox": _BUTTONS,
    "QMessageBox": {
        **_BUTTONS,
        "Show Details...": "Xem chi tiết...",
        "Hide Details...": "Ẩn chi tiết...",
        "About Qt": "Giới thiệu Qt",
    },
    "QProgressDialog": {"Cancel": "Hủy"},
    "QLineEdit": _EDIT_MENU,
    "QWidgetTextControl": _EDIT_MENU,
    "QFileDialog": {
        "Open": "Mở", "Save": "Lưu", "Cancel": "Hủy", "File &name:": "&Tên tệp:",
        "Files of type:": "Kiểu tệp:", "Look in:": "Tìm trong:", "Save As": "Lưu thành",
        "All Files (*)": "Mọi tệp (*)", "&Open": "&Mở", "&Save": "&Lưu", "Directory:": "Thư mục:",
    },
    "QCalendarWidget": {"Today": "Hôm nay"},
}

# Standard buttons → Vietnamese, for setting texts on a given dialog directly.
BUTTON_TEXTS_VI: dict[QDialogButtonBox.StandardButton, str] = {
    QDialogButtonBox.StandardButton.Ok: "Đồng ý",
    QDialogButtonBox.StandardButton.Cancel: "Hủy",
    QDialogButtonBox.StandardButton.Yes: "&Có",
    QDialogButtonBox.StandardButton.No: "&Không",
    QDialogButtonBox.StandardButton.Save: "Lưu",
    QDialogButtonBox.StandardButton.Close: "Đóng",
    QDialogButtonBox.StandardButton.Discard: "Không lưu",
    QDialogButtonBox.StandardButton.Apply: "Áp dụng",
    QDialogButtonBox.StandardButton.Retry: "Thử lại",
    QDialogButtonBox.StandardButton.Ignore: "Bỏ qua",
    QDialogButtonBox.StandardButton.Abort: "Hủy bỏ",
    QDialogButtonBox.StandardButton.Help: "Trợ giúp",
    QDialogButtonBox.StandardButton.Open: "Mở",
    QDialogButtonBox.StandardButton.Reset: "Đặt lại",
    QDialogButtonBox.StandardButton.RestoreDefaults: "Khôi phục mặc định",
}


class QtStandardTexts(QTranslator):
    """Vietnamese for the texts Qt itself shows (buttons, context menus)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        # None becomes a null QString, which tells Qt "not translated here"; "" would blank it.
        table = STANDARD_TEXTS.get(context)
        if table is None:
            return None
        return table.get(source)

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []
_language = "vi"
_system_locale: QLocale | None = None


def language() -> str:
    return _language


def qm_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or paths.translations_dir()).glob("*_vi_*.qm"))


def install(app: QCoreApplication, lang: str) -> list[Path]:
    """Install the translators for ``lang``; returns the .qm files loaded (none for English).

    Safe to call again (tests switch languages in one process): earlier translators go first.
    """
    global _language, _system_locale
    if _system_locale is None:
        _system_locale = QLocale()
    uninstall(app)
    _language = "en" if lang == "en" else "vi"
    if _language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    # Dates, numbers and calendars in Vietnamese even on an English Windows.
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    loaded = []
    for qm in qm_files():
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm)
    standard = QtStandardTexts(app)
    app.installTranslator(standard)
    _installed.append(standard)
    return loaded


def uninstall(app: QCoreApplication) -> None:
    """Remove our translators and give the default locale back (tests share one QApplication)."""
    global _language
    for old in _installed:
        app.removeTranslator(old)  # a child of the app; left to it rather than deleted mid-event
    _installed.clear()
    if _system_locale is not None:
        QLocale.setDefault(_system_locale)
    _language = "vi"


def localize_buttons(widget: QDialogButtonBox | QMessageBox | QWidget) -> None:
    """Set Vietnamese texts on a dialog's standard buttons directly (Vietnamese mode only).

    The translator above normally does this; this is for buttons whose text a platform
    theme has already fixed before our translator could answer.
    """
    if _language != "vi":
        return
    boxes = [widget] if isinstance(widget, QDialogButtonBox | QMessageBox) else []
    boxes += widget.findChildren(QDialogButtonBox)
    for box in boxes:
        for std, text in BUTTON_TEXTS_VI.items():
            if isinstance(box, QMessageBox):
                button = box.button(QMessageBox.StandardButton(std.value))
            else:
                button = box.button(std)
            if button is not None:
                button.setText(text)
