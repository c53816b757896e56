"""Article structure between reading and event extraction: chronology years and interview questions.

Chronologies (lists, tables, sections under year headings) often give a day and month only
("## 2022" … "- 12 May: talks in Baku"); the date tagger resolves such dates with the publication
date, which is wrong there. :func:`redate_chronology` gives them the year of their context:

- a *year heading* (a line that is only a year: "## 2020", "**2020**", "2020:", or a Markdown heading
  opening with one: "## 2020: the pandemic year") dates every yearless
  day/month expression below it, until the next year heading or Markdown heading;
- in a run of *dated items* (paragraphs opening with a date, see
  :func:`timeline.ingest.boilerplate.is_dated_item`), an item whose leading date has no year takes
  the year of the previous item's date (one more when its month comes earlier: the list runs on
  into the next year), and so do the other yearless dates of that item.

Only dates written without a year and naming a month are changed ("12 May", "in March", "May 3"),
never deictic ones ("last May", "on Monday"). When the first entry below a year heading leads with such a
date ("## 2005" / "- In March, …"), the heading's own year mention is dropped: the entry is dated 2005-03,
not also 2005, even where heading and entry are read as one sentence.

How far a heading's date reaches (to the next heading; year and month headings date the paragraphs below)
is decided by the event extractor (timeline.extract.events, heading reach); :func:`year_headings` finds them.

Interviews: :func:`question_spans` finds the interviewer's turns ("Q: …", "**Question:** …",
"Interviewer: …", a whole bold or italic paragraph ending with "?", or the turns of the named
speaker who asks the questions) when an article has at least two of them. Questions claim
nothing: the pipeline leaves the asking sentences of those turns out of event extraction (an
interviewer's statement, "Putin came to Astana on November 27.", stays).

Dated table rows: :func:`table_rows`. Lists of signed documents: :func:`document_lists` (an intro line such as
"The following documents were signed:" and its bulleted, numbered or plain item lines, each a document's name).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.extract.dates_edtf import parse_edtf
from timeline.extract.sentences import SPEAKER_LABEL
from timeline.extract.types import DateMention
from timeline.ingest.boilerplate import is_dated_item

Span = tuple[int, int]

_YEAR_LINE = re.compile(
    r"^[ \t]*(?:(?P<md>#{1,6}[ \t]+)|(?!#))[*_]{0,2}[ \t]*(?P<year>(?:1[5-9]|20)\d\d)[ \t]*[*_]{0,2}[ \t]*"
    r"(?::|(?(md)[:–—-][ \t]*[^\n\d]{1,60}))?[ \t]*$",  # "## 2023: a year of war" (Markdown headings only)
    re.M,
)
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S", re.M)
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.I)
_NOT_PLAIN = re.compile(r"\d{4}|\b(?:last|next|this|ago|earlier|later|previous|coming|past|that|same)\b", re.I)
_Q_LABELS = frozenset({"q", "question", "interviewer", "moderator", "host"})
_A_LABELS = frozenset({"a", "answer", "interviewee"})
_EMPHASIS = re.compile(r"^\s*(?:[*_]{1,2})(?P<body>[^*_].*?)(?:[*_]{1,2})\s*$", re.S)


# --------------------------------------------------------------------------- chronology years


def year_sections(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, year)`` of each section below a year heading (until the next year or Markdown heading)."""
    heads = [(m.start(), m.end(), int(m.group("year"))) for m in _YEAR_LINE.finditer(text)]
    if not heads:
        return []
    md = [m.start() for m in _MD_HEADING.finditer(text)]
    out = []
    for k, (_s, e, year) in enumerate(heads):
        limit = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        nxt = next((p for p in md if e <= p < limit), limit)
        out.append((e, nxt, year))
    return out


