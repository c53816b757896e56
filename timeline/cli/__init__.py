"""Command-line interface: a thin shell over the Python API.

Each module below adds its commands to :data:`timeline.cli.app.main`; they only parse
arguments, call one library function and print.
"""

from timeline.cli import dates, db, evaluate, ingest, query  # noqa: F401  (registers commands)
from timeline.cli.app import main

__all__ = ["main"]
