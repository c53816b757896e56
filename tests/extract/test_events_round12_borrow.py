"""Round 12 (session 10): dateless sentences of a one-event report take the day of that event.

In a release or paragraph about one dated meeting, session or visit, a dateless past-tense signing or meeting
sentence that elaborates it ("In particular, an agreement was signed ...", "In addition, ...", "The ministry and
the bank signed a loan agreement ..." right after the day's signings, "X, who had accompanied Y, also held talks")
takes the meeting's day; "Earlier in the day" / "Later in the day" is the day told last. Guards: not after an
opinion or background paragraph that changed the subject, not a present-perfect background sentence.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims(body: str, published: dt.date = dt.date(2026, 5, 14)) -> list[Claim]:
    text = "Press release\nTASHKENT, 14 May 2026 -- The ministry reports.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round12b.txt"), published=published)).claims


def values(body: str, words: str) -> list[str]:
    return [c.date.value or "" for c in claims(body) if words in c.quote]


_SESSION = ("On 7 May, Tashkent hosted the ninth meeting of the Uzbek-Chinese intergovernmental committee, co-chaired "
            "by Minister of Investment Laziz Kudratov and Chinese Vice Premier Ding Xuexiang.\n\n"
            "The parties noted the agreements reached during the state visit of Shavkat Mirziyoyev to China in "
            "January 2024.\n\n"
            "Following the meeting, a package of documents worth $5 billion was signed.\n\n")


_LONG_SESSION = ("On 7 May, Tashkent hosted the ninth meeting of the Uzbek-Chinese intergovernmental committee, "
                 "co-chaired by Minister of Investment Laziz Kudratov and Chinese Vice Premier Ding Xuexiang.\n\n"
                 "The parties noted the high level of political dialogue.\n\n"
                 "They recalled the agreements reached during the state visit of Shavkat Mirziyoyev to China in "
                 "January 2024.\n\n"
                 "Trade between the two countries reached $9 billion in 2025.\n\n"
                 "Chinese companies now run more than 2,000 enterprises in Uzbekistan.\n\n"
                 "Following the meeting, a package of documents worth $5 billion was signed.\n\n")


def test_elaborating_signing_far_from_the_lead_takes_the_meeting_day() -> None:
    tails = [
        ("In particular, an agreement was signed with China Energy Engineering on a wind farm in Navoi region.",
         "wind farm"),
        ("The Ministry of Economy and Finance and the Export-Import Bank of China signed a loan agreement of $200 "
         "million for a water project.", "loan agreement"),
        ("In addition, Uzbekneftegaz and China National Petroleum Corporation signed a contract on gas "
         "exploration.", "gas exploration"),
    ]
    for tail, words in tails:
        found = values(_LONG_SESSION + tail, words)
        assert found == ["2026-05-07"], (tail, found)


def test_far_sentence_after_a_paragraph_without_events_takes_nothing() -> None:
    body = _LONG_SESSION + "Officials stressed the importance of the portfolio.\n\nIn particular, an agreement " \
        "was signed with China Energy Engineering on a wind farm."
    assert "2026-05-07" not in values(body, "wind farm")


def test_elaborating_signing_takes_the_meeting_day() -> None:
    tails = [
        ("In particular, an agreement was signed with China Energy Engineering on a wind farm in Navoi region.",
         "wind farm"),
        ("Specifically, Uzbekneftegaz and China National Petroleum Corporation signed a contract on gas "
         "exploration.", "gas exploration"),
        ("The Ministry of Economy and Finance and the Export-Import Bank of China signed a loan agreement of $200 "
         "million for a water project.", "loan agreement"),
        ("Among them, Navoiyuran and China General Nuclear Power signed a memorandum on uranium supplies.",
         "uranium"),
    ]
    for tail, words in tails:
        found = values(_SESSION + tail, words)
        assert found == ["2026-05-07"], (tail, found)


def test_also_held_talks_takes_the_day_of_its_paragraph() -> None:
    body = ("On Monday, on the sidelines of the summit in Astana, Kassym-Jomart Tokayev met Xi Jinping. According to "
            "the press service, the two leaders discussed transit. Xi was quoted as praising the partnership. "
            "Foreign Minister Murat Nurtleu, who had accompanied Tokayev, also held talks with Wang Yi.")
    assert values(body, "Wang Yi") == ["2026-05-11"]


def test_earlier_in_the_day_is_the_day_told_last() -> None:
    body = ("The fifth meeting of the Kazakh-Chinese business council was held in Almaty today.\n\n"
            "On the same day, a business forum took place with more than 100 companies. Speaking at the forum, "
            "the deputy minister said investors were welcome.\n\n"
            "Earlier in the day, President Kassym-Jomart Tokayev received the delegation led by Wang Wentao.")
    assert values(body, "Wang Wentao") == ["2026-05-14"]
    body = ("On 12 May Uzbek Foreign Minister Bakhtiyor Saidov held talks with Wang Yi in Beijing.\n\n"
            "The talks were described as constructive by both sides.\n\n"
            "Later in the day, Saidov met Chinese Vice President Han Zheng.")
    assert values(body, "Han Zheng") == ["2026-05-12"]


def test_background_paragraph_lends_no_meeting_day() -> None:
    body = ("On 7 May, Tashkent hosted the ninth meeting of the Uzbek-Chinese intergovernmental committee, co-chaired "
            "by Minister of Investment Laziz Kudratov and Chinese Vice Premier Ding Xuexiang.\n\n"
            "Critics in Tashkent have long argued that the loans are too expensive. In their view, the country "
            "cannot afford more debt.\n\n"
            "In particular, an agreement was signed with China Railway on the construction of the railway.")
    assert "2026-05-07" not in values(body, "China Railway")


def test_perfect_background_sentence_takes_no_meeting_day() -> None:
    body = _SESSION + "Uzbekistan and China have signed more than 150 agreements since 1992."
    assert "2026-05-07" not in values(body, "150 agreements")
