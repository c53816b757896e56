"""Read input documents (plain text, Markdown, HTML) into :class:`~timeline.extract.types.Article`.

``Article.text`` is the text that is stored and that every offset points into:

- ``.txt``/``.md``/``.markdown``: the decoded file with line endings normalised to ``\\n`` and YAML
  front matter removed; everything else is kept verbatim, except plain text that has the shape of a PDF
  extraction (:mod:`timeline.ingest.pdftext`): it is stored unwrapped (page furniture removed, paragraphs
  joined), so offsets and quotes refer to the unwrapped text, and a warning says so; and Markdown written by an
  exporter that escapes punctuation ("3 April 2025\\.", "1\\. …": Google Docs, Pandoc), stored without the
  backslashes (:func:`unescape_markdown`), with a warning.
- ``.html``/``.htm``: the main text extracted by trafilatura (falling back to all visible text),
  one paragraph per block separated by blank lines. Before extraction, footnote reference markers are
  dropped so they do not glue onto the text ("October 2024.<sup>1</sup>" read as "2024.1";
  :func:`separate_markers`). After it, a standfirst the page marks up (``<p class="lead">``,
  ``<p class="standfirst">``, ``<div class="summary">``, a dek …; :func:`find_standfirsts`) that the extractor
  dropped is put back where the page shows it (before the body); it is body text even without final
  punctuation, and the header inference passes over it (the lead paragraph's dateline still dates the article).

Metadata sources and their precedence are described in :mod:`timeline.ingest.metadata`;
boilerplate detection (``Article.body_spans``) in :mod:`timeline.ingest.boilerplate`.
Expected problems (empty, binary, too large, unreadable, unknown type, broken front matter) raise
:class:`ReadError` with a one-line message; undecodable bytes are decoded with a fallback and
noted in ``Article.warnings``.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline.extract.types import Article
from timeline.ingest import boilerplate
from timeline.ingest.metadata import (
    HeaderInfo,
    Metadata,
    MetadataError,
    date_from_name,
    dated_items,
    find_footer_date,
    find_header_zone_date,
    find_signoff_date,
    find_trailer_date,
    implausible_publication,
    infer_header,
    normalise_mapping,
    outlet_from_url,
    parse_published,
    sidecar_metadata,
    split_front_matter,
)
from timeline.ingest.pdftext import looks_like_pdf_text, unwrap_pdf_text

#: Largest file read by default (bytes).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES: frozenset[str] = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

_SNIFF = 8192
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
#: Control, private-use and non-characters: many of them mean the bytes were not text.
_ODD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff\ud800-\udfff]")
_HTTP_URL = re.compile(r"https?://")
_SPACES = re.compile(r"[ \t\xa0]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


class ReadError(Exception):
    """An input document that cannot be read; the message is one line, fit for users."""


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def read_path(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read a ``.txt``, ``.md``/``.markdown`` or ``.html``/``.htm`` file.

    The size is checked before reading and at most ``max_bytes + 1`` bytes are ever read.
    Sidecar metadata (``<file>.meta.yaml`` or a folder ``manifest.yaml``) is applied when present.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(none)"
        raise ReadError(f"{p}: unsupported file type {shown}; expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    data = read_file_bytes(p, max_bytes)
    try:
        sidecar = sidecar_metadata(p)
    except MetadataError as exc:
        raise ReadError(f"{p}: {exc}") from None
    return _build(data, str(path), suffix, sidecar)


def read_bytes(
    data: bytes,
    uri: str,
    *,
    suffix: str = ".txt",
    metadata: Mapping[str, Any] | None = None,
    max_bytes: int | None = None,
) -> Article:
    """Read a document held in memory (e.g. downloaded from ``uri``); ``suffix`` selects the format.

    ``metadata`` (same keys as front matter) fills fields the document itself does not give.
    """
    suffix = suffix.lower() if suffix.startswith(".") else "." + suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(f"{uri}: unsupported type {suffix}; expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    if max_bytes is not None and len(data) > max_bytes:
        raise ReadError(f"{uri}: {_size(len(data))} is larger than the limit of {_size(max_bytes)}")
    extra = None
    if metadata:
        try:
            extra = normalise_mapping(metadata, "metadata")
        except MetadataError as exc:
            raise ReadError(f"{uri}: {exc}") from None
    return _build(data, uri, suffix, extra)


def read_text(text: str, uri: str, *, metadata: Mapping[str, Any] | None = None) -> Article:
    """Read an already decoded plain text (front matter allowed); hash of its UTF-8 encoding."""
    return read_bytes(text.encode("utf-8", errors="surrogatepass"), uri, suffix=".txt", metadata=metadata)


# --------------------------------------------------------------------------------------------
# Reading and decoding
# --------------------------------------------------------------------------------------------


def _size(n: int) -> str:
    """A byte count for messages: "12 bytes", "3.4 KB", "5.0 MB"."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def read_file_bytes(p: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of file ``p``, refusing (ReadError) directories, missing, unreadable or oversized files."""
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ReadError(f"{p}: no such file") from None
    except OSError as exc:
        raise ReadError(f"{p}: cannot access file ({exc.strerror or exc})") from None
    if p.is_dir():
        raise ReadError(f"{p}: is a directory, not a file")
    if st.st_size > max_bytes:
        raise ReadError(f"{p}: {_size(st.st_size)} is larger than the limit of {_size(max_bytes)}")
    try:
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError(f"{p}: file disappeared while reading") from None
    except PermissionError:
        raise ReadError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise ReadError(f"{p}: is a directory, not a file") from None
    except OSError as exc:
        raise ReadError(f"{p}: cannot read file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise ReadError(f"{p}: larger than the limit of {_size(max_bytes)}")
    return data


def _check_not_binary(data: bytes, uri: str) -> None:
    """:class:`ReadError` when the first bytes hold NUL or many control bytes."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise ReadError(f"{uri}: binary file (contains NUL bytes), not text")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > 0.05:
        raise ReadError(f"{uri}: binary file (mostly non-text bytes), not text")


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode bytes: utf-8 (BOM stripped), else mostly-utf-8 with replacement, else cp1252, else latin-1.

    Returns the text and warnings describing any fallback used.
    """
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError:
            pass
    if declared:
        try:
            if codecs.lookup(declared).name not in ("utf-8", "ascii"):
                return data.decode(declared), warnings
        except (LookupError, UnicodeDecodeError):
            pass
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), warnings
        except UnicodeDecodeError:
            data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good_multibyte = sum(1 for c in replaced if ord(c) > 0x7F) - bad
    if good_multibyte > bad:
        warnings.append(f"invalid UTF-8 (first at byte {first_bad}); {bad} bad sequence(s) replaced with U+FFFD")
        return replaced, warnings
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        warnings.append(f"invalid UTF-8 (first at byte {first_bad}); decoded as {encoding}")
        return text, warnings
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def _check_text_is_text(text: str, uri: str) -> None:
    """:class:`ReadError` when the decoded start is mostly control or private-use characters."""
    sample = text[:_SNIFF]
    if not sample:
        return
    odd = len(_ODD_CHARS.findall(sample))
    if odd / len(sample) > 0.05:
        raise ReadError(f"{uri}: binary file (mostly non-text characters), not text")


