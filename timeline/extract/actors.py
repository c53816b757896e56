"""Actor recognition: a dictionary of states, people, organisations and places, matched in text.

The dictionary (``timeline/data/actors.yaml``, format described in its header) is indexed as a trie of
case-folded words (first word -> continuations), so a text is scanned once, looking only at words that
begin an alias, whatever the number of aliases; case rules are checked on each hit (proper-noun words and
acronyms must keep their capitals, title words may not: "the Azerbaijani president", never "xi" for Xi).
Per text (a few recent texts are kept) the dictionary remembers the folded text, its words, the people
named in full, the hits and unknown-actor candidates of each span, and the result of each
``find(text, start, end, on, prior)`` call: the extractor asks about the same sentences repeatedly.

Choices made here (the event extractor builds on them):

- **Longest match wins**, on word boundaries: "Xi'an" is the city, "China Railway" the company,
  "People's Republic of China" one mention. A possessive "'s" is left outside the span.
- **Role titles** ("President Aliyev", "the Chinese leader", "Azerbaijan's Foreign Minister") are
  resolved by the date ``on``: the holder whose inclusive period contains it. When no date is given,
  or several holders fit, a person named earlier in the same text (or in ``prior``) is preferred;
  otherwise the mention is the *state* (or organisation) the office belongs to, surface kept.
  A title directly followed by a name ("Chinese President Xi Jinping") yields the name only.
- **Bare surnames** shared by several entries ("Aliyev") go to a person named in full earlier, else
  to the only one holding an office on ``on``; otherwise they are left out. A surname that is one word of
  another capitalised name is nobody of the dictionary: a given name before it ("Aydin Karimov", but
  "President Karimov", "Then Karimov"), a capitalised word after it ("Ling Ji", "Aliyev Avenue"; a weekday
  or month may follow: "met Aliyev Monday").
- **Capitals** ("Baku", "Beijing", also "the Kremlin") are the *state* when used as an actor
  ("Baku and Beijing signed", "Beijing's readiness", "Baku-Beijing ties") and the *place* after a
  locative preposition ("in Baku", "to Beijing", "from Moscow"), after an article ("the Baku summit")
  and in a list continuing such a place ("in Shanghai and Beijing"). Country names are always the
  state ("a visit to China" is China as recipient); the event extractor decides the role.
- **Demonyms** are actors only as the state's organs and agents: "the Chinese side/government/
  authorities/leadership/delegation/officials/diplomats", "Russian troops/forces/paratroopers/police",
  also with up to two modifiers ("the Russian peacekeeping command", "Turkish armed forces"), is the
  state (span up to the group noun), as is a demonym in a hyphenated pair ("Sino-Azerbaijani",
  "Azerbaijani-Chinese"). Nationals acting for themselves are not: "Chinese companies/engineers/
  experts/investors" yield nothing (they would give commercial sentences a state actor), nor do
  groups detached from the state ("the Armenian separatist authorities", "exiled", "opposition").
- **Peoples and role-bearing groups** (round 4): a plural demonym ("Armenians", "Kazakhs", "Azerbaijanis") is the
  state, unless an ethnic or regional qualifier stands before it ("ethnic Armenians", "Karabakh Armenians"); so are
  voters, protesters, demonstrators, activists and lawmakers after a demonym ("Kazakh voters", "Georgian
  protesters"). Investors, companies, engineers and experts stay private ("Chinese investors": nothing).
- **Spelling variants** of a surname (``surname_variants`` in the YAML: "Berdymukhamedov", "Tokaev") build the
  same titled forms and bare-surname senses as the main spelling, so "President Berdymukhamedov" resolves by
  date like "President Berdimuhamedov" (father until March 2022, son after).
- **Origin modifiers** are no actors: "Singapore-registered", "U.S.-based", "Chinese-made" (a hyphenated
  -based/-registered/-listed/-made/-built/... after the name); "Russia-backed" still is. Nor is a currency's
  issuer: "1.5 billion US dollars".
- **Unknown actors**: a title followed by a capitalised name ("Ambassador Guo Min", "CEO John Smith",
  "political analyst Farhad Mammadov"), a name followed by an appositive title ("Seymur Mammadov, a
  special commentator"), a bare two-word name opening a sentence before an action verb ("Tomas Ruddle
  led ...", unless a word marks a place or thing: "Central", "River", "Corridor"), and capitalised
  phrases with an organisation head or suffix ("the Ministry of Digital Development", "Xinjiang
  Chemical Co.") come back with ``known=False``. A leading hyphenated qualifier ("Russian-led", "state-owned") is
  no part of an organisation name, and a known organisation left after trimming is reported as known.
- **Bare institutions** (round 6): "the government", "the cabinet", "the Cabinet of Ministers" (``state_bodies``
  in the YAML) are the state of the context, and an entry's ``generic`` forms ("the National Assembly", "the
  parliament", "the Foreign Ministry", "the Ministry of Economy") are that body of the context's state: the
  nearest state, capital, person or body with a country named in the 1,200 characters before the noun, else
  after it in its own sentence (a place right after it, "the Foreign Ministry in Astana", first); a state without
  such a body is skipped for the next one. No state in sight, or "the government of X": nothing is added.
  Companies and bare demonyms ("a Chinese firm") do not set the context. An unknown state body with no state
  in its name ("the Atomic Energy Agency") takes the context's country ("... of Kazakhstan") when it is clearly
  the nearest (the next country named is at least twice as far), else none.
- **Envoys** (round 6): "the Chinese ambassador/envoy/embassy", "a Chinese vice-minister" are the state (the name
  only when a name follows: "Chinese Ambassador Guo Min"). An unknown titled person's country is the owner before
  the title ("Kazakhstan's ambassador to China X", "Kazakh Deputy Foreign Minister X"), never the host after "to".
- **Datelines** (round 6): a capital opening a line before ", June 16", "(Agency)" or a dash is the place
  ("ASTANA, June 16 (Xinhua) --"), and the agency credit in parentheses is no actor. A body named after a person
  ("Nazarbayev University", "the Aliyev Center") is an organisation of the person's country, not the person.
- **Honorifics** (round 9): a title borne by one person only is an alias ("Arkadag", "Hero-Arkadag", "Elbasy");
  one each country gives its own leader ("the national leader", "the Leader of the Nation") is a ``generic`` form
  of the person, resolved by the context's state like "the parliament".
- **Companies without a head word** (round 9): a capitalised name after a classifier noun ("Chinese carmaker
  Jetour", "the builder China Railway 20th Bureau", "the Kazakh company Allur") or after a country's possessive in a
  commercial phrase ("ordered from China's Jinlong") is an unknown organisation; its country is the nearest
  demonym before the classifier, else the known company it extends.
- **Titles about a named person** (round 9): a title set off after a person's name ("Hu Jintao, then China's
  president,", "Tokayev, until then Chairman of the Senate") is that person, not the date's holder (a bare surname
  before it takes the title's holder instead); after "became/was elected/sworn in as" a title is the holder whose
  spell starts within a year of the date. A body after "member of (the)" in a person's title ("Member of the
  Political Bureau ... and Foreign Minister Wang Yi"), and a political body in an office set off after a name
  ("Zhao Leji, chairman of the Standing Committee of the NPC,") are no actors; a company there is kept.
- **Credits** (round 9): the outlet a sentence credits is its source, not an actor: ", AZERTAC reports.", "according
  to Xinhua", "told Kazinform", "Trend News Agency reports that" (an outlet by its name; any organisation only before
  a closing "reports/reported/informs/writes" after a comma; ", SOCAR said." stays).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import re
import threading
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal, cast

import yaml

from timeline.extract.types import ActorKind, ActorMention

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"

SenseKind = Literal["name", "surname", "title", "metonym", "demonym", "political", "combining", "people"]

# ----------------------------------------------------------------------------------------------- text


_TRANSLIT = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                           "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})  # fmt: skip
_APOSTROPHES = "'’ʼ`´"
_DASHES = "-–—‐‑"


def ascii_fold(s: str) -> str:
    """``s`` without diacritics, keeping case and punctuation ("İlham Əliyev" → "Ilham Aliyev")."""
    if s.isascii():
        return s
    s = s.translate(_TRANSLIT)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _fold_key(s: str) -> str:
    """Lower-case character by character, as the regex engine's IGNORECASE does ("İ" stays one character)."""
    if s.isascii():
        return s.lower()
    return "".join(low if len(low := c.lower()) == 1 else c for c in s)


_JOINING_PUNCTUATION = re.compile(rf"[{_APOSTROPHES}.]")
_SEPARATING_PUNCTUATION = re.compile(r"[^\w]+|_")


def normalise_alias(s: str) -> str:
    """The lookup key of a name: case-folded, diacritics and punctuation stripped, spaces collapsed.

    Apostrophes and dots join ("Xi'an" → "xian", "U.S." → "us"); other punctuation separates
    ("Nur-Sultan" → "nur sultan"); "&" reads "and".
    """
    s = ascii_fold(s).casefold().replace("&", " and ")
    s = _JOINING_PUNCTUATION.sub("", s)
    s = _SEPARATING_PUNCTUATION.sub(" ", s)
    return " ".join(s.split())


# --------------------------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class RoleSpell:
    """One holder's period in an office (inclusive bounds; ``None`` = open)."""

    office: str
    title: str
    of: str  # the state or organisation the office belongs to
    start: dt.date | None
    end: dt.date | None

    def covers(self, on: dt.date) -> bool:
        """Whether ``on`` lies in the (inclusive, possibly open) validity period."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One dictionary actor."""

    name: str
    kind: ActorKind
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[RoleSpell, ...] = ()
    #: For capitals (and "the Kremlin"): the state they stand for when used as an actor.
    metonym_of: str | None = None

    def active_on(self, on: dt.date) -> bool:
        """True when the entry holds one of its offices on ``on``."""
        return any(r.covers(on) for r in self.roles)


@dataclass(frozen=True, slots=True)
class AliasSense:
    """One meaning of one alias string: which entry, in what capacity, when."""

    alias: str
    entry: str  # canonical name
    kind: SenseKind
    start: dt.date | None = None
    end: dt.date | None = None
    #: For titles: the state/organisation reported when the holder cannot be determined.
    fallback: str | None = None

    def covers(self, on: dt.date) -> bool:
        """Whether ``on`` lies in the (inclusive, possibly open) validity period."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


class DictionaryError(ValueError):
    """The actor dictionary file is malformed."""


# Words of titles that may appear in any case ("the Azerbaijani president").
_CASE_FREE = {
    "president", "vice", "vice-president", "first", "prime", "minister", "premier", "foreign", "affairs", "leader",
    "head", "of", "state", "government", "side", "authorities", "leadership", "delegation", "speaker", "secretary",
    "general", "secretary-general", "chancellor", "supreme", "commerce", "chief", "chairman", "chair", "the",
    "and", "top", "diplomat", "policy", "parliament", "embassy", "ministry", "port", "seaport", "state-run",
    "national", "first lady", "lady", "ayatollah", "kremlin", "commission", "council", "high", "representative",
}  # fmt: skip

_COMPANY_TITLES = ("president", "head", "chief", "CEO", "chairman")


def _parse_date(value: Any, *, upper: bool) -> dt.date | None:
    """YAML date, "YYYY-MM" or "YYYY" → the earliest (or, for an upper bound, latest) day it covers."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 12, 31) if upper else dt.date(int(text), 1, 1)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            year, month = int(m[1]), int(m[2])
            if not upper:
                return dt.date(year, month, 1)
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise DictionaryError(f"bad date {value!r} in actor dictionary") from exc


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _variants(alias: str) -> set[str]:
    """The alias plus its apostrophe, dash and ASCII variants."""
    out = {alias}
    if any(c in alias for c in _APOSTROPHES):
        out |= {re.sub(rf"[{_APOSTROPHES}]", a, alias) for a in "'’"}
    if any(c in alias for c in "–—"):
        out |= {re.sub("[–—]", d, alias) for d in "-–"}
    out |= {ascii_fold(a) for a in out}
    return out


# -------------------------------------------------------------------------------------- the matcher

_WORD_END = r"(?!\w)(?![" + _APOSTROPHES + r"](?![sS]\b)\w)"
_LOCATIVES = {
    "in", "at", "to", "from", "into", "near", "outside", "inside", "around", "across", "via", "through",
    "towards", "toward", "throughout", "within", "onto",
}  # fmt: skip
_ARTICLES = {"the", "a", "an"}
_LEFT_WORDS = re.compile(r"[\w’']+|[,;–—-]")
_POLITICAL_HEADS = ("side", "government", "authorities", "leadership", "delegation", "officials", "state")
#: Group nouns that make "<demonym> <group>" the state: its organs and agents (political, diplomatic,
#: military, police). Nationals acting for themselves are not the state: "Chinese companies / engineers /
#: experts / investors / workers / media" yield nothing, or every commercial sentence would get a state
#: actor and turn into a state-to-state event.
_STATE_GROUPS = (
    "side|government|governments|authorities|leadership|leaders|delegation|delegations|officials|state|"
    "administration|regime|diplomats|diplomacy|negotiators|envoys|"
    # its representatives abroad and deputy ministers (round 6): "the Chinese ambassador", "a Chinese vice-minister"
    r"ambassador|envoy|embassy|vice[\s-]ministers?|deputy\s+ministers?|"
    r"troops|forces|military|army|navy|air\s+force|soldiers|servicemen|paratroopers|peacekeepers|"
    r"border\s+guards|police|warplanes|warships|jets|command|contingent|units|"
    # role-bearing groups of the state's people (round 4): they act as the country in political events
    r"voters|electorate|protesters|demonstrators|activists|lawmakers|legislators|MPs|parliamentarians"
)
#: Words that may stand between the demonym and the group noun ("Russian peacekeeping command").
_GROUP_MODIFIERS = (
    "peacekeeping|armed|military|border|security|special|naval|air|ground|federal|central|local|regional|"
    "interim|senior|top|high-ranking|defence|defense|foreign|government|state|law-enforcement|elite"
)
#: Qualifiers that detach the group from the state ("the Armenian separatist authorities" are not
#: Armenia's government): nothing is reported for them.
_NOT_THE_STATE = r"separatist|separatists|rebel|rebels|opposition|exiled|former|de\s+facto|breakaway|insurgent"
#: Before a plural demonym ("Armenians"), words that make it an ethnic group rather than the state's people:
#: "ethnic Armenians", "Karabakh Armenians" (a capitalised regional qualifier), "separatist Armenians".
_ETHNIC_BEFORE = re.compile(rf"(?:\b(?:ethnic|{_NOT_THE_STATE})|(?<![.!?:;\"“‘(\n])[ \t](?-i:[A-Z])[\w’'-]*)[ \t]+$",
                            re.IGNORECASE)
