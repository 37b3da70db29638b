"""Rules that make a claim's positions say one thing per holder, about the claim itself.

- **A detail is not the event.** Declining to reveal what was discussed ("Peskov menolak
  membeberkan isi pembicaraan") is no stance on whether the meeting took place. A
  ``declines`` or ``does-not-confirm`` position whose sentence names a detail (the
  content, details, topics, results, "lebih jauh" — :data:`DETAIL_WORDS`) belongs to a
  claim of its own about the event's details, not to the event's claim.
- **One stance per holder per article.** Within one article, a holder keeps only the
  strongest of their positions on a claim (:data:`STRENGTH`: denies and disputes, then
  confirms, asserts, does-not-confirm, declines): "Peskov membenarkan pertemuan itu … dan
  menolak berkomentar lebih jauh" is a confirmation. A holder who both confirms and
  denies in one article has said neither (the "tidak membantah ataupun membenarkan"
  construction, or a contradiction the article leaves open): one ``does-not-confirm``.
  Across articles every stance is kept: a holder may confirm on Tuesday what they
  declined on Monday.
- **Disagreeing is the act itself.** For an event that is itself an act of disagreeing
  (:data:`DISAGREEING_TYPES`: protests, accusations, rejections), its own source
  disputing or denying in a sentence that reports the event is the event ("Kedua negara
  memprotes Uni Eropa": ``memprotes`` is both the protest and a cue of disputing), so it
  counts as the source asserting it. Anyone else's denial, and a source's denial of
  any other kind of event ("Rusia membantah menyerang"), stays a denial.
- **"Laporan itu" is the article's report.** A statement that is only a referring noun
  phrase ("laporan tersebut", "kabar itu", "tuduhan itu") refers to what the article
  reports, which news states in its lead, so the statement becomes the article's first
  sentence.
- **A fragment is no statement.** Words cut from a sentence ("lebih jauh", "yang
  dijadwalkan,\" ujarnya", "on Wednesday that it had provided the venue": fewer than
  :data:`MIN_STATEMENT_WORDS` words, an attribution after a closing quote mark, or an
  opening function word) are read as the sentence they were cut from, and of a quoted
  sentence only its quoted words ("Tidak ada pertemuan yang dijadwalkan,\" ujarnya, seperti
  dikutip media itu." → "Tidak ada pertemuan yang dijadwalkan").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from warta.article.datelines import without_dash_opening
from warta.article.tokens import fold
from warta.models import ActorRef, Article, Event, Position, Stance
from warta.resources import read_tsv

DETAIL_WORDS = ("isi", "rincian", "detail", "detil", "topik", "substansi", "materi", "hasil", "agenda",
                "lebih jauh", "lebih lanjut", "details", "content", "substance", "further")
_DETAIL = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in DETAIL_WORDS) + r")\b", re.I)
_NOT_ON_THE_EVENT = frozenset({"declines", "does-not-confirm"})
STRENGTH = {"denies": 4, "disputes": 4, "confirms": 3, "asserts": 2, "does-not-confirm": 1, "declines": 0}
_AGAINST = frozenset({"denies", "disputes"})
DISAGREEING_TYPES = frozenset({"PROTEST", "ACCUSE", "REJECT"})

_REFERRING_NOUNS = ("laporan", "kabar", "berita", "informasi", "isu", "rumor", "spekulasi", "tuduhan",
                    "tudingan", "klaim", "pemberitaan", "report", "reports", "claim", "claims", "allegation",
                    "allegations", "accusation", "accusations")
# The whole statement (maybe after a cue fragment such as "ataupun membenarkan") is the noun phrase.
REFERRING = re.compile(r"^(?:\w+\s+){0,3}?(?:" + "|".join(_REFERRING_NOUNS)
                       + r")(?:\s+\w+)?\s+(?:itu|tersebut|ini|that|this|these|those)\W*$", re.I)


@cache
def _whole_cue_stances() -> dict[str, Stance]:
    """Stance cues that need no object ("membantah", "denied"), by their folded words."""
    found: dict[str, Stance] = {}
    for row in read_tsv("stance_cues.tsv"):
        if not row["object"]:
            for form in row["forms"].split("|"):
                found.setdefault(fold(" ".join(form.split())), row["stance"])  # type: ignore[arg-type]
    return found


def stance_of_cue_words(words: str) -> Stance | None:
    """The stance a speech cue itself takes when it is a whole stance cue ("membantah",
    "denied"): what such a quote reports is what its speaker denies, not what they assert."""
    return _whole_cue_stances().get(fold(" ".join(words.split())))


def about_a_detail(position: Position) -> bool:
    """A decline (or non-confirmation) of something inside the event, not of the event."""
    return position.stance in _NOT_ON_THE_EVENT and bool(_DETAIL.search(position.evidence))


def as_own_act(position: Position, event: Event) -> Position:
    """The position, or its source's own disagreeing read as asserting the event (rules above)."""
    if event.type not in DISAGREEING_TYPES or position.stance not in _AGAINST:
        return position
    if holder_key(position.holder) != holder_key(event.source):
        return position
    if position.evidence not in {e.sentence for e in event.evidence}:
        return position
    return position.model_copy(update={"stance": "asserts"})


