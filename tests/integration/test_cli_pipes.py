"""Output piped to another program (issue 15 item 3): a reader that goes away stops the command
quietly; a Windows code page does not stop Vietnamese from printing."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import python_cmd

ROOT = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DANCOSO_DATA_DIR"}
    return {**env, **extra}


@pytest.mark.parametrize("command", [
    ["plan", "show", "--year", "2026"],
    ["plan", "show", "--year", "2026", "--json"],
    ["disclosures", "list", "--year", "2026", "--json"],
    ["inspections", "list", "--year", "2026"],
])
def test_a_closed_pipe_stops_the_command_quietly(demo_dir: Path, command: list[str]) -> None:
    with subprocess.Popen([*python_cmd(), "--data-dir", str(demo_dir), *command], cwd=ROOT, env=_env(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()          # the reader is gone before the first line: `| head -0`
        err = proc.stderr.read().decode("utf-8", "replace")
        code = proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert code == 141               # 128 + SIGPIPE, what `yes | head` gives a shell


def test_head_reads_the_first_lines(demo_dir: Path) -> None:
    with subprocess.Popen([*python_cmd(), "--data-dir", str(demo_dir), "plan", "show", "--year", "2026"],
                          cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline().decode("utf-8")
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8", "replace")
        code = proc.wait(timeout=120)
    assert first.strip()
    assert "Traceback" not in err, err
    assert code in (0, 141)          # 0 when everything fitted in the pipe before it closed


def test_a_windows_code_page_still_prints_vietnamese(demo_dir: Path) -> None:
    # cp1252 is what a redirected Windows console uses by default; it has no "ư" or "ạ".
    out = subprocess.run([*python_cmd(), "--data-dir", str(demo_dir), "plan", "show", "--year", "2026"],
                         cwd=ROOT, env=_env(PYTHONIOENCODING="cp1252"), capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    text = out.stdout.decode("utf-8")
    assert "Công khai" in text or "công khai" in text


def test_errors_print_in_utf8_under_a_windows_code_page(tmp_path: Path) -> None:
    out = subprocess.run([*python_cmd(), "--data-dir", str(tmp_path / "d"), "plan", "show", "--year", "1800"],
                         cwd=ROOT, env=_env(PYTHONIOENCODING="cp1252"), capture_output=True, timeout=120)
    assert out.returncode == 1
    message = out.stderr.decode("utf-8")
    assert "Traceback" not in message and "năm" in message.lower()
