"""Insertions between the parts of an event phrase are blanked for a second look (offsets kept)."""

from __future__ import annotations

import pytest

from timeline.extract.grammar import insertion_spans, masked_views


def _squeezed(view: str) -> str:
    return " ".join(view.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday the envoy was received at the Kremlin by Foreign Minister Lavrov.",
            "On Friday the envoy was received by Foreign Minister Lavrov.",
        ),
        (
            "The loan, approved by the bank's board in May, was signed in Astana on 2 June.",
            "The loan was signed in Astana on 2 June.",
        ),
        (
            "The first ferry, which sailed from Aktau on Tuesday, reached Alat on Thursday.",
            "The first ferry reached Alat on Thursday.",
        ),
        (
            "The first cargo flight operated by Silk Way West Airlines and Air China Cargo landed in Urumqi.",
            "The first cargo flight landed in Urumqi.",
        ),
        (
            "Two contracts worth about $300 million were signed at the exhibition.",
            "Two contracts were signed at the exhibition.",
        ),
        (
            "A new bus route between Tashkent and Almaty opened in April.",
            "A new bus route opened in April.",
        ),
    ],
)
def test_all_insertions_blanked(text: str, expected: str) -> None:
    views = masked_views(text)
    assert views, text
    assert _squeezed(views[0]) == expected
    assert all(len(v) == len(text) for v in views)


def test_clause_between_commas_kept_in_the_second_view() -> None:
    text = "The ferry line between Kuryk and Baku, launched by the state shipping company in May, is busy."
    views = [_squeezed(v) for v in masked_views(text)]
    assert views == [
        "The ferry line is busy.",
        "The ferry line , launched by the state shipping company in May, is busy.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "President Tokayev met Xi Jinping in Astana on 3 July.",
        "The two sides signed a memorandum, and the ministers held talks.",
        "Trade grew by 20%, the ministry said.",
        "The treaty was signed by Kazakhstan and China in 1999.",
    ],
)
def test_no_insertion_no_view(text: str) -> None:
    assert masked_views(text) == []
    assert insertion_spans(text) == []


def test_spans_are_limited_to_the_given_range() -> None:
    text = "Plain first sentence. The deal, approved by the board in May, was signed on 2 June."
    assert insertion_spans(text, 0, 21) == []
    (s, e), = insertion_spans(text, 22, len(text))
    assert text[s:e] == ", approved by the board in May,"


def _claims(text: str) -> list[tuple[str, str | None]]:
    from timeline.extract.pipeline import extract
    from timeline.ingest.reader import read_text

    article = read_text(text, "memory://grammar.txt", metadata={"published": "2025-05-16"})
    return [(c.rule, c.date.value if c.date else None) for c in extract(article).claims]


def test_passive_with_a_place_inside_gives_a_reception() -> None:
    claims = _claims("On 14 May 2025 the Georgian delegation was received in Astana by Prime Minister Olzhas Bektenov.")
    assert any(rule.startswith("consult.receive") and date == "2025-05-14" for rule, date in claims), claims


@pytest.mark.parametrize(
    ("text", "rule", "date"),
    [
        ("Five contracts worth a combined 2.1 billion U.S. dollars were signed at the Astana forum on 14 May 2025.",
         "agree.sign", "2025-05-14"),
        ("The first block train operated jointly by Kazakhstan Temir Zholy and China Railway Container Transport "
         "Corporation reached Aktau on 2 May 2025.", "cooperate.first_flow", "2025-05-02"),
    ],
)
def test_price_and_agent_insertions(text: str, rule: str, date: str) -> None:
    assert (rule, date) in _claims(text)


def test_long_clause_between_subject_and_verb() -> None:
    claims = _claims(
        "The first container train, which left the Chinese city of Xi'an on 12 April and crossed Kazakhstan and "
        "the Caspian Sea by ferry, arrived in Baku on 2 May 2025."
    )
    assert any(date == "2025-05-02" for _, date in claims), claims


def test_no_event_from_an_insertion_alone() -> None:
    assert _claims("The weather in Astana, reported by the agency on 14 May 2025, was mild.") == []
