"""Round 11: HTML structure the reader keeps apart or puts back — footnote markers glued to the text, standfirsts
dropped by the main-text extractor, footnote and endnote bodies that tell something."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates
from timeline.ingest import boilerplate
from timeline.ingest.reader import find_standfirsts, read_bytes, read_text, separate_markers


def page(head: str, body: str, tail: str = "") -> bytes:
    """A small news page: a header block, the article body, and what follows it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title>
<meta property="article:published_time" content="2026-03-10T09:00:00+00:00"></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>{head}
<div class="article-body">{body}</div>{tail}</article></main>
<footer><p>&copy; 2026 The Example Times</p></footer></body></html>""".encode()


PARA = (
    "<p>The two governments have discussed the corridor for years, and officials say the volume of freight "
    "carried across the Caspian Sea has grown every month since the new terminal opened in the port last spring.</p>"
)


def body_texts(data: bytes) -> list[str]:
    art = read_bytes(data, "https://example.org/news/item.html", suffix=".html")
    return [art.text[s:e] for s, e in art.body_spans]


# ------------------------------------------------------------------ footnote markers


@pytest.mark.parametrize(
    "marked",
    [
        "applied to join the bloc in October 2024.<sup>1</sup> The request",  # plain superscript
        'applied to join the bloc in October 2024.<sup><a href="#fn1" id="r1">1</a></sup> The request',  # pandoc
        'applied to join the bloc in October 2024.<sup class="reference"><a href="#cite_note-2">[2]</a></sup> The'
        " request",  # wiki style
        'applied to join the bloc in October 2024<a class="footnote-ref" href="#footnote-3">3</a>. The request',
        "applied to join the bloc in October 2024.<sup>*</sup> The request",
        'applied to join the bloc in October 2024.<span class="footnote-ref">3</span> The request',  # classed span
        "applied to join the bloc in October 2024<sup>12,13</sup>. The request",
    ],
)
def test_footnote_markers_do_not_glue_onto_a_year(marked: str) -> None:
    text = separate_markers(f"<p>Azerbaijan {marked} was announced in Baku.</p>")
    assert "2024.1" not in text and "20241" not in text and "20243" not in text
    mentions = tag_dates(read_bytes(f"<p>Azerbaijan {marked} was announced.</p>".encode(), "x.html",
                                    suffix=".html").text, dt.date(2026, 3, 10))  # fmt: skip
    assert [m.value for m in mentions] == ["2024-10"]


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ("<p>on the 5<sup>th</sup> of May</p>", "5th"),  # an ordinal suffix stays glued
        ("<p>the 21<sup>st</sup> century</p>", "21st"),
        ("<p>a site of 40 km<sup>2</sup> near the port</p>", "40 km²"),  # an exponent of a unit
        ("<p>output of CO<sub>2</sub> rose</p>", "CO<sub>2</sub>"),  # a chemical subscript is left alone
        ("<p>the Brand<sup>TM</sup> line</p>", "<sup>TM</sup>"),  # not a marker: left alone
    ],
)
def test_superscripts_that_are_not_markers_stay(html: str, kept: str) -> None:
    assert kept in separate_markers(html)


def test_note_classed_text_that_is_no_marker_stays() -> None:
    html = '<p><span class="footnote-text">The memorandum was signed in Beijing.</span></p>'
    assert separate_markers(html) == html


def test_footnote_body_opened_by_a_superscript_reads_as_prose() -> None:
    notes = '<div class="footnotes"><p><sup>1</sup> The application was announced by the presidential office.</p></div>'
    texts = body_texts(page("<h1>Baku turns east</h1>", PARA, notes))
    assert "The application was announced by the presidential office." in texts


# ------------------------------------------------------------------ standfirsts


@pytest.mark.parametrize(
    "head",
    [
        # an agency page: the lead sits in the header block with the headline and the time
        '<div class="news-header"><time datetime="2026-03-10">10 MAR</time><h1>Ministers sign a visa deal</h1>'
        '<p class="lead">The waiver is expected to take effect by early summer, the minister said</p></div>',
        # a British paper: the standfirst under the headline
        '<header class="article-header"><h1>Ministers sign a visa deal</h1>'
        '<p class="standfirst">The waiver is expected to take effect by early summer, the minister said</p></header>',
        # a CMS summary block
        '<div class="article-top"><h1>Ministers sign a visa deal</h1><div class="summary">'
        "<p>The waiver is expected to take effect by early summer, the minister said</p></div></div>",
        # a dek as a subheading
        '<div class="hero"><h1>Ministers sign a visa deal</h1>'
        '<h2 class="article__dek">The waiver is expected to take effect by early summer, the minister said</h2></div>',
    ],
)
def test_standfirst_is_body_text(head: str) -> None:
    texts = body_texts(page(head, PARA))
    lead = "The waiver is expected to take effect by early summer, the minister said"
    assert lead in texts
    assert texts.index(lead) < next(i for i, t in enumerate(texts) if t.startswith("The two governments"))


def test_standfirst_does_not_take_the_dateline_of_the_lead_paragraph() -> None:
    head = (
        '<div class="news-header"><h1>Ministers sign a visa deal</h1>'
        '<p class="lead">Baku hopes the waiver will take effect by early summer, the minister said.</p></div>'
    )
    body = (
        "<p>BEIJING, March 9. /TASS/. Azerbaijan and China signed an agreement on mutual visa exemption on Monday "
        "after talks between the two foreign ministers in Beijing, a correspondent reports.</p>" + PARA
    )
    meta = b'<meta property="article:published_time" content="2026-03-10T09:00:00+00:00">'
    data = page(head, body).replace(meta, b"")
    art = read_bytes(data, "x.html", suffix=".html")
    assert art.metadata.get("dateline") == "BEIJING, March 9. /TASS/."  # the lead paragraph's, not skipped
    assert any(art.text[s:e].startswith("Baku hopes the waiver") for s, e in art.body_spans)


@pytest.mark.parametrize(
    "tail",
    [
        # a "Related articles" teaser list with summaries stays boilerplate
        '<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Port expands</a>'
        '<p class="summary">The port of Alat doubled its capacity after the second berth opened in May.</p></li>'
        '<li><a href="/b">New ferry line</a><p class="summary">A new ferry line links Kuryk with Alat '
        "three times a week from June.</p></li></ul></aside>",
        # teaser cards outside an aside, under a "More stories" heading
        '<div class="more-stories"><h3>More stories</h3><div class="card"><p class="teaser-text">The port of '
        "Alat doubled its capacity after the second berth opened in May.</p></div></div>",
    ],
)
def test_teaser_summaries_stay_out(tail: str) -> None:
    html = page("<h1>Ministers sign a visa deal</h1>", PARA, tail)
    assert find_standfirsts(html.decode()) == []
    texts = body_texts(html)
    assert not any("Alat" in t for t in texts)


def test_find_standfirsts_limits_and_order() -> None:
    html = (
        '<article><p class="lead">First lead sentence of the article is here today.</p>'
        '<p class="intro">Second introduction line of the article is here too.</p>'
        '<p class="summary">A third summary line that should not be taken at all.</p>'
        '<p class="lead">Too short.</p></article>'
    )
    assert find_standfirsts(html) == [
        "First lead sentence of the article is here today.",
        "Second introduction line of the article is here too.",
    ]


def test_no_standfirst_on_a_plain_page() -> None:
    assert find_standfirsts("<html><body><p class='leader'>A leader column is not a lead</p></body></html>") == []


# ------------------------------------------------------------------ footnote and endnote bodies


MD_ARTICLE = """# Baku and Beijing