# --------------------------------------------------------------------------------------------
# Building the Article
# --------------------------------------------------------------------------------------------


#: A Markdown backslash escape of punctuation ("2025\\.", "1\\. ", "GSP\\+", "\\#5"), as exporters write them.
_MD_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_MD_CODE = re.compile(r"^(?:```|~~~)|`[^`\n]+`", re.M)


def unescape_markdown(text: str) -> tuple[str, int]:
    """The text with Markdown backslash escapes of punctuation removed, and their number.

    Exporters (Google Docs, Pandoc, Notion) escape characters that could be read as Markdown syntax
    ("signed on 3 April 2025\\.", "1\\. The agreement …"); left in, they split sentences and hide list markers.
    Texts with code (fences or inline code, where a backslash is literal) and texts with a single escape are left
    unchanged.
    """
    if _MD_CODE.search(text):
        return text, 0
    n = len(_MD_ESCAPE.findall(text))
    if n < 2:
        return text, 0
    return _MD_ESCAPE.sub("", text), n


def _build(data: bytes, uri: str, suffix: str, outside: Metadata | None) -> Article:
    """Decode, extract the text (HTML) or strip front matter, gather metadata, find the body spans."""
    content_hash = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise ReadError(f"{uri}: empty file" if not data else f"{uri}: file contains only whitespace")
    if not (data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE)):
        _check_not_binary(data, uri)
    declared = None
    if suffix in HTML_SUFFIXES:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii", "ignore") if m else None
    raw_text, warnings = decode(data, declared=declared)
    _check_text_is_text(raw_text, uri)
    raw_text = raw_text.replace("\r\n", "\n").replace("\r", "\n")

    if suffix in HTML_SUFFIXES:
        text, html_meta, html_warnings, leads = _html_text(raw_text, uri)
        warnings.extend(html_warnings)
        meta = Metadata()
        front = None
    else:
        leads: list[tuple[int, int]] = []
        try:
            fm, body_start = split_front_matter(raw_text)
            front = normalise_mapping(fm, "front matter") if fm is not None else None
        except MetadataError as exc:
            raise ReadError(f"{uri}: {exc}") from None
        text = raw_text[body_start:]
        if not text.strip():
            raise ReadError(f"{uri}: no text after the front matter" if fm is not None else f"{uri}: no text")
        if suffix in TEXT_SUFFIXES and looks_like_pdf_text(text):
            text, unwrapped = unwrap_pdf_text(text)
            warnings.append(unwrapped.summary())
        elif suffix in MARKDOWN_SUFFIXES:
            text, unescaped = unescape_markdown(text)
            if unescaped:
                warnings.append(
                    f"Markdown backslash escapes removed ({unescaped}): offsets refer to the text without them"
                )
        html_meta = None
        meta = Metadata()

    for source in (front, outside, html_meta):
        if source is not None:
            meta.fill_from(source)
    header = infer_header(text, is_boilerplate=boilerplate.is_navigation_line, skip=leads)
    _drop_impossible_dateline(text, header, warnings)
    meta.fill_from(header.as_metadata())
    if meta.outlet is None and meta.url:
        meta.outlet = outlet_from_url(meta.url)
    if meta.author and meta.outlet and meta.author.casefold() == meta.outlet.casefold():
        meta.author = None  # the site named as its own author (common in HTML meta tags)
    if meta.url is None and _HTTP_URL.match(uri):
        meta.url = uri
        meta.outlet = meta.outlet or outlet_from_url(uri)

    warnings.extend(_dateline_warnings(header, meta))
    exclude = list(header.spans)
    trailer = find_trailer_date(text)
    if trailer is not None:
        exclude.append((trailer.start, trailer.end))
        if meta.published is None:
            meta.published, meta.published_precision = trailer.date, trailer.precision
            _add_note(meta, f"date of the closing line '{trailer.line}' (publication is on or after it)")
            warnings.append(f"publication date taken from the closing line '{trailer.line}'")
    _footer_date(
        text,
        meta,
        header,
        exclude,
        warnings,
        outside_dated=any(m is not None and m.published is not None for m in (front, outside, html_meta)),
    )
    _fallback_date(text, meta, uri, exclude, warnings)
    if not any(m is not None and m.published is not None for m in (front, outside, html_meta)):
        _newest_item_date(text, meta, warnings)
    origins = [("front matter", front), ("sidecar metadata", outside), ("page markup", html_meta)]
    _note_disagreement(meta, header, origins)
    spans = boilerplate.body_spans(text, exclude=exclude, keep=leads)
    if not spans:
        warnings.append("no article body found (only headings or navigation)")
    return Article(
        uri=uri,
        text=text,
        content_hash=content_hash,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        url=meta.url,
        published=meta.published,
        published_precision=meta.published_precision,
        body_spans=spans,
        metadata=dict(meta.extra),
        warnings=warnings,
    )


