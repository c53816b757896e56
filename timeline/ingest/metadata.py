"""Article metadata: YAML front matter, sidecar manifests, and inference from the text itself.

Where metadata comes from, strongest first:

1. **Front matter** at the very top of a ``.txt``/``.md`` file::

       ---
       title: Azerbaijan, China forge strategic partnership
       outlet: Caliber.Az
       author: Matanat Nasibova
       url: https://caliber.az/en/post/...
       published: 2024-07-05        # also "2024-07", "2024", "5 July 2024"
       section: analytics           # any other key goes to Article.metadata as a string
       ---

   The block is removed from the stored text. An unterminated block, invalid YAML, a block
   that is not a mapping or a ``published`` that is not a date is a :class:`ReadError`.
2. **A sidecar file** next to the article: ``<file>.meta.yaml`` (``story.txt.meta.yaml``) or
   ``<stem>.meta.yaml`` (``story.meta.yaml``), holding the same keys as front matter.
3. **A folder manifest** ``manifest.yaml`` (or ``manifest.yml``) in the article's folder, mapping
   file names to the same keys::

       story.txt:
         outlet: News.Az
         published: 2024-07-06
       other.html:
         title: ...

4. **HTML metadata** found by trafilatura (title, author, date, site name) for HTML input.
5. **Inference from the text** (:func:`infer_header`), looking only at the first lines: a title
   (first non-empty line if it looks like a headline), a dateline ("7 June 2021 16:32 (UTC+04:00)",
   "05 July 2024 - 17:38", "Published: 2021-06-07", ISO timestamps …), a byline ("By Vafa
   Ismayilova", a lone personal-name line, "Editor's note: NAME, a … for OUTLET."). The outlet
   falls back to the host of the URL. A wire dateline opening the lead paragraph ("TBILISI, May 30
   (Agency) - …") dates the article; when it has no year, the year is inferred only when the text
   decides it (:func:`infer_dateline_year`), and the reasoning is kept as ``published_note``. Agency shapes count
   too: a clock time or a credit between slashes or dashes ("MOSCOW, July 3. /TASS/.", "ASTANA, 12 May 2024, 17:45
   — Kazinform —", "NEW DELHI [India], Dec 2 (ANI):"). Labelled credit fields around a date ("Source: Xinhua |
   2024-07-03 21:04 | Editor: Li Wei") and "Posted by NAME on <date>" date the article as head lines. A header
   line with a date but no year ("Thursday, May 30", "30 May, 14:05") is treated the same way.
   A date ending a day range ("Weekly Digest, 13-19 May 2024") is the period an issue covers: it dates
   the article only when no plain dateline ("Published 20 May 2024") follows; such a first line is also
   the title. A labelled part of a furniture line counts as a dateline too ("Issue 9 · Published Friday,
   3 February 2023 · 4 min read", "Posted on 3 March 2024 by Jane Doe", e-mail "Sent:"/"Date:" headers).
   Newsletter furniture above the letter's head ("View this email in your browser", :func:`is_mailing_furniture`) is
   passed over: the title is the first line after it. An e-mail newsletter's "Subject:" line dates it when one
   part is a date alone or "<Name>, <date>"
   ("Subject: Andes Letter, 28 March 2025 | Headline"; weak: a "Date:"/"Sent:" header beats it) and gives the
   title; "From:"/"To:" lines are header. A head line made of a weekday date and a short tag ("*Tuesday, 17 June
   2025 — our running digest*") or of a report series and a date ("Policy Report No. 14 | March 2025", month
   precision) dates the article (:func:`parse_furniture_dateline`). An update/edit label ("page updated 2 June
   2025", "Last updated: …") dates it too, but any "published" label beats it.
6. **A closing line** dating an interview or the text ("Interview recorded on 3 October 2025", a closing credit
   "Interview by NAME, PLACE, DATE.", also followed by a
   short editorial sentence "It has been edited for length.") or giving the print issue ("This article appeared in
   the print edition of 6 July 2024"), used only when nothing above dates the article
   (:func:`find_trailer_date`).
7. **A footer line** among the last lines with a labelled date ("This page was last edited on 5 November 2026",
   "Published 3 March 2024"), used when nothing above dates the article, or when its "published" label beats an
   "updated" head line (:func:`find_footer_date`). Citation and list lines ("Retrieved …", "12. … published …")
   are never taken. An update/edit date used as the publication date is said so in ``published_note``: it bounds
   what the text can know.
8. **A sign-off line** closing the text, a date alone after an optional place ("Baku, 3 July 2024"): weakest of
   all, used only when nothing else dates the article (:func:`find_signoff_date`).

9. **The header-zone fallback** (:func:`find_header_zone_date`), a general mechanism for the long tail of formats
   that no rule above knows, used only when nothing above dates the article. The header zone is the title and the
   short non-prose lines before the first body paragraph, plus the first sentence of that paragraph. A date there
   counts when its line is metadata-like (:func:`zone_metadata_line`: "CGTN | Updated 12-Jun-2026 18:40 (Beijing
   time)", "*By our Caucasus correspondent · 3 December 2025*" — a date with labels, bylines, outlet names,
   separators, times and zones), when the headline names a dated occasion (:func:`zone_occasion_headline`: "…
   Regular Press Conference on January 20, 2026", "Daily briefing, 3 March 2025"), or when the first sentence of
   show notes or a standfirst dates the text itself ("Show notes: Episode released 11 February 2025."), or when
   any sentence of that paragraph is a status note ("… corrections welcome. Last updated: 15 September 2025.",
   "Figures correct as of 1 March 2025.": an update date, rank 2). A credit byline counts as metadata ("Compiled by
   A and B · 20 January 2026", "Prepared by the research desk, 3 May 2025", "Edited by …"). Several
   dates on one line: a date labelled published/posted/released/aired/… wins over an unlabelled one, which wins
   over one labelled updated/edited ("Updated 5 March 2025 (first published 3 March 2025)" → 3 March); two
   different dates of the same rank (a range, two unlabelled dates) leave the line undecided. Never taken: an
   event date in a body sentence, a year alone, "Retrieved/Accessed/Archived", copyright, deadline lines, dates in
   quotation marks (document titles), a list of dated lines (a chronology), a date after the ingestion day, a day
   the text tells in the future tense (an announced occasion), or a date before an exact date the text tells in
   the past (:func:`implausible_publication`; the first two checks also drop a head dateline of rules 5).
10. **A date in the file name or URL path** (:func:`date_from_name`: "…_20260120.txt", "2025-03-14-slug.md",
    "/2024/07/05/slug.html"; "/2024/07/" gives the month), the weakest source: below every date of the text.

**Where real outlets put the date** (the map the rules above cover; round 10 added the forms marked *new*):
page markup (``<meta article:published_time>``, JSON-LD); a dateline line under the headline ("05 July 2024 -
17:38", "Published: …", "Thursday, May 30"); a furniture line of byline, reading time and date; a wire dateline
opening the lead ("TBILISI, May 30 (Agency) -", "MOSCOW, July 3. /TASS/."); *new*: an agency dateline with the place
in mixed case and the credit after a comma, in parentheses, between slashes or after a dash, on its own line or
opening the lead ("Baku, November 18, AZERTAC", "Astana, 4 March (Kazinform) –", "Tashkent, May 2 /Dunyo/.",
"BISHKEK, Oct. 7 — AKIpress": :func:`find_agency_dateline`; without a credit a mixed-case "Place, Month Day" is
prose and is not taken; a missing year is inferred by :func:`infer_dateline_year` or the article stays undated);
e-mail headers ("Sent: Tuesday, 18 November 2026 09:14", "Date: Tue, 18 Nov 2026"); a newsletter subject; *new*: a
credit line closing a standfirst or under a feature ("Interview by NAME, PLACE, DATE.", "Text and photos: NAME, 12
March 2026", "Interviewed by NAME in PLACE on DATE": :func:`credit_sentence_date`, header-zone rank 0; a credit
without a date, "Reporting by X in Y; editing by Z", gives nothing; a bare photo credit dates the picture, so it is
not read); issue and running-header lines ("Policy Brief No. 41 · March 2026", *new*: a PDF running header in
columns "REVIEW      September 2025 | Issue 9", "Vol. 12, No. 3 (March 2026)"), month precision; *new*: a
labelled or credit day of the same month in the header zone makes such a month exact (the issue month bounds it);
closing lines, footers and sign-offs; the file name or URL. A month-precision publication date is used as the
reference for relative dates only down to its grain (``timeline.extract.pipeline.coarse_reference``): "last month",
"this year", "in March" and a day with its month named ("on 23 April", which needs only the year) resolve, "on
Tuesday", "yesterday", "last week" stay unresolved (value None), since the day of writing is not known.

When sources disagree the stronger one wins (order above: front matter, sidecar, manifest, page markup,
head dateline, wire dateline, closing line, footer, sign-off, header zone, file name) and the disagreement with the
text's own dateline is recorded in ``published_note``. Page-furniture date forms understood everywhere: "12-Jun-2026",
"12 JUN 2026", "2026.06.12", "2026/06/12", "12.06.2026 18:40", "Jun 12 2026 at 6:40 PM"; "12/06/2026" only when
one number exceeds 12 (day-first and month-first are not guessed) or, in the header-zone fallback, when the text's
unambiguous slashed dates all show one convention (:func:`slashed_date_convention`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pendulum
import yaml

from timeline.extract.dates_lexicon import DATELINE, MONTHS
from timeline.extract.types import Precision


class MetadataError(ValueError):
    """Metadata that cannot be used (broken front matter, a bad date …); the reader wraps it in ReadError."""


# --------------------------------------------------------------------------------------------
# Date shapes used in datelines
# --------------------------------------------------------------------------------------------


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?"

ISO_DATE = re.compile(
    r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
DMY_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?P<mon>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I
)
MDY_DATE = re.compile(rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I)
DOTTED_DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\b")
SLASHED_DATE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})\b")
#: Page-furniture forms: "12-Jun-2026", "12/JUN/2026" (day, abbreviated month, year joined by hyphens or slashes).
DASHED_DMY_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?P<sep>[-/])(?P<mon>{_MONTH})\.?(?P=sep)(?P<y>(?:19|20)\d{{2}})\b", re.I
)
#: Year first with dots or slashes: "2026.06.12", "2026/06/12" (always year, month, day).
YMD_DATE = re.compile(r"\b(?P<y>(?:19|20)\d{2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d]|\.\d)")
MONTH_YEAR = re.compile(rf"\b(?P<mon>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I)
TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![\d.])", re.I)
_TZ = re.compile(r"\(?\b(?:utc|gmt)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|\b(?:[A-Z]{2}T|Z)\b|\([+-]\d{2}:?\d{2}\)")
_WEEKDAY_RE = re.compile(rf"\b{_WEEKDAY}", re.I)

#: Words that may accompany a date on a dateline without making it prose.
_DATELINE_LABELS = re.compile(
    r"^(?:published|posted|updated|modified|last|date|dated|on|at|created|issued|time|edition|issue)$", re.I
)
#: Lines whose dates are never publication dates: citations, archives, copyright, deadlines, event notices.
_NOT_PUBLICATION = re.compile(
    r"\b(?:retrieved|accessed|archived|cited|copyright|all\s+rights\s+reserved|deadline|due|expires?|valid"
    r"|until|closes|opens|starts|venue|registration|born|died)\b|©",
    re.I,
)
_UPDATED_LABEL = re.compile(r"\b(?:updated|modified|last|edited|revised)\b", re.I)
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted|issued|released)\b", re.I)
_DIGIT = re.compile(r"\d")
_LOWER_WORD = re.compile(r"[a-z]{3,}")
_YEAR_ONLY = re.compile(r"\d{4}")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_ISO_START = re.compile(r"\d{4}-\d")
_LEFTOVER_WORD = re.compile(r"[^\W\d_][\w'’]*")


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A date found on a dateline-shaped line."""

    date: dt.date
    precision: Precision
    start: int  # offsets within the line
    end: int
    #: The date ends a range ("13-19 May 2024", "6 May – 12 May 2024"): the period a digest covers, a weak
    #: publication date that any plain dateline overrides.
    range_end: bool = False
    #: The date is labelled as an update/edit ("Last updated: …", "This page was last edited on …"): it bounds
    #: what the text can know, and any "published" date beats it.
    updated: bool = False


def _month(name: str) -> int:
    """The number of a month name or abbreviation ("Sept.", "september", "SEP")."""
    low = name.lower().rstrip(".")
    return MONTHS.get(low) or MONTHS[low[:3]]


def _valid_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when it does not exist (31 June)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _find_dates(line: str) -> list[DatelineMatch]:
    """All full dates (and month–year dates) in a short line, in order of position."""
    found: list[DatelineMatch] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], date: dt.date | None, precision: Precision) -> None:
        if any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))  # an impossible date still blocks shorter readings
        if date is not None:
            found.append(DatelineMatch(date, precision, m.start(), m.end()))

    for m in ISO_DATE.finditer(line):
        add(m, _parse_iso(m.group(0)), "day")
    for rx in (DMY_DATE, MDY_DATE):
        for m in rx.finditer(line):
            add(m, _valid_date(int(m["y"]), _month(m["mon"]), int(m["d"])), "day")
    for m in DASHED_DMY_DATE.finditer(line):
        add(m, _valid_date(int(m["y"]), _month(m["mon"]), int(m["d"])), "day")
    for rx in (DOTTED_DATE, YMD_DATE):
        for m in rx.finditer(line):
            add(m, _valid_date(int(m["y"]), int(m["m"]), int(m["d"])), "day")
    for m in SLASHED_DATE.finditer(line):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            add(m, _valid_date(int(m["y"]), b, a), "day")
        elif b > 12 >= a or a == b:
            add(m, _valid_date(int(m["y"]), a, b), "day")
    for m in MONTH_YEAR.finditer(line):
        add(m, _valid_date(int(m["y"]), _month(m["mon"]), 1), "month")
    found.sort(key=lambda f: f.start)
    return found


def _parse_iso(value: str) -> dt.date | None:
    """The day of an ISO date or timestamp, or None."""
    try:
        parsed = pendulum.parse(value, strict=False)
    except (ValueError, pendulum.parsing.exceptions.ParserError):
        return None
    if isinstance(parsed, dt.date):  # pendulum DateTime and Date are date subclasses
        return dt.date(parsed.year, parsed.month, parsed.day)
    return None


