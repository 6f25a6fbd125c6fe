"""Child processes of the fault suite: the app's own code, killed by the parent test.

Started through multiprocessing's fork server with the application already imported (a kill
costs milliseconds, not a Python start-up), each target talks to the parent on a pipe:

    write(conn, data_dir, seed)   edit the plan forever, acknowledging each commit
    backup(conn, data_dir)        make backups forever, acknowledging each one
    migrate(conn, data_dir)       start the real start-up migration and stop half-way
    hold(conn, data_dir)          hold a write lock until the parent says go

An acknowledgement is sent only after the commit returned (the app commits with
synchronous=FULL, so an acknowledged commit must survive a kill). Before each edit the writer
also sends its intent ("? D 16"), so the parent knows which one edit may or may not have landed.
"""

from __future__ import annotations

import random
import sqlite3
from multiprocessing.connection import Connection
from pathlib import Path

from alembic import command
from sqlalchemy import select

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService, SectionFields
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage import migrations as mig
from dancoso_desktop.storage.tables import SectionRow, UnitRow


def write(conn: Connection, data_dir: Path, seed: int) -> None:
    ack = conn.send
    rng = random.Random(seed)
    ws = open_workspace(data_dir)
    plans, communes = PlanService(ws.db), CommuneService(ws.db)
    if not plans.has_plan(2026):
        plans.create_plan(Plan(year=2026, title="Thực hiện dân chủ ở cơ sở năm 2026"))
    plan_id = plans.plan_id(2026)
    with ws.db.session() as s:
        sections = [(r.id, r.parent_id) for r in s.scalars(select(SectionRow))]
        units = list(s.scalars(select(UnitRow.id)))
    ack("ready")
    n = 0
    while True:
        n += 1
        op = rng.random()
        if op < 0.08 or not units:
            ack("? U")
            unit = communes.save_unit(Unit(f"Thôn {seed}-{n} Đồng Tâm", UnitKind.HAMLET, households=n))
            units.append(unit.id)
            ack(f"U {unit.id}")
        elif op < 0.55 or not sections:
            parent = rng.choice(sections)[0] if sections and rng.random() < 0.6 else None
            title = f"Mục {seed}-{n}: công khai < & = + - “dân biết”"
            ack("? A")
            sid = plans.add_section(plan_id, parent, None, title, "Nội dung " * rng.randint(1, 40))
            sections.append((sid, parent))
            ack(f"A {sid} {title}")
        elif op < 0.85:
            sid = rng.choice(sections)[0]
            uid = rng.choice(units)
            ack(f"? L {sid} {uid}")
            plans.update_section(sid, SectionFields(lead_unit_id=uid, coordinating_unit_ids=[uid]))
            ack(f"L {sid} {uid}")
        else:
            parents = {p for _, p in sections}
            leaves = [sid for sid, _ in sections if sid not in parents]
            sid = rng.choice(leaves)
            ack(f"? D {sid}")
            plans.delete_section(sid)
            sections = [x for x in sections if x[0] != sid]
            ack(f"D {sid}")


def backup(conn: Connection, data_dir: Path) -> None:
    ack = conn.send
    ws = open_workspace(data_dir)
    ack("ready")
    while True:
        ws.db.mark_changed()
        info = backup_service.back_up(ws, "auto")
        ack(f"B {info.path.name}")


def migrate(conn: Connection, data_dir: Path) -> None:
    """Run the real start-up path; the migration itself does its first step, then pauses."""
    ack = conn.send

    def half_upgrade(engine, revision: str = "head") -> None:  # type: ignore[no-untyped-def]
        with engine.connect() as con:
            cfg = mig.config()
            cfg.attributes["connection"] = con
            command.upgrade(cfg, "0002_disclosures")
            con.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
            con.exec_driver_sql("DELETE FROM units")  # a rebuild that had dropped its rows
            con.commit()
        ack("half")
        conn.recv()  # wait here until killed

    mig.upgrade = half_upgrade  # type: ignore[assignment]
    ack("ready")
    open_workspace(data_dir)


def hold(conn: Connection, data_dir: Path) -> None:
    ack = conn.send
    con = sqlite3.connect(str(data_dir / "dancoso.sqlite"), isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO settings(key, value) VALUES ('held', 'uncommitted')")
    ack("locked")
    conn.recv()
    con.execute("ROLLBACK")
    con.close()
    ack("released")