The two countries signed a memorandum on the Belt and Road during the state visit in December 2015.[^1]
Relations have since grown into a comprehensive strategic partnership.[^2]

[^1]: The Belt and Road memorandum was signed in Beijing on 10 December 2015.
[^2]: Joint Statement on the Establishment of a Comprehensive Strategic Partnership, Beijing, 23 April 2025.
"""


def test_markdown_footnote_that_tells_something_is_body() -> None:
    art = read_text(MD_ARTICLE, "analysis.md")
    texts = [art.text[s:e] for s, e in art.body_spans]
    assert "The Belt and Road memorandum was signed in Beijing on 10 December 2015." in texts  # marker left out
    assert not any(t.startswith("Joint Statement") or "[^2]:" in t for t in texts)  # a citation stays out


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("Notes", True),
        ("Notes:", True),
        ("Endnotes", True),
        ("## Footnotes", True),
        ("References", False),
        ("Sources", False),
        ("Further reading", False),
    ],
)
def test_notes_sections_keep_statements_only(heading: str, kept: bool) -> None:
    text = (
        "Azerbaijan and China upgraded their ties during a state visit to Beijing, officials from both "
        "governments said after the talks ended in the capital.\n\n"
        f"{heading}\n\n"
        "1. The memorandum was signed in Beijing on 10 December 2015 by the two foreign ministers.\n\n"
        "2. Smith, J. (2019). China and the Caspian. Journal of Eurasian Studies, 12(3), pp. 45-67.\n\n"
        "3. Ministry of Foreign Affairs, press release, 12 May 2024, https://mfa.example/press/12\n"
    )
    spans = boilerplate.body_spans(text)
    texts = [text[s:e] for s, e in spans]
    assert ("The memorandum was signed in Beijing on 10 December 2015 by the two foreign ministers." in texts) is kept
    assert not any("Smith, J." in t or "https://" in t for t in texts)


@pytest.mark.parametrize(
    ("note", "statement"),
    [
        ("The memorandum was signed in Beijing on 10 December 2015.", True),
        ("Azerbaijan's presidential office announced the application; Baku also sought a higher SCO status.", True),
        ("Xi Jinping and Ilham Aliyev met in Astana on 3 July 2024.", True),
        ("Joint Statement on the Establishment of a Strategic Partnership, Beijing, 23 April 2025.", False),
        ("Reuters, 12 May 2015.", False),
        ("Interview with the author, Baku, March 2026.", False),
        ("Available at https://example.org/report.pdf (accessed 3 May 2026).", False),
        ("Ibid., p. 14.", False),
        ("World Bank (2024). Middle Corridor report, Washington, DC.", False),
    ],
)
def test_note_statement(note: str, statement: bool) -> None:
    assert boilerplate.is_note_statement(note) is statement


def test_bracketed_footnote_line_statement_is_body_citation_is_not() -> None:
    text = (
        "The first container train from Xi'an reached the port of Baku after a journey of eleven days across "
        "Kazakhstan and the Caspian Sea, the railway company said.\n\n"
        "[1] The first such train had run in July 2015 but was not followed by regular services.\n\n"
        "[2] Azerbaijan Railways, annual report 2025, p. 12.\n"
    )
    texts = [text[s:e] for s, e in boilerplate.body_spans(text)]
    assert "The first such train had run in July 2015 but was not followed by regular services." in texts
    assert not any("annual report" in t for t in texts)
