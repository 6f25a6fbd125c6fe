"""The layer contracts of pyproject.toml hold (import-linter), and the checker really bites."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _lint_imports() -> str:
    found = Path(sys.executable).with_name("lint-imports")
    if found.exists():
        return str(found)
    return shutil.which("lint-imports") or pytest.skip("import-linter is not installed (pip install .[test])")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_lint_imports(), "--no-cache", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)


def test_layer_contracts_are_kept() -> None:
    result = _run()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Layers point one way KEPT" in result.stdout
    assert "PySide6 only in ui/ and app.py KEPT" in result.stdout


def test_a_broken_contract_is_reported(tmp_path: Path) -> None:
    # The same checker with the layers turned upside down must fail: proves the test above can fail.
    config = tmp_path / "upside-down.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "dancoso_desktop"\n\n'
        '[[tool.importlinter.contracts]]\nname = "Upside down"\ntype = "layers"\n'
        'layers = ["dancoso_desktop.domain", "dancoso_desktop.services"]\n', encoding="utf-8")
    result = _run("--config", str(config))
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
