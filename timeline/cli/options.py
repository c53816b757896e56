"""Options and output helpers shared by the CLI commands.

Rules every command follows: an expected problem ends with one line on stderr and exit status 2
(:func:`fail`); JSON goes to stdout, UTF-8 as is (:func:`echo_json`); an option that means the same
in several commands is declared once here, so its name, default and help stay identical.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from timeline.query.api import DEFAULT_END, DEFAULT_START
from timeline.store.locking import DEFAULT_LOCK_TIMEOUT

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, *, prefix: str = "Error") -> NoReturn:
    """Print ``<prefix>: message`` on stderr and exit with status 2 (usage or configuration error)."""
    click.echo(f"{prefix}: {message}", err=True)
    raise SystemExit(2)


def echo_json(payload: Any, *, indent: int | None = 2, **dumps_options: Any) -> None:
    """Print ``payload`` as JSON on stdout (non-ASCII kept; ``indent=None`` for one line)."""
    dumps_options.setdefault("ensure_ascii", False)
    click.echo(json.dumps(payload, indent=indent, **dumps_options))


def json_option(help: str) -> Callable[[F], F]:
    """``--json`` (parameter ``as_json``): machine-readable output instead of text."""
    return click.option("--json", "as_json", is_flag=True, help=help)


def max_bytes_option(default: int, help: str) -> Callable[[F], F]:
    """``--max-bytes``: the size limit of one input file."""
    return click.option("--max-bytes", type=click.IntRange(min=1), default=default, show_default=True, help=help)


def lock_timeout_option(fn: F) -> F:
    """``--lock-timeout SECONDS``: how long a writing job waits for the database write lock."""
    return click.option(
        "--lock-timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_LOCK_TIMEOUT,
        show_default=True,
        metavar="SECONDS",
        help="How long to wait for another job's database write lock before giving up (exit 2).",
    )(fn)


def progress_option(fn: F) -> F:
    """``--progress/--no-progress``: a progress bar on stderr (default: only on a terminal)."""
    return click.option(
        "--progress/--no-progress",
        default=None,
        help="Progress bar on stderr (default: only when stderr is a terminal).",
    )(fn)


_FILTER_OPTIONS = (
    click.option(
        "--from",
        "start",
        default=str(DEFAULT_START),
        show_default=True,
        metavar="Y|DATE",
        help="Start of the window: YYYY, YYYY-MM or YYYY-MM-DD.",
    ),
    click.option(
        "--to",
        "end",
        default=str(DEFAULT_END),
        show_default=True,
        metavar="Y|DATE",
        help="End of the window (inclusive).",
    ),
    click.option(
        "--actor",
        "actors",
        multiple=True,
        metavar="NAME",
        help="Only events with this actor (name or alias; repeat for any of several).",
    ),
    click.option("--all-actors", is_flag=True, help="With several --actor: events with all of them."),
    click.option(
        "--members",
        is_flag=True,
        help="A state given with --actor also stands for its people and organisations (e.g. its president).",
    ),
    click.option("--type", "types", multiple=True, metavar="T", help="PLOVER event type (repeatable)."),
    click.option("--status", metavar="S", help="occurred, planned or reported."),
    click.option("--text", metavar="Q", help="Case-insensitive text in the title or a quote."),
    click.option("--source", metavar="URI", help="Only events cited by this source (URI, part of it, outlet)."),
    click.option(
        "--as-of",
        "as_of",
        metavar="DATE",
        help="Only what sources published by DATE say (dates recomputed from them).",
    ),
    click.option("--undated", "include_context", is_flag=True, help="Also list undated events (last)."),
)


def filter_options(fn: F) -> F:
    """The chronology filters shared by ``show``, ``conflicts`` and ``export`` (read with :func:`filters`)."""
    for option in reversed(_FILTER_OPTIONS):
        fn = option(fn)
    return fn


def filters(kw: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of :func:`timeline.query.chronology` from the :func:`filter_options` values."""
    return {
        "start": kw["start"],
        "end": kw["end"],
        "actors": list(kw["actors"]) or None,
        "all_actors": kw["all_actors"],
        "members": kw["members"],
        "types": list(kw["types"]) or None,
        "status": kw["status"],
        "text": kw["text"],
        "source": kw["source"],
        "as_known_on": kw["as_of"],
        "include_context": kw["include_context"],
    }
