"""Dated figures ("trade turnover $2.2 billion in 2019") → :class:`Observation` objects.

A sentence gives observations when it has an *indicator* word (trade turnover, exports, imports,
investment, loan, freight/cargo, transit, aid, companies, GDP) and *figures* (money, tonnes,
percent, counts). Each figure takes the dates written right after it ("$975 million in 2016";
"$2.2 billion in 2019 and 2020" → one observation per year), else the sentence's free date
("In 2023, the trade turnover ... amounted to $3.1 billion"), else — for figures stated in the
present ("is exporting goods worth $780 million", "have invested over $900 million") in an
article with a publication date — the publication year (the period's ``note`` says so).

Percentages: a change ("increased by 88%") becomes ``<indicator>_change`` in "%", signed
(negative for falls); a share ("Azerbaijan's share is 45 percent") becomes ``<indicator>_share``;
other percentages (e.g. of GDP) are skipped. Ranges ("5-8 million tons") and forecasts
("is expected", "will") are skipped. Figures never become events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.extract.events import ActorFinder, figure_dates, usable_date
from timeline.extract.types import ActorMention, Article, DateMention, Observation, Sentence

_SCALE = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "m": 1e6, "thousand": 1e3,
          "k": 1e3}
_CURRENCY = {"$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR",
             "euros": "EUR", "£": "GBP", "¥": "CNY", "yuan": "CNY", "cny": "CNY", "manat": "AZN", "manats": "AZN",
             "azn": "AZN", "ruble": "RUB", "rubles": "RUB", "roubles": "RUB"}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SC = r"(?:\s*(?P<scale>trillion|billion|million|thousand|bn|mln)\b)?"
_VALUE = re.compile(
    r"(?P<range>\d[\d.,]*\s*(?:-|–|to)\s*)?"
    r"(?:(?P<cur>[$€£¥])\s?" + _NUM + _SC + r"(?:\s*(?P<cur2>USD|dollars)\b)?"
    r"|" + _NUM.replace("num", "num2") + _SC.replace("scale", "scale2") + r"\s*"
    r"(?P<unit>USD|EUR|AZN|CNY|dollars|euros?|manats?|yuan|rubles?|roubles?|tons?|tonnes?|TEU|barrels|"
    r"%|percent|per\s+cent|(?:[A-Z][\w-]*\s+)?(?:companies|enterprises|firms))(?!\w))",
    re.IGNORECASE,
)
_INDICATORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pat, re.IGNORECASE))
    for name, pat in (
        ("trade_turnover", r"\b(?:trade\s+turnover|turnover|trade\s+volumes?|volume\s+of\s+trade|bilateral\s+trade|"
                           r"trade\s+between|trade)\b"),
        ("exports", r"\bexport(?:s|ed|ing)?\b"),
        ("imports", r"\bimport(?:s|ed|ing)?\b"),
        ("investment", r"\binvest(?:ed|s|ing|ments?|ors?)?\b"),
        ("loan", r"\b(?:loans?|credit\s+lines?|credits?)\b"),
        ("freight_volume", r"\b(?:freight|cargo(?:es)?|shipments)\b"),
        ("transit_volume", r"\btransit\b"),
        ("aid", r"\b(?:aid|assistance|allocated|donated)\b"),
        ("gdp", r"\b(?:GDP|gross\s+domestic\s+product)\b"),
    )
)
_CHANGE = re.compile(
    r"\b(?P<dir>increased|increase|rose|grew|grown|growth|up|jumped|surged|decreased|decrease|declined|decline|"
    r"fell|dropped|down|shrank|reduced)\s+(?:by\s+)?(?:(?:about|approximately|around|nearly|almost|over|some)\s+)?$",
    re.IGNORECASE,
)
_FALL = {"decreased", "decrease", "declined", "decline", "fell", "dropped", "down", "shrank", "reduced"}
_SHARE = re.compile(r"\bshare\b", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:will|expected|forecast|projected|planned|would|could|target|aim)\w*\b", re.IGNORECASE)
_PAST_ONLY = re.compile(r"\b(?:was|were|had|amounted|allocated|reached|totaled|totalled|in\s+the\s+past)\b", re.I)
_PRESENT = re.compile(
    r"\b(?:is|are|has|have|amounts?\s+to|reach(?:es)?|stands?\s+at|exceeds?|at\s+present|currently|now|"
    r"hosts?|there\s+are|exporting|importing|operating)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\b(?:between\s+the\s+(?:two\s+)?(?:countries|nations|states)|bilateral|mutual|the\s+two\s+"
                      r"countries|both\s+countries)\b", re.IGNORECASE)
_TOWARDS = re.compile(r"\b(?:in|to|into|from)\s+(?:the\s+)?\S*\s*$")
_THROUGH = re.compile(r"\b(?:along|through|via|on)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?)+)")


@dataclass(frozen=True, slots=True)
class Figure:
    """A parsed figure: value, unit and offsets."""

    start: int
    end: int
    value: float
    unit: str
    change: bool = False


def parse_figure(m: re.Match[str], text: str, sent_start: int) -> Figure | None:
    """Turn a :data:`_VALUE` match into a :class:`Figure` (None for ranges and bare numbers)."""
    if m.group("range"):
        return None
    num = m.group("num") or m.group("num2")
    try:
        value = float(num.replace(",", ""))
    except (TypeError, ValueError):
        return None
    scale = (m.group("scale") or m.group("scale2") or "").lower()
    value *= _SCALE.get(scale, 1.0)
    if m.group("cur"):
        unit = _CURRENCY.get(m.group("cur"), "USD")
    else:
        raw = re.sub(r"\s+", " ", m.group("unit")).lower()
        if raw in {"%", "percent", "per cent"}:
            unit = "%"
        elif raw.startswith(("ton", "tonne")):
            unit = "t"
        elif raw in {"teu", "barrels"}:
            unit = raw
        elif raw.endswith(("companies", "enterprises", "firms")):
            unit = "count"
        else:
            unit = _CURRENCY.get(raw, raw.upper())
    start = m.start() if not m.group("range") else m.start("range")
    change = bool(unit == "%" and _CHANGE.search(text[max(sent_start, start - 40) : start]))
    if change and _CHANGE.search(text[max(sent_start, start - 40) : start]).group("dir").lower() in _FALL:
        value = -value
    return Figure(start, m.end(), value, unit, change)


def _indicator(text: str, sent: Sentence, fig: Figure) -> str | None:
    if fig.unit == "count":
        return "companies" if re.search(r"compan|enterpris|firm", text[fig.start : fig.end], re.I) else None
    best: tuple[int, str] | None = None
    for name, pat in _INDICATORS:
        for m in pat.finditer(text, sent.start, sent.end):
            dist = fig.start - m.end() if m.end() <= fig.start else (m.start() - fig.end) * 3 + 60
            if best is None or dist < best[0]:
                best = (dist, name)
    return best[1] if best else None


def _publication_period(article: Article, fig: Figure) -> DateMention | None:
    pub = article.published
    if pub is None:
        return None
    return DateMention(
        start=fig.start, end=fig.start, text="", value=f"{pub.year:04d}", lower=dt.date(pub.year, 1, 1),
        upper=dt.date(pub.year, 12, 31), precision="year", relative=True,
        note="figure stated in the present; dated by the publication year",
    )


def _subject(
    text: str, sent: Sentence, fig: Figure, indicator: str, actors: list[ActorMention],
    pair: tuple[ActorMention, ActorMention] | None, lo: int,
) -> str | None:
    """Who the figure is about: "A→B" for flows, the article's pair for bilateral trade, else a name."""
    states = [a for a in actors if a.kind == "state"]
    pair_names = {p.name for p in pair} if pair else set()
    if indicator in {"investment", "exports", "imports", "loan", "aid"}:
        src = next((a for a in reversed(states) if lo <= a.start < fig.start), None)
        dst = next((a for a in states if src is not None and a.start > src.end and a.name != src.name
                    and _TOWARDS.search(text[max(sent.start, a.start - 20) : a.start])), None)
        if src and dst:
            return f"{dst.name}→{src.name}" if indicator == "imports" else f"{src.name}→{dst.name}"
    if indicator == "trade_turnover" and pair and (
        _BETWEEN.search(text, sent.start, sent.end) or pair_names <= {a.name for a in states} or not states
    ):
        return "–".join(sorted(pair_names))
    if states:
        return states[0].name
    m = _THROUGH.search(text, sent.start, sent.end)
    if m:
        return m.group(1).strip()
    return actors[0].name if actors else None


