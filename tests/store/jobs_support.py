"""Helpers shared by the ingestion-job tests (not a test module)."""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from timeline.models import Citation, Event, EventActor, IngestionRun, ObservationRow, Source

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


def copy_seeds(dst: Path) -> Path:
    """A writable copy of the seed articles in ``dst`` (never touch the originals)."""
    dst.mkdir(parents=True, exist_ok=True)
    for src in sorted(SEEDS.glob("*.txt")):
        target = dst / src.name
        target.write_bytes(src.read_bytes())
    return dst


def counts(engine: Engine) -> dict[str, int]:
    """Row counts of the tables an ingest writes."""
    with Session(engine) as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Source, Event, Citation, EventActor, ObservationRow)}


def snapshot(engine: Engine) -> dict[str, Any]:
    """Everything that must not move on an idempotent re-run: ids, hashes, event fields, citation links."""
    with Session(engine) as s:
        return {
            "sources": {r.uri: (r.id, r.content_hash, r.extractor_version) for r in s.scalars(select(Source))},
            "events": {r.id: (r.title, r.event_type, r.edtf, r.status, r.has_conflict, r.rejected)
                       for r in s.scalars(select(Event))},
            "citations": {r.id: (r.event_id, r.source_id, r.start, r.end, r.quote)
                          for r in s.scalars(select(Citation))},
            "event_actors": sorted(s.execute(select(EventActor.event_id, EventActor.actor_id,
                                                    EventActor.role)).all()),
            "observations": sorted(s.execute(select(ObservationRow.source_id, ObservationRow.indicator,
                                                    ObservationRow.value, ObservationRow.start)).all()),
        }


def event_signature(engine: Engine) -> list[tuple[Any, ...]]:
    """Events described without ids (for comparing two databases built from the same input)."""
    with Session(engine) as s:
        rows = []
        for ev in s.scalars(select(Event)):
            cites = sorted((c.source.uri, c.start, c.end) for c in ev.citations)
            rows.append((ev.title, ev.event_type, ev.edtf, ev.status, tuple(cites)))
        return sorted(rows)


def runs(engine: Engine) -> list[IngestionRun]:
    with Session(engine, expire_on_commit=False) as s:
        return list(s.scalars(select(IngestionRun).order_by(IngestionRun.id)))


def timeline_command() -> list[str]:
    """How to start the ``timeline`` CLI in a child process."""
    script = Path(sys.executable).with_name("timeline")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from timeline.cli import main; main()"]


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    env.update(extra)
    return env


def start_cli(args: list[str], cwd: Path, **env: str) -> subprocess.Popen[str]:
    """Start ``timeline ARGS`` in ``cwd`` (not waiting)."""
    return subprocess.Popen([*timeline_command(), *args], cwd=cwd, env=child_env(**env), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run_cli(args: list[str], cwd: Path, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*timeline_command(), *args], cwd=cwd, env=child_env(**env), text=True,
                          capture_output=True, timeout=timeout, check=False)


_FORKSERVER = multiprocessing.get_context("forkserver")
# pytest too: a child re-imports the parent's __main__ (pytest's script), cheap once pytest is loaded.
_FORKSERVER.set_forkserver_preload(["pytest", "cli_child"])


def _start_fork_server() -> None:
    """Start the fork server with this folder importable (it does not inherit pytest's sys.path)."""
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).parent), before) if p)
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before


class ForkedCli:
    """``timeline ARGS`` in a child forked from a warm fork server (see cli_child.py); Popen-like."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str]) -> None:
        import cli_child  # the same module the fork server preloads

        _start_fork_server()
        folder = Path(tempfile.mkdtemp(prefix="cli-child-", dir=cwd))
        self._out, self._err = folder / "stdout", folder / "stderr"
        self._proc = _FORKSERVER.Process(target=cli_child.run,
                                         args=(args, str(cwd), env, str(self._out), str(self._err)))
        self._proc.start()

    @property
    def pid(self) -> int | None:
        return self._proc.pid

    @property
    def returncode(self) -> int | None:
        return self._proc.exitcode

    def poll(self) -> int | None:
        return self._proc.exitcode

    def send_signal(self, sig: int) -> None:
        assert self._proc.pid is not None
        os.kill(self._proc.pid, sig)

    def communicate(self, timeout: float) -> tuple[str, str]:
        """Wait for the exit (killing the child after ``timeout`` seconds); its stdout and stderr."""
        self._proc.join(timeout)
        if self._proc.exitcode is None:
            self.send_signal(signal.SIGKILL)
            self._proc.join()
            raise subprocess.TimeoutExpired(["timeline"], timeout)
        return (self._out.read_text(encoding="utf-8", errors="replace"),
                self._err.read_text(encoding="utf-8", errors="replace"))


def fork_cli(args: list[str], cwd: Path, **env: str) -> ForkedCli:
    """Start ``timeline ARGS`` in ``cwd`` as a forked child (not waiting); ``env`` adds variables."""
    return ForkedCli(args, cwd, env)


def rmtree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
