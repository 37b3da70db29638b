"""Stage ``quotes``: who said what, direct and reported.

Reading goes in two passes. The first finds candidates: stretches between quote marks
(``quotemarks.py``) with the cue and speaker phrase around them (``quotes_speaker.py``),
and reported speech introduced by a cue from ``resources/speech_cues.tsv`` outside any
marks ("X mengatakan bahwa …", "menurut X, …", "…, kata X."; ``quotes_indirect.py``), a
statement named before its content ("Dalam keterangan pers yang disampaikan oleh X, …";
``quotes_statement.py``) and attributions that point back to a cue-less sentence ("Hal
tersebut dikatakan X"; ``quotes_pointback.py``). The second resolves the speakers in text order with
:class:`warta.article.actors.ActorTracker`, so "katanya", "ia" and "pejabat itu" take the
actor they continue; a quote with no cue of its own continues the speaker of the quote
just before it, and a paragraph left open takes the speaker of the one that continues it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from warta.article.actors import FIRST_PERSON, ActorTracker, MentionIndex
from warta.article.lexicon import lexicon
from warta.article.quotemarks import Marked, marked_spans
from warta.article.quotes_english import english_spans, english_text
from warta.article.quotes_english_headlines import headline_candidates
from warta.article.quotes_indirect import indirect_candidates, opinion_holders
from warta.article.quotes_layout import Candidate, Layout
from warta.article.quotes_pointback import point_back
from warta.article.quotes_speaker import attribute_marked, lone_pronoun, resolve
from warta.article.quotes_statement import statement_openers
from warta.article.speaker_names import (
    surname_as_written,
    without_body_named_alone,
    without_glued_body,
    without_hashtag_word,
    without_hyphen_tail,
)
from warta.article.speakerphrases import ADVERBS
from warta.article.speechcues import speech_cues
from warta.article.tokens import fold
from warta.document import Doc
from warta.models import ActorRef, Entity, Quote
from warta.options import Options
from warta.pipeline import article_stage

# A run of quotes by one speaker: a quote with no cue continues the quote before it when
# the gap between them is at most this many characters.
CONTINUATION_GAP = 400
# Heads of descriptions that name a text, not a speaker; reported "speech" of these is no quote.
NOT_SPEAKERS = frozenset({"kabar", "isu", "berita", "hasil", "putusan", "keputusan", "data", "dokumen",
                          "undang-undang", "peraturan", "aturan", "survei", "studi", "penelitian", "angka",
                          "grafik", "tabel", "rumor", "kabarnya", "pasal", "ayat", "ketentuan", "klausul",
                          "statistik", "catatan", "klaim",
                          # views held by nobody named ("adanya pendapat yang menyatakan …")
                          "pendapat", "anggapan", "opini", "wacana", "asumsi", "spekulasi", "gosip",
                          # events and states of affairs say nothing ("kasus itu menjelaskan …")
                          "kasus", "perkara", "insiden", "peristiwa", "kejadian", "fenomena", "kondisi",
                          "situasi",
                          "siapa"})  # "Siapa bilang …?": a rhetorical question, nobody's words
# Words before the head of such a description: "ada pula pasal yang menyebutkan …" is a clause of
# a law ("ada", "terdapat": there is), not someone who speaks.
# "Sebuah penelitian mengungkapkan": a determiner before the head changes nothing.
_EXISTENTIAL = frozenset({"ada", "adanya", "terdapat", "sebuah", "suatu", "salah", "satu", "sejumlah",
                          "beberapa"}) | ADVERBS


def _head(words: list[str]) -> str:
    """The first word of a description past an existential "ada (pula)", folded ("" if none)."""
    folded = [fold(w) for w in words]
    while folded and folded[0] in _EXISTENTIAL:
        folded.pop(0)
    return folded[0] if folded else ""


def _continue_runs(candidates: list[Candidate], speakers: list[ActorRef], layout: Layout) -> None:
    """Quotes with no speaker of their own take their neighbour's in a run of quotes."""
    unknown = ActorRef()
    for i in range(len(candidates) - 2, -1, -1):
        here, nxt = candidates[i], candidates[i + 1]
        if (here.marked is not None and not here.marked.closed and speakers[i] == unknown and nxt.direct
                and layout.paragraph_index(nxt.start) == layout.paragraph_index(here.start) + 1):
            speakers[i] = speakers[i + 1]
    for i in range(len(candidates) - 1):
        if _leads_into_cued_quote(candidates, speakers, layout, i):
            speakers[i] = speakers[i + 1]
    for i in range(1, len(candidates)):
        here, previous = candidates[i], candidates[i - 1]
        if (here.direct and here.speaker.kind == "none" and speakers[i] == unknown
                and here.start - previous.end <= CONTINUATION_GAP):
            speakers[i] = speakers[i - 1]


# Words that keep a role unnamed on purpose ("seorang pejabat yang enggan disebut namanya"), point
# back to one told before ("pemilik kendaraan tersebut") or name by initials ("berinisial DR").
_ANONYMOUS = frozenset({"seorang", "sumber", "yang", "para", "sejumlah", "beberapa", "salah", "tersebut",
                        "itu", "ini", "berinisial", "bernama", "inisial"})


