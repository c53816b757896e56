"""Scope rules of the event extractor: which clause a modal, a date or a name belongs to.

Every sentence here is written for the test (none comes from a gold file). A small cue dictionary of
the test's own keeps the tests independent of the shipped ``cues.yaml``; dates and actors come from the
real tagger and actor dictionary.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

import pytest

from timeline.extract.events import CueSet, extract_claims, main_pair, parse_cues
from timeline.extract.types import Article, Claim

actors_mod = pytest.importorskip("timeline.extract.actors")
dates_mod = pytest.importorskip("timeline.extract.dates")
from timeline.extract.sentences import split_sentences  # noqa: E402

AUX = r"(?:(?:is|are|was|were|has\s+been|had\s+been|will\s+be|would\s+be)\s+)"
CUES = parse_cues({
    "cues": [
        {"id": "t.protest", "type": "PROTEST", "label": "protest", "roles": "subject",
         "patterns": [r"\b(?P<v>protested|took\s+to\s+the\s+streets)\b"]},
        {"id": "t.sign", "type": "AGREE", "label": "signing", "roles": "symmetric",
         "patterns": [r"\b(?P<v>signed|sign)\s+(?:an?\s+|the\s+)?(?P<obj>treaty|accord|memorandum)\b"]},
        {"id": "t.build", "type": "COOPERATE", "label": "started", "roles": "subject", "thing": True,
         "patterns": [r"\b(?P<obj>construction\s+of\s+(?:[\w'-]+\s+){0,4}?)(?:[^.;!?]){0,80}?\b(?P<v>"
                      + AUX + r"launched)\b"]},
        {"id": "t.election", "type": "COOPERATE", "label": "election", "roles": "subject",
         "patterns": [r"\b(?P<v>election\s+" + AUX + r"?held)\b"]},
        {"id": "t.veto", "type": "REJECT", "label": "veto", "roles": "subject",
         "patterns": [r"\b(?P<v>vetoed|overrode)\b"]},
    ],
})


def claims_by_paragraph(text: str, cues: CueSet, published: dt.date | None) -> list[Claim]:
    """Claims of ``text`` with ``cues`` (one paragraph per blank-line block, as the pipeline tags body spans)."""
    art = Article(uri="mem://s", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                  published=published)
    dictionary = actors_mod.ActorDictionary.default()
    mentions = dictionary.find(text)
    spans, pos = [], 0
    for para in text.split("\n\n"):
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    dates = [replace(d, start=d.start + s, end=d.end + s)
             for s, e in spans for d in dates_mod.tag_dates(text[s:e], reference=published)]
    return extract_claims(art, split_sentences(text, spans), dates, dictionary,
                          cues=cues, pair=main_pair(mentions), states=mentions)


def run(text: str, published: dt.date | None = dt.date(2024, 5, 20)) -> list[Claim]:
    return claims_by_paragraph(text, CUES, published)


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [(c.rule, c.title, c.date.value) for c in claims]
    return claims[0]


# ------------------------------------------------------------------ modals and conditions


def test_modal_of_an_earlier_comma_clause_does_not_block_the_main_verb() -> None:
    text = ("Mongolia sells land. In 2016, when word spread that foreign firms would be allowed to buy farmland, "
            "farmers protested in Ulaanbaatar.")
    c = only(run(text))
    assert (c.event_type, c.date.value) == ("PROTEST", "2016")


@pytest.mark.parametrize(
    "text",
    [
        "Officials warned in 2016 that farmers could have protested in Ulaanbaatar.",
        "If prices rise, farmers took to the streets in Ulaanbaatar in 2016, officials fear.",
    ],
)
def test_modal_of_the_cue_clause_or_a_condition_still_blocks(text: str) -> None:
    assert run(text) == []


def test_would_be_held_is_not_a_past_tense() -> None:
    """'would be held on June 28': a year-less date after publication stays in the coming June."""
    c = only(run("Iran's leaders agreed on Monday that the election would be held on June 28."))
    assert c.date.value == "2024-06-28"


def test_plain_past_still_moves_a_future_day_to_the_last_year() -> None:
    c = only(run("Iran's election was held on June 28, officials said."))
    assert c.date.value == "2023-06-28"


# ------------------------------------------------------------------ relative clauses


def test_date_of_a_prepositional_relative_clause_is_not_the_cue_date() -> None:
    text = ("In March 2021, Georgia and Armenia signed a memorandum under which Armenia aims to build "
            "a new road by 2030.")
    c = only(run(text))
    assert c.date.value == "2021-03" and c.status == "occurred"


def test_plain_which_clause_may_still_date_the_noun() -> None:
    c = only(run("Georgia and Armenia signed a memorandum on 4 May 2021, which opened the border."))
    assert c.date.value == "2021-05-04"


def test_names_inside_a_relative_clause_of_the_cue_are_not_parties() -> None:
    text = ("In 2015, construction of the Line X pipeline, which would cross Uzbekistan, Tajikistan and "
            "Kyrgyzstan, was launched near Dushanbe.")
    c = only(run(text))
    assert c.date.value == "2015"
    assert not {"Uzbekistan", "Kyrgyzstan"} & {a.name for a in c.actors if a.role != "location"}


# ------------------------------------------------------------------ parties from context

MORE = parse_cues({
    "cues": [
        {"id": "t.leave", "type": "RETREAT", "label": "withdrawal", "roles": "subject",
         "patterns": [r"\b(?P<v>(?:\w+\s+){0,1}left)\b"]},
        {"id": "t.declare", "type": "AGREE", "label": "declared", "roles": "directed",
         "patterns": [r"\b(?P<v>declared|proclaimed|raise\s+relations)\b"]},
        {"id": "t.visit", "type": "CONSULT", "mode": "visit", "label": "visit", "person": True,
         "patterns": [r"\b(?P<v>pays?\s+a\s+(?:state\s+)?visit|travelled)\s+to\b"]},
        {"id": "t.ratify", "type": "AGREE", "label": "ratification", "roles": "subject",
         "patterns": [r"\b(?P<v>ratified|voted\s+to\s+ratify)\b"]},
        {"id": "t.attack", "type": "ASSAULT", "label": "offensive", "roles": "subject",
         "patterns": [r"\b(?P<v>launched\s+an\s+offensive)\b"]},
    ],
})


def run_more(text: str, published: dt.date | None = dt.date(2024, 5, 20)) -> list[Claim]:
    return claims_by_paragraph(text, MORE, published)


def test_definite_plural_subject_of_a_cue_takes_the_state_named_before() -> None:
    text = ("Turkish peacekeepers patrolled the valley for years. The peacekeepers themselves left in "
            "March 2023, ahead of schedule.")
    c = only(run_more(text))
    assert c.date.value == "2023-03" and {a.name for a in c.actors if a.role == "actor"} == {"Turkey"}


def test_definite_plural_subject_without_a_named_antecedent_gives_nothing() -> None:
    assert run_more("The peacekeepers themselves left in March 2023, ahead of schedule.") == []


def test_agentless_passive_agreement_in_a_bilateral_story_is_the_pairs() -> None:
    text = ("Kazakhstan and Mongolia are neighbours of sorts. Mongolia buys grain from Kazakhstan. "
            "A strategic partnership was declared in 2014.")
    c = only(run_more(text))
    assert c.date.value == "2014" and {a.name for a in c.actors} == {"Kazakhstan", "Mongolia"}


def test_passive_agreement_with_an_agent_keeps_the_agent() -> None:
    text = ("Kazakhstan and Mongolia are neighbours of sorts. Mongolia buys grain from Kazakhstan. "
            "A strategic partnership was declared by Turkey in 2014.")
    c = only(run_more(text))
    assert "Mongolia" not in {a.name for a in c.actors}


# ------------------------------------------------------------------ dates from context


def test_chronology_historical_present_continues_the_entry_date() -> None:
    text = ("Kazakhstan and Mongolia.\n\n- **March 2019** - Mongolian President Khaltmaagiin Battulga pays a "
            "state visit to Kazakhstan. Battulga and Tokayev raise relations to a new level.")
    found = {(c.rule, c.date.value) for c in run_more(text)}
    assert ("t.declare+continued-date", "2019-03") in found


def test_present_tense_after_a_past_tense_sentence_is_commentary() -> None:
    text = ("Kazakhstan and Mongolia.\n\nMongolian President Khaltmaagiin Battulga travelled to Kazakhstan "
            "in March 2019. Battulga and Tokayev raise relations to a new level.")
    assert all(c.rule != "t.declare+continued-date" for c in run_more(text))


def test_event_anchored_time_counts_from_the_sentence_that_names_the_event() -> None:
    """The offensive's sentence is dated by its lead; a later date of another event is no anchor."""
    text = ("The final blow came in September 2023. Azerbaijan launched an offensive in Karabakh. Many fled "
            "in 2024. A month after the offensive, Armenia's parliament voted to ratify the Rome Statute.")
    c = next(c for c in run_more(text) if c.event_type == "AGREE")
    # the tagger dates "A month after the offensive" itself (rule "t.ratify"); the engine's anchoring did before
    assert c.date.value == "2023-10" and c.rule in ("t.ratify", "t.ratify+anchored-date")


