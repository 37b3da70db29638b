"""Attribution pointing back: a sentence that names who said the sentence before it.

    Banjir di Sukamaju sudah surut sejak Senin pagi. Hal tersebut dikatakan Kepala BPBD Budi.
    → "Banjir di Sukamaju sudah surut sejak Senin pagi": an indirect quote of Budi, cue "dikatakan"

News writes the content first and the attribution after it ("Hal itu disampaikan X",
"Demikian dikatakan X", "Hal ini diungkapkan oleh X", "Pernyataan itu disampaikan X"). The
sentence before holds the quote only when it has no cue of its own: then the whole sentence,
without its dateline and final period, is what X said. A quote between marks with no cue
before such a sentence takes X and the cue too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from warta.article.actors import words_of
from warta.article.quotemarks import Marked
from warta.article.quotes_indirect import MIN_CONTENT_WORDS, past_dateline
from warta.article.quotes_layout import Candidate, Layout, Span, Speaker
from warta.article.speakerphrases import phrase_after, phrases_before
from warta.article.speechcues import speech_cues

# "Hal tersebut (juga) dikatakan(nya) (oleh) X": a noun of saying with a demonstrative, or
# "Demikian"/"Begitu", then a passive verb of saying. Only at the start of a sentence.
_POINTER = re.compile(
    r"(?:(?:hal|pernyataan|keterangan|penjelasan|informasi|prediksi|perkiraan|ucapan|ungkapan|penegasan"
    r"|pengakuan|imbauan|kabar|klaim)\s+(?:tersebut|itu|ini)\s*,?|demikian|begitu)"
    r"(?:\s+(?:juga|pun|pula|sebelumnya|kembali|telah|sudah|antara\s+lain))*"
    r"\s+(di(?:katakan|sampaikan|ungkapkan|jelaskan|tegaskan|tuturkan|sebutkan|nyatakan|utarakan|kemukakan"
    r"|terangkan|paparkan|ucapkan|akui|beberkan|tandaskan|informasikan|ceritakan|kisahkan|tuliskan))"
    r"(nya)?(?![\w-])",
    re.IGNORECASE,
)
# An adverb may stand between the verb and its agent ("disampaikan langsung oleh X").
_OLEH = re.compile(r"\s+(?:(?:langsung|juga|pula|sendiri|pun)\s+)?oleh(?![\w-])", re.IGNORECASE)
# A me-verb after the speaker's name starts a clause of its own ("Hal itu disampaikan Budi
# menanggapi …"): the speaker phrase ends before it.
_CLAUSE_VERB = re.compile(r"\s(?:me[mn]g?|meny|ber)[a-z]{3,}(?![\w-])")
# The sentence pointed back to ends as a statement does (a Kompas headline has no period).
_STATEMENT_END = re.compile(r"[.!?][\s\"”’'»]*\Z")


def _speaker(text: str, found: re.Match[str], end: int, anchor: int) -> Speaker | None:
    """Who the pointer names: "dikatakannya" refers back from the content; else the phrase after
    the verb (and "oleh"), cut before a clause of its own."""
    if found.group(2):
        return Speaker("pronoun", anchor)
    oleh = _OLEH.match(text, found.end(), end)
    phrase = phrase_after(text, oleh.end() if oleh else found.end(), end)
    if phrase is None:
        return None
    verb = _CLAUSE_VERB.search(text, phrase[0], phrase[1])
    if verb is not None:
        phrase = (phrase[0], verb.start())
    if phrase[1] <= phrase[0]:
        return None
    spans = [phrase]
    comma = _APPOSITION_COMMA.match(text, phrase[1], end)
    extra = phrase_after(text, comma.end(), end) if comma and verb is None else None
    if extra is not None:
        spans.append(extra)  # "diungkapkan oleh Deputi Bidang …, Ridwan Djamaludin, usai …": the name
    return Speaker("phrases", phrase[0], tuple(spans))


_APPOSITION_COMMA = re.compile(r"\s*,\s*")


# The active form: "Budi menyampaikan hal itu di Jember" (the subject said "that").
_ACTIVE_THAT = re.compile(r"\s+(?:hal|pernyataan|keterangan)\s+(?:itu|tersebut|ini)(?![\w-])", re.IGNORECASE)
# After "hal itu" only an adjunct or the sentence end may follow: "mengatakan hal ini penting"
# reports a clause of its own.
_AFTER_THAT = re.compile(r"\s*(?:[,.;:!?]|\Z|(?:di|saat|ketika|kepada|dalam|usai|seusai|pada|sebelum|setelah"
                         r"|kemarin|melalui|lewat|dengan|sambil|seraya|menjawab|menanggapi|terkait)(?![\w-]))",
                         re.IGNORECASE)


def _active_pointer(text: str, sentence: Span) -> tuple[str, Speaker] | None:
    """"Budi menyampaikan hal tersebut …": a speech verb whose object is "hal itu", with the
    verb's subject opening the sentence."""
    lex = speech_cues()
    for found in lex.regex.finditer(text, *sentence):
        cue = lex.at(found.group())
        that = _ACTIVE_THAT.match(text, found.end(), sentence[1]) if cue is not None else None
        if cue is None or cue.pattern != "verb" or that is None:
            continue
        if not _AFTER_THAT.match(text, that.end(), sentence[1]):
            continue  # "mengatakan hal ini penting": a clause of its own, not "said that"
        spans = phrases_before(text, found.start(), sentence[0])
        if not spans or text[sentence[0]:spans[0][0]].strip():
            return None
        return found.group(), Speaker("phrases", spans[0][0], tuple(spans))
    return None


