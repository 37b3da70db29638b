"""Direct quotes: reading the cue and speaker phrase around a stretch between quote marks.

Kept apart from speaker resolution because it looks only at the text around the marks
(where a cue stands, which phrases may name who spoke) and knows nothing of the actors
the article has named; resolution turns the phrases it finds into speakers."""

from __future__ import annotations

import re

from warta.article.actors import words_of
from warta.article.quotemarks import TITLE_NOUNS, Marked
from warta.article.quotes_english import before_participle, only_title, title_stop
from warta.article.quotes_indirect import subject_phrases
from warta.article.quotes_layout import Candidate, Layout, Span, Speaker, speaker_after_cue
from warta.article.speaker_choice import skip_blank_and_marks
from warta.article.speakerphrases import ADJUNCT_START, CONDITIONALS, STOP_AFTER, phrase_after, phrases_before
from warta.article.speechcues import Cue, reduplicated, speech_cues
from warta.article.tokens import fold

# Between a closing mark and the cue: punctuation, and "demikian"/"begitu" ("…" demikian kata X).
_LEAD = re.compile(r"[\s,.!?;:]*(?:(?:demikian|begitu)\s+)?", re.IGNORECASE)
_SENTENCE_PUNCT = re.compile(r"[.!?;:\"“”]")
# A speech verb after the quote with its subject before it ('"…," Peskov menambahkan.')
# may be followed by a short adjunct only; more means a new sentence of its own.
MAX_TAIL_WORDS = 8
# A short quoted stretch (a term in marks) is a quote only with a cue this close before it.
SHORT_QUOTE_WORDS = 3
NEAR_CUE_WORDS = 8
# With no cue at all, a stretch is a quote when it opens its paragraph and has this many
# words, or when it is long on its own; shorter ones are scare quotes and titles.
OPENING_QUOTE_WORDS = 3
LONG_QUOTE_WORDS = 6
# A stretch whose words are mostly capitalised is a title or a name.
TITLE_CASE_SHARE = 0.6


def _word_count(text: str, start: int, end: int) -> int:
    return len(words_of(text, start, end))


def _after(text: str, marked: Marked, layout: Layout) -> tuple[str | None, Speaker] | None:
    """'"…," kata X' / '"…," katanya' / '"…," X menambahkan': attribution after the quote."""
    limit = layout.paragraph_at(marked.mark_end)[1]
    pos = _LEAD.match(text, marked.mark_end, limit)
    start = pos.end() if pos else marked.mark_end
    lex = speech_cues()
    found = lex.regex.match(text, start, limit)
    if found and not reduplicated(text, *found.span()):
        cue = lex.at(found.group())
        if cue is not None and not _opens_next_sentence(text, marked, found.group(), cue):
            # The speaker phrase ends with the cue's sentence ("kata Li. Kemudian …").
            end = min(limit, layout.sentence_at(found.start())[1])
            end = _past_title_abbreviation(text, end, limit, layout)
            speaker = speaker_after_cue(text, cue, found.start(), found.end(), end, marked.mark_start)
            return found.group(), speaker
    if _word_count(text, marked.start, marked.end) < SHORT_QUOTE_WORDS:
        return _subject_then_verb(text, start, limit)
    return (_subject_then_verb(text, start, limit) or _told_outlet(text, start, limit)
            or _demikian(text, marked, layout, limit))


def _opens_next_sentence(text: str, marked: Marked, word: str, cue: Cue) -> bool:
    """'… diplesetkan menjadi “ Anak Kesayangan Presiden . ” Menurut Soemitro , dia …': a name or
    term in marks (title case, or under three words) that ends its sentence is followed by a
    capitalised "menurut" that opens the next sentence with its own content; it does not say who
    spoke the term."""
    ended = text[marked.start:marked.end].rstrip()[-1:] in {".", "!", "?"}
    term = _title_case(text, marked.start, marked.end) or _word_count(text, marked.start, marked.end) < (
        SHORT_QUOTE_WORDS)
    return cue.pattern in {"prep", "clitic-prep"} and ended and term and word[:1].isupper()


