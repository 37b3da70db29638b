"""English quotes: the content of an attribution is the whole clause around its cue.

English news writes reported speech around an attribution clause that may stand before,
inside or after what was said, and often quotes only a phrase of it in marks:

    Mr. Lee said that the plan was "dead on arrival" in the Senate.     partial quote
    The plan, Mr. Lee said, was dead on arrival.                        cue inside
    With two weeks left, "nothing is settled," Mr. Lee said.            content before the cue
    "It is over," Mr. Lee said. "We lost."                              one quote in two pieces

The quote finder (``quotes.py``), written for Indonesian, returns the words in marks; on
English text :func:`english_spans` widens each quote to the sentence's content around its
attribution clause (from its first to its last word, as PolNeAR annotates it) and joins
the pieces of one quote that a cue clause splits. :func:`english_text` decides which texts
are English, so Indonesian text is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.datelines import CAPITALS_BEFORE_DASH, LEAD_PAREN
from warta.article.speechcues import Cue, speech_cues
from warta.article.tokens import fold
from warta.models import ActorRef, Quote

# Function words that no Indonesian sentence uses and the reverse: a text is English when
# its opening has several of the first and far fewer of the second.
_ENGLISH = frozenset({"the", "and", "of", "to", "that", "is", "was", "for", "with", "he", "she", "his",
                      "her", "have", "has", "are", "were", "be", "it", "on", "by", "not", "this"})
_INDONESIAN = frozenset({"yang", "dan", "di", "itu", "ini", "dengan", "untuk", "dari", "dalam", "tidak",
                         "akan", "ke", "pada", "juga", "ada", "sudah", "bahwa", "kata", "ia", "mereka"})
_WORD = re.compile(r"[A-Za-z]+")
OPENING_CHARS = 3000
MIN_ENGLISH_WORDS = 8


def english_text(text: str) -> bool:
    """Is ``text`` written in English (judged on its opening's function words)?"""
    english = indonesian = 0
    for word in _WORD.finditer(text, 0, OPENING_CHARS):
        low = word.group().lower()
        english += low in _ENGLISH
        indonesian += low in _INDONESIAN
    return english >= MIN_ENGLISH_WORDS and english > 3 * indonesian


# English titles written with a full stop ("Mr. Burman said"): the stop ends no sentence.
_TITLE_STOP = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Messrs|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Jr|Sr)\.")


def title_stop(text: str, pos: int) -> bool:
    """Is the full stop at ``pos`` the end of an English title such as "Mr."?"""
    start = text.rfind(" ", max(0, pos - 8), pos) + 1
    found = _TITLE_STOP.match(text, start)
    return found is not None and found.end() == pos + 1


