"""Reproducible synthetic news corpus with ground truth, for throughput and large-scale accuracy checks.

Each article (2–15 KB) has a headline, a dateline with the publication date, a byline, body
paragraphs and boilerplate (share bar, "Read also" links with their own dates, tags, cookie notice,
copyright footer). Body sentences are:

- **event sentences** (about one per 600 characters), built from several wordings per type
  (visits, phone calls, meetings, signings, summits, openings, aid) with actors — heads of state and
  ministers of the actor dictionary, and 400 invented ministers (unknown titled people) — and dates
  of every precision: day (three spellings), day range, month, mid-/early-month, season, quarter,
  year, decade, and dates relative to the publication date (yesterday, on <weekday>, last week, last
  month). About a third of them report **shared events** drawn from a corpus-wide pool, so the same
  event is told by several articles in different words (the resolver must merge them);
- **distractors**: planned events ("is expected to visit … next year"), figures (trade turnover:
  observations, not events), dated background without an event, and undated analysis filler.

The ground truth is written next to the folder as ``<dir>.truth.json``: every planted event (id,
type, mode, EDTF, inclusive bounds, actors) and, per article, the ids of the events it reports.
Bounds are computed here from the calendar (not by the project's date tagger). Seeded: the same
``seed`` and ``n`` always give byte-identical files.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}  # meteorological; winter spans two years
QUARTERS = ["first", "second", "third", "fourth"]

# (name, state, title used in text); all in timeline/data/actors.yaml
LEADERS = [
    ("Ilham Aliyev", "Azerbaijan", "Azerbaijani President"),
    ("Xi Jinping", "China", "Chinese President"),
    ("Kassym-Jomart Tokayev", "Kazakhstan", "Kazakh President"),
    ("Shavkat Mirziyoyev", "Uzbekistan", "Uzbek President"),
    ("Recep Tayyip Erdogan", "Türkiye", "Turkish President"),
    ("Wang Yi", "China", "Chinese Foreign Minister"),
    ("Jeyhun Bayramov", "Azerbaijan", "Azerbaijani Foreign Minister"),
]
DEMONYMS = {"Azerbaijan": "Azerbaijani", "China": "Chinese", "Kazakhstan": "Kazakh", "Uzbekistan": "Uzbek",
            "Georgia": "Georgian", "Türkiye": "Turkish", "Pakistan": "Pakistani"}
FIRST_NAMES = ["Aidos", "Nino", "Timur", "Mehmet", "Liu", "Farid", "Leyla", "Bekzod", "Zhang", "Giorgi", "Ayesha",
               "Emre", "Dilnoza", "Arman", "Tamar", "Imran", "Rustam", "Selin", "Chen", "Kamran", "Madina", "Omar",
               "Levan", "Aziza", "Yusuf", "Saule", "Bilal", "Elif", "Zhou", "Nodira"]
LAST_NAMES = ["Berikov", "Kapanadze", "Rakhimov", "Yilmaz", "Hasanov", "Qureshi", "Tursunov", "Demir", "Gelashvili",
              "Nurlanov", "Karimova", "Aydin", "Malik", "Sadykov", "Beridze", "Ismayilov", "Usmonov", "Kaya",
              "Abenov", "Chanturia", "Sharif", "Aliyeva", "Yusupov", "Celik", "Zhakupov", "Lomidze", "Khan",
              "Guliyev", "Ergashev", "Ozturk"]
OFFICES = ["Transport Minister", "Energy Minister", "Economy Minister", "Deputy Foreign Minister",
           "Agriculture Minister", "Digital Development Minister", "Deputy Prime Minister"]
STATES = ["Azerbaijan", "China", "Kazakhstan", "Uzbekistan", "Georgia", "Türkiye", "Pakistan"]
CAPITALS = {"Azerbaijan": "Baku", "China": "Beijing", "Kazakhstan": "Astana", "Uzbekistan": "Tashkent",
            "Georgia": "Tbilisi", "Türkiye": "Ankara", "Pakistan": "Islamabad"}
DOCUMENTS = ["memorandum of understanding on transport cooperation", "agreement on visa exemption",
             "joint statement on comprehensive cooperation", "agreement on investment protection",
             "memorandum on green energy cooperation", "protocol on customs cooperation"]
SUMMITS = ["SCO Summit", "CICA Summit", "Belt and Road Forum", "Boao Forum for Asia", "COP29 conference"]
COMPANIES = ["Huawei", "BYD", "SOCAR", "CNPC", "Azerbaijan Railways", "China Railway"]
REPORTERS = ["Anna Petrova", "Rashad Karimov", "Li Wei", "John Miller", "Aigerim Nurlanovna", "Giorgi Beridze"]
FILLER = [
    "Analysts note that the relationship has grown steadily over the past decades.",
    "Both sides stress the importance of connectivity between Europe and Asia.",
    "Experts believe that transport corridors will shape the region's economy for years.",
    "The parties reaffirmed their support for each other's sovereignty and territorial integrity.",
    "Observers describe the partnership as pragmatic and based on mutual benefit.",
    "Trade routes through the Caspian Sea are becoming more attractive for shippers.",
    "Officials said that cooperation in education and culture is also expanding.",
    "The region's role as a logistics hub depends on predictable rules and investment.",
    "Several large infrastructure projects are still waiting for financing.",
    "Critics argue that the benefits of the new routes are unevenly shared.",
    "The volume of container traffic has been growing, according to the port authority.",
    "Diplomats say the agenda covers energy, transport, agriculture and digital technologies.",
]
BOILERPLATE_TOP = ["Share on Facebook | Share on X | Copy link", "Listen to this article", "Font size: A A A"]
BOILERPLATE_END = [
    "Follow us on Twitter @ExampleNews",
    "Subscribe to our newsletter for daily updates.",
    "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
    "All rights reserved. Reproduction without permission is prohibited.",
]


def _officials(count: int = 400) -> list[tuple[str, str, str]]:
    """Invented ministers (not in the actor dictionary: found as unknown titled people), fixed list."""
    rng = random.Random(7)
    out, seen = [], set()
    while len(out) < count:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name in seen:
            continue
        seen.add(name)
        state = rng.choice(STATES)
        out.append((name, state, f"{DEMONYMS[state]} {rng.choice(OFFICES)}"))
    return out


#: Who acts in events: a few heads of state and ministers from the dictionary, many invented officials.
OFFICIALS = _officials()


def _person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(LEADERS) if rng.random() < 0.3 else rng.choice(OFFICIALS)


@dataclass
class PlantedEvent:
    id: int
    type: str
    mode: str | None
    date: str  # EDTF
    lower: str  # inclusive ISO bounds
    upper: str
    precision: str
    sentence: str  # the sentence skeleton, with {when} where the date goes
    actors: list[str] = field(default_factory=list)


@dataclass
class SyntheticArticle:
    name: str
    text: str
    published: str
    events: list[int]


# --------------------------------------------------------------------------------------------------
# Dates: (phrase, EDTF, lower, upper, precision)

Date = tuple[str, str, dt.date, dt.date, str]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _absolute_date(rng: random.Random, before: dt.date) -> Date:
    """A date expression at a random precision, in a year before ``before``."""
    year = rng.randint(1995, before.year - 1)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.choices(["day", "day_uk", "day_abbr", "range", "month", "mid", "season", "quarter", "year",
                        "decade"], weights=[5, 3, 2, 2, 3, 1, 1, 1, 2, 1])[0]
    d = dt.date(year, month, day)
    if kind == "day":
        return f"on {MONTHS[month - 1]} {day}, {year}", d.isoformat(), d, d, "day"
    if kind == "day_uk":
        return f"on {day} {MONTHS[month - 1]} {year}", d.isoformat(), d, d, "day"
    if kind == "day_abbr":
        return f"on {MONTHS_ABBR[month - 1]} {day}, {year}", d.isoformat(), d, d, "day"
    if kind == "range":
        end = d + dt.timedelta(days=rng.randint(1, 3))
        return (f"on {MONTHS[month - 1]} {day}-{end.day}, {year}", f"{d.isoformat()}/{end.isoformat()}", d, end,
                "interval")
    if kind in ("month", "mid"):
        lo, hi = dt.date(year, month, 1), dt.date(year, month, _last_day(year, month))
        if kind == "mid":  # "mid-March 2017": days 11-20
            lo, hi = dt.date(year, month, 11), dt.date(year, month, 20)
            return f"in mid-{MONTHS[month - 1]} {year}", f"{lo.isoformat()}/{hi.isoformat()}", lo, hi, "interval"
        return f"in {MONTHS[month - 1]} {year}", f"{year}-{month:02d}", lo, hi, "month"
    if kind == "season":
        name = rng.choice(list(SEASONS))
        first, last = SEASONS[name]
        code = {"spring": 21, "summer": 22, "autumn": 23}[name]
        lo, hi = dt.date(year, first, 1), dt.date(year, last, _last_day(year, last))
        return f"in the {name} of {year}", f"{year}-{code}", lo, hi, "season"
    if kind == "quarter":
        q = rng.randrange(4)
        lo = dt.date(year, 3 * q + 1, 1)
        hi = dt.date(year, 3 * q + 3, _last_day(year, 3 * q + 3))
        return f"in the {QUARTERS[q]} quarter of {year}", f"{year}-{33 + q}", lo, hi, "quarter"
    if kind == "year":
        return f"in {year}", str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    decade = year // 10 * 10
    return f"in the {decade}s", f"{decade // 10}X", dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), "decade"


def _relative_date(rng: random.Random, published: dt.date) -> Date:
    """A date relative to the publication date (news past tense: the most recent one before it)."""
    kind = rng.choice(["yesterday", "weekday", "last_week", "last_month"])
    if kind == "yesterday":
        d = published - dt.timedelta(days=1)
        return "yesterday", d.isoformat(), d, d, "day"
    if kind == "weekday":
        back = rng.randint(2, 6)  # not yesterday, not the publication weekday
        d = published - dt.timedelta(days=back)
        return f"on {WEEKDAYS[d.weekday()]}", d.isoformat(), d, d, "day"
    if kind == "last_week":
        monday = published - dt.timedelta(days=published.weekday() + 7)
        sunday = monday + dt.timedelta(days=6)
        return "last week", f"{monday.isoformat()}/{sunday.isoformat()}", monday, sunday, "week"
    first = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    last = published.replace(day=1) - dt.timedelta(days=1)
    return "last month", f"{first.year}-{first.month:02d}", first, last, "month"


# --------------------------------------------------------------------------------------------------
# Events


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _other(rng: random.Random, state: str) -> tuple[str, str, str]:
    while True:
        other = _person(rng)
        if other[1] != state:
            return other


def _event_skeleton(rng: random.Random) -> tuple[str, str, str | None, list[str]]:
    """(sentence with {when}, PLOVER type, mode, actors)."""
    kind = rng.randrange(7)
    name, state, title = _person(rng)
    host = rng.choice([s for s in STATES if s != state])
    if kind == 0:
        text = rng.choice([
            f"{title} {name} paid a state visit to {host} {{when}}, where he held talks with the country's leadership.",
            f"{title} {name} visited {host} {{when}} and met senior officials.",
            f"{title} {name} arrived in {CAPITALS[host]} on an official visit {{when}}.",
        ])
        return text, "CONSULT", "visit", [name, host]
    if kind == 1:
        other, _s, otitle = _other(rng, state)
        text = rng.choice([f"{{When}}, {name} held a telephone conversation with {otitle} {other}.",
                           f"{name} and {other} spoke by phone {{when}}, discussing bilateral ties."])
        return text, "CONSULT", "phone", [name, other]
    if kind == 2:
        doc = rng.choice(DOCUMENTS)
        text = rng.choice([f"{state} and {host} signed a {doc} in {CAPITALS[host]} {{when}}.",
                           f"{{When}}, the governments of {state} and {host} signed a {doc}."])
        return text, "AGREE", None, [state, host]
    if kind == 3:
        summit = rng.choice(SUMMITS)
        text = f"{{When}}, {name} took part in the {summit} held in {CAPITALS[host]}."
        return text, "CONSULT", "multilateral", [name]
    if kind == 4:
        company = rng.choice(COMPANIES)
        text = f"{company} opened a new regional office in {CAPITALS[host]} {{when}}, the company said."
        return text, "COOPERATE", None, [company]
    if kind == 5:
        amount = rng.choice([120, 250, 480, 900])
        text = f"{{When}}, {state} allocated ${amount} million in humanitarian aid to {host}."
        return text, "AID", None, [state, host]
    other, _s, otitle = _other(rng, state)
    text = f"{title} {name} met {otitle} {other} in {CAPITALS[host]} {{when}} to discuss regional security."
    return text, "CONSULT", "meeting", [name, other]


def _planted(rng: random.Random, ident: int, date: Date) -> PlantedEvent:
    sentence, etype, mode, actors = _event_skeleton(rng)
    _phrase, edtf, lo, hi, precision = date
    return PlantedEvent(ident, etype, mode, edtf, lo.isoformat(), hi.isoformat(), precision, sentence, actors)


def _render(ev: PlantedEvent, phrase: str) -> str:
    return ev.sentence.replace("{When}", _cap(phrase)).replace("{when}", phrase)


def _rephrase(rng: random.Random, ev: PlantedEvent) -> str:
    """Another spelling of a shared event's date (same value)."""
    lo = dt.date.fromisoformat(ev.lower)
    if ev.precision == "day":
        forms = [f"on {MONTHS[lo.month - 1]} {lo.day}, {lo.year}", f"on {lo.day} {MONTHS[lo.month - 1]} {lo.year}",
                 f"on {MONTHS_ABBR[lo.month - 1]} {lo.day}, {lo.year}"]
        return rng.choice(forms)
    if ev.precision == "month":
        return rng.choice([f"in {MONTHS[lo.month - 1]} {lo.year}", f"in {MONTHS[lo.month - 1]} of {lo.year}"])
    if ev.precision == "year":
        return rng.choice([f"in {lo.year}", f"back in {lo.year}"])
    return ev.sentence  # marker: caller keeps the original phrase


