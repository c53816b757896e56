"""Session 12 (actors): third-person pronouns and possessives in the cue's own slot take up the named person
("on Monday he spoke", "his own first state visit", "his son's state visit", "the president received him")."""

from __future__ import annotations

from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text


def _claims(body: str, published: str = "2025-06-01") -> list[tuple[str, str, set[str]]]:
    art = read_text(f"---\npublished: {published}\n---\n" + body, "s12.md")
    return [(c.rule, c.quote, {a.name for a in c.actors if a.role != "location" and a.kind == "person"})
            for c in extract(art).claims]


def _people_of(body: str, rule_part: str, quote_part: str = "") -> set[str]:
    found = [p for r, q, p in _claims(body) if rule_part in r and quote_part in q]
    assert found, _claims(body)
    return found[0]


def test_subject_pronoun_is_the_previous_sentences_subject_not_the_object() -> None:
    body = ("President Kassym-Jomart Tokayev returned from the summit in Astana this week. On Tuesday he sat down "
            "with Vladimir Putin for two hours.\n")
    assert _people_of(body, "meeting") == {"Kassym-Jomart Tokayev", "Vladimir Putin"}


def test_second_subject_pronoun_of_the_sentence_is_not_the_first_clauses_object() -> None:
    body = ("President Shavkat Mirziyoyev flew to Moscow this week. On Monday he met Vladimir Putin in the Kremlin, "
            "and on Tuesday he spoke at the plenary session of the forum.\n")
    people = [p for r, q, p in _claims(body) if "address" in r or "speech" in r or "spoke" in r]
    if people:  # the address claim (if the cue reads it) is Mirziyoyev's, not Putin's
        assert "Vladimir Putin" not in people[0]


def test_object_pronoun_is_the_person_of_the_previous_sentence() -> None:
    body = ("Foreign Minister Wang Yi, President Xi's envoy, attends the forum in Tashkent on 5 May 2024. "
            "Mirziyoyev receives him on 6 May 2024.\n")
    assert _people_of(body, "receive") == {"Shavkat Mirziyoyev", "Wang Yi"}


def test_own_possessive_is_not_the_possessor_named_before() -> None:
    body = ("President Emomali Rahmon met the Chinese delegation in Dushanbe. Rahmon recalled that Xi Jinping's "
            "first state visit to Tajikistan in 2014 and his own state visit to China in May 2017 opened a new "
            "stage.\n")
    visits = [(q, p) for r, q, p in _claims(body) if "visit" in r and "recalled" in q]
    assert len(visits) == 2
    assert "Xi Jinping" in visits[0][1]
    assert visits[1][1] == {"Emomali Rahmon"}


def test_his_sons_visit_is_the_other_dictionary_person_of_the_surname_in_office() -> None:
    body = ("Azerbaijan and Russia established relations in 1992. Heydar Aliyev's visit to Moscow in 1997 "
            "produced a friendship treaty, and his son's first state visit, in 2004, opened a new stage.\n")
    visits = [p for r, q, p in _claims(body) if "visit" in r]
    assert {"Ilham Aliyev"} in visits


def test_possessive_talks_take_up_the_subject_of_the_previous_sentence() -> None:
    body = ("President Sadyr Japarov spent three days in China in May. His talks with Xi Jinping in Beijing on 17 May "
            "were "
            "described as a turning point.\n")
    assert {"Sadyr Japarov", "Xi Jinping"} <= _people_of(body, "meeting")


# ----------------------------------------------------------------------------------------------------- negatives


def test_pronoun_after_the_named_subject_adds_nobody() -> None:
    body = "Tokayev said on 3 March 2024 that he met Xi Jinping in Beijing.\n"
    for _r, _q, p in _claims(body):
        assert p <= {"Kassym-Jomart Tokayev", "Xi Jinping"}


def test_pronoun_without_a_person_in_the_paragraph_stays_unresolved() -> None:
    body = "The summit ended late.\n\nOn Sunday he met Vladimir Putin in Sochi.\n"
    assert _people_of(body, "meet") == {"Vladimir Putin"}