def year_headings(text: str) -> list[DateMention]:
    """A year-precision date for each year heading line ("## 2021" gives 2021 at the offsets of "2021")."""
    out = []
    for m in _YEAR_LINE.finditer(text):
        y = int(m.group("year"))
        s, e = m.span("year")
        out.append(DateMention(s, e, m.group("year"), str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year"))
    return out


def _is_plain(d: DateMention) -> bool:
    """A date written without a year that names a month ("12 May", "in March")."""
    return (
        d.value is not None
        and d.relative
        and d.precision in {"day", "month", "interval"}
        and bool(_MONTH_WORD.search(d.text))
        and not _NOT_PLAIN.search(d.text)
    )


def with_year(d: DateMention, year: int) -> DateMention:
    """``d`` moved so that its first calendar year is ``year`` (both bounds and every EDTF part)."""
    assert d.value is not None
    if d.value.startswith("XXXX"):  # year unknown (undated article): the chronology supplies it
        return _fill_year(d, year)
    first = d.lower.year if d.lower else int(d.value[:4])
    delta = year - first
    if not delta:
        return d
    try:
        lower = d.lower.replace(year=d.lower.year + delta) if d.lower else None
        upper = d.upper.replace(year=d.upper.year + delta) if d.upper else None
    except ValueError:  # 29 February
        return d
    parts = [f"{int(p[:4]) + delta:04d}{p[4:]}" if p[:4].isdigit() else p for p in d.value.split("/")]
    return replace(d, value="/".join(parts), lower=lower, upper=upper, note=d.note or "year from the chronology")


def _fill_year(d: DateMention, year: int) -> DateMention:
    """A year-unknown ``XXXX-05-12`` (or ``XXXX-05/XXXX-06``) given ``year``; unchanged if that is no valid date."""
    assert d.value is not None
    value = d.value.replace("XXXX", f"{year:04d}")
    try:
        lower, upper, _ = parse_edtf(value)
    except ValueError:
        return d
    if lower > upper:  # "XXXX-12/XXXX-01": the range runs into the next year
        parts = value.split("/")
        value = f"{parts[0]}/{year + 1:04d}{parts[-1][4:]}"
        try:
            lower, upper, _ = parse_edtf(value)
        except ValueError:
            return d
    return replace(d, value=value, lower=lower, upper=upper, note="year from the chronology")


def _month(d: DateMention) -> int:
    return d.lower.month if d.lower else 1


def redate_chronology(text: str, paragraphs: Sequence[Span], dates: Sequence[DateMention]) -> list[DateMention]:
    """``dates`` with yearless day/month dates of chronologies given the year of their context (module doc)."""
    if not dates:
        return list(dates)
    year_at: dict[int, int] = {}  # date start -> year
    for s, e, year in year_sections(text):
        for d in dates:
            if s <= d.start < e and _is_plain(d):
                year_at[d.start] = year
    ordered = sorted(dates, key=lambda d: d.start)
    last: DateMention | None = None  # leading date of the previous dated item
    last_year: int | None = None
    k = 0
    for p_start, p_end in paragraphs:
        while k < len(ordered) and ordered[k].start < p_start:
            k += 1
        inside = []
        j = k
        while j < len(ordered) and ordered[j].start < p_end:
            inside.append(ordered[j])
            j += 1
        lead = inside[0] if inside and inside[0].start - p_start <= 12 else None
        if lead is None or lead.value is None or not is_dated_item(text[p_start:p_end]):
            continue
        if _is_plain(lead):
            year = year_at.get(lead.start)
            if year is None and last is not None and last_year is not None:
                year = last_year + (1 if _month(lead) < _month(last) and last.precision != "year" else 0)
            if year is not None:
                for d in inside:
                    if _is_plain(d):
                        year_at.setdefault(d.start, year)
                last, last_year = lead, year
        elif lead.lower is not None:
            last, last_year = lead, lead.lower.year
    if not year_at:
        return list(dates)
    told = _told_headings(text, dates, year_at)
    return [with_year(d, year_at[d.start]) if d.start in year_at else d for d in dates if d.start not in told]


_ENTRY_LEAD = re.compile(r"[\s*_|•–—-]*(?:(?i:in|on|by|from|since|during)\s+)?")


def _told_headings(text: str, dates: Sequence[DateMention], year_at: dict[int, int]) -> set[int]:
    """Starts of year-heading dates whose first entry leads with a date of its own in that year
    ("## 2005" / "- In March, …"): the entry's date (2005-03) dates it, not the bare heading year,
    even when the heading and the entry are read as one sentence."""
    out: set[int] = set()
    by_start = {d.start: d for d in dates}
    for m in _YEAR_LINE.finditer(text):
        lead = _ENTRY_LEAD.match(text, m.end())
        pos = lead.end() if lead else m.end()
        first = by_start.get(pos)
        if first is not None and year_at.get(pos) == int(m.group("year")):
            out.update(d.start for d in dates if m.start() <= d.start < m.end())
    return out


# --------------------------------------------------------------------------- interviews


def _label(text: str, start: int, end: int) -> str | None:
    m = SPEAKER_LABEL.match(text, start, end)
    return m.group("label") if m else None


def _bold_question(para: str) -> bool:
    m = _EMPHASIS.match(para)
    return bool(m) and m.group("body").rstrip().endswith("?") and "\n" not in m.group("body")


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.split() if w[:1].isupper())


def _asks(para: str) -> bool:
    return "?" in para


def question_spans(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """The interviewer's turns (module doc); empty unless there are two or more.

    A named speaker is the interviewer when a larger share of their turns holds a question mark
    (at least a third, and twice the share of every other speaker); "SR:" counts as "Steppe Review:".
    """
    marked: list[Span] = []
    by_speaker: dict[str, list[Span]] = {}
    for s, e in paragraphs:
        para = text[s:e]
        label = _label(text, s, e)
        low = label.lower() if label else ""
        if low in _Q_LABELS or (not label and _bold_question(para)):
            marked.append((s, e))
        elif label and low not in _A_LABELS and len(label.split()) <= 3:
            by_speaker.setdefault(label, []).append((s, e))
    if len(by_speaker) >= 2 and not marked:
        full = {_initials(n): n for n in by_speaker if " " in n}
        merged: dict[str, list[Span]] = {}
        for name, turns in by_speaker.items():
            merged.setdefault(full.get(name, name), []).extend(turns)
        share = {n: sum(_asks(text[s:e]) for s, e in t) / len(t) for n, t in merged.items() if len(t) >= 2}
        if share:
            top = max(share, key=lambda n: share[n])
            rest = max((v for n, v in share.items() if n != top), default=0.0)
            if share[top] >= 1 / 3 and share[top] >= 2 * rest:
                marked.extend(merged[top])
    return sorted(marked) if len(marked) >= 2 else []


def is_question(sentence: str) -> bool:
    """A sentence that asks (ends with "?", perhaps inside closing quotes or emphasis)."""
    return sentence.rstrip(" *_\"'”’»)]").endswith("?")


# --------------------------------------------------------------------------- dated table rows

#: a table row: optional "|", a date cell, a cell separator ("|", a tab or two spaces), a phrase
_ROW = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?(?P<date>[0-9A-Za-z][^|\t\n]{2,28}?)(?:[ \t]*\|[ \t]*|[ \t]*\t[ \t]*|[ \t]{2,})"
    r"(?P<rest>[^\n|]*[A-Za-z][^\n|]*?)[ \t|]*$",
    re.M,
)
_MONTH_YEAR = re.compile(r"(?P<m>0?[1-9]|1[0-2])[./](?P<y>(?:1[89]|20)\d\d)")
_RULE_LINE = re.compile(r"[ \t|:+-]*\n?")


@dataclass(frozen=True)
class TableRow:
    """One dated row of a table: the line's span, its date and the spans of its ';'-separated events."""

    start: int
    end: int
    date: DateMention
    parts: tuple[Span, ...]


def _cell_date(cell: str, start: int, reference: dt.date | None) -> DateMention | None:
    """The date a table cell holds in full ("03.01.1992", "07.2024", "July 2024"), else None."""
    from timeline.extract.dates import normalise_date

    cell = cell.strip(" *_")
    m = _MONTH_YEAR.fullmatch(cell)
    if m:
        y, mo = int(m.group("y")), int(m.group("m"))
        last = (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1))
        return DateMention(start, start + len(cell), cell, f"{y:04d}-{mo:02d}", dt.date(y, mo, 1), last, "month")
    d = normalise_date(cell, reference)
    if d is None or not d.value or d.relative or d.value.startswith("XXXX") or d.end - d.start != len(cell):
        return None
    return replace(d, start=start, end=start + len(cell))


