"""Order independence (session 6, round 7): after a source is stored, the events its claims met but
did not join are asked again (``merge._recheck``), so that the same sources ingested in another
order give the same events. Hand-made claims from invented outlets, merged into real databases."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.models import Citation, Event
from timeline.resolve import merge
from timeline.resolve.merge import MergeStats, store_extraction

AZ = replace(actor("Azerbaijan", "state"), country="AZE")
CN = replace(actor("China", "state"), country="CHN")
HOST_CN = replace(CN, role="recipient")
ALIYEV = replace(actor("Ilham Aliyev"), country="AZE")
XI = replace(actor("Xi Jinping"), country="CHN")

Sources = dict[str, list[Claim]]


def _ingest(session: Session, sources: Sources, order: tuple[str, ...]) -> list[MergeStats]:
    stats = []
    for uri in order:
        src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2025, 3, 1))
        stats.append(store_extraction(session, src, extraction(src, *sources[uri])))
    session.flush()
    return stats


def _grouping(session: Session) -> set[frozenset[tuple[str, str]]]:
    """The events as sets of (source uri, quote): what must not depend on the ingest order."""
    out = set()
    for ev in session.scalars(select(Event)):
        out.add(frozenset((c.source.uri, c.quote) for c in ev.citations))
    return out


def _clear(session: Session) -> None:
    for ev in session.scalars(select(Event)):
        session.delete(ev)
    session.flush()
    for model in (Citation,):
        assert not session.scalars(select(model)).first()


def _all_orders(session: Session, sources: Sources) -> list[set[frozenset[tuple[str, str]]]]:
    results = []
    for n, order in enumerate(itertools.permutations(sources)):
        renamed = {f"{uri.split('.')[0]}{n}.{uri.split('.', 1)[1]}": cl for uri, cl in sources.items()}
        mapping = dict(zip(sources, renamed, strict=True))
        _ingest(session, renamed, tuple(mapping[u] for u in order))
        grouping = {frozenset((uri.split(".", 1)[1], q) for uri, q in ev) for ev in _grouping(session)}
        results.append(grouping)
        _clear(session)
    return results


# --- a second source that links two events -------------------------------------------------------

_SIGNED = "On 3 July 2024 Azerbaijan and China signed the Memorandum on Green Energy Cooperation."
_MONTH = "In July 2024 Ilham Aliyev put his name to an energy accord with Beijing."
_LINK = "Ilham Aliyev signed the Memorandum on Green Energy Cooperation in Astana on 3 July 2024."


def _linked_sources() -> Sources:
    return {
        "wire.a": [
            claim("sign memo", "AGREE", "2024-07-03", quote=_SIGNED, actors=[AZ, CN],
                  named_object="Memorandum on Green Energy Cooperation", keywords=("memorandum", "energy"))
        ],
        "paper.b": [claim("accord", "AGREE", "2024-07", quote=_MONTH, actors=[ALIYEV], keywords=("energy",))],
        "daily.c": [
            claim("sign memo", "AGREE", "2024-07-03", quote=_LINK, actors=[ALIYEV],
                  named_object="Memorandum on Green Energy Cooperation", keywords=("memorandum", "energy"))
        ],
    }


def test_a_second_source_linking_two_events_joins_them(session: Session) -> None:
    stats = _ingest(session, _linked_sources(), ("wire.a", "paper.b", "daily.c"))
    assert [g for g in _grouping(session)] and len(_grouping(session)) == 1
    assert stats[-1].events_joined == 1


def test_the_linked_sources_give_one_event_in_every_order(session: Session) -> None:
    results = _all_orders(session, _linked_sources())
    assert all(r == results[0] for r in results)
    assert len(results[0]) == 1


def test_without_the_recheck_the_order_mattered(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scenario above is order-dependent without the re-check (so its test can fail)."""
    monkeypatch.setattr(merge, "RECHECK_LIMIT", 0)
    results = _all_orders(session, _linked_sources())
    assert any(r != results[0] for r in results)


# --- a precise claim after a vaguer event --------------------------------------------------------

_YEAR_VISIT = "Aliyev's 2019 state visit to China opened a new chapter, the ministry said."
_DAY_VISIT = "Ilham Aliyev paid a state visit to China on 22-24 April 2019, his talks with Xi lasting hours."


