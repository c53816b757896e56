"""Round 10 (session 8): follow-ups of a dated meeting borrow its day across a paragraph.

A dateless past-tense sentence opening a paragraph ("A memorandum ... was also signed between A and B.") takes the
day of the meeting/session told in the last paragraph with events (at most three back) when it links to it by
"also"/"as well" or by two of the occasion's parties; "At the end/close of the session" refers back to the
session. A background paragraph (another day, a year) or a new topic without a link lends nothing.
Every text here is written for the test (none comes from a gold file). The articles are published more than a
week after the meeting, so the news-lead default (``+lead-day``) does not apply.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

SESSION = ("Weekly review\nTBILISI, 24 May 2026 -- The Georgian-Chinese intergovernmental commission on trade held "
           "its ninth session in Tbilisi on 11 May, co-chaired by Georgian Economy Minister Levan Davitashvili and "
           "Chinese Commerce Minister Wang Wentao.\n\n"
           "The sides discussed the Middle Corridor, the port of Anaklia and investment.\n\n")


def claims_of(text: str) -> list[Claim]:
    return extract(replace(read_text(text, "test://round10b.txt"), published=dt.date(2026, 5, 24))).claims


def dates_quoted(text: str, words: str) -> set[str]:
    return {c.date.value for c in claims_of(text) if words in c.quote}


def test_also_signed_in_its_own_paragraph_takes_the_session_day() -> None:
    text = (SESSION + "A memorandum on cooperation in digital trade was also signed between the Georgian Ministry "
            "of Economy and the Chinese Ministry of Commerce.\n")
    assert dates_quoted(text, "digital trade") == {"2026-05-11"}


def test_at_the_close_of_the_session_refers_back_to_it() -> None:
    text = SESSION + "At the close of the session, the two ministers signed a protocol on customs cooperation.\n"
    assert dates_quoted(text, "At the close") == {"2026-05-11"}


def test_same_parties_without_also_take_the_session_day() -> None:
    text = (SESSION + "Investment rose by 12 percent in 2025, the ministry said.\n\n"
            "Levan Davitashvili and Wang Wentao signed an action plan on green energy.\n")
    assert dates_quoted(text, "action plan") == {"2026-05-11"}


def test_chain_of_follow_ups_keeps_the_day() -> None:
    text = (SESSION + "Following the session, Levan Davitashvili and Wang Wentao signed the protocol of the "
            "session.\n\nGeorgian Railway and China Railway Container Transport signed an agreement on block "
            "trains as well.\n")
    assert dates_quoted(text, "block trains") == {"2026-05-11"}


def test_background_paragraph_lends_nothing() -> None:
    text = (SESSION + "Georgia and China established diplomatic relations on 9 June 1992.\n\n"
            "A memorandum on tourism was also signed between the two ministries.\n")
    assert dates_quoted(text, "memorandum on tourism") == set()


def test_new_topic_without_a_link_lends_nothing() -> None:
    text = (SESSION + "Georgian Railway signed a contract with a Chinese builder for the Rikoti tunnels.\n")
    assert dates_quoted(text, "Georgian Railway") == set()


def test_a_year_told_before_lends_nothing() -> None:
    text = ("Review\nTBILISI, 24 May 2026 -- In 2024 the presidents of Georgia and China met in Astana.\n\n"
            "A treaty on legal aid was also signed between the two ministries of justice.\n")
    assert dates_quoted(text, "legal aid") == set()
