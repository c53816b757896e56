"""Cues, grammar and precision, session 18: the vocabulary of border friction (troops encamped, a standoff begun, a
disengagement ending it, a standing deployment that is no event), of investment and finance acts (a curb on
investment by rule, a platform joined, a share bought, a visa-free regime kept), of agreed formats (a mechanism
created, a counted consensus reached), of works and gatherings (work on a phase to begin, a groundbreaking item, a
pass reopened to trade, an anniversary marked by messages), and what is none of these (a gathering's venue read as
an opening, a reciprocal summary, a stance, an item of a list of figures, a yearly total).
Every sentence is written for these tests (other names, places and dates than the dev sets).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2031, 12, 20)
LEAD = "Officials of both countries met.\n\n"


def claims(text: str, published: dt.date = PUBLISHED) -> list[Claim]:
    text = LEAD + text
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(uri=f"mem://cues-session18/{digest[:12]}", text=text, content_hash=digest, published=published)
    return extract(art).claims


def rules(text: str) -> dict[str, str]:
    """rule (without suffixes) -> PLOVER type of the claims of ``text``."""
    return {c.rule.split("+")[0]: c.event_type for c in claims(text)}


def types(text: str) -> set[str]:
    return {c.event_type for c in claims(text)}


# ----------------------------------------------------------------------------- border friction: MOBILIZE, RETREAT


@pytest.mark.parametrize(
    "text",
    [
        "The crisis began in May 2029, when Argentine troops pitched tents in the Colca valley.",
        "In March 2030 Chilean soldiers erected observation posts on the ridge above the lake.",
        "On 4 June 2029 Chilean border guards dug trenches near the Tacna crossing.",
    ],
)
def test_troops_encamped_is_mobilize(text: str) -> None:
    assert rules(text).get("mobilize.encamp") == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "In May 2029 volunteers pitched tents in the Colca valley for the music festival.",
        "In March 2030 Chilean soldiers built schools in the flooded villages.",
    ],
)
def test_tents_of_others_are_no_mobilize(text: str) -> None:
    assert "mobilize.encamp" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Atacama standoff, which began on 3 March 2029 when Chilean troops blocked a patrol, lasted 40 days.",
        "A border standoff erupted on 9 October 2028 on the plateau claimed by both Chile and Argentina.",
        "On 2 September 2029, Chilean and Argentine troops faced each other at the lake.",
        "In April 2029 Argentine troops crossed the line, starting a three-week standoff with Chile.",
    ],
)
def test_military_standoff_is_mobilize(text: str) -> None:
    assert "MOBILIZE" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The budget standoff, which began on 3 March 2029 in the Chilean Congress, lasted 40 days.",
        "In April 2029 the opposition left the Argentine parliament, starting a long standoff with the cabinet.",
    ],
)
def test_political_standoff_is_no_mobilize(text: str) -> None:
    assert "mobilize.standoff" not in rules(text)


def test_standoff_with_its_end_is_one_standoff_and_a_disengagement() -> None:
    found = claims(
        "The Atacama standoff, which began on 3 March 2029 when Chilean troops blocked a Argentine patrol, lasted 40 "
        "days and ended with disengagement on 12 April 2029."
    )
    standoffs = [c for c in found if c.rule.startswith("mobilize.standoff")]
    assert len(standoffs) == 1 and standoffs[0].date.value == "2029-03-03"  # the end's day is the disengagement's


def test_standing_deployment_is_no_mobilize() -> None:
    text = "Chile and Argentina met on 3 May 2029, but troops remain deployed in large numbers on both sides."
    assert "MOBILIZE" not in types(text)


def test_deployment_told_as_an_act_stays_mobilize() -> None:
    assert "MOBILIZE" in types("On 3 May 2029 Chile deployed troops to the border with Argentina.")


# ----------------------------------------------------------------------------- a pass reopened to trade: COOPERATE


@pytest.mark.parametrize(
    "text",
    [
        "The Jama pass reopened to border trade in July 2028, forty years after it had been closed.",
        "In July 2028 Chile reopened the Chungara crossing to Argentine trucks.",
    ],
)
def test_pass_reopened_to_trade_is_cooperate(text: str) -> None:
    assert rules(text).get("cooperate.reopen_trade") == "COOPERATE"


def test_museum_reopened_to_visitors_is_no_trade_reopening() -> None:
    assert "cooperate.reopen_trade" not in rules("The Lima museum reopened to visitors in July 2028.")


# ----------------------------------------------------------------------------- a mechanism, a consensus: AGREE


@pytest.mark.parametrize(
    "text",
    [
        "In June 2027 Chile and Argentina created a mechanism of special envoys to settle the maritime boundary.",
        "The Chilean president's visit to Argentina in June 2027 established the mechanism of Special Envoys.",
    ],
)
def test_mechanism_created_is_agree(text: str) -> None:
    assert rules(text).get("agree.mechanism") == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "The mechanism created in 2003 met again in Lima in June 2027.",
        "In June 2027 Chile proposed to create a mechanism of special envoys on the border with Argentina.",
    ],
)
def test_mechanism_meeting_or_proposal_is_no_creation(text: str) -> None:
    assert "agree.mechanism" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 10 September 2029 Chile and Argentina reached a four-point consensus on the border.",
        "The four-point consensus that Chile and Argentina reached on 10 September 2029 called for a pull-back.",
    ],
)
def test_counted_consensus_is_agree(text: str) -> None:
    assert rules(text).get("agree.consensus") == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "On 10 September 2029 Chile and Argentina failed to reach a four-point consensus on the border.",
        "On 10 September 2029 Chile and Argentina reached consensus on many issues of trade.",
    ],
)
def test_failed_or_vague_consensus_is_no_agreement(text: str) -> None:
    assert "agree.consensus" not in rules(text)


# ----------------------------------------------------------------------------- investment and finance


def test_investment_curb_by_rule_is_sanction() -> None:
    text = (
        "In April 2030 Chile's finance ministry issued Decree 12, requiring government approval for any investment "
        "from Argentina."
    )
    assert rules(text).get("sanction.investment_screen") == "SANCTION"


def test_investment_welcomed_is_no_curb() -> None:
    text = "In April 2030 Chile issued new guidelines welcoming investment from Argentina."
    assert "sanction.investment_screen" not in rules(text) and "SANCTION" not in types(text)


def test_platform_joined_is_cooperate() -> None:
    text = "The Chilean central bank joined the Andes payment project as a full participant in June 2029."
    assert rules(text).get("cooperate.join_project") == "COOPERATE"


def test_project_team_joined_is_no_accession() -> None:
    assert "cooperate.join_project" not in rules("In June 2029 Chile's envoy joined the project team in Lima.")


def test_share_bought_without_stake_is_acquisition() -> None:
    text = "On 4 May 2029 Codelco bought 10 percent of Antamina Mining, the Argentine miner."
    assert rules(text).get("cooperate.acquire") == "COOPERATE"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2029 Argentina extended visa-free entry for Chilean citizens until 2031.",
        "On 3 June 2029 Argentina said that visa-free entry for Chilean tourists had been extended by a year.",
    ],
)
def test_visa_free_regime_kept_is_cooperate(text: str) -> None:
    assert rules(text).get("cooperate.visa_extended") == "COOPERATE"


def test_visa_free_state_is_no_extension() -> None:
    assert "cooperate.visa_extended" not in rules("Chileans have enjoyed visa-free entry to Argentina since 2019.")


# ----------------------------------------------------------------------------- works, items, anniversaries


def test_work_on_a_phase_to_begin_is_a_planned_start() -> None:
    found = [c for c in claims("Work on the second phase of the Arica port is scheduled to begin in March 2030.")
             if c.rule.startswith("cooperate.start")]
    assert found and found[0].status == "planned"


def test_work_on_a_report_is_no_construction() -> None:
    assert "cooperate.start" not in rules("Work on the report began in March 2030, the Chilean ministry said.")


def test_groundbreaking_item_is_cooperate() -> None:
    text = "**Spring 2030** - Groundbreaking of the Chile-Argentina logistics park at Tacna, according to the ministry."
    assert rules(text).get("cooperate.groundbreaking") == "COOPERATE"


def test_groundbreaking_adjective_is_no_groundbreaking() -> None:
    text = "**May 2030** - Groundbreaking research on Andean glaciers by Chilean scientists was published."
    assert "cooperate.groundbreaking" not in rules(text)


def test_anniversary_marked_by_messages_is_consult() -> None:
    found = claims(
        "Chile and Argentina marked the 30th anniversary of relations on 4 May 2029, with messages exchanged "
        "between the presidents."
    )
    msg = [c for c in found if c.rule.startswith("consult.anniversary_messages")]
    assert msg and msg[0].event_type == "CONSULT" and {"Chile", "Argentina"} <= {a.name for a in msg[0].actors}


def test_anniversary_marked_otherwise_stays_anniversary() -> None:
    found = rules("Chile and Argentina marked the 30th anniversary of relations on 4 May 2029 with a concert in Lima.")
    assert "consult.anniversary_messages" not in found and "cooperate.anniversary" in found


# ----------------------------------------------------------------------------- precision


def test_venue_of_a_gathering_is_no_opening() -> None:
    assert "cooperate.open_facility" not in rules("The Andean Summit opened in the Grand Palace of Lima on 4 May 2029.")


def test_named_centre_opened_stays_an_opening() -> None:
    assert "cooperate.open_facility" in rules("On 4 May 2029 Chile opened the Pacific Studies Centre in Lima.")


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, Chile and Argentina supported each other in the fight against the floods.",
        "Argentine diplomats backed a Kurdish state on 4 May 2029.",
        "On 4 May 2029 Chilean leaders backed the one-Argentina principle.",
    ],
)
def test_reciprocal_summary_and_stance_are_no_events(text: str) -> None:
    assert "SUPPORT" not in types(text) and "COOPERATE" not in types(text)


def test_backing_a_bid_stays_support() -> None:
    assert "SUPPORT" in types("On 4 May 2029 Chile backed Argentina's bid to host the 2031 Games.")


def test_figure_label_item_is_no_event() -> None:
    text = "3. NUMBERS OF THE WEEK\n\n- 21: agreements signed in Lima this week.\n- $4.2 billion: trade in 2028."
    assert "AGREE" not in types(text)


def test_dated_item_stays_an_event() -> None:
    assert "AGREE" in types("- 12 May 2029: Chile and Argentina signed a trade agreement in Lima.")


def test_signings_at_an_occasion_are_one_event() -> None:
    text = (
        "When the Chilean president attended the Pacific Forum in Lima in April 2029, Chilean and Argentine companies "
        "signed ten agreements worth about 800 million US dollars."
    )
    assert "AGREE" in types(text)


def test_yearly_total_of_signings_stays_a_statistic() -> None:
    assert "AGREE" not in types("Chilean companies signed new contracts worth $1.1 billion in Argentina in 2029.")


# ----------------------------------------------------------------------------- coordinated gatherings


@pytest.mark.parametrize(
    "text",
    [
        "In May 2029 Santiago hosted the first Chile-Andean States Summit and the first Chile-Pacific Summit.",
        "On 9 May 2029 the Argentine president attended the Chile-Andean States Summit and the Chile-Pacific Summit.",
    ],
)
def test_two_coordinated_summits_are_two_gatherings(text: str) -> None:
    found = [c for c in claims(text) if c.rule.startswith("consult.multilateral")]
    titles = " | ".join(c.title for c in found)
    assert len(found) == 2 and "Andean" in titles and "Pacific Summit" in titles
    assert not any("Andean" in c.title and "Pacific" in c.title for c in found)


def test_summit_and_a_meeting_stay_one_gathering() -> None:
    text = "On 9 May 2029 the Argentine president attended the Chile-Pacific Summit and met the Chilean president."
    assert len([c for c in claims(text) if c.rule.startswith("consult.multilateral")]) == 1


# ----------------------------------------------------------------------------- a reported future


def test_reported_future_with_a_long_subject_is_told() -> None:
    text = (
        "Chile said earlier this month that Argentine, Brazilian and Mexican passport holders would keep visa-free "
        "entry for another year."
    )
    assert rules(text).get("cooperate.visa_extended") == "COOPERATE"


def test_reported_condition_stays_hypothetical() -> None:
    text = "On 3 May 2029 Chile said that if the talks failed, its troops would be deployed to the border."
    assert "MOBILIZE" not in types(text)


# ----------------------------------------------------------------------------- a pilgrimage across the border


@pytest.mark.parametrize(
    "text",
    [
        "The Andes Cross Yatra will be conducted in June 2030 with a larger number of pilgrims.",
        "In July 2029 the Copacabana pilgrimage resumed after a three-year pause, Chilean officials said.",
    ],
)
def test_pilgrimage_held_is_cooperate(text: str) -> None:
    assert rules(text).get("cooperate.pilgrimage") == "COOPERATE"


def test_habitual_pilgrims_are_no_pilgrimage_event() -> None:
    assert "cooperate.pilgrimage" not in rules("Chilean pilgrims visit the Copacabana shrine every year since 1990.")


# ----------------------------------------------------------------------------- a vehicle's relative clause


def test_vehicle_relative_clause_is_skipped_for_the_main_verb() -> None:
    from timeline.extract.events import find_cue_matches, load_cues

    text = (
        "A container train loaded with 40 wagons of Chilean copper, which departed from Antofagasta on May 3, arrived "
        "at the port of Rosario on Monday."
    )
    found = [m for m in find_cue_matches(text, 0, len(text), load_cues()) if m.cue.id == "cooperate.transport.run"]
    assert [text[m.start : m.end] for m in found] == ["arrived at"]


def test_vehicle_main_verb_without_relative_clause_stays() -> None:
    from timeline.extract.events import find_cue_matches, load_cues

    text = "The first container train departed from Antofagasta on 3 May 2029."
    found = [m for m in find_cue_matches(text, 0, len(text), load_cues()) if m.cue.id.startswith("cooperate.transport")]
    assert found and text[found[0].start : found[0].end].startswith("departed")


@pytest.mark.parametrize(
    "text",
    [
        "The minister is scheduled to leave Tashkent today for Bishkek, the second stop of a tour.",
        "The president will leave Astana tomorrow for Ankara.",
        "The envoy left Ankara on Friday for Tbilisi.",
    ],
)
def test_a_trip_leg_with_its_day_is_no_event(text: str) -> None:
    """Session 18 (lead): leaving one capital for another, with the leg's day between, is part of a visit."""
    assert not [c for c in claims(text) if c.rule.startswith("fallback.")]