def test_a_precise_visit_after_the_vague_one_joins_it_in_either_order(session: Session) -> None:
    sources = {
        "agency.y": [claim("visit", "CONSULT", "2019", quote=_YEAR_VISIT, mode="visit", actors=[ALIYEV, HOST_CN],
                           keywords=("state", "visit"))],
        "outlet.d": [claim("visit", "CONSULT", "2019-04-22/2019-04-24", quote=_DAY_VISIT, mode="visit",
                           actors=[ALIYEV, HOST_CN, XI], keywords=("state", "visit", "talks"))],
    }
    results = _all_orders(session, sources)
    assert results[0] == results[1]


# --- negatives: the re-check never joins what the rules keep apart -------------------------------

_APRIL = "Ilham Aliyev arrived in Beijing on 22 April 2019 for a state visit to China."
_OCTOBER = "Ilham Aliyev flew to China on 14 October 2019 for a second state visit."
_WHICH = "Aliyev visited China in 2019, the embassy recalled."


def test_two_visits_of_one_leader_in_one_year_stay_apart_in_every_order(session: Session) -> None:
    sources = {
        "a.april": [claim("visit", "CONSULT", "2019-04-22", quote=_APRIL, mode="visit", actors=[ALIYEV, HOST_CN],
                          keywords=("state", "visit"))],
        "b.october": [claim("visit", "CONSULT", "2019-10-14", quote=_OCTOBER, mode="visit",
                            actors=[ALIYEV, HOST_CN], keywords=("state", "visit"))],
        "c.year": [claim("visit", "CONSULT", "2019", quote=_WHICH, mode="visit", actors=[ALIYEV, HOST_CN],
                         keywords=("visit",))],
    }
    for result in _all_orders(session, sources):
        assert not any({q for _, q in ev} >= {_APRIL, _OCTOBER} for ev in result)


_SESSION_1 = "The intergovernmental commission held its first session in Baku on 12 May 2022."
_SESSION_2 = "The intergovernmental commission met again in Beijing on 18 May 2023."
_SESSION_YEAR = "In 2023 the intergovernmental commission reviewed trade between Azerbaijan and China."


def test_commission_sessions_a_year_apart_stay_apart(session: Session) -> None:
    sources = {
        "first.s": [claim("session", "CONSULT", "2022-05-12", quote=_SESSION_1, actors=[AZ, CN],
                          keywords=("commission", "intergovernmental"))],
        "second.s": [claim("session", "CONSULT", "2023-05-18", quote=_SESSION_2, actors=[AZ, CN],
                           keywords=("commission", "intergovernmental"))],
        "third.s": [claim("session", "CONSULT", "2023", quote=_SESSION_YEAR, actors=[AZ, CN],
                          keywords=("commission", "intergovernmental", "trade"))],
    }
    results = _all_orders(session, sources)
    for result in results:
        assert not any({q for _, q in ev} >= {_SESSION_1, _SESSION_2} for ev in result)
        assert not any({q for _, q in ev} >= {_SESSION_1, _SESSION_YEAR} for ev in result)


_VISIT_DAY = "Xi Jinping began a state visit to Azerbaijan on 3 July 2024."
_SIGNING_DAY = "During Xi Jinping's visit, Azerbaijan and China signed a joint statement on 3 July 2024."


def test_a_signing_during_a_visit_is_never_joined_to_the_visit(session: Session) -> None:
    host_az = replace(AZ, role="recipient")
    sources = {
        "v.visit": [claim("visit", "CONSULT", "2024-07-03", quote=_VISIT_DAY, mode="visit", actors=[XI, host_az],
                          keywords=("state", "visit"))],
        "s.sign": [claim("statement", "AGREE", "2024-07-03", quote=_SIGNING_DAY, actors=[XI, AZ, CN],
                         named_object="Joint Statement", keywords=("statement",))],
        "m.month": [claim("statement", "AGREE", "2024-07", quote="In July 2024 the two sides issued a statement.",
                          actors=[AZ, CN], keywords=("statement",))],
    }
    for result in _all_orders(session, sources):
        assert not any({q for _, q in ev} >= {_VISIT_DAY, _SIGNING_DAY} for ev in result)


def test_curated_and_conflicting_events_are_not_joined_by_the_recheck(session: Session) -> None:
    sources = _linked_sources()
    _ingest(session, sources, ("wire.a", "paper.b"))
    month = session.scalar(select(Event).where(Event.edtf == "2024-07"))
    assert month is not None
    month.curated = {"title": "An energy accord"}
    session.flush()
    stats = _ingest(session, sources, ("daily.c",))
    assert stats[0].events_joined == 0
    assert len(_grouping(session)) == 2
