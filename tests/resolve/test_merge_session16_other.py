"""Session 16 (helper M2), resolver merging on heldout40/42 and older classes: invented names, places, dates."""

from __future__ import annotations

from dataclasses import replace

from resolve_helpers import actor, claim
from resolve_helpers import claim_profile as _profile
from resolve_helpers import joins as _joins

from timeline.extract.types import ActorMention, Claim
from timeline.resolve.merge import _met_and_agreed
from timeline.resolve.similarity import _one_partnership_level, quote_cues

KE = replace(actor("Kenya", "state"), country="KEN")
PE = replace(actor("Peru", "state"), country="PER")
CL = replace(actor("Chile", "state"), country="CHL")
CO = replace(actor("Colombia", "state"), country="COL")
RUTO = replace(actor("William Ruto"), country="KEN")
BOLUARTE = replace(actor("Dina Boluarte"), country="PER")
MUDAVADI = replace(actor("Musalia Mudavadi"), country="KEN")
NAIROBI = actor("Nairobi", "place", role="location")
LIMA = actor("Lima", "place", role="location")


def _c(title: str, etype: str, when: str, quote: str, actors: list[ActorMention], **kw) -> Claim:  # type: ignore[no-untyped-def]
    return claim(title, etype, when, quote=quote, actors=actors, **kw)


# --- 1. one partnership level, told by a speaker's that-clause, in other words, in another type ------------


def _signed_partnership() -> Claim:
    return _c("Ruto–Boluarte joint statement signed", "AGREE", "2023-03-14",
              "On 14 March 2023, in Lima, the two presidents signed a joint statement establishing a "
              "strategic partnership.", [RUTO, BOLUARTE, KE, PE, LIMA], keywords=("joint", "state", "sign"))


def test_a_speaker_telling_what_two_states_established_is_no_party() -> None:
    noted = _c("Kenya–Peru strategic partnership established", "AGREE", "2023-03",
               "Noting that Kenya and Peru established a strategic partnership in March 2023 and that the "
               "relationship has since grown, Mudavadi called on the two sides to use the joint commission.",
               [KE, PE, MUDAVADI], keywords=("establish", "partnership"))
    assert "parties reported" in _profile(noted).cues
    assert _joins(noted, _signed_partnership())
    assert _joins(_signed_partnership(), noted)


def test_a_speaker_doing_the_act_himself_is_still_a_party() -> None:
    # the minister is the subject of the act: no that-clause of two states
    own = _c("Mudavadi signs strategic partnership", "AGREE", "2023-03",
             "Mudavadi signed a strategic partnership with Peru in March 2023.", [MUDAVADI, KE, PE],
             keywords=("sign", "partnership"))
    assert "parties reported" not in _profile(own).cues
    assert not _joins(own, _signed_partnership())


def test_one_partnership_level_in_other_words_and_another_type_within_one_article() -> None:
    upgraded = _c("Kenya upgraded relationship twice", "COOPERATE", "2023-03",
                  "Within two years Kenya and Peru upgraded their relationship twice, first to a strategic "
                  "partnership (March 2023) and then to a comprehensive strategic partnership (May 2024).",
                  [KE, PE], keywords=("upgrad", "relationship", "twice"))
    assert _joins(upgraded, _signed_partnership(), same_source=True)
    assert _joins(upgraded, _signed_partnership())


def test_another_level_or_another_subject_beside_the_partnership_stays_apart() -> None:
    comprehensive = _c("Kenya and Peru raised ties", "COOPERATE", "2023-03",
                       "In March 2023 Kenya and Peru raised their ties to a comprehensive strategic partnership.",
                       [KE, PE], keywords=("rais", "ties"))
    assert not _joins(comprehensive, _signed_partnership())
    gas = _c("Kenya–Peru gas agreement signed", "AGREE", "2023-03",
             "During the visit that established the strategic partnership in March 2023, Kenya and Peru signed a "
             "gas agreement.", [KE, PE], keywords=("gas", "sign"))
    # the gas agreement's own subject: not one partnership told twice (other rules judge it as a set member)
    assert not _one_partnership_level(_profile(gas), _profile(_signed_partnership()))
    third = _c("Chile–Peru strategic partnership", "AGREE", "2023-03",
               "Chile and Peru established a strategic partnership in March 2023.", [CL, PE],
               keywords=("establish", "partnership"))
    assert not _joins(third, _signed_partnership())


