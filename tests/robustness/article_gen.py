"""Generator of realistic (and realistically messy) article texts for robustness tests.

Every fragment below is hand-written for this generator. An article is a header (none, front matter,
dateline, "Posted on" line, HTML head) followed by a few body blocks of many shapes: prose, year and month
headings, bullet chronologies with mixed date styles, tables, digests with clock times, interview Q&A,
relative-date narratives, figures and money, hard-wrapped PDF-like text, very long and empty lines,
repeated sentences, followed by a pass that sprinkles odd Unicode.

The generator is written against a tiny :class:`Chooser` interface so that the same code runs under
hypothesis (``articles()``: shrinkable, derandomized in the tests) and under a seeded ``random.Random``
(``article_from_seed(seed)``: for end-to-end ingestion and for running through ``timeline ingest``).
"""

from __future__ import annotations

import json
import random
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from hypothesis import strategies as st

T = TypeVar("T")


class Chooser(Protocol):
    """The few random decisions the generator makes."""

    def pick(self, options: Sequence[T]) -> T: ...

    def number(self, low: int, high: int) -> int: ...


class RandomChooser:
    """Chooser over a seeded :class:`random.Random`."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def pick(self, options: Sequence[T]) -> T:
        return options[self._rng.randrange(len(options))]

    def number(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)


class DrawChooser:
    """Chooser over a hypothesis ``draw`` function (so failures shrink)."""

    def __init__(self, draw: Callable[[st.SearchStrategy[object]], object]) -> None:
        self._draw = draw

    def pick(self, options: Sequence[T]) -> T:
        return options[self._draw(st.integers(0, len(options) - 1))]  # type: ignore[index]

    def number(self, low: int, high: int) -> int:
        return self._draw(st.integers(low, high))  # type: ignore[return-value]


# ----------------------------------------------------------------------------------------------
# Vocabulary (own wording)
# ----------------------------------------------------------------------------------------------

STATES = (
    "Azerbaijan",
    "China",
    "Georgia",
    "Kazakhstan",
    "Uzbekistan",
    "Turkmenistan",
    "Kyrgyzstan",
    "Türkiye",
    "Turkey",
    "Russia",
    "Iran",
    "Armenia",
    "Pakistan",
    "Tajikistan",
    "the European Union",
    "Hungary",
)
PEOPLE = (
    "President Ilham Aliyev",
    "Xi Jinping",
    "Chinese President Xi Jinping",
    "Foreign Minister Jeyhun Bayramov",
    "Wang Yi",
    "Kassym-Jomart Tokayev",
    "Shavkat Mirziyoyev",
    "Recep Tayyip Erdoğan",
    "Vladimir Putin",
    "Prime Minister Ali Asadov",
    "Li Qiang",
    "Nikol Pashinyan",
    "Hikmet Hajiyev",
    "Mikheil Kavelashvili",
)
ORGS = (
    "the Shanghai Cooperation Organisation",
    "the SCO",
    "the Asian Infrastructure Investment Bank",
    "AIIB",
    "the Belt and Road Initiative",
    "CNPC",
    "SOCAR",
    "Azerbaijan Railways",
    "the Middle Corridor consortium",
    "the Organisation of Turkic States",
    "ASEAN",
    "the UN General Assembly",
)
UNKNOWN = (
    "Minister Varo Tellek of Zandria",
    "Deputy Director Imre Solvang",
    "the Qorvan Logistics Group",
    "Ambassador Lutfi Marabekov",
    "Kestrel Ventures",
    "Professor Anaïs Okonjo-Bright",
    "the Talvi Commission",
    "Governor Zhu Hanmei",
    "O'Brien-Kadyrova",
    "the NORDLINK-7 working group",
)
PLACES = (
    "Baku",
    "Beijing",
    "Astana",
    "Tbilisi",
    "Tashkent",
    "Urumqi",
    "Shusha",
    "Ganja",
    "Xi'an",
    "Aktau",
    "Alat",
)
CUES = (
    "signed an agreement on road transport with",
    "held talks with",
    "paid a state visit to",
    "met",
    "discussed energy cooperation with",
    "agreed to expand trade with",
    "hosted",
    "phoned",
    "visited",
    "ratified a treaty with",
    "opened a consulate in",
    "launched a joint venture with",
    "criticised",
    "will visit",
    "is expected to sign a memorandum with",
    "would meet",
    "did not meet",
    "denied meeting",
    "reportedly received",
    "announced a partnership with",
    "established diplomatic relations with",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
RELATIVE = (
    "two days later",
    "the following morning",
    "on the second day",
    "that autumn",
    "the year before last",
    "a week earlier",
    "the next day",
    "last year",
    "yesterday",
    "on Monday",
    "last Tuesday",
    "this month",
    "earlier this year",
    "three years ago",
    "the day before",
    "later that month",
    "in the same year",
    "a decade later",
    "on the eve of the summit",
    "recently",
    "next week",
    "the previous spring",
    "in the first half of the year",
    "at the end of last month",
    "on day three",
    "hours later",
)
ODD = (
    "\u00a0",
    "\u200b",
    "\u200f",
    "\u200e",
    "\u202e",
    "\ufeff",
    "\u00ad",
    "🇦🇿",
    "🤝",
    "“",
    "”",
    "‘",
    "’",
    "…",
    "\u2028",
    "\t",
    "\r\n",
    "\u0301",
    "ﬁ",
    "\u3000",
    "—",
    "\x0c",
    "\u2029",
    "\x01",
    "\x1b",
    "\x7f",
    "\ud83c",
)


def year(c: Chooser) -> int:
    """Mostly recent years; sometimes any year, and the ends of the calendar."""
    kind = c.number(0, 9)
    if kind < 5:
        return c.number(1990, 2026)
    if kind == 5:
        return c.number(1, 9999)
    return (2015, 2024, 1, 9999)[kind - 6]


def iso_day(c: Chooser) -> str:
    """An ISO day; now and then the very first or last days of the calendar."""
    if c.number(0, 5) == 0:
        return c.pick(("0001-01-01", "0001-01-05", "9999-12-31", "9999-12-28"))
    return f"{year(c):04d}-{c.number(1, 12):02d}-{c.number(1, 28):02d}"


def day_month_year(c: Chooser) -> str:
    d, m, y = c.number(0, 32), c.number(0, 13), year(c)
    mi = min(max(m, 1), 12) - 1
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"{d} {MONTHS[mi]} {y}",
        lambda: f"{MONTHS[mi]} {d}, {y}",
        lambda: f"{d:02d}.{m:02d}.{y}",
        lambda: f"{y}-{m:02d}-{d:02d}",
        lambda: f"{d}/{m}/{y}",
        lambda: f"{ABBR[mi]} {d}",
        lambda: f"{d} {MONTHS[mi]}",
        lambda: f"{MONTHS[mi]} {d}",
        lambda: f"{d}th of {MONTHS[mi]}",
        lambda: f"{d}–{d + c.number(1, 4)} {MONTHS[mi]}",
        lambda: f"{MONTHS[mi]} {d}-{d + 2}, {y}",
        lambda: f"{MONTHS[mi]} {y}",
        lambda: f"{y}",
        lambda: f"{y}–{y + c.number(0, 3)}",
        lambda: f"from {y} to {y + 1}",
        lambda: f"mid-{y}",
        lambda: f"early {y // 10 * 10}s",
        lambda: f"Q{c.number(1, 4)} {y}",
        lambda: f"spring {y}",
        lambda: f"the {y // 10 * 10}s",
        lambda: f"{MONTHS[mi]} {y} – present",
        lambda: f"{d} {MONTHS[mi]} – {d} {MONTHS[(mi + 1) % 12]} {y}",
        lambda: f"{d}-{MONTHS[mi][:3]}-{y % 100:02d}",
        lambda: f"the {d}rd",
        lambda: f"{MONTHS[mi]} {d}–{MONTHS[(mi + 1) % 12]} {d}",
        lambda: f"{y}/{(y + 1) % 100:02d}",
    )
    return c.pick(forms)()


def date_phrase(c: Chooser) -> str:
    kind = c.number(0, 3)
    return c.pick(RELATIVE) if kind == 3 else ("on ", "in ", "")[kind] + day_month_year(c)


def actor(c: Chooser) -> str:
    return c.pick(c.pick((STATES, PEOPLE, ORGS, UNKNOWN, PLACES)))


def sentence(c: Chooser) -> str:
    a, b, d = actor(c), actor(c), date_phrase(c)
    shapes: tuple[Callable[[], str], ...] = (
        lambda: f"{a} {c.pick(CUES)} {b} {d}.",
        lambda: f"{d[:1].upper() + d[1:]}, {a} {c.pick(CUES)} {b} in {c.pick(PLACES)}.",
        lambda: f"According to {b}, {a} {c.pick(CUES)} {actor(c)} {d}, a move that {actor(c)} welcomed.",
        lambda: f"“We {c.pick(('signed', 'agreed', 'discussed', 'will build'))} it {d},” {a} said.",
        lambda: f"The talks between {a} and {b}, first held {date_phrase(c)}, resumed {d}.",
        lambda: f"{a} and {b} {c.pick(CUES)} each other {d} and again {date_phrase(c)}.",
        lambda: f"It was not until {d} that {a} {c.pick(CUES)} {b}.",
        lambda: f"{a}'s {year(c)} election preceded the {c.pick(PLACES)} summit {d}.",
        lambda: f"{c.pick(UNKNOWN)} {c.pick(CUES)} {c.pick(UNKNOWN)}.",
        lambda: f"Did {a} meet {b} {d}?",
        lambda: f"{a} {c.pick(CUES)} {b} {d}; {actor(c)} {c.pick(CUES)} {actor(c)} {date_phrase(c)}.",
        lambda: f"Since {d}, {a} has {c.pick(('hosted', 'visited', 'met'))} {b} {c.number(2, 40)} times.",
    )
    return c.pick(shapes)()


def money_sentence(c: Chooser) -> str:
    n = c.pick((f"{c.number(0, 999)}.{c.number(0, 99)}", f"{c.number(1, 99_999):,}", str(c.number(0, 10**9))))
    unit = c.pick(("$", "US$", "USD ", "€", "¥", "AZN ", "manat "))
    scale = c.pick((" billion", " million", "bn", "m", " thousand tonnes", "%", " trillion", ""))
    makers: tuple[Callable[[], str], ...] = (
        lambda: f"Trade turnover between {actor(c)} and {actor(c)} reached {unit}{n}{scale} in {year(c)}.",
        lambda: f"Chinese investment in {c.pick(STATES)} rose by {n}% {date_phrase(c)}, to {unit}{n}{scale}.",
        lambda: f"Exports fell {n}{scale} year on year in the first {c.number(0, 13)} months of {year(c)}.",
        lambda: (
            f"Freight volume on the route was {n} TEU in {day_month_year(c)} (up from {n} a year before)."
        ),
        lambda: (
            f"{c.number(1, 200)} trains, {n} containers and {unit}{n}{scale} — the figures for {year(c)}."
        ),
    )
    return c.pick(makers)()


# ----------------------------------------------------------------------------------------------
# Blocks
# ----------------------------------------------------------------------------------------------


def prose(c: Chooser) -> str:
    return " ".join(c.pick((sentence, sentence, money_sentence))(c) for _ in range(c.number(1, 6)))


def bullet_item(c: Chooser) -> str:
    sep = c.pick((" — ", " – ", ": ", " - ", ". ", "\u00a0– ", " "))
    head = c.pick(
        (day_month_year(c), f"In {c.pick(MONTHS)}", c.pick(ABBR) + f" {c.number(1, 31)}", "Undated")
    )
    mark = c.pick(("- ", "* ", "• ", "1. ", f"{c.number(1, 99)}) ", "", "– "))
    return f"{mark}{head}{sep}{sentence(c)}"


def year_chronology(c: Chooser) -> str:
    parts = []
    for _ in range(c.number(1, 3)):
        y = year(c)
        heading = c.pick(
            (f"## {y}", f"### {y}", f"{y}", f"**{y}**", f"{y}:", f"# {y} – {c.pick(('Talks', 'Trade'))}")
        )
        items = [bullet_item(c) for _ in range(c.number(0, 4))]
        parts.append(heading + "\n\n" + "\n".join(items))
    return "\n\n".join(parts)


def month_chronology(c: Chooser) -> str:
    parts = []
    for _ in range(c.number(1, 3)):
        m = c.pick(MONTHS)
        heading = c.pick((f"### {m}", f"{m} {year(c)}", f"## {m.upper()}", f"*{m}*"))
        parts.append(heading + "\n" + "\n".join(bullet_item(c) for _ in range(c.number(1, 3))))
    return "\n\n".join(parts)


def table(c: Chooser) -> str:
    rows = [f"| {day_month_year(c)} | {actor(c)} | {sentence(c)} |" for _ in range(c.number(0, 4))]
    head = c.pick(("| Date | Who | What |\n|---|---|---|", "| Year | Event |\n|:--|--:|", "Date\tEvent", ""))
    if c.number(0, 3) == 0:  # a broken row
        rows.append("| | | |\n|" + "|" * c.number(0, 20))
    return head + "\n" + "\n".join(rows)


def digest(c: Chooser) -> str:
    lines = []
    for _ in range(c.number(1, 5)):
        h, m = c.number(0, 25), c.number(0, 61)
        stamp = c.pick(
            (f"**{h:02d}:{m:02d}** – ", f"{h:02d}:{m:02d} ", f"{h % 12 or 12}.{m:02d}am: ", f"[{h}:{m:02d}] ")
        )
        lines.append(stamp + sentence(c))
    return "\n\n".join(lines)


def interview(c: Chooser) -> str:
    out = []
    for _ in range(c.number(1, 3)):
        q = c.pick(("Q: ", "Question: ", "**Interviewer:** ", "— "))
        a = c.pick(("A: ", "Answer: ", f"**{c.pick(PEOPLE).split()[-1]}:** ", "— "))
        out.append(f"{q}When did {actor(c)} first meet {actor(c)}?\n{a}{sentence(c)} {sentence(c)}")
    return "\n\n".join(out)


def relative_story(c: Chooser) -> str:
    first = f"{actor(c)} arrived in {c.pick(PLACES)} on {day_month_year(c)}."
    rels = [c.pick(RELATIVE) for _ in range(3)]
    rest = [f"{r[:1].upper() + r[1:]}, {actor(c)} {c.pick(CUES)} {actor(c)}." for r in rels]
    return " ".join([first, *rest[: c.number(1, 3)]])


def hard_wrapped(c: Chooser) -> str:
    text = prose(c) + " " + prose(c)
    width = c.number(20, 75)
    lines = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=True)
    if c.number(0, 1):  # PDF-style hyphenation at line ends
        lines = [ln[:-2] + "-" + "\n" + ln[-2:] if len(ln) > 6 and ln[-1].isalpha() else ln for ln in lines]
    page = c.pick(
        ("", f"\n{c.number(1, 40)}\n", "\n\x0c\n", f"\nPage {c.number(1, 9)} of {c.number(1, 9)}\n")
    )
    half = len(lines) // 2
    return "\n".join(lines[:half]) + page + "\n".join(lines[half:])


def long_line(c: Chooser) -> str:
    return (sentence(c) + " ") * c.number(5, 40) + c.pick(("", "x" * c.number(100, 2000)))


def empty_lines(c: Chooser) -> str:
    return c.pick(
        ("\n" * c.number(1, 30), " \n\t\n \u00a0\n", "\n\n---\n\n", "***", "<br>", "\n\n#\n\n", "##")
    )


def repeated(c: Chooser) -> str:
    s = sentence(c)
    return c.pick((s + " " + s, "\n\n".join([s] * c.number(2, 5)), s + "\n" + s.upper()))


def boilerplate(c: Chooser) -> str:
    return c.pick(
        (
            "Share  Tweet  Copy link",
            "Subscribe now",
            "Read more:",
            "Related articles",
            "Advertisement",
            "© 2024 All rights reserved.",
            "Photo: AFP / Getty Images",
            "Tags: China, Azerbaijan, SCO",
            f"Updated {day_month_year(c)} {c.number(0, 23)}:{c.number(0, 59):02d} GMT",
            "Follow us on Telegram 📲",
            "Cookies help us deliver our services.",
        )
    )


BLOCKS: tuple[Callable[[Chooser], str], ...] = (
    prose,
    prose,
    prose,
    year_chronology,
    month_chronology,
    table,
    digest,
    interview,
    relative_story,
    hard_wrapped,
    long_line,
    empty_lines,
    repeated,
    boilerplate,
)


# ----------------------------------------------------------------------------------------------
# Headers, assembly, Unicode noise
# ----------------------------------------------------------------------------------------------


def title(c: Chooser) -> str:
    return c.pick(
        (
            f"{actor(c)} and {actor(c)} deepen ties",
            f"Chronology of {c.pick(STATES)}–{c.pick(STATES)} relations",
            "Live: summit day two",
            f"Interview with {c.pick(PEOPLE)}",
            "",
            "Untitled",
            f"{year(c)} in review",
        )
    )


def front_matter(c: Chooser, t: str, pub: str) -> str:
    published = c.pick((iso_day(c), iso_day(c), pub, ""))
    outlet = c.pick(("Trend", "Xinhua", "Eurasianet", "The Diplomat", ""))
    return f"---\ntitle: {json.dumps(t)}\npublished: {published}\noutlet: {outlet}\n---\n\n"


def header(c: Chooser) -> str:
    t = title(c)
    pub = day_month_year(c)
    shapes: tuple[Callable[[], str], ...] = (
        lambda: "",
        lambda: f"{t}\n\n",
        lambda: f"# {t}\n\n",
        lambda: front_matter(c, t, pub),
        lambda: front_matter(c, t, pub),
        lambda: f"{t}\n\nPosted on {pub}\n\n",
        lambda: f"{t}\nBy {c.pick(UNKNOWN)} | {pub}\n\n",
        lambda: f"{c.pick(PLACES).upper()}, {pub} (Reuters) - ",
        lambda: f"{c.pick(PLACES)}, {pub} /Trend/ — ",
        lambda: f"Published: {pub} · Updated: {day_month_year(c)}\n\n",
        lambda: f"---\ntitle: [{t}\n---\n\n",  # broken front matter
        lambda: "---\n---\n",
    )
    return c.pick(shapes)()


def noise(c: Chooser, text: str) -> str:
    """Insert odd characters at a few positions."""
    for _ in range(c.number(0, 6)):
        if not text:
            break
        pos = c.number(0, len(text))
        text = text[:pos] + c.pick(ODD) * c.number(1, 3) + text[pos:]
    return text


def plain_article(c: Chooser) -> str:
    """A plain-text or Markdown article."""
    blocks = [c.pick(BLOCKS)(c) for _ in range(c.number(0, 6))]
    text = header(c) + "\n\n".join(blocks) + c.pick(("\n", "", "\n\n\n", " "))
    return noise(c, text)


def html_article(c: Chooser) -> str:
    """An HTML page wrapping a few blocks as paragraphs, with navigation and meta tags."""
    paras = "\n".join(
        c.pick(("<p>{}</p>", "<li>{}</li>", "<h2>{}</h2>", "<div>{}</div>", "<td>{}</td>", "{}<br/>")).format(
            c.pick(BLOCKS)(c).replace("&", "&amp;").replace("<", "&lt;")
        )
        for _ in range(c.number(0, 6))
    )
    meta = c.pick(
        (
            f'<meta property="article:published_time" content="{iso_day(c)}T10:00:00Z">',
            f'<meta name="date" content="{day_month_year(c)}">',
            "",
            '<meta charset="cp1251">',
        )
    )
    body = c.pick((f"<article>{paras}</article>", paras, f"<main><nav>Home | World</nav>{paras}</main>"))
    return noise(
        c, f"<!DOCTYPE html><html><head><title>{title(c)}</title>{meta}</head><body>{body}</body></html>"
    )


@dataclass(frozen=True)
class Generated:
    """One generated document: its text and the file suffix it is read as."""

    text: str
    suffix: str


def document(c: Chooser) -> Generated:
    if c.number(0, 4) == 0:
        return Generated(html_article(c), ".html")
    return Generated(plain_article(c), c.pick((".txt", ".md")))


@st.composite
def documents(draw: Callable[[st.SearchStrategy[object]], object]) -> Generated:
    """Hypothesis strategy of generated documents."""
    return document(DrawChooser(draw))


@st.composite
def plain_texts(draw: Callable[[st.SearchStrategy[object]], object]) -> str:
    """Hypothesis strategy of plain/Markdown article texts."""
    return plain_article(DrawChooser(draw))


def document_from_seed(seed: int) -> Generated:
    """A deterministic generated document."""
    return document(RandomChooser(seed))


if __name__ == "__main__":  # write generated files for `timeline ingest`
    import sys
    from pathlib import Path

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 50):
        doc = document_from_seed(i)
        (out / f"gen{i:03d}{doc.suffix}").write_text(doc.text, encoding="utf-8", errors="surrogatepass")
