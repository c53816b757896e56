"""Cues, grammar and precision, session 17: the vocabulary of friction (an envoy summoned, a tariff imposed, a
condemnation told as a naming, a snapback of UN sanctions, an air strike told with its weapon as subject, a draft
resolution put to a vote, an accession approved, officials convened for talks, a deal walked out of, a leader chosen,
a programme signed, sanctions lifted) and what is none of these (a vague appeal, an indirect question, words of
support, a drill typed as a meeting).
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
    art = Article(uri=f"mem://cues-session17/{digest[:12]}", text=text, content_hash=digest, published=published)
    return extract(art).claims


def rules(text: str) -> dict[str, str]:
    """rule (without suffixes) -> PLOVER type of the claims of ``text``."""
    return {c.rule.split("+")[0]: c.event_type for c in claims(text)}


def names(c: Claim) -> set[str]:
    return {a.name for a in c.actors}


# ----------------------------------------------------------------------------- an envoy summoned: ACCUSE


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2029 Norway summoned the Brazilian ambassador to protest against the arrest of two journalists.",
        "**4 May 2030** – The Polish Foreign Ministry summons the Chilean ambassador over remarks by a consul.",
        "Relations soured in December 2029, when Oslo summoned the Mexican envoy to protest against a joint statement.",
    ],
)
def test_envoy_summoned_is_accuse(text: str) -> None:
    found = rules(text)
    assert found.get("accuse.summon") == "ACCUSE"
    assert "SANCTION" not in found.values() and "COOPERATE" not in found.values()


def test_expelled_diplomats_stay_sanction() -> None:
    found = rules("On 3 May 2029 Norway expelled two Brazilian diplomats.")
    assert "accuse.summon" not in found and "SANCTION" in found.values()


def test_summoned_witness_is_no_protest() -> None:
    assert "accuse.summon" not in rules("The court in Oslo summoned the witness on 3 May 2029.")


# ----------------------------------------------------------------------------- tariffs and duties: SANCTION


@pytest.mark.parametrize(
    "text",
    [
        "**8 June 2028** – Mexico imposes an additional 25 percent tariff on steel imported from Japan.",
        "In June 2027 Canada slapped an extra 30 percent tariff on Japanese cars.",
        "In May 2029 Argentina imposed anti-dumping duties on Brazilian steel.",
    ],
)
def test_tariff_imposed_is_sanction(text: str) -> None:
    assert rules(text).get("sanction.sanction") == "SANCTION"


def test_tariff_lifted_is_no_sanction() -> None:
    assert "sanction.sanction" not in rules("In May 2029 Argentina lifted the tariff on Brazilian steel.")


# ----------------------------------------------------------------------------- a condemnation told as a naming


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2029 Norway's foreign ministry called Chile's treatment of migrants "
        "\"a great shame for humanity\".",
        "On 2 May 2030 Egypt branded the raid a flagrant violation of international law.",
    ],
)
def test_naming_as_condemnation(text: str) -> None:
    found = rules(text)
    assert found.get("accuse.brand") == "ACCUSE"
    assert "consult.phone" not in found


def test_call_for_an_end_is_no_naming() -> None:
    assert "accuse.brand" not in rules("On 2 May 2030 Egypt called for an end to the aggression.")


def test_phone_call_to_a_possessive_title_kept() -> None:
    assert rules("On 2 May 2030 Egypt's president called Kenya's president to discuss the floods.").get(
        "consult.phone") == "CONSULT"


# ----------------------------------------------------------------------------- snapback of UN sanctions


def test_snapback_triggered() -> None:
    text = "On 3 May 2031 Spain and Italy triggered the snapback mechanism of the treaty."
    assert rules(text).get("sanction.snapback") == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "UN sanctions came back in June 2031.",
        "A week later, on 10 June 2031, UN sanctions were reimposed.",
        "He thanked Chile for rejecting what he called the illegal return of UN sanctions in September 2031.",
    ],
)
def test_sanctions_returned(text: str) -> None:
    got = [c for c in claims(text) if c.rule.split("+")[0] == "sanction.sanctions_return"]
    assert [(c.event_type, c.title) for c in got] == [("SANCTION", "UN sanctions restored")]


def test_snapback_threat_is_no_event() -> None:
    assert "sanction.snapback" not in rules("Spain warned on 3 May 2031 that it could trigger the snapback.")


# ----------------------------------------------------------------------------- an air strike, the weapon as subject


def test_bombers_hit_named_targets() -> None:
    got = [c for c in claims("On 22 June 2030 US bombers hit Tarvel and Osk.") if c.rule == "assault.air_strike"]
    assert [c.event_type for c in got] == ["ASSAULT"] and "United States" in names(got[0])


def test_prices_hit_record_is_no_strike() -> None:
    assert "assault.air_strike" not in rules("In May 2030 prices of drones hit record levels.")


# ----------------------------------------------------------------------------- a draft resolution put to a vote


@pytest.mark.parametrize(
    "text",
    [
        "A draft resolution of Chile and Argentina to extend the mission won only four votes in the Security "
        "Council on 26 September 2030.",
        "On 3 May 2030 the draft resolution of Chile and Argentina on the border was vetoed.",
    ],
)
def test_draft_resolution_is_support(text: str) -> None:
    found = rules(text)
    assert found.get("support.draft_resolution") == "SUPPORT"
    assert "COOPERATE" not in found.values()


# ----------------------------------------------------------------------------- an accession approved


@pytest.mark.parametrize(
    "text",
    [
        "17 September 2030 - The summit in Lima approves the start of Chile's accession",
        "On 4 April 2030 the leaders of the bloc approved Mongolia's membership.",
    ],
)
def test_accession_approved(text: str) -> None:
    assert rules(text).get("agree.accession_approved") == "AGREE"


def test_accession_talks_approved_is_not_accession() -> None:
    assert "agree.accession_approved" not in rules("On 4 April 2030 Norway approved accession talks with Mongolia.")


# ----------------------------------------------------------------------------- officials convened for talks


@pytest.mark.parametrize(
    "text",
    [
        "In March 2030 Italy hosted the deputy foreign ministers of Chile and Argentina for talks on the border file.",
        "Italy also convened Chilean and Argentine deputy foreign ministers in March 2030 to coordinate on the border.",
    ],
)
def test_convened_for_talks(text: str) -> None:
    got = [c for c in claims(text) if c.rule.split("+")[0] == "consult.convene"]
    assert [c.event_type for c in got] == ["CONSULT"] and "Italy" in names(got[0])


def test_convened_states_are_participants() -> None:
    got = [c for c in claims("In March 2030 Italy hosted the deputy foreign ministers of Chile and Argentina for talks "
                             "on the border file.") if c.rule.split("+")[0] == "consult.convene"]
    assert {"Italy", "Chile", "Argentina"} <= names(got[0])


def test_hosted_crowd_is_no_talks() -> None:
    assert "consult.convene" not in rules("In March 2030 Italy hosted 300 officials at the expo in Milan.")


# ----------------------------------------------------------------------------- a deal walked out of: RETREAT


def test_walked_out_of_deal_is_retreat() -> None:
    found = rules("After Spain walked out of the fisheries agreement in May 2029, Norwegian boats left.")
    assert found.get("retreat.walk_out") == "RETREAT" and "REJECT" not in found.values()


def test_walked_out_of_meeting_stays_reject() -> None:
    found = rules("Spain walked out of the meeting in Oslo on 3 May 2029.")
    assert "retreat.walk_out" not in found


# ----------------------------------------------------------------------------- a leader chosen


def test_chosen_as_office() -> None:
    assert rules("On 4 June 2029 Batbayar Enkh was chosen as Prime Minister by the parliament of Mongolia.").get(
        "cooperate.appoint") == "COOPERATE"


def test_chosen_as_venue_is_no_appointment() -> None:
    text = "In 2029 Lima was chosen as the venue of the summit of Chile and Argentina."
    assert "cooperate.appoint" not in rules(text)


# ----------------------------------------------------------------------------- a programme signed


@pytest.mark.parametrize(
    "text",
    [
        "On 9 November 2029 Chile and Argentina signed an implementation programme for the cooperation agreement.",
        "On 9 November 2029 Chile and Argentina signed a programme of cultural exchanges for 2030-2032.",
    ],
)
def test_programme_signed(text: str) -> None:
    assert rules(text).get("agree.sign") == "AGREE"


# ----------------------------------------------------------------------------- sanctions lifted: CONCEDE


def test_list_subject_lifts_sanctions() -> None:
    found = rules("16 January 2030 - Implementation Day: the UN, the EU and the US lift nuclear-related sanctions on "
                  "Belarus.")
    assert found.get("concede.ease") == "CONCEDE" and "SANCTION" not in found.values()


def test_hypothetical_lifting_is_no_event() -> None:
    assert "concede.ease" not in rules("If the US and the EU lift sanctions on Belarus in 2030, trade could double.")


# ----------------------------------------------------------------------------- precision: what is no event


@pytest.mark.parametrize(
    "text",
    [
        "On 24 September 2030 the president called for closer cooperation in logistics with Chile.",
        "On 14 February 2030 Norway called for Chile's legitimate rights and interests to be protected.",
    ],
)
def test_vague_appeal_is_no_request(text: str) -> None:
    assert "lex.request.callfor" not in rules(text)


def test_concrete_appeal_kept() -> None:
    assert rules("On 3 May 2030 Chile called for an emergency session of the Security Council.").get(
        "lex.request.callfor") == "REQUEST"


def test_indirect_question_is_no_event() -> None:
    text = ("The magazine asked Maria Ruiz, director of the Andean Institute, what is left of the partnership "
            "Chile and Argentina proclaimed in 2016.")
    assert claims(text) == []


def test_words_of_support_are_no_transfer() -> None:
    assert claims("Italy gave Spain words of support in June 2030.") == []


def test_goods_given_kept() -> None:
    assert [c.event_type for c in claims("Italy gave Spain two patrol boats in June 2030.")] == ["COOPERATE"]


def test_drill_held_is_military_cooperation() -> None:
    got = claims("In March 2030 the navies of Chile, Argentina and Brazil held the Pacific Shield 2030 exercise off "
                 "the port of Callao.")
    assert [(c.event_type, c.context) for c in got] == [("COOPERATE", "military")]


def test_delegation_brought_is_a_trip() -> None:
    got = [c for c in claims("Mario Rossi, then prime minister of Italy, went to Chile in 1985 and brought a large "
                             "business delegation with him.") if c.rule == "fallback.bring"]
    assert all(c.event_type == "CONSULT" for c in got)


# ----------------------------------------------------------------------------- a chronology's preface, a description


def test_covered_span_is_no_event() -> None:
    text = ("The chronology lists official visits, agreements and other milestones of the relationship from the "
            "recognition of Kazakhstan's independence to the beginning of 2021.")
    assert claims(text) == []


def test_span_noun_outside_a_range_kept() -> None:
    assert rules("Chile recognised the independence of Kazakhstan in December 1991.").get(
        "cooperate.recognise") == "AGREE"


def test_document_of_its_kind_is_a_description() -> None:
    assert "agree.sign" not in rules("The memorandum was one of the first documents of its kind signed between Chile "
                                     "and Argentina in 2015.")


def test_went_to_an_opening_is_attendance() -> None:
    got = [c for c in claims("President Boric went to the opening of the Beijing Olympics in 2008, when many leaders "
                             "stayed away.") if c.rule.startswith("fallback.go")]
    assert all(c.event_type == "CONSULT" for c in got)


# ----------------------------------------------------------------------------- a vote for a resolution


def test_vote_for_resolution_is_support_and_its_content_no_event() -> None:
    found = rules("9 June 2012 - Norway votes in favour of UN Security Council Resolution 2044, which imposes a "
                  "fourth round of sanctions on Belarus.")
    assert found == {"support.vote_for": "SUPPORT"}


def test_vote_to_ratify_is_no_support() -> None:
    assert "support.vote_for" not in rules("On 3 May 2012 the parliament of Chile voted to ratify the treaty.")


def test_sanction_outside_a_resolution_clause_kept() -> None:
    assert rules("On 3 May 2012 the UN Security Council imposed sanctions on Belarus.").get(
        "sanction.sanction") == "SANCTION"


# ----------------------------------------------------------------------------- joined as a member at a summit


def test_joined_as_member_at_summit_is_accession() -> None:
    found = rules("Mongolia joined the Shanghai Cooperation Organization as a full member at the Astana summit in "
                  "July 2024.")
    assert found.get("cooperate.join") == "COOPERATE" and "consult.multilateral.attend" not in found


def test_joined_leaders_at_summit_is_attendance() -> None:
    assert rules("In June 2019 Boric joined other leaders at the summit in Lima.").get(
        "consult.multilateral.attend") == "CONSULT"


def test_planned_drill_titled_by_its_name() -> None:
    got = claims("In June 2031 Chile is due to host the next Pacific Shield exercise with Argentina and Brazil.",
                 published=dt.date(2031, 1, 10))
    assert any("Pacific Shield exercise" in c.title for c in got)
