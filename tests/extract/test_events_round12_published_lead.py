"""A news lead in the present perfect without a date takes the publication day (session 10, lead).

Agencies open with the day's news in the present perfect ("President X has received Minister Y"); such a lead
used to give no claim at all. A simple past lead, a tally of acts, a later paragraph and quoted speech stay as
they were.
"""

from __future__ import annotations

import pytest

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text


def claims(body: str) -> list[tuple[str, str | None]]:
    text = "---\ntitle: Report\npublished: 2026-03-12\n---\n" + body + "\n"
    return [(c.rule, c.date.value if c.date else None) for c in extract(read_text(text, "mem://lead.md")).claims]


@pytest.mark.parametrize(
    "body",
    [
        "President of Kazakhstan Kassym-Jomart Tokayev has received Chinese Foreign Minister Wang Yi, who is on an "
        "official visit to Astana.\n\nThe sides discussed trade.",
        "Azerbaijan and China have signed a memorandum on green energy cooperation in Baku.",
        "Uzbek Foreign Minister Bakhtiyor Saidov has met Chinese Ambassador Yu Jun in Tashkent.",
        "BAKU, Azerbaijan's Deputy Prime Minister Shahin Mustafayev has held talks with a delegation of China's "
        "Ministry of Commerce.",
    ],
)
def test_present_perfect_lead_takes_the_publication_day(body: str) -> None:
    found = claims(body)
    assert found and found[0] == (found[0][0], "2026-03-12")
    assert found[0][0].endswith("+published-lead")


@pytest.mark.parametrize(
    "body",
    [
        "Azerbaijan and China have signed more than 100 agreements over three decades.",
        "Aliyev and Xi have met dozens of times.",
        "Azerbaijan's president went to China's biggest diplomatic show of the year as a guest.",
        "The summit of member states took place in Astana.",
        "Analysts say ties have never been closer.\n\nThe two foreign ministers have met in Beijing.",
        '"We have signed a memorandum with China," the minister said.',
    ],
)
def test_other_dateless_leads_are_not_dated_by_publication(body: str) -> None:
    assert not any(rule.endswith("+published-lead") for rule, _ in claims(body))
