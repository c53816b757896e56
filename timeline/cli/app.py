"""The ``timeline`` command group and shared options."""

from __future__ import annotations

import logging
import sys

import click

from timeline.config import database_url


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_url",
    metavar="URL",
    default=None,
    help="Database URL (default: $TIMELINE_DATABASE_URL, else sqlite:///timeline.db).",
)
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
@click.version_option(package_name="timeline")
@click.pass_context
def main(ctx: click.Context, db_url: str | None, verbose: int) -> None:
    """Build and query an event timeline database from news articles."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=level, stream=sys.stderr, format=fmt)
    ctx.ensure_object(dict)
    ctx.obj["db_url"] = database_url(db_url)


def db_url_from(ctx: click.Context) -> str:
    """The resolved database URL of the current invocation."""
    return ctx.find_root().obj["db_url"]
