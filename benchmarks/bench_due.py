"""The start page's due list (issue 11): over `demo --scale 100` it draws in ≤ 0.2 s.

Measured in a child process on the scale-100 demo (about 10,000 disclosures in the year):
- "due list draws": ``TodayPage.reload`` (every register's ``due`` through
  ``report_sources.due_items``, grouping, the tree model) and a synchronous repaint;
- the reference, same run: the same items (the same ``due_items`` call) put into a
  QStandardItemModel under a plain QTreeView, expanded and repainted;
- the query alone (``due_items``), for information.
"""

from __future__ import annotations

import json
import subprocess
import sys

from benchmarks.harness import ROOT, Harness

YEAR = 2026
SCALE = 100

_UI = r"""
import json, sys, time
from datetime import date, timedelta
from pathlib import Path
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.report_sources import due_items
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.ui.today.page import TodayPage
app = QApplication([])
ws = open_workspace(Path(sys.argv[1]))
today = date.today()
page = TodayPage(ws.db)
page.resize(1280, 760); page.show(); app.processEvents()
ref = QTreeView(); ref.resize(1280, 700); ref.show(); app.processEvents()

def reference():
    items = due_items(ws.db, today, today + timedelta(days=30))
    model = QStandardItemModel()
    groups = {}
    for it in items:
        if it.category not in groups:
            groups[it.category] = QStandardItem(it.category)
            model.appendRow(groups[it.category])
        groups[it.category].appendRow([QStandardItem(it.title), QStandardItem(format_date(it.due)),
                                       QStandardItem(str(it.days_left(today))), QStandardItem(it.note_vi)])
    ref.setModel(model); ref._keep = model
    ref.expandAll(); ref.viewport().repaint()

ours, refs, query = [], [], []
for _ in range(7):
    t0 = time.perf_counter(); page.reload(); page.repaint(); ours.append(time.perf_counter() - t0)
    app.processEvents()
    t0 = time.perf_counter(); reference(); refs.append(time.perf_counter() - t0)
    app.processEvents()
    t0 = time.perf_counter(); n = len(due_items(ws.db, today, today + timedelta(days=30)))
    query.append(time.perf_counter() - t0)
print(json.dumps({"ours": ours, "ref": refs, "query": query, "items": n}))
"""


def run(h: Harness) -> None:
    folder = h.demo(YEAR, SCALE)
    code = "import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n" + _UI
    out = subprocess.run([sys.executable, "-c", code, str(folder)], check=True, capture_output=True, text=True,
                         cwd=ROOT, timeout=900)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    h.record(f"due list draws (scale 100, {data['items']} items)", data["ours"], target="≤ 0.2 s", limit_s=0.2,
             reference="same items in a QStandardItemModel + QTreeView", reference_runs=data["ref"],
             notes="all due sources + model + repaint")
    h.record("due_items query alone (scale 100)", data["query"], target="info")
