"""Session 17 (helper M2), resolver merging on heldout43 and older sets: invented names, places, dates."""

from __future__ import annotations

from dataclasses import replace

from resolve_helpers import actor, claim
from resolve_helpers import claim_profile as _profile
from resolve_helpers import joins as _joins
from resolve_helpers import verdict as _verdict

from timeline.extract.types import ActorMention, Claim
from timeline.resolve.similarity import (
    Match,
    _organisation_summit_at_place,
    bare_start_plan,
    partnership_levels,
)

KE = replace(actor("Kenya", "state"), country="KEN")
PE = replace(actor("Peru", "state"), country="PER")
CL = replace(actor("Chile", "state"), country="CHL")
RUTO = replace(actor("William Ruto"), country="KEN")
BOLUARTE = replace(actor("Dina Boluarte"), country="PER")
BORIC = replace(actor("Gabriel Boric"), country="CHL")
CUSCO = actor("Cusco", "place", role="location")
ARICA = actor("Arica", "place", role="location")
NAKURU = actor("Nakuru", "place", role="location")
ACME = actor("Acme Power", "organisation")


def _c(title: str, etype: str, when: str, quote: str, actors: list[ActorMention], **kw) -> Claim:  # type: ignore[no-untyped-def]
    return claim(title, etype, when, quote=quote, actors=actors, **kw)


# --- 1. a partnership level told "to the level of" or "put their names to" -------------------------------


def test_level_raised_to_the_level_of_a_partnership() -> None:
    text = ("The president recalled the state visit of his Kenyan counterpart in May 2023, which raised the "
            "relations of the two countries to the level of comprehensive strategic cooperative partnership.")
    assert partnership_levels(text) == {"comprehensive strategic cooperative"}


def test_names_put_to_a_partnership_is_a_signing() -> None:
    text = "In March 2023, in Lima, the two presidents put their names to a strategic partnership."
    assert partnership_levels(text) == {"strategic"}


def test_relations_kept_at_a_level_are_no_act() -> None:
    assert partnership_levels("Kenya and Peru have long kept relations at the level of strategic partnership.") == set()
    assert partnership_levels("The minister put his name to the list of speakers on the partnership.") == set()


# --- 2. the level told in the date's own clause ----------------------------------------------------------


def test_the_level_of_the_dates_own_clause() -> None:
    text = ("Three years ago in Lima, Ruto and Boluarte agreed on a strategic partnership, and in 2025 they "
            "raised it to a comprehensive strategic partnership.")
    assert partnership_levels(text, "2025") == {"comprehensive strategic"}
    assert partnership_levels(text, "Three years ago") == {"strategic"}


def test_two_levels_without_a_comma_keep_the_nearest() -> None:
    text = ("They signed a strategic partnership in June 2022 and raised it to a comprehensive strategic "
            "partnership in April 2024.")
    assert partnership_levels(text, "June 2022") == {"strategic"}
    assert partnership_levels(text, "April 2024") == {"comprehensive strategic"}


# --- 3. one partnership level, the parties' names among the keywords -------------------------------------


def _agreed() -> Claim:
    return _c("Ruto–Boluarte strategic partnership established", "AGREE", "2023",
              "Two years ago in Lima, William Ruto and Dina Boluarte agreed on a strategic partnership.",
              [RUTO, BOLUARTE, KE, PE, actor("Lima", "place", role="location")], keywords=("establish", "partnership"))


def test_names_put_to_a_partnership_joins_the_partnership_agreed() -> None:
    put = _c("Kenya and Peru put names", "COOPERATE", "2023-03",
             "In March 2023, when both leaders were in Lima for the summit, the two presidents put their names "
             "to a strategic partnership.", [KE, PE], keywords=("name", "kenya", "peru", "put"))
    assert _joins(put, _agreed())
    assert _joins(_agreed(), put)


