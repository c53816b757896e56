"""Generic fallback (timeline.extract.fallback): own sentences of several outlets' styles, positive and negative."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.actors import ActorDictionary
from timeline.extract.dates import tag_dates
from timeline.extract.fallback import fallback_claims, guard, sentence_claim
from timeline.extract.types import Article, Claim, Sentence

PUBLISHED = dt.date(2025, 6, 10)


def claim_of(text: str) -> Claim | None:
    dates = tag_dates(text, reference=PUBLISHED)
    return sentence_claim(text, Sentence(0, len(text), text, 0), dates, ActorDictionary.default(), PUBLISHED)


# --- item 1: finite past / planned verb + own date + actor -------------------------------------------------

POSITIVE = [
    # (sentence, type, date, status, rule prefix)
    ("China condemned the attack on the convoy on 3 May 2024.", "ACCUSE", "2024-05-03", "occurred",
     "fallback.condemn"),
    ("Khazar University opened a Confucius classroom in February 2024.", "COOPERATE", "2024-02", "occurred",
     "fallback.open"),
    ("In March 2023, the Asian Infrastructure Investment Bank extended a loan to Georgia.", "COOPERATE", "2023-03",
     "occurred", "fallback.extend"),
    ("Kazakhstan Temir Zholy launched a container service to Xi'an on 4 May 2024.", "COOPERATE", "2024-05-04",
     "occurred", "fallback.launch"),
    ("Uzbekistan Airways will start direct flights to Guangzhou in September.", "COOPERATE", "2025-09", "planned",
     "fallback.plan.start"),
    ("The Georgian Railway is due to complete the new terminal in 2026.", "COOPERATE", "2026", "planned",
     "fallback.plan.complete"),
    ("Turkmenistan plans to host a transport forum in October 2025.", "CONSULT", "2025-10", "planned",
     "fallback.plan.host"),
    ("The first electric locomotives were delivered to Kazakhstan in April 2024.", "COOPERATE", "2024-04",
     "occurred", "fallback.passive.deliver"),
    ("On 12 March 2024 Kazakhstan suspended grain exports to Afghanistan.", "SANCTION", "2024-03-12", "occurred",
     "fallback.suspend"),
]


@pytest.mark.parametrize(("sentence", "etype", "date", "status", "rule"), POSITIVE)
def test_fallback_claims_dated_event_sentences(sentence: str, etype: str, date: str, status: str, rule: str) -> None:
    c = claim_of(sentence)
    assert c is not None, sentence
    assert (c.event_type, c.date.value, c.status) == (etype, date, status)
    assert c.rule == rule
    assert c.actors and c.quote == sentence


def test_title_is_subject_verb_object() -> None:
    c = claim_of("Khazar University opened a Confucius classroom in February 2024.")
    assert c is not None and c.title.startswith("Khazar University opened Confucius classroom")


# --- item 2: cue grammar (historic present of chronology items, copula of presence, modal state) ----------

GRAMMAR = [
    ("2016 — Nursultan Nazarbayev inaugurates the Khorgos dry port.", "present", "2016"),
    ("May 2019: Tbilisi University signs a partnership with Lanzhou University.", "present", "2019-05"),
    ("2022 – Kazakhstan is elected to the UN Human Rights Council.", "present", "2022"),
    ("In October 2023 Prime Minister Garibashvili was in Beijing to attend the Belt and Road Forum.", "presence",
     "2023-10"),
    ("Shavkat Mirziyoyev was among the guests at the Victory Day parade in Moscow on 9 May 2025.", "presence",
     "2025-05-09"),
    ("Since 1 March 2025, citizens of Kazakhstan can stay in China for 30 days without a visa.", "modal",
     "2025-03-01"),
]


@pytest.mark.parametrize(("sentence", "form", "date"), GRAMMAR)
def test_fallback_reads_cue_grammar(sentence: str, form: str, date: str) -> None:
    c = claim_of(sentence)
    assert c is not None, sentence
    assert c.rule.startswith(f"fallback.{form}.")
    assert c.date.value == date and c.status == "occurred"


def test_presence_at_a_gathering_is_attendance() -> None:
    c = claim_of("Shavkat Mirziyoyev was among the guests at the Victory Day parade in Moscow on 9 May 2025.")
    assert c is not None and c.event_type == "CONSULT" and "attended" in c.title


# --- guards, by category -------------------------------------------------------------------------------------

NEGATIVE = [
    # statistics and figures
    ("Trade between Kazakhstan and China rose to $44 billion in 2024.", "statistic"),
    ("Georgia's exports to China grew by 12% in the first quarter of 2025.", "statistic"),
    ("Container traffic through Aktau reached 95,000 TEU in 2024.", "statistic"),
    ("China's share of Kyrgyzstan's imports was 38% in 2023.", "statistic"),
    # reported opinions, wishes, questions, conditionals, modals
    ("Tokayev said in January 2025 that China was a reliable partner.", "opinion"),
    ("Analysts believe Turkmenistan will expand gas sales to China in 2026.", "opinion"),
    ("Will Kazakhstan join the BRICS bank in 2026?", "opinion"),
    ("If Georgia finishes the Anaklia port in 2027, cargo could shift north.", "hypothetical"),
    ("Uzbekistan could sign a free trade deal with China in 2026.", "hypothetical"),
    # speech acts of blame and alarm (statements, never COOPERATE)
    ("Kyrgyzstan's president fired a warning at mining companies on 4 March 2025.", "opinion"),
    ("The Kazakh president slammed the tariff decision in April 2024.", "opinion"),
    ("Opposition deputies in Tbilisi lashed out at the government on 12 May 2024.", "opinion"),
    ("Georgia's prime minister sounded the alarm over the Anaklia project in 2023.", "opinion"),
    # generic / habitual
    ("Kazakhstan usually hosts the Astana International Forum every year in June.", "habitual"),
    # background states
    ("China has been Turkmenistan's largest gas buyer since 2011.", "background"),
    ("Kazakhstan is one of the founding members of the SCO, created in 2001.", "background"),
    # anniversaries
    ("In 2022 Kazakhstan and China marked 30 years of diplomatic relations.", "anniversary"),
    # procedural steps and ceremonial occasions
    ("The Georgian ministry will announce a tender for the Poti terminal in March 2026.", "procedure"),
    ("Uzbekistan launched a review of the mining licences in 2024.", "procedure"),
    ("The regulator opened an investigation into the airline on 3 June 2025.", "procedure"),
    ("On 12 May 2023 the Kyrgyz president gave a banquet in honour of the heads of delegation.", "procedure"),
    ("The mayor hosted a reception for all summit participants on 2 July 2024.", "procedure"),
    # negations
    ("Turkmenistan did not attend the summit in Xi'an in May 2023.", "negation"),
    ("Kyrgyzstan has yet to ratify the railway agreement signed in 2022.", "negation"),
]


@pytest.mark.parametrize(("sentence", "category"), NEGATIVE)
def test_guards_block_non_events_by_category(sentence: str, category: str) -> None:
    assert guard(sentence) == category
    assert claim_of(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan opened a consulate in Urumqi.",  # no date of its own
        "The terminal opened in May 2024.",  # no actor
        "Exports of the plant were boosted in 2023.",  # no actor
        "Chinese investors in Kazakhstan since 2015 include many banks.",  # bound only, no past verb
        "Kazakhstan Temir Zholy launched a container service to Xi'an in 2030.",  # past verb, future date
    ],
)
def test_no_claim_without_date_actor_or_verb(sentence: str) -> None:
    assert claim_of(sentence) is None


# --- pipeline: only sentences no cue and no observation read ------------------------------------------------

def test_fallback_skips_sentences_with_claims() -> None:
    text = "Khazar University opened a Confucius classroom in February 2024."
    art = Article(uri="t", text=text, content_hash="x", published=PUBLISHED, body_spans=[(0, len(text))])
    sent = Sentence(0, len(text), text, 0)
    dates = tag_dates(text, reference=PUBLISHED)
    existing = claim_of(text)
    assert existing is not None
    assert fallback_claims(art, [sent], dates, ActorDictionary.default(), [existing]) == []
    assert len(fallback_claims(art, [sent], dates, ActorDictionary.default(), [])) == 1


def test_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.extract import fallback

    monkeypatch.delenv("TIMELINE_FALLBACK", raising=False)
    assert fallback.enabled()  # on by default since session 10
    monkeypatch.setenv("TIMELINE_FALLBACK", "0")
    assert not fallback.enabled()
    monkeypatch.setenv("TIMELINE_FALLBACK", "1")
    assert fallback.enabled()


# --- shapes that look like events but are not the main clause's dated act --------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "The Confucius classroom at Khazar University, established in 2012, trains about 300 students.",
        "Heydar Aliyev, the veteran leader who returned to power in 1993, valued that distance.",
        "Chinese firms built many of Tajikistan's roads in the 2010s.",
        "Last year 40 Kyrgyz students received Chinese government scholarships.",
        "Turkmenistan's neutrality, recognised by the UN General Assembly in December 1995, kept it out of blocs.",
        "I visited Tashkent in May 2024 with a group of Chinese engineers.",
        "Georgia's opposition vowed on Sunday to continue the protests.",
        "Russia's invasion of Ukraine in 2022 turned the Middle Corridor into a necessity for Kazakhstan.",
        "This week: Kazakhstan's new transit rules and what Beijing makes of them.",
        "Tajikistan joined the CSTO a few weeks after Kyrgyzstan signed the treaty in May 2002, observers said.",
    ],
)
def test_no_claim_for_participles_relatives_periods_and_narrators(sentence: str) -> None:
    assert claim_of(sentence) is None


def test_modal_state_titles_the_regime() -> None:
    c = claim_of("Since January 2024, Uzbek citizens can enter Kazakhstan with only an ID card.")
    assert c is not None and c.rule == "fallback.modal.enter" and c.date.value == "2024-01"
    assert "can enter Kazakhstan" in c.title and c.event_type == "COOPERATE"


@pytest.mark.parametrize(
    ("sentence", "rule", "date"),
    [
        ("Kyrgyzstan Airlines will add a third weekly flight to Urumqi from October, the carrier said on Monday.",
         "fallback.plan.add", "2025-10"),
        ("Georgia is not an SCO member: Tbilisi obtained dialogue-partner status in June 2015.",
         "fallback.obtain", "2015-06"),
        ("Kazakhstan Temir Zholy plans to open a logistics hub in Lianyungang in spring 2026, which would double "
         "its capacity.", "fallback.plan.open", "2026-21"),
    ],
)
def test_guards_read_the_verb_clause_only(sentence: str, rule: str, date: str) -> None:
    c = claim_of(sentence)
    assert c is not None, sentence
    assert (c.rule, c.date.value) == (rule, date)


@pytest.mark.parametrize(
    "sentence",
    [
        "The queue of trucks heading into Kazakhstan stretched for eleven kilometres on Monday, drivers said.",
        "Exports of flour to Afghanistan doubled in 2024.",
        "Talks with Kyrgyzstan lasted three hours on 4 June 2025.",
        "A convoy bound for Tajikistan crossed the pass on 2 May 2025.",
    ],
)
def test_complement_of_a_preposition_is_no_subject(sentence: str) -> None:
    assert claim_of(sentence) is None


def test_date_of_a_participle_apposition_is_not_the_plans() -> None:
    c = claim_of("Kazakhstan Temir Zholy's Xiamen terminal, leased in 2019, is due to open a second berth in October.")
    assert c is not None and c.rule == "fallback.plan.open" and c.date.value == "2025-10"
    c = claim_of("Since March 2024 citizens of Kazakhstan and Uzbekistan can enter each other's land without visas.")
    assert c is not None and c.title.startswith("citizens of Kazakhstan and Uzbekistan can enter")


def test_trip_and_group_subject() -> None:
    c = claim_of("In September 2024 a delegation of the Kazakh Senate went to Beijing for talks.")
    assert c is not None and (c.event_type, c.mode, c.date.value) == ("CONSULT", "visit", "2024-09")
    c = claim_of("Kyrgyzstan Airlines will go from two to three weekly flights to Urumqi in July.")
    assert c is not None and c.event_type == "COOPERATE" and c.status == "planned"


def test_a_retold_day_with_a_shared_party_is_left_out() -> None:
    lead = "Kazakhstan and China broke ground on the Khorgos–Zhetygen line on 3 March 2025."
    text = lead + " Kazakhstan Temir Zholy began laying track on 3 March 2025 near Khorgos."
    art = Article(uri="t", text=text, content_hash="x", published=PUBLISHED, body_spans=[(0, len(text))])
    second = Sentence(len(lead) + 1, len(text), text[len(lead) + 1 :], 0)
    dates = tag_dates(text, reference=PUBLISHED)
    new = claim_of(second.text)
    assert new is not None and new.date.value == "2025-03-03"
    told = Claim(title="ground broken", event_type="COOPERATE", mode=None, date=new.date, quote=lead, start=0,
                 end=len(lead), actors=list(new.actors))
    finder = ActorDictionary.default()
    assert fallback_claims(art, [second], dates, finder, []) != []
    assert fallback_claims(art, [second], dates, finder, [told]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In Astana on 3 July 2024 the two presidents agreed to open a consulate.",
        "Both sides agreed in May 2025 to launch a new route.",
        "The three leaders adopted a declaration in Xi'an in May 2023.",
        "In the first half of 2025 the ministry opened a centre in Urumqi.",
    ],
)
def test_a_definite_group_or_a_half_year_is_no_count(sentence: str) -> None:
    assert guard(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "52 students received grants in 2024.",
        "Two companies signed deals in 2024.",
        "Half of the students received grants in 2024.",
    ],
)
def test_counted_subjects_stay_statistics(sentence: str) -> None:
    assert guard(sentence) == "statistic"
