"""`dancoso backup [-o FILE]`, `dancoso restore FILE`, `dancoso check` (design.md §3, §7)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dancoso_desktop import paths
from dancoso_desktop.cli.common import say, workspace


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    """Adds this feature's commands to the parser."""
    p = sub.add_parser("backup", help="make a verified backup (into the data folder's backups/, or FILE)")
    p.add_argument("-o", "--output", help="write the backup to FILE (attachments go beside it)")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help="replace the data with a backup (the current data is kept as a backup)")
    p.add_argument("file", help="a backup file (.sqlite)")
    p.set_defaults(handler=cmd_restore)
    p = sub.add_parser("check", help="check the data file (exit 0 healthy, 1 with the problem)")
    p.set_defaults(handler=cmd_check)


def cmd_backup(args: argparse.Namespace) -> int:
    from dancoso_desktop.services import backup_service
    ws = workspace(args)
    try:
        if args.output:
            info = backup_service.back_up_to(ws, Path(args.output))
        else:
            info = backup_service.back_up(ws, "manual")
    finally:
        ws.close()
    say(args, f"Đã sao lưu và kiểm tra: {info.path} ({len(info.attachments)} tệp minh chứng).",
        f"Backed up and checked: {info.path} ({len(info.attachments)} evidence files).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from dancoso_desktop.services import backup_service
    from dancoso_desktop.services.workspace import open_workspace
    data_dir = paths.data_dir(args.data_dir)
    result = backup_service.restore(data_dir, Path(args.file))
    ws = open_workspace(data_dir, read_only_ok=False)  # brings an older backup up to date, checks it again
    ws.close()
    if result.before_restore is not None:
        say(args, f"Dữ liệu trước khi khôi phục được giữ ở: {result.before_restore}",
            f"The data as it was before is kept in: {result.before_restore}")
    if result.set_aside is not None:
        say(args, f"Tệp dữ liệu hỏng được để riêng ở: {result.set_aside}",
            f"The damaged data file is kept aside in: {result.set_aside}")
    say(args, f"Đã khôi phục dữ liệu từ {result.restored_from}.", f"Restored the data from {result.restored_from}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from dancoso_desktop.services import backup_service
    from dancoso_desktop.storage.errors import damaged
    data_dir = paths.data_dir(args.data_dir)
    problems = backup_service.check_data(data_dir)
    if problems:
        err = damaged(data_dir / paths.DB_FILENAME, problems)
        print(err.text(args.lang), file=sys.stderr)
        for line in problems[:20]:
            print(f"  - {line}", file=sys.stderr)
        return 1
    last = backup_service.last_good_backup(data_dir)
    say(args, "Dữ liệu nguyên vẹn (integrity_check và foreign_key_check đều đạt).",
        "The data is healthy (integrity_check and foreign_key_check pass).")
    if last is None:
        say(args, "Chưa có bản sao lưu nào: hãy chạy `dancoso backup`.", "No backup yet: run `dancoso backup`.")
    else:
        say(args, f"Bản sao lưu tốt gần nhất: {last.created:%d/%m/%Y %H:%M} ({last.path.name}).",
            f"Newest good backup: {last.created:%d/%m/%Y %H:%M} ({last.path.name}).")
    return 0
