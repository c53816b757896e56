"""Where the database is: ``--db URL``, else ``TIMELINE_DATABASE_URL``, else ``./timeline.db``."""

from __future__ import annotations

import os

ENV_VAR = "TIMELINE_DATABASE_URL"
DEFAULT_URL = "sqlite:///timeline.db"


class ConfigError(ValueError):
    """The configuration (database URL, options) is unusable."""


def database_url(explicit: str | None = None) -> str:
    """Return the database URL to use, normalised for SQLAlchemy.

    ``postgresql://`` and ``postgres://`` are rewritten to ``postgresql+psycopg://`` (psycopg 3),
    and a bare file path is taken as a SQLite database file.
    """
    url = explicit or os.environ.get(ENV_VAR) or DEFAULT_URL
    url = url.strip()
    if not url:
        raise ConfigError("empty database URL")
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if "://" not in url:
        # A plain path: an embedded SQLite file.
        return "sqlite:///" + url
    return url
