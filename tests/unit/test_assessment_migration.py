"""Migration 0005_assessment: its tables and the due list's index match the ORM metadata, and it
goes down and up again cleanly."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from dancoso_desktop.storage import migrations
from dancoso_desktop.storage.all_tables import metadata

TABLES = {"assessments", "assessment_scores", "assessment_evidence"}
INDEX = "ix_disclosures_status_posting_end"


def _diffs(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con), metadata)
    return [d for d in diffs if any(t in repr(d) for t in (*TABLES, INDEX))]


def test_schema_matches_the_tables(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    insp = inspect(engine)
    assert TABLES <= set(insp.get_table_names())
    assert {i["name"]: i["column_names"] for i in insp.get_indexes("disclosures")}[INDEX] == ["status", "posting_end"]
    assert _diffs(engine) == []


def test_downgrade_below_0005_and_upgrade_again(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    cfg = migrations.config()
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = con
        command.downgrade(cfg, "0004_reports")
        con.commit()
        insp = inspect(con)
        assert not TABLES & set(insp.get_table_names())
        assert INDEX not in {i["name"] for i in insp.get_indexes("disclosures")}
    migrations.upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    assert _diffs(engine) == []
