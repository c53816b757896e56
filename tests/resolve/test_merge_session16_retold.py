"""Session 16 (helper M1), resolver merging on heldout41 classes (timeline.resolve.retellings): one act
told by two articles in other words. Invented names, places and dates (Kenya, Japan, Chile, Peru)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, date, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.extract.types import ActorMention, Claim
from timeline.resolve.merge import store_extraction
from timeline.resolve.retellings import (
    anniversary_cues,
    attack_cues,
    attack_told_twice,
    date_clause,
    next_session_numbered,
    opening_cues,
)
from timeline.resolve.similarity import Profile, judge, ordinal_gatherings, quote_tokens

KE = replace(actor("Kenya", "state"), country="KEN")
JP = replace(actor("Japan", "state"), country="JPN")
CL = replace(actor("Chile", "state"), country="CHL")
PE = replace(actor("Peru", "state"), country="PER")
MOMBASA = actor("Mombasa", "place", role="location")
NAIROBI = actor("Nairobi", "place", role="location")
LAMU = actor("Lamu", "place", role="location")


def _claim(
    title: str,
    event_type: str,
    when: str,
    when_text: str,
    quote: str,
    *,
    actors: list[ActorMention] | None = None,
    status: str = "occurred",
    mode: str | None = None,
    keywords: tuple[str, ...] = (),
) -> Claim:
    return Claim(
        title=title,
        event_type=event_type,
        mode=mode,
        date=date(when, when_text),
        quote=quote,
        start=0,
        end=len(quote),
        actors=list(actors or []),
        status=status,
        rule="test",  # type: ignore[arg-type]
        keywords=frozenset(keywords),
    )


def _store(session: Session, uri: str, *claims: Claim) -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2026, 2, 1))
    store_extraction(session, src, extraction(src, *claims))


# --- the clause of a claim's date -----------------------------------------------------------------


def test_date_clause_takes_the_clause_of_the_date() -> None:
    text = ("On 3 May 2019 a bomb killed two Japanese engineers near Lamu; in June 2020 a gunman killed four "
            "Japanese teachers in Mombasa, and on 9 July 2021 a blast wounded six Kenyan officers in Nairobi.")
    assert date_clause(text, "June 2020") == " in June 2020 a gunman killed four Japanese teachers in Mombasa"
    assert date_clause(text, "9 July 2021").startswith("on 9 July 2021 a blast")
    assert date_clause(text, "not there") == text
    assert date_clause(text, None) == text


# --- 1. one attack told twice ---------------------------------------------------------------------


def test_attack_cues_read_the_casualties_and_place_of_the_date_clause() -> None:
    text = ("On 3 May 2019 a bomb killed two Japanese engineers near Lamu; in June 2020 a gunman killed four "
            "Japanese teachers at the Technical College of Mombasa.")
    cues = attack_cues(text, "June 2020")
    assert "attack:4:japanese" in cues and "attack at:mombasa" in cues
    assert "attack:2:japanese" not in cues and "attack at:lamu" not in cues
    # victims without a nationality: the victims' word
    assert "attack:12:soldier" in attack_cues("Militants killed 12 soldiers near Garissa in March 2018.", "March 2018")
    # no casualties told: no cue; a day and month is no toll
    assert attack_cues("Police arrested two suspects in Mombasa on 4 June 2020.", "4 June 2020") == frozenset()
    assert not any(c.startswith("attack:") and c.endswith("june") for c in attack_cues(
        "A bomb exploded on 4 June 2020 in Mombasa, killing a guard.", "4 June 2020"))


def _attack(quote: str, when: str, when_text: str, actors: list[ActorMention]) -> Claim:
    return _claim("Attack", "ASSAULT", when, when_text, quote, actors=actors, keywords=("attack", "kill"))


def test_one_attack_told_by_its_victims_and_by_its_perpetrator_is_one_event(session: Session) -> None:
    _store(session, "wire.txt", _attack(
        "Eight months later, four Japanese technicians were killed in a bombing outside Mombasa port claimed "
        "by a separatist group.", "2020-06", "Eight months later", [KE, MOMBASA]))
    _store(session, "journal.txt", _attack(
        "On 3 May 2019 a bomb killed two Japanese engineers near Lamu; and on 14 June 2020 four Japanese "
        "nationals died in a blast outside Mombasa port.", "2020-06-14", "14 June 2020",
        [actor("Technical College", "organisation"), MOMBASA]))
    assert len(events_by_id(session)) == 1


def test_two_attacks_in_one_city_stay_apart(session: Session) -> None:
    # the same toll and city in two years
    _store(session, "wire.txt", _attack(
        "In June 2020 four Japanese technicians were killed in a bombing in Mombasa.", "2020-06", "June 2020",
        [KE, JP, MOMBASA]))
    _store(session, "notes.md", _attack(
        "On 11 June 2021 four Japanese nationals died in a blast in Mombasa.", "2021-06-11", "11 June 2021",
        [KE, JP, MOMBASA]))
    assert len(events_by_id(session)) == 2


def test_another_toll_is_no_identity_of_this_rule() -> None:
    a = Profile(event_type="ASSAULT", lower=dt.date(2020, 6, 1), upper=dt.date(2020, 6, 30),
                cues=attack_cues("In June 2020 four Japanese technicians were killed in Mombasa.", "June 2020"))
    b = Profile(event_type="ASSAULT", lower=dt.date(2020, 6, 14), upper=dt.date(2020, 6, 14),
                cues=attack_cues("On 14 June 2020 two Japanese nationals died in Mombasa.", "14 June 2020"))
    assert not attack_told_twice(a, b, "vaguer") and isinstance(judge(a, b), str)
    same_toll = replace(b, cues=attack_cues("On 14 June 2020 four Japanese nationals died in Mombasa.", "14 June 2020"))
    assert attack_told_twice(a, same_toll, "vaguer")
    assert not attack_told_twice(a, same_toll, "far")


def test_attack_judge_needs_a_shared_place() -> None:
    a = Profile(event_type="ASSAULT", lower=dt.date(2020, 6, 1), upper=dt.date(2020, 6, 30),
                cues=attack_cues("In June 2020 four Japanese technicians were killed in Mombasa.", "June 2020"))
    b = Profile(event_type="ASSAULT", lower=dt.date(2020, 6, 14), upper=dt.date(2020, 6, 14),
                cues=attack_cues("On 14 June 2020 four Japanese nationals died in Malindi.", "14 June 2020"))
    assert isinstance(judge(a, b), str)


# --- 2. the next session and the numbered one -------------------------------------------------------


def _session_profile(quote: str, lo: dt.date, hi: dt.date, source_id: int, *, status: str = "planned",
                     places: frozenset[str] = frozenset(), actors: frozenset[str] = frozenset()) -> Profile:
    from timeline.resolve.similarity import body_cues

    return Profile(event_type="CONSULT", lower=lo, upper=hi, status=status, cues=body_cues(quote),
                   ordinals=ordinal_gatherings(quote), tokens=quote_tokens(quote), sources=frozenset({source_id}),
                   places=places, actors=actors)


NUMBERED = ("They agreed that the 9th meeting of the Kenya-Japan Joint Trade Committee would be held in Nairobi "
            "in October.")
NEXT = "Officials said the next meeting of the Joint Trade Committee would take place in the autumn."


def test_the_next_session_joins_the_numbered_session_of_one_body() -> None:
    numbered = _session_profile(NUMBERED, dt.date(2026, 10, 1), dt.date(2026, 10, 31), 1,
                                places=frozenset({"Nairobi"}), actors=frozenset({"Kenya-Japan Joint Trade Committee"}))
    nxt = _session_profile(NEXT, dt.date(2026, 9, 1), dt.date(2026, 11, 30), 2,
                           actors=frozenset({"Joint Trade Committee"}))
    assert next_session_numbered(nxt, numbered, "vaguer")
    assert not isinstance(judge(nxt, numbered), str)
    assert not isinstance(judge(numbered, nxt), str)


def test_the_next_session_stays_apart_from_a_past_or_another_bodys_session() -> None:
    numbered = _session_profile(NUMBERED, dt.date(2026, 10, 1), dt.date(2026, 10, 31), 1,
                                places=frozenset({"Nairobi"}))
    nxt = _session_profile(NEXT, dt.date(2026, 9, 1), dt.date(2026, 11, 30), 2)
    held = replace(numbered, status="occurred")
    assert not next_session_numbered(nxt, held, "vaguer")
    other_body = _session_profile(
        "Officials said the next meeting of the Joint Border Commission would take place in the autumn.",
        dt.date(2026, 9, 1), dt.date(2026, 11, 30), 2)
    assert not next_session_numbered(other_body, numbered, "vaguer")
    # one article telling both: not this rule
    assert not next_session_numbered(replace(nxt, sources=frozenset({1})), numbered, "vaguer")
    # the next meeting in another city
    assert not next_session_numbered(replace(nxt, places=frozenset({"Tokyo"})), numbered, "vaguer")


# --- 3. one anniversary -------------------------------------------------------------------------------


def test_anniversary_cues() -> None:
    assert anniversary_cues("as the two countries marked the 50th anniversary of their relations") == {
        "anniversary:50"
    }
    assert anniversary_cues("to celebrate the fiftieth anniversary next year") == {"anniversary:50"}
    assert anniversary_cues("on the seventy-fifth anniversary of the treaty") == {"anniversary:75"}
    assert anniversary_cues("the anniversary of the treaty") == frozenset()


def test_a_planned_anniversary_joins_the_day_it_was_marked(session: Session) -> None:
    _store(session, "pmo.html", _claim(
        "Anniversary", "COOPERATE", "2025", "next year",
        "Both sides agreed to celebrate the 50th anniversary of diplomatic relations next year in a befitting "
        "manner.", actors=[CL, PE], status="planned", keywords=("celebrat",)))
    _store(session, "app.html", _claim(
        "50th anniversary celebrated", "COOPERATE", "2025-06-12", "Thursday",
        "The two foreign ministers on Thursday co-chaired the fourth round of the strategic dialogue as the two "
        "countries marked the 50th anniversary of the establishment of their diplomatic relations.",
        actors=[CL, PE], keywords=("celebrat",)))
    assert len(events_by_id(session)) == 1


def test_two_anniversaries_stay_apart(session: Session) -> None:
    _store(session, "pmo.html", _claim(
        "Anniversary", "COOPERATE", "2025", "next year",
        "Both sides agreed to celebrate the 50th anniversary of diplomatic relations next year.",
        actors=[CL, PE], status="planned", keywords=("celebrat",)))
    _store(session, "app.html", _claim(
        "40th anniversary celebrated", "COOPERATE", "2025-06-12", "Thursday",
        "The two countries on Thursday marked the 40th anniversary of their trade agreement.",
        actors=[CL, PE], keywords=("celebrat",)))
    assert len(events_by_id(session)) == 2


# --- 4. one facility opened, told by two verbs ----------------------------------------------------------


def test_opening_cues_need_an_opening_verb_in_the_date_clause() -> None:
    text = ("At Lamu, Japanese loans built the first phase of a deep-water port, on which work began in March "
            "2004; President Kibet inaugurated it on 12 May 2011.")
    assert opening_cues(text, "12 May 2011") == {"opened:port"}
    assert opening_cues(text, "March 2004") == frozenset()


def _opening(quote: str, when: str, when_text: str, actors: list[ActorMention]) -> Claim:
    return _claim("Port opened", "COOPERATE", when, when_text, quote, actors=actors, keywords=("inaugurat",))


def test_one_port_opened_told_by_two_verbs_is_one_event(session: Session) -> None:
    _store(session, "wire.txt", _opening(
        "Lamu, where Japan built a port that opened in 2011 and which a Japanese company has run since 2016, "
        "remains a flashpoint.", "2011", "2011", [JP, LAMU]))
    _store(session, "journal.txt", _opening(
        "At Lamu, Japanese loans built the first phase of a deep-water port, on which work began in March 2004; "
        "President Samuel Kibet inaugurated it on 12 May 2011.", "2011-05-12", "12 May 2011",
        [actor("Samuel Kibet")]))
    assert len(events_by_id(session)) == 1


def test_a_port_and_an_airport_of_one_town_opened_stay_apart(session: Session) -> None:
    _store(session, "wire.txt", _opening(
        "Lamu, where Japan built a port that opened in 2011, remains a flashpoint.", "2011", "2011", [JP, LAMU]))
    _store(session, "journal.txt", _opening(
        "At Lamu, Japanese loans built a new airport; President Samuel Kibet inaugurated it on 12 May 2011.",
        "2011-05-12", "12 May 2011", [actor("Samuel Kibet")]))
    assert len(events_by_id(session)) == 2


# --- 5. a first run told again ----------------------------------------------------------------------------


def _flight(quote: str, when: str, when_text: str, actors: list[ActorMention]) -> Claim:
    return _claim("First commercial flight", "COOPERATE", when, when_text, quote, actors=actors,
                  keywords=("first", "commercial", "flight"))


def test_a_first_flight_told_again_joins(session: Session) -> None:
    _store(session, "wire.txt", _flight(
        "A new Japanese-funded international airport in the town received its first commercial flight in March "
        "2025 but handles only a handful of flights a week.", "2025-03", "March 2025", []))
    _store(session, "notes.md", _flight(
        "The first commercial flight, a Kenya Airways service from Nairobi, landed at Lamu International "
        "Airport on 20 March 2025.", "2025-03-20", "20 March 2025", [KE, NAIROBI, LAMU]))
    assert len(events_by_id(session)) == 1


def test_a_first_flight_at_another_airport_stays_apart(session: Session) -> None:
    malindi = actor("Malindi", "place", role="location")
    _store(session, "notes.md", _flight(
        "The first commercial flight landed at Lamu International Airport on 20 March 2025.",
        "2025-03-20", "20 March 2025", [KE, LAMU]))
    _store(session, "wire.txt", _flight(
        "The new airport of Malindi received its first commercial flight in March 2025.", "2025-03",
        "March 2025", [malindi]))
    assert len(events_by_id(session)) == 2


def test_a_first_flight_told_again_is_a_coarse_match() -> None:
    from timeline.resolve.similarity import one_off_cues, quote_cues

    def flight(quote: str, lo: dt.date, hi: dt.date, when: str, src: int) -> Profile:
        return Profile(event_type="COOPERATE", lower=lo, upper=hi, sources=frozenset({src}),
                       cues=quote_cues(quote) | one_off_cues(quote, when), tokens=quote_tokens(quote))

    day = flight("The first commercial flight landed at Lamu International Airport on 20 March 2025.",
                 dt.date(2025, 3, 20), dt.date(2025, 3, 20), "20 March 2025", 1)
    month = flight("A new international airport received its first commercial flight in March 2025.",
                   dt.date(2025, 3, 1), dt.date(2025, 3, 31), "March 2025", 2)
    match = judge(month, day)
    assert not isinstance(match, str) and match.coarse  # only the one candidate matching so
    # another kind of first run, or a year, is not this rule
    ferry = replace(month, cues=quote_cues("The port received its first ferry in March 2025."))
    assert isinstance(judge(ferry, day), str)
    year = replace(month, lower=dt.date(2025, 1, 1), upper=dt.date(2025, 12, 31))
    assert isinstance(judge(year, day), str)


# --- 6. a lead dated by its reporting verb and the follow-up telling the signing's own day ------------------

LEAD = ("Chile and Peru have agreed to set up a joint commission to fight smuggling across their border, "
        "officials said Friday.")
FOLLOW = ("The agreement was signed in Lima on Thursday by Interior Minister Rosa Vidal and Peru's Minister of "
          "Justice Mario Quispe, the ministry said.")
VIDAL, QUISPE = actor("Rosa Vidal"), actor("Mario Quispe")


def _wire(lead: str, lead_when: str | None, follow: str, follow_when: str, follow_text: str = "Thursday",
          lead_text: str = "Friday") -> tuple[Claim, Claim]:
    one = _claim("Chile–Peru agreement", "AGREE", lead_when, lead_text, lead, actors=[CL, PE],
                 keywords=("agree",))
    one = replace(one, start=0, end=len(lead), date=date(lead_when, lead_text) if lead_when else date(None))
    two = _claim("Vidal–Quispe agreement signed", "AGREE", follow_when, follow_text, follow,
                 actors=[VIDAL, QUISPE, actor("Lima", "place", role="location")], keywords=("sign",))
    two = replace(two, start=len(lead) + 2, end=len(lead) + 2 + len(follow))
    return one, two


def test_a_lead_dated_by_its_reporting_verb_joins_the_signing_it_tells(session: Session) -> None:
    _store(session, "wire.txt", *_wire(LEAD, "2026-01-30", FOLLOW, "2026-01-29"))
    assert len(events_by_id(session)) == 1


def test_the_reported_lead_joins_the_event_its_follow_up_joined(session: Session) -> None:
    _store(session, "agency.html", _claim(
        "Vidal–Quispe agreement", "AGREE", "2026-01", "in January",
        "The ministers welcomed the agreement on a joint commission signed in Lima in January by Interior "
        "Minister Rosa Vidal and Peru's Minister of Justice Mario Quispe.", actors=[VIDAL, QUISPE],
        keywords=("sign",)))
    _store(session, "wire.txt", *_wire(LEAD, "2026-01-30", FOLLOW, "2026-01-29"))
    assert len(events_by_id(session)) == 1


def test_a_lead_dated_by_its_own_act_or_a_later_follow_up_stays_apart(session: Session) -> None:
    own = "Chile and Peru signed an agreement on a joint commission to fight smuggling on Friday."
    _store(session, "wire.txt", *_wire(own, "2026-01-30", FOLLOW, "2026-01-29"))
    assert len(events_by_id(session)) == 2


def test_a_follow_up_dated_after_the_reporting_day_stays_apart(session: Session) -> None:
    later = FOLLOW.replace("on Thursday", "on Saturday")
    _store(session, "wire.txt", *_wire(LEAD, "2026-01-30", later, "2026-01-31", follow_text="Saturday"))
    assert len(events_by_id(session)) == 2


def test_an_undated_lead_with_a_weekday_reporting_verb_joins_too(session: Session) -> None:
    _store(session, "wire.txt", *_wire(LEAD, None, FOLLOW, "2026-01-29"))
    assert len(events_by_id(session)) == 1


# --- 7. a text named by its year, signed a year away ---------------------------------------------------------


def test_year_texts() -> None:
    from timeline.resolve.conflicts import year_texts

    assert year_texts("The 1983 border agreement settled the Atacama frontier.") == {"yeartext:border agreement:1983"}
    assert year_texts("The 1983 joint agreement was a start.") == frozenset()  # says nothing of the subject
    assert year_texts("The 1983 border agreement and a later protocol settled it.") == frozenset()  # two texts


def _border(quote: str, when: str, when_text: str, *, keywords: tuple[str, ...] = ("sign",)) -> Claim:
    return _claim("Border agreement", "AGREE", when, when_text, quote, actors=[CL, PE], keywords=keywords)


SIGNED = ("On 14 May 1984 Foreign Minister Ana Rios and Minister Luis Paz signed the border agreement in Lima, "
          "settling the frontier in the Atacama.")


def test_a_text_named_by_its_year_joins_its_signing_a_year_away_as_a_conflict(session: Session) -> None:
    _store(session, "journal.txt", _border(SIGNED, "1984-05-14", "14 May 1984"))
    _store(session, "notes.md", _border("The 1983 border agreement settled the Atacama frontier and turned a "
                                        "cautious relationship into a close one.", "1983", "1983"))
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict


def test_a_text_named_by_its_year_stays_apart_from_its_entry_into_force_or_two_years_away(session: Session) -> None:
    _store(session, "journal.txt", _border("The border agreement entered into force on 1 July 1984.",
                                           "1984-07-01", "1 July 1984", keywords=("force",)))
    _store(session, "notes.md", _border("The 1983 border agreement settled the Atacama frontier.", "1983", "1983"))
    _store(session, "review.md", _border(SIGNED.replace("1984", "1985"), "1985-05-14", "14 May 1985"))
    assert len(events_by_id(session)) == 3


# --- 8. a visit told a year before the visit called the first in years ----------------------------------------


def test_first_in_years() -> None:
    from timeline.resolve.conflicts import first_in_years

    assert first_in_years("the state visit on 3-4 May 2016, the first by a Kenyan head of state in nine years.") == {9}
    assert first_in_years("his visit, the first in more than a decade") == {10}
    assert first_in_years("the first visit in a year") == frozenset()
    assert first_in_years("the first visit since 2001") == frozenset()


KAMAU = replace(actor("Daniel Kamau"), country="KEN")
JP_HOST = replace(actor("Japan", "state", role="recipient"), country="JPN")
FIRST = ("The decisive moment was President Daniel Kamau's state visit to Japan on 3-4 May 2016, the first by a "
         "Kenyan head of state in nine years.")


def _visit(quote: str, when: str, when_text: str, who: ActorMention = KAMAU) -> Claim:
    return _claim("Kamau visit to Japan", "CONSULT", when, when_text, quote, actors=[who, JP_HOST], mode="visit",
                  keywords=("visit",))


def test_a_visit_told_a_year_before_the_first_visit_in_years_is_that_visit(session: Session) -> None:
    _store(session, "wire.txt", _visit("The rail deal, unveiled when Kamau visited Tokyo in 2015, has grown.",
                                       "2015", "2015"))
    _store(session, "journal.txt", _visit(FIRST, "2016-05-03/2016-05-04", "3-4 May 2016"))
    events = events_by_id(session)
    assert len(events) == 1 and events[0].has_conflict


def test_the_same_in_the_other_order(session: Session) -> None:
    _store(session, "journal.txt", _visit(FIRST, "2016-05-03/2016-05-04", "3-4 May 2016"))
    _store(session, "wire.txt", _visit("The rail deal, unveiled when Kamau visited Tokyo in 2015, has grown.",
                                       "2015", "2015"))
    assert len(events_by_id(session)) == 1


def test_a_visit_after_the_first_or_told_as_a_repeat_or_of_another_visitor_stays_apart(session: Session) -> None:
    _store(session, "journal.txt", _visit(FIRST, "2016-05-03/2016-05-04", "3-4 May 2016"))
    _store(session, "wire.txt", _visit("The rail deal, signed when Kamau visited Tokyo in 2017, has grown.",
                                       "2017", "2017"))
    _store(session, "notes.md", _visit("Kamau's second state visit to Japan in 2015 was brief.", "2015", "2015"))
    other = replace(actor("Grace Wanjiru"), country="KEN")
    _store(session, "brief.md", _visit("The rail deal, unveiled when Wanjiru visited Tokyo in 2015, has grown.",
                                       "2015", "2015", who=other))
    assert len(events_by_id(session)) == 4


def test_a_year_opening_against_two_openings_of_one_kind_in_one_town_joins_neither(session: Session) -> None:
    _store(session, "journal.txt",
           _opening("At Lamu, Japanese loans built a cement plant; President Samuel Kibet inaugurated it on 12 May "
                    "2011.", "2011-05-12", "12 May 2011", [actor("Samuel Kibet")]),
           replace(_opening("At Lamu, Japanese engineers built a fertiliser plant; Minister Joseph Otieno "
                            "inaugurated it on 20 September 2011.", "2011-09-20", "20 September 2011",
                            [actor("Joseph Otieno")]), start=200, end=300))
    _store(session, "wire.txt", _opening("Lamu, where Japan built a plant that opened in 2011, remains a flashpoint.",
                                         "2011", "2011", [JP, LAMU]))
    assert len(events_by_id(session)) == 3
