"""Session 11 (actors): who is *not* a party (the setting of a temporal phrase, a commentator of a retold event,
the senders of anniversary messages) and plain group references ("the heads of state") resolved to the pair."""

from __future__ import annotations

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

KZ_UZ = ("Kazakhstan and Uzbekistan signed a border treaty in 2001. Uzbek firms trade with Kazakhstan, and Astana "
         "wants more trade with Uzbekistan.\n\n")
GE_CN = ("Georgia signed a free trade agreement with China. Tbilisi hopes investors from China will come to "
         "Georgia.\n\n")


def _claims(lead: str, body: str, published: str = "2025-06-01") -> list[tuple[str, set[str]]]:
    art = read_text(f"---\npublished: {published}\n---\n" + lead + body, "s11.md")
    return [(c.rule, {a.name for a in c.actors if a.role != "location"}) for c in extract(art).claims
            if c.quote and c.quote in body]


# --------------------------------------------------------------------------- the setting of a temporal phrase


def test_dissolved_state_of_a_temporal_phrase_is_no_party() -> None:
    found = _claims("", "Kyrgyzstan established diplomatic relations with Tajikistan in 1992, after the "
                        "dissolution of the USSR.")
    assert found and found[0][1] == {"Kyrgyzstan", "Tajikistan"}


def test_collapse_before_the_clause_is_no_party() -> None:
    found = _claims("", "Since the collapse of the Soviet Union, Turkmenistan has signed a gas agreement with "
                        "China in 2007.")
    assert found and "Soviet Union" not in found[0][1] and {"Turkmenistan", "China"} <= found[0][1]


def test_recognition_after_collapse_keeps_only_the_recogniser() -> None:
    """The collapsed state is no party; the recognised state is the recipient (session 15)."""
    found = _claims("", "Turkey recognised Georgia's independence on 16 December 1991, following the break-up "
                        "of the Soviet Union.")
    assert found and found[0][1] == {"Turkey", "Georgia"}


def test_state_named_as_a_party_stays() -> None:
    """No temporal phrase: the Soviet Union is a party of its own treaty."""
    found = _claims("", "Mongolia and the Soviet Union signed a treaty of friendship in January 1966.")
    assert found and {"Mongolia", "Soviet Union"} <= found[0][1]


# --------------------------------------------------------------------------- anniversary messages


def test_senders_of_anniversary_messages_are_no_parties_of_the_original_event() -> None:
    body = ("On 5 January 2023 President Sadyr Japarov and President Emomali Rahmon exchanged congratulatory "
            "messages on the 30th anniversary of the establishment of diplomatic relations between Kyrgyzstan "
            "and Tajikistan.")
    found = dict(_claims("", body))
    original = [actors for rule, actors in found.items() if rule.endswith("+anniversary")]
    assert original and original[0] == {"Kyrgyzstan", "Tajikistan"}
    messages = [actors for rule, actors in found.items() if rule.startswith("consult.message")]
    assert messages and {"Sadyr Japarov", "Emomali Rahmon"} <= messages[0]


def test_anniversary_without_named_states_takes_the_senders_states() -> None:
    body = ("On 3 January 2022 Shavkat Mirziyoyev and Kassym-Jomart Tokayev exchanged messages on the 30th "
            "anniversary of the establishment of diplomatic relations between the two countries.")
    original = [actors for rule, actors in _claims("", body) if rule.endswith("+anniversary")]
    assert original and original[0] == {"Uzbekistan", "Kazakhstan"}


# --------------------------------------------------------------------------- a comment on a retold event


