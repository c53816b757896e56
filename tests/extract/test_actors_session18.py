"""Session 18 (actors, helper R): Saudi, Gulf and Indian offices and bodies (titles resolved by date, a holder's own
titled forms), Arabic patronymic names read whole ("Crown Prince Mohammed bin Salman bin Abdulaziz" is not his
father), a regnal number that makes a namesake ("King Abdullah II"), a royal rank that is no unknown name, and a
possessive kin subject ("His wife made a separate visit") that is not the person named before."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

D = dt.date


@pytest.fixture(scope="module")
def dic() -> ActorDictionary:
    return ActorDictionary.default()


def _names(dic: ActorDictionary, text: str, on: D | None = None) -> set[str]:
    return {m.name for m in dic.find(text, on=on)}


# --- the dictionary: Saudi Arabia, the Gulf, India -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "on", "expected"),
    [
        ("The Saudi King received the delegation.", D(1990, 5, 1), "King Fahd"),
        ("The Saudi King received the delegation.", D(2010, 5, 1), "King Abdullah"),
        ("The Saudi King received the delegation.", D(2020, 5, 1), "King Salman"),
        ("Saudi Arabia's Crown Prince flew to Seoul.", D(2013, 5, 1), "King Salman"),
        ("Saudi Arabia's Crown Prince flew to Seoul.", D(2019, 5, 1), "Mohammed bin Salman"),
        ("The Saudi Foreign Minister flew to Cairo.", D(2016, 5, 1), "Adel al-Jubeir"),
        ("The Saudi Foreign Minister flew to Cairo.", D(2023, 5, 1), "Faisal bin Farhan"),
        ("The Indian Prime Minister flew to Jakarta.", D(1960, 5, 1), "Jawaharlal Nehru"),
        ("The Indian Prime Minister flew to Jakarta.", D(1975, 5, 1), "Indira Gandhi"),
        ("The Indian Prime Minister flew to Jakarta.", D(1987, 5, 1), "Rajiv Gandhi"),
        ("The Indian President opened the fair.", D(1965, 5, 1), "Sarvepalli Radhakrishnan"),
        ("India's National Security Adviser flew to Tokyo.", D(2012, 5, 1), "Shivshankar Menon"),
        ("India's National Security Adviser flew to Tokyo.", D(2021, 5, 1), "Ajit Doval"),
        ("The Indian Foreign Secretary flew to Dhaka.", D(2019, 5, 1), "Vijay Gokhale"),
        ("Governor Pan met the visitors.", D(2024, 5, 1), "Pan Gongsheng"),
    ],
)
def test_titles_resolve_to_the_holder_on_the_date(dic: ActorDictionary, sentence: str, on: D, expected: str) -> None:
    assert expected in _names(dic, sentence, on)


def test_a_holders_own_prefix_is_valid_only_in_his_spell(dic: ActorDictionary) -> None:
    assert "Faisal bin Farhan" in _names(dic, "Prince Faisal met his Korean counterpart.", D(2022, 3, 1))
    assert "Faisal bin Farhan" not in _names(dic, "Prince Faisal met his Korean counterpart.", D(2010, 3, 1))
    assert "Saud al-Faisal" in _names(dic, "Prince Saud met his Korean counterpart.", D(2010, 3, 1))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Riyadh and Tokyo signed a visa accord.", "Saudi Arabia"),
        ("Aramco signed a supply deal with a Korean refiner.", "Saudi Aramco"),
        ("SAMA raised its repo rate.", "Saudi Central Bank"),
        ("The GCC issued a statement on shipping.", "Gulf Cooperation Council"),
        ("The League of Arab States met in Cairo.", "Arab League"),
        ("IndiGo ordered thirty aircraft.", "IndiGo"),
        ("The MEA issued an advisory.", "Ministry of External Affairs of India"),
        ("Delhi and Tokyo agreed to expand the corridor.", "India"),
    ],
)
def test_gulf_and_indian_bodies_and_capitals(dic: ActorDictionary, sentence: str, expected: str) -> None:
    assert expected in _names(dic, sentence, D(2024, 1, 1))


def test_a_capital_after_a_locative_stays_the_place(dic: ActorDictionary) -> None:
    names = _names(dic, "The forum was held in Riyadh.", D(2024, 1, 1))
    assert "Riyadh" in names and "Saudi Arabia" not in names


# --- patronymic names, regnal numbers, royal ranks ----------------------------------------------------------------


def test_a_full_patronymic_name_is_not_read_as_the_fathers(dic: ActorDictionary) -> None:
    names = _names(dic, "Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received the envoy.", D(2024, 1, 1))
    assert names == {"Mohammed bin Salman"}
    names = _names(dic, "Energy Minister Prince Abdulaziz bin Salman bin Abdulaziz opened the plant.", D(2024, 1, 1))
    assert names == {"Abdulaziz bin Salman"}


def test_a_titled_given_name_before_bin_waits_for_the_full_name(dic: ActorDictionary) -> None:
    names = _names(dic, "Prince Faisal bin Farhan bin Abdullah chaired the meeting.", D(2024, 1, 1))
    assert names == {"Faisal bin Farhan"}


def test_a_plain_titled_given_name_still_resolves(dic: ActorDictionary) -> None:
    assert "Mohammed bin Salman" in _names(dic, "Crown Prince Mohammed received the envoy.", D(2024, 1, 1))


def test_a_regnal_number_makes_a_namesake(dic: ActorDictionary) -> None:
    assert "King Abdullah" not in _names(dic, "King Abdullah II of Jordan received the envoy.", D(2013, 1, 1))
    assert "King Abdullah" in _names(dic, "King Abdullah received the envoy.", D(2013, 1, 1))


def test_a_royal_rank_is_no_unknown_name(dic: ActorDictionary) -> None:
    found = dic.find("It was co-chaired by then Deputy Crown Prince Mohammed bin Salman.", on=D(2016, 8, 30))
    assert {m.name for m in found} == {"Mohammed bin Salman"}
    found = dic.find("The talks were chaired by Deputy Crown Prince Hamad bin Isa.", on=D(1990, 1, 1))
    assert not any(m.name.startswith("Crown") for m in found)


# --- extraction: a possessive kin subject ---------------------------------------------------------------------------


def _claims(body: str, published: str = "2025-10-01") -> list[tuple[str, dict[str, str]]]:
    art = read_text(f"---\npublished: {published}\n---\n" + body + "\n", "s18.md")
    return [(c.event_type, {a.name: a.role or "" for a in c.actors}) for c in extract(art).claims]


def _visit_to(body: str, host: str) -> dict[str, str]:
    found = [a for t, a in _claims(body) if t == "CONSULT" and a.get(host) == "recipient"]
    assert found, _claims(body)
    return found[0]


@pytest.mark.parametrize(
    "body",
    [
        "Alexander Lukashenko visited Serbia in May 2019. His wife visited Hungary in June 2019.",
        "Alexander Lukashenko visited Serbia in May 2019. His wife made a separate visit to Hungary in June 2019.",
        "Alexander Lukashenko ruled throughout. In 2019 his son made his first official visit to Hungary.",
    ],
)
def test_a_kin_subject_is_not_the_person_named_before(body: str) -> None:
    assert "Alexander Lukashenko" not in _visit_to(body, "Hungary")


def test_a_pronoun_subject_still_takes_up_the_person_named_before() -> None:
    body = "Alexander Lukashenko visited Serbia in May 2019. He made his first visit to Hungary in June 2019."
    assert _visit_to(body, "Hungary").get("Alexander Lukashenko") == "actor"


# --- an office's bare title in the context of its state ------------------------------------------------------------


def test_an_offices_bare_title_is_its_holder_on_the_date_in_its_states_context(dic: ActorDictionary) -> None:
    text = "Saudi officials gathered in Riyadh. Later the crown prince received the Korean premier."
    assert "Mohammed bin Salman" in _names(dic, text, D(2024, 5, 1))
    assert "King Salman" in _names(dic, text, D(2013, 5, 1))


def test_an_offices_bare_title_needs_a_date_and_its_state_in_context(dic: ActorDictionary) -> None:
    text = "Saudi officials gathered in Riyadh. Later the crown prince received the Korean premier."
    assert "Mohammed bin Salman" not in _names(dic, text)
    other = "Japanese officials gathered in Tokyo. Later the crown prince opened the games."
    assert not {"Mohammed bin Salman", "King Salman"} & _names(dic, other, D(2024, 5, 1))


# --- extraction: the visitor of a signing's occasion (convention A2) -----------------------------------------------


def _signing(body: str) -> dict[str, str]:
    found = [a for t, a in _claims(body) if t == "AGREE"]
    assert found, _claims(body)
    return found[0]


def test_the_visitor_of_a_fronted_occasion_is_no_signatory_when_the_parties_are_named() -> None:
    actors = _signing("During Prime Minister Kishida's visit, Japan and India signed a tax treaty on 3 May 2023.")
    assert "Fumio Kishida" not in actors
    assert {"Japan", "India"} <= set(actors)


def test_the_visitor_before_during_which_gives_way_to_his_state() -> None:
    actors = _signing("In May 2023, President Lukashenko paid a state visit to Serbia, during which the two sides "
                      "announced a strategic partnership.")
    assert "Alexander Lukashenko" not in actors
    assert {"Belarus", "Serbia"} <= set(actors)


def test_a_signatory_named_in_the_clause_stays() -> None:
    actors = _signing("During his visit in May 2023, President Lukashenko signed a trade memorandum with Serbia.")
    assert "Alexander Lukashenko" in actors


def test_the_visitor_stays_when_the_parties_are_left_unresolved() -> None:
    actors = _signing("In May 2023, when Prime Minister Kishida came to New Delhi, the two governments signed a tax "
                      "treaty.")
    assert "Fumio Kishida" in actors

