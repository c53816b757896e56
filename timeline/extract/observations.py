"""Dated figures ("trade turnover $2.2 billion in 2019") → :class:`Observation` objects.

An observation needs three things in one sentence, else the figure is skipped (precision first):

* **a figure** — a value and a unit: money (``$``, ``US$``, ``€``, ``£``, ``¥``, ``₼``; codes USD EUR GBP CNY
  RUB AZN KZT INR TRY JPY; "dollars", "euros", "yuan", "rupees", "manats"…; "270-million-euro"), volumes
  ("billion cubic metres", bcm → ``m3``; "cubic feet", tcf → ``cubic feet``; ``barrels``; tonnes → ``t``;
  ``TEU``; ``km``), a rate after a volume ("55 bcm a year" → ``m3/year``), percentages ("%", "percent",
  "per cent"), and counts of companies ("300 Chinese companies" → unit ``companies``; a count needs an
  origin — a capitalised adjective or "with foreign capital" — so "300 companies registered" is skipped);
* **an indicator** — the nearest indicator noun or verb of the figure's clause (one before the figure is
  preferred), named from this vocabulary:

  ``trade_turnover`` (trade, turnover, trade volume), ``exports`` (export*, shipped, supplied, sold),
  ``imports``, ``investment`` (invest*), ``credit_line`` (credit line/window/facility, line of credit),
  ``loan`` (loan, lent, lending, borrowed), ``aid`` (aid, assistance, grant, package, donated),
  ``reserves``, ``production`` (production, output, produced, pumped), ``gdp``, ``budget``,
  ``freight_volume`` (freight, cargo, shipments), ``transit_volume`` (transit), ``capacity``,
  ``debt`` (debt, owed, arrears: "debt, which had been put at 11.4 billion dollars"), ``cost`` (cost,
  costing, price: "the cost of the project has been estimated at about $4.7 billion"; money only),
  ``vote_share`` ("% of the vote"), ``companies`` (counts). A commodity named with the figure
  ("30 bcm of gas", "oil reserves") prefixes exports, imports, reserves and production: ``gas_exports``,
  ``oil_reserves``. Percentages: a change ("rose by 88%") is ``<indicator>_change`` (signed, negative for
  falls), a share ("its share is 45 percent") ``<indicator>_share``, "% of the vote" ``vote_share``; other
  percentages (e.g. "% of GDP") are skipped;
* **a period** — a date written right after the figure ("$975 million in 2016"; "$2.2 billion in 2019 and
  2020" gives one observation per year; "53.9% of the vote in October"), else the only free date of the
  sentence ("In 2023, trade amounted to $3.1 billion"; "last year"; "so far this year"; "in the first half
  of 2023"), else — for a figure stated in the present ("is exporting goods worth $780 million", "at
  present", "currently", "has offered") or as a commitment with no date ("will invest about $120 million")
  in an article with a publication date — the publication year (the period's ``note`` says so).

Round 3 additions: "US dollars", "$300m", number words before a scale ("four billion dollars"); power in MW
(megawatts, GW ×1000) with indicator ``capacity``, energy in kWh (MWh/GWh/TWh scaled); counted people ("100,000
Karabakh Armenians", "250,000 Chinese tourists" → unit ``people``, indicators ``displaced`` and ``tourist_arrivals``
only) and troops (unit ``soldiers``, indicator ``troops``); ``acquisition`` (bought, acquired, takeover),
``deal_value`` ("agreements worth $1.5 billion"), ``stake`` (a percentage in a sentence about a stake), ``length``
(the noun "length", km only); "% of its/their/X's <whole>" is a share (not of GDP, population, budget), "a 15%
decline" a change. "is to supply", "is due to" are forecasts. A standing level (companies, troops) "since 2020"
holds at publication. A sentence without a date that ties itself to the previous one ("fled within days", "that
year") takes the latest clause date of the (up to two) sentences before it in the paragraph. Hyphenated
modifier lengths and capacities ("the 1,768-kilometre line", "a 100-megawatt plant") are attributes of things,
skipped. Rates in per cent (``inflation``, ``unemployment``, ``interest_rate`` for key/refinancing/policy
rates) are levels, or ``_change`` after raised/cut/lowered ("cut its key rate by 2 percent"). Currency codes also
stand before the number ("USD 2.5 billion", "RMB 40 billion"); the region's currencies (lari GEL, dram AMD, soum
UZS, som KGS, somoni TJS, rial IRR) are known. Tourist counts need a period longer than a day. Money-only
indicators also include ``remittances``, ``revenue`` (revenue, profit) and "FDI" (``investment``), "valued at"
(``cost``); ``market_share`` is "market share" or "a share of the ... market".
Round 4: counts of people or soldiers killed ("300 soldiers are killed", "killing 12 civilians") are ``deaths`` and
released ("15 prisoners were freed") ``prisoners_released``, both in ``people``. A date that is the base of a
comparison ("compared to the same period of the previous year", "than in 2022") is not the figure's period. A
paragraph opening with a date ("- 28 September 2023 — ...") is a chronology entry: its undated sentences take the
entry date (historical present included), and anaphoric dates ("by the end of the month", "that year") are resolved
against it (or against the latest narrative date of the paragraph) instead of the publication date. An announced,
pledged or offered figure with no date takes the latest day-precise date of the text in the week before publication,
else the publication day (articles with a day-precise publication date only). A part introduced by "including"
after a figure is skipped. Subjects: a capital standing for its state is the state ("Moscow" → Russia); a person,
as a subject of last resort, is whom their offices belong to (a state or organisation), else their country.
:func:`is_measurement_sentence` tells the event extractor that a sentence only states a figure.
Round 6: report periods the date tagger leaves out — "9M 2023" (January–September 2023), "the first nine months" /
"the first half" with no year (the latest such period ended by publication; none in a forecast) —; TEU also spelled
out ("twenty-foot equivalent units") with indicator ``container_traffic`` (containers, throughput, handled; TEU or %
only); a level in the present perfect ("has reached $1.2 billion") is a present figure (publication year); a change
told as a fraction ("grew by more than a fifth", "fell by a third") is a % change (20, -33.3); a relative period that
would begin after publication ("rose ... in the first quarter", published in October, read as next year's) is the
one just ended, a year earlier.
Round 7: "(the) (first) nine months of 2025" (the tagger reads only the year), "for the nine months" and "in H1"/"in H2"
with no year (the latest such period ended by publication); a change and a level of one quantity share the period
written with either ("grew 8% in 2024 to $3.1 billion", "$900 million in 2024, up 14%"); "in 2024 to $3.1 billion" is
no range; counted ``students``, ``trains``, ``containers`` (indicator ``container_traffic``) and ``flights`` are units
with their own indicator; counts of companies, tourists and those units in a period shorter than a month (a forum,
a visit) are crowds, skipped; "doubled"/"tripled"/"halved" are % changes (100, 200, -50); number words up to ninety;
"commerce" is trade; "on the same period last year" is a comparison base, and so is a "since" date after the
figure's period ("in 2024, a sharp rise since 2021"); a rate after the commodity ("30 bcm of gas a year") makes a
yearly unit; figures after an "including" part in its clause are part of it; money per unit ("$250 per thousand
cubic metres", "$80 a barrel") and per capita are prices or ratios, skipped; "should", "is likely to", "poised to",
"envisages", "potential" are forecasts ("it should be noted" is not); "bln", "trln"; "the number of Chinese tourists
... reached 48,000" counts the noun; "9.4% more than" is a change; a parallel "while imports totalled $1.4 billion"
shares the period of the figure before; a date after ", and" belongs to the next clause, and a date after "more than
in" is a comparison base, not the figure's own date.
Round 10: ``trains`` take up to two modifiers ("container block trains") and ``scholarships`` are counted; a bare number
after a figure as its comparison base ("412 trains ..., compared with 260 in the whole of 2025", "$1.9 billion, up
from 1.6 billion in 2024") is its own observation in the unit (and scale) of the figure before, and "68 of them"
counts a part of a count; "in the whole of / all of <date>" is the figure's own date; academic years ("this academic
year", "the 2024/25 school year") run September–June; a month or day reached "by" in a sentence that names the year
("by the end of October ... had arrived this year", "so far this year", "year to date", "since January") ends a
year-to-date period (January–October), while "had fled by the end of the month" keeps the month; a change and a level
joined by "and exceeded/reached/amounted to" share the period; a key-figure line takes the period of its label
("Freight in 9M 2025: 11.4 million tonnes", "(9M 2024: 11,200 TEU)"), and a labelled row of a breakdown ("of which
China-related transit containers: 18,600 TEU") is emitted with the period of the whole (an unlabelled part after
"including" stays skipped). Precision: "the 240 MW solar plant" (a determiner, the figure, a noun) is an attribute
like "a 240-megawatt plant"; a counted figure after "capacity of" / "designed to handle" is ``capacity``; a figure
that is the object of an intention ("plans to invest USD 75 million", "aims to export") is skipped whatever date the
sentence has. Decisions kept: a % change stated with a level ("grew by 18% in 2025 and exceeded $3.6 billion") stays
its own ``<indicator>_change`` observation (older gold sets list such growth figures); stakes, cost estimates and
capacities stay observations (older gold sets list them); a stock in the present ("has exceeded $1.5 billion") is
dated by the publication year, which overlaps a gold period of the publication month or day and also serves flows
told in the present.
Round 10b: "38 new Chinese companies", "China-Europe freight trains"; a figure dated "a year earlier" after another is
that figure's period one year back ("$1.9 billion in January-June, compared with $1.6 billion a year earlier"), and
"a year earlier" after a sum is no rate; "while" without a comma is parallel; tonnes "handled", "transported",
"carried" or a port's "throughput" are ``freight_volume``; with several free dates, a date opening a later coordinated
clause (", and in the first quarter of 2026 it reached $1.2 billion") dates that clause; "twice as many as in 2023"
is a comparison base. Not done: a dated heading over a list of key figures ("Key indicators, 2025" / "- Trade with
China: USD 4.2 billion") — the pipeline does not pass such headings (nor list lines without a final stop) to this
module.

Skipped: ranges ("5-8 million tons"), forecasts and targets in the figure's clause ("will reach $5 billion
in 2030", "expected", "could"), cumulative totals "since …" (their period is open), figures with no period
or no indicator. Figures never become events. The evaluation (timeline.evaluate.gold) matches observations
on period (overlapping bounds), value (±1%) and unit, so units follow the scorer's spelling.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from timeline.extract.dates import normalise_date
from timeline.extract.events import ActorFinder, usable_date
from timeline.extract.types import ActorMention, Article, DateMention, Observation, Sentence

_SCALE = {"trillion": 1e12, "trln": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "million": 1e6, "mln": 1e6,
          "m": 1e6, "thousand": 1e3, "k": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR",
             "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP",
             "pounds": "GBP", "¥": "CNY", "yuan": "CNY", "cny": "CNY", "renminbi": "CNY", "manat": "AZN",
             "manats": "AZN", "azn": "AZN", "₼": "AZN", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
             "roubles": "RUB", "rub": "RUB", "kzt": "KZT", "tenge": "KZT", "inr": "INR", "rupee": "INR",
             "rupees": "INR", "try": "TRY", "lira": "TRY", "jpy": "JPY", "yen": "JPY", "rmb": "CNY", "gel": "GEL",
             "lari": "GEL", "amd": "AMD", "dram": "AMD", "drams": "AMD", "uzs": "UZS", "soum": "UZS", "soums": "UZS",
             "kgs": "KGS", "som": "KGS", "soms": "KGS", "tjs": "TJS", "somoni": "TJS", "irr": "IRR", "rial": "IRR",
             "rials": "IRR", "rs": "INR", "rs.": "INR", "₹": "INR"}  # fmt: skip
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
#: Number words, only before a scale word ("four billion dollars", "two million tonnes").
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100,
                 "one hundred": 100}  # fmt: skip
_WORD_NUM = (r"(?P<word>\b(?:" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
             r"(?=[\s-]+(?:trillion|billion|million|thousand)\b))")
_SC = r"(?:[\s-]*(?P<scale>trillion|billion|million|thousand|bn|bln|mln|mn|tn|trln)\b)?"
#: After a currency sign also "$300m", "€2b".
#: (session 18: Indian scales after a rupee sign, "Rs 44 crore", "₹5 lakh")
_SC_CUR = (r"(?:[\s-]*(?P<scale>trillion|billion|million|thousand|bn|bln|mln|mn|tn|trln|crores?|lakhs?)\b|"
           r"(?P<short>[mb])\b)?")
#: Counted people: "100,000 Karabakh Armenians", "200,000 Chinese tourists", "2,000 peacekeepers".
_PEOPLE_NOUNS = (r"people|persons|citizens|nationals|refugees|residents|civilians|migrants|tourists|visitors|pilgrims|"
                 r"troops|soldiers|"
                 r"servicemen|peacekeepers|prisoners|detainees|hostages|captives")
_TROOP_NOUNS = frozenset({"troops", "soldiers", "servicemen", "peacekeepers"})
#: Counted things with their own unit and indicator: "3,000 Kazakh students", "400 container trains".
_COUNTED = {"students": "students", "trains": "trains", "containers": "container_traffic", "flights": "flights",
            "scholarships": "scholarships"}
_UNIT_WORDS = (
    r"(?:US|U\.S\.)\s+dollars?|USD|EUR|GBP|AZN|CNY|RUB|KZT|INR|JPY|dollars?|euros?|pounds|manats?|yuan|renminbi|"
    r"rubles?|roubles?|tenge|(?-i:GEL|AMD|UZS|KGS|TJS|IRR|RMB)|lari|drams?|soums?|somoni|rials?|"
    r"rupees?|lira|yen|cubic\s+met(?:re|er)s?|cu\.?\s*m|bcm|m3|cubic\s+feet|tcf|bpd|b/d|barrels?|tons?|tonnes?|TEU|"
    r"twenty[\s-]+foot\s+equivalent\s+units?|"
    r"km|kilomet(?:re|er)s?|%|percent|per\s+cent|"
    r"megawatts?|(?-i:MW)|gigawatts?|(?-i:GW)|kilowatt[\s-]hours?|(?-i:kWh|MWh|GWh|TWh)|"
    r"(?:(?:new|more|other|foreign-owned)\s+)?(?:[A-Z][\w-]*\s+)?(?:companies|enterprises|firms)|"
    r"(?:(?-i:[A-Z][\w-]*)\s+|(?:international|foreign)\s+)?students|"
    r"(?:(?-i:[A-Z][\w-]*)\s+)?(?:(?:container|freight|cargo|block|goods)\s+){0,2}trains|containers|(?:(?:direct|passenger|cargo)\s+)?flights|"
    r"(?:(?-i:[A-Z][\w-]*)\s+)?(?:(?:government|state|university|presidential)\s+)?scholarships|"
    r"(?-i:(?:[A-Z][\w-]*\s+){0,2}[A-Z][a-z]+(?:ans|is))|"
    r"(?:(?-i:[A-Z][\w-]*)\s+|(?:ethnic|international|foreign|domestic|inbound|overseas)\s+){0,2}"
    r"(?:" + _PEOPLE_NOUNS + r")"
)
_VALUE = re.compile(
    r"(?P<range>\d[\d.,]*\s*(?:-|–|to)\s*)?"
    r"(?:(?P<cur>US\$|[$€£¥₼₹]|(?-i:USD|EUR|CNY|RMB|AZN|RUB|KZT|TRY|GBP|JPY|INR|GEL|AMD|UZS|KGS|TJS|Rs\.?)(?=\s?\d))\s?"
    + _NUM + _SC_CUR + r"(?:\s*(?P<cur2>USD|dollars)\b)?"
    r"|(?:" + _NUM.replace("num", "num2") + "|" + _WORD_NUM + ")" + _SC.replace("scale", "scale2") + r"[\s-]*"
    r"(?P<unit>" + _UNIT_WORDS + r")(?!\w))"
    r"(?P<rate>\s+(?:a|per)\s+(?:year|annum|day)(?![\s-]+(?:earlier|before|ago|later|after|on)\b)|\s+annually)?",
    re.IGNORECASE,
)
#: Indicator cues (module docstring); the first group of each name is matched case-insensitively.
_INDICATORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pat, re.IGNORECASE))
    for name, pat in (
        ("trade_turnover", r"\b(?:trade\s+turnover|turnover|trade\s+volumes?|volume\s+of\s+trade|bilateral\s+trade|"
                           r"trade\s+between|trade|commerce|exchanged\s+(?:goods|products|merchandise))\b"),
        ("exports", r"\b(?:export(?:s|ed|ing)?|shipped|supplied|suppl(?:y|ies)|sold|deliver(?:ed|ies))\b"),
        # (session 18: "bought about 1.6 million barrels per day of crude": a quantity of a commodity bought)
        ("imports", r"\b(?:import(?:s|ed|ing)?|buys|buying|purchases|(?:bought|purchased)(?=\s+(?:(?:about|some|around|"
                    r"nearly|over|more\s+than|almost)\s+)?[\d.,]+\s*(?:million|billion|thousand|mn|bn)?\s*(?:barrels|bpd|"
                    r"b/d|tonnes|tons|bcm|cubic)))\b"),
        ("acquisition", r"\b(?:bought|acquired|acquisition|takeover|buyout|purchased)\b"),
        ("deal_value", r"\b(?:deals?|contracts?|agreements?|accords?|investment\s+projects?)\b"
                       r"(?=\s+(?:\w+\s+){0,3}?worth\b)"),
        ("investment", r"\b(?:invest(?:ed|s|ing|ments?|ors?)?|FDI)\b"),
        ("credit_line", r"\b(?:credit\s+(?:lines?|windows?|facilit(?:y|ies))|lines?\s+of\s+credit)\b"),
        ("loan", r"\b(?:loans?|lent|lending|borrowed|credits?)\b"),
        ("aid", r"\b(?:aid|assistance|grants?|(?<!investment\s)package|allocated|donated)\b"),
        ("reserves", r"\breserves\b"),
        ("production", r"\b(?:production|output|produced|pumped|extracted)\b"),
        ("gdp", r"\b(?:GDP|gross\s+domestic\s+product)\b"),
        ("budget", r"\bbudgets?\b"),
        # (session 18: "volumes on the Middle Corridor reached 4.1 million tonnes": a route's volume is its freight)
        ("freight_volume", r"\b(?:freight|cargo(?:es)?|shipments|"
                           r"volumes?(?=\s+(?:on|along|through|via|carried\s+on)\s))\b"),
        ("container_traffic", r"\b(?:containers?|throughput|handled|handling)\b"),
        ("freight_volume", r"\b(?:throughput|handled|handling|transported|carried)\b"),  # in tonnes: a port's cargo
        ("transit_volume", r"\btransit\b"),
        ("capacity", r"\bcapacity\b"),
        ("debt", r"\b(?:debts?|owed|arrears)\b"),
        ("cost", r"\b(?:costs?|costing|price[ds]?|valued\s+at)\b"),
        ("remittances", r"\bremittances?\b"),
        ("revenue", r"\b(?:revenues?|net\s+profit|profits?)\b"),
        ("displaced", r"\b(?:fled|flee(?:ing)?|displaced|evacuated|refugees|expelled|left\s+their\s+homes)\b"),
        ("tourist_arrivals", r"\b(?:tourists?|visitors|tourism|arrivals|visited)\b"),
        ("length", r"\blength\b"),
    )
)
_COMMODITY = re.compile(r"\b(?:(?P<gas>natural\s+gas|gas|LNG)|(?P<oil>oil|crude|petroleum|fuel)|(?P<coal>coal)|"
                        r"(?P<grain>wheat|grain)|(?P<electricity>electricity|(?-i:power)))\b", re.IGNORECASE)
_COMMODITY_INDICATORS = frozenset({"exports", "imports", "reserves", "production"})
_CHANGE = re.compile(
    r"\b(?P<dir>increased|increase|rose|grew|grown|growth|up|jumped|surged|raised|hiked|decreased|decrease|declined|"
    r"decline|fell|dropped|down|shrank|reduced|cut|lowered)\s+(?:by\s+)?(?:(?:about|approximately|around|nearly|almost|over|some|"
    r"roughly|(?:more|less)\s+than|at\s+least|just\s+(?:over|under))\s+)?$",
    re.IGNORECASE,
)
#: "cut its key rate by 2 percent", "increased exports to China by 15%": the direction a few words before "by".
_CHANGE_BY = re.compile(
    r"\b(?P<dir>increased|rose|grew|jumped|surged|raised|hiked|decreased|declined|fell|dropped|shrank|reduced|cut|"
    r"lowered)(?:\s+[\w'’-]+){1,4}\s+by\s+(?:(?:about|approximately|around|nearly|almost|over|some|roughly|"
    r"(?:more|less)\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)
#: "a 15% increase", "a 12 per cent drop in imports".
_CHANGE_AFTER = re.compile(r"\s+(?P<dir>more|higher|up|less|lower|down)(?=\s+(?:than|year|compared|y/y|yoy|on|from|"
                           r"against)\b|\s*[,.;)])|"
                           r"[\s-]+(?P<dir2>increase|rise|growth|jump|gain|decrease|decline|drop|fall|reduction|"
                           r"contraction)\b", re.IGNORECASE)
_FALL = {"decreased", "decrease", "declined", "decline", "fell", "dropped", "down", "shrank", "reduced", "drop", "cut",
         "lowered",
         "fall", "reduction", "contraction", "less", "lower"}
_SHARE = re.compile(r"\bshare\b", re.IGNORECASE)
#: "90 per cent of its petroleum products", "40% of Armenia's gas": a share of a named whole (not of GDP).
_SHARE_OF = re.compile(r"\s+of\s+(?:its|their|the\s+country's|the\s+country’s|[A-Z][\w-]*(?:'s|’s))\s+"
                       r"(?!GDP\b|gross\b|population\b|budget\b)")
#: Rates that are levels in per cent ("inflation reached 13.9%", "the key rate at 21%").
_RATE = re.compile(r"\b(?:inflation|unemployment|(?:key|interest|refinancing|policy|base)\s+rate)\b(?!.*\b(?:inflation|"
                   r"unemployment|rate)\b)", re.IGNORECASE)
_MARKET_SHARE = re.compile(r"\bmarket\s+share\b|\bshare\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}market\b",
                           re.IGNORECASE)
_STAKE = re.compile(r"\bstakes?\b|\bshareholding\b|\b(?:equity|ownership)\b", re.IGNORECASE)
_VOTE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:popular|national|total)\s+)?(?:votes?|ballots)\b", re.IGNORECASE)
_FORECAST = re.compile(
    r"\b(?:will|'ll|expected|expects?\s+to|forecasts?|forecasted|projected|planned|plans?\s+to|would|could|"
    r"might|(?-i:may)|target(?:s|ed)?\s+(?:of|to|at)|aims?\s+to|hopes?\s+to|seeks?\s+to|intends?\s+to|goal|"
    r"should(?!\s+(?:be\s+)?(?:noted|stressed|mentioned|emphasi[sz]ed|recalled|underlined|pointed\s+out)\b)|(?:is|are)\s+likely\s+to|poised\s+to|on\s+track\s+to|envisag\w+|potential(?:ly)?|"
    r"by\s+20\d\d(?![^.;]{0,60}\bhad\b)|"
    # session 17: a window ahead ("to 600 billion dollars within ten years")
    r"within\s+(?:the\s+next\s+)?(?:\w+\s+)?"
    r"(?:years|decades?)(?![^.;]{0,60}\b(?:had|was|were)\b)|(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|slated\s+)?to\s+(?!date\b)\w+)\b",
    re.IGNORECASE,
)
#: A commitment with no date is dated by the publication ("IPGL will invest $120 million").
_COMMITMENT = re.compile(
    r"\bwill\s+(?:(?:also|jointly)\s+)?(?:invest|provide|lend|allocate|grant|spend|finance|fund|keep|retain|"
    r"hold|own)\b|"
    r"\b(?:has|have)\s+(?:(?:also|already)\s+)?(?:pledged|committed|promised|offered)\b",
    re.IGNORECASE,
)
#: A past tense ("reached", not the present perfect "has reached", which states a level now).
_PAST_ONLY = re.compile(r"\b(?:was|were|had|amounted|allocated|(?<!has\s)(?<!have\s)reached|totaled|totalled|"
                        r"in\s+the\s+past)\b", re.I)
_PRESENT = re.compile(
    r"\b(?:is|are|has|have|amounts?\s+to|reach(?:es)?|stands?\s+at|exceeds?|at\s+present|currently|now|"
    r"hosts?|there\s+are|exporting|importing|operat(?:e|es|ing)|employs?|keeps?|buys|gets|receives|accounts?\s+for|"
    r"supplies|provides|produces|holds|owns|controls)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\bsince\s+(?:\S+\s+){0,2}?$", re.IGNORECASE)
#: A "since" clause with its own verb: "Since the pipeline opened in December 2010, its strings have carried ...".
_SINCE_CLAUSE = re.compile(r"\bsince\s+[^,;.()\d]{1,60}?\s(?:in|on)\s+(?:the\s+)?$", re.IGNORECASE)


def _since(text: str, lo: int, d: DateMention) -> bool:
    """Whether date ``d`` opens a "since" period (:data:`_SINCE`, :data:`_SINCE_CLAUSE`)."""
    return bool(_SINCE.search(text, max(lo, d.start - 25), d.start)
                or _SINCE_CLAUSE.search(text, max(lo, d.start - 80), d.start))
_ORIGIN_AFTER = re.compile(r"\s+(?:with|of)\s+(?:[A-Z][\w-]*\s+|foreign\s+|joint\s+)*(?:capital|investments?|"
                           r"participation)\b")
#: Where the predicate of a figure starts, for the tense check ("..., which has kept 2,000 troops there").
_LOCAL = re.compile(r",|\b(?:which|who|but|while|whereas)\b")
#: Counts of standing things: "since" does not make them cumulative totals.
_STOCK_UNITS = frozenset({"companies", "soldiers"})
#: A sentence tied to the time of the one before it: "fled to Armenia within days".
_BACK_REFERENCE = re.compile(
    r"\b(?:within\s+(?:(?:a\s+few|several|two|three)\s+)?(?:hours|days|weeks|months|a\s+(?:day|week|month))|"
    r"in\s+the\s+(?:days|weeks|months)\s+(?:that\s+followed|after(?:wards)?)|"
    r"(?:that|the\s+same)\s+(?:year|month)|by\s+then|at\s+the\s+time)\b",
    re.IGNORECASE,
)
#: Where a figure's clause ends: the forecast and present cues of one clause do not date another.
_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|although|though)\b|\s[—–]\s")
_BETWEEN = re.compile(r"\b(?:between\s+the\s+(?:two\s+)?(?:countries|nations|states)|bilateral|mutual|the\s+two\s+"
                      r"countries|both\s+countries)\b", re.IGNORECASE)
_TOWARDS = re.compile(r"\b(?:in|to|into|from)\s+(?:the\s+)?\S*\s*$")
_THROUGH = re.compile(r"\b(?:along|through|via|on)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?)+)")
#: A date right after a figure is its period ("$975 million in 2016", "53.9% of the vote in October").
_FIGURE_TO_DATE = re.compile(r"^[^;.\d$€£]{0,60}?\b(?:in|for|during|over|as\s+of|at\s+the\s+end\s+of|on)\s+"
                             r"(?:the\s+)?(?:(?:whole|entire|full|course)\s+(?:of\s+)?(?:the\s+)?|all\s+(?:of\s+)?)?$"
                             r"|^\s*(?:USD\s*)?(?:,\s*)?$", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:and|while|whereas|but)\b|;", re.IGNORECASE)
_COORD_GAP = re.compile(r"^\s*(?:,|and|or|as\s+well\s+as|,\s*and)\s*(?:in|on|the)?\s*$", re.IGNORECASE)


#: A date that is the base of a comparison, not the figure's period: "compared to the same period of the previous
#: year", "than in 2022", "versus 2023".
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to|as\s+against|against|versus|vs\.?|than|"
    r"as\s+(?:many|much|high|large|big)\s+as)\s+(?:in\s+)?"
    r"(?:(?:the\s+)?(?:same|corresponding)\s+(?:period|time|months?|quarter|half)\s+(?:of|in|last)\s+)?(?:the\s+)?$"
    r"|\b(?:same|corresponding|equivalent|like)\s+(?:period|time|months?|quarter|half)\s+(?:(?:of|in)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_THAN_IN_DATE = re.compile(r"(?:more|less|fewer|higher|lower)\s+than\b", re.IGNORECASE)
#: The base of a change after "on" / "from": "up 9 percent on the year before", "a 12% rise on 2024", "down 5% from
#: a year earlier".
_CHANGE_BASE = re.compile(r"(?:%|\bper\s*cent|\bpercent|\b(?:up|down|higher|lower|more|less|increase|rise|growth|"
                          r"decline|drop|fall|gain))\s+(?:on|from)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
#: A record or level the figure is compared with: "slightly below the record set in 2024", "above the peak of 2019",
#: and "almost double the 2023 figure" (the date inside the noun phrase, see :data:`_LEVEL_AFTER`).
_RECORD_BASE = re.compile(
    r"\b(?:below|above|under|short\s+of|beyond|beat(?:ing)?|surpass(?:ing|ed)|exceed(?:ing|ed)|broke|breaking|than)"
    r"\s+(?:the\s+|its\s+|a\s+)?(?:previous\s+|all[\s-]time\s+|earlier\s+)?(?:record|peak|high|level|figure|total)"
    r"(?:\s+(?:high|low))?(?:\s+(?:set|reached|recorded|seen|hit|posted))?\s+(?:in|of|from)\s+(?:the\s+)?$",
    re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\b(?:double|twice|triple|treble|thrice|half|above|below|under|than|exceeding|surpassing|"
                           r"beating|over)\s+(?:the|its)\s+$", re.IGNORECASE)
_LEVEL_AFTER = re.compile(r"\s*(?:figure|level|total|record|volume|mark|result)s?\b", re.IGNORECASE)
#: The date of another event told in a relative clause about a thing: "the port, which opened at Alat in 2017, ...":
#: not the period of a figure of the clause.
_ASIDE = re.compile(
    r"\b(?:which|that|who)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?"
    r"(?:first\s+)?(?:opened|launched|founded|built|completed|established|created|inaugurated|commissioned|signed|"
    r"set\s+up|started|began|registered)\s+(?:[^\d,;.()]{0,30}?\s)?(?:in|on)\s+(?:the\s+)?$",
    re.IGNORECASE)


def _is_base(text: str, lo: int, d: DateMention) -> bool:
    """Whether date ``d`` is the base of a comparison (:data:`_COMPARED`), also when the tagger took the comparison
    into the date ("18 per cent more than a year earlier"), the base of a change ("up 9% on the year before"), a record
    compared with ("below the record set in 2024", "double the 2023 figure"), or the date of an aside about a thing
    (:data:`_ASIDE`)."""
    at = max(lo, d.start - 60)
    return bool(_COMPARED.search(text, at, d.start) or _THAN_IN_DATE.match(d.text)
                or _CHANGE_BASE.search(text, at, d.start) or _RECORD_BASE.search(text, at, d.start)
                or (_LEVEL_BEFORE.search(text, at, d.start) and _LEVEL_AFTER.match(text, d.end))
                or _ASIDE.search(text, at, d.start))


#: Counted people who died: "300 soldiers were killed", "killing 12 civilians", "the death toll rose to 45 people".
_KILLED_AFTER = re.compile(r"\s*(?:[\w'’,-]+\s+){0,3}?(?:(?:were|was|are|is|have\s+been|had\s+been|being)\s+)?"
                           r"(?:(?:reportedly|reported|confirmed)\s+)?(?:killed|dead|died|perished|lost\s+their\s+lives)\b",
                           re.IGNORECASE)
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|kills|death\s+toll\s+(?:rose\s+to|reached|of|at|stood\s+at)|"
                            r"claimed\s+the\s+lives\s+of)\s+(?:(?:at\s+least|some|about|around|nearly|almost|"
                            r"more\s+than|over|up\s+to)\s+)?$", re.IGNORECASE)
#: Counted people released: "32 servicemen were freed", "agree to release prisoners, 32 servicemen for ...".
_RELEASED_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:(?:were|was|are|have\s+been|had\s+been)\s+)?"
                             r"(?:released|freed|exchanged|swapped|repatriated|handed\s+over|set\s+free)\b",
                             re.IGNORECASE)
_RELEASED_BEFORE = re.compile(r"\b(?:release[sd]?|releasing|free[sd]?|freeing|exchange[sd]?|exchanging|swap(?:ped|s)?|"
                              r"repatriat\w+|hand(?:ed)?\s+over)\s+(?:of\s+)?(?:(?:the\s+)?(?:prisoners|detainees)"
                              r"\s*[,:—–]\s*)?(?:(?:at\s+least|some|about|around|nearly|more\s+than|over|all)\s+)?$",
                              re.IGNORECASE)
#: A chronology entry: a paragraph opening with its date ("- 28 September 2023 — ...", "March 2024: ...").
_ENTRY_LEAD = re.compile(r"[\s\-*•·–—]*")
_ENTRY_AFTER = re.compile(r"\s*(?:[—–:|]|-\s)")
#: Definite, anaphoric time expressions that take the narrative time, not the publication date
#: ("by the end of the month" in an entry of September 2023 is the end of September 2023).
_ANAPHORIC = re.compile(r"(?:the|that)\s+(?:(?:end|beginning|start|middle|close|rest)\s+of\s+(?:the|that)\s+)?"
                        r"(?:same\s+)?(?:month|year|week)", re.IGNORECASE)
#: A deadline, not a narrative time: "by 1 January 2024", "until 2030".
_DEADLINE = re.compile(r"\b(?:by|until|till|before|no\s+later\s+than)\s+$", re.IGNORECASE)
#: An announcement with no date in a dated news article happened at the time of the news ("The Commission
#: announced a package of 12 billion euros"); not "had announced" (an earlier act).
_ANNOUNCED = re.compile(r"(?<!had\s)\b(?:announced|unveiled|pledged|promised|committed|approved|earmarked|offered)\b",
                        re.IGNORECASE)
#: A part of a figure just stated ("a €12 billion package, including €3 billion for the corridor").
_PART_OF = re.compile(r"\b(?:including|of\s+which|among\s+them)\s+(?P<label>[^\d;.:,()]{1,50}:\s*)?"
                      r"(?:(?:about|some|around|nearly|over)\s+)?$",
                      re.IGNORECASE)
#: How far before publication the last day-precise date of the text may lie to be the time of the news.
_NEWS_WINDOW = dt.timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Figure:
    """A parsed figure: value, unit and offsets."""

    start: int
    end: int
    value: float
    unit: str
    change: bool = False


#: After a sum of money, a unit it is the price of: "$250 per thousand cubic metres", "$80 a barrel", "per capita".
_PER_UNIT = re.compile(r"\s*(?:per|a|an|/|for\s+(?:each|every|one|a|an))\s*(?!year\b|annum\b|day\b|month\b|week\b|"
                       r"quarter\b|time\b|piece\s+of\b)(?:thousand\s+|1,?000\s+)?(?:cubic|tonnes?\b|tons?\b|barrels?\b|"
                       r"kilo|kg\b|unit\b|square|sq\b|kwh\b|mwh\b|m3\b|bcm\b|head\b|person\b|capita\b|night\b|"
                       r"share\b|ounce\b|litre\b|liter\b|gallon\b|mmbtu\b|metre\b|meter\b|hectare\b|container\b|teu\b)",
                       re.IGNORECASE)
_PER_CAPITA = re.compile(r"\bper\s+(?:capita|head|person|inhabitant|resident)\b", re.IGNORECASE)
#: Power and energy units, normalised to MW and kWh.
_POWER = {"megawatt": ("MW", 1.0), "mw": ("MW", 1.0), "gigawatt": ("MW", 1e3), "gw": ("MW", 1e3),
          "kilowatt": ("kWh", 1.0), "kwh": ("kWh", 1.0), "mwh": ("kWh", 1e3), "gwh": ("kWh", 1e6),
          "twh": ("kWh", 1e9)}  # fmt: skip


#: A rate after what is measured: "30 billion cubic metres of gas a year", "2 million tonnes of cargo per year".
_RATE_AFTER_OF = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,1}[\w-]+\s+(?P<per>(?:a|per)\s+(?:year|annum|day)|annually)\b",
                            re.IGNORECASE)


def _unit_of(raw: str, rate: str | None, after: str = "") -> str:
    raw = re.sub(r"\s+", " ", raw).lower()
    last = raw.rsplit(" ", 1)[-1]
    if raw in {"%", "percent", "per cent"}:
        unit = "%"
    elif raw.startswith(("ton", "tonne")):
        unit = "t"
    elif raw in {"cubic feet", "tcf"}:
        unit = "cubic feet"
    elif raw.startswith(("cubic met", "cu", "bcm", "m3")):
        unit = "m3"
    elif raw in {"bpd", "b/d"}:  # session 18: "1.7 million bpd" is barrels a day
        unit, rate = "barrels/day", None
    elif raw.startswith("barrel"):
        unit = "barrels"
    elif raw == "teu" or raw.startswith("twenty"):
        unit = "TEU"
    elif raw.startswith(("km", "kilometre", "kilometer")):
        unit = "km"
    elif raw.endswith(("companies", "enterprises", "firms")):
        unit = "companies"
    elif last in _COUNTED:
        unit = last
    elif "dollar" in raw:
        unit = "USD"
    elif re.split(r"[\s-]", raw)[0].removesuffix("s") in _POWER:
        unit = _POWER[re.split(r"[\s-]", raw)[0].removesuffix("s")][0]
    elif last in _TROOP_NOUNS:
        unit = "soldiers"
    elif raw not in _CURRENCY and (last.endswith(("ans", "is")) or re.search(rf"\b(?:{_PEOPLE_NOUNS})$", raw)):
        unit = "people"
    else:
        unit = _CURRENCY.get(raw, raw.upper())
    if not rate and after:
        rate = (m := _RATE_AFTER_OF.match(after)) and m["per"]
    no_rate = {"%", "companies", "people", "soldiers", "MW", "barrels/day", *_COUNTED}
    if rate and unit not in no_rate and unit not in _CURRENCY.values():
        unit += "/day" if "day" in rate.lower() else "/year"
    return unit


#: Before a figure that modifies a noun ("the 240 MW solar plant", "a 500 km line"): a determiner, maybe an adjective.
_DETERMINER = re.compile(r"(?:\b(?:a|an|the|its|their|this|that|these|those|our|whose)|[A-Za-z][\w-]*['’]s)\s+"
                         r"(?:[a-z][\w-]*\s+)?$",
                         re.IGNORECASE)
#: A noun right after the unit (not a preposition, a verb or a rate): "MW solar plant", "km railway".
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|on|at|for|by|to|and|or|from|with|was|were|is|are|has|have|had|will|would|"
                         r"a|an|per|each|every|year|annually|capacity)\b)[A-Za-z][\w-]*", re.IGNORECASE)


def parse_figure(m: re.Match[str], text: str, sent_start: int) -> Figure | None:
    """Turn a :data:`_VALUE` match into a :class:`Figure` (None for ranges, bare numbers and bare years)."""
    if m.group("range"):
        return None
    num = m.group("num") or m.group("num2")
    word = m.group("word")
    try:
        value = float(_WORD_NUMBERS[re.sub(r"\s+", " ", word.lower())] if word else num.replace(",", ""))
    except (TypeError, ValueError, KeyError):
        return None
    raw_unit = m.group("unit") or ""
    scale = (m.group("scale") or m.group("scale2") or "").lower()
    short = (m.group("short") or "").lower()
    scale = scale or {"m": "million", "b": "billion"}.get(short, "")
    scale = {"mn": "million", "tn": "trillion"}.get(scale, scale)
    if raw_unit.lower() in {"bcm", "tcf"}:
        scale = scale or ("billion" if raw_unit.lower() == "bcm" else "trillion")
    value *= _SCALE.get(scale, 1.0)
    cur = m.group("cur")
    after = text[m.end() : m.end() + 50]
    unit = _CURRENCY.get(cur.lower(), "USD") if cur else _unit_of(raw_unit, m.group("rate"), after)
    if unit in {"MW", "kWh"}:
        value *= _POWER[re.split(r"[\s-]", raw_unit.lower())[0].removesuffix("s")][1]
    if unit in _MONEY_UNITS and _PER_UNIT.match(text, m.end()):
        return None  # "$250 per thousand cubic metres", "$5,000 per capita": a price or ratio, not a total
    if unit == "companies" and not (
        re.search(r"(?-i:\b[A-Z])", raw_unit) or _ORIGIN_AFTER.match(text, m.end("unit"))
    ):
        return None  # "300 companies registered": whose companies is unknown
    if unit in {"MW", "km"} and (re.match(r"[\d,.]+-", m.group(0)) or (
        _DETERMINER.search(text, max(sent_start, m.start() - 30), m.start()) and _NOUN_AFTER.match(text, m.end())
    )):
        return None  # "a 100-megawatt plant", "the 240 MW solar farm": an attribute of a thing, not dated
    if unit in {"people", "soldiers", *_COUNTED} and num and re.fullmatch(r"1[89]\d\d|20\d\d", num) and not scale:
        return None  # "in 2020 Armenians ...": a year, not a count
    start = m.start()
    end = m.end() if m.group("rate") and unit.endswith(("/year", "/day")) else m.end("unit") if raw_unit else m.end()
    before = text[max(sent_start, start - 40) : start]
    change_m = (_CHANGE.search(before) or _CHANGE_BY.search(text, max(sent_start, start - 60), start)) if unit == "%" \
        else None
    after_m = _CHANGE_AFTER.match(text, end) if unit == "%" and not change_m else None
    direction = ((change_m or after_m).group("dir") or after_m.group("dir2")).lower() if (change_m or after_m) else ""
    if direction in _FALL:
        value = -value
    return Figure(start, end, value, unit, bool(direction))


#: Indicators that only measure money (or a % change/share of it); the others also take physical units.
_MONEY_ONLY = frozenset({"investment", "credit_line", "loan", "aid", "budget", "gdp", "debt", "cost", "acquisition",
                         "deal_value", "remittances", "revenue"})
_PHYSICAL_OK = frozenset({"exports", "imports", "production", "reserves", "freight_volume", "transit_volume",
                          "capacity", "trade_turnover"})
_MONEY_UNITS = frozenset(_CURRENCY.values())
#: Indicators of counted people, and the only indicators such counts can have.
_PEOPLE_ONLY = frozenset({"displaced", "tourist_arrivals"})


def _fits(name: str, unit: str) -> bool:
    """Whether indicator ``name`` can be measured in ``unit`` ("loan" in km cannot)."""
    if unit == "people":
        return name in _PEOPLE_ONLY
    if name in _PEOPLE_ONLY:
        return unit == "%"  # only as a change: "tourist arrivals rose 30%"
    if unit == "km":
        return name == "length"
    if name == "container_traffic":  # counted in TEU: "handled 21,000 TEU", "container throughput rose 30%"
        return unit in {"TEU", "%"}
    if name == "length":
        return False
    if unit in _MONEY_UNITS or unit == "%":
        return name != "capacity"
    if unit == "kWh":
        return name in {"exports", "imports", "production"}
    return name in _PHYSICAL_OK


_CAPACITY_BEFORE = re.compile(r"\b(?:capacity|designed\s+to|able\s+to|can)\b(?:\s+(?!\d)[\w-]+){0,3}\s+$"
                              r"|\bcapacity\s+of\s+(?:(?:up\s+to|about|some|around|nearly|over)\s+)?$", re.IGNORECASE)
#: A figure that is the object of an intention ("plans to invest $75 million", "aims to export 2 million tonnes"):
#: a goal, whatever date the sentence gives (often that of the announcement).
_INTENT = re.compile(r"\b(?:plans?|planning|planned|intends?|intending|aims?|aiming|hopes?|hoping|seeks?|seeking|"
                     r"wants?|expects?|expected|is\s+set|are\s+set)\s+to\s+(?:[\w-]+\s+){1,3}?"
                     r"(?:(?:about|some|around|up\s+to|nearly|more\s+than|over|at\s+least|an?\s+(?:additional|further))\s+)?$"
                     r"|\b(?:plans?|proposals?|projects?)\s+(?:for|of)\s+(?:an?|the)\s+(?:(?:proposed|planned|new)\s+)?$",
                     re.IGNORECASE)


#: A contract term, not a measured figure: "above the 30 bcm a year already contracted", "the contracted volume of
#: 10 bcm", "a contractual 5 million tonnes".
_CONTRACTED_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\)\s*)?(?:(?:a|per)\s+(?:year|annum)\s+)?(?:of\s+[\w-]+\s+)?"
                               r"(?:(?:already|previously|currently|originally)\s+)?(?:contracted|stipulated)\b",
                               re.IGNORECASE)
_CONTRACTED_BEFORE = re.compile(r"\b(?:contracted|contractual)\s+(?:(?:annual|yearly|gas|supply|export)\s+)?"
                                r"(?:(?:volumes?|amounts?|supplies|quantity|level)\s+(?:of\s+)?)?"
                                r"(?:(?:about|some|around|nearly|up\s+to)\s+)?$", re.IGNORECASE)


def _indicator(text: str, lo: int, hi: int, fig: Figure) -> str | None:
    """The nearest indicator cue of the clause [lo, hi); one before the figure is preferred."""
    if fig.unit in {"companies", "soldiers", "MW"}:
        return {"companies": "companies", "soldiers": "troops", "MW": "capacity"}[fig.unit]
    if fig.unit in {*_COUNTED, "TEU", "t", "t/year"} and _CAPACITY_BEFORE.search(text, max(lo, fig.start - 50),
                                                                                   fig.start):
        return "capacity"  # "with capacity of 600,000 containers a year": what a thing can carry, not traffic
    if fig.unit in _COUNTED:
        return _COUNTED[fig.unit]
    if fig.unit == "%" and _VOTE.match(text, fig.end):
        return "vote_share"
    if fig.unit == "%" and not fig.change and _STAKE.search(text, lo, hi):
        return "stake"
    if fig.unit == "%" and _MARKET_SHARE.search(text, lo, hi):
        return "market_share_change" if fig.change else "market_share"
    if fig.unit == "%" and (rate := _RATE.search(text, max(lo, fig.start - 50), fig.start)):
        return "interest_rate" if rate.group(0).lower().endswith("rate") else rate.group(0).lower()
    best: tuple[int, str] | None = None
    for name, pat in _INDICATORS:
        if not _fits(name, fig.unit):
            continue
        for m in pat.finditer(text, lo, hi):
            dist = fig.start - m.end() if m.end() <= fig.start else (m.start() - fig.end) * 3 + 60
            if best is None or dist < best[0]:
                best = (dist, name)
    if best is None:
        if fig.unit in {"t", "t/year"} and re.search(r"\btraffic\b", text[lo:hi], re.IGNORECASE):
            return "freight_volume"  # "Container traffic from China: about 240,000 tonnes in 2024"
        return None
    name = best[1]
    if name in _COMMODITY_INDICATORS:
        before = list(_COMMODITY.finditer(text, max(lo, fig.start - 80), fig.start))
        near = _COMMODITY.search(text[fig.end : min(hi, fig.end + 40)]) or (before[-1] if before else None)
        if near:
            name = f"{next(k for k, v in near.groupdict().items() if v)}_{name}"
    return name


def _people_indicator(text: str, lo: int, hi: int, fig: Figure) -> str | None:
    """``deaths`` or ``prisoners_released`` for a count of people or soldiers killed / released, else None."""
    if fig.unit not in {"people", "soldiers"}:
        return None
    after = text[fig.end : hi]
    before = text[max(lo, fig.start - 60) : fig.start]
    if _KILLED_AFTER.match(after) or _KILLED_BEFORE.search(before):
        return "deaths"
    if _RELEASED_AFTER.match(after) or _RELEASED_BEFORE.search(before):
        return "prisoners_released"
    return None


#: Period forms of business reports that the date tagger leaves out, read in sentences with a figure only:
#: "9M 2023" (the first nine months of 2023), "(the) (first) nine months of 2025" (the tagger sees only the year),
#: and "the first nine months" / "the nine months" / "the first half" / "in H1" with no year (the latest such period
#: ended by the publication date; none in a sentence with a forecast).
_MONTHS_N = r"two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]"
_EXTRA_PERIOD = re.compile(
    r"(?<![\w-])(?P<n>[1-9]|1[01])M\s?(?P<y>(?:19|20)\d{2})\b"
    r"|\b(?:[Tt]he\s+)?(?:first\s+)?(?P<k2>" + _MONTHS_N + r")\s+months\s+of\s+(?P<y2>(?:19|20)\d{2})\b"
    r"|\b[Tt]he\s+(?:first\s+)?(?:(?P<k>" + _MONTHS_N + r")\s+months|(?P<half>(?<=first\s)half))\b"
    r"(?!\s+(?:of|to|ending|ended|before|after|since|from)\b|\s+(?:19|20)\d{2})"
    r"|\b(?:in|for|during|over)\s+(?:the\s+)?(?P<h>H[12]|[12]H)\b(?!\s*['’]?(?:19|20)?\d{2}\b)",
    re.IGNORECASE,
)
_MONTH_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11}  # fmt: skip


def _months(word: str) -> int:
    return _MONTH_WORDS.get(word.lower()) or int(word)


#: The load of one vehicle: "a freight train carrying 50 containers", "the first ship with 3,000 tonnes of grain".
_ONE_LOAD = re.compile(r"\b(?:a|an|one|the|first|single)\s+(?:[\w-]+\s+){0,2}?(?:train|ship|vessel|truck|lorry|convoy|"
                       r"plane|aircraft|barge|tanker)\s+(?:(?:that\s+was\s+)?carrying|loaded\s+with|with|consisting\s+of|"
                       r"transporting|of)\s+(?:(?:about|some|around|nearly|over|more\s+than)\s+)?$", re.IGNORECASE)


#: A day a standing count is taken at: "As of 1 September 2025, the number of companies ... reached 3,420".
_STOCK_DATE = re.compile(r"\b(?:as\s+(?:of|at)|at\s+the\s+end\s+of)\s+$", re.IGNORECASE)


def _short(p: DateMention) -> bool:
    """A period of less than a month (a day, a visit, a week): counts in it are crowds, not statistics."""
    if re.fullmatch(r"(?:today|now|nowadays|currently|at\s+present|presently)", p.text.strip(), re.IGNORECASE):
        return False  # "Today, 1,500 students are studying in China": a standing level, not a crowd
    if p.precision == "day":
        return True
    return p.lower is not None and p.upper is not None and (p.upper - p.lower).days < 27


#: An academic year, September to June: "this academic year", "the 2025/26 school year", "last academic year".
_ACADEMIC = re.compile(
    r"\b(?:(?P<rel>this|the\s+current|current|last|the\s+last|the\s+past|the\s+previous|previous)|(?:the\s+)?"
    r"(?P<y>(?:19|20)\d\d)\s*[/–-]\s*(?:(?:19|20)?\d\d))\s+(?:academic|school|university)\s+year\b",
    re.IGNORECASE,
)


def _academic_years(text: str, sent: Sentence, pub: dt.date | None) -> list[DateMention]:
    """Periods of :data:`_ACADEMIC` in ``sent`` (a relative one needs the publication date)."""
    out: list[DateMention] = []
    for m in _ACADEMIC.finditer(text, sent.start, sent.end):
        if m["y"]:
            year = int(m["y"])
        elif pub is None:
            continue
        else:
            year = pub.year if pub.month >= 9 else pub.year - 1
            year -= 0 if m["rel"].lower().split()[-1] in {"this", "current"} else 1
        out.append(DateMention(start=m.start(), end=m.end(), text=m[0], value=f"{year:04d}-09/{year + 1:04d}-06",
                               lower=dt.date(year, 9, 1), upper=dt.date(year + 1, 6, 30), precision="interval",
                               relative=not m["y"], note="an academic year: September to June"))
    return out


def _extra_periods(text: str, sent: Sentence, sdates: list[DateMention], pub: dt.date | None) -> list[DateMention]:
    """Dates of :data:`_EXTRA_PERIOD` and academic years in ``sent``; a tagged date inside one ("nine months of
    2025", "the 2025/26 school year") is replaced, other overlapping tagged dates win."""
    out: list[DateMention] = [a for a in _academic_years(text, sent, pub)
                              if all(a.start <= d.start and d.end <= a.end for d in sdates
                                     if d.start < a.end and a.start < d.end)]
    for m in _EXTRA_PERIOD.finditer(text, sent.start, sent.end):
        at, to = (m.start("h"), m.end("h")) if m["h"] else (m.start(), m.end())
        inside = [d for d in sdates if d.start < to and at < d.end]
        if any(not (m["y2"] and d.precision == "year" and at <= d.start and d.end <= to) for d in inside):
            continue
        if m["y"] or m["y2"]:
            year, first, last, note = int(m["y"] or m["y2"]), 1, int(m["n"] or _months(m["k2"])), None
        else:
            if pub is None or _FORECAST.search(text, sent.start, sent.end):
                continue  # in a forecast the period without a year is the current one, not the last ended
            if m["h"]:
                first, last = (1, 6) if "1" in m["h"] else (7, 12)
            else:
                first, last = 1, 6 if m["half"] else _months(m["k"])
            year = pub.year if pub.month > last else pub.year - 1
            note = "no year given: the latest such period ended by the publication date"
        upper = dt.date(year + (last == 12), last % 12 + 1, 1) - dt.timedelta(days=1)
        value = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
        out.append(DateMention(start=at, end=to, text=text[at:to], value=value, lower=dt.date(year, first, 1),
                               upper=upper, precision="interval", relative=note is not None, note=note))
    return out


def _with_extra(sdates: list[DateMention], extra: list[DateMention]) -> list[DateMention]:
    """``sdates`` with the ``extra`` periods, a tagged date lying inside one dropped."""
    kept = [d for d in sdates if not any(e.start <= d.start and d.end <= e.end for e in extra)]
    return sorted([*kept, *extra], key=lambda d: d.start)


#: A comparison base dated only relative to the figure before: "154 trains so far this year, against 98 a year earlier".
_A_YEAR_EARLIER = re.compile(r"a\s+year\s+(?:earlier|before|ago)|(?:in\s+)?the\s+previous\s+year|a\s+year-?earlier",
                             re.IGNORECASE)


#: session 18: "(down from 1.7 million bpd in) the same period last year": the whole's period a year back
_SAME_PERIOD_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:same|corresponding)\s+(?:period|months?|quarter|half)\s+(?:of\s+|in\s+)?$", re.IGNORECASE
)
_LAST_YEAR = re.compile(r"last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|before|ago)", re.IGNORECASE)


