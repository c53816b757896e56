"""Round 2 of the date tagger in the pipeline: body tagged as one text, past weekdays, event clauses."""

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates
from timeline.extract.pipeline import tag_body_dates
from timeline.extract.types import Article

_REF = dt.date(2024, 11, 13)  # a Wednesday


def _article(text: str, published: dt.date | None = _REF) -> Article:
    spans, pos = [], 0
    for para in text.split("\n\n"):
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    return Article(uri="t.txt", text=text, content_hash="x", published=published, body_spans=spans)


def _values(mentions: list) -> dict[str, str | None]:
    return {d.text: d.value for d in mentions}


def test_event_dated_paragraphs_earlier_anchors_count() -> None:
    text = (
        "Voters went to the polls in the March 3 election, the first since the reform.\n\n"
        "Turnout was low in the capital, officials said.\n\n"
        "Two days after the vote, the opposition called for protests."
    )
    got = _values(tag_body_dates(_article(text), _article(text).body_spans))
    assert got["Two days after the vote"] == "2024-03-05"


def test_boilerplate_dates_do_not_anchor() -> None:
    text = "Latest: markets close on March 3, 2024\n\nTwo days after the vote, the opposition called for protests."
    art = _article(text)
    art = Article(uri=art.uri, text=text, content_hash="x", published=_REF, body_spans=[art.body_spans[1]])
    mentions = tag_body_dates(art, art.body_spans)
    assert all(d.start >= art.body_spans[0][0] for d in mentions)
    assert "Two days after the vote" not in _values(mentions)


def test_offsets_map_back_to_the_article_text() -> None:
    text = "Header line 1 May 2020\n\nThe ministers met on 4 June 2023.\n\n\n\nThey met again a year later."
    art = Article(uri="t.txt", text=text, content_hash="x", published=_REF, body_spans=[(24, 57), (61, 89)])
    mentions = tag_body_dates(art, art.body_spans)
    expected = [("4 June 2023", "2023-06-04"), ("a year later", "2024")]
    assert [(text[d.start : d.end], d.value) for d in mentions] == expected


def test_paragraph_opening_a_year_later_counts_from_previous_paragraph() -> None:
    text = "The treaty was signed in Rome on 2 April 2009.\n\nA year later, the parliament ratified it."
    art = _article(text)
    assert _values(tag_body_dates(art, art.body_spans))["A year later"] == "2010"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks, which opened on Monday, are expected to end on Friday.", "2024-11-11"),
        ("The conference, which began on Monday in Geneva, will continue until the weekend.", "2024-11-11"),
        ("The ministers will meet on Monday.", "2024-11-18"),
        ("The talks opened on Monday.", "2024-11-11"),
        ("The summit is on Monday.", "2024-11-11"),
    ],
)
def test_weekday_of_a_past_verb_is_the_previous_one(sentence: str, expected: str) -> None:
    assert _values(tag_dates(sentence, _REF))["Monday"] == expected


def test_future_weekday_after_past_weekday_stays_next() -> None:
    got = _values(tag_dates("The talks, which opened on Monday, are expected to end on Friday.", _REF))
    assert got["Friday"] == "2024-11-15"


@pytest.mark.parametrize(
    "sentence",
    [
        "The railway opened on Friday, more than a decade after the two governments first signed a plan.",
        "Trade has grown tenfold in the years since; a decade after the countries established relations it "
        "was small.",
    ],
)
def test_count_from_an_event_told_by_a_clause_has_no_value(sentence: str) -> None:
    got = _values(tag_dates(sentence, _REF))
    shifts = [text for text in got if "after the" in text]
    assert len(shifts) == 1 and got[shifts[0]] is None, got


def test_count_in_apposition_to_a_date_keeps_a_value_for_the_event_extractor() -> None:
    got = _values(tag_dates("A visit in 1996, two years after the countries established relations.", _REF))
    assert got["two years after the countries"] is not None


def test_count_from_a_named_event_still_resolves() -> None:
    got = _values(tag_dates("The summit was held on 6 May 2019. Three days after the summit, he resigned.", _REF))
    assert got["Three days after the summit"] == "2019-05-09"


def test_that_year_ignores_a_noun_modifier_year() -> None:
    text = "The offensive began in September 2023. It ended the 2020 ceasefire.\n\nEarlier that year, talks had failed."
    assert _values(tag_dates(text, _REF))["Earlier that year"] == "2023"


def test_event_told_again_coarsely_narrows_to_the_earlier_exact_date() -> None:
    text = (
        "Observers criticised the Oct. 6 election.\n\nParliament met in June.\n\nTalks stalled.\n\n"
        "Unions struck in August.\n\nThe ruling party won the vote in October, officials said.\n\n"
        "Two days after the vote, the president resigned."
    )
    art = _article(text)
    assert _values(tag_body_dates(art, art.body_spans))["Two days after the vote"] == "2024-10-08"


def test_event_last_told_without_a_date_is_not_dated_from_older_mentions() -> None:
    text = (
        "Fighting flared in May 2021 after an attack on a border post.\n\nTalks followed.\n\n"
        "The army retook the hills in a sudden offensive.\n\nA month after the offensive, the minister resigned."
    )
    art = _article(text)
    assert _values(tag_body_dates(art, art.body_spans)).get("A month after the offensive") is None
