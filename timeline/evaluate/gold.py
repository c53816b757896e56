"""Extraction evaluation against hand-written gold annotations.

A gold file (YAML) lists, for a set of articles, every dated event an analyst wants on the
timeline (``core: true``) or would accept (``core: false``), with one *mention* per source
sentence that supports it (a verbatim snippet, the date text and the date as that source gives
it), plus dated figures (``observations``) and eventful-looking sentences that must not become
events (``non_events``). See ``tests/gold/seeds.yaml`` for the format.

:func:`score` compares a JSON export (``{"events": [...]}``, see :mod:`timeline.export`) with
the gold and returns a :class:`Report`; :func:`run_eval` ingests the gold's articles into a
fresh database first.

Matching rules (documented here because they define the numbers):

- *date*: the extracted event's bounds overlap the gold date or any date a gold mention claims;
  a year-unknown date (``XXXX-07-05``) is compatible when its month/day agree with one of those.
- *type*: same PLOVER type, an ``alt_types`` entry of the gold event, or a *close* type: same
  PLOVER quad class (verbal cooperation AGREE/CONSULT/SUPPORT/CONCEDE, material cooperation
  COOPERATE/AID/RETREAT, …) or the pair AGREE–COOPERATE (signing an agreement is coded either way).
- *evidence*: a citation quote overlaps a gold mention snippet of the same file, or the titles
  are similar (rapidfuzz token_sort_ratio ≥ 75), or ≥ 2 gold actors (≥ half of them) are shared
  and the titles are loosely similar (≥ 50); shared actors are those the sources name (the derived
  ``country`` role of a participant's state counts for the actor score, not as matching evidence).
  Actor names compare folded (case, accents, Turkey/Türkiye) and spelling variants of eight letters
  or more (ratio ≥ 90: Berdimuhamedov/Berdimuhamedow) count as one.
- Candidates are assigned one-to-one, greedily by a score that weighs quote overlap highest.
  Further candidates of an already assigned gold event are *duplicates* (the event was split);
  they count as correct for ``precision`` and as false for ``strict_precision``.
- An extracted event is *over-merged* when no single gold event is supported by all of its
  citations that quote gold mentions.
- A gold event with ``part_of: <id>`` (talks held during a visit) is found either on its own or *folded*:
  the event matched to its parent quotes one of its mentions. Folding is not an over-merge. Its mentions
  quoted by the parent's event are found there even when the part has an event of its own. A part
  folded whole (no event of its own) told by two or more mentions is mergeable and merged when the
  parent's event holds them; a part with events of its own is judged for merging on those events only
  (mentions folded into the visit's event are then not counted as a split).
- *actors* (of matched events only): a gold actor is found when the event names it (places and derived
  countries included); a participant the event names (its places left out: kind ``place`` or role
  ``location``) is right when the gold names it. Gold actor lists are the annotators' full lists, so
  precision is the stricter of the two.
- A mention counts as found when a citation of an event matched to its gold event quotes the
  mention's snippet (text overlap, whitespace/quote-style insensitive) in the same file.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import yaml
from rapidfuzz import fuzz

__all__ = [
    "Gold",
    "GoldError",
    "GoldEvent",
    "GoldMention",
    "GoldObservation",
    "NonEvent",
    "Ratio",
    "Report",
    "load_gold",
    "run_eval",
    "same_actor",
    "score",
]

PLOVER_CLASSES: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("REQUEST", "REJECT", "ACCUSE", "THREATEN"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict"),
}
#: Cross-class pairs treated as close (signing an agreement is AGREE in PLOVER, often COOPERATE elsewhere).
CLOSE_TYPES: frozenset[frozenset[str]] = frozenset({frozenset({"AGREE", "COOPERATE"})})
PRECISIONS = ("century", "decade", "year", "season", "quarter", "month", "week", "day", "interval")
STATUSES = ("occurred", "planned", "reported")
TITLE_SIMILARITY = 75.0
#: Shared actors count as evidence only with a loosely similar title (actors alone match too much).
ACTOR_TITLE_SIMILARITY = 50.0
QUOTE_SIMILARITY = 90.0


class GoldError(ValueError):
    """The gold file is missing, unreadable or does not follow the schema."""


# --------------------------------------------------------------------------- EDTF helpers


_YMD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_UNKNOWN_YEAR = re.compile(r"^XXXX(?:-(\d{2})(?:-(\d{2}))?)?$")
#: EDTF seasons (21 spring … 24 winter, running into the next year) and quarters (33 Q1 … 36 Q4).
_SEASONS = {
    21: (3, 5),
    22: (6, 8),
    23: (9, 11),
    24: (12, 14),
    33: (1, 3),
    34: (4, 6),
    35: (7, 9),
    36: (10, 12),
}


def _month_end(year: int, month: int) -> dt.date:
    """Last day of ``month`` (months past 12 roll into the next year)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    nxt = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return nxt - dt.timedelta(days=1)


def _single_bounds(value: str) -> tuple[dt.date, dt.date]:
    """Bounds of one EDTF date (no interval); ValueError when not understood."""
    v = value.strip().rstrip("?~%")
    if re.fullmatch(r"\d{3}X", v):
        return dt.date(int(v[:3]) * 10, 1, 1), dt.date(int(v[:3]) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}XX", v):
        return dt.date(int(v[:2]) * 100, 1, 1), dt.date(int(v[:2]) * 100 + 99, 12, 31)
    m = _YMD.match(v)
    if not m:
        raise ValueError(f"not an EDTF date: {value!r}")
    year, month, day = int(m[1]), m[2], m[3]
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    mo = int(month)
    if mo in _SEASONS and day is None:
        first, last = _SEASONS[mo]
        return dt.date(year, first, 1), _month_end(year, last)
    if day is None:
        return dt.date(year, mo, 1), _month_end(year, mo)
    d = dt.date(year, mo, int(day))
    return d, d


def edtf_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """Inclusive calendar bounds of an EDTF string; None for unknown-year or empty values.

    Raises ValueError for strings that are not EDTF (of the subset this project writes).
    """
    if value is None or not str(value).strip() or is_unknown_year(value):
        return None
    v = str(value).strip()
    if "/" in v:
        a, b = v.split("/", 1)
        lo = dt.date.min if a in ("", "..") else _single_bounds(a)[0]
        hi = dt.date.max if b in ("", "..") else _single_bounds(b)[1]
        if lo > hi:
            raise ValueError(f"interval ends before it starts: {value!r}")
        return lo, hi
    return _single_bounds(v)


def is_unknown_year(value: str | None) -> bool:
    """True for EDTF dates with an unspecified year (``XXXX-07-05``, ``XXXX-07``)."""
    return bool(value) and _UNKNOWN_YEAR.match(str(value).strip().rstrip("?~%")) is not None


