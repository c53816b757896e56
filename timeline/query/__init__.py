"""Stage 5 — reading the timeline back: the typed Python query API (see :mod:`timeline.query.api`)."""

from timeline.query import api
from timeline.query.api import *  # noqa: F403  (the API's public names, listed once in api.__all__)
from timeline.query.display import show_date

__all__ = [*api.__all__, "show_date"]
