"""Event titles, session 18 (helper A): an analyst's line is subject + verb phrase + object.

- an anniversary marked reads "A and B mark the 25th anniversary of the establishment of diplomatic relations",
  not "Anniversary: diplomatic relations established between A and B";
- two callers of one recipient "hold separate phone calls with" it (they did not call each other);
- one party on both sides: a visit keeps its host ("State visit to Peru"), another act its doer;
- no weekday ("agreed on Thursday") and no final "there" in a title; a past verb label ("X announced") takes
  the verb as written with its complement, as a present one does (session 17).
Sentences are the test author's own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.events import Cue, CueMatch, build_title, tidy_title
from timeline.extract.pipeline import extract
from timeline.extract.types import ActorMention, Claim
from timeline.ingest.reader import read_text


def _claims(body: str, published: dt.date = dt.date(2016, 5, 1)) -> list[Claim]:
    text = "Report\nLIMA, 1 May 2016 -- Officials gave details.\n\n" + body + "\n"
    return extract(replace(read_text(text, "mem://titles18"), published=published)).claims


def test_a_planned_anniversary_reads_as_the_parties_marking_it() -> None:
    found = _claims("Azerbaijan and Japan are close partners. The two countries will mark the 25th anniversary of "
                    "the establishment of diplomatic relations in 2017.")
    (c,) = [c for c in found if c.rule.endswith("+commemoration")]
    assert c.title in {
        "Azerbaijan and Japan mark the 25th anniversary of the establishment of diplomatic relations",
        "Japan and Azerbaijan mark the 25th anniversary of the establishment of diplomatic relations",
    }
    assert not c.title.startswith("Anniversary")


def test_the_original_act_keeps_its_own_title() -> None:
    found = _claims("Azerbaijan and Japan are close partners. The two countries will mark the 25th anniversary of "
                    "the establishment of diplomatic relations in 2017.")
    (c,) = [c for c in found if c.rule.endswith("+anniversary")]
    assert c.title.startswith("Diplomatic relations established between")


def _cue(label: str, titles: tuple[str, ...], kind: str = "CONSULT") -> CueMatch:
    cue = Cue(id="t", type=kind, mode=None, context=None, roles="subject", label=label, titles=titles, patterns=())
    return CueMatch(cue=cue, start=0, end=0, mstart=0, mend=0)


def _a(name: str, kind: str, role: str) -> ActorMention:
    return ActorMention(name=name, kind=kind, start=0, end=0, surface=name, role=role)  # type: ignore[arg-type]


def test_a_visit_with_one_party_on_both_sides_keeps_its_host() -> None:
    same = [_a("Peru", "state", "actor"), _a("Peru", "state", "recipient")]
    title = build_title(_cue("state visit", ("{actor} {label} to {recipient}", "{label} to {recipient}")), same, None)
    assert title == "State visit to Peru"


def test_another_act_with_one_party_on_both_sides_keeps_its_doer() -> None:
    same = [_a("Andes Power", "organization", "actor"), _a("Andes Power", "organization", "recipient")]
    title = build_title(_cue("provides aid to", ("{actor} {label} {recipient}", "{actor} provides aid"), "AID"),
                        same, None)
    assert title == "Andes Power provides aid"


def test_two_parties_keep_the_full_title() -> None:
    two = [_a("Peru", "state", "actor"), _a("Chile", "state", "recipient")]
    title = build_title(_cue("state visit", ("{actor} {label} to {recipient}", "{label} to {recipient}")), two, None)
    assert title == "Peru state visit to Chile"


@pytest.mark.parametrize(
    ("title", "tidy"),
    [("Peru–Chile agreed Thursday", "Peru–Chile agreed"),
     ("Peru opened the new terminal on Tuesday", "Peru opened the new terminal"),
     ("Peru and Chile agreed there", "Peru and Chile agreed"),
     ("X met Y on Monday morning in Lima", "X met Y in Lima")],
)  # fmt: skip
def test_a_title_carries_no_weekday_and_no_final_there(title: str, tidy: str) -> None:
    assert tidy_title(title) == tidy


def test_a_title_opening_with_a_weekday_or_made_of_one_is_left_alone() -> None:
    assert tidy_title("Monday") == "Monday"
    assert tidy_title("Thereafter talks") == "Thereafter talks"


def test_a_past_verb_title_takes_its_complement() -> None:
    found = _claims("On 21 October 2015, Foreign Secretary Ana Maria Sanchez announced an agreement on patrols"
                    " along the border.", published=dt.date(2015, 10, 25))
    assert any(c.title.startswith("Ana Maria Sanchez announces an agreement") for c in found), [
        c.title for c in found]


def test_a_time_is_no_object_of_a_title() -> None:
    two = [_a("Peru", "state", "participant"), _a("Chile", "state", "participant")]
    cue = _cue("agreed", ("{participants} {label} {object}", "{object} {label}"), "AGREE")
    assert build_title(cue, two, "Thursday") == "Peru–Chile agreed"
    assert build_title(cue, two, "a currency swap") == "Peru–Chile agreed a currency swap"  # negative
