"""Alembic environment: always given a connection by the application (storage.migrations)."""

from __future__ import annotations

from alembic import context

from dancoso_desktop.storage.all_tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by developers
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://").connect()

# Batch mode rebuilds tables on SQLite; storage.migrations.upgrade() turns foreign keys off
# around the run and checks them afterwards (design.md §3).
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