def _unnamed_role(actor: ActorRef) -> bool:
    """Is ``actor`` a post with no name ("juru bicara senior pemerintah", "wakil duta besar …")?"""
    words = [fold(w) for w in (actor.description or "").split()]
    return (actor.entity is None and len(words) >= 2 and words[0] in lexicon().role_longest
            and not any(w in _ANONYMOUS for w in words))


def _next_paragraph_speaker(candidates: list[Candidate], layout: Layout, i: int) -> int | None:
    """Index of the first quote of the paragraph right after quote ``i``'s, when its cue names a speaker."""
    paragraph = layout.paragraph_index(candidates[i].start)
    for j in range(i + 1, len(candidates)):
        here = layout.paragraph_index(candidates[j].start)
        if candidates[j].mention_only or here == paragraph:
            continue
        return j if here == paragraph + 1 and candidates[j].speaker.kind == "phrases" else None
    return None


def _roles_named_next(candidates: list[Candidate], speakers: list[ActorRef], layout: Layout,
                      tracker: ActorTracker) -> None:
    """"…, kata juru bicara senior pemerintah, Jumat." then, opening the next paragraph,
    "Kepala Sekretaris Kabinet Yoshihide Suga mengatakan …": wire copy says who spoke by post
    first and names him in the paragraph after; the post's quotes are that person's."""
    for i, speaker in enumerate(speakers):
        j = _next_paragraph_speaker(candidates, layout, i) if _unnamed_role(speaker) else None
        named = speakers[j].entity if j is not None else None
        entity = tracker.index.by_id.get(named) if named else None
        if entity is not None and entity.type == "PERSON":
            speakers[i] = ActorRef(entity=entity.id, name=entity.name, description=speaker.description)


def _leads_into_cued_quote(candidates: list[Candidate], speakers: list[ActorRef], layout: Layout,
                           i: int) -> bool:
    """A quote paragraph with no cue followed by a quote paragraph whose cue names its speaker
    ('"…"' then '"…," ujar Lorenzo.'): news splits one person's words so, and the cue after them
    is theirs, not the last person the text named ("… kesalahan Rossi"), unless the speech just
    before the quote is someone else's (then the quote may go on from that speaker)."""
    here, following = candidates[i], candidates[i + 1]
    paragraph = layout.paragraph_index(here.start)
    if not (here.direct and here.speaker.kind == "none" and here.cue is None and following.direct
            and following.cue is not None and speakers[i + 1].entity is not None
            and layout.paragraph_index(following.start) == paragraph + 1):
        return False
    if i == 0:
        return True
    previous = candidates[i - 1]
    continues = layout.paragraph_index(previous.end) >= paragraph - 1 and speakers[i - 1] != ActorRef()
    return not continues or speakers[i - 1] == speakers[i + 1]


def _speaks(actor: ActorRef) -> bool:
    """Reported speech needs someone who speaks: not nobody, and not a document or a rumour
    ("hasil jajak pendapat yang menyatakan …", "kabar yang menyebutkan …")."""
    if actor.entity is not None or actor.name:
        return True  # a name the entity layer has no entity for speaks too ("American Cancer Society")
    head = _head((actor.description or "").split())
    return bool(head) and head not in NOT_SPEAKERS


# A law's own words in marks ('Pasal 7 UU Pemilu menyebutkan "…"') are cited, not said or written by
# anyone in the news.
_LEGAL_TEXTS = frozenset({"pasal", "ayat", "undang-undang", "uu", "peraturan", "ketentuan", "klausul",
                          "perppu", "perpres", "permen", "perda"})


def _legal_text(actor: ActorRef) -> bool:
    return actor.entity is None and _head((actor.description or "").split()) in _LEGAL_TEXTS


def _nested(inner: Candidate, outer: Candidate) -> bool:
    """Reported speech inside reported speech ("X mengatakan, menurut Y, …"): the inner quote,
    with its speaker named inside the outer content, stands too (the guideline gives Y the
    innermost content and X the whole)."""
    return (not inner.direct and not outer.direct and outer.start <= inner.speaker.pos < outer.end
            and outer.start <= inner.start and inner.end <= outer.end and inner.speaker.kind == "phrases")


def _by_pronoun(text: str, candidate: Candidate) -> bool:
    """Reported speech of "dia"/"katanya" is a quote even when no one in the text is who the
    pronoun means (a truncated opening): its speaker stays unknown."""
    speaker = candidate.speaker
    lone = len(speaker.spans) == 1 and lone_pronoun(text, speaker.spans[0]) is not None
    return speaker.kind == "pronoun" or lone


# A mark left open whose words soon say who is being reported ('"Tetapi menurut Andy Lipow,
# …' never closed) is a stray mark before reported speech, not a quote.
STRAY_REACH_WORDS = 4
_WORDS = re.compile(r"\w+")


