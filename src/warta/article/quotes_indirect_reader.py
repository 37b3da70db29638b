"""Reported-speech candidates read at one speech cue, by the cue's pattern: after a verb, after
"menurut", or before an inverted cue (", kata X").
"""

from __future__ import annotations

import bisect
import re

from warta.article.actors import MentionIndex, words_of
from warta.article.quotemarks import Marked
from warta.article.quotes_english import (
    english_text,
    inverted_attribution,
    main_clause_subject,
    participle_after_comma,
)
from warta.article.quotes_indirect_clauses import (
    VERB_RE,
    WORD_RE,
    adjunct_at,
    clause_at,
    clause_follows,
    closing_verb,
    first_comma,
    first_word,
    noun_phrase_only,
    opening_adjunct,
    predicate_at,
    skip_blank,
    topic_first,
)
from warta.article.quotes_indirect_content import (
    MIN_CONTENT_WORDS,
    content_after_verb,
    content_end,
    past_dateline,
    pointer_only,
    source_note,
    speech_of_subject,
)
from warta.article.quotes_indirect_cues import negated_verb
from warta.article.quotes_indirect_speakers import (
    LONE_PRONOUNS,
    closing_name,
    name_only,
    past_opening_attribution,
    plausible_speaker,
    relayed_subject,
    subject_phrases,
    unnamed_to_comma,
)
from warta.article.quotes_layout import Candidate, Layout, Span, Speaker, speaker_after_cue
from warta.article.speakerphrases import phrases_before
from warta.article.speechcues import Cue, speech_cues
from warta.article.tokens import fold

MIN_BEFORE_CUE_WORDS = 3
_CLOSING_MARKS = "\"”’'»�"
# Words that leave the clause before "menurut X" unfinished ("operasi militer, yang menurut …").
OPEN_ENDED = frozenset({"yang", "dan", "atau", "bahwa", "karena", "sehingga", "agar", "jika", "kalau"})
# Words that front a clause of saying before the main clause's subject ("Setelah menyatakan …, X …",
# "Selesai bertanya pada Y, X …").
FRONTING = frozenset({"setelah", "usai", "seusai", "sebelum", "selain", "sambil", "seraya", "sesudah",
                      "selesai", "sehabis"})
APPOSED_NAME_CHARS = 60
_APPOSED_COMMA = re.compile(r"\s*,")
# "menurut (laporan) seorang sumber kepada The Sun, …": to whom the words were said belongs to the
# attribution, up to the comma that opens the content.
_RECIPIENT = re.compile(r"kepada(?:\s+[^\s,.;:!?\"“”]+){1,4}\s*(?=,)", re.IGNORECASE)
# "…, demikian dikatakan sumber X." / "…, demikian kata X.": "thus" between the comma and the cue.
_THUS_BEFORE_CUE = re.compile(r",\s*(?:demikian|begitu)$", re.IGNORECASE)