def _leftover_words(line: str) -> list[str]:
    """The words of a line once dates, times, time zones and weekdays are removed."""
    rest = line
    shapes = (ISO_DATE, DASHED_DMY_DATE, YMD_DATE, DMY_DATE, MDY_DATE, DOTTED_DATE, SLASHED_DATE, MONTH_YEAR)
    for rx in (*shapes, TIME, _TZ, _WEEKDAY_RE):
        rest = rx.sub(" ", rest)
    return _LEFTOVER_WORD.findall(rest)


def is_timestamp_line(line: str) -> bool:
    """True for a short line that is essentially a date and/or time ("08 July 2024 - 17:20")."""
    s = line.strip()
    if not s or len(s) > 90 or not _DIGIT.search(s):
        return False
    has_date = bool(_find_dates(s))
    if not has_date and not TIME.search(s):
        return False
    if not has_date and _LOWER_WORD.search(s):  # "Read at 10.30 tomorrow" is not a timestamp
        words = _leftover_words(s)
        return len(words) <= 1
    return len(_leftover_words(s)) <= 3


_RANGE_START = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_MONTH}\.?)?|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"\s*(?:-|–|—|to|until|till|through)\s*$",
    re.I,
)


def _ends_range(line: str, match: DatelineMatch) -> bool:
    """True when the date is the end of a day range ("13-19 May 2024", "May 6 to May 12, 2024")."""
    return _RANGE_START.search(line, 0, match.start) is not None


def parse_dateline(line: str) -> DatelineMatch | None:
    """The publication date of a dateline-shaped line, or None if the line is not a dateline.

    A month-only date ("June 2021") counts only when the rest of the line is a label
    ("Published: June 2021") so that headings such as "In March 2005" are not taken for datelines.
    """
    s = line.strip()
    if not is_timestamp_line(s) or _NOT_PUBLICATION.search(s):
        return None  # "Deadline for applications: 30 September 2025", "Retrieved 4 May 2024"
    dates = _find_dates(s)
    if not dates:
        return None
    first = dates[0]
    if first.precision != "day":
        words = _leftover_words(s)
        if any(not _DATELINE_LABELS.match(w) for w in words):
            return None
    if _ends_range(s, first):
        return DatelineMatch(first.date, first.precision, first.start, first.end, range_end=True)
    return first


def parse_published(value: Any) -> tuple[dt.date, Precision]:
    """A publication date given in front matter or a manifest (date, datetime or string).

    Accepts ISO dates and timestamps, "2021-06" / "June 2021" (month), "2021" (year) and
    "7 June 2021" / "June 7, 2021". Raises MetadataError for anything else.
    """
    if isinstance(value, dt.date):  # also datetime
        return dt.date(value.year, value.month, value.day), "day"
    if isinstance(value, int) and 1000 <= value <= 2999:
        return dt.date(value, 1, 1), "year"
    text = str(value).strip()
    if _YEAR_ONLY.fullmatch(text):
        return dt.date(int(text), 1, 1), "year"
    m = _YEAR_MONTH.fullmatch(text)
    if m and 1 <= int(m[2]) <= 12:
        return dt.date(int(m[1]), int(m[2]), 1), "month"
    dates = _find_dates(text)
    if dates and len(_leftover_words(text)) == 0:
        return dates[0].date, dates[0].precision
    parsed = _parse_iso(text) if _ISO_START.match(text) else None
    if parsed is not None:
        return parsed, "day"
    raise MetadataError(f"'published' is not a date: {text!r}")


# --------------------------------------------------------------------------------------------
# Front matter, sidecars, manifests
# --------------------------------------------------------------------------------------------

_FM_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\n")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$\n?", re.M)


class _Loader(yaml.SafeLoader):
    """Safe YAML loader that leaves timestamps as strings (dates are parsed by :func:`parse_published`)."""


def _timestamp_as_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    return loader.construct_yaml_str(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: safe


_ALIASES: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
    "site_name": "outlet",
    "sitename": "outlet",
    "publisher": "outlet",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "published": "published",
    "date": "published",
    "published_at": "published",
    "pubdate": "published",
}


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, int]:
    """Parse YAML front matter at the top of ``text``.

    Returns ``(mapping, body_start)``: the parsed mapping (None when there is no front matter)
    and the offset where the rest of the text starts. Raises MetadataError when the block is
    not terminated, is not valid YAML, or is not a mapping.
    """
    m = _FM_OPEN.match(text)
    if not m:
        return None, 0
    close = _FM_CLOSE.search(text, m.end())
    if close is None:
        raise MetadataError("front matter opened with '---' on line 1 is never closed by a '---' line")
    block = text[m.end() : close.start()]
    try:
        data = _load_yaml(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise MetadataError(f"front matter is not valid YAML{where}: {problem}") from None
    if data is None:
        return {}, close.end()
    if not isinstance(data, dict):
        raise MetadataError(f"front matter must be a mapping of keys to values, got a {type(data).__name__}")
    return data, close.end()


def _stringify(value: Any) -> str:
    """A YAML value as metadata text (lists joined with ", ", dates in ISO form)."""
    if isinstance(value, list | tuple):
        return ", ".join(_stringify(v) for v in value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


@dataclass(slots=True)
class Metadata:
    """Normalised metadata from one source (front matter, sidecar, HTML or inference)."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_precision: Precision | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def fill_from(self, other: Metadata) -> None:
        """Take the fields of ``other`` that are still missing here."""
        for name in ("title", "outlet", "author", "url"):
            if getattr(self, name) is None and getattr(other, name):
                setattr(self, name, getattr(other, name))
        if self.published is None and other.published is not None:
            self.published, self.published_precision = other.published, other.published_precision
        for k, v in other.extra.items():
            self.extra.setdefault(k, v)


def normalise_mapping(data: Mapping[str, Any], origin: str) -> Metadata:
    """Turn a front-matter/manifest mapping into :class:`Metadata` (known keys, aliases, extras)."""
    meta = Metadata()
    for raw_key, value in data.items():
        key = str(raw_key).strip().lower().replace("-", "_")
        target = _ALIASES.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if target == "published":
            if meta.published is not None:
                meta.extra[key] = _stringify(value)
                continue
            try:
                meta.published, meta.published_precision = parse_published(value)
            except MetadataError as exc:
                raise MetadataError(f"{origin}: {exc}") from None
        elif target is not None and getattr(meta, target) is None:
            setattr(meta, target, _stringify(value).strip())
        else:
            meta.extra[str(raw_key)] = _stringify(value)
    if meta.outlet is None and meta.url:
        meta.outlet = outlet_from_url(meta.url)
    return meta


def _load_yaml_mapping(path: Path) -> dict[str, Any]:
    """A sidecar or manifest file as a mapping; :class:`MetadataError` when unreadable or not a mapping."""
    try:
        data = _load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise MetadataError(f"cannot read {path}: {exc}") from None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise MetadataError(f"{path} is not valid YAML: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MetadataError(f"{path} must be a mapping, got a {type(data).__name__}")
    return data


def sidecar_metadata(path: Path) -> Metadata | None:
    """Metadata for ``path`` from ``<file>.meta.yaml``/``<stem>.meta.yaml`` or the folder's manifest."""
    found: Metadata | None = None
    for candidate in (path.with_name(path.name + ".meta.yaml"), path.with_name(path.stem + ".meta.yaml")):
        if candidate.is_file():
            found = normalise_mapping(_load_yaml_mapping(candidate), candidate.name)
            break
    for manifest_name in ("manifest.yaml", "manifest.yml"):
        manifest = path.with_name(manifest_name)
        if not manifest.is_file():
            continue
        entries = _load_yaml_mapping(manifest)
        entry = entries.get(path.name)
        if entry is None:
            continue
        if not isinstance(entry, dict):
            raise MetadataError(f"{manifest}: entry for {path.name} must be a mapping")
        from_manifest = normalise_mapping(entry, f"{manifest.name} [{path.name}]")
        if found is None:
            found = from_manifest
        else:
            found.fill_from(from_manifest)
        break
    return found


def outlet_from_url(url: str) -> str | None:
    """The site name from a URL's host: ``https://www.caliber.az/en/post/1`` → ``caliber.az``."""
    try:
        host = urlsplit(url if "://" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return _MOBILE_PREFIX.sub("", host.lower())


# --------------------------------------------------------------------------------------------
# Inference from the first lines of the text
# --------------------------------------------------------------------------------------------

#: How many non-empty lines at the top are searched for a title, dateline and byline.
HEADER_LINES = 10

_NAME_PARTICLES = frozenset(
    {
        "de", "da", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "di",
        "du", "dos", "das", "ul", "ben", "ter", "y"
    }
)  # fmt: skip
#: Capitalised words that are never part of a byline name.
_NOT_NAME_WORDS = frozenset(
    {
        "news", "latest", "analysis", "opinion", "interview", "home", "menu", "politics", "economy",
        "business", "world", "video", "photo", "photos", "comments", "comment", "share", "editorial",
        "commentary", "report", "reports", "update", "updates", "breaking", "live", "exclusive", "feature",
        "features", "sport", "sports", "culture", "society", "region", "regions", "international", "local",
        "national", "more", "read", "also", "related", "subscribe", "follow", "search", "login", "contact",
        "about", "press", "release", "statement", "by", "staff", "the", "a", "an", "of", "in", "on", "and",
        "for", "to", "with", "from", "at", "our", "your", "new"
    }
)  # fmt: skip
_BYLINE = re.compile(
    r"^(?:by|written by|words by|reporting by|report by|author:?|authors:?|posted by"
    r"|(?:analysis|commentary|opinion|interview|essay|column|story|text)\s+by)\s+(?P<rest>.+)$",
    re.I,
)
_ROLE_FOR_OUTLET = re.compile(
    r"^(?P<name>[^,]+),\s+(?:an?|the)\s+[^,]*?\b(?:for|at|of|with)\s+(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\W*$"
)
_STAFF = re.compile(
    r"^(?:the\s+)?(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+"
    r"(?:staff(?:\s+writers?|\s+reporters?)?|reporters?|correspondents?|desk|newsroom|team|editors?)\.?$"
)
_INITIAL = re.compile(r"[A-Z]\.")
_AUTHORS_SEPARATOR = re.compile(r"\s+(?:and|&)\s+")
_QUESTION_OR_EXCLAMATION_END = re.compile(r"[?!]['\"”’»)\]]*$")
_SENTENCE_FINAL = re.compile(r"[.!?…]['\"”’»)\]]*$")
_SENTENCE_PUNCTUATION = re.compile(r"[.,;:]")
_MOBILE_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile)\.")
_EDITORS_NOTE = re.compile(r"^editor['’]?s\s+note\s*[:\-–—]\s*(?P<rest>.+)$", re.I)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_TERMINAL = re.compile(r"[.!?…:;,]['\"”’»)\]]*$")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def is_person_name(text: str, *, min_words: int = 2, max_words: int = 4) -> bool:
    """True when ``text`` looks like a personal name: 2–4 capitalised words ("Nazrin Abdul")."""
    tokens = text.strip().rstrip(".").split()
    if not min_words <= len(tokens) <= max_words:
        return False
    capitalised = 0
    for i, tok in enumerate(tokens):
        bare = tok.strip(",")
        low = bare.lower()
        if low in _NAME_PARTICLES and 0 < i < len(tokens) - 1:
            continue
        if low in _NOT_NAME_WORDS or low in MONTHS or _WEEKDAY_RE.fullmatch(bare):
            return False
        if _INITIAL.fullmatch(bare):  # an initial
            capitalised += 1
            continue
        if not (bare[:1].isupper() and all(c.isalpha() or c in "-'’." for c in bare) and len(bare) >= 2):
            return False
        capitalised += 1
    return capitalised >= min_words


def _split_names(rest: str) -> tuple[str | None, str | None]:
    """(author, outlet) from what follows "By": "Jane Doe and John Roe, Reuters" / "Jane Doe, a … for X"."""
    rest = rest.strip().rstrip(".")
    m = _ROLE_FOR_OUTLET.match(rest)
    if m and is_person_name(m["name"], min_words=1):
        return m["name"].strip(), _clean_outlet(m["outlet"])
    head, _, tail = rest.partition(",")
    for sep in (" | ", " – ", " — ", " - "):
        if sep in head:
            head, _, tail2 = head.partition(sep)
            tail = tail or tail2
    names = [n.strip() for n in _AUTHORS_SEPARATOR.split(head)]
    if names and all(is_person_name(n, min_words=1) for n in names):
        outlet = tail.strip() or None
        if outlet and (len(outlet.split()) > 5 or not outlet[:1].isupper()):
            outlet = None
        return " and ".join(names), outlet
    return None, None


def _clean_outlet(value: str) -> str:
    """An outlet name without surrounding space and trailing punctuation."""
    return value.strip().rstrip(".,;:").strip()


def looks_like_headline(line: str) -> bool:
    """A short line without sentence-final punctuation (questions and exclamations allowed)."""
    s = _MD_HEADING.sub("", line.strip())
    if not s or not _HAS_LETTER.search(s):
        return False
    words = s.split()
    if len(words) > 30 or len(s) > 250:
        return False
    if _TERMINAL.search(s) and not _QUESTION_OR_EXCLAMATION_END.search(s):
        return False
    first = s.lstrip("\"“‘'«([")[:1]
    return first.isupper() or first.isdigit()


@dataclass(slots=True)
class HeaderInfo:
    """What :func:`infer_header` found at the top of a text, with the spans it consumed."""

    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_precision: Precision | None = None
    dateline: str | None = None
    #: How the year of a yearless dateline was inferred, or why it was not ("published_note" in metadata).
    dateline_note: str | None = None
    #: The dateline kept is an update/edit date ("page updated 2 June 2025"), not a publication label.
    dateline_updated: bool = False
    #: (start, end) spans of the title, subtitle, dateline and byline lines (not article body).
    spans: list[tuple[int, int]] = field(default_factory=list)

    def as_metadata(self) -> Metadata:
        """The header as :class:`Metadata` (subtitle and dateline go into ``extra``)."""
        pairs = (("subtitle", self.subtitle), ("dateline", self.dateline), ("published_note", self.dateline_note))
        extra = {k: v for k, v in pairs if v}
        return Metadata(
            title=self.title,
            outlet=self.outlet,
            author=self.author,
            published=self.published,
            published_precision=self.published_precision,
            extra=extra,
        )


_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _header_lines(text: str, limit: int) -> list[tuple[int, int, str]]:
    """The first ``limit`` non-empty lines as (start, end, stripped text) with stripped offsets."""
    out: list[tuple[int, int, str]] = []
    for m in _LINE.finditer(text):
        raw = m.group(0)
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        out.append((m.start() + lead, m.start() + lead + len(stripped), stripped))
        if len(out) >= limit:
            break
    return out


def _is_prose(line: str) -> bool:
    """A long line, or a sentence of four words or more."""
    words = len(line.split())
    return words >= 25 or (bool(_SENTENCE_FINAL.search(line)) and words >= 4)


def infer_header(
    text: str,
    *,
    is_boilerplate: Callable[[str], bool] | None = None,
    today: dt.date | None = None,
    skip: Iterable[tuple[int, int]] = (),
) -> HeaderInfo:
    """Find title, dateline and byline among the first :data:`HEADER_LINES` non-empty lines.

    Scanning stops at the second prose paragraph or at a navigation line ("Read also", "Latest
    news"); dates further down (body, link lists) are never taken for the publication date.
    ``is_boilerplate`` is an optional predicate for navigation lines (the boilerplate module's).
    A wire dateline opening the first prose paragraph ("TBILISI, May 30 (Agency) - ...") dates the
    article; without a year, the year is inferred by :func:`infer_dateline_year` (``today``, default
    the current day, only bounds it) and the reasoning goes to ``dateline_note``. Lines overlapping a ``skip``
    span (standfirsts the HTML reader put back) are passed over: neither title, dateline nor prose.
    """
    info = HeaderInfo()
    skipped = list(skip)
    lines = [x for x in _header_lines(text, HEADER_LINES) if not any(s < x[1] and x[0] < e for s, e in skipped)]
    pending_subtitle: tuple[int, int, str] | None = None
    prose_seen = 0
    weak_dateline = False  # the date so far ends a range in a title line: any plain dateline wins
    chronology = _chronology_entries([x[2] for x in lines])
    furniture = 0  # newsletter furniture lines above the head: the title is the first line after them
    for idx, (start, end, line) in enumerate(lines):
        if prose_seen == 0 and is_mailing_furniture(line):
            info.spans.append((start, end))  # "View this email in your browser" above the letter's own head
            furniture += 1
            continue
        if is_boilerplate is not None and is_boilerplate(line):
            break
        if idx in chronology:
            continue  # "3 March 2025 — Talks open" among other dated entries: a list of events, not a dateline
        bare = _MD_HEADING.sub("", line)
        if prose_seen == 0 and is_mail_header(bare):
            sender = _MAIL_FROM.match(bare)
            if sender is not None and info.outlet is None:
                info.outlet = sender["name"].strip().strip("\"'")  # "From: Caspian Letter <news@…>"
            info.spans.append((start, end))
            continue
        subject = subject_title(bare) if prose_seen == 0 else None
        dateline = parse_subject_dateline(bare) if subject is not None else parse_dateline(bare)
        updated = dateline is not None and _UPDATED_LABEL.search(bare) is not None and not _PUBLISHED_WORD.search(bare)
        if dateline is not None and subject is None and len(_find_dates(bare)) > 1:
            dateline, updated = _published_over_updated(bare, dateline, updated)
        if dateline is None and subject is None:
            labelled = parse_labelled_dateline(bare)
            if labelled is not None:
                dateline, by = labelled
                updated = dateline.updated
                info.author = info.author or by
        if dateline is None and subject is None and prose_seen == 0:
            dateline = parse_furniture_dateline(bare)
            for part in _SEGMENTS.split(bare.strip().strip("*_")) if dateline is not None else ():
                part = part.strip()
                if info.author is None and _is_byline_part(part):
                    _take_byline(info, part if _BYLINE.match(part) else part.partition(",")[0].strip())
        if subject is not None:
            info.title = info.title or subject  # the subject of an e-mail newsletter is its title
            if dateline is None:
                info.spans.append((start, end))
                continue
        if dateline is not None:
            replace = info.published is None or (weak_dateline and not dateline.range_end)
            replace = replace or (info.dateline_updated and not updated)
            if replace:
                info.published, info.published_precision = dateline.date, dateline.precision
                info.dateline = bare
                info.dateline_updated = updated
                weak_dateline = dateline.range_end
            if dateline.range_end and idx == furniture and _is_named_period(bare):
                info.title = bare.strip()  # "Caucasus Weekly Digest, 13-19 May 2024"
            info.spans.append((start, end))
            _commit_subtitle(info, pending_subtitle)
            pending_subtitle = None
            continue
        own = _own_line_dateline(bare) if prose_seen == 0 and info.published is None and not info.dateline else None
        if own is not None:  # "Baku, November 18, AZERTAC" on its own line: the lead sentence is the next paragraph
            lead = _SPACE_RUN.match(text, end).end()  # type: ignore[union-attr]
            _date_from_dateline(info, text, own, lead, today)
            info.spans.append((start, end))
            _commit_subtitle(info, pending_subtitle)
            pending_subtitle = None
            continue
        # a yearless date line ("Thursday, May 30"), not a Markdown heading (day headings of live blogs)
        stamp = bare == line and prose_seen == 0 and info.published is None and info.dateline is None
        stamp = stamp and _YEARLESS_STAMP.fullmatch(bare) is not None
        if stamp or is_timestamp_line(bare):
            if stamp:
                _yearless_stamp(info, text, bare, today)
            info.spans.append((start, end))
            continue
        if prose_seen == 0 and _take_byline(info, bare):
            info.spans.append((start, end))
            _commit_subtitle(info, pending_subtitle)
            pending_subtitle = None
            continue
        if idx == furniture and looks_like_headline(bare) and not is_person_name(bare):
            info.title = bare.strip()
            info.spans.append((start, end))
            continue
        if prose_seen == 0 and info.title is not None and idx == furniture + 1 and looks_like_headline(bare):
            pending_subtitle = (start, end, bare)
            continue
        if _is_prose(bare):
            if prose_seen == 0 and info.published is None:
                _lead_dateline(info, text, start, bare, today)
            prose_seen += 1
            if prose_seen >= 2:
                break
    return info


# --------------------------------------------------------------------------------------------
# Labelled dates inside the body head ("Issue 17 · Published Monday, 28 April 2025 · 6 min read")
# and closing lines ("Interview recorded on 3 October 2025")
# --------------------------------------------------------------------------------------------

#: Separators between the parts of a furniture line: "Issue 17/2025 · Published … · 6 min read".
_SEGMENTS = re.compile(r"\s+(?:[·•|]|--?|–|—)\s+|\s*[·•|]\s*")
_PUB_LABEL = re.compile(
    r"^(?:(?:this\s+|the\s+)?(?:page|article|story|post|entry|text|report|digest|content|site)\s+"
    r"(?:was\s+|has\s+been\s+|is\s+)?)?"
    r"(?:(?:first\s+|originally\s+)?published|posted|dated?|sent|issued|released|filed"
    r"|(?P<upd>(?:last\s+)?(?:updated|modified|edited|revised)))"
    # "Posted by Sam Hale on 3 July 2024": a name between the label and "on"
    r"(?:\s+by\s+(?P<by>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?=\s+(?:on|at)\b))?"
    r"(?:\s+(?:on|at))?\s*[:.\-–]?\s*",
    re.I,
)
#: What may precede the date of a labelled part: a weekday, or a clock time and zone ("Filed at 09:15 GMT, …").
_WEEKDAY_PREFIX = re.compile(
    rf"^\s*(?:{_WEEKDAY},?\s*|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?\s*)?(?:(?:utc|gmt|[A-Z]{{2,4}})"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\s*)?,?\s*)?$",
    re.I,
)
_BY_NAME = re.compile(r"^\W*by\s+(?P<name>[^,;|]+?)\W*$", re.I)


