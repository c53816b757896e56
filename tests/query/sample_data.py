"""A small, hand-made timeline written through the ORM (the read side does not depend on ingestion).

Invented for these tests (not taken from any evaluation data): a few sources with and without
publication dates, actors with a role alias that changes holder, events of several precisions,
an interval, a date conflict, a rejected and an undated event.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from timeline.db import get_engine
from timeline.models import Actor, ActorAlias, Citation, Event, EventActor, ObservationRow, Source

D = dt.date


def _source(key: str, published: dt.date | None, outlet: str, title: str) -> Source:
    return Source(uri=f"test://{key}", content_hash=key.ljust(64, "0")[:64], title=title, outlet=outlet,
                  url=f"https://example.org/{key}", published=published,
                  published_precision="day" if published else None, text=f"Text of {key}.",
                  extractor_version="test")


def _actor(name: str, kind: str, wikidata: str | None = None, aliases: tuple[Any, ...] = ()) -> Actor:
    actor = Actor(name=name, kind=kind, wikidata=wikidata)
    for alias, vf, vt in aliases:
        norm = " ".join(alias.casefold().replace(".", " ").split())
        actor.aliases.append(ActorAlias(alias=alias, alias_norm=norm, valid_from=vf, valid_to=vt))
    return actor


def _event(title: str, etype: str, edtf: str | None, start: dt.date | None, end: dt.date | None,
           precision: str | None, **kw: Any) -> Event:
    return Event(title=title, event_type=etype, edtf=edtf, date_start=start, date_end=end, precision=precision,
                 **kw)


def build(session: Session) -> dict[str, Any]:
    """Insert the sample timeline; returns ids by short name (events, sources, actors)."""
    src = {
        "news": _source("news", D(2024, 7, 4), "News Daily", "Relations at a new level"),
        "old": _source("old", D(2021, 6, 7), "Old Gazette", "Ties gear up"),
        "summit": _source("summit", D(2024, 7, 5), "Summit Post", "Partnership amid summit"),
        "undated": _source("undated", None, "Blog", "Undated commentary"),
    }
    actors = {
        "aze": _actor("Azerbaijan", "state", "Q227"),
        "chn": _actor("China", "state", "Q148", (("PRC", None, None),)),
        "heydar": _actor("Heydar Aliyev", "person", "Q170576",
                         (("President Aliyev", D(1993, 6, 24), D(2003, 10, 31)),)),
        "ilham": _actor("Ilham Aliyev", "person", "Q58291",
                        (("President Aliyev", D(2003, 10, 31), None),)),
        "xi": _actor("Xi Jinping", "person", "Q15031"),
    }
    session.add_all([*src.values(), *actors.values()])
    session.flush()

    ev = {
        "soviet": _event("Soviet Union dissolves", "RETREAT", "1991-12-26", D(1991, 12, 26), D(1991, 12, 26), "day"),
        "transition": _event("Transition period", "COOPERATE", "1991/1993", D(1991, 1, 1), D(1993, 12, 31),
                             "interval"),
        "relations": _event("Azerbaijan and China establish diplomatic relations", "COOPERATE", "1992-04-02",
                            D(1992, 4, 2), D(1992, 4, 2), "day", mode="diplomatic"),
        "nakhchivan": _event("Heydar Aliyev meets a Chinese delegation in Nakhchivan", "CONSULT", "1992-09",
                             D(1992, 9, 1), D(1992, 9, 30), "month"),
        "visit1994": _event("Heydar Aliyev visits China", "CONSULT", "1994", D(1994, 1, 1), D(1994, 12, 31), "year",
                            mode="visit"),
        "agreement1994": _event("Trade agreement signed in Beijing", "AGREE", "1994-03-07", D(1994, 3, 7),
                                D(1994, 3, 7), "day"),
        "socar1999": _event("Ilham Aliyev leads an oil delegation to Beijing", "CONSULT", "1999-05", D(1999, 5, 1),
                            D(1999, 5, 31), "month"),
        "rejected": _event("Wrongly extracted event", "AGREE", "2000", D(2000, 1, 1), D(2000, 12, 31), "year",
                           rejected=True),
        "port": _event("Port of Baku built", "COOPERATE", "2010/2018", D(2010, 1, 1), D(2018, 12, 31), "interval"),
        "visit2015": _event("Ilham Aliyev visits Beijing", "CONSULT", "2015-12-08/2015-12-11", D(2015, 12, 8),
                            D(2015, 12, 11), "interval", mode="visit", has_conflict=True,
                            date_rule="most sources"),
        "forum2019": _event("Ilham Aliyev attends the Second Belt and Road Forum", "CONSULT", "2019-04",
                            D(2019, 4, 1), D(2019, 4, 30), "month", mode="multilateral",
                            named_object="Second Belt and Road Forum"),
        "call2021": _event("Xi Jinping phones Ilham Aliyev", "CONSULT", "2021-06-02", D(2021, 6, 2), D(2021, 6, 2),
                           "day", mode="phone"),
        "declaration": _event("Strategic partnership declaration signed", "AGREE", "2024-07-03", D(2024, 7, 3),
                              D(2024, 7, 3), "day", curated={"title": "Strategic partnership declaration signed"}),
        "undated": _event("Talks on the Middle Corridor", "CONSULT", None, None, None, None),
    }
    session.add_all(ev.values())
    session.flush()

    def part(event: str, actor: str, role: str) -> None:
        session.add(EventActor(event_id=ev[event].id, actor_id=actors[actor].id, role=role))

    for e in ("relations", "agreement1994", "declaration"):
        part(e, "aze", "actor")
        part(e, "chn", "recipient")
    part("nakhchivan", "heydar", "actor")
    part("visit1994", "heydar", "actor")
    part("visit1994", "chn", "recipient")
    part("agreement1994", "heydar", "participant")
    part("socar1999", "ilham", "actor")
    part("rejected", "ilham", "actor")
    part("visit2015", "ilham", "actor")
    part("visit2015", "chn", "recipient")
    part("forum2019", "ilham", "actor")
    part("call2021", "xi", "actor")
    part("call2021", "ilham", "recipient")
    part("port", "aze", "actor")

    def cite(event: str, source: str, quote: str, claimed: str | None, start: dt.date | None,
             end: dt.date | None, precision: str | None, date_text: str | None = None) -> None:
        session.add(Citation(event_id=ev[event].id, source_id=src[source].id, quote=quote, start=0, end=len(quote),
                             date_text=date_text, claimed_edtf=claimed, claimed_start=start, claimed_end=end,
                             claimed_precision=precision, rule="test"))

    cite("soviet", "news", "The Soviet Union dissolved on 26 December 1991.", "1991-12-26", D(1991, 12, 26),
         D(1991, 12, 26), "day")
    cite("transition", "news", "The transition lasted from 1991 to 1993.", "1991/1993", D(1991, 1, 1),
         D(1993, 12, 31), "interval")
    cite("relations", "news", "Diplomatic ties were established on April 2, 1992.", "1992-04-02", D(1992, 4, 2),
         D(1992, 4, 2), "day", "on April 2, 1992")
    cite("nakhchivan", "news", "In September 1992 Heydar Aliyev met a Chinese delegation.", "1992-09",
         D(1992, 9, 1), D(1992, 9, 30), "month", "In September 1992")
    cite("visit1994", "summit", "In 1994 Heydar Aliyev paid a visit to China.", "1994", D(1994, 1, 1),
         D(1994, 12, 31), "year", "In 1994")
    cite("agreement1994", "summit", "A trade agreement was signed on 7 March 1994.", "1994-03-07", D(1994, 3, 7),
         D(1994, 3, 7), "day")
    cite("socar1999", "news", "In May 1999 Ilham Aliyev led an oil delegation.", "1999-05", D(1999, 5, 1),
         D(1999, 5, 31), "month")
    cite("rejected", "news", "Nothing happened.", "2000", D(2000, 1, 1), D(2000, 12, 31), "year")
    cite("port", "summit", "The port was built between 2010 and 2018.", "2010/2018", D(2010, 1, 1),
         D(2018, 12, 31), "interval")
    cite("visit2015", "news", "On December 8-11, 2015, Ilham Aliyev was in Beijing.", "2015-12-08/2015-12-11",
         D(2015, 12, 8), D(2015, 12, 11), "interval", "December 8-11, 2015")
    cite("visit2015", "summit", "The December 2015 visit <script>alert(1)</script> was a milestone.",
         "2015-12-08/2015-12-11", D(2015, 12, 8), D(2015, 12, 11), "interval", "December 2015")
    cite("visit2015", "old", "Aliyev visited Beijing in November 2015.", "2015-11", D(2015, 11, 1),
         D(2015, 11, 30), "month", "in November 2015")
    cite("forum2019", "news", "In April 2019 he attended the Second Belt and Road Forum.", "2019-04",
         D(2019, 4, 1), D(2019, 4, 30), "month", "In April 2019")
    cite("forum2019", "old", "He went to the forum in 2019.", "2019", D(2019, 1, 1), D(2019, 12, 31), "year")
    cite("call2021", "old", "Xi Jinping called Baku on June 2.", "2021-06-02", D(2021, 6, 2), D(2021, 6, 2), "day",
         "on June 2")
    cite("declaration", "summit", "The declaration was signed on July 3.", "2024-07-03", D(2024, 7, 3),
         D(2024, 7, 3), "day")
    cite("declaration", "undated", "A declaration was signed.", None, None, None, None)
    cite("undated", "undated", "Talks on the Middle Corridor continue.", None, None, None, None)

    session.add_all([
        ObservationRow(source_id=src["old"].id, indicator="trade_turnover", subject="Azerbaijan–China",
                       period_edtf="2019", period_start=D(2019, 1, 1), period_end=D(2019, 12, 31), value=2.2e9,
                       unit="USD", quote="Trade reached $2.2 billion in 2019.", start=0, end=10),
        ObservationRow(source_id=src["news"].id, indicator="trade_turnover", subject="Azerbaijan–China",
                       period_edtf="2023", period_start=D(2023, 1, 1), period_end=D(2023, 12, 31), value=3.1e9,
                       unit="USD", quote="Trade reached $3.1 billion in 2023.", start=0, end=10),
    ])
    session.commit()
    return {"events": {k: v.id for k, v in ev.items()}, "sources": {k: v.id for k, v in src.items()},
            "actors": {k: v.id for k, v in actors.items()}}

#: ISO codes given to the sample's actors by :func:`set_countries` (they have none by default).
COUNTRIES = {"Azerbaijan": "AZE", "China": "CHN", "Heydar Aliyev": "AZE", "Ilham Aliyev": "AZE", "Xi Jinping": "CHN"}


def set_countries(session: Session) -> dict[str, int]:
    """Give the sample's actors their countries (for ``members=True`` and the ``country`` role); ids by name."""
    for actor in session.query(Actor):
        actor.country = COUNTRIES.get(actor.name)
    session.flush()
    return {a.name: a.id for a in session.query(Actor)}


