"""Migration 0007_consultations: the tables match the ORM metadata and go down and up again."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from dancoso_desktop.storage import migrations
from dancoso_desktop.storage.all_tables import metadata

TABLES = {"consultations", "consultation_counts", "consultation_opinions", "village_rules",
          "village_rule_events", "village_rule_reviews"}


def test_schema_matches_the_tables(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    assert TABLES <= set(inspect(engine).get_table_names())
    with engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con), metadata)
    assert [d for d in diffs if any(t in repr(d) for t in TABLES)] == []


def test_downgrade_below_0007_and_upgrade_again(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    cfg = migrations.config()
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = con
        command.downgrade(cfg, "0006_decisions")
        con.commit()
        assert not TABLES & set(inspect(con).get_table_names())
    migrations.upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
