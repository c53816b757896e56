"""Session 13 (helper E): PDF-extracted chronologies and journal articles.

- a running footer "Title | Country notes | page 2 of 4" and a page number set apart from a running title
  ("204            NORDIC POLICY JOURNAL 3(2)") are page furniture, so such texts are unwrapped;
- a year alone on its line is a chronology's year heading (never a page number, never glued to the row below);
- a chronology entry ("12 May 2015 - Visit of …") opens a paragraph of its own after a finished sentence;
- footnote numbers glued after a capitalised word ("Treaty of Friendship.4 The") are dropped, decimals are not;
- the first page's running head (an issue line) stays, so it can date the document.

Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

from timeline.extract.sentences import split_sentences
from timeline.ingest.pdftext import looks_like_pdf_text, numbered_titles, unwrap_pdf_text
from timeline.ingest.reader import read_text

CHRONOLOGY = """MINISTRY OF FOREIGN AFFAIRS OF THE KYRGYZ REPUBLIC

Kyrgyzstan - Republic of Korea
Background note and chronology of bilateral relations

1. Overview

The Republic of Korea recognized the independence of the Kyrgyz Republic on
30 December 1991. Diplomatic relations were established on 31 January 1992,
and the Embassy of the Republic of Korea in Bishkek opened its doors in
2007. Relations are described by both sides as friendly and free of disputes.

2. Chronology

1999
June 1999 - Official visit of President Askar Akayev to the Republic of
Korea. Talks with President Kim Dae-jung. Signing of the Agreement on the
promotion and protection of investments and of a cultural agreement.

2007
14 May 2007 - Opening of the Embassy of the Republic of Korea in Bishkek
with a ceremony attended by the Minister of Foreign Affairs.
2 November 2007 - Visit of the Minister of Foreign Affairs to Seoul. Talks
with the Minister of Foreign Affairs and Trade on the establishment of a
joint commission.

------------------------------------------------------------------------------
MFA of the Kyrgyz Republic | Kyrgyzstan - Korea | page 1 of 2
------------------------------------------------------------------------------

2019
13-15 November 2019 - State visit of President Sooronbay Jeenbekov to the
Republic of Korea. Talks with President Moon Jae-in on the sidelines of the
forum; signing of the Joint Statement on strengthening the partnership.
8 December 2019 - First meeting of the joint commission on trade in Bishkek
in the presence of the two deputy ministers.

------------------------------------------------------------------------------
MFA of the Kyrgyz Republic | Kyrgyzstan - Korea | page 2 of 2
------------------------------------------------------------------------------
"""


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def test_chronology_with_a_titled_page_footer_is_unwrapped() -> None:
    assert looks_like_pdf_text(CHRONOLOGY)
    out, report = unwrap_pdf_text(CHRONOLOGY)
    assert "page 1 of 2" not in out and "page 2 of 2" not in out
    assert len(report.removed_lines) == 2
    paras = _paragraphs(out)
    # the year heading stays a paragraph of its own, and each entry is one paragraph
    assert "1999" in paras and "2007" in paras and "2019" in paras
    assert (
        "June 1999 - Official visit of President Askar Akayev to the Republic of Korea. Talks with President Kim "
        "Dae-jung. Signing of the Agreement on the promotion and protection of investments and of a cultural "
        "agreement."
    ) in paras
    assert any(p.startswith("14 May 2007 - Opening") and p.endswith("Minister of Foreign Affairs.") for p in paras)
    assert any(p.startswith("2 November 2007 - Visit") and p.endswith("joint commission.") for p in paras)
    # an entry wrapped after "on the sidelines of the" stays one unit with its later phrases
    row = next(p for p in paras if p.startswith("13-15 November 2019"))
    assert row.endswith("strengthening the partnership.") and "8 December 2019" not in row


def test_chronology_rows_as_sentences() -> None:
    article = read_text(CHRONOLOGY, "mfa_note.txt")
    sentences = [s.text for s in split_sentences(article.text, article.body_spans)]
    assert "Signing of the Agreement on the promotion and protection of investments and of a cultural agreement." in (
        sentences
    )
    assert not any(s.strip() == "1999 June 1999" or s.startswith("1999 June") for s in sentences)


def test_lone_year_is_not_a_page_number() -> None:
    text = CHRONOLOGY.replace("MFA of the Kyrgyz Republic | Kyrgyzstan - Korea | page 1 of 2", "1").replace(
        "MFA of the Kyrgyz Republic | Kyrgyzstan - Korea | page 2 of 2", "2"
    )
    out, report = unwrap_pdf_text(text)
    assert sorted(report.removed_lines) == ["1", "2"]
    assert "2019" in _paragraphs(out)


JOURNAL = """Nordic Policy Journal, Vol. 3, No. 2, May 2021

