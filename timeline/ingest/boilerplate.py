"""Which parts of an article are body text: paragraph segmentation and boilerplate removal.

:func:`split_paragraphs` cuts a text into paragraph units (blank-line separated blocks; inside a
block, hard-wrapped lines are joined, while full-length lines, list items and Markdown headings are
units of their own). :func:`body_spans` keeps the units that are article prose and drops:

- the header (title, subtitle, dateline, byline — spans passed in by the caller);
- headings and other short headline-like lines (no sentence-final punctuation);
- navigation and keyword lines: "Read also", "Related", "Latest news", "Subscribe…", "Follow us on…",
  "Share", rows of sharing buttons ("Share  Tweet  Copy link"), "Tags:", "… on YouTube", cookie notices,
  copyright lines, separators, bare URLs, breadcrumbs ("Home > News > Asia"), table rules;
- apparatus: "Notes", "References", "Sources", "Footnotes", "Further reading" … sections (to the next
  heading as high, or the end) and footnote lines ("[1] Reuters, 12 May 2015") — except notes that tell
  something (:func:`is_note_statement`: "[^1]: The memorandum was signed in Beijing on 10 December 2015.",
  "1. The first train ran in July 2015 …" under "Notes"/"Footnotes"/"Endnotes"), which are body from after
  their marker; citations (links, page numbers, "(2019)", document titles without a verb) stay out, and so
  does everything under "References", "Sources", "Bibliography", "Further reading";
- editorial furniture: picture captions ending with a credit ("… Photo: Reuters") or made of names at an occasion
  without any verb ("Minister A and Minister B during the signing ceremony.", :func:`is_caption`), "Our Standards: …"
  and editorial-policy lines, "Compiled by …",
  "Last updated …", "The interview has been edited for length.", "The views expressed are the
  author's own.", reading aids ("5 min read"), and author biographies ("X is a senior fellow at …")
  among the first or last three paragraphs;
- the furniture of e-mail newsletters and blog posts ("View this email in your browser", "Thanks for reading X!
  Subscribe for free …", "You are receiving this email because …", "Unsubscribe", "Our mailing address is:";
  :func:`timeline.ingest.metadata.is_mailing_furniture`) and readers' comments: everything from a comments opener
  ("3 Comments", "Leave a reply", "Join the discussion", "Discussion about this post", the counters under a social
  post "214 reactions · 12 comments") to the end, once two prose paragraphs stand above it (a counter under the
  headline opens nothing); hashtags closing a post's paragraph are left out of it;
- footnotes under a rule, as PDF pages and Word documents print them (a separator line, then "1 Ministry of …",
  "2 Reuters, …"): citations are dropped, notes that tell something are kept after their number;
- link lists: everything short after a navigation keyword until real prose resumes, runs of
  headline-like lines alternating with timestamps, bullet lists of headline-like items near the top
  or bottom of the article, Markdown lines made mostly of links.

Entries of live blogs and digests that open with a clock time ("**14:05** – …", "14:05 Ministers …") are
paragraph units of their own, never joined with the line above, and so are sharing rows and short navigation
lines ("Subscribe now") below a hard-wrapped paragraph.

Chronology entries (a line opening with a date and a separator, "- 2009: …", "| 12 May | … |") and
bullet items of seven words or more holding a full date ("- Hungary and Azerbaijan sign a memorandum
on 12 March 2025") are body even without final punctuation, and never taken for a headline link list.

Only general signals are used (line length, final punctuation, timestamp lines, link density,
keyword lines), never text of a particular site.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from timeline.ingest.metadata import is_mailing_furniture, is_timestamp_line
from timeline.ingest.pdftext import is_date_cell

Span = tuple[int, int]

_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_LINE = re.compile(r"[^\n]+")
_QUOTE_MARK = re.compile(r"(?:>[ \t]?)+")  # Markdown blockquote: "> - Dec 1991: …", "> > nested"
_BULLET = re.compile(r"^(?:[-*•–—▪►◦·+]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^#{1,6}\s")
_SEPARATOR = re.compile(r"^(?:[-—–_*=•~#.·]\s*){3,}$")
_TERMINAL = re.compile(r"[.!?…]['\"”’»)\]]*$")
_SENTENCE_END = re.compile(r"[.…:;]['\"”’»)\]]*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
_URL_ONLY = re.compile(r"^(?:<)?(?:https?://|www\.)\S+(?:>)?$", re.I)
_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]|20)\d\d"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_EXPR = (
    rf"(?:{_WEEKDAY}(?=\W*[:–—|-])"  # a digest entry: "Monday: talks resumed"
    rf"|(?:{_WEEKDAY},?\s+)?"
    # 14 December 2009, 2-6 January, 31 August – 1 September 2025 (30 Dec 2024 – 2 Jan 2025)
    rf"(?:{_DAY}(?:\s*[-–/]\s*{_DAY}|\s+{_MONTH}(?:,?\s+{_YEAR})?\s*[-–]\s*{_DAY}(?=\s+{_MONTH}))?\s+{_MONTH}"
    rf"(?:,?\s+{_YEAR})?"
    # Dec. 14, 2009, Aug. 31–Sept. 1, 2025
    rf"|{_MONTH}\s+{_DAY}(?:\s*[-–]\s*{_DAY}|(?:,?\s+{_YEAR})?\s*[-–]\s*{_MONTH}\s+{_DAY})?(?:,?\s+{_YEAR})?"
    rf"|(?:(?:early|mid|late)[- ])?{_MONTH}\s+{_YEAR}"  # March 2022
    rf"|{_YEAR}-\d\d(?:-\d\d)?"  # 2009-12-14
    rf"|\d{{1,2}}\.\d{{1,2}}\.{_YEAR}|\d{{1,2}}\.{_YEAR}"  # 03.01.1992, 07.2006 (cells of a flattened PDF table)
    rf"|{_YEAR}(?:\s*[-–/]\s*(?:{_YEAR}|\d\d))?s?))"  # 1991, 2007-08, 1990s
)
#: A chronology entry: a line that opens with a date and a separator ("- **14 May 2009** — …", "1991: …"), or
#: a row of a table flattened into text, its cells apart by column spacing ("03.01.1992      Relations established").
_DATED_ITEM = re.compile(
    rf"^(?:[-*•–—▪►◦·+]\s+|\d{{1,2}}[.)]\s+|\|\s*)?[*_]{{0,2}}(?P<date>{_DATE_EXPR})[*_]{{0,2}}"
    r"(?:\s*(?:--|[:–—|-])\s*|\s*[*_]{2}\s*(?:--|[:–—|-])?\s*| {3,}|\t+)[*_]{0,2}(?P<rest>\S.*)$",
    re.I,
)

#: Lines that open a navigation section (link lists follow them).
_SECTION_KEYWORD = re.compile(
    r"^(?:read (?:also|more|next)|also read|see also"
    r"|related(?: (?:articles?|news|stories|posts|topics|content|reading|links))?"
    r"|latest(?: (?:news|stories|articles|posts|headlines|updates))?|all news|more news"
    r"|more (?:stories|articles|on this|from [\w .'’-]+)"
    r"|most (?:read|popular|viewed|commented)|popular(?: news)?|top (?:stories|news)|trending(?: now)?"
    r"|recommended(?: for you)?"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|editor['’]?s picks|other news|news feed|in other news"
    r"|subscribe\b.*|follow us\b.*|join us\b.*|tags?|topics?|share(?: (?:this|on)\b.*)?)\W*$",
    re.I,
)
#: Single boilerplate lines (do not by themselves open a list section).
_KEYWORD_LINE = re.compile(
    r"^(?:print|comments?|\d+ comments?|advertisement|ads?|sponsored(?: content)?|back to top|menu|home|search"
    r"|sign (?:up|in)\b.*|log ?in|log ?out|register|newsletter\b.*|download (?:the )?app\b.*|skip to .*|close"
    r"|photo:.*|source:.*|image:.*|video:.*|credit:.*|getty images|reuters|ap photo|(?:tags?|topics?|categories):.*"
    r"|(?:read (?:also|more)|also read|see also|related|more)\s*[:»>|-].*)$",
    re.I,
)
#: Editorial furniture: notes on editing, credits, reading aids ("The interview has been edited for length.").
_EDITORIAL_LINE = re.compile(
    r"^(?:(?:this|the) (?:interview|conversation|transcript|article|text|story)(?: has been| was| is| have been)?"
    r" (?:lightly )?(?:edited|condensed|abridged)(?: and (?:edited|condensed))?"
    r"(?: for (?:length|clarity|brevity|space|style)\b.*)?"
    r"|(?:the )?(?:views?|opinions?) (?:expressed )?(?:in this [\w -]+ )?(?:are|is) (?:those of )?"
    r"(?:the authors?['’]?s?|his|her|their)(?: own)?\b.*"
    r"|(?:compiled|written|reported|edited|translated|produced|prepared) by\b[^,]*"  # a credit, not a clause
    r"|(?:additional )?(?:reporting|writing|editing) by\b.*"
    r"|(?:last )?updated\b(?:\W+\w+){0,5}|\d+ min(?:ute)?s? read|reading time\b.*"
    r"|listen to (?:this|the) (?:article|story)\b.*"
    r"|our (?:editorial )?standards\b.*|editorial (?:standards|guidelines|policy)\b.*"
    r"|(?:corrections?|ethics) policy\b.*"
    r"|click (?:here|to)\b.*|copy link|print(?: this)? (?:article|page|story)|e-?mail(?: this)?(?: article| story)?"
    r"|enlarge(?: this)? image|(?:file )?photo(?:graph)?s? by\b.*|pictured:.*|caption:.*)\W*$",
    re.I,
)
#: A caption ending with a picture credit: "Leaders in Baku on 5 May. Photo: Reuters", "(Photo: AFP)".
_CREDIT = re.compile(
    r"(?:^|[\s(|—–-])(?:photo|photograph|image|picture|video|credit)s?(?: credit)?\s*(?::|by\b)\s*[^.:]{0,60}\)?\s*$"
    r"|/\s*(?:reuters|afp|ap|getty images|epa|anadolu(?: agency)?|tass|ria novosti|xinhua|sputnik|azertac)\)?\s*$",
    re.I,
)
_BREADCRUMB = re.compile(r"^[\w'’&.-]+(?: [\w'’&.-]+){0,3}(?:\s*[>»›]\s*[\w'’&.-]+(?: [\w'’&.-]+){0,3}){2,}$")
#: An author's note: "X is a senior fellow at …", "The author is an economist based in …".
_BIO = re.compile(
    r"^(?:the author|(?:[A-Z][\w'’.-]+\s){1,3})(?:is|was|has been|works as|served as)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+,?\s+){0,5}?(?:fellow|researcher|analyst|professor|lecturer|journalist|correspondent|editor|writer"
    r"|reporter|contributor|consultant|economist|scholar|student|candidate|columnist|author|commentator|expert)s?\b",
    re.I,
)
#: The heading of an apparatus section that runs to the end of the article (or to the next heading).
_APPARATUS = re.compile(
    r"^(?:notes?|references?|sources?|footnotes?|endnotes?|bibliography|further reading|citations?|works cited"
    r"|notes and references|sources and notes)\W*$",
    re.I,
)
_FOOTNOTE_LINE = re.compile(r"^(?:\[\^?\d{1,3}\]:?|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s")
_SOCIAL = re.compile(
    r"\b(?:youtube|telegram|twitter|facebook|instagram|tiktok|linkedin|whatsapp|vkontakte|threads|rss|x\.com|t\.me)\b",
    re.I,
)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b"
    r"|\b(?:reproduction|republication|reprinting|redistribution)\b[^.]{0,40}?\b(?:is\s+)?(?:prohibited|forbidden"
    r"|not\s+(?:permitted|allowed)|without\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:permission|consent))",
    re.I,
)
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT = re.compile(r"\b(?:we use|this (?:site|website) uses|accept|consent|privacy policy|agree)\b", re.I)


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    text: str
    bullet: bool = False
    heading_markup: bool = False
    stamp: bool = False  # a timestamp line
    words: int = 0
    dated: bool = False  # a chronology entry ("- 2009: …")


def _strip_span(text: str, start: int, end: int) -> Span:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    return start + lead, end - trail


def _block_lines(text: str, start: int, end: int) -> list[Span | None]:
    """Stripped line spans of one block; a Markdown quote marker (">", "> >") is left out of the line and a
    line that is only a marker is ``None``, a paragraph break inside the quote."""
    lines: list[Span | None] = []
    for m in _LINE.finditer(text, start, end):
        s, e = _strip_span(text, m.start(), m.end())
        q = _QUOTE_MARK.match(text, s, e)
        if q:
            s, e = _strip_span(text, q.end(), e)
            if s >= e:
                lines.append(None)
                continue
        if s < e:
            lines.append((s, e))
    return lines


def _quote_groups(lines: list[Span | None]) -> list[list[Span]]:
    """The runs of lines between quote-marker-only lines."""
    groups: list[list[Span]] = [[]]
    for line in lines:
        if line is None:
            groups.append([])
        else:
            groups[-1].append(line)
    return [g for g in groups if g]


def _indent(text: str, pos: int) -> int:
    """Column of ``pos`` in its line."""
    return pos - (text.rfind("\n", 0, pos) + 1)


#: A live-blog or digest entry opening with a time: "**14:05** – …", "14:05 Ministers …", "- 9.30am: …".
_TIMED_ENTRY = re.compile(
    r"^(?:[-*•]\s+)?[*_]{0,2}(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s*\(?(?:GMT|UTC)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\)?|\s+[A-Z]{2,4}T\b)?[*_]{0,2}"
    r"(?:\s*[-–—|:]\s*|\s+(?=[*_\"“]?[A-Z]))\S",
)
#: A row of sharing buttons: "Share", "Share  Tweet  Copy link", "Facebook | X | Email".
_SHARE_ROW = re.compile(
    r"^(?:(?:share(?: this(?: (?:post|article|story|page))?| on \w+)?|tweet|copy(?: the)? link|link copied|e-?mail"
    r"|print|whatsapp|facebook|twitter|x|telegram|linkedin|reddit|flipboard|pin(?: it)?|save|bookmark)"
    r"[\s|·•,/]*){1,8}$",
    re.I,
)


def is_timed_entry(line: str) -> bool:
    """A line opening with a clock time and then text: an entry of a live blog or digest."""
    return _TIMED_ENTRY.match(line.strip()) is not None


def _wrapped_tail(line: str, nxt: str) -> bool:
    """The last words of a sentence wrapped onto a line of their own ("… in Beijing" / "in June 2012."): a line
    that ends mid-sentence and a next line that opens in lower case go on with it, even if that line alone
    would read as a timestamp."""
    return not _SENTENCE_END.search(line.rstrip()) and nxt[:1].islower()


def _is_own_unit(line: str) -> bool:
    return bool(
        _BULLET.match(line)
        or _TIMED_ENTRY.match(line)
        or _SHARE_ROW.match(_clean(line))
        or (len(line.split()) <= 6 and is_navigation_line(line))
        or _MD_HEADING.match(line)
        or _SEPARATOR.match(line)
        or line.startswith("|")
        or _DATED_ITEM.match(line)
        or is_timestamp_line(line)
        or _FOOTNOTE_LINE.match(line)  # "[^2]: …" under "[^1]: …": one note each
    )


_FULL_DATE = re.compile(
    rf"\b(?:{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?|{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?|{_MONTH}\s+{_YEAR})\b"
)


_DATE_CELL = re.compile(rf"[*_]{{0,2}}{_DATE_EXPR}[*_]{{0,2}}", re.I)


def _is_dated_row(line: str) -> bool:
    """A table row with a date cell and words in another ("| Talks in Baku | 12 May 2024 |")."""
    if not _TABLE_ROW.match(line):
        return False
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    dated = [c for c in cells if _DATE_CELL.fullmatch(c)]
    words = sum(len(c.split()) for c in cells if c not in dated)
    return bool(dated) and words >= 3


def _has_full_date(line: str) -> bool:
    """A day and month, or a month and year, anywhere in the line ("… on 12 March 2025")."""
    return bool(_FULL_DATE.search(line))


def _is_item(unit: str) -> bool:
    return bool(_BULLET.match(unit) or _DATED_ITEM.match(unit))


_LINE_BREAKS = re.compile(r"[ \t]*\n[ \t]*")


def is_dated_item(line: str) -> bool:
    """A chronology entry: a line that opens with a date, a separator and some words.

    "- **14 December 2009** — Hu Jintao opens …", "1991: Georgia declares independence",
    "| 2 January 1992 | Uzbekistan and China establish diplomatic relations |", "12 May: talks in Baku".
    An entry hard-wrapped over several lines counts as one ("12 May 2015 - Visit of … to the\nRepublic of …").
    """
    m = _DATED_ITEM.match(_LINE_BREAKS.sub(" ", line.strip()))
    if m is None:
        return False
    rest = m.group("rest").strip(" |*_")
    return rest[:1].isalnum() and sum(1 for w in rest.split()[:3] if w[:1].isalpha()) >= 2


#: A line ending with a word no sentence or heading ends with (an article, a preposition, a conjunction): it runs on.
_OPEN_END = re.compile(
    r"\s(?:the|a|an|of|to|in|on|at|by|for|with|from|into|and|or|but|between|around|about|than|as|its|their|his|her"
    r"|our|this|that|these|those|which|who|whose)$",
    re.I,
)


def _ends_before_width(line: str, nxt: str, width: int) -> bool:
    """A line without final punctuation that stops although the next word would have fitted: a heading.

    Hard wrapping is greedy, so a wrapped line is always too full to take the next line's first word
    ("Energy ties deepen after summit" above a wrapped paragraph is a heading, not part of it).
    """
    if _TERMINAL.search(line) or line.rstrip()[-1:] in ",;:-–—(" or not nxt[:1].isupper():
        return False
    first = nxt.split(maxsplit=1)[0]
    return len(line) + 1 + len(first) < width - 2


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Paragraph units of ``text[start:end]`` as stripped (start, end) spans.

    Blocks are separated by blank lines. Inside a block, lines are joined when they look
    hard-wrapped (every line at most ~120 characters and the line is close to the block's width);
    otherwise each line is a paragraph of its own (one-paragraph-per-line texts). A list item or
    chronology entry takes its continuation lines (hanging indent, or a full line above); a date cell alone on its
    line takes the indented text cell below it ("8-10 September 2013" / "      State visit of …"). A line without
    final punctuation that ends although the next word would have fitted is a heading, not glued to
    the paragraph below it — unless it goes on with a sentence begun on the line above (a ragged wrap).
    """
    end = len(text) if end is None else end
    units: list[Span] = []
    blocks = (g for b in _BLOCK.finditer(text, start, end) for g in _quote_groups(_block_lines(text, *b.span())))
    for lines in blocks:
        if len(lines) <= 1:
            units.extend(lines)
            continue
        width = max(e - s for s, e in lines)
        wrapped = width <= 120
        cur_start, cur_end = lines[0]
        prev = ""
        for (s, e), (ns, ne) in itertools.pairwise(lines):
            line, nxt = text[s:e], text[ns:ne]
            # a line that goes on with a sentence begun above ("… the" / "collapse of …") is no heading
            mid_sentence = cur_start < s and bool(prev) and not _SENTENCE_END.search(prev)
            heading = not mid_sentence and _ends_before_width(line, nxt, width)
            long_line = ((e - s) >= max(40, 0.6 * width) and not heading) or bool(_OPEN_END.search(line))
            prev = line
            if cur_start == s and is_date_cell(line) and _indent(text, ns) >= _indent(text, s) + 4:
                join = True  # a table row whose date cell is too wide: the text cell starts on the next line
            elif _is_own_unit(nxt) and not _wrapped_tail(line, nxt):
                join = False
            elif not wrapped:
                # one paragraph per line (or a wide line in the block, e.g. a running page header): only a
                # chronology entry's hanging-indent continuation goes on with it
                join = _is_item(text[cur_start:e]) and _indent(text, ns) > _indent(text, cur_start)
            elif _is_item(text[cur_start:e]):  # a list item or chronology entry wrapped onto the next line
                join = _indent(text, ns) > _indent(text, cur_start) or (
                    _indent(text, ns) == _indent(text, s) and long_line and not _TERMINAL.search(line)
                )
            else:
                join = _indent(text, s) == _indent(text, ns) and long_line and not _is_own_unit(line)
            if join:
                cur_end = ne
            else:
                units.append((cur_start, cur_end))
                cur_start, cur_end = ns, ne
        units.append((cur_start, cur_end))
    return units


