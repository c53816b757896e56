"""Alembic environment: URL from the environment or a connection injected by the library."""

from __future__ import annotations

import warnings

from alembic import context
from sqlalchemy import create_engine, pool

from timeline.config import database_url
from timeline.models import Base, include_object

# SQLite cannot reflect expression indexes (ix_actors_name_lower on lower(name)), so autogenerate and
# `alembic check` skip comparing that one index there, with a warning each time; PostgreSQL compares it.
warnings.filterwarnings("ignore", message=r"Skipped unsupported reflection of expression-based index")
warnings.filterwarnings("ignore", message=r"autogenerate skipping metadata-specified expression-based index")

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
