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
