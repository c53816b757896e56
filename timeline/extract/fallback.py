"""Generic fallback: a claim for a dated event sentence that no cue read (rule ``fallback.<form>.<verb>``).

It runs after the cue-driven extractor (:mod:`timeline.extract.events`) and the observation extractor, on
body sentences that gave neither a claim nor an observation. A sentence gives a low-confidence claim when

1. it carries a resolved date of its OWN (no borrowing), not a bound ("since 2019", "until May"), a
   noun modifier ("the 2020 war") or the period of a figure ("$2 billion in 2019");
2. its main clause has an event verb in one of these forms (the cue *grammar* the cue patterns miss):
   - ``past``: a finite simple past, active or passive ("X opened a centre", "buses were delivered");
   - ``plan``: a planned form ("will open", "plans to", "is due/expected/scheduled/set to", "is to");
   - ``present``: the historic present of a chronology item led by its date ("2019 — X visits Y",
     "March 2023: the two sides sign ...");
   - ``presence``: a copula of presence ("X was in Beijing to attend ...", "X was among the leaders at the
     summit", "X was one of the guests at the forum");
   - ``modal``: a modal state that took effect at a date ("Since June 1, X's citizens can enter ...");
3. at least one actor (known, or a titled person/organisation, or a state) is named in it.

Guards by category, read on the verb's own clause (relative, subordinate and participle-apposition clauses
and a trailing attribution ", the airline said on Monday" left out), each a reason a dated sentence with an
actor is no event: statistics and figures (measuring verbs, counted subjects, shares, a money/percent/volume
figure with a quantity subject), reported opinions and wishes (speech and cognition verbs, vows, quotations,
questions, a first-person narrator, conditionals, could/might/should), generic/habitual statements,
background states ("has been", "is one of", perfects, an event noun causing something, decades), anniversaries,
negations ("did not", "has yet to") and legs of a trip ("left Baku for Tbilisi"). An active verb needs its
subject among the actors (not the complement of a preposition, though "a delegation of X" acts for X).

The claim is typed by its verb's class (:data:`VERB_CLASSES`, PLOVER; default COOPERATE; "went to <place>"
is a visit), titled "<subject> <verb> <object>", its parties are the actors of the clause up to the object,
its keywords add the act's noun ("began building" -> start, construction) for the resolver, and its status is
planned for a planned form. A claim retelling a day-dated claim of the article with a shared party is left
out (:func:`retells`). It runs by default; ``TIMELINE_FALLBACK=0`` switches it off. Measured on the 26 dev sets
(session 10): +23 events, 19 of them gold, 2 false (a planned sending of a delegation, a date-tagger slip); it
splits one multi-source event of heldout12 (a day-precise wire lead the resolver does not join with another
source's month-precise claim).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline.extract.dates import anaphoric_month
from timeline.extract.events import (
    _ASKED_WH,
    _BOLD_LINE,
    _FB_RECIPROCAL,
    _FB_SPEECH_GIFT,
    _FB_STANCE_OBJECT,
    _QUESTION_TURN,
    _VAGUE_AGREEMENT,
    answering_side,
    figure_dates,
    filter_mentions,
    keywords_of,
    not_a_party,
    off_pair_question,
    tidy_title,
    usable_date,
)
from timeline.extract.types import ActorMention, Article, Claim, DateMention, Observation, Sentence, Status

if TYPE_CHECKING:
    from timeline.extract.events import ActorFinder

ENV_SWITCH = "TIMELINE_FALLBACK"


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: verb lemma -> (PLOVER type, mode, context); anything else is COOPERATE
VERB_CLASSES: dict[str, tuple[str, str | None, str | None]] = {
    **dict.fromkeys(("meet", "visit", "host", "receive", "travel", "tour", "arrive", "attend", "hold", "discuss",
                     "confer", "convene"), ("CONSULT", None, "diplomatic")),
    **dict.fromkeys(("sign", "agree", "ratify", "conclude", "initial", "approve", "endorse", "adopt"),
                    ("AGREE", None, "diplomatic")),
    **dict.fromkeys(("donate", "gift", "allocate", "disburse", "grant"), ("AID", None, "humanitarian")),
    **dict.fromkeys(("lend", "finance", "fund", "invest", "credit", "loan"), ("COOPERATE", None, "economic")),
    **dict.fromkeys(("deliver", "supply", "ship", "export", "sell", "buy", "purchase", "acquire"),
                    ("COOPERATE", None, "economic")),
    **dict.fromkeys(("ban", "restrict", "suspend", "halt", "revoke", "sanction", "expel", "freeze", "impose", "slap",
                     "levy"), ("SANCTION", None, None)),
    "summon": ("ACCUSE", None, "diplomatic"),  # session 17: an envoy summoned is a protest
    **dict.fromkeys(("criticise", "criticize", "condemn", "accuse", "denounce", "blame"), ("ACCUSE", None, None)),
    **dict.fromkeys(("reject", "veto", "boycott"), ("REJECT", None, None)),
    **dict.fromkeys(("withdraw", "resign", "evacuate"), ("RETREAT", None, None)),
    **dict.fromkeys(("deploy", "dispatch", "mobilise", "mobilize"), ("MOBILIZE", None, "military")),
    **dict.fromkeys(("arrest", "detain", "seize", "deport", "jail"), ("COERCE", None, None)),
    **dict.fromkeys(("release", "lift", "waive", "pardon"), ("CONCEDE", None, None)),
    **dict.fromkeys(("urge", "request", "demand", "appeal"), ("REQUEST", None, None)),
}

#: irregular simple pasts of event verbs -> lemma (speech, cognition and copulas are not here on purpose)
_IRREGULAR_PAST = {
    "began": "begin", "held": "hold", "met": "meet", "went": "go", "took": "take", "made": "make",
    "won": "win", "gave": "give", "sent": "send", "brought": "bring", "built": "build", "bought": "buy",
    "sold": "sell", "led": "lead", "left": "leave", "paid": "pay", "struck": "strike", "undertook": "undertake",
    "flew": "fly", "laid": "lay", "drew": "draw", "chose": "choose", "became": "become", "sought": "seek",
    "lent": "lend", "cut": "cut", "shut": "shut", "broke": "break", "froze": "freeze", "withdrew": "withdraw",
    "set": "set", "put": "put", "ran": "run", "rolled": "roll", "hosted": "host", "overtook": "overtake",
}
_IRREGULAR_PARTICIPLE = {
    "held": "hold", "met": "meet", "taken": "take", "made": "make", "given": "give", "sent": "send",
    "brought": "bring", "built": "build", "bought": "buy", "sold": "sell", "led": "lead", "paid": "pay",
    "struck": "strike", "laid": "lay", "drawn": "draw", "chosen": "choose", "begun": "begin", "lent": "lend",
    "won": "win", "set": "set", "put": "put", "undertaken": "undertake", "frozen": "freeze", "broken": "break",
    "withdrawn": "withdraw", "run": "run", "cut": "cut", "shut": "shut",
}
#: -ed words that are no event verbs: speech/cognition/measurement, states, adjectives and nouns
_NOT_EVENT = _wordset(
    "said told stated noted stressed emphasized emphasised believed considered claimed argued insisted added "
    "thought hoped wished wanted expected seemed appeared remained stayed continued used needed liked "
    "reported recalled explained described called named based related limited united advanced detailed "
    "red bed seed feed need speed hundred shed wed bred fled indeed proceed exceed succeed tied "
    "rose risen fell fallen grew grown increased decreased declined dropped jumped surged climbed soared "
    "plunged slumped doubled tripled halved reached amounted totalled totaled exceeded topped hit stood "
    "accounted averaged recorded registered posted handled transported carried shipped exported imported "
    "produced attracted welcomed served numbered ranked equalled equaled outpaced outstripped "
    "marked celebrated commemorated observed focused focussed aimed concerned involved included "
    "estimated predicted forecast projected warned suggested reckoned denied acknowledged admitted "
    "asked answered replied responded commented remarked followed preceded vowed pledged promised threatened "
    "played lasted "
    # speech acts of attitude: "a report expressed concern", "the minister voiced support" (what was said)
    "expressed voiced reiterated reaffirmed underlined highlighted"
)
_ADJ_BEFORE = _wordset(
    "the a an this that these those its his her their our my your newly recently so-called much "
    "has have had having is are be been being am to not never"
)

# ------------------------------------------------------------------ guards (one pattern per category)

_STAT_FIGURE = re.compile(
    r"(?:[$€£¥]\s?\d|\b(?:USD|US\$|EUR|RMB|CNY|yuan|manat|soum)\s?\d|\d\s?%|\b(?:\d[\d,.]*|two|three|four|five|"
    r"six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\s*(?:per\s?cent|percent|"
    r"billion|million|thousand|trillion|bn|mln|tonnes?|tons?|TEU|containers|barrels|bcm|cubic|kilomet|km|MW|GW|"
    r"kWh|passengers|tourists|visitors|trains|flights|students|units|vehicles|cars|buses|times)\b)",
    re.I,
)
_STAT_VERB = re.compile(
    r"\b(?:rose|risen|rising|rises|fell|fallen|falls|grew|grown|grows|increased|increases|decreased|declined|"
    r"dropped|jumped|surged|climbed|soared|plunged|slumped|doubled|tripled|halved|reached|reaches|amounted|"
    r"totall?ed|totals|exceeded|exceeds|topped|stood\s+at|accounted\s+for|averaged|made\s+up|was\s+up|"
    r"stretch(?:ed|es)\s+for|lasted|spanned|"
    r"was\s+down|were\s+up|were\s+down|grow|rise|increase|double|reach|exceed|top|total)\b",
    re.I,
)
#: a counted plural or a share as subject or object ("52 students received", "the majority of", "compared with")
_STAT_COUNT = re.compile(
    r"(?:^|[\s,(])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)"
    r"\s+(?:(?:more|new|young|foreign|young|of\s+the)\s+)?[a-z]+s\s+(?:\w+\s+){0,2}?(?:[a-z]+ed|received|got|took|"
    r"came|went|visited|arrived|travel+ed)\b|\b(?:compared\s+(?:with|to)|majority|bulk|half\s+of|third\s+of|"
    r"quarter\s+of|most\s+of)\b",
    re.I,
)
#: not counts: a definite group ("the two presidents", "both sides"), a half-year ("in the first half of 2024")
_DEFINITE_GROUP = re.compile(
    r"\b(?:the|both|all|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:first|second)\s+half\s+of\b",
    re.I,
)
_STAT_SUBJECT = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|volumes?|shares?|output|production|investments?|traffic|growth|GDP|"
    r"revenues?|prices?|cargo|freight|throughput|number|numbers|figures?|capacity|deficit|surplus|inflow|"
    r"flows?|sales|demand|supply|stock|portion|percentage|proportion)\b",
    re.I,
)
_OPINION = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states(?=\s+that\b)|noted|notes|stressed|stresses|emphasi[sz]e[ds]?|believes?|"
    r"believed|thinks?|thought|hopes?|hoped|hoping|wish(?:es|ed)?|wants?|wanted|expects|expected(?!\s+to)|"
    r"argued?|argues|claims?|claimed|insisted|insists|warned|warns|suggested|suggests|predicted|predicts|"
    r"estimated|reckons?|according\s+to|reportedly|allegedly|likely|unlikely|seems?|seemed|appears?|appeared|"
    r"recalled|recalls|added|adds|explained|explains|vow(?:s|ed)|pledg(?:es|ed)|promis(?:es|ed)|threaten(?:s|ed)|"
    r"in\s+(?:his|her|their|my|our)\s+(?:view|opinion|words)|"
    # idioms of blame and alarm are statements, not acts ("criticised", "condemned" are typed ACCUSE instead)
    r"slamm(?:ed|s)|slams|blast(?:ed|s)|lash(?:ed|es)\s+out|hit\s+out|rebuk(?:ed|es)|warnings?|the\s+alarm)\b"
    r"|\bI\b(?!\.)",
    re.I,
)
_QUOTED = re.compile(r"[\"“”«»]|(?:^|\s)['‘](?=\w)")
_HYPOTHETICAL = re.compile(r"\b(?:could|might|may|should|would|must|ought|perhaps|possibly|probably)\b|"
                           r"\b(?:[Ii]f|[Uu]nless|[Ww]hether|[Hh]ad\s+\w+\s+been)\b")
_HABITUAL = re.compile(
    r"\b(?:usually|often|always|regularly|traditionally|typically|generally|annually|routinely|frequently|"
    r"normally|every\s+(?:year|month|week|day|summer|spring|autumn|winter)|each\s+(?:year|month|week)|"
    r"tends?\s+to|used\s+to)\b",
    re.I,
)
_BACKGROUND = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|long\s+|since\s+)?been\b|\b(?:is|are)\s+(?:also\s+)?"
    r"(?:one|among|part|home|the\s+(?:first|largest|biggest|main|only|second))\b|\bremains?\b|"
    r"\bfor\s+(?:decades|years|centuries|months)\b|\bever\s+since\b|\bhistorically\b|\bsince\s+then\b|"
    r"\b(?:invasion|war|crisis|pandemic|conflict|revolution|blast|collapse|decision|sanctions|closure|outbreak)\b"
    r"[^,;]{0,60}?\b(?:turned|made|brought|forced|prompted|pushed|gave|drove|led|came|changed)\b",
    re.I,
)
#: a leg of a trip (departure, return, flight home): part of the visit, not an event of its own; "leave X today
#: for Y" too (session 18, lead)
_ITINERARY = re.compile(
    r"\b(?:(?:leave|leaves|left)\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:(?:later\s+)?(?:today|tomorrow|tonight)\s+|"
    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?for\b|depart(?:s|ed)?|return(?:s|ed)?\s+(?:home|to)|fl(?:y|ies|ew)\s+(?:home|back|on|out|to)|"
    r"head(?:s|ed)?\s+(?:home|back|to)|stepped\s+off|touch(?:es|ed)\s+down|landed)\b",
    re.I,
)
#: procedural steps and ceremonial occasions (round 12, lead): launching a tender or a review, hosting a dinner
#: or a reception for all participants - no act between the parties (cues read the bilateral banquets they know)
_PROCEDURE = re.compile(
    r"\b(?:tenders?|bidding|auctions?|reviews?|studies|study|investigations?|inquir(?:y|ies)|probes?|audits?|"
    r"surveys?|assessments?)\s+(?:for|of|into|on)\b"
    r"|\b(?:gala\s+)?(?:dinners?|banquets?|luncheons?|receptions?|galas?|concerts?|fireworks)\s+(?:for|in\s+honou?r\s+of)"
    r"\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:heads?|participants|guests|delegations?|leaders|members)\b",
    re.I,
)
_ANNIVERSARY = re.compile(r"\banniversar\w*|\bjubilee\b|\bmarks?\b|\bmarked\b|\bcommemorat\w*", re.I)
_NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|yet\s+to|failed\s+to|refused\s+to|declined\s+to|neither|nor|nobody|nothing|"
    r"none)\b|n['’]t\b",
    re.I,
)

# ------------------------------------------------------------------ verb forms

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PLAN = re.compile(
    r"\b(?P<aux>will|shall|plans?\s+to|planned\s+to|intends?\s+to|(?:is|are)\s+(?:due|expected|scheduled|set|"
    r"slated|poised|going)\s+to|(?:is|are)\s+to)\s+(?:\w+ly\s+|also\s+|soon\s+|jointly\s+)?(?P<be>be\s+)?"
    r"(?P<verb>[a-z]{2,})\b",
)
_PRESENCE = re.compile(
    r"\s+(?:was|were)\s+(?:also\s+)?(?:(?P<in>in)\s+(?P<place>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    r"(?P<purpose>[^.;]*?\bto\s+(?P<verb>[a-z]{3,}))?|(?P<among>among|one\s+of)\b(?P<rest>[^.;]*))",
    re.I,
)
_GATHERING = re.compile(
    r"\b(?:summit|forum|conference|meeting|ceremony|session|congress|expo|exhibition|fair|parade|talks|"
    r"celebrations?|games|inauguration|festival|assembly|gathering|signing)\b",
    re.I,
)
_MODAL_STATE = re.compile(
    r"\b(?:can|may|are\s+(?:able|allowed|permitted)\s+to|is\s+(?:able|allowed|permitted)\s+to)\s+(?:now\s+)?"
    r"(?P<verb>[a-z]{3,})\b",
)
_SINCE = re.compile(r"\b(?:since|from|as\s+of|starting|effective)\s+$", re.I)
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|through|before|after|by|from|between|to|and|than|of)\s+"
                           r"(?:early\s+|late\s+|mid-?\s*)?(?:the\s+end\s+of\s+)?$", re.I)
_ROW_HEAD = re.compile(r"^[\s*_#>|•-]*$")
_ROW_JOINT = re.compile(r"[\s*_,]*(?:[—–:|-]+|,)\s*")
_SUBORDINATE_OPEN = re.compile(
    r"\W*(?:after|before|when|while|since|as|although|though|because|once|until|following|despite)\b", re.I
)
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where|when)\b[^,;]*|\b(?:who|whom|whose)\s[^,;]*", re.I)
#: a participle phrase between commas (", agreed in 2025,", ", signed in Astana in July,"): its date is not the verb's
_APPOSITIVE_PARTICIPLE = re.compile(
    r",\s+(?:\w+ly\s+)?(?-i:[a-z]+ed|built|held|made|signed|set|won|begun)\b[^,;]*,", re.I
)
#: a subordinate clause inside the sentence ("a few weeks after X signed ...", "when Y proposed ..."): no main verb
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|while|until|because|although|though|once|whereas|as\s+soon\s+as)\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:[a-z]+ed|[a-z]{3,}s|"
    + "|".join(_IRREGULAR_PAST)
    + r")\b[^,;]*",
    re.I,
)
_OBJECT_STOP = _wordset(
    "in on at during after before since when while which who that as for from by with under over amid "
    "following between until to into and or but than this last next"
)
_DETERMINERS = _wordset("the a an its his her their our this that these those some")
_KINDS = {"person", "state", "organisation"}
#: the end of the verb's clause: a coordinated clause or a new sentence part
#: a trailing attribution (", the airline said on Wednesday."): the report's source, not an opinion
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,5}?(?:said|says|told\s+[\w.-]+(?:\s+[\w.-]+)?|"
    r"reported|reports|announced|confirmed|added)(?:\s+(?:on|late|early)\s+\w+|\s+in\s+a\s+statement)?"
    r"[\s.!\"”*_]*$"
)
_MONTH_WORD = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|(?:last|next|this|spring|summer|autumn|winter|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$",
    re.I,
)
_TRIP = re.compile(r"\s+(?:to|on\s+a\s+(?:\w+\s+)?(?:visit|trip)\s+to)\s+(?-i:[A-Z])")
#: session 17: "went to the opening of the Olympics", "came to the summit in Lima": attending a gathering
_TO_GATHERING = re.compile(
    r"\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:opening|closing|summit|forum|ceremony|games|olympics|"
    r"inauguration|funeral|congress|conference|parade|celebrations?|festival|expo|exhibition|coronation|"
    r"swearing-in)\b",
    re.IGNORECASE,
)
#: "a delegation of the Senate", "the head of X", "representatives from Y": the group acts for its body
_GROUP_OF = re.compile(
    r"\b(?:delegations?|group|members?|heads?|chair(?:man|woman|person)?|leaders?|representatives|officials|"
    r"president|ministers?|team|envoys?|experts|specialists)\s+(?:of|from)\s+(?:(?:the|a|an)\s+)?$",
    re.I,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|to|into|in|at|from|with|for|by|on|across|between|near|towards?|like|than|under|over|via|about|"
    r"against|including|among|through|within|inside|outside)\s+(?:(?:the|a|an)\s+)?$",
    re.I,
)
_CLAUSE_JOINT = re.compile(r";|:\s|,\s+(?:but|and|while|whereas|yet)\s|\s+but\s")
#: an event date is at least a year; a decade ("in the 2010s", "throughout the 1990s") is a background period
_EVENT_PRECISION = {"year", "season", "quarter", "month", "week", "day", "interval"}
#: a leading attribution over a reported plan: "KTZ (also) said (that)", "The ministry announced on Monday"
_LEADING_ATTRIBUTION = re.compile(
    r"[\s\"“*_]*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’.&-]+\s+){1,6}?(?:also\s+)?"
    r"(?:said|says|announced|announces|reported|confirmed|confirms|told\s+(?:reporters|journalists))"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+|\s+in\s+a\s+statement)?\s+(?:that\s+)?(?=(?:an?|the|its|their)\s)",
    re.I,
)
#: the subject of a departure or arrival that is a service, not a traveller
_VEHICLE_SUBJECT = re.compile(
    r"\b(?:trains?|flights?|ships?|vessels?|ferr(?:y|ies)|services?|convoys?|caravans?|shipments?|cargo|"
    r"consignments?|planes?|aircraft)\b",
    re.I,
)
#: session 18: verbs of support whose reciprocal object ("supported each other", "helped one another") sums up a
#: period, and whose object of principle ("backed a Palestinian state") states a position, not a dated act
_SUPPORT_VERBS = _wordset("support back endorse help assist aid")
_TO_AFTER = re.compile(r"[^.;,]{0,40}?\bto\b")
#: "agreed to develop a strategic partnership": a vague verb over a concrete status or document
_CONCRETE_OBJECT = re.compile(
    r"[^.;,]{0,60}?\b(?:partnership|alliance|treaty|agreement|memorandum|declaration|roadmap|road\s+map|"
    r"programme|program|zone|corridor|railway|pipeline|plant|hub|centre|center)\b",
    re.I,
)
_PAIR_SUBJECT = re.compile(r"\b(?:the\s+)?(?:two|both)\s+(?:sides|countries|states|leaders|presidents|governments|"
                           r"nations|parties|ministers|heads\s+of\s+state)\s+(?:\w+ly\s+|also\s+|then\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class _Verb:
    """The main verb the fallback found: its form, lemma, offsets and status."""

    form: str  # past | plan | present | presence | modal
    lemma: str
    start: int
    end: int
    status: Status = "occurred"
    passive: bool = False
    #: the verb phrase for the title (dates left out)
    phrase: str = ""


def enabled() -> bool:
    """The fallback runs unless ``TIMELINE_FALLBACK`` is "0"/"off"/"false"/"no"."""
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in {"0", "off", "false", "no"}


def fallback_claims(
    article: Article,
    sentences: Sequence[Sentence],
    dates: Sequence[DateMention],
    finder: ActorFinder,
    claims: Sequence[Claim],
    observations: Sequence[Observation] = (),
    pair: tuple[ActorMention, ActorMention] | None = None,
) -> list[Claim]:
    """Low-confidence claims for the body sentences of ``article`` that gave no claim and no observation;
    ``pair`` (the article's two main states) are the parties of "the two sides/countries/leaders". A claim that
    retells one of ``claims`` (:func:`retells`) is left out."""
    text = article.text
    taken = sorted((c.start, c.end) for c in claims)
    figures = sorted((o.start, o.end) for o in observations)
    out: list[Claim] = []

    def find(start: int, end: int) -> list[ActorMention]:
        return finder.find(text, start, end, on=None)

    own = answering_side(text, pair, find)
    interview = _QUESTION_TURN.search(text) is not None
    for sent in sentences:
        if sent.paragraph >= 0 and any(s < sent.end and sent.start < e for s, e in taken):
            out.extend(_clause_claims(article, sent, dates, finder, claims, figures))
            continue
        if sent.paragraph < 0:
            continue
        if off_pair_question(text, sent.start, pair, find, own):
            continue  # a journalist's question about another matter
        if interview and _BOLD_LINE.match(text, text.rfind("\n", 0, sent.start) + 1):
            continue  # session 15: the interviewer's bold prompt ("**President X was in China again this summer.**")
        copular = member_claims(text, sent, dates, finder, pair) or inset_claims(text, sent, dates, finder, pair)
        if copular:
            out.extend(c for c in copular if not any(retells(c, told) for told in claims))
            continue
        claim = sentence_claim(text, sent, dates, finder, article.published, pair)
        if claim is not None and any(s < sent.end and sent.start < e for s, e in figures) and not _act_over_figure(
            claim
        ):
            continue  # the figure is the sentence's news (an observation), not an act
        if claim is not None and not any(retells(claim, c) for c in claims):
            out.append(claim)
    return out


#: a coordinated clause of its own: "A border agreement was signed in April 1994; ..., and demarcation was completed
#: eight years later"
_CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?:and|but)\s+(?=(?:the\s+|a\s+|an\s+)?[a-z]+\s+(?:was|were)\s)")
#: a coordinated clause opening with its own time and then its own named subject: "…, and in January 2021 Azerbaijan
#: began vaccinating its citizens", "…, but on 3 May Kyrgyzstan closed the crossing" (session 12)
_DATED_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?=(?:in|on|by|since|during|last|early|late|later|this)\b[^,;.]{1,40}?\s+(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?-i:[a-z]+ed|began|sent|made|held|took|gave|won|led|set|met|paid|signed)\b)"
)


def _clause_claims(
    article: Article,
    sent: Sentence,
    dates: Sequence[DateMention],
    finder: ActorFinder,
    claims: Sequence[Claim],
    figures: Sequence[tuple[int, int]],
) -> list[Claim]:
    """Claims of the later coordinated clauses of a sentence that gave cue claims: a clause with a date of its own
    that no claim of the sentence took and a passive past verb ("..., and demarcation was completed eight years
    later"); its parties are the sentence's (the same story), unless it names its own."""
    text = article.text
    mine = [c for c in claims if c.start < sent.end and sent.start < c.end]
    if any(s < sent.end and sent.start < e for s, e in figures) or not mine:
        return []
    used = {(c.date.start, c.date.end) for c in mine}
    dated = {m.end() for m in _DATED_CLAUSE.finditer(text, sent.start, sent.end)}
    cuts = sorted({m.end() for m in _CLAUSE_SPLIT.finditer(text, sent.start, sent.end)} | dated)
    if not cuts:
        return []
    bounds = [sent.start, *cuts, sent.end]
    out: list[Claim] = []
    for lo, hi in itertools.pairwise(bounds[1:]):
        part = Sentence(lo, hi, text[lo:hi], sent.paragraph)
        own = _own_dates(text, part, dates)
        if not own or any((d.start, d.end) in used for d in own) or any(lo <= c.start < hi for c in mine):
            continue
        parties = [replace(a, role="participant") for a in mine[0].actors if a.kind in _KINDS][:4]
        claim = sentence_claim(text, part, dates, finder, article.published, inherited=parties)
        if claim is None or any(retells(claim, c) for c in mine):
            continue
        # a passive clause shares the sentence's parties; an active one needs its own named subject
        subject = lo in dated and any(a.role == "actor" and lo <= a.start < hi for a in claim.actors)
        if claim.rule.startswith("fallback.passive") or subject:
            out.append(claim)
    return out


#: transactions whose figure is only their size: "the bank agreed a $10 billion loan package with X", "COSCO bought
#: a 49% stake in Y" tell an act between parties (a claim) besides the figure (an observation)
_TRANSACTION_VERBS = _wordset("agree sign conclude buy acquire purchase sell lend award win")


def _act_over_figure(claim: Claim) -> bool:
    """A fallback claim of a sentence that also gave an observation stands when its verb is an active past
    transaction with its subject among the actors and another party named (the figure is the deal's size)."""
    parts = claim.rule.split(".")
    if len(parts) != 2 or parts[1] not in _TRANSACTION_VERBS:
        return False  # a planned, passive or present form, or a verb of another class
    return any(a.role == "actor" for a in claim.actors) and len(claim.actors) >= 2


def retells(new: Claim, told: Claim) -> bool:
    """``new`` retells ``told``: the same day (or a date inside told's day-precise span) and a shared party.

    A fallback claim of a lead's retelling ("on Friday began building the railway" after "broke ground on
    Friday") would only split the event the cues found."""
    a, b = new.date, told.date
    if not (a.lower and a.upper and b.lower and b.upper) or b.precision not in {"day", "interval"}:
        return False
    if not (b.lower <= a.lower and a.upper <= b.upper):
        return False
    return bool({x.name for x in new.actors} & {x.name for x in told.actors})


def sentence_claim(
    text: str,
    sent: Sentence,
    dates: Sequence[DateMention],
    finder: ActorFinder,
    published: dt.date | None = None,
    pair: tuple[ActorMention, ActorMention] | None = None,
    inherited: Sequence[ActorMention] = (),
) -> Claim | None:
    """The fallback claim of one sentence, or None (see the module doc for the conditions); ``inherited`` are the
    parties of a passive clause that names none (a coordinated clause of a sentence whose claims named them)."""
    body = text[sent.start : sent.end]
    own = _own_dates(text, sent, dates)
    if not own or body.rstrip(" *_\"'”’»)]").endswith("?"):
        return None
    verb = _main_verb(text, sent, own)
    if verb is None:
        return None
    if verb.form != "modal" and _MODAL_STATE.search(body) and verb.form != "presence":
        return None
    to = _TO_AFTER.match(text, verb.end, sent.end) if verb.lemma == "agree" else None
    if to is not None and _VAGUE_AGREEMENT.match(text, to.end(), sent.end) and not _CONCRETE_OBJECT.match(
        text, to.end(), sent.end
    ):
        return None  # "agreed last month to expand cooperation": an intention, not an agreement on something
    lo, hi = _main_clause(text, sent)
    hidden = _hidden(text, lo, hi)
    visible = [d for d in own if verb.form == "modal" or (
        d.start >= lo and not any(s <= d.start < e for s, e in hidden))]
    left = [m.end() for m in _CLAUSE_JOINT.finditer(text, lo, verb.start)]
    right = _CLAUSE_JOINT.search(text, verb.end, hi)
    tail = _ATTRIBUTION_TAIL.search(text, verb.end, right.start() if right else hi)
    clause = (left[-1] if left else lo, tail.start() if tail else right.start() if right else hi)
    judged = clause
    said = _LEADING_ATTRIBUTION.match(text, clause[0], verb.start) if verb.form == "plan" else None
    if said is not None:
        judged = (said.end(), clause[1])  # "KTZ also said a trial train is scheduled to depart on June 25"
    why = guard(_without(text, judged, hidden))
    if why == "itinerary" and _VEHICLE_SUBJECT.search(text, judged[0], verb.start):
        why = None  # a train or a flight departing is the service's event, not a leg of someone's trip
    if why is not None:
        return None
    if _ASKED_WH.search(text, sent.start, verb.start) or (
        verb.lemma == "give" and _FB_SPEECH_GIFT.match(text, verb.end, clause[1])
    ):
        return None  # asked about in an indirect question; "gave Tehran words of support": speech, not goods
    if verb.lemma in _SUPPORT_VERBS and (
        _FB_RECIPROCAL.match(text, verb.end, clause[1]) or _FB_STANCE_OBJECT.match(text, verb.end, clause[1])
    ):
        return None  # "supported each other in the fight against ...": a summary; "backed a Kurdish state": a stance
    if verb.form not in {"modal", "present"}:  # a chronology item's date leads it ("May 2019: ...")
        visible = [d for d in visible if clause[0] <= d.start < clause[1]]
    date = _claim_date(text, visible, verb)
    if date is None:
        return None
    if verb.form == "past" and published and date.lower and date.lower > published:
        return None  # a past verb with a future date: a plan or a typo, not a told event
    comma = text.find(",", verb.end, clause[1])  # parties after the verb: its object phrase, not later appositions
    mentions = [
        a for a in finder.find(text, clause[0], comma if comma > 0 else clause[1], on=date.lower)
        if not any(s <= a.start < e for s, e in hidden)
    ]
    actors = _parties(text, sent, filter_mentions(text, mentions), date, verb)
    if not actors and pair and _PAIR_SUBJECT.search(text, sent.start, verb.start):
        actors = [replace(a, role="actor") for a in pair]
    if not actors and verb.passive and verb.form == "past":
        actors = list(inherited)
    if not actors:
        return None
    etype, mode, context = _classify(verb)
    reach = text[verb.end : min(clause[1], verb.end + 80)]
    if verb.lemma in {"hold", "host", "conduct", "stage"} and _EXERCISE.search(reach):
        etype, mode, context = "COOPERATE", None, "military"  # "the navies held the X 2026 exercise": drills
    elif verb.lemma == "bring" and _DELEGATION.search(reach):
        etype, mode, context = "CONSULT", "visit", "diplomatic"  # "brought a large business delegation": a trip
    if verb.lemma in {"go", "come"} and _TRIP.match(text, verb.end):
        etype, mode, context = "CONSULT", "visit", "diplomatic"  # "went to Beijing": a trip
    elif verb.lemma in {"go", "come"} and _TO_GATHERING.match(text, verb.end):
        etype, mode, context = "CONSULT", "multilateral", "diplomatic"  # "went to the opening of the Olympics"
    title = _title(text, sent, actors, verb)
    parts = ([] if verb.form == "past" else [verb.form]) + (["passive"] if verb.passive else []) + [verb.lemma]
    return Claim(
        title=title, event_type=etype, mode=mode, date=date, quote=body, start=sent.start, end=sent.end,
        actors=actors, status=verb.status, context=context, rule="fallback." + ".".join(parts),
        keywords=keywords_of(title, *_nominals(text, verb)),
    )


def _without(text: str, span: tuple[int, int], hidden: list[tuple[int, int]]) -> str:
    """The text of ``span`` with the relative and subordinate clauses inside it left out."""
    out, pos = [], span[0]
    for s, e in sorted(hidden):
        if s >= span[1] or e <= pos:
            continue
        out.append(text[pos : max(pos, s)])
        pos = max(pos, e)
    out.append(text[pos : span[1]])
    return " ".join(out)


def guard(sentence: str) -> str | None:
    """The category that makes ``sentence`` no event (None when no guard applies).

    Categories: "statistic", "opinion", "hypothetical", "habitual", "background", "anniversary", "negation",
    "itinerary" (a leg of a trip: departures, flights home), "procedure" (a tender, review or study for/of/into
    something; a dinner or reception for all heads, participants or guests).
    """
    if sentence.rstrip(" *_\"'”’»)]").endswith("?") or _QUOTED.search(sentence) or _OPINION.search(sentence):
        return "opinion"
    if _NEGATION.search(sentence):
        return "negation"
    if _ITINERARY.search(sentence):
        return "itinerary"
    if _HYPOTHETICAL.search(sentence):
        return "hypothetical"
    if _HABITUAL.search(sentence):
        return "habitual"
    if _ANNIVERSARY.search(sentence):
        return "anniversary"
    if _PROCEDURE.search(sentence):
        return "procedure"
    if _BACKGROUND.search(sentence):
        return "background"
    counted = _DEFINITE_GROUP.sub(" the ", sentence)
    if _STAT_VERB.search(sentence) or _STAT_COUNT.search(counted) or (
        _STAT_FIGURE.search(sentence) and _STAT_SUBJECT.search(sentence)
    ):
        return "statistic"
    return None


def _own_dates(text: str, sent: Sentence, dates: Sequence[DateMention]) -> list[DateMention]:
    inside = [d for d in dates if sent.start <= d.start and d.end <= sent.end]
    figures = figure_dates(text, sent.start, sent.end, inside)
    return [
        d for i, d in enumerate(inside)
        if i not in figures and usable_date(d) and not d.modifier and d.lower and d.precision in _EVENT_PRECISION
        and anaphoric_month(text, d) is None  # "under the March memorandum, X will ...": the memorandum's month
    ]


def _row_head(text: str, sent: Sentence, own: list[DateMention]) -> DateMention | None:
    """The date leading a chronology item ("2019 — ...", "March 2023: ..."), else None."""
    first = min(own, key=lambda d: d.start)
    if first.relative or not _ROW_HEAD.match(text[sent.start : first.start]):
        return None
    joint = _ROW_JOINT.match(text, first.end)
    return first if joint and joint.group().strip() else None


def _main_verb(text: str, sent: Sentence, own: list[DateMention]) -> _Verb | None:
    """The first event verb of the sentence's main clause in a form the fallback reads."""
    lo, hi = _main_clause(text, sent)
    masked = _masked(text, lo, hi, own)
    head = _row_head(text, sent, own)
    found: list[_Verb] = []
    for m in _PLAN.finditer(masked):
        word = m.group("verb")
        if m.group("be") and not (word.endswith("ed") or word in _IRREGULAR_PARTICIPLE):
            continue
        lemma = _lemma(word)
        if lemma and lemma not in {"be", "have"} and word not in _OBJECT_STOP | _DETERMINERS:
            found.append(_Verb("plan", lemma, lo + m.start(), lo + m.end(), "planned", bool(m.group("be"))))
    for m in _MODAL_STATE.finditer(masked):
        since = [d for d in own if d.start < lo + m.start() and _SINCE.search(text[max(0, d.start - 20) : d.start])]
        if since:
            found.append(_Verb("modal", m.group("verb"), lo + m.start(), lo + m.end()))
    for m in _PRESENCE.finditer(masked):
        if m.group("among"):
            gathering = _GATHERING.search(m.group("rest") or "")
            if gathering is None:
                continue
            head = re.search(r"(?:(?-i:[A-Z0-9])[\w'’-]*\s+){0,4}$", m.group("rest")[: gathering.start()])
            phrase = f"attended {(head.group() if head else '')}{gathering.group()}"
            found.append(_Verb("presence", "attend", lo + m.start(), lo + m.end(), phrase=phrase))
            continue
        purpose = m.group("purpose")
        lemma = m.group("verb") if purpose else "visit"
        end = lo + (m.end("verb") if purpose else m.end("place"))
        phrase = f"in {m.group('place')}" + (f" to {m.group('verb')}" if purpose else "")
        found.append(_Verb("presence", lemma, lo + m.start(), end, phrase=phrase))
    words = list(_WORD.finditer(masked))
    for i in range(len(words)):
        verb = _past_verb(masked, words, i, lo) or (_present_verb(words, i, lo) if head is not None else None)
        if verb is not None:
            found.append(verb)
    if not found:
        return None
    return min(found, key=lambda v: v.start)


def _main_clause(text: str, sent: Sentence) -> tuple[int, int]:
    """Offsets of the main clause: a fronted subordinate clause ("After ..., ") is skipped."""
    lo, hi = sent.start, sent.end
    if _SUBORDINATE_OPEN.match(text, lo, hi):
        comma = text.find(",", lo, hi)
        if comma > 0:
            lo = comma + 1
    return lo, hi


def _hidden(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of relative and subordinate clauses inside the main clause: neither its verb nor its date."""
    spans = [m.span() for m in _RELATIVE.finditer(text, lo, hi)]
    spans += [m.span() for m in _SUBORDINATE.finditer(text, lo, hi) if m.start() > lo]
    spans += [m.span() for m in _APPOSITIVE_PARTICIPLE.finditer(text, lo, hi)]
    return spans


def _masked(text: str, lo: int, hi: int, own: list[DateMention]) -> str:
    """The clause with relative/subordinate clauses and dates blanked out (same length, offsets kept)."""
    chars = list(text[lo:hi])
    for s, e in _hidden(text, lo, hi):
        chars[s - lo : e - lo] = " " * (e - s)
    for d in own:
        if lo <= d.start and d.end <= hi:
            chars[d.start - lo : d.end - lo] = "#" * (d.end - d.start)
    return "".join(chars)


_VOWELS = "aeiou"
#: stems whose lemma ends in a silent e ("create", "approve", "arrange", "vote", "declare", "settle", "issue")
_E_ENDINGS = ("at", "iz", "ov", "iv", "ur", "uc", "bl", "tl", "pl", "dl", "gl", "ag", "lv", "rv", "dg", "ac",
              "ut", "ot", "ang", "arg", "erg", "ar", "ic", "nc", "rc", "id", "ud", "ad", "ok", "ak", "am", "om", "im",
              "ap", "ib", "ir", "u", "ys", "ens", "ans", "ps", "rs", "ls", "ang", "eng", "plet")


def _lemma(word: str) -> str | None:
    """A verb lemma from a base, past or participle form (light rules; None for a non-verb)."""
    w = word.lower()
    if w in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[w]
    if w in _IRREGULAR_PARTICIPLE:
        return _IRREGULAR_PARTICIPLE[w]
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        if stem.endswith("ss"):
            return stem
        if stem.endswith("e"):  # "agreed", "decreed", "guaranteed"
            return stem + "e"
        if stem.endswith(_E_ENDINGS) or (stem.endswith("s") and stem[-2:-1] in _VOWELS):
            return stem + "e"
        return stem
    return w


_PARTICIPLE_BEFORE = re.compile(r",\s*(?:\w+ly\s+)?$")
#: a finite verb right after the past form: the past form ends a relative clause of the subject ("the doses X
#: received were Chinese", "the treaty they signed is still in force")
_COPULA_NEXT = re.compile(r"\s+(?:is|are|was|were|has|have|had|remains|remained|became|proved|seemed)\b")
_PARTICIPLE_AFTER = re.compile(r"\s+by\b")
#: a reduced relative after a common noun: "a government report released on Monday | expressed concern": an adjunct
#: (no object, a blanked date "#") and then the clause's own past verb, not coordinated, not a passive agent ("by")
_REDUCED_RELATIVE_AFTER = re.compile(
    r"\s+(?:(?:on|in|at|last|earlier|this|during)\b|#)[^,;:.()\[\]]{0,50}?\s(?<!\band\s)(?<!\bor\s)(?<!\bbut\s)"
    r"(?<!\bthen\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bhas\s)"
    r"(?<!\bhave\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bits\s)(?<!\btheir\s)(?P<verb>(?-i:[a-z])\w+)\b(?!\s+by\b)"
)
_PRONOUN_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "it", "they", "who", "which", "that", "and", "or",
                               "but", "then", "also", "both", "all", "jointly", "later", "again", "first"})
#: what follows a historic present verb: its object, an adjunct or the end ("opens, the first ...", "visits Baku")
_PRESENT_NEXT = re.compile(
    r"[\s*_]*(?:[.,;:!)(]|$|(?-i:[A-Z0-9])|(?:the|a|an|its|his|her|their|to|from|in|on|at|with|for|into|off|up|"
    r"out|down|over|serial|first|new|two|talks|relations)\b)",
    re.I,
)


_ED_NOUNS = _wordset("hundred indeed proceed exceed succeed speed seed feed need shed bred based related limited "
                     "united advanced detailed concerned")


def _is_past_form(low: str) -> bool:
    """A simple past form: the irregular table or a regular -ed form."""
    return low in _IRREGULAR_PAST or low in {"said", "told"} or (
        low.endswith("ed") and len(low) > 4 and low not in _ED_NOUNS
    )


def _past_verb(masked: str, words: list[re.Match[str]], i: int, lo: int) -> _Verb | None:
    w = words[i]
    word = w.group()
    low = word.lower()
    if word[0].isupper() or low in _NOT_EVENT:
        return None
    prev = words[i - 1].group().lower() if i else ""
    prev2 = words[i - 2].group().lower() if i > 1 else ""
    is_past = low in _IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)
    if not is_past:
        return None
    if prev in {"was", "were"} or (prev.endswith("ly") and prev2 in {"was", "were"}) or (
        prev in {"also", "then", "later", "again", "jointly", "officially", "formally", "successfully"}
        and prev2 in {"was", "were"}
    ):
        lemma = _lemma(word)
        return _Verb("past", lemma or low, lo + w.start(), lo + w.end(), passive=True) if lemma else None
    if prev in _ADJ_BEFORE or (prev.endswith("ly") and prev2 in _ADJ_BEFORE):
        return None
    if _COPULA_NEXT.match(masked, w.end()):
        return None  # session 16: "the first doses Azerbaijan received were Chinese": a relative clause of the subject
    if _PARTICIPLE_BEFORE.search(masked, 0, w.start()) or _PARTICIPLE_AFTER.match(masked, w.end()):
        return None  # ", established in 2011,": a participle phrase; "recognised by the UN": a reduced passive
    if i and prev.isalpha() and words[i - 1].group()[0].islower() and prev not in _PRONOUN_SUBJECTS:
        after = _REDUCED_RELATIVE_AFTER.match(masked, w.end())
        if after is not None and _is_past_form(after.group("verb").lower()):
            return None  # "a report released on Monday expressed ...": the participle modifies the subject
    lemma = _lemma(word)
    return _Verb("past", lemma or low, lo + w.start(), lo + w.end()) if lemma else None


def _present_verb(words: list[re.Match[str]], i: int, lo: int) -> _Verb | None:
    """Historic present of a dated chronology item: "X visits Y", "the two sides sign", "X is elected"."""
    w = words[i]
    low = w.group()
    if not low.islower() or not i:
        return None
    prev = words[i - 1].group()
    if low in {"is", "are"} and i + 1 < len(words):
        nxt = words[i + 1].group()
        lemma = _lemma(nxt) if nxt.endswith("ed") or nxt in _IRREGULAR_PARTICIPLE else None
        return _Verb("present", lemma, lo + w.start(), lo + words[i + 1].end(), passive=True) if lemma else None
    if low in _NOT_EVENT or low in {"is", "has", "was", "does", "this", "its", "his", "as", "us", "thus", "plus"}:
        return None
    subject_end = prev[0].isupper() or prev.lower() in {"sides", "countries", "leaders", "presidents",
                                                        "ministers", "governments", "states", "parties", "and"}
    if not subject_end:
        return None
    nxt_ok = _PRESENT_NEXT.match(words[i].string, w.end()) is not None
    if not nxt_ok:
        return None
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        stem = low[:-2] if low.endswith(("shes", "ches", "xes", "sses", "zes")) else low[:-1]
        if low.endswith("ies"):
            stem = low[:-3] + "y" if len(low) > 5 else low[:-1]
        return _Verb("present", stem, lo + w.start(), lo + w.end())
    if prev.lower() in {"sides", "countries", "leaders", "presidents", "ministers", "governments", "states",
                        "parties"} and low in VERB_CLASSES:
        return _Verb("present", low, lo + w.start(), lo + w.end())
    return None


def _claim_date(text: str, own: list[DateMention], verb: _Verb) -> DateMention | None:
    """The own date of the verb's clause nearest to it; bounds ("since", "until", "by") are no event date,
    except the start of a modal state ("Since June 1, ... can") and a plan's deadline ("by 2030")."""
    usable = []
    for d in own:
        before = text[max(0, d.start - 30) : d.start]
        if verb.form == "modal":
            if _SINCE.search(before):
                usable.append(d)
            continue
        m = _BOUND_BEFORE.search(before)
        if m and not (verb.form == "plan" and m.group().strip().lower().startswith(("by", "from"))):
            continue
        usable.append(d)
    if not usable:
        return None
    best = min(usable, key=lambda d: abs(d.start - verb.start))
    if verb.form == "modal":
        return replace(best, note=(best.note or "start of the state the sentence tells"))
    return best


def _parties(
    text: str, sent: Sentence, mentions: list[ActorMention], date: DateMention, verb: _Verb
) -> list[ActorMention]:
    """Known or titled people, organisations and states of the sentence, outside its dates and outside the
    engine's non-parties (:func:`not_a_party`); roles by side."""
    out: list[ActorMention] = []
    seen: set[str] = set()
    for a in mentions:
        if a.kind not in _KINDS or a.name in seen or (date.start <= a.start < date.end):
            continue
        if not_a_party(text, a, verb.start):
            continue  # a dateline city, a product's origin, the setting of "after the collapse of the USSR"
        seen.add(a.name)
        before = a.start < verb.start
        window = (max(sent.start, a.start - 40), a.start)
        if before and _PREPOSITION_BEFORE.search(text, *window) and not _GROUP_OF.search(text, *window):
            role = "participant"  # "queues into China stretched": the complement of a preposition is no subject
        else:
            role = "actor" if before else "recipient" if verb.form != "presence" else "location"
        out.append(replace(a, role=role))
    if not any(a.role == "actor" for a in out) and verb.form in {"past", "present"} and not verb.passive:
        return []  # an active verb needs its subject among the actors
    return out[:4]


#: the noun of an act, so that "began building the railway" shares "construction" with "construction ... starts"
_NOMINAL = {
    "build": "construction", "construct": "construction", "open": "opening", "sign": "signing", "meet": "meeting",
    "visit": "visit", "launch": "launch", "deliver": "delivery", "establish": "establishment", "begin": "start",
    "start": "start", "complete": "completion", "inaugurate": "inauguration", "host": "hosting",
}
_GERUND_OBJECT = re.compile(r"\s+([a-z]{3,}ing)\b")


def _nominals(text: str, verb: _Verb) -> list[str]:
    """Nouns of the verb's act and of a gerund object ("began building" -> start, construction)."""
    out = [_NOMINAL[verb.lemma]] if verb.lemma in _NOMINAL else []
    m = _GERUND_OBJECT.match(text, verb.end)
    if m:
        stem = m.group(1)[:-3]
        for lemma in (stem, stem + "e", stem[:-1]):
            if lemma in _NOMINAL:
                out.append(_NOMINAL[lemma])
                break
    return out


#: session 17: a military exercise held or hosted (COOPERATE/military, not a meeting)
_EXERCISE = re.compile(r"^\s+(?:[\w'’.-]+\s+){0,6}?(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games)\b", re.I)
#: session 17: a delegation brought along ("brought a large business delegation with him"): the bringer travelled
_DELEGATION = re.compile(r"^\s+(?:[\w'’.-]+\s+){0,3}?delegations?\b", re.I)


def _classify(verb: _Verb) -> tuple[str, str | None, str | None]:
    if verb.form == "presence":
        return "CONSULT", "visit" if verb.lemma == "visit" else None, "diplomatic"
    if verb.form == "modal":
        return "COOPERATE", None, None  # a regime that took effect (visa-free entry, a lifted ban)
    return VERB_CLASSES.get(verb.lemma, ("COOPERATE", None, None))


#: Session 17: prepositions that may open a verb's complement in a title ("went to", "gave way to")
_PP_OPENERS = frozenset({"to", "for", "with", "into", "from", "against", "towards"})
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
#: a word or a figure of a title's object ("Resolution 2231")
_TITLE_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def _title(text: str, sent: Sentence, actors: list[ActorMention], verb: _Verb) -> str:
    """"<subject> <verb phrase> <object>" (at most six object words, no dates or clauses); a passive's
    subject is its noun phrase ("Yutong buses were delivered to Baku")."""
    doers = [a.name for a in actors if a.role == "actor"][:3] or [actors[0].name]
    subject = ", ".join(doers[:-1]) + " and " + doers[-1] if len(doers) > 1 else doers[0]
    if (verb.passive and verb.form == "past") or verb.form == "modal":
        lo = _main_clause(text, sent)[0]
        skip = _DETERMINERS | {"was", "were", "is", "are", "also", "now", "then", "since"}
        before = [
            w for w in _WORD.findall(text[lo : verb.start]) if w.lower() not in skip and not _MONTH_WORD.match(w)
        ][-5:]
        if before:
            subject = " ".join(before)
    phrase = verb.phrase or " ".join(text[verb.start : verb.end].split())
    tail: list[str] = []
    prev_end = verb.end
    if not verb.phrase.startswith("attended"):
        prev_word = ""
        for m in _TITLE_WORD.finditer(text, verb.end, sent.end):
            word = m.group()
            gap = text[prev_end : m.start()]
            stops = _OBJECT_STOP - {"to", "without", "for"} if verb.form == "modal" else _OBJECT_STOP
            if not tail and prev_word.lower() == "the" and word.lower() in {"next", "last"} and not any(
                ch in gap for ch in ",;:()\"“”—–"
            ):
                prev_end, prev_word = m.end(), word  # "host the next Maritime Security Belt exercise": an ordinal
                continue
            if not tail and word.lower() in _PP_OPENERS:
                stops = stops - _PP_OPENERS  # session 17: "went to the opening of …", not "went"
            if tail and word.lower() == "of" and tail[-1].lower() not in _DETERMINERS:
                stops = stops - {"of"}  # "words of support", "the opening of the Olympics"
            if any(ch in gap for ch in ",;:()\"“”—–") or word.lower() in stops:
                break
            if word[0].isdigit() and not (tail and tail[-1][:1].isupper() and not _YEAR.fullmatch(word)):
                continue  # a figure or a year is left out; one after a name is part of it ("Resolution 2231")
            prev_end, prev_word = m.end(), word
            if not tail and word.lower() in _DETERMINERS:
                continue
            tail.append(word)
            if len(tail) >= (8 if tail[0].lower() in _PP_OPENERS else 6):
                break
    while tail and tail[-1].lower() in _DETERMINERS | _PP_OPENERS | {"of", "off", "and", "the"}:
        tail.pop()  # "held the exercise off the" → "held the exercise"
    return tidy_title(" ".join([subject, phrase, *tail]).strip())


# ------------------------------------------------------------------ copulas and insets with their own date

#: a past membership copula: "Both countries were founding members of A in 1996 and of B in June 2001",
#: "X became a full member of Y in 2015" (the present "is a member" is a state, not an event)
_MEMBER_COPULA = re.compile(
    r"\b(?:was|were|became)\s+(?:also\s+)?(?:(?:a|an|the|among\s+the|one\s+of\s+the)\s+)?"
    r"(?:(?P<kind>founding|founder|full|full-fledged|permanent|associate)\s+)?members?\s+of\b",
    re.I,
)
_PAIR_BEFORE = re.compile(r"\b(?:both|the\s+two)\s+(?:countries|states|nations|sides|governments)\s+$", re.I)


def member_claims(
    text: str,
    sent: Sentence,
    dates: Sequence[DateMention],
    finder: ActorFinder,
    pair: tuple[ActorMention, ActorMention] | None = None,
) -> list[Claim]:
    """One claim per dated body of a past membership copula ("were founding members of the Shanghai Five in 1996
    and of the SCO in June 2001"): founding is AGREE (the founders' accord), joining COOPERATE (rule
    ``fallback.member``); the subject's actors (or the article pair for "both countries") and the body are the
    parties."""
    m = _MEMBER_COPULA.search(text, sent.start, sent.end)
    if m is None or guard(text[sent.start : sent.end]) not in {None, "statistic"}:
        return []
    own = [d for d in _own_dates(text, sent, dates) if d.start > m.end()]
    if not own:
        return []
    lo = sent.start
    if _SUBORDINATE_OPEN.match(text, sent.start):
        lo = max(sent.start, text.rfind(",", sent.start, m.start()) + 1)
    found = filter_mentions(text, finder.find(text, lo, m.start(), on=own[0].lower))
    subject = [replace(a, role="actor") for a in found if a.kind in _KINDS]
    if not subject and pair and _PAIR_BEFORE.search(text, lo, m.start()):
        subject = [replace(a, role="actor") for a in pair]
    if not subject:
        return []
    founding = (m.group("kind") or "").lower() in {"founding", "founder"}
    if not founding and not m.group().lower().startswith("became"):
        return []  # "Kazakhstan was a member of the CIS in 1995": a state at a date, not an act
    out: list[Claim] = []
    pos = m.end()
    for d in own:
        if _BOUND_BEFORE.search(text, max(pos, d.start - 30), d.start):
            pos = d.end
            continue  # "a member since 2015": a state's start is no founding act
        bodies = [a for a in finder.find(text, pos, d.start, on=d.lower) if a.kind == "organisation"]
        pos = d.end
        if not bodies:
            continue
        body = replace(bodies[-1], role="recipient")
        who = " and ".join(a.name for a in subject[:2])
        title = f"{who} founding members of {body.name}" if founding else f"{who} join {body.name}"
        out.append(Claim(
            title=title, event_type="AGREE" if founding else "COOPERATE", mode=None, date=d,
            quote=text[sent.start : sent.end], start=sent.start, end=sent.end, actors=[*subject[:3], body],
            status="occurred", context="diplomatic", rule="fallback.member" + (".founding" if founding else ""),
            named_object=body.name, keywords=keywords_of(title, "founding" if founding else "membership"),
        ))
    return out


#: an inset telling its noun's own dated act: ", established in 2012,", ", which opened at Alat in 2017,",
#: ", commissioned in 2019,", ", which was signed last year,"
_INSET = re.compile(
    r",\s+(?:(?:which|that)\s+(?:(?:was|were|had\s+been)\s+)?(?:first\s+|officially\s+)?)?"
    r"(?P<verb>established|founded|opened|commissioned|inaugurated|launched|created|built|completed|signed|"
    r"concluded|ratified|adopted|set\s+up)\b(?P<rest>[^,;()]*)(?=[,;)]|\.\s*$|\.$)",
    re.I,
)
_INSET_NOUN = re.compile(
    r"(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?:of|at|for|on|and|the|de|(?-i:[A-Z])[\w'’.-]*)){0,7})$"
)
#: a document as the noun of a signing inset: "the agreement, which was signed last year,"
_INSET_DOCUMENT = re.compile(
    r"\b(?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:agreements?|treat(?:y|ies)|memorand(?:um|a)|"
    r"declarations?|protocols?|accords?|conventions?|charters?|contracts?|roadmaps?)"
    r"(?:\s+(?:on|of|for|between|with|about)\s+[^,;:()]{1,60})?$",
    re.I,
)
_INSET_DOCUMENT_NOUN = re.compile(
    r"\b(?:agreements?|treat(?:y|ies)|memorand(?:um|a)|declarations?|protocols?|accords?|conventions?|charters?|"
    r"contracts?|roadmaps?)\b",
    re.I,
)
_FOUNDING = {"establish", "found", "create", "set up"}
#: institutions whose founding is an event of a relationship (not a company's birth)
_INSTITUTION = re.compile(
    r"\b(?:institutes?|cent(?:re|er)s?|commissions?|committees?|councils?|funds?|associations?|chambers?|houses?|"
    r"schools?|classrooms?|universit(?:y|ies)|offices?|zones?|parks?|hubs?|forums?|secretariats?|academ(?:y|ies)|"
    r"embass(?:y|ies)|consulates?|missions?|organi[sz]ations?|banks?|corridors?|platforms?|mechanisms?)\b",
    re.I,
)
_INSET_VERBS = {
    "established": "establish", "founded": "found", "opened": "open", "commissioned": "commission",
    "inaugurated": "inaugurate", "launched": "launch", "created": "create", "built": "build",
    "completed": "complete", "signed": "sign", "concluded": "conclude", "ratified": "ratify", "adopted": "adopt",
}


def inset_claims(
    text: str,
    sent: Sentence,
    dates: Sequence[DateMention],
    finder: ActorFinder,
    pair: tuple[ActorMention, ActorMention] | None = None,
) -> list[Claim]:
    """Claims of participle or non-restrictive relative insets with a date of their own ("the Confucius Institute
    at X, established in 2012,", "The Port of Baku, which opened at Alat in 2017, is being expanded"): the
    named noun before the comma is the party (a known or titled organisation), the inset's date the claim's
    (rule ``fallback.inset.<verb>``). The main clause is not read (its present or progressive is no event). A
    founding needs an institution as its noun (a centre, institute, commission, port: not a company), a signing
    its document ("the agreement, which was signed last year," - the article pair's when it names no party)."""
    out: list[Claim] = []
    own = _own_dates(text, sent, dates)
    if not own:
        return out
    for m in _INSET.finditer(text, sent.start, sent.end):
        inside = [d for d in own if m.start("rest") <= d.start and d.end <= m.end("rest")]
        if not inside or guard(text[m.start() : m.end()]) is not None:
            continue
        d = inside[0]
        if _BOUND_BEFORE.search(text, max(m.start("rest"), d.start - 30), d.start):
            continue
        verb = m.group("verb").lower().split()[0]
        lemma = "set up" if verb == "set" else _INSET_VERBS[verb]
        etype = "AGREE" if lemma in {"sign", "conclude", "ratify", "adopt"} else "COOPERATE"
        window = max(sent.start, m.start() - 90)
        head = _INSET_NOUN.search(text, window, m.start()) or (
            _INSET_DOCUMENT.search(text, window, m.start()) if etype == "AGREE" else None
        )
        if head is None:
            continue
        if etype == "AGREE" and not _INSET_DOCUMENT_NOUN.search(text, head.start(), m.start()):
            continue  # "the company, which signed ...": a signing needs its document as the noun
        if lemma in _FOUNDING and not _INSTITUTION.search(text, head.start(), m.start()):
            continue  # "Huawei, founded in 1987, opened ...": a company's birth is background, an institution's is not
        kinds = {"organisation"} if etype == "COOPERATE" else {"organisation", "state"}
        parties = [a for a in filter_mentions(text, finder.find(text, head.start(), m.start(), on=d.lower))
                   if a.kind in kinds]
        if not parties and etype == "AGREE" and pair:
            parties = list(pair)  # "the agreement, which was signed last year, covers ...": the article's pair
        if not parties:
            continue
        name = " ".join(text[head.start() : m.start()].split())
        name = re.sub(r"^(?:The|the)\s+", "", name)
        title = f"{name} {' '.join(m.group('verb').lower().split())}"
        first = replace(parties[0], role="actor" if etype == "COOPERATE" else "recipient")
        actors = [first, *[replace(a, role="participant") for a in parties[1:3]]]
        places = [a for a in finder.find(text, m.start("rest"), m.end("rest"), on=d.lower)
                  if a.kind in {"state", "organisation"}]
        actors += [replace(a, role="location" if a.kind == "state" else "participant") for a in places[:2]]
        out.append(Claim(
            title=title, event_type=etype, mode=None, date=d, quote=text[sent.start : sent.end],
            start=sent.start, end=sent.end, actors=actors, status="occurred",
            context="diplomatic" if etype == "AGREE" else None, rule=f"fallback.inset.{lemma.replace(' ', '_')}",
            named_object=name, keywords=keywords_of(title, *([_NOMINAL[lemma]] if lemma in _NOMINAL else [])),
        ))
    return out
