"""Event titles, session 17 (helper A): an analyst's line is subject + verb phrase + object.

- no conjunction ("And the first ferry …") and no fronted time adverbial ("In May opened in Ningbo") opens a title;
- a title that would be a bare verb ("Chile accuses", "X refuses") takes the verb as written, in the present,
  with its complement ("Chile condemns the border closures"); nominal titles ("X–Y meeting") stay as they are;
- a fallback title keeps a complement opened by a preposition ("went to the opening of the Games"), an "of"
  complement ("words of support"), a figure of a name ("Resolution 2231") and ends on no article or preposition.
Sentences are the test author's own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.events import Cue, CueMatch, build_title, present_third, tidy_title
from timeline.extract.pipeline import extract
from timeline.extract.types import ActorMention
from timeline.ingest.reader import read_text

PUB = dt.date(2025, 6, 1)


def _titles(body: str, published: dt.date = PUB) -> list[str]:
    text = "Report\nSANTIAGO, 1 June 2025 -- Officials gave details.\n\n" + body + "\n"
    return [c.title for c in extract(replace(read_text(text, "mem://titles17"), published=published)).claims]


@pytest.mark.parametrize(
    ("word", "third"),
    [("condemned", "condemns"), ("closed", "closes"), ("called", "calls"), ("denounced", "denounces"),
     ("went", "goes"), ("agreed", "agrees"), ("planned", "plans"), ("cancelled", "cancels"),
     ("declared", "declares"), ("offered", "offers"), ("issued", "issues"), ("urged", "urges"),
     ("calling", "calls"), ("closes", "closes")],
)  # fmt: skip
def test_present_third_of_a_verb(word: str, third: str) -> None:
    assert present_third(word) == third


@pytest.mark.parametrize("word", ["status", "focus", "Chile", "2019"])
def test_present_third_of_a_non_verb_is_none(word: str) -> None:
    assert present_third(word) is None


def test_tidy_title_drops_an_opening_conjunction_and_a_final_article() -> None:
    assert tidy_title("And the first ferry departed") == "The first ferry departed"
    assert tidy_title("Peru and Chile held the exercise off the") == "Peru and Chile held the exercise"
    assert tidy_title("Peru–Chile meeting") == "Peru–Chile meeting"  # negative: nothing to tidy


def test_no_conjunction_opens_a_title() -> None:
    got = _titles("And the first container train from Chengdu reached Santiago in March 2019, so people spoke "
                  "of a new route.")
    assert got and not any(t.startswith("And ") for t in got)


def test_fronted_time_is_no_object() -> None:
    got = _titles("In May, the second Trade House of Peru was opened in the city of Ningbo in China.")
    assert got and not any(t.startswith("In May") for t in got)
    assert any("Trade House of Peru" in t for t in got)


def test_bare_verb_title_takes_the_verb_and_its_complement() -> None:
    got = _titles("On 3 May, Beijing condemned the Israeli air strikes on the port.")
    assert any(t.startswith("China condemns") and "air strikes" in t for t in got), got


def test_nominal_title_is_left_alone() -> None:
    # negative: a meeting keeps its nominal title, no verb is rewritten into it
    got = _titles("Xi Jinping held talks with Kassym-Jomart Tokayev in Astana on 3 July 2024.")
    assert got and all("holds" not in t and "held" not in t for t in got), got


def test_fallback_keeps_a_complement_opened_by_a_preposition() -> None:
    got = _titles("The same goes for symbolism: President Kassym-Jomart Tokayev went to the opening of the Asian "
                  "Games in Hangzhou in 2023, when few Western leaders came.")
    assert any("went to the opening of the Asian Games" in t for t in got), got


def test_fallback_object_keeps_its_of_complement() -> None:
    # ("Beijing gave Astana words of support" is no event since session 17: words are not aid)
    got = _titles("Beijing sent Astana shipments of grain in June and a team of doctors in September.")
    assert any(t.endswith("shipments of grain") for t in got), got


def _cue(label: str, titles: tuple[str, ...]) -> CueMatch:
    cue = Cue(id="t", type="CONSULT", mode=None, context=None, roles="subject", label=label, titles=titles,
              patterns=())
    return CueMatch(cue=cue, start=0, end=0, mstart=0, mend=0)


def _a(name: str, kind: str, role: str) -> ActorMention:
    return ActorMention(name=name, kind=kind, start=0, end=0, surface=name, role=role)  # type: ignore[arg-type]


_TWO_CALLERS = [_a("Gustavo Petro", "person", "actor"), _a("Luis Arce", "person", "actor"),
                _a("Chile", "state", "recipient")]


@pytest.mark.parametrize(
    ("label", "template", "title"),
    [("phone call", "{actor} phone call with {recipient}",
      "Gustavo Petro and Luis Arce hold separate phone calls with Chile"),
     ("visit", "{actor} visit to {recipient}", "Gustavo Petro and Luis Arce visit Chile"),
     ("state visit", "{actor} {label} to {recipient}", "Gustavo Petro and Luis Arce pay state visits to Chile")],
)  # fmt: skip
def test_two_actors_with_a_nominal_label_read_as_a_clause(label: str, template: str, title: str) -> None:
    assert build_title(_cue(label, (template,)), _TWO_CALLERS, None) == title


def test_one_actor_keeps_the_nominal_label() -> None:
    one = [_a("Gustavo Petro", "person", "actor"), _a("Chile", "state", "recipient")]
    assert build_title(_cue("phone call", ("{actor} phone call with {recipient}",)), one, None) == (
        "Gustavo Petro phone call with Chile")
