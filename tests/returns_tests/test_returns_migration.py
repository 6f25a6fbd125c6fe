"""Migration 0010_returns: its tables match the ORM metadata, and it goes down and up cleanly."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from dancoso_desktop.storage import migrations
from dancoso_desktop.storage.all_tables import metadata

TABLES = {"unit_returns", "unit_return_rows", "unit_return_changes", "rollup_communes",
          "rollup_packages", "rollup_values"}


def _diffs(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con), metadata)
    return [d for d in diffs if any(t in repr(d) for t in TABLES)]


def test_schema_matches_the_tables(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    assert TABLES <= set(inspect(engine).get_table_names())
    assert _diffs(engine) == []


def test_downgrade_below_0010_and_upgrade_again(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    cfg = migrations.config()
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = con
        command.downgrade(cfg, "0009_conferences")
        con.commit()
        assert not TABLES & set(inspect(con).get_table_names())
    migrations.upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    assert _diffs(engine) == []
