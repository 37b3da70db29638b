"""Combining the trained NER model's spans with the gazetteer and rule mentions.

The model (``warta.article.ner``) is optional at run time: when the module or its
trained weights are missing, the entity stage runs on the gazetteer and rules alone.
When it is there, neither side wins blindly:

- a model span that strictly contains a gazetteer hit with another type replaces it
  ("Michael Jordan" is a person even though "Jordan" is a country) when all the span's
  hits are of other types ("Bursa Efek Indonesia") and it holds no titled name ("Negeri
  Turki Mevlut Cavusoglu", cut from a title, overrules neither the country nor the
  minister), and except where the hit opens the span, or the words before it are a role:
  Indonesian puts the organisation before the name ("juru bicara Kremlin Dmitry Peskov",
  "Pejabat Washington"), so there the model span is cut after the hit instead (not after a
  common word that is also a place opening an organisation: "Bursa Efek Indonesia"); a span
  that opens with a hit of its own type is one longer name of that kind ("Libya Barat");
- an untyped rule mention gets the type of a model span with the same offsets as a hint,
  weaker than a title or a full name it shortens ("Peskov" after "Dmitry Peskov"); but a titled
  "name" that the model reads word for word as an organisation or place is one, the title word
  a common noun ("CEO [Visinema Pictures]", "anggota [Al-Qaeda]");
- a model span that overlaps no rule mention is added (names the rules missed), without the
  role, rank, speech or common words at its edges ("Ipda", "Kata Djarot" → "Djarot"), but
  with an English name's own "The" ("The Jakarta Post");
- an untyped run of capitals from the rules that holds model spans but is none of them
  gives way to them when the words they leave out are common ones ("Akomodasi Pemprov" →
  "Pemprov", "Pengguna Ford" → "Ford", "Produser David Heyman" → "David Heyman", but "Sanya
  Dewi" stays whole where the model saw only "Dewi"); a model span that holds only such runs,
  wider than they are, replaces them ("Dataran [Tinggi Golan]", "[Irianto] [MS Syaifuddin]"); a run of
  dictionary words the article also writes in lower case that no model span touches goes
  ("Wajib Pajak" beside "wajib pajak");
- a model span that opens with its only gazetteer hit, of its own type, and goes on with more
  capitals names a part of that place or body ("[Libya] Barat", "[Gaza] City"): it replaces the
  hit, unless it ran on into a title ("[Italia] Kolonel Laut");
- a titled "name" that no model span touches and that is made only of dictionary words or title
  scraps is the rest of a longer title ("Menteri Pendidikan [Nasional]", "Komjen [Pol]"), no name;
- a model span that opens with a gazetteer hit that is only a state or province abroad
  ("Victoria" in Australia) and goes on with one word of no place, dictionary or lexicon is a
  person whose given name the state's is ("[Victoria] Beckham");
- a gazetteer hit or a titled name the model does not see is kept (the model was
  trained on other news and misses rare foreign names); a bare run of capitals that no model
  span touches is kept only when the article names it in more than one sentence
  (:func:`drop_unseen_guesses`, after grouping).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import pairwise
from typing import Protocol

from warta.article.chunks import PLURAL_NICKNAME
from warta.article.common_words import (
    is_affixed_common_word,
    is_derived_word,
    is_dictionary_word,
    lower_case_words,
)
from warta.article.gazetteer import gazetteer
from warta.article.legal_forms import ends_with_trailing_form
from warta.article.lexicon import lexicon
from warta.article.mentions import Found, kept_of
from warta.article.ner import NerSpan
from warta.article.regions import COMPASS_WORDS
from warta.article.royal_names import titled_names
from warta.article.speechcues import speech_cues
from warta.article.titles import headline_verb
from warta.article.tokens import Token, fold, key_of, tokenize
from warta.models import Entity, EntityType

_LABELS: dict[str, EntityType] = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "LOC": "LOC",
                                  "GPE": "LOC", "EVENT": "EVENT"}


class SpanLike(Protocol):
    """A labelled span with offsets into its text (read-only: the model's spans are frozen)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def text(self) -> str: ...


ModelFn = Callable[[str], Sequence[SpanLike]]


@cache
def model() -> ModelFn | None:
    """The NER model's ``find_entities``, or None when it is not installed or not trained."""
    try:
        from warta.article import ner
    except ImportError:
        return None
    find: ModelFn | None = getattr(ner, "find_entities", None)
    path_of = getattr(ner, "model_path", None)
    if find is None or (callable(path_of) and not (path_of() / "config.cfg").is_file()):
        return None  # not trained yet: do not pay for importing spaCy
    try:
        find("Presiden Joko Widodo tiba di Jakarta.")
    except Exception:  # a missing or half-written model directory: run on rules alone
        return None
    return find


def with_model(text: str, found: list[Found], find: ModelFn | None = None) -> list[Found]:
    """``found`` revised by the model's spans (unchanged when no model is available)."""
    find = find or model()
    if find is None:
        return found
    cased = _has_capitals(text)
    lines = [piece for s in find(text) if s.label in _LABELS and (not cased or _has_capitals(s.text))
             for piece in split_at_lines(s)]
    titled = titled_names(text)
    trimmed = [after_headline_verb(t) for t in (trim_edges(s, titled) for s in lines) if t is not None]
    spans = [piece for t in trimmed if t is not None for piece in split_org_then_person(t, find)]
    spans = trim_at_leading_hits(found, [_given_name_of_place(s, found) for s in spans])
    combined = combine(found, spans, lower_case_words(text))
    _characters_named_like_provinces(combined, spans)
    for mention in combined:
        if mention.source == "model":
            mention.before, mention.after = _neighbours(text, mention.start, mention.end)
        _place_after_di(mention)
    return combined


def after_headline_verb(span: SpanLike) -> SpanLike | None:
    """"Banjir Bandang Menerjang [Garut]": a headline read as one name is cut to what follows its
    last verb, or dropped when that is a common word too ("… Menerjang Perekonomian Dunia")."""
    words = [t for t in tokenize(span.text) if t.is_word]
    verbs = [k for k in range(1, len(words)) if headline_verb(words[k].text)]
    if not verbs:
        return span
    rest = words[verbs[-1] + 1:]
    if not rest or is_derived_word(rest[0].text):
        return None
    cut = rest[0].start
    return NerSpan(span.start + cut, span.end, span.label, span.text[cut:])


def split_org_then_person(span: SpanLike, find: ModelFn) -> list[SpanLike]:
    """An organisation span that ends in a person's name, no comma between ("Capital Economics Tom
    Pugh", an analyst's firm then the analyst): the organisation and the person, when the last two
    words are capitalised (the last no dictionary word) and the model, reading each part alone,
    finds the whole tail a person and the whole head an organisation."""
    if _LABELS[span.label] != "ORG":
        return [span]
    words = [t for t in tokenize(span.text) if t.is_word]
    if len(words) < 3 or not all(_name_word(w.text, w.key) for w in words[-2:]) \
            or is_dictionary_word(words[-1].text):
        return [span]
    cut = words[-2].start
    head_text, tail_text = span.text[:cut].rstrip(), span.text[cut:]
    if not (_read_whole(find, tail_text, "PERSON") and _read_whole(find, head_text, "ORG")):
        return [span]
    return [NerSpan(span.start, span.start + len(head_text), span.label, head_text),
            NerSpan(span.start + cut, span.end, "PERSON", tail_text)]


def _name_word(text: str, key: str) -> bool:
    """Capitalised, not an acronym, and no role or common word; a given name may be a word ("Tom")."""
    return text[:1].isupper() and not text.isupper() and not _noise_word(key)


def _read_whole(find: ModelFn, text: str, label: str) -> bool:
    """The model, reading ``text`` alone, finds one span of ``label`` that is all of it."""
    spans = list(find(text))
    return len(spans) == 1 and _LABELS.get(spans[0].label) == label and spans[0].text == text


def _has_capitals(text: str) -> bool:
    """Whether ``text`` has a capital letter. The model also learnt from lower-cased news, so it reads
    names in lower case; in text that capitalises, a span without a capital ("gempa di palu") is a
    common word ("palu", a hammer), not a name."""
    return any(c.isupper() for c in text)


def without_thing_names(found: list[Found]) -> list[Found]:
    """``found`` without runs that name a sport or a colour and nothing else ("Wushu", "Merah Putih",
    "Atlet Wushu"): things, not people or places. A run with a word of its own ("Kabinet Merah Putih")
    or with a gazetteer row stays."""
    lex = lexicon()

    things = lex.words.get("thing", frozenset())

    def thing(mention: Found) -> bool:
        if not any(fold(word) in things for word in mention.text.split()):
            return False  # most names: no need to cut them into tokens
        keys = [t.key for t in tokenize(mention.text) if t.is_word]
        plain = all(lex.kind_of(k, "thing") or lex.kind_of(k, "thing-noun") or _noise_word(k) for k in keys)
        return not mention.ids and plain and any(lex.kind_of(k, "thing") for k in keys)

    return kept_of(found, [m for m in found if not thing(m)])


def _place_after_di(mention: Found) -> None:
    """"dialami Marquez di [Mugello]": what stands right after the locative "di" is a place, though
    the model read a person there (people follow "di" only behind a noun: "di bawah Jokowi")."""
    if mention.before != "di" or mention.role or mention.ids:
        return
    if mention.source == "model" and mention.type == "PERSON":
        mention.type = "LOC"
    elif mention.type is None and mention.hint == "PERSON":
        mention.hint = "LOC"


_LINE_BREAK = re.compile(r"\s*\n\s*")


def split_at_lines(span: SpanLike) -> list[SpanLike]:
    """``span`` cut at its line breaks: a heading and the paragraph under it are never one name."""
    if "\n" not in span.text:
        return [span]
    pieces: list[SpanLike] = []
    cursor = 0
    for gap in [*_LINE_BREAK.finditer(span.text), None]:
        end = gap.start() if gap else len(span.text)
        if end > cursor:
            pieces.append(NerSpan(span.start + cursor, span.start + end, span.label, span.text[cursor:end]))
        cursor = gap.end() if gap else end
    return pieces


_BEFORE = re.compile(r"(\w+|[^\w\s])\s*$")
_AFTER = re.compile(r"\s*(\w+|[^\w\s])")


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The folded tokens just before and after a span, as the rule mentions carry them."""
    before = _BEFORE.search(text[max(0, start - 40):start])
    after = _AFTER.match(text, end)
    return (fold(before.group(1)) if before else "", fold(after.group(1)) if after else "")


_SCORE = re.compile(r"\d+[-–:]\d+")


def _noise_word(key: str) -> bool:
    """A word that is never part of a name at its edge: a role, rank or speech verb, a common word,
    a match score ("Porto 2-1")."""
    lex = lexicon()
    return ((key,) in lex.roles or lex.kind_of(key, "not-name") or lex.kind_of(key, "speech")
            or _SCORE.fullmatch(key) is not None)


def _leading_noise(keys: list[str]) -> int:
    """How many words at the start of ``keys`` are one noise word or one whole role phrase
    ("Menteri Luar Negeri"), 0 if none."""
    lex = lexicon()
    for n in range(min(lex.role_longest.get(keys[0], 0), len(keys)), 1, -1):
        if tuple(keys[:n]) in lex.roles:
            return n
    return 1 if _noise_word(keys[0]) else 0


def trim_edges(span: SpanLike, titled: frozenset[tuple[str, str]] = frozenset()) -> SpanLike | None:
    """``span`` without noise words at either edge; None when nothing of a name is left. ``titled``:
    (title, next word) pairs whose title word opens a name (``royal_names``), kept."""
    words = [t for t in tokenize(span.text) if t.is_word]
    first, last = 0, len(words)
    while first < last and (skip := _leading_noise([w.key for w in words[first:last]])):
        if words[first].text == "The" and last - first > 1:
            break  # an English name's own article: "The Jakarta Post", "The Pink Floyd"
        if first + 1 < last and (words[first].key, words[first + 1].key) in titled:
            break  # "Ratu Tisha Destria": the title word is the name's
        first += skip
    cased = first < last and words[first].text[:1].isupper()  # lower-cased text (NERP) writes every name so
    while last > first and (_noise_word(words[last - 1].key)
                            or (cased and _lower_tail(span.text, words[last - 1]))):
        last -= 1
    if span.label == "PERSON":
        last = _before_number(words, first, last)
    if first == last:
        return None
    if first == 0 and last == len(words):
        return span
    start, end = words[first].start, words[last - 1].end
    return NerSpan(span.start + start, span.start + end, span.label, span.text[start:end])


def _lower_tail(text: str, word: Token) -> bool:
    """A word of the language in lower case right after the name's last word closes no name: the model
    ran on into the verb after it ("[Udinese tercecer] di posisi ke-13").
    Other lower-case words may be the name's own, as written or mangled ("Lee Min - ho", "Dukuh kowang",
    "Tsushima Sh ? ? ji"), and so may a word with digits ("Friday the 13th", "Philadelphia 76ers")."""
    if not (word.text.isalpha() and word.text.islower()) or lexicon().kind_of(word.key, "particle") \
            or word.key in COMPASS_WORDS:
        return False  # "Israel utara", "Afrika barat": a part of the place, in lower case
    before = text[:word.start]
    if not before.endswith(" ") or not before.rstrip()[-1:].isalpha():
        return False
    # Indonesian words only: cutting English joiners ("Daewoo Shipbuilding and") moved the English
    # ECB+ story clustering off its floor (test-topic ARI 0.8833 -> 0.8609) for no entity gain measured.
    return is_dictionary_word(word.text)


def _before_number(words: Sequence[Token], first: int, last: int) -> int:
    """Where a person's name ends before a number the model ran on into: a line-up's minute of a
    substitution ("( Dendi 69 ' )", "( Dedik 58').Cadangan"); no one's name holds a number."""
    return next((k for k in range(first + 1, last) if words[k].text.isdigit()), last)