def holder_key(holder: ActorRef) -> str:
    if holder.entity:
        return "e:" + holder.entity
    return "n:" + fold(holder.name or holder.description or "")


def one_per_holder(positions: Sequence[Position]) -> list[Position]:
    """The positions with each holder's stances in each article reduced to one (rules above)."""
    groups: dict[tuple[str, str], list[tuple[int, Position]]] = {}
    for n, position in enumerate(positions):
        groups.setdefault((holder_key(position.holder), position.article), []).append((n, position))
    kept: list[tuple[int, Position]] = []
    for group in groups.values():
        said = [p for _, p in group]
        if _both_ways(said):
            kept.append((group[0][0], said[0].model_copy(update={"stance": "does-not-confirm"})))
        else:
            kept.append(max(group, key=lambda item: STRENGTH.get(item[1].stance, 0)))  # first on ties
    return [p for _, p in sorted(kept, key=lambda item: item[0])]


def _both_ways(group: Sequence[Position]) -> bool:
    stances = {p.stance for p in group}
    return "confirms" in stances and bool(stances & _AGAINST)


MIN_STATEMENT_WORDS = 3
_CLOSED_QUOTE_THEN_MORE = re.compile(r"[\"”’]\s*[,.]?\s+\w")
_OPENING_FUNCTION_WORDS = frozenset({"yang", "dan", "atau", "bahwa", "untuk", "dengan", "di", "ke", "dari",
                                     "pada", "on", "that", "and", "or", "to", "of", "in", "for", "with"})


def fragment(statement: str) -> bool:
    """Words cut from a sentence rather than something said (rules above)."""
    words = statement.split()
    if len(words) < MIN_STATEMENT_WORDS:
        return True
    return bool(_CLOSED_QUOTE_THEN_MORE.search(statement)) or words[0] in _OPENING_FUNCTION_WORDS


# The quoted words of a sentence that goes on with its attribution after the closing mark.
_QUOTED_THEN_SAID = re.compile(r"^\W{0,3}(?P<said>[^“”\"]+?)[\s,.!?]*[”\"]\s*[,.]?\s+\w")


def quoted_words(sentence: str) -> str:
    """The sentence without the attribution that follows its quote, when it has one."""
    found = _QUOTED_THEN_SAID.match(sentence.strip())
    said = found.group("said").strip() if found else ""
    return said if len(said.split()) >= MIN_STATEMENT_WORDS else sentence.strip()


def referring_only(statement: str) -> bool:
    return bool(REFERRING.match(statement.strip()))


def lead_sentence(article: Article) -> str | None:
    """The article's first sentence, without the dateline it opens with."""
    if not article.sentences:
        return None
    start, end = article.sentences[0]
    return without_dash_opening(article.body[start:end].strip()) or None
