"""Round 6: bare institution nouns ("the government", "the National Assembly") stand for the context's state."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary, DictionaryError

ON = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.default()


def at(d: ActorDictionary, text: str, word: str) -> tuple[str, str] | None:
    """(name, kind) of the mention whose surface is ``word``, found in the sentence holding it."""
    pos = text.index(word)
    start = text.rfind(". ", 0, pos) + 1
    stop = text.find(". ", pos)
    for m in d.find(text, start, len(text) if stop < 0 else stop + 1, on=ON):
        if m.surface == word:
            return m.name, m.kind
    return None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Yerevan wants closer ties with Brussels. The government approved the draft on Thursday.",
         "government", ("Armenia", "state")),
        ("Georgia's prime minister was abroad. In his absence the cabinet met to discuss the budget.",
         "cabinet", ("Georgia", "state")),
        ("Lawmakers in Armenia debated for two days. The National Assembly then passed the bill.",
         "National Assembly", ("National Assembly of Armenia", "organisation")),
        ("Azerbaijan signed the agreement in Beijing. The National Assembly ratified it in May.",
         "National Assembly", ("Milli Majlis", "organisation")),
        ("Kazakhstan and China signed a border treaty. The Senate ratified it a month later.",
         "Senate", ("Senate of Kazakhstan", "organisation")),
        ("President Mirziyoyev signed the decree after the parliament approved it.",
         "parliament", ("Oliy Majlis", "organisation")),
        ("In Baku, the Ministry of Economy said trade with China grew by a fifth.",
         "Ministry of Economy", ("Ministry of Economy of Azerbaijan", "organisation")),
        ("Tokayev flew to Beijing. The Foreign Ministry in Astana called the visit historic.",
         "Foreign Ministry", ("Ministry of Foreign Affairs of Kazakhstan", "organisation")),
    ],
)
def test_bare_institution_takes_the_nearest_state(
    d: ActorDictionary, text: str, word: str, expected: tuple[str, str]
) -> None:
    assert at(d, text, word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no state in sight: nothing is guessed
        ("The government approved the draft on Thursday.", "government"),
        # the nearest state has no body of that name
        ("Iraq's prime minister spoke in Baghdad. The parliament approved the budget.", "parliament"),
        # the owner is named: the dictionary name covers it, the bare rule does not apply
        ("The government of Azerbaijan approved the plan.", "government"),
        # not "the" + noun
        ("Yerevan said its government would not change course.", "government"),
        # a different word that begins like the noun
        ("Armenia's leaders met. The governmental commission issued a report.", "governmental"),
    ],
)
def test_no_guess_without_a_fitting_state(d: ActorDictionary, text: str, word: str) -> None:
    assert at(d, text, word) is None


def test_a_state_named_right_after_the_noun_in_the_same_sentence(d: ActorDictionary) -> None:
    text = "The parliament of the region's largest economy, Kazakhstan, voted on Friday."
    assert at(d, text, "parliament") == ("Parliament of Kazakhstan", "organisation")


def test_demonym_group_is_unchanged(d: ActorDictionary) -> None:
    names = [(m.name, m.surface) for m in d.find("Kazakhstan hosted the talks. The Chinese government agreed.", on=ON)]
    assert ("China", "Chinese government") in names


def test_generic_form_needs_a_country() -> None:
    data = {"organisations": [{"name": "Some Council", "generic": ["council"]}]}
    with pytest.raises(DictionaryError):
        ActorDictionary.from_data(data)


def test_fingerprint_depends_on_generic_forms() -> None:
    base = {"states": [{"name": "Armenia", "country": "ARM"}]}
    with_bodies = {**base, "state_bodies": ["government"]}
    assert ActorDictionary.from_data(base).fingerprint() != ActorDictionary.from_data(with_bodies).fingerprint()


@pytest.mark.parametrize(
    ("text", "word", "name", "country"),
    [
        ("Kazakhstan chose Rosatom to build its first plant. The Atomic Energy Agency said a Chinese firm would "
         "build the second.", "Atomic Energy Agency", "Atomic Energy Agency of Kazakhstan", "KAZ"),
        ("Georgia's wine exports fell. The National Wine Agency blamed the weather.", "National Wine Agency",
         "National Wine Agency of Georgia", "GEO"),
    ],
)
def test_unknown_state_body_belongs_to_the_context_state(
    d: ActorDictionary, text: str, word: str, name: str, country: str
) -> None:
    got = [(m.name, m.country, m.known) for m in d.find(text, on=ON) if m.surface == word]
    assert got == [(name, country, False)]


def test_companies_do_not_set_the_context(d: ActorDictionary) -> None:
    # Rosatom (a Russian company) is nearer than Armenia, but the government is Armenia's
    text = "Armenia wants a new reactor and has talked to Rosatom. The government approved the plan."
    assert at(d, text, "government") == ("Armenia", "state")


def test_unknown_body_with_no_state_in_sight_has_no_country(d: ActorDictionary) -> None:
    got = [(m.name, m.country) for m in d.find("The Atomic Energy Agency said the plant would be safe.", on=ON)]
    assert got == [("Atomic Energy Agency", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ministry of Digital Development said the network was ready.",
         [("Ministry of Digital Development", "organisation")]),
        ("A spokesperson for Elnur Rzayev said nothing.", [("Elnur Rzayev", "person")]),
    ],
)
def test_body_complement_is_not_a_person(d: ActorDictionary, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.kind) for m in d.find(text, on=ON)] == expected


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Xi gave the speech at Nazarbayev University in September 2013.", "Nazarbayev University", "KAZ"),
        ("The Aliyev Center hosted a round table on Monday.", "Aliyev Center", "AZE"),
        ("Students of the Tokayev Institute met the delegation.", "Tokayev Institute", "KAZ"),
    ],
)
def test_body_named_after_a_person_is_not_the_person(d: ActorDictionary, text: str, name: str, country: str) -> None:
    got = [(m.name, m.kind, m.country) for m in d.find(text, on=ON)]
    assert (name, "organisation", country) in got
    assert not any(kind == "person" and n != "Xi Jinping" for n, kind, _ in got)


def test_person_before_a_verb_stays_a_person(d: ActorDictionary) -> None:
    got = [(m.name, m.kind) for m in d.find("Tokayev met Nazarbayev in Astana.", on=ON)]
    assert ("Nursultan Nazarbayev", "person") in got


def test_unknown_state_body_in_a_two_country_context_gets_no_country(d: ActorDictionary) -> None:
    text = "Kazakhstan chose China's CNNC for the plant. Our Atomic Energy Agency announced the choice in June."
    got = [(m.name, m.country) for m in d.find(text, on=ON) if m.surface == "Atomic Energy Agency"]
    assert got == [("Atomic Energy Agency", None)]