NORWAY AND JAPAN IN THE ARCTIC COUNCIL

Ingrid Solberg*

1. Beginnings

Japan applied for observer status in the Arctic Council in 2009 and was
admitted at the ministerial meeting in Kiruna on 15 May 2013.1
For Oslo, which had supported the application from the start, this was a
welcome step. In June 2015 the two governments signed a memorandum on polar
research cooperation and a programme of joint expeditions.2

The memorandum was followed by the Treaty of Friendship.3 The treaty was
ratified in 2016,4 and its first review took place in Tromso. Trade grew by
2.5 percent in 2017 to USD 1.3 billion, and the shipping fee rose to 2018.5
million kroner according to one estimate.

---------------------------------------------------------------------
204                 NORDIC POLICY JOURNAL 3(2)
---------------------------------------------------------------------

2. Cooperation at sea

In March 2018 the coast guards of both countries held a first joint exercise
off Svalbard, and in September the research vessels of the two institutes
sailed together for the first time.5

---------------------------------------------------------------------
NORDIC POLICY JOURNAL 3(2)                                       205
---------------------------------------------------------------------

_______________
* Ingrid Solberg is a researcher at the Institute of Polar Studies, Tromso.
1 Arctic Council, Kiruna Declaration, 15 May 2013.
2 Memorandum of 11 June 2015.
"""


def test_page_number_and_running_title_lines_are_furniture() -> None:
    assert numbered_titles(JOURNAL) == frozenset({"nordic policy journal #(#)"})
    assert looks_like_pdf_text(JOURNAL)
    out, _report = unwrap_pdf_text(JOURNAL)
    assert "NORDIC POLICY JOURNAL 3(2)" not in out
    assert "Nordic Policy Journal, Vol. 3, No. 2, May 2021" in out  # the issue line is no running title


def test_glued_footnote_numbers_are_dropped_but_decimals_stay() -> None:
    out, _report = unwrap_pdf_text(JOURNAL)
    assert "in Kiruna on 15 May 2013. For Oslo" in out
    assert "joint expeditions." in out and "expeditions.2" not in out
    assert "by the Treaty of Friendship. The treaty was ratified in 2016, and its first review" in out
    assert "for the first time." in out and "time.5" not in out
    assert "2.5 percent in 2017 to USD 1.3 billion" in out
    assert "rose to 2018.5 million kroner" in out  # a decimal before a lower-case word is no footnote mark
    article = read_text(JOURNAL, "journal.txt")
    sentences = [s.text for s in split_sentences(article.text, article.body_spans)]
    assert "The treaty was ratified in 2016, and its first review took place in Tromso." in sentences


def test_numbered_table_rows_are_not_running_titles() -> None:
    table = "\n".join(
        [
            "1        Diplomatic relations established",
            "2        Embassy opened in Seoul",
            "2019     Joint commission",
            "2021     Joint commission",
        ]
    )
    assert numbered_titles(table) == frozenset()


NEWSLETTER = """NORTH SEA ENERGY LETTER                                  Issue 2/2024 - June 2024
Danish-Dutch Energy Council                                                     1

The second quarter brought the long-awaited decision on the joint hydrogen
pipeline between the two countries. Ministers from Copenhagen and The Hague
met in Esbjerg on 14 May and agreed on a timetable for the tender, which is
expected to open before the end of the year and to attract several bidders.
The council welcomes the decision and will follow the tender closely for its
members, who have invested in the project from the beginning.

