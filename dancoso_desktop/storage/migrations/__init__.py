"""Alembic migrations, run from code at start-up (no alembic.ini needed at run time)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head_revision() -> str | None:
    return script().get_current_head()


def is_known(revision: str) -> bool:
    try:
        return script().get_revision(revision) is not None
    except Exception:  # alembic raises its own errors for unknown ids
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as con:
        return MigrationContext.configure(con).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction with foreign keys off, then verify them."""
    cfg = config()
    with engine.connect() as con:
        # pysqlite opens no real transaction for a PRAGMA, so this takes effect.
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = con
            command.upgrade(cfg, revision)
            broken = con.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                con.rollback()
                raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
            con.commit()
        finally:
            con.exec_driver_sql("PRAGMA foreign_keys=ON")
