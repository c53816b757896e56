"""Ingestion runs: the report of one job and its row in ``ingestion_runs``.

A run row is written when the job starts (status ``running``, host, pid, command, extractor version) and
updated when it ends (``succeeded``: no file failed; ``partial``: some files failed, the others are
stored; ``failed``: the job stopped early or every file failed). A job killed mid-way leaves its row
``running``; the next job marks such *stale* rows ``failed`` (:func:`mark_stale_runs`): the pid is not
alive on this host, or the run started more than :data:`STALE_AFTER` ago (runs of other hosts). Since each
article is its own transaction, nothing half-written is left behind, and the next job simply does the
work the killed one did not finish.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from timeline.models import IngestionRun

#: A ``running`` row older than this is taken as dead even when its pid cannot be checked.
STALE_AFTER = dt.timedelta(hours=float(os.environ.get("TIMELINE_STALE_RUN_HOURS", "6")))
#: At most this many per-file errors are kept in the run row (the report has them all).
MAX_STORED_ERRORS = 1000


def utcnow() -> dt.datetime:
    """The current time, timezone-aware UTC."""
    return dt.datetime.now(dt.UTC)


def this_host() -> str:
    """This machine's host name, stored with each run (stale-run detection checks pids only here)."""
    return socket.gethostname()


def command_line() -> str:
    """The command that started this process, for the run row."""
    argv = [os.path.basename(sys.argv[0]) or "python", *sys.argv[1:]] if sys.argv else []
    return " ".join(argv)[:2000]


@dataclass(slots=True)
class FileError:
    """Why one file (or feed item) was not stored."""

    path: str
    error: str


@dataclass(slots=True)
class RunReport:
    """What an ingestion (or reprocess) job saw and did. JSON-serialisable with :meth:`to_dict`."""

    run_id: int | None = None
    status: str = "running"
    command: str | None = None
    extractor_version: str | None = None
    started_at: str | None = None
    finished_at: str | None = None
    duration: float = 0.0
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    files_failed: int = 0
    #: Files whose content is already stored under another URI (counted in ``files_unchanged``).
    files_duplicate: int = 0
    #: Sources removed because their file is gone (``--prune`` only).
    files_removed: int = 0
    events_created: int = 0
    events_merged: int = 0
    errors: list[FileError] = field(default_factory=list)
    #: Articles stored with a reader warning (e.g. "decoded as cp1252"): not failures.
    warnings: list[FileError] = field(default_factory=list)
    #: Messages from re-applying the analysts' corrections.
    corrections: list[str] = field(default_factory=list)
    #: Ids of earlier runs found dead and marked failed by this one.
    stale_runs: list[int] = field(default_factory=list)
    #: Why the job stopped early (lock timeout, database error), else None.
    fatal: str | None = None

    def fail(self, path: str, error: str) -> None:
        """Count one failed file."""
        self.files_failed += 1
        self.errors.append(FileError(path, error))

    def settle(self) -> str:
        """Set and return the final status from the counts."""
        if self.fatal or (self.files_failed and self.files_failed == self.files_seen):
            self.status = "failed"
        elif self.files_failed:
            self.status = "partial"
        else:
            self.status = "succeeded"
        return self.status

    @property
    def exit_code(self) -> int:
        """0 all good, 1 some files failed, 2 the job could not run (lock, database)."""
        if self.fatal:
            return 2
        return 1 if self.files_failed else 0

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data (what ``--json`` prints)."""
        return asdict(self)

    def to_json(self) -> str:
        """The report as indented JSON, non-ASCII characters kept."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _iso(value: dt.datetime | None) -> str | None:
    """ISO 8601 to the second; a naive time (as SQLite returns it) is taken as UTC."""
    value = _as_aware(value)
    return value.isoformat(timespec="seconds") if value is not None else None