def test_a_partnership_beside_another_subject_stays_apart() -> None:
    gas = _c("Kenya and Peru gas deal", "COOPERATE", "2023-03",
             "In March 2023 the two presidents put their names to a gas supply deal under the strategic "
             "partnership.", [KE, PE], keywords=("gas", "supply", "kenya", "peru"))
    assert not _joins(gas, _agreed())


# --- 4. a works-start plan that names no thing, and the start told by another article -------------------


def _plan(quote: str = "Construction is due to begin next year.", when: str = "2027", **kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Construction starts", "COOPERATE", when, quote, kw.pop("actors", []), status="planned",
              keywords=("construction", "start"), named_object="Construction", **kw)


def _started(quote: str | None = None, keywords: tuple[str, ...] = ("construction", "start")) -> Claim:
    return _c("Acme Power started construction", "COOPERATE", "2027-03",
              quote or "Construction of a 150-megawatt wind farm near Nakuru, built by Acme Power, began in March.",
              [ACME, NAKURU, KE], keywords=keywords)


def test_a_bare_works_plan_joins_the_start_as_the_only_candidate() -> None:
    verdict = _verdict(_plan(), _started())
    assert isinstance(verdict, Match) and verdict.coarse
    assert bare_start_plan(_profile(_started(), 2), _profile(_plan(), 1), "finer")


def test_a_plan_naming_its_thing_or_place_is_not_bare() -> None:
    cement = _plan("Construction of the cement plant is due to begin next year.")
    assert not bare_start_plan(_profile(cement, 1), _profile(_started(), 2), "vaguer")
    placed = _plan("Construction in Mombasa is due to begin next year.",
                   actors=[actor("Mombasa", "place", role="location")])
    assert not bare_start_plan(_profile(placed, 1), _profile(_started(), 2), "vaguer")


def test_a_flight_launched_in_the_start_sentence_is_no_works_start() -> None:
    flights = _started("Construction of a wind farm near Nakuru began in March, and Acme Air launched direct "
                       "flights between Nairobi and Lima in March.", keywords=("launch", "direct", "flight"))
    assert not bare_start_plan(_profile(_plan(), 1), _profile(flights, 2), "vaguer")


def test_a_bare_plan_dated_finer_or_in_the_same_article_stays_apart() -> None:
    finer = _plan("Construction is due to begin on 3 March.", when="2027-03-03")
    assert not bare_start_plan(_profile(finer, 1), _profile(_started(), 2), "finer")
    assert not bare_start_plan(_profile(_plan(), 1), _profile(_started(), 1), "vaguer")


# --- 5. one organisation's summit at one place, told by two participants ---------------------------------


def _plus(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Gabriel Boric participates in APU Plus meeting", "CONSULT", kw.pop("when", "2025"),
              kw.pop("quote", "He also noted that his participation in the APU Plus meeting in Cusco last year "
                              "had given an additional impetus to the dialogue."),
              kw.pop("actors", [BORIC, CUSCO]), mode="multilateral",
              named_object=kw.pop("named_object", "APU Plus meeting"), keywords=("participat", "apu", "plus"))


def _summit(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Dina Boluarte participates in APU summit", "CONSULT", kw.pop("when", "2025-08"),
              kw.pop("quote", "At the end of August she attended the APU summit in Cusco."),
              kw.pop("actors", [BOLUARTE, CUSCO, actor("Andean Pacific Union", "organisation")]),
              mode="multilateral", named_object=kw.pop("named_object", "APU summit"), keywords=("summit", "apu"))


def test_one_summit_of_an_organisation_at_one_place_joins_whoever_attended() -> None:
    assert _joins(_plus(), _summit())
    assert _joins(_summit(), _plus())


def test_another_place_or_year_is_another_summit() -> None:
    elsewhere = _summit(quote="At the end of August she attended the APU summit in Arica.",
                        actors=[BOLUARTE, ARICA])
    assert not _organisation_summit_at_place(_profile(_plus(), 1), _profile(elsewhere, 2))
    later = _summit(when="2026-08")
    assert not _organisation_summit_at_place(_profile(_plus(), 1), _profile(later, 2))