def _stray_opening(text: str, marked: Marked) -> bool:
    if marked.closed or not marked.opened:
        return False
    words = [fold(w.group()) for w in _WORDS.finditer(text, marked.start, marked.end)][:STRAY_REACH_WORDS + 1]
    for here, following in pairwise(words):
        cue = speech_cues().at(here)
        if cue is not None and cue.pattern == "prep" and following not in FIRST_PERSON:
            return True  # "menurut saya, …" opens a real quote; "menurut Lipow, …" reports one
    return False


def _documentary(text: str, candidate: Candidate, mentions: MentionIndex) -> bool:
    """Is every speaker phrase of a reported-speech candidate a text with no author named in
    it ("isu yang menyebutkan …", but not "survei Bloomberg menyebutkan …")?"""
    spans = candidate.speaker.spans
    return bool(spans) and all(
        _head(text[a:b].split()) in NOT_SPEAKERS and not mentions.within(a, b) for a, b in spans)


def _before_reported(sentences: list[tuple[int, int]], reported: list[Candidate]) -> list[tuple[int, int]]:
    """The sentences whose subjects the tracker may take, cut where reported content begins:
    in "Menurut Faizal, Rizieq berhak …" Rizieq is the subject of what Faizal says, and a later
    "kata dia" goes on from Faizal, as it would after a quote in marks."""
    # Only content whose speaker stands before it: in "Sharapova mundur …, kata juara 2011 itu" the
    # speaker named after the content may be the content's own subject.
    after_speaker = [c for c in reported if c.speaker.pos < c.start]
    kept: list[tuple[int, int]] = []
    for start, end in sentences:
        if any(c.start <= start < c.end for c in after_speaker):
            continue  # the sentence is reported content from its start
        cut = min((c.start for c in after_speaker if start < c.start < end), default=end)
        kept.append((start, cut))
    return kept


def _name_without_glued_words(speaker: ActorRef, tracker: ActorTracker) -> ActorRef:
    """The speaker's name without words the entity layer glued to it: a body's acronym, a
    hyphenated company's tail, a hashtag, a company named alone before; a surname after a title
    with no given name written stays as written (speaker_names.py)."""
    for unglue in (without_glued_body, without_hyphen_tail, without_hashtag_word, without_body_named_alone,
                   surname_as_written):
        speaker = unglue(speaker, tracker)
    return speaker


def find_quotes(text: str, sentences: Sequence[Sequence[int]], entities: list[Entity],
                article_id: str = "a1") -> list[Quote]:
    """Direct and reported quotes of ``text`` with their speakers, in text order; offsets
    cover the quoted words without the marks."""
    layout = Layout(text, sorted((s[0], s[1]) for s in sentences))
    marked = [m for m in marked_spans(text) if not _stray_opening(text, m)]
    # What a quote says about others ("Jadi Pak Kapolda ...") does not make them the subject
    # that a later "ujarnya" refers to.
    outside = [s for s in layout.sentences if not any(m.mark_start <= s[0] < m.mark_end for m in marked)]
    indirect = indirect_candidates(text, layout, marked, MentionIndex(entities, article_id))
    tracker = ActorTracker(text, entities, article_id, _before_reported(outside, indirect))
    direct = [c for m in marked if (c := attribute_marked(text, m, layout)) is not None]
    # Reported "speech" of a rumour or a document is dropped before speakers are read, so
    # that a later "katanya" cannot take the rumour as its speaker.
    indirect = [c for c in indirect if not _documentary(text, c, tracker.index)]
    holders = opinion_holders(text, layout, marked, tracker.index)
    statements = statement_openers(text, layout, marked)
    headline = headline_candidates(text, tracker.index) if english_text(text) else []
    read = sorted(direct + indirect + statements + holders + headline, key=lambda c: c.start)
    candidates = point_back(text, layout, marked, read)
    speakers = resolve(candidates, tracker)
    _continue_runs(candidates, speakers, layout)
    _roles_named_next(candidates, speakers, layout, tracker)
    kept: list[tuple[Candidate, ActorRef]] = []
    for candidate, speaker in zip(candidates, speakers, strict=True):
        cited = candidate.direct and _legal_text(speaker)
        speech = (candidate.direct and not cited) or _speaks(speaker) or _by_pronoun(text, candidate)
        if candidate.mention_only or not speech:
            continue
        if kept and candidate.start < kept[-1][0].end and not (
                _nested(candidate, kept[-1][0]) and speaker not in (kept[-1][1], ActorRef())):
            continue  # "Selain menyebut …, KPK juga menyebut …": one quote per stretch of text
        kept.append((candidate, speaker))
    found = [
        Quote(id=f"{article_id}-q{n}", article=article_id, start=c.start, end=c.end,
              text=text[c.start:c.end], direct=c.direct, cue=c.cue,
              speaker=_name_without_glued_words(speaker, tracker))
        for n, (c, speaker) in enumerate(kept, start=1)
    ]
    # English news frames what was said around its attribution clause (quotes_english.py).
    return english_spans(text, sentences, found) if english_text(text) else found


@article_stage("quotes", requires={"sentences", "canonical"}, provides={"quotes"})
def quotes(doc: Doc, options: Options) -> None:
    article = doc.article
    doc.quotes = find_quotes(article.body, article.sentences, doc.entities, article.id)
