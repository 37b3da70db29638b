"""Stage ``stances``: who confirms, denies, disputes or declines to comment on what.

Cues come from :mod:`warta.article.stance_cues` (``resources/stance_cues.tsv``, longest
match wins, so "tidak mengonfirmasi" is does-not-confirm, not confirms). The holder comes from
:mod:`warta.article.stance_holders`: the speaker of the quote the cue sits in ("Pertemuan itu
memang terjadi," kata Peskov), else the subject before the cue (the agent of a passive one),
resolved like event actors, else the speaker of a quote in the same sentence; a judgement of
the writer's own ("Kabar itu tidak benar.") has no holder and no position. The claim is the event
of the same sentence; a bare stance ("membantah tuduhan itu", "Hal itu dibenarkan oleh …")
takes the event of the sentences just before, while one that says its own content ("menepis
kabar bahwa …", "membenarkan perjalanan Burns ke Ankara", "menolak berkomentar soal sanksi")
is about those words, cut before the next cue or the closing quote mark. Positions on one
event gather into one claim, whose verdict follows from them: denied (denials and no
confirmation), contested (both), confirmed, or unconfirmed; the event's ``status`` follows
the verdict.

Public API::

    find_claims(text, sentences, entities, events, quotes, article_id="a1") -> list[Claim]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from warta.article.actors import ActorTracker
from warta.article.event_actors import SentenceActors
from warta.article.event_lexicon import Token, phrase_at, tokenize
from warta.article.event_phrases import find_phrases
from warta.article.stance_cues import Cue, find_cues
from warta.article.stance_holders import HolderFinder, passive_cue
from warta.document import Doc
from warta.models import Claim, Entity, Event, EventStatus, Position, Quote, Stance, Verdict
from warta.options import Options
from warta.pipeline import article_stage

LOOK_BACK = 3  # sentences before a stance in which the event it concerns may stand
STATEMENT_CHARS = 160  # longest statement text kept for a claim with no event
_STATUS: dict[Verdict, EventStatus] = {"confirmed": "confirmed", "denied": "denied",
                                       "contested": "unconfirmed", "unconfirmed": "unconfirmed"}
_LEADS = frozenset({"bahwa", "that", ",", ":", "apakah", "whether", "soal", "tentang", "mengenai"})
_JOINERS = frozenset({"dan", "serta", "namun", "tetapi", "tapi", "and", "but", ","})
# A stance that says its own content ("menepis spekulasi bahwa …") is about that content, not
# about an event of the sentences before; only a bare one ("membantah tuduhan itu") looks back.
_REPORT_NOUNS = frozenset({"spekulasi", "kabar", "laporan", "isu", "rumor", "tuduhan", "tudingan", "berita",
                           "informasi", "klaim", "anggapan", "pemberitaan", "reports", "report", "claims"})
_CONTENT_LEADS = frozenset({"bahwa", "apakah", "that", "whether"})
# "menolak berkomentar soal X": about X, unless X is a detail of an event told before.
_TOPIC_LEADS = frozenset({"soal", "mengenai", "tentang", "terkait", "perihal", "about", "on"})
_DETAILS = frozenset({"isi", "rincian", "detail", "detil", "topik", "substansi", "materi", "hasil", "agenda",
                      "lebih", "details", "content", "further"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "\ufffd"})  # "\ufffd": a cp1252 quote mark read as UTF-8
_OPENERS = frozenset({"namun", "sementara", "itu", "sedangkan", "adapun", "kemudian", "lalu", "bahkan"})
_JUDGEMENTS = frozenset({"confirms", "denies", "disputes", "asserts"})
_POINTING_BACK = frozenset({"itu", "tersebut", "ini", "that", "this", "these", "those", "it"})
_OBJECT_WORDS = 3  # an object of this many words says what is judged
# "Pangkalan Bun, Selasa (6/1/2015) - ": a dateline is not what anyone confirms.
_DATELINE = re.compile(r"^[^.!?]{0,60}?\s[-–—]{1,2}\s+(?=[A-Z])")
_SHORT_REFERENCE = 3  # "Temuan itu dibenarkan …": so few words before a demonstrative point back


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
        for n, cue in enumerate(cues):
            holder = self.holders.holder(tokens, actors, cue, (start, end))
            if holder is None:
                continue  # the writer's own words ("Kabar itu tidak benar."): nobody takes a stance
            key = (holder.entity, holder.name, holder.description, cue.stance)
            if key in taken:
                continue  # "membantah … dan menyebutnya tidak benar": one denial in one sentence
            taken.add(key)
            position = Position(holder=holder, stance=cue.stance, article=self.article_id,
                                evidence=self.text[start:end])
            stop = cues[n + 1].first if n + 1 < len(cues) else len(tokens)
            self._draft_for(tokens, cue, stop, (start, end), previous).positions.append(position)

    def _draft_for(self, tokens: list[Token], cue: Cue, stop: int, sentence: tuple[int, int],
                   previous: list[tuple[int, int]]) -> _Draft:
        own = said_content(tokens, cue)
        event = self._event_for(sentence, [] if own else previous)
        if event is not None:
            if event.id not in self.by_event:
                self.by_event[event.id] = _Draft(_statement_of_event(event), event.id)
                self.drafts.append(self.by_event[event.id])
            return self.by_event[event.id]
        draft = _Draft(self._statement_after(tokens, cue, stop, sentence), None)
        self.drafts.append(draft)
        return draft

    def _event_for(self, sentence: tuple[int, int], previous: list[tuple[int, int]]) -> Event | None:
        """The sentence's first event, else the latest event of the ``previous`` sentences."""
        here = self.events_at.get(sentence[0], [])
        if here:
            return here[0]
        for start, _ in reversed(previous):
            if self.events_at.get(start):
                return self.events_at[start][-1]
        return None

    def _statement_after(self, tokens: list[Token], cue: Cue, stop: int, sentence: tuple[int, int]) -> str:
        """The words after the cue up to the next cue or the quote's end ("membenarkan bahwa X dan
        menolak …" → X, "menepis kabar bahwa X" → X); for a passive cue the words before it ("Penangkapan
        itu dibenarkan oleh …"), or the sentence before when they only point back ("Hal itu", "Temuan
        itu dibenarkan …")."""
        whole = " ".join(self.text[sentence[0]:sentence[1]].split())[:STATEMENT_CHARS]
        if passive_cue(tokens, cue):
            return self._statement_before(tokens, cue, sentence) or whole
        i = cue.end + (1 if said_content(tokens, cue) and tokens[cue.end].low in _REPORT_NOUNS else 0)
        while i < len(tokens) and tokens[i].low in _LEADS:
            i += 1
        stop = next((k for k in range(i, stop) if tokens[k].text in _CLOSING_QUOTES), stop)
        while stop > i and tokens[stop - 1].low in _JOINERS:
            stop -= 1
        if i >= stop:
            return whole
        end = tokens[stop].start if stop < len(tokens) else sentence[1]
        words = " ".join(self.text[tokens[i].start:end].split()).strip(".,”\"' ")
        return words[:STATEMENT_CHARS] or whole

    def _statement_before(self, tokens: list[Token], cue: Cue, sentence: tuple[int, int]) -> str:
        first = 0
        while first < cue.first and (tokens[first].low in _OPENERS or not tokens[first].is_word):
            first += 1
        words = [t.low for t in tokens[first:cue.first]]
        if not words or set(words) <= _POINTING_BACK | {"hal"} or (
                len(words) <= _SHORT_REFERENCE and words[-1] in _POINTING_BACK):
            before = [s for s in self.sentences if s[1] <= sentence[0]]
            return _DATELINE.sub("", self._words(*before[-1])) if before else ""
        return self._words(tokens[first].start, tokens[cue.first].start)

    def _words(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())[:STATEMENT_CHARS]


