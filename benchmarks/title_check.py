"""Title checker: ingest gold sets into a throw-away SQLite database and list event titles that break
simple readability rules (what an analyst reads in ``timeline show``). Prints counts per class; asserts nothing.

    .venv/bin/python benchmarks/title_check.py                 # every dev set, counts and examples
    .venv/bin/python benchmarks/title_check.py seeds dev -v    # chosen sets, every flagged title

Dev sets only: seeds, dev, heldout, heldout2 … heldout12 (never the held-out sets being written).
Rules (``title_problems``): doubled verb ("starts flowing started"), relative pronoun ("whose"),
sentence-final period, more than 12 words, no verb or event label, a bare generic noun with no party
("Meeting", "Memorandum signed"), lower-case start, a place named as a party (not after in/at/to/from).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

DEV_SETS = ["seeds", "dev", "heldout", *[f"heldout{i}" for i in range(2, 13)]]
ROOT = Path(__file__).resolve().parent.parent

_RELATIVE = re.compile(r"\b(?:who|whose|whom|which|that)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: nouns and words that name an event even with no verb ("visit", "talks", "meeting")
_EVENT_NOUNS = {
    "visit", "visits", "meeting", "meetings", "talks", "summit", "forum", "memorandum", "agreement", "contract",
    "conference", "session", "anniversary", "election", "protest", "sanctions", "deal", "ceremony", "call",
    "exercise", "exercises", "war", "attack", "attacks", "mobilisation", "consultations", "negotiations",
    "statement", "declaration", "launch", "opening", "inauguration", "treaty", "accord", "plan", "visit:",
}
_GENERIC_FIRST = {
    "meeting", "memorandum", "agreement", "contract", "visit", "talks", "applied", "signed", "opened",
    "launched", "started", "joined", "agreed", "held", "met", "gas", "construction", "document", "documents",
    "deal", "statement", "forum", "summit", "conference", "session", "ceremony", "treaty", "plan", "anniversary",
}
_VERB_ENDINGS = ("ed", "en")
_IRREGULAR_PAST = {
    "met", "held", "began", "won", "took", "made", "gave", "sent", "left", "led", "set", "put", "paid", "sold",
    "built", "became", "came", "went", "signed", "agreed", "opened", "laid", "broke", "chose", "hit", "struck",
    "shot", "lost", "fought", "spoke", "told", "said", "brought", "bought", "sought", "kept", "ran", "rose",
    "fell", "grew", "saw", "withdrew", "drew", "flew", "arrived", "begins", "starts", "visits", "meets", "signs",
    "joins", "opens", "launches", "holds", "urges", "rejects", "accuses", "threatens", "supports", "eases",
    "attacks", "detains", "withdraws", "invests", "protest", "congratulated", "took over", "cut", "quit", "hosted",
}


def _label_words() -> set[str]:
    """Every word of the cue dictionary's labels and title templates (and the plural verb of each)."""
    import yaml

    raw = yaml.safe_load((ROOT / "timeline" / "data" / "cues.yaml").read_text(encoding="utf-8"))
    words: set[str] = set()
    for cue in raw.get("cues", []) if isinstance(raw, dict) else []:
        texts = [str(cue.get("label") or "")] + [str(t) for t in cue.get("title") or []]
        for text in texts:
            for w in _WORD.findall(re.sub(r"\{\w+\}", " ", text)):
                words.add(w.lower())
                if w.endswith("s"):
                    words.add(w.lower()[:-2] if w.endswith(("ches", "shes", "sses")) else w.lower()[:-1])
    return words - {"in", "of", "to", "by", "with", "for", "on", "and", "the", "a", "an", "between", "against"}


_LABELS = _label_words()


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


_LABEL_STEMS = {_stem(w) for w in _LABELS}


def _verbish(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PAST or (w.endswith(_VERB_ENDINGS) and len(w) > 4) or w.endswith("ing")


def title_problems(title: str, actors: list[dict[str, Any]] | None = None) -> list[str]:
    """The rule classes ``title`` breaks (empty when it reads well)."""
    out: list[str] = []
    words = _WORD.findall(title)
    verbs = [w for w in words if _verbish(w) and not w[0].isupper()]
    stems = Counter(_stem(w) for w in verbs)
    if any(n > 1 for n in stems.values()):
        out.append("doubled verb")
    if _RELATIVE.search(title):
        out.append("relative pronoun")
    if title.rstrip().endswith("."):
        out.append("final period")
    if len(re.split(r"[\s–]+", title.strip())) > 12:
        out.append("too long")
    if not verbs and not any(w.lower() in _EVENT_NOUNS | _LABELS or _stem(w) in _LABEL_STEMS for w in words):
        out.append("no verb/label")
    rest = words[1:]
    if words and words[0].lower() in _GENERIC_FIRST and not any(w[0].isupper() for w in rest):
        out.append("no party")
    if title[:1].islower():
        out.append("lower-case start")
    for a in actors or []:
        if a.get("kind") != "place" or a.get("role") == "location":
            continue
        name = str(a.get("name") or "")
        for m in re.finditer(re.escape(name), title):
            before = title[max(0, m.start() - 6) : m.start()].lower()
            if not re.search(r"\b(?:in|at|to|from|near)\s+$", before):
                out.append("place as party")
                break
    return out


def stored_titles(gold_path: Path) -> list[dict[str, Any]]:
    """Ingest a gold set's articles into a temporary SQLite database; the exported events."""
    from timeline.db import get_engine, make_session, migrate
    from timeline.evaluate.gold import _as_export_dict, load_gold
    from timeline.export import export_events
    from timeline.store.jobs import ingest

    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="timeline-titles-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'titles.db'}"
        migrate(url)
        ingest([str(p) for p in gold.article_paths()], url=url)
        session = make_session(url)
        try:
            data = _as_export_dict(export_events(session, "json", start=None, end=None, include_context=True))
        finally:
            session.close()
            get_engine(url).dispose()
    return list(data["events"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=DEV_SETS)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every flagged title")
    args = parser.parse_args(argv)
    bad = [s for s in args.sets if s not in DEV_SETS]
    if bad:
        print(f"not a dev set: {', '.join(bad)}", file=sys.stderr)
        return 2
    totals: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    n_titles = n_bad = 0
    for name in args.sets:
        events = stored_titles(ROOT / "tests" / "gold" / f"{name}.yaml")
        for ev in events:
            title = str(ev.get("title") or "")
            problems = title_problems(title, ev.get("actors"))
            n_titles += 1
            n_bad += bool(problems)
            for p in problems:
                totals[p] += 1
                examples[p].append(f"{name}: {title}")
            if problems and args.verbose:
                print(f"{name:9} {','.join(problems):30} {title}")
    print(f"titles {n_titles}, flagged {n_bad}")
    for cls, n in totals.most_common():
        print(f"  {cls:18} {n:4}   e.g. {examples[cls][0]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
