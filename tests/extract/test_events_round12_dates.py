"""Round 12 (session 10): a claim takes the date of its own event clause.

- a comparison bound of the same clause ("for the first time since 2017", "the first such visit since 2019")
  never dates the act;
- an ordinal frequency phrase ("for the third time this year") yields to another date of the sentence;
- the period of a target told by an infinitive or gerund object ("agreed to increase trade this year", "talks on
  increasing volumes in 2027", "signed an agreement to raise traffic in 2027") is not the act's date;
- an open relative clause after the act ("..., which was completed the following year") dates its own verb, not
  the act, unless its antecedent is the occasion itself ("the summit, which was held on 4 July");
- a relative offset ("Two months later") counts from the last event told, not from a status bound
  ("foreign minister since 2023");
- a weekday of a planned clause ("is expected to visit ... on Monday") looks forward from publication.
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
    return extract(replace(read_text(text, "test://round12d.txt"), published=published)).claims


def values(body: str, words: str) -> list[str]:
    return [c.date.value or "" for c in claims(body) if words in c.quote]


# -- a comparison bound ("the first ... since <date>") is not the act's date


def test_first_since_bound_does_not_date_the_act() -> None:
    cases = [
        ("In March, a delegation of the Mazhilis went to Beijing for the first time since 2017.", "Mazhilis",
         "2026-03"),
        ("Kassym-Jomart Tokayev travelled to Tokyo in November 2025, the first visit by a Kazakh president since "
         "2016.", "Tokyo", "2025-11"),
        ("Wang Yi came to Astana on 3 March for the first time since 2022.", "Astana", "2026-03-03"),
        ("Last week Uzbek Foreign Minister Bakhtiyor Saidov held talks in Tokyo, the first such talks since 2018.",
         "Saidov", "2026-05-04/2026-05-10"),
    ]
    for body, words, value in cases:
        found = values(body, words)
        assert found and set(found) == {value}, (body, found)


def test_first_since_bound_alone_gives_no_date_of_its_own() -> None:
    body = "Last year Kassym-Jomart Tokayev visited Japan for the first time since 2016."
    assert "2016" not in values(body, "Japan")
    body = ("Tokayev met Xi Jinping on 2 May.\n\n"
            "The Kazakh senate speaker visited Beijing for the first time since 2019.")
    assert "2019" not in values(body, "senate speaker")


def test_since_of_a_state_still_counts_when_it_is_the_event() -> None:
    # "since <date>" without an ordinal is left alone: the date is what the clause says
    found = values("Kazakhstan and China have been strategic partners since 2005, and on 3 March Tokayev met "
                   "Xi Jinping in Beijing.", "Xi Jinping")
    assert "2026-03-03" in found, found


# -- an ordinal frequency phrase yields to another date


def test_ordinal_frequency_yields_to_the_day() -> None:
    cases = [
        ("On Monday, Kassym-Jomart Tokayev met Xi Jinping for the third time this year.", "Xi Jinping",
         "2026-05-11"),
        ("For the first time this year, the foreign ministers of Uzbekistan and China held talks in Tashkent on "
         "Tuesday.", "Tashkent", "2026-05-12"),
        ("Shavkat Mirziyoyev met Xi Jinping in Beijing on 2 April, for the second time in 2026.", "Mirziyoyev",
         "2026-04-02"),
    ]
    for body, words, value in cases:
        found = values(body, words)
        assert found and set(found) == {value}, (body, found)


def test_ordinal_frequency_alone_keeps_its_year() -> None:
    found = values("Kassym-Jomart Tokayev met Xi Jinping for the third time this year.", "Xi Jinping")
    assert found and set(found) == {"2026"}, found


# -- the period of an infinitive / gerund target is not the act's date


def test_target_period_of_an_object_does_not_date_the_act() -> None:
    cases = [
        ("In April, Uzbekistan Railways and China Railway signed an agreement on increasing freight volumes in "
         "2027.", "freight", "2026-04"),
        ("In January, the foreign ministers of Kazakhstan and China held talks on doubling trade by 2030 in "
         "Astana.", "doubling", "2026-01"),
        ("Kazakhstan Railways signed an agreement with China Railway on Tuesday to expand container traffic "
         "in 2027.", "container", "2026-05-12"),
        ("In February, Kazakhstan Railways signed an agreement with China Railway to raise the number of trains "
         "this year.", "number of trains", "2026-02"),
    ]
    for body, words, value in cases:
        found = values(body, words)
        assert found and set(found) == {value}, (body, found)


def test_target_period_alone_is_not_a_planned_signing() -> None:
    body = ("On 12 May, the intergovernmental committee of Uzbekistan and China met in Tashkent.\n\n"
            "Uzbekistan Railways and China Railway signed an agreement on boosting container traffic in 2027.")
    found = [(c.date.value, c.status) for c in claims(body) if "boosting" in c.quote]
    assert ("2027", "planned") not in found, found


def test_planned_act_keeps_its_own_future_date() -> None:
    found = [(c.date.value, c.status) for c in claims("Kazakhstan and China will open a new border crossing in "
                                                      "2027.") if "crossing" in c.quote]
    assert found and all(v == "2027" and s == "planned" for v, s in found), found


# -- an open relative clause dates its own verb


def test_trailing_relative_clause_keeps_its_date() -> None:
    cases = [
        ("In May 2021, Kazakhstan and China signed an agreement on a new border crossing, which was completed the "
         "following year.", "signed", "2021-05"),
        ("On 4 March 2019, Uzbekistan and China signed a loan agreement for a water project, which the "
         "contractors finished in 2023.", "loan agreement", "2019-03-04"),
        ("Tokayev visited Urumqi in June 2024, which hosted the trade fair in August 2025.", "Urumqi", "2024-06"),
    ]
    for body, words, value in cases:
        found = values(body, words)
        assert found and value in found and not any(v.startswith(("2022", "2023", "2025")) for v in found), (
            body, found)


def test_relative_clause_on_the_occasion_still_dates_it() -> None:
    cases = [
        ("Kassym-Jomart Tokayev attended the SCO summit, which was held in Astana on 4 July 2025.", "2025-07-04"),
        ("Shavkat Mirziyoyev took part in the investment forum, which opened in Shanghai on 3 November 2025.",
         "2025-11-03"),
    ]
    for body, value in cases:
        found = [c.date.value for c in claims(body)]
        assert value in found, (body, found)


# -- a relative offset counts from the last event, not from a status bound


def test_relative_offset_skips_a_status_bound() -> None:
    lead = ("Kassym-Jomart Tokayev paid a state visit to China from 2 to 4 January 2026. Murat Nurtleu, foreign "
            "minister since 2023, signed a visa agreement with Wang Yi.\n\n")
    for tail in ("Four months later Tokayev was back in China for a meeting with Xi Jinping.",
                 "Two months later, Tokayev held talks with Li Qiang in Beijing."):
        found = values(lead + tail, tail[:20])
        assert found and not any(v.startswith("2023") for v in found), (tail, found)
        assert any(v.startswith("2026-0") for v in found), (tail, found)


def test_relative_offset_still_counts_from_an_event() -> None:
    body = "In January 2026 Murat Nurtleu visited Beijing.\n\nTwo months later Nurtleu held talks with Wang Yi."
    assert values(body, "Two months later") == ["2026-03"]


# -- a weekday of a planned clause looks forward


def test_weekday_of_a_planned_clause_looks_forward() -> None:
    cases = [
        ("Kassym-Jomart Tokayev is expected to visit Beijing on Monday.", "Beijing", "2026-05-18"),
        ("Chinese Premier Li Qiang is due to meet Tokayev on Tuesday, the last day of the visit.", "Li Qiang",
         "2026-05-19"),
        ("Wang Yi will hold talks with Murat Nurtleu on Wednesday.", "Wang Yi", "2026-05-20"),
    ]
    for body, words, value in cases:
        found = values(body, words)
        assert found and set(found) == {value}, (body, found)


def test_weekday_of_a_past_clause_stays_behind() -> None:
    found = values("Chinese Premier Li Qiang met Tokayev on Tuesday.", "Li Qiang")
    assert found == ["2026-05-12"], found


def test_explicit_day_beats_a_counted_shift_of_the_same_sentence() -> None:
    lead = "Kassym-Jomart Tokayev met Xi Jinping in Astana in 2024.\n\n"
    cases = [
        ("Less than a year later, when Tokayev came to Beijing on a state visit, the tone changed: on 23 April the "
         "two leaders signed a treaty.", "2025-04-23"),
        ("Two months later, on 3 March, Tokayev travelled to Beijing.", "2024-03-03"),
    ]
    for body, value in cases:
        found = [c.date.value for c in claims(lead + body) if body[:20] in c.quote]
        assert found and set(found) == {value}, (body, found)
    # a counted shift of its own clause, without a finer date, still counts
    found = [c.date.value for c in claims(lead + "Two years later Tokayev travelled to Beijing.") if "Two" in c.quote]
    assert found == ["2026"], found
