"""Session 18 (helper M2), resolver merging on heldout46 and older sets: invented names, places, dates."""

from __future__ import annotations

from dataclasses import replace

from resolve_helpers import actor, claim, date
from resolve_helpers import claim_profile as _profile
from resolve_helpers import joins as _joins
from resolve_helpers import verdict as _verdict

from timeline.extract.types import ActorMention, Claim
from timeline.resolve.retellings import (
    activity_started_same_month,
    envoy_summoned_same_month,
    facility_opened_same_day,
    hosting_and_delegation,
    planned_trip_held,
    route_told_bare,
    thing_told_by_its_head,
    visit_told_by_year,
)
from timeline.resolve.similarity import Match

KE = replace(actor("Kenya", "state"), country="KEN")
PE = replace(actor("Peru", "state"), country="PER")
CL = replace(actor("Chile", "state"), country="CHL")
RUTO = replace(actor("William Ruto"), country="KEN")
FIDAN = replace(actor("Hakan Fidan"), country="TUR")  # a person of the actor dictionary (state mapped)
OKELLO = replace(actor("Grace Okello"), country="KEN")
QUISPE = replace(actor("Rosa Quispe"), country="PER")
NAKURU = actor("Nakuru", "place", role="location")
NAIROBI = actor("Nairobi", "place", role="location")
LIMA = actor("Lima", "place", role="location")
ACME = actor("Acme Power", "organisation")


def _c(title: str, etype: str, when: str, quote: str, actors: list[ActorMention], **kw) -> Claim:  # type: ignore[no-untyped-def]
    date_text = kw.pop("date_text", None)
    made = claim(title, etype, when, quote=quote, actors=actors, **kw)
    return replace(made, date=date(when, date_text)) if date_text else made


# --- 1. one activity begun, told by two articles with agreeing dates ------------------------------------


def _campaign(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Kenya national vaccination campaign starts", "COOPERATE", kw.pop("when", "2021-03"),
              kw.pop("quote", "Kenya began its national vaccination campaign in March 2021 with a vaccine "
                              "bought from Peru."),
              kw.pop("actors", [KE]), keywords=("campaign", "vaccination", "national", "start"))


def _started(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Kenya started vaccination of its population", "COOPERATE", kw.pop("when", "2021-03"),
              kw.pop("quote", "March 2021 | Kenya started the vaccination of its population with the vaccine "
                              "produced in Peru. The vaccination campaign began on 8 March 2021."),
              kw.pop("actors", [KE]), keywords=("start", "vaccination", "population"))


def test_one_activity_begun_in_one_month_is_one_event() -> None:
    assert _joins(_campaign(), _started())
    assert _joins(_started(), _campaign())
    assert activity_started_same_month(_profile(_campaign(), 1), _profile(_started(), 2), "same")


def test_another_state_or_activity_begun_that_month_stays_apart() -> None:
    chile = _started(quote="March 2021 | Chile started the vaccination of its population. The vaccination "
                           "campaign began on 8 March 2021.", actors=[CL])
    assert not _joins(_campaign(), chile)
    exports = _started(quote="Kenya began exporting avocados to Peru in March 2021.",
                       actors=[KE], keywords=("start", "export", "avocado"))
    assert not activity_started_same_month(_profile(_campaign(), 1), _profile(exports, 2), "same")


def test_a_start_told_by_its_year_only_is_not_this_rule() -> None:
    year = _campaign(when="2021", quote="Kenya began its national vaccination campaign in 2021.")
    assert not activity_started_same_month(_profile(year, 1), _profile(_started(), 2), "vaguer")


# --- 2. one facility opened on one day, each article naming other people --------------------------------


def _built(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Acme Power inaugurated solar plant", "COOPERATE", kw.pop("when", "2026-05-04"),
              kw.pop("quote", "The 150 MW solar plant near Nakuru, built and financed by Acme Power, was "
                              "inaugurated on 4 May."),
              kw.pop("actors", [ACME]), named_object="MW solar plant", keywords=("inaugurat", "solar", "plant"),
              date_text=kw.pop("date_text", "on 4 May"))