NORTH SEA ENERGY LETTER                                  Issue 2/2024 - June 2024
Danish-Dutch Energy Council                                                     2

Offshore wind auctions continued in both countries, and the first joint
research call for floating platforms was announced in April with a budget of
EUR 40 million that the two governments share equally between their agencies.

NORTH SEA ENERGY LETTER                                  Issue 2/2024 - June 2024
Danish-Dutch Energy Council                                                     3

Members are reminded that the secretariat moves to new premises in Aarhus in
the autumn and that the annual meeting takes place there in November.
"""


def test_first_page_head_stays_and_dates_the_letter() -> None:
    article = read_text(NEWSLETTER, "letter.txt")
    assert any("PDF" in w for w in article.warnings)
    assert article.text.count("Issue 2/2024 - June 2024") == 1
    assert "Danish-Dutch Energy Council" not in article.text  # the numbered running line goes on every page
    assert article.published is not None and (article.published.year, article.published.month) == (2024, 6)


# --- chronology entries hard-wrapped over lines (plain text and Markdown lists) ---------------------------------------

from timeline.extract.pipeline import extract  # noqa: E402
from timeline.ingest.boilerplate import is_dated_item  # noqa: E402
from timeline.ingest.metadata import parse_issue_line  # noqa: E402


def test_wrapped_entry_is_one_dated_item() -> None:
    assert is_dated_item("12 May 2015 - State visit of President Michelle Bachelet to Peru. Talks with\nPresident")
    assert is_dated_item("- **3 March 2018** – Peruvian Foreign Minister visits Santiago.\n  Talks with the minister.")
    assert not is_dated_item("The ministers met in\n2015 and agreed - for the first time - on a plan.")


MD_CHRONOLOGY = """# Chile and Peru: a chronology

## 2015

- **12 May 2015** – President Michelle Bachelet pays a state visit to Peru and holds talks with
  President Ollanta Humala in Lima. The two presidents sign a joint declaration on
  border cooperation.
- **November 2015** – Chile and Peru hold the first meeting of their joint cabinet in Santiago.

## 2018

- **3 March 2018** – Peruvian Foreign Minister Cayetana Aljovin visits Santiago.
  Aljovin meets Chilean Foreign Minister Heraldo Munoz. The ministers sign an
  agreement on consular cooperation.
"""


def test_later_sentence_of_a_wrapped_list_entry_takes_the_entry_date() -> None:
    claims = extract(read_text(MD_CHRONOLOGY, "chronology.md")).claims
    signed = [c for c in claims if "consular" in c.quote and c.event_type == "AGREE"]
    assert signed and all(c.date.value == "2018-03-03" for c in signed)


PAIR_CHRONOLOGY = """Mongolia and Japan: milestones of relations

Mongolia and Japan established diplomatic relations in 1972. Japan is among the main donors of Mongolia, and
Mongolia is a partner of Japan in the region.

2019
4 June 2019 - Meeting of the heads of state in Tokyo on the sidelines of the
economic forum; signing of the Joint Declaration on the partnership.
20 October 2019 - Visit of the Mongolian trade minister to Japan.

