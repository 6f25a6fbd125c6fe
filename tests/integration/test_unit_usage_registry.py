"""A unit used by any register is refused with the "retire instead" message even when that
register's service was never imported in the process (a fresh command line or window)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dancoso_desktop.services import commune_service

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import sys
from pathlib import Path
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.workspace import open_workspace
ws = open_workspace(Path(sys.argv[1]))
loaded = [m for m in sys.modules if m.endswith(("decision_service", "village_rule_service", "supervision_service"))]
service = CommuneService(ws.db)
hamlet = next(u for u in service.list_units() if u.kind.value == "hamlet")
try:
    service.delete_unit(hamlet.id)
    print("deleted")
except ValidationError as exc:
    print("refused:", exc.en, "| loaded before:", loaded)
ws.close()
"""


def test_every_register_module_is_listed() -> None:
    services = ROOT / "dancoso_desktop" / "services"
    registering = {p.stem for p in services.glob("*.py") if "UNIT_USAGE_CHECKS.append" in p.read_text("utf-8")}
    assert registering == set(commune_service.UNIT_USAGE_MODULES)


def test_a_used_hamlet_is_refused_in_a_fresh_process(demo_dir: Path, tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(demo_dir, data, ignore=shutil.ignore_patterns("backups", "logs"))
    out = subprocess.run([sys.executable, "-c", _CHILD, str(data)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("refused:") and "retire it instead" in out.stdout, out.stdout
    assert "loaded before: []" in out.stdout
