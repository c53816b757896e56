"""Which inputs an ingestion run reads: files, folders, feed files and feed URLs.

Rules (the README copies them):

- **Folders** are walked recursively; their supported files (``timeline.ingest.reader.SUPPORTED_SUFFIXES``)
  and feed files (``.rss``, ``.atom``, ``.xml``) come out sorted by path. Hidden files and folders (name
  starting with ``.``), sidecar metadata (``*.meta.yaml``/``*.meta.yml``) and folder manifests
  (``manifest.yaml``/``manifest.yml``) are skipped, and so are files with other extensions (logged at
  debug level, not counted): a folder may hold notes, images, anything.
- **Files named explicitly** are always attempted, hidden or not; one with an unknown extension or that is
  not a regular file (FIFO, socket, device) is reported as a failed file (exit code 1), not skipped.
- **http(s) URLs** are feeds (read with ``timeline.ingest.feeds.read_feed``). A URL that is not a
  well-formed http(s) URL, or a path that does not exist, is a usage error (:class:`InputError`).

Identity of a file (``sources.uri``), see :func:`normalise_uri`: the path made absolute (lexically, no
symlink resolution), then written relative to the current directory when it lies beneath it, otherwise
kept absolute; always with ``/``. So ``timeline ingest seeds``, ``timeline ingest ./seeds/`` and
``timeline ingest $PWD/seeds`` name the same sources ``seeds/000_….txt``. Run scheduled jobs from a
fixed working directory (cron: ``cd``; systemd: ``WorkingDirectory=``) so the URIs stay the same.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

FEED_SUFFIXES: frozenset[str] = frozenset({".rss", ".atom", ".xml"})
SIDECAR_ENDINGS: tuple[str, ...] = (".meta.yaml", ".meta.yml")
MANIFEST_NAMES: frozenset[str] = frozenset({"manifest.yaml", "manifest.yml"})

Kind = Literal["file", "feed", "url"]


class InputError(ValueError):
    """A path or URL given by the user cannot be used at all (a usage error, exit code 2)."""


@dataclass(frozen=True, slots=True)
class Item:
    """One input to read: an article file, a feed file or a feed URL."""

    kind: Kind
    uri: str
    path: Path | None = None
    #: Named on the command line (not found by walking a folder).
    explicit: bool = False


@dataclass(slots=True)
class Discovery:
    """What a set of paths expands to."""

    items: list[Item] = field(default_factory=list)
    #: Files that cannot be read as given: (uri, message). Counted as failed files.
    rejected: list[tuple[str, str]] = field(default_factory=list)
    #: URI prefixes of the folders walked ("seeds/"), for ``--prune``.
    folders: list[str] = field(default_factory=list)


def article_suffixes() -> frozenset[str]:
    """The suffixes the reader supports (lower case, with the dot)."""
    from timeline.ingest.reader import SUPPORTED_SUFFIXES  # lazily: the reader's imports are slower

    return frozenset(s.lower() for s in SUPPORTED_SUFFIXES)


def is_url(value: str) -> bool:
    """True for anything that looks like a URL (has a scheme such as ``http:``)."""
    return "://" in value


def check_url(value: str) -> str:
    """Return ``value`` if it is a usable http(s) URL, else raise :class:`InputError`."""
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in value:
        raise InputError(f"not an http(s) URL: {value!r}")
    return value


def normalise_uri(path: str | os.PathLike[str], cwd: Path | None = None) -> str:
    """The source URI of ``path``: relative to ``cwd`` (default: the current directory) when beneath it,
    else absolute; posix separators, no ``.``/``..`` parts, no trailing slash."""
    base = os.path.abspath(cwd if cwd is not None else os.getcwd())
    absolute = os.path.abspath(os.path.join(base, os.fspath(path)))
    try:
        rel = os.path.relpath(absolute, base)
    except ValueError:  # another drive (Windows)
        rel = os.pardir
    if rel == os.curdir:
        return "."
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return Path(absolute).as_posix()
    return Path(rel).as_posix()


def _skipped_name(name: str) -> bool:
    """Hidden files, sidecar metadata and manifests are never articles."""
    return name.startswith(".") or name.endswith(SIDECAR_ENDINGS) or name.lower() in MANIFEST_NAMES


def _kind_of(path: Path, suffixes: frozenset[str]) -> Kind | None:
    """ "file" (an article), "feed", or None for a file of another type."""
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES and suffix not in suffixes:
        return "feed"
    if suffix in suffixes:
        return "file"
    return None


def _walk(folder: Path, suffixes: frozenset[str], base: Path) -> Iterator[Item]:
    """Items for the supported files below ``folder``, in sorted order, hidden ones skipped.

    URIs are computed once per directory (not per file): walking 10 000 files stays cheap.
    """

    def warn(exc: OSError) -> None:
        log.warning("cannot list %s: %s", exc.filename, exc.strerror)

    for root, dirs, files in os.walk(folder, onerror=warn):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        prefix = normalise_uri(root, base)
        prefix = "" if prefix == "." else prefix + "/"
        for name in sorted(files):
            if _skipped_name(name):
                continue
            path = Path(root, name)
            kind = _kind_of(path, suffixes)
            if kind is None:
                log.debug("skipping %s: unsupported extension", path)
                continue
            yield Item(kind, prefix + name, path)


def _explicit_file(path: Path, uri: str, suffixes: frozenset[str], st: os.stat_result, found: Discovery) -> None:
    kind = _kind_of(path, suffixes)
    if not stat.S_ISREG(st.st_mode):
        found.rejected.append((uri, "not a regular file"))
    elif kind is None:
        known = ", ".join(sorted(suffixes | FEED_SUFFIXES))
        found.rejected.append((uri, f"unsupported file type {path.suffix or '(no extension)'!r} (supported: {known})"))
    else:
        found.items.append(Item(kind, uri, path, explicit=True))


def discover(paths: Sequence[str | os.PathLike[str]], *, cwd: Path | None = None) -> Discovery:
    """Expand ``paths`` (files, folders, feed URLs) into the items to read, without reading them.

    Raises :class:`InputError` for a path that does not exist or a malformed URL. Items are
    de-duplicated by URI and keep the order of ``paths`` (each folder's files sorted).
    """
    suffixes = article_suffixes()
    found = Discovery()
    seen: set[str] = set()
    base = Path(cwd) if cwd is not None else Path.cwd()
    for raw in paths:
        text = os.fspath(raw)
        if isinstance(raw, str) and is_url(text):
            url = check_url(text.strip())
            if url not in seen:
                seen.add(url)
                found.items.append(Item("url", url, None, explicit=True))
            continue
        path = Path(os.path.abspath(base / text))
        try:
            st = path.stat()
        except FileNotFoundError:
            raise InputError(f"no such file or folder: {text}") from None
        except OSError as exc:
            raise InputError(f"cannot access {text}: {exc.strerror or exc}") from None
        if stat.S_ISDIR(st.st_mode):
            prefix = normalise_uri(path, base)
            found.folders.append("" if prefix == "." else prefix.rstrip("/") + "/")
            _extend(found, _walk(path, suffixes, base), seen)
        else:
            uri = normalise_uri(path, base)
            if uri in seen:
                continue
            seen.add(uri)
            _explicit_file(path, uri, suffixes, st, found)
    return found


def _extend(found: Discovery, items: Iterable[Item], seen: set[str]) -> None:
    """Add the items whose URI was not seen yet."""
    for item in items:
        if item.uri not in seen:
            seen.add(item.uri)
            found.items.append(item)
