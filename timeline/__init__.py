"""timeline — an event timeline database built from news articles.

The public API, in data-flow order (each CLI command is a thin shell over one of these)::

    from timeline import chronology, make_session, run_ingest

    report = run_ingest(["seeds/"], url="sqlite:///timeline.db")  # read → extract → resolve → store
    with make_session("sqlite:///timeline.db") as session:
        for ev in chronology(session, 1992, 2024, actors=["Heydar Aliyev"]):
            print(ev.edtf, ev.title, len(ev.citations))

Stages: :mod:`timeline.ingest` (reading), :mod:`timeline.extract` (dates, actors, claims),
:mod:`timeline.resolve` (merging), :mod:`timeline.store` (jobs, corrections), :mod:`timeline.query`
and :mod:`timeline.export` (reading back).

``run_ingest`` is :func:`timeline.store.jobs.ingest` (the name ``timeline.ingest`` is the reading stage's
package).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

#: Public name → module that defines it. Imported on first use (PEP 562), so ``import timeline`` — and
#: every CLI command, which imports this package first — pays only for what it uses: a no-op ``timeline
#: ingest`` never imports the extractor, the exporters or the query layer.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("get_engine", "init", "make_session", "migrate", "session_scope"), "timeline.db"),
    "export_events": "timeline.export",
    **dict.fromkeys(("display_date", "normalise_date", "parse_edtf", "tag_dates"), "timeline.extract.dates"),
    **dict.fromkeys(("EXTRACTOR_VERSION", "extract"), "timeline.extract.pipeline"),
    **dict.fromkeys(("Article", "Claim", "DateMention", "Extraction", "Observation"), "timeline.extract.types"),
    **dict.fromkeys(("ReadError", "read_path", "read_text"), "timeline.ingest.reader"),
    **dict.fromkeys(("EventNotFoundError", "EventView", "UnknownActorError", "actor_timeline", "chronology",
                     "conflicts", "counts_by_year", "event", "observations", "sources_for"), "timeline.query"),
    **dict.fromkeys(("RunReport", "curate_file", "reprocess"), "timeline.store.jobs"),
}
_RENAMED = {"run_ingest": ("timeline.store.jobs", "ingest")}


def __getattr__(name: str) -> Any:
    import importlib

    if name in _RENAMED:
        module, attr = _RENAMED[name]
    elif name in _LAZY:
        module, attr = _LAZY[name], name
    else:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # for type checkers and IDEs: the same names, imported eagerly
    from timeline.db import get_engine, init, make_session, migrate, session_scope
    from timeline.export import export_events
    from timeline.extract.dates import display_date, normalise_date, parse_edtf, tag_dates
    from timeline.extract.pipeline import EXTRACTOR_VERSION, extract
    from timeline.extract.types import Article, Claim, DateMention, Extraction, Observation
    from timeline.ingest.reader import ReadError, read_path, read_text
    from timeline.query import (
        EventNotFoundError,
        EventView,
        UnknownActorError,
        actor_timeline,
        chronology,
        conflicts,
        counts_by_year,
        event,
        observations,
        sources_for,
    )
    from timeline.store.jobs import RunReport, curate_file, reprocess
    from timeline.store.jobs import ingest as run_ingest

try:
    __version__ = version("timeline")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = [
    "EXTRACTOR_VERSION",
    "Article",
    "Claim",
    "DateMention",
    "EventNotFoundError",
    "EventView",
    "Extraction",
    "Observation",
    "ReadError",
    "RunReport",
    "UnknownActorError",
    "__version__",
    "actor_timeline",
    "chronology",
    "conflicts",
    "counts_by_year",
    "curate_file",
    "display_date",
    "event",
    "export_events",
    "extract",
    "get_engine",
    "init",
    "make_session",
    "migrate",
    "normalise_date",
    "observations",
    "parse_edtf",
    "read_path",
    "read_text",
    "reprocess",
    "run_ingest",
    "session_scope",
    "sources_for",
    "tag_dates",
]
