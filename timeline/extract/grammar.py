"""Insertions that split an event pattern, blanked out for a second look at a sentence.

Cue patterns expect the parts of an event phrase close together ("was received by", "the first train
arrived", "construction began"). News prose puts things between them: a place inside a passive ("was
received in Baku by"), a participial or relative clause between subject and verb ("Construction of the
plant, agreed with the builder last year, began in March"; "the train, which left Xi'an on 2 May,
arrived"), a participle with its agent ("the first block train operated jointly by Azerbaijan Railways and
China Railway arrived"), a "between X and Y" phrase after a noun, a price after a document noun ("Eight
agreements worth a combined 1.2 billion U.S. dollars were signed"), a time adverbial between a past verb and
its "to" complement ("had agreed last month to set up"), a possessor or attribute before an office noun and the
particle of "take over" an office ("takes over the organisation's rotating chairmanship").

:func:`masked_views` returns the text with such insertions replaced by spaces, so that every offset
stays valid in the original text and the cue patterns (whose words are joined by ``\\s+``) match across the
gap. The masked view is only a second look: the event extractor keeps the original text for quotes, actors
and dates, and takes from the masked view only triggers the original did not have.
"""

from __future__ import annotations

import re

#: Irregular past participles that head reduced clauses in news prose.
_IRREGULAR = (
    "built|made|held|led|run|begun|given|taken|brought|set|sent|won|paid|sold|bought|struck|drawn|done|seen|"
    "known|laid|put|shown|spent|written|chosen|left|kept|hit|cut|met|told|found|frozen|broken|spoken|sworn"
)
_PARTICIPLE = rf"(?:[a-z]+ed|{_IRREGULAR})"
_CAP_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})"
#: A proper-name phrase: capitalised words, possibly joined by "of", "for", "and", "the", "&".
_NAME = rf"(?:the\s+)?{_CAP_WORD}(?:\s+(?:(?:of|for|and|the|de|&)\s+)*{_CAP_WORD})*"

