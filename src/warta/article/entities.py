"""Stage ``entities``: the people, organisations and places one article names.

Mentions come from the gazetteer, the title grammar and capitalisation rules
(``mentions.py``), and from the trained NER model when it is installed
(``model_spans.py``); they are grouped into the article's entities by ``coref.py``.
The corpus stage ``canonical`` (``warta.corpus.entities``) then joins the entities of
all articles of a run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise

from warta.article.body_seats import with_body_seats
from warta.article.brand_names import with_brands_typed
from warta.article.chunks import name_word_after_trade
from warta.article.common_words import drop_common_words, english_name_like
from warta.article.coref import group_mentions
from warta.article.courts import bench_of_court, with_court_benches
from warta.article.directorates import with_directorates
from warta.article.factions import with_faction_parties
from warta.article.glossed_bodies import with_glossed_bodies
from warta.article.hijri_months import names_hijri_month
from warta.article.legal_forms import only_trailing_forms
from warta.article.lexicon import lexicon
from warta.article.member_names import with_members_split
from warta.article.mentions import INITIAL_CUES, Found, find_mentions, kept_of, outside_law_titles
from warta.article.ministry_acronyms import abbreviates, is_full_ministry
from warta.article.model_spans import (
    ModelFn,
    SpanLike,
    drop_unseen_guesses,
    model,
    with_model,
    without_thing_names,
)
from warta.article.non_actors import without_non_actors
from warta.article.outlet import find_lead
from warta.article.person_cues import cued_person, name_shaped, person_titled, with_person_cues
from warta.article.post_mentions import with_post_mentions
from warta.article.products import without_products
from warta.article.publication_names import with_publications_typed
from warta.article.sentences import split_sentences
from warta.article.spaced_text import with_single_spaces
from warta.article.sports_names import with_club_initials, with_sports_types
from warta.article.tokens import fold
from warta.document import Doc
from warta.models import Entity
from warta.options import Options
from warta.pipeline import article_stage


def find_article_entities(text: str, article_id: str = "a1", known_orgs: Iterable[str] = (),
                          use_model: bool = True, lang: str = "id",
                          sentences: Sequence[Sequence[int]] | None = None,
                          find: ModelFn | None = None) -> list[Entity]:
    """Entities of one text: in-article clusters with mentions, roles, kb ids and relations.

    ``use_model``: also consult the NER model. It was trained on Indonesian news; in English
    text (``lang="en"``) only its spans that look like names are used (``english_name_like``).
    ``sentences``: the text's sentence offsets when already known (split here otherwise).
    ``find``: another model's ``find_entities`` for Indonesian text (a new model being scored).
    """
    rules = find_mentions(text, known_orgs)
    spans = split_sentences(text) if sentences is None else sentences
    starts = _with_lead_ends(text, frozenset(span[0] for span in spans))
    found, titled = rules, person_titled(text, rules)
    if use_model:
        found = with_model(text, list(rules), _english_filtered(starts) if lang == "en" else _spaced(find))
    found = _known_bodies_seen(_posts_by_place(with_person_cues(text, rules, found, titled), text))
    found = _ministry_short_forms_seen(found)
    found = without_non_actors(_without_role_words(found, text), text, lang)
    found = without_products(without_thing_names(outside_law_titles(found, text)), text)
    found = with_glossed_bodies(with_brands_typed(with_publications_typed(found, text), text), text)
    found = kept_of(found, [m for m in found if not (_pronoun_with_particle(m.text) or _teaser_word(m)
                                                     or only_trailing_forms(m.text) or _lone_letter(m)
                                                     or _measure_term(m) or _substance_or_security(m)
                                                     or names_hijri_month(m))])
    found = _ticket_partners([_without_occupation(_without_ticket_words(_without_group_noun(m, found)))
                              for m in found], text)
    found = with_club_initials(with_members_split(found), text)
    entities = drop_unseen_guesses(group_mentions(found, article_id), found, starts)
    entities = with_court_benches(_without_common_words(entities, found, text, starts), text, article_id)
    entities = with_sports_types(with_body_seats(entities, text), text)
    return with_directorates(with_faction_parties(with_post_mentions(entities, text, article_id)))


def _measure_term(mention: Found) -> bool:
    """A run of two words or more closed by an English term of finance or measurement ("Reverse Repo
    Rate", "Gross Tone", "Consumer Price Index"), whatever type it was read with: a term, no name (as a
    stock index is none, ``bench/gold/entity-precision``); a body the gazetteer knows keeps its name."""
    words = mention.text.split()
    return len(words) > 1 and not mention.ids and lexicon().kind_of(fold(words[-1]), "measure-tail")


def _substance_or_security(mention: Found) -> bool:
    """A run that names a substance ("Paracetamol Caffeine Carisoprodol", "Pil Tramadol": drug words, a
    dose form maybe before them) or a security ("Sukuk Global", "Obligasi Negara Ritel": opened by its kind),
    whatever type it was read with: a thing, no name; a name the gazetteer knows keeps it."""
    if mention.ids:
        return False
    words = mention.text.split()
    lex, first = lexicon(), fold(words[0])
    if len(words) > 1 and lex.kind_of(first, "instrument-head"):
        return True
    if len(words) > 1 and lex.kind_of(first, "dose-form"):
        words = words[1:]
    elif not lex.kind_of(first, "drug"):
        return False  # most mentions: asked of every one
    return all(lex.kind_of(fold(w), "drug") for w in words)


def _lone_letter(mention: Found) -> bool:
    """One letter alone is a class, a grade or a group ("SIM A dan C", "Grup B", "U - 16"); only the
    initial of a party to a case right after its word ("tersangka A", "berinisial R") names someone."""
    return len(mention.text.strip(".")) == 1 and mention.before not in INITIAL_CUES


def _with_lead_ends(text: str, starts: frozenset[int]) -> frozenset[int]:
    """The sentence starts and, where a sentence opens with a dateline or an outlet's lead ("PADANG -
    Flash floods …"), the word after it: that word opens the sentence as much as the dateline does."""
    ends = set()
    for start in starts:
        lead = find_lead(text[start:start + _LEAD_REACH])
        if lead is not None and start + lead.end < len(text):
            ends.add(start + lead.end)
    return starts | ends if ends else starts