def _pointer(text: str, sentence: Span, anchor: int) -> tuple[str, Speaker] | None:
    """The cue and speaker of a sentence that attributes the one before it, if it does."""
    found = _POINTER.match(text, *sentence)
    if found is None:
        return _active_pointer(text, sentence)
    speaker = _speaker(text, found, sentence[1], anchor)
    return (found.group(1) + (found.group(2) or ""), speaker) if speaker is not None else None


def _has_cue(text: str, sentence: Span, marked: list[Marked]) -> bool:
    """Does a speech cue stand in the sentence outside quote marks?"""
    for found in speech_cues().regex.finditer(text, *sentence):
        if not any(m.mark_start <= found.start() < m.mark_end for m in marked):
            return True
    return False


def _content(text: str, sentence: Span) -> Span | None:
    start = past_dateline(text, sentence[0], sentence[1])
    end = sentence[1]
    while end > start and (text[end - 1].isspace() or text[end - 1] in "."):
        end -= 1
    return (start, end) if len(words_of(text, start, end)) >= MIN_CONTENT_WORDS else None


def _pointed(text: str, layout: Layout, sentence: Span, marked: list[Marked]) -> Span | None:
    """The sentence before ``sentence``, when it is a cue-less statement."""
    before = layout.previous_sentence(sentence[0])
    if before is None or text[before[1]:sentence[0]].strip():
        return None
    if not _STATEMENT_END.search(text[before[0]:before[1]].rstrip()) or _has_cue(text, before, marked):
        return None
    return before


def _overlapping(candidates: list[Candidate], span: Span) -> list[int]:
    return [i for i, c in enumerate(candidates)
            if not c.mention_only and c.start < span[1] and span[0] < c.end]


# "Hal senada diungkapkan X.": X said something like it; not a quote of the sentence before, but
# X is who a following "Menurutnya" means.
_SIMILAR = re.compile(
    r"(?:hal|pendapat|pernyataan|penilaian|sikap)\s+(?:senada|serupa|yang\s+sama)(?:\s+(?:juga|pun|pula))*"
    r"\s+(di(?:katakan|sampaikan|ungkapkan|utarakan|kemukakan|tegaskan|nyatakan))(nya)?(?![\w-])",
    re.IGNORECASE,
)


def _similar_views(text: str, layout: Layout) -> list[Candidate]:
    """Speakers of "Hal senada diungkapkan X" sentences, remembered as actors only."""
    found: list[Candidate] = []
    for sentence in layout.sentences:
        similar = _SIMILAR.match(text, *sentence)
        speaker = _speaker(text, similar, sentence[1], sentence[0]) if similar else None
        if similar is not None and speaker is not None and speaker.kind == "phrases":
            found.append(Candidate(similar.start(), similar.start(), False, None, speaker, mention_only=True))
    return found


# "Rencana itu sebelumnya disebutkan oleh Menteri X.": a passive verb of saying with its agent
# after "oleh" names who spoke, though what was said is not given; a later "ia menegaskan" means X.
_PASSIVE_AGENT = re.compile(
    r"(?<![\w-])(di(?:katakan|sampaikan|ungkapkan|sebutkan|utarakan|kemukakan|tegaskan|nyatakan|jelaskan"
    r"|umumkan))()(?=\s+oleh(?![\w-]))",
    re.IGNORECASE,
)


def _passive_agents(text: str, layout: Layout, marked: list[Marked]) -> list[Candidate]:
    """Agents of passive verbs of saying outside quote marks, remembered as actors only."""
    found: list[Candidate] = []
    for sentence in layout.sentences:
        if _POINTER.match(text, *sentence) or _SIMILAR.match(text, *sentence):
            continue  # read as a pointer or a similar view already
        for agent in _PASSIVE_AGENT.finditer(text, *sentence):
            if any(m.mark_start <= agent.start() < m.mark_end for m in marked):
                continue
            speaker = _speaker(text, agent, sentence[1], sentence[0])
            if speaker is not None:
                found.append(Candidate(agent.start(), agent.start(), False, None, speaker, mention_only=True))
    return found


def point_back(text: str, layout: Layout, marked: list[Marked],
               candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the attributions that point back applied: new indirect quotes for
    cue-less sentences, speakers and cues for cue-less direct quotes before the pointer."""
    result = list(candidates) + _similar_views(text, layout) + _passive_agents(text, layout, marked)
    for sentence in layout.sentences:
        if not (_POINTER.match(text, *sentence) or _ACTIVE_THAT.search(text, *sentence)):
            continue  # the cheap test first: most sentences point nowhere
        before = _pointed(text, layout, sentence, marked)
        pointer = _pointer(text, sentence, before[0]) if before is not None else None
        if pointer is None or before is None:
            continue
        cue, speaker = pointer
        inside = _overlapping(result, before)
        if not inside:
            content = _content(text, before)
            if content is not None and not any(m.mark_start < content[1] and content[0] < m.mark_end
                                               for m in marked):
                result.append(Candidate(content[0], content[1], False, cue, speaker))
            continue
        for i in inside:
            if result[i].direct and result[i].speaker.kind == "none":
                result[i] = replace(result[i], cue=cue, speaker=speaker)
    return sorted(result, key=lambda c: c.start)