def _same_period_last_year(text: str, lo: int, d: DateMention) -> bool:
    """Whether ``d`` is "last year" told as "the same period last year" (the period of the figure before, a year
    back)."""
    return bool(_LAST_YEAR.fullmatch(d.text.strip()) and _SAME_PERIOD_BEFORE.search(text, max(lo, d.start - 40),
                                                                                     d.start))


def _year_back(p: DateMention) -> DateMention | None:
    """Period ``p`` one year earlier (None when its bounds are unknown)."""
    if p.lower is None or p.upper is None or not p.value:
        return None
    try:
        lower, upper = p.lower.replace(year=p.lower.year - 1), p.upper.replace(year=p.upper.year - 1)
    except ValueError:  # 29 February
        return None
    value = re.sub(r"\b(\d{4})(?=-|/|$)", lambda m: f"{int(m[1]) - 1:04d}", p.value)
    return replace(p, value=value, lower=lower, upper=upper, relative=True,
                   note="a year before the period of the figure it is compared with")


def _not_after(p: DateMention, pub: dt.date | None) -> DateMention:
    """A measured figure's period cannot begin after publication: a relative period read as the coming one
    ("rose to $1.1 billion in the first quarter", published in October) is the last one, a year earlier."""
    if pub is None or not p.relative or p.lower is None or p.upper is None or p.lower <= pub or not p.value:
        return p
    try:
        lower, upper = p.lower.replace(year=p.lower.year - 1), p.upper.replace(year=p.upper.year - 1)
    except ValueError:  # 29 February
        return p
    if lower > pub:
        return p
    value = re.sub(r"\b(\d{4})(?=-|/|$)", lambda m: f"{int(m[1]) - 1:04d}", p.value)
    return replace(p, value=value, lower=lower, upper=upper,
                   note="read as the period just ended: a measured figure cannot lie after publication")


