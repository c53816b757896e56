"""Stage 2 end to end: :class:`Article` → :class:`Extraction` (claims, observations, new actors).

Sentences come from ``article.body_spans`` (the whole text when empty); dates are tagged once over the
body spans joined (:func:`tag_body_dates`) with the publication date as reference; actors are found
per sentence and resolved
with each claim's date. Bump :data:`EXTRACTOR_VERSION` whenever rules or cues change, so stored
sources can be re-processed.

Article structure is applied before and after the event extractor (:mod:`timeline.extract.structure`):
dated lines between body spans become heading sentences (:func:`heading_lines`); a date line above a
single paragraph is joined to it (:func:`join_entry_dates`); yearless dates of chronologies take the
year of their year heading or list; questions are left out (:func:`apply_structure`: they claim
nothing); a date borrowed from a heading ends at the next heading or item date. Dated table rows
(:func:`body_rows`, :func:`split_rows`) are body text even when the reader dropped them, their date cell is
their date ("07.2024"), and each row is a paragraph with one sentence per ';'-separated phrase. The items of
a list of signed documents (:func:`body_document_lists`) are body text too, each a sentence and paragraph of its
own, claimed with their intro by the event extractor.

Body sentences that gave neither a claim nor an observation go through the generic fallback
(:mod:`timeline.extract.fallback`, rules ``fallback.<form>.<verb>``) unless ``TIMELINE_FALLBACK=0``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from timeline.extract import fallback
from timeline.extract.dates_lexicon import MONTH
from timeline.extract.events import ActorFinder, extract_claims, load_cues, main_pair
from timeline.extract.observations import extract_observations
from timeline.extract.types import ActorMention, Article, DateMention, Extraction, Sentence
from timeline.ingest.metadata import dated_items, item_reference

if TYPE_CHECKING:
    from timeline.extract.actors import ActorDictionary
    from timeline.extract.structure import DocumentList, TableRow

EXTRACTOR_VERSION = "1.24.0"


def body_spans(article: Article) -> list[tuple[int, int]]:
    """The article's body spans, or the whole text when none were detected."""
    spans = [(s, e) for s, e in article.body_spans if 0 <= s < e <= len(article.text)]
    return spans or ([(0, len(article.text))] if article.text else [])


def tag_body_dates(article: Article, spans: list[tuple[int, int]]) -> list[DateMention]:
    """Date mentions of the body spans; on a page of dated items (:func:`timeline.ingest.metadata.dated_items`)
    the spans of each item are tagged with the item's date as reference ("today" in a release of 16.09.2025)."""
    items = dated_items(article.text)
    if not items:
        return _tag_spans(article, spans, article.published)
    groups: dict[dt.date | None, list[tuple[int, int]]] = {}
    for s, e in spans:
        groups.setdefault(item_reference(items, s) or article.published, []).append((s, e))
    return sorted((d for ref, g in groups.items() for d in _tag_spans(article, g, ref)), key=lambda d: d.start)


def _tag_spans(article: Article, spans: list[tuple[int, int]], reference: dt.date | None) -> list[DateMention]:
    """Date mentions of the body spans with absolute offsets (reference = publication date).

    The body spans are tagged as one text, joined by blank lines, so that anchored expressions ("two days
    after the vote") can count from a date paragraphs earlier, while dates of navigation, footers and
    header lines (outside the spans) can never be their anchor. A mention is kept only inside one span.
    """
    from timeline.extract.dates import tag_dates

    pieces: list[str] = []
    starts: list[int] = []  # offset of each span in the joined text
    origins: list[tuple[int, int]] = []
    pos = 0
    for s, e in sorted(spans):
        if origins and s < origins[-1][1]:
            s = origins[-1][1]  # overlapping spans: tag each character once
        if s >= e:
            continue
        if pieces:
            pieces.append(_SPAN_JOIN)
            pos += len(_SPAN_JOIN)
        pieces.append(article.text[s:e])
        starts.append(pos)
        origins.append((s, e))
        pos += e - s
    out: list[DateMention] = []
    for d in map(partial(coarse_reference, article), tag_dates("".join(pieces), reference=reference)):
        i = bisect.bisect_right(starts, d.start) - 1
        if i < 0 or d.end > starts[i] + (origins[i][1] - origins[i][0]):
            continue  # across a span boundary
        shift = origins[i][0] - starts[i]
        out.append(replace(d, start=d.start + shift, end=d.end + shift) if shift else d)
    return out