def said_content(tokens: list[Token], cue: Cue) -> bool:
    """Whether the cue goes on with what is confirmed or denied: a clause ("membantah kabar
    bahwa …"), or for a judgement an object that does not point back ("membenarkan perjalanan
    Burns ke Ankara", not "membantah tuduhan itu")."""
    if passive_cue(tokens, cue):
        return False  # "Hal itu dibenarkan oleh …": what is judged stands before the cue
    i = cue.end
    if phrase_at(tokens, i, ("secara",)):
        i += 2  # "belum mengonfirmasi secara resmi bahwa …"
    if i < len(tokens) and tokens[i].low in _REPORT_NOUNS:
        i += 1
    if i < len(tokens) and tokens[i].low in _CONTENT_LEADS:
        return True
    if i + 1 < len(tokens) and tokens[i].low in _TOPIC_LEADS and tokens[i + 1].low not in _DETAILS:
        return True  # "menolak berkomentar soal sanksi itu", but not "… mengenai rincian pertemuan"
    if cue.stance not in _JUDGEMENTS:
        return False
    clause = []
    for token in tokens[cue.end:]:
        if not token.is_word:
            break
        clause.append(token.low)
    return len(clause) >= _OBJECT_WORDS and not _POINTING_BACK & set(clause)


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
