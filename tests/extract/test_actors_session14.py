"""Session 14 (actors): the host state of a foreign venue takes part (conventions A1), and dictionary companies,
institutions and ministers carry their state."""

from __future__ import annotations

from timeline.extract.actors import ActorDictionary
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text


def _claims(body: str, published: str = "2025-06-01") -> list[tuple[str, dict[str, str]]]:
    art = read_text(f"---\npublished: {published}\n---\n" + body + "\n", "s14.md")
    return [(c.rule, {a.name: a.role or "" for a in c.actors}) for c in extract(art).claims]


def _actors_of(body: str, rule_part: str) -> dict[str, str]:
    found = [a for r, a in _claims(body) if rule_part in r]
    assert found, _claims(body)
    return found[0]


# --- the host state of a foreign venue ---------------------------------------------------------------------------


def test_summit_abroad_takes_the_host_state() -> None:
    actors = _actors_of("Tokayev attended the SCO summit in Tianjin on 1 September 2025.", "consult")
    assert "China" in actors and "Kassym-Jomart Tokayev" in actors


def test_forum_abroad_takes_the_host_state() -> None:
    actors = _actors_of("Mirziyoyev took part in the investment forum in Tbilisi on 12 March 2024.", "consult")
    assert "Georgia" in actors


def test_venue_of_the_partys_own_state_adds_nothing() -> None:
    actors = _actors_of("Pashinyan attended the forum in Yerevan on 2 October 2024.", "consult")
    assert set(actors) - {"Nikol Pashinyan", "Yerevan"} == set()


def test_no_host_state_beside_two_named_states() -> None:
    actors = _actors_of("Kazakhstan and Uzbekistan held consultations in Geneva on 5 May 2023.", "consult")
    assert "Switzerland" not in actors


def test_no_host_state_for_an_agreement() -> None:
    claims = _claims("Sinopec signed a supply contract in Ashgabat on 4 April 2022.")
    assert all("Turkmenistan" not in a for r, a in claims if r.startswith("agree"))


# --- dictionary ---------------------------------------------------------------------------------------------------


def test_new_dictionary_entries_carry_their_state() -> None:
    d = ActorDictionary.default()
    by_name = d.entries
    assert by_name["Hualing Group"].country == "CHN"
    assert by_name["Free University of Tbilisi"].country == "GEO"
    assert by_name["Gevorg Papoyan"].country == "ARM"


# --- a document the visit produced ------------------------------------------------------------------------------


def test_document_the_visit_produced_is_the_visitors_and_the_hosts() -> None:
    body = ("Askar Akayev travelled to Ankara in May 1996, where he was received by President Suleyman Demirel; "
            "the visit produced a joint declaration on friendship.")
    claims = [a for r, a in _claims(body, "2020-01-01") if r.startswith("agree")]
    assert claims, _claims(body, "2020-01-01")
    assert "Askar Akayev" in claims[0] and "Turkey" in claims[0]
    assert "Süleyman Demirel" not in claims[0]


def test_document_signed_by_named_people_keeps_them() -> None:
    body = "Askar Akayev and Suleyman Demirel signed a joint declaration on friendship in Ankara in May 1996."
    claims = [a for r, a in _claims(body, "2020-01-01") if r.startswith("agree")]
    assert claims and {"Askar Akayev", "Süleyman Demirel"} <= set(claims[0])


def test_two_sides_meeting_at_a_third_states_summit_take_no_host() -> None:
    actors = _actors_of("Tokayev and Japarov met in Tianjin on 31 August 2025 on the sidelines of the summit.",
                        "consult.meeting")
    assert "China" not in actors
