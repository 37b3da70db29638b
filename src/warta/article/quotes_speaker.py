"""Direct quotes: the cue and speaker phrase around a stretch between quote marks, and the
resolution of every candidate's speaker in text order."""

from __future__ import annotations

import re
from functools import cache

from warta.article.actors import (
    DETERMINERS,
    PLURAL_PRONOUNS,
    SINGULAR_PRONOUNS,
    ActorTracker,
    actor_in,
    words_of,
)
from warta.article.lexicon import lexicon
from warta.article.quotemarks import Marked
from warta.article.quotes_indirect import subject_phrases
from warta.article.quotes_layout import Candidate, Layout, Span, Speaker, speaker_after_cue
from warta.article.speakerphrases import ADJUNCT_START, CONDITIONALS, STOP_AFTER, phrase_after, phrases_before
from warta.article.speechcues import speech_cues
from warta.article.tokens import fold
from warta.models import ActorRef, Entity

# Between a closing mark and the cue: punctuation, and "demikian"/"begitu" ("…" demikian kata X).
_LEAD = re.compile(r"[\s,.!?;:]*(?:(?:demikian|begitu)\s+)?", re.IGNORECASE)
_SENTENCE_PUNCT = re.compile(r"[.!?;:\"“”]")
# A speech verb after the quote with its subject before it ('"…," Peskov menambahkan.')
# may be followed by a short adjunct only; more means a new sentence of its own.
MAX_TAIL_WORDS = 8
# A short quoted stretch (a term in marks) is a quote only with a cue this close before it.
SHORT_QUOTE_WORDS = 3
NEAR_CUE_WORDS = 8
# How far back (characters) the actor a cue-less quote continues may have been seen.
CONTINUATION_REACH = 600
# With no cue at all, a stretch is a quote when it opens its paragraph and has this many
# words, or when it is long on its own; shorter ones are scare quotes and titles.
OPENING_QUOTE_WORDS = 3
LONG_QUOTE_WORDS = 6
# A stretch whose words are mostly capitalised is a title or a name.
TITLE_CASE_SHARE = 0.6
# Descriptions that are never speakers: time words and function words that a phrase
# reader can land on ("kata Peskov, Senin", "Sementara itu, …").
_NOT_ACTOR = frozenset({"hal", "ini", "itu", "hari", "kemarin", "sementara", "namun", "selain", "kini",
                        "saat", "tahun", "bulan", "pekan", "minggu", "pukul", "jam", "tadi", "malam",
                        "pagi", "siang", "sore", "sebelumnya", "kemudian", "yang", "dengan"})


def _word_count(text: str, start: int, end: int) -> int:
    return len(words_of(text, start, end))


def _after(text: str, marked: Marked, layout: Layout) -> tuple[str | None, Speaker] | None:
    """'"…," kata X' / '"…," katanya' / '"…," X menambahkan': attribution after the quote."""
    limit = layout.paragraph_at(marked.mark_end)[1]
    pos = _LEAD.match(text, marked.mark_end, limit)
    start = pos.end() if pos else marked.mark_end
    lex = speech_cues()
    found = lex.regex.match(text, start, limit)
    if found:
        cue = lex.at(found.group())
        if cue is not None:
            # The speaker phrase ends with the cue's sentence ("kata Li. Kemudian …").
            end = min(limit, layout.sentence_at(found.start())[1])
            end = _past_title_abbreviation(text, end, limit, layout)
            speaker = speaker_after_cue(text, cue, found.start(), found.end(), end, marked.mark_start)
            return found.group(), speaker
    if _word_count(text, marked.start, marked.end) < SHORT_QUOTE_WORDS:
        return _subject_then_verb(text, start, limit)
    return (_subject_then_verb(text, start, limit) or _told_outlet(text, start, limit)
            or _demikian(text, marked, layout, limit))


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
    following = layout.sentence_at(_skip_blank_and_marks(text, end, limit))
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