def test_event_anchor_ignores_a_modifier_date_of_another_noun() -> None:
    """'the 2020 war' dates the war, not the offensive named in the same sentence."""
    text = ("Peacekeepers sent after the 2020 war did not stop Azerbaijan's offensive. "
            "A month after the offensive, Armenia's parliament voted to ratify the Rome Statute.")
    assert [c for c in run_more(text) if c.event_type == "AGREE"] == []


# ------------------------------------------------------------------ coordinated verbs, institutions

PARTY = parse_cues({
    "cues": [
        {"id": "t.meet", "type": "CONSULT", "label": "meeting", "roles": "symmetric",
         "patterns": [r"\b(?P<v>held\s+talks|met)\b"]},
        {"id": "t.cancel", "type": "REJECT", "label": "cancellation", "roles": "subject",
         "patterns": [r"\b(?P<v>cancelled|scrapped)\s+the\s+(?P<obj>deal|contract)\b"]},
    ],
})


def run_party(text: str, published: dt.date | None = dt.date(2024, 6, 20)) -> list[Claim]:
    art = Article(uri="mem://p", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                  published=published)
    dictionary = actors_mod.ActorDictionary.default()
    mentions = dictionary.find(text)
    dates = dates_mod.tag_dates(text, reference=published)
    return extract_claims(art, split_sentences(text, [(0, len(text))]), dates, dictionary,
                          cues=PARTY, pair=main_pair(mentions), states=mentions)


