"""Round 13 (session 11): the fallback's reach - acts beside a figure, membership copulas, dated insets,
attributed plans of a service. Every sentence here is written for the test (none comes from a gold file)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.actors import ActorDictionary
from timeline.extract.dates import tag_dates
from timeline.extract.fallback import inset_claims, member_claims, sentence_claim
from timeline.extract.pipeline import extract
from timeline.extract.types import Claim, Sentence
from timeline.ingest.reader import read_text

PUBLISHED = dt.date(2025, 6, 10)


def _sent(text: str) -> tuple[Sentence, list]:
    return Sentence(0, len(text), text, 0), tag_dates(text, reference=PUBLISHED)


def claim_of(text: str) -> Claim | None:
    sent, dates = _sent(text)
    return sentence_claim(text, sent, dates, ActorDictionary.default(), PUBLISHED)


def article_claims(body: str) -> list[Claim]:
    text = "Analysis\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round13fb.txt"), published=PUBLISHED)).claims


# --- acts beside a figure: the figure stays an observation, the act gives a claim ---------------------------

@pytest.mark.parametrize(
    ("body", "rule", "date"),
    [
        ("In March 2011 the Asian Development Bank agreed a 2 billion dollar credit line with Uzbekneftegaz.",
         "fallback.agree", "2011-03"),
        ("Kazakhstan's Kazakhstan Temir Zholy bought a combined 51 per cent stake in the Poti terminal in 2016.",
         "fallback.buy", "2016"),
    ],
)
def test_a_transaction_beside_its_figure_gives_a_claim(body: str, rule: str, date: str) -> None:
    # the fallback's rule, or a cue of the same act when the cue vocabulary covers it (stakes bought: session 11)
    found = [c for c in article_claims(body) if c.rule == rule or not c.rule.startswith("fallback.")]
    assert [c.date.value for c in found] == [date], [(c.rule, c.date.value) for c in article_claims(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Kazakhstan exported 2.1 million tonnes of wheat to China in 2023.",
        "In 2022 China invested 3 billion dollars in Uzbekistan's energy sector.",
    ],
)
def test_a_figure_sentence_without_a_transaction_stays_an_observation(body: str) -> None:
    assert not [c for c in article_claims(body) if c.rule.startswith("fallback.")]


def test_agreed_lemma_is_agree() -> None:
    c = claim_of("In May 2019 Mongolia and China agreed a new border crossing regime.")
    assert c is not None and c.rule == "fallback.agree" and c.event_type == "AGREE"
    c = claim_of("On 4 May 2021 Mongolia and China agreed to develop a comprehensive strategic partnership.")
    assert c is not None and c.rule == "fallback.agree"


def test_agreeing_to_expand_cooperation_is_no_agreement() -> None:
    assert claim_of("Mongolia and China agreed in May 2019 to expand cooperation in mining.") is None


# --- membership copulas --------------------------------------------------------------------------------------

def _members(text: str) -> list[Claim]:
    sent, dates = _sent(text)
    return member_claims(text, sent, dates, ActorDictionary.default())


def test_founding_members_of_two_bodies_give_two_claims() -> None:
    found = _members("Russia and Kyrgyzstan were founding members of the Collective Security Treaty Organization in "
                     "May 2002 and of the Eurasian Economic Union in 2015.")
    assert [(c.date.value, c.event_type, c.named_object) for c in found] == [
        ("2002-05", "AGREE", "Collective Security Treaty Organization"),
        ("2015", "AGREE", "Eurasian Economic Union"),
    ]
    assert {"Russia", "Kyrgyzstan"} <= {a.name for a in found[0].actors}


def test_became_a_member_is_joining() -> None:
    found = _members("Uzbekistan became a member of the Organization of Turkic States in October 2019.")
    assert [(c.date.value, c.event_type, c.rule) for c in found] == [("2019-10", "COOPERATE", "fallback.member")]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan is a founding member of the Shanghai Cooperation Organisation.",
        "Kyrgyzstan has been a member of the World Trade Organization since 1998.",
        "Turkmenistan was never a member of the Collective Security Treaty Organization in 1992.",
        "Both were members of the Commonwealth of Independent States.",
        "Kazakhstan was a member of the Commonwealth of Independent States in 1995.",  # a state, not joining
    ],
)
def test_no_membership_claim_for_states_bounds_or_negations(text: str) -> None:
    assert _members(text) == []


# --- insets with their own date --------------------------------------------------------------------------------

def _insets(text: str) -> list[Claim]:
    sent, dates = _sent(text)
    return inset_claims(text, sent, dates, ActorDictionary.default())


@pytest.mark.parametrize(
    ("text", "date", "rule"),
    [
        ("Tbilisi also hosts the Confucius Institute at Tbilisi State University, established in 2010, and two "
         "classrooms.", "2010", "fallback.inset.establish"),
        ("The Port of Baku, which opened at Alat in 2018, is being expanded to 25 million tonnes.", "2018",
         "fallback.inset.open"),
        ("The Export-Import Bank of China, which opened a Tashkent office in May 2023, now funds six projects.",
         "2023-05", "fallback.inset.open"),
    ],
)
def test_a_dated_inset_gives_its_nouns_act(text: str, date: str, rule: str) -> None:
    found = _insets(text)
    assert [(c.date.value, c.rule) for c in found] == [(date, rule)]
    assert found[0].status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "The plant, commissioned by a local firm, makes cement.",  # no date of its own
        "The new terminal, which has operated since 2019, handles grain.",  # a bound, not an act
        "Our office, opened in 2015, could have been bigger.",  # no named noun before the comma
        "The railway, which will be completed in 2027, links the two ports.",  # a plan, not a told act
    ],
)
def test_no_inset_claim_without_own_date_name_or_past_act(text: str) -> None:
    assert _insets(text) == []


# --- attribution over a plan of a service ---------------------------------------------------------------------

def test_said_over_a_scheduled_service_is_a_reported_plan() -> None:
    c = claim_of("Georgian Railway also said a trial container train from Poti to Xi'an is scheduled to depart on "
                 "June 28.")
    assert c is not None and c.status == "planned" and c.date.value == "2025-06-28"
    assert c.rule == "fallback.plan.depart"


@pytest.mark.parametrize(
    "text",
    [
        "Georgian Railway said it hopes a trial train will depart for Xi'an on June 28.",
        "Georgian Railway said the minister is scheduled to depart for Beijing on June 28.",
        "Georgia's foreign minister is scheduled to depart for Beijing on June 28.",
    ],
)
def test_opinions_and_travellers_legs_stay_guarded(text: str) -> None:
    assert claim_of(text) is None


# --- a later coordinated clause with its own date, in a sentence the cues took -----------------------------------

def test_a_dated_passive_clause_after_a_signing_gives_its_own_claim() -> None:
    found = article_claims("The Kyrgyz-Chinese border was settled in stages. A border treaty between Kyrgyzstan and "
                           "China was signed in July 1996; further protocols followed, and demarcation was completed "
                           "six years later.")
    # the fallback's clause rule, or the cue of completed demarcations (session 11) where it covers the clause
    done = [c for c in found if c.rule in {"fallback.passive.complete", "cooperate.complete"}]
    assert [c.date.value for c in done] == ["2002"]
    assert {"Kyrgyzstan", "China"} <= {a.name for a in done[0].actors}


@pytest.mark.parametrize(
    "body",
    [
        # the clause's date is the one the signing took
        "Kyrgyzstan and China signed a border treaty, and it was ratified in July 1996.",
        # no date of its own
        "Kyrgyzstan and China signed a border treaty in July 1996, and demarcation was completed later.",
    ],
)
def test_no_clause_claim_without_an_own_unused_date(body: str) -> None:
    assert not [c for c in article_claims(body) if c.rule.startswith("fallback.passive")]


def test_a_signing_inset_names_its_document() -> None:
    text = "The agreement on visa-free travel, which was signed in Tashkent in May 2024, covers ordinary passports."
    sent, dates = _sent(text)
    found = inset_claims(text, sent, dates, ActorDictionary.default(), pair=None)
    assert found == []  # no party named and no article pair to fall back on
    dictionary = ActorDictionary.default()
    pair_mentions = dictionary.find("Uzbekistan and China", 0, 20)
    found = inset_claims(text, sent, dates, dictionary, pair=(pair_mentions[0], pair_mentions[1]))
    assert [(c.event_type, c.date.value, c.rule) for c in found] == [("AGREE", "2024-05", "fallback.inset.sign")]


@pytest.mark.parametrize(
    "text",
    [
        "Huawei, founded in 1987, opened an office in Tashkent last year.",  # a company's birth: background
        "The company, which signed a contract in 2019, builds roads.",  # a signing inset without its document
    ],
)
def test_no_inset_claim_for_a_companys_birth_or_a_documentless_signing(text: str) -> None:
    assert _insets(text) == []
