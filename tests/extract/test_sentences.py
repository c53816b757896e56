"""Sentence splitting: abbreviations, numbers, quotes, paragraphs and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.sentences import split_sentences
from timeline.ingest.reader import read_path

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def texts(text: str, spans: list[tuple[int, int]] | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, spans)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
        ("Dr. Ana Lopes and Gen. Tom Reed met. Talks ended.", ["Dr. Ana Lopes and Gen. Tom Reed met.", "Talks ended."]),
        ("He lives on St. Mark's Square. It is old.", ["He lives on St. Mark's Square.", "It is old."]),
        ("The talks began on Jan. 5 in Baku. They ended.", ["The talks began on Jan. 5 in Baku.", "They ended."]),
        ("It was signed in Dec. 2015. Trade grew.", ["It was signed in Dec. 2015.", "Trade grew."]),
        ("From Sept. 3 to Oct. 12 prices rose.", ["From Sept. 3 to Oct. 12 prices rose."]),
        ("Resolution No. 242 was cited. It matters.", ["Resolution No. 242 was cited.", "It matters."]),
        ("J. Smith and A. B. Jones wrote it. It sold.", ["J. Smith and A. B. Jones wrote it.", "It sold."]),
        ("The U.S. Treasury agreed. Markets rose.", ["The U.S. Treasury agreed.", "Markets rose."]),
        ("Trade with the U.S. The figures fell.", ["Trade with the U.S.", "The figures fell."]),
        ("The meeting ended at 5 p.m. The leaders left.", ["The meeting ended at 5 p.m.", "The leaders left."]),
        ("Trade reached $1.3 billion. It rose 2.2 percent.", ["Trade reached $1.3 billion.", "It rose 2.2 percent."]),
        ("Turnover was 3.5 bln. in 2019. It grew.", ["Turnover was 3.5 bln. in 2019.", "It grew."]),
        ("He paused... then went on. Next day it rained.", ["He paused... then went on.", "Next day it rained."]),
        ("He hesitated… Then he signed.", ["He hesitated…", "Then he signed."]),
        ("‘We are partners,’ he said.” Next came Ali.", ["‘We are partners,’ he said.”", "Next came Ali."]),
        ("“Is it true?” he asked. Nobody replied.", ["“Is it true?” he asked.", "Nobody replied."]),
        ("“We agree. We will sign,” she said.", ["“We agree.", "We will sign,” she said."]),
        ("They met (see p. 4). Then they ate.", ["They met (see p. 4).", "Then they ate."]),
        ("Apple Inc. The company grew.", ["Apple Inc.", "The company grew."]),
        ("Apple Inc. said it grew.", ["Apple Inc. said it grew."]),
        ("Oil, gas, etc. were discussed.", ["Oil, gas, etc. were discussed."]),
        ("Did it work? Yes! It did.", ["Did it work?", "Yes!", "It did."]),
        ("It was 1994. 2020 was different.", ["It was 1994.", "2020 was different."]),
        ("No sentence end here", ["No sentence end here"]),
        ("The i.e. clause stays, e.g. This one.", ["The i.e. clause stays, e.g. This one."]),
    ],
)
def test_split_cases(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_and_paragraphs() -> None:
    text = "  First one. Second one.\n\nThird one here.\nFourth on a new line.\n\n\n  Fifth.  "
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text == s.text.strip()
    assert [s.text for s in sentences] == [
        "First one.",
        "Second one.",
        "Third one here.",
        "Fourth on a new line.",
        "Fifth.",
    ]
    # Short lines that are not hard-wrapped are paragraphs of their own.
    assert [s.paragraph for s in sentences] == [0, 0, 1, 2, 3]


def test_never_crosses_a_paragraph_boundary() -> None:
    text = "Talks ended with Mr.\n\nSmith leaving. The end"
    assert texts(text) == ["Talks ended with Mr.", "Smith leaving.", "The end"]


def test_line_per_paragraph_text_splits_at_line_breaks() -> None:
    line_a = "The first paragraph has no final punctuation and is long enough to stand alone as a line " * 2
    line_b = "The second paragraph follows on the next line without a blank line in between it and the first."
    text = f"{line_a.strip()}\n{line_b}"
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert [s.paragraph for s in sentences] == [0, 1]


def test_spans_restrict_and_number_paragraphs() -> None:
    text = "Title line\n\nBody one. Body two.\n\nRead also\n\nBody three.\n"
    spans = [(text.index("Body one"), text.index("two.") + 4), (text.index("Body three"), len(text) - 1)]
    sentences = split_sentences(text, spans)
    assert [s.text for s in sentences] == ["Body one.", "Body two.", "Body three."]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert split_sentences(text, []) == []


def test_empty_text() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n\n ") == []


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_sentences_are_consistent(path: Path) -> None:
    article = read_path(path)
    sentences = split_sentences(article.text, article.body_spans)
    assert len(sentences) > 10
    previous_end = -1
    for s in sentences:
        assert article.text[s.start : s.end] == s.text
        assert s.start >= previous_end
        assert any(a <= s.start and s.end <= b for a, b in article.body_spans)
        previous_end = s.end
    # No sentence is cut at a decimal point or after a title abbreviation.
    assert not any(s.text.endswith(("$1.", "Mr.", "Dr.")) for s in sentences)


def test_seed_quote_sentences() -> None:
    article = read_path(next(p for p in SEEDS if p.name.startswith("001")))
    sentences = texts(article.text, article.body_spans)
    assert "The trade turnover amounted to $561 million in 2015, $975 million in 2016" in " ".join(sentences)
    quote = next(s for s in sentences if s.startswith("“I highly appreciate"))
    assert quote.endswith("the Chinese leader said.")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\n“”'Mr3$U.S")), max_size=200))
def test_offsets_property(text: str) -> None:
    previous_end = 0
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting began at 10 a.m. Aliyev arrived late.", ["The meeting began at 10 a.m.", "Aliyev arrived late."]),
        ("It began at 9 a.m. Moscow time.", ["It began at 9 a.m. Moscow time."]),
        ("It began at 10 a.m. GMT on Monday.", ["It began at 10 a.m. GMT on Monday."]),
        (
            "Talks were held on Dec. 14 in Beijing. Gen. Ali Aliyev came.",
            ["Talks were held on Dec. 14 in Beijing.", "Gen. Ali Aliyev came."],
        ),
        (
            "Resolution No. 2334 was adopted by the U.N. Security Council.",
            ["Resolution No. 2334 was adopted by the U.N. Security Council."],
        ),
    ],
)
def test_news_abbreviations(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("para", "expected"),
    [
        ("- 2014 - Georgia signs an agreement", ["2014 - Georgia signs an agreement"]),
        ("1. Talks open in Baku.", ["Talks open in Baku."]),
        ("| 2 May 2009 | Talks in Baku |", ["2 May 2009 | Talks in Baku"]),
        ("Q: Why? What did you sign?", ["Why?", "What did you sign?"]),
        ("**Ilham Aliyev:** We signed it.", ["We signed it."]),
        ("A. Smith met officials.", ["A. Smith met officials."]),  # an initial, not an answer label
        ("BAKU, May 5: Aliyev met Xi.", ["BAKU, May 5: Aliyev met Xi."]),  # a dateline keeps its date
        ("Note: the figures are preliminary.", ["Note: the figures are preliminary."]),
        ("- Monday: Armenia resumed talks.", ["Monday: Armenia resumed talks."]),  # a date, not a speaker
        ("May: Talks resumed.", ["May: Talks resumed."]),
    ],
)
def test_paragraph_furniture_left_out(para: str, expected: list[str]) -> None:
    assert texts(para) == expected


def test_heading_not_glued_to_wrapped_paragraph() -> None:
    text = (
        "Energy ties between Baku and Beijing deepen after summit\n"
        "Azerbaijan and China signed a strategic partnership declaration in Astana\n"
        "on 3 July 2024, and the two presidents agreed to expand cooperation in\n"
        "energy, transport and trade over the next decade, officials said.\n"
    )
    got = texts(text)
    assert got[0] == "Energy ties between Baku and Beijing deepen after summit"
    assert got[1].startswith("Azerbaijan and China signed")
    assert len(got) == 2


def test_month_abbreviation_inside_bold_date() -> None:
    assert texts("- **Oct. 25, 2023** – Aliyev visits Ankara. He meets Erdogan.") == [
        "**Oct. 25, 2023** – Aliyev visits Ankara.",
        "He meets Erdogan.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan joined in 2015.[1] Turkey followed in 2016.[2]",
        "Azerbaijan joined in 2015.[^1] Turkey followed in 2016.",
        "Azerbaijan joined in 2015.¹ Turkey followed in 2016.",
    ],
)
def test_footnote_markers_after_the_full_stop(text: str) -> None:
    first, second = texts(text)
    assert first.startswith("Azerbaijan joined in 2015.")
    assert second.startswith("Turkey followed in 2016.")


def test_bold_lead_in_is_its_own_sentence_but_bold_abbreviations_are_not() -> None:
    assert texts("**China, Azerbaijan sign visa deal.** The two countries signed it on Monday.") == [
        "**China, Azerbaijan sign visa deal.**",
        "The two countries signed it on Monday.",
    ]
    assert texts("The ceremony was held on **Oct.** 25 in Baku.") == ["The ceremony was held on **Oct.** 25 in Baku."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: What changed? A: Nothing. We signed it.", ["What changed?", "Nothing.", "We signed it."]),
        ("**Q:** Why? **A:** Because.", ["Why?", "Because."]),
        ("Talks ended. **Next** week they meet.", ["Talks ended.", "**Next** week they meet."]),
        ("He wrote A: the end.", ["He wrote A: the end."]),
    ],
)
def test_inline_answer_labels_and_emphasis_openers(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\n|-*:QA12 May")), max_size=160))
def test_offsets_property_with_furniture(text: str) -> None:
    previous_end = 0
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end
