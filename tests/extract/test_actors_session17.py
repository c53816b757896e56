"""Session 17 (actors, helper R): Iranian and Turkish offices and bodies of 1971-2026 (titles resolved by date,
names with and without diacritics), a state named in apposition to its own city, the names of a fronted adverbial
clause ("When X did ..., Y said ..."), and the host's people named in a verb phrase coordinated with a visit."""

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


# --- the dictionary: Iran and Türkiye ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "on", "expected"),
    [
        ("The Turkish President opened the session.", D(1985, 5, 1), "Kenan Evren"),
        ("The Turkish President opened the session.", D(1975, 5, 1), "Fahri Korutürk"),
        ("Turkey's Prime Minister chaired the cabinet.", D(1986, 3, 1), "Turgut Özal"),
        ("Turkey's Prime Minister chaired the cabinet.", D(1972, 1, 10), "Nihat Erim"),
        ("The Turkish Foreign Minister flew to Bonn.", D(1985, 3, 1), "Vahit Halefoğlu"),
        ("The Turkish Foreign Minister flew to Bonn.", D(1976, 3, 1), "İhsan Sabri Çağlayangil"),
        ("Iran's Supreme Leader received the envoy.", D(1985, 1, 10), "Ruhollah Khomeini"),
        ("Iran's Supreme Leader received the envoy.", D(2015, 1, 10), "Ali Khamenei"),
        ("The Iranian President addressed parliament.", D(1985, 1, 10), "Ali Khamenei"),
        ("The Iranian Prime Minister addressed parliament.", D(1985, 1, 10), "Mir-Hossein Mousavi"),
        ("The Iranian leader received the Romanian delegation.", D(1975, 1, 10), "Mohammad Reza Pahlavi"),
        ("The Iranian First Vice President opened the fair.", D(2011, 1, 10), "Mohammad Reza Rahimi"),
        ("The Secretary of the Supreme National Security Council flew to Moscow.", D(2010, 1, 10), "Saeed Jalili"),
        ("The Chinese Premier received the guests.", D(1978, 8, 1), "Hua Guofeng"),
    ],
)
def test_titles_resolve_to_the_holder_on_the_date(dic: ActorDictionary, sentence: str, on: D, expected: str) -> None:
    assert expected in {m.name for m in dic.find(sentence, on=on)}


@pytest.mark.parametrize(
    ("sentence", "expected", "country"),
    [
        ("Recep Tayyip Erdogan spoke in Ankara.", "Recep Tayyip Erdoğan", "TUR"),
        ("Mevlut Cavusoglu met his counterpart.", "Mevlüt Çavuşoğlu", "TUR"),
        ("Ihsan Sabri Caglayangil signed the protocol.", "İhsan Sabri Çağlayangil", "TUR"),
        ("Foreign Ministry spokesman Hami Aksoy issued a statement.", "Hami Aksoy", "TUR"),
        ("Ayatollah Ruhollah Khomeini returned to the capital.", "Ruhollah Khomeini", "IRN"),
        ("Kenan Evren toured the provinces.", "Kenan Evren", "TUR"),
        ("The forum was organised by the Foreign Economic Relations Board.", "DEİK", "TUR"),
        ("DEIK and its partners met in Izmir.", "DEİK", "TUR"),
        ("The NIOC raised its output.", "National Iranian Oil Company", "IRN"),
        ("The Assembly of Experts convened in Qom.", "Assembly of Experts", "IRN"),
        ("The SSB signed a contract with Aselsan.", "Presidency of Defence Industries", "TUR"),
        ("Officers of Turkey's National Intelligence Organization detained them.", "National Intelligence Organization",
         "TUR"),
        ("The Kumport terminal handled more boxes.", "Kumport", "TUR"),
        ("CPMIEC offered the lowest bid.", "CPMIEC", "CHN"),
    ],
)
def test_people_and_bodies(dic: ActorDictionary, sentence: str, expected: str, country: str) -> None:
    found = {m.name: m.country for m in dic.find(sentence)}
    assert found.get(expected) == country, found


def test_the_nuclear_talks_group(dic: ActorDictionary) -> None:
    assert "P5+1" in {m.name for m in dic.find("Tehran and the P5+1 resumed talks in Geneva.")}


def test_bare_mit_is_not_the_turkish_agency(dic: ActorDictionary) -> None:
    # "MİT" is no alias: matching folds the dotted capital, and "MIT" is mostly the American institute
    assert "National Intelligence Organization" not in {m.name for m in dic.find("Researchers at MIT built a robot.")}


# --- extraction ----------------------------------------------------------------------------------------------------


def _claims(body: str, published: str = "2025-10-01") -> list[tuple[str, str, dict[str, str]]]:
    art = read_text(f"---\npublished: {published}\n---\n" + body + "\n", "s17.md")
    return [(c.rule, c.event_type, {a.name: a.role or "" for a in c.actors}) for c in extract(art).claims]


def _actors_of(body: str, etype: str, published: str = "2025-10-01") -> dict[str, str]:
    found = [a for _r, t, a in _claims(body, published) if t == etype]
    assert found, _claims(body, published)
    return found[0]


def _named(actors: dict[str, str]) -> set[str]:
    return {n for n, r in actors.items() if r != "location"}


def test_fronted_when_clause_names_stay_in_the_main_act() -> None:
    # the fronted act is the main act's occasion or target ("When X closed its border, Y protested")
    actors = _actors_of("When Poland closed its border in May 2024, Belarus protested to the European Union.",
                        "PROTEST")
    assert "Belarus" in actors