def test_ministers_or_another_kind_of_gathering_is_not_the_summit() -> None:
    ministers = _summit(quote="In May the APU foreign ministers' meeting in Cusco prepared the summit.",
                        named_object="APU foreign ministers meeting", when="2025-05")
    assert not _organisation_summit_at_place(_profile(_plus(), 1), _profile(ministers, 2))
    games = _summit(quote="In July she opened the APU Games in Cusco.", named_object="APU Games", when="2025-07")
    assert not _organisation_summit_at_place(_profile(_plus(), 1), _profile(games, 2))


# --- 6. a founding member's joining and its signing of the founding text ---------------------------------


def _joined(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Kenya joined Savanna Development Bank", "COOPERATE", kw.pop("when", "2019"),
              kw.pop("quote", "Kenya joined the Savanna Development Bank as a founding member in 2019."),
              kw.pop("actors", [KE]), named_object=kw.pop("named_object", "Savanna Development Bank"),
              keywords=("join", "bank", "savanna", "development"))


def _articles(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Agreement of the Bank signed", "AGREE", kw.pop("when", "2019-06-29"),
              kw.pop("quote", "Two months later, on 29 June, it signs the Articles of Agreement of the Bank in "
                              "Nairobi."),
              kw.pop("actors", [actor("Nairobi", "place", role="location")]),
              named_object=kw.pop("named_object", "Agreement of the Bank"), keywords=("bank", "agree", "sign"))


def test_a_founding_member_joining_and_signing_the_articles_is_one_event() -> None:
    assert _joins(_articles(), _joined())
    assert _joins(_joined(), _articles())


def test_another_named_organisation_or_member_is_another_event() -> None:
    other_bank = _articles(quote="On 29 June Kenya signs the Articles of Agreement of the Coastal Investment Bank.",
                           named_object="Coastal Investment Bank", actors=[KE])
    assert not _joins(other_bank, _joined())
    chile = _joined(quote="Chile joined the Savanna Development Bank as a founding member in 2019.", actors=[CL])
    kenya = _articles(quote="On 29 June Kenya signs the Articles of Agreement of the Bank.", actors=[KE])
    assert not _joins(kenya, chile)


def test_a_loan_of_the_bank_or_another_year_is_no_founding() -> None:
    loan = _articles(quote="On 29 June the Bank signs a loan agreement with Kenya for a road.",
                     named_object="Bank loan", actors=[KE])
    assert not _joins(loan, _joined())
    later = _articles(when="2021-06-29")
    assert not _joins(later, _joined())


# --- 7. the first delivery of a product named by one word ----------------------------------------------


def _batch(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Zenivax arrived in Nairobi", "COOPERATE", kw.pop("when", "2021-03"),
              kw.pop("quote", "Chile sent masks to Kenya in 2020, and the first batch of the Zenivax vaccine arrived "
                              "in Nairobi in March 2021."),
              [KE, CL, actor("Nairobi", "place", role="location")], named_object=kw.pop("named_object", "Zenivax"),
              keywords=("zenivax", "batch", "first", "arriv"))


def _doses(quote: str = "**March 2021** - The first doses of the Chilean Zenivax vaccine arrive.") -> Claim:
    return _c("First doses delivered", "COOPERATE", "2021-03", quote, [KE, CL], keywords=("dose", "deliver", "first"))


def test_one_first_delivery_of_a_named_product() -> None:
    assert _joins(_batch(), _doses())
    assert _joins(_doses(), _batch())


def test_a_second_batch_or_another_product_is_another_delivery() -> None:
    assert not _joins(_doses("**March 2021** - The second batch of the Chilean Zenivax vaccine arrives."), _batch())
    assert not _joins(_doses("**March 2021** - The first doses of the Chilean Corvax vaccine arrive."), _batch())