#: Demonyms that have no plural in -s ("Chinese", "Turkish", "Kyrgyz", "Swiss").
_NO_PLURAL = ("ese", "ish", "ch", "z", "ss", "s", "x")
_COORDINATION = re.compile(r"(?:[ \t]*,)?[ \t]+(?:and|or)[ \t]+|[ \t]*,[ \t]*")
_GROUP_AFTER = re.compile(
    rf"[ \t]+(?:(?P<block>{_NOT_THE_STATE})[ \t]+|(?:{_GROUP_MODIFIERS})[ \t]+){{0,2}}"
    rf"(?P<head>{_STATE_GROUPS})(?!\w|-)",
    re.IGNORECASE,
)


#: Groups of nationals acting for themselves ("companies", "firms"): no state after one demonym ("Chinese
#: companies"), but two coordinated demonyms before them as the subject of a joint act ("Azerbaijani and Chinese
#: companies signed ...") tell a bilateral act whose parties are the two states, as groups ("Turkish and
#: Georgian firms bid for the contract" stay nationals).
_BUSINESS_AFTER = re.compile(
    rf"[ \t]+(?:(?:{_GROUP_MODIFIERS}|state-owned|private|oil|gas|energy|construction|logistics|railway|rail|"
    r"shipping|transport|trade|trading|business|investment|industrial|mining|telecom|tech|technology)[ \t]+){0,2}"
    r"(?:companies|firms|businesses|enterprises|businessmen|business\s+people|entrepreneurs|investors|"
    r"contractors|banks|operators|partners|producers|manufacturers|exporters)(?!\w|-)"
    # ... as the subject of a joint act ("signed", "agreed", "set up"), not of rivalry ("bid for the contract")
    r"[ \t]+(?:(?:have|has|had|will|would|also|jointly|on\s+\w+\s+\w+|today|yesterday)[ \t]+){0,3}"
    r"(?:sign(?:ed)?|agreed?|conclud(?:ed|e)|ink(?:ed)?|launch(?:ed)?|establish(?:ed)?|set[ \t]+up|form(?:ed)?|"
    r"found(?:ed)?|creat(?:ed|e)|buil[dt]|open(?:ed)?|exchang(?:ed|e)|initial(?:l)?ed)\b",
    re.IGNORECASE,
)


#: "Singapore-registered", "U.S.-based", "Chinese-made": a name that only says where a thing comes from;
#: "US dollars", "Hong Kong dollars": a currency named after its issuer is no actor.
_ORIGIN_MODIFIER = re.compile(r"[-‐‑](?:based|registered|listed|headquartered|incorporated|made|built|flagged|"
                              r"manufactured|produced|born)\b|[ \t]+dollars?\b", re.IGNORECASE)


#: How far back (characters) the state a bare institution noun refers to is looked for.
_CONTEXT_WINDOW = 1200
#: "the Government of Azerbaijan": the owner is named, the bare-noun rule does not apply.
_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
#: "the Foreign Ministry in Astana": the place right after the noun is its owner.
_IN_PLACE = re.compile(r"[ \t]+(?:in|at)[ \t]+")
#: Plural office noun ("the two presidents") -> the title whose holder each state of a pair contributes.
GROUP_TITLES = {"presidents": "President", "heads of state": "President", "leaders": "leader",
               "prime ministers": "Prime Minister", "premiers": "Prime Minister",
               "heads of government": "Prime Minister", "foreign ministers": "Foreign Minister",
               "top diplomats": "Foreign Minister"}


def _generic_pattern(generic: dict[str, list[str]]) -> re.Pattern[str] | None:
    """"the <noun>" for every bare institution noun (each word may be capitalised)."""
    if not generic:
        return None
    alts = []
    for noun in sorted(generic, key=len, reverse=True):
        words = [f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in noun.split()]
        alts.append("[ \t]+".join(words))
    return re.compile(rf"(?<![\w’'-])[Tt]he[ \t]+(?P<noun>{'|'.join(alts)})(?![\w’'-])")


class ActorDictionary:
    """Actors, their aliases and offices, compiled for fast matching in text."""

    def __init__(
        self,
        entries: Iterable[ActorEntry],
        senses: Iterable[AliasSense],
        generic: dict[str, list[str]] | None = None,
    ) -> None:
        self.entries: dict[str, ActorEntry] = {e.name: e for e in entries}
        #: bare institution nouns ("parliament", "National Assembly") -> entries they may stand for ("" = a state)
        self.generic: dict[str, list[str]] = {k.casefold(): v for k, v in (generic or {}).items()}
        self._generic_rx = _generic_pattern(self.generic)
        self._senses: dict[str, list[AliasSense]] = {}
        self._by_norm: dict[str, list[AliasSense]] = {}
        self._by_entry: dict[str, list[AliasSense]] = {}
        seen: set[tuple[str, str, str, dt.date | None]] = set()
        for s in senses:
            key = (s.alias, s.entry, s.kind, s.start)
            if key in seen or not s.alias.strip():
                continue
            seen.add(key)
            if s.kind != "political":  # "<demonym> <group>" is read by the resolver (_GROUP_AFTER)
                self._senses.setdefault(_fold_key(s.alias), []).append(s)
            self._by_norm.setdefault(normalise_alias(s.alias), []).append(s)
            self._by_entry.setdefault(s.entry, []).append(s)
        self._index = _AliasIndex(self._senses)
        #: surface -> the senses whose case rules it meets (the same names recur across texts)
        self._surface_senses: dict[str, list[AliasSense]] = {}
        #: Per-text state (folded text, words, people named in full, memo of results); a few recent texts.
        self._texts: dict[str, _TextState] = {}
        self._texts_lock = threading.Lock()
        self._fingerprint: str | None = None
        self._state_by_code: dict[str, str] | None = None

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_yaml(cls, path: str | Path) -> ActorDictionary:
        """Load a dictionary file (see the header of ``timeline/data/actors.yaml``)."""
        try:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)
        except (OSError, yaml.YAMLError, ValueError) as exc:  # ValueError: impossible dates such as 2001-13-40
            raise DictionaryError(f"cannot read actor dictionary {path}: {exc}") from exc
        if not isinstance(data, dict):
            raise DictionaryError(f"actor dictionary {path} is not a mapping")
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ActorDictionary:
        """Build from the parsed YAML structure."""
        try:
            return _Builder(data).build()
        except (TypeError, AttributeError, KeyError) as exc:
            raise DictionaryError(f"malformed actor dictionary: {exc!r}") from exc

    @classmethod
    def default(cls) -> ActorDictionary:
        """The shipped dictionary (loaded once per process)."""
        return _default_dictionary()

    # ------------------------------------------------------------------ lookups

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, name: object) -> bool:
        return name in self.entries

    def entry(self, name: str) -> ActorEntry | None:
        """The entry with this canonical name, or None."""
        return self.entries.get(name)

    def state_for(self, name: str) -> str | None:
        """Whom an actor stands for as the subject of a figure: a state itself, the state a capital is a metonym
        of ("Moscow" -> "Russia"); for a person, the state or organisation all their offices belong to ("Ursula
        von der Leyen" -> "European Commission"), else the state of their country. None for anything else."""
        e = self.entries.get(name)
        if e is None:
            return None
        if e.kind == "state":
            return e.name
        if e.metonym_of:
            return e.metonym_of
        if e.kind != "person":
            return None
        owners = {r.of for r in e.roles}
        if len(owners) == 1:
            return owners.pop()
        return self.state_of_country(e.country) if e.country else None

    def fingerprint(self) -> str:
        """A digest of every entry and alias sense (equal dictionaries give equal fingerprints); cached."""
        if self._fingerprint is None:
            digest = hashlib.sha256()
            for name in sorted(self.entries):
                digest.update(repr(self.entries[name]).encode())
                for sense in sorted(self._by_entry.get(name, []), key=repr):
                    digest.update(repr(sense).encode())
            digest.update(repr(sorted(self.generic.items())).encode())
            self._fingerprint = digest.hexdigest()
        return self._fingerprint

    def senses_of(self, name: str) -> list[AliasSense]:
        """Every alias of the entry ``name`` (titles with their periods), for the database."""
        return list(self._by_entry.get(name, []))

    def resolve(self, name: str, on: dt.date | None = None) -> list[ActorEntry]:
        """Entries a name, alias or title may denote (on ``on`` when given); exact names first."""
        if name in self.entries:
            return [self.entries[name]]
        senses = self._by_norm.get(normalise_alias(name), [])
        if not senses:
            return []
        names: list[str] = []
        direct = [s for s in senses if s.kind in ("name", "metonym", "demonym", "political", "combining", "people")]
        if direct:
            names = [s.entry for s in direct]
        else:
            titles = [s for s in senses if s.kind == "title" and (on is None or s.covers(on))]
            names = [s.entry for s in titles]
            surnames = [s.entry for s in senses if s.kind == "surname"]
            if surnames and on is not None:
                active = [n for n in surnames if self.entries[n].active_on(on)]
                surnames = active or surnames
            names += surnames
        return [self.entries[n] for n in dict.fromkeys(names)]

    # ------------------------------------------------------------------ matching

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        on: dt.date | None = None,
        *,
        prior: Collection[str] = (),
    ) -> list[ActorMention]:
        """Actors mentioned in ``text[start:end]`` (absolute offsets, non-overlapping, in order).

        ``on`` is the date the text speaks about (resolves titles and shared surnames); ``prior``
        holds canonical names already mentioned earlier in the document (used the same way).
        """
        end = len(text) if end is None else min(end, len(text))
        start = max(0, start)
        state = self._text_state(text)
        key = (start, end, on, tuple(prior))
        with state.lock:
            memo = state.memo.get(key)
            if memo is None:
                memo = self._find_fresh(state, start, end, on, prior)
                state.memo[key] = memo
        return list(memo)

    def _find_fresh(
        self, state: _TextState, start: int, end: int, on: dt.date | None, prior: Collection[str]
    ) -> list[ActorMention]:
        text, people = state.text, state.people
        if people.covered < start:  # people named in full before this span (called out of order)
            lo = people.covered
            people.add(self._find_core(state, lo, start, None, ()) if _U_RX.search(text, lo, start) else [], lo, start)
        earlier = people.before(start)
        mentions = self._find_core(state, start, end, on, [*prior, *(p.name for p in earlier if p.known)])
        mentions = _text_people_first(mentions, earlier)
        mentions = _bare_surnames(state, start, end, mentions, earlier)
        people.add(mentions, start, end)
        return mentions

    def _find_core(
        self, state: _TextState, start: int, end: int, on: dt.date | None, prior: Collection[str]
    ) -> list[ActorMention]:
        text = state.text
        raw = state.hits.get((start, end))
        if raw is None:  # the dictionary hits of a span do not depend on the date
            raw = state.hits[(start, end)] = list(self._scan(state, start, end))
        resolver = _Resolver(self, text, on, prior, end)
        known = [m for m in resolver.run(raw) if not _ORIGIN_MODIFIER.match(text, m.end)]
        unknown = _find_unknown(self, state, start, end, known, raw)
        if unknown:
            inside = {id(m) for u in unknown for m in known if u.start <= m.start and m.end <= u.end}
            known = [m for m in known if id(m) not in inside]
        mentions = sorted(known + unknown, key=lambda m: m.start)
        mentions = _drop_titles_before_names(text, mentions, resolver.titles)
        mentions = _drop_appositive_titles(text, mentions, resolver.titles)
        mentions = _drop_title_bodies(text, mentions)
        mentions = _drop_envoys_before_names(text, mentions)
        mentions = [self._dateline_place(text, m) for m in mentions if not _is_credit(text, m)]
        mentions = [m for m in mentions if not _is_source_credit(text, m, end)]
        return self._with_generic(state, start, end, mentions, on)

    def _dateline_place(self, text: str, m: ActorMention) -> ActorMention:
        """A capital standing for its state is the place when it opens a line as a dateline ("ASTANA, June 16
        (Xinhua) --", "BAKU —")."""
        if m.kind != "state" or (m.start and text[m.start - 1] not in "\n") or not _DATELINE_AFTER.match(text, m.end):
            return m
        place = next((x.entry for x in self._senses.get(_fold_key(m.surface), []) if x.kind == "metonym"), None)
        if place is None:
            return m
        e = self.entries[place]
        return ActorMention(name=e.name, kind=e.kind, start=m.start, end=m.end, surface=m.surface, country=e.country,
                            wikidata=e.wikidata, known=True)

    def _with_generic(
        self, state: _TextState, start: int, end: int, mentions: list[ActorMention], on: dt.date | None = None
    ) -> list[ActorMention]:
        """Add bare institutions ("the government", "the National Assembly") resolved by the context state."""
        if self._generic_rx is None:
            return mentions
        text, added, replaced = state.text, [], set()
        for m in self._generic_rx.finditer(text, start, end):
            s, e = m.span("noun")
            if _OF_NAME.match(text, e):
                continue
            # an unknown organisation of exactly this span ("the Ministry of Economy") is the same body
            same = [x for x in mentions if (x.start, x.end) == (s, e) and not x.known and x.kind == "organisation"]
            if any(x.start < e and s < x.end for x in mentions if x not in same):
                continue
            name = self._generic_owner(state, m["noun"], m.start(), e, end, on)
            if name is not None:
                entry = self.entries[name]
                replaced.update(id(x) for x in same)
                added.append(ActorMention(name=name, kind=entry.kind, start=s, end=e, surface=text[s:e],
                                          country=entry.country, wikidata=entry.wikidata, known=True))
        if not added:
            return mentions
        return sorted([x for x in mentions if id(x) not in replaced] + added, key=lambda x: x.start)

    def _office_holder(self, option: str, on: dt.date | None) -> ActorEntry | None:
        """The holder on ``on`` of the office a generic option "@<office id>" names ("the crown prince")."""
        if on is None:
            return None
        oid = option[1:]
        found = [e for e in self.entries.values() if any(r.office == oid and r.covers(on) for r in e.roles)]
        return found[0] if len(found) == 1 else None

    def _generic_owner(
        self, state: _TextState, noun: str, s: int, e: int, limit: int, on: dt.date | None = None
    ) -> str | None:
        """The entry a bare institution noun stands for: the body of that name (or, for a state body, the
        state) of the nearest state named before it in the preceding text or after it in its own clause. When
        several named states could own it, the nearest must also be named more often than each of the others
        in the text so far (an even two-country story's "the government" is nobody's)."""
        options = self.generic.get(" ".join(noun.split()).casefold(), [])
        found: list[tuple[str, str]] = []  # (country, entry name), nearest country first
        for country in self.context_countries(state.text, s, e, limit):
            for name in options:
                if name.startswith("@"):  # an office's bare title: its holder on the date
                    entry = self._office_holder(name, on)
                    if entry is not None and entry.country == country:
                        found.append((country, entry.name))
                        break
                    continue
                entry = self.entries.get(name) if name else None
                if entry is not None and entry.country == country:
                    found.append((country, name))
                    break
                if not name and (owner := self.state_of_country(country)):
                    found.append((country, owner))
                    break
        if len(found) > 1:  # several states could own it: the nearest must also be the story's most named one
            counts = self._salience(state, limit)
            if any(counts.get(c, 0) >= counts.get(found[0][0], 0) for c, _ in found[1:]):
                return None  # "Iran sells gas to Armenia. The government cancelled …": no guess
        return found[0][1] if found else None

    def _salience(self, state: _TextState, limit: int) -> dict[str, int]:
        """How often each country is named (states, capitals, people, places) in the text up to ``limit``."""
        counts: dict[str, int] = {}
        for hit in self._scan(state, 0, limit):
            country = self._hit_country(hit)
            if country is not None:
                counts[country] = counts.get(country, 0) + 1
        return counts

    def context_countries(self, text: str, s: int, e: int, limit: int) -> list[str]:
        """Countries named near ``text[s:e]``, nearest first (see :meth:`context_distances`)."""
        return [c for c, _ in self.context_distances(text, s, e, limit)]

    def clear_context_country(self, text: str, s: int, e: int, limit: int) -> str | None:
        """The nearest context country when it is clearly the nearest: the next one is at least twice as far."""
        near = self.context_distances(text, s, e, limit)
        if not near or (len(near) > 1 and near[1][1] < 2 * max(near[0][1], 1)):
            return None
        return near[0][0]

    def context_distances(self, text: str, s: int, e: int, limit: int) -> list[tuple[str, int]]:
        """(country, distance) of the states, capitals, people and places named near ``text[s:e]`` (not
        companies, not bare demonyms), nearest first:
        the ``_CONTEXT_WINDOW`` characters before it (distance in characters) and the rest of its sentence up
        to ``limit``, at most ``_CONTEXT_WINDOW`` characters after it (distance counted double: the context
        before a noun is what it refers back to), except a place right after it ("the Foreign Ministry in
        Astana"), which comes first."""
        state = self._text_state(text)
        lo = max(0, s - _CONTEXT_WINDOW)
        hi = min(limit, e + _CONTEXT_WINDOW)  # bounded: a 'sentence' with no end (a run of names) is not read whole
        best: dict[str, int] = {}
        for hit in self._scan(state, lo, hi):
            if s <= hit.start < e:
                continue
            country = self._hit_country(hit)
            if country is None:
                continue
            if hit.end <= s:
                dist = s - hit.end
            else:
                here = _IN_PLACE.match(text, e)
                dist = 0 if here is not None and here.end() == hit.start else 2 * (hit.start - e)
            if dist >= 0 and dist < best.get(country, 1 << 30):
                best[country] = dist
        return sorted(best.items(), key=lambda kv: kv[1])

    def _hit_country(self, hit: _Hit) -> str | None:
        if all(x.kind == "demonym" for x in hit.senses):
            return None  # "a Chinese firm": nationals, not the state
        for sense in hit.senses:
            entry = self.entries[sense.entry]
            if sense.kind == "metonym" and entry.metonym_of:
                return self.entries[entry.metonym_of].country
            if entry.country and entry.kind in ("state", "person", "place"):  # a company says little
                return entry.country
        return None

    def state_of_country(self, country: str) -> str | None:
        """The state entry of an ISO code."""
        if self._state_by_code is None:
            self._state_by_code = {x.country: x.name for x in self.entries.values() if x.kind == "state" and x.country}
        return self._state_by_code.get(country)

    def office_state(self, name: str, on: dt.date | None = None, *, nationality: bool = False) -> str | None:
        """The state a person acts for (round 9): the state owning an office the person holds on ``on`` (any of
        their state offices when ``on`` is None and they held one state only); with ``nationality``, else the state
        of the person's country. ``None`` for non-persons, company heads without ``nationality``, and unknown names.
        For the event extractor: a head of state or minister acting in office also names their state."""
        entry = self.entries.get(name)
        if entry is None or entry.kind != "person":
            return None
        owners = {r.of for r in entry.roles if (on is None or r.covers(on)) and self.entries[r.of].kind == "state"}
        if len(owners) == 1:
            return owners.pop()
        if nationality and entry.country:
            return self.state_of_country(entry.country)
        return None

    def group_holders(self, noun: str, states: Sequence[str], on: dt.date | None) -> list[ActorMention]:
        """The office holders behind a plural office noun ("presidents", "heads of state", "foreign ministers":
        :data:`GROUP_TITLES`) for each of ``states`` on ``on``: the person holding that office then, or the state
        itself when the dictionary has no single holder (or ``on`` is None). Empty for other nouns. Mentions
        have empty spans (the caller places them)."""
        title = GROUP_TITLES.get(" ".join(noun.lower().split()))
        if title is None:
            return []
        out = []
        for name in states:
            holders = self.resolve(f"{title} of {name}", on=on) if on is not None else []
            entry = holders[0] if len(holders) == 1 else self.entries.get(name)
            if entry is not None:
                out.append(ActorMention(name=entry.name, kind=entry.kind, start=0, end=0, surface="",
                                        country=entry.country, wikidata=entry.wikidata, known=True))
        return out

    def _text_state(self, text: str) -> _TextState:
        """The cached state of ``text`` (a few recent texts are kept; the latest used is kept longest)."""
        with self._texts_lock:
            state = self._texts.pop(text, None) or _TextState(text)
            self._texts[text] = state
            while len(self._texts) > 4:
                del self._texts[next(iter(self._texts))]
            return state

    def _scan(self, state: _TextState, start: int, end: int) -> Iterator[_Hit]:
        """Dictionary hits in ``text[start:end]``: at each word start the longest alias, case rules checked."""
        text = state.text
        for s, e in self._index.matches(state, start, end):
            hit = self._accept(text, s, e, end)
            if hit is not None:
                yield hit

    def _accept(self, text: str, s: int, e: int, limit: int) -> _Hit | None:
        """The hit at ``s`` (or the longest shorter one) whose case rules hold."""
        while e > s:
            surface = text[s:e]
            if "\n" in surface:  # a name wrapped across two lines
                surface = _LINE_WRAP.sub(" ", surface)
            senses = self._surface_senses.get(surface)
            if senses is None:
                senses = [x for x in self._senses.get(_fold_key(surface), []) if _case_ok(x.alias, surface)]
                if len(self._surface_senses) < 50_000:
                    self._surface_senses[surface] = senses
            if senses and _ends_word(text, e, limit, surface):
                return _Hit(s, e, surface, senses)
            e = _previous_boundary(text, s, e)
        return None


