"""Markdown blockquotes: the quote marker is furniture; list items inside a quote are their own units."""

from __future__ import annotations

from timeline.extract.sentences import split_sentences
from timeline.ingest.boilerplate import split_paragraphs


def _units(text: str) -> list[str]:
    return [text[s:e] for s, e in split_paragraphs(text)]


def test_quoted_list_items_are_separate_units() -> None:
    text = (
        "> **Milestones**\n>\n> - 1998: Embassy opened in Ankara\n> - May 2011: Visa regime eased\n"
        "> - 2019: Joint commission set up\n"
    )
    units = _units(text)
    assert "- 1998: Embassy opened in Ankara" in units
    assert "- May 2011: Visa regime eased" in units
    assert "- 2019: Joint commission set up" in units
    sentences = [s.text for s in split_sentences(text)]
    assert "May 2011: Visa regime eased" in sentences


def test_marker_only_line_breaks_a_quoted_paragraph() -> None:
    text = "> The minister arrived on Monday.\n>\n> Talks began on Tuesday morning.\n"
    assert _units(text) == ["The minister arrived on Monday.", "Talks began on Tuesday morning."]


def test_wrapped_quote_lines_still_join() -> None:
    text = (
        "> The delegation, which included officials from the energy and transport ministries, arrived\n"
        "> in the capital on Monday and met the prime minister the same evening for two hours.\n"
    )
    units = _units(text)
    assert len(units) == 1
    assert units[0].startswith("The delegation") and units[0].endswith("two hours.")


def test_unquoted_text_is_unchanged() -> None:
    text = "Talks were held in Baku.\n\n- 2001: Office opened\n- 2004: Office closed\n"
    assert _units(text) == ["Talks were held in Baku.", "- 2001: Office opened", "- 2004: Office closed"]
