"""The word-trie alias matcher, the per-text memo and the surname scan (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline.extract.actors import ActorDictionary, DictionaryError


@pytest.fixture(scope="module")
def dic() -> ActorDictionary:
    return ActorDictionary.default()


def spans(d: ActorDictionary, text: str, on: dt.date | None = None) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in d.find(text, on=on)]


def test_longest_alias_wins_and_words_are_whole(dic: ActorDictionary) -> None:
    found = spans(dic, "Delegates from the People's Republic of China toured Xi'an and Xiamen.")
    assert ("People's Republic of China", "China") in found
    assert ("Xi'an", "Xi'an") in found
    assert all(name != "Xi Jinping" for _, name in found)


def test_combining_form_needs_a_following_word(dic: ActorDictionary) -> None:
    assert ("Sino", "China") not in spans(dic, "The talks were Sino- and Russo- centred, critics said.")
    assert any(name == "China" for _, name in spans(dic, "Sino-Azerbaijani trade grew last year."))


def test_dotted_acronym_before_hyphen_and_possessive(dic: ActorDictionary) -> None:
    found = spans(dic, "The U.S.-led coalition and the EU's envoy met in Geneva.")
    assert ("U.S.", "United States") in found
    assert ("EU", "European Union") in found


def test_alias_cut_by_the_span_end_is_not_matched_across_it(dic: ActorDictionary) -> None:
    text = "Officials of the People's Republic of China arrived."
    end = text.index("China") + 2  # "Ch"
    found = [(m.surface, m.name) for m in dic.find(text, 0, end)]
    assert all(name != "China" or surface != "People's Republic of China" for surface, name in found)


def test_case_rules_still_apply(dic: ActorDictionary) -> None:
    assert spans(dic, "the sco of the report was xi") == []


def test_memo_returns_fresh_lists_with_equal_results(dic: ActorDictionary) -> None:
    text = "President Aliyev received Premier Li in Baku on Monday."
    first = dic.find(text, on=dt.date(2024, 4, 1))
    first.clear()
    again = dic.find(text, on=dt.date(2024, 4, 1))
    assert [m.name for m in again] == ["Ilham Aliyev", "Li Qiang", "Baku"]
    assert next(m.name for m in dic.find(text, on=dt.date(1995, 4, 1))) == "Heydar Aliyev"


def test_bare_surname_after_full_name_with_possessive_and_hyphen(dic: ActorDictionary) -> None:
    text = "Petra Novak-Hale, an economist, spoke first. Novak-Hale's figures were new; Hale did not attend."
    found = dic.find(text)
    names = [(m.surface, m.name) for m in found]
    assert ("Novak-Hale", "Petra Novak-Hale") in names
    assert all(surface != "Hale" for surface, _ in names)


def test_surname_is_not_taken_inside_a_longer_name(dic: ActorDictionary) -> None:
    text = "Analyst Jonas Berg said the deal holds. Later Berg repeated it, but Bergman disagreed."
    found = [(m.surface, m.name) for m in dic.find(text)]
    assert ("Berg", "Jonas Berg") in found
    assert all(not surface.startswith("Bergman") for surface, _ in found)


def test_out_of_order_calls_give_the_same_results(dic: ActorDictionary) -> None:
    text = "Analyst Jonas Berg spoke in Baku. Berg said Azerbaijan would sign. Berg left on Friday."
    cut = [0, text.index("Berg said"), text.index("Berg left"), len(text)]
    forward = [dic.find(text, a, b) for a, b in itertools.pairwise(cut)]
    other = text + " "  # a different text object: a fresh state
    backward = [dic.find(other, a, b) for a, b in reversed(list(itertools.pairwise(cut)))][::-1]
    assert [[m.name for m in ms] for ms in forward] == [[m.name for m in ms] for ms in backward]


def test_alias_must_start_with_a_letter_or_digit() -> None:
    with pytest.raises(DictionaryError, match="must start with a letter or digit"):
        ActorDictionary.from_data({"organisations": [{"name": "Acme", "aliases": ["'Acme"]}]})


def test_small_dictionary_builds_and_matches() -> None:
    d = ActorDictionary.from_data(
        {"states": [{"name": "Ruritania", "country": "RUR", "short": ["Ruritania"], "demonyms": ["Ruritanian"]}]}
    )
    assert [m.name for m in d.find("Ruritania and the Ruritanian government agreed.")] == ["Ruritania", "Ruritania"]
