"""The same-event test: may a new claim join an existing event? Pure functions, no database.

A claim and an event are compared through :class:`Profile` (type, mode, date bounds, actors,
named objects, keywords, occasions, sources). :func:`same_event` returns a scored :class:`Match`
or None. Rules:

- **Type family.** Same PLOVER type, all modes of one type together (a CONSULT "visit" and a CONSULT
  "multilateral" meeting may be the same meeting). Exception: a phone call never joins a non-phone
  CONSULT. AGREE and COOPERATE form one family because a signing is coded either way, but a
  cross-type join needs a matching named object (the same document), or one name whose two or
  more distinctive words are all in the other ("Belt and Road Initiative" / "Silk Road Economic
  Belt"); other types never mix.
- **Across the type wall (session 4).** Two families meet only with strong evidence
  (:func:`_bridge`): a signed ceasefire statement (AGREE) and the truce (RETREAT) are one event
  when both quotes tell the ceasefire ("ended the fighting", "the truce", :func:`quote_cues`) or
  both name the same object, they come from two articles, the parties are the same (two or more
  states shared, leaders standing for their states, one side's within the other's), the dates are
  equal or one contains the other, nothing contradicts, and the event holds no citation of the
  claim's family yet unless the object is the same — so two documents signed on one day never meet
  through a third event. Within one sentence the merger also joins an agreement and the meeting
  named as its occasion ("agreed … when the presidents met", "signed at their meeting";
  ``merge._agreed_when_met``); talks and a signing ("signed after the talks", "held talks and
  signed"), and a visit and a document signed during it, stay two lines (gold convention: documents
  signed during a visit are their own events, talks fold into the visit). A signing and the talks
  or visit of another article are not bridged: the same two leaders sign and talk on the same day.
- **Over-merges (session 4).** Two sides naming ordinal gatherings of one kind with no number in
  common ("the first … meeting" vs "the second … meeting", "Fourth" vs "Fifth … Summit",
  :func:`ordinal_gatherings`) are two events, in :func:`judge` and in the only-candidate rules.
  The only-candidate rules' "two shared topic words" no longer count words of the actors', states'
  or places' names ("Charles Michel" shared by the Prague and the Astana meetings). Tried and
  dropped: disjoint places as a contradiction (places include venues and route ends: "signed in
  Beijing" vs "a railway to Kashgar" split two dev events).
- **States.** When both sides name states and neither set contains the other (China–Azerbaijan
  vs China–Georgia), they are different events.
- **Date.** Bounds must overlap: equal, vaguer ("in 2015" joins "December 8-11, 2015") or finer.
  Day-like dates at most 14 days apart ("near") are a *conflict* and need a strong signal.
  A year-unknown claim ("XXXX-07-05") is completed with the event's year and needs a strong signal.
  A claim of another precision (vaguer or finer, or partly overlapping) also needs a strong signal:
  "in 2017" says little, so only the same object or the same actor doing the same thing may join.
- **Keywords.** Only *content* keywords count: the words naming what the event was about
  ("memorandum", "railway", "diplomatic", "visit"). Generic action words that any event of the type
  carries ("signed", "opened", "inaugurated", "commissioned", "met", "held", "state", "official",
  "first" …; :data:`GENERIC_KEYWORDS`) never identify an event.
- **Identity.** A join needs a positive signal: a matching named object, a shared specific actor
  (person, organisation — not the states every bilateral event has) or two shared content keywords.
  Without any, two same-type claims join only when their dates are identical and day-like, they
  come from different sources (one article naming two same-day happenings means two events) and
  nothing contradicts (same or unknown mode, no differing named objects or specific actors).
  *Strong* signal = matching named object, or a shared specific actor plus a shared content
  keyword, or the same states (two or more) plus two shared content keywords ("Azerbaijan and
  China established diplomatic relations").
- **Evidence.** Between two articles, combined evidence (:func:`evidence`: named-object word overlap,
  shared specific actors, content keywords, place, proper names shared by the quotes) of at least
  :data:`STRONG_EVIDENCE`, 1.5 of it not from shared actors, is a strong signal too ("Hu Jintao …
  at the Saman-Depe field … Turkmenistan, Kazakhstan" in both; "Silk Road Economic Belt" vs "Belt
  and Road Initiative" with two shared keywords).
- **Dates one unit apart.** Between two articles, disjoint dates less than one unit of the coarser
  side apart (a month or a year: "12 June 2018" vs "July 2018", "14 December 2009" vs "2010";
  :func:`~timeline.resolve.dates.adjacent`) are one event with a flagged conflict when both name
  the same thing with two or more distinctive words (matching named object), no place or topic
  keyword differs, and the type is not CONSULT (gatherings recur every year).
- **A person's first visit (session 4).** :func:`_first_visit`: two articles dating one person's
  *first* visit or trip to one country one unit apart ("his first visit to China in 1993" vs "his
  first official trip to Beijing in March 1994") are one event with a flagged conflict: both quotes
  say "first visit/trip" (not "the first … since 2015", not "in ten years"), a shared person and a
  shared host state, strong signal otherwise as for any conflict. Visits without "first" a unit
  apart stay two events (a person visits a country many times). A named document dated a unit
  apart is the older rule below.
- **Dates a month apart.** Adjacent month-like dates ("November 2023" vs "last December") are
  "near", like day-like dates up to 14 days apart: a conflict that needs a strong signal.
- **The only candidate.** :func:`vague_candidate`: a month-or-vaguer claim of another article that
  shares a state or actor and a content keyword with exactly one day-like event of its period joins
  it (the merger decides uniqueness); two such events: no join. Likewise :func:`near_candidate`: a
  day-like claim of another article at most 7 days from exactly one same-type day-like event with
  two shared states (or a shared actor) and a shared place or content keyword joins it as a date
  conflict (4 vs 6 June); with two candidates, none.
- **Year-unknown claims, session 4.** :func:`year_unknown_candidate`: a year-unknown claim
  ("XXXX-04-23", "XXXX-04": an article without a publication date) joins the only dated event of
  its type whose dates, completed with the nearest year, contain it or lie within it, with shared
  parties and a shared topic keyword (or the same named object) and nothing contradicting — any
  year fits, so the same people alone are not enough. The merger refuses a year-unknown claim that
  matches events of two different years ("signed on April 23" against the signings of 2019 and 2025).
- **Session 5 (round 6).** A claim meets an event coded as another type family when the event
  holds a citation of the claim's family (a summit and what was agreed at it, joined by the merger
  from one sentence: "the leaders agreed that the third … summit will be held in 2027"); it is
  compared with the event as that type. :func:`year_unknown_candidate` also accepts two shared
  topic words of the quotes that are not names ("strategic partnership", "comprehensive
  strategic"), as the other only-candidate rules do: an article without a publication date says
  "announced the establishment of a strategic partnership" where another says "signed a joint
  statement establishing a strategic partnership" (the extractor's keywords differ).
- **Contained dates, session 4 round 5.** :func:`contained_candidate`: a month or year claim of
  another article joins the only event of its type family whose finer date it contains, even when
  that event is not day-like ("in 2024 Baku hosted COP29" and the 11–22 November conference), with
  the parties and identity of :func:`vague_candidate`. A year-only side needs the same named
  object, an acronym of one side's named object in the other's quote, or the same non-empty modes:
  a wrong-year truce claim sharing only the parties and "ceasefire" stays apart. Two candidates of
  any only-candidate rule: none. Session 5: three shared topic words of the quotes that are not
  names (:data:`TOPIC_PHRASE`: "raised ties to a comprehensive strategic partnership" vs
  "relations were raised to a comprehensive strategic partnership in 2011, under Hu Jintao") also
  let a year-only side join, and then one shared party (a state, or a leader's state) is enough.
  The same ordinal gathering in both quotes at the same place ("the first summit took place in
  Xi'an" / "the first China–Central Asia Summit was held in Xi'an in May 2023") counts as the same
  named thing; a side naming no party at all then needs none.
- **Leaders for their states in the only-candidate rules.** "Xi and Aliyev signed …" shares its
  parties with "China and Azerbaijan agreed …" when two mapped states (:func:`member_states`)
  are shared; one mapped state ("Xi and his guest") is not enough.
- **One source.** Two claims of one article join only with a strong signal: a news story follows one
  actor through several happenings of a day ("elevated ties …", "earlier, he met the premier …"),
  and a story repeating an event repeats what it was about.
- **Contradictions.** Different named objects (similarity < 0.6); specific actors on both sides with
  none shared; or persons on both sides where each side has a person the other lacks ("Aliyev met
  Li Qiang" is not "Aliyev met Xi", even on the same day) — unless the named objects match.
- **Occasions.** A CONSULT claim whose sentence places it at a named gathering ("the presidents met
  in May, as part of the Caspian Energy Forum") joins the CONSULT event of that gathering (its
  named object matches the occasion, similarity ≥ 0.8) when the claim is dated no more precisely
  than the gathering: such a meeting has no date of its own and is one timeline line with the
  gathering. A meeting with its own finer date ("met on September 15 during the summit" against a
  summit of "September 2022") stays a separate event.
- **Parties.** A known person stands for his state (:func:`person_state`, from the actor
  dictionary): "Aliyev, Tokayev and Mirziyoyev" are Azerbaijan, Kazakhstan and Uzbekistan. Used for
  identity signals and as a contradiction in the only-candidate rules (Putin–Erdoğan vs
  Mongolia–Putin), not for the basic state clash.
- **Coarse claims.** A month-or-vaguer claim joining a finer event (or the reverse,
  :func:`coarse_join`) needs a second identity signal (:func:`identity_signals`): the same named
  object, or two of who / party / what / named / where / names — a shared person plus the host
  state, two shared persons, an actor plus a topic keyword (not a kind word such as "visit",
  "summit", "memorandum"). A shared actor and "visit" alone are one signal: the person makes
  many visits a year.
- **Planned vs occurred.** :func:`planned_joins_occurred`: a plan joins a happening only with the
  same named object or who plus another signal, dated equal or vaguer than the happening; never
  through the only-candidate rules. (Needs ``Profile.status``/``statuses`` filled by the merger.)
- **Located states.** A state whose role is "location" (the extractor's, or the merger's for a
  state in apposition to a place: "in Aktau, Kazakhstan") is a place, not a party: it takes no part
  in the state clash.
- **Visit hosts.** Two visits whose host states (recipients of the visit claims) are known and
  disjoint are different visits, whoever travels (:func:`_hosts_differ`); the only-candidate rule
  joins a visit only when both sides name the same host ("Xi returned the visit in September"
  names none).
- **Coarse matches are unique.** A month-or-vaguer claim that matches a finer event without the
  same named object (``Match.coarse``) joins only when no other event matches it that way: "visited
  Türkiye in 2003" against visits of 9 May and 20 October 2003 joins neither (the merger counts).
- **The only candidate, session 3.** Besides a shared content keyword, :func:`vague_candidate`
  accepts two shared persons (the same two leaders signed something that month) or two shared
  topic words of the quotes (:func:`topic_words`: "intergovernmental", "railway").
- **Retold.** :func:`retold`: within one article, same type, same day, same modes, no disjoint
  topic keywords, and the same explicit states or a shared content keyword ("the summit").

- **Session 6 (round 7).** :func:`same_named_thing` widens "the same named object" wherever the
  rules above use it (actor and counterpart clashes, strong signal, the ``object`` identity signal,
  plan vs happening): the same ordinal gathering at the same place ("the 11th meeting … was held in
  Baku" / "on the eve of the eleventh meeting of the commission … in Baku"), or a named object of
  two or more distinctive words all told in the other side's quote while that side names no object
  ("Dec 2015: Silk Road Economic Belt memorandum signed" / "signed a memorandum on jointly building
  the Silk Road Economic Belt"). The cross-type rule still needs a real named-object match.
  :func:`shared_specific_actors`: an organisation name (two or more words) found whole within
  another's is shared (the extractor sometimes joins two names with "and"); persons match exactly.
  Two visits to a shared host by a shared person are one visit whoever else each side names
  (:func:`_same_visit`: the minister recalling it is no counterpart), so the counterpart rule does
  not split them; visits of other dates stay apart through their dates.
- **Session 7 (round 8).** More of "the same named thing" (:func:`same_named_thing`): one person
  taking one office ("is sworn in as president" / "succeeded X as president in March 2019" / "took
  office in 2019" / "became president"; :func:`offices_taken`, :func:`_same_office_taking`); the
  same numbered gathering whose name one side tells in other words ("due to host the second
  China–Central Asia summit next year" / "The second Central Asia – China Summit was held today");
  a gathering named by the initials of an organisation the other side names, at a shared place or
  host ("SCO summit" / "will host the organisation's summit in Astana next year"). So a plan joins
  the gathering held within its date, and the next gathering of a series stays apart by its date.
  A sentence naming several ordinal gatherings ("… the second summit, following the first meeting
  of the format held in Xi'an") no longer contradicts the first one, and "meeting" is the generic
  kind of any gathering. The ``trip`` identity signal (:func:`_one_trip`): a month claim of a
  person's visit and that person's visit on days of that month (a year only when both quotes tell
  the first trip). :func:`bilateral_during_visit`: a meeting of two leaders dated by month belongs
  to the one leader's visit to the other's country (the merger prefers it to a gathering the
  sentence names: "the two leaders last met in Astana in July during the SCO summit").
- **Session 7 (round 9): one-off events in conflict.** :func:`one_off`: a partnership of a given level
  established between two states happens once ("signed a strategic partnership in June 2024" /
  "3 July 2024 — … a joint statement that establishes a strategic partnership"). Two articles whose
  quotes tell the same level as established, signed, raised to or announced
  (:func:`partnership_levels`; the level told nearest the claim's date when a sentence tells two
  upgrades; not "deepen their … partnership"), with the same two states (leaders mapped), are one
  event with a flagged conflict when their dates are disjoint but bounded (:func:`_within_year`):
  both day- or month-precise and at most :data:`ONE_OFF_DAYS` apart, or one unit apart for year
  claims (the adjacent-dates rule). Two upgrades of one pair (strategic 2024, comprehensive
  strategic 2025) differ by level; summits, meetings, visits (other than a first one) and openings
  of different sections stay apart when their dates disagree. The canonical date is the documented
  rule of :mod:`timeline.resolve.dates`; every claim stays a citation. Likewise a named thing starting
  to work (:func:`_started_once`: "began commercial deliveries", "came on stream", "was
  commissioned", "entered into force", "took effect"; not "opened" or "launched", which recur):
  both quotes tell the start, share a proper name that is no state, demonym, person or place
  (:func:`thing_names`), and name the same parts or kinds of start (:func:`start_parts`: the first
  phase, not the northern and the southern section, not test and commercial operation).

- **Session 10 (round 12): same act, other precision or date; other acts of one sentence.**
  A set of documents signed (a claim titled "… some twenty documents signed", told as the object of its own
  signing: :func:`title_cues`, cue ``set:documents``) and one act (a partnership, a statement, one
  agreement: ``set:one``) are two events, in one sentence or across articles (:func:`_set_against_act`);
  a bare decision ("agreed to upgrade the corridor and signed 23 agreements") and a set coordinated after
  one document ("signed a joint statement … and the first agreements") take no side. One session of a
  standing body (:func:`body_cues`: "the intergovernmental commission", "the previous meeting of the
  Commission") is identity whoever each side names (co-chairs or states): the body of one kind with
  agreeing modifiers, and the same number, two shared persons or a shared place (one told in the other's
  quote counts); two planned "next" sessions in agreeing places; with dates a unit apart (a conflict)
  also the same number, the body named whole or the same two or more parties (:func:`_session_in_conflict`).
  Different numbers never join. A plan joins its realisation when both sign a document on the same
  subject (:func:`same_document`; "a treaty of eternal friendship" reads its subject too) or both tell one
  transport service starting with the same carrier and a shared route end (:func:`same_service`). One
  package or credit: the same sum of money (:func:`amounts`) with a shared lender or party, or two sets of
  documents of the same parties, the coarse side a season at most (:func:`_same_package`). A start of
  construction at one place told days apart by two articles is one event in conflict
  (:func:`construction_start_once`); "Construction" alone is no named thing. One partnership level
  told by two articles coded as two types (AGREE / COOPERATE "…, which was established during the
  visit") meets across the type wall and is identity for nested dates (:func:`_one_partnership`).

- **Session 11: one-off acts dated a unit apart.** :func:`timeline.resolve.conflicts.one_occurrence` (asked
  once, in :func:`judge`): a person's first state visit, the first run of a transport service, one
  numbered gathering at one place, diplomatic relations with a capital read as its state — two articles'
  claims one date unit apart are one event with a flagged conflict (rules in that module).

Named objects are normalised (case, punctuation, stop words, "joint", light stemming) and compared
with rapidfuzz's token-set ratio, after a guard: differing ordinals or numbers ("Fourth" vs "Fifth
CICA Summit") never match, and the shorter name needs two distinctive words (not "forum", "summit",
"declaration" …); two names made only of different kind words ("Joint Statement" vs "Memorandum
of Understanding") are different objects, and so are two names whose distinctive words are
disjoint ("Sahiwal power plant" vs "Baku-Tbilisi-Kars railway", "Gwadar" vs "Karot"), unless one
may be an acronym of the other ("SCO" / "Shanghai Cooperation Organisation": undecided). Thus
"Joint Declaration on Establishing a Strategic Partnership" ≈ "Declaration on the Establishment of
a Strategic Partnership", and "Second Belt and Road Forum" ≈ "Second International Cooperation
Forum One Belt, One Road" (every word of the first is in the second).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from timeline.resolve.conflicts import (
    activity_start_once,
    conflict_cues,
    counted_date_cues,
    membership_once,
    one_occurrence,
    pair_meeting_at_place_once,
    relations_restored_once,
    route_opening_once,
    stages_differ,
    tender_award_once,
)
from timeline.resolve.dates import CONFLICT_DAYS, Relation, adjacent, complete_near, complete_year, relation
from timeline.resolve.retellings import (
    activity_started_same_month,
    attack_told_twice,
    counted_documents_told_twice,
    designated_purchase_told_twice,
    document_anaphor_by_month,
    document_told_by_year,
    document_under_alias,
    envoy_summoned_same_month,
    exit_told_twice,
    facility_opened_same_day,
    facility_opened_twice,
    first_run_told_again,
    first_visit_in_month,
    hosting_and_delegation,
    mechanism_agreed_twice,
    mechanism_is_no_meeting,
    meeting_at_place_by_year,
    meeting_gap_told_twice,
    mission_closed_twice,
    next_session_numbered,
    planned_trip_held,
    recognition_as_relations,
    relations_parties_clash,
    retold_cues,
    route_told_bare,
    same_anniversary,
    suspension_told_twice,
    talks_of_visit_by_month,
    thing_told_by_its_head,
    views_agreed_at_meeting,
    visa_waiver_anaphor,
    visit_told_by_year,
)

#: Types that may describe the same event; keys map to a family name.
TYPE_FAMILY = {"AGREE": "agree-cooperate", "COOPERATE": "agree-cooperate"}
#: Actor kinds that identify an event (states and places are shared by too many events).
SPECIFIC_KINDS = frozenset({"person", "organisation", "other"})
#: Named-object similarity (0–1) at which two names denote the same thing.
OBJECT_MATCH = 0.88
#: Shared keywords that identify an event on their own (one word like "visit" is too common).
KEYWORD_IDENTITY = 2
#: Below this, two named objects denote different things.
OBJECT_DIFFERENT = 0.6
#: Similarity at which a gathering named in a meeting's sentence is the gathering event (lower than
#: OBJECT_MATCH: the type and the date must agree too, and sentences name gatherings loosely).
OCCASION_MATCH = 0.8
#: Shared content keywords that, with the same two or more states, make a strong signal.
STATE_KEYWORDS = 2

#: Evidence (:func:`evidence`) at which a join of two articles counts as strong, when at least 1.5
#: of it is not shared actors (the same two leaders sign many things in a year): e.g. a partly
#: matching named object plus two content keywords, or a shared person plus several shared names.
STRONG_EVIDENCE = 3.0
#: Most days between two day-like dates of two articles for :func:`near_candidate`.
NEAR_DAYS = 7
#: Events shorter than this many days are "day-like" for :func:`vague_candidate`.
DAYLIKE_DAYS = 7
#: Claims spanning at least this many days (a month, a year) are vague for :func:`vague_candidate`;
#: "late November" is not: it names a part of a month, so another late-November event may differ.
VAGUE_DAYS = 27
#: Most days a month spans minus one (a month claim's ``span``).
MONTH_DAYS = 30
#: Shared topic words (not names) that let a year-only claim join the only event it contains
#: ("raised ties to a comprehensive strategic partnership"; session 5).
TOPIC_PHRASE = 3
#: Most days between the dates of two day- or month-precise claims of a one-off event (a
#: partnership established once between two states) that are still one event in conflict (round 9).
ONE_OFF_DAYS = 366
#: Most evidence that shared quote names (0.5 each) may add.
NAMES_CAP = 2.0

#: Action words and qualifiers any event of a type may carry; they never identify an event.
#: Normalised like the extractor's keywords (``timeline.extract.events.keywords_of``).
_GENERIC_WORDS = (
    "signed signs signing sign opened opens opening inaugurated inaugurates inauguration commissioned "
    "launched unveiled introduced started starts began begin departed arrived held holds hold host hosted "
    "hosts participated participates attended attends joined joins adopted agreed agreement agreements "
    "declared appointed elected founded established establishment celebrated congratulated urges "
    "supports threatens rejects accuses detains eases transferred withdraws invests order placed "
    "provides recognised match meeting meetings met talks state statement official working private "
    "joint first second third new next last previous took take part completed concluded marked "
    "military mobilisation construction anniversary deal deals aid attack attacks protest protests "
    "sanction sanctions reached"
)


def _generic_keywords() -> frozenset[str]:
    try:
        from timeline.extract.events import keywords_of
    except ImportError:  # pragma: no cover - the extractor is part of the package
        return frozenset(_GENERIC_WORDS.split())
    return frozenset(keywords_of(_GENERIC_WORDS)) | frozenset(_GENERIC_WORDS.split())


def _stem(word: str) -> str:
    for suffix, min_len in (("ment", 10), ("ing", 8), ("ies", 5), ("s", 4)):
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _words(text: str) -> list[str]:
    return text.split()


_STOP = frozenset(
    _words(
        "a an the of on in and or between for to with at by from its their his her as into about joint new"
    )
)
#: Words naming the kind of object (stemmed); they do not identify one object on their own.
_GENERIC = frozenset(
    _stem(w)
    for w in _words(
        "declaration statement agreement memorandum understanding treaty accord convention protocol "
        "communique deal contract plan programme program forum summit meeting conference session "
        "visit talks document initiative project framework roadmap"
    )
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_ORDINAL_NUM = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_WORD = re.compile(r"[a-z0-9]+")
#: Generic keywords (see the module docstring).
GENERIC_KEYWORDS = _generic_keywords()
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
#: A named gathering in a sentence: capitalised words (and "of", "and", "for", commas) before a
#: gathering noun ("the One Belt, One Road forum", "the Astana SCO Summit").
_OCCASION = re.compile(
    r"((?:[A-Z0-9][\w'’.-]*(?:,?\s+|\s+(?:and|of|for|on)\s+)){1,8}?)"
    r"((?i:summit|forum|conference|congress|assembly|games|olympics|expo|exhibition))\b"
)


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z]*)*")
#: Capitalised words that are not names: function words, dates, titles.
_NOT_NAMES = frozenset(
    _words(
        "a an the of on in and or but for to with at by from as into about after before during since until "
        "it its he she they we i his her their this that these those there here when where which while who "
        "what how if then so also two three four five six seven several last next ago earlier later today "
        "yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december jan feb mar apr jun jul aug sep "
        "sept oct nov dec president prime minister foreign deputy vice premier chairman secretary general "
        "state leader leaders king queen mr mrs ms dr sir official officials ministry government spokesman "
        "spokeswoman ambassador envoy chief head parliament meeting summit"
    )
)


@lru_cache(maxsize=16384)
def quote_names(text: str) -> frozenset[str]:
    """Proper-name words of a sentence, lower-cased ("Saman-Depe", "Dostluk", "Kazakhstan"), without
    function words, dates and titles: two articles telling one event name the same places and things."""
    out = set()
    for m in _CAPITALISED.finditer(text):
        for w in m.group(0).replace("’", "'").split("-"):
            w = w.lower().removesuffix("'s")
            if len(w) > 2 and w not in _NOT_NAMES:
                out.add(w)
    return frozenset(out)


#: Words of news prose that say nothing about what an event was about (lower case, stemmed by
#: :func:`_stem`); besides these, words shorter than 5 letters and :data:`GENERIC_KEYWORDS` are ignored.
_COMMON_WORDS = frozenset(
    _stem(w)
    for w in _words(
        "about above across after again against along already also although among another around "
        "because become became been before being below between both called cannot could country countries "
        "during each either every first former further given having however including itself later latest "
        "least leader leaders little longer major making might minister ministers month months more most "
        "national nations other others their theirs there these thing things those though three through "
        "today together under until various visit visited visits where whether which while whose would "
        "year years president presidents relations relation cooperation government governments official "
        "officials people percent political region regional since second should sides still such than "
        "that then they this time times told under upon week weeks what when with within without world "
        "agency reported reports report according added announced statement statements saying chinese "
        "capital city head heads state states foreign affairs ministry minister premier prime spokesman "
        "talks agreed agreement agreements signed signing sign documents document partner partners "
        "bilateral countries' ties meeting meetings summit forum earlier yesterday tomorrow monday tuesday "
        "wednesday thursday friday saturday sunday january february march april june july august "
        "september october november december"
    )
)


@lru_cache(maxsize=16384)
def topic_words(text: str) -> frozenset[str]:
    """Lower-case content words of a sentence (five letters or more, lightly stemmed), without common
    news words, generic action words and dates: "intergovernmental", "railway", "transport"."""
    out = set()
    for w in _WORD.findall(text.lower()):
        if len(w) < 5 or w.isdigit():
            continue
        st = _stem(w)
        if st in _COMMON_WORDS or w in _COMMON_WORDS or w in GENERIC_KEYWORDS or st in GENERIC_KEYWORDS:
            continue
        out.add(st)
    return frozenset(out)


#: A ceasefire named or told ("the truce", "a cease-fire", "ends the fighting"): an agreement
#: that is also a retreat.
_TRUCE = re.compile(
    r"\b(?:cease-?fires?|truces?|armistices?|"
    r"(?:end|ends|ended|ending|halt|halts|halted|stop|stops|stopped)\s+(?:the\s+|all\s+)?"
    r"(?:fighting|hostilities|war))\b",
    re.IGNORECASE,
)


#: A person's first visit or trip ("his first official visit to China"), not the first one since a
#: date or another event ("his first trip to China since 2015").
_FIRST_VISIT = re.compile(
    r"\bfirst\s+(?:[a-z-]+\s+){0,2}(?:visit|trip)\b(?![^.;]{0,60}\bsince\b)(?![^.;]{0,30}\bin\s+(?:\w+\s+)?years\b)",
    re.IGNORECASE,
)


#: A first visit since a date or another visit ("his first trip to China since 2005"): one of a series.
_FIRST_SINCE = re.compile(r"\bfirst\s+(?:[a-z-]+\s+){0,2}(?:visit|trip)\b[^.;]{0,60}\bsince\b", re.IGNORECASE)


#: Two states establishing diplomatic relations: it happens once between them (round 7).
_RELATIONS_ESTABLISHED = re.compile(
    r"\b(?:establish(?:ed|es|ing|ment\s+of)?|set\s+up)\s+(?:full\s+)?diplomatic\s+(?:relations|ties)\b"
    r"|\bdiplomatic\s+(?:relations|ties)\s+(?:(?:between|with)\s+[^.;]{0,60}?\s+)?(?:were|was|had\s+been)\s+"
    r"(?:formally\s+|officially\s+)?(?:established|set\s+up)\b",
    re.IGNORECASE,
)


#: A partnership of a level (round 9): the lowercase words right before "partnership" ("a
#: comprehensive strategic partnership", "its all-round strategic cooperative partnership"), told as
#: established, signed, raised to, announced or agreed in the same clause before it.
_PARTNERSHIP = re.compile(r"\b((?:[a-z][a-z-]*\s+){1,4})partnerships?\b")
_PARTNERSHIP_TOLD = re.compile(
    r"\b(?:establish\w*|set(?:ting)?\s+up|forg(?:e|ed|es|ing)|upgrad\w*|elevat\w*|rais(?:e|ed|es|ing)|"
    r"lift(?:s|ed|ing)?|sign(?:s|ed|ing)?|announc\w*|agree[sd]?|agreeing|proclaim\w*|declar\w*|"
    # session 17 (M2): "raised … to the level of a … partnership", "put their names to a … partnership"
    r"to\s+(?:the\s+)?level\s+of|put(?:s|ting)?\s+(?:their|its|his|her|our)\s+(?:names?|signatures?)\s+to)\b"
    r"[^.;:!?]{0,80}$",
    re.IGNORECASE,
)
_PARTNERSHIP_PASSIVE = re.compile(
    r"^\s*(?:,\s*(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:established|set\s+up|forged|signed|announced|proclaimed|declared)\b",  # session 17: "was declared"
    re.IGNORECASE,
)
#: A partnership being deepened or developed ("agreed to deepen their … partnership"): no establishment.
_PARTNERSHIP_GROWN = re.compile(
    r"\b(?:deepen\w*|strengthen\w*|develop\w*|expand\w*|advanc\w*|promot\w*|consolidat\w*|enrich\w*|"
    r"implement\w*|boost\w*|uph[eo]ld\w*|build(?:s|ing)?\s+on|continu\w*)\b[^.;:!?]{0,40}$",
    re.IGNORECASE,
)
#: Words that end a partnership level ("to a", "their", "new"): the level is the run after them.
_LEVEL_STOP_WORDS = (
    "a an the to of its their his her our this that these those into and or new bilateral existing current "
    "with between for in on at as is was were be been by from further"
)
_LEVEL_STOP = frozenset(_LEVEL_STOP_WORDS.split())


#: Session 12: a partnership told as established by a participle right after it ("the strategic partnership
#: declared in 2023"), the clause's date following at once.
_PARTNERSHIP_PARTICIPLE = re.compile(
    r"^\s*(?:established|set\s+up|forged|signed|announced|proclaimed|declared|agreed)\s+(?:in|on|at)?\s*",
    re.IGNORECASE,
)


def _dated_reduced_relative(after: str, date_text: str | None) -> bool:
    """Session 12: the words after a partnership tell it established with the claim's own date ("built on
    the strategic partnership declared in 2023", date "2023"): the sentence retells the establishment,
    even when its main verb builds on the partnership. Without that date right after, no."""
    m = _PARTNERSHIP_PARTICIPLE.match(after)
    return bool(m and date_text and after[m.end() :].startswith(date_text))


def partnership_levels(text: str, date_text: str | None = None) -> frozenset[str]:
    """Levels of the partnerships a sentence tells as established, raised to or announced
    ("comprehensive strategic", "strategic"; round 9). With ``date_text`` found in the sentence,
    only the level told nearest to it: "signed a strategic partnership in June 2024 and raised it to
    a comprehensive strategic partnership in April 2025" gives "strategic" for "June 2024"."""
    flat = re.sub(r"[\"“”‘’«»]", "", text)
    found: list[tuple[int, str]] = []
    for m in _PARTNERSHIP.finditer(flat):
        run = m.group(1).split()
        level: list[str] = []
        for word in reversed(run):
            w = word.casefold()
            if w in _LEVEL_STOP or w.endswith(("ed", "ing")):
                break
            level.insert(0, w)
        if not level:
            continue
        after = flat[m.end() :]
        if _dated_reduced_relative(after, date_text):  # session 12: "… the partnership declared in 2023"
            found.append((m.end(1), " ".join(level)))
            continue
        if _PARTNERSHIP_GROWN.search(flat[: m.end(1)]):
            continue
        if _PARTNERSHIP_TOLD.search(flat[: m.end(1)]) or _PARTNERSHIP_PASSIVE.match(after):
            found.append((m.end(1), " ".join(level)))
    if not found:
        return frozenset()
    at = flat.find(date_text) if date_text else -1
    if at < 0:
        return frozenset(level for _, level in found)
    own = _levels_of_date(flat, found, at, at + len(date_text))  # type: ignore[arg-type]
    found = [f for f in found if f[1] in own] or found
    found = _levels_in_date_clause(flat, found, at, at + len(date_text)) or found  # type: ignore[arg-type]
    return frozenset({min(found, key=lambda f: abs(f[0] - at))[1]})