def _date_only(rest: str) -> DatelineMatch | None:
    """The date that ``rest`` consists of (weekday, time and zone allowed around it), or None."""
    dates = _find_dates(rest)
    if not dates or not _WEEKDAY_PREFIX.match(rest[: dates[0].start]):
        return None
    return dates[0]


#: An update note running on after a published date in the same part, without a separator.
_UPDATE_TAIL = re.compile(r"^(?:last\s+)?(?:updated|modified|edited)\b[^.!?]{0,40}$", re.I)


def parse_labelled_dateline(line: str) -> tuple[DatelineMatch, str | None] | None:
    """A labelled publication date in one part of a furniture line, and a byline name given with it.

    "**Issue 17/2025 · Published Monday, 28 April 2025 · 6 min read**", "Posted on 3 March 2024 by Jane
    Doe", "Posted by Jane Doe on 3 March 2024",
    "Sent: Tuesday, June 4, 2024 8:12 AM". The labelled part must hold nothing but the label, the
    date (weekday, time, zone) and an optional "by NAME"; prose that merely starts with "Posted" is no dateline.
    """
    s = line.strip().strip("*_").strip()
    if len(s) > 160:
        return None
    for part in _SEGMENTS.split(s):
        # "*— updated 12 May 2024*", "(Updated 4 April 2025)"
        part = part.strip().strip("*_").strip().lstrip("—–-").strip().strip("()[]*_").strip()
        label = _PUB_LABEL.match(part)
        if label is None or label.end() == 0:
            continue
        rest = part[label.end() :]
        found = _date_only(rest)
        if found is None:
            continue
        tail = rest[found.end :]
        for rx in (TIME, _TZ):
            tail = rx.sub(" ", tail)
        tail = re.sub(r"[+-]\d{4}\b|\b(?:[ap]\.?m\.?)", " ", tail, flags=re.I).strip(" ,;()")
        author = label["by"] if label["by"] and is_person_name(label["by"], min_words=1) else None
        if tail and label["upd"] is None and _UPDATE_TAIL.match(tail):
            tail = ""  # "Published July 3, 2024 Updated about 5 hours ago": the published date stands
        if tail:
            by = _BY_NAME.match(tail)
            if by is None or not is_person_name(by["name"], min_words=1):
                continue
            author = by["name"].strip()
        updated = label["upd"] is not None
        return DatelineMatch(found.date, found.precision, 0, len(line), updated=updated), author
    return None


#: E-mail header lines: "Subject:" (with "Re:"/"Fwd:" prefixes) and the address lines around it.
_SUBJECT = re.compile(r"^\W*subject\s*:\s*(?:(?:re|fwd?|aw|wg)\s*:\s*)*", re.I)
_MAIL_FROM = re.compile(r"^\W*from\s*:\s*(?P<name>[^<>@\n]{2,60}?)\s*<[^<>@\s]+@[^<>\s]+>\s*$", re.I)
_MAIL_HEADER = re.compile(r"^\W*(?:from|to|cc|bcc|reply-to|sender)\s*:\s*\S", re.I)
#: "<Newsletter name>, 28 March 2025": a short name, a comma, a date.
_NAME_COMMA_DATE = re.compile(r"^(?P<name>[^,;:]{2,60}?),\s+(?P<date>.+)$")
#: A segment naming a publication series with its number: "Policy Report No. 14", "Working Paper 7/2024".
_SERIES = re.compile(
    r"\b(?:report|paper|brief|briefing|issue|edition|bulletin|series|note|study|volume|vol\.|no\.|number|newsletter"
    r"|digest|commentary|analysis)\s*(?:no\.?\s*|number\s+|#\s*)?\d{1,4}(?:\s*/\s*\d{2,4})?\b",
    re.I,
)
_TAG_WORDS = 12


def _only_date(segment: str) -> DatelineMatch | None:
    """The date a segment consists of (weekday before, time and zone after allowed), or None."""
    seg = segment.strip().strip("*_").strip()
    found = _date_only(seg)
    if found is None:
        return None
    tail = seg[found.end :]
    for rx in (TIME, _TZ):
        tail = rx.sub(" ", tail)
    return found if not tail.strip(" ,;()") else None


def parse_subject_dateline(line: str) -> DatelineMatch | None:
    """The issue date in an e-mail subject line, or None.

    "Subject: South Caucasus Letter, 28 March 2025 | Votes and vetoes", "Subject: Weekly brief — 3 Feb 2024": one
    part of the subject is a date alone, or a short name followed by a comma and a date. A date inside the
    headline ("Subject: Talks to resume on 3 May 2024") is not an issue date. The match is weak: a "Date:" or
    "Sent:" header, or any plain dateline, beats it.
    """
    m = _SUBJECT.match(line.strip())
    if m is None:
        return None
    for part in _SEGMENTS.split(line.strip()[m.end() :]):
        found = _only_date(part)
        if found is None:
            named = _NAME_COMMA_DATE.match(part.strip())
            if named is None or len(named["name"].split()) > 6 or not named["name"][:1].isupper():
                continue
            found = _only_date(named["date"])
        if found is not None:
            return DatelineMatch(found.date, found.precision, 0, len(line), range_end=True)
    return None


def subject_title(line: str) -> str | None:
    """The text of an e-mail "Subject:" line, or None when the line is not one."""
    m = _SUBJECT.match(line.strip())
    rest = line.strip()[m.end() :].strip() if m else ""
    return rest or None


def is_mail_header(line: str) -> bool:
    """An e-mail address header line ("From: …", "To: …", "Cc: …")."""
    return _MAIL_HEADER.match(line) is not None


