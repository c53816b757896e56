"""CLI commands: database set-up."""

from __future__ import annotations

import click

from timeline.cli.app import db_url_from, main
from timeline.db import init


@main.command("init")
@click.pass_context
def init_cmd(ctx: click.Context) -> None:
    """Create or upgrade the database schema (Alembic upgrade head)."""
    url = init(db_url_from(ctx))
    click.echo(f"schema at head: {url}")
