"""Cue grammar, session 12: passives with a figure, long relative insets, plans told as agreements or nouns, outcomes
told as the talks' end, aid told by arrival, relative/participle/coordinated clauses with their own date, object
pronouns of a reception. Every sentence is written for these tests (other names, places and dates than the dev sets).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.grammar import compact_views
from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2026, 5, 20)


def claims(text: str) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(uri=f"mem://grammar-s12/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED)
    return extract(art).claims


def found(text: str) -> set[tuple[str, str, str | None, str]]:
    """(rule without suffix, type, date, status) of every claim."""
    return {(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None, c.status) for c in claims(text)}


def types(text: str) -> set[str]:
    return {c.event_type for c in claims(text)}


# --------------------------------------------------------------------------------------------------------------
# 1. passive with a figure: the act is an event (the figure an observation)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On 3 June 2025 a package of 12 agreements and memoranda worth a total of 2.1 billion dollars was exchanged "
         "between Tajikistan and China.", "2025-06-03"),
        ("Instruments of ratification were exchanged in Bishkek on 5 May 2024 by Kyrgyzstan and China.", "2024-05-05"),
    ],
)
def test_passive_exchange_of_documents(text: str, date: str) -> None:
    assert ("agree.documents", "AGREE", date, "occurred") in found(text)


def test_exchanged_views_is_no_document_exchange() -> None:
    assert "AGREE" not in types("Views were exchanged in Bishkek on 5 May 2024 by Kyrgyzstan and China.")


def test_agreements_worth_signed_passive() -> None:
    text = "Agreements worth $3 billion were signed during the visit of President Japarov to Beijing in May 2025."
    assert any(r == "agree.sign" and t == "AGREE" and d == "2025-05" for r, t, d, _ in found(text))


# --------------------------------------------------------------------------------------------------------------
# 2. a long relative inset between subject and verb is skipped


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Kazakhstan-China oil pipeline, which carries crude from the Caspian coast through Atasu to the "
         "refineries of Xinjiang, went into operation in July 2006.", "2006-07"),
        ("The Dushanbe cement plant, which a Chinese consortium built on the outskirts of the capital over three "
         "years, went into operation in March 2019.", "2019-03"),
    ],
)
def test_long_relative_inset_skipped(text: str, date: str) -> None:
    assert ("cooperate.open", "COOPERATE", date, "occurred") in found(text)


def test_compact_view_maps_offsets_back() -> None:
    text = ("The Kyrgyz rail link, which runs from the border post at Torugart over two mountain passes to Naryn, "
            "opened in 2024.")
    views = compact_views(text, 0, len(text))
    assert views
    cv = views[0]
    pos = cv.text.index("opened")
    assert text[cv.original(pos) : cv.original(pos) + len("opened")] == "opened"
    assert cv.original(cv.text.index("The")) == 0


def test_short_sentence_has_no_compact_view() -> None:
    assert compact_views("The railway opened in 2024.") == []


# --------------------------------------------------------------------------------------------------------------
# 3. plans told as agreements or nouns


def test_heads_of_government_agree_to_hold_meeting_is_planned_consult() -> None:
    text = (
        "Kyrgyz Prime Minister Adylbek Kasymaliev visited China on 10-11 March. On Tuesday he held talks with "
        "Premier Li Qiang in Beijing. The heads of government agreed to hold the fifth meeting of the "
        "intergovernmental committee in Bishkek in the second half of the year."
    )
    hits = [c for c in claims(text) if c.event_type == "CONSULT" and c.status == "planned"]
    assert hits and hits[0].date.value == "2026-07/2026-12"
    assert "AGREE" not in {c.event_type for c in claims(text) if "heads of government" in c.quote}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Completion of the Dushanbe-Kashgar highway is planned for 2028.", "2028"),
        ("Completion of the second section of the Osh-Irkeshtam road is expected in 2029.", "2029"),
    ],
)
def test_nominal_completion_plan(text: str, date: str) -> None:
    assert ("cooperate.complete", "COOPERATE", date, "planned") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Completion of the second phase of the Kambarata dam was planned for 2020 but slipped.",
        "The completion of the talks on the trade agreement is expected in May 2027.",
    ],
)
def test_no_completion_plan(text: str) -> None:
    assert not any(r == "cooperate.complete" for r, *_ in found(text))


# --------------------------------------------------------------------------------------------------------------
# 4. outcomes told as the talks' end


def test_talks_end_with_joint_declaration() -> None:
    text = "On 4 May 2024 the talks between Tokayev and Xi ended with a joint declaration on strategic partnership."
    assert {"CONSULT", "AGREE"} <= types(text)


@pytest.mark.parametrize(
    "text",
    ["The talks in Astana on 4 May 2024 ended with no agreement.", "The talks on 4 May 2024 ended with a dinner."],
)
def test_talks_end_without_document(text: str) -> None:
    assert "AGREE" not in types(text)


# --------------------------------------------------------------------------------------------------------------
# 5. aid told by arrival: the demonym of the medics is the sending state


@pytest.mark.parametrize(
    ("text", "sender", "recipient"),
    [
        ("A team of Turkish doctors arrived in Bishkek in spring 2021.", "Turkey", "Kyrgyzstan"),
        ("In April 2020 Russian medical teams were sent to Dushanbe to help Tajikistan fight COVID-19.", "Russia",
         "Tajikistan"),
    ],
)
def test_aid_by_arrival(text: str, sender: str, recipient: str) -> None:
    aid = [c for c in claims(text) if c.event_type == "AID"]
    assert aid
    roles = {a.name: a.role for a in aid[0].actors}
    assert roles.get(sender) == "actor"
    assert roles.get(recipient) == "recipient"


@pytest.mark.parametrize(
    "text",
    [
        "A delegation of Chinese doctors arrived in Astana in May 2023 for talks on hospital cooperation.",
        "A group of Kazakh doctors attended a conference in Beijing in May 2023.",
    ],
)
def test_doctors_not_sent_as_aid(text: str) -> None:
    assert "AID" not in types(text)


# --------------------------------------------------------------------------------------------------------------
# 6. relative, participle and coordinated clauses with their own date


def test_status_participle_takes_the_pair() -> None:
    text = (
        "Kyrgyzstan and China signed a new investment treaty in Bishkek on 4 March 2026. Kyrgyzstan and China "
        "want to double trade. That treaty built on the comprehensive strategic partnership proclaimed in 2018, "
        "and both sides are keen to show results."
    )
    hits = [c for c in claims(text) if c.date and c.date.value == "2018"]
    assert hits and hits[0].event_type == "AGREE"
    assert {a.name for a in hits[0].actors} >= {"Kyrgyzstan", "China"}


def test_dated_coordinated_clause_with_own_subject() -> None:
    text = ("In March 2022 Russia delivered vaccines to Tajikistan, and in May 2022 Tajikistan began vaccinating "
            "its teachers with the Russian vaccine.")
    got = found(text)
    assert any(t == "AID" and d == "2022-03" for _, t, d, _ in got)
    assert any(d == "2022-05" for _, _, d, _ in got)


def test_coordinated_clause_without_own_subject_gives_nothing_more() -> None:
    text = "In March 2022 Russia delivered vaccines to Tajikistan, and in May 2022 more doses followed."
    assert not any(d == "2022-05" and r.startswith("fallback") for r, _, d, _ in found(text))


# --------------------------------------------------------------------------------------------------------------
# object pronoun of a reception: the person told just before


def test_receives_him_takes_previous_subject() -> None:
    text = ("Kazakh Foreign Minister Murat Nurtleu, President Tokayev's envoy, arrives in Beijing on 3 March 2025. "
            "Xi Jinping receives him on 4 March.")
    recv = [c for c in claims(text) if c.rule.startswith("consult.receive")]
    assert recv and recv[0].date.value == "2025-03-04"
    assert {"Xi Jinping", "Murat Nurtleu"} <= {a.name for a in recv[0].actors}


def test_received_him_as_member_is_no_reception() -> None:
    assert not any(c.rule.startswith("consult.receive") for c in claims(
        "In May 2024 the bloc received him as an observer."))


# --------------------------------------------------------------------------------------------------------------
# 7. nominal mentions: the document of an occasion just told; a relative clause on a gathering


def test_document_that_followed_takes_the_occasion() -> None:
    text = ("Tokayev paid a state visit to Bishkek on 2 March 2025. The joint declaration that followed, on eternal "
            "friendship, was hailed in both capitals.")
    agree = [c for c in claims(text) if c.event_type == "AGREE"]
    assert agree and agree[0].date.value == "2025-03-02"
    assert "Kassym-Jomart Tokayev" in {a.name for a in agree[0].actors}


def test_sanctions_that_followed_are_no_document() -> None:
    assert "AGREE" not in types("Russia invaded Ukraine in February 2022. The sanctions that followed hit trade.")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Bonn climate talks, which opened on 3 June 2024, drew delegates from 190 countries.", "2024-06-03"),
        ("The SCO summit in Astana, which opened on 3 July 2024, ended with a declaration.", "2024-07-03"),
    ],
)
def test_relative_clause_on_gathering(text: str, date: str) -> None:
    assert any(t == "CONSULT" and d == date for _, t, d, _ in found(text))


def test_relative_clause_with_other_verb_is_not_an_opening() -> None:
    text = "The Bonn climate talks, which drew delegates from 190 countries on 3 June 2024, were tense."
    assert not any(r == "consult.negotiations_start" for r, *_ in found(text))


def test_received_her_letter_is_no_reception() -> None:
    text = ("Kazakh envoy Yerlan Karin arrived in Beijing on 3 May 2025. The ministry received her letter on "
            "4 May.")
    assert not any(c.rule.startswith("consult.receive") for c in claims(text))