2021
15 March 2021 - Exchange of messages between the heads of government.
"""


def test_actorless_meeting_in_a_chronology_entry_is_the_pair_s() -> None:
    claims = extract(read_text(PAIR_CHRONOLOGY, "milestones.txt")).claims
    meeting = [c for c in claims if c.event_type == "CONSULT" and c.date.value == "2019-06-04"]
    assert meeting, [(c.title, c.date.value) for c in claims]
    names = {a.name for a in meeting[0].actors}
    # each side of the pair is there, as its state or as its head of state at that date (the nominal
    # "Meeting of the heads of state" rule resolves the holders: Mongolia's president in 2019 is Battulga)
    assert "Japan" in names and ("Mongolia" in names or any("Battulga" in n for n in names)), names


def test_actorless_phrase_outside_chronology_entries_gets_no_pair() -> None:
    text = (
        "Mongolia and Japan keep close ties. Mongolia and Japan trade a lot.\n\n"
        "Officials said a meeting was held in Tokyo on 4 June 2019 on the sidelines of the forum.\n"
    )
    claims = extract(read_text(text, "prose.txt")).claims
    assert not any({"Mongolia", "Japan"} <= {a.name for a in c.actors} and c.event_type == "CONSULT" for c in claims)


def test_citation_line_with_issue_date_in_brackets() -> None:
    found = parse_issue_line("Baltic Affairs Quarterly, Vol. 9, No. 2 (April 2016), pp. 101-125")
    assert found is not None and (found.date.year, found.date.month, found.precision) == (2016, 4, "month")
    found = parse_issue_line("Review of Nordic Politics, Vol. 3, No. 1 (Spring 2020): 45-67")
    assert found is not None and found.precision == "season"
    assert parse_issue_line("Pacific Review (2020)") is None  # a title with a year, no issue number
    assert parse_issue_line("The treaty of 1997 (March 1998), pp. 4-5") is None


# --- notes on the document's own scope -------------------------------------------------------------------------------

from timeline.ingest.boilerplate import body_spans  # noqa: E402

SCOPE_NOTES = """# Georgia and Japan: a timeline

- **3 May 2016** - Japan and Georgia sign an agreement on technical cooperation in Tbilisi.
- **10 October 2019** - Foreign ministers of Georgia and Japan meet in Tokyo.

## Notes

Georgia joined the Asian Development Bank long ago. The timeline above is not exhaustive; ministerial visits are
listed only where they produced agreements of lasting value. Japan remains a major donor.

This chronology is updated every year.
"""


def test_scope_notes_are_not_body() -> None:
    article = read_text(SCOPE_NOTES, "timeline.md")
    body = " ".join(article.text[s:e] for s, e in body_spans(article.text))
    assert "not exhaustive" not in body and "updated every year" not in body
    assert "Georgia joined the Asian Development Bank long ago." in body and "Japan remains a major donor." in body
    assert "sign an agreement on technical cooperation" in body
    claims = extract(article).claims
    assert not any("exhaustive" in c.quote for c in claims)


def test_news_sentences_about_lists_stay() -> None:
    text = (
        "The list of agreements signed in Tbilisi on 3 May 2016 includes a memorandum on technical cooperation.\n\n"
        "The timeline of the project was agreed by the two ministers in October.\n"
    )
    spans = body_spans(text)
    body = " ".join(text[s:e] for s, e in spans)
    assert "includes a memorandum" in body and "was agreed by the two ministers" in body


def test_repeated_one_word_cells_are_no_running_title() -> None:
    assert numbered_titles("1        Yes\n2        Yes\n3        No\n") == frozenset()


def test_endnotes_under_a_notes_heading_are_notes() -> None:
    text = JOURNAL.replace("_______________\n", "NOTES\n").replace(
        "1 Arctic Council, Kiruna Declaration, 15 May 2013.",
        "1 On 15 May 2013 the ministers signed the Kiruna Declaration in Sweden.",
    )
    article = read_text(text, "journal.txt")
    sentences = [s.text for s in split_sentences(article.text, article.body_spans)]
    assert "On 15 May 2013 the ministers signed the Kiruna Declaration in Sweden." in sentences  # a note that tells
    assert not any("Memorandum of 11 June 2015" in s for s in sentences)  # a citation
    assert not any(s.startswith(("1 ", "2 ")) for s in sentences)


def test_reproduction_notice_is_boilerplate() -> None:
    text = (
        "Ambassador Li Wei spoke to Nordic Asia Weekly about the visit of the Mongolian president, which ended on "
        "Friday with the signing of four agreements in Tokyo.\n\n"
        "(c) Nordic Asia Weekly. Reproduction without permission is prohibited.\n"
    )
    body = " ".join(text[s:e] for s, e in body_spans(text))
    assert "four agreements" in body and "Reproduction" not in body and "(c)" not in body


def test_treaty_item_letter_c_stays() -> None:
    text = "Under the treaty, (c) the parties shall exchange information on the border every year from 2026.\n"
    assert "the parties shall exchange" in " ".join(text[s:e] for s, e in body_spans(text))
