"""Cues, grammar and actors, session 13: a dated gathering as the subject of a copula, a route launch told as a noun
or as a verbless chronology row, talks held in the passive with their format, the ';' parts of a one-date row, a
nominal meeting of "the Heads of State", and what is no party: a coordinated gathering's place in a visit, the topic
of "exchanged views on", a trailing source, a title's tail before a line break; an editor's note on a list.
Every sentence is written for these tests (other names, places and dates than the dev sets).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.actors import ActorDictionary
from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2026, 3, 12)


def claims(text: str, published: dt.date = PUBLISHED) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(uri=f"mem://cues-session13/{digest[:12]}", text=text, content_hash=digest, published=published)
    return extract(art).claims


def by_rule(text: str, rule: str, published: dt.date = PUBLISHED) -> list[Claim]:
    return [c for c in claims(text, published) if c.rule.split("+")[0] == rule]


def names(c: Claim) -> set[str]:
    return {a.name for a in c.actors}


# ----------------------------------------------------------------------------- a gathering as copula subject


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The summit of the Organization of Turkic States in Budapest on 20 May was the shortest in its history.",
         "2025-05-20"),
        ("The Caspian Economic Forum in Baku on 12 May drew ministers from five states.", "2025-05-12"),
        ("The conference of the OSCE in Vienna in December 2024 was a failure.", "2024-12"),
    ],
)
def test_dated_gathering_as_subject_of_copula(text: str, value: str) -> None:
    found = by_rule(text, "consult.summit_nominal", dt.date(2025, 9, 5))
    assert [c.date.value for c in found] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The next summit in Ashgabat in 2027 will be chaired by Turkmenistan.",
        "The forum was the largest in the history of the bloc.",
        "The previous summit in Astana on 4 July was calmer.",
    ],
)
def test_undated_or_other_gathering_subject_is_no_nominal_summit(text: str) -> None:
    assert not by_rule(text, "consult.summit_nominal", dt.date(2025, 9, 5))


# ----------------------------------------------------------------------------- a route launch told as a noun


def test_start_of_flights_as_a_noun_with_its_carrier() -> None:
    found = by_rule("The ministers welcomed the start in June of regular flights between Almaty and Kashgar by "
                    "Air Astana.", "cooperate.service_start")
    assert len(found) == 1
    assert found[0].date.value == "2025-06"
    assert "Air Astana" in names(found[0])
    assert "June" not in found[0].title


def test_opening_of_a_container_service_as_a_noun() -> None:
    found = by_rule("In May the opening of a weekly container service between Poti and Lianyungang was celebrated "
                    "in both ports.", "cooperate.service_start")
    assert [c.date.value for c in found] == ["2025-05"]


def test_verbless_first_run_row_of_a_chronology() -> None:
    text = ("Uzbekistan and China: a chronology\n\n2025\n14 May 2025 - First direct flight Tashkent-Guangzhou operated "
            "by Uzbekistan Airways.\n")
    found = by_rule(text, "cooperate.service_start")
    assert [c.date.value for c in found] == ["2025-05-14"]
    assert "Uzbekistan Airways" in names(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "The launch of the satellite in July was a success.",
        "The ministers discussed the possibility of the launch of regular flights between Almaty and Lanzhou in 2027.",
        "The first direct flight was late.",
    ],
)
def test_no_route_launch_without_a_route_or_as_a_mere_idea(text: str) -> None:
    assert not by_rule(text, "cooperate.service_start")


def test_airline_is_no_province() -> None:
    d = ActorDictionary.default()
    text = "Hainan Airlines and Sichuan Airlines will fly to Tashkent."
    found = {a.name: a.kind for a in d.find(text, 0, len(text))}
    assert "Hainan Airlines" in found and "Hainan" not in found
    assert "Sichuan Airlines" in found


# ----------------------------------------------------------------------------- talks held in the passive


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("On 4 June negotiations in a narrow format were held in Tashkent between Mirziyoyev and Japarov.",
         {"Shavkat Mirziyoyev", "Sadyr Japarov"}),
        ("On Tuesday talks in an expanded format between the delegations of the two countries were held under the "
         "chairmanship of Prime Minister Oljas Bektenov and Premier Li Qiang.", {"Oljas Bektenov", "Li Qiang"}),
    ],
)
def test_passive_talks_with_their_format(text: str, people: set[str]) -> None:
    found = by_rule(text, "consult.meeting")
    assert found and people <= names(found[0])


def test_same_day_skips_a_relative_clause_date() -> None:
    text = ("ASHGABAT, 12 March. President Serdar Berdimuhamedov today received Prime Minister of Kyrgyzstan Adylbek "
            "Kasymaliev, who arrived in Ashgabat on Monday.\n\nThe same day, talks in an expanded format between the "
            "delegations were held under the chairmanship of Kasymaliev and Berdimuhamedov.")
    found = by_rule(text, "consult.meeting")
    assert [c.date.value for c in found if "talks" in c.quote] == ["2026-03-12"]


# ----------------------------------------------------------------------------- chronology rows


def test_semicolon_part_of_a_one_date_row_shares_its_head() -> None:
    text = ("- **May 2022** - Kassym-Jomart Tokayev, president since March 2019, pays his first state visit to "
            "Turkey; a joint declaration on the further deepening of strategic partnership is signed.")
    found = by_rule(text, "agree.sign")
    assert [c.date.value for c in found] == ["2022-05"]


def test_nominal_meeting_of_the_heads_of_state_in_a_row() -> None:
    text = ("Kazakhstan and Uzbekistan: key dates of the relations between Kazakhstan and Uzbekistan\n\n"
            "2024\n5 September 2024 - Meeting of the Heads of State in Tashkent on the sidelines of the CICA summit; "
            "signing of an agreement on the demarcation of the border.\n")
    found = by_rule(text, "consult.meeting")
    assert found and {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= names(found[0])


# ----------------------------------------------------------------------------- what is no party


def test_topic_of_exchanged_views_is_no_party() -> None:
    found = by_rule("On 5 May Lavrov and Bayramov exchanged views on the situation in the South Caucasus and on the "
                    "peace process between Azerbaijan and Armenia.", "consult.meeting")
    assert found and not names(found[0]) & {"Azerbaijan", "Armenia"}
    assert {"Sergey Lavrov", "Jeyhun Bayramov"} <= names(found[0])


def test_partner_after_the_topic_stays_a_party() -> None:
    found = by_rule("On 5 May Bayramov exchanged views on regional security with Wang Yi.", "consult.meeting")
    assert found and {"Jeyhun Bayramov", "Wang Yi"} <= names(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev met Mirziyoyev in Tashkent on Tuesday, the Kazakh Foreign Ministry said.",
        "Tokayev met Mirziyoyev in Tashkent on Tuesday, according to the Kazakh Foreign Ministry.",
    ],
)
def test_trailing_source_is_no_party(text: str) -> None:
    found = by_rule(text, "consult.meeting")
    assert found and not any("Ministry" in n for n in names(found[0]))
    assert {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= names(found[0])


def test_visit_leaves_a_coordinated_gatherings_place() -> None:
    found = by_rule("Tokayev thanked the Turkish side for the hospitality during his state visit to Turkey in March "
                    "last year and for the successful organisation of the informal summit of the Turkic states in "
                    "Istanbul.", "consult.visit.noun")
    assert found and "Istanbul" not in names(found[0])


def test_visit_keeps_its_own_place() -> None:
    found = by_rule("Tokayev recalled his state visit to Turkey and the talks in Ankara in March last year.",
                    "consult.visit.noun")
    assert found and "Ankara" in names(found[0])


def test_title_tail_before_a_line_break_is_no_name() -> None:
    d = ActorDictionary.default()
    text = ("16-19 May 2026 - Official visit of Minister of Foreign Affairs Ruslan\nKazakbaev to China.\n"
            "Minister of Economy and Trade Petra Novakova said on Monday that talks went well.")
    people = {a.name for a in d.find(text, 0, len(text)) if a.kind == "person"}
    assert not any(n.startswith(("Affairs", "Trade")) for n in people)
    assert "Petra Novakova" in people


def test_editors_note_on_a_list_is_no_event() -> None:
    found = claims("Georgia and China established diplomatic relations in June 1992, and Georgia and China signed "
                   "many documents. The list above is not exhaustive; visits of ministers after 2015 are included "
                   "only where they produced agreements of lasting importance.")
    assert not [c for c in found if "list above" in c.quote]
    assert any(c.rule == "agree.relations" for c in found)


def test_name_wrapped_across_a_line_is_read_whole() -> None:
    d = ActorDictionary.default()
    text = "Official visit of President Shavkat Mirziyoyev to the People's\nRepublic of China; talks with Li\nQiang."
    found = {a.name for a in d.find(text, 0, len(text))}
    assert {"China", "Shavkat Mirziyoyev", "Li Qiang"} <= found
    assert "Taiwan" not in found


def test_paragraph_break_still_separates_names() -> None:
    d = ActorDictionary.default()
    text = "The delegation flew home to the Republic\n\nChina later answered."
    assert "Taiwan" not in {a.name for a in d.find(text, 0, len(text))}


def test_source_stands_in_when_the_act_names_no_party() -> None:
    found = by_rule("In March, an intergovernmental committee meeting in Bishkek approved a list of 12 joint projects, "
                    "according to a statement from the Kyrgyz government.", "consult.meeting")
    assert found and "Kyrgyzstan" in names(found[0])


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("China opened an embassy in Tbilisi in 1993.", {"China", "Georgia"}),
        ("On 4 May 2021 Turkey opened a consulate general in Shusha.", {"Turkey", "Azerbaijan"}),
        ("The Embassy of Hungary in Baku began its work in 2009.", {"Hungary", "Azerbaijan"}),
    ],
)
def test_mission_opening_has_the_sending_and_the_host_state(text: str, parties: set[str]) -> None:
    found = [c for c in claims(text) if c.rule.startswith(("cooperate.open", "cooperate.start"))]
    assert found and parties <= names(found[0])
    assert not any(n.startswith("Embassy") for n in names(found[0]))


def test_mission_in_a_biography_adds_no_host() -> None:
    found = claims("Tokayev, who later worked at the Soviet embassy in Beijing, took office in 2019.")
    assert found and all("China" not in names(c) for c in found)


def test_verbless_talks_after_a_visit_in_a_row_take_the_visitor() -> None:
    text = ("Kyrgyzstan and China: chronology\n\n2013\nSeptember 2013 - State visit of President Almazbek Atambayev to "
            "the People's Republic of China. Talks with President Xi Jinping. Signing of a joint declaration.\n")
    found = by_rule(text, "consult.meeting")
    assert found and {"Almazbek Atambayev", "Xi Jinping"} <= names(found[0])


def test_meeting_part_of_a_row_takes_the_rows_person() -> None:
    text = ("Kazakhstan and China: chronology\n\n14-16 May 2017 - President Nursultan Nazarbayev takes part in the "
            "Belt and Road Forum in Beijing; meeting with President Xi Jinping on 15 May.\n")
    found = by_rule(text, "consult.meeting")
    assert found and {"Nursultan Nazarbayev", "Xi Jinping"} <= names(found[0])


def test_talks_told_with_both_parties_need_no_visitor() -> None:
    text = ("Kyrgyzstan and China: chronology\n\nSeptember 2013 - State visit of President Almazbek Atambayev to "
            "China. Talks of Premier Li Keqiang with Prime Minister Zhantoro Satybaldiyev.\n")
    found = by_rule(text, "consult.meeting")
    assert all("Almazbek Atambayev" not in names(c) for c in found)


def test_joint_body_named_after_two_states_keeps_its_name() -> None:
    d = ActorDictionary.default()
    text = ("The results of the eighth meeting of the Kyrgyz-Chinese Intergovernmental Committee on Cooperation in "
            "Bishkek were welcomed by the Kyrgyz side.")
    orgs = {a.name for a in d.find(text, 0, len(text)) if a.kind == "organisation"}
    assert "Kyrgyz-Chinese Intergovernmental Committee on Cooperation" in orgs


def test_trigger_is_not_repeated_as_a_modifier_of_its_object() -> None:
    found = by_rule("Air Astana plans to launch regular flights between Almaty and Lanzhou in July.", "cooperate.open")
    assert found and "launch launch" not in found[0].title


def test_heads_of_government_after_same_day_talks_are_the_current_premiers() -> None:
    text = ("ASTANA, 12 March. President Kassym-Jomart Tokayev today received Premier of the State Council of China Li "
            "Qiang, who arrived in Astana on Monday.\n\n"
            "It was noted that Kazakhstan and China, which established diplomatic relations on January 3, 1992, have "
            "built a border of friendship.\n\n"
            "The same day, talks in an expanded format between the delegations of Kazakhstan and China were held under "
            "the chairmanship of Prime Minister Oljas Bektenov and Premier Li Qiang. Following the talks, the heads of "
            "government signed an agreement on the reconstruction of the Almaty - Khorgos highway.")
    signed = by_rule(text, "agree.sign")
    assert signed and signed[0].date.value == "2026-03-12"
    assert "Li Peng" not in names(signed[0])


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Last week, a delegation of more than 40 Chinese companies from Jiangsu province visited Baku.", "China"),
        ("A delegation of Georgian wine exporters visited the fair in Chengdu on 3 November.", "Georgia"),
    ],
)
def test_delegation_of_a_states_companies_travels_for_the_state(text: str, state: str) -> None:
    found = by_rule(text, "consult.visit.noun", dt.date(2026, 11, 10))
    assert found and state in names(found[0])


def test_companies_alone_are_no_state() -> None:
    d = ActorDictionary.default()
    text = "Chinese companies and Georgian exporters signed contracts worth $40 million."
    assert not {"China", "Georgia"} & {a.name for a in d.find(text, 0, len(text))}
