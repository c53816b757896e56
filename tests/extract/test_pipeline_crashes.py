"""Inputs that once raised inside the pipeline and failed a whole article (the file was lost, not degraded)."""

from __future__ import annotations

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

# An undated page (no publication date anywhere) whose year headings date its day-month items.
UNDATED_CHRONOLOGY = (
    "# Milestones of Georgia–Kazakhstan relations\n\n"
    "## 2015\n\n"
    "- 12 May – Georgia and Kazakhstan sign an agreement on road transport.\n"
    "- 3–5 June: The President of Kazakhstan pays a state visit to Georgia.\n\n"
    "## 2018\n\n"
    "- In March, the foreign ministers of Georgia and Kazakhstan meet in Tbilisi.\n"
)

# Two claims on the same day before "the second day": equal dates once made the sort compare DateMentions.
ORDINAL_DAY = (
    "Summit diary\n\n"
    "Posted on 4 September 2025\n\n"
    "The leaders of Nordland and Sudland arrived in Sudport on 31 August 2025 for the summit. "
    "President Anna Berg of Nordland met President Omar Lind of Sudland on 31 August 2025. "
    "On the second day, Berg held talks with the Sudland prime minister.\n"
)


def test_undated_chronology_takes_the_years_of_its_headings() -> None:
    article = read_text(UNDATED_CHRONOLOGY, "milestones.md")
    assert article.published is None
    claims = extract(article).claims
    assert claims
    assert all(c.date is None or not c.date.value.startswith("XXXX") for c in claims if c.date is not None)
    years = {c.date.value[:4] for c in claims if c.date is not None and c.date.value}
    assert "2015" in years


def test_ordinal_day_after_two_claims_of_one_day_does_not_raise() -> None:
    claims = extract(read_text(ORDINAL_DAY, "diary.txt")).claims
    assert claims
