"""Stage ``stances``: who confirms, denies, disputes or declines to comment on what.

Cues come from :mod:`warta.article.stance_cues` (``resources/stance_cues.tsv``, longest
match wins, so "tidak mengonfirmasi" is does-not-confirm, not confirms). The holder comes from
:mod:`warta.article.stance_holders`: the speaker of the quote the cue sits in ("Pertemuan itu
memang terjadi," kata Peskov), else the subject before the cue (the agent of a passive one),
resolved like event actors, else the speaker of a quote in the same sentence; a judgement of
the writer's own ("Kabar itu tidak benar.") has no holder and no position; each named member of a
conjoined subject ("A dan B membantah …") holds a position of its own. The claim is the event
of the same sentence; a bare stance ("membantah tuduhan itu", "Hal itu dibenarkan oleh …")
takes the event of the sentences just before, while one that says its own content ("menepis
kabar bahwa …", "membenarkan perjalanan Burns ke Ankara", "menolak berkomentar soal sanksi")
is about the sentence's last event, the one its complement tells, or about those words when
the sentence has none (:mod:`warta.article.stance_statements`); a refusal to comment is not about the
REJECT its own "menolak" was coded as, and a stance on "kabar itu" / "isu tersebut" is about
what the earlier sentence naming that report says. A cue closing its clause after another
("membenarkan bahwa … dan menolak berkomentar lebih jauh") joins that one's claim. Positions on one
event gather into one claim, whose verdict follows from them: denied (denials and no
confirmation), contested (both), confirmed, or unconfirmed; the event's ``status`` follows
the verdict.

Public API::

    find_claims(text, sentences, entities, events, quotes, article_id="a1") -> list[Claim]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from warta.article.actors import ActorTracker
from warta.article.event_actors import SentenceActors
from warta.article.event_lexicon import Token, tokenize
from warta.article.event_phrases import find_phrases
from warta.article.stance_cues import Cue, find_cues
from warta.article.stance_holders import HolderFinder
from warta.article.stance_objects import object_words, told_in
from warta.article.stance_statements import (
    STATEMENT_CHARS,
    Statements,
    names_report_before,
    said_content,
)
from warta.document import Doc
from warta.models import Claim, Entity, Event, EventStatus, Position, Quote, Stance, Verdict
from warta.options import Options
from warta.pipeline import article_stage

LOOK_BACK = 3  # sentences before a stance in which the event it concerns may stand
_STATUS: dict[Verdict, EventStatus] = {"confirmed": "confirmed", "denied": "denied",
                                       "contested": "unconfirmed", "unconfirmed": "unconfirmed"}
def verdict_of(stances: Sequence[Stance]) -> Verdict:
    """denied: a denial and no confirmation; contested: both; confirmed; else unconfirmed."""
    denied = "denies" in stances
    confirmed = "confirms" in stances
    if denied and confirmed:
        return "contested"
    if denied:
        return "denied"
    return "confirmed" if confirmed else "unconfirmed"


@dataclass
class _Draft:
    statement: str
    event: str | None
    positions: list[Position] = field(default_factory=list)


class _StanceReader:
    def __init__(self, text: str, sentences: Sequence[Sequence[int]], entities: Sequence[Entity],
                 events: Sequence[Event], quotes: Sequence[Quote], article_id: str) -> None:
        self.text = text
        self.sentences = [(int(s[0]), int(s[1])) for s in sentences]
        self.article_id = article_id
        self.tracker = ActorTracker(text, entities, article_id, self.sentences)
        self.holders = HolderFinder(text, self.tracker, quotes, events, article_id)
        self.quotes = [q for q in quotes if q.article == article_id]
        self.statements = Statements(text, self.sentences)
        self.events_at: dict[int, list[Event]] = {}
        for event in events:
            for evidence in event.evidence:
                if evidence.article == article_id:
                    self.events_at.setdefault(evidence.start, []).append(event)
        self.drafts: list[_Draft] = []
        self.by_event: dict[str, _Draft] = {}

    def read(self, lang: str) -> list[_Draft]:
        for n, (start, end) in enumerate(self.sentences):
            self.holders.catch_up(start)
            self._sentence(start, end, self.sentences[max(0, n - LOOK_BACK):n], lang)
        return self.drafts

    def _sentence(self, start: int, end: int, previous: list[tuple[int, int]], lang: str) -> None:
        tokens = tokenize(self.text, start, end)
        cues = find_cues(tokens, lang)
        if not cues:
            return
        actors = SentenceActors(tokens, find_phrases(tokens, self.tracker.index, lang))
        taken: set[tuple[str | None, str | None, str | None, str]] = set()
        earlier: _Draft | None = None  # the claim of the sentence's previous stance
        for n, cue in enumerate(cues):
            holder = self.holders.holder(tokens, actors, cue, (start, end))
            if holder is None:
                continue  # the writer's own words ("Kabar itu tidak benar."): nobody takes a stance
            fresh = [h for h in (holder, *self.holders.co_holders)
                     if (h.entity, h.name, h.description, cue.stance) not in taken]
            if not fresh:
                continue  # "membantah … dan menyebutnya tidak benar": one denial in one sentence
            taken.update((h.entity, h.name, h.description, cue.stance) for h in fresh)
            stop = cues[n + 1].first if n + 1 < len(cues) else len(tokens)
            if earlier is not None and _closes_clause(tokens, cue):
                draft = earlier  # "membenarkan bahwa … dan menolak berkomentar lebih jauh": on the same thing
            else:
                draft = self._draft_for(tokens, cue, stop, (start, end), previous)
            draft.positions.extend(Position(holder=h, stance=cue.stance, article=self.article_id,
                                            evidence=self.text[start:end]) for h in fresh)
            earlier = draft

    def _draft_for(self, tokens: list[Token], cue: Cue, stop: int, sentence: tuple[int, int],
                   previous: list[tuple[int, int]]) -> _Draft:
        own = said_content(tokens, cue)
        report = None
        if not own and names_report_before(tokens, cue):
            noun = tokens[cue.end].low
            report = self._report_before(previous) or self.statements.report_named(noun, previous)
        if report is not None:  # "Sumber X menyebut … . Kejagung belum mengonfirmasi informasi tersebut."
            draft = _Draft(report, None)
            self.drafts.append(draft)
            return draft
        event = self._event_for(sentence, [] if own else previous, own=own, stance=cue.stance)
        if event is not None and not own and not _about(event, object_words(tokens, cue, stop), sentence):
            event = None  # "membantah kliennya lalai": denies negligence, not the questioning told before
        if event is not None:
            if event.id not in self.by_event:
                self.by_event[event.id] = _Draft(_statement_of_event(event), event.id)
                self.drafts.append(self.by_event[event.id])
            return self.by_event[event.id]
        draft = _Draft(self.statements.after(tokens, cue, stop, sentence), None)
        self.drafts.append(draft)
        return draft

    def _report_before(self, previous: list[tuple[int, int]]) -> str | None:
        """What the sentence just before reports someone saying, when it tells no event of its own."""
        if not previous or self.events_at.get(previous[-1][0]):
            return None
        start, end = previous[-1]
        said = [q for q in self.quotes if start <= q.start < end]
        return " ".join(said[0].text.split())[:STATEMENT_CHARS] if said else None

    def _event_for(self, sentence: tuple[int, int], previous: list[tuple[int, int]],
                   own: bool = False, stance: Stance | None = None) -> Event | None:
        """The sentence's first event, else the latest event of the ``previous`` sentences. A
        stance that says its ``own`` content is about the sentence's last event, the one its
        complement tells ("Sareh diperiksa KPK, namun mengaku tidak pernah berkomunikasi dengan
        Rohadi"); no stance is about the event its own words were coded as (a refusal's "menolak"
        as REJECT, "masih menyelidiki apakah …" as an investigation)."""
        here = [e for e in self.events_at.get(sentence[0], []) if not _coded_from_cue(e, stance)]
        if here:
            return here[-1] if own else here[0]
        for start, _ in reversed(previous):
            if self.events_at.get(start):
                return self.events_at[start][-1]
        return None


# Events a stance cue's own words may be coded as: (type, mode or None for any mode).
_CUE_EVENTS: dict[Stance, tuple[tuple[str, str | None], ...]] = {
    "declines": (("REJECT", None),),
    "does-not-confirm": (("ACCUSE", "investigate"),),
}


def _coded_from_cue(event: Event, stance: Stance | None) -> bool:
    kinds = _CUE_EVENTS.get(stance, ()) if stance is not None else ()
    return any(event.type == kind and mode in (None, event.mode) for kind, mode in kinds)


def _about(event: Event, words: list[str], sentence: tuple[int, int]) -> bool:
    """Whether a stance whose object is ``words`` is about ``event``: an event of its own sentence,
    or one told before in those words; an object with no words of its own points back."""
    told = [e.sentence for e in event.evidence if not sentence[0] <= e.start < sentence[1]]
    return not words or not told or told_in(words, told[0])


def _closes_clause(tokens: list[Token], cue: Cue) -> bool:
    """A cue with no words of its own after it ("… dan menolak berkomentar lebih jauh.")."""
    return cue.end >= len(tokens) or not tokens[cue.end].is_word


def _statement_of_event(event: Event) -> str:
    sentence = event.evidence[0].sentence if event.evidence else ""
    return " ".join(sentence.split())[:STATEMENT_CHARS]


def find_claims(text: str, sentences: Sequence[Sequence[int]], entities: Sequence[Entity],
                events: Sequence[Event], quotes: Sequence[Quote], article_id: str = "a1",
                lang: str = "id") -> list[Claim]:
    """Claims of one article with the positions taken on them; sets the linked events' status."""
    drafts = _StanceReader(text, sentences, entities, events, quotes, article_id).read(lang)
    claims: list[Claim] = []
    by_id = {event.id: event for event in events}
    for n, draft in enumerate(drafts, start=1):
        verdict = verdict_of([p.stance for p in draft.positions])
        claims.append(Claim(id=f"{article_id}-c{n}", statement=draft.statement, event=draft.event,
                            positions=draft.positions, verdict=verdict))
        if draft.event in by_id and any(p.stance != "asserts" for p in draft.positions):
            by_id[draft.event].status = _STATUS[verdict]
    return claims


@article_stage("stances", requires={"events", "quotes"}, provides={"claims"})
def stances(doc: Doc, options: Options) -> None:
    article = doc.article
    lang = "en" if article.language == "en" else "id"
    doc.claims = find_claims(article.body, article.sentences, doc.entities, doc.events, doc.quotes,
                             article.id, lang)