_LEAD_REACH = 120  # characters: the longest lead ``find_lead`` reads


def _without_role_words(found: list[Found], text: str) -> list[Found]:
    """Without the model's people that are the last words of the role of the titled name right
    after them ("Kabid Kedaruratan dan [Logistik] Agus Salim": the field of the post); a body the
    role names ("Analis … [Capital Economics] Tom Pugh") stays."""
    def in_role(m: Found, titled: Found) -> bool:
        if m.source != "model" or titled.role is None or m.end > titled.start:
            return False
        if _role_phrase(text[m.start:titled.start]):
            return True  # "U.S. [Trade] Representative Nama": the model's name is the post's own words
        return m.type == "PERSON" and titled.role.endswith(m.text) and not text[m.end:titled.start].strip()

    dropped = {id(m) for m, after in pairwise(found) if in_role(m, after)}
    return found if not dropped else kept_of(found, [m for m in found if id(m) not in dropped])


def _role_phrase(run: str) -> bool:
    """The run is one of the lexicon's role phrases, nothing more ("Trade Representative")."""
    words = run.split()
    return bool(words) and tuple(fold(w) for w in words) in lexicon().roles


# Posts of the police, army or guards named after the neighbourhood they stand in ("Pos Polisi
# Yupentek Cikokol"): the name after them is a place, never the person the model may read there.
_POSTS = frozenset({"pos polisi", "pos militer", "pos tentara", "pos keamanan", "pos pengamanan",
                    "pos lantas", "pos pantau", "pos jaga", "pos ronda", "pos penjagaan"})


def _posts_by_place(found: list[Found], text: str) -> list[Found]:
    """The post and the place after it as one body: "[Pos Polisi] [Yupentek Cikokol]" read apart by
    the model become "Pos Polisi Yupentek Cikokol"."""
    joined: dict[int, Found] = {}
    for post, place in pairwise(found):
        if (" ".join(post.text.casefold().split()) in _POSTS and place.type in (None, "PERSON")
                and not place.ids and not place.role and not text[post.end:place.start].strip()):
            joined[id(place)] = post
    if not joined:
        return found
    for post in joined.values():
        place = next(m for m in found if joined.get(id(m)) is post)
        post.end, post.last, post.text, post.type = place.end, place.last, text[post.start:place.end], "ORG"
        post.unseen, post.after = False, place.after
    return kept_of(found, [m for m in found if id(m) not in joined])


