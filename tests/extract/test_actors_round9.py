"""Actors round 9: coverage of the region's companies/officials, honorific titles as names, companies named
after a classifier noun or a possessive. Sentences are written for these tests (no dev-set sentence)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.default()


def names(d: ActorDictionary, text: str, on: dt.date | None = None) -> list[str]:
    return [m.name for m in d.find(text, on=on)]


def found(d: ActorDictionary, text: str, on: dt.date | None = None) -> dict[str, tuple[str, bool, str | None]]:
    return {m.name: (m.kind, m.known, m.country) for m in d.find(text, on=on)}


# ------------------------------------------------------------------------------------------- coverage


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Electric buses made by Yutong entered service on the city's routes.", "Yutong", "CHN"),
        ("The first doses of the Sinovac vaccine reached the capital.", "Sinovac", "CHN"),
        ("Sinopharm shipped another batch to Bishkek.", "Sinopharm", "CHN"),
        ("LONGi Green Energy opened an office in Tashkent.", "LONGi", "CHN"),
        ("Goldwind will supply turbines for the wind farm.", "Goldwind", "CHN"),
        ("Air China resumed its Beijing route after three years.", "Air China", "CHN"),
        ("China Southern Airlines added a weekly flight from Urumqi.", "China Southern Airlines", "CHN"),
        ("The Baku Transport Agency put the new buses on line 65.", "Baku Transport Agency", "AZE"),
        ("Azercell and Huawei tested a 5G network in Ganja.", "Azercell", "AZE"),
        ("Air Astana opened a route to Guangzhou.", "Air Astana", "KAZ"),
        ("A container ship docked at the Turkmenbashi International Seaport.",
         "Turkmenbashi International Seaport", "TKM"),
        ("Trains from the Xi'an International Inland Port now leave twice a week.",
         "Xi'an International Inland Port", "CHN"),
        ("Traders crowd the Khorgos International Centre for Boundary Cooperation each morning.",
         "Khorgos International Centre for Boundary Cooperation", "KAZ"),
        ("The Ministry of Science and Education of Azerbaijan awarded the grants.",
         "Ministry of Science and Education of Azerbaijan", "AZE"),
        ("CNPC-Aktobemunaigas raised output at its fields.", "CNPC-Aktobemunaigas", "KAZ"),
        ("The Anaklia Development Consortium lost the concession.", "Anaklia Development Consortium", "GEO"),
        ("China Railway Tunnel Group bored the pass tunnel.", "China Railway Tunnel Group", "CHN"),
    ],
)
def test_region_companies_and_bodies(d: ActorDictionary, text: str, name: str, country: str) -> None:
    kind, known, c = found(d, text)[name]
    assert (kind, known, c) == ("organisation", True, country)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The CSCE sent observers in 1992.", "CSCE"),
        ("Aliyev spoke at the World Economic Forum in Davos.", "World Economic Forum"),
        ("The UNFCCC secretariat confirmed the dates.", "UNFCCC"),
        ("The IEA expects demand to grow.", "International Energy Agency"),
    ],
)
def test_international_bodies(d: ActorDictionary, text: str, name: str) -> None:
    assert name in names(d, text)


def test_karabakh_separatist_leaders_have_no_state(d: ActorDictionary) -> None:
    got = found(d, "Samvel Shahramanyan signed the decree dissolving the entity.")
    assert got["Samvel Shahramanyan"] == ("person", True, None)


def test_shanghai_five_is_not_the_sco(d: ActorDictionary) -> None:
    assert "Shanghai Five" in names(d, "The Shanghai Five leaders met in Almaty in 1998.")
    assert "Shanghai Cooperation Organisation" not in names(d, "The Shanghai Five leaders met in Almaty in 1998.")
    assert "Shanghai Cooperation Organisation" in names(d, "The SCO admitted a new member.")


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Ambassador Ji Shumin opened the photo exhibition.", "Ji Shumin", "CHN"),
        ("Zhang Xiao, then China's envoy in Astana, attended the opening.", "Zhang Xiao", "CHN"),
        ("Latif Gandilov presented his credentials in Beijing.", "Latif Gandilov", "AZE"),
        ("Minister Emin Amrullayev met the Chinese students.", "Emin Amrullayev", "AZE"),
        ("Speaker Dunyagozel Gulmanova received the delegation.", "Dunyagozel Gulmanova", "TKM"),
        ("Yerlan Koshanov chaired the session of the lower house.", "Yerlan Koshanov", "KAZ"),
    ],
)
def test_officials_and_ambassadors(d: ActorDictionary, text: str, person: str, country: str) -> None:
    assert found(d, text)[person] == ("person", True, country)


@pytest.mark.parametrize(
    ("on", "holder"),
    [(dt.date(2012, 6, 1), "Jiang Jiemin"), (dt.date(2017, 6, 1), "Wang Yilin"), (dt.date(2025, 6, 1), "Dai Houliang")],
)
def test_company_head_by_date(d: ActorDictionary, on: dt.date, holder: str) -> None:
    assert names(d, "The CNPC chairman toured the gas field.", on=on) == [holder]


def test_company_head_surname_after_full_name(d: ActorDictionary) -> None:
    text = "Dai Houliang arrived on Monday. Dai told reporters the pipeline would be finished."
    assert names(d, text, on=dt.date(2025, 1, 1)) == ["Dai Houliang", "Dai Houliang"]


# ------------------------------------------------------------------------------------------ honorifics


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hero-Arkadag received the head of the Chinese company.", "Gurbanguly Berdimuhamedov"),
        ("Hero Arkadag inspected the new city's hospital.", "Gurbanguly Berdimuhamedov"),
        ("Arkadag planted a tree at the ceremony.", "Gurbanguly Berdimuhamedov"),
        ("Elbasy spoke to the students of the university.", "Nursultan Nazarbayev"),
        ("In 1997 Yelbasy moved the capital to the north.", "Nursultan Nazarbayev"),
        ("Arkadagly Hero Serdar Berdimuhamedov signed the decree.", "Serdar Berdimuhamedov"),
    ],
)
def test_honorifics_borne_by_one_person(d: ActorDictionary, text: str, person: str) -> None:
    assert person in names(d, text)


def test_honorific_case_matters(d: ActorDictionary) -> None:
    assert names(d, "The word arkadag means protector.") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Azerbaijan marks Salvation Day. The national leader returned to Baku in 1993.", "Heydar Aliyev"),
        ("Kazakhstan held the forum. The Leader of the Nation opened it.", "Nursultan Nazarbayev"),
        ("Turkmenistan hosted the talks. The national leader praised the gas deal.", "Gurbanguly Berdimuhamedov"),
        ("Tajikistan opened the plant on Friday. The Leader of the Nation cut the ribbon.", "Emomali Rahmon"),
    ],
)
def test_national_leader_is_the_context_states(d: ActorDictionary, text: str, person: str) -> None:
    assert person in names(d, text)


def test_national_leader_without_a_state_is_nobody(d: ActorDictionary) -> None:
    assert names(d, "The national leader praised the partnership.") == []


def test_national_leader_of_a_named_country_is_not_guessed(d: ActorDictionary) -> None:
    # "the national leader of X" names its own owner: the generic rule stays out
    assert "Heydar Aliyev" not in names(d, "Azerbaijan sent a delegation. The national leader of Ghana met it.")


# ------------------------------------------------------------------- companies named after a classifier noun


@pytest.mark.parametrize(
    ("text", "org", "country"),
    [
        ("Chinese carmaker Jetour will assemble cars near Tashkent.", "Jetour", "CHN"),
        ("The Chinese firm Jereh will supply the compressors.", "Jereh", "CHN"),
        ("The contract went to the builder China Railway 20th Bureau last week.", "China Railway 20th Bureau", "CHN"),
        ("Chinese automaker Geely and the Kazakh company Allur agreed to expand output.", "Allur", "KAZ"),
        ("Uzbekistan's state-owned lender Asakabank borrowed 100 million dollars.", "Asakabank", "UZB"),
        ("Buses ordered from China's Jinlong reached the depot on Friday.", "Jinlong", "CHN"),
        ("Kazakh rail operator KTZ signed a deal with China's Lianyungang Port Holdings.", "Lianyungang Port Holdings",
         "CHN"),
    ],
)
def test_unknown_company_after_classifier(d: ActorDictionary, text: str, org: str, country: str) -> None:
    assert found(d, text)[org] == ("organisation", False, country)


@pytest.mark.parametrize(
    "text",
    [
        "The company said it would invest more in the region.",
        "Chinese companies are active in the oil sector.",
        "China's Yunnan province and Kazakhstan's Mangystau region signed a memorandum.",
        "The firm In the past decade grew fast.",
    ],
)
def test_no_company_without_a_name(d: ActorDictionary, text: str) -> None:
    assert not [m for m in d.find(text) if m.kind == "organisation"]


def test_company_chairman_is_no_company(d: ActorDictionary) -> None:
    assert not [m for m in d.find("The company Chairman Li Wei said the deal was done.") if m.kind == "organisation"]


def test_known_company_after_classifier_stays_known(d: ActorDictionary) -> None:
    assert found(d, "Chinese carmaker BYD opened a plant.")["BYD"] == ("organisation", True, "CHN")
    assert found(d, "The state oil company SOCAR signed the deal.")["SOCAR"][1] is True


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Arkadag received the Chinese minister in Arkadag.", ["person", "place"]),
        ("The delegation toured the city of Arkadag on Monday.", ["place"]),
        ("Arkadag praised the gas partnership.", ["person"]),
        ("The Chinese ambassador flew to Arkadag.", ["state", "place"]),
    ],
)
def test_honorific_and_city_of_the_same_name(d: ActorDictionary, text: str, kinds: list[str]) -> None:
    got = [m for m in d.find(text) if m.surface.startswith("Arkadag") or m.kind == "state"]
    assert [m.kind for m in got] == kinds
