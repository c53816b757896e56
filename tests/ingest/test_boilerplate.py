"""Body spans: paragraph segmentation and boilerplate removal on the seeds and on written examples."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from timeline.ingest.boilerplate import (
    body_spans,
    is_author_note,
    is_boilerplate_line,
    is_dated_item,
    is_navigation_line,
    split_paragraphs,
)
from timeline.ingest.metadata import is_timestamp_line
from timeline.ingest.reader import read_path, read_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def bodies(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


# ---------------------------------------------------------------- seeds


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_body_spans_are_prose(prefix: str) -> None:
    article = read_path(seed(prefix))
    spans = article.body_spans
    assert spans == sorted(spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
    for text in bodies(article.text, spans):
        assert len(text.split()) >= 5
        assert not is_timestamp_line(text)
        if article.title:
            assert article.title not in text
        if article.author:
            assert not text.startswith(article.author)


def test_seed_002_latest_news_list_is_not_body() -> None:
    article = read_path(seed("002"))
    text = article.text
    # The list starts after the last paragraph of the article: the first navigation line.
    nav = next(m.start() for m in re.finditer(r"(?m)^.*\S.*$", text) if is_navigation_line(m.group(0)))
    assert text.count("\n", nav) > 150, "the navigation part is long"
    assert all(end <= nav for _, end in article.body_spans)
    assert len(article.body_spans) >= 15
    for line in text[nav:].splitlines():
        assert not any(s <= text.find(line, nav) < e for s, e in article.body_spans if line.strip())


def test_seed_004_link_bullets_and_headings_are_not_body() -> None:
    article = read_path(seed("004"))
    texts = bodies(article.text, article.body_spans)
    assert not any(t.startswith("- ") for t in texts)
    assert all(t.rstrip('”"’').endswith((".", "?", "!", "…")) or len(t.split()) > 25 for t in texts)
    # The prose paragraphs before and after the bullet list are both body.
    bullet_lines = [i for i, line in enumerate(article.text.splitlines()) if line.startswith("- ")]
    lines = article.text.splitlines()
    assert lines[bullet_lines[0] - 1] in texts
    assert lines[bullet_lines[-1] + 1] in texts


def test_seed_003_separator_is_not_body() -> None:
    article = read_path(seed("003"))
    assert "---" not in bodies(article.text, article.body_spans)
    assert article.text.rstrip().endswith("---")


def test_seed_001_headings_and_follow_line_are_not_body() -> None:
    article = read_path(seed("001"))
    texts = bodies(article.text, article.body_spans)
    for t in texts:
        assert "Follow us" not in t
        assert len(t.split()) >= 8


# ---------------------------------------------------------------- written examples


STORY = """Ports agree to share cargo data

14 May 2023 10:05

By Leyla Karimova

The ports of two Caspian countries agreed on Sunday to share cargo data in real time, officials said.

Cargo volumes

Freight through the ports rose by 12 percent last year to 8.4 million tonnes.
The ministers hope to double the volume by 2030.

Read more: Rail freight hits record high in April

Share

Follow us on Facebook

We use cookies to improve your experience. By continuing you accept our privacy policy.

Officials expect a first exchange of data before the end of the summer, according to the statement.

© 2023 Caspian Wire. All rights reserved.

Related articles

Rail freight hits record high in April

13 May 2023 09:00

New ferry line opens between the two ports

12 May 2023 18:30

Customs officers trained on new software

