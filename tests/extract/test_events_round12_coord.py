"""Round 12 (session 10): coordination.

- a second clause with a subject of its own and no date of its own shares the sentence's event date (a lead "On 12
  November"), not the period of the first clause's object ("on increasing traffic in 2027"), and the first
  clause's object-first match does not swallow the second clause's verb;
- documents coordinated as objects of one signing ("signed an agreement on X and a memorandum on Y") or as the
  subject of one passive ("A memorandum on X and an agreement on Y were signed") give one claim each.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims(body: str, published: dt.date = dt.date(2026, 5, 14)) -> list[Claim]:
    text = "Report\nASTANA, 14 May 2026 -- Officials gave details of the week.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round12c.txt"), published=published)).claims


def signed(body: str) -> list[tuple[str, str]]:
    return [(c.date.value or "", c.status) for c in claims(body) if c.event_type == "AGREE"]


# -- a second clause shares the sentence's event date


def test_second_clause_shares_the_lead_date_not_the_object_period() -> None:
    cases = [
        "On 12 April, Kazakhstan Railways and China Railway signed an agreement on increasing container traffic in "
        "2027, and KazakhInvest and China Council for the Promotion of International Trade signed a memorandum on "
        "investment promotion.",
        "On 12 April, Uzbekistan Railways signed an agreement with China Railway to double freight volumes in 2028, "
        "and Uzbekneftegaz and China National Petroleum Corporation signed a contract on gas exploration.",
    ]
    for body in cases:
        found = signed(body)
        assert len(found) == 2 and {v for v, _ in found} == {"2026-04-12"}, (body, found)
        assert all(s == "occurred" for _, s in found), (body, found)


def test_second_clause_with_its_own_later_time_is_not_forced_to_the_lead_date() -> None:
    body = ("On 12 April, Kazakhstan and China signed an agreement on a new border crossing, and the Kazakh parliament "
            "ratified it shortly afterwards.")
    found = [c.date.value for c in claims(body) if "ratified" in c.quote and c.rule.startswith("lex.agree.ratif")]
    assert "2026-04-12" not in found, found


# -- coordinated documents give one claim each


def test_coordinated_document_objects_give_one_claim_each() -> None:
    cases = [
        ("On 3 March, Uzbekistan and China signed an agreement on visa exemption and a memorandum on green "
         "development.", "2026-03-03"),
        ("Kazakhstan and China signed a treaty on legal assistance and a protocol on border checkpoints in Beijing "
         "on 2 April.", "2026-04-02"),
        ("In February, the two ministries signed a contract for the supply of buses as well as a memorandum of "
         "understanding on electric mobility between Uzbekistan and China.", "2026-02"),
    ]
    for body, value in cases:
        found = signed(body)
        assert len(found) == 2 and {v for v, _ in found} == {value}, (body, found)


def test_coordinated_document_subjects_of_a_passive_give_one_claim_each() -> None:
    cases = [
        ("A memorandum on digital trade and an agreement between KazakhInvest and China's Silk Road Fund on a joint "
         "platform were also signed on 3 March.", "2026-03-03"),
        ("On 10 April, an agreement on road transport and a protocol on veterinary inspection between Uzbekistan "
         "and China were signed in Tashkent.", "2026-04-10"),
    ]
    for body, value in cases:
        found = signed(body)
        assert len(found) == 2 and {v for v, _ in found} == {value}, (body, found)


def test_one_document_with_two_parties_stays_one_claim() -> None:
    for body in ("On 3 March, Uzbekistan and China signed an agreement on trade and investment.",
                 "On 3 March, an agreement between Kazakhstan and China on visa exemption was signed in Astana.",
                 "On 3 March, Kazakhstan and China signed an agreement on the railway and its financing."):
        found = signed(body)
        assert len(found) == 1, (body, found)


def test_first_coordinated_document_does_not_take_the_second_ones_parties() -> None:
    body = ("On 3 March Kazakhstan and China held talks in Astana.\n\n"
            "A memorandum on digital trade and an agreement between KazakhInvest and China's Silk Road Fund on a joint "
            "platform were also signed on 3 March.")
    memo = [c for c in claims(body) if c.event_type == "AGREE" and "emorandum" in c.title]
    assert memo and all("Silk Road Fund" not in [a.name for a in c.actors] for c in memo), [
        (c.title, [a.name for a in c.actors]) for c in memo]