def _entry_date(text: str, sent: Sentence, sdates: list[DateMention]) -> DateMention | None:
    """The date a paragraph opens with when it is a chronology entry ("- 28 September 2023 — ...")."""
    lead = _ENTRY_LEAD.match(text, sent.start, sent.end)
    at = lead.end() if lead else sent.start
    for d in sdates:
        if d.start == at and d.lower and d.upper and _ENTRY_AFTER.match(text, d.end):
            return d
    return None


def _narrative_date(
    text: str, sent: Sentence, recent: list[tuple[Sentence, list[DateMention]]]
) -> DateMention | None:
    """The latest narrative (not deadline, not relative) date of the sentences before ``sent`` in its paragraph."""
    for prev, dates in reversed(recent):
        if prev.paragraph != sent.paragraph:
            return None
        usable = [d for d in dates if not d.modifier and not d.relative and d.value and d.lower and d.upper
                  and not _DEADLINE.search(text, max(prev.start, d.start - 20), d.start)]
        if usable:
            return usable[-1]
    return None


def _reanchor(text: str, sdates: list[DateMention], anchor: DateMention | None) -> list[DateMention]:
    """Anaphoric dates ("the end of the month") resolved against the narrative ``anchor`` instead of the
    publication date."""
    if anchor is None or anchor.lower is None:
        return sdates
    out: list[DateMention] = []
    for d in sdates:
        if d.relative and _ANAPHORIC.fullmatch(d.text):
            nd = normalise_date(d.text, anchor.lower)
            if nd is not None and nd.value:
                out.append(replace(nd, start=d.start, end=d.end, text=d.text))
                continue
        out.append(d)
    return out