def trim_at_leading_hits(found: list[Found], spans: Sequence[SpanLike]) -> list[SpanLike]:
    """Cut a model span after a gazetteer hit of another type that opens it, or drop it
    when only a role word stands before such a hit ("Pejabat Washington")."""
    trimmed: list[SpanLike] = []
    span: SpanLike
    for span in spans:
        span = _without_bare_building_word(span, found)
        for mention in found:
            if not mention.ids:
                continue
            inside = span.start <= mention.start and mention.end <= span.end
            if _LABELS[span.label] == mention.type or _opens_personal_name(span, mention) \
                    or _opens_team_name(span, mention):
                continue  # "Libya Barat", "PKB Indonesia": one longer name of the hit's own kind
            if _LABELS[span.label] != "PERSON" and is_dictionary_word(mention.text):
                continue  # "Bursa Efek Indonesia": a common word that is also a place opens the name
            if inside and mention.start == span.start and mention.end < span.end:
                rest = span.text[mention.end - span.start:]
                kept = rest.lstrip(" ,.")  # "U.S. Trade …": the hit's closing period is no part of the rest
                span = NerSpan(span.end - len(kept), span.end, span.label, kept)
            elif inside and mention.end == span.end and _role_before(span, mention):
                span = NerSpan(mention.start, mention.end, span.label, "")  # dropped: the hit stays
        if span.text:
            trimmed.append(span)
    return trimmed


