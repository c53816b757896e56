"""Round 12: day ranges across two months ("31 August-1 September 2025", "30 Dec 2024–2 Jan 2025")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2025, 9, 10)


def _values(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Leaders met in Tianjin on 31 August-1 September 2025 for the summit.",
            "31 August-1 September 2025",
            "2025-08-31/2025-09-01",
        ),
        ("The forum, held 29 June-2 July, drew 3,000 delegates.", "29 June-2 July", "2025-06-29/2025-07-02"),
        (
            "Negotiators sat in Doha (30 Dec 2024–2 Jan 2025) without a break.",
            "30 Dec 2024–2 Jan 2025",
            "2024-12-30/2025-01-02",
        ),
        ("Talks ran from 28 Feb.—3 Mar. 2024 in Geneva.", "28 Feb.—3 Mar. 2024", "2024-02-28/2024-03-03"),
        (
            "COP29 took place in Baku on 11 November – 22 November 2024.",
            "11 November – 22 November 2024",
            "2024-11-11/2024-11-22",
        ),
        ("The exercise lasted 30 Dec–2 Jan 2025.", "30 Dec–2 Jan 2025", "2024-12-30/2025-01-02"),
    ],
)
def test_cross_month_day_range_is_one_interval(text: str, span: str, value: str) -> None:
    assert (span, value) in _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two separate days, not a span
        ("Talks were held on 5 May and 7 June.", [("5 May", "2025-05-05"), ("7 June", "2025-06-07")]),
        # a day then a count after a dash
        ("Talks on 3 May - 2 delegations left early.", [("3 May", "2025-05-03")]),
        # a chronology heading year, then an entry
        ("2014 – 5 May: talks in Baku.", [("2014", "2014"), ("5 May", "2014-05-05")]),
    ],
)
def test_not_a_cross_month_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_cross_month_range_without_reference_keeps_unknown_year() -> None:
    (m,) = tag_dates("The fair ran 30 June-2 July in Urumqi.", None)
    assert m.text == "30 June-2 July"
    assert m.value == "XXXX-06-30/XXXX-07-02"


@pytest.mark.parametrize(
    "text",
    [
        "The corridor carried more cargo in 2024 than in any previous year.",
        "In no previous month had the port handled so many ships.",
        "Exports rose in every past year of the decade, the agency said.",
        "Prices were higher than in any other year since records began.",
        "Each previous month brought a new record for the airline.",
    ],
)
def test_a_quantified_relative_unit_is_no_date(text: str) -> None:
    assert not any(
        m.text.lower().endswith(("previous year", "previous month", "past year", "other year"))
        for m in tag_dates(text, REF)
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Trade doubled compared with the previous year.", "2024"),
        ("Talks resumed last month in Baku.", "2025-08"),
        ("The minister visited Astana in the past month.", "2025-08"),
    ],
)
def test_unquantified_relative_units_stay_dates(text: str, value: str) -> None:
    assert value in [m.value for m in tag_dates(text, REF)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Many of the clerics who led the 1992 protests have since left the city.", "1992"),
        ("Diplomats recalled the 2008 talks in Geneva as a turning point.", "2008"),
        ("Observers criticised its 2019 elections as neither free nor fair.", "2019"),
        ("The 2024 agreements on transit were ratified in March.", "2024"),
    ],
)
def test_a_year_naming_plural_occasions_is_a_date(text: str, year: str) -> None:
    assert year in [m.value for m in tag_dates(text, REF)]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the 2000 protesters marched peacefully to the square.",
        "Officials said the 1500 troops would leave the region by spring.",
        "Organisers expected some 2000 delegates at the congress.",
    ],
)
def test_a_count_before_a_plural_noun_is_no_year(text: str) -> None:
    assert not any(m.text in ("2000", "1500") for m in tag_dates(text, REF))


OCT = dt.date(2024, 10, 2)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We signed the loan documents in September; the first tranche arrives in January.", "2025-01"),
        ("The forum opens in March in Tashkent.", "2025-03"),
        ("The minister travels to Beijing in November for the expo.", "2024-11"),
        ("The new visa rules take effect in February.", "2025-02"),
        ("Construction of the tunnel starts in January, the ministry said.", "2025-01"),
        ("The season opens in April and closes in September.", "2025-04"),
    ],
)
def test_a_scheduled_event_in_the_present_is_still_to_come(text: str, value: str) -> None:
    assert value in [m.value for m in tag_dates(text, OCT)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The plant that opened in March employs 300 people.", "2024-03"),
        ("Trade with China rose in January, customs data show.", "2024-01"),
        ("The talks that began in July ended in August.", "2024-07"),
        ("His visits in March were brief.", "2024-03"),
    ],
)
def test_past_and_nominal_forms_stay_past(text: str, value: str) -> None:
    assert value in [m.value for m in tag_dates(text, OCT)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The summit took place on August 31 and September 1 in Tianjin.", "August 31 and September 1",
         "2025-08-31/2025-09-01"),
        ("Delegates met on 31 August and 1 September in Tianjin.", "31 August and 1 September",
         "2025-08-31/2025-09-01"),
        ("The fair ran on 28 February and 1 March.", "28 February and 1 March", "2025-02-28/2025-03-01"),
        ("Voting took place on 30 June and 1 July 2024.", "30 June and 1 July 2024", "2024-06-30/2024-07-01"),
    ],
)  # fmt: skip
def test_two_consecutive_days_across_a_month_end_are_one_interval(text: str, span: str, value: str) -> None:
    assert (span, value) in _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks were held on March 5 and March 19.", [("March 5", "2025-03-05"), ("March 19", "2025-03-19")]),
        ("He flew in on 30 June and left on 2 July.", [("30 June", "2025-06-30"), ("2 July", "2025-07-02")]),
    ],
)
def test_days_that_do_not_follow_each_other_stay_two_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