def _levels_in_date_clause(flat: str, found: list[tuple[int, str]], lo: int, hi: int) -> list[tuple[int, str]]:
    """Session 17 (M2): the one level told in the claim's date's own clause — no comma or semicolon between
    the date and the level ("agreed on a strategic partnership, and in 2025 they raised it to a
    comprehensive strategic partnership": "2025" is the comprehensive one's). Empty when not exactly one."""
    mine = []
    for end, level in found:
        start = end - len(level) - 1
        between = flat[hi:start] if start >= hi else flat[end:lo]
        if not re.search(r"[,;]", between):
            mine.append((end, level))
    return mine if len(mine) == 1 else []


#: Words that anchor a date in a sentence: a month's name or a year.
_DATE_ANCHOR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:19|20)\d\d)\b"
)


def _levels_of_date(flat: str, found: list[tuple[int, str]], lo: int, hi: int) -> frozenset[str]:
    """Session 15: with two levels and two dates in one sentence ("met in Astana in July 2024, when the
    two countries established a strategic partnership, and his state visit in April last year, during
    which a joint statement on comprehensive strategic partnership was signed"), each level belongs to
    the date nearest to its words (gap between edges); the levels of the claim's date (``lo``–``hi``), or
    nothing when the sentence names no other date or none is left (the caller then keeps the nearest)."""
    anchors = [(m.start(), m.end()) for m in _DATE_ANCHOR.finditer(flat) if m.end() <= lo or m.start() >= hi]
    if len(found) < 2 or not anchors:
        return frozenset()

    def gap(span: tuple[int, int], end: int, level: str) -> int:
        start = end - len(level) - 1
        return start - span[1] if span[1] <= start else max(0, span[0] - end)

    out = set()
    for end, level in found:
        mine = gap((lo, hi), end, level)
        if all(mine < gap(a, end, level) for a in anchors):
            out.add(level)
    return frozenset(out)


#: A facility or agreement starting to work (round 9): "began commercial deliveries", "came on
#: stream", "was commissioned", "entered into force", "took effect". Not "opened" or "launched":
#: sections, branches and events are opened many times.
_STARTED = re.compile(
    r"\b(?:beg[ai]n|begun|beginning|start(?:s|ed|ing)?|commenc\w*)\s+(?:its\s+|the\s+)?(?:[a-z]+\s+)?"
    r"(?:operations?|deliveries|service|production|pumping|supplies|shipments)\b"
    r"|\bstart\s+of\s+(?:[a-z]+\s+)?(?:operations?|deliveries|service|production)\b"
    r"|\bc(?:ame|omes|oming)\s+on\s+(?:stream|line)\b"
    r"|\b(?:is|are|was|were|has\s+been|had\s+been)\s+(?:commissioned|put\s+into\s+(?:operation|service))\b"
    r"|\bent(?:er(?:s|ed|ing)?|ry)\s+into\s+force\b|\bc(?:ame|omes)\s+into\s+(?:force|effect)\b"
    r"|\bt(?:ook|akes)\s+effect\b",
    re.IGNORECASE,
)
#: What part or kind of a start a sentence tells ("the first phase", "the northern section",
#: "Line D", "test operation"): two starts differing in it are two events.
_START_PART = re.compile(
    r"\b((?i:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|northern|southern|eastern|western|central|"
    r"upper|lower))\s+((?i:phase|section|stage|leg|segment|unit|block|string|line|branch))\b"
    r"|\b((?i:line|phase|section|stage|unit|block|string))\s+([A-Z0-9])\b"
    r"|\b((?i:test|trial|pilot|commercial|full|regular|partial))\s+"
    r"(?i:operations?|deliveries|service|production|run|traffic)\b"
)


#: Entry into force: the thing is told just before ("the visa regime took effect") or after ("the
#: entry into force of the visa exemption agreement").
_IN_FORCE_AFTER = re.compile(r"\b(?:ent(?:er(?:s|ed|ing)?|ry)\s+into\s+force|c(?:ame|omes)\s+into\s+(?:force|effect)|"
                             r"t(?:ook|akes)\s+effect)\b", re.IGNORECASE)
_IN_FORCE_BEFORE = re.compile(r"\bentry\s+into\s+force\s+of\b", re.IGNORECASE)
#: Words that do not say which text entered into force ("the mutual … agreement", "a … regime").
_FORCE_STOP_WORDS = (
    "a an the of on for in to and with between by its their this that new mutual free bilateral joint agreement "
    "agreements regime treaty protocol convention accord deal law laws rules rule document documents which "
    "has have had was were is are been be also short between from among two both countries since "
    "due our your enter expected scheduled set will would shall now finally officially formally"
)
_FORCE_STOP = frozenset(_FORCE_STOP_WORDS.split())


#: A relative pronoun opening the clause an entry into force is told in ("…, which took effect in 2017").
_RELATIVE_OPEN = re.compile(r"^\s*(?:which|that)\s+(?:(?:has|had|have)\s+)?(?:(?:finally|officially|formally)\s+)?$",
                            re.IGNORECASE)


def _in_force_head(before: str) -> str:
    """The clause naming what entered into force, from the text before the verb (session 14, round 2).

    Usually the clause just before ("the visa regime came into force"); when that clause is only a
    relative pronoun ("The Peru-Korea trade agreement, which took effect in 2011, …") the noun it
    refers to is in the clause before the comma."""
    parts = re.split(r"[.;:,!?—–]", before)
    if len(parts) >= 2 and _RELATIVE_OPEN.match(parts[-1]):
        return parts[-2]
    return parts[-1]


def in_force_words(text: str) -> frozenset[str]:
    """Words naming what a sentence says entered into force (round 9): the up to six words before
    "took effect" / "entered into force" or after "entry into force of", in their clause, without
    kind and function words: "a visa-free regime … took effect" and "the entry into force of the
    mutual visa exemption regime" share "visa"; "the free trade agreement" does not."""
    out: set[str] = set()
    for m in _IN_FORCE_BEFORE.finditer(text):
        out.update(re.findall(r"[a-z]+", re.split(r"[.;:,!?]", text[m.end() :], maxsplit=1)[0].casefold())[:6])
    for m in _IN_FORCE_AFTER.finditer(text):
        if _IN_FORCE_BEFORE.match(text, m.start()):
            continue
        head = _fold(_in_force_head(text[: m.start()]))
        # the last eight words, states and function words left out ("the visa-free regime between Georgia
        # and China came into force" names the visa regime)
        out.update(w for w in re.findall(r"[a-z]+", head)[-8:] if w not in _state_words())
    return frozenset(w for w in out if w not in _FORCE_STOP and len(w) > 2)


def start_parts(text: str) -> frozenset[str]:
    """Parts or kinds of a start a sentence names ("first phase", "line d", "commercial")."""
    out = set()
    for m in _START_PART.finditer(text):
        words = [g for g in m.groups() if g]
        out.add(" ".join(w.casefold() for w in words))
    return frozenset(out)


#: A document and what it is on: "an agreement on the feasibility study of …", "a memorandum of
#: understanding on green energy", "the roadmap for trade cooperation".
_DOCUMENT_ON = re.compile(
    r"\b(?:agreements?|memorand(?:um|a|ums)(?:\s+of\s+understanding)?|mou|treat(?:y|ies)|protocols?|deals?|"
    r"contracts?|road\s?maps?|accords?|conventions?|declarations?|plans?|programmes?|programs?)\s+"
    r"(?:on|for|about|regarding|concerning|to\s+(?:set\s+up|establish|create|build|develop))\s+"
    # round 12: a treaty or declaration named by what it is "of" ("a treaty of eternal friendship")
    r"|\b(?:treat(?:y|ies)|conventions?|declarations?|charters?)\s+of\s+(?!the\s|its\s|their\s|\w+\s+(?:states|countries)\b)",
    re.IGNORECASE,
)
#: Where the subject of a document ends: a place, time or signatory phrase, a verb, a clause.
_TOPIC_END = re.compile(
    r"\b(?:in|at|during|with|by|between|among|signed|was|were|is|are|has|have|had|will|and|which|that|who|"
    r"when|on\s+the\s+sidelines|as|after|before|last|this|next|from|under|within|worth)\b|[,.;:!?()—–]",
    re.IGNORECASE,
)
#: Words that do not say what a document is on.
_TOPIC_STOP_WORDS = (
    "cooperation cooperating development developing joint mutual further strengthening strengthen expansion "
    "expanding promotion promoting implementation field fields area areas sphere spheres issues matters project "
    "projects basic principles general framework strategic comprehensive partnership relations our"
)
_TOPIC_STOP = _FORCE_STOP | frozenset(_TOPIC_STOP_WORDS.split())


@lru_cache(maxsize=1)
def _state_stems() -> tuple[frozenset[str], frozenset[str]]:
    """States' words and their four-letter beginnings (for :func:`_demonym`)."""
    states = _state_words()
    return states, frozenset(w[:4] for w in states if len(w) >= 4)


_DEMONYM_END = re.compile(r"(?:ese|ian|ans?|ish|ic|i)$")


def _demonym(word: str) -> bool:
    """A state's name or the people's/adjective of it ("kyrgyz", "chinese", "azerbaijani"): a state
    word, or one beginning like a state word that is the start of it or ends like a demonym
    ("green" begins like "Greece" but is neither)."""
    states, prefixes = _state_stems()
    if word in states:
        return True
    if word[:4] not in prefixes:
        return False
    return any(s.startswith(word) for s in states) or _DEMONYM_END.search(word) is not None


@lru_cache(maxsize=16384)
def document_topics(text: str) -> frozenset[str]:
    """Round 11: words saying what a document the sentence names is on ("signed an agreement on the
    feasibility study of the Kyrgyz section in Samarkand" → feasibility, study, section), up to six
    words after "<document> on/for/about", to the first place, time, verb or clause boundary, without
    function, kind, state and demonym words. Two signings of one place and month sharing such words
    sign one text; two documents each on two or more words sharing none are two texts."""
    out: set[str] = set()
    for m in _DOCUMENT_ON.finditer(text):
        rest = text[m.end() : m.end() + 120]
        end = _TOPIC_END.search(rest)
        words = re.findall(r"[a-z]+", _fold(rest[: end.start()] if end else rest))
        out.update([_stem(w) for w in words if w not in _TOPIC_STOP and len(w) > 2 and not _demonym(w)][:6])
    return frozenset(out)


#: A partnership of one field, not of the relations: "a strategic partnership for transport", "in energy"
#: ("for a new era" qualifies the relations' partnership).
_SECTOR_PARTNERSHIP = re.compile(
    r"\bpartnership\s+(?:for|in|on)\s+(?!(?:a|the)\s+new\s+era\b|(?:the\s+)?(?:sidelines|occasion|basis|eve|"
    r"day|margins|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|spring|summer|autumn|winter|\d)\b)(?:the\s+)?(?-i:[a-z])",
    re.IGNORECASE,
)


def one_off_cues(text: str, date_text: str | None = None) -> frozenset[str]:
    """Cues of events that happen once (round 9): "partnership:<level>" for each partnership level
    the sentence tells as established (:func:`partnership_levels`); "started" when it tells a
    facility or agreement starting to work, with "part:<part>" for each part or kind of start it
    names (:func:`start_parts`). Round 10: "contract:<word>" for the words naming what a contract is
    for (:func:`contract_objects`), "body" when the sentence names a standing body (a commission)."""
    out = {f"partnership:{level}" for level in partnership_levels(text, date_text)}
    out.update(f"contract:{word}" for word in contract_objects(text))
    out.update(f"doc:{word}" for word in document_topics(text))
    if out & {c for c in out if c.startswith("partnership:")} and _SECTOR_PARTNERSHIP.search(text):
        out.add("partnership sector")
    if _BODY.search(text):
        out.add("body")
    out.update(retold_cues(text, date_text))  # session 16 (M1): timeline.resolve.retellings
    out.update(counted_date_cues(text, date_text))  # session 17: timeline.resolve.conflicts
    if _STARTED.search(text):
        out.add("started")
        out.update(f"part:{part}" for part in start_parts(text))
        out.update(f"force:{word}" for word in in_force_words(text))
    return frozenset(out)


#: An ordinal gathering: "the first EU–Central Asia meeting", "the 2nd Caspian Summit".
_ORDINAL_GATHERING = re.compile(
    r"\b((?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)|\d{1,2}(?:st|nd|rd|th))"
    r"\s+((?:(?:[A-Z][\w'’.–—-]*|of|and|on|for|[-–—])\s+){0,6}?(?:[a-z][\w-]*\s+){0,2}?)"
    r"((?i:summit|meeting|forum|conference|session|congress|round))s?\b"
    # session 11: "the first session held outside Paris", "the first summit since 2019", "the first meeting in
    # four years" rank a gathering among others of its place or period: no number of the series
    r"(?!\s+(?:(?:to\s+be\s+)?held\s+)?(?:outside|abroad|since|in\s+(?:\w+\s+){0,2}(?:years|decades))\b)"
)


