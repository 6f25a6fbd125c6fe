"""Turn SQLite's environment errors into plain messages (design.md §3: the two kinds of errors)."""

from __future__ import annotations

from pathlib import Path

from dancoso_desktop.domain.errors import EnvironmentProblem


class DamagedDatabase(EnvironmentProblem):
    """The data file fails its health check or is not a database at all: editing is blocked
    and the officer is offered the newest good backup (design.md §3)."""

    def __init__(self, vi: str, en: str, *, problems: list[str] | None = None) -> None:
        super().__init__(vi, en)
        self.problems = problems or []


class ForeignDatabase(EnvironmentProblem):
    """An SQLite file of another program, or of a newer version of ours: refused, untouched."""


class NetworkShare(EnvironmentProblem):
    """The data folder is on a network share, where SQLite's locking cannot be trusted."""


def damaged(path: Path, problems: list[str] | None = None) -> DamagedDatabase:
    return DamagedDatabase(
        f"Tệp dữ liệu {path.name} bị hỏng (có thể do mất điện hoặc ổ đĩa lỗi). Chương trình không "
        "sửa tệp này và giữ nguyên nó để đối chiếu; hãy khôi phục từ bản sao lưu gần nhất.",
        f"The data file {path.name} is damaged (perhaps by a power cut or a failing disk). It has "
        "not been changed and is kept aside; restore the newest good backup.",
        problems=problems)


def known_problem(exc: BaseException, path: Path | None = None) -> EnvironmentProblem | None:
    """An EnvironmentProblem for a known SQLite/OS failure, or None for a bug."""
    # SQLAlchemy's DBAPIError carries the driver's error as .orig; read it without importing
    # SQLAlchemy, so the commands that never load it (exports) share these messages.
    orig = getattr(exc, "orig", None)
    original = orig if isinstance(orig, BaseException) else exc
    msg = str(original).lower()
    where = f" ({path})" if path else ""
    if (isinstance(original, OSError) and getattr(original, "errno", None) == 28) or "disk is full" in msg \
            or "database or disk is full" in msg:
        return EnvironmentProblem(
            f"Ổ đĩa đã đầy{where}. Hãy giải phóng dung lượng rồi thử lại; dữ liệu cũ vẫn nguyên vẹn.",
            f"The disk is full{where}. Free some space and try again; the existing data is intact.")
    if "readonly" in msg or "read-only" in msg or isinstance(original, PermissionError):
        return EnvironmentProblem(
            f"Không ghi được vào thư mục dữ liệu{where}: thư mục chỉ cho đọc hoặc không có quyền ghi.",
            f"Cannot write to the data folder{where}: it is read-only or access is denied.")
    if "locked" in msg or "busy" in msg:
        return EnvironmentProblem(
            "Dữ liệu đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.",
            "The data is in use by another program. Close it and try again.")
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return DamagedDatabase(
            f"Tệp dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu{where}. Hãy khôi phục từ bản sao lưu.",
            f"The data file is damaged or not a database{where}. Restore it from a backup.",
            problems=[str(original)])
    if "disk i/o" in msg:
        return EnvironmentProblem(
            f"Lỗi đọc/ghi ổ đĩa{where}. Dữ liệu đã lưu trước đó vẫn còn; hãy kiểm tra ổ đĩa.",
            f"Disk I/O error{where}. Previously saved data is kept; check the disk.")
    if isinstance(original, OSError):
        return EnvironmentProblem(f"Lỗi tệp: {original}", f"File error: {original}")
    return None