def _link_density(line: str) -> float:
    linked = sum(len(m.group(0)) for m in _MD_LINK.finditer(line))
    return linked / max(1, len(line))


def is_navigation_line(line: str) -> bool:
    """A line that opens a navigation/link section ("Read also", "Latest news", "Subscribe …")."""
    s = _clean(line)
    return len(s.split()) <= 12 and bool(_SECTION_KEYWORD.match(s))


def is_boilerplate_line(line: str) -> bool:
    """A single line that is never article body: keyword, social, cookie, copyright, separator, URL."""
    s = _clean(line)
    if not s:
        return True
    words = len(s.split())
    if (
        _SEPARATOR.match(s)
        or _URL_ONLY.match(s)
        or _TABLE_RULE.match(s)
        or is_navigation_line(s)
        or _SHARE_ROW.match(s)
    ):
        return True
    if _FOOTNOTE_LINE.match(line.strip()) or is_mailing_furniture(s):
        return True
    if words <= 15 and _KEYWORD_LINE.match(s):
        return True
    if words <= 20 and (_EDITORIAL_LINE.match(s) or _BREADCRUMB.match(s)):
        return True
    if words <= 40 and _CREDIT.search(s):
        return True
    if words <= 30 and is_caption(s):
        return True
    if words <= 8 and _SOCIAL.search(s):
        return True
    if words <= 40 and _COPYRIGHT.search(s):
        return True
    if _COOKIE.search(s) and _COOKIE_CONTEXT.search(s):
        return True
    return _link_density(s) > 0.5 or s.startswith("![")