def _subject_then_verb(text: str, start: int, limit: int) -> tuple[str, Speaker] | None:
    lex = speech_cues()
    found = lex.regex.search(text, start, min(limit, start + 120))
    if found is None or _SENTENCE_PUNCT.search(text, start, found.start()):
        return None
    cue = lex.at(found.group())
    if cue is None or cue.pattern != "verb":
        return None
    end = _SENTENCE_PUNCT.search(text, found.end(), limit)
    tail_end = end.start() if end else limit
    tail = text[found.end():tail_end]
    if _word_count(tail, 0, len(tail)) > MAX_TAIL_WORDS or re.search(r"\b(bahwa|that)\b", tail):
        return None
    spans = phrases_before(text, found.start(), start)
    if not spans or spans[0][0] != start:
        return None  # only a subject may stand between the quote and its verb
    return found.group(), Speaker("phrases", spans[0][0], tuple(spans))


def _cue_in(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last speech cue in ``text[start:end]`` that can introduce what follows it."""
    lex = speech_cues()
    last = None
    for found in lex.regex.finditer(text, start, end):
        cue = lex.at(found.group())
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


# --- resolution ------------------------------------------------------------------------------


def _usable(actor: ActorRef | None, text: str, span: Span) -> bool:
    if actor is None:
        first = words_of(text, span[0], span[1])[:1]
        return bool(first) and first[0][2] in SINGULAR_PRONOUNS | PLURAL_PRONOUNS
    if actor.entity is not None:
        return True
    words = [w[2] for w in words_of(text, span[0], span[1]) if w[2] not in DETERMINERS]
    if not words or words[0] in _NOT_ACTOR or words[0] in lexicon().calendar:
        return False
    if text[span[0]].islower() and words[0] in ADJUNCT_START:
        return False  # "di Terminal BBM Plumpang": a place or an occasion, not who spoke
    # "Seorang warga, sebut saja Budi, mengatakan": an aside that opens with a cue is no speaker.
    return not words[0].isdigit() and speech_cues().at(words[0]) is None


def _is_person(actor: ActorRef | None, tracker: ActorTracker) -> bool:
    if actor is None or actor.entity is None:
        return False
    entity = tracker.index.by_id.get(actor.entity)
    return entity is not None and entity.type == "PERSON"


# The actor reader takes a name as the head of a phrase after at most this many title words;
# longer capitalised title runs ("Vice President Fuel Retail PT Pertamina (Persero) Muhammad
# Iskandar") are cut to their last words so that the name that ends them still counts.
TITLE_RUN_WORDS = 6
# "dari" inside a title run ("Wakil Ketua Komisi III DPR dari Fraksi Partai Gerindra Desmond J Mahesa")
# names the party; after the name ("James Williams dari WTRG") it is outside the title.
_TITLE_FUNCTION_WORDS = frozenset({"dan", "untuk", "bidang", "urusan", "dari"})


def _title_run_cut(span: Span, tracker: ActorTracker) -> Span:
    """The phrase from the last few words of a long title run to the person's name ending it."""
    text = tracker.text
    people = [m for m in tracker.index.within(*span) if m.entity.type == "PERSON" and m.end <= span[1]]
    if not people:
        return span
    name = max(people, key=lambda m: m.end)
    title = words_of(text, span[0], name.start)
    if text[name.end:span[1]].strip(" ,") or len(title) <= TITLE_RUN_WORDS:
        return span
    if any(text[w[0]].islower() and w[2] not in _TITLE_FUNCTION_WORDS for w in title):
        return span  # "James Williams dari WTRG": a lower-case word ends the title run
    start = title[-TITLE_RUN_WORDS][0]
    # A title word read as a name ("Fuel Retail") stays out, so a later "dia" cannot take it.
    start = max([start, *(m.end for m in people if m is not name and m.end <= name.start)])
    return _skip_blank_and_marks(text, start, name.start), span[1]


def _skip_blank_and_marks(text: str, pos: int, end: int) -> int:
    while pos < end and not text[pos].isalnum():
        pos += 1
    return pos


def _is_bare_name(span: Span, tracker: ActorTracker) -> bool:
    """Is the phrase exactly a person's name, with no title before it?"""
    text = tracker.text
    return any(m.entity.type == "PERSON" and text[m.start:m.end].strip() == text[span[0]:span[1]].strip()
               for m in tracker.index.within(*span))


# Ranks and honorifics that stand only before a person's name (unlike "Kepala", which also
# heads an office: "Kepala Bagian Ekonomi IEA"): those of roles.tsv, and these that it does not
# list (lower police and military ranks, "H." for haji, royal and religious titles).
_UNLISTED_RANKS = frozenset({
    "aiptu", "aipda", "briptu", "bripda", "brigpol", "lettu", "letda", "laksda", "drg", "h", "pol",
    "ratu", "raja", "pangeran", "sultan", "paus",
})


@cache
def _ranks() -> frozenset[str]:
    listed = (key[0] for key, word in lexicon().roles.items() if word.kind in {"rank", "honorific"})
    return frozenset(listed) | _UNLISTED_RANKS


def _titled_name(span: Span, tracker: ActorTracker) -> bool:
    """Does a rank stand right before a person's name in the phrase ("Kombes Awi")?"""
    text = tracker.text
    for mention in tracker.index.within(*span):
        before = words_of(text, span[0], mention.start)
        if mention.entity.type == "PERSON" and before and before[-1][2] in _ranks():
            return True
    return False


def _choose(spans: tuple[Span, ...], tracker: ActorTracker) -> Span | None:
    """The phrase that names the speaker: the last one naming a person ("kata Kepala Humas
    Polda, Kombes Awi Setiyono" and "Kepala Humas Polda, Kombes Awi Setiyono, mengatakan"
    both end in the name), else the first usable phrase."""
    text = tracker.text
    spans = tuple(_title_run_cut(span, tracker) for span in spans)
    actors = [(span, actor_in(text, span[0], span[1], tracker.index)) for span in spans]
    usable = [(span, actor) for span, actor in actors if _usable(actor, text, span)]
    people = [span for span, actor in usable if _is_person(actor, tracker)]
    # A rank before a name marks the name ("AKP Boby K, Kapolsek Tambun, mengatakan"); with no
    # rank, a phrase that is only a name beats a title read as one ("ujar Mamat, Humas RSUD").
    titled = [span for span in people if _titled_name(span, tracker)]
    if titled:
        return max(titled)
    bare_names = [span for span in people if _is_bare_name(span, tracker)]
    if bare_names and len(people) > 1:
        return bare_names[0]
    if people:
        return max(people)
    appositive = _name_after_role(usable, tracker)
    if appositive is not None:
        return appositive
    return usable[0][0] if usable else None


_NAME_WORDS = (2, 4)


def _name_after_role(usable: list[tuple[Span, ActorRef | None]], tracker: ActorTracker) -> Span | None:
    """"kata analis Nordea Markets, Thina Saltvedt": a capitalised name of two to four words set
    after a role with a comma names the role's holder, even when the entity layer typed it a
    place."""
    if len(usable) < 2:
        return None
    text = tracker.text
    role, name = usable[0][0], usable[1][0]
    first = words_of(text, *role)[:1]
    if not first or not text[role[0]].islower() or first[0][2] not in lexicon().role_longest:
        return None
    words = words_of(text, *name)
    if not (_NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]) or not all(text[w[0]].isupper() for w in words):
        return None
    exact = [m for m in tracker.index.within(*name) if (m.start, m.end) == name and m.entity.type != "ORG"]
    return name if exact else None


