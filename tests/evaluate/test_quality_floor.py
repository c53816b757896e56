"""Extraction quality floors on the gold sets: a change that loses events, dates or merges fails here.

The seeds carry the issue's targets (core recall >= 95 %, precision >= 90 %, claimed dates >= 98 %, every
multi-source event merged, the July 3 vs 5 disagreement flagged). The other sets carry floors a few points
below what was measured when they were last raised (README, "Measured quality"), so that noise from a
reasonable rule change passes and a real regression does not. Raise a floor when a set improves for good;
never lower one to make a change pass without saying why in the commit. A ratio over a dozen items or
fewer (merges on a small set) may miss its floor by one item: one event more or less is noise there.

Sets in ``UNSEEN`` are the honest measure on articles nobody who writes rules may read: their failures
print figures only, never the gold ids, titles or sentences.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from timeline.evaluate.gold import Ratio, Report, run_eval

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"

#: set -> (core recall, precision, claimed-date accuracy, merge quality) floors.
FLOORS: dict[str, tuple[float, float, float, float]] = {
    "dev": (0.96, 0.91, 0.96, 0.96),
    "heldout": (0.96, 0.96, 0.96, 0.81),
    "heldout2": (0.93, 0.92, 0.95, 0.32),
    "heldout3": (0.87, 0.96, 0.94, 0.55),
    "heldout4": (0.96, 0.93, 0.96, 0.50),
    "heldout5": (0.88, 0.96, 0.92, 0.46),
    "heldout6": (0.94, 0.94, 0.96, 0.64),  # raised in session 8 (100/98/100, 8/11)
    "heldout7": (0.73, 0.89, 0.93, 0.40),
    # heldout8-10 became dev sets in session 5 (unseen figures in the README); floors at the new figures - 4 points
    "heldout8": (0.91, 0.94, 0.96, 0.42),
    "heldout9": (0.93, 0.94, 0.94, 0.85),
    "heldout10": (0.89, 0.96, 0.94, 0.50),
    # heldout11-12 became dev sets in session 6 (unseen figures in the README); floors at the new figures - 4 points
    "heldout11": (0.85, 0.91, 0.93, 0.69),
    # heldout12's merge floor lowered 0.84 -> 0.80 in session 10: the generic fallback finds a true day-precise
    # mention of a groundbreaking in a wire lead that the resolver keeps apart from another source's month (12/15)
    "heldout12": (0.96, 0.87, 0.94, 0.80),
    # heldout13-15 became dev sets in session 7 (unseen figures in the README); floors at the new figures - 4 points
    "heldout13": (0.90, 0.96, 0.96, 0.68),
    "heldout14": (0.91, 0.96, 0.95, 0.84),
    "heldout15": (0.93, 0.96, 0.94, 0.73),
    # heldout16-18 (written in session 7) became dev sets in session 8; floors at the new figures - 4 points
    "heldout16": (0.90, 0.96, 0.94, 0.57),
    "heldout17": (0.96, 0.96, 0.93, 0.51),
    "heldout18": (0.96, 0.92, 0.96, 0.59),
    # heldout19-21 (written in session 8) became dev sets in session 9; raised in session 10 to their session-9
    # end figures - 4 points (100/100/100 6/7, 100/100/100 13/13, 100/100/98 7/9)
    "heldout19": (0.96, 0.96, 0.96, 0.81),
    "heldout20": (0.96, 0.96, 0.96, 0.92),
    "heldout21": (0.96, 0.96, 0.94, 0.74),
    # heldout22-24 (written in session 9) became dev sets in session 10; floors at their session-10 end figures
    # - 4 points (extractor 1.16.0: 100/100/94 9/12, 98/100/98 13/16, 91/96/97 10/13)
    "heldout22": (0.96, 0.96, 0.90, 0.71),
    "heldout23": (0.94, 0.96, 0.94, 0.77),
    "heldout24": (0.87, 0.92, 0.93, 0.73),
    # heldout25-27 (written in session 10) became dev sets in session 11; floors at their session-11 end figures
    # - 4 points (extractor 1.17.0: 97/100/98 7/9, 95/100/100 13/15, 94/98/99 19/19)
    "heldout25": (0.93, 0.96, 0.94, 0.74),
    "heldout26": (0.91, 0.96, 0.96, 0.83),
    "heldout27": (0.90, 0.94, 0.95, 0.96),
    # heldout28-30 (written in session 11) became dev sets in session 12; floors at their session-12 start figures
    # - 4 points (extractor 1.17.1: 97/83/95 12/18, 87/87/85 13/21, 95/96/96 10/17; heldout28's precision floor
    # kept at 0.80; heldout30's merge floor was lowered 0.67 -> 0.55 at the session-11 freeze, see the CHANGELOG)
    "heldout28": (0.93, 0.80, 0.91, 0.63),
    "heldout29": (0.83, 0.83, 0.81, 0.58),
    "heldout30": (0.91, 0.92, 0.92, 0.55),
    # heldout31-33 (written in session 12) became dev sets in session 13; floors at their session-12 end figures
    # - 4 points (extractor 1.18.0: 94/96/89 19/23, 97/90/95 11/17, 88/96/92 8/12)
    "heldout31": (0.90, 0.92, 0.85, 0.79),
    "heldout32": (0.93, 0.86, 0.90, 0.61),
    "heldout33": (0.84, 0.92, 0.88, 0.63),
    # heldout34-36 (written in session 13) became dev sets in session 14; floors at their session-13 end figures
    # - 4 points (extractor 1.19.0: 97/91/96 18/24, 86/94/99 14/23, 90/94/98 12/14)
    "heldout34": (0.93, 0.87, 0.92, 0.71),
    "heldout35": (0.82, 0.90, 0.95, 0.57),
    "heldout36": (0.86, 0.90, 0.94, 0.82),
    # heldout37-39 (written in session 14) became dev sets in session 15; floors at their session-14 end figures
    # - 4 points (extractor 1.20.0: 97/92/94 14/19, 91/87/90 10/16, 87/88/98 9/13)
    "heldout37": (0.93, 0.88, 0.90, 0.70),
    "heldout38": (0.87, 0.83, 0.86, 0.58),
    "heldout39": (0.83, 0.84, 0.94, 0.65),
    # heldout40-42 (written in session 15) became dev sets in session 16; floors at their session-15 end figures
    # - 4 points (extractor 1.21.0: 97/92/99 15/20, 76/93/89 9/20, 94/97/99 22/28)
    "heldout40": (0.93, 0.88, 0.95, 0.71),
    "heldout41": (0.72, 0.89, 0.85, 0.41),
    "heldout42": (0.90, 0.93, 0.95, 0.75),
    # heldout43-45 (written in session 16) became dev sets in session 17; floors at their session-16 end figures
    # - 4 points (extractor 1.22.0: 100/90/100 16/22, 90/91/99 15/28, 76/78/97 11/20)
    "heldout43": (0.96, 0.86, 0.96, 0.69),
    "heldout44": (0.86, 0.87, 0.95, 0.50),
    "heldout45": (0.72, 0.74, 0.93, 0.51),
    # heldout46-48 (written in session 17) became dev sets in session 18; floors at their session-17 end figures
    # - 4 points (extractor 1.23.0: 85/94/96 12/18, 90/89/99 11/20, 80/89/98 12/18)
    "heldout46": (0.81, 0.90, 0.92, 0.63),
    "heldout47": (0.86, 0.85, 0.95, 0.51),
    "heldout48": (0.76, 0.85, 0.94, 0.63),
    # unseen (written in session 18 by writers who never saw the extractor): floors 4 points under the figures of
    # extractor 1.23.0 (session-18 start): 94/100/100 18/20, 88/92/99 12/21, 85/82/100 10/23
    "heldout49": (0.90, 0.96, 0.96, 0.86),
    "heldout50": (0.84, 0.88, 0.95, 0.53),
    "heldout51": (0.81, 0.78, 0.96, 0.39),
}
#: Sets whose contents must not reach people who write rules (their failures show figures only).
UNSEEN = frozenset({"heldout49", "heldout50", "heldout51"})
#: Ratios over at most this many items may miss their floor by one item.
SMALL = 12


#: Reports computed once per session (a module cache, not a fixture: pytest prints fixture values on failure).
_REPORTS: dict[str, Report] = {}


def _report(name: str) -> Report:
    if name not in _REPORTS:
        _REPORTS[name] = run_eval(GOLD_DIR / f"{name}.yaml")
    return _REPORTS[name]


@pytest.mark.slow
def test_seeds_meet_the_issue_targets() -> None:
    r = _report("seeds")
    assert r.core_recall.value >= 0.95, r.misses
    assert r.precision.value >= 0.90, r.false_positives
    assert r.claimed_date_accuracy.value >= 0.98, r.date_errors
    assert r.merge_quality.value == 1.0, r.splits
    assert r.conflict_recall.value == 1.0 and r.spurious_conflicts == 0
    assert r.overmerged_events == 0, r.overmerged


def above(ratio: Ratio, floor: float) -> bool:
    """True when ``ratio`` reaches ``floor`` (an empty ratio passes; small ones have one item of slack)."""
    if not ratio.den:
        return True
    slack = 1 if ratio.den <= SMALL else 0
    return ratio.value >= floor or ratio.num >= math.ceil(floor * ratio.den) - slack


@pytest.mark.parametrize(
    ("num", "den", "floor", "ok"),
    [(4, 8, 0.58, True), (3, 8, 0.58, False), (7, 10, 0.70, True), (80, 100, 0.81, False), (0, 0, 0.9, True)],
)
def test_floor_rule(num: int, den: int, floor: float, ok: bool) -> None:
    assert above(Ratio(num, den), floor) is ok


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_stays_above_its_floor(name: str) -> None:
    recall, precision, dates, merge = FLOORS[name]
    r = _report(name)
    # Plain values only in the asserts: pytest would print the whole report (gold titles) for ``r.x``.
    checks = {
        "core recall": (r.core_recall, recall, [m["gold"] for m in r.misses]),
        "precision": (r.precision, precision, [fp["title"] for fp in r.false_positives]),
        "claimed dates": (r.claimed_date_accuracy, dates, r.date_errors),
        "merge": (r.merge_quality, merge, r.splits),
    }
    failed = {k: f"{ratio} < {floor:.0%}" for k, (ratio, floor, _) in checks.items() if not above(ratio, floor)}
    details = {} if name in UNSEEN else {k: checks[k][2] for k in failed}
    assert not failed, f"{name}: {failed} {details}"
