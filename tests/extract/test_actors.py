"""Actor recognition: dictionary loading, matching, date-resolved titles, metonyms, unknown actors."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from timeline.extract.actors import (
    ActorDictionary,
    ActorEntry,
    DictionaryError,
    ascii_fold,
    normalise_alias,
)
from timeline.extract.types import ActorMention

D = dt.date


@pytest.fixture(scope="module")
def dic() -> ActorDictionary:
    return ActorDictionary.default()


def names(mentions: list[ActorMention]) -> list[str]:
    return [m.name for m in mentions]


def by_surface(mentions: list[ActorMention]) -> dict[str, ActorMention]:
    return {m.surface: m for m in mentions}


# ------------------------------------------------------------------------------------------ data file


def test_default_is_cached_and_large(dic: ActorDictionary) -> None:
    assert ActorDictionary.default() is dic
    assert len(dic) >= 400
    kinds = {e.kind for e in dic.entries.values()}
    assert kinds == {"person", "state", "organisation", "place", "other"}


def test_entries_are_consistent(dic: ActorDictionary) -> None:
    for e in dic.entries.values():
        assert isinstance(e, ActorEntry)
        assert e.country is None or (len(e.country) == 3 and e.country.isupper()), e
        assert e.wikidata is None or (e.wikidata.startswith("Q") and e.wikidata[1:].isdigit()), e
        for r in e.roles:
            assert r.start is None or r.end is None or r.start <= r.end, (e.name, r)
        if e.metonym_of:
            assert dic.entries[e.metonym_of].kind in ("state", "organisation")


def test_office_holders_do_not_overlap_except_on_handover_day(dic: ActorDictionary) -> None:
    """Within one office, consecutive holders share at most the handover day (or an uncertain month/year)."""
    spells: dict[str, list[tuple[dt.date, dt.date, str]]] = {}
    for e in dic.entries.values():
        for r in e.roles:
            spells.setdefault(r.office, []).append((r.start or D(1900, 1, 1), r.end or D(2100, 1, 1), e.name))
    for office, items in spells.items():
        items.sort()
        for (_s1, e1, n1), (s2, _e2, n2) in itertools.pairwise(items):
            overlap = (e1 - s2).days
            assert overlap <= 366, (office, n1, n2)


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("Heydar Aliyev", D(1993, 6, 24), D(2003, 10, 31)),
        ("Jiang Zemin", D(1993, 3, 27), D(2003, 3, 15)),
        ("Hu Jintao", D(2003, 3, 15), D(2013, 3, 14)),
        ("Abulfaz Elchibey", D(1992, 6, 16), D(1993, 6, 24)),
    ],
)
def test_presidential_periods(dic: ActorDictionary, name: str, start: dt.date, end: dt.date) -> None:
    spells = [r for r in dic.entries[name].roles if r.office.endswith("_president")]
    assert (start, end) in {(r.start, r.end) for r in spells}


def test_open_ended_roles(dic: ActorDictionary) -> None:
    ilham = [r for r in dic.entries["Ilham Aliyev"].roles if r.office == "aze_president"]
    assert ilham[0].start == D(2003, 10, 31) and ilham[0].end is None
    assert dic.entries["Xi Jinping"].active_on(D(2024, 7, 3))
    assert not dic.entries["Xi Jinping"].active_on(D(2000, 1, 1))


def test_month_precision_bounds_widen(tmp_path: Path) -> None:
    f = tmp_path / "a.yaml"
    f.write_text(
        "role_types: {president: {titles: [President], prefix: [President]}}\n"
        "states: [{name: Ruritania, country: RUR, demonyms: [Ruritanian]}]\n"
        "offices:\n"
        "  - {id: r, state: Ruritania, type: president,\n"
        "     holders: [{name: Rudolf Rassendyll, from: 1894-05, to: 1895}]}\n",
        encoding="utf-8",
    )
    d = ActorDictionary.from_yaml(f)
    role = d.entries["Rudolf Rassendyll"].roles[0]
    assert (role.start, role.end) == (D(1894, 5, 1), D(1895, 12, 31))
    assert d.entries["Rudolf Rassendyll"].kind == "person" and d.entries["Rudolf Rassendyll"].country == "RUR"
    assert names(d.find("The Ruritanian President spoke.", on=D(1894, 6, 1))) == ["Rudolf Rassendyll"]


@pytest.mark.parametrize(
    "text",
    [
        "states: [{country: XXX}]\n",
        "states: [{name: A}, {name: A}]\n",
        "offices: [{id: x, state: Nowhere, type: president, holders: []}]\nrole_types: {president: {titles: [P]}}\n",
        "role_types: {president: {titles: [P]}}\nstates: [{name: A}]\n"
        "offices: [{id: x, state: A, type: president, holders: [{name: B, from: 2001-13-40}]}]\n",
        "- just a list\n",
        "states: [{name: A\n",
    ],
)
def test_bad_dictionary_files_raise_clear_errors(tmp_path: Path, text: str) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError):
        ActorDictionary.from_yaml(f)


def test_missing_file_is_a_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="cannot read"):
        ActorDictionary.from_yaml(tmp_path / "nope.yaml")


# ------------------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("İlham Əliyev", "ilham aliyev"),
        ("  Ilham   ALIYEV ", "ilham aliyev"),
        ("Xi'an", "xian"),
        ("Xi’an", "xian"),
        ("U.S.", "us"),
        ("Nur-Sultan", "nur sultan"),
        ("Belt & Road", "belt and road"),
        ("Mevlüt Çavuşoğlu", "mevlut cavusoglu"),
        ("Azerbaijan–China", "azerbaijan china"),
        ("", ""),
    ],
)
def test_normalise_alias(raw: str, norm: str) -> None:
    assert normalise_alias(raw) == norm


def test_ascii_fold_keeps_case() -> None:
    assert ascii_fold("İlham Əliyev") == "Ilham Aliyev"
    assert ascii_fold("Türkiye") == "Turkiye"


# ------------------------------------------------------------------------------------------ matching


def test_offsets_are_absolute_and_surfaces_exact(dic: ActorDictionary) -> None:
    text = "Intro sentence about nothing. Azerbaijan and China signed a deal in Baku."
    start = text.index("Azerbaijan")
    found = dic.find(text, start=start)
    assert names(found) == ["Azerbaijan", "China", "Baku"]
    for m in found:
        assert text[m.start:m.end] == m.surface
        assert m.start >= start


def test_end_bound_is_respected(dic: ActorDictionary) -> None:
    text = "Azerbaijan and China signed."
    assert names(dic.find(text, 0, text.index(" and"))) == ["Azerbaijan"]


def test_full_names_aliases_and_transliterations(dic: ActorDictionary) -> None:
    text = "İlham Əliyev met Ilham Aliev; Tokaev and Kassym-Jomart Tokayev spoke; Jinping listened."
    assert names(dic.find(text)) == ["Ilham Aliyev", "Ilham Aliyev", "Kassym-Jomart Tokayev",
                                     "Kassym-Jomart Tokayev", "Xi Jinping"]


def test_xi_and_xian_trap(dic: ActorDictionary) -> None:
    text = "Xi arrived in Xi'an, then Xi’an hosted Xi Jinping; the xi letter and a xian are not actors."
    found = dic.find(text)
    assert [(m.surface, m.name) for m in found] == [
        ("Xi", "Xi Jinping"), ("Xi'an", "Xi'an"), ("Xi’an", "Xi'an"), ("Xi Jinping", "Xi Jinping")
    ]
    assert by_surface(found)["Xi'an"].kind == "place"


def test_longest_match_first(dic: ActorDictionary) -> None:
    text = ("China Railway and the Bank of China met the People's Republic of China and the "
            "Baku International Sea Trade Port near China.")
    assert names(dic.find(text)) == ["China Railway", "Bank of China", "China",
                                     "Baku International Sea Trade Port", "China"]
    assert by_surface(dic.find(text))["People's Republic of China"].kind == "state"


def test_word_boundaries(dic: ActorDictionary) -> None:
    assert dic.find("Chinaware, Baku2 and Unazerbaijani Bakuvian things") == []
    assert names(dic.find("(Baku)")) == ["Azerbaijan"]


def test_possessives_are_left_outside_the_span(dic: ActorDictionary) -> None:
    text = "Azerbaijan's economy, China’s position and Xi's speech"
    found = dic.find(text)
    assert [m.surface for m in found] == ["Azerbaijan", "China", "Xi"]
    assert names(found) == ["Azerbaijan", "China", "Xi Jinping"]


def test_case_sensitive_acronyms_and_names(dic: ActorDictionary) -> None:
    assert names(dic.find("The SCO summit")) == ["Shanghai Cooperation Organisation"]
    assert dic.find("the sco summit and a Sco bottle") == []
    assert dic.find("tell us about it") == []
    assert names(dic.find("US and EU sanctions")) == ["United States", "European Union"]


def test_title_words_are_case_insensitive(dic: ActorDictionary) -> None:
    on = D(2016, 4, 1)
    for text in ("the Azerbaijani president said", "the Azerbaijani President said",
                 "Azerbaijan's President said", "the President of Azerbaijan said"):
        assert names(dic.find(text, on=on)) == ["Ilham Aliyev"], text


def test_headings_in_capitals(dic: ActorDictionary) -> None:
    assert names(dic.find("AZERBAIJAN AND CHINA SIGN DEAL")) == ["Azerbaijan", "China"]


def test_hyphenated_pairs(dic: ActorDictionary) -> None:
    text = "Azerbaijan-China ties, Azerbaijan–China trade, Sino-Azerbaijani relations and Azerbaijani-Chinese talks."
    found = dic.find(text)
    assert names(found) == ["Azerbaijan", "China", "Azerbaijan", "China", "China", "Azerbaijan",
                            "Azerbaijan", "China"]
    assert found[4].surface == "Sino-"


def test_bare_demonyms_are_not_actors(dic: ActorDictionary) -> None:
    assert dic.find("Chinese companies hired Azerbaijani engineers and Russian tourists.") == []


def test_demonyms_as_political_actors(dic: ActorDictionary) -> None:
    text = "The Chinese side agreed, the Azerbaijani government welcomed it and Turkish authorities objected."
    found = dic.find(text)
    assert names(found) == ["China", "Azerbaijan", "Turkey"]
    assert [m.surface for m in found] == ["Chinese side", "Azerbaijani government", "Turkish authorities"]


# ------------------------------------------------------------------------------------- titles by date


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("President Aliyev visited Beijing.", D(1994, 3, 7), "Heydar Aliyev"),
        ("President Aliyev visited Beijing.", D(2015, 12, 10), "Ilham Aliyev"),
        ("The Azerbaijani leader arrived.", D(1999, 1, 1), "Heydar Aliyev"),
        ("The Azerbaijani leader arrived.", D(2019, 4, 25), "Ilham Aliyev"),
        ("Azerbaijan's President spoke.", D(1992, 9, 1), "Abulfaz Elchibey"),
        ("The Chinese President spoke.", D(1997, 5, 1), "Jiang Zemin"),
        ("The Chinese President spoke.", D(2005, 5, 1), "Hu Jintao"),
        ("The Chinese leader spoke.", D(2024, 7, 3), "Xi Jinping"),
        ("President Xi spoke.", D(2017, 5, 14), "Xi Jinping"),
        ("Premier Li met them.", D(1995, 1, 1), "Li Peng"),
        ("Premier Li met them.", D(2015, 1, 1), "Li Keqiang"),
        ("Premier Li met them.", D(2024, 1, 1), "Li Qiang"),
        ("The Chinese Foreign Minister called.", D(2023, 5, 1), "Qin Gang"),
        ("The Chinese Foreign Minister called.", D(2023, 9, 1), "Wang Yi"),
        ("China's Foreign Minister called.", D(2005, 1, 1), "Li Zhaoxing"),
        ("The Azerbaijani Foreign Minister called.", D(2010, 1, 1), "Elmar Mammadyarov"),
        ("The Azerbaijani Foreign Minister called.", D(2021, 1, 1), "Jeyhun Bayramov"),
        ("The Azerbaijani Prime Minister came.", D(2022, 1, 1), "Ali Asadov"),
        ("Prime Minister Sharif came.", D(2015, 1, 1), "Nawaz Sharif"),
        ("Prime Minister Sharif came.", D(2023, 1, 1), "Shehbaz Sharif"),
        ("President Bush called.", D(1991, 1, 1), "George H. W. Bush"),
        ("President Bush called.", D(2005, 1, 1), "George W. Bush"),
        ("The Russian President came.", D(2010, 1, 1), "Dmitry Medvedev"),
        ("The Kazakh President came.", D(2022, 9, 14), "Kassym-Jomart Tokayev"),
        ("The UN Secretary-General spoke.", D(2010, 1, 1), "Ban Ki-moon"),
        ("European Council President spoke.", D(2022, 1, 1), "Charles Michel"),
    ],
)
def test_titles_resolved_by_date(dic: ActorDictionary, text: str, on: dt.date, expected: str) -> None:
    found = dic.find(text, on=on)
    assert names(found)[:1] == [expected]
    assert found[0].kind == "person" and found[0].known


def test_title_without_date_falls_back_to_the_state(dic: ActorDictionary) -> None:
    found = dic.find("President Aliyev visited Beijing.")
    assert found[0].name == "Azerbaijan" and found[0].kind == "state" and found[0].surface == "President Aliyev"
    assert dic.find("The Chinese President spoke.")[0].name == "China"


def test_title_with_single_holder_resolves_without_date(dic: ActorDictionary) -> None:
    assert names(dic.find("President Xi spoke.")) == ["Xi Jinping"]
    assert names(dic.find("Azerbaijan's First Vice-President spoke")) == ["Mehriban Aliyeva"]


def test_title_outside_any_period_falls_back_to_the_state(dic: ActorDictionary) -> None:
    found = dic.find("President Aliyev spoke.", on=D(1980, 1, 1))
    assert names(found) == ["Azerbaijan"]


def test_title_resolved_by_earlier_full_name(dic: ActorDictionary) -> None:
    text = "Ilham Aliyev met the press. President Aliyev said more."
    assert names(dic.find(text)) == ["Ilham Aliyev", "Ilham Aliyev"]
    assert names(dic.find("President Aliyev said more.", prior=["Heydar Aliyev"])) == ["Heydar Aliyev"]


def test_title_followed_by_a_name_gives_the_name_only(dic: ActorDictionary) -> None:
    found = dic.find("Chinese President Xi Jinping met Azerbaijani President Ilham Aliyev.", on=D(2024, 7, 3))
    assert [(m.surface, m.name) for m in found] == [("Xi Jinping", "Xi Jinping"), ("Ilham Aliyev", "Ilham Aliyev")]


def test_handover_day_is_ambiguous(dic: ActorDictionary) -> None:
    # Both Heydar (to 2003-10-31) and Ilham (from 2003-10-31) hold the office that day: no guess.
    assert names(dic.find("President Aliyev spoke.", on=D(2003, 10, 31))) == ["Azerbaijan"]


# ------------------------------------------------------------------------------------ bare surnames


def test_shared_surname_resolved_by_date(dic: ActorDictionary) -> None:
    assert names(dic.find("Aliyev said.", on=D(1996, 2, 1))) == ["Heydar Aliyev"]
    assert names(dic.find("Aliyev said.", on=D(2012, 2, 1))) == ["Ilham Aliyev"]


def test_shared_surname_without_date_is_left_out(dic: ActorDictionary) -> None:
    assert dic.find("Aliyev said.") == []


def test_shared_surname_resolved_by_earlier_mention(dic: ActorDictionary) -> None:
    text = "Heydar Aliyev arrived in Beijing. Aliyev said the visit mattered."
    found = dic.find(text, on=D(2012, 1, 1))
    assert names(found) == ["Heydar Aliyev", "Beijing", "Heydar Aliyev"]


def test_unique_surname_resolves(dic: ActorDictionary) -> None:
    assert names(dic.find("Bayramov and Lavrov met; Putin called Erdogan.")) == [
        "Jeyhun Bayramov", "Sergey Lavrov", "Vladimir Putin", "Recep Tayyip Erdoğan"]


def test_common_word_surnames_are_not_matched(dic: ActorDictionary) -> None:
    assert dic.find("Rice exports and the Ban on imports were discussed by Khan traders.") == []


def test_resolve(dic: ActorDictionary) -> None:
    assert [e.name for e in dic.resolve("President Aliyev", on=D(1994, 3, 7))] == ["Heydar Aliyev"]
    assert {e.name for e in dic.resolve("President Aliyev")} == {"Heydar Aliyev", "Ilham Aliyev"}
    assert [e.name for e in dic.resolve("ILHAM  aliyev")] == ["Ilham Aliyev"]
    assert [e.name for e in dic.resolve("Xi Jinping")] == ["Xi Jinping"]
    assert [e.name for e in dic.resolve("PRC")] == ["China"]
    assert [e.name for e in dic.resolve("Aliyev", on=D(1996, 1, 1))] == ["Heydar Aliyev"]
    assert dic.resolve("Nobody Special") == []


# ---------------------------------------------------------------------------------- capitals, places


@pytest.mark.parametrize(
    ("text", "surface", "name", "kind"),
    [
        ("Baku and Beijing signed a memorandum.", "Baku", "Azerbaijan", "state"),
        ("Baku and Beijing signed a memorandum.", "Beijing", "China", "state"),
        ("He noted Beijing's readiness to invest.", "Beijing", "China", "state"),
        ("Baku-Beijing ties are growing.", "Beijing", "China", "state"),
        ("The talks were held in Baku.", "Baku", "Baku", "place"),
        ("He flew to Beijing on Monday.", "Beijing", "Beijing", "place"),
        ("Flights from Moscow resumed.", "Moscow", "Moscow", "place"),
        ("Delegates met in Shanghai and Beijing.", "Beijing", "Beijing", "place"),
        ("The Baku summit ended.", "Baku", "Baku", "place"),
        ("The Kremlin denied it.", "The Kremlin", "Russia", "state"),
        ("Talks inside the Kremlin went on.", "the Kremlin", "Kremlin", "place"),
        ("Washington imposed sanctions.", "Washington", "United States", "state"),
        ("A visit to China was planned.", "China", "China", "state"),
        ("Trade with Xinjiang grew.", "Xinjiang", "Xinjiang", "place"),
    ],
)
def test_capitals_as_actors_or_places(dic: ActorDictionary, text: str, surface: str, name: str, kind: str) -> None:
    m = by_surface(dic.find(text))[surface]
    assert (m.name, m.kind) == (name, kind)


# ------------------------------------------------------------------------------------- organisations


def test_organisations_and_initiatives(dic: ActorDictionary) -> None:
    text = ("SOCAR, CNPC, Sinopec, Huawei, BYD and ZTE joined the Belt and Road Initiative, the Middle Corridor, "
            "the Trans-Caspian International Transport Route and the Shanghai Cooperation Organization; "
            "the UN Security Council, the OSCE, NATO, CICA and the AIIB were mentioned.")
    found = dic.find(text)
    assert names(found) == [
        "SOCAR", "CNPC", "Sinopec", "Huawei", "BYD", "ZTE", "Belt and Road Initiative", "Middle Corridor",
        "Middle Corridor", "Shanghai Cooperation Organisation", "UN Security Council", "OSCE", "NATO", "CICA",
        "Asian Infrastructure Investment Bank"]
    kinds = {m.name: m.kind for m in found}
    assert kinds["Belt and Road Initiative"] == "other" and kinds["SOCAR"] == "organisation"


def test_one_belt_one_road_with_comma(dic: ActorDictionary) -> None:
    assert names(dic.find('the Chinese "One Belt, One Road" project')) == ["Belt and Road Initiative"]


def test_company_head_titles(dic: ActorDictionary) -> None:
    assert names(dic.find("SOCAR president spoke.", on=D(2010, 1, 1))) == ["Rovnag Abdullayev"]
    assert names(dic.find("SOCAR president spoke.")) == ["SOCAR"]


# ------------------------------------------------------------------------------------ unknown actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Deputy Foreign Minister Zhao Wenqing met the delegation.", "Zhao Wenqing", "person"),
        ("Ambassador Liu Hanwen presented his credentials.", "Liu Hanwen", "person"),
        ("CEO John Smith announced the deal.", "John Smith", "person"),
        ("political analyst Farid Karimli said the deal matters.", "Farid Karimli", "person"),
        ("Kamran Hasanli, a political analyst, said so.", "Kamran Hasanli", "person"),
        ("Minister of Energy and Water Resources Aliya Bekova signed.", "Aliya Bekova", "person"),
        ("Ambassador to China Rustam Velizade attended.", "Rustam Velizade", "person"),
        ("the Ministry of Digital Development announced it.", "Ministry of Digital Development", "organisation"),
        ("Xinjiang Chemical Co. built the plant.", "Xinjiang Chemical Co.", "organisation"),
        ("Caspian Offshore Holdings Ltd. won the tender.", "Caspian Offshore Holdings Ltd.", "organisation"),
        ("The Azerbaijan Tourism Board Agency opened.", "Azerbaijan Tourism Board Agency", "organisation"),
        ("Zhejiang Geely Holding Group signed.", "Zhejiang Geely Holding Group", "organisation"),
    ],
)
def test_unknown_actors(dic: ActorDictionary, text: str, name: str, kind: str) -> None:
    found = [m for m in dic.find(text) if not m.known]
    assert [(m.name, m.kind) for m in found] == [(name, kind)]
    m = found[0]
    assert text[m.start:m.end] == m.surface


def test_unknown_person_gets_country_from_title(dic: ActorDictionary) -> None:
    found = [m for m in dic.find("Azerbaijani analyst Elnur Rzayev said.") if not m.known]
    assert [(m.name, m.country) for m in found] == [("Elnur Rzayev", "AZE")]


def test_unknown_ministry_gets_country_from_possessive(dic: ActorDictionary) -> None:
    found = dic.find("Azerbaijan's Ministry of Agriculture signed.")
    unknown = [m for m in found if not m.known]
    assert [(m.name, m.country, m.surface) for m in unknown] == [
        ("Ministry of Agriculture of Azerbaijan", "AZE", "Ministry of Agriculture")]
    assert names(found) == ["Azerbaijan", "Ministry of Agriculture of Azerbaijan"]


def test_known_people_are_not_reported_as_unknown(dic: ActorDictionary) -> None:
    found = dic.find("Deputy Foreign Minister Sun Weidong and Ambassador Guo Min met Hikmet Hajiyev.")
    assert names(found) == ["Sun Weidong", "Guo Min", "Hikmet Hajiyev"]
    assert all(m.known for m in found)


def test_possessive_unknown_name(dic: ActorDictionary) -> None:
    found = [m for m in dic.find("CEO John Smith's plan") if not m.known]
    assert [(m.name, m.surface) for m in found] == [("John Smith", "John Smith")]


@pytest.mark.parametrize(
    "text",
    [
        "The President said so.",
        "In March officials met.",
        "On Monday the Foreign Minister called.",
        "Strategic Partnership Declaration Signed",
        "However, The Council met.",
        "The Ministry said.",
        "Working Group and Central Bank",
        "Last year the Joint Commission met.",
        "January February March",
        "He said that In Baku things change.",
    ],
)
def test_no_junk(dic: ActorDictionary, text: str) -> None:
    assert [m for m in dic.find(text) if not m.known] == []


def test_mentions_never_overlap(dic: ActorDictionary) -> None:
    text = ("Chinese President Xi Jinping and Deputy Prime Minister Shahin Mustafayev discussed the "
            "Baku–Tbilisi–Kars railway with CEO Jane Doe of Caspian Logistics LLC in Baku, Azerbaijan's capital, "
            "and the Chinese Ministry of Commerce; Azerbaijan Railways (ADY) and China Railway Express joined.")
    found = dic.find(text)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    assert "Baku–Tbilisi–Kars railway" in names(found)
    assert "Ministry of Commerce of China" in names(found)
    assert {"Jane Doe", "Caspian Logistics LLC"} <= {m.name for m in found if not m.known}


def test_long_article_is_scanned_in_one_pass(dic: ActorDictionary) -> None:
    sentence = "Azerbaijan and China signed a deal in Baku with SOCAR and CNPC. "
    found = dic.find(sentence * 500)
    assert len(found) == 2500


# ------------------------------------------------------------------------------ round 2: group nouns


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Georgian police detained the activists.", "Georgian police", "Georgia"),
        ("Russian servicemen were flown in overnight.", "Russian servicemen", "Russia"),
        ("The Turkish armed forces held drills.", "Turkish armed forces", "Turkey"),
        ("The Chinese peacekeeping contingent left Mali.", "Chinese peacekeeping contingent", "China"),
        ("Kazakh diplomats drafted the text.", "Kazakh diplomats", "Kazakhstan"),
        ("Senior Iranian officials denied it.", "Iranian officials", "Iran"),
    ],
)
def test_demonym_with_a_state_group_noun_is_the_state(dic: ActorDictionary, text: str, surface: str,
                                                      name: str) -> None:  # fmt: skip
    found = dic.find(text)
    assert [(m.surface, m.name, m.kind) for m in found] == [(surface, name, "state")]


def test_coordinated_demonyms_share_the_group_noun(dic: ActorDictionary) -> None:
    found = dic.find("Some 2,000 Georgian, Turkish and Azerbaijani soldiers marched.")
    assert names(found) == ["Georgia", "Turkey", "Azerbaijan"]
    assert found[-1].surface == "Azerbaijani soldiers"


@pytest.mark.parametrize(
    "text",
    [
        "Chinese engineers finished the tunnel.",
        "Russian investors and Turkish experts arrived.",
        "The Georgian separatist authorities rejected the offer.",
        "Exiled Iranian opposition leaders met.",
        "Russian rebel forces advanced.",
        "Turkish and Georgian firms bid for the contract.",
    ],
)
def test_nationals_and_detached_groups_are_not_the_state(dic: ActorDictionary, text: str) -> None:
    assert [m for m in dic.find(text) if m.kind == "state"] == []


# --------------------------------------------------------------------------- round 2: bare surnames


def test_surname_of_an_unknown_person_named_in_full_earlier(dic: ActorDictionary) -> None:
    text = "Commissioner Marta Lindqvist arrived in Baku. Lindqvist, who took office in May, met officials."
    found = [m for m in dic.find(text) if m.kind == "person"]
    assert [(m.surface, m.name, m.known) for m in found] == [
        ("Marta Lindqvist", "Marta Lindqvist", False), ("Lindqvist", "Marta Lindqvist", False)]


def test_surname_of_a_dictionary_person_without_bare_alias(dic: ActorDictionary) -> None:
    text = "European Council President António Costa landed in Astana. Costa's aides said talks went well."
    found = [m for m in dic.find(text) if m.kind == "person"]
    assert [(m.surface, m.name) for m in found] == [("António Costa", "António Costa"), ("Costa", "António Costa")]
    assert [m.surface for m in dic.find("Costa's aides said talks went well.")] == []  # not without the full name


def test_surname_found_across_sentence_calls(dic: ActorDictionary) -> None:
    text = "Analyst Tomas Ruzicka said trade grew. Exports rose. Ruzicka expects more."
    last = text.index("Ruzicka expects")
    found = dic.find(text, last, len(text))
    assert [(m.surface, m.name) for m in found] == [("Ruzicka", "Tomas Ruzicka")]


@pytest.mark.parametrize(
    "later",
    ["Ruzicka Holdings grew.", "Jana Ruzicka spoke.", "ruzicka is a word."],
)
def test_surname_inside_another_name_is_not_the_person(dic: ActorDictionary, later: str) -> None:
    text = "Analyst Tomas Ruzicka said trade grew. " + later
    found = dic.find(text, text.index(later), len(text))
    assert "Tomas Ruzicka" not in names(found)


def test_shared_surname_prefers_the_one_in_office_among_those_named(dic: ActorDictionary) -> None:
    text = "Ilham Aliyev praised Heydar Aliyev. In 2005 Aliyev visited Beijing."
    found = dic.find(text, text.index("In 2005"), len(text), on=D(2005, 3, 1))
    assert names(found)[0] == "Ilham Aliyev"


def test_honorific_is_not_part_of_an_unknown_name(dic: ActorDictionary) -> None:
    found = dic.find("Ms Hanna Kowalczyk, a senior economist, disagreed.")
    assert [(m.surface, m.known) for m in found] == [("Hanna Kowalczyk", False)]


# ------------------------------------------------------------------------- round 2: no date in names


@pytest.mark.parametrize(
    "text",
    [
        "He was confirmed by the National Assembly on April 11, 2022.",
        "The Central Bank on Monday cut rates.",
        "The Supreme Court of Georgia on Friday ruled.",
        "A decision of the Security Council in March was cited.",
    ],
)
def test_dates_never_end_an_organisation_name(dic: ActorDictionary, text: str) -> None:
    import re

    bad = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                     r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")  # fmt: skip
    assert [m.name for m in dic.find(text) if bad.search(m.name)] == []