# How far back (characters) a pronoun may find the person it refers to, unless that person
# has spoken already in the article: a name seen only long before is a guess, and the
# guideline leaves a speaker lost to the text (a truncated opening) unknown.
PRONOUN_REACH = 600
SPEAKER_PRONOUN_REACH = 2000


def lone_pronoun(text: str, span: Span) -> str | None:
    """The pronoun that is all of the phrase ``text[span]`` ("dia", "mereka"), or None."""
    words = words_of(text, *span)
    if len(words) == 1 and words[0][2] in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return words[0][2]
    return None


def _bounded_pronoun(tracker: ActorTracker, pos: int, spoken: list[ActorRef],
                     plural: bool = False) -> ActorRef | None:
    """The actor a pronoun at ``pos`` refers to, when seen recently enough (a speaker of the
    article may be further back than anyone else)."""
    actor = _recent(tracker, pos, spoken, plural)
    if actor is not None:
        tracker.remember(pos, actor)
    return actor


def _last_seen(tracker: ActorTracker, actor: ActorRef, pos: int) -> int:
    return max((seen.pos for seen in tracker.seen if seen.actor == actor and seen.pos < pos), default=-1)


def _recent(tracker: ActorTracker, pos: int, spoken: list[ActorRef], plural: bool = False) -> ActorRef | None:
    """The actor a pronoun at ``pos`` refers to, if seen within reach (not remembered)."""
    actor = tracker.pronoun(pos, plural)
    if actor is None:
        return None
    actor = _clause_subject_over_inner(tracker, actor, pos) if not plural else actor
    last = max((seen.pos for seen in tracker.seen if seen.actor == actor and seen.pos < pos), default=pos)
    reach = SPEAKER_PRONOUN_REACH if actor in spoken else PRONOUN_REACH
    return actor if pos - last <= reach else None


