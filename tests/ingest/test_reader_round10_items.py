"""Round 10: pages listing several dated press items; each item is the reference for its own "today"."""

from __future__ import annotations

import datetime as dt

from timeline.extract.dates import tag_dates
from timeline.ingest.metadata import dated_items, item_reference

PRESS_LIST = """Ministry of Transport
Press releases

----------
12.05.2026
Minister receives the ambassador of Japan

The minister today received the ambassador of Japan to discuss port investment and rail freight.

----------
**3 February 2026**
Road agreement signed with the Asian Development Bank

The ministry and the bank yesterday signed a loan agreement for the northern bypass road project.

----------
Tuesday, 18 November 2025
Delegation visits the new logistics centre

A delegation from Kazakhstan on Tuesday visited the new logistics centre near the capital city.
"""


def test_each_item_has_its_own_date() -> None:
    items = dated_items(PRESS_LIST)
    assert [i.date for i in items] == [dt.date(2026, 5, 12), dt.date(2026, 2, 3), dt.date(2025, 11, 18)]
    assert items[0].end == items[1].start and items[-1].end == len(PRESS_LIST)


def test_today_inside_an_item_counts_from_the_item_date() -> None:
    items = dated_items(PRESS_LIST)
    pos = PRESS_LIST.index("The ministry and the bank yesterday")
    line = PRESS_LIST[pos : PRESS_LIST.index("\n", pos)]
    ref = item_reference(items, pos)
    assert ref == dt.date(2026, 2, 3)
    (m,) = tag_dates(line, ref)
    assert m.value == "2026-02-02"
    pos = PRESS_LIST.index("A delegation from Kazakhstan")
    assert item_reference(items, pos) == dt.date(2025, 11, 18)
    assert item_reference(items, 5) is None  # the page head is in no item


def test_a_single_dated_line_is_not_a_list() -> None:
    text = "Press release\n\n12.05.2026\n\nThe minister today received the ambassador of Japan in the capital.\n"
    assert dated_items(text) == []


def test_chronology_entries_are_not_items() -> None:
    text = (
        "Timeline\n\n"
        "3 March 2025 — Talks open in Baku between the two foreign ministers and their teams.\n"
        "9 May 2025 — The agreement is signed in Beijing by both prime ministers at a ceremony.\n"
    )
    assert dated_items(text) == []


def test_a_column_of_dates_is_not_a_list_of_items() -> None:
    text = "Key dates\n\n3 March 2025\nTalks\n\n9 May 2025\nSigning\n\n1 June 2025\nEntry into force\n"
    assert dated_items(text) == []


def test_yearless_day_headings_are_not_items() -> None:
    text = (
        "Live: the summit\n\nMonday, 3 June\n\nLeaders arrived today for the summit in the old town hall.\n\n"
        "Tuesday, 4 June\n\nThe leaders today signed the final declaration after long talks.\n"
    )
    assert dated_items(text) == []