_SPAN_JOIN = "\n\n"

#: Shortest span (days) a relative date may have when the publication date is known only to this precision.
_REFERENCE_GRAIN = {"month": 28, "season": 89, "quarter": 89, "year": 365}


#: a month named in a date's own text ("23 April", "April 23"): the date needs only the year from the reference
_NAMED_MONTH = re.compile(MONTH)
#: ... unless a weekday or a relative word also places it ("Monday, 23 April", "23 April last year" stays)
_DAY_DEICTIC = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow)\b", re.I)


def coarse_reference(article: Article, d: DateMention) -> DateMention:
    """``d`` unresolved when it is finer than what the publication date knows: an article dated "March 2025"
    (a report cover) cannot place "on Monday" or "yesterday", though "last year" and "this month" stand, and so
    does a day with its month named ("on 23 April"), which takes only the year from the reference."""
    grain = _REFERENCE_GRAIN.get(article.published_precision or "day")
    if grain is None or not d.relative or d.lower is None or d.upper is None:
        return d
    if (d.upper - d.lower).days + 1 >= grain:
        return d
    if _NAMED_MONTH.search(d.text) and not _DAY_DEICTIC.search(d.text):
        return d
    note = f"publication date known only to the {article.published_precision}"
    return replace(d, value=None, lower=None, upper=None, precision=None, timex=None, note=note)


_HEADING_LINE = re.compile(r"^[ \t#*_>-]*(?P<body>[^\n]{4,60}?)[ \t#*_]*$", re.MULTILINE)


def heading_lines(article: Article, spans: list[tuple[int, int]]) -> tuple[list[Sentence], list[DateMention]]:
    """Short dated lines between body spans ("## Monday, 3 June"): day headings of diaries and live blogs.

    The reader keeps headings out of the body; the event extractor uses them (when an article has at
    least two) to date the sentences below them. They get negative paragraph numbers.
    """
    from timeline.extract.dates import tag_dates

    text = article.text
    gaps, pos = [], 0
    for s, e in sorted(spans):
        if s > pos:
            gaps.append((pos, s))
        pos = max(pos, e)
    out: list[Sentence] = []
    found: list[DateMention] = []
    for lo, hi in gaps:
        for m in _HEADING_LINE.finditer(text, lo, hi):
            tagged = tag_dates(m.group("body"), reference=article.published)
            ds = [d for d in (coarse_reference(article, x) for x in tagged) if d.value]
            if len(ds) != 1:
                continue
            base = m.start("body")
            found.append(replace(ds[0], start=ds[0].start + base, end=ds[0].end + base))
            out.append(Sentence(base, m.end("body"), m.group("body"), -1 - len(out)))
    return (out, found) if len(out) >= 2 else ([], [])


_BETWEEN_ENTRY = re.compile(r"[\s*_#|:–—•-]*")


def join_entry_dates(text: str, sentences: list[Sentence], heading_dates: list[DateMention]) -> list[Sentence]:
    """Join a date line to the one paragraph below it: a chronology entry split over two lines.

    "2 April 1992" / "Azerbaijan and China establish diplomatic relations." (a definition list, or a
    plain-text chronology) becomes one sentence, so the event gets its date. Only for a paragraph
    without a date at its start, when the next line is another date line (or the end), and for year or
    month dates, or day dates when there are fewer than two: day headings are a diary, whose sentences
    the event extractor dates itself.
    """
    days = [d for d in heading_dates if d.precision in {"day", "interval"}]
    usable = {"year", "month"} if len(days) >= 2 else {"day", "month", "interval", "year"}  # 2 days: a diary
    dated = {d.start: d for d in heading_dates if d.precision in usable}
    out: list[Sentence] = []
    i, n = 0, len(sentences)
    while i < n:
        h = sentences[i]
        if h.paragraph >= 0 or i + 1 >= n or not any(h.start <= k < h.end for k in dated):
            out.append(h)
            i += 1
            continue
        nxt = sentences[i + 1]
        j = i + 1
        while j < n and sentences[j].paragraph == nxt.paragraph:
            j += 1
        entry_end = j >= n or sentences[j].paragraph < 0
        lead = re.match(r"[*_]*\d|[*_]*[A-Z][a-z]{2,8}\.? \d", nxt.text)  # the entry has a date of its own
        if nxt.paragraph < 0 or not entry_end or lead or not _BETWEEN_ENTRY.fullmatch(text, h.end, nxt.start):
            out.append(h)
            i += 1
            continue
        out.append(Sentence(h.start, nxt.end, text[h.start : nxt.end], nxt.paragraph))
        i += 2
    return out