_SENTENCE_END = re.compile(r"[.!?\n]")


def _clause_subject_over_inner(tracker: ActorTracker, actor: ActorRef, pos: int) -> ActorRef:
    """"Yudhistira menambahkan, penyidik juga menyatakan …. "…," ucapnya": an unnamed party
    seen in the same sentence after a named person is what the person reported; a singular
    pronoun after it goes on from the person."""
    if actor.entity is not None:
        return actor
    seen = [s for s in tracker.seen if s.pos < pos]
    inner = max((s.pos for s in seen if s.actor == actor), default=-1)
    for earlier in reversed(seen):
        if earlier.pos >= inner:
            continue
        if _SENTENCE_END.search(tracker.text, earlier.pos, inner):
            break
        if earlier.person and earlier.actor.entity is not None:
            return earlier.actor
    return actor


def _resolve_one(speaker: Speaker, tracker: ActorTracker, spoken: list[ActorRef]) -> ActorRef:
    actor: ActorRef | None = None
    if speaker.kind == "pronoun":
        actor = _bounded_pronoun(tracker, speaker.pos, spoken)
    elif speaker.kind == "phrases":
        span = _choose(speaker.spans, tracker)
        pronoun = lone_pronoun(tracker.text, span) if span is not None else None
        if pronoun is not None and span is not None:
            group = _group_before(span, tracker)
            actor = _bounded_pronoun(tracker, span[0], spoken, plural=pronoun in PLURAL_PRONOUNS)
            if group is not None and (actor is None or _last_seen(tracker, group, span[0])
                                      > _last_seen(tracker, actor, span[0])):
                actor = group  # "pihak berwenang membantah … menurut mereka": the party just named
        elif span is not None:
            span = _called_name(span, tracker) or _account_owner(span, tracker.text) or span
            read = actor = tracker.resolve(*span) or _group_before(span, tracker)
            actor = _person_in_body(actor, span, tracker) or actor
            actor = (_one_word_role(actor, tracker) or _definite_role(actor, span, tracker)
                     or _kin_named(actor, span, tracker)
                     or _possessed(actor, span, tracker, spoken) or _bare_body(actor, span, tracker) or actor)
            actor = (_expanded(actor, tracker) or _nickname_of(actor, span, tracker)
                     or _fullest_person(actor, tracker) or actor)
            actor = _without_statement_words(actor)
            if actor is not None and actor.entity is not None and actor.entity != (read and read.entity):
                tracker.remember(span[0], actor)  # "kata Alex" is Alexander Marwata: a later "-nya" too
    elif speaker.kind == "none" and not speaker.open_ended:
        # No cue: the quote goes on from whoever the text was just about (the last speaker,
        # or a person just named as a sentence's subject).
        actor = tracker.latest(speaker.pos, CONTINUATION_REACH)
    return actor or ActorRef()