def test_no_antecedent_across_a_heading() -> None:
    body = "President Ilham Aliyev opened the forum in Baku.\n\n## Trade\n\nOn 3 May 2024 he met Vladimir Putin.\n"
    people = [p for r, q, p in _claims(body) if "Putin" in q]
    assert people and "Ilham Aliyev" not in people[0]


def test_object_pronoun_is_not_the_receiving_subject() -> None:
    body = "Mirziyoyev spoke at the forum in Samarkand. Xi Jinping received him on 15 September 2022.\n"
    assert _people_of(body, "receive") == {"Xi Jinping", "Shavkat Mirziyoyev"}
    body = "Xi Jinping spoke at the forum in Samarkand. Xi Jinping received him on 15 September 2022.\n"
    assert _people_of(body, "receive") == {"Xi Jinping"}


# ------------------------------------------------------------- parties leaking from a neighbouring clause or list

KZ_RU = "Kazakhstan and Russia are neighbours. Kazakhstan and Russia signed many agreements.\n\n"


def _parties(body: str, rule_part: str, quote_part: str = "", lead: str = KZ_RU) -> set[str]:
    art = read_text("---\npublished: 2025-06-01\n---\n" + lead + body, "s12.md")
    found = [{a.name for a in c.actors if a.role != "location"} for c in extract(art).claims
             if rule_part in c.rule and quote_part in c.quote and c.quote in body]
    assert found, [(c.rule, c.quote) for c in extract(art).claims]
    return found[0]


def test_they_of_a_coordinated_clause_is_the_first_clauses_group_not_the_organisation() -> None:
    body = ("The two presidents met again at the Dushanbe summit of the Collective Security Treaty Organization "
            "last autumn, and in February they spoke by telephone.\n")
    parties = _parties(body, "phone")
    assert "Collective Security Treaty Organization" not in parties
    assert {"Kassym-Jomart Tokayev", "Vladimir Putin"} <= parties


def test_they_of_a_coordinated_clause_takes_the_named_people() -> None:
    body = ("Tokayev and Putin opened the forum in Orenburg on 8 November 2024, and on 9 November they toured "
            "the exhibition of the Eurasian Economic Union.\n")
    art = read_text("---\npublished: 2025-06-01\n---\n" + KZ_RU + body, "s12.md")
    for c in extract(art).claims:
        if c.quote in body and "toured" in c.quote and c.date and c.date.value == "2024-11-09":
            assert "Eurasian Economic Union" not in {a.name for a in c.actors}


def test_whose_after_a_coordination_takes_both_states() -> None:
    body = "This week we look at Georgia and Turkey, whose energy ministers met in Tbilisi on 4 March 2025.\n"
    assert {"Georgia", "Turkey"} <= _parties(body, "meeting", lead="")


def test_whose_after_a_single_name_keeps_only_it() -> None:
    body = ("Georgia praised Turkey, whose foreign minister met Irakli Kobakhidze in Tbilisi on 4 March 2025.\n")
    assert "Georgia" not in _parties(body, "meet", lead="")


def test_second_that_clause_has_no_parties_of_the_first() -> None:
    body = ("The presidents agreed that Foreign Minister Murat Nurtleu will visit Moscow in the first quarter of "
            "2025, and that the next meeting of the intergovernmental commission will be held in Astana in the "
            "spring of 2025.\n")
    art = read_text("---\npublished: 2025-01-10\n---\n" + KZ_RU + body, "s12.md")
    held = [c for c in extract(art).claims if c.quote in body and ("held" in c.rule or "takes_place" in c.rule)]
    for c in held:
        assert "Murat Nurtleu" not in {a.name for a in c.actors}


def test_reporting_group_is_no_party_of_the_reported_visit() -> None:
    body = ("The heads of state agreed that Foreign Minister Murat Nurtleu will visit Moscow in the first quarter "
            "of 2025.\n")
    art = read_text("---\npublished: 2025-01-10\n---\n" + KZ_RU + body, "s12.md")
    visits = [c for c in extract(art).claims if c.quote in body and c.mode == "visit"]
    for c in visits:
        assert {a.name for a in c.actors if a.kind == "person"} <= {"Murat Nurtleu"}


