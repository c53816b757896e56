"""RSS and Atom feeds read offline from files written in tmp_path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.ingest.feeds import read_feed
from timeline.ingest.reader import ReadError

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <title>Caspian Wire</title>
  <link>https://caspianwire.example/</link>
  <description>News</description>
  <item>
    <title>Ports agree to share cargo data</title>
    <link>https://caspianwire.example/news/ports-data</link>
    <guid>ports-data-1</guid>
    <pubDate>Sun, 14 May 2023 10:05:00 +0400</pubDate>
    <author>desk@caspianwire.example (Leyla Karimova)</author>
    <category>transport</category>
    <description>&lt;p&gt;The ports of two Caspian countries agreed on Sunday to share cargo data in real
    time, officials said.&lt;/p&gt;
    &lt;p&gt;Freight through the ports rose by 12 percent last year.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Ferry line opens</title>
    <link>https://caspianwire.example/news/ferry</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Energy Desk</title>
  <link href="https://energydesk.example/"/>
  <id>urn:energydesk</id>
  <updated>2024-07-05T12:00:00Z</updated>
  <entry>
    <title>Solar plant opens in the south</title>
    <link href="https://energydesk.example/solar"/>
    <id>urn:energydesk:solar</id>
    <updated>2024-07-05T12:00:00Z</updated>
    <published>2024-07-04T09:30:00Z</published>
    <author><name>Omar Aliyev</name></author>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;A 230-megawatt solar plant opened on Thursday, the energy ministry said.&lt;/p&gt;
    &lt;p&gt;It was built by a foreign investor at a cost of $200 million.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <id>urn:energydesk:plain</id>
    <updated>2024-06-30T08:00:00Z</updated>
    <content type="text">Wind farm talks resumed on Sunday.

They will continue next week.</content>
  </entry>
</feed>
"""


def write(tmp_path: Path, name: str, text: str) -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_rss(tmp_path: Path) -> None:
    first, second = read_feed(write(tmp_path, "wire.rss", RSS))
    assert first.uri == first.url == "https://caspianwire.example/news/ports-data"
    assert first.title == "Ports agree to share cargo data"
    assert first.outlet == "Caspian Wire"
    assert first.author == "Leyla Karimova"
    assert first.published == dt.date(2023, 5, 14)
    assert first.published_precision == "day"
    assert "<p>" not in first.text
    assert [first.text[s:e] for s, e in first.body_spans] == [
        "The ports of two Caspian countries agreed on Sunday to share cargo data in real time, officials said.",
        "Freight through the ports rose by 12 percent last year.",
    ]
    assert first.metadata["tags"] == "transport"
    assert first.metadata["entry_id"] == "ports-data-1"
    # An entry without content is read from its title, with a warning.
    assert second.text.strip() == "Ferry line opens"
    assert second.body_spans
    assert second.warnings


def test_atom(tmp_path: Path) -> None:
    html_entry, text_entry = read_feed(write(tmp_path, "energy.atom", ATOM))
    assert html_entry.uri == "https://energydesk.example/solar"
    assert html_entry.author == "Omar Aliyev"
    assert html_entry.outlet == "Energy Desk"
    assert html_entry.published == dt.date(2024, 7, 4)  # published wins over updated
    assert "230-megawatt solar plant" in html_entry.text  # content wins over summary
    assert "Short summary" not in html_entry.text
    assert len(html_entry.body_spans) == 2
    # No link: the uri falls back to the feed location and the entry id.
    assert text_entry.uri.endswith("energy.atom#urn:energydesk:plain")
    assert text_entry.url is None
    assert text_entry.published == dt.date(2024, 6, 30)
    assert [text_entry.text[s:e] for s, e in text_entry.body_spans] == [
        "Wind farm talks resumed on Sunday.",
        "They will continue next week.",
    ]


def test_missing_feed_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_feed(str(tmp_path / "missing.xml"))


def test_empty_feed_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="empty file"):
        read_feed(write(tmp_path, "empty.xml", "  \n"))


def test_not_a_feed(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="not an RSS or Atom feed"):
        read_feed(write(tmp_path, "page.xml", "This is just a sentence, not XML at all."))


def test_feed_too_large(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="larger than the limit"):
        read_feed(write(tmp_path, "wire.rss", RSS), max_bytes=100)


def test_empty_channel_is_an_empty_list(tmp_path: Path) -> None:
    rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert read_feed(write(tmp_path, "quiet.rss", rss)) == []
