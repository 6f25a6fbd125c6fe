"""Migration 0009_conferences: the conference tables and the disclosure scope match the ORM,
existing disclosures become "public", and the step goes down and up again cleanly."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from dancoso_desktop.storage import migrations
from dancoso_desktop.storage.all_tables import metadata

TABLES = {"dialogue_conferences", "year_end_conferences", "staff_conferences", "staff_conference_reviews",
          "unit_staff_counts"}


def _diffs(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con), metadata)
    return [d for d in diffs if any(t in repr(d) for t in (*TABLES, "disclosures"))]


def test_schema_matches_the_tables(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    assert TABLES <= set(inspect(engine).get_table_names())
    assert "scope" in {c["name"] for c in inspect(engine).get_columns("disclosures")}
    assert _diffs(engine) == []


def test_downgrade_below_0009_keeps_disclosures_and_upgrade_makes_them_public(workspace) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.db.engine
    cfg = migrations.config()
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = con
        command.downgrade(cfg, "0008_supervision")
        con.commit()
        assert not TABLES & set(inspect(con).get_table_names())
        assert "scope" not in {c["name"] for c in inspect(con).get_columns("disclosures")}
        con.exec_driver_sql("INSERT INTO disclosures (year, item, title, title_sort, search_key, source_document,"
                            " permanent, channel_mask, status, problems, evidence_count, notes)"
                            " VALUES (2026, 1, 'Kế hoạch', '', '', '', 0, 0, 'done', 0, 0, '')")
        con.commit()
    migrations.upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    with engine.connect() as con:
        assert con.exec_driver_sql("SELECT scope FROM disclosures").scalars().all() == ["public"]
    assert _diffs(engine) == []
