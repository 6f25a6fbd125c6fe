"""Migration 0006_decisions: its tables match the ORM metadata, and it goes down and up again."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from dancoso_desktop.storage import migrations
from dancoso_desktop.storage.all_tables import metadata

TABLES = {"decisions", "decision_votes", "hamlet_heads"}


def _diffs(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con), metadata)
    return [d for d in diffs if any(t in repr(d) for t in TABLES)]


def test_schema_matches_the_tables(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    insp = inspect(engine)
    assert TABLES <= set(insp.get_table_names())
    indexes = {i["name"]: i["column_names"] for i in insp.get_indexes("decisions")}
    assert indexes["ix_decisions_year_sort"] == ["year", "title_sort", "search_key"]
    assert "units" in {fk["referred_table"] for fk in insp.get_foreign_keys("hamlet_heads")}
    assert _diffs(engine) == []


def test_downgrade_below_0006_and_upgrade_again(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    cfg = migrations.config()
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = con
        command.downgrade(cfg, "0005_assessment")
        con.commit()
        assert not TABLES & set(inspect(con).get_table_names())
        assert "units" in set(inspect(con).get_table_names())
    migrations.upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    assert _diffs(engine) == []
