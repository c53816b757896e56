"""Article structure: chronology years for yearless dates, interview questions, list/table items end to end."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from timeline.extract.structure import question_spans, redate_chronology, with_year, year_sections
from timeline.extract.types import DateMention
from timeline.ingest.boilerplate import split_paragraphs

pytest.importorskip("timeline.extract.dates")
from timeline.extract.dates import tag_dates
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_bytes

REF = dt.date(2024, 1, 10)


def _redated(text: str) -> dict[str, str | None]:
    dates = tag_dates(text, reference=REF)
    out = redate_chronology(text, split_paragraphs(text), dates)
    return {d.text: d.value for d in out}


def _read_md(text: str, published: str = "2024-01-10"):
    return read_bytes(f"---\ntitle: Test\ndate: {published}\n---\n\n{text}".encode(), "mem.md", suffix=".md")


# -- year headings and dated items


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("## 2023: a year of war\n\nText.", [2023]),
        ("## 2023 – Crisis\n\nText.", [2023]),
        ("2014 - Georgia signs an agreement\n\nText.", []),  # a chronology entry, not a heading
        ("- 2014 - Georgia signs\n", []),
        ("# 2024 Olympics\n\nText.", []),
    ],
)
def test_year_heading_shapes(text: str, years: list[int]) -> None:
    assert [y for _s, _e, y in year_sections(text)] == years


def test_year_sections_markdown_bold_and_plain() -> None:
    text = "Intro.\n\n## 2020\n\nA.\n\n**2021**\n\nB.\n\n2022\nC.\n\n## Outlook\n\nD."
    secs = year_sections(text)
    assert [y for _s, _e, y in secs] == [2020, 2021, 2022]
    last = secs[-1]
    assert "C." in text[last[0] : last[1]] and "D." not in text[last[0] : last[1]]


def test_year_heading_dates_yearless_items_and_prose() -> None:
    text = "## 2022\n\n- 12 May: talks in Baku.\n\nIn March, the two sides met.\n\n## 2023\n\n- 3 June: a deal."
    got = _redated(text)
    assert got["12 May"] == "2022-05-12"
    assert got["March"] == "2022-03"
    assert got["3 June"] == "2023-06-03"


def test_dated_items_take_the_running_year_and_roll_over() -> None:
    text = "- 3 March 2021: first talks.\n- 12 May: second round.\n- 28 December: a deal.\n- 4 January: signed in Baku."
    got = _redated(text)
    assert got["12 May"] == "2021-05-12"
    assert got["28 December"] == "2021-12-28"
    assert got["4 January"] == "2022-01-04"


def test_deictic_and_prose_dates_are_left_alone() -> None:
    text = "## 2019\n\nLast May the talks failed.\n\nTalks resumed on Monday."
    got = _redated(text)
    assert got["Last May"] == tag_dates("Last May", reference=REF)[0].value
    text2 = "Officials met on 12 May. They will meet again in June."  # no chronology at all
    assert _redated(text2) == {d.text: d.value for d in tag_dates(text2, reference=REF)}


def test_with_year_moves_intervals_and_bounds() -> None:
    d = DateMention(0, 5, "12-14 May", "2023-05-12/2023-05-14", dt.date(2023, 5, 12), dt.date(2023, 5, 14), "interval")
    moved = with_year(d, 2020)
    assert moved.value == "2020-05-12/2020-05-14"
    assert (moved.lower, moved.upper) == (dt.date(2020, 5, 12), dt.date(2020, 5, 14))


# -- interviews


def _questions(text: str) -> list[str]:
    return [text[s:e] for s, e in question_spans(text, split_paragraphs(text))]


def test_q_a_labels() -> None:
    text = "Intro text here.\n\nQ: What happened then?\n\nA: We signed it.\n\nQ: Then came energy.\n\nA: Yes."
    assert _questions(text) == ["Q: What happened then?", "Q: Then came energy."]


def test_bold_questions_and_named_speakers() -> None:
    bold = "**What did you sign?**\n\nWe signed a treaty.\n\n**And then?**\n\nWe left."
    assert _questions(bold) == ["**What did you sign?**", "**And then?**"]
    named = "Smith: Why did you go?\n\nAliyev: We had to.\n\nSmith: And the result?\n\nAliyev: A treaty. It held."
    assert _questions(named) == ["Smith: Why did you go?", "Smith: And the result?"]
    initials = (
        "**Caspian Review:** Talks ended. Why?\n\n**Ali Valiyev:** Money.\n\n**CR:** Who gained?\n\n"
        "**AV:** Nobody did.\n\n**CR:** Thank you."
    )
    assert len(_questions(initials)) == 3  # "CR" is "Caspian Review"


def test_no_interview_no_questions() -> None:
    text = (
        "Aliyev: we will win. He said so on Monday.\n\nNote: figures are preliminary.\n\nWhy did it fail? Nobody knows."
    )
    assert _questions(text) == []


# -- end to end


def test_chronology_list_items_are_sentences_with_their_dates() -> None:
    art = _read_md(
        "# Timeline\n\nKey moments in relations between the two countries.\n\n"
        "- **14 December 2009** — The European Union and Georgia sign a visa facilitation agreement\n"
        "- 2014 - Georgia signs an Association Agreement with the EU in Brussels\n"
        "- 12 May: Ilham Aliyev meets Xi Jinping in Beijing\n"
    )
    ex = extract(art)
    dates = sorted(c.date.value for c in ex.claims)
    assert "2009-12-14" in dates and "2014" in dates and "2014-05-12" in dates
    assert all(not c.quote.startswith("-") for c in ex.claims)


def test_year_headings_in_markdown_chronology() -> None:
    art = _read_md(
        "# A year of diplomacy\n\nOur review of the past two years.\n\n## 2022\n\n"
        "- 12 May: Ilham Aliyev meets Xi Jinping in Beijing.\n"
        "- 3 June: Azerbaijan and Turkey sign a defence agreement\n\n"
        "## 2023\n\n- 14 January: Azerbaijan opens an embassy in Israel\n"
    )
    got = {c.date.value for c in extract(art).claims}
    assert {"2022-05-12", "2022-06-03", "2023-01-14"} <= got
    assert not got & {"2023-05-12", "2023-06-03", "2024-01-14"}


def test_plain_text_chronology_with_year_lines() -> None:
    text = (
        "Chronology: Kazakhstan and Russia\nPublished 5 March 2024\n\n"
        "The following chronology lists the main events in relations between the two countries.\n\n"
        "2022\n5 January: Tokayev asks the CSTO for help as unrest spreads\n"
        "17 June: Tokayev refuses to recognise the Donetsk and Luhansk republics at a forum in St Petersburg\n\n"
        "2023\n28 November: Putin makes a state visit to Astana\n"
    )
    ex = extract(read_bytes(text.encode(), "mem.txt"))
    got = {c.date.value for c in ex.claims}
    assert {"2022-01-05", "2022-06-17", "2023-11-28"} <= got
    assert all("\n" not in c.quote for c in ex.claims)  # one item per sentence


def test_table_rows_are_items() -> None:
    art = _read_md(
        "# Key dates\n\nThe table below lists the main agreements.\n\n| Date | Event |\n|------|-------|\n"
        "| 2 January 1992 | Uzbekistan and China establish diplomatic relations |\n"
        "| 24 January 2024 | Mirziyoyev and Xi Jinping sign a joint statement in Beijing |\n\n"
        "Relations have grown steadily since then.\n"
    )
    claims = extract(art).claims
    by_date = {c.date.value: c for c in claims}
    assert {"1992-01-02", "2024-01-24"} <= set(by_date)
    assert by_date["1992-01-02"].quote.startswith("2 January 1992")
    assert "Mirziyoyev" not in by_date["1992-01-02"].quote  # rows are never joined
    assert not by_date["1992-01-02"].quote.endswith("|")


def test_interview_questions_give_no_events_and_labels_no_actors() -> None:
    art = read_bytes(
        (
            b"Interview: a former diplomat looks back\n\nHe spoke to us about three decades of diplomacy.\n\n"
            b"Q: You were in Beijing when Ilham Aliyev signed the partnership declaration on 3 July 2024?\n\n"
            b"A: Yes. Azerbaijan and Kazakhstan signed a transit agreement on 12 May 2023.\n\n"
            b"Q: Turkmenistan and Kazakhstan signed a gas agreement on 2 June 2022. What changed?\n\n"
            b"A: Nothing much.\n"
        ),
        "mem.txt",
    )
    claims = extract(art).claims
    assert not any(c.date.value == "2024-07-03" for c in claims)
    assert any(c.date.value == "2023-05-12" for c in claims)
    assert any(c.date.value == "2022-06-02" for c in claims)  # the interviewer's statement is kept
    assert all(not c.quote.startswith(("A:", "Q:")) for c in claims)


def test_heading_dates_end_at_the_next_heading_or_item_date() -> None:
    art = _read_md(
        "# Pipeline diary\n\nThe main milestones of the project.\n\n"
        "**14 December 2009**\n\n- Hu Jintao opens the Central Asia-China gas pipeline at Saman-Depe.\n\n"
        "**12 June 2018**\n\n- Erdogan and Ilham Aliyev inaugurate the Trans-Anatolian pipeline in Eskisehir.\n\n"
        "## 2021\n\n- Turkey and Azerbaijan sign the Shusha Declaration.\n"
        "- Azerbaijan and Turkmenistan sign a memorandum on the Dostluk field.\n\n## 2022\n\n"
        "- **18 July** - Ursula von der Leyen and Aliyev sign a memorandum on energy in Baku. "
        "Aliyev meets Charles Michel.\n",
        published="2024-03-01",
    )
    by_quote = {c.quote.split()[0]: c.date.value for c in extract(art).claims}
    assert by_quote["Hu"] == "2009-12-14"
    assert by_quote["Erdogan"] == "2018-06-12"
    assert by_quote["Turkey"] == by_quote["Azerbaijan"] == "2021"  # not the day heading above "## 2021"
    assert by_quote["Aliyev"] == "2022-07-18"  # the item's own date, not a heading's


def test_a_question_paragraph_claims_nothing() -> None:
    art = _read_md(
        "# Analysis\n\nArmenia froze its participation in the CSTO in February 2024, officials said.\n\n"
        "Did Armenia leave the CSTO on 12 June 2024?\n\n"
        "Pashinyan told parliament in June that Armenia would leave the bloc.\n"
    )
    claims = extract(art).claims
    assert claims  # the statements still give events
    assert not any("Did Armenia" in c.quote for c in claims)


def test_dash_interview_questions_claim_nothing() -> None:
    art = read_bytes(
        (
            "Ambassador: relations are at their peak\n\nThe ambassador spoke about bilateral ties.\n\n"
            "– What about trade? Did Azerbaijan and China sign a trade agreement on 3 March 2023?\n\n"
            "– Trade grew. Kazakhstan and Azerbaijan signed a transit roadmap on 5 May 2024.\n"
        ).encode(),
        "mem.txt",
    )
    values = {c.date.value for c in extract(art).claims}
    assert "2024-05-05" in values
    assert "2023-03-03" not in values


def test_date_line_above_its_entry() -> None:
    text = (
        "Chronology of relations\n\nBelow are the key milestones in relations between Baku and Beijing.\n\n"
        "2 April 1992\n\nAzerbaijan and China establish diplomatic relations.\n\n"
        "March 2005\n\nIlham Aliyev pays a state visit to China.\n"
    )
    art = read_bytes(text.encode(), "mem.txt", metadata={"published": "2024-06-01"})
    got = {c.date.value: c.quote for c in extract(art).claims}
    assert "1992-04-02" in got and got["1992-04-02"].startswith("2 April 1992")
    assert "2005-03" in got and "state visit" in got["2005-03"]


_LINES = [
    "## 2021",
    "**2022**",
    "2023",
    "- 12 May: Ilham Aliyev meets Xi Jinping in Beijing.",
    "- **3 June** — Azerbaijan and Turkey sign a defence agreement",
    "| 28 December | Kazakhstan opens a consulate in Urumqi |",
    "|---|---|",
    "Q: What did Azerbaijan sign on 5 May 2021?",
    "A: Azerbaijan and China signed a memorandum on 5 May 2021.",
    "**Interviewer:** Why?",
    "14 December 2009",
    "Azerbaijan and Georgia signed a transit agreement in March 2019, officials said.",
    "Photo: Reuters",
    "## Notes",
    "",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=12))
def test_any_arrangement_of_structures_extracts_cleanly(lines: list[str]) -> None:
    assume(any(line.strip() for line in lines))
    art = _read_md("\n".join(lines) + "\n")
    for c in extract(art).claims:
        assert art.text[c.start : c.end] == c.quote
        assert c.date.value is None or c.date.value[:1] in "0123456789X"


def test_year_heading_above_a_single_entry_dates_it() -> None:
    art = _read_md(
        "# Chronology\n\nThe main milestones of the relationship.\n\n## 2005\n\n"
        "Ilham Aliyev pays a state visit to China.\n\n## 2015\n\n"
        "- **10 December** – Aliyev and Xi Jinping sign a memorandum on the Silk Road Economic Belt.\n"
    )
    got = {c.date.value for c in extract(art).claims}
    assert {"2005", "2015-12-10"} <= got
