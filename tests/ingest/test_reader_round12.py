"""Round 12: documents of the shapes analysts collect (newsletters, PDF text, interviews, releases, chronologies,
forum posts, exported HTML/Markdown), read end to end: publication date, body, whole sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.extract.sentences import split_sentences
from timeline.extract.types import Article
from timeline.ingest.boilerplate import body_spans
from timeline.ingest.metadata import is_mailing_furniture
from timeline.ingest.reader import read_bytes, read_path, read_text, unescape_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "round12"


def _body(name: str) -> tuple[str, list[str]]:
    a = read_path(FIXTURES / name)
    body = "\n".join(a.text[s:e] for s, e in a.body_spans)
    return body, [a.text[s.start : s.end] for s in split_sentences(a.text, a.body_spans)]


@pytest.mark.parametrize(
    ("name", "published", "precision"),
    [
        ("substack_newsletter.md", dt.date(2025, 3, 14), "day"),
        ("mailchimp_brief.txt", dt.date(2025, 6, 6), "day"),
        ("policy_brief_pdf.txt", dt.date(2025, 5, 1), "month"),
        ("interview_bold.md", dt.date(2025, 4, 18), "day"),
        ("interview_qa.txt", dt.date(2024, 10, 2), "day"),
        ("ministry_release.txt", dt.date(2025, 3, 12), "day"),
        ("chronology.md", dt.date(2025, 2, 3), "day"),
        ("forum_post.txt", dt.date(2025, 2, 17), "day"),
        ("gdocs_export.md", dt.date(2025, 4, 8), "day"),
        ("word_export.html", dt.date(2025, 1, 22), "day"),
        ("amp_page.html", dt.date(2024, 11, 29), "day"),
        ("rss_item.html", dt.date(2023, 1, 26), "day"),
        ("print_edition_pdf.txt", dt.date(2025, 6, 3), "day"),
    ],
)
def test_publication_date_of_each_shape(name: str, published: dt.date, precision: str) -> None:
    a = read_path(FIXTURES / name)
    assert (a.published, a.published_precision) == (published, precision)


def test_wire_copy_with_a_yearless_dateline_stays_undated() -> None:
    a = read_path(FIXTURES / "wire_yearless.txt")
    assert a.published is None  # "ULAANBAATAR, Nov. 4 (Reuters)": nothing in the text decides the year


def test_substack_letter_keeps_the_letter_and_drops_furniture_and_comments() -> None:
    a = read_path(FIXTURES / "substack_newsletter.md")
    assert a.title == "The Steppe Ledger #47: Korea's quiet push into Kazakh uranium"
    body, sentences = _body("substack_newsletter.md")
    assert "On 5 March, Kazatomprom" in body
    assert "A roadmap is expected to be signed in Seoul in September." in sentences
    for gone in ("Thanks for reading", "Subscribe for free", "Great piece", "not Monday", "checking with the ministry"):
        assert gone not in body


def test_mailchimp_footer_is_not_body() -> None:
    body, sentences = _body("mailchimp_brief.txt")
    assert "Georgia and Azerbaijan signed a protocol on the joint management of the Red Bridge crossing on 2 June." in (
        sentences
    )
    for gone in ("mailing address", "receive these emails", "unsubscribe", "View this email"):
        assert gone not in body


def test_pdf_brief_heading_and_footnotes() -> None:
    body, sentences = _body("policy_brief_pdf.txt")
    assert "Kazakhstan, Azerbaijan and Georgia set up a joint venture for the corridor in November 2022." in sentences
    assert not any(s.startswith(("Agreements since", "1. Agreements")) for s in sentences)
    assert "Its charter, registered in Astana on 14 December 2022, gave each state an equal share." in sentences
    for gone in ("press release, 25 November 2022", "Kazinform, 21 October 2024", "Global Gateway: EUR 10 billion"):
        assert gone not in body


def test_google_docs_markdown_escapes_are_removed() -> None:
    a = read_path(FIXTURES / "gdocs_export.md")
    assert "\\" not in a.text
    assert any("escapes removed" in w for w in a.warnings)
    _, sentences = _body("gdocs_export.md")
    assert "The agreement replaces the 1996 Partnership and Cooperation Agreement." in sentences
    assert "Uzbekistan applied for GSP+ status in 2020 and received it in April 2021." in sentences


def test_chronology_table_row_with_a_cross_month_span_is_body() -> None:
    body, _ = _body("chronology.md")
    assert "31 May–1 June 2014" in body
    assert "Reuters, 12 May 2024" not in body


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        ("interview_bold.md", "The agreement was signed in Abu Dhabi on 12 February", "Georgia's trade deficit"),
        ("ministry_release.txt", "Later in the day Szijjártó was received", "Press service of the MFA"),
        ("forum_post.txt", "They also cancelled the winter discount", "Powered by phpBB"),
        ("amp_page.html", "The first unit started in November 2018.", "Related news"),
        ("amp_page.html", "by 2033", "Photo: Asia Plus"),
        ("rss_item.html", "The two parliaments ratified it in November 2022.", "Source: example.kg RSS"),
    ],
)
def test_body_of_other_shapes(name: str, kept: str, dropped: str) -> None:
    body, _ = _body(name)
    assert kept in body
    assert dropped not in body


@pytest.mark.parametrize(
    "line",
    [
        "View this email in your browser",
        "View in browser",
        "*Thanks for reading Caspian Notes! Subscribe for free to receive new posts and support my work.*",
        "You are receiving this email because you opted in via our website.",
        "Want to change how you receive these emails?",
        "Unsubscribe | Update your preferences | Forward to a friend",
        "Was this email forwarded to you? Sign up here.",
        "Upgrade to paid to read the full archive.",
        "This post is public so feel free to share it.",
    ],
)
def test_newsletter_furniture_lines(line: str) -> None:
    assert is_mailing_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The streaming service added five million paid subscribers in the second quarter.",
        "Officials said readers could view the full report on the ministry's website.",
        "The minister thanked the delegation for its work on the road map.",
        "Parliament voted to subscribe to the new convention in 2019.",
    ],
)
def test_body_lines_are_not_newsletter_furniture(line: str) -> None:
    assert not is_mailing_furniture(line)


_POST = (
    "Transit rules change\n\nBy A. Writer · 3 May 2025\n\n"
    "Kazakhstan and China agreed on 2 May to extend the opening hours of the Khorgos crossing.\n\n"
    "Customs officers will work around the clock from 1 June, the ministry said on Friday.\n\n"
)


def test_comments_below_the_article_are_dropped() -> None:
    text = _POST + "4 Comments\n\nAigul: Finally some good news for truckers in the region.\n\nMarat: Let's see.\n"
    spans = body_spans(text)
    body = "".join(text[s:e] for s, e in spans)
    assert "Customs officers will work around the clock" in body
    assert "good news for truckers" not in body


def test_a_comment_counter_under_the_headline_opens_nothing() -> None:
    text = "Transit rules change\n\n12 Comments\n\n" + _POST.split("\n\n", 1)[1]
    a = read_text(text, "mem://post")
    body = "".join(a.text[s:e] for s, e in a.body_spans)
    assert "Customs officers will work around the clock from 1 June" in body


def test_footnotes_under_a_rule_citations_out_statements_in() -> None:
    text = (
        "Kazakhstan and Uzbekistan signed a border treaty in 2022 after decades of talks between them.\n\n"
        "The two parliaments ratified it within months and the exchange of instruments followed.\n\n"
        "__________\n\n"
        "1 Reuters, 12 May 2015.\n\n"
        "2 The memorandum was signed in Tashkent on 10 December 2015 by both foreign ministers.\n"
    )
    body = "".join(text[s:e] for s, e in body_spans(text))
    assert "Reuters, 12 May 2015" not in body
    assert "The memorandum was signed in Tashkent on 10 December 2015" in body
    assert "2 The memorandum" not in body


def test_a_chronology_under_a_separator_is_not_taken_for_footnotes() -> None:
    text = (
        "The talks have a long history between the two neighbours and their ministries.\n\n"
        "-----\n\n"
        "12 May 2019: talks in Baku between the two foreign ministers resumed.\n\n"
        "3 June 2020: a memorandum on transit was signed in Tbilisi.\n"
    )
    body = "".join(text[s:e] for s, e in body_spans(text))
    assert "talks in Baku between the two foreign ministers resumed" in body
    assert "a memorandum on transit was signed in Tbilisi" in body


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("Signed on 3 April 2025\\. Ratified in May\\.\n", True),
        ("Use `a\\.b` and `c\\.d` in the query\\. Then run it\\.\n", False),  # code: backslashes are literal
        ("Only one escape\\. here.\n", False),
    ],
)
def test_unescape_markdown(text: str, changed: bool) -> None:
    out, n = unescape_markdown(text)
    assert (n > 0) == changed
    assert ("\\" not in out) == changed or not changed


def test_word_export_footnote_citation_is_not_body() -> None:
    body, sentences = _body("word_export.html")
    assert "Ministry of Defence of Armenia, statement of 27 November 2024" not in body
    assert "The working group is expected to hold its first meeting in Yerevan in March." in sentences


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("<p><sup>1</sup> The memorandum was signed in Tbilisi on 4 May 2021 by both ministers.</p>", True),
        ('<p class="fn"><a href="#fnref2">2</a> Reuters, 4 May 2021.</p>', False),
        ('<p><a href="#_ftnref3" name="_ftn3">[3]</a> Interfax, "Talks resume", 9 June 2022.</p>', False),
    ],
)
def test_html_footnote_bodies_statements_in_citations_out(note: str, kept: bool) -> None:
    html = (
        "<html><body><article><h1>Georgia and Armenia open a new crossing</h1>"
        "<p>Georgia and Armenia opened a second road crossing at Sadakhlo on Monday, officials in both capitals "
        "said, ending a decade of talks on the project.<sup>1</sup></p>"
        "<p>The crossing will handle trucks from July, the Georgian revenue service said in a statement.</p>"
        f"<div class='footnotes'>{note}</div></article></body></html>"
    )
    a = read_path_html(html)
    body = "\n".join(a.text[s:e] for s, e in a.body_spans)
    assert ("memorandum was signed in Tbilisi" in body or "Reuters, 4 May" in body or "Interfax" in body) == kept


def read_path_html(html: str) -> Article:
    """The Article of an in-memory page."""
    return read_bytes(html.encode(), "mem://page.html", suffix=".html")


def test_print_page_in_two_columns_is_read_column_by_column() -> None:
    a = read_path(FIXTURES / "print_edition_pdf.txt")
    _, sentences = _body("print_edition_pdf.txt")
    assert any("two-column" in w for w in a.warnings)
    assert (
        "Turkmenistan signed a contract with Iraq on 22 May to supply gas through Iran's network, the Iraqi "
        "electricity ministry said." in sentences
    )
    assert "Iran will take a share of the gas as a transit fee." in sentences
    assert "Iraq has relied on Iranian gas imports since 2017." in sentences


_LEFT = [
    "The two leaders met in the capital on",
    "Monday and agreed to extend the lease",
    "of the port for another ten years, the",
    "presidential office said in a statement",
    "issued after the talks had ended.",
]
_RIGHT = [
    "Officials expect the first ships to",
    "dock at the new berth in the spring,",
    "once dredging work is finished by a",
    "contractor chosen last year by the",
    "port authority.",
]


@pytest.mark.parametrize("gap", [3, 6, 12])
def test_split_columns_reads_left_then_right(gap: int) -> None:
    from timeline.ingest.pdftext import split_columns

    width = max(len(x) for x in _LEFT) + gap
    text = "\n".join(a.ljust(width) + b for a, b in zip(_LEFT, _RIGHT, strict=True)) + "\n"
    out, n = split_columns(text)
    assert n == 1
    assert out.split("\n")[: len(_LEFT)] == _LEFT
    assert out.split("\n")[len(_LEFT) : 2 * len(_LEFT)] == _RIGHT


@pytest.mark.parametrize(
    "text",
    [
        # a flattened table: narrow date cells
        "03.01.1992         Diplomatic relations established\n05.1994         First presidential visit to Beijing\n"
        "10.2005         Strategic dialogue launched in Baku\n07.2015         Memorandum on the Silk Road signed\n",
        # a wide table whose rows do not run on
        "Memorandum on transport corridors      Signed in Baku in May 2019 by ministers\n"
        "Agreement on visa-free travel          Entered into force in January 2020\n"
        "Protocol on customs cooperation        Initialled in Astana in March 2021\n"
        "Road map for trade and investment      Adopted in Beijing in October 2022\n",
    ],
)
def test_tables_are_not_taken_for_columns(text: str) -> None:
    from timeline.ingest.pdftext import split_columns

    assert split_columns(text) == (text, 0)


@pytest.mark.parametrize(
    "line",
    [
        "Minister Aidarbek Saparov and Minister Sherif Farouk during the signing ceremony.",
        "President Ilham Aliyev and President Xi Jinping at the welcoming ceremony in Beijing.",
        "Prime Minister of Georgia Irakli Kobakhidze after the talks with the European Commission.",
        "*Foreign Ministers Bayramov and Wang Yi ahead of the plenary session.*",
        "Delegations of Uzbekistan and Kyrgyzstan, at the border crossing.",
    ],
)
def test_captions_without_credit_are_not_body(line: str) -> None:
    from timeline.ingest.boilerplate import is_boilerplate_line

    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Officials expect a first exchange of data before the end of the summer, according to the statement.",
        "President Aliyev met President Xi Jinping at the summit in Tianjin.",
        "June 2024: The last Russian peacekeepers leave Karabakh, ahead of the end of their mandate.",
        "Kazakhstan and China signed the agreement during the visit.",
        "The talks resumed after the holiday.",
        "Ministers from both countries at the talks in Astana on 12 March.",
    ],
)
def test_sentences_with_a_verb_or_a_date_are_not_captions(line: str) -> None:
    from timeline.ingest.boilerplate import is_caption

    assert not is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "*This article is part of our series on the Middle Corridor. Want more? Sign up for our weekly newsletter.*",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Editorial standards and corrections policy",
    ],
)
def test_more_site_furniture_is_not_body(line: str) -> None:
    from timeline.ingest.boilerplate import is_boilerplate_line

    assert is_boilerplate_line(line)


def test_agency_release_keeps_its_prose_and_drops_the_caption() -> None:
    body, sentences = _body("agency_release.txt")
    assert "The document was signed by Agriculture Minister Aidarbek Saparov" in body
    assert "Kazakhstan first shipped wheat to Egypt in 2021 under a pilot contract." in sentences
    assert "during the signing ceremony" not in body
    assert "wheat export quota" not in body


def test_sentences_are_not_cut_at_abbreviations() -> None:
    _, sentences = _body("markdown_feature.md")
    assert "The Anaklia Development Consortium's contract was cancelled in Jan. 2020." in sentences
    assert "A new law, No. 3412, on deep-sea ports was adopted by parliament on Sept. 5, 2023." in sentences
    assert "Approx. 40% of Georgia's transit cargo comes from China, according to the ministry." in sentences
    assert not any("newsletter" in s for s in sentences)


_RAGGED = [
    # (a paragraph hard-wrapped at an uneven width, the sentence that must stay whole)
    (
        "The three reasons were clear to everyone in the ministry: the war, the closure of the northern\n"
        "route after the sanctions, and the search by shippers for a way around\n"
        "Russia. In June the commission met in Ankara for the first time since the pandemic began in\n"
        "earnest, officials said.\n",
        "the search by shippers for a way around\nRussia.",
    ),
    (
        "Negotiators worked through the night on the text of the protocol, and by morning they had a\n"
        "draft acceptable to both the\n"
        "European Commission and the government in Tbilisi, which had resisted the wording for months on end.\n",
        "both the\nEuropean Commission",
    ),
    (
        "Officials in Astana said the first trains would run on the new line in the spring, a month\n"
        "later than planned because of a dispute with\n"
        "China Railway over the signalling contract, which was only settled in the last week of the talks.\n",
        "with\nChina Railway",
    ),
]


@pytest.mark.parametrize(("text", "whole"), _RAGGED)
def test_ragged_hard_wrap_does_not_cut_a_sentence(text: str, whole: str) -> None:
    from timeline.ingest.boilerplate import split_paragraphs

    units = [text[s:e] for s, e in split_paragraphs(text)]
    assert any(whole in u for u in units)


def test_a_heading_above_a_wrapped_paragraph_stays_a_heading() -> None:
    from timeline.ingest.boilerplate import split_paragraphs

    text = (
        "Energy ties deepen after summit\n"
        "Kazakhstan and Azerbaijan agreed on Monday to raise oil transit through the Baku pipeline, the\n"
        "energy ministers of both countries said after the meeting in the Kazakh capital on Monday.\n"
    )
    units = [text[s:e] for s, e in split_paragraphs(text)]
    assert units[0] == "Energy ties deepen after summit"


def test_podcast_transcript_turns_and_furniture() -> None:
    from timeline.extract.structure import question_spans

    a = read_path(FIXTURES / "podcast_transcript.txt")
    assert a.published == dt.date(2025, 7, 9)
    body, sentences = _body("podcast_transcript.txt")
    assert "Washington and Ulaanbaatar signed an Open Skies agreement in August 2023." in sentences
    assert "wherever you get your podcasts" not in body
    asked = [a.text[s:e] for s, e in question_spans(a.text, a.body_spans)]
    assert asked and all(q.startswith("AMARA BOLD:") for q in asked)


def test_interview_with_italic_questions() -> None:
    from timeline.extract.structure import question_spans

    a = read_path(FIXTURES / "interview_italic.md")
    assert a.published == dt.date(2025, 5, 21)
    asked = [a.text[s:e] for s, e in question_spans(a.text, a.body_spans)]
    assert asked == ["*Minister, when will the first train run?*", "*What about the airport?*"]
    _, sentences = _body("interview_italic.md")
    assert "The tender was won by a Korean consortium in March." in sentences


def test_a_reactions_section_of_an_article_is_body() -> None:
    text = (
        _POST
        + "## Reactions\n\nRussia welcomed the decision on Saturday and said it would send observers to the crossing.\n"
    )
    body = "".join(text[s:e] for s, e in body_spans(text))
    assert "Russia welcomed the decision on Saturday" in body


def test_numbered_responses_open_the_comments() -> None:
    text = _POST + "12 Responses\n\nNurlan: This will not change anything for small traders in the region.\n"
    body = "".join(text[s:e] for s, e in body_spans(text))
    assert "small traders" not in body


def test_wordpress_feed_entry_without_its_footer() -> None:
    from timeline.ingest.feeds import read_feed

    (a,) = read_feed(str(FIXTURES / "wordpress_feed.xml"))
    assert a.published == dt.date(2025, 4, 8)
    sentences = [a.text[s.start : s.end] for s in split_sentences(a.text, a.body_spans)]
    assert "The terminal was built with a loan from the Asian Development Bank approved in 2022." in sentences
    assert not any("appeared first on" in s for s in sentences)


def test_social_post_keeps_a_paragraph_closed_by_hashtags_and_drops_the_comments() -> None:
    body, sentences = _body("social_post.txt")
    assert "The agreement follows the framework deal signed at COP29 in November 2024." in sentences
    assert "#energy" not in body
    assert "Great news for the region" not in body


@pytest.mark.parametrize(
    "counters",
    ["214 reactions · 12 comments · 9 reposts", "1.2K likes | 86 replies", "35 shares, 4 comments"],
)
def test_engagement_counters_open_the_comments(counters: str) -> None:
    text = _POST + f"{counters}\n\nAidana: Finally, we waited for this decision for many years.\n"
    body = "".join(text[s:e] for s, e in body_spans(text))
    assert "we waited for this decision" not in body
    assert "Customs officers will work around the clock" in body