def _attended(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Kenya put into operation solar plant", "COOPERATE", kw.pop("when", "2026-05-04"),
              kw.pop("quote", "NAKURU, May 4 -- A 150-megawatt solar plant built by a Peruvian company in "
                              "central Kenya was inaugurated on Monday; Energy Minister Grace Okello and Ambassador "
                              "Rosa Quispe attended."),
              kw.pop("actors", [KE, OKELLO, QUISPE, PE]), keywords=("inaugurat", "solar", "plant", "operation"),
              date_text=kw.pop("date_text", "on Monday"))


def test_one_facility_opened_on_one_day_joins_across_disjoint_actors() -> None:
    assert _joins(_built(), _attended())
    assert _joins(_attended(), _built())
    assert facility_opened_same_day(_profile(_built(), 1), _profile(_attended(), 2), "same")


def test_another_place_or_facility_or_a_month_only_keeps_the_actors_apart() -> None:
    elsewhere = _attended(quote="LIMA, May 4 -- A solar plant built in Arequipa was inaugurated on Monday; "
                                "Energy Minister Rosa Quispe attended.", actors=[PE, QUISPE])
    assert not facility_opened_same_day(_profile(_built(), 1), _profile(elsewhere, 2), "same")
    port = _attended(quote="NAKURU, May 4 -- A dry port near Nakuru was inaugurated on Monday; Energy Minister "
                           "Grace Okello and Ambassador Rosa Quispe attended.")
    assert not facility_opened_same_day(_profile(_built(), 1), _profile(port, 2), "same")
    month = _attended(when="2026-05", date_text="in May", quote="A 150-megawatt solar plant near Nakuru was "
                                                                 "inaugurated in May; Grace Okello attended.")
    assert not facility_opened_same_day(_profile(_built(), 1), _profile(month, 2), "finer")


# --- 3. a state hosting a gathering and another state's delegation to it ------------------------------------


def _hosted(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Kenya hosts the climate conference", "CONSULT", kw.pop("when", "2028"),
              kw.pop("quote", "Kenya, which plans to double its solar output by 2035, hosted the CLIM8 climate "
                              "conference in 2028."),
              kw.pop("actors", [KE]), mode="multilateral", named_object="CLIM8 climate conference",
              keywords=("host", "climate", "conference", "clim8"))


def _delegation(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Hakan Fidan participates in CLIM8 conference", "CONSULT", kw.pop("when", "2028-11"),
              kw.pop("quote", "November 2028 | Foreign Minister Hakan Fidan led the Turkish delegation to the "
                              "CLIM8 conference in Nairobi and was received by President William Ruto."),
              kw.pop("actors", [FIDAN, NAIROBI]), mode="multilateral", named_object="CLIM8 conference",
              keywords=("lead", "delegation", "conference", "clim8"))


def test_a_gathering_hosted_and_a_delegation_to_it_stay_apart() -> None:
    assert hosting_and_delegation(_profile(_hosted(), 1), _profile(_delegation(), 2))
    assert _verdict(_hosted(), _delegation()) == "a gathering hosted and a delegation to it"
    assert _verdict(_delegation(), _hosted()) == "a gathering hosted and a delegation to it"


def test_the_hosts_own_delegation_or_two_hosting_sentences_are_not_told_apart() -> None:
    own = _delegation(quote="In November 2028 President William Ruto led the Kenyan delegation at the CLIM8 "
                            "conference in Nairobi.", actors=[RUTO, KE, NAIROBI])
    assert not hosting_and_delegation(_profile(_hosted(), 1), _profile(own, 2))
    again = _hosted(when="2028-11", quote="In November 2028 Kenya hosted the CLIM8 climate conference in Nairobi.")
    assert not hosting_and_delegation(_profile(_hosted(), 1), _profile(again, 2))
    assert _joins(again, _hosted())