def test_fronted_when_clause_act_keeps_its_own_parties_only() -> None:
    actors = _actors_of("When Poland closed its border in May 2024, Belarus protested to the European Union.",
                        "SANCTION")
    assert "Belarus" not in actors
    assert "Poland" in actors


def test_a_fronted_phrase_without_a_verb_is_no_clause() -> None:
    actors = _actors_of("After talks with Kazakhstan in May 2024, Mongolia signed a transit agreement with Kazakhstan.",
                        "AGREE")
    assert {"Mongolia", "Kazakhstan"} <= set(actors)


def test_a_main_clause_referring_back_keeps_the_fronted_names() -> None:
    actors = _actors_of("When Prime Minister Nikol Pashinyan visited Tbilisi on 3 May 2019, President Salome "
                        "Zourabichvili told him that Georgia would open the border.", "CONSULT")
    assert "Nikol Pashinyan" in actors


def test_a_fronted_clause_with_a_relative_clause_is_no_fronted_clause() -> None:
    actors = _actors_of("When the deputy Tomas Ruddle, who had campaigned against the deal, was arrested in January "
                        "2002, protests broke out.", "COERCE")
    assert "Tomas Ruddle" in actors


def test_the_joined_organisation_is_the_recipient() -> None:
    actors = _actors_of("In 2015 Georgia joined the Asian Infrastructure Investment Bank as a founding member.",
                        "COOPERATE")
    assert actors.get("Asian Infrastructure Investment Bank") == "recipient"
    assert actors.get("Georgia") == "actor"


def test_a_summit_of_the_organisation_is_not_joined() -> None:
    actors = _actors_of("In June 2017 Mongolia joined the talks at the SCO summit in Astana.", "COOPERATE") if any(
        t == "COOPERATE" for _r, t, _a in _claims("In June 2017 Mongolia joined the talks at the SCO summit in Astana.")
    ) else {}
    assert actors.get("Shanghai Cooperation Organisation") != "recipient"


def test_a_semicolon_clause_with_its_own_subject_has_its_own_parties() -> None:
    actors = _actors_of("Mongolia and Russia signed the transit deal in March 2021; Kazakhstan ratified its own "
                        "agreement in May 2021.", "AGREE")
    found = [a for _r, t, a in _claims("Mongolia and Russia signed the transit deal in March 2021; Kazakhstan "
                                         "ratified its own agreement in May 2021.") if "Kazakhstan" in a]
    assert found and all("Mongolia" not in a for a in found), found
    assert actors


def test_a_semicolon_clause_with_a_pronoun_keeps_the_earlier_person() -> None:
    claims = _claims("Putin arrived in Ulaanbaatar on 2 September 2024; on 3 September he and Khurelsukh opened "
                     "a monument.")
    opened = [a for _r, t, a in claims if "Ukhnaagiin Khurelsukh" in a]
    assert not opened or all("Vladimir Putin" in a for a in opened), claims


def test_a_coordinated_clause_with_its_own_subject_after_a_verbless_first_clause() -> None:
    actors = _actors_of("In February 2012 Prime Minister Irakli Garibashvili spent three days in Yerevan and Gyumri, "
                        "and in April of the same year Nikol Pashinyan became the first Armenian leader to visit "
                        "Mongolia.",
                        "CONSULT", "2021-04-20")
    assert "Irakli Garibashvili" not in actors
    assert actors.get("Nikol Pashinyan") == "actor"


def test_a_coordinated_clause_with_a_pronoun_keeps_the_first_subject() -> None:
    actors = _actors_of("In May 2010 Nikol Pashinyan spent two days in Ulaanbaatar, and in 2015 he returned to "
                        "Mongolia for a state visit.", "CONSULT", "2021-04-20")
    assert "Nikol Pashinyan" in actors


def test_since_a_person_in_a_year_is_that_person_s_act() -> None:
    claims = _claims("In 2015 Nikol Pashinyan became the first guest from Yerevan to visit Mongolia since Serzh "
                     "Sargsyan's visit in 2009.", "2026-01-22")
    visits = [a for _r, t, a in claims if t == "CONSULT"]
    assert any(set(a) & {"Serzh Sargsyan", "Nikol Pashinyan"} == {"Serzh Sargsyan"} for a in visits), claims
    assert all(not {"Serzh Sargsyan", "Nikol Pashinyan"} <= set(a) for a in visits), claims


def test_the_state_of_a_sanctioned_target_told_by_its_place() -> None:
    actors = _actors_of("In March 2025 the EU sanctioned two banks in Minsk.", "SANCTION", "2026-01-22")
    assert actors.get("Belarus") == "recipient"


def test_a_sanction_in_the_actor_s_own_place_adds_no_recipient() -> None:
    actors = _actors_of("In March 2025 Moscow sanctioned two banks in Saint Petersburg.", "SANCTION", "2026-01-22")
    assert "recipient" not in actors.values()


def test_the_first_verb_s_object_is_no_party_of_the_coordinated_second() -> None:
    claims = _claims("Georgia joined the Asian Infrastructure Investment Bank as a founding member and was admitted as "
                     "a dialogue partner of the Shanghai Cooperation Organisation at the summit in July 2015.")
    status = [a for _r, t, a in claims if "Shanghai Cooperation Organisation" in a]
    assert status and all("Asian Infrastructure Investment Bank" not in a for a in status), claims
