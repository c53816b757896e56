"""Round 13 (session 11): dateless signings of a one-event report, and "Following the meeting" by its noun.

- "Following the meeting, X and Y signed ..." takes the day of the meeting its noun names (the report's "12th
  meeting ... today"), not the day of a reception or arrival told after it.
- A signing opening its own paragraph of a report ("In the energy sector, A and B signed an agreement on ...")
  takes the report's day after a paragraph whose events all fall in the report's year; the next dateless
  signing of the paragraph continues it. Not after a background-history paragraph (events of earlier years).
- "A memorandum on X was also signed." after the paragraph's signings and a sentence on another dated act
  takes the signings' day, not the other act's.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims(body: str, published: dt.date = dt.date(2026, 3, 5)) -> list[Claim]:
    text = "Government press service\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round13.txt"), published=published)).claims


def values(body: str, words: str) -> list[str]:
    return [c.date.value or "" for c in claims(body) if words in c.quote and c.event_type == "AGREE"]


_LEAD = ("Deputy Prime Minister of Uzbekistan Jamshid Khodjaev and Vice Premier of China He Lifeng today co-chaired "
         "the 7th meeting of the Uzbekistan–China Intergovernmental Committee in Tashkent.\n\n"
         "He Lifeng arrived in Tashkent on 3 March. On Wednesday evening he was received by Prime Minister of "
         "Uzbekistan Abdulla Aripov.\n\n")
_OUTLOOK = ("The parties noted the launch of construction of the Andijan–Kashgar highway in the winter and agreed "
            "to speed up work on the railway agreement, which is planned to be signed next year.\n\n")
_HISTORY = ("The committee was set up in 2011. Uzbekistan and China signed a strategic partnership treaty in "
            "June 2012.\n\n")


def test_following_the_meeting_takes_the_named_meetings_day() -> None:
    body = _LEAD + "Following the meeting, Jamshid Khodjaev and He Lifeng signed the protocol of the committee.\n\n"
    assert values(body, "protocol of the committee") == ["2026-03-05"]


def test_sector_signings_of_a_report_take_its_day() -> None:
    body = (_LEAD + _OUTLOOK
            + "In the transport sector, Uzbekistan Railways and China Railway Group signed an agreement on the "
              "electrification of the Bukhara line. The Ministry of Agriculture of Uzbekistan and the General "
              "Administration of Customs of China signed a protocol on exports of Uzbek cherries.\n\n")
    assert values(body, "Bukhara line") == ["2026-03-05"]
    assert values(body, "Uzbek cherries") == ["2026-03-05"]


def test_no_report_day_after_a_background_history_paragraph() -> None:
    body = (_LEAD + _OUTLOOK + '"We are satisfied with the pace of our cooperation," Khodjaev said.\n\n' + _HISTORY
            + "In the transport sector, Uzbekistan Railways and China Railway Group signed an agreement on the "
              "electrification of the Bukhara line.\n\n")
    assert "2026-03-05" not in values(body, "Bukhara line")


def test_no_report_day_for_a_signing_inside_its_paragraph() -> None:
    body = (_LEAD + "The parties noted the launch of construction of the Andijan–Kashgar highway in the winter. "
            "Uzbekistan Railways and China Railway Group signed an agreement on the electrification of the Bukhara "
            "line.\n\n")
    assert "2026-03-05" not in values(body, "Bukhara line")


def test_also_signed_joins_the_paragraphs_signings() -> None:
    body = ("The 5th meeting of the Georgia-China trade commission, co-chaired by ministers of Georgia and China, "
            "was held in Tbilisi on Tuesday.\n\n"
            "Following the meeting, Georgian Railway and China Railway Container Transport signed an agreement on "
            "a logistics hub. CRCT delivered its first containers to Poti in January. A memorandum of understanding "
            "on digital customs was also signed.\n\n")
    assert values(body, "digital customs") == ["2026-03-03"]


def test_also_signed_never_takes_the_delivery_between() -> None:
    body = ("Georgia and China signed a free trade agreement in May 2017. China delivered its first buses to "
            "Tbilisi in January. A memorandum on digital customs was also signed.\n\n")
    assert "2018-01" not in values(body, "digital customs")


# --- lists of three or more signed documents, each with its own parties ----------------------------------------

def test_inverted_list_of_documents_gives_one_claim_each() -> None:
    body = ("Presidents Shavkat Mirziyoyev and Xi Jinping held talks in Tashkent on Tuesday.\n\n"
            "Among the documents signed on Tuesday were an intergovernmental agreement on the Termez–Kabul "
            "railway, an agreement between Uzbekneftegaz and Sinopec on a gas processing plant in Bukhara, and "
            "a memorandum with the Asian Infrastructure Investment Bank on financing for a water project.\n\n")
    signed = [c for c in claims(body) if c.event_type == "AGREE" and "Among the documents" in c.quote]
    assert len(signed) == 3
    by_object = {c.named_object or "": {a.name for a in c.actors} for c in signed}
    gas = next(v for k, v in by_object.items() if "gas processing" in k)
    assert "Sinopec" in gas and "Asian Infrastructure Investment Bank" not in gas
    assert len({c.named_object for c in signed}) == 3


def test_plain_list_of_three_documents_is_split() -> None:
    body = ("On Tuesday Uzbekistan and China signed an agreement on visa-free travel, an agreement between "
            "Uzbekistan Railways and China Railway Group on the Termez line, and a memorandum on tourism.\n\n")
    signed = [c for c in claims(body) if c.event_type == "AGREE"]
    assert len(signed) == 3


def test_a_list_of_parties_is_not_a_list_of_documents() -> None:
    body = ("On Tuesday Uzbekistan signed an agreement with China, Kazakhstan, and Kyrgyzstan on the "
            "China–Kyrgyzstan–Uzbekistan railway.\n\n")
    signed = [c for c in claims(body) if c.event_type == "AGREE"]
    assert len(signed) == 1


# --- chronology items with a bold date closed by a full stop; coordinated predicates after an adjunct -----------

def _brief_claims(body: str) -> list[Claim]:
    text = "# Uzbekistan and China: a chronology\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round13brief.md"), published=dt.date(2025, 9, 1))).claims


def test_bold_dated_items_with_a_full_stop_date_their_sentences() -> None:
    body = ("- **May 2017.** Shavkat Mirziyoyev made a state visit to China.\n"
            "- **12–13 June 2024.** Tashkent hosted a summit of the Organization of Turkic States. Uzbekistan and "
            "China signed an agreement on a new border crossing.\n")
    found = {(c.event_type, c.date.value) for c in _brief_claims(body)}
    assert ("CONSULT", "2017-05") in found
    assert ("AGREE", "2024-06-12/2024-06-13") in found


def test_a_bold_sentence_is_no_dated_item() -> None:
    body = "- **Trade grew fast.** Uzbekistan and China signed an agreement on a new border crossing.\n"
    assert not [c for c in _brief_claims(body) if c.rule.endswith("+heading-date")]


def test_a_coordinated_predicate_after_an_adjunct_shares_the_date() -> None:
    body = ("On 5 May 2024 Shavkat Mirziyoyev and Xi Jinping launched, by video link, a freight train on the "
            "Kashgar route, and signed an agreement on opening trade houses.\n\n")
    found = {(c.rule.split("+")[0], c.date.value) for c in claims(body)}
    assert ("agree.sign", "2024-05-05") in found
    assert any(r.startswith("cooperate.") and v == "2024-05-05" for r, v in found)


def test_a_later_predicate_does_not_share_the_date() -> None:
    body = ("On 5 May 2024 Shavkat Mirziyoyev and Xi Jinping launched, by video link, a freight train on the Kashgar "
            "route, and months later signed an agreement on opening trade houses.\n\n")
    found = {(c.event_type, c.date.value) for c in claims(body)}
    assert ("AGREE", "2024-05-05") not in found