# Words for a building that open its name only when a name of its own follows ("Gedung Sate").
_BUILDING_WORDS = frozenset({"gedung"})


def _without_bare_building_word(span: SpanLike, found: list[Found]) -> SpanLike:
    """"[Gedung] DPR": a building word the rules read no building's name after, cut off the model's
    span, so the body the gazetteer knows after it stays the body."""
    first, _, rest = span.text.partition(" ")
    if fold(first) not in _BUILDING_WORDS or not rest.strip() or any(m.start == span.start for m in found):
        return span
    cut = len(span.text) - len(rest.lstrip())
    return NerSpan(span.start + cut, span.end, span.label, span.text[cut:])


def _role_before(span: SpanLike, mention: Found) -> bool:
    """Only a role or a not-a-name word ("Pejabat") stands before the hit in the span."""
    if _LABELS[span.label] == mention.type:
        return False
    key = key_of(span.text[: mention.start - span.start].strip(" ,"))
    if not key:
        return False
    return key in lexicon().roles or all(lexicon().kind_of(k, "not-name") for k in key)


def combine(found: list[Found], spans: Sequence[SpanLike],
            lower_words: frozenset[str] = frozenset()) -> list[Found]:
    """Merge rule mentions and model spans by the rules in the module docstring; ``lower_words``
    are the words the text also writes in lower case."""
    kept: list[Found] = []
    covered: list[tuple[int, int]] = []
    by_offsets = {(s.start, s.end): s for s in spans}
    winners = [w for w in (_wider_conflict(m, spans) for m in found) if w is not None and _lone_hit(w, found)]
    winners += _wider_names(found, spans)
    winners += _longer_place(found, spans)
    for mention in found:
        if any(w.start <= mention.start and mention.end <= w.end for w in winners):
            continue  # inside a longer model span that overrules it
        if _gives_way(mention, spans, by_offsets, lower_words) or _org_then_person(mention, spans):
            continue  # the model spans inside it are added below
        if _misread_title(mention, spans) or _common_word_hit(mention, spans):
            continue
        _read_with(mention, spans, by_offsets.get((mention.start, mention.end)))
        _cut_place_off_titled_name(mention, spans, found)
        kept.append(mention)
        covered.append((mention.start, mention.end))
    for span in spans:
        if not any(s < span.end and span.start < e for s, e in covered):
            kept.append(_from_span(span))
    kept.sort(key=lambda m: m.start)
    return kept_of(found, kept)


