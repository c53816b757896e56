"""End-to-end extraction on the five seed articles: properties an analyst relies on (no exact lists)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from timeline.extract.types import Article, Claim, Extraction

pytest.importorskip("timeline.extract.actors")
pytest.importorskip("timeline.extract.dates")
from timeline.extract.pipeline import EXTRACTOR_VERSION, extract
from timeline.ingest.reader import read_path, read_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@cache
def seed(prefix: str) -> Extraction:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return extract(read_path(path))


def dated(ex: Extraction, value: str) -> list[Claim]:
    return [c for c in ex.claims if c.date.value == value]


def test_version() -> None:
    assert EXTRACTOR_VERSION.count(".") == 2


def test_diplomatic_relations_1992_in_003() -> None:
    (c,) = [c for c in dated(seed("003"), "1992-04-02") if c.rule.startswith("agree.relations")]
    assert {a.name for a in c.actors} >= {"Azerbaijan", "China"}
    assert c.title == "Diplomatic relations established between Azerbaijan and China"


@pytest.mark.parametrize(("prefix", "value"), [("002", "2024-07-03"), ("003", "2024-07-03"), ("000", "XXXX-07-05")])
def test_strategic_partnership_declaration(prefix: str, value: str) -> None:
    claims = [c for c in dated(seed(prefix), value) if c.event_type == "AGREE"]
    assert claims
    assert any("strategic" in c.keywords and "partnership" in c.keywords for c in claims)
    assert all("Declaration" in (c.named_object or c.title) for c in claims)


def test_state_visit_2015_interval_in_001() -> None:
    visits = [c for c in dated(seed("001"), "2015-12-08/2015-12-11") if c.mode == "visit"]
    assert visits and all("Ilham Aliyev" in {a.name for a in c.actors if a.role == "actor"} for c in visits)
    assert all("China" in {a.name for a in c.actors if a.role == "recipient"} for c in visits)


def test_heydar_not_ilham_in_1994() -> None:
    claims = [c for c in seed("001").claims if c.date.value and c.date.value.startswith("1994")]
    people = {a.name for c in claims for a in c.actors if a.kind == "person"}
    assert "Heydar Aliyev" in people and "Ilham Aliyev" not in people


def test_no_event_from_the_link_list_of_002() -> None:
    ex = seed("002")
    cut = ex.article.text.index("Subscribe to our Telegram channel")
    assert ex.claims and all(c.end <= cut for c in ex.claims)
    assert all(o.end <= cut for o in ex.observations)


def test_trade_turnover_2015_2020_in_001() -> None:
    got = {o.period.value: o.value for o in seed("001").observations if o.indicator == "trade_turnover"
           and o.subject == "Azerbaijan–China"}
    assert {y: got.get(y) for y in ("2015", "2016", "2017", "2018", "2019", "2020")} == {
        "2015": 5.61e8, "2016": 9.75e8, "2017": 1.3e9, "2018": 1.31e9, "2019": 2.2e9, "2020": 2.2e9}


def test_every_claim_is_cited_explained_and_short() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        ex = seed(prefix)
        for c in ex.claims:
            assert ex.article.text[c.start : c.end] == c.quote
            assert c.rule and c.event_type and c.date.value
            assert len(c.title) < min(len(c.quote), 140)
            assert c.actors or c.named_object or c.rule.startswith("cooperate.")


def test_no_claim_from_generic_or_hypothetical_sentences() -> None:
    for prefix, snippet in [("000", "China always advocates"), ("001", "campaign starts in Europe"),
                            ("003", "will continue enhancing the role"), ("004", "does not set preconditions")]:
        ex = seed(prefix)
        at = ex.article.text.index(snippet)
        assert not [c for c in ex.claims if c.start <= at < c.end]


def test_empty_and_dateless_articles() -> None:
    empty = Article(uri="mem://empty", text="", content_hash="0")
    assert extract(empty).claims == []
    ex = extract(read_text("Turkey and Georgia signed an agreement on transit.", "mem://undated"))
    assert ex.claims == []


def test_day_headings_of_a_live_blog_date_the_sentences_below() -> None:
    text = ("## Tuesday, 7 May\n\nNikol Pashinyan met Irakli Kobakhidze in Tbilisi.\n\n"
            "## Wednesday, 8 May\n\nArmenia and Georgia signed a transit protocol.\n")
    art = read_text(text, "mem://liveblog.md")
    art.published = __import__("datetime").date(2024, 5, 10)
    art.body_spans = [(text.index("Nikol"), text.index("Tbilisi.") + 8), (text.index("Armenia"), len(text) - 1)]
    got = {(c.event_type, c.date.value, c.rule.split("+")[-1]) for c in extract(art).claims}
    assert ("CONSULT", "2024-05-07", "heading-date") in got and ("AGREE", "2024-05-08", "heading-date") in got


def test_sentences_cut_inside_a_date_are_joined() -> None:
    text = "On **Sept. 25, 2023**, Nikol Pashinyan visited Tbilisi."
    art = read_text(text, "mem://split.md")
    claims = extract(art).claims
    assert [c.date.value for c in claims if c.mode == "visit"] == ["2023-09-25"]


def test_generic_fallback_reaches_the_extraction_once_and_cited() -> None:
    text = ("Kazakhstan and China held talks in Astana on 3 June 2024. "
            "On 12 March 2022, Kazakhstan stationed additional troops along its southern border.")
    art = read_text(text, "mem://fallback.txt")
    art.published = __import__("datetime").date(2024, 6, 10)
    claims = extract(art).claims
    fb = [c for c in claims if c.rule == "fallback.verb"]
    assert [(c.event_type, c.date.value) for c in fb] == [("MOBILIZE", "2022-03-12")]
    assert text[fb[0].start : fb[0].end] == fb[0].quote and fb[0].quote.startswith("On 12 March 2022")
    assert any(c.event_type == "CONSULT" and c.rule != "fallback.verb" for c in claims)
