"""Migration 0004_reports: creates the reports tables, matches the ORM
metadata, and goes down and up again cleanly."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from dancoso_desktop.storage import migrations
from dancoso_desktop.storage.all_tables import metadata

TABLES = {"report_regimes", "report_calendar", "reports", "report_templates"}


def _report_diffs(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con), metadata)

    def mine(d: object) -> bool:
        text = repr(d)
        return any(t in text for t in TABLES)

    return [d for d in diffs if mine(d)]


def test_schema_matches_the_tables(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    insp = inspect(engine)
    assert TABLES <= set(insp.get_table_names())
    indexes = {i["name"]: i["column_names"] for i in insp.get_indexes("reports")}
    assert indexes["ix_reports_year_kind"] == ["year", "kind"]
    assert _report_diffs(engine) == []


def test_downgrade_below_0004_and_upgrade_again(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    cfg = migrations.config()
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = con
        command.downgrade(cfg, "0003_inspections")
        con.commit()
        assert not TABLES & set(inspect(con).get_table_names())
    migrations.upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
