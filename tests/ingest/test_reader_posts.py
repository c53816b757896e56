"""Copies of channel, chat or forum posts: each bracketed post stamp heads an item whose "today", "yesterday" and
weekdays count from that post, and the page is dated by its newest post (copies list posts oldest first)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.pipeline import extract
from timeline.ingest.metadata import _post_stamp, dated_items
from timeline.ingest.reader import read_text

CHANNEL = """Caspian Freight Watch

Caspian Freight Watch, [03.02.2026 10:15]
The first block train from Xi'an to Baku arrived at the port of Alat today after a 12-day journey, the railway said.
👁 1.4K

Caspian Freight Watch, [09.02.2026 18:40]
Kazakhstan and Azerbaijan signed a memorandum on a joint container operator in Astana yesterday, the ministry said.
👁 980

Caspian Freight Watch, [14.02.2026 08:05]
On Thursday the transport ministers of Georgia and Azerbaijan met in Tbilisi to discuss Black Sea ferry tariffs.
"""

CHAT = """Exported chat: Silk Road traders

[21.05.2025 11:02] The customs office at the border crossing reopened this morning after two weeks of repairs.
[23.05.2025 16:45] Trucks waited for six hours at the crossing yesterday, drivers told the group chat.
"""


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("[18.06.2025 14:32]", dt.date(2025, 6, 18)),
        ("Baku Pulse, [18.06.2025 14:32]", dt.date(2025, 6, 18)),
        ("📌 [18.06.2025 14:32]", dt.date(2025, 6, 18)),
        ("(18.06.2025, 09:05) The post's text follows the stamp.", dt.date(2025, 6, 18)),
        ("[2025-06-18 14:32] The post's text follows the stamp.", dt.date(2025, 6, 18)),
        ("[18.06.2025]", dt.date(2025, 6, 18)),
    ],
)
def test_post_stamps(line: str, date: dt.date) -> None:
    found = _post_stamp(line)
    assert found is not None and found[0] == date


@pytest.mark.parametrize(
    "line",
    [
        "(3 March 2025) Talks open in Baku between the two foreign ministers.",  # a chronology entry: no clock
        "[Update] The ministry corrected the figures on Monday.",
        "(see the table below)",
        "[June 2025 14:32]",  # not a day
        "The ministers met (18.06.2025, 09:05) in the capital.",  # not at the start of the line
    ],
)
def test_not_post_stamps(line: str) -> None:
    assert _post_stamp(line) is None


def test_each_post_is_an_item() -> None:
    items = dated_items(CHANNEL)
    assert [i.date for i in items] == [dt.date(2026, 2, 3), dt.date(2026, 2, 9), dt.date(2026, 2, 14)]
    assert [i.date for i in dated_items(CHAT)] == [dt.date(2025, 5, 21), dt.date(2025, 5, 23)]


def test_a_single_post_is_no_list() -> None:
    assert dated_items(CHANNEL.split("\n\n", 2)[0] + "\n\n" + CHANNEL.split("\n\n")[1]) == []


def test_page_dated_by_its_newest_post_and_each_post_counts_from_its_own_stamp() -> None:
    article = read_text(CHANNEL, "tg://caspian")
    assert article.published == dt.date(2026, 2, 14)
    dates = {c.quote[:20]: (c.date.value, c.status) for c in extract(article).claims}
    assert dates["The first block trai"] == ("2026-02-03", "occurred")
    assert dates["Kazakhstan and Azerb"] == ("2026-02-08", "occurred")  # "yesterday" of the 9 February post
    assert dates["On Thursday the tran"] == ("2026-02-12", "occurred")


def test_front_matter_date_is_kept() -> None:
    text = "---\npublished: 2026-03-01\n---\n" + CHANNEL
    assert read_text(text, "tg://caspian.md").published == dt.date(2026, 3, 1)


def test_press_list_newest_first_keeps_its_date() -> None:
    text = (
        "Press releases\n\n12.05.2026\nThe minister today received the ambassador of Japan to discuss port "
        "investment.\n\n3 February 2026\nThe ministry and the bank yesterday signed a loan agreement for the "
        "northern bypass road.\n"
    )
    assert read_text(text, "gov://press").published == dt.date(2026, 5, 12)

POST = "The first block train arrived at the port of Alat today, the railway said."


@pytest.mark.parametrize("counter", ["👁 1.4K", "Views: 1 204", "1.4K views", "❤️ 120  🔁 34", "💬 12 comments"])
def test_counter_lines_under_a_post_are_no_body(counter: str) -> None:
    from timeline.ingest.boilerplate import body_spans

    text = f"Channel, [03.02.2026 10:15]\n{POST}\n{counter}\n"
    (span,) = body_spans(text)
    assert text[span[0] : span[1]].endswith("the railway said.")


@pytest.mark.parametrize("tail", ["2024", "1.2", "Photo: AZERTAC"])
def test_other_trailing_lines_are_not_counters(tail: str) -> None:
    from timeline.ingest.boilerplate import body_spans

    text = f"Channel, [03.02.2026 10:15]\n{POST}\n{tail}\n"
    assert all(not text[s:e].endswith("the railway said.") for s, e in body_spans(text))
