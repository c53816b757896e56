"""Score the temporal tagger on TempEval-style JSON-lines corpora (DATE expressions).

Input: one document per line, ``{"doc", "text", "dct", "timexes": [...], "other_timexes": [...]}``
where each timex is ``{"start", "end", "text", "value"}`` with Python code-point offsets.

Scoring follows TempEval-3 (UzZaman et al. 2013):

* a prediction *relaxed*-matches a gold expression when the spans overlap (one-to-one, the
  largest overlap first), and *strict*-matches when the spans are identical;
* predictions that overlap no gold DATE but overlap an ``other_timexes`` entry (DURATION,
  TIME, SET) are ignored: neither rewarded nor punished;
* value accuracy is the share of relaxed matches whose normalised value (``timex`` when the
  mention has one, else ``value``) equals the gold value; value F1 = relaxed F1 × value accuracy.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from timeline.extract.types import DateMention

__all__ = [
    "GoldTimex",
    "TimexDataError",
    "TimexDoc",
    "TimexError",
    "TimexScore",
    "evaluate_timex",
    "load_timex_jsonl",
    "score_documents",
]

Tagger = Callable[[str, dt.date | None], list[DateMention]]


class TimexDataError(ValueError):
    """An evaluation file is missing, unreadable or not in the expected format."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A gold DATE expression: span, text and TimeML value."""

    start: int
    end: int
    text: str
    value: str


@dataclass(slots=True)
class TimexDoc:
    """One evaluation document: text, reference date, gold DATEs and the spans of other timexes."""

    doc: str
    text: str
    reference: dt.date | None
    timexes: list[GoldTimex]
    others: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TimexError:
    """One disagreement: ``kind`` is "missed", "spurious", "value" or "span" (relaxed but not strict)."""

    doc: str
    kind: str
    start: int
    end: int
    text: str
    gold_value: str | None = None
    predicted_value: str | None = None
    predicted_text: str | None = None


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass(slots=True)
class TimexScore:
    """Counts of one or more scored documents; precision, recall, F1 and value accuracy derive from them."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    ignored: int = 0
    strict: int = 0
    relaxed: int = 0
    value_correct: int = 0
    errors: list[TimexError] = field(default_factory=list)

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.predicted)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed, self.predicted)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed)

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    def add(self, other: TimexScore) -> None:
        """Add another score's counts and errors to this one."""
        for name in ("documents", "gold", "predicted", "ignored", "strict", "relaxed", "value_correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def as_dict(self) -> dict[str, float | int]:
        """Counts and rates (rounded to four places), for JSON."""
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "ignored": self.ignored,
            "strict_precision": round(self.strict_precision, 4),
            "strict_recall": round(self.strict_recall, 4),
            "strict_f1": round(self.strict_f1, 4),
            "relaxed_precision": round(self.relaxed_precision, 4),
            "relaxed_recall": round(self.relaxed_recall, 4),
            "relaxed_f1": round(self.relaxed_f1, 4),
            "value_accuracy": round(self.value_accuracy, 4),
            "value_f1": round(self.value_f1, 4),
        }


def _parse_doc(raw: object, where: str) -> TimexDoc:
    """One JSON line as a document; :class:`TimexDataError` naming ``where`` when malformed."""
    if not isinstance(raw, dict):
        raise TimexDataError(f"{where}: expected a JSON object per line")
    try:
        text = raw["text"]
        dct = raw.get("dct")
        reference = dt.date.fromisoformat(dct) if dct else None
        timexes = [
            GoldTimex(int(t["start"]), int(t["end"]), str(t.get("text", "")), str(t["value"]))
            for t in raw.get("timexes", [])
        ]
        others = [(int(t["start"]), int(t["end"])) for t in raw.get("other_timexes", [])]
    except (KeyError, TypeError, ValueError) as exc:
        raise TimexDataError(f"{where}: bad document ({exc.__class__.__name__}: {exc})") from exc
    if not isinstance(text, str):
        raise TimexDataError(f"{where}: 'text' must be a string")
    return TimexDoc(str(raw.get("doc", raw.get("docid", where))), text, reference, timexes, others)


def load_timex_jsonl(path: str | Path) -> list[TimexDoc]:
    """Read a TempEval-style JSON-lines file; raises :class:`TimexDataError` on bad input."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise TimexDataError(f"cannot read {p}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise TimexDataError(f"{p} is not UTF-8 text") from exc
    docs = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TimexDataError(f"{p}:{n}: not valid JSON ({exc.msg})") from exc
        docs.append(_parse_doc(raw, f"{p}:{n}"))
    return docs


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return min(a1, b1) - max(a0, b0)


def _predicted_value(m: DateMention) -> str | None:
    return m.timex or m.value


def score_document(doc: TimexDoc, predictions: Iterable[DateMention]) -> TimexScore:
    """Score one document's predictions against its gold DATE expressions."""
    score = TimexScore(documents=1, gold=len(doc.timexes))
    free = list(doc.timexes)
    for pred in sorted(predictions, key=lambda m: m.start):
        best = max(free, key=lambda g: _overlap(pred.start, pred.end, g.start, g.end), default=None)
        if best is None or _overlap(pred.start, pred.end, best.start, best.end) <= 0:
            if any(_overlap(pred.start, pred.end, s, e) > 0 for s, e in doc.others):
                score.ignored += 1
                continue
            score.predicted += 1
            score.errors.append(TimexError(doc.doc, "spurious", pred.start, pred.end, pred.text,
                                           None, _predicted_value(pred), pred.text))  # fmt: skip
            continue
        free.remove(best)
        score.predicted += 1
        score.relaxed += 1
        value = _predicted_value(pred)
        if (pred.start, pred.end) == (best.start, best.end):
            score.strict += 1
        else:
            score.errors.append(TimexError(doc.doc, "span", best.start, best.end, best.text,
                                           best.value, value, pred.text))  # fmt: skip
        if value == best.value:
            score.value_correct += 1
        else:
            score.errors.append(TimexError(doc.doc, "value", best.start, best.end, best.text,
                                           best.value, value, pred.text))  # fmt: skip
    for g in free:
        score.errors.append(TimexError(doc.doc, "missed", g.start, g.end, g.text, g.value))
    return score


def _default_tagger(anchor: bool) -> Tagger:
    from timeline.extract.dates import tag_dates

    return lambda text, ref: tag_dates(text, ref, anchor=anchor)


def score_documents(docs: Iterable[TimexDoc], tagger: Tagger | None = None, *, anchor: bool = True) -> TimexScore:
    """Run ``tagger`` (default: :func:`timeline.extract.dates.tag_dates`) on each document and score it."""
    run = tagger or _default_tagger(anchor)
    total = TimexScore()
    for doc in docs:
        total.add(score_document(doc, run(doc.text, doc.reference)))
    return total


def evaluate_timex(paths: Iterable[str | Path], *, anchor: bool = True) -> dict[str, TimexScore]:
    """Score the tagger on each file; the result maps each path to its score."""
    return {str(p): score_documents(load_timex_jsonl(p), anchor=anchor) for p in paths}