#: A running total reached by a date: "By the end of October, 470 trains had arrived this year", "As of 30 June,
#: exports had totalled $1.1 billion so far this year".
_BY_DATE = re.compile(r"\b(?:by|as\s+of|as\s+at|through|until|up\s+to)\s+$", re.IGNORECASE)
_RUNNING = re.compile(r"\bso\s+far\s+this\s+year\b|\byear[\s-]to[\s-]date\b|"
                      r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|January)\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"(?:so\s+far\s+)?this\s+year|(?:since\s+the\s+start\s+of|so\s+far)\s+(?:this|the)\s+year",
                        re.IGNORECASE)


def _year_to_date(text: str, sent: Sentence, sdates: list[DateMention], pub: dt.date | None) -> list[DateMention]:
    """A month or day reached "by" in a sentence counting "this year" ("so far this year", "year to date", "since
    January") is the end of a year-to-date period: "by the end of October ... this year" is January–October; the
    "this year" of the same year is then inside it and dropped. Without the year named ("had fled by the end of the
    month") the running total has no known start and the date is left alone."""
    if not _RUNNING.search(text, sent.start, sent.end) and not any(_THIS_YEAR.fullmatch(d.text) for d in sdates):
        return sdates
    out: list[DateMention] = []
    done: DateMention | None = None
    for d in sdates:
        if (done is None and d.precision in {"month", "day"} and not d.modifier and d.lower and d.upper and d.value
                and (pub is None or d.upper <= pub + dt.timedelta(days=31))
                and _BY_DATE.search(text, max(sent.start, d.start - 12), d.start)
                and not _FORECAST.search(text, sent.start, sent.end)):
            y = d.lower.year
            end = d.value if d.precision == "day" else d.value[:7]
            start = f"{y:04d}-01-01" if d.precision == "day" else f"{y:04d}-01"
            done = replace(d, value=f"{start}/{end}", lower=dt.date(y, 1, 1), precision="interval",
                           note="a running total reached by this date: the year to date")
            out.append(done)
        else:
            out.append(d)
    if done is None:
        return sdates
    return [d for d in out if not (_THIS_YEAR.fullmatch(d.text) and d.lower and d.lower.year == done.lower.year)]


