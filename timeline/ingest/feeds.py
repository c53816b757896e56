"""RSS and Atom feeds: one :class:`~timeline.extract.types.Article` per entry (feedparser).

Each entry's content (or, failing that, its summary) is turned into text by the same HTML path
as HTML files (:func:`timeline.ingest.reader.html_main_text`); plain-text content is used as is.
The entry link is the article's ``uri`` and ``url``, the feed title its outlet (else the link's
host), the entry's published (else updated) date its publication date. An entry with neither
content nor summary is read from its title alone, with a warning. Local feed files are read
offline; a URL is fetched by feedparser.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

import feedparser

from timeline.extract.types import Article
from timeline.ingest import boilerplate
from timeline.ingest.metadata import infer_header, outlet_from_url
from timeline.ingest.reader import DEFAULT_MAX_BYTES, ReadError, html_main_text, read_file_bytes

_URL = re.compile(r"^https?://", re.I)
_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\(([^)]+)\)$")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def read_feed(path_or_url: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Read an RSS/Atom feed from a local file or an http(s) URL into articles (feed order)."""
    if _URL.match(path_or_url):
        parsed = feedparser.parse(path_or_url)
        status = getattr(parsed, "status", None)
        if status is not None and status >= 400:
            raise ReadError(f"{path_or_url}: HTTP status {status}")
    else:
        data = read_file_bytes(Path(path_or_url), max_bytes)
        if not data.strip():
            raise ReadError(f"{path_or_url}: empty file")
        parsed = feedparser.parse(data)
    version = getattr(parsed, "version", "") or ""
    if not parsed.entries and (parsed.bozo or not version):
        reason = getattr(parsed, "bozo_exception", None)
        detail = f" ({str(reason).splitlines()[0]})" if reason else ""
        raise ReadError(f"{path_or_url}: not an RSS or Atom feed{detail}")
    feed_title = (parsed.feed.get("title") or "").strip() or None
    feed_link = parsed.feed.get("link")
    articles: list[Article] = []
    empty: ReadError | None = None
    for i, entry in enumerate(parsed.entries):
        try:
            articles.append(_entry_article(entry, i, path_or_url, feed_title, feed_link))
        except ReadError as exc:  # an entry with nothing in it says nothing: skip it, keep the others
            empty = empty or exc
    if empty is not None and not articles:
        raise empty
    return articles


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _entry_author(entry: Any) -> str | None:
    """The author's name; RSS gives "email (Name)", which feedparser does not always split well."""
    raw = (entry.get("author") or "").strip()
    m = _EMAIL_NAME.match(raw)
    if m:
        return m.group(1).strip()
    name = ((entry.get("author_detail") or {}).get("name") or "").strip()
    if name and "@" not in name and "(" not in name:
        return name
    return raw or None


def _entry_link(entry: Any) -> str | None:
    """The entry's web address (feedparser may copy a non-URL id such as ``urn:…`` into ``link``)."""
    link = (entry.get("link") or "").strip()
    return link if _URL.match(link) else None


def _entry_body(entry: Any) -> tuple[str, str]:
    """(raw content, MIME type) of the richest body the entry has."""
    for content in entry.get("content") or []:
        if (content.get("value") or "").strip():
            return content["value"], content.get("type") or "text/html"
    summary = entry.get("summary") or ""
    if summary.strip():
        detail = entry.get("summary_detail") or {}
        return summary, detail.get("type") or "text/html"
    return "", "text/plain"


def _entry_article(entry: Any, index: int, feed_uri: str, feed_title: str | None, feed_link: str | None) -> Article:
    link = _entry_link(entry)
    title = (entry.get("title") or "").strip() or None
    raw, mime = _entry_body(entry)
    warnings: list[str] = []
    if raw and any(t in mime for t in _HTML_TYPES):
        text, html_warnings = html_main_text(raw)
        warnings.extend(w for w in html_warnings if "all visible text" not in w)
    else:
        text = "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", raw.replace("\r\n", "\n")) if p.strip())
        text = text + "\n" if text else ""
    if not text.strip():
        if title is None:
            raise ReadError(f"{feed_uri}: entry {index + 1} has no title, content or summary")
        text = title + "\n"
        warnings.append("entry has no content or summary; text is the title only")
    uri = link or f"{feed_uri}#{entry.get('id') or index + 1}"
    header = infer_header(text, is_boilerplate=boilerplate.is_navigation_line)
    spans = boilerplate.body_spans(text, exclude=[] if text.strip() == (title or "") else header.spans)
    published = _entry_date(entry)
    metadata = {"feed": feed_uri}
    if entry.get("id"):
        metadata["entry_id"] = str(entry["id"])
    tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
    if tags:
        metadata["tags"] = ", ".join(tags)
    return Article(
        uri=uri,
        text=text,
        content_hash=hashlib.sha256((raw or text).encode("utf-8")).hexdigest(),
        title=title or header.title,
        outlet=feed_title or outlet_from_url(link or feed_link or "") or header.outlet,
        author=_entry_author(entry) or header.author,
        url=link,
        published=published or header.published,
        published_precision="day" if published else header.published_precision,
        body_spans=spans,
        metadata=metadata,
        warnings=warnings,
    )