def start_run(session: Session, report: RunReport) -> IngestionRun:
    """Insert the ``running`` row of ``report`` (the caller commits) and fill in its id and start time."""
    now = utcnow()
    row = IngestionRun(
        started_at=now,
        status="running",
        command=report.command,
        host=this_host(),
        pid=os.getpid(),
        extractor_version=report.extractor_version,
        errors=[],
    )
    session.add(row)
    session.flush()
    report.run_id = row.id
    report.started_at = _iso(now)
    return row


def finish_run(session: Session, report: RunReport) -> None:
    """Write the final counts, status and errors of ``report`` into its row (the caller commits)."""
    row = session.get(IngestionRun, report.run_id)
    if row is None:
        return
    now = utcnow()
    report.finished_at = _iso(now)
    errors = [asdict(e) for e in report.errors[:MAX_STORED_ERRORS]]
    if len(report.errors) > MAX_STORED_ERRORS:
        errors.append({"path": "", "error": f"{len(report.errors) - MAX_STORED_ERRORS} more errors not stored"})
    if report.fatal:
        errors.append({"path": "", "error": report.fatal})
    row.finished_at = now
    row.status = report.status
    row.files_seen = report.files_seen
    row.files_new = report.files_new
    row.files_changed = report.files_changed
    row.files_unchanged = report.files_unchanged
    row.files_failed = report.files_failed
    row.events_created = report.events_created
    row.events_merged = report.events_merged
    row.errors = errors


def _pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def _as_aware(value: dt.datetime | None) -> dt.datetime | None:
    """A naive datetime read back from the database, as UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def is_stale(
    row: IngestionRun,
    *,
    now: dt.datetime | None = None,
    stale_after: dt.timedelta = STALE_AFTER,
    host: str | None = None,
) -> bool:
    """True when a ``running`` row belongs to a job that is not running any more."""
    if row.status != "running":
        return False
    host = host or this_host()
    if row.host == host and row.pid is not None and row.pid != os.getpid() and not _pid_alive(row.pid):
        return True
    started = _as_aware(row.started_at)
    return started is not None and (now or utcnow()) - started > stale_after


def mark_stale_runs(
    session: Session, *, exclude: int | None = None, stale_after: dt.timedelta = STALE_AFTER
) -> list[int]:
    """Mark dead ``running`` rows as failed (the caller commits); return their ids."""
    now = utcnow()
    marked: list[int] = []
    for row in session.scalars(select(IngestionRun).where(IngestionRun.status == "running")):
        if row.id == exclude or not is_stale(row, now=now, stale_after=stale_after):
            continue
        row.status = "failed"
        row.finished_at = now
        row.errors = [
            *(row.errors or []),
            {
                "path": "",
                "error": "the job stopped without finishing (killed or crashed); marked failed by a later run",
            },
        ]
        marked.append(row.id)
    return marked


def run_to_dict(row: IngestionRun) -> dict[str, Any]:
    """One ``ingestion_runs`` row as plain data."""
    started, finished = _as_aware(row.started_at), _as_aware(row.finished_at)
    return {
        "id": row.id,
        "status": row.status,
        "started_at": _iso(started),
        "finished_at": _iso(finished),
        "duration": round((finished - started).total_seconds(), 3) if started and finished else None,
        "host": row.host,
        "pid": row.pid,
        "command": row.command,
        "extractor_version": row.extractor_version,
        "files_seen": row.files_seen,
        "files_new": row.files_new,
        "files_changed": row.files_changed,
        "files_unchanged": row.files_unchanged,
        "files_failed": row.files_failed,
        "events_created": row.events_created,
        "events_merged": row.events_merged,
        "errors": row.errors or [],
    }


def recent_runs(engine: Engine, limit: int = 20) -> list[dict[str, Any]]:
    """The ``limit`` most recent runs, newest first."""
    with Session(engine) as session:
        rows = session.scalars(select(IngestionRun).order_by(IngestionRun.id.desc()).limit(limit))
        return [run_to_dict(r) for r in rows]