#: The furniture around an e-mail newsletter or a blog post (Substack, Mailchimp, Ghost, WordPress …): "View this
#: email in your browser", "Thanks for reading X! Subscribe for free …", "You are receiving this email because …",
#: "Unsubscribe", "Update your preferences", "Our mailing address is:", "Forward to a friend", "Leave a comment",
#: "Upgrade to paid", "This post is public so feel free to share it", a feed's "The post X appeared first on Y.".
_MAILING = re.compile(
    r"\b(?:view|read|open|see)\s+(?:this\s+(?:e-?mail|newsletter|message|post|issue|edition)\s+|it\s+"
    r"|the\s+(?:web|online)\s+version\s+)?(?:in|on)\s+(?:your\s+|a\s+|the\s+)?(?:web\s+)?browser\b"
    r"|\b(?:having\s+)?trouble\s+viewing\s+this\b|\bthanks?\s+(?:you\s+)?for\s+reading\b"
    r"|\bsubscribe\s+(?:for\s+free|now|today|here|to\s+(?:receive|get|support))\b"
    r"|\b(?:become|upgrade\s+to)\s+(?:a\s+)?paid\b|\bunsubscribe\b"
    r"|\b(?:update|manage|change)\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|subscriptions?)\b"
    r"|\byou\s+(?:are|were)\s+receiving\s+this\b|\byou\s+received\s+this\s+(?:e-?mail|message|newsletter)\b"
    r"|\breceive\s+these\s+e-?mails\b|\bmailing\s+address\s+is\b"
    r"|\bforward\s+(?:this\s+(?:e-?mail|newsletter)|to\s+a\s+friend)\b|\b(?:e-?mail|newsletter)\s+(?:was\s+)?forwarded\b"
    r"|\bwas\s+this\s+(?:e-?mail|newsletter)\s+forwarded\b|\bleave\s+a\s+comment\b|\bfeel\s+free\s+to\s+share\b"
    r"|\bgive\s+a\s+gift\s+subscription\b|\badd\s+us\s+to\s+your\s+address\s+book\b"
    r"|\bsign\s+up\s+(?:here\s+)?(?:for|to)\s+(?:our|the|this)\s+(?:[\w-]+\s+){0,2}newsletter\b"
    r"|\bwherever\s+you\s+(?:get|listen\s+to|find)\s+(?:your\s+)?podcasts\b"
    r"|^the\s+(?:post|article|entry)\s.{1,200}\s(?:appeared|was\s+published)\s+first\s+on\b",
    re.I,
)


def is_mailing_furniture(line: str) -> bool:
    """A line of the furniture around an e-mail newsletter or blog post (see ``_MAILING``), at most 40 words."""
    s = line.strip()
    return len(s.split()) <= 40 and _MAILING.search(s) is not None


_READING_TIME = re.compile(r"^\d{1,3}\s*min(?:ute)?s?(?:\s+read)?$|^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$", re.I)


def _is_byline_part(part: str) -> bool:
    """A byline part of a furniture line: "By Jane Doe", "Jane Doe", "Jane Doe, Senior Correspondent"."""
    m = _BYLINE.match(part)
    if m is not None:
        return _split_names(m["rest"])[0] is not None or _STAFF.match(m["rest"].strip()) is not None
    name, _, role = part.partition(",")
    return is_person_name(name.strip()) and len(role.split()) <= 4 and not _SENTENCE_FINAL.search(role)


def _is_short_tag(part: str) -> bool:
    """A reading time, a clock time or a section tag of at most three words ("5 min read", "Energy")."""
    return bool(_READING_TIME.match(part)) or (len(part.split()) <= 3 and not _SENTENCE_FINAL.search(part))


#: A labelled credit or counter field of a furniture line: "Source: Xinhua", "Editor: Li Wei", "Views: 1342".
_CREDIT_FIELD = re.compile(
    r"^(?:source|editor|editors|author|authors|reporter|correspondent|photo|photos|agency|section|category"
    r"|rubric|tags?|views|translated\s+by|text|credit)\s*:\s*\S[^:]{0,50}$",
    re.I,
)


#: A column gap of a PDF running header ("TRADE REVIEW      September 2025 | Issue 9"): a part separator.
_COLUMN_GAP = re.compile(r"[ \t]{3,}")
#: A date in closing parentheses of an issue line: "Vol. 12, No. 3 (March 2026)".
_PARENTHESISED_DATE = re.compile(r"\s*\((?P<date>[^()]{4,30})\)\s*$")


def parse_furniture_dateline(line: str) -> DatelineMatch | None:
    """The date of a head line made of a date and a short tag or a report series, or None.

    * a weekday date and a short tag: "*Tuesday, 17 June 2025 — our newsroom's running digest*", "Monday 3 March
      2025 | Live" (a weekday is required: a bare "3 March 2025 — Talks open" is a chronology entry);
    * a report cover or issue line: "Policy Report No. 14 | March 2025", "Working Paper 7/2024 — November 2024"
      (month or day), a PDF running header whose parts stand in columns ("TRADE REVIEW      September 2025 |
      Issue 9"), a volume line with the date in parentheses ("Vol. 12, No. 3 (March 2026)");
    * a byline with a date: "By Jane Doe, Staff Reporter | 30 May 2024", "Jane Doe · May 30, 2024 · 5 min read";
    * labelled credit fields around a date (state agencies): "Source: Xinhua | 2024-07-03 21:04:15 | Editor: Li
      Wei", "12 May 2024 17:45 | Views: 1342".

    Exactly one part of the line is a date alone; the other parts hold no other date and read as a tag (at most
    :data:`_TAG_WORDS` words, no sentence) or name a numbered series.
    """
    s = _PARENTHESISED_DATE.sub(r" | \g<date>", line.strip().strip("*_").strip())
    if len(s) > 160:
        return None
    parts = [p.strip().strip("*_").strip() for seg in _SEGMENTS.split(s) for p in _COLUMN_GAP.split(seg)]
    parts = [p for p in parts if p]
    dated = [(i, d) for i, p in enumerate(parts) if (d := _only_date(p)) is not None]
    if not dated:
        return parse_issue_line(s)
    if len(dated) != 1 or len(parts) < 2:
        return None
    idx, found = dated[0]
    others = [p for i, p in enumerate(parts) if i != idx]
    if any(_find_dates(p) for p in others):
        return None
    if any(_SERIES.search(p) for p in others):
        return DatelineMatch(found.date, found.precision, 0, len(line))
    if any(_is_byline_part(p) for p in others) and all(_is_byline_part(p) or _is_short_tag(p) for p in others):
        return DatelineMatch(found.date, found.precision, 0, len(line))
    if all(_CREDIT_FIELD.match(p) and not _SENTENCE_FINAL.search(p) for p in others):
        return DatelineMatch(found.date, found.precision, 0, len(line))  # "Source: Xinhua | 2024-07-03 | Editor: X"
    weekday = _WEEKDAY_RE.match(parts[idx]) is not None
    words = sum(len(p.split()) for p in others)
    if (
        weekday
        and found.precision == "day"
        and words <= _TAG_WORDS
        and not any(_SENTENCE_FINAL.search(p) for p in others)
    ):
        return DatelineMatch(found.date, found.precision, 0, len(line))
    return None


#: The date closing a journal or report issue line after a comma or a column gap: "…, No. 1, April 2013",
#: "… Studies, Spring 2019", "No. 3 (45), 2021".
_ISSUE_TAIL = re.compile(
    rf"(?:,|[ \t]{{3,}}|\s[|·•—–]\s?)\s*(?:(?P<season>spring|summer|autumn|fall|winter)\s+|(?P<mon>{_MONTH})\.?\s+)?"
    r"(?P<y>(?:19|20)\d\d)\s*$",
    re.I,
)
#: A periodical's name in an issue line: "Journal of …", "… Review", "… Quarterly".
_JOURNAL_NAME = re.compile(r"\b(?:journal|review|quarterly|bulletin|yearbook|annals|proceedings|magazine)\b", re.I)
#: The first month of a season in an issue line (northern-hemisphere seasons, as the gold and EDTF codes count).
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def parse_issue_line(line: str) -> DatelineMatch | None:
    """The date of a journal or report issue line, or None: "Baku Journal of …   Vol. 4, No. 1, April 2013" (month),
    "Journal of Eurasian Studies, Spring 2019" (season), "No. 3 (45), 2021" (year).

    The part before the date must number an issue (:data:`_SERIES`: "Vol. 4", "No. 3", "Policy Brief No. 12") or
    name a periodical ("Journal of …", "… Review") and hold no other date and no sentence; a bare year needs the
    issue number ("Central Asia Review, 2021" alone is a title with a year).
    """
    s = line.strip().strip("*_#").strip()
    m = _ISSUE_TAIL.search(s)
    if m is None or len(s) > 160:
        return None
    head = s[: m.start()].strip()
    if not head or _find_dates(head) or _SENTENCE_FINAL.search(head) or len(head.split()) > 16:
        return None
    numbered = _SERIES.search(head) is not None
    if not numbered and (_JOURNAL_NAME.search(head) is None or not (m["mon"] or m["season"])):
        return None
    year = int(m["y"])
    if m["mon"]:
        return DatelineMatch(dt.date(year, _month(m["mon"]), 1), "month", 0, len(line))
    if m["season"]:
        return DatelineMatch(dt.date(year, _SEASON_MONTH[m["season"].lower()], 1), "season", 0, len(line))
    return DatelineMatch(dt.date(year, 1, 1), "year", 0, len(line))


#: A closing line dating an interview or the text itself: "Interview recorded on 3 October 2025.",
#: "This interview was conducted on 12 May 2024 in Baku.", "(The conversation took place in March 2024.)".
_TRAILER = re.compile(
    r"(?:\b(?:interview|conversation|discussion|podcast|q\s*&\s*a|exchange|(?:this\s+)?(?:article|text|piece|report"
    r"|essay|commentary|analysis|column|op-ed|version))\b[^.\n]{0,40}?\b(?:was\s+|were\s+|has\s+been\s+)?|^)(?:recorded"
    r"|conducted|held|took\s+place|written|filed|completed|carried\s+out|(?:first\s+|originally\s+)?published"
    r"|(?:first\s+|originally\s+)appeared"
    # a magazine's print issue: "This article appeared in the print edition of 6 July 2024", "A version of this
    # article appears in print on July 3, 2024"
    r"|appear(?:s|ed)\s+in\s+(?:the\s+)?print(?:\s+edition)?(?:\s+(?:of|dated))?)\s+"
    # the medium or the first outlet before the date: "by email", "in The Diplomat", "by Eurasianet"
    r"(?:(?:by|via|over)\s+(?:e-?mail|phone|telephone|video(?:\s+link)?|zoom)\s+"
    rf"|(?:in|by|on)\s+(?!(?:{_MONTH}|{_WEEKDAY})\b)(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,3}}\s+)?"
    r"(?:on\s+|in\s+)?",
    re.I,
)
#: What may follow the date of a closing line: a place or medium, nothing that reads on as a sentence.
_TRAILER_TAIL = re.compile(r"\s*(?:,?\s*(?:in|at|via|by|over|on)\s+[\w'’ -]{1,40}?)?\s*[.)*_\]]*\s*")
TRAILER_LINES = 4


@dataclass(frozen=True, slots=True)
class TrailerDate:
    """A date stated by a closing line of the text."""

    date: dt.date
    precision: Precision
    line: str
    start: int
    end: int


#: The end of the sentence that holds the date of a closing line, before a short editorial sentence.
_TRAILER_NEXT = re.compile(r"(?<=[.)])\s+(?=[A-Z\"“(*_])")
_EDITORIAL_WORDS = 16


def _trailer_tail_ok(tail: str) -> bool:
    """What follows the date: a place or medium, then at most two short editorial sentences without a date.

    "… on 3 October 2025 in Beijing. It has been edited for length and clarity." is a closing line; a tail that
    reads on ("… in Baku, where the minister said …") or holds another number is not.
    """
    tail = TIME.sub(" ", tail)
    if _TRAILER_TAIL.fullmatch(tail):
        return True
    parts = _TRAILER_NEXT.split(tail, maxsplit=1)
    if len(parts) != 2 or not _TRAILER_TAIL.fullmatch(parts[0]):
        return False
    more = [x for x in re.split(r"(?<=[.!?])\s+", parts[1].strip()) if x]
    return 0 < len(more) <= 2 and all(
        len(x.split()) <= _EDITORIAL_WORDS and not _DIGIT.search(x) and _SENTENCE_FINAL.search(x.strip("*_)]"))
        for x in more
    )


def find_trailer_date(text: str) -> TrailerDate | None:
    """The date of a closing line such as "Interview recorded on 3 October 2025" or a closing credit ("Interview by
    NAME, PLACE, DATE.", "Text and photos: NAME, DATE": :func:`credit_sentence_date`) (last lines only).

    The dated sentence may be followed, on the same line, by a short editorial sentence ("It has been edited for
    length and clarity.").
    """
    lines = list(_LINE.finditer(text))[-TRAILER_LINES:]
    for m in reversed(lines):
        line = m.group(0).strip()
        if len(line.split()) > 45:
            continue
        bare = line.strip("*_()[] ")
        found = credit_sentence_date(bare)  # "Interview by NAME, PLACE, DATE." closing the text
        t = _TRAILER.search(bare) if found is None else None
        if found is None and (t is None or t.start() > 12):
            continue
        if t is not None:
            rest = bare[t.end() :]
            found = _date_only(rest)
            if found is None or not _trailer_tail_ok(rest[found.end :]):
                continue
        assert found is not None
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        return TrailerDate(found.date, found.precision, line, m.start() + lead, m.start() + lead + len(line))
    return None


#: A numbered or bulleted list item (reference lists, footnotes): never a footer date.
_LIST_ITEM = re.compile(r"^\s*(?:\[?\d{1,3}[.)\]]|\^|[-*•]\s|\d{1,3}\s+[A-Z\"“])")


@dataclass(frozen=True, slots=True)
class FooterDate(TrailerDate):
    """A labelled date on one of the last lines ("This page was last edited on 5 November 2026")."""

    updated: bool = False


def find_footer_date(text: str) -> FooterDate | None:
    """The labelled publication or update date of a footer line among the last :data:`TRAILER_LINES`, or None.

    "*This page was last edited on 5 November 2026.*", "Page updated 2 June 2025", "Last updated: 12 May 2024",
    "Published 3 March 2024 · 4 min read". The line must be the label and the date alone (a byline or a short tag
    as separate parts allowed, :func:`parse_labelled_dateline`); reference and citation lines ("Retrieved 20
    February 2024", "Accessed …", "© 2024"), list items (footnotes, references) and dates inside sentences are
    never taken. The nearest such line to the end wins.
    """
    lines = list(_LINE.finditer(text))[-TRAILER_LINES:]
    for m in reversed(lines):
        line = m.group(0).strip()
        if _LIST_ITEM.match(line) or len(line) > 160:
            continue
        bare = line.strip("*_()[] ").rstrip(".").strip("*_ ")
        found = parse_labelled_dateline(bare)
        if found is None:
            continue
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        start = m.start() + lead
        return FooterDate(found[0].date, found[0].precision, line, start, start + len(line), found[0].updated)
    return None