# "menurut keterangan polisi", "menurut pernyataan resmi kementerian": the statement's words
# before who made it are not the speaker's description.
_STATEMENT_WORDS = frozenset({"keterangan", "pernyataan", "rilis", "siaran", "pers", "tertulis", "resmi"})


def _without_statement_words(actor: ActorRef | None) -> ActorRef | None:
    if actor is None or actor.entity is not None or not actor.description:
        return actor
    words = actor.description.split()
    kept = words
    while len(kept) > 1 and fold(kept[0]) in _STATEMENT_WORDS:
        kept = kept[1:]
    return actor if kept is words else ActorRef(description=" ".join(kept))


def _one_word_role(actor: ActorRef | None, tracker: ActorTracker) -> ActorRef | None:
    """"ujar Presiden" after "Presiden Joko Widodo": a one-word title names the person who
    holds exactly that title in the article, the latest one seen first (the tracker reads
    only titles of two words or more)."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    words = actor.description.split()
    if len(words) != 1 or fold(words[0]) not in lexicon().role_longest:
        return None
    title = fold(words[0])
    people = [e for e in tracker.index.by_id.values() if e.type == "PERSON"]
    holders = {e.id: e for e in people if any(fold(role) == title for role in e.roles)}
    if not holders:
        # "kata Kapolres" after "Kapolres Bogor AKBP Hendra": the title with its place or rank.
        holders = {e.id: e for e in people if any(fold(role).split()[:1] == [title] for role in e.roles)}
    if not holders:
        holders = _apposed_title_holders(tracker, title)
    for seen in reversed(tracker.seen):
        if seen.actor.entity in holders:
            return seen.actor
    if len(holders) == 1:
        entity = next(iter(holders.values()))
        return ActorRef(entity=entity.id, name=entity.name, description=actor.description)
    return None


def _apposed_title_holders(tracker: ActorTracker, title: str) -> dict[str, Entity]:
    """"AKP Boby Kusumawardhana, Kapolsek Tambun, mengatakan …": people whose title stands after
    their name between commas, which the entity layer does not file as their role."""
    text = tracker.text
    holders: dict[str, Entity] = {}
    for found in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", text, re.IGNORECASE):
        comma = text.rfind(",", 0, found.start())
        if comma < 0 or text[comma + 1:found.start()].strip():
            continue
        before = comma
        while before > 0 and text[before - 1].isspace():
            before -= 1
        people = [m for m in tracker.index.within(max(0, before - 1), before)
                  if m.end == before and m.entity.type == "PERSON"]
        holders.update((m.entity.id, m.entity) for m in people)
    return holders


# Relatives and counsel named once with their tie ("istri Atim, Sanya") and later by the tie
# alone ("istrinya juga mengaku …").
_KIN = ("istri", "suami", "anak", "ayah", "ibu", "kakak", "adik", "putra", "putri", "paman", "bibi",
        "kerabat", "pengacara", "kuasa hukum")
_KIN_REACH = 40  # characters from the tie to the name set after it


def _kin_named(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"istrinya" after "istri Atim, Sanya": the person the article named with that tie last."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    written = fold(" ".join(actor.description.split()))
    tie = next((k for k in _KIN if written in (f"{k}nya", f"sang {k}")), None)
    if tie is None:
        return None
    text = tracker.text
    ties = list(re.finditer(rf"(?<!\w){re.escape(tie)}(?!\w)", text[:span[0]], re.IGNORECASE))
    for found in reversed(ties):
        comma = text.find(",", found.end(), found.end() + _KIN_REACH)
        if comma < 0:
            continue
        named = [m for m in tracker.index.within(comma, comma + _KIN_REACH) if m.entity.type == "PERSON"
                 and not text[comma + 1:m.start].strip()]
        if named:
            entity = named[0].entity
            return ActorRef(entity=entity.id, name=entity.name, description=actor.description)
    return None


# Offices and sides a person has ("kantornya": his office): the speaker is that office of the
# person "-nya" refers to, described with their name.
_OWNED = frozenset({"kantor", "kuasa hukum", "pengacara", "juru bicara", "jubir", "kubu", "tim", "keluarga",
                    "partai", "kementerian", "perusahaan", "pemerintah", "pemerintahan", "istana"})


def _possessed(actor: ActorRef | None, span: Span, tracker: ActorTracker,
               spoken: list[ActorRef]) -> ActorRef | None:
    """"menurut kantornya" after "Aung San Suu Kyi": the description "kantor Aung San Suu Kyi"."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    words = actor.description.split()
    if not words[-1].lower().endswith("nya"):
        return None
    stem = " ".join([*words[:-1], words[-1][:-3]])
    if stem.lower() not in _OWNED:
        return None
    owner = _recent(tracker, span[0], spoken)
    if owner is None or owner.name is None:
        return None
    return ActorRef(description=f"{stem} {owner.name}")


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")