# --------------------------------------------------------------------------------------------------
# Articles


class _Generator:
    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.events: list[PlantedEvent] = []
        self.phrases: dict[int, str] = {}
        pool_size = max(20, n // 2)
        self.pool = [self._new_event(_absolute_date(self.rng, dt.date(2020, 1, 1))) for _ in range(pool_size)]

    def _new_event(self, date: Date) -> PlantedEvent:
        ev = _planted(self.rng, len(self.events), date)
        self.events.append(ev)
        self.phrases[ev.id] = date[0]
        return ev

    def _event_sentence(self, published: dt.date, used: set[int]) -> tuple[str, int]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            ev = rng.choice(self.pool)
            if ev.id not in used:
                phrase = _rephrase(rng, ev)
                return _render(ev, self.phrases[ev.id] if phrase == ev.sentence else phrase), ev.id
        date = _relative_date(rng, published) if roll > 0.85 else _absolute_date(rng, published)
        ev = self._new_event(date)
        return _render(ev, date[0]), ev.id

    def _distractor(self, published: dt.date, pair: tuple[str, str]) -> str:
        rng = self.rng
        a, b = pair
        kind = rng.randrange(4)
        if kind == 0:
            name, state, title = _person(rng)
            return f"{title} {name} is expected to visit {b if state != b else a} next year, officials said."
        if kind == 1:
            return (f"Trade turnover between {a} and {b} amounted to ${rng.randint(100, 3000)} million in "
                    f"{rng.randint(2015, published.year - 1)}.")
        if kind == 2:
            return f"{a} has been a member of the organisation since {rng.randint(1992, 2010)}, diplomats recalled."
        return rng.choice(FILLER)

    def article(self, index: int) -> SyntheticArticle:
        rng = self.rng
        published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 5 * 365))
        target = int(2_000 * (7.5 ** rng.random()))  # 2-15 KB, more short articles than long ones
        pair = tuple(rng.sample(STATES, 2))
        lines = [f"{pair[0]} and {pair[1]} deepen ties amid new transport projects", "",
                 f"{published.day:02d} {MONTHS[published.month - 1]} {published.year} "
                 f"{rng.randint(10, 19)}:{rng.randint(10, 59)} (UTC+04:00)", "",
                 f"By {rng.choice(REPORTERS)}", "", rng.choice(BOILERPLATE_TOP), ""]
        used: set[int] = set()
        size = sum(len(x) + 1 for x in lines)
        while size < target * 0.85:
            para = []
            for _ in range(rng.randint(2, 5)):
                if rng.random() < 0.18:
                    sentence, ident = self._event_sentence(published, used)
                    used.add(ident)
                elif rng.random() < 0.3:
                    sentence = self._distractor(published, pair)  # type: ignore[arg-type]
                else:
                    sentence = rng.choice(FILLER)
                para.append(sentence)
            text = " ".join(para)
            lines += [text, ""]
            size += len(text) + 2
        lines += ["Tags: " + ", ".join((*pair, "transport", "diplomacy")), "", "Read also:"]
        for k in range(3):
            other = published - dt.timedelta(days=rng.randint(1, 60))
            lines += [f"{pair[1]} hosts regional forum on logistics {k}",
                      f"{other.day:02d} {MONTHS[other.month - 1]} {other.year} - 1{k}:0{k}"]
        lines += ["", *rng.sample(BOILERPLATE_END, 3), f"© {published.year} Example News"]
        return SyntheticArticle(f"article_{index:06d}.txt", "\n".join(lines) + "\n", published.isoformat(),
                                sorted(used))


def generate(directory: Path, n: int, *, seed: int = 1992) -> dict[str, object]:
    """Write ``n`` articles into ``directory`` and the ground truth into ``<directory>.truth.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    gen = _Generator(n, seed)
    articles: dict[str, object] = {}
    total = 0
    for i in range(n):
        art = gen.article(i)
        data = art.text.encode()
        (directory / art.name).write_bytes(data)
        total += len(data)
        articles[art.name] = {"published": art.published, "events": art.events}
    reported = {i for a in articles.values() for i in a["events"]}  # type: ignore[index]
    events = {str(e.id): {k: v for k, v in asdict(e).items() if k not in ("id", "sentence")}
              for e in gen.events if e.id in reported}
    truth_path(directory).write_text(json.dumps({"events": events, "articles": articles}))
    mentions = sum(len(a["events"]) for a in articles.values())  # type: ignore[index,arg-type]
    return {"articles": n, "bytes": total, "planted_events": len(events), "event_mentions": mentions}


def truth_path(directory: Path) -> Path:
    return directory.with_name(directory.name + ".truth.json")
