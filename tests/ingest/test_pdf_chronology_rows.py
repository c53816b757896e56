"""A chronology table of a PDF text export ("DATE<spaces>text", continuation lines indented to the text column,
rows grouped under period headings): each row is one paragraph dated by its own date cell; the continuation
lines join their row also across blank lines and page furniture; ordinary indented lines are never joined."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.pipeline import extract
from timeline.ingest.pdftext import looks_like_pdf_text, unwrap_pdf_text
from timeline.ingest.reader import read_text

INTRO = (
    "Relations between the Republic of Nordland and the Kingdom of Sudland have grown from early\n"
    "contacts in the 1990s into a broad partnership that covers trade, energy, transport and the\n"
    "exchange of students. The table below lists the main political and economic milestones of the\n"
    "relationship. Dates follow official sources; where only the month or the year is known, the\n"
    "entry is listed under that month or year and the source is given in the notes of the report.\n"
)


def _paras(text: str) -> list[str]:
    out, _ = unwrap_pdf_text(text)
    return [" ".join(p.split()) for p in out.split("\n\n") if p.strip()]


def test_rows_keep_their_continuation_lines_under_period_headings() -> None:
    text = (
        INTRO + "\n2000-2009\n\n"
        "12 May 2005      The two foreign ministers sign a consular agreement in\n"
        "                 Porto. A joint working group is set up.\n\n"
        "May 2007         Sudland Rail completes the 8.4-km Brask\n"
        "                 tunnel on the coastal railway.\n\n"
        "2010-2016\n\n"
        "2012             Nordland joins the regional development bank as a\n"
        "                 founding member.\n"
    )
    paras = _paras(text)
    assert (
        "12 May 2005 The two foreign ministers sign a consular agreement in Porto. A joint working group is set up."
        in paras
    )
    assert "May 2007 Sudland Rail completes the 8.4-km Brask tunnel on the coastal railway." in paras
    assert "2012 Nordland joins the regional development bank as a founding member." in paras
    assert "2010-2016" in paras


@pytest.mark.parametrize(
    ("cell", "pad"),
    [("12 May 2005", 6), ("2005-05", 8), ("May 2005", 4), ("2016 Jun", 3), ("14-16 September 2022", 2)],
)
def test_date_cell_formats_and_indents(cell: str, pad: int) -> None:
    col = len(cell) + pad
    text = (
        f"{cell}{' ' * pad}The prime minister of Sudland visits Nordland and\n"
        f"{' ' * col}holds talks on energy and transport.\n\n"
        "Next heading of the note\n"
    )
    assert (
        _paras(text)[0]
        == f"{cell} The prime minister of Sudland visits Nordland and holds talks on energy and transport."
    )


def test_tab_separated_rows() -> None:
    text = "3 March 2019\tThe ministers open a consulate in\n\t\tthe port of Brask.\n\n2020\tTrade reaches a record.\n"
    assert _paras(text)[:2] == [
        "3 March 2019 The ministers open a consulate in the port of Brask.",
        "2020 Trade reaches a record.",
    ]


def test_date_cell_alone_then_indented_text_and_a_one_space_row() -> None:
    text = (
        "6 June 2024        The ministers sign a transport agreement.\n\n"
        "8-10 September 2013\n"
        "                   State visit of the President of Sudland. A treaty is\n"
        "                   signed in Porto.\n\n"
        "23-25 January 2024 State visit of the Prime Minister to Nordland. The two\n"
        "                   sides sign a joint statement.\n"
    )
    paras = _paras(text)
    assert "8-10 September 2013 State visit of the President of Sudland. A treaty is signed in Porto." in paras
    assert (
        "23-25 January 2024 State visit of the Prime Minister to Nordland. The two sides sign a joint statement."
        in paras
    )


def test_continuation_after_a_page_break_with_running_head() -> None:
    text = (
        "April 2020         A team of doctors from Sudland arrives in Porto and\n"
        "\n- 2 -\n"
        "NORDLAND AND SUDLAND: CHRONOLOGY           Background Note 4/2026\n"
        "\n"
        "                   delivers testing kits to the health ministry.\n\n"
        "March 2021         Nordland registers a vaccine developed jointly.\n"
        "\n- 3 -\n"
        "NORDLAND AND SUDLAND: CHRONOLOGY           Background Note 4/2026\n\n"
        "Closing remarks of the note\n"
    )
    paras = _paras(text)
    assert (
        "April 2020 A team of doctors from Sudland arrives in Porto and delivers testing kits to the health ministry."
        in paras
    )
    assert not [p for p in paras if "Background Note" in p]


def test_indented_quote_or_list_after_prose_is_not_joined() -> None:
    text = (
        "The minister said the talks had gone well and added the following words.\n\n"
        "        We will meet again in Porto next spring.\n\n"
        "Key points of the agreement were listed in an annex.\n"
        "    - lower tariffs on grain\n"
        "    - a joint customs post\n"
    )
    paras = _paras(text)
    assert "We will meet again in Porto next spring." in paras
    assert "The minister said the talks had gone well and added the following words." in paras
    assert "- lower tariffs on grain" in paras


def test_an_indented_line_after_a_row_at_another_column_is_not_joined() -> None:
    text = "12 May 2005       The ministers sign an accord.\n\n    Source: ministry archive, a note added later.\n"
    assert _paras(text)[0] == "12 May 2005 The ministers sign an accord."


def _doc(rows: str) -> str:
    return (
        "NORDLAND AND SUDLAND: CHRONOLOGY OF KEY EVENTS\n\n"
        + INTRO
        + "\n2. CHRONOLOGY\n\n"
        + rows
        + "\n- 1 -\n"
        + INTRO
        + "\n- 2 -\n"
        + INTRO
    )


def test_rows_are_dated_by_their_own_date_cell_not_the_heading() -> None:
    rows = (
        "2010-2016\n\n"
        "June 2012          During President Tokayev's visit to Tokyo, the two\n"
        "                   leaders sign a joint declaration establishing a\n"
        "                   strategic partnership between Kazakhstan and Japan.\n\n"
    )
    text = _doc(rows)
    assert looks_like_pdf_text(text)
    art = replace(read_text(text, "test://chronology.txt"), published=dt.date(2026, 1, 15))
    claims = [c for c in extract(art).claims if "declaration" in c.quote or "partnership" in c.quote]
    assert claims
    assert all(c.date.value == "2012-06" for c in claims)
    assert not [c for c in claims if c.rule.endswith("+heading-date")]


def test_plain_text_row_with_its_date_cell_alone_takes_the_indented_text() -> None:
    from timeline.ingest.boilerplate import split_paragraphs

    text = (
        "14-16 September 2022\n"
        "                   The President of Kazakhstan pays a state visit to Japan. A\n"
        "                   treaty on strategic partnership is signed in Tokyo.\n\n"
        "2019\n\n"
        "    Indented lines under a year heading stay apart.\n"
    )
    units = [" ".join(text[s:e].split()) for s, e in split_paragraphs(text)]
    assert units[0] == (
        "14-16 September 2022 The President of Kazakhstan pays a state visit to Japan. A treaty on strategic "
        "partnership is signed in Tokyo."
    )
    assert "Indented lines under a year heading stay apart." in units
