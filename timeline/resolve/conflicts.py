"""Session 11: one happening dated differently by two articles — identity despite disjoint dates.

When two sources disagree on a date (one says 4 June, the other "in July"; one "in March 2005",
the other "in 2006"), the product keeps ONE event holding both claims, flags ``has_conflict`` and
chooses the canonical date by the rule of :mod:`timeline.resolve.dates`. Disjoint dates are weak
evidence against identity only for acts that can happen once; acts that recur stay apart. This
module holds the identity rules of such acts that the same-event test
(:func:`timeline.resolve.similarity.judge`) asks at one place, for claims of two different articles
whose dates are disjoint but close (:func:`~timeline.resolve.dates.adjacent`: less than one unit of
the coarser side apart — "4 June" vs "July", "March 2005" vs "2006"):

- **A person's first state visit** (:func:`first_state_visit_once`): both quotes tell a *state* visit
  (:func:`conflict_cues` "state visit", the highest rank of visit, paid to one host every few years at
  most), at least one of them calls it the person's first ("his first state visit to China in March
  2005" / "the state visit of President Aliyev to China in 2006"), the same visitor and the same host.
  Official visits, trips and visits without "first" on either side stay apart (a leader visits a
  neighbour several times a year; Xi's state visits to Kazakhstan of July 2024 and June 2025 are two).
- **The first run of a transport service** (:func:`first_run_once`): both quotes tell the *first*
  train, flight, ferry … of a service (:func:`conflict_cues` "first run:train"), of the same kind of
  carrier, between the same two route ends (two shared places) and no clashing parties ("the first
  train of a new weekly service between Xi'an and Alat arrived on 4 June" / "when the first weekly
  block train from Xi'an reached Alat in July"). A later run, another carrier kind or another route
  is another event.
- **One numbered gathering at one place** (:func:`ordinal_gathering_once`): a gathering (CONSULT) one
  article calls by its ordinal ("the first China–Central Asia summit in Xi'an", 18–19 May) and another
  tells as a gathering of that kind at the same place with the same two or more parties and no other
  number ("after the summit in Xi'an in June"), both dated to the month or finer: a numbered gathering
  is held once. Year-dated sides never join this way (a series may meet at one city in two years),
  nor two different numbers (:func:`~timeline.resolve.similarity._ordinals_differ` refuses them).
- **A landmark state visit told to the year, a unit away** (:func:`state_visit_year_once`, session 14):
  both quotes tell a *state* visit of the same visitor to the same host, one dated to the month or finer
  and the other only to the neighbouring year, and that year side tells the visit as the landmark the
  relations are counted from ("paid a state visit to China in March 2015" / "relations have developed
  rapidly since then-President X's state visit to China in 2016"); neither tells it as one of several
  ("his second state visit", "another state visit", "returned … on a state visit"). A visit counted
  from is one the reader knows; a retelling that gives it a year only misdates that one. State visits
  told plainly ("a state visit in November 2022" / "his state visit in 2023"), both to the month or both
  to the year stay two events.
- **One state beginning one activity, months told apart** (:func:`activity_start_once`, session 14): both
  quotes tell a state *beginning* an activity named by one word stem (:func:`activity_starts`: "began
  vaccinating its citizens" / "began its vaccination campaign" → "vaccin"), the same one state and no
  other, both dated to the month or finer and at most a month apart ("in January 2021" / "in February
  2021"): a state begins a campaign once. Activities that recur (talks, exercises, visits, a round or a
  phase), another activity, another state or dates further apart stay apart.
- **Diplomatic relations established** (:func:`relations_once`): as the round-7 rule, with a capital
  read as its state ("a visit to Beijing in 1994, two years after the countries established diplomatic
  relations" / "since Azerbaijan and China established diplomatic relations in 1991").

- **A tender awarded** (:func:`tender_award_once`, session 12): both quotes tell a tender won or a
  partner chosen (:func:`conflict_cues` "tender award": "a consortium of X had won the port tender" /
  "X was selected as the private partner in June"), the same company among their specific actors, no
  person or state shared only, dates at most two weeks apart ("29 May" / "in June"), and no places on both sides
  that differ ("the tender for a port in Poti" / "… in Batumi"). A tender is awarded once; a claim of
  another type of the same family (an award coded AGREE, a choice coded COOPERATE) joins too.

- **A named thing a unit away, both orders** (:func:`object_reach`, session 13): a day or month claim
  naming a thing ("the Baku–Kars railway was inaugurated on 30 October 2017") looks a year either way
  for events holding that name, as a year claim ("the railway, opened in 2018") always did, so the
  same-event test meets the pair whatever order the articles come in. Two routes of one kind that
  differ (Tashkent–Osh / Tashkent–Andijan) and two stages of a built thing (:func:`stages_differ`:
  the first and the second section; Phase II against the opening) dated apart stay two events.

- **One pair's meeting at one place** (:func:`pair_meeting_at_place_once`, session 15): two articles tell a
  meeting of the same two persons at a place both name, both dated to the month or finer and at most
  two weeks apart ("met in Astana in June 2024" / "3 July 2024 - Xi and Aliyev, meeting in Astana"), neither
  telling it as one of several ("met again"). Other places, no place, a third person or dates further apart
  stay two meetings.

- **One text of one pair, a unit apart** (:func:`one_text_apart`, session 16): both quotes tell the signing of
  one text of the same two states (capitals read as their states, and states the quote names by name or demonym:
  "signed the boundary agreement in Peking, settling the frontier between Xinjiang and the areas under Pakistani
  control"), dates a unit apart, the text one the pair signs once: its boundary (border) agreement or treaty
  ("the 1962 boundary agreement" / "on 2 March 1963 … signed the boundary agreement": two states settle their
  boundary once), or a text named by its year and the word before its kind ("The 1983 border agreement" / "On
  14 May 1984 … signed the border agreement"). A supplementary, additional or second agreement, a protocol, or
  one section of the border ("the eastern section") on either side, a third state, or a text taking effect
  stay apart (China and Kazakhstan signed supplementary agreements after 1994).

- **A visit a told gap excludes** (:func:`gap_told_once`, session 16): a visit told as the first in a number
  of years ("President X's state visit on 20-21 April 2015, the first by a Chinese head of state in nine years")
  leaves no room for a visit of the same visitor to the same host in the year before it, so another article's
  visit of theirs dated a unit earlier ("unveiled when X visited Islamabad in 2014") is that visit misdated.
  Likewise a visit told as the landmark of a later one ("his state visit in August was his first to Kyrgyzstan
  since his state visit of June 2018") is the last visit before that one: a visit of the same visitor to the
  same host stored within a year after the landmark's date ("June 2019 — X's second state visit to Kyrgyzstan")
  is that visit misdated, unless it holds the landmark sentence's own source (the later visit it is counted
  from). Only visits (mode visit on both sides), one shared visitor, one shared host; visits told plainly a
  year apart, or told as a repeat, stay two. The merger's re-check (:func:`told_apart`) asks these two rules
  again when the sentence holding the evidence arrives second.

- **A built route opened** (:func:`route_opening_once`, session 16): both quotes tell a railway, road or pipeline
  between the same named ends (:func:`~timeline.resolve.similarity.same_route`: "the Baku–Tbilisi–Kars railway")
  opened, inaugurated or commissioned, dates a unit apart ("opened on 30 October 2017" / "which opened in 2018"),
  whatever named object each coding took (a sentence naming the railway and a port codes the port): a line
  opens once. A service on the route (trains, flights), a stage ("the second section"), or another route stay
  apart.

- **Session 17: one state visit a month apart** (:func:`state_visit_month_once`): both quotes tell a *state* visit
  of the same visitor to the same host, both to the month or finer, at most a month apart ("22-23 January 2016 -
  X pays a state visit to Tehran" / "X's state visit to Tehran in February 2016"); plain or official visits a
  month apart, a state visit told as the second, or another host stay apart.
- **Session 17: a visit's year slipped** (:func:`state_visit_year_slip`): the same calendar month of two
  neighbouring years, one side a state visit, no gathering named ("X's visit to Ankara in April 2000" / "April
  2001 - X pays a state visit to Türkiye"); other months, visits paid for a summit or forum, or no state visit
  stay apart.
- **Session 17: a visit dated by a count of years** (:func:`counted_visit_once`): one side dated "a year later"
  off another act, the other to the month or finer a unit away, the same visitor, host and a stop that is not
  a capital ("A year later Prime Minister X flew to Urumqi and then on to Beijing" / "8-11 April 2012 - X visits
  China, starting in Urumqi"); a plain date, a return or the capital only stay apart.
- **Session 17: one memorandum named by its subject** (:func:`one_text_apart`, :func:`named_subject_texts`): a
  memorandum, treaty, accord, charter or convention of one pair named by the proper name of its subject ("a
  memorandum on jointly promoting the Silk Road Economic Belt" / "signed a memorandum with China on jointly
  building the Silk Road Economic Belt in 2016"), a unit apart; a new, renewed or amended text, another subject,
  kind or pair stay apart.
- **Session 17: one full membership** (:func:`membership_once`): one state becoming a full member of one
  organisation, told by two articles within a year ("4 July 2023 - Iran becomes the ninth full member of the SCO"
  / "Iran, which joined the SCO as a full member at the Samarkand summit in September 2022"), whatever type each
  coding took; another state or organisation, a plan, or dates further apart stay apart.

- **Session 18: a state visit's year slipped, the month told last** (:func:`told_apart`): the merger's re-check
  also asks :func:`state_visit_year_slip`, so "In 2017, X paid a state visit to Kenya" + "X's own state visit to
  Kenya in March 2016" + "X's visit to Nairobi in March 2017" become one visit in conflict whichever article
  dates it to the month, even when it arrives last.
- **Session 18: one restoration of relations, a month off** (:func:`relations_restored_once`): both quotes tell
  relations restored, resumed or normalised (cue "relations restored"), the same set of two or more states (the pair
  and its broker), occurred, to the month or finer, at most a month apart ("the agreement of 10 March 2023 under
  which Kenya and Somalia agreed to restore diplomatic relations" / "Brazil brokered the restoration of relations
  between Kenya and Somalia in April 2023"), whatever type each coding took; another pair, a plan or a later
  restoration stay apart.
- **Session 18: a visit named by its year** (:func:`year_named_visit_once`): "Rajesh Menon's 1989 trip to Nairobi"
  (cue "year-named visit:1989") against the same visitor's visit to the same host dated to the month in the
  neighbouring year ("in December 1988"); a visit dated plainly to a year, a second visit or a return stay apart.
- **Session 18: a summit at a provincial city told a year off** (:func:`place_summit_year_once`): "the informal
  summit in Samarkand in 2019" (definite, to the year) against "The first informal summit, in Samarkand on 27 and
  28 April" 2018, the same two states, a known city that is no capital; a capital, another city, a second or
  annual summit, an organisation's summit or "held a summit in Samarkand in 2019" stay apart.

Recurring acts never join through these rules: visits without "first", annual sessions, later runs of
a service, a plan and a later one. Every claim stays a citation with its own claimed date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.resolve.dates import ADJACENT_MAX_SPAN, CONFLICT_DAYS, adjacent

if TYPE_CHECKING:
    from timeline.resolve.similarity import Profile

#: A state visit ("paid a state visit", "the state visit of President X", "on a state visit"), not
#: "state visits" told as a series, nor a "head of state visit".
_STATE_VISIT = re.compile(r"(?<!head of )\bstate\s+visit\b(?!s)", re.IGNORECASE)
#: A state visit told as one of several: "his second state visit", "another state visit", "a return state
#: visit", "visited again on a state visit", "his latest state visit".
_REPEAT_VISIT = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|\d(?:nd|rd|th)|another|return(?:ed|ing)?|latest|next|previous|"
    r"recent|most\s+recent|repeat|again)\b(?=[^.;]{0,40}\bstate\s+visit\b)"
    r"|\bstate\s+visit\b[^.;]{0,40}\b(?:again|once\s+more|for\s+the\s+(?:second|third|\w+th)\s+time)\b",
    re.IGNORECASE,
)
#: A state visit told as the landmark the relations are counted from: "since X's state visit", "ever since
#: the state visit of …", "the landmark/historic state visit"; not "since 2015 he has paid a state visit".
_LANDMARK_VISIT = re.compile(
    r"\bsince\s+(?:(?:the|then|then-|former)\s+)?(?:[\w.-]+\s+){0,5}?[\w.-]+['’]s\s+state\s+visit\b"
    r"|\bsince\s+(?:his|her|the)\s+state\s+visit\b|\b(?:landmark|historic|milestone)\s+state\s+visit\b",
    re.IGNORECASE,
)
#: A state beginning an activity: "began vaccinating", "started its vaccination campaign", "began a mass
#: vaccination drive". Group 1: the first content word after the verb and its determiners.
_BEGAN = re.compile(
    r"\b(?:beg[ai]n|begun|start(?:s|ed)?)\s+(?:(?:its|their|the|a|an|his|her)\s+)?"
    r"(?:(?:mass|nationwide|national|large-scale|public|first|commercial|regular|direct|joint|full|trial|test)\s+)*"
    r"([a-z]{4,})\b",
)
#: Endings removed from an activity word before it is cut to :data:`_STEM_LEN` letters ("vaccinating",
#: "vaccination" → "vaccin").
_ACTIVITY_END = re.compile(r"(?:ations?|ing|ions?|s|e)$")
_STEM_LEN = 6
#: Activities that recur or words that name no activity: two starts of these are two events.
_RECURRING_ACTIVITIES = (
    "talk", "negoti", "exerci", "drill", "visit", "tour", "round", "phase", "stage", "sessio", "meet", "consul",
    "work", "operat", "constr", "build", "delive", "servic", "produc", "suppl", "shipme", "pump", "test",
    "trial", "new", "second", "third",
)
#: Longest gap (days) between the two months of one start in conflict.
_START_GAP = 31
#: The first run of a service: "the first train", "the first weekly block train", "first direct flight",
#: "the maiden voyage"; the carrier word is kept (train, flight, ferry …).
_FIRST_RUN = re.compile(
    r"\b(?:first|maiden)\s+(?:[\w'’–-]+\s+){0,3}?(train|flight|ferry|voyage|sailing|service)s?\b", re.IGNORECASE
)
#: A first run of a series told as later ("the first train since …", "first … this year"): one of many.
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]{0,60}\b(?:since|this\s+year|of\s+the\s+year|in\s+\w+\s+years)\b", re.I)
#: Carrier words told as one kind ("voyage", "sailing" of a ferry).
_CARRIER = {"voyage": "ferry", "sailing": "ferry"}
#: A tender won or a partner chosen: "had won the Anaklia tender", "was selected as the private partner",
#: "chose a consortium led by X", "the winner of a tender". Not "bid for" / "took part in" a tender.
_TENDER_AWARD = re.compile(
    r"\b(?:won|wins|win|winning)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’–-]+\s+){0,3}?(?:tender|auction|bidding)\b"
    r"|\b(?:selected|chosen|named|picked|chose|selects|names|picks)\b[^.;]{0,80}?\bas\s+(?:its\s+|the\s+|a\s+)?"
    r"(?:private\s+|preferred\s+|strategic\s+)?(?:partner|investor|operator|winner)\b"
    # session 14 (B1 round 2): "was selected as the preferred bidder" (a bidder only when preferred or winning)
    r"|\b(?:selected|chosen|named|picked)\b[^.;]{0,80}?\bas\s+(?:its\s+|the\s+|a\s+)?"
    r"(?:preferred|winning|successful)\s+bidder\b"
    r"|\b(?:chose|chosen|selected|picked)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|bidder)\b"
    r"|\bwinners?\s+of\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?tender\b",
    re.IGNORECASE,
)
#: Session 18: diplomatic relations restored, resumed, re-established or normalised ("agreed to restore diplomatic
#: relations", "announcing the resumption of diplomatic relations", "brokered the restoration of relations between
#: X and Y", "ties were normalised"). Not relations established (a first), nor trust, flights or trade restored.
_RELATIONS_RESTORED = re.compile(
    r"\b(?:restor(?:e|es|ed|ing|ation)|resum(?:e|es|ed|ing|ption)|re-?establish(?:es|ed|ing|ment)?|"
    r"normali[sz](?:e|es|ed|ing|ation))(?:\s+of)?\s+(?:(?:the|their|its|full|bilateral|normal|formal)\s+)*"
    r"(?:diplomatic\s+)?(?:relations|ties)\b"
    r"|\b(?:diplomatic\s+)?(?:relations|ties)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:restored|resumed|re-?established|normali[sz]ed)\b",
    re.IGNORECASE,
)
#: Session 18: a visit named by its visitor's possessive and its year ("Rajesh Menon's 1989 trip to Nairobi", "the
#: premier's 2004 visit", "Nixon's historic 1972 visit to China"): the one visit of that visitor the reader knows by
#: its year. Group "year". Not "his visits in 1989" (plural) nor "the 1989 visits".
_YEAR_NAMED_VISIT = re.compile(
    r"['’]s\s+(?:(?:historic|landmark|famous|celebrated|first|official|state|ground-breaking|groundbreaking)\s+)?"
    r"(?P<year>(?:1[89]|20)\d\d)\s+(?:(?:state|official|historic|landmark)\s+)?(?:visit|trip|journey)\b(?!s)",
    re.IGNORECASE,
)
#: Session 18: a summit told by the definite article and its city ("the informal summit in Kisumu", "the summit at
#: Samarkand"): the one summit held there that the reader knows. Group "place".
_SUMMIT_AT = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}summit\s+(?:in|at)\s+(?P<place>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})"
)
#: Session 18: words before a restoration telling it not done (talked of, hoped for, planned): "discussed the
#: resumption of relations", "are ready to restore ties", "called for restoring relations".
_RESTORE_UNDONE = re.compile(
    r"\b(?:discuss\w*|talks?\s+(?:on|about)|negotiat\w*|call\w*\s+for|seek\w*|sought|push\w*\s+for|hop\w*|"
    r"plan\w*|would|will|could|may|might|expected|consider\w*|ready|willing|want\w*|urg\w*|possible|prospects?)\b"
    r"[^.;]{0,30}$",
    re.IGNORECASE,
)
#: A stage of a built thing (session 13): "the second section", "its third phase", "the 2nd stage", "Phase II",
#: "phase 2", "Line D". Group 1/2: ordinal and noun; group 3/4: noun and label.
_STAGE = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\s+(phase|section|stage|segment|leg|line|unit|"
    r"block|string|branch|tranche|runway|terminal)s?\b"
    r"|\b(phase|section|stage|segment|line|unit|block|string|tranche)\s+((?-i:[IVX]{1,4}|[A-H])|\d{1,2})\b(?![.,]\d)",
    re.IGNORECASE,
)
#: Ordinal words and Roman numerals of a stage as numbers ("second" → 2, "II" → 2).
_STAGE_NUMBERS = {
    **{w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth"), start=1)},
    **{r: i for i, r in enumerate(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii"), start=1)},
}
#: Stage nouns told as one kind ("leg" of a route is a "section").
_STAGE_NOUN = {"segment": "section", "leg": "section", "string": "line", "branch": "line"}
#: Session 16: the boundary agreement or treaty of two states ("the 1962 boundary agreement", "the border treaty",
#: "the agreement on the boundary between"), not a border trade or crossing agreement.
_BOUNDARY_TEXT = re.compile(
    r"\b(?:boundary|border)\s+(?:agreement|treaty)\b"
    r"|\b(?:agreement|treaty)\s+on\s+the\s+(?:state\s+)?(?:boundary|border)\b(?!\s+(?:trade|crossing|security|areas?|"
    r"regions?|guards?|control|checkpoints?|cooperation|posts?))",
    re.IGNORECASE,
)
#: A boundary text that is one of several between a pair: a supplementary or later text, a protocol, a section.
_BOUNDARY_PART = re.compile(
    r"\b(?:supplementary|additional|second|third|new|revised|complementary|demarcation|protocols?|sections?|"
    r"eastern|western|northern|southern|central)\b(?=[^.;]{0,30}\b(?:boundary|border)\b)"
    r"|\b(?:boundary|border)\s+(?:agreement|treaty)\b[^.;]{0,40}\b(?:section|protocol|supplement)",
    re.IGNORECASE,
)
#: Session 16: a visit told as the first in a number of years ("the first by a Chinese head of state in nine
#: years", "his first visit to Egypt in more than 20 years", "the first such visit in a decade"). Group "n".
_FIRST_IN_YEARS = re.compile(
    r"\bfirst\b[^.;]{0,80}?\bin\s+(?:(?:more|over)\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a)\s+(?P<unit>years|decades?)\b",
    re.IGNORECASE,
)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_GAP_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
#: Session 16: a visit told as the first since another visit of the visitor ("his first to Kyrgyzstan since his
#: state visit of June 2018", "the first since her official visit in 2019").
_FIRST_SINCE_VISIT = re.compile(
    r"\bfirst\b[^.;]{0,80}?\bsince\s+(?:his|her|their|the)\s+(?:last\s+|previous\s+)?(?:state\s+|official\s+)?"
    r"visit\s+(?:of|in)\s+(?:(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: Gathering nouns a quote may name without an ordinal (stemmed tokens of :attr:`Profile.tokens`).
#: Not "meeting" or "session": any talks are a meeting, and a body holds many sessions.
_GATHERINGS = ("summit", "forum", "conference", "congress")
#: Longest span (days) of a side of a numbered gathering in conflict: a month.
_MONTH_SPAN = 31
#: Shortest span (days after the first, :attr:`Profile.span`) of a side told to the year only.
_YEAR_MIN_SPAN = 364


def conflict_cues(text: str) -> frozenset[str]:
    """What a sentence tells that makes an act a one-off for this module: "state visit", and
    "first run:<carrier>" for the first train/flight/ferry of a service (not the first one *since* a
    date). Added to :func:`timeline.resolve.similarity.quote_cues`."""
    out: set[str] = set()
    if _STATE_VISIT.search(text):
        out.add("state visit")
        if _REPEAT_VISIT.search(text):
            out.add("repeat visit")
        if _LANDMARK_VISIT.search(text):
            out.add("landmark visit")
    if _TENDER_AWARD.search(text):
        out.add("tender award")
    restored = _RELATIONS_RESTORED.finditer(text)
    if any(not _RESTORE_UNDONE.search(text[max(0, m.start() - 40) : m.start()]) for m in restored):
        out.add("relations restored")  # session 18: done, not talked of or planned
    out.update(f"year-named visit:{m.group('year')}" for m in _YEAR_NAMED_VISIT.finditer(text))  # session 18
    out.update(f"summit at:{m.group('place').casefold()}" for m in _SUMMIT_AT.finditer(text))  # session 18
    if _BOUNDARY_TEXT.search(text) and not _BOUNDARY_PART.search(text):
        out.add("boundary text")  # session 16
    out.update(year_texts(text))  # session 16
    out.update(named_subject_texts(text))  # session 17
    if re.search(r"\bvisit", text, re.IGNORECASE):  # session 16: a gap the visit's sentence tells
        out.update(f"first in years:{n}" for n in first_in_years(text))
        # the landmark's date: only the claim dated so is the landmark visit, not the later one of its sentence
        for m in _FIRST_SINCE_VISIT.finditer(text):
            month = f"-{_MONTHS.index(m.group('month').lower()) + 1:02d}" if m.group("month") else ""
            out.add(f"first since visit:{m.group('year')}{month}")
    out.update(f"stage:{label}" for label in stages(text))
    out.update(f"began:{stem}" for stem in activity_starts(text))
    if not _FIRST_SINCE.search(text):
        for m in _FIRST_RUN.finditer(text):
            word = m.group(1).lower()
            out.add(f"first run:{_CARRIER.get(word, word)}")
    return frozenset(out)


def first_in_years(text: str) -> frozenset[int]:
    """Session 16: the gaps (in years) a sentence tells something as the first in ("the first by a Chinese head
    of state in nine years" → 9, "the first in more than a decade" → 10); gaps under two years tell nothing
    ("the first visit in a year"). :func:`conflict_cues` keeps them as "first in years:<n>" for a sentence
    telling a visit."""
    out = set()
    for m in _FIRST_IN_YEARS.finditer(text):
        n = _GAP_NUMBERS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
        years = n * 10 if m.group("unit").lower().startswith("decade") else n
        if years >= 2:
            out.add(years)
    return frozenset(out)


def gap_years(p: Profile) -> list[int]:
    """Session 16: the gaps a profile's quote(s) tell its visit as the first in ("first in years:<n>" cues)."""
    return [int(c.split(":")[1]) for c in p.cues if c.startswith("first in years:")]


def activity_starts(text: str) -> frozenset[str]:
    """Session 14: stems of the activities a sentence tells begun ("began vaccinating its citizens" →
    "vaccin", "started its vaccination campaign" → "vaccin"); not recurring activities (talks, exercises,
    visits) nor works and services (:data:`_RECURRING_ACTIVITIES`, the "started" rules of
    :mod:`timeline.resolve.similarity` tell those)."""
    out = set()
    for m in _BEGAN.finditer(text):
        stem = _ACTIVITY_END.sub("", m.group(1))[:_STEM_LEN]
        if len(stem) >= 4 and not any(stem.startswith(r) for r in _RECURRING_ACTIVITIES):
            out.add(stem)
    return frozenset(out)


def activity_start_once(claim: Profile, event: Profile) -> bool:
    """Session 14: two articles' claims (COOPERATE both) telling one state beginning one activity (a shared
    "began:<stem>" cue), the same single state on both sides (persons mapped to theirs), no stage named, both
    dated to the month or finer and at most :data:`_START_GAP` days apart: one start in conflict."""
    from timeline.resolve.similarity import member_states

    if claim.sources & event.sources or claim.event_type != "COOPERATE" or event.event_type != "COOPERATE":
        return False
    began = {c for c in claim.cues if c.startswith("began:")} & {c for c in event.cues if c.startswith("began:")}
    if not began or any(c.startswith("stage:") for c in claim.cues | event.cues):
        return False
    if not claim.dated or not event.dated or (claim.span or 0) > _MONTH_SPAN or (event.span or 0) > _MONTH_SPAN:
        return False
    gap = (max(claim.lower, event.lower) - min(claim.upper, event.upper)).days  # type: ignore[type-var,operator]
    if gap > _START_GAP:
        return False
    states = member_states(claim)
    return len(states) == 1 and states == member_states(event)


def stages(text: str) -> frozenset[str]:
    """Session 13: the stages of a built thing a sentence names, as "<number or label> <noun>": "the second
    section of the ring road" → "2 section", "Phase II of the dry port" → "2 phase", "Line D of the pipeline"
    → "d line", "the first phase" → "1 phase"."""
    out = set()
    for m in _STAGE.finditer(text):
        if m.group(1):
            word, noun = m.group(1).casefold(), m.group(2).casefold()
            number = _STAGE_NUMBERS.get(word) or int(word[0])
            out.add(f"{number} {_STAGE_NOUN.get(noun, noun)}")
        else:
            noun, label = m.group(3).casefold(), m.group(4).casefold()
            number = _STAGE_NUMBERS.get(label) or (int(label) if label.isdigit() else None)
            out.add(f"{number if number else label} {_STAGE_NOUN.get(noun, noun)}")
    return frozenset(out)


def stages_differ(claim: Profile, event: Profile) -> bool:
    """Session 13: two claims dated apart that name different stages of a thing are two events, not one in
    conflict: both name stages and share none ("the first section … opened on 12 December 2020" / "the
    second section … opened in 2021"), or one names only later stages (not a first one) and the other none
    ("the dry port was inaugurated on 12 May 2020" / "the second phase of the dry port opened in 2021"). A
    first stage against the whole thing may be one opening told two ways ("the first phase of the field
    came on stream" / "the field was launched"). Only openings and works (COOPERATE on both sides): a
    signing that names a stage in passing ("a joint statement that devoted as much space to Line D as to
    culture") or a tour ("the second leg of his tour") never."""
    if claim.event_type != "COOPERATE" or event.event_type != "COOPERATE":
        return False
    a = {c for c in claim.cues if c.startswith("stage:")}
    b = {c for c in event.cues if c.startswith("stage:")}
    if a and b:
        return not a & b
    told = a or b
    return bool(told) and not any(c.split(":", 1)[1].split()[0] in ("1", "a") for c in told)


def one_occurrence(claim: Profile, event: Profile) -> bool:
    """Are two articles' claims with disjoint, adjacent dates one act that happens once (module
    docstring)? Then the same-event test joins them as one event with a flagged date conflict."""
    if claim.sources & event.sources or not claim.dated or not event.dated:
        return False
    if gap_told_once(claim, event) or state_visit_year_slip(claim, event) or membership_once(claim, event):
        return True
    if not adjacent((claim.lower, claim.upper), (event.lower, event.upper)):  # type: ignore[arg-type]
        return False
    return (
        first_state_visit_once(claim, event)
        or state_visit_year_once(claim, event)
        or state_visit_month_once(claim, event)
        or counted_visit_once(claim, event)
        or first_run_once(claim, event)
        or ordinal_gathering_once(claim, event)
        or relations_once(claim, event)
        or pair_meeting_at_place_once(claim, event)
        or one_text_apart(claim, event)
        or route_opening_once(claim, event)
        or year_named_visit_once(claim, event)  # session 18
        or place_summit_year_once(claim, event)  # session 18
    )


def gap_told_once(a: Profile, b: Profile) -> bool:
    """Session 16 (module docstring): two articles' visits of one visitor to one host, dated apart, where one
    side's sentence tells a gap the other's date falls in. "The first … in nine years" (:func:`gap_years`, the
    side dated to the month or finer): the other visit dated wholly before it, a unit earlier
    (:func:`~timeline.resolve.dates.adjacent`) and within those years, told as no repeat and telling no gap of
    its own. "The first … since his visit of <its date>": the other visit after that date, at most a year.
    Symmetric in the two sides; the one rule of the told gap (the same-event test and the merger's re-check
    :func:`timeline.resolve.merge._recheck_told_apart` ask it)."""
    if a.sources & b.sources or not a.dated or not b.dated:
        return False
    if "visit" not in a.all_modes or "visit" not in b.all_modes or a.event_type != b.event_type:
        return False
    if not a.persons & b.persons or not a.hosts & b.hosts:
        return False
    early, late = (a, b) if a.upper < b.lower else (b, a) if b.upper < a.lower else (None, None)  # type: ignore[operator]
    if early is None or late is None:
        return False
    if years := gap_years(late):
        if "repeat visit" in early.cues or _REPEAT_TOLD & early.tokens or gap_years(early):
            return False  # "his second state visit in 2015" is not the first one misdated
        if (late.span or 0) > _MONTH_SPAN or late.lower.year - early.lower.year >= max(years):  # type: ignore[union-attr]
            return False
        return adjacent((early.lower, early.upper), (late.lower, late.upper))  # type: ignore[arg-type]
    if f"first since visit:{early.edtf}" in early.cues:  # the landmark, dated as its sentence dates it
        return (late.lower - early.upper).days <= ADJACENT_MAX_SPAN  # type: ignore[operator]
    return False


#: Words of a visit told as one of several ("his second visit", "came again"): stemmed tokens.
_REPEAT_TOLD = frozenset({"second", "third", "fourth", "again", "another"})


#: Words of a meeting told as one of several ("met again", "another meeting", "their second meeting"): stemmed
#: tokens of :attr:`Profile.tokens`.
_REPEAT_WORDS = frozenset(
    {"again", "another", "second", "third", "fourth", "latest", "previous", "earlier", "next", "repeat", "more"}
)


def pair_meeting_at_place_once(claim: Profile, event: Profile) -> bool:
    """Session 15: two articles' claims of a meeting (CONSULT, keyword "meet", no visit or phone mode) of the
    same two persons and no other at a place both name ("Presidents Tokayev and Mirziyoyev met in Turkestan in
    June 2025" / "22 July 2025: Tokayev and Mirziyoyev, meeting in Turkestan …"), both dated to the month or
    finer and at most :data:`~timeline.resolve.dates.CONFLICT_DAYS` apart, neither telling it as one of several
    ("met again", "another meeting"): two leaders meet at one city once in a fortnight, so the two dates are
    one meeting in conflict. Meetings at no place or at different places, a third person, dates further apart
    or a repeat stay apart."""
    if claim.event_type != "CONSULT" or event.event_type != "CONSULT" or claim.sources & event.sources:
        return False
    if not claim.dated or not event.dated or {"visit", "phone"} & (claim.all_modes | event.all_modes):
        return False
    if "meet" not in claim.keywords or "meet" not in event.keywords:
        return False
    if len(claim.persons) != 2 or claim.persons != event.persons or not claim.places & event.places:
        return False
    if (claim.span or 0) > _MONTH_SPAN or (event.span or 0) > _MONTH_SPAN:
        return False
    gap = (max(claim.lower, event.lower) - min(claim.upper, event.upper)).days  # type: ignore[type-var,operator]
    return 0 < gap <= CONFLICT_DAYS and not (_REPEAT_WORDS & (claim.tokens | event.tokens))


def first_state_visit_once(claim: Profile, event: Profile) -> bool:
    """Both quotes tell a state visit of a shared person to a shared host, one of them his first (and
    neither the first *since* something): one visit."""
    if "visit" not in claim.all_modes or "visit" not in event.all_modes:
        return False
    if "state visit" not in claim.cues or "state visit" not in event.cues:
        return False
    if "first visit" not in claim.cues | event.cues or "first since" in claim.cues | event.cues:
        return False
    return bool(claim.persons & event.persons) and bool(claim.hosts & event.hosts)


def state_visit_year_once(claim: Profile, event: Profile) -> bool:
    """Session 14: both quotes tell a state visit of a shared person to a shared host, one side dated to the
    month or finer and the other to the neighbouring year only (the caller checked the dates adjacent), the
    year side telling it as a landmark (cue "landmark visit": "since X's state visit in 2016"), no side
    telling it as one of several ("second", "another", "return", "first … since"): one visit."""
    if "visit" not in claim.all_modes or "visit" not in event.all_modes:
        return False
    if "state visit" not in claim.cues or "state visit" not in event.cues:
        return False
    if {"repeat visit", "first since"} & (claim.cues | event.cues):
        return False
    fine, coarse = sorted((claim, event), key=lambda p: p.span or 0)
    if (fine.span or 0) > _MONTH_SPAN or (coarse.span or 0) < _YEAR_MIN_SPAN or "landmark visit" not in coarse.cues:
        return False
    return bool(claim.persons & event.persons) and bool(claim.hosts & event.hosts)


#: Session 17: words of a gathering a visit may be paid for ("to attend the summit", "for the forum"): such visits
#: recur with the gathering (stemmed tokens of :attr:`Profile.tokens`).
_GATHERING_WORDS = frozenset(
    {"summit", "forum", "conference", "congress", "session", "game", "olympic", "expo", "exhibition", "fair",
     "festival", "ceremony", "meeting", "assembly", "council", "talk"}
)  # fmt: skip


def _shared_visitor(claim: Profile, event: Profile) -> bool:
    """Two articles' dated visits (mode visit, one type) of a shared visitor to a shared host."""
    if claim.sources & event.sources or not claim.dated or not event.dated or claim.event_type != event.event_type:
        return False
    if "visit" not in claim.all_modes or "visit" not in event.all_modes:
        return False
    return bool(claim.persons & event.persons) and bool(claim.hosts & event.hosts)


def _one_visitor_visits(claim: Profile, event: Profile) -> bool:
    """Session 17: two articles' visits (mode visit, one type) of a shared visitor to a shared host, both dated to
    the month or finer, neither told as one of several ("second", "another", "again", "the first … since")."""
    if not _shared_visitor(claim, event):
        return False
    if (claim.span or 0) > _MONTH_SPAN or (event.span or 0) > _MONTH_SPAN:
        return False
    told = claim.cues | event.cues
    return not ({"repeat visit", "first since"} & told or _REPEAT_TOLD & (claim.tokens | event.tokens))


def state_visit_month_once(claim: Profile, event: Profile) -> bool:
    """Session 17: both quotes tell a *state* visit of a shared visitor to a shared host, both dated to the month
    or finer and at most a month apart ("22-23 January 2016 - X pays a state visit to Tehran" / "X's state visit
    to Tehran in February 2016"), neither told as one of several (:func:`_one_visitor_visits`): a state visit,
    the highest rank of visit, is paid to one host every few years at most, so two a month apart are one visit
    misdated. Official or plain visits a month apart, state visits further apart or to another host stay two."""
    if not _one_visitor_visits(claim, event):
        return False
    if "state visit" not in claim.cues or "state visit" not in event.cues:
        return False
    gap = (max(claim.lower, event.lower) - min(claim.upper, event.upper)).days  # type: ignore[type-var,operator]
    return 0 < gap <= _MONTH_SPAN


def state_visit_year_slip(claim: Profile, event: Profile) -> bool:
    """Session 17: one visit told by two articles in the same calendar month of two neighbouring years ("X's visit
    to Ankara in April 2000 completed the cycle of top-level visits" / "April 2001 - X pays a state visit to
    Türkiye"): a shared visitor and host (:func:`_one_visitor_visits`), at least one side a *state* visit, both
    dated to the month or finer within one calendar month, the years one apart, and no gathering named on either
    side (a visit paid for an annual summit or forum recurs in its month): a year slipped in one telling. Visits
    in other months, visits for a gathering, or two visits neither told as a state visit stay two."""
    if not _one_visitor_visits(claim, event):
        return False
    if "state visit" not in claim.cues | event.cues:
        return False
    assert claim.lower and claim.upper and event.lower and event.upper
    if claim.lower.month != claim.upper.month or event.lower.month != event.upper.month:
        return False
    if claim.lower.month != event.lower.month or abs(claim.lower.year - event.lower.year) != 1:
        return False
    return not (_GATHERING_WORDS & (claim.tokens | event.tokens) or claim.occasions or event.occasions)


#: Session 17: a claim's date told as a count of years from another act ("A year later", "two years after",
#: "the following year"): resolved off an anchor, it is off by as much as the anchor or the count.
_COUNTED_YEARS = re.compile(
    r"^\s*(?:(?:a|one|two|three|\d)\s+years?\s+(?:later|after(?:wards)?|on)|the\s+(?:following|next)\s+year)\b",
    re.IGNORECASE,
)
#: Words of a visit told as a return ("returned to Urumqi", "was back in Beijing"): stemmed tokens.
_RETURN_TOLD = frozenset({"return", "returned", "returning", "back", "revisit", "revisited"})


def counted_date_cues(text: str, date_text: str | None) -> frozenset[str]:
    """Session 17: the cues of this module read with the claim's date: "counted years" when its date text counts
    years from another act (:data:`_COUNTED_YEARS`: "A year later"), and the full membership told nearest to it
    (:func:`membership_cues`)."""
    out = membership_cues(text, date_text)
    return out | {"counted years"} if date_text and _COUNTED_YEARS.match(date_text) else out


def counted_visit_once(claim: Profile, event: Profile) -> bool:
    """Session 17: one visit told by two articles, one of them dating it by a count of years from another act
    ("A year later Prime Minister X flew to Urumqi and then on to Beijing", resolved to 2013 / "8-11 April 2012 -
    Prime Minister X visits China, starting in Urumqi"): a shared visitor and host, the counted side dated to the
    year (cue "counted years") and the other to the month or finer, dates a unit apart (the caller checked), and
    a shared stop that is not a capital (the itinerary identifies the trip); neither told as one of several or a
    return. A visit dated plainly, one to the capital only, or told as a return stays apart."""
    if not _shared_visitor(claim, event):
        return False
    counted, other = (claim, event) if "counted years" in claim.cues else (event, claim)
    if "counted years" not in counted.cues or "counted years" in other.cues:
        return False
    if (counted.span or 0) < _YEAR_MIN_SPAN or (other.span or 0) > _MONTH_SPAN:
        return False
    told = claim.cues | event.cues
    if {"repeat visit", "first since"} & told or (_REPEAT_TOLD | _RETURN_TOLD) & (claim.tokens | event.tokens):
        return False
    return any(capital_state(place) is None for place in claim.places & event.places)


#: Session 17: an organisation named by an acronym ("SCO") or by capitalised words ("Shanghai Cooperation
#: Organization"), after "of the" / "joined the".
_ORG = r"(?P<org>(?-i:[A-Z]{2,6})\b|(?-i:[A-Z][a-z]+)(?:\s+(?:of\s+|and\s+|for\s+)?(?-i:[A-Z][a-z]+)){1,5})"
#: A state becoming a full member of an organisation: "Iran becomes the ninth full member of the SCO", "became a
#: full-fledged member of the Organisation", "X, which joined the Shanghai Cooperation Organization as a full
#: member". Not an application, an observer or a dialogue partner, nor a memorandum "for full membership".
_FULL_MEMBER = re.compile(
    r"\b(?:bec[oa]me|becomes|becoming)\s+(?:the\s+\w+\s+|a\s+)?full(?:-fledged|\s+fledged)?\s+member\s+of\s+"
    r"(?:the\s+)?" + _ORG
    + r"|\b(?:joined|joins|join|joining|admitted\s+to)\s+(?:the\s+)?" + _ORG.replace("org>", "org2>")
    + r"\s+as\s+(?:a|its\s+\w+)\s+full(?:-fledged|\s+fledged)?\s+member\b",
    re.IGNORECASE,
)
#: Words of an organisation's name that its acronym leaves out.
_ORG_SMALL = frozenset({"of", "and", "for", "the"})


def _org_key(name: str) -> str:
    """An organisation's name as its acronym: "SCO" → "sco", "Shanghai Cooperation Organization" → "sco"."""
    words = name.split()
    if len(words) == 1:
        return words[0].casefold()
    return "".join(w[0] for w in words if w.casefold() not in _ORG_SMALL).casefold()


#: A month's name or a year: another date between a membership and the claim's date.
_DATE_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b"
)
#: Farthest (characters) a membership may be told from its claim's date.
_MEMBER_REACH = 100