def _ministry_short_forms_seen(found: list[Found]) -> list[Found]:
    """"Kemenkop UKM" where the article names the "Kementerian Koperasi dan UKM": a ministry's short
    form that abbreviates a ministry the article names in full is that body, whether or not the model
    read it (``ministry_acronyms``)."""
    fulls = [m.text for m in found if is_full_ministry(m.text)]
    if not fulls:
        return found
    for mention in found:
        if mention.text[:5].casefold() == "kemen" and mention.type in {None, "ORG"} \
                and any(abbreviates(mention.text, full) for full in fulls):
            mention.type, mention.unseen = "ORG", False
    return found


def _known_bodies_seen(found: list[Found]) -> list[Found]:
    """A body of one short word from the word list ("Dinkes Garut"), a court named by its bench
    ("Majelis Hakim Pengadilan Tindak Pidana Korupsi") or a directorate general named by the field after
    its head's title is no guess of the rules, though the model may read past it."""
    body_words = lexicon().words.get("body", frozenset())
    for mention in found:
        known = fold(mention.text.split()[0]) in body_words or bench_of_court(mention.text) \
            or mention.before in _DIRECTOR_GENERAL_WORDS  # "Dirjen [Bina Marga] mengatakan": its directorate
        if mention.type == "ORG" and known:
            mention.unseen = False
    return found


# The words right before a director general's field: the field names the directorate general.
_DIRECTOR_GENERAL_WORDS = frozenset({"dirjen", "jenderal"})


def _without_common_words(entities: list[Entity], found: Sequence[Found], text: str,
                          starts: frozenset[int]) -> list[Entity]:
    """``entities`` without ordinary words read as names (``drop_common_words``), but with the
    people their context names ("Bintang (12) tenggelam") and the bodies of one short word
    ("Dispora", whose "di-" and "spora" look like a word) whatever their words mean."""
    sure = {(m.start, m.end) for m in found if cued_person(text, m)}
    body_words = lexicon().words.get("body", frozenset())

    def kept_anyway(entity: Entity) -> bool:
        return any((m.start, m.end) in sure or fold(m.text) in body_words for m in entity.mentions)

    dropped = {e.id for e in entities} - {e.id for e in drop_common_words(entities, text, starts)}
    return [e for e in entities if e.id not in dropped or kept_anyway(e)]


# Nouns for a person's followers that news capitalises before the person's name at a sentence
# start or in a heading: "Relawan Anies berkumpul" names Anies, and no person called "Relawan Anies".
GROUP_NOUNS = frozenset({"relawan", "pendukung", "simpatisan", "kubu", "pengikut", "loyalis", "massa"})


def _without_group_noun(mention: Found, found: Sequence[Found]) -> Found:
    """The person's name out of "Relawan Anies" when the article names that person elsewhere
    ("Anies Rasyid Baswedan"); "Relawan Mandiri", naming no one else, stays as it is."""
    words = mention.text.split()
    if len(words) < 2 or words[0].casefold() not in GROUP_NOUNS or mention.type not in (None, "PERSON"):
        return mention
    rest = words[1:]
    named = any(other is not mention and other.type == "PERSON" and _leads_with(other.text.split(), rest)
                for other in found)
    if not named:
        return mention
    start = mention.start + mention.text.index(rest[0], len(words[0]))
    return replace(mention, start=start, text=mention.text[start - mention.start:], first=mention.first + 1,
                   type="PERSON", role=None)


# Pronouns that take the particles "-pun", "-lah", "-kah" glued on ("Iapun", "Diapun", "Merekalah"),
# capitalised at a sentence's start like a name.
_PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka", "kami", "kita", "aku", "saya", "engkau", "kamu"})
_PARTICLES = ("pun", "lah", "kah")


# An election ticket's words, capitalised before the candidates' names ("Paslon Budi Hartono-Dewi
# Lestari", "Pasangan Calon Ahmad Rifai"): the pair of candidates is the actor, no one is named
# "Paslon", and the words are no role of the first candidate.
_TICKET_WORDS = (("paslon",), ("pasangan", "calon"), ("pasangan",))


def _without_ticket_words(mention: Found) -> Found:
    """The candidates' names out of "Paslon Budi Hartono"."""
    if mention.text[:1] not in "Pp":
        return mention  # most mentions: no ticket word can open them
    words = mention.text.split()
    keys = tuple(w.casefold() for w in words)
    lead = next((len(t) for t in _TICKET_WORDS if keys[:len(t)] == t and len(keys) > len(t)), 0)
    if not lead or mention.type not in (None, "PERSON") or mention.ids:
        return mention
    start = mention.start + mention.text.index(words[lead], len(" ".join(words[:lead])))
    return replace(mention, start=start, text=mention.text[start - mention.start:],
                   first=mention.first + lead, type="PERSON", role=None)


