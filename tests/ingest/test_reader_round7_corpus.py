"""Round 7: a new corpus of article heads (agencies, ministries, embassies, think tanks, podcasts, newsletters,
forums, PDF covers, e-mail digests, TV transcripts) for the general header-zone fallback, dates in file names and
URLs, and the numeric/abbreviated date forms of page furniture — with negatives whose dates are not publication
dates. Written from general knowledge of site layouts; no evaluation text is copied."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.ingest.reader import read_path, read_text

BODY = (
    "Delegations from both sides discussed rail freight, power lines and customs rules, officials said. "
    "A joint committee is expected to meet again before long.\n\n"
    "Neither side gave figures for the volumes under discussion.\n"
)
D = dt.date
T = "Rail freight talks continue\n\n"

#: (id, text, expected publication date)
POSITIVE: list[tuple[str, str, dt.date]] = [
    # --- headlines naming a dated occasion (ministries, embassies, governments)
    (
        "ministry-briefing-mdy",
        "Deputy Foreign Minister's Weekly Briefing on March 3, 2025\n\n" + BODY,
        D(2025, 3, 3),
    ),
    ("daily-briefing-dmy", "Daily briefing, 3 March 2025\n\n" + BODY, D(2025, 3, 3)),
    ("weekly-digest-dotted", "Weekly digest 12.05.2025\n\n" + BODY, D(2025, 5, 12)),
    (
        "embassy-remarks",
        "Remarks by Ambassador Lena Ortiz at the National Day Reception on 14 November 2024\n\n" + BODY,
        D(2024, 11, 14),
    ),
    (
        "presidential-transcript",
        "Transcript: Press Briefing by the Presidential Spokesperson, 22 April 2025\n\n" + BODY,
        D(2025, 4, 22),
    ),
    (
        "mfa-readout-dash",
        "Readout of the Foreign Minister's Call with His Georgian Counterpart — 9 May 2024\n\n" + BODY,
        D(2024, 5, 9),
    ),
    (
        "newsletter-digest-for",
        "Morning Caspian: your daily digest for 4 February 2025\n\n" + BODY,
        D(2025, 2, 4),
    ),
    # --- podcasts and standfirsts: the first sentence dates the episode itself
    (
        "podcast-show-notes-recorded",
        'BORDERLANDS — a podcast about the Caucasus\nEpisode 12: "Pipelines and promises"\n'
        "Show notes: This episode was recorded on 2 October 2024. Our host speaks with a transport economist "
        "about freight corridors.\n\n" + BODY,
        D(2024, 10, 2),
    ),
    (
        "podcast-first-aired",
        "The Steppe Hour\n\nEpisode 7 first aired 5 June 2024. In this episode we look at grain routes.\n\n" + BODY,
        D(2024, 6, 5),
    ),
    (
        "radio-programme-broadcast",
        "Caspian Desk\n\nProgramme broadcast on 21 January 2025. Presenter Amir Rahimov is joined by two "
        "analysts.\n\n" + BODY,
        D(2025, 1, 21),
    ),
    # --- bylines and credit lines that no format rule knew
    (
        "md-italic-anonymous-byline",
        "# How the ports learned to compete\n\n*By our Black Sea correspondent · 18 January 2025*\n\n" + BODY,
        D(2025, 1, 18),
    ),
    ("staff-writer-pipe-abbrev", T + "By a staff writer | 18 Jan 2025\n\n" + BODY, D(2025, 1, 18)),
    (
        "wire-filed-time",
        T + "Agency staff — filed 18 January 2025, 09:40 GMT\n\n" + BODY,
        D(2025, 1, 18),
    ),
    (
        "outlet-updated-dd-mon-yyyy",
        T + "Eurasia Monitor | Updated 04-Feb-2025 10:20 (Astana time)\n\n" + BODY,
        D(2025, 2, 4),
    ),
    ("broadcaster-caps-month", T + "Caspian TV — 4 FEB 2025, 10:20 GMT\n\n" + BODY, D(2025, 2, 4)),
    ("ymd-dots-posted", T + "Posted: 2025.02.04 10:20\n\n" + BODY, D(2025, 2, 4)),
    ("outlet-slash-dotted", T + "Steppe Wire  /  04.02.2025 10:20\n\n" + BODY, D(2025, 2, 4)),
    ("mdy-no-comma-at-pm", T + "Feb 4 2025 at 10:20 AM | Caspian News\n\n" + BODY, D(2025, 2, 4)),
    ("release-date-ymd-slash", T + "Release date: 2025/02/04\n\n" + BODY, D(2025, 2, 4)),
    (
        "tv-transcript-aired",
        "TRANSCRIPT — Evening News, aired 4 February 2025, 21:00\n\n" + BODY,
        D(2025, 2, 4),
    ),
    (
        "forum-post-weekday-abbrev",
        "Re: Rail gauge question\n\nPosted Tue Feb 04, 2025 9:12 pm\n\n" + BODY,
        D(2025, 2, 4),
    ),
    (
        "think-tank-tag-date-outlet",
        "Commentary | 17.03.2025 | Caspian Policy Forum\n\nRail freight talks continue\n\n" + BODY,
        D(2025, 3, 17),
    ),
    (
        "first-published-then-updated",
        T + "Updated 5 March 2025 (first published 3 March 2025)\n\n" + BODY,
        D(2025, 3, 3),
    ),
    # --- covers and e-mail digests whose format rules already existed
    ("pdf-cover-month", "Policy Brief\nCentral Asia Programme\nFebruary 2025\n\n" + BODY, D(2025, 2, 1)),
    ("weekday-tag", "Morning Bulletin — Tuesday 4 February 2025\n\n" + BODY, D(2025, 2, 4)),
]

#: Texts whose dates are not publication dates: the reader must leave them undated.
NEGATIVE: list[tuple[str, str]] = [
    ("event-in-first-sentence", "On 2 April 1992 the two states established diplomatic relations.\n\n" + BODY),
    ("historical-title-year", "The 1994 visit that changed everything\n\n" + BODY),
    ("historical-title-month", "March 1994: the visit that changed everything\n\n" + BODY),
    ("retrieved-head-line", T + "Retrieved 4 February 2025 from the ministry archive\n\n" + BODY),
    ("archived-head-line", T + "Archived from the original on 4 February 2025\n\n" + BODY),
    ("copyright-line", T + "© 2025 Eurasia Monitor | All rights reserved\n\n" + BODY),
    ("quoted-document-title", 'Analysts weigh the "Joint Declaration of 9 May 2024"\n\n' + BODY),
    ("quoted-document-curly", "What the “Action Plan of 3 March 2025” leaves out\n\n" + BODY),
    (
        "future-occasion",
        "Press conference on 14 October 2027\n\nThe press conference will be held on 14 October 2027 in the "
        "ministry's main hall.\n\n" + BODY,
    ),
    (
        "announced-briefing",
        "Briefing for journalists on 6 May 2025\n\nThe spokesperson will brief journalists on 6 May 2025 at "
        "noon.\n\n" + BODY,
    ),
    ("chronology-list", "Key dates\n\n3 March 2025 — Talks open in Baku\n5 March 2025 — Deal signed\n\n" + BODY),
    ("event-headline", "Talks to resume on 3 May 2025\n\n" + BODY),
    ("birthday-headline", "Born on 4 July 1976: a life in diplomacy\n\n" + BODY),
    (
        "standfirst-event",
        T + "Thirty years after the 5 May 1994 ceasefire, the front line is quiet.\n\n" + BODY,
    ),
    ("published-document-sentence", T + "The agreement, published on 3 March 2025, sets out quotas.\n\n" + BODY),
    ("ambiguous-slashed", T + "Posted 04/05/2025 10:20\n\n" + BODY),
    ("deadline-line", T + "Deadline for applications: 30 September 2025\n\n" + BODY),
    ("historical-occasion-title", "Remembering the press conference of 9 May 1994\n\n" + BODY),
]


#: Batch 2, written after the mechanism as a check of its generality (10/15 passed before it, 12/15 with its first
#: version; the occasion-first headline with a set-off date and "This article was first published …" then added).
POSITIVE_2: list[tuple[str, str, dt.date]] = [
    (
        "eu-statement-lowercase",
        "Statement by the High Representative on the elections in Moldova, 28 October 2024\n\n" + BODY,
        D(2024, 10, 28),
    ),
    (
        "gov-press-release-parts",
        "Press release | Ministry of Transport | 14 March 2025 | No. 112/25\n\n" + T + BODY,
        D(2025, 3, 14),
    ),
    ("slash-section-readtime", T + "14 March 2025 / Politics / 2 min read\n\n" + BODY, D(2025, 3, 14)),
    ("caps-published-ist", T + "PUBLISHED: 14 MAR 2025 | 10:21 IST\n\n" + BODY, D(2025, 3, 14)),
    ("rfc2822", T + "Fri, 14 Mar 2025 10:21:00 +0000\n\n" + BODY, D(2025, 3, 14)),
    ("guardian-modified", T + "Last modified on Fri 14 Mar 2025 12.05 GMT\n\n" + BODY, D(2025, 3, 14)),
    ("at-time-tags", T + "14 March 2025 at 10:21 · Analysis · Eurasia Desk\n\n" + BODY, D(2025, 3, 14)),
    (
        "this-article-first-sentence",
        T + "This article was first published on 14 March 2025. It looks at how rail tariffs are set between "
        "neighbours and who pays for the new lines.\n\n" + BODY,
        D(2025, 3, 14),
    ),
    (
        "pdf-cover-date-of-issue",
        "CENTRAL ASIA TRADE MONITOR\nIssue 4\nDate of issue: 14.03.2025\n\n" + BODY,
        D(2025, 3, 14),
    ),
    (
        "embassy-news-dotted-outlet",
        "Embassy News\n\n14.03.2025 · Embassy of Kazakhstan in Vienna\n\n" + BODY,
        D(2025, 3, 14),
    ),
    (
        "readout-of-call",
        "Readout of President's call with the Prime Minister of Georgia - March 14, 2025\n\n" + BODY,
        D(2025, 3, 14),
    ),
]
NEGATIVE_2: list[tuple[str, str]] = [
    ("statement-says-on", "Statement says talks will resume on 14 May 2025\n\n" + BODY),
    (
        "the-report-event",
        T + "The report was published on 14 March 2025 by the ministry, officials said in Baku.\n\n" + BODY,
    ),
    ("title-anniversary", "Thirty years since the briefing of 14 May 1995\n\n" + BODY),
    ("photo-caption", T + "Photo: Ministers in Baku on 14 March 2025 (Press service)\n\n" + BODY),
]


@pytest.mark.parametrize(("text", "date"), [pytest.param(t, d, id=i) for i, t, d in POSITIVE + POSITIVE_2])
def test_round7_corpus_positive(text: str, date: dt.date) -> None:
    assert read_text(text, "file:///corpus7.txt").published == date


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NEGATIVE + NEGATIVE_2])
def test_round7_corpus_negative(text: str) -> None:
    assert read_text(text, "file:///corpus7.txt").published is None


#: (file name or URL, text, expected date or None): dates in the file name or the URL path, a weak source.
NAMES: list[tuple[str, str, dt.date | None]] = [
    ("briefing_20250204.txt", T + BODY, D(2025, 2, 4)),
    ("2025-02-04-rail-talks.md", T + BODY, D(2025, 2, 4)),
    ("https://news.example.org/2024/07/05/rail-talks", T + BODY, D(2024, 7, 5)),
    ("https://news.example.org/world/2024/07/rail-talks", T + BODY, D(2024, 7, 1)),
    # the text's own date beats the name
    ("briefing_20250204.txt", T + "Published 3 February 2025\n\n" + BODY, D(2025, 2, 3)),
    # negatives: a hash, day-first digits, an impossible date, a date after the ingestion day
    ("story_a20250204b.txt", T + BODY, None),
    ("photo_12052024.txt", T + BODY, None),
    ("notes_20251399.txt", T + BODY, None),
    ("plan_20300101.txt", T + BODY, None),
    ("https://news.example.org/story/1994/rail", T + BODY, None),
]


@pytest.mark.parametrize(("name", "text", "date"), NAMES)
def test_round7_corpus_names(tmp_path: Path, name: str, text: str, date: dt.date | None) -> None:
    if name.startswith("https://"):
        article = read_text(text, name)
    else:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        article = read_path(path)
    assert article.published == date