def table_rows(text: str, lo: int = 0, hi: int | None = None, reference: dt.date | None = None) -> list[TableRow]:
    """Dated rows of tables in ``text[lo:hi]``: lines opening with a date cell followed by a cell separator and
    a phrase ("03.01.1992   Diplomatic relations established", "| July 2024 | State visit; summit |"), in runs of
    at least two (a header line, blank lines and "|---|" rules may sit between). A ';' splits a row's events."""
    hi = len(text) if hi is None else hi
    found: list[TableRow] = []
    for m in _ROW.finditer(text, lo, hi):
        date = _cell_date(m.group("date"), m.start("date") + _lead_blank(m.group("date")), reference)
        rest = m.group("rest")
        if date is None or len(re.findall(r"[A-Za-z]{2,}", rest)) < 2:
            continue
        parts: list[Span] = []
        pos = m.start("rest")
        for piece in rest.split(";"):
            s = pos + len(piece) - len(piece.lstrip())
            e = pos + len(piece.rstrip())
            if re.search(r"[A-Za-z]{2,}", piece):
                parts.append((s, e))
            pos += len(piece) + 1
        if parts:
            parts[0] = (date.start, parts[0][1])
            found.append(TableRow(m.start(), m.end(), date, tuple(parts)))
    runs: list[list[TableRow]] = []
    for row in found:
        if runs and _only_rules_between(text, runs[-1][-1].end, row.start):
            runs[-1].append(row)
        else:
            runs.append([row])
    return [row for run in runs if len(run) >= 2 for row in run]


def _lead_blank(cell: str) -> int:
    return len(cell) - len(cell.lstrip(" *_"))


