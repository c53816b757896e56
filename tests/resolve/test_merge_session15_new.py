"""Session 15 (helper B1), resolver merging on heldout37-39 classes: invented names, places and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, events_by_id, extraction, source
from sqlalchemy.orm import Session

from timeline.resolve.merge import _agreed_when_met, store_extraction
from timeline.resolve.similarity import Profile, _kind_against_subject, document_kinds, partnership_levels

KG = replace(actor("Kyrgyzstan", "state"), country="KGZ")
TR = replace(actor("Turkey", "state"), country="TUR")
UZ = replace(actor("Uzbekistan", "state"), country="UZB")
BISHKEK = actor("Bishkek", "place", role="location")
OSH = actor("Osh", "place", role="location")
NARYN = actor("Naryn", "place", role="location")
DEMIREL = replace(actor("Süleyman Demirel"), country="TUR")
JAPAROV = replace(actor("Sadyr Japarov"), country="KGZ")
MIRZIYOYEV = replace(actor("Shavkat Mirziyoyev"), country="UZB")


def _store(session: Session, uri: str, *claims) -> None:  # type: ignore[no-untyped-def]
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2026, 5, 1))
    store_extraction(session, src, extraction(src, *claims))


# --- 1. a protocol is not the agreement on another subject signed that month -------------------------


def _profile(quote: str, topics: tuple[str, ...] = ()) -> Profile:
    return Profile(event_type="AGREE", kinds=document_kinds(quote), cues=frozenset(f"doc:{t}" for t in topics),
                   words=frozenset(w.strip(".,").lower() for w in quote.split()))


def test_a_kind_without_subject_against_an_agreement_on_a_subject() -> None:
    protocol = _profile("The protocol they signed names thirty projects, from a textile plant to a dry port.")
    solar = _profile("The agreement on the construction of a wind power plant in Naryn was signed in May.",
                     ("construction", "wind", "power", "plant"))
    assert _kind_against_subject(protocol, solar)
    # the protocol's quote names the subject: it may be that agreement told again
    told = _profile("The protocol on the wind power plant they signed lists its stages.", ())
    assert not _kind_against_subject(told, solar)
    # an agreement without a subject says nothing against it
    assert not _kind_against_subject(protocol, _profile("The agreement signed in May gave a new impetus."))
    # a document of a kind on a subject of its own is judged by other rules
    memo = _profile("The memorandum on wind power they signed was welcomed.", ("wind", "power"))
    assert not _kind_against_subject(memo, solar)


def _protocol():  # type: ignore[no-untyped-def]
    return claim("Kyrgyzstan–Uzbekistan protocol signed", "AGREE", "2026-05-14", actors=[KG, UZ],
                 keywords=("protocol", "sign"),
                 quote="The protocol they signed names thirty projects, from a textile plant to a dry port.")


def _wind(quote: str):  # type: ignore[no-untyped-def]
    return claim("Kyrgyzstan–Uzbekistan agreement signed", "AGREE", "2026-05", actors=[KG, UZ, NARYN],
                 keywords=("agree", "sign"), quote=quote)


def test_a_protocol_of_a_day_stays_apart_from_an_agreement_on_another_subject(session: Session) -> None:
    _store(session, "pres.html", _wind(
        "He said the joint commission held in Osh in May and the agreement on the construction of a wind "
        "power plant in Naryn signed in May gave a new impetus to trade."))
    _store(session, "brief.txt", _protocol())
    assert len(events_by_id(session)) == 2


# --- 2. each article names the other party of one named treaty -------------------------------------------


def _treaty(uri_state, when: str, quote: str, name: str = "Treaty on Eternal Friendship"):  # type: ignore[no-untyped-def]
    return claim(f"{name} signed", "AGREE", when, actors=[uri_state], named_object=name,
                 keywords=("treaty", "sign", "friendship", "eternal"), quote=quote)


def test_one_treaty_told_by_each_party_with_the_other_state_only(session: Session) -> None:
    _store(session, "ankara.html", _treaty(KG, "1997-10-02",
        "With Kyrgyzstan it came in the Treaty on Eternal Friendship, signed on 2 October 1997."))
    _store(session, "bishkek.txt", _treaty(TR, "1997",
        "The minister said Turkey values the Treaty on Eternal Friendship signed in 1997."))
    assert len(events_by_id(session)) == 1


def test_two_treaties_of_one_name_in_other_years_stay_apart(session: Session) -> None:
    _store(session, "ankara.html", _treaty(KG, "1997-10-02",
        "With Kyrgyzstan it came in the Treaty on Eternal Friendship, signed on 2 October 1997."))
    _store(session, "bishkek.txt", _treaty(TR, "2003",
        "The minister said Turkey values the Treaty on Eternal Friendship signed in 2003."))
    assert len(events_by_id(session)) == 2


def test_two_single_states_with_other_named_texts_stay_apart(session: Session) -> None:
    _store(session, "ankara.html", _treaty(KG, "1997-10-02",
        "With Kyrgyzstan it came in the Treaty on Eternal Friendship, signed on 2 October 1997."))
    _store(session, "bishkek.txt", _treaty(TR, "1997",
        "The minister said Turkey values the Treaty on Strategic Cooperation signed in 1997.",
        name="Treaty on Strategic Cooperation"))
    assert len(events_by_id(session)) == 2


# --- 3. one kind of document signed at one place within a month --------------------------------------------


def _treaty_day(place):  # type: ignore[no-untyped-def]
    return claim("Treaty on Eternal Friendship signed", "AGREE", "1997-10-02", actors=[KG, TR, place],
                 named_object="Treaty on Eternal Friendship", keywords=("treaty", "sign", "friendship"),
                 quote=f"The Treaty on Eternal Friendship was signed in {place.name} on 2 October 1997.")


def _treaty_month(place: str):  # type: ignore[no-untyped-def]
    return claim("New treaty signed by Demirel", "AGREE", "1997-10", actors=[DEMIREL],
                 keywords=("treaty", "sign"),
                 quote=f"In October 1997 the Turkish leader Demirel came to {place} and signed the new treaty with us.")


def test_a_month_signing_of_the_treaty_at_its_place_joins_the_day(session: Session) -> None:
    _store(session, "wire.txt", _treaty_day(BISHKEK))
    _store(session, "memoir.txt", _treaty_month("Bishkek"))
    assert len(events_by_id(session)) == 1


def test_a_month_signing_of_a_treaty_at_another_place_stays_apart(session: Session) -> None:
    _store(session, "wire.txt", _treaty_day(BISHKEK))
    _store(session, "memoir.txt", _treaty_month("Osh"))
    assert len(events_by_id(session)) == 2


# --- 4. a partnership level belongs to the date nearest to it ---------------------------------------------


def test_partnership_level_of_each_date_in_one_sentence() -> None:
    text = ("The president recalled his talks with Mirziyoyev in Samarkand in May 2022, when the two states "
            "established a strategic partnership, and his visit to Tashkent in March last year, during which "
            "a declaration on the establishment of an all-round strategic partnership was signed.")
    assert partnership_levels(text, "March last year") == frozenset({"all-round strategic"})
    assert partnership_levels(text, "May 2022") == frozenset({"strategic"})
    assert partnership_levels(text) == frozenset({"strategic", "all-round strategic"})
    # both levels nearer the claim's date than any other date: the nearest of them, as before
    raised = ("The two states signed a transit accord in 2016, established a strategic partnership in May 2022 "
              "and raised their ties to an all-round strategic partnership during the visit in March 2025.")
    assert partnership_levels(raised, "May 2022") == frozenset({"strategic"})
    assert partnership_levels(raised, "March 2025") == frozenset({"all-round strategic"})
    one = "In June 2019 they signed a declaration establishing a comprehensive partnership."
    assert partnership_levels(one, "June 2019") == frozenset({"comprehensive"})


# --- 5. a planned day of a partnership joins the month it was established in ------------------------------


def _planned(level: str):  # type: ignore[no-untyped-def]
    return claim("Japarov–Mirziyoyev joint statement signed", "AGREE", "2026-03-11", actors=[JAPAROV, MIRZIYOYEV],
                 keywords=("sign", "statement"), status="planned",
                 quote=f"Officials said the two leaders were expected to sign a joint statement raising ties to "
                       f"a {level} partnership on Wednesday.")


def _announced(level: str):  # type: ignore[no-untyped-def]
    return claim("Japarov–Mirziyoyev declared", "AGREE", "2026-03", actors=[JAPAROV, MIRZIYOYEV, KG, UZ],
                 keywords=("announc", "establish"),
                 quote=f"In March, President Sadyr Japarov and President Shavkat Mirziyoyev jointly announced the "
                       f"establishment of the Kyrgyz-Uzbek {level} partnership.")


def test_a_planned_partnership_of_a_day_joins_its_establishment_that_month(session: Session) -> None:
    _store(session, "mfa.html", _announced("comprehensive strategic"))
    _store(session, "wire.txt", _planned("comprehensive strategic"))
    assert len(events_by_id(session)) == 1


def test_a_planned_partnership_of_another_level_stays_apart(session: Session) -> None:
    _store(session, "mfa.html", _announced("comprehensive strategic"))
    _store(session, "wire.txt", _planned("all-round strategic"))
    assert len(events_by_id(session)) == 2


# --- 6. (s14-apart, taken) a partnership told as the decision taken when they met stays with the meeting ----


@pytest.mark.parametrize(
    "quote",
    [
        "So when the two presidents met in Samarkand, the decision to raise our relations to the level of "
        "comprehensive strategic partnership was a natural step.",
        "When the leaders met in Hanoi, a decision was taken to upgrade ties to a strategic partnership.",
    ],
)
def test_a_partnership_told_as_the_decision_when_they_met_is_the_meeting(quote: str) -> None:
    assert _agreed_when_met(("CONSULT", None), ("AGREE", None), quote)


def test_a_partnership_raised_when_they_met_is_still_its_own_act() -> None:
    quote = "The two countries raised their ties to a strategic partnership when their presidents met in Hanoi."
    assert not _agreed_when_met(("CONSULT", None), ("AGREE", None), quote)


# --- 7. one of two documents of a sentence, and the same two leaders signing that kind in its year ---------

_TWO = ("During the visit in March 2019 the two presidents signed a joint statement on deepening friendship, "
        "and the ministers signed a memorandum on the digital corridor.")


def _two_documents():  # type: ignore[no-untyped-def]
    return (
        claim("Japarov–Mirziyoyev joint statement signed", "AGREE", "2019-03", start=0, end=len(_TWO),
              actors=[JAPAROV, MIRZIYOYEV, KG, UZ], keywords=("state", "sign", "joint"), quote=_TWO),
        claim("Kyrgyzstan–Uzbekistan memorandum signed", "AGREE", "2019-03", start=0, end=len(_TWO),
              actors=[KG, UZ], keywords=("memorandum", "sign"), quote=_TWO),
    )


def _year_signing(kind: str):  # type: ignore[no-untyped-def]
    return claim(f"Japarov–Mirziyoyev {kind} signed", "AGREE", "2019", actors=[JAPAROV, MIRZIYOYEV, KG, UZ],
                 keywords=("sign", *kind.split()),
                 quote=f"In 2019 Japarov paid a state visit to Uzbekistan, and the two heads of state signed a "
                       f"{kind} that opened a new stage.")


def test_the_same_leaders_kind_of_a_year_joins_that_document_of_two(session: Session) -> None:
    _store(session, "mfa.html", *_two_documents())
    _store(session, "speech.txt", _year_signing("joint statement"))
    events = events_by_id(session)
    assert len(events) == 2
    assert sorted(len(e.citations) for e in events) == [1, 2]


def test_another_kind_of_the_same_leaders_year_stays_apart(session: Session) -> None:
    _store(session, "mfa.html", *_two_documents())
    _store(session, "speech.txt", _year_signing("treaty"))
    assert len(events_by_id(session)) == 3