def _read_with(mention: Found, spans: Sequence[SpanLike], same: SpanLike | None) -> None:
    """What a kept mention learns from the model: whether the model saw it at all, and the type
    of a model span with its very offsets (a hint, or the type of a misread title's "name")."""
    mention.unseen = _unseen_guess(mention, spans)
    if same is None:
        return
    if mention.type is None:
        mention.hint = _LABELS[same.label]
    if _titled_organisation(mention, same):
        mention.type, mention.role, mention.role_orgs = _LABELS[same.label], None, []


def _given_name_of_place(span: SpanLike, found: list[Found]) -> SpanLike:
    """"[Victoria] Beckham": a place or person span that opens with a state abroad and goes on with one
    word that is nothing of a place (no dictionary or compass word, no word of the lexicon's) is a
    person whose given name the state's is; "[Victoria] Utara" keeps the model's type."""
    if any(_opens_team_name(span, m) for m in found):
        return NerSpan(span.start, span.end, "ORG", span.text)  # "Indiana Pacers": the state's team
    if _LABELS[span.label] not in {"LOC", "PERSON"} or not any(_opens_personal_name(span, m) for m in found):
        return span
    return NerSpan(span.start, span.end, "PERSON", span.text)


def _word_after_state(span: SpanLike, hit: Found) -> str | None:
    """The one word after a state or province abroad that opens the span ("Victoria [Beckham]")."""
    if hit.start != span.start or hit.end >= span.end or not _foreign_subdivision(hit):
        return None
    rest = span.text[hit.end - span.start:].split()
    return rest[0] if len(rest) == 1 else None


def _opens_personal_name(span: SpanLike, hit: Found) -> bool:
    word = _word_after_state(span, hit)
    return word is not None and _surname_shaped(word) and not PLURAL_NICKNAME.fullmatch(word)


def _opens_team_name(span: SpanLike, hit: Found) -> bool:
    """"Indiana Pacers", "Carolina Panthers": a state abroad, then an English plural of no dictionary's
    (a consonant before its "s") is that state's team, read as a person or cut to the place otherwise."""
    word = _word_after_state(span, hit)
    return word is not None and PLURAL_NICKNAME.fullmatch(word) is not None and not is_dictionary_word(word)


def _surname_shaped(word: str) -> bool:
    """A capitalised word that the dictionary, the gazetteer's first words and the lexicon do not know."""
    key = fold(word)
    return word.isalpha() and word[:1].isupper() and not word.isupper() and not is_dictionary_word(word) \
        and key not in COMPASS_WORDS and key not in gazetteer().longest \
        and not any(key in words for words in lexicon().words.values()) and key not in _role_phrase_words()


