"""Cues, grammar and precision, session 15: talks told as the occasion of a signing ("After talks in X on DATE"), a
state made a stop of a leader's tour, a reception given told in a reduced relative, a PDF's footnote marker glued to
the full stop, a ceremony "that launched construction"; and what is none of these: an abstract's self-description
("This article traces ..."), a quantified class of documents ("many such documents"), a metaphorical new stage, an
undated wish ("at a mutually convenient time", "at an early date"), a completion inside a forecast's as-clause, past
aid told as the reason for thanks, companies of a state at a fair, a date of a since-clause with its own verb.
Every sentence is written for these tests (other names, places and dates than the dev sets).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.sentences import split_sentences
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2024, 5, 20)
LEAD = "Officials of both countries met.\n\n"


def claims(text: str, published: dt.date = PUBLISHED) -> list[Claim]:
    text = LEAD + text
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(uri=f"mem://cues-session15/{digest[:12]}", text=text, content_hash=digest, published=published)
    return extract(art).claims


def by_rule(text: str, rule: str, published: dt.date = PUBLISHED) -> list[Claim]:
    return [c for c in claims(text, published) if c.rule.split("+")[0] == rule]


def names(c: Claim) -> set[str]:
    return {a.name for a in c.actors}


# ----------------------------------------------------------------------------- recall


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("After talks in Hanoi on 3 September 2013 the presidents of Chile and Vietnam signed a joint "
         "declaration.",
         "2013-09-03"),
        ("Chile and Vietnam signed a visa agreement following bilateral talks in Santiago on 5 May 2014.",
         "2014-05-05"),
    ],
)
def test_talks_told_as_the_occasion_of_a_signing(text: str, date: str) -> None:
    talks = by_rule(text, "consult.meeting")
    assert [c.date.value for c in talks] == [date]
    assert {"Chile", "Vietnam"} <= names(talks[0])
    assert [c.date.value for c in by_rule(text, "agree.sign")] == [date]


def test_definite_talks_after_are_told_before() -> None:
    text = ("Chile's foreign minister arrived in Hanoi on 2 May 2014. After the talks in Hanoi on 3 May, Chile and "
            "Vietnam signed a visa agreement.")
    assert not [c for c in by_rule(text, "consult.meeting") if c.date.value == "2014-05-03"]


def test_a_state_made_a_stop_of_a_leaders_presidency() -> None:
    text = "In June 2013 Xi Jinping made Vietnam one of the first stops of his presidency."
    found = by_rule(text, "consult.visit.travel")
    assert [c.date.value for c in found] == ["2013-06"]
    assert {"Xi Jinping", "Vietnam"} <= names(found[0])


def test_a_stop_of_goods_is_no_visit() -> None:
    text = "Vietnam made Chile the first stop for its coffee exports in 2017."
    assert not by_rule(text, "consult.visit.travel")


def test_reception_given_told_in_a_reduced_relative() -> None:
    text = ("What struck me was the reception the Vietnamese embassy gave last week in Santiago for Chile's "
            "minister.")
    found = by_rule(text, "consult.receive")
    assert [c.date.value for c in found] == ["2024-05-13/2024-05-19"]
    assert not [c for c in claims(text) if c.rule.startswith("fallback")]


def test_footnote_marker_after_the_full_stop_ends_the_sentence() -> None:
    text = "He signed a joint communique in May 1993.(2) A second visit followed in 1998."
    assert [s.text for s in split_sentences(text)] == [
        "He signed a joint communique in May 1993.(2)", "A second visit followed in 1998."]


def test_footnoted_signing_keeps_its_own_date() -> None:
    text = ("President Gabriel Boric made his first trip to Hanoi in November 2022, where he signed a joint "
            "communique\non trade with Vietnam.(2) A second visit followed in 2024.")
    assert [c.date.value for c in by_rule(text, "agree.sign")] == ["2022-11"]


def test_attending_the_ceremony_that_launched_construction_is_the_start() -> None:
    text = ("At the end of August 2019 Xi Jinping attended the ceremony that launched construction of the Vietnamese "
            "section of the railway at Lao Cai.")
    assert not by_rule(text, "consult.multilateral.attend")


# ----------------------------------------------------------------------------- precision


def test_an_abstract_that_traces_milestones_tells_no_signing() -> None:
    text = ("Abstract: Chile has become a partner of Vietnam. This article traces the milestones of the relationship "
            "from recognition in 1990 to the signing of the Free Trade Agreement, and argues that trade has grown.")
    assert not by_rule(text, "agree.sign")


def test_many_such_documents_are_no_signing() -> None:
    text = ("On 3 April 2006 Chile and Vietnam signed a trade agreement. The Chilean leader had signed many such "
            "documents with many partners.")
    assert len(by_rule(text, "agree.sign")) == 1


def test_a_new_stage_opened_is_a_metaphor() -> None:
    text = "Xi Jinping's state visit to Hanoi in November 2011 opened a new stage."
    assert not [c for c in claims(text) if c.rule.startswith("cooperate.open")]


def test_a_new_phase_of_a_project_still_opens() -> None:
    text = "In May 2019 Vietnam launched a new phase of the Lao Cai railway project."
    assert [c for c in claims(text) if c.rule.startswith("cooperate.open")]


@pytest.mark.parametrize(
    "text",
    [
        ("Chile's president received Vietnam's foreign minister on 5 May 2025. The president reiterated his invitation "
         "to President Vo Van Thuong to pay a state visit to Chile at a mutually convenient time."),
        ("Vietnam's minister met Chile's minister in August 2025. Vietnam hopes that Chile and Peru will sign the "
         "agreement at an early date."),
    ],
)
def test_an_undated_wish_is_no_planned_event(text: str) -> None:
    found = claims(text)
    assert not [c for c in found if c.rule.startswith(("consult.visit", "agree.sign"))]


def test_a_completion_in_a_forecasts_as_clause_is_no_event() -> None:
    text = ("The railway from Chile to Bolivia opened in 2010. Exports are expected to rise gradually to full capacity "
            "as a second line of the railway is completed.")
    assert not by_rule(text, "cooperate.complete")


def test_completion_told_as_news_stays() -> None:
    text = "The second line of the railway from Chile to Bolivia was completed in March 2012."
    assert by_rule(text, "cooperate.complete") or [c for c in claims(text) if c.rule.startswith("cooperate.open")]


def test_thanks_for_past_aid_without_a_date_is_no_aid_event() -> None:
    text = ("President Boric of Chile paid a state visit to Vietnam on 4 May 2023. He expressed gratitude for the "
            "assistance Vietnam provided to Chile, including vaccines, during the pandemic.")
    assert not [c for c in claims(text) if c.event_type == "AID"]


def test_thanks_for_dated_aid_keeps_the_aid() -> None:
    text = "He expressed gratitude for the assistance Vietnam provided to Chile in March 2020."
    assert [c.date.value for c in claims(text)] == ["2020-03"]


def test_companies_of_a_state_at_a_fair_are_no_participation_of_the_state() -> None:
    text = ("In September we opened the Chile Trade House in Hanoi, and Chilean companies took part in the Vietnam "
            "Import Expo in Hanoi this month.")
    assert not by_rule(text, "consult.multilateral.attend")


def test_a_delegation_at_a_fair_still_takes_part() -> None:
    text = "A Chilean government delegation took part in the Vietnam Import Expo in Hanoi in May 2023."
    assert by_rule(text, "consult.multilateral.attend")


def test_since_clause_with_a_verb_dates_neither_the_visit_nor_the_next_clause() -> None:
    text = ("Chile's President Boric noted that this was his first state visit to Vietnam since he took office as "
            "president in March 2022, and congratulated President Vo Van Thuong on his election.")
    found = claims(text)
    assert not [c for c in found if c.date.value == "2022-03" and not c.rule.startswith("cooperate.appoint")]


def test_first_visit_since_a_bare_date_still_tells_the_earlier_visit() -> None:
    text = "Xi Jinping paid his first state visit to Vietnam since May 2019 in March 2024."
    assert "2024-03" in {c.date.value for c in by_rule(text, "consult.visit.paid")}


# ----------------------------------------------------------------------------- later additions


def test_a_donation_told_as_an_item_gets_its_own_month() -> None:
    text = ("We are also working together. In 2021 Vietnam delivered several batches of vaccines to Laos, including a "
            "donation of 300,000 doses in October.")
    assert "2021-10" in {c.date.value for c in claims(text) if c.event_type == "AID"}


def test_a_visit_named_by_its_month_is_told_before() -> None:
    text = ("Xi Jinping paid a state visit to Vietnam in April 2023. The first meeting of the new Vietnam-China "
            "Committee, agreed during the April visit, is scheduled for the first half of 2025.")
    assert not [c for c in claims(text) if c.rule.startswith("consult.visit") and "visit" not in c.quote[:60]
                and "agreed during" in c.quote]


def test_an_interviewers_bold_prompt_gives_no_fallback_event() -> None:
    text = ("**INTERVIEWER: What about trade?**\n\n**Nguyen:** Trade grew.\n\n"
            "**INTERVIEWER: President Boric was in Vietnam again this summer.**\n\n"
            "**Nguyen:** Yes, at the end of August President Boric attended the APEC summit in Da Nang.")
    assert not [c for c in claims(text) if c.rule.startswith("fallback") and "again" in c.quote]