# --- 2. one recognition told with the noun ----------------------------------------------------------------


def test_a_recognition_told_with_the_noun_joins_the_recognition_of_that_day() -> None:
    verb = _c("Kenya recognised Republic of Peru", "AGREE", "1992-02-03",
              "3 February 1992 — Kenya recognises the independence of the Republic of Peru.", [KE, PE],
              keywords=("recognis", "independence"), named_object="Republic of Peru")
    noun = _c("Kenya extended recognition", "COOPERATE", "1992-02-03",
              "Kenya was among the first to recognise the new state: Nairobi extended recognition on 3 February "
              "1992, and relations followed in May.", [KE], keywords=("extend", "recognition"))
    assert _joins(noun, verb)
    assert _joins(verb, noun)


def test_a_recognition_announced_by_a_ministry_joins_the_recognition_of_that_day() -> None:
    verb = _c("Kenya recognised Peru's independence", "AGREE", "1992-02-03",
              "Kenya recognised Peru's independence on 3 February 1992.", [KE, PE], keywords=("recognis",),
              named_object="Peru's independence")
    announced = _c("Ministry of Foreign Affairs of Kenya declared", "AGREE", "1992-02-03",
                   "The recognition was announced by the Kenyan Foreign Ministry on 3 February 1992.",
                   [actor("Ministry of Foreign Affairs of Kenya", "organisation"), KE], keywords=("declar",))
    assert _joins(announced, verb)
    award = _c("Ministry of Culture of Kenya declared", "AGREE", "1992-02-03",
               "The ministry declared the day a holiday in recognition of the athletes on 3 February 1992.",
               [actor("Ministry of Culture of Kenya", "organisation"), KE], keywords=("declar",))
    assert "recognition told" not in _profile(award).cues
    assert not _joins(award, verb)


def test_a_recognition_of_another_state_or_day_and_a_prize_stay_apart() -> None:
    verb = _c("Kenya recognised Peru", "AGREE", "1992-02-03", "Kenya recognises Peru.", [KE, PE],
              keywords=("recognis",))
    other_state = _c("Kenya extended recognition to Chile", "COOPERATE", "1992-02-03",
                     "Nairobi extended recognition to Chile on 3 February 1992.", [KE, CL],
                     keywords=("extend", "recognition"))
    assert not _joins(other_state, verb)
    month = _c("Kenya extended recognition", "COOPERATE", "1992-02",
               "Nairobi extended recognition in February 1992.", [KE], keywords=("extend", "recognition"))
    assert not _joins(month, verb)  # a month against a day: the recipient is not told
    prize = _c("Kenya honoured", "COOPERATE", "1992-02-03",
               "Kenya was honoured on 3 February 1992 in recognition of its peacekeeping.", [KE],
               keywords=("honour", "recognition"))
    assert not _joins(prize, verb)


# --- 3. one organisation founded, as object or as actor -------------------------------------------------------


ALLIANCE = actor("Pacific Andean Alliance", "organisation")


def test_an_organisation_founded_as_actor_and_as_object_is_one_founding() -> None:
    actor_side = _c("Pacific Andean Alliance founded", "COOPERATE", "2011-04-28",
                    "**28 April 2011** — The Pacific Andean Alliance is founded in Lima, with Peru among its four "
                    "founding members.", [ALLIANCE, LIMA], keywords=("found",))
    object_side = _c("Pacific Andean Alliance founded", "AGREE", "2011-04",
                     "The Pacific Andean Alliance, founded in April 2011, gave Lima a forum.", [],
                     keywords=("found", "alliance", "pacific"), named_object="Pacific Andean Alliance")
    assert _joins(object_side, actor_side)
    assert _joins(actor_side, object_side)


