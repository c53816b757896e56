"""Plain text extracted from a PDF: detect the shape and unwrap it into paragraphs.

Extractors (pdftotext, copy and paste) leave hard line breaks inside sentences, words hyphenated across
lines, page headers and footers ("Page 3 of 9", a running title on every page), footnote numbers glued to
words ("signed in 2015.12") and form feeds. :func:`looks_like_pdf_text` decides conservatively; only then
:func:`unwrap_pdf_text` rewrites the text. The reader stores the rewritten text, so offsets and citation
quotes point into the unwrapped text (the content hash stays that of the file's bytes).

Detection needs both:

- the shape: at least 12 lines, most of them long and of similar length (hard-wrapped at one width),
  many ending inside a sentence (no final punctuation, next line starting in lower case);
- a PDF trace: a form feed, page markers ("Page 3 of 9", "- 3 -", a lone page number) on at least two
  pages, a running line repeated on at least three pages, or a word hyphenated across a line break.

Two columns of prose side by side (a print page laid out by ``pdftotext -layout``; :func:`split_columns`) are
a shape and a trace at once: each such block is read as its left column, then its right one, before unwrapping.
A block counts only when most lines share one gutter (three spaces or more), both sides are prose-wide and the left
column runs on from line to line, so flattened tables (narrow date cells, rows that do not run on) stay as they are.

Markdown or HTML is never passed here; normal prose (one paragraph per line, or short e-mail wrapping
without any PDF trace) is left unchanged.

Tables flattened into lines stay one row per paragraph: a line starting with a date-like cell followed by column
spacing ("03.01.1992         Diplomatic relations established", "07.2006      Pipeline opens") or holding a wide
gap between cells ("Date               Milestone") is never joined with its neighbours.

A short line without final punctuation is a heading of its own, also when it carries a section number ("1. Agreements
since 2022", "2.3 Ports", "IV. Outlook"). The footnote rule of a page (a line of underscores or dashes) stays a
paragraph of its own, and below it each numbered line ("1 Ministry of …", "² Reuters, …") opens a note, so the
boilerplate rules can tell citations from notes that tell something.

Hyphenation across lines: the hyphen is kept when the second part starts with a capital or a digit
("Azerbaijan-China", "COVID-19") or the hyphenated form occurs elsewhere in the text; a month or weekday name
split by the typesetter ("Sep-" + "tember") is joined; otherwise "agree-" +
"ment" becomes "agreement" when the joined word occurs elsewhere in the text, or when the first part is not
capitalised ("Russia-brokered") and the parts are not a common compound head or tail ("long-term",
"state-owned", "cross-border"). Only a break that would be joined counts as a PDF trace (a text wrapper
also breaks lines after the hyphen of a compound).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

#: A lone number is a page number unless it reads as a year (1800-2099): a chronology's year heading ("1994").
_PAGE_MARKER = re.compile(
    r"^\s*(?:(?:page|p\.|pg\.?|seite|стр\.?)\s*\d{1,4}(?:\s*(?:of|/|из)\s*\d{1,4})?|\d{1,4}\s*(?:/|of)\s*\d{1,4}"
    r"|[-–—]\s*\d{1,4}\s*[-–—]|(?!(?:1[89]|20)\d\d\s*$)\d{1,4})\s*$",
    re.I,
)
#: A running title and a page number in one line, apart by column spacing or a furniture separator:
#: "REPORT | Title        Page 2 of 6", "Ministry of Foreign Affairs | Country notes | page 1 of 3".
_TITLED_PAGE_MARKER = re.compile(
    r"^\s*(?:\S.{0,110}?\S(?: {3,}|\t|\s+[|·•]\s+)(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?: {3,}|\t|\s+[|·•]\s+)\S.{0,110}?)\s*$",
    re.I,
)
#: A bare page number and a running title apart by column spacing, either way round: "312          JOURNAL 6(4)",
#: "JOURNAL 6(4)                313". Only a page marker when the same title comes back on another such line.
_NUMBERED_TITLE = re.compile(
    r"^\s*(?:(?P<n1>\d{1,4})(?: {3,}|\t)(?P<t1>\S.{0,110}?)|(?P<t2>\S.{0,110}?)(?: {3,}|\t)(?P<n2>\d{1,4}))\s*$"
)


def _numbered_title(line: str) -> str | None:
    """The running title of a "page number + title" line (digits normalised), or None."""
    m = _NUMBERED_TITLE.match(line)
    if m is None:
        return None
    title = (m["t1"] or m["t2"]).strip()
    if re.fullmatch(r"(?:1[89]|20)\d\d", m["n1"] or m["n2"]):
        return None  # a year and a cell: a table row ("2019        SCO summit")
    if _SENTENCE_END.search(title) or len(re.findall(r"[^\W\d_]{2,}", title)) < 2 or _COLUMN_GAP.search(title):
        return None  # a running title has two words or more; a sentence or a row of cells is none
    return _norm(title)


def numbered_titles(text: str) -> frozenset[str]:
    """Running titles that come with a page number on at least two lines of ``text`` (see :data:`_NUMBERED_TITLE`)."""
    seen: Counter[str] = Counter()
    for line in text.split("\n"):
        title = _numbered_title(line)
        if title is not None:
            seen[title] += 1
    return frozenset(t for t, n in seen.items() if n >= 2)


def _is_page_marker(line: str, titles: frozenset[str] = frozenset()) -> bool:
    """A page number line, alone ("Page 3 of 9", "- 3 -") or with a running title ("TITLE      Page 3 of 9",
    "Title | page 3 of 9", or "312        TITLE" when ``titles`` holds the title)."""
    if not line.strip():
        return False
    if _PAGE_MARKER.match(line) or _TITLED_PAGE_MARKER.match(line):
        return True
    return bool(titles) and _numbered_title(line) in titles


_SENTENCE_END = re.compile(r"[.!?…:;]['\"”’»)\]]*$")
_BULLET = re.compile(r"^\s*(?:[-*•–—▪►◦·]|\d{1,2}[.)]|[a-z][.)])\s+")
_HYPHEN_BREAK = re.compile(r"(?P<a>[^\W\d_]{2,})-\n[ \t]*(?P<b>[^\W_][\w]*)")
_SUPERSCRIPTS = re.compile(r"(?<=\w)[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
#: A footnote number glued to a word or a year after its punctuation: "signed in 2015.12 The", "accord,3 and",
#: "the Treaty of Friendship.5 The". After a period the next word opens a sentence (a capital), so a decimal
#: ("in 2018.5 million") stays; a capitalised word may carry the mark, but not an abbreviation ("Art.5", "Fig.2").
_GLUED_NOTE = re.compile(
    r"(?P<w>\b(?:(?!(?:Art|Fig|Vol|Sec|Ch|Chap|Para|Ref|Tab|Nos?|Pp)\b)[A-Za-z]?[a-z]{2,}|(?:1[89]|20)\d\d)[\"”’)]?)"
    r"(?:(?P<p>\.)(?P<n>\d{1,3})(?=\s+[^\sa-z.,]|\s*\Z)|(?P<q>[,;:])(?P<m>\d{1,3})(?=\s+[A-Za-z\"“]|\s*$))",
    re.M,
)
_WORD_NOTE = re.compile(r"(?P<w>\b[a-z]{3,})(?P<n>\d{1,2})(?P<p>[.,;:])(?=\s|$)", re.M)
#: Words that commonly end a hyphenated compound: "long-term", "state-owned", "high-level".
_COMPOUND_TAILS = frozenset(
    [
        "term",
        "based",
        "level",
        "scale",
        "run",
        "year",
        "years",
        "old",
        "time",
        "party",
        "making",
        "owned",
        "led",
        "speaking",
        "wide",
        "related",
        "like",
        "range",
        "free",
        "known",
        "standing",
        "up",
        "off",
        "out",
        "in",
        "on",
        "back",
        "over",
        "down",
        "way",
        "sized",
        "class",
        "oriented",
        "driven",
        "building",
        "border",
        "state",
        "day",
        "week",
        "month",
        "long",
        "point",
        "sided",
        "ranking",
        "hand",
        "house",
        "line",
        "lateral",
        "member",
        "country",
        "government",
        "sector",
        "export",
    ]
)
_COMPOUND_HEADS = frozenset(
    ["self", "ex", "non", "anti", "pro", "post", "pre", "multi", "cross", "well", "all", "quasi"]
)


@dataclass(slots=True)
class UnwrapReport:
    """What :func:`unwrap_pdf_text` changed."""

    pages: int = 1
    joined_lines: int = 0
    dehyphenated: int = 0
    kept_hyphens: int = 0
    removed_lines: list[str] = field(default_factory=list)
    footnote_marks: int = 0
    table_rows: int = 0
    columns: int = 0  # two-column blocks read column by column

    def summary(self) -> str:
        """A one-line account for the reader's warnings."""
        removed = Counter(self.removed_lines)
        shown = ", ".join("'" + " ".join(line.split()) + "'" for line, _ in removed.most_common(2))
        return (
            f"text looks extracted from a PDF ({self.pages} page(s)): {self.joined_lines} line break(s) unwrapped, "
            f"{self.dehyphenated} hyphenated word(s) joined, {len(self.removed_lines)} page header/footer line(s) "
            f"removed{' (' + shown + ')' if shown else ''}, {self.footnote_marks} footnote mark(s) dropped"
            + (f", {self.table_rows} table row(s) kept as lines" if self.table_rows else "")
            + (f", {self.columns} two-column block(s) read column by column" if self.columns else "")
        )