#: A kind of document named in a sentence ("a joint statement", "the treaty"); "agreement" and
#: "document" are left out: any signed text is one in news prose ("The document was signed after
#: the talks" retells "signed a joint declaration").
_DOCUMENT_KIND = re.compile(
    r"\b(treat(?:y|ies)|statements?|declarations?|memorand(?:um|a|ums)|communiqu[eé]s?|protocols?|"
    r"conventions?|contracts?|road\s?maps?|charters?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def document_kinds(text: str) -> frozenset[str]:
    """Kinds of document a sentence names, singular and lower case: "signed a treaty and two
    memoranda" → {"treaty", "memorandum"}."""
    out = set()
    for m in _DOCUMENT_KIND.finditer(text):
        w = m.group(1).lower().replace(" ", "").replace("é", "e")
        for plural, single in (("treaties", "treaty"), ("memoranda", "memorandum"), ("memorandums", "memorandum")):
            w = single if w == plural else w
        out.add(w[:-1] if w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out)


def _kinds_differ(a: Profile, b: Profile) -> bool:
    """Both sides name kinds of document and share none ("signed a treaty" vs "signed a joint
    statement"): two texts, two events."""
    return bool(a.kinds) and bool(b.kinds) and not a.kinds & b.kinds


@lru_cache(maxsize=16384)
def ordinal_gatherings(text: str) -> frozenset[tuple[int, str]]:
    """(number, kind) of the ordinal gatherings a sentence names: "the second EU–Central Asia
    meeting" → {(2, "meeting")}. Two sides naming the same kind with different numbers tell two
    gatherings (:func:`_ordinals_differ`)."""
    out = set()
    for m in _ORDINAL_GATHERING.finditer(text):
        word = m.group(1).lower()
        num = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        out.add((num, m.group(3).lower()))
    return frozenset(out)


def _ordinals_differ(claim: Profile, event: Profile) -> bool:
    """Both sides name an ordinal gathering of one kind and share no number for it ("first" vs
    "second … meeting"): two gatherings. Round 8: a side naming several numbers tells several
    gatherings ("due to host the second … summit, following the first meeting of the format held in
    Xi'an"), so any number the sides share leaves the question to the other rules."""
    if {n for n, _ in claim.ordinals} & {n for n, _ in event.ordinals}:
        return False
    for kind in {k for _, k in claim.ordinals} & {k for _, k in event.ordinals}:
        if not {n for n, k in claim.ordinals if k == kind} & {n for n, k in event.ordinals if k == kind}:
            return True
    return False


#: An office named after an office-taking verb ("as president", "prime minister"); "vice
#: president" is an office of its own.
_OFFICE = (
    r"(?:(?:the\s+|a\s+)?(?:country's\s+|nation's\s+|[A-Z][a-z]+(?:'s|’s)\s+)?"
    r"(?:(?:new|first|second|third|fourth|fifth|next|female|interim|acting)\s+){0,2})"
    r"(vice[- ]president|president|prime\s+minister|premier|chancellor|head\s+of\s+state|king|emir|"
    r"(?:foreign\s+|defen[cs]e\s+|finance\s+)?minister|chair(?:man|woman)?|speaker|governor|mayor|"
    r"secretary[- ]general|ambassador)\b"
)
#: A person taking an office (round 8): "was sworn in as president", "took office", "became
#: prime minister", "succeeded X as president", "was inaugurated as president", "assumed the
#: presidency". Elections are not office-taking (elected in April, sworn in in May).
_TAKES_OFFICE = re.compile(
    r"\b(?:(?:is|was|were|been|being|be|got)\s+sworn\s+in|sworn\s+in\s+as|inaugurated\s+as|"
    r"(?:is|was|been|be)\s+inaugurated(?!\s+(?:by|in\s+the|at\s+the))|swearing-in|inauguration\s+as|"
    r"(?:took|takes|take|taking|assumed|assumes|assume|assuming|entered|enters)\s+office|"
    r"(?:assumed|assumes|assume|took\s+over)\s+the\s+(presidency|premiership)|"
    r"(?:became|becomes|become|becoming|appointed|named)\s+(?:as\s+)?" + _OFFICE + r"|"
    r"(?:succeeded|succeeds|succeed|succeeding|replaced|replaces)\b[^.;]{0,60}?\bas\s+" + _OFFICE + r")"
    r"(?:\s+as\s+" + _OFFICE + r")?",
    re.IGNORECASE,
)
#: A person leaving an office: "resigned as president", "announces his resignation", "stepped
#: down", "left office" (round 8).
_LEAVES_OFFICE = re.compile(
    r"\b(?:resign(?:s|ed|ing)?|(?:announces|announced|announcing|tendered|submits|submitted)\s+(?:his|her)\s+"
    r"resignation|step(?:s|ped|ping)?\s+down|(?:left|leaves|leaving)\s+office)"
    r"(?:\s+as\s+" + _OFFICE + r")?",
    re.IGNORECASE,
)
_OFFICE_WORD = re.compile(_OFFICE, re.IGNORECASE)
_OFFICE_NAMES = {"presidency": "president", "premiership": "prime minister", "premier": "prime minister"}


def offices_taken(text: str, pattern: re.Pattern[str] = _TAKES_OFFICE) -> frozenset[str]:
    """The offices a sentence tells someone taking ("was sworn in as president" → {"president"},
    "took office" → {"?"}: unnamed; round 8, :func:`_same_office_taking`); with ``pattern``
    :data:`_LEAVES_OFFICE`, the offices it tells someone leaving."""
    out = set()
    for m in pattern.finditer(text):
        named = next((g for g in m.groups() if g), None)
        if named is None:  # "was sworn in on Monday as the country's prime minister"
            near = re.match(r"\s*(?:,?\s*(?:on|in)\s+[^,.;]{0,25}?\s+)?as\s+", text[m.end() : m.end() + 40])
            word = _OFFICE_WORD.match(text[m.end() + near.end() :]) if near else None
            named = word.group(1) if word else None
        office = re.sub(r"[\s-]+", " ", named.lower()) if named else "?"
        out.add(_OFFICE_NAMES.get(office, office))
    return frozenset(out)


@lru_cache(maxsize=16384)
def quote_cues(text: str) -> frozenset[str]:
    """What a sentence says beyond its coded type, for the cross-family bridge (:func:`bridge_types`):
    "truce" when it names or tells a ceasefire."""
    out = {"truce"} if _TRUCE.search(text) else set()
    if _FIRST_VISIT.search(text):
        out.add("first visit")
    if _FIRST_SINCE.search(text):
        out.add("first since")
    if _RELATIONS_ESTABLISHED.search(text):
        out.add("relations established")
    out.update(f"office:{office}" for office in offices_taken(text))
    out.update(f"left:{office}" for office in offices_taken(text, _LEAVES_OFFICE))
    if two_documents_signed(text):
        out.add("two documents")
    if _SERVICE_START.search(text):
        out.add("service start")
    if _INTERGOVERNMENTAL.search(text) and _SIGN_VERB.search(text):
        out.add("intergovernmental text")
    out.update(f"applied:{org}" for org in applications(text))
    out.update(body_cues(text))
    out.update(f"amount:{a}" for a in amounts(text))
    if _CONSTRUCTION_START.search(text):
        out.add("construction start")
    out.update(f"route:{kind}:{'|'.join(sorted(ends))}" for kind, ends in routes(text))
    if _LEADERS_REPORTED.search(text):
        out.add("leaders reported")
    if _PARTIES_REPORTED.search(text):  # session 16
        out.add("parties reported")
    if _INVITED.search(text):
        out.add("invitation")
    if _CHAIR_TAKEN.search(text):  # session 16
        out.add("chair taken")
    if _CREDIT.search(text) and amounts(text):  # session 16: :func:`_credit_bridge`
        out.add("loan")
    if _RECOGNITION_NOUN.search(text):  # session 16
        out.add("recognition told")
    out.update(conflict_cues(text))  # session 11: state visits, first runs (timeline.resolve.conflicts)
    out.update(f"status:{kind}" for kind in statuses(text))
    out.update(f"text:{kind}" for kind in premodified_texts(text))  # session 14
    out.update(f"anaphor:{head}" for head in facility_anaphors(text))  # session 14
    return frozenset(out)


#: Session 13: a standing status a state holds in an organisation, told as granted or held ("granted
#: Azerbaijan the status of dialogue partner", "has been an SCO dialogue partner since 2015", "became an
#: observer of the Organisation").
_STATUS = re.compile(
    r"\b(?:status\s+of\s+(?:an?\s+)?|(?:became|become|becomes|becoming|been|as|admitted\s+as)\s+(?:an?\s+)?"
    r"(?:[A-Z]{2,6}\s+)?)(dialogue\s+partner|observer|associate\s+member)s?\b"
)


def statuses(text: str) -> frozenset[str]:
    """"<kind>:<state>" for each status in an organisation the sentence tells a state holding ("dialogue
    partner:azerbaijan"): the state is the one named nearest before the status words (at most
    :data:`STATUS_REACH` characters), the holder of "granted Azerbaijan the status of", "Azerbaijan has been
    a dialogue partner"; a status with no state named before it is not told of a state."""
    out = set()
    states = _single_word_states()
    for m in _STATUS.finditer(text):
        before = re.findall(r"[a-z]+", _fold(text[max(0, m.start() - STATUS_REACH) : m.start()]))
        holders = [w for w in before if w in states]
        if holders:
            out.add(f"{' '.join(m.group(1).casefold().split())}:{holders[-1]}")
    return frozenset(out)


#: How far before the status words its holder is looked for.
STATUS_REACH = 80


def _one_status(claim: Profile, event: Profile) -> bool:
    """Session 13: both quotes tell one state holding one kind of status in an organisation ("the SCO
    granted Azerbaijan the status of dialogue partner" in July 2015 / "Azerbaijan has been an SCO dialogue
    partner since 2015"): a state is granted a status once, so the vaguer mention is the grant, whatever
    objects each coding took. Agreements only (AGREE–COOPERATE)."""
    kinds = {c for c in claim.cues if c.startswith("status:")}
    if not kinds or not kinds & {c for c in event.cues if c.startswith("status:")}:
        return False
    return type_family(claim.event_type) == "agree-cooperate" == type_family(event.event_type)


@lru_cache(maxsize=1)
def _single_word_states() -> frozenset[str]:
    """States' names and aliases of one word, folded ("azerbaijan", "turkiye")."""
    return frozenset(_fold(n) for n in _state_aliases() if n.isalpha() and len(n) >= 4)


#: An invitation to visit ("had invited Xi to visit Azerbaijan", "extended an invitation to come to Baku"): a
#: visit told, not held (session 11).
_INVITED = re.compile(r"\binvit(?:e|es|ed|ing|ation)\b[^.;]{0,60}?\bto\s+(?:visit|come)\b", re.IGNORECASE)


#: A speaker telling what unnamed leaders did: "Minister X noted that relations had reached a new level since
#: the heads of state signed the joint statement", "Y recalled that the two presidents raised ties …": the
#: persons the sentence names are the speakers, not the parties of the act told (session 11).
_LEADERS_REPORTED = re.compile(
    r"\b(?:noted|said|stressed|recalled|emphasi[sz]ed|underlined|pointed\s+out|reminded\s+\w+)\s+that\b"
    r"[^.;]{0,160}?\b(?:the\s+(?:two\s+)?heads\s+of\s+state|the\s+two\s+(?:leaders|presidents))\b",
    re.IGNORECASE,
)

#: Session 16: a state taking over an organisation's rotating chairmanship ("Kyrgyzstan takes over the
#: chairmanship of the organisation", "assumed the rotating presidency of the bloc", "its chairmanship of the
#: SCO, which it took over in Tianjin").
_CHAIR_TAKEN = re.compile(
    r"\b(?:t(?:ook|akes?|aking|aken)\s+over|assum(?:ed|es?|ing))\s+(?:the\s+|its\s+)?(?:rotating\s+|annual\s+)?"
    r"(?:chairmanship|chair|presidency)\s+of\b"
    r"|\b(?:chairmanship|presidency)\s+of\b[^.;]{0,60}?\b(?:which|that)\s+(?:it|they)\s+(?:took\s+over|assumed)\b",
    re.IGNORECASE,
)


#: Session 16: a speaker telling what two states did, in a that-clause whose subject is the pair ("Noting that
#: China and Azerbaijan established a strategic partnership in July 2024, Li called on …", "the minister
#: recalled that the two countries had signed the treaty"): the person the sentence names is the speaker,
#: not a party of the act told.
_PARTIES_REPORTED = re.compile(
    r"\b(?i:not(?:ed|ing)|recall(?:ed|ing)|stress(?:ed|ing)|emphasi[sz](?:ed|ing)|underlin(?:ed|ing)|"
    r"point(?:ed|ing)\s+out|remind(?:ed|ing)\s+\w+|sa(?:id|ying))\s+that\s+"
    r"(?:the\s+two\s+(?:countries|sides|states|nations|governments)|[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:jointly\s+|formally\s+)?"
    r"(?:established|signed|agreed|raised|upgraded|elevated|set\s+up|concluded|forged)\b"
)


#: A route end as news names it: a capitalised place name ("Xi'an", "Bakhty", "Baku").
_END = r"[A-Z][a-z\u00e0-\u024f'’]+(?:\s+[A-Z][a-z\u00e0-\u024f'’]+)?"
#: Kinds of route by class: a line, a road, a pipeline, a transport service.
_ROUTE_KINDS = {
    "railway": "rail", "railways": "rail", "railroad": "rail", "rail": "rail", "line": "rail",
    "highway": "road", "road": "road", "motorway": "road", "expressway": "road",
    "pipeline": "pipe", "pipelines": "pipe",
    "service": "service", "services": "service", "train": "service", "trains": "service",
    "flight": "service", "flights": "service", "route": "service",
}  # fmt: skip
_KIND = (
    r"(?P<kind>railways?|railroad|rail|line|highway|road|motorway|expressway|pipelines?|services?|trains?"
    r"|flights?|route)"
)
#: "the Ayagoz–Bakhty(–Tacheng) railway", "the Xi'an-Baku container service".
_ROUTE_CHAIN = re.compile(
    rf"(?<![\w–—-])(?P<chain>{_END}(?:\s?[–—-]\s?{_END}){{1,3}})\s+"
    rf"(?:(?:cross-border|border|high-speed|new|gas|oil|container|freight|passenger|railway|rail|block|weekly|direct)\s+){{0,2}}"
    rf"{_KIND}\b"
)
_VIA = r"(?:the\s+)?(?:(?:[A-Za-z-]+\s+){0,2}(?:port|city|town|station|hub|capital)\s+of\s+)?"
#: "the railway from Ayagoz to Bakhty", "a service between Xi'an and the Caspian port of Alat", "the first
#: block train from Xi'an reached Alat".
_ROUTE_SPAN = re.compile(
    rf"\b{_KIND}\s+(?:line\s+|link\s+)?(?:from|between|linking|connecting)\s+{_VIA}(?P<a>{_END})\s+"
    rf"(?:to|and|with|reached|(?:arrived|landed)\s+(?:in|at))\s+{_VIA}(?P<b>{_END})"
)
_ROUTE_SPLIT = re.compile(r"\s?[–—-]\s?")


#: Words that open a compound name without being a route end: "The Trans-Caspian pipeline", "Sino-Kazakh".
_NOT_ENDS = frozenset(["the", "a", "an", "trans", "sino", "pan", "inter", "euro", "afro", "indo", "anglo"])


def _route_end(name: str) -> str:
    words = re.sub(r"[^a-z ]", "", _fold(name)).split()
    while words and words[0] in _NOT_ENDS:
        words = words[1:]
    return " ".join(words)


def routes(text: str) -> frozenset[tuple[str, frozenset[str]]]:
    """Session 11: the routes a sentence names, as (kind class, ends): "the Ayagoz–Bakhty railway", "the
    railway from Ayagoz to Bakhty" and "the Ayagoz-Bakhty line" are all ``("rail", {"ayagoz", "bakhty"})``;
    "a weekly container service from Xi'an to Baku" is ``("service", {"xian", "baku"})``."""
    out = set()
    for m in _ROUTE_CHAIN.finditer(text):
        parts = [_route_end(e) for e in _ROUTE_SPLIT.split(m.group("chain"))]
        ends = frozenset(parts)
        if len(ends) >= 2 and all(len(e) >= 3 for e in parts):
            out.add((_ROUTE_KINDS[m.group("kind").lower()], ends))
    for m in _ROUTE_SPAN.finditer(text):
        ends = frozenset({_route_end(m.group("a")), _route_end(m.group("b"))})
        if len(ends) == 2 and all(len(e) >= 3 for e in ends):
            out.add((_ROUTE_KINDS[m.group("kind").lower()], ends))
    return frozenset(out)


def same_route(claim: Profile, event: Profile) -> bool:
    """Session 11: both sides name one route of one kind (two or more ends shared, one side's within the
    other's: the Ayagoz–Bakhty railway and the Ayagoz–Bakhty–Tacheng railway): one named thing, whatever
    the extracted named objects ("Construction of the 272-kilometre railway" / "Ayagoz"). One service of
    one carrier on one route (:func:`same_service` too) is one thing even when the states each sentence
    names clash (the carrier's state on one side, the partner's on the other)."""
    mine = [c.split(":", 2)[1:] for c in claim.cues if c.startswith("route:")]
    theirs = [c.split(":", 2)[1:] for c in event.cues if c.startswith("route:")]
    for kind, ends in mine:
        a = ends.split("|")
        for other_kind, other_ends in theirs:
            b = other_ends.split("|")
            if kind != other_kind:
                continue
            shared = sum(any(_same_end(x, y) for y in b) for x in a)
            if shared >= 2 and shared >= min(len(a), len(b)):
                return True
    return False


def _same_end(a: str, b: str) -> bool:
    """One route end, named alone or with a word more ("Beijing" / "Beijing Daxing")."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


#: Construction of something starting: "the start of construction of the railway", "construction …
#: started/began/starts", "began building/to build", "broke ground", "a groundbreaking ceremony", "laid the
#: foundation stone".
_CONSTRUCTION_START = re.compile(
    r"\b(?:start|beginning|launch|commencement)\s+of\s+(?:the\s+)?construction\b"
    r"|\bconstruction\b[^.;]{0,60}?\b(?:start(?:s|ed)?|beg[ai]ns?|began|begun|commenced?|got\s+under\s+way)\b"
    # session 16: "Construction of the railway is launched", "whose construction was launched in December"
    r"|\bconstruction\b[^.;]{0,60}?\b(?:is|was|were|has\s+been|had\s+been|been)\s+(?:formally\s+|officially\s+)?launched\b"
    # session 11: a long subject ("Construction of the 272-kilometre railway from A to B, which will link …,
    # began in 2024"), no completion or halt told between
    r"|\bconstruction\s+(?:work\s+)?(?:of|on)\b(?:(?!\b(?:complet|finish|end|halt|suspend|stop|resum)\w*)[^.;])"
    r"{0,200}?\b(?:started|began|begun|commenced|got\s+under\s+way)\b"
    r"|\b(?:start(?:s|ed)?|beg[ai]ns?|began|begun)\s+(?:the\s+)?construction\b"
    r"|\b(?:start(?:s|ed|ing)?|beg[ai]ns?|began|begun|beginning)\s+(?:building|constructing|to\s+(?:build|construct))\b"
    r"|\bbr(?:oke|eak(?:s|ing)?)\s+ground\b|\bground-?breaking\b|\bfoundation\s+stone\b",
    re.IGNORECASE,
)


def construction_start_once(claim: Profile, event: Profile) -> bool:
    """Round 12: two articles telling the start of construction of one thing at one place, days apart
    ("a ceremony marking the start of construction of the railway was held on Friday in Jalal-Abad" /
    "25 December 2024 - Construction of the railway formally starts with a ceremony in Jalal-Abad"): a
    start of construction happens once, so dates at most two weeks apart are one event in conflict.
    Both quotes tell a construction start, a shared place (:func:`_place_shared`), no clashing parties,
    and no proper names of things told on both sides that differ (another plant in the same zone)."""
    if "construction start" not in claim.cues or "construction start" not in event.cues:
        return False
    if "CONSULT" in (claim.event_type, event.event_type) or claim.sources & event.sources:
        return False
    if not (claim.places and event.places and _place_shared(claim, event)):
        return False
    sa, sb = member_states(claim), member_states(event)
    if len(sa) >= 2 and len(sb) >= 2 and sa != sb:
        return False
    na, nb = thing_names(claim) - _PROJECT_STAGES, thing_names(event) - _PROJECT_STAGES
    return not (na and nb and not na & nb)


def _same_thing_named(a: Profile, b: Profile) -> bool:
    """A named object of one side is one of the other's, by its words or by its acronym ("the CKU railway" /
    "the China-Kyrgyzstan-Uzbekistan railway")."""
    for x in a.named_objects:
        for y in b.named_objects:
            sim = object_similarity(x, y)
            if sim is not None and sim >= OBJECT_MATCH:
                return True
            if (sim is None or sim >= OBJECT_DIFFERENT) and (
                _acronym_of(x, distinctive_words(y)) or _acronym_of(y, distinctive_words(x))
            ):
                return True
    return False


def construction_start_named(claim: Profile, event: Profile, rel: Relation | None) -> bool:
    """Session 16: two sentences telling the start of construction of one named thing, one date within the
    other ("27 December 2024 — Construction of the CKU railway is launched at a ceremony" / "the
    China-Kyrgyzstan-Uzbekistan railway, whose construction was launched in December 2024"): a start of
    construction happens once, so the vaguer mention joins the precise one. Both quotes tell a construction
    start, the same thing by name or acronym (:func:`_same_thing_named`), and no clashing parties; a second
    section or another thing is not the same name."""
    if rel not in ("same", "vaguer", "finer"):
        return False
    if "construction start" not in claim.cues or "construction start" not in event.cues:
        return False
    if "CONSULT" in (claim.event_type, event.event_type) or _parties_clash(claim, event):
        return False
    return _same_thing_named(claim, event)


#: Session 16: kinds of thing whose construction starts once (stemmed like :func:`quote_tokens`).
_BUILT_KINDS = frozenset(
    _words(
        "railway railroad pipeline highway road motorway expressway bridge tunnel dam port terminal airport plant "
        "factory refinery canal"
    )
)
#: Words telling a part of a thing: its start of construction is another one's ("the Kyrgyz section").
_PART_WORDS = frozenset(_words("section sections stretch segment phase stage line string leg"))


def construction_start_of_pair(claim: Profile, event: Profile, rel: Relation | None) -> bool:
    """Session 16: two sentences telling the start of construction of one kind of thing by the same states,
    one date within the other, with no name on one side ("China, Kyrgyzstan and Uzbekistan on Friday began
    building a railway across the mountains" / "The China–Kyrgyzstan–Uzbekistan railway, whose construction
    began in December last year"): one start of construction. Both quotes tell a construction start, the same
    two or more states (leaders mapped), a shared kind of thing (railway, pipeline, plant …), and neither tells
    a part of it (a section, a phase: another start); different named objects are refused before."""
    if rel not in ("same", "vaguer", "finer"):
        return False
    if "construction start" not in claim.cues or "construction start" not in event.cues:
        return False
    if "CONSULT" in (claim.event_type, event.event_type):
        return False
    sa, sb = member_states(claim), member_states(event)
    if len(sa) < 2 or sa != sb:
        return False
    if (claim.tokens | event.tokens) & _PART_WORDS:
        return False
    return bool(claim.tokens & event.tokens & _BUILT_KINDS)


#: A transport service starting: "the first direct flight … landed", "opened a Beijing–Baku route",
#: "launched a weekly container service", "direct flights began" (round 11).
_SERVICE_START = re.compile(
    r"\bfirst\s+(?:[\w–-]+\s+){0,3}?(?:flights?|trains?|services?|voyages?|sailings?|departures?)\b"
    r"|\b(?:open(?:s|ed)?|launch(?:es|ed)?|inaugurat(?:es|ed)|start(?:s|ed)?|began|begins)\s+(?:a|an|the|its)?\s*"
    r"(?:[\w–-]+\s+){0,3}?(?:routes?|air\s+links?|rail\s+links?|flights?|(?:train|ferry|bus|container|freight)\s+services?)\b"
    r"|\b(?:flights?|train\s+services?|ferry\s+services?)\s+(?:began|started|were\s+launched|resumed|opened)\b",
    re.IGNORECASE,
)
#: A text between governments, one of a kind for its parties and subject (round 11).
_INTERGOVERNMENTAL = re.compile(
    r"\binter-?governmental\s+(?:agreements?|treat(?:y|ies)|accords?|protocols?|conventions?)\b", re.IGNORECASE
)
#: An application to join an organisation: "applied to join BRICS", "submitted an application for
#: membership in the SCO", "its bid to become a member of the WTO".
_APPLIES = re.compile(
    r"\b(?:appl(?:ied|ies|y|ying)|applications?|bids?|requests?(?:ed)?|asked)\s+(?:\w+\s+){0,2}?"
    r"(?:to\s+join|for\s+(?:full\s+|observer\s+|partner\s+)?(?:membership|status)\s+(?:in|of|at)|"
    r"to\s+become\s+(?:a|an)\s+(?:full\s+)?(?:member|observer|partner)\s+(?:state\s+)?(?:of|in))\s+"
    r"(?:the\s+)?((?:[A-Z][\w&-]*)(?:\s+(?:[A-Z][\w&-]*|of|for|and))*)"
)


def applications(text: str) -> frozenset[str]:
    """Organisations a sentence tells an application to join (round 11): "applied to join BRICS in
    October" → {"brics"}; the name's capitalised words, lower case, a trailing "of/and" dropped."""
    out = set()
    for m in _APPLIES.finditer(text):
        words = m.group(1).split()
        while words and words[-1].islower():
            words.pop()
        if words:
            out.add(" ".join(words).casefold())
    return frozenset(out)


#: Families that a cue lets meet across the type wall: a signed ceasefire statement (AGREE) and
#: the truce (RETREAT) are one event.
_BRIDGES = {
    "truce": frozenset({"agree-cooperate", "RETREAT"}),
}
def bridge_types(event_type: str, cues: frozenset[str]) -> tuple[str, ...]:
    """Types of other families a claim of ``event_type`` with these quote cues may join
    (:func:`_bridge`), for candidate queries."""
    fam = type_family(event_type)
    out: set[str] = set()
    for cue in cues:
        families = _BRIDGES.get(cue, frozenset())
        if fam in families:
            for other in families - {fam}:
                out.update([t for t, f in TYPE_FAMILY.items() if f == other] or [other])
    out.update(_credit_types(fam, cues))
    out.update(_exit_types(fam, cues))
    if fam == "agree-cooperate" and "views agreed" in cues:  # session 18 (M1): :func:`_views_bridge`
        out.add("CONSULT")
    if "meetings agreed" in cues:  # session 18 (M1): :func:`_mechanism_bridge`
        if fam == "CONSULT":
            out.update(t for t, f in TYPE_FAMILY.items() if f == "agree-cooperate")
        elif fam == "agree-cooperate":
            out.add("CONSULT")
    return tuple(sorted(out))


def _exit_types(fam: str, cues: frozenset[str]) -> tuple[str, ...]:
    """Session 17 (M1): a claim telling an exit may meet the other side of :func:`_exit_bridge`."""
    if "exit" not in cues:
        return ()
    if fam == "RETREAT":
        return tuple(t for t, f in TYPE_FAMILY.items() if f == "agree-cooperate")
    return ("RETREAT",) if fam == "agree-cooperate" else ()


def _credit_types(fam: str, cues: frozenset[str]) -> tuple[str, ...]:
    """Session 16: a claim telling a sum of money may meet the other family of :func:`_credit_bridge`."""
    if not any(c.startswith("amount:") for c in cues):
        return ()
    if fam == "agree-cooperate":
        return ("AID",)
    return tuple(t for t, f in TYPE_FAMILY.items() if f == "agree-cooperate") if fam == "AID" else ()


def content_keywords(keywords: frozenset[str]) -> frozenset[str]:
    """Keywords without the generic action words and qualifiers."""
    return frozenset(k for k in keywords if k not in GENERIC_KEYWORDS)


def occasions_in(text: str) -> tuple[str, ...]:
    """Names of gatherings a sentence mentions ("One Belt, One Road forum"), for the occasion rule."""
    out = []
    for m in _OCCASION.finditer(text):
        words = m.group(1).strip(" ,")
        if words and words[0].isupper():
            out.append(f"{words} {m.group(2)}")
    return tuple(out)


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


@lru_cache(maxsize=4096)
def object_tokens(name: str) -> tuple[str, ...]:
    """Normalised content words of a named object, in order. Dashes of any kind separate words
    ("Baku–Tbilisi–Kars" is three words, as "Baku-Tbilisi-Kars" is; ASCII folding used to glue them)."""
    text = _DASHES.sub(" ", name)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("'s", "")
    return tuple(_stem(w) for w in _WORD.findall(text) if w not in _STOP)


def quote_tokens(text: str) -> frozenset[str]:
    """The words of a quote normalised as a named object's are (:func:`object_tokens`), so that a
    name's words can be looked up in it: "proclaim an all-weather … partnership for a new era"."""
    return frozenset(object_tokens.__wrapped__(text))


def normalise_object(name: str) -> str:
    """A comparison key for a named object ("Joint Declaration on …" → "declaration establish …")."""
    return " ".join(object_tokens(name))


def _numbers(tokens: tuple[str, ...]) -> frozenset[int]:
    out = set()
    for t in tokens:
        if t in _ORDINALS:
            out.add(_ORDINALS[t])
        elif m := _ORDINAL_NUM.match(t):
            out.add(int(m.group(1)))
        elif t.isdigit():
            out.add(int(t))
    return frozenset(out)


_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: A date an extracted named object ran into ("Republic of Azerbaijan on 27 December 1991", "… on December
#: 27"): no part of the thing's name, and its numbers are no ordinals of it (session 11).
_DATE_TAIL = re.compile(
    rf"\s+(?:on|in)\s+(?:(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}(?:\s+\d{{1,2}})?)(?:,?\s+\d{{4}})?|\d{{4}})\s*$"
)


#: A stage phrase an extracted named object began with ("Construction of the …", "Work on the …",
#: "Expansion of …"): the thing is what follows (session 11, resolver round 2).
_STAGE_HEAD = re.compile(
    r"^\s*(?:the\s+)?(?:construction|building|work|works|expansion|extension|modernisation|modernization|"
    r"reconstruction|upgrade|upgrading)\s+(?:work\s+)?(?:of|on)\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: A measure phrase inside a named object ("272-kilometre", "100 MW", "1,200-km"): a size, no part of the name.
_MEASURE = re.compile(
    r"\b\d[\d,.]*\s*-?\s*(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|mw|megawatts?|gw|gigawatts?|"
    r"tonnes?|tons?)(?:-long)?\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def object_core(name: str, *, stage: bool = True) -> str:
    """A named object without what is no part of the thing's name: a measure (:data:`_MEASURE`), a
    trailing date (:data:`_DATE_TAIL`) and, with ``stage``, a leading stage phrase (:data:`_STAGE_HEAD`):
    "Construction of the 272-kilometre railway" → "railway"; a name that is all stage stays whole.
    Similarity keeps the stage (the start of construction and the completion of one terminal are two
    milestones); whether an object names a thing at all (:func:`_names_thing`) looks past it."""
    core = _MEASURE.sub(" ", _DATE_TAIL.sub("", name))
    stripped = _STAGE_HEAD.sub("", core) if stage else core
    return " ".join((stripped if stripped.strip() else core).split())


def object_similarity(a: str | None, b: str | None) -> float | None:
    """Similarity 0–1 of two named objects; None when undecidable (missing, or too generic).

    0 when ordinals/numbers differ; when the distinctive words overlap by less than half, the
    similarity is capped by that overlap.
    """
    if not a or not b:
        return None
    ta, tb = object_tokens(object_core(a, stage=False)), object_tokens(object_core(b, stage=False))
    if not ta or not tb:
        return None
    na, nb = _numbers(ta), _numbers(tb)
    if na and nb and na != nb:
        return 0.0
    da, db = _distinctive(ta), _distinctive(tb)
    if ta == tb:
        return 1.0
    if not da and not db:  # only kind words: "Joint Statement" vs "Memorandum of Understanding"
        return 0.0 if not set(ta) & set(tb) else None
    if da and db and not da & db:  # nothing distinctive in common: different things
        return None if _acronym_of(a, db) or _acronym_of(b, da) else 0.0
    if min(len(da), len(db)) < 2:
        return None
    ratio = fuzz.token_set_ratio(" ".join(ta), " ".join(tb)) / 100.0
    containment = len(da & db) / min(len(da), len(db)) if da and db else 0.0
    return ratio if containment >= 0.5 else min(ratio, containment)


def _acronym_of(name: str, other: frozenset[str]) -> bool:
    """True when ``name`` holds an acronym ("SCO", "TANAP") that may abbreviate the other name's words."""
    for acro in _ACRONYM.findall(name):
        letters = acro.lower()
        initials = {w[0] for w in other}
        if letters[0] in initials and sum(ch in initials for ch in letters) >= min(2, len(letters)):
            return True
    return False


def distinctive_words(name: str) -> frozenset[str]:
    """Normalised words of a named object that identify it (not kind words, ordinals or numbers)."""
    return _distinctive(object_tokens(name))


def _distinctive(tokens: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t for t in tokens if t not in _GENERIC and t not in _ORDINALS and not t.isdigit())


def type_family(event_type: str) -> str:
    return TYPE_FAMILY.get(event_type, event_type)


def family_types(event_type: str) -> tuple[str, ...]:
    """All types that may share an event with ``event_type`` (for candidate queries)."""
    fam = type_family(event_type)
    return tuple(sorted({t for t, f in TYPE_FAMILY.items() if f == fam} | {event_type}))


@dataclass(frozen=True, slots=True)
class Profile:
    """What the same-event test compares, for a claim or for a stored event (union of citations)."""

    event_type: str
    mode: str | None = None
    #: Bounds; None for year-unknown or undated claims.
    lower: dt.date | None = None
    upper: dt.date | None = None
    #: EDTF value, used to complete year-unknown claims ("XXXX-07-05").
    edtf: str | None = None
    #: Specific actors (people, organisations) by canonical name.
    actors: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    named_objects: tuple[str, ...] = ()
    keywords: frozenset[str] = frozenset()
    #: Modes seen on the event's citations (for the phone rule); defaults to ``{mode}``.
    modes: frozenset[str] = field(default_factory=frozenset)
    #: Persons among ``actors`` (for the counterpart rule).
    persons: frozenset[str] = frozenset()
    #: Named gatherings the claim's sentence places it at (for the occasion rule).
    occasions: tuple[str, ...] = ()
    #: Ids of the sources cited (one for a claim).
    sources: frozenset[int] = frozenset()
    #: Proper-name words of the quote(s) (:func:`quote_names`), for the evidence score.
    names: frozenset[str] = frozenset()
    #: Places named as actors (cities, regions), for the evidence score.
    places: frozenset[str] = frozenset()
    #: Status of the claim ("occurred", "planned", "reported"); None when unknown (not compared).
    status: str | None = None
    #: Statuses seen on the event's citations; defaults to ``{status}``.
    statuses: frozenset[str] = field(default_factory=frozenset)
    #: Host states of visits (states in the recipient role of a visit claim): Aliyev's visit to
    #: China and his visit to Türkiye are different visits.
    hosts: frozenset[str] = frozenset()
    #: Topic words of the quote(s) (:func:`topic_words`), for the only-candidate rules.
    words: frozenset[str] = frozenset()
    #: (source id, states, persons) of each cited source, for :func:`retold` (one article's own
    #: citations); empty for a claim.
    by_source: tuple[tuple[int, frozenset[str], frozenset[str]], ...] = ()
    #: What the quote(s) say beyond the coded type (:func:`quote_cues`: "truce").
    cues: frozenset[str] = frozenset()
    #: Types of the event's citations (the claim's type for a claim).
    types: frozenset[str] = frozenset()
    #: Ordinal gatherings the quote(s) name (:func:`ordinal_gatherings`).
    ordinals: frozenset[tuple[int, str]] = frozenset()
    #: Kinds of document the quote(s) name (:func:`document_kinds`: "treaty", "statement").
    kinds: frozenset[str] = frozenset()
    #: Every normalised word of the quote(s) as named objects are normalised (:func:`quote_tokens`).
    tokens: frozenset[str] = frozenset()
    #: Distinctive words of the gatherings the quote(s) place their own gathering within
    #: (:func:`gathering_frames`: "held within the framework of COP29" → {"cop29"}).
    frames: frozenset[str] = frozenset()

    @property
    def dated(self) -> bool:
        return self.lower is not None and self.upper is not None

    @property
    def all_modes(self) -> frozenset[str]:
        return self.modes or (frozenset({self.mode}) if self.mode else frozenset())

    @property
    def all_statuses(self) -> frozenset[str]:
        return self.statuses or (frozenset({self.status}) if self.status else frozenset())

    @property
    def span(self) -> int | None:
        """Days covered minus one (0 for a day); None when undated."""
        return (self.upper - self.lower).days if self.lower and self.upper else None


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    relation: Relation
    #: True when the claim's date is disjoint from the event's (a conflict to record).
    conflict: bool
    strong: bool
    reasons: tuple[str, ...]
    #: A month-or-vaguer claim against a finer event (or the reverse) without the same named object:
    #: it may join only when no other event matches it that way (the merger checks).
    coarse: bool = False


def _names_thing(name: str) -> bool:
    """Round 11: does a named object name a thing? Not when all its distinctive words are states'
    names or demonyms ("Kyrgyz" of "the Kyrgyz section", "Chinese"): such an object says where, not
    what, so it neither identifies nor contradicts; nor when it begins like a clause or a quantified
    phrase ("When the border", "Both crossings")."""
    first = name.split(maxsplit=1)[0].casefold() if name.split() else ""
    if first in _FRAGMENT_STARTS:
        return False  # a clause fragment the extraction took for a name ("When the border", "Both crossings")
    if _DESCRIPTION.match(name):
        return False  # session 11: a description, not a name ("Singapore-registered subsidiary")
    words = distinctive_words(object_core(name)) or distinctive_words(name)
    if not words:
        return True  # judged as before (kind words only: "Intergovernmental agreement")
    if words <= _PROJECT_STAGES:
        return False  # round 12: "Construction" (of "Construction of the railway starts") names a stage
    return not all(_demonym(w) for w in words)


#: First words of a clause or quantified phrase, never of a proper name.
_FRAGMENT_START_WORDS = (
    "when since after before while as if until once both all each every some many most several these those "
    "this that its their our his her"
)
_FRAGMENT_STARTS = frozenset(_FRAGMENT_START_WORDS.split())
#: A place-qualified description with no name of its own: "Singapore-registered subsidiary", "a Dubai-based
#: trader", "state-owned company" (a compound participle, then lower-case words only).
_DESCRIPTION = re.compile(
    r"^\s*(?:an?\s+|the\s+)?[\w’'.]+-(?:registered|based|owned|listed|backed|controlled|headquartered)"
    r"(?:\s+[a-z][\w-]*)+\s*$"
)


def _best_object(claim: Profile, event: Profile) -> float | None:
    """Best named-object similarity, or None when one side has no named object (round 11: objects
    that only name a state or demonym are left out, :func:`_names_thing`)."""
    sims = [
        object_similarity(a, b)
        for a in claim.named_objects
        if _names_thing(a)
        for b in event.named_objects
        if _names_thing(b)
    ]
    known = [x for x in sims if x is not None]
    return max(known) if known else None


def _states_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not (a <= b or b <= a)


def _modes_clash(claim: Profile, event: Profile) -> bool:
    a, b = claim.all_modes, event.all_modes
    if not a or not b:
        return False
    return ("phone" in a) != ("phone" in b)


def _date_relation(claim: Profile, event: Profile) -> Relation | None:
    """Relation of the claim's date to the event's; None when it cannot be established.

    A year-unknown side is completed with the year nearest to the other side; when both are
    year-unknown they are compared within one (leap) year.
    """
    if claim.dated and event.dated:
        return relation((claim.lower, claim.upper), (event.lower, event.upper))  # type: ignore[arg-type]
    if event.dated and claim.edtf:
        done = complete_near(claim.edtf, (event.lower, event.upper))  # type: ignore[arg-type]
        return relation((done[1], done[2]), (event.lower, event.upper)) if done else None  # type: ignore[arg-type]
    if claim.dated and event.edtf:
        done = complete_near(event.edtf, (claim.lower, claim.upper))  # type: ignore[arg-type]
        return relation((claim.lower, claim.upper), (done[1], done[2])) if done else None  # type: ignore[arg-type]
    if claim.edtf and event.edtf:
        a, b = complete_year(claim.edtf, 2000), complete_year(event.edtf, 2000)
        return relation(a[1:], b[1:]) if a and b else None
    return None


def same_event(claim: Profile, event: Profile) -> Match | None:
    """Whether ``claim`` may join ``event`` (rules in the module docstring); None when not."""
    verdict = judge(claim, event)
    return verdict if isinstance(verdict, Match) else None


def _one_award_told_twice(claim: Profile, event: Profile, rel: Relation | None) -> bool:
    """A tender award told by two articles with dates that overlap ("won the tender" on 29 May / "was
    selected as the preferred bidder in 2024"), typed AGREE and COOPERATE: one award, so the type may
    differ (session 14, B1 round 2; :func:`~timeline.resolve.conflicts.tender_award_once` checks the
    shared company, the dates and the places)."""
    if "started" in claim.cues or "started" in event.cues:  # a sentence also telling a regime taking effect
        return False
    return rel in ("same", "vaguer", "finer") and tender_award_once(claim, event)


def judge(claim: Profile, event: Profile) -> Match | str:
    """:func:`same_event` with the reason of a refusal: a :class:`Match`, or why there is none
    ("states clash", "date far", …) — for diagnostics and tests."""
    if type_family(claim.event_type) != type_family(event.event_type):
        kin = sorted(t for t in event.types if type_family(t) == type_family(claim.event_type))
        if not kin and membership_once(claim, event):  # session 17: one accession, whatever type (resolve.conflicts)
            kin = [claim.event_type]
        if not kin and relations_restored_once(claim, event):  # session 18: one restoration (resolve.conflicts)
            kin = [claim.event_type]
        if not kin:
            return (
                _bridge(claim, event)
                or _credit_bridge(claim, event)
                or _exit_bridge(claim, event)
                or _views_bridge(claim, event)  # session 18 (M1)
                or _mechanism_bridge(claim, event)  # session 18 (M1)
                or "type family"
            )
        # The event also holds a citation of the claim's family (a summit and what was agreed at it):
        # the claim meets it as that type.
        event = replace(event, event_type=claim.event_type if claim.event_type in kin else kin[0])
    one_route = (same_route(claim, event) and same_service(claim, event)) or _one_party_each(claim, event)
    one_route = one_route or route_opening_once(claim, event)  # session 16: a line opens once (resolve.conflicts)
    clash = _states_clash(claim.states, event.states) and not _states_via_persons(claim, event)
    ties = relations_parties_clash(claim, event)  # session 18 (M1): relations and the ties ended (retellings)
    clash = clash if ties is None else ties
    if (clash and not one_route) or _modes_clash(claim, event):
        return "states or modes clash"
    if _levels_differ(claim, event):
        return "different partnership levels"
    if mechanism_is_no_meeting(claim, event):  # session 18 (M1): timeline.resolve.retellings
        return "meetings agreed, not a meeting held"
    if _recognition_apart(claim, event) and not recognition_as_relations(claim, event, _date_relation(claim, event)):
        return "a recognition and another act"  # session 15; session 17 (M1): a government recognised
    claim, event = _carrier_objects(claim, event)
    rel = _date_relation(claim, event)
    beside = rel == "far" and _adjacent_dates(claim, event)
    once = rel in ("far", "near") and one_off(claim, event) and (beside or rel == "near" or _within_year(claim, event))
    once = once or (beside and (_same_contract(claim, event) or _session_in_conflict(claim, event)))
    once = once or (beside and not claim.sources & event.sources and _both_tell_relations(claim, event))
    once = once or (rel == "far" and one_occurrence(claim, event))  # session 11: timeline.resolve.conflicts
    once = once or (rel == "near" and pair_meeting_at_place_once(claim, event))  # session 15: resolve.conflicts
    award = rel in ("far", "near") and tender_award_once(claim, event)  # session 12: one tender awarded
    award = award or _one_award_told_twice(claim, event, rel)
    award = award or (rel != "overlap" and relations_restored_once(claim, event))  # session 18: resolve.conflicts
    once = once or award
    beside = beside or (once and rel == "far")
    if rel is None or (rel == "far" and not beside):
        return f"date {rel or 'unknown'}"
    if hosting_and_delegation(claim, event):  # session 18 (M2): timeline.resolve.retellings
        return "a gathering hosted and a delegation to it"
    if _occasion_of(claim, event, rel) or _occasion_of(event, claim, _reverse(rel)):
        return Match(2.0 + _date_score(rel), rel, False, True, ("occasion",))
    if rel in ("same", "vaguer", "finer") and _one_status(claim, event):
        return Match(2.0 + _date_score(rel), rel, False, True, ("status",))
    obj = _best_object(claim, event)
    route = same_route(claim, event)
    alias = document_under_alias(claim, event, rel)  # session 18 (M1): one text under two names
    if obj is not None and obj < OBJECT_DIFFERENT and not route and not alias:
        return "different named objects"
    if gathering_within_other(claim, event):  # session 14: a summit held within COP29 is not COP29
        return "a gathering held within another"
    if rel in ("far", "near") and _routes_differ(claim, event):  # session 13: Tashkent–Osh is not Tashkent–Andijan
        return "different routes dated apart"
    if rel in ("far", "near") and stages_differ(claim, event):  # session 13: a second section is another opening
        return "different stages dated apart"
    if _offices_differ(claim, event):
        return "different offices"
    if obj is None and _acronym_modifier_clash(claim, event):
        return "different gatherings of one organisation's name"
    obj_exact = obj is not None and obj >= OBJECT_MATCH
    if (
        claim.event_type != event.event_type
        and not obj_exact
        and _object_points(claim, event) < 2.0
        and not _both_tell_relations(claim, event)
        and not _one_partnership(claim, event)
        and not _one_partnership_level(claim, event)
        and not _one_recognition(claim, event, rel)
        and not _one_founding(claim, event, rel)
        and not founding_membership_signed(claim, event, rel)  # session 17 (M2)
        and not award
    ):
        return "other type without the same object"
    obj_match = same_named_thing(claim, event, obj) or route
    shared_actors = shared_specific_actors(claim, event)
    session = _same_session(claim, event) or next_session_numbered(claim, event, rel)  # session 16: retellings
    speakers = _speakers_only(claim, event)
    disjoint = claim.actors and event.actors and not shared_actors and not obj_match and not session
    disjoint = disjoint and not facility_opened_same_day(claim, event, rel)  # session 18 (M2): retellings
    if disjoint and not speakers:
        return "specific actors disjoint"
    if disjoint and (_partnership_only(event, claim) or _partnership_only(claim, event)):
        # session 12: a ministry's deal with a company "on the same day" is not the leaders' partnership
        return "specific actors disjoint"
    if _hosts_differ(claim, event) and not obj_match:
        return "visit hosts differ"
    if (
        _counterparts_differ(claim, event)
        and not obj_match
        and not speakers
        and not _same_visit(claim, event, shared_actors)
    ):
        return "counterparts differ"
    if _ordinals_differ(claim, event):
        return "ordinal gatherings differ"
    if _one_of_two_documents(claim, event, obj_match):
        return "the sentence tells two documents"
    if not obj_match and _set_against_act(claim, event):
        return "a set of documents and one act"
    agree_family = type_family(claim.event_type) == "agree-cooperate"
    if not obj_exact and not alias and agree_family and topics_differ(claim, event):
        return "documents on different subjects"
    shared_kw = content_keywords(claim.keywords & event.keywords)
    same_states = len(claim.states) >= 2 and claim.states == event.states
    one_source = bool(claim.sources & event.sources)
    points = evidence(claim, event, shared_actors, shared_kw)
    strong = (
        obj_match
        or bool(shared_actors and shared_kw)
        or (same_states and len(shared_kw) >= STATE_KEYWORDS)
        or (points >= STRONG_EVIDENCE and points - 1.5 * len(shared_actors) >= 1.5 and not one_source)
    )
    signals = identity_signals(claim, event, obj_match, shared_actors, shared_kw)
    if session:  # round 12: one session of one standing body names one thing, as a named object does
        signals = signals | {"object", "what"}
        strong = True
    if strong and coarse_join(claim, event, rel):  # a month/year claim against a finer event
        strong = "object" in signals or len(signals) >= 2
    strong = strong or retold(claim, event, rel, shared_kw) or once or nested_identity(claim, event, rel, shared_actors)
    strong = strong or (
        rel in ("same", "vaguer", "finer") and (same_document(claim, event) or same_text_in_force(claim, event))
    )
    strong = strong or bool(shared_actors and "service start" in claim.cues and "service start" in event.cues)
    strong = strong or (rel in ("same", "vaguer", "finer") and same_service(claim, event))
    strong = strong or (rel in ("same", "near") and construction_start_once(claim, event))
    strong = strong or (rel in ("same", "vaguer", "finer") and _edition_coded(claim, event))
    strong = strong or (rel in ("same", "vaguer", "finer") and visa_regime_start(claim, event))
    strong = strong or (rel in ("same", "vaguer", "finer") and one_treaty_stage(claim, event))
    strong = strong or talks_during_visit(claim, event, rel, shared_actors)
    strong = strong or received_on_visit(claim, event, rel, shared_actors)
    strong = strong or planned_milestone(claim, event, rel)
    strong = strong or planned_start_joins_start(claim, event, rel)
    strong = strong or same_numbered_gathering(claim, event, rel)
    strong = strong or _retold_act(claim, event, rel)  # session 16 (M1): timeline.resolve.retellings
    strong = strong or recognition_as_relations(claim, event, rel)  # session 17 (M1): retellings
    strong = strong or mission_closed_twice(claim, event, rel)  # session 17 (M1): retellings
    strong = strong or (
        rel in ("same", "vaguer", "finer")
        and (_one_partnership(claim, event) or _one_relations(claim, event) or _one_text_told(claim, event)
             or _one_partnership_level(claim, event))
    )
    strong = strong or _one_recognition(claim, event, rel) or _one_founding(claim, event, rel)  # session 16
    strong = strong or construction_start_named(claim, event, rel) or _one_chairmanship(claim, event, rel)
    strong = strong or construction_start_of_pair(claim, event, rel)  # session 16
    strong = strong or founding_membership_signed(claim, event, rel)  # session 17 (M2)
    strong = strong or alias
    strong = strong or activity_started_same_month(claim, event, rel)  # session 18 (M2): retellings
    aid = not strong and (  # session 14: joins only when no other event matches so (coarse)
        aid_told_twice(claim, event, rel)
        or same_premodified_text(claim, event, rel)
        or facility_told_again(claim, event, rel)
        or first_run_told_again(claim, event, rel)  # session 16 (M1)
        or facility_opened_twice(claim, event, rel)  # session 16 (M1)
        or start_told_vaguer(claim, event, rel)  # session 16 (M3)
        or bare_start_plan(claim, event, rel)  # session 17 (M2)
        or visit_told_by_year(claim, event, rel)  # session 18 (M2): timeline.resolve.retellings
        or envoy_summoned_same_month(claim, event, rel)  # session 18 (M2): timeline.resolve.retellings
        or thing_told_by_its_head(claim, event, rel)  # session 18 (M2): timeline.resolve.retellings
        or route_told_bare(claim, event, rel)  # session 18 (M2): timeline.resolve.retellings
        or planned_trip_held(claim, event, rel)  # session 18 (M2): timeline.resolve.retellings
        or _told_by_year(claim, event, rel)  # session 17 (M1): timeline.resolve.retellings
        or _retold_coarse(claim, event, rel)  # session 18 (M1): timeline.resolve.retellings
    )
    strong = strong or aid
    if _status_clash(claim, event) and not planned_joins_occurred(claim, event, rel, signals):
        return "planned vs occurred"
    positive = obj_match or bool(shared_actors) or len(shared_kw) >= KEYWORD_IDENTITY or strong
    if rel != "same" and not strong:
        return f"date {rel}, no strong signal"
    if one_source and not strong:  # one article, one actor, several happenings
        return "one source, no strong signal"
    if (not claim.dated or not event.dated) and not strong:
        return "year unknown, no strong signal"
    if not positive and not _neutral_join(claim, event, rel):
        return "no identity signal"
    reasons = tuple(
        r
        for r, on in (
            ("named object", obj_match),
            ("actors", bool(shared_actors)),
            ("keywords", bool(shared_kw)),
        )
        if on
    )
    score = (
        3.0 * (obj or 0.0)
        + (1.5 if obj_match and not obj_exact else 0.0)  # the same gathering or name, told in words
        + len(shared_actors)
        + len(shared_kw) / max(1, len(content_keywords(claim.keywords | event.keywords)))
        + _date_score(rel)
        + 0.1 * points
    )
    if beside:  # one unit apart: a conflict only for the same named thing or one person's first visit
        if (
            not _one_named_thing(claim, event, signals, one_source)
            and not _first_visit(claim, event, one_source)
            and not _relations_established(claim, event, one_source)
            and not once
        ):
            return "date far, not the same named object"
        return Match(score, "near", True, True, (*(reasons or ("named object",)), "adjacent dates"))
    coarse = (coarse_join(claim, event, rel) and "object" not in signals) or aid
    return Match(score, rel, rel == "near", strong, reasons or ("same day",), coarse)


def _told_by_year(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 17 (M1): one document, meeting, set of documents or visitor's talks told by its year or month
    and on its day (:mod:`timeline.resolve.retellings`); coarse: joins only the one event matching so."""
    return (
        document_told_by_year(claim, event, rel)
        or meeting_at_place_by_year(claim, event, rel)
        or counted_documents_told_twice(claim, event, rel)
        or talks_of_visit_by_month(claim, event, rel)
    )


def _retold_coarse(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 18 (M1): one meeting told with the same gap before it, one transport service suspended, a visa
    waiver taking effect, a document signed told by its anaphor, a purchase of one designated product or a
    first visit told in one month (:mod:`timeline.resolve.retellings`);
    coarse: joins only the one event matching so."""
    return (
        meeting_gap_told_twice(claim, event, rel)
        or suspension_told_twice(claim, event, rel)
        or visa_waiver_anaphor(claim, event, rel)
        or document_anaphor_by_month(claim, event, rel)
        or designated_purchase_told_twice(claim, event, rel)
        or first_visit_in_month(claim, event, rel)
    )


def _retold_act(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 16 (M1): one attack or anniversary told by two sentences in other words
    (:mod:`timeline.resolve.retellings`)."""
    return attack_told_twice(claim, event, rel) or same_anniversary(claim, event, rel)


def _states_via_persons(claim: Profile, event: Profile) -> bool:
    """Session 16: the named states differ only because one side names a party by its leader ("Aliyev
    pays a state visit to China" / "the previous state visit, when Azerbaijan's president met Xi"): with
    each known person mapped to its state (:func:`member_states`) one side's parties contain the other's
    and both name two or more. Two different visits are still told apart by their hosts."""
    if not claim.persons and not event.persons:
        return False
    a, b = member_states(claim), member_states(event)
    return len(a & b) >= 2 and (a <= b or b <= a)


def _one_party_each(claim: Profile, event: Profile) -> bool:
    """Session 15: each side names one state, a different one, and both the same named document within
    one period ("Mongolia values the Treaty on Friendly Relations and Cooperation signed in 1994" / "with
    China it came in the Treaty on Friendly Relations and Cooperation, signed on 29 April 1994"): each
    article names the other party of one bilateral text, which is no clash of parties."""
    if len(claim.states) != 1 or len(event.states) != 1 or claim.states == event.states:
        return False
    if not claim.kinds & event.kinds or _date_relation(claim, event) not in ("same", "vaguer", "finer"):
        return False
    obj = _best_object(claim, event)
    return obj is not None and obj >= OBJECT_MATCH


def _carrier_objects(claim: Profile, event: Profile) -> tuple[Profile, Profile]:
    """Round 11: a named object of one side that is an organisation actor of the other ("The first
    flight of China Southern Airlines landed" coded with the airline as its object / "China Southern
    Airlines opened a Beijing–Baku route") names who acted, not a thing, when the other side names a
    thing of its own: it is compared as that side's actor, not against the other side's object. With
    no object on the other side the organisation is the thing told (round 8: "the Lakeside Centre
    opens" / the centre as actor)."""
    def moved(a: Profile, b: Profile) -> tuple[str, ...]:
        orgs = b.actors - b.persons
        if not b.named_objects:  # the organisation is what the other side tells of (round 8): no carrier
            return ()
        return tuple(
            n for n in a.named_objects
            if any((sim := object_similarity(n, o)) is not None and sim >= OBJECT_MATCH for o in orgs)
        )

    ma, mb = moved(claim, event), moved(event, claim)
    if not ma and not mb:
        return claim, event

    def without(p: Profile, names: tuple[str, ...]) -> Profile:
        if not names:
            return p
        kept = tuple(n for n in p.named_objects if n not in names)
        return replace(p, named_objects=kept, actors=p.actors | frozenset(names))

    return without(claim, ma), without(event, mb)


def same_named_thing(claim: Profile, event: Profile, obj: float | None = None) -> bool:
    """Round 7: do both sides name the same thing? The same named object (similarity at least
    :data:`OBJECT_MATCH`); the same ordinal gathering at the same place ("the 11th meeting of the
    intergovernmental commission was held in Baku" / "on the eve of the eleventh meeting of the
    intergovernmental commission … in Baku"; :func:`_same_ordinal_gathering`); or a named object of
    one side, two or more distinctive words, every one of them in the other side's quote ("Silk Road
    Economic Belt memorandum signed" / "signed a memorandum on jointly building the Silk Road
    Economic Belt"; :func:`_named_in_quote`)."""
    if obj is None:
        obj = _best_object(claim, event)
    if obj is not None and obj >= OBJECT_MATCH:
        return True
    if obj is not None and obj < OBJECT_DIFFERENT:
        return False
    return (
        _same_ordinal_gathering(claim, event)
        or _named_in_quote(claim, event)
        or _named_in_quote(event, claim)
        or _same_office_taking(claim, event)
        or _same_numbered_gathering(claim, event)
        or _same_numbered_gathering(event, claim)
        or _organisation_gathering(claim, event)
        or _organisation_gathering(event, claim)
        or _summit_body(claim, event)  # session 16
        or _summit_body(event, claim)
        or _organisation_summit_at_place(claim, event)  # session 17 (M2)
        or _first_delivery_of_product(claim, event)  # session 17 (M2)
        or _first_delivery_of_product(event, claim)
        or _countries_thing_in_quote(claim, event)
        or _countries_thing_in_quote(event, claim)
        or _short_document_name(claim, event)
    )


#: Kinds of gathering ("the SCO summit", "a forum of the SCO University network").
_GATHERING_KIND_WORDS = (
    "summit forum conference congress exhibition expo fair festival games olympiad session assembly council week"
)
_GATHERING_KINDS = frozenset(_stem(w) for w in _GATHERING_KIND_WORDS.split())


def _gathering_kinds(p: Profile) -> frozenset[str]:
    words = {w for name in p.named_objects for w in object_tokens(name)} | {_stem(w) for w in p.keywords}
    return frozenset(w for w in words if w in _GATHERING_KINDS)


def _acronym_modifier_clash(claim: Profile, event: Profile) -> bool:
    """Round 11: an organisation's initials used as a modifier of another name ("the forum of the SCO
    University network", "the BRICS Games") against the organisation's own gathering ("the SCO
    summit"): one name adds a word the other lacks after the shared initials, and the two tell
    different kinds of gathering (forum vs summit). Gatherings (CONSULT) only."""
    if claim.event_type != "CONSULT" or event.event_type != "CONSULT":
        return False
    kinds_a, kinds_b = _gathering_kinds(claim), _gathering_kinds(event)
    if not kinds_a or not kinds_b or kinds_a & kinds_b:
        return False
    known = _state_words() | _name_words(claim.places | event.places | claim.states | event.states)
    for a, b in ((x, y) for x in claim.named_objects for y in event.named_objects):
        for one, two in ((a, b), (b, a)):
            shared = {x.lower() for x in _ACRONYM.findall(one)} & set(object_tokens(two))
            extra = distinctive_words(one) - distinctive_words(two) - shared - known
            if shared and extra:
                return True
    return False


def _countries_thing_in_quote(a: Profile, b: Profile) -> bool:
    """Round 11: a thing named by the countries it links and its kind ("China–Kyrgyzstan–Uzbekistan
    railway", "Kazakhstan–China pipeline": two or more state words and one other distinctive word),
    every word of it in ``b``'s quote(s) ("marking the start of construction of the Kyrgyz section of
    the China-Kyrgyzstan-Uzbekistan railway"), while ``b`` names no thing of its own. Not gatherings
    (CONSULT: "the China–Central Asia summit" recurs)."""
    if "CONSULT" in (a.event_type, b.event_type) or not b.tokens:
        return False
    if any(len(distinctive_words(n) - _state_words()) >= 2 for n in b.named_objects if _names_thing(n)):
        return False
    states = _state_words()
    for name in a.named_objects:
        words = distinctive_words(name)
        if len(words & states) >= 2 and len(words - states) == 1 and words <= b.tokens:
            return True
    return False


def _same_numbered_gathering(a: Profile, b: Profile) -> bool:
    """Round 8: both quotes name the same ordinal gathering ("the second … summit") and every
    distinctive word (two or more, state names aside) of ``a``'s named object is in ``b``'s quote,
    whatever shorter name ``b``'s extraction gave it ("Kazakhstan is due to host the second
    China–Central Asia summit next year" / "The second Central Asia – China Summit was held today")."""
    if a.event_type != "CONSULT" or b.event_type != "CONSULT" or not a.ordinals & b.ordinals or not b.tokens:
        return False
    known = _state_words() | _name_words(a.states | b.states)
    return any(
        len((words := distinctive_words(name)) - known) >= 2 and words <= b.tokens for name in a.named_objects
    )


def _organisation_gathering(a: Profile, b: Profile) -> bool:
    """Round 8: ``a``'s named gathering is abbreviated by the initials of an organisation ``b`` names
    ("SCO summit" / "will host the organisation's summit in Astana", the Shanghai Cooperation
    Organisation its actor), ``b``'s quote names the same kind of gathering ("summit") and both name
    the same place or host state: the same gathering."""
    if a.event_type != "CONSULT" or b.event_type != "CONSULT":
        return False
    if not (a.places & b.places or a.states & b.states):
        return False
    orgs = b.actors - b.persons
    initials = {"".join(w[0] for w in name.split() if w[:1].isupper()).upper() for name in orgs}
    for name in a.named_objects:
        kind = name.split()[-1].casefold() if name.split() else ""
        acronyms = {tok for tok in _ACRONYM.findall(name) if len(tok) >= 3}
        if acronyms & initials and kind in b.tokens | b.words:
            return True
    return False


#: Session 17 (M2): words of an organisation's summit-level gathering besides its initials ("the SCO summit",
#: "the SCO Plus meeting", "the BRICS leaders' meeting"): no other kind (a forum, the games).
_SUMMIT_WORDS = quote_tokens("summit meeting plus leaders leader heads state")
#: Words of a lower body's or a ministers' meeting ("the SCO foreign ministers' meeting").
_LOWER_MEETING = quote_tokens("minister ministers ministerial foreign defence defense government premiers")


def _organisation_summit_at_place(a: Profile, b: Profile) -> bool:
    """Session 17 (M2): both sides name a summit-level gathering of one organisation by its initials ("his
    participation in the SCO Plus meeting in Tianjin last year" / "he attended the SCO summit in Tianjin"),
    at the same place, dates one within the other: one gathering, whichever of its many participants each
    sentence tells (so disjoint persons say nothing). Both multilateral CONSULT; each name only the initials
    and summit words (:data:`_SUMMIT_WORDS`); no ministers' or lower body's meeting told on either side."""
    if a.event_type != "CONSULT" or b.event_type != "CONSULT" or a.all_modes != {"multilateral"}:
        return False
    if b.all_modes != {"multilateral"} or _date_relation(a, b) not in ("same", "vaguer", "finer"):
        return False
    if not (a.places & b.places) - a.states - b.states or (a.tokens | b.tokens) & _LOWER_MEETING:
        return False

    def initials(p: Profile) -> set[str]:
        out: set[str] = set()
        for name in p.named_objects:
            acronyms = {t for t in _ACRONYM.findall(name) if len(t) >= 3}
            rest = set(object_tokens(name)) - {t.casefold() for t in acronyms}
            if not acronyms or rest - _SUMMIT_WORDS:
                continue
            out |= acronyms
        return out

    return bool(initials(a) & initials(b))


#: Session 17 (M2): words telling a first delivery ("the first batch … arrived", "the first doses … arrive").
_DELIVERED = quote_tokens("arrive arrived arrives delivered delivers delivery deliveries shipped shipment reached")


def _first_delivery_of_product(a: Profile, b: Profile) -> bool:
    """Session 17 (M2): ``a`` names a product by one word of its own ("CoronaVac") that ``b``'s quote names
    too, both tell its *first* delivery ("the first batch of the CoronaVac vaccine arrived in Baku in January
    2021" / "The first doses of the Chinese CoronaVac vaccine arrive"), the same two or more states, dates one
    within the other, a month at most: a first delivery happens once. COOPERATE only; a second batch, another
    product or another recipient is another event."""
    if a.event_type != "COOPERATE" or b.event_type != "COOPERATE" or a.sources & b.sources:
        return False
    if a.span is None or b.span is None or max(a.span, b.span) > MONTH_DAYS:
        return False
    if _date_relation(a, b) not in ("same", "vaguer", "finer"):
        return False
    if len(a.states) < 2 or a.states != b.states:
        return False
    for t in (a.tokens, b.tokens):
        if "first" not in t or not t & _DELIVERED or t & _ORDINAL_WORDS - {"first"}:
            return False
    known = _state_words() | _name_words(a.places | b.places | a.persons | b.persons)
    for name in a.named_objects:
        words = distinctive_words(name) - known
        if len(object_tokens(name)) == 1 and len(words) == 1 and words <= b.tokens:
            return True
    return False


#: Session 16: an organisation's body that meets as its summit ("the SCO Council of Heads of State").
_SUMMIT_BODY = re.compile(r"\bCouncil\s+of\s+(?:the\s+)?Heads\s+of\s+State\b", re.IGNORECASE)


def _summit_body(a: Profile, b: Profile) -> bool:
    """Session 16: ``a`` names an organisation's summit in full ("the Shanghai Cooperation Organisation summit")
    and ``b`` has as actor the body of that organisation that meets as its summit, by the organisation's
    initials or name ("the meeting of the SCO Council of Heads of State, which will be held in Bishkek"), and
    both share a state or place: one gathering. The heads of government's council is another meeting."""
    if a.event_type != "CONSULT" or b.event_type != "CONSULT":
        return False
    if not (a.places & b.places or a.states & b.states):
        return False
    bodies = [name for name in b.actors - b.persons if _SUMMIT_BODY.search(name)]
    if not bodies:
        return False
    for name in a.named_objects:
        words = name.split()
        if len(words) < 3 or words[-1].casefold() != "summit":
            continue
        org = " ".join(words[:-1])
        initials = "".join(w[0] for w in words[:-1] if w[:1].isupper()).upper()
        for body in bodies:
            head = body.split()[0]
            if (len(initials) >= 2 and head == initials) or body.casefold().startswith(org.casefold()):
                return True
    return False


#: Keywords an office-taking claim carries besides its topic ("took office", "appointed").
_OFFICE_KEYWORDS = frozenset(
    _words("office took take takes appoint appointed appointment sworn swear oath inaugurated inauguration")
    + _words("president presidency prime minister premier became become succeeded succeed assumed")
    + _words("resign resigned resignation step stepped down left leave withdraw")
)


_OFFICE_STEMS = frozenset(_stem(w) for w in _OFFICE_KEYWORDS)


def _offices(p: Profile, prefix: str = "office:") -> frozenset[str]:
    return frozenset(c.split(":", 1)[1] for c in p.cues if c.startswith(prefix))


def _offices_differ(claim: Profile, event: Profile) -> bool:
    """Both sides tell a person taking (or leaving) a named office and share none ("resigned as
    president" / "resigned as chairman of the federation"): two happenings."""
    for prefix in ("office:", "left:"):
        oa, ob = _offices(claim, prefix) - {"?"}, _offices(event, prefix) - {"?"}
        if oa and ob and not oa & ob and not (_offices(claim, prefix) | _offices(event, prefix)) & {"?"}:
            return True
    return False


def _same_office_taking(claim: Profile, event: Profile) -> bool:
    """One person taking (or leaving) one office, told twice (:func:`_same_office_change`)."""
    return _same_office_change(claim, event, "office:") or _same_office_change(claim, event, "left:")


def _same_office_change(claim: Profile, event: Profile, prefix: str) -> bool:
    """Round 8: one person taking one office is one happening however it is told ("is sworn in as
    president" on a day, "succeeded X as president in March 2019", "took office in 2019", "became
    president"): both quotes tell an office being taken (:func:`offices_taken`), the same office or
    one side's unnamed ("took office"), a shared person, and neither side about anything else (a
    topic keyword beyond office words: "X, who took office in 2019, opened the bridge"). The caller
    checks the dates (a second term is sworn in years later). The same for leaving an office
    ("announces his resignation as president" / "when X stepped down in 2019")."""
    oa, ob = _offices(claim, prefix), _offices(event, prefix)
    if not oa or not ob or not (oa & ob or "?" in oa or "?" in ob):
        return False
    if not claim.persons & event.persons:
        return False
    for side in (claim, event):
        if {k for k in _topic_keywords(content_keywords(side.keywords)) if _stem(k) not in _OFFICE_STEMS}:
            return False
    return True


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """Words (and their stems) of the actor dictionary's state names: no distinctive part of a name."""
    words = _name_words(frozenset(_state_by_code().values()))
    # round 10: the states' other names too, ASCII-folded as quotes are ("Türkiye")
    folded = {w for name in _state_aliases() for w in re.findall(r"[a-z]+", _fold(name))}
    return words | folded | frozenset(_stem(w) for w in words | folded)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _state_aliases() -> tuple[str, ...]:
    """Canonical names and aliases of the actor dictionary's states (single words of four or more
    letters only for aliases: "Turco-" is no state word)."""
    try:
        from timeline.extract.actors import ActorDictionary

        entries = ActorDictionary.default().entries
    except Exception:  # pragma: no cover - the dictionary ships with the package
        return ()
    out: list[str] = []
    for name, e in entries.items():
        if e.kind == "state" and e.country:
            out.append(name)
            out.extend(a for a in e.aliases if a.isalpha() and len(a) >= 4)
    return tuple(out)


def _named_in_quote(a: Profile, b: Profile) -> bool:
    """A named object of ``a`` with two or more distinctive words that are not state names
    ("China–Azerbaijan Business Forum" has one: "business"; "Baku Energy Week" two), all of its
    distinctive words in ``b``'s quote(s), while ``b`` names no object of its own (a differing one is
    a contradiction). Round 10: an object of ``b`` with fewer than two distinctive words names nothing
    ("Investment agreement" / "the Anaklia investment agreement")."""
    if any(len(distinctive_words(name)) >= 2 for name in b.named_objects):
        return False
    quote_words = b.tokens or (b.words | frozenset(_stem(w) for w in b.names) | b.names)
    known = _state_words() | _name_words(a.states | b.states)
    return any(
        len((words := distinctive_words(name)) - known) >= 2 and words <= quote_words for name in a.named_objects
    )


def shared_specific_actors(claim: Profile, event: Profile) -> frozenset[str]:
    """Specific actors of both sides: the same name, or (round 7) two organisations one of whose
    names holds the other's whole as words ("China Energy Engineering Corporation" within "Ministry
    of Energy of Azerbaijan and China Energy Engineering Corporation": the extractor joined two
    names). Persons must match exactly."""
    shared = set(claim.actors & event.actors)
    orgs_a, orgs_b = claim.actors - claim.persons - shared, event.actors - event.persons - shared
    for a in orgs_a:
        for b in orgs_b:
            short, long = (a, b) if len(a) <= len(b) else (b, a)
            if len(short.split()) >= 2 and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long, re.IGNORECASE):
                shared.add(short)
    return frozenset(shared)


def _same_visit(claim: Profile, event: Profile, shared_actors: frozenset[str]) -> bool:
    """Round 7: both sides are visits to a shared host state by a shared person: one visit, whoever
    else each side names (a minister recalling it, the host leader), so the counterpart rule does
    not split it ("Aliyev's state visit to China last April", says Wang Yi / says Mustafayev)."""
    if "visit" not in claim.all_modes or "visit" not in event.all_modes:
        return False
    return bool(claim.hosts & event.hosts) and bool(shared_actors & claim.persons & event.persons)


def _bridge(claim: Profile, event: Profile) -> Match | None:
    """A claim and an event of two type families that are one happening (see the module docstring,
    "Across the type wall"): a signed ceasefire statement (AGREE) and the truce (RETREAT) its
    parties agreed. Both quotes must tell the ceasefire (:func:`quote_cues`) or both name the same
    object; two articles; the same parties (two or more states shared, leaders mapped to their
    states, one side's within the other's); the claim's date equal to, within or containing the
    event's; nothing contradicting (different named objects, counterparts); and the event holds no
    citation of the claim's family yet unless the object is the same (one truce, one document)."""
    fam_c, fam_e = type_family(claim.event_type), type_family(event.event_type)
    bridgeable = [cue for cue, families in _BRIDGES.items() if families == {fam_c, fam_e}]
    if not bridgeable:  # (a loan crosses by its own rule, :func:`_credit_bridge`)
        return None
    obj = _best_object(claim, event)
    obj_match = obj is not None and obj >= OBJECT_MATCH
    if not obj_match and not any(cue in claim.cues and cue in event.cues for cue in bridgeable):
        return None
    if claim.sources & event.sources or not _same_parties(claim, event):
        return None
    if _states_clash(claim.states, event.states) or (obj is not None and obj < OBJECT_DIFFERENT):
        return None
    if _counterparts_differ(claim, event) and not obj_match:
        return None
    if not obj_match and any(type_family(t) == fam_c for t in event.types):
        return None  # the event already has its document: another one is another event
    rel = _date_relation(claim, event)
    if rel not in ("same", "vaguer", "finer"):
        return None
    return Match(1.0 + 3.0 * (obj or 0.0) + _date_score(rel), rel, False, True, ("across families",))


#: A loan or credit told as agreed or granted: "agreed to lend", "a loan of", "extended a credit line".
_CREDIT = re.compile(r"\b(?:lend|lends|lent|lending|loans?|credits?|credit\s+lines?)\b", re.IGNORECASE)


def _credit_bridge(claim: Profile, event: Profile) -> Match | None:
    """Session 16: one loan told as an agreement and as aid ("In June the Development Bank agreed to lend
    Ruritania $2 billion" AGREE / "the Development Bank lent USD 2 billion in 2009" AID): one credit, one line.
    The two families AGREE–COOPERATE and AID; both quotes tell a loan or credit (:data:`_CREDIT`) and the
    same sum (:func:`amounts`); two articles; a shared specific actor (the lender); no clashing parties
    (leaders mapped) or counterparts; one date within or equal to the other's. Another sum, another lender
    or dates apart are another credit."""
    if {type_family(claim.event_type), type_family(event.event_type)} != {"agree-cooperate", "AID"}:
        return None
    if claim.sources & event.sources or not shared_specific_actors(claim, event):
        return None
    sums = [{c for c in p.cues if c.startswith("amount:")} for p in (claim, event)]
    if not sums[0] & sums[1]:
        return None
    if not all("loan" in p.cues or _CREDIT.search(" ".join(p.tokens | p.keywords | p.words)) for p in (claim, event)):
        return None
    if _states_clash(member_states(claim), member_states(event)) or _counterparts_differ(claim, event):
        return None
    rel = _date_relation(claim, event)
    if rel not in ("same", "vaguer", "finer"):
        return None
    return Match(1.5 + _date_score(rel), rel, False, True, ("across families", "same credit"))


def _views_bridge(claim: Profile, event: Profile) -> Match | None:
    """Session 18 (M1): the views two leaders agreed (AGREE) told beside their meeting (CONSULT) the same day:
    :func:`~timeline.resolve.retellings.views_agreed_at_meeting`."""
    rel = _date_relation(claim, event)
    if not views_agreed_at_meeting(claim, event, rel):
        return None
    assert rel is not None
    return Match(1.5 + _date_score(rel), rel, False, True, ("across families", "views agreed at the meeting"))


def _mechanism_bridge(claim: Profile, event: Profile) -> Match | None:
    """Session 18 (M1): regular meetings agreed, told as an agreement and coded as a meeting:
    :func:`~timeline.resolve.retellings.mechanism_agreed_twice`."""
    rel = _date_relation(claim, event)
    if not mechanism_agreed_twice(claim, event, rel):
        return None
    assert rel is not None
    return Match(1.5 + _date_score(rel), rel, False, True, ("across families", "meetings agreed"))


def _exit_bridge(claim: Profile, event: Profile) -> Match | None:
    """Session 17 (M1): one company leaving one project told as a withdrawal (RETREAT) and in other words
    coded as another type ("gave up its stake in South Pars"): :func:`~timeline.resolve.retellings.exit_told_twice`."""
    if _counterparts_differ(claim, event) or _states_clash(member_states(claim), member_states(event)):
        return None
    rel = _date_relation(claim, event)
    if not exit_told_twice(claim, event, rel):
        return None
    assert rel is not None
    return Match(1.5 + _date_score(rel), rel, False, True, ("across families", "one exit"))


# --- parties, identity signals, status ----------------------------------------------------------


@lru_cache(maxsize=1)
def _state_by_code() -> dict[str, str]:
    """Canonical state name per country code, from the actor dictionary."""
    try:
        from timeline.extract.actors import ActorDictionary

        entries = ActorDictionary.default().entries
    except Exception:  # pragma: no cover - the dictionary ships with the package
        return {}
    return {e.country: name for name, e in entries.items() if e.kind == "state" and e.country}


@lru_cache(maxsize=8192)
def person_state(name: str) -> str | None:
    """The state a known person belongs to ("Ilham Aliyev" → "Azerbaijan"); None when unknown.

    A leader or minister acting abroad acts for that state, so "the presidents of Azerbaijan,
    Kazakhstan and Uzbekistan" and "Aliyev, Tokayev and Mirziyoyev" name the same parties.
    """
    try:
        from timeline.extract.actors import ActorDictionary

        entry = ActorDictionary.default().entries.get(name)
    except Exception:  # pragma: no cover
        return None
    if entry is None or entry.kind != "person" or not entry.country:
        return None
    return _state_by_code().get(entry.country)


def _gathering_held_as_planned(claim: Profile, event: Profile, signals: frozenset[str]) -> bool:
    """Session 16: one named gathering announced for days and reported held within a vaguer date ("will take
    part in the meeting of the SCO Council of Heads of State, which will be held in Bishkek on 27-28 August" /
    "the Shanghai Cooperation Organisation summit that Kyrgyzstan hosted … in late August"): a summit is not
    moved within its month unnoticed. Both are gatherings (CONSULT, multilateral), the same named gathering
    (``signals`` "object"), and a shared place or host state; a visit ("will visit on Thursday" / "visited in
    May") is no named gathering."""
    if claim.event_type != "CONSULT" or event.event_type != "CONSULT" or "object" not in signals:
        return False
    if "multilateral" not in claim.all_modes or "multilateral" not in event.all_modes:
        return False
    return bool(claim.places & event.places or claim.states & event.states)


def member_states(p: Profile) -> frozenset[str]:
    """The states a profile names, plus the states of the persons it names (see :func:`person_state`)."""
    mapped = {st for name in p.persons if (st := person_state(name))}
    return p.states | frozenset(mapped)


def _same_parties(a: Profile, b: Profile) -> bool:
    """Two or more states (persons mapped to their states) shared, one side's states within the other's."""
    sa, sb = member_states(a), member_states(b)
    return len(sa & sb) >= 2 and (sa <= sb or sb <= sa)


def _parties_clash(a: Profile, b: Profile) -> bool:
    """The mapped states of both sides (:func:`member_states`) exclude each other: neither contains
    the other ("Putin met Erdogan" vs "Mongolia received Putin"). Used by the only-candidate rules."""
    return _states_clash(member_states(a), member_states(b))


#: Words that restate a type or the kind of a document or gathering: "visit", "summit",
#: "memorandum". Two claims sharing only these have said nothing about *what* the event was about.
KIND_WORDS = frozenset(
    _words("visit trip tour call phone talk talks summit forum conference session meet")
) | _GENERIC


def _topic_keywords(shared_kw: frozenset[str]) -> frozenset[str]:
    """Shared content keywords that name a topic, not the kind of event or document."""
    return frozenset(k for k in shared_kw if k not in KIND_WORDS and _stem(k) not in KIND_WORDS)


def _keywords_disjoint(a: Profile, b: Profile) -> bool:
    """Both sides have topic keywords and share none ("gas deal" vs "visa agreement")."""
    ka = _topic_keywords(content_keywords(a.keywords))
    kb = _topic_keywords(content_keywords(b.keywords))
    return bool(ka) and bool(kb) and not ka & kb


def coarse_join(claim: Profile, event: Profile, rel: Relation) -> bool:
    """True when one side is a month or vaguer (≥ :data:`VAGUE_DAYS` days) and the other finer than
    that, and one contains the other: "visited Türkiye in 2003" against "on 9 May 2003"."""
    if rel not in ("vaguer", "finer") or claim.span is None or event.span is None:
        return False
    wide, narrow = (claim, event) if rel == "vaguer" else (event, claim)
    return wide.span >= VAGUE_DAYS > narrow.span  # type: ignore[operator]


def identity_signals(
    claim: Profile, event: Profile, obj_match: bool, shared_actors: frozenset[str], shared_kw: frozenset[str]
) -> frozenset[str]:
    """Independent kinds of identity evidence two profiles share:

    - ``object``: the same named object (counts for two: it names one document or gathering);
    - ``who``: a shared specific actor, or the same parties (:func:`_same_parties`);
    - ``party``: a second shared specific actor, or with one, a shared state that is not a shared
      person's own (the host or counterpart: "Aliyev" and "China" for Aliyev's visit to China);
    - ``what``: a shared topic keyword (not a kind word, :data:`KIND_WORDS`);
    - ``named``: every distinctive word (two or more) of one named object in the other's
      ("Belt and Road Initiative" / "Silk Road Economic Belt");
    - ``where``: a shared place;
    - ``names``: two or more shared proper names of the quotes that are neither states nor actors.
    """
    out = set()
    if obj_match:
        out.update(("object", "what"))
    if shared_actors or _same_parties(claim, event):
        out.add("who")
    if shared_actors:
        own = {st for name in shared_actors if (st := person_state(name))}
        if len(shared_actors) >= 2 or (member_states(claim) & member_states(event)) - own:
            out.add("party")
    if _topic_keywords(shared_kw):
        out.add("what")
    if not obj_match and _object_points(claim, event) >= 2.0:
        out.add("named")
    if claim.places & event.places:
        out.add("where")
    known = _name_words(claim.states | event.states | claim.actors | event.actors | claim.places | event.places)
    if len((claim.names & event.names) - known) >= 2:
        out.add("names")
    if _one_trip(claim, event) or _one_trip_of_year(claim, event):
        out.add("trip")
    return frozenset(out)


def _one_trip(claim: Profile, event: Profile) -> bool:
    """Round 8: a month claim of a person's visit and that person's visit on days of that month
    ("Aliyev's state visit to Beijing in April 2025" / "Aliyev arrived in the Chinese capital on
    Tuesday for a three-day state visit"): the ``trip`` identity signal. Both sides visits, a shared
    person, no differing host states or places, the coarse side a month at most — or a year when
    both quotes tell the person's *first* visit or trip ("chose Kazakhstan for his first foreign trip
    three years ago"; then places of other clauses do not count). A person making two visits that
    month is left to the merger's uniqueness check of coarse matches (neither joins)."""
    if "visit" not in claim.all_modes or "visit" not in event.all_modes:
        return False
    if not claim.persons & event.persons or _hosts_differ(claim, event):
        return False
    if claim.span is None or event.span is None:
        return False
    first = "first visit" in claim.cues and "first visit" in event.cues
    told = _host_told(claim, event) or _host_told(event, claim)
    if claim.places and event.places and not claim.places & event.places and not (first or told):
        return False  # "arrived in Moscow" / "his visit to Beijing": unless both tell the first trip
    return first or max(claim.span, event.span) <= MONTH_DAYS


def _host_told(a: Profile, b: Profile) -> bool:
    """A host state of ``a``'s visit is named in ``b``'s quote ("pays a state visit to Kazakhstan" /
    "chose Kazakhstan for his first foreign trip …, days before the summit in Samarkand"): then a
    place of another clause of ``b`` does not make it another trip."""
    return any(set(object_tokens(host)) <= b.tokens for host in a.hosts if object_tokens(host)) if b.tokens else False


def _contradicts(claim: Profile, event: Profile) -> bool:
    """Anything that tells the two apart: clashing states, parties, modes, status or offices."""
    return (
        _states_clash(claim.states, event.states)
        or _parties_clash(claim, event)
        or _modes_clash(claim, event)
        or _status_clash(claim, event)
        or _offices_differ(claim, event)
        or (_best_object(claim, event) is None and _acronym_modifier_clash(claim, event))
    )


def _status_clash(claim: Profile, event: Profile) -> bool:
    """A planned claim against an event only reported as occurred, or the reverse."""
    a, b = claim.all_statuses, event.all_statuses
    if not a or not b:
        return False
    return ("planned" in a and "occurred" not in a and "occurred" in b and "planned" not in b) or (
        "planned" in b and "occurred" not in b and "occurred" in a and "planned" not in a
    )


def planned_joins_occurred(claim: Profile, event: Profile, rel: Relation, signals: frozenset[str]) -> bool:
    """May a planned claim join an occurred event (or an occurred claim a planned event)?

    Rule: a plan and the happening are one timeline line only when the plan names the same thing
    and the plan's date contains (or equals) the happening's: the same named object, or a shared
    actor or the same parties *and* a shared topic keyword, place or quote names, with the planned
    side dated equal or vaguer ("China is due to host the first summit with Central Asian leaders
    later this year" → "the China–Central Asia summit in Xi'an on 18–19 May"). A plan is never
    joined by the only-candidate rules, and a planned date finer than or beside the occurred one
    ("will visit on Thursday" vs "visited in May") is another event.
    """
    planned_is_claim = "planned" in claim.all_statuses
    plan_rel = rel if planned_is_claim else _reverse(rel)
    if plan_rel == "finer" and same_text_in_force(claim, event):
        return True  # round 11: "is due to enter into force on 1 June" / "took effect in June": one text
    if plan_rel == "finer" and _one_partnership(claim, event):
        return True  # session 15: "expected to sign … a comprehensive strategic partnership on Wednesday" / "in April"
    if plan_rel == "finer" and _gathering_held_as_planned(claim, event, signals):
        return True  # session 16: "will be held in Bishkek on 27-28 August" / "the summit hosted in late August"
    if plan_rel not in ("same", "vaguer"):
        return False
    if same_anniversary(claim, event, rel):
        return True  # session 16: "agreed to celebrate the 75th anniversary … next year" / marked on 21 May
    if planned_start_joins_start(claim, event, rel):
        return True  # session 14: "construction of the wind farm is expected to begin in the autumn" / broke ground
    if bare_start_plan(claim, event, rel):
        return True  # session 17 (M2): "Construction is due to begin next year" (coarse: the only candidate)
    if route_told_bare(claim, event, rel):
        return True  # session 18 (M2): "plans to launch direct flights … this year" / "The route opened" (coarse)
    if visa_regime_start(claim, event):
        return True  # session 14: "the visa exemption is due to take effect on 1 August" / travel without visas since
    if same_document(claim, event) or same_service(claim, event):
        return True  # round 12: the treaty "expected to be signed today" and its signing; a route launched
    if _edition_coded(claim, event):
        return True  # session 13: "Baku will host the conference, COP29, in November" / the COP29 held
    return "object" in signals or ("who" in signals and len(signals) >= 2)


def same_service(claim: Profile, event: Profile) -> bool:
    """Round 12: two tellings of one transport service starting (cue "service start": "will launch direct
    flights between Tashkent and Guangzhou in May" / "the first direct flight of Uzbekistan Airways from
    Tashkent landed in Guangzhou on 3 May"): the same carrier (a shared organisation, or one side's
    organisation named whole in the other's quote) and a shared route end (:func:`_place_shared`).
    Another carrier or another destination is another service."""
    if "service start" not in claim.cues or "service start" not in event.cues:
        return False
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    carrier = bool(shared_specific_actors(claim, event)) or any(
        (words := set(object_tokens(org))) and words <= other.tokens
        for side, other in ((claim, event), (event, claim))
        for org in side.actors - side.persons
    )
    if not carrier:
        return False
    if _routes_differ(claim, event):  # session 11: Chongqing–Aktau and Chongqing–Poti share an end only
        return False
    a, b = claim.places, event.places
    return _place_shared(claim, event) if (a and b) else False


def _routes_differ(claim: Profile, event: Profile) -> bool:
    """Both sides name routes of one kind and none is the same (:func:`same_route`)."""
    kinds_a = {c.split(":")[1] for c in claim.cues if c.startswith("route:")}
    kinds_b = {c.split(":")[1] for c in event.cues if c.startswith("route:")}
    return bool(kinds_a & kinds_b) and not same_route(claim, event)


def retold(claim: Profile, event: Profile, rel: Relation, shared_kw: frozenset[str]) -> bool:
    """One article telling one happening twice: same type and day, one source.

    "The presidents of Azerbaijan, Kazakhstan and Uzbekistan signed an agreement on Wednesday" …
    "Azerbaijan, Kazakhstan and Uzbekistan signed the agreement in Baku on Wednesday": the same
    states named by both sentences of the article (two or more shared, one side's within the
    other's; persons are *not* mapped to states for two parties: "Aliyev and Li Qiang signed"
    and "Azerbaijan and China signed" may be two documents of a visit day, but three or more
    parties, persons mapped, must be equal: "signed by Aliyev, Tokayev and Mirziyoyev"); states
    that other articles add to the event do not count ("More than a dozen agreements were signed the
    same day" is not the statement an earlier sentence names), or a shared content keyword
    ("the first-ever summit … on Friday" … "The summit, convened by …"; for CONSULT only this: a
    visit day holds several meetings of the same parties), the same modes (a visit and the talks
    held during it are two timeline lines), no differing named objects, topic keywords or persons
    (the caller checks objects and persons). Session 5: no differing kinds of document ("a treaty"
    vs "a joint statement", :func:`document_kinds`). Tried and dropped: disjoint topic words of the
    quotes ("agreed to push the partnership to a higher level" vs "agreed to open a railway
    crossing") also split a retelling ("signed an agreement … to export renewable electricity" …
    "The strategic partnership agreement was signed by …", heldout3).
    """
    if rel != "same" or claim.event_type != event.event_type or claim.span is None:
        return False
    if claim.span >= DAYLIKE_DAYS or not claim.sources & event.sources:
        return False
    if claim.all_modes != event.all_modes:  # a visit and the talks held during it are two lines
        return False
    if _keywords_disjoint(claim, event) or _kinds_differ(claim, event):
        return False
    if claim.event_type == "CONSULT":  # one visit day holds several meetings of the same parties
        return bool(shared_kw)
    own_states, own_persons = _own_parties(claim, event)
    explicit = claim.states & own_states
    same_states = len(explicit) >= 2 and (claim.states <= own_states or own_states <= claim.states)
    mapped = member_states(claim)
    own_mapped = own_states | {st for name in own_persons if (st := person_state(name))}
    many_parties = len(mapped) >= 3 and mapped == own_mapped  # "Aliyev, Tokayev and Mirziyoyev signed"
    return same_states or many_parties or bool(shared_kw)


def _own_parties(claim: Profile, event: Profile) -> tuple[frozenset[str], frozenset[str]]:
    """States and persons the event's citations from the claim's own article(s) name (all of the
    event's when unknown): an article retelling a happening names its parties itself."""
    if not event.by_source:
        return event.states, event.persons
    states: set[str] = set()
    persons: set[str] = set()
    for source_id, st, pe in event.by_source:
        if source_id in claim.sources:
            states |= st
            persons |= pe
    return frozenset(states), frozenset(persons)


def vague_candidate(claim: Profile, event: Profile) -> bool:
    """May a vague claim (a month or more) join this day-like event if it is the only such
    candidate (or a day-like claim the only such vague event)? The merger decides uniqueness.

    Same type, another article, the day within the vague bounds, same status
    (:func:`_status_clash`), nothing contradicting (states or mapped parties exclusive, differing
    named objects, specific actors or persons, disjoint topic keywords), a shared state or specific
    actor and a shared content keyword ("Baku signed a memorandum in 2021" vs "Azerbaijan and
    Turkmenistan signed a memorandum of understanding on Jan. 21, 2021").

    Tried and dropped (session 2): a shared person with a counterpart, the same parties when one
    side has no keyword, and a same-article back-reference each fixed a gold split but lowered the
    planted-corpus recall (150 articles: 0.938 → 0.931, more coarse claims absorbed).
    """
    if claim.event_type != event.event_type or not claim.dated or not event.dated:
        return False
    if _contradicts(claim, event):
        return False
    assert claim.lower and claim.upper and event.lower and event.upper
    claim_days, event_days = (claim.upper - claim.lower).days, (event.upper - event.lower).days
    if claim_days >= VAGUE_DAYS and event_days < DAYLIKE_DAYS:
        wanted = "vaguer"
    elif event_days >= VAGUE_DAYS and claim_days < DAYLIKE_DAYS:  # the vague article came in first
        wanted = "finer"
    else:  # a year against a month ("in 2020" vs "November 2020"): tried, absorbed wrong-year claims
        return False
    if _date_relation(claim, event) != wanted:
        return False
    wide, narrow = (claim, event) if wanted == "vaguer" else (event, claim)
    if wide.ordinals and not narrow.ordinals and not wide.places & narrow.places:
        # session 12: "On Tuesday he met Xi on the sidelines" is not "the first summit took place in
        # Xi'an two years ago": a precise meeting does not fold into another named gathering
        return False
    return _only_candidate_identity(claim, event)


def year_unknown_candidate(claim: Profile, event: Profile) -> bool:
    """May a year-unknown claim ("XXXX-04-23", "XXXX-04": an article without a publication date)
    join this dated event if it is the only such candidate (or a dated claim the only such
    year-unknown event)? Completed with the nearest year, the claim's day or month must fall
    within the event's dates or contain them (never a neighbouring day), and the identity test of
    :func:`vague_candidate` must hold (same type, another article, shared parties and topic,
    nothing contradicting). The merger decides uniqueness: with two candidates, none."""
    if claim.event_type != event.event_type or claim.dated == event.dated:
        return False
    if not (claim.dated or claim.edtf) or not (event.dated or event.edtf):
        return False
    if _date_relation(claim, event) not in ("same", "vaguer", "finer"):
        return False
    if _contradicts(claim, event):
        return False
    obj = _best_object(claim, event)
    if (
        not (obj is not None and obj >= OBJECT_MATCH)
        and not _topic_keywords(content_keywords(claim.keywords & event.keywords))
        and len(_shared_topic_words(claim, event)) < 2
    ):
        return False  # the year could be any: the same thing must be named, not only the same people
    return _only_candidate_identity(claim, event)


def _shared_topic_words(claim: Profile, event: Profile) -> frozenset[str]:
    """Topic words of both quotes that are not words of the actors', states' or places' names."""
    known = _name_words(claim.actors | event.actors | claim.states | event.states | claim.places | event.places)
    return (claim.words & event.words) - known


def contained_candidate(claim: Profile, event: Profile) -> bool:
    """May a claim of another article join this event of the same type family if it is the only
    such candidate, when one side is a month or a year that contains the other's finer date
    ("last April … the state visit" and 22–24 April; "in 2024 Baku hosted COP29" and 11–22 November)?

    Unlike :func:`vague_candidate`, the finer side need not be day-like (a month against a
    twelve-day conference, a year against a month). Nothing may contradict and the parties must
    agree as in :func:`vague_candidate`. A year-only side (a year says little: a wrong-year claim
    must not be absorbed) also needs the same named object, an acronym of one side's named object
    in the other's quote ("COP29"), or the same non-empty modes (not a shared quote cue). The merger
    decides uniqueness: with two candidates of either only-candidate rule, none.
    """
    if type_family(claim.event_type) != type_family(event.event_type) or not claim.dated or not event.dated:
        return False
    rel = _date_relation(claim, event)
    if rel not in ("vaguer", "finer"):
        return False
    wide, narrow = (claim, event) if rel == "vaguer" else (event, claim)
    if wide.span is None or narrow.span is None or wide.span < VAGUE_DAYS or narrow.span >= wide.span:
        return False
    if _contradicts(claim, event):
        return False
    obj = _best_object(claim, event)
    named = (obj is not None and obj >= OBJECT_MATCH) or _acronym_named(claim, event) or _acronym_named(event, claim)
    named = named or _same_ordinal_gathering(claim, event)
    topical = len(_shared_topic_words(claim, event)) >= TOPIC_PHRASE
    pair_signed = _pair_signed_kind(claim, event)
    same_modes = bool(claim.all_modes) and claim.all_modes == event.all_modes
    if wide.span >= 360 and not (named or topical or pair_signed or same_modes):
        return False  # quote cues ("the truce") are not enough: a wrong-year truce claim was absorbed
    signed_at = (wide.span < 360 and _kind_signed_at(claim, event)) or pair_signed  # a month: one text, one place
    return _only_candidate_identity(claim, event, named=named or signed_at, one_party=topical or signed_at)


def _pair_signed_kind(claim: Profile, event: Profile) -> bool:
    """Session 15: the same two persons sign one kind of document on both sides ("in 2015 the two heads of state
    signed a joint statement" / "in March 2015 the two presidents signed a joint statement … and a
    memorandum"): for the only candidate of a year or month, that names the text."""
    if len(claim.persons & event.persons) < 2:
        return False
    one, other = (claim, event) if len(claim.kinds) <= len(event.kinds) else (event, claim)
    return len(one.kinds) == 1 and one.kinds <= other.kinds


def _kind_signed_at(claim: Profile, event: Profile) -> bool:
    """Session 15: both quotes name one kind of document ("signed the new treaty in Ulaanbaatar in April 1994"
    / "the treaty … signed in Ulaanbaatar on 29 April 1994"), or agreements on one subject word ("an
    agreement for a solar park in the Jabrayil district" / "the agreement on a solar power plant in
    Jabrayil"), and one place: for the only candidate of a month, that names the text as a named object does."""
    one_kind = bool(claim.kinds) and claim.kinds == event.kinds
    one_subject = not claim.kinds and not event.kinds and bool(_doc_topics(claim) & _doc_topics(event))
    if not one_kind and not one_subject:
        return False
    return bool(claim.places & event.places) or _place_named(claim, event) or _place_named(event, claim)


def _place_named(a: Profile, b: Profile) -> bool:
    """A one-word place of ``a`` is a proper-name word of ``b``'s quote (the coder left it out there)."""
    return any(" " not in p and _fold(p) in b.names for p in a.places)


def _same_ordinal_gathering(claim: Profile, event: Profile) -> bool:
    """Both quotes name the same ordinal gathering ("the first summit" / "the first China–Central
    Asia Summit") and the same place: the same gathering, as a named object would say. Round 8:
    "meeting" is the generic word for any gathering ("the first meeting of the format held in
    Xi'an" / "the first … Summit was held in Xi'an")."""
    if not claim.places & event.places:
        return False
    return any(
        n == m and (k == j or "meeting" in (k, j)) for n, k in claim.ordinals for m, j in event.ordinals
    )


def _edition_coded(a: Profile, b: Profile) -> bool:
    """Session 13: one side's named object carries a code with a number ("COP29", "G20") that the other
    side's quote names: one edition of one gathering or one numbered thing, whatever else each coding took."""
    return _acronym_named(a, b, numbered=True) or _acronym_named(b, a, numbered=True)


def _acronym_named(a: Profile, b: Profile, *, numbered: bool = False) -> bool:
    """An acronym or code of one of ``a``'s named objects ("COP29", "SCO") is a word of ``b``'s quote."""
    words = b.words | b.keywords | b.names
    return any(
        tok.lower() in words
        for name in a.named_objects
        for tok in _ACRONYM.findall(name)
        if len(tok) >= 3 and (not numbered or any(ch.isdigit() for ch in tok))
    )


def _only_candidate_identity(claim: Profile, event: Profile, *, named: bool = False, one_party: bool = False) -> bool:
    """The identity test shared by the only-candidate rules (see :func:`vague_candidate`);
    ``named``: the caller found the same named thing on both sides (identity given); ``one_party``:
    one shared state, named or through a leader, is enough (the quotes share a topic phrase)."""
    obj = _best_object(claim, event)
    if obj is not None and obj < OBJECT_DIFFERENT:
        return False
    if claim.actors and event.actors and not claim.actors & event.actors:
        return False
    if _counterparts_differ(claim, event) or _keywords_disjoint(claim, event) or _hosts_differ(claim, event):
        return False
    if _ordinals_differ(claim, event):
        return False
    if _kind_against_subject(claim, event) or _kind_against_subject(event, claim):
        return False
    shared_actors = claim.actors & event.actors
    if claim.sources & event.sources:  # one article, several happenings of a period
        return False
    if "visit" in claim.all_modes | event.all_modes and not claim.hosts & event.hosts:
        return False  # "Xi returned the visit in September": whose visit, where?
    mapped = len(member_states(claim) & member_states(event))
    partyless = not (claim.states or claim.actors) or not (event.states or event.actors)
    if named and partyless:  # "the first summit was held in Xi'an": the gathering names itself
        pass
    elif not (claim.states & event.states) and not shared_actors and mapped < (1 if one_party else 2):
        return False  # "Xi and Aliyev signed" names China and Azerbaijan through their leaders
    if named:
        return True
    if len(claim.persons & event.persons) >= 2:  # the same two leaders did the same thing that month
        return True
    if len(_shared_topic_words(claim, event)) >= 2:  # "an intergovernmental agreement on the railway"
        return True
    return bool(content_keywords(claim.keywords & event.keywords))


def _kind_against_subject(a: Profile, b: Profile) -> bool:
    """Session 15: ``a`` names a kind of document without a subject ("the protocol they signed lists forty
    projects") and ``b`` an agreement on a subject of two or more words without a kind ("the agreement on
    the construction of a solar power plant"), ``a``'s quote naming at most one of those words: two texts
    of one month, not one told twice (for the only-candidate rules, where nothing else says which)."""
    topics = _doc_topics(b)
    if not a.kinds or b.kinds or _doc_topics(a) or len(topics) < 2:
        return False
    return len(topics & (a.words | a.keywords)) < 2


def near_candidate(claim: Profile, event: Profile) -> bool:
    """May a day-like claim of another article join this day-like event a few days away (at most
    :data:`NEAR_DAYS`) as a date conflict, if it is the only such candidate? Same type, two shared
    states or a shared specific actor, a shared place or content keyword, nothing contradicting
    ("signed in Beijing on 6 June" vs "signed in Beijing on 4 June" by the same governments)."""
    if claim.event_type != event.event_type or not claim.dated or not event.dated:
        return False
    if claim.sources & event.sources or _states_clash(claim.states, event.states) or _modes_clash(claim, event):
        return False
    if _parties_clash(claim, event) or _status_clash(claim, event):
        return False
    assert claim.lower and claim.upper and event.lower and event.upper
    if (claim.upper - claim.lower).days >= DAYLIKE_DAYS or (event.upper - event.lower).days >= DAYLIKE_DAYS:
        return False
    gap = max(claim.lower, event.lower) - min(claim.upper, event.upper)
    if not 0 < gap.days <= NEAR_DAYS:
        return False
    obj = _best_object(claim, event)
    if obj is not None and obj < OBJECT_DIFFERENT:
        return False
    if claim.actors and event.actors and not claim.actors & event.actors:
        return False
    if _counterparts_differ(claim, event):
        return False
    who = len(claim.states & event.states) >= 2 or bool(claim.actors & event.actors)
    what = bool(claim.places & event.places) or bool(content_keywords(claim.keywords & event.keywords))
    return who and what


def object_overlap(a: str, b: str) -> tuple[float, int]:
    """(Share of the shorter name's distinctive words found in the other name, their number); (0, 0)
    when ordinals or numbers differ. "Belt and Road Initiative" is all in "Silk Road Economic Belt"."""
    ta, tb = object_tokens(a), object_tokens(b)
    na, nb = _numbers(ta), _numbers(tb)
    if na and nb and na != nb:
        return 0.0, 0
    da, db = _distinctive(ta), _distinctive(tb)
    short, other = (da, db) if len(da) <= len(db) else (db, da)
    if not short:
        return 0.0, 0
    return len(short & other) / len(short), len(short)


def _object_points(claim: Profile, event: Profile) -> float:
    """2 when every distinctive word of one named object is in the other (1 for a one-word name)."""
    best = 0.0
    for a in claim.named_objects:
        for b in event.named_objects:
            share, n = object_overlap(a, b)
            if share == 1.0:
                best = max(best, 2.0 if n >= 2 else 1.0)
    return best


def _name_words(names: frozenset[str]) -> frozenset[str]:
    return frozenset(w.lower() for n in names for w in re.findall(r"[A-Za-z]+", n))


def evidence(
    claim: Profile,
    event: Profile,
    shared_actors: frozenset[str],
    shared_kw: frozenset[str],
    *,
    use_names: bool = True,
) -> float:
    """Combined identity evidence: named-object overlap (≤ 2), shared specific actors (1.5 each),
    shared content keywords (1 each, ≤ 3), the same place (0.5) and shared proper names of the quotes
    that are neither states nor actors (0.5 each, ≤ :data:`NAMES_CAP`; not within one article,
    whose sentences share its topic's names)."""
    points = _object_points(claim, event) + 1.5 * len(shared_actors) + min(3.0, float(len(shared_kw)))
    if claim.places & event.places:
        points += 0.5
    if use_names:
        known = _name_words(claim.states | event.states | claim.actors | event.actors)
        shared = (claim.names & event.names) - known
        points += min(NAMES_CAP, 0.5 * len(shared))
    return points


def _reverse(rel: Relation) -> Relation:
    return {"vaguer": "finer", "finer": "vaguer"}.get(rel, rel)  # type: ignore[return-value]


def _one_named_thing(claim: Profile, event: Profile, signals: frozenset[str], one_source: bool) -> bool:
    """May two articles' dates one unit apart (:func:`_adjacent_dates`) be one event in conflict?
    Only for the same named thing (two or more distinctive words: "Trans-Anatolian Natural Gas
    Pipeline" / "TANAP gas pipeline"), not a gathering (CONSULT: "the SCO summit" recurs every
    year), with no differing places or topic keywords (a place named in the object's own name is no
    place of its own: :func:`_places_beyond`)."""
    if one_source or claim.event_type == "CONSULT" or event.event_type == "CONSULT":
        return False
    if not {"object", "named"} & signals or _keywords_disjoint(claim, event):
        return False
    named = frozenset(w for name in (*claim.named_objects, *event.named_objects) for w in object_tokens(name))
    places_a, places_b = _places_beyond(claim.places, named), _places_beyond(event.places, named)
    if places_a and places_b and not places_a & places_b:
        return False
    return any(
        len(distinctive_words(a)) >= 2 and len(distinctive_words(b)) >= 2
        for a in claim.named_objects
        for b in event.named_objects
    )


def _places_beyond(places: frozenset[str], named: frozenset[str]) -> frozenset[str]:
    """Places that are not words of the named object (round 7: "a conference in Tbilisi" says where
    the news was told, and Tbilisi is in "Baku–Tbilisi–Kars railway": no place of its own)."""
    return frozenset(p for p in places if not set(object_tokens(p)) <= named)


#: Signing verbs and kinds of document, for sentences telling two signings (round 10).
_SIGN_VERB = re.compile(r"\bsign(?:s|ed|ing)?\b", re.IGNORECASE)
_ANY_DOCUMENT = re.compile(
    r"\b(agreements?|treat(?:y|ies)|statements?|declarations?|memorand(?:um|a|ums)|communiqu[eé]s?|protocols?|"
    r"conventions?|contracts?|road\s?maps?|charters?|deals?)\b",
    re.IGNORECASE,
)


def two_documents_signed(text: str) -> bool:
    """Round 10: does a sentence tell two signings of two kinds of document ("the agreement on
    education was signed during the state visit in December 2015, when Azerbaijan also became one of
    the first to sign a Belt and Road memorandum")? Two signing verbs and two kinds of document
    ("agreement" and "deal" count here)."""
    if len(_SIGN_VERB.findall(text)) < 2:
        return False
    kinds = {m.group(1).casefold().rstrip("s")[:6] for m in _ANY_DOCUMENT.finditer(text)}
    return len(kinds) >= 2


def _one_of_two_documents(claim: Profile, event: Profile, obj_match: bool) -> bool:
    """Round 10: a signing whose sentence tells two documents (:func:`two_documents_signed`) against a
    signing of one document, without the same named object: which of the two did the claim code? Two
    documents of one visit are two timeline lines, so neither joins through shared actors or names."""
    if obj_match or type_family(claim.event_type) != "agree-cooperate":
        return False
    if ("two documents" in claim.cues) == ("two documents" in event.cues):
        return False
    two, one = (claim, event) if "two documents" in claim.cues else (event, claim)
    return not _coded_the_kind(two, one)


def _coded_the_kind(two: Profile, one: Profile) -> bool:
    """Session 15: the side whose sentence tells two documents coded the one kind the other side names, and
    only that kind (its keywords: "signed a joint statement … and a memorandum" coded as the statement /
    "signed a joint statement"): that document, not the other one."""
    if len(one.kinds) != 1 or not one.kinds <= two.kinds:
        return False
    coded = {k for k in two.kinds if any(k.startswith(w) for w in two.keywords if len(w) >= 5)}
    return coded == one.kinds


#: Documents told in the plural as what was signed: "some twenty documents", "agreements covering …",
#: "more than 10 cooperation documents", "a package of memoranda" (the claim's title names its object).
_DOCUMENT_SET = re.compile(
    r"\b(?:documents|agreements|memoranda|memorandums|deals|contracts|accords|protocols|treaties|mous|"
    r"package)\b",
    re.IGNORECASE,
)


def document_set(title: str) -> bool:
    """Round 12: does a claim's title name a set of documents signed ("Azerbaijan–China some twenty
    documents signed", "China–Uzbekistan cooperation documents signed") rather than one act (a
    statement, a partnership, one agreement)? One sentence telling both ("raised the relationship to a
    comprehensive strategic partnership, and the two governments signed some twenty documents"; "signed
    a joint statement …, and witnessed the signing of more than 10 cooperation documents") tells two
    acts: the package is a timeline line of its own."""
    return _DOCUMENT_SET.search(title) is not None


_SET_NOUNS = r"(?:documents|agreements|memoranda|memorandums|deals|contracts|accords|protocols|mous|treaties)"
_ONE_DOC = r"(?:statement|declaration|communiqu[eé]|memorandum|agreement|treaty|plan|partnership|charter)"
#: A set of documents as the object of its own signing: "signed some twenty documents", "witnessed the
#: signing of more than 10 cooperation documents", "a package of documents worth … was signed"; not a
#: set coordinated after one document ("signed a joint statement … and the first agreements").
_OWN_SIGNING = re.compile(
    rf"\bsign(?:s|ed|ing(?:\s+of)?)?\s+(?:(?!{_ONE_DOC}s?\b)[\w$€.,'’-]+\s+){{0,6}}?{_SET_NOUNS}\b"
    rf"|\b(?:package|set|series|number)\s+of\s+{_SET_NOUNS}\b"
    rf"|\b{_SET_NOUNS}\b[^.;]{{0,80}}?\b(?:were|have\s+been|had\s+been|are)\s+(?:\w+\s+)?signed\b",
    re.IGNORECASE,
)


def title_cues(title: str, event_type: str, rule: str | None = None, quote: str | None = None) -> frozenset[str]:
    """Round 12: what an agreement claim's title says it was about: ``set:documents`` for a set of
    documents (:func:`document_set`), ``set:one`` for one act; nothing for other types, and nothing for
    a bare decision ("the two sides agreed to upgrade the corridor and signed 23 agreements": what was
    agreed may be what the documents say)."""
    if type_family(event_type) != "agree-cooperate" or not title:
        return frozenset()
    if document_set(title):
        # a set coordinated after one document ("signed a joint statement and the first agreements"): neither
        return frozenset({"set:documents"}) if quote is None or _OWN_SIGNING.search(quote) else frozenset()
    if (rule or "").split("+")[0] in DECISION_RULES:
        return frozenset()
    return frozenset({"set:one"})


#: Cues of a bare decision ("agreed to", "reach agreement"): no act of its own beside a set of documents.
DECISION_RULES = frozenset({"agree.agree"})


def _set_against_act(claim: Profile, event: Profile) -> bool:
    """Round 12: a set of documents signed against an event that holds only one act (a partnership, a
    statement, one agreement), or the reverse: two timeline lines ("signed some twenty documents" is not
    the partnership announced that day, nor the visa agreement among them)."""
    a = {c for c in claim.cues if c.startswith("set:")}
    b = {c for c in event.cues if c.startswith("set:")}
    return bool(a) and bool(b) and not a & b


#: Gatherings of a standing body ("the 11th meeting of the intergovernmental commission", "a
#: session of the joint committee"): the body's name holds one of these words.
_BODY = re.compile(
    r"\b(?:commissions?|committees?|councils?|boards?|assembl(?:y|ies)|parliaments?|working\s+groups?)\b", re.IGNORECASE
)


def nested_identity(claim: Profile, event: Profile, rel: Relation, shared_actors: frozenset[str]) -> bool:
    """Round 10: may a date and the month or year containing it be one event? ("signed on 13 May
    2017" / "signed in May 2017"). "In 2017" says little, so a nested date needs one of these
    classes of identity, besides the rules of :func:`judge` (the same named object, an actor and a
    topic keyword); two articles, or one article telling the thing twice:

    - a one-off of the pair (:func:`one_off`): the same partnership level between the same two
      states, or the same text entering into force / named thing starting to work — here one
      side's states within the other's ("the visa-free regime took effect in May 2024" / "the
      agreement on mutual visa exemption between Georgia and China entered into force on May 28");
    - the same numbered gathering of one named body (:func:`_same_session`: "the 11th meeting of the
      commission was held in Baku on October 14" / "Mid-October: 11th meeting of the commission");
    - the same two specific persons doing a thing of one type and mode, the coarse side a month at
      most (two meetings of one pair in a year are common, two signings in one month are not);
    - the same place, type and mode with a shared specific actor, the coarse side a month at most
      ("PowerChina signed … in Baku in March" / "on 18 March PowerChina signed … in Baku").

    Not: two documents of one visit (kinds or named objects differ: judged before), a visit and a
    summit in the same month (modes differ), a pair meeting twice in a year (year side). The merger
    still joins a coarse claim only to the one event it so matches (``Match.coarse``)."""
    if rel not in ("finer", "vaguer", "overlap") or claim.span is None or event.span is None:
        return False
    if claim.event_type != event.event_type or _kinds_differ(claim, event) or _status_clash(claim, event):
        return False  # a plan and the happening: planned_joins_occurred decides
    if _nested_one_off(claim, event) or _same_session(claim, event):
        return True
    if _same_package(claim, event):
        return True
    if _keywords_disjoint(claim, event):
        return False
    if claim.all_modes != event.all_modes or max(claim.span, event.span) > MONTH_DAYS:
        return False
    if len(claim.persons & event.persons & shared_actors) >= 2 and not _counterparts_differ(claim, event):
        return True
    return bool(shared_actors) and bool(claim.places & event.places)


#: A sum of money as news tells it: "$9.8 billion", "USD 500 million", "$1.2bn", "€300m", "2 billion yuan".
_AMOUNT = re.compile(
    r"(?:(?P<cur>\$|US\$|USD|€|EUR|£|¥|CNY|RMB)\s?(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>billion|bn|million|mln|mn|m|b)\b"
    r"|(?P<num2>\d+(?:[.,]\d+)?)\s*(?P<unit2>billion|bn|million|mln|mn)\s+(?P<cur2>dollars|euros|yuan|usd|eur)\b)",
    re.IGNORECASE,
)
_UNITS = {"billion": 1000.0, "bn": 1000.0, "b": 1000.0, "million": 1.0, "mln": 1.0, "mn": 1.0, "m": 1.0}
_CURRENCIES = {"$": "usd", "us$": "usd", "usd": "usd", "dollars": "usd", "€": "eur", "eur": "eur", "euros": "eur",
               "£": "gbp", "¥": "cny", "cny": "cny", "rmb": "cny", "yuan": "cny"}


def amounts(text: str) -> frozenset[str]:
    """Round 12: the sums of money a quote tells, normalised to millions and currency ("$9.8 billion",
    "USD 9.8 bn" → ``9800:usd``): a package or credit named by its amount."""
    out = set()
    for m in _AMOUNT.finditer(text):
        num = (m.group("num") or m.group("num2") or "").replace(",", ".")
        unit = (m.group("unit") or m.group("unit2") or "").casefold()
        cur = _CURRENCIES.get((m.group("cur") or m.group("cur2") or "").casefold())
        try:
            value = float(num) * _UNITS[unit]
        except (ValueError, KeyError):
            continue
        if cur:
            out.add(f"{value:g}:{cur}")
    return frozenset(out)


#: Longest coarse date (days) at which two sets of documents of one pair are one package: a season.
PACKAGE_DAYS = 92


def _same_package(claim: Profile, event: Profile) -> bool:
    """Round 12: one package of documents or one credit told at two precisions ("a package of documents
    worth $9.8 billion was signed" on a day / "investment agreements … are signed" in the autumn):

    - both quotes tell the same sum of money (:func:`amounts`), with parties that do not clash (a
      lender, the same pair); or
    - both tell a set of documents (cue ``set:documents``), the same two or more parties (leaders
      mapped), the coarse side a season at most (one pair signs one package at one occasion; two in a
      season stay with the merger's uniqueness check of coarse matches)."""
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    if _states_clash(member_states(claim), member_states(event)):
        return False
    shared = {c for c in claim.cues if c.startswith("amount:")} & {c for c in event.cues if c.startswith("amount:")}
    if shared and (shared_specific_actors(claim, event) or member_states(claim) & member_states(event)):
        return True
    if "set:documents" not in claim.cues or "set:documents" not in event.cues:
        return False
    parties = member_states(claim)
    if len(parties) < 2 or parties != member_states(event):
        return False
    return max(claim.span or 0, event.span or 0) <= PACKAGE_DAYS


def _nested_one_off(claim: Profile, event: Profile) -> bool:
    """A one-off (:func:`one_off`) told with nested dates: the same partnership level between the same
    two states, or one thing starting to work (:func:`_started_once`) where one side may name one of
    the two states only; also within one article ("the agreement on visa exemption that entered into
    force on May 28" … "last week the visa-free regime came into force")."""
    if one_off(replace(claim, sources=frozenset()), event):
        return True
    if "started" not in claim.cues or "started" not in event.cues or "CONSULT" in (claim.event_type, event.event_type):
        return False
    if {c for c in claim.cues if c.startswith("part:")} != {c for c in event.cues if c.startswith("part:")}:
        return False
    sa, sb = member_states(claim), member_states(event)
    if not sa & sb or not (sa <= sb or sb <= sa):
        return False
    if thing_names(claim) & thing_names(event):
        return True
    # a text in force: the same specific actors (none, as a rule: "the government chose a consortium
    # led by X" told in the same sentence is another event)
    force = {c for c in claim.cues if c.startswith("force:")} & {c for c in event.cues if c.startswith("force:")}
    return bool(force) and claim.actors == event.actors


def _bodies(p: Profile) -> frozenset[str]:
    """Organisations of a profile that are standing bodies with two or more distinctive words."""
    return frozenset(
        a for a in p.actors - p.persons if _BODY.search(a) and len(distinctive_words(a) - _state_words()) >= 2
    )


def _body_told(a: Profile, b: Profile) -> bool:
    """A standing body of ``a`` is an actor of ``b`` too, or every distinctive word of its name
    (state names aside) is in ``b``'s quote ("Azerbaijan-China Intergovernmental Commission on Trade
    and Economic Cooperation" / "the intergovernmental commission on trade and economic cooperation")."""
    for body in _bodies(a):
        if body in b.actors:
            return True
        words = distinctive_words(body) - _state_words()
        if b.tokens and words <= b.tokens:
            return True
    return False


def _same_session(claim: Profile, event: Profile) -> bool:
    """Round 10: one gathering of one standing body (a commission, committee, council: :data:`_BODY`)
    told by two articles: gatherings (CONSULT) both, the body named on both sides (:func:`_body_told`)
    and either the same ordinal gathering on both sides ("the 11th meeting") or, one side naming no
    number, two shared persons (its co-chairs) or a shared place. Different numbers are two sessions
    (:func:`_ordinals_differ`). With disjoint dates it is a conflict only one date unit apart ("met in
    Baku in September" / "was held in Baku on October 14"): the body meets once a year, so sessions
    a year apart are two events."""
    if claim.event_type != "CONSULT" or event.event_type != "CONSULT" or claim.sources & event.sources:
        return False
    told = _body_told(claim, event) or _body_told(event, claim) or _same_body(claim, event)
    if not told or _ordinals_differ(claim, event):
        return False
    if {n for n, _ in claim.ordinals} & {n for n, _ in event.ordinals}:
        return True
    if claim.ordinals and event.ordinals:
        return False
    if "next gathering" in claim.cues and "next gathering" in event.cues:
        return "planned" in claim.all_statuses and "planned" in event.all_statuses and _places_agree(claim, event)
    if _next_session_held(claim, event) or _next_session_held(event, claim):
        return True  # session 16
    return len(claim.persons & event.persons) >= 2 or _place_shared(claim, event)


def _next_session_held(plan: Profile, held: Profile) -> bool:
    """Session 16: ``plan`` announces the next meeting of a standing body ("this autumn we will hold the
    next meeting of the intergovernmental commission on trade") and ``held`` reports a session of the body
    described by the same words ("the intergovernmental commission on trade … holds its tenth session"):
    one session, whatever places other clauses name. Only a plan (planned, no number of its own) against
    a held session; whether the plan's date contains the session's is for :func:`planned_joins_occurred`."""
    if "next gathering" not in plan.cues or "next gathering" in held.cues or plan.ordinals:
        return False
    if plan.all_statuses != {"planned"} or "occurred" not in held.all_statuses:
        return False
    mp, mh = _body_mods(plan), _body_mods(held)
    return any(x & y for kind in mp.keys() & mh.keys() for x in mp[kind] for y in mh[kind])


def _place_shared(a: Profile, b: Profile) -> bool:
    """A place of both, or a place of one side told in the other's quote ("held in Tashkent in 2024"
    where the extraction linked no place)."""
    if a.places & b.places:
        return True
    return any(
        (words := set(object_tokens(place))) and words <= other.tokens
        for side, other in ((a, b), (b, a))
        for place in side.places
        if not other.places
    )


def _session_in_conflict(claim: Profile, event: Profile) -> bool:
    """Round 12: one session of a standing body dated a unit apart by two articles (a conflict) needs
    more than a shared place: the same number, two shared persons, or the same two or more parties on
    both sides (leaders and co-chairs standing for their states: "the 12th meeting of the commission
    between Azerbaijan and China" / "the commission met in Baku in February under Minister X and
    Minister Y"). A commission of unnamed parties meeting in the same city some months apart may be
    another pair's."""
    if not _same_session(claim, event):
        return False
    if {n for n, _ in claim.ordinals} & {n for n, _ in event.ordinals}:
        return True
    if _body_told(claim, event) or _body_told(event, claim):
        return True  # round 10: the body named whole on both sides
    parties = member_states(claim)
    return len(parties) >= 2 and parties == member_states(event)


def _places_agree(a: Profile, b: Profile) -> bool:
    """No place told on one side is missing from the other when both name places."""
    return not (a.places and b.places and not a.places & b.places)


#: A standing body told in a quote, with up to three words before its kind: "the intergovernmental
#: commission", "the 12th meeting of the Intergovernmental Committee", "the joint border commission".
_BODY_PHRASE = re.compile(
    r"\b((?:[\w'’-]+\s+){0,3}?)(commission|committee|council|forum|working\s+group)\b", re.IGNORECASE
)
_BODY_STOP_WORDS = (
    "the a an of its their this that these his her our next previous last latest new regular annual joint "
    "meeting meetings session sessions sitting held hold met and in at on with between for to by"
)
_BODY_STOP = frozenset(_BODY_STOP_WORDS.split())
#: The next gathering of a series: "the next session of the committee", "the next meeting".
_NEXT_GATHERING = re.compile(r"\bnext\s+(?:\w+\s+)?(?:meeting|session|sitting|summit|round)\b", re.IGNORECASE)


def body_cues(text: str) -> frozenset[str]:
    """Round 12: the standing bodies a quote tells, as ``body:<kind>:<modifiers>`` ("the intergovernmental
    commission" → ``body:commission:intergovernmental``; "The commission met" → ``body:commission:``),
    modifiers without determiners, numbers, ordinals, states and demonyms; plus ``next gathering`` when
    it tells the next meeting or session of a series."""
    out = set()
    for m in _BODY_PHRASE.finditer(text):
        kind = " ".join(m.group(2).casefold().split())
        mods = []
        for word in m.group(1).split():
            w = word.casefold().strip("'’-")
            if not w or w in _BODY_STOP or w in _ORDINALS or _ORDINAL_NUM.match(w) or w.isdigit() or _demonym(w):
                continue
            if w in _state_words():
                continue
            mods.append(_stem(w))
        out.add(f"body:{kind}:{','.join(sorted(mods))}")
    if _NEXT_GATHERING.search(text):
        out.add("next gathering")
    return frozenset(out)


def _body_mods(p: Profile) -> dict[str, list[frozenset[str]]]:
    found: dict[str, list[frozenset[str]]] = {}
    for cue in p.cues:
        if cue.startswith("body:"):
            _, kind, mods = cue.split(":", 2)
            found.setdefault(kind, []).append(frozenset(m for m in mods.split(",") if m))
    return found


def _same_body(a: Profile, b: Profile) -> bool:
    """Round 12: both quotes tell a standing body of one kind, and the words describing it agree: one side
    names it bare ("the commission met in Baku") or both share a modifier ("the intergovernmental
    commission" / "the Intergovernmental Commission on Trade"); "the joint border commission" and "the
    intergovernmental commission" are two bodies."""
    ma, mb = _body_mods(a), _body_mods(b)
    for kind in ma.keys() & mb.keys():
        for x in ma[kind]:
            for y in mb[kind]:
                if not x or not y or x & y:
                    return True
    return False


#: What a contract is for: "a contract … for the 240 MW solar plant in Jabrayil", "contract to build
#: the Kars–Igdir railway"; the words up to the end of the clause.
_CONTRACT_FOR = re.compile(
    r"\bcontracts?\b[^.;]{0,60}?\b(?:for|to\s+(?:build|construct|supply|develop|operate|design|upgrade|modernise|"
    r"modernize|expand|extend)|on\s+(?:building|construction\s+of))\b([^.;,]{0,90})",
    re.IGNORECASE,
)
_MONTH_WORDS_TEXT = "january february march april may june july august september october november december"
_MONTH_WORDS = frozenset(_MONTH_WORDS_TEXT.split())
_OBJECT_STOP_WORDS = (
    "a an the of on in at for to and with by its their this that new first second project projects construction "
    "building works work plant plants station stations unit units district region province city phase"
)
_OBJECT_STOP = frozenset(_OBJECT_STOP_WORDS.split())


def contract_objects(text: str) -> frozenset[str]:
    """Words naming what a sentence's contract is for (round 10): numbers and words of the clause
    after "contract … for / to build", without months, years, kind and function words: "for a
    240-megawatt solar plant in the Jabrayil district" → {"240", "megawatt", "solar", "jabrayil"}."""
    out: set[str] = set()
    for m in _CONTRACT_FOR.finditer(text):
        for w in re.findall(r"[a-z0-9]+", m.group(1).casefold()):
            if w in _OBJECT_STOP or w in _MONTH_WORDS or re.fullmatch(r"(?:19|20)\d\d", w) or len(w) < 2:
                continue
            out.add(w)
    return frozenset(out)


def _same_contract(claim: Profile, event: Profile) -> bool:
    """Round 10: one contract for one object told by two articles ("PowerChina signed an EPC contract
    on 18 March for a 240-megawatt solar plant in Jabrayil" / "… signed the EPC contract for the 240
    MW solar plant in Jabrayil district in April"): signings (AGREE/COOPERATE) both, a shared specific
    actor (the contractor), the object words of both quotes (:func:`contract_objects`) sharing two
    or more, a number or a proper name among them, and no differing numbers ("a 240 MW plant" vs "a
    100 MW plant"). A conflict only one date unit apart (the caller). Two contracts for two plants
    share no such words."""
    if claim.sources & event.sources or type_family(claim.event_type) != type_family(event.event_type):
        return False
    if type_family(claim.event_type) != "agree-cooperate" or not shared_specific_actors(claim, event):
        return False
    a, b = _contract_words(claim), _contract_words(event)
    shared = a & b
    if len(shared) < 2:
        return False
    nums_a, nums_b = {w for w in a if w.isdigit()}, {w for w in b if w.isdigit()}
    if nums_a and nums_b and nums_a != nums_b:
        return False
    names = {w.casefold() for w in claim.names | event.names}
    return any(w.isdigit() or w in names for w in shared)


def _contract_words(p: Profile) -> frozenset[str]:
    return frozenset(c.removeprefix("contract:") for c in p.cues if c.startswith("contract:"))


def _first_visit(claim: Profile, event: Profile, one_source: bool) -> bool:
    """Two articles dating one person's *first* visit to one country a unit apart ("came to Beijing
    for the first time in 1993" vs "his first visit to China, in March 1994"): one event with a
    conflict. Both visits, both quotes say "first visit/trip" (not "the first … since"), a shared
    person and a shared host state, no other person on either side that the other lacks."""
    if one_source or "visit" not in claim.all_modes or "visit" not in event.all_modes:
        return False
    if not claim.persons & event.persons or not claim.hosts & event.hosts:
        return False
    first_a, first_b = "first visit" in claim.cues, "first visit" in event.cues
    if first_a and first_b:
        return True
    # Round 10: a visit dated before the one another article calls the person's first ("Aliyev's
    # visit to Beijing in 1994" / "his first state visit to China in 1995") cannot be another visit:
    # one visit, dates in conflict. A visit dated after the first one may be a second visit.
    first, other = (claim, event) if first_a else (event, claim) if first_b else (None, None)
    if first is None or other is None or not first.dated or not other.dated or "first since" in other.cues:
        return False  # "his first trip to China since 2005, in 2014": one of a series
    return other.upper < first.lower  # type: ignore[operator]


def _both_tell_relations(claim: Profile, event: Profile) -> bool:
    """Round 11: both quotes tell diplomatic relations established between the same two states
    ("formal diplomatic ties were set up in March 1992" coded COOPERATE / "established diplomatic
    relations on 2 April 1992" coded AGREE): the cue says what happened, whatever type each got."""
    if "relations established" not in claim.cues or "relations established" not in event.cues:
        return False
    parties = member_states(claim)
    return len(parties) == 2 and parties == member_states(event)


def _levels_differ(claim: Profile, event: Profile) -> bool:
    """Session 13: both sides tell a partnership level established and share none, a shortened form counting
    as its level ("agreed on a strategic partnership" / "raised ties to a comprehensive strategic
    partnership"; but "an all-weather partnership" is "an all-weather comprehensive strategic" one): two
    steps of the relations, never one event, whatever date either got. Only between agreements
    (AGREE–COOPERATE): the cues are the sentence's, and a visit told "less than a year after the strategic
    partnership" is still the visit."""
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    a = {tuple(c.removeprefix("partnership:").split()) for c in claim.cues if c.startswith("partnership:")}
    b = {tuple(c.removeprefix("partnership:").split()) for c in event.cues if c.startswith("partnership:")}
    if not a or not b:
        return False
    # a level is shortened from the right, its newest word first ("an all-weather partnership" is the
    # all-weather comprehensive strategic one); a level without the other's first words is a step below
    return not any(x[: len(y)] == y or y[: len(x)] == x for x in a for y in b)


def _partnership_only(a: Profile, b: Profile) -> bool:
    """Session 12: ``a`` tells a partnership level established and ``b`` tells none."""
    return any(c.startswith("partnership:") for c in a.cues) and not any(c.startswith("partnership:") for c in b.cues)


def _one_partnership(claim: Profile, event: Profile) -> bool:
    """Round 12: two articles telling one partnership level established, whatever type each got ("a
    comprehensive strategic partnership, which was established during the state visit" coded COOPERATE /
    "the two sides announced a comprehensive strategic partnership" coded AGREE): the same level cues on
    both sides, one side's states within the other's, and a state one side lacks named in its quote by
    its name or demonym ("Azerbaijani-Chinese relations")."""
    if claim.sources & event.sources or _keywords_disjoint(claim, event):
        return False
    if "partnership sector" in claim.cues | event.cues:
        return False  # session 12: "a strategic partnership for transport" is one field's, not the relations'
    levels_a = {c for c in claim.cues if c.startswith("partnership:")}
    if not levels_a or levels_a != {c for c in event.cues if c.startswith("partnership:")}:
        return False
    return _one_pair_told(claim, event, pair=False)


@lru_cache(maxsize=1)
def _partnership_act_words() -> frozenset[str]:
    """Keywords a sentence telling a partnership established uses of that act itself (normalised like the
    extractor's keywords): they say nothing of another subject."""
    words = "established upgraded raised elevated relationship relations ties partnership partners level twice"
    words += " declaration announced strategic comprehensive"
    words += " put names signatures"  # session 17 (M2): "put their names to a strategic partnership"
    try:
        from timeline.extract.events import keywords_of
    except ImportError:  # pragma: no cover - the extractor is part of the package
        return frozenset(words.split())
    return frozenset(keywords_of(words)) | frozenset(words.split())


def _one_partnership_level(claim: Profile, event: Profile) -> bool:
    """Session 16: one partnership level told established between one pair of states, whatever words and type
    each sentence used, within one article too ("signed a joint statement establishing a strategic
    partnership" coded AGREE / "upgraded their relationship twice, first to a strategic partnership (July
    2024)" coded COOPERATE / "we had only just agreed on a strategic partnership"): a level is reached once
    between two states. The same level cues, exactly two parties (:func:`_one_pair_told`), and no subject
    beyond the partnership on one side that the other lacks ("signed a gas agreement during the visit that
    established the strategic partnership" is the gas agreement)."""
    if "partnership sector" in claim.cues | event.cues:
        return False
    levels = {c for c in claim.cues if c.startswith("partnership:")}
    if not levels or levels != {c for c in event.cues if c.startswith("partnership:")}:
        return False
    # session 17 (M2): the parties' names are no subject ("put their names to …" keywords "kenya", "peru")
    words = _partnership_act_words() | _state_words() | _name_words(claim.states | event.states)
    ka = _topic_keywords(content_keywords(claim.keywords)) - words
    kb = _topic_keywords(content_keywords(event.keywords)) - words
    if (ka or kb) and not ka & kb:
        return False
    return _one_pair_told(claim, event)


def _one_pair_told(claim: Profile, event: Profile, *, pair: bool = True) -> bool:
    """One side's states (leaders mapped to their states) within the other's, two states in all (``pair``;
    else two or more), and a state one side lacks named in its quote by its name or demonym ("relations
    between Azerbaijan and China, which established …" with only China found as an actor)."""
    sa, sb = member_states(claim), member_states(event)
    if not sa or not sb or not (sa <= sb or sb <= sa):
        return False
    small, missing = (claim, sb - sa) if len(sa) <= len(sb) else (event, sa - sb)
    parties = len(member_states(small) | missing)
    if parties < 2 or (pair and parties != 2):
        return False
    return all(any(t.startswith(_state_stem(st)) for t in small.tokens) for st in missing)


def _one_relations(claim: Profile, event: Profile) -> bool:
    """Session 13: both sides tell diplomatic relations established between one pair of states, however
    precisely dated ("established diplomatic relations on January 4, 1992" / "… in 1992" / the
    anniversary of "the establishment of diplomatic relations"): it happens once between two states, so
    the vaguer mention joins the precise one, within one article too (:func:`_one_pair_told`)."""
    if "relations established" not in claim.cues or "relations established" not in event.cues:
        return False
    return _one_pair_told(claim, event)


def _state_stem(name: str) -> str:
    """The part of a state's name its demonym shares: "Azerbaijan" → "azerba" (Azerbaijani), "China" →
    "chin" (Chinese), "Uzbekistan" → "uzbek" (Uzbek)."""
    word = _fold(name).casefold().split()[-1]
    stem = word.removesuffix("stan")
    if len(stem) > 4:
        stem = stem.rstrip("aeiou")
    return (stem if len(stem) >= 4 else word)[:6]


def _relations_established(claim: Profile, event: Profile, one_source: bool) -> bool:
    """Round 7: two articles dating the establishment of diplomatic relations between the same two
    states a unit apart ("at the very end of 1991" / "on 2 January 1992"): it happens once between
    two states, so they are one event with a flagged conflict. Both quotes tell it, the parties
    (leaders mapped to their states) are the same two states on both sides."""
    if one_source or "relations established" not in claim.cues or "relations established" not in event.cues:
        return False
    parties = member_states(claim)
    return len(parties) == 2 and parties == member_states(event)


def one_off(claim: Profile, event: Profile) -> bool:
    """Round 9: do two articles tell one event that happens once for a pair? The same partnership
    level told as established on both sides (the cues of :func:`one_off_cues`, equal: an event
    holding two levels is no one-off) and the same two states (leaders mapped to their states).
    Such claims with disjoint dates are one event with a conflict (:func:`_within_year`)."""
    if claim.sources & event.sources:
        return False
    if _started_once(claim, event) or _one_application(claim, event) or _one_text_signed(claim, event):
        return True
    if _first_run(claim, event) or activity_start_once(claim, event):  # session 14: timeline.resolve.conflicts
        return True
    levels_a = {c for c in claim.cues if c.startswith("partnership:")}
    levels_b = {c for c in event.cues if c.startswith("partnership:")}
    if not levels_a or levels_a != levels_b:
        return False
    parties = member_states(claim)
    return len(parties) == 2 and parties == member_states(event)


def _recognises(p: Profile) -> bool:
    return any(k.startswith(("recognis", "recogniz")) for k in p.keywords) or _recognition_granted(p)


#: Session 16: keywords that make the noun "recognition" a state's act ("extended recognition", "granted
#: recognition", "recognition of its independence"), not a prize's motive ("in recognition of his work").
_RECOGNITION_ACT = frozenset({"extend", "grant", "accord", "gave", "independence", "announc", "declar"})
#: Session 16: the noun told as a state's act, not a prize's motive ("in recognition of").
_RECOGNITION_NOUN = re.compile(r"(?<!\bin\s)\brecognition\b", re.IGNORECASE)


def _recognition_granted(p: Profile) -> bool:
    """Session 16: the recognition told with the noun ("Beijing extended recognition on 27 December 1991", "The
    recognition was announced by the Foreign Ministry on 27 December 1991")."""
    told = "recognition" in p.keywords or "recognition told" in p.cues
    return told and bool(p.keywords & _RECOGNITION_ACT)


def _recognition_apart(claim: Profile, event: Profile) -> bool:
    """Session 15: one state recognising another and the two establishing relations are two once-per-pair
    acts, often told in one sentence ("China recognised Azerbaijan's independence on 27 December 1991, and the
    two countries established diplomatic relations on 2 April 1992"): the partnership level that sentence
    tells must not make the recognition a dated-differently telling of the relations."""
    return _recognises(claim) != _recognises(event)


def _one_recognition(claim: Profile, event: Profile, rel: Relation | None) -> bool:
    """Session 16: two sentences telling one state recognising another on the same day, whatever words and
    type each used ("China recognises the independence of the Kyrgyz Republic" coded AGREE / "Beijing extended
    recognition on 27 December 1991" coded COOPERATE, the recipient only "the new republic"): a recognition
    happens once. Day-precise on both sides, and one side's states (leaders mapped) within the other's, so a
    recognition of another state the same day (a clash of states) stays apart."""
    if rel != "same" or claim.span != 0 or event.span != 0:
        return False
    if not _recognises(claim) or not _recognises(event):
        return False
    sa, sb = member_states(claim), member_states(event)
    return bool(sa & sb) and (sa <= sb or sb <= sa)


def _one_chairmanship(claim: Profile, event: Profile, rel: Relation | None) -> bool:
    """Session 16: two sentences telling one state taking over one organisation's rotating chairmanship, with
    dates that nest or overlap ("31 August-1 September 2025 — At the SCO summit in Tianjin, Kyrgyzstan takes
    over the chairmanship of the organisation" / "its chairmanship of the SCO, which it took over in Tianjin
    last September"): one handover. Both quotes tell a chairmanship taken (cue "chair taken"), a shared
    state and no clash of states, and a shared name of a thing (the organisation's) or organisation actor;
    the same state's next chairmanship, years later, is dated apart."""
    if rel not in ("same", "vaguer", "finer", "overlap"):
        return False
    if "chair taken" not in claim.cues or "chair taken" not in event.cues:
        return False
    sa, sb = member_states(claim), member_states(event)
    if _states_clash(sa, sb):
        return False
    # the chair is a state of one side that the other has or names in its quote (an actor missed there)
    told_a = sa | {st for st in sb if any(t.startswith(_state_stem(st)) for t in claim.tokens)}
    told_b = sb | {st for st in sa if any(t.startswith(_state_stem(st)) for t in event.tokens)}
    if not told_a & told_b:
        return False
    orgs = (claim.actors - claim.persons) & (event.actors - event.persons)
    return bool(orgs or thing_names(claim) & thing_names(event))


def _founds(p: Profile) -> bool:
    return any(k.startswith("found") for k in p.keywords)


def _founded_names(p: Profile) -> set[str]:
    """Names an organisation's founding may be told by: the named objects and the organisation actors."""
    return set(p.named_objects) | (p.actors - p.persons)


def _one_founding(claim: Profile, event: Profile, rel: Relation | None) -> bool:
    """Session 16: two sentences telling one organisation founded, with dates that nest, whatever type each
    got and whether the organisation is the object or the actor ("The Shanghai Cooperation Organisation is
    founded in Shanghai" coded COOPERATE with the organisation as its actor / "The Shanghai Cooperation
    Organisation, founded in June 2001" coded AGREE with it as the object): an organisation is founded once.
    Both tell a founding, and a name of one side (object or organisation) is the other's
    (:func:`object_similarity`); one of its summits or bodies is another event."""
    if rel not in ("same", "vaguer", "finer") or not _founds(claim) or not _founds(event):
        return False
    return any(
        (sim := object_similarity(x, y)) is not None and sim >= OBJECT_MATCH
        for x in _founded_names(claim)
        for y in _founded_names(event)
    )


#: Session 17 (M2): kind nouns of an organisation a sentence may name it by alone ("the Articles of Agreement of
#: the Bank"), and the words of its founding text.
_ORGANISATION_KINDS = quote_tokens("bank fund organisation organization union")
_FOUNDING_TEXT = quote_tokens("article articles agreement charter")


def _founding_side(p: Profile) -> str | None:
    """"member" when the quote tells a state joining or becoming a founding member, "text" when it tells the
    founding text (articles of agreement, charter) signed; None otherwise."""
    if {"found", "member"} <= p.tokens:
        return "member"
    if "sign" in p.tokens and ({"article", "agreement"} <= p.tokens or "charter" in p.tokens):
        return "text"
    return None


def _one_organisation(a: Profile, b: Profile) -> bool:
    """The same organisation on both sides: names alike (:data:`OBJECT_MATCH`), by initials, or one side
    naming it only by its kind noun ("the Bank") that ends the other's name ("Asian Infrastructure
    Investment Bank")."""
    for x in _founded_names(a):
        for y in _founded_names(b):
            sim = object_similarity(x, y)
            if sim is not None and sim >= OBJECT_MATCH:
                return True
            if _acronym_of(x, distinctive_words(y)) or _acronym_of(y, distinctive_words(x)):
                return True
            tx, ty = object_tokens(x), object_tokens(y)
            for short, full in ((tx, ty), (ty, tx)):
                kind = bool(short and full) and short[-1] == full[-1] in _ORGANISATION_KINDS and len(full) >= 3
                if kind and not set(short) - _FOUNDING_TEXT - {short[-1]}:
                    return True
    return False


def founding_membership_signed(claim: Profile, event: Profile, rel: Relation | None) -> bool:
    """Session 17 (M2): a state joining an organisation as a founding member and its signing of the
    organisation's founding text, told by two articles ("Azerbaijan joined the Asian Infrastructure
    Investment Bank as a founding member in 2015" / "on 29 June, it signs the Articles of Agreement of the Bank
    in Beijing"): a founding member joins by signing the founding text, once. Agreement types, dates one within
    the other (a year at most), one side telling the membership and the other the text (or both the same),
    one organisation (:func:`_one_organisation`), no clashing member states."""
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    if rel not in ("same", "vaguer", "finer") or claim.sources & event.sources:
        return False
    if claim.span is None or event.span is None or max(claim.span, event.span) > 366:
        return False
    if _founding_side(claim) is None or _founding_side(event) is None:
        return False
    if not _one_organisation(claim, event):
        return False
    sa, sb = member_states(claim), member_states(event)
    return not (sa and sb and not sa & sb)


def _first_run(claim: Profile, event: Profile) -> bool:
    """Session 11: two articles telling the *first* run of one transport service on one route ("The first
    train of a new weekly container service between Xi'an and the port of Alat arrived … on 4 June" /
    "When the first weekly block train from Xi'an reached Alat in July"): a first run happens once, so
    dates a unit apart are one event in conflict. Both quotes tell a service starting (cue "service
    start") and say "first", and both name the same route (:func:`same_route`: the same ends)."""
    if "service start" not in claim.cues or "service start" not in event.cues:
        return False
    if not all("first" in p.keywords or "first" in p.tokens for p in (claim, event)):
        return False
    # another kind of carrier (a first train and a first flight on one route) is another service
    kinds = [{c for c in p.cues if c.startswith("first run:") and c != "first run:service"} for p in (claim, event)]
    if kinds[0] and kinds[1] and not kinds[0] & kinds[1]:
        return False
    return same_route(claim, event)


def _one_application(claim: Profile, event: Profile) -> bool:
    """Round 11: two articles telling one state's application to join one organisation ("applied to
    join BRICS in August 2024" / "… in October 2024"): a state applies once; one event in conflict.
    The same organisation on both sides and nothing else (two organisations: two applications), the
    same one applying state."""
    apps_a = {c for c in claim.cues if c.startswith("applied:")}
    if not apps_a or apps_a != {c for c in event.cues if c.startswith("applied:")}:
        return False
    orgs = {c.removeprefix("applied:") for c in apps_a}
    sa = {st for st in member_states(claim) if st.casefold() not in orgs}
    sb = {st for st in member_states(event) if st.casefold() not in orgs}
    return len(sa) == 1 and sa == sb


def _doc_topics(p: Profile) -> frozenset[str]:
    return frozenset(c.removeprefix("doc:") for c in p.cues if c.startswith("doc:"))


#: Stages of a project a document may be on: a railway's feasibility study and its construction are
#: two agreements.
_PROJECT_STAGE_WORDS = (
    "feasibility study studies design survey construction building operation operations financing finance "
    "loan credit supply supplies transit maintenance exploration modernisation modernization reconstruction "
    "upgrade tariff tariffs purchase sale"
)
_PROJECT_STAGES = frozenset(_stem(w) for w in _PROJECT_STAGE_WORDS.split())


def topics_differ(claim: Profile, event: Profile) -> bool:
    """Round 11: two signings, each of a document on two or more words of its own ("a memorandum on
    green energy" / "an agreement on a working group"), sharing none, or each on a stage of a project
    sharing none ("on the feasibility study of the railway" / "on the construction of the railway"):
    two texts."""
    a, b = _doc_topics(claim), _doc_topics(event)
    if len(a) >= 2 and len(b) >= 2 and not a & b:
        return True
    stages_a, stages_b = _stages(a), _stages(b)
    return bool(stages_a) and bool(stages_b) and not stages_a & stages_b


#: Session 13: words naming one stage of a project ("jointly building the Belt" / "jointly promoting the
#: construction of the Belt"; "modernization" / "modernisation"; "finance" / "financing").
_STAGE_SYNONYMS = {
    "build": "construction",
    "modernization": "modernisation",
    "financ": "finance",
    "feasibility": "study",
}


def _stages(topics: frozenset[str]) -> frozenset[str]:
    """The project stages among a document's subject words, synonyms told as one stage."""
    return frozenset(_STAGE_SYNONYMS.get(w, w) for w in topics & _PROJECT_STAGES)


def same_document(claim: Profile, event: Profile) -> bool:
    """Round 11: two signings of a document on the same subject ("an agreement on the feasibility study
    of the railway's section" / "Agreement on the feasibility study of the railway") by the same
    parties or at the same place: two or more shared subject words, or one that is all of one side's."""
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    a, b = _doc_topics(claim), _doc_topics(event)
    shared = a & b
    if not (len(shared) >= 2 or (shared and shared in (a, b))):
        return False
    parties = member_states(claim)
    return bool(claim.places & event.places) or (len(parties) >= 2 and parties == member_states(event))


def _one_text_told(claim: Profile, event: Profile) -> bool:
    """Session 13: the signing of an intergovernmental agreement told at two precisions, at one place, by
    the same governments, one side naming fewer of them ("The intergovernmental agreement on the project
    was signed in Beijing in June" with China and Uzbekistan found / "6 June 2024 - China, Kyrgyzstan and
    Uzbekistan sign the intergovernmental agreement … in Beijing"): one text. Two states at least on each
    side, one side's within the other's (the side with fewer not naming two states in its quote: those are its
    parties), a shared place, subjects not telling two texts
    (:func:`topics_differ`). Several such signings of one place and month: the merger's tie rules decide."""
    if "intergovernmental text" not in claim.cues or "intergovernmental text" not in event.cues:
        return False
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    sa, sb = member_states(claim), member_states(event)
    if len(sa) < 2 or len(sb) < 2 or not (sa <= sb or sb <= sa):
        return False
    if sa != sb:
        small = claim if len(sa) < len(sb) else event
        if len({t for t in small.tokens if t in _single_word_states()}) >= 2:
            return False  # "Kazakhstan and Uzbekistan signed an agreement": its parties told, two of the three
    return bool(claim.places & event.places) and not topics_differ(claim, event)


def _one_text_signed(claim: Profile, event: Profile) -> bool:
    """Round 11: two articles telling the signing of the intergovernmental agreement of the same
    parties (two or more states, equal on both sides) at the same place ("the intergovernmental
    agreement on the railway was signed in Beijing on 6 June" / "signed the intergovernmental agreement
    on the line in Beijing last July"): one text, signed once; one event in conflict. Subjects told
    on both sides by two or more words each and sharing none are two texts. Session 13: one side may
    name fewer of the parties (two at least; :func:`_one_text_told`)."""
    return _one_text_told(claim, event)


def same_text_in_force(claim: Profile, event: Profile) -> bool:
    """Round 11: both sides tell a text entering into force (cue "started" with words naming what took
    effect, :func:`in_force_words`) and share such a word ("the waiver is due to enter into force on 1
    June" / "the mutual visa waiver took effect in June"), name the same parts of a start and no
    clashing states. For dates one within the other: a text takes effect once."""
    if "started" not in claim.cues or "started" not in event.cues or "CONSULT" in (claim.event_type, event.event_type):
        return False
    force_a = {c for c in claim.cues if c.startswith("force:")}
    if not force_a & {c for c in event.cues if c.startswith("force:")}:
        return False
    if {c for c in claim.cues if c.startswith("part:")} != {c for c in event.cues if c.startswith("part:")}:
        return False
    return not _states_clash(member_states(claim), member_states(event))


_VISA_TRAVEL = frozenset(_words("travel free without"))
_VISA_FORCE = frozenset(_words("enter entered enters entry came come comes"))


def _visa_regime_told(p: Profile) -> bool:
    """Session 14: the quote(s) tell visa-free travel or a visa text taking effect ("have been able to
    travel without visas since", "visa-free travel", "the visa exemption agreement takes effect",
    "the mutual visa waiver entered into force")."""
    if "visa" not in p.tokens and "visa-free" not in p.keywords:
        return False
    return bool(
        "visa-free" in p.keywords
        or p.tokens & _VISA_TRAVEL
        or "effect" in p.tokens
        or ("force" in p.tokens and p.tokens & _VISA_FORCE)
    )


def visa_regime_start(claim: Profile, event: Profile) -> bool:
    """Session 14: visa-free travel starting and the visa exemption agreement entering into force are
    one event, however each article words it ("Ordinary passport holders have been able to travel
    without visas since Aug. 1" / "1 August – the visa exemption agreement is due to take effect";
    "Georgians can travel to China without visas since May 2024" / "the agreement on mutual visa
    exemption enters into force on 28 May 2024"): two articles, COOPERATE on both sides, states one
    within the other, and not a unilateral scheme against a mutual one. The caller checks the dates
    (equal or one within the other)."""
    if claim.event_type != "COOPERATE" or event.event_type != "COOPERATE" or claim.sources & event.sources:
        return False
    if not _visa_regime_told(claim) or not _visa_regime_told(event):
        return False
    one_way = {"unilateral", "unilaterally"}
    if bool(claim.tokens & one_way) != bool(event.tokens & one_way):
        return False
    return not _states_clash(member_states(claim), member_states(event))


#: Kinds of bilateral text a pair of states concludes once (session 14): "free trade agreement", "FTA",
#: "double taxation", "investment protection", "extradition treaty", "legal assistance".
_TREATY_KINDS = (
    (frozenset({"free", "trade"}), "free trade"),
    (frozenset({"fta"}), "free trade"),
    (frozenset({"double", "taxation"}), "double taxation"),
    (frozenset({"investment", "protection"}), "investment protection"),
    (frozenset({"extradition"}), "extradition"),
    (frozenset({"legal", "assistance"}), "legal assistance"),
)
#: Words telling a later text amending or upgrading the first one: another text.
_TREATY_LATER = quote_tokens("upgrade upgrading upgraded protocol amendment amending amended revised")
_CONCLUDED = frozenset(_words("concluded conclude concludes completed completion"))
_SIGN_WORDS = quote_tokens("sign signs signed signing")


def _treaty_kinds(p: Profile) -> frozenset[str]:
    return frozenset(kind for words, kind in _TREATY_KINDS if words <= p.tokens)


def _treaty_stage(p: Profile) -> str | None:
    """The stage of a text the side tells: its negotiations concluded, or its signing."""
    if "negotiation" in p.tokens and p.tokens & _CONCLUDED:
        return "concluded"
    if "sign" in p.keywords and p.tokens & _SIGN_WORDS and type_family(p.event_type) == "agree-cooperate":
        return "signed"  # the quote says "sign": "the first free trade agreement China concluded" may be coded so
    return None


def one_treaty_stage(claim: Profile, event: Profile) -> bool:
    """Session 14: one stage of one standard bilateral text (a free trade agreement, a double taxation
    treaty …) told by two articles at two precisions ("Georgia was the first country in the region to
    sign such an agreement with China, in 2017" beside "Our free trade agreement" / "13 May 2017 - the
    ministers sign the free trade agreement in Beijing"; "negotiations on a free trade agreement …
    concluded in October 2016" / "October 2016 - The free trade negotiations are concluded"): a pair of
    states signs such a text once. Both quotes name the same kind of text and the same stage (negotiations
    concluded, or a signing), the parties do not clash, and neither tells an upgrade, protocol or
    amendment (a second text). The caller checks the dates (equal or one within the other)."""
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    if claim.sources & event.sources or (claim.tokens | event.tokens) & _TREATY_LATER:
        return False
    if not _treaty_kinds(claim) & _treaty_kinds(event):
        return False
    stage = _treaty_stage(claim)
    if stage is None or stage != _treaty_stage(event):
        return False
    return not _states_clash(member_states(claim), member_states(event))


def _started_once(claim: Profile, event: Profile) -> bool:
    """Round 9: both sides tell one named thing starting to work ("the Atasu–Alashankou pipeline
    began commercial deliveries in May" / "… started commercial operation in July"): both quotes
    tell a start (cue "started"), name the same parts or kinds of start (none, or "first phase" on
    both sides: not the northern and the southern section, not test and commercial operation),
    share a proper name that is no state, demonym, person or place actor, and name no different
    pairs of states. Gatherings (CONSULT) never."""
    if "started" not in claim.cues or "started" not in event.cues or "CONSULT" in (claim.event_type, event.event_type):
        return False
    parts_a = {c for c in claim.cues if c.startswith("part:")}
    if parts_a != {c for c in event.cues if c.startswith("part:")}:
        return False
    sa, sb = member_states(claim), member_states(event)
    if len(sa) >= 2 and len(sb) >= 2 and sa != sb:
        return False
    if thing_names(claim) & thing_names(event):
        return True
    force = {c for c in claim.cues if c.startswith("force:")} & {c for c in event.cues if c.startswith("force:")}
    return bool(force) and len(sa) >= 2 and sa == sb  # the same text in force between the same two states


def thing_names(p: Profile) -> frozenset[str]:
    """Proper-name words of a profile's quote(s) that name a thing: not a state's (nor a demonym
    sharing its first four letters: "Kazakh"), a person's or a place actor's name."""
    states = _state_words()
    prefixes = {w[:4] for w in states if len(w) >= 4}
    others = _name_words(p.persons | p.places | p.states)
    return frozenset(w for w in p.names if w not in states and w[:4] not in prefixes and w not in others)


def _within_year(claim: Profile, event: Profile) -> bool:
    """Round 9 bound of a one-off conflict: both sides day- or month-precise (at most
    :data:`MONTH_DAYS` + 1 days) and at most :data:`ONE_OFF_DAYS` apart. Year claims conflict only
    when adjacent (:func:`_adjacent_dates`)."""
    if not claim.dated or not event.dated:
        return False
    if (claim.span or 0) > MONTH_DAYS or (event.span or 0) > MONTH_DAYS:
        return False
    gap = (max(claim.lower, event.lower) - min(claim.upper, event.upper)).days  # type: ignore[operator,type-var]
    return 0 < gap <= ONE_OFF_DAYS


def _adjacent_dates(claim: Profile, event: Profile) -> bool:
    """Both dated, disjoint and one unit of the coarser side apart (:func:`~timeline.resolve.dates.adjacent`)."""
    if not claim.dated or not event.dated:
        return False
    return adjacent((claim.lower, claim.upper), (event.lower, event.upper))  # type: ignore[arg-type]


def _hosts_differ(claim: Profile, event: Profile) -> bool:
    """Both sides are visits to known host states and share none (a visit to China is not one to
    Azerbaijan, even by the same person on the same day)."""
    return bool(claim.hosts) and bool(event.hosts) and not claim.hosts & event.hosts


def _counterparts_differ(claim: Profile, event: Profile) -> bool:
    """Both sides name persons and each has one the other lacks (Aliyev–Li Qiang vs Aliyev–Xi)."""
    return bool(claim.persons - event.persons) and bool(event.persons - claim.persons)


def _occasion_of(meeting: Profile, gathering: Profile, rel: Relation) -> bool:
    """The meeting's sentence names the gathering (a CONSULT event with that named object) and the
    meeting is dated no more precisely than the gathering (``rel`` = meeting relative to gathering)."""
    if meeting.event_type != "CONSULT" or gathering.event_type != "CONSULT" or meeting.named_objects:
        return False
    if not meeting.occasions or not gathering.named_objects or rel not in ("same", "vaguer"):
        return False
    if meeting.persons and gathering.persons and not meeting.persons & gathering.persons:
        return False
    return any(
        (sim := object_similarity(o, g)) is not None and sim >= OCCASION_MATCH
        for o in meeting.occasions
        for g in gathering.named_objects
    )


#: "within the framework of", "on the sidelines of", "as part of": what follows names a larger gathering.
_FRAME = re.compile(
    r"\b(?:(?:with)?in\s+the\s+(?:framework|context)\s+of|on\s+the\s+(?:sidelines|margins|fringes?)\s+of|"
    r"as\s+(?:a\s+)?part\s+of)\s+(?:the\s+)?"
)
_FRAME_LINK = frozenset(_words("of and for on"))


def gathering_frames(text: str) -> frozenset[str]:
    """Session 14: distinctive words of the named gatherings a sentence places something within:
    "the World Leaders Climate Action Summit held within the framework of COP29 in Baku" → {"cop29"};
    "a business forum on the sidelines of the SCO Summit" → {"sco"}. Only capitalised names count
    (a name, then an optional gathering noun): "as part of the deal" names nothing."""
    out: set[str] = set()
    for m in _FRAME.finditer(text):
        words: list[str] = []
        for w in text[m.end() :].split()[:8]:
            bare = w.strip(",.;:()\"'’“”")
            if (bare and (bare[0].isupper() or bare[0].isdigit())) or (bare.casefold() in _FRAME_LINK and words):
                words.append(bare)
            elif words and _OCCASION.search(f"X {bare}"):
                words.append(bare)
                break
            else:
                break
            if bare != w:
                break  # punctuation ends the name
        while words and words[-1].casefold() in _FRAME_LINK:
            words.pop()
        if words:
            out |= distinctive_words(" ".join(words))
    return frozenset(out)


def gathering_within_other(claim: Profile, event: Profile) -> bool:
    """Session 14: one side's sentence names its own gathering as held within another one that the
    other side names ("the Vice Premier's participation in the World Leaders Climate Action Summit held
    within the framework of COP29" / "Azerbaijan hosted the COP29 climate summit"): an event at a
    gathering is not the gathering itself (gold ``part_of``-like), so they stay apart. The side's own
    named object must not be the frame itself, and the other side's object must carry the frame's name."""
    if claim.event_type != "CONSULT" or event.event_type != "CONSULT":
        return False
    for a, b in ((claim, event), (event, claim)):
        if not a.frames or not a.named_objects or not b.named_objects:
            continue
        own = frozenset().union(*(distinctive_words(o) for o in a.named_objects if _names_thing(o)))
        if not own or own & a.frames:
            continue  # the side's own object is (or carries) the frame's name
        others = [distinctive_words(o) for o in b.named_objects if _names_thing(o)]
        if any(words >= own for words in others):
            continue  # the other side names this gathering too
        if any(words & a.frames for words in others):
            return True
    return False


def bilateral_during_visit(meeting: Profile, visit: Profile) -> bool:
    """Round 8: may a meeting of two parties ("the two leaders last met in Astana in July during the
    SCO summit") be part of this visit of one party to the other? The meeting is a CONSULT without
    mode of exactly two parties (leaders mapped to their states), the visit's host is one of them and
    the visit's parties are the same two, the meeting dated more vaguely than the visit (a month at
    most: talks of a day stay a line of their own), no differing places. The merger joins the only
    such visit, even when the meeting's sentence names a gathering (:func:`_occasion_of`)."""
    if meeting.event_type != "CONSULT" or meeting.mode is not None or "visit" not in visit.all_modes:
        return False
    if visit.event_type != "CONSULT" or meeting.span is None or visit.span is None or meeting.span > MONTH_DAYS:
        return False
    parties = member_states(meeting)
    if len(parties) != 2 or not visit.hosts or not visit.hosts <= parties or member_states(visit) != parties:
        return False
    if meeting.places and visit.places and not meeting.places & visit.places:
        return False
    return _date_relation(meeting, visit) == "vaguer"


#: Milestones of a project as the extractor's keyword stems tell them: works starting, works finished or
#: the thing opening (a line "completed in 2027" and "to open in 2027" are one milestone of one year).
_MILESTONE_FINISH = frozenset({"complet", "open"})
#: Words of a plan's sentence that say nothing about what is planned: hedges and seasons.
_PLAN_WORDS = frozenset(
    _stem(w) for w in _words("expected expects expect scheduled planned plans due likely spring summer autumn winter")
)
#: Words that name a rail line whichever word a sentence uses ("the line", "the railway").
_RAIL_WORDS = frozenset({"railway", "line", "railroad", "rail"})
_ORDINAL_WORDS = frozenset(_words("first second third fourth fifth sixth"))


def _milestones(p: Profile) -> frozenset[str]:
    out = set()
    if "start" in p.keywords and ("construction" in p.keywords or "construction start" in p.cues):
        out.add("start")
    if p.keywords & _MILESTONE_FINISH:
        out.add("finish")
    return frozenset(out)


def planned_milestone(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 11: two articles' plans for one milestone of one project, in one period: "construction of
    the breakwaters will begin in May" / "construction of the breakwaters is due to start this spring";
    "the first phase of the port will be completed in 2029" / "The first phase is expected to be completed
    in 2029"; "The Ayagoz–Bakhty railway … is scheduled to open in 2027" / "The line is expected to open in
    2027". Plans are often told without actors, so the thing and the milestone identify them:

    - both sides only planned, one COOPERATE type, two articles, dates equal or one within the other
      (a year at most);
    - the same milestone, from the claims' keywords (works starting: "construction", "start"; finishing:
      completed or opening; a sentence telling both a start and a completion codes each claim as one);
    - the same thing: a shared topic word (not a hedge or a season: "breakwater", "phase") or a rail
      line on both sides ("the line" / "the railway");
    - nothing telling them apart: no proper names of things on both sides that differ (another
      project; the names of the actors, who say or build, do not count), no differing ordinals ("the
      first phase" / "the second phase")."""
    if claim.event_type != "COOPERATE" or event.event_type != "COOPERATE" or rel not in ("same", "finer", "vaguer"):
        return False
    if claim.all_statuses != {"planned"} or event.all_statuses != {"planned"} or claim.sources & event.sources:
        return False
    if claim.span is None or event.span is None or max(claim.span, event.span) > 366:
        return False
    if not _milestones(claim) & _milestones(event) or _milestones(claim) != _milestones(event):
        return False
    na = thing_names(claim) - _PROJECT_STAGES - _name_words(claim.actors)
    nb = thing_names(event) - _PROJECT_STAGES - _name_words(event.actors)
    if na and nb and not na & nb:
        return False
    oa, ob = claim.tokens & _ORDINAL_WORDS, event.tokens & _ORDINAL_WORDS
    if oa and ob and not oa & ob:
        return False
    shared = (claim.words & event.words) - _PLAN_WORDS - _PROJECT_STAGES
    rail = bool((claim.words | claim.keywords) & _RAIL_WORDS) and bool((event.words | event.keywords) & _RAIL_WORDS)
    return bool(shared) or rail


#: Built things whose construction starts once (stemmed tokens): "the wind farm", "a solar plant", "the port".
_BUILT_THINGS = quote_tokens(
    "farm plant station port terminal railway bridge tunnel pipeline factory refinery dam highway road park "
    "hospital airport"
)
#: Kinds of a power plant: "a wind farm" and "a solar farm" are two things.
_PLANT_KINDS = quote_tokens("wind solar hydro hydropower coal gas nuclear thermal geothermal")


def _plan_and_start(claim: Profile, event: Profile, rel: Relation) -> tuple[Profile, Profile] | None:
    """(the plan, the start) when two articles' COOPERATE claims are one only planned and one only occurred, the
    plan dated as or vaguer than the start and a year long at most; None otherwise."""
    if claim.event_type != "COOPERATE" or event.event_type != "COOPERATE" or claim.sources & event.sources:
        return None
    plan, done = (claim, event) if claim.all_statuses == {"planned"} else (event, claim)
    if plan.all_statuses != {"planned"} or done.all_statuses != {"occurred"}:
        return None
    plan_rel = rel if plan is claim else _reverse(rel)
    if plan_rel not in ("same", "vaguer") or plan.span is None or plan.span > 366:
        return None
    return plan, done


def planned_start_joins_start(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 14: the plan to start building a thing and the start of its construction, told by two
    articles ("construction of the wind farm is expected to begin in the autumn" / "Huaxin broke ground on
    Wednesday on a 300-megawatt wind farm on the Absheron peninsula"): one side only planned, the other
    only occurred, both COOPERATE telling a construction start, the plan dated as or vaguer than the start
    (a year at most), one built thing named on both sides ("farm", "plant", "port"; a wind and a solar farm
    are two), no proper names of things on both sides that differ and no clashing states."""
    if "construction start" not in claim.cues or "construction start" not in event.cues:
        return False
    pair = _plan_and_start(claim, event, rel)
    if pair is None:
        return False
    plan, done = pair
    if not plan.tokens & done.tokens & _BUILT_THINGS:
        return False
    if _other_built_thing(plan, done):
        return False
    return not _states_clash(member_states(plan), member_states(done))


#: Words of a works start that name no thing ("Construction is due to begin next year").
_WORKS_WORDS = quote_tokens("construction works work building")


def _names_no_thing(p: Profile) -> bool:
    """Session 17 (M2): a sentence naming nothing built, no specific actor and no place: only the works
    ("Construction is scheduled to begin before the end of the year", the plant named sentences before)."""
    if p.actors or p.places or p.tokens & _BUILT_THINGS:
        return False
    if any(set(object_tokens(n)) - _WORKS_WORDS for n in p.named_objects):
        return False
    return not thing_names(p) - _WORKS_WORDS


def _works_keywords(p: Profile) -> bool:
    """The claim's own keywords (not only its sentence, which may tell a flight launched beside) tell works
    starting: "start" and "construction" or "work"."""
    return "start" in p.keywords and bool({"construction", "work"} & p.keywords)


def bare_start_plan(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 17 (M2): a plan to start works told without naming the thing ("Construction is due to begin
    next year", the plant named sentences before) and the start of construction of a built thing told by
    another article in that period ("Construction of a 200-megawatt solar power plant near Talin … began in
    October"): one side only planned, the other only occurred, both COOPERATE telling works starting, the
    plan dated as or vaguer than the start (a year at most), the plan naming nothing built, no actor and no
    place (:func:`_names_no_thing`), the start naming a built thing, no clashing states. Several starts may
    fall in one year, so the judge marks the match coarse: it joins only when no other event matches so."""
    if not _works_keywords(claim) or not _works_keywords(event):
        return False
    pair = _plan_and_start(claim, event, rel)
    if pair is None:
        return False
    plan, done = pair
    if not _names_no_thing(plan) or not done.tokens & _BUILT_THINGS:
        return False
    return not _states_clash(member_states(plan), member_states(done))


def _other_built_thing(a: Profile, b: Profile) -> bool:
    """Two works starts name different things: kinds of plant ("a cement plant" / "a solar plant") or proper
    names of things (stages and the parties' own names aside)."""
    ka, kb = a.tokens & _PLANT_KINDS, b.tokens & _PLANT_KINDS
    if ka and kb and not ka & kb:
        return True
    na = thing_names(a) - _PROJECT_STAGES - _name_words(a.actors)
    nb = thing_names(b) - _PROJECT_STAGES - _name_words(b.actors)
    return bool(na and nb and not na & nb)


def _works_start(p: Profile) -> bool:
    """The profile tells works starting: the construction-start cue, or "work(s) … began" coded as a start."""
    if "construction start" in p.cues:
        return True
    return "start" in p.keywords and bool({"work", "construction"} & (p.keywords | p.tokens))


def _stage_cues(p: Profile) -> frozenset[str]:
    """The stage cues of a profile ("stage:d line")."""
    return frozenset(c for c in p.cues if c.startswith("stage:"))


def _route_told_by(a: Profile, b: Profile) -> bool:
    """When ``a`` names a route (cue ``route:``) and ``b`` names none, every end of one of ``a``'s routes is a
    word of ``b``'s quote ("the Mashhad–Herat railway" / "a railway from Mashhad to Herat"); True otherwise."""
    ends = [c.split(":", 2)[2].split("|") for c in a.cues if c.startswith("route:")]
    if not ends or any(c.startswith("route:") for c in b.cues):
        return True
    return any(all(set(object_tokens(end)) <= b.tokens for end in route) for route in ends)


def start_told_vaguer(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 16: one start of construction told at two precisions by two articles ("Work on the Lao section
    began in 2016" / "12 March 2016 -- Construction of the line starts in Laos"; "the railway, whose
    construction began in December last year" / "began building the railway on Friday"): a thing's works
    start once. Both COOPERATE and occurred, two articles, one date within the other's (a year at most),
    both telling works starting (:func:`_works_start`), the same built thing (:data:`_BUILT_THINGS`, a rail
    line on both sides, or the same stage: "Line D"), no differing stages ("Line C" / "Line D") or routes,
    proper names of things or clashing parties. Several starts in one year are common, so the judge marks the match
    coarse: the merger joins only the one candidate matching so."""
    if claim.event_type != "COOPERATE" or event.event_type != "COOPERATE" or rel not in ("vaguer", "finer"):
        return False
    if claim.sources & event.sources or claim.all_statuses != {"occurred"} or event.all_statuses != {"occurred"}:
        return False
    if claim.span is None or event.span is None or max(claim.span, event.span) > 366:
        return False
    if not _works_start(claim) or not _works_start(event):
        return False
    sa, sb = _stage_cues(claim), _stage_cues(event)
    if (sa and sb and not sa & sb) or _routes_differ(claim, event):
        return False  # "Line C" / "Line D"; the Mashhad–Herat and the Herat–Mazar railway
    if not _route_told_by(claim, event) or not _route_told_by(event, claim):
        return False
    rail = bool((claim.words | claim.keywords) & _RAIL_WORDS) and bool((event.words | event.keywords) & _RAIL_WORDS)
    if not (claim.tokens & event.tokens & _BUILT_THINGS or rail or sa & sb):
        return False
    if _other_built_thing(claim, event):
        return False
    ma, mb = member_states(claim), member_states(event)
    if len(ma) >= 2 and len(mb) >= 2 and ma != mb:
        return False  # the Peru–Chile railway is not the Kenya–Peru–Chile one
    return not _states_clash(ma, mb)


def _speakers_only(claim: Profile, event: Profile) -> bool:
    """Session 11: one side's persons are only the speakers of a sentence telling what the heads of state
    did (cue "leaders reported": "Minister Jabbarov noted that … since the heads of state signed the joint
    statement"), so disjoint persons say nothing against one event; the parties must agree (two or more
    states shared, leaders and speakers mapped to their states, one side's within the other's)."""
    if not {"leaders reported", "parties reported"} & (claim.cues | event.cues):  # session 16: parties too
        return False
    return _same_parties(claim, event)


def same_numbered_gathering(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 11: two articles naming one numbered gathering of one kind ("the third summit will be held in
    China in 2027" / "the third China–Central Asia summit, which China will host next year"): the same
    number (second or later: "the first … meeting" of two formats is common) and kind on both sides
    (:func:`ordinal_gatherings`), both gatherings (CONSULT, mode multilateral only: a visit "on the eve of the
    … summit" names another gathering than its own), dates equal or one within the
    other (a year at most), a shared state or place (leaders mapped; or one side's state or place named in
    the other's sentence: "held in China" / "which China will host") and nothing differing (named objects and
    states are judged before). Two formats' "third summit" in one year and one state are rare; two
    numbers are two gatherings (:func:`_ordinals_differ`)."""
    if claim.event_type != "CONSULT" or event.event_type != "CONSULT" or rel not in ("same", "finer", "vaguer"):
        return False
    if claim.sources & event.sources or claim.all_modes != {"multilateral"} or event.all_modes != {"multilateral"}:
        return False  # a visit or talks "on the eve of the first … summit" name another gathering
    if not {(n, k) for n, k in claim.ordinals & event.ordinals if n >= 2}:
        return False  # "the first … meeting" of two formats in one month: too common to tell one gathering
    if claim.span is None or event.span is None or max(claim.span, event.span) > 366:
        return False
    if (member_states(claim) | claim.places) & (member_states(event) | event.places):
        return True
    return any(
        (words := set(object_tokens(name))) and words <= b.tokens
        for a, b in ((claim, event), (event, claim))
        for name in member_states(a) | a.places
    )


def talks_during_visit(claim: Profile, event: Profile, rel: Relation, shared_actors: frozenset[str]) -> bool:
    """Session 11: a visit of a week at most and the talks the visitor held with the host during it are
    one timeline line (gold ``part_of`` convention: talks fold into the visit; documents signed and
    summits attended during it do not): "X arrived in Beijing on Thursday for a two-day state visit" /
    "Meeting in the Great Hall of the People on Friday, X and Chinese President Y agreed …".

    One side is a visit held (not planned: "invited Xi to visit Azerbaijan") with a known host, the other a
    meeting without mode (not a summit, a call or
    another visit) of a day, dated within the visit; the visitor is a shared person not of the host state
    (the visit's event may name the host leader too) and every other person of the meeting is a leader of
    the host state, the meeting names no state but the host's
    and the visitor's. A meeting with a third state's leader during the trip, and a session of a commission
    or a named gathering (a named object, an ordinal, a standing body) held during it, stay their own lines."""
    if claim.event_type != "CONSULT" or event.event_type != "CONSULT" or rel not in ("same", "finer", "vaguer"):
        return False
    for talks, visit, r in ((claim, event, rel), (event, claim, _reverse(rel))):
        if talks.all_modes or "visit" not in visit.all_modes or not visit.hosts or r not in ("same", "finer"):
            continue
        if talks.named_objects or talks.ordinals or any(c == "body" or c.startswith("body:") for c in talks.cues):
            continue  # a session of a commission or a named gathering held during the visit: its own line
        if talks.span is None or visit.span is None or talks.span > 1 or visit.span > DAYLIKE_DAYS:
            continue
        if "planned" in talks.all_statuses | visit.all_statuses or "invitation" in visit.cues:
            continue  # an invitation or a plan dated by the day it was told is no visit held
        visitors = {p for p in shared_actors & talks.persons & visit.persons if person_state(p) not in visit.hosts}
        hosts = talks.persons - visitors
        if not visitors or not hosts or not all(person_state(p) in visit.hosts for p in hosts):
            continue
        own = {st for p in visitors if (st := person_state(p))}
        if talks.states - visit.hosts - own:
            continue
        return True
    return False


_RECEPTION_STEMS = ("receiv", "welcom")


def _received(p: Profile) -> bool:
    """The quote tells a reception ("was received in Beijing with full honours", "welcomed by")."""
    return any(w.startswith(_RECEPTION_STEMS) for w in p.keywords | p.tokens)


def received_on_visit(claim: Profile, event: Profile, rel: Relation, shared_actors: frozenset[str]) -> bool:
    """Session 12 round 2: "X was received in Beijing with full honours" in May and X's state visit to China
    on 25 May are one visit. One side is a visit held (a "visit" mode or cue), the other a reception of a
    shared person, the visitor alone (the host receiving a minister is a meeting of its own), without a mode
    or a visit cue of its own; both are CONSULT, a month at most, one
    containing the other; the visitor is not of a host state. Two visits of one person in one year are
    months apart and never meet here."""
    if claim.event_type != "CONSULT" or event.event_type != "CONSULT" or rel not in ("same", "finer", "vaguer"):
        return False
    for told, visit in ((claim, event), (event, claim)):
        is_visit = "visit" in visit.all_modes or any("visit" in c for c in visit.cues)
        if not is_visit or not _received(told) or told.all_modes - {"visit"}:
            continue
        if any("visit" in c for c in told.cues) or told.ordinals or told.named_objects:
            continue
        if told.span is None or visit.span is None or max(told.span, visit.span) > MONTH_DAYS + 1:
            continue
        if "planned" in told.all_statuses | visit.all_statuses:
            continue
        visitors = {p for p in shared_actors & told.persons & visit.persons if person_state(p) not in visit.hosts}
        if told.persons - visitors:
            continue  # "the president received the minister": the host's talks, told apart (round 2)
        if visitors and not (told.states - visit.states - {st for p in visitors if (st := person_state(p))}):
            return True
    return False


def _one_trip_of_year(claim: Profile, event: Profile) -> bool:
    """Session 14: a person's visit told by its year ("When Premier Li Qiang visits Dushanbe later this
    year") and that person's visit on days of that year ("received … Li Qiang, who arrived in Dushanbe on an
    official visit on Monday"): the ``trip`` signal of :func:`_one_trip` for a year, when both sides name
    one host state (a host of one side told in the other's quote, or shared hosts) and no other place.
    A person making two visits to one state that year is left to the merger's uniqueness check of coarse
    matches (neither joins)."""
    if "visit" not in claim.all_modes or "visit" not in event.all_modes:
        return False
    if not claim.persons & event.persons or _hosts_differ(claim, event):
        return False
    if claim.span is None or event.span is None or max(claim.span, event.span) > ONE_OFF_DAYS:
        return False
    if claim.places and event.places and not claim.places & event.places:
        return False
    return bool(claim.hosts & event.hosts) or _host_told(claim, event) or _host_told(event, claim)


#: Session 14: kinds of document a short name keeps ("the Caspian convention", "the Ashgabat accord").
_SHORT_NAME_KINDS = frozenset({"convention", "treaty", "declaration", "accord", "charter", "protocol"})


def _short_name_of(name: str, full: str) -> bool:
    """``name`` is the short form of the document named ``full``: one distinctive word and one document kind
    (:data:`_SHORT_NAME_KINDS`), both among ``full``'s words, which has two distinctive words at least
    ("Caspian convention" / "Convention on the Legal Status of the Caspian Sea")."""
    short, long = object_tokens(object_core(name, stage=False)), object_tokens(object_core(full, stage=False))
    ds, dl = _distinctive(short), _distinctive(long)
    kinds = set(short) - ds
    if len(ds) != 1 or len(dl) < 2 or not kinds or not kinds <= _SHORT_NAME_KINDS:
        return False
    return ds <= dl and kinds <= set(long) and not _numbers(short) and not _numbers(long)


def _short_document_name(claim: Profile, event: Profile) -> bool:
    """Session 14: one side names a document by its short form, the other by its full title ("signed the
    Caspian convention with its four neighbours in 2018" / "signed the Convention on the Legal Status of the
    Caspian Sea … on Aug. 12, 2018"): the same named thing (:func:`_short_name_of`). Two signings, both of
    the AGREE family; dates, states and the rest are judged as for any named object."""
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    return any(
        _short_name_of(a, b) or _short_name_of(b, a)
        for a in claim.named_objects
        for b in event.named_objects
    )


#: Session 14: a document named by the word before its kind: "the investment agreement", "a free trade
#: agreement", "the extradition treaty" (the definite article, or "a"/"an", then at most one more word).
_PREMODIFIED_TEXT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][a-z-]+\s+)?([a-z][a-z-]+)\s+(agreement|treaty|accord|memorandum|protocol|contract)\b"
)
#: Words before a document's kind that do not say what it is on.
_PREMODIFIER_STOP = frozenset(
    _words(
        "intergovernmental bilateral multilateral joint new first second final framework cooperation general "
        "basic comprehensive landmark historic major key formal draft relevant previous signed strategic "
        "partnership package several two three"
    )
)


#: Nouns of a document of any kind, counted: a sentence naming two documents names no one claim's document.
_ANY_TEXT_NOUN = re.compile(
    r"\b(?:agreements?|treat(?:y|ies)|accords?|memorand(?:um|a|ums)|protocols?|contracts?|conventions?|"
    r"declarations?|statements?|charters?|documents?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def premodified_texts(text: str) -> frozenset[str]:
    """Documents a sentence names by the word before their kind ("The investment agreement for the plant
    was signed" → "investment agreement"): lower-case modifiers only (proper names are named objects), no
    kind, function, state or demonym word, nor one that says nothing of the subject (:data:`_PREMODIFIER_STOP`);
    none when the sentence names two documents or more (:data:`_ANY_TEXT_NOUN`)."""
    if len(_ANY_TEXT_NOUN.findall(text)) >= 2:
        return frozenset()  # "an agreement on visa exemption and an investment agreement": whose is the claim?
    out = set()
    for m in _PREMODIFIED_TEXT.finditer(text):
        word = m.group(1)
        if word in _PREMODIFIER_STOP or _stem(word) in _GENERIC or word in _STOP or _demonym(word):
            continue
        out.add(f"{_stem(word)} {m.group(2)}")
    return frozenset(out)


#: Session 14: the widest date of a signing told more vaguely that may still name the precise one.
TEXT_WIDE_DAYS = 366


def same_premodified_text(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 14: two articles telling the signing of one document named by the word before its kind, one
    dated within the other ("The investment agreement for the project was signed in Baku in December 2024"
    / "The investment agreement for the plant was signed in late 2024"): both of the AGREE family, the same
    such document on both sides (:func:`premodified_texts`), the same two parties at least (leaders mapped),
    two articles, dates one within the other (a year at most), no different places. One state pair may sign
    several investment agreements in a year, so the judge marks the match coarse (only the one candidate)."""
    if type_family(claim.event_type) != "agree-cooperate" or type_family(event.event_type) != "agree-cooperate":
        return False
    if rel not in ("same", "vaguer", "finer") or claim.sources & event.sources:
        return False
    if claim.span is None or event.span is None or max(claim.span, event.span) > TEXT_WIDE_DAYS:
        return False
    texts = {c for c in claim.cues if c.startswith("text:")} & {c for c in event.cues if c.startswith("text:")}
    if not texts or (claim.places and event.places and not claim.places & event.places):
        return False
    parties = member_states(claim)
    return len(parties) >= 2 and parties == member_states(event)


#: Session 14: a sentence whose subject is a bare facility word, told again after the article named it
#: ("The tunnel was completed in February 2016", "The plant opened in April").
_FACILITY_ANAPHOR = re.compile(
    r"^\W*The\s+(plant|factory|tunnel|bridge|railway|line|route|port|terminal|pipeline|dam|station|airport|"
    r"refinery|mine|complex|highway|motorway|road|hospital)\s+(?:was|were|is|has|had|opened|began|started|"
    r"ran|entered|went|came)\b"
)


def facility_anaphors(text: str) -> frozenset[str]:
    """The facility word of a sentence whose subject is only "The <facility>" (:data:`_FACILITY_ANAPHOR`)."""
    m = _FACILITY_ANAPHOR.match(text)
    return frozenset({m.group(1)}) if m else frozenset()


def facility_told_again(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 14: an article telling a facility only by its kind ("The tunnel was completed in February
    2016"), another telling the same milestone of such a facility by its name or description in the same
    month ("China Railway Tunnel Group completes the 19.2-km Kamchik tunnel" in February 2016; "the electric
    bus plant … began assembling vehicles in April 2026" / "The plant opened in April"). The same type, the
    same dates (a month at most), two articles; the bare side names no state, person, organisation or
    object of its own, and the other names the facility word. Several such facilities in one month: the
    judge marks the match coarse (only the one candidate)."""
    if claim.event_type != event.event_type or rel != "same" or claim.sources & event.sources:
        return False
    if claim.span is None or claim.span > MONTH_DAYS:
        return False
    for bare, told in ((claim, event), (event, claim)):
        heads = {c.split(":", 1)[1] for c in bare.cues if c.startswith("anaphor:")}
        if not heads or bare.named_objects or bare.actors or bare.states:
            continue
        if heads & (told.tokens | {w for o in told.named_objects for w in object_tokens(o)}):
            return True
    return False


def _place_states(p: Profile) -> frozenset[str]:
    """The states of the places a profile names ("Tashkent" → Uzbekistan), from the actor dictionary."""
    try:
        from timeline.extract.actors import ActorDictionary

        entries = ActorDictionary.default().entries
    except Exception:  # pragma: no cover - the dictionary ships with the package
        return frozenset()
    by_code = _state_by_code()
    return frozenset(
        st for name in p.places if (e := entries.get(name)) and e.country and (st := by_code.get(e.country))
    )


#: Session 14: the widest date of an aid delivery told more vaguely that may still name the precise one.
AID_WIDE_DAYS = 366


def aid_told_twice(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Session 14: two articles telling one delivery of aid, one dated within the other ("A group of Chinese
    medical experts arrives in Tashkent" in April 2020 / "A team of Chinese doctors arrived in Tashkent in
    spring 2020"; "shipped test kits and masks to Baku in the spring of 2020" / "In 2020 China sent medical
    supplies to Azerbaijan"). Both AID, occurred, from two articles, dates one within the other (a year at
    most), no disjoint persons or organisations, and the same two states at least
    (leaders mapped, places mapped to their states: "Baku" is Azerbaijan). Several deliveries of one
    donor to one recipient in a year are common, so the judge marks the match coarse: the merger joins only
    the one candidate matching so."""
    if claim.event_type != "AID" or event.event_type != "AID" or rel not in ("vaguer", "finer"):
        return False
    if claim.sources & event.sources or claim.span is None or event.span is None:
        return False
    if max(claim.span, event.span) > AID_WIDE_DAYS or "planned" in claim.all_statuses | event.all_statuses:
        return False
    if claim.actors and event.actors and not claim.actors & event.actors:
        return False
    sa, sb = member_states(claim) | _place_states(claim), member_states(event) | _place_states(event)
    return len(sa) >= 2 and sa == sb


def _neutral_join(claim: Profile, event: Profile, rel: Relation) -> bool:
    """Same type, identical day-like dates, other sources, nothing to tell them apart."""
    if rel != "same" or claim.event_type != event.event_type or not claim.dated:
        return False
    if claim.sources & event.sources:  # one article naming two same-day happenings: two events
        return False
    if claim.mode and event.mode and claim.mode != event.mode:
        return False
    if _kinds_differ(claim, event):  # a treaty and a joint statement signed the same day
        return False
    return (claim.upper - claim.lower).days < 7  # type: ignore[operator]


def _date_score(rel: Relation) -> float:
    return {"same": 1.0, "finer": 0.6, "vaguer": 0.5, "overlap": 0.3, "near": 0.1}.get(rel, 0.0)


__all__ = [
    "CONFLICT_DAYS",
    "GENERIC_KEYWORDS",
    "Match",
    "Profile",
    "bilateral_during_visit",
    "content_keywords",
    "distinctive_words",
    "document_kinds",
    "evidence",
    "family_types",
    "judge",
    "near_candidate",
    "normalise_object",
    "object_overlap",
    "object_similarity",
    "occasions_in",
    "ordinal_gatherings",
    "planned_milestone",
    "quote_names",
    "quote_tokens",
    "routes",
    "same_event",
    "same_numbered_gathering",
    "same_route",
    "talks_during_visit",
    "topic_words",
    "type_family",
    "vague_candidate",
    "year_unknown_candidate",
]
