"""Sentence splitting with absolute offsets (regex candidates, abbreviation-aware).

A boundary candidate is sentence-final punctuation (``.``, ``!``, ``?``, ``…``), optionally
followed by closing quotes, brackets or emphasis ("**Deal signed.** Azerbaijan …") and footnote
markers ("[1]", "[^2]", "³", a PDF's "(2)" glued to the point), then whitespace, then a capital letter, a digit or
an opening quote.
Candidates after a period are rejected when the word before it is an abbreviation: titles ("Mr.",
"Dr.", "Gen.", "St."), initials ("J. Smith"), month abbreviations before a number ("Jan. 5",
"Dec. 2015"), "No. 5", "vs.", "e.g."; dotted acronyms ("U.S.", "a.m.") and "Inc."/"Jr."/"etc." end a
sentence only when an ordinary sentence opener follows ("… in the U.S. The talks …"); "a.m."/"p.m."
end one before any capitalised word but a time zone. Decimals ("$1.3 billion") never match because
no space follows the point. Sentences never cross a paragraph boundary.

Paragraph furniture is left out of the sentences: list markers ("- ", "* ", "1. "), table pipes
("| 2 May 2009 | Talks in Baku |" gives "2 May 2009 | Talks in Baku") and speaker labels of
interviews and transcripts ("Q:", "A:", "**Interviewer:**", "Tokayev:"), so that a label never
becomes an actor. A label is a short capitalised name without digits (datelines keep their dates);
inside a paragraph only "Q:"/"A:"/"Question:"/"Answer:" are taken for labels.
"""

from __future__ import annotations

import re

from timeline.extract.types import Sentence
from timeline.ingest.boilerplate import split_paragraphs