@dataclass(frozen=True, slots=True)
class _Person:
    """A person named in full at ``pos`` (the template of later bare-surname mentions)."""

    pos: int
    surnames: tuple[str, ...]
    name: str
    known: bool
    country: str | None
    wikidata: str | None


@dataclass(slots=True)
class _People:
    """People named in full in one text, by position; ``covered`` = prefix of the text already read."""

    covered: int = 0
    found: list[_Person] = field(default_factory=list)
    seen: set[tuple[int, str]] = field(default_factory=set)

    def add(self, mentions: list[ActorMention], start: int, end: int) -> None:
        if start > self.covered:
            return  # keep the index a contiguous prefix: the gap is read when needed
        for person in _full_names(mentions):
            if (person.pos, person.name) not in self.seen:
                self.seen.add((person.pos, person.name))
                self.found.append(person)
        self.found.sort(key=lambda p: p.pos)
        self.covered = max(self.covered, end)

    def before(self, pos: int) -> list[_Person]:
        return [p for p in self.found if p.pos < pos]


@lru_cache(maxsize=4096)
def _norm_words(name: str) -> frozenset[str]:
    return frozenset(normalise_alias(name).split())


def _full_names(mentions: list[ActorMention]) -> list[_Person]:
    """People named in full (two or more capitalised words) among ``mentions``."""
    out = []
    for m in mentions:
        if m.kind != "person":
            continue
        if " " not in m.surface.strip():
            continue  # a bare surname
        words = _norm_words(m.name)
        if len(words) < 2 or not words <= _norm_words(m.surface):
            continue  # a title ("President Aliyev", "the Chinese leader")
        forms = (m.name.split(), re.sub(r"[’']s$", "", m.surface).split())  # "Ilham Aliyev", "İlham Əliyev"
        east = m.country in _EAST_ASIAN or (m.country is None and _looks_chinese(m.name))
        surnames = tuple(dict.fromkeys(w[0] if east and i else w[-1] for w in forms for i in (0, 1) if i or east))
        out.append(_Person(m.start, surnames, m.name, m.known, m.country, m.wikidata))
    return out


_HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof", "Prof.", "Professor", "Ambassador",
               "President", "Minister", "Premier", "Chancellor", "Secretary", "Senator", "General", "Governor",
               "Mayor", "Speaker", "Chairman", "Envoy", "Director", "Commissioner", "Vice-President", "Vice-Premier",
               "Deputy", "Vice", "Chief", "Head", "Leader", "King", "Queen", "Prince", "Emir", "Sheikh", "Sultan",
               "Marshal", "Colonel", "Admiral", "Commander", "Judge", "Justice", "Counsellor", "Councillor", "Comrade",
               "Chairwoman", "Chairperson", "Spokesperson", "Spokesman", "Spokeswoman", "Representative"}  # fmt: skip


