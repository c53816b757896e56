"""Round 5: month ranges broken by a hyphen, numeric dates, "the turn of the year", month qualifiers, seasons."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2025, 6, 10)


def _values(text: str, ref: dt.date | None = REF) -> dict[str, str | None]:
    return {m.text: m.value for m in tag_dates(text, ref)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Joint exercises were held in August-September 2015.", "2015-08/2015-09"),
        ("Joint exercises were held in Aug–Sept 2015.", "2015-08/2015-09"),
        ("Joint exercises were held in August-Sep-\ntember 2015 near the border.", "2015-08/2015-09"),
        ("The census ran from Octo-\nber to Decem- ber 2011.", "2011-10/2011-12"),
        ("Output fell in NOVEM-\nBER 2020.", "2020-11"),
        ("The season runs from Novem-\nber 2024 to Febru-\nary 2025.", "2024-11/2025-02"),
        ("Joint exercises were held in Aug/Sep 2015.", "2015-08/2015-09"),
        ("Sales in Jan./Feb. 2020 fell.", "2020-01/2020-02"),
    ],
)
def test_month_ranges_and_hyphenated_names(text: str, value: str) -> None:
    assert value in _values(text).values()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The law was adopted on 03.01.1992 by parliament.", "1992-01-03"),
        ("Under the protocol of 26.04.1994 the border was fixed.", "1994-04-26"),
        ("Signed in Kyiv, 23/04/2025.", "2025-04-23"),
        ("Filed 2025-04-23, amended later.", "2025-04-23"),
        ("| 07.2006 | Pipeline enters service |", "2006-07"),
        ("Date\tEvent\n11.2019\tFirst gas delivered", "2019-11"),
        ("He has served as envoy since 09.2018.", "2018-09"),
    ],
)
def test_numeric_dates(text: str, value: str) -> None:
    assert value in _values(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Growth slowed to 3.3 percent as the deficit hit 1.5 billion.",
        "Shares closed at 10.2015 dollars.",
        "The update to version 12.2019 of the software is out.",
        "Decree No. 2015 was published in the gazette.",
        "The session resumed at 14.05 local time.",
        "Inflation was 12.2020 per cent, a record.",
        "The spending rose by 08.2019 million manat.",
    ],
)
def test_numbers_are_not_dates(text: str) -> None:
    assert not [m for m in tag_dates(text, REF) if m.value and m.value[:1].isdigit() and m.precision != "day"
                and any(ch.isdigit() for ch in m.text)]


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("Prices jumped around the turn of the year.", dt.date(2025, 4, 28), "2024-12/2025-01"),
        ("The new terminal will open at the turn of the year.", dt.date(2025, 6, 10), "2025-12/2026-01"),
        ("Fighting flared at the turn of the year, the agency said.", dt.date(2024, 1, 15), "2023-12/2024-01"),
    ],
)
def test_turn_of_the_year(text: str, ref: dt.date, value: str) -> None:
    assert value in _values(text, ref).values()


def test_turn_of_the_year_without_reference() -> None:
    got = [m for m in tag_dates("Talks stalled at the turn of the year.", None) if "turn" in m.text]
    assert got and got[0].value is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He took part in the summit at the start of September.", "2024-09"),
        ("Talks resumed in early September.", "2024-09"),
        ("The plant will close in late September.", "2025-09"),
        ("The mine shut at the end of 2009.", "2009-12"),
        ("Flights resumed in mid-March.", "2025-03"),
    ],
)
def test_month_with_a_qualifier_takes_the_publication_year(text: str, value: str) -> None:
    assert value in _values(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "The cultural centre opened this spring.",
        "The museum reopened in the spring.",
        "Last summer, the border crossing was handed over.",
        "The plant will be finished next autumn.",
        "Exports fell sharply this winter.",
    ],
)
def test_season_with_a_known_publication_date_has_a_year(text: str) -> None:
    seasons = [m for m in tag_dates(text, REF) if m.precision == "season"]
    assert seasons and all(m.value and not m.value.startswith("XXXX") for m in seasons)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In spring the first trains crossed the bridge.", "2025-21"),
        ("The cultural centre opened in spring.", "2025-21"),
        ("Since summer, prices have risen by a third.", "2025-22"),
        ("He left the capital in winter, when the roads closed.", "2024-24"),
        ("The deal will be signed in autumn.", "2025-23"),
    ],
)
def test_bare_season_after_a_preposition(text: str, value: str) -> None:
    assert value in _values(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Tourists come for spring water in droves.",
        "Damage rose in winter storms across the north.",
        "Shops in Spring Street were closed.",
        "Prices fall in summer months, traders say.",
        "Spring came late.",
    ],
)
def test_season_word_that_is_no_date(text: str) -> None:
    assert not [m for m in tag_dates(text, REF) if m.precision == "season"]
