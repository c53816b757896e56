"""Round 4: plain text extracted from a PDF is detected conservatively and unwrapped into paragraphs."""

from __future__ import annotations

from timeline.extract.pipeline import extract
from timeline.ingest.pdftext import looks_like_pdf_text, unwrap_pdf_text
from timeline.ingest.reader import read_bytes, read_text

RUNNING = "Caspian Transit Review                                    Working Paper 4/2024"

PAGES = [
    "Freight corridors after the war: a working paper\n"
    "The ministers of transport of the three countries met in Tbilisi and\n"
    "signed an agreement on a joint freight tariff in 2015.12 The agree-\n"
    "ment covered rail and ferry traffic across the Caspian and set up a\n"
    "coordination council that meets every year. Its first meeting was\n"
    "held in Baku, where the Azerbaijan-\n"
    "Kazakhstan working group also presented a long-\n"
    "term plan for the port of Alat.\n",
    "Traffic rose slowly at first. The coordination council reported that\n"
    "volumes had doubled by 2019, when the first block trains from central\n"
    "China reached the port.3 Officials said the new tariff was decisive.\n"
    "The pandemic interrupted the growth in 2020, and the council did not\n"
    "meet that year. It resumed its work in 2021, when the members agreed\n"
    "to extend the agreement for another ten years and to open the corri-\n",
    "dor to container traffic from Europe. In 2023 the council agreed on a\n"
    "digital transit document, which was tested on the route between Aktau\n"
    "and Alat during the summer. The results were published in a short\n"
    "report by the secretariat of the council in the following spring.\n",
]


def paged(sep: str = "markers") -> str:
    out = []
    for i, page in enumerate(PAGES, 1):
        footer = f"Page {i} of {len(PAGES)}\n" if sep == "markers" else ""
        out.append(f"{RUNNING}\n{page}{footer}")
    return ("\f" if sep == "formfeed" else "").join(out)


def test_paged_text_is_detected_and_unwrapped() -> None:
    text = paged()
    assert looks_like_pdf_text(text)
    out, report = unwrap_pdf_text(text)
    assert "Page 2 of 3" not in out and "Working Paper" not in out
    assert "freight tariff in 2015. The agreement covered" in out  # footnote mark and hyphenation
    assert "Azerbaijan-Kazakhstan working group" in out  # a compound of names keeps its hyphen
    assert "long-term plan" in out
    assert "open the corridor to container traffic" in out  # hyphenation across a page break
    assert "reached the port. Officials" in out
    assert "Tbilisi and signed" in out and "\nsigned" not in out
    assert report.pages == 3 and report.dehyphenated == 2 and report.footnote_marks == 2


def test_form_feeds_split_pages() -> None:
    text = paged("formfeed")
    assert looks_like_pdf_text(text)
    out, report = unwrap_pdf_text(text)
    assert "\f" not in out and "Working Paper" not in out and report.pages == 3
    assert "open the corridor to container traffic" in out


def test_reader_stores_unwrapped_text_and_quotes_point_into_it() -> None:
    article = read_text(paged(), "paper.txt")
    assert any("extracted from a PDF" in w for w in article.warnings)
    assert "The agreement covered rail" in article.text
    extraction = extract(article)
    assert extraction.claims
    for claim in extraction.claims:
        assert article.text[claim.start : claim.end] == claim.quote
        assert "\n" not in claim.quote


HARD_WRAPPED_EMAIL = (
    "Dear colleagues,\n\n"
    "the ministers of transport of the three countries met in Tbilisi on\n"
    "Tuesday and signed an agreement on a joint freight tariff. The\n"
    "agreement covers rail and ferry traffic across the Caspian and sets\n"
    "up a coordination council that meets every year.\n\n"
    "Traffic is expected to rise slowly at first. The council will report\n"
    "on volumes in the spring, when the first block trains from central\n"
    "China are due to reach the port. Officials said the new tariff was\n"
    "decisive for the shippers who had asked for it for several years.\n\n"
    "Best regards,\nthe press office\n"
)


def test_hard_wrapped_mail_without_pdf_trace_is_unchanged() -> None:
    assert not looks_like_pdf_text(HARD_WRAPPED_EMAIL)
    assert read_text(HARD_WRAPPED_EMAIL, "mail.txt").text == HARD_WRAPPED_EMAIL


def test_one_paragraph_per_line_text_is_unchanged() -> None:
    text = "\n\n".join(p.replace("\n", " ") for p in PAGES) + "\nPage 1 of 1\n"
    assert not looks_like_pdf_text(text)


def test_short_text_with_one_hyphen_break_is_unchanged() -> None:
    text = "Talks resume\n\nThe two sides resumed talks on a joint tariff agree-\nment on Monday.\n"
    assert not looks_like_pdf_text(text)
    assert read_text(text, "a.txt").text == text


def test_markdown_is_never_unwrapped() -> None:
    article = read_bytes(paged().encode(), "paper.md", suffix=".md")
    assert "Page 2 of 3" in article.text
    assert not any("PDF" in w for w in article.warnings)


def test_hyphen_kept_when_the_compound_occurs_elsewhere() -> None:
    text = paged().replace("extend the agreement", "extend the co-operation")
    text = text.replace("set up a\n", "set up co-\n").replace(
        "coordination council that meets", "operation in a council"
    )
    out, _ = unwrap_pdf_text(text)
    assert "co-operation in a council" in out


def test_text_wrapper_breaks_after_compound_hyphens_are_no_pdf_trace() -> None:
    import textwrap

    prose = (
        "The ministers of transport met in Tbilisi and signed a long-term agreement on a Russia-brokered "
        "freight tariff for cross-border traffic. The Azerbaijan-Kazakhstan working group presented a plan "
        "for the port, and the ministers agreed to meet again in the spring to review the state-owned "
        "railways' progress on the China-bound route and on the new five-year programme for the ports. "
    ) * 3
    text = textwrap.fill(prose, width=61) + "\n"
    assert "-\n" in text
    assert not looks_like_pdf_text(text)


def test_proper_name_before_a_line_hyphen_keeps_it() -> None:
    out, _ = unwrap_pdf_text(paged().replace("where the Azerbaijan-\nKazakhstan", "where the Russia-\nbrokered"))
    assert "Russia-brokered" in out
