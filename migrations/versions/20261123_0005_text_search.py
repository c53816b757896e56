"""text search: an index for the query API's ``text`` filter (substring of title, summary, named object, quote)

Without it ``chronology(text=...)`` tests every event of the window and every quote with LIKE: a minute
at a million events. The search index answers "which events contain this substring" directly; the API
then reads those events by id (see ``timeline.query.api._text_candidates``).

* SQLite: two FTS5 tables with the ``trigram`` tokenizer (SQLite ≥ 3.34; a trigram phrase query is a
  case-insensitive substring match of 3 or more characters), external content kept in step by triggers:
  ``search_events`` (events.title, summary, named_object; rowid = events.id) and ``search_quotes``
  (citations.quote; rowid = citations.id). When the SQLite library lacks FTS5 or the trigram tokenizer,
  nothing is created and the API keeps its LIKE scan.
* PostgreSQL: ``pg_trgm`` GIN indexes on ``lower(...)`` of the same columns (LIKE '%…%' uses them), when
  the extension is available (``CREATE EXTENSION`` needs a trusted extension or a superuser; otherwise
  nothing is created, same fallback).

Objects are named ``search_*`` / ``ix_search_*``: not ORM objects; ``timeline.models.include_object``
keeps them out of autogenerate. A batch migration that recreates ``events`` or ``citations`` on SQLite
drops these triggers (as it drops the span-class triggers of 0003): recreate them there.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 10:00:00

"""
from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TABLES = {
    # table: (content table, indexed columns)
    "search_events": ("events", ("title", "summary", "named_object")),
    "search_quotes": ("citations", ("quote",)),
}
_PG_INDEXES = {
    "ix_search_events_title": ("events", "title"),
    "ix_search_events_summary": ("events", "summary"),
    "ix_search_events_object": ("events", "named_object"),
    "ix_search_citations_quote": ("citations", "quote"),
}


def _sqlite_has_trigram() -> bool:
    conn = op.get_bind()
    try:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.search_probe USING fts5(x, tokenize='trigram')")
    except Exception:  # noqa: BLE001 - no FTS5 or no trigram tokenizer in this SQLite build
        return False
    conn.exec_driver_sql("DROP TABLE temp.search_probe")
    return True


def _sqlite_upgrade() -> None:
    if not _sqlite_has_trigram():
        return
    for table, (content, cols) in _SQLITE_TABLES.items():
        names = ", ".join(cols)
        new = ", ".join(f"new.{c}" for c in cols)
        old = ", ".join(f"old.{c}" for c in cols)
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({names}, content='{content}', content_rowid='id', "
                   "tokenize='trigram')")
        op.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {content} BEGIN "
                   f"INSERT INTO {table}(rowid, {names}) VALUES (new.id, {new}); END")
        op.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON {content} BEGIN "
                   f"INSERT INTO {table}({table}, rowid, {names}) VALUES ('delete', old.id, {old}); END")
        op.execute(f"CREATE TRIGGER {table}_au AFTER UPDATE OF {names} ON {content} BEGIN "
                   f"INSERT INTO {table}({table}, rowid, {names}) VALUES ('delete', old.id, {old}); "
                   f"INSERT INTO {table}(rowid, {names}) VALUES (new.id, {new}); END")
        op.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def _pg_upgrade() -> None:
    conn = op.get_bind()
    available = conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
    if not available:
        return
    # A savepoint: a role that may not create the extension leaves the migration's transaction usable.
    with conn.begin_nested() as sp:
        try:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        except Exception:  # noqa: BLE001 - not a trusted extension here, or no privilege
            sp.rollback()
            return
    for name, (table, col) in _PG_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (lower({col}) gin_trgm_ops)")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _pg_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table, (content, _cols) in _SQLITE_TABLES.items():
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}")
    elif dialect == "postgresql":
        for name in _PG_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
        # The extension stays: other objects of the database may use it.
