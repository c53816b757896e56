"""Cue families of session 3: PLOVER typing and verb/noun forms, on sentences written for these tests.

Each family has positive sentences (the event comes out with the expected PLOVER type, mode and date)
and negative ones (the same words used for news, naming, figures or opinions give no such claim).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2025, 3, 1)


def claims(text: str, published: dt.date | None = PUBLISHED) -> list[Claim]:
    art = Article(uri="mem://cue-families", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                  published=published)
    return extract(art).claims


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.event_type, c.mode, c.date.value if c.date else None) for c in claims(text)]


# (sentence, expected type, expected mode or None, expected date)
POSITIVE = [
    # CONSULT/phone: verbs, video calls, "spoke ... by telephone"
    ("On 12 March 2022, Tokayev telephoned Mirziyoyev to discuss water sharing.", "CONSULT", "phone", "2022-03-12"),
    ("Pashinyan phoned Macron on 4 October 2023 after the exodus from Karabakh.", "CONSULT", "phone", "2023-10-04"),
    ("Japarov called Tokayev on 15 September 2022 about the border clashes.", "CONSULT", "phone", "2022-09-15"),
    ("On 9 May 2021 Aliyev spoke with Zelensky by telephone.", "CONSULT", "phone", "2021-05-09"),
    ("Mirziyoyev and Xi Jinping held a video call on 20 January 2022.", "CONSULT", "phone", "2022-01-20"),
    # CONSULT/multilateral: opening a forum is hosting it, not opening a building
    ("On 6 June 2023, Tokayev opened the Astana International Forum at the Palace of Independence.", "CONSULT",
     "multilateral", "2023-06-06"),
    # AGREE: diplomatic relations, told passively with the pair in between
    ("Diplomatic relations between Mongolia and Kazakhstan were established on 22 January 1992.", "AGREE", None,
     "1992-01-22"),
    # AGREE: diplomatic recognition (PLOVER), verb, "as independent" and nominal forms
    ("Russia recognised the independence of Abkhazia on 26 August 2008.", "AGREE", None, "2008-08-26"),
    ("In February 2008 Turkey recognised Kosovo as an independent state.", "AGREE", None, "2008-02"),
    # AGREE: proposals and offers
    ('In October 2019, Tokayev proposed creating a "Eurasian Water Council" at a summit in Ashgabat.', "AGREE",
     None, "2019-10"),
    ("In March 2020 Kazakhstan put forward a peace plan for the region.", "AGREE", None, "2020-03"),
    # AGREE: an intergovernmental body founded
    ("The Organization of Turkic States was established in 2009 in Nakhchivan.", "AGREE", None, "2009"),
    ("The Eurasian Development Bank, founded in 2006 by Russia and Kazakhstan, lends to both.", "AGREE", None,
     "2006"),
    # AGREE: contract awards; COOPERATE: selection of a contractor
    ("Kazakhstan's railway company won the contract for the Tbilisi bypass in 2021.", "AGREE", None, "2021"),
    ("In June 2022 Georgia's tender for the Kars terminal was awarded to a Kazakh company.", "AGREE", None,
     "2022-06"),
    ("In April 2023 Uzbekistan selected a Saudi consortium to build three wind farms.", "COOPERATE", None,
     "2023-04"),
    # COOPERATE: a programme announced, a project financed, a building that opened
    ("In May 2017, Mirziyoyev announced a national programme of road building.", "COOPERATE", None, "2017-05"),
    ("The Asian Development Bank financed the construction of the Almaty ring road in 2018.", "COOPERATE", None,
     "2018"),
    ("The Kazakh trade house opened there in 2016 with twelve staff.", "COOPERATE", None, "2016"),
    # COOPERATE/governance: a bill adopted, an election won with a figure
    ("The Kyrgyz parliament passed the bill on media on 19 March 2024.", "COOPERATE", None, "2024-03-19"),
    ("Sadyr Japarov won 79% of the vote in January 2021.", "COOPERATE", None, "2021-01"),
    # AID: money announced for a partner
    ("On 3 April 2025 the EU announced a €10 billion aid package for Central Asia.", "AID", None, "2025-04-03"),
    # RETREAT: giving up an office, troops withdrawn with an adverb
    ("In January 2024 Garibashvili handed the premiership to a party colleague.", "RETREAT", None, "2024-01"),
    ("Russian peacekeepers were also withdrawn in April 2024 from Karabakh.", "RETREAT", None, "2024-04"),
    # ASSAULT: a named place seized
    ("Azerbaijani forces seized Lachin in August 2022.", "ASSAULT", None, "2022-08"),
    # CONSULT: hosting a guest, sitting down, conferring; gatherings in the present tense, chaired, attended
    ("Erdogan hosted Aliyev in Ankara on 3 May 2024.", "CONSULT", None, "2024-05-03"),
    ("On 3 May 2024 Aliyev sat down with Tokayev in Astana.", "CONSULT", None, "2024-05-03"),
    ("Aliyev and Tokayev conferred in Astana on 3 May 2024.", "CONSULT", None, "2024-05-03"),
    ("On 3 May 2024 Aliyev discussed the Middle Corridor with Tokayev.", "CONSULT", None, "2024-05-03"),
    ("The summit of the Organization of Turkic States convened in Bishkek on 6 November 2024.", "CONSULT",
     "multilateral", "2024-11-06"),
    ("Tokayev chaired the CSTO summit in Astana on 23 November 2023.", "CONSULT", "multilateral", "2023-11-23"),
    ("Leaders of the Turkic states gathered in Shusha on 6 July 2024 for an informal summit.", "CONSULT",
     "multilateral", "2024-07-06"),
    ("Erdogan was the guest of honour at the military parade in Baku on 10 December 2020.", "CONSULT",
     "multilateral", "2020-12-10"),
    # AGREE: signatures, passive ratification, ceasefire agreed/declared (RETREAT)
    ("On 3 May 2024, Kazakhstan and Uzbekistan put their signatures to a border treaty.", "AGREE", None,
     "2024-05-03"),
    ("The border treaty was ratified by Kazakhstan's parliament on 3 May 2024.", "AGREE", None, "2024-05-03"),
    ("Armenia and Azerbaijan agreed a ceasefire on 3 May 2024.", "RETREAT", None, "2024-05-03"),
    ("A ceasefire between Kyrgyzstan and Tajikistan was announced on 16 September 2022.", "RETREAT", None,
     "2022-09-16"),
    ("Azerbaijan's independence was recognised by Turkey on 9 November 1991.", "AGREE", None, "1991-11-09"),
    # REJECT: vetoes in the historic present, overriding a veto, cancelled contracts and meetings
    ("Zourabichvili vetoes the media law on 18 May 2024.", "REJECT", None, "2024-05-18"),
    ("Georgia's parliament overrode the presidential veto on 28 May 2024.", "REJECT", None, "2024-05-28"),
    ("Georgia cancelled the Anaklia port contract on 3 May 2024.", "REJECT", None, "2024-05-03"),
    ("The Anaklia port contract was cancelled by Georgia on 3 May 2024.", "REJECT", None, "2024-05-03"),
    ("Kazakhstan called off the summit with Uzbekistan on 3 May 2024.", "REJECT", None, "2024-05-03"),
    # COOPERATE: visa-free travel, appointments, tenders, first deliveries, starts, missions
    ("Kazakhstan and China abolished visas for each other's citizens on 10 November 2023.", "COOPERATE", None,
     "2023-11-10"),
    ("Tokayev names Olzhas Bektenov prime minister on 6 February 2024.", "COOPERATE", None, "2024-02-06"),
    ("Olzhas Bektenov became prime minister of Kazakhstan on 6 February 2024.", "COOPERATE", None, "2024-02-06"),
    ("Georgia announced an international tender for the port on 3 May 2024.", "COOPERATE", None, "2024-05-03"),
    ("First gas flowed through the TAP pipeline to Italy on 31 December 2020.", "COOPERATE", None, "2020-12-31"),
    ("The first Azerbaijani gas reaches Italy on 31 December 2020.", "COOPERATE", None, "2020-12-31"),
    ("The port of Aktau handled its first Chinese containers on 3 May 2024.", "COOPERATE", None, "2024-05-03"),
    ("Kazakhstan started construction of the new railway on 3 May 2024.", "COOPERATE", None, "2024-05-03"),
    ("Azerbaijan began gas deliveries to Europe on 31 December 2020.", "COOPERATE", None, "2020-12-31"),
    ("Kazakhstan began its vaccination campaign on 1 February 2021.", "COOPERATE", None, "2021-02-01"),
    ("The EU monitoring mission in Armenia was launched on 20 February 2023.", "COOPERATE", None, "2023-02-20"),
    ("Georgians voted in parliamentary elections on 26 October 2024.", "COOPERATE", None, "2024-10-26"),
    ("Lawmakers in Georgia gave final approval to the media law on 14 May 2024.", "COOPERATE", None,
     "2024-05-14"),
    # RETREAT: resignation accepted, troops pulled out, historic present
    ("Tokayev accepted the resignation of the government on 5 February 2024.", "RETREAT", None, "2024-02-05"),
    ("Russia withdraws its troops from Georgia on 3 May 2024.", "RETREAT", None, "2024-05-03"),
    ("Russia pulled its peacekeepers out of Karabakh on 3 May 2024.", "RETREAT", None, "2024-05-03"),
    # CONCEDE: a government backs down on its own measure
    ("Kazakhstan froze the land reform in May 2016 after weeks of rallies.", "CONCEDE", None, "2016-05"),
    # SANCTION: historic present, synonyms, packages, suspension as a noun
    ("The United States imposes sanctions on Georgian officials on 3 May 2024.", "SANCTION", None, "2024-05-03"),
    ("The United States slapped sanctions on Georgian officials on 3 May 2024.", "SANCTION", None, "2024-05-03"),
    ("The European Union adopted a new package of sanctions against Russia on 3 May 2024.", "SANCTION", None,
     "2024-05-03"),
    ("The suspension of flights between Russia and Georgia came on 3 May 2024.", "SANCTION", None, "2024-05-03"),
    # AID: loans and grants with figures
    ("China extended a $100 million credit line to Kyrgyzstan on 3 May 2024.", "AID", None, "2024-05-03"),
    ("The Asian Development Bank provided a $100 million grant to Kyrgyzstan on 3 May 2024.", "AID", None,
     "2024-05-03"),
    ("China lends Kyrgyzstan $100 million on 3 May 2024.", "AID", None, "2024-05-03"),
    # MOBILIZE: exercises as nouns with their own verb; a joint exercise of two states is military cooperation
    # (session 16: COOPERATE, as two independent gold sets annotate it)
    ("Military exercises of Iran began on 3 May 2024.", "MOBILIZE", None, "2024-05-03"),
    ("Joint exercises of Kazakhstan and China began on 3 May 2024.", "COOPERATE", None, "2024-05-03"),
    ("The joint exercise Peace Mission 2024 took place in Kazakhstan on 3 May 2024.", "COOPERATE", None,
     "2024-05-03"),
    # PROTEST: historic present
    ("Georgians protest against the media law in Tbilisi, Georgia, on 3 May 2024.", "PROTEST", None, "2024-05-03"),
    # AGREE: a partnership declared, actively or passively; a gathering in a relative clause (CONSULT)
    ("Kazakhstan and Uzbekistan declared a strategic partnership on 6 December 2022.", "AGREE", None,
     "2022-12-06"),
    ("Ties between Kazakhstan and Uzbekistan grew: a strategic partnership was proclaimed in 2013.", "AGREE", None,
     "2013"),
    ("The Astana summit, which opened on 3 July 2024, drew leaders from Asia.", "CONSULT", "multilateral",
     "2024-07-03"),
    # AGREE: candidate or partner status (a step of accession); SUPPORT: observer status;
    # COOPERATE: a standing membership counted from its start
    ("In 2009 the SCO granted Belarus the status of dialogue partner.", "AGREE", None, "2009"),
    ("In June 2022 the European Union granted Moldova candidate status.", "AGREE", None, "2022-06"),
    ("In 2012 the SCO granted Afghanistan the status of observer.", "SUPPORT", None, "2012"),
    ("Turkey has been a NATO member since 1952.", "COOPERATE", None, "1952"),
    # COOPERATE: foundation stone laid, passive; a valve opened at a ceremony
    ("The foundation stone of the Kazakh dry port was laid by Tokayev in May 2019.", "COOPERATE", None, "2019-05"),
    ("On 14 December 2009, Hu Jintao and Berdimuhamedov opened the valve of the new gas pipeline.", "COOPERATE",
     None, "2009-12-14"),
    ("The valves were opened at the Galkynysh gas field on 1 September 2013.", "COOPERATE", None, "2013-09-01"),
    # verbal conflict and coercion in the historic present; written requests; warnings issued
    ("Armenia urges Russia to return its peacekeepers on 3 May 2024.", "REQUEST", None, "2024-05-03"),
    ("Armenia submitted a request for extradition to Russia on 3 May 2024.", "REQUEST", None, "2024-05-03"),
    ("On 3 May 2024 Iran issued a warning to Azerbaijan over the corridor.", "THREATEN", None, "2024-05-03"),
    ("Azerbaijan detains two Iranian citizens in Baku on 3 May 2024.", "COERCE", None, "2024-05-03"),
    ("Russia lifts its ban on Georgian wine on 3 May 2024.", "CONCEDE", None, "2024-05-03"),
    ("Tokayev praised the agreement with Uzbekistan on 3 May 2024.", "SUPPORT", None, "2024-05-03"),
    # AID arriving is aid, not a visit; a specific investment
    ("Humanitarian aid from China arrived in Kyrgyzstan on 3 May 2024.", "AID", None, "2024-05-03"),
    ("In 2019 China invested $2 billion in Kazakh oil refining.", "COOPERATE", None, "2019"),
    # COOPERATE: infrastructure in operation or completed; joint bodies set up; credentials presented
    ("The Kambarata plant went into operation on 3 May 2024, Kyrgyzstan said.", "COOPERATE", None, "2024-05-03"),
    ("Kyrgyzstan's Kambarata plant was put into service on 3 May 2024.", "COOPERATE", None, "2024-05-03"),
    ("Georgia's Anaklia port was completed in 2029.", "COOPERATE", None, "2029"),
    ("Azerbaijan and Uzbekistan set up a joint investment fund on 3 May 2024.", "COOPERATE", None, "2024-05-03"),
    ("The new Chinese ambassador presented his credentials to Aliyev on 3 May 2024.", "COOPERATE", None,
     "2024-05-03"),
    # CONSULT: negotiations launched; MOBILIZE: troops sent; ASSAULT: present tense
    ("Georgia and China launched negotiations on a free trade agreement on 3 May 2024.", "CONSULT", None,
     "2024-05-03"),
    ("Turkey sent troops to Azerbaijan on 3 May 2024.", "MOBILIZE", None, "2024-05-03"),
    ("Russia deploys troops to the Armenian border on 3 May 2024.", "MOBILIZE", None, "2024-05-03"),
    ("Azerbaijan shells Armenian villages on 3 May 2024.", "ASSAULT", None, "2024-05-03"),
    # AGREE: a treaty approved by a chamber; ACCUSE: a protest note handed to someone; COERCE: emergency rule;
    # CONCEDE: a closed border reopened
    ("The Senate of Uzbekistan has approved the border treaty with Kyrgyzstan on 3 May 2024.", "AGREE", None,
     "2024-05-03"),
    ("Kyrgyzstan handed Uzbekistan a protest note on 3 May 2024.", "ACCUSE", None, "2024-05-03"),
    ("Kyrgyzstan declared a state of emergency on 3 May 2024.", "COERCE", None, "2024-05-03"),
    ("Tajikistan reopened its border with Kyrgyzstan on 3 May 2024.", "CONCEDE", None, "2024-05-03"),
    ("The border between Tajikistan and Kyrgyzstan was reopened on 3 May 2024.", "CONCEDE", None, "2024-05-03"),
    # COOPERATE: supplies resumed to a place; ASSAULT: a ceasefire violated; CONSULT: views exchanged
    ("Kazakh grain supplies to Afghanistan resumed on 3 May 2024.", "COOPERATE", None, "2024-05-03"),
    ("On 3 May 2024 Azerbaijan violated the ceasefire with Armenia.", "ASSAULT", None, "2024-05-03"),
    ("Aliyev and Tokayev exchanged views on regional security on 3 May 2024.", "CONSULT", None, "2024-05-03"),
    # CONSULT: a mission sent to look and report
    ("On 20 September 2022 the CSTO sent a fact-finding mission to Armenia.", "CONSULT", None, "2022-09-20"),
    # SANCTION: an announcement that sanctions will follow is itself the sanction
    ("On 24 May 2024 Blinken announced that Washington would impose visa restrictions on Georgian officials.",
     "SANCTION", None, "2024-05-24"),
]


@pytest.mark.parametrize(("text", "etype", "mode", "date"), POSITIVE, ids=[p[1] + ":" + p[0][:40] for p in POSITIVE])
def test_family_cue_gives_typed_event(text: str, etype: str, mode: str | None, date: str) -> None:
    got = found(text)
    assert (etype, mode, date) in got, got


# (sentence, types none of its claims may have; "*" = no claim at all)
NEGATIVE: list[tuple[str, set[str] | str]] = [
    # naming, not calling
    ("The river, once called Oxus by the Greeks, was diverted in 1960.", {"CONSULT"}),
    ("In 1921 the rebels entered the town now called Ulaanbaatar.", {"CONSULT"}),
    ("On 4 May 2024 Tokayev called water a strategic resource.", {"CONSULT"}),
    # news announced is not an agreement; a past act reported by an announcement is not a second event
    ("Tokayev announced the death of the former president on 5 March 2024.", {"AGREE"}),
    ("On 2 May 2024 the ministry announced that a Turkish firm had been chosen to build the bridge.", {"AGREE"}),
    # a company's foundation is no agreement between states
    ("The Kazakh oil firm, founded in 2002 by a group of engineers, now drills offshore.", {"AGREE"}),
    # seized goods are not a captured place
    ("Customs officers seized Iranian cigarettes in May 2023.", {"ASSAULT"}),
    # the noun "vote" is no vote to do something
    ("Japarov won 79% of the vote in 2021, according to official results.", {"AGREE"}),
    # a building opened inside a forum's name: the forum, not a building, is what opened
    ("On 6 June 2023 Tokayev opened the Astana Forum at the Palace of Independence.", {"COOPERATE"}),
    # lifting sanctions is no sanction; a received loan is no meeting
    ("On 3 May 2024 the EU approved the lifting of sanctions on Uzbek officials.", {"SANCTION"}),
    ("Kyrgyzstan received Chinese loans worth $100 million on 3 May 2024.", {"CONSULT"}),
    # a military mission, goods called "first" only as figures, opinions about cooperation
    ("In May 2024 Russia deployed a military mission to the border.", {"COOPERATE"}),
    ("Cooperation between Kazakhstan and China has grown since 2015, the minister said.", "*"),
    ("Kazakhstan plans to launch a tender for the port in 2026.", {"COOPERATE"}),
    # a past veto reported as background is still a veto, but vetoes of nothing are no event
    ("The veto power of the five permanent members dates from 1945.", "*"),
    # the leaders discussing during a meeting told before is not a second meeting
    ("In Shusha, the leaders discussed transport links on 6 July 2024.", {"CONSULT"}),
    # a warning about what something else could do is an opinion; figures reached are no journey
    ("On 3 May 2024 the EU warned that the law could stall Georgia's accession bid.", {"THREATEN"}),
    ("Freight on the Middle Corridor reached about 4 million tonnes in 2024.", "*"),
    # wishes and generalities
    ("Kazakhstan hopes to sign a deal with China in 2025.", {"AGREE"}),
    ("Tokayev wants to meet Xi in Astana in May 2025.", {"CONSULT"}),
    ("China has invested heavily in Kazakhstan since 2013.", "*"),
    ("Humanitarian aid from China arrived in Kyrgyzstan on 3 May 2024.", {"CONSULT"}),
    # agreeing to set up a company is the agreement, not a second (COOPERATE) event
    ("On 3 June 2024 Kazakhstan and Georgia agreed to set up a joint logistics company.", {"COOPERATE"}),
    # a protest note handed over is no gift; statements of habit or fact are no events
    ("Kyrgyzstan handed Uzbekistan a protest note on 3 May 2024.", {"COOPERATE"}),
    ("Kazakhstan signs agreements with China every year.", "*"),
    ("The summit is held every year.", "*"),
    # an accusation of a violation is an accusation, not an attack
    ("Azerbaijan accused Armenia of violating the ceasefire on 3 May 2024.", {"ASSAULT"}),
    # background in a relative clause
    ("Russia, which had protested at first, signed the seabed deal with Kazakhstan in July 1998.", {"PROTEST"}),
]


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVE, ids=[n[0][:40] for n in NEGATIVE])
def test_family_words_in_other_uses_give_no_event(text: str, forbidden: set[str] | str) -> None:
    got = [(c.rule, c.event_type) for c in claims(text)]
    if forbidden == "*":
        assert got == []
    else:
        assert all(t not in forbidden for _, t in got), got


def test_report_of_a_selection_gives_one_cooperate_claim() -> None:
    text = "On 2 May 2024 the ministry announced that a Turkish firm had been chosen to build the bridge."
    assert {c.event_type for c in claims(text)} <= {"COOPERATE"}


def test_anchors_cover_every_match_of_the_family_sentences() -> None:
    """Anchors are a prefilter only: a sentence a pattern matches must hold one of its cue's anchors."""
    from timeline.extract.events import load_cues

    texts = [p[0] for p in POSITIVE] + [n[0] for n in NEGATIVE]
    for cue in load_cues().cues:
        for pattern, own in zip(cue.patterns, cue.pattern_anchors, strict=True):
            for text in texts:
                if pattern.search(text):
                    low = text.lower()
                    assert not cue.anchors or any(a in low for a in cue.anchors), (cue.id, text)
                    assert not own or any(a in low for a in own), (cue.id, text)