def _foreign_subdivision(mention: Found) -> bool:
    """Every gazetteer row of the mention is a state or province abroad ("Victoria" in Australia): the
    weakest of the gazetteer's places, whose names are also people's given names."""
    entries = gazetteer().entries
    return bool(mention.ids) and all(
        entries[i].kind == "subdivision" and entries[i].country != "ID" for i in mention.ids if i in entries)


def _characters_named_like_provinces(found: list[Found], spans: Sequence[SpanLike]) -> None:
    """"Film itu menampilkan Batman … Batman kali ini lebih gelap": a state or province abroad that the
    article names more than once, never after a word of place, and that the model reads as a person
    at each of its mentions is a person or a character of that name, not the Turkish province. One
    mention proves too little (the model also reads lone provinces as people)."""
    read = {(s.start, s.end): _LABELS[s.label] for s in spans}
    locative = lexicon().words.get("locative", frozenset())
    named: dict[str, list[Found]] = {}
    for mention in found:
        if _foreign_subdivision(mention):
            named.setdefault(fold(mention.text), []).append(mention)
    for mentions in named.values():
        if len(mentions) > 1 and all(read.get((m.start, m.end)) == "PERSON" and m.before not in locative
                                     for m in mentions):
            for mention in mentions:
                mention.type, mention.ids, mention.source = "PERSON", (), "rules"


def _cut_place_off_titled_name(mention: Found, spans: Sequence[SpanLike], found: list[Found]) -> None:
    """"Pemimpin [Catalunya] Carles Puigdemont": the title grammar read the place of the post into
    the name. When the model sees a full name (two words or more) ending the titled name, and the
    words before it are what the article names elsewhere as a place or organisation, those words
    go to the role and the name is the model's."""
    if mention.role is None or mention.ids:
        return
    inner = next((s for s in spans if s.end == mention.end and mention.start < s.start
                  and _LABELS[s.label] == "PERSON" and len(s.text.split()) >= 2), None)
    if inner is None:
        return
    place = mention.text[:inner.start - mention.start].strip(" ,")
    named_elsewhere = any(m.text == place and m.type in {"LOC", "ORG"} for m in found) or any(
        s.text == place and _LABELS[s.label] in {"LOC", "ORG"} for s in spans)
    if place and named_elsewhere:
        mention.role = f"{mention.role} {place}"
        mention.start, mention.text = inner.start, inner.text


def _titled_organisation(mention: Found, same: SpanLike) -> bool:
    """The title grammar's "name" is what the model reads as an organisation or place, word for
    word ("CEO [Visinema Pictures]", "anggota [Al-Qaeda]"): the role word was a common noun. A name
    set off by a comma after the title ("Kepala Dinas Kesehatan, Titik Kusumawardani") is the person
    the title names, whatever the model reads there ("titik" is also a common noun, a point)."""
    if mention.before == "," or _named_after_post(mention, same) or _occupation_holder(mention):
        return False
    return mention.role is not None and not mention.ids and _LABELS[same.label] in {"ORG", "LOC"}


def _occupation_holder(mention: Found) -> bool:
    """"Wartawan [Pratama Putra]": after an occupation (a descriptor: wartawan, nelayan, peneliti) a
    name of two plain words or more is its holder, though the model reads a firm's name in it ("PT
    Pratama Putra"); a body after the occupation has a word of its own kind ("peneliti Bank Dunia")."""
    first = mention.role.split()[0] if mention.role else ""
    occupation = lexicon().roles.get((fold(first),))
    words = mention.text.split()
    return occupation is not None and occupation.kind == "descriptor" and len(words) >= 2 \
        and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words) \
        and not any(lexicon().kind_of(fold(w), kind) for w in words for kind in _BODY_WORD_KINDS)


_BODY_WORD_KINDS = ("org-head", "org-last", "org-tail", "loc-head", "body", "club-tail", "collective")


def _named_after_post(mention: Found, same: SpanLike) -> bool:
    """"Kapolres Cianjur AKBP [Soliyah]", "Bupati Sumba Barat [Agustinus]": a name after a rank, or
    a "place" after the post's own place or body, is the holder the title names (no rank comes
    before a place, and a post has one place)."""
    rank = lexicon().roles.get((mention.before,))
    if rank is not None and rank.kind == "rank":
        return True
    if _after_post_field(mention):
        return True  # "Dirjen Bea dan Cukai [Askolani]": a field the title grammar read ends the post
    return bool(mention.role_orgs) and _LABELS[same.label] == "LOC"


def _after_post_field(mention: Found) -> bool:
    """The word before the titled name is the capitalised last word of its role, a word of the language
    and of no title ("Pajak", "Cukai"): the post's field came between the title and the name, so its title
    was no common noun ("CEO dari [Twitter]" is; "Presiden RI [Nomor18]" and "Sekretaris Jenderal Madinah
    [… Authority]" end with a name or a place, not a field)."""
    last = mention.role.split()[-1] if mention.role else ""
    if mention.after == ",":
        return False  # "Direktur Keuangan [Medco], Nama": the holder may be named after the comma
    return last[:1].isupper() and not last.isupper() and fold(last) == mention.before \
        and mention.before not in _role_phrase_words() and is_dictionary_word(last)


