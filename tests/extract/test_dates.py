"""Temporal tagger: detection with offsets, EDTF normalisation, relative resolution, negatives, CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.extract.dates import display_date, normalise_date, parse_edtf, tag_dates
from timeline.extract.types import DateMention

D = dt.date
REF = D(2024, 7, 10)  # a Wednesday


def only(text: str, reference: dt.date | None = REF, **kw: bool) -> DateMention:
    found = tag_dates(text, reference, **kw)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


def values(text: str, reference: dt.date | None = REF, **kw: bool) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, reference, **kw)]


# --------------------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("The treaty was signed on April 2, 1992 in Baku.", "April 2, 1992", "1992-04-02", "day"),
        ("The treaty was signed on 2 April 1992 in Baku.", "2 April 1992", "1992-04-02", "day"),
        ("Relations began on March 7, 1994.", "March 7, 1994", "1994-03-07", "day"),
        ("It opened in 1994 with two staff.", "1994", "1994", "year"),
        ("The office opened in April 2019.", "April 2019", "2019-04", "month"),
        ("Talks ran December 8-11, 2015 in Beijing.", "December 8-11, 2015", "2015-12-08/2015-12-11", "interval"),
        ("Talks ran 8–11 December 2015.", "8–11 December 2015", "2015-12-08/2015-12-11", "interval"),
        ("The plan covers 2024-2026.", "2024-2026", "2024/2026", "interval"),
        ("Exports grew in 2023/24.", "2023/24", "2023/2024", "interval"),
        ("Trade collapsed in the 1990s.", "the 1990s", "199X", "decade"),
        (
            "Output fell in the first nine months of 2023.",
            "the first nine months of 2023",
            "2023-01/2023-09",
            "interval",
        ),
        ("The visit was on Sept. 14, 2019.", "Sept. 14, 2019", "2019-09-14", "day"),
        ("The deal closed in Sept. 2019.", "Sept. 2019", "2019-09", "month"),
        ("The deal is dated 2024-07-05.", "2024-07-05", "2024-07-05", "day"),
        ("Signed 05.07.2024 in Astana.", "05.07.2024", "2024-07-05", "day"),
        ("Ties warmed in spring 2019.", "spring 2019", "2019-21", "season"),
        ("Prices rose in the third quarter of 1998.", "the third quarter of 1998", "1998-35", "quarter"),
        ("Growth slowed in Q3 2024.", "Q3 2024", "2024-35", "quarter"),
        ("Growth slowed in the first half of 2023.", "the first half of 2023", "2023-01/2023-06", "interval"),
        ("Reform began in the 20th century.", "the 20th century", "19XX", "century"),
        ("The summit met on Thursday, December 8, 2015.", "Thursday, December 8, 2015", "2015-12-08", "day"),
        ("He left on the 5th of July, 2019.", "the 5th of July, 2019", "2019-07-05", "day"),
    ],
)
def test_absolute_dates(text: str, span: str, value: str, precision: str) -> None:
    m = only(text)
    assert (m.text, m.value, m.precision) == (span, value, precision)
    assert m.start == text.index(span) and m.end == m.start + len(span)
    assert not m.relative


def test_bounds_follow_the_value() -> None:
    m = only("Talks ran December 8-11, 2015.")
    assert (m.lower, m.upper) == (D(2015, 12, 8), D(2015, 12, 11))
    m = only("It grew in the 1990s.")
    assert (m.lower, m.upper) == (D(1990, 1, 1), D(1999, 12, 31))


@pytest.mark.parametrize(
    ("text", "span", "value", "precision", "part"),
    [
        ("Sales rose in early 2024.", "early 2024", "2024", "year", "2024-01/2024-04"),
        ("It peaked in mid-2020.", "mid-2020", "2020", "year", "2020-05/2020-08"),
        ("Costs rose in the late 1990s.", "the late 1990s", "199X", "decade", "1997/1999"),
        ("It ends by the end of 2022.", "the end of 2022", "2022", "year", "2022-09/2022-12"),
        ("Snow fell in early December 2015.", "early December 2015", "2015-12", "month", "2015-12-01/2015-12-10"),
        ("Talks stalled in mid-March.", "mid-March", "2024-03", "month", "2024-03-11/2024-03-20"),
    ],
)
def test_early_mid_late_keep_the_whole_unit_and_note_the_part(
    text: str, span: str, value: str, precision: str, part: str
) -> None:
    m = only(text, REF)
    assert (m.text, m.value, m.precision) == (span, value, precision)
    assert m.note is not None and part in m.note and "TimeML mod" in m.note


def test_a_day_with_early_or_late_stays_a_day() -> None:
    m = only("The shelling resumed late on Monday.", REF)
    assert m.precision == "day" and m.value is not None and "/" not in m.value


def test_quarter_and_season_carry_timeml_values() -> None:
    assert only("in the third quarter of 1998").timex == "1998-Q3"
    assert only("in spring 2019").timex == "2019-SP"
    assert only("in winter 2019").timex == "2019-WI"


def test_ordinals_and_abbreviations_without_year_use_the_reference() -> None:
    assert values("It happened on July 5th.") == [("July 5th", "2024-07-05")]
    assert values("It happened on the 5th of July.") == [("the 5th of July", "2024-07-05")]
    assert values("Officials met on Dec. 8.") == [("Dec. 8", "2023-12-08")]


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted 12 days.",
        "Exports grew by 88% last quarter of trading volume.",
        "The loan is worth $1.3 billion.",
        "After the 44-day war the border moved.",
        "The city bought 160 buses.",
        "They celebrated the 30th anniversary.",
        "Output reached 5-8 million tons.",
        "Output reached 2 million tons.",
        "There are over 300 Chinese companies.",
        "Posted at 16:32 (UTC+04:00).",
        "See page 1994 of the report.",
        "Delegates met at COP29 and the G20.",
        "Warming must stay below 1.5 degrees.",
        "Call +994 12 498 1234 or 555-1234.",
        "Security Council Resolution 1325 was cited.",
        "It employs 1500 workers.",
        "The firm sold 2000 cars.",
        "Over 1990 people attended.",
        "Prime Minister May said so.",
        "The ships may 5 times a year dock here.",
        "It lies 2030 metres above sea level.",
        "Flight 1549 landed.",
        "The 1500-page report is out.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert values(text, REF) == []


def test_year_inside_anniversary_phrase_is_still_a_year() -> None:
    assert values("They marked the 30th anniversary of relations in 2022.") == [("2022", "2022")]


def test_the_year_figure_is_a_year() -> None:
    assert values("The 2022 figure was higher.") == [("2022", "2022")]


def test_old_years_need_a_year_context() -> None:
    assert values("Columbus sailed in 1492.") == [("1492", "1492")]
    assert values("The 1492 soldiers marched.") == []


# --------------------------------------------------------------------------- relative resolution


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Xi called on June 2.", "June 2", "2024-06-02"),
        ("In April, exports rose.", "April", "2024-04"),
        ("In December, exports rose.", "December", "2023-12"),
        ("The summit will be held in December.", "December", "2024-12"),
        ("The meeting is scheduled for September 3.", "September 3", "2024-09-03"),
        ("They met last year.", "last year", "2023"),
        ("Trade grew this year.", "this year", "2024"),
        ("It rose in March of this year.", "March of this year", "2024-03"),
        ("They meet next month.", "next month", "2024-08"),
        ("They met yesterday.", "yesterday", "2024-07-09"),
        ("They meet today.", "today", "2024-07-10"),
        ("It opened two years ago.", "two years ago", "2022"),
        ("The minister spoke on Monday.", "Monday", "2024-07-08"),
        ("The minister will speak on Monday.", "Monday", "2024-07-15"),
        ("The minister spoke last Wednesday.", "last Wednesday", "2024-07-03"),
    ],
)
def test_relative_to_reference(text: str, span: str, value: str) -> None:
    m = only(text)
    assert (m.text, m.value) == (span, value)
    assert m.relative


def test_last_week_is_an_iso_week() -> None:
    m = only("They met last week.")
    assert (m.value, m.timex, m.precision) == ("2024-07-01/2024-07-07", "2024-W27", "week")


def test_weekday_on_reference_day_is_that_day() -> None:
    assert only("Officials said on Wednesday.").value == "2024-07-10"


def test_weekday_name_settles_the_year_of_a_yearless_date() -> None:
    assert only("It was held on Saturday, April 25.", D(1998, 4, 20)).value == "1998-04-25"


def test_upcoming_day_without_tense_cue_is_ahead() -> None:
    assert only("The dividend is payable Aug. 15.").value == "2024-08-15"


def test_quarter_without_year_is_the_nearest_one() -> None:
    assert only("It expects to report a third-quarter loss.", D(1989, 10, 25)).value == "1989-35"
    assert only("The sale should close in the first quarter.", D(1989, 10, 25)).value == "1990-33"


def test_year_earlier_shifts_the_period_in_focus() -> None:
    found = tag_dates("Net rose in the third quarter of 2023, up from $5 million a year earlier.", REF)
    assert [(m.text, m.timex or m.value) for m in found] == [
        ("the third quarter of 2023", "2023-Q3"),
        ("a year earlier", "2022-Q3"),
    ]


def test_two_years_earlier_needs_an_anchor() -> None:
    assert values("The war ended in 2020. Two years earlier, talks had failed.")[-1] == ("Two years earlier", "2018")


def test_previous_year_follows_the_year_in_focus() -> None:
    assert values("Trade peaked in 2019, but the previous year was weak.")[-1] == ("the previous year", "2018")


def test_vague_references() -> None:
    m = only("Relations are now closer.")
    assert (m.value, m.timex, m.note) == (None, "PRESENT_REF", "vague reference to the present")
    assert only("Ties have grown recently.").timex == "PAST_REF"
    assert only("They will cooperate in the future.").timex == "FUTURE_REF"


# --------------------------------------------------------------------------- no reference date


def test_without_reference_yearless_dates_are_unspecified() -> None:
    m = only("Xi called on June 2.", None)
    assert (m.value, m.lower, m.upper, m.note) == ("XXXX-06-02", None, None, "year unknown")
    m = only("In April, exports rose.", None)
    assert (m.value, m.note) == ("XXXX-04", "year unknown")


@pytest.mark.parametrize("text", ["They met last year.", "He spoke on Thursday.", "They met yesterday."])
def test_without_reference_relative_dates_are_unresolved(text: str) -> None:
    m = only(text, None)
    assert (m.value, m.lower, m.upper, m.note) == (None, None, None, "no reference date")


def test_without_reference_absolute_dates_still_resolve() -> None:
    assert only("Signed on March 7, 1994.", None).value == "1994-03-07"


# --------------------------------------------------------------------------- narrative anchoring

CHRONICLE = "In 2015, the two presidents met in Beijing. On December 8, they signed a memorandum."


def test_narrative_anchoring_on() -> None:
    found = tag_dates(CHRONICLE, REF, anchor=True)
    assert [(m.text, m.value) for m in found] == [("2015", "2015"), ("December 8", "2015-12-08")]
    assert found[1].note == "year from context" and not found[1].relative


def test_narrative_anchoring_off() -> None:
    assert values(CHRONICLE, REF, anchor=False) == [("2015", "2015"), ("December 8", "2023-12-08")]


def test_narrative_anchoring_without_reference() -> None:
    assert values(CHRONICLE, None, anchor=True)[1] == ("December 8", "2015-12-08")
    assert values(CHRONICLE, None, anchor=False)[1] == ("December 8", "XXXX-12-08")


def test_no_anchoring_from_a_year_inside_a_clause() -> None:
    text = "The firm, founded in 1980, has grown. In September, it bought a rival."
    assert values(text, D(1989, 10, 30))[-1] == ("September", "1989-09")


def test_no_anchoring_across_paragraphs() -> None:
    text = "In 2015, the presidents met.\n\nOn December 8, they signed a memorandum."
    assert values(text, REF)[-1] == ("December 8", "2023-12-08")


# --------------------------------------------------------------------------- normalise_date


@pytest.mark.parametrize(
    ("expr", "value"),
    [("in 1994", "1994"), ("April 2, 1992", "1992-04-02"), ("1500", "1500"), ("last year", "2023"),
     ("on June 2", "2024-06-02"), ("early 2024", "2024")],
)  # fmt: skip
def test_normalise_date(expr: str, value: str) -> None:
    m = normalise_date(expr, REF)
    assert m is not None and m.value == value


@pytest.mark.parametrize("expr", ["", "hello", "the 1994 report was late", "160 buses"])
def test_normalise_date_rejects_non_dates(expr: str) -> None:
    assert normalise_date(expr, REF) is None


def test_normalise_date_offsets_are_into_the_expression() -> None:
    m = normalise_date("in 1994")
    assert m is not None and (m.start, m.end, m.text) == (3, 7, "1994")


# --------------------------------------------------------------------------- EDTF


@pytest.mark.parametrize(
    ("value", "lower", "upper", "precision"),
    [
        ("1994", D(1994, 1, 1), D(1994, 12, 31), "year"),
        ("1994-02", D(1994, 2, 1), D(1994, 2, 28), "month"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("1994-03-07", D(1994, 3, 7), D(1994, 3, 7), "day"),
        ("2015-12-08/2015-12-11", D(2015, 12, 8), D(2015, 12, 11), "interval"),
        ("2024/2026", D(2024, 1, 1), D(2026, 12, 31), "interval"),
        ("199X", D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("19XX", D(1900, 1, 1), D(1999, 12, 31), "century"),
        ("2019-21", D(2019, 3, 1), D(2019, 5, 31), "season"),
        ("2019-24", D(2019, 12, 1), D(2020, 2, 29), "season"),
        ("1998-35", D(1998, 7, 1), D(1998, 9, 30), "quarter"),
        ("2024-07-05?", D(2024, 7, 5), D(2024, 7, 5), "day"),
        ("2018~", D(2018, 1, 1), D(2018, 12, 31), "year"),
        ("2024/..", D(2024, 1, 1), dt.date.max, "interval"),
    ],
)
def test_parse_edtf(value: str, lower: dt.date, upper: dt.date, precision: str) -> None:
    assert parse_edtf(value) == (lower, upper, precision)


@pytest.mark.parametrize(
    ("value", "message"),
    [("", "empty"), ("June 1994", "not an EDTF"), ("1994-13", "not a month"), ("1994-02-30", "does not exist"),
     ("XXXX-12-08", "unspecified year"), ("2016/2015", "ends before"), ("../..", "open at both ends"),
     ("1994-00", "not a month")],
)  # fmt: skip
def test_parse_edtf_errors(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_edtf(value)


@pytest.mark.parametrize(
    ("value", "shown"),
    [("2015-12-08/2015-12-11", "8–11 Dec 2015"), ("2015-12", "Dec 2015"), ("1994", "1994"),
     ("1992-04-02", "2 Apr 1992"), ("199X", "1990s"), ("2024/2026", "2024–2026"), ("2023-01/2023-09", "Jan–Sep 2023"),
     ("2015-11-30/2015-12-02", "30 Nov – 2 Dec 2015"), ("2019-21", "Spring 2019"), ("1998-35", "Q3 1998"),
     ("19XX", "20th century"), ("2024-07-05?", "5 Jul 2024?"), ("2018~", "c. 2018"),
     ("XXXX-12-08", "8 Dec (year unknown)")],
)  # fmt: skip
def test_display_date(value: str, shown: str) -> None:
    assert display_date(value) == shown


def test_display_date_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        display_date("soon")


def test_every_tagged_value_parses_and_matches_bounds() -> None:
    text = ("On April 2, 1992 and in 1994, in early 2024, spring 2019, the 1990s, Q3 2024, 2024-2026, last week, "
            "yesterday, December 8-11, 2015 and the first nine months of 2023.")  # fmt: skip
    for m in tag_dates(text, REF):
        assert m.value is not None
        lower, upper, _ = parse_edtf(m.value)
        assert (lower, upper) == (m.lower, m.upper)
        display_date(m.value)


# --------------------------------------------------------------------------- CLI


def test_cli_tag_dates_reads_stdin() -> None:
    result = CliRunner().invoke(main, ["tag-dates", "--reference", "2024-07-10"], input="They met on June 2 in 1994.")
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert items == [
        {"start": 12, "end": 18, "text": "June 2", "value": "2024-06-02", "precision": "day"},
        {"start": 22, "end": 26, "text": "1994", "value": "1994", "precision": "year"},
    ]


def test_cli_tag_dates_file_and_notes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("Growth slowed in the third quarter of 1998. Xi spoke on Thursday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["tag-dates", str(path)])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert items[0]["timex"] == "1998-Q3" and items[0]["value"] == "1998-35"
    assert items[1] == {"start": 56, "end": 64, "text": "Thursday", "value": None, "precision": "day",
                        "note": "no reference date"}  # fmt: skip


@pytest.mark.parametrize("bad", ["2024-13-01", "yesterday", "10/07/2024"])
def test_cli_tag_dates_bad_reference(bad: str) -> None:
    result = CliRunner().invoke(main, ["tag-dates", "--reference", bad], input="x")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
    assert "Traceback" not in result.output


def test_cli_tag_dates_missing_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["tag-dates", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "cannot read" in result.output


# --------------------------------------------------------------------------- round 2: narrative years


def test_day_after_month_and_year_in_the_same_sentence_takes_that_year() -> None:
    text = "The envoy toured Peru in October 2021 and saw the minister in Lima on October 14."
    assert values(text, D(2024, 3, 1))[-1] == ("October 14", "2021-10-14")


def test_year_carries_to_the_next_sentence_from_a_month_and_year() -> None:
    text = "The crisis peaked in February 2020. Extra police were sent to the border on February 11."
    assert values(text, D(2023, 5, 2))[-1] == ("February 11", "2020-02-11")


def test_year_carries_from_a_full_date_to_a_month_in_the_next_sentence() -> None:
    text = "She was elected on March 3, 2016. Her first trip abroad was to Rome in late April."
    m = tag_dates(text, D(2023, 5, 2))[-1]
    assert (m.text, m.value) == ("late April", "2016-04")


def test_no_carry_from_a_bare_year_inside_a_clause() -> None:
    text = "The firm, set up in 2009, hired a new chief. In March, it sold a unit."
    assert values(text, D(2012, 6, 1))[-1] == ("March", "2012-03")


def test_no_carry_from_a_date_naming_an_earlier_event() -> None:
    text = "Talks resumed after the May 2017 ceasefire. The rebels attacked again on May 9."
    assert values(text, D(2019, 6, 1))[-1] == ("May 9", "2019-05-09")


def test_no_carry_two_sentences_back_from_inside_a_clause() -> None:
    text = "He was named in March 2015. Critics objected. The board met again on March 20."
    assert values(text, D(2019, 6, 1))[-1] == ("March 20", "2019-03-20")


def test_no_carry_into_the_future_tense() -> None:
    text = "The plant closed in April 2020. It will reopen on April 30."
    assert values(text, D(2024, 3, 1))[-1] == ("April 30", "2024-04-30")


def test_no_carry_from_a_decade() -> None:
    text = "Trade boomed in the 1990s. In June, it fell."
    assert values(text, D(2024, 9, 1))[-1] == ("June", "2024-06")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Talks began in 2018, and the accord was signed on 4 May of that year.", "4 May of that year", "2018-05-04"),
        ("The dam opened in 2012; in June of the following year it flooded.", "June of the following year",
         "2013-06"),
        ("The mine reopened in 2015 after a strike on August 3 of the previous year.",
         "August 3 of the previous year", "2014-08-03"),
        ("Sales slumped in 2019. By March 2 of the same year, the plant had closed.", "March 2 of the same year",
         "2019-03-02"),
    ],
)  # fmt: skip
def test_of_that_year_uses_the_last_stated_year(text: str, span: str, value: str) -> None:
    m = tag_dates(text, D(2024, 7, 10))[-1]
    assert (m.text, m.value) == (span, value)


def test_that_year_far_from_its_year_still_uses_the_stated_year() -> None:
    text = ("The reform passed in 2011. Unions protested for weeks. Several ministers resigned. Trade fell. "
            "Prices rose. The following year, a new cabinet took over.")  # fmt: skip
    assert values(text, REF)[-1] == ("The following year", "2012")


def test_of_that_year_without_any_stated_year_uses_the_reference() -> None:
    m = tag_dates("The pact was signed on July 1 of that year.", REF)[-1]
    assert (m.text, m.value, m.relative) == ("July 1 of that year", "2024-07-01", True)


def test_of_that_year_without_reference_is_year_unknown() -> None:
    m = tag_dates("The pact was signed on July 1 of that year.", None)[-1]
    assert (m.value, m.note) == ("XXXX-07-01", "year unknown")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ceasefire began on May 4, 2018. Nine days later, the shelling resumed.", "2018-05-13"),
        ("The ceasefire began on May 4, 2018, and a week later the shelling resumed.", "2018-05-11"),
        ("The ceasefire began in May 2018, and two months later the shelling resumed.", "2018-07"),
        ("The treaty entered into force on 1 June 2016, three weeks earlier than planned.", "2016-05-11"),
    ],
)
def test_later_and_earlier_count_from_the_preceding_date(text: str, value: str) -> None:
    assert tag_dates(text, REF)[-1].value == value


# --------------------------------------------------------------------------- round 2: modals and pairs


@pytest.mark.parametrize(
    "text",
    [
        "A trade pact could be finalised when both leaders meet in March.",
        "The bridge may be opened in March, officials said.",
        "The minister is expected to travel to Seoul in March.",
    ],
)
def test_month_under_a_modal_or_expectation_is_the_next_one(text: str) -> None:
    found = tag_dates(text, D(2024, 7, 10))
    assert [(m.text, m.value) for m in found] == [("March", "2025-03")]


def test_modal_past_cue_still_wins_when_nearer() -> None:
    assert values("It could be seen that exports were low in March.", D(2024, 7, 10)) == [("March", "2024-03")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Crowds marched in Tbilisi on April 3 and 4.", "April 3 and 4", "2024-04-03/2024-04-04"),
        ("Crowds marched in Tbilisi on 3 and 4 April.", "3 and 4 April", "2024-04-03/2024-04-04"),
        ("The fair is held between 14 and 17 May 2025.", "14 and 17 May 2025", "2025-05-14/2025-05-17"),
        ("Inspectors came between March 2 and 6, 2022.", "March 2 and 6, 2022", "2022-03-02/2022-03-06"),
        ("The strike lasted from April to June 2021.", "April to June 2021", "2021-04/2021-06"),
    ],
)
def test_day_pairs_and_month_ranges_are_intervals(text: str, span: str, value: str) -> None:
    m = only(text, D(2024, 7, 10))
    assert (m.text, m.value, m.precision) == (span, value, "interval")


def test_two_separate_days_keep_only_the_first() -> None:
    assert values("Votes were held on April 2 and 16, 2023.", REF)[0] == ("April 2", "2024-04-02")


def test_and_before_a_count_is_not_a_day_pair() -> None:
    assert values("On June 9 and 10 people were hurt.", REF) == [("June 9", "2024-06-09")]


# --------------------------------------------------------------------------- round 3: generalisation


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the past verb of the date's own clause decides, not the future of a later relative clause
        ("The envoys initialled the memorandum on August 3, which will be ratified in the autumn.", "2023-08-03"),
        ("The envoys will initial the memorandum on August 3.", "2024-08-03"),
        # an -ed word after a comma, a modal or before a bare noun does not date the clause
        ("The board declared a dividend, payable August 3.", "2024-08-03"),
        ("She added that the memorandum would be initialled on August 3.", "2024-08-03"),
        ("The lender extended to August 3 its offer for the bonds.", "2024-08-03"),
    ],
)
def test_tense_of_the_clause_that_contains_the_date(text: str, value: str) -> None:
    assert [m.value for m in tag_dates(text, REF) if m.text == "August 3"] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Floods hit the valley in the spring of 1998, ruining the harvest.", "the spring of 1998", "1998-21"),
        ("The mill shut in autumn of 2019.", "autumn of 2019", "2019-23"),
        ("During the winter of 2011-12, pipes froze across the city.", "the winter of 2011-12", "2011-24"),
        ("During the winter of 2011/2012, pipes froze.", "the winter of 2011/2012", "2011-24"),
        ("Last winter, pipes froze across the city.", "Last winter", "2023-24"),
        ("The council hopes to vote this autumn.", "this autumn", "2024-23"),
    ],
)
def test_seasons_with_of_ranges_and_relative(text: str, span: str, value: str) -> None:
    m = only(text, REF)
    assert (m.text, m.value, m.precision) == (span, value, "season")


def test_that_same_season_takes_the_year_in_focus() -> None:
    text = "The mayor resigned in March 2016. That same summer, the council was dissolved."
    assert values(text, REF)[-1] == ("That same summer", "2016-22")
    assert values("Rents doubled in 2009. The following spring, tenants marched.", REF)[-1] == (
        "The following spring", "2010-21")
    assert values("No year was stated. That same summer, tenants marched.", None)[-1] == ("That same summer", None)
    assert values("Prices that fall sharply hurt farmers.", REF) == []


def test_season_with_year_anchors_a_yearless_day_of_its_sentence() -> None:
    text = "The siege that began in the spring of 2014 ended with a truce on May 30."
    assert values(text, None) == [("the spring of 2014", "2014-21"), ("May 30", "2014-05-30")]


def test_days_after_an_event_count_from_that_events_date_not_the_latest_date() -> None:
    text = ("Turnout in the March 3 referendum was low. Parliament met on April 9.\n\n"
            "The mayor resigned four days after the ballot, citing ill health.")
    assert values(text, REF)[-1] == ("four days after the ballot", "2024-03-07")


def test_days_after_an_event_fall_back_to_the_latest_day_and_need_one() -> None:
    text = "The mill burned on May 2, 2019. Workers struck two weeks after the fire."
    assert values(text, REF)[-1] == ("two weeks after the fire", "2019-05-16")
    assert values("Workers struck in 2019. They returned two days after the fire.", REF) == [("2019", "2019")]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("The mine opened in August 2005. Six months later, it flooded.", ("Six months later", "2006-02")),
        ("The mine opened in August 2005. The following month, it flooded.", ("The following month", "2005-09")),
        # a chronicle paragraph opening with "A year later": the date just before, at year precision
        ("The bridge opened on March 4, 2011.\n\nA year later, it was closed for repairs.", ("A year later", "2012")),
    ],
)
def test_dates_relative_to_an_earlier_date(text: str, last: tuple[str, str]) -> None:
    assert values(text, REF)[-1] == last


def test_explicit_year_in_apposition_wins_over_the_relative_phrase() -> None:
    text = "The mine opened in August 2005. A year later, in 2007, it flooded."
    assert values(text, REF)[1:] == [("A year later", "2007"), ("2007", "2007")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("She chaired the board from 2006 to 2011.", "2006 to 2011", "2006/2011"),
        ("Between 1994 and 1999 the port doubled its traffic.", "1994 and 1999", "1994/1999"),
        ("She chaired the board in 2006–2011.", "2006–2011", "2006/2011"),
        ("Growth was weak in the early 2000s.", "the early 2000s", "200X"),
        ("Growth was weak in the late 1980s.", "the late 1980s", "198X"),
    ],
)
def test_year_ranges_and_parts_of_decades(text: str, span: str, value: str) -> None:
    m = only(text, REF)
    assert (m.text, m.value) == (span, value)


def test_year_span_needs_two_years_in_order() -> None:
    assert values("Rankings slipped from 2014 to 2010.", REF) == [("2014", "2014"), ("2010", "2010")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The line carried its first cargo on the last day of 2019.", "2019-12-31"),
        ("The levy applies from the first day of April 2022.", "2022-04-01"),
        ("Leases ended on the last day of February 2020.", "2020-02-29"),
    ],
)
def test_first_or_last_day_of_a_year_or_month(text: str, value: str) -> None:
    assert only(text, REF).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "now" in the date's clause brings it up to the publication time: no "Last year" frame
        ("Last year the two firms merged. Its founder handed the post to his son in February and now chairs "
         "the board.", "2024-02"),
        ("Last year the two firms merged. Its founder handed the post to his son in February.", "2023-02"),
        # "now" in another clause of the sentence leaves the frame alone
        ("In 2015, the two firms merged. On December 8 they opened a plant, and they are now partners.",
         "2015-12-08"),
    ],
)
def test_a_clause_reaching_the_present_leaves_the_narrative_frame(text: str, value: str) -> None:
    assert [m.value for m in tag_dates(text, REF) if m.value][1] == value