def extract_observations(
    article: Article,
    sentences: Sequence[Sentence],
    dates: Sequence[DateMention],
    finder: ActorFinder | None = None,
    *,
    pair: tuple[ActorMention, ActorMention] | None = None,
) -> list[Observation]:
    """Observations of ``article`` (see module doc); ``pair`` names "the two countries"."""
    text = article.text
    out: list[Observation] = []
    by_start = sorted((d for d in dates if usable_date(d)), key=lambda d: d.start)
    for sent in sentences:
        figs = [f for m in _VALUE.finditer(text, sent.start, sent.end) if (f := parse_figure(m, text, sent.start))]
        if not figs:
            continue
        sdates = [d for d in by_start if sent.start <= d.start and d.end <= sent.end]
        attached = figure_dates(text, sent.start, sent.end, sdates)
        free = [d for i, d in enumerate(sdates) if i not in attached]
        forecast = bool(_FORECAST.search(text, sent.start, sent.end))
        actors = finder.find(text, sent.start, sent.end) if finder is not None else []
        for k, fig in enumerate(figs):
            nxt = figs[k + 1].start if k + 1 < len(figs) else sent.end
            own = [d for i, d in enumerate(sdates) if i in attached and fig.end <= d.start < nxt]
            periods = own
            if not periods and len(free) == 1 and not forecast:
                periods = free
            if not periods and not sdates and not forecast and _PRESENT.search(text, sent.start, sent.end) \
                    and not _PAST_ONLY.search(text, sent.start, sent.end):
                p = _publication_period(article, fig)
                periods = [p] if p else []
            if not periods:
                continue
            indicator = _indicator(text, sent, fig)
            if indicator is None:
                continue
            if fig.unit == "%":
                if fig.change:
                    indicator += "_change"
                elif _SHARE.search(text, sent.start, sent.end):
                    indicator += "_share"
                else:
                    continue
            lo = figs[k - 1].end if k else sent.start
            subject = _subject(text, sent, fig, indicator.split("_change")[0], actors, pair, lo)
            pub = article.published
            for p in periods:
                if forecast and not (pub and p.upper and p.upper < pub):
                    continue  # a target or forecast, not a measured figure
                out.append(Observation(indicator=indicator, value=fig.value, unit=fig.unit, period=p,
                                       quote=text[sent.start : sent.end], start=sent.start, end=sent.end,
                                       subject=subject))
    return out