def _publication_period(article: Article, fig: Figure, why: str) -> DateMention | None:
    pub = article.published
    if pub is None:
        return None
    return DateMention(
        start=fig.start, end=fig.start, text="", value=f"{pub.year:04d}", lower=dt.date(pub.year, 1, 1),
        upper=dt.date(pub.year, 12, 31), precision="year", relative=True,
        note=f"figure stated {why}; dated by the publication year",
    )


def _subject(
    text: str, sent: Sentence, fig: Figure, indicator: str, actors: list[ActorMention],
    pair: tuple[ActorMention, ActorMention] | None, lo: int,
    state_for: Callable[[str], str | None] | None = None,
) -> str | None:
    """Who the figure is about: "A→B" for flows, the article's pair for bilateral trade, else a name."""
    states = [a for a in actors if a.kind == "state"]
    pair_names = {p.name for p in pair} if pair else set()
    base = indicator.split("_")[-1] if indicator.endswith(("_exports", "_imports")) else indicator
    if base in {"investment", "exports", "imports", "loan", "aid", "credit_line"}:
        src = next((a for a in reversed(states) if lo <= a.start < fig.start), None)
        dst = next((a for a in states if src is not None and a.start > src.end and a.name != src.name
                    and _TOWARDS.search(text[max(sent.start, a.start - 20) : a.start])), None)
        if src and dst:
            return f"{dst.name}→{src.name}" if base == "imports" else f"{src.name}→{dst.name}"
    if indicator == "trade_turnover" and pair and (
        _BETWEEN.search(text, sent.start, sent.end) or pair_names <= {a.name for a in states} or not states
    ):
        return "–".join(sorted(pair_names))
    if states:
        return states[0].name
    m = _THROUGH.search(text, sent.start, sent.end)
    if m:
        return m.group(1).strip()
    if not actors:
        return None
    first = actors[0]
    return (state_for(first.name) if state_for and first.kind == "person" else None) or first.name


