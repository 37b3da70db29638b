"""Each timeline entry says how its date was obtained. Fictional reports written for these tests."""

from __future__ import annotations

from typing import Any

from warta.corpus.timeline import build_timeline
from warta.models import ActorRef, Analysis, Article, Entity, Event, Evidence, Timex

ENTITIES = [Entity(id="e1", name="Ratna Sari", type="PERSON"), Entity(id="e2", name="Dedi Kurnia", type="PERSON")]
RATNA, DEDI = ActorRef(entity="e1", name="Ratna Sari"), ActorRef(entity="e2", name="Dedi Kurnia")


def article(aid: str, body: str, published: str | None, estimated: bool = False) -> Article:
    return Article(id=aid, source=f"{aid}.txt", sha256="0", language="id", body=body, published=published,
                   published_source="estimated" if estimated else "dateline",
                   published_window=["2023-05-01", "2023-05-07"] if estimated else None)


def event(eid: str, art: Article, date: str | None, type_: str = "CONSULT") -> Event:
    return Event(id=eid, type=type_, source=RATNA, target=DEDI, date=date,
                 evidence=[Evidence(article=art.id, start=0, end=len(art.body), sentence=art.body)])


def test_stated_estimated_reported_and_unknown_dates_say_so(validate: Any) -> None:
    stated = article("a1", "Ratna Sari bertemu Dedi Kurnia di Semarang pada Selasa (2/5/2023).", "2023-05-03")
    estimated = article("a2", "Kemarin Ratna Sari menuduh Dedi Kurnia.", "2023-05-04", estimated=True)
    reported = article("a3", "Ratna Sari juga meminta Dedi Kurnia mundur dari jabatannya.", "2023-05-05")
    unknown = article("a4", "Ratna Sari pernah membantu Dedi Kurnia.", None)
    kemarin = Timex(article="a2", start=0, end=7, text="Kemarin", type="DATE", value="2023-05-03",
                    anchor="estimated")
    events = [event("v1", stated, "2023-05-02"), event("v2", estimated, "2023-05-03", "ACCUSE"),
              event("v3", reported, None, "REQUEST"), event("v4", unknown, None, "AID")]
    analysis = Analysis(warta_version="t", created="", articles=[stated, estimated, reported, unknown],
                        entities=ENTITIES, events=events, timexes=[kemarin])
    analysis.timeline = build_timeline(analysis)
    validate(analysis)
    basis = {t.events[0]: (t.date_basis, t.date, t.reported_by) for t in analysis.timeline}
    assert basis == {"v1": ("stated", "2023-05-02", None), "v2": ("estimated", None, None),
                     "v3": ("reported", None, "2023-05-05"), "v4": ("unknown", None, None)}
