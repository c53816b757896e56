"""Event extraction on hand-written sentences (not taken from the seeds): cues, dates, roles, status."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
import yaml

from timeline.extract.events import (
    CueError,
    extract_claims,
    keywords_of,
    load_cues,
    main_pair,
    parse_cues,
)
from timeline.extract.types import Article, Claim

actors_mod = pytest.importorskip("timeline.extract.actors")
dates_mod = pytest.importorskip("timeline.extract.dates")
from timeline.extract.sentences import split_sentences  # noqa: E402

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT", "ACCUSE",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def run(text: str, published: dt.date | None = dt.date(2025, 3, 1), pair: bool = False) -> list[Claim]:
    art = Article(uri="mem://t", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                  published=published)
    dictionary = actors_mod.ActorDictionary.default()
    mentions = dictionary.find(text)
    return extract_claims(
        art, split_sentences(text), dates_mod.tag_dates(text, reference=published), dictionary,
        pair=main_pair(mentions, min_count=1) if pair else None, states=mentions,
    )


def names(claim: Claim, role: str) -> set[str]:
    return {a.name for a in claim.actors if a.role == role}


# ------------------------------------------------------------------ cue dictionary


def test_cue_dictionary_is_valid_plover() -> None:
    cues = load_cues()
    assert len(cues.cues) >= 25
    assert {c.type for c in cues.cues} <= PLOVER
    assert len({c.id for c in cues.cues}) == len(cues.cues)
    assert {c.mode for c in cues.cues if c.type == "CONSULT"} >= {"visit", "phone", "multilateral"}


def test_cue_dictionary_errors_are_clear(tmp_path) -> None:
    with pytest.raises(CueError, match="cues"):
        parse_cues({"nothing": 1})
    with pytest.raises(CueError, match="bad pattern"):
        parse_cues({"cues": [{"id": "x", "type": "AGREE", "patterns": ["(unclosed"]}]})
    with pytest.raises(CueError, match="duplicate"):
        parse_cues(yaml.safe_load("cues: [{id: a, type: AGREE, patterns: [x]}, {id: a, type: AGREE, patterns: [y]}]"))
    with pytest.raises(CueError, match="cannot read"):
        load_cues(tmp_path / "missing.yaml")


# ------------------------------------------------------------------ visits and actors by date


def test_visit_actor_resolved_by_claim_date() -> None:
    claims = run("President Aliyev paid an official visit to Turkey in 1994.")
    (c,) = claims
    assert (c.event_type, c.mode, c.date.value) == ("CONSULT", "visit", "1994")
    assert names(c, "actor") == {"Heydar Aliyev"}
    assert names(c, "recipient") == {"Turkey"}
    assert c.title == "Heydar Aliyev official visit to Turkey"
    later = run("President Aliyev paid an official visit to Turkey in 2012.")
    assert names(later[0], "actor") == {"Ilham Aliyev"}


def test_visit_to_capital_makes_the_state_the_host() -> None:
    (c,) = run("In May 2016 President Ilham Aliyev visited Tehran.")
    assert names(c, "actor") == {"Ilham Aliyev"}
    assert "Iran" in names(c, "recipient") | names(c, "location") or "Tehran" in names(c, "location")


def test_coordinated_dates_give_one_claim_each() -> None:
    claims = run("The Georgian prime minister paid official visits to Baku twice - in May 2006 and in October 2011.")
    assert sorted(c.date.value for c in claims) == ["2006-05", "2011-10"]
    assert all(c.mode == "visit" for c in claims)


def test_list_of_events_gives_one_claim_per_item_with_named_objects() -> None:
    text = ("President Ilham Aliyev travelled abroad to attend the Vienna Energy Forum in June 2010, "
            "to attend the Fifth Caspian Summit in August 2018, and to take part in the Paris Peace Forum "
            "in November 2019.")
    claims = run(text)
    got = {c.date.value: c.named_object for c in claims}
    assert got == {"2010-06": "Vienna Energy Forum", "2018-08": "Fifth Caspian Summit",
                   "2019-11": "Paris Peace Forum"}
    assert all(c.mode == "multilateral" and names(c, "actor") == {"Ilham Aliyev"} for c in claims)


def test_date_of_a_visit_frame_is_shared_by_the_signing() -> None:
    text = ("During his state visit to Ankara on March 3-5, 2019, President Ilham Aliyev signed a "
            "Joint Declaration with Turkey.")
    claims = run(text)
    kinds = {(c.event_type, c.date.value) for c in claims}
    assert kinds == {("CONSULT", "2019-03-03/2019-03-05"), ("AGREE", "2019-03-03/2019-03-05")}


def test_unknown_titled_person_is_kept_as_actor() -> None:
    (c,) = run("Foreign Minister Jonas Petrauskas visited Azerbaijan on 12 May 2021.")
    doer = next(a for a in c.actors if a.role == "actor")
    assert doer.name == "Jonas Petrauskas" and doer.known is False
    assert names(c, "recipient") == {"Azerbaijan"}


# ------------------------------------------------------------------ other cue families


def test_signing_between_two_states_has_participants_and_named_object() -> None:
    text = 'On 14 June 2022, Kazakhstan and Uzbekistan signed the "Treaty on Allied Relations" in Tashkent.'
    (c,) = run(text)
    assert c.event_type == "AGREE" and c.date.value == "2022-06-14"
    assert names(c, "participant") == {"Kazakhstan", "Uzbekistan"}
    assert c.named_object == "Treaty on Allied Relations"
    assert "Tashkent" in names(c, "location")
    assert c.title == "Kazakhstan–Uzbekistan Treaty on Allied Relations signed"


def test_phone_call_and_meeting() -> None:
    (call,) = run("Recep Tayyip Erdogan and Vladimir Putin held a phone conversation on 3 March 2022.")
    assert (call.event_type, call.mode, call.date.value) == ("CONSULT", "phone", "2022-03-03")
    (meet,) = run("The foreign ministers of Turkey and Greece met in Astana on 8 December 2023.")
    assert meet.event_type == "CONSULT" and "Astana" in names(meet, "location")
    assert names(meet, "participant") >= {"Turkey", "Greece"}


def test_established_relations_use_the_article_pair_for_the_two_countries() -> None:
    text = ("Azerbaijan and Japan are close partners. Since the establishment of diplomatic relations on "
            "September 7, 1992, trade between the two countries has grown.")
    claims = run(text, pair=True)
    (c,) = [c for c in claims if c.rule.startswith("agree.relations")]
    assert c.date.value == "1992-09-07" and c.event_type == "AGREE"
    assert names(c, "participant") == {"Azerbaijan", "Japan"}
    assert c.title == "Diplomatic relations established between Azerbaijan and Japan"


def test_anniversary_implies_the_original_year_and_a_planned_commemoration() -> None:
    text = ("Azerbaijan and Japan are close partners. The two countries will mark the 25th anniversary of "
            "the establishment of diplomatic relations in 2017.")
    claims = run(text, published=dt.date(2016, 5, 1), pair=True)
    by_rule = {c.rule: c for c in claims}
    assert by_rule["agree.relations+anniversary"].date.value == "1992"
    commemoration = by_rule["agree.relations+commemoration"]
    assert commemoration.date.value == "2017" and commemoration.status == "planned"


def test_opening_and_first_train() -> None:
    (opened,) = run("In April 2021, the Trade House of Georgia was opened in the city of Shanghai.")
    assert opened.event_type == "COOPERATE" and opened.named_object == "Trade House of Georgia"
    (train,) = run("The first freight train departed on 1 July 2024.")
    assert train.event_type == "COOPERATE" and train.context == "transport"
    assert train.date.value == "2024-07-01"


# ------------------------------------------------------------------ dates across sentences


def test_date_only_lead_sentence_dates_the_next_event() -> None:
    text = ("On March 9th, an important event took place. Armenia and Georgia signed a Memorandum on "
            "Energy Cooperation.")
    (c,) = run(text, published=None)
    assert c.date.value == "XXXX-03-09"
    assert c.quote == text and c.start == 0 and c.rule.endswith("+lead-date")


def test_as_part_of_the_visit_borrows_the_visit_date_without_a_second_visit() -> None:
    text = ("The Azerbaijani president's official visit to Italy in June 2009 was very successful. As part of "
            "the visit, Azerbaijan and Italy signed a memorandum on tourism.")
    claims = run(text)
    assert sum(c.mode == "visit" for c in claims) == 1
    (sign,) = [c for c in claims if c.event_type == "AGREE"]
    assert sign.date.value == "2009-06" and sign.quote == text
    assert sign.title.endswith("memorandum signed")


def test_quote_is_the_exact_source_text() -> None:
    text = "Intro line.\n\nTurkey and Qatar signed a defence agreement on 2 December 2020 in Doha. Nothing else."
    (c,) = run(text)
    assert text[c.start : c.end] == c.quote
    assert c.quote.startswith("Turkey") and c.quote.endswith("Doha.")
    assert len(c.title) < len(c.quote)


# ------------------------------------------------------------------ status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Caspian summit will be held in Baku in October 2030.", "planned"),
        ("Serial production of the trucks is planned to commence in 2027 under the contract signed by Kazakhstan.",
         "planned"),
        ("According to media reports, the foreign ministers of Iran and Iraq met in Baghdad on 3 March 2023.",
         "reported"),
        ("The foreign ministers of Iran and Iraq met in Baghdad on 3 March 2023.", "occurred"),
    ],
)
def test_status(text: str, status: str) -> None:
    claims = run(text)
    assert claims and claims[0].status == status


def test_future_date_means_planned_relative_to_publication() -> None:
    (c,) = run("Presidents of Turkey and Hungary meet in Budapest on 20 May 2025.", published=dt.date(2025, 5, 1))
    assert c.status == "planned"


# ------------------------------------------------------------------ negatives


@pytest.mark.parametrize(
    "text",
    [
        "Turkey always supports the initiatives of its partners.",
        "Relations between the two states are based on mutual respect and trust.",
        "The year 2010 was difficult for the regional economy.",
        "Exports to Italy reached $3 billion in 2019 and $3.5 billion in 2020.",
        "Georgia did not sign the agreement in 2020.",
        "If Armenia signed the treaty in 2030, the region would change.",
        "The new terminal was meeting the requirements of 2021 standards.",
        'He said: "Today we will sign the agreement with Georgia."',
        "08 July 2024 - 17:20\n\nPoland, Ukraine ink long-term security agreement",
        "The summit was a success.",
    ],
)
def test_no_event(text: str) -> None:
    assert run(text) == []


def test_past_tense_cue_does_not_take_a_future_date_from_its_neighbour() -> None:
    text = "As part of EXPO 2030, scheduled for October 2030 in Riyadh, an order has been placed for 40 trams."
    claims = run(text, published=dt.date(2025, 1, 1))
    assert all(c.status == "planned" for c in claims)
    assert not any(c.rule.startswith("cooperate.order") for c in claims)


# ------------------------------------------------------------------ keywords


def test_keywords_meet_across_wordings() -> None:
    a = keywords_of("Joint Declaration on Establishing a Strategic Partnership")
    b = keywords_of("Declaration on the Establishment of a Strategic Partnership")
    assert {"declaration", "establish", "strategic", "partnership"} <= a & b
    assert "the" not in a and "on" not in b