def _as_states(actors: list[ActorMention], state_for: Callable[[str], str | None] | None) -> list[ActorMention]:
    """Capitals used as metonyms ("Moscow") become their state; people keep their name (subjects of last resort)."""
    if state_for is None:
        return actors
    out = []
    for a in actors:
        state = state_for(a.name) if a.kind == "place" else None
        out.append(replace(a, name=state, kind="state") if state else a)
    return out


def _clause(text: str, sent: Sentence, fig: Figure) -> tuple[int, int]:
    """Offsets of the clause of ``sent`` that holds ``fig`` (see :data:`_CLAUSE`)."""
    lo, hi = sent.start, sent.end
    for m in _CLAUSE.finditer(text, sent.start, sent.end):
        if m.end() <= fig.start:
            lo = m.end()
        elif m.start() >= fig.end:
            hi = m.start()
            break
    return lo, hi


def _own_dates(text: str, figs: list[Figure], k: int, sdates: list[DateMention]) -> list[DateMention]:
    """Dates written right after figure ``k`` (and dates coordinated with them), before the next figure."""
    fig = figs[k]
    nxt = figs[k + 1].start if k + 1 < len(figs) else None
    out: list[DateMention] = []
    prev_end = fig.end
    for d in sdates:
        if d.start < fig.end or (nxt is not None and d.start >= nxt):
            continue
        gap = text[prev_end : d.start]
        if not out and (_NEXT_CLAUSE.search(gap) or _is_base(text, prev_end, d)
                        or (fig.change and re.fullmatch(r"\s*(?:on|from)\s+", gap))):
            break  # "handled 30,000 TEU in 2023, and in 2024 45,000 TEU": 2024 belongs to the next clause
        if (not out and _FIGURE_TO_DATE.match(gap)) or (out and _COORD_GAP.match(gap)):
            out.append(d)
            prev_end = d.end
        else:
            break
    if not out:
        low = figs[k - 1].end if k else -1
        before = [d for d in sdates if low <= d.start and d.end <= fig.start]
        if before and _LABEL_GAP.fullmatch(text, before[-1].end, fig.start):
            out.append(before[-1])  # "Container traffic in 9M 2025: 142,000 TEU", "(9M 2024: 11,200 TEU)"
    return out


#: A key-figure line: a label holding the period, a colon, then the figure ("Freight in 9M 2025: 11.4 million t").
_LABEL_GAP = re.compile(r"(?:\s+[^\d:;.,()$€£]{1,40}?)?\s*:\s*")


#: Between a change and a level of one quantity ("grew by 12% in 2024 to $2.1 billion", "$2.1 billion in 2024, up
#: 12%"): the two share the period written with either.
_CHANGE_LEVEL_GAP = re.compile(
    r"\s*,?\s*(?:according\s+to\s+[^,;.\d]{1,50}?,\s*)?(?:(?:year[\s-]on[\s-]year|y/y|yoy|annually)\s*,?\s*)?"
    r"(?:to(?:\s+reach)?|reaching|up|down|or|"
    r"and\s+(?:(?:has|have|had)\s+)?(?:exceeded|surpassed|topped|reached|hit|totall?ed|amounted\s+to|stood\s+at|"
    r"came\s+to)|"
    r"an?\s+(?:increase|rise|growth|jump|decrease|decline|drop|fall)\s+of)\s+"
    r"(?:(?:about|around|nearly|almost|over|some|roughly|approximately|(?:more|less)\s+than|a\s+record(?:\s+high\s+of)?)\s+)?",
    re.IGNORECASE,
)


#: A parallel clause with no date of its own: "exports ... $260 million in 2024, while imports totaled $1.4 billion".
_PARALLEL_GAP = re.compile(
    r"\s*(?:(?:for\s+the\s+first\s+time|alone|together|combined|in\s+total|overall)\s*)?,?\s*(?:while|whereas|"
    r"(?<=,\s)and\s+that)\s+"
    r"(?!.*\b(?:(?<!imports\s)(?<!imported\s)from|than|against|compared|versus|vs|including|of\s+which|previous|"
    r"earlier|before|last|next|ago|since|until|by\s+(?:the\s+(?:end|start|beginning)|(?:19|20)\d\d|then|now))\b)"
    r"(?:[^\d.;,$€£]{3,60}|[^\d.;,$€£]{3,40},[^\d.;,$€£]{3,60},"
    r"[^\d.;,$€£]{3,40})",
    re.IGNORECASE,
)


def _share_periods(text: str, figs: list[Figure], owns: list[list[DateMention]]) -> list[list[DateMention]]:
    """A figure with no date of its own takes the dates of the one before it when it is the change or level of the
    same quantity, or the like figure of a parallel "while" clause (:data:`_PARALLEL_GAP`)."""
    out = list(owns)
    for k in range(1, len(figs)):
        prev, fig = figs[k - 1], figs[k]
        if out[k] or not out[k - 1] or prev.change == fig.change or (prev.unit == "%") == (fig.unit == "%"):
            continue
        gap_start = max(prev.end, *(d.end for d in out[k - 1]))
        gap = text[gap_start : fig.start] if gap_start <= fig.start else "x"
        if _CHANGE_LEVEL_GAP.fullmatch(gap) or (fig.change and re.fullmatch(r"\s*,\s*", gap)):
            out[k] = out[k - 1]
    for k in range(1, len(figs)):
        prev, fig = figs[k - 1], figs[k]
        if out[k] or not out[k - 1] or prev.change or fig.change or (prev.unit in _MONEY_UNITS) != (
            fig.unit in _MONEY_UNITS
        ):
            continue
        gap_start = max(prev.end, *(d.end for d in out[k - 1]))
        if gap_start <= fig.start and _PARALLEL_GAP.fullmatch(text, gap_start, fig.start):
            out[k] = out[k - 1]
    return out


#: Where a figure can start: a digit run, a currency sign; number words only in sentences with a scale word.
_FIGURE_START = re.compile(r"(?<![\d.,])\d|[$€£¥₼₹]|US\$|\b(?:USD|EUR|CNY|RMB|AZN|RUB|KZT|TRY|GBP|JPY|INR|GEL|AMD|UZS|"
                           r"KGS|TJS|Rs\.?)(?=\s?\d)")