@cache
def _role_phrase_words() -> frozenset[str]:
    """Every word of every title, rank and form of address ("direktur", "utama", "jenderal")."""
    return frozenset(word for key in lexicon().roles for word in key)


def _longer_place(found: list[Found], spans: Sequence[SpanLike]) -> list[SpanLike]:
    """Model spans that open with the only gazetteer hit they touch, of their own type, and go on
    with more capitalised words: "[Libya] Barat", "[Gaza] City" name a part of the hit's place."""
    wider: list[SpanLike] = []
    for span in spans:
        touching = [m for m in found if m.start < span.end and span.start < m.end]
        hits = [m for m in touching if m.ids]
        if len(hits) != 1 or hits[0].start != span.start or hits[0].end >= span.end:
            continue
        if hits[0].type != _LABELS[span.label] or "," in span.text:
            continue
        rest = [t.key for t in tokenize(span.text[hits[0].end - span.start:]) if t.is_word]
        if any(_noise_word(k) for k in rest):
            continue  # "[Italia] Kolonel Laut": the model ran on into a title
        if all(span.start <= m.start and m.end <= span.end and not m.role and m.acronym_of is None
               for m in touching):
            wider.append(span)
    return wider


def _misread_title(mention: Found, spans: Sequence[SpanLike]) -> bool:
    """A titled "name" made of dictionary words or a lone short word that no model span touches:
    the rest of a longer title ("Menteri Pendidikan [Nasional]", "Komjen [Pol]")."""
    if mention.role is None or mention.ids or _touched(mention, spans):
        return False
    return _generic(mention.text, with_noise=True)


_ROMAN = re.compile(r"[IVX]+")


def _title_scrap(word: str) -> bool:
    """A short abbreviation or Roman numeral left over from a title ("Pol", "I"); initials in capitals
    ("Bripka AS") are a person's."""
    return _ROMAN.fullmatch(word) is not None or (len(word) <= 3 and not word.isupper())


def _plain(mention: Found) -> bool:
    """A run of capitals with no evidence but its shape: no type, gazetteer row, role or acronym."""
    return mention.type is None and not mention.ids and not mention.role and mention.acronym_of is None


def _wider_names(found: list[Found], spans: Sequence[SpanLike]) -> list[SpanLike]:
    """Model spans that hold plain rule runs and overlap nothing else, wider than one of them: the
    model read a longer name ("Dataran [Tinggi Golan]", "[Irianto] [MS Syaifuddin]") than the
    capitals showed."""
    wider: list[SpanLike] = []
    for span in spans:
        touching = [m for m in found if m.start < span.end and span.start < m.end]
        inside = all(span.start <= m.start and m.end <= span.end and _plain(m) for m in touching)
        if not (touching and inside and any(m.end - m.start < span.end - span.start for m in touching)):
            continue
        if _common_word_glued(span, touching) or _hyphen_parted(span, touching):
            _hint_from(span, touching)
        else:
            wider.append(span)
    return wider


def _hint_from(span: SpanLike, inside: list[Found]) -> None:
    """The rule runs keep their extent; the model's type for the whole span is a hint to theirs."""
    for mention in inside:
        if mention.type is None and mention.hint is None:
            mention.hint = _LABELS[span.label]


def _hyphen_parted(span: SpanLike, inside: list[Found]) -> bool:
    """"[Rudi]-[Lina]": the rules parted two runs at a hyphen, as they do only where the article shows
    two names (``chunks.two_names_hyphened``); the model's span over both glues them again."""
    ordered = sorted(inside, key=lambda m: m.start)
    return any(span.text[a.end - span.start:b.start - span.start] == "-" for a, b in pairwise(ordered))


def _common_word_glued(span: SpanLike, inside: list[Found]) -> bool:
    """"[Pementasan] Rosalinda", "[Gantikan] Ronaldo": the model's span is wider than the rule runs
    only by a derived common word (a noun of an act, a verb of a headline) at its start."""
    first = min(m.start for m in inside)
    extra = [t for t in tokenize(span.text[:first - span.start]) if t.is_word]
    return bool(extra) and all(is_derived_word(t.text) for t in extra)