def _between(text: str, lo: int, hi: int, d_lo: int, d_hi: int) -> str:
    """The text between a span and a date span ("" when they touch or overlap); a span farther than
    :data:`_MEMBER_REACH` reads as a date between (a year "2000" placeholder)."""
    gap = text[hi:d_lo] if hi <= d_lo else text[d_hi:lo] if d_hi <= lo else ""
    return "2000" if len(gap) > _MEMBER_REACH else gap


def membership_cues(text: str, date_text: str | None) -> frozenset[str]:
    """Session 17: "full member:<organisation acronym>:<state>" for the full membership a sentence tells nearest
    to the claim's date ("Iran, which joined the Shanghai Cooperation Organization as a full member at the
    Samarkand summit in September 2022 and became a member of BRICS in January 2024" → "full member:sco:iran" for
    "September 2022"): the state is the one named nearest before the membership words."""
    from timeline.resolve.similarity import _fold, _single_word_states

    found = list(_FULL_MEMBER.finditer(text))
    at = text.find(date_text) if date_text else -1
    if not found or at < 0:
        return frozenset()
    # the membership of the claim's date: near it, no other date between ("… as a full member … in September
    # 2022 and became a member of BRICS in January 2024": not the BRICS claim's)
    found = [m for m in found if not _DATE_WORD.search(_between(text, m.start(), m.end(), at, at + len(date_text)))]
    if not found:
        return frozenset()
    found = [min(found, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))]
    states = _single_word_states()
    out = set()
    for m in found:
        before = re.findall(r"[a-z]+", _fold(text[max(0, m.start() - 80) : m.start()]))
        holders = [w for w in before if w in states]
        if holders:
            out.add(f"full member:{_org_key(m.group('org') or m.group('org2'))}:{holders[-1]}")
    return frozenset(out)