def _without_occupation(mention: Found) -> Found:
    """The name out of "Nelayan Sahrul Gunawan" that the model read with the trade opening its sentence
    (lexicon kind ``occupation``): the trade is no name word, and no role either (it stays out of the
    title grammar's descriptors, whose roles move the events' actors)."""
    words = mention.text.split()
    if len(words) < 2 or mention.ids or mention.type not in (None, "PERSON") \
            or not lexicon().kind_of(fold(words[0]), "occupation") or not name_shaped(" ".join(words[1:])) \
            or not name_word_after_trade(words[1]):
        return mention  # "Pelajar SMA", "Aktris Televisi Terbaik": the trade and no name after it
    start = mention.start + mention.text.index(words[1], len(words[0]))
    return replace(mention, start=start, text=mention.text[start - mention.start:], first=mention.first + 1)


_PAIR_JOINERS = frozenset({"-", "–", "dan", "&"})
_LONGEST_JOIN = 5  # characters between the two candidates' names: " dan "


def _ticket_partners(found: list[Found], text: str) -> list[Found]:
    """The running mate after a ticket's first candidate ("Paslon Budi Hartono-[Dewi Lestari]") is a
    person too, though the model read past the name; the first candidate takes no role from the
    ticket's words ("pasangan calon gubernur Budi": the pair runs for the post)."""
    for first, mate in pairwise(found):
        if mate.start - first.end > _LONGEST_JOIN or not _after_ticket_words(text, first):
            continue
        between = text[first.end:mate.start].strip().casefold()
        if between in _PAIR_JOINERS and mate.type in (None, "PERSON") and not mate.ids:
            mate.type, mate.unseen = "PERSON", False
            first.role = None if first.role and _TICKET_ROLE.search(first.role) else first.role
    return found


# A ticket's words right before its first candidate: "paslon", "pasangan calon (gubernur)", with the
# ticket's number ("pasangan calon nomor urut 2, Budi").
_TICKET_BEFORE = re.compile(r"\b(?:paslon|pasangan(?:\s+calon)?)(?:\s+[a-z]+){0,3}?(?:\s+nomor\s+urut\s+\d+)?"
                            r"\s*,?\s*\Z", re.IGNORECASE)
_TICKET_ROLE = re.compile(r"^(?:paslon|pasangan|calon)\b", re.IGNORECASE)


def _after_ticket_words(text: str, mention: Found) -> bool:
    return _TICKET_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None


def _pronoun_with_particle(text: str) -> bool:
    word = text.casefold()
    return any(word.endswith(p) and word[:-len(p)] in _PRONOUNS for p in _PARTICLES)


# Imperatives that open a teaser line for another story ("SIMAK JUGA:", "Baca juga:").
_TEASER_WORDS = frozenset({"simak", "baca", "lihat", "tonton", "saksikan", "klik"})


def _teaser_word(mention: Found) -> bool:
    return mention.text.casefold() in _TEASER_WORDS and mention.after in {"juga", ":"}


def _leads_with(name: list[str], part: list[str]) -> bool:
    return len(name) > len(part) and [w.casefold() for w in name[:len(part)]] == [w.casefold() for w in part]


def _spaced(find: ModelFn | None) -> ModelFn | None:
    """The model (``find`` or the installed one) reading runs of spaces as single ones."""
    chosen = find or model()
    return with_single_spaces(chosen) if chosen is not None else None


def _english_filtered(starts: frozenset[int]) -> ModelFn | None:
    """The model's name-like spans in English text, from the CNN alone: the CRF beside it reads
    Indonesian features (word clusters, affixes, gazetteer) and on English news runs names on into
    the words after them and types bodies as people, which moved ECB+ story clustering."""
    if model() is None:
        return None
    from warta.article.ner import find_entities_cnn

    find = with_single_spaces(find_entities_cnn)

    def filtered(text: str) -> Sequence[SpanLike]:
        return [s for s in find(text) if english_name_like(text, s.start, s.end, starts)]

    return filtered


@article_stage("entities", requires={"body", "sentences"}, provides={"entities"})
def entities(doc: Doc, options: Options) -> None:
    article = doc.article
    known = [article.outlet_name or "", *article.retold_from]
    lang = "en" if article.language == "en" else "id"
    doc.entities = find_article_entities(article.body, article.id, known, lang=lang,
                                         sentences=article.sentences)