def _newest_item_date(text: str, meta: Metadata, warnings: list[str]) -> None:
    """A page of several dated items (releases, channel posts; :func:`metadata.dated_items`) was published no
    earlier than its newest item: a copied channel lists its posts oldest first, so the first stamp the header
    finds is the oldest, and later posts' events would read as planned or be pushed a year back."""
    items = dated_items(text)
    if len(items) < 2:
        return
    newest = max(item.date for item in items)
    if meta.published is not None and (meta.published_precision != "day" or meta.published >= newest):
        return
    meta.published, meta.published_precision = newest, "day"
    _add_note(meta, f"date of the newest of {len(items)} dated items (posts or releases)")
    warnings.append(f"publication date taken from the newest of {len(items)} dated items")


def _footer_date(
    text: str,
    meta: Metadata,
    header: HeaderInfo,
    exclude: list[tuple[int, int]],
    warnings: list[str],
    *,
    outside_dated: bool,
) -> None:
    """Use a labelled footer date ("This page was last edited on 5 November 2026") and note update dates.

    Precedence: a date labelled "published" (anywhere) beats one labelled "updated/edited"; with only an
    update/edit date, it is used — it bounds what the text can know — and ``published_note`` says so. The footer
    is weaker than every other source except that a "published" footer replaces an "updated" head line.
    """
    footer = find_footer_date(text)
    from_header = not outside_dated and header.published is not None and meta.published == header.published
    if footer is not None:
        exclude.append((footer.start, footer.end))
        header_updated = from_header and header.dateline_updated
        if meta.published is None or (header_updated and not footer.updated):
            meta.published, meta.published_precision = footer.date, footer.precision
            kind = "update/edit" if footer.updated else "publication"
            _add_note(meta, f"{kind} date of the footer line '{footer.line}'" + _UPDATED_NOTE * footer.updated)
            warnings.append(f"publication date taken from the footer line '{footer.line}'")
            return
    if from_header and header.dateline_updated:
        _add_note(meta, f"update/edit date of the head line '{header.dateline}'" + _UPDATED_NOTE)
    signoff = find_signoff_date(text) if meta.published is None else None
    if signoff is not None:  # weakest: "Baku, 3 July 2024" closing a statement
        exclude.append((signoff.start, signoff.end))
        meta.published, meta.published_precision = signoff.date, signoff.precision
        _add_note(meta, f"date of the sign-off line '{signoff.line}'")
        warnings.append(f"publication date taken from the sign-off line '{signoff.line}'")