def test_a_founding_and_a_summit_or_another_organisation_stay_apart() -> None:
    founded = _c("Pacific Andean Alliance founded", "COOPERATE", "2011-04-28",
                 "The Pacific Andean Alliance is founded in Lima.", [ALLIANCE, LIMA], keywords=("found",))
    other = _c("Andean Development Bank founded", "AGREE", "2011-04",
               "The Andean Development Bank, founded in April 2011, lends to members.", [],
               keywords=("found", "bank"), named_object="Andean Development Bank")
    assert not _joins(other, founded)
    summit = _c("Pacific Andean Alliance summit", "CONSULT", "2011-04-28",
                "The leaders of the Pacific Andean Alliance, founded that day, held their first summit in Lima.",
                [ALLIANCE, LIMA], keywords=("summit",), mode="multilateral")
    assert not _joins(summit, founded)
    later = _c("Pacific Andean Alliance founded", "AGREE", "2012",
               "The Pacific Andean Alliance, founded in 2012, gave Lima a forum.", [],
               keywords=("found",), named_object="Pacific Andean Alliance")
    assert not _joins(later, founded)  # a founding dated apart is not joined by this rule


# --- 4. one start of construction, named in full and by acronym --------------------------------------------


def test_a_construction_start_named_by_acronym_joins_the_precise_one() -> None:
    day = _c("Construction of the KPC railway started", "COOPERATE", "2025-06-12",
             "**12 June 2025** — Construction of the KPC railway is launched at a ceremony in Nairobi.",
             [KE, PE, NAIROBI], keywords=("kpc", "construction", "start"), named_object="KPC railway")
    month = _c("Kenya-Peru-Chile railway launched", "COOPERATE", "2025-06",
               "They also reviewed the Kenya-Peru-Chile railway, whose construction was launched in June 2025.",
               [], keywords=("railway",), named_object="Kenya-Peru-Chile railway")
    assert "construction start" in _profile(day).cues and "construction start" in _profile(month).cues
    assert _joins(month, day)
    assert _joins(day, month)


def test_a_construction_start_of_another_thing_or_a_completion_stays_apart() -> None:
    day = _c("Construction of the KPC railway started", "COOPERATE", "2025-06-12",
             "Construction of the KPC railway is launched at a ceremony in Nairobi.", [KE, PE, NAIROBI],
             keywords=("kpc", "construction", "start"), named_object="KPC railway")
    bridge = _c("Lima port bridge launched", "COOPERATE", "2025-06",
                "The Callao port bridge, whose construction was launched in June 2025, will cost more.",
                [], keywords=("bridge",), named_object="Callao port bridge")
    assert not _joins(bridge, day)
    company = _c("Kenya-Peru-Chile railway", "COOPERATE", "2025-06",
                 "The construction company launched its Kenya-Peru-Chile railway bid in June 2025.", [],
                 keywords=("railway",), named_object="Kenya-Peru-Chile railway")
    assert "construction start" not in _profile(company).cues


# --- 5. one chairmanship taken over ------------------------------------------------------------------------


APEC = actor("Andean Economic Forum", "organisation")


def test_one_chairmanship_taken_over_told_twice_with_overlapping_dates() -> None:
    chronology = _c("Chile appointed", "COOPERATE", "2024-11-15/2024-11-16",
                    "**15-16 November 2024** — At the AEF summit in Lima, Chile takes over the chairmanship of the "
                    "organisation for 2024-2025.", [CL, LIMA], keywords=("appoint",))
    speech = _c("Andean Economic Forum bought Lima", "COOPERATE", "2024-11",
                "Boluarte congratulated Chile on its chairmanship of the AEF, which it took over in Lima last "
                "November.", [APEC], keywords=("bought", "lima"), named_object="Lima")
    assert "chair taken" in _profile(chronology).cues and "chair taken" in _profile(speech).cues
    assert _joins(speech, chronology)


