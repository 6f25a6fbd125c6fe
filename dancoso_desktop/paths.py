"""Where things live: the per-user data folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DATA_DIR = "DANCOSO_DATA_DIR"
DB_FILENAME = "dancoso.sqlite"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $DANCOSO_DATA_DIR, else the per-user data folder of the platform."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    from platformdirs import user_data_dir  # a dozen ms, and only needed without --data-dir

    return Path(user_data_dir("dancoso_desktop", appauthor=False))


def install_root() -> Path:
    """The repository (development) or the unpacked PyInstaller bundle."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def translations_dir() -> Path:
    return install_root() / "translations"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
