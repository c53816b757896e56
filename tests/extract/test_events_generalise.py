"""Clause-level rules that make the event extractor generalise to ordinary news prose.

Every sentence here is written for the test (none comes from a gold file). The fallback tests use a
small cue dictionary of their own (no cue, a few fallback verbs), so they do not depend on the
shipped ``cues.yaml``; dates and actors come from the real tagger and actor dictionary.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

import pytest

from timeline.extract.events import extract_claims, main_pair, parse_cues, participle_forms, past_forms
from timeline.extract.types import Article, Claim

actors_mod = pytest.importorskip("timeline.extract.actors")
dates_mod = pytest.importorskip("timeline.extract.dates")
from timeline.extract.sentences import split_sentences  # noqa: E402

#: no cue at all: every claim below comes from the generic fallback
FALLBACK_ONLY = parse_cues({
    "cues": [],
    "fallback_verbs": {
        "assault": {"type": "ASSAULT", "verbs": ["kill", "retake", "bomb"]},
        "retreat": {"type": "RETREAT", "verbs": ["withdraw", "pull out"]},
        "concede": {"type": "CONCEDE", "verbs": ["write off", "release"]},
        "request": {"type": "REQUEST", "verbs": ["ask", "urge"]},
        "accuse": {"type": "ACCUSE", "verbs": ["issue", "condemn"]},
        "give": {"type": "COOPERATE", "verbs": ["export", "sell", "ship"]},
        "aid": {"type": "AID", "verbs": ["donate"]},
    },
})

#: one real cue (a deployment) besides the fallback verbs, for the borrowing rules of cues
WITH_CUE = parse_cues({
    "cues": [{"id": "t.deploy", "type": "MOBILIZE", "label": "deployment", "roles": "subject",
              "patterns": [r"\b(?P<v>deployed|stationed)\b"]},
             {"id": "t.sign", "type": "AGREE", "label": "signing", "roles": "symmetric",
              "patterns": [r"\b(?P<v>signed)\s+(?:an?\s+|the\s+)?(?P<obj>treaty|agreement)\b"]},
             {"id": "t.summit", "type": "CONSULT", "mode": "multilateral", "label": "summit",
              "patterns": [r"\b(?P<v>summit)\b"]}],
    "fallback_verbs": {
        "assault": {"type": "ASSAULT", "verbs": ["retake"]},
        "request": {"type": "REQUEST", "verbs": ["ask"]},
    },
})


def run(text: str, cues=FALLBACK_ONLY, published: dt.date | None = dt.date(2025, 1, 16)) -> list[Claim]:
    """Claims of ``text``; dates are tagged paragraph by paragraph, as the pipeline tags body spans."""
    art = Article(uri="mem://g", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
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


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [(c.rule, c.title, c.date.value) for c in claims]
    return claims[0]


def roles(c: Claim, role: str) -> set[str]:
    return {a.name for a in c.actors if a.role == role}


# ------------------------------------------------------------------ verb forms


def test_phrasal_verbs_inflect_their_head_and_keep_the_particle() -> None:
    assert past_forms("write off") == ["wrote off"] and past_forms("pull out") == ["pulled out"]
    assert participle_forms("write off") == ["written off"] and participle_forms("kill") == ["killed"]
    assert participle_forms("withdraw") == ["withdrawn"] and participle_forms("sell") == ["sold"]
    assert FALLBACK_ONLY.fallback_participles["written off"] == ("CONCEDE", None)
    assert "wrote off" in FALLBACK_ONLY.fallback_verbs and "killed" in FALLBACK_ONLY.fallback_participles


@pytest.mark.parametrize(
    ("sentence", "etype", "date"),
    [
        ("In 2003, Russia wrote off most of Mongolia's debt.", "CONCEDE", "2003"),
        ("Kazakhstan wrote  off the loans to Kyrgyzstan in March 2019.", "CONCEDE", "2019-03"),
        ("Georgia pulled out of the talks on 4 June 2021.", "RETREAT", "2021-06-04"),
    ],
)
def test_fallback_phrasal_verb(sentence: str, etype: str, date: str) -> None:
    c = only(run(sentence))
    assert (c.event_type, c.date.value, c.rule) == (etype, date, "fallback.verb")


# ------------------------------------------------------------------ passives


@pytest.mark.parametrize(
    ("sentence", "etype", "date", "subject_role"),
    [
        ("Prime Minister Ivo Kalnins was killed in an ambush on 3 May 2022.", "ASSAULT", "2022-05-03", "recipient"),
        ("Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were killed in a crash on May 19, 2024.",
         "ASSAULT", "2024-05-19", "recipient"),
        ("Turkish troops were also withdrawn from the border in April 2021.", "RETREAT", "2021-04", "actor"),
        ("The relations worsened after Ilham Aliyev was killed in a crash on 2 June 2023.", "ASSAULT",
         "2023-06-02", "recipient"),
        ("Mongolia's debt had been written off on 5 May 2003.", "CONCEDE", "2003-05-05", "recipient"),
    ],
)
def test_fallback_passive_with_a_date_of_its_clause(sentence: str, etype: str, date: str, subject_role: str) -> None:
    c = only(run(sentence))
    assert (c.event_type, c.date.value, c.rule) == (etype, date, "fallback.verb+passive")
    assert roles(c, subject_role)
    assert c.quote == sentence


def test_passive_subjects_are_coordinated_titled_people() -> None:
    c = only(run("Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were killed in a crash on May 19, 2024."))
    assert roles(c, "recipient") == {"Ebrahim Raisi", "Hossein Amir-Abdollahian"}
    assert c.title.startswith("Ebrahim Raisi and Hossein Amir-Abdollahian killed")


def test_passive_agent_acts() -> None:
    c = only(run("Georgia was condemned by Russia on 3 March 2022."))
    assert roles(c, "actor") == {"Russia"} and roles(c, "recipient") == {"Georgia"}
    assert c.title == "Georgia condemned by Russia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilham Aliyev is killed in the film released on 3 May 2022.",  # present passive: no past event
        "Ilham Aliyev was not killed in the attack on 3 May 2022.",  # negated
        "Ilham Aliyev could have been killed in the attack on 3 May 2022.",  # modal
        "The bridge was bombed on 3 May 2022.",  # no actor as subject
        "Troops will be withdrawn from Georgia on 3 May 2026.",  # planned / future
        "Georgia's debt had been written off in 2003.",  # perfect with a year only: background
        "Georgia was praised by Russia on 3 March 2022.",  # verb of no listed class
    ],
)
def test_passive_guards(sentence: str) -> None:
    assert run(sentence) == []


# ------------------------------------------------------------------ subjects


def test_unknown_titled_person_and_unknown_organisation_can_be_subjects() -> None:
    c = only(run("Foreign Minister Ivo Kalnins urged Georgia to release the activists on 3 May 2022."))
    assert "Ivo Kalnins" in roles(c, "actor")
    c = only(run("The International Criminal Court had issued the warrant on 17 March 2023."))
    assert roles(c, "actor") == {"International Criminal Court"} and c.event_type == "ACCUSE"


def test_capital_city_as_subject_is_its_state() -> None:
    c = only(run("In 2003, Moscow wrote off most of the debt."))
    assert roles(c, "actor") == {"Russia"}
    c = only(run("Tbilisi asked the European Union for help on 2 May 2024."))
    assert roles(c, "actor") == {"Georgia"}


# ------------------------------------------------------------------ figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan exported nearly 12 billion cubic metres of gas to Europe last year.",
        "Kazakhstan sold more than 3 million tonnes of grain to China in 2023.",
        "Turkmenistan shipped about 40 bcm of gas to China in 2022.",
        "Georgia exported wine worth $250 million to Russia in 2021.",
    ],
)
def test_statistic_over_a_period_is_no_event(sentence: str) -> None:
    assert run(sentence) == []


def test_quantity_on_a_day_is_an_event_and_a_figure_elsewhere_does_not_block() -> None:
    c = only(run("Russia donated 2 million vaccine doses to Kyrgyzstan on 5 May 2021."))
    assert c.event_type == "AID"
    c = only(run("In 2003, Russia wrote off the debt of Mongolia, which had been put at 11.4 billion dollars."))
    assert c.event_type == "CONCEDE" and c.date.value == "2003"


# ------------------------------------------------------------------ dates borrowed by the fallback


@pytest.mark.parametrize(
    "lead",
    [
        "The decisive moment came in September 2023.",
        "The turning point, in the eyes of many, came in September 2023.",
        "The real test happened in September 2023.",
    ],
)
def test_dateless_clause_takes_the_date_of_a_happening_lead(lead: str) -> None:
    c = only(run(f"{lead} Azerbaijan retook the region in a lightning offensive."))
    assert (c.date.value, c.rule) == ("2023-09", "fallback.verb+lead-date")
    assert c.quote.startswith(lead)


def test_dateless_clause_continues_the_story_of_the_previous_sentence() -> None:
    text = "Russia deployed troops to Armenia in September 2022. Yerevan asked the CSTO for help."
    claims = run(text, WITH_CUE)
    ask = only([c for c in claims if c.event_type == "REQUEST"])
    assert (ask.date.value, ask.rule) == ("2022-09", "fallback.verb+continued-date")
    assert roles(ask, "actor") == {"Armenia"}


@pytest.mark.parametrize(
    "second",
    [
        "Previously, Yerevan had asked the CSTO for help.",  # pluperfect: background
        "Afterwards, Yerevan asked the CSTO for help.",  # another time, not countable
        "Later, Yerevan asked the CSTO for help.",
    ],
)
def test_no_continued_date_across_a_time_shift_or_for_background(second: str) -> None:
    text = f"Russia deployed troops to Armenia in September 2022. {second}"
    assert [c for c in run(text, WITH_CUE) if c.event_type == "REQUEST"] == []


def test_no_borrowing_across_paragraphs_or_from_a_non_happening_line() -> None:
    text = "Russia deployed troops to Armenia in September 2022.\n\nYerevan asked the CSTO for help."
    assert [c for c in run(text, WITH_CUE) if c.event_type == "REQUEST"] == []
    assert run("Experts counted the damage in September 2023. Azerbaijan retook the region.") == []


# ------------------------------------------------------------------ "Two months later"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Azerbaijani forces retook Lachin in September 2022.\n\nTwo months later, Armenia asked Russia for help.",
         "2022-11"),
        ("Azerbaijani forces retook Lachin in March 1936.\n\nThree years later, Armenia asked Russia for help.",
         "1939"),
        ("Azerbaijani forces retook Lachin on 10 May 2020.\n\nTwo days later, Armenia asked Russia for help.",
         "2020-05-12"),
        ("Azerbaijani forces retook Lachin in 2020.\n\nA year earlier, Armenia had asked Russia for help on the "
         "matter.", None),  # pluperfect with a year: background (stays out)
    ],
)
def test_counted_shift_from_the_last_told_date(text: str, value: str | None) -> None:
    asks = [c for c in run(text, WITH_CUE) if c.event_type == "REQUEST"]
    if value is None:
        assert asks == []
        return
    c = only(asks)
    assert (c.date.value, c.rule) == (value, "fallback.verb+shifted-date")


def test_counted_shift_dates_a_cue_instead_of_the_previous_date() -> None:
    text = "The treaty was prepared in September 2022.\n\nTwo months later, Armenia hosted a summit in Yerevan."
    c = only([c for c in run(text, WITH_CUE) if c.event_type == "CONSULT"])
    assert (c.date.value, c.rule) == ("2022-11", "t.summit+shifted-date")


# ------------------------------------------------------------------ modifier dates and reduced relatives


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops, deployed under the ceasefire that ended the 2020 war, stayed in Karabakh.",
        "Turkey stationed observers after Georgia's 2024 elections.",
        "Russia deployed the units because of a 2019 decision.",
    ],
)
def test_a_year_modifying_a_noun_does_not_date_another_verb(sentence: str) -> None:
    assert run(sentence, WITH_CUE) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Russia deployed troops in the 2020 war.", "2020"),  # a time frame under "in"
        ("Russia deployed troops during the 2008 war.", "2008"),
        ("Armenia hosted the 2019 summit.", "2019"),  # the modified noun is the event
    ],
)
def test_time_frames_and_modified_event_nouns_keep_the_date(sentence: str, value: str) -> None:
    c = only(run(sentence, WITH_CUE))
    assert c.date.value == value


def test_reduced_relative_participle_borrows_no_date_but_the_main_clause_does() -> None:
    text = ("The final blow came in September 2023. Russian peacekeepers, deployed to the region under "
            "the ceasefire, did not intervene when Azerbaijan retook the region in an offensive.")
    c = only(run(text, WITH_CUE))
    assert (c.event_type, c.date.value, c.rule) == ("ASSAULT", "2023-09", "fallback.verb+lead-date")
    own = run("Turkish troops, deployed to Georgia in May 2021, left the country.", WITH_CUE)
    assert [(c.event_type, c.date.value) for c in own] == [("MOBILIZE", "2021-05")]


# ------------------------------------------------------------------ event-anchored sentences


@pytest.mark.parametrize(
    "second",
    [
        "A month after the offensive, Armenia hosted a summit in Yerevan.",
        "Two weeks before the vote, Armenia hosted a summit in Yerevan.",
        "Several years after the war, Yerevan asked the CSTO for help.",
    ],
)
def test_a_sentence_dated_from_another_event_borrows_no_neighbour_date(second: str) -> None:
    text = f"Russia deployed troops to Armenia in September 2022. {second}"
    later = [c for c in run(text, WITH_CUE) if c.event_type != "MOBILIZE"]
    assert all(c.date.value != "2022-09" for c in later), [(c.rule, c.date.value) for c in later]


def test_without_the_event_anchor_the_neighbour_date_is_borrowed() -> None:
    text = "Russia deployed troops to Armenia in September 2022. Then Yerevan asked the CSTO for help."
    c = only([c for c in run(text, WITH_CUE) if c.event_type == "REQUEST"])
    assert (c.date.value, c.rule) == ("2022-09", "fallback.verb+continued-date")


# ------------------------------------------------------------------ definite plural subjects

LEAVE = parse_cues({"cues": [], "fallback_verbs": {"retreat": {"type": "RETREAT", "verbs": ["leave", "withdraw"]}}})


@pytest.mark.parametrize(
    "text",
    [
        "Russian peacekeepers stayed in Karabakh for years. The peacekeepers themselves left in April 2024.",
        "Russian peacekeepers arrived after the war.\n\nThe peacekeepers finally left in April 2024.",
        "Turkish troops guarded the base. Officials were calm. The troops withdrew in April 2024.",
    ],
)
def test_definite_plural_subject_takes_the_state_of_its_earlier_mention(text: str) -> None:
    c = only(run(text, LEAVE))
    assert c.event_type == "RETREAT" and c.date.value == "2024-04"
    assert roles(c, "actor") <= {"Russia", "Turkey"} and len(roles(c, "actor")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The peacekeepers left in April 2024.",  # no earlier mention
        "Russian troops stayed in Karabakh. The peacekeepers left in April 2024.",  # another noun
        "Russian peacekeepers stayed. Talks went on. Prices rose. Snow fell. The peacekeepers left in April 2024.",
    ],
)
def test_definite_plural_subject_without_antecedent_is_no_subject(text: str) -> None:
    assert run(text, LEAVE) == []
