"""Round 4: every value the tagger emits is well-formed, whatever the text and reference date.

A year-unknown date (``XXXX-05``, ``XXXX-01-13/XXXX-01-19``) has no bounds; every other value parses with
``parse_edtf`` and its bounds are the mention's; every value has a ``display_date`` form. Relative chains
after a year-unknown date must not count from an older date.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.extract.dates import display_date, parse_edtf, tag_dates

_XDATE = r"XXXX-(?:0[1-9]|1[0-2]|2[1-4])(?:-(?:0[1-9]|[12]\d|3[01]))?"
_UNKNOWN_YEAR = re.compile(rf"{_XDATE}(?:/{_XDATE})?")

_FRAGMENTS = [
    "On 3 January the ceasefire began.", "Two days later, the embassy closed.", "In 2019 the pact was signed.",
    "A week later they met again.", "The previous month, talks had failed.", "That autumn, trade rose.",
    "In March the border closed.", "The year before last was difficult.", "Three years earlier it was ratified.",
    "Between April and June this year, exports doubled.", "from March to May 2023", "in the spring and summer of 2019",
    "between late 2021 and early 2022", "The next day the minister left.", "Days later, protests spread.",
    "A decade ago the route did not exist.", "Earlier this decade, trade was small.", "last Friday",
    "on Monday", "the autumn of 2021", "January last year", "the following year", "on 29 February",
    "at 14:05 local time", "Resolution 2334 (2016)", "between 13 and 19 January", "In 1994, a truce.",
    "The talks will resume next month.", "It ended on 31 December 2023.", "Six months later", "\n\n",
    "the year after next", "two years later", "that year", "later that day", "the end of the month",
]


def _check(text: str, ref: dt.date | None) -> None:
    for m in tag_dates(text, ref):
        assert text[m.start : m.end] == m.text
        if m.value is None:
            assert m.lower is None and m.upper is None
            continue
        assert display_date(m.value)  # every value has a readable form (raises ValueError if malformed)
        if _UNKNOWN_YEAR.fullmatch(m.value):
            assert m.lower is None and m.upper is None, m
            continue
        lower, upper, _ = parse_edtf(m.value)  # raises ValueError on a malformed value
        assert m.lower is not None and m.upper is not None and m.lower <= m.upper, m
        assert lower <= m.upper and m.lower <= upper, (m, lower, upper)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8),
    ref=st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))),
)
def test_every_value_is_valid_edtf(parts: list[str], ref: dt.date | None) -> None:
    _check(" ".join(parts), ref)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="0123456789 -/:.,()JanuryMchApilDecmbInOoftwdsyaer", max_size=60),
       ref=st.one_of(st.none(), st.just(dt.date(2024, 2, 29))))
def test_random_characters_never_break_the_tagger(text: str, ref: dt.date | None) -> None:
    _check(text, ref)


def _value(text: str, expr: str, ref: dt.date | None = None) -> str | None:
    found = [m for m in tag_dates(text, ref) if m.text == expr]
    assert found, (expr, [m.text for m in tag_dates(text, ref)])
    return found[0].value


def test_relative_day_after_year_unknown_date_has_no_value() -> None:
    text = (
        "In the autumn of 2021 relations soured. In January last year the envoy left. "
        "Two days later, the mission closed."
    )
    assert _value(text, "January last year") == "XXXX-01"
    assert _value(text, "Two days later") is None


def test_relative_day_after_yearless_day_without_reference() -> None:
    text = "Fighting broke out on 3 January. Diplomats were evacuated two days later."
    assert _value(text, "3 January") == "XXXX-01-03"
    assert _value(text, "two days later") is None


def test_relative_chain_with_reference_still_counts() -> None:
    text = "Fighting broke out on 3 January 2022. Diplomats were evacuated two days later."
    assert _value(text, "two days later", dt.date(2024, 5, 1)) == "2022-01-05"


def test_year_unknown_interval_displays() -> None:
    assert display_date("XXXX-01-13/XXXX-01-19") == "13 Jan – 19 Jan (year unknown)"
    assert display_date("XXXX-04/XXXX-06") == "Apr – Jun (year unknown)"


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=6),
    ref=st.sampled_from([dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 30), dt.date(9999, 12, 31)]),
)
def test_reference_at_a_calendar_end_leaves_expressions_unresolved(parts: list[str], ref: dt.date) -> None:
    _check(" ".join(parts) + " Next week, tomorrow, last week, a decade earlier, on Monday.", ref)


def test_out_of_range_arithmetic_has_no_value() -> None:
    found = {m.text: m for m in tag_dates("Tomorrow the ministers meet.", dt.date(9999, 12, 31))}
    assert found["Tomorrow"].value is None and found["Tomorrow"].note == "date out of range"