def _drop_impossible_dateline(text: str, header: HeaderInfo, warnings: list[str]) -> None:
    """Forget a head dateline that cannot be the publication date: after the ingestion day, or a day the text
    itself tells in the future tense ("Press conference on 14 October 2027" over "… will be held on 14 October
    2027")."""
    if header.published is None:
        return
    why = implausible_publication(text, header.published, floor=False)
    if why is not None:
        warnings.append(f"dateline '{header.dateline}' is not taken for the publication date: {why}")
        header.published = header.published_precision = None


def _fallback_date(text: str, meta: Metadata, uri: str, exclude: list[tuple[int, int]], warnings: list[str]) -> None:
    """The weakest sources, used only when no rule above dated the article.

    Precedence: every format rule (front matter … sign-off line) first; then the header-zone fallback (a date in a
    metadata-like head line, a headline naming a dated occasion, the first sentence of show notes); then a date in
    the file name or URL path (``…_20260120.txt``, ``/2024/07/05/slug``). The source is said in ``published_note``.
    """
    if meta.published is not None:
        _refine_month(text, meta, warnings)
        return
    zone = find_header_zone_date(text, is_boilerplate=boilerplate.is_navigation_line)
    if zone is not None:
        meta.published, meta.published_precision = zone.date, zone.precision
        if zone.kind == "metadata line":
            exclude.append((zone.start, zone.end))
        upd = _UPDATED_NOTE if zone.rank == 2 else ""
        _add_note(
            meta, f"date of the header-zone {zone.kind} '{zone.line}' (general fallback: no format rule matched){upd}"
        )
        warnings.append(f"publication date taken from the header-zone {zone.kind} '{zone.line}'")
        return
    for name in (uri, meta.url):
        found = date_from_name(name) if name else None
        if found is not None:
            meta.published, meta.published_precision = found[0], found[1]
            _add_note(meta, f"date '{found[2]}' in the file name or URL '{name}' (weak: the text gives no date)")
            warnings.append(f"publication date taken from the file name or URL '{name}'")
            return