@lru_cache(maxsize=256)
def _surname_rx(surnames: frozenset[str]) -> re.Pattern[str]:
    """A standalone word out of ``surnames`` (a possessive "'s" may follow, outside the match)."""
    alternation = "|".join(re.escape(w) for w in sorted(surnames, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'.-])(?:{alternation})(?=[’']s\b|(?![\w’'-]))")


def _name_before(left: str) -> bool:
    """Whether ``left`` ends with a capitalised word of the same name ("Maria" in "Maria Costa")."""
    prev = re.search(r"([^\W\d_][\w’'-]*)(\.?)[ \t]+$", left)
    if prev is None or not prev.group(1)[0].isupper():
        return False
    if prev.group(1) in _HONORIFICS or prev.group(0).rstrip() in _HONORIFICS:
        return False
    if prev.group(2):  # "… in Baku. Costa said": a sentence end, unless an initial ("J. Costa")
        return len(prev.group(1)) == 1
    return prev.group(1) not in _STOP


_NAMED_PLACES = frozenset({"Airport", "Stadium", "Palace", "Avenue", "Street", "Square", "Park"})
#: Words before a role title that make it another, lower office: "Vice Minister of Commerce", "Deputy Prime
#: Minister" (when the dictionary lacks it), "Special Representative of the President", "Assistant to the President".
_SUBORDINATE = re.compile(
    r"(?:\b(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Uu]nder)[ -]"
    r"|\b(?:[Rr]epresentative|[Ee]nvoy|[Aa]dvis[eo]r|[Aa]ssistant|[Aa]ide|[Ss]pokes(?:person|man|woman)|[Ss]ecretary"
    r"|[Aa]dministration|[Oo]ffice|[Cc]hief\s+of\s+[Ss]taff|[Cc]ounsel+or|[Cc]ommissioner|[Pp]lenipotentiary)"
    r"\s+(?:of|to)\s+(?:the\s+)?)$"
)
#: Capitalised words that may follow a bare surname without making a longer name ("met Aliyev Monday").
_CALENDAR_WORD = re.compile(
    r"[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)


def _in_longer_name(text: str, s: int, e: int, limit: int) -> bool:
    """Whether the bare surname ``text[s:e]`` is one word of another capitalised name: a given name before it
    ("Aydin Karimov", not "President Karimov"), or a capitalised word right after it ("Ling Ji", "Aliyev
    Avenue"; a weekday or month may follow)."""
    after = text[e : min(limit, e + 12)]
    named = _NAMED_AFTER.match(text, e)
    if named:  # "the Aliyev Center" is left to the organisation rule; a street or airport is no actor
        return named.group(0).split()[0] in _NAMED_PLACES
    if re.match(r"[ \t]+[A-Z]", after) and not _CALENDAR_WORD.match(after):
        return True
    return _name_before(text[max(0, s - 30) : s])


def _text_people_first(mentions: list[ActorMention], earlier: list[_Person]) -> list[ActorMention]:
    """Without a dictionary surname whose latest bearer named in full earlier in the text is someone else, not
    in the dictionary ("Vice Minister Ling Ji … Ling said": Ling Ji, not a namesake of the dictionary)."""
    people = [p for p in (*earlier, *_full_names(mentions)) if not p.known]
    if not people:
        return mentions

    def shadowed(m: ActorMention) -> bool:
        if m.kind != "person" or not m.known or " " in m.surface:
            return False
        bearers = [p for p in people if p.pos < m.start and m.surface in p.surnames]
        return bool(bearers) and bearers[-1].name != m.name

    return [m for m in mentions if not shadowed(m)]


def _bare_surnames(
    state: _TextState, start: int, end: int, mentions: list[ActorMention], earlier: list[_Person]
) -> list[ActorMention]:
    """Add "Costa" for "António Costa" named in full earlier in the text (known or not).

    The word must stand alone: not inside a mention, not next to another capitalised word of a name
    ("Costa Rica", "Maria Costa"), except an honorific or title before it ("Ms Novak").
    """
    people = earlier + _full_names(mentions)
    if not people:
        return mentions
    text = state.text
    by_surname: dict[str, list[_Person]] = {}
    for p in people:  # in text order
        for sn in p.surnames:
            by_surname.setdefault(sn, []).append(p)
    added: list[ActorMention] = []
    taken = [(m.start, m.end) for m in mentions]
    for pos, word in _surname_hits(state, by_surname, start, end):
        named = [p for p in by_surname[word] if p.pos < pos]
        e = pos + len(word)
        if not named or any(a < e and pos < b for a, b in taken):
            continue
        p = named[-1]  # the latest full name before the word
        nxt = re.match(r"[ \t]+([A-Z])", text[e : min(end, e + 3)])
        if nxt or _name_before(text[max(start, pos - 30) : pos]):
            continue
        added.append(ActorMention(name=p.name, kind="person", start=pos, end=e, surface=text[pos:e],
                                  country=p.country, wikidata=p.wikidata, known=p.known))  # fmt: skip
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


_NAME_CHARS = re.compile(r"[\w’'.-]+")


def _surname_hits(
    state: _TextState, surnames: Collection[str], start: int, end: int
) -> Iterator[tuple[int, str]]:
    """Standalone occurrences of ``surnames`` in ``text[start:end]`` (a possessive "'s" may follow)."""
    text = state.text
    if not all(_NAME_CHARS.fullmatch(w) and _is_word(w[0]) for w in surnames):  # unusual characters: regex
        for m in _surname_rx(frozenset(surnames)).finditer(text, start, end):
            yield m.start(), m.group()
        return
    starts, ends = state.words()
    index = state.by_word()
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    cut = hi - 1 if hi > lo and ends[hi - 1] > end else None  # a word cut by the end of the span
    found: dict[int, str] = {}
    for w in surnames:
        first = _WORD_RUN.match(w)
        assert first is not None
        positions = index.get(first.group(), [])
        at = [positions[x] for x in range(bisect.bisect_left(positions, lo), bisect.bisect_left(positions, hi))]
        if cut is not None and text[starts[cut] : end] == first.group():
            at.append(cut)
        for i in at:
            p = starts[i]
            q = p + len(w)
            if p > 0 and (_is_word(text[p - 1]) or text[p - 1] in "’'.-"):
                continue
            ok = q <= end and text.startswith(w, p) and _surname_end_ok(text, q, end)
            if ok and len(w) > len(found.get(p, "")):
                found[p] = w
    pos = start
    for p in sorted(found):  # left to right, resuming after each match
        if p >= pos:
            yield p, found[p]
            pos = p + len(found[p])


def _surname_end_ok(text: str, q: int, end: int) -> bool:
    """A surname ends at ``q``: not before another name character, except a possessive "'s"."""
    if q >= end:
        return True
    if text[q] in "’'" and q + 1 < end and text[q + 1] == "s" and (q + 2 >= end or not _is_word(text[q + 2])):
        return True
    return not (_is_word(text[q]) or text[q] in "’'-")


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    surface: str
    senses: list[AliasSense]


def _ends_word(text: str, e: int, limit: int, surface: str) -> bool:
    if surface[-1] in _DASHES:
        return e < limit and text[e].isalnum()
    if e >= limit:
        return True
    nxt = text[e]
    if nxt.isalnum() or nxt == "_":
        return False
    if nxt in _APOSTROPHES and e + 1 < limit and text[e + 1].isalnum():
        return text[e + 1] in "sS" and (e + 2 >= limit or not text[e + 2].isalnum())
    return True


def _previous_boundary(text: str, s: int, e: int) -> int:
    """The end of the previous word inside ``text[s:e]`` (``s`` when there is none)."""
    i = e
    while i > s and (text[i - 1].isalnum() or text[i - 1] in _APOSTROPHES):
        i -= 1
    while i > s and not text[i - 1].isalnum():
        i -= 1
    return i


def _case_ok(alias: str, surface: str) -> bool:
    """Proper-noun words keep their capital, acronyms stay upper-case; title words are free."""
    a_words, s_words = alias.split(), surface.split()
    if len(a_words) != len(s_words):
        return _fold_key(alias) == _fold_key(surface)
    for a, s in zip(a_words, s_words, strict=True):
        if a.lower() in _CASE_FREE or not a[0].isupper():
            continue
        if not s[0].isupper():
            return False
        letters = [c for c in a if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and not all(c.isupper() for c in s if c.isalpha()):
            return False
    return True


def _build_rx_fold() -> dict[int, int]:
    """Characters the regex engine's IGNORECASE treats as equal beyond lower-casing ("ı" ~ "i", "ſ" ~ "s")."""
    try:
        from re import _casefix  # the table the engine itself uses (CPython ≥ 3.11)

        extra: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - other interpreters
        extra = {0x69: (0x131,), 0x131: (0x69,), 0x73: (0x17F,), 0x17F: (0x73,)}
    table: dict[int, int] = {}
    for lo, others in extra.items():
        rep = min((lo, *others))
        for c in (lo, *others):
            if c != rep:
                table[c] = rep
    return table


_RX_FOLD = _build_rx_fold()


#: a body named after two states joined by a hyphen or dash ("Tajik-Chinese", "Azerbaijan–China")
_JOINT_BODY = re.compile(r"\b[A-Z][\w'’]+\s?[-–—]\s?[A-Z][\w'’]+\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Intergovernmental|Inter-"
                         r"governmental|Joint|Mixed|Bilateral|Business|Cooperation|Commission|Committee|Council)\b")
#: "a delegation of (more than 40) <demonym> companies/exporters": the delegation travels for its state
_DELEGATION_OF = re.compile(r"\bdelegations?[ \t]+(?:of|from)[ \t]+(?:(?:more[ \t]+than|over|about|some|around|"
                            r"nearly|almost|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
                            r"fifty|dozens?[ \t]+of|a[ \t]+dozen)[ \t]+){0,3}$", re.IGNORECASE)
_NATIONALS_AFTER = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:companies|firms|businesses|enterprises|businessmen|"
                              r"business[ \t]+people|entrepreneurs|investors|exporters|importers|producers|"
                              r"manufacturers)(?!\w|-)", re.IGNORECASE)
#: a single line break between two non-blank characters: a hard wrap inside a paragraph (same length as a space)
_LINE_WRAP = re.compile(r"(?<=\S)\n(?=\S)")


def _rx_fold(s: str) -> str:
    """``s`` case-folded character by character as IGNORECASE compares characters (same length as ``s``)."""
    folded = s.replace("İ", "i").lower().translate(_RX_FOLD)
    if len(folded) == len(s):
        return folded
    return "".join(low if len(low := c.lower()) == 1 else c for c in s.replace("İ", "i")).translate(_RX_FOLD)


def _is_word(c: str) -> bool:
    """``c`` is a regex word character (``\\w``)."""
    return c.isalnum() or c == "_"


_WORD_RUN = re.compile(r"\w+")


#: Unknown-actor candidates of a span: people (start, end, title start) and organisations (strict, start, end).
_Candidates = tuple[list[tuple[int, int, int | None]], list[tuple[bool | None, int, int]]]


class _TextState:
    """What :meth:`ActorDictionary.find` keeps about one text between calls."""

    __slots__ = ("_alias_starts", "_by_word", "_words", "folded", "hits", "lock", "memo", "people", "text", "unknown")

    def __init__(self, text: str) -> None:
        self.text = text
        # a hard line wrap inside a name ("the People's\nRepublic of China", "Jeyhun\nBayramov") reads as a space
        self.folded = _LINE_WRAP.sub(" ", _rx_fold(text))
        self.people = _People()
        #: (start, end, on, prior) -> mentions: events and observations ask for the same spans again
        self.memo: dict[tuple[Any, ...], list[ActorMention]] = {}
        #: (start, end) -> dictionary hits, read-only (they do not depend on the date)
        self.hits: dict[tuple[int, int], list[_Hit]] = {}
        #: (start, end) -> candidate spans of unknown actors (nor do these)
        self.unknown: dict[tuple[int, int], _Candidates] = {}
        self.lock = threading.RLock()
        self._words: tuple[list[int], list[int]] | None = None
        self._alias_starts: list[int] | None = None
        self._by_word: dict[str, list[int]] | None = None

    def words(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the maximal runs of word characters."""
        if self._words is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in _WORD_RUN.finditer(self.text):
                starts.append(m.start())
                ends.append(m.end())
            self._words = (starts, ends)
        return self._words

    def alias_starts(self, first_words: Collection[str]) -> list[int]:
        """Indices of the words (folded) that begin an alias: the only places a scan must look at."""
        if self._alias_starts is None:
            starts, ends = self.words()
            folded = self.folded
            pairs = enumerate(zip(starts, ends, strict=True))
            self._alias_starts = [i for i, (s, e) in pairs if folded[s:e] in first_words]
        return self._alias_starts

    def by_word(self) -> dict[str, list[int]]:
        """Word (as written) -> the indices of its occurrences."""
        if self._by_word is None:
            index: dict[str, list[int]] = {}
            text = self.text
            for i, (s, e) in enumerate(zip(*self.words(), strict=True)):
                index.setdefault(text[s:e], []).append(i)
            self._by_word = index
        return self._by_word


_SEGMENTS = re.compile(r"\w+|\W+")


@dataclass(slots=True)
class _Node:
    """A node of the word trie: the aliases ending here (by trailing punctuation) and the continuations."""

    ends: list[tuple[str, bool]] = field(default_factory=list)  # (trailing separator, combining form), longest first
    next: dict[tuple[str, str], _Node] = field(default_factory=dict)  # (separator, word) -> node


class _AliasIndex:
    """Alias keys in a trie of words: at each word start of a text, the longest alias that fits.

    Equivalent to one case-insensitive alternation of all aliases scanned left to right (longest
    alternative first, word-bounded, the scan resuming after each match), without compiling it:
    a text word is looked up once, and only aliases starting with it are followed word by word.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self._root: dict[str, _Node] = {}
        folded = {_rx_fold(k) for k in keys}
        for key in folded:
            parts = _SEGMENTS.findall(key)
            if not parts or not _is_word(parts[0][0]):
                raise DictionaryError(f"alias {key!r} must start with a letter or digit")
            node = self._root.setdefault(parts[0], _Node())
            i = 1
            while i + 1 < len(parts):
                node = node.next.setdefault((parts[i], parts[i + 1]), _Node())
                i += 2
            trailing = parts[i] if i < len(parts) else ""
            # a combining form ("sino-") must be followed by a letter, unless a longer alias continues it
            dash = key.endswith("-") and not any(o != key and o.startswith(key) for o in folded)
            node.ends.append((trailing, dash))
        for node in self._nodes():
            node.ends.sort(key=lambda t: -len(t[0]))

    def _nodes(self) -> Iterator[_Node]:
        stack = list(self._root.values())
        while stack:
            node = stack.pop()
            yield node
            stack.extend(node.next.values())

    def matches(self, state: _TextState, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Spans of the longest alias at each word start of ``text[start:end]`` (non-overlapping, in order)."""
        text, folded = state.text, state.folded
        starts, ends = state.words()
        root = self._root
        n = len(starts)
        candidates = state.alias_starts(root)
        k = bisect.bisect_left(candidates, bisect.bisect_left(starts, start))
        order = candidates[k:]
        last = bisect.bisect_left(starts, end) - 1  # a word cut by the end of the span reads shorter
        if last >= 0 and starts[last] >= start and ends[last] > end:
            order = [i for i in order if i < last] + [last]
        pos = start
        for i in order:
            p = starts[i]
            if p >= end:
                break
            if p < pos:
                continue
            node = root.get(folded[p : min(ends[i], end)])
            best = -1
            j = i
            while node is not None:
                e = min(ends[j], end)
                for trailing, dash in node.ends:
                    q = e + len(trailing)
                    if q > end or (trailing and not folded.startswith(trailing, e)):
                        continue
                    if _alias_end_ok(text, q, end, dash):
                        best = max(best, q)
                        break
                j += 1
                if e >= end or j >= n or starts[j] >= end:
                    break
                node = node.next.get((folded[e : starts[j]], folded[starts[j] : min(ends[j], end)]))
            if best > 0 and not _patronymic_follows(text, p, best, end):
                yield p, best
                pos = best


#: The particles of an Arabic patronymic name ("Mohammed bin Salman", "Abdullah ibn Hussein").
_PATRONYMIC = re.compile(r"[ \t]+(?:bin|ibn|bint)[ \t]+[A-Z]")


#: A regnal number after a name ("Abdullah II", "Elizabeth II"): a namesake, never the alias's bearer.
_REGNAL = re.compile(r"[ \t]+(?:II|III|IV|VI|VII|VIII)\b(?![’'-])")


def _patronymic_follows(text: str, s: int, q: int, end: int) -> bool:
    """Whether the alias ``text[s:q]`` is only the start of a longer patronymic name: a given name or a titled one
    ("Crown Prince Mohammed", "Prince Faisal") directly followed by "bin/ibn X" is no match, so the scan moves on
    to the full name ("Mohammed bin Salman"), never to the father's ("Salman bin Abdulaziz"). An alias that is
    itself a patronymic name ("Mohammed bin Salman bin Abdulaziz") stays. Nor is a name followed by a regnal
    number ("King Abdullah II") its namesake without one."""
    if _REGNAL.match(text, q, end):
        return True  # "King Abdullah II" is not "King Abdullah" (another monarch of the name)
    m = _PATRONYMIC.match(text, q, end)
    return m is not None and not _PATRONYMIC.search(text, s, q)


def _alias_end_ok(text: str, q: int, end: int, dash: bool) -> bool:
    """Whether an alias may end at ``q``: a word end, before a possessive "'s" at most ("Xi" not in "Xi'an")."""
    if dash:
        return q < end and _is_word(text[q])
    if q >= end:
        return True
    c = text[q]
    if _is_word(c):
        return False
    if c in _APOSTROPHES and q + 1 < end and _is_word(text[q + 1]):
        return text[q + 1] in "sSſ" and (q + 2 >= end or not _is_word(text[q + 2]))
    return True


# ------------------------------------------------------------------------------------- resolution


#: "the younger Aliyev", "the elder Berdimuhamedov": which generation of a shared surname.
#: "who became president of Azerbaijan in 2003", "was elected Speaker": the title is the one taken up on the date, so
#: its holder is the one whose spell starts then, not the one in office before (round 9).
_BECAME = re.compile(
    r"\b(?:became|become|becomes|becoming|was[ \t]+elected|were[ \t]+elected|was[ \t]+appointed|"
    r"took[ \t]+office[ \t]+as|sworn[ \t]+in[ \t]+as|inaugurated[ \t]+as|elected[ \t]+as)"
    r"[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?$",
    re.IGNORECASE,
)
_CITY_OF = re.compile(r"\b(?:city|town|village|district|region|province)[ \t]+of[ \t]+$", re.IGNORECASE)
_GENERATION = re.compile(r"\b(younger|junior|elder|older|senior)\s+$", re.IGNORECASE)


class _Resolver:
    """Turns raw dictionary hits into mentions, applying the context rules of the module docstring."""

    def __init__(
        self, d: ActorDictionary, text: str, on: dt.date | None, prior: Collection[str], limit: int | None = None
    ) -> None:
        self.d, self.text, self.on = d, text, on
        self.limit = len(text) if limit is None else limit
        self.seen: list[str] = list(prior)
        #: ids of mentions that came from a role title (dropped when a name follows them)
        self.titles: set[int] = set()

    def run(self, hits: list[_Hit]) -> list[ActorMention]:
        out: list[ActorMention] = []
        kinds: list[SenseKind] = []
        for i, hit in enumerate(hits):
            if out and hit.start < out[-1].end:
                continue  # inside a group read after a demonym ("Russian peacekeeping command")
            res = self._one(hits, i, out, kinds)
            if res is None:
                continue
            mention, kind = res
            out.append(mention)
            kinds.append(kind)
            if kind == "name" and mention.kind == "person":
                self.seen.append(mention.name)
            if kind == "title":
                self.titles.add(id(mention))
        return out

    def _one(
        self, hits: list[_Hit], i: int, out: list[ActorMention], kinds: list[SenseKind]
    ) -> tuple[ActorMention, SenseKind] | None:
        hit = hits[i]
        by_kind: dict[SenseKind, list[AliasSense]] = {}
        for s in hit.senses:
            by_kind.setdefault(s.kind, []).append(s)
        if "name" in by_kind and len(by_kind["name"]) > 1:
            entry = self._person_or_place(by_kind["name"], hit, out)
            if entry is not None:
                return self._mention(entry, hit), "name"
        for kind in ("name", "political", "combining"):
            if kind in by_kind:
                return self._mention(by_kind[kind][0].entry, hit), cast(SenseKind, kind)
        if "metonym" in by_kind:
            place = by_kind["metonym"][0].entry
            entry = self.d.entries[place]
            if self._locative(hit, out) or entry.metonym_of is None:
                return self._mention(place, hit), "name"
            return self._mention(entry.metonym_of, hit), "metonym"
        if "people" in by_kind:
            left = self.text[max(0, hit.start - 40) : hit.start]
            if _ETHNIC_BEFORE.search(left):
                return None
            return self._mention(by_kind["people"][0].entry, hit), "people"
        if "demonym" in by_kind:
            if self._in_pair(hits, i):
                return self._mention(by_kind["demonym"][0].entry, hit), "demonym"
            group = _GROUP_AFTER.match(self.text, hit.end, self.limit)
            if group is None and (self._coordinated_group(hits, i) or self._coordinated_business(hits, i)):
                return self._mention(by_kind["demonym"][0].entry, hit), "political"
            if group is None and _DELEGATION_OF.search(self.text, max(0, hit.start - 60), hit.start) and (
                _NATIONALS_AFTER.match(self.text, hit.end, self.limit)
            ):  # "a delegation of more than 40 Chinese companies visited Baku": a delegation of the state's economy
                return self._mention(by_kind["demonym"][0].entry, hit), "political"
            if group is None or group["block"]:
                return None
            wide = _Hit(hit.start, group.end(), self.text[hit.start : group.end()], hit.senses)
            return self._mention(by_kind["demonym"][0].entry, wide), "political"
        if "title" in by_kind:
            return self._title(by_kind["title"], hit)
        if "surname" in by_kind:
            if _in_longer_name(self.text, hit.start, hit.end, self.limit):
                return None  # "Aydin Karimov", "Ling Ji", "Aliyev Avenue": another name that contains the surname
            names = {s.entry for s in by_kind["surname"]}
            name = self._generation(names, hit) or self._pick(names, by_role=True)
            return (self._mention(name, hit), "surname") if name else None
        return None

    def _person_or_place(self, senses: list[AliasSense], hit: _Hit, out: list[ActorMention]) -> str | None:
        """A name shared by a person and a place ("Arkadag": the honorific and the city named after it): the place
        after a locative ("in Arkadag", "the city of Arkadag"), else the person."""
        kinds = {self.d.entries[s.entry].kind: s.entry for s in senses}
        if "person" not in kinds or "place" not in kinds:
            return None
        place = self._locative(hit, out) or _CITY_OF.search(self.text, max(0, hit.start - 24), hit.start) is not None
        return kinds["place"] if place else kinds["person"]

    def _generation(self, names: set[str], hit: _Hit) -> str | None:
        """"the younger Berdimuhamedov" / "the elder Aliyev": of a shared surname, the later / earlier office holder."""
        if len(names) < 2:
            return None
        m = _GENERATION.search(self.text, max(0, hit.start - 20), hit.start)
        if m is None:
            return None
        firsts = {n: min((r.start for r in self.d.entries[n].roles if r.start), default=None) for n in names}
        if any(v is None for v in firsts.values()):
            return None
        ordered = sorted(names, key=lambda n: firsts[n])  # type: ignore[arg-type, return-value]
        return ordered[-1] if m.group(1).lower() in ("younger", "junior") else ordered[0]

    def _pick(self, names: set[str], *, by_role: bool) -> str | None:
        if len(names) == 1:
            return next(iter(names))
        seen = [n for n in dict.fromkeys(reversed(self.seen)) if n in names]  # latest first
        if len(seen) > 1 and by_role and self.on is not None:
            # "Heydar Aliyev … Ilham Aliyev … in 2005, Aliyev": of those named, the one in office then
            active = [n for n in seen if self.d.entries[n].active_on(self.on)]
            if len(active) == 1:
                return active[0]
        if seen:
            return seen[0]
        if by_role and self.on is not None:
            active = [n for n in names if self.d.entries[n].active_on(self.on)]
            if len(active) == 1:
                return active[0]
        return None

    def _title(self, senses: list[AliasSense], hit: _Hit) -> tuple[ActorMention, SenseKind] | None:
        on = self.on
        fallbacks = {s.fallback for s in senses if s.fallback}
        if _SUBORDINATE.search(self.text, max(0, hit.start - 60), hit.start):
            # "Vice Minister of Commerce", "Special Representative of the President": another office, its state
            return (self._mention(fallbacks.pop(), hit), "title") if len(fallbacks) == 1 else None
        if on is not None and _BECAME.search(self.text, max(0, hit.start - 48), hit.start):
            starting = {s.entry for s in senses if s.start is not None and abs((s.start - on).days) <= 366}
            if len(starting) == 1:  # "who became president in 2003": the holder who took office then
                return self._mention(starting.pop(), hit), "title"
        holders = {s.entry for s in senses if on is None or s.covers(on)}
        name = self._pick(holders, by_role=False) if holders else None
        if name is not None:
            return self._mention(name, hit), "title"
        people = {s.entry for s in senses}
        if len(people) == 1 and self._names_person(person := people.pop(), hit.surface):
            return self._mention(person, hit), "title"  # "former president Nazarbayev": out of office, still him
        if len(fallbacks) == 1:
            return self._mention(fallbacks.pop(), hit), "title"
        return None

    def _names_person(self, name: str, surface: str) -> bool:
        """Whether the titled form ``surface`` ends with a name of person ``name`` ("President Nazarbayev")."""
        e = self.d.entries[name]
        if e.kind != "person":
            return False
        last = normalise_alias(surface).split()[-1:]
        own = {normalise_alias(s.alias) for s in self.d.senses_of(name) if s.kind in ("name", "surname")}
        return bool(last) and any(last[0] == o.split()[-1] for o in own if o)

    def _mention(self, name: str, hit: _Hit) -> ActorMention:
        e = self.d.entries[name]
        return ActorMention(
            name=e.name,
            kind=e.kind,
            start=hit.start,
            end=hit.end,
            surface=hit.surface,
            country=e.country,
            wikidata=e.wikidata,
            known=True,
        )

    def _locative(self, hit: _Hit, out: list[ActorMention]) -> bool:
        before = self.text[max(0, hit.start - 40) : hit.start]
        words = _LEFT_WORDS.findall(before)
        if not words:
            return False
        last = words[-1].lower()
        if last in _DASHES or (len(before) > 0 and before[-1] in _DASHES):
            # "Baku-Beijing": a pair of actors unless the pair itself follows a locative
            return bool(out) and out[-1].kind == "place" and out[-1].end >= hit.start - 1
        if last in _LOCATIVES or last in _ARTICLES:
            return True
        if last in ("and", "or", ",") and out:
            prev = out[-1]
            gap = self.text[prev.end : hit.start]
            return prev.kind == "place" and len(gap) <= 6
        return False

    def _coordinated_group(self, hits: list[_Hit], i: int) -> bool:
        """A demonym coordinated with one that heads a state group ("Turkish and Azerbaijani troops")."""
        if i + 1 >= len(hits):
            return False
        nxt = hits[i + 1]
        if not _COORDINATION.fullmatch(self.text, hits[i].end, nxt.start):
            return False
        if not any(s.kind == "demonym" for s in nxt.senses):
            return False
        group = _GROUP_AFTER.match(self.text, nxt.end, self.limit)
        return (group is not None and not group["block"]) or self._coordinated_group(hits, i + 1)

    def _coordinated_business(self, hits: list[_Hit], i: int) -> bool:
        """One of two or more demonyms of different states coordinated before a group of nationals acting for
        themselves ("Azerbaijani and Chinese companies", "Kazakh, Uzbek and Chinese firms")."""
        def demonym(h: _Hit) -> str | None:
            return next((s.entry for s in h.senses if s.kind == "demonym"), None)

        lo = hi = i
        while hi + 1 < len(hits) and demonym(hits[hi + 1]) and _COORDINATION.fullmatch(
                self.text, hits[hi].end, hits[hi + 1].start):
            hi += 1
        while lo > 0 and demonym(hits[lo - 1]) and _COORDINATION.fullmatch(self.text, hits[lo - 1].end, hits[lo].start):
            lo -= 1
        states = {demonym(h) for h in hits[lo : hi + 1]}
        return len(states) >= 2 and _BUSINESS_AFTER.match(self.text, hits[hi].end, self.limit) is not None

    def _in_pair(self, hits: list[_Hit], i: int) -> bool:
        """A demonym joined by a dash to another state-ish word ("Sino-Azerbaijani", "Azerbaijani-Chinese")."""
        hit = hits[i]
        statey = {"name", "demonym", "combining", "metonym", "political"}
        for j in (i - 1, i + 1):
            if not 0 <= j < len(hits):
                continue
            other = hits[j]
            gap = self.text[other.end : hit.start] if j < i else self.text[hit.end : other.start]
            dash = (len(gap) == 1 and gap in _DASHES) or (j < i and other.surface[-1] in _DASHES and gap == "")
            if dash and any(s.kind in statey and self.d.entries[s.entry].kind == "state" for s in other.senses):
                return True
        return False


def _drop_titles_before_names(text: str, mentions: list[ActorMention], titles: set[int]) -> list[ActorMention]:
    """Only the name of "Chinese President Xi Jinping"; the title is kept when no name follows."""
    keep: list[ActorMention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            id(m) in titles
            and nxt is not None
            and nxt.kind == "person"
            and id(nxt) not in titles
            and re.fullmatch(r",?[ \t]{1,2}", text[m.end : nxt.start])
        ):
            continue
        keep.append(m)
    return keep


# ---------------------------------------------------------------------------------- unknown actors

_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper()) + "ƏİŞÇÖÜĞ"
_U = f"[{_UPPER}]"
_TOKEN = rf"{_U}[\w’'-]*\w|{_U}\.?"
_STOP = {
    "The", "A", "An", "In", "On", "At", "And", "Of", "For", "To", "By", "With", "This", "That", "These", "Those",
    "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "Our", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.",
    "Ms.", "Dr.", "But", "As", "After", "Before", "During", "From", "When", "While", "If", "Also", "However",
    "According", "Meanwhile", "Yesterday", "Today", "Tomorrow", "Last", "Next", "Earlier", "Later", "There",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "II", "III", "IV",
    "Said", "Says", "Told", "Both", "Each", "All", "Some", "Many", "Most", "Such", "Under", "Over", "Since",
    "Then", "Now", "Still", "Thus", "Hence", "Moreover", "Furthermore", "Additionally", "Separately", "Notably",
    "Finally", "Instead", "Indeed", "Here", "Why", "What", "How", "Where", "Who", "Which", "Whether", "Not", "No",
    "Former", "Deputy", "Acting", "Vice", "Chief", "Head", "General", "President", "Minister", "Ambassador",
}  # fmt: skip
_ORG_WORDS = {
    "Ministry", "Committee", "Agency", "Commission", "Council", "Department", "Office", "Service", "Chamber",
    "Bank", "Fund", "Foundation", "Institute", "University", "Academy", "Association", "Union", "Federation",
    "Bureau", "Embassy", "Consulate", "Corporation", "Company", "Authority", "Administration", "Centre", "Center",
    "Parliament", "Assembly", "Court", "Party", "Group", "Holding", "Holdings", "Railways", "Railway", "Airlines",
    "Exchange", "Organization", "Organisation", "School", "College", "Society", "Forum", "Port", "News", "Times",
    "Post", "Daily", "Network", "Television", "Radio", "Press", "Co", "Co.", "Ltd", "Ltd.", "Inc", "Inc.",
    "Corp", "Corp.", "LLC", "JSC", "OJSC", "CJSC", "PLC", "GmbH", "Industries", "Energy", "Media", "Telecom",
    "Corps",
}  # fmt: skip
_ORG_HEADS = (
    "Ministry|Committee|Agency|Commission|Council|Department|Office|Service|Chamber|Bank|Fund|Foundation|Institute|"
    "University|Academy|Association|Union|Federation|Bureau|Embassy|Consulate|Corporation|Company|Authority|"
    "Administration|Centre|Center|Parliament|Assembly|Court|Party|Group|Holding|Holdings|Railways|Railway|"
    "Airlines|Exchange|Organization|Organisation|College|Society|Industries|Cabinet of Ministers|Consortium|"
    "Alliance|Movement|Corps"
)
_ORG_SUFFIX = r"Co\.,?\s+Ltd\.?|Co\.|Ltd\.?|LLC|Inc\.?|Corp\.?|JSC|OJSC|CJSC|PLC|GmbH|S\.A\.|A\.S\.|LLP"
_GENERIC = {"Working", "Central", "National", "State", "Joint", "Intergovernmental", "International", "High",
            "Supreme", "Special", "Technical", "Expert", "Security", "General", "Executive", "Permanent",
            "Foreign", "Federal", "Regional", "Local", "Interim", "New", "Main", "First"}  # fmt: skip

_NAME = rf"(?:{_TOKEN})(?:[ \t](?:{_TOKEN})){{1,3}}"
_TITLE_CORE_HEADS = (
    r"Prime Minister|Foreign Minister|Minister|President|Vice[- ]President|Ambassador|Consul[- ]General|Consul|"
    r"Envoy|Special Envoy|Special Representative|Chairman|Chairwoman|Chairperson|Chair|CEO|Director[- ]General|"
    r"General Director|Director|Governor|Mayor|Senator|Spokesperson|Spokesman|Spokeswoman|Secretary[- ]General|"
    r"Secretary|Professor|Prof\.|Dr\.|Ayatollah|General|Admiral|Colonel|Lieutenant|Commander|Chief|Head|"
    r"Rector|Editor|Editor-in-Chief|Judge|Justice|Speaker|Commissioner|Adviser|Advisor|Assistant|Aide|"
    r"Counsellor|Counselor|Attaché|Press Secretary|MP|Lawmaker|Deputy"
)
_TITLE_CORE = (
    r"(?:Deputy |Vice |First Deputy |First Vice |Acting |Former |former |Senior |senior |Special |special )*"
    rf"(?:{_TITLE_CORE_HEADS})"
)
_TITLE_LOWER_HEADS = (
    r"analyst|expert|economist|researcher|journalist|commentator|columnist|professor|scholar|spokesperson|"
    r"spokesman|spokeswoman|ambassador|envoy|diplomat|official|lawmaker|deputy|director|chairman|chairwoman|"
    r"minister|president|adviser|advisor|aide|correspondent|editor|writer|author|historian|politologist|"
    r"political scientist|sinologist|orientalist|businessman|entrepreneur|founder|CEO|MP|governor|mayor|"
    r"ambassador-at-large|representative|head|chief|rector|general|colonel"
)
_TITLE_LOWER = (
    r"(?:(?:political|economic|military|independent|senior|leading|local|foreign|international|energy|"
    r"regional|chief|deputy|former|prominent|Azerbaijani|Chinese|Russian|Turkish|Kazakh|Georgian|American|"
    r"British|European|Iranian|Pakistani|Uzbek)[ -])*"
    rf"(?:{_TITLE_LOWER_HEADS})"
)
_TITLE_OF = (
    rf"(?:[ \t]+(?:to|of|for|in|at|on)[ \t]+(?:the[ \t]+)?(?:{_TOKEN})"
    rf"(?:[ \t]+(?:(?:and|of|for)[ \t]+(?:the[ \t]+)?)?(?:{_TOKEN}))*)?"  # "of Commerce of the People's Republic"
)

_RX_TITLED = re.compile(
    rf"(?<![\w-])(?P<title>(?:{_TITLE_CORE}|{_TITLE_LOWER}){_TITLE_OF})[ \t]+(?P<name>{_NAME})(?!\w)"
    # "China's new ambassador to Azerbaijan, Lyu Jianping, presented": the name set off by commas
    rf"|(?<![\w-])(?P<title2>(?:{_TITLE_CORE}|{_TITLE_LOWER}){_TITLE_OF}),[ \t]+(?P<name2>{_NAME})(?=[ \t]*[,;(])"
)
_RX_APPOSITIVE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME}),[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[a-zA-Z][\w-]*[ \t]+){{0,3}}?"
    rf"(?:{_TITLE_LOWER}|{_TITLE_CORE})\b"
)
_SAID_VERBS = r"said|says|told|noted|stressed|added|emphasized|emphasised|explained|believes|argued|wrote|stated"
_RX_SAID = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})[ \t]+(?:{_SAID_VERBS})\b")
#: Necessary conditions of the patterns above (cheap searches that skip most sentences).
_HAS_TITLE = re.compile(rf"(?:{_TITLE_CORE_HEADS}|{_TITLE_LOWER_HEADS})")
_HAS_SAID = re.compile(rf"[ \t](?:{_SAID_VERBS})\b")
#: A bare two-word name as the subject of a sentence acting ("Damdin Sukhbaatar led the uprising"):
#: both words capitalised-lowercase (no acronyms), at the start of the sentence, before an action verb.
_SUBJECT_VERBS = (
    r"led|met|visited|signed|announced|urged|warned|arrived|received|welcomed|proposed|declared|founded|"
    r"resigned|travelled|traveled|promised|pledged|vowed|demanded|accused|condemned|praised|thanked|"
    r"congratulated|invited|hosted|chaired|inaugurated|proclaimed"
)
_NAME_WORD = rf"{_U}[a-zà-öø-ÿāăąćčďēęěğīıķļľłńňōőřśşšţťūůűźżžə’'-]+"
_RX_SUBJECT = re.compile(
    rf"(?P<name>{_NAME_WORD}[ \t]{_NAME_WORD})[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+)?(?:{_SUBJECT_VERBS})\b"
)
#: Words that make a capitalised pair a place, a body or a thing rather than a person.
_NOT_NAME_WORDS = {
    "North", "South", "East", "West", "Central", "Eastern", "Western", "Northern", "Southern", "Greater", "Upper",
    "Lower", "Old", "New", "Great", "Little", "Saint", "San", "Santa", "Lake", "River", "Mount", "Gulf", "Sea",
    "Bay", "Island", "Islands", "Valley", "Desert", "Corridor", "Road", "Railway", "Pipeline", "Port", "Summit",
    "Forum", "Initiative", "Project", "Agreement", "Treaty", "Declaration", "Consortium", "Alliance", "Cup",
    "Games", "Expo", "Week", "Day", "Republic", "Kingdom", "Empire", "Region", "Province", "District", "City",
    "Airways", "Motors", "Energy", "Oil", "Gas", "Power", "Steel", "Capital", "Partners", "Global", "Asia",
    "Europe", "Africa", "America", "Caucasus", "Caspian", "Black", "Red", "White", "Silk", "Middle", "Far",
}  # fmt: skip
_RX_ORG = re.compile(
    rf"(?<![\w’'-])(?P<org>(?:(?:{_TOKEN}|&)[ \t]+){{0,5}}(?:{_ORG_HEADS})"
    rf"(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?:{_TOKEN})"
    rf"(?:[ \t]+(?:(?:and|of|for|on|with)[ \t]+(?:the[ \t]+)?)?(?:{_TOKEN}))*)?)"
    rf"(?![\w’'])"
)
_U_RX = re.compile(_U)
_TWO_CAPS = re.compile(rf"{_U}[\w’'.&-]*[ \t]+(?:&[ \t]+)?{_U}")
_ORG_HEAD = re.compile(rf"(?<![\w’'-])(?:{_ORG_HEADS})(?![\w’'])")
_RX_COMPANY = re.compile(rf"(?<![\w’'-])(?P<org>(?:(?:{_TOKEN}|&)[ \t]+){{1,5}}(?:{_ORG_SUFFIX}))(?!\w)")
_HAS_SUFFIX = re.compile(rf"(?:{_ORG_SUFFIX})(?!\w)")
#: Round 9: a company named after a classifier noun ("Chinese carmaker BYD", "the builder China Railway 20th
#: Bureau", "Kazakh rail operator KTZ") or after a country's possessive in a commercial phrase ("buses ordered from
#: China's Yutong"): an organisation even without a head word or legal suffix. Names may hold ordinals ("20th").
_ORG_CLASSIFIERS = (
    r"company|firm|carmaker|automaker|car[ \t]maker|bus[ \t]maker|manufacturer|maker|builder|contractor|developer|"
    r"operator|giant|producer|conglomerate|supplier|lender|miner|shipper|shipping[ \t]line|carrier|airline|retailer|"
    r"exporter|importer|vendor|provider|corporation|group|holding|bank|insurer|start-?up"
)
_ORG_NAME_TOKEN = rf"(?:{_TOKEN}|\d+(?:st|nd|rd|th))"
_ORG_NAME = rf"(?:{_TOKEN})(?:[ \t](?:{_ORG_NAME_TOKEN}|&(?=[ \t]{_U})))" + "{0,5}"
_RX_CLASSIFIED = re.compile(rf"(?<![\w’'-])(?:{_ORG_CLASSIFIERS})[ \t]+(?P<org>{_ORG_NAME})(?![\w’'-])")
_RX_POSSESSED = re.compile(
    r"\b(?:(?:ordered|bought|purchased|imported|leased|sourced)[ \t]+from|(?:supplied|built|made|produced|"
    r"manufactured|delivered|developed|operated|financed|funded|constructed)[ \t]+by|(?:contract|contracts|deal|"
    r"deals|agreement|partnership|joint[ \t]venture|memorandum|talks)[ \t]+with)[ \t]+(?:the[ \t]+)?"
    rf"(?P<owner>{_TOKEN})[’']s[ \t]+(?P<org>{_ORG_NAME})(?![\w’'-])"
)
_HAS_CLASSIFIER = re.compile(rf"\b(?:{_ORG_CLASSIFIERS})[ \t]+{_U}|[’']s[ \t]+{_U}")
#: Words that never open a company's name after a classifier noun ("the company President", "firm In").
_NOT_COMPANY_START = {"Chairman", "Chairwoman", "CEO", "Director", "Founder", "Head", "Chief", "Manager", "Minister",
                      "Mr", "Mrs", "Ms", "Dr", "Managing", "Executive", "Board", "Vice", "Deputy", "Said"}  # fmt: skip


#: An honorific or a capitalised job noun before a name ("Ms Petra Novak", "Analyst Jonas Berg said").
_LEADING_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+(?=[A-Z])|(?:Analyst|Expert|Economist|Researcher|Journalist|Commentator|"
    r"Columnist|Scholar|Historian|Writer|Author|Businessman|Entrepreneur|Founder|Lawmaker|Correspondent)"
    r"[ \t]+(?=[A-Z])"
)


def _clean_name(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip())
    return " ".join(name.split())


#: the last words of an office's title ("Minister of Foreign Affairs", "Minister of Economy and Trade"): a
#: "name" opening with one is the title's tail ("Affairs Jeyhun" before a line break inside the name)
_TITLE_TAIL_WORDS = {
    "Affairs", "Relations", "Development", "Economy", "Trade", "Finance", "Finances", "Defence", "Defense", "Justice",
    "Health", "Education", "Culture", "Transport", "Agriculture", "Industry", "Investment", "Investments",
    "Communications", "Ecology", "Environment", "Labour", "Labor", "Interior", "Emergencies", "Situations",
    "Resources", "Security", "Commerce", "Tourism", "Sport", "Sports", "Science", "Technology", "Technologies",
    "Planning", "Cooperation", "Integration", "Policy", "Protection", "Construction", "Infrastructure", "Budget",
}  # fmt: skip


#: Words of a royal rank that never open a person's name ("Crown Prince", "Royal Highness").
_RANK_WORDS = frozenset({"Crown", "Royal", "Highness", "Majesty"})


def _name_ok(tokens: list[str]) -> bool:
    if len(tokens) < 2:
        return False
    if tokens[0] in _TITLE_TAIL_WORDS:
        return False
    if tokens[0] in _RANK_WORDS or all(t in _HONORIFICS or t in _RANK_WORDS for t in tokens):
        return False  # "then Deputy Crown Prince Mohammed bin Salman": "Crown Prince" is a rank, not a name
    if any(t in _STOP or t.rstrip(".") in _STOP for t in tokens):
        return False
    if any(t in _ORG_WORDS for t in tokens):
        return False
    return all(len(t.rstrip(".")) >= 1 for t in tokens)


def _unknown_candidates(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int, int | None]], list[tuple[bool | None, int, int]]]:
    """Spans that may name unknown actors: (name start, end, title start) and (strict, org start, end); strict is
    None for a company named after a classifier noun or a possessive ("Chinese carmaker BYD", "China's Yutong")."""
    people: list[tuple[int, int, int | None]] = []
    orgs: list[tuple[bool | None, int, int]] = []
    # Speed: every person pattern and the company pattern need two adjacent capitalised words, the
    # organisation pattern an organisation head word; most sentences have neither.
    two_caps = _TWO_CAPS.search(text, start, end) is not None
    person_rxs: list[re.Pattern[str]] = []
    if two_caps and _HAS_TITLE.search(text, start, end):
        person_rxs += [_RX_TITLED, _RX_APPOSITIVE]
    if two_caps and _HAS_SAID.search(text, start, end):
        person_rxs.append(_RX_SAID)
    for rx in person_rxs:
        for m in rx.finditer(text, start, end):
            group = "name2" if rx is _RX_TITLED and m["name2"] else "name"
            s = m.start(group)
            if rx is _RX_SAID and (text[max(0, s - 4) : s].lower().endswith("the ")
                                   or _COMPLEMENT_BEFORE.search(text, max(0, s - 40), s)):
                continue  # "the Foo Bar said"; "the Ministry of Digital Development said" names a body
            title = m.start("title2" if group == "name2" else "title") if rx is _RX_TITLED else None
            people.append((s, m.end(group), title))
    if two_caps:
        people += _sentence_subjects(text, start, end)
    has_suffix = two_caps and _HAS_SUFFIX.search(text, start, end) is not None
    org_rxs = ((_RX_COMPANY,) if has_suffix else ()) + ((_RX_ORG,) if _ORG_HEAD.search(text, start, end) else ())
    for rx in org_rxs:
        for m in rx.finditer(text, start, end):
            s, e = _trim_org(text, m.start("org"), m.end("org"))
            orgs.extend((rx is _RX_ORG, a, b) for a, b in _split_coordinated(text, s, e))
    if _HAS_CLASSIFIER.search(text, start, end):
        for rx in (_RX_CLASSIFIED, _RX_POSSESSED):
            for m in rx.finditer(text, start, end):
                if m["org"].split()[0] in _NOT_COMPANY_START:
                    continue
                s, e = _trim_org(text, m.start("org"), m.end("org"))
                orgs.extend((None, a, b) for a, b in _split_coordinated(text, s, e))
    return people, orgs


def _split_coordinated(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Two bodies joined by "and", each with its own head word, are two names ("the Ministry of Energy of
    Azerbaijan and China Energy Engineering Corporation"); "Ministry of Culture and Tourism" stays one."""
    for m in re.finditer(r"[ \t]+and[ \t]+(?:the[ \t]+)?", text[s:e]):
        left, right = (s, s + m.start()), (s + m.end(), e)
        if all(_ORG_HEAD.search(text, a, b) for a, b in (left, right)) and text[right[0]].isupper():
            return [left, *_split_coordinated(text, *right)]
    return [(s, e)]


#: A name after these words is the complement of a body's name ("Ministry of Digital Development said").
_COMPLEMENT_BEFORE = re.compile(rf"\b(?:{_ORG_HEADS})[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?$")
_SENTENCE_GAP = re.compile(r"[.!?][\"”’)]?\s+")
_OPENING = re.compile(r"[\s\"“‘'(]*")


def _sentence_subjects(text: str, start: int, end: int) -> list[tuple[int, int, int | None]]:
    """Bare two-word person names opening a sentence of the span and acting ("Damdin Sukhbaatar led ...")."""
    out: list[tuple[int, int, int | None]] = []
    for s in [start, *(m.end() for m in _SENTENCE_GAP.finditer(text, start, end))]:
        lead = _OPENING.match(text, s, end)
        m = _RX_SUBJECT.match(text, lead.end() if lead else s, end)
        if m is None:
            continue
        words = m["name"].split()
        if any(w in _NOT_NAME_WORDS or w in _STOP or w in _ORG_WORDS or w in _GENERIC for w in words):
            continue
        out.append((m.start("name"), m.end("name"), None))
    return out


def _find_unknown(
    d: ActorDictionary, state: _TextState, start: int, end: int, known: list[ActorMention], hits: list[_Hit]
) -> list[ActorMention]:
    """Titled people and capitalised organisation names absent from the dictionary."""
    text = state.text
    out: list[ActorMention] = []
    candidates = state.unknown.get((start, end))
    if candidates is None:
        candidates = state.unknown[(start, end)] = _unknown_candidates(text, start, end)

    def cut(s: int, e: int, *, absorb: bool) -> int:
        """``e`` shortened to the first known mention that the span may not contain."""
        for m in known:
            inside = s <= m.start and m.end <= e and (m.start, m.end) != (s, e)
            named_after = m.kind == "person" and _NAMED_AFTER.match(text, m.end, e) is not None
            if m.start < e and s < m.end and not (absorb and inside and (m.kind != "person" or named_after)):
                e = min(e, m.start)
        for o in out:
            if o.start < e and s < o.end:
                e = min(e, o.start)
        return e

    def add_person(s: int, e: int, title_start: int | None = None) -> None:
        while lead := _LEADING_TITLE.match(text, s, e):  # "Ms Petra Novak", "Analyst Jonas Berg said"
            s = lead.end()
        if any(m.start <= s < m.end for m in (*known, *out)):
            return
        e = cut(s, e, absorb=False)
        name = _clean_name(text[s:e])
        if not _name_ok(name.split()):
            return
        e = s + len(name) if text[s:e].startswith(name) else e
        country = _title_country(d, text, hits, title_start, s) if title_start is not None else None
        out.append(
            ActorMention(name=name, kind="person", start=s, end=e, surface=text[s:e], country=country, known=False)
        )

    people, orgs = candidates
    for s, e, title_start in people:
        add_person(s, e, title_start)
    for strict, s, e in orgs:
        if e <= s or any(x.start <= s < x.end and (x.kind == "person" or x.end >= e)
                         and not _NAMED_AFTER.match(text, x.end, e) for x in (*known, *out)):
            continue
        e = cut(s, e, absorb=True)
        s, e = _trim_org(text, s, e)
        bare = _LEGAL_SUFFIX.search(text, s, e)
        if any((x.start <= s and e <= x.end) or (bare and (x.start, x.end) == (s, bare.start())) for x in known):
            continue  # "the Russian-led Collective Security Treaty Organization": the known name is the actor
        name = " ".join(text[s:e].split())
        if not _org_ok(name, strict=strict):
            continue
        if strict is None:  # "Chinese electric-bus maker Yutong": the nearest demonym before the classifier
            country = _country_in(d, hits[::-1], max(start, s - 48), e, places=True)
        else:
            country = _country_in(d, hits, max(start, s - 16), e, places=True)
        body = _STATE_BODY.search(name) is not None
        if country is None:  # "Nazarbayev University": the country of the person it is named after
            country = next((x.country for x in known if x.kind == "person" and s <= x.start < e), None)
        if country is None:  # "China Railway 20th Bureau": the country of the known company it extends
            country = next((x.country for x in known if x.kind == "organisation" and s <= x.start and x.end <= e), None)
        if country is None and body:  # "the Atomic Energy Agency": a state body of the context's state
            country = d.clear_context_country(text, s, e, end)
        canonical = name
        if country and body:
            owner = next((x for x in d.entries.values() if x.kind == "state" and x.country == country), None)
            # (not a joint body named after both states: "the Tajik-Chinese Intergovernmental Committee")
            if owner and not any(a in name for a in (owner.name, *owner.aliases)) and not _JOINT_BODY.search(name):
                canonical = f"{name} of {owner.name}"
        known_entry = d.entries.get(canonical) if canonical != name else None
        out.append(
            ActorMention(
                name=canonical, kind="organisation", start=s, end=e, surface=text[s:e], country=country,
                wikidata=known_entry.wikidata if known_entry else None, known=known_entry is not None,
            )
        )
    return out


#: A wire dateline's credit: "ASTANA, June 16 (Xinhua) --", "BAKU (AZERTAC) —": the source, not an actor.
_CREDIT_AFTER = re.compile(r"\)[ \t]*(?:--|[—–-]|:)[ \t]*[A-Z\"“]")
#: The place of a dateline: a capital opening a line, before ", June 16", " (Agency)" or a dash.
_DATELINE_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d|\d)|[ \t]*\(|[ \t]*(?:--|[—–]))")


#: Round 9: the outlet a sentence credits is its source, not a party: "..., AZERTAC reports.", "according to Xinhua",
#: "told Kazinform". Any organisation set off by a comma before a closing "reports" is a credit; a news outlet
#: (by its name) is one also after "according to", "citing", "told", "quoted by", "in an interview with".
_MEDIA_NAME = re.compile(
    r"\b(?:News|Agency|Press|Daily|Times|TV|Television|Radio|Broadcasting|Xinhua|AZERTAC|Kazinform|TASS|Interfax|"
    r"Reuters|Trend|APA|Report\.az|CGTN|CCTV|Sputnik|RIA|Anadolu|IRNA|AKIpress|Bloomberg|AFP|BBC|Euronews)\b"
)
_CREDIT_BEFORE = re.compile(
    r"(?:according[ \t]+to|citing|cited[ \t]+by|quoted[ \t]+by|told|reported[ \t]+by|interview[ \t]+with|"
    r"correspondent[ \t]+of)[ \t]+(?:the[ \t]+)?(?:(?:state|official|news|agency|broadcaster|outlet)[ \t]+)*$",
    re.IGNORECASE,
)
_CREDIT_VERB_AFTER = re.compile(
    r"(?:[’']s[ \t]+correspondent\b|[ \t]+(?P<verb>reports|reported|informs|informed|writes|wrote|has[ \t]+learned|"
    r"learned|says|said)(?:[ \t]*(?:[.!?\n\"”]|$)|[ \t]*,[ \t]+(?:citing|quoting|with[ \t]+reference[ \t]+to)\b|"
    r"[ \t]+that\b))"
)


def _is_source_credit(text: str, m: ActorMention, end: int) -> bool:
    """Whether an organisation mention is the outlet a sentence credits (see ``_CREDIT_VERB_AFTER``)."""
    if m.kind != "organisation":
        return False
    after = _CREDIT_VERB_AFTER.match(text, m.end, max(m.end, end))
    comma_before = text[max(0, m.start - 2) : m.start].strip() == ","
    media = _MEDIA_NAME.search(m.name) is not None
    if after is not None and (media or (comma_before and after["verb"] not in ("says", "said"))):
        return True  # ", SOCAR said." stays: a company's statement may be its own act
    return media and _CREDIT_BEFORE.search(text, max(0, m.start - 48), m.start) is not None


def _is_credit(text: str, m: ActorMention) -> bool:
    """Whether an organisation mention is the agency credit of a dateline."""
    return (m.kind == "organisation" and m.start > 0 and text[m.start - 1] == "("
            and _CREDIT_AFTER.match(text, m.end) is not None)


#: A body or place named after a person ("Nazarbayev University", "the Aliyev Center"): the person is no actor.
_NAMED_AFTER = re.compile(r"[ \t]+(?:University|Foundation|Center|Centre|Institute|Fund|School|Academy|Museum|"
                          r"Library|Airport|Prize|Award|Stadium|Palace|Avenue|Street|Square|Park)\b")
#: A legal-form suffix after a known name is the known body ("Georgian Railway LLC", "Azerbaijan Railways CJSC").
_LEGAL_SUFFIX = re.compile(r"[ \t,]+(?:Co\.,?[ \t]+Ltd\.?|Co\.|Ltd\.?|LLC|LLP|Inc\.?|Corp\.?|JSC|OJSC|CJSC|PLC|"
                           r"GmbH|S\.A\.|A\.S\.)$")
#: Names of state bodies: an unknown one belongs to the state of its context ("the Atomic Energy Agency").
_STATE_BODY = re.compile(r"^(?:Ministry|State |Embassy|Cabinet|National |Central |Federal |Presidential )|"
                         r"\b(?:Ministry|Agency|Committee|Inspectorate)\b")


def _org_ok(name: str, *, strict: bool | None) -> bool:
    words = name.split()
    if not words or words[0] in _STOP:
        return False
    if strict is None:  # after a classifier noun: one word will do ("carmaker Jetour"), not a generic one alone
        return not all(w in _GENERIC or w in _ORG_WORDS or w in _STOP for w in words)
    if not strict:
        return len(words) >= 2
    if len(words) < 2 or not any(w in _ORG_WORDS or w in _ORG_HEADS.split("|") for w in words):
        return False
    has_complement = any(w in ("of", "for", "on") for w in words)
    return has_complement or not all(w in _GENERIC or w in _ORG_WORDS for w in words)


_DATE_WORDS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    "Sunday|Today|Yesterday|Tomorrow"
)
_DATE_WORD_END = re.compile(rf"\s+(?:{_DATE_WORDS})\.?$")


#: A leading hyphenated qualifier is no part of an organisation's name ("Russian-led", "state-owned").
_LED_BY = re.compile(r"[\w’'.]+-(?:led|backed|based|owned|run|funded|sponsored|registered|controlled|dominated)")


def _trim_org(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading stop words ("In", "The"), trailing connectors and a possessive from an organisation span."""
    if poss := list(re.finditer(r"(?<!People)[’']s\s+(?=\S)", text[s:e])):
        s += poss[-1].end()  # "Azerbaijan's Ministry of Agriculture": the owner is not part of the name
    while m := re.match(r"(\S+)\s+", text[s:e]):
        if (m[1] not in _STOP or m[1] == "General") and not _LED_BY.fullmatch(m[1]):
            break
        s += m.end()
    while True:
        span = text[s:e]
        if m2 := re.search(r"(?:[’']s|\s+(?:and|of|for|on|with|the|&))$|\s+$", span):
            e -= len(m2[0])
            continue
        if m3 := _DATE_WORD_END.search(span):  # "the National Assembly on April 11": a date ends no name
            e -= len(m3[0])
            continue
        return s, e


#: Round 9: a title set off after a person's name ("Hu Jintao, then China's president,", "Heydar Aliyev, the national
#: leader of Azerbaijan", "Tokayev, who was then chairman of the Senate") is that person's, whoever held it on the date.
_APPOSITION_GAP = re.compile(
    r"[ \t]*,[ \t]+(?:(?:the|a|an|then|now|later|still|until[ \t]+then|until[ \t]+recently|previously|by[ \t]+then|"
    r"at[ \t]+the[ \t]+time|currently|former|"
    r"who[ \t]+(?:was|is|had[ \t]+been|has[ \t]+been|became|served[ \t]+as)|as)[ \t]+)+"
    r"(?:[\w’'-]+[ \t]+){0,2}"
)


def _drop_appositive_titles(text: str, mentions: list[ActorMention], titles: set[int]) -> list[ActorMention]:
    """A title in apposition to the person just named is that person: the date's other holder is no actor."""
    out = list(mentions)
    for i in range(1, len(out)):
        p, m = out[i - 1], out[i]
        if (id(m) in titles and m.kind == "person" and p.kind == "person" and m.name != p.name
                and _APPOSITION_GAP.fullmatch(text, p.end, m.start)):
            if " " not in p.surface.strip() and p.surface.strip() in m.name.split():
                # "Aliyev, who became president in 2003": the title tells which Aliyev the bare surname is
                out[i - 1] = replace(p, name=m.name, country=m.country, wikidata=m.wikidata, known=m.known)
            else:
                out[i] = replace(m, name=p.name, country=p.country, wikidata=p.wikidata, known=p.known)
    return out


#: Round 9: "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi": a body named in
#: a person's membership title is part of the title, not a party.
_MEMBER_OF = re.compile(r"\b[Mm]embers?[ \t]+of[ \t]+(?:the[ \t]+)?$")
#: "Wang Yi, member of the Political Bureau of ...": the membership set off after the person's name.
_MEMBER_AFTER_NAME = re.compile(r"[ \t]*,[ \t]+(?:also[ \t]+)?(?:a[ \t]+)?[Mm]ember[ \t]+of[ \t]+(?:the[ \t]+)?")
_TITLE_HEAD = re.compile(rf"(?<![\w-])(?:{_TITLE_CORE_HEADS}|Premier|Vice[- ]Premier|State Council+or)\b")
_TITLE_GAP = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:(?:and|of|the|for|on|to|in|at|&|[A-Z][\w’'&.-]*|director|minister|member|head|"
    r"chairman|chair|secretary|deputy|vice|special|envoy|representative|councillor|councilor|general|state|"
    r"foreign|affairs|office|commission|committee|central)[ \t,]+)*"
)


#: "Zhao Leji, chairman of the Standing Committee of the National People's Congress,": a political body in the office
#: set off after a person's name describes the person (a company there is kept: its head acts for it).
_OFFICE_AFTER_NAME = re.compile(
    r"[ \t]*,[ \t]+(?:(?:the|a|an|then|now|former|also|still|currently|until[ \t]+then|at[ \t]+the[ \t]+time|"
    r"who[ \t]+(?:is|was|had[ \t]+been|has[ \t]+been)|as)[ \t]+)*(?:[\w’'-]+[ \t]+){1,4}?(?:of|at)[ \t]+(?:the[ \t]+)?"
)
_POLITICAL_BODY = re.compile(
    r"\b(?:Committee|Council|Congress|Bureau|Politburo|Parliament|Assembly|Senate|Majlis|Mejlis|Duma|Rada|Kenesh|"
    r"Khural|Maslahaty|Party|Presidium|Cabinet|Administration|Government|Secretariat)\b"
)
_TITLE_WORD = re.compile(rf"(?<![\w-])(?:{_TITLE_CORE_HEADS}|{_TITLE_LOWER_HEADS}|[Mm]ember|vice-president)(?![\w-])")


def _drop_title_bodies(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop a body named after "member of (the)" when a person's name ends the title it opens, and a political
    body in the office set off after a person's name."""
    drop: set[int] = set()
    for i, m in enumerate(mentions):
        if (i and m.kind == "organisation" and mentions[i - 1].kind == "person" and _POLITICAL_BODY.search(m.name)
                and (gap := _OFFICE_AFTER_NAME.fullmatch(text, mentions[i - 1].end, m.start))
                and _TITLE_WORD.search(gap.group())):
            drop.add(id(m))
            continue
        if m.kind != "organisation" or not _MEMBER_OF.search(text, max(0, m.start - 16), m.start):
            continue
        if i and mentions[i - 1].kind == "person" and _MEMBER_AFTER_NAME.fullmatch(text, mentions[i - 1].end, m.start):
            drop.add(id(m))
            continue
        for j in range(i + 1, len(mentions)):
            nxt = mentions[j]
            if nxt.start - m.end > 200 or not _TITLE_GAP.fullmatch(text, m.end, nxt.start):
                break
            if nxt.kind == "person" and _TITLE_HEAD.search(text, m.start, nxt.end):
                drop.update(id(x) for x in mentions[i:j] if x.kind == "organisation")
                break
    return [m for m in mentions if id(m) not in drop] if drop else mentions


#: "Chinese Ambassador Guo Min": a state agent's role noun directly before a person's name.
_ENVOY_END = re.compile(r"(?:ambassador|envoy|vice[\s-]minister|deputy\s+minister)$", re.IGNORECASE)


def _drop_envoys_before_names(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A title directly followed by a name yields the name only: "Chinese Ambassador Guo Min" is Guo Min."""
    drop = {
        id(m) for m, nxt in itertools.pairwise(mentions)
        if m.kind == "state" and nxt.kind == "person" and _ENVOY_END.search(m.surface)
        and not text[m.end : nxt.start].strip()
    }
    return [m for m in mentions if id(m) not in drop] if drop else mentions


#: A state named in a title after these words is where the office holder serves, not their country.
_HOST_BEFORE = re.compile(r"(?:\bto|\bin|\bat)[ \t]+(?:the[ \t]+)?$")
#: "Kazakhstan's ambassador to China X", "Kazakh Deputy Foreign Minister X": the owner right before the title.
_OWNER_BEFORE = re.compile(r"(?:[’']s)?[ \t]+(?:(?:new|former|outgoing|incoming|current|then)[ \t]+)?$")


def _title_country(d: ActorDictionary, text: str, hits: list[_Hit], title_start: int, name_start: int) -> str | None:
    """The country of a titled unknown person: the owner before the title ("Kazakhstan's ambassador", "the
    Kazakh Foreign Minister"), else a state in the title that is not where the holder serves ("ambassador to
    China")."""
    for h in hits:
        if h.end <= title_start and _OWNER_BEFORE.fullmatch(text, h.end, title_start):
            owner = _country_in(d, [h], h.start, h.end)
            if owner:
                return owner
    kept = [h for h in hits if title_start <= h.start and h.end <= name_start
            and not _HOST_BEFORE.search(text, max(0, h.start - 12), h.start)]
    return _country_in(d, kept, title_start, name_start)


def _country_in(d: ActorDictionary, hits: list[_Hit], s: int, e: int, *, places: bool = False) -> str | None:
    """The country of a state, demonym or capital (or any place) named in ``[s - 3, e)``."""
    for h in hits:
        if s - 3 <= h.start and h.end <= e:
            for sense in h.senses:
                entry = d.entries[sense.entry]
                if entry.kind == "state" or (places and entry.kind == "place" and entry.country):
                    return entry.country
                if sense.kind == "metonym" and entry.metonym_of:
                    return d.entries[entry.metonym_of].country
    return None


# ------------------------------------------------------------------------------------------ builder


@dataclass
class _Builder:
    data: dict[str, Any]
    entries: dict[str, ActorEntry] = field(default_factory=dict)
    senses: list[AliasSense] = field(default_factory=list)
    roles: dict[str, list[RoleSpell]] = field(default_factory=dict)
    extra: dict[str, dict[str, Any]] = field(default_factory=dict)

    SECTIONS: tuple[tuple[str, ActorKind], ...] = (
        ("states", "state"),
        ("people", "person"),
        ("organisations", "organisation"),
        ("places", "place"),
        ("other", "other"),
    )

    def build(self) -> ActorDictionary:
        """The dictionary of every section of the YAML data."""
        for section, kind in self.SECTIONS:
            for raw in self.data.get(section) or []:
                self._entry(raw, kind, section)
        self._offices()
        final = []
        for name, e in self.entries.items():
            roles = tuple(self.roles.get(name, ()))
            final.append(ActorEntry(e.name, e.kind, e.country, e.wikidata, e.aliases, roles, e.metonym_of))
        self._names_and_aliases()
        self._surnames()
        for e in final:
            if e.metonym_of and e.metonym_of not in self.entries:
                raise DictionaryError(f"{e.name}: metonym_of {e.metonym_of!r} is not a dictionary entry")
        return ActorDictionary(final, self.senses, self._generic())

    def _generic(self) -> dict[str, list[str]]:
        """Bare institution nouns: an entry's ``generic`` forms, and ``state_bodies`` (the state itself, "")."""
        out: dict[str, list[str]] = {}
        for name, raw in self.extra.items():
            for noun in _as_list(raw.get("generic")):
                if not self.entries[name].country:
                    raise DictionaryError(f"{name}: a generic form needs the entry's country")
                out.setdefault(noun.casefold(), []).append(name)
        for noun in _as_list(self.data.get("state_bodies")):
            out.setdefault(noun.casefold(), []).append("")
        for office in self.data.get("offices") or []:  # "the crown prince": the holder of the context state's office
            for noun in _as_list(office.get("generic")):
                out.setdefault(noun.casefold(), []).append(f"@{office.get('id')}")
        return out

    def _entry(self, raw: Any, kind: ActorKind, section: str) -> None:
        if not isinstance(raw, dict) or not raw.get("name"):
            raise DictionaryError(f"{section}: every entry needs a name (got {raw!r})")
        name = str(raw["name"]).strip()
        if name in self.entries:
            raise DictionaryError(f"duplicate actor name {name!r}")
        aliases = [*_as_list(raw.get("short")), *_as_list(raw.get("official")), *_as_list(raw.get("aliases"))]
        self.entries[name] = ActorEntry(
            name=name,
            kind=kind,
            country=raw.get("country"),
            wikidata=raw.get("wikidata"),
            aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
            metonym_of=raw.get("metonym_of"),
        )
        self.extra[name] = raw

    def _names_and_aliases(self) -> None:
        for name, e in self.entries.items():
            raw = self.extra.get(name, {})
            kind: SenseKind = "metonym" if e.metonym_of else "name"
            for alias in (name, *e.aliases):
                sense_kind: SenseKind = "combining" if alias.endswith("-") else kind
                for v in _variants(alias):
                    self.senses.append(AliasSense(v, name, sense_kind))
            for dem in _as_list(raw.get("demonyms")):
                if e.kind == "state" and not dem.endswith(_NO_PLURAL) and " " not in dem:
                    self.senses.append(AliasSense(f"{dem}s", name, "people"))  # "Armenians", "Kazakhs"
                for v in _variants(dem):
                    self.senses.append(AliasSense(v, name, "demonym"))
                    for head in _POLITICAL_HEADS:
                        self.senses.append(AliasSense(f"{v} {head}", name, "political"))

    def _surnames(self) -> None:
        for name, e in self.entries.items():
            raw = self.extra.get(name, {})
            if e.kind != "person" or raw.get("bare") is False:
                continue
            for surname in _surname_forms(name, raw, e.country):
                if surname != name:
                    for v in _variants(surname):
                        self.senses.append(AliasSense(v, name, "surname"))

    def _offices(self) -> None:
        types = self.data.get("role_types") or {}
        for office in self.data.get("offices") or []:
            oid = office.get("id", "?")
            rtype = types.get(office.get("type"))
            if rtype is None:
                raise DictionaryError(f"office {oid}: unknown role type {office.get('type')!r}")
            owner = office.get("state") or office.get("organisation")
            if owner not in self.entries:
                raise DictionaryError(f"office {oid}: {owner!r} is not a dictionary entry")
            titles = self._titles(owner, rtype, office)
            display = titles[0] if titles else oid
            for h in office.get("holders") or []:
                self._holder(oid, owner, h, titles, rtype, display)

    def _titles(self, owner: str, rtype: dict[str, Any], office: dict[str, Any]) -> list[str]:
        raw = self.extra[owner]
        base = _as_list(rtype.get("titles"))
        titles: list[str] = []
        if self.entries[owner].kind == "state":
            dems = [d for d in _as_list(raw.get("demonyms"))]
            shorts = _as_list(raw.get("short")) or [owner]
            officials = _as_list(raw.get("official"))
            for t in base:
                titles += [f"{s} {t}" for s in dems]
                titles += [f"{s}'s {t}" for s in shorts]
                titles += [f"{t} of {s}" for s in shorts]
                titles += [f"{t} of the {s}" for s in officials]
        else:
            org_names = [owner, *(a for a in _as_list(raw.get("aliases")) if a.isupper())]
            for t in base:
                for o in org_names:
                    titles += [f"{o} {t}", f"{t} of {o}", f"{t} of the {o}", f"{o}'s {t}"]
        titles = _as_list(office.get("titles")) + titles
        return list(dict.fromkeys(titles))

    def _holder(
        self, oid: str, owner: str, h: dict[str, Any], titles: list[str], rtype: dict[str, Any], display: str
    ) -> None:
        person = str(h.get("name", "")).strip()
        if not person:
            raise DictionaryError(f"office {oid}: a holder without a name")
        if person not in self.entries:
            country = self.entries[owner].country
            self.entries[person] = ActorEntry(name=person, kind="person", country=country)
            self.extra[person] = {"name": person, "country": country}
        start, stop = _parse_date(h.get("from"), upper=False), _parse_date(h.get("to"), upper=True)
        if start and stop and stop < start:
            raise DictionaryError(f"office {oid}: {person} ends before starting")
        self.roles.setdefault(person, []).append(RoleSpell(oid, display, owner, start, stop))
        forms = list(titles)
        for surname in _surname_forms(person, self.extra[person], self.entries[person].country):
            forms += [f"{p} {surname}" for p in [*_as_list(rtype.get("prefix")), *_as_list(h.get("prefix"))]]
        for t in forms:
            for v in _variants(t):
                self.senses.append(AliasSense(v, person, "title", start, stop, fallback=owner))


_EAST_ASIAN = {"CHN", "TWN", "KOR", "PRK", "VNM"}
#: Common Chinese family names in pinyin: an unknown "Ren Hongbin" of no known country is "Ren" on second mention.
_CHINESE_SURNAMES = frozenset(
    {
     "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
     "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng",
     "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Jiang", "Cai", "Du", "Ye", "Cheng",
     "Wei", "Su", "Lyu", "Ding", "Ren", "Shen", "Yao", "Lu", "Jin", "Fan", "Fu", "Zhong", "Qin", "Qiu",
     "Dai", "Xia", "Hou", "Bai", "Meng", "Kong", "Mao", "Shi", "Yan", "Cui", "Kang", "Duan", "Lei", "Qian",
     "Tan", "Wen", "Ling", "Gu", "Hao", "Xiong", "Shao", "Wan", "Qi", "Long", "Niu", "Yin", "Xing", "Zou",
     "Jia", "Fang", "Bi", "Geng", "Ge", "Zhan", "Chang", "Hong", "Guan", "Lou", "Mu", "Ning", "Ou", "Pei",
     "Qu", "Rao", "Sheng", "Tao", "Xiang", "Yue", "Zhai", "Zhuang", "Bo", "Che", "Chu", "Diao", "Gong",
     "Hua", "Ji", "Kou", "Lan", "Lian", "Mi", "Miao", "Nie", "Pu", "Quan", "Ruan", "Sang", "Tong", "Yi",
     "Yu", "Zhen", "Zhuo", "Zuo", "Le", "Ouyang", "Sima", "Zhuge",
    }
)  # fmt: skip


def _looks_chinese(name: str) -> bool:
    """A two- or three-word name opening with a common pinyin family name ("Ren Hongbin", "Ling Ji")."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[0] in _CHINESE_SURNAMES and all(w[1:].islower() for w in words[1:])


def _surname(name: str, raw: dict[str, Any], country: str | None) -> str | None:
    if raw.get("surname"):
        return str(raw["surname"])
    words = name.replace(".", ". ").split()
    if len(words) < 2:
        return None
    if country in _EAST_ASIAN and "-" not in words[-1]:
        return words[0]
    return words[-1]


def _surname_forms(name: str, raw: dict[str, Any], country: str | None) -> list[str]:
    """The surname and its spelling variants (``surname_variants``: "Berdymukhamedov" for "Berdimuhamedov")."""
    surname = _surname(name, raw, country)
    return list(dict.fromkeys([surname, *_as_list(raw.get("surname_variants"))])) if surname else []


@cache
def _default_dictionary() -> ActorDictionary:
    return ActorDictionary.from_yaml(DATA_FILE)