def add_place_event(session: Session) -> int:
    """An event whose only actor is a place of Azerbaijan (Baku, role location); returns its id."""
    baku = Actor(name="Baku", kind="place", country="AZE")
    fair = Event(title="A fair in Baku", event_type="COOPERATE", edtf="2005", date_start=dt.date(2005, 1, 1),
                 date_end=dt.date(2005, 12, 31), precision="year")
    session.add_all([baku, fair])
    session.flush()
    session.add(EventActor(event_id=fair.id, actor_id=baku.id, role="location"))
    session.flush()
    return fair.id


def shared_database(request: Any, tmp_path_factory: Any) -> Iterator[tuple[Engine, dict[str, Any]]]:
    """The sample timeline in a database of its own on ``request.param`` ("sqlite"/"postgresql").

    For module-scoped fixtures of read-only tests (tests/conftest.py's templates; dropped or emptied after).
    """
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("sample") / "timeline.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        engine = get_engine(f"sqlite:///{path}")
        release = None
    else:
        databases = request.getfixturevalue("_pg_databases")
        name = databases.acquire()
        engine = create_engine(engine_url(databases.proc, name))
        release = (databases, name)
    try:
        with Session(engine) as session:
            ids = build(session)
        yield engine, ids
    finally:
        engine.dispose()
        if release is not None:
            release[0].release(release[1])


def engine_url(proc: Any, dbname: str) -> str:
    return f"postgresql+psycopg://{proc.user}:{proc.password or ''}@{proc.host}:{proc.port}/{dbname}"