def _month_day(value: str) -> tuple[int | None, int | None] | None:
    """(month, day) of a single-day/month EDTF value, known or unknown year; None otherwise."""
    v = value.strip().rstrip("?~%")
    m = _UNKNOWN_YEAR.match(v) or _YMD.match(v)
    if not m:
        return None
    groups = m.groups()[-2:]
    month = int(groups[0]) if groups[0] else None
    if month is not None and month > 12:
        return None
    return month, int(groups[1]) if groups[1] else None


def _check_edtf(value: str, *, allow_unknown_year: bool) -> None:
    if is_unknown_year(value):
        if not allow_unknown_year:
            raise ValueError(f"year must be known: {value!r}")
        return
    edtf_bounds(value)


def same_date(a: str | None, b: str | None) -> bool:
    """Whether two EDTF values denote the same date (same bounds, or same unknown-year month/day)."""
    if not a or not b:
        return False
    if is_unknown_year(a) or is_unknown_year(b):
        return is_unknown_year(a) and is_unknown_year(b) and _month_day(a) == _month_day(b)
    try:
        return edtf_bounds(a) == edtf_bounds(b)
    except ValueError:
        return False


def dates_compatible(value: str | None, other: str | None) -> bool:
    """Whether two EDTF values may denote the same time (overlapping bounds; month/day for XXXX)."""
    if not value or not other:
        return False
    if is_unknown_year(value) or is_unknown_year(other):
        a, b = _month_day(value), _month_day(other)
        if a is None or b is None or a[0] is None or b[0] is None or a[0] != b[0]:
            return False
        return a[1] is None or b[1] is None or a[1] == b[1]
    try:
        ba, bb = edtf_bounds(value), edtf_bounds(other)
    except ValueError:
        return False
    return ba is not None and bb is not None and ba[0] <= bb[1] and bb[0] <= ba[1]


# --------------------------------------------------------------------------- gold model


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One source sentence supporting a gold event."""

    file: str
    snippet: str
    date_text: str | None
    claimed_date: str | None  # EDTF as the source gives it; None when the sentence gives no date
    #: The snippet occurs more than once in its file (set when the texts are checked): it is tied to the
    #: occurrence its date names (:func:`_other_occurrence`).
    repeated: bool = False

    @property
    def dated(self) -> bool:
        """True when the sentence gives a date."""
        return self.claimed_date is not None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """An event the analyst wants (``core``) or accepts on the timeline, with its supporting mentions."""

    id: str
    title: str
    type: str
    mode: str | None
    date: str
    precision: str
    status: str
    actors: tuple[str, ...]
    mentions: tuple[GoldMention, ...]
    core: bool = True
    alt_types: tuple[str, ...] = ()
    disagreement: str | None = None
    note: str | None = None
    #: Id of the visit/summit this event happened during (talks in a visit): folding it into that event is accepted.
    part_of: str | None = None

    @property
    def conflict(self) -> bool:
        """True when the sources disagree on the date (the extractor should flag it)."""
        return self.disagreement is not None


@dataclass(frozen=True, slots=True)
class GoldObservation:
    """A dated figure the extractor should find."""

    indicator: str
    period: str
    value: float
    unit: str
    file: str
    snippet: str | None = None
    subject: str | None = None
    #: False for figures that are acceptable if extracted but not required.
    core: bool = True


@dataclass(frozen=True, slots=True)
class NonEvent:
    """An eventful-looking sentence that must not become an event."""

    file: str
    snippet: str
    reason: str


@dataclass(slots=True)
class Gold:
    """A loaded, validated gold file."""

    name: str
    path: Path
    root: Path
    published: dict[str, str | None]
    events: list[GoldEvent]
    observations: list[GoldObservation] = field(default_factory=list)
    non_events: list[NonEvent] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        """The article file names, in the gold's order."""
        return list(self.published)

    def article_paths(self) -> list[Path]:
        """Absolute paths of the articles, in the gold's order."""
        return [self.root / name for name in self.published]

    def event(self, event_id: str) -> GoldEvent:
        """The gold event with this id (StopIteration when there is none)."""
        return next(e for e in self.events if e.id == event_id)


# --------------------------------------------------------------------------- loading


class _Errors:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.messages.append(f"{where}: {message}")


