"""Round 5: PDF-extracted text keeps flattened table rows as lines, joins month names split across lines,
and removes page footers that carry a running title and a page number on one line."""

from __future__ import annotations

import pytest

from timeline.ingest.pdftext import is_table_row, looks_like_pdf_text, unwrap_pdf_text
from timeline.ingest.reader import read_text

PROSE = (
    "The port authority and the railway company agreed in the spring to\n"
    "share the cost of a new ferry terminal, which had been delayed for\n"
    "years because the two sides could not agree on the size of the berth\n"
    "and on the depth of the approach channel. Work finally started late\n"
    "in the summer, once the regional government had guaranteed a loan in\n"
    "the amount requested by the consortium. The terminal is expected to\n"
)
TABLE = (
    "Table 2. Selected milestones of the corridor\n"
    "Date               Milestone\n"
    "14.02.1996         First ferry line opened between the two ports\n"
    "09.2004            Rail ferry enters regular service\n"
    "2011               Terminal privatised\n"
    "3 May 2018         Consortium formed in Aktau\n"
)
TAIL = (
    "handle most container traffic of the region within a few years. The\n"
    "consortium said the first phase would be completed in Novem-\n"
    "ber, and that a second berth would follow if demand keeps growing as\n"
    "it has since the trade agreement between the two countries of Sep-\n"
    "tember 2019 lowered the tariffs on transit cargo across the sea.\n"
)
FOOTER = "CORRIDOR STUDIES | Ports and Plains                                 Page {n} of 3\n"


def document() -> str:
    return (
        PROSE
        + FOOTER.format(n=1)
        + TABLE
        + "\n"
        + PROSE.replace("spring", "autumn")
        + FOOTER.format(n=2)
        + TAIL
        + FOOTER.format(n=3)
    )


def test_table_rows_stay_their_own_paragraphs() -> None:
    text = document()
    assert looks_like_pdf_text(text)
    out, report = unwrap_pdf_text(text)
    paras = out.split("\n\n")
    for row in TABLE.strip().split("\n")[1:]:
        assert row in paras
    assert report.table_rows == 5
    assert "Milestone 14.02.1996" not in out and "established Rail" not in out


def test_month_names_split_across_lines_are_joined() -> None:
    out, _ = unwrap_pdf_text(document())
    assert "completed in November, and" in out
    assert "countries of September 2019 lowered" in out


def test_running_footer_with_page_number_removed() -> None:
    out, report = unwrap_pdf_text(document())
    assert "CORRIDOR STUDIES" not in out and "Page 2 of 3" not in out
    assert report.pages == 3


@pytest.mark.parametrize(
    "line",
    [
        "03.01.1992         Diplomatic relations established",
        "07.2006            Pipeline enters commercial operation",
        "2019     State visit to the capital",
        "March 2024      Summit held in the capital",
        "Year          Event",
        "Policy Report No. 9 | May 2025",
    ],
)
def test_table_rows(line: str) -> None:
    assert is_table_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "2019 was the year in which the two countries first agreed on the corridor and its",
        "03.01.1992 saw the establishment of diplomatic relations between the two states, and",
        "the agreement was signed in March 2024 in the capital by the two ministers and their",
    ],
)
def test_prose_lines_are_not_table_rows(line: str) -> None:
    assert not is_table_row(line)


def test_capitalised_split_word_that_is_not_a_month_keeps_hyphen() -> None:
    text = (
        (PROSE * 2)
        + "at the terminal of Kazakh-\nChinese joint venture, said the May-\nor of the city.\n"
        + FOOTER.format(n=1)
        + PROSE
        + FOOTER.format(n=2)
        + PROSE
        + FOOTER.format(n=3)
    )
    out, _ = unwrap_pdf_text(text)
    assert "Kazakh-Chinese" in out and "May-or" in out  # "Mayor" is no month name: left as the typesetter set it


def test_report_article_stores_table_rows_as_separate_paragraphs() -> None:
    article = read_text(document(), "report.txt")
    assert "09.2004            Rail ferry enters regular service\n\n2011" in article.text
    assert any(article.text[s:e].startswith("14.02.1996") for s, e in article.body_spans)
