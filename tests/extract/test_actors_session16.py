"""Session 16 (actors, helper R): the two states of a standing bilateral commission's meeting, the host of a visit told
without one in a bilateral article, the state of the place of an on-site act, and the other side of a bilateral
article's document one side signed in the other's place."""

from __future__ import annotations

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

_PAIR = ("Mongolia and Kazakhstan agreed on Monday to deepen trade. Mongolia and Kazakhstan signed a transit deal. "
         "Kazakhstan will ship grain to Mongolia.\n\n")


def _claims(body: str, published: str = "2025-06-01") -> list[tuple[str, str, dict[str, str]]]:
    art = read_text(f"---\npublished: {published}\n---\n" + body + "\n", "s16.md")
    return [(c.rule, c.title, {a.name: a.role or "" for a in c.actors}) for c in extract(art).claims]


def _actors_of(body: str, rule_part: str, title_part: str = "") -> dict[str, str]:
    found = [a for r, t, a in _claims(body) if rule_part in r and title_part in t]
    assert found, _claims(body)
    return found[0]


# --- a standing bilateral commission ------------------------------------------------------------------------------


def test_commission_session_takes_the_article_pair() -> None:
    actors = _actors_of(_PAIR + "Officials said the next session of the intergovernmental commission will be held "
                        "in Astana in the autumn.", "multilateral")
    assert {"Mongolia", "Kazakhstan"} <= set(actors)


def test_commission_named_by_its_two_sides() -> None:
    actors = _actors_of("The Mongolian-Kazakh Intergovernmental Commission on Trade met in Ulaanbaatar on 3 May 2025.",
                        "consult", "Commission")
    assert {"Mongolia", "Kazakhstan"} <= set(actors)


def test_commission_without_a_pair_article_adds_nothing() -> None:
    actors = _actors_of("The next session of the intergovernmental commission will be held in Astana in the autumn.",
                        "multilateral")
    assert "Mongolia" not in actors


def test_a_summit_in_a_pair_article_takes_no_pair() -> None:
    actors = _actors_of(_PAIR + "The summit will be held in Astana in the autumn.", "multilateral")
    assert "Mongolia" not in actors


# --- the host of a visit from the article's pair ------------------------------------------------------------------


def test_visit_without_host_takes_the_other_state_of_the_pair() -> None:
    actors = _actors_of(_PAIR + "Ukhnaagiin Khurelsukh's state visit in March 2019 produced a joint declaration.",
                        "visit")
    assert actors.get("Kazakhstan") == "recipient"


def test_visit_to_a_city_of_the_other_state() -> None:
    actors = _actors_of(_PAIR + "Khurelsukh visited Almaty in June 2024.", "visit")
    assert actors.get("Kazakhstan") == "recipient"


def test_visit_to_a_third_state_keeps_its_host() -> None:
    actors = _actors_of(_PAIR + "Khurelsukh visited Paris on 3 July 2024.", "visit")
    assert "Kazakhstan" not in actors


def test_visit_without_pair_article_takes_no_host() -> None:
    actors = _actors_of("Ukhnaagiin Khurelsukh's state visit in March 2019 produced a joint declaration.", "visit")
    assert not any(role == "recipient" for role in actors.values())


# --- the state of an on-site act's place --------------------------------------------------------------------------


def test_groundbreaking_in_a_district_takes_its_state() -> None:
    actors = _actors_of("PowerChina broke ground on the 240 MW solar plant in Jabrayil district last week.",
                        "cooperate")
    assert actors.get("Azerbaijan") == "participant"


def test_opening_in_a_city_takes_its_state() -> None:
    actors = _actors_of("Sinopec opened a plant in Almaty on 3 May 2024.", "cooperate")
    assert {"Sinopec", "Kazakhstan"} <= set(actors)


def test_signing_venue_adds_no_state() -> None:
    actors = _actors_of("Sinopec and Gazprom signed a supply contract in Almaty on 3 May 2024.", "agree")
    assert "Kazakhstan" not in actors


def test_a_place_far_from_the_site_cue_adds_nothing() -> None:
    actors = _actors_of("Sinopec opened a plant on 3 May 2024, its executives told a conference of investors held "
                        "later that week in Almaty.", "cooperate")
    assert "Kazakhstan" not in actors



# --- a document one side of the pair signed in the other's place ---------------------------------------------------


def test_signing_in_the_other_states_city_takes_it() -> None:
    actors = _actors_of(_PAIR + "The agreement on the recognition of diplomas that Khurelsukh signed in Astana in 2016 "
                        "made a difference.", "agree", "Khurelsukh")
    assert actors.get("Kazakhstan") == "participant"


def test_signing_with_a_third_party_adds_no_host() -> None:
    actors = _actors_of(_PAIR + "Khurelsukh signed a loan agreement with the World Bank in Astana on 4 May 2024.",
                        "agree", "World Bank")
    assert "Kazakhstan" not in actors


def test_signing_in_a_third_or_own_state_adds_no_host() -> None:
    for city in ("Paris", "Ulaanbaatar"):
        actors = _actors_of(_PAIR + f"Khurelsukh signed the declaration in {city} on 5 May 2024.", "agree",
                            "Khurelsukh")
        assert "Kazakhstan" not in actors
