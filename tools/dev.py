"""One-command set-up for developers and CI (works on Windows and Linux with Python 3.11+).

    python3 tools/dev.py app [ARGS…]    set up .venv if needed, then open the app (dancoso ARGS…)
    python3 tools/dev.py test [PYTEST ARGS…]   set up .venv with test tools, run the whole suite

The virtual environment lives in .venv beside this repository and is refreshed when
pyproject.toml changes, so the two commands are all a fresh machine needs.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".dancoso-installed"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_env(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script runs on whatever python3 the machine has)
        raise SystemExit("dancoso_desktop needs Python 3.11 or newer")
    py = venv_python()
    if not py.exists():
        print(f"Creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    installed = STAMP.read_text().split() if STAMP.exists() else []
    # A test environment also serves the app: the app needs only the plain install.
    if f"{digest}:{extras or 'app'}" not in installed and f"{digest}:test" not in installed:
        print("Installing dancoso_desktop and its dependencies …", flush=True)
        spec = f".[{extras}]" if extras else "."
        subprocess.run([str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                        "-e", spec], cwd=ROOT, check=True)
        STAMP.write_text(" ".join([*installed, f"{digest}:{extras or 'app'}"]))
    return py


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "app":
        py = ensure_env("")
        return subprocess.call([str(py), "-m", "dancoso_desktop", *rest], cwd=ROOT)
    py = ensure_env("test")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
