"""Endnotes that name a source and its date are citations, not body text; in interview and press-conference
transcripts, the statements of a question turn that frame the question, address the interviewee or pass on
hearsay tell no event, while the reporter's stated facts, the questions themselves and every answer stay."""

from __future__ import annotations

import pytest

from timeline.ingest import boilerplate


@pytest.mark.parametrize(
    ("note", "statement"),
    [
        ("Figures announced by the Kazakh Ministry of Trade, March 2021.", False),
        ("Data published by the national statistics committee, 12 May 2019.", False),
        ("Ministry of Health of Kyrgyzstan; TASS reporting, 2020-2021.", False),
        ("Statement released by the presidential press office, May 3, 2018.", False),
        ("The memorandum was signed in Tokyo on 10 December 2015.", True),
        ("The talks were held in Almaty, and a second round followed in 2019.", True),
    ],
)
def test_source_lines_with_a_trailing_date_are_citations(note: str, statement: bool) -> None:
    assert boilerplate.is_note_statement(note) is statement


def test_notes_block_of_sources_yields_no_body_but_a_numbered_body_list_stays() -> None:
    text = (
        "Kazakhstan and Japan signed three agreements on energy in Astana on 4 May 2021, the ministry said.\n\n"
        "The main steps of the partnership were these:\n\n"
        "1. In 2015 Japan opened a trade office in Almaty.\n\n"
        "2. In 2019 the two governments signed an investment treaty in Tokyo.\n\n"
        "Notes\n\n"
        "1 Figures announced by the Kazakh Ministry of Energy, May 2021.\n\n"
        "2 Kyodo, 12 May 2019.\n"
    )
    body = [text[s:e] for s, e in boilerplate.body_spans(text)]
    assert any("investment treaty" in b for b in body)
    assert any("trade office" in b for b in body)
    assert not any("Figures announced" in b or "Kyodo" in b for b in body)


def _body(text: str) -> str:
    return "\n".join(text[s:e] for s, e in boilerplate.body_spans(text))


def test_bold_interview_questions_addressing_the_guest_are_no_body() -> None:
    text = (
        "# Interview with the Japanese ambassador to Kazakhstan\n\n"
        "**Mr. Ambassador, how do you assess the year?**\n\n"
        "It was a good year. Prime Minister Kishida visited Astana in August and signed a memorandum on minerals.\n\n"
        "**You came to Astana only last spring.**\n\n"
        "Yes, I presented my credentials to President Tokayev in April.\n\n"
        "**The two foreign ministers also met in Tokyo in June.**\n\n"
        "They did, and they agreed to open a direct flight.\n\n"
        "**What comes next?**\n\n"
        "A business forum in the autumn.\n"
    )
    body = _body(text)
    assert "You came to Astana" not in body
    assert "The two foreign ministers also met in Tokyo in June." in body  # the interviewer's stated fact stays
    assert "Prime Minister Kishida visited Astana" in body and "presented my credentials" in body
    assert "They did, and they agreed to open a direct flight." in body


def test_press_conference_question_frames_and_hearsay_are_no_body_answers_stay() -> None:
    text = (
        "Foreign Ministry Spokesperson Wang Hao's Regular Press Conference on March 3, 2025\n\n"
        "NHK: A question on the Japanese national reportedly detained in Chengdu last month. Can you confirm?\n\n"
        "Wang Hao: The case is being handled in accordance with the law. The Japanese side was informed on 2 March.\n\n"
        "Kazinform: Kazakhstan signed a visa-free agreement with China in September. How do you assess it?\n\n"
        "Wang Hao: The agreement entered into force in November and has boosted travel.\n\n"
        "Bloomberg: Some media outlets have reported that Chinese banks are financing a port in Aktau. "
        "Do you have any comment?\n\n"
        "Wang Hao: I am not aware of what you mentioned.\n"
    )
    body = _body(text)
    assert "A question on the Japanese national" not in body
    assert "Some media outlets have reported" not in body
    assert "Kazinform: Kazakhstan signed a visa-free agreement with China in September." in body
    assert "How do you assess it?" in body  # a question itself may name an event; the engine reads it as before
    assert "The Japanese side was informed on 2 March." in body
    assert "The agreement entered into force in November and has boosted travel." in body


def test_q_labelled_turns_and_ordinary_prose_with_you() -> None:
    text = (
        "Q: You were in Tokyo when the treaty was signed. What do you remember?\n\n"
        "A: I remember the signing in 1994 very well.\n\n"
        "Q: This June, the Japanese prime minister came to Astana.\n\n"
        "A: Yes, and he opened the new embassy building.\n"
    )
    body = _body(text)
    assert "You were in Tokyo" not in body
    assert "What do you remember?" in body
    assert "This June, the Japanese prime minister came to Astana." in body
    assert "I remember the signing in 1994 very well." in body
    # no transcript: a sentence with "you" in an ordinary article stays
    prose = "The minister told reporters: you cannot build a corridor alone. Japan opened a consulate in Almaty.\n"
    assert "you cannot build" in _body(prose)


def test_unheaded_endnotes_closing_the_text_keep_only_statements() -> None:
    text = (
        "Japan and Kazakhstan signed an energy accord in Astana on 4 May 2021, the ministry said.\n\n"
        "Trade grew by a fifth in the following year, according to customs figures.\n\n"
        "1 Figures announced by the Kazakh Ministry of Trade, April 2022.\n\n"
        "2 Kyodo, 12 May 2021.\n\n"
        "3 The accord was signed by the two energy ministers in Astana.\n"
    )
    body = [text[s:e] for s, e in boilerplate.body_spans(text)]
    assert not any("Figures announced" in b or "Kyodo" in b for b in body)
    assert "The accord was signed by the two energy ministers in Astana." in body


def test_a_numbered_body_list_closing_the_text_stays() -> None:
    text = (
        "The agreements signed in Astana on 4 May 2021 were these:\n\n"
        "1. Japan and Kazakhstan signed an accord on uranium supplies, announced by the ministry, May 2021.\n\n"
        "2. The two sides agreed to open a direct flight between Tokyo and Almaty.\n"
    )
    body = "\n".join(text[s:e] for s, e in boilerplate.body_spans(text))
    assert "uranium supplies" in body and "direct flight" in body
