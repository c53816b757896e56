"""Cue dictionary, session 10 round 12: vocabulary by whole CATEGORIES, with typing and guards.

Each category is written as all the ways news says that kind of thing (verbs, passives, nominalisations, planned
forms, headline forms), never from one sentence: production and assembly starts; transport frequencies and services;
deliveries of goods; finance instruments (credit lines, loans and grants, bonds, swap lines); culture (festivals told
by their end or run, expo pavilions, performances, scholarships awarded); status with hyphenated or compound nouns
and membership applications (REQUEST); openings of any named facility (transitive "open/inaugurate/commission");
copula of presence with a purpose ("was in Beijing to discuss") and copular participation ("was among the leaders at
the summit").
Every category has negatives (figures, habits, wishes, opinions, generic statements). Sentences are written for these
tests (no dev-set sentence).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2025, 3, 1)


def claims(text: str) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(
        uri=f"mem://cues-round12/{digest[:12]}", text=text, content_hash=digest, published=PUBLISHED
    )
    return extract(art).claims


def found(text: str) -> set[tuple[str, str, str | None]]:
    """(rule without suffixes, PLOVER type, date value) of every claim."""
    return {(c.rule.split("+")[0], c.event_type, c.date.value if c.date else None) for c in claims(text)}


PRODUCTION = "cooperate.production_first|cooperate.production_start|cooperate.start|lex.cooperate.produce"
FREQUENCY = "cooperate.frequency|cooperate.route|cooperate.service_start|cooperate.start|cooperate.transport.first"
DELIVERY = "cooperate.delivery|cooperate.first_flow|aid.provide|fallback.verb"
CULTURE = "cooperate.cultural|cooperate.pavilion|cooperate.performance|cooperate.scholarship_award"
OPENING = "cooperate.open_facility|cooperate.open|cooperate.open_named"

# (category, sentence, rule alternatives joined by "|", type, date)
POSITIVES = [
    # 1. production and assembly starts
    ("production", "The first Chery crossovers rolled off the line at the Jizzakh plant on 12 March 2024.",
     PRODUCTION, "COOPERATE", "2024-03-12"),
    ("production", "The joint venture rolled out its first electric buses in Namangan in May 2024.",
     PRODUCTION, "COOPERATE", "2024-05"),
    ("production", "Yutong started assembling buses at the Sumgait industrial park in February 2025.",
     PRODUCTION, "COOPERATE", "2025-02"),
    ("production", "The Ganja plant launched production of compact tractors on 3 October 2024.",
     PRODUCTION, "COOPERATE", "2024-10-03"),
    ("production", "The first 50 trucks were assembled at the new Shymkent factory last month.",
     PRODUCTION, "COOPERATE", "2025-02"),
    ("production", "Serial production of the electric sedans began in Andijan in January 2025, the company said.",
     PRODUCTION, "COOPERATE", "2025-01"),
    ("production", "Production at the new battery plant is due to start in 2026.", PRODUCTION, "COOPERATE", "2026"),
    ("production", "Mass production of the pickups got under way in Samarkand in April 2024.",
     PRODUCTION, "COOPERATE", "2024-04"),
    ("production", "The first locally made smartphones will come off the line in December 2025.",
     PRODUCTION, "COOPERATE", "2025-12"),
    ("production", "The company is due to roll out its first trolleybuses in the spring of 2026.",
     PRODUCTION, "COOPERATE", "2026-21"),
    ("production", "Kazakh engineers assembled the first locomotive at the Astana works on 2 July 2024.",
     PRODUCTION, "COOPERATE", "2024-07-02"),
    # 2. transport services and frequencies
    ("transport", "China Southern will increase the number of weekly Urumqi-Tashkent flights from two to four in "
     "April.", FREQUENCY, "COOPERATE", "2025-04"),
    ("transport", "Uzbekistan Airways increased the frequency of its Tashkent-Beijing flights to three a week on "
     "1 March 2025.", FREQUENCY, "COOPERATE", "2025-03-01"),
    ("transport", "Somon Air will go from three to five weekly flights to Beijing in June 2025.",
     FREQUENCY, "COOPERATE", "2025-06"),
    ("transport", "From April 2025, the carrier will fly to Chengdu twice a week instead of once.",
     FREQUENCY, "COOPERATE", "2025-04"),
    ("transport", "The airline doubled its Almaty-Urumqi flights to four a week in October 2024.",
     FREQUENCY, "COOPERATE", "2024-10"),
    ("transport", "Hainan Airlines will add a third weekly frequency on the Beijing-Baku route in July 2025.",
     FREQUENCY, "COOPERATE", "2025-07"),
    ("transport", "Azerbaijan Airlines resumed flights to Urumqi in January 2025.", FREQUENCY, "COOPERATE",
     "2025-01"),
    ("transport", "The first direct flight from Guangzhou landed in Baku on 2 February 2025.", FREQUENCY,
     "COOPERATE", "2025-02-02"),
    ("transport", "A new freight train service from Chongqing to Tashkent was launched on 5 May 2024.", FREQUENCY,
     "COOPERATE", "2024-05-05"),
    # 3. deliveries and arrivals of goods
    ("delivery", "The first batch of 100 electric buses from Zhengzhou was delivered to Tashkent in March 2024.",
     DELIVERY, "COOPERATE", "2024-03"),
    ("delivery", "Two wind turbines for the Khizi farm were shipped from Tianjin in October 2024.",
     DELIVERY, "COOPERATE", "2024-10"),
    ("delivery", "The first metro cars are due to arrive in Baku in June 2025.", DELIVERY, "COOPERATE", "2025-06"),
    ("delivery", "Chinese manufacturers delivered 120 electric buses to Almaty in November 2024.",
     DELIVERY, "COOPERATE", "2024-11"),
    ("delivery", "Electric buses made in China were handed over to the city of Bishkek on 1 September 2024.",
     DELIVERY, "COOPERATE", "2024-09-01"),
    ("delivery", "The new trams will be delivered to Astana in the third quarter of 2025.",
     DELIVERY, "COOPERATE", "2025-35"),
    ("delivery", "Uzbekistan received the first batch of Chinese locomotives on 20 May 2024.",
     DELIVERY, "COOPERATE", "2024-05-20"),
    ("delivery", "The Chinese government delivered 20 tonnes of humanitarian aid to Kyrgyzstan on 3 March 2023.",
     DELIVERY, "AID", "2023-03-03"),
    # 4. finance
    ("finance", "The Export-Import Bank of China opened a 2-billion-yuan credit line for Kazakh exporters in "
     "April 2024.", "cooperate.credit_line", "COOPERATE", "2024-04"),
    ("finance", "The bank opened a credit line of $200 million to the Agrarian Credit Corporation on 3 June 2024.",
     "cooperate.credit_line", "COOPERATE", "2024-06-03"),
    ("finance", "A $500 million credit line was opened for the national railway in February 2025.",
     "cooperate.credit_line", "COOPERATE", "2025-02"),
    ("finance", "The Asian Development Bank awarded a $10 million grant to Uzbekistan in September 2024.",
     "aid.loan|aid.provide", "AID", "2024-09"),
    ("finance", "The Silk Road Fund provided a $100 million loan to the solar project on 9 July 2024.",
     "aid.loan|aid.provide", "AID", "2024-07-09"),
    ("finance", "The Asian Infrastructure Investment Bank disbursed the first tranche of the loan to Uzbekistan in "
     "July 2024.", "aid.loan|lex.aid.finance", "AID", "2024-07"),
    ("finance", "A $300 million loan was granted to Tajikistan by the Asian Development Bank in May 2024.",
     "aid.loan", "AID", "2024-05"),
    ("finance", "China Development Bank will open a credit line for Kazakh small businesses in June 2025.",
     "cooperate.credit_line", "COOPERATE", "2025-06"),
    ("finance", "Uzbekistan placed its debut panda bonds on the Shanghai exchange in October 2024.",
     "cooperate.bond", "COOPERATE", "2024-10"),
    ("finance", "Kazakhstan issued its debut green bonds on the Astana exchange on 14 May 2024.",
     "cooperate.bond", "COOPERATE", "2024-05-14"),
    ("finance", "The two central banks extended their currency swap line for three years in May 2024.",
     "agree.swap_line", "AGREE", "2024-05"),
    ("finance", "The central banks of the two countries renewed their 7-billion-yuan swap agreement in November "
     "2024.", "agree.swap_line", "AGREE", "2024-11"),
    # 5. culture and people
    ("culture", "The Days of Uzbek Culture in China ended in Beijing on 30 October 2024 with a gala concert.",
     CULTURE, "COOPERATE", "2024-10-30"),
    ("culture", "An exhibition of Chinese calligraphy closed at the National Museum on 2 December 2024.",
     CULTURE, "COOPERATE", "2024-12-02"),
    ("culture", "The Days of Kazakh Cinema, which ran in Urumqi from 3 to 9 June 2024, drew 5,000 viewers.",
     CULTURE, "COOPERATE", "2024-06-03/2024-06-09"),
    ("culture", "The festival of Chinese cuisine wrapped up in Bukhara on 22 September 2024.",
     CULTURE, "COOPERATE", "2024-09-22"),
    ("culture", "Kazakhstan will have its own pavilion at the Canton Fair in April 2025.",
     CULTURE, "COOPERATE", "2025-04"),
    ("culture", "Azerbaijan presented its national pavilion at the China International Import Expo on 5 November "
     "2024.", CULTURE, "COOPERATE", "2024-11-05"),
    ("culture", "Tajikistan opened its national pavilion at the Harbin trade fair on 16 May 2024.",
     CULTURE, "COOPERATE", "2024-05-16"),
    ("culture", "The Xinjiang Song and Dance Ensemble gave a concert in Baku on 7 May 2024.",
     CULTURE, "COOPERATE", "2024-05-07"),
    ("culture", "The Beijing Opera troupe performed in Astana on 4 April 2025.", CULTURE, "COOPERATE", "2025-04-04"),
    ("culture", "The state orchestra will tour China in October 2025.", CULTURE, "COOPERATE", "2025-10"),
    ("culture", "The Chinese embassy awarded scholarships to 40 Azerbaijani students on 15 June 2024.",
     CULTURE, "COOPERATE", "2024-06-15"),
    # 6. status and membership applications
    ("status", "Turkmenistan was granted observer-state status at the summit in July 2024.",
     "lex.support.status", "SUPPORT", "2024-07"),
    ("status", "In June 2024 the bloc granted Laos partner-country status.", "lex.agree.status", "AGREE",
     "2024-06"),
    ("status", "Mongolia obtained observer-state status in the organisation in 2004.",
     "lex.agree.status_received", "AGREE", "2004"),
    ("status", "Nepal gained dialogue-partner status of the SCO in 2015.", "lex.agree.status_received", "AGREE",
     "2015"),
    ("status", "The country received associate-member status of the union on 12 May 2023.",
     "lex.agree.status_received", "AGREE", "2023-05-12"),
    ("status", "Bahrain was admitted as a dialogue partner in July 2023.", "lex.agree.status_received", "AGREE",
     "2023-07"),
    ("status", "Belarus was admitted as a full member of the SCO in July 2024.", "lex.cooperate.member",
     "COOPERATE", "2024-07"),
    ("status", "Kazakhstan applied for BRICS partner-country status in October 2024.", "lex.request.membership",
     "REQUEST", "2024-10"),
    ("status", "Turkey submitted a membership application to BRICS in September 2024.", "lex.request.membership",
     "REQUEST", "2024-09"),
    ("status", "Azerbaijan sent in a formal request for BRICS membership in August 2024.",
     "lex.request.membership", "REQUEST", "2024-08"),
    # 7. openings of any named facility
    ("opening", "The university opened a Chinese Studies Centre on 4 October 2024.", OPENING, "COOPERATE",
     "2024-10-04"),
    ("opening", "The logistics company plans to open its own freight depot in Lianyungang in 2026.", OPENING,
     "COOPERATE", "2026"),
    ("opening", "Yesterday the ministry opened a Digital Skills Academy in Ganja.", OPENING, "COOPERATE",
     "2025-02-28"),
    ("opening", "The company opened a regional headquarters in Baku in May 2024.", OPENING, "COOPERATE", "2024-05"),
    ("opening", "The two governments will open a Joint Research Institute for Water in Khiva in 2026.", OPENING,
     "COOPERATE", "2026"),
    ("opening", "On Friday the embassy inaugurated the Silk Road Reading Room at the city library.", OPENING,
     "COOPERATE", "2025-02-28"),
    ("opening", "The operator opened a bonded warehouse near the border on 3 March 2025.", OPENING, "COOPERATE",
     "2025-03-03"),
    ("opening", "Huawei inaugurated an Innovation Lab at the Tashkent university on 9 April 2024.", OPENING,
     "COOPERATE", "2024-04-09"),
    ("opening", "The port authority commissioned a new grain hub in Aktau on 1 July 2024.", OPENING, "COOPERATE",
     "2024-07-01"),
    # planned arrivals of goods without a determiner (headline and trade-press style)
    ("delivery", "First cars are due to arrive in the second half of 2026, the operator said.", DELIVERY,
     "COOPERATE", "2026-07/2026-12"),
    ("delivery", "First locomotives are expected to arrive at the depot in September 2025.", DELIVERY,
     "COOPERATE", "2025-09"),
    ("delivery", "The first trolleybuses from Minsk will arrive in Tashkent in March 2026.", DELIVERY,
     "COOPERATE", "2026-03"),
    # §7 item 4: copula of presence with a purpose, copular participation at a gathering
    ("presence", "Last week Foreign Minister Jeyhun Bayramov was in Beijing to discuss the corridor with Wang Yi.",
     "consult.visit.presence", "CONSULT", "2025-02-17/2025-02-23"),
    ("presence", "In May 2024 Prime Minister Ali Asadov was in Tashkent for talks on energy.",
     "consult.visit.presence", "CONSULT", "2024-05"),
    ("presence", "President Shavkat Mirziyoyev was in Astana on 3 July 2024 for the SCO summit.",
     "consult.visit.presence|consult.multilateral.attend", "CONSULT", "2024-07-03"),
    ("presence", "Ilham Aliyev was one of more than twenty foreign leaders at the summit in Tianjin on 1 September "
     "2025.", "consult.multilateral.attend", "CONSULT", "2025-09-01"),
    ("presence", "Shavkat Mirziyoyev was among the heads of state at the Belt and Road Forum in Beijing in October "
     "2023.", "consult.multilateral.attend", "CONSULT", "2023-10"),
    ("presence", "Kassym-Jomart Tokayev was among the guests at the victory parade in Moscow on 9 May 2025.",
     "consult.multilateral.attend", "CONSULT", "2025-05-09"),
    # 8. guards keep real events
    ("guard", "The programme was launched in March 2014 and now covers 40 universities.", "cooperate.open",
     "COOPERATE", "2014-03"),
    ("guard", "Uzbekistan applied to join the Shanghai Cooperation Organisation in 2000.",
     "lex.request.membership", "REQUEST", "2000"),
    ("guard", "The bridge was opened for traffic in May 2024.", "cooperate.open", "COOPERATE", "2024-05"),
]

ROUND12 = {"cooperate.production_first", "cooperate.frequency", "cooperate.delivery", "cooperate.credit_line",
           "cooperate.bond", "agree.swap_line", "cooperate.pavilion", "cooperate.performance",
           "cooperate.scholarship_award", "cooperate.open_facility"}

# (category, sentence, rules that must not fire)
NEGATIVES = [
    ("production", "The plant produces 30,000 cars a year.", ROUND12),
    ("production", "Cars roll off the line every four minutes.", ROUND12),
    ("production", "Production rose 12% in 2024.", ROUND12 | {"cooperate.start"}),
    ("production", "The company hopes to start assembling buses one day.", ROUND12),
    ("production", "Assembling cars locally is a good way to create jobs, the minister said.", ROUND12),
    ("production", "The factory assembled 12,000 vehicles in 2024.", ROUND12),
    ("production", "The ministry rolled out the first phase of the reform in May 2024.",
     {"cooperate.production_first"}),
    ("transport", "Flights between the two capitals take about five hours.", ROUND12),
    ("transport", "The airline operates 14 weekly flights to China.", ROUND12),
    ("transport", "More flights would help tourism, the minister said.", ROUND12),
    ("transport", "Passenger traffic on the route rose to 120,000 in 2024.", ROUND12),
    ("transport", "The carrier hopes to increase the frequency of flights to China.", ROUND12),
    ("transport", "The airline increased its flights by 20% in 2024.", {"cooperate.frequency"}),
    ("delivery", "China delivers about 2 million tonnes of goods to the country each year.", ROUND12),
    ("delivery", "Deliveries of buses are a priority for the city, the mayor said.", ROUND12),
    ("delivery", "The company received 300 orders for buses in 2024.", ROUND12),
    ("delivery", "Vaccines arrive every month through the airport.", ROUND12),
    ("delivery", "The city hopes to receive new buses soon.", ROUND12),
    ("delivery", "Buses delivered by Chinese firms now make up half the fleet.", ROUND12),
    ("delivery", "The carmaker delivered 25,000 vehicles to Russia in 2024.", {"cooperate.delivery"}),
    ("finance", "Chinese loans account for 15% of the country's external debt.", ROUND12),
    ("finance", "The bank has a credit line of $1 billion available for exporters.", ROUND12),
    ("finance", "Loans are expensive, economists say.", ROUND12),
    ("finance", "The government hopes to secure a loan from the bank next year.", ROUND12),
    ("finance", "Total lending reached $4 billion in 2024.", ROUND12),
    ("finance", "Bond yields rose to 14% in March 2025.", ROUND12),
    ("finance", "The bank opened a credit line of $200 million on 3 June 2024.", {"cooperate.open"}),
    ("culture", "Festivals like this bring the two peoples closer.", ROUND12 | {"cooperate.cultural"}),
    ("culture", "The embassy holds a film week every autumn.", ROUND12 | {"cooperate.cultural"}),
    ("culture", "More than 300 students received Chinese government scholarships in 2024.",
     ROUND12 | {"consult.receive"}),
    ("culture", "Visitors can see the pavilion every day until 10 pm.", ROUND12),
    ("culture", "Cultural exchanges are an important part of the relationship.", ROUND12),
    ("culture", "The pavilion was designed by a Chinese architect.", ROUND12),
    ("culture", "The economy performed well in 2024, the bank said.", ROUND12),
    ("status", "Observer status gives a country the right to attend meetings.", ROUND12 | {"lex.agree.status"}),
    ("status", "Dialogue-partner status is the lowest rung of the organisation.",
     {"lex.agree.status", "lex.agree.status_received"}),
    ("status", "The country hopes to obtain observer status.", {"lex.agree.status_received"}),
    ("status", "An application for membership would be premature, the minister said.", {"lex.request.membership"}),
    ("status", "Observer-state status carries no voting rights.", {"lex.agree.status", "lex.support.status"}),
    ("opening", "The company opened talks with investors on Monday.", {"cooperate.open_facility"}),
    ("opening", "Shares opened higher on Monday.", ROUND12),
    ("opening", "The museum opens at 10 am daily.", ROUND12),
    ("opening", "The government opened an investigation into the crash in May 2024.", ROUND12),
    ("opening", "The decision opened a new chapter in relations.", ROUND12),
    ("opening", "The minister opened the session with a speech on 3 May 2024.", {"cooperate.open_facility"}),
    ("opening", "The company opened a bank account in Shanghai in 2024.", ROUND12),
    ("opening", "The minister opened the Caspian Energy Forum on 3 June 2024.", {"cooperate.open_facility"}),
    ("opening", "The government commissioned the Asian Development Bank to study the route in 2024.",
     {"cooperate.open_facility"}),
    ("delivery", "First cars arrive at the depot every morning.", ROUND12),
    ("presence", "Foreign Minister Jeyhun Bayramov was in Beijing when the news broke in 2024.",
     {"consult.visit.presence"}),
    ("presence", "In July 2024, when both leaders were in Astana for the SCO summit, Xi Jinping and Ilham Aliyev "
     "signed a joint statement on a strategic partnership.", {"consult.visit.presence"}),
    ("presence", "In July 2024, while President Ilham Aliyev was in Astana for the SCO summit, the two ministers met.",
     {"consult.visit.presence"}),
    ("presence", "Wang Yi was in a good mood at the press conference on 3 May 2024.", {"consult.visit.presence"}),
    ("presence", "President Ilham Aliyev was in favour of the plan in 2024.", {"consult.visit.presence"}),
    ("presence", "The ambassador was in Baku for three years before 2020.", {"consult.visit.presence"}),
    ("presence", "Ilham Aliyev was one of the first leaders to congratulate Xi in 2023.",
     {"consult.multilateral.attend"}),
    ("presence", "Azerbaijan was among the top ten exporters at the fair in 2024.", {"consult.multilateral.attend"}),
    ("guard", "The programme, which was launched a decade ago, now covers 40 universities.", {"cooperate.open"}),
    ("guard", "The Belt and Road Initiative was launched more than ten years ago.", {"cooperate.open"}),
    ("guard", "Last year 60 Kazakh students received Chinese government scholarships.", {"consult.receive"}),
    ("guard", "The sides reviewed the implementation of the decisions of the previous meeting in 2024.",
     {"consult.meeting"}),
]


@pytest.mark.parametrize(("category", "text", "rule", "etype", "date"), POSITIVES,
                         ids=[f"{p[0]}:{p[1][:45]}" for p in POSITIVES])
def test_positive(category: str, text: str, rule: str, etype: str, date: str) -> None:
    rules = set(rule.split("|"))
    got = found(text)
    assert any(r in rules and t == etype and d == date for r, t, d in got), (category, got)


@pytest.mark.parametrize(("category", "text", "rules"), NEGATIVES, ids=[f"{n[0]}:{n[1][:45]}" for n in NEGATIVES])
def test_negative(category: str, text: str, rules: set[str]) -> None:
    got = found(text)
    assert not any(r in rules for r, _, _ in got), (category, got)


def test_membership_request_is_a_request_not_agree() -> None:
    got = found("Azerbaijan sent in a formal request for BRICS membership in August 2024.")
    assert {t for _, t, _ in got} == {"REQUEST"}


def test_credit_line_is_not_a_place() -> None:
    got = found("The Export-Import Bank of China opened a 2-billion-yuan credit line for Kazakh exporters in "
                "April 2024.")
    assert "cooperate.open" not in {r for r, _, _ in got}
