"""CLI commands over the read API: show, conflicts, actors, sources, event, export.

Each command parses options, calls one function of :mod:`timeline.query` or :mod:`timeline.export`
and prints. Expected problems (unknown actor, bad date, missing database) end with a one-line
message and exit status 2; an empty result prints "No events match" and exits 0.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape as _esc
from rich.table import Table
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from timeline.cli.app import db_url_from, main
from timeline.cli.options import echo_json, fail, filter_options, filters
from timeline.db import get_engine, is_initialised, make_session
from timeline.export import FORMATS, export_events
from timeline.query import (
    EventView,
    InvalidDateError,
    QueryError,
    UnknownActorError,
    chronology,
    conflicts,
    event,
    list_actors,
    list_sources,
)

_NOT_READY = "the database at {url} has no timeline yet: run `timeline init`, then `timeline ingest PATH…`"


@contextmanager
def _session(ctx: click.Context) -> Iterator[Session]:
    """A session on the invocation's database, or exit 2 with advice when it is not initialised."""
    url = db_url_from(ctx)
    shown = url.split("@")[-1] if "@" in url else url
    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else None
    if path and path != ":memory:" and not Path(path).exists():  # do not create an empty file
        fail(_NOT_READY.format(url=shown))
    try:
        engine = get_engine(url)
        ready = is_initialised(engine)
    except Exception as exc:  # unreachable server, bad URL, unreadable file
        fail(f"cannot open the database {shown}: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")
    if not ready:
        fail(_NOT_READY.format(url=shown))
    session = make_session(engine)
    try:
        yield session
    except UnknownActorError as exc:
        hint = f"\nDid you mean: {', '.join(exc.suggestions)}?" if exc.suggestions else ""
        shown_name = exc.name if len(exc.name) <= 60 else exc.name[:60] + "…"
        fail(f"unknown actor {shown_name!r}{hint}")
    except (QueryError, InvalidDateError) as exc:
        fail(str(exc))
    except (OperationalError, ProgrammingError) as exc:
        fail(f"database error: {str(exc.orig).splitlines()[0] if exc.orig else exc}")
    finally:
        session.close()


def _console() -> Console:
    """Rich console; when stdout is not a terminal, a fixed readable width (COLUMNS or 120), no colour."""
    if sys.stdout.isatty():
        return Console()
    try:
        width = max(60, int(os.environ.get("COLUMNS", "120")))
    except ValueError:
        width = 120
    return Console(file=sys.stdout, width=width, color_system=None, soft_wrap=False)


def _event_table(events: list[EventView], title: str | None = None) -> Table:
    """The chronology as a rich table (date, title, type, actors, source count, id)."""
    table = Table(title=title, show_lines=False, expand=False, pad_edge=False)
    table.add_column("Date", no_wrap=True)
    table.add_column("Event", ratio=3, overflow="fold", min_width=20)
    table.add_column("Type", overflow="fold")
    table.add_column("Actors", ratio=2, overflow="fold")
    table.add_column("Src", justify="right")
    table.add_column("ID", justify="right", style="dim")
    for e in events:
        date = e.display_date + (" ⚠" if e.has_conflict else "")
        kind = e.type + (f"/{e.mode}" if e.mode else "")
        if e.status != "occurred":
            kind += f" ({e.status})"
        table.add_row(date, e.title, kind, ", ".join(e.actor_names), str(e.source_count), str(e.id))
    return table


def _print_events(events: list[EventView], fmt: str, title: str) -> None:
    """Print events as a table (with a count line) or rendered in an export format."""
    if fmt == "table":
        if not events:
            click.echo("No events match these filters.")
            return
        console = _console()
        console.print(_event_table(events, title))
        n_conf = sum(e.has_conflict for e in events)
        note = f"{len(events)} event{'s' if len(events) != 1 else ''}"
        if n_conf:
            note += f"; ⚠ {n_conf} with conflicting dates (see `timeline conflicts`, `timeline event ID`)"
        console.print(note)
        return
    from timeline.export import Document, render

    if not events and fmt != "json":
        click.echo("No events match these filters.", err=True)
    click.echo(render(fmt, Document(events=events, title=title)), nl=False)


@main.command("show")
@filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "markdown"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N events.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip the first N events.")
@click.pass_context
def show_cmd(ctx: click.Context, fmt: str, limit: int | None, offset: int, **kw: Any) -> None:
    """Show the chronology (default 1992–2024), oldest first."""
    with _session(ctx) as session:
        events = chronology(session, **filters(kw), limit=limit, offset=offset)
    _print_events(events, fmt, f"Timeline {kw['start']}–{kw['end']}")