# "2015.[1] Turkey", "1992.(2) A"
_CANDIDATE = re.compile(r"([.!?…]+['\"”’»)\]*_]*(?:\[\^?\d{1,3}\]|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*)(\s+)")
_LAST_TOKEN = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[*_]*([\w’'-]+)")
_OPENERS = "\"'“‘«([¿¡*_"
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "U.S" (the final period is the candidate)
_INLINE_LABEL = re.compile(r"[*_]{0,2}(?:Q|A|Question|Answer)[*_]{0,2}\s*:[*_]{0,2}\s+(?=\S)")
_ZONE = re.compile(r"[\w’'-]+ (?:standard )?time\b")
_LIST_MARK = re.compile(r"(?:[-*•–—▪►◦·+]\s+|\d{1,2}[.)]\s+|\|\s*)+")
_TABLE_END = re.compile(r"\s*\|\s*$")
#: A speaker label opening a paragraph: "Q:", "A.", "**Question:**", "Interviewer:", "Ilham Aliyev:".
#: Words that make a "label" a date ("Monday: talks resumed", "Update: …" stays a label).
_TIME_WORD = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday|Tomorrow|Tonight|This|Last|Next|Earlier|Later"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)"
)
SPEAKER_LABEL = re.compile(
    r"[*_]{0,2}(?P<label>Q|A|Question|Answer|Interviewer|Interviewee|Moderator|Host"
    r"|(?!" + _TIME_WORD + r")(?:[A-Z][\w’'-]*\.?\s){0,3}[A-Z][\w’'-]+)[*_]{0,2}\s*:[*_]{0,2}\s+"
    r"(?=[*_\"“‘'(]*[A-Z0-9])"
)

#: Abbreviations after which a period never ends a sentence (compared lowercased, without the period).
_NEVER_FINAL = frozenset(
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "cmdr", "adm", "maj",
        "brig", "rev", "sen", "rep", "gov", "pres", "st", "mt", "ft", "hon", "amb", "supt", "insp", "messrs",
        "mme", "mlle", "fr", "sr", "vs", "v", "cf", "approx", "viz", "e.g", "i.e", "al", "ca", "c", "gov't",
        "dept", "univ", "assn", "est", "lt.col", "gen.lt",
    }
)  # fmt: skip
#: Abbreviations that do not end a sentence when a number follows ("Jan. 5", "No. 7", "p. 12").
_BEFORE_NUMBER = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "art", "vol", "p", "pp", "fig", "ch", "sec", "para", "op", "ed", "ref", "tel", "nr",
    }
)  # fmt: skip
#: Abbreviations that end a sentence only when a typical sentence opener follows.
_AMBIGUOUS = frozenset({"inc", "corp", "co", "cie", "ltd", "llc", "plc", "jr", "bros", "etc", "ave", "blvd", "rd"})
#: Words that typically open a sentence; used to decide after ambiguous abbreviations.
_SENTENCE_OPENERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his",
        "her", "its", "their", "our", "my", "in", "on", "at", "for", "but", "and", "or", "however", "meanwhile",
        "also", "after", "before", "during", "according", "as", "if", "when", "while", "there", "some", "many",
        "most", "other", "both", "then", "since", "still", "yet", "so", "thus", "despite", "earlier", "later",
        "last", "next", "by", "with", "from", "under", "over", "what", "who", "why", "how", "such", "each",
        "all", "no", "not", "one", "two", "three", "here", "now", "today", "yesterday", "tomorrow", "moreover",
        "furthermore", "additionally", "although", "though", "because", "following", "among", "officials",
    }
)  # fmt: skip


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past surrounding whitespace."""
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    return start + lead, end - trail


def _next_word(text: str, pos: int, end: int) -> str:
    """The word starting at ``pos`` (after opening quotes or brackets), or ""."""
    m = _NEXT_WORD.match(text, pos, end)
    return m.group(1) if m else ""


def _is_boundary(text: str, m: re.Match[str], para_start: int, para_end: int) -> bool:
    """Decide whether the candidate ``m`` (punctuation + whitespace) ends a sentence."""
    nxt_pos = m.end()
    if nxt_pos >= para_end:
        return False
    nxt = text[nxt_pos]
    if nxt in _OPENERS:
        after = text[nxt_pos + 1 : nxt_pos + 2]
        if not after or not (after.isupper() or after.isdigit() or after in _OPENERS):
            return False
    elif not (nxt.isupper() or nxt.isdigit()):
        return False
    punct = m.group(1).replace("*", "").replace("_", "")  # emphasis closes, it does not end
    if not punct.startswith(".") or punct.startswith(".."):
        return True  # "!", "?", "…", "..." before a capital
    if punct.rstrip("'\"”’»)]") != ".":
        return True
    if len(punct) > 1:
        return True  # 'said.” Next' or 'ended.) Then': a closing quote/bracket after the point
    tok = _LAST_TOKEN.search(text, max(para_start, m.start() - 30), m.start())
    if tok is None:
        return True
    word = tok.group(1).lstrip(_OPENERS + "{-–—*_")
    low = word.lower()
    following = _next_word(text, nxt_pos, para_end)
    if low in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. Smith"
    if low in _BEFORE_NUMBER and (low != "no" or word[:1].isupper()):
        return not following[:1].isdigit()
    if low in ("a.m", "p.m"):  # "at 10 a.m. Aliyev arrived": times do not modify a name ("10 a.m. GMT")
        return not (following.isupper() or _ZONE.match(text, nxt_pos, para_end))
    if low in _AMBIGUOUS or _DOTTED_ACRONYM.fullmatch(word):
        return following.lower() in _SENTENCE_OPENERS  # "U.S.", "a.m.", "Inc."
    return True


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stripped sentence spans of one paragraph."""
    out: list[tuple[int, int]] = []
    cur = start
    for m in _CANDIDATE.finditer(text, start, end):
        if m.start() < cur or not _is_boundary(text, m, start, end):
            continue
        s, e = _strip(text, cur, m.end(1))
        if s < e:
            out.append((s, e))
        cur = m.end()
        q = _INLINE_LABEL.match(text, cur, end)  # "Q: What changed? A: Nothing." in one paragraph
        if q:
            cur = q.end()
    s, e = _strip(text, cur, end)
    if s < e:
        out.append((s, e))
    return out


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """A paragraph's span without its list marker, table pipes and speaker label."""
    table = text.startswith("|", start)
    m = _LIST_MARK.match(text, start, end)
    if m:
        start = m.end()
    t = _TABLE_END.search(text, start, end) if table else None
    if t and t.start() > start:
        end = t.start()
    m = SPEAKER_LABEL.match(text, start, end)
    if m:
        start = m.end()
    return start, end


def split_sentences(text: str, spans: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of ``text`` (or of the given body ``spans``) with absolute offsets.

    ``text[s.start:s.end] == s.text`` and the text is stripped of surrounding whitespace.
    Each span is cut into paragraphs (blank lines; separate lines unless hard-wrapped) and
    ``Sentence.paragraph`` counts paragraphs across all spans, from 0.
    """
    regions = [(0, len(text))] if spans is None else spans
    sentences: list[Sentence] = []
    paragraph = 0
    for r_start, r_end in regions:
        r_start, r_end = max(0, r_start), min(len(text), r_end)
        for p_start, p_end in split_paragraphs(text, r_start, r_end):
            parts = _split_paragraph(text, *_content(text, p_start, p_end))
            if not parts:
                continue
            sentences.extend(Sentence(s, e, text[s:e], paragraph) for s, e in parts)
            paragraph += 1
    return sentences