#: A picture caption without a credit, as releases print them under a photo: a noun phrase placed by an occasion,
#: "Minister A and Minister B during the signing ceremony.", "The delegations at the talks in Astana."
_CAPTION = re.compile(
    r"^(?P<who>[A-Z][^.!?]{3,200}?)\s(?:during|at|after|before|ahead\s+of|on\s+the\s+sidelines\s+of|following)"
    r"\s+(?:the|a|an|their|his|her|its)\s[^.!?;:\d]{2,100}\.$"
)
#: The words of a caption's subject: names ("President Ilham Aliyev and Xi Jinping", "Prime Minister of Georgia").
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|and|of|the|de|van|von|al|bin|,|&)$")
#: A verb in the present of a caption ("Aliyev meets Xi at the summit.") or of a sentence: not a bare noun phrase.
_PRESENT_VERB = re.compile(
    r"\b(?:meets|signs|visits|holds|speaks|attends|opens|greets|shakes|arrives|inspects|addresses|receives"
    r"|says|leaves|lays|launches|chairs|hosts|takes|gives|makes|presents|delivers|pose[sd]?|stands?|sits?|walks?)\b",
    re.I,
)


def is_caption(line: str) -> bool:
    """A picture caption without a credit: one verbless sentence naming people at an occasion (``_CAPTION``: names
    only before "during/at/after … the …", no digits); any verb ("Aliyev met Xi at the summit.", "Officials expect
    …") makes it a sentence of the body."""
    s = line.strip().strip("*_").strip()
    m = _CAPTION.match(s)
    if m is None or _FINITE_VERB.search(s) or _PRESENT_VERB.search(s):
        return False
    return all(_NAME_WORD.match(w) for w in m["who"].replace(",", " , ").split())