def _only_rules_between(text: str, end: int, start: int) -> bool:
    """Only blank lines, table rules or at most one short non-dated line (a repeated header) between two rows."""
    gap = text[end:start]
    lines = [ln for ln in gap.split("\n") if ln.strip(" \t|:+-")]
    return len(lines) == 0 and gap.count("\n") <= 4


# --------------------------------------------------------------------------- lists of signed documents

#: an intro line announcing documents signed at one occasion, ending with ":" (or "include"/"following")
_DOC_INTRO = re.compile(
    r"(?i:\b(?:sign(?:ed|ing)?|ink(?:ed|ing)|conclud(?:ed|ing)|exchang(?:ed|ing)|adopt(?:ed|ing))\b)"
    r"[^\n]*?(?::[ \t*_]*$|(?i:\b(?:include[sd]?|including|following|are|were))[ \t*_]*:?[ \t*_]*$)"
    r"|(?i:\b(?:documents|agreements|memorand\w*|deals|contracts)\b)[^\n]{0,40}?"
    r"(?i:\bsigned\b)[^\n]*:[ \t*_]*$",
    re.M,
)
#: a list marker: a bullet, "1." / "1)" / "(1)" / "a)"
_ITEM_MARK = re.compile(r"[ \t]*(?:[-*•–—▪·][ \t]+|\(?(?:\d{1,2}|[a-z])[.)][ \t]+)")
#: the head nouns of a signed document
_DOC_NOUN = re.compile(
    r"\b(?i:agreements?|memorand(?:um|a|ums)|mou|treat(?:y|ies)|protocols?|programmes?|programs?|plans?|"
    r"road\s?maps?|statements?|declarations?|communiqu[eé]s?|contracts?|conventions?|accords?|charters?|"
    r"arrangements?|letters?\s+of\s+intent|minutes|exchange\s+of\s+notes|deals?|concessions?|loan\s+agreements?)\b"
)
#: a finite verb near an item's start: a sentence, not a document's name
_ITEM_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|said|says|agreed|signed|noted|met|held)\b", re.I
)


@dataclass(frozen=True)
class DocumentList:
    """An intro line announcing signed documents ("The following documents were signed:") and its items.

    ``intro`` is the intro line's span, ``items`` the span of each item's nominal phrase (list marker and
    closing ";", "," or "." left out)."""

    intro: Span
    items: tuple[Span, ...]


def document_lists(text: str, lo: int = 0, hi: int | None = None) -> list[DocumentList]:
    """Lists of documents signed at one occasion in ``text[lo:hi]``.

    An intro line that tells a signing and ends with ":" ("During the visit, the sides signed:", "The following
    documents were signed:", "Documents signed include:") followed by at least one item line: Markdown/HTML
    bullets, numbered lines, or plain lines (blank lines between allowed). Each item is a nominal phrase whose
    first words hold a document noun ("Programme of comprehensive cooperation for 2024-2028", "an agreement
    between the customs services on ...") and no finite verb; the list ends at the first line that is not such
    an item."""
    hi = len(text) if hi is None else hi
    out: list[DocumentList] = []
    for m in _DOC_INTRO.finditer(text, lo, hi):
        line_start = text.rfind("\n", 0, m.start()) + 1
        items = _doc_items(text, m.end(), hi)
        if items:
            out.append(DocumentList((line_start, m.end()), tuple(items)))
    return out


def _doc_items(text: str, pos: int, hi: int) -> list[Span]:
    items: list[Span] = []
    marked: bool | None = None
    while pos < hi:
        nl = text.find("\n", pos)
        if nl == -1 or nl >= hi:
            break
        start = nl + 1
        end = text.find("\n", start)
        end = hi if end == -1 or end > hi else end
        line = text[start:end]
        if not line.strip():
            if text.count("\n", pos, start) > 3:
                break  # more than two blank lines: the list is over
            pos = start
            continue
        mark = _ITEM_MARK.match(line)
        if marked is not None and bool(mark) != marked:
            break
        span = _doc_item(text, start + (mark.end() if mark else 0), end)
        if span is None:
            break
        marked = bool(mark)
        items.append(span)
        pos = end
    return items


def _doc_item(text: str, start: int, end: int) -> Span | None:
    """The nominal phrase of an item line, or None when the line is no document's name."""
    body = text[start:end]
    s = start + len(body) - len(body.lstrip(" \t*_"))
    e = start + len(body.rstrip(" \t*_;,."))
    phrase = text[s:e]
    words = phrase.split()
    if not 2 <= len(words) <= 45 or not phrase[:1].isalpha():
        return None
    head = " ".join(words[:6])
    noun = _DOC_NOUN.search(head)
    if noun is None or _ITEM_VERB.search(phrase, 0, noun.start() + 1) or _ITEM_VERB.search(" ".join(words[:8])):
        return None
    return s, e