def membership_once(claim: Profile, event: Profile) -> bool:
    """Session 17: one state's full membership of one organisation told by two articles with dates within a year
    of each other ("4 July 2023 - Iran becomes the ninth full member of the SCO" / "Iran, which joined the SCO as
    a full member at the Samarkand summit in September 2022"): a state becomes a full member once, and a telling
    a year off dates the decision or a step of the accession as the entry. The same "full member:" cue on both
    sides, both occurred, dated to the month or finer; another organisation, another state, a plan ("is expected
    to become a full member") or dates further apart stay apart. Whatever type each coding took (a sentence
    naming the summit where it happened may be coded a meeting)."""
    if claim.sources & event.sources or not claim.dated or not event.dated:
        return False
    mine = {c for c in claim.cues if c.startswith("full member:")}
    if not mine or mine != {c for c in event.cues if c.startswith("full member:")}:
        return False
    if claim.all_statuses - {"occurred"} or event.all_statuses - {"occurred"}:
        return False
    if (claim.span or 0) > _MONTH_SPAN or (event.span or 0) > _MONTH_SPAN:
        return False
    gap = (max(claim.lower, event.lower) - min(claim.upper, event.upper)).days  # type: ignore[type-var,operator]
    return 0 < gap <= ADJACENT_MAX_SPAN


