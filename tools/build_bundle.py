"""Build the one-folder bundle with PyInstaller and prove it is complete.

    python tools/build_bundle.py

Builds dist/dancoso/ (``dancoso`` windowed and ``dancoso-cli`` console, see build.spec), prints
its unpacked size, then runs both programs' --version and a headless demo + PDF,
DOCX, XLSX export into a temporary data folder: a missing resource, translation or migration
fails here. tests/slow/test_bundle.py does the same from outside the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (what the bundle takes on disk, unpacked)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec"],
                   cwd=ROOT, check=True)
    folder = ROOT / "dist" / "dancoso"
    print(f"unpacked size: {folder_size(folder) / 1e6:.1f} MB")
    exe = folder / ("dancoso-cli.exe" if os.name == "nt" else "dancoso-cli")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    print(subprocess.run([str(exe), "--version"], check=True, capture_output=True, text=True, env=env).stdout)
    # The windowed program starts from the same shared archive (its output, on Windows, goes nowhere).
    window = folder / ("dancoso.exe" if os.name == "nt" else "dancoso")
    subprocess.run([str(window), "--version"], check=True, capture_output=True, env=env)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run([str(exe), "--data-dir", str(data), "demo", "--year", "2026"], check=True, env=env)
        for fmt in ("pdf", "docx", "xlsx", "json"):
            out = Path(tmp) / f"plan.{fmt}"
            subprocess.run([str(exe), "--data-dir", str(data), "export", "plan", "--year", "2026",
                            "--format", fmt, "-o", str(out)], check=True, env=env)
            if out.stat().st_size < 1000:
                raise SystemExit(f"bundle produced a suspiciously small {fmt}: {out.stat().st_size} bytes")
            print(f"bundle exported plan.{fmt}: {out.stat().st_size:,} bytes")
        shot = Path(tmp) / "plan.png"
        subprocess.run([str(exe), "--data-dir", str(data), "screenshot", "--page", "plan", "-o", str(shot)],
                       check=True, env=env)
        print(f"bundle screenshot: {shot.stat().st_size:,} bytes")
    print("bundle OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