#: "was received in Baku by", "were signed on Monday in Astana by": a short adverbial between a passive
#: participle and its "by" agent.
_PASSIVE_GAP = re.compile(
    rf"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?{_PARTICIPLE}\s+"
    r"(?P<gap>(?:(?:in|at|on|during|last|this|earlier|later)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+){1,2})"
    r"(?=by\b)"
)
#: ", agreed with the builder last year,", ", launched by China Southern Airlines last month,",
#: ", which left Xi'an on 2 May,", ", who took office in 2019,": a clause between commas (no verb of the
#: main clause inside: at most 20 words, no semicolon, no second comma).
_COMMA_CLAUSE = re.compile(
    rf",\s+(?P<gap>(?:(?:\w+ly\s+)?{_PARTICIPLE}\s+(?:jointly\s+|together\s+|first\s+)?"
    r"(?:by|with|in|at|on|from|for|under|through|between|during|after|before|last|earlier|this|to)\b"
    r"|(?:which|who|whose)\s"
    # session 14: a descriptive with-phrase of the subject (", with an annual capacity of 600,000 tonnes and a depth
    # of 16 metres,"): a figure's thousands comma stays inside
    r"|with\s+(?:an?|the|its|their|some|about|over|more\s+than|up\s+to|\d)(?=[\s\d,.]))"
    r"(?:[^,;:.!?]|(?<=\d)[,.](?=\d)){0,140}?),(?=\s)"
)
#: "operated jointly by Azerbaijan Railways CJSC and China Railway Xi'an Bureau Group" before a lowercase
#: word: a participle with a proper-name agent modifying the noun before it.
_BY_AGENT = re.compile(
    r"(?<![\s(]is)(?<!are)(?<!was)(?<!were)(?<![\s(]be)(?<!been)(?<!being)(?<!has)(?<!have)(?<!had)"
    rf"(?<=[a-z])\s+(?P<gap>{_PARTICIPLE}\s+(?:\w+ly\s+)?by\s+{_NAME}(?:\s*,?\s+and\s+{_NAME})?)(?=\s+[a-z])"
)
#: "the direct flight between Beijing and Baku" / "talks between the two ministers": after a noun.
_BETWEEN = re.compile(rf"(?<=[a-z])\s+(?P<gap>between\s+{_NAME}\s+and\s+{_NAME})(?=[\s,])")
#: "worth a combined 1.2 billion U.S. dollars", "worth about $300 million": a price after a noun.
_WORTH = re.compile(
    r"(?<=[a-z])\s+(?P<gap>worth\s+(?:a\s+(?:combined|total\s+of)\s+|about\s+|some\s+|nearly\s+|almost\s+|over\s+"
    r"|more\s+than\s+|around\s+|up\s+to\s+)?(?:[$€£¥]\s?)?\d[\d.,]*\s*(?:million|billion|trillion|mln|bln|bn|m)?"
    r"(?:\s+(?:U\.S\.|US|American)\s+)?(?:\s*(?:dollars|yuan|euros|manats?|rubles|roubles|tenge|soums?|lari))?)"
    r"(?=[\s,])"
)
#: "had agreed last month to set up", "decided on Monday to open", "pledged in 2023 to build": a time adverbial
#: between a past verb and its "to" complement.
_TIME_BEFORE_TO = re.compile(
    r"(?<=[a-z]ed)\s+(?P<gap>(?:(?:last|this|next|earlier\s+this|later\s+that)\s+(?:week|month|year|spring|summer|"
    r"autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|in\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?:a\s+(?:week|month|year)|\w+\s+(?:days|weeks|months|years))\s+ago|earlier|previously|recently))"
    r"(?=\s+to\s+[a-z])"
)
#: "launched, by video link, a container train", "opened, in a ceremony at the port, the new terminal": a manner or
#: place adjunct between commas after a past verb and before its object (the commas go too)
_VERB_ADJUNCT = re.compile(
    r"(?<=[a-z]ed)(?P<gap>,\s+(?:by|via|through|over|in|at|with|during|jointly|together|symbolically|remotely)\b"
    r"[^,;:.!?]{0,40}?,)(?=\s+(?:a|an|the|its|their|his|her|two|three|four|five|\d)\b)"
)
_OFFICE = r"(?:chairmanship|chairpersonship|presidency|chair|leadership)\b"
_OFFICE_MODIFIERS = (
    r"(?:[\w-]+['’]s\s+)?(?:(?:rotating|annual|yearly|one-year|six-month|two-year|regional|current|revolving)\s+)*"
)
#: "takes over the organisation's chairmanship", "assumed the bloc's rotating presidency": a possessor or an
#: attribute between the determiner and an office noun, and the particle of "take over" an office.
_OFFICE_GAP = re.compile(
    rf"\b(?:the|its|their)\s+(?P<gap>(?=[\w-]+['’]s\s|rotating|annual|yearly|one-year|six-month|two-year|regional|"
    rf"current|revolving){_OFFICE_MODIFIERS})(?={_OFFICE})",
    re.I,
)
_TAKE_OVER = re.compile(
    rf"\b(?:takes|take|taking|took|taken)\s+(?P<gap>over)\s+(?=(?:the|its|their)\s+{_OFFICE_MODIFIERS}{_OFFICE})",
    re.I,
)
_RULES: tuple[re.Pattern[str], ...] = (
    _PASSIVE_GAP, _COMMA_CLAUSE, _BY_AGENT, _BETWEEN, _WORTH, _TIME_BEFORE_TO, _OFFICE_GAP, _TAKE_OVER,
    _VERB_ADJUNCT,
)