def test_object_of_the_first_coordinated_verb_is_not_a_party_of_the_second() -> None:
    text = "In Beijing, Ilham Aliyev held talks with Premier Li Qiang on 7 June and met President Xi Jinping on 8 June."
    second = [c for c in run_party(text) if "Xi Jinping" in {a.name for a in c.actors}]
    assert len(second) == 1 and {a.name for a in second[0].actors if a.role != "location"} == {
        "Ilham Aliyev", "Xi Jinping"}


def test_shared_subject_of_coordinated_verbs_stays_a_party() -> None:
    text = "Ilham Aliyev and Xi Jinping met in Beijing on 7 June and held talks on trade."
    for c in run_party(text):
        assert {"Ilham Aliyev", "Xi Jinping"} <= {a.name for a in c.actors}


def test_unnamed_government_of_a_dateline_story_is_the_dateline_state() -> None:
    text = ("YEREVAN, June 3 (Wire) - Armenia and Iran signed trade papers, officials said. Iran sells gas to "
            "Armenia. The government cancelled the contract in January 2020, saying the builder had failed.")
    c = only(run_party(text))
    assert c.event_type == "REJECT" and {a.name for a in c.actors} == {"Armenia"}


def test_unnamed_government_of_an_even_two_country_story_has_no_state() -> None:
    text = ("Armenia and Iran signed trade papers, officials said. Iran sells gas to Armenia. "
            "The government cancelled the contract in January 2020, saying the builder had failed.")
    assert run_party(text) == []


# ------------------------------------------------------------------ first person

SPEECH = parse_cues({
    "cues": [
        {"id": "t.sign", "type": "AGREE", "label": "signing", "roles": "symmetric",
         "patterns": [r"\b(?P<v>signed)\s+(?:an?\s+|the\s+)?(?P<obj>treaty|agreement)\b"]},
        {"id": "t.declare", "type": "AGREE", "label": "declared", "roles": "directed",
         "patterns": [r"\b(?P<v>declared)\s+independence\b"]},
    ],
})