_WORD_START = re.compile(r"\b(?:" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_SCALE_WORD = re.compile(r"illion|thousand", re.IGNORECASE)


_YEAR_TO = re.compile(r"(?:19|20)\d\d\s*to\s*")


def _sentence_figures(text: str, sent: Sentence) -> list[Figure]:
    """The figures of ``sent``: :data:`_VALUE` tried only where a figure can start (speed)."""
    starts = [c.start() for c in _FIGURE_START.finditer(text, sent.start, sent.end)]
    if _SCALE_WORD.search(text, sent.start, sent.end):
        starts = sorted({*starts, *(c.start() for c in _WORD_START.finditer(text, sent.start, sent.end))})
    out: list[Figure] = []
    pos = sent.start
    for at in starts:
        if at < pos:
            continue
        m = _VALUE.match(text, at, sent.end)
        if m is None:
            continue
        if m["range"] and (m["cur"] or _YEAR_TO.fullmatch(m["range"])):  # "in 2024 to $3.1 billion": no range
            m = _VALUE.match(text, m.end("range"), sent.end)
            if m is None:
                continue
        pos = max(m.end(), at + 1)
        if f := parse_figure(m, text, sent.start):
            out.append(f)
    for m in _FRACTION_CHANGE.finditer(text, sent.start, sent.end):
        if not any(f.start < m.end() and m.start() < f.end for f in out):
            sign = -1.0 if m["dir"].lower() in _FALL else 1.0
            value = sign * _FRACTIONS[" ".join(m["frac"].lower().split())]
            out.append(Figure(m.start("frac"), m.end("frac"), value, "%", change=True))
    for m in _NUMBER_OF.finditer(text, sent.start, sent.end):
        if not any(f.start < m.end("num") and m.start("num") < f.end for f in out) and not re.fullmatch(
            r"(?:19|20)\d\d", m["num"]
        ):
            scale = _SCALE.get((m["scale"] or "").lower(), 1.0)
            value = float(m["num"].replace(",", "")) * scale
            out.append(Figure(m.start("num"), m.end(), value, _NUMBER_OF_UNITS[m["noun"].lower()]))
    for m in (_LABEL_COUNT.search(text, sent.start, sent.end), _LEAD_COUNT.match(text, sent.start, sent.end)):
        if m is not None and not any(f.start < m.end("num") and m.start("num") < f.end for f in out) \
                and not re.fullmatch(r"(?:19|20)\d\d", m["num"]):
            end = m.end("noun") if m.re is _LEAD_COUNT else m.end("num")
            out.append(Figure(m.start("num"), end, float(m["num"].replace(",", "")),
                              _NUMBER_OF_UNITS[m["noun"].lower()]))
    for m in _MULTIPLE_CHANGE.finditer(text, sent.start, sent.end):
        if not any(f.start < m.end() and m.start() < f.end for f in out):
            out.append(Figure(m.start(), m.end(), _MULTIPLES[m["mult"].lower()], "%", change=True))
    out.sort(key=lambda f: f.start)
    return sorted([*out, *_elliptic_figures(text, sent, out)], key=lambda f: f.start)


#: A bare number that compares with the figure before it ("412 trains ..., compared with 260 in 2025", "$1.9 billion,
#: up from 1.6 billion a year earlier") or counts a part of it ("1,200 students, 68 of them on scholarships").
_ELLIPTIC = re.compile(
    r"\b(?:(?P<cmp>compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|(?:up|down|rising|falling)\s+from)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|just|only)\s+)?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?P<scale>trillion|billion|million|thousand|bn|bln|mln)\b)?"
    r"(?(cmp)(?=\s+(?:in|during|for|over|a\s+year\s+(?:earlier|before|ago))\b)|(?P<part>\s+of\s+(?:them|these|those)\b))",
    re.IGNORECASE,
)
#: Units a part ("68 of them") can be counted in: things, not sums or rates.
_PART_UNITS = frozenset({"companies", "people", "soldiers", "TEU", *_COUNTED})
_ELLIPTIC_GAP = 90


def _elliptic_figures(text: str, sent: Sentence, figs: list[Figure]) -> list[Figure]:
    """Figures of :data:`_ELLIPTIC`: the unit is the one of the figure just before (no other figure in between)."""
    out: list[Figure] = []
    for m in _ELLIPTIC.finditer(text, sent.start, sent.end):
        at = m.start("num")
        if any(f.start <= at < f.end for f in figs) or (re.fullmatch(r"(?:19|20)\d\d", m["num"]) and not m["scale"]):
            continue
        prev = next((f for f in reversed(figs) if f.end <= m.start()), None)
        if prev is None or prev.change or prev.unit == "%" or m.start() - prev.end > _ELLIPTIC_GAP:
            continue
        if m["part"] and prev.unit not in _PART_UNITS:
            continue
        value = float(m["num"].replace(",", ""))
        if m["scale"]:
            value *= _SCALE[m["scale"].lower()]
        elif prev.value >= 1e6 and value < 1000:  # "$1.9 billion ... up from 1.6": the scale is the one before
            value *= 10 ** (3 * ((len(str(int(prev.value))) - 1) // 3))
        out.append(Figure(at, m.end(), value, prev.unit))
    return out


#: A change told as a fraction: "grew by more than a fifth", "fell by a third", "rose by half".
_FRACTIONS = {"a tenth": 10.0, "a fifth": 20.0, "a quarter": 25.0, "a third": 100 / 3, "half": 50.0,
              "two-thirds": 200 / 3, "three-quarters": 75.0}  # fmt: skip
#: "The number of Chinese tourists ... reached 48,000": a bare number counting the noun named before it.
_NUMBER_OF_UNITS = {"tourists": "people", "visitors": "people", "passengers": "people", "students": "students",
                    "scholarships": "scholarships",
                    "containers": "containers", "trains": "trains", "flights": "flights", "companies": "companies",
                    "enterprises": "companies", "firms": "companies"}  # fmt: skip
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>" + "|".join(_NUMBER_OF_UNITS) + r")\b[^.;%$€£]{0,80}?"
    r"\b(?:reached|amounted\s+to|totall?ed|stood\s+at|came\s+to|exceeded|topped|hit|was|were|is|(?:rose|grew|increased|"
    r"jumped)\s+to)\s+(?:(?:about|around|some|nearly|almost|roughly|over|approximately|(?:more|less)\s+than)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\d|[.,]\d)(?:\s+(?P<scale>thousand|million))?(?![\d.,]*\s*(?:%|per\s*cent|percent))"
    r"(?!\s+(?:a|per|each|every)\s+(?:week|day|month|year)\b)",
    re.IGNORECASE,
)
_COUNT_NOUNS = "|".join(_NUMBER_OF_UNITS)
#: A key-figure line counting the noun of its label: "Chinese visitors to Georgia: about 30,000 in 2025".
_LABEL_COUNT = re.compile(r"\b(?P<noun>" + _COUNT_NOUNS + r")\b[^:.;\d]{0,60}:\s*(?:(?:about|around|some|nearly|"
                          r"almost|over|roughly|approximately|more\s+than)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
                          r"(?![\d.,]*\s*(?:%|per\b|percent|million|billion|thousand|bcm\b|t\b|tonnes|tons|TEU|km\b|"
                          r"MW\b|[$€£]|(?-i:[A-Z]{3})\b))", re.IGNORECASE)
#: A key-figure line led by the figure, the counted noun after the colon: "- 612: block trains that crossed Georgia
#: in 2025".
_LEAD_COUNT = re.compile(r"[\s\-*•·]*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*:\s+(?:[\w'’-]+\s+){0,5}?(?P<noun>"
                         + _COUNT_NOUNS + r")\b", re.IGNORECASE)
#: A change told as a multiple: "more than doubled", "tripled", "halved" (session 18: not over a span with no period
#: of its own, "has tripled in a decade", "doubled over the past five years": no year is that change's)
_MULTIPLE_CHANGE = re.compile(r"\b(?:(?:more\s+than|almost|nearly|roughly|about)\s+)?(?P<mult>doubled|tripled|trebled|"
                              r"quadrupled|halved)\b(?!\s+(?:in|over|during|within)\s+(?:(?:a|the)\s+)?(?:(?:past|last|"
                              r"previous)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\d+)\s+)?"
                              r"(?:decades?|years))", re.IGNORECASE)
_MULTIPLES = {"doubled": 100.0, "tripled": 200.0, "trebled": 200.0, "quadrupled": 300.0, "halved": -50.0}
_FRACTION_CHANGE = re.compile(
    r"\b(?P<dir>rose|grew|increased|jumped|surged|climbed|fell|dropped|declined|decreased|shrank)\s+by\s+"
    r"(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|about\s+|roughly\s+|around\s+|some\s+)?"
    r"(?P<frac>a\s+tenth|a\s+fifth|a\s+quarter|a\s+third|half|two-thirds|three-quarters)\b",
    re.IGNORECASE,
)


def _segment_date(text: str, sent: Sentence, fig: Figure, free: list[DateMention]) -> list[DateMention]:
    """With several free dates, the one opening the figure's own coordinated clause after the first: "In 2025 trade grew
    9% to $4.1 billion, and in the first quarter of 2026 it reached $1.2 billion" (clauses split at ", and" / ";" /
    ", while"). The first clause is left alone: "In 2023 ... 30,000 TEU, and in 2024 - 45,000 TEU" keeps no period
    (its later date might be a comparison)."""
    lo, hi = sent.start, sent.end
    for m in _NEXT_CLAUSE.finditer(text, sent.start, sent.end):
        if m.end() <= fig.start:
            lo = m.end()
        elif m.start() >= fig.end:
            hi = m.start()
            break
    inside = [d for d in free if lo <= d.start and d.end <= hi]
    return inside if lo > sent.start and len(inside) == 1 and inside[0].end <= fig.start else []


#: session 17: a level pledged ("pledged to raise trade to 600 billion dollars within ten years", "vowed to double
#: trade to $10 billion"): a target (O5) whenever the pledge was made
_PLEDGED_LEVEL = re.compile(
    r"\b(?:pledged|pledge|pledges|promised|promise|promises|vowed|vow|vows|undertook|committed)\s+(?:themselves\s+|"
    r"itself\s+)?to\s+(?:raise|increase|boost|lift|double|triple|bring|expand|grow|take)\b",
    re.IGNORECASE,
)
#: session 17: a figure its own sentence calls unconfirmed ("was never confirmed by either government")
_UNCONFIRMED = re.compile(
    r"\b(?:(?:was|were|has|have|had)\s+(?:never|not)\s+(?:been\s+)?(?:officially\s+)?(?:confirmed|verified|substantiated)|"
    r"unconfirmed|unverified|never\s+(?:confirmed|verified))\b",
    re.IGNORECASE,
)


def _periods(
    article: Article, sent: Sentence, figs: list[Figure], k: int, sdates: list[DateMention],
    free: list[DateMention], own: list[DateMention], earlier: DateMention | None = None,
    entry: DateMention | None = None, news: DateMention | None = None,
) -> list[DateMention]:
    """The periods of figure ``k`` (module docstring), [] when it has none or is a forecast."""
    text = article.text
    fig = figs[k]
    lo, hi = _clause(text, sent, fig)
    forecast = bool(_FORECAST.search(text, lo, hi))
    if _UNCONFIRMED.search(text, lo, hi):
        return []  # "the figure of $400 billion that circulated was never confirmed": a rumour, not a measure
    if _PLEDGED_LEVEL.search(text, lo, hi):
        return []  # "pledged to raise trade to 600 billion dollars": a target even when the pledge is past
    commitment = bool(_COMMITMENT.search(text, lo, hi))
    pub = article.published
    periods = own or (free if len(free) == 1 else _segment_date(text, sent, fig, free))
    if periods:
        if any(_since(text, sent.start, d) for d in periods):
            if fig.unit in _STOCK_UNITS and not forecast:  # a level standing since then: it holds now
                p = _publication_period(article, fig, "as a standing level")
                return [p] if p else []
            return []  # a cumulative total "since 2015": no closed period
        if forecast and not all(pub and d.upper and d.upper < pub for d in periods):
            return []  # a target or forecast, not a measured figure
        return periods
    if sdates:
        return []
    if entry is not None and not forecast:
        return [entry]  # a sentence of a chronology entry, often in the historical present
    if earlier is not None and _BACK_REFERENCE.search(text, sent.start, sent.end) and not forecast:
        return [earlier]
    if commitment and not re.search(r"\b(?:would|could|might|may)\b", text[lo:hi], re.I):
        p = _publication_period(article, fig, "as a commitment")
        return [p] if p else []
    stock = fig.unit in _STOCK_UNITS  # "has kept 2,000 troops there since 2020" is a present level
    if forecast or (not stock and (_SINCE.search(text, lo, hi) or re.search(r"\bsince\b", text[fig.end : hi], re.I))):
        return []
    if pub is not None and article.published_precision == "day" and _ANNOUNCED.search(text, lo, fig.start):
        if news is not None:
            return [news]
        return [DateMention(start=fig.start, end=fig.start, text="", value=pub.isoformat(), lower=pub, upper=pub,
                            precision="day", relative=True,
                            note="figure announced with no date; dated by the publication date")]
    near = max([lo, *(m.end() for m in _LOCAL.finditer(text, lo, fig.start))])
    if any(_PRESENT.search(text, a, hi) and not _PAST_ONLY.search(text, a, hi) for a in {lo, near}):
        p = _publication_period(article, fig, "in the present")
        return [p] if p else []
    return []


_MEASURE_VERB = re.compile(
    r"\b(?:reached|amounted\s+to|totall?ed|stood\s+at|came\s+to|exceeded|topped|hit|(?:rose|grew|increased|jumped|"
    r"fell|declined|dropped|decreased)(?:\s+(?:by|to))?)\s+(?:(?:about|around|some|nearly|almost|roughly|over|"
    r"approximately|(?:more|less)\s+than)\s+)?$",
    re.IGNORECASE,
)


def is_measurement_sentence(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` states a figure as its predicate ("Cargo on the route reached 2.8 million
    tonnes in 2023"): an indicator noun before a measuring verb directly followed by the figure.

    Such sentences are observations only; the event extractor may use this to drop claims whose cue is the
    measuring verb ("reached", "rose").
    """
    end = len(text) if end is None else end
    sent = Sentence(start, end, text[start:end])
    for fig in _sentence_figures(text, sent):
        verb = _MEASURE_VERB.search(text, max(start, fig.start - 40), fig.start)
        if verb and any(pat.search(text, start, verb.start()) for _, pat in _INDICATORS):
            return True
    return False


def _drop_late_since(text: str, sent: Sentence, free: list[DateMention]) -> list[DateMention]:
    """Free dates without a "since" date that follows another free date ("4.5 million tonnes ... in 2024, a sharp
    rise since 2021"): that one is the base of a comparison, not the figure's period."""
    out: list[DateMention] = []
    for d in free:
        if out and _since(text, sent.start, d):
            continue
        out.append(d)
    return out


#: A period named only as that of the figure before: "Container traffic reached 38,000 TEU over the same nine months",
#: "exports totaled $410 million in the same period" (not "up 9% on the same period", a comparison base).
_SAME_PERIOD = re.compile(r"(?<!\bon\s)(?<!\bfrom\s)(?<!\bthan\s)(?<!\bwith\s)(?<!\bto\s)(?<!\bagainst\s)"
                          r"(?<!\bversus\s)\b(?:in|over|during|for)\s+the\s+same\s+(?:period|(?:[\w-]+\s+)?months|"
                          r"quarter|half[\s-]year|year)\b(?!\s+(?:of|in|last|a\s+year)\b)", re.IGNORECASE)
#: A figure whose quantity is the one named before: "In January-September it reached USD 1.05 billion", "By 2024 the
#: figure had reached $13.8 billion".
_ANAPHORIC_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:and|while|whereas|but)\s+|\b(?:19|20)\d\d\s+|\b[a-z]+\s+)"
                                r"(?-i:it|[Tt]he\s+(?:figure|total|volume|sum|amount))\s+(?:(?:had|has|have|then|"
                                r"already)\s+)*(?:reached|amounted\s+to|totall?ed|stood\s+at|came\s+to|exceeded|"
                                r"topped|hit|rose\s+to|grew\s+to|climbed\s+to|increased\s+to|fell\s+to|dropped\s+to|"
                                r"was)\s+(?:(?:about|around|some|nearly|almost|roughly|over|approximately|"
                                r"(?:more|less)\s+than)\s+)?$", re.IGNORECASE)


def _earlier_date(sent: Sentence, recent: list[tuple[Sentence, list[DateMention]]]) -> DateMention | None:
    """The latest date of the (up to two) sentences before ``sent`` in its paragraph, if it dates a clause."""
    for prev, dates in reversed(recent):
        if prev.paragraph != sent.paragraph:
            return None
        usable = [d for d in dates if not d.modifier and d.value and d.lower and d.upper]
        if usable:
            return usable[-1]
    return None


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
    recent: list[tuple[Sentence, list[DateMention]]] = []  # the two sentences before, with their dates
    entry: DateMention | None = None  # the date of the current chronology entry
    news: DateMention | None = None  # the latest day-precise date of the text in the week before publication
    pub = article.published
    paragraph = -1
    last: Observation | None = None  # the last observation of one of the three sentences before
    for i, sent in enumerate(sentences):
        last = out[-1] if out and out[-1].start < sent.start and any(
            p.start <= out[-1].start < p.end for p in sentences[max(0, i - 3) : i]
        ) else None
        sdates = [d for d in by_start if sent.start <= d.start and d.end <= sent.end]
        for d in sdates:
            if (pub and d.precision == "day" and not d.modifier and d.lower and d.upper
                    and dt.timedelta(0) <= pub - d.lower <= _NEWS_WINDOW):  # no pub - window: overflows in year 1
                news = d
        if sent.paragraph != paragraph:
            paragraph, entry = sent.paragraph, _entry_date(text, sent, sdates)
        figs = _sentence_figures(text, sent)
        if not figs:
            recent = [*recent[-1:], (sent, sdates)]
            continue
        if extra := _extra_periods(text, sent, sdates, pub):
            sdates = _with_extra(sdates, extra)
        sdates = _reanchor(text, sdates, entry or _narrative_date(text, sent, recent))
        sdates = _year_to_date(text, sent, sdates, pub)
        owns = _share_periods(text, figs, [_own_dates(text, figs, k, sdates) for k in range(len(figs))])
        attached = {id(d) for own in owns for d in own}
        free = _drop_late_since(text, sent, [d for d in sdates if id(d) not in attached
                                             and not _is_base(text, sent.start, d)])
        earlier = _earlier_date(sent, recent)
        here = entry if entry is not None and entry.start < sent.start else None
        recent = [*recent[-1:], (sent, sdates)]
        actors: list[ActorMention] | None = None
        part_from: int | None = None  # where a part ("including ...") of the clause's figure begins
        whole: list[DateMention] = []  # the periods of the figure before
        for k, fig in enumerate(figs):
            part_m = _PART_OF.search(text, max(sent.start, fig.start - 60), fig.start) if k else None
            if part_m:
                part_from = fig.start
                if not part_m["label"]:
                    continue  # "a €12 billion package, including €3 billion for the corridor": a share of the figure
            elif part_from is not None and _clause(text, sent, fig)[0] <= part_from:
                continue  # "..., including 52,000 TEU, up 14%": still the part
            part = part_m is not None  # a labelled row of a breakdown: "of which transit containers: 18,600 TEU"
            if _INTENT.search(text, max(sent.start, fig.start - 60), fig.start):
                continue  # "which plans to invest USD 75 million": a goal, not a measured figure
            if _CONTRACTED_AFTER.match(text, fig.end) or _CONTRACTED_BEFORE.search(
                text, max(sent.start, fig.start - 50), fig.start
            ):
                continue  # "above the 30 bcm a year already contracted": a contract term, not a measured figure
            if part:  # "142,000 TEU in 9M 2025, of which 18,600 TEU China-related": the period of the whole
                periods = owns[k] or whole
            else:
                periods = _periods(article, sent, figs, k, sdates, free, owns[k], earlier, here, news)
                periods = [_not_after(p, article.published) for p in periods]
            # (session 18: also "down from 1.7 million bpd in the same period last year", a base the tagger left out)
            year_back = k and whole and (
                (owns[k] and all(_A_YEAR_EARLIER.fullmatch(d.text.strip()) for d in owns[k]))
                or (not owns[k] and any(fig.end <= d.start <= fig.end + 30
                                        and _same_period_last_year(text, sent.start, d) for d in sdates))
            )
            if year_back:
                periods = [b for b in (_year_back(p) for p in whole) if b is not None] or periods
            periods = [p for p in periods if p.precision != "decade"]  # "in the mid-1990s": too vague to date a figure
            if not periods and last is not None and _SAME_PERIOD.search(text, *_clause(text, sent, fig)):
                periods = [last.period]  # "Exports totaled $410 million in the same period": the period before
            whole = periods
            if not periods:
                continue
            lo, hi = _clause(text, sent, fig)
            if fig.unit in _MONEY_UNITS and _PER_CAPITA.search(text, lo, hi):
                continue  # "GDP per capita reached $5,000": a ratio, not the total
            indicator = _people_indicator(text, lo, hi, fig)
            if indicator is not None:
                fig = replace(fig, unit="people")
            else:
                indicator = _indicator(text, lo, hi, fig) or _indicator(text, sent.start, sent.end, fig)
            if (indicator is None and last is not None and _fits(last.indicator.removesuffix("_change"), fig.unit)
                    and not fig.change and fig.unit != "%"
                    and _ANAPHORIC_SUBJECT.search(text, max(sent.start, fig.start - 60), fig.start)):
                indicator = last.indicator  # "In January-September it reached USD 1.05 billion": the quantity before
            if indicator is None:
                continue
            load = _ONE_LOAD.search(text, max(sent.start, fig.start - 80), fig.start)
            if load and fig.unit in {*_COUNTED, "t", "TEU"}:
                continue  # "a freight train carrying 50 containers": the load of one vehicle, not a statistic
            if (indicator in {"tourist_arrivals", "companies"} or fig.unit in _COUNTED) and all(
                _short(p) and not _STOCK_DATE.search(text, max(sent.start, p.start - 20), p.start) for p in periods
            ):
                continue  # "300 tourists visited the fair on Monday", "40 firms at the forum last week": a crowd
            if fig.unit == "%" and (indicator not in {"vote_share", "stake", "inflation", "unemployment",
                                                      "interest_rate", "market_share", "market_share_change"}
                                    or (fig.change and not indicator.endswith("_change"))):
                if fig.change:
                    indicator += "_change"
                elif _SHARE.search(text, sent.start, sent.end) or _SHARE_OF.match(text, fig.end):
                    indicator += "_share"
                else:
                    continue
            if actors is None:
                actors = finder.find(text, sent.start, sent.end) if finder is not None else []
                actors = _as_states(actors, getattr(finder, "state_for", None))
            prev_end = figs[k - 1].end if k else sent.start
            subject = _subject(text, sent, fig, indicator.removesuffix("_change"), actors, pair, prev_end,
                               getattr(finder, "state_for", None))
            for p in periods:
                out.append(Observation(indicator=indicator, value=fig.value, unit=fig.unit, period=p,
                                       quote=text[sent.start : sent.end], start=sent.start, end=sent.end,
                                       subject=subject))
    out.extend(_count_rows(text, by_start, out))
    return out


#: session 17: a table row counting people with its year in the label and a bare number in the next cell ("| Chinese
#: visitors to Chile, 2019 | 425,000 | Ministry of Tourism |")
_COUNT_ROW = re.compile(
    r"^[ \t]*\|[ \t]*(?P<label>[^|\n]*?\b(?P<noun>visitors|tourists|tourist\s+arrivals|arrivals|students|pilgrims)\b"
    r"[^|\n]*?),?[ \t]+(?P<year>(?:19|20)\d\d)[ \t]*\|[ \t]*(?P<num>\d{1,3}(?:,\d{3})+|\d+)[ \t]*\|",
    re.IGNORECASE | re.MULTILINE,
)


def _count_rows(text: str, dates: Sequence[DateMention], found: Sequence[Observation]) -> list[Observation]:
    """Observations of table rows of counted people (:data:`_COUNT_ROW`) no sentence rule read."""
    rows: list[Observation] = []
    for m in _COUNT_ROW.finditer(text):
        if any(o.start <= m.start("num") < o.end and o.value == float(m["num"].replace(",", "")) for o in found):
            continue
        year = int(m["year"])
        period = next((d for d in dates if d.start == m.start("year") and d.precision == "year"), None) or DateMention(
            start=m.start("year"), end=m.end("year"), text=m["year"], value=m["year"], lower=dt.date(year, 1, 1),
            upper=dt.date(year, 12, 31), precision="year",
        )  # (the tagger may leave a table cell's year untagged)
        noun = m["noun"].lower()
        unit = "students" if noun == "students" else "people"
        indicator = "students" if noun == "students" else "tourist_arrivals"
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t|"))
        rows.append(Observation(indicator=indicator, value=float(m["num"].replace(",", "")), unit=unit,
                                period=period, quote=text[start:end].strip(" |"), start=start, end=end))
    return rows
