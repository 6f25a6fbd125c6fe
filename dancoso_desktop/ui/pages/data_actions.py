"""Tools menu for data safety, and the start-up health check (filled in by the data-safety issue)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dancoso_desktop.services.workspace import Workspace, open_workspace


def open_workspace_checked(parent: Any, data_dir: Path) -> Workspace | None:
    """Open the data folder for the window; None when the officer chose to quit."""
    return open_workspace(data_dir)


def install(window: Any) -> None:
    """Add Tools › Back up now / Restore… / Check data / Open data folder / Copy to USB."""
