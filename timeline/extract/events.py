"""Event extraction: sentences + tagged dates + actors → typed, dated, cited :class:`Claim` objects.

The rules are driven by the cue dictionary ``timeline/data/cues.yaml`` (trigger patterns → PLOVER
type/mode/context). For each sentence the extractor

1. finds cue matches (overlaps resolved in favour of the longer trigger),
2. attaches each usable date to the nearest cue of its clause (a comma or a cue *after* the date
   costs extra distance, so "visit to Beijing on Dec 8-11, 2015, Aliyev signed" dates the visit),
   so coordinated dates ("twice - in March 2005 and in December 2015") give one claim each;
   a cue left without a date borrows the nearest date of its sentence, and a sentence without
   any date borrows the date of a date-only lead sentence ("On July 5th, ... occurred.") or of the
   visit/summit it refers to ("As part of the visit, ...");
3. drops negated, hypothetical and habitual cues, a measuring verb of a measurement sentence ("the
   first shipments reached 10 bcm": an observation), dates that belong to figures ("$2.2 billion in
   2019"), and claims without an actor or a named object;
4. resolves actors with the claim's date and gives them PLOVER roles, builds a short title, a named
   object, keywords and a status (planned / reported / occurred);
5. generic fallback (rule ``fallback.verb``) for clauses no cue covered: a past verb listed in
   ``fallback_verbs`` (cues.yaml; phrasal verbs such as "write off" allowed) whose subject noun phrase
   holds an actor (known, or an unknown titled person/organisation; capital-city metonyms resolve to
   their state) and whose own clause carries a date not used by a cue (day/month; a year only without
   "had") gives a claim typed by the verb's class, titled "<actor> <verb> <object>". Passives with
   was/were/has been/had been count too (``+passive``: the subject undergoes the act, "by X" acts;
   troops moved are their state's act). Not for "is/are + participle", negated, modal, habitual or
   planned clauses, reported speech, quotations, a figure in the clause or a quantity over a coarse
   period ("exported 12 billion cubic metres last year": a statistic), generic plural subjects, or a
   date outside the verb's subordinate clause. A dateless sentence may borrow (rule suffix) the date
   of a happening lead ("The final blow came in September 2023.", ``+lead-date``), a counted shift
   from the last told date ("Two months later", ``+shifted-date``) or, in simple past and without a
   time shift, the one date of the previous sentence's events (``+continued-date``).
   Fallback claims are never borrowed from by other sentences. Inside a dated chronology item or a
   section under a year heading the historical present counts too ("- 2020: Russia deploys troops",
   "X and Y sign" with a coordinated subject, "is elected"), dated by the item's (else heading's) date
   when its own clause has none; outside them the present tense stays commentary.
6. a date that modifies a noun ("the 2020 war", "Georgia's 2024 elections") dates only a cue right
   after it; a participle phrase after "noun," ("peacekeepers, deployed to ...") never borrows a date.
7. clause scope: a modal blocks only the cue of its own comma clause (a condition - if/unless/whether -
   anywhere before it); a date inside a relative clause (", who took office in 2003,") or after a
   prepositional relative ("under which ... by 2027") is not the main verb's; names inside a relative
   clause of the match or between the subject and the cue ("China, which borders A, B and C, donated":
   the clause runs to the last comma before the cue, so a list does not end it), the names before a
   relative clause holding the cue other than its antecedent ("X ratified the statute of the ICC, which
   had issued a warrant"), the possessor of a kinship apposition ("Aliyev's father Heydar Aliyev"), and
   the object of a verb coordinated by "and" ("held talks with Li and met Xi"), are not the cue's parties;
   "would be held" is no past tense.
8. dates from context: "N days after the vote" counts from the latest earlier sentence naming that
   event (``+anchored-date``); "in 1994, two years after the countries established relations" dates the
   named event backwards (1992); "four days later" after a year-less date of the sentence shifts it
   (XXXX-05-18); a chronology's historical present continues its entry date (``+continued-date``);
   a heading's date ("## 2014", "**March 2022**", a diary's day headings) dates the dateless sentences
   below it until the next heading of any kind ("## Outlook"), a dated item's later sentences take the
   item's date (``+heading-date``).
9. parties from context: names inside a fronted report clause ("After reports that Russia would raise
   prices, Armenians protested") are not the main verb's; an actor-less protest/attack is its place's
   state (from the dictionary when the article does not name it); a known parliament or ministry adds
   its state ("Milli Majlis" -> Azerbaijan; not in the title); a definite plural subject ("The
   peacekeepers left") takes the state of the nearest earlier "<Nationality> peacekeepers"; an unnamed
   institution ("The government cancelled", "Parliament adopted") is the article's home state (dateline,
   else a clearly dominant state, :func:`home_state`); a first-person subject outside quotations ("we
   signed", "our companies opened") adds the speaker's state (issuing-body header, the speaker's post in
   the intro, or the dateline); an agentless passive agreement ("a partnership was declared in 2012") is
   the article pair's.

10. round 4: a self-contained event without parties ("the ceasefire took effect", "fighting broke out",
   "the three leaders met") takes the 2-4 parties of the nearest earlier sentence of its paragraph, else
   (conflict/truce only) the article's pair; an undated past-tense follow-up that refers back ("Following
   the meeting", "During the visit") takes the date of the last self-dated claim of that occasion at any
   distance, else of a CONSULT lead (its month for another occasion noun); "In addition,", "Also," and
   "the statement that followed" take the one date of the claims just told; the deictic-date guard holds
   only for quotations and borrowed dates (an interview's answer keeps "last month"); "said it would
   launch ... on <date>" is planned; negation after the cue in its clause ("did not take place") blocks
   it; an open who/whose clause keeps its date; an object relative clause ("the conference that Baku
   hosted") has only its own subject; a second verb coordinated by "and" on the same object ("signed the
   treaty in 2005 and ratified it in 2006") is a second claim; a dated list entry ignores a later
   "since <date>" comparison.

11. round 6: a closed relative clause between a cue and its date is parenthetical ("held talks with X, who
   is on a state visit to Y, at ... on Wednesday": the talks' date; the visit inside the clause does not take
   it), and so is "the first since <event> in the spring"; an event noun under a past verb of witnessing
   ("witnessed/oversaw/attended the signing of") is told in the past and borrows like a verb; a paragraph
   opening with the story's group ("The two sides also signed") continues the paragraph just before; agreed
   intentions ("agreed to speed up/push/make full use of") are no agreement; taking part in a bare definite
   meeting/ceremony/session ("Representatives ... took part in the meeting") is part of that occasion;
   being met at the airport and a banquet for the heads of delegation are protocol, not meetings; a diary's
   day phrases ("On the first day" of the written date range, not of "the weekend"; "The following
   morning", "That evening", "In the afternoon", "Later that day") date their sentence and count as dates
   for the sentences after, and a ", with whom ..." clause's date is not the main verb's; "After the
   meeting" takes the meeting told in the last three sentences, before the news-lead default; a past act
   inside reported speech without a date ("Y told reporters that the sides had signed a memorandum") takes
   the day of the report told within three paragraphs before ("X said on Tuesday", ``+report-date``).

12. round 7: dated table rows (``rows``, :func:`timeline.extract.structure.table_rows`) are chronology items;
   a row's later ';'-separated phrase takes the row's date; a row phrase no cue reads ("Diplomatic relations
   established", "SCO summit in Astana") gives one claim typed by its noun or participle (rule ``row.<kind>``)
   with the row's parties, else the article's pair; a row claim the text also tells (same type and date
   outside the table) is dropped. A list of parties each with its own day after one cue ("visited A on the
   2nd, B on the 3rd and C on the 5th", "met X on May 2, Y on May 4") gives one claim per party and day, each
   with its own party in the role of the list's first party (``CueMatch.parties``).
   A plan with a future year or month that no cue claimed ("We plan to open traffic in 2030", "the line is to be
   completed by 2030", "X intends to build a plant by 2035") is a planned event typed by its verb (rule
   ``plan.<verb>``; not a planned tender, study or campaign), and "by <future year>" after such a plan is its
   date, not a deadline; a quoted first-person subject ('"We plan to ...," X's minister said') is the speaker
   named outside the quotation, and a short quotation that is speech (first person, or closed by
   punctuation) is no quoted title.

13. round 8: the intro of a list of signed documents ("The following documents were signed:" + items) gives one
   AGREE claim per item (rule ``list.document``), dated by the intro's signing, its date, the occasion it refers
   to or the day told just before, with the intro's parties, else the pair, else the occasion's parties; "for
   2024-2028" after a plan/programme is its period, not a date; "On the same day" also finds a day that the
   events of an earlier sentence borrowed; a role apposition's date ("X, prime minister from 2003 to 2016,")
   is a tenure, not the event's; counterfactuals ("a trip to Z would have made a paragraph", "Had the deal been
   signed") are no events; "announced grants/loans of" is aid; a clause coordinated with its own subject (",
   and the Chinese side announced") has only that subject; a dateless past-tense event right after a day-dated
   sentence no cue read takes that day; "signed a plan of consultations" is a signing.

14. round 9: in a chronology row the row-head date ("**2005** —", "4 July 2005 —", "2013:") dates the row's events;
   an in-row date dates only the cues of its own clause: an event-noun adjunct ("after his election in 2003"), a
   relative clause, a bracketed range and the words before it, a ';' part ("the SCO summit is held the next day");
   taking an office dated by a tenure range ("became prime minister (1999-2002)") takes the range's start. In a
   list of dated items, a verbless ';' part no cue reads is a visit ("X in <foreign capital>", rule ``item.visit``)
   or a gathering held ("First X summit, <place>", rule ``item.gathering``). "On the same day"/"that day" reach back
   to the last day told at any distance; a paragraph opening "They also/then <verb>" continues the paragraph before,
   with the people of the sentence just before as parties. One event told for two occasions each with its date
   ("in Baku in May and at the summit in Astana in July") gives one claim per occasion. Guards: a comparative count
   ("has met X more often than any other leader"), a present habit ("still receives delegations"), a document
   named after its topic ("the Plan of Consultations ... was signed": no meeting) and a speaker commenting on a
   retold event ("X said that since the establishment of relations ...": X is no party).

15. round 10: a fronted adverb ("Then,") or an adjunct naming a person ("during President X's visit in April last
   year,") is no role apposition, so its date is the sentence's own and wins over a continued one; coordinated
   years after a plan ("for 2026 and 2027") are its period; a departure on a day and an arrival "N days later"
   are one run (the interval). A dateless past-tense sentence opening a paragraph takes the day of the meeting or
   session told in the last paragraph with events (at most three back) when it links to it by "also"/"as well"
   or two of its parties; "At the end/close of the session" refers back like "After the session". Guards: a
   document describing itself ("This brief reviews the agreements signed since ...") and a counted plural of
   vehicles over a period without a day ("In 2025, 260 trains reached Georgia") give no event.
   Signed documents ("signed a plan of consultations") and announced money ("announced grants of") are left to
   the cue patterns; a meeting noun inside "signed the protocol of the ninth meeting of ..." is still dropped.
   A date inside a restrictive relative clause of the subject ("A train that left X on 10 April arrived at Y")
   is not the main verb's (which then borrows); a borrowed day of "arrived ... for a three-day visit" opens the
   stay (the interval).

16. round 11 (coordination): a cue opening a clause coordinated after a dated cue with a subject of its own
   and a finite verb (", and a state visit by X is expected on the same occasion", ", and the two ministers
   held talks") is a second event sharing the first clause's date, not "one CONSULT is enough" (not for a
   pronoun or a bare definite event noun as subject, ", and the meeting lasted an hour", nor with
   "afterwards"/"later"); an event noun whose own predicate plans it ("a visit by X is expected") is planned,
   and "a visit by X" names the visitor; ", followed by the X summit in Y" after a dated event is a gathering
   held in Y (rule ``item.gathering``, its own day, else the month of a day-dated first event, Y's state as
   party when the name holds none), ", followed by talks with X" a second event of the occasion; "is due to
   pay/attend/..." is planned; an act inside ", during which ..." takes its occasion's date (item 17); a main-clause cue
   does not inherit the date of a relative clause's own act ("became a member of the bank, which in 2016
   approved a loan"); "After the ceremony, A and B held talks" after a lead telling the ceremony quotes its
   own sentence only. In a chronology row each ';' part with parties of its own keeps only them, a verbless
   part quotes only itself, and a row dated by a range across two months is a dated item. "for the coming
   year" after a chairmanship is its term, not its date.

17. round 11 (date attachment, actors, guards): "On the same day" is the day of the last event told, not a
   day-precise date inside a noun phrase ("the elections of 1 September"); an undated cue of a relative clause
   on an occasion noun ("The March 2019 forum, at which the ministers signed ...") takes the date modifying that
   noun; "Following the talks" takes the talks' day (also when it was borrowed) before the visit's interval, and
   a range of years after a long "for the development of ..." phrase is the document's period; "April 2 this
   year marks the 34th anniversary of X" dates X to the month and day and is no event of its own; a date of a
   later future clause ("but they will not be delivered before 2027") and a date opening a new coordinated
   clause with its own subject (", and today Chinese is taught") do not date the act. Actors: "the two foreign
   ministers" keeps people told before only if they held that office on the date; "He and X" adds the previous
   sentence's person; a visit noun without a visitor takes the visitor told before, else the visiting state's
   head on the date; people named before "... and said that" are no parties of the reported act. Guards: an
   anaphoric "The meeting coincided with/came/followed" is no new meeting; a generic plural signing "contracts
   worth $X last year" is a statistic; acts of "the decade after 2009, when ..." are no events.

18. round 12 (clause roles, one-event reports, coordination): a year bounding an ordinal's comparison ("for the
   first time since 2017", "the first such visit since 2019") dates no act ("since December 2015" still names an
   occasion); an ordinal frequency ("for the third time this year") yields to another date; a target's period in an
   infinitive or gerund object ("an agreement on increasing volumes in 2027", "to raise traffic this year") is not
   a date of the sentence; an open relative clause after the act (", which was completed the following year") dates
   its own verb when the act has a date before it, unless its antecedent is the occasion ("the summit, which opened
   on 4 July"); "Four months later" counts from the last event, not from a status bound ("minister since 2020");
   a weekday of a planned clause ("is due to meet X on Tuesday") looks forward. In a one-event report (the first
   claim a CONSULT of the last week) a dateless past signing or meeting sentence takes that day when the paragraph
   just before tells only that day and it elaborates it ("In particular,", "In addition,", "also", "Earlier in the
   day", or a signing after the day's signings; rule suffix ``+report-day``; not after an opinion paragraph, not a
   present perfect); "X, who had accompanied Y, also held talks" takes the day of the paragraph's last meeting at
   most three sentences back. Coordination: an object-first match does not swallow the verb of a clause with its own
   named subject; a second clause without a date of its own shares the first clause's date however far the lead
   date stands; documents coordinated as objects or as the subject of one signing ("signed an agreement on X and a
   memorandum on Y", "A memorandum on X and an agreement between A and B were signed") give one claim each, and the
   names inside one document's phrase are that document's parties only.

Everything is precompiled once (:func:`load_cues` is cached); no database is needed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import yaml

from timeline.extract.dates import anaphoric_month
from timeline.extract.dates_lexicon import number
from timeline.extract.grammar import compact_views, masked_views, relative_views
from timeline.extract.sentences import _split_paragraph
from timeline.extract.types import ActorMention, Article, Claim, DateMention, Role, Sentence, Status
from timeline.ingest.boilerplate import is_dated_item, is_timed_entry


class ActorFinder(Protocol):
    """What the extractor needs from an actor dictionary (see ``timeline.extract.actors``)."""

    def find(
        self, text: str, start: int = 0, end: int | None = None, on: dt.date | None = None
    ) -> list[ActorMention]: ...


DEFAULT_CUES = Path(__file__).resolve().parent.parent / "data" / "cues.yaml"


class CueError(ValueError):
    """The cue dictionary is malformed."""


# --------------------------------------------------------------------------- cue dictionary


@dataclass(frozen=True, slots=True)
class Cue:
    """One trigger entry of the cue dictionary."""

    id: str
    type: str
    mode: str | None
    context: str | None
    roles: str
    label: str
    titles: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    lowercase: bool = False
    pair_default: bool = False
    thing: bool = False
    #: True -> the claim needs a person among its actors ("arrived in": people travel, cargo is not a visit)
    person: bool = False
    #: lowercase substrings, one of which every match contains (a cheap prefilter)
    anchors: tuple[str, ...] = ()
    #: True -> used only in sentences where no other cue matched (weak evidence)
    fallback: bool = False
    #: per pattern: lowercase substrings one of which the sentence must contain (empty = no condition)
    pattern_anchors: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True, slots=True)
class CueSet:
    """The compiled cue dictionary."""

    cues: tuple[Cue, ...]
    contexts: tuple[tuple[str, re.Pattern[str]], ...]
    #: every distinct anchor of every cue (one substring test each per sentence)
    anchors: tuple[str, ...] = ()
    #: per cue (same order as ``cues``): its anchors as a set, empty = always scanned
    anchor_sets: tuple[frozenset[str], ...] = ()
    #: generic fallback: simple-past form (lowercase) -> (PLOVER type, context) from ``fallback_verbs``
    fallback_verbs: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: one pattern matching every form of ``fallback_verbs`` (None when the table is empty)
    fallback_re: re.Pattern[str] | None = None
    #: past participle (lowercase, one space between words) -> (type, context): passives ("was killed")
    fallback_participles: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: present forms (3rd person and base, lowercase) -> (type, context): a chronology's historical present
    fallback_present: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: base forms among ``fallback_present`` ("sign"): only after a coordinated subject ("X and Y sign")
    fallback_bases: frozenset[str] = frozenset()
    #: one pattern matching every form of ``fallback_present`` (None when the table is empty)
    fallback_present_re: re.Pattern[str] | None = None
    #: third-person present forms of every cue verb and fallback verb ("signs", "rejects"): commentary guard
    third_person: frozenset[str] = frozenset()


_ROLE_KINDS = {"directed", "symmetric", "subject"}
#: a word before a "-s" form that makes it a plural noun ("the signs", "its visits", "Aliyev's trips")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|your|my|these|those|of|in|on|for|with|by|to|at|from|two|three|"
    r"four|five|several|many|few|some|all|both|recent|new|official|other|such)|['’]s)\s+$",
    re.I,
)
#: a word that makes the date after it an end or deadline of an object, not an event date
_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|til|through|thru|by|up\s+to|no\s+later\s+than|(?:valid|effective|lasting|running)\s+to|"
    r"(?:years?|months?|decades?)\s+(?:from|starting(?:\s+(?:in|from))?|beginning(?:\s+in)?))"
    r"\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$",
    re.I,
)
#: a past verb right before "by <date>": the act was completed by then ("the last troops left by 1992")
_DONE_BY = re.compile(r"\b(?:\w+ed|left|withdrew|went|came|sold|paid|built|began|took|made|held|signed)"
                      r"(?:\s+(?:out|off|up|back|home))?\s+(?:\w+ly\s+)?$", re.I)
#: the connector of a range whose second part is an end date ("2019 until 2069")
_BOUND_RANGE = re.compile(r"\s(?:until|till|through|thru)\s", re.I)
#: a coordinated subject right before a base form ("Armenia and Azerbaijan sign")
_COORD_SUBJECT = re.compile(r"\b(?-i:[A-Z])[\w'’-]*\s+and\s+(?-i:[A-Z])[\w'’-]*\s+(?:\w+ly\s+)?$")


#: irregular verbs: lemma -> (3rd person, past, past participle, gerund)
_IRREGULAR = {
    "be": ("is", "was|were", "been", "being"), "begin": ("begins", "began", "begun", "beginning"),
    "bring": ("brings", "brought", "brought", "bringing"), "buy": ("buys", "bought", "bought", "buying"),
    "come": ("comes", "came", "come", "coming"), "fly": ("flies", "flew", "flown", "flying"),
    "go": ("goes", "went", "gone", "going"), "hold": ("holds", "held", "held", "holding"),
    "lay": ("lays", "laid", "laid", "laying"), "lead": ("leads", "led", "led", "leading"),
    "leave": ("leaves", "left", "left", "leaving"), "make": ("makes", "made", "made", "making"),
    "meet": ("meets", "met", "met", "meeting"), "pay": ("pays", "paid", "paid", "paying"),
    "put": ("puts", "put", "put", "putting"), "run": ("runs", "ran", "run", "running"),
    "sell": ("sells", "sold", "sold", "selling"), "send": ("sends", "sent", "sent", "sending"),
    "set": ("sets", "set", "set", "setting"), "sit": ("sits", "sat", "sat", "sitting"),
    "speak": ("speaks", "spoke", "spoken", "speaking"), "stand": ("stands", "stood", "stood", "standing"),
    "strike": ("strikes", "struck", "struck", "striking"), "take": ("takes", "took", "taken", "taking"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"), "win": ("wins", "won", "won", "winning"),
    "give": ("gives", "gave", "given", "giving"), "break": ("breaks", "broke", "broken", "breaking"),
    "enter": ("enters", "entered", "entered", "entering"), "open": ("opens", "opened", "opened", "opening"),
    "freeze": ("freezes", "froze", "frozen", "freezing"), "choose": ("chooses", "chose", "chosen", "choosing"),
    "fight": ("fights", "fought", "fought", "fighting"), "shut": ("shuts", "shut", "shut", "shutting"),
    "cut": ("cuts", "cut", "cut", "cutting"), "quit": ("quits", "quit", "quit", "quitting"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"), "tell": ("tells", "told", "told", "telling"),
    "become": ("becomes", "became", "become", "becoming"), "seek": ("seeks", "sought", "sought", "seeking"),
    "swear": ("swears", "swore", "sworn", "swearing"), "lend": ("lends", "lent", "lent", "lending"),
    "build": ("builds", "built", "built", "building"), "retake": ("retakes", "retook", "retaken", "retaking"),
    "overrun": ("overruns", "overran", "overrun", "overrunning"), "shoot": ("shoots", "shot", "shot", "shooting"),
    "draw": ("draws", "drew", "drawn", "drawing"), "grant": ("grants", "granted", "granted", "granting"),
    "say": ("says", "said", "said", "saying"), "forbid": ("forbids", "forbade", "forbidden", "forbidding"),
    "write": ("writes", "wrote", "written", "writing"), "drive": ("drives", "drove", "driven", "driving"),
    "fall": ("falls", "fell", "fallen", "falling"), "hit": ("hits", "hit", "hit", "hitting"),
    "beat": ("beats", "beat", "beaten", "beating"), "throw": ("throws", "threw", "thrown", "throwing"),
    "flee": ("flees", "fled", "fled", "fleeing"), "lose": ("loses", "lost", "lost", "losing"),
    "keep": ("keeps", "kept", "kept", "keeping"), "get": ("gets", "got", "got|gotten", "getting"),
    "visit": ("visits", "visited", "visited", "visiting"), "travel": ("travels", "travel(?:l)?ed", "travel(?:l)?ed",
                                                                       "travel(?:l)?ing"),
}
_VOWELS = "aeiou"


def inflections(lemma: str) -> list[str]:
    """Regex alternatives for the forms of an English verb lemma ("sign" → sign, signs, signed, signing).

    Multi-word lemmas inflect their first word ("lay foundation" → laid foundation …); irregular verbs
    come from a small table; doubling follows the usual CVC rule for one-syllable stems ("ship" → shipped).
    """
    head, _, rest = lemma.partition(" ")
    tail = (r"\s+" + r"\s+".join(rest.split())) if rest else ""
    if head in _IRREGULAR:
        third, past, part, ger = _IRREGULAR[head]
        forms = [head, third, past, part, ger]
    else:
        if head.endswith("e") and not head.endswith("ee"):
            past, ger = head + "d", head[:-1] + "ing"
        elif head.endswith("y") and head[-2:-1] not in _VOWELS:
            past, ger = head[:-1] + "ied", head + "ing"
        elif (len(head) <= 4 and len(head) >= 3 and head[-1] not in _VOWELS + "wxy"
              and head[-2] in _VOWELS and head[-3] not in _VOWELS):
            past, ger = head + head[-1] + "ed", head + head[-1] + "ing"
        else:
            past, ger = head + "ed", head + "ing"
        if head.endswith(("s", "sh", "ch", "x", "z", "o")):
            third = head + "es"
        elif head.endswith("y") and head[-2:-1] not in _VOWELS:
            third = head[:-1] + "ies"
        else:
            third = head + "s"
        forms = [head, third, past, ger]
    seen: list[str] = []
    for f in forms:
        for alt in f.split("|"):
            if alt not in seen:
                seen.append(alt)
    seen.sort(key=len, reverse=True)
    return [f + tail for f in seen]


def _verb_macro(spec: str) -> str:
    """``{V:sign|inaugurate}`` → a non-capturing group of every inflected form."""
    forms = [f for lemma in spec.split("|") if lemma.strip() for f in inflections(lemma.strip().lower())]
    return "(?:" + "|".join(forms) + ")"


def _expand(pat: str, macros: dict[str, str]) -> str:
    pat = re.sub(r"\{V:([a-z |-]+)\}", lambda m: _verb_macro(m.group(1)), pat)
    return re.sub(r"\{([A-Z_]+)\}", lambda m: macros.get(m.group(1), m.group(0)), pat)


def _compile_cue(raw: dict, macros: dict[str, str]) -> Cue:
    try:
        cue_id, etype, pats = str(raw["id"]), str(raw["type"]), list(raw["patterns"])
    except (KeyError, TypeError) as exc:
        raise CueError(f"cue entry {raw!r} lacks id/type/patterns") from exc
    roles = str(raw.get("roles", "directed"))
    if roles not in _ROLE_KINDS:
        raise CueError(f"cue {cue_id}: roles must be one of {sorted(_ROLE_KINDS)}, not {roles!r}")
    compiled = []
    pattern_anchors = []
    for pat in pats:
        if isinstance(pat, dict):  # {re: ..., anchors: [...]}: a per-pattern prefilter (speed only)
            pattern_anchors.append(frozenset(str(a).lower() for a in pat.get("anchors") or ()))
            pat = pat.get("re", "")
        else:
            pattern_anchors.append(frozenset())
        expanded = _expand(str(pat), macros)
        try:
            compiled.append(re.compile(expanded, re.IGNORECASE))
        except re.error as exc:
            raise CueError(f"cue {cue_id}: bad pattern {pat!r}: {exc}") from exc
    titles = raw.get("title") or ["{actor} {label}"]
    return Cue(
        id=cue_id,
        type=etype,
        mode=raw.get("mode"),
        context=raw.get("context"),
        roles=roles,
        label=str(raw.get("label", etype.lower())),
        titles=tuple(titles if isinstance(titles, list) else [titles]),
        patterns=tuple(compiled),
        pattern_anchors=tuple(pattern_anchors),
        lowercase=bool(raw.get("lowercase", False)),
        pair_default=bool(raw.get("pair_default", False)),
        thing=bool(raw.get("thing", False)),
        person=bool(raw.get("person", False)),
        anchors=tuple(str(a).lower() for a in raw.get("anchors") or ()),
        fallback=bool(raw.get("fallback", False)),
    )


def parse_cues(data: dict) -> CueSet:
    """Compile a cue dictionary already loaded from YAML (raises :class:`CueError`)."""
    if not isinstance(data, dict) or not isinstance(data.get("cues"), list):
        raise CueError("cue dictionary must be a mapping with a 'cues' list")
    macros = {str(k): str(v) for k, v in (data.get("macros") or {}).items()}
    cues = tuple(_compile_cue(raw, macros) for raw in data["cues"])
    ids = [c.id for c in cues]
    if len(ids) != len(set(ids)):
        raise CueError("duplicate cue ids in cue dictionary")
    contexts = []
    for name, words in (data.get("contexts") or {}).items():
        alt = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
        contexts.append((str(name), re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)))
    anchor_sets = tuple(frozenset(c.anchors) for c in cues)
    anchors = tuple(sorted(set().union(*anchor_sets, *(pa for c in cues for pa in c.pattern_anchors))))
    verbs = _fallback_table(data.get("fallback_verbs") or {})
    participles = _fallback_table(data.get("fallback_verbs") or {}, participle_forms)
    present = _fallback_table(data.get("fallback_verbs") or {}, present_forms)
    bases = frozenset(f for f in present if " ".join(f.split()) in _base_forms(data.get("fallback_verbs") or {}))
    lemmas = {lemma.strip().split()[0] for spec in re.findall(r"\{V:([a-z |-]+)\}", str(data)) for lemma in
              spec.split("|") if lemma.strip()}
    thirds = {f.split()[0] for lemma in lemmas for f in present_forms(lemma)[:-1]}
    thirds |= {f.split()[0] for f in present if f not in bases and f.endswith("s")}
    return CueSet(cues=cues, contexts=tuple(contexts), anchors=anchors, anchor_sets=anchor_sets,
                  fallback_verbs=verbs, fallback_re=_forms_re({*verbs, *participles}),
                  fallback_participles=participles, fallback_present=present, fallback_bases=bases,
                  fallback_present_re=_forms_re(set(present) - set(verbs)), third_person=frozenset(thirds))


def _forms_re(forms: set[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for verb forms (longest first; spaces match any whitespace)."""
    if not forms:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


def _base_forms(raw: object) -> set[str]:
    """The lemmas of ``fallback_verbs`` (lowercase), for :func:`present_forms`' base forms."""
    if not isinstance(raw, dict):
        return set()
    return {" ".join(str(v).lower().split()) for e in raw.values() if isinstance(e, dict) for v in e.get("verbs") or []}


#: regular pasts the spelling rules of :func:`inflections` get wrong (two-syllable stems stressed last)
_PAST_OVERRIDE = {"expel": ["expelled"], "compel": ["compelled"], "patrol": ["patrolled"], "commit": ["committed"]}


def past_forms(lemma: str) -> list[str]:
    """Simple-past forms of a verb lemma ("donate" → donated, "sell" → sold, "write off" → wrote off).

    A phrasal verb inflects its first word and keeps its particles.
    """
    head, _, rest = " ".join(lemma.split()).partition(" ")
    if head in _PAST_OVERRIDE:
        forms = _PAST_OVERRIDE[head]
    elif head in _IRREGULAR:
        forms = [f for f in _IRREGULAR[head][1].split("|") if f.isalpha()]
    else:
        forms = [f for f in inflections(head) if f.endswith("ed")]
    return [f"{f} {rest}" if rest else f for f in forms]


def participle_forms(lemma: str) -> list[str]:
    """Past participles of a verb lemma ("sell" → sold, "write off" → written off, "kill" → killed)."""
    head, _, rest = " ".join(lemma.split()).partition(" ")
    if head in _IRREGULAR:
        forms = [f for f in _IRREGULAR[head][2].split("|") if f.isalpha()]
    else:
        forms = [f.split()[0] for f in past_forms(head)]
    return [f"{f} {rest}" if rest else f for f in forms]


def present_forms(lemma: str) -> list[str]:
    """Present forms of a verb lemma: third person and base ("sign" → signs, sign; "write off" → writes off)."""
    head, _, rest = " ".join(lemma.split()).partition(" ")
    if head in _IRREGULAR:
        thirds = [_IRREGULAR[head][0]]
    else:
        thirds = [f for f in inflections(head) if f.endswith("s") and f != head]
    return [f"{f} {rest}" if rest else f for f in (*thirds, head)]


def _fallback_table(raw: object, forms=past_forms) -> dict[str, tuple[str, str | None]]:
    """``fallback_verbs`` classes → {verb form: (type, context)} (raises :class:`CueError`).

    ``forms`` turns a lemma into the wanted forms (:func:`past_forms` or :func:`participle_forms`).
    """
    if not isinstance(raw, dict):
        raise CueError("fallback_verbs must be a mapping of verb classes")
    out: dict[str, tuple[str, str | None]] = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict) or not entry.get("type") or not isinstance(entry.get("verbs"), list):
            raise CueError(f"fallback verb class {name!r} needs a type and a list of verbs")
        for lemma in entry["verbs"]:
            for form in forms(str(lemma).strip().lower()):
                out[form] = (str(entry["type"]), entry.get("context"))
    return out


@lru_cache(maxsize=4)
def load_cues(path: str | Path | None = None) -> CueSet:
    """Load and compile the cue dictionary (default: ``timeline/data/cues.yaml``); cached."""
    path = Path(path) if path is not None else DEFAULT_CUES
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CueError(f"cannot read cue dictionary {path}: {exc.strerror or exc}") from exc
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise CueError(f"cue dictionary is not valid YAML: {exc}") from exc
    return parse_cues(data)


# --------------------------------------------------------------------------- shared regexes

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_USABLE_VALUE = re.compile(r"^-?[\dX]{4}")
_QUOTE_SPAN = re.compile(r"[\"“]([^\"“”\n]{1,2000})[\"”]")
_DEICTIC = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|now|currently|this|last|next|ago|recent\w*|earlier|later)\b", re.I
)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I)\b")
_QUOTE_MARK = re.compile(r"[\"“”]")
_NEGATION = re.compile(
    r"\b(?:not|never|no|n[o']t|neither|nor|without|failed\s+to|refused\s+to|yet\s+to|instead\s+of)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: an event nominal after a reaction verb, up to a date of its own ("the signing of the treaty in Geneva on 4 May")
_REACTED_NOMINAL = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:signing|initiall?ing|adoption|conclusion|ratification|opening|"
    r"launch|holding|release|election|establishment|outcome|results?)\s+of\s[^,;.!?]{1,160}?\s+(?:(?:on|in|at)\s+)?$",
    re.I,
)
_SINCE_CAN = re.compile(r"(\bsince\s[^,;.!?]{1,80}?)\bcan\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:[Ii]f|[Uu]nless|could|might|may|would|should|[Ww]hether|hypothetical\w*|can)\b")
#: a lowercase common noun right before the verb (not a pronoun, auxiliary or conjunction)
_COMMON_NOUN_BEFORE = re.compile(
    r"\b(?!(?:i|we|you|he|she|it|they|who|which|that|and|or|but|then|also|had|has|have|was|were|is|are|be|been|"
    r"not|never|jointly|later|again|first|both|all)\b)(?-i:[a-z])[a-z-]+\s+$",
    re.I,
)
#: after the verb: a time or place adjunct (no object) and then the clause's own simple past, not coordinated
_ADJUNCT_THEN_PAST = re.compile(
    r"^\s+(?:on|in|at|last|earlier|this|during)\b[^,;:.()\[\]\"“”]{1,50}?\s(?<!\band\s)(?<!\bor\s)(?<!\bbut\s)"
    r"(?<!\bthen\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bhas\s)"
    r"(?<!\bhave\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bnewly\s)"
    r"(?P<verb>(?-i:[a-z])(?:\w{3,}ed|held|met|began|took|made|gave|came|went|saw|won|led|sent|left|found|became|"
    r"drew|rose|fell|grew|struck|spoke|told|paid|sold|built|kept|brought|set|put|cut))\b(?!\s+by\b)",
    re.I,
)


def _participle_on_subject(before: str, after: str) -> bool:
    """A reduced relative on a common-noun subject: "a report [released on Monday] expressed concern"."""
    return bool(_COMMON_NOUN_BEFORE.search(before) and _ADJUNCT_THEN_PAST.match(after))


_HABITUAL = re.compile(
    r"\b(?:always|usually|traditionally|generally|often|regularly|routinely|repeatedly|annually|yearly|"
    r"every\s+(?:year|month|week|summer|spring|autumn|winter)|each\s+year)\b",
    re.I,
)
#: the same words after the trigger ("have met annually since 2005")
_HABITUAL_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:annually|yearly|regularly|routinely|repeatedly|every\s+(?:year|month|week)|each\s+year)\b",
    re.I,
)
#: a definite nominal reference to an event told elsewhere ("The visit came a week after ...")
#: "<noun> of" right before a date: "the elections of 1 September 2024", "the resolution of 12 May" (not
#: "the night of", "the morning of", "as of", "the end of", which are times)
_NOUN_OF_DATE = re.compile(
    r"\b(?!(?:night|morning|afternoon|evening|day|end|beginning|start|middle|week|month|year|spring|summer|autumn|"
    r"winter|fall|first\s+half|second\s+half|half|turn|eve|as|because|instead|out)\s+of\b)[a-z]{3,}s?\s+of\s+$"
)
#: a clause boundary between a document noun and a later period ("signed a plan, and trade grew for 2025-2027")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|which|who|when)\b|[.!?]\s")
#: Session 15: "since he assumed office", "since the two countries established": a since-clause with its own verb
_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?:he|she|they|we|it|I|(?:the|his|her|their)\s+[\w-]+(?:\s+[\w-]+){0,2}|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"\s+(?:had\s+|was\s+|were\s+|first\s+)?(?!been\b)[a-z]+(?:ed|ame|ook|ent|ew|ote|egan|on|ad)\b"
)
#: Session 17: an act placed against an occasion ("before the conference", "ahead of the summit")
_TIMED_BY_OCCASION = re.compile(r"\b(?:before|after|ahead\s+of|following|during|until|since)\b", re.I)
#: Session 17: "since Jiang Zemin in", "since President Li in": a since-phrase naming an earlier actor before the date
_SINCE_NAMED_BEFORE = re.compile(r"\bsince\s+(?:[A-Z][\w'’.-]+\s+){1,4}(?:in|on)\s+$")
#: Session 15: ", and <verb>" ("…, and congratulated X"): a predicate coordinated after a clause, no subject of its own
_AND_COORDINATED = re.compile(r",\s+and\s+(?:also\s+)?", re.I)
#: Session 15: ", arriving in X on": a participle clause telling the arrival of the visit just named
_ARRIVING_PARTICIPLE = re.compile(r",\s+(?:arriving|landing)\b[^,;.]{0,60}$", re.I)
#: ", during which", ", at which", ", in the course of which", ", where", ", when": a relative clause on an occasion
_OCCASION_RELATIVE = re.compile(
    r",\s+(?:(?:during|at|in|on|after|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of)"
    r"\s+which|where|when)\b", re.I
)
#: the head noun of an occasion that a relative clause can date ("visit", "summit", "forum", "talks" ...)
_OCCASION_NOUN = re.compile(
    r"\b(?:visits?|trips?|tours?|summits?|forums?|fora|conferences?|meetings?|talks|sessions?|congress|"
    r"ceremon(?:y|ies)|negotiations|consultations|round|expo|exhibition|fair|games|olympics|festival|"
    r"gatherings?|assembly|plenum|dialogue|convention)\b", re.I
)
#: a sentence opening with a pronoun coordinated with a name: "He and Wang Yi met", "She and Lavrov signed"
_PRONOUN_AND = re.compile(r"[\s\"“*_]*(He|She)\s+and\s+\S")
#: a second, reporting verb coordinated after a first clause: "... mentioned the visit of X and said that ..."
_AND_SAID_THAT = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:said|noted|added|stressed|stated|announced|underlined|emphasi[sz]ed|pointed\s+out|"
    r"expressed\s+(?:hope|confidence)|informed\s+\w+)\s+that\b", re.I
)
#: a calendar date as the subject of an anniversary: "April 2 (this year) marks the 34th anniversary of"
_DATE_MARKS = re.compile(
    r"(?:,?\s+(?:this|next|last)\s+year)?,?\s+(?:marks|marked|will\s+mark|is|was|will\s+be)\s+(?:also\s+)?"
    r"(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+anniversary\b", re.I
)
#: a told event timed against another one: "(The meeting) coincided with", "came a day after", "followed"
_TIMED_AGAINST = re.compile(
    r"\s+(?:(?:also|itself)\s+)?(?:coincided|coincides|coincide|came|comes|followed|follows|preceded|precedes|"
    r"took\s+place\s+(?:against|amid|as|just|shortly|days|weeks|a\s+(?:day|week))|was\s+overshadowed|"
    r"was\s+held\s+(?:against|amid))\b", re.I
)
#: a generic plural of companies as a subject: "Chinese enterprises", "foreign firms", "Turkish contractors"
_GENERIC_COMPANIES = re.compile(
    r"\b(?:[A-Z][a-z]+\s+|foreign\s+|local\s+|state-owned\s+|private\s+)?(?:(?:construction|energy|mining|state)\s+)?"
    r"(?:firms|companies|enterprises|businesses|contractors|investors|exporters|banks)\s+(?:\w+\s+)?$"
)
#: a plural of documents with a sum: "new project contracts worth 1.1 billion", "deals totalling $2 billion"
_SUMMED_DOCUMENTS = re.compile(
    r"\b(?:contracts|deals|agreements|orders|projects)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:worth|totall?ing|valued\s+at|with\s+a\s+(?:total|combined)\s+value\s+of|amounting\s+to|for\s+a\s+total)\b",
    re.I,
)
#: ", when" opening a clause about the time before it
_WHEN_CLAUSE = re.compile(r",\s+when\b", re.I)
#: a span of years as a noun phrase: "the decade after 2009", "the 2010s", "the boom years", "the period of"
_PERIOD_SPAN = re.compile(
    r"\b(?:the|those|that|a)\s+(?:[\w-]+\s+){0,2}?(?:decades?|years|period|era|(?:19|20)\d0s|times)\b"
    r"(?:\s+(?:after|before|since|following|of|between|from)"
    r"\s+[^,]{1,40})?\s*$", re.I
)
#: a later coordinated clause with its own future or modal verb: ", but they will not be delivered before"
_FUTURE_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:but|and|although|though|while|yet|whereas)\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?:will|won['’]t|would|shall|(?:is|are)\s+(?:to|expected\s+to|due\s+to|set\s+to|scheduled\s+to))\b"
    r"|;\s*(?:[\w'’-]+\s+){1,5}?(?:will|won['’]t|would|shall)\b", re.I
)
#: a date inside an ordinal's scope: "the first container train of this year", "the largest order of 2025"
_ORDINAL_OF = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|final|latest|only|\w+est)\s+(?:[\w-]+\s+){0,3}?of\s+$", re.I
)
#: a comparison bound of an ordinal: "for the first time since 2017", "the first such visit since 2019",
#: "the largest order since 2015": the date bounds the comparison, it never dates the act
_ORDINAL_SINCE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|only|\w+est)\s+(?:[\w'’-]+\s+){0,6}?since\s+"
    r"(?:(?:the\s+)?(?:start|end|beginning|middle)\s+of\s+)?$", re.I
)
#: a counted shift told as a date: "Four months later", "Less than a year later", "a week earlier"
#: session 16: a fronted participial clause of reported content ("Noting that ...", "Recalling that ...")
_FRONTED_THAT = re.compile(
    r"[\s\"“*_]*(?:Noting|Recalling|Stressing|Saying|Pointing\s+out|Emphasi[sz]ing|Underlining|Underscoring|"
    r"Highlighting|Observing|Remembering|Mentioning|Acknowledging)\s+(?:with\s+\w+\s+)?that\b"
)
#: session 16: the rest of a person's name between a mention and its verb ("President Hu| Jintao |followed")
_NAME_REST = re.compile(r"(?:\s+[A-Z][\w'’.-]*)*\s*")
#: session 16: a clause opened by the stay of a visit told just before ("; during his stay the two sides signed")
_STAY_CLAUSE = re.compile(
    r"(?:[;,]|\band)\s+(?:and\s+)?during\s+(?:his|her|their|the|that)\s+(?:stay|visit|trip)\b", re.I
)
_SHIFT_TEXT = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards|on)$", re.I)
#: an ordinal frequency phrase: "for the third time this year", "for the second time in 2026"
_ORDINAL_TIME = re.compile(
    r"\bfor\s+the\s+(?:\w+|\d+(?:st|nd|rd|th))\s+time\s+(?:(?:so\s+far\s+)?(?:in|during|of)\s+)?$", re.I
)
#: an ordinal count of occasions bounded by the current period: "their second face-to-face meeting this year", "the
#: third such visit this year": the period counts the occasions, another date of the sentence dates the act
_ORDINAL_COUNT = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:meeting|visit|trip|summit|talks|call|conversation|encounter|session|round|contact)s?\s+"
    r"(?:(?:so\s+far\s+)?(?:in|during|of)\s+)?$",
    re.I,
)
#: the period running at the telling ("this year"): a count bound; "next year" after an ordinal names an edition
_CURRENT_PERIOD = re.compile(r"(?:this|the\s+current)\s+(?:year|month|week)", re.I)
_VISIT_NOUN = re.compile(r"\b(?:visit|trip|tour)\b", re.I)
_STATE_VISIT = re.compile(r"\bstate\s+visit", re.I)
#: ", and " / ", but " / "; " right before a date that opens a new clause
_CLAUSE_JOINT_BEFORE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?:(?:in|on|since|by|at)\s+)?$", re.I)
#: a subject and a finite verb right after such a date: " Chinese is taught", ", the plant was closed"
_SUBJECT_VERB_AFTER = re.compile(
    r",?\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?P<v>is|are|was|were|has|have|had|will|can|remains?|stands?|\w+ed|grew|rose|fell|began|became|saw|came)\b(?!\s+by\b)"
)
#: a fronted clause of sequence with its own subject ("After Tokayev succeeded …", "Before the talks were held …")
_FRONTED_SEQUENTIAL = re.compile(
    r"[\s\"“*_]*(?:(?:Shortly|Soon|Just|Only|Two|Three|A\s+year|Months|Years)\s+)?(?:After|Before|Once|Until)\s+"
    r"(?!(?:the|a|an|his|her|their|its|this|that|talks|years?|months?|weeks?|days?)\b)(?=[A-Z\w])"
)
#: a fronted "After <occasion noun phrase>" without a verb of its own ("After the summit in Xi'an in June 2023,")
_FRONTED_AFTER_NOUN = re.compile(
    r"[\s\"“*_]*(?:(?:Shortly|Soon|Just|Only)\s+)?After\s+(?:the|a|an|his|her|their|its)\s+"
)
#: the comma that closes such a clause right after its date ("in March 2019, his first …")
_FRONTED_CLOSE = re.compile(r"\s*,")
#: a subject (up to six words) and a finite verb after a clause-opening date: " a week of culture was held"
_CLAUSE_SUBJECT_VERB = re.compile(
    r",?\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?P<v>is|are|was|were|has|have|had|will|can|could|may|must|\w+ed|grew|rose|fell|began|became|saw|came|met|held|"
    r"signed|opened|"
    r"took|made|paid|went|visited)\b(?!\s+by\b)"
)
#: a comma-bracketed adjunct between a clause-opening date and its subject (", during X's state visit to Y,")
_DATE_ADJUNCT = re.compile(
    r",\s+(?:during|at|amid|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|in)\s+[^,;.()]{3,100}?(?=,)", re.I
)
#: a subject with a comma-bracketed apposition after a clause-opening date (" the two presidents, A and B,")
_SUBJECT_APPOSITION = re.compile(
    r"\s+(?:the|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+[^,;.()]{2,60}?(?=,)", re.I
)
#: verbs that repeat the first clause's act for the new subject ("and in May a delegation followed"): an ellipsis
_ELLIPSIS_VERBS = {"followed", "did", "came"}
#: a reported clause whose subject points back at the first clause's people ("and said that they had signed")
_REPORTED_BACK = re.compile(
    r"\s+(?:they|he|she|we|both(?:\s+\w+)?|the\s+two\s+\w+|the\s+(?:sides|parties|leaders|ministers))\b", re.I
)
_ANAPHORIC_NOUN = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.I)
_ANAPHORIC_NOUN_NEXT = re.compile(r"^\s+(?:to|of|by|in|on|at|was\s+(?:paid|made)|took\s+place)\b", re.I)
_NAMED_SUBJECT = re.compile(
    r"\b([A-Z][\w'’-]+)\s+(?:(?:\w+ly|then|also|later|had|has|have|nonetheless|subsequently)\s+)?$"
)
#: the head word of a company's or body's name ("Hualong Group", "Caspian Holding", "Silk Road Fund")
_COMPANY_HEAD = re.compile(
    r"(?:Group|Company|Corporation|Corp|Co|Holding|Holdings|Bank|Ltd|Inc|LLC|JSC|PLC|Fund|Airlines|Airways|Railways|"
    r"Motors|Telecom|Logistics|Capital|Investments?|Industries|Enterprises|Consortium|Ministry|Government|Agency)"
)
_SURNAME_SUBJECT = re.compile(
    r"\b([A-Z][\w'’-]+)(?:,\s+who|,\s+\d{1,3},|\s+(?:\w+ly|then|also|later|had|has|have|nonetheless|subsequently))?\s+$"
)
#: event types whose place tells the state involved when no actor is named
_PLACED_TYPES = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"}
#: a transport link whose ends' states take part (:meth:`EventExtractor._route_states`)
_ROUTE_NOUN = re.compile(
    r"\b(?:flights?|air\s+(?:service|link|route)s?|routes?|(?:container|freight|cargo|block|passenger)\s+"
    r"(?:trains?|services?)|trains?|rail\s+(?:services?|links?)|ferry\s+(?:services?|line)|bus\s+service)\b", re.I)
#: an unnamed party told by its nationality: "a Chinese energy company", "Turkish contractors", "the Chinese side"
_NATIONAL_PARTY = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(?:state-owned|private|[a-z]+)\s+){0,2}?(?:compan(?:y|ies)|firms?|contractors?|"
    r"consorti(?:um|a)|embassy|delegations?|investors?|side|government|banks?|developers?|operators?|manufacturers?|"
    r"carmakers?|automakers?|builders?|enterprises?|corporations?|state\s+companies)\b"
)
#: "of the" after a recognition's match, and the styles a recognised state may be named with after it
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_STATE_STYLES = ("Republic of ", "Kingdom of ", "State of ")
#: a place named as a transport link's end: "between/from/to A", "A-B"
_ROUTE_BEFORE = re.compile(r"(?:\bbetween|\bfrom|\bto|[-–—])\s*$", re.I)
#: what joins a link's two ends: "A-B", "A–B", "A and B" (after "between"), "A to B"
_ROUTE_JOIN = re.compile(r"\s*[-–—]\s*|\s+(?:and|to)\s+", re.I)


def _route_ends(text: str, places: list[ActorMention], lo: int) -> list[ActorMention]:
    """The places of ``places`` told as ends of a transport link: after "between/from/to" or a dash, or joined
    to the next place by a dash, "and" or "to" ("Urumqi-Baku", "between Baku and Beijing", "from X to Y")."""
    ends: list[ActorMention] = []
    if any(_ROUTE_JOIN.fullmatch(text[a.end : b.start]) and _ROUTE_JOIN.fullmatch(text[b.end : c.start])
           for a, b, c in zip(places, places[1:], places[2:], strict=False)):
        return []  # "the Baku–Tbilisi–Kars railway": a named line, not a service between two ends
    for i, a in enumerate(places):
        lead = bool(_ROUTE_BEFORE.search(text[max(lo, a.start - 12) : a.start]))
        joined = i + 1 < len(places) and bool(_ROUTE_JOIN.fullmatch(text[a.end : places[i + 1].start]))
        if joined and " and " in text[a.end : places[i + 1].start].lower() and not lead:
            joined = False  # "Baku and Beijing" is a link only after "between"
        if lead or joined:
            ends.append(a)
            if joined:
                ends.append(places[i + 1])
    return list({id(a): a for a in ends}.values())


#: event types whose foreign venue's state takes part (:meth:`EventExtractor._venue_state`)
_VENUE_TYPES = {"CONSULT"}
#: the people of an aid mission ("a team of doctors", "medical teams", "rescuers") in an AID cue match
_AID_PEOPLE = re.compile(r"\b(?:doctors|medics|nurses|epidemiologists|virologists|rescuers|medical\s+(?:teams?|"
                         r"brigades?|experts|specialists|workers|staff|personnel)|rescue\s+(?:teams?|brigades?))\b",
                         re.I)
#: a state as the beneficiary of an aid act ("to help Tajikistan", "for Kyrgyzstan"), not its sender
_AID_HELPED = re.compile(r"\b(?:help|helping|assist|assisting|support|supporting|for|to)\s+$", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
#: "the joint statement that followed": a document of the occasion told just before
#: a document the visit told before produced ("the visit produced a joint communique", "the trip yielded ...")
_VISIT_OUTCOME = re.compile(r"\b(?:the|this|that|his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+(?:also\s+)?"
                            r"(?:produced|yielded|resulted\s+in|brought)\b", re.I)
_DOCUMENT_THAT_FOLLOWED = re.compile(r"\b(?:that|which)\s+followed\b", re.I)
#: a participle right after a relationship status ("the strategic partnership declared in 2023", "the alliance
#: that was proclaimed in 2021"): the relationship of the article's pair, told as a reduced relative
_STATUS_PARTICIPLE = re.compile(
    r"\b(?:the|a|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance|relations|ties)\s+"
    r"(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?$",
    re.I,
)
#: a past-tense trigger (continuation sentences only borrow dates for told events)
_PAST = re.compile(
    r"\b(?:\w+ed|was|were|had|met|held|made|paid|signed|took|left|went|came|flew|sent|won|led|began|struck|"
    r"laid|agreed|set|spoke|gave|brought|rode|built|sold|bought|saw|kept)\b",
    re.I,
)
#: a past verb of witnessing right before an event noun ("witnessed the signing of", "oversaw the launch of")
_WITNESSED = re.compile(
    r"\b(?:witnessed|oversaw|observed|attended|watched|presided\s+over|(?:was|were)\s+present\s+at|took\s+part\s+in)"
    r"\s+(?:the\s+|a\s+)?$",
    re.I,
)
#: a sentence that dates itself by reference to an earlier one ("Earlier that day", "The same month")
_SAME_TIME = re.compile(
    r"\b(?P<what>(?:that|the\s+same|on\s+the\s+same)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)|"
    r"(?:the\s+)?(?P<shift>following|next|previous)\s+(?:day|morning|afternoon|evening)|"
    r"the\s+day\s+(?P<shift2>after|before)|"
    r"a\s+day\s+(?P<shift3>later|earlier)|"
    # session 16: "Earlier in the day", "Later in the evening", "At the conclusion of the dialogue": the day told last
    r"(?P<story>(?:earlier|later)\s+in\s+the\s+(?:day|morning|afternoon|evening)|"
    r"at\s+the\s+(?:conclusion|end|close)\s+of\s+the\s+(?:dialogue|talks|meeting|session|consultations|negotiations)))\b",
    re.I,
)
#: a part of the day told last, opening a diary-like sentence ("In the afternoon", "Later that day")
_SAME_DAY = re.compile(
    r"(?:(?:late|early|later)\s+)?in\s+the\s+(?:morning|afternoon|evening)\b|"
    r"later\s+(?:that|in\s+the)\s+(?:day|morning|afternoon|evening)\b",
    re.I,
)
#: "On the first day", "on the last day": a day of the multi-day event told just before
_ORDINAL_DAY = re.compile(
    r"\b(?:on\s+)?the\s+(?P<ord>first|second|third|fourth|fifth|last|final|closing|opening)\s+day\b", re.I
)
_DAY_ORDINALS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
#: a named occasion ("the Astana SCO Summit", "the St Petersburg Economic Forum"); group 1 = its key words
_OCCASION = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){0,4}?(?:[A-Z]{2,}|[A-Z][\w'’-]+)\s+(?:Summit|summit|Forum|forum|Conference|"
    r"conference|Games|Olympics|Congress|Expo|Assembly|Parade))\b"
)
#: an event placed inside an occasion ("during the SCO Summit", "on the sidelines of the forum")
_AT_OCCASION = re.compile(
    r"\b(?:during|at|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of|ahead\s+of|within)\s+the\s+$"
)
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed",
             "thu", "fri", "sat", "sun", "updated", "update", "day", "live"}
_PRECISION_RANK = {"century": 0, "decade": 1, "year": 2, "season": 3, "quarter": 3, "month": 4, "interval": 5,
                   "week": 5, "day": 6}
_UNIT_PRECISION = {"day": {"day"}, "morning": {"day"}, "afternoon": {"day"}, "evening": {"day"}, "night": {"day"},
                   "week": {"day", "week", "interval"}, "month": {"day", "month", "interval", "week"},
                   "year": {"day", "month", "year", "interval", "week", "season", "quarter"}}
_PLANNED = re.compile(
    r"\b(?:will|shall|'ll|is\s+to\s+be|are\s+to\s+be|(?:is|are|was|were)\s+planned|plans?\s+to|planning\s+to|"
    r"scheduled|intends?\s+to|intending\s+to|(?:is|are)\s+expected|expected\s+to|(?:is|are)\s+set\s+to|"
    r"due\s+to\s+(?:be|take|visit|sign|hold|open|start|begin|pay|make|attend|meet|travel|arrive|host|launch)|"
    r"to\s+be\s+held|upcoming|forthcoming|"
    r"next\s+(?:week|month|year)|(?:is|are)\s+going\s+to|expects?\s+(?:\w+\s+){1,4}?to)\b",
    re.IGNORECASE,
)
#: the predicate right after an event noun and its own modifiers that plans it ("a state visit by X is expected",
#: "talks between the ministers will follow", "a summit of the five leaders is scheduled")
#: "visit by <title> X": the by-phrase right after a visit noun names the visitor
#: ", followed by the SCO summit in Bishkek": a second event told after the first one
_FOLLOWED_BY = re.compile(r",\s+(?:and\s+)?(?:followed|succeeded)\s+(?:(?:shortly|soon|immediately)\s+)?by\s+", re.I)
_NOUN_BY = re.compile(r"\s+by\s+(?:[\w.-]+\s+){0,3}$")
_PLANNED_PREDICATE = re.compile(
    r"(?:\s+(?:by|of|to|from|with|between|in|at)\s+(?:(?!\b(?:and|but|or)\b)[^,;:.!?]){0,70}?)?"
    r"\s+(?:(?:is|are)\s+(?:also\s+)?(?:expected|planned|scheduled|due|set|likely|to\s+(?:be|take|follow))"
    r"|will|would|should)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:reportedly|allegedly|according\s+to\s+(?:\w+\s+){0,3}?(?:media|reports?|sources|press|"
    r"agenc(?:y|ies)|outlets?|newspapers?)|it\s+(?:became|has\s+become)\s+known|it\s+(?:was|is|has\s+been)\s+"
    r"reported|(?:media|sources|reports)\s+(?:said|say|claim(?:ed)?|suggest(?:ed)?)|(?:is|are|was|were)\s+"
    r"said\s+to|rumou?red|unconfirmed)\b",
    re.IGNORECASE,
)
_ANNIVERSARY = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>[a-z]+(?:-[a-z]+)?))\s+anniversary\s+of\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
#: what may stand between the event noun of an anniversary phrase and its own year ("the 30th anniversary of the
#: establishment of diplomatic relations in 1992")
_OWN_YEAR_GAP = re.compile(r"(?:\s+(?:of|between|with|and|the|diplomatic|bilateral|relations|ties|[A-Z][\w'’-]*)){0,8}"
                           r"\s+in\s+")
#: an anniversary phrase whose event noun names its own year, after a cue of the day ("exchanged messages on the
#: 30th anniversary of the establishment of relations in 1992"): the day's act falls N years after that year
_ANNIVERSARY_OF_YEAR = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>[a-z]+(?:-[a-z]+)?))\s+anniversary\s+of\s+[^,;:.]{3,90}?\s+in\s+$",
    re.IGNORECASE,
)
_ORDINAL_WORDS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS.split())}
_ORDINALS.update({"twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                  "seventieth": 70, "seventy-fifth": 75, "hundredth": 100})
_FRAME = re.compile(
    r"\b(?:during|as\s+part\s+of|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|within\s+the\s+framework\s+of|"
    r"following|after|at|(?:at|by|towards?|upon|on)\s+the\s+(?:end|close|conclusion|closing|last\s+day|final\s+day)\s+of)"
    r"\s+(?:the|this|that)\s+(?:(?:last|latest|recent|same|previous)\s+)?"
    # session 15: a bare month names the occasion already told ("agreed during the April visit")
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?P<noun>visit|trip|summit|meeting|talks|forum|conference|session|call|conversation)\b",
    re.IGNORECASE,
)
_FRAME_NOUNS = {
    "visit": {"visit"}, "trip": {"visit"}, "summit": {"multilateral"}, "forum": {"multilateral"},
    "conference": {"multilateral"}, "session": {"multilateral", None}, "meeting": {None, "multilateral"},
    "talks": {None}, "call": {"phone"}, "conversation": {"phone", None},
}
#: a sentence that adds to the story just told ("In addition, ...", "Also, ...")
_ADDITION = re.compile(r"\W*(?:In\s+addition|Additionally|Also|Besides|Furthermore|Moreover)\b\s*,?")
#: an event told as following the one just told ("The joint statement that followed ...")
_FOLLOWED = re.compile(r"\b(?:that|which)\s+followed\b(?!\s+(?:the|a|an|its|his|her|their)\b)", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
#: session 15: a range of events "from X in 1991 to the signing of Y": the date inside the from-part, then "to" and
#: the cue's nominal (the date never dates the end of the range)
_FROM_DATE_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:in|on|of)\s+$", re.I)
_TO_EVENT_BETWEEN = re.compile(r"\s+to\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}", re.I)
#: session 15: an undated wish after the act: "will sign the agreement at an early date", "to pay a state visit at a
#: mutually convenient time", "as soon as possible"
_UNDATED_HEDGE = re.compile(
    r"[^.;!?]{0,80}?\b(?:at\s+(?:a|the|an)\s+(?:mutually\s+)?(?:convenient|agreed|suitable|appropriate)\s+(?:time|date|moment)|"
    r"at\s+an\s+early\s+date|at\s+the\s+earliest\s+(?:possible\s+)?(?:date|time|opportunity)|as\s+soon\s+as\s+possible|"
    r"in\s+due\s+course)\b",
    re.I,
)
#: a present-tense passive of a cue ("is completed", "are opened") and the temporal subordinator that opens its clause
_PRESENT_PASSIVE = re.compile(
    r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:completed|finished|opened|launched|commissioned)\b", re.I
)
_TEMPORAL_SUBORDINATOR = re.compile(r"\b(?:as|once|when|until|till)\s+(?:[\w'’-]+\s+){0,8}$", re.I)
#: a quantified class of documents: "many such documents", "numerous similar agreements", "such deals"
_SUCH_CLASS = re.compile(
    r"\b(?:(?:many|numerous|countless|several|dozens\s+of|hundreds\s+of|a\s+number\s+of|lots\s+of|a\s+lot\s+of|"
    r"other)\s+(?:such|similar)|(?<!\ba\s)(?<!\bone\s)such)\s+$",
    re.I,
)
#: a metaphorical stage opened: "opened a new stage", "launched a new chapter"
_NEW_STAGE = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:qualitatively|whole|completely|entirely|fundamentally)\s+)?new\s+"
    r"(?:(?:and\s+)?[\w-]+\s+){0,2}?(?:stage|phase|chapter|page|era|period)s?$",
    re.I,
)
#: thanks for aid told in a relative clause: "expressed gratitude for the assistance China provided"
_THANKS_FOR_AID = re.compile(
    r"\b(?:gratitude|thanks|thanked|thanking|thank|grateful|appreciation|appreciated)\s+(?:[\w'’-]+\s+){0,4}?for\s+"
    r"(?:the|its|their|all\s+the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:assistance|aid|support|help|donations?)\s+"
    r"(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
#: companies of a state as the subject: "Azerbaijani companies took part in", "Chinese firms also attended"
_COMPANIES_SUBJECT = re.compile(
    r"\b(?-i:[A-Z])[\w'’-]+\s+(?:[\w-]+\s+)?(?:companies|firms|businesses|exhibitors|enterprises|producers|"
    r"manufacturers|entrepreneurs|businessmen|brands|start-?ups)\s+(?:also\s+|have\s+|had\s+)?$",
)
#: session 15: a since-clause with a subject and a verb of its own before a date: "since he assumed office as President
#: in", "since the two countries established relations in" (the date tells the clause's act, not the main one)
_SINCE_CLAUSE_BEFORE = re.compile(
    r"\bsince\s+(?:he|she|they|we|I|it|(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)(?:had\s+|has\s+|have\s+)?"
    r"(?:assumed|took|became|came|returned|joined|entered|won|was|were|(?-i:[a-z]{3,}ed))\b[^.;:!?,]{0,80}$",
    re.I,
)
#: a sentence opening with a reference to an occasion just told ("After the ceremony", "Following the reception")
_AFTER_OCCASION = re.compile(
    r"\s*(?:after|following|at\s+the\s+(?:end|close)\s+of|upon\s+the\s+conclusion\s+of)\s+(?:the|this|that)\s+"
    r"(?:(?-i:[a-z]+)\s+)?(?P<noun>(?-i:[a-z]{4,}))\b",
    re.IGNORECASE,
)
_HAPPENING = re.compile(
    r"\b(?:occurred|happened|took\s+place|unfolded|came|was\s+(?:a|an)\s+(?:\w+\s+){0,3}(?:day|date|event|moment))\b",
    re.IGNORECASE,
)
_PAIR_ANAPHORA = re.compile(
    r"\b(?:the\s+two\s+(?:countries|nations|states|sides|governments|leaders|presidents|heads\s+of\s+state)|"
    # session 16: organs of the two states ("the two space agencies agreed", "the two foreign ministers signed")
    r"the\s+two\s+(?:[\w-]+\s+){0,2}?(?:agencies|ministries|armies|militaries|navies|foreign\s+ministers|"
    r"prime\s+ministers|premiers|defen[cs]e\s+ministers|parliaments)|"
    r"both\s+(?:countries|nations|states|sides|governments|leaders|presidents)|the\s+parties|bilateral|"
    r"heads\s+of\s+(?:the\s+two\s+states|state\s+of\s+(?:the\s+two|both))|between\s+the\s+heads\s+of\s+state)\b",
    re.IGNORECASE,
)
#: "The delegation", "On Wednesday, the Chinese delegation": a delegation introduced before is the subject
_DELEGATION_SUBJECT = re.compile(
    r"[\s\"“]*(?:(?:On|In|Later|Earlier|That|The\s+next|The\s+following)\b[^,.;]{0,30},\s*)?"
    r"[Tt]he\s+(?:\w+\s+){0,2}delegation\b"
)
#: "a delegation led by", "delegation headed by"
_DELEGATION_LED = re.compile(r"\bdelegation\s+(?:\([^)]{0,40}\)\s+)?(?:led|headed)\s+by\s+", re.I)
#: Another person a possessive names ("his son", "her husband", "his successor"): not the pronoun's antecedent.
_KIN_NOUNS = ("sons?", "daughters?", "father", "mother", "wife", "husband", "widow", "brothers?", "sisters?",
              "children", "grandsons?", "granddaughters?", "nephews?", "nieces?", "uncle", "cousins?", "family",
              "successor", "predecessor", "rival", "deputy", "aides?", "envoys?", "spokes(?:man|woman|person)")
_KIN = "|".join(_KIN_NOUNS)
#: The clause's subject is another person named by a possessive ("His son made his first state visit", "Her
#: husband visited Riga"): ``rel`` is the kin noun.
_KIN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|when|after|before)\s+|(?:\d{4}|[Ll]ater|[Tt]hen)\s*,?\s+)"
    rf"[\s\"“*_]*(?:[Hh]is|[Hh]er)\s+(?P<rel>{_KIN})\b"
)
_PRONOUN_SUBJECT = re.compile(
    rf"\b(?:he|she|(?:his|her)(?!\s+(?:own\s+)?(?:{_KIN})\b)|the\s+(?:\w+\s+)?(?:leader|president|head\s+of\s+state|"
    r"prime\s+minister|minister|premier|chancellor))\b",
    re.IGNORECASE,
)
#: a third-person pronoun as the subject of the cue's clause, right before the verb ("on Monday he spoke")
_HE_SUBJECT = re.compile(
    r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:(?:also|then|later|again|first|personally|himself|herself|had|has|was|is|will|"
    r"would|did|could|can|may|might|should|briefly|reportedly)\s+)*$"
)
#: a possessive pronoun before an event noun ("his own first state visit", "her talks", "his son's visit")
_HIS_NOUN = re.compile(
    r"\b(?P<p>[Hh]is|[Hh]er)\s+(?P<own>own\s+)?(?:(?P<rel>son|daughter|father|mother)['’]s\s+)?"
    r"(?:(?!(?:and|or|of|with|to|in|on|the|a|an)\b)[a-z][\w-]*\s+){0,3}$"
)
#: A fronted occasion of a signing: "During Prime Minister X's visit,", "when Premier X came to Delhi,", "during a
#: state visit by President X," (up to the comma that closes it), or a visit clause closed by ", during which".
_OCCASION_FRONT = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|In\s+\w+(?:\s+\d{4})?,?)\s+)(?P<occ>(?:[Dd]uring|[Ww]hen|[Ww]hile|[Aa]t\s+the\s+time\s+of)\s+"
    r"[^,;]{3,120}?\b(?:visit|visits|visited|trip|stay|came|come|travelled|traveled|was\s+in)\b[^,;]{0,80}?),\s+"
)
_OCCASION_WHICH = re.compile(r"(?P<occ>\b(?:visit|visited|trip|travelled|traveled)\b[^;]{0,120}?),\s+during\s+which\s+")
#: The explicit parties of a signing after its occasion: states or "the two governments/sides/countries".
_PARTY_GROUP = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|states|sides|governments|parties)\b", re.I)
#: Kin nouns whose person :meth:`EventExtractor._relative` can find (the other bearer of the surname).
_PARENT_CHILD = frozenset({"son", "daughter", "father", "mother"})
#: "they" as the subject of a coordinated clause ("..., and in January they spoke by telephone")
_THEY_MID = re.compile(
    r"(?:,\s+(?:and|but)\s+|;\s+)(?:[^,;]{0,40}?\s)?(?P<p>they)\s+(?:(?:also|then|later|again|first|had|have|"
    r"will|would|did|jointly)\s+)*$"
)
#: a verb taking a "that" clause ("agreed that", "said that"): what follows is a reported act with its own subject
_THAT_CLAUSE = re.compile(
    r"\b(?:agreed|agree|said|says|noted|announced|decided|stated|confirmed|added|stressed|expects?|expected|hoped|"
    r"hopes|recalled|reported|underlined|emphasi[sz]ed)\s+that\b",
    re.I,
)
#: a second "that" clause coordinated with the first ("agreed that X will visit China, and that the next
#: meeting will be held in Beijing")
_AND_THAT = re.compile(r",?\s+and\s+that\b", re.I)
#: a bare "the head of state" (no nationality) as the subject right before the verb
_HEAD_SUBJECT = re.compile(
    r"\b(?P<p>[Tt]he\s+head\s+of\s+state)\s+(?:(?:also|then|later|again|first|personally|had|has|was|will|"
    r"would|did)\s+)*$"
)
#: an object pronoun right after a verb cue ("Aliyev receives him on 12 November")
_HIM_OBJECT = re.compile(
    r"\s*(?P<p>him|her)\b(?=\s*(?:[,.;:)]|$|\s(?:on|in|at|for|with|during|and|last|this|next|early|late|"
    r"again|twice|once|today|yesterday)\b))"
)
#: a person named after a preposition or a verb (an object, not the subject a later pronoun takes up)
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|by|to|of|from|for|on|at|in|between|against|and|met|meets|received|receives|invited|thanked|"
    r"called|told|congratulated)\s+(?:(?:the|President|Premier|Prime|Minister|Vice|Foreign|Chinese|Russian|"
    r"his|her|their|its)\s+)*$"
)
_THEY_SUBJECT = re.compile(r"[\s\"“*_]*They\s+(?:(?:also|then|later|further|additionally|jointly)\s+)?(?-i:[a-z])")
#: a comparative count after the cue ("has met X more often than any other leader"): no single event
_COMPARATIVE_AFTER = re.compile(
    r"[^,.;]{0,50}?\b(?:more\s+(?:often|times|frequently)\s+than|as\s+(?:often|many\s+times)\s+as|"
    r"more\s+than\s+any\s+other)\b",
    re.I,
)
#: "he still receives delegations", "continues to host": a habit in the present
_STILL_BEFORE = re.compile(r"\b(?:still|continues\s+to|continue\s+to|keeps)\s+(?:\w+ly\s+)?$", re.I)
#: a document named after its topic ("the Plan of Consultations", "a programme of meetings")
_DOCUMENT_OF = re.compile(
    r"\b(?:plan|programme|program|protocol|memorandum|agreement|roadmap|schedule|calendar|framework)\s+"
    r"(?:of|on|for)\s+(?:the\s+|political\s+|regular\s+|bilateral\s+)*$",
    re.I,
)
#: a speaker's comment opening with a retold event ("X said that since the establishment of relations, ...")
_SPEAKER_ADJUNCT = re.compile(
    r"\b(?:said|says|noted|notes|stressed|recalled|added|pointed\s+out|emphasi[sz]ed)\s+(?:that\s+)?"
    r"(?:since|after|following)\s+(?:the|its|their)\s",
    re.I,
)
#: cues of a message or congratulation: sent on an anniversary, they are the day's event, not a commemoration
_MESSAGE_RULES = ("consult.message", "support.congratulate", "support.condolence")
#: a reporting verb whose complement holds a temporal clause with its own subject ("X noted that relations had
#: grown since the heads of state signed ..."): the speaker only comments on the event of the clause
_REPORTED_SINCE = re.compile(
    r"\b(?:said|says|noted|notes|stressed|stresses|recalled|recalls|added|adds|pointed\s+out|emphasi[sz]ed|"
    r"underlined|underscored|remarked|observed|told\s+[\w\s]{1,40}?)\b[^;:]*?"
    r"\b(?P<sub>(?:ever\s+)?since|after|following|when)\s+(?=[^,;:]*$)",
    re.I,
)
#: the place of a wire dateline opening a line ("ASTANA, June 16 (QazWire) -", "Baku, 3 May (AZERTAC) —"): where the
#: report was written, neither a party nor the place of its events
_DATELINE_PLACE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d|\d)|\((?-i:[A-Z])|(?:--|[—–]))"
)
#: where a product was made ("buses built in China"): its origin, not a party
_MADE_IN = re.compile(
    r"\b(?:built|made|produced|manufactured|assembled|designed|developed|mined|grown)\s+in\s+(?:the\s+)?$", re.I
)
#: a state or body named as the context of a temporal/causal phrase ("after the dissolution of the USSR", "since
#: the collapse of the Soviet Union", "with the break-up of Yugoslavia"): the setting, not a party
_CONTEXT_OF = re.compile(
    r"\b(?:after|since|following|before|until|till|amid|amidst|upon|on|with|from|by|during|in)\s+(?:the\s+)?"
    r"(?:(?:final|eventual|formal|sudden)\s+)?(?:dissolution|collapse|break-?up|breakdown|disintegration|demise|"
    r"fall|end|death|partition|implosion|liquidation)\s+of\s+(?:the\s+)?(?:former\s+)?$",
    re.I,
)


def at_dateline(text: str, a: ActorMention) -> bool:
    """``a`` is the city of a wire dateline at the start of a line ("ASTANA, June 16 (QazWire) - ...")."""
    if a.kind not in {"place", "state"} or (a.start and text[a.start - 1] != "\n"):
        return False
    return _DATELINE_PLACE_AFTER.match(text, a.end) is not None


def in_context_phrase(text: str, a: ActorMention, head: int | None = None) -> bool:
    """``a`` names the setting of a temporal/causal phrase ("after the dissolution of the USSR"), not a party
    (unless the act's word at ``head`` is inside that phrase: "the collapse of the Soviet Union in 1991")."""
    if a.kind not in {"state", "organisation"}:
        return False
    m = _CONTEXT_OF.search(text, max(0, a.start - 60), a.start)
    return m is not None and not (head is not None and m.start() <= head < a.start)


def not_a_party(text: str, a: ActorMention, head: int | None = None) -> bool:
    """``a`` names no party of the act told at ``head`` (the cue or verb): the city of a wire dateline opening a
    line, the origin of a product ("buses built in China") or the setting of a temporal phrase."""
    if at_dateline(text, a) or _MADE_IN.search(text, max(0, a.start - 40), a.start):
        return True
    return in_context_phrase(text, a, head)


#: a year as the subject of "marked the Nth anniversary" (a label of the year, not an act)
_YEAR_MARKED = re.compile(
    r"\b(?:(?:last|this|next|that)\s+year|(?:19|20)\d\d)\s+(?:marked|marks|will\s+mark)\s+(?:the\s+)?\w+\s+anniversary\b",
    re.I,
)
_SUBJECT_JOINT = re.compile(r",\s+and\s+(?=(?:the\s+|President\s+|Prime\s+Minister\s+)?(?-i:[A-Z]))", re.I)
_FIGURE = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*(?:\s*(?:billion|million|thousand|trillion|bn|mln|m)\b)?|"
    r"\b\d[\d,.]*\s*(?:billion|million|thousand|trillion|bn|mln)?\s*(?:USD|EUR|dollars|euros?|manats?|AZN|"
    r"yuan|CNY|rubles?|roubles?|tons?|tonnes?|TEU|barrels|%|percent|per\s+cent)(?!\w))",
    re.IGNORECASE,
)
_FIGURE_TO_DATE = re.compile(
    r"^\s*(?:USD\s*)?(?:(?:in|for|during|by|over|as\s+of|at\s+the\s+end\s+of)\s+(?:[\w'’-]+\s+){0,3}?)?"
    r"(?:in|for|during|by|over|as\s+of)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
#: text between two dates of one cue that coordinates them ("in May 2006 and in October 2011")
_PARTY_NAME = r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)"
#: the first party of a party-and-day list, right before its date ("visited Uzbekistan on the 2nd")
_PARTY_FIRST = re.compile(r"(?:(?:to|with|in)\s+)?" + _PARTY_NAME + r"\s+(?:on|in)\s+(?:the\s+)?$")
#: one more party and its day (", Kazakhstan on the 3rd", " and to Tashkent on Friday")
_PARTY_STEP = re.compile(
    r"\s*(?:,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?)(?:(?:to|with|in)\s+)?" + _PARTY_NAME
    + r"\s+(?:on|in)\s+(?:the\s+)?"
)
_MONTH_NAME = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.I)

_DATE_CHAIN = re.compile(
    r"^[\s,;–-]*(?:(?:and|or|as\s+well\s+as|then|again|also|twice|respectively)\s+)*"
    r"(?:(?:in|on|from|during|by|and|at)\s+)*(?:the\s+)?$",
    re.IGNORECASE,
)
#: a second occasion of the same event told with its own date ("talks held in Baku in May and at the summit in
#: Astana in July"): one claim per occasion
_OCCASION_CHAIN = re.compile(
    r"^\s*,?\s*and\s+(?:again\s+|later\s+|then\s+)?(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?"
    r"(?:[\w'’–-]+\s+){0,4}?(?:(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+)?(?:in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: where a cue's clause ends: later material belongs to another event
_CLAUSE_END = re.compile(
    r";|:\s|,\s+(?:where|which|who|whom|whose|after\s+which|before\s+which|while|whereas|when|although|but)\b",
    re.IGNORECASE,
)
#: "the two leaders", "the three governments", "both sides": a group told in the previous sentences
_GROUP = re.compile(
    r"\b(?:the|both|all)\s+(?:(?P<n>two|three|four|five|six|\d)\s+)?"
    r"(?P<noun>leaders|presidents|heads\s+of\s+state|heads\s+of\s+government|prime\s+ministers|premiers|ministers|"
    r"foreign\s+ministers|sides|countries|governments|states|nations|parties|capitals)\b",
    re.IGNORECASE,
)
#: a sentence opening with a group subject that refers back ("The two sides also ...", "Both leaders then ...")
_GROUP_OPENING = re.compile(
    r"\s*(?:(?:The|Both)\s+(?:two\s+|three\s+)?(?:sides|leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|"
    r"ministers|foreign\s+ministers|delegations|parties|countries|governments)\s+(?:(?:also|then|later|further|additionally)\s+)?|"
    r"They\s+(?:also|then|later|further|additionally)\s+)"
    r"(?-i:[a-z]+ed|held|signed|met|agreed|made|set|took)\b"
)
#: a group noun as the complement of a preposition ("between the two countries", "of both sides")
_GROUP_COMPLEMENT = re.compile(r"\b(?:of|between|among|with|for|to|from|in)\s+$", re.I)
#: a gathering of more than two states ("at the summit", "the forum")
_MULTILATERAL = re.compile(r"\b(?:summits?|forums?|multilateral)\b", re.I)
_OF_GROUP = re.compile(r"\s+(?:of|between)\s+(?=(?:the|both|all)\s)", re.I)
#: "on the sidelines of the SCO summit", "on the margins of the forum": a bilateral meeting beside a gathering
_SIDELINES = re.compile(r"\b(?:sidelines|side-lines|margins|sideline)\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,6}$",
                        re.I)
_GROUP_PEOPLE = {"leaders", "presidents", "heads of state", "heads of government", "prime ministers", "premiers",
                 "ministers", "foreign ministers"}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: plural event nouns under a determiner that refers back or generalises ("these meetings", "such visits")
_GENERIC_PLURAL = re.compile(
    r"\b(?:these|those|such|previous|earlier|many|numerous|regular|frequent|several|multiple|all|past|"
    r"one\s+of\s+(?:the|his|her|its|their|our))\s+(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: nouns of events that are complete without named parties (a conflict, truce or gathering)
_SELF_CONTAINED = re.compile(
    r"\b(?:cease-?fires?|truces?|armistice|wars?|fighting|hostilities|clashes|summits?|conference)\b", re.I
)
#: a plural subject of a gathering verb ("the three leaders met", "both sides met")
_GATHERING_SUBJECT = re.compile(
    r"\b(?:the|both)\s+(?:(?:two|three|four|five|\d)\s+)?(?:leaders|presidents|heads\s+of\s+(?:state|government)|"
    r"(?:prime|foreign)\s+ministers|ministers|sides|delegations)\s+(?:\w+ly\s+|also\s+|then\s+)?$",
    re.I,
)
_PURPOSE_BEFORE = re.compile(r"\b(?:for|at|towards|toward|on|about|of|aimed\s+at|aiming\s+at)\s+$", re.I)
#: occasions whose bare definite mention ("took part in the ceremony") refers to an event already told
#: the act a ceremony is of, before the noun: "a groundbreaking ceremony", "the launch ceremony", "a signing ceremony"
_CEREMONY_ACT_BEFORE = re.compile(
    r"\b(?P<act>ground-?breaking|foundation(?:-stone)?|cornerstone|launch(?:ing)?|opening|inauguration|inaugural|"
    r"commissioning|signing|ribbon-cutting)\s+(?:[\w'’-]+\s+){0,1}$",
    re.I,
)
#: the act after the noun: "the ceremony marking the start of construction of", "a ceremony launching construction"
_CEREMONY_ACT_AFTER = re.compile(
    r"\s+(?:(?:held\s+)?(?:on|near|in|at)\s+(?:[\w'’.-]+\s+){1,6}?)?(?:(?:to\s+)?(?:mark(?:ing|s)?|celebrat(?:ing|e))"
    r"\s+(?:the\s+)?(?:(?P<act>start|beginning|launch|opening|inauguration|completion|commissioning|signing)\b)|"
    r"(?:(?:launching|starting|for\s+the\s+start\s+of|(?:that|which)\s+(?:launched|started|began|kicked\s+off|"
    r"marked\s+the\s+(?:start|beginning)\s+of))\s+(?:the\s+)?(?P<act2>construction)))",
    re.I,
)
#: a second-person subject right before the cue: "You arrived in Baku", "you recently visited"
_YOU_SUBJECT = re.compile(r"(?:^|[\s*_\"“])(?:you|You)\s+(?:(?:have|had|also|only|just|recently|\w+ly)\s+){0,2}$")
#: a whole bold or italic line
_BOLD_LINE = re.compile(r"[ \t]*(?:\*\*|__)[^\n*_]{3,300}(?:\*\*|__)[ \t]*$", re.M)
#: "a ceremony", "an official ceremony"
_INDEFINITE_CEREMONY = re.compile(r"\ban?\s+(?:[\w'’-]+\s+)?$", re.I)
#: nothing after a bare ceremony but its place or time: "a ceremony near the eastern city of Andijan, where ..."
_BARE_CEREMONY_END = re.compile(
    r"(?:\s+(?:in|near|at|on|outside)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:of\s+)?[\w'’.-]+)?\s*(?:[,;.]|$)", re.I
)
#: a definite ceremony of an act ("the signing ceremony"): refers back to the act told before
_DEFINITE_CEREMONY = re.compile(r"\b(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
#: the ceremony's own object: "ceremony for a wind farm", "ceremony of the new terminal"
_CEREMONY_OBJECT = re.compile(r"(?:\s+(?:on|in|at|near)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?\s+(?:of|for)\s", re.I)
#: "the opening ceremony of the Asian Games / of the summit": a ceremony of a gathering is attending the gathering
_CEREMONY_OF_GATHERING = re.compile(
    r"\s+(?:of|for|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:summit|forum|games|olympics|congress|conference|"
    r"session|festival|expo|exhibition|fair|championships?|assembly|year)\b",
    re.I,
)
#: "agreed that <subject> will/is to ...": the content of the agreement is a future act
_AGREED_THAT_FUTURE = re.compile(
    # (session 16: not an indefinite subject, "agreed that a Chilean astronaut would train in China and fly to the
    # station": no known person's planned trip, the agreement is the event)
    r"agreed\s+(?:in\s+principle\s+)?that\s+(?!(?:an?|one|some|several)\s)(?P<subj>[^,;:.]{1,60}?)\s+"
    r"(?:will|would|shall|should|(?:is|are|was|were)\s+to)"
    r"\s+(?:also\s+|soon\s+)?",
    re.I,
)
#: a count of people as a clause's subject: "almost 40,000 Chinese tourists", "more than 2,000 representatives from
#: 40 countries", "thousands of pilgrims"
_PEOPLE_COUNT = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:some|about|around|over|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than|"
    r"a\s+total\s+of|up\s+to|at\s+least|an\s+estimated)\s+)?(?:(?P<n>\d[\d,.]*)(?:\s+(?:thousand|million))?|"
    r"(?:hundreds|thousands|tens\s+of\s+thousands|millions)\s+of)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:tourists|visitors|travell?ers|representatives|participants|delegates|guests|students|pilgrims|spectators|"
    r"fans|people|citizens|nationals|businessmen|businesspeople|entrepreneurs|companies|firms|exhibitors|"
    r"journalists|experts|specialists|workers|volunteers|athletes)\b",
    re.I,
)
#: what may stand between the counted subject and its verb: "from 40 countries and regions", "(up 20%)", "also"
_COUNT_TAIL = re.compile(r"(?:\s+(?:from|of)\s+(?:over\s+|more\s+than\s+|some\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)?"
                         r"(?:\s+(?:also|already|have|has|had))?"
                         # session 14: a forecast count ("40,000 tourists are expected to visit", "will visit")
                         r"(?:\s+(?:(?:are|were|is)\s+(?:(?:also|now|still)\s+)?(?:expected|forecast|projected|likely|"
                         r"set|due|estimated)\s+to|will|would|could|may|might|should))?\s*", re.I)
_RETOLD_OCCASIONS = {"meeting", "meetings", "ceremony", "ceremonies", "session", "sessions", "opening",
                     "inauguration", "celebration", "celebrations"}
_NAMED_AFTER = re.compile(r"\s+(?:of|on|for)\s+(?:the\s+)?(?:\d+\w*\s+)?(?-i:[A-Z0-9])")
_BARE_DEFINITE = re.compile(r"\b(?:in|at|attended|attends|attending|joined)\s+(?:the|this|that)\s+$", re.I)
#: "was met (at the airport) by": arrival protocol
_PASSIVE_MET = re.compile(r"\b(?:was|were|being|been)\s+(?:\w+ly\s+)?met\b", re.I)
_BY_AFTER = re.compile(r"(?:\s+(?:at|in|on)\s+(?:the\s+)?[\w\s'’-]{1,40}?)?\s+by\b", re.I)
#: a banquet/dinner/reception hosted for a summit's guests as a group
_BANQUET = re.compile(r"\b(?:banquet|dinner|reception|luncheon|gala)\b", re.I)
_FOR_ALL_GUESTS = re.compile(
    r"[^.;]*?\bfor\s+(?:all\s+)?(?:the\s+)?(?:visiting\s+)?(?:heads\s+of\s+(?:state|delegations?|government)|"
    r"(?:summit\s+)?participants|delegations|guests|leaders|delegates)\b",
    re.I,
)
_SINCE_WHEN = re.compile(r"\s*,?\s+when\b", re.I)
_SUMMARY_PLURAL = re.compile(r"\b(?:visits|meetings|trips|summits|exchanges)\b", re.I)
_PLURAL_EVENT_NOUNS = {"meetings", "visits", "trips", "summits", "talks", "negotiations", "consultations"}
#: an agreement to a vague intention, not an event ("agreed to expand cooperation")
_VAGUE_AGREEMENT = re.compile(
    r"\s*(?:further\s+|jointly\s+)?(?:expand|deepen|strengthen|develop|boost|enhance|continue|increase|"
    r"intensify|promote|step\s+up|broaden|explore|work|cooperate|consider|study|look|keep|maintain|seek|"
    r"push|advance|accelerate|speed\s+up|improve|encourage|facilitate|support|make\s+(?:full\s+|better\s+|good\s+)?use)\b"
    r"(?!\s+(?:the\s+)?(?-i:[A-Z]))",  # "agreed to develop Chabahar": a named object makes it concrete
    re.IGNORECASE,
)
#: the event was called off or put off ("the signing has been postponed", "postponed the visit")
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:postponed|cancell?ed|canceled|called\s+off|put\s+off|delayed|scrapped)\s+(?:\w+\s+){0,3}$", re.I
)
_CALLED_OFF_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+(?:\w+ly\s+)?"
    r"(?:postponed|cancell?ed|canceled|called\s+off|put\s+off|delayed|suspended\s+indefinitely)\b",
    re.I,
)
#: negation after the cue, within its clause ("the visit did not take place", "signing of the treaty has
#: not yet been scheduled"); "and" (not before a name)/"but"/a relative pronoun starts another verb's clause
_NEGATED_AFTER = re.compile(
    r"(?:\s+(?!(?:and(?!\s+(?-i:[A-Z]))|but|or|while|although|though|which|who|whose|that|after|before|when|"
    r"because)\b)"
    r"[\w'’-]+){0,10}?\s+(?:(?:has|have|had|was|were|is|are|did|does|do)\s+(?:not|never)\b|"
    r"(?:hasn|haven|hadn|wasn|weren|isn|aren|didn|doesn|don)['’]t\b|never\b)",
    re.I,
)
#: a reported plan right before the cue ("said it would launch", "announced that it would open")
_REPORTED_PLAN = re.compile(
    r"\b(?:said|says|announced|announces|stated|confirmed|told\s+[\w'’-]+|added)\s+(?:that\s+)?"
    r"(?:it|they|he|she|the\s+[\w'’-]+|(?-i:[A-Z])[\w'’-]+)\s+would\s+(?:soon\s+|also\s+|now\s+)?$"
    # session 16: an agreed or announced step with a titled subject ("agreed that Prime Minister X would visit
    # China later this year"), and the second that-clause of such a verb (", and that X would visit ...")
    r"|\b(?:(?:agreed|decided|announced|confirmed|said|stated)\s+that|,\s*and\s+that)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,5}would\s+(?:soon\s+|also\s+|now\s+)?$"
    # session 18: a reported future with a time of the report and a longer subject ("said earlier this month that A,
    # B and C passport holders would keep ..."), not a condition ("said that if the talks failed, troops would")
    r"|\b(?:said|announced|stated|confirmed)\s+(?:(?:earlier|later|last|this|on|in)\s+(?:\w+\s+){0,2})?that\s+"
    r"(?!(?:[\w'’,-]+\s+){0,10}?(?:if|unless|whether|could|might|should)\b)(?:[\w'’,-]+\s+){1,10}?would\s+"
    r"(?:soon\s+|also\s+|now\s+)?$",
    re.I,
)
#: a denial governs everything after it in its clause ("denied reports that they are preparing to leave")
_DENIAL = re.compile(
    r"\b(?:den(?:ied|ies|y|ying)|dismissed|rejected|refuted)\s+(?:\w+\s+){0,2}?(?:reports?|claims?|allegations?|"
    r"rumou?rs?|suggestions?|speculation)?\s*that\b", re.I
)
#: a relative clause inside a cue match ("construction of Line D, which would run ..., was launched")
#: a measuring verb as a cue's core, right before a figure ("reached 10 bcm", "rose to $3 billion")
_MEASURING_CORE = re.compile(
    r"\b(?:reach(?:ed|es)?|amount(?:ed|s)\s+to|totall?(?:ed|s)|st(?:ood|ands)\s+at|exceed(?:ed|s)|topp(?:ed|s)|"
    r"hit|(?:rose|rises|grew|grows|increased|increases|jumped|jumps|fell|falls|declined|declines|dropped|drops|"
    r"decreased|decreases)(?:\s+(?:by|to))?)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|"
    r"less\s+than|a\s+record)\s+)?(?:[$€£¥]\s*)?\d",
    re.IGNORECASE,
)
#: a fronted subordinate clause that reports something: "When rumours spread that", "After reports that"
_FRONTED_REPORT = re.compile(
    r"\s*[*_\"“]*(?:When|After|As|Once|Since|Following|Amid)\s+(?:[\w'’-]+\s+){0,5}?that\b", re.IGNORECASE
)
_RELATIVE_START = re.compile(r",\s+(?:which|who|whose|where)\b", re.IGNORECASE)
#: Session 17: a fronted adverbial clause with its own subject and verb ("When Britain, France and Germany triggered
#: the snapback ..., China said ..."; "nine days later, after American bombers hit Fordow, it condemned ..."): the
#: conjunction at the start of the sentence (or of a ';' part), after at most a short lead-in phrase and its comma
_FRONTED_ADVERBIAL = re.compile(
    r"\s*[*_\"“]*(?:[\w'’-]+(?:\s+[\w'’-]+){0,3},\s+)?"
    r"(?:When|Whenever|While|Although|Though|Because|Once|Until|Before|After|As\s+soon\s+as|Even\s+though)\s+",
    re.IGNORECASE,
)
#: Session 17: cues of a membership act (joining, accession, a status granted or applied for)
_MEMBERSHIP_CUE = re.compile(r"(?:^|\.)(?:join|member|membership|status_received)$")
#: a gathering noun (its venue hosts it)
_GATHERING_NOUN = re.compile(r"\b(?:summits?|forums?|conferences?|congress|games|olympics|expo)\b", re.IGNORECASE)
#: "since" before a person and the date of the person's act ("since Jiang Zemin in 2002", "since Gül's visit in 2009")
_SINCE_WORD = re.compile(r"\bsince\s+(?:(?:President|Premier|Prime\s+Minister|Chairman)\s+)?")
_PERSON_DATE_GAP = re.compile(
    r"(?:['’]s\s+(?:state\s+|official\s+)?(?:visit|trip))?\s+(?:in|on)\s+(?:the\s+)?"
)
_DATE_START = re.compile(
    r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)"
)
#: a personal pronoun that refers back to a person named before ("told him", "he and Rahmon attended")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
#: a comma continuing a list of names ("Britain, France and Germany", "Fordow, Natanz and Isfahan")
_LISTED_NAME = re.compile(r"\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,|\band\b|\bor\b)")
#: a finite verb of that clause (lower case: "United", "Armed" in names are no verbs)
_FRONTED_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|is|are|had|has|have|did|does|hit|met|made|took|went|came|began|won|lost|left|became|"
    r"broke|gave|sent|paid|held|put|set|cut|struck|sought|brought|fought|spoke|rose|fell|ran|chose|drew|grew|led|"
    r"saw|shut|told|withdrew|wrote|swept|seized|overthrew|shot|says|said|spent|flew|stayed)\b"
)
#: a relative clause inside a cue's match, up to its last comma ("X, which runs through A, B and C and would
#: cut ..., was launched": a list's commas do not end it)
_INNER_RELATIVE = re.compile(r",\s+(?:which|who|that|where)\b[^;]*,")
#: reported speech: the statement is itself the event when its complement says what kind
_COMPLEMENT_TYPES = (
    ("THREATEN", re.compile(
        r"\b(?:would|will|could)\s+(?:\w+\s+)?(?:oppose|retaliate|respond|resist|not\s+tolerate|not\s+allow|"
        r"take\s+(?:\w+\s+)?(?:measures|countermeasures|steps))\b|\bred\s+line\b|\bconsequences\b", re.I)),
    ("REJECT", re.compile(
        r"\b(?:would|will|shall)\s+(?:not|never|no\s+longer)\b|\bwon['’]t\b|\b(?:turn|turned|turning)\s+down\b|"
        r"\b(?:refuse|refused|reject|rejected|rejects)\b|\bhad\s+(?:in\s+effect\s+)?halted\b", re.I)),
    ("ACCUSE", re.compile(
        r"\b(?:betrayal|blackmail|violat\w+|illegal|illegitimate|provocation|interference|sabotage|genocide|"
        r"war\s+crimes?)\b", re.I)),
)
_STATEMENT_CUES = {"statement.say", "agree.declare"}
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\b", re.I)
#: a date anchored on another event ("a year after the protests") never extends a list of dates
_ANCHORED = re.compile(r"\b(?:after|before|later|earlier)\b", re.I)
#: a subordinate clause between a date and a cue: "vowed on Sunday to ... after the government shelved talks"
_SUBORDINATE = re.compile(
    r"\b(?:after|before|since|until)\s+(?:the|its|his|her|their|a|an|we|they|he|she|it|(?-i:[A-Z]))\w*\s[^,;]*$"
)
_SUBORDINATE_COST = 200.0
#: An occasion told a few days before a dated act: "(announced) only days after a visit to", "just days after the
#: talks": the occasion falls in the days before the act's day, given as that day's month.
#: "came days after X visited", "a week before the minister arrived": the act is set off the clause before it
_SET_OFF_BEFORE = re.compile(
    r"\b(?:(?:only|just|a\s+few|several|some|two|three)\s+)?(?:days|weeks|hours|a\s+(?:day|week))\s+"
    r"(?:after|before)\s+[^.;:]*$", re.I,
)
_DAYS_AFTER_OCCASION = re.compile(
    r"\b(?:(?:only|just|mere|merely|barely|a\s+few|several|some)\s+)?(?:days|a\s+day|hours)\s+after\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: A trailing "after / before" clause with its own subject and past verb between a cue and a later date ("the
#: route was announced after the foreign ministers met in Beijing in March"): the date is the subordinate act's.
_TRAILING_SUBORDINATE = re.compile(
    r"\b(?:after|before)\s+(?:(?:the|a|an|his|her|their|its|both|two|our|we|they|he|she|it)\b|(?-i:[A-Z]))"
    r"[^,;]{0,60}?\b(?:met|visited|spoke|talked|arrived|returned|travell?ed|came|went|was|were|had|did)\b[^,;]*$",
    re.I,
)
#: "two years after ...", "a month before ...": a time told relative to another event
_APPOSITIVE_ANCHOR = re.compile(
    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before)\b",
    re.IGNORECASE,
)
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:(?:just|only|some|about|nearly|almost)\s+)?", re.IGNORECASE)
#: the date stands inside a relative clause opened just before it (", which took office in")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|whose)\b[^,;().!?]*$", re.IGNORECASE)
#: a prepositional relative clause between a cue and a later date: the date is that clause's ("signed a
#: memorandum under which X aims to double ... by 2027"); a plain ", which" clause describes the cue's noun
#: and may date it ("the summit, which Kazakhstan hosted on 28 November")
#: an open who/whose clause between a cue and a later date: the date is that clause's verb's
_RELATIVE_PERSON = re.compile(
    r",\s+(?:(?:with|to|for|from|by|of)\s+)?(?:who|whose|whom)\b(?!.*,\s+(?:who|whose|whom)\b)", re.I | re.S
)
#: an object relative clause inside a cue's match ("the conference that Baku hosted"): its subject follows
_TAKING_OFFICE = {"cooperate.appoint", "lex.cooperate.office"}
_ROW_HEAD_PRECISION = {"year", "month", "day", "interval", "season", "quarter"}
#: an event-noun adjunct whose date is its noun's, not the row's ("after his election in 2003")
_ROW_ADJUNCT = re.compile(
    r"\b(?:after|before|since|following|until|ahead\s+of|prior\s+to)\s+(?:(?:the|his|her|their|its|a|an)\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:in|on|of|from)\s+(?:the\s+)?$",
    re.I,
)
#: a row's ';' part going on with the same subject: "; he is in Beijing from 19 to 23 December"
_PRONOUN_PART = re.compile(r"\s*(?:he|she|they|it)\s+(?:is|was|are|were|stays?|stayed|remains?|remained)\b", re.I)
#: "the 30th anniversary of the establishment of diplomatic relations in 2022": the ordinal and what is marked,
#: up to a date word, a clause break or the sentence's end
_ANNIVERSARY_OF = re.compile(
    r"\b(?:the\s+)?(?:(?P<n>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd))\s+)?anniversary\s+of\s+"
    r"(?P<what>(?:the\s+)?[\w'’-]+(?:\s+(?!(?:in|on|at|this|next|last|with|by|and|which|when|that|during)\b)"
    r"[\w'’-]+)*?)(?=\s+(?:in|on|at|this|next|last|with|by|and|which|when|that|during)\b|\s*[,;.()]|\s*$)",
    re.I,
)
_ROW_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b", re.I)
_OBJECT_RELATIVE = re.compile(r"\b(?:that|which)\s+(?=(?-i:[A-Z]))")
#: "since" + an event noun phrase between a cue and a later date: the date is that event's
_SINCE_EVENT = re.compile(r"\bsince\s+(?:the|their|his|her|its|a|an)\s", re.I)
#: a reporting verb opening a reported clause ("said the sides had", "told reporters that")
_REPORTING = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+\w+|\w+)|added|noted|stated|confirmed|explained)"
    r"\b(?:\s+[^,.;]{0,60}?)?\s+that\b|\b(?:said|says|added|noted|stated|confirmed)\s+(?=(?:the|they|it|both)\b)",
    re.I,
)
#: a report's own date ("said on Tuesday", "told Reuters on 3 March", "said in a statement on Monday")
_REPORTED_ON = re.compile(
    r"\b(?:said|told|announced|stated|confirmed|reported|wrote)\b[^.;:]{0,30}?\s(?:on\s+)?$", re.I
)
#: a relative clause closed by a comma inside a gap (", who is on a state visit to China,")
_CLOSED_RELATIVE = re.compile(r",\s+(?:who|whose|whom|which)\b[^,;]*,", re.IGNORECASE)
_RELATIVE_GAP = re.compile(r"\b(?:(?:under|by|through|according\s+to)\s+which|whereby)\b", re.I)
#: a first-person subject right before the verb ("we signed", "our companies also opened", "I visited")
_FIRST_PERSON_SUBJECT = re.compile(
    r"(?:\b(?:[Ww]e|I)|\b[Oo]ur\s+(?:[a-z-]+\s+){0,2}?(?:government|country|state|side|delegation|ministry|"
    r"companies|company|leaders?|president|officials|parliament|authorities|diplomats|negotiators|nation|"
    r"bank|firm|two\s+countries|two\s+states|two\s+nations|presidents|heads\s+of\s+state|prime\s+ministers|"
    r"foreign\s+ministers|governments)|\b[Mm]y\s+(?:country|government))\s+"
    r"(?:(?:\w+ly|also|then|both|all|jointly|had|have|first)\s+)*$"
)
#: "our two countries", "both our countries": the speaker's state and its partner
#: ("our presidents", "our governments": one office per state, so both sides)
_FIRST_PERSON_BOTH = re.compile(
    r"\b(?:(?:[Oo]ur\s+two|[Bb]oth\s+our)\s+(?:countries|states|nations)|[Oo]ur\s+(?:presidents|heads\s+of\s+"
    r"state|prime\s+ministers|foreign\s+ministers|governments))\b"
)
#: the speaker as the partner after the verb ("signed the deal with us")
_FIRST_PERSON_PARTNER = re.compile(r"\b(?:with|and)\s+(?:us|our\s+(?:country|side|government))\b")
#: a quotation's attribution: a verb of saying or "according to" (the speaker is named next to it)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|noted|stressed|recalled|explained|remarked|declared|stated|insisted|"
    r"according\s+to|words\s+(?:were|are)\s+those\s+of)\b",
    re.IGNORECASE,
)
#: a speaker's turn in an interview: a paragraph opening with a name and a colon ("Zeynalli: We ...")
_TURN_LABEL = re.compile(r"^[ \t]*[*_]{0,2}((?-i:[A-Z])[\w'’.-]+(?:\s(?-i:[A-Z])[\w'’.-]+){0,2})[*_]{0,2}:[*_]{0,2}\s",
                         re.MULTILINE)
#: an interview's intro: "... spoke to X", "in an interview with X", "Q&A with Ambassador X", "X told <outlet> in an
#: interview"
_INTERVIEW_INTRO = re.compile(
    r"\b(?:(?:spoke|talked|sat\s+down)\s+(?:exclusively\s+)?(?:to|with)|(?:in\s+)?an?\s+(?:exclusive\s+)?"
    r"interview\s+(?:with|to|for|given\s+to)|Q\s?&\s?A\s+with|interviewed|in\s+conversation\s+with)\b",
    re.IGNORECASE,
)
#: an interviewer's question opening a line: "Q:", "Question:", "**Q.**", or a whole bold/italic line ending in "?"
_QUESTION_TURN = re.compile(
    r"^[ \t]*(?:[*_]{0,2}(?:Q|Question|QUESTION)[*_]{0,2}\s*[:.][*_]{0,2}\s|[*_]{1,2}[^\n*_]{3,300}\?[*_]{1,2}[ \t]*$)",
    re.MULTILINE,
)
_FIRST_PERSON_ORG = re.compile(r"\b(?:company|bank|firm|group|corporation|fund)\b", re.I)
_HE_SHE = re.compile(r"\s*(?:He|She)\b")
#: the interviewer's turn ("Q:", "Question:", the outlet or "Editor:")
_ASKER = re.compile(r"(?i:q|question|interviewer|editor|host|moderator|reporter|correspondent)$")
#: who speaks: an issuing body ("Ministry of Foreign Affairs of ...", "Press Service") or the speaker's post
_ISSUER = re.compile(
    r"\b(?:ministry\s+of\s+foreign\s+affairs|foreign\s+ministry|press\s+(?:service|office)|embassy|"
    r"presidential\s+administration|government\s+of|(?:former\s+)?(?:\w+\s+)?(?:diplomat|ambassador|"
    r"minister|official|envoy|negotiator)\b)",
    re.IGNORECASE,
)
#: a wire dateline: the city in capitals, then a comma or the agency in brackets
_DATELINE = re.compile(r"\s*((?-i:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2}))\s*(?:,|\(|/)")
#: an unnamed national institution right before the verb ("The government cancelled", "parliament adopted")
_INSTITUTION_SUBJECT = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|after|when|as)\s+|(?<![\w'’-]\s)(?<![\w'’-]))"
    r"(?P<inst>(?:(?-i:[A-Z])?[a-z]+\s+){0,1}?(?:government|parliament|cabinet|lawmakers|legislators|"
    r"authorities|legislature|(?:foreign|economy|defence|defense|interior|energy)\s+ministry))\s+"
    r"(?:(?:\w+ly|also|then|later|had|has|have|finally)\s+)*$",
    re.IGNORECASE,
)
#: "... and met": a verb coordinated with the one before it (same subject)
_COORDINATED_VERB = re.compile(r"(?:,\s*|\s)and\s+(?:(?:then|later|also|\w+ly)\s+)?$", re.IGNORECASE)
#: modal with be/have before a participle ("would be held"): the verb is not a past tense
_MODAL_AUX = re.compile(
    r"\b(?:would|will|could|should|might|may|must|shall|can)\s+(?:\w+ly\s+)?(?:be|have\s+been|have)\s", re.I
)
#: "If", "unless", "whether" anywhere before the cue in its clause: a condition governs it
#: (session 16: an inverted condition, "Should Xi Jinping visit Baku in 2026, it would be the first visit", "Were the
#: line to open in 2027, ...")
_CONDITION_BEFORE = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b|\b(?:Should|Were|Had)\s+(?:the\s+|a\s+|an\s+)?[A-Z]"
)


#: a heading line: Markdown ("## Outlook") or a bold line ("**March 2022**")
_HEADING_MARK = re.compile(r"^[ \t]*(?P<mark>#{1,6}[ \t]+|\*\*|__)(?P<body>[^\n]{1,80}?)[ \t*_:]*$", re.M)

#: --- generic fallback ("fallback.verb")
_FB_CLAUSE_START = re.compile(
    r";|:\s|,\s+(?:which|who|whom|whose|where|whereas|although|but|and|while|when)\b|\b(?:that|which|who)\s+(?=\w+\s)",
    re.IGNORECASE,
)
_FB_SUBORDINATE = re.compile(
    r"\b(?:after|before|since|while|when|until|once|because|although|though|as\s+soon\s+as|whereas)\b", re.IGNORECASE
)
_FB_CLAUSE_END = re.compile(
    r";|:\s|,\s+(?:where|which|who|whom|whose|while|whereas|when|although|but|and)\b|"
    r"\b(?:after|before|since|while|when|until|once|because|although|though|whereas|but)\b",
    re.IGNORECASE,
)
#: passive, perfect with have, infinitive, attributive participle: not a finite simple past
_FB_BAD_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|to|the|a|an|newly|recently-?)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
#: reported speech, cognition and reports before the verb: the sentence tells what someone said or thought
_FB_REPORTING = re.compile(
    r"\b(?:said|says|say|told|stated|noted|stressed|emphasi[sz]ed|believed|believes|considered|expected|"
    r"claimed|claims|argued|insisted|added|announced|thought|hoped|reportedly|allegedly|according\s+to|"
    r"denied|denies|suggested)\b",
    re.IGNORECASE,
)
#: between the subject's actor and the verb: "'s Foreign Ministry", " also", " on Monday"? no, only NP words
_FB_SUBJECT_GAP = re.compile(
    r"^(?:['’]s)?(?:,\s+\d{1,3},)?(?:\s+(?!(?:that|which|who|whom|to|of|in|on|at|for|with|by|from|and|or|but|than|as|it|its|"
    r"they|he|she|we|had|has|have|was|were|is|are|be|not|never|also|the|a|an|this|these|those)\b)"
    r"[A-Za-z][\w’'-]*){0,3}"
    r"(?:\s+(?:\w+ly|also|then|later|again|jointly|subsequently|had))*\s+$",
    re.IGNORECASE,
)
_FB_GENERIC = {
    "countries", "companies", "firms", "states", "nations", "governments", "investors", "businesses", "banks",
    "producers", "exporters", "importers", "members", "partners", "officials", "people", "citizens", "media",
    "groups", "others", "authorities",
}
#: the actor is the complement of a preposition or a generic quantifier ("aid to China", "many like China")
_FB_NOT_SUBJECT = re.compile(
    r"(?:\b(?:of|to|with|by|from|for|in|on|at|against|between|into|including|like|such\s+as|than|"
    r"many|some|several|other|most|all)\s+(?:(?:the|a|an)\s+)?|\(\s*)$",
    re.IGNORECASE,
)
#: a passive auxiliary right before a participle ("were killed", "was also withdrawn", "had been issued")
_FB_PASSIVE = re.compile(
    r"\b(?:was|were|(?P<perf>has|have|had)\s+been)\s+(?:(?:\w+ly|also|then|later|again|subsequently)\s+)*$",
    re.IGNORECASE,
)
#: a chronology's present passive ("Berdimuhamedov is elected president")
_FB_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:(?:\w+ly|also|then|later|again)\s+)*(?P<perf>(?!))?$", re.I)
#: the agent of a passive ("by Russia", "by the Chinese side")
_FB_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
#: types whose passive subject still acts: one moves one's own forces ("troops were withdrawn")
_FB_SELF_MOVES = {"RETREAT", "MOBILIZE"}
#: between coordinated subject actors, titles of the next one allowed ("Raisi and Foreign Minister X")
_FB_COORD = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}", re.IGNORECASE)
#: a quantity right after the verb: with a coarse date the clause is a statistic, not an event
_FB_QUANTITY = re.compile(
    r"\s+(?:(?:nearly|almost|about|around|some|over|roughly|approximately|an\s+estimated|more\s+than|"
    r"less\s+than|fewer\s+than|up\s+to|at\s+least|a\s+record|record)\s+)*"
    r"(?:\d[\d,.]*\s*(?:billion|million|thousand|trillion|bn|mln)\b|\d[\d,.]*\s*(?:cubic|tonnes?|tons?|barrels|"
    r"bcm|kilomet(?:re|er)s|km|megawatts|MW|GW|TEU|containers|vehicles|passengers|visitors|tourists)\b)",
    re.IGNORECASE,
)
_FB_PRECISE = {"day", "month", "interval", "week"}
_FB_COARSE = {"year", "season", "quarter"}
#: Session 17: the "of" complement of a fallback object's head noun ("words of support", "the opening of the Games")
_FB_OF_PART = re.compile(
    r"of\s+(?:the\s+)?(?P<head>(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})"
)
_FB_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|his|her|their|some|more|than|over|about|nearly|almost|around|up|at|least|"
    r"another|[\d.,]+(?:\s+(?:million|billion|thousand))?)\s+)*"
    r"(?P<head>(?:(?!(?:to|of|in|on|at|for|with|from|by|into|and|after|before|during|as|that|which|under|over|"
    r"amid|against|since|when|while|following|this|last|next|early|late|mid|between|along|across|near|through|"
    r"via|within|without|among|around)\b)[A-Za-z][\w'’-]*\s*){1,3})",
)


def complement_type(text: str, start: int, end: int) -> str | None:
    """PLOVER type of a reported statement from its complement clause ("that Iran would oppose ..."), if any."""
    if _CONDITIONAL.search(text, start, end):
        return None  # "the route could be opened through Iran if Armenia refused": a condition, not a stance
    for etype, pat in _COMPLEMENT_TYPES:
        if pat.search(text, start, end):
            return etype
    return None
#: a date counted from the publication date that really counts from the narrative ("Six months later")
#: ("earlier this year" is counted from the publication date and stays)
_NARRATIVE_SHIFT = re.compile(r"\b(?:later|earlier|afterwards|thereafter|before\s+that)\W*$", re.IGNORECASE)
#: determiner or possessive right before a date ("the 2020 war", "Georgia's 2024 elections")
_MODIFIER_DET = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|[A-Za-z]['’]s?)\s+$", re.IGNORECASE
)
#: ... unless a temporal preposition makes the phrase a time frame ("in the 2020 war")
_FRAME_PREP = re.compile(
    r"\b(?:in|during|throughout|amid|at|on|by|until|till)\s+(?:the|a|an|its|his|her|their|our|this|that|"
    r"[A-Z][\w'’-]*['’]s?)\s+$",
    re.IGNORECASE,
)
#: the noun a modifier date qualifies ("war", "parliamentary elections", "Paris Agreement")
_MODIFIED_NOUN = re.compile(
    r"[\s-]+(?!(?:and|or|to|through|until|till|when|which|that|was|were|is|are|had|has|have|in|on|at|of|"
    r"for|by|with|from)\b)[A-Za-z][\w'’-]*",
)
_MODIFIER_GAP_TO_CUE = re.compile(r"^[\s-]+(?:[\w'’-]+\s+){0,2}$")
#: a modifier date inside the time phrase of a placement participle ("peacekeepers deployed in Karabakh after the
#: 2020 war began pulling out") dates that phrase's noun, which is no subject of the verb cue right after it
_PP_BEFORE_MODIFIER = re.compile(
    r"\b(?:deployed|stationed|based|posted|positioned|garrisoned|sent|dispatched)\s+(?:in|to|into|at|on|near|along)\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?:after|before|since|during|following)\s+(?:the|a|an|its|their)\s+$",
    re.I,
)
#: a noun and a comma right before a participle phrase ("Russian peacekeepers, deployed to ...")
#: a name's closed appositive right before a verb: "X, then Azerbaijan's education minister, ", "Y, the envoy, "
_CLOSED_APPOSITION = re.compile(
    r"(?-i:[A-Z])[\w'’.-]+,\s+(?:then|now|the|a|an|its|his|her|their|former|(?-i:[A-Z])[\w'’-]+[’']s)\s"
    r"[^,;:.!?()]{1,80},\s+$"
)
_REDUCED_BEFORE = re.compile(r"[A-Za-z][\w'’-]*,\s+$")
_PARTICIPLES = {f for forms in _IRREGULAR.values() for f in forms[2].split("|") if f.isalpha()}
#: "A month after the offensive", "two days before the vote": dated from another event, not from a neighbour
_EVENT_ANCHOR = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few)\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before)\s+(?:the|its|his|her|their|this|that)\b"
    r"(?:\s+(?P<noun>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?))?",
    re.IGNORECASE,
)
#: a definite plural noun right before the verb ("The peacekeepers themselves left")
_DEFINITE_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?P<noun>[a-z]+s)\s+"
    r"(?:(?:themselves|also|then|later|finally|eventually|\w+ly|had)\s+)*$"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: "Two months later", "three years earlier", "A year on": a time counted from the date told just before
_SHIFT_PHRASE = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|afterwards|on)\b(?!\s+(?:than|from|in|at)\b)",
    re.IGNORECASE,
)
_SHIFT_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
#: any move in narrative time ("days later", "previously"): such a sentence does not continue the last date
_SHIFT_ANY = re.compile(
    r"\b(?:later|earlier|afterwards|thereafter|previously|before\s+that|since\s+then|subsequently|"
    r"by\s+then|until\s+then)\b",
    re.IGNORECASE,
)
_COORD_GAP = re.compile(r"^\s*(?:,|and|or|as\s+well\s+as|,\s*and)\s*(?:in|on|the)?\s*$", re.IGNORECASE)
_TITLE_STOP = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"}
_CONNECTORS = {"of", "on", "for", "and", "the", "a", "an", "to", "&"}
_KEYWORD_STOP = _TITLE_STOP | _CONNECTORS | {
    "between", "in", "with", "by", "at", "from", "into", "as", "is", "was", "were", "be", "been", "has",
    "have", "had", "it", "which", "who", "new", "people's", "republic",
}


def _stem(word: str) -> str:
    """A very small normaliser so 'Establishing'/'establishment'/'established' meet."""
    w = word.lower().strip("'’\"“”().,-")
    w = re.sub(r"[’']s$", "", w)
    for suffix in ("ments", "ment", "ing", "ed", "ies", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return w


def keywords_of(*texts: str | None) -> frozenset[str]:
    """Normalised content words of ``texts`` (lowercase, stopwords removed, light stemming)."""
    out = set()
    for text in texts:
        for w in _WORD.findall(text or ""):
            if w.lower() in _KEYWORD_STOP or len(w) < 3:
                continue
            out.add(_stem(w))
    return frozenset(out)


# --------------------------------------------------------------------------- matching


@dataclass(slots=True)
class CueMatch:
    """A cue found in the text; ``start``/``end`` is the trigger core used for distances."""

    cue: Cue
    start: int
    end: int
    mstart: int
    mend: int
    qualifier: str | None = None
    obj: tuple[int, int] | None = None
    dates: list[DateMention] = field(default_factory=list)
    inherited: bool = False
    trigger: str = ""
    #: a list of parties with their own days ("visited A on the 2nd, B on the 3rd"): date start -> name span
    parties: dict[int, tuple[int, int]] = field(default_factory=dict)


def _core(m: re.Match[str]) -> tuple[int, int]:
    if "v" in m.re.groupindex and m.group("v"):
        return m.span("v")
    return m.span()


_TRIGGER = re.compile(
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?(?:\w+ly\s+)?([a-z]+(?:\s+into\s+\w+)?)",
    re.I,
)


def _raw_matches(text: str, start: int, end: int, cues: CueSet) -> list[CueMatch]:
    found: list[CueMatch] = []
    low = text[start:end].lower()
    present = {a for a in cues.anchors if a in low}
    anchor_sets = cues.anchor_sets or tuple(frozenset(c.anchors) for c in cues.cues)
    for cue, anchors in zip(cues.cues, anchor_sets, strict=True):
        if anchors and anchors.isdisjoint(present):
            continue
        for pat, pat_anchors in zip(cue.patterns, cue.pattern_anchors or [frozenset()] * len(cue.patterns),
                                    strict=True):
            if pat_anchors and pat_anchors.isdisjoint(present):
                continue
            for m in pat.finditer(text, start, end):
                cs, ce = _core(m)
                if cue.lowercase and text[cs:ce][:1].isupper():
                    continue
                q = m.group("q") if "q" in pat.groupindex else None
                obj = m.span("obj") if "obj" in pat.groupindex and m.group("obj") else None
                # (?P<m>...): the cue's own extent when the pattern reads context before it (overlaps count from here)
                ms, me = m.span("m") if "m" in pat.groupindex and m.group("m") else m.span()
                cm = CueMatch(cue, cs, ce, ms, me, q.lower() if q else None, obj)
                verb = _TRIGGER.match(text, cs, ce)
                cm.trigger = verb.group(1).lower() if verb else cue.label
                found.append(cm)
    return found


def _second_verb(text: str, c: CueMatch, k: CueMatch) -> bool:
    """``k`` tells a second verb, coordinated by "and", of the object ``c`` ends with ("signed the treaty in
    2005 and ratified it in 2006": k = "treaty ... ratified"): both are events, they share the object noun."""
    if k.obj is None or not (c.mstart < k.mstart and c.mend <= k.obj[1] < k.start):
        return False
    return _AND_VERB.search(text, max(c.mend, k.obj[1]), k.start) is not None


#: (session 16: also a relative clause of the object, "signed a free trade agreement, which entered into force on 1
#: July 2007": the signing and the entry into force are two events)
_AND_VERB = re.compile(
    r"(?:\band|,\s*(?:which|that))\s+(?:then\s+|later\s+|\w+ly\s+)?(?:was\s+|were\s+|has\s+|had\s+)?$"
)

def _across_clauses(text: str, c: CueMatch) -> bool:
    """An object-first match whose verb belongs to a later coordinated clause with its own subject ("a loan
    agreement for the first stage, and the founders ... signed"): the object is not that verb's."""
    return bool(text) and c.obj is not None and c.obj[1] <= c.start and bool(
        _NEW_CLAUSE.search(text, c.obj[1], c.start) or _COORDINATED_SUBJECT.search(text, c.obj[1], c.start)
    )


def _negotiated_object(text: str, c: CueMatch) -> bool:
    """An object-first match whose document is the topic of negotiations and whose verb tells their end
    ("Negotiations on a trade agreement were launched in 2015 ... and concluded in 2016"): the talks concluded,
    the agreement was not signed (agree.negotiations_concluded tells it)."""
    return bool(text) and c.obj is not None and c.obj[1] <= c.start and bool(
        _CONCLUDED.match(text, c.start, c.end)
        and _NEGOTIATIONS_ON.search(text, max(0, c.obj[0] - 80), c.obj[0])
    )


_CONCLUDED = re.compile(r"(?:\w+\s+){0,3}?(?:concluded|completed|finali[sz]ed)\b", re.I)
_NEGOTIATIONS_ON = re.compile(
    r"\b(?:negotiations|talks|consultations)\s+(?:on|over|for|about|towards?)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the|a|an|its|their|his|her)\s")
#: ", and <subject>" opening a coordinated clause with a subject of its own: a noun phrase or a name, not a pronoun
#: nor a bare definite event noun that refers back to the event just told (", and the meeting lasted an hour")
_COORDINATED_SUBJECT = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?!(?:it|they|he|she|we|this|that|these|those|which|who)\b)"
    r"(?!(?:the|this|that)\s+(?:visit|trip|tour|meeting|talks|summit|forum|event|ceremony|conference|session|"
    r"negotiations|consultations|gathering|occasion)\b)(?:(?:the|a|an|its|their|his|her|both)\s|(?-i:[A-Z]))",
    re.I,
)
#: a finite verb of a clause ("is expected", "will be held", "held", "signed", "pays")
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|shall|has|have|had|did|(?-i:[a-z]{2,}ed)|held|met|made|took|paid|went|came|"
    r"began|begun|gave|won|led|sent|set|left|brought|signs|holds|meets|pays|visits|takes|hosts)\b",
    re.I,
)
_PUNCT_BREAK = re.compile(r"[,;:]")
#: ", and signed", ", and also opened": a second verb phrase of the same subject
#: "... and held talks with his Saudi counterpart X" / "with Prime Minister X" (not "with him", "with them")
_OWN_COUNTERPART = re.compile(r"\s*(?:(?:with|to)\s+)?(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b|[A-Z])")
_COORD_PREDICATE = re.compile(r",\s+and\s+(?:also\s+|jointly\s+|then\s+)?$")
#: a time after the clause before ("shortly afterwards", "a week later", "the next day")
_LATER = re.compile(r"\b(?:afterwards?|later|subsequently|thereafter|(?:the\s+)?(?:next|following)\s+"
                    r"(?:day|week|month|year|morning|evening))\b", re.I)


def _resolve_overlaps(found: list[CueMatch], text: str = "") -> list[CueMatch]:
    if any(not c.cue.fallback for c in found):
        found = [c for c in found if not c.cue.fallback]
    found = [c for c in found if not _across_clauses(text, c) and not _negotiated_object(text, c)]
    found.sort(key=lambda c: (-(c.mend - c.mstart), c.mstart))
    kept: list[CueMatch] = []
    for c in found:
        if any(c.mstart < k.mend and k.mstart < c.mend and not (text and _second_verb(text, c, k)) for k in kept):
            continue
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def find_cue_matches(text: str, start: int, end: int, cues: CueSet) -> list[CueMatch]:
    """All non-overlapping cue matches in ``text[start:end]`` (longest trigger wins)."""
    return _resolve_overlaps(_raw_matches(text, start, end, cues), text)


def cue_matches_by_sentence(text: str, sentences: Sequence[Sentence], cues: CueSet) -> list[list[CueMatch]]:
    """Cue matches of every sentence (a cue runs only on sentences containing one of its anchors)."""
    out: list[list[CueMatch]] = [[] for _ in sentences]
    if not sentences:
        return out
    for i, s in enumerate(sentences):
        out[i] = _raw_matches(text, s.start, s.end, cues)
    resolved = [_resolve_overlaps(ms, text) for ms in out]
    for i, s in enumerate(sentences):
        resolved[i] = _with_masked_views(text, s.start, s.end, cues, resolved[i])
    return resolved


def _with_masked_views(text: str, start: int, end: int, cues: CueSet, found: list[CueMatch]) -> list[CueMatch]:
    """``found`` plus the triggers that only match once insertions are blanked (:mod:`timeline.extract.grammar`:
    "was received in Baku by", "Construction of the plant, agreed … last year, began"), where no match of the
    sentence already covers them. Offsets are the same in both texts."""
    extra: list[CueMatch] = []
    for view in [*masked_views(text, start, end), *relative_views(text, start, end)]:
        for c in _resolve_overlaps(_raw_matches(view, start, end, cues), view):
            if c.cue.fallback or any(c.start < k.end and k.start < c.end for k in (*found, *extra)):
                continue
            extra.append(c)
    for cv in compact_views(text, start, end):
        for c in _resolve_overlaps(_raw_matches(cv.text, cv.start, cv.end, cues), cv.text):
            back = cv.original
            c = replace(c, start=back(c.start), end=back(c.end), mstart=back(c.mstart), mend=back(c.mend),
                        obj=(back(c.obj[0]), back(c.obj[1])) if c.obj else None)
            if c.cue.fallback or any(c.start < k.end and k.start < c.end for k in (*found, *extra)):
                continue
            extra.append(c)
    return sorted([*found, *extra], key=lambda c: c.start) if extra else found


# --------------------------------------------------------------------------- date handling


def usable_date(d: DateMention) -> bool:
    """A date an event can hang on: resolved (or with unspecified year) and not a century."""
    return bool(d.value) and bool(_USABLE_VALUE.match(d.value or "")) and d.precision != "century"


def _month_of(d: DateMention) -> DateMention:
    """The month of a day date or of a range within one month (an event told as following it); else ``d``."""
    if d.precision not in {"day", "interval"} or not d.lower or not d.upper or (d.lower.year, d.lower.month) != (
        d.upper.year, d.upper.month
    ):
        return d
    first = d.lower.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return replace(d, value=f"{first:%Y-%m}", lower=first, upper=last, precision="month",
                   note="the month of the event it follows")


def shift_year(d: DateMention, years: int) -> DateMention | None:
    """The same date ``years`` later (negative: earlier); None for values that cannot be shifted."""
    if not d.value or not d.lower or not d.upper:
        return None
    try:
        lower = d.lower.replace(year=d.lower.year + years)
        upper = d.upper.replace(year=d.upper.year + years)
    except ValueError:  # 29 February
        return None
    value = re.sub(r"\b(\d{4})(?=-|$|/)", lambda m: f"{int(m.group(1)) + years:04d}", d.value)
    return replace(d, value=value, lower=lower, upper=upper, note="year taken as the last past one")


def figure_dates(text: str, start: int, end: int, dates: Sequence[DateMention]) -> set[int]:
    """Indexes (into ``dates``) of dates that are periods of figures ("$2.2 billion in 2019 and 2020")."""
    figs = [m.end() for m in _FIGURE.finditer(text, start, end)]
    out: set[int] = set()
    prev_end: int | None = None
    prev_fig = False
    for i, d in enumerate(dates):
        before = [f for f in figs if f <= d.start]
        is_fig = bool(before) and bool(_FIGURE_TO_DATE.match(text[before[-1] : d.start]))
        if not is_fig and prev_fig and prev_end is not None and _COORD_GAP.match(text[prev_end : d.start]):
            is_fig = True
        if is_fig:
            out.add(i)
        prev_end, prev_fig = d.end, is_fig
    return out


def shift_date(
    anchor: DateMention, n: int, unit: str, sign: int, start: int, end: int, text: str
) -> DateMention | None:
    """``anchor`` moved by ``n`` units (day/week/month/year; ``sign`` -1 = earlier), as a mention at start:end.

    Years give a year, months a month, days/weeks a day when the anchor is a day (else None).
    """
    if anchor.lower is None or anchor.upper is None:
        return None
    base = anchor.lower if anchor.precision != "interval" or sign < 0 else anchor.upper
    if unit == "year":
        y = base.year + sign * n
        if not 1 <= y <= 9999:
            return None
        value, lower, upper, prec = f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    elif unit == "month":
        k = base.year * 12 + base.month - 1 + sign * n
        y, mo = divmod(k, 12)
        if not 1 <= y <= 9998:
            return None
        lower = dt.date(y, mo + 1, 1)
        upper = dt.date(y + (mo + 1) // 12, (mo + 1) % 12 + 1, 1) - dt.timedelta(days=1)
        value, prec = f"{y:04d}-{mo + 1:02d}", "month"
    else:
        if anchor.precision != "day":
            return None
        try:
            lower = upper = base + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
        except OverflowError:
            return None
        value, prec = lower.isoformat(), "day"
    return DateMention(start=start, end=end, text=text, value=value, lower=lower, upper=upper,
                       precision=prec, relative=True, note=f"{text} from {anchor.value}")


_AND = re.compile(r"\b(?:and|but|then)\b")
#: an infinitive or gerund object naming a target between a cue and a later date: "agreed to increase trade this
#: year", "talks on increasing volumes in 2027", "an agreement to raise traffic in 2027": the target's period
_TARGET_OBJECT = re.compile(
    r"\b(?:to|on|for|about|at)\s+(?:(?:jointly|further|gradually|significantly)\s+)?(?:increas|rais|doubl|tripl|"
    r"boost|grow|cut|reduc|lift|ramp|step\s+up|scale\s+up|quadrupl|halv)\w*\b[^,;:()]*$",
    re.I,
)
#: an open relative clause after a cue: ", which was completed the following year"
_OPEN_RELATIVE = re.compile(r",\s+(?:which|that)\b(?!.*,\s+(?:which|that)\b)(?P<rest>[^,;]*)$", re.I | re.S)


def _distance(text: str, cue: CueMatch, d: DateMention) -> float:
    if cue.end <= d.start:
        gap = text[cue.end : d.start]
        if _RELATIVE_GAP.search(gap):
            return len(gap) + _SUBORDINATE_COST  # "signed a memorandum under which X aims to ... by 2027"
        rel = _RELATIVE_PERSON.search(gap)
        if rel is not None and "," not in gap[rel.end() :]:
            return len(gap) + _SUBORDINATE_COST  # "ratified the statute of the court, whose judges ... in March"
        if _SINCE_EVENT.search(gap):
            return len(gap) + _SUBORDINATE_COST  # "held their meeting, the first since their talks in the spring"
        if "," in gap and _RELATIVE_BEFORE.search(text, max(0, cue.mstart - 100), cue.mstart):
            return len(gap) + _SUBORDINATE_COST  # "talks with X, who is on a visit to Y, on Monday"
        if _TARGET_OBJECT.search(gap):
            return len(gap) + _SUBORDINATE_COST  # "signed an agreement on increasing volumes in 2027"
        if _TRAILING_SUBORDINATE.search(gap):
            return len(gap) + _SUBORDINATE_COST  # "was announced after the ministers met in Beijing in March"
        gap = _CLOSED_RELATIVE.sub(",", gap)  # a closed relative clause is parenthetical: it adds no distance
        # session 18: so is a person's title in apposition ("received Wang Yi, Member of the Political Bureau … and
        # Minister of Foreign Affairs of …, at the palace on Monday")
        gap = _TITLE_APPOSITIVE.sub(",", gap)
        rel = _OPEN_RELATIVE.search(gap)
        antecedent = (text[max(cue.mstart, cue.end - 40) : cue.end] + gap[: rel.start()])[-40:] if rel else ""
        if rel is not None and not _OCCASION_NOUN.search(antecedent):
            # "signed an agreement on a crossing, which was completed the following year": the relative's date;
            # "the summit, which was held on 4 July" dates the occasion, its antecedent
            return len(gap) + _SUBORDINATE_COST
        return len(gap) + 25 * gap.count(",")
    if d.end <= cue.start:
        gap = text[d.end : cue.mstart]
        if "," in gap and _RELATIVE_BEFORE.search(text, max(0, d.start - 100), d.start):
            return len(gap) + _SUBORDINATE_COST  # "X's government, which took office in 2018, called for"
        if _SUBORDINATE.search(gap):
            return len(gap) + _SUBORDINATE_COST  # the cue tells an earlier/later event of a subordinate clause
        # "held talks with X on 3 May and met Y": a date closed by "and" belongs to the verb before it;
        # commas and "and" inside the cue's own match ("construction of X, which would run through A, B
        # and C, was launched") cost nothing
        return len(text[d.end : cue.start]) + 25 * gap.count(",") + 15 + (20 if _AND.search(gap) else 0)
    return 0.0


def _open_relative_start(text: str, cue: CueMatch, d: DateMention) -> int | None:
    """Where the open relative clause holding ``d`` starts when only that clause keeps ``d`` from ``cue``
    (", which was completed the following year"); else None."""
    if cue.end > d.start:
        return None
    gap = text[cue.end : d.start]
    if _CLOSED_RELATIVE.search(gap) or _TARGET_OBJECT.search(gap) or _RELATIVE_GAP.search(gap):
        return None
    rel = _OPEN_RELATIVE.search(gap)
    if rel is None or _distance(text, cue, d) < _SUBORDINATE_COST:
        return None
    return cue.end + rel.start()


def _anniversary_date(
    text: str, cue: CueMatch, sent_start: int, d: DateMention, published: dt.date | None = None
) -> DateMention | bool | None:
    """False when the cue is not under "Nth anniversary of" (or "the N years since"); else the implied original
    date (or None)."""
    m = _ANNIVERSARY.search(text, max(sent_start, cue.mstart - 80), cue.mstart)
    if not m:
        return _years_since_date(text, cue, sent_start, d)
    n = int(m.group("n")) if m.group("n") else _ORDINALS.get((m.group("w") or "").lower())
    if (
        n and d.start >= cue.mend and d.lower and _OWN_YEAR_GAP.fullmatch(text, cue.mend, d.start)
        and _original_year(d, n, published)
    ):
        # "the 30th anniversary of the establishment of relations in 1992": the phrase names the original year
        return replace(d, note=f"the original date, named in the {m.group(0).split()[0]} anniversary phrase")
    if not n or not d.lower or not d.value or not d.value[:4].isdigit():
        return None
    year = d.lower.year - n
    note = f"implied by the {n}th anniversary in {d.value}"
    if d.precision in {"day", "month"} and d.upper and _DATE_MARKS.match(text, d.end):
        # "April 2 this year marks the 34th anniversary of X": X fell on that calendar day (month)
        try:
            lower, upper = d.lower.replace(year=year), d.upper.replace(year=year)
        except ValueError:  # 29 February of a year without one
            lower = upper = None
        if lower is not None and upper is not None:
            value = lower.isoformat() if d.precision == "day" else f"{year:04d}-{lower.month:02d}"
            return DateMention(start=d.start, end=d.end, text=d.text, value=value, lower=lower, upper=upper,
                               precision=d.precision, note=note)
    if d.precision == "month":
        # "will celebrate the 35th anniversary of relations in January next year": an anniversary is kept in the
        # original's month, so X fell in that month N years before
        month = d.lower.month
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        return DateMention(start=d.start, end=d.end, text=d.text, value=f"{year:04d}-{month:02d}",
                           lower=dt.date(year, month, 1), upper=last, precision="month", note=note)
    return DateMention(
        start=d.start, end=d.end, text=d.text, value=f"{year:04d}", lower=dt.date(year, 1, 1),
        upper=dt.date(year, 12, 31), precision="year", note=note,
    )


#: Session 16: "over the 34 years since the establishment of …", "in the thirty years since": a count of years up
#: to the time of the sentence
_YEARS_SINCE = re.compile(r"\bthe\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years\s+since\s+(?:the\s+)?$", re.I)


def _years_since_date(text: str, cue: CueMatch, sent_start: int, d: DateMention) -> DateMention | bool:
    """Session 16: the act a count of years runs from ("have travelled a long road over the 34 years since the
    establishment of diplomatic relations", dated by the report's day in 2026): that many years before the year
    of the date the sentence is told at, to the year (like an anniversary phrase). False when the cue is not
    under such a count or the date is not a day or month of the time of telling."""
    m = _YEARS_SINCE.search(text, max(sent_start, cue.mstart - 40), cue.mstart)
    if m is None or d.lower is None or d.start >= cue.mstart or d.precision not in {"day", "month"}:
        return False
    n = number(m.group("n"))
    if not n or not 2 <= n <= 200:
        return False
    year = d.lower.year - n
    return DateMention(start=d.start, end=d.end, text=d.text, value=f"{year:04d}", lower=dt.date(year, 1, 1),
                       upper=dt.date(year, 12, 31), precision="year", note=f"{n} years before {d.value}")


#: a reported pluperfect clause right after a report's date ("confirmed on Monday that the president had died")
_THAT_PLUPERFECT = re.compile(r"\s*,?\s+that\s+(?:[^,;:.]{1,80}?\s)?had\s+(?:\w+ly\s+)?(?:been\s+)?$", re.I)


def _report_day_of_pluperfect(text: str, cue: CueMatch, d: DateMention) -> bool:
    """Whether ``d`` is the day of a report ("state media confirmed on Monday") and the cue a pluperfect act of the
    reported clause ("that the president had died in a crash"): the report tells an act of an earlier day."""
    if d.end > cue.mstart or cue.mstart - d.end > 120:
        return False
    if not _REPORTED_ON.search(text, max(0, d.start - 40), d.start):
        return False
    return _THAT_PLUPERFECT.match(text, d.end, cue.mstart) is not None and (
        _THAT_PLUPERFECT.match(text, d.end, cue.mstart).end() == cue.mstart
    )


def _anaphoric_month(text: str, cue: CueMatch, d: DateMention) -> bool:
    """Whether ``d`` is a month naming an earlier occasion or document referred back to ("under the February
    agreement") while the cue lies outside that phrase: it dates that noun, not the cue's act."""
    end = anaphoric_month(text, d)
    return end is not None and (cue.mstart >= end or cue.mend <= d.start)


#: an occasion the act came before, with the occasion's month after its noun ("delivered buses ahead of COP29 in
#: November 2024", "before the climate conference, which the city hosted in November")
_BEFORE_OCCASION = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|in\s+the\s+(?:run-up|lead-up)\s+to)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?!(?:end|start|beginning|close|middle|turn|expiry|deadline)\b)(?P<noun>[^;:.()]{2,80}?)"
    r"(?:,\s+which\s+(?:[\w'’-]+\s+){1,4}?(?:hosted|held|opened|took\s+place|was\s+held|began)\s+)?\s+in\s+$",
    re.I,
)


def _before_occasion(text: str, cue: CueMatch, d: DateMention) -> DateMention:
    """"Buses were delivered ahead of COP29 in November 2024": the month is the occasion's and the act came
    before it, so the act keeps only the year (not for January, whose "before" may fall in the year before)."""
    if d.precision != "month" or not d.lower or d.lower.month == 1 or d.start < cue.mend or d.start - cue.mend > 160:
        return d
    m = _BEFORE_OCCASION.search(text, cue.mend, d.start)
    if m is None or m.end() != d.start or _FINITE_VERB.search(m.group("noun").split(",")[0]):
        return d
    year = d.lower.year
    return replace(d, value=f"{year:04d}", lower=dt.date(year, 1, 1), upper=dt.date(year, 12, 31), precision="year",
                   note=f"before an occasion of {d.value}")


def _original_year(d: DateMention, n: int, published: dt.date | None) -> bool:
    """Whether the year (or month) after the event noun of an Nth-anniversary phrase is the original event's: the
    anniversary it implies is no later than the publication year ("the 30th anniversary of the establishment of
    relations in 1992"); else it is the anniversary's own year ("will mark the 30th anniversary of the
    establishment of relations in 2022", told in 2021)."""
    return (
        d.precision in {"year", "month"} and d.lower is not None and published is not None
        and d.lower.year + n <= published.year
    )


def _on_anniversary_of_year(
    text: str, cue: CueMatch, d: DateMention, published: dt.date | None = None
) -> DateMention:
    """"X and Y exchanged messages on the 30th anniversary of the establishment of relations in 1992": the year
    belongs to the event noun of the anniversary phrase; the act of the day falls N years later."""
    if d.start < cue.mend or d.precision != "year" or not d.lower or d.start - cue.mend > 140:
        return d
    m = _ANNIVERSARY_OF_YEAR.search(text, cue.mend, d.start)
    if m is None or m.end() != d.start:
        return d
    n = int(m.group("n")) if m.group("n") else _ORDINALS.get((m.group("w") or "").lower())
    if not n or not _original_year(d, n, published):
        return d
    year = d.lower.year + n
    return replace(d, value=f"{year:04d}", lower=dt.date(year, 1, 1), upper=dt.date(year, 12, 31),
                   note=f"the {n}th anniversary of {d.value}")


# --------------------------------------------------------------------------- named objects


_CAP = re.compile(r"[A-Z0-9][\w'’.–-]*")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[\w'’.&–-]+|\([A-Z]{2,}\)", text[start:end])]


def named_phrase(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int] | None:
    """Expand the capitalised word at ``text[s:e]`` to a capitalised name ("Fourth CICA Summit").

    A lowercase head ("summit", "port") is named only by capitalised words right before it
    ("SCO summit", "Alat town port").
    """
    if not text[s:e][:1].isupper():
        toks = list(re.finditer(r"([\w'’&–-]+)\s+$", text[max(lo, s - 40) : s]))
        m = re.search(r"((?:(?:[A-Z][\w'’&–-]*|\([A-Z]{2,}\))\s+(?:(?:and|of|for|&)\s+(?=[A-Z]))?)+(?:[a-z]+\s+)?)$",
                      text[max(lo, s - 120) : s])  # "the Belt and Road memorandum", "the Law of the Sea convention"
        if not toks or not m:
            return None
        if m.group(1).split()[-1] in {"of", "in", "on", "at", "by", "from", "to", "with"}:
            return None  # "the start in July of regular flights": a preposition modifies no noun after it
        left = s - len(m.group(1))
        first = text[left:s].split()[0]
        if first.lower() in _TITLE_STOP:
            left += len(first) + 1
        if not any(w[:1].isupper() or w.startswith("(") for w in text[left:s].split()):
            return None  # "The border treaty": a sentence-initial article is no name
        return (left, e) if left < s else None
    # quoted title around the word
    q = _QUOTE_SPAN.search(text, max(lo, s - 300), min(hi, e + 300))
    while q:
        if q.start(1) <= s and e <= q.end(1):
            inner_s, inner_e = q.span(1)
            cut = re.search(r"\s+between\s+", text[inner_s:inner_e])
            inner_e = inner_s + cut.start() if cut else inner_e
            return inner_s, inner_e
        q = _QUOTE_SPAN.search(text, q.end(), min(hi, e + 300))
    left = s
    for m in reversed(list(re.finditer(r"[\w'’.&–-]+|\([A-Z]{2,}\)", text[max(lo, s - 120) : s]))):
        a = max(lo, s - 120) + m.start()
        if text[a + len(m.group(0)) : left].strip():
            break
        w = m.group(0)
        if (_CAP.fullmatch(w) and w.lower() not in _TITLE_STOP) or (w.lower() == "and" and left < s + 1):
            left = a
        else:
            break
    while left < s and text[left : s].split()[0].lower() in {"and"}:
        left = left + len(text[left:s].split()[0]) + 1
    right = e
    pending: int | None = None
    pos = e
    for m in re.finditer(r"\s*([\w'’&–-]+|\([A-Z]{2,}\))", text[e : min(hi, e + 160)]):
        if m.start() != pos - e:
            break
        w = m.group(1)
        pos = e + m.end()
        if w.lower() == "between":
            break
        if _CAP.fullmatch(w) or w.startswith("("):
            right = pos
            pending = None
        elif w.lower() in _CONNECTORS and w.lower() != "to":
            pending = pending or pos
        else:
            break
    return left, right


_PASSIVE_SUBJECT = re.compile(
    r"([A-Z][\w'’&–-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’&–-]*))*)\s+(?:\([A-Z]{2,}\)\s+)?"
    r"(?:(?:is|are|was|were|has\s+been|had\s+been)\s+)?$"
)
_PASSIVE_AUX = re.compile(r"(?:is|are|was|were|has\s+been|had\s+been)\s", re.IGNORECASE)


def _find_named_object(text: str, cm: CueMatch, lo: int, hi: int) -> tuple[int, int] | None:
    passive = _PASSIVE_AUX.match(text[cm.mstart : cm.mend])
    if not cm.obj and passive and cm.cue.type != "CONSULT":  # "The Shanghai Cooperation Organization (SCO) was founded"
        base = max(lo, cm.mstart - 150)
        m = _PASSIVE_SUBJECT.search(text, base, cm.mstart)
        if m and m.group(1).split()[0].lower() not in _TITLE_STOP | {"note"} and " " in m.group(1):
            return m.span(1)
        if m and " " in m.group(1):
            first = m.group(1).split()[0]
            return m.start(1) + len(first) + 1, m.end(1)
    if cm.obj:
        span = named_phrase(text, cm.obj[0], cm.obj[1], lo, hi)
        if span:
            return span
        # "the opening of the Beijing Olympics", "the memorandum on the Silk Road Economic Belt"
        m = re.match(r"\s+(?:of|on|for)\s+(?:the\s+)?([A-Z][\w'’-]*)", text[cm.obj[1] : hi])
        if m:
            s = cm.obj[1] + m.start(1)
            return named_phrase(text, s, s + len(m.group(1)), lo, hi)
    # a quoted title or capitalised thing right after the trigger
    m = _QUOTE_SPAN.match(text, _skip_det(text, cm.mend, hi), hi)
    if m:
        return m.span(1)
    return None


def _object_phrase(text: str, cm: CueMatch) -> str | None:
    """A lowercase object with its modifiers: "joint statement", "memorandum of understanding"."""
    assert cm.obj is not None
    s, e = cm.obj
    head = text[s:e]
    if cm.cue.thing and cm.obj[0] > cm.mstart and (cm.mstart, cm.mend) != (s, e) and cm.start >= e:
        return re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I).strip()  # subject phrase of a passive
    mods = []
    lo = cm.end if cm.end <= s else cm.mstart  # not the trigger itself ("plans to launch regular flights")
    if lo == cm.mstart and cm.trigger and text[lo : lo + len(cm.trigger)].lower() == cm.trigger:
        lo += len(cm.trigger)
    for w in reversed(text[max(lo, s - 40) : s].split()):
        wl = w.lower().strip(",")
        if wl in _TITLE_STOP or wl.endswith(("ed", "ing")) or not wl.isalpha() or wl in _CONNECTORS:
            break
        mods.insert(0, w.strip(","))
        if len(mods) == 2:
            break
    tail = re.match(r"\s+of\s+(?:understanding|intent|cooperation|friendship)\b", text[e : e + 30], re.I)
    phrase = " ".join([*mods, head]) + (tail.group(0) if tail else "")
    return re.sub(r"\s+", " ", phrase).strip()


def _skip_det(text: str, pos: int, hi: int) -> int:
    m = re.match(r"\s*(?:(?:the|a|an|of|in|on)\s+)*", text[pos:hi])
    return pos + (m.end() if m else 0)


# --------------------------------------------------------------------------- roles and titles


_GATHERING_AFTER = re.compile(
    r"\)?\s*(?:\([A-Z]{2,}\)\s*)?(?:(?:plus|\+)\s*)?(?:summits?|forums?|conferences?|sessions?|games|olympics|ministerial|"
    r"meetings?|countries|member\s+states)\b",
    re.IGNORECASE,
)
#: a standing bilateral body ("the intergovernmental commission", "the Joint Committee", "the commission")
_BILATERAL_BODY = re.compile(
    r"\b(?:(?:inter-?governmental|joint|bilateral|interstate|inter-state)\s+(?:[\w-]+\s+){0,2}?(?:commission|committee|"
    r"council)|(?:the|this|that|its)\s+(?:commission|committee))\b",
    re.IGNORECASE,
)
#: a bilateral body named by its two sides ("the Mongolia-China Intergovernmental Commission", "Georgian-Chinese
#: Joint Committee")
_PAIR_BODY = re.compile(
    r"\b[A-Z][\w'’]+\s*[–-]\s*[A-Z][\w'’]+(?P<pair_end>)\s+(?:(?:Inter-?governmental|Joint|Interstate|Bilateral|"
    r"Business|Cooperation)\s+)*(?:Commission|Committee|Council)\b"
)
#: COOPERATE cues of an act done on a site (construction, commissioning, opening, production, arrival): the state
#: of the place where it happens takes part (:meth:`EventExtractor._site_state`)
_SITE_CUES = re.compile(r"^(?:cooperate\.(?:open|open_facility|open_named|open_ordinal|groundbreaking|complete|"
                        r"production_start|production_first|cultural_institution|transport\.arrive|delivery)|"
                        r"lex\.cooperate\.(?:produce|reopen|deliver))(?:$|[+.])")
_AT_SITE = re.compile(r"\b(?:in|at|near|into)\s+(?:the\s+)?(?:(?:city|town|port|district|region|village)\s+of\s+)?$",
                      re.IGNORECASE)
_INVITATION = re.compile(r"(?:invitation\s+of|invited\s+by|on\s+behalf\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
#: a state body whose acts are its state's: parliaments and ministries
_STATE_ORGAN = re.compile(
    r"\b(?:Ministry|Ministries|Parliament|Assembly|Majlis|Mejlis|Mazhilis|Kenesh|Duma|Federation\s+Council|"
    r"Supreme\s+Soviet|Maslahaty|Senate|Cabinet|Council\s+of\s+Ministers|Rada|Knesset|Bundestag|Sejm)\b"
)
#: "'s father ", "'s late brother, ", "'s predecessor ": a possessive relation noun before another person's name
_KIN_APPOSITION = re.compile(
    r"['’]s\s+(?:(?:late|elder|eldest|younger|youngest|own|former|then)\s+)?(?:father|mother|son|daughter|"
    r"brother|sister|wife|husband|widow|uncle|aunt|nephew|niece|cousin|grandfather|grandmother|grandson|"
    r"granddaughter|son-in-law|daughter-in-law|father-in-law|brother-in-law|predecessor|successor)\s*,?\s*"
)
_MODIFIER_GAP = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,4}$")


def _organ_state(a: ActorMention, actors: list[ActorMention]) -> bool:
    """``a`` is the state added for a parliament or ministry among ``actors`` (same span)."""
    return a.kind == "state" and any(
        o.kind == "organisation" and o.start == a.start and o.end == a.end and o.country == a.country for o in actors
    )


def filter_mentions(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions that are not parties: nationality modifiers of a person ("Chinese President Xi"),
    names inside gatherings ("SCO summit"), hosts of invitations ("at Xi's invitation"), the possessor of
    a kinship apposition ("Aliyev's father Heydar Aliyev", "Tokayev's predecessor Nazarbayev")."""
    out = []
    for i, a in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            a.kind == "state" and nxt is not None and nxt.kind == "person" and nxt.start - a.end < 40
            and _MODIFIER_GAP.match(text[a.end : nxt.start])
        ):
            continue
        if a.kind in {"organisation", "state", "place"} and _GATHERING_AFTER.match(text, a.end):
            continue
        if a.kind == "person" and nxt is not None and nxt.kind == "person" and (
            (k := _KIN_APPOSITION.match(text, a.end)) is not None and k.end() == nxt.start
        ):
            continue  # "Aliyev's father Heydar Aliyev": only the second person is named as a party
        if _INVITATION.search(text[max(0, a.start - 30) : a.start]) or re.match(
            r"['’]s\s+invitation\b", text[a.end : a.end + 20]
        ):
            continue
        out.append(a)
    return out


#: a source put after the report at the sentence's end: ", the Kazakh Foreign Ministry said.", ", according to the
#: ministry's press service.", ", the president's office reported." (a body or outlet, not a party of the act)
_TRAILING_SOURCE = re.compile(
    r",\s+(?:(?:according\s+to|citing|quoting)\s+(?:the\s+)?[^,;:]{2,90}?|the\s+[^,;:]{2,90}?\s+(?:said|says|reported|reports|"
    r"announced|announces|stated|states|informed|added)(?:\s+(?:on|in)\s+[\w ]{1,25}?)?)\s*[.!?\"”]*\s*$",
    re.IGNORECASE,
)
#: a meeting trigger ending in its topic preposition ("exchanged views on", "exchanged opinions about")
_TOPIC_TRIGGER = re.compile(r"\b(?:views|opinions)\s+(?:on|about|over)\s*$", re.IGNORECASE)
#: a diplomatic mission (its opening has the sending and the host state as parties)
_MISSION = re.compile(r"\b(?:embass(?:y|ies)|consulates?(?:[\s-]+general)?|consular\s+office)\b", re.IGNORECASE)
_MISSION_BODY = re.compile(r"(?:Embassy|Consulate)\b")
#: a verbless sentence of talks with a named partner ("Talks with President Hu Jintao.", "Meeting with Premier Li.")
_VERBLESS_TALKS = re.compile(
    r"[\s*_-]*(?:Talks|Meeting|Meetings|Negotiations|Consultations)\s+(?:were\s+held\s+)?with\s+[^.;!?]{2,80}?"
    r"(?:[.;]|\s*$)", re.IGNORECASE)
_NOMINAL_ACT = re.compile(r"start|launch|opening|inauguration|resumption|First", re.I)
_OTHER_GATHERING_GAP = re.compile(
    r"\band\s+(?:(?:for|of|to|at|in)\s+)?(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,9}?"
    r"(?:summits?|forums?|conferences?|congress|expo|exhibition|games|olympics|festival|championships?)\b",
    re.IGNORECASE,
)


def _visit_roles(
    text: str, cm: CueMatch, actors: list[ActorMention], states: dict[str, ActorMention]
) -> list[ActorMention]:
    """Visits: people are the visitors; a state reached by "to X"/"visited X" is the host."""
    hosts = set()
    for a in actors:
        before = text[max(0, a.start - 24) : a.start]
        direct = cm.end <= a.start and not text[cm.end : a.start].strip()
        # "made Mongolia one of the first stops of his presidency": the state made a stop is the host
        direct = direct or (cm.start < a.start < cm.end and bool(re.search(r"\b(?:made|makes|making)\s+$", before)))
        if a.kind in {"state", "organisation"} and (re.search(r"\bto\s+(?:the\s+)?$", before) or direct):
            hosts.add(a.name)
    has_person = any(a.kind == "person" for a in actors)
    out = []
    if not hosts:
        for a in actors:
            before = text[max(0, a.start - 24) : a.start]
            arrived_in = re.search(r"\bin\s+$", before) and 0 <= a.start - cm.end < 20
            if a.kind == "place" and a.country and states.get(a.country) and (
                re.search(r"\bto\s+$", before) or arrived_in
            ):
                host = states[a.country]
                out.append(replace(host, start=a.start, end=a.end, surface=a.surface, role="recipient"))
                hosts.add(host.name)
    for a in actors:
        by = re.search(r"\b(?:by|with)\s+(?:[\w.-]+\s+){0,3}$", text[max(0, a.start - 40) : a.start])
        if by is not None and _NOUN_BY.match(text, cm.end, a.start) and text[cm.end : a.start].count(" by ") == 1:
            continue  # "a state visit by President X": the visitor, not the host
        if a.kind == "person" and a.start > cm.end and by is not None:
            hosts.add(a.name)  # "was received by Aliyev", "visit ... for talks with Xi"
    for a in actors:
        if a.kind == "place" and a.start > cm.end and _OTHER_GATHERING_GAP.search(text, cm.end, a.start):
            continue  # "during his visit to China and for the summit in Xi'an": the summit's place
        if a.kind == "place":
            out.append(replace(a, role="location"))
        elif a.name in hosts:
            out.append(replace(a, role="recipient"))
        elif a.kind == "person" or not has_person:
            out.append(replace(a, role="actor"))
    return out


def _hosts_not_visitors(actors: list[ActorMention]) -> tuple[list[ActorMention], set[str]]:
    """A person of the host state is no visitor of it: "Tokayev and Xi ... Tokayev's state visit to China" has Xi
    as a host, and "the head of state ... during his state visit to China" read as the Chinese head of state is
    none (the visitor is then found as for an unnamed one). Returns the actors (such people made recipients)
    and the names moved (left out of the title: "X state visit to China", not "... to China and Xi")."""
    host_codes = {a.country for a in actors if a.role == "recipient" and a.kind == "state" and a.country}
    moved = {a.name for a in actors if a.kind == "person" and a.role == "actor" and a.country in host_codes}
    return [replace(a, role="recipient") if a.name in moved else a for a in actors], moved


def _role_for(text: str, cm: CueMatch, a: ActorMention, clause: tuple[int, int]) -> Role:
    if a.kind == "place":
        return "location"
    roles = cm.cue.roles
    in_at = re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, a.start - 8) : a.start])
    if roles == "subject" and a.start >= cm.end and in_at:
        return "location"
    if roles == "symmetric":
        return "participant"
    if roles == "subject":
        return "actor"
    before = text[max(clause[0], a.start - 24) : a.start].lower()
    if cm.cue.mode == "visit":
        direct_obj = cm.end <= a.start and not text[cm.end : a.start].strip(" ")
        return "recipient" if re.search(r"\bto\s+(?:the\s+)?$", before) or direct_obj else "actor"
    if a.start >= cm.end:
        gap = text[cm.end : a.start]
        if "," not in gap and len(gap) < 60:
            return "recipient"
    return "actor"


_ROLE_RANK = {"recipient": 0, "actor": 1, "participant": 2, "location": 3, None: 4}


def _dedupe(actors: Iterable[ActorMention]) -> list[ActorMention]:
    """One mention per actor name, keeping the most specific role (recipient > actor > participant)."""
    best: dict[str, ActorMention] = {}
    for a in actors:
        old = best.get(a.name)
        if old is None or _ROLE_RANK[a.role] < _ROLE_RANK[old.role]:
            best[a.name] = a
    return sorted(best.values(), key=lambda a: (_ROLE_RANK[a.role], a.start))


def _dedupe_names(actors: Iterable[ActorMention]) -> list[ActorMention]:
    """The first mention of each actor name, in order."""
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


def _names(actors: list[ActorMention], *roles: str) -> list[str]:
    return [a.name for a in actors if a.role in roles]


#: words that end an object's head noun phrase: relative pronouns, participles and prepositions after which
#: a title needs nothing more ("agreement on X providing for Y", "a railway that ...", "contract between A and B")
_OBJ_RELATIVE = re.compile(r"\s+(?:that|which|who|whom|whose|where)\b.*$", re.IGNORECASE | re.DOTALL)
#: a participle, relative word or "between" ends a long object outright ("agreement ... providing for")
_OBJ_STRONG_BREAK = re.compile(
    r"\s+(?=(?:between|providing|aimed|designed|signed|concluded|including|worth|valued|issued|covering|"
    r"allowing|granting|establishing|to\s+be|that|which)\b)",
    re.IGNORECASE,
)
#: prepositions: a long object is cut at the last one that leaves six words or fewer
_OBJ_BREAK = re.compile(
    r"\s+(?=(?:for|on|in|at|with|from|to|by|under|within|as|during|after|before|amid)\b)",
)
_OBJ_DANGLING = re.compile(r"(?:\s+(?:of|for|on|in|at|with|to|by|the|a|an|and|its|their|from|between))+$", re.I)
_MAX_OBJECT_WORDS = 6
_MAX_NAME_WORDS = 10
#: labels that are plural nouns, not third-person verbs ("X and Y talks")
_PLURAL_NOUNS = {"talks", "sanctions", "consultations", "negotiations", "exercises", "elections", "relations",
                 "hostilities", "troops", "protests"}
_MAX_PARTIES = 3
_MAX_PARTY_WORDS = 7


def _trim_object(obj: str | None) -> str | None:
    """The head noun phrase of an object, at most six words (ten for a proper name): cut at a relative
    pronoun, then at a participle or "between", then at the last preposition that leaves few enough words
    ("agreement on economic and technical cooperation providing for ..." -> "agreement on economic and
    technical cooperation")."""
    if not obj:
        return obj
    obj = _OBJ_RELATIVE.sub("", re.sub(r"\s+", " ", obj).strip(" ,;:.")).strip()
    obj = re.sub(r"^(?:that|which|whose|whom|who)\s+", "", obj, flags=re.IGNORECASE)
    # a proper name ("Declaration on the Establishment of a Strategic Partnership") keeps up to ten words
    most = _MAX_NAME_WORDS if all(w[:1].isupper() for w in obj.split() if len(w) > 3) else _MAX_OBJECT_WORDS
    strong = _OBJ_STRONG_BREAK.search(obj, 1)
    if len(obj.split()) > most and strong:
        obj = obj[: strong.start()]
    if len(obj.split()) > most:
        cuts = [m.start() for m in _OBJ_BREAK.finditer(obj) if m.start() > 0]
        fits = [c for c in cuts if len(obj[:c].split()) <= most]
        if fits:
            obj = obj[: max(fits)]
        elif cuts:
            obj = obj[: min(cuts)]
    obj = _OBJ_DANGLING.sub("", obj).strip(" ,;:")
    return obj or None


def _join_and(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _title_parties(actors: list[ActorMention], names: list[str]) -> list[str]:
    """At most three parties: the people when two or more are named, else the states, else the first three,
    less their longest organisation names while the list is over seven words and has three names."""
    kinds = {a.name: a.kind for a in actors}
    people = [n for n in names if kinds.get(n) == "person"]
    if len(people) >= 2:
        return people[:_MAX_PARTIES]
    states = [n for n in names if kinds.get(n) == "state"]
    if len(states) >= 2:
        return states[:_MAX_PARTIES]
    names = names[:_MAX_PARTIES]
    # a long list loses its longest organisation names first, keeping two parties at least
    while len(names) > 2 and sum(len(n.split()) for n in names) > _MAX_PARTY_WORDS:
        longest = max((n for n in names if kinds.get(n) == "organisation"), key=lambda n: len(n.split()), default=None)
        if longest is None or len(longest.split()) <= 3:
            break
        names.remove(longest)
    return names


def _plural_verb(word: str) -> str:
    """"participates" -> "participate", "launches" -> "launch" (a present-tense verb after two subjects)."""
    if re.search(r"(?:ch|sh|ss|x|zz)es$", word):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _verb_stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _drop_repeated_verb(title: str, label: str) -> str:
    """Drop a second form of a verb already in the title ("Gas starts flowing started" -> "Gas starts
    flowing"; "X took over took over operations" -> "X took over operations")."""
    if label and len(label.split()) > 1:
        title = re.sub(rf"\b({re.escape(label)})\s+\1\b", r"\1", title)
    words = title.split(" ")
    seen: set[str] = set()
    out = []
    for w in words:
        bare = w.strip(",;:")
        verbish = bare.islower() and bare.isalpha() and (bare.endswith(("ed", "s", "ing")) or bare in _PARTICIPLES)
        if verbish and _verb_stem(bare) in seen and bare.endswith(("ed", "s")):
            continue
        if verbish:
            seen.add(_verb_stem(bare))
        out.append(w)
    return " ".join(out)


def _is_state_or_person(name: str) -> bool:
    """``name`` denotes a state or a person in the actor dictionary (so nothing one can join)."""
    from timeline.extract.actors import ActorDictionary

    entries = ActorDictionary.default().resolve(name)
    return bool(entries) and all(e.kind in {"state", "person"} for e in entries)


_JOINED_IN = re.compile(
    r"\s+in\s+([a-z]+ing(?:\s+(?:the|a|an|its|their))?(?:\s+[\w-]+){1,3}?)"
    r"(?=\s*(?:[,.;]|$|\s+(?:in|on|at|from|by|since|after|before)\b))"
)


_JOINED_AS_MEMBER = re.compile(
    r"[^.;]{0,120}?\bas\s+(?:a\s+|an\s+)?(?:founding\s+|full\s+|new\s+)?members?\s+(?:states?\s+)?of\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’-]*))*)"
)
_JOINED_TO = re.compile(r"\s+to\s+([a-z]+(?:\s+(?:the|a|an|its|their))?(?:\s+[\w-]+){1,2})")


def _joined_partner(cm: CueMatch, actor: str, obj: str, text: str | None) -> str:
    """"X joined Y" where Y is a state or a person: what X joined is the organisation named after
    "as a member of", else X joined Y in doing (or to do) something, not Y itself."""
    if text is not None:
        at = text.find(obj, cm.mstart, cm.mend + 120)
        after = at + len(obj) if at >= 0 else cm.mend
        member = _JOINED_AS_MEMBER.match(text, after)
        if member:
            org = re.sub(r"\s+(?:of|for|and|on)$", "", member.group(1))
            return f"{actor} joined {org}"
        m = _JOINED_IN.match(text, after) or _JOINED_TO.match(text, after)
        if m:
            word = "in" if m.re is _JOINED_IN else "to"
            return f"{actor} joined {obj} {word} {_OBJ_DANGLING.sub('', m.group(1))}"
    return f"{actor}–{obj} cooperation"


#: Session 17: a title opened by a conjunction ("And the first train departed") or by a fronted time adverbial
_TITLE_CONJUNCTION = re.compile(r"^(?:And|But|So|Yet|Then|Also|Meanwhile|However),?\s+(?=\S)")
#: an object that is only a time ("Thursday", "on Monday", "last week", "today")
_TIME_ONLY_OBJECT = re.compile(
    r"^(?:(?:on|last|this|next|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|"
    r"tomorrow|tonight|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I,
)
_FRONTED_TIME_OBJECT = re.compile(
    r"^(?:In|On|At|By|During|Since|Last|This|Next|Early|Late|Earlier|Later)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+|\d{4}|year|month|week)(?:\s+\d{4})?$"
)
#: the noun phrase after a fronted adverbial's comma, up to its verb ("In April, the third Trade House of X was")
_SUBJECT_AFTER_COMMA = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?P<np>[^,;.]{3,80}?)\s+(?:was|were|is|are|has|have|had|will|would|opened|began)\b"
)
#: where a verb's complement ends in a title: punctuation, a clause word, a date or a figure
_COMPLEMENT_STOP = re.compile(
    r"^(?:that|which|who|whom|whose|when|while|because|as|after|before|since|until|but|so|if|in|on|at|last|"
    r"this|next|during|over|amid|following|by|same|day|today|yesterday|tomorrow|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)$",
)
#: a final word that leaves a title dangling: a preposition, an article or a conjunction
_DANGLING_END = re.compile(r"\s(?:to|for|of|with|from|into|on|in|at|by|the|a|an|and|off|out)$", re.I)
#: a person's title in apposition, closed by a comma: ", Member of the Political Bureau … and Minister of …,"
_TITLE_APPOSITIVE = re.compile(
    r",\s+(?:the\s+)?(?:(?:Vice|Deputy|First|Acting|Special|Senior|Prime|Foreign|Chief)\s+)?(?:Member|Minister|"
    r"President|Premier|Secretary|Chairman|Chairwoman|Chairperson|Director|Head|Ambassador|Governor|Envoy|"
    r"Representative|Adviser|Advisor|Councillor|Councilor|Speaker|Commander|Chief)\b[^,;()]{0,160}?,"
)
#: a plural noun closing a title's subject ("direct flights", "talks"), not a name or a singular in -s
_PLURAL_HEAD = re.compile(r"(?<![A-Z])\b[a-z]+[^su\W]s$")
#: a weekday in a title ("renewed the swap line on Thursday", "agreed Thursday") or a final "there"
_TITLE_WEEKDAY = re.compile(
    r"(?<=\S)\s+(?:(?:on|last|this|next)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?:\s+(?:morning|evening|night))?"
    r"|\s+there$"
)
#: a final article or conjunction, which a title drops
_DANGLING_ARTICLE = re.compile(r"\s(?:the|a|an|and|off\s+the)$", re.I)
#: past stems that drop a final "e" ("announc(e)d", "clos(e)d", "approv(e)d", "declar(e)d", "issu(e)d")
_E_STEM = re.compile(r"(?:[cvzu]|[aeiou][sz]|[^aeiou]g|[aou]t|[^aeiou][aiu]r|[^aeiou]l(?<!ll))$")


#: Session 17: a nominal label after two or more actors and what it becomes as a clause
_PLURAL_NOMINAL = re.compile(r"(?P<q>(?:state|official|working) )?(?P<noun>phone call with|visit to)(?= )")
_PLURAL_NOMINAL_AS_CLAUSE = {"phone call with": "hold separate phone calls with", "visit to": "visit"}


def present_third(word: str) -> str | None:
    """Session 17: the present third person of a past or present verb form ("condemned" → "condemns",
    "closed" → "closes", "went" → "goes", "calls" → "calls"); None when ``word`` does not look like one."""
    w = word.lower()
    if not w.isalpha():
        return None
    for third, past, _part, _ger in _IRREGULAR.values():
        if w in past.split("|") or w == third:
            return third
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ing") and len(w) >= 6:
        w = w[:-3] + "ed"  # "calling" → "called" → "calls" (the same stem rules)
    if not w.endswith("ed") or len(w) < 5:
        return None
    if w.endswith("ied"):
        stem = w[:-3] + "y"
    else:
        stem = w[:-2]
        if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
            stem = stem[:-1]  # "planned"
        elif stem.endswith("ell") and len(stem) > 5:
            stem = stem[:-1]  # "cancelled"
        elif stem.endswith("e") or _E_STEM.search(stem):
            stem += "e"  # "agreed", "announced", "closed"
    return present_forms(stem)[0]


def _complement(text: str, pos: int) -> str:
    """The words after a verb at ``pos`` that a title keeps: up to punctuation, a clause word, a date or a figure
    (a figure in a name stays: "Resolution 2231"), cut to its head phrase by :func:`_trim_object`."""
    while pos < len(text) and (text[pos].isalnum() or text[pos] in "-'’"):
        pos += 1  # the rest of a word the match cut ("consulate|-general")
    words: list[str] = []
    for m in re.finditer(r"\S+", text[pos : pos + 200]):
        raw = m.group()
        word = raw.strip(",;:.()\"“”!?[]")
        if not word or _COMPLEMENT_STOP.match(word) or raw[:1] in "(\"“[":
            break
        if word == "and" and _AND_NEW_CLAUSE.match(text, pos + m.end()):
            break  # "…, and the imports continued": a clause of its own
        named_figure = words and words[-1].lower() not in _TITLE_FUNCTION_WORDS and not _YEAR_WORD.fullmatch(word)
        if word[0].isdigit() and not named_figure:
            break
        words.append(word)
        if word != raw or len(words) >= 10:
            break  # punctuation after the word closes the phrase
    phrase = (_trim_object(" ".join(words)) or "").split()
    return _OBJ_DANGLING.sub("", " ".join(phrase[:_MAX_OBJECT_WORDS])).strip()


#: "and" opening a clause of its own (a determiner, a pronoun or an adverb after it), not a coordinated word
_AND_NEW_CLAUSE = re.compile(r"\s+(?:the|a|an|it|its|they|their|he|his|she|her|we|our|then|also|later|[a-z]+ed)\b")
_AUXILIARIES = {"do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                "shall", "should", "can", "could", "may", "might", "must"}
#: words after which a figure is a quantity, not part of a name ("of 20", "the 5")
_TITLE_FUNCTION_WORDS = {"of", "for", "to", "with", "from", "the", "a", "an", "about", "some", "only", "nearly", "over",
                         "than", "worth", "by", "and", "or"}
#: a year, which ends a title's complement ("in 2008"), unlike a figure of a name ("Resolution 2231")
_YEAR_WORD = re.compile(r"1[89]\d\d|20\d\d")


def tidy_title(title: str) -> str:
    """Session 17: no conjunction or fronted "In April" opening a title, no preposition or article ending it.
    Session 18: no weekday ("agreed on Thursday": the date column tells it) and no final "there"."""
    title = _TITLE_WEEKDAY.sub("", title) if _TITLE_WEEKDAY.sub("", title).strip() else title
    opened = _TITLE_CONJUNCTION.sub("", title)
    tidy = _DANGLING_ARTICLE.sub("", opened).strip()
    return tidy[:1].upper() + tidy[1:] if opened != title else tidy


def _verb_title(cm: CueMatch, subject: str, text: str, plural: bool) -> str | None:
    """Session 17: "<subject> <verb as written, in the present> <its complement>" for a cue whose title would be
    a bare verb ("China accuses" → "China condemns Israeli and American strikes"); None when the match does not
    open with a verb or nothing follows it."""
    end = cm.mend
    while end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        end += 1  # the rest of a word the match cut ("its consulate|-general")
    words = text[cm.mstart : end].split()
    if not words or len(words) > 5 or not words[0].islower():
        return None
    if words[0].lower() != cm.trigger.lower() or words[0].lower() in _AUXILIARIES:
        return None  # the match opens with its object or subject, or with an auxiliary ("did not recognise")
    verb = present_third(words[0])
    if verb is None and words[0].isalpha() and not words[0].endswith(("ing", "ed")):
        verb = present_forms(words[0])[0]  # "Presidents X and Y exchange messages"
    if verb is None:
        return None
    if plural:
        verb = _plural_verb(verb)
    rest = " ".join(w for w in words[1:] if w.lower() not in {"the", "a", "an", "its", "their", "his", "her"})
    tail = _complement(text, end)
    if not tail and (not rest or _DANGLING_END.search(" " + rest)):
        return None
    return " ".join(x for x in (subject, verb, rest, tail) if x)


def build_title(cm: CueMatch, actors: list[ActorMention], obj: str | None, text: str | None = None) -> str:
    """Fill the first title template of the cue whose placeholders are all known.

    Inputs are tidied first: at most three parties (people before states when two people are named),
    a lone party of a symmetric cue stands as its actor ("Memorandum signed by X", not "Memorandum
    signed"), the object is cut to its head noun phrase of six words or fewer. The result has no verb
    twice, a plural verb after two subjects, no final period."""
    label = cm.cue.label
    if label == "match":
        label = cm.trigger
    if cm.qualifier and cm.cue.mode == "visit":
        label = f"{cm.qualifier} {label}"
    if obj and text is not None and _FRONTED_TIME_OBJECT.match(obj.strip()) and cm.obj is not None:
        # "In April, the third Trade House of X was opened": the fronted time is no object, the subject after it is
        after = _SUBJECT_AFTER_COMMA.match(text, cm.obj[1])
        obj = after.group("np") if after else None
    if obj and _TIME_ONLY_OBJECT.match(obj.strip()) and any(a.role in ("actor", "participant") for a in actors):
        obj = None  # session 18: "renewed their swap line on Thursday" → no object "Thursday" ("X agreed Thursday")
    obj = _trim_object(obj)
    words = label.split()
    if (
        len(words) > 1 and obj and re.search(rf"\b{re.escape(words[0])}\b", obj, re.IGNORECASE)
        and not re.search(rf"\b{re.escape(label)}\b", obj, re.IGNORECASE)
    ):
        label = " ".join(words[1:])  # "the tenth anniversary of X celebrated", not "... anniversary celebrated"
    parts = _names(actors, "participant")
    if len(parts) < 2:
        parts = _names(actors, "participant", "actor", "recipient")
    parts = _title_parties(actors, parts)
    doers = [a for a in actors if a.role == "actor"]
    people = [a.name for a in doers if a.kind == "person"]
    actor_names = (people or [a.name for a in doers])[:_MAX_PARTIES]
    if not actor_names and len(parts) == 1:  # one named party of a meeting or signing
        actor_names = parts
    fills = {
        "actor": _join_and(actor_names),
        "recipient": _join_and(_names(actors, "recipient")[:_MAX_PARTIES]),
        "participants": "–".join(parts) if len(parts) >= 2 else "",
        "participants_and": _join_and(parts) if len(parts) >= 2 else "",
        "object": obj or "",
        "label": label,
        "location": next((a.name for a in actors if a.role == "location"), ""),
    }
    if fills["actor"] and fills["actor"] == fills["recipient"]:
        # Session 18: one party on both sides ("China state visit to China", "X provides aid to X"): a visit keeps
        # its host ("State visit to China"), another act its doer
        if "visit" in label:
            visit = f"{label} to {fills['recipient']}"
            return visit[:1].upper() + visit[1:200]
        fills["recipient"] = ""
    for template in cm.cue.titles:
        keys = re.findall(r"\{(\w+)\}", template)
        if all(fills.get(k) for k in keys):
            title = template.format(**fills)
            break
    else:
        title = " ".join(x for x in (fills["actor"] or fills["participants"], label, obj or "") if x)
        if fills["location"] and title.split()[-1:] == label.split()[-1:]:
            title += f" in {fills['location']}"
    if label.startswith("join") and obj and fills["actor"] and title.endswith(obj) and _is_state_or_person(obj):
        title = _joined_partner(cm, fills["actor"], obj, text)
    subject = fills["actor"] or fills["participants_and"]
    head = label.split()[0] if label.split() else ""
    verb_label = head.endswith("s") and head not in _PLURAL_NOUNS and present_third(head) == head
    # session 18: a past label too ("Vikram Misri declared" → "Vikram Misri announces an agreement on …")
    verb_label = verb_label or (head.endswith("ed") and present_third(head) is not None)
    bare = subject and verb_label and not obj and not fills["recipient"] and title.strip() == f"{subject} {label}"
    if text is not None and (bare or (subject and title.startswith(subject) and _DANGLING_END.search(title))):
        # "China accuses", "X sent a message to": the verb as written with its complement
        verb_title = _verb_title(cm, subject, text, plural=len(actor_names) > 1 or " and " in subject)
        if verb_title is not None:
            verb_title = tidy_title(verb_title)
            return verb_title[:1].upper() + verb_title[1:200]
    if len(actor_names) > 1 and title.startswith(fills["actor"] + " "):
        # Session 17: two callers or visitors read as a clause, not a compound noun ("X and Y phone call with Z")
        nominal = _PLURAL_NOMINAL.match(title, len(fills["actor"]) + 1)
        if nominal is not None:
            clause = f"pay {nominal.group('q')}visits to" if nominal.group("q") else (
                _PLURAL_NOMINAL_AS_CLAUSE[nominal.group("noun")])
            title = title[: nominal.start()] + clause + title[nominal.end() :]
        rest = title[len(fills["actor"]) + 1 :].split(" ", 1)
        rest[0] = _plural_verb(rest[0]) if rest[0].islower() and rest[0] not in _PLURAL_NOUNS else rest[0]
        title = f"{fills['actor']} {' '.join(rest)}"
    title = tidy_title(_drop_repeated_verb(re.sub(r"\s+", " ", title).strip(), label).rstrip(" ."))
    if obj and verb_label and head.endswith("s") and title == f"{obj} {label}" and _PLURAL_HEAD.search(obj):
        title = f"{obj} {_plural_verb(head)}{label[len(head):]}"  # session 18: "Direct flights start"
    return title[:1].upper() + title[1:200]


# --------------------------------------------------------------------------- extractor


@dataclass(slots=True)
class _SentInfo:
    sent: Sentence
    cues: list[CueMatch]
    dates: list[DateMention]  # usable, non-figure dates
    claims: list[Claim] = field(default_factory=list)
    #: negated/hypothetical/habitual cues: they still take their own dates, which no other cue may use
    blocked: list[CueMatch] = field(default_factory=list)
    #: dates that modify a noun ("the 2020 war"): only a cue right after them may take them
    modifiers: list[DateMention] = field(default_factory=list)


class EventExtractor:
    """Turns the sentences of one article into claims. Create one per article (cheap)."""

    def __init__(
        self,
        article: Article,
        sentences: Sequence[Sentence],
        dates: Sequence[DateMention],
        finder: ActorFinder | None = None,
        cues: CueSet | None = None,
        pair: tuple[ActorMention, ActorMention] | None = None,
        states: Iterable[ActorMention] = (),
    ) -> None:
        self.article = article
        self.text = article.text
        self.sentences = list(sentences)
        self.dates = sorted(dates, key=lambda d: d.start)
        self._date_starts = [d.start for d in self.dates]
        self.finder = finder
        self.cues = cues or load_cues()
        self.pair = pair
        #: country code -> state mention, to turn "to Beijing" into China as a visit's host
        states = list(states)
        self.states = {a.country: a for a in [*states, *(pair or ())] if a.kind == "state" and a.country}
        #: (start, end, date) of dated table rows: each row's phrases are events of its date
        self.rows: list[tuple[int, int, DateMention]] = []
        #: (intro span, item spans) of lists of signed documents: each item is an agreement of the intro's date
        self.documents: list[tuple[tuple[int, int], tuple[tuple[int, int], ...]]] = []
        self._index: dict[int, int] = {}
        self._cur_cues: list[CueMatch] = []
        self._occasions: dict[str, DateMention] = {}
        self._headings: set[int] = set()
        #: (start, end, date) of chronology items and year-heading sections: historical present allowed there
        self._chrono: list[tuple[int, int, DateMention]] = []
        #: the dated chronology items (paragraphs opening with a date) of :meth:`_chronology_spans`
        self._row_items: list[tuple[int, int, DateMention]] = []
        #: (position, date or None) of every heading line: a heading's date reaches only to the next heading
        self._marks: list[tuple[int, DateMention | None]] = []
        #: surname -> the one person of the article with that last name ("Costa" -> "António Costa")
        people: dict[str, set[str]] = {}
        self._people: dict[str, ActorMention] = {}
        for a in [*states]:
            if a.kind == "person" and " " in a.name:
                people.setdefault(a.name.split()[-1], set()).add(a.name)
                self._people.setdefault(a.name.split()[-1], a)
        self._people = {k: v for k, v in self._people.items() if len(people[k]) == 1}
        self._actor_cache: dict[tuple[int, int, dt.date | None], list[ActorMention]] = {}
        self._speech = [m.span() for m in _QUOTE_SPAN.finditer(self.text) if m.end() - m.start() > 70]
        self._titles = [m.span() for m in _QUOTE_SPAN.finditer(self.text)
                        if m.end() - m.start() <= 70 and not _SPOKEN.match(self.text, m.start(), m.end())]
        self._home = self._dateline_state() or home_state(states)
        self._speaker: ActorMention | bool | None = False  # computed on first use
        self._items_cache: list[tuple[int, int, DateMention]] | None = None
        #: (cue position, person) of the visitors told so far: a later visit noun without one may be theirs
        self._visitors: list[tuple[int, ActorMention]] = []
        #: cue start -> people an "own" possessive contrasts with ("Y's visit ... and his own visit": not Y)
        self._contrasted: dict[int, set[str]] = {}

    # -- helpers
    def _dates_in(self, start: int, end: int) -> list[DateMention]:
        i = bisect.bisect_left(self._date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start < end:
            if self.dates[i].end <= end:
                out.append(self.dates[i])
            i += 1
        return out

    def actors_in(self, start: int, end: int, on: dt.date | None) -> list[ActorMention]:
        """Actor mentions of ``text[start:end]`` resolved on ``on`` (cached)."""
        if self.finder is None:
            return []
        key = (start, end, on)
        if key not in self._actor_cache:
            found = self.finder.find(self.text, start, end, on=on)
            found = sorted(found, key=lambda a: (a.start, -(a.end - a.start)))
            kept: list[ActorMention] = []
            for a in found:  # drop mentions nested in a longer one
                if kept and a.start < kept[-1].end:
                    continue
                kept.append(a)
            self._actor_cache[key] = kept
        return self._actor_cache[key]

    def _in_spans(self, pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        for s, e in spans:
            if s <= pos < e:
                return s, e
        return None

    # -- step 1: cues and dates per sentence
    def _sentence_info(self, sent: Sentence, matches: list[CueMatch]) -> _SentInfo:
        text = self.text
        cues: list[CueMatch] = []
        blocked: list[CueMatch] = []
        frames = list(_FRAME.finditer(text, sent.start, sent.end))
        contents = _CONTENTS_LINE.match(text, sent.start, sent.end)
        if contents is not None and not _VERBLESS_VERB.search(text, contents.end(), sent.end):
            matches = []  # "This week: the visa waiver, X's Beijing trip, trade numbers": a newsletter's contents
        if _SELF_DESCRIPTION.match(text, sent.start, sent.end):
            matches = []  # "This brief reviews the agreements signed since 2023": the document's topics, not events
        if matches and self._off_pair_question(sent):
            matches = []  # a journalist's question about another matter ("AFP: The expo will be held in ... ?")
        day_told = any(d.precision == "day" for d in self._dates_in(sent.start, sent.end))
        for cm in matches:
            if self._in_spans(cm.start, self._titles):
                continue  # a word inside a quoted title
            if any(f.start("noun") <= cm.start < f.end() for f in frames):
                continue  # "as part of the visit": refers back to an event already told
            clause_start = max(sent.start, text.rfind(";", sent.start, cm.start) + 1)
            before = text[clause_start : cm.mstart]
            inner = _INNER_RELATIVE.sub(",", text[cm.mstart : cm.start]) if cm.start > cm.mstart else ""
            negated = cm.cue.type not in {"REJECT"} and bool(
                _NEGATION.search(before[-40:]) or _NEGATION.search(inner[-40:])
                or _CALLED_OFF_BEFORE.search(before[-40:]) or _CALLED_OFF_AFTER.match(text, cm.end, sent.end)
                or _DENIAL.search(before[before.rfind(",") + 1 :])
                or _NEGATED_AFTER.match(text[cm.end : sent.end].split(",")[0])
            )
            comma_clause = before[before.rfind(",") + 1 :]
            after = text[cm.end : min(sent.end, cm.end + 40)]
            plan = _REPORTED_PLAN.search(before[-120:])  # "X said it would launch Y on 5 June": planned
            # "since January 2020 citizens can travel without visas": an ability since a date is a state, no modal
            modal_before, modal_inner = _SINCE_CAN.sub(r"\1", before), _SINCE_CAN.sub(r"\1", inner)
            if (
                negated or (self._hypothetical(modal_before) and not plan) or _HYPOTHETICAL.search(modal_inner)
                or _HABITUAL.search(comma_clause[-50:]) or _HABITUAL_AFTER.search(after)
                or self._counterfactual(cm, sent, before) or _COMPARATIVE_AFTER.match(text, cm.end, sent.end)
                or (_STILL_BEFORE.search(comma_clause[-30:]) and not _PAST.search(text, cm.mstart, cm.mend))
            ):
                blocked.append(cm)  # not an event, but its dates are its own
                continue
            if _ASKED_WH.search(before):
                blocked.append(cm)  # inside an indirect question: asked about, not told
                continue
            if _RESOLUTION_CONTENT.search(text, max(sent.start, cm.mstart - 80), cm.mstart):
                continue  # "votes for Resolution 1929, which imposes a fourth round of sanctions": its content
            if _SPAN_FROM.search(before[-12:]) and _SPAN_TO.match(text, cm.end, sent.end):
                blocked.append(cm)  # "milestones from the recognition of X's independence to the beginning of 2021"
                continue
            if self._undated_hedge(cm, sent) or self._subordinate_present(cm, comma_clause):
                blocked.append(cm)  # "to pay a state visit at a mutually convenient time", "as the line is completed"
                continue
            if self._anaphoric(cm) or self._generic_plural(cm) or self._purpose_gerund(cm):
                continue
            if self._precision_guard(cm, sent, before):
                continue
            if self._retold_gathering(cm, sent) or self._protocol(cm, sent):
                continue
            if cm.cue.id == "consult.multilateral.attend":
                act = self._ceremony_act(cm, sent, matches)
                if act is False:
                    continue  # "attended the ceremony marking the start of construction": the start tells it
                if act is not None:
                    cm.cue = act  # "attended a groundbreaking ceremony for a wind farm": the groundbreaking
            if self._people_count(cm, sent):
                continue  # "almost 40,000 Chinese tourists visited Azerbaijan": a statistic, not a visit
            if self._ellipsis_without_visit(cm, sent, matches):
                continue  # "X followed in 2006" with no visit told before it: not a visit
            if _YOU_SUBJECT.search(before[-40:]) and self._interviewer_line(sent):
                continue  # the interviewer's "**You arrived in Baku recently.**": a prompt, not a dated event
            if cm.cue.fallback and self._interviewer_line(sent):
                continue  # session 15: weak evidence in a bold prompt ("**President X was in China again.**")
            if self._measuring(cm, sent):
                continue  # "deliveries reached 10 bcm": an observation, not an event
            subject_start = max(clause_start, text.rfind(",", clause_start, cm.start) + 1)
            if not day_told and cm.cue.id.startswith("cooperate.transport") and _COUNT_SUBJECT.fullmatch(
                text, subject_start, max(subject_start, cm.start)
            ):
                continue  # "In 2025, 260 block trains reached Georgia": a count over a period, a statistic
            if not day_told and self._aggregate(cm, sent, subject_start) and not self._at_occasion(
                sent, subject_start, matches
            ):
                continue  # "Chinese firms signed new contracts worth $1.1 billion last year": a yearly total
            if self._period_when(cm, sent):
                continue  # "debt dates from the decade after 2009, when the bank financed roads": a period's acts
            doc_of = _DOCUMENT_OF.search(text, max(sent.start, cm.mstart - 40), cm.mstart)
            if cm.cue.type == "CONSULT" and doc_of and any(o.cue.type == "AGREE" and o is not cm for o in matches):
                continue  # "the Plan of Consultations ... was signed": the document's topic, not a meeting
            signed = _SIGNED_DOC_OF.search(text, max(sent.start, cm.mstart - 60), cm.mstart)
            if signed and cm.cue.type != "AGREE" and any(
                o is not cm and o.cue.type == "AGREE" and o.mstart <= signed.end() and o.mend > signed.start()
                for o in matches
            ):
                continue  # "signed the protocol of the 11th meeting": the signing tells it, the noun is its object
            if cm.cue.id == "agree.agree" and _VAGUE_AGREEMENT.match(text, cm.mend, sent.end):
                continue  # "agreed to expand cooperation": an intention, not an event
            if cm.cue.id == "agree.agree" and self._agreed_future_act(cm, sent, matches):
                continue  # "agreed that Bayramov will visit China in the spring": the planned visit tells it
            if cm.cue.id in _STATEMENT_CUES:
                end_m = _CLAUSE_END.search(text, cm.mend, sent.end)
                etype = complement_type(text, cm.mend, end_m.start() if end_m else sent.end)
                if etype is None and cm.cue.id == "statement.say":
                    continue  # "said that ...": only a statement of a known kind is an event
                if etype is not None:
                    cm.cue = replace(cm.cue, type=etype, id=f"{cm.cue.id}.{etype.lower()}", label="said",
                                     titles=("{actor} says to {recipient}", "{actor} statement"))
            cues.append(cm)
        all_dates = [
            d for d in self._dates_in(sent.start, sent.end)
            if usable_date(d) and not self._date_in_name(d)
            and not (d.relative and _NARRATIVE_SHIFT.search(d.text))
        ]
        all_dates = self._appositive_anchors(self._unknown_year_shifts(sent, self._reanchored(sent, all_dates)))
        all_dates = self._restated_anchors(all_dates)
        figs = figure_dates(text, sent.start, sent.end, all_dates)
        dates = self._entry_dates(sent, [d for i, d in enumerate(all_dates) if i not in figs])
        dates = self._unbounded(sent, dates)
        modifiers = [d for d in dates if self._modifier_date(d, sent)]
        dates = [d for d in dates if d not in modifiers and not self._tenure(d, sent) and not self._period_of(d, sent)]
        dates = [d for d in dates if not self._subject_relative_date(d, sent, cues)]
        dates = [d for d in dates if d.precision not in {"year", "decade", "century"}
                 or not _ORDINAL_SINCE.search(text, max(sent.start, d.start - 80), d.start)]
        # "Less than a year later, when X came to Beijing, ...: on April 23 ...": the explicit finer date wins over the
        # counted shift
        shifts = [d for d in dates if _SHIFT_TEXT.search(d.text)]
        dates = [d for d in dates if d not in shifts or not any(
            x not in shifts and x.start > d.end and ";" not in text[d.end : x.start]
            and _PRECISION_RANK.get(x.precision or "", 0) > _PRECISION_RANK.get(d.precision or "", 0)
            and not self._own_clause_date(d, x) and not self._opens_coordinated_clause(x, sent) for x in dates)]
        # "signed an agreement on increasing traffic in 2027, and X and Y signed ...": a target's period dates no act
        dates = [d for d in dates if not _TARGET_OBJECT.search(text, max(sent.start, d.start - 120), d.start)]
        ordinal = [d for d in dates if _ORDINAL_OF.search(text, max(sent.start, d.start - 60), d.start)
                   or _ORDINAL_TIME.search(text, max(sent.start, d.start - 40), d.start)
                   or (_ORDINAL_COUNT.search(text, max(sent.start, d.start - 70), d.start)
                       and _CURRENT_PERIOD.fullmatch(d.text))]
        if ordinal and len(ordinal) < len(dates):  # "Two weeks ago, the first train of this year reached Alat"
            dates = [d for d in dates if d not in ordinal]
        if not dates and not all_dates:  # a later ';'-separated event of a dated table row: the row's date
            dates = [d for s, e, d in self.rows if s <= sent.start < e][:1]
        return _SentInfo(sent, cues, dates, blocked=blocked, modifiers=modifiers)

    def _own_clause_date(self, shift: DateMention, x: DateMention) -> bool:
        """Session 16: a finer date after a counted shift that opens a coordinated clause with its own subject and
        verb ("A year later, X paid his first visit to Y, and in April 1964 Z inaugurated …") dates that clause's
        act, not the shift's: the shift stays the first clause's date."""
        text = self.text
        if not _CLAUSE_JOINT_BEFORE.search(text, max(shift.end, x.start - 16), x.start):
            return False
        m = _SUBJECT_VERB_AFTER.match(text, x.end)
        return m is not None and m.group("v").lower() not in _ELLIPSIS_VERBS

    def _unbounded(self, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
        """Drop the dates that bound an object rather than date an event: an end date or deadline
        ("extended the lease until 2060", "dissolve the institutions by 1 January 2024", "valid through 2030");
        a range running into the future ("leased from 2019 until 2069") keeps only its start."""
        out = []
        for d in dates:
            bound = _BOUND_BEFORE.search(self.text, max(sent.start, d.start - 30), d.start)
            if bound and not (bound.group(0).lower().startswith("by") and (_DONE_BY.search(
                    self.text, max(sent.start, bound.start() - 40), bound.start()) or self._planned_by(sent, d))):
                continue
            if "/" in (d.value or "") and _BOUND_RANGE.search(d.text):
                start = self._range_start(d)
                if start is not None:
                    out.append(start)
                    continue
            out.append(d)
        return out

    def _planned_by(self, sent: Sentence, d: DateMention) -> bool:
        """"is to be completed by 2030", "plans to build a plant by 2035": a future completion planned by then."""
        pub = self.article.published
        if pub is None or d.lower is None or d.lower <= pub or d.precision not in {"year", "month"}:
            return False
        lo = max(sent.start, d.start - 90)
        plans = sorted([*_PLAN.finditer(self.text, lo, d.start), *_PLANNED_OUTPUT.finditer(self.text, lo, d.start)],
                       key=lambda m: m.end())
        return bool(plans) and not _CLAUSE_END.search(self.text, plans[-1].end(), d.start)

    def _range_start(self, d: DateMention) -> DateMention | None:
        """The start of a range whose end lies after publication ("from 2019 until 2069" -> 2019)."""
        from timeline.extract.dates import normalise_date

        pub = self.article.published
        if pub is None or d.upper is None or d.upper <= pub:
            return None  # a past range ("fought from March until May 1992") is the event's own span
        m = _BOUND_RANGE.search(d.text)
        left = d.text[: m.start()].strip(" ,")
        if not re.search(r"\b\d{4}\b", left):
            return None
        start = normalise_date(left, pub)
        if start is None or not start.value or "/" in start.value:
            return None
        return replace(start, start=d.start, end=d.start + len(left))

    def _entry_dates(self, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
        """In a dated list entry ("1-5 April 2016 — the heaviest fighting since 1994 ends ..."), a later
        "since <date>" is a comparison, not a date of the entry's events: only the lead date is kept."""
        if len(dates) < 2 or dates[0].start - sent.start > 12:
            return dates
        since = [d for d in dates[1:] if _SINCE_BEFORE.search(self.text, max(sent.start, d.start - 12), d.start)]
        if not since:
            return dates
        if not _dated_line(self.text[sent.start : sent.end]):
            return dates
        return [d for d in dates if d not in since]

    def _measuring(self, cm: CueMatch, sent: Sentence) -> bool:
        """The cue is the measuring verb of a measurement sentence ("the first shipments reached 10 bcm in
        2010", see :func:`timeline.extract.observations.is_measurement_sentence`)."""
        m = _MEASURING_CORE.search(self.text, cm.start, min(sent.end, cm.end + 60))
        if m is None or m.start() >= cm.end or m.end() > sent.end:
            return False
        from timeline.extract.observations import is_measurement_sentence

        return is_measurement_sentence(self.text, sent.start, sent.end)

    def _opened_stay(self, sent: Sentence, d: DateMention) -> DateMention:
        """A borrowed day of a sentence that opens a stay of a stated length ("The president arrived in the capital
        for a three-day state visit" under the day's heading): the stay, from that day (as the dates tagger
        does for a day told in the sentence itself)."""
        if d.precision != "day" or not d.lower or d.lower != d.upper:
            return d
        m = _OPENED_STAY.search(self.text, sent.start, sent.end)
        if m is None:
            m = self._during_stay_of_arrival(sent, d)
        if m is None:
            return d
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else _SHIFT_NUMBERS.get(word, 0)
        if not 2 <= n <= 14:
            return d
        last = d.lower + dt.timedelta(days=n - 1)
        return replace(d, value=f"{d.lower.isoformat()}/{last.isoformat()}", upper=last, precision="interval",
                       note=f"a {n}-day stay from {d.value}")

    def _borrowed_date(self, info: _SentInfo, i: int, infos: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """The date an undated sentence ``infos[i]`` borrows from the sentences before it (the first rule's)."""
        window = infos[max(0, i - 6) : i]
        borrowed = self._row_item(info) or self._shifted(info, window) or self._ordinal_day(info, window)
        borrowed = borrowed or self._same_time(info, window, shifted_only=True)
        borrowed = borrowed or self._borrow(info, infos[i - 1]) or self._also_signed(info, window)
        borrowed = borrowed or self._continuation(info, infos[i - 1])
        borrowed = borrowed or self._paragraph_follow_up(info, infos[:i])
        borrowed = borrowed or self._same_time(info, window) or self._heading(info, infos[:i])
        borrowed = borrowed or self._recent_occasion(info, infos[max(0, i - 3) : i])
        borrowed = borrowed or self._lead_day(info, infos[:i]) or self._back_reference(info, infos[:i])
        borrowed = borrowed or self._also_in_paragraph(info, infos[:i])
        borrowed = borrowed or self._report_event_day(info, infos[:i])
        return borrowed or self._same_time(info, infos[:i], far=True)

    def _dates_only_relative(self, info: _SentInfo) -> bool:
        """Session 17: every date of the sentence belongs to the cue of a relative clause opened after an undated
        main-clause cue ("signed a programme for the agreement, which X and Y signed in March 2021")."""
        undated = [cm for cm in info.cues if not cm.dates]
        if not info.dates or not undated or len(undated) == len(info.cues):
            return False
        cm = undated[0]
        word = cm.trigger.lower()
        if not word.endswith("ed") and not any(word in past.split("|") for _t, past, _p, _g in _IRREGULAR.values()):
            return False  # a main-clause verb in the past ("signed"), not a noun ("Opening the meeting, X noted")
        return all(d.start > cm.mend and self._relative_owner(cm, d, info) for d in info.dates)

    def _counted_off_clause(self, cm: CueMatch, d: DateMention, sent: Sentence) -> DateMention:
        """Session 17: the cue of a clause set a few weeks or months off the main clause's month or season ("I
        arrived in the summer of 2009, a few weeks after the president had gone to Urumqi"): its act lies some
        weeks before (after) that month or season, so the claim is the year, not the month or season."""
        if d.precision not in {"month", "season", "quarter"} or d.lower is None or d.end > cm.mstart:
            return d
        m = _COUNTED_OFF.match(self.text, d.end, cm.mstart)
        if m is None or _CLAUSE_BREAK.search(self.text, m.end(), cm.mstart):
            return d
        year = d.lower.year
        return replace(d, value=f"{year:04d}", lower=dt.date(year, 1, 1), upper=dt.date(year, 12, 31),
                       precision="year", note=f"some {m.group('unit')} off {d.value}")

    def _closed_stay(self, cm: CueMatch, d: DateMention, sent: Sentence) -> DateMention:
        """Session 17: the visit read in a clause that closes a stay of a stated length at the time of the
        sentence's day ("X said on Tuesday …, as the visiting minister wrapped up a two-day trip"): the stay,
        ending that day. The day stays the day for the other events of the sentence (what X said)."""
        if cm.cue.mode != "visit" or d.precision != "day" or not d.lower or d.lower != d.upper:
            return d
        m = _CLOSING_STAY.search(self.text, d.end, sent.end)
        if m is None or not m.start() <= cm.mstart < m.end():
            return d
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else _SHIFT_NUMBERS.get(word, 0)
        if not 2 <= n <= 14:
            return d
        first = d.lower - dt.timedelta(days=n - 1)
        return replace(d, value=f"{first.isoformat()}/{d.lower.isoformat()}", lower=first, precision="interval",
                       note=f"a {n}-day stay to {d.value}")

    def _during_stay_of_arrival(self, sent: Sentence, d: DateMention) -> re.Match[str] | None:
        """Session 15: "… is expected to be signed during the three-day trip" borrowing the day of an arrival told
        before ("arrived in Beijing on Tuesday for a state visit"): the trip of that length from that day."""
        if sent.start <= d.start < sent.end or not d.text:
            return None
        m = _DURING_STAY.search(self.text, sent.start, sent.end)
        if m is None or not _ARRIVAL_BEFORE.search(self.text, max(0, d.start - 80), d.start):
            return None
        return m

    def _subject_relative_date(self, d: DateMention, sent: Sentence, cues: list[CueMatch]) -> bool:
        """A date inside a restrictive relative clause of the subject, before the main verb's cue ("A container
        train that left Xi'an on 10 April arrived at Alat ..."): the relative clause's act, not the main verb's,
        when no cue reads the relative clause itself and the main verb follows it without a comma."""
        text = self.text
        rel = ([None, *_SUBJECT_RELATIVE.finditer(text, sent.start, d.start)])[-1]
        if rel is None or "," in text[rel.start() : d.start] or not text[sent.start : rel.start()].strip():
            return False
        if any(rel.start() <= cm.start < d.end for cm in cues):
            return False  # the relative clause's own event is read: its date stays
        main = next((cm for cm in cues if cm.start >= d.end), None)
        if main is None or not _PAST.search(text, main.start, main.mend):
            return False
        gap = text[d.end : main.start]
        return "," not in gap and len(gap.split()) <= 6

    def _aggregate(self, cm: CueMatch, sent: Sentence, subject_start: int) -> bool:
        """A total over a period told as signing or awarding ("Chinese firms signed new contracts worth $1.1 billion
        in Kazakhstan last year", "Turkish contractors won deals totalling $2 billion in 2025"): a generic plural
        of companies as subject and a plural of documents with a sum after the verb; a statistic, not an event."""
        text = self.text
        if cm.cue.type not in {"AGREE", "COOPERATE", "AID"}:
            return False
        if not _GENERIC_COMPANIES.search(text, subject_start, cm.mstart):
            return False
        end_m = _CLAUSE_END.search(text, cm.mstart, sent.end)
        return _SUMMED_DOCUMENTS.search(text, cm.mstart, end_m.start() if end_m else sent.end) is not None

    def _at_occasion(self, sent: Sentence, subject_start: int, matches: Sequence[CueMatch]) -> bool:
        """Session 18: the signings are told at one occasion, in a fronted clause with a visit or a gathering ("When
        X attended the forum in April 2019, companies signed ten agreements worth $821 million"): one event, not a
        total over a period."""
        return bool(_FRONTED_OCCASION.match(self.text, sent.start, subject_start)) and any(
            o.cue.type == "CONSULT" and sent.start <= o.mstart and o.mend <= subject_start for o in matches
        )

    def _period_when(self, cm: CueMatch, sent: Sentence) -> bool:
        """A cue inside a ", when ..." clause whose antecedent is a span of years ("the decade after 2009, when
        Chinese banks financed roads", "the boom years of the 2010s, when ..."): what was done over a period."""
        text = self.text
        rel = ([None, *_WHEN_CLAUSE.finditer(text, sent.start, cm.mstart)])[-1]
        if rel is None or _CLAUSE_BREAK.search(text, rel.end(), cm.mstart):
            return False
        lo = max(sent.start, text.rfind(",", sent.start, rel.start()) + 1)
        return _PERIOD_SPAN.search(text, max(lo, rel.start() - 60), rel.start()) is not None

    @staticmethod
    def _hypothetical(before: str) -> bool:
        """A modal in the cue's own comma clause ("X could sign"), or a condition before it ("If X, Y signs").

        A modal of an earlier comma clause tells another verb ("when rumours spread that X would be
        allowed to ..., people took to the streets": the protest happened).
        """
        clause = before[before.rfind(",") + 1 :] if "," in before[-60:] else before
        return bool(_HYPOTHETICAL.search(clause[-60:]) or _CONDITION_BEFORE.search(before[-60:]))

    def _appositive_anchors(self, dates: list[DateMention]) -> list[DateMention]:
        """'a visit in 1994, two years after the countries established relations': the phrase dates the
        event it names from the date before it, backwards (1992), whatever the tagger counted."""
        out = list(dates)
        for i in range(1, len(out)):
            prev, d = out[i - 1], out[i]
            m = _APPOSITIVE_ANCHOR.match(d.text)
            if m is None or not _APPOSITION_GAP.fullmatch(self.text[prev.end : d.start]):
                continue
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else _SHIFT_NUMBERS.get(word, 0)
            sign = 1 if m.group("dir").lower() == "before" else -1
            moved = shift_date(prev, n, m.group("unit").lower(), sign, d.start, d.end, d.text) if n else None
            if moved is not None and _PRECISION_RANK.get(moved.precision or "", 0) <= _PRECISION_RANK.get(
                prev.precision or "", 0
            ):
                out[i] = replace(moved, note=f"{d.text}: counted back from {prev.value}")
        return out

    def _unknown_year_shifts(self, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
        """'on May 14 ..., and X vetoed it four days later' when the year is unknown (no publication date):
        the tagger cannot resolve the shift, but its month/day follow from the earlier date of the sentence
        (value "XXXX-05-18"). Returns ``dates`` with such shifts added, in text order."""
        extra = []
        for d in self._dates_in(sent.start, sent.end):
            m = _SHIFT_PHRASE.fullmatch(d.text) if d.value is None else None
            if m is None or m.group("dir").lower() not in {"later", "earlier"}:
                continue
            anchor = next((a for a in reversed(dates) if a.end <= d.start), None)
            if anchor is None or not re.fullmatch(r"XXXX-\d\d(?:-\d\d)?", anchor.value or ""):
                continue
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else _SHIFT_NUMBERS[word]
            sign = -1 if m.group("dir").lower() == "earlier" else 1
            unit = m.group("unit").lower()
            value = None
            if unit in {"day", "week"} and len(anchor.value or "") == 10:
                day = dt.date(2001, int(anchor.value[5:7]), int(anchor.value[8:10])) + dt.timedelta(
                    days=sign * n * (7 if unit == "week" else 1))
                value = f"XXXX-{day.month:02d}-{day.day:02d}" if day.year == 2001 else None
            elif unit == "month":
                k = int(anchor.value[5:7]) - 1 + sign * n
                value = f"XXXX-{k + 1:02d}" if 0 <= k < 12 else None
            if value:
                extra.append(replace(d, value=value, precision="day" if len(value) == 10 else "month",
                                     note=f"{d.text} from {anchor.value}"))
        return sorted([*dates, *extra], key=lambda x: x.start) if extra else dates

    def _modifier_date(self, d: DateMention, sent: Sentence) -> bool:
        """A date used as a noun modifier ("the 2020 war", "Georgia's 2024 elections", "a 2019 deal").

        It dates its noun only, never another verb of the sentence; under a temporal preposition
        ("in the 2020 war", "during the 2008 crisis") it is a time frame and stays a date.
        """
        text = self.text
        before = text[max(sent.start, d.start - 40) : d.start]
        if not _MODIFIER_DET.search(before) or _FRAME_PREP.search(before):
            return False
        return bool(_MODIFIED_NOUN.match(text, d.end, sent.end))

    def _member_claims(self, info: _SentInfo, before: list[_SentInfo]) -> list[Claim]:
        """A document singled out of a signing just told ("Eight agreements were signed at the forum. Among them was
        a contract between X and Y for ...", "They included a memorandum on ..."): an AGREE claim (rule
        ``list.member``) of that signing's date, with the sentence's parties, else the signing's."""
        sent, text = info.sent, self.text
        m = _MEMBER_OPENING.match(text, sent.start)
        if m is None or any(c.event_type == "AGREE" for c in info.claims) or self.finder is None:
            return []
        from timeline.extract.structure import _DOC_NOUN

        noun = _DOC_NOUN.search(text, m.end(), min(sent.end, m.end() + 40))
        if noun is None:
            return []
        signing = next((c for p in reversed(before) for c in reversed(p.claims)
                        if c.event_type == "AGREE" and c.status == "occurred"), None)
        date = signing.date if signing else None
        if signing is None and before and _SIGNED_WORD.search(text, before[-1].sent.start, before[-1].sent.end):
            # "Eight agreements were signed at the forum" (no claim of its own): its day, else the occasion's
            prev = before[-1].sent
            date = next((d for d in reversed(self._dates_in(prev.start, prev.end))
                         if d.precision == "day" and d.lower and usable_date(d)), None)
            date = date or next((c.date for p in reversed(before) for c in reversed(p.claims)
                                 if c.status == "occurred" and c.date.precision == "day"), None)
        if date is None:
            return []
        end = _CLAUSE_END.search(text, noun.end(), sent.end)
        phrase = text[m.end() : end.start() if end else sent.end].strip(" ,.")
        parties = [replace(a, role="participant") for a in filter_mentions(
            text, self.actors_in(m.end(), sent.end, date.lower)) if a.kind not in {"other", "place"}]
        parties = parties or [a for a in (signing.actors if signing else []) if a.role != "location"]
        if not parties:
            return []
        title = phrase[:1].upper() + phrase[1:]
        return [Claim(
            title=title[:120], event_type="AGREE", mode=None, date=date, quote=text[sent.start : sent.end],
            start=sent.start, end=sent.end, actors=_dedupe(parties), status="occurred",
            context=signing.context if signing else None,
            rule="list.member", keywords=keywords_of(phrase),
        )]

    def _restated_anchors(self, dates: list[DateMention]) -> list[DateMention]:
        """Drop a date counted from an event that restates the written day just before it ("On 16 June, on the eve
        of the summit, X met Y": the day is written out; the eve is its description, not a second date)."""
        out: list[DateMention] = []
        for d in dates:
            prev = out[-1] if out else None
            if (
                prev is not None and (d.note or "").startswith("counted from") and prev.precision == "day"
                and not prev.relative and _RESTATING.fullmatch(self.text, prev.end, d.start)
            ):
                continue
            out.append(d)
        return out

    def _period_of(self, d: DateMention, sent: Sentence) -> bool:
        """Years a document covers, not the date it was signed: "a programme of cooperation for 2024-2028", "a
        plan of consultations for 2026 to 2027", "the action plan for the years 2025-2027"."""
        if d.precision not in {"year", "decade"} and "/" not in (d.value or ""):
            return False
        text = self.text
        lead = _PERIOD_LEAD.search(text, max(sent.start, d.start - 25), d.start)
        if lead is None:  # "for 2026 and 2027", "for 2025, 2026 and 2027": the years after the first one
            link = _PERIOD_LINK.search(text, max(sent.start, d.start - 12), d.start)
            prev = next((x for x in reversed(self._dates_in(sent.start, d.start)) if x.end == link.start()), None) \
                if link is not None else None
            return prev is not None and self._period_of(prev, sent)
        if _PERIOD_DOC.search(text, max(sent.start, lead.start() - 90), lead.start()) is not None:
            return True
        if "/" not in (d.value or ""):
            return False
        # "a roadmap for the development of trade, economic and humanitarian cooperation between A and B for
        # 2025-2027": a range of years after a long "for/on the development of" phrase of its own clause
        lo = max(sent.start, lead.start() - 220, text.rfind(";", sent.start, lead.start()) + 1)
        doc = ([None, *_PERIOD_DOC.finditer(text, lo, lead.start())])[-1]
        return doc is not None and not _CLAUSE_BREAK.search(text, doc.end(), lead.start())

    def _counterfactual(self, cm: CueMatch, sent: Sentence, before: str) -> bool:
        """A counterfactual or an inverted condition: not an event ("a minister's trip to China would have made a
        paragraph", "Had the deal been signed in 2019, ...", "Were the talks to resume, ...")."""
        if _INVERTED_CONDITION.match(self.text, sent.start) and "," not in self.text[sent.start : cm.mstart]:
            return True
        m = _COUNTERFACTUAL_AFTER.match(self.text, cm.end, sent.end)
        return m is not None and not _CLAUSE_LINK.search(m.group(0)[: m.start("modal") - m.start()])

    def _tenure(self, d: DateMention, sent: Sentence) -> bool:
        """A date of a role apposition after a name: a tenure, not the date of the sentence's event
        ("President X, prime minister from 2003 to 2016, makes ...", "Y (ambassador in 2010-2015) said",
        "Z, foreign minister between 2004 and 2020, visited"). The apposition is closed by a comma or bracket,
        names a role before the date and holds no verb."""
        text = self.text
        left = max(text.rfind(",", sent.start, d.start), text.rfind("(", sent.start, d.start))
        if left < 0 or not _NAME_END.search(text, sent.start, left) or _OPENING_ADVERB.fullmatch(
            text, sent.start, left
        ):
            return False  # "Then, during X's state visit in April, ...": a fronted adverb, not a name
        m = _APPOSITION_END.search(text, d.end, sent.end)
        if m is None:
            return False
        segment = text[left + 1 : d.start]
        if _ADJUNCT_OPENING.match(segment) or _POSSESSED_ROLE.search(segment):
            return False  # "..., during President X's visit in 2025, ...": an adjunct naming a person, not a role
        role = _TENURE_ROLE.search(segment)
        if role is None or len(segment[: role.start()].split()) > 3 or len(segment.split()) > 10:
            return False  # the apposition opens with its role ("prime minister from", "then ambassador in")
        rest = text[d.end : m.start()]
        return not any(_TENURE_VERB.search(x) or _PAST_WORD.search(x) for x in (segment, rest))

    def _date_in_name(self, d: DateMention) -> bool:
        """A date inside a short quoted name with other words ('"Expo 2020"', '"Exercise - 2023"'), or a month that
        names the Long March rockets ("a Long March rocket put the satellite into orbit", session 16)."""
        if d.text == "March" and self.text.endswith("Long ", 0, d.start):
            return True
        span = self._in_spans(d.start, self._titles)
        if span is None or d.end > span[1]:
            return False
        rest = (self.text[span[0] : d.start] + self.text[d.end : span[1]]).strip(" \"“”-–,")
        return bool(_WORD.search(rest))

    def _purpose_gerund(self, cm: CueMatch) -> bool:
        """'crucial for elevating relations', 'talks on establishing ...': a purpose or topic, not an event."""
        word = _WORD.match(self.text, cm.mstart)
        if not word or not word.group(0).lower().endswith("ing") or word.group(0).lower() in {"meeting", "signing"}:
            return False
        return bool(_PURPOSE_BEFORE.search(self.text[max(0, cm.mstart - 25) : cm.mstart]))

    def _retold_gathering(self, cm: CueMatch, sent: Sentence) -> bool:
        """'we took part in the ceremony', 'Representatives ... attended the meeting': taking part, without a
        named person, in a bare definite occasion that is not a summit-like gathering is part of that
        occasion (told before, or without identity), not an event of its own. Summits, forums and
        conferences keep participation, and so does a named person ("He Lifeng attended the ceremony")."""
        if cm.cue.id != "consult.multilateral.attend" or cm.obj is None:
            return False
        if any(a.kind == "person" for a in self.actors_in(sent.start, cm.mstart, None)):
            return False
        noun = self.text[cm.obj[0] : cm.obj[1]].lower()
        if noun not in _RETOLD_OCCASIONS or _NAMED_AFTER.match(self.text, cm.obj[1]):
            return False  # "the opening of the Beijing Olympics": the occasion is named
        return bool(_BARE_DEFINITE.search(self.text, max(0, cm.obj[0] - 24), cm.obj[0]))

    def _ceremony_act(self, cm: CueMatch, sent: Sentence, matches: list[CueMatch]) -> Cue | bool | None:
        """Attending a ceremony of an act is that act, with the attendees as parties: "attended a groundbreaking
        ceremony for a wind farm" (construction start), "attended the launch ceremony of a solar plant" (opening),
        "took part in the ceremony marking the start of construction" (start). ``False``: another cue of the
        sentence tells the act, the attendance is dropped; a cue: the attendance becomes the act; ``None``: an
        attendance (a ceremony of a gathering: "the opening ceremony of the Asian Games"; a plain ceremony)."""
        if cm.obj is None:
            return None
        text = self.text
        noun = text[cm.obj[0] : cm.obj[1]].lower()
        if noun not in {"ceremony", "ceremonies"}:
            return None
        head = _CEREMONY_ACT_BEFORE.search(text, max(sent.start, cm.obj[0] - 40), cm.obj[0])
        tail = _CEREMONY_ACT_AFTER.match(text, cm.obj[1], sent.end)
        if head is None and tail is None:
            return False if self._bare_ceremony_after_act(cm, sent) else None
        if _CEREMONY_OF_GATHERING.match(text, cm.obj[1], sent.end):
            return None  # "the opening ceremony of the Asian Games": attending the gathering
        if tail is None and _DEFINITE_CEREMONY.search(text, max(sent.start, cm.obj[0] - 40), cm.obj[0]) and not (
            _CEREMONY_OBJECT.match(text, cm.obj[1], sent.end)
        ):
            return None  # "took part in the signing ceremony by video link": the signing told before, attended
        found = head or tail
        assert found is not None
        word = (found.group("act") or found.group("act2") or "").lower()
        if word.startswith("sign"):
            want, act_id = "AGREE", "agree.sign"
        elif word.startswith(("launch", "open", "inaug", "commission")) and not (
            tail and "construction" in tail.group(0).lower()
        ):
            want, act_id = "COOPERATE", "cooperate.open"
        else:
            want, act_id = "COOPERATE", "cooperate.groundbreaking"
        if any(o is not cm and o.cue.type == want for o in matches if sent.start <= o.mstart < sent.end):
            return False
        return next((c for c in self.cues.cues if c.id == act_id), None)

    def _off_pair_question(self, sent: Sentence) -> bool:
        """A journalist's question turn about another matter (:func:`off_pair_question`)."""
        if not hasattr(self, "_answering"):
            self._answering = answering_side(self.text, self.pair, lambda s, e: self.actors_in(s, e, None))
        return off_pair_question(
            self.text, sent.start, self.pair, lambda s, e: self.actors_in(s, e, None), self._answering
        )

    def _agreed_future_act(self, cm: CueMatch, sent: Sentence, matches: list[CueMatch]) -> bool:
        """'The heads of state agreed that the foreign minister will visit Beijing in March': an agreement whose
        content is a future visit or meeting gives that planned act (its own cue), not a second AGREE claim."""
        m = _AGREED_THAT_FUTURE.match(self.text, cm.mstart, sent.end)
        if m is None:
            return False
        end = m.end() + 80
        return any(
            o is not cm and o.cue.type == "CONSULT" and m.start("subj") <= o.mstart < min(end, sent.end)
            for o in matches
        )

    def _interviewer_line(self, sent: Sentence) -> bool:
        """The interviewer's words in an interview: a question turn (:meth:`_narration`) or a whole bold line
        between the answers ("**You arrived in Baku relatively recently.**")."""
        if self._narration(sent):
            return True
        if not getattr(self, "_asks", None):
            return False
        line = self.text.rfind("\n", 0, sent.start) + 1
        return _BOLD_LINE.match(self.text, line) is not None

    def _bare_ceremony_after_act(self, cm: CueMatch, sent: Sentence) -> bool:
        """'Uzbekistan began construction of its section on Wednesday. / The deputy prime minister and the Chinese
        ambassador attended a ceremony near Andijan': a ceremony that names neither its act nor its occasion, right
        after a sentence that tells an act (a start, an opening, a signing), is that act's ceremony: no event of
        its own."""
        assert cm.obj is not None
        text = self.text
        if not _INDEFINITE_CEREMONY.search(text, max(sent.start, cm.obj[0] - 12), cm.obj[0]):
            return False  # "took part in the ceremony together with ...": told before, an attendance as ever
        if not _BARE_CEREMONY_END.match(text, cm.obj[1], sent.end):
            return False  # "a ceremony marking the 85th anniversary of the battle": an occasion of its own
        idx = self._index.get(sent.start)
        per = getattr(self, "_per_sentence", None)
        if not idx or per is None or idx >= len(per):
            return False
        return any(
            o.cue.type in {"COOPERATE", "AGREE"} and o.cue.id != "consult.multilateral.attend" for o in per[idx - 1]
        )

    def _followed_destination(self, cm: CueMatch, sent: Sentence, on: dt.date | None) -> list[ActorMention]:
        """Session 16: the state the earlier visit went to, for a visit told by ellipsis ("Premier Wen's visit to
        Hanoi in April 2005 ... President Hu followed in November 2006": Vietnam is visited again)."""
        i = getattr(self, "_index", {}).get(sent.start)
        per_sentence = getattr(self, "_per_sentence", [])
        if i is None or i > len(per_sentence):
            return []
        earlier = [o for o in per_sentence[i] if o.mstart < cm.mstart] if i < len(per_sentence) else []
        if i:
            earlier = [*per_sentence[i - 1], *earlier]
        for o in reversed([o for o in earlier if o.cue.mode == "visit"]):
            for a in self.actors_in(o.mend, min(len(self.text), o.mend + 40), on):
                state = a if a.kind == "state" else (
                    (self.states.get(a.country) or self._state_entry(a.country)) if a.kind == "place" and a.country
                    else None
                )
                if state is not None:
                    return [replace(state, start=a.start, end=a.end, surface=a.surface, role="recipient")]
        return []

    def _ellipsis_without_visit(self, cm: CueMatch, sent: Sentence, matches: Sequence[CueMatch]) -> bool:
        """Session 16: a visit told by ellipsis ("President Hu followed in November 2006", cue
        ``consult.visit.followed``) needs a visit told before it, in its own sentence or the previous one."""
        if cm.cue.id != "consult.visit.followed":
            return False
        before = [a for a in self.actors_in(sent.start, cm.start, None) if a.end <= cm.start]
        if not before or before[-1].kind != "person" or not _NAME_REST.fullmatch(self.text, before[-1].end, cm.start):
            return True  # "the Hungarian embassy in Baku followed in 2009": only a person right before is a visitor
        if any(o is not cm and o.cue.mode == "visit" and o.mstart < cm.mstart for o in matches):
            return False
        i = getattr(self, "_index", {}).get(sent.start)
        per_sentence = getattr(self, "_per_sentence", [])
        prev = per_sentence[i - 1] if i and i <= len(per_sentence) else []
        return not any(o.cue.mode == "visit" for o in prev)

    def _people_count(self, cm: CueMatch, sent: Sentence) -> bool:
        """'Last year almost 40,000 Chinese tourists visited Azerbaijan', 'more than 2,000 representatives attended
        the forum': a count of people (a number of at least a hundred, or "hundreds/thousands of") as the subject of
        a visit or an attendance is a statistic, not a visit. "A 300-strong delegation visited" is a visit."""
        if cm.cue.type != "CONSULT" or cm.cue.mode not in {"visit", "multilateral"}:
            return False
        clause_start = max(sent.start, self.text.rfind(", ", sent.start, cm.mstart) + 1)
        m = _PEOPLE_COUNT.search(self.text, clause_start, cm.mstart)
        if m is None or not _COUNT_TAIL.fullmatch(self.text, m.end(), cm.mstart):
            return False
        n = m.group("n")
        if n is not None:
            try:
                if float(n.replace(",", "")) < 100:
                    return False
            except ValueError:
                return False
        return True

    def _protocol(self, cm: CueMatch, sent: Sentence) -> bool:
        """Arrival and welcome protocol, not a meeting: 'X was met at the airport by a vice-minister';
        a banquet or reception hosted for the heads of delegation (a summit's, with no named guest)."""
        text = self.text
        if cm.cue.type != "CONSULT":
            return False
        if _PASSIVE_MET.search(text, max(sent.start, cm.mstart - 20), cm.mend + 1) and _BY_AFTER.match(
            text, cm.mend, sent.end
        ):
            return True
        return bool(_BANQUET.search(text, cm.mstart, cm.end + 5)) and bool(
            _FOR_ALL_GUESTS.match(text, cm.end, min(sent.end, cm.end + 60))
        )

    def _generic_plural(self, cm: CueMatch) -> bool:
        """'these meetings', 'such visits', 'regular talks': a class of events, not one event."""
        word = self.text[cm.mstart : cm.mend].lower()
        if word not in _PLURAL_EVENT_NOUNS:
            return False
        return bool(_GENERIC_PLURAL.search(self.text[max(0, cm.mstart - 45) : cm.mstart]))

    def _summary_plural(self, cm: CueMatch, d: DateMention) -> bool:
        """'1992-2012: Recognition and first visits': a plural visit or meeting over a span of years is a period's
        summary (a section title), not one event."""
        return bool(
            cm.cue.type == "CONSULT" and d.precision == "interval" and d.lower and d.upper
            and d.upper.year - d.lower.year >= 2 and _SUMMARY_PLURAL.search(self.text, cm.mstart, cm.mend)
        )

    def _since_after_visit(self, cm: CueMatch, d: DateMention) -> bool:
        """'The treaty was signed during the minister's visit, and since March 2019 citizens can travel ...',
        'travel without visas since 1 August, under an agreement signed during X's visit': a date opened by "since"
        starts a state; it never dates a visit nor a signing (told "in", not "since"), unless an ordinal makes it the
        previous one ("his first visit since May 2019")."""
        kind = (cm.cue.type == "CONSULT" and cm.cue.mode == "visit") or cm.cue.id == "agree.sign"
        clause = _SINCE_CLAUSE_BEFORE.search(self.text, max(0, d.start - 100), d.start)
        if clause is not None and not clause.start() <= cm.mstart < d.end and not _SINCE_WHEN.match(self.text, d.end):
            # "his first state visit since he took office in June 2021, and congratulated X": the date is the
            # since-clause's act, neither the visit's nor the next clause's
            return True
        return bool(
            kind
            and _SINCE_BEFORE.search(self.text, max(0, d.start - 12), d.start)
            # ("his first visit to China since December 2015" tells the visit before, then)
            and not _ORDINAL_SINCE.search(self.text, max(0, d.start - 80), d.start)
            # ("in force since 1994, when A and B signed it": the when-clause tells the act at that date)
            and not _SINCE_WHEN.match(self.text, d.end)
        )

    def _undated_hedge(self, cm: CueMatch, sent: Sentence) -> bool:
        """'reiterated his invitation to pay a state visit at a mutually convenient time', 'hopes the two sides will
        sign the agreement at an early date': a wish with no date of its own in the sentence is no dated event (with
        one, "said on Wednesday that he had invited Xi to visit at a convenient time", the invitation is dated)."""
        return bool(_UNDATED_HEDGE.match(self.text, cm.end, sent.end)) and not any(
            usable_date(d) for d in self._dates_in(sent.start, sent.end)
        )

    def _subordinate_present(self, cm: CueMatch, comma_clause: str) -> bool:
        """'Flows will rise to full capacity as a second string of the pipeline is completed': a present-tense
        passive inside a temporal subordinate clause (as, once, when, until) tells a condition of a forecast."""
        return bool(
            _PRESENT_PASSIVE.search(self.text, cm.mstart, cm.end)
            and _TEMPORAL_SUBORDINATOR.search(comma_clause[-80:])
        )

    def _precision_guard(self, cm: CueMatch, sent: Sentence, before: str) -> bool:
        """Session 15 classes that are no event of their own (and session 18's figure label, below):
        - "had signed many such documents with many partners": a quantified class of acts, no one signing;
        - "the state visit opened a new stage": a metaphorical stage, nothing opened;
        - "expressed gratitude for the assistance China provided": past aid told as a reason for thanks, with no
          date in the sentence;
        - "Chilean companies took part in the expo": companies of a state at a fair, not the state's participation.
        """
        text = self.text
        obj_lo = cm.obj[0] if cm.obj else cm.mstart
        if cm.cue.type == "AGREE" and _SUCH_CLASS.search(text, max(sent.start, obj_lo - 30), obj_lo):
            return True
        if (
            cm.cue.id.startswith("cooperate.open") and cm.obj
            and _NEW_STAGE.search(text, max(sent.start, cm.obj[0] - 30), cm.obj[1])
            and not re.match(r"\s+of\b", text[cm.obj[1] : cm.obj[1] + 4])
        ):
            return True
        if (
            cm.cue.type == "AID" and _THANKS_FOR_AID.search(before[-140:])
            and not any(usable_date(d) for d in self._dates_in(sent.start, sent.end))
        ):
            return True
        if _FIGURE_LABEL.match(text, sent.start, cm.start):
            return True  # session 18: "21: agreements signed in Beijing this week", an item of a list of figures
        return cm.cue.id == "consult.multilateral.attend" and bool(_COMPANIES_SUBJECT.search(before[-60:]))

    def _since_clause_date(self, cm: CueMatch, d: DateMention) -> bool:
        """Session 15: ``d`` is told in a "since" clause with a verb of its own after the cue ("his first state visit
        to X since he assumed office in June 2021"): the clause's act, not the cue's (the guard above handles a
        bare "since <date>")."""
        text = self.text
        if d.start < cm.mend:  # "…, and congratulated X": a coordinated verb after the since-clause has closed
            joint = _AND_COORDINATED.match(text, d.end, cm.mstart)
            if joint is None or joint.end() != cm.mstart:
                return False
            lo = max(0, d.start - 150)
            m = ([None, *_SINCE_CLAUSE.finditer(text, lo, d.start)])[-1]
            return m is not None and not re.search(r"[,;.!?]", text[m.end() : d.start])
        if _SINCE_NAMED_BEFORE.search(text, max(cm.mend, d.start - 60), d.start):
            return True  # "the first head of state to visit X since Jiang Zemin in 2002": the earlier visitor's
        m = ([None, *_SINCE_CLAUSE.finditer(text, cm.mend, d.start)])[-1]
        return m is not None and not re.search(r"[,;.!?]", text[m.end() : d.start])

    def _anaphoric(self, cm: CueMatch) -> bool:
        """A bare event noun with a definite determiner refers back ("The visit came after ..."); so does a bare
        definite gathering noun timed against another event ("The meeting coincided with the arrival ...",
        "The talks came a day after ...", "The summit followed ...")."""
        word = self.text[cm.mstart : cm.mend].lower()
        if cm.cue.type == "CONSULT" and word in _FRAME_NOUNS and _ANAPHORIC_NOUN.search(
            self.text[max(0, cm.mstart - 12) : cm.mstart]
        ) and _TIMED_AGAINST.match(self.text, cm.mend):
            return True
        if cm.cue.mode != "visit" or word not in {"visit", "trip"}:
            return False
        text = self.text
        return bool(_ANAPHORIC_NOUN.search(text[max(0, cm.mstart - 12) : cm.mstart])) and not (
            _ANAPHORIC_NOUN_NEXT.match(text[cm.mend : cm.mend + 30])
        )

    # -- step 2: attach dates to cues
    def _row_head(self, info: _SentInfo) -> DateMention | None:
        """The date opening a chronology row ("**2005** — ...", "4 July 2005 — ...", "2013: ..."), else None."""
        if not info.dates:
            return None
        head, sent = info.dates[0], info.sent
        if head.start - sent.start > 12 or head.precision not in _ROW_HEAD_PRECISION:
            return None
        # one date: the row head only matters to ';' parts ("2005 - X visits; a statement is signed") and, session
        # 18, to a row of several sentences ("March 2005 | State visit of X. Talks with Y. The Joint Statement was
        # signed.": each sentence's act is of the row's date)
        one = len(info.dates) < 2 and ";" not in self.text[sent.start : sent.end]
        if one and len(_split_paragraph(self.text, head.end, sent.end)) < 2:
            return None
        return head if _dated_line(self.text[sent.start : sent.end]) else None

    def _row_scope(self, sent: Sentence, head: DateMention, d: DateMention) -> tuple[int, int]:
        """The span of a chronology row whose cues an in-row date ``d`` may date: its ';' part, narrowed to an
        event-noun adjunct ("after his election in 2003"), a relative clause (", who became X in 2012,") or a
        bracketed range and the words of its comma clause before it ("became prime minister (1999-2002)")."""
        text = self.text
        lo = max(head.end, text.rfind(";", head.end, d.start) + 1)
        semi = text.find(";", d.end, sent.end)
        hi = semi if semi != -1 else sent.end
        lo, hi = self._row_sentence(head, d, lo, hi)
        opened = text.rfind("(", lo, d.start)
        if opened != -1 and text.find(")", opened, d.start) == -1:
            close = text.find(")", d.end, hi)
            clause = max(lo, *(text.rfind(c, lo, opened) + 1 for c in ",—–:"))
            return clause, (close + 1 if close != -1 else hi)
        rel = next(reversed(list(_ROW_RELATIVE.finditer(text, lo, d.start))), None)
        if rel is not None and "," not in text[rel.end() : d.start]:
            close = text.find(",", d.end, hi)
            return rel.start(), (close if close != -1 else hi)
        adj = _ROW_ADJUNCT.search(text, max(lo, d.start - 60), d.start)
        if adj is not None and adj.end() == d.start:
            return adj.start(), d.end
        return lo, hi

    def _row_sentence(self, head: DateMention, d: DateMention, lo: int, hi: int) -> tuple[int, int]:
        """Session 18: a row of several sentences ("March 1994 | Official visit of X. X held talks with Y. The
        statement was signed on 7 March 1994.") — an in-row date reaches only the sentence it stands in; the
        row's other sentences keep the row-head date."""
        for s, e in _split_paragraph(self.text, lo, hi):
            if s <= d.start and d.end <= e:
                return s, e
        return lo, hi

    def _row_local(self, info: _SentInfo, head: DateMention | None, cm: CueMatch, d: DateMention) -> bool:
        """Whether ``d`` may date ``cm``: outside chronology rows always; in a row the row-head date always, an
        in-row date only for the cues of its own clause (:meth:`_row_scope`)."""
        if head is None or d is head or d in info.modifiers:
            return True
        lo, hi = self._row_scope(info.sent, head, d)
        return lo <= cm.start < hi or self._continued_part(info, head, cm, d, lo, hi)

    def _continued_part(self, info: _SentInfo, head: DateMention, cm: CueMatch, d: DateMention, lo: int,
                        hi: int) -> bool:
        """Session 18: a row's ';' part without a cue of its own whose pronoun subject goes on with the part before
        ("**1988** — X becomes the first leader to visit Y since 1950; he is in Z from 19 to 23 December"): its
        date, finer than the row's and within it, tells the previous part's act more finely."""
        text = self.text
        semi = len(text[:lo].rstrip()) - 1
        if semi < head.end or text[semi] != ";" or not _PRONOUN_PART.match(text, lo, hi):
            return False
        if any(lo <= c.start < hi for c in [*info.cues, *info.blocked]):
            return False
        prev_lo = max(head.end, text.rfind(";", head.end, semi) + 1)
        if not prev_lo <= cm.start < semi:
            return False
        if None in (head.lower, head.upper, d.lower, d.upper) or d.precision == head.precision:
            return False
        return head.lower <= d.lower and d.upper <= head.upper  # type: ignore[operator]

    def _relative_has_own_date(self, cm: CueMatch, d: DateMention, info: _SentInfo) -> bool:
        """``cm`` stands in an open relative clause (", who arrived in X on an official visit on Monday") opened
        after the main clause's date ``d`` ("received … today"), and that relative clause tells a date of its own
        after the cue: the main clause's date is not the relative clause's act."""
        if d.end > cm.mstart:
            return False
        text = self.text
        rel = [*_RELATIVE_START.finditer(text, d.end, cm.mstart)]
        if not rel or re.search(r"[,;()]", text[rel[-1].end() : cm.mstart]):
            return False
        stop = re.compile(r"[,;()]").search(text, cm.mend, info.sent.end)
        hi = stop.start() if stop else info.sent.end
        return any(cm.mend <= x.start and x.end <= hi for x in info.dates if x is not d)

    def _reacted_event_date(self, cm: CueMatch, d: DateMention) -> bool:
        """'China welcomed the initialling of the peace agreement at the White House three days earlier': a date after
        the event nominal a reaction (welcome, condemnation) is about dates that event, not the reaction."""
        return cm.cue.type in {"SUPPORT", "ACCUSE"} and d.start >= cm.mend and bool(
            _REACTED_NOMINAL.search(self.text, cm.start, d.start)
        )

    def _attach(self, info: _SentInfo) -> None:
        text = self.text
        head = self._row_head(info)
        for d in info.modifiers:  # "the 2019 summit": the noun right after a modifier date is its event
            for cm in [*info.cues, *info.blocked]:
                if cm.mstart <= d.start < cm.mend or (
                    cm.mstart >= d.end and _MODIFIER_GAP_TO_CUE.match(text[d.end : cm.mstart])
                    and not (text[d.end : cm.mstart].strip(" -") and _PP_BEFORE_MODIFIER.search(
                        text, max(0, d.start - 80), d.start))
                ):
                    cm.dates.append(d)
                    break
        role = {id(d): self._clause_role(d, info) for d in info.dates}
        for d in info.dates:
            best: CueMatch | None = None
            best_dist = 1e9
            for cm in [*info.cues, *info.blocked]:
                lo, hi = sorted((cm.start, d.start))
                # (in a row, :meth:`_row_local` keeps a date to its ';' part, or a cueless part to the one before)
                crossed = ";" in text[lo:hi] and d is not head and (head is None or d in info.modifiers)
                if crossed or not self._row_local(info, head, cm, d):
                    continue
                if self._outside_role(cm, role[id(d)]) or self._relative_has_own_date(cm, d, info):
                    continue
                if self._reacted_event_date(cm, d) or self._since_clause_date(cm, d):
                    continue
                dist = _distance(text, cm, d)
                if dist < best_dist:
                    best, best_dist = cm, dist
            if best is not None and best_dist < _SUBORDINATE_COST:
                best.dates.append(d)
        dropped: list[DateMention] = []
        for cm in [*info.cues, *info.blocked]:
            if len(cm.dates) > 1:
                chain = self._date_chain(cm)
                dropped += [d for d in cm.dates if d not in chain]
                cm.dates = chain
        if head is not None:
            self._bracketed_stay(info, head)
        for d in dropped:  # "the war fought in autumn 2020 ended with a ceasefire on 10 November"
            free = [cm for cm in info.cues if not cm.dates and _distance(text, cm, d) < 60]
            if free:
                min(free, key=lambda cm: _distance(text, cm, d)).dates.append(d)
                continue
            for cm in info.cues:  # "This year X met Y … in June 2025 and attended Z at the end of August"
                if len(cm.dates) == 1 and cm.dates[0].end <= d.start and self._finer_within(cm, [cm.dates[0], d], 0):
                    cm.dates = [d]
                    break
        dated_types: dict[str, set[tuple[str | None, str | None]]] = {}
        for cm in info.cues:
            for d in cm.dates:
                dated_types.setdefault(cm.cue.type, set()).add((d.value, cm.cue.mode))
        used = {id(d) for cm in [*info.cues, *info.blocked] for d in cm.dates}
        for cm in info.cues:
            if cm.dates or not info.dates:
                continue
            ante = self._antecedent_date(cm, info) or self._during_stay_date(cm, info)
            if ante is not None:  # "his December 2015 state visit, when Baku signed …": the occasion's own date
                cm.dates.append(ante)
                cm.inherited = True
                continue
            if head is not None:  # a chronology row: the row-head date unless an in-row date is the cue's own
                own = [x for x in info.dates if x is not head and self._row_local(info, head, cm, x)]
                if not own:
                    cm.dates.append(head)
                    cm.inherited = True
                    continue
                d = min(own, key=lambda x: _distance(text, cm, x))
            else:
                own = [x for x in info.dates if not self._outside_role(cm, role[id(x)])
                       and not self._relative_has_own_date(cm, x, info) and not self._reacted_event_date(cm, x)
                       and not self._since_clause_date(cm, x) and not self._fronted_report_date(cm, x, info)]
                if not own:
                    continue  # only dates of a fronted "After X did Y in 2019," clause or of a later clause
                d = min(own, key=lambda x: _distance(text, cm, x))
            if d.precision == "day" and d.end <= cm.mstart and _DAYS_AFTER_OCCASION.search(
                text, max(d.end, cm.mstart - 60), cm.mstart
            ):
                cm.dates.append(_month_of(d))  # "…, announced only days after a visit to Baku by X": that month
                cm.inherited = True
                continue
            rel_start = _open_relative_start(text, cm, d)
            if rel_start is not None and not any(x.end <= rel_start for x in info.dates):
                pass  # "became a founding member of the bank, which opened in January 2016": no date of its own
            elif _distance(text, cm, d) >= _SUBORDINATE_COST:
                prior = [c for c in info.cues if c.dates and c.mend <= cm.mstart and c is not cm]
                if not prior or not (self._coordinated_event(cm, info) or self._coordinated_predicate(prior[-1], cm)):
                    continue  # "vowed on Sunday ... after the government shelved talks": not the talks' date
                # "On 12 May A and B signed X ..., and C and D signed Y": the second clause shares the first's date
                d = prior[-1].dates[0]
            if self._relative_owner(cm, d, info):
                continue  # "became a member of the bank, which in 2016 approved a loan": the loan's date
            same = {mode for value, mode in dated_types.get(cm.cue.type, set()) if value == d.value}
            own_clause = cm.obj is not None and any(  # "..., and the founders signed the shareholders' agreement"
                c.dates and c.cue.type == cm.cue.type and c.mend <= cm.mstart
                and _NEW_CLAUSE.search(text, c.mend, cm.mstart) for c in info.cues
            )
            own_clause = own_clause or self._coordinated_event(cm, info) or self._second_counterpart(cm, info)
            if same and (cm.cue.mode == "visit" or cm.cue.mode in same or not cm.obj) and not own_clause:
                continue  # "visited China ... to participate in X in 2008": one CONSULT is enough
            if id(d) not in used and any(len(c.dates) for c in info.cues):
                continue  # a date left out of another cue's chain belongs to no event
            cm.dates.append(d)
            cm.inherited = True
        for cm in info.cues:  # "After the summit in June 2023, the two governments agreed …": that year
            cm.dates = [self._year_after(cm, d, role.get(id(d))) for d in cm.dates]
        self._antecedent_dates(info)
        self._relative_clause_dates(info)
        self._stay_within(info)
        self._arrival_to_departure(info)
        for cm in info.cues:  # "X has ordered new vessels, but they will not be delivered before 2027"
            cm.dates = [d for d in cm.dates if not self._other_future_clause(cm, d)]
            if len(cm.dates) > 1:  # "opened in 2011, and today Chinese is taught in dozens of schools"
                cm.dates = [d for d in cm.dates if not self._opens_new_clause(cm, d)]
        for cm in info.cues:  # "became prime minister (1999-2002)": taking an office is the start of the tenure
            if cm.cue.id in _TAKING_OFFICE:
                cm.dates = [self._tenure_start(cm, d) for d in cm.dates]
        run = self._run_interval(info)
        if run is not None:  # "left X on 6 March and reached Y fourteen days later": one run, one interval
            depart, arrive, whole = run
            for cm in info.cues:
                cm.dates = [whole if d is depart or d is arrive else d for d in cm.dates]

    def _bracketed_stay(self, info: _SentInfo, head: DateMention) -> None:
        """"10 December 2015 - State visit of X to China (9-12 December).": a bracketed span of days right after the
        cue's phrase that holds the row-head day states the same act more finely; the cue takes the span."""
        text = self.text
        for cm in info.cues:
            if cm.dates != [head] or head.lower is None:
                continue
            for d in info.dates:
                if d is head or d.precision != "interval" or d.lower is None or d.upper is None or d.start < cm.mend:
                    continue
                opened = text.rfind("(", cm.mend, d.start)
                if opened == -1 or text[opened + 1 : d.start].strip() or not text[d.end :].lstrip().startswith(")"):
                    continue
                if re.search(r"[;.]", text[cm.mend : opened]) or not d.lower <= head.lower <= d.upper:
                    continue
                if any(c is not cm and cm.mend <= c.mstart < opened for c in [*info.cues, *info.blocked]):
                    continue  # "hold talks during a state visit to X (9-12 December)": the visit's span
                cm.dates = [d]
                break

    def _other_future_clause(self, cm: CueMatch, d: DateMention) -> bool:
        """A date after a past-tense cue in a later clause of its own future or modal verb ("has ordered new
        vessels, but they will not be delivered before 2027"): that clause's date, not the act's."""
        if d.start < cm.mend or not _PAST.search(self.text, cm.mstart, cm.mend):
            return False
        return _FUTURE_CLAUSE.search(self.text, cm.mend, d.start) is not None

    def _opens_new_clause(self, cm: CueMatch, d: DateMention) -> bool:
        """A later date of the cue that opens a coordinated clause with its own subject and verb (", and today
        Chinese is taught", ", but last year the plant was closed"), after a date of the cue's own clause."""
        text = self.text
        if d.start < cm.mend or not any(o.start < d.start and o is not d for o in cm.dates):
            return False
        if not _CLAUSE_JOINT_BEFORE.search(text, max(cm.mend, d.start - 16), d.start):
            return False
        m = _SUBJECT_VERB_AFTER.match(text, d.end)
        return m is not None and m.group("v").lower() not in _ELLIPSIS_VERBS

    def _antecedent_dates(self, info: _SentInfo) -> None:
        """"The March 2019 forum, at which the ministers signed ...", "The December 2015 state visit, during which
        the two sides signed ...": an undated cue of a relative clause on an occasion noun takes the date that
        modifies that noun (its antecedent), not a date borrowed from another sentence."""
        for cm in info.cues:
            if cm.dates:
                continue
            own = self._antecedent_date(cm, info)
            if own is not None:
                cm.dates.append(own)
                cm.inherited = True

    def _stay_within(self, info: _SentInfo) -> None:
        """Session 15: a visit dated by a coarse period ("made a state visit to X last week") that the same sentence
        details by the stay of its arrival (", arriving in Y on Thursday for two days of talks"): the stay's span,
        which lies inside the period, dates the visit."""
        text = self.text
        stays = [d for d in info.dates if d.precision == "interval" and "-day stay" in (d.note or "")]
        if not stays:
            return
        for cm in info.cues:
            if cm.cue.mode != "visit" or len(cm.dates) != 1:
                continue
            d = cm.dates[0]
            if d.lower is None or d.upper is None or (d.upper - d.lower).days < 6:
                continue  # a day or a short span is the visit's own
            for e in stays:
                if e.start < cm.mend or e.lower is None or e.upper is None:
                    continue
                if not d.lower <= e.lower <= e.upper <= d.upper:
                    continue
                if not _ARRIVING_PARTICIPLE.search(text, cm.mend, e.start):
                    continue
                cm.dates = [e]
                break

    def _arrival_to_departure(self, info: _SentInfo) -> None:
        """Session 16: a visit told by its arrival day and, in a predicate coordinated with it, its departure day
        ("arrived in Hanoi on Monday and will leave for Vientiane on Thursday", "… and left on 9 May"): the stay
        from the arrival to the departure dates the visit (the tagger keeps the two days apart)."""
        text = self.text
        for cm in info.cues:
            if cm.cue.mode != "visit" or len(cm.dates) != 1:
                continue
            d = cm.dates[0]
            if d.precision != "day" or d.lower is None or d.lower != d.upper or d.start < cm.mstart:
                continue
            if not _ARRIVAL_BEFORE.search(text, max(info.sent.start, d.start - 80), d.start):
                continue
            later = [e for e in info.dates if e.start >= d.end and e.precision == "day" and e.lower is not None]
            if not later:
                continue
            e = later[0]
            if e.lower is None or not 0 < (e.lower - d.lower).days <= 14:
                continue
            if not _THEN_DEPARTS.fullmatch(text, d.end, e.start):
                continue
            cm.dates = [replace(d, value=f"{d.lower.isoformat()}/{e.lower.isoformat()}", upper=e.lower,
                                precision="interval", note=f"the stay from {d.value} to {e.value}")]

    def _relative_clause_dates(self, info: _SentInfo) -> None:
        """Session 15: a cue of an occasion's relative clause ("the visit in August 2014, when the sides upgraded
        their ties, laid the foundation of today's relations") keeps its antecedent's date over a date told only
        after the relative clause has closed."""
        text = self.text
        for cm in info.cues:
            if not cm.dates or any(d.start < cm.mend for d in cm.dates):
                continue
            if not all("," in text[cm.mend : d.start] for d in cm.dates):
                continue
            ante = self._antecedent_date(cm, info)
            if ante is not None:
                cm.dates = [ante]
                cm.inherited = True

    def _fronted_report_date(self, cm: CueMatch, d: DateMention, info: _SentInfo) -> bool:
        """Session 16: ``d`` lies in a fronted participial that-clause ("Noting that A and B established a strategic
        partnership in July 2014 and that ..., Li called on the two sides to ...") and ``cm`` in the main clause
        after its comma: the recalled act's date is not the appeal's."""
        text = self.text
        if _FRONTED_THAT.match(text, info.sent.start, d.start) is None:
            return False
        comma = text.rfind(",", d.end, cm.mstart)
        return comma >= 0

    def _during_stay_date(self, cm: CueMatch, info: _SentInfo) -> DateMention | None:
        """Session 16: "President X followed in November 2006; during his stay the two sides signed a free trade
        agreement": a clause opened by "during his stay/visit/trip" after a dated visit of the same sentence takes
        the visit's date (not the date of a later relative clause, "which entered into force on 1 July 2007")."""
        text = self.text
        m = ([None, *_STAY_CLAUSE.finditer(text, info.sent.start, cm.mstart)])[-1]
        if m is None or _CLAUSE_BREAK.search(text, m.end(), cm.mstart):
            return None
        visits = [c for c in info.cues if c.cue.mode == "visit" and c.dates and c.mend <= m.start()]
        return visits[-1].dates[0] if visits else None

    def _antecedent_date(self, cm: CueMatch, info: _SentInfo) -> DateMention | None:
        """The modifier date of the occasion noun whose relative clause (", when", ", during which") holds
        ``cm``: "his December 2015 state visit, when Baku signed a memorandum" → December 2015."""
        text = self.text
        rel = ([None, *_OCCASION_RELATIVE.finditer(text, info.sent.start, cm.mstart)])[-1]
        if rel is None or _CLAUSE_BREAK.search(text, rel.end(), cm.mstart):
            return None
        lo = max(info.sent.start, text.rfind(",", info.sent.start, rel.start()) + 1,
                 text.rfind(";", info.sent.start, rel.start()) + 1)  # fmt: skip
        own = [d for d in info.modifiers if lo <= d.start and d.end <= rel.start()]
        if own and _OCCASION_NOUN.search(text, own[-1].end, rel.start()):
            return own[-1]
        return None

    def _clause_role(self, d: DateMention, info: _SentInfo) -> tuple[str, int] | None:
        """The clause a date belongs to when that clause is not the one a nearer cue may be in:

        * ("fronted", end): the date is in a fronted sequential clause with its own verb, closed by a comma at
          ``end`` ("After Tokayev succeeded Nazarbayev in March 2019, his first state visit …"); a cue of the
          main clause after it is not dated by it (a month or coarser: "After they met on Monday, they
          signed …" is usually the same day);
        * ("opens", start): the date opens a coordinated clause with its own subject and verb after ", and"
          (", and in the autumn a week of culture was held"); a cue before ``start`` is not dated by it.
        """
        text = self.text
        sent = info.sent
        fronted = _FRONTED_SEQUENTIAL.match(text, sent.start, d.start)
        if fronted is not None and d.precision not in ("day", "interval") and not _PUNCT_BREAK.search(
            text, fronted.end(), d.start
        ):
            close = _FRONTED_CLOSE.match(text, d.end)
            if close is not None and _FINITE_VERB.search(text, fronted.end(), d.start):
                return ("fronted", close.end())
        after = _FRONTED_AFTER_NOUN.match(text, sent.start, d.start)
        if after is not None and d.precision in ("month", "season") and not _PUNCT_BREAK.search(
            text, after.end(), d.start
        ):
            close = _FRONTED_CLOSE.match(text, d.end)
            if close is not None and not _FINITE_VERB.search(text, after.end(), d.start):
                return ("after-noun", close.end())
        joint = _CLAUSE_JOINT_BEFORE.search(text, max(sent.start, d.start - 16), d.start)
        if joint is not None and joint.start() > sent.start:
            m = _CLAUSE_SUBJECT_VERB.match(text, d.end)
            adjunct = _DATE_ADJUNCT.match(text, d.end) if m is None else None
            if adjunct is not None:  # ", and in April last year, during X's state visit to Beijing, we raised it"
                m = _CLAUSE_SUBJECT_VERB.match(text, adjunct.end())
            appos = _SUBJECT_APPOSITION.match(text, d.end) if m is None else None
            if appos is not None:  # ", and on 15 January the two presidents, A and B, signed the treaty"
                m = _CLAUSE_SUBJECT_VERB.match(text, appos.end())
            if m is not None and m.group("v").lower() not in _ELLIPSIS_VERBS:
                return ("opens", joint.start())
        return None

    def _opens_coordinated_clause(self, d: DateMention, sent: Sentence) -> bool:
        """Session 16: ``d`` opens a coordinated clause with its own subject and verb (", and in April 1964 the
        airline inaugurated ..."): a finer date there does not replace a counted shift of the first clause ("A year
        later, Premier X paid his first visit to Y, and in April 1964 ...")."""
        text = self.text
        joint = _CLAUSE_JOINT_BEFORE.search(text, max(sent.start, d.start - 16), d.start)
        return joint is not None and joint.start() > sent.start and _CLAUSE_SUBJECT_VERB.match(text, d.end) is not None

    @staticmethod
    def _outside_role(cm: CueMatch, role: tuple[str, int] | None) -> bool:
        """Whether ``cm`` lies outside the clause :meth:`_clause_role` gave its date."""
        if role is None or role[0] == "after-noun":
            return False
        kind, pos = role
        return cm.mstart >= pos if kind == "fronted" else cm.mend <= pos

    @staticmethod
    def _year_after(cm: CueMatch, d: DateMention, role: tuple[str, int] | None) -> DateMention:
        """The year of ``d`` for a main-clause cue after "After the summit in June 2023, …" (the act followed the
        occasion, within its year as far as the text says), else ``d``."""
        if role is None or role[0] != "after-noun" or cm.mstart < role[1] or d.lower is None:
            return d
        y = d.lower.year
        return replace(d, value=f"{y:04d}", lower=dt.date(y, 1, 1), upper=dt.date(y, 12, 31), precision="year",
                       timex=None, note=f"after {d.value}: the year of the occasion")  # fmt: skip
    def _relative_owner(self, cm: CueMatch, d: DateMention, info: _SentInfo) -> bool:
        """``d`` stands in a relative clause opened after ``cm`` (", which in December 2016 approved a loan") whose
        own cue took it: the main clause's event is not dated by the relative clause's act."""
        text = self.text
        rel = _RELATIVE_START.search(text, cm.mend, d.start)
        if rel is None or ";" in text[rel.end() : d.start]:
            return False
        # Session 17: the relative clause's cue may start on its antecedent ("signed a programme for the
        # agreement, which X and Y signed in March 2021"): its verb lies in the relative clause. Not so for an act
        # timed against the occasion ("delivered buses before the conference, which the city hosted in November").
        timed = _TIMED_BY_OCCASION.search(text, cm.mend, rel.start()) is not None
        return any(
            c is not cm and d in c.dates
            and (c.mstart >= rel.end() or (not timed and c.mstart >= cm.mend and c.mend > rel.end()))
            for c in info.cues
        )

    def _coordinated_event(self, cm: CueMatch, info: _SentInfo) -> bool:
        """The cue opens a clause coordinated after a dated cue of its sentence with a subject of its own and a
        finite verb (", and a state visit by X is expected on the same occasion", ", and the two leaders held
        talks"): a second event, which shares the first clause's date but keeps its own claim. A bare definite
        event noun or a pronoun as the new subject (", and the meeting lasted three hours") refers back."""
        text = self.text
        for c in info.cues:
            if not c.dates or c.mend > cm.mstart or c is cm:
                continue
            followed = [m for m in _FOLLOWED_BY.finditer(text, c.mend, cm.mstart + 1) if m.end() <= cm.mstart]
            if followed and cm.mstart - followed[-1].end() <= 40 and "," not in text[followed[-1].end() : cm.mstart]:
                return True  # ", followed by talks with X": the next event of the same occasion
            found = [m for m in _COORDINATED_SUBJECT.finditer(text, c.mend, info.sent.end) if m.start() < cm.mstart]
            coord = found[-1] if found else None
            if coord is None or coord.end() > cm.mstart + 1 or ";" in text[coord.end() : cm.mstart]:
                continue
            clause_end = _PUNCT_BREAK.search(text, cm.mend, info.sent.end)
            clause = text[coord.end() : clause_end.start() if clause_end else info.sent.end]
            if _LATER.search(clause):
                continue  # "..., and the Turkish parliament approved it shortly afterwards": not the same date
            if "," not in text[coord.end() : cm.mstart] and _FINITE_VERB.search(clause):
                return True
        return False

    def _second_counterpart(self, cm: CueMatch, info: _SentInfo) -> bool:
        """Session 18: a meeting cue coordinated by a bare "and" right after a dated meeting cue of the same
        subject and naming a counterpart of its own ("where he was received on Monday by the crown prince and
        held talks with his counterpart Prince X"): a second meeting of that day, not the first retold ("and
        held talks with him"); so is a visit after a summit ("attended the summit in X and paid a state visit
        to Y")."""
        if cm.cue.type != "CONSULT":
            return False
        text = self.text
        for c in info.cues:
            if c is cm or not c.dates or c.cue.type != "CONSULT" or c.mend > cm.mstart:
                continue
            if (c.cue.mode == "multilateral") != (cm.cue.mode == "visit") or c.cue.mode == "visit":
                continue  # "visited X and paid a visit to Y" is one trip, "visits X and holds talks with Y" or
                # "attends the summit and meets Y" one occasion (its talks); "attended the summit and paid a
                # state visit to X" is two events
            between = text[c.mend : cm.mstart]
            if len(between) > 120 or re.search(r"[,;:.()]", between) or _LATER.search(between):
                continue
            if re.search(r"\band\s+(?:also\s+|then\s+)?$", between) and _OWN_COUNTERPART.match(text, cm.end):
                return True
        return False

    def _coordinated_predicate(self, prior: CueMatch, cm: CueMatch) -> bool:
        """``cm`` is a verb phrase coordinated right after the dated cue ``prior`` with the same subject ("launched,
        by video link, a container train on the route, and signed an agreement on ..."): the same occasion's date."""
        between = self.text[prior.mend : cm.mstart]
        return (
            _COORD_PREDICATE.search(between) is not None and ";" not in between and len(between) <= 80
            and _LATER.search(between) is None and _PAST.search(self.text, cm.mstart, cm.mend) is not None
        )

    def _run_interval(self, info: _SentInfo) -> tuple[DateMention, DateMention, DateMention] | None:
        """A departure on a day and an arrival "N days later" (or "the next day") told in one sentence: the
        (departure date, arrival date, interval of the whole run). The arrival date is a shift, not a day of
        its own; without a departure verb before the first date and an arrival verb before the shift, None."""
        text = self.text
        for k, late in enumerate(info.dates):
            if late.precision != "day" or not late.lower or not _RUN_SHIFT.search(late.text):
                continue
            first = next((d for d in reversed(info.dates[:k]) if d.precision == "day" and d.lower), None)
            if first is None or not 0 < (late.lower - first.lower).days <= 60 or not first.value:
                continue
            leave = _DEPARTURE.search(text, info.sent.start, first.start)
            reach = _ARRIVAL.search(text, first.end, late.start)
            if leave is None or reach is None or ";" in text[leave.start() : late.end]:
                continue
            value = f"{first.lower.isoformat()}/{late.lower.isoformat()}"
            whole = replace(first, end=late.end, text=text[first.start : late.end], value=value,
                            lower=first.lower, upper=late.lower, precision="interval",
                            note=f"run from {first.value} to {late.value}")
            return first, late, whole
        return None

    def _tenure_start(self, cm: CueMatch, d: DateMention) -> DateMention:
        """The start of a tenure range written after an office-taking cue, else ``d`` itself."""
        from timeline.extract.dates_edtf import parse_edtf

        value = d.value or ""
        if "/" not in value or d.start < cm.mend or d.start - cm.mend > 60 or d.lower is None or d.upper is None:
            return d
        if d.upper.year == d.lower.year:
            return d  # "sworn in on 3-5 May": a span of days, not a tenure
        first = value.split("/")[0]
        try:
            lower, upper, precision = parse_edtf(first)
        except ValueError:
            return d
        return replace(d, value=first, lower=lower, upper=upper, precision=precision,
                       note=f"{d.text}: start of the tenure")

    def _date_chain(self, cm: CueMatch) -> list[DateMention]:
        """The cue's nearest date plus the dates coordinated with it ("in 2006 and in 2011")."""
        text = self.text
        ds = sorted(cm.dates, key=lambda d: d.start)
        best = min(range(len(ds)), key=lambda i: _distance(text, cm, ds[i]))
        best = self._finer_within(cm, ds, best)
        lo = hi = best
        while lo > 0 and _DATE_CHAIN.match(text[ds[lo - 1].end : ds[lo].start]) and not _ANCHORED.search(
            ds[lo - 1].text
        ):
            lo -= 1
        while hi + 1 < len(ds) and self._chained(ds[hi], ds[hi + 1]) and not _ANCHORED.search(ds[hi + 1].text):
            hi += 1
        if lo == hi:
            chain = self._party_chain(cm, ds, best)
            if chain:
                return chain
        return ds[lo : hi + 1]

    def _finer_within(self, cm: CueMatch, ds: list[DateMention], best: int) -> int:
        """A finer date of the cue's own clause after it inside the span of the nearest date, when that one is a
        fronted frame before the cue ("This year X met Y at the summit in Astana in June 2025", "In 2019 the two
        ministers signed the deal in Baku on 3 May"): the finer date wins; else ``best``."""
        coarse = ds[best]
        if coarse.end > cm.mstart or coarse.lower is None or coarse.upper is None:
            return best
        span = (coarse.upper - coarse.lower).days
        inside = [
            i for i, d in enumerate(ds)
            if d.start >= cm.end and d.lower is not None and d.upper is not None and not _PUNCT_BREAK.search(
                self.text, cm.end, d.start
            )
            and coarse.lower <= d.lower and d.upper <= coarse.upper and (d.upper - d.lower).days < span
            and _distance(self.text, cm, d) < _SUBORDINATE_COST
        ]  # fmt: skip
        return min(inside, key=lambda i: _distance(self.text, cm, ds[i])) if inside else best

    def _chained(self, d: DateMention, nxt: DateMention) -> bool:
        """Whether ``nxt`` is coordinated with ``d`` ("in 2006 and in 2011", "in Baku in May and at the summit in
        Astana in July")."""
        gap = self.text[d.end : nxt.start]
        return bool(_DATE_CHAIN.match(gap) or _OCCASION_CHAIN.match(gap))

    def _party_chain(self, cm: CueMatch, ds: list[DateMention], best: int) -> list[DateMention]:
        """Dates of a list of parties each with its own day after the cue ("visited Uzbekistan on the 2nd,
        Kazakhstan on the 3rd and Kyrgyzstan on the 5th", "met Aliyev on May 2, Tokayev on May 4"): one claim
        per party and day; records each date's party span in ``cm.parties``. Empty when there is no such list."""
        text = self.text
        first = _PARTY_FIRST.search(text, cm.end, ds[best].start)
        if first is None or ds[best].start < cm.end or ds[best].precision not in {"day", "interval"}:
            return []
        parties = {ds[best].start: first.span("name")}
        k = best
        while k + 1 < len(ds):
            step = _PARTY_STEP.fullmatch(text, ds[k].end, ds[k + 1].start)
            if step is None or _MONTH_NAME.match(step.group("name")) or ds[k + 1].precision != ds[best].precision:
                break
            parties[ds[k + 1].start] = step.span("name")
            k += 1
        if k == best:
            return []
        cm.parties = parties
        return ds[best : k + 1]

    # -- step 3: claims
    def _status(self, cm: CueMatch, d: DateMention, sent: Sentence) -> Status:
        text = self.text
        lo = max(sent.start, text.rfind(",", sent.start, cm.mstart - 1) + 1, cm.mstart - 60)
        hi = min(sent.end, (d.end if d.start >= cm.mend else cm.mend) + 25)
        window = text[lo:hi]
        pub = self.article.published
        if d.lower and pub and d.lower > pub:
            return "planned"
        if (d.note or "").startswith("the stay from") and d.lower and pub and d.lower <= pub:
            return "occurred"  # "arrived on Sunday and will leave on Wednesday": the visit is under way
        if _PLANNED.search(window) and not (d.upper and pub and d.upper < pub):
            return "planned"
        reported_plan = _REPORTED_PLAN.search(text[max(sent.start, cm.mstart - 80) : cm.mstart])
        if self._planned_marker(cm, d, sent) or reported_plan:
            return "planned"
        if _REPORTED.search(text, sent.start, sent.end):
            return "reported"
        return "occurred"

    def _commemoration(self, original: Claim, d: DateMention, sent: Sentence) -> Claim:
        """The anniversary itself ("will mark the 30th anniversary of ... in 2022")."""
        n = original.date.note.split()[2] if original.date.note else "the"
        title = f"{n} anniversary: {original.title[:1].lower()}{original.title[1:]}"
        if not n[:1].isdigit():  # no ordinal known: "Anniversary: diplomatic relations established ..."
            title = f"Anniversary: {original.title[:1].lower()}{original.title[1:]}"
        title = self._commemoration_title(original, sent) or title
        pub = self.article.published
        planned = (d.lower and pub and d.lower > pub) or _PLANNED.search(self.text, sent.start, sent.end)
        return replace(
            original, title=title, event_type="COOPERATE", mode=None, date=d,
            status="planned" if planned else "occurred",
            rule=original.rule.replace("+anniversary", "+commemoration"),
            keywords=original.keywords | {"anniversary"},
        )

    def _commemoration_title(self, original: Claim, sent: Sentence) -> str | None:
        """Session 18: an analyst's line for an anniversary marked ("Azerbaijan and Japan mark the 25th
        anniversary of the establishment of diplomatic relations"): the parties of the original act, "mark", and
        the anniversary as the sentence names it; None when the sentence names no "anniversary of" phrase or the
        act has fewer than two parties."""
        m = _ANNIVERSARY_OF.search(self.text, sent.start, sent.end)
        parties = [a.name for a in original.actors if a.role in ("participant", "actor") and a.kind == "state"]
        parties = list(dict.fromkeys(parties))[:_MAX_PARTIES]
        if m is None or len(parties) < 2:
            return None
        what = " ".join(m.group("what").split())
        if len(what.split()) > 9:
            return None
        ordinal = f"{m.group('n')} " if m.group("n") else ""
        return f"{_join_and(parties)} mark the {ordinal}anniversary of {what}"

    def _calendar_label(self, d: DateMention) -> bool:
        """"April 2 this year marks the 34th anniversary of X": a calendar day (or month) named as an anniversary is
        a label of the date, not an event of that day (a year label is round 9c's ``_without_year_label``)."""
        return d.precision in {"day", "month"} and _DATE_MARKS.match(self.text, d.end) is not None

    def _forward_weekday(self, cm: CueMatch, d: DateMention, sent: Sentence) -> DateMention:
        """"is expected to visit Beijing on Monday", "is due to meet X on Tuesday": a bare weekday of a planned
        clause is the next such day after publication, not the last one before it."""
        pub = self.article.published
        if (
            pub is None or d.precision != "day" or d.lower is None or not 0 < (pub - d.lower).days <= 6
            or d.text.lower().split()[-1].rstrip(".,") not in _WEEKDAYS or re.search(r"\b(?:last|past)\b", d.text, re.I)
            or d.lower >= dt.date.max - dt.timedelta(days=7)
        ):
            return d
        lo = max(sent.start, self.text.rfind(",", sent.start, cm.mstart - 1) + 1, cm.mstart - 60)
        if not _PLANNED.search(self.text, lo, cm.mend) or _PAST.search(self.text, cm.mstart, cm.mend):
            return d
        day = d.lower + dt.timedelta(days=7)
        return replace(d, value=day.isoformat(), lower=day, upper=day, note=f"{d.text} of a planned clause: ahead")

    def _planned_marker(self, cm: CueMatch, d: DateMention, sent: Sentence) -> bool:
        text = self.text
        lo = max(sent.start, text.rfind(",", sent.start, cm.mstart - 1) + 1, cm.mstart - 60)
        # "a state visit by X is expected on the same occasion": an event noun whose own predicate plans it
        return bool(_PLANNED.search(text, lo, cm.mend)) or (
            _PLANNED_PREDICATE.match(text, cm.mend, sent.end) is not None
            and not _FINITE_VERB.search(text, cm.mstart, cm.mend)
        )

    def _claim(
        self, cm: CueMatch, d: DateMention, sent: Sentence, q_start: int, rule_suffix: str = ""
    ) -> Claim | None:
        text = self.text
        speech = self._in_spans(cm.start, self._speech)
        # a first-person sentence without quotation marks is the article's own voice (an interview's answer)
        # for its own date; a date borrowed from another sentence stays the speaker's
        quoted = speech or (
            ((rule_suffix and rule_suffix != "+shared-date") or _QUOTE_MARK.search(text, sent.start, sent.end))
            and _FIRST_PERSON.search(text, sent.start, sent.end)
        )
        if _DEICTIC.search(d.text) and quoted:
            return None  # "Today, we will adopt ..." inside a quotation: the date is the speaker's
        if _report_day_of_pluperfect(text, cm, d):
            return None  # "media confirmed on Monday that the president had died": the report's day, not the death's
        if _anaphoric_month(text, cm, d):
            return None  # "Under the March memorandum, X and Y will hold exercises": the month is the memorandum's
        if self._summary_plural(cm, d) or self._since_after_visit(cm, d):
            return None
        if _FROM_DATE_BEFORE.search(text, max(sent.start, d.start - 80), d.start) and _TO_EVENT_BETWEEN.fullmatch(
            text, d.end, max(d.end, cm.mstart)
        ):
            return None  # "from recognition in 1991 to the signing of the treaty": the date is the range's start
        ann = _anniversary_date(text, cm, sent.start, d, self.article.published)
        if ann is None:
            return None
        if isinstance(ann, DateMention):
            d, rule_suffix = ann, rule_suffix + "+anniversary"
        elif ann is False:
            d = _on_anniversary_of_year(text, cm, d, self.article.published)
            d = _before_occasion(text, cm, d)
        pub = self.article.published
        d = self._past_year(cm, d, sent)
        d = self._forward_weekday(cm, d, sent)
        status = "occurred" if rule_suffix.endswith("anniversary") else self._status(cm, d, sent)
        if cm.inherited and d.lower and pub and d.lower > pub and not self._planned_marker(cm, d, sent):
            return None  # a past-tense cue cannot take a future date from its neighbour
        clause = (sent.start, sent.end)
        obj_span = _find_named_object(text, cm, sent.start, sent.end)
        named = text[obj_span[0] : obj_span[1]].strip(" ,\"“”") if obj_span else None
        if named and len(named.split()) < 2 and not named.isupper():
            named = None if not cm.cue.thing else named
        thing = None
        if not named and cm.obj:
            thing = _object_phrase(text, cm)
        on = d.lower
        end_m = _CLAUSE_END.search(text, cm.mend, sent.end)
        clause_end = end_m.start() if end_m else sent.end
        followed = _FOLLOWED_BY.search(text, cm.mend, clause_end)
        if followed is not None:  # "visited X on 4 May, followed by the summit in Y": Y is the next event's
            clause_end = followed.start()
        nxt = [c.mstart for c in self._cur_cues if c.mstart >= cm.mend]
        if nxt:  # "held talks with Li Qiang on Friday and met Xi": Xi belongs to the next cue
            clause_end = min(clause_end, min(nxt))
            # "... marked the anniversary of relations, and Presidents X and Y exchanged messages": the names
            # after ", and" are the subject of the next clause's verb
            joint = _SUBJECT_JOINT.search(text, cm.mend, min(nxt))
            if joint is not None and "," not in text[joint.end() : min(nxt)] and _PAST.match(text, min(nxt)):
                clause_end = min(clause_end, joint.start())
        inner = self._inner_relative(cm, sent)
        obj_lo, obj_hi = self._previous_verb_object(cm, sent)
        # "— BSEC summit in Batumi; Armenia takes over the chairmanship": a ';' part of a row has its own parties
        found = [
            a for a in filter_mentions(text, self.actors_in(sent.start, sent.end, on))
            if not (obj_span and obj_span[0] <= a.start and a.end <= obj_span[1]) and a.kind != "other"
            and a.start < clause_end and not (inner[0] <= a.start < inner[1])
            and not (obj_lo <= a.start < obj_hi)
        ]
        part_start = text.rfind(";", sent.start, cm.mstart) + 1 if self._row_part(sent) else sent.start
        if any(a.start >= part_start and a.kind != "place" for a in found):  # a row part with parties of its own
            found = [a for a in found if a.start >= part_start]
        semi = text.rfind(";", sent.start, cm.mstart)
        if semi >= 0 and any(semi < a.start < cm.mstart and a.kind != "place" for a in found) and not (
            _PERSONAL_PRONOUN.search(text, semi, cm.mstart)
        ):
            # session 17: "Iran has been an SCO observer since 2005; ..., which Iran obtained in 2023, and it joined
            # BRICS": in prose too, a ';' clause naming a party before its verb has only its own parties
            found = [a for a in found if a.start > semi]
        found = self._relative_antecedent(cm, sent, found)
        if _TOPIC_TRIGGER.search(text[cm.mstart : cm.mend]):
            # "exchanged views on the peace process between Azerbaijan and Armenia": the topic's names are no parties,
            # a later "with X" is
            w = re.compile(r"\bwith\s").search(text, cm.mend, clause_end)
            found = [a for a in found if a.start < cm.mend or (w is not None and a.start >= w.end())]
        speaker = _SPEAKER_ADJUNCT.search(text, sent.start, cm.mstart)
        if speaker is not None and not _CLAUSE_END.search(text, speaker.end(), cm.mstart):
            # "X said that since the establishment of relations ...": the speaker only comments on the event
            found = [a for a in found if a.start >= speaker.end()]
        found = self._without_commentators(cm, sent, found)
        source = _TRAILING_SOURCE.search(text, cm.mend, sent.end)
        if source is not None:  # "..., the Azerbaijani Foreign Ministry's press service said.": the source
            told = [a for a in found if not (source.start() <= a.start < source.end()) or a.kind == "place"]
            # (kept when the act names no party of its own: "a committee meeting approved ..., according to a
            # statement from the Tajik government": the source's state stands in)
            found = told if any(a.kind != "place" for a in told) else found
        found = [a for a in found if not self._context_state(cm, a) and not self._dateline_place(a)
                 and not _MADE_IN.search(text, max(0, a.start - 40), a.start)]
        if rule_suffix.endswith("+anniversary"):
            found = self._anniversary_parties(cm, sent, found, on)
        own = self._own_subject_clause(cm, sent, found)
        found = [a for a in found if a.start >= own]
        # "mentioned the visit of X to Beijing and said that the next meeting ...": X is no party of the meeting
        found = [a for a in found if a.start >= self._report_end(cm, sent)]
        and_that = ([None, *_AND_THAT.finditer(text, sent.start, cm.mstart)])[-1]
        if and_that is not None and _THAT_CLAUSE.search(text, sent.start, and_that.start()):
            # "agreed that Bayramov will visit China, and that the next meeting will be held in Beijing": the
            # first reported clause's names are not the second's parties
            found = [a for a in found if a.start >= and_that.end() or a.kind == "place"]
        fronted = self._fronted_report(cm, sent)
        found = [a for a in found if not (fronted[0] <= a.start < fronted[1])]
        found = self._since_person(d, sent, found)
        adverbial = self._fronted_adverbial(cm, sent)
        if adverbial is not None and cm.mstart < adverbial[1]:
            # "When Israel launched its strikes on 13 June, Beijing condemned them": the main clause's names are no
            # parties of the fronted act (the fronted names stay in the main act: its target or occasion)
            # (kept when the fronted act names no party of its own: "After the 2008 war ended, Moscow recognised")
            own = [a for a in found if a.start < adverbial[1]]
            found = own if any(a.kind != "place" for a in own) else found
        if cm.cue.mode == "visit":
            actors = _visit_roles(text, cm, found, self.states)
            self._visitors += [(cm.start, a) for a in actors if a.kind == "person" and a.role == "actor"]
        else:
            actors = [replace(a, role=_role_for(text, cm, a, clause)) for a in found]
            if cm.cue.roles == "subject":  # only the grammatical subject acts; later names are objects
                agent = self._passive_agent(cm, clause_end)
                actors = [a for a in actors if a.role == "location" or a.start < cm.start
                          or (agent is not None and a.start > agent)]
                if any(a.kind == "person" for a in actors):
                    actors = [a for a in actors if a.kind != "state"]
        if cm.cue.type == "AID" and _AID_PEOPLE.search(text, cm.mstart, cm.mend):
            actors = self._aid_sender(cm, sent, actors)
        if cm.parties:
            actors = self._own_party(cm, d, actors)
        actors = self._add_group(cm, sent, actors, on)
        actors = actors + self._pronoun_partner(cm, sent, actors, on)
        actors = self._pronoun_person(cm, sent, actors, on)
        # "the border treaty was signed", "a strategic partnership was declared in 2012": in a bilateral
        # story, an unnamed agreement without parties is the article's pair's
        unnamed_doc = cm.cue.type == "AGREE" and not named and (
            cm.cue.roles == "symmetric" or self._agentless_passive(cm, clause_end)
        )
        if not any(a.role != "location" for a in actors) and _DOCUMENT_THAT_FOLLOWED.search(text, cm.mstart, cm.mend):
            actors = actors + self._occasion_parties(sent, on)
        # an event an entry only refers back to (an anniversary's origin) is not the entry's own: no item pair
        item = not rule_suffix.endswith("+anniversary")
        actors = self._add_pair(cm, sent, actors, unnamed_document=unnamed_doc, item=item)
        actors = self._add_antecedent(cm, sent, actors, on)
        actors = self._organ_states(_dedupe(actors))
        actors = self._visit_outcome_parties(cm, sent, actors, on)
        actors = self._occasion_people(cm, sent, actors, on)
        if not any(a.role != "location" for a in actors):
            actors = actors + self._surname_subject(cm, sent)
        if not any(a.role != "location" for a in actors):  # "The peacekeepers themselves left last spring"
            actors = actors + [replace(a, role="actor") for a in self._definite_subject(sent.start, cm.start)]
        role: Role = "participant" if cm.cue.roles == "symmetric" else "actor"
        if not any(a.role != "location" for a in actors):  # "The government cancelled the deal in 2020"
            subject = self._institution_subject(sent.start, cm.mstart, sent.end)
            actors = actors + [replace(a, role=role) for a in subject]
        for speaker in self._first_person_subjects(cm, sent):  # "we signed", "our side opened": the speaker's
            if speaker.name not in {a.name for a in actors}:  # state (and its partner for "our two countries")
                actors = [*actors, replace(speaker, role=role)]
        lead_in = _INTENT_TAIL.sub("", text[max(sent.start, cm.mstart - 80) : cm.mstart])
        # '"We plan to open ...," X's minister said': the quoted "we" is the speaker named outside the quote
        if not any(a.role != "location" for a in actors) and _FIRST_PERSON_SUBJECT.search(lead_in):
            actors = actors + [replace(a, role=role) for a in self._plan_parties(sent, cm.mstart)]
        if cm.cue.type in _PLACED_TYPES and not any(a.role != "location" for a in actors):
            actors = actors + (self._state_of_place(actors) or self._pair_as("participant"))
        if (
            cm.cue.type == "AGREE" and not any(a.role != "location" for a in actors)
            and _STATUS_PARTICIPLE.search(text, max(sent.start, cm.start - 60), cm.start)
        ):  # "That document built on the strategic partnership declared in 2023": a named status of the pair
            actors = actors + self._pair_as("participant")
        if (
            not any(a.role != "location" for a in actors) and not named and not (thing and cm.cue.thing)
            and self._self_contained(cm, sent)
        ):
            actors = actors + self._context_parties(cm, sent, on)  # "the ceasefire took effect"
        if not any(a.role != "location" for a in actors):  # "They also witnessed the signing of ..."
            actors = actors + self._they_parties(cm, sent, on)
        if cm.cue.type == "CONSULT" and cm.cue.mode != "visit":
            part = text.rfind(";", sent.start, cm.mstart) + 1 or sent.start
            if _VERBLESS_TALKS.match(text, part, sent.end):  # "... visit of X to China. Talks with Y.": X and Y
                actors = actors + self._row_visitor(sent, part, actors, on)
        hosts_moved: set[str] = set()
        if cm.cue.mode == "visit":
            actors, hosts_moved = _hosts_not_visitors(actors)
        if cm.cue.mode == "visit" and not any(a.role == "actor" for a in actors):
            actors = actors + self._unnamed_visitor(cm, actors, on)  # "The December 2015 state visit, during which"
        if cm.cue.id == "consult.visit.followed" and not any(a.role == "recipient" for a in actors):
            actors = actors + self._followed_destination(cm, sent, on)  # "X visited Y in 2005, and Z followed"
        if not any(a.role != "location" for a in actors) and not named and not (thing and cm.cue.thing):
            return None
        if cm.cue.person and not any(a.kind == "person" for a in actors) and not self._named_subject(cm, sent):
            return None
        obj_word = text[cm.obj[0] : cm.obj[1]] if cm.obj else None
        # "Milli Majlis", not "... and Azerbaijan"; a host's person moved from the visitors stays out of the title
        shown = [a for a in actors if not _organ_state(a, actors) and a.name not in hosts_moved]
        title = build_title(cm, shown, named or thing or (obj_word.lower() if obj_word else None), text)
        if not any(a.role != "location" for a in actors):  # "The summit was held in Tehran": Iran takes part
            actors = actors + self._place_states(cm, actors)
        if (cm.cue.id.startswith(("cooperate.open", "cooperate.start"))
                and _MISSION.search(text, max(sent.start, cm.mstart - 60), min(clause_end, cm.mend + 60))):
            actors = self._mission_parties(actors, on)  # (after the title: "Embassy of Hungary work starts")
        actors = actors + self._venue_state(cm, actors)
        if cm.cue.mode == "visit":  # (after the title: "Ilham Aliyev state visit", as the sources tell it)
            actors = actors + self._pair_host(actors)
        actors = actors + self._route_states(cm, sent, actors, on)
        if cm.cue.id.startswith("cooperate.recognise"):
            actors = actors + self._recognised_state(cm, actors, on)
        actors = actors + self._demonym_parties(cm, sent, actors)
        actors = actors + self._gathering_organisation(cm, sent, actors, on)
        actors = actors + self._commission_parties(cm, sent, actors, on)
        actors = actors + self._site_state(cm, actors)
        actors = actors + self._signing_host(cm, actors)
        actors = actors + self._joined_body(cm, sent, actors, on)
        actors = actors + self._sanctioned_site_state(cm, actors)
        q_end = sent.end
        context = cm.cue.context
        for name, pat in self.cues.contexts:
            if pat.search(text, sent.start, sent.end):
                if cm.cue.context in (None, "diplomatic", "economic") or name == cm.cue.context:
                    context = name if cm.cue.type not in {"CONSULT"} else (cm.cue.context or name)
                break
        return Claim(
            title=title,
            event_type=cm.cue.type,
            mode=cm.cue.mode,
            date=d,
            quote=text[q_start:q_end],
            start=q_start,
            end=q_end,
            actors=actors,
            status=status,
            context=context,
            rule=cm.cue.id + rule_suffix,
            named_object=named,
            keywords=keywords_of(cm.cue.label, cm.qualifier, obj_word, named, thing),
        )

    def _part_span(self, sent: Sentence, pos: int) -> tuple[int, int]:
        """The ';' part of a chronology row holding ``pos`` (the first part with the row's date), else the sentence."""
        text = self.text
        if ";" not in text[sent.start : sent.end] or not self._row_part(sent):
            return sent.start, sent.end
        lo = text.rfind(";", sent.start, pos) + 1
        lo = sent.start if lo == 0 else lo + len(text[lo:pos]) - len(text[lo:pos].lstrip())
        hi = text.find(";", pos, sent.end)
        return lo, hi if hi != -1 else sent.end

    def _row_part(self, sent: Sentence) -> bool:
        """The sentence is a dated chronology item or table row (its ';' parts are separate events)."""
        return self._in_row(sent.start) or any(s <= sent.start < e for s, e, _d in self._dated_items())

    def _own_party(self, cm: CueMatch, d: DateMention, actors: list[ActorMention]) -> list[ActorMention]:
        """The actors of one day of a party-and-day list: the other days' parties dropped, this day's party
        in the role the list's first party has (the recipient of a visit, the partner of a meeting)."""
        spans = cm.parties
        first_start = min(spans)
        lo, hi = spans.get(d.start, spans[first_start])
        first_lo, first_hi = spans[first_start]
        role = next((a.role for a in actors if first_lo <= a.start < first_hi), None)

        def listed(a: ActorMention) -> bool:
            return any(s <= a.start < e for s, e in spans.values())

        out = [a for a in actors if not listed(a)]
        mine = [a for a in actors if lo <= a.start < hi]
        return out + [replace(a, role=role) if role else a for a in mine]

    def _own_subject_clause(self, cm: CueMatch, sent: Sentence, found: list[ActorMention]) -> int:
        """Start of the cue's own clause when it is coordinated after another cue's clause with a subject of
        its own ("A, B and C signed a treaty, and the Chinese side announced grants": only China announced);
        the sentence start otherwise."""
        prev = [c for c in self._cur_cues if c.mend <= cm.mstart and c.mstart >= sent.start]
        if not prev:
            return self._own_subject_after_verbless(cm, sent, found)
        m = ([None, *_CLAUSE_JOINT.finditer(self.text, prev[-1].mend, cm.mstart)])[-1]
        if m is None:
            return sent.start
        # ", and a state visit by X is expected": the event noun heads the new clause's own subject
        noun_subject = _COORDINATED_SUBJECT.match(self.text, m.start(), sent.end) is not None and (
            not _FINITE_VERB.search(self.text, m.end(), cm.mstart)
            and _FINITE_VERB.match(self.text, cm.mend, sent.end) is None
            and _FINITE_VERB.search(self.text, cm.mend, sent.end) is not None
        )
        if not noun_subject and not any(m.end() <= a.start and a.end <= cm.mstart for a in found):
            return sent.start
        return m.end()

    def _own_subject_after_verbless(self, cm: CueMatch, sent: Sentence, found: list[ActorMention]) -> int:
        """Session 17: the same for a first clause whose verb is no cue ("In February 2012 Vice-President Xi Jinping
        spent three days in Ankara, and in April of the same year Erdoğan became the first Turkish prime minister to
        visit China": Xi and Ankara are no parties of the visit): after the last ", and"/";" joint before the cue,
        when the first clause has a person as subject and a finite verb and the cue's clause a named subject of its
        own (not a pronoun: "..., and in 2015 he returned" keeps the first clause's person)."""
        text = self.text
        m = ([None, *_CLAUSE_JOINT.finditer(text, sent.start, cm.mstart)])[-1]
        if m is None:
            return sent.start
        verb = _FRONTED_VERB.search(text, sent.start, m.start())
        if verb is None or not any(sent.start <= a.start < verb.start() and a.kind == "person" for a in found):
            return sent.start  # (a person's act: a state's first clause may still frame the second's parties)
        if not any(m.end() <= a.start and a.end <= cm.mstart and a.kind != "place" for a in found):
            return sent.start
        if _PERSONAL_PRONOUN.search(text, m.end(), cm.mstart):
            return sent.start
        return m.end()

    def _previous_verb_object(self, cm: CueMatch, sent: Sentence) -> tuple[int, int]:
        """Span between the previous cue of the sentence and ``cm`` when ``cm`` is coordinated with it by
        "and" ("held talks with Li on Friday and met Xi"): the names there are the first verb's objects,
        not the second's parties (the shared subject stands before both). (0, 0) otherwise."""
        prev = [c for c in self._cur_cues if c.mend <= cm.mstart and c.mstart >= sent.start]
        if not prev:
            return (0, 0)
        lo = prev[-1].mend
        gap = self.text[lo : cm.mstart]
        if not _COORDINATED_VERB.search(gap) or _CLAUSE_END.search(gap):
            return (0, 0)
        # session 17: the object inside the first cue's own match is its object too ("joined the Asian
        # Infrastructure Investment Bank as a founding member and was admitted as a dialogue partner of the SCO")
        return max(prev[-1].start, prev[-1].mstart), cm.mstart

    def _inner_relative(self, cm: CueMatch, sent: Sentence | None = None) -> tuple[int, int]:
        """Span of a relative clause inside the cue's match ("construction of X, which would run through
        A, B and C, was launched") or between its subject and the cue ("China, which borders A, B and C,
        donated ..."): its names are not the event's parties. It runs to the last comma before the cue, so
        a list does not end it. (0, 0) when there is none."""
        text = self.text
        if sent is not None and cm.mstart > sent.start:
            lo = max(sent.start, text.rfind(";", sent.start, cm.mstart) + 1)
            found = None
            for m in _RELATIVE_START.finditer(text, lo, cm.mstart):
                found = m
            if found is not None:
                end = text.rfind(",", found.end(), cm.mstart)
                if end > found.end():
                    return found.start(), end
        if cm.start <= cm.mstart:
            return (0, 0)
        m = re.search(r",\s+(?:which|who|that|where)\b", text[cm.mstart : cm.start])
        end = text.rfind(",", cm.mstart, cm.start)
        if m is None or end <= cm.mstart + m.end():
            return (0, 0)
        return cm.mstart + m.start(), end

    def _past_year(self, cm: CueMatch, d: DateMention, sent: Sentence) -> DateMention:
        """A past-tense cue ("signed in Beijing on June 4") cannot take a year-less date that the
        tagger put in the future: the date is the last such day before publication."""
        pub = self.article.published
        if not (d.relative and d.lower and pub and d.lower > pub and d.precision in {"day", "month", "interval"}):
            return d
        if not _PAST.search(self.text, cm.start, cm.end) or self._planned_marker(cm, d, sent):
            return d
        if _MODAL_AUX.search(self.text, max(sent.start, min(cm.start, cm.mstart) - 30), cm.end):
            return d  # "the election would be held on June 28": future in the past, not a past event
        from timeline.extract.dates import intent_governs

        if d.start >= cm.end and intent_governs(self.text, d.start):
            return d  # "agreed to hold the next meeting in October": the infinitive's time, still to come
        earlier = shift_year(d, -1)
        return earlier if earlier and earlier.lower and earlier.lower <= pub else d

    def _passive_agent(self, cm: CueMatch, clause_end: int) -> int | None:
        """Offset of "by" introducing the agent of a passive cue ("is inaugurated ... by President X")."""
        text = self.text
        passive = _PASSIVE_AUX.match(text, cm.start) or _PASSIVE_BEFORE.search(text[max(0, cm.start - 25) : cm.start])
        if not passive and not _NOMINAL_ACT.fullmatch(text, cm.start, cm.end):
            return None
        m = re.compile(r"\bby\s").search(text, cm.end, min(clause_end, cm.end + 80))
        return m.start() if m else None

    def _agentless_passive(self, cm: CueMatch, clause_end: int) -> bool:
        """A passive cue without "by X" ("a partnership was declared in 2012")."""
        text = self.text
        passive = _PASSIVE_AUX.match(text, cm.start) or _PASSIVE_AUX.match(text, cm.mstart) or _PASSIVE_BEFORE.search(
            text[max(0, cm.start - 25) : cm.start]
        ) or re.search(r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?\w+ed$", text[cm.mstart : cm.end])
        return bool(passive) and self._passive_agent(cm, clause_end) is None

    def _add_group(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """'The two leaders', 'the three governments': the people or states told just before."""
        groups = list(_GROUP.finditer(self.text, max(sent.start, cm.mstart - 80), cm.mend))
        # the group nearest the verb that is no complement ("trade between the two countries grew since the
        # heads of state signed": the heads of state; "the foreign ministers of the two countries met": the ministers)
        heads = [g for g in groups if not _GROUP_COMPLEMENT.search(self.text, max(0, g.start() - 12), g.start())]
        # "The heads of state agreed that Minister X will visit China": the group reports; X acts
        own_subject = [a for a in actors if a.role != "location" and a.kind != "place"]
        reporting = [g for g in groups if any(
            t.end() <= a.start < cm.mstart for t in _THAT_CLAUSE.finditer(self.text, g.end(), cm.mstart)
            for a in own_subject)]
        heads = [g for g in heads if g not in reporting]
        groups = [g for g in groups if g not in reporting]
        m = heads[-1] if heads else (groups[0] if groups else None)
        if m is None and cm.cue.roles == "symmetric" and not any(a.role != "location" for a in actors):
            # "Meeting of the Heads of State in Astana" (nobody else named): the group right after the noun
            of = _OF_GROUP.match(self.text, cm.mend)
            m = _GROUP.match(self.text, of.end() if of else cm.mend)
        if m is None:
            return actors
        noun = re.sub(r"\s+", " ", m.group("noun").lower())
        kind = "person" if noun in _GROUP_PEOPLE else "state"
        want = _NUMBER_WORDS.get((m.group("n") or "").lower()) or (int(m.group("n")) if (m.group("n") or "").isdigit()
                                                                      else 2)
        have = [a for a in actors if a.kind == kind and a.role != "location"]
        if len(have) >= want:
            return actors
        if kind == "state" and want == 2 and self.pair is not None and not have:
            return actors  # "the two countries" of a bilateral article: the article's pair (_add_pair)
        idx = self._index.get(sent.start)
        if idx is None:
            return actors
        names = {a.name for a in have}
        extra: list[ActorMention] = []
        paired = (m.group("n") or "").lower() in ("two", "2") or m.group(0).lower().startswith("both")
        implicit = not paired and kind == "person" and self._implicit_pair(noun, m, sent, on)
        office = self._pair_holders(noun, on) if kind == "person" and paired else []
        pool = [a for a in self.actors_in(sent.start, m.start(), on) if a.kind == kind]
        for j in range(idx - 1, max(-1, idx - 4), -1):
            if len({a.name for a in pool}) >= want:
                break
            prev = self.sentences[j]
            pool = [a for a in self.actors_in(prev.start, prev.end, on) if a.kind == kind] + pool
        if office:  # "The two foreign ministers met" after a sentence on the presidents: only holders of that office
            pool = [a for a in pool if self._holds(a, noun, office, on)]
        for a in reversed(filter_mentions(self.text, pool) if kind == "state" else pool):
            if a.name not in names and len(names) < want:
                names.add(a.name)
                extra.append(a)
        if len(names) < want and kind == "person" and implicit and not extra:
            office = self._pair_holders(noun, on)
        if len(names) < want and kind == "person" and (paired or implicit):
            for a in office:  # "the two presidents" of a bilateral article, nobody told before
                if a.name not in names and len(names) < want:
                    names.add(a.name)
                    extra.append(a)
        if not extra and len(names) < want and kind == "person" and want >= 3 and noun in {
            "leaders", "presidents", "heads of state"
        }:  # "the five leaders" after a sentence naming five states
            extra = [a for a in self._leaders_of_states(sent, idx, m.start(), want, on) if a.name not in names]
            names |= {a.name for a in extra}
        if len(names) < want:
            return actors
        role: Role = "participant" if cm.cue.roles == "symmetric" else "actor"
        moved = [replace(a, start=m.start(), end=m.end(), surface=m.group(0), role=role) for a in extra]
        return actors + moved

    def _leaders_of_states(
        self, sent: Sentence, idx: int, pos: int, want: int, on: dt.date | None
    ) -> list[ActorMention]:
        """"The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan gathered in Xi'an. The five
        leaders signed ...": the heads of state on the date of exactly ``want`` states named in the nearest sentence
        (this one before the group, else up to two before it in the paragraph) that names any; a state stands in
        when its head is unknown. Empty when the count differs."""
        holders = getattr(self.finder, "group_holders", None)
        if holders is None:
            return []
        for j in range(idx, max(-1, idx - 3), -1):
            prev = self.sentences[j]
            if prev.paragraph != sent.paragraph and j != idx - 1:
                break
            states: dict[str, ActorMention] = {}
            for a in filter_mentions(self.text, self.actors_in(prev.start, pos if j == idx else prev.end, on)):
                if a.kind == "state":
                    states.setdefault(a.name, a)
            if not states:
                continue
            if len(states) != want:
                return []
            found = list(holders("heads of state", list(states), on))
            return found if len({a.name for a in found}) == want else []
        return []

    def _without_commentators(
        self, cm: CueMatch, sent: Sentence, found: list[ActorMention]
    ) -> list[ActorMention]:
        """The speaker of a reported act with a subject of its own is no party of it: "Wang Yi said that in April,
        Xi and Aliyev announced ..." (a named actor between the verb of saying and the cue, no clause break), and
        "Minister X noted that relations had grown since the heads of state signed the statement" (a cue in a
        temporal clause since/after/when of the comment, with a subject of its own and no comma before the
        cue). "X said he signed" keeps X (no other subject)."""
        reports = list(_REPORTING.finditer(self.text, sent.start, cm.mstart))
        if reports and not _CLAUSE_END.search(self.text, reports[-1].end(), cm.mstart):
            # "Wang Yi said that in April last year, Xi and Aliyev announced ...": the named subject acts
            r = reports[-1]
            if any(r.end() <= a.start < cm.mstart and a.kind != "place" and a.role != "location" for a in found):
                found = [a for a in found if a.start >= r.end() or a.kind == "place"]
        m = _REPORTED_SINCE.search(self.text, sent.start, cm.mstart)
        if m is None or cm.mstart - m.end("sub") > 80:
            return found
        after = [a for a in found if a.start >= m.end("sub")]
        own = after or _GROUP.match(self.text, m.end()) or re.match(
            r"(?:the|both|its|their)\s", self.text[m.end() : cm.mstart], re.I)
        return [a for a in found if a.start >= m.end("sub") or a.role == "location"] if own else found

    def _occasion_parties(self, sent: Sentence, on: dt.date | None) -> list[ActorMention]:
        """"The joint statement that followed, ..." after a sentence telling a visit or talks: the people and states
        of that sentence (a place gives its state) are the document's parties."""
        idx = self._index.get(sent.start)
        if not idx:
            return []
        prev = self.sentences[idx - 1]
        out: dict[str, ActorMention] = {}
        for a in filter_mentions(self.text, self.actors_in(prev.start, prev.end, on)):
            if a.kind == "place" and a.country:
                a = self.states.get(a.country) or self._state_entry(a.country) or a
            if a.kind in {"person", "state"}:
                out.setdefault(a.name, replace(a, start=sent.start, end=sent.start, surface="", role="participant"))
        return list(out.values()) if len(out) <= 4 else []

    def _aid_sender(self, cm: CueMatch, sent: Sentence, actors: list[ActorMention]) -> list[ActorMention]:
        """Aid told by the arrival or sending of its people ("A team of Chinese doctors arrived in Tashkent",
        "Chinese medical teams were sent to Dushanbe"): the demonym of the medics is the sending state (the
        actor), the states of the other parties and places are the recipients. Nationals are no state elsewhere
        ("Chinese engineers"); sent as aid, they act for it."""
        if any(a.role == "actor" and a.kind in {"state", "person", "organisation"}
               and not (a.start >= cm.mstart and a.kind == "state" and _AID_HELPED.search(
                   self.text, max(sent.start, a.start - 12), a.start)) for a in actors):
            return actors
        sender = self._demonym_state(max(sent.start, cm.mstart - 40), cm.mend)
        if sender is None:
            return actors
        out = [replace(sender, role="actor")]
        for a in actors:
            if a.country == sender.country:
                continue
            if a.kind == "place" and a.country:
                state = self.states.get(a.country) or self._state_entry(a.country)
                out.append(replace(a, role="location"))
                if state is not None and not any(x.name == state.name for x in [*out, *actors]):
                    out.append(replace(state, start=a.start, end=a.end, surface=a.surface, role="recipient"))
            else:
                out.append(replace(a, role="recipient" if a.kind == "state" else a.role))
        return _dedupe(out)

    def _demonym_state(self, lo: int, hi: int) -> ActorMention | None:
        """The state of the one demonym ("Chinese", "Turkish") among the capitalised words of ``text[lo:hi]``."""
        resolve = getattr(self.finder, "resolve", None)
        senses_of = getattr(self.finder, "senses_of", None)
        if resolve is None or senses_of is None:
            return None
        found: list[ActorMention] = []
        for m in _CAPITALISED.finditer(self.text, lo, hi):
            word = m.group(0)
            for e in resolve(word):
                if e.kind != "state" or not any(x.kind == "demonym" and x.alias.casefold() == word.casefold()
                                                for x in senses_of(e.name)):
                    continue
                if not any(f.name == e.name for f in found):
                    found.append(ActorMention(e.name, "state", m.start(), m.end(), word, country=e.country,
                                              wikidata=e.wikidata))
        return found[0] if len(found) == 1 else None

    def _place_states(self, cm: CueMatch, actors: list[ActorMention]) -> list[ActorMention]:
        """The states of the places of an event told without any party ("the summit was held in Tehran",
        "construction started in Jabrayil"): the host state takes part (at most two states). Only places
        next to the cue are the event's own (a place further on may belong to the next clause's event)."""
        out: list[ActorMention] = []
        for a in actors:
            if a.kind != "place" or not a.country or any(x.country == a.country for x in out):
                continue
            if not (0 <= a.start - cm.mend <= 60 or 0 <= cm.mstart - a.end <= 40):
                continue
            state = self.states.get(a.country) or self._state_entry(a.country)
            if state is not None:
                out.append(replace(state, start=a.start, end=a.end, surface=a.surface, role="participant"))
        return out if len(out) <= 2 else []

    def _visit_outcome_parties(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """A document the visit told before in the sentence produced ("X travelled to Beijing, where he was received
        by Y; the visit produced a joint communique"): its parties are the visitor and the host state (conventions
        A1/A2: the host's person only when named as signing), not the names of the relative clause between."""
        if cm.cue.type != "AGREE" or not _VISIT_OUTCOME.search(self.text, max(sent.start, cm.mstart - 50), cm.mend):
            return actors
        told = [a for pos, a in self._visitors if sent.start <= pos < cm.mstart]
        if not told:
            return actors
        visitor = told[-1]
        host = None
        for a in self.actors_in(sent.start, cm.mstart, on):
            if a.kind in {"place", "state"} and a.country and a.country != visitor.country:
                host = self.states.get(a.country) or self._state_entry(a.country) if a.kind == "place" else a
                break
        out = [replace(visitor, start=cm.mstart, end=cm.mstart, surface="", role="participant")]
        if host is not None:
            out.append(replace(host, start=cm.mstart, end=cm.mstart, surface="", role="participant"))
        return out + [a for a in actors if a.role == "location"]

    def _venue_state(self, cm: CueMatch, actors: list[ActorMention]) -> list[ActorMention]:
        """The host state of a foreign venue (conventions A1: the host state is always an actor): a visit, summit
        or forum held in a place of a state that none of the parties belongs to ("Mirziyoyev attended Beijing's
        Belt and Road Forum" → China; "Aliyev's talks in Astana" → Kazakhstan). Only the first place next to the
        cue, only when the parties named all belong to one other state."""
        if cm.cue.type not in _VENUE_TYPES or not (cm.cue.mode == "visit" or ".multilateral" in cm.cue.id):
            return []  # (a meeting told by a commentator, "the previous meeting, held in X", names no host)
        parties = [a for a in actors if a.role != "location" and a.kind != "place"]
        codes = {a.country for a in parties if a.country}
        if len(codes) != 1:  # (two sides meeting at a third state's summit: a bilateral act, not the host's)
            return []
        for a in actors:
            if a.kind != "place" or a.role != "location" or not a.country:
                continue
            if not (0 <= a.start - cm.mend <= 60 or 0 <= cm.mstart - a.end <= 60 or self._gathering_venue(cm, a)):
                continue
            if a.country in codes:
                return []
            state = self.states.get(a.country) or self._state_entry(a.country)
            if state is None:
                return []
            role: Role = "recipient" if cm.cue.mode == "visit" else "participant"
            return [replace(state, start=a.start, end=a.end, surface=a.surface, role=role)]
        return []

    def _gathering_venue(self, cm: CueMatch, a: ActorMention) -> bool:
        """Session 17: ``a`` is the place of the gathering the cue's long object names ("takes part in the fourth
        summit of the Conference on Interaction and Confidence-Building Measures in Asia (CICA) in Shanghai"): "in"
        before it, no clause break between, and a gathering noun in the stretch."""
        if cm.cue.mode == "visit":  # "a state visit ... after the summit of the SCO in Astana": the summit's place
            return False
        gap = self.text[cm.mend : a.start]
        return (
            0 <= len(gap) <= 160 and not re.search(r"[,;:.]\s", gap) and gap.rstrip().endswith(" in")
            and _GATHERING_NOUN.search(gap) is not None
        )

    def _route_states(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """The states of a transport link's ends (conventions A1: the states a service connects take part):
        "flights between Baku and Beijing", "Urumqi-Baku flights", "a container train from Xi'an to Alat",
        "the weekly service from Chengdu". Only a link told next to the cue, only places of the dictionary."""
        if cm.cue.type != "COOPERATE":
            return []
        noun = _ROUTE_NOUN.search(self.text, cm.mstart, min(sent.end, cm.mend + 30))
        if noun is None:  # the link is the cue's own object ("launched flights", "the service started")
            noun = next((m for m in _ROUTE_NOUN.finditer(self.text, max(sent.start, cm.mstart - 40), cm.mstart)), None)
        if noun is None:
            return []
        lo, hi = max(sent.start, noun.start() - 40), min(sent.end, noun.end() + 40)
        named = {a.country for a in actors if a.kind == "state" and a.country}
        out: list[ActorMention] = []
        places = sorted((a for a in self.actors_in(lo, hi, on) if a.kind in {"place", "state"} and a.country),
                        key=lambda a: a.start)
        for a in _route_ends(self.text, places, lo):
            if a.country in named:
                continue
            state = a if a.kind == "state" else self.states.get(a.country) or self._state_entry(a.country)
            if state is not None:
                named.add(a.country)
                out.append(replace(state, start=a.start, end=a.end, surface=a.surface, role="participant"))
        return out

    def _demonym_parties(self, cm: CueMatch, sent: Sentence, actors: list[ActorMention]) -> list[ActorMention]:
        """The state of an unnamed party told by its nationality next to the cue ("a contract with a Chinese energy
        company", "built by Turkish contractors", "received a Chinese delegation"): the state takes part, as a
        named company would bring its state. Only when no actor of that state is named."""
        lo, hi = max(sent.start, cm.mstart - 60), min(sent.end, cm.mend + 60)
        have = {a.country for a in actors if a.country and a.role != "location"}
        out: list[ActorMention] = []
        for m in _NATIONAL_PARTY.finditer(self.text, lo, hi):
            state = self._demonym_state(m.start(1), m.end(1))
            if state is None or state.country in have:
                continue
            have.add(state.country)
            out.append(replace(state, role="participant"))
        return out

    def _gathering_organisation(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """The organisation whose gathering a multilateral event is ("attended the SCO summit in Tianjin", "the CICA
        summit was held"): it takes part, as the gathering's convener. Not for meetings held on a gathering's
        sidelines (another mode), only an organisation named right before the cue's own gathering noun."""
        if cm.cue.type != "CONSULT" or not (cm.cue.mode == "multilateral" or ".multilateral" in cm.cue.id):
            return []
        have = {a.name for a in actors}
        for a in self.actors_in(max(sent.start, cm.mstart - 40), min(sent.end, cm.mend + 30), on):
            if a.kind != "organisation" or a.name in have or not _GATHERING_AFTER.match(self.text, a.end):
                continue
            if _SIDELINES.search(self.text, max(sent.start, a.start - 40), a.start):
                continue
            return [replace(a, role="participant")]
        return []

    def _commission_parties(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """The two states of a standing bilateral body's meeting ("the next session of the intergovernmental
        commission will be held in Beijing"; "the Georgian-Chinese Intergovernmental Commission met in Tbilisi"):
        the states its name tells, else the article's pair when the sentence names no party. Only for a
        multilateral-mode meeting whose own body is such a commission or committee."""
        if cm.cue.type != "CONSULT" or not (cm.cue.mode == "multilateral" or ".multilateral" in cm.cue.id
                                              or cm.cue.id.startswith("consult.body_session")):
            return []
        lo, hi = max(sent.start, cm.mstart - 80), min(sent.end, cm.mend + 50)
        have = {a.country for a in actors if a.kind == "state" and a.role != "location" and a.country}
        out: list[ActorMention] = []
        for m in _PAIR_BODY.finditer(self.text, lo, hi):  # "the Mongolia-China Intergovernmental Commission"
            for state in self._states_named_in(m.start(), m.start("pair_end")):
                if state.country not in have:
                    have.add(state.country or "")
                    out.append(replace(state, role="participant"))
        if out or self.pair is None or not _BILATERAL_BODY.search(self.text, lo, hi):
            return out
        placed = {a.start for a in actors if a.kind == "place"}  # (a place's state, :meth:`_place_states`)
        if any(a.role != "location" and a.kind != "place" and a.start not in placed for a in actors):
            return []  # the sentence names the body's parties itself
        return [replace(p, start=cm.mstart, end=cm.mstart, surface="", role="participant")
                for p in self.pair if p.country not in have]

    def _states_named_in(self, lo: int, hi: int) -> list[ActorMention]:
        """The states whose name or demonym is a capitalised word of ``text[lo:hi]`` ("Georgian-Chinese" → Georgia,
        China)."""
        resolve = getattr(self.finder, "resolve", None)
        if resolve is None:
            return []
        found: list[ActorMention] = []
        for m in re.finditer(r"[A-Z][\w'’]+", self.text[lo:hi]):
            for e in resolve(m.group(0)):
                if e.kind == "state" and not any(f.name == e.name for f in found):
                    found.append(ActorMention(e.name, "state", lo + m.start(), lo + m.end(), m.group(0),
                                              country=e.country, wikidata=e.wikidata))
        return found

    def _site_state(self, cm: CueMatch, actors: list[ActorMention]) -> list[ActorMention]:
        """The state of the site of an on-site act ("PowerChina broke ground on the plant in Jabrayil district" →
        Azerbaijan; "the Chinese centre in Astana opened" → Kazakhstan): conventions A1, the host state of an act
        done in one of its places takes part. Only a place told with a locative next to the cue; a signing or a
        meeting (no site cue) adds no venue state."""
        if cm.cue.type != "COOPERATE" or not _SITE_CUES.match(cm.cue.id):
            return []
        have = {a.country for a in actors if a.kind == "state" and a.role != "location" and a.country}
        for a in actors:
            if a.kind != "place" or a.role != "location" or not a.country or a.country in have:
                continue
            if not (0 <= a.start - cm.mend <= 60 or 0 <= cm.mstart - a.end <= 40 or cm.mstart <= a.start < cm.mend):
                continue
            if not _AT_SITE.search(self.text, max(0, a.start - 30), a.start):
                continue
            state = self.states.get(a.country) or self._state_entry(a.country)
            if state is not None:
                return [replace(state, start=a.start, end=a.end, surface=a.surface, role="participant")]
        return []

    def _sanctioned_site_state(self, cm: CueMatch, actors: list[ActorMention]) -> list[ActorMention]:
        """Session 17: the state of a sanctioned target told by its place ("the US Treasury sanctioned an independent
        refinery in Shandong" → China): the recipient of the sanction, when the act names no recipient. Only a place
        after "in" in the cue's object, of a state none of the actors belongs to."""
        if cm.cue.type != "SANCTION" or any(a.role == "recipient" and a.kind != "place" for a in actors):
            return []
        have = {a.country for a in actors if a.role != "location" and a.kind != "place" and a.country}
        for a in actors:
            if a.kind != "place" or a.role != "location" or not a.country or a.country in have:
                continue
            gap = self.text[cm.mend : a.start]
            if not (0 <= len(gap) <= 60) or re.search(r"[,;:]", gap) or not re.search(r"\bin\s+$", gap):
                continue
            state = self.states.get(a.country) or self._state_entry(a.country)
            if state is not None:
                return [replace(state, start=a.start, end=a.end, surface=a.surface, role="recipient")]
        return []

    def _recognised_state(self, cm: CueMatch, actors: list[ActorMention], on: dt.date | None) -> list[ActorMention]:
        """The state a recognition is given to ("China recognised Azerbaijan's independence", "recognised the
        independence of Georgia"): the first other state inside the cue's match is its recipient."""
        have = {a.name for a in actors}
        of = _OF_THE.match(self.text, cm.mend)  # "... the independence of (the Republic of) X"
        end = min(len(self.text), of.end() + 45) if of else cm.mend
        for a in self.actors_in(cm.mstart, end, on):
            if of and a.start > of.end() and not self.text.startswith(_STATE_STYLES, of.end()):
                continue  # only the state right after "of", not one further on
            if a.kind == "state" and a.name not in have:
                return [replace(a, role="recipient")]
        return []

    def _dateline_place(self, a: ActorMention) -> bool:
        """``a`` is the city of a wire dateline at the start of a line (:func:`at_dateline`)."""
        return at_dateline(self.text, a)

    def _context_state(self, cm: CueMatch, a: ActorMention) -> bool:
        """``a`` names the setting of a temporal/causal phrase, not a party (:func:`in_context_phrase`)."""
        return in_context_phrase(self.text, a, cm.mstart)

    def _anniversary_parties(
        self, cm: CueMatch, sent: Sentence, found: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """The event under "the Nth anniversary of X" has the parties named in X: those named before the
        anniversary (the senders of messages, the hosts of a reception) are not its parties. When X names
        none, the states the people before it act for stand in ("Presidents A and B exchanged messages on the
        30th anniversary of diplomatic relations": the relations of A's and B's states)."""
        m = _ANNIVERSARY.search(self.text, max(sent.start, cm.mstart - 80), cm.mstart)
        if m is None:
            return found
        inside = [a for a in found if a.start >= m.start()]
        if any(a.role != "location" and a.kind != "place" for a in inside):
            return inside
        office_state = getattr(self.finder, "office_state", None)
        out = list(inside)
        for a in found:
            if a.start >= m.start():
                continue
            if a.kind == "state" or a.kind == "place":
                out.append(a)
            elif a.kind == "person" and office_state is not None:
                # the office the sender holds when sending (the text's time), not at the original event
                name = office_state(a.name, self.article.published, nationality=True)
                entry_of = getattr(self.finder, "entries", {})
                code = entry_of[name].country if name and name in entry_of else None
                entry = (self.states.get(code) or self._state_entry(code)) if code else None
                if entry is not None:
                    out.append(replace(entry, start=a.start, end=a.end, surface=a.surface))
        return _dedupe_names(out)

    def _implicit_pair(self, noun: str, m: re.Match[str], sent: Sentence, on: dt.date | None) -> bool:
        """"The heads of state signed", "the foreign ministers of the two countries met" (an office noun after
        "the", no number): in a bilateral story, with no third state and no summit or forum in the sentence,
        the holders of that office in the article's pair (used when nobody was told before). "The leaders" and
        "the ministers" name no single office."""
        if (
            self.pair is None or noun in {"leaders", "ministers"} or m.group("n") is not None
            or not m.group(0).lower().startswith("the") or any(
                not _SIDELINES.search(self.text, max(sent.start, g.start() - 60), g.start())
                for g in _MULTILATERAL.finditer(self.text, sent.start, sent.end))
        ):  # (a meeting "on the sidelines of the SCO summit" stays bilateral)
            return False
        pair = {p.name for p in self.pair}
        return not any(a.kind == "state" and a.name not in pair for a in self.actors_in(sent.start, sent.end, on))

    def _report_end(self, cm: CueMatch, sent: Sentence) -> int:
        """End of a coordinated reporting verb before the cue ("... and said that"), else the sentence start."""
        report = ([None, *_AND_SAID_THAT.finditer(self.text, sent.start, cm.mstart)])[-1]
        if report is None or _REPORTED_BACK.match(self.text, report.end()):
            return sent.start  # "X met Y and said that they had agreed ...": the reported act is theirs
        return report.end()

    def _joined_body(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """Session 17: the organisation a state joins, applies to or gets a status of ("Iran became a full member of
        BRICS", "Georgia joined the Asian Infrastructure Investment Bank"): the recipient of the membership act,
        though it is the cue's named object (a subject-role cue keeps no later name otherwise). The first
        organisation named after the cue in its clause; a gathering of it ("the SCO summit") is none."""
        if not _MEMBERSHIP_CUE.search(cm.cue.id):
            return []
        text = self.text
        end_m = _CLAUSE_END.search(text, cm.mend, sent.end)
        hi = min([end_m.start() if end_m else sent.end, cm.mend + 80,
                  *(c.mstart for c in self._cur_cues if c.mstart >= cm.mend)])  # not the next act's body
        have = {a.name for a in actors}
        for a in self.actors_in(min(cm.start, cm.mstart), hi, on):
            if a.kind == "organisation" and not _GATHERING_AFTER.match(text, a.end):
                return [] if a.name in have else [replace(a, role="recipient")]
        return []

    def _row_visitor(
        self, sent: Sentence, part: int, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """The subject of a verbless "Talks with Y." / "; meeting with Y" in a chronology row: the person told before
        it in the row ("President X takes part in the forum; meeting with Y"), else the visitor of a visit told just
        before in the same paragraph ("Official visit of President X to China. Talks with President Y.")."""
        people = {a.name for a in actors if a.kind == "person"}
        if len(people) != 1:
            return []
        before = [a for a in self.actors_in(sent.start, part, on) if a.kind == "person" and a.name not in people]
        if part > sent.start and before:
            return [replace(before[0], role="participant")]
        told = [a for pos, a in self._visitors if pos < sent.start and sent.start - pos < 400
                and self._paragraph_of(pos) == sent.paragraph and a.name not in people]
        if not told:
            return []
        return [replace(told[-1], start=sent.start, end=sent.start, surface="", role="participant")]

    def _paragraph_of(self, pos: int) -> int | None:
        """The paragraph number of the sentence holding ``pos``."""
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s.paragraph
        return None

    def _unnamed_visitor(self, cm: CueMatch, actors: list[ActorMention], on: dt.date | None) -> list[ActorMention]:
        """A visit noun without a named visitor ("The December 2015 state visit, during which ...", "a state
        visit to China"): the visiting person told last in the article (not of the host state), else, when the
        host is one state of the article's pair, the other state's head of state on the date."""
        if not cm.cue.id.endswith(".noun") or not _VISIT_NOUN.search(self.text, cm.mstart, cm.mend):
            return []  # "I visited Xi'an with President X": a verb's subject is told, not left to the context
        sent_start = max(0, *(self.text.rfind(c, 0, cm.mstart) + 1 for c in ".!?\n"))
        if self._kin_subject(sent_start, cm.mstart) is not None:
            return []  # "His wife made a separate visit to Riga": not the visitor told before
        hosts = {a.country for a in actors if a.role == "recipient" and a.country}
        contrasted = self._contrasted.get(cm.start, set())
        told = [a for pos, a in self._visitors
                if pos < cm.start and a.country not in hosts and a.name not in contrasted]
        if told:
            a = replace(told[-1], start=cm.mstart, end=cm.mstart, surface="", role="actor")
            head = self._head_of_state(a.country, on) if _STATE_VISIT.search(self.text, cm.mstart, cm.mend) else None
            if head is not None:  # a state visit is its head of state's ("Heydar Aliyev ... A further state visit ...")
                a = replace(head, start=cm.mstart, end=cm.mstart, surface="", role="actor")
            other = [p for p in self.pair or () if p.country != a.country]
            if hosts or len(other) != 1 or len(self.pair or ()) != 2:
                return [a]
            return [a, replace(other[0], start=cm.mstart, end=cm.mstart, surface="", role="recipient")]
        holders = getattr(self.finder, "group_holders", None)
        pair = [p for p in self.pair or () if p.country not in hosts]
        if holders is None or not hosts or len(pair) != 1 or len(self.pair or ()) != 2:
            return []
        return [replace(a, start=cm.mstart, end=cm.mstart, surface="", role="actor")
                for a in holders("heads of state", [pair[0].name], on)]

    def _signing_host(self, cm: CueMatch, actors: list[ActorMention]) -> list[ActorMention]:
        """The other side of a bilateral article's document signed by one side in the other's place ("Berdimuhamedov
        in Beijing; Treaty of Friendship signed", "the agreement that Jabbarov signed in Beijing in 2016" in a
        Turkmenistan–/Azerbaijan–China story): the host state is the counterpart. Only when every party named
        belongs to one state of the pair and the place belongs to the other (a venue of a third state adds none)."""
        if cm.cue.type != "AGREE" or self.pair is None or len(self.pair) != 2:
            return []
        parties = [a for a in actors if a.role != "location" and a.kind != "place"]
        codes = {a.country for a in parties}
        if not parties or len(codes) != 1 or None in codes:
            return []
        other = [p for p in self.pair if p.country not in codes]
        if len(other) != 1:
            return []
        places = [a for a in actors if a.kind == "place" and a.country]
        if not places or any(a.country != other[0].country for a in places):
            return []
        at = places[0]
        return [replace(other[0], start=at.start, end=at.end, surface=at.surface, role="participant")]

    def _pair_host(self, actors: list[ActorMention]) -> list[ActorMention]:
        """The host of a visit told without one, in a bilateral article ("Ilham Aliyev's state visit in March 2005
        produced a joint declaration", "Xi was in Tashkent on a state visit" in an Azerbaijan–China / Uzbekistan–
        China story): when the visiting people all belong to one state of the article's pair, the other state
        (conventions A1: the host state is always an actor). Not when a place of a third state is the visit's."""
        if self.pair is None or len(self.pair) != 2 or any(a.role == "recipient" for a in actors):
            return []
        visitors = [a for a in actors if a.role == "actor" and a.kind == "person"]
        codes = {a.country for a in visitors}
        if not visitors or len(codes) != 1 or None in codes:
            return []
        other = [p for p in self.pair if p.country not in codes]
        if len(other) != 1:
            return []
        host = other[0]
        if any(a.kind == "place" and a.country and a.country != host.country for a in actors):
            return []  # "his visit to Paris": a third state's (or his own state's) place
        if any(a.kind == "state" and a.role not in {None, "actor", "country"} and a.country != host.country
               for a in actors):
            return []  # another state told in the visit's clause
        at = visitors[0].start
        return [replace(host, start=at, end=at, surface="", role="recipient")]

    def _head_of_state(self, country: str | None, on: dt.date | None) -> ActorMention | None:
        """The person heading the state of ``country`` on ``on`` (None when unknown or not a single person)."""
        holders = getattr(self.finder, "group_holders", None)
        state = self.states.get(country or "")
        if holders is None or state is None or on is None:
            return None
        found = [a for a in holders("heads of state", [state.name], on) if a.kind == "person"]
        return found[0] if len(found) == 1 else None

    def _pronoun_partner(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """"He and Wang Yi last met ...", "She and her counterpart signed ...": the pronoun is the person the
        previous sentence (same paragraph or the one before) is about, its first-named person."""
        m = _PRONOUN_AND.match(self.text, sent.start, cm.mstart)
        idx = self._index.get(sent.start)
        if m is None or not idx:
            return []
        prev = self.sentences[idx - 1]
        if sent.paragraph - prev.paragraph > 1:
            return []
        people = [a for a in filter_mentions(self.text, self.actors_in(prev.start, prev.end, on)) if a.kind == "person"]
        if not people or people[0].name in {a.name for a in actors}:
            return []
        role: Role = "participant" if cm.cue.roles == "symmetric" else "actor"
        return [replace(people[0], start=sent.start + m.start(1), end=sent.start + m.end(1), surface=m.group(1),
                        role=role)]

    def _pronoun_person(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """A third-person pronoun in the cue's own slot is the person it takes up: the subject "he"/"she" right
        before the verb ("On Sunday he sat down with Xi": not Xi, the object), the possessive of an event noun
        ("his talks with Xi", "his own first state visit": not the possessor named before "own"; "his son's
        visit": the person of the antecedent's surname who is another dictionary entry) and the object "him"/"her"
        right after the verb ("Aliyev receives him": not the subject). The antecedent is the first-named person
        of the sentence (when it is no object and not contrasted by "own"), else of the nearest earlier sentence
        of the paragraph naming one (the sentence just before across one paragraph break); never a person already
        a party of the clause. Unresolved pronouns stay unresolved. A subject pronoun opens its own clause:
        parties named before it belong to an earlier clause."""
        text = self.text
        lo = max(sent.start, cm.mstart - 80)
        role: Role = "participant" if cm.cue.roles == "symmetric" else "actor"
        they = _THEY_MID.search(text, max(sent.start, cm.mstart - 120), cm.mstart)
        if they is not None:
            return self._they_clause(cm, sent, actors, on, they.start("p"), role)
        head = _HEAD_SUBJECT.search(text, lo, cm.mstart)
        if head is not None:
            return self._bare_head_of_state(cm, sent, actors, on, head.start("p"), head.end("p"), role)
        subj = _HE_SUBJECT.search(text, lo, cm.mstart)
        poss = None if subj else _HIS_NOUN.search(text, lo, cm.mstart)
        if poss is not None and not poss.group("rel"):
            kin = self._kin_subject(sent.start, cm.mstart)
            if kin is not None:  # "His son made his first state visit": the son's own visit, not the father's
                return actors if kin not in _PARENT_CHILD else self._kin_person(cm, sent, actors, on, poss, kin)
        obj = None if subj or poss else _HIM_OBJECT.match(text, cm.mend, sent.end)
        m = subj or poss or obj
        if m is None:
            return actors
        p_start, p_end = m.span("p")
        if subj or poss:
            # a person of the clause before the pronoun is already the subject ("Aliyev said he met Xi")
            clause_lo = max(sent.start, text.rfind(",", sent.start, p_start) + 1,
                            text.rfind(";", sent.start, p_start) + 1)
            if not (poss and poss.group("own")) and any(
                a.kind == "person" and clause_lo <= a.start < p_start and a.role != "location" for a in actors
            ):
                return actors
        own = bool(poss and poss.group("own"))
        exclude = {a.name for a in actors if a.kind == "person" and a.role != "location"
                   and (a.start > p_end or not own)}
        if own:  # "Xi's first state visit ... and his own first state visit": not Xi
            exclude |= {a.name for a in self.actors_in(sent.start, p_start, on) if a.kind == "person"
                        and re.match(r"['’]s\b", text[a.end : a.end + 3])}
            self._contrasted[cm.start] = set(exclude)
        rel = poss.group("rel") if poss else None
        person = self._antecedent(sent, p_start, set() if rel else exclude, on, in_sentence=obj is None, own=own)
        if person is None:  # "Y's visit to A and his own visit to B": Y and A are not parties, even unresolved
            return [a for a in actors if a.start >= p_start] if own else actors
        kept = actors
        if rel is not None:  # "X's visit ..., and his son's visit": X is the antecedent, not a party
            kept = [a for a in actors if not (a.name == person.name and a.start < p_start)]
            person = self._relative(person, rel, on)
            if person is None:
                return actors
        if subj:  # parties named before a subject pronoun are an earlier clause's ("..., and on Monday he spoke")
            kept = [a for a in kept if a.start >= p_start or a.kind == "place" or a.role == "location"]
        if own:  # "X's visit to A and his own visit to B": what is named before belongs to X's event
            kept = [a for a in kept if a.start >= p_start]
        if person.name in {a.name for a in kept if a.kind == "person"}:
            return kept
        if cm.cue.mode == "visit" and role == "actor" and obj is not None:
            role = "recipient"  # "X received him": the pronoun is the visitor only for a visit's subject
        return [*kept, replace(person, start=p_start, end=p_end, surface=text[p_start:p_end], role=role)]

    def _occasion_people(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """Convention A2: "During Prime Minister X's visit, A and B signed ...", "when Premier X came to Delhi, the
        two governments signed ...", "X paid a state visit to B, during which the two sides announced ...": the
        visitor named only in the occasion is no signatory when the clause names its parties (states, or "the two
        governments/sides/countries"); the parties stay."""
        if cm.cue.type != "AGREE":
            return actors
        text, lo = self.text, sent.start
        occ = None
        for rx in (_OCCASION_FRONT, _OCCASION_WHICH):
            for m in rx.finditer(text[lo:cm.mstart]):  # a "during which" clause's occasion is the clause before it
                occ = (lo + (m.start("occ") if rx is _OCCASION_FRONT else 0), lo + m.end())
        if occ is None:
            return actors
        subject = text[occ[1] : cm.mstart]
        named_parties = [a for a in self.actors_in(occ[1], cm.mstart, on) if a.kind in ("state", "organisation")]
        if not (named_parties or _PARTY_GROUP.search(subject)):
            return actors
        if any(a.kind == "person" for a in self.actors_in(occ[1], cm.mstart, on)):
            return actors  # a person in the clause's own subject: its signatory
        dropped = [a for a in actors if a.kind == "person" and occ[0] <= a.start < occ[1]]
        kept = [a for a in actors if not (a.kind == "person" and a.name in {d.name for d in dropped})]
        if not dropped or not any(a.role != "location" for a in kept):
            return actors  # (the parties left unresolved: the visitor stays rather than an event without parties)
        states = {a.country for a in kept if a.kind == "state" and a.role != "location"}
        for person in dropped:  # the visitor's side stays a party ("the two sides": his state and the host)
            state = self._state_entry(person.country) if person.country and person.country not in states else None
            if state is not None:
                kept.append(replace(state, start=cm.mstart, end=cm.mstart, surface="", role="participant"))
                states.add(person.country)
        return kept

    def _kin_subject(self, start: int, pos: int) -> str | None:
        """The kin noun of a possessive subject of the clause before ``pos`` ("His son made his ..."), if any;
        ``start`` is the sentence start."""
        lo = max(start, self.text.rfind(";", start, pos) + 1)
        found = None
        for m in _KIN_SUBJECT.finditer(self.text[lo:pos]):
            found = m
        return found.group("rel").lower().rstrip("s") if found is not None else None

    def _kin_person(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None, poss: re.Match[str],
        rel: str,
    ) -> list[ActorMention]:
        """"His son made his first state visit": the son or daughter (father, mother) of the antecedent, when the
        dictionary has exactly one such person (:meth:`_relative`); else no person is added."""
        p_start, p_end = poss.span("p")
        person = self._antecedent(sent, p_start, set(), on, in_sentence=True, own=False)
        relative = self._relative(person, rel, on) if person is not None else None
        head = self._head_of_state(relative.country, on) if relative is not None else None
        if relative is None or head is None or head.name != relative.name or relative.name in {a.name for a in actors}:
            return actors  # only a relative heading the state then is sure enough ("his son's first state visit")
        role: Role = "participant" if cm.cue.roles == "symmetric" else "actor"
        kept = [a for a in actors if person is None or a.name != person.name]
        return [*kept, replace(relative, start=p_start, end=p_end, surface=self.text[p_start:p_end], role=role)]

    def _bare_head_of_state(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None, pos: int, end: int,
        role: Role,
    ) -> list[ActorMention]:
        """"The Chinese head of state arrived in Samarkand. On 15 September the head of state met Mirziyoyev":
        a bare "the head of state" as subject is the head on the date of the state named nearest before (a state,
        or a person who heads his state then) in this sentence or up to two before it in the paragraph, not the
        state of a party of the clause. Unresolved when none is found."""
        if any(a.kind == "person" and a.role != "location" and sent.start <= a.start < pos for a in actors):
            return actors
        busy = {a.country for a in actors if a.role != "location" and a.country and a.start >= pos}
        idx = self._index.get(sent.start)
        if idx is None:
            return actors
        for j in range(idx, max(-1, idx - 3), -1):
            prev = self.sentences[j]
            if prev.paragraph != sent.paragraph:
                break
            hi = pos if j == idx else prev.end
            for a in reversed(filter_mentions(self.text, self.actors_in(prev.start, hi, on))):
                if a.kind not in ("state", "person") or not a.country or a.country in busy:
                    continue
                head = self._head_of_state(a.country, on)
                if head is None or (a.kind == "person" and head.name != a.name):
                    continue
                if head.name in {x.name for x in actors}:
                    return actors
                return [*actors, replace(head, start=pos, end=end, surface=self.text[pos:end], role=role)]
        return actors

    def _they_clause(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None, pos: int, role: Role
    ) -> list[ActorMention]:
        """"The two presidents met at the summit of the SCO, and in January they spoke by telephone": "they" is
        the first clause's subject: a group noun opening the sentence (the pair's holders of that office), else
        the two to four people named before; the bodies and states of the first clause's complements are no
        parties. Unresolved: the actors stay as they are."""
        text = self.text
        group = _GROUP.match(text, sent.start + len(text[sent.start : pos]) - len(text[sent.start : pos].lstrip()))
        found: list[ActorMention] = []
        if group is not None and group.end() <= pos:
            noun = re.sub(r"\s+", " ", group.group("noun").lower())
            paired = (group.group("n") or "").lower() in ("two", "2") or group.group(0).lower().startswith("both")
            if noun in _GROUP_PEOPLE and paired:
                found = [a for a in self._pair_holders(noun, on) if a.kind == "person"]
                found = found if len(found) == 2 else []
            elif noun in {"countries", "sides", "states", "nations", "governments"} and paired and self.pair:
                found = list(self.pair)
        if not found:
            names: dict[str, ActorMention] = {}
            for a in filter_mentions(text, self.actors_in(sent.start, pos, on)):
                if a.kind == "person" and a.end <= pos:
                    names.setdefault(a.name, a)
            found = list(names.values()) if 2 <= len(names) <= 4 else []
        if not found:
            return actors
        kept = [a for a in actors if a.start >= pos or a.role == "location"]
        have = {a.name for a in kept}
        return kept + [replace(a, start=pos, end=pos + 4, surface=text[pos : pos + 4], role=role)
                       for a in found if a.name not in have]

    def _antecedent(
        self, sent: Sentence, pos: int, exclude: set[str], on: dt.date | None, *, in_sentence: bool,
        own: bool = False,
    ) -> ActorMention | None:
        """The person a pronoun at ``pos`` takes up (:meth:`_pronoun_person`), None when unclear."""
        text = self.text
        if in_sentence:
            here = [a for a in filter_mentions(text, self.actors_in(sent.start, pos, on)) if a.end <= pos]
            people = [a for a in here if a.kind == "person"]
            subjects = [a for a in people
                        if not _OBJECT_BEFORE.search(text, max(sent.start, a.start - 40), a.start)]
            if subjects and not own:
                # "X, on his first state visit": the sentence's subject, already a party (then nothing to add)
                return None if subjects[0].name in exclude else subjects[0]
            for a in subjects:  # "X recalled that Y's visit and his own visit": the first one not contrasted
                if a.name not in exclude:
                    return a
        idx = self._index.get(sent.start)
        if idx is None:
            return None
        for j in range(idx - 1, max(-1, idx - 4), -1):
            prev = self.sentences[j]
            cur = self.sentences[j + 1]
            if cur.paragraph - prev.paragraph > 1 or (prev.paragraph != sent.paragraph and j != idx - 1):
                return None
            if prev.paragraph != sent.paragraph and (
                not re.search(r"[.!?\"”]\s*$", text[prev.start : prev.end]) or text[prev.end : cur.start].strip()
            ):
                return None  # a heading before the paragraph (read or left out of the body): a new section
            people = [a for a in filter_mentions(text, self.actors_in(prev.start, prev.end, on)) if a.kind == "person"]
            if not people:
                continue
            for a in people:
                if a.name not in exclude:
                    return a
            return None
        return None

    def _relative(self, person: ActorMention, rel: str, on: dt.date | None) -> ActorMention | None:
        """"His son's visit": the one other person of the dictionary with the antecedent's surname (of the same
        state), preferring one in office on ``on``; None when there is no single one."""
        entries = getattr(self.finder, "entries", None)
        if not entries or not person.name or " " not in person.name:
            return None
        surname = person.name.split()[-1]
        same = [e for e in entries.values() if e.kind == "person" and e.name != person.name
                and e.name.split()[-1] == surname and (e.country == person.country or not person.country)]
        if len(same) > 1 and on is not None:
            same = [e for e in same if e.active_on(on)]
        if len(same) > 1:  # "his son's first state visit": the one heading the state then
            head = self._head_of_state(person.country, on)
            same = [e for e in same if head is not None and e.name == head.name]
        if len(same) != 1:
            return None
        e = same[0]
        return replace(person, name=e.name, country=e.country, wikidata=e.wikidata)

    def _holds(self, person: ActorMention, noun: str, office: list[ActorMention], on: dt.date | None) -> bool:
        """Whether a person told before may be one of the office holders a group noun names: one of the pair's
        holders found, of a state whose holder is unknown (the state stands in), or, for a person of a third
        state, that state's holder of the office on the date."""
        if any(o.name == person.name for o in office):
            return True
        if not person.country or any(o.kind == "state" and o.country == person.country for o in office):
            return bool(person.country)
        if any(o.country == person.country for o in office):
            return False  # the pair's state has another holder of the office then
        state = self.states.get(person.country)
        holders = getattr(self.finder, "group_holders", None)
        if state is None or holders is None:
            return True
        return any(o.name == person.name or o.kind == "state" for o in holders(noun, [state.name], on))

    def _pair_holders(self, noun: str, on: dt.date | None) -> list[ActorMention]:
        """The holders on ``on`` of the office a plural noun names ("presidents", "foreign ministers") in the
        article's two main states (a state stands in when its holder is unknown); empty without a pair."""
        holders = getattr(self.finder, "group_holders", None)
        if holders is None or self.pair is None:
            return []
        return list(holders(noun, [p.name for p in self.pair], on))

    def _self_contained(self, cm: CueMatch, sent: Sentence) -> bool:
        """The cue tells a conflict, truce or gathering by itself ("the ceasefire took effect", "fighting
        broke out", "the summit opened", "the leaders met"): its parties may come from the context."""
        lo, hi = cm.obj or (cm.start, cm.end)
        if _SELF_CONTAINED.search(self.text[lo:hi]):
            return True
        return cm.cue.type == "CONSULT" and cm.cue.mode != "visit" and bool(
            _GATHERING_SUBJECT.search(self.text, max(sent.start, cm.mstart - 60), cm.mstart)
        )

    def _context_parties(self, cm: CueMatch, sent: Sentence, on: dt.date | None) -> list[ActorMention]:
        """Parties of a self-contained event told without any: the two to four parties of the nearest
        earlier sentence of the same paragraph (a chronology item is its own paragraph) naming at least
        two, else (a conflict or truce only: a gathering may be multilateral) the article's main pair."""
        conflict = cm.cue.type in {"ASSAULT", "RETREAT", "FIGHT"}
        kinds = ("state",) if conflict else ("person", "state")
        idx = self._index.get(sent.start)
        if idx is not None:
            for j in range(idx - 1, max(-1, idx - 4), -1):
                prev = self.sentences[j]
                if prev.paragraph != sent.paragraph:
                    break
                found = filter_mentions(self.text, self.actors_in(prev.start, prev.end, on))
                for kind in kinds:
                    names: dict[str, ActorMention] = {}
                    for a in found:
                        if a.kind == kind:
                            names.setdefault(a.name, a)
                    if 2 <= len(names) <= 4:
                        return [replace(a, start=sent.start, end=sent.start, surface="", role="participant")
                                for a in names.values()]
        return self._pair_as("participant") if conflict else []

    def _they_parties(self, cm: CueMatch, sent: Sentence, on: dt.date | None) -> list[ActorMention]:
        """A sentence opening with "They" ("They also witnessed the signing of ...", "They then toured ..."):
        the two to four people (else states) of the sentence just before, as participants."""
        subject = _THEY_SUBJECT.match(self.text, sent.start)
        idx = self._index.get(sent.start)
        if subject is None or subject.end() > cm.mstart or not idx:
            return []
        prev = self.sentences[idx - 1]
        found = filter_mentions(self.text, self.actors_in(prev.start, prev.end, on))
        for kind in ("person", "state"):
            names: dict[str, ActorMention] = {}
            for a in found:
                if a.kind == kind:
                    names.setdefault(a.name, a)
            if 2 <= len(names) <= 4:
                return [replace(a, start=sent.start, end=sent.start, surface="", role="participant")
                        for a in names.values()]
        return []

    def _pair_as(self, role: Role) -> list[ActorMention]:
        """The article's two main states (an attack or arrest in a bilateral story with no named party)."""
        if self.pair is None:
            return []
        return [replace(p, start=p.start, end=p.start, surface="", role=role) for p in self.pair]

    def _surname_subject(self, cm: CueMatch, sent: Sentence) -> list[ActorMention]:
        """A bare surname as subject ("Costa, who took office ...") is the article's person of that name."""
        m = _SURNAME_SUBJECT.search(self.text, max(sent.start, cm.mstart - 60), cm.mstart)
        person = self._people.get(m.group(1)) if m else None
        if person is None or m is None:
            return []
        return [replace(person, start=m.start(1), end=m.end(1), surface=m.group(1), role="actor")]

    def _named_subject(self, cm: CueMatch, sent: Sentence) -> bool:
        """A capitalised name right before the verb ("Khan nonetheless travelled to"): a person or body."""
        m = _NAMED_SUBJECT.search(self.text, max(sent.start, cm.mstart - 60), cm.mstart)
        # (session 14: "Zhongyuan Holding came to Uzbekistan in 2009": a company's name is no traveller)
        return bool(m) and m.group(1).lower() not in _TITLE_STOP | {"it", "they", "we", "there"} and not (
            _COMPANY_HEAD.fullmatch(m.group(1)))

    def _mission_parties(self, actors: list[ActorMention], on: dt.date | None) -> list[ActorMention]:
        """An embassy or consulate opened: the sending state (for the mission named as a body, "the Embassy of the
        Republic of Azerbaijan began its work") and the host state of its place ("... opened in Baku") are the
        parties."""
        out: list[ActorMention] = []
        role: Role = next((a.role for a in actors if a.role not in {"location", None}), "actor") or "actor"
        for a in actors:
            if a.kind == "organisation" and _MISSION_BODY.match(a.name):
                inner = [x for x in self.actors_in(a.start, a.end, on) if x.kind == "state"]
                state = inner[0] if inner else (
                    (self.states.get(a.country) or self._state_entry(a.country)) if a.country else None)
                if state is not None:
                    out.append(replace(state, start=a.start, end=a.end, surface=a.surface, role=a.role))
                    continue
            out.append(a)
        have = {a.country for a in out if a.kind == "state"}
        for a in actors:
            if a.kind == "place" and a.role == "location" and a.country and a.country not in have:
                host = self.states.get(a.country) or self._state_entry(a.country)
                if host is not None:
                    out.append(replace(host, start=a.start, end=a.end, surface=a.surface,
                                       role="recipient" if role == "actor" else role))
                    have.add(a.country)
                break
        return _dedupe(out)

    def _state_of_place(self, actors: list[ActorMention]) -> list[ActorMention]:
        """The state where an actor-less attack/protest/arrest happened ("a blast near Quetta" → Pakistan)."""
        for a in actors:
            if a.kind != "place" or not a.country:
                continue
            state = self.states.get(a.country) or self._state_entry(a.country)
            if state is not None:
                return [replace(state, start=a.start, end=a.end, surface=a.surface, role="participant")]
        return []

    def _row_claims(self, info: _SentInfo) -> list[Claim]:
        """A dated table row's phrase that no cue read ("Diplomatic relations established", "SCO summit in
        Astana", "Comprehensive strategic partnership"): one claim typed by its noun or participle, dated by
        the row, with the row's parties, else the article's pair (rule ``row.<kind>``)."""
        sent = info.sent
        row = next((d for s, e, d in self.rows if s <= sent.start < e), None)
        if row is None or self.finder is None:
            return []
        text = self.text
        body_start = sent.start + (row.end - sent.start if row.start == sent.start else 0)
        phrase = text[body_start : sent.end].strip(" \t|*_:–—-")
        hit = next((ev for ev in _ROW_EVENTS if ev[0].search(phrase)), None)
        if hit is None:
            return []
        _pattern, etype, mode, kind = hit
        found = [a for a in filter_mentions(text, self.actors_in(sent.start, sent.end, row.lower))
                 if a.kind != "other"]
        actors = [replace(a, role="location" if a.kind == "place" else "participant") for a in found]
        if not any(a.role != "location" for a in actors):
            actors = actors + self._pair_as("participant")
        if not any(a.role != "location" for a in actors):
            return []
        pub = self.article.published
        status: Status = "planned" if pub and row.lower and row.lower > pub else "occurred"
        title = phrase[:1].upper() + phrase[1:].rstrip(" .")
        return [Claim(
            title=title[:120], event_type=etype, mode=mode, date=row, quote=text[sent.start : sent.end],
            start=sent.start, end=sent.end, actors=_dedupe(actors), status=status, rule=f"row.{kind}",
            keywords=keywords_of(phrase),
        )]

    def _plan_claims(self, info: _SentInfo) -> list[Claim]:
        """A plan with a future year that no cue claimed: "We plan to open traffic in 2030", "the line is to be
        completed by 2030", "X intends to build a plant by 2035" (rule ``plan.<verb>``, status planned, typed by
        the verb). The parties are the sentence's actors outside a quotation (the speaker of "we"), else the
        first person's state (:meth:`_speaker_state`); a negated or conditional plan claims nothing."""
        sent, text, pub = info.sent, self.text, self.article.published
        if self.finder is None or pub is None or self._off_pair_question(sent):
            return []
        for m in _PLAN.finditer(text, sent.start, sent.end):
            before = text[max(sent.start, m.start() - 60) : m.start()]
            if _NEGATION.search(before[-30:]) or self._hypothetical(before):
                continue
            date = next((d for d in info.dates if d.start >= m.end() and d.lower and d.lower > pub
                         and d.precision in {"year", "month"} and d.start - m.end() < 80), None)
            if date is None:
                continue
            verb = m.group("verb").lower()
            etype = next(t for words, t in _PLAN_TYPES if verb.startswith(words))
            actors = self._plan_parties(sent, m.start())
            if not actors:
                continue
            if _PLAN_PROCEDURE.match(text, m.end()):
                continue  # "plans to launch a tender for the port": a procedure, not the project itself
            if _PLAN_IN_RELATIVE.search(text, max(sent.start, m.start() - 20), m.start()):
                continue  # "qualified for the World Cup, which will be held in 2026 in ...": a noun's description
            base = _PLAN_BASE.get(verb, verb)
            if m.group(0).lower().startswith(("is", "are", "will")):  # "the line is to be completed": its subject
                head = re.sub(r",\s*(?:which|that|who)\b[^,]*(?:,|$)", "", text[sent.start : m.start()].strip(' "“,'))
                obj = re.sub(r"^(?:the|a|an)\s+", "", head.split(",")[-1].strip(), flags=re.I)
                title = f"{obj[:1].upper()}{obj[1:]} to be {verb}"
            else:
                end = _CLAUSE_END.search(text, m.end(), sent.end)
                obj = text[m.end() : min(date.start, end.start() if end else sent.end)].strip(" ,")
                obj = re.sub(r"\s+(?:in|by|from|before|until|on)$", "", obj)
                names = " and ".join(dict.fromkeys(a.name for a in actors if a.role != "location"))
                title = f"{names} to {base} {obj}".strip()
            return [Claim(
                title=title[:120], event_type=etype, mode=None, date=date, quote=text[sent.start : sent.end],
                start=sent.start, end=sent.end, actors=actors, status="planned", rule=f"plan.{base}",
                context="economic" if etype == "COOPERATE" else None, keywords=keywords_of(verb, obj),
            )]
        return []

    def _plan_parties(self, sent: Sentence, pos: int) -> list[ActorMention]:
        """Who plans: the sentence's actors outside its quotations, else the first person's state."""
        quotes = [(q.start(), q.end()) for q in _QUOTED.finditer(self.text, sent.start, sent.end)]
        found = [a for a in filter_mentions(self.text, self.actors_in(sent.start, sent.end, None))
                 if a.kind not in {"other", "place"} and not any(s <= a.start < e for s, e in quotes)]
        if not found and _FIRST_PERSON.search(self.text, sent.start, sent.end) and not self._narration(sent):
            if self._speaker is False:
                self._speaker = self._speaker_state()
            found = [self._speaker] if self._speaker else []
        role: Role = "actor"
        return _dedupe([replace(a, role=role) for a in found])

    def _in_row(self, pos: int) -> bool:
        """True inside a dated table row: an actorless phrase there is the article's pair's event."""
        return any(s <= pos < e for s, e, _d in self.rows)

    def _add_pair(
        self,
        cm: CueMatch,
        sent: Sentence,
        actors: list[ActorMention],
        unnamed_document: bool = False,
        item: bool = True,
    ) -> list[ActorMention]:
        """The article's two main states for "the two countries"/"bilateral", for inherently bilateral
        cues without parties, for a party-less signing of an unnamed document ("the border treaty"), and for a
        party-less phrase of a dated table row or (``item``) chronology entry ("3 May 2019 - Meeting of the heads
        of state in Lima")."""
        pair_default = cm.cue.pair_default or unnamed_document or self._in_row(sent.start)
        pair_default = pair_default or (item and self._row_part(sent))
        if self.pair is None or not (cm.cue.roles == "symmetric" or pair_default):
            return actors
        states = {a.name for a in actors if a.kind == "state"}
        if {p.name for p in self.pair} <= states:
            return actors
        parties = [a for a in actors if a.role != "location"]
        anaphora = _PAIR_ANAPHORA.search(self.text, sent.start, sent.end)
        if anaphora or (pair_default and not parties):
            role: Role = "participant"
            extra = [replace(p, start=sent.start, end=sent.start, surface="", role=role) for p in self.pair]
            return actors + [p for p in extra if p.name not in states]
        return actors

    def _delegation_head(self, sent: Sentence, on: dt.date | None) -> ActorMention | None:
        """The person leading the delegation introduced last in the ten sentences before ("a delegation led
        by X", "X's delegation", "a delegation headed by X")."""
        idx = self._index.get(sent.start)
        if idx is None:
            return None
        for j in range(idx - 1, max(-1, idx - 11), -1):
            prev = self.sentences[j]
            m = [None, *_DELEGATION_LED.finditer(self.text, prev.start, prev.end)][-1]
            if m is not None:
                people = [a for a in self.actors_in(m.end(), min(prev.end, m.end() + 80), on) if a.kind == "person"]
                if people and people[0].start - m.end() < 40:
                    return people[0]
        return None

    def _add_antecedent(
        self, cm: CueMatch, sent: Sentence, actors: list[ActorMention], on: dt.date | None
    ) -> list[ActorMention]:
        """'He'/'the Azerbaijani leader' with no actor: borrow the last person of the previous sentences;
        'The delegation' takes the head of the delegation last introduced ('a business delegation led by X')."""
        if any(a.role == "actor" and a.kind == "person" for a in actors) or cm.cue.roles == "symmetric":
            return actors
        subject = _DELEGATION_SUBJECT.match(self.text, sent.start)
        if subject is not None and subject.end() <= cm.mstart:
            head = self._delegation_head(sent, on)
            if head is not None:
                return [*actors, replace(head, role="actor")]
        if not _PRONOUN_SUBJECT.search(self.text, self._report_end(cm, sent), cm.end):
            return actors  # (the pronoun of a first clause "She mentioned X and said that ..." is the speaker)
        if self._kin_subject(sent.start, cm.mstart) is not None:
            return actors  # "In 2005 his son made his first state visit": the son, not the person before
        idx = self._index.get(sent.start)
        if idx is None:
            return actors
        for j in range(idx - 1, max(-1, idx - 3), -1):
            prev = self.sentences[j]
            if prev.paragraph != sent.paragraph and j < idx - 1:
                break
            people = [a for a in self.actors_in(prev.start, prev.end, on) if a.kind == "person"]
            if people:
                kept = [a for a in actors if not (a.role == "actor" and a.kind == "state")]
                return [*kept, replace(people[-1], role="actor")]
        return actors

    def run(self) -> list[Claim]:
        """Extract all claims of the article."""
        self._index = {s.start: i for i, s in enumerate(self.sentences)}
        per_sentence = cue_matches_by_sentence(self.text, self.sentences, self.cues)
        self._per_sentence = per_sentence
        infos = [self._sentence_info(s, m) for s, m in zip(self.sentences, per_sentence, strict=True)]
        items = {s for _intro, spans in self.documents for s, _e in spans}
        infos = [info for info in infos if info.sent.start not in items]  # claimed by their intro
        for info in infos:
            self._attach(info)
        self._occasions = self._occasion_dates(infos)
        headings = {info.sent.start for info in infos if self._heading_date(info) is not None}
        self._headings = headings if len(headings) >= 2 else set()  # a diary or live blog, not a dateline
        self._marks = self._heading_marks(infos)
        self._chrono = self._chronology_spans() + list(self.rows)
        claims: list[Claim] = []
        self._lead_claim: Claim | None = None
        for i, info in enumerate(infos):
            sent = info.sent
            borrowed: tuple[DateMention, int, str] | None = None
            anchored = _EVENT_ANCHOR.search(self.text, sent.start, sent.end) is not None
            if info.cues and not info.dates and i and not anchored:
                borrowed = self._borrowed_date(info, i, infos)
            elif i and not anchored and self._dates_only_relative(info):
                # "At the end of the talks, the ministers signed a programme for the agreement, which X and Y
                # signed in March 2021": the main clause is as dateless as a sentence without dates
                borrowed = self._borrowed_date(replace(info, dates=[], claims=[]), i, infos)
            if info.cues and not info.dates and not borrowed and not anchored:
                borrowed = self._occasion(info) or self._heading(info, infos[:i])
                borrowed = borrowed or self._report_day(info, infos[max(0, i - 6) : i])
                borrowed = borrowed or self._published_lead(info, i, infos)
            told_day = self._told_day(info, infos[max(0, i - 6) : i])
            found = self._event_anchor(info, i, infos, claims) if anchored and not info.dates else None
            if found is not None:
                borrowed = (found[0], sent.start, "+anchored-date")
            self._cur_cues = info.cues
            for cm in info.cues:
                if self._commentary_present(cm, sent):
                    continue  # "Baku signs deals with everyone in 2025": a generic present, not an event
                if found is not None and not cm.dates and not self._anchor_governs(cm, found[1]):
                    continue  # the referenced event itself ("after the vote"), or a relative clause's verb
                if cm.dates:
                    for d in cm.dates:
                        d = self._counted_off_clause(cm, self._closed_stay(cm, d, sent), sent)
                        c = self._claim(cm, d, sent, sent.start, "" if not cm.inherited else "+shared-date")
                        if c:
                            info.claims.extend(
                                self._coordinated_documents(cm, d, sent, c)
                                or self._coordinated_gatherings(cm, d, sent, c) or [c]
                            )
                            if c.rule.endswith("+anniversary") and not self._calendar_label(d):
                                info.claims.append(self._commemoration(c, d, sent))
                elif borrowed and not self._reduced_relative(cm) and not self._retold_occasion(cm, borrowed[2]):
                    d, q_start, why = borrowed
                    d = self._opened_stay(sent, d)
                    c = self._claim(cm, d, sent, q_start, why)
                    if c:
                        info.claims.extend(self._coordinated_documents(cm, d, sent, c) or [c])
                elif told_day is not None and info.dates and cm.mstart > told_day[1] and not cm.inherited:
                    # "The following morning X and Y held their meeting, the first since ... in the spring"
                    c = self._claim(cm, told_day[0], sent, sent.start, told_day[2])
                    if c:
                        info.claims.append(c)
            if told_day is not None:  # later sentences count from it ("That evening", "The following morning")
                info.dates.append(told_day[0])
            self._document_claims(info, borrowed, claims, infos[max(0, i - 3) : i])
            if self._lead_claim is None and info.claims:
                self._lead_claim = info.claims[0]
            info.claims.extend(self._member_claims(info, infos[max(0, i - 2) : i]))
            info.claims = self._without_year_label(info)
            claims.extend(info.claims)
            fb_borrowed = None if info.dates or not i or anchored else (
                self._fallback_borrow(info, infos[i - 1]) or self._fallback_occasion(info, infos[max(0, i - 6) : i]))
            if found is not None:
                fb_borrowed = borrowed
            # fallback claims are kept out of info.claims: no other sentence borrows from them
            fallback = self._fallback(info, fb_borrowed)
            claims.extend(fallback)
            if not info.claims and not fallback:
                claims.extend(self._row_claims(info) or self._plan_claims(info))
            claims.extend(self._verbless_item_claims(info))
            claims.extend(self._followed_gathering_claims(info))
        return claims

    def _coordinated_gatherings(self, cm: CueMatch, d: DateMention, sent: Sentence, first: Claim) -> list[Claim]:
        """Session 18: "attended the China-Arab States Summit and the China-GCC Summit", "hosted the first A Summit and
        the first B Summit the following day", "when the A Summit and the B Summit were held in Riyadh": a second named
        gathering coordinated with the first is a gathering of its own (same date; its own name)."""
        if cm.cue.type != "CONSULT" or cm.cue.mode != "multilateral" or cm.obj is None:
            return []
        text = self.text
        m = _GATHERING_AND.match(text, cm.obj[1], sent.end)
        if m is None:
            return []
        second = replace(cm, obj=m.span("g"), dates=[d])
        suffix = first.rule[len(cm.cue.id) :] if first.rule.startswith(cm.cue.id) else ""
        c = self._claim(second, d, sent, first.start, suffix)
        name = " ".join(m.group("g").split())
        if c is None or c.title == first.title or (c.named_object and name not in c.named_object):
            return []
        own = first.named_object or ""
        cut = own.find(" and ")
        if cut > 0 and name in own[cut:]:  # the first gathering's name ends before the second's
            first = replace(first, named_object=own[:cut], title=first.title.replace(own, own[:cut]),
                            keywords=first.keywords - keywords_of(name) | keywords_of(own[:cut]))
        return [first, c]

    def _coordinated_documents(self, cm: CueMatch, d: DateMention, sent: Sentence, first: Claim) -> list[Claim]:
        """"signed an agreement on X and a memorandum on Y", "A memorandum on X and an agreement on Y were signed":
        each coordinated document of one signing is a claim of its own (same date; the second document's title)."""
        if cm.cue.type != "AGREE" or cm.obj is None or "sign" not in cm.cue.id:
            return []
        text = self.text
        stop = re.compile(r"[;:]").search(text, cm.obj[1], sent.end)
        hi = stop.start() if stop else sent.end
        spans: list[tuple[int, int]] = []
        pos = cm.obj[1]
        while (after := _DOC_AFTER.match(text, pos, hi) or _DOC_LISTED.match(text, pos, hi)) is not None:
            # "signed A, B and C", "Among the documents signed were A, B and a memorandum with C": each listed one
            spans.append(after.span("doc"))
            pos = after.end("doc")
        lo = max(sent.start, text.rfind(";", sent.start, cm.obj[0]) + 1)
        before = _DOC_BEFORE.search(text, max(lo, cm.obj[0] - 160), cm.obj[0])
        if before is not None and before.end() == cm.obj[0] and cm.obj[0] < cm.start:
            spans.append(before.span("doc"))
        if not spans:
            return []
        found: list[tuple[int, Claim, CueMatch]] = [(cm.obj[0], first, cm)]
        for span in spans:
            second = replace(cm, obj=span, dates=[d])
            suffix = first.rule[len(cm.cue.id) :] if first.rule.startswith(cm.cue.id) else ""
            c = self._claim(second, d, sent, first.start, suffix)
            if c is not None and (c.title != first.title or len(spans) > 1):  # a list: titles follow the items
                found.append((span[0], c, second))
        if len(found) < 2:
            return []
        found.sort(key=lambda x: x[0])
        ends = [x[0] for x in found[1:]] + [cm.start if cm.start > found[-1][0] else hi]
        regions = [(x[0], e) for x, e in zip(found, ends, strict=True)]
        out: list[Claim] = []
        for i, (_pos, c, m) in enumerate(found):
            # "A memorandum on X and an agreement between A and B were signed": A and B are the agreement's only
            others = [r for j, r in enumerate(regions) if j != i]
            own = [a for a in c.actors if not a.end or not any(lo <= a.start < e for lo, e in others)]
            if own != c.actors:
                own = own or self._pair_as("participant")
                named = _object_phrase(text, m)
                c = replace(c, actors=own, title=build_title(m, own, named, text))
            if len(found) > 2:  # a list: each document keeps the words of its own item (its subject, its line)
                item = " ".join(text[regions[i][0] : regions[i][1]].split()).strip(" ,;")
                item = re.sub(r"^(?:and|as\s+well\s+as)\s+", "", item)
                item = re.sub(r"[\s,;.]+(?:(?:and|as\s+well\s+as)\s+)?(?:(?:an?|the|another)\s*)?$", "", item)
                c = replace(c, keywords=c.keywords | keywords_of(item), named_object=c.named_object or item[:120])
            out.append(c)
        return out

    def _without_year_label(self, info: _SentInfo) -> list[Claim]:
        """"Last year marked the 30th anniversary of relations, and X and Y exchanged messages": a year labelled
        as an anniversary is no commemoration event of its own when the sentence tells what was done for it; nor is
        the anniversary of a message sent on it ("X and Y exchanged congratulatory messages on the 30th anniversary of
        relations": the messages are the one event of that day)."""
        if any(c.rule.startswith(_MESSAGE_RULES) for c in info.claims):
            info.claims = [c for c in info.claims if not c.rule.endswith("+commemoration")]
        marks = [c for c in info.claims if c.rule.endswith("+commemoration") or c.rule.startswith("cooperate.anniv")]
        if not marks or not _YEAR_MARKED.search(self.text, info.sent.start, info.sent.end):
            return info.claims
        others = [c for c in info.claims if c not in marks and not c.rule.endswith("+anniversary")]
        return [c for c in info.claims if c not in marks] if others else info.claims

    def _dated_items(self) -> list[tuple[int, int, DateMention]]:
        """(start, end, date) of the dated chronology items (lines opening with a date) when the article has a list
        of them (two or more); empty otherwise: a lone dated paragraph is prose."""
        if self._items_cache is not None:
            return self._items_cache
        lines: set[tuple[int, int]] = set()
        for sent in self.sentences:  # the line each sentence starts on (one item a line, blank lines or not)
            end = self.text.find("\n", sent.start)
            lines.add((self.text.rfind("\n", 0, sent.start) + 1, end if end != -1 else len(self.text)))
        out = []
        for s, e in sorted(lines):
            i = bisect.bisect_left(self._date_starts, s)
            if i < len(self.dates) and self.dates[i].start - s <= 12 and self.dates[i].end <= e:
                d = self.dates[i]
                if usable_date(d) and _dated_line(self.text[s:e]):
                    out.append((s, e, d))
        self._items_cache = out if len(out) >= 2 else []
        return self._items_cache

    def _verbless_item_claims(self, info: _SentInfo) -> list[Claim]:
        """The verbless ';' parts of a chronology item that no cue read (rule ``item.<kind>``), dated by the item:
        "Berdimuhamedov in Beijing" (a person in a foreign capital: a visit) and "First China–Central Asia summit,
        Xi'an" (a gathering named with its place: held there)."""
        sent = info.sent
        item = next(((s, e, d) for s, e, d in self._dated_items() if s <= sent.start < e), None)
        if item is None or self.finder is None or self._in_row(sent.start):
            return []
        head = item[2]
        text = self.text
        lo = head.end if head.start >= sent.start else sent.start
        if head.start < sent.start and sent.start != item[0]:
            lo = sent.start
        out = []
        for part in re.finditer(r"[^;]+", text[lo : sent.end]):
            ps, pe = lo + part.start(), lo + part.end()
            body = text[ps:pe].strip(" \t|*_:–—-.")
            if not body or len(body.split()) > 10 or _VERBLESS_VERB.search(body):
                continue
            if any(ps <= cm.mstart < pe for cm in [*info.cues, *info.blocked]):
                continue
            claim = self._verbless_claim(info, ps, pe, body, head)
            if claim is not None:
                out.append(claim)
        return out

    def _followed_gathering_claims(self, info: _SentInfo) -> list[Claim]:
        """", followed by the SCO summit in Bishkek" after a dated event (a visit, a forum): the gathering named with
        its place is a second event held there, dated by the event it follows (rule ``item.gathering``): the same
        day or the days after, so a day or range within one month gives that month. Not when a cue reads it."""
        out: list[Claim] = []
        text, sent = self.text, info.sent
        for m in _FOLLOWED_BY.finditer(text, sent.start, sent.end):
            ps = m.end()
            nxt = _PUNCT_BREAK.search(text, ps, sent.end)
            pe = nxt.start() if nxt else sent.end
            own = [d for d in self._dates_in(ps, pe) if usable_date(d)]  # "... in Almaty on 5 March"
            first = [c for c in info.claims if c.event_type == "CONSULT" and c.rule[:5] != "item."]
            first = [c for c in first if any(cm.mend <= m.start() and c.date in cm.dates for cm in info.cues)]
            if not first and not own:
                continue
            body = text[ps : own[0].start if own else pe]
            body = re.sub(r"\s+(?:on|in|from|at)\s*$", "", body.rstrip()).strip(" \t|*_:–—-.")
            if not body or len(body.split()) > 10 or any(ps <= cm.mstart < pe for cm in info.cues):
                continue
            date = own[0] if own else _month_of(first[-1].date)
            claim = self._verbless_claim(info, ps, pe, body, date, gathering_only=True)
            if claim is not None:
                out.append(claim)
        return out

    def _verbless_claim(
        self, info: _SentInfo, ps: int, pe: int, body: str, head: DateMention, gathering_only: bool = False
    ) -> Claim | None:
        text, sent = self.text, info.sent
        found = [a for a in filter_mentions(text, self.actors_in(ps, pe, head.lower)) if a.kind != "other"]
        pub = self.article.published
        status: Status = "planned" if pub and head.lower and head.lower > pub else "occurred"
        visit = None if gathering_only else _VERBLESS_VISIT.fullmatch(body)
        people = [a for a in found if a.kind == "person"]
        if visit is not None and len(people) != 1 and _VERBLESS_GATHERING.fullmatch(body):
            visit = None  # "SCO Summit in Astana": a gathering, not a person's visit
        if visit is not None:
            places = [a for a in found if a.kind in {"place", "state"} and a.start >= ps + visit.start("place")]
            if len(people) != 1 or len(places) != 1 or people[0].start > ps + visit.end("who") + 2:
                return None
            person, place = people[0], places[0]
            host = place if place.kind == "state" else self.states.get(place.country or "") or self._state_entry(
                place.country or "")
            if host is None or host.kind != "state" or (person.country and person.country == host.country):
                return None  # at home: no visit
            qs, qe = self._part_span(sent, ps + len(text[ps:pe]) - len(text[ps:pe].lstrip()))
            actors = [replace(person, role="actor"), replace(host, start=place.start, end=place.end, role="recipient")]
            if place.kind == "place":
                actors.append(replace(place, role="location"))
            return Claim(
                title=f"{person.name} visits {host.name}", event_type="CONSULT", mode="visit", date=head,
                quote=text[qs:qe], start=qs, end=qe, actors=actors, status=status,
                context="diplomatic", rule="item.visit", keywords=keywords_of("visit", host.name),
            )
        gathering = _VERBLESS_GATHERING.fullmatch(body)
        if gathering is None:
            return None
        places = [a for a in found if a.kind in {"place", "state"} and a.start >= ps + gathering.start("place")]
        if not places:
            return None
        parties = [replace(a, role="participant") for a in found if a.kind != "place" and a.start < places[0].start]
        host = places[0] if places[0].kind == "state" else self.states.get(places[0].country or "") or (
            self._state_entry(places[0].country or ""))
        if not parties and gathering_only and host is not None:  # "followed by the summit in Y": Y's state hosts
            parties = [replace(host, start=places[0].start, end=places[0].end, role="actor")]
        if not parties:
            parties = self._pair_as("participant")
        if not parties and host is not None:  # the host state of the place
            parties = [replace(host, start=places[0].start, end=places[0].end, role="actor")]
        if not parties:
            return None
        name = gathering.group("name").strip()
        qs, qe = self._part_span(sent, ps + len(text[ps:pe]) - len(text[ps:pe].lstrip()))
        return Claim(
            title=f"{name[:1].upper()}{name[1:]} held in {places[0].surface or places[0].name}", event_type="CONSULT",
            mode="multilateral", date=head, quote=text[qs:qe], start=qs, end=qe,
            actors=_dedupe([*parties, replace(places[0], role="location")]), status=status, context="diplomatic",
            rule="item.gathering", named_object=name, keywords=keywords_of(name),
        )

    def _document_claims(
        self, info: _SentInfo, borrowed: tuple[DateMention, int, str] | None, before: list[Claim],
        prior: list[_SentInfo],
    ) -> None:
        """The intro of a list of signed documents ("The following documents were signed:") gives one AGREE claim
        per listed document (rule ``list.document``) in place of its own unnamed signing: dated by the intro's
        signing, else its date, else the date it borrows ("Following the talks"), else the day told just before in
        its paragraph, else the last day-dated occasion told before; with the intro's parties, else the article's
        pair, else the parties of the occasion told before on that date."""
        sent = info.sent
        lists = [spans for (_s, e), spans in self.documents  # the sentence ending the intro line
                 if sent.start < e and sent.end <= e and not self.text[sent.end : e].strip(" \t*_:")]
        if not lists or self.finder is None:
            return
        signing = next((c for c in info.claims if c.event_type == "AGREE"), None)
        date = signing.date if signing else (info.dates[0] if info.dates else borrowed[0] if borrowed else None)
        if date is None:  # the day told just before in the paragraph ("held their commission on 4 March")
            date = next((d for p in reversed(prior) if p.sent.paragraph == sent.paragraph
                         for d in reversed(p.dates) if d.precision == "day" and d.lower), None)
        if date is None:
            date = next((c.date for c in reversed(before) if c.date.precision == "day" and c.status == "occurred"),
                        None)
        if date is None:
            return
        intro = self.text[sent.start : sent.end]
        status: Status = signing.status if signing else "planned" if _WILL.search(intro) else "occurred"
        if signing:
            parties = [a for a in signing.actors if a.role != "location"]
        else:
            parties = [replace(a, role="participant") for a in filter_mentions(
                self.text, self.actors_in(sent.start, sent.end, date.lower)) if a.kind not in {"other", "place"}]
        if len({a.name for a in parties}) < 2 and self.pair is not None:
            parties += [replace(p, start=sent.start, end=sent.start, surface="", role="participant")
                        for p in self.pair if p.name not in {a.name for a in parties}]
        if not parties:  # the parties of the occasion of that day ("held talks ... on 12 March")
            occasion = next((c for c in reversed(before) if c.date.value == date.value), None)
            parties = [replace(a, role="participant") for a in (occasion.actors if occasion else [])
                       if a.role != "location"]
        if not parties:
            return
        info.claims = [c for c in info.claims if c.event_type != "AGREE" or c.named_object]
        for s, e in (span for spans in lists for span in spans):
            phrase = self.text[s:e]
            title = phrase[:1].upper() + phrase[1:]
            name = _DOC_PARTIES.sub(  # "Joint Statement on ...": the two parties are the claim's actors
                lambda m: "" if " and " in m.group(0) else m.group(0), re.split(r"\s*[;:(]", title)[0])
            info.claims.append(Claim(
                title=title[:120], event_type="AGREE", mode=None, date=date, quote=phrase, start=s, end=e,
                actors=_dedupe(parties), status=status, context=signing.context if signing else None,
                rule="list.document", named_object=name[:100], keywords=keywords_of(phrase),
            ))

    def _commentary_present(self, cm: CueMatch, sent: Sentence) -> bool:
        """A present-tense cue verb ("signs", "X and Y sign") in running prose: commentary with a
        habitual/generic reading. The present is news only in headlines and headings, chronology items,
        sections under a date heading, dated entries ("12 May 2024 - X signs") and live-blog entries."""
        text = self.text
        m = _WORD.match(text, cm.start)
        if m is None:
            return False
        word = m.group(0)
        before = text[max(sent.start, cm.start - 40) : cm.start]
        if word.lower() in self.cues.third_person and word.islower():
            if _NOUN_BEFORE.search(before):
                return False  # "the signs", "Aliyev's visits": a noun
        elif not (word.islower() and word.lower() in self.cues.fallback_bases and _COORD_SUBJECT.search(before)):
            return False
        if any(d.lower and d.upper and (d.upper - d.lower).days <= 62 for d in cm.dates):
            return False  # a day or month ("vetoes the law on 18 May 2024"): the historical present of news
        pub = self.article.published
        if pub and any((d.lower and d.lower > pub) or (d.upper and d.upper >= pub and d.precision != "year")
                       for d in cm.dates):
            return False  # a scheduled future ("Next month X hosts", "in 2030, when X hosts"): planned
        return not self._present_allowed(sent, cm.start)

    def _present_allowed(self, sent: Sentence, pos: int) -> bool:
        """True where the present tense tells news: see :meth:`_commentary_present`."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        body = line.strip().rstrip("*_ ")
        if not body.endswith((".", "!", "?", ".\"", ".”", "?\"", "?”")) or line.lstrip().startswith("#"):
            return True  # a headline or heading
        if _dated_line(line) or is_timed_entry(line) or self._chronology_date(sent.start) is not None:
            return True
        k = bisect.bisect_right([pos for pos, _ in self._marks], sent.start) - 1
        return k >= 0 and self._marks[k][1] is not None

    # -- generic fallback: a listed simple-past verb with an actor subject and a date of its own clause
    def _fallback(self, info: _SentInfo, borrowed: tuple[DateMention, int, str] | None = None) -> list[Claim]:
        """Claims ("fallback.verb") for clauses no cue covered (see ``fallback_verbs`` in cues.yaml).

        A sentence without a date of its own may use ``borrowed`` (a date-only lead or the story's date
        from the previous sentence); the claim's rule then records how ("fallback.verb+lead-date").
        """
        pat = self.cues.fallback_re
        lead = self._chronology_date(info.sent.start)
        if pat is None or self.finder is None or not (info.dates or borrowed or lead):
            return []
        taken = {d.start for cm in [*info.cues, *info.blocked] for d in cm.dates}
        taken |= {c.date.start for c in info.claims}
        free = [d for d in info.dates if d.start not in taken]
        if info.dates and not free and lead is None:
            return []  # every date is an event's already
        out: list[Claim] = []
        for m in pat.finditer(self.text, info.sent.start, info.sent.end):
            claim = self._fallback_claim(info, m, free, None if info.dates else borrowed, lead)
            if claim is not None:
                out.append(claim)
                free = [d for d in free if d is not claim.date]
                if borrowed and not info.dates and lead is None:
                    break  # one borrowed date, one event
        present = self.cues.fallback_present_re
        if lead is not None and present is not None:  # a chronology's historical present ("1991: X declares")
            for m in present.finditer(self.text, info.sent.start, info.sent.end):
                claim = self._fallback_claim(info, m, free, None, lead, present=True)
                if claim is not None:
                    out.append(claim)
                    free = [d for d in free if d is not claim.date]
        return out

    def _chronology_spans(self) -> list[tuple[int, int, DateMention]]:
        """(start, end, date) of each dated chronology item (a paragraph opening with a date, see
        :func:`timeline.ingest.boilerplate.is_dated_item`) and of each section below a year heading."""
        paragraphs: dict[int, tuple[int, int]] = {}
        for sent in self.sentences:
            s, e = paragraphs.get(sent.paragraph, (sent.start, sent.end))
            paragraphs[sent.paragraph] = (min(s, sent.start), max(e, sent.end))
        out = []
        spans = sorted(paragraphs.values())
        loose: list[tuple[int, int, DateMention]] = []
        for k, (s, e) in enumerate(spans):
            i = bisect.bisect_left(self._date_starts, s)
            if i < len(self.dates) and self.dates[i].start - s <= 12 and self.dates[i].end <= e:
                d = self.dates[i]
                if usable_date(d) and _dated_line(self.text[s:e]):
                    out.append((s, self._row_end(spans, k), d))
                elif usable_date(d) and d.start == s and d.precision in _ROW_HEAD_PRECISION and (
                    _CAPITAL_AFTER.match(self.text, d.end)
                ):
                    loose.append((s, self._row_end(spans, k), d))
        if len(out) >= 2:  # a chronology: a row whose date lost its separator ("8-10 September 2013 State visit")
            out = sorted(out + loose)
        self._row_items = list(out)
        return out + self._year_sections()

    def _row_end(self, spans: list[tuple[int, int]], k: int) -> int:
        """End of the chronology item opening paragraph ``k``: the undated lines right below it, with no blank line
        between, belong to it ("March 2012 - Official visit of X.\nTalks with Y.\nSigning of Z.")."""
        end = spans[k][1]
        for s, e in spans[k + 1 :]:
            if _PARAGRAPH_GAP.search(self.text, end, s) or s - end > 3:
                break
            i = bisect.bisect_left(self._date_starts, s)
            if i < len(self.dates) and self.dates[i].start - s <= 12:
                break  # the next dated row or a year heading
            end = e
        return end

    def _year_sections(self) -> list[tuple[int, int, DateMention]]:
        """(start, end, date) of each section below a year or month heading."""
        out = []
        for k, (pos, d) in enumerate(self._marks):
            if d is not None and d.precision in {"year", "month"}:
                nxt = self._marks[k + 1][0] if k + 1 < len(self._marks) else len(self.text)
                out.append((pos, nxt, d))
        return out

    def _heading_marks(self, infos: list[_SentInfo]) -> list[tuple[int, DateMention | None]]:
        """(line end, date or None) of each heading: Markdown headings, short bold lines and year lines
        ("## 2014", "**March 2022**", "## Outlook"), and the day headings of a diary (:meth:`_heading_date`).
        Year and month headings carry their date; other headings carry None (they end a date's reach)."""
        from timeline.extract.dates import normalise_date
        from timeline.extract.structure import year_headings

        marks: dict[int, DateMention | None] = {}
        for m in _HEADING_MARK.finditer(self.text):
            body = m.group("body").strip(" *_:#")
            if m.group("mark").strip() in {"**", "__"} and (len(body.split()) > 6 or body[-1:] in ".!?"):
                continue  # a bold sentence, not a heading
            d = normalise_date(body, self.article.published) if len(body) <= 30 else None
            good = d is not None and d.value and d.precision in {"year", "month"} and not d.relative
            if d is not None and not good:
                continue  # a day heading: a diary's (below), else a dateline
            marks[m.end()] = replace(d, start=d.start + m.start("body"), end=d.end + m.start("body")) if good else None
        for d in year_headings(self.text):
            line_end = self.text.find("\n", d.end)
            marks[line_end if line_end != -1 else len(self.text)] = d
        for info in infos:
            if info.sent.start in self._headings:
                marks[info.sent.end] = self._heading_date(info)
        return sorted(marks.items(), key=lambda x: x[0])

    def _chronology_date(self, pos: int) -> DateMention | None:
        """The date of the chronology item (else the year section) around ``pos``; None outside chronologies."""
        found = [(e - s, d) for s, e, d in self._chrono if s <= pos < e]
        return min(found, key=lambda x: x[0])[1] if found else None

    def _fallback_clause(self, sent: Sentence, vs: int, ve: int) -> tuple[int, int, tuple[int, int]]:
        """(start, end, excluded span) of the verb's clause; None when the verb sits in a clause it cannot own."""
        text = self.text
        lo = sent.start
        for b in _FB_CLAUSE_START.finditer(text, sent.start, vs):
            lo = b.end()
        excluded = (0, 0)
        sub = None
        for b in _FB_SUBORDINATE.finditer(text, lo, vs):
            sub = b
        end_m = _FB_CLAUSE_END.search(text, ve, sent.end)
        hi = end_m.start() if end_m else sent.end
        if sub is not None:
            comma = text.find(",", sub.end(), vs)
            if comma == -1:  # the verb is inside "after China deployed ...,": only that clause's own date counts
                lo = sub.start()
                hi = min(hi, self._clause_comma(ve, hi))
            else:
                excluded = (sub.start(), comma)  # "After the talks on 3 May, China donated": not the talks' date
        return lo, hi, excluded

    def _clause_comma(self, pos: int, hi: int) -> int:
        """The first comma in ``text[pos:hi]`` that is not inside a date ("May 5, 2021"); ``hi`` if none."""
        for m in re.finditer(",", self.text[pos:hi]):
            at = pos + m.start()
            i = bisect.bisect_right(self._date_starts, at) - 1
            if i < 0 or self.dates[i].end <= at:
                return at
        return hi

    def _present_verb(self, verb: str, before: str) -> tuple[tuple[str, str | None], bool, int] | None:
        """(type/context, False, 0) of a historical-present form ("declares", "sign"), None after an auxiliary,
        "to", an article or a modal ("plans to sign", "the ban")."""
        entry = self.cues.fallback_present.get(verb)
        if entry is None or _FB_BAD_BEFORE.search(before) or re.search(r"\b(?:do|does|did|will)\s+$", before, re.I):
            return None
        return entry, False, 0

    def _plural_subject(self, subject: list[ActorMention], vs: int) -> bool:
        """A base form ("sign") needs a coordinated subject right before it ("Armenia and Azerbaijan sign")."""
        return len(subject) >= 2 and not self.text[subject[-1].end : vs].strip()

    def _fallback_verb(
        self, verb: str, before: str, chronology: bool = False
    ) -> tuple[tuple[str, str | None], bool, int] | None:
        """(type/context, perfect, length of the auxiliary) of a fallback verb form, None if not finite past.

        Active simple past or pluperfect ("deployed", "had deployed"); passive with was/were/has been/had
        been ("were killed", "was also withdrawn"); never "is/are + participle", infinitives or attributes.
        """
        passive = _FB_PASSIVE.search(before) or (chronology and _FB_PRESENT_PASSIVE.search(before))
        if passive:
            entry = self.cues.fallback_participles.get(verb)
            return (entry, bool(passive.group("perf")), len(passive.group(0))) if entry else None
        entry = self.cues.fallback_verbs.get(verb)
        if entry is None or _FB_BAD_BEFORE.search(before):
            return None
        return entry, bool(re.search(r"\bhad\s+(?:\w+ly\s+)?$", before)), 0

    def _fallback_claim(
        self, info: _SentInfo, m: re.Match[str], free: list[DateMention],
        borrowed: tuple[DateMention, int, str] | None = None, lead: DateMention | None = None,
        present: bool = False,
    ) -> Claim | None:
        """A fallback claim for the verb ``m`` (module doc, step 5); ``lead`` is the date of the chronology
        item or year section around the sentence, ``present`` a historical-present form found there."""
        text = self.text
        sent = info.sent
        vs, ve = m.span()
        verb = " ".join(m.group(0).lower().split())
        if text[vs].isupper() or self._in_spans(vs, self._speech) or self._in_spans(vs, self._titles):
            return None
        if text.count('"', sent.start, vs) % 2 or text.count("“", sent.start, vs) > text.count("”", sent.start, vs):
            return None  # inside a quotation
        lo, hi, excluded = self._fallback_clause(sent, vs, ve)
        if any(lo <= cm.start < hi for cm in [*info.cues, *info.blocked]):
            return None  # a cue already tells (or blocks) this clause
        before = text[lo:vs]
        form = self._present_verb(verb, before) if present else self._fallback_verb(verb, before, lead is not None)
        if form is None or _NEGATION.search(before[-40:]) or _HYPOTHETICAL.search(before):
            return None
        (etype, context), perfect, aux = form
        if verb.split()[0] in _FB_SUPPORT_FORMS and (
            _FB_RECIPROCAL.match(text, ve, hi) or _FB_STANCE_OBJECT.match(text, ve, hi)
        ):
            return None  # session 18: "supported each other", "backed a Palestinian state": a summary or a stance
        passive = aux > 0
        if _HABITUAL.search(text, lo, hi) or _PLANNED.search(text, lo, hi):
            return None
        if not aux and _participle_on_subject(text[lo:vs], text[ve:hi]):
            return None  # "a government report released on Monday expressed ...": a participle on the subject
        if _FB_REPORTING.search(text, sent.start, vs) or _FIGURE.search(text, lo, hi):
            return None  # reported speech, or a figure in the clause (an observation, not an event)
        if borrowed is not None:
            if perfect:
                return None  # "had established ..." tells background, not the story's next event
            dates = [borrowed[0]]
        else:
            dates = [d for d in free if lo <= d.start and d.end <= hi
                     and not (excluded[0] <= d.start < excluded[1])]
        if not dates and lead is not None and not perfect:
            dates = [lead]  # "1991: Georgia declares independence": the item's date
        dates = [d for d in dates if d.precision in _FB_PRECISE or (d.precision in _FB_COARSE and not perfect)]
        if not dates:
            return None
        d = min(dates, key=lambda x: abs(x.start - ve))
        if d.precision not in _FB_PRECISE and _FB_QUANTITY.match(text, ve, hi):
            return None  # "exported 12 billion cubic metres last year": a statistic over a period
        pub = self.article.published
        if d.lower and pub and d.lower > pub:
            return None  # a past-tense verb cannot tell a future event
        found = [a for a in filter_mentions(text, self.actors_in(sent.start, sent.end, d.lower))
                 if a.kind != "other" and (a.known or a.kind in {"person", "organisation"})]
        subject = self._fallback_subject(found, lo, vs - aux)
        if not subject or (present and verb in self.cues.fallback_bases and not self._plural_subject(subject, vs)):
            return None
        actors = self._fallback_roles(subject, [a for a in found if ve <= a.start < hi], etype, passive)
        actors = self._organ_states(actors)
        obj = _FB_OBJECT.match(text, ve, hi)
        if verb in {"gave", "given"} and _FB_SPEECH_GIFT.match(text, ve, hi):
            return None  # "gave Tehran words of support", "gave an interview": speech, not a transfer
        obj_words = [w for w in (obj.group("head").split() if obj else [])
                     if w.lower() not in _TITLE_STOP and not w.lower().endswith("ly")]
        of_part = _FB_OF_PART.match(text, obj.end(), hi) if obj and obj_words else None
        if of_part is not None:  # session 17: "gave Tehran words of support", not "gave Tehran words"
            obj_words += ["of", *of_part.group("head").split()]
        if passive:
            who = " and ".join(a.name for a in subject)
            names = {a.name for a in subject}
            agent = " and ".join(a.name for a in actors if a.role == "actor" and a.name not in names)
            title = f"{who} {verb} {' '.join(obj_words)}" + (f" by {agent}" if agent else "")
        else:
            doer = next((a.name for a in actors if a.role == "actor" and a.kind == "person"), subject[-1].name)
            head = " ".join(obj_words) or " and ".join(_names(actors, "recipient"))
            title = f"{doer} {verb} {head}"
        title = tidy_title(re.sub(r"\s+", " ", title).strip())
        for name, cpat in self.cues.contexts:
            if context is None and cpat.search(text, sent.start, sent.end):
                context = name
                break
        q_start = borrowed[1] if borrowed else sent.start
        rule = "fallback.verb" + ("+passive" if passive else "") + (borrowed[2] if borrowed else "")
        return Claim(
            title=title[:1].upper() + title[1:200], event_type=etype, mode=None, date=d,
            quote=text[q_start : sent.end], start=q_start, end=sent.end, actors=actors,
            status="reported" if _REPORTED.search(text, sent.start, sent.end) else "occurred",
            context=context, rule=rule, keywords=keywords_of(verb, " ".join(obj_words)),
        )

    def _fallback_roles(
        self, subject: list[ActorMention], others: list[ActorMention], etype: str, passive: bool
    ) -> list[ActorMention]:
        """PLOVER roles of a fallback claim: the active subject acts, later names receive, places locate.

        In a passive the subject undergoes the act ("Raisi was killed": recipient) and "by X" acts, except
        for moves of one's own forces ("troops were withdrawn": RETREAT/MOBILIZE), where the subject acts.
        """
        subj_role: Role = "recipient" if passive and etype not in _FB_SELF_MOVES else "actor"
        out = [replace(a, role=subj_role) for a in subject]
        for a in others:
            role: Role = "location" if a.kind == "place" else "recipient"
            if passive and _FB_AGENT.search(self.text, max(0, a.start - 40), a.start):
                role = "actor"
            out.append(replace(a, role=role))
        return _dedupe(out)

    def _fronted_report(self, cm: CueMatch, sent: Sentence) -> tuple[int, int]:
        """Span of a fronted clause telling a report or rumour ("When rumours spread that X would ...,",
        "After reports that Russia would raise prices,") before the cue: its names are not the cue's parties
        (its modal does not block the cue either, see :meth:`_hypothetical`). (0, 0) when there is none."""
        text = self.text
        lo = max(sent.start, text.rfind(";", sent.start, cm.mstart) + 1)
        m = _FRONTED_REPORT.match(text, lo, cm.mstart)
        if m is None:
            return (0, 0)
        end = text.rfind(",", m.end(), cm.mstart)
        return (lo, end) if end > m.end() else (0, 0)

    def _since_person(self, d: DateMention, sent: Sentence, found: list[ActorMention]) -> list[ActorMention]:
        """Session 17: "X became the first Chinese head of state to visit Iran since Jiang Zemin in 2002" tells two
        acts: the claim dated by "since Z in YEAR" is Z's (Z its only person), the claim of the other date X's (Z
        is no party of it)."""
        text = self.text
        for since in _SINCE_WORD.finditer(text, sent.start, sent.end):
            people = [a for a in found if a.kind == "person" and a.start == since.end()]
            if len(people) != 1:
                continue
            gap = _PERSON_DATE_GAP.match(text, people[0].end, sent.end)
            if gap is None or not _DATE_START.match(text, gap.end()):
                continue
            if d.start == gap.end():
                return [a for a in found if a.kind != "person" or a.start >= since.end()]
            return [a for a in found if a is not people[0]]
        return found

    def _fronted_adverbial(self, cm: CueMatch, sent: Sentence) -> tuple[int, int] | None:
        """Session 17: the span (from the conjunction to its closing comma) of a fronted adverbial clause with a
        subject and a finite verb of its own ("When Britain, France and Germany triggered the snapback, China said
        ..."), in the sentence or ';' part of ``cm``; None when there is none. The closing comma is the first one
        after the clause's verb that does not continue a list of names ("Britain, France and Germany")."""
        text = self.text
        lo = max(sent.start, text.rfind(";", sent.start, cm.mstart) + 1)
        m = _FRONTED_ADVERBIAL.match(text, lo, sent.end)
        if m is None:
            return None
        part_end = text.find(";", m.end(), sent.end)
        part_end = sent.end if part_end < 0 else part_end
        verb = _FRONTED_VERB.search(text, m.end(), part_end)
        if verb is None:
            return None
        comma = text.find(",", verb.end(), part_end)
        while comma >= 0 and _LISTED_NAME.match(text, comma + 1):  # "hit Fordow, Natanz and Isfahan, it ..."
            comma = text.find(",", comma + 1, part_end)
        main_verb = _FRONTED_VERB.search(text, comma, part_end) if comma >= 0 else None
        if main_verb is None:
            return None  # no main clause with a verb of its own after the comma
        if not any(a.kind != "place" for a in self.actors_in(comma, main_verb.start(), None)):
            return None  # "When X, who had ..., was arrested": no subject named after the comma
        end_m = _CLAUSE_END.search(text, main_verb.end(), part_end)
        if _PERSONAL_PRONOUN.search(text, comma, end_m.start() if end_m else part_end):
            return None  # "When X visited Tehran, Khamenei told him ...": the main clause refers back to X
        return (m.end(), comma)

    def _relative_antecedent(self, cm: CueMatch, sent: Sentence, found: list[ActorMention]) -> list[ActorMention]:
        """A cue inside a relative clause ("Armenia's parliament ratified the statute of the ICC, which had
        issued a warrant for Putin") has only the antecedent (the last name before "which") as party
        among the names before the clause."""
        inner = _OBJECT_RELATIVE.search(self.text, cm.mstart, cm.start) if cm.start > cm.mstart else None
        if inner is not None:  # "represented Xi at the conference that Baku hosted": Baku's act only
            return [a for a in found if a.start >= inner.end()]
        rel = None
        for m in _RELATIVE_START.finditer(self.text, sent.start, cm.mstart):
            rel = m
        if rel is None or "," in self.text[rel.end() : cm.mstart]:
            return found
        before = [a for a in found if a.end <= rel.start()]
        if len(before) < 2:
            return found
        last = [before[-1]]
        if (
            rel.group(0).lower().endswith("whose") and len(before) >= 2 and before[-1].kind == before[-2].kind
            and re.fullmatch(r"\s*(?:and|&)\s*", self.text[before[-2].end : before[-1].start])
        ):  # "Azerbaijan and China, whose trade ministers met": both states of the coordination
            last = before[-2:]
        return [a for a in found if a.end > rel.start() or any(a is b for b in last)]

    def _organ_states(self, actors: list[ActorMention]) -> list[ActorMention]:
        """A known parliament or ministry ("Milli Majlis", "Ministry of Foreign Affairs of Kazakhstan") also
        names its state, in the same role, unless the state is a party already."""
        have = {a.country for a in actors if a.kind == "state"}
        out = list(actors)
        for a in actors:
            if a.kind != "organisation" or not a.known or not a.country or a.country in have:
                continue
            if not _STATE_ORGAN.search(a.name):
                continue
            state = self.states.get(a.country) or self._state_entry(a.country)
            if state is not None:
                out.append(replace(state, start=a.start, end=a.end, surface=a.surface, role=a.role))
                have.add(a.country)
        return out

    def _state_entry(self, country: str) -> ActorMention | None:
        """The dictionary's state with country code ``country`` as a mention (None without a dictionary)."""
        entries = getattr(self.finder, "entries", None)
        if not isinstance(entries, dict):
            return None
        e = next((x for x in entries.values() if x.kind == "state" and x.country == country), None)
        if e is None:
            return None
        return ActorMention(e.name, "state", 0, 0, e.name, country=country, wikidata=e.wikidata)

    def _dateline_state(self) -> ActorMention | None:
        """The state of a wire dateline ("TBILISI, May 30 (Agency) - ..."): the article's home state."""
        if not self.sentences or self.finder is None:
            return None
        first = self.sentences[0]
        m = _DATELINE.match(self.text, first.start, first.end)
        if m is None:
            return None
        for a in self.actors_in(m.start(1), m.end(1), None):
            state = self.states.get(a.country or "") if a.kind == "place" else a if a.kind == "state" else None
            if state is not None:
                return state
        return None

    def _first_person_subjects(self, cm: CueMatch, sent: Sentence) -> list[ActorMention]:
        """The speaker's state for a first-person subject right before the cue ("we signed", "our government
        adopted", "my country opened") or a first-person partner after it ("signed with us"); "our two
        countries" adds the other state of the article's pair. The speaker of a quotation is the one its
        attribution names (:meth:`_quote_speaker`); of an interview turn, the turn's named speaker
        (:meth:`_turn_speaker`); else the article's speaker (:meth:`_speaker_state`). Nothing when no speaker
        is told (a quotation without attribution)."""
        text = self.text
        m = _FIRST_PERSON_SUBJECT.search(text, max(sent.start, cm.mstart - 60), cm.mstart)
        if m is None:
            m = _FIRST_PERSON_PARTNER.match(text, cm.mend) or _FIRST_PERSON_PARTNER.search(
                text, cm.mend, min(sent.end, cm.mend + 50))
            if m is None or _CLAUSE_END.search(text, cm.mend, m.start()):
                return []
        quoted = (self._in_spans(cm.mstart, self._speech) or text.count('"', sent.start, cm.mstart) % 2
                  or text.count("“", sent.start, cm.mstart) > text.count("”", sent.start, cm.mstart))
        if not quoted and self._narration(sent):
            return []  # the interviewer's own words: the intro before the first question, or a question
        org = bool(_FIRST_PERSON_ORG.search(m.group(0)))  # "our company/bank": the speaker's organisation
        speaker = self._quote_speaker(cm.mstart, sent, org) if quoted else (
            self._intro_speaker(org=True) if org else self._turn_speaker(sent))
        if speaker is None and not quoted and not org:
            if self._speaker is False:
                self._speaker = self._speaker_state()
            speaker = self._speaker or None
        if speaker is None:
            return []
        out = [speaker]
        if _FIRST_PERSON_BOTH.search(m.group(0)) and self.pair is not None:
            out += [p for p in self._pair_as("participant") if p.name != speaker.name][:1]
        return out

    def _state_of_speaker(self, a: ActorMention) -> ActorMention | None:
        """The state a speaker stands for: a state itself, else a person's country (a state of the article or
        of the dictionary)."""
        if a.kind == "state":
            return a
        if a.kind != "person":
            return None
        state_for = getattr(self.finder, "state_for", None)
        owner = state_for(a.name) if state_for is not None and a.known else None
        entry = self.finder.entry(owner) if owner and hasattr(self.finder, "entry") else None  # type: ignore[union-attr]
        if entry is not None:  # the state or organisation all of a known person's offices belong to
            return ActorMention(name=entry.name, kind=entry.kind, start=a.start, end=a.end, surface=a.surface,
                                country=entry.country, wikidata=entry.wikidata)
        if not a.country:
            return None
        state = self.states.get(a.country)
        if state is not None:
            return replace(state, start=a.start, end=a.end, surface=a.surface)
        of_country = getattr(self.finder, "state_of_country", None)
        name = of_country(a.country) if of_country is not None else None
        entry = self.finder.entry(name) if name and hasattr(self.finder, "entry") else None  # type: ignore[union-attr]
        if entry is None:
            return None
        return ActorMention(name=entry.name, kind=entry.kind, start=a.start, end=a.end, surface=a.surface,
                            country=entry.country, wikidata=entry.wikidata)

    def _speaker_in(self, lo: int, hi: int, verb: int, org: bool = False) -> ActorMention | None:
        """The speaker named in an attribution ``text[lo:hi]`` around its verb at ``verb``: the nearest person
        (their state), else the nearest state; with ``org``, the nearest organisation."""
        if org:
            orgs = [a for a in self.actors_in(lo, hi, None) if a.kind == "organisation"]
            return min(orgs, key=lambda a: abs(a.start - verb)) if orgs else None
        found = [a for a in self.actors_in(lo, hi, None) if a.kind in {"person", "state"}]
        people = [a for a in found if a.kind == "person"]
        for group in (people, found):
            for a in sorted(group, key=lambda a: abs(a.start - verb)):
                state = self._state_of_speaker(a)
                if state is not None:
                    return state
            if group:
                return None  # the nearest speaker has no known state
        return None

    def _quote_speaker(self, pos: int, sent: Sentence, org: bool = False) -> ActorMention | None:
        """The speaker of the quotation around ``pos``: named with a verb of saying after the quotation in its
        sentence, before it ('X said: "..."'), or in the next sentence ("... according to X")."""
        text = self.text
        q = next((sp for sp in self._quotes() if sp[0] <= pos < sp[1]), None)
        if q is None:
            return None
        idx = self._index.get(sent.start)
        segs: list[tuple[int, int]] = []
        after_sent = next((s for s in self.sentences if s.start <= q[1] - 1 < s.end), sent)
        segs.append((q[1], after_sent.end))
        segs.append((sent.start, q[0]) if sent.start < q[0] else (q[0], q[0]))
        if idx is not None:
            k = self._index.get(after_sent.start, idx)
            if k + 1 < len(self.sentences) and self.sentences[k + 1].paragraph == after_sent.paragraph:
                nxt = self.sentences[k + 1]
                if not _QUOTE_SPAN.search(text, nxt.start, nxt.end):
                    segs.append((nxt.start, nxt.end))
        for lo, hi in segs:
            # never across another quotation: only the words between the two count
            lo = max([lo, *(e for b, e in self._quotes() if lo <= b and e <= q[0] and hi == q[0])])
            hi = min([hi, *(b for b, e in self._quotes() if q[1] <= b < hi and lo == q[1])])
            if hi <= lo:
                continue
            v = _ATTRIBUTION.search(text, lo, hi)
            if v is None:
                continue
            return self._speaker_in(lo, hi, v.start(), org)
        return None

    def _intro_speaker(self, org: bool = False) -> ActorMention | None:
        """The interviewee of an intro ("... spoke to X", "in an interview with X", "Q&A with Ambassador X"):
        their state, or with ``org`` their organisation."""
        head = self.sentences[:4]
        for i, sent in enumerate(head):
            m = _INTERVIEW_INTRO.search(self.text, sent.start, sent.end)
            if m is None:
                continue
            speaker = self._speaker_in(sent.start, sent.end, m.end(), org)
            if speaker is None and i and _HE_SHE.match(self.text, sent.start):  # "He spoke to us about ...": the
                prev = head[i - 1]  # person the sentence before introduced
                speaker = self._speaker_in(prev.start, prev.end, prev.start, org)
            if speaker is not None:
                return speaker
        return None

    def _narration(self, sent: Sentence) -> bool:
        """Whether a sentence of an interview (a document with question turns: "Q:", "Question:", a bold
        question line) is the interviewer's: before the first question, or in a question turn."""
        if not hasattr(self, "_asks"):
            self._asks = [m.start() for m in _QUESTION_TURN.finditer(self.text)]
        if not self._asks or sent.start >= len(self.text):
            return False
        if sent.start < self._asks[0]:
            return True
        last = None
        for m in _TURN_LABEL.finditer(self.text, 0, sent.start + 1):
            if m.start() <= sent.start:
                last = m
        line = self.text.rfind("\n", 0, sent.start) + 1
        if _QUESTION_TURN.match(self.text, line):
            return True
        return last is not None and last.start() >= max(a for a in self._asks if a <= sent.start) and bool(
            _ASKER.match(last.group(1)))

    def _quotes(self) -> list[tuple[int, int]]:
        """Spans of every quotation of the article (cached)."""
        if not hasattr(self, "_quote_spans"):
            self._quote_spans = [m.span() for m in _QUOTE_SPAN.finditer(self.text)]
        return self._quote_spans

    def _turn_speaker(self, sent: Sentence) -> ActorMention | None:
        """The state of an interview turn's speaker: the last paragraph label before the sentence
        ("Zeynalli: ...") that names a person of the article; None for the interviewer's turns ("Q:")."""
        text = self.text
        label = None
        for m in _TURN_LABEL.finditer(text, 0, sent.start + 1):
            if m.start() <= sent.start:
                label = m
        if label is None:
            return None
        name = label.group(1)
        if _ASKER.match(name):
            return None
        person = self._people.get(name.split()[-1])
        if person is None and name.isupper() and len(name) <= 4:  # "AZ:" - the initials of "Akram Zeynalli"
            initials = [p for p in self._people.values() if "".join(w[0] for w in p.name.split()) == name]
            person = initials[0] if len(initials) == 1 else None
        if person is None:
            found = [a for a in self.actors_in(label.start(1), label.end(1), None) if a.kind == "person"]
            person = found[0] if found else None
        return self._state_of_speaker(person) if person is not None else None

    def _speaker_state(self) -> ActorMention | None:
        """Whose voice the article's first person is: a state named in an issuing-body header ("MINISTRY OF
        FOREIGN AFFAIRS OF THE REPUBLIC OF X"), in the intro's description of the speaker ("X's embassy",
        "a former Kazakh diplomat"), or the dateline's state."""
        speaker = self._intro_speaker()
        if speaker is not None:
            return speaker
        head = self.sentences[:4]
        for sent in head:
            m = _ISSUER.search(self.text, sent.start, sent.end)
            if m is None:
                continue
            for a in self.actors_in(max(sent.start, m.start() - 80), min(sent.end, m.end() + 80), None):
                if a.kind == "state":
                    return a
        return self._dateline_state()

    def _institution_subject(self, lo: int, vs: int, hi: int | None = None) -> list[ActorMention]:
        """'The government cancelled ...', 'Parliament adopted ...': an unnamed national institution as the
        subject is the article's home state (see :func:`home_state`); in an article without one, the only state
        the sentence (``lo``..``hi``) names, itself or as its people's ("Parliament elects X prime minister of
        Armenia"), else nothing."""
        m = _INSTITUTION_SUBJECT.search(self.text, max(lo, vs - 60), vs)
        if m is None:
            return []
        home = self._home
        if home is None and hi is not None:
            named = [a for a in self.actors_in(lo, hi, None)
                     if a.kind in {"state", "person"} and not not_a_party(self.text, a, vs)]
            codes = {a.country for a in named}
            code = next(iter(codes)) if len(codes) == 1 else None
            home = (self.states.get(code) or self._state_entry(code)) if code else None
        if home is None:
            return []
        return [replace(home, start=m.start("inst"), end=m.end("inst"), surface=m.group("inst"), role="actor")]

    def _definite_subject(self, lo: int, vs: int) -> list[ActorMention]:
        """'The peacekeepers left ...': the state of the last "Russian peacekeepers" of the three sentences before.

        A definite plural noun as subject refers back to the nearest earlier mention that ends in the same
        noun and names a state ("Russian peacekeepers", "Turkish troops"); nothing when there is none.
        """
        m = _DEFINITE_SUBJECT.search(self.text, max(lo, vs - 50), vs)
        idx = next((i for i, s in enumerate(self.sentences) if s.start <= vs < s.end), None)
        if m is None or idx is None:
            return []
        noun = m.group("noun").lower()
        for j in range(idx, max(-1, idx - 4), -1):
            prev = self.sentences[j]
            hits = [a for a in self.actors_in(prev.start, min(prev.end, m.start()), None)
                    if a.kind == "state" and a.surface.lower().endswith(" " + noun)]
            if hits:
                return [replace(hits[-1], start=m.start("noun"), end=m.end("noun"), surface=m.group("noun"))]
        return []

    def _fallback_subject(self, found: list[ActorMention], lo: int, vs: int) -> list[ActorMention]:
        """Actors of the noun phrase right before the verb ("China's Foreign Ministry", "Russia and China").

        Coordinated titled people count as one subject ("President X and Foreign Minister Y were killed").
        """
        text = self.text
        before = [a for a in found if lo <= a.start and a.end <= vs]
        if not before:
            m = _SURNAME_SUBJECT.search(text, max(lo, vs - 60), vs)  # "Costa, 63, won": the article's Costa
            person = self._people.get(m.group(1)) if m else None
            if m is None or person is None:
                return self._definite_subject(lo, vs) or self._institution_subject(lo, vs)
            return [replace(person, start=m.start(1), end=m.end(1), surface=m.group(1))]
        last = before[-1]
        gap = text[last.end : vs]
        g = _FB_SUBJECT_GAP.match(gap)
        if not g or any(w.lower() in _FB_GENERIC for w in _WORD.findall(gap)):
            return []
        if re.match(r"\s+[A-Z]", gap):
            return []  # "U.S. Trust created", "China Eastern bought": the actor names another body's name
        if _FB_NOT_SUBJECT.search(text, max(lo, last.start - 30), last.start):
            return []  # "aid to China", "many countries including China": not the subject
        subject = [last]
        for a in reversed(before[:-1]):
            if not _FB_COORD.fullmatch(text[a.end : subject[0].start]):
                break
            subject.insert(0, a)
        return subject

    def _heading_date(self, info: _SentInfo) -> DateMention | None:
        """A line that is only a date ("Monday, 3 June", "## 4 June 2024"): a live-blog or diary heading."""
        if len(info.dates) != 1 or info.cues or len(info.sent.text) > 60:
            return None
        d = info.dates[0]
        rest = self.text[info.sent.start : d.start] + " " + self.text[d.end : info.sent.end]
        words = [w for w in _WORD.findall(rest) if w.lower() not in _WEEKDAYS]
        if words or d.precision not in {"day", "interval"}:
            return None
        nxt = self._index.get(info.sent.start)
        if nxt is None or nxt + 1 >= len(self.sentences):
            return None
        return d if self.sentences[nxt + 1].paragraph != info.sent.paragraph else None

    def _row_item(self, info: _SentInfo) -> tuple[DateMention, int, str] | None:
        """A dateless later sentence of a chronology item whose first sentence also states a finer span of its own
        ("10 December 2015 - State visit of X (9-12 December). Talks with Y."): the item's date, not that span."""
        pos = info.sent.start
        item = [(e - s, d) for s, e, d in self._row_items if s < pos < e and d.start < pos]
        if not item:
            return None
        head = min(item, key=lambda x: x[0])[1]
        first = next((s for s in self.sentences if s.start <= head.start < s.end), None)
        if first is None or first.end > pos:
            return None
        between = [d for d in self.dates if head.start < d.start < pos]
        if not between or (any(d.start >= first.end for d in between) and not self._days_of_span(head, between)):
            return None  # nothing between, or a later sentence's own date: the usual continuation
        return head, pos, "+heading-date"

    @staticmethod
    def _days_of_span(head: DateMention, between: list[DateMention]) -> bool:
        """"18-19 May – X visits Y. On 18 May he co-chairs Z. The sides sign A.": the row head is a span of days
        and the later sentences' dates are single days inside it: a day told for one act of the stay, not a date
        the next act continues; the dateless sentence is the row's (its span)."""
        if head.precision != "interval" or head.lower is None or head.upper is None or head.lower == head.upper:
            return False
        if (head.upper - head.lower).days > 14:
            return False
        return all(d.precision == "day" and d.lower is not None and head.lower <= d.lower <= head.upper
                   for d in between)

    def _heading(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """A dateless sentence under a date heading takes the heading's date (until the next heading)."""
        pos = info.sent.start
        item = [(e - s, d) for s, e, d in self._chrono if s <= pos < e and s != pos and d.start < pos]
        if item:
            return min(item, key=lambda x: x[0])[1], pos, "+heading-date"  # a later sentence of a dated item
        i = bisect.bisect_right(self._marks, pos, key=lambda x: x[0]) - 1
        d = self._marks[i][1] if i >= 0 else None
        return (d, pos, "+heading-date") if d is not None else None

    @staticmethod
    def _occasion_key(name: str) -> str:
        """'the Astana SCO Summit' and 'the SCO summit' share the key 'sco summit' (last two words)."""
        return " ".join(name.lower().split()[-2:])

    def _occasion_dates(self, infos: list[_SentInfo]) -> dict[str, DateMention]:
        """Named occasions dated in the article ("during the Astana SCO Summit on July 3")."""
        out: dict[str, DateMention] = {}
        for info in infos:
            for m in _OCCASION.finditer(self.text, info.sent.start, info.sent.end):
                for d in info.dates:
                    gap = self.text[m.end() : d.start] if d.start >= m.end() else self.text[d.end : m.start()]
                    if len(gap) <= 25 and "," not in gap and (d.precision in {"day", "interval"}):
                        out.setdefault(self._occasion_key(m.group(1)), d)
        return out

    def _occasion(self, info: _SentInfo) -> tuple[DateMention, int, str] | None:
        """An undated event inside a named occasion the article dates elsewhere takes the occasion's date."""
        for m in _OCCASION.finditer(self.text, info.sent.start, info.sent.end):
            if not _AT_OCCASION.search(self.text[max(info.sent.start, m.start() - 40) : m.start()]):
                continue
            d = self._occasions.get(self._occasion_key(m.group(1)))
            if d is not None and not (info.sent.start <= d.start < info.sent.end):
                return d, info.sent.start, "+occasion-date"
        return None

    def _ordinal_day(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """'On the first day', 'on the last day': that day of the latest multi-day date told before."""
        m = _ORDINAL_DAY.search(self.text, info.sent.start, info.sent.end)
        if not m:
            return None
        days: list[tuple[dt.date, DateMention]] = []
        for prev in before:
            for d in prev.dates:
                if d.lower and d.upper and d.precision in {"day", "interval"} and (d.upper - d.lower).days <= 14:
                    days += [(d.lower, d), (d.upper, d)]
        if not days:
            return None
        told = [(x, d) for x, d in days if any(ch.isdigit() for ch in d.text)]  # written out, not deictic
        days = told or days  # "I spent the weekend at the summit, which ran from 31 August to 1 September"
        latest = max(x for x, _ in days)
        cluster = sorted(((x, d) for x, d in days if 0 <= (latest - x).days <= 14), key=lambda xd: (xd[0], xd[1].start))
        word = m.group("ord").lower()
        first, anchor = cluster[0]
        try:
            day = latest if word in {"last", "final", "closing"} else first + dt.timedelta(days=_DAY_ORDINALS[word])
        except OverflowError:  # counted past 9999-12-31
            return None
        if day > latest:
            return None
        found = replace(anchor, value=day.isoformat(), lower=day, upper=day, precision="day",
                        note=f"{word} day of the event from {first.isoformat()}")
        return found, info.sent.start, "+ordinal-day"

    def _told_day(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """The day a diary-like sentence opens with ("On the first day, ...", "The following morning ...",
        "That evening ..."), counted from the dates told before: (date placed on the phrase, phrase end, rule).
        It dates the sentence's undated cues and, for later sentences, counts as a date of this one."""
        text = self.text
        head = text[info.sent.start : min(info.sent.end, info.sent.start + 40)]
        m = _ORDINAL_DAY.match(head.lstrip()) or _SAME_TIME.match(head.lstrip()) or _SAME_DAY.match(head.lstrip())
        if m is None or (info.cues and info.sent.start + m.end() > info.cues[0].mstart):
            return None
        if _ORDINAL_DAY.match(head.lstrip()):
            got = self._ordinal_day(info, before)
        elif _SAME_TIME.match(head.lstrip()):
            got = self._same_time(info, before)
        else:  # "In the afternoon", "Later that day": the day told last
            last = next((d for prev in reversed(before) for d in reversed(prev.dates) if d.precision == "day"), None)
            got = (last, info.sent.start, "+same-time") if last is not None else None
        if got is None or got[0].precision != "day":
            return None
        lead = len(head) - len(head.lstrip())
        s, e = info.sent.start + lead + m.start(), info.sent.start + lead + m.end()
        return replace(got[0], start=s, end=e, text=text[s:e], relative=True), e, got[2]

    def _same_time(
        self, info: _SentInfo, before: list[_SentInfo], shifted_only: bool = False, far: bool = False
    ) -> tuple[DateMention, int, str] | None:
        """'Earlier that day', 'The same month', 'the next day': the latest earlier date precise enough.

        ``shifted_only``: only "the next/previous day" (which must win over a plain continuation).
        ``far``: only a day unit ("On the same day", "that day"), which reaches back to the last day told at any
        distance (the story's lead day, eight sentences of background before).
        """
        m = _SAME_TIME.search(self.text, info.sent.start, info.sent.end)
        if not m or (shifted_only and not (m.group("shift") or m.group("shift2") or m.group("shift3"))):
            return None
        if far and (m.group("unit") or "day").lower() not in {"day", "morning", "afternoon", "evening", "night"}:
            return None
        if shifted_only and info.cues and m.start() > info.cues[0].mstart:
            return None  # "signed ..., and Xi spoke the following day": the shift is another clause's
        if m.group("story"):  # session 16: "Earlier in the day" in a news report: the lead's day, nothing else
            return self._story_day(info, before)
        unit = (m.group("unit") or "day").lower()
        shift = (m.group("shift") or m.group("shift2") or m.group("shift3") or "").lower()
        delta = 1 if shift in {"following", "next", "after", "later"} else -1 if shift else 0
        wanted = _UNIT_PRECISION[unit]
        for prev in reversed(before):
            # the day of an event the sentence tells, else a date it tells, else one its events borrowed
            # ("Following the talks, X signed ..."); a date inside a noun phrase ("the elections of 1 September
            # 2024") that no event of its sentence took is no event's day
            used = [c.date for c in prev.claims if c.date in prev.dates]
            told = [c.date for c in prev.claims if c.date not in prev.dates and c.date.lower]
            rest = [d for d in prev.dates if d not in used and not self._noun_of_date(d, prev)]
            for d in [*reversed(used), *reversed(rest), *reversed(told)]:
                if d.precision not in wanted or (_DEICTIC.search(d.text) and not d.lower):
                    continue
                if _RELATIVE_BEFORE.search(self.text, max(prev.sent.start, d.start - 100), d.start):
                    continue  # "X and Y, which established relations on 4 January 1992, have …": told in passing
                if delta:
                    if d.precision != "day" or not d.lower:
                        return None
                    try:
                        day = (d.upper if delta > 0 and d.upper else d.lower) + dt.timedelta(days=delta)
                    except OverflowError:  # the day after 9999-12-31
                        return None
                    d = replace(d, value=day.isoformat(), lower=day, upper=day, precision="day",
                                note=f"{'day after' if delta > 0 else 'day before'} {d.value}")
                return d, info.sent.start, "+same-time"
        return None

    def _story_day(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """Session 16: the day of a news report's lead ("Earlier in the day, A and B exchanged messages", "At the
        conclusion of the dialogue, the ministers signed ..."): the first claim of the article dated to a day at
        most a week before publication (a background date told in between, "relations established on 21 May
        1951", is not the story's day)."""
        lead = next((c for prev in before for c in prev.claims), None)
        pub = self.article.published
        if lead is None or lead.date.precision != "day" or not lead.date.lower or pub is None:
            return None
        if not 0 <= (pub - lead.date.lower).days <= 7 or lead.status != "occurred":
            return None
        if not any(self._told_past(cm) for cm in info.cues):
            return None
        return lead.date, info.sent.start, "+same-time"

    def _noun_of_date(self, d: DateMention, prev: _SentInfo) -> bool:
        """"the parliamentary elections of 1 September 2024", "the decree of 5 May": a date after "<noun> of"
        names its noun's day inside a noun phrase (not an event the sentence tells)."""
        return _NOUN_OF_DATE.search(self.text, max(prev.sent.start, d.start - 40), d.start) is not None

    def _continuation(self, info: _SentInfo, prev: _SentInfo) -> tuple[DateMention, int, str] | None:
        """A dateless sentence that continues the story of the previous one takes its date.

        Only within a paragraph, when every claim of the previous sentence has the same date, and
        when the sentence's trigger is in the past tense (present-tense sentences are commentary). A
        paragraph opening with the group of the story ("The two sides also signed ...") continues the
        paragraph just before it.
        """
        if not prev.claims:
            return None
        if prev.sent.paragraph != info.sent.paragraph and not (
            prev.sent.paragraph == info.sent.paragraph - 1 and _GROUP_OPENING.match(self.text, info.sent.start)
        ):
            return None
        if any(c.status != "occurred" for c in prev.claims):
            return None
        if not any(self._told_past(cm) for cm in info.cues) and not (
            self._narrative_present(prev)
        ):
            return None
        # the story goes on from its most precise, then last-told event ("on Monday" over "two years ago")
        last = max(prev.claims, key=lambda c: (_PRECISION_RANK.get(c.date.precision or "", 0), c.date.start))
        frame = _FRAME.search(self.text, info.sent.start, info.sent.end)
        pub = self.article.published
        if (frame is not None and "visit" in _FRAME_NOUNS.get(frame.group("noun").lower(), set())
                and not any(c.mode == "visit" for c in prev.claims) and last.date.precision == "day"
                and pub is not None and last.date.lower is not None and (pub - last.date.lower).days > 7):
            # session 15: "On 23 April the presidents held talks … More than twenty documents were signed during the
            # visit", recalled weeks later: the visit holds the talks' day, its own days are not told — its month (as
            # _back_reference); a report of the day ("within the framework of the visit, a forum was held") keeps it
            return _month_of(last.date), info.sent.start, "+continued-date"
        return last.date, info.sent.start, "+continued-date"

    def _also_signed(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """"A memorandum on X was also signed." after the paragraph's signings and a sentence on something else
        ("Yutong delivered its first buses in June"): "also" adds to the signings told, so the sentence takes
        their one date (the latest signing sentence of its paragraph, at most five back)."""
        signing = [cm for cm in info.cues if cm.cue.type == "AGREE" and "sign" in cm.cue.id and self._told_past(cm)]
        if not signing or not before or self._in_spans(info.sent.start, self._speech):
            return None
        if not _ALSO_SIGNED.search(self.text, info.sent.start, info.sent.end):
            return None  # "will also export ... until the contract is signed": no added signing
        prev = before[-1]
        if prev.sent.paragraph != info.sent.paragraph or any(c.event_type == "AGREE" for c in prev.claims):
            return None  # the previous sentence's own signings: a plain continuation
        for p in reversed(before[-5:-1]):
            if p.sent.paragraph != info.sent.paragraph:
                return None
            signed = [c for c in p.claims if c.event_type == "AGREE" and "sign" in c.rule]
            if not signed:
                continue
            if len({c.date.value for c in signed}) != 1 or any(c.status != "occurred" for c in signed):
                return None
            return signed[-1].date, info.sent.start, "+continued-date"
        return None

    def _paragraph_follow_up(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """A dateless past-tense sentence opening a paragraph ("A memorandum on X was also signed between A and
        B.") continues the last paragraph with events (at most three back) when that paragraph tells the day of a
        meeting, session or visit (its claims all of one day, that of a CONSULT claim told so far) and the
        sentence links to it: "also" / "as well" with its event, or two of the occasion's parties. A background
        paragraph (a year, or an act of another day) lends nothing."""
        text = self.text
        if not before or before[-1].sent.paragraph >= info.sent.paragraph:
            return None  # not the first sentence of its paragraph
        if self._in_spans(info.sent.start, self._speech) or _FRAME.search(text, info.sent.start, info.sent.end):
            return None  # "During the visit, ...", "At the end of the session, ...": the occasion's own date
        past = [cm for cm in info.cues if self._told_past(cm)]
        if not past:
            return None
        told = [prev for prev in before if prev.claims and prev.sent.paragraph >= info.sent.paragraph - 3]
        if not told:
            return None  # paragraphs without events in between ("The sides discussed ...") are passed over
        par = told[-1].sent.paragraph
        claims = [c for prev in told if prev.sent.paragraph == par for c in prev.claims]
        if not claims or len({c.date.value for c in claims}) != 1 or any(c.status != "occurred" for c in claims):
            return None
        d = claims[-1].date
        if d.precision != "day" or not d.lower:
            return None
        occasions = [c for prev in before for c in prev.claims
                     if c.event_type == "CONSULT" and c.status == "occurred" and c.date.value == d.value]
        if not occasions:
            return None
        clause_end = _CLAUSE_END.search(text, past[0].mend, info.sent.end)
        linked = _ALSO_LINK.search(text, info.sent.start, clause_end.start() if clause_end else info.sent.end)
        if linked is None:
            found = {a.name for a in self.actors_in(info.sent.start, info.sent.end, d.lower)
                     if a.kind in {"person", "organisation"}}
            known = {a.name for c in [*occasions, *claims] for a in c.actors}
            if len(found & known) < 2:
                return None
        return d, info.sent.start, "+continued-date"

    def _told_past(self, cm: CueMatch) -> bool:
        """The cue is told in the past tense: a past verb in its match, or an event noun governed by a past
        verb of witnessing ("the two leaders witnessed the signing of ...", "oversaw the launch of")."""
        if _PAST.search(self.text, cm.mstart, cm.mend):
            return True
        return bool(_WITNESSED.search(self.text, max(0, cm.mstart - 40), cm.mstart))

    def _anchor_governs(self, cm: CueMatch, anchor: re.Match[str]) -> bool:
        """Whether an event-anchored time ("two days after the vote") dates ``cm``: not the referenced
        event itself, and not a verb beyond a clause boundary (", which had issued ...")."""
        if cm.mstart < anchor.end() and anchor.start() < cm.mend:
            return False
        lo, hi = (anchor.end(), cm.mstart) if cm.mstart >= anchor.end() else (cm.mend, anchor.start())
        return _CLAUSE_END.search(self.text, lo, hi) is None

    def _narrative_present(self, prev: _SentInfo) -> bool:
        """The previous sentence tells its dated events in the present tense ("- **May 2006** - X and Y sign
        a deal."): a chronology's historical present, which the next present-tense sentence continues."""
        dated = [cm for cm in prev.cues if cm.dates and not cm.inherited]
        return bool(dated) and not any(_PAST.search(self.text, cm.mstart, cm.mend) for cm in dated)

    def _reduced_relative(self, cm: CueMatch) -> bool:
        """A participle right after "noun," ("Russian peacekeepers, deployed to X under ..., did not ...").

        Such a phrase describes its noun: it tells no event of the story's time, so it never borrows a date
        from another sentence (a date of its own still dates it: "The treaty, signed in May 1992, ...").
        """
        word = _WORD.match(self.text, cm.mstart)
        if word is None or not _REDUCED_BEFORE.search(self.text, max(0, cm.mstart - 40), cm.mstart):
            return False
        if _CLOSED_APPOSITION.search(self.text, max(0, cm.mstart - 120), cm.mstart):
            return False  # "Jeyhun Bayramov, then education minister, signed": the appositive closes, the verb is main
        w = word.group(0).lower()
        return w.endswith("ed") or w in _PARTICIPLES

    def _shifted(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """'Two months later', 'three years earlier', 'A year on': the last date told before, shifted.

        The anchor is the last date of the nearest of the three previous sentences that has one
        (paragraph breaks allowed: chronicles start a paragraph with "Two months later,"). Years give
        a year, months a month, days/weeks a day when the anchor is a day (else nothing).
        """
        m = _SHIFT_PHRASE.search(self.text, info.sent.start, info.sent.end)
        if m is None:
            return None
        anchor = next((ds[-1] for ds in map(self._anchor_dates, reversed(before[-3:])) if ds), None)
        if anchor is None or anchor.lower is None or anchor.upper is None:
            return None
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else _SHIFT_NUMBERS[word]
        sign = -1 if m.group("dir").lower() == "earlier" else 1
        d = shift_date(anchor, n, m.group("unit").lower(), sign, m.start(), m.end(), m.group(0))
        return (d, info.sent.start, "+shifted-date") if d else None

    def _reanchored(self, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
        """"Four months later" opening a sentence counts from the last event date told before it: when the date
        just before it is a status bound ("Bayramov, foreign minister since 2020, signed ..."), the shift counts
        from the last date before that bound within three sentences."""
        text = self.text
        out = list(dates)
        idx = self._index.get(sent.start, 0)
        lo = self.sentences[max(0, idx - 3)].start if idx else sent.start
        for i, d in enumerate(out):
            m = _SHIFT_PHRASE.search(d.text)
            if m is None or m.end() != len(d.text) or any(x.end <= d.start for x in out[:i]):
                continue
            told = [x for x in self._dates_in(lo, d.start) if usable_date(x)]
            if not told or not _SINCE_BEFORE.search(text, max(lo, told[-1].start - 12), told[-1].start):
                continue
            anchors = [x for x in told if not _SINCE_BEFORE.search(text, max(lo, x.start - 12), x.start)]
            if not anchors:
                continue
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else _SHIFT_NUMBERS[word]
            sign = -1 if m.group("dir").lower() == "earlier" else 1
            moved = shift_date(anchors[-1], n, m.group("unit").lower(), sign, d.start, d.end, d.text)
            if moved is not None:
                out[i] = replace(moved, relative=False, note=f"{d.text} from {anchors[-1].value}, not a status bound")
        return out

    def _anchor_dates(self, prev: _SentInfo) -> list[DateMention]:
        """The dates of ``prev`` a relative offset can count from: not a status bound ("foreign minister since
        2020", "partners since 2005"), which tells how long a state has lasted, not when an event took place."""
        text = self.text
        return [d for d in prev.dates if not _SINCE_BEFORE.search(text, max(prev.sent.start, d.start - 12), d.start)]

    def _event_anchor(
        self, info: _SentInfo, idx: int, infos: list[_SentInfo], told: list[Claim]
    ) -> tuple[DateMention, re.Match[str]] | None:
        """'Two days after the vote', 'A month after the offensive': the date of the latest earlier sentence
        that names that event (its own date nearest the noun, else the date of its claims), shifted.

        Days or a week counted from a month-precise event keep that month (the best the text tells).
        """
        m = _EVENT_ANCHOR.search(self.text, info.sent.start, info.sent.end)
        if m is None or not m.group("noun"):
            return None
        terms = [w.lower() for w in m.group("noun").split() if w.lower() not in _KEYWORD_STOP]
        if not terms:
            return None
        pat = re.compile(r"\b(?:" + "|".join(re.escape(_stem(t)) for t in terms) + r")\w{0,3}\b", re.IGNORECASE)
        for j in range(idx - 1, max(-1, idx - 15), -1):
            prev = infos[j]
            hits = list(pat.finditer(self.text, prev.sent.start, prev.sent.end))
            if not hits:
                continue
            # a modifier date dates only its own noun ("the 2020 war"), so it counts when that noun is the event
            own = [*prev.dates, *(d for d in prev.modifiers if any(0 <= h.start() - d.end <= 25 for h in hits))]
            if own:
                base = min(own, key=lambda d: min(abs(d.start - h.start()) for h in hits))
            else:
                dated = [c.date for c in told if c.end == prev.sent.end and c.status == "occurred"]
                if not dated:
                    continue
                base = dated[-1]
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else _SHIFT_NUMBERS.get(word, 0)
            if not n:
                return None
            sign = -1 if m.group("dir").lower() == "before" else 1
            unit = m.group("unit").lower()
            if unit != "year" and base.precision in {"year", "decade", "century", "season", "quarter"}:
                return None  # "a month after the 2020 war": no month can be told
            if unit in {"day", "week"} and base.precision == "month" and n * (7 if unit == "week" else 1) <= 7:
                d: DateMention | None = replace(base, start=m.start(), end=m.end(), text=m.group(0), relative=True,
                                                note=f"{m.group(0)} ({base.value})")
            else:
                d = shift_date(base, n, unit, sign, m.start(), m.end(), m.group(0))
            return (d, m) if d else None
        return None

    def _fallback_borrow(self, info: _SentInfo, prev: _SentInfo) -> tuple[DateMention, int, str] | None:
        """Date for the fallback of a dateless sentence: a date-only lead just before it ("The final blow
        came in September 2023. Azerbaijan retook ...") or the one date of the previous sentence's events
        in the same paragraph ("... in September 2022, when X attacked Y. Yerevan asked the CSTO for help")."""
        if info.claims or self.cues.fallback_re is None:
            return None  # a cue of the sentence told its event
        shifted = self._shifted(info, [prev])
        if shifted is not None:
            return shifted
        lead = self._borrow(info, prev)
        if lead is not None and lead[2] == "+lead-date":
            return lead
        if _SHIFT_ANY.search(self.text, info.sent.start, info.sent.end):
            return None  # "days later", "previously": another time than the previous sentence's
        if prev.sent.paragraph != info.sent.paragraph or not prev.claims:
            return None
        if any(c.status != "occurred" for c in prev.claims) or len({c.date.value for c in prev.claims}) != 1:
            return None
        if self._in_spans(info.sent.start, self._speech) or _SAME_TIME.search(
            self.text, info.sent.start, info.sent.end
        ):
            return None
        return prev.claims[-1].date, info.sent.start, "+continued-date"

    def _lead_day(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """News lead: a past-tense dateless sentence in the first paragraphs takes the day of the lead event.

        Only when the first claim of the article is dated to a day at most a week before publication
        (the news of the day) and the sentence is in one of the three paragraphs that follow it.
        """
        lead = next((c for prev in before for c in prev.claims), None)
        pub = self.article.published
        if lead is None or lead.date.precision != "day" or not lead.date.lower or pub is None:
            return None
        if not 0 <= (pub - lead.date.lower).days <= 7 or lead.status != "occurred":
            return None
        lead_par = next(p.sent.paragraph for p in before if p.claims)
        if not 0 < info.sent.paragraph - lead_par <= 3 or self._in_spans(info.sent.start, self._speech):
            return None
        if not any(self._told_past(cm) for cm in info.cues):
            return None
        if self._opinion_between(info, before, lead_par):
            return None
        undated = [cm for cm in info.cues if not cm.dates]
        if undated and all(_SET_OFF_BEFORE.search(self.text, info.sent.start, cm.mstart) for cm in undated):
            return None  # Session 18: "The renewal came days after X visited Riyadh": not the lead's day
        return lead.date, info.sent.start, "+lead-day"

    def _opinion_between(self, info: _SentInfo, before: list[_SentInfo], lead_par: int) -> bool:
        """A paragraph of opinion or background argument between the lead and the sentence ("Critics have long
        argued that ...", "In their view, ..."): the report changed its subject, its day lends nothing."""
        pars = {p.sent.paragraph for p in before if lead_par < p.sent.paragraph < info.sent.paragraph}
        return any(
            _OPINION.search(self.text, p.sent.start, p.sent.end) for p in before if p.sent.paragraph in pars
        )

    def _report_event_day(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """A one-event report (a release on a meeting, session or visit of the last week): a dateless past-tense
        signing or meeting sentence further down that elaborates it ("In particular, an agreement was signed ...",
        "In addition, ...", "also held talks", or a signing right after the day's signings) takes its day, while
        the last paragraph with events tells only that day and no opinion paragraph came between."""
        lead = next((c for prev in before for c in prev.claims), None)
        pub = self.article.published
        if lead is None or lead.event_type != "CONSULT" or lead.status != "occurred" or pub is None:
            return None
        d = lead.date
        if d.precision != "day" or not d.lower or not 0 <= (pub - d.lower).days <= 7:
            return None
        lead_par = next(p.sent.paragraph for p in before if p.claims)
        if not 0 < info.sent.paragraph - lead_par <= 12 or self._in_spans(info.sent.start, self._speech):
            return None
        past = [cm for cm in info.cues if self._told_past(cm) and cm.cue.type in {"AGREE", "CONSULT"}]
        if not past or _PERFECT.search(self.text, max(info.sent.start, past[0].mstart - 30), past[0].mend):
            return None
        told = [p for p in before if p.claims]
        if told[-1].sent.paragraph < info.sent.paragraph - 1:
            return None  # paragraphs without events between: the report changed its subject
        last = [c for p in told if p.sent.paragraph == told[-1].sent.paragraph for c in p.claims]
        clause_end = _CLAUSE_END.search(self.text, past[0].mend, info.sent.end)
        linked = _ELABORATION.match(self.text, info.sent.start, info.sent.end) or _ALSO_LINK.search(
            self.text, info.sent.start, clause_end.start() if clause_end else info.sent.end)
        if any(c.date.value != d.value or c.status != "occurred" for c in last):
            # the story moved to another dated event; a signing opening a paragraph of the report ("In the energy
            # sector, A and B signed an agreement on ...") still tells the report's day when that paragraph was
            # no background history (nothing it tells occurred before the report's year)
            if not self._report_signing(info, past[0], told, d):
                return None
            linked = linked or _SECTOR_OPENING.match(self.text, info.sent.start, info.sent.end)
        signings = past[0].cue.type == "AGREE" and any(c.event_type == "AGREE" for c in last)
        if not (linked or signings) or self._opinion_between(info, before, lead_par):
            return None
        return d, info.sent.start, "+report-day"

    def _report_signing(self, info: _SentInfo, cm: CueMatch, told: list[_SentInfo], day: DateMention) -> bool:
        """A dateless signing of a one-event report after a paragraph with events of other dates: the signing opens
        its paragraph, names its own signatories, and the paragraph before tells no background history (every
        occurred event of it falls in the report's year; plans are the report's outlook)."""
        par = told[-1].sent.paragraph
        if "sign" not in cm.cue.id or par != info.sent.paragraph - 1 or not day.lower:
            return False
        first = min((s for s in self.sentences if s.paragraph == info.sent.paragraph), key=lambda s: s.start)
        if first.start != info.sent.start:
            return False
        year = day.lower.year
        events = [c for p in told if p.sent.paragraph == par for c in p.claims if c.status == "occurred"]
        if any(not c.date.lower or c.date.lower.year != year for c in events):
            return False
        kinds = {"person", "organisation", "state"}
        found = [a for a in self.actors_in(info.sent.start, cm.mstart, day.lower) if a.kind in kinds]
        return len(found) >= 2

    def _also_in_paragraph(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """"X, who had accompanied Y, also held talks with Z" a few sentences after "On Monday Y met W" in the same
        paragraph: the day of the last day-dated meeting or visit of the paragraph (at most three sentences back;
        the sentences between tell nothing of another day)."""
        past = [cm for cm in info.cues if self._told_past(cm) and cm.cue.type in {"AGREE", "CONSULT"}]
        if not past or self._in_spans(info.sent.start, self._speech):
            return None
        clause_end = _CLAUSE_END.search(self.text, past[0].mend, info.sent.end)
        if not _ALSO_LINK.search(self.text, past[0].mstart - 20 if past[0].mstart - 20 > info.sent.start
                                 else info.sent.start, clause_end.start() if clause_end else info.sent.end):
            return None
        for prev in reversed(before[-3:]):
            if prev.sent.paragraph != info.sent.paragraph:
                return None
            days = [c for c in prev.claims if c.date.precision == "day"]
            if any(c.status != "occurred" for c in days) or len({c.date.value for c in days}) > 1:
                return None
            if any(c.event_type == "CONSULT" for c in days):
                return days[-1].date, info.sent.start, "+continued-date"
        return None

    def _retold_occasion(self, cm: CueMatch, why: str) -> bool:
        """'... signed the protocol of the meeting' after 'Following the meeting': the bare definite noun
        is the occasion whose date was borrowed, told again, not a new event."""
        if why != "+occasion-date" or cm.cue.type != "CONSULT":
            return False
        word = self.text[cm.mstart : cm.mend].strip().lower()
        return word in _FRAME_NOUNS and bool(_ANAPHORIC_NOUN.search(self.text, max(0, cm.mstart - 8), cm.mstart))

    def _published_lead(self, info: _SentInfo, i: int, infos: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """A news lead in the present perfect without a date of its own ("President X has received Minister Y, who is
        on an official visit to Z", "X and Y have signed a memorandum on ..."): the first or second sentence of the
        lead paragraph, nothing told before it, a meeting, visit or signing, outside quotations, no tally of acts -
        agencies report the day's news so, and the act takes the publication day (session 10, after the unseen
        analysis). A simple past lead ("went to Beijing", "took place") may tell an earlier day and is left alone."""
        pub = self.article.published
        if pub is None or self.article.published_precision not in (None, "day") or i > 1:
            return None
        if i and info.sent.paragraph != infos[0].sent.paragraph:
            return None  # the lead paragraph only
        if any(p.claims for p in infos[:i]) or self._in_spans(info.sent.start, self._speech):
            return None
        perfect = [
            cm for cm in info.cues if cm.cue.type in {"AGREE", "CONSULT"}
            and _PERFECT.search(self.text, max(info.sent.start, cm.mstart - 30), cm.mend)
        ]
        if not perfect:
            return None  # a simple past lead ("went to Beijing", "took place") may tell an earlier day
        if _QUOTE_MARK.search(self.text, info.sent.start, perfect[0].mstart):
            return None  # '"We have signed ...," the minister said': a quotation, dated by its speech
        if _AGGREGATE_ACTS.search(self.text, info.sent.start, info.sent.end):
            return None  # "have signed more than 100 agreements over three decades": a tally, not the news
        start = info.sent.start
        day = DateMention(start=start, end=start, text="", value=pub.isoformat(), lower=pub, upper=pub,
                          precision="day", relative=True, note="publication day of a news lead")
        return day, start, "+published-lead"

    def _report_day(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """A past act inside reported speech without a date of its own ("Y told reporters that the sides had
        signed a memorandum") happened at or before the report: the day of the report told just before
        ("X said on Tuesday"), within three paragraphs."""
        text = self.text
        if self._in_spans(info.sent.start, self._speech):
            return None
        if not any(self._told_past(cm) and _REPORTING.search(text, info.sent.start, cm.mstart) for cm in info.cues):
            return None
        for prev in reversed(before):
            if info.sent.paragraph - prev.sent.paragraph > 3:
                return None
            for d in reversed(prev.dates):
                if d.precision == "day" and d.lower and _REPORTED_ON.search(
                    text, max(prev.sent.start, d.start - 40), d.start
                ):
                    return d, info.sent.start, "+report-date"
        return None

    def _fallback_occasion(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """Date for the fallback of a sentence opening with its occasion ("After the talks, the two ministers
        signed a plan ..."): the day of that occasion told in the six sentences before."""
        if info.claims or self.cues.fallback_re is None or self._in_spans(info.sent.start, self._speech):
            return None
        m = _FRAME.search(self.text, info.sent.start, info.sent.end)
        if m is None or m.start() - info.sent.start > 3:
            return None
        modes = _FRAME_NOUNS.get(m.group("noun").lower(), set())
        recent = [c for prev in before for c in prev.claims
                  if c.event_type == "CONSULT" and c.mode in modes and c.status != "planned"
                  and c.date.precision == "day"]
        return (recent[-1].date, info.sent.start, "+occasion-date") if recent else None

    def _recent_occasion(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """'After the meeting, X signed ...' right after a day-dated meeting (however it was dated): that day.
        Runs before the news-lead default, so a diary's second-day meeting is not dated by the first day."""
        text = self.text
        m = _FRAME.search(text, info.sent.start, info.sent.end)
        if m is None or not any(self._told_past(cm) for cm in info.cues):
            return None
        if self._in_spans(info.sent.start, self._speech):
            return None
        modes = _FRAME_NOUNS.get(m.group("noun").lower(), set())
        recent = [c for prev in before for c in prev.claims
                  if c.event_type == "CONSULT" and c.mode in modes and c.status != "planned"
                  and c.date.precision == "day"]
        if not recent:
            return None
        noun = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.I)
        lead = self._report_lead()
        if (lead is not None and not noun.search(text, recent[-1].start, recent[-1].end) and lead.mode in modes
                and noun.search(text, lead.start, lead.end) and lead.date.lower and recent[-1].date.lower
                and 0 < (lead.date.lower - recent[-1].date.lower).days <= 3):
            # "co-chaired the 12th meeting ... today. ... On Wednesday evening he was received by the prime
            # minister. Following the meeting, ...": the report's meeting, not the reception of the eve
            return lead.date, info.sent.start, "+occasion-date"
        return recent[-1].date, info.sent.start, "+occasion-date"

    def _report_lead(self) -> Claim | None:
        """The first claim of a one-event report: a day-dated occurred CONSULT of the week before publication."""
        lead = self._lead_claim
        pub = self.article.published
        if lead is None or lead.event_type != "CONSULT" or lead.status != "occurred" or pub is None:
            return None
        d = lead.date
        if d.precision != "day" or not d.lower or not 0 <= (pub - d.lower).days <= 7:
            return None
        return lead

    def _back_reference(self, info: _SentInfo, before: list[_SentInfo]) -> tuple[DateMention, int, str] | None:
        """An undated past-tense sentence that refers back explicitly takes the date of what it names.

        "Following the meeting, ... signed", "During the visit, ...": the last earlier claim of that
        occasion (any distance back), else the article's first claim when it is such an occasion (the
        lead of a one-occasion press release). "In addition, ... signed", "Also, ...": the date of the
        latest claims of the three sentences before, when they all share one date.
        """
        text = self.text
        if not any(self._told_past(cm) for cm in info.cues):
            return None
        if self._in_spans(info.sent.start, self._speech):
            return None
        m = _FRAME.search(text, info.sent.start, info.sent.end)
        if m is not None:
            modes = _FRAME_NOUNS.get(m.group("noun").lower(), set())
            fits = [c for prev in before for c in prev.claims  # told with a date of its own
                    if c.event_type == "CONSULT" and c.mode in modes and c.status != "planned"
                    and ("+" not in c.rule or c.rule.endswith(("+lead-date", "+published-lead")))]
            # (the lead's date is its own; session 15: so is the publication day of a present-perfect news lead,
            # "X has received Y …" … "After the meeting, a memorandum was signed": not a meeting recalled in between)
            if fits:  # the story's own occasion is told to the day; a recalled one ("met in May") is coarser
                days = [c for c in fits if c.date.precision == "day"]
                pool = days or fits
                # "Following the meeting" after "co-chaired the 12th meeting ... today" and "he was received by
                # the prime minister on Wednesday": the occasion its noun names, not the last reception
                noun = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.I)
                named = [c for c in pool if noun.search(text, c.start, c.end)]
                return (named or pool)[-1].date, info.sent.start, "+occasion-date"
            # "On 12 May, a ceremony was held. After it, X and Y held talks. ... Following the talks, they
            # signed": the talks' day, however they were dated, before the enclosing visit's interval
            borrowed = [c for prev in before for c in prev.claims
                        if c.event_type == "CONSULT" and c.mode in modes and c.status != "planned"
                        and c.date.precision == "day" and c.date.lower]
            if borrowed:
                return borrowed[-1].date, info.sent.start, "+occasion-date"
            lead = next((c for prev in before for c in prev.claims), None)
            if lead is None or lead.event_type != "CONSULT" or lead.status == "planned":
                return None
            d = lead.date
            if lead.mode not in modes and d.precision == "day" and d.lower and d.value:
                # "During the visit" after a release led by the day's talks: the visit holds that day,
                # its own days are not told
                first = d.lower.replace(day=1)
                last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                d = replace(d, value=d.value[:7], lower=first, upper=last, precision="month")
            return d, info.sent.start, "+occasion-date"
        if not (_ADDITION.match(text, info.sent.start, info.sent.end)
                or _FOLLOWED.search(text, info.sent.start, info.sent.end)):
            return None
        for prev in reversed(before[-3:]):
            if prev.claims:
                if len({c.date.value for c in prev.claims}) == 1 and all(c.status == "occurred" for c in prev.claims):
                    return prev.claims[-1].date, info.sent.start, "+continued-date"
                return None
        return None

    def _borrow(self, info: _SentInfo, prev: _SentInfo) -> tuple[DateMention, int, str] | None:
        """Date for a dateless sentence from the previous one: a date-only lead or a referred visit."""
        text = self.text
        if prev.sent.paragraph != info.sent.paragraph:
            return None
        if not prev.cues and len(prev.dates) == 1 and not _DEICTIC.search(prev.dates[0].text):
            d = prev.dates[0]
            rest = (text[prev.sent.start : d.start] + " " + text[d.end : prev.sent.end]).split()
            opening = len(text[prev.sent.start : d.start].split()) <= 2
            happening = _HAPPENING.search(text, prev.sent.start, prev.sent.end)
            if len([w for w in rest if w[:1].isalpha()]) >= 3 and (opening or happening):
                # "On 12 May, a welcoming ceremony was held. After the ceremony A and B held talks": the lead
                # tells the occasion this sentence follows, another event; the quote is this sentence's own
                ref = _AFTER_OCCASION.match(text, info.sent.start, info.sent.end)
                told = ref is not None and re.search(
                    rf"\b{re.escape(ref.group('noun'))}", text[prev.sent.start : prev.sent.end], re.I
                )
                return d, info.sent.start if told else prev.sent.start, "+lead-date"
        if (
            not prev.cues and not prev.blocked and len(prev.dates) == 1 and prev.dates[0].precision == "day"
            and prev.dates[0].lower and not prev.modifiers and not self._in_spans(prev.dates[0].start, self._speech)
            and any(self._told_past(cm) for cm in info.cues)
        ):  # "X took part on 17 June in the summit. The leaders signed a treaty": the day the story tells
            return prev.dates[0], info.sent.start, "+continued-date"
        m = _FRAME.search(text, info.sent.start, info.sent.end)
        if m:
            modes = _FRAME_NOUNS.get(m.group("noun").lower(), set())
            for c in prev.claims:
                if c.event_type == "CONSULT" and c.mode in modes:
                    return c.date, prev.sent.start, "+frame-date"
        return None


def extract_claims(
    article: Article,
    sentences: Sequence[Sentence],
    dates: Sequence[DateMention],
    finder: ActorFinder | None = None,
    *,
    cues: CueSet | None = None,
    pair: tuple[ActorMention, ActorMention] | None = None,
    states: Iterable[ActorMention] = (),
    rows: Sequence[tuple[int, int, DateMention]] = (),
    documents: Sequence[tuple[tuple[int, int], Sequence[tuple[int, int]]]] = (),
) -> list[Claim]:
    """Claims of ``article`` from its ``sentences`` and tagged ``dates`` (see module doc).

    ``finder`` resolves actors (an ``ActorDictionary``); ``pair`` is the article's two main states,
    used for "the two countries"/"bilateral" and for inherently bilateral events without actors.
    ``rows`` are the (start, end, date) of dated table rows (:func:`timeline.extract.structure.table_rows`);
    ``documents`` the (intro span, item spans) of lists of signed documents
    (:func:`timeline.extract.structure.document_lists`): each item is a sentence of its own.
    """
    ex = EventExtractor(article, sentences, dates, finder, cues, pair, states)
    ex.rows = list(rows)
    ex.documents = [(intro, tuple(items)) for intro, items in documents]
    return _without_retold_rows(ex.run(), ex.rows)


def _without_retold_rows(claims: list[Claim], rows: Sequence[tuple[int, int, DateMention]]) -> list[Claim]:
    """Row claims (rule ``row.*``) minus those the article also tells outside its table rows: a claim of the
    same type and date from a sentence (a table that sums up the text repeats its events)."""
    told = {(c.event_type, c.date.value) for c in claims if not any(s <= c.start < e for s, e, _d in rows)}
    return [c for c in claims if not c.rule.startswith("row.") or (c.event_type, c.date.value) not in told]


def home_state(mentions: Iterable[ActorMention], min_count: int = 3) -> ActorMention | None:
    """The state an article is mostly about: mentioned at least ``min_count`` times and more often than any
    other (None for an even two-country story, where "the government" could be either)."""
    counts: dict[str, int] = {}
    first: dict[str, ActorMention] = {}
    for a in mentions:
        if a.kind == "state":
            counts[a.name] = counts.get(a.name, 0) + 1
            first.setdefault(a.name, a)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < min_count or (len(ranked) > 1 and ranked[0] < 1.5 * ranked[1]):
        return None
    top = max(counts, key=lambda n: counts[n])
    return first[top]


#: an intention between a subject and its verb ("we plan to | open")
_INTENT_TAIL = re.compile(
    r"(?:plans?|intends?|aims?|hopes?|wants?|expects?|are\s+going|will|shall)\s+(?:to\s+)?$", re.I
)

#: a short quotation that is speech, not a name: a first-person clause or one closed by punctuation
_WILL = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|expected\s+to|due\s+to)|to\s+be)\b", re.I)
#: the joint before a coordinated clause that may have its own subject: ", and the X side announced", "; Y signed"
_CLAUSE_JOINT = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+")
#: a signed document whose complement is an event noun: "signed the protocol of the 11th meeting of the commission"
_SIGNED_DOC_OF = re.compile(
    r"\b(?:signed|inked|concluded|sign|signs|signing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:plan|programme|program|road\s?map|protocol|memorandum|agreement)\s+(?:of|on|for)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: the parties named inside a document's name: "Joint Statement [of the Republic of A and the B] on ..."
_DOC_PARTIES = re.compile(r"\s+(?:of|between)\s+(?:the\s+)?[A-Z][^;,]*?(?=\s+(?:on|for|in|to)\s|$)")
#: a sentence singling out one of the documents just told: "Among them was", "They included", "These include"
_MEMBER_OPENING = re.compile(
    r"[\s\"“]*(?:Among\s+(?:them|these|those|the\s+(?:\w+\s+)?(?:agreements|deals|documents|contracts))\s+"
    r"(?:was|were|is|are)|(?:They|These|Those|The\s+(?:agreements|deals|documents|contracts))\s+"
    r"(?:include[sd]?|comprised?))\s+(?:an?\s+|the\s+)?"
)
_SIGNED_WORD = re.compile(r"\b(?:signed|concluded|inked)\b", re.I)
#: between a written day and a date counted from an event that restates it: "16.06.2025, on the eve of"
_RESTATING = re.compile(r"\s*[,(–—-]\s*(?:on|at|i\.e\.,?)?\s*", re.I)
#: a run's departure and arrival, and the arrival told as a shift from the departure day
_DEPARTURE = re.compile(
    r"\b(?:left|departed|set\s+(?:off|out|sail)|was\s+dispatched|were\s+dispatched|was\s+sent\s+off|"
    r"pulled\s+out|sailed\s+from|started\s+(?:its|their)\s+(?:journey|trip|run))\b",
    re.I,
)
_ARRIVAL = re.compile(
    r"\b(?:reached|arrived|arriving|reaching|got\s+to|pulled\s+into|docked|rolled\s+into|was\s+unloaded)\b", re.I
)
#: session 18: a figure that labels a list item ("21: agreements signed this week", "$104.6 billion: bilateral trade in
#: 2025", "1.58 million bpd: imports in May"): the item counts acts, it tells none; not a year or a day ("2019:", "12
#: May:") nor a clock time
_FIGURE_LABEL = re.compile(
    r"[\s*_•·>-]*(?!(?:1[89]|20)\d\d\s*:)(?:[$€£]\s*|US\$\s*|USD\s*)?\d[\d.,]*\s*(?:%|percent|per\s+cent|"
    r"(?:million|billion|trillion|bn|mn|thousand)\b)?(?:\s*(?:bpd|b/d|barrels(?:\s+(?:per|a)\s+day)?|tonnes|tons|TEU|km|"
    r"MW|GW|people|dollars|yuan|riyals?|rupees|euros?)\b)?\s*:\s+(?!\d)",
    re.I,
)
#: session 18: verbs of support with a reciprocal object or an object of principle (as fallback.py's guard)
_FB_SUPPORT_FORMS = frozenset(
    {"supported", "supports", "backed", "backs", "endorsed", "endorses", "helped", "helps", "assisted", "assists"}
)
_FB_RECIPROCAL = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.I)
_FB_STANCE_OBJECT = re.compile(
    r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:principle|statehood|state(?!\s+(?:visit|media|firm|"
    r"company|enterprise|bank|fund|council|budget))|two-state\s+solution|solution|position|stance|cause|right\s+to|"
    r"sovereignty|territorial\s+integrity|independence|reunification)\b",
    re.I,
)
#: session 18: a fronted clause of an occasion ("When X attended the forum,", "During the visit,")
_FRONTED_OCCASION = re.compile(r"[\s*_\"“]*(?:When|While|As|During|At)\b", re.I)
#: session 18: a second named gathering coordinated with the first ("... Summit and the first China-GCC Summit")
_GATHERING_AND = re.compile(
    r"\s+and\s+(?:the\s+|a\s+)?(?:(?:first|second|third|fourth|fifth|inaugural)\s+)?"
    r"(?P<g>(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+|and\s+)?(?-i:[A-Z])[\w'’-]*){0,5}?\s+(?-i:Summit|Forum|Conference|Congress))\b"
)
_RUN_SHIFT = re.compile(r"\b(?:days?|weeks?)\s+(?:later|afterwards|on)\b|\b(?:next|following)\s+day\b", re.I)
#: a follow-up that adds to the story told: "was also signed", "as well as", "likewise"
#: a sentence opening that elaborates the event just told: "In particular,", "Specifically,", "Among them,"
_ELABORATION = re.compile(
    r"[\s\"“*_]*(?:In\s+particular|Specifically|Notably|Among\s+(?:them|others|these|the\s+documents)|In\s+addition|"
    r"Additionally|Also|Besides|Moreover|Furthermore|At\s+the\s+same\s+time|(?:Earlier|Later)\s+(?:in\s+the|that)\s+day)\b",
    re.I
)
#: a paragraph of opinion or argument: "Critics have long argued", "In their view", "analysts believe"
_OPINION = re.compile(
    r"\b(?:argue[sd]?|arguing|critics?|sceptic\w*|skeptic\w*|in\s+(?:their|his|her|our|my)\s+view|opinion|"
    r"believes?|analysts?\s+(?:say|said|believe|think|warn))\b", re.I
)
#: a tally of acts over a period ("more than 100 agreements", "dozens of times", "over three decades", "so far")
_AGGREGATE_ACTS = re.compile(
    r"\b(?:more\s+than|over|nearly|almost|about|around|some|at\s+least)\s+(?:\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a\s+dozen|a\s+hundred)|\b(?:dozens|scores|hundreds|a\s+number|a\s+series|several|many|numerous)"
    r"\s+(?:of\s+)?|\b\d+\s+(?:agreements|documents|memorand|contracts|deals|times|visits|meetings)|\b(?:decades?|"
    r"so\s+far|to\s+date|since|over\s+the\s+(?:years|past)|in\s+recent\s+years)\b",
    re.I,
)
#: a present perfect before a cue: background, not the report's event ("have signed more than 150 agreements")
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:\w+ly\s+|also\s+|already\s+)*(?:been\s+)?\w+", re.I)
_DOC_NOUNS = (
    r"(?:agreements?|memorand(?:um|a)|MoUs?|treat(?:y|ies)|protocols?|contracts?|accords?|declarations?|"
    r"conventions?|roadmaps?|road\s+maps?|programmes?|programs?)"
)
#: a second document coordinated after the signed one: "(an agreement) on visa exemption and a memorandum on X"
_DOC_AFTER = re.compile(
    r"(?:\s+(?:of\s+understanding\s+)?(?:on|of|for|about|between|with|in\s+the\s+field\s+of)\s+[^,;:.()]{1,90}?)?"
    r"(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+(?:(?:also\s+)?(?:a|an|the|another)\s+)(?P<doc>(?:[\w'’-]+\s+){0,3}?"
    + _DOC_NOUNS + r")\b", re.I
)
#: the next document of a comma list: "an agreement on X, an agreement between A and B on Y, and a memorandum ..."
_DOC_LISTED = re.compile(
    r"(?:\s+(?:of\s+understanding\s+)?(?:on|of|for|about|between|with|in\s+the\s+field\s+of)\s+[^,;:.()]{1,140}?)?"
    r",\s*(?:and\s+|as\s+well\s+as\s+|including\s+|among\s+them\s+|such\s+as\s+)?(?:(?:also\s+)?(?:a|an|the|another)\s+)"
    r"(?P<doc>(?:[\w'’-]+\s+){0,3}?"
    + _DOC_NOUNS + r")\b", re.I
)
#: a first document coordinated before the signed one: "A memorandum on X and (an agreement ...) were signed"
_DOC_BEFORE = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:a|an|the)\s+)?(?P<doc>(?:[\w'’-]+\s+){0,2}?" + _DOC_NOUNS
    + r")\b(?:\s+(?:of\s+understanding\s+)?(?:on|of|for|about)\s+[^,;:.()]{1,90}?)?\s+(?:and|as\s+well\s+as)\s+"
    r"(?:(?:a|an|the|another)\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I
)
#: a signing told as one more of the day's: "was also signed", "also signed", "were signed as well"
_ALSO_SIGNED = re.compile(
    r"\b(?:(?:was|were)\s+also|also)\s+(?:\w+ly\s+)?(?:signed|concluded|initial+ed|exchanged)\b|"
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:signed|concluded)\s+as\s+well\b",
    re.I,
)
#: a report paragraph opening with its sector ("In the energy sector, ...", "In the field of education, ...")
_SECTOR_OPENING = re.compile(
    r"[\s\"“*_]*(?:In|Within)\s+the\s+(?:[\w-]+\s+){0,3}(?:sector|sphere|field|area|domain|industry)\b", re.I
)
_ALSO_LINK = re.compile(r"\b(?:also|as\s+well(?!\s+as)|likewise|additionally)\b", re.I)
#: a document describing itself: "This brief reviews ...", "The report below looks at ...", "In this note we ..."
_SELF_DESCRIPTION = re.compile(
    r"[\s\"“*_]*(?:(?:This|The|Our|Today['’]s)\s+(?:brief|briefing|report|paper|review|article|study|note|analysis|"
    r"chapter|section|issue|newsletter|memo|update|overview|survey|digest|factsheet|fact\s+sheet|explainer|"
    r"chronology|timeline|table|list|annex|appendix|backgrounder)"
    r"(?:\s+(?:below|here|that\s+follows))?\s+(?:reviews|examines|looks\s+(?:at|back\s+at)|summari[sz]es|surveys|"
    r"covers|discusses|analy[sz]es|describes|tracks|lists|maps|considers|assesses|"
    r"explores|outlines|sets\s+out|"
    r"recaps|takes\s+stock\s+of|goes\s+through|focuses\s+on)|"
    r"In\s+this\s+(?:brief|briefing|report|paper|review|article|study|note|analysis|chapter|section|issue|newsletter|"
    r"memo|update|overview)\s*,?\s+(?:we|I)\s+(?:\w+ly\s+)?[a-z]+|"
    # session 13: an editor's note on the list itself, "The list above is not exhaustive; visits ... are included
    # only where they produced agreements", "This chronology is selective", "The timeline below is incomplete"
    r"(?:This|The|Our)\s+(?:list|chronology|timeline|table|overview|selection)(?:\s+(?:above|below|here))?\s+"
    r"(?:is|are)\s+(?:not\s+(?:exhaustive|complete|comprehensive)|(?:selective|incomplete|partial|indicative))|"
    r"(?:Only\s+)?(?:[\w-]+\s+){0,6}?(?:are|is)\s+(?:included|listed|shown)\s+only\s+(?:where|when|if)\b)\b"
)
#: a counted plural subject before a transport cue: "412 container trains", "some 1,200 trucks", "a total of 35"
_COUNT_SUBJECT = re.compile(
    r"\s*(?:(?:In|By|Over|During|Through)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?\d{4}\s+)?"
    r"(?:(?:some|about|around|over|nearly|almost|roughly|more\s+than|a\s+total\s+of|up\s+to)\s+)?"
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}",
    re.I,
)
#: a restrictive relative clause opening with a past verb: "that left", "which was launched", "that had arrived"
_SUBJECT_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:had\s+|has\s+|was\s+|were\s+|first\s+)?(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|left|set\s+off|set\s+out|began|went|came|ran|took|made|sent|built|won)\b"
)
#: an arrival opening a stay of a stated length: "arrived in X for a three-day state visit"
_OPENED_STAY = re.compile(
    r"\b(?:arriv\w*|land(?:s|ed)?|flew\s+in(?:to)?)\b[^,;.]{0,60}?\b(?:for|on|at\s+the\s+start\s+of)\s+"
    r"(?:a|an|his|her|their|its)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\s+"
    r"(?:[a-z]+\s+){0,2}?(?:visit|trip|tour|stay)\b",
    re.I,
)
#: Session 17: a clause set a vague or small count of weeks or months off the main clause's date: ", a few weeks
#: after", ", two months before"
_COUNTED_OFF = re.compile(
    r"[^.;]{0,80}?,\s*(?:only\s+|just\s+|barely\s+)?(?:a\s+few|several|some|a\s+couple\s+of|two|three|four|five|six)\s+"
    r"(?P<unit>weeks|months)\s+(?:after|before|earlier\s+than)\b",
    re.I,
)
#: Session 17: a clause of the same time as the sentence's day that closes a stay: "said on Tuesday …, as the
#: visiting minister wrapped up a two-day trip", "when she ended her three-day visit"
_CLOSING_STAY = re.compile(
    r"\b(?:as|when|while)\s+[^,;.]{0,80}?\b(?:wrap(?:ped|s)?\s+up|conclud(?:ed|es)|end(?:ed|s)|"
    r"complet(?:ed|es)|finish(?:ed|es))\s+(?:a|an|his|her|their|its)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\s+(?:[a-z]+\s+){0,2}?"
    r"(?:visit|trip|tour|stay)\b",
    re.I,
)
#: Session 15: "during the three-day trip", "over his two-day visit": a stay of a stated length named as the frame
_DURING_STAY = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of|over)\s+(?:the|his|her|their|its|this)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\s+"
    r"(?:[a-z]+\s+){0,2}?(?:visit|trip|tour|stay)\b",
    re.I,
)
#: an arrival verb governing the date right after it: "arrived in Beijing on"
#: Between an arrival day and the departure day of the same visitor: a predicate coordinated by "and" that leaves
#: ("… from Dushanbe and will leave for Tashkent on", "… and left on", "… and is due to depart on").
_THEN_DEPARTS = re.compile(
    r"[^,;.]{0,60}?\s+and\s+(?:(?:will|is\s+(?:due|scheduled|set|expected)\s+to|was\s+due\s+to)\s+)?"
    r"(?:leave|leaves|left|depart|departs|departed)\b[^,;.]{0,40}?\s+(?:on\s+)?",
    re.I,
)
_ARRIVAL_BEFORE = re.compile(r"\b(?:arriv\w*|land(?:s|ed)?|flew\s+in(?:to)?)\b[^,;.]{0,60}$", re.I)
_PERIOD_LINK = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+|\s*[-–]\s*)$")
_PERIOD_LEAD = re.compile(r"\b(?:for|covering)\s+(?:the\s+)?(?:years?\s+|period\s+(?:of\s+)?)?$", re.I)
#: a document or plan whose period "for 2024-2028" is
_PERIOD_DOC = re.compile(
    r"\b(?:programmes?|programs?|plans?|strateg(?:y|ies)|road\s?maps?|agreements?|memorand(?:um|a)|treat(?:y|ies)|"
    r"contracts?|protocols?|consultations|framework|budget|concept|agenda|schedules?|calendars?|timetables?|"
    r"chairmanship|presidency)\b",
    re.I,
)
#: "Had the deal been signed", "Were the talks to resume": an inverted condition opening the sentence
_INVERTED_CONDITION = re.compile(r"[\s\"“*_]*(?:Had|Were)\s+(?!been\b)(?:[\w'’-]+\s+){1,6}?(?:been|to)\b")
#: a noun cue that is the subject of a counterfactual ("X's trip to China would have made ...")
#: session 17: what "gave" hands over when it is speech or a gesture, not goods ("gave Tehran words of support", "gave
#: an interview", "gave assurances", "gave its blessing")
_FB_SPEECH_GIFT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:words?|assurances?|speech(?:es)?|interviews?|lectures?|briefings?|press\s+conferences?|"
    r"address(?:es)?|thanks|blessing|backing|signals?|promises?|guarantees?|green\s+light|nod|reassurances?)\b",
    re.IGNORECASE,
)
#: session 17: an indirect question opens the clause ("X asked Y, professor of ..., what is left of the partnership the
#: two countries proclaimed then", "wondered whether the deal signed in May still holds"): what follows is asked about
_ASKED_WH = re.compile(
    r"\b(?:asked|asks|asking|wondered|wonders|questioned)\b[^.;!?]{0,200}?(?:^|[\s,])(?:what|whether|how|why|if)\s",
    re.IGNORECASE,
)
#: session 17: what a resolution does, told in a relative clause after its name ("Resolution 1929, which imposes a
#: fourth round of sanctions"): the content of the document voted on, not a second event
_RESOLUTION_CONTENT = re.compile(
    r"\b[Rr]esolution\s+(?:No\.?\s*)?\d[\w./-]*\s*,\s+(?:which|that)\s+(?:also\s+|then\s+)?$"
)
#: session 17: an event noun naming one end of a covered span ("lists the milestones from the recognition of X's
#: independence to the beginning of 2021", "from the signing of the treaty to the present day"): a scope, not a report
_SPAN_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_SPAN_TO = re.compile(
    r"[^.;!?]{0,80}?\bto\s+(?:the\s+)?(?:(?:beginning|start|end|middle|close)\s+of\s+|present(?:\s+day)?\b|"
    r"(?:this|our)\s+day\b|today\b)",
    re.IGNORECASE,
)
_COUNTERFACTUAL_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?P<modal>would|could|might|should)\s+(?:not\s+|never\s+|\w+ly\s+)?have\s+\w+", re.I
)
#: a coordinated verb or relative clause before the modal: the modal is not the noun cue's
_CLAUSE_LINK = re.compile(r"\b(?:and|but|then|that|which|who|whom)\b")
#: a name (capitalised word) right before an apposition's comma or bracket
_NAME_END = re.compile(r"\b[A-Z][\w'’.-]*\s*$")
#: a sentence-opening adverb before a comma ("Then,", "Later,"): no name for an apposition to follow
_OPENING_ADVERB = re.compile(
    r"[\s\"“*_]*(?:Then|Later|Afterwards|Subsequently|Meanwhile|Earlier|Next|Finally|Also|However|Since\s+then|"
    r"After\s+that|Before\s+that|At\s+the\s+time|Back\s+then|In\s+turn|Thereafter)\s*"
)
#: a comma segment that opens with a preposition or subordinator is an adjunct clause, not a role apposition
_ADJUNCT_OPENING = re.compile(
    r"\s*(?:during|at|in|on|after|before|following|since|until|when|while|as|amid|under|with|for|from|"
    r"ahead\s+of)\b",
    re.I,
)
#: "President X's state visit": the role word titles a possessor, so the segment is no apposition of its own
_POSSESSED_ROLE = re.compile(r"\b[A-Z][\w'’.-]*['’]s\s")
#: the end of an apposition after its date: a comma or closing bracket before any other clause mark
_APPOSITION_END = re.compile(r"[^,;:()]{0,40}?[,)]")
#: an office held: the head noun of a role apposition
_TENURE_ROLE = re.compile(
    r"\b(?i:minister|premier|president|ambassador|envoy|chairman|chairwoman|chair|governor|mayor|secretary|"
    r"speaker|commander|director|chief|head|leader|deputy|spokesman|spokeswoman|spokesperson|representative|"
    r"prosecutor|senator|member|mp|general|consul|mufti|patriarch|king|emir|chancellor)\b"
)
_PAST_WORD = re.compile(r"\b[a-z]{3,}ed\b")
#: a verb inside an apposition makes it a clause, not a role
_TENURE_VERB = re.compile(
    r"\b(?:who|which|that|is|was|were|has|have|had|will|would|said|says|met|visited|signed|made|held|became)\b",
    re.I,
)
_SPOKEN = re.compile(r"[\"“](?:(?:We|I|Our|My)\b|[^\"”]*[,.!?][\"”]$)")

#: a plan: an intention verb or "is to be" + a participle (item 3 of round 7, :meth:`EventExtractor._plan_claims`)
_PLAN = re.compile(
    r"\b(?:(?:plans?|planning|intends?|intending|aims?|aiming|expects?|hopes?|wants?|(?:is|are|am)\s+going)\s+to|"
    r"(?:is|are)\s+(?:(?:expected|due|set|scheduled|planned|slated)\s+)?to\s+be|will\s+be)\s+"
    r"(?:(?:fully|finally|officially|jointly)\s+)?"
    r"(?P<verb>open(?:ed)?|launch(?:ed)?|build|built|complete[d]?|finish(?:ed)?|commission(?:ed)?|start(?:ed)?|"
    r"begin|begun|sign(?:ed)?|hold|held|host(?:ed)?|put\s+into\s+(?:operation|service))\b",
    re.I,
)
#: a plant's planned first output or readiness before "by <date>" ("would deliver first power by the end of 2028",
#: "should be ready by 2029"): the date is the plan's, not a deadline of something else
_PLANNED_OUTPUT = re.compile(
    r"\b(?:will|would|should|(?:is|are)\s+(?:expected|due|set|scheduled|slated)\s+to)\s+(?:(?:deliver|produce|"
    r"generate|supply|pump|achieve)\s+(?:(?:its|their|the)\s+)?first\s+\w+|be\s+ready)\b",
    re.I,
)
#: a plan told in a non-restrictive relative clause (", which will be held in 2026"): the antecedent's description
_PLAN_IN_RELATIVE = re.compile(r",\s+which\s+(?:\w+ly\s+)?$", re.I)
#: what a plan may launch or start that is no event of its own
_PLAN_PROCEDURE = re.compile(
    r"\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+)?(?:tenders?|bids?|bidding|stud(?:y|ies)|reviews?|surveys?|consultations?|"
    r"campaigns?|probes?|investigations?|search|process|procedures?|talks\s+on)\b",
    re.I,
)
_PLAN_TYPES = [("sign", "AGREE"), ("hold", "CONSULT"), ("held", "CONSULT"), ("host", "CONSULT"), ("", "COOPERATE")]
_PLAN_BASE = {"opened": "open", "launched": "launch", "built": "build", "completed": "complete", "finished": "finish",
              "commissioned": "commission", "started": "start", "begun": "begin", "signed": "sign", "held": "hold",
              "hosted": "host"}
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")

#: a table row's event phrase without a verb of its own -> (type, mode, kind); first match wins
#: the contents line of a newsletter or live page ("This week: ...", "In this issue: ...", "Inside: ...")
_CONTENTS_LINE = re.compile(
    r"[\s*_#]*(?:(?:in\s+)?this\s+(?:week|issue|edition|newsletter)|today|inside|also\s+inside|coming\s+up|"
    r"in\s+(?:today's|this\s+week's)\s+(?:issue|edition|newsletter)|contents|what's\s+inside)[*_]*\s*:\s",
    re.I,
)
#: a finite verb or participle in a chronology part: not verbless
_VERBLESS_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|(?-i:[a-z]{3,}(?:ed|es))|signs?|meets?|holds?|takes?|makes?|"
    r"opens?|visits?|says?|goes|went|came|comes|begins?|began|runs?|ran|sets?|becomes?|became)\b",
    re.I,
)
#: "Berdimuhamedov in Beijing", "President X in Moscow for talks"
_VERBLESS_VISIT = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s+(?:arrives\s+)?in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
    r"(?:\s+(?:for|on)\s+[\w\s'’-]{1,40})?"
)
#: "First China–Central Asia summit, Xi'an", "Second Belt and Road Forum in Beijing"
_VERBLESS_GATHERING = re.compile(
    r"(?P<name>(?:[\w'’–-]+\s+){0,7}?(?:summit|forum|conference|congress|expo|exhibition|games|session|"
    r"Summit|Forum|Conference|Congress|Expo|Games|Session))\s*(?:,|\s+in|\s+at)\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
)
_ROW_EVENTS: list[tuple[re.Pattern[str], str, str | None, str]] = [
    (re.compile(r"\b(?:relations|ties)\b.*\b(?:established|restored|resumed|normali[sz]ed)\b|"
                r"\b(?:establishment|restoration|resumption)\s+of\s+(?:diplomatic\s+)?(?:relations|ties)\b", re.I),
     "AGREE", None, "relations"),
    (re.compile(r"\b(?:agreements?|treat(?:y|ies)|memorand(?:um|a)|partnership|declaration|joint\s+statement|"
                r"accords?|deals?|contracts?|protocol|roadmap)\b", re.I), "AGREE", None, "agreement"),
    (re.compile(r"\b(?:summit|forum|conference|congress|talks|negotiations|meeting)s?\b", re.I),
     "CONSULT", None, "meeting"),
    (re.compile(r"\b(?:visit|trip|tour)s?\b", re.I), "CONSULT", "visit", "visit"),
    (re.compile(r"\b(?:enter(?:s|ed)?\s+(?:into\s+force|(?:commercial\s+)?(?:operation|service))|"
                r"opened|launched|inaugurated|commissioned|completed|opening|launch|inauguration)\b", re.I),
     "COOPERATE", None, "opening"),
]


#: a chronology item opening with a range across two months ("**31 August – 1 September 2025** — ..."): its start
#: a full stop closing a bold date at the head of an item ("- **May 2023.** The President ..."): the item's date
_BOLD_DATE_STOP = re.compile(r"^([-*•–—▪►◦·+]?\s*[*_]{2}[^*_\n]{3,40}?\d{4})\.([*_]{2}\s)")
_CROSS_MONTH_HEAD = re.compile(
    r"^([-*•–—▪►◦·+]?\s*[*_]{0,2})\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s*[-–]\s*"
    r"(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4})"
)


_PARAGRAPH_GAP = re.compile(r"\n[^\S\n]*\n")
#: a capitalised word right after a date that opens a paragraph (a chronology row without its separator)
_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")


def _dated_line(line: str) -> bool:
    """:func:`timeline.ingest.boilerplate.is_dated_item`, also for an item whose date is a range across two months
    ("31 August – 1 September 2025 — SCO summit in Tianjin"), read by its last day."""
    # "- **3–4 July 2024.** Astana hosted ..."; a hard-wrapped item reads as one line
    line = _BOLD_DATE_STOP.sub(r"\1\2", line.strip().replace("\n", " "), count=1)
    return is_dated_item(line) or is_dated_item(_CROSS_MONTH_HEAD.sub(r"\1", line, count=1))


def main_pair(mentions: Iterable[ActorMention], min_count: int = 2) -> tuple[ActorMention, ActorMention] | None:
    """The two states mentioned most often (each at least ``min_count`` times), alphabetically."""
    counts: dict[str, int] = {}
    first: dict[str, ActorMention] = {}
    for a in mentions:
        if a.kind != "state":
            continue
        counts[a.name] = counts.get(a.name, 0) + 1
        first.setdefault(a.name, a)
    top = sorted(counts, key=lambda n: (-counts[n], n))[:2]
    if len(top) < 2 or counts[top[1]] < min_count:
        return None
    a, b = sorted(top)
    return first[a], first[b]


def answering_side(
    text: str,
    pair: tuple[ActorMention, ActorMention] | None,
    actors: Callable[[int, int], Sequence[ActorMention]],
) -> str | None:
    """The country of a press conference's answering side: the state of its most frequent turn label (the
    spokesperson, "Lin Jian: ..."), else the side of the pair its turns name most often ("China will continue to
    ..."); None when the document has no repeated speaker turn or the count ties."""
    if pair is None:
        return None
    sides = {p.country for p in pair if p.country}
    labels = [m for m in _TURN_LABEL.finditer(text) if not _ASKER.match(m.group(1))]
    counts: dict[str, int] = {}
    for m in labels:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        return None
    name = max(counts, key=lambda n: counts[n])
    if counts[name] < 2:
        return None
    mine = [m for m in labels if m.group(1) == name]
    person = [a for a in actors(mine[0].start(1), mine[0].end(1)) if a.kind == "person" and a.country in sides]
    if person:
        return person[0].country
    named: dict[str, int] = {}
    for m in mine:
        end = text.find("\n", m.end())
        for a in actors(m.end(), len(text) if end < 0 else end):
            if a.country in sides and a.kind in {"state", "person", "organisation"}:
                named[a.country] = named.get(a.country, 0) + 1  # type: ignore[index]
    ranked = sorted(named.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(named, key=lambda c: named[c])


def off_pair_question(
    text: str,
    pos: int,
    pair: tuple[ActorMention, ActorMention] | None,
    actors: Callable[[int, int], Sequence[ActorMention]],
    own: str | None = None,
) -> bool:
    """Whether the sentence at ``pos`` is in a press conference's question turn ("Shenzhen TV: The annual forum
    concluded last week. Could you give us an overview?") that names at most one side of the article's ``pair``
    and no person of it: the asker's preamble about an unrelated matter, not an event of the relationship. A turn
    that names the side other than ``own`` (the answering side, :func:`answering_side`; both sides when it is
    unknown), or a person of the pair ("Reuters: President X arrived in Beijing today. What ...?"), keeps its events.
    A named speaker's turn ("Zeynalli: ...") is no question turn. ``actors(start, end)`` gives the actor mentions of
    a span."""
    if pair is None:
        return False
    line = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    label = _TURN_LABEL.match(text, line)
    if label is None or "?" not in text[label.end() : end]:
        return False
    if not _ASKER.match(label.group(1)) and any(a.kind == "person" for a in actors(label.start(1), label.end(1))):
        return False
    sides = {p.country for p in pair if p.country}
    found = actors(label.end(), end)
    if any(a.kind == "person" and a.country in sides for a in found):
        return False
    named = {a.country for a in found if a.country}
    others = sides - {own} if own in sides else sides
    return not others <= named