# '"…," demikian Presiden Jokowi.' / '"…," demikian keterangan Kemenpan-RB.': "thus (said)" with
# the verb left out; the cue is "demikian" itself.
_DEMIKIAN = re.compile(r"[\s,.]*(demikian|begitu)\s+(?=\w)", re.IGNORECASE)


def _demikian(text: str, marked: Marked, layout: Layout, limit: int) -> tuple[str | None, Speaker] | None:
    found = _DEMIKIAN.match(text, marked.mark_end, limit)
    if found is None:
        return None
    end = min(limit, layout.sentence_at(found.end())[1])
    phrase = phrase_after(text, found.end(), end)
    if phrase is None or not text[phrase[0]].isalpha():
        return None
    first = words_of(text, *phrase)[:1]
    if first and first[0][2] in STOP_AFTER:
        return None  # '". Begitu di klik, …': "as soon as", not "thus (said)"
    return found.group(1), Speaker("phrases", phrase[0], (phrase,))


# A sentence split after a title's abbreviation ("Kombes drg . Raymond", "Pol . Argo"):
# the name after it still belongs to the speaker phrase.
_TITLE_DOT = re.compile(r"(?<![\w.])(?:drg|dr|Dr|Drs|Ir|Prof|Pol|H|Hj|KH|Purn)\s*\.\s*\Z")


def _past_title_abbreviation(text: str, end: int, limit: int, layout: Layout) -> int:
    if end >= limit or not _TITLE_DOT.search(text, max(0, end - 8), end):
        return end
    following = layout.sentence_at(skip_blank_and_marks(text, end, limit))
    return min(limit, following[1]) if text[end:following[0] + 1].strip()[:1].isupper() else end


# '"…," ekonom Saudi Abdul Aziz kepada AFP.': an attribution with its verb left out.
_TOLD_OUTLET = re.compile(r"([^\W\d][^.,;:!?\"“”\n]{1,80}?)\s+kepada\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s*[.,]")


_NOT_TOLD_START = ADJUNCT_START | {"dari", "oleh", "untuk", "ke", "yang", "dan", "atau", "itu", "ini"}


def _told_outlet(text: str, start: int, limit: int) -> tuple[str | None, Speaker] | None:
    found = _TOLD_OUTLET.match(text, start, limit)
    if found is None or _word_count(text, found.start(1), found.end(1)) > MAX_TAIL_WORDS:
        return None
    phrase = found.span(1)
    words = text[phrase[0]:phrase[1]].split()
    if not any(w[0].isupper() for w in words) or fold(words[0]) in _NOT_TOLD_START:
        return None  # a named speaker only, not "dari Presiden kepada Kapolri"
    return None, Speaker("phrases", phrase[0], (phrase,))


# '"…," Todd McClay told reporters after the meeting on the sidelines of the summit.': the one
# spoken to, then adjuncts that open with a preposition, are no new clause however long.
_ADDRESSEES = frozenset({"reporters", "journalists", "wartawan", "media", "parliament", "lawmakers"})
MAX_ADJUNCT_TAIL_WORDS = 16


def _too_long_tail(tail: str) -> bool:
    words = [w[2] for w in words_of(tail, 0, len(tail))]
    if len(words) <= MAX_TAIL_WORDS:
        return False
    rest = words[1:] if words[0] in _ADDRESSEES else words
    adjuncts_only = bool(rest) and rest[0] in ADJUNCT_START and "," not in tail
    return not adjuncts_only or len(words) > MAX_ADJUNCT_TAIL_WORDS