def _clean(line: str) -> str:
    s = line.strip()
    s = _MD_HEADING.sub("", s)
    s = _BULLET.sub("", s)
    return s.strip().strip("*_").strip()


#: Hashtags closing a social-media post: "… in November 2024. #energy #Azerbaijan".
_TRAILING_TAGS = re.compile(r"(?:\s+#\w+)+\s*$")


def _without_tags(unit: _Unit) -> Span:
    """The span of a unit without the hashtags closing a post ("… in November 2024. #energy #Azerbaijan")."""
    m = _TRAILING_TAGS.search(unit.text)
    if m is None or not _TERMINAL.search(unit.text[: m.start()]):
        return unit.start, unit.end
    return unit.start, unit.start + m.start()


def _is_prose(unit: _Unit) -> bool:
    end = unit.text.rstrip("*_ ")  # Markdown emphasis around a sentence: "*A backgrounder on ….*"
    end = _TRAILING_TAGS.sub("", end) if _TERMINAL.search(_TRAILING_TAGS.sub("", end)) else end
    if unit.dated:
        return unit.words >= 3  # chronology entries often lack final punctuation
    return unit.words >= 25 or (unit.words >= 3 and bool(_TERMINAL.search(end) or end.endswith(":")))


def _is_statement(unit: _Unit) -> bool:
    """A declarative sentence (ends with a full stop, not a question like many headlines)."""
    return unit.words >= 6 and bool(_SENTENCE_END.search(unit.text))


