"""The checks the docs promise run with the tests (issue 15 item 8): ruff and mypy are clean.

(import-linter's contracts are in test_layers.py.) Each tool comes with the test extra; a missing
tool is a broken set-up, so the test fails rather than skips.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    assert found.exists(), f"{name} is missing from the test environment: pip install -e .[test]"
    return str(found)


def test_ruff_is_clean() -> None:
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", "dancoso_desktop", "tests", "benchmarks", "tools"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    # The cache lives in the temp folder of the run, so a fresh clone measures the whole package.
    result = subprocess.run([_tool("mypy"), "dancoso_desktop"], cwd=ROOT, capture_output=True, text=True,
                            timeout=900, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_real_clients_are_required_through_one_helper() -> None:
    """A test that looks for LibreOffice or poppler by itself would skip silently in CI; every one
    goes through tests/clients.require_program, which fails under CI=true (issue 15 item 2)."""
    offenders = []
    for path in (ROOT / "tests").rglob("*.py"):
        if path.name in ("clients.py", "test_static_checks.py"):
            continue
        text = path.read_text(encoding="utf-8")
        for program in ("soffice", "libreoffice", "pdftotext", "pdftoppm"):
            if f'which("{program}")' in text or f"which('{program}')" in text:
                offenders.append(f"{path.relative_to(ROOT)}: {program}")
    assert offenders == []