def _expanded(actor: ActorRef | None, tracker: ActorTracker) -> ActorRef | None:
    """"IEA juga menyatakan" after "Badan Energi Internasional (IEA)": the speaker goes by the
    fullest name the article gives, the one its acronym stands after in parentheses."""
    if actor is None or actor.name is None or not _ACRONYM.fullmatch(actor.name):
        return None
    text = tracker.text
    for found in re.finditer(rf"\(\s*{re.escape(actor.name)}\s*\)", text):
        end = found.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        named = [m for m in tracker.index.within(max(0, end - 1), end)
                 if m.end == end and m.entity.type != "PERSON" and m.entity.id != actor.entity]
        if named:
            entity = named[-1].entity
            return ActorRef(entity=entity.id, name=entity.name, description=actor.description)
    return None


def _person_in_body(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"Direktur Utama PT Angkasa Pura I Tommy Soetomo" read as one organisation: when a
    person the article names later ("terang Tommy") opens the tail of an organisation's name
    in the speaker phrase, the speaker is that person, by the tail as the fuller name."""
    if actor is not None and actor.entity is not None:
        entity = tracker.index.by_id.get(actor.entity)
        if entity is None or entity.type == "PERSON":
            return None
    text = tracker.text
    people = {fold(e.name.split()[0]): e for e in tracker.index.by_id.values() if e.type == "PERSON"}
    for mention in tracker.index.within(*span):
        if mention.entity.type != "ORG":
            continue
        words = words_of(text, mention.start, mention.end)
        for n in range(2, len(words)):
            person = people.get(words[n][2])
            if person is not None and text[words[n][0]].isupper():
                found = ActorRef(entity=person.id, name=text[words[n][0]:mention.end],
                                 description=_clean_description(text, span[0], words[n][0]))
                tracker.remember(span[0], found)  # a later "ia" means the person, not the body
                return found
    return None


def _clean_description(text: str, start: int, end: int) -> str | None:
    cleaned = " ".join(text[start:end].split()).strip(" ,")
    return cleaned or None


# "Danny, sapaan akrabnya, mengatakan …": a nickname set off as what someone is called.
_NICKNAME_NOTE = re.compile(r"\s*[,(]\s*(?:sapaan|panggilan)\s+(?:akrab|karib)(?:nya)?\s*[,)]", re.IGNORECASE)
NICKNAME_REACH = 400  # characters back to the person the nickname belongs to


def _nickname_of(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """The person named last before a nickname introduced as "X, sapaan akrabnya,"."""
    if actor is None or actor.name is None or not _NICKNAME_NOTE.match(tracker.text, span[1]):
        return None
    earlier = [m for m in tracker.index.within(max(0, span[0] - NICKNAME_REACH), span[0])
               if m.entity.type == "PERSON" and m.end <= span[0] and m.entity.id != actor.entity]
    if not earlier:
        return None
    entity = earlier[-1].entity
    return ActorRef(entity=entity.id, name=entity.name, description=actor.description)


MIN_SHORT_FORM = 4
MAX_NAME_PARTS = 5


def _short_form(short: str, words: list[str]) -> bool:
    """Is ``short`` made of leading parts (two letters or more) of consecutive name words, in
    order ("risma" of "tri rismaharini", "jokowi" of "joko widodo")?"""
    if not short:
        return True
    for i, word in enumerate(words):
        for k in range(len(word), 1, -1):
            if short.startswith(word[:k]) and _short_form(short[k:], words[i + 1:]):
                return True
    return False


def _fullest_person(actor: ActorRef | None, tracker: ActorTracker) -> ActorRef | None:
    """"kata Risma" after "Tri Rismaharini", "ujar Jokowi" after "Joko Widodo": a one-word name
    that is a short form of exactly one longer person's name in the article is that person."""
    if actor is None or actor.entity is None or actor.name is None or " " in actor.name.strip():
        return None
    entity = tracker.index.by_id.get(actor.entity)
    short = fold(actor.name)
    if entity is None or entity.type != "PERSON" or len(short) < MIN_SHORT_FORM:
        return None
    longer = [e for e in tracker.index.by_id.values()
              if e.type == "PERSON" and e.id != entity.id and 1 < len(e.name.split()) <= MAX_NAME_PARTS
              and _short_form(short, [fold(w) for w in e.name.split()])]
    if len(longer) != 1:
        return None
    return ActorRef(entity=longer[0].id, name=longer[0].name, description=actor.description)


# Heads of a body's name that, standing alone, refer back to the body named in full.
_BODY_HEADS = frozenset({"kementerian", "badan", "komisi", "dinas", "lembaga", "departemen", "direktorat",
                         "otoritas", "majelis", "dewan", "mahkamah", "pengadilan", "kejaksaan", "kantor",
                         "ministry", "agency", "commission", "department"})


def _bare_body(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"Kementerian menyatakan" after "Kementerian Pertahanan Sipil … Selandia Baru": a body
    named by the first word of its name alone is the latest such body the article named."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    words = actor.description.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    head = fold(words[0])
    if head not in _BODY_HEADS:
        return None  # "Pemerintah menyatakan": the government at large, as the guideline keeps it
    bodies = [m for m in tracker.index.within(0, span[0])
              if m.entity.type == "ORG" and m.end <= span[0] and len(m.entity.name.split()) > 1
              and fold(m.entity.name.split()[0]) == head]
    if not bodies:
        return None
    entity = bodies[-1].entity
    return ActorRef(entity=entity.id, name=entity.name, description=actor.description)


# "akun instagram resmi TMC Polda Metro Jaya": an account speaks for its owner.
_ACCOUNT = re.compile(r"\W*akun(?:\s+(?:resmi|instagram|twitter|facebook|youtube|tiktok|pribadi"
                      r"|media\s+sosial|@\w+|miliknya|milik))+\s+(?=\w)", re.IGNORECASE)


def _account_owner(span: Span, text: str) -> Span | None:
    account = _ACCOUNT.match(text, *span)
    return (account.end(), span[1]) if account is not None and account.end() < span[1] else None


_CALLED = re.compile(r"(?<!\w)(?:akrab\s+|karib\s+|biasa\s+)?(?:disapa|dipanggil|disebut)\s+", re.IGNORECASE)


def _called_name(span: Span, tracker: ActorTracker) -> Span | None:
    """"pria yang akrab disapa Hendra itu": the name the phrase says the person goes by."""
    called = _CALLED.search(tracker.text, *span)
    if called is None:
        return None
    people = [m for m in tracker.index.within(called.end(), span[1])
              if m.entity.type == "PERSON" and m.start == called.end()]
    return (people[0].start, people[0].end) if people else None


# How far from an earlier use of a role a person's name may stand and hold that role
# ("juru bicara maskapai, Mohammad Rahimi").
ROLE_NAME_REACH = 60


def _definite_role(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"Sang juru bicara menyebut" (the spokesman) after "juru bicara maskapai, Mohammad
    Rahimi": "sang" points back to the person the article named with that role last."""
    if actor is None or actor.entity is not None:
        return None
    text = tracker.text
    words = words_of(text, *span)
    if len(words) < 2 or words[0][2] != "sang":
        return None
    role = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w[2]) for w in words[1:]) + r"(?!\w)", re.IGNORECASE)
    for found in reversed(list(role.finditer(text, 0, span[0]))):
        near = tracker.index.within(max(0, found.start() - ROLE_NAME_REACH), found.end() + ROLE_NAME_REACH)
        people = [m for m in near if m.entity.type == "PERSON"]
        if people:
            person = min(people, key=lambda m: abs(m.start - found.end()))
            return ActorRef(entity=person.entity.id, name=person.entity.name, description=actor.description)
    return None


