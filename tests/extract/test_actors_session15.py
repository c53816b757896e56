"""Session 15 (actors, lead): the states at the ends of a transport link take part, and the state a recognition
is given to is its recipient."""

from __future__ import annotations

import datetime as dt

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text
from timeline.resolve.similarity import Profile, judge


def _claims(body: str, published: str = "2025-06-01") -> list[tuple[str, dict[str, str]]]:
    art = read_text(f"---\npublished: {published}\n---\n" + body + "\n", "s15.md")
    return [(c.rule, {a.name: a.role or "" for a in c.actors}) for c in extract(art).claims]


def _actors_of(body: str, rule_part: str) -> dict[str, str]:
    found = [a for r, a in _claims(body) if rule_part in r]
    assert found, _claims(body)
    return found[0]


# --- the ends of a transport link ---------------------------------------------------------------------------------


def test_flights_between_two_cities_take_both_states() -> None:
    actors = _actors_of("Uzbekistan Airways will launch direct flights between Tashkent and Beijing in March.",
                        "cooperate")
    assert {"Uzbekistan", "China"} <= set(actors)


def test_dashed_route_takes_the_other_state() -> None:
    actors = _actors_of("China Southern Airlines will launch Urumqi-Tbilisi flights on 8 July.", "cooperate")
    assert "Georgia" in actors


def test_service_from_one_city_to_another() -> None:
    actors = _actors_of("A new weekly container service from Chengdu to Almaty will start in May.", "cooperate")
    assert {"China", "Kazakhstan"} <= set(actors)


def test_named_line_of_three_cities_adds_no_states() -> None:
    claims = _claims("The Baku–Tbilisi–Kars railway opened on 30 October 2017, and trains now run to Turkey.")
    assert all("Georgia" not in a for _, a in claims)


def test_no_route_no_states() -> None:
    """A city near a cue that is no transport link's end adds no state."""
    actors = _actors_of("Huawei opened a training centre in Tashkent on 3 May 2024, near the Beijing Road.",
                        "cooperate")
    assert "China" not in actors


def test_a_city_after_the_link_is_no_end() -> None:
    """"flights resumed ... after a meeting in Beijing": Beijing is not an end of the flights."""
    actors = _actors_of("Uzbekistan Airways flights resumed on 3 May 2024 after a meeting in Beijing.", "cooperate")
    assert "China" not in actors


# --- recognition ---------------------------------------------------------------------------------------------------


def test_recognised_state_is_the_recipient() -> None:
    actors = _actors_of("Turkey recognised Georgia's independence on 16 December 1991.", "recognise")
    assert actors.get("Georgia") == "recipient" and "Turkey" in actors


def test_independence_of_the_republic_of() -> None:
    actors = _actors_of("Iran recognised the independence of the Republic of Armenia on 25 December 1991.",
                        "recognise")
    assert actors.get("Armenia") == "recipient"


def test_independence_of_followed_by_another_clause_state() -> None:
    """Only the state right after "independence of" is the recipient, not one further on."""
    actors = _actors_of("India recognised the independence of Kazakhstan in December 1991, like Russia.",
                        "recognise")
    assert actors.get("Kazakhstan") == "recipient" and actors.get("Russia") != "recipient"


def _profile(keywords: set[str], lower: dt.date) -> Profile:
    return Profile("AGREE", lower=lower, upper=lower, states=frozenset({"China", "Georgia"}),
                   keywords=frozenset(keywords), named_objects=("diplomatic relations",))


def test_recognition_is_not_the_establishment_of_relations() -> None:
    recognition = _profile({"recognis", "independence", "georgia"}, dt.date(1991, 12, 27))
    relations = _profile({"establish", "diplomatic", "relation"}, dt.date(1992, 6, 9))
    assert isinstance(judge(recognition, relations), str)


def test_two_recognitions_may_still_join() -> None:
    a = _profile({"recognis", "independence"}, dt.date(1991, 12, 27))
    b = _profile({"recognis", "independence", "georgia"}, dt.date(1991, 12, 27))
    assert not isinstance(judge(a, b), str)


# --- an unnamed party told by its nationality -----------------------------------------------------------------------


def test_contract_with_a_national_company_takes_its_state() -> None:
    actors = _actors_of("Georgia's Ministry of Economy signed a contract with a Turkish construction company in "
                        "May 2024.", "agree")
    assert actors.get("Turkey") == "participant"


def test_national_delegation_received() -> None:
    actors = _actors_of("Mirziyoyev held talks with a Chinese business delegation in Tashkent on 3 May 2024.",
                        "consult")
    assert "China" in actors


def test_no_state_from_a_named_partys_own_demonym() -> None:
    """The nationality of a party already named (its state is in the event) adds nothing."""
    actors = _actors_of("Tokayev met the Kazakh delegation on 3 May 2024.", "consult")
    assert list(actors).count("Kazakhstan") <= 1


def test_nationality_of_a_thing_is_no_party() -> None:
    """"Chinese buses", "the Chinese language": things, not parties."""
    actors = _actors_of("Baku opened a school teaching the Chinese language on 1 September 2024.", "cooperate")
    assert "China" not in actors


# --- the organisation of a gathering ---------------------------------------------------------------------------------


def test_organisation_of_the_attended_summit_takes_part() -> None:
    actors = _actors_of("Mirziyoyev attended the SCO summit in Bishkek on 14 June 2019.", "multilateral")
    assert actors.get("Shanghai Cooperation Organisation") == "participant"


def test_meeting_on_the_sidelines_takes_no_organisation() -> None:
    claims = _claims("Tokayev met Xi on the sidelines of the SCO summit in Astana on 3 July 2024.")
    assert all("Shanghai Cooperation Organisation" not in a for _, a in claims)


def test_dalai_lama_is_a_known_actor() -> None:
    actors = _actors_of("The Dalai Lama visited Ulaanbaatar in November 2016.", "visit")
    assert actors.get("Dalai Lama") == "actor" and "Mongolia" in actors