def only_title(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an English title and its stop alone ("Mr. " before "Burman")?"""
    found = _TITLE_STOP.match(text, start)
    return found is not None and not text[found.end():end].strip()


Span = tuple[int, int]
# A clause that opens the sentence and frames the attribution ("In a statement, Mr. Lee said, …",
# "Asked about it, she said, …") is no part of the content; other openers ("The plan, Mr. Lee
# said, …", "When it failed, he said, …") are.
_FRAMING = frozenset({"in", "on", "at", "during", "speaking", "asked", "earlier", "later", "meanwhile",
                      "however", "but", "and", "yet", "still", "also", "then", "separately", "instead",
                      "today", "yesterday", "last", "this", "addressing", "writing", "appearing",
                      "interviewed", "responding", "told", "for", "as", "to"})
# The words between the comma and a cue inside the sentence ("…, the senator from Ohio said, …").
MAX_INSERTED_SPEAKER_WORDS = 8
# Two pieces of one quote ('"…," she said. "…"') lie at most this far apart.
MAX_PIECE_GAP = 200
# A sentence break inside a span the sentence splitter left whole: widening stops there.
_BREAK = re.compile(r"[.!?][\"”’']*\s+[\"“‘']*[A-Z]")
# 'Mr. Lee said on Monday, "…"': a comma or colon right before the mark opens a direct quote.
_OPENS_QUOTE = re.compile(r"[,:]\s*[\"“‘'`]+\s*\Z")
# 'She said. "…"' and '"…," she said, "…"': only a cue clause lies between two pieces of a quote.
_PIECE_GAP = re.compile(r"[.,!?]?\s*[\"”’'`]*[^\"“”]*?[.,:!?]\s*[\"“‘'`]+\s*\Z")
_THAT = re.compile(r"[\s,:]*(?:that\b)?[\s,:]*", re.IGNORECASE)
# "said on Wednesday that …", "told reporters in a statement that …": a short adjunct of time,
# place or audience and "that" before the content. Other words before "that" make it a relative
# or a determiner ("repeated warnings from his attorney that", "vowed not to repeat that mistake").
_ADJUNCT_THAT = re.compile(r"(?:\s+[\w.'’-]+){1,5}?\s+that\s*\Z", re.IGNORECASE)
_ADJUNCT_WORDS = frozenset({"on", "in", "at", "via", "to", "a", "an", "the", "this", "last", "early", "late",
                            "earlier", "later", "week", "month", "year", "night", "morning", "afternoon",
                            "evening", "reporters", "journalists", "statement", "interview", "email"})
# A wire's dateline opening a sentence is long enough to read as a speaker set inside the content.
_DATELINE_REACH = 80
_CLOSING_MARKS = frozenset("\"”’'")
_EDGE = " \t\n.,;:\"'“”‘’`"
_CONTENT_WORD = re.compile(r"\w")


# Words that join a clause of the writer's own to reported content ("X said the plan was dead,
# but the vote was close"): reported content in no marks ends before them.
_CLAUSE_JOINERS = frozenset({"but", "although", "though", "while", "whereas", "yet", "and", "so", "because",
                             "as", "when", "if"})
# Words of time that open a clause of the writer's before its cue ("…, a year after it admitted
# …"): the words after the comma are that clause, not a speaker set inside the content.
_TIME_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "once", "unless"})
_OWN_CLAUSE = re.compile(r",\s*(?:but|although|though|while|whereas|yet)\b|;\s")


def _own_clause_cut(text: str, q: Quote) -> Quote:
    """Reported content (no marks) cut before ", but …", ", although …", "; …" and a participle cue."""
    if q.direct:
        return q
    found = (_OWN_CLAUSE.search(text, q.start, q.end), _PARTICIPLE.search(text, q.start, q.end))
    cuts = [m.start() for m in found if m is not None and not _in_marks(text, q.start, m.start())]
    if not cuts:
        return q
    start, end = _trimmed(text, q.start, min(cuts))
    if start >= end:
        return q
    return q.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def _in_marks(text: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside marks opened after ``start`` (an odd number of marks between)?"""
    stretch = text[start:pos]
    return (stretch.count("“") > stretch.count("”")) or stretch.count('"') % 2 == 1


def english_spans(text: str, sentences: Sequence[Sequence[int]], quotes: list[Quote]) -> list[Quote]:
    """``quotes`` of an English text widened to their clauses, pieces of one quote joined."""
    spans = sorted((s[0], s[1]) for s in sentences)
    widened = [_widened(text, spans, _past_participle(text, q)) for q in quotes]
    widened = [_own_clause_cut(text, q) for q in widened]
    kept = _without_contained(text, sorted(widened, key=lambda q: (q.start, -q.end)))
    return _renumbered(_joined(text, kept))


def _sentence_at(spans: list[Span], pos: int) -> Span | None:
    return next((s for s in spans if s[0] <= pos < s[1]), None)


def _cue_at(text: str, q: Quote, window: Span) -> Span | None:
    """Where ``q``'s own cue stands in its sentences, outside its words and nearest to them."""
    if q.cue is None:
        return None
    cue = speech_cues().at(q.cue)
    if cue is None or cue.lang != "en" or cue.pattern not in {"verb", "prep"}:
        return None
    found = [m.span() for m in speech_cues().regex.finditer(text, *window)
             if fold(m.group()) == cue.word and (m.end() <= q.start or m.start() >= q.end)]
    return min(found, key=lambda s: min(abs(s[0] - q.end), abs(q.start - s[1])), default=None)


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _has_words(text: str, start: int, end: int) -> bool:
    return start < end and _CONTENT_WORD.search(text, start, end) is not None


def _content_before_speaker(text: str, sentence_start: int, cue_start: int) -> bool:
    """"The plan, Mr. Lee said, …": content, a comma and a short speaker stand before the cue."""
    comma = text.rfind(",", sentence_start, cue_start)
    if comma < 0 or text[comma + 1:comma + 2] in _CLOSING_MARKS:
        return False  # '"…," Ms. Merkel told reporters that …': the words in marks are a quote of their own
    speaker = text[comma + 1:cue_start].split()
    opening = _WORD.search(text, sentence_start, comma)
    if speaker and speaker[0].lower() in _CLAUSE_JOINERS:
        return False  # "Video shows X, but Shelby said …": a clause of its own before the cue
    if _TIME_CLAUSE_OPENERS & {word.lower() for word in speaker}:
        return False
    return (0 < len(speaker) <= MAX_INSERTED_SPEAKER_WORDS and opening is not None
            and opening.group().lower() not in _FRAMING)


# "The difference, he told me on Friday, is …": a short adjunct or addressee, then a comma.
_ASIDE_THEN_COMMA = re.compile(r"(?:\s+[\w.'’-]+){0,4}?\s*,")


def _goes_on_after_cue(text: str, cue: Span) -> int | None:
    """Where the content goes on after a cue inside its sentence ("…, Mr. Lee said, …"), or None
    when the sentence ends there, a participle follows or the words after the cue are its speaker."""
    aside = _ASIDE_THEN_COMMA.match(text, cue[1])
    if aside is None or _PARTICIPLE.match(text, aside.end() - 1):
        return None
    before = text[max(0, cue[0] - 3):cue[0]].rstrip()
    inverted = before.endswith(",") or before[-1:] in _CLOSING_MARKS  # "…, said Mr. Barrett, the lawyer"
    return aside.end() if aside.end() - cue[1] <= 1 or not inverted else None


def _prep_inside(text: str, q: Quote, sentence_start: int, cue_start: int) -> bool:
    """"The top 1 percent paid 25 percent, according to the CBO, and …": content on both sides."""
    return fold(q.cue or "") == "according to" and _has_words(text, sentence_start, cue_start)


def _widened(text: str, spans: list[Span], q: Quote) -> Quote:
    first = _sentence_at(spans, q.start)
    last = _sentence_at(spans, max(q.start, q.end - 1))
    if first is None or last is None:
        return q
    first = (_after_dateline(text, first[0], q.start), first[1])
    cue = _cue_at(text, q, (first[0], last[1]))
    if cue is None:
        return q
    start, end = q.start, q.end
    if cue[0] >= q.end:  # "…, Mr. Lee said[, …]."
        if _has_words(text, first[0], q.start):
            start = first[0]
        goes_on = _goes_on_after_cue(text, cue)
        if goes_on is not None and _has_words(text, goes_on, last[1]):
            end = last[1]
    else:  # "Mr. Lee said (that) …"
        that = _THAT.match(text, cue[1])
        opening = that.end() if that else cue[1]
        if _content_before_speaker(text, first[0], cue[0]) or _prep_inside(text, q, first[0], cue[0]):
            start = first[0]
        elif (_has_words(text, opening, q.start) and not _OPENS_QUOTE.search(text, opening, q.start)
              and not _adjunct_then_that(text, cue[1], q.start)):
            start = opening
        if _has_words(text, q.end, last[1]):
            end = last[1]
    start, end = _within_sentence(text, q, start, end)
    if (start, end) == (q.start, q.end):
        return q
    start, end = _trimmed(text, start, end)
    if (start, end) == (q.start, q.end) or start >= end:
        return q
    # Words of the writer's around words in marks: the quote is reported, not direct, speech.
    return q.model_copy(update={"start": start, "end": end, "text": text[start:end], "direct": False})


def _adjunct_then_that(text: str, verb_end: int, content_start: int) -> bool:
    found = _ADJUNCT_THAT.match(text, verb_end, content_start)
    words = text[verb_end:content_start].split()[:-1]
    return found is not None and all(w[0].isupper() or w.lower() in _ADJUNCT_WORDS for w in words)


def _after_dateline(text: str, start: int, limit: int) -> int:
    """Where a sentence's words begin after a wire's dateline ("JAKARTA, June 7 (Reuters) - …")."""
    dateline = LEAD_PAREN.match(text[start:min(limit, start + _DATELINE_REACH)])
    return start + dateline.end() if dateline is not None else start


def _within_sentence(text: str, q: Quote, start: int, end: int) -> Span:
    """The widened span cut at a dateline, at a sentence break the splitter missed and before a
    participle cue that opens an attribution of its own ("…, saying …", "…, adding …")."""
    dateline = CAPITALS_BEFORE_DASH.match(text, start, q.start)  # no part of the content
    if dateline is not None:
        start = dateline.end()
    for found in _BREAK.finditer(text, start, q.start):
        if not title_stop(text, found.start()):
            start = found.end() - 1
    for found in _BREAK.finditer(text, q.end, end):
        if not title_stop(text, found.start()):
            end = found.start() + 1
            break
    for found in speech_cues().regex.finditer(text, q.end, end):
        comma = text.rfind(",", max(q.end - 1, found.start() - 3), found.start())
        if found.group().lower().endswith("ing") and comma >= 0 and not text[comma + 1:found.start()].strip():
            return start, comma
    return start, end


def _without_contained(text: str, quotes: list[Quote]) -> list[Quote]:
    """One quote per clause: a quote inside one kept before it goes ("…said X's "a" was "b""
    gives two partial quotes of one clause; '"A," he said, "B."' widened to the sentence holds "B"),
    the marks and stops after the kept one's end aside."""
    kept: list[Quote] = []
    for q in quotes:
        if kept and q.start >= kept[-1].start and not _has_words(text, kept[-1].end, q.end):
            continue
        kept.append(q)
    return kept


# A quote that runs on into the next paragraph leaves its mark open and opens the next with one.
_PARAGRAPH_GOES_ON = re.compile(r"[^\S\n]*\n\s*[\"“‘'`]+\s*\Z")


def _rest_of(text: str, previous: Quote, q: Quote) -> bool:
    """Is ``q`` (a quote with no cue) the rest of ``previous``: after a cue clause in the same
    paragraph, or in the next paragraph of a quote whose mark was left open?"""
    same_speaker = q.speaker in (previous.speaker, ActorRef())
    if not (q.direct and q.cue is None and previous.cue is not None and same_speaker
            and 0 <= q.start - previous.end <= MAX_PIECE_GAP):
        return False
    if "\n" in text[previous.end:q.start]:
        return _PARAGRAPH_GOES_ON.match(text, previous.end, q.start) is not None
    return _PIECE_GAP.match(text, previous.end, q.start) is not None


def _joined(text: str, quotes: list[Quote]) -> list[Quote]:
    """'"…," she said. "…"': a quote with no cue of its own right after one of the same speaker,
    in the same paragraph or in the next when the quote's mark was left open, is the rest of it."""
    joined: list[Quote] = []
    for q in quotes:
        previous = joined[-1] if joined else None
        if previous is not None and _rest_of(text, previous, q):
            joined[-1] = previous.model_copy(update={"end": q.end, "text": text[previous.start:q.end]})
        else:
            joined.append(q)
    return joined


def _renumbered(quotes: list[Quote]) -> list[Quote]:
    return [q.model_copy(update={"id": f"{q.id.rsplit('-q', 1)[0]}-q{n}"})
            for n, q in enumerate(quotes, start=1)]


# Content with no "that" after an English verb whose content must be marked: what someone
# promised or was urged to do ("vowed to punish …", "urged Republicans to join …") and a
# clause whose verb is an auxiliary or modal ("announced it would end the scheme").
_TO_VERBS = frozenset({"vow", "vows", "vowed", "vowing", "promise", "promises", "promised", "promising",
                       "pledge", "pledges", "pledged", "pledging", "threaten", "threatens", "threatened",
                       "threatening"})
_TOLD_TO_VERBS = frozenset({"urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "told",
                            "tells", "telling", "warned", "warns", "warning", "called on", "calls on",
                            "calling on"})
_ASK_VERBS = frozenset({"ask", "asks", "asked", "asking"})
_AUXILIARIES = frozenset({"will", "would", "could", "can", "should", "may", "might", "must", "is", "was",
                          "are", "were", "has", "had", "have", "did", "does", "do", "won't", "wouldn't",
                          "can't", "couldn't", "isn't", "wasn't", "didn't", "doesn't", "hasn't"})
_SUBJECT_START = frozenset({"he", "she", "it", "they", "we", "i", "you", "the", "his", "her", "their", "its",
                            "this", "that", "these", "those", "there", "a", "an", "some", "many", "most",
                            "all", "no", "our", "my"})
_TOKEN = re.compile(r"[\w'’]+|[^\w\s]")
MAX_OBJECT_WORDS = 4
_NEGATIONS = frozenset({"not", "never", "no"})
MAX_SUBJECT_WORDS = 5


def english_content_start(text: str, verb_end: int, pos: int, end: int, cue: Cue) -> int | None:
    """Where the unmarked content after an English speech verb starts (``pos``: its first word),
    or None when what follows the verb is no reported content."""
    tokens = [(m.group().lower(), m.start()) for m in _TOKEN.finditer(text, pos, min(end, pos + 120))]
    words = [w for w, _ in tokens[:MAX_SUBJECT_WORDS + 2]]
    if not words:
        return None
    if cue.bare:
        return None if _speaker_or_adjunct_after(text, verb_end - len(cue.word), pos, end, words) else pos
    verb = cue.word
    if verb in _TO_VERBS and words[0] == "to":
        return pos
    if verb in _ASK_VERBS and words[0] == "for":
        return None  # "people who ask for payment to register volunteers": a thing asked for, no content
    if verb in _TOLD_TO_VERBS and "to" in words[1:MAX_OBJECT_WORDS + 2] and words[0] not in {"to", ","}:
        told = words[:words.index("to", 1)]
        # "who asked not to be named": a negation, not the one asked
        return pos if all(w.isalpha() or w == "." for w in told) and not _NEGATIONS & set(told) else None
    if words[0] in _SUBJECT_START or text[pos].isupper():
        head = words[1:MAX_SUBJECT_WORDS + 1]
        auxiliary = next((n for n, w in enumerate(head, start=1) if w in _AUXILIARIES), None)
        if auxiliary is not None and "," not in words[:auxiliary]:
            return pos  # a short subject, then its auxiliary: a clause
    return None


# "…," he said, adding that …': a participle cue after a comma opens an attribution of its own.
_PARTICIPLE = re.compile(r",\s*(?:adding|saying|noting|arguing|claiming|insisting|warning|explaining|"
                         r"stressing|suggesting|acknowledging|admitting|asking|charging|predicting)\b",
                         re.IGNORECASE)


def before_participle(tail: str) -> str:
    """``tail`` (the words after a speech verb) up to a participle cue that opens an attribution
    of its own: a "that" after it is the participle's, not the verb's."""
    found = _PARTICIPLE.search(tail)
    return tail[:found.start()] if found else tail


def _past_participle(text: str, q: Quote) -> Quote:
    """Content read from "adding that …" starts after the participle and its "that"."""
    found = _PARTICIPLE.match("," + text[q.start:q.end])
    if found is None:
        return q
    that = _THAT.match(text, q.start + found.end() - 1)
    start = that.end() if that else q.start + found.end() - 1
    start, end = _trimmed(text, start, q.end)
    if start >= end:
        return q
    cue = text[q.start:q.start + found.end() - 1].strip()
    return q.model_copy(update={"start": start, "end": end, "text": text[start:end], "cue": cue})


# What follows a verb of saying that ends its clause: when, where or to whom it was said.
_ADJUNCTS = frozenset({"in", "on", "at", "during", "this", "last", "after", "before", "from", "to", "via",
                       "through", "earlier", "later", "yesterday", "today", "tonight", "recently", "when",
                       "while", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "of", "about", "with", "by", "afterward", "afterwards", "privately", "publicly",
                       "told"})
_DETERMINERS = frozenset({"a", "an", "the", "one", "two", "several", "some", "his", "her", "their"})
MAX_CLOSING_ADJUNCT_WORDS = 10


def _speaker_or_adjunct_after(text: str, verb_start: int, pos: int, end: int, words: list[str]) -> bool:
    """Is what follows a bare English verb no content: its speaker ("…, said Mr. Barrett, the lawyer")
    or an adjunct closing the sentence ("…," Pence said on CNN's "State of the Union")?"""
    before = text[max(0, verb_start - 3):verb_start].rstrip()
    stop = _SENTENCE_END.search(text, pos, end)
    tail = text[pos:stop.start() if stop else end]
    if (before.endswith(",") or before[-1:] in _CLOSING_MARKS) and _speaker_only(tail):
        return True
    if words[0] not in _ADJUNCTS or "that" in words:
        return False
    return "," not in tail and len(tail.split()) <= MAX_CLOSING_ADJUNCT_WORDS


MAX_INVERTED_SPEAKER_WORDS = 6


def _speaker_only(tail: str) -> bool:
    """Is the start of ``tail`` (to its first comma) a short phrase with no verb in it, as the
    speaker after an inverted verb is ("said Mr. Barrett, the lawyer …", "said one GOP source")?"""
    words = tail.split(",", 1)[0].split()
    if not 0 < len(words) <= MAX_INVERTED_SPEAKER_WORDS:
        return False
    named = words[0][:1].isupper() or words[0].lower() in _DETERMINERS
    return named and not any(w.lower() in _AUXILIARIES or w.lower().endswith("ed") or w.lower() == "that"
                             for w in words)


_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)")