def _is_strong_prose(unit: _Unit) -> bool:
    """Prose long enough to end a navigation list (list items are short)."""
    return unit.words >= 40 or (unit.words >= 15 and bool(_TERMINAL.search(unit.text)))


def _is_headline_like(unit: _Unit) -> bool:
    s = _clean(unit.text)
    if not s or _is_prose(unit) or unit.words > 25:
        return False
    first = s.lstrip("\"“‘'«([")[:1]
    return first.isupper() or first.isdigit()


#: A counter line under a copied post: "👁 1.4K", "Views: 1 204", "1.4K views", "❤ 120  🔁 34", "💬 12 comments".
_COUNTER_LINE = re.compile(
    r"[^\w\n]*(?:(?:views?|likes?|comments?|shares?|reposts?|reactions?|replies)\s*:?\s*)?"
    r"\d[\d.,\s]*[KkMm]?(?:\s*(?:views?|likes?|comments?|shares?|reposts?|reactions?|replies))?"
    r"(?:[^\w\n]+\d[\d.,]*[KkMm]?)*[^\w\n]*",
    re.I,
)
_COUNTER_MARK = re.compile(r"[^\w\s.,]|\b(?:views?|likes?|comments?|shares?|reposts?|reactions?|replies)\b", re.I)


def _trim_counters(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing counter lines of a copied post (:data:`_COUNTER_LINE`), so that "… the
    railway said.\n👁 1.4K" is a sentence of prose and the counter no body text."""
    while True:
        cut = text.rfind("\n", start, end)
        line = text[cut + 1 : end].strip() if cut != -1 else ""
        if not _COUNTER_LINE.fullmatch(line) or not _COUNTER_MARK.search(line):
            return end  # (a bare number line is a figure, not a counter)
        end = len(text[:cut].rstrip())


def _make_unit(text: str, start: int, end: int) -> _Unit:
    end = _trim_counters(text, start, end)
    line = text[start:end]
    dated = (
        is_dated_item(line)
        or (bool(_BULLET.match(line)) and len(line.split()) >= 7 and _has_full_date(line))
        or _is_dated_row(line)
    )
    return _Unit(
        start,
        end,
        line,
        bullet=bool(_BULLET.match(line)),
        heading_markup=bool(_MD_HEADING.match(line)),
        stamp=not dated and is_timestamp_line(line),
        words=len(line.split()),
        dated=dated,
    )


def body_spans(text: str, exclude: Iterable[Span] = (), keep: Iterable[Span] = ()) -> list[Span]:
    """(start, end) spans of the article-body paragraphs of ``text``.

    ``exclude`` are spans known not to be body (title, dateline, byline found by the metadata
    inference); units overlapping them are dropped. ``keep`` are spans known to be body though they may
    lack final punctuation (standfirsts marked in the page's markup): kept unless excluded or boilerplate.
    When nothing qualifies as prose, short non-boilerplate lines are returned instead so that a
    headline-only text is not empty.
    """
    excluded = sorted(exclude)
    kept = list(keep)
    units = [_make_unit(text, s, e) for s, e in split_paragraphs(text)]
    n = len(units)
    drop = [False] * n
    for i, u in enumerate(units):
        overlaps = any(s < u.end and u.start < e for s, e in excluded)
        if overlaps or u.heading_markup or u.stamp or is_boilerplate_line(u.text):
            drop[i] = True
    notes = _footnote_bodies(units, drop)
    _drop_ruled_notes(units, drop, notes)
    _drop_trailing_notes(units, drop, notes)
    _drop_author_notes(units, drop)
    _drop_apparatus(units, drop, notes)
    _drop_navigation_sections(units, drop)
    _drop_comment_sections(units, drop)
    _drop_timestamp_lists(units, drop)
    _drop_bullet_link_lists(units, drop)
    standfirst = [any(s < u.end and u.start < e for s, e in kept) for u in units]
    questions = _question_turns(units, drop)
    body = [
        span
        for i, u in enumerate(units)
        if not drop[i] and (_is_prose(u) or standfirst[i] or i in notes)
        for told in (_told_in_question(text, u) if i in questions else [notes.get(i, _without_tags(u))])
        for span in _without_scope_notes(text, told)
    ]
    if body:
        return body
    return [(u.start, u.end) for i, u in enumerate(units) if not drop[i]]


#: The speaker label opening a turn of a transcript: "Q: ", "Question: ", "CCTV: ", "**SRR:** ", "Lin Jian: ".
_TURN_LABEL = re.compile(r"^[*_]{0,2}(?P<label>[A-Z][\w&.'’ -]{0,30}?)[*_]{0,2}\s*:[*_]{0,2}\s+(?=\S)")
_QUESTION_LABEL = re.compile(r"^(?:Q|Q\d{1,2}|Question|Follow-?\s?up(?: question)?)$", re.I)
_ANSWER_LABEL = re.compile(r"^(?:A|A\d{1,2}|Answer)$", re.I)
_BOLD_TURN = re.compile(r"^(?:\*\*|__)(?!\s)(?:(?!\*\*|__).)+(?:\*\*|__)$")


def _question_turns(units: list[_Unit], drop: list[bool]) -> set[int]:
    """Indices of the interviewer's or the reporters' turns of an interview or press-conference transcript.

    A question turn is labelled "Q:"/"Question:"/"Follow-up:", or it carries the label of a speaker whose turns
    mostly ask ("?") and is followed by the turn of a speaker who answers (a label seen twice or more whose turns
    mostly do not ask: "CCTV: … ?" before "Lin Jian: …"), or, in an interview set in bold questions, it is a wholly
    bold paragraph followed by a plain one (three or more such pairs, two of them asking).
    """
    live = [i for i, u in enumerate(units) if not drop[i]]
    labels: dict[int, str] = {}
    for i in live:
        m = _TURN_LABEL.match(units[i].text.strip())
        if m and len(m["label"].split()) <= 4:
            labels[i] = m["label"].strip()
    asks: dict[str, list[bool]] = {}
    for i, label in labels.items():
        asks.setdefault(label, []).append("?" in units[i].text)
    asking = {label for label, a in asks.items() if sum(a) >= 0.5 * len(a)}
    answering = {label for label, a in asks.items() if len(a) >= 2 and sum(a) <= 0.25 * len(a)}
    turns: set[int] = set()
    for k, i in enumerate(live):
        label = labels.get(i)
        nxt = live[k + 1] if k + 1 < len(live) else None
        if label is None or _ANSWER_LABEL.match(label):
            continue
        if _QUESTION_LABEL.match(label) or (
            label in asking and label not in answering and nxt is not None and labels.get(nxt) in answering
        ):
            turns.add(i)
    bold = [
        i
        for k, i in enumerate(live)
        if _BOLD_TURN.match(units[i].text.strip())
        and k + 1 < len(live)
        and not _BOLD_TURN.match(units[live[k + 1]].text.strip())
        and i not in labels
    ]
    if len(bold) >= 3 and sum("?" in units[i].text for i in bold) >= 2:
        turns.update(bold)
    return turns


_SENTENCE_BREAK = re.compile(r"(?<=[.?!])[\"”’)*_]*\s+(?=[\"“‘(*_]*[A-Z0-9])")
#: A title or initial before a full stop that ends no sentence: "Mr.", "Dr.", "U.S.", "No.".
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|No|Amb|Gov|Jr|Sr)|\b[A-Z]|\.[A-Z])\.$")
#: A statement of a question turn that tells nothing: it frames the question ("A question on …"), addresses the
#: interviewee ("You arrived in Baku …", "your visit"), or passes on a report ("reportedly", "There are reports").
#: (The questions themselves stay: "Could you share more about the minister's trip to Baku?" names an event.)
_NO_TELLING = re.compile(
    r"^[\"“‘(*_]*(?:[A-Z][\w&.'’ -]{0,30}:\s*)?(?:a\s+(?:question|follow-?\s?up)\s+(?:on|about|regarding))\b"
    r"|\b(?:you|your|yours|yourself)\b|\breportedly\b|\bthere\s+(?:are|were|have\s+been)\s+reports\b"
    r"|\b(?:have|has)\s+reported\b|\breports\s+(?:say|said|suggest)\b",
    re.I,
)