def test_and_that_without_a_reporting_verb_keeps_the_parties() -> None:
    body = "Kazakhstan signed a gas deal with Russia on 3 May 2024, and that deal was ratified on 9 June 2024.\n"
    art = read_text("---\npublished: 2025-01-10\n---\n" + body, "s12.md")
    assert any("Kazakhstan" in {a.name for a in c.actors} for c in extract(art).claims if "2024-06" in (
        c.date.value if c.date else ""))


def test_own_possessive_unresolved_drops_the_contrasted_parties() -> None:
    body = ("The minister recalled that Putin's visit to Armenia in 2013 and his own first visit to Moscow in "
            "2016 opened a new stage.\n")
    art = read_text("---\npublished: 2025-06-01\n---\n" + body, "s12.md")
    later = [c for c in extract(art).claims if c.mode == "visit" and c.date and c.date.value == "2016"]
    for c in later:
        assert "Vladimir Putin" not in {a.name for a in c.actors if a.role == "actor"}
        assert "Armenia" not in {a.name for a in c.actors}


# ------------------------------------------------------------------------- coordinated demonyms before companies


def _found(text: str) -> set[str]:
    import datetime as dt

    from timeline.extract.actors import ActorDictionary

    d = ActorDictionary.default()
    return {a.name for a in d.find(text, 0, len(text), on=dt.date(2025, 4, 23))}


def test_coordinated_demonyms_before_companies_are_the_states() -> None:
    assert _found("Georgian and Turkish companies signed a memorandum.") >= {"Georgia", "Turkey"}
    assert _found("Kazakh, Uzbek and Chinese firms signed contracts.") >= {"Kazakhstan", "Uzbekistan", "China"}
    assert _found("Russian and Armenian energy companies agreed on prices.") >= {"Russia", "Armenia"}
    assert _found("Georgian and Turkish firms have jointly set up a bank.") >= {"Georgia", "Turkey"}


def test_a_single_demonym_before_companies_is_no_state() -> None:
    assert not _found("Chinese companies built the road.") & {"China"}
    assert not _found("Turkish investors and local firms opened a plant.") & {"Turkey"}


def test_coordinated_demonyms_before_other_nouns_are_no_state() -> None:
    assert not _found("Georgian and Turkish wines were on show.") & {"Georgia", "Turkey"}
    assert not _found("Kazakh and Russian students study together.") & {"Kazakhstan", "Russia"}
    assert not _found("Georgian and Turkish firms bid for the contract.") & {"Georgia", "Turkey"}


# --------------------------------------------------------------------- bare "the head of state", "the five leaders"


def test_bare_head_of_state_is_the_nearest_states_head() -> None:
    body = ("Kazakhstan and Russia are neighbours. The Russian head of state arrived in Astana on 27 November 2023. "
            "On 28 November 2023 the head of state met Kassym-Jomart Tokayev.\n")
    assert _people_of(body, "meeting", "28 November") == {"Vladimir Putin", "Kassym-Jomart Tokayev"}


def test_bare_head_of_state_without_a_state_before_stays_unresolved() -> None:
    body = "On 28 November 2023 the head of state met Kassym-Jomart Tokayev.\n"
    assert _people_of(body, "meet") == {"Kassym-Jomart Tokayev"}


def test_the_five_leaders_are_the_heads_of_the_five_states_named_before() -> None:
    body = ("The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan gathered in "
            "Astana. On 14 September 2024 the five leaders adopted a joint statement on water.\n")
    art = read_text("---\npublished: 2025-06-01\n---\n" + body, "s12.md")
    people = [{a.name for a in c.actors if a.kind == "person"} for c in extract(art).claims if "five" in c.quote]
    assert people and len(people[0]) == 5 and "Kassym-Jomart Tokayev" in people[0]


def test_the_five_leaders_after_four_states_stay_unresolved() -> None:
    body = ("The presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan gathered in Astana. On 14 "
            "September 2024 the five leaders adopted a joint statement on water.\n")
    art = read_text("---\npublished: 2025-06-01\n---\n" + body, "s12.md")
    for c in extract(art).claims:
        if "five" in c.quote:
            assert len({a.name for a in c.actors if a.kind == "person"}) != 4