MIN_INVERTED_CONTENT_WORDS = 3


def inverted_attribution(text: str, verb: Span, sentence: Span) -> tuple[Span, Span] | None:
    """"The mine will reopen in May, said Carl Ober, the head of the union.": the content before
    the comma and the speaker after the verb, as (content, speaker) spans; None for other shapes."""
    comma = text.rfind(",", sentence[0], verb[0])
    if comma < 0 or text[comma + 1:verb[0]].strip():
        return None
    stop = _SENTENCE_END.search(text, verb[1], sentence[1])
    tail_end = stop.start() if stop else sentence[1]
    if not _speaker_only(text[verb[1]:tail_end]):
        return None
    content = _trimmed(text, sentence[0], comma)
    if len(text[content[0]:content[1]].split()) < MIN_INVERTED_CONTENT_WORDS:
        return None
    speaker_end = text.find(",", verb[1], tail_end)
    speaker = _trimmed(text, verb[1], speaker_end if speaker_end >= 0 else tail_end)
    return content, speaker



# "The committee has also warned the public …, saying …": with no name in the main clause, its
# subject is a determiner's phrase up to its verb (an auxiliary or a past form).
_SUBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "these",
                                  "those"})
_SUBJECT_WORD = re.compile(r"[\w'’-]+")


def main_clause_subject(text: str, start: int, end: int) -> Span | None:
    """The subject of the English clause ``text[start:end]`` when it is a determiner's phrase of at
    most :data:`MAX_SUBJECT_WORDS` words, or one word, ended by an auxiliary or a verb's past form."""
    words = list(_SUBJECT_WORD.finditer(text, start, end))
    if len(words) < 3:
        return None
    determiner = words[0].group().lower() in _SUBJECT_DETERMINERS
    for n, word in enumerate(words[1:MAX_SUBJECT_WORDS + 1], start=1):
        low = word.group().lower()
        if word.group()[0].islower() and (low in _AUXILIARIES or low.endswith("ed")):
            # "Officials rejected …": one word before the verb is a subject of its own too
            return (words[0].start(), words[n - 1].end()) if (n > 1) == determiner else None
    return None


def participle_after_comma(text: str, verb: Span) -> bool:
    """Is the cue at ``verb`` a participle after a comma ("…, saying …", "…, adding that …")?"""
    comma = text.rfind(",", max(0, verb[0] - 3), verb[0])
    return comma >= 0 and _PARTICIPLE.match(text, comma, verb[1]) is not None