def _gives_way(mention: Found, spans: Sequence[SpanLike], by_offsets: dict[tuple[int, int], SpanLike],
               lower_words: frozenset[str]) -> bool:
    """An untyped rule run the model reads otherwise: model spans strictly inside it that leave
    out only common words at its edges ("Akomodasi Pemprov", not "Ali [Makmun] Iman" nor "Sanya
    [Dewi]"), or, when no model span
    touches it, a run of dictionary words the text also writes in lower case ("Wajib Pajak" beside
    "wajib pajak"; "Pos Kota" stays unless "pos" is written so too)."""
    if mention.type is not None or mention.ids or mention.role or mention.acronym_of is not None:
        return False
    if (mention.start, mention.end) in by_offsets or _particle_name(mention.text) \
            or _HYPHENATED_SYLLABLE_END.search(mention.text):
        return False  # "Sung Ji - hyun": the rules read the given name's second syllable the model leaves out
    inner = sorted((s for s in spans if mention.start <= s.start and s.end <= mention.end),
                   key=lambda s: s.start)
    if inner:
        offset = mention.start
        gaps = [mention.text[a.end - offset:b.start - offset] for a, b in pairwise(inner)]
        edges = mention.text[:inner[0].start - offset] + " " + mention.text[inner[-1].end - offset:]
        leading, trailing = mention.text[:inner[0].start - offset], mention.text[inner[-1].end - offset:]
        if any(s.text.endswith("-") or s.text.startswith("-") for s in inner):
            return False  # "[Hans-][Joachim Watzke]": the model cut a hyphened word, keeping its hyphen
        return not any(_has_word(gap) for gap in gaps) and _all_common(edges, lower_words) \
            and not _capitalised_connector(trailing) \
            and not (_capitalised_connector(leading) and not _after_comma(mention))
    if any(s.start < mention.end and mention.start < s.end for s in spans):
        return False
    words = [t.text for t in tokenize(mention.text) if t.is_word]
    return len(words) > 1 and all(w.lower() in lower_words and is_dictionary_word(w) for w in words)


# A lower-case syllable after a spaced hyphen closing a rules' run: an East Asian given name's second
# syllable ends a run so (``chunks._hyphenated_given_name``); a particle ("Jason West - lah") is no name's.
_HYPHENATED_SYLLABLE_END = re.compile(r"\s-\s(?!(?:lah|pun|kah|tah|nya)\Z)[a-z]+\Z")


def _org_then_person(mention: Found, spans: Sequence[SpanLike]) -> bool:
    """An organisation run the rules typed by its head word alone ("Bank Danamon Wisnu Wardana") that
    the model reads as an organisation and then a person, edge to edge: the two spans replace it."""
    if mention.type != "ORG" or mention.ids or mention.role or mention.acronym_of is not None:
        return False
    org = next((s for s in spans if s.start == mention.start and _LABELS[s.label] == "ORG"), None)
    person = next((s for s in spans if s.end == mention.end and _LABELS[s.label] == "PERSON"), None)
    if org is None or person is None or org.end >= person.start or ends_with_trailing_form(person.text):
        return False  # "[PT Marga Abhinaya] [Abadi Tbk]": a company's form closes its name, no person's
    return not _has_word(mention.text[org.end - mention.start:person.start - mention.start])


def _particle_name(text: str) -> bool:
    """A run with a lower-case name particle inside it ("Edwin van der Sar", "Abdullah bin Zayed"):
    the rules read one name there, which a model span of one part of it does not cut."""
    words = [t for t in tokenize(text) if t.is_word]
    return any(not w.is_cap and lexicon().kind_of(w.key, "particle") for w in words[1:-1])


def _unseen_guess(mention: Found, spans: Sequence[SpanLike]) -> bool:
    """A run of capitals that only the capitalisation rules found and that no model span touches:
    with no evidence but its shape (no type, gazetteer row, title or acronym), or typed only by a
    head word and made of dictionary words ("Sekolah Dasar", "Pusat Pemerintahan Kabupaten",
    "Angkatan Laut"). On the NER dev sets nine in ten are no names ("Kelas XII", "Pekan Olahraga
    Mahasiswa", song titles, "SPM")."""
    if _touched(mention, spans) or mention.ids or mention.role or mention.acronym_of is not None:
        return False
    if mention.type == "ORG" and _speaking(mention):
        return False  # "Biro Pusat Statistik mencatat …": a body with a head word that reports is a name
    return mention.type is None or (_generic(mention.text) and not _numbered_unit(mention.text))


def _speaking(mention: Found) -> bool:
    """A body of two words or more is the subject of a verb of speech or report right after it ("…
    mencatat", "… menyatakan") or the source after "menurut": what such a run names speaks, so it is no
    common noun ("Sekolah Dasar", "Angkatan Laut" are named so only as places and kinds)."""
    if " " not in mention.text.strip() or mention.before in _role_phrase_words():
        return False  # "Kepala Staf [Angkatan Laut] mengatakan": the body of a post, whose holder speaks
    after, before = speech_cues().cues.get(mention.after), speech_cues().cues.get(mention.before)
    return (after is not None and after.pattern == "verb" and after.lang == "id") \
        or (before is not None and before.pattern == "prep" and before.lang == "id")


def _numbered_unit(text: str) -> bool:
    """"Batalyon 303", "Brigade Infanteri 13": a unit word with its number names one unit."""
    words = [t for t in tokenize(text) if t.is_word]
    return (len(words) > 1 and words[-1].text.isdigit()
            and any(lexicon().kind_of(w.key, "unit-head") for w in words))


def _generic(text: str, with_noise: bool = False) -> bool:
    """Dictionary words (not in capitals, which may be initials or an acronym) and title scraps
    only; ``with_noise``: role and not-a-name words too."""
    return all(_title_scrap(t.text) or (not t.text.isupper() and (
        is_dictionary_word(t.text) or (with_noise and _noise_word(t.key))))
        for t in tokenize(text) if t.is_word)