def year_named_visit_once(claim: Profile, event: Profile) -> bool:
    """Session 18: one visit that one article names by its year ("Anyone who remembers Rajesh Menon's 1989 trip to
    Nairobi will recognise the choreography", cue "year-named visit:1989", the claim dated to that year) and
    another dates to the month or finer in the neighbouring year ("Prime Minister Rajesh Menon's visit to Nairobi
    in December 1988, the first in 34 years"): a shared visitor and host (:func:`_shared_visitor`), dates a unit
    apart (the caller checked), neither told as one of several or a return. A writer names a visit by its year
    when it is the one visit of that visitor everyone remembers, so a year off is that visit misdated. Visits
    dated plainly to a year ("he visited Nairobi in 1989"), both to the year, told as the second or as a return,
    or of another visitor or host stay apart."""
    if not _shared_visitor(claim, event):
        return False
    named, other = (claim, event) if _year_named(claim) else (event, claim)
    if not _year_named(named) or (other.span or 0) > _MONTH_SPAN:
        return False
    told = claim.cues | event.cues
    if {"repeat visit", "first since"} & told or (_REPEAT_TOLD | _RETURN_TOLD) & (claim.tokens | event.tokens):
        return False
    assert named.lower and other.lower
    return abs(named.lower.year - other.lower.year) == 1