def _text(value: Any) -> str | None:
    """A YAML scalar as a string (PyYAML turns 2024-07-03 into a date and 1994 into an int)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _req(raw: dict[str, Any], key: str, where: str, errors: _Errors) -> str:
    value = _text(raw.get(key))
    if not value:
        errors.add(where, f"missing '{key}'")
        return ""
    return value


def _date_field(value: str | None, where: str, errors: _Errors, *, unknown_ok: bool) -> None:
    if value is None:
        return
    try:
        _check_edtf(value, allow_unknown_year=unknown_ok)
    except ValueError as exc:
        errors.add(where, str(exc))


def _parse_mention(raw: Any, where: str, files: set[str], errors: _Errors) -> GoldMention | None:
    if not isinstance(raw, dict):
        errors.add(where, "a mention must be a mapping with file, snippet, date_text, claimed_date")
        return None
    mention = GoldMention(
        file=_req(raw, "file", where, errors),
        snippet=_req(raw, "snippet", where, errors),
        date_text=_text(raw.get("date_text")),
        claimed_date=_text(raw.get("claimed_date")),
    )
    if mention.file and mention.file not in files:
        errors.add(where, f"file {mention.file!r} is not listed under 'files'")
    _date_field(mention.claimed_date, f"{where}.claimed_date", errors, unknown_ok=True)
    return mention


def _parse_type(value: str, where: str, errors: _Errors) -> str:
    upper = value.upper()
    if value and upper not in PLOVER_CLASSES:
        errors.add(where, f"unknown PLOVER type {value!r}")
    return upper


def _parse_event(raw: Any, where: str, files: set[str], errors: _Errors) -> GoldEvent | None:
    if not isinstance(raw, dict):
        errors.add(where, "an event must be a mapping")
        return None
    date = _req(raw, "date", where, errors)
    _date_field(date or None, f"{where}.date", errors, unknown_ok=False)
    precision = _text(raw.get("precision")) or ""
    if precision not in PRECISIONS:
        errors.add(f"{where}.precision", f"must be one of {', '.join(PRECISIONS)}")
    status = _text(raw.get("status")) or "occurred"
    if status not in STATUSES:
        errors.add(f"{where}.status", f"must be one of {', '.join(STATUSES)}")
    mentions_raw = raw.get("mentions")
    if not isinstance(mentions_raw, list) or not mentions_raw:
        errors.add(where, "needs a non-empty 'mentions' list")
        mentions_raw = []
    mentions = [_parse_mention(m, f"{where}.mentions[{i}]", files, errors) for i, m in enumerate(mentions_raw)]
    actors = raw.get("actors") or []
    if not isinstance(actors, list):
        errors.add(f"{where}.actors", "must be a list of names")
        actors = []
    core = raw.get("core", True)
    if not isinstance(core, bool):
        errors.add(f"{where}.core", "must be true or false")
    return GoldEvent(
        id=_req(raw, "id", where, errors),
        title=_req(raw, "title", where, errors),
        type=_parse_type(_req(raw, "type", where, errors), f"{where}.type", errors),
        mode=_text(raw.get("mode")),
        date=date,
        precision=precision,
        status=status,
        actors=tuple(str(a) for a in actors),
        mentions=tuple(m for m in mentions if m is not None),
        core=bool(core),
        alt_types=tuple(_parse_type(str(t), f"{where}.alt_types", errors) for t in raw.get("alt_types") or []),
        disagreement=_text(raw.get("disagreement")),
        note=_text(raw.get("note")),
        part_of=_text(raw.get("part_of")),
    )


def _parse_observation(raw: Any, where: str, files: set[str], errors: _Errors) -> GoldObservation | None:
    if not isinstance(raw, dict):
        errors.add(where, "an observation must be a mapping")
        return None
    period = _req(raw, "period", where, errors)
    _date_field(period or None, f"{where}.period", errors, unknown_ok=True)
    try:
        value = float(raw.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        errors.add(f"{where}.value", "must be a number")
        value = float("nan")
    obs = GoldObservation(
        indicator=_req(raw, "indicator", where, errors),
        period=period,
        value=value,
        unit=_req(raw, "unit", where, errors),
        file=_req(raw, "file", where, errors),
        snippet=_text(raw.get("snippet")),
        subject=_text(raw.get("subject")),
        core=raw.get("core", True) is not False,
    )
    if obs.file and obs.file not in files:
        errors.add(where, f"file {obs.file!r} is not listed under 'files'")
    return obs


def _parse_non_event(raw: Any, where: str, files: set[str], errors: _Errors) -> NonEvent | None:
    if not isinstance(raw, dict):
        errors.add(where, "a non-event must be a mapping")
        return None
    item = NonEvent(
        file=_req(raw, "file", where, errors),
        snippet=_req(raw, "snippet", where, errors),
        reason=_text(raw.get("reason")) or "",
    )
    if item.file and item.file not in files:
        errors.add(where, f"file {item.file!r} is not listed under 'files'")
    return item


def _parse_files(raw: Any, errors: _Errors) -> dict[str, str | None]:
    """``files``: a list of ``{name, published}`` mappings (or bare names)."""
    if not isinstance(raw, list) or not raw:
        errors.add("files", "needs a non-empty list of {name, published}")
        return {}
    out: dict[str, str | None] = {}
    for i, item in enumerate(raw):
        entry = item if isinstance(item, dict) else {"name": item}
        name = _text(entry.get("name"))
        if not name:
            errors.add(f"files[{i}]", "missing 'name'")
            continue
        published = _text(entry.get("published"))
        _date_field(published, f"files[{i}].published", errors, unknown_ok=False)
        out[name] = published
    return out


def _check_texts(gold: Gold, errors: _Errors) -> None:
    """Every file must exist and every snippet must occur verbatim in its file."""
    texts: dict[str, str] = {}
    for name, path in zip(gold.files, gold.article_paths(), strict=True):
        try:
            texts[name] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            errors.add(f"files/{name}", f"cannot read {path}: {exc}")
    located: list[tuple[str, str, str | None]] = [
        (f"event {e.id}", m.file, m.snippet) for e in gold.events for m in e.mentions
    ]
    located += [(f"observation {o.indicator} {o.period}", o.file, o.snippet) for o in gold.observations]
    located += [("non_event", n.file, n.snippet) for n in gold.non_events]
    for where, name, snippet in located:
        if snippet and name in texts and snippet not in texts[name]:
            errors.add(where, f"snippet not found verbatim in {name}: {snippet!r}")
    gold.events = [
        replace(e, mentions=tuple(
            replace(m, repeated=True) if m.file in texts and texts[m.file].count(m.snippet) > 1 else m
            for m in e.mentions
        ))
        for e in gold.events
    ]


def _check_consistency(gold: Gold, errors: _Errors) -> None:
    seen: set[str] = set()
    for ev in gold.events:
        if ev.id in seen:
            errors.add(f"event {ev.id}", "duplicate id")
        seen.add(ev.id)
        claims = [m.claimed_date for m in ev.mentions if m.claimed_date]
        clash = any(not dates_compatible(a, b) for i, a in enumerate(claims) for b in claims[i + 1 :])
        if clash and not ev.disagreement:
            errors.add(f"event {ev.id}", "mentions claim incompatible dates: add a 'disagreement' note")
    for ev in gold.events:
        if ev.part_of is not None and (ev.part_of not in seen or ev.part_of == ev.id):
            errors.add(f"event {ev.id}", f"part_of {ev.part_of!r} names no other event of this file")


def load_gold(path: str | Path, *, check_files: bool = True) -> Gold:
    """Load and validate a gold YAML file.

    ``check_files`` also verifies that the articles exist and every snippet occurs verbatim in
    its file. Raises :class:`GoldError` listing every problem found.
    """
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path} is not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise GoldError(f"{path}: expected a mapping with 'files' and 'events' at the top level")
    errors = _Errors()
    published = _parse_files(raw.get("files"), errors)
    names = set(published)

    def items(key: str) -> list[Any]:
        value = raw.get(key) or []
        if not isinstance(value, list):
            errors.add(key, "must be a list")
            return []
        return value

    events = [_parse_event(e, f"events[{i}]", names, errors) for i, e in enumerate(items("events"))]
    observations = [
        _parse_observation(o, f"observations[{i}]", names, errors) for i, o in enumerate(items("observations"))
    ]
    non_events = [_parse_non_event(n, f"non_events[{i}]", names, errors) for i, n in enumerate(items("non_events"))]
    gold = Gold(
        name=_text(raw.get("name")) or path.stem,
        path=path,
        root=(path.parent / (_text(raw.get("root")) or ".")).resolve(),
        published=published,
        events=[e for e in events if e is not None],
        observations=[o for o in observations if o is not None],
        non_events=[n for n in non_events if n is not None],
    )
    if not gold.events and not errors.messages:
        errors.add("events", "no events")
    _check_consistency(gold, errors)
    if check_files and not errors.messages:
        _check_texts(gold, errors)
    if errors.messages:
        shown = "\n  ".join(errors.messages[:40])
        more = f"\n  … and {len(errors.messages) - 40} more" if len(errors.messages) > 40 else ""
        raise GoldError(f"{path}: {len(errors.messages)} problem(s) in the gold file:\n  {shown}{more}")
    return gold


# --------------------------------------------------------------------------- report


@dataclass(frozen=True, slots=True)
class Ratio:
    """``num`` of ``den``; ``value`` is None when there is nothing to measure."""

    num: int
    den: int

    @property
    def value(self) -> float | None:
        """``num / den``, None when ``den`` is 0."""
        return self.num / self.den if self.den else None

    def __str__(self) -> str:
        return "n/a" if not self.den else f"{self.num}/{self.den} = {self.num / self.den:.0%}"

    def to_dict(self) -> dict[str, Any]:
        """``{"num", "den", "value"}`` with the value rounded to four places."""
        value = None if self.value is None else round(self.value, 4)
        return {"num": self.num, "den": self.den, "value": value}


@dataclass(slots=True)
class FileStats:
    """Per-article counts of a :class:`Report`."""

    file: str
    gold_mentions: int = 0  # dated mentions of core events
    found_mentions: int = 0
    citations: int = 0  # extracted citations from this file
    citations_on_gold: int = 0  # citations that quote a gold mention (any event) of this file
    claimed_dates_checked: int = 0
    claimed_dates_correct: int = 0
    false_positive_events: int = 0


@dataclass(slots=True)
class Report:
    """Scores of one extraction against one gold file (see module docstring for the rules)."""

    gold_name: str
    gold_core: int
    gold_noncore: int
    extracted: int
    core_recall: Ratio
    precision: Ratio
    strict_precision: Ratio
    mention_recall: Ratio
    claimed_date_accuracy: Ratio
    event_date_accuracy: Ratio
    type_accuracy: Ratio
    status_accuracy: Ratio
    #: Of the gold actors of matched events, those the matched event names (see :func:`_actor_score`).
    actor_recall: Ratio
    #: Of the participants the matched events name (places of the event left out), those the gold names.
    actor_precision: Ratio
    merge_quality: Ratio
    split_events: int
    #: Extracted events whose citations quote mentions of two or more different gold events.
    overmerged_events: int
    conflict_recall: Ratio
    spurious_conflicts: int
    observation_recall: Ratio
    observation_precision: Ratio
    per_file: dict[str, FileStats]
    matches: list[dict[str, Any]]
    misses: list[dict[str, Any]]
    false_positives: list[dict[str, Any]]
    date_errors: list[dict[str, Any]]
    splits: list[dict[str, Any]]
    overmerged: list[dict[str, Any]]
    #: Articles the ingestion could not store (``{"path", "error"}``): their events count as missed.
    failed_files: list[dict[str, str]] = field(default_factory=list)
    #: Matched events whose actors differ from the gold's: ``{"gold", "event", "missing", "extra"}``.
    actor_errors: list[dict[str, Any]] = field(default_factory=list)
    #: Core gold observations no extracted one matches: ``{"indicator", "period", "value", "unit", "file",
    #: "subject", "quote", "nearest"}`` (``nearest``: an extracted figure of the same file that agrees on two of
    #: period/value/unit, with ``differs`` naming the third; None when there is none).
    observation_misses: list[dict[str, Any]] = field(default_factory=list)
    #: Extracted observations that match no gold observation (core or not), same keys (``nearest`` is gold).
    observation_false_positives: list[dict[str, Any]] = field(default_factory=list)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of core recall and precision (None when either is not measurable)."""
        r, p = self.core_recall.value, self.precision.value
        if r is None or p is None or r + p == 0:
            return None
        return 2 * r * p / (r + p)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data (what ``timeline eval --json`` prints)."""
        out: dict[str, Any] = {}
        for key in self.__dataclass_fields__:
            value = getattr(self, key)
            if isinstance(value, Ratio):
                out[key] = value.to_dict()
            elif key == "per_file":
                out[key] = {k: asdict(v) for k, v in value.items()}
            else:
                out[key] = value
        out["f1"] = None if self.f1 is None else round(self.f1, 4)
        return out


# --------------------------------------------------------------------------- matching


_SINGLE_QUOTES = re.compile(r"[\u2018\u2019\u201a\u201b`´]")
_DOUBLE_QUOTES = re.compile(r"[\u201c\u201d\u201e\u201f«»]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_MARKDOWN_MARKS = re.compile(r"[*_`#]+")  # emphasis/heading marks the reader may have stripped
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Casefolded text with unified quotes/dashes and collapsed whitespace (cached: quotes and snippets
    are compared many times over)."""
    text = unicodedata.normalize("NFKC", text)
    text = _SINGLE_QUOTES.sub("'", text)
    text = _DOUBLE_QUOTES.sub('"', text)
    text = _DASHES.sub("-", text)
    text = _MARKDOWN_MARKS.sub("", text)
    return _SPACES.sub(" ", text).strip().casefold()


