"""`dancoso plan …`, `export plan --format json`, `import plan FILE.json` through the real entry point."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dancoso_desktop import __version__


def _nodes(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for n in nodes:
        yield n
        yield from _nodes(n["children"])


def _strip(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Nodes without what is computed from the plan's year and today ("late")."""
    return [{k: (_strip(v) if k == "children" else v) for k, v in n.items() if k != "late"} for n in nodes]


def test_version_and_help(cli: Any) -> None:
    r = cli("--version")
    assert r.code == 0 and __version__ in r.out
    r = cli("--help")
    assert r.code == 0 and "plan" in r.out and "demo" in r.out
    r = cli("plan", "--help")
    assert r.code == 0 and "show" in r.out


@pytest.mark.parametrize("args", [("plan",), ("plan", "show"), ("plan", "new", "--year", "abc"),
                                  ("no-such-command",), ("plan", "list", "--bogus")])
def test_usage_errors_exit_2(cli: Any, args: tuple[str, ...]) -> None:
    r = cli(*args)
    assert r.code == 2, r
    assert r.err


def test_plan_new_list_show(cli: Any) -> None:
    r = cli("plan", "list")
    assert (r.code, r.out.strip()) == (0, "Chưa có kế hoạch nào.")
    assert cli("plan", "list", lang="en").out.strip() == "No plans yet."
    r = cli("plan", "new", "--year", "2026")
    assert r.code == 0 and "Đã tạo kế hoạch năm 2026" in r.out
    r = cli("plan", "list", "--json")
    [row] = json.loads(r.out)
    assert row["year"] == 2026 and row["sections"] >= 40

    r = cli("plan", "show", "--year", "2026", "--json")
    assert r.code == 0
    data = json.loads(r.out)
    for key in ("year", "title", "number", "place", "date", "recipients", "signer", "sections"):
        assert key in data
    assert data["year"] == 2026 and data["title"] == "Thực hiện dân chủ ở cơ sở năm 2026"
    assert set(data["signer"]) >= {"authority", "title", "name"}
    assert isinstance(data["recipients"], list) and data["recipients"][-1].startswith("Lưu")
    assert [n["number"] for n in data["sections"]] == ["I", "II", "III"]
    numbers = [n["number"] for n in _nodes(data["sections"])]
    assert "đ" in numbers and "2.1" in numbers and not any(n.endswith((".", ")")) for n in numbers)
    for node in _nodes(data["sections"]):
        assert isinstance(node["title"], str) and isinstance(node["text"], str)
        assert isinstance(node["children"], list)
        assert {"lead_unit", "timeframe", "status", "late"} <= set(node)

    r = cli("plan", "show", "--year", "2026")
    assert r.code == 0
    lines = r.out.splitlines()
    assert "KẾ HOẠCH" in lines and "I. MỤC ĐÍCH, YÊU CẦU" in lines
    assert "    1. Mục đích" in lines                                     # indented by depth
    assert any(line.startswith("            a) ") for line in lines)
    assert any("Chủ trì: " in line and "Thường xuyên, cả năm" in line for line in lines)
    assert "Nơi nhận:" in lines and "- Lưu: VT, VHXH." in lines
    r = cli("plan", "show", "--year", "2026", "--text", lang="en")
    assert "Lead: " in r.out and "not started" in r.out
    assert "Bảo đảm quyền được biết" in r.out                                # body text with --text


def test_refusals_exit_1_in_both_languages(cli: Any) -> None:
    assert cli("plan", "new", "--year", "2026").code == 0
    r = cli("plan", "new", "--year", "2026")
    assert r.code == 1 and "Đã có kế hoạch năm 2026" in r.err and r.out == ""
    r = cli("plan", "new", "--year", "2026", lang="en")
    assert r.code == 1 and "A plan for 2026 already exists" in r.err
    r = cli("plan", "new", "--year", "1989")
    assert r.code == 1 and "1990–2100" in r.err
    r = cli("plan", "show", "--year", "2031", lang="en")
    assert r.code == 1 and "There is no plan for 2031" in r.err
    r = cli("plan", "new", "--year", "2027", "--from-year", "2019")
    assert r.code == 1 and "2019" in r.err
    assert [p["year"] for p in json.loads(cli("plan", "list", "--json").out)] == [2026]