class Reader:
    """Reads the reported-speech candidate at each speech cue of one text, by the cue's pattern."""

    def __init__(self, text: str, layout: Layout, marked: list[Marked], mentions: MentionIndex) -> None:
        self.text = text
        self.mentions = mentions
        self.layout = layout
        self.marked = marked
        self.mark_starts = [m.mark_start for m in marked]
        # English reported speech often quotes a phrase of what was said ('said the plan was "dead"'):
        # there a stretch in marks inside the content does not end it (quotes_english.py).
        self.english = english_text(text)
        self.marks_stop_content = not self.english

    def in_marks(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap a stretch between quote marks (or its marks)?"""
        # Stretches are in order and do not overlap: only the last one starting before
        # ``end`` can reach into the span.
        i = bisect.bisect_left(self.mark_starts, end) - 1
        return i >= 0 and self.marked[i].mark_end > start

    def candidate(self, found: re.Match[str], cue: Cue) -> Candidate | None:
        sentence = self.layout.sentence_at(found.start())
        if cue.pattern == "verb":
            return self.after_verb(found, cue, sentence)
        if cue.pattern in {"prep", "clitic-prep"}:
            return self.according_to(found, cue, sentence)
        return self.before_cue(found, cue, sentence)

    def _made(self, start: int, end: int, cue: str, speaker: Speaker) -> Candidate | None:
        text = self.text
        start = past_dateline(text, start, end)
        if end <= start or len(words_of(text, start, end)) < MIN_CONTENT_WORDS:
            return None
        if self.marks_stop_content and self.in_marks(start, end):
            return None
        if pointer_only(text, start, end):
            return None
        if text[start] in _CLOSING_MARKS or text[start] in "“„«‘":
            return None
        return Candidate(start, end, False, cue, speaker)

    def after_verb(self, found: re.Match[str], cue: Cue, sentence: Span) -> Candidate | None:
        text, (s0, s1) = self.text, sentence
        if negated_verb(text, s0, found.start()):
            return None
        inverted = inverted_attribution(text, found.span(), sentence) if self.english else None
        if inverted is not None:  # "…, said Carl Ober, the head of the union."
            content, speaker = inverted
            return self._made(*content, found.group(), Speaker("phrases", speaker[0], (speaker,)))
        s0 = past_opening_attribution(text, s0, found.start())
        spans = subject_phrases(text, s0, found.start())
        if self.english and participle_after_comma(text, found.span()):
            # "Stumpf tried to make the case that …, explaining …": the main clause's subject speaks.
            named = [m for m in self.mentions.within(s0, found.start()) if m.entity.type in {"PERSON", "ORG"}]
            subject = main_clause_subject(text, s0, found.start())
            spans = [(named[0].start, named[0].end)] if named else [subject] if subject else spans
        if not spans or fold(text[spans[0][0]:spans[0][1]]) in FRONTING:
            return self.fronted(found, cue, sentence)
        start = content_after_verb(text, found.end(), s1, cue)
        if start is None:
            # "Kim memesan lebih banyak mesin roket, media pemerintah melaporkan pada Rabu, …":
            # the subject and its verb follow what was reported.
            before = text[s0:spans[0][0]].rstrip()
            if (before.endswith(",") and len(words_of(before, 0, len(before))) >= MIN_BEFORE_CUE_WORDS
                    and closing_verb(text, found, s1)):
                return self._made(s0, s0 + len(before[:-1].rstrip()), found.group(),
                                  Speaker("phrases", spans[0][0], tuple(spans)))
            return None
        end = content_end(text, start, s1)
        return self._made(start, end, found.group(), Speaker("phrases", spans[0][0], tuple(spans)))

    def caused(self, found: re.Match[str], cue: Cue, speaker: Span) -> Candidate | None:
        """"… yang mendorong X untuk mengatakan bahwa …": X's words after the verb."""
        s1 = self.layout.sentence_at(found.start())[1]
        start = content_after_verb(self.text, found.end(), s1, cue)
        if start is None:
            return None
        end = content_end(self.text, start, s1)
        return self._made(start, end, found.group(), Speaker("phrases", speaker[0], (speaker,)))

    def fronted(self, found: re.Match[str], cue: Cue, sentence: Span) -> Candidate | None:
        """"Setelah menyatakan akan banding, kuasa hukum X, Aldwin, mengonfirmasi …": a clause of
        saying fronted with "setelah"/"usai" has the main clause's subject as its speaker."""
        text, (s0, s1) = self.text, sentence
        opener = WORD_RE.search(text, s0, found.start())
        if opener is None or fold(opener.group()) not in FRONTING or text[opener.end():found.start()].strip():
            return None
        comma = first_comma(text, found.end(), s1)
        first = first_word(text, found.end(), s1)
        if comma < 0 or first is None:
            return None
        if fold(first.group()) not in {"bahwa", "that"} and not clause_at(text, first.start(), comma):
            return None  # "Selain menyebut seluruh tersangka, …": a noun phrase, not what was said
        main_verb = VERB_RE.search(text.lower(), comma + 1, s1)
        spans = phrases_before(text, main_verb.start(), comma + 1) if main_verb else []
        if not spans:
            return None
        start = content_after_verb(text, found.end(), comma, cue)
        if start is None:
            return None
        end = content_end(text, start, comma)
        return self._made(start, end, found.group(), Speaker("phrases", spans[0][0], tuple(spans)))

    def subject_only(self, found: re.Match[str], cue: Cue) -> Candidate | None:
        """The subject of a speech verb that reports no clause ("Hendra membantah kliennya
        menjual senjata"), remembered as an actor only: a later "ia" most likely means them."""
        if cue.pattern != "verb":
            return None
        s0 = self.layout.sentence_at(found.start())[0]
        spans = [span for span in subject_phrases(self.text, s0, found.start())
                 if any(m.entity.type == "PERSON" for m in self.mentions.within(*span))]
        if not spans or negated_verb(self.text, s0, found.start()):
            return None  # only a named person: "belum bisa memastikan" has no subject to keep
        speaker = Speaker("phrases", spans[0][0], tuple(spans))
        return Candidate(found.start(), found.start(), False, None, speaker, mention_only=True)

    def _apposed_name(self, start: int, end: int) -> tuple[int, int] | None:
        """(end of the name, start of what follows) when a person's name, with at most a rank
        before it, stands between ``start`` and a comma."""
        text = self.text
        for mention in self.mentions.within(start, min(end, start + APPOSED_NAME_CHARS)):
            if mention.entity.type != "PERSON" or mention.start < start:
                continue
            rank = text[start:mention.start].split()
            comma = _APPOSED_COMMA.match(text, mention.end, end)
            if len(rank) <= 1 and all(w[:1].isupper() for w in rank) and comma is not None:
                return mention.end, skip_blank(text, comma.end(), end)
            return None
        return None

    def according_to(self, found: re.Match[str], cue: Cue, sentence: Span) -> Candidate | None:
        """"Menurut X, …" / "…, menurut X." / "…, menurut X, …" / "Hal ini menurut X tidak …"."""
        text, (s0, s1) = self.text, sentence
        speaker = speaker_after_cue(text, cue, found.start(), found.end(), s1)
        if speaker.kind == "none":
            return None
        if speaker.spans:
            phrase = name_only(text, speaker.spans[0], self.mentions)
            phrase = unnamed_to_comma(text, phrase, s1)
            speaker = Speaker("phrases", phrase[0], (phrase,))  # what follows a comma is content
        phrase_end = speaker.spans[0][1] if speaker.spans else found.end()
        after = skip_blank(text, phrase_end, s1)
        recipient = _RECIPIENT.match(text, after, s1)
        if recipient is not None:
            after = skip_blank(text, recipient.end(), s1)  # the comma after the recipient
        before = text[s0:found.start()].rstrip()
        # Content may stand before the cue: "…, menurut X." and, with no comma, "X tidak akan
        # hadir di New York menurut kantornya pada Rabu".
        before_words = words_of(before, 0, len(before))
        content_before = before.endswith(",") or (
            len(before_words) >= MIN_BEFORE_CUE_WORDS and before_words[-1][2] not in OPEN_ENDED)
        if (content_before and (after >= s1 or text[after] in ".!?") and source_note(text, found.end(), s1)
                and _said_by_subject(before)):
            # "Halimah said she hoped …, according to a statement from her office.": the subject
            # said it; the closing "according to" only says where the words were published.
            return None
        if after < s1 and text[after] == ",":
            rest = skip_blank(text, after + 1, s1)
            name = closing_name(text, rest, s1)
            if content_before and name is not None and speaker.spans:
                # "…, menurut lembaga pemantau gempa pemerintah, GeoNet.": the name ends the sentence.
                named = Speaker("phrases", speaker.pos, (name, speaker.spans[0]))
                return self._made(s0, s0 + len(before.rstrip(",").rstrip()), found.group(), named)
            after = rest
            apposed = self._apposed_name(rest, s1)
            if apposed is not None and speaker.spans:
                # "Menurut Kepala Seksi … DKI Jakarta, Syamsul Huda, api berasal …": the name is the speaker's
                speaker = Speaker("phrases", speaker.pos, (speaker.spans[0], (rest, apposed[0])))
                after = apposed[1]
            if speech_of_subject(text, after, s1):
                return None  # "Menurut keterangan istrinya, Agus mengatakan …": Agus's quote
            relayed = relayed_subject(text, speaker, after, s1)
            if relayed is not None:
                speaker = relayed  # "Menurut kantor berita Xinhua, GeoNet mencatat …": GeoNet's words
        elif content_before and (after >= s1 or text[after] in ".!?" or adjunct_at(text, after, s1)):
            # "…, menurut survei Bloomberg (menjelang rilis EIA pada Rabu)."
            return self._made(s0, s0 + len(before.rstrip(",").rstrip()), found.group(), speaker)
        return self._made(after, content_end(text, after, s1), found.group(), speaker)

    def before_cue(self, found: re.Match[str], cue: Cue, sentence: Span) -> Candidate | None:
        """"Pesawat hilang pukul 07.24, kata Soelistyo." and, the cue in the middle,
        "Cara kedua, ujar Bambang, adalah close distribution." (no quote marks)."""
        text, (s0, s1) = self.text, sentence
        before = text[s0:found.start()].rstrip()
        thus = _THUS_BEFORE_CUE.search(before)
        if thus is not None:
            before = before[:thus.start() + 1]
        if _ends_in_mark(before) or _ends_in_mark(before[:-1].rstrip()):
            return None  # the content is a direct quote
        gap = text[:s0][len(text[:s0].rstrip()):]
        if not before and "\n" not in gap and _ends_in_mark(text[:s0].rstrip()):
            # '"… disetujui?" Kata pimpinan sidang, Yosef meminta …': the sentence split after the
            # quote's mark; the cue attributes that quote, and what follows is narration.
            return None
        speaker = speaker_after_cue(text, cue, found.start(), found.end(), s1, s0)
        if speaker.kind == "none" or (speaker.spans and not plausible_speaker(text, speaker.spans[0])):
            return None
        phrase_end = speaker.spans[0][1] if speaker.spans else found.end()
        after = skip_blank(text, phrase_end, s1)
        if speaker.spans and fold(text[speaker.spans[0][0]:phrase_end]) in LONE_PRONOUNS:
            # "…, kata dia": like "katanya", the pronoun refers back from the sentence start,
            # not to someone the content itself names.
            speaker = Speaker("pronoun", s0)
        # "Kata Ali, PT Inti akan dibayar …"; after a sentence adverb too ("Sebaliknya, kata Ella, tanpa …")
        opens = (not before or _connective_only(before)) and cue.pattern == "inverted"
        content_follows = after < s1 and text[after] == "," and (
            clause_follows(text, after + 1, s1) or (opens and opening_adjunct(text, after + 1, s1)))
        if content_follows and (opens or topic_first(text, before, after + 1, s1)):
            main = Speaker(speaker.kind, speaker.pos, speaker.spans[:1])  # the name, not its appositive
            start = skip_blank(text, after + 1, s1)
            apposed = self._apposed_name(start, s1) if speaker.kind == "phrases" and speaker.spans else None
            if apposed is not None:
                # "Kata juru bicara Polda, Budi Santoso, pelaku …": the name set off by commas is the
                # speaker's, as after "Menurut"; the content begins after it.
                main = Speaker("phrases", speaker.pos, (speaker.spans[0], (start, apposed[0])))
                start = apposed[1]
            return self._made(start, content_end(text, start, s1), found.group(), main)
        if before.endswith(",") and predicate_at(text, after, s1) and topic_first(text, before, after, s1):
            # "Penerimaan sebesar itu, kata dia sudah termasuk …": no comma after the speaker.
            return self._made(after, content_end(text, after, s1), found.group(), speaker)
        if before.endswith(",") and after < s1 and text[after].isalnum() and noun_phrase_only(before):
            # "Ridwan-Uu dan Deddy-Dedi, kata Eko sejauh ini saling berbagi …": the part before the
            # cue is only the subject; the content is the predicate the speaker phrase ran into.
            return self._predicate_in_phrase(speaker, found.group(), s1)
        if not before.endswith(",") or len(words_of(before, 0, len(before))) < MIN_BEFORE_CUE_WORDS:
            return None
        end = s0 + len(before) - 1
        while end > s0 and text[end - 1].isspace():
            end -= 1
        return self._made(s0, end, found.group(), speaker)

    def _predicate_in_phrase(self, speaker: Speaker, cue: str, end: int) -> Candidate | None:
        """The content that a speaker phrase ran into ("kata Eko sejauh ini saling …"): from its
        first lower-case word on, with the capitalised name before it as the speaker."""
        if not speaker.spans:
            return None
        text, (start, stop) = self.text, speaker.spans[0]
        words = list(WORD_RE.finditer(text, start, stop))
        lower = next((n for n, w in enumerate(words) if w.group()[0].islower()), None)
        if not lower:
            return None  # all of it names the speaker, or it opens in lower case: no content here
        name = (start, words[lower - 1].end())
        content = words[lower].start()
        named = Speaker(speaker.kind, speaker.pos, (name,))
        return self._made(content, content_end(text, content, end), cue, named)


# A sentence whose own speech verb stands this near its start reports its subject's words.
MAX_SUBJECT_WORDS_BEFORE_VERB = 6


def _said_by_subject(part: str) -> bool:
    """Does ``part`` open with a subject and a speech verb ("Halimah said she hoped …")?"""
    lex = speech_cues()
    for found in lex.regex.finditer(part):
        cue = lex.at(found.group())
        if cue is not None and cue.pattern == "verb":
            subject = words_of(part, 0, found.start())
            return 0 < len(subject) <= MAX_SUBJECT_WORDS_BEFORE_VERB and part[:1].isupper()
    return False


MAX_CONNECTIVE_WORDS = 3


def _connective_only(before: str) -> bool:
    """Is the part of the sentence before a mid-sentence cue only a linking adverb and its comma
    ("Sebaliknya ,", "Selain itu ,"), with no topic of its own?"""
    words = before.rstrip(",").split()
    return (before.endswith(",") and 0 < len(words) <= MAX_CONNECTIVE_WORDS
            and all(w.islower() for w in words[1:]) and words[0][:1].isupper())


def _ends_in_mark(part: str) -> bool:
    return bool(part) and part[-1] in _CLOSING_MARKS