@main.command("conflicts")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def conflicts_cmd(ctx: click.Context, fmt: str, **kw: Any) -> None:
    """Events whose sources give incompatible dates, with each claim and its sources."""
    with _session(ctx) as session:
        found = conflicts(session, **filters(kw))
    if fmt == "json":
        from timeline.export.records import event_record

        echo_json([event_record(e) for e in found])
        return
    if not found:
        click.echo("No events with conflicting dates match these filters.")
        return
    console = _console()
    for e in found:
        console.print(
            f"[bold]#{e.id}[/bold] {_esc(e.title)} — shown as {_esc(e.display_date)}"
            + (f" ({_esc(e.date_rule)})" if e.date_rule else "")
        )
        for claim in e.conflicts:
            who = "; ".join(
                f"{s.outlet or s.uri} ({s.published.isoformat() if s.published else 'date unknown'})"
                for s in claim.sources
            )
            said = f" — “{'”, “'.join(claim.date_texts)}”" if claim.date_texts else ""
            console.print(f"  ⚠ {_esc(claim.display)}: {_esc(who)}{_esc(said)}")
    console.print(f"{len(found)} event{'s' if len(found) != 1 else ''} with conflicting dates")


@main.command("actors")
@click.argument("query", required=False)
@click.option("--kind", type=click.Choice(["person", "state", "organisation", "place", "other"]), default=None)
@click.pass_context
def actors_cmd(ctx: click.Context, query: str | None, kind: str | None) -> None:
    """List actors (with aliases and event counts); QUERY filters names and aliases."""
    with _session(ctx) as session:
        found = list_actors(session, kind=kind, query=query)
    if not found:
        click.echo("No actors match.")
        return
    table = Table(pad_edge=False)
    for col in ("Actor", "Kind", "Events", "Aliases", "Wikidata"):
        table.add_column(col, overflow="fold", justify="right" if col == "Events" else "left")
    for a in found:
        table.add_row(a.name, a.kind, str(a.event_count), ", ".join(a.aliases), a.wikidata or "")
    _console().print(table)


@main.command("sources")
@click.pass_context
def sources_cmd(ctx: click.Context) -> None:
    """List the ingested sources with publication dates and counts."""
    with _session(ctx) as session:
        found = list_sources(session)
    if not found:
        click.echo("No sources yet: run `timeline ingest PATH…`.")
        return
    table = Table(pad_edge=False)
    for col in ("Published", "Outlet", "Title", "URI", "Events", "Citations", "Figures"):
        table.add_column(col, overflow="fold")
    for s in found:
        src = s.source
        table.add_row(
            src.published.isoformat() if src.published else "unknown",
            src.outlet or "",
            src.title or "",
            src.uri,
            str(s.event_count),
            str(s.citation_count),
            str(s.observation_count),
        )
    _console().print(table)


@main.command("event")
@click.argument("event_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def event_cmd(ctx: click.Context, event_id: int, fmt: str) -> None:
    """One event with every citation: source, quote and the date it claims."""
    with _session(ctx) as session:
        e = event(session, event_id)
    if fmt == "json":
        from timeline.export.records import event_record

        echo_json(event_record(e))
        return
    console = _console()
    console.print(f"[bold]#{e.id} {_esc(e.title)}[/bold]" + (" [rejected]" if e.rejected else ""))
    console.print(
        f"Date: {_esc(e.display_date)} ({e.edtf or 'undated'}, {e.precision or 'no precision'})"
        + (f" — {_esc(e.date_rule)}" if e.date_rule else "")
    )
    console.print(
        f"Type: {e.type}"
        + (f"/{e.mode}" if e.mode else "")
        + (f", context {e.context}" if e.context else "")
        + f", status {e.status}"
        + (f"; curated: {', '.join(e.curated)}" if e.curated else "")
    )
    if e.actors:
        console.print("Actors: " + _esc(", ".join(f"{a.name} ({a.role})" for a in e.actors)))
    if e.has_conflict:
        console.print("⚠ Sources disagree on the date:")
        for claim in e.conflicts:
            console.print(f"  {_esc(claim.display)}: " + _esc("; ".join(s.outlet or s.uri for s in claim.sources)))
    console.print(f"Citations ({len(e.citations)} from {e.source_count} source{'s' if e.source_count != 1 else ''}):")
    for i, c in enumerate(e.citations, 1):
        src = c.source
        pub = src.published.isoformat() if src.published else "publication date unknown"
        console.print(f" {i}. {_esc(src.outlet or '')} “{_esc(src.title or src.uri)}” ({pub}) {_esc(src.uri)}")
        if c.claimed_edtf:
            said = f" from “{_esc(c.date_text)}”" if c.date_text else ""
            console.print(f"    claims {_esc(c.claimed_display)}{said}")
        console.print(f"    “{_esc(c.quote)}” " + _esc(f"[chars {c.start}–{c.end}]"))


@main.command("export")
@filter_options
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="json", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write to FILE instead of standard output.",
)
@click.option("--title", default=None, help="Title of the document (HTML, Markdown, TimelineJS).")
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, output: Path | None, title: str | None, **kw: Any) -> None:
    """Export the chronology as JSON, CSV, Markdown, HTML, TimelineJS or PLOVER JSON lines."""
    with _session(ctx) as session:
        text = export_events(session, fmt, title=title, **filters(kw))
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    click.echo(f"wrote {output} ({fmt}, {len(text.encode('utf-8')):,} bytes)", err=True)