def _pages(text: str, titles: frozenset[str] = frozenset()) -> list[list[str]]:
    """The text as pages of lines: split at form feeds, else at page-marker lines."""
    if "\f" in text:
        return [page.split("\n") for page in text.split("\f")]
    pages: list[list[str]] = [[]]
    for line in text.split("\n"):
        pages[-1].append(line)
        if _is_page_marker(line, titles):
            pages.append([])
    return [p for p in pages if any(line.strip() for line in p)] or [[]]


def _norm(line: str) -> str:
    """A header/footer line with its digits removed (page numbers vary)."""
    return re.sub(r"\d+", "#", line.strip().lower())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Normalised lines that open or close at least three pages (and half of them): running titles.

    A line of two cells apart by column spacing (a running head with title and issue) needs two pages.
    """
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page if line.strip()]
        edge = {_norm(line) for line in lines[:2] + lines[-2:] if 2 <= len(line.split()) <= 14}
        seen.update(edge)
    need = max(3, len(pages) // 2)
    # a running head of two cells set apart by column spacing ("TITLE            Background Note No. 2"): twice
    return {line for line, n in seen.items() if n >= need or (n >= 2 and _COLUMN_GAP.search(line))}


#: A line ending with a word no sentence or heading ends with (an article, a preposition, a conjunction): it runs on.
_RUNS_ON = re.compile(r"\s(?:the|a|an|of|to|in|on|at|by|for|with|from|into|and|or|between|than|as|its|their)$", re.I)


def _shape(lines: list[str]) -> bool:
    """Many long lines of similar width, many of them ending inside a sentence (the next line starts in lower case,
    or the line ends with a word no sentence ends with: "… the" / "SCO summit")."""
    body = [line.rstrip() for line in lines if len(line.strip()) >= 3]
    if len(body) < 12:
        return False
    lengths = sorted(len(line) for line in body)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not 35 <= width <= 130:
        return False
    full = sum(1 for n in lengths if n >= 0.75 * width)
    open_ends = 0
    for a, b in itertools.pairwise(body):
        if not _SENTENCE_END.search(a) and (b.strip()[:1].islower() or _RUNS_ON.search(a)):
            open_ends += 1
    return full >= 0.5 * len(body) and open_ends >= 0.2 * len(body)


#: Where a right-hand column starts: a non-space after a run of three spaces or more.
_GUTTER = re.compile(r"(?<=\S) {3,}(?=\S)")
_MIN_COLUMN_LINES = 4


def _gutter_column(lines: list[str]) -> int | None:
    """The character column where the right-hand column of a two-column block starts, or None.

    Most lines (60 %) must have text on both sides of one common gutter, both sides must be prose-wide (median 20
    characters or more: a table's date cells are narrower), and the left column must run on from line to line
    (a third of its lines end inside a sentence and the next starts in lower case) — a table's rows do not.
    """
    starts: Counter[int] = Counter()
    for line in lines:
        for m in _GUTTER.finditer(line):
            starts[m.end()] += 1
    if not starts:
        return None
    col, n = starts.most_common(1)[0]
    if n < max(_MIN_COLUMN_LINES, 0.6 * len(lines)):
        return None
    lefts = [line[:col].strip() for line in lines]
    rights = [line[col:].strip() for line in lines]
    both = [(a, b) for a, b in zip(lefts, rights, strict=True) if a and b]
    if len(both) < 0.6 * len(lines) or any(line[col - 1 : col] not in (" ", "") for line in lines if len(line) > col):
        return None
    if sorted(len(a) for a, _ in both)[len(both) // 2] < 20 or sorted(len(b) for _, b in both)[len(both) // 2] < 12:
        return None
    run_on = sum(1 for a, b in itertools.pairwise(lefts) if a and b and not _SENTENCE_END.search(a) and b[:1].islower())
    return col if run_on >= max(1, len(lefts) // 3) else None


def split_columns(text: str) -> tuple[str, int]:
    """The text with each two-column block (pdftotext ``-layout``, a print page) rewritten as its left column followed
    by its right one, and the number of blocks rewritten. A block is a run of non-blank lines."""
    out: list[str] = []
    blocks = 0
    for block in re.split(r"(\n[ \t]*\n)", text):
        lines = block.split("\n")
        col = _gutter_column(lines) if len(lines) >= _MIN_COLUMN_LINES and not block.startswith("\n") else None
        if col is None:
            out.append(block)
            continue
        blocks += 1
        first = next(i for i, line in enumerate(lines) if line[:col].strip() and line[col:].strip())
        head = lines[:first]
        body = lines[first:]
        left = [line[:col].rstrip() for line in body if line[:col].strip()]
        right = [line[col:].strip() for line in body if line[col:].strip()]
        out.append("\n".join([*head, *left, *right]))
    return "".join(out), blocks


def looks_like_pdf_text(text: str) -> bool:
    """True when ``text`` has the shape of text extracted from a PDF (see the module docstring)."""
    if split_columns(text)[1]:
        return True  # two columns of prose side by side: a page laid out by a PDF extractor
    lines = text.replace("\f", "\n").split("\n")
    if not _shape(lines):
        return False
    if "\f" in text:
        return True
    titles = numbered_titles(text)
    pages = _pages(text, titles)
    markers = sum(1 for line in lines if _is_page_marker(line, titles))
    split_word = any(not _keeps_hyphen(m["a"], m["b"], text) for m in _HYPHEN_BREAK.finditer(text))
    return markers >= 2 or bool(_running_lines(pages)) or split_word


#: Words a typesetter may split that need no second occurrence to be recognised: month and weekday names.
_CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november"}
    | {"december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _keeps_hyphen(a: str, b: str, text: str) -> bool:
    """Whether "a-" at a line end + "b" is a hyphenated compound rather than a word split by the typesetter."""
    lower_text = text.lower()
    if b[:1].isupper() or b[:1].isdigit() or f"{a}-{b}".lower() in lower_text:
        return True
    if (a + b).lower() in _CALENDAR_WORDS and b.islower():  # "Sep-" + "tember"
        return False
    if re.search(rf"\b{re.escape((a + b).lower())}\b", lower_text):
        return False
    return a[:1].isupper() or b.lower() in _COMPOUND_TAILS or a.lower() in _COMPOUND_HEADS


def _fix_hyphen(m: re.Match[str], text: str, report: UnwrapReport) -> str:
    a, b = m["a"], m["b"]
    if _keeps_hyphen(a, b, text):
        report.kept_hyphens += 1
        return f"{a}-{b}"
    report.dehyphenated += 1
    return a + b


_YEAR = r"(?:1[89]|20)\d\d"
_MON = r"[A-Z][a-z]{2,8}\.?"
#: A table row flattened into a line: a date-like first cell, then column spacing, then the next cell
#: ("03.01.1992         Diplomatic relations established", "07.2006      Pipeline opens", "2019   Visit").
_DATED_ROW = re.compile(
    rf"^\s*(?:\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}|\d{{1,2}}[./-]{_YEAR}|{_YEAR}(?:[./-]\d{{1,2}}){{0,2}}"
    rf"|\d{{1,2}}\s+{_MON}\s+{_YEAR}|{_MON}\s+(?:\d{{1,2}},?\s+)?{_YEAR}|Q[1-4]\s+{_YEAR})(?:\s{{3,}}|\t)\S"
)
#: The date cell alone: a row whose date is too wide for its column puts the text on the next line, indented to
#: the text column ("8-10 September 2013" / "                   State visit of …"), or after one space.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?(?![a-z])"
)
_DAYS = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
_DATE_CELL = re.compile(
    rf"^\s*(?:{_DAYS}\s+{_MONTH}(?:\s*[-–]\s*\d{{1,2}}\s+{_MONTH})?\s+{_YEAR}"
    rf"|{_MONTH}(?:\s*[-–]\s*{_MONTH})?\s+(?:{_DAYS},?\s+)?{_YEAR}|{_YEAR}\s+{_MONTH}(?:\s+{_DAYS})?"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}|\d{{1,2}}[./-]{_YEAR}|{_YEAR}(?:[./-]\d{{1,2}}){{0,2}}|Q[1-4]\s+{_YEAR})"
    r"(?![\w./-])"
)
#: A chronology entry opening a line: a date cell, a dash or colon, the entry ("3 July 2024 - Meeting of …").
_DATED_ENTRY = re.compile(_DATE_CELL.pattern + r"\s*(?:[-–—]|:)\s+[\w\"“(]")
#: A month and a year: a running head that dates the issue ("Issue 3/2025 - October 2025").
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b")
#: A year alone on its line: a chronology's year heading ("1994"), never a page number.
_YEAR_LINE = re.compile(rf"^{_YEAR}$")
#: Column spacing inside a line: a table header or row ("Date               Milestone").
_COLUMN_GAP = re.compile(r"\S(?: {5,}|\t)\S")


#: A furniture separator between parts of a cover or header line: "Policy Report No. 14 | March 2025".
_FURNITURE_SEPARATOR = re.compile(r"\S\s+[|·•]\s+\S")


def is_table_row(line: str) -> bool:
    """A line of a flattened table: a dated row, or a line with column spacing between two cells.

    A cover or header line whose parts are set apart by "|" or "·" is kept on its own line the same way.
    """
    s = line.strip()
    return bool(_DATED_ROW.match(line) or _COLUMN_GAP.search(s) or (_FURNITURE_SEPARATOR.search(s) and len(s) <= 100))


#: The rule a typesetter puts above the footnotes of a page: a line of underscores or dashes.
_NOTE_RULE = re.compile(r"^(?:_{5,}|[-–—]{5,}|[_ ]{9,})$")
#: A footnote opening under the rule: "1 Ministry of …", "12 See …", "³ Reuters, …".
_NOTE_START = re.compile(r"^(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+\S")
#: The heading of a text's endnotes: "Notes", "ENDNOTES", "References", "4. Notes and sources".
_NOTES_HEADING = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:notes|endnotes|footnotes|references|notes and (?:references|sources)|sources)\s*:?$", re.I
)
#: The number of a numbered section heading: "1. ", "2.3 ", "IV. ", "B. ".
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H]\.)\s+")


def _unnumbered(line: str) -> str:
    """A line without the number of a section heading ("1. Agreements since 2022" → "Agreements since 2022")."""
    return _SECTION_NUMBER.sub("", line, count=1)


def _row_start(line: str, known_col: int | None) -> int | None:
    """The text column of a chronology row opened by ``line`` (a date cell, then the text cell), or None.

    The text cell starts after column spacing or a tab ("2 January 1992     Diplomatic relations …"), or after
    one space when it starts at the column the other rows use ("23-25 January 2024 State visit …"); a date
    cell alone on its line gives 0 (the text column is that of the next, indented line).
    """
    m = _DATE_CELL.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    if not rest.strip():
        return 0
    gap = len(rest) - len(rest.lstrip(" "))
    col = m.end() + gap
    if gap >= 2 or (gap == 1 and col == known_col):
        return col
    return None


def is_date_cell(line: str) -> bool:
    """A line that holds only a table's date cell ("8-10 September 2013", "2016 Jun", "05.2019")."""
    m = _DATE_CELL.match(line)
    return m is not None and not line[m.end() :].strip()


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _row_paragraphs(lines: list[str]) -> tuple[list[str], int]:
    """Lines with each chronology row joined into one line: a dated row and its continuation lines.

    A row is a date cell and a text cell ("2 January 1992     Diplomatic relations are established between
    Uzbekistan"); its continuation lines are indented to the text column ("                   and China. A joint
    …") and join it also across blank lines and removed page furniture. Anything else (a line at another indent,
    a section heading, the next dated row) closes the row. Tabs are read as columns of eight.
    """
    out: list[str] = []
    rows = 0
    known: int | None = None
    col: int | None = None  # the open row's text column (0: a date cell alone, column not known yet)
    blanks: list[str] = []
    for raw in lines:
        line = raw.expandtabs(8)
        if col is not None and not line.strip():
            blanks.append(raw)
            continue
        indent = _indent_of(line)
        pending = col == 0 and not blanks and _row_start(line, known) is None
        if col is not None and indent >= 4 and (indent == col or pending):
            if col == 0:
                col = known = indent
            out[-1] = out[-1].rstrip() + " " + line.strip()
            blanks = []
            continue
        out.extend(blanks)
        blanks = []
        start = _row_start(line, known)
        if start is not None and len(line) - indent > 0:
            col = start
            if start:
                known = start
            rows += 1
            out.append(line.rstrip())
            continue
        col = None
        out.append(raw)
    out.extend(blanks)
    return out, rows


def _paragraphs(lines: list[str], width: int, report: UnwrapReport) -> list[str]:
    """Join hard-wrapped lines into paragraphs (a blank line, or a short line ending a sentence, ends one).

    A table row (:func:`is_table_row`) is a paragraph of its own and is never joined with its neighbours;
    a chronology row takes its continuation lines first (:func:`_row_paragraphs`).
    """
    paras: list[str] = []
    cur: list[str] = []
    notes = False  # under a footnote rule: each numbered line opens a note
    endnotes = False  # under a "Notes" heading: each numbered line opens a note, to the end of the text
    lines, _ = _row_paragraphs(lines)
    for line in lines:
        s = line.strip()
        endnotes = endnotes or bool(_NOTES_HEADING.match(s))
        if _NOTE_RULE.match(s) or ((notes or endnotes) and _NOTE_START.match(s)):
            if cur:
                paras.append(" ".join(cur))
                cur = []
            notes = True
            if _NOTE_RULE.match(s):
                paras.append(s)
                continue
        elif notes and not s:
            notes = False
        if not s or is_table_row(line):
            if cur:
                paras.append(" ".join(cur))
                cur = []
            if s:
                paras.append(s)
                report.table_rows += bool(_DATED_ROW.match(line) or _COLUMN_GAP.search(s))
            continue
        if _YEAR_LINE.match(s):  # a year heading above chronology entries: a paragraph of its own
            if cur:
                paras.append(" ".join(cur))
                cur = []
            paras.append(s)
            continue
        if cur and (_BULLET.match(s) or (_DATED_ENTRY.match(s) and _SENTENCE_END.search(cur[-1]))):
            paras.append(" ".join(cur))  # a list item, or the next entry of a chronology, opens a paragraph
            cur = []
        if cur:
            report.joined_lines += 1
        cur.append(s)
        if _SENTENCE_END.search(s) and len(line.rstrip()) < 0.8 * width:
            paras.append(" ".join(cur))
            cur = []
        elif not cur[1:] and len(s) < 0.6 * width and not _SENTENCE_END.search(s) and _unnumbered(s)[:1].isupper():
            paras.append(s)  # a heading: a short line on its own
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return paras


def unwrap_pdf_text(text: str) -> tuple[str, UnwrapReport]:
    """The text with page furniture removed, hyphenation undone and paragraphs unwrapped (blank-line separated)."""
    report = UnwrapReport()
    text, report.columns = split_columns(text)
    titles = numbered_titles(text)
    pages = _pages(text, titles)
    report.pages = len(pages)
    running = _running_lines(pages)
    kept: list[str] = []
    head = True  # the first page's running head stays when it dates the issue ("REVIEW      No. 3, May 2025")
    for page in pages:
        for line in page:
            dated = _MONTH_YEAR.search(line) is not None
            if head and dated and _norm(line) in running and not _is_page_marker(line, titles):
                kept.append(line)
                continue
            head = head and not line.strip()
            if line.strip() and (_is_page_marker(line, titles) or _norm(line) in running):
                report.removed_lines.append(line.strip())
                continue
            kept.append(line.replace("\f", ""))
        kept.append("")  # a page break ends nothing by itself; joined below when the sentence runs on
    # a sentence running over a page break: drop the blank line between pages when the sentence goes on
    merged = "\n".join(kept)
    merged = re.sub(r"(?<=[^\W\d_]-)\n(?:[ \t]*\n)+(?=[ \t]*[a-z])", "\n", merged)
    merged = re.sub(r"(?<=[\w,])\n(?:[ \t]*\n)+(?=[ \t]*[a-z])", "\n", merged)
    merged = _HYPHEN_BREAK.sub(lambda m: _fix_hyphen(m, merged, report), merged)
    merged = _SUPERSCRIPTS.sub(lambda m: _count(report, ""), merged)
    merged = _GLUED_NOTE.sub(lambda m: _count(report, m["w"] + (m["p"] or m["q"])), merged)
    merged = _WORD_NOTE.sub(lambda m: _count(report, m["w"] + m["p"]), merged)
    lines = merged.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip() and not is_table_row(line))
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80
    paras = _paragraphs(lines, width, report)
    return "\n\n".join(paras) + "\n", report


def _count(report: UnwrapReport, replacement: str) -> str:
    report.footnote_marks += 1
    return replacement


__all__ = ["UnwrapReport", "is_date_cell", "is_table_row", "looks_like_pdf_text", "split_columns", "unwrap_pdf_text"]