def _told_in_question(text: str, unit: _Unit) -> list[Span]:
    """The sentences of a question turn that tell something (a fact the reporter states before asking: "Azerbaijan
    applied to join BRICS in August.") and its questions, as spans; statements framing the question, addressing the
    interviewee or passing on hearsay are left out."""
    spans: list[Span] = []
    for pos, stop in _sentence_bounds(text, *_without_tags(unit)):
        sentence = text[pos:stop].strip()
        asks = sentence.rstrip("*_ \"”’)").endswith("?")
        if sentence and (asks or not _NO_TELLING.search(sentence.rstrip("*_ "))):
            spans.append(_strip_span(text, pos, stop))
    return spans


def _sentence_bounds(text: str, start: int, end: int) -> Iterator[Span]:
    """The ``(start, stop)`` bounds of the sentences of ``text[start:end]`` (stop excludes the break)."""
    pos = start
    breaks = [m for m in _SENTENCE_BREAK.finditer(text, start, end) if not _ABBREVIATION.search(text, start, m.start())]
    for m in [*breaks, None]:
        yield pos, m.start() if m else end
        pos = m.end() if m else end


#: A note on the document's own scope or sources ("The list above is not exhaustive; …", "This chronology is updated
#: from time to time", "Entries are based on official communiques."): it tells no event, though it may name one.
_SCOPE_NOTE = re.compile(
    r"(?:^|(?<=[.!?]\s))[\"“*_(]*(?:(?:the|this|our)\s+(?:list|chronology|timeline|table|overview|selection)\s+"
    r"(?:above|below)\b"
    r"|(?:the|this|our)\s+(?:chronology|timeline|list|backgrounder|overview|compilation|selection)\s+(?:is|was)\s+"
    r"(?:not\s+|by\s+no\s+means\s+)?(?:exhaustive|complete|comprehensive|updated|compiled|based)\b"
    r"|(?:the\s+)?entries\s+(?:are|were)\s+(?:based|compiled|selected|drawn)\b)",
    re.I,
)


def _without_scope_notes(text: str, span: Span) -> list[Span]:
    """The span without its sentences that note the document's own scope or sources (:data:`_SCOPE_NOTE`)."""
    start, end = span
    if not _SCOPE_NOTE.search(text[start:end]):
        return [span]
    spans: list[Span] = []
    for pos, stop in _sentence_bounds(text, start, end):
        sentence = text[pos:stop].strip()
        if sentence and not _SCOPE_NOTE.match(sentence):
            if spans and not text[spans[-1][1] : pos].strip():
                spans[-1] = (spans[-1][0], _strip_span(text, pos, stop)[1])  # one span for consecutive sentences
            else:
                spans.append(_strip_span(text, pos, stop))
    return spans


