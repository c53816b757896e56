"""Session 14 (helper F): two acts of one sentence kept apart by the resolver: a meeting and the
partnership of the relations established at it; two documents of different kinds signed side by side.
Invented names, places and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.resolve.merge import _agreed_when_met, _documents_differ, store_extraction

UZ = replace(actor("Uzbekistan", "state"), country="UZB")
VN = replace(actor("Vietnam", "state"), country="VNM")
MIRZIYOYEV = replace(actor("Shavkat Mirziyoyev"), country="UZB")
TO_LAM = replace(actor("To Lam"), country="VNM")


def _store(session: Session, uri: str, *claims) -> None:  # type: ignore[no-untyped-def]
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2025, 9, 1))
    store_extraction(session, src, extraction(src, *claims))


# --- 1. a meeting and the partnership of the relations established at it ------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "Uzbekistan and Vietnam raised their ties to a comprehensive strategic partnership in May 2025, "
        "when Mirziyoyev met To Lam in Hanoi.",
        "The two countries upgraded relations to a strategic partnership as their leaders met in Samarkand.",
    ],
)
def test_a_relations_partnership_agreed_when_they_met_is_not_the_meeting(quote: str) -> None:
    assert not _agreed_when_met(("CONSULT", None), ("AGREE", None), quote)


@pytest.mark.parametrize(
    "quote",
    [
        "The two countries agreed on an energy partnership in May, when their presidents met in Hanoi.",
        "The two countries had agreed on a strategic partnership in May, when their presidents met in Hanoi.",
        "Uzbekistan and Vietnam agreed to open a direct air route when the presidents met in Tashkent.",
    ],
)
def test_a_field_partnership_or_decision_agreed_when_they_met_is_still_the_meeting(quote: str) -> None:
    assert _agreed_when_met(("CONSULT", None), ("AGREE", None), quote)


def test_meeting_and_the_partnership_established_there_stay_two_events(session: Session) -> None:
    quote = (
        "Uzbekistan and Vietnam raised their ties to a comprehensive strategic partnership in May 2025, "
        "when Mirziyoyev met To Lam in Hanoi."
    )
    partnership = claim("Uzbekistan–Vietnam comprehensive strategic partnership established", "AGREE", "2025-05",
                        actors=[UZ, VN], keywords=("partnership", "strategic"), quote=quote, end=len(quote))
    met = claim("Shavkat Mirziyoyev–To Lam meeting in Hanoi", "CONSULT", "2025-05", actors=[MIRZIYOYEV, TO_LAM],
                keywords=("meet",), quote=quote, end=len(quote))
    _store(session, "tashkent-times.txt", partnership, met)
    assert sorted(e.event_type for e in events_by_id(session)) == ["AGREE", "CONSULT"]


# --- 2. two documents of different kinds signed in one sentence ---------------------------------------


def test_documents_differ_reads_the_titles_kinds() -> None:
    assert _documents_differ("Uzbekistan–Vietnam memorandum of understanding signed",
                             "Uzbekistan–Vietnam protocol signed")
    assert _documents_differ("Treaty on friendship signed", "Joint statement signed")
    assert not _documents_differ("Memorandum on tourism signed", "Memorandum of understanding signed")
    assert not _documents_differ("Uzbekistan–Vietnam agreement signed", "Uzbekistan–Vietnam protocol signed")
    assert not _documents_differ("Relations upgraded", "Joint statement signed")


_TWO_DOCS = (
    "After the talks, the two sides signed a memorandum of understanding on digital trade and a protocol "
    "on quarantine requirements for melons exported from Uzbekistan to Vietnam."
)


def test_a_memorandum_and_a_protocol_of_one_sentence_are_two_events(session: Session) -> None:
    mou = claim("Uzbekistan–Vietnam memorandum of understanding signed", "AGREE", "2026-10-14", actors=[UZ, VN],
                keywords=("sign", "memorandum", "digital", "trade"), quote=_TWO_DOCS, end=len(_TWO_DOCS))
    protocol = claim("Uzbekistan–Vietnam protocol signed", "AGREE", "2026-10-14", actors=[UZ, VN],
                     keywords=("sign", "protocol", "quarantine", "melon"), quote=_TWO_DOCS, end=len(_TWO_DOCS))
    _store(session, "vna-wire.txt", mou, protocol)
    assert len(events_by_id(session)) == 2


def test_one_document_coded_twice_by_its_sentence_stays_one_event(session: Session) -> None:
    quote = "The ministers signed a memorandum on tourism, the first memorandum of understanding between them."
    one = claim("Uzbekistan–Vietnam memorandum on tourism signed", "AGREE", "2026-10-14", actors=[UZ, VN],
                keywords=("sign", "memorandum", "tourism"), quote=quote, end=len(quote))
    two = claim("Uzbekistan–Vietnam memorandum of understanding signed", "AGREE", "2026-10-14", actors=[UZ, VN],
                keywords=("sign", "memorandum"), quote=quote, end=len(quote))
    _store(session, "uza.html", one, two)
    assert len(events_by_id(session)) == 1


def test_a_decision_and_the_statement_of_one_sentence_stay_one_event(session: Session) -> None:
    quote = "The leaders agreed to raise relations to a new level and signed a joint statement on 3 June 2025."
    raised = claim("Uzbekistan–Vietnam relations raised", "AGREE", "2025-06-03", actors=[UZ, VN],
                   keywords=("raise", "relations"), quote=quote, end=len(quote))
    statement = claim("Uzbekistan–Vietnam joint statement signed", "AGREE", "2025-06-03", actors=[UZ, VN],
                      keywords=("sign", "statement"), quote=quote, end=len(quote))
    _store(session, "hanoi-daily.txt", raised, statement)
    assert len(events_by_id(session)) == 1
