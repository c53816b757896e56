"""Reading documents into Articles: formats, decoding, metadata precedence and every bad-input case."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.ingest.reader import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    ReadError,
    read_bytes,
    read_path,
    read_text,
)

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

ARTICLE = (
    "Leaders agree on new rail corridor\n"
    "\n"
    "The transport ministers of three countries agreed on Monday to build a new rail corridor. "
    "The project is expected to cost $2.4 billion.\n"
    "\n"
    "Construction will start next year, officials said.\n"
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


# ---------------------------------------------------------------- seeds and basic invariants


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_is_read_verbatim(path: Path) -> None:
    raw = path.read_bytes()
    article = read_path(path)
    assert article.uri == str(path)
    assert article.content_hash == hashlib.sha256(raw).hexdigest()
    assert article.text == raw.decode("utf-8").replace("\r\n", "\n")
    assert article.warnings == []
    assert article.body_spans, "every seed has body text"
    for start, end in article.body_spans:
        chunk = article.text[start:end]
        assert chunk == chunk.strip() and chunk


def test_supported_suffixes() -> None:
    assert {".txt", ".md", ".markdown", ".html", ".htm"} <= SUPPORTED_SUFFIXES
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_read_text_and_read_bytes_agree() -> None:
    a = read_text(ARTICLE, "mem://a")
    b = read_bytes(ARTICLE.encode(), "mem://a")
    assert a.text == b.text == ARTICLE
    assert a.content_hash == b.content_hash == hashlib.sha256(ARTICLE.encode()).hexdigest()
    assert a.title == "Leaders agree on new rail corridor"
    assert [a.text[s:e] for s, e in a.body_spans] == [
        "The transport ministers of three countries agreed on Monday to build a new rail corridor. "
        "The project is expected to cost $2.4 billion.",
        "Construction will start next year, officials said.",
    ]


def test_url_uri_gives_url_and_outlet() -> None:
    article = read_text(ARTICLE, "https://www.example-news.com/world/123")
    assert article.url == "https://www.example-news.com/world/123"
    assert article.outlet == "example-news.com"


def test_crlf_line_endings_are_normalised(tmp_path: Path) -> None:
    article = read_path(write(tmp_path, "a.txt", ARTICLE.replace("\n", "\r\n")))
    assert article.text == ARTICLE
    assert "\r" not in article.text


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    assert read_path(write(tmp_path, "A.TXT", ARTICLE)).text == ARTICLE


# ---------------------------------------------------------------- bad input


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="empty file"):
        read_path(write(tmp_path, "e.txt", b""))


def test_whitespace_only_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="only whitespace"):
        read_path(write(tmp_path, "w.txt", " \n\t\r\n  \n"))


def test_front_matter_only(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no text after the front matter"):
        read_path(write(tmp_path, "fm.md", "---\ntitle: Nothing here\n---\n\n  \n"))


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(ReadError, match="binary"):
        read_path(write(tmp_path, "image.txt", png))


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    data = bytes(b for b in range(1, 32) if b not in (9, 10, 12, 13)) * 50
    with pytest.raises(ReadError, match="binary"):
        read_path(write(tmp_path, "blob.txt", data))


def test_invalid_utf8_falls_back_to_cp1252(tmp_path: Path) -> None:
    data = "The caf\u00e9 said \u201cyes\u201d \u2013 twice.\n".encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    article = read_path(write(tmp_path, "legacy.txt", data))
    assert article.text == "The caf\u00e9 said \u201cyes\u201d \u2013 twice.\n"
    assert any("cp1252" in w for w in article.warnings)
    assert article.content_hash == hashlib.sha256(data).hexdigest()


def test_mostly_utf8_with_a_bad_byte_keeps_utf8(tmp_path: Path) -> None:
    good = "Azerbaijan\u2019s exports to T\u00fcrkiye rose \u2013 officials said.\n"
    data = good.encode("utf-8") + b"Broken byte: \xff here.\n"
    article = read_path(write(tmp_path, "mixed.txt", data))
    assert article.text.startswith(good)
    assert "\ufffd" in article.text
    assert any("invalid UTF-8" in w for w in article.warnings)


def test_latin1_fallback_when_cp1252_cannot_decode(tmp_path: Path) -> None:
    data = b"The caf\xe9 on the corner printed a new menu \x81 for the summer season.\n"  # 0x81: not cp1252
    article = read_path(write(tmp_path, "l1.txt", data))
    assert article.text == data.decode("latin-1")
    assert any("latin-1" in w for w in article.warnings)


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    article = read_path(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode()))
    assert article.text == ARTICLE
    assert article.warnings == []


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    article = read_path(write(tmp_path, "u16.txt", ARTICLE.encode("utf-16")))
    assert article.text == ARTICLE


def test_file_larger_than_max_bytes(tmp_path: Path) -> None:
    p = write(tmp_path, "big.txt", "word " * 400)
    with pytest.raises(ReadError, match=r"larger than the limit of 1\.0 KB"):
        read_path(p, max_bytes=1024)
    assert read_path(p, max_bytes=4096).text.startswith("word")


def test_read_bytes_respects_max_bytes() -> None:
    with pytest.raises(ReadError, match="larger than the limit"):
        read_bytes(b"x" * 100, "mem://x", max_bytes=10)


@pytest.mark.parametrize("name", ["report.pdf", "notes.docx", "README", "data.json"])
def test_unknown_extension(tmp_path: Path, name: str) -> None:
    p = write(tmp_path, name, ARTICLE)
    with pytest.raises(ReadError, match="unsupported file type"):
        read_path(p)


def test_read_bytes_unknown_suffix() -> None:
    with pytest.raises(ReadError, match=r"unsupported type \.pdf"):
        read_bytes(b"%PDF-1.4", "mem://doc", suffix=".pdf")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read mode-000 files")
def test_unreadable_file(tmp_path: Path) -> None:
    p = write(tmp_path, "secret.txt", ARTICLE)
    p.chmod(0)
    try:
        with pytest.raises(ReadError, match="permission denied"):
            read_path(p)
    finally:
        p.chmod(0o644)


def test_directory_passed_as_file(tmp_path: Path) -> None:
    d = tmp_path / "folder.txt"
    d.mkdir()
    with pytest.raises(ReadError, match="is a directory"):
        read_path(d)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_path(tmp_path / "gone.txt")


def test_dangling_symlink(tmp_path: Path) -> None:
    target = write(tmp_path, "target.txt", ARTICLE)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    target.unlink()  # the path vanishes
    with pytest.raises(ReadError, match="no such file"):
        read_path(link)


def test_read_errors_are_one_line(tmp_path: Path) -> None:
    cases = [write(tmp_path, "e.txt", b""), tmp_path / "missing.txt", write(tmp_path, "x.bin", b"\x00")]
    for p in cases:
        with pytest.raises(ReadError) as info:
            read_path(p)
        assert "\n" not in str(info.value)
        assert str(p) in str(info.value)


# ---------------------------------------------------------------- front matter


def test_front_matter_fields_and_offsets(tmp_path: Path) -> None:
    doc = (
        "---\n"
        "title: Rail corridor agreed\n"
        "outlet: Example Wire\n"
        "author: Jane Doe\n"
        "url: https://example.org/rail\n"
        "published: 2024-07-03\n"
        "tags: [transport, rail]\n"
        "section: world\n"
        "---\n" + ARTICLE
    )
    article = read_path(write(tmp_path, "fm.md", doc))
    assert article.text == ARTICLE
    assert (article.title, article.outlet, article.author) == ("Rail corridor agreed", "Example Wire", "Jane Doe")
    assert article.url == "https://example.org/rail"
    assert article.published == dt.date(2024, 7, 3)
    assert article.published_precision == "day"
    assert article.metadata["tags"] == "transport, rail"
    assert article.metadata["section"] == "world"
    for s, e in article.body_spans:
        assert article.text[s:e] in ARTICLE


@pytest.mark.parametrize(
    ("value", "expected", "precision"),
    [
        ("2021-06", dt.date(2021, 6, 1), "month"),
        ("2021", dt.date(2021, 1, 1), "year"),
        ("'7 June 2021'", dt.date(2021, 6, 7), "day"),
        ("2021-06-07T16:32:00+04:00", dt.date(2021, 6, 7), "day"),
    ],
)
def test_front_matter_published_shapes(value: str, expected: dt.date, precision: str) -> None:
    article = read_text(f"---\npublished: {value}\n---\n{ARTICLE}", "mem://x")
    assert article.published == expected
    assert article.published_precision == precision


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ("---\ntitle: Never closed\n\nBody text here.\n", "never closed"),
        ("---\ntitle: [unclosed\n---\nBody.\n", "not valid YAML"),
        ("---\ntitle: a: b: c\n---\nBody.\n", "not valid YAML"),
        ("---\n- one\n- two\n---\nBody.\n", "must be a mapping"),
        ("---\njust a sentence\n---\nBody.\n", "must be a mapping"),
        ("---\npublished: next Tuesday-ish\n---\nBody.\n", "'published' is not a date: 'next Tuesday-ish'"),
        ("---\ndate: 2021-13-45\n---\nBody.\n", "'published' is not a date"),
    ],
)
def test_broken_front_matter(doc: str, message: str) -> None:
    with pytest.raises(ReadError) as info:
        read_text(doc, "mem://broken")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_empty_front_matter_is_allowed() -> None:
    article = read_text("---\n---\n" + ARTICLE, "mem://x")
    assert article.text == ARTICLE


def test_dashes_later_in_text_are_not_front_matter() -> None:
    doc = ARTICLE + "\n---\n\nFooter\n"
    assert read_text(doc, "mem://x").text == doc


# ---------------------------------------------------------------- sidecars and manifests


def test_sidecar_meta_yaml(tmp_path: Path) -> None:
    p = write(tmp_path, "story.txt", ARTICLE)
    write(tmp_path, "story.txt.meta.yaml", "outlet: Side Wire\npublished: 2020-02-03\nauthor: Ann Lee\n")
    article = read_path(p)
    assert (article.outlet, article.author, article.published) == ("Side Wire", "Ann Lee", dt.date(2020, 2, 3))


def test_sidecar_by_stem(tmp_path: Path) -> None:
    p = write(tmp_path, "story.md", ARTICLE)
    write(tmp_path, "story.meta.yaml", "url: https://news.example.net/x\n")
    article = read_path(p)
    assert article.url == "https://news.example.net/x"
    assert article.outlet == "news.example.net"


def test_manifest_yaml(tmp_path: Path) -> None:
    p = write(tmp_path, "one.txt", ARTICLE)
    write(tmp_path, "two.txt", ARTICLE)
    write(tmp_path, "manifest.yaml", "one.txt:\n  outlet: Manifest Times\n  published: 2019-04\n")
    one, two = read_path(p), read_path(tmp_path / "two.txt")
    assert (one.outlet, one.published, one.published_precision) == ("Manifest Times", dt.date(2019, 4, 1), "month")
    assert two.outlet is None


def test_front_matter_beats_sidecar_beats_manifest(tmp_path: Path) -> None:
    p = write(tmp_path, "a.md", "---\ntitle: From front matter\n---\n" + ARTICLE)
    write(tmp_path, "a.md.meta.yaml", "title: From sidecar\nauthor: Side Author\n")
    write(tmp_path, "manifest.yaml", "a.md:\n  author: Manifest Author\n  outlet: Manifest Outlet\n")
    article = read_path(p)
    assert article.title == "From front matter"
    assert article.author == "Side Author"
    assert article.outlet == "Manifest Outlet"


def test_front_matter_beats_text_inference() -> None:
    article = read_text("---\npublished: 2001-01-02\n---\nTitle here\n\n5 July 2024 - 17:38\n\nBody text.\n", "m://")
    assert article.published == dt.date(2001, 1, 2)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("s.txt.meta.yaml", "title: [broken\n", "not valid YAML"),
        ("s.txt.meta.yaml", "- a\n- b\n", "must be a mapping"),
        ("s.txt.meta.yaml", "published: someday\n", "'published' is not a date"),
        ("manifest.yaml", "s.txt: just text\n", "must be a mapping"),
    ],
)
def test_broken_sidecar(tmp_path: Path, name: str, content: str, message: str) -> None:
    p = write(tmp_path, "s.txt", ARTICLE)
    write(tmp_path, name, content)
    with pytest.raises(ReadError, match=message):
        read_path(p)


# ---------------------------------------------------------------- HTML and Markdown


HTML_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Ministers agree rail corridor | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-07-03T10:00:00Z">
<link rel="canonical" href="https://www.example.org/world/rail"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Ministers agree rail corridor</h1>
<p>The transport ministers of three countries agreed on Wednesday to build a new rail corridor
linking the Caspian ports with the Black Sea coast.</p>
<p>The project is expected to cost $2.4 billion and to carry ten million tonnes of freight a year,
officials said after the talks.</p>
<p>Construction will start in 2025 and should be finished by the end of 2028, the ministers said.</p>
</article>
<footer><p>&copy; 2024 Example Wire. All rights reserved.</p></footer>
</body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    article = read_path(write(tmp_path, "page.html", HTML_PAGE))
    assert "three countries agreed on Wednesday" in article.text
    assert "All rights reserved" not in article.text
    assert "Home" not in article.text.split()
    assert article.title == "Ministers agree rail corridor"
    assert article.author == "Jane Doe"
    assert article.outlet == "Example Wire"
    assert article.published == dt.date(2024, 7, 3)
    assert article.url == "https://www.example.org/world/rail"
    bodies = [article.text[s:e] for s, e in article.body_spans]
    assert len(bodies) == 3
    assert bodies[1].startswith("The project is expected")
    assert article.content_hash == hashlib.sha256(HTML_PAGE.encode()).hexdigest()


def test_html_without_main_text_falls_back_to_visible_text() -> None:
    article = read_bytes(b"<html><body><div>Short note.</div></body></html>", "mem://p", suffix=".htm")
    assert article.text.strip() == "Short note."


def test_html_without_any_text() -> None:
    with pytest.raises(ReadError, match="no readable text"):
        read_bytes(b"<html><head><script>var a=1;</script></head><body> </body></html>", "m://", suffix=".html")


def test_html_declared_charset(tmp_path: Path) -> None:
    page = HTML_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Wednesday", "Wednesday \u2013")
    article = read_path(write(tmp_path, "legacy.html", page.encode("cp1252")))
    assert "Wednesday \u2013" in article.text


def test_markdown_heading_title_and_links(tmp_path: Path) -> None:
    doc = (
        "# Rail corridor agreed\n\n"
        "By Jane Doe\n\n"
        "The transport ministers agreed on Monday to build a new rail corridor.\n\n"
        "## Costs\n\n"
        "The project is expected to cost $2.4 billion, officials said.\n\n"
        "- [Ministers meet in Baku](https://example.org/1)\n"
        "- [Port expansion approved](https://example.org/2)\n"
    )
    article = read_path(write(tmp_path, "story.markdown", doc))
    assert article.text == doc
    assert article.title == "Rail corridor agreed"
    assert article.author == "Jane Doe"
    bodies = [article.text[s:e] for s, e in article.body_spans]
    assert bodies == [
        "The transport ministers agreed on Monday to build a new rail corridor.",
        "The project is expected to cost $2.4 billion, officials said.",
    ]


def test_html_copyright_year_is_not_a_publication_date() -> None:
    page = HTML_PAGE.replace('<meta property="article:published_time" content="2024-07-03T10:00:00Z">\n', "")
    assert "published_time" not in page
    article = read_bytes(page.encode(), "mem://page", suffix=".html")
    assert article.published is None


def test_html_dateline_in_text_is_used_without_markup_date() -> None:
    page = HTML_PAGE.replace('<meta property="article:published_time" content="2024-07-03T10:00:00Z">\n', "")
    h1 = "<h1>Ministers agree rail corridor</h1>"
    page = page.replace(h1, h1 + "<p>3 July 2024 - 10:00</p>")
    article = read_bytes(page.encode(), "mem://page", suffix=".html")
    assert article.published == dt.date(2024, 7, 3)
    assert not any("10:00" in article.text[s:e] for s, e in article.body_spans)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["---", "title: x", "By Ann Lee", "5 July 2024 - 17:38", "Read also", "- Item headline here",
             "The talks ended on Monday.", "Headline Without Stop", "", "  ", "© 2024", "\u00e9t\u00e9", "a: [b"]
        ),
        max_size=15,
    )
)
def test_any_line_mix_reads_or_fails_cleanly(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        article = read_text(text, "mem://fuzz")
    except ReadError as exc:
        assert "\n" not in str(exc)
        return
    assert article.text.strip()
    for s, e in article.body_spans:
        assert 0 <= s < e <= len(article.text)
        assert article.text[s:e] == article.text[s:e].strip()