#: A sign-off line: an optional place or credit and a comma before the date ("Baku, 3 July 2024", "Done at Astana,
#: 12 May 2024", "Source: Ministry of Foreign Affairs, 3 July 2024", "Press service of the President, 3 July 2024").
_SIGNOFF_PLACE = re.compile(
    r"^(?:(?i:source|via|credit)\s*:\s*)?(?:(?i:done|signed|issued)\s+(?:at|in)\s+)?(?P<name>[^,;:.!?]{2,60}),\s+"
)
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "on", "at", "in", "de", "du", "&"})


def _is_credit_name(name: str) -> bool:
    """A place or organisation name of at most six words ("Baku", "Ministry of Foreign Affairs", "Press service of
    the President"): first and last words capitalised, at most one other lower-case word besides function words."""
    words = name.split()
    if not 0 < len(words) <= 6 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    common = [w for w in words if not w[:1].isupper() and w.lower() not in _NAME_FUNCTION_WORDS]
    return len(common) <= 1


def find_signoff_date(text: str) -> FooterDate | None:
    """The date of a sign-off line closing the text ("3 July 2024", "Baku, 3 July 2024, 17:45"), or None.

    Only the very last line counts, after at least one line of prose, and it must be a date alone (weekday, time
    and zone allowed), after an optional place. Weakest source: used only when nothing else dates the article.
    """
    lines = list(_LINE.finditer(text))
    if len(lines) < 2 or not any(_is_prose(x.group(0).strip()) for x in lines[:-1]):
        return None  # a sign-off closes an article body, not a page of navigation
    m = lines[-1]
    line = m.group(0).strip()
    bare = line.strip("*_()[] ").rstrip(".").strip("*_ ")
    if len(bare) > 80:
        return None
    found = _only_date(bare)
    if found is None:
        place = _SIGNOFF_PLACE.match(bare)
        if place is None or not _is_credit_name(place["name"]):
            return None
        found = _only_date(bare[place.end() :])
    if found is None or found.precision != "day":
        return None
    lead = len(m.group(0)) - len(m.group(0).lstrip())
    start = m.start() + lead
    return FooterDate(found.date, found.precision, line, start, start + len(line))


# --------------------------------------------------------------------------------------------
# Header-zone fallback and dates in file names / URLs (weakest sources, below every rule above)
# --------------------------------------------------------------------------------------------

#: Labels that make the date after them the publication date (rank 0) or an update date (rank 2).
_ZONE_PUB_LABEL = re.compile(
    r"(?:(?:first|originally)\s+)?(?:published|posted|released|issued|aired|broadcast|recorded|filed|dated|sent"
    r"|release\s+date|publication\s+date|date\s+of\s+(?:publication|issue|release))",
    re.I,
)
_ZONE_UPD_LABEL = re.compile(r"(?:last\s+)?(?:updated|modified|edited|revised)", re.I)
#: Credit verbs may stand before "by": "Compiled by A and B", "Prepared by the research desk", "Edited by …".
_CREDIT_VERB = (
    r"(?:(?:written|compiled|prepared|edited|reported|produced|researched|curated|assembled|translated|updated)"
    r"\s+)?"
)
#: What may stand before the date in its part of a metadata line: "NAME, " then a label, "on", "at", ":", a weekday.
_ZONE_PREFIX = re.compile(
    r"^(?:(?P<name>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,4}),\s*"
    rf"|(?P<credit>{_CREDIT_VERB}by\s+[^,;:.!?]{{2,60}}?),\s*)?"
    rf"(?:(?P<label>{_ZONE_PUB_LABEL.pattern}|(?P<upd>{_ZONE_UPD_LABEL.pattern})|date)\b\s*(?:(?:on|at)\b)?\s*[:\-–]?\s*)?"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:(?:utc|gmt|[A-Z]{2,4})\s*)?,?\s*)?"
    rf"(?:{_WEEKDAY},?\s*)?$",
    re.I,
)
#: Text inside quotation marks (a document title: the "Joint Declaration of 9 May 2024") is left out.
_ZONE_QUOTED = re.compile(r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|«[^»\n]{1,200}»|‘[^’\n]{1,200}’")
_ZONE_SEGMENTS = re.compile(r"\s+(?:[·•|/]|--?|–|—)\s+|\s*[·•|()\[\]]\s*")
_ZONE_TAG_WORDS = 6
#: A byline naming no person: "By our Caucasus correspondent", "By a staff writer".
_ZONE_BYLINE = re.compile(rf"^(?:{_CREDIT_VERB}by|from)\s+\S.{{0,60}}$", re.I)
#: Occasions a headline may name with their date: the text is the record of that occasion or issue.
_OCCASION = re.compile(
    r"\b(?:(?:press|news|media)\s+(?:conference|briefing)s?|briefings?|remarks|readouts?|transcripts?|statements?"
    r"|digests?|bulletins?|newsletters?|round-?ups?|updates?|editions?|issues?|episodes?|reviews?|minutes|addresses"
    r"|speech|interviews?|summary|wrap|brief|letter|dispatch|report)\b",
    re.I,
)
#: Periodicals: a month-precision date may close their headline ("Monthly review, March 2025").
_PERIODICAL = re.compile(
    r"\b(?:digest|bulletin|newsletter|round-?up|update|edition|issue|review|brief|letter|report|monitor|outlook)s?\b",
    re.I,
)
#: How a closing date joins the rest of a headline: "… on January 20, 2026", "…, 3 March 2025", "… — 9 May 2024".
_OCCASION_JOIN = re.compile(rf"(?:\s+(?:on|of|for|dated)|\s*[,:—–-]|)\s+(?:{_WEEKDAY},?\s+)?$", re.I)
#: Lower-case words a headline naming an occasion may hold (function words, periodicity, possessives).
_OCCASION_WORDS = frozenset(
    {
        "the", "of", "a", "an", "by", "at", "with", "and", "for", "on", "in", "to", "from", "your", "our", "his",
        "her", "its", "their", "daily", "weekly", "monthly", "regular", "special", "joint", "morning", "evening",
        "news", "press", "media", "final", "full", "latest", "text", "&"
    }
)  # fmt: skip
#: A headline opening with a gerund or a preposition looks back at an occasion ("Remembering …", "After …").
_RETROSPECTIVE_HEAD = re.compile(
    r"^\W*(?:[A-Za-z]+ing\s+(?i:the|a|an|this|that|his|her|their|our|its)\b|(?i:after|before|since|until|inside"
    r"|behind|beyond)\b)"
)
#: The first sentence of a standfirst or show notes dating the text itself: "Show notes: Episode released 11
#: February 2025.", "This episode was recorded on 2 October 2024.", "Programme broadcast on 21 January 2025."
_SELF_DATED = re.compile(
    r"^(?:(?:show\s+notes|episode\s+notes|programme\s+notes|about\s+this\s+(?:episode|edition)|standfirst|summary)"
    r"\s*[:\-–—]\s*)?"
    r"(?:(?:(?:this|the|today['’]s)\s+)?(?:episode|edition|issue|podcast|programme|program|show|broadcast|interview"
    r"|conversation|transcript|recording|briefing|newsletter|digest|bulletin)(?:\s+(?:no\.?\s*|#)?\d{1,4})?\s+"
    # the text naming itself: "This article was first published on …" (not "The report was published …")
    r"|this\s+(?:article|story|piece|post|report|analysis|commentary|essay|column|page|text)\s+)?"
    r"(?:was\s+|is\s+|were\s+)?(?:first\s+|originally\s+)?"
    r"(?:released|published|aired|recorded|posted|issued|broadcast|taped|filed)\s+(?:on\s+)?",
    re.I,
)
_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s+[A-Z\"“]|\s*$)")


@dataclass(frozen=True, slots=True)
class ZoneDate:
    """A publication date found by the header-zone fallback, with the line that gave it."""

    date: dt.date
    precision: Precision
    line: str
    start: int
    end: int
    #: "metadata line", "occasion headline" or "first sentence".
    kind: str
    #: 0 = labelled as published/posted/released …, 1 = unlabelled, 2 = labelled as updated/edited.
    rank: int


def _zone_part_date(part: str) -> tuple[DatelineMatch, int] | None:
    """The date of one part of a metadata line (label, weekday, time and zone around it allowed) and its rank."""
    found = _find_dates(part)
    if len(found) != 1:
        return None
    d = found[0]
    prefix = _ZONE_PREFIX.match(part[: d.start])
    if prefix is None:
        return None
    tail = part[d.end :]
    for rx in (TIME, _TZ):
        tail = rx.sub(" ", tail)
    tail = re.sub(r"\b(?:[ap]\.?m\.?|at|local\s+time)\b|[+-]\d{4}\b", " ", tail, flags=re.I).strip(" ,;:.")
    if tail and not _BY_NAME.match(tail):
        return None
    if d.precision != "day" and not prefix["label"]:
        return None  # "March 2025" alone in a part is not a publication date; "Published: March 2025" is
    rank = 2 if prefix["upd"] else 0 if prefix["label"] else 1
    return d, rank


def _is_zone_tag(part: str) -> bool:
    """A short non-sentence part of a metadata line: an outlet, a section, a byline, a reading time, a zone."""
    words = part.split()
    return (
        0 < len(words) <= _ZONE_TAG_WORDS + 3 * bool(_ZONE_BYLINE.match(part))
        and not _SENTENCE_FINAL.search(part)
        and not _find_dates(part)
    )


def _is_outlet_like(part: str) -> bool:
    """An outlet or programme name: every word capitalised (function words aside) or in capitals."""
    words = [w for w in part.split() if w.lower() not in _NAME_FUNCTION_WORDS]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def zone_metadata_line(line: str) -> tuple[DatelineMatch, int] | None:
    """The date of a metadata-like header line, and its rank, or None.

    The line is split at separators (``· | — / ( )``); the dated parts hold a date with at most a label
    (published/posted/updated/released/issued/aired/recorded/filed/date), a clock time, a zone or "by NAME"; every
    other part is a short tag (outlet, section, byline, "Beijing time"). Without a label, the line needs another
    metadata signal: a clock time, a byline, or an outlet-like part. Several dated parts: the one labelled as
    published wins over one labelled as updated ("Updated 5 March 2025 (first published 3 March 2025)"); several
    unlabelled or equally labelled different dates leave the line undecided.
    """
    s = _ZONE_QUOTED.sub(" ", line.strip().strip("*_").strip())
    if len(s) > 160 or _NOT_PUBLICATION.search(s):
        return None
    parts = [p.strip().strip("*_").strip() for p in _ZONE_SEGMENTS.split(s)]
    parts = [p for p in parts if p]
    dated: list[tuple[DatelineMatch, int]] = []
    others: list[str] = []
    for part in parts:
        got = _zone_part_date(part)
        if got is not None:
            dated.append(got)
        elif _is_zone_tag(part):
            others.append(part)
        else:
            return None
    if not dated:
        return None
    best = min(r for _, r in dated)
    chosen = {d.date: (d, r) for d, r in dated if r == best}
    if len(chosen) != 1:
        return None
    found, rank = next(iter(chosen.values()))
    if rank == 1:
        signal = TIME.search(s) or _TZ.search(s)
        signal = signal or any(_ZONE_BYLINE.match(p) or _is_byline_part(p) or _is_outlet_like(p) for p in others)
        signal = signal or any(_ZONE_BYLINE.match(p) for p in parts)  # "Prepared by the X desk, 3 May 2025"
        if not signal:
            return None
    return found, rank


def zone_occasion_headline(line: str) -> DatelineMatch | None:
    """The date closing a headline that names a dated occasion or issue, or None.

    "Foreign Ministry Spokesperson's Regular Press Conference on January 20, 2026", "Daily briefing, 3 March
    2025", "Readout of the Minister's Call — 9 May 2024": the date ends the line, after "on/of/for/dated", a comma,
    a colon or a dash, and the line names an occasion (briefing, press conference, remarks, readout, digest,
    episode …); besides capitalised words it holds only function words and periodicity words ("daily", "your").
    A month-precision date needs a periodical ("Monthly review, March 2025"). A headline opening with a gerund or
    a preposition ("Remembering the press conference of …") looks back, and a quoted title is left out.
    """
    s = _MD_HEADING.sub("", line.strip()).strip("*_ ").rstrip(".")
    if _ZONE_QUOTED.search(s) or _RETROSPECTIVE_HEAD.match(s) or _NOT_PUBLICATION.search(s):
        return None
    found = _find_dates(s)
    if not found or found[-1].end != len(s) or len(found) != 1:
        return None
    d = found[0]
    head = s[: d.start]
    join = _OCCASION_JOIN.search(head)
    if join is None or join.start() == 0:
        return None
    set_off = bool(re.search(r"[,:—–-]|dated", join.group(0)))
    head = head[: join.start()]
    noun = _OCCASION.search(head)
    if noun is None or (d.precision != "day" and not _PERIODICAL.search(head)):
        return None
    content = [
        w.start()
        for w in re.finditer(r"\S+", head)
        if (x := w.group(0).strip(":,'’\"()"))
        and not (x[:1].isupper() or x[:1].isdigit())
        and x.lower() not in _OCCASION_WORDS
        and not _OCCASION.fullmatch(x)
    ]
    # other lower-case words only after the occasion that heads the line, with the date set off by punctuation:
    # "Statement by the High Representative on the elections in Moldova, 28 October 2024"
    if content and not (set_off and noun.start() < content[0]):
        return None
    return d


def _self_dated_sentence(paragraph: str) -> DatelineMatch | None:
    """The date of a first sentence that dates the text itself ("Show notes: Episode released 11 February 2025.")."""
    m = _FIRST_SENTENCE.match(paragraph.strip())
    sentence = (m.group(0) if m else paragraph.strip()).strip("*_ ")
    label = _SELF_DATED.match(sentence)
    if label is None:
        return None
    found = _date_only(sentence[label.end() :])
    if found is None:
        return None
    tail = TIME.sub(" ", sentence[label.end() + found.end :])
    return found if _TRAILER_TAIL.fullmatch(tail) else None


#: A sentence of a standfirst or intro paragraph stating when the text was last brought up to date: "Last updated:
#: 15 September 2025.", "Updated on 3 May 2025.", "This timeline was last revised on 2 June 2024.", "Figures correct as
#: of 1 March 2025.", "As of 12 July 2024." Group ``upd`` marks an update label (rank 2); "as of" is an update too.
_STATUS_SENTENCE = re.compile(
    r"^(?:(?:this|the)\s+(?:article|story|page|list|timeline|chronology|document|overview|guide|report|text|explainer"
    r"|briefing|fact\s*sheet|profile|database|tracker)\s+(?:was|is|has\s+been)\s+)?"
    r"(?:(?P<upd>(?:last\s+)?(?:updated|revised|edited|modified|reviewed|checked))\s*(?:on|:|-|–)?"
    r"|(?:(?:information|figures|data|details|numbers|facts|all\s+figures)\s+(?:are\s+|is\s+)?)?"
    r"(?:(?:correct|accurate|current|valid)\s+)?as\s+(?:of|at)\b:?)\s*",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.!?])['\"”’»)\]*_]*\s+(?=[A-Z\"“(*_])")


def _status_sentence_date(paragraph: str) -> DatelineMatch | None:
    """The date of a sentence of a prose head paragraph that says when the text was last brought up to date.

    Every sentence is looked at (the note usually closes an italic standfirst: "… corrections welcome. Last
    updated: 15 September 2025."); the sentence must consist of the label and the date (weekday and time allowed),
    so an event told in the paragraph ("The list of projects was updated on 3 May 2025 to add …") never counts.
    """
    for sentence in _SENTENCES.split(paragraph.strip()):
        sentence = sentence.strip().strip("*_ ").strip()
        label = _STATUS_SENTENCE.match(sentence)
        if label is None:
            continue
        rest = sentence[label.end() :]
        found = _date_only(rest)
        if found is None:
            continue
        tail = _TZ.sub(" ", TIME.sub(" ", rest[found.end :]))
        tail = re.sub(r"\b(?:[ap]\.?m\.?|at|local\s+time)\b|[+-]\d{4}\b", " ", tail, flags=re.I)
        if not tail.strip(" .,;:*_()"):
            return found
    return None


_LEADING_DATE = re.compile(r"^\W*(?:\d|(?:" + _MONTH + r")\b)", re.I)
_SPACE_RUN = re.compile(r"\s*")

#: A credit closing a standfirst or standing under a feature, with the date of the work: "Interview by Chen Li,
#: Geneva, 4 September 2025.", "Text and photos: Anna Berg, 12 March 2026", "Interviewed by Omar Said in Cairo on 2
#: May 2025.", "Words and pictures by Tom Hale, Almaty, 3 June 2024". A credit without a date ("Reporting by X in Y;
#: editing by Z") gives nothing.
_CREDIT_SENTENCE = re.compile(
    r"^(?i:(?:interview(?:ed)?|conversation|text|words|reporting|report|story"
    r"|(?:written|compiled|reported|conducted|recorded)(?=\s+by\b))"
    r"(?:\s+(?:and|&)\s+(?:photos?|photographs|pictures|images|text|words|editing|translation))?"
    r"(?:\s+conducted)?\s*(?:\bby\b|:)\s*)"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|el|bin|and|&)){0,5})"
    r"(?:,\s*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})|\s+in\s+(?P<place2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?"
    r"(?:,\s*|\s+on\s+|\s*[·|—–]\s*)",
)