def quotes_overlap(quote: str, snippet: str) -> bool:
    """Whether an extracted quote and a gold snippet cover the same text."""
    a, b = _norm(quote), _norm(snippet)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 10 and short in long_:
        return True
    return len(short) >= 25 and fuzz.partial_ratio(short, long_) >= QUOTE_SIMILARITY


def file_of(citation: dict[str, Any]) -> str:
    """The file name a citation comes from (basename of its source URI or path)."""
    source = citation.get("source") or {}
    uri = source.get("uri") if isinstance(source, dict) else source
    uri = str(uri or citation.get("uri") or "")
    path = unquote(urlparse(uri).path) if "://" in uri else uri
    return Path(path).name


def types_compatible(gold: GoldEvent, etype: str | None) -> bool:
    """Same type, an accepted alternative, the same PLOVER quad class, or a close cross-class pair."""
    t = (etype or "").upper()
    if t == gold.type or t in gold.alt_types:
        return True
    if t in PLOVER_CLASSES and PLOVER_CLASSES[t] == PLOVER_CLASSES.get(gold.type):
        return True
    return frozenset({t, gold.type}) in CLOSE_TYPES


def _event_date(event: dict[str, Any]) -> str | None:
    date = event.get("date")
    if date:
        return str(date)
    start, end = event.get("start"), event.get("end")
    if start:
        return f"{start}/{end}" if end and end != start else str(start)
    return None


#: Official renamings the annotators write either way (the scorer keeps no actor dictionary of its own).
_RENAMED = {"turkey": "turkiye", "republic of turkiye": "turkiye"}
#: Transliteration variants (Berdimuhamedov/-ow, Erdogan/Erdoğan after folding) compare as the same name.
ACTOR_NAME_SIMILARITY = 90.0


