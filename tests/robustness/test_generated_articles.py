"""Generated articles of many shapes never make reading or extraction raise, and their output is well formed.

Invariants checked on every generated document (see :mod:`article_gen`): reading raises nothing but
:class:`ReadError` (with a one-line message); extraction raises nothing; every claim's date value parses with
``parse_edtf`` or is a year-unknown ``XXXX`` form; every claim and observation quote is the slice of the
article text at its offsets. One end-to-end test ingests generated files into real SQLite and PostgreSQL
databases twice.
"""

from __future__ import annotations

import re
from pathlib import Path

from article_gen import Generated, document_from_seed, documents, plain_texts
from hypothesis import HealthCheck, given, settings
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from timeline.extract.dates import parse_edtf
from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Extraction
from timeline.ingest.reader import ReadError, read_bytes, read_text
from timeline.models import Citation, Event, Source
from timeline.store.jobs import ingest

#: Year-unknown EDTF forms (a day, a month, or a range of them) of an undated article.
YEAR_UNKNOWN = re.compile(r"XXXX(-\d\d){0,2}(/(XXXX|\d{4})(-\d\d){0,2})?")


def fast(examples: int) -> settings:
    """Deterministic hypothesis settings (no deadline: the shared machine's load varies)."""
    return settings(
        max_examples=examples, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
    )


def check_value(value: str | None) -> None:
    """A claimed date is EDTF that parses, or a year-unknown form."""
    assert value is not None
    if value.startswith("XXXX"):
        assert YEAR_UNKNOWN.fullmatch(value), value
    else:
        lower, upper, _ = parse_edtf(value)
        assert lower <= upper, value


def check_extraction(article: Article, extraction: Extraction) -> None:
    """Offsets inside the text, quotes equal to their slices, date values well formed."""
    n = len(article.text)
    for claim in extraction.claims:
        assert 0 <= claim.start < claim.end <= n, (claim.start, claim.end, n)
        assert article.text[claim.start : claim.end] == claim.quote
        check_value(claim.date.value)
        assert 0 <= claim.date.start <= claim.date.end <= n
        for mention in claim.actors:
            assert 0 <= mention.start <= mention.end <= n
    for obs in extraction.observations:
        assert 0 <= obs.start < obs.end <= n
        assert article.text[obs.start : obs.end] == obs.quote
        if obs.period.value is not None:
            check_value(obs.period.value)


def read_generated(doc: Generated, uri: str) -> Article | None:
    """Read a generated document; a ReadError (bad front matter, no text) is an accepted, clear outcome."""
    try:
        data = doc.text.encode("utf-8", errors="surrogatepass")
        return read_bytes(data, uri + doc.suffix, suffix=doc.suffix)
    except ReadError as exc:
        assert "\n" not in str(exc).strip()
        return None


@fast(200)
@given(plain_texts())
def test_plain_text_articles_never_raise(text: str) -> None:
    try:
        article = read_text(text, "generated.txt")
    except ReadError as exc:
        assert "\n" not in str(exc).strip()
        return
    check_extraction(article, extract(article))


@fast(200)
@given(documents())
def test_documents_of_every_format_never_raise(doc: Generated) -> None:
    article = read_generated(doc, "generated")
    if article is not None:
        check_extraction(article, extract(article))


def readable_seeds(count: int) -> list[int]:
    """The first ``count`` seeds whose document reads without a ReadError."""
    seeds: list[int] = []
    seed = 0
    while len(seeds) < count:
        if read_generated(document_from_seed(seed), f"seed{seed}") is not None:
            seeds.append(seed)
        seed += 1
    return seeds


def _counts(engine: Engine) -> tuple[int, int, int]:
    with Session(engine) as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) or 0 for t in (Source, Event, Citation))


def test_generated_files_ingest_and_reingest(tmp_path: Path, engine: Engine, db_url: str) -> None:
    """Six generated files stored once (SQLite and PostgreSQL); a second run changes nothing."""
    folder = tmp_path / "generated"
    folder.mkdir()
    for seed in readable_seeds(6):
        doc = document_from_seed(seed)
        (folder / f"gen{seed:03d}{doc.suffix}").write_bytes(doc.text.encode("utf-8", errors="surrogatepass"))
    first = ingest([folder], url=db_url)
    assert (first.files_new, first.files_failed) == (6, 0), [e.error for e in first.errors]
    after_first = _counts(engine)
    assert after_first[0] == 6
    second = ingest([folder], url=db_url)
    assert (second.files_unchanged, second.files_new, second.files_failed) == (6, 0, 0)
    assert _counts(engine) == after_first
