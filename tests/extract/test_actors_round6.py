"""Round 6 coverage: state agencies, regulators, legislatures and state companies of the region map to their state."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary

ON = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.default()


def found(d: ActorDictionary, text: str) -> list[tuple[str, str | None, bool]]:
    return [(m.name, m.country, m.known) for m in d.find(text, on=ON)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("China Railway Container Transport Corp. will run two trains a week.",
         "China Railway Container Transport Corporation", "CHN"),
        ("The operator, CRCT, said bookings had doubled.", "China Railway Container Transport Corporation", "CHN"),
        ("CHN Energy has signed a wind-power deal with Tashkent.", "China Energy Investment Corporation", "CHN"),
        ("Russia's agricultural watchdog Rosselkhoznadzor restricted shipments of Georgian wine.",
         "Rosselkhoznadzor", "RUS"),
        ("China's National Energy Administration approved the grid link.", "National Energy Administration", "CHN"),
        ("The General Administration of Customs reported higher imports of Kazakh wheat.",
         "General Administration of Customs of China", "CHN"),
        ("The Verkhovna Rada voted to ratify the agreement.", "Verkhovna Rada", "UKR"),
        ("The State Great Khural approved the budget.", "State Great Khural", "MNG"),
        ("Kazakhstan's Senate ratified the treaty on Thursday.", "Senate of Kazakhstan", "KAZ"),
        ("Azerbaijan's Ministry of Energy and Masdar signed a deal.", "Ministry of Energy of Azerbaijan", "AZE"),
        ("Kazmortransflot added two tankers to its Caspian fleet.", "Kazmortransflot", "KAZ"),
        ("Khorgos Gateway handled a record number of containers.", "Khorgos Gateway", "KAZ"),
        ("Azerbaijan Caspian Shipping Co. ordered three new ferries.", "Azerbaijan Caspian Shipping Company", "AZE"),
        ("Uzbekistan Airways resumed flights to Urumqi.", "Uzbekistan Airways", "UZB"),
        ("Kazakh Foreign Minister Yermek Kosherbayev met his Chinese counterpart.", "Yermek Kosherbayev", "KAZ"),
        ("Mongolian Foreign Minister Battsetseg Batmunkh flew to Seoul.", "Battsetseg Batmunkh", "MNG"),
        ("Deputy Prime Minister Serik Zhumangarin opened the trade fair.", "Serik Zhumangarin", "KAZ"),
    ],
)
def test_agencies_and_officials_are_known_with_their_state(
    d: ActorDictionary, text: str, name: str, country: str
) -> None:
    assert (name, country, True) in found(d, text)


def test_place_stays_a_place_without_the_operator_suffix(d: ActorDictionary) -> None:
    kinds = {m.name: m.kind for m in d.find("Trains crossed at Khorgos on Monday.", on=ON)}
    assert kinds == {"Khorgos": "place"}


def test_engineering_company_is_not_taken_for_the_investment_company(d: ActorDictionary) -> None:
    names = [m.name for m in d.find("China Energy Engineering Corporation won the tender.", on=ON)]
    assert names == ["China Energy Engineering Corporation"]


def test_lowercase_words_are_not_the_company(d: ActorDictionary) -> None:
    names = [m.name for m in d.find("Kazakhstan and China energy officials met in Astana.", on=ON)]
    assert "China Energy Investment Corporation" not in names


def test_mongolian_name_order_variants(d: ActorDictionary) -> None:
    assert [m.name for m in d.find("Batmunkh Battsetseg said the talks were useful.", on=ON)] == [
        "Battsetseg Batmunkh"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shaanxi Heavy Duty Automobile Group will assemble trucks in Ganja.",
        "The contract went to Xinjiang Beixin Road and Bridge Corp. last year.",
        "Tashkent Metallurgical Company and a Chinese partner signed a deal.",
    ],
)
def test_unknown_group_and_company_names_are_organisations(d: ActorDictionary, text: str) -> None:
    orgs = [m for m in d.find(text, on=ON) if m.kind == "organisation"]
    assert orgs and not orgs[0].known


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a title set off by commas before the name
        ("China's new ambassador to Georgia, Zhou Qian, presented his credentials.", "Zhou Qian", "CHN"),
        # the host state after "to" is not the envoy's country; the owner before the title is
        ("Kazakhstan's ambassador to China Daulet Serikov said the border would reopen.", "Daulet Serikov", "KAZ"),
        ("The Uzbek ambassador to Azerbaijan, Bakhrom Ashrafkhanov, met the press.", "Bakhrom Ashrafkhanov", "UZB"),
        ("Kazakh Deputy Foreign Minister Alibek Temirov met him in Baku.", "Alibek Temirov", "KAZ"),
    ],
)
def test_unknown_envoys_get_their_own_country(d: ActorDictionary, text: str, name: str, country: str) -> None:
    assert (name, country, False) in found(d, text)


def test_unknown_titled_person_after_a_place_has_no_country(d: ActorDictionary) -> None:
    text = "The talks in Astana, Deputy Minister Alibek Temirov said, went well."
    assert ("Alibek Temirov", None, False) in found(d, text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Chinese ambassador met the deputy minister on Monday.", "Chinese ambassador"),
        ("A Chinese vice-minister greeted him at the airport.", "Chinese vice-minister"),
        ("The Turkish envoy handed over a letter.", "Turkish envoy"),
    ],
)
def test_envoy_without_a_name_is_the_state(d: ActorDictionary, text: str, surface: str) -> None:
    assert [(m.surface, m.kind) for m in d.find(text, on=ON)][:1] == [(surface, "state")]


def test_envoy_title_before_a_name_yields_the_name_only(d: ActorDictionary) -> None:
    names = [m.name for m in d.find("Chinese Ambassador Guo Min met the mayor of Ganja.", on=ON)]
    assert names[0] == "Guo Min" and "China" not in names


def test_nationals_are_still_not_the_state(d: ActorDictionary) -> None:
    assert d.find("Chinese engineers and Chinese investors arrived in Baku.", on=ON)[0].kind == "place"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ASTANA, June 16 (Xinhua) -- Chinese President Xi Jinping held talks here Monday.", "Astana"),
        ("BAKU (AZERTAC) — President Ilham Aliyev received the delegation.", "Baku"),
        ("Tashkent, 3 May — Uzbekistan and China signed a deal.", "Tashkent"),
    ],
)
def test_dateline_capital_is_the_place_and_the_credit_no_actor(d: ActorDictionary, text: str, place: str) -> None:
    got = [(m.name, m.kind) for m in d.find(text, on=ON)]
    assert got[0] == (place, "place")
    assert not any(n in ("Xinhua", "AZERTAC") for n, _ in got)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Beijing, Moscow and Baku signed the declaration.", ("China", "state")),
        ("The bank (ADB) - which lends to both - said it would help.", ("Asian Development Bank", "organisation")),
        ("Baku and Beijing (both founding members) - the text says - agreed.", ("Azerbaijan", "state")),
    ],
)
def test_not_a_dateline(d: ActorDictionary, text: str, first: tuple[str, str]) -> None:
    assert next((m.name, m.kind) for m in d.find(text, on=ON)) == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgian Railway LLC and a Chinese partner agreed.", ("Georgian Railway", "GEO", True)),
        ("Kazakh Invest JSC signed the memorandum.", ("Kazakh Invest", "KAZ", True)),
        ("Sany Group LLC signed the memorandum.", ("Sany Group LLC", None, False)),
        ("The Xinjiang Production and Construction Corps said exports grew.",
         ("Xinjiang Production and Construction Corps", "CHN", True)),
        ("China Road & Bridge Corporation will build the road.", ("China Road and Bridge Corporation", "CHN", True)),
    ],
)
def test_legal_suffixes_and_corps(d: ActorDictionary, text: str, expected: tuple[str, str | None, bool]) -> None:
    got = found(d, text)
    assert got[0] == expected
    assert not any(n == "Construction Corps" for n, _, _ in got)


def test_unknown_corps_is_an_organisation_not_a_person(d: ActorDictionary) -> None:
    got = [(m.name, m.kind) for m in d.find("The Civil Defence Corps said the road was open.", on=ON)]
    assert got == [("Civil Defence Corps", "organisation")]