def _year_named(p: Profile) -> bool:
    """Session 18: a profile dated to one year that its quote(s) name a visit by ("year-named visit:<that year>")."""
    if not p.dated or (p.span or 0) < _YEAR_MIN_SPAN or (p.span or 0) > ADJACENT_MAX_SPAN:
        return False
    return f"year-named visit:{p.lower.year}" in p.cues  # type: ignore[union-attr]


#: Session 18: words of a gathering told as one of a recurring series ("the annual summit", "their yearly forum").
_SERIES_TOLD = frozenset({"annual", "yearly", "regular", "biennial"})


def place_summit_year_once(claim: Profile, event: Profile) -> bool:
    """Session 18: one summit of two states at one city that is no capital, told by one article to the year and by
    another to the month or finer in the neighbouring year ("the period after the informal summit in Samarkand in
    2019" / "The first informal summit, in Samarkand on 27 and 28 April" 2018): both CONSULT, both quotes tell a
    summit, a shared known city that is no capital (:func:`_provincial`: two leaders meet in capitals on every
    visit, but a provincial city hosts their summit once) which the year side names definitely ("the … summit in
    Samarkand", cue "summit at:"), the same two states on both sides and no organisation, dates a unit apart (the
    caller checked), no number other than the first and no word of one of several or of a series ("second",
    "another", "annual"). A second summit in another city, a summit in a capital or an unknown city, "held a
    summit in Samarkand in 2019", an annual forum, an organisation's summit or two year-dated tellings stay
    apart."""
    from timeline.resolve.similarity import member_states

    if claim.sources & event.sources or claim.event_type != "CONSULT" or event.event_type != "CONSULT":
        return False
    if "summit" not in claim.tokens or "summit" not in event.tokens or not claim.dated or not event.dated:
        return False
    fine, coarse = sorted((claim, event), key=lambda p: p.span or 0)
    if (fine.span or 0) > _MONTH_SPAN or (coarse.span or 0) < _YEAR_MIN_SPAN:
        return False
    if any(n != 1 for n, _ in claim.ordinals | event.ordinals):
        return False
    if (_REPEAT_TOLD | _SERIES_TOLD | {"next"}) & (claim.tokens | event.tokens):
        return False
    if (claim.actors - claim.persons) or (event.actors - event.persons):
        return False  # an organisation's summit recurs
    shared = claim.places & event.places
    if not any(_provincial(place) and f"summit at:{place.casefold()}" in coarse.cues for place in shared):
        return False
    states = member_states(claim)
    return len(states) == 2 and states == member_states(event)