def run_speech(text: str, published: dt.date | None = dt.date(2024, 6, 20)) -> list[Claim]:
    return claims_by_paragraph(text, SPEECH, published)


def test_first_person_of_a_press_release_is_the_issuing_state() -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF MOLDOVA\n\nPress release\n\n"
            "On 3 May 2023 we signed an agreement on trade with Romania.")
    c = only(run_speech(text))
    assert {a.name for a in c.actors} == {"Moldova", "Romania"}


def test_first_person_inside_a_quotation_is_not_the_articles_voice() -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF MOLDOVA\n\nPress release\n\n"
            '"On 3 May 2023 we signed an agreement on trade with Romania," a Polish guest recalled.')
    for c in run_speech(text):
        assert "Moldova" not in {a.name for a in c.actors}


def test_first_person_without_a_known_speaker_keeps_the_named_actors() -> None:
    c = only(run_speech("Talks went well. On 3 May 2023 we signed an agreement on trade with Romania."))
    assert {a.name for a in c.actors} == {"Romania"}


def test_date_before_a_pronoun_subordinate_clause_is_not_its_verbs() -> None:
    """'... in 1992, weeks after we declared independence': 1992 is not the declaration's date."""
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF MOLDOVA\n\nPress release\n\n"
            "Ties were set up early in 1992, just weeks after we declared independence.")
    assert all(c.rule != "t.declare" for c in run_speech(text))


def test_shift_from_a_year_less_date_of_the_same_sentence() -> None:
    """No publication date: 'four days later' after 'May 14' is May 18 of an unknown year, not May 14."""
    text = "Lawmakers adopted the bill on May 14, and Salome Zourabichvili vetoed it four days later."
    c = only([c for c in run(text, published=None) if c.event_type == "REJECT"])
    assert c.date.value == "XXXX-05-18"


def test_sentence_initial_institution_of_a_dateline_story() -> None:
    text = ("YEREVAN, June 3 (Wire) - Armenia and Iran signed trade papers, officials said.\n\n"
            "Parliament overrode the president in May 2024.")
    c = only([c for c in run(text) if c.event_type == "REJECT"])
    assert {a.name for a in c.actors} == {"Armenia"}


REL = parse_cues({
    "cues": [
        {"id": "t.call", "type": "REQUEST", "label": "called for", "roles": "subject",
         "patterns": [r"\b(?P<v>called\s+for)\b"]},
        {"id": "t.visit", "type": "CONSULT", "mode": "visit", "label": "visit",
         "patterns": [r"\b(?P<v>visit)\s+to\b"]},
        {"id": "t.relations", "type": "AGREE", "label": "relations established", "roles": "symmetric",
         "patterns": [r"\b(?P<v>established\s+diplomatic\s+relations)\b"]},
    ],
})


def run_rel(text: str) -> list[Claim]:
    art = Article(uri="mem://r", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                  published=dt.date(2024, 6, 20))
    dictionary = actors_mod.ActorDictionary.default()
    mentions = dictionary.find(text)
    dates = dates_mod.tag_dates(text, reference=art.published)
    return extract_claims(art, split_sentences(text, [(0, len(text))]), dates, dictionary,
                          cues=REL, pair=main_pair(mentions), states=mentions)


def test_date_inside_a_relative_clause_does_not_date_the_main_verb() -> None:
    text = "Ilham Aliyev, who took office in October 2003, called for a review of several contracts."
    assert run_rel(text) == []


def test_date_of_an_earlier_sentences_relative_clause_does_not_count() -> None:
    text = ("Armenia joined the court, which has warned Russia. In March 2024 Ilham Aliyev called for "
            "a review of several contracts.")
    c = only(run_rel(text))
    assert c.date.value == "2024-03"


def test_appositive_anchor_counts_back_from_the_date_before_it() -> None:
    """'a visit in 1996, two years after the countries established relations': relations in 1994."""
    text = ("Mongolia and Kazakhstan. Kazakhstan and Mongolia. Nursultan Nazarbayev laid the groundwork with a "
            "visit to Ulaanbaatar in 1996, two years after the countries established diplomatic relations.")
    dated = {c.event_type: c.date.value for c in run_rel(text)}
    assert dated == {"CONSULT": "1996", "AGREE": "1994"}