def test_roll_forward_from_the_command_line(cli: Any) -> None:
    assert cli("plan", "new", "--year", "2025").code == 0
    r = cli("plan", "new", "--year", "2026", "--from-year", "2025", lang="en")
    assert r.code == 0 and "Created the 2026 plan" in r.out
    data = json.loads(cli("plan", "show", "--year", "2026", "--json").out)
    assert data["title"].endswith("2026")
    assert any(n["carried_over"] for n in _nodes(data["sections"]))


def test_export_and_import_json(cli: Any, tmp_path: Path) -> None:
    assert cli("plan", "new", "--year", "2026").code == 0
    target = tmp_path / "Kế hoạch 2026.json"
    r = cli("export", "plan", "--year", "2026", "--format", "json", "-o", str(target))
    assert r.code == 0 and target.exists()
    r = cli("import", "plan", str(target), "--year", "2027")
    assert r.code == 0 and "Đã nhập kế hoạch năm 2027" in r.out
    a = json.loads(cli("plan", "show", "--year", "2026", "--json").out)
    b = json.loads(cli("plan", "show", "--year", "2027", "--json").out)
    assert b["year"] == 2027 and _strip(a["sections"]) == _strip(b["sections"])
    other = tmp_path / "other"
    r = cli("import", "plan", str(target), data=other)
    assert r.code == 0
    c = json.loads(cli("plan", "show", "--year", "2026", "--json", data=other).out)
    assert {k: v for k, v in c.items() if k != "sections"} == {k: v for k, v in a.items() if k != "sections"}
    assert c["sections"] == a["sections"]


@pytest.mark.parametrize("content", [b'{"format": "dancoso-plan", "year": 2026, "sections": [{"ti',
                                     b'{"hello": "world"}', b"\x00\x01\x02"])
def test_import_of_broken_json_changes_nothing(cli: Any, tmp_path: Path, content: bytes) -> None:
    assert cli("plan", "new", "--year", "2025").code == 0
    before = cli("plan", "list", "--json").out
    source = tmp_path / "x.json"
    source.write_bytes(content)
    r = cli("import", "plan", str(source), "--year", "2026")
    assert r.code == 1 and r.err.strip()
    r = cli("import", "plan", str(source), "--year", "2026", lang="en")
    assert r.code == 1 and ("plan" in r.err or "file" in r.err)
    assert cli("plan", "list", "--json").out == before


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only; as root (where mode bits do not bind) use the immutable flag."""
    immutable = False
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    try:
        probe = folder / ".probe"
        try:
            probe.write_bytes(b"x")
        except OSError:
            pass
        else:
            probe.unlink()
            chattr = shutil.which("chattr")
            if os.name != "posix" or chattr is None or subprocess.run(
                    [chattr, "+i", str(folder)], capture_output=True, check=False).returncode != 0:
                pytest.skip("cannot make a folder read-only here (running as root without chattr)")
            immutable = True
        yield
    finally:
        if immutable:
            subprocess.run([shutil.which("chattr") or "chattr", "-i", str(folder)], check=False)
        folder.chmod(stat.S_IRWXU)


def test_read_only_data_folder(cli: Any, tmp_path: Path) -> None:
    empty = tmp_path / "ro-empty"
    empty.mkdir()
    with _read_only(empty):
        r = cli("plan", "new", "--year", "2026", data=empty)
        assert r.code == 1 and "Không ghi được vào thư mục dữ liệu" in r.err
        r = cli("plan", "new", "--year", "2026", data=empty, lang="en")
        assert r.code == 1 and "Cannot write to the data folder" in r.err
    assert list(empty.iterdir()) == []

    full = tmp_path / "ro-full"
    assert cli("plan", "new", "--year", "2025", data=full).code == 0
    db = full / "dancoso.sqlite"
    before = db.read_bytes()
    with _read_only(full):
        r = cli("plan", "new", "--year", "2026", data=full)
        assert r.code == 1 and ("chỉ cho đọc" in r.err or "Không ghi được" in r.err)
    assert db.read_bytes() == before