def is_author_note(line: str) -> bool:
    """An author's biography line ("X is a senior fellow at …"); the caller checks its position."""
    s = _clean(line)
    return len(s.split()) <= 60 and len(re.findall(r"[.!?](?:\s|$)", s)) <= 3 and bool(_BIO.match(s))


def _drop_author_notes(units: list[_Unit], drop: list[bool]) -> None:
    """Drop author biographies among the first or last three units (or anywhere when they say "The author")."""
    n = len(units)
    for i, u in enumerate(units):
        if (i < 3 or i >= n - 3 or _clean(u.text).lower().startswith("the author")) and is_author_note(u.text):
            drop[i] = True


def _heading_level(unit: _Unit) -> int:
    m = _MD_HEADING.match(unit.text)
    return len(unit.text) - len(unit.text.lstrip("#")) if m else 7


def _drop_apparatus(units: list[_Unit], drop: list[bool], notes: dict[int, Span]) -> None:
    """Drop "Notes"/"References"/"Sources"/… sections: from their heading to the next heading as high.

    In a notes section ("Notes", "Footnotes", "Endnotes"), a note that is a statement (:func:`is_note_statement`)
    is kept, its span after the marker ("1. ", "[2] ", "- "), and recorded in ``notes``; citations are dropped.
    """
    i, n = 0, len(units)
    while i < n:
        u = units[i]
        if u.words <= 4 and _APPARATUS.match(_clean(u.text)):
            level = _heading_level(u)
            notes_section = bool(_NOTES_HEADING.match(_clean(u.text)))
            j = i + 1
            while j < n and not (units[j].heading_markup and _heading_level(units[j]) <= level):
                if notes_section and j not in notes:
                    _keep_note(units[j], j, notes, _NOTE_MARKER)
                drop[j] = j not in notes
                j += 1
            drop[i] = True
            i = j
        else:
            i += 1


#: The heading of a section of notes (kept when they are statements), not of references or sources.
_NOTES_HEADING = re.compile(r"^(?:(?:foot|end)?notes?|notes and references|sources and notes)\W*$", re.I)
#: The marker opening a note: "[^1]: ", "[2] ", "^3 ", "¹ ", "1. ", "2) ", "(3) ", "- ".
_NOTE_MARKER = re.compile(r"^(?:\[\^?\d{1,3}\]:?|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(\d{1,3}\)|\d{1,3}[.)]?|[-*•])\s+")
#: Signs of a bibliographic citation: links, identifiers, page numbers, "(2019)", "Retrieved", "et al.".
_CITATION = re.compile(
    r"https?://|www\.|\bdoi\b|\bisbn\b|\bissn\b|\bretrieved\b|\baccessed\b|\bpp?\.\s*\d|\bvol\.|\bno\.\s*\d"
    r"|\bibid\b|\bop\.\s*cit\b|\bet al\b|\(\d{4}[a-z]?\)|\bavailable (?:at|online|from)\b|\bin:\s",
    re.I,
)
#: A finite verb of a statement (notes that tell something, not titles of documents).
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|will|would|could|can|may|might|must|shall|should"
    r"|said|says|met|took|made|became|came|went|held|won|left|began|rose|fell|grew|gave|saw|told|wrote|led"
    r"|[a-z]{2,}ed)\b"
)


#: A note that ends with its source's date after a comma: "Figures announced by the Ministry of Economy, April
#: 2019.", "Xinhua reporting, 2020-2021." (a source line, not a statement of what happened).
_SOURCE_DATED_TAIL = re.compile(
    rf",\s*(?:(?:{_DAY}\s+)?{_MONTH}\s+(?:{_DAY},?\s+)?{_YEAR}|{_YEAR}(?:\s*[-–/]\s*(?:{_YEAR}|\d{{1,2}}))*)\.?$"
)


def is_note_statement(note: str) -> bool:
    """A footnote or endnote that tells something ("The memorandum was signed in Beijing on 10 December 2015."):
    six words or more, a final full stop, a finite verb, and no sign of a bibliographic citation (a link, page
    numbers, "(2019)", "Retrieved …", a source's date after a comma at the end) — "Joint Statement on …, Beijing,
    23 April 2025." and "Figures announced by the Ministry of Economy, April 2019." are citations."""
    s = note.strip().rstrip("*_ ")
    if len(s.split()) < 6 or not _TERMINAL.search(s) or _CITATION.search(s) or _SOURCE_DATED_TAIL.search(s):
        return False
    return bool(_FINITE_VERB.search(s))


def _keep_note(unit: _Unit, i: int, notes: dict[int, Span], marker: re.Pattern[str]) -> None:
    """Record ``unit`` in ``notes`` (its span after the marker) when it is a note telling something."""
    m = marker.match(unit.text)
    rest = unit.text[m.end() :] if m else unit.text
    if is_note_statement(rest) and not is_boilerplate_line(rest):
        notes[i] = (unit.start + (m.end() if m else 0), unit.end)


def _footnote_bodies(units: list[_Unit], drop: list[bool]) -> dict[int, Span]:
    """Footnote lines ("[^1]: The memorandum was signed …", "[2] …", "¹ …") that are statements: their units
    are kept (span after the marker) although footnote lines are otherwise boilerplate; citations stay out."""
    notes: dict[int, Span] = {}
    for i, u in enumerate(units):
        if not _FOOTNOTE_LINE.match(u.text.strip()):
            continue
        _keep_note(u, i, notes, _FOOTNOTE_MARKER)
        if i in notes and drop[i] and not _is_only_footnote_drop(u):
            del notes[i]
        elif i in notes:
            drop[i] = False
    return notes


#: A footnote under a page's footnote rule, numbered without brackets: "1 Ministry of …", "³ Reuters, …" (not a
#: chronology entry, "12 May: talks …").
_RULED_NOTE = re.compile(rf"^(?:\d{{1,3}}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(?!{_MONTH}\b)(?=[\"“‘(]?[A-Z])")


