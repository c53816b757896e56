"""Round 5: a chronology item under a year heading is dated by its own month or day in the heading's year."""

from __future__ import annotations

import pytest

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

HEAD = "# Georgia and Turkey: a chronology\n\n*Updated 3 May 2025*\n\nThe main milestones of relations.\n\n"


def _claim_dates(body: str) -> dict[str, set[str]]:
    """Claim date values by the first words of the quote's item (after the heading)."""
    out: dict[str, set[str]] = {}
    for c in extract(read_text(HEAD + body, "file:///chronology.md")).claims:
        item = c.quote.split("\n")[-1].lstrip("- ")
        out.setdefault(" ".join(item.split()[:3]), set()).add(c.date.value or "")
    return out


@pytest.mark.parametrize(
    ("body", "item", "value"),
    [
        ("## 2008\n\n- In June, President Saakashvili pays a state visit to Turkey.\n\n## 2011\n\n"
         "- In May, the two presidents meet in Batumi.\n", "In June, President", "2008-06"),
        ("2008\n\n- In June, President Saakashvili pays a state visit to Turkey.\n\n2011\n\n"
         "- In May, Presidents Saakashvili and Erdogan meet in Batumi.\n", "In May, Presidents", "2011-05"),
        ("## 2014\n\n- On 12 March, Georgia and Turkey sign a visa agreement in Ankara.\n\n## 2016\n\n"
         "- On 3 October, the presidents open a new border crossing.\n", "On 12 March,", "2014-03-12"),
        ("**2019**\n\n- In April, Prime Minister Bakhtadze pays an official visit to Turkey.\n\n**2021**\n\n"
         "- In July, the defence ministers meet in Tbilisi.\n", "In April, Prime", "2019-04"),
    ],
)
def test_item_date_takes_the_heading_year(body: str, item: str, value: str) -> None:
    got = _claim_dates(body)
    assert got[item] == {value}  # not also the bare heading year


def test_item_without_a_date_keeps_the_heading_year() -> None:
    body = ("## 2012\n\n- The presidents of Georgia and Turkey meet in Batumi.\n\n## 2013\n\n"
            "- In May, Presidents Margvelashvili and Erdogan meet in Ankara.\n")
    got = _claim_dates(body)
    assert got["The presidents of"] == {"2012"}
    assert got["In May, Presidents"] == {"2013-05"}