def _refine_month(text: str, meta: Metadata, warnings: list[str]) -> None:
    """A month-precision date (an issue line "September 2025 | Issue 9") made exact by a day of that month that the
    header zone gives with a label or a credit ("Interview by NAME, PLACE, 4 September 2025."): the issue month
    bounds the day, the day is finer. An unlabelled or update date never refines."""
    if meta.published is None or meta.published_precision != "month":
        return
    zone = find_header_zone_date(text, is_boilerplate=boilerplate.is_navigation_line)
    if zone is None or zone.precision != "day" or zone.rank != 0:
        return
    if (zone.date.year, zone.date.month) != (meta.published.year, meta.published.month):
        return
    meta.published, meta.published_precision = zone.date, "day"
    _add_note(meta, f"day of the header-zone {zone.kind} '{zone.line}' within the month of the issue line")
    warnings.append(f"publication day taken from the header-zone {zone.kind} '{zone.line}'")


_UPDATED_NOTE = " (no publication date given; the text was last revised then and knows nothing later)"


def _add_note(meta: Metadata, note: str) -> None:
    """Prepend ``note`` to the ``published_note`` of the metadata."""
    prev = meta.extra.get("published_note")
    meta.extra["published_note"] = f"{note}; {prev}" if prev else note


def _note_disagreement(meta: Metadata, header: HeaderInfo, sources: list[tuple[str, Metadata | None]]) -> None:
    """Record in ``published_note`` when the text's own dateline disagrees with the date that was kept.

    Precedence (strongest first): front matter, sidecar/manifest, page markup (meta tags, JSON-LD,
    ``<time>``), a dateline or labelled line in the text head, a wire dateline, a closing line.
    """
    if header.published is None or meta.published is None or header.published == meta.published:
        return
    origin = next((name for name, m in sources if m is not None and m.published == meta.published), None)
    if origin is None:
        return
    _add_note(
        meta,
        f"{origin} date {meta.published.isoformat()} kept over the text's dateline '{header.dateline}' "
        f"({header.published.isoformat()})",
    )


def _dateline_warnings(header: HeaderInfo, meta: Metadata) -> list[str]:
    """A warning when the publication year came from inference on a yearless dateline, or could not."""
    note = header.dateline_note
    if not note:
        return []
    inferred = note.startswith("year inferred: ")
    if inferred and header.published is not None and meta.published == header.published:
        return [f"publication year inferred: {note.removeprefix('year inferred: ')} (dateline '{header.dateline}')"]
    if not inferred and meta.published is None:
        return [f"publication date unknown: dateline '{header.dateline}' has no year ({note})"]
    return []


_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
        "tr", "td", "th", "section", "article", "header", "footer", "aside", "nav", "figure", "figcaption",
        "dd", "dt", "dl", "hr", "main", "address",
    }
)  # fmt: skip
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")