@functools.lru_cache(maxsize=8192)
def actor_key(name: str) -> str:
    """An actor name folded for comparison: casefolded, accents removed, official renamings unified."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", _norm(name)) if not unicodedata.combining(c))
    folded = folded.replace("ı", "i")
    return _RENAMED.get(folded, folded)


def same_actor(a: str, b: str) -> bool:
    """Whether two actor names denote the same actor for scoring (folded equal or a spelling variant)."""
    ka, kb = actor_key(a), actor_key(b)
    return ka == kb or (min(len(ka), len(kb)) >= 8 and fuzz.ratio(ka, kb) >= ACTOR_NAME_SIMILARITY)


def _actor_names(event: dict[str, Any], *, derived: bool = True) -> set[str]:
    """Names of an event's actors; ``derived=False`` leaves out the ``country`` role (a participant's state,
    added when the event is read, not found in the text)."""
    names = set()
    for actor in event.get("actors") or []:
        if not derived and isinstance(actor, dict) and actor.get("role") == "country":
            continue
        name = actor.get("name") if isinstance(actor, dict) else actor
        if name:
            names.add(str(name))
    return names


def _shared_actors(gold: GoldEvent, event: dict[str, Any]) -> int:
    """Gold actors the event's sources name: evidence for matching (derived countries would make every event
    of one relationship share two actors)."""
    extracted = _actor_names(event, derived=False)
    return sum(1 for a in gold.actors if any(same_actor(a, e) for e in extracted))


def _actor_score(gold: GoldEvent, event: dict[str, Any]) -> tuple[list[str], list[str], int]:
    """Gold actors the event misses, participants it names that the gold does not, and how many it names.

    Places where the event happened (kind ``place`` or role ``location``) are not participants; an extracted
    participant is right when it is one of the gold's actors (:func:`same_actor`), places included.
    """
    named = sorted(
        {
            str(a.get("name"))
            for a in event.get("actors") or []
            if isinstance(a, dict) and a.get("name") and a.get("kind") != "place" and a.get("role") != "location"
        }
    )
    every = _actor_names(event)
    missing = [a for a in gold.actors if not any(same_actor(a, e) for e in every)]
    extra = [e for e in named if not any(same_actor(a, e) for a in gold.actors)]
    return missing, extra, len(named)


@dataclass(slots=True)
class _Candidate:
    gold: GoldEvent
    index: int  # position of the extracted event
    score: float
    hits: list[tuple[int, GoldMention]]  # (citation index, mention) pairs


def _overlap_quality(quote: str, snippet: str) -> float:
    """How well a quote covers a snippet (1.0 = the snippet verbatim in the quote), to pick among overlaps."""
    a, b = _norm(quote), _norm(snippet)
    if b and b in a:
        return 1.0 + len(b) / max(len(a), 1)
    return fuzz.ratio(a, b) / 100


def _citation_hits(gold: GoldEvent, event: dict[str, Any]) -> list[tuple[int, GoldMention]]:
    """(citation index, mention) pairs: each citation pairs with the gold mention its quote covers best."""
    hits = []
    for ci, cit in enumerate(event.get("citations") or []):
        fname, quote = file_of(cit), str(cit.get("quote") or "")
        overlapping = [
            m
            for m in gold.mentions
            if m.file == fname and quotes_overlap(quote, m.snippet) and not _other_occurrence(cit, m)
        ]
        if overlapping:
            hits.append((ci, max(overlapping, key=lambda m: _overlap_quality(quote, m.snippet))))
    return hits


def _other_occurrence(citation: dict[str, Any], mention: GoldMention) -> bool:
    """Session 13: a snippet found at several places of its file ("Aliyev pays a state visit to China." in a
    chronology's rows of 2015 and of 2025) is the mention only where its date puts it: a quote that does not
    carry the mention's date text and claims a date incompatible with the mention's claimed date quotes the
    other occurrence. Repeated headlines (an HTML title and its heading) claim no date and are unaffected."""
    if not mention.repeated or not mention.claimed_date:
        return False
    if mention.date_text and _norm(mention.date_text) in _norm(str(citation.get("quote") or "")):
        return False
    claimed = citation.get("claimed_date")
    return bool(claimed) and not dates_compatible(str(claimed), mention.claimed_date)


def _checked_hits(
    gold: Gold, g: GoldEvent, hits: list[tuple[_Candidate, int, GoldMention]], events: list[dict[str, Any]]
) -> list[tuple[_Candidate, int, GoldMention]]:
    """The hits of gold event ``g`` whose claimed dates are checked.

    Session 15: a sentence telling two acts ("his meeting … in July 2024, when the two countries established a
    partnership, and his state visit … in April last year, during which a statement was signed") gives a claim
    per act. When the extracted event matched to ``g`` quotes that sentence twice — its own act's claim, which
    gives the mention's date, and the other act's claim merged into it — both pair with ``g``'s mention. The
    second citation is then not checked against ``g``: it claims the date of another gold event's mention that
    its quote also covers (a merging error, not a date error). Nothing else changes: a mention that no citation
    of the event dates right is checked on every citation, as before, so no wrong claim counts as right.
    Session 16: the other act may be a part of ``g`` or its parent (talks held during a visit, conventions E5):
    "His five-day visit in June 2024 took him to …, where he met X on 7 June" folded into one event gives the
    visit's claim (June 2024, right) and the talks' claim (7 June), which is the part's date, not the visit's.
    """
    groups: dict[tuple[int, str, str], list[tuple[_Candidate, int, GoldMention]]] = defaultdict(list)
    for c, ci, m in hits:
        groups[(c.index, m.file, m.snippet)].append((c, ci, m))

    def claimed(c: _Candidate, ci: int) -> Any:
        return events[c.index]["citations"][ci].get("claimed_date")

    def other_act(c: _Candidate, ci: int, m: GoldMention) -> bool:
        quote = str(events[c.index]["citations"][ci].get("quote") or "")
        return any(
            o.file == m.file and o.claimed_date and quotes_overlap(quote, o.snippet)
            and same_date(claimed(c, ci), o.claimed_date)
            for other in gold.events
            if other.id != g.id
            for o in other.mentions
        )

    out = []
    for group in groups.values():
        m = group[0][2]
        if m.claimed_date is None or not any(same_date(claimed(c, ci), m.claimed_date) for c, ci, _ in group):
            out += group
            continue
        out += [(c, ci, mm) for c, ci, mm in group
                if same_date(claimed(c, ci), m.claimed_date) or not other_act(c, ci, mm)]  # fmt: skip
    return out


def _date_ok(gold: GoldEvent, event: dict[str, Any], has_hits: bool) -> bool:
    date = _event_date(event)
    if date is None:
        return has_hits  # an undated event can only match on quote evidence
    targets = [gold.date, *(m.claimed_date for m in gold.mentions if m.claimed_date)]
    return any(dates_compatible(date, t) for t in targets)


def _candidate(gold: GoldEvent, index: int, event: dict[str, Any]) -> _Candidate | None:
    if not types_compatible(gold, event.get("type")):
        return None
    hits = _citation_hits(gold, event)
    if not _date_ok(gold, event, bool(hits)):
        return None
    shared = _shared_actors(gold, event)
    title_sim = fuzz.token_sort_ratio(_norm(gold.title), _norm(str(event.get("title") or "")))
    actors_ok = shared >= 2 and shared * 2 >= len(gold.actors) and title_sim >= ACTOR_TITLE_SIMILARITY
    if not (hits or title_sim >= TITLE_SIMILARITY or actors_ok):
        return None
    exact = 1.0 if str(event.get("type") or "").upper() == gold.type else 0.0
    date_exact = 1.0 if same_date(_event_date(event), gold.date) else 0.0
    score = 3.0 * len(hits) + shared / max(len(gold.actors), 1) + title_sim / 100 + exact + date_exact
    return _Candidate(gold, index, score, hits)


def _assign(candidates: list[_Candidate]) -> tuple[dict[str, _Candidate], list[_Candidate]]:
    """Greedy one-to-one assignment by score; returns (gold id → primary, duplicates)."""
    primary: dict[str, _Candidate] = {}
    used: set[int] = set()
    for cand in sorted(candidates, key=lambda c: (-c.score, c.gold.id, c.index)):
        if cand.gold.id in primary or cand.index in used:
            continue
        primary[cand.gold.id] = cand
        used.add(cand.index)
    duplicates: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.score, c.index)):
        if cand.index in used or cand.gold.id not in primary:
            continue
        # Only quote evidence proves a second event is a fragment of the same gold event.
        if cand.hits:
            duplicates.append(cand)
            used.add(cand.index)
    return primary, duplicates


def _event_summary(index: int, event: dict[str, Any]) -> dict[str, Any]:
    return {
        "event": event.get("id", index),
        "title": event.get("title"),
        "type": event.get("type"),
        "date": _event_date(event),
        "quotes": [{"file": file_of(c), "quote": c.get("quote")} for c in event.get("citations") or []],
    }


def _is_non_event(event: dict[str, Any], non_events: list[NonEvent]) -> bool:
    return any(
        n.file == file_of(c) and quotes_overlap(str(c.get("quote") or ""), n.snippet)
        for c in event.get("citations") or []
        for n in non_events
    )


def _quotes_any_gold(event: dict[str, Any], gold: Gold) -> bool:
    return any(
        m.file == file_of(c) and quotes_overlap(str(c.get("quote") or ""), m.snippet)
        for c in event.get("citations") or []
        for e in gold.events
        for m in e.mentions
    )


# --------------------------------------------------------------------------- observations


def _unit(value: str | None) -> str:
    u = re.sub(r"\s+per\s+", "/", _norm(value or "")).replace(" ", "")  # "barrels per day" = "barrels/day"
    return {
        "$": "usd",
        "us$": "usd",
        "dollar": "usd",
        "dollars": "usd",
        "percent": "%",
        "tons": "t",
        "tonnes": "t",
        "tonne": "t",
        "ton": "t",
        # counted people: annotators name what is counted, the extractor's unit is "people"
        "person": "people",
        "persons": "people",
        "visitors": "people",
        "tourists": "people",
        "passengers": "people",
        # counted companies: the extractor's unit is "companies"
        "enterprises": "companies",
        "firms": "companies",
    }.get(u, u)


def _obs_matches(gold: GoldObservation, obs: dict[str, Any]) -> bool:
    period = obs.get("period") or obs.get("period_edtf")
    if isinstance(period, dict):
        period = period.get("value")
    if not dates_compatible(gold.period, str(period) if period else None):
        return False
    try:
        value = float(obs.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if abs(value - gold.value) > 0.01 * max(abs(gold.value), 1e-9):
        return False
    if _unit(obs.get("unit")) != _unit(gold.unit):
        return False
    fname = file_of(obs) if (obs.get("source") or obs.get("uri")) else ""
    return not fname or fname == gold.file


@dataclass(slots=True)
class _ObservationScore:
    recall: Ratio
    precision: Ratio
    misses: list[dict[str, Any]]
    false_positives: list[dict[str, Any]]


def _obs_period(obs: dict[str, Any]) -> str | None:
    period = obs.get("period") or obs.get("period_edtf")
    if isinstance(period, dict):
        period = period.get("value")
    return str(period) if period else None


def _obs_value(obs: dict[str, Any]) -> float | None:
    try:
        return float(obs.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _obs_differences(gold: GoldObservation, obs: dict[str, Any]) -> list[str]:
    """Which of period, value, unit (and file) keep an extracted observation from matching a gold one."""
    out = []
    if not dates_compatible(gold.period, _obs_period(obs)):
        out.append("period")
    value = _obs_value(obs)
    if value is None or abs(value - gold.value) > 0.01 * max(abs(gold.value), 1e-9):
        out.append("value")
    if _unit(obs.get("unit")) != _unit(gold.unit):
        out.append("unit")
    fname = file_of(obs) if (obs.get("source") or obs.get("uri")) else ""
    if fname and fname != gold.file:
        out.append("file")
    return out


def _gold_obs_record(g: GoldObservation) -> dict[str, Any]:
    return {
        "indicator": g.indicator,
        "period": g.period,
        "value": g.value,
        "unit": g.unit,
        "file": g.file,
        "subject": g.subject,
        "quote": g.snippet,
        "core": g.core,
    }


def _obs_record(obs: dict[str, Any]) -> dict[str, Any]:
    fname = file_of(obs) if (obs.get("source") or obs.get("uri")) else None
    return {
        "indicator": obs.get("indicator"),
        "period": _obs_period(obs),
        "value": _obs_value(obs),
        "unit": obs.get("unit"),
        "file": fname,
        "subject": obs.get("subject"),
        "quote": obs.get("quote"),
    }


def _nearest(pairs: list[tuple[dict[str, Any], list[str]]]) -> dict[str, Any] | None:
    """The first candidate that differs in exactly one of period/value/unit (same file), with ``differs``."""
    for record, diffs in pairs:
        if len(diffs) == 1 and diffs[0] != "file":
            return {**record, "differs": diffs[0]}
    return None


def _score_observations(gold: Gold, observations: list[dict[str, Any]] | None) -> _ObservationScore:
    required = [g for g in gold.observations if g.core]
    observations = observations or []
    used: set[int] = set()
    missed: list[GoldObservation] = []
    for g in required:
        for i, obs in enumerate(observations):
            if i not in used and _obs_matches(g, obs):
                used.add(i)
                break
        else:
            missed.append(g)
    wrong = [obs for obs in observations if not any(_obs_matches(g, obs) for g in gold.observations)]
    misses = [
        {**_gold_obs_record(g), "nearest": _nearest([(_obs_record(o), _obs_differences(g, o)) for o in observations])}
        for g in missed
    ]
    false_positives = [
        {
            **_obs_record(o),
            "nearest": _nearest([(_gold_obs_record(g), _obs_differences(g, o)) for g in gold.observations]),
        }
        for o in wrong
    ]
    return _ObservationScore(
        Ratio(len(required) - len(missed), len(required)),
        Ratio(len(observations) - len(wrong), len(observations)),
        misses,
        false_positives,
    )


# --------------------------------------------------------------------------- scoring


def score(gold: Gold, events: list[dict[str, Any]], observations: list[dict[str, Any]] | None = None) -> Report:
    """Score extracted events (JSON export format) and observations against the gold."""
    candidates = [c for g in gold.events for i, ev in enumerate(events) if (c := _candidate(g, i, ev))]
    primary, duplicates = _assign(candidates)
    folded = _fold_parts(gold, events, candidates, primary)
    in_parent = _part_hits_in_parent(gold, events, primary)
    duplicates = [d for d in duplicates if d.gold.id in primary]
    by_gold: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in [*primary.values(), *duplicates]:
        by_gold[cand.gold.id].append(cand)
    matched_idx = {c.index for cands in by_gold.values() for c in cands}

    per_file = {name: FileStats(name) for name in gold.files}
    _count_citations(gold, events, per_file)
    misses, matches, date_errors, splits = [], [], [], []
    mention_found = mention_total = merged = mergeable = conflicts_found = 0
    claims_ok = claims_total = dates_ok = types_ok = status_ok = 0
    spurious = 0
    actors_found = actors_gold = actors_right = actors_named = 0
    actor_errors: list[dict[str, Any]] = []
    for g in gold.events:
        cands = by_gold.get(g.id, [])
        hits = [(c, ci, m) for c in cands for ci, m in c.hits]
        found = {(m.file, m.snippet) for _, _, m in hits}
        landed = {c.index for c, _, _ in hits}
        merge_found = set(found)
        if g.id in in_parent:
            # A part's mentions quoted by its parent's event are folded: found there. A part folded whole
            # (no event of its own) is judged for merging in the parent's event; a part with events of its
            # own is judged on those, as before (see the module docstring).
            parent_index, parent_found = in_parent[g.id]
            if not cands:
                landed, merge_found = {parent_index}, set(parent_found)
            found |= parent_found
        for m in g.mentions:
            if g.core and m.dated:
                mention_total += 1
                per_file[m.file].gold_mentions += 1
                if (m.file, m.snippet) in found:
                    mention_found += 1
                    per_file[m.file].found_mentions += 1
        for c, ci, m in _checked_hits(gold, g, hits, events):
            cit = events[c.index]["citations"][ci]
            if m.claimed_date is None:
                continue
            claims_total += 1
            per_file[m.file].claimed_dates_checked += 1
            if same_date(cit.get("claimed_date"), m.claimed_date):
                claims_ok += 1
                per_file[m.file].claimed_dates_correct += 1
            else:
                date_errors.append(
                    {
                        "gold": g.id,
                        "file": m.file,
                        "quote": cit.get("quote"),
                        "date_text": cit.get("date_text"),
                        "claimed": cit.get("claimed_date"),
                        "expected": m.claimed_date,
                    }
                )
        if len({(m.file, m.snippet) for m in g.mentions}) >= 2 and len(merge_found) >= 2:
            mergeable += 1
            merged += len(landed) == 1
        if not cands:
            if g.core and g.id not in folded:
                misses.append(
                    {
                        "gold": g.id,
                        "title": g.title,
                        "date": g.date,
                        "type": g.type,
                        "mentions": [{"file": m.file, "snippet": m.snippet} for m in g.mentions],
                    }
                )
            continue
        main = primary[g.id]
        ev = events[main.index]
        dates_ok += same_date(_event_date(ev), g.date)
        types_ok += str(ev.get("type") or "").upper() == g.type
        status_ok += (ev.get("status") or "occurred") == g.status
        if g.actors:
            missing, extra, named = _actor_score(g, ev)
            actors_gold += len(g.actors)
            actors_found += len(g.actors) - len(missing)
            actors_named += named
            actors_right += named - len(extra)
            if missing or extra:
                event_id = ev.get("id", main.index)
                actor_errors.append({"gold": g.id, "event": event_id, "missing": missing, "extra": extra})
        matches.append(
            {
                "gold": g.id,
                "event": ev.get("id", main.index),
                "title": ev.get("title"),
                "date": _event_date(ev),
                "gold_date": g.date,
                "duplicates": len(cands) - 1,
            }
        )
        if g.conflict:
            conflicts_found += bool(ev.get("conflicts"))
        elif ev.get("conflicts"):
            spurious += 1
        if len({c.index for c, _, _ in hits} | {main.index}) > 1:
            splits.append(
                {"gold": g.id, "title": g.title, "events": [events[c.index].get("id", c.index) for c in cands]}
            )

    false_positives = []
    for i, ev in enumerate(events):
        if i in matched_idx:
            continue
        reason = (
            "non-event" if _is_non_event(ev, gold.non_events) and not _quotes_any_gold(ev, gold) else ("no gold match")
        )
        false_positives.append({**_event_summary(i, ev), "reason": reason})
        for fname in {file_of(c) for c in ev.get("citations") or []}:
            if fname in per_file:
                per_file[fname].false_positive_events += 1

    n_matched_primary = len(primary)
    overmerged = _overmerged(gold, events)
    obs_score = _score_observations(gold, observations)
    core = [g for g in gold.events if g.core]
    return Report(
        gold_name=gold.name,
        gold_core=len(core),
        gold_noncore=len(gold.events) - len(core),
        extracted=len(events),
        core_recall=Ratio(sum(1 for g in core if g.id in primary or g.id in folded), len(core)),
        precision=Ratio(len(matched_idx), len(events)),
        strict_precision=Ratio(n_matched_primary, len(events)),
        mention_recall=Ratio(mention_found, mention_total),
        claimed_date_accuracy=Ratio(claims_ok, claims_total),
        event_date_accuracy=Ratio(dates_ok, n_matched_primary),
        type_accuracy=Ratio(types_ok, n_matched_primary),
        status_accuracy=Ratio(status_ok, n_matched_primary),
        actor_recall=Ratio(actors_found, actors_gold),
        actor_precision=Ratio(actors_right, actors_named),
        merge_quality=Ratio(merged, mergeable),
        split_events=len(splits),
        overmerged_events=len(overmerged),
        conflict_recall=Ratio(conflicts_found, sum(1 for g in gold.events if g.conflict and g.id in primary)),
        spurious_conflicts=spurious,
        observation_recall=obs_score.recall,
        observation_precision=obs_score.precision,
        per_file=per_file,
        matches=matches,
        misses=misses,
        false_positives=false_positives,
        date_errors=date_errors,
        splits=splits,
        overmerged=overmerged,
        actor_errors=actor_errors,
        observation_misses=obs_score.misses,
        observation_false_positives=obs_score.false_positives,
    )


def _fold_parts(
    gold: Gold, events: list[dict[str, Any]], candidates: list[_Candidate], primary: dict[str, _Candidate]
) -> dict[str, int]:
    """Gold events with ``part_of`` that the extractor folded into their parent: gold id → event index.

    Talks held during a visit may be kept apart or folded into the visit; both are accepted. When the
    greedy assignment gave a folded event to the part instead of its unmatched parent, it moves to the parent.
    """
    folded: dict[str, int] = {}
    by_pair = {(c.gold.id, c.index): c for c in candidates}
    for g in gold.events:
        parent = g.part_of
        if parent is None:
            continue
        mine = primary.get(g.id)
        if mine is not None and parent not in primary and (g.part_of, mine.index) in by_pair:
            primary[parent] = by_pair[(parent, mine.index)]
            del primary[g.id]
            folded[g.id] = mine.index
        elif mine is None and parent in primary and _citation_hits(g, events[primary[parent].index]):
            folded[g.id] = primary[parent].index
    return folded


def _part_hits_in_parent(
    gold: Gold, events: list[dict[str, Any]], primary: dict[str, _Candidate]
) -> dict[str, tuple[int, set[tuple[str, str]]]]:
    """Parts (``part_of``) whose mentions the parent's matched event quotes: gold id → (event index, mentions).

    Folding talks into the visit is accepted, so those mentions are found in the parent's event, whether or
    not the part also has an event of its own; merging is then judged over all events holding its mentions.
    """
    out: dict[str, tuple[int, set[tuple[str, str]]]] = {}
    for g in gold.events:
        if g.part_of is None or g.part_of not in primary:
            continue
        index = primary[g.part_of].index
        mine = primary.get(g.id)
        if mine is not None and mine.index == index:
            continue
        hit = {(m.file, m.snippet) for _, m in _citation_hits(g, events[index])}
        if hit:
            out[g.id] = (index, hit)
    return out


def _overmerged(gold: Gold, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Extracted events whose citations quote mentions of several distinct gold events.

    A part (``part_of``) and its parent count as one gold event here: folding talks into the visit is allowed.
    """
    root = {g.id: g.part_of or g.id for g in gold.events}
    out = []
    for i, ev in enumerate(events):
        hit_by: dict[int, set[str]] = defaultdict(set)
        for g in gold.events:
            for ci, _ in _citation_hits(g, ev):
                hit_by[ci].add(root[g.id])
        # A sentence may support several gold events (a visit and the signing during it): the event
        # is over-merged only when no single gold event is supported by all of its quoting citations.
        if hit_by and not set.intersection(*hit_by.values()):
            out.append({**_event_summary(i, ev), "gold": sorted(set.union(*hit_by.values()))})
    return out


def _count_citations(gold: Gold, events: list[dict[str, Any]], per_file: dict[str, FileStats]) -> None:
    by_file: dict[str, list[str]] = defaultdict(list)
    for e in gold.events:
        for m in e.mentions:
            by_file[m.file].append(m.snippet)
    for ev in events:
        for cit in ev.get("citations") or []:
            fname = file_of(cit)
            if fname not in per_file:
                continue
            per_file[fname].citations += 1
            quote = str(cit.get("quote") or "")
            per_file[fname].citations_on_gold += any(quotes_overlap(quote, s) for s in by_file[fname])


# --------------------------------------------------------------------------- end to end


def _as_export_dict(result: Any) -> dict[str, Any]:
    """Accept what ``export_events`` returns: a dict, a JSON string or bytes."""
    if isinstance(result, bytes):
        result = result.decode("utf-8")
    if isinstance(result, str):
        result = json.loads(result)
    if isinstance(result, list):
        result = {"events": result}
    if not isinstance(result, dict) or not isinstance(result.get("events"), list):
        raise TypeError("export_events did not return a JSON document with an 'events' list")
    return result


def _stored_observations(session: Any) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from timeline.models import ObservationRow, Source

    query = select(ObservationRow, Source.uri).join(Source, ObservationRow.source_id == Source.id)
    rows = session.execute(query)
    return [
        {
            "indicator": o.indicator,
            "period": o.period_edtf,
            "value": o.value,
            "unit": o.unit,
            "subject": o.subject,
            "quote": o.quote,
            "source": {"uri": uri},
        }
        for o, uri in rows
    ]


def load_events_file(path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]] | None]:
    """Read a JSON export; returns (events, observations or None when the export has none)."""
    try:
        data = _as_export_dict(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"cannot read events file {path}: {exc.strerror or exc}") from None
    except (ValueError, TypeError) as exc:
        raise GoldError(f"{path} is not a JSON export with an 'events' list: {exc}") from None
    obs = data.get("observations")
    return data["events"], obs if isinstance(obs, list) else None


def run_eval(gold_path: str | Path, *, url: str | None = None) -> Report:
    """Ingest the gold's articles into a fresh database, export the events and score them.

    ``url`` names the (empty) database to use; by default a temporary SQLite file is created
    and removed afterwards.
    """
    from timeline.db import get_engine, make_session, migrate
    from timeline.export import export_events
    from timeline.store.jobs import ingest

    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="timeline-eval-") as tmp:
        db_url = url or f"sqlite:///{Path(tmp) / 'eval.db'}"
        migrate(db_url)
        run = ingest([str(p) for p in gold.article_paths()], url=db_url)
        session = make_session(db_url)
        try:
            # The whole timeline, not the default 1992–2024 window; undated events too.
            data = _as_export_dict(export_events(session, "json", start=None, end=None, include_context=True))
            observations = data.get("observations")
            if not isinstance(observations, list):
                observations = _stored_observations(session)
        finally:
            session.close()
            if url is None:
                get_engine(db_url).dispose()
    report = score(gold, data["events"], observations)
    report.failed_files = [{"path": Path(e.path).name, "error": e.error} for e in run.errors]
    return report
