"""Reproducible synthetic news corpus with ground truth, for throughput and large-scale accuracy checks.

Each article (2–15 KB) mixes a dateline and byline, a title, event sentences built from templates
(visits, phone calls, signings, summits, openings, appointments) with dates of every precision and
known actors, filler analysis paragraphs, figures (observations), and boilerplate (link lists,
"Follow us", "Read also"). The generator returns, with every article, the events it planted
(title, type, date as EDTF), so a large run can also be scored.

Seeded: the same ``seed`` and ``n`` always give byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

# (name, country state, role title used in text)
LEADERS = [
    ("Ilham Aliyev", "Azerbaijan", "Azerbaijani President"),
    ("Xi Jinping", "China", "Chinese President"),
    ("Kassym-Jomart Tokayev", "Kazakhstan", "Kazakh President"),
    ("Shavkat Mirziyoyev", "Uzbekistan", "Uzbek President"),
    ("Recep Tayyip Erdogan", "Türkiye", "Turkish President"),
    ("Wang Yi", "China", "Chinese Foreign Minister"),
    ("Jeyhun Bayramov", "Azerbaijan", "Azerbaijani Foreign Minister"),
]
STATES = ["Azerbaijan", "China", "Kazakhstan", "Uzbekistan", "Georgia", "Türkiye", "Pakistan"]
CAPITALS = {"Azerbaijan": "Baku", "China": "Beijing", "Kazakhstan": "Astana", "Uzbekistan": "Tashkent",
            "Georgia": "Tbilisi", "Türkiye": "Ankara", "Pakistan": "Islamabad"}
DOCUMENTS = ["memorandum of understanding on transport cooperation", "agreement on visa exemption",
             "joint statement on comprehensive cooperation", "agreement on investment protection",
             "memorandum on green energy cooperation", "protocol on customs cooperation"]
SUMMITS = ["SCO Summit", "CICA Summit", "Belt and Road Forum", "Boao Forum for Asia", "COP29 conference"]
COMPANIES = ["Huawei", "BYD", "SOCAR", "CNPC", "Azerbaijan Railways", "China Railway"]
FILLER = [
    "Analysts note that the relationship has grown steadily over the past decades.",
    "Both sides stress the importance of connectivity between Europe and Asia.",
    "Experts believe that transport corridors will shape the region's economy for years.",
    "The parties reaffirmed their support for each other's sovereignty and territorial integrity.",
    "Observers describe the partnership as pragmatic and based on mutual benefit.",
    "Trade routes through the Caspian Sea are becoming more attractive for shippers.",
    "Officials said that cooperation in education and culture is also expanding.",
    "The region's role as a logistics hub depends on predictable rules and investment.",
]
BOILERPLATE = [
    "Read also: {headline}",
    "Follow us on Twitter @ExampleNews",
    "Subscribe to our newsletter for daily updates.",
    "Latest news",
]


@dataclass
class PlantedEvent:
    title: str
    type: str
    mode: str | None
    date: str  # EDTF
    actors: list[str] = field(default_factory=list)


@dataclass
class SyntheticArticle:
    name: str
    text: str
    published: str
    events: list[PlantedEvent]


def _date_phrase(rng: random.Random, published: dt.date) -> tuple[str, str]:
    """A date expression and its EDTF value, at a random precision, before the publication date."""
    kind = rng.choice(["day", "day", "day_abbr", "month", "year", "interval"])
    year = rng.randint(1995, published.year - 1)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    if kind == "day":
        return f"on {MONTHS[month - 1]} {day}, {year}", f"{year}-{month:02d}-{day:02d}"
    if kind == "day_abbr":
        return f"on {day} {MONTHS_ABBR[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}"
    if kind == "month":
        return f"in {MONTHS[month - 1]} {year}", f"{year}-{month:02d}"
    if kind == "year":
        return f"in {year}", f"{year}"
    end = min(day + rng.randint(1, 3), 28)
    return f"on {MONTHS[month - 1]} {day}-{end}, {year}", f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{end:02d}"


def _event_sentence(rng: random.Random, published: dt.date) -> tuple[str, PlantedEvent]:
    when, edtf = _date_phrase(rng, published)
    kind = rng.randrange(6)
    name, state, title = rng.choice(LEADERS)
    host = rng.choice([s for s in STATES if s != state])
    if kind == 0:
        text = f"{title} {name} paid a state visit to {host} {when}, where he held talks with the country's leadership."
        return text, PlantedEvent(f"{name} state visit to {host}", "CONSULT", "visit", edtf, [name, host])
    if kind == 1:
        other, _state, otitle = rng.choice([x for x in LEADERS if x[1] != state])
        text = f"{when[0].upper() + when[1:]}, {name} held a telephone conversation with {otitle} {other}."
        return text, PlantedEvent(f"Phone call between {name} and {other}", "CONSULT", "phone", edtf, [name, other])
    if kind == 2:
        doc = rng.choice(DOCUMENTS)
        text = f"{state} and {host} signed a {doc} in {CAPITALS[host]} {when}."
        return text, PlantedEvent(f"{state}–{host} {doc} signed", "AGREE", None, edtf, [state, host])
    if kind == 3:
        summit = rng.choice(SUMMITS)
        text = f"{when[0].upper() + when[1:]}, {name} took part in the {summit} held in {CAPITALS[host]}."
        return text, PlantedEvent(f"{name} at the {summit}", "CONSULT", "multilateral", edtf, [name])
    if kind == 4:
        company = rng.choice(COMPANIES)
        text = f"{company} opened a new regional office in {CAPITALS[host]} {when}, the company said."
        return text, PlantedEvent(f"{company} office opened in {CAPITALS[host]}", "COOPERATE", None, edtf, [company])
    amount = rng.choice([120, 250, 480, 900])
    text = f"{when[0].upper() + when[1:]}, {state} allocated ${amount} million in humanitarian aid to {host}."
    return text, PlantedEvent(f"{state} aid to {host}", "AID", None, edtf, [state, host])


def make_article(rng: random.Random, index: int) -> SyntheticArticle:
    published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 5 * 365))
    target = rng.randint(2_000, 15_000)
    state_a, state_b = rng.sample(STATES, 2)
    lines = [
        f"{state_a} and {state_b} deepen ties amid new transport projects",
        "",
        f"{published.day:02d} {MONTHS[published.month - 1]} {published.year} "
        f"{rng.randint(10, 19)}:{rng.randint(10, 59)} (UTC+04:00)",
        "",
        f"By {rng.choice(['Anna Petrova', 'Rashad Karimov', 'Li Wei', 'John Miller'])}",
        "",
    ]
    events: list[PlantedEvent] = []
    size = sum(len(x) + 1 for x in lines)
    while size < target * 0.85:
        para = []
        for _ in range(rng.randint(2, 5)):
            if rng.random() < 0.35:
                sentence, ev = _event_sentence(rng, published)
                events.append(ev)
            elif rng.random() < 0.15:
                year = rng.randint(2015, published.year - 1)
                sentence = (f"Trade turnover between {state_a} and {state_b} amounted to "
                            f"${rng.randint(100, 3000)} million in {year}.")
            else:
                sentence = rng.choice(FILLER)
            para.append(sentence)
        text = " ".join(para)
        lines += [text, ""]
        size += len(text) + 2
    lines += [rng.choice(BOILERPLATE).format(headline=f"{state_b} opens new trade house") for _ in range(3)]
    lines += ["", "Latest news"]
    for k in range(4):
        lines += [f"{state_a} hosts regional forum on logistics {k}",
                  f"{published.day:02d} {MONTHS[published.month - 1]} {published.year} - 1{k}:0{k}"]
    return SyntheticArticle(f"article_{index:06d}.txt", "\n".join(lines) + "\n", published.isoformat(), events)


def generate(directory: Path, n: int, *, seed: int = 1992) -> dict[str, object]:
    """Write ``n`` articles into ``directory`` and the planted events into ``<directory>.truth.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    truth: dict[str, object] = {}
    total = 0
    for i in range(n):
        art = make_article(rng, i)
        data = art.text.encode()
        (directory / art.name).write_bytes(data)
        total += len(data)
        truth[art.name] = {"published": art.published, "events": [asdict(e) for e in art.events]}
    directory.with_name(directory.name + ".truth.json").write_text(json.dumps(truth))
    return {"articles": n, "bytes": total, "planted_events": sum(len(v["events"]) for v in truth.values())}  # type: ignore[index,arg-type]