def _subject_then_verb(text: str, start: int, limit: int) -> tuple[str, Speaker] | None:
    lex = speech_cues()
    found = lex.regex.search(text, start, min(limit, start + 120))
    if found is None or any(not title_stop(text, p.start())  # '"…," Mr. Burman said.'
                            for p in _SENTENCE_PUNCT.finditer(text, start, found.start())):
        return None
    cue = lex.at(found.group())
    if cue is None or cue.pattern != "verb":
        return None
    end = _SENTENCE_PUNCT.search(text, found.end(), limit)
    tail_end = end.start() if end else limit
    tail = text[found.end():tail_end]
    own = before_participle(tail)  # "…, adding that …" is an attribution of its own
    if _too_long_tail(own) or re.search(r"\b(bahwa|that)\b", own):
        return None
    spans = [span for span in phrases_before(text, found.start(), start) if not _relative_clause(text, span)]
    if not spans or (spans[0][0] != start and not only_title(text, start, spans[0][0])):
        return None  # only a subject may stand between the quote and its verb
    return found.group(), Speaker("phrases", spans[0][0], tuple(spans))


# '"…," Erick Thohir, who chairs the committee, told reporters': a relative clause set off by
# commas between the subject and its verb says more of the subject; it is not who spoke.
_RELATIVES = frozenset({"who", "whose", "which", "yang"})


def _relative_clause(text: str, span: Span) -> bool:
    first = words_of(text, *span)[:1]
    return bool(first) and first[0][2] in _RELATIVES and text[:span[0]].rstrip().endswith(",")