def test_two_chairmanships_or_another_states_stay_apart() -> None:
    first = _c("Chile takes over chairmanship", "COOPERATE", "2018-11",
               "In November 2018 Chile took over the chairmanship of the AEF in Lima.", [CL, LIMA],
               keywords=("chairmanship",))
    second = _c("Chile takes over chairmanship", "COOPERATE", "2024-11",
                "In November 2024 Chile took over the chairmanship of the AEF in Lima.", [CL, LIMA],
                keywords=("chairmanship",))
    assert not _joins(second, first)
    colombia = _c("Colombia takes over chairmanship", "COOPERATE", "2024-11",
                  "In November 2024 Colombia took over the chairmanship of the AEF in Lima.", [CO, LIMA],
                  keywords=("chairmanship",))
    assert not _joins(colombia, second)


# --- 6. a summit announced by its body, reported held by the organisation's name ------------------------------


BODY = actor("AEF Council of Heads of State", "organisation")
BODY_GOV = actor("AEF Council of Heads of Government", "organisation")


def _held() -> Claim:
    return _c("Chile hosts Andean Economic Forum summit", "CONSULT", "2026-08",
              "The project got a push in late August, at the Andean Economic Forum summit that Chile hosted as the "
              "group's chair.", [CL, APEC], keywords=("summit", "host"), mode="multilateral",
              named_object="Andean Economic Forum summit")


def test_a_summit_announced_for_days_joins_the_summit_held_that_month() -> None:
    planned = _c("Chile to host AEF Council of Heads of State", "CONSULT", "2026-08-20/2026-08-21",
                 "Tomorrow Ruto will take part in the meeting of the AEF Council of Heads of State, which will be "
                 "held in Santiago on 20-21 August under the chairmanship of Chile.", [RUTO, BODY, CL],
                 keywords=("council", "head", "state", "meet"), mode="multilateral", status="planned")
    assert _joins(planned, _held())
    assert _joins(_held(), planned)


def test_the_heads_of_government_council_and_a_planned_visit_stay_apart() -> None:
    government = _c("AEF Council of Heads of Government meets", "CONSULT", "2026-08-20/2026-08-21",
                    "The AEF Council of Heads of Government will meet in Santiago on 20-21 August.", [BODY_GOV, CL],
                    keywords=("council", "head", "government", "meet"), mode="multilateral", status="planned")
    assert not _joins(government, _held())
    visit = _c("Ruto to visit Chile", "CONSULT", "2026-08-20",
               "Ruto will visit Chile on 20 August.", [RUTO, KE, CL], keywords=("visit",), mode="visit",
               status="planned")
    assert not _joins(visit, _held())


# --- 7. a meeting and the decision coordinated with it ------------------------------------------------------


def test_met_and_agreed_to_is_one_line() -> None:
    quote = ("Ruto and Boluarte met in Lima in May 2022, at the first in-person summit after the pandemic, and "
             "agreed to align their port plans.")
    assert _met_and_agreed(("CONSULT", None), ("AGREE", None), quote)
    assert _met_and_agreed(("AGREE", None), ("CONSULT", None), "The ministers held talks and agreed that trade "
                           "should double.")
    assert _met_and_agreed(("CONSULT", None), ("AGREE", None), "His last trip to Lima, in May, included a meeting "
                           "with Boluarte at which the two sides agreed to mark the anniversary with new contracts.")


def test_met_and_signed_or_a_partnership_stays_two_lines() -> None:
    assert not _met_and_agreed(("CONSULT", None), ("AGREE", None),
                               "Ruto and Boluarte met in Lima and signed a memorandum on ports.")
    assert not _met_and_agreed(("CONSULT", None), ("AGREE", None),
                               "Ruto and Boluarte met in Lima on Monday, and on Tuesday their ministers agreed to "
                               "align port plans.")
    assert not _met_and_agreed(("CONSULT", "visit"), ("AGREE", None),
                               "Ruto visited Lima and agreed to align port plans.")
    assert not _met_and_agreed(("CONSULT", None), ("AGREE", None),
                               "Ruto and Boluarte met in Lima; the ministers later agreed to align port plans.")