def visible_text(html: str) -> str:
    """All visible text of an HTML page or fragment, one line per block element (lxml)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    etree.strip_elements(root, *_INVISIBLE_TAGS, with_tail=False)
    etree.strip_elements(root, etree.Comment, with_tail=False)
    return _text_with_blocks(root)


def _text_with_blocks(el: Any) -> str:
    """The text of an lxml tree, a line break around each block element, spaces collapsed."""
    out: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            out.append("\n")
        if node.text:
            out.append(node.text.replace("\n", " "))  # line breaks come from block elements only
        for child in node:
            walk(child)
            if child.tail:
                out.append(child.tail.replace("\n", " "))
        if block:
            out.append("\n")

    walk(el)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------------------------
# HTML structure before extraction: footnote markers, standfirsts
# --------------------------------------------------------------------------------------------

_SUPSUB = re.compile(r"<(sup|sub)\b[^>]*>(.*?)</\1\s*>", re.I | re.S)
#: A link to a note ("#fn1", "#cite_note-3", "#footnote-2", "#endnote_4", "#ref5") whose text is a marker.
_NOTE_LINK = re.compile(
    r"<a\b[^>]*\bhref\s*=\s*[\"']#(?:fn|cite[_-]?note|foot|end|note|ref|_ftn|_edn)[^\"']*[\"'][^>]*>(.*?)</a\s*>",
    re.I | re.S,
)
#: An element classed as a note reference ("footnote-ref", "fn-ref", "noteref", "endnote", "cite-ref") whose text
#: is a marker: ``<span class="footnote-ref">2</span>``.
_NOTE_CLASS = re.compile(
    r"<(a|span)\b[^>]*\bclass\s*=\s*[\"'][^\"']*\b(?:footnote|fn-?ref|endnote|noteref|note-ref|cite-ref)[^\"']*[\"']"
    r"[^>]*>([^<]{0,12})</\1\s*>",
    re.I,
)
_TAG = re.compile(r"<[^>]+>")
#: A footnote reference: "1", "[2]", "12,13", "3–5", "*", "†", "a", "iv", "(1)".
_MARKER = re.compile(
    r"[\[(]?\s*(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[a-z]|[ivx]{1,4}|\*{1,3}|[†‡§¶#]{1,3})\s*[\])]?", re.I
)
#: The opening of a block element, right before a marker: the marker opens a footnote body.
_BLOCK_HEAD = re.compile(r"<(?:p|div|li|dd|dt|td)\b[^>]*>(?:\s|<(?:span|a|em|i|small)\b[^>]*>)*$", re.I)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|er|re|e|ème|eme|o|a|ª|º)", re.I)
#: Text a superscript number is an exponent of: a unit ("km<sup>2</sup>", "m<sup>3</sup>") or a power of ten.
_EXPONENT_BASE = re.compile(r"(?:\d\s?(?:[kcmd]?m|ft|mi|yd)|\bsq\.?\s?(?:ft|mi|km|m)|(?:\b|×\s?|x\s?)10)\s*$", re.I)
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def separate_markers(html: str) -> str:
    """Keep superscript/subscript footnote markers from gluing onto the text ("October 2024.<sup>1</sup>").

    A ``<sup>`` (or a ``<sub>`` in brackets) holding only a reference marker ("1", "[2]", "*", "†", "iv"), and
    a link to a note ("#fn1", "#cite_note-2") or an element classed as a note reference (``<span
    class="footnote-ref">``) whose text is such a marker, are dropped. At the head of a footnote body
    ("<p><sup>1</sup> The memorandum …", Word's "<p><a href="#_ftnref1">[1]</a> …") a numbered marker becomes
    "[1] ", so the boilerplate rules read it as a note: kept (after the marker) when it tells something, dropped
    when it is a citation ("Ministry of Defence, statement of 27 November 2024."). Kept glued: ordinal suffixes
    ("5<sup>th</sup>" → "5th"), chemical and other subscripts ("CO<sub>2</sub>"); exponents of units and of ten
    become superscript digits ("km<sup>2</sup>" → "km²", "10<sup>6</sup>" → "10⁶").
    """

    def inner_text(fragment: str) -> str:
        import html as html_lib

        return html_lib.unescape(_TAG.sub("", fragment)).strip()

    def repl(m: re.Match[str]) -> str:
        before = html[max(0, m.start() - 300) : m.start()]
        if m.re is _SUPSUB:
            tag, inner = m.group(1).lower(), inner_text(m.group(2))
        else:  # a note link or a note-classed element: only its text counts
            tag, inner = "a", inner_text(m.group(m.lastindex or 1))
        prev_text = _TAG.sub("", before[-200:])
        if not inner:
            return m.group(0)
        if tag == "sup" and _ORDINAL_SUFFIX.fullmatch(inner) and prev_text[-1:].isdigit():
            return inner
        if tag == "sup" and re.fullmatch(r"-?\d{1,2}", inner) and _EXPONENT_BASE.search(prev_text):
            return inner.translate(_SUPERSCRIPT_DIGITS)
        if tag == "sub" and not inner.startswith("["):
            return m.group(0)
        if not _MARKER.fullmatch(inner):
            return m.group(0)
        number = re.search(r"\d{1,3}", inner)
        if number is not None and _BLOCK_HEAD.search(before):
            return f"[{number.group()}] "  # the number opening a footnote body: a note line for the boilerplate rules
        after = html[m.end() : m.end() + 1]
        return " " if after.isalnum() else ""

    html = _NOTE_LINK.sub(repl, html)
    html = _NOTE_CLASS.sub(repl, html)
    return _SUPSUB.sub(repl, html)


#: class/id/itemprop tokens of a standfirst, dek or summary under the headline.
_LEAD_TOKEN = re.compile(
    r"(?:^|[-_])(?:lead|lede|standfirst|summary|dek|deck|subtitle|sub-?title|sub-?head(?:line|ing)?|intro|excerpt"
    r"|strapline|abstract|description|teaser-text)(?:$|[-_])",
    re.I,
)
#: Ancestors that hold link lists and sidebars, not the article's own head.
_NOT_LEAD_CONTAINER = re.compile(
    r"(?:^|[-_])(?:related|more|teasers?|recommend\w*|popular|latest|sidebar|promo|cards?|list|feed|rail|widget"
    r"|newsletter|comments?|footer|nav\w*|menu|most-\w+|read-?also|see-?also|similar)(?:$|[-_])",
    re.I,
)
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "section", "span", "strong", "em"})
_MAX_LEADS = 2


def _tokens(el: Any) -> list[str]:
    return " ".join(str(el.get(attr) or "") for attr in ("class", "id", "itemprop")).split()


def find_standfirsts(html: str) -> list[str]:
    """The standfirsts of a page (``<p class="lead">``, ``<div class="summary">``, ``<h2 class="dek">`` …).

    Only elements outside link lists and sidebars (no ``nav``/``aside``/``footer``/``li``/``a`` ancestor, no
    ancestor classed related/more/teaser/list/…), of 6–80 words, at most two, in document order.
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    out: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in _LEAD_TAGS:
            continue
        if not any(_LEAD_TOKEN.search(tok) for tok in _tokens(el)):
            continue
        if any(_is_list_container(a) for a in el.iterancestors()):
            continue
        text = _SPACES.sub(" ", _text_with_blocks(el).replace("\n", " ")).strip()
        words = len(text.split())
        if not 6 <= words <= 80 or text in out or any(text in prev or prev in text for prev in out):
            continue
        out.append(text)
        if len(out) >= _MAX_LEADS:
            break
    return out


def _is_list_container(el: Any) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("nav", "aside", "footer", "li", "a", "ul", "ol", "menu", "form"):
        return True
    return any(_NOT_LEAD_CONTAINER.search(tok) for tok in _tokens(el))


def _place_standfirsts(html: str, paragraphs: list[str], leads: list[str]) -> tuple[list[str], set[int]]:
    """Paragraphs with each standfirst in place (before the first paragraph the page shows after it), and the
    indices of the standfirst paragraphs. A standfirst the extractor already kept is only marked; one shown after
    the first body paragraph (a summary box further down) is left out."""
    if not leads:
        return paragraphs, set()
    page = visible_text(html).replace("\n", " ")

    def where(par: str) -> int:
        probe = _SPACES.sub(" ", par.removeprefix("- ")).strip()[:60]
        return page.find(probe) if probe else -1

    out = list(paragraphs)
    marked: set[int] = set()
    for lead in leads:
        norm = [_SPACES.sub(" ", p).strip() for p in out]
        kept_at = norm.index(lead) if lead in norm else None
        if kept_at is None and any(lead in p for p in norm):
            continue
        if kept_at is not None:  # kept by the extractor, maybe out of place (some put the page head last)
            out.pop(kept_at)
            marked = {i - 1 if i > kept_at else i for i in marked}
        pos = where(lead)
        places = [where(p) for p in out]
        body = next((i for i, p in enumerate(out) if len(p.split()) >= 25), None)
        if pos < 0 or (body is not None and 0 <= places[body] < pos):
            if kept_at is not None:
                out.insert(kept_at, lead)
                marked = {i + 1 if i >= kept_at else i for i in marked} | {kept_at}
            continue
        at = next((i for i, q in enumerate(places) if q > pos), len(out))
        out.insert(at, lead)
        marked = {i + 1 if i >= at else i for i in marked} | {at}
    return out, marked


def html_main_text(html: str) -> tuple[str, list[str]]:
    """Main text of an HTML page or fragment, paragraphs separated by blank lines, plus warnings.

    trafilatura (precision first, then recall); when it finds nothing, all visible text. Footnote markers are
    separated first (:func:`separate_markers`) and standfirsts put back (:func:`find_standfirsts`).
    Returns ``("", warnings)`` when the page has no text at all.
    """
    text, warnings, _ = html_main_text_with_leads(html)
    return text, warnings


def html_main_text_with_leads(html: str) -> tuple[str, list[str], list[tuple[int, int]]]:
    """:func:`html_main_text` plus the (start, end) spans of the standfirst paragraphs in the text."""
    import trafilatura

    html = separate_markers(html)
    warnings: list[str] = []
    extracted: str | None = None
    try:
        extracted = trafilatura.extract(
            html, output_format="txt", include_comments=False, include_tables=True, favor_precision=True
        ) or trafilatura.extract(html, output_format="txt", include_comments=False, favor_recall=True)
    except Exception as exc:  # trafilatura raises assorted errors on malformed markup
        warnings.append(f"main-text extraction failed ({type(exc).__name__})")
    if not extracted or not extracted.strip():
        extracted = visible_text(html)
        if extracted.strip():
            warnings.append("no main text found by trafilatura; used all visible text")
    paragraphs = [line.strip() for line in (extracted or "").replace("\r", "\n").split("\n") if line.strip()]
    if not paragraphs:
        return "", warnings, []
    paragraphs, marked = _place_standfirsts(html, paragraphs, find_standfirsts(html))
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, par in enumerate(paragraphs):
        if i in marked:
            spans.append((pos, pos + len(par)))
        pos += len(par) + 2
    return "\n\n".join(paragraphs) + "\n", warnings, spans


def _html_text(html: str, uri: str) -> tuple[str, Metadata, list[str], list[tuple[int, int]]]:
    """Main text and metadata of an HTML page, and the spans of its standfirsts."""
    import trafilatura

    text, warnings, leads = html_main_text_with_leads(html)
    if not text:
        raise ReadError(f"{uri}: HTML page has no readable text")

    meta = Metadata()
    try:
        doc = trafilatura.extract_metadata(html)
    except Exception:
        doc = None
    if doc is not None:
        meta.title = (doc.title or "").strip() or None
        meta.author = (doc.author or "").strip() or None
        meta.outlet = (doc.sitename or "").strip() or None
        meta.url = (doc.url or "").strip() or None
        if doc.description:
            meta.extra["description"] = doc.description.strip()
    page_date = _html_published(html)
    if page_date:
        try:
            meta.published, meta.published_precision = parse_published(page_date)
        except MetadataError:
            warnings.append(f"unusable page date {page_date!r}")
    return text, meta, warnings, leads


def _html_published(html: str) -> str | None:
    """The publication date declared in the page's markup (meta tags, JSON-LD, <time>), as YYYY-MM-DD.

    htmldate (a trafilatura dependency) without its extensive search: guesses from free text such
    as a "© 2024" footer would come back as 2024-01-01 and are left to the dateline inference.
    """
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises assorted errors on malformed markup
        return None


__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "ReadError",
    "decode",
    "find_standfirsts",
    "html_main_text",
    "html_main_text_with_leads",
    "read_bytes",
    "read_file_bytes",
    "read_path",
    "read_text",
    "separate_markers",
]