def _cue_in(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last speech cue in ``text[start:end]`` that can introduce what follows it."""
    lex = speech_cues()
    last = None
    for found in lex.regex.finditer(text, start, end):
        cue = lex.at(found.group())
        if reduplicated(text, *found.span()):
            continue
        if cue is not None and cue.pattern in {"verb", "prep", "clitic-prep", "inverted", "clitic"}:
            last = found
    return last


_LAST_WORD = re.compile(r"(\w+)\W*\Z")


def _conditional_before(text: str, phrase_start: int, floor: int) -> bool:
    """"Jika Puigdemont menjawab "tidak", …": the speech of a condition is no quote."""
    last = _LAST_WORD.search(text, floor, phrase_start)
    return last is not None and fold(last.group(1)) in CONDITIONALS


def _before(text: str, marked: Marked, layout: Layout) -> tuple[str, Speaker] | None:
    """'X mengatakan, "…"' / 'Menurut X, "…"' / 'X menjelaskan:' + a quoted paragraph."""
    s_start = layout.sentence_at(marked.mark_start)[0]
    window = (s_start, marked.mark_start)
    if not text[s_start:marked.mark_start].strip():
        window_found = _colon_window(text, marked, layout)
        if window_found is None:
            return None
        window = window_found
    found = _cue_in(text, *window)
    if found is None:
        return None
    words = _word_count(text, marked.start, marked.end)
    if words < SHORT_QUOTE_WORDS and _word_count(text, found.end(), marked.mark_start) > NEAR_CUE_WORDS:
        return None
    cue = speech_cues().at(found.group())
    if cue is None:
        return None
    if cue.pattern == "verb":
        spans = subject_phrases(text, window[0], found.start())  # "X, yang menyebut …" reads back over "yang"
        if not spans or _conditional_before(text, spans[0][0], window[0]):
            return None
        return found.group(), Speaker("phrases", spans[0][0], tuple(spans))
    speaker = speaker_after_cue(text, cue, found.start(), found.end(), marked.mark_start)
    if speaker.kind == "none":
        return None  # 'kata "pakai"': the noun "kata" (word) before a quoted term
    return found.group(), speaker


def _colon_window(text: str, marked: Marked, layout: Layout) -> Span | None:
    """The sentence before a quote that opens its sentence, when it ends with a colon."""
    before = layout.previous_sentence(marked.mark_start)
    if before is None or not text[before[0]:before[1]].rstrip().endswith(":"):
        return None
    return before


def attribute_marked(text: str, marked: Marked, layout: Layout) -> Candidate | None:
    """The quote a stretch between marks makes, or None for a scare quote or a title."""
    if _listed_title(text, marked) or _named_work(text, marked):
        return None
    found = _after(text, marked, layout)
    if found is None and not _title_case(text, marked.start, marked.end):
        # A cue earlier in the sentence attributes a quoted phrase, not a quoted title
        # ('bintang film "Cinta Dalam Kardus"', 'mengatakan … "Hari Kartini"').
        found = _before(text, marked, layout)
    if found is not None:
        cue, speaker = found
        return Candidate(marked.start, marked.end, True, cue, speaker, marked)
    if _is_speech_without_cue(text, marked, layout):
        speaker = Speaker("none", marked.start, open_ended=not marked.closed)
        return Candidate(marked.start, marked.end, True, None, speaker, marked)
    return None


# A stretch in marks closing just before another ('" Tootsie " dan " Network "', '" Dilan, " " Laskar "').
_AFTER_MARKED = re.compile(r"[\"”’'»]\s*,?\s*(?:(?:dan|serta|atau|and|or)\s+)?\Z")
_LIST_LOOKBACK = 12


def _listed_title(text: str, marked: Marked) -> bool:
    """A short name in marks listed right after another stretch in marks is a work's title in a list
    ('film seperti " Dilan " dan " Laskar ", demikian menurut …'), whatever cue follows the list."""
    words = _word_count(text, marked.start, marked.end)
    if words >= SHORT_QUOTE_WORDS or not _title_case(text, marked.start, marked.end):
        return False
    if text[marked.end - 1] in ".!?":
        return False  # '"Siap!" "Siap!" teriak …': a cry repeated, not a title
    before = text[max(0, marked.mark_start - _LIST_LOOKBACK):marked.mark_start]
    return _AFTER_MARKED.search(before) is not None


# The most words a work's title in marks after "lagu", "film", "album" … may have.
MAX_WORK_TITLE_WORDS = 5


def _named_work(text: str, marked: Marked) -> bool:
    """A short title-case name in marks right after a word that introduces a work ("pelantun lagu
    'Terserah' itu belum mau membeberkan …", 'film "Hujan Pagi" karya …') is that work's title,
    whatever speech verb the sentence goes on to."""
    if _word_count(text, marked.start, marked.end) > MAX_WORK_TITLE_WORDS or not _title_case(
            text, marked.start, marked.end):
        return False
    if text[marked.end - 1] in ".!?":
        return False  # a sentence in marks is speech, whatever stands before it
    before = text[:marked.mark_start].split()
    return bool(before) and fold(before[-1]) in TITLE_NOUNS


def _is_speech_without_cue(text: str, marked: Marked, layout: Layout) -> bool:
    words = _word_count(text, marked.start, marked.end)
    if _title_case(text, marked.start, marked.end):
        return False  # "ONE OK ROCK Ambitions Asia Tour 2018": a name or a title, not speech
    if not (marked.opened and marked.closed):
        return words >= OPENING_QUOTE_WORDS  # broken marks: scraped speech, not a styled term
    opens_paragraph = not text[layout.paragraph_at(marked.mark_start)[0]:marked.mark_start].strip()
    return ((opens_paragraph or _quoted_sentence(text, marked)) and words >= OPENING_QUOTE_WORDS) \
        or words >= LONG_QUOTE_WORDS


def _quoted_sentence(text: str, marked: Marked) -> bool:
    """'"…," ucap Bambang. "Semua kapal tetap di lokasi."': a whole sentence in marks, standing
    after another sentence, is speech, however short (a scare term is no sentence)."""
    before = text[:marked.mark_start].rstrip()
    return (bool(before) and before[-1] in ".!?" and text[marked.start].isupper()
            and text[marked.end - 1] in ".!?")


def _title_case(text: str, start: int, end: int) -> bool:
    words = [w for w in words_of(text, start, end) if w[2].isalpha()]
    capitalised = sum(1 for w in words if text[w[0]].isupper())
    return bool(words) and capitalised >= TITLE_CASE_SHARE * len(words)