def test_quote_cues_of_the_session_16_classes() -> None:
    assert "parties reported" in quote_cues("The minister recalled that the two countries had signed the treaty.")
    assert "parties reported" not in quote_cues("The minister signed the treaty in Lima.")
    assert "chair taken" in quote_cues("Peru assumed the rotating presidency of the bloc in January.")
    assert "chair taken" not in quote_cues("Peru chaired the meeting in January.")


# --- 8. one loan told as agreed and as given ---------------------------------------------------------------------


BANK = actor("Andean Development Bank", "organisation")


def test_one_loan_agreed_and_lent_is_one_event() -> None:
    agreed = _c("Andean Development Bank–Peru reach agreement", "AGREE", "2019-06",
                "In June, the Andean Development Bank agreed to lend Peru $2 billion to build the Callao terminal.",
                [BANK, PE], keywords=("agree",))
    lent = _c("Andean Development Bank provides aid", "AID", "2019",
              "The Andean Development Bank lent USD 2 billion in 2019 for the Callao terminal.", [BANK],
              keywords=("aid", "provid"))
    assert "loan" in _profile(agreed).cues and "loan" in _profile(lent).cues
    assert _joins(agreed, lent)
    assert _joins(lent, agreed)


def test_another_sum_lender_or_year_is_another_loan() -> None:
    agreed = _c("Andean Development Bank–Peru reach agreement", "AGREE", "2019-06",
                "In June, the Andean Development Bank agreed to lend Peru $2 billion.", [BANK, PE],
                keywords=("agree",))
    other_sum = _c("Andean Development Bank provides aid", "AID", "2019",
                   "The Andean Development Bank lent USD 500 million in 2019.", [BANK], keywords=("aid",))
    assert not _joins(agreed, other_sum)
    other_lender = _c("Pacific Bank provides aid", "AID", "2019", "The Pacific Bank lent USD 2 billion in 2019.",
                      [actor("Pacific Bank", "organisation")], keywords=("aid",))
    assert not _joins(agreed, other_lender)
    later = _c("Andean Development Bank provides aid", "AID", "2021",
               "The Andean Development Bank lent USD 2 billion in 2021.", [BANK], keywords=("aid",))
    assert not _joins(agreed, later)


# --- 9. one start of construction by the same states, one side without a name -----------------------------


def test_a_construction_start_of_the_same_states_and_kind_joins_without_a_name() -> None:
    day = _c("Peru and Chile began building a railway", "COOPERATE", "2025-06-13",
             "LIMA (AFP) — Kenya, Peru and Chile on Friday began building a railway across the Andes.",
             [KE, PE, CL], keywords=("build", "railway"))
    month = _c("Kenya, Peru and Chile construction starts", "COOPERATE", "2025-06",
               "The Kenya–Peru–Chile railway, whose construction began in June last year, is being built under "
               "the agreement signed in Lima.", [KE, PE, CL], keywords=("construction", "start"))
    assert _joins(month, day)
    assert _joins(day, month)


def test_a_section_another_kind_or_other_states_stay_apart() -> None:
    day = _c("Peru and Chile began building a railway", "COOPERATE", "2025-06-13",
             "Kenya, Peru and Chile on Friday began building a railway across the Andes.", [KE, PE, CL],
             keywords=("build", "railway"))
    section = _c("Peru section construction starts", "COOPERATE", "2025-06",
                 "Construction of the Peruvian section of the railway began in June.", [KE, PE, CL],
                 keywords=("construction", "start"))
    assert not _joins(section, day)
    plant = _c("Kenya, Peru and Chile construction starts", "COOPERATE", "2025-06",
               "Construction of a solar plant by Kenya, Peru and Chile began in June.", [KE, PE, CL],
               keywords=("construction", "start"))
    assert not _joins(plant, day)
    pair = _c("Peru and Chile construction starts", "COOPERATE", "2025-06",
              "Construction of the Peru–Chile railway began in June.", [PE, CL], keywords=("construction", "start"))
    assert not _joins(pair, day)
