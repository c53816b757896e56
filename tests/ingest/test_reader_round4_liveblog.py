"""Round 4: live blogs and digests — timed entries stay separate, sharing rows are boilerplate."""

from __future__ import annotations

import pytest

from timeline.extract.dates import tag_dates
from timeline.ingest.boilerplate import body_spans, is_boilerplate_line, is_timed_entry, split_paragraphs
from timeline.ingest.reader import read_bytes, read_text

MD_BLOG = (
    "# Live: regional rail summit\n\n"
    "**14:05** – **Ministers sign rail deal.** Transport ministers signed a protocol on a new freight line.\n"
    "**13:40** – **Tariff talks stall** Negotiators failed to agree on a common tariff for transit cargo.\n"
    "**12:15 GMT+4** – The Uzbek delegation arrived in Tashkent after a delay at the airport.\n"
)

TXT_BLOG = (
    "Rail summit: live updates\n\n"
    "Published: 9 October 2024\n\n"
    "16:20 Ministers of the four countries signed a protocol on a freight line to the coast.\n"
    "15:45 Negotiators failed to agree on a common tariff and will meet again in December.\n"
    "9.30am: The delegations arrived in the capital on Tuesday evening after long delays.\n\n"
    "The host minister opened the summit with a long speech on transit routes to Europe and\n"
    "the need for new rail links across the region, which he said would be built soon.\n"
    "Share this post\n"
    "Copy link\n"
    "Tweet\n"
    "Subscribe now\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "**14:05** – **Ministers sign rail deal.** Transport ministers signed a protocol.",
        "14:05 Ministers signed a protocol on a new freight line.",
        "9.30am: The delegations arrived in the capital.",
        "- 18:40 — Talks ended without a statement.",
        "**12:15 GMT+4** – The delegation arrived.",
    ],
)
def test_timed_entries(line: str) -> None:
    assert is_timed_entry(line)


@pytest.mark.parametrize(
    "line",
    [
        "At 14:05 the ministers signed a protocol.",
        "2.50 per cent of the cargo was lost.",
        "14:05",
        "1945 The war ended in Europe.",
        "25:10 The clock is wrong.",
    ],
)
def test_not_timed_entries(line: str) -> None:
    assert not is_timed_entry(line)


def test_markdown_timed_entries_are_separate_paragraphs() -> None:
    units = [MD_BLOG[s:e] for s, e in split_paragraphs(MD_BLOG)]
    assert sum(1 for u in units if is_timed_entry(u)) == 3
    assert all(u.count("**") <= 4 or "GMT" in u for u in units)


def test_plain_text_timed_entries_are_separate_and_share_rows_dropped() -> None:
    article = read_text(TXT_BLOG, "blog.txt")
    body = [article.text[s:e] for s, e in article.body_spans]
    assert [u[:5] for u in body[:3]] == ["16:20", "15:45", "9.30a"]
    assert not any("Share" in u or "Copy link" in u or "Subscribe" in u or "Tweet" in u for u in body)
    assert body[-1].endswith("would be built soon.")


def test_clock_times_are_not_dates() -> None:
    article = read_bytes(MD_BLOG.encode(), "blog.md", suffix=".md")
    mentions = tag_dates(article.text, None)
    assert not any(":" in m.text for m in mentions)


@pytest.mark.parametrize(
    "line",
    ["Share", "Share  Tweet  Copy link", "Facebook | X | Email", "Copy link", "Share on Telegram", "Link copied"],
)
def test_share_rows_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Shares in the pipeline operator rose by a tenth after the deal was signed.",
        "The ministers agreed to share data on transit cargo and to print a joint customs form.",
    ],
)
def test_prose_about_sharing_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_ordinary_wrapped_paragraph_unchanged() -> None:
    text = (
        "The ministers met in the capital on Tuesday and agreed to open a new freight line across the\n"
        "region, the host ministry said in a statement issued after the talks had ended late at night.\n"
        "They also agreed to meet again in December to sign the final protocol on tariffs and customs.\n"
    )
    assert len(split_paragraphs(text)) == 1
    assert len(body_spans(text)) == 1