# Gazetteer kinds too minor to outweigh a common word's reading ("Medali Perak" is a silver
# medal, not the Malaysian state).
_MINOR_PLACES = frozenset({"subdivision", "regency", "place"})


def _common_word_hit(mention: Found, spans: Sequence[SpanLike]) -> bool:
    """A one-word hit on a minor place that is also an Indonesian dictionary word and that no
    model span touches: the model read the word as a common noun ("Medali Perak")."""
    if not mention.ids or " " in mention.text or mention.text.isupper() or _touched(mention, spans):
        return False
    return gazetteer().entries[mention.ids[0]].kind in _MINOR_PLACES and is_dictionary_word(mention.text)


def _touched(mention: Found, spans: Sequence[SpanLike]) -> bool:
    return any(s.start < mention.end and mention.start < s.end for s in spans)


def drop_unseen_guesses(entities: list[Entity], found: list[Found],
                        sentence_starts: Iterable[int] = ()) -> list[Entity]:
    """``entities`` named only by unseen guesses (:func:`_unseen_guess`) in one sentence. A name
    the article repeats across sentences stays ("Betawi" twelve times, "Agnes" … "Agnes"): the
    rules found it each time, and on real news most such are names the model missed (judged
    IndoSum gold); a run repeated within one sentence ("SMA IC berubah menjadi SMA 5C") is not."""
    unseen = {(m.start, m.end) for m in found if m.unseen}
    starts = sorted(sentence_starts)

    def guessed_once(entity: Entity) -> bool:
        if not all((m.start, m.end) in unseen for m in entity.mentions):
            return False
        return len({bisect_right(starts, m.start) for m in entity.mentions}) == 1

    return [e for e in entities if not guessed_once(e)]


def _has_word(text: str) -> bool:
    return any(t.is_word for t in tokenize(text))


def _capitalised_connector(text: str) -> bool:
    """"Lin [Dan]", "[Dan] Wootton": a conjunction written with a capital inside a run of names is a
    name word; the press writes "dan" in lower case mid-sentence, and a run the rules read does not
    open a sentence with it."""
    return any(t.is_cap and lexicon().kind_of(t.key, "connector") for t in tokenize(text) if t.is_word)


def _after_comma(mention: Found) -> bool:
    """", Dan Lorenzo serta …": after a comma a capitalised conjunction opening a run is the conjunction
    miswritten; "kepada Dan Wootton" it is a given name."""
    return mention.before in {",", ";"}


def _all_common(text: str, lower_words: frozenset[str]) -> bool:
    """Every word of ``text`` is plainly no name: a noise word, a dictionary word, or one the article
    also writes in lower case ("Pernyataan", "Produser", "Akomodasi" beside "akomodasi"), so the
    model may leave it out of a name; "Sanya" in "Sanya Dewi" it may not (the model found only
    "Dewi"). A given name that is also a dictionary word ("Budi") is cut only where the model,
    reading the whole sentence, left it out of the name (on the dev sets that is a title or a
    common noun far more often than a name)."""
    return all(_noise_word(t.key) or is_dictionary_word(t.text) or t.text.lower() in lower_words
               or _agent_noun(t.text) for t in tokenize(text) if t.is_word)


def _agent_noun(word: str) -> bool:
    """A noun of the one who does something, peN- on a dictionary root ("Pengguna", "Pembeli"): a
    common noun even where its root is too short for :func:`is_dictionary_word` to cut it anywhere."""
    return word[:2].lower() == "pe" and is_affixed_common_word(word)




def _lone_hit(span: SpanLike, found: list[Found]) -> bool:
    """The span's gazetteer hits are all of another type than the span, and it holds no titled
    name: "Michael Jordan" overrules "Jordan", "Bursa Efek Indonesia" both "Bursa" (a Turkish
    province) and "Indonesia"; but "Negeri Turki Mevlut Cavusoglu" (a span cut from "Menteri
    Luar Negeri Turki Mevlut Cavusoglu") does not overrule the country and the minister the
    title grammar found."""
    inside = [m for m in found if span.start <= m.start and m.end <= span.end]
    hits = [m for m in inside if m.ids]
    kind = _LABELS[span.label]
    return bool(hits) and all(m.type != kind for m in hits) and not any(m.role for m in inside) \
        and not any(_named_place(m) for m in inside if m.type == kind == "LOC")


def _named_place(mention: Found) -> bool:
    """A place the rules read by its head word ("Gedung Nusantara", "Zona Ekonomi Eksklusif"): the body
    the gazetteer knows after it in the model's span is the place's owner, not part of its name."""
    words = mention.text.split()
    return mention.source == "rules" and len(words) > 1 and lexicon().kind_of(fold(words[0]), "loc-head")


def _wider_conflict(mention: Found, spans: Sequence[SpanLike]) -> SpanLike | None:
    if not mention.ids:
        return None
    for span in spans:
        contains = span.start <= mention.start and mention.end <= span.end
        longer = span.end - span.start > mention.end - mention.start
        if contains and longer and _LABELS[span.label] != mention.type:
            return span
    return None


def _from_span(span: SpanLike) -> Found:
    return Found(span.start, span.end, span.text, -1, -1, _LABELS[span.label], source="model")
