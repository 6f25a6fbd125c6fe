"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DANCOSO_DATA_DIR", None)

ROOT = Path(__file__).resolve().parent.parent
SHARED_PLANS = ROOT.parent / "shared" / "fixtures" / "plans"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def workspace(data_dir: Path):  # type: ignore[no-untyped-def]
    from dancoso_desktop.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def cli(data_dir: Path) -> Callable[..., CliResult]:
    """Run the command line in-process: cli('plan', 'list', '--json')."""
    from dancoso_desktop.app import main

    def run(*args: str, lang: str = "vi", data: Path | None = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--data-dir", str(data or data_dir), "--lang", lang, *args]
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse usage errors and --version
                code = exc.code if isinstance(exc.code, int) else 0
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder filled by `dancoso demo --year 2026` once for the session (read-only use)."""
    from dancoso_desktop.services.demo import create_demo
    from dancoso_desktop.services.workspace import open_workspace

    d = tmp_path_factory.mktemp("demo")
    ws = open_workspace(d)
    create_demo(ws, 2026, 1)
    ws.close()
    return d


def python_cmd() -> list[str]:
    return [sys.executable, "-m", "dancoso_desktop"]


shared_plans_missing = pytest.mark.skipif(
    not SHARED_PLANS.is_dir(), reason="../shared/fixtures/plans is not beside the project (real plans are not ours to ship)"
)
