"""CLI commands: ingest, runs, reprocess, curate, schedule (thin shells over timeline.store).

Exit codes: 0 all good; 1 some files failed (the others are stored); 2 usage or configuration error
(bad path or URL, database unreachable, lock timeout, invalid curation file).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, NoReturn

import click

from timeline.cli.app import db_url_from, main
from timeline.cli.options import (
    echo_json,
    fail,
    json_option,
    lock_timeout_option,
    max_bytes_option,
    progress_option,
)
from timeline.config import ConfigError
from timeline.store.jobs import DEFAULT_MAX_BYTES
from timeline.store.locking import LockTimeout
from timeline.store.runs import RunReport


def _usage_error(message: str, as_json: bool) -> NoReturn:
    """Exit 2 with ``message`` on stderr (and, with ``--json``, a one-line failure object on stdout)."""
    if as_json:
        echo_json({"status": "failed", "error": message}, indent=None, ensure_ascii=True)
    fail(message, prefix="error")


def _run_guarded(fn: Callable[[], Any], as_json: bool) -> Any:
    """Call ``fn``; an expected problem (bad input, configuration, lock timeout, bad curation file) exits 2."""
    from timeline.ingest.discover import InputError
    from timeline.store.corrections import CorrectionError

    try:
        return fn()
    except (InputError, ConfigError, LockTimeout, CorrectionError) as exc:
        _usage_error(str(exc), as_json)


def _print_report(report: RunReport, as_json: bool) -> None:
    """Print a run report (one summary line plus problems, or JSON) and exit with its exit code."""
    if as_json:
        click.echo(report.to_json())
    else:
        click.echo(
            f"run {report.run_id}: {report.status} in {report.duration:.2f} s — {report.files_seen} files: "
            f"{report.files_new} new, {report.files_changed} changed, {report.files_unchanged} unchanged"
            f"{f' ({report.files_duplicate} duplicates)' if report.files_duplicate else ''}, "
            f"{report.files_failed} failed"
            f"{f', {report.files_removed} removed' if report.files_removed else ''}; "
            f"events: {report.events_created} created, {report.events_merged} merged"
        )
        _print_problems(report)
        for message in report.corrections:
            click.echo(f"  {message}", err=True)
        if report.fatal:
            click.echo(f"error: {report.fatal}", err=True)
    sys.exit(report.exit_code)


def _print_problems(report: RunReport) -> None:
    """The failed files and reader warnings of a run, one line each on stderr."""
    for err in report.errors:
        click.echo(f"  failed: {err.path}: {err.error}", err=True)
    for warning in report.warnings:
        click.echo(f"  warning: {warning.path}: {warning.error}", err=True)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@max_bytes_option(DEFAULT_MAX_BYTES, "Files larger than this are rejected (counted as failed) without being read.")
@click.option(
    "--prune", is_flag=True, help="Remove stored sources under the given folders whose file no longer exists."
)
@json_option("Print the run report as JSON on stdout.")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes that read and extract articles (0: one per CPU); this process alone writes.",
)
@progress_option
@lock_timeout_option
@click.pass_context
def ingest_cmd(
    ctx: click.Context,
    paths: tuple[str, ...],
    max_bytes: int,
    prune: bool,
    as_json: bool,
    workers: int,
    progress: bool | None,
    lock_timeout: float,
) -> None:
    """Ingest articles: files, folders (recursive), RSS/Atom feed files or feed URLs.

    Incremental and idempotent: unchanged files are skipped, changed ones replace what they said.
    Exit code 0: all stored; 1: some files failed (the rest is stored); 2: usage/database/lock error.
    """
    from timeline.store.jobs import ingest
    from timeline.store.workers import default_workers

    report = _run_guarded(
        lambda: ingest(
            list(paths),
            url=db_url_from(ctx),
            max_bytes=max_bytes,
            prune=prune,
            progress=progress,
            lock_timeout=lock_timeout,
            workers=workers or default_workers(),
        ),
        as_json,
    )
    _print_report(report, as_json)


@main.command("reprocess")
@click.option(
    "--all", "all_sources", is_flag=True, help="Redo every source, not only those stored by an older extractor version."
)
@json_option("Print the run report as JSON on stdout.")
@progress_option
@lock_timeout_option
@click.pass_context
def reprocess_cmd(
    ctx: click.Context, all_sources: bool, as_json: bool, progress: bool | None, lock_timeout: float
) -> None:
    """Rebuild events from the stored source texts after an extractor upgrade (no file is read).

    Corrections are re-applied afterwards. Exit codes as for `timeline ingest`.
    """
    from timeline.store.jobs import reprocess

    report = _run_guarded(
        lambda: reprocess(
            url=db_url_from(ctx), only_outdated=not all_sources, lock_timeout=lock_timeout, progress=progress
        ),
        as_json,
    )
    _print_report(report, as_json)


@main.command("runs")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many runs to show.")
@json_option("Print the runs as JSON.")
@click.pass_context
def runs_cmd(ctx: click.Context, limit: int, as_json: bool) -> None:
    """Show recent ingestion runs (newest first): status, counts, errors."""
    from timeline.store.jobs import open_database
    from timeline.store.runs import recent_runs

    runs = _run_guarded(lambda: recent_runs(open_database(db_url_from(ctx)), limit), as_json)
    if as_json:
        echo_json(runs)
        return
    if not runs:
        click.echo("no runs yet")
        return
    click.echo(
        f"{'id':>5}  {'status':<9}  {'started (UTC)':<25}  {'secs':>7}  {'seen':>5} {'new':>5} "
        f"{'chg':>5} {'same':>5} {'fail':>5}  {'ev+':>5} {'ev=':>5}  command"
    )
    for r in runs:
        secs = f"{r['duration']:.1f}" if r["duration"] is not None else "-"
        click.echo(
            f"{r['id']:>5}  {r['status']:<9}  {r['started_at'] or '-':<25}  {secs:>7}  {r['files_seen']:>5} "
            f"{r['files_new']:>5} {r['files_changed']:>5} {r['files_unchanged']:>5} {r['files_failed']:>5}  "
            f"{r['events_created']:>5} {r['events_merged']:>5}  {r['command'] or ''}"
        )
        for err in (r["errors"] or [])[:5]:
            click.echo(f"{'':>7}{err.get('path') or '-'}: {err.get('error')}")
        if len(r["errors"] or []) > 5:
            click.echo(f"{'':>7}… {len(r['errors']) - 5} more")


@main.command("curate")
@click.argument("file", type=click.Path(dir_okay=False))
@json_option("Print what was stored and applied as JSON.")
@lock_timeout_option
@click.pass_context
def curate_cmd(ctx: click.Context, file: str, as_json: bool, lock_timeout: float) -> None:
    """Store and apply an analyst's corrections file (YAML; see docs/corrections.example.yaml).

    Stored corrections are re-applied after every ingest and reprocess. Exit 2 if the file is invalid.
    """
    from timeline.store.jobs import curate_file

    report = _run_guarded(lambda: curate_file(file, url=db_url_from(ctx), lock_timeout=lock_timeout), as_json)
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo(f"{report.added} correction(s) added, {report.known} already stored")
        for message in report.messages:
            click.echo(f"  {message}")


@main.command("schedule")
@click.argument("paths", nargs=-1, required=True)
@click.option("--every", "every", default="1h", show_default=True, help="Interval: 90s, 15m, 1h, 1d.")
@click.option("--once", is_flag=True, help="Run one ingest now and exit (for testing a set-up).")
@max_bytes_option(DEFAULT_MAX_BYTES, "Files larger than this are rejected without being read.")
@click.option("--prune", is_flag=True, help="As for `timeline ingest`.")
@json_option("Print each run report as JSON (one per line).")
@lock_timeout_option
@click.pass_context
def schedule_cmd(
    ctx: click.Context,
    paths: tuple[str, ...],
    every: str,
    once: bool,
    max_bytes: int,
    prune: bool,
    as_json: bool,
    lock_timeout: float,
) -> None:
    """Ingest PATHS now and then every --every, in this process (APScheduler; one run at a time).

    For cron and systemd timers, see the README. With --once the exit code is that of the run.
    """
    from timeline.store.jobs import parse_interval, schedule

    def show(report: RunReport) -> None:
        if as_json:
            echo_json(report.to_dict(), indent=None)
        else:
            click.echo(
                f"run {report.run_id}: {report.status}, {report.files_seen} files, "
                f"{report.files_new} new, {report.files_changed} changed, {report.files_failed} failed"
            )
            _print_problems(report)

    interval = _run_guarded(lambda: parse_interval(every), as_json)
    reports = _run_guarded(
        lambda: schedule(
            list(paths),
            every=interval,
            once=once,
            on_report=show,
            url=db_url_from(ctx),
            max_bytes=max_bytes,
            prune=prune,
            progress=False,
            lock_timeout=lock_timeout,
        ),
        as_json,
    )
    if once:
        sys.exit(reports[-1].exit_code if reports else 2)
