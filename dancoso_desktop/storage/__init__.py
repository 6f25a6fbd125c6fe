"""SQLite through SQLAlchemy 2.x: engine, tables, migrations, backups. No Qt."""
