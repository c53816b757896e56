"""Round 6: ambiguous slashed dates read day-first when the article itself reads day-first."""

from datetime import date

import pytest

from timeline.extract.dates import slashed_day_first, tag_dates

REF = date(2025, 10, 20)


def _value_of(text: str, expr: str) -> str | None:
    return next(m.value for m in tag_dates(text, REF) if m.text == expr)


@pytest.mark.parametrize(
    "text",
    [
        "The contract, dated 25/03/2015, was amended on 12/07/2015.",
        "Sanctions took effect on 01.02.2015 and were lifted on 12/07/2015.",
        "Talks opened on 16 January in Baku. A second round followed on 12/07/2015.",
        "The organisation's defence committee met on 12/07/2015 to discuss the programme.",
    ],
)
def test_day_first_article_reads_slashed_date_day_first(text: str) -> None:
    assert _value_of(text, "12/07/2015") == "2015-07-12"


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed on 12/07/2015.",
        "The filing, dated 03/25/2015, was amended on 12/07/2015.",
        "Talks opened on January 16 in Washington. A second round followed on 12/07/2015.",
        "The organization's defense committee met on 12/07/2015 to discuss the program.",
        # conflicting numeric evidence keeps the US reading
        "Dated 25/03/2015 and 03/25/2015, the letters were answered on 12/07/2015.",
    ],
)
def test_us_or_undecided_article_keeps_month_first(text: str) -> None:
    assert _value_of(text, "12/07/2015") == "2015-12-07"


def test_unambiguous_slashed_dates_ignore_the_convention() -> None:
    text = "Talks opened on January 16. They resumed on 25/03/2015."
    assert _value_of(text, "25/03/2015") == "2015-03-25"
    assert slashed_day_first("Talks resumed on 25/03/2015.")
    assert not slashed_day_first("Talks resumed on 03/25/2015.")


def test_convention_counts_words_not_fragments() -> None:
    # "hour", "rise", "promise" are not British spellings: no evidence either way, month-first
    assert not slashed_day_first("Within the hour, prices began to rise despite the promise.")
