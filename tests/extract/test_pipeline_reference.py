"""A publication date known only to the month (a report cover) resolves no day-relative dates."""

from __future__ import annotations

import datetime as dt
import hashlib

from timeline.extract.pipeline import tag_body_dates
from timeline.extract.types import Article

TEXT = ("Kazakh and Chinese officials met on Monday in Astana. Trade grew last year. "
        "This month the railway opened. Yesterday a new flight was announced.")


def article(precision: str | None) -> Article:
    return Article(uri="mem://cover", text=TEXT, content_hash=hashlib.sha256(TEXT.encode()).hexdigest(),
                   published=dt.date(2025, 3, 1), published_precision=precision)


def values(precision: str | None) -> dict[str, str | None]:
    return {d.text: d.value for d in tag_body_dates(article(precision), [(0, len(TEXT))])}


def test_a_month_dated_article_leaves_weekdays_and_yesterday_unresolved() -> None:
    got = values("month")
    assert got["Monday"] is None and got["Yesterday"] is None
    assert got["last year"] == "2024" and got["This month"] == "2025-03"


def test_a_day_dated_article_resolves_them() -> None:
    got = values("day")
    assert got["Monday"] == "2025-02-24" and got["Yesterday"] == "2025-02-28"