def credit_sentence_date(sentence: str) -> DatelineMatch | None:
    """The date of a credit line or sentence ("Interview by NAME, PLACE, DATE."), or None (see _CREDIT_SENTENCE)."""
    s = sentence.strip().strip("*_ ").strip()
    m = _CREDIT_SENTENCE.match(s)
    if m is None:
        return None
    found = _only_date(s[m.end() :].rstrip(". "))
    return found if found is not None and found.precision == "day" else None


def _credit_paragraph_date(paragraph: str) -> DatelineMatch | None:
    """The date of a credit sentence anywhere in a standfirst paragraph (it usually closes it), or None."""
    dates = {d.date: d for sentence in _SENTENCES.split(paragraph.strip()) if (d := credit_sentence_date(sentence))}
    return next(iter(dates.values())) if len(dates) == 1 else None


def find_header_zone_date(
    text: str, *, is_boilerplate: Callable[[str], bool] | None = None, today: dt.date | None = None
) -> ZoneDate | None:
    """A publication date standing in the header zone, when no format rule found one (a general fallback).

    The header zone is the title and the short non-prose lines before the first body paragraph (at most
    :data:`HEADER_LINES` lines, up to a navigation line), plus the first sentence of that paragraph. A date
    there dates the article when its line is metadata-like (:func:`zone_metadata_line`: a date next to labels,
    bylines, outlet names, separators, times and zones), when the headline names a dated occasion
    (:func:`zone_occasion_headline`), or when the first sentence of show notes or a standfirst dates the text
    itself ("Episode released 11 February 2025."). A date labelled as published beats an unlabelled one, which
    beats an update date; among equals the first line wins. Never taken: a date in a prose sentence otherwise
    ("On 2 April 1992 the two states …"), a year alone ("The 1994 visit …"), a citation or copyright line, a date
    in quotation marks, a list of dated lines (a chronology), a date after ``today`` (the ingestion day) or one
    the text itself tells in the future tense ("The briefing will be held on 6 May 2025"), and a date before an
    exact date the text tells in the past (the text cannot be older than what it reports).
    """
    lines = _header_lines(text, HEADER_LINES)
    convention = slashed_date_convention(text)
    found: list[ZoneDate] = []
    dated_lines = 0
    for idx, (start, end, line) in enumerate(lines):
        if is_mailing_furniture(line):
            continue  # "View this email in your browser": neither metadata nor prose
        if is_boilerplate is not None and is_boilerplate(line):
            break
        bare = _MD_HEADING.sub("", line).strip()
        if _is_prose(bare.strip("*_")):
            hit = _self_dated_sentence(bare)
            if hit is not None:
                found.append(ZoneDate(hit.date, hit.precision, bare, start, end, "first sentence", 0))
            status = _status_sentence_date(bare)
            if status is not None:
                found.append(ZoneDate(status.date, status.precision, bare, start, end, "status sentence", 2))
            credit = _credit_paragraph_date(bare)
            if credit is not None:
                found.append(ZoneDate(credit.date, credit.precision, bare, start, end, "credit sentence", 0))
            break
        credit = credit_sentence_date(bare)  # "Text and photos: Anna Berg, 12 March 2026" on its own line
        if credit is not None:
            found.append(ZoneDate(credit.date, credit.precision, bare, start, end, "credit line", 0))
            continue
        if _LEADING_DATE.match(bare.strip("*_")) and _find_dates(bare):
            dated_lines += 1
        got = zone_metadata_line(bare) or zone_metadata_line(_resolve_slashed(bare, convention))
        if got is not None:
            found.append(ZoneDate(got[0].date, got[0].precision, bare, start, end, "metadata line", got[1]))
            continue
        status = _status_sentence_date(bare)  # a short status line: "Figures as of 1 March 2025"
        if status is not None:
            found.append(ZoneDate(status.date, status.precision, bare, start, end, "status line", 2))
            continue
        occasion = zone_occasion_headline(bare) if idx <= 2 else None
        if occasion is not None:
            found.append(ZoneDate(occasion.date, occasion.precision, bare, start, end, "occasion headline", 1))
    if dated_lines >= 2:
        found = [z for z in found if not _LEADING_DATE.match(z.line.strip("*_"))]  # a chronology, not datelines
    found.sort(key=lambda z: z.rank)
    for zone in found:
        if implausible_publication(text, zone.date, today or ingestion_day()) is None:
            return zone
    return None


def slashed_date_convention(text: str) -> str | None:
    """The order of slashed dates in ``text`` when its unambiguous ones decide it: "dmy" ("25/06/2026" somewhere)
    or "mdy" ("06/25/2026"), None when none decides or they disagree."""
    votes = set()
    for m in SLASHED_DATE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            votes.add("dmy")
        elif b > 12 >= a:
            votes.add("mdy")
    return votes.pop() if len(votes) == 1 else None


def _resolve_slashed(line: str, convention: str | None) -> str:
    """``line`` with its ambiguous slashed dates ("12/06/2026") written in ISO form by the text's convention."""
    if convention is None:
        return line

    def iso(m: re.Match[str]) -> str:
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if convention == "dmy" else (b, a)
        return f"{m['y']}-{month:02d}-{day:02d}" if _valid_date(int(m["y"]), month, day) else m.group(0)

    return SLASHED_DATE.sub(iso, line)


def implausible_publication(
    text: str, date: dt.date, today: dt.date | None = None, *, floor: bool = True
) -> str | None:
    """Why ``date`` cannot be the publication date of ``text``, or None when it can be.

    It is after ``today``; the text tells that very day in the future tense ("will brief journalists on 6 May
    2025": an announcement of the occasion, published before it); or (``floor``) the text tells an exact (day or
    month) date after it in the past. (An earlier period told in the future tense is not used: tense cues are too
    often wrong for that.)
    """
    from timeline.extract.dates import clause_tense, tag_dates

    today = today or ingestion_day()
    if date > today:
        return f"after the ingestion day {today.isoformat()}"
    for m in tag_dates(text, None):
        if m.value is None or m.lower is None or m.upper is None or m.modifier or m.value.startswith("X"):
            continue
        tense = clause_tense(text, m.start, m.end)
        if tense == "future" and m.precision == "day" and m.lower == date:
            return f"the text tells '{m.text}' in the future tense"
        if floor and tense == "past" and m.precision in ("day", "month") and m.lower > date:
            return f"the text tells the later '{m.text}' in the past tense"
    return None


#: Dates in a file name or URL: "…_20260120.txt", "2025-03-14-slug.md", "/2024/07/05/slug.html", "/2024/07/slug".
_NAME_COMPACT = re.compile(r"(?<![0-9A-Za-z])(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?![0-9A-Za-z])")
_NAME_ISO = re.compile(r"(?<![0-9A-Za-z])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![0-9])")
_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)")
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})(?:/|$)")


def _ymd(m: re.Match[str]) -> dt.date | None:
    return _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))


def date_from_name(uri: str, *, today: dt.date | None = None) -> tuple[dt.date, Precision, str] | None:
    """A date in the file name or URL path of ``uri`` (weak: below every date of the text itself), or None.

    Only unambiguous forms count: ``YYYYMMDD`` and ``YYYY-MM-DD`` in the file name, ``/YYYY/MM/DD/`` (day) or
    ``/YYYY/MM/`` (month) in a URL path. Folders of a local path are ignored (only the last component counts); a
    name holding two different dates, an impossible date or one after ``today`` gives None. Returns the date,
    its precision and the matched text.
    """
    is_url = "://" in uri and not uri.startswith("file:")
    path = urlsplit(uri).path if "://" in uri else uri
    name = path.rstrip("/").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    hits: list[tuple[dt.date | None, Precision, str]] = []
    for rx in (_NAME_COMPACT, _NAME_ISO):
        hits += [(_ymd(m), "day", m.group(0)) for m in rx.finditer(name)]
    if is_url and not hits:
        hits += [(_ymd(m), "day", m.group(0)) for m in _URL_DAY.finditer(path)]
        if not hits:
            hits += [(_valid_date(int(m["y"]), int(m["m"]), 1), "month", m.group(0)) for m in _URL_MONTH.finditer(path)]
    dates = {(d, p) for d, p, _ in hits}
    if len(dates) != 1:
        return None
    date, precision = next(iter(dates))
    if date is None or date > (today or ingestion_day()):
        return None
    return date, precision, hits[0][2]


# --------------------------------------------------------------------------------------------
# Wire datelines opening the lead paragraph ("TBILISI, May 30 (Reuters) - ...")
# --------------------------------------------------------------------------------------------

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY = re.compile(r"\b(?:on|late|early)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_LEAD_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“])|\n")


@dataclass(frozen=True, slots=True)
class LeadDateline:
    """A dateline opening the lead paragraph: month and day, the year when given, its extent."""

    month: int
    day: int
    year: int | None
    end: int  # offset in the text where the lead sentence proper starts
    text: str


#: A dateline naming several upper-case places joined by slashes ("BAKU/TEHRAN, May 20 (Agency) -").
_SLASH_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'.\-]+(?:[ \t]+[A-Z][A-Z'.\-]+){0,2}"
    r"(?:[ \t]*/[ \t]*[A-Z][A-Z'.\-]+(?:[ \t]+[A-Z][A-Z'.\-]+){0,2}){1,3}"
    rf",[ \t]+(?P<date>(?i:(?P<mon>{_MONTH})\.?[ \t]+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})[ \t]+(?P<mon2>{_MONTH})\.?)"
    r"(?:,?[ \t]+(?P<y>(?:19|20)\d{2}))?)"
    r"[ \t]*(?:\((?P<agency>[^()\n]{1,40})\))?[ \t]*(?:-{1,2}|–|—)[ \t]"
)
#: Agency datelines with a clock time or an agency credit between slashes or dashes (news agencies of the former
#: Soviet Union and state agencies): "MOSCOW, July 3. /TASS/.", "ASTANA, 12 May 2024, 17:45 — Kazinform —",
#: "MOSCOW. July 3 (Interfax) -", "NEW DELHI [India], Dec 2 (ANI):". The place must be in capitals.
_AGENCY_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'.\-]+(?:[ \t]+[A-Z][A-Z'.\-]+){0,3}"
    r"(?:,[ \t]*[A-Z][A-Za-z'.\-]+(?:[ \t]+[A-Z][A-Za-z'.\-]+){0,2}|[ \t]*\[[A-Z][A-Za-z .\-]{1,30}\])?"
    rf"[,.][ \t]+(?P<date>(?i:(?P<mon>{_MONTH})\.?[ \t]+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})[ \t]+(?P<mon2>{_MONTH})\.?)"
    r"(?:,?[ \t]+(?P<y>(?:19|20)\d{2}))?)"
    r"(?:,?[ \t]+\d{1,2}:\d{2}(?:[ \t]*\((?:utc|gmt)?[+-]?[\d:]*\)|[ \t]+[A-Z]{2,4}T?\b)?)?"
    r"(?:\.?[ \t]*/[ \t]*(?P<agency>[A-Za-z][^/\n]{0,30}?)[ \t]*/\.?"
    r"|[ \t]*(?:-{1,2}|–|—)[ \t]*(?P<agency2>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2})[ \t]*(?:-{1,2}|–|—)"
    r"|[ \t]*\((?P<agency3>[^()\n]{1,40})\)[ \t]*(?:-{1,2}|–|—|:)"
    r"|[ \t]*(?:-{1,2}|–|—))[ \t]"
)