def _provincial(name: str) -> bool:
    """Session 18: a known city or site of a state that is no capital (the actor dictionary's place entry with a
    country and no ``metonym_of``); unknown places may be capitals the dictionary lacks."""
    from timeline.extract.actors import ActorDictionary

    entry = ActorDictionary.default().entries.get(name)
    return entry is not None and entry.kind == "place" and bool(entry.country) and entry.metonym_of is None


def relations_restored_once(claim: Profile, event: Profile) -> bool:
    """Session 18: one restoration of relations told by two articles with dates at most a month apart ("the
    agreement of 10 March 2023, announced in Nairobi, under which Kenya and Somalia agreed to restore diplomatic
    relations" / "Brazil brokered the restoration of relations between Kenya and Somalia in April 2023"): both
    quotes tell relations restored (cue "relations restored"), the same set of two or more states on both sides
    (the pair and the broker, persons and capitals read as their states), both occurred and dated to the month
    or finer, at most :data:`_MONTH_SPAN` days apart: a pair restores its relations once in a month, and a
    telling a month off dates the follow-up (the ministers' meeting, the embassies reopened) as the agreement.
    Whatever type each coding took (the talks that produced it, the statement, the brokering). Another pair,
    a broker on one side only, a plan, or dates further apart (relations broken and restored again) stay
    apart."""
    if claim.sources & event.sources or not claim.dated or not event.dated:
        return False
    if "relations restored" not in claim.cues or "relations restored" not in event.cues:
        return False
    if claim.all_statuses - {"occurred"} or event.all_statuses - {"occurred"}:
        return False
    if (claim.span or 0) > _MONTH_SPAN or (event.span or 0) > _MONTH_SPAN:
        return False
    gap = (max(claim.lower, event.lower) - min(claim.upper, event.upper)).days  # type: ignore[type-var,operator]
    if gap > _MONTH_SPAN:
        return False
    parties = relation_parties(claim)
    return len(parties) >= 2 and parties == relation_parties(event)


