"""Plain data passed between the pipeline stages (ingest → extract → resolve → store).

These classes are the contract between modules: the reader produces an :class:`Article`,
the extractors produce :class:`DateMention`, :class:`ActorMention`, :class:`Claim` and
:class:`Observation`, and the resolver turns claims into stored events. They carry no
database state, so every extractor can be tested on plain strings.

Offsets are always Python character offsets into ``Article.text`` (the text stored in
``sources.text``), so ``article.text[c.start:c.end] == c.quote`` holds for every citation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

#: Precision of a date or interval, coarse to fine. "interval" is an explicit range
#: ("December 8-11, 2015", "2024-2026"); the others are single calendar units.
Precision = Literal["century", "decade", "year", "season", "quarter", "month", "week", "day", "interval"]

#: How a claimed event stands in its source.
Status = Literal["occurred", "planned", "reported"]

#: What an actor does in an event (PLOVER: in CONSULT the visitor is the actor, the host the recipient).
Role = Literal["actor", "recipient", "participant", "location"]

ActorKind = Literal["person", "state", "organisation", "place", "other"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text and, when possible, normalised.

    ``value`` is EDTF (``1994``, ``1994-03``, ``1994-03-07``, ``2015-12-08/2015-12-11``,
    ``199X`` for a decade, ``2024-21`` for spring 2024 …) or ``None`` when the expression
    could not be resolved (e.g. "on June 2" in an article without a publication date).
    ``lower``/``upper`` are the inclusive calendar bounds. ``timex`` is the TimeML value when
    it differs from ``value`` (``1998-Q3``, ``PRESENT_REF``).
    """

    start: int
    end: int
    text: str
    value: str | None
    lower: dt.date | None
    upper: dt.date | None
    precision: Precision | None
    timex: str | None = None
    #: True when the value depended on the reference (publication) date.
    relative: bool = False
    #: Why the mention is unresolved or uncertain, e.g. "no reference date".
    note: str | None = None
    #: True when the date modifies a noun ("the 2020 war", "Azerbaijan's 2018 election"): it names an
    #: event rather than dating the clause it stands in.
    modifier: bool = False

    @property
    def resolved(self) -> bool:
        return self.value is not None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or heading/line) of an article body with its offsets."""

    start: int
    end: int
    text: str
    #: Index of the paragraph the sentence belongs to (0-based, body paragraphs only).
    paragraph: int = 0


@dataclass(slots=True)
class Article:
    """One input document after reading and metadata inference."""

    uri: str
    text: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_precision: Precision | None = None
    #: (start, end) spans of ``text`` that are article body (boilerplate excluded).
    body_spans: list[tuple[int, int]] = field(default_factory=list)
    #: Anything else found in front matter / manifest / inferred, for the record.
    metadata: dict[str, str] = field(default_factory=dict)
    #: Non-fatal problems noticed while reading (e.g. "decoded as cp1252").
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in a sentence, resolved to a canonical name when known."""

    name: str
    kind: ActorKind
    start: int
    end: int
    surface: str
    country: str | None = None
    wikidata: str | None = None
    #: False when the actor is not in the dictionary (a new actor to create).
    known: bool = True
    #: Role in the event; filled by the event extractor.
    role: Role | None = None


@dataclass(slots=True)
class Claim:
    """One source's statement that an event happened (or will) at a date.

    A claim becomes a citation of a stored event; several claims from several sentences
    and sources are merged into one event by the resolver.
    """

    title: str
    event_type: str  # PLOVER type, e.g. "CONSULT", "AGREE", "COOPERATE"
    mode: str | None  # PLOVER mode, e.g. "visit", "phone", "multilateral"
    date: DateMention
    quote: str
    start: int  # offsets of the supporting sentence(s) in Article.text
    end: int
    actors: list[ActorMention] = field(default_factory=list)
    status: Status = "occurred"
    context: str | None = None  # PLOVER context, e.g. "diplomatic", "economic"
    #: Identifier of the rule/cue that produced the claim (explainability).
    rule: str = ""
    #: A named object that identifies the event across sources,
    #: e.g. "Second Belt and Road Forum", "Joint Declaration on ... Strategic Partnership".
    named_object: str | None = None
    #: Short lowercase tokens describing what happened ("declaration", "strategic partnership"),
    #: used by the resolver to decide whether two claims are the same event.
    keywords: frozenset[str] = frozenset()


@dataclass(slots=True)
class Observation:
    """A dated figure, e.g. trade turnover in 2019 = 2.2e9 USD."""

    indicator: str  # e.g. "trade_turnover", "investment", "exports", "freight_volume"
    value: float
    unit: str  # e.g. "USD", "t", "%"
    period: DateMention
    quote: str
    start: int
    end: int
    subject: str | None = None  # e.g. "Azerbaijan–China"


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    claims: list[Claim] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    #: Actors met in the article that are not in the dictionary.
    new_actors: list[ActorMention] = field(default_factory=list)