def insertion_spans(
    text: str, start: int = 0, end: int | None = None, *, clauses: bool = True
) -> list[tuple[int, int]]:
    """Absolute (start, end) spans of the insertions in ``text[start:end]``, sorted, not overlapping;
    ``clauses=False`` leaves the clauses between commas (which may hold the event: ", launched by X last month,")."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for rx in _RULES:
        if rx is _COMMA_CLAUSE and not clauses:
            continue
        for m in rx.finditer(text, start, end):
            s, e = m.span("gap")
            if rx is _COMMA_CLAUSE:
                s, e = m.start(), m.end()  # the commas go too: "plant, agreed … year, began" → "plant … began"
            spans.append((s, e))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    pos = 0
    for s, e in spans:
        parts.append(text[pos:s])
        parts.append(re.sub(r"[^\n]", " ", text[s:e]))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


#: ", which opened on Monday," after a gathering or facility noun: the relative pronoun blanked, the relative clause
#: reads as the noun's own clause ("The talks, which opened on Monday, are due to end" → "The talks opened on
#: Monday"); only a past verb right after the pronoun, and the clause closed by a comma
_RELATIVE_PRONOUN = re.compile(
    r"(?<=[a-z])(?P<gap>,\s+(?:which|that)\s+)(?=(?:opened|began|started|closed|ended|concluded|convened|got\s+under\s+way)"
    r"\s+(?:on|in|last|this|earlier)\b[^,;:.!?]{0,40},)"
)


def relative_views(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """``text`` with the relative pronoun of a short non-restrictive clause on a gathering blanked (see
    ``_RELATIVE_PRONOUN``); none when the sentence has no such clause."""
    end = len(text) if end is None else end
    spans = [m.span("gap") for m in _RELATIVE_PRONOUN.finditer(text, start, end)]
    return [_blank(text, spans)] if spans else []


def masked_views(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Versions of ``text`` with the insertions of ``text[start:end]`` blanked (same length): every insertion,
    and every insertion but the clauses between commas; none when the sentence has no insertion."""
    views: list[str] = []
    for clauses in (True, False):
        spans = insertion_spans(text, start, end, clauses=clauses)
        if spans:
            view = _blank(text, spans)
            if view not in views:
                views.append(view)
    return views


class CompactView:
    """``text`` with the insertions of one sentence cut out (each replaced by one space), and the way back to the
    offsets of the original. A blanked view keeps the insertion's length, so a pattern that allows a bounded
    gap between its subject and its verb ("pipeline … went into operation", at most 60 characters) misses a
    long relative inset ("The gas pipeline, which crosses Uzbekistan on its way from Turkmenistan to Xinjiang,
    went into operation"); the compact view closes the gap."""

    __slots__ = ("_marks", "end", "start", "text")

    def __init__(self, text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
        parts: list[str] = [text[:start]]
        #: (position in the view, position in the original) at the start of every kept piece
        marks: list[tuple[int, int]] = [(0, 0)]
        pos, new = start, start
        for s, e in spans:
            parts.append(text[pos:s])
            new += s - pos
            parts.append(" ")
            new += 1
            pos = e
            marks.append((new, e))
        parts.append(text[pos:])
        self.text = "".join(parts)
        self.start = start
        self.end = end - (len(text) - len(self.text))
        self._marks = marks

    def original(self, pos: int) -> int:
        """The offset in the original text of the view's offset ``pos`` (a cut insertion maps to its end)."""
        base_new, base_old = 0, 0
        for new, old in self._marks:
            if new > pos:
                break
            base_new, base_old = new, old
        return base_old + (pos - base_new)


def compact_views(text: str, start: int = 0, end: int | None = None) -> list[CompactView]:
    """The views of :func:`masked_views` with the insertions cut out instead of blanked (see :class:`CompactView`);
    only for sentences with an insertion of more than ``20`` characters (shorter ones fit the patterns' gaps)."""
    end = len(text) if end is None else end
    views: list[CompactView] = []
    seen: set[str] = set()
    for clauses in (True, False):
        spans = insertion_spans(text, start, end, clauses=clauses)
        if not any(e - s > 20 for s, e in spans):
            continue
        view = CompactView(text, spans, start, end)
        if view.text not in seen:
            seen.add(view.text)
            views.append(view)
    return views