def first_run_once(claim: Profile, event: Profile) -> bool:
    """Both quotes tell the first run of a service with the same kind of carrier between two shared
    places (route ends), no clashing parties: one first run."""
    from timeline.resolve.similarity import member_states

    runs_a = {c for c in claim.cues if c.startswith("first run:")}
    if not runs_a or runs_a != {c for c in event.cues if c.startswith("first run:")}:
        return False
    if "CONSULT" in (claim.event_type, event.event_type) or len(claim.places & event.places) < 2:
        return False
    sa, sb = member_states(claim), member_states(event)
    return not (sa and sb and not (sa <= sb or sb <= sa))


def ordinal_gathering_once(claim: Profile, event: Profile) -> bool:
    """A gathering one side names by its ordinal and the other tells as a gathering of that kind at a
    shared place, with the same two or more parties and no ordinal of its own, both dated to the month
    or finer: one numbered gathering."""
    from timeline.resolve.similarity import member_states

    if claim.event_type != "CONSULT" or event.event_type != "CONSULT":
        return False
    if (claim.span or 0) > _MONTH_SPAN or (event.span or 0) > _MONTH_SPAN:
        return False
    if bool(claim.ordinals) == bool(event.ordinals) or not claim.places & event.places:
        return False
    numbered, other = (claim, event) if claim.ordinals else (event, claim)
    kinds = {kind for _, kind in numbered.ordinals}
    if not any(kind in other.tokens or f"{kind}s" in other.tokens for kind in kinds if kind in _GATHERINGS):
        return False
    parties = member_states(claim)
    return len(parties) >= 2 and parties == member_states(event)


def tender_award_once(claim: Profile, event: Profile) -> bool:
    """Two articles' claims both telling a tender awarded (cue "tender award") to the same company (a
    shared specific actor that is no person), at most :data:`~timeline.resolve.dates.CONFLICT_DAYS`
    apart ("29 May" / "in June"), with no places on both sides that differ: one award (module docstring)."""
    from timeline.resolve.similarity import member_states, type_family

    if "tender award" not in claim.cues or "tender award" not in event.cues or claim.sources & event.sources:
        return False
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    if not claim.dated or not event.dated:
        return False
    gap = (max(claim.lower, event.lower) - min(claim.upper, event.upper)).days  # type: ignore[type-var,operator]
    if gap > CONFLICT_DAYS:
        return False
    companies = (claim.actors & event.actors) - claim.persons - event.persons - claim.states - event.states
    if not companies:
        return False
    sa, sb = member_states(claim), member_states(event)
    if sa and sb and not (sa <= sb or sb <= sa):
        return False
    return not (claim.places and event.places and not claim.places & event.places)


def capital_state(name: str) -> str | None:
    """The state a capital stands for ("Beijing" → "China", the actor dictionary's ``metonym_of``);
    None for other places."""
    from timeline.extract.actors import ActorDictionary

    entry = ActorDictionary.default().entries.get(name)
    return entry.metonym_of if entry is not None else None


def relation_parties(p: Profile) -> frozenset[str]:
    """The states of a profile for the relations rule: its states, its persons' states and the states
    its capitals stand for ("relations between Baku and Beijing", "a visit to Beijing … two years after
    the countries established diplomatic relations")."""
    from timeline.resolve.similarity import member_states

    return member_states(p) | {st for place in p.places if (st := capital_state(place))}


def relations_once(claim: Profile, event: Profile) -> bool:
    """Both quotes tell diplomatic relations established (cue "relations established") between the
    same two states, capitals read as their states (:func:`relation_parties`): relations are
    established once between two states. A third state on either side (a capital where another pair
    signed) is no match."""
    if "relations established" not in claim.cues or "relations established" not in event.cues:
        return False
    parties = relation_parties(claim)
    return len(parties) == 2 and parties == relation_parties(event)


#: Session 16: stemmed tokens (:attr:`Profile.tokens`) telling a built thing opened.
_OPENED = frozenset(
    {"open", "opened", "opening", "inaugurate", "inaugurated", "inauguration", "commissioned", "commissioning"}
)
#: Route kinds of built things (not "service": trains and flights run on a route many times).
_BUILT_ROUTES = ("rail", "road", "pipe")


def built_routes(p: Profile) -> frozenset[str]:
    """Session 16: the route cues of a profile that name a built line ("route:rail:baku|kars|tbilisi")."""
    return frozenset(c for c in p.cues if c.startswith("route:") and c.split(":")[1] in _BUILT_ROUTES)


def route_opening_once(claim: Profile, event: Profile) -> bool:
    """Session 16 (module docstring): two articles' claims (COOPERATE both) telling one built route opened: a
    built route shared (:func:`~timeline.resolve.similarity.same_route` on rail, road or pipeline routes), an
    opening word on both sides, no stage and no service start or first run on either side."""
    from timeline.resolve.similarity import same_route

    if claim.event_type != "COOPERATE" or event.event_type != "COOPERATE" or claim.sources & event.sources:
        return False
    if not built_routes(claim) or not built_routes(event):
        return False
    if not _OPENED & claim.tokens or not _OPENED & event.tokens:
        return False
    told = claim.cues | event.cues
    if "service start" in told or any(c.startswith(("stage:", "first run:")) for c in told):
        return False
    only = replace(claim, cues=built_routes(claim)), replace(event, cues=built_routes(event))
    return same_route(*only)


def route_ends(p: Profile) -> list[str]:
    """Session 16: the ends of the built route a claim tells opened (for the candidate query that reaches the
    other article's telling a unit away: events quoting every end); empty otherwise."""
    if not _OPENED & p.tokens or "service start" in p.cues:
        return []
    routes = sorted(built_routes(p))
    return [end for end in routes[0].split(":", 2)[2].split("|") if len(end) >= 3] if routes else []


def told_states(p: Profile) -> frozenset[str]:
    """Session 16: the states a profile's quote(s) tell by name or demonym among their proper-name words
    ("under Pakistani control" → Pakistan), for acts of two states whose sentence names one of them only as an
    adjective."""
    words = _state_words()
    return frozenset(st for w in p.names if (st := words.get(w)))


def _state_words() -> dict[str, str]:
    """Folded one-word names, aliases and demonyms of the actor dictionary's states → the state."""
    global _STATE_WORDS
    if _STATE_WORDS is None:
        from timeline.extract.actors import ActorDictionary

        d = ActorDictionary.default()
        out: dict[str, str] = {}
        for name, e in d.entries.items():
            if e.kind != "state" or not e.country:
                continue
            senses = d._by_entry.get(name, [])  # names, aliases and demonyms of the entry
            for w in (name, *e.aliases, *(x.alias for x in senses if x.kind in ("name", "demonym"))):
                if w.isalpha() and len(w) >= 4:
                    out.setdefault(w.casefold(), name)
        _STATE_WORDS = out
    return _STATE_WORDS


_STATE_WORDS: dict[str, str] | None = None


#: Session 16: a document named by a year and the word before its kind ("The 1962 boundary agreement"): groups
#: year, word, kind.
_YEAR_TEXT = re.compile(
    r"\b[Tt]he\s+((?:1[89]|20)\d\d)\s+([a-z][a-z-]+)\s+(agreement|treaty|accord|memorandum|protocol|contract)\b"
)


