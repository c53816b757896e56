"""Pure tests of claim-date compatibility and the canonical date rule."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve.dates import (
    DatedClaim,
    choose_canonical,
    complete_near,
    complete_year,
    relation,
    simple_bounds,
    unknown_year_parts,
)

D = dt.date


def _c(edtf: str | None, key: str, published: dt.date | None = None) -> DatedClaim:
    bounds = simple_bounds(edtf) if edtf and not edtf.startswith("XXXX") else None
    return DatedClaim(
        edtf,
        bounds[0] if bounds else None,
        bounds[1] if bounds else None,
        bounds[2] if bounds else ("day" if edtf and len(edtf) == 10 else "month"),
        key,
        published,
    )


@pytest.mark.parametrize(
    ("claim", "event", "expected"),
    [
        ((D(2015, 12, 8), D(2015, 12, 11)), (D(2015, 12, 8), D(2015, 12, 11)), "same"),
        ((D(2015, 1, 1), D(2015, 12, 31)), (D(2015, 12, 8), D(2015, 12, 11)), "vaguer"),
        ((D(2015, 12, 9), D(2015, 12, 9)), (D(2015, 12, 1), D(2015, 12, 31)), "finer"),
        ((D(2015, 12, 10), D(2015, 12, 14)), (D(2015, 12, 8), D(2015, 12, 11)), "overlap"),
        ((D(2024, 7, 5), D(2024, 7, 5)), (D(2024, 7, 3), D(2024, 7, 3)), "near"),
        ((D(2024, 7, 17), D(2024, 7, 17)), (D(2024, 7, 3), D(2024, 7, 3)), "near"),
        ((D(2024, 7, 18), D(2024, 7, 18)), (D(2024, 7, 3), D(2024, 7, 3)), "far"),
        ((D(2024, 8, 1), D(2024, 8, 31)), (D(2024, 7, 30), D(2024, 7, 30)), "far"),  # a month is not day-like
    ],
)
def test_relation(claim, event, expected) -> None:  # type: ignore[no-untyped-def]
    assert relation(claim, event) == expected


def test_unknown_year_parts_and_completion() -> None:
    assert unknown_year_parts("XXXX-07-05") == (7, 5)
    assert unknown_year_parts("XXXX-07") == (7, None)
    assert unknown_year_parts("2024-07-05") is None and unknown_year_parts(None) is None
    assert complete_year("XXXX-07-05", 2024) == ("2024-07-05", D(2024, 7, 5), D(2024, 7, 5))
    assert complete_year("XXXX-02", 2024) == ("2024-02", D(2024, 2, 1), D(2024, 2, 29))
    assert complete_year("XXXX-12-30/XXXX-01-02", 2015) == (
        "2015-12-30/2016-01-02",
        D(2015, 12, 30),
        D(2016, 1, 2),
    )
    assert complete_year("XXXX-02-29", 2023) is None
    # Nearest year to the event: a "December 31" claim about an event on January 2 is the previous year.
    assert complete_near("XXXX-12-31", (D(2016, 1, 2), D(2016, 1, 2)))[0] == "2015-12-31"


def test_seeds_case_two_sources_beat_one_undated() -> None:
    canon = choose_canonical(
        [
            _c("XXXX-07-05", "news.az"),
            _c("XXXX-07-05", "news.az"),
            _c("2024-07-03", "b"),
            _c("2024-07-03", "c"),
        ]
    )
    assert (canon.edtf, canon.lower, canon.precision, canon.has_conflict) == (
        "2024-07-03",
        D(2024, 7, 3),
        "day",
        True,
    )
    assert canon.rule == "2 sources vs 1; day precision; year of undated claims taken from the event"


def test_vaguer_claims_support_and_do_not_conflict() -> None:
    canon = choose_canonical([_c("2015", "a"), _c("2015-12", "b"), _c("2015-12-08/2015-12-11", "c")])
    assert canon.edtf == "2015-12-08/2015-12-11" and not canon.has_conflict
    assert canon.rule == "3 sources, no conflict; interval precision"


def test_vaguer_claims_do_not_break_a_tie_between_conflicting_days() -> None:
    canon = choose_canonical(
        [_c("2024-07", "a"), _c("2024-07-03", "b", D(2024, 7, 9)), _c("2024-07-05", "c", D(2024, 7, 6))]
    )
    assert canon.edtf == "2024-07-05" and canon.has_conflict  # 2 vs 2 → same precision → earliest published
    assert canon.rule.endswith("tie → earliest published")


def test_tie_goes_to_the_more_precise_claim() -> None:
    canon = choose_canonical([_c("2024-07", "a"), _c("2024-06-30", "b")])
    assert canon.edtf == "2024-06-30" and canon.has_conflict and canon.rule.endswith("tie → more precise")


def test_majority_beats_precision() -> None:
    canon = choose_canonical([_c("2019-04", "a"), _c("2019-04", "b"), _c("2019-05-02", "c")])
    assert canon.edtf == "2019-04" and canon.rule.startswith("2 sources vs 1; month precision")


def test_same_source_counts_once() -> None:
    canon = choose_canonical(
        [
            _c("2024-07-05", "a", D(2024, 7, 6)),
            _c("2024-07-05", "a", D(2024, 7, 6)),
            _c("2024-07-03", "b", D(2024, 7, 4)),
        ]
    )
    assert canon.edtf == "2024-07-03"


def test_only_year_unknown_claims() -> None:
    canon = choose_canonical([_c("XXXX-07-05", "a"), _c("XXXX-07", "b")])
    assert (canon.edtf, canon.lower, canon.has_conflict) == ("XXXX-07-05", None, False)
    assert choose_canonical([_c("XXXX-07-05", "a"), _c("XXXX-07-09", "b")]).has_conflict
    assert choose_canonical([]) is None
    assert choose_canonical([_c(None, "a")]).rule == "undated"


def test_simple_bounds() -> None:
    assert simple_bounds("1994") == (D(1994, 1, 1), D(1994, 12, 31), "year")
    assert simple_bounds("2024-02") == (D(2024, 2, 1), D(2024, 2, 29), "month")
    assert simple_bounds("2015-12-08/2015-12-11") == (D(2015, 12, 8), D(2015, 12, 11), "interval")
    assert simple_bounds("2015-12-11/2015-12-08") is None and simple_bounds("soon") is None


def test_days_of_one_source_are_joined_only_for_multi_day_events() -> None:
    def day(value: str, doc: str, key: str) -> DatedClaim:
        c = _c(value, key)
        return DatedClaim(c.edtf, c.lower, c.upper, c.precision, key, None, doc)

    claims = [day("2025-04-22", "s1", "a"), day("2025-04-23", "s1", "a"), day("2025-04-24", "s1", "a")]
    canon = choose_canonical(claims, multi_day=True)
    assert (canon.edtf, canon.has_conflict) == ("2025-04-22/2025-04-24", False)
    assert canon.rule == "1 source, no conflict; interval precision; days of one source joined"
    assert choose_canonical(claims).has_conflict  # a one-day event: the days disagree
    far = [day("2025-04-01", "s1", "a"), day("2025-04-20", "s1", "a")]  # more than a week: not one visit
    assert choose_canonical(far, multi_day=True).has_conflict
    two = [day("2025-04-22", "s1", "a"), day("2025-04-24", "s2", "b")]  # different sources still conflict
    assert choose_canonical(two, multi_day=True).has_conflict


def test_adjacent_months_are_near_but_months_apart_are_far() -> None:
    nov, dec = (dt.date(2023, 11, 1), dt.date(2023, 11, 30)), (dt.date(2023, 12, 1), dt.date(2023, 12, 31))
    assert relation(nov, dec) == "near"
    jan = (dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert relation(nov, jan) == "far"
    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert relation(nov, year) == "far"
