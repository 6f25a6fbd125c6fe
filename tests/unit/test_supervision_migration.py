"""Migration 0008_supervision: the tables match the ORM metadata; down below it and up again."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from dancoso_desktop.storage import migrations
from dancoso_desktop.storage.all_tables import metadata

TABLES = {"supervision_boards", "supervision_members", "supervision_docs", "supervision_checks",
          "supervision_recommendations", "petitions"}


def _diffs(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con), metadata)
    return [d for d in diffs if any(t in repr(d) for t in TABLES)]


def test_schema_matches_the_tables(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    insp = inspect(engine)
    assert TABLES <= set(insp.get_table_names())
    assert {i["name"] for i in insp.get_indexes("supervision_recommendations")} >= {
        "ix_supervision_recommendations_board_id", "ix_supervision_recommendations_received_on"}
    assert _diffs(engine) == []


def test_downgrade_below_0008_and_upgrade_again(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    cfg = migrations.config()
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = con
        command.downgrade(cfg, "0007_consultations")
        con.commit()
        assert not TABLES & set(inspect(con).get_table_names())
    migrations.upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    assert _diffs(engine) == []