#: An agency's credit name: "AZERTAC", "Kazinform", "AKIpress", "News.Az", "Trend", "Xinhua" (1-3 capitalised words,
#: not a weekday or a month).
_AGENCY_NAME = (
    r"(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b)(?!(?i:" + _MONTH + r")\b)"
    r"[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2}"
)
#: A yearless or dated wire dateline whose place is in mixed case ("Baku", "Astana") or capitals, with the agency
#: credit that makes it a dateline: after a comma at the end of its own line ("Baku, November 18, AZERTAC"), in
#: parentheses ("Astana, 4 March (Kazinform) –"), between slashes ("Tashkent, May 2 /Dunyo/.") or after a dash at
#: the end of the line or before another dash or a full stop ("BISHKEK, Oct. 7 — AKIpress"). Without a credit a
#: mixed-case "Place, Month Day" opens ordinary prose too, so it is not taken, nor one followed by lower-case words.
#: What follows a dateline inside a paragraph: a sentence opening (capital, quotation mark, digit), or the line end.
_SENTENCE_NEXT = r"(?:[ \t]+(?=[A-Z\"“‘(\d])|[ \t]*$)"
_MIXED_AGENCY_DATELINE = re.compile(
    r"^[ \t]*(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|in|by|since|from|until)\b)"
    r"[A-Z][A-Za-z'’.\-]+(?:[ \t]+[A-Z][A-Za-z'’.\-]+){0,2}"
    rf",[ \t]+(?P<date>(?i:(?P<mon>{_MONTH})\.?[ \t]+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})[ \t]+(?P<mon2>{_MONTH})\.?)"
    r"(?:,?[ \t]+(?P<y>(?:19|20)\d{2}))?)"
    r"(?:,?[ \t]+\d{1,2}:\d{2})?"
    rf"(?:,[ \t]*(?P<agency>{_AGENCY_NAME})[ \t]*\.?[ \t]*$"
    rf"|[ \t]*\((?P<agency2>[A-Z][^()\n]{{0,39}})\)(?:[ \t]*(?:-{{1,2}}|–|—|:){_SENTENCE_NEXT}|[ \t]*$)"
    rf"|\.?[ \t]*/[ \t]*(?P<agency3>[A-Z][^/\n]{{0,30}}?)[ \t]*/\.?{_SENTENCE_NEXT}"
    rf"|[ \t]*(?:-{{1,2}}|–|—)[ \t]*(?P<agency4>{_AGENCY_NAME})[ \t]*(?:$|(?:-{{1,2}}|–|—|\.|:){_SENTENCE_NEXT}))",
    re.M,
)


def find_agency_dateline(line: str) -> LeadDateline | None:
    """A wire dateline with an agency credit and a place in any case, on its own line or opening the lead paragraph
    ("Baku, November 18, AZERTAC", "Astana, 4 March (Kazinform) – …", "Tashkent, May 2 /Dunyo/. …"), or None."""
    m = _MIXED_AGENCY_DATELINE.match(line)
    if m is None:
        return None
    month = _month(m["mon"] or m["mon2"])
    day = int(m["d"] or m["d2"])
    year = int(m["y"]) if m["y"] else None
    if _valid_date(year or 2000, month, day) is None:
        return None
    return LeadDateline(month, day, year, m.end(), m.group(0).strip().rstrip("-–—:").strip())


def find_lead_dateline(paragraph: str) -> LeadDateline | None:
    """The wire dateline at the start of a lead paragraph ("BAKU, March 4 (Agency) —"), or None.

    Also agency shapes with a clock time or a slashed/dashed credit ("MOSCOW, July 3. /TASS/.", "ASTANA, 12 May
    2024, 17:45 — Kazinform —").
    """
    m = DATELINE.match(paragraph) or _SLASH_DATELINE.match(paragraph) or _AGENCY_DATELINE.match(paragraph)
    if m is None:
        return find_agency_dateline(paragraph)
    month = _month(m["mon"] or m["mon2"])
    day = int(m["d"] or m["d2"])
    year = int(m["y"]) if m["y"] else None
    if _valid_date(year or 2000, month, day) is None:  # 2000 is a leap year: 29 February passes
        return None
    return LeadDateline(month, day, year, m.end(), m.group(0).strip().rstrip("-–—").strip())


def ingestion_day() -> dt.date:
    """Today's date: the upper bound of an inferred publication year (one place, so tests can fix it)."""
    return dt.date.today()


def infer_dateline_year(
    text: str, month: int, day: int, lead_end: int, *, today: dt.date, weekday: int | None = None
) -> tuple[int | None, str]:
    """The year of a yearless dateline ("TBILISI, May 30 (Agency) -"), or None, with the reasoning.

    A year is inferred only when exactly one year fits all of:

    * the publication is not before the latest explicit date the text states outside the future tense
      ("cancelled the deal in January 2020": not before 2020), not after the end of the earliest explicit date
      it states in the future tense ("will host the summit in November 2024": not after November 2024), and
      not after ``today`` (the ingestion day);
    * a weekday told in the past in the lead sentence ("the ministry said on Wednesday") is the dateline
      day or the day before — the wire convention of naming the day of the news, and of the day before
      when the story is filed after midnight or in an earlier time zone;
    * a weekday given with a yearless day anywhere in the text ("on Friday, May 24") is right for the
      occurrence of that day nearest to the dateline.

    * ``weekday`` (0 = Monday), when the dateline itself names it ("Thursday, May 30"), is that day's.

    A lead weekday may be bare, wire style ("held talks here Monday", "said Tuesday"); one right after a past
    reporting verb ("will set up a venture, the minister said on Tuesday") counts although the news is future.
    A figure for a whole year told in the past ("Trade reached $3.9 billion in 2024") raises the floor to the
    next 1 January: a year's total exists only once the year is over. When several years fit and the floor
    comes from such a figure, the first year after it is taken if it fits (the latest annual figure is the one
    of the year before publication); otherwise several fitting years still leave the article undated. A "last
    year" next to an explicit year does not move the floor ("grew last year after a slump in 2023" says the
    publication is 2025 or later, not 2024), so it is not used.

    Without a weekday, a year is taken only when exactly one occurrence of the day lies between the floor and the
    ceiling (:func:`_only_year`: "exported 31 bcm in 2025" makes 2026 the earliest year, and an ingestion day in
    2026 the latest). When several years fit, the article stays undated: the year is never guessed, and never
    taken from the machine's clock alone (which only bounds it). A day after the lead's weekday named in a plain
    future ("due to pay a visit on Friday") does not block the same-day reading; "later on Friday" does.
    """
    from timeline.extract.dates import clause_tense, tag_dates

    floor: dt.date | None = None
    floor_text = ""
    future: list[tuple[dt.date, str]] = []
    for mention in tag_dates(text, None):
        if mention.value is None or mention.lower is None or mention.value.startswith("X") or mention.modifier:
            continue
        if clause_tense(text, mention.start, mention.end) == "future":
            if mention.upper is not None:
                future.append((mention.upper, mention.text))
            continue
        if mention.lower > today:
            continue
        if floor is None or mention.lower > floor:
            floor, floor_text = mention.lower, mention.text
    if floor is None:
        return None, "no explicit past date in the text"
    annual = _annual_figure_year(text, today)
    if annual is not None and dt.date(annual[0] + 1, 1, 1) > floor:
        floor, floor_text = dt.date(annual[0] + 1, 1, 1), annual[1]  # a whole year's figure: that year is over
    # a date told in the future tense ("will host the summit in November 2024") has not ended yet
    ceiling, ceiling_text = min((f for f in future if f[0] >= floor), default=(today, ""))
    ceiling = min(ceiling, today)
    floor_text = f"{floor_text}' and not after '{ceiling_text}" if ceiling_text else floor_text
    checks = _weekday_checks(text, lead_end, month, day)
    if weekday is not None:
        checks.insert(0, (f"{_WEEKDAY_NAMES[weekday].capitalize()} on the dateline", lambda d: d.weekday() == weekday))
    if not checks:
        return _only_year(month, day, floor, ceiling, today, floor_text)
    fits = []
    for year in range(floor.year, today.year + 1):
        date = _valid_date(year, month, day)
        if date is not None and floor <= date <= ceiling and all(check(date) for _, check in checks):
            fits.append(year)
    told = " and ".join(f"'{label}'" for label, _ in checks)
    if len(fits) > 1:
        preferred = _prefer_same_day(text, lead_end, month, day, fits)
        if preferred is not None:
            year, why = preferred
            return year, (
                f"year inferred: not before '{floor_text}', {told} fit {', '.join(map(str, fits))}; "
                f"preferred {year}: {why}"
            )
    if len(fits) > 1 and annual is not None and fits[0] == floor.year:
        return fits[0], (
            f"year inferred: not before '{floor_text}', {told} fit {', '.join(map(str, fits))}; preferred "
            f"{fits[0]}: a figure for a whole year is over once reported, and is reported as the latest in the year "
            "after it"
        )
    if len(fits) != 1:
        return None, f"years fitting '{floor_text}' and {told}: {', '.join(map(str, fits)) or 'none'}"
    return fits[0], f"year inferred: not before '{floor_text}', and {told} fit only {fits[0]}"


def _only_year(
    month: int, day: int, floor: dt.date, ceiling: dt.date, today: dt.date, floor_text: str
) -> tuple[int | None, str]:
    """Without weekday evidence: the year when exactly one occurrence of the day lies between the floor the text
    sets and the ceiling (its earliest future date, else the ingestion day), else None. This is a deduction, not
    a guess: "exported 31 bcm in 2025" (the year 2025 is over) and an ingestion day in 2026 leave only 2026 for
    "March 11"; with two or more candidates the article stays undated."""
    fits = [y for y in range(floor.year, today.year + 1) if (d := _valid_date(y, month, day)) and floor <= d <= ceiling]
    if len(fits) != 1:
        return None, (
            f"no weekday in the lead sentence nor with a day of the text, and years fitting '{floor_text}': "
            f"{', '.join(map(str, fits)) or 'none'}"
        )
    return fits[0], f"year inferred without a weekday: only {fits[0]} lies between '{floor_text}' and {ceiling}"


#: A figure for a whole year, told in the past: "Trade reached $3.9 billion in 2024", "exports were 41 million
#: tonnes in 2023", "turnover totalled USD 43.8 billion for 2024". Group ``y`` is the year.
_ANNUAL_FIGURE = re.compile(
    r"\b(?:reached|was|were|stood\s+at|totall?ed|amounted\s+to|rose\s+to|fell\s+to|grew\s+to|hit|exceeded|came\s+to"
    # a quantity moved over the year: "exported about 31 billion cubic metres of gas to China in 2025"
    r"|exported|imported|produced|shipped|sold|supplied|pumped|handled|carried|transported)"
    r"\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|a\s+record\s+)?"
    r"(?:(?:US)?\$|€|£|USD\s*|EUR\s*)?\d[\d.,]*\s*(?:(?:b|m|bn|mn|billion|million|trillion|thousand)\b)?\s*"
    r"(?:(?:U\.S\.\s+)?dollars|euros?|yuan|rubles?|roubles?|(?:per\s*cent|percent|%)"
    r"|(?:tonnes|tons|barrels|cubic\s+met(?:re|er)s|bcm|passengers|containers|TEUs?|vehicles|cars)"
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+(?:to|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)?"
    r"\s+(?:in|for)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]\d)(?!\s+(?:and|to)\b)",
    re.I,
)


def _annual_figure_year(text: str, today: dt.date) -> tuple[int, str] | None:
    """The latest year for which the text reports a whole year's figure in the past tense, with its words.

    "Bilateral trade reached 43.8 billion U.S. dollars in 2024" is only said once 2024 is over, so the text is
    from 2025 or later. Years not before ``today``'s year are ignored (a running year has no total yet).
    """
    best: tuple[int, str] | None = None
    for m in _ANNUAL_FIGURE.finditer(text):
        year = int(m["y"])
        if year < today.year and (best is None or year > best[0]):
            best = (year, m.group(0))
    return best


_WEEKDAY_DAY = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    rf"(?i:(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH}))\b"
    r"(?!\.?,?\s*(?:19|20)\d\d)"
)


_WEEKDAY_WORD = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b")


#: A bare weekday of wire style, right after the verb or "here/there": "held talks here Monday", "said Tuesday".
_BARE_WEEKDAY = re.compile(
    r"\b(?:here|there|said|says|told|held|met|signed|announced|arrived|left|visited|opened|agreed|launched|reported"
    r"|talks|statement|news\s+conference|reporters)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b(?!['’])"
)


def _lead_weekdays(text: str, lead_end: int) -> set[int]:
    """The weekdays told outside the future tense in the lead sentence ("said on Monday", "held talks here Monday")."""
    from timeline.extract.dates import clause_tense

    lead = text[lead_end:]
    stop = _LEAD_END.search(lead)
    lead = lead[: stop.start() if stop else len(lead)]
    found = [*_ON_WEEKDAY.finditer(lead), *_BARE_WEEKDAY.finditer(lead)]
    return {
        _WEEKDAY_NAMES.index(w["wd"].lower())
        for w in found
        if _REPORTED_ON.search(lead, 0, w.start("wd"))
        or clause_tense(text, lead_end + w.start("wd"), lead_end + w.end("wd")) != "future"
    }