def join_split_dates(sentences: list[Sentence], dates: list[DateMention], text: str) -> list[Sentence]:
    """Re-join sentences that a splitter cut inside a date ("On **Sept." | "25, 2023**, ...").

    A date mention that starts in one sentence and ends in the next proves the boundary wrong.
    """
    if len(sentences) < 2 or not dates:
        return sentences
    out: list[Sentence] = [sentences[0]]
    starts = sorted((d.start, d.end) for d in dates)

    for s in sentences[1:]:
        prev = out[-1]
        i = bisect.bisect_left(starts, (prev.start, -1))
        crossing = False
        while i < len(starts) and starts[i][0] < prev.end:
            if starts[i][1] > s.start and prev.paragraph == s.paragraph:
                crossing = True
                break
            i += 1
        if crossing:
            out[-1] = Sentence(prev.start, s.end, text[prev.start : s.end], prev.paragraph)
        else:
            out.append(s)
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, _BIG)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_BIG = 1 << 62


def apply_structure(
    text: str, paragraphs: list[tuple[int, int]], sentences: list[Sentence], dates: list[DateMention]
) -> tuple[list[Sentence], list[DateMention]]:
    """Chronology years for yearless dates; questions (and their dates) left out.

    Left out are the asking sentences of an interviewer's turns and every paragraph made of questions
    only ("From freeze to exit?", "– What about trade? Did it grow?"): a question claims nothing.
    """
    from timeline.extract.structure import is_question, question_spans, redate_chronology

    dates = redate_chronology(text, paragraphs, dates)
    questions = question_spans(text, paragraphs)
    statements = {s.paragraph for s in sentences if not is_question(s.text)}
    asking = [
        (s.start, s.end)
        for s in sentences
        if is_question(s.text) and (s.paragraph not in statements or _inside(s.start, questions))
    ]
    if asking:
        dropped = set(asking)
        sentences = [s for s in sentences if (s.start, s.end) not in dropped]
        dates = [d for d in dates if not _inside(d.start, asking)]
    return sentences, dates


def body_rows(article: Article, spans: list[tuple[int, int]]) -> list[TableRow]:
    """Dated table rows (:func:`timeline.extract.structure.table_rows`) of the article from its first body
    span on: a run of rows counts when one of its rows touches the body (the reader may drop some rows)."""
    from timeline.extract.structure import table_rows

    if not spans:
        return []
    lo = min(s for s, _ in spans)
    rows = table_rows(article.text, lo, None, article.published)
    if not rows:
        return []
    keep: list[TableRow] = []
    run: list[TableRow] = []
    for row in [*rows, None]:
        if row is not None and (not run or article.text.count("\n", run[-1].end, row.start) <= 4):
            run.append(row)
            continue
        if any(_overlaps(r.start, r.end, spans) for r in run):
            keep.extend(run)
        run = [row] if row is not None else []
    return keep


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def _with_rows(spans: list[tuple[int, int]], rows: Sequence[TableRow | _Piece]) -> list[tuple[int, int]]:
    """Body spans plus the lines of table rows the reader left out."""
    extra = [(r.start, r.end) for r in rows if not any(a <= r.start and r.end <= b for a, b in spans)]
    return sorted([*spans, *extra]) if extra else spans


def _row_dates(dates: list[DateMention], rows: list[TableRow]) -> list[DateMention]:
    """Each row's date cell as the date mention there ("07.2024" is no date in running prose)."""
    if not rows:
        return dates
    cells = [(r.date.start, r.date.end) for r in rows]
    kept = [d for d in dates if not any(s < d.end and d.start < e for s, e in cells)]
    return sorted([*kept, *(r.date for r in rows)], key=lambda d: d.start)


def body_document_lists(article: Article, spans: list[tuple[int, int]]) -> list[DocumentList]:
    """Lists of signed documents (:func:`timeline.extract.structure.document_lists`) whose intro line is body
    text; their items count as body even when the reader dropped them (short bullet lines)."""
    from timeline.extract.structure import document_lists

    if not spans:
        return []
    lo = min(s for s, _ in spans)
    return [d for d in document_lists(article.text, lo) if _overlaps(d.intro[0], d.intro[1], spans)]


