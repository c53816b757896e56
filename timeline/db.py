"""Engines, sessions and migrations.

The schema is built only by Alembic (``migrate``); ``create_all`` is used nowhere outside the
drift test. SQLite connections get foreign keys, WAL and a busy timeout so that overlapping jobs
wait for each other instead of failing.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from timeline.config import database_url

if TYPE_CHECKING:  # alembic is imported where it is used: it costs ~1 s at start-up of every command
    from alembic.config import Config

#: Seconds a SQLite writer waits for another job's lock before giving up.
SQLITE_BUSY_TIMEOUT = 60.0

_ROOT = Path(__file__).resolve().parent.parent


def alembic_config() -> Config:
    """Alembic configuration that works from any working directory and from an installed package."""
    from alembic.config import Config

    ini = _ROOT / "alembic.ini"
    cfg = Config(str(ini)) if ini.exists() else Config()
    cfg.set_main_option("script_location", str(_ROOT / "migrations"))
    return cfg


def _enable_wal(cur: sqlite3.Cursor) -> None:
    """Switch the file to WAL; retried, because switching a new file while another connection does
    the same answers "database is locked" at once (the busy timeout does not apply to it)."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _on_sqlite_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    _enable_wal(cur)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache: chronology pages at 1M events stay warm
    cur.close()


@lru_cache(maxsize=16)
def get_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (default from the configuration), cached per URL."""
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
        event.listen(engine, "connect", _on_sqlite_connect)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def make_session(url_or_engine: str | Engine | None = None) -> Session:
    """A new ORM session bound to the given engine or URL."""
    engine = url_or_engine if isinstance(url_or_engine, Engine) else get_engine(url_or_engine)
    return sessionmaker(bind=engine, expire_on_commit=False)()


@contextmanager
def session_scope(url_or_engine: str | Engine | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    session = make_session(url_or_engine)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def migrate(url_or_engine: str | Engine | None = None, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the newest) with Alembic."""
    from alembic import command

    engine = url_or_engine if isinstance(url_or_engine, Engine) else get_engine(url_or_engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(url_or_engine: str | Engine | None = None, revision: str = "base") -> None:
    """Take the schema down to ``revision`` (default: nothing)."""
    from alembic import command

    engine = url_or_engine if isinstance(url_or_engine, Engine) else get_engine(url_or_engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def is_initialised(engine: Engine) -> bool:
    """True when the schema has been created (the migrations table and ``events`` exist)."""
    names = set(inspect(engine).get_table_names())
    return {"alembic_version", "events"} <= names


def init(url: str | None = None) -> str:
    """Create or upgrade the schema (``timeline init``); returns the URL used (password hidden)."""
    engine = get_engine(url)
    migrate(engine)
    return engine.url.render_as_string(hide_password=True)