12 May 2023 12:15
"""


def test_written_story_body() -> None:
    article = read_text(STORY, "mem://story")
    assert article.title == "Ports agree to share cargo data"
    assert article.author == "Leyla Karimova"
    texts = bodies(article.text, article.body_spans)
    assert texts == [
        "The ports of two Caspian countries agreed on Sunday to share cargo data in real time, officials said.",
        "Freight through the ports rose by 12 percent last year to 8.4 million tonnes.\n"
        "The ministers hope to double the volume by 2030.",
        "Officials expect a first exchange of data before the end of the summer, according to the statement.",
    ]


def test_headline_timestamp_list_without_keyword() -> None:
    text = (
        "The council approved the budget on Tuesday after a long debate about spending on roads.\n\n"
        "Opposition members voted against it, saying it ignored rural districts.\n\n"
        "Bridge repairs to start in June\n\n"
        "11 April 2022 - 16:40\n\n"
        "Mayor opens new library\n"
        "Reading for all\n\n"
        "11 April 2022 - 15:10\n\n"
        "Water prices to rise?\n\n"
        "10 April 2022 - 09:00\n"
    )
    texts = bodies(text, body_spans(text))
    assert texts == [
        "The council approved the budget on Tuesday after a long debate about spending on roads.",
        "Opposition members voted against it, saying it ignored rural districts.",
    ]


def test_navigation_section_ends_when_prose_resumes() -> None:
    text = (
        "The minister arrived in the capital on Monday for two days of talks on energy and trade.\n\n"
        "See also\n\n"
        "Energy ministers meet in Vienna\n\n"
        "Gas exports rise in first quarter\n\n"
        "On Tuesday the minister is due to meet the prime minister and sign a memorandum on grid links, "
        "the ministry said in a statement.\n"
    )
    texts = bodies(text, body_spans(text))
    assert len(texts) == 2
    assert texts[1].startswith("On Tuesday")


def test_bullet_link_list_at_bottom_but_not_fragment_list() -> None:
    text = (
        "The agreement covers three areas of cooperation between the two governments:\n\n"
        "- energy and mining\n"
        "- transport links\n"
        "- student exchanges\n\n"
        "Officials said the agreement would be reviewed every two years by a joint commission.\n\n"
        "- Minister visits new solar plant in the south\n"
        "- Parliament approves changes to the tax code\n"
        "- Central bank keeps interest rate unchanged\n"
    )
    texts = bodies(text, body_spans(text))
    assert "- Minister visits new solar plant in the south" not in texts
    assert texts[0].startswith("The agreement covers")
    assert texts[-1].startswith("Officials said")


def test_body_bullets_that_are_sentences_are_kept() -> None:
    text = (
        "The report lists several findings.\n\n"
        "- Exports rose by 5 percent in 2023.\n"
        "- Imports fell slightly over the same period.\n\n"
        "The full report will be published next month.\n"
    )
    texts = bodies(text, body_spans(text))
    assert "- Exports rose by 5 percent in 2023." in texts


def test_headings_do_not_break_paragraphs() -> None:
    text = (
        "Officials met on Monday to discuss the new trade rules for the region.\n\n"
        "Background\n\n"
        "The rules were first proposed in 2019 and have been debated ever since.\n\n"
        "What comes next\n\n"
        "A vote is expected in the autumn, officials said.\n"
    )
    texts = bodies(text, body_spans(text))
    assert len(texts) == 3
    assert "Background" not in texts and "What comes next" not in texts


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "The delegation arrived in the capital on Monday morning and was met at\n"
        "the airport by the deputy foreign minister, who accompanied it to the\n"
        "first round of talks.\n"
        "\n"
        "Talks resumed on Tuesday.\n"
    )
    units = split_paragraphs(text)
    assert len(units) == 2
    assert text[units[0][0] : units[0][1]].endswith("first round of talks.")


def test_one_paragraph_per_line_text() -> None:
    long_a = "The first paragraph is long enough to be a full paragraph on its own line. " * 2
    long_b = "The second paragraph also stands on a single line without any blank line before it. " * 2
    text = f"{long_a.strip()}\n{long_b.strip()}\n"
    assert len(split_paragraphs(text)) == 2


def test_headline_only_text_falls_back_to_lines() -> None:
    text = "Azerbaijan and China sign strategic partnership declaration\n"
    assert body_spans(text) == [(0, len(text) - 1)]


def test_only_navigation_gives_no_body() -> None:
    text = "Read also\n\nSubscribe to our newsletter\n\n12 March 2020 10:00\n"
    assert body_spans(text) == []
    assert read_text(text, "mem://nav").warnings == ["no article body found (only headings or navigation)"]


@pytest.mark.parametrize(
    "line",
    [
        "Read also",
        "READ MORE:",
        "Related stories",
        "Latest news",
        "All news",
        "More news",
        "Subscribe to our Telegram channel",
        "Follow us on Instagram",
        "Share this article",
        "Example.com on YouTube",
        "Tags: energy, trade",
        "Copyright 2024 Example Media Ltd.",
        "© Example News",
        "***",
        "https://example.com/story/123",
        "- [Ministers meet in Baku](https://example.org/1)",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read the statement carefully, the minister told reporters on Monday.",
        "Trade with China rose by 5 percent, according to customs data.",
        "The share of renewable energy in the power mix reached 20 percent.",
        "Officials will follow up on the agreement next month.",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_seed_000_editors_note_is_not_body() -> None:
    article = read_path(seed("000"))
    texts = bodies(article.text, article.body_spans)
    assert not any(t.lower().startswith("editor") for t in texts)
    assert texts[0].startswith("On July 5th")


def test_markdown_emphasised_sentence_is_body() -> None:
    text = "# Title of the piece\n\n*A short summary of the talks held in Baku on Monday.*\n\nThe talks went well.\n"
    texts = bodies(text, body_spans(text))
    assert texts[0] == "*A short summary of the talks held in Baku on Monday.*"


# ---------------------------------------------------------------- chronologies and editorial furniture


@pytest.mark.parametrize(
    "line",
    [
        "- 1991: Georgia declares independence from the Soviet Union",
        "- **14 December 2009** — The European Union and Georgia sign a visa agreement",
        "* 3 June 2021 – Charles Michel brokers an agreement",
        "12 May: Ilham Aliyev meets Xi Jinping in Beijing",
        "| 2 January 1992 | Uzbekistan and China establish diplomatic relations |",
        "- Dec. 14, 2009: the pipeline opens",
        "- March 2022 - Georgia applies for membership",
        "- Monday: Armenia and Azerbaijan resumed border talks.",
    ],
)
def test_dated_items(line: str) -> None:
    assert is_dated_item(line)


@pytest.mark.parametrize(
    "line",
    [
        "In 2009 the pipeline opened.",
        "08 July 2024 - 17:20",
        "2022",
        "- Aliyev meets Xi in Beijing",
        "12 May 2024, Baku",
        "On 12 May: talks in Baku",
        "Monday talks resumed in Baku",
    ],
)
def test_not_dated_items(line: str) -> None:
    assert not is_dated_item(line)


def test_chronology_items_without_final_punctuation_are_body() -> None:
    text = (
        "Timeline of relations\n\nKey moments in relations between the two countries since independence.\n\n"
        "- 1991: Georgia declares independence from the Soviet Union\n"
        "- 2014 - Georgia signs an Association Agreement with the EU in Brussels\n"
        "- 8 November 2023 — The European Commission recommends candidate status\n"
    )
    body = bodies(text, body_spans(text))
    assert sum(1 for b in body if b.startswith("- ")) == 3
    headlines = text.replace("- 1991: Georgia declares", "- Georgia declares").replace("- 2014 - ", "- ")
    headlines = headlines.replace("- 8 November 2023 — ", "- ")
    assert not any(b.startswith("- ") for b in bodies(headlines, body_spans(headlines)))  # a link list


def test_table_rows_are_units_and_rules_are_boilerplate() -> None:
    text = (
        "| Date | Event |\n|------|:-----:|\n| 2 May 2009 | Talks in Baku end with a deal |\n| 3 May 2009 | Signing |"
    )
    assert len(split_paragraphs(text)) == 4
    assert is_boilerplate_line("|------|:-----:|")
    assert bodies(text, body_spans(text))[0] == "| 2 May 2009 | Talks in Baku end with a deal |"


def test_year_lines_do_not_join_dated_items() -> None:
    text = (
        "2022\n5 January: Tokayev asks the CSTO for help as unrest spreads across the country's west\n"
        "17 June: Tokayev refuses to recognise the Donetsk and Luhansk republics at a forum in St Petersburg\n"
    )
    assert len(split_paragraphs(text)) == 3


@pytest.mark.parametrize(
    "line",
    [
        "*Compiled by the Caspian Energy Desk. Last updated 14 February 2024.*",
        "The interview has been edited for length and clarity.",
        "This interview has been condensed and edited.",
        "The views expressed are the author's own.",
        "Leaders in Baku on 5 May 2024. Photo: Reuters",
        "Aliyev and Xi in Astana (Photo: AFP)",
        "Home > News > Asia",
        "5 min read",
        "Reporting by Nailia Bagirova; Editing by Alex Richardson",
    ],
)
def test_editorial_furniture_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Aliyev said the photo showed the damage.",
        "The text was edited by the ministry before it was signed on 5 May.",
        "Updated on 12 May 2024, the plan foresees three new lines across the Caspian.",
        "Turkey updated its list of partners in 2019.",
        "Prepared by Chinese engineers, the plan was approved on 5 May.",
    ],
)
def test_prose_is_not_editorial_furniture(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_author_notes_at_the_edges_are_dropped() -> None:
    prose = "Azerbaijan and China signed a strategic partnership declaration in Astana on 3 July 2024. " * 2
    bio = "Anna Petrova is a senior fellow at the Institute for Central Asian Studies in Almaty."
    text = "\n\n".join([prose, prose, prose, prose, bio])
    assert bio not in bodies(text, body_spans(text))
    assert is_author_note("The author is an economist based in Tashkent.")
    assert not is_author_note("Ilham Aliyev is the president of Azerbaijan.")
    assert not is_author_note("Hikmet Hajiyev is a foreign policy adviser to Aliyev.")


def test_notes_and_references_sections_are_dropped() -> None:
    prose = "Ilham Aliyev visited Beijing in April 2025 and signed a partnership declaration with Xi Jinping."
    text = (
        f"# Analysis\n\n{prose}\n\n## Notes\n\n1. Xinhua, Xi Jinping meets Ilham Aliyev in Beijing, 23 April 2025.\n"
        "2. Reuters, Azerbaijan signs a long deal with China, 3 July 2024, accessed 5 May 2025 online.\n\n"
        "[^3]: AZERTAC, 12 May 2015.\n\n## Outlook\n\n"
        "The two sides plan to meet again in Baku next year, officials said."
    )
    body = bodies(text, body_spans(text))
    assert body[0] == prose
    assert not any("Xinhua" in b or "Reuters" in b or "AZERTAC" in b for b in body)
    assert body[-1].startswith("The two sides plan")  # a later section of the same level is body again
    assert is_boilerplate_line("[^3]: AZERTAC, 12 May 2015.")


def test_bullets_with_a_full_date_are_body_but_not_in_link_sections() -> None:
    text = (
        "Results of the visit\n\nThe following documents were signed during the visit of the Prime Minister.\n\n"
        "- Azerbaijan and Hungary signed a memorandum on energy cooperation on 12 March 2025\n"
        "- Budapest will host the next intergovernmental commission in May 2025\n\n"
        "Latest news\n- Aliyev meets Orban in Baku on 12 March 2025 for talks on energy\n"
    )
    body = bodies(text, body_spans(text))
    assert "- Azerbaijan and Hungary signed a memorandum on energy cooperation on 12 March 2025" in body
    assert "- Budapest will host the next intergovernmental commission in May 2025" in body
    assert not any("Orban" in b for b in body)


def test_wrapped_items_keep_their_continuation_lines() -> None:
    text = (
        "14 December 2009: Hu Jintao opens the Central Asia-China gas pipeline at the\n"
        "Saman-Depe field in eastern Turkmenistan.\n"
        "12 June 2018: Erdogan and Aliyev inaugurate TANAP in Eskisehir.\n"
        "- Azerbaijan and China sign a long agreement on the development of the Middle\n"
        "  Corridor and the port of Alat.\n"
        "- Short item\n"
    )
    units = [text[s:e] for s, e in split_paragraphs(text)]
    assert len(units) == 4
    assert units[0].endswith("eastern Turkmenistan.")
    assert units[2].endswith("port of Alat.")


def test_table_rows_with_a_date_in_any_column_are_body() -> None:
    text = (
        "| Event | Date |\n|---|---|\n| Aliyev and Xi sign a partnership declaration | 3 July 2024 |\n"
        "| Talks in Baku | soon |\n"
    )
    body = bodies(text, body_spans(text))
    assert body == ["| Aliyev and Xi sign a partnership declaration | 3 July 2024 |"]
