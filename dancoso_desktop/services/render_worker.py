"""A second process that writes a report's DOCX and XLSX while the first writes its PDF.

Why: the package (issue 11 item 7) is three documents, and the three renderers are plain
Python, one CPU each. On an office PC with two or more cores, `report_export` starts this
worker with the report as a JSON job file and draws the PDF meanwhile: the package is ready about
0.2 s sooner (`benchmarks/bench_reports.py`). The worker is only an accelerator: when it cannot
start, fails or leaves a file missing, the first process writes those documents itself, so the
officer gets the same files and the same messages either way.

Started as ``<python> -m dancoso_desktop --render-worker JOB.json`` (``<program> --render-worker
JOB.json`` in the bundle); JOB.json holds {"head", "content", "jobs": [[fmt, path], …]}; it exits 0
when every file is written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

FLAG = "--render-worker"
SERIAL_ENV = "DANCOSO_SERIAL_RENDER"   # "1": never start the worker (debugging, measuring)


def command() -> list[str]:
    """How to start this program as the worker, from a source tree or from the bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-m", "dancoso_desktop", FLAG]


def usable() -> bool:
    return os.environ.get(SERIAL_ENV, "") != "1" and (os.cpu_count() or 1) > 1


class Worker:
    """One started worker; ``wait`` says whether it wrote everything it was given."""

    def __init__(self, payload: dict[str, Any]) -> None:
        import tempfile

        self.jobs = [Path(path) for _fmt, path in payload["jobs"]]
        # The job goes through a file, not a pipe: a pipe would hold this process until the
        # worker, still starting, read it — the time the two are meant to overlap.
        with tempfile.NamedTemporaryFile("wb", suffix=".json", prefix="dancoso-render-", delete=False) as fh:
            fh.write(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
            self.job = Path(fh.name)
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)   # Windows: no console window flashes up
        try:
            self.proc = subprocess.Popen([*command(), str(self.job)], stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, creationflags=flags)
        except OSError:
            self.job.unlink(missing_ok=True)
            raise

    def wait(self, timeout: float = 300) -> bool:
        try:
            _out, err = self.proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _out, err = self.proc.communicate()
        finally:
            self.job.unlink(missing_ok=True)
        if self.proc.returncode != 0:
            import logging

            logging.getLogger(__name__).warning("render worker failed (%s): %s", self.proc.returncode,
                                                (err or b"").decode("utf-8", "replace")[-2000:])
        return self.proc.returncode == 0 and all(p.is_file() for p in self.jobs)

    def stop(self) -> None:
        """End the worker now (the package failed); no process or job file is left behind."""
        self.proc.kill()
        self.proc.communicate()
        self.job.unlink(missing_ok=True)


def start(payload: dict[str, Any]) -> Worker | None:
    """The worker, writing ``payload['jobs']``; None when it is not worth starting or cannot start."""
    if not usable():
        return None
    try:
        return Worker(payload)
    except OSError:
        return None


def main() -> int:
    """The worker's side: write the documents asked for, exit 0 when all are written."""
    from dancoso_desktop.documents import report_document as R
    from dancoso_desktop.domain.report_doc import ReportContent

    payload = json.loads(Path(sys.argv[-1]).read_text(encoding="utf-8"))
    head = R.head_from_json(payload["head"])
    content = ReportContent.from_json(payload["content"])
    writers = {"docx": R.render_docx, "xlsx": R.write_xlsx, "pdf": R.render_pdf}
    for fmt, path in payload["jobs"]:
        writers[fmt](head, content, Path(path))
    return 0