def _drop_ruled_notes(units: list[_Unit], drop: list[bool], notes: dict[int, Span]) -> None:
    """The footnotes under a rule (a separator line, then notes numbered "1 …", "2 …", as PDF pages and Word
    documents print them): citations are dropped, notes that tell something are kept after their number."""
    for i, u in enumerate(units):
        if not _SEPARATOR.match(u.text.strip()):
            continue
        j = i + 1
        while j < len(units) and not units[j].dated and _RULED_NOTE.match(units[j].text):
            _keep_note(units[j], j, notes, _RULED_NOTE)
            drop[j] = j not in notes
            j += 1


def _drop_trailing_notes(units: list[_Unit], drop: list[bool], notes: dict[int, Span]) -> None:
    """Endnotes closing the text without a heading or a rule: a run of two or more lines numbered "1 …", "2 …" in
    order (no full stop after the number, unlike a body list "1. …"). Citations are dropped, notes that tell
    something are kept after their number."""
    run: list[int] = []
    for i in range(len(units) - 1, -1, -1):
        numbered = bool(_RULED_NOTE.match(units[i].text)) and not units[i].dated and i not in notes
        if not numbered and drop[i] and not run:
            continue  # furniture after the notes
        if not numbered:
            break
        run.append(i)
    run.reverse()
    numbers = [re.match(r"\d+", units[i].text) for i in run]
    if len(run) < 2 or any(n is None for n in numbers):
        return
    values = [int(n.group()) for n in numbers if n is not None]
    if values != list(range(values[0], values[0] + len(values))):
        return
    for i in run:
        _keep_note(units[i], i, notes, _RULED_NOTE)
        drop[i] = i not in notes


_FOOTNOTE_MARKER = re.compile(r"^(?:\[\^?\d{1,3}\]:?|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+")


def _is_only_footnote_drop(unit: _Unit) -> bool:
    """The unit was dropped only for its footnote marker (not as a heading, timestamp or other boilerplate)."""
    m = _FOOTNOTE_MARKER.match(unit.text)
    rest = unit.text[m.end() :] if m else unit.text
    return not (unit.heading_markup or unit.stamp or is_boilerplate_line(rest))


#: The line opening the readers' comments under an article or a post: "3 Comments", "Comments (12)", "Reader
#: comments", "Leave a reply", "Join the discussion", "Discussion about this post", "5 thoughts on “…”".
_COMMENTS_OPENER = re.compile(
    r"^(?:\d+\s+)?comments?(?:\s*\(\d+\))?|\d+\s+(?:responses?|replies|reactions)|(?:responses|replies)\s*\(\d+\)"
    r"|(?:\d+\s+)?(?:reader(?:s['’]?)?\s+comments?|thoughts?\s+on\b.*|responses?\s+to\b.*)"
    r"|(?:leave|post|add|write)\s+a\s+(?:comment|reply)|join\s+the\s+(?:discussion|conversation)"
    r"|discussion\s+about\s+this\s+(?:post|article|story)|(?:show|view|read)\s+(?:all\s+)?\d*\s*comments"
    r"|comments\s+are\s+closed|what\s+readers\s+say"
    # the counters under a social-media post: "214 reactions · 12 comments · 9 reposts"
    r"|(?:\d[\d.,]*[KkMm]?\s+(?:reactions?|comments?|reposts?|shares?|likes?|views?|retweets?|quotes?|replies)"
    r"\s*[·•|,]?\s*){2,}",
    re.I,
)


def _drop_comment_sections(units: list[_Unit], drop: list[bool]) -> None:
    """Drop readers' comments: everything from a comments opener (``_COMMENTS_OPENER``, a short line) to the end.

    Only below the article: the opener must follow at least two kept prose paragraphs (a comment counter under
    the headline, "12 Comments", opens nothing)."""
    prose_before = 0
    for i, u in enumerate(units):
        s = _clean(u.text).rstrip(":").strip()
        if prose_before >= 2 and len(s.split()) <= 10 and _COMMENTS_OPENER.fullmatch(s):
            for j in range(i, len(units)):
                drop[j] = True
            return
        if not drop[i] and _is_prose(u):
            prose_before += 1


def _drop_navigation_sections(units: list[_Unit], drop: list[bool]) -> None:
    """After "Read also"/"Latest news"/…, drop everything until strong prose resumes."""
    in_section = False
    for i, u in enumerate(units):
        if is_navigation_line(u.text):
            in_section = True
            drop[i] = True
        elif in_section:
            if _is_strong_prose(u) and not u.bullet:
                in_section = False
            else:
                drop[i] = True


def _drop_timestamp_lists(units: list[_Unit], drop: list[bool]) -> None:
    """Drop short lines just before a timestamp line (headline / timestamp link lists).

    Only timestamps that belong to a list count: a second timestamp within a few units, or one
    that comes after the body has ended (no strong prose later).
    """
    stamps = [i for i, u in enumerate(units) if u.stamp]
    if not stamps:
        return
    last_prose = max((i for i, u in enumerate(units) if _is_strong_prose(u)), default=-1)
    for k, i in enumerate(stamps):
        near_other = (k > 0 and i - stamps[k - 1] <= 4) or (k + 1 < len(stamps) and stamps[k + 1] - i <= 4)
        if not (near_other or i > last_prose):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            if units[j].stamp or units[j].dated or _is_strong_prose(units[j]) or _is_statement(units[j]):
                break
            drop[j] = True


def _drop_bullet_link_lists(units: list[_Unit], drop: list[bool]) -> None:
    """Drop runs of ≥2 headline-like bullet items near the top or bottom of the article."""
    n = len(units)
    prose_idx = [i for i, u in enumerate(units) if _is_prose(u) and not u.bullet]
    first_third = prose_idx[len(prose_idx) // 3] if prose_idx else n
    last_prose = prose_idx[-1] if prose_idx else -1
    i = 0
    while i < n:
        if not units[i].bullet:
            i += 1
            continue
        j = i
        while j < n and units[j].bullet:
            j += 1
        run = units[i:j]
        headline_like = sum(1 for u in run if _is_headline_like(u) and u.words >= 4 and not u.dated)
        positioned = i <= first_third or i > last_prose
        if len(run) >= 2 and headline_like >= max(2, (2 * len(run) + 2) // 3) and positioned:
            for k in range(i, j):
                drop[k] = True
        i = j