@dataclass(frozen=True)
class _Piece:
    """A line cut out of the running sentences, one sentence per part (a table row, a list item)."""

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]


def _item_pieces(lists: list[DocumentList]) -> list[_Piece]:
    return [_Piece(s, e, ((s, e),)) for d in lists for s, e in d.items]


def split_rows(text: str, sentences: list[Sentence], rows: Sequence[TableRow | _Piece]) -> list[Sentence]:
    """Sentences with each table row cut out as sentences of its own, one per ';'-separated event, each row
    a paragraph of its own (a splitter joins lines without final stops); text around rows stays."""
    if not rows:
        return sentences
    row_spans = [(r.start, r.end) for r in rows]
    out: list[tuple[int, int, int, str]] = []  # (start, end, paragraph key, text)
    for sent in sentences:
        cuts = [(s, e) for s, e in row_spans if s < sent.end and sent.start < e]
        if not cuts or sent.paragraph < 0:
            out.append((sent.start, sent.end, sent.paragraph, "p"))
            continue
        pos = sent.start
        for s, e in [*cuts, (sent.end, sent.end)]:
            piece = text[pos:s]
            if re.search(r"[A-Za-z]{2,}", piece):
                a = pos + len(piece) - len(piece.lstrip())
                out.append((a, a + len(piece.strip()), sent.paragraph, "p"))
            pos = max(pos, e)
    for k, row in enumerate(rows):
        out.extend((s, e, k, "r") for s, e in row.parts)
    out.sort(key=lambda x: x[0])
    result: list[Sentence] = []
    key: tuple[int, str] | None = None
    number = -1
    for s, e, para, kind in out:
        if para < 0:
            result.append(Sentence(s, e, text[s:e], para))
            continue
        if (para, kind) != key:
            number += 1
            key = (para, kind)
        result.append(Sentence(s, e, text[s:e], number))
    return result


def _new_actors(mentions: list[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    out = []
    for a in mentions:
        if not a.known and a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


def extract(article: Article, dictionary: ActorDictionary | ActorFinder | None = None) -> Extraction:
    """Extract claims, observations and unknown actors from ``article``."""
    from timeline.extract.sentences import split_sentences
    from timeline.ingest.boilerplate import split_paragraphs

    if dictionary is None:
        from timeline.extract.actors import ActorDictionary

        dictionary = ActorDictionary.default()
    spans = body_spans(article)
    if not spans:
        return Extraction(article=article)
    rows = body_rows(article, spans)
    doc_lists = body_document_lists(article, spans)
    items = _item_pieces(doc_lists)
    spans = _with_rows(spans, [*rows, *items])
    dates = _row_dates(tag_body_dates(article, spans), rows)
    sentences = join_split_dates(split_sentences(article.text, spans), dates, article.text)
    sentences = split_rows(article.text, sentences, sorted([*rows, *items], key=lambda r: r.start))
    headings, heading_dates = heading_lines(article, spans)
    if headings:
        sentences = sorted([*sentences, *headings], key=lambda x: x.start)
        sentences = join_entry_dates(article.text, sentences, heading_dates)
        dates = sorted([*dates, *heading_dates], key=lambda d: d.start)
    paragraphs = [p for s, e in spans for p in split_paragraphs(article.text, s, e)]
    sentences, dates = apply_structure(article.text, paragraphs, sentences, dates)
    mentions = [a for s, e in spans for a in dictionary.find(article.text, s, e)]
    pair = main_pair(mentions)
    cues = load_cues()
    claims = extract_claims(
        article, sentences, dates, dictionary, cues=cues, pair=pair, states=mentions,
        rows=[(r.start, r.end, r.date) for r in rows], documents=[(d.intro, d.items) for d in doc_lists],
    )
    observations = extract_observations(article, sentences, dates, dictionary, pair=pair)
    if fallback.enabled():
        extra = fallback.fallback_claims(article, sentences, dates, dictionary, claims, observations, pair)
        claims = sorted([*claims, *extra], key=lambda c: c.start) if extra else claims
    return Extraction(article=article, claims=claims, observations=observations, new_actors=_new_actors(mentions))
