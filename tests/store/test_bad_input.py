"""Bad input is normal input: a clear message per file, counted in the run row, everything good stored."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from jobs_support import SEEDS, counts, runs
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from timeline.ingest import discover as discover_module
from timeline.models import Source
from timeline.store.jobs import ingest

GOOD = sorted(SEEDS.glob("*.txt"))[-1]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``in/`` holding one good article; the test adds one bad file."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_bytes(GOOD.read_bytes())
    return root


def _check_one_failure(engine: Engine, report, uri: str, *words: str) -> str:  # type: ignore[no-untyped-def]
    assert report.files_failed == 1, report.errors
    assert report.status == "partial" and report.exit_code == 1
    (error,) = report.errors
    assert error.path == uri
    for word in words:
        assert word in error.error.lower(), error.error
    row = runs(engine)[-1]
    assert (row.status, row.files_failed) == ("partial", 1)
    assert row.errors == [{"path": uri, "error": error.error}]
    with Session(engine) as s:
        assert "in/good.txt" in set(s.scalars(select(Source.uri)))
    return error.error


BAD_FILES = {
    "empty": (b"", ("empty",)),
    "whitespace": (b" \n\n\t \n", ("whitespace",)),
    "binary": (bytes(range(256)) * 64, ("binary",)),
    "front-matter": (b"---\ntitle: [unclosed\n---\nOn 5 May 2024 the ministers met.\n", ("front matter",)),
    "front-matter-unterminated": (b"---\ntitle: x\nOn 5 May 2024 the ministers met.\n", ("front matter",)),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_fails_alone(folder: Path, sqlite_url: str, sqlite_engine: Engine, case: str) -> None:
    data, words = BAD_FILES[case]
    (folder / "bad.txt").write_bytes(data)
    report = ingest(["in"], url=sqlite_url)
    _check_one_failure(sqlite_engine, report, "in/bad.txt", *words)
    assert report.files_new == 1


def test_invalid_utf8_is_decoded_with_a_warning(folder: Path, sqlite_url: str, sqlite_engine: Engine) -> None:
    """Documented choice: undecodable bytes do not lose the article; the fallback is noted."""
    (folder / "latin1.txt").write_bytes("Le 5 mai 2024, les ministres se sont réunis à Bakou.\n".encode("latin-1"))
    report = ingest(["in"], url=sqlite_url)
    assert (report.files_new, report.files_failed) == (2, 0)
    assert [w.path for w in report.warnings] == ["in/latin1.txt"]
    with Session(sqlite_engine) as s:
        src = s.scalar(select(Source).where(Source.uri == "in/latin1.txt"))
        assert src is not None and "réunis" in src.text and src.meta and src.meta.get("warnings")


def test_oversized_file_is_rejected_from_its_size(folder: Path, sqlite_url: str, sqlite_engine: Engine) -> None:
    big = folder / "big.txt"
    with big.open("wb") as fh:  # 20 MB of prose-like bytes
        line = b"On 5 May 2024 the ministers met and signed an agreement on transport and trade.\n"
        fh.write(line * (20_000_000 // len(line) + 1))
    report = ingest(["in"], url=sqlite_url)
    message = _check_one_failure(sqlite_engine, report, "in/big.txt", "too large", "max-bytes")
    assert "20," in message  # the size is shown
    report = ingest(["in"], url=sqlite_url, max_bytes=10_000)  # the limit is configurable
    assert report.files_failed == 1 and report.files_unchanged == 1


def test_unknown_extension_fails_only_when_named(folder: Path, sqlite_url: str, sqlite_engine: Engine) -> None:
    (folder / "report.docx").write_bytes(b"PK\x03\x04 not really")
    walked = ingest(["in"], url=sqlite_url)
    assert (walked.files_seen, walked.files_failed) == (1, 0)
    named = ingest(["in", "in/report.docx"], url=sqlite_url)
    _check_one_failure(sqlite_engine, named, "in/report.docx", "unsupported file type")


def test_vanished_and_unreadable_files(folder: Path, sqlite_url: str, sqlite_engine: Engine) -> None:
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    report = ingest(["in"], url=sqlite_url)
    _check_one_failure(sqlite_engine, report, "in/dangling.txt", "no such file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file without read permission")
def test_permission_denied(folder: Path, sqlite_url: str, sqlite_engine: Engine) -> None:
    locked = folder / "locked.txt"
    locked.write_bytes(GOOD.read_bytes() + b"\nMore.\n")
    locked.chmod(0)
    try:
        report = ingest(["in"], url=sqlite_url)
    finally:
        locked.chmod(0o644)
    _check_one_failure(sqlite_engine, report, "in/locked.txt", "permission")


def test_fifo_named_explicitly_is_not_read(folder: Path, sqlite_url: str, sqlite_engine: Engine) -> None:
    os.mkfifo(folder / "pipe.txt")
    report = ingest(["in", "in/pipe.txt"], url=sqlite_url)  # reading it would block forever
    _check_one_failure(sqlite_engine, report, "in/pipe.txt", "not a regular file")


def test_file_replaced_by_a_folder_after_discovery(folder: Path, sqlite_url: str, sqlite_engine: Engine,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A path that was a file when listed and is a folder when read (or gone) fails alone."""
    (folder / "moving.txt").write_bytes(GOOD.read_bytes() + b"\nAnother line.\n")
    real = discover_module.discover

    def discover_then_swap(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        (folder / "moving.txt").unlink()
        (folder / "moving.txt").mkdir()
        (folder / "moving.txt" / "inner.txt").write_text("x")
        return found

    monkeypatch.setattr("timeline.store.jobs.discover", discover_then_swap)
    report = ingest(["in"], url=sqlite_url)
    _check_one_failure(sqlite_engine, report, "in/moving.txt", "directory")


def test_ten_thousand_mostly_useless_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_url: str,
                                           sqlite_engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    """10 000 files (empty, duplicates, tiny): the first run stores the few real ones, the re-run is quick."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "many"
    root.mkdir()
    texts = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))[:2]]
    for i in range(10_000):  # plain os calls: a third of the time of Path.write_bytes
        if i % 1000 == 0:
            sub = os.path.join(root, f"d{i // 1000:02d}")
            os.mkdir(sub)
        if i % 2 == 0:
            data = b""
        elif i % 500 == 1:
            data = f"Note {i}: the ministers met on 5 May 2024.\n".encode()
        else:
            data = texts[(i // 2) % 2]
        fd = os.open(os.path.join(sub, f"f{i:05d}.txt"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)

    t0 = time.monotonic()
    first = ingest(["many"], url=sqlite_url, progress=False)
    t1 = time.monotonic()
    assert first.files_seen == 10_000
    assert first.files_failed == 5_000 and all("empty" in e.error for e in first.errors)
    assert first.files_new == 2 + 20
    assert first.files_duplicate == 10_000 - 5_000 - 22
    assert len(runs(sqlite_engine)[-1].errors or []) == 1001  # capped in the row, all in the report
    before = counts(sqlite_engine)

    second = ingest(["many"], url=sqlite_url, progress=False)
    t2 = time.monotonic()
    assert (second.files_new, second.files_changed, second.files_unchanged) == (0, 0, 5_000)
    assert counts(sqlite_engine) == before
    with capsys.disabled():
        print(f"\n10 000 files: first run {t1 - t0:.1f} s, unchanged re-run {t2 - t1:.1f} s")