def _group_before(span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"menurut mereka" with no group before it: the unnamed party seen last ("pihak
    berwenang"), which the tracker files as one person; never a named person."""
    words = words_of(tracker.text, span[0], span[1])
    if len(words) != 1 or words[0][2] not in PLURAL_PRONOUNS:
        return None
    actor = tracker.latest(span[0], CONTINUATION_REACH)
    if actor is None or actor.entity is not None or not actor.description:
        return None
    return actor


# Cues that say the words go on ("lanjutnya", "imbuhnya", "tambah dia"): who goes on is the last
# speaker, even when the narrative between named someone else ("… dibawa ke rumah sakit.
# "…," lanjutnya").
_GOING_ON_CUES = frozenset({"lanjut", "lanjutnya", "imbuh", "imbuhnya", "tambah", "tambahnya", "sambung",
                            "sambungnya", "pungkas", "pungkasnya"})


def _going_on(candidate: Candidate, tracker: ActorTracker, spoken: list[ActorRef]) -> ActorRef | None:
    """The last voice (a speaker, or the subject of "menilai" and other verbs of opinion), for a
    singular pronoun or clitic of a cue that says the words go on."""
    speaker = candidate.speaker
    if not spoken or candidate.cue is None or fold(candidate.cue) not in _GOING_ON_CUES:
        return None
    lone = lone_pronoun(tracker.text, speaker.spans[0]) if len(speaker.spans) == 1 else None
    if speaker.kind != "pronoun" and lone not in SINGULAR_PRONOUNS:
        return None
    last = spoken[-1]
    if speaker.pos - _last_seen(tracker, last, speaker.pos) > SPEAKER_PRONOUN_REACH:
        return None
    tracker.remember(speaker.pos, last)
    return last


def resolve(candidates: list[Candidate], tracker: ActorTracker) -> list[ActorRef]:
    """Speakers of ``candidates``, resolved in the order their speakers appear in the text."""
    speakers = [ActorRef() for _ in candidates]
    spoken: list[ActorRef] = []
    voiced: list[ActorRef] = []  # speakers and subjects of opinion verbs, in text order
    for i in sorted(range(len(candidates)), key=lambda i: candidates[i].speaker.pos):
        speakers[i] = (_going_on(candidates[i], tracker, voiced)
                       or _resolve_one(candidates[i].speaker, tracker, spoken))
        if speakers[i] != ActorRef():
            voiced.append(speakers[i])
            if not candidates[i].mention_only:
                spoken.append(speakers[i])
    return speakers
