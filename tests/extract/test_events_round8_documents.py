"""Round 8 (session 6): lists of documents signed at one occasion, and anaphoric days.

An intro line ("The following documents were signed:", "During the visit, the sides signed:") followed by
bullets, numbered lines or plain lines naming documents gives one AGREE claim per document, dated by the
intro's signing (or the occasion it refers to), with the intro's parties or the article's pair. "On the same
day" after such a list takes the list's date. Every text here is written for the test (none comes from a
gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.structure import document_lists
from timeline.extract.types import Claim
from timeline.ingest.reader import read_bytes, read_text

PUB = dt.date(2025, 3, 14)


def claims_of(text: str, published: dt.date | None = PUB, uri: str = "test://docs.txt") -> list[Claim]:
    return extract(replace(read_text(text, uri), published=published)).claims


def listed(found: list[Claim]) -> list[Claim]:
    return [c for c in found if c.rule == "list.document"]


def parties(c: Claim) -> set[str]:
    return {a.name for a in c.actors if a.role != "location"}


# --------------------------------------------------------------------------- the list finder


def test_document_list_items_without_marker_or_stop() -> None:
    text = (
        "During the visit, the sides signed:\n\n"
        "1. An intergovernmental agreement on visa-free travel for holders of service passports;\n"
        "2) Memorandum on cooperation in higher education\n"
        "3. Action plan for 2025-2027.\n\n"
        "The presidents then gave a press conference.\n"
    )
    (found,) = document_lists(text)
    assert [text[s:e] for s, e in found.items] == [
        "An intergovernmental agreement on visa-free travel for holders of service passports",
        "Memorandum on cooperation in higher education",
        "Action plan for 2025-2027",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary list after a colon: not documents
        "The minister listed the priorities:\n- transport corridors\n- energy\n",
        # a signing intro followed by prose, not by items
        "The following documents were signed:\n\nThe ceremony was held in the Kremlin after the talks.\n",
        # bullets that are sentences, not documents' names
        "Documents signed include:\n- The sides agreed to open a consulate in Osh.\n- Trade will double.\n",
    ],
)
def test_no_document_list(text: str) -> None:
    assert document_lists(text) == []


# --------------------------------------------------------------------------- claims


def test_plain_text_list_dated_by_intro_date() -> None:
    text = (
        "Kazakhstan and Hungary deepen ties\n\n"
        "ASTANA - Kazakh President Kassym-Jomart Tokayev held talks with Hungarian Prime Minister Viktor Orban "
        "in Astana on 12 March.\n\n"
        "On 12 March the following documents were signed:\n\n"
        "- Agreement on cooperation in the field of nuclear energy;\n"
        "- Memorandum of understanding between the agriculture ministries;\n"
        "- Programme of cultural exchanges for 2025-2028.\n\n"
        "Orban also visited a tractor plant.\n"
    )
    found = listed(claims_of(text))
    assert [c.title for c in found] == [
        "Agreement on cooperation in the field of nuclear energy",
        "Memorandum of understanding between the agriculture ministries",
        "Programme of cultural exchanges for 2025-2028",
    ]
    assert {c.date.value for c in found} == {"2025-03-12"}  # not the programme's period 2025/2028
    assert all(c.event_type == "AGREE" and c.status == "occurred" for c in found)
    # no parties in the intro, no pair of states named twice: the parties of the talks of that day
    assert all(parties(c) == {"Kassym-Jomart Tokayev", "Viktor Orbán"} for c in found)


def test_html_list_dated_by_the_talks_it_follows() -> None:
    html = (
        "<html><head><title>Talks in Tashkent</title></head><body><article>"
        "<h1>Uzbekistan and Hungary expand cooperation</h1>"
        "<p>On 11 March 2025, President Shavkat Mirziyoyev held talks with Hungarian Prime Minister Viktor Orban "
        "in Tashkent. The sides discussed trade, energy and education in detail.</p>"
        "<p>Following the talks, the following documents were signed:</p>"
        "<ul><li>Joint declaration on strategic partnership;</li>"
        "<li>Agreement on the avoidance of double taxation;</li>"
        "<li>Roadmap for industrial cooperation.</li></ul>"
        "<p>On the same day, Orban met students of the Hungarian language school in Tashkent.</p>"
        "</article></body></html>"
    )
    article = replace(read_bytes(html.encode(), "test://docs.html", suffix=".html"), published=PUB)
    found = extract(article).claims
    docs = listed(found)
    assert len(docs) == 3
    assert {c.date.value for c in docs} == {"2025-03-11"}
    assert "Agreement on the avoidance of double taxation" in {c.title for c in docs}
    same_day = [c for c in found if "students" in c.quote]
    assert same_day and same_day[0].date.value == "2025-03-11"


def test_planned_list_is_planned() -> None:
    text = (
        "Turkmenistan and Qatar to sign deals\n\n"
        "Qatar's emir will visit Ashgabat on 20 March 2025. The following agreements will be signed during "
        "the visit:\n\n"
        "* Agreement on air services\n"
        "* Memorandum on investment protection\n"
    )
    found = listed(claims_of(text))
    assert len(found) == 2
    assert all(c.status == "planned" for c in found)


def test_markdown_list_in_a_report_of_two_countries_takes_the_pair() -> None:
    text = (
        "# Georgia and Armenia sign trade deals\n\n"
        "Georgia and Armenia held their intergovernmental commission in Tbilisi on 4 March 2025. Georgia and "
        "Armenia said trade should double. Documents signed at the session include:\n\n"
        "- protocol of the commission's fifth session\n"
        "- agreement on mutual recognition of driving licences\n\n"
        "Officials said the commission would meet again next year.\n"
    )
    found = listed(claims_of(text))
    assert [c.title for c in found] == [
        "Protocol of the commission's fifth session",
        "Agreement on mutual recognition of driving licences",
    ]
    assert all(c.date.value == "2025-03-04" and parties(c) >= {"Georgia", "Armenia"} for c in found)


def test_list_without_any_date_claims_nothing() -> None:
    text = (
        "The sides signed the following documents:\n\n"
        "- Agreement on air services\n"
        "- Memorandum on investment protection\n"
    )
    assert listed(claims_of(text, published=None)) == []


def test_listed_document_name_leaves_out_its_two_parties() -> None:
    text = (
        "Kazakhstan and Japan held talks in Tokyo on 12 March 2025.\n\n"
        "The following documents were signed:\n\n"
        "- Joint Statement of the Republic of Kazakhstan and Japan on an expanded strategic partnership;\n"
        "- Treaty of Friendship for 2025-2035.\n"
    )
    names = [c.named_object for c in listed(claims_of(text))]
    assert names == ["Joint Statement on an expanded strategic partnership", "Treaty of Friendship for 2025-2035"]


def test_signed_plan_of_consultations_after_the_talks_takes_the_talks_day() -> None:
    text = (
        "Kazakhstan and Japan: foreign ministers meet\n\n"
        "Kazakh Foreign Minister Murat Nurtleu held talks with Japanese Foreign Minister Yoko Kamikawa in Tokyo "
        "on 12 March 2025. When the two presidents met in Astana in August 2024, they agreed to deepen ties.\n\n"
        "After the talks, the two foreign ministers signed a plan of consultations between the foreign ministries "
        "of Kazakhstan and Japan for 2025 to 2026.\n"
    )
    plan = [c for c in claims_of(text) if "plan of consultations" in c.quote]
    assert [(c.event_type, c.date.value) for c in plan] == [("AGREE", "2025-03-12")]  # not 2025/2026, not 2024-08


# --------------------------------------------------------------------------- one document singled out


def test_a_document_singled_out_of_a_signing_just_told() -> None:
    text = (
        "Kazakhstan and Japan signed 12 agreements worth $3 billion in Astana on 12 March 2025.\n\n"
        "Among them was a contract between Japan's Mitsubishi Corporation and Kazakhstan's Ministry of Energy for "
        "a gas-fired power plant, which is expected to be completed by 2029.\n"
    )
    members = [c for c in claims_of(text) if c.rule == "list.member"]
    assert [(c.event_type, c.date.value, c.status) for c in members] == [("AGREE", "2025-03-12", "occurred")]
    assert members[0].title.startswith("Contract between")


def test_a_passive_signing_at_a_dated_forum() -> None:
    text = (
        "The Japan-Kazakhstan Business Forum was held in Astana on 12 March 2025. Nine agreements were signed at "
        "the forum, the organisers said.\n\n"
        "They included a memorandum between Kazakhstan's Ministry of Energy and a Japanese bank on solar power.\n"
    )
    members = [c for c in claims_of(text) if c.rule == "list.member"]
    assert [c.date.value for c in members] == ["2025-03-12"]


@pytest.mark.parametrize(
    "second",
    [
        "Among them was Kazakhstan's former energy minister.",  # a person, not a document
        "They included a memorandum on solar power.",  # no signing told just before
    ],
)
def test_no_member_without_document_or_signing(second: str) -> None:
    text = "Kazakhstan and Japan held talks in Astana on 12 March 2025 on energy.\n\n" + second + "\n"
    assert [c for c in claims_of(text) if c.rule == "list.member"] == []