def test_commentator_of_a_since_clause_is_no_party() -> None:
    body = ("Minister Saidov noted that trade between the two countries had doubled since the heads of state "
            "signed the treaty on allied relations in Tashkent in December 2022.")
    found = _claims(KZ_UZ, body)
    assert found
    assert "Bakhtiyor Saidov" not in found[0][1]
    assert {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= found[0][1]


def test_parties_before_a_later_since_clause_stay() -> None:
    """The temporal clause comes after the cue: the reported act keeps its own subject and partner."""
    body = ("Minister Saidov said that Uzbekistan signed a transit agreement with Kazakhstan on 5 March 2024, "
            "since freight had doubled.")
    found = _claims(KZ_UZ, body)
    assert found and {"Uzbekistan", "Kazakhstan"} <= found[0][1]


# --------------------------------------------------------------------------- plain group references


def test_the_heads_of_state_of_a_bilateral_story_are_the_pairs_presidents() -> None:
    found = _claims(KZ_UZ, "The heads of state signed a treaty on allied relations in Tashkent on 22 December 2022.")
    assert found and {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= found[0][1]


def test_the_foreign_ministers_of_the_two_countries() -> None:
    found = _claims(KZ_UZ, "The foreign ministers of the two countries met in Tashkent on 5 March 2024.")
    assert found and {"Murat Nurtleu", "Bakhtiyor Saidov"} <= found[0][1]


def test_heads_of_state_with_a_third_state_are_not_the_pair() -> None:
    found = _claims(KZ_UZ, "The heads of state of Kazakhstan, Uzbekistan and Turkmenistan met in Tashkent on "
                           "5 March 2024.")
    assert found and not {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= found[0][1]


def test_presidents_at_a_summit_are_not_the_pair() -> None:
    found = _claims(KZ_UZ, "At the fourth summit, in Aktau on 12 August 2018, the presidents agreed on the "
                           "status of the sea.")
    assert not any({"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= actors for _rule, actors in found)


# --------------------------------------------------------------------------- a reported act with its own subject


def test_speaker_of_a_reported_act_with_its_own_subject_is_no_party() -> None:
    body = ("Mirziyoyev said that in May 2023, President Tokayev and President Japarov signed a treaty on the "
            "junction point of the borders.")
    found = _claims("", body)
    assert found and "Shavkat Mirziyoyev" not in found[0][1]
    assert {"Kassym-Jomart Tokayev", "Sadyr Japarov"} <= found[0][1]


def test_speaker_who_is_the_subject_keeps_the_act() -> None:
    """No named subject between the verb of saying and the cue: the act stays the speaker's."""
    found = _claims("", "President Sadyr Japarov signed the decree on 5 April 2024, he said.")
    assert found and "Sadyr Japarov" in found[0][1]


# --------------------------------------------------------------------------- visitor and host


def test_a_person_of_the_host_state_is_no_visitor() -> None:
    lead = ("President Kassym-Jomart Tokayev received Chinese Foreign Minister Wang Yi in Astana on 10 March 2026. "
            "Wang Yi conveyed greetings from President Xi Jinping. Kazakhstan and China are close partners.\n\n")
    body = ("The head of state noted that ties between Kazakhstan and China had deepened after his state visit "
            "to China in May 2023.")
    art = read_text("---\npublished: 2026-03-10\n---\n" + lead + body, "s11.md")
    visits = [c for c in extract(art).claims if c.quote and c.quote in body and c.rule.startswith("consult.visit")]
    assert visits
    assert not any(a.name == "Xi Jinping" and a.role == "actor" for a in visits[0].actors)
    assert "Xi Jinping" not in visits[0].title


def test_a_named_host_stays_as_recipient() -> None:
    body = "On 4 July 2005 Hu Jintao, on a state visit to Astana, and Nursultan Nazarbayev announced a partnership."
    art = read_text("---\npublished: 2005-07-05\n---\n" + body, "s11.md")
    visits = [c for c in extract(art).claims if c.rule.startswith("consult.visit")]
    assert visits
    roles = {a.name: a.role for a in visits[0].actors}
    assert roles.get("Hu Jintao") == "actor" and roles.get("Nursultan Nazarbayev") in {"recipient", None}


# --------------------------------------------------------------------------- dateline, origin, host places


def test_dateline_city_is_neither_party_nor_place() -> None:
    body = ("TASHKENT, March 4 (UzA) - Kyrgyz Railways and Kazakhstan Temir Zholy signed a freight agreement in "
            "Almaty on Monday.")
    art = read_text("---\npublished: 2025-03-04\n---\n" + body, "s11.md")
    claims = [c for c in extract(art).claims if c.rule.startswith("agree")]
    assert claims
    assert "Tashkent" not in {a.name for a in claims[0].actors}
    assert "Almaty" in {a.name for a in claims[0].actors}


def test_mixed_case_dateline_is_no_place_either() -> None:
    body = "Baku, 3 May (AZERTAC) — Uzbekistan Airways launched a route to Guangzhou on Friday."
    art = read_text("---\npublished: 2025-05-03\n---\n" + body, "s11.md")
    assert all("Baku" not in {a.name for a in c.actors} for c in extract(art).claims)


def test_a_city_starting_a_sentence_is_still_a_place() -> None:
    body = "Tashkent hosted the talks on 4 March 2025, where Uzbekistan and Kyrgyzstan signed a border protocol."
    art = read_text("---\npublished: 2025-03-05\n---\n" + body, "s11.md")
    claims = [c for c in extract(art).claims if c.rule.startswith("agree")]
    assert claims and {"Uzbekistan", "Kyrgyzstan"} <= {a.name for a in claims[0].actors}


def test_country_of_manufacture_is_no_party() -> None:
    body = "On 3 June 2024 Uzbekistan Railways launched a passenger service with trains built in Spain."
    art = read_text("---\npublished: 2024-06-04\n---\n" + body, "s11.md")
    claims = extract(art).claims
    assert claims and all("Spain" not in {a.name for a in c.actors} for c in claims)


def test_event_without_parties_takes_the_state_of_its_place() -> None:
    found = _claims("", "The summit was held in Ashgabat on 12 May 2025.")
    assert found and "Turkmenistan" in found[0][1]


def test_place_state_not_added_when_parties_are_named() -> None:
    found = _claims("", "Kazakhstan and Uzbekistan signed a water agreement in Moscow on 12 May 2025.")
    assert found and "Russia" not in found[0][1]
