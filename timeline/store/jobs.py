"""Ingestion jobs: idempotent, incremental, safe to schedule and to run at the same time.

``ingest(paths)`` reads files, folders (recursively, see :mod:`timeline.ingest.discover`), feed files and
feed URLs, and stores what they say. ``reprocess()`` rebuilds events from the stored texts after an
extractor upgrade. Both re-apply the analysts' corrections (:mod:`timeline.store.corrections`) at the end.

Identity and change detection
    A source is identified by its URI (:func:`timeline.ingest.discover.normalise_uri`: ``seeds`` and
    ``./seeds/`` are the same) and versioned by ``content_hash``: for a file, the SHA-256 of its bytes
    followed by those of its sidecar ``<file>.meta.yaml``/``<stem>.meta.yaml`` and its folder's
    ``manifest.yaml`` (so editing metadata counts as a change); for a feed item, the reader's hash. A file
    whose hash and extractor version match the stored row is *unchanged*: it is hashed (one read, from
    the stat'ed size) and skipped without parsing. A *changed* file (or one stored by an older extractor)
    has its citations, claims and observations replaced in one transaction (``replace_source``; events
    that are still supported keep their IDs). A *new* file whose content is already stored under another
    URI is a *duplicate* and is not stored again (counted as unchanged). Files that disappeared are
    removed only with ``prune=True`` (``--prune``): sources whose URI lies under one of the folders given
    and whose file no longer exists are removed with ``remove_source``. Without it nothing is ever deleted.

Cost of a run
    The stored version of each batch of files is read with one indexed query (``sources.uri IN``), a new
    file's content hash is looked up in ``ix_sources_content_hash``; nothing proportional to the number of
    stored sources is loaded. The actor dictionary is synced (and so loaded) only before the first article
    that has to be stored: a run over unchanged files never loads it.

Failures
    One article = one transaction: a file that cannot be read, extracted or stored is rolled back alone,
    counted as failed with its message, and the run goes on. Files over ``max_bytes`` (default 5 MiB,
    ``--max-bytes``) are rejected from their size, before reading: memory and time stay bounded.
    A lock timeout or a database that cannot be reached stops the job (exit code 2).

Overlapping jobs
    Writes are serialised by :mod:`timeline.store.locking`; every article transaction re-checks the
    source row after taking the lock, so two jobs over the same folder store each article once. A job
    killed mid-way leaves its run row ``running``; the next job marks it failed and does the rest.

Test hook
    ``TIMELINE_TEST_SLOW_INGEST=<seconds>`` sleeps that long after each article (outside any
    transaction), so tests can kill a job mid-run or overlap two jobs. Not for production use.

Scheduling
    In-process, with APScheduler (one run at a time, missed runs coalesced)::

        timeline --db postgresql://timeline@db/timeline schedule --every 1h /srv/news/incoming

    With cron (from a fixed working directory, so that relative source URIs stay the same; ``flock -n``
    is optional, overlapping runs are safe anyway, it only avoids queueing them)::

        # m h dom mon dow  command
        0 * * * *  cd /srv/timeline && flock -n .ingest.lock .venv/bin/timeline ingest --json news/ \
                   >> /var/log/timeline/ingest.jsonl 2>> /var/log/timeline/ingest.log

    With a systemd timer (``/etc/systemd/system/timeline-ingest.service`` and ``.timer``)::

        [Unit]
        Description=Ingest news articles into the timeline database

        [Service]
        Type=oneshot
        WorkingDirectory=/srv/timeline
        Environment=TIMELINE_DATABASE_URL=postgresql://timeline@localhost/timeline
        ExecStart=/srv/timeline/.venv/bin/timeline ingest news/
        # exit code 1 = some files failed (the rest is stored): not a failed unit
        SuccessExitStatus=1

        [Timer]
        OnCalendar=hourly
        Persistent=true

        [Install]
        WantedBy=timers.target

    then ``systemctl enable --now timeline-ingest.timer``; logs go to the journal (``journalctl -u
    timeline-ingest``) and ``timeline runs`` lists the runs.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import os
import re
import stat
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from timeline.config import ConfigError
from timeline.db import alembic_config, get_engine
from timeline.extract.types import Article, Extraction, Precision
from timeline.ingest.discover import Discovery, InputError, Item, discover
from timeline.models import Source
from timeline.store.locking import DEFAULT_LOCK_TIMEOUT, LockTimeout, acquire_write_lock, write_session
from timeline.store.runs import FileError, RunReport, command_line, finish_run, mark_stale_runs, start_run

if TYPE_CHECKING:  # imported lazily at run time (each is another module's job, and slow to import)
    from types import ModuleType

    from timeline.resolve.merge import MergeStats
    from timeline.store.corrections import CurateReport

log = logging.getLogger(__name__)

#: Default size limit of one input file, in bytes (``--max-bytes``).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
SLOW_ENV = "TIMELINE_TEST_SLOW_INGEST"

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DatabaseUnavailable",
    "InputError",
    "LockTimeout",
    "RunReport",
    "curate_file",
    "ingest",
    "open_database",
    "parse_interval",
    "reprocess",
    "schedule",
]


class DatabaseUnavailable(ConfigError):
    """The database cannot be reached or opened (exit code 2)."""


@dataclass(slots=True)
class _Prepared:
    """An article read and extracted, ready to store."""

    article: Article
    extraction: Extraction
    fingerprint: str


# --------------------------------------------------------------------------------------------------
# Collaborators (imported lazily: each is another module's job)


def extractor_version() -> str:
    """The version of the extraction pipeline, stored with each source (``reprocess`` redoes other ones).

    Switches that change the output are part of it: with ``TIMELINE_FALLBACK=0`` the version carries
    ``+nofallback``, so switching the open-verb fallback on or off makes every source outdated.
    """
    from timeline.extract import fallback
    from timeline.extract.pipeline import EXTRACTOR_VERSION

    return str(EXTRACTOR_VERSION) if fallback.enabled() else f"{EXTRACTOR_VERSION}+nofallback"


def _merge() -> ModuleType:
    """:mod:`timeline.resolve.merge` (store, replace and remove a source's claims)."""
    from timeline.resolve import merge

    return merge


def _stats(stats: MergeStats, report: RunReport) -> None:
    """Add a resolver ``MergeStats`` to the report's event counts."""
    report.events_created += stats.events_created
    report.events_merged += stats.events_merged


# --------------------------------------------------------------------------------------------------
# Preparation: schema, actor dictionary, stale runs


def schema_at_head(engine: Engine) -> bool:
    """True when the database schema is at the newest Alembic revision."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    heads = set(ScriptDirectory.from_config(alembic_config()).get_heads())
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads()) == heads


def ensure_schema(engine: Engine, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
    """Migrate to head when needed, holding the write lock so that two first runs do not race."""
    if schema_at_head(engine):
        return
    from alembic import command

    with engine.connect() as conn:
        acquire_write_lock(conn, lock_timeout)
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
    log.info("database schema upgraded to head")


def _sync_actors(engine: Engine, lock_timeout: float) -> None:
    """Bring the stored actors and aliases in line with the actor dictionary (a no-op when they are)."""
    from timeline.store.actors import sync_actor_dictionary

    with write_session(engine, lock_timeout) as session:
        changed = sync_actor_dictionary(session)
    log.debug("actor dictionary synced (%s rows changed)", changed)


def open_database(url: str | None = None) -> Engine:
    """The engine for ``url``, checked to connect; :class:`DatabaseUnavailable` otherwise."""
    try:
        engine = get_engine(url)
        with engine.connect():
            pass
    except ConfigError:
        raise
    except (OperationalError, InterfaceError) as exc:
        raise _unavailable(exc) from exc
    except SQLAlchemyError as exc:  # bad URL, unknown driver
        raise DatabaseUnavailable(f"unusable database URL: {_short(exc)}") from exc
    except Exception as exc:
        raise DatabaseUnavailable(f"unusable database URL: {exc}") from exc
    return engine


def _short(exc: BaseException) -> str:
    """The first line of a (database driver's) error message."""
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).strip().splitlines()[0]


def _unavailable(exc: BaseException) -> DatabaseUnavailable:
    return DatabaseUnavailable(f"cannot open the database: {_short(exc)}")


@contextmanager
def _run(engine: Engine, report: RunReport, lock_timeout: float) -> Iterator[RunReport]:
    """Prepare the database, write the ``running`` row, and always write the final row."""
    t0 = time.monotonic()
    try:
        ensure_schema(engine, lock_timeout)
    except (OperationalError, InterfaceError) as exc:
        raise _unavailable(exc) from exc
    with write_session(engine, lock_timeout) as session:
        start_run(session, report)
        report.stale_runs = mark_stale_runs(session, exclude=report.run_id)
    if report.stale_runs:
        log.warning(
            "marked earlier run(s) %s failed: they stopped without finishing", ", ".join(map(str, report.stale_runs))
        )
    try:
        yield report
    except (LockTimeout, OperationalError, InterfaceError) as exc:
        report.fatal = str(exc) if isinstance(exc, LockTimeout) else f"database error: {_short(exc)}"
        log.error("%s", report.fatal)
    finally:
        report.settle()
        report.duration = round(time.monotonic() - t0, 3)
        try:
            with write_session(engine, min(lock_timeout, 10.0)) as session:
                finish_run(session, report)
        except (LockTimeout, SQLAlchemyError) as exc:  # the next run marks the row stale
            log.error("could not record the end of run %s: %s", report.run_id, exc)


def _apply_corrections(engine: Engine, report: RunReport, lock_timeout: float) -> None:
    """Re-apply every stored correction in one locked transaction; the messages go into the report."""
    from timeline.store.corrections import apply_corrections

    with write_session(engine, lock_timeout) as session:
        report.corrections = apply_corrections(session)
    for message in report.corrections:
        log.info("correction: %s", message)


# --------------------------------------------------------------------------------------------------
# Reading one input


#: Files next to an article whose content is part of its fingerprint (the reader applies them).
_SIDECARS = ("{name}.meta.yaml", "{stem}.meta.yaml", "manifest.yaml", "manifest.yml")


def _siblings(folder: Path, cache: dict[Path, frozenset[str]]) -> frozenset[str]:
    """The YAML file names in ``folder`` (listed once per folder thanks to ``cache``)."""
    names = cache.get(folder)
    if names is None:
        try:
            names = frozenset(n for n in os.listdir(folder) if n.endswith((".yaml", ".yml")))
        except OSError:
            names = frozenset()
        cache[folder] = names
    return names


def fingerprint(path: Path, max_bytes: int, cache: dict[Path, frozenset[str]] | None = None) -> str:
    """SHA-256 of the file and its metadata files; raises OSError/ValueError for unusable files.

    One ``stat`` and one read of the file; the folder's metadata file names are listed once per folder
    when ``cache`` is given.
    """
    st = path.stat()
    if stat.S_ISDIR(st.st_mode):
        raise ValueError("is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):  # a FIFO would block, a device never end
        raise ValueError("not a regular file")
    if st.st_size == 0:
        raise ValueError("empty file")
    if st.st_size > max_bytes:
        raise ValueError(f"file too large: {st.st_size:,} bytes (limit {max_bytes:,}; raise --max-bytes)")
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            if fh.tell() > max_bytes:  # grew since the stat
                raise ValueError(f"file too large: over {max_bytes:,} bytes (raise --max-bytes)")
    names = _siblings(path.parent, cache if cache is not None else {})
    if names:
        for pattern in _SIDECARS:
            extra = pattern.format(name=path.name, stem=path.stem)
            if extra in names and (path.parent / extra).is_file():
                digest.update(b"\0" + extra.encode() + b"\0" + (path.parent / extra).read_bytes())
    return digest.hexdigest()


def _read_file(path: Path, uri: str, max_bytes: int) -> Article:
    """The article of one file, under its source URI."""
    from timeline.ingest.reader import read_path

    article = read_path(path, max_bytes=max_bytes)
    article.uri = uri
    return article


def _read_feed(item: Item, max_bytes: int) -> list[Article]:
    """The articles of a feed file or feed URL."""
    from timeline.ingest.feeds import read_feed

    return read_feed(str(item.path) if item.path is not None else item.uri, max_bytes=max_bytes)


def _error_message(exc: BaseException) -> str:
    """The one-line reason a file failed, as stored in the run report."""
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    text = str(exc).strip() or type(exc).__name__
    name = type(exc).__name__
    return text if name in ("ReadError", "ValueError", "FeedError") else f"{name}: {text}"


# --------------------------------------------------------------------------------------------------
# Storing one article


def _clip(value: str | None, width: int) -> str | None:
    """``value`` cut to a column width (an ellipsis marks the cut)."""
    return value if value is None or len(value) <= width else value[: width - 1] + "…"


def _fill_source(src: Source, article: Article, fp: str, version: str, run_id: int | None) -> None:
    """Copy an article (text, metadata, body spans, reader warnings) into its ``sources`` row."""
    meta: dict[str, Any] = dict(article.metadata)
    meta["body_spans"] = [list(span) for span in article.body_spans]
    if article.warnings:
        meta["warnings"] = list(article.warnings)
    src.content_hash = fp
    src.title = article.title
    src.outlet = _clip(article.outlet, 255)  # column widths: over-long metadata must not fail the article
    src.author = _clip(article.author, 255)
    src.url = _clip(article.url, 2048)
    src.published = article.published
    src.published_precision = article.published_precision
    src.text = article.text
    src.meta = meta
    src.extractor_version = version
    src.last_run_id = run_id


def _uri_conflict(exc: IntegrityError) -> bool:
    """True when the integrity error is the unique ``sources.uri`` (another job stored the article)."""
    text = str(exc.orig).lower()
    return "sources.uri" in text or "uq_sources_uri" in text


def _store(engine: Engine, uri: str, prep: _Prepared, report: RunReport, version: str, lock_timeout: float) -> str:
    """Store one prepared article in its own locked transaction; return new/changed/unchanged/duplicate."""
    merge = _merge()
    try:
        with write_session(engine, lock_timeout) as session:
            src = session.scalar(select(Source).where(Source.uri == uri))
            if src is not None and src.content_hash == prep.fingerprint and src.extractor_version == version:
                return "unchanged"  # another job stored it meanwhile
            if src is None:
                dup = session.scalar(select(Source.uri).where(Source.content_hash == prep.fingerprint).limit(1))
                if dup is not None:
                    return "duplicate"
                src = Source(uri=uri)
                _fill_source(src, prep.article, prep.fingerprint, version, report.run_id)
                session.add(src)
                session.flush()
                _stats(merge.store_extraction(session, src, prep.extraction), report)
                return "new"
            _fill_source(src, prep.article, prep.fingerprint, version, report.run_id)
            session.flush()
            _stats(merge.replace_source(session, src, prep.extraction), report)
            return "changed"
    except IntegrityError as exc:
        if _uri_conflict(exc):  # stored by another job between our check and our insert
            return "unchanged"
        raise


def _count(report: RunReport, uri: str, outcome: str) -> None:
    """Count one article's outcome (new, changed, unchanged or duplicate) in the report."""
    if outcome == "new":
        report.files_new += 1
        log.info("stored %s", uri)
    elif outcome == "changed":
        report.files_changed += 1
        log.info("updated %s", uri)
    else:
        report.files_unchanged += 1
        if outcome == "duplicate":
            report.files_duplicate += 1
            log.info("skipped %s: same content as a stored source", uri)


def _slow() -> None:
    """The test hook: sleep ``$TIMELINE_TEST_SLOW_INGEST`` seconds (see the module docstring)."""
    delay = os.environ.get(SLOW_ENV)
    if delay:
        time.sleep(float(delay))


def _guarded(report: RunReport, uri: str, work: Callable[[], None]) -> None:
    """Run ``work``; an expected per-file problem becomes a failed file and the run goes on.

    Lock timeouts and connection-level database errors propagate: they stop the run.
    """
    try:
        work()
    except (LockTimeout, OperationalError, InterfaceError):
        raise
    except Exception as exc:
        message = _error_message(exc)
        log.info("failed: %s: %s", uri, message)  # the CLI prints the failures once, in its summary
        log.debug("%s failed", uri, exc_info=True)
        report.fail(uri, message)


#: Files whose stored versions are looked up in one query (``sources.uri IN (…)``, unique index).
LOOKUP_BATCH = 500


class _Ingestor:
    """The state of one ingest run: stored versions of the current batch of files, counters, collaborators.

    Nothing proportional to the number of stored sources is loaded: the stored (hash, extractor
    version) of each batch of :data:`LOOKUP_BATCH` files comes from one indexed query (:meth:`lookup`),
    and a new file's content is checked against ``ix_sources_content_hash`` only when it is new.
    """

    def __init__(self, engine: Engine, report: RunReport, *, max_bytes: int, lock_timeout: float) -> None:
        self.engine = engine
        self.report = report
        self.max_bytes = max_bytes
        self.lock_timeout = lock_timeout
        self.version = report.extractor_version or extractor_version()
        #: (content hash, extractor version) by URI, for the URIs looked up (absent: not stored).
        self.known: dict[str, tuple[str, str] | None] = {}
        #: Content hashes found stored (or stored by this run): duplicates of one text need one query.
        self.hashes: set[str] = set()
        self.folders: dict[Path, frozenset[str]] = {}
        self.actors_synced = False

    def lookup(self, uris: Sequence[str]) -> None:
        """Load the stored versions of ``uris`` (replacing the previous batch's): one query per batch."""
        known: dict[str, tuple[str, str] | None] = dict.fromkeys(uris)
        with Session(self.engine) as session:
            for start in range(0, len(uris), LOOKUP_BATCH):
                chunk = list(uris[start : start + LOOKUP_BATCH])
                rows = session.execute(
                    select(Source.uri, Source.content_hash, Source.extractor_version).where(Source.uri.in_(chunk))
                )
                known.update({uri: (h, v) for uri, h, v in rows})
        self.known = known

    def _stored(self, uri: str) -> tuple[str, str] | None:
        """The stored (hash, version) of ``uri``, from the current batch or one indexed query."""
        if uri not in self.known:
            with Session(self.engine) as session:
                row = session.execute(
                    select(Source.content_hash, Source.extractor_version).where(Source.uri == uri)
                ).first()
            self.known[uri] = (row[0], row[1]) if row is not None else None
        return self.known[uri]

    def _quick_outcome(self, uri: str, fp: str) -> str | None:
        """ "unchanged"/"duplicate" when the fingerprint alone settles it (no lock, no read), else None."""
        stored = self._stored(uri)
        if stored is not None:
            return "unchanged" if stored == (fp, self.version) else None
        if fp not in self.hashes:  # a new URI: is its content stored under another one?
            with Session(self.engine) as session:
                if session.scalar(select(Source.id).where(Source.content_hash == fp).limit(1)) is None:
                    return None
            self.hashes.add(fp)
        return "duplicate"

    def sync_actors(self) -> None:
        """Sync the actor dictionary once, before the first article that has to be stored (a run that
        stores nothing never loads the dictionary)."""
        if not self.actors_synced:
            _sync_actors(self.engine, self.lock_timeout)
            self.actors_synced = True

    def article(self, uri: str, fp: str, load: Callable[[], Article], extraction: Extraction | None = None) -> None:
        """Process one article whose fingerprint is known: skip, or read + extract + store.

        ``extraction`` is given when a worker process already extracted the article.
        """
        outcome = self._quick_outcome(uri, fp)
        if outcome is None:
            from timeline.extract.pipeline import extract

            self.sync_actors()
            article = load()
            prep = _Prepared(article, extraction if extraction is not None else extract(article), fp)
            outcome = _store(self.engine, uri, prep, self.report, self.version, self.lock_timeout)
            if outcome in ("new", "changed") and article.warnings:
                self.report.warnings.append(FileError(uri, "; ".join(article.warnings)))
            self.known[uri] = (fp, self.version)
            self.hashes.add(fp)
            _slow()
        _count(self.report, uri, outcome)

    def file(self, item: Item) -> None:
        """One article file: fingerprint it, then skip it or read, extract and store it."""
        path = item.path
        assert path is not None
        self.report.files_seen += 1

        def work() -> None:
            fp = fingerprint(path, self.max_bytes, self.folders)
            self.article(item.uri, fp, lambda: _read_file(path, item.uri, self.max_bytes))

        _guarded(self.report, item.uri, work)

    def files_parallel(self, items: Sequence[Item], workers: int, advance: Callable[[], None]) -> None:
        """Files with reading and extraction in ``workers`` processes; storing stays here (one writer).

        Fingerprints and the skip decision happen here first, so unchanged files never reach a
        worker. On PostgreSQL each article is claimed (:func:`timeline.store.workers.try_claim`)
        before it is extracted, so jobs on several machines sharing one database split the work.
        """
        from timeline.store.workers import Task, extract_parallel, release_claim, try_claim

        todo: dict[str, tuple[Item, str]] = {}
        claims = self.engine.connect() if self.engine.dialect.name == "postgresql" else None

        def tasks() -> Iterator[Task]:
            for n, item in enumerate(items):
                if n % LOOKUP_BATCH == 0:
                    self.lookup([i.uri for i in items[n : n + LOOKUP_BATCH]])
                assert item.path is not None
                self.report.files_seen += 1
                fps: list[str] = []
                path = item.path
                _guarded(self.report, item.uri, functools.partial(self._fingerprint_into, fps, path))
                if not fps:  # fingerprinting failed: already counted
                    advance()
                    continue
                outcome = self._quick_outcome(item.uri, fps[0])
                if outcome is None and claims is not None and not try_claim(claims, item.uri):
                    outcome = "unchanged"  # another job is extracting it right now
                if outcome is None:
                    todo[item.uri] = (item, fps[0])
                    yield Task(item.uri, path)
                    continue
                _count(self.report, item.uri, outcome)
                advance()

        try:
            for result in extract_parallel(tasks(), workers, max_bytes=self.max_bytes):
                item, fp = todo.pop(result.key)
                if result.error is not None or result.article is None or result.extraction is None:
                    log.warning("%s: %s", item.uri, result.error)
                    self.report.fail(item.uri, result.error or "extraction failed")
                else:
                    done = result
                    self.article(item.uri, fp, lambda r=done: r.article, extraction=done.extraction)
                if claims is not None:
                    release_claim(claims, item.uri)
                advance()
        finally:
            if claims is not None:
                claims.close()

    def _fingerprint_into(self, out: list[str], path: Path) -> None:
        out.append(fingerprint(path, self.max_bytes, self.folders))

    def feed(self, item: Item) -> None:
        """Every entry of a feed, each an article of its own (a feed that cannot be read is one failure)."""
        articles: list[Article] = []

        def read() -> None:
            articles.extend(_read_feed(item, self.max_bytes))

        before = self.report.files_failed
        _guarded(self.report, item.uri, read)
        if self.report.files_failed > before:
            self.report.files_seen += 1
            return
        for article in articles:
            self.report.files_seen += 1
            _guarded(self.report, article.uri, functools.partial(self._feed_article, article))

    def _feed_article(self, article: Article) -> None:
        self.article(article.uri, str(article.content_hash), lambda: article)


def _prune(engine: Engine, found: Discovery, report: RunReport, lock_timeout: float, cwd: Path) -> None:
    """Remove sources under the walked folders whose file no longer exists."""
    if not found.folders:
        return
    with Session(engine) as session:
        uris = session.scalars(select(Source.uri)).all()
    for uri in uris:
        if "://" in uri or not any(uri.startswith(p) if p else not uri.startswith("/") for p in found.folders):
            continue
        path = Path(uri) if uri.startswith("/") else cwd / uri
        if path.exists():
            continue
        with write_session(engine, lock_timeout) as session:
            source_id = session.scalar(select(Source.id).where(Source.uri == uri))
            if source_id is None:
                continue
            _merge().remove_source(session, source_id)
            src = session.get(Source, source_id)
            if src is not None:
                session.delete(src)
        report.files_removed += 1
        log.info("removed %s: file no longer exists", uri)


@contextmanager
def _progress(enabled: bool | None, total: int) -> Iterator[Callable[[], None]]:
    """A function that advances a progress bar on stderr by one (a no-op when the bar is off).

    ``enabled=None`` shows the bar only when stderr is a terminal; an empty job never shows one.
    """
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled or total == 0:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    progress = Progress(console=Console(stderr=True), transient=True)
    progress.start()
    task = progress.add_task("ingesting", total=total)
    try:
        yield lambda: progress.advance(task)
    finally:
        progress.stop()


def ingest(
    paths: Sequence[str | Path],
    *,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    prune: bool = False,
    progress: bool | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    workers: int = 1,
) -> RunReport:
    """Ingest files, folders, feed files and feed URLs into the database at ``url``.

    ``workers`` > 1 reads and extracts files in that many processes (the GIL); this process alone
    writes, one transaction per article, under the same lock as always.

    Raises :class:`InputError` (a path does not exist, a malformed URL), :class:`DatabaseUnavailable`
    or :class:`LockTimeout` when the job cannot start; otherwise returns the :class:`RunReport`, whose
    ``exit_code`` is 0 (all stored), 1 (some files failed) or 2 (stopped early: lock timeout, database).
    """
    if not paths:
        raise InputError("nothing to ingest: give at least one file, folder or feed URL")
    if max_bytes <= 0:
        raise InputError("--max-bytes must be positive")
    cwd = Path.cwd()
    found = discover(paths, cwd=cwd)
    engine = open_database(url)
    report = RunReport(command=command_line(), extractor_version=extractor_version())
    with _run(engine, report, lock_timeout):
        for uri, message in found.rejected:
            report.files_seen += 1
            report.fail(uri, message)
            log.warning("%s: %s", uri, message)
        job = _Ingestor(engine, report, max_bytes=max_bytes, lock_timeout=lock_timeout)
        with _progress(progress, len(found.items)) as advance:
            items = list(found.items)
            if workers > 1:  # files in worker processes; feeds below, in this process
                job.files_parallel([i for i in items if i.kind == "file"], workers, advance)
                items = [i for i in items if i.kind != "file"]
            for n, item in enumerate(items):
                if n % LOOKUP_BATCH == 0:
                    job.lookup([i.uri for i in items[n : n + LOOKUP_BATCH] if i.kind == "file"])
                if item.kind == "file":
                    job.file(item)
                else:
                    job.feed(item)
                advance()
        if prune:
            _prune(engine, found, report, lock_timeout, cwd)
        _apply_corrections(engine, report, lock_timeout)
    _log_summary(report)
    return report


def _log_summary(report: RunReport) -> None:
    """One info line with the counts of a finished run."""
    log.info(
        "run %s %s: %d files (%d new, %d changed, %d unchanged, %d failed), %d events created, %d merged, %.2f s",
        report.run_id,
        report.status,
        report.files_seen,
        report.files_new,
        report.files_changed,
        report.files_unchanged,
        report.files_failed,
        report.events_created,
        report.events_merged,
        report.duration,
    )


# --------------------------------------------------------------------------------------------------
# Reprocess


def _article_from_source(src: Source) -> Article:
    """The article a ``sources`` row was stored from (the inverse of :func:`_fill_source`)."""
    meta = dict(src.meta or {})
    spans = [(int(a), int(b)) for a, b in meta.pop("body_spans", None) or []]
    warnings = list(meta.pop("warnings", None) or [])
    return Article(
        uri=src.uri,
        text=src.text,
        content_hash=src.content_hash,
        title=src.title,
        outlet=src.outlet,
        author=src.author,
        url=src.url,
        published=src.published,
        published_precision=cast(Precision | None, src.published_precision),  # stored from an Article
        body_spans=spans,
        metadata={str(k): str(v) for k, v in meta.items()},
        warnings=warnings,
    )


def reprocess(
    *,
    url: str | None = None,
    only_outdated: bool = True,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    progress: bool | None = None,
) -> RunReport:
    """Rebuild events from the stored source texts (no file is read), then re-apply corrections.

    With ``only_outdated`` (the default) only sources stored by another extractor version are redone;
    otherwise all of them. Counts: ``files_changed`` = sources redone, ``files_unchanged`` = up to date.
    """
    from timeline.extract.pipeline import extract

    engine = open_database(url)
    version = extractor_version()
    report = RunReport(command=command_line(), extractor_version=version)
    with _run(engine, report, lock_timeout):
        with Session(engine) as session:
            rows = session.execute(select(Source.id, Source.uri, Source.extractor_version).order_by(Source.uri)).all()
        todo = [(sid, uri) for sid, uri, v in rows if not only_outdated or v != version]
        report.files_seen = len(rows)
        report.files_unchanged = len(rows) - len(todo)
        merge = _merge()

        def redo(source_id: int) -> None:
            with write_session(engine, lock_timeout) as session:
                src = session.get(Source, source_id)
                if src is None or (only_outdated and src.extractor_version == version):
                    report.files_unchanged += 1  # redone by another job meanwhile
                    return
                extraction = extract(_article_from_source(src))
                src.extractor_version = version
                src.last_run_id = report.run_id
                _stats(merge.replace_source(session, src, extraction), report)
                report.files_changed += 1
            _slow()

        if todo:  # the dictionary is synced only when something is redone
            _sync_actors(engine, lock_timeout)
        with _progress(progress, len(todo)) as advance:
            for source_id, uri in todo:
                _guarded(report, uri, functools.partial(redo, source_id))
                advance()
        _apply_corrections(engine, report, lock_timeout)
    _log_summary(report)
    return report


# --------------------------------------------------------------------------------------------------
# Corrections


def curate_file(
    path: str | Path, *, url: str | None = None, lock_timeout: float = DEFAULT_LOCK_TIMEOUT
) -> CurateReport:
    """Validate a curation file, store its new corrections and apply all of them (one transaction).

    Raises :class:`timeline.store.corrections.CorrectionError` for an invalid file (nothing stored).
    Returns a :class:`timeline.store.corrections.CurateReport`.
    """
    from timeline.store.corrections import load_corrections, store_and_apply

    entries = load_corrections(path)  # validated before the database is touched
    engine = open_database(url)
    ensure_schema(engine, lock_timeout)
    with write_session(engine, lock_timeout) as session:
        return store_and_apply(session, entries, origin=str(path))


# --------------------------------------------------------------------------------------------------
# Scheduling

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|day)?s?\s*$", re.IGNORECASE)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400, "day": 86400}


def parse_interval(text: str) -> dt.timedelta:
    """``"90s"``, ``"15m"``, ``"1h"``, ``"1d"`` (a bare number is minutes) → timedelta."""
    match = _INTERVAL.match(text)
    if not match:
        raise InputError(f"not an interval: {text!r} (use e.g. 30m, 1h, 1d)")
    seconds = float(match.group(1)) * _UNITS[(match.group(2) or "m").lower()]
    if seconds <= 0:
        raise InputError(f"the interval must be positive: {text!r}")
    return dt.timedelta(seconds=seconds)


def schedule(
    paths: Sequence[str | Path],
    *,
    every: dt.timedelta,
    once: bool = False,
    on_report: Callable[[RunReport], None] | None = None,
    **options: Any,
) -> list[RunReport]:
    """Run :func:`ingest` now and then every ``every`` (in this process, until interrupted).

    APScheduler's ``BlockingScheduler`` with ``max_instances=1`` and ``coalesce=True``: a run still going
    when the next is due is not doubled, missed runs collapse into one. ``once=True`` runs a single job
    and returns (for tests and for checking a set-up). A failing run is logged; the schedule goes on.
    """
    discover(paths)  # fail fast on a bad path or URL
    reports: list[RunReport] = []

    def job() -> None:
        try:
            report = ingest(paths, **options)
        except (InputError, ConfigError, LockTimeout) as exc:
            log.error("scheduled ingest did not run: %s", exc)
            return
        reports.append(report)
        if on_report is not None:
            on_report(report)

    if once:
        job()
        return reports
    from apscheduler.schedulers.blocking import BlockingScheduler

    scheduler = BlockingScheduler()
    scheduler.add_job(
        job,
        "interval",
        seconds=every.total_seconds(),
        max_instances=1,
        coalesce=True,
        next_run_time=dt.datetime.now(dt.UTC),
        id="timeline-ingest",
    )
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        log.info("scheduler stopped")
    return reports