#: Session 17: a text of a kind a pair signs once on one subject, named by the proper name of that subject: "a
#: memorandum on jointly promoting the Silk Road Economic Belt", "signed a memorandum with China on jointly
#: building the Silk Road Economic Belt in 2016", "the memorandum of understanding on the construction of the
#: Mekong Green Corridor". The name must end the subject (a clause, place or time after it, not "… in the digital
#: economy"). Groups "kind" and "name". Not agreements, plans or programmes: a pair signs many on one corridor.
_NAMED_SUBJECT_TEXT = re.compile(
    r"\b(?P<kind>memorand(?:um|a)|treaty|accord|charter|convention)(?:\s+of\s+understanding)?"
    r"(?:\s+(?:with|between)\s+[A-Z][\w'’-]+(?:\s+and\s+[A-Z][\w'’-]+)?)?"
    r"\s+(?:on|for|of)\s+(?:jointly\s+|the\s+joint\s+)?(?:(?:promot|build|construct|develop|implement)\w*\s+)?"
    r"(?:the\s+)?(?:construction\s+of\s+(?:the\s+)?)?"
    r"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?:and|of|the|for)\s+)?(?-i:[A-Z][\w'’-]+)){1,6})"
    r"(?=\s*(?:[,.;:()—–]|$)|\s+(?:during|at|when|which|that|as|while|with|and|by|was|were)\b|\s+in\s+(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
#: A text told as one of several on its subject: "a new memorandum", "the renewed treaty", "a second memorandum".
_TEXT_RENEWED = re.compile(
    r"\b(?:new|renewed|revised|updated|amended|extended|second|third|another|additional|supplementary|further|"
    r"follow-up|implementing)\s+(?:[\w-]+\s+){0,2}?(?:memorand(?:um|a)|treaty|accord|charter|convention)\b"
    r"|\b(?:renew\w*|extend\w*|prolong\w*|amend\w*)\b",
    re.IGNORECASE,
)


def named_subject_texts(text: str) -> frozenset[str]:
    """Session 17: "docname:<kind>:<name>" for a memorandum, treaty, accord, charter or convention a sentence
    names by the proper name of its subject (:data:`_NAMED_SUBJECT_TEXT`: "a memorandum on jointly promoting the
    Silk Road Economic Belt" → "docname:memorandum:silk road economic belt"); none when the sentence tells a
    text renewed, amended or one of several (:data:`_TEXT_RENEWED`)."""
    if _TEXT_RENEWED.search(text):
        return frozenset()
    out = set()
    for m in _NAMED_SUBJECT_TEXT.finditer(text):
        kind = "memorandum" if m.group("kind").lower().startswith("memorand") else m.group("kind").lower()
        out.add(f"docname:{kind}:{' '.join(m.group('name').casefold().split())}")
    return frozenset(out)


def subject_names(p: Profile) -> list[str]:
    """Session 17: the subject names of a profile's "docname:" cues (for the candidate query)."""
    return sorted({c.split(":", 2)[2] for c in p.cues if c.startswith("docname:")})


def year_texts(text: str) -> frozenset[str]:
    """Session 16: "yeartext:<word> <kind>:<year>" for a document a sentence names by a year and the word before
    its kind ("The 1962 boundary agreement" → "yeartext:boundary agreement:1962"); words that do not say what the
    text is on ("joint", "new", "bilateral") name no one text; none when the sentence names two documents or
    more."""
    from timeline.resolve.similarity import _ANY_TEXT_NOUN, _PREMODIFIER_STOP, _demonym, _stem

    if len(_ANY_TEXT_NOUN.findall(text)) >= 2:
        return frozenset()
    return frozenset(
        f"yeartext:{_stem(m.group(2))} {m.group(3)}:{m.group(1)}"
        for m in _YEAR_TEXT.finditer(text)
        if m.group(2) not in _PREMODIFIER_STOP and not _demonym(m.group(2))
    )


def _named_by_year(named: Profile, other: Profile) -> bool:
    """Session 16: ``named`` names its text by its own year, told to the year ("the 1962 boundary agreement"
    dated 1962), and ``other`` tells the same kind of text by the same word ("text:<word> <kind>" or
    "yeartext:") dated in the neighbouring year."""
    assert named.lower and other.lower
    for cue in named.cues:
        if not cue.startswith("yeartext:"):
            continue
        _, text, year = cue.split(":")
        if int(year) != named.lower.year or named.span is None or named.span < _YEAR_MIN_SPAN:
            continue
        if abs(other.lower.year - int(year)) != 1:
            continue
        told = {c.removeprefix("text:") for c in other.cues if c.startswith("text:")}
        told |= {c.split(":")[1] for c in other.cues if c.startswith("yeartext:")}
        if text in told:
            return True
    return False


def one_text_apart(claim: Profile, event: Profile) -> bool:
    """Session 16 (module docstring): two articles' claims telling the signing of one text of one pair, dates a
    unit apart (the caller checked): a text the pair signs once — its boundary agreement (cue "boundary text":
    not a supplementary text, a protocol or a section) or one named by its year (:func:`_named_by_year`: "The
    1962 boundary agreement" / "on 2 March 1963 … signed the boundary agreement"). Both AGREE, occurred only, no
    start or entry into force told (the signing and the entry into force a year later are two events), and the
    same two states on both sides: persons, capitals and places read as their states, and states the quotes
    tell by name or demonym (:func:`told_states`: "the provinces under Mongolian control"). The one rule of a
    text told a unit apart (the same-event test and the merger's re-check ask it)."""
    from timeline.resolve.similarity import _place_states

    if claim.sources & event.sources or not claim.dated or not event.dated:
        return False
    if claim.event_type != "AGREE" or event.event_type != "AGREE":
        return False
    if claim.all_statuses - {"occurred"} or event.all_statuses - {"occurred"}:
        return False
    if any(c == "started" or c.startswith("force:") for c in claim.cues | event.cues) or "force" in (
        claim.keywords | event.keywords
    ):
        return False
    parties = relation_parties(claim) | _place_states(claim) | told_states(claim)
    if len(parties) != 2 or parties != relation_parties(event) | _place_states(event) | told_states(event):
        return False
    if "boundary text" in claim.cues and "boundary text" in event.cues:
        return True
    named = {c for c in claim.cues if c.startswith("docname:")}
    if named and named == {c for c in event.cues if c.startswith("docname:")}:
        return True  # session 17: one memorandum of the pair named by its subject's proper name
    return _named_by_year(claim, event) or _named_by_year(event, claim)


def told_apart(a: Profile, b: Profile) -> bool:
    """Session 16: one of the rules whose evidence one article's sentence holds alone holds for two events
    dated apart (either way): a visit in a told gap (:func:`gap_told_once`), a state visit's year slipped in the
    same month (:func:`state_visit_year_slip`, session 18: the month may come with the article stored last) or one
    text of one pair a unit apart (:func:`one_text_apart`). The merger's re-check asks it
    (:func:`timeline.resolve.merge._recheck_told_apart`): the citation that makes it hold may arrive second."""
    if gap_told_once(a, b) or state_visit_year_slip(a, b):  # session 18: the month may arrive second
        return True
    if not a.dated or not b.dated or not adjacent((a.lower, a.upper), (b.lower, b.upper)):  # type: ignore[arg-type]
        return False
    return one_text_apart(a, b)


def capital_codes(names: list[str]) -> list[str]:
    """Country codes of the states the capitals among ``names`` stand for (for candidate queries)."""
    from timeline.extract.actors import ActorDictionary

    entries = ActorDictionary.default().entries
    return sorted({e.country for n in names if (st := capital_state(n)) and (e := entries.get(st)) and e.country})


def place_reach(profile: Profile) -> int | None:
    """Days beyond its bounds a claim must look for events linked to its places, so that the rules
    above meet the other article's claim whatever order the articles come in: a year for the first
    run of a service (a unit of the coarser side), a month for a gathering dated to the month or finer
    (:func:`ordinal_gathering_once`); None when neither applies."""
    if any(c.startswith("first run:") for c in profile.cues):
        return 366
    if profile.event_type == "CONSULT" and "summit" in profile.tokens and any(map(_provincial, profile.places)):
        return ADJACENT_MAX_SPAN  # session 18: a summit at a city that is no capital (place_summit_year_once)
    gathering = bool(profile.ordinals) or any(kind in profile.tokens for kind in _GATHERINGS)
    if profile.event_type == "CONSULT" and (profile.span or 0) <= _MONTH_SPAN and gathering:
        return _MONTH_SPAN
    if profile.event_type == "CONSULT" and (profile.span or 0) <= _MONTH_SPAN and "meet" in profile.keywords:
        return CONFLICT_DAYS  # session 15: a pair's meeting at a place (pair_meeting_at_place_once)
    return None


def object_reach(profile: Profile) -> int | None:
    """Session 13: days beyond its bounds a claim naming a thing must look for events holding that name
    (a unit of the coarsest side a conflict may have, a year), so that a day or month claim meets the
    other article's year claim a unit away whatever order the articles come in ("the Baku–Kars railway
    was inaugurated on 30 October 2017" stored after "the railway, opened in 2018": the year claim
    already reaches the day one when it comes second). Only for a named object with distinctive words
    (:func:`~timeline.resolve.similarity.distinctive_words`: not "joint statement"), not for gatherings
    (CONSULT: a forum or summit of one name meets every year) and not for claims of a year or coarser
    (they reach a year already); None otherwise. The same-event test decides as for the other order."""
    from timeline.resolve.similarity import _names_thing, distinctive_words

    if profile.event_type == "CONSULT" or not profile.dated or (profile.span or 0) >= 364:
        return None
    named = any(_names_thing(n) and distinctive_words(n) for n in profile.named_objects)
    return ADJACENT_MAX_SPAN if named else None