#: A weekday right after a past reporting verb is the day of the report, whatever the tense of the news
#: ("will set up a venture, the minister said on Tuesday").
_REPORTED_ON = re.compile(r"\b(?:said|told\s+\w+|announced|stated|added|reported|confirmed)\s+(?:on\s+)?$")


def _lead_weekday(text: str, lead_end: int) -> int | None:
    """The one weekday told outside the future tense in the lead sentence ("said on Monday"), or None."""
    told = _lead_weekdays(text, lead_end)
    return told.pop() if len(told) == 1 else None


def _prefer_same_day(text: str, lead_end: int, month: int, day: int, fits: list[int]) -> tuple[int, str] | None:
    """Among several fitting years, the one where the dateline day is itself the lead's weekday, or None.

    The lead weekday may be the day before the dateline (a story filed after midnight); the plain reading is
    that it is the dateline day. The plain reading is preferred only when the text also narrates the day
    before the lead weekday ("on Sunday", "Sunday's ceremony", not in the future tense): a story told over
    two days whose later day is its own, and never names the day after the lead weekday ("due to meet the
    premier later on Thursday" speaks for the day-before reading). It must single out exactly one year.
    """
    from timeline.extract.dates import clause_tense

    wd = _lead_weekday(text, lead_end)
    if wd is None:
        return None
    before = (wd - 1) % 7
    named = [
        w
        for w in _WEEKDAY_WORD.finditer(text, lead_end)
        if _WEEKDAY_NAMES.index(w["wd"].lower()) == before and clause_tense(text, w.start(), w.end()) != "future"
    ]
    after = (wd + 1) % 7  # the dateline day of the other reading: named anywhere, it speaks for that reading
    if not named or any(
        _WEEKDAY_NAMES.index(w["wd"].lower()) == after and _names_today(text, w) for w in _WEEKDAY_WORD.finditer(text)
    ):
        return None
    same = [y for y in fits if dt.date(y, month, day).weekday() == wd]
    if len(same) != 1:
        return None
    name, prev = _WEEKDAY_NAMES[wd].capitalize(), _WEEKDAY_NAMES[before].capitalize()
    return same[0], (
        f"only there is the dateline day itself a {name} (the lead's weekday), with the text's '{named[0].group(0)}' "
        f"the {prev} before; the other years need the lead's {name} to be the day before the dateline"
    )


_LATER_BEFORE = re.compile(r"\b(?:later|earlier)\s+(?:on\s+|in\s+the\s+day\s+on\s+)?$", re.I)


def _names_today(text: str, weekday: re.Match[str]) -> bool:
    """Whether a weekday the text names can be the day it is written on: told in the past or present ("met on
    Friday"), or "later/earlier (on) Friday". A plain future "is due to pay a state visit on Friday" is as natural
    the day after the lead's day as on the day itself, so it speaks for neither reading."""
    from timeline.extract.dates import clause_tense

    if clause_tense(text, weekday.start(), weekday.end()) != "future":
        return True
    return bool(_LATER_BEFORE.search(text, max(0, weekday.start() - 30), weekday.start()))


def _weekday_checks(text: str, lead_end: int, month: int, day: int) -> list[tuple[str, Callable[[dt.date], bool]]]:
    """The weekday evidence of the text, as (label, test of a candidate dateline date)."""
    checks: list[tuple[str, Callable[[dt.date], bool]]] = []
    told = _lead_weekdays(text, lead_end)
    if len(told) == 1:
        wd = told.pop()
        checks.append((
            f"{_WEEKDAY_NAMES[wd].capitalize()} in the lead",
            lambda date: wd in (date.weekday(), (date - dt.timedelta(days=1)).weekday()),
        ))  # fmt: skip
    for m in _WEEKDAY_DAY.finditer(text):
        wd2, mon, dd = _WEEKDAY_NAMES.index(m["wd"].lower()), _month(m["mon"] or m["mon2"]), int(m["d"] or m["d2"])
        if _valid_date(2000, mon, dd) is None:
            continue

        def fits(date: dt.date, wd2: int = wd2, mon: int = mon, dd: int = dd) -> bool:
            near = [d for y in (date.year - 1, date.year, date.year + 1) if (d := _valid_date(y, mon, dd))]
            return bool(near) and min(near, key=lambda d: abs((d - date).days)).weekday() == wd2

        checks.append((m.group(0), fits))
    return checks


#: A header line that is a date without a year: "Thursday, May 30", "30 May, 14:05", "Published: May 30".
_YEARLESS_STAMP = re.compile(
    r"(?:(?i:published|posted|updated|date)[:\s]\s*)?"
    r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?i:(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH})\.?)"
    r"(?:,?\s*(?:-|–|—|\||at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:UTC|GMT)[+-]?\d{0,2}(?::?\d{2})?\)?)?)?"
)


def _yearless_stamp(info: HeaderInfo, text: str, line: str, today: dt.date | None) -> None:
    """Date the article from a header line with a date but no year, when the text decides the year."""
    m = _YEARLESS_STAMP.fullmatch(line)
    if m is None:
        return
    month, day = _month(m["mon"] or m["mon2"]), int(m["d"] or m["d2"])
    if _valid_date(2000, month, day) is None:
        return
    weekday = _WEEKDAY_NAMES.index(m["wd"].lower()) if m["wd"] else None
    info.dateline = line.strip()
    # no lead sentence here: the page's own weekday and weekday-dated days of the text are the evidence
    year, reason = infer_dateline_year(text, month, day, len(text), today=today or ingestion_day(), weekday=weekday)
    info.dateline_note = reason
    if year is not None:
        info.published, info.published_precision = dt.date(year, month, day), "day"


def _lead_dateline(info: HeaderInfo, text: str, start: int, line: str, today: dt.date | None) -> None:
    """Date the article from a dateline opening its lead paragraph, inferring a missing year."""
    found = find_lead_dateline(line)
    if found is not None:
        _date_from_dateline(info, text, found, start + found.end, today)


def _own_line_dateline(line: str) -> LeadDateline | None:
    """An agency dateline standing alone on its line ("Baku, November 18, AZERTAC", "BISHKEK, Oct. 7 — AKIpress")."""
    found = find_agency_dateline(line)
    return found if found is not None and not line[found.end :].strip(" \t.-–—:") else None


def _date_from_dateline(info: HeaderInfo, text: str, found: LeadDateline, lead_end: int, today: dt.date | None) -> None:
    """Date the article from a wire dateline; a missing year is inferred from the text (lead sentence at
    ``lead_end``), or the article stays undated."""
    info.dateline = found.text
    if found.year is not None:
        date = _valid_date(found.year, found.month, found.day)
        if date is not None:
            info.published, info.published_precision = date, "day"
        return
    year, reason = infer_dateline_year(text, found.month, found.day, lead_end, today=today or ingestion_day())
    info.dateline_note = reason
    if year is not None:
        info.published, info.published_precision = dt.date(year, found.month, found.day), "day"


#: A chronology entry: a date opening the line, a separator, then words ("3 March 2025 — Talks open in Baku").
_CHRONOLOGY_ENTRY = re.compile(r"^\W{0,3}(?P<date>[^—–|:]{6,30}?)\s*(?:[—–:|]|\s-)\s*(?P<rest>\S.*)$")


def _chronology_entries(lines: list[str]) -> set[int]:
    """Indices of header lines that are entries of a dated list: two or more lines, each opening with a different
    date followed by a separator and words that are not a label, tag or time ("5 March 2025 — Deal signed")."""
    entries: dict[int, dt.date] = {}
    for i, line in enumerate(lines):
        m = _CHRONOLOGY_ENTRY.match(line.strip())
        if m is None:
            continue
        dates = _find_dates(m["date"])
        rest = m["rest"].strip("*_ ")
        if len(dates) != 1 or _find_dates(rest) or TIME.search(rest) or len(_leftover_words(m["date"])) > 0:
            continue
        if len(rest.split()) >= 2 and not _is_outlet_like(rest) and not _CREDIT_FIELD.match(rest):
            entries[i] = dates[0].date
    return set(entries) if len(entries) >= 2 and len(set(entries.values())) >= 2 else set()


def _published_over_updated(line: str, dateline: DatelineMatch, updated: bool) -> tuple[DatelineMatch, bool]:
    """On a line with several dates, the one labelled as published beats an update date: "Updated 5 March 2025
    (first published 3 March 2025)" is dated 3 March."""
    labelled = zone_metadata_line(line)
    if labelled is None or labelled[1] != 0 or labelled[0].date == dateline.date:
        return dateline, updated
    found = labelled[0]
    return DatelineMatch(found.date, found.precision, 0, len(line)), False


def _is_named_period(line: str) -> bool:
    """A line naming the period it covers ("Weekly Digest, 13-19 May 2024"), not just a date range."""
    return sum(1 for w in _leftover_words(line) if not _DATELINE_LABELS.match(w)) >= 2


def _commit_subtitle(info: HeaderInfo, pending: tuple[int, int, str] | None) -> None:
    """A headline-like line between the title and a dateline/byline is a subtitle."""
    if pending is not None and info.subtitle is None:
        info.subtitle = pending[2].strip()
        info.spans.append((pending[0], pending[1]))
        info.spans.sort()


def _take_byline(info: HeaderInfo, line: str) -> bool:
    """Record an author (and outlet) from a byline-shaped line; True when the line is a byline."""
    m = _EDITORS_NOTE.match(line)
    if m:
        author, outlet = _split_names(m["rest"])
        if author is None:
            return False
        info.author = info.author or author
        info.outlet = info.outlet or outlet
        return True
    m = _BYLINE.match(line)
    if m:
        author, outlet = _split_names(m["rest"])
        if author is None:
            staff = _STAFF.match(m["rest"].strip())
            if staff:
                info.outlet = info.outlet or _clean_outlet(staff["outlet"])
                return True
            # "By a contributing analyst": a byline without a name, unless it reads like a sentence.
            return len(line.split()) <= 8 and not _SENTENCE_PUNCTUATION.search(line)
        info.author = info.author or author
        info.outlet = info.outlet or outlet
        return True
    if info.author is None and (info.title is not None or info.published is not None) and is_person_name(line):
        info.author = line.strip()
        return True
    return False


# --------------------------------------------------------------------------------------------
# Pages listing several dated items (a press centre's list of releases)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DatedItem:
    """One item of a page listing several dated releases: from its date line to the next one (or the text end)."""

    start: int  # offset of the item's date line
    end: int
    date: dt.date
    line: str


#: A prose line of an item: at least eight words and sentence punctuation somewhere.
_ITEM_PROSE = re.compile(r"(?:\S+\s+){7,}\S+")
_ITEM_LINE_MARKUP = re.compile(r"^[\s#*_>]+|[\s*_]+$")
#: The stamp of a post copied from a channel, chat or forum: "[18.06.2025 14:32]", "(18/06/2025, 09:05)".
_POST_STAMP = re.compile(r"[\[(]\s*(?P<stamp>[^\[\]()\n]{6,40}?)\s*[\])]")
#: What may stand before a post stamp on its line: the channel's or author's name and a comma, or symbols.
_POST_PREFIX = re.compile(r"(?:[^\W\d][^,\n]{0,58},|[^\w\s]{1,4})?\s*")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def _post_stamp(line: str) -> tuple[dt.date, int] | None:
    """(date, end of the stamp in ``line``) when ``line`` opens with a bracketed post stamp dated to the day
    ("[18.06.2025 14:32]", "Baku Pulse, [18.06.2025 14:32]", "[18.06.2025 14:32] The first train ..."), else
    None. Text after the stamp on the same line (the post itself) needs a clock time in the stamp, so that a
    chronology entry "(3 March 2025) Talks open in Baku" is not a post."""
    prefix = _POST_PREFIX.match(line)
    m = _POST_STAMP.match(line) or _POST_STAMP.match(line, prefix.end() if prefix else 0)
    if m is None:
        return None
    found = _only_date(m.group("stamp"))
    if found is None or found.precision != "day":
        return None
    if line[m.end() :].strip() and not _CLOCK.search(m.group("stamp")):
        return None
    return found.date, m.end()


def dated_items(text: str) -> list[DatedItem]:
    """The items of a page holding several dated press items, each headed by a line that is a full date alone
    ("16.09.2025", "16 September 2025", "Tuesday, 16 September 2025", "2025-09-16 14:05"), or [].

    Inside an item, "today", "yesterday", "on Tuesday" and yearless months count from the item's own date, not
    from the page's (the newest item's): each release is its own article. It takes at least two date lines, each
    followed by a prose line (eight words or more) before the next date line, so a column of dates (a table, a
    chronology with dates on their own lines and one-line entries) is not a list of items. A date line with words
    around the date ("3 March 2025 — Talks open") is a chronology entry, not an item head. Posts copied from a
    channel, chat or forum are items too, headed by their bracketed stamps (:func:`_post_stamp`: "[18.06.2025
    14:32]", "Channel name, [18.06.2025 14:32]", the post's text on the stamp's line or below it). Items are in
    the order of the text; dates need not be sorted (pages list newest first).
    """
    heads: list[tuple[int, int, dt.date, str]] = []
    for m in _LINE.finditer(text):
        line = _ITEM_LINE_MARKUP.sub("", m.group(0))
        found = _only_date(line) if 6 <= len(line) <= 60 else None
        if found is not None and found.precision == "day":
            heads.append((m.start(), m.end(), found.date, line))
            continue
        raw = m.group(0)
        post = _post_stamp(raw.strip())
        if post is not None:
            date, stamp_end = post
            heads.append((m.start(), m.start() + len(raw) - len(raw.lstrip()) + stamp_end, date, line))
    if len(heads) < 2:
        return []
    items: list[DatedItem] = []
    for i, (start, end, date, line) in enumerate(heads):
        stop = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        body = text[end:stop]
        if not any(_ITEM_PROSE.search(x) and _SENTENCE_PUNCTUATION.search(x) for x in body.splitlines()):
            return []  # a date line without prose under it: a column of dates, not a list of items
        items.append(DatedItem(start, stop, date, line))
    return items


def item_reference(items: list[DatedItem], offset: int) -> dt.date | None:
    """The date of the dated item holding ``offset`` (see :func:`dated_items`), or None outside every item."""
    for item in items:
        if item.start <= offset < item.end:
            return item.date
    return None