def test_a_hosting_sentence_naming_a_person_is_not_the_bare_hosting() -> None:
    host_leader = _hosted(quote="Kenya hosted the CLIM8 conference, opened by President William Ruto.",
                          actors=[KE, RUTO])
    assert not hosting_and_delegation(_profile(host_leader, 1), _profile(_delegation(), 2))


# --- 4. one person's visit told by its year and by its month -------------------------------------------------


def _by_year(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("William Ruto brought large business delegation", "CONSULT", kw.pop("when", "1995"),
              kw.pop("quote", "William Ruto, then trade minister, followed in 1995 and brought a large business "
                              "delegation with him."),
              kw.pop("actors", [RUTO, KE]), mode="visit", status=kw.pop("status", "occurred"),
              keywords=("bring", "business", "delegation"))


def _by_month(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("William Ruto visit to Peru", "CONSULT", kw.pop("when", "1995-07"),
              kw.pop("quote", "**July 1995** – Trade Minister William Ruto visits Lima with a large business "
                              "delegation."),
              kw.pop("actors", [RUTO, replace(PE, role="recipient"), KE, LIMA]), mode="visit",
              keywords=("visit", "lima"))


def test_a_visit_told_by_its_year_joins_the_visit_told_by_its_month_as_the_only_candidate() -> None:
    verdict = _verdict(_by_year(), _by_month())
    assert isinstance(verdict, Match) and verdict.coarse
    assert visit_told_by_year(_profile(_by_month(), 2), _profile(_by_year(), 1), "finer")


def test_another_visitor_host_or_a_plan_is_not_the_visit_told_by_year() -> None:
    okello = _by_year(quote="Grace Okello followed in 1995 with a business delegation.", actors=[OKELLO, KE])
    assert not visit_told_by_year(_profile(okello, 1), _profile(_by_month(), 2), "vaguer")
    chile = _by_year(quote="William Ruto visited Chile in 1995.", actors=[RUTO, KE, replace(CL, role="recipient")])
    assert not visit_told_by_year(_profile(chile, 1), _profile(_by_month(), 2), "vaguer")
    planned = _by_year(status="planned", quote="William Ruto will visit in 1995 with a business delegation.")
    assert not visit_told_by_year(_profile(planned, 1), _profile(_by_month(), 2), "vaguer")


def test_a_plain_visit_by_year_without_a_shared_detail_is_not_this_rule() -> None:
    plain = _by_year(quote="William Ruto visited Peru in 1995.", keywords=("visit",))
    assert not visit_told_by_year(_profile(plain, 1), _profile(_by_month(), 2), "vaguer")


def test_a_visit_told_by_year_in_the_same_article_or_by_month_against_a_day_is_not_this_rule() -> None:
    assert not visit_told_by_year(_profile(_by_year(), 1), _profile(_by_month(), 1), "vaguer")
    day = _by_month(when="1995-07-12")
    month = _by_year(when="1995-07")
    assert not visit_told_by_year(_profile(month, 1), _profile(day, 2), "vaguer")


# --- 5. one summoning of an envoy told by two articles in one month --------------------------------------------


def _summoned(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Kenya and Peru summon William Ruto", "ACCUSE", kw.pop("when", "2023-03"),
              kw.pop("quote", "Relations soured in March, when Nairobi summoned the Peruvian ambassador to protest "
                              "a joint statement issued after President William Ruto's summit in Lima."),
              kw.pop("actors", [KE, PE, replace(RUTO, role="recipient")]), keywords=("summon", "ruto"))


def _summons(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Kenya and Peru summon Peruvian ambassador", "ACCUSE", kw.pop("when", "2023-03"),
              kw.pop("quote", "March 2023 - Kenya summons the Peruvian ambassador over a joint statement adopted "
                              "in Lima."),
              kw.pop("actors", [KE, PE]), keywords=("peruvian", "ambassador"))


def test_one_envoy_summoned_in_one_month_joins_as_the_only_candidate() -> None:
    verdict = _verdict(_summoned(), _summons())
    assert isinstance(verdict, Match) and verdict.coarse
    assert isinstance(_verdict(_summons(), _summoned()), Match)


def test_another_pair_month_or_protest_without_a_summons_stays_apart() -> None:
    chile = _summons(quote="March 2023 - Chile summons the Peruvian ambassador.", actors=[CL, PE])
    assert not envoy_summoned_same_month(_profile(_summoned(), 1), _profile(chile, 2), "same")
    protest = _summons(quote="March 2023 - Kenya protests against a joint statement adopted in Lima.")
    assert not envoy_summoned_same_month(_profile(_summoned(), 1), _profile(protest, 2), "same")
    year = _summons(when="2023", quote="In 2023 Kenya summoned the Peruvian ambassador.")
    assert not envoy_summoned_same_month(_profile(_summoned(), 1), _profile(year, 2), "finer")
    assert not envoy_summoned_same_month(_profile(_summoned(), 1), _profile(_summons(), 1), "same")


# --- 6. a named thing and a bare retelling by its head noun -------------------------------------------------


def _named_corridor(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("William Ruto launched Kenya-Peru Pacific Corridor", "COOPERATE", kw.pop("when", "2014"),
              kw.pop("quote", "The minister recalled the foundations on which the Kenya-Peru Pacific Corridor was "
                              "launched in 2014."),
              kw.pop("actors", [RUTO]), named_object=kw.pop("named_object", "Kenya-Peru Pacific Corridor"),
              keywords=("launch", "pacific", "corridor", "kenya-peru"))


def _bare_corridor(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Corridor launched", "COOPERATE", kw.pop("when", "2014"),
              kw.pop("quote", "The corridor, launched in 2014 and expanded after the president's visit, tied the "
                              "two economies together."),
              kw.pop("actors", []), keywords=kw.pop("keywords", ("launch", "corridor")))


def test_a_bare_head_noun_joins_the_named_thing_as_the_only_candidate() -> None:
    verdict = _verdict(_bare_corridor(), _named_corridor())
    assert isinstance(verdict, Match) and verdict.coarse
    assert thing_told_by_its_head(_profile(_named_corridor(), 1), _profile(_bare_corridor(), 2), "same")


def test_another_head_year_or_document_kind_is_not_told_by_its_head() -> None:
    bridge = _bare_corridor(quote="The bridge, launched in 2014, tied the two economies.",
                            keywords=("launch", "bridge"))
    assert not thing_told_by_its_head(_profile(_named_corridor(), 1), _profile(bridge, 2), "same")
    assert not thing_told_by_its_head(_profile(_named_corridor(), 1), _profile(_bare_corridor(when="2014-05"), 2),
                                      "finer")
    deal = _named_corridor(named_object="Kenya-Peru Trade Agreement", quote="The Kenya-Peru Trade Agreement was "
                           "launched in 2014.")
    bare_deal = _bare_corridor(quote="The agreement, launched in 2014, tied them.", keywords=("launch", "agreement"))
    assert not thing_told_by_its_head(_profile(deal, 1), _profile(bare_deal, 2), "same")


def test_a_retelling_naming_its_own_actor_or_other_words_is_not_bare() -> None:
    acted = _bare_corridor(actors=[CL], quote="Chile's corridor, launched in 2014, tied the two economies.")
    assert not thing_told_by_its_head(_profile(_named_corridor(), 1), _profile(acted, 2), "same")
    more = _bare_corridor(keywords=("launch", "corridor", "rail"))
    assert not thing_told_by_its_head(_profile(_named_corridor(), 1), _profile(more, 2), "same")


# --- 7. a service start on a route and a bare "The route opened" ------------------------------------------


def _flights_planned(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Kenya Airways launch direct flights", "COOPERATE", kw.pop("when", "2027"),
              kw.pop("quote", "Kenya Airways plans to launch direct flights between Nairobi and Lima this year, "
                              "and we support it fully."),
              kw.pop("actors", [actor("Kenya Airways", "organisation"), KE, PE]), status="planned",
              keywords=("launch", "direct", "flight"), date_text="this year")


def _route_opened(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Route opened", "COOPERATE", kw.pop("when", "2027"), kw.pop("quote", "The route opened last year."),
              kw.pop("actors", []), keywords=("route", "open"), date_text="last year")


def test_a_bare_route_opened_joins_the_service_planned_that_year_as_the_only_candidate() -> None:
    assert route_told_bare(_profile(_flights_planned(), 1), _profile(_route_opened(), 2), "same")
    verdict = _verdict(_route_opened(), _flights_planned())
    assert isinstance(verdict, Match) and verdict.coarse


def test_another_year_a_route_with_its_own_place_or_no_service_stays_apart() -> None:
    assert not route_told_bare(_profile(_flights_planned(), 1), _profile(_route_opened(when="2028"), 2), "far")
    placed = _route_opened(quote="The Mombasa route opened last year.", actors=[actor("Mombasa", "place",
                                                                                       role="location")])
    assert not route_told_bare(_profile(_flights_planned(), 1), _profile(placed, 2), "same")
    office = _flights_planned(quote="Kenya Airways plans to open an office in Lima this year.",
                              keywords=("open", "office"))
    assert not route_told_bare(_profile(office, 1), _profile(_route_opened(), 2), "same")
    assert not route_told_bare(_profile(_flights_planned(), 1), _profile(_route_opened(), 1), "same")


# --- 8. a trip planned for a season and the visit or talks held within it -----------------------------------


def _trip_planned(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Grace Okello–Rosa Quispe meeting in Lima", "CONSULT", kw.pop("when", "2026-22"),
              kw.pop("quote", "And we expect Foreign Minister Okello to come to Lima in the summer for "
                              "consultations with Foreign Minister Quispe."),
              kw.pop("actors", [OKELLO, QUISPE, LIMA]), status="planned", keywords=("consultation",),
              date_text="in the summer")


def _talks_held(**kw) -> Claim:  # type: ignore[no-untyped-def]
    return _c("Rosa Quispe–Grace Okello meeting in Lima", "CONSULT", kw.pop("when", "2026-07-08"),
              kw.pop("quote", "On July 8, 2026, Foreign Minister Rosa Quispe held talks in Lima with Kenyan Foreign "
                              "Minister Grace Okello, who is paying an official visit to Peru from July 7 to 9."),
              kw.pop("actors", [QUISPE, OKELLO, LIMA]), mode=kw.pop("mode", None), keywords=("talk", "hold"))


def test_a_trip_planned_for_the_summer_joins_the_talks_held_in_july_as_the_only_candidate() -> None:
    assert planned_trip_held(_profile(_trip_planned(), 1), _profile(_talks_held(), 2), "vaguer")
    verdict = _verdict(_trip_planned(), _talks_held())
    assert isinstance(verdict, Match) and verdict.coarse


def test_another_place_person_a_plan_of_a_day_or_a_year_stays_apart() -> None:
    arica = _talks_held(quote="On July 8 Rosa Quispe held talks in Arica with Grace Okello.",
                        actors=[QUISPE, OKELLO, actor("Arica", "place", role="location")])
    assert not planned_trip_held(_profile(_trip_planned(), 1), _profile(arica, 2), "vaguer")
    other = _talks_held(quote="On July 8 Rosa Quispe held talks in Lima with William Ruto.",
                        actors=[QUISPE, RUTO, LIMA])
    assert not planned_trip_held(_profile(_trip_planned(), 1), _profile(other, 2), "vaguer")
    year = _trip_planned(when="2026", date_text="this year")
    assert not planned_trip_held(_profile(year, 1), _profile(_talks_held(), 2), "vaguer")
    summit = _talks_held(mode="multilateral")
    assert not planned_trip_held(_profile(_trip_planned(), 1), _profile(summit, 2), "vaguer")
    assert not planned_trip_held(_profile(_trip_planned(), 1), _profile(_talks_held(), 1), "vaguer")
