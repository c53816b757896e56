"""Reader warnings about the publication date inferred from a yearless dateline (the ingestion day is fixed
by tests/conftest.py)."""

from timeline.ingest.reader import read_text

_INFERRED = (
    "Ministers agree on grain corridor\n\n"
    "ANKARA, March 6 (Agency) - The ministers said on Wednesday they had agreed on a corridor. "
    "Talks began in January 2025.\n\n"
    "A second paragraph follows with more detail about the talks.\n"
)


def test_inferred_year_is_reported_as_warning() -> None:
    article = read_text(_INFERRED, "x.txt")
    assert article.published is not None and article.published.year == 2025
    notes = [w for w in article.warnings if w.startswith("publication year inferred:")]
    assert len(notes) == 1 and "ANKARA, March 6" in notes[0]


def test_undecided_year_is_reported() -> None:
    text = _INFERRED.replace(" on Wednesday", "")
    article = read_text(text, "x.txt")
    assert article.published is None
    assert any(w.startswith("publication date unknown:") for w in article.warnings)


def test_explicit_year_gives_no_warning() -> None:
    article = read_text(_INFERRED.replace("March 6 ", "March 6, 2025 "), "x.txt")
    assert article.published is not None
    assert not [w for w in article.warnings if "publication" in w]
