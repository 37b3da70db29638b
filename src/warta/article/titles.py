"""Indonesian title grammar: a role, the organisation it belongs to, and the name.

    Menteri Luar Negeri Rusia Sergei Lavrov       title + country + name
    juru bicara Kremlin Dmitry Peskov             title + office + name
    Direktur CIA, William Burns                   title + organisation + comma + name
    Direktur Badan Intelijen Pusat Amerika Serikat (CIA) William Burns
    Brigjen. Jenderal Pat Ryder                   stacked ranks + name
    pengamat hubungan internasional Universitas Nusa Bangsa, Andika Pratama

The role is reported as written ("Menteri Luar Negeri Rusia"), with an organisation that
has an acronym in parentheses shortened to it ("Direktur CIA"). The organisations and
countries in it are chunks of their own, so they become entity mentions too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.article.body_names import body_then_person
from warta.article.chunks import (
    Chunk,
    Reader,
    acronym_at,
    chunk_at,
    headline_verb_shaped,
    line_break_before,
    short_form_at,
)
from warta.article.common_words import is_derived_word, is_dictionary_word
from warta.article.lexicon import RoleWord
from warta.article.post_fields import FIELD_CLOSERS, post_field
from warta.article.regions import COMPASS_WORDS, place_words, region_size
from warta.article.royal_names import opens_titled_name
from warta.article.tokens import Token

MAX_STACK = 3  # "Wakil Menteri Luar Negeri", "Brigjen. Jenderal": at most three phrases
MAX_MODIFIERS = {"descriptor": 4, "title": 2, "rank": 0, "honorific": 0}
MAX_NAME = 4


@dataclass(frozen=True)
class Title:
    start: int  # token index of the first role word
    words_end: int  # token index after the role words
    end: int  # token index after the role (and its organisations)
    kind: str  # kind of the first role word: title | rank | descriptor | honorific
    lang: str
    orgs: tuple[Chunk, ...]  # organisations and countries in the role
    name: Chunk | None  # the person named, if a name follows
    role: str | None  # role text as reported; None for a bare honorific
    field_end: int | None = None  # token after the post's field ("Dirjen [Bina Marga]"), when it has one


def _phrase_at(reader: Reader, i: int) -> tuple[int, RoleWord] | None:
    """Longest role phrase at token ``i``; a period after a word ("Brigjen.") is skipped."""
    tokens = reader.tokens
    longest = reader.lex.role_longest.get(tokens[i].key, 0)
    keys: list[str] = []
    ends: list[int] = []
    j = i
    while j < len(tokens) and len(keys) < longest and tokens[j].is_word:
        keys.append(tokens[j].key)
        j += 1
        if j < len(tokens) and tokens[j].text == "." and _abbreviation(tokens[j - 1].text):
            j += 1
        ends.append(j)
    for n in range(len(keys), 0, -1):
        word = reader.lex.roles.get(tuple(keys[:n]))
        if word:
            return ends[n - 1], word
    return None


def _abbreviation(word: str) -> bool:
    """"Brigjen.", "Kol.", "Dr.": a short capitalised title whose period is its own; after "hakim."
    the period ends a sentence ("… majelis hakim. Ketua KPU X menyambut …")."""
    return word[:1].isupper() and (len(word) <= 7 or word.isupper())


def _role_words(reader: Reader, i: int) -> tuple[int, list[RoleWord]]:
    words: list[RoleWord] = []
    j = i
    while j < len(reader.tokens) and len(words) < MAX_STACK:
        if words and _paragraph_break_before(reader, j):
            break  # a heading's last role word and the next paragraph's first are two roles
        found = _phrase_at(reader, j)
        if not found:
            break
        end, word = found
        if word.kind in {"rank", "honorific"} and not reader.tokens[j].is_cap:
            break  # "ibu kota", "mayor" in lower case are not forms of address
        if word.lang == "en" and word.phrase[:1].isupper() and not reader.tokens[j].is_cap:
            break  # English capitalises a title before a name: "a judge at the court" names no one
        if word.kind == "honorific" and _initials(reader.tokens[j].text) and not word.phrase.isupper():
            break  # "Bripka DR ( 33 )": initials, not the title "Dr"
        words.append(word)
        j = _past_own_acronym(reader, end)
    return j, words


def _past_own_acronym(reader: Reader, j: int) -> int:
    """After "( Plt )", "( Plh )" that abbreviates the post just read ("Pelaksana Tugas ( Plt ) Kepala
    Dinas X"): the stack of role words goes on past it."""
    tokens = reader.tokens
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" \
            and (found := _phrase_at(reader, j + 1)) is not None and found[0] == j + 2 \
            and found[1].kind == "title":
        return j + 3
    return j


# Words that open examples after a post ("asisten pribadi presiden seperti Nama"): the names after them
# are examples of something the phrase names, none the post's holder ("yakni", "yaitu" name the holder).
_EXAMPLE_WORDS = frozenset({"seperti", "termasuk", "misalnya", "contohnya"})


def _skip_modifiers(reader: Reader, j: int, kind: str) -> int:
    tokens = reader.tokens
    for _ in range(MAX_MODIFIERS.get(kind, 0)):
        if j < len(tokens) and tokens[j].is_word and not tokens[j].is_cap and not _verb(tokens[j].text) \
                and tokens[j].key not in _EXAMPLE_WORDS:
            j += 1
    return j


# Grades of a civil servant's functional post, written after it ("Analis Kebijakan Madya", "Peneliti
# Ahli Utama", "Jaksa Muda"): part of the role, never a name's first word. "Pratama" is a common name
# word, so it is a grade only after "Ahli".
_GRADES = frozenset({"madya", "muda", "utama", "pertama", "penyelia"})
_GRADE_OPENER = "ahli"
_GRADES_AFTER_OPENER = _GRADES | {"pratama"}


def _through_grade(reader: Reader, j: int, words: list[RoleWord]) -> int:
    """After a post's words, the capitalised grade of the post ("Madya", "Ahli Madya"), if written."""
    return grade_end(reader, j) if words[-1].kind in {"title", "descriptor"} else j


def grade_end(reader: Reader, j: int) -> int:
    """After the grade of a post at ``j``, if one is written there (else ``j``)."""
    tokens = reader.tokens
    if j >= len(tokens) or not tokens[j].is_cap:
        return j
    if tokens[j].key in _GRADES:
        return j + 1
    if tokens[j].key == _GRADE_OPENER and j + 1 < len(tokens) and tokens[j + 1].is_cap \
            and tokens[j + 1].key in _GRADES_AFTER_OPENER:
        return j + 2
    return j


# An active or passive verb's prefix: "hakim menilai Atut", "jaksa menuntut X", "ketua dipanggil X"
# say what the title's holder did, they do not qualify the title ("Presiden terpilih" does).
_VERB_PREFIXES = ("me", "di")


def _verb(word: str) -> bool:
    return word.startswith(_VERB_PREFIXES) and is_derived_word(word)


def headline_verb(word: str) -> bool:
    """A capitalised verb with an active or passive prefix, as headlines write them ("Menerjang")."""
    return headline_verb_shaped(word)


def _initials(text: str) -> bool:
    """"DR", "ZUL", "AS": a person's initials as crime news writes them (capitals, four at most)."""
    return text.isalpha() and text.isupper() and len(text) <= 4


def _initials_after_rank(reader: Reader, j: int) -> Chunk | None:
    """"Bripka AS ( 33 )", "Bripka DM dan …": initials standing for a name right after a rank."""
    tokens = reader.tokens
    if j >= len(tokens) or not _initials(tokens[j].text):
        return None
    follower = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return Chunk(j, j + 1, "name") if follower in {"(", ",", "dan", ".", ""} else None


def _unknown_acronym(reader: Reader, chunk: Chunk) -> bool:
    """One capitalised acronym of three letters or more that the gazetteer does not know: after a
    title it names the body the post belongs to; people the news names by acronym ("SBY") are in
    the gazetteer, and two-letter initials ("JK") stay names."""
    token = reader.tokens[chunk.start]
    return chunk.end == chunk.start + 1 and token.is_upper and len(token.text) >= 3 and token.text.isalpha()


def _numbered_unit(reader: Reader, chunk: Chunk) -> bool:
    """A unit's acronym and its roman number ("MOR VI", "Kodam III", "Divre IV"): a region of an
    organisation, never a name ("General Manager MOR VI PT Pertamina Yanuar Budi")."""
    tokens = reader.tokens[chunk.start:chunk.end]
    return (len(tokens) >= 2 and bool(ROMAN_NUMBER.fullmatch(tokens[-1].text))
            and all(t.is_cap for t in tokens) and _acronym(tokens[0].text))


# Name prefixes written with an inner capital ("McDonald", "DeMarco", "LeBron"): not brands.
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'")


def _brand(text: str) -> bool:
    """A word written in CamelCase as brands and companies are ("AirAsia", "PetroChina", "GoJek")."""
    inner = any(c.isupper() for c in text[1:]) and any(c.islower() for c in text)
    return inner and text[0].isupper() and not text.startswith(_NAME_PREFIXES)


def _body_then_name(reader: Reader, chunk: Chunk) -> tuple[Chunk, Chunk] | None:
    """"CEO AirAsia Tony Fernandes": a run of three words or more after a title that opens with a
    brand-shaped word, or with a short form the article defines in brackets ("Asosiasi Fintech Indonesia
    (Aftech)" … "Ketua Umum Aftech Niki Luhur"), is the post's body followed by the person's name."""
    first = reader.tokens[chunk.start].text
    if chunk.end - chunk.start < 3 or not (_brand(first) or _short_form_word(reader.text, first)):
        return None
    return Chunk(chunk.start, chunk.start + 1, "org"), Chunk(chunk.start + 1, chunk.end, "name")


def _opens_with_hyphened_role(reader: Reader, chunk: Chunk) -> bool:
    """"Co-Founder", "Vice-Chairman", "Ex-CEO": a word of the role's prefixes, a hyphen and a capitalised
    word open the run; together they name a post, never a body or a person."""
    tokens, text = reader.tokens, reader.text
    first, second = chunk.start, chunk.start + 1
    return chunk.end - first >= 2 and reader.lex.kind_of(tokens[first].key, "role-prefix") \
        and text[tokens[first].end:tokens[second].start] == "-" and tokens[second].is_cap


def _hyphened_body_before_name(reader: Reader, chunk: Chunk) -> bool:
    """After a title, a hyphened name ("Go-Jek") that the chunker cut off the capitalised words right
    after it (it stands alone elsewhere in the article) is the post's body, the words after it the
    holder: a person's hyphened given name runs on into the surname."""
    tokens, text = reader.tokens, reader.text
    if chunk.end - chunk.start != 2 or text[tokens[chunk.start].end:tokens[chunk.end - 1].start] != "-":
        return False
    if chunk.end >= len(tokens) or reader.text[tokens[chunk.end - 1].end:tokens[chunk.end].start] != " ":
        return False
    after = chunk_at(reader, chunk.end)
    return after is not None and after.kind == "name"


def _short_form_word(text: str, word: str) -> bool:
    """A short form written as a word ("Aftech"; an acronym in capitals is read as one elsewhere) that the
    article writes alone in brackets after the name it shortens: a run of capitalised words before the
    brackets, one of them opening with the word's letter, none the word itself (a nickname after a
    person's name, "Ahmad Syaikhu (Syaikhu)", shortens no body)."""
    if word.isupper() or ("(" + word not in text and "( " + word not in text):
        return False  # most runs: no bracket holds the word
    for found in re.finditer(r"((?:[A-Z][\w-]*\s+){2,6})\(\s*" + re.escape(word) + r"\s*\)", text):
        names = found.group(1).split()
        if word not in names and any(name[0] == word[0] for name in names):
            return True
    return False


def _ranks_at(reader: Reader, j: int) -> int | None:
    """End of a stack of ranks at ``j`` ("Kapolres Lhokseumawe AKBP Nama"), if one starts there."""
    end, words = _role_words(reader, j)
    return end if words and all(w.kind == "rank" for w in words) else None


def _complement(reader: Reader, j: int) -> tuple[int, list[Chunk], Chunk | None]:
    """Organisations after the role words, then the name: (end of orgs, orgs, name).

    A rank after the organisations belongs to the role ("Kapolsek Simpang Kramat Ipda Abdul
    Azis"); any other role word there starts a new title, so this one has no name."""
    tokens = reader.tokens
    orgs: list[Chunk] = []
    while j < len(tokens):
        if _paragraph_break_before(reader, j):
            break  # "… Pelatih Baru | (blank line) Raja Sapta Oktohari hadir": a heading's word holds no one
        if j > 0 and tokens[j].text == "/" and j + 1 < len(tokens) and _slash_piece(tokens[j - 1].text) \
                and _slash_piece(tokens[j + 1].text):
            j += 2  # "Menteri ATR | /BPN Nama": the post's own acronym goes on past the slash
            continue
        if reader.is_role_start(j) and orgs and (titled := _titled_name_at(reader, j)) is not None:
            return j, orgs, titled  # "Sekjen Persatuan Catur | Ratu Anisa Pramesti": a name, no second title
        if reader.is_role_start(j):
            ranks_end = _ranks_at(reader, j) if orgs else None
            if ranks_end is None:
                break
            j = ranks_end
            continue
        if tokens[j].key in {"untuk", "di", "for", "of"} and orgs and j + 1 < len(tokens):
            nxt = chunk_at(reader, j + 1)
            if nxt is None or nxt.kind == "name" or reader.gaz_type(nxt) == "PERSON":
                break
            j += 1
            continue
        if not orgs and (graded := grade_end(reader, j)) > j:
            j = graded  # "Analis Kebijakan | Madya | Bidkum Mabes Polri": the post's grade after its field
            continue
        if (unit_end := _neighbourhood_unit(reader, j)) > j:
            j = unit_end  # "Ketua RT 03 Nama": the neighbourhood unit and its number belong to the role
            continue
        short = _short_form_of(reader, orgs[-1], j) if orgs else None  # "Badan Keamanan Laut (Bakamla)"
        chunk = _slashed_acronyms(reader, j) or acronym_at(reader, j) or short or chunk_at(reader, j) \
            or _name_like_speech_word(reader, j)
        field_end = _field_words(reader, j) if chunk is None else j
        if field_end > j and _holder_after_field(reader, field_end):
            j = field_end  # "Kadis Pendidikan Budi Santoso": the post's field belongs to the role
            continue
        if chunk is None:
            break
        if chunk.kind == "name" and chunk.end < len(tokens) and _ranks_at(reader, chunk.end) is not None:
            chunk = Chunk(chunk.start, chunk.end, "loc")  # "Kapolsek Simpang Kramat Ipda X": a post's place
        elif chunk.kind == "name" and (_unknown_acronym(reader, chunk) or _numbered_unit(reader, chunk)
                                       or _vessel(reader, chunk)):
            chunk = Chunk(chunk.start, chunk.end, "org")  # "Gubernur DKI", "Direktur YLBHI": the post's body
        chunk = _with_compass_word(reader, chunk)
        if (place := _place_run_then_name(reader, chunk)) is not None:  # "KPU Sungai Limau | Marlina X"
            orgs.append(place[0])
            return place[1].start, orgs, place[1]
        if (honorific := _honorific_inside(reader, chunk)) is not None:  # "RSUD Cibinong dr Nama"
            orgs.append(Chunk(chunk.start, honorific, chunk.kind))
            return honorific, orgs, Chunk(honorific + 1, chunk.end, "name")
        split = _body_then_name(reader, chunk) if chunk.kind == "name" else None
        if split is not None:
            orgs.append(split[0])
            return split[1].start, orgs, split[1]
        if chunk.kind == "name" and _opens_with_hyphened_role(reader, chunk):
            j = chunk.start + 2  # "CEO dan Co-Founder | Cashlez …": a hyphened role word is the role's
            continue
        if chunk.kind == "name" and _hyphened_body_before_name(reader, chunk):
            orgs.append(Chunk(chunk.start, chunk.end, "org"))  # "CEO Go-Jek Nadiem Makarim"
            j = chunk.end
            continue
        if chunk.kind == "name" and _field_before_body(reader, chunk):
            j = chunk.end  # "mantan Direktur Impor Kementerian Perdagangan": the post's field
            continue
        if chunk.kind == "name" or reader.gaz_type(chunk) == "PERSON":
            return j, orgs, chunk
        orgs.append(chunk)
        j = chunk.end
        if j + 1 < len(tokens) and _NUMBER_NAME.fullmatch(tokens[j].text) and tokens[j + 1].text == ",":
            j += 1  # "Nakhoda KM Bahari Jaya 07, Nama": the number is the vessel's or unit's
    return j, orgs, None


def _titled_name_at(reader: Reader, j: int) -> Chunk | None:
    """The person's name opening with a royal title word at ``j`` (``royal_names``), if one does."""
    tokens = reader.tokens
    if j + 2 >= len(tokens) or not opens_titled_name([t.text for t in tokens[j:j + 3]]):
        return None
    chunk = chunk_at(reader, j)
    return chunk if chunk is not None and chunk.kind == "name" and chunk.end >= j + 3 else None


def _title_word_back(reader: Reader, orgs: list[Chunk], name: Chunk) -> tuple[list[Chunk], Chunk] | None:
    """The body's last word moved to the name when it is a royal title word opening a person's own name
    (``royal_names``); None when the body does not end so."""
    tokens = reader.tokens
    last = orgs[-1] if orgs else None
    if last is None or last.end != name.start or last.end - last.start < 2 or name.end - name.start < 2:
        return None
    if not opens_titled_name([t.text for t in tokens[name.start - 1:name.start + 2]]):
        return None
    body = Chunk(last.start, last.end - 1, last.kind, last.ids)
    return [*orgs[:-1], body], Chunk(name.start - 1, name.end, "name")


def _paragraph_break_before(reader: Reader, j: int) -> bool:
    tokens = reader.tokens
    if not 0 < j < len(tokens):
        return False
    gap = reader.text[tokens[j - 1].end:tokens[j].start]
    return gap.count("\n") >= 2


def _short_form_of(reader: Reader, body: Chunk, j: int) -> Chunk | None:
    """"Badan Keamanan Laut (Bakamla)": a short form in parentheses right after the post's body that opens
    as the body does; "Kepolisian RI (Kapolri)" is the post's own short form ("Kepala …"), no body's."""
    short = short_form_at(reader, j) if body.end == j else None
    if short is None:
        return None
    return short if reader.tokens[j + 1].key[:2] == reader.tokens[body.start].key[:2] else None


def _slashed_acronyms(reader: Reader, j: int) -> Chunk | None:
    """"Menteri ATR/BPN Nama", "Menteri PAN/RB Nama": acronyms joined by slashes are one field of the
    post (a ministry named for two portfolios), not a body then a name opening with the second."""
    tokens = reader.tokens
    end = j + 1
    while end + 1 < len(tokens) and tokens[end].text == "/" and _slash_piece(tokens[end + 1].text):
        end += 2
    return Chunk(j, end, "org") if end > j + 1 and _slash_piece(tokens[j].text) else None


def _slash_piece(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


_NUMBER_NAME = re.compile(r"\d{1,3}")
# Prefixes of a ship's name ("KM Bahari Jaya 07", "KRI Bima Suci", "MV Ocean Star"): a vessel is a
# thing that sails, is rammed or is seized, never a person.
VESSEL_HEADS = frozenset({"km", "kmp", "kn", "kri", "klm", "kmc", "mv", "mt", "tb", "kapal"})


def _vessel(reader: Reader, chunk: Chunk) -> bool:
    """"Nakhoda KM Bahari Jaya": a ship's name after its master's post is the post's, no holder."""
    return chunk.end - chunk.start > 1 and reader.tokens[chunk.start].key in VESSEL_HEADS


def _field_before_body(reader: Reader, chunk: Chunk) -> bool:
    """One word the article also writes in lower case ("impor gula"), between a post and the body
    it belongs to ("Direktur Impor Kementerian Perdagangan"): the post's field, not its holder."""
    tokens = reader.tokens
    if chunk.end - chunk.start != 1 or chunk.end >= len(tokens):
        return False
    word = tokens[chunk.start].text
    if not is_dictionary_word(word) or word.lower() not in reader.lower_words:
        return False
    after = acronym_at(reader, chunk.end) or chunk_at(reader, chunk.end)
    return after is not None and (after.kind == "org" or reader.gaz_type(after) == "ORG")


# Neighbourhood units, numbered ("RT 03", "RW 05/02"), whose heads news names by the unit.
_NEIGHBOURHOOD_UNITS = frozenset({"rt", "rw"})
_NUMBER = re.compile(r"\d{1,3}")


def _neighbourhood_unit(reader: Reader, j: int) -> int:
    """End of "RT 03" or "RW 05/02" at ``j`` ("setempat" after it too); ``j`` when none is there."""
    tokens = reader.tokens
    if j + 1 >= len(tokens) or tokens[j].key not in _NEIGHBOURHOOD_UNITS:
        return j
    end = j + 1
    while end < len(tokens) and (_NUMBER.fullmatch(tokens[end].text) or tokens[end].text == "/"):
        end += 1
    if end < len(tokens) and tokens[end].key == "setempat":
        end += 1  # "Ketua RT setempat, Nama"
    return end if end > j + 1 else j


def _holder_after_field(reader: Reader, j: int) -> bool:
    """After a post's field comes its body ("BPBD") or the holder's name: two or three words, not
    all of them words of the language the article also writes in lower case ("Sekretaris Nasional
    Jaringan [Buruh Migran Savitri …]" is a body's name run into the name, no field)."""
    chunk = chunk_at(reader, j) if j < len(reader.tokens) else None
    if chunk is None or chunk.kind != "name":
        return chunk is not None
    words = reader.tokens[chunk.start:chunk.end]
    common = all(is_dictionary_word(t.text) and t.text.lower() in reader.lower_words for t in words)
    return 2 <= len(words) <= 3 and not common


def _field_words(reader: Reader, j: int) -> int:
    """End of the capitalised derived nouns at ``j`` that name a post's field ("Pendidikan",
    "Pencegahan dan Kesiapsiagaan"), joined by "dan"; ``j`` when none opens there. A verb
    ("Meresmikan", "Ditahan") is a headline's, no field."""
    tokens = reader.tokens
    end = k = j
    joined = False  # after "dan" any capitalised noun goes on the field ("… dan Kesiapsiagaan")
    while k < len(tokens) and tokens[k].is_cap and not headline_verb(tokens[k].text) \
            and (is_derived_word(tokens[k].text) or (joined and not tokens[k].is_upper)):
        end = k = k + 1
        joined = k + 1 < len(tokens) and tokens[k].key == "dan" and tokens[k + 1].is_cap
        k += joined
        if end > j and not joined and _stop_pair(reader, k):
            end = k = k + 2  # "Perdagangan Dalam Negeri": a field's "Dalam Negeri", "Luar Negeri"
    return end


def field_end(reader: Reader, j: int) -> int:
    """End of a post's field at token ``j`` ("Penyidikan", "Pencegahan dan Kesiapsiagaan"); ``j`` when
    none opens there."""
    return _field_words(reader, j)


def _stop_pair(reader: Reader, k: int) -> bool:
    """A capitalised word that is never a name ("Dalam") and the capitalised word after it."""
    tokens = reader.tokens
    return k + 1 < len(tokens) and tokens[k].is_cap and reader.is_stop(tokens[k]) and tokens[k + 1].is_cap \
        and not line_break_before(reader, k + 1)


def _name_like_speech_word(reader: Reader, j: int) -> Chunk | None:
    """"Ketua Umum PBNU Said Aqil Siradj": after a title a capitalised word that is also a verb of
    saying ("Said") opens the name when a name goes on right after it."""
    tokens = reader.tokens
    if not (tokens[j].is_cap and reader.lex.kind_of(tokens[j].key, "speech") and j + 1 < len(tokens)):
        return None
    rest = chunk_at(reader, j + 1)
    return Chunk(j, rest.end, "name") if rest is not None and rest.kind == "name" else None


def _place_run_then_name(reader: Reader, chunk: Chunk) -> tuple[Chunk, Chunk] | None:
    """"Ketua KPU Sungai Limau Marlina Sitompul": a place's run ("Sungai …", "Pulau …") of four words
    or more after a title holds the place (its head and one or two words, ``regions.place_words``) and
    then the name of two or three words, one of them no word of the language."""
    size = chunk.end - chunk.start
    if chunk.kind != "loc" or size < 4:
        return None
    rest = [t.text for t in reader.tokens[chunk.start + 1:chunk.end]]
    cut = chunk.start + 1 + place_words(rest)
    name = reader.tokens[cut:chunk.end]
    if not 2 <= len(name) <= 3 or all(is_dictionary_word(t.text) for t in name):
        return None
    return Chunk(chunk.start, cut, "loc"), Chunk(cut, chunk.end, "name")


def _honorific_inside(reader: Reader, chunk: Chunk) -> int | None:
    """"Direktur RSUD Cibinong dr Nama Nama": a form of address written in lower case ("dr", "ir")
    inside a run of capitals, a name after it: the body ends there and the person follows."""
    if chunk.kind not in {"org", "name"}:
        return None
    for k in range(chunk.end - 3, chunk.start + 1, -1):  # two words at least on each side ("RSUD dr Soetomo"
        word = reader.lex.roles.get((reader.tokens[k].key,))  # is a hospital named after a doctor)
        if word is not None and word.kind == "honorific" and not reader.tokens[k].is_cap:
            return k
    return None


def _with_compass_word(reader: Reader, chunk: Chunk) -> Chunk:
    """"Bupati Sumba Barat Nama": a place the gazetteer knows, then a compass word and a name: the
    compass word ends the region's name (a region the gazetteer lacks, so its row is not kept)."""
    tokens = reader.tokens
    if chunk.kind not in {"gaz", "loc"} or (chunk.kind == "gaz" and reader.gaz_type(chunk) != "LOC"):
        return chunk
    end = chunk.end
    while end + 1 < len(tokens) and tokens[end].is_cap and tokens[end].key in COMPASS_WORDS \
            and tokens[end + 1].is_cap:
        end += 1
    return chunk if end == chunk.end else Chunk(chunk.start, end, "loc")


_JOINERS = frozenset({"dan", "&", "serta"})


def _capitals_end(reader: Reader, j: int) -> int:
    """End of the run of capitalised words at ``j``, "dan" between two of them included."""
    tokens = reader.tokens
    while j < len(tokens) and not line_break_before(reader, j):
        capital = tokens[j].is_word and tokens[j].is_cap
        joining = tokens[j].key in _JOINERS and j + 1 < len(tokens) and tokens[j + 1].is_cap
        if not (capital or joining):
            break
        j += 1
    return j


def _body_before_comma_name(reader: Reader, orgs: list[Chunk],
                            name: Chunk) -> tuple[list[Chunk], Chunk] | None:
    """"Ketua Koperasi Pedagang Pasar Induk Cipinang, Zulkifli Anwar": when the capitals after a title
    run to a comma and a name follows it (not another title, not a list of people), what stands before
    the comma is the post's body, and the "name" the title grammar read in it is part of it. The run
    must show a body: a body read before it, a word that is never a name ("Warga"), a known body or
    place, or two words of the language."""
    tokens = reader.tokens
    if reader.gaz_type(name) == "PERSON":
        return None
    run_end = _capitals_end(reader, name.start)
    end = _acronym_end(reader, run_end)
    holder = _name_after_comma(reader, end)
    if holder is None or (reader.is_role_start(end + 1) and _address_at(reader, end + 1) is None):
        return None
    after = [t.key for t in tokens[holder.end:holder.end + 2] if t.key != ","]
    if after and after[0] in _JOINERS:
        return None  # "…, Budi Santoso, dan Agus Salim": people listed
    # "Paris | Saint Germain, Nama": a place the gazetteer knows opens the body's name as well
    joined = bool(orgs) and orgs[-1].end == name.start and orgs[-1].kind in {"org", "name", "gaz"}
    start = orgs[-1].start if joined else name.start
    closed = holder.end < len(tokens) and tokens[holder.end].text == ","
    if not joined and not _shows_a_body(reader, name.start, end, closed):
        return None
    acronym = [Chunk(run_end, end, "acronym")] if end > run_end else []
    return [*(orgs[:-1] if joined else orgs), *_body_pieces(reader, start, run_end), *acronym], holder


def _acronym_end(reader: Reader, j: int) -> int:
    """After "(ABC)" at ``j``, the body's acronym in parentheses ("Badan Keamanan Laut (Bakamla), Nama"),
    else ``j``."""
    tokens = reader.tokens
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" and tokens[j + 1].is_cap:
        return j + 3
    return j


def _shows_a_body(reader: Reader, start: int, end: int, closed: bool = False) -> bool:
    tokens = reader.tokens[start:end]
    if any(reader.lex.kind_of(t.key, kind) for t in tokens for kind in ("not-name", "org-head", "body")):
        return True
    if any(_acronym(t.text) for t in tokens):
        return True  # "Kepala Bagian Ekonomi IEA, Nama": an acronym names a body
    if closed:
        return True  # "Direktur Utama Perum Bulog, Nama, menyebut": the name set off on both sides
    if any(reader.gaz.match(reader.tokens, k) for k in range(start, end)):
        return True
    return sum(is_dictionary_word(t.text) for t in tokens if t.is_word) >= 2


def _body_pieces(reader: Reader, start: int, end: int) -> list[Chunk]:
    """The body's run as chunks: the gazetteer's names in it on their own ("Satgas Pangan | Polri")."""
    pieces: list[Chunk] = []
    plain = start
    j = start
    while j < end:
        found = reader.gaz.match(reader.tokens, j)
        if found is None or found[0] > end:
            j += 1
            continue
        if plain < j:
            pieces.append(Chunk(plain, j, "org"))
        pieces.append(Chunk(j, found[0], "gaz", found[1]))
        plain = j = found[0]
    if plain < end:
        pieces.append(Chunk(plain, end, "org"))
    return pieces


# Roles that act for someone named right after them ("kuasa hukum X", "juru bicara X").
_REPRESENTATIVES = frozenset({"kuasa hukum", "pengacara", "penasihat hukum", "juru bicara", "jubir"})


def _represents(words: list[RoleWord]) -> bool:
    return any(word.phrase.lower() in _REPRESENTATIVES for word in words)


# Representatives whose role names the client after it ("kuasa hukum X"); after "juru bicara" a
# person's name is as often the spokesperson's own.
_LEGAL_REPRESENTATIVES = frozenset({"kuasa hukum", "pengacara", "penasihat hukum"})


def represents(role: str | None) -> bool:
    """A legal representative's role, which names the client after it ("kuasa hukum X": X is the client)."""
    folded = " ".join((role or "").lower().split())
    return any(folded == word or folded.startswith(word + " ") for word in _LEGAL_REPRESENTATIVES)


# Between two clients: "A dan B", and a ticket's "A-B" (the hyphen is no token of its own).
_CLIENT_JOINERS = frozenset({"dan", "-", "–"})


def _holder_after_clients(reader: Reader, name: Chunk) -> tuple[list[Chunk], Chunk] | None:
    """"kuasa hukum pasangan Hasan Basri dan Ridwan Effendi, Robert Manurung": the people right after
    a representative's role are the clients when a name set off by a comma follows them; that name
    is the representative's. The clients are returned as "name" chunks (people, no body of the role)."""
    tokens = reader.tokens
    clients = [name]
    k = name.end
    after = k + 1 if k < len(tokens) and tokens[k].key in _CLIENT_JOINERS else k
    hyphened = k < len(tokens) and reader.text[tokens[k - 1].end:tokens[k].start] in _CLIENT_JOINERS
    if (after > k or hyphened) and after < len(tokens) and (other := chunk_at(reader, after)) is not None \
            and other.kind == "name":
        clients.append(other)
        k = other.end
    holder = _name_after_comma(reader, k)
    if holder is None or (holder.end < len(tokens) and tokens[holder.end].key in _JOINERS):
        return None
    return clients, holder


def _address_at(reader: Reader, j: int) -> int | None:
    """End of a stack of ranks and forms of address at ``j`` ("Kombes", "dr."), if one starts there."""
    tokens = reader.tokens
    end = j
    while end < len(tokens) and (found := _phrase_at(reader, end)) is not None \
            and found[1].kind in {"rank", "honorific"}:
        end = found[0]
        if end < len(tokens) and tokens[end].text == ".":
            end += 1  # "dr. Nama": a lower-case form of address keeps its period
        if found[1].kind == "rank":
            end = _after_service(tokens, end)
    return end if end > j and end < len(tokens) and tokens[end].is_cap else None


# The force written after an officer's rank ("Letjen TNI", "Irjen Pol", "Mayjen TNI (Purn)"): part of the
# rank, not a body before the officer's name.
_SERVICES = frozenset({"TNI", "Pol", "Polri"})
_RETIRED = ("(", "Purn", ")")


def _after_service(tokens: Sequence[Token], end: int) -> int:
    if end < len(tokens) and tokens[end].text in _SERVICES:
        end += 1
    texts = tuple(t.text.rstrip(".") for t in tokens[end:end + len(_RETIRED)])
    return end + len(_RETIRED) if texts == _RETIRED else end


# Noble titles that are also common words, read as titles only where a name must follow.
_NOBLE_TITLES = frozenset({"lalu"})


def _name_after_comma(reader: Reader, j: int) -> Chunk | None:
    """"Direktur CIA, William Burns"; ranks and forms of address after the comma belong to the role
    ("Kabid Humas Polda Metro Jaya, Kombes Awi Setiyono", "Kepala Dinas X, dr. Nama")."""
    tokens = reader.tokens
    if j + 1 < len(tokens) and tokens[j].text == ",":
        after = _address_at(reader, j + 1) if reader.is_role_start(j + 1) else None
        start = after or j + 1
        if start + 1 < len(tokens) and tokens[start].key in _NOBLE_TITLES and tokens[start].is_cap:
            start += 1  # "Kepala Dinas X, dr. Lalu Ahmad Zaini": the Sasak title "Lalu" (also "then")
        chunk = chunk_at(reader, start) if start < len(tokens) else None
        if chunk and chunk.kind == "name":
            return _through_closing_word(reader, chunk)
        if chunk and reader.gaz_type(chunk) == "PERSON":
            return chunk
    return None


def _through_closing_word(reader: Reader, name: Chunk) -> Chunk:
    """"kuasa hukum X, Hotman Paris, menyangkal": a name set off by commas runs to its closing comma,
    over a capitalised word the gazetteer knows as a place ("Paris" is a surname here)."""
    tokens = reader.tokens
    end = name.end
    if end + 1 < len(tokens) and tokens[end].is_cap and tokens[end + 1].text in {",", "."} \
            and end - name.start < MAX_NAME and reader.gaz.match(tokens, end) is not None:
        return Chunk(name.start, end + 1, "name")
    return name


def _role_text(reader: Reader, start: int, end: int, orgs: list[Chunk]) -> str:
    """The role as written, "Org (ACR)" shortened to "ACR"."""
    tokens = reader.tokens
    pieces: list[str] = []
    cursor = start
    for index, chunk in enumerate(orgs):
        if chunk.kind == "acronym" and index > 0:
            previous = orgs[index - 1]
            pieces.append(_text(reader, cursor, previous.start))
            pieces.append(tokens[chunk.start + 1].text)
            cursor = chunk.end
    pieces.append(_text(reader, cursor, end))
    return _TRAILING_PREPOSITION.sub("", re.sub(r"\s+", " ", " ".join(p for p in pieces if p)).strip(" ,"))


# A preposition left at a role's end, its body missing ("peneliti dari | Nama"): no part of the role.
_TRAILING_PREPOSITION = re.compile(r"(?:\s+(?:dari|di|untuk|pada|of|for|at))+\Z", re.IGNORECASE)


def _text(reader: Reader, start: int, end: int) -> str:
    if end <= start:
        return ""
    source = reader.text
    return source[reader.tokens[start].start:reader.tokens[end - 1].end]


def title_at(reader: Reader, i: int) -> Title | None:
    """A role starting at token ``i`` and the person it introduces (``name`` None if none)."""
    j, words = _role_words(reader, i)
    if not words:
        return None
    kind = words[0].kind
    words_end = j
    if words[-1].kind == "rank" and (initials := _initials_after_rank(reader, j)) is not None:
        return Title(i, words_end, j, kind, words[0].lang, (), initials, _role_text(reader, i, j, []))
    j = _through_grade(reader, _skip_modifiers(reader, j, kind), words)
    field = post_field(reader, i, words, j)  # "Direktur Jenderal Pajak | Nama": the post's field
    org_end, orgs, name = _complement(reader, _through_grade(reader, field.end, words) if field else j)
    orgs = [*field.orgs, *orgs] if field else orgs
    if name is None and orgs and (party := _faction_after(reader, org_end)) is not None:
        orgs.append(party)  # "Anggota Komisi VI dari Fraksi PDI-P, Nama": the member's faction
        org_end = party.end
    comma_name = _name_after_comma(reader, org_end)
    if comma_name and (name is None or name.start > org_end):
        name = comma_name
    elif name is not None:
        comma_after = _name_after_comma(reader, name.end)
        body_first = kind == "descriptor" and not _represents(words)  # a lawyer's first name is the client's
        # "Direktur Keuangan [Medco], Nama": one word after a post's field and before a name set off by a
        # comma is the post's body
        one_word = name.end == name.start + 1
        body_first = body_first or (field is not None and name.start == field.end and one_word)
        if comma_after and body_first and reader.gaz_type(name) != "PERSON":
            orgs.append(Chunk(name.start, name.end, "org"))  # "peneliti Pusat X, Nama"
            org_end, name = name.end, comma_after
        elif kind == "title" and not _place_post(reader, i, words) \
                and (body := _body_before_comma_name(reader, orgs, name)) is not None:
            orgs, name = body  # "Ketua Forum Warga Peduli X, Nama": all before the comma is the body
            org_end = orgs[-1].end
    lawyer = _holder_after_clients(reader, name) if name is not None and _represents(words) else None
    if lawyer is not None:
        orgs.extend(lawyer[0])  # "kuasa hukum pasangan A dan B, C": A and B are the clients, C the lawyer
        org_end, name = lawyer[0][-1].end, lawyer[1]
    local_post = _place_post(reader, i, words)
    if name is not None and local_post and (place := _post_place(reader, i, name)) is not None:
        orgs.append(place[0])
        org_end, name = place[0].end, place[1]
    elif name is not None and local_post and not orgs \
            and (split := _place_then_name(reader, name)) is not None:
        orgs.append(split[0])
        org_end, name = split[1].start, split[1]
    if name is not None and (_regional_head(words) or _after_body(reader, orgs, name)) \
            and (split := _region_then_name(reader, name)) is not None:  # "Kepala Dinas X Garut | Nama"
        orgs.append(split[0])
        org_end, name = split[1].start, split[1]
    if name is not None and (split := _acronym_then_name(reader, name)) is not None:
        orgs.append(split[0])
        org_end, name = split[1].start, split[1]
    if name is None and kind == "title" and orgs and orgs[-1].kind == "org" and orgs[-1].end == org_end \
            and (split := body_then_person(reader, orgs[-1])) is not None:
        orgs[-1], name = split  # "Kepala Dinas PU Rahmat Hidayat": the body ran over the name
        org_end = name.start
    if name is not None and kind == "title" and _long_name(name, orgs):  # only a title's body is split off
        split_orgs, split_name = _long_run_split(reader, orgs, name)
        if split_name is not None:
            orgs, name, org_end = split_orgs, split_name, split_name.start
    if name is not None and orgs and orgs[-1].kind == "org" and orgs[-1].end == name.start \
            and _only_a_region(reader, name):
        orgs[-1] = Chunk(orgs[-1].start, name.end, "org")  # "Kepala Dinas Pendidikan Manggarai Barat": the
        org_end, name = name.end, None  # office's region ends the office, which names no holder
    if name is not None and (closed := _field_closed_in_name(reader, name)) is not None:
        org_end, name = closed.start, closed  # "Jaksa Muda Pidana Khusus | Arminsyah": the field's qualifier
    if name is not None and (moved := _title_word_back(reader, orgs, name)) is not None:
        orgs, name = moved  # "Sekjen Persatuan Catur | Ratu Anisa Pramesti": the title word is the name's
        org_end = name.start
    if name is not None and name.end - name.start > MAX_NAME:
        name = None
    role = None if kind == "honorific" else _qualified(reader, i, _role_text(reader, i, org_end, orgs))
    return Title(i, words_end, org_end, kind, words[0].lang, tuple(orgs), name, _leader_of(reader, i, role),
                 field.end if field else None)


def _field_closed_in_name(reader: Reader, name: Chunk) -> Chunk | None:
    """The name after a field the grammar read into it ("Jaksa Muda [Pidana Khusus Arminsyah]", a post
    written without "Agung" takes no field of its own): words of the language through a field's
    qualifier ("Khusus", "Umum"), which opens and closes no one's name, are the post's; None when the
    name holds no such qualifier before its last word."""
    tokens = reader.tokens
    closers = [k for k in range(name.start, name.end - 1) if tokens[k].key in FIELD_CLOSERS]
    if not closers or not all(is_dictionary_word(t.text) for t in tokens[name.start:closers[-1] + 1]):
        return None
    return Chunk(closers[-1] + 1, name.end, "name")


# The clitic that makes a post someone's: "juru bicaranya" is the spokesperson of the one just named.
_POSSESSIVE = "nya"
_POSSESSED_KINDS = frozenset({"title", "descriptor"})


def possessed_title_at(reader: Reader, i: int) -> Title | None:
    """"Juru bicaranya, Nama", "Direkturnya, Nama": a post whose last word carries "-nya" (the post of
    the body or person just named, no organisation after it) and the holder named after a comma or
    right after it (two words or more). None when no such post with a holder opens at ``i``."""
    tokens = reader.tokens
    for size in range(1, MAX_STACK + 1):
        last = i + size - 1
        if last >= len(tokens) or not tokens[last].is_word:
            return None
        key = tokens[last].key
        if not key.endswith(_POSSESSIVE) or len(key) <= len(_POSSESSIVE):
            continue
        keys = (*(t.key for t in tokens[i:last]), key[:-len(_POSSESSIVE)])
        word = reader.lex.roles.get(keys)
        if word is None or word.kind not in _POSSESSED_KINDS or word.lang != "id":
            continue
        name = _name_after_comma(reader, last + 1) or _name_right_after(reader, last + 1)
        if name is None:
            return None
        role = _text(reader, i, last + 1)[:-len(_POSSESSIVE)]
        return Title(i, last + 1, last + 1, word.kind, word.lang, (), name, role)
    return None


def _name_right_after(reader: Reader, j: int) -> Chunk | None:
    chunk = chunk_at(reader, j) if j < len(reader.tokens) else None
    return chunk if chunk is not None and chunk.kind == "name" and chunk.end - chunk.start >= 2 else None


# "majelis hakim yang diketuai Nama": the name after "yang diketuai" / "yang dipimpin" leads the group
# the role words name; it is no member of it.
_LED_BY = re.compile(r"(?P<group>.+?)\s+yang\s+(?P<verb>diketuai|dipimpin)", re.IGNORECASE)
_GROUP_BEFORE = frozenset({"majelis", "tim", "panitia", "regu", "rombongan", "delegasi"})


def _leader_of(reader: Reader, i: int, role: str | None) -> str | None:
    led = _LED_BY.fullmatch(role) if role else None
    if led is None:
        return role
    before = reader.tokens[i - 1] if i else None
    group = led["group"]
    if before is not None and before.key in _GROUP_BEFORE:
        group = f"{before.text.lower()} {group}"  # "Majelis | hakim": the group's word opens the sentence
    return f"{'Ketua' if led['verb'].lower() == 'diketuai' else 'Pemimpin'} {group}"


def _faction_after(reader: Reader, j: int) -> Chunk | None:
    """"… dari Fraksi PDI-P, Nama": the body a member comes from, after "dari", when a name set off by a
    comma follows it."""
    tokens = reader.tokens
    if j + 1 >= len(tokens) or tokens[j].key != "dari" or line_break_before(reader, j + 1):
        return None
    body = chunk_at(reader, j + 1)
    if body is None or not (body.kind == "org" or reader.gaz_type(body) == "ORG"):
        return None
    return body if _name_after_comma(reader, body.end) is not None else None


def _only_a_region(reader: Reader, name: Chunk) -> bool:
    """The run after the office is a region the gazetteer knows and nothing more ("Manggarai Barat")."""
    keys = [t.key for t in reader.tokens[name.start:name.end]]
    return region_size(keys) == len(keys)


def _long_name(name: Chunk, orgs: list[Chunk]) -> bool:
    """Longer than a name usually is: over four words, or four right after the post's body
    ("PDAM | Tirta Kencana Nama Nama": the body's name went on past its acronym)."""
    size = name.end - name.start
    return size > MAX_NAME or (size == MAX_NAME and _body_before(orgs, name))


def _after_body(reader: Reader, orgs: list[Chunk], name: Chunk) -> bool:
    """The name's run starts right after the post's body, known or not ("Dinas Kesehatan", "Dispora"):
    a body's region comes there ("Kepala Dinas Kesehatan Sumedang Budi Santoso")."""
    body = orgs[-1] if orgs else None
    return body is not None and body.end == name.start \
        and (body.kind == "org" or reader.gaz_type(body) == "ORG")


def _body_before(orgs: list[Chunk], name: Chunk) -> bool:
    """The post's body (no known place: "Prancis Jean-Yves Le Drian" is whole) ends where the name starts."""
    return bool(orgs) and orgs[-1].end == name.start and orgs[-1].kind == "org"


def _long_run_split(reader: Reader, orgs: list[Chunk], name: Chunk) -> tuple[list[Chunk], Chunk | None]:
    """"Direktur PDAM Tirta Pakuan Deni Surya Senjaya": a "name" too long to be one is the body the
    title read before it (an acronym split off) and the body's official (``body_names``)."""
    joined = _body_before(orgs, name)
    run = Chunk(orgs[-1].start if joined else name.start, name.end, "org")
    split = body_then_person(reader, run)
    if split is None:
        return orgs, None
    return [*(orgs[:-1] if joined else orgs), split[0]], split[1]


# Heads of a region, whose title names the region first: "Bupati Lebak Nama", "Gubernur Jawa Barat Nama".
REGIONAL_HEADS = frozenset({"bupati", "wakil bupati", "gubernur", "wakil gubernur", "wali kota", "walikota",
                            "wakil wali kota", "wakil walikota"})


def _regional_head(words: list[RoleWord]) -> bool:
    return any(word.phrase.lower() in REGIONAL_HEADS for word in words)


def _region_then_name(reader: Reader, name: Chunk) -> tuple[Chunk, Chunk] | None:
    """"Bupati Lebak Iti Octavia Jayabaya": a region the gazetteer knows opening the run after a
    regional head's title is the post's region when two name words or more follow it."""
    keys = [t.key for t in reader.tokens[name.start:name.end]]
    cut = region_size(keys[:-1])
    if cut and (len(keys) - cut >= 2 or cut >= 2):  # one name word is left only after a region of two words
        return Chunk(name.start, name.start + cut, "loc"), Chunk(name.start + cut, name.end, "name")
    return None


# Heads of a local office: the name right after the role word is the office's place ("Kapolsek
# Tambun", "Dandim Sleman", "Camat Cibinong"), and the holder is named after a comma or before the
# title ("AKP Budi, Kapolsek Tambun, mengatakan").
PLACE_POSTS = frozenset({"kapolsek", "kapolres", "kapolresta", "kapolrestabes", "kapolda", "wakapolsek",
                         "wakapolres", "wakapolda", "dandim", "danramil", "danrem", "danlanal", "danlantamal",
                         "kajari", "kajati", "kades", "kepala desa", "camat", "lurah"})


def _place_post(reader: Reader, i: int, words: list[RoleWord]) -> bool:
    return reader.tokens[i].key in PLACE_POSTS or any(w.phrase.lower() in PLACE_POSTS for w in words)


def _post_place(reader: Reader, i: int, name: Chunk) -> tuple[Chunk, Chunk | None] | None:
    """The office's place and the holder when the "name" after a local office's head is its place:
    a comma and a name follow ("Kapolsek Tambun, AKP Budi"), or a comma stands on both sides
    ("AKP Budi, Kapolsek Tambun, mengatakan": the holder is named before, None here)."""
    tokens = reader.tokens
    if name.end >= len(tokens) or tokens[name.end].text != ",":
        return None
    place = Chunk(name.start, name.end, "loc")
    holder = _name_after_comma(reader, name.end)
    if holder is not None:
        return place, holder
    return (place, None) if i > 0 and tokens[i - 1].text == "," else None


def _place_then_name(reader: Reader, name: Chunk) -> tuple[Chunk, Chunk] | None:
    """"Camat Sukamaju Asep Rahmat": a local office's head names the office's place first, so in a
    run of three or four capitalised words the first is the place, or a region the gazetteer knows,
    or two ordinary words before a name ("Camat Suka Maju Ahmad Fauzi", ``regions.place_words``)."""
    if not 3 <= name.end - name.start <= MAX_NAME or reader.gaz_type(name) == "PERSON":
        return None
    region = _region_then_name(reader, name)
    if region is not None:
        return region
    cut = name.start + place_words([t.text for t in reader.tokens[name.start:name.end]])
    return Chunk(name.start, cut, "loc"), Chunk(cut, name.end, "name")


# Words before a title that change what it says of the person: a candidate or a former holder
# is not the holder ("Calon Gubernur X", "mantan Ketua DPR Y", "former Judge Z").
QUALIFIERS = frozenset({"calon", "mantan", "eks", "bekas", "former", "ex"})


def _qualified(reader: Reader, i: int, role: str) -> str:
    previous = reader.tokens[i - 1] if i > 0 else None
    if previous is not None and previous.key in QUALIFIERS:
        return f"{previous.text} {role}"
    return role


def _acronym_then_name(reader: Reader, name: Chunk) -> tuple[Chunk, Chunk] | None:
    """"Ketua Umum DPP BMI Nazarudin Kiemas", "Cawagub DKI Djarot Saiful": acronyms of three
    letters or more opening the run after a title are the post's body, the rest is the name.
    Two-letter capitals stay (initials such as "HM" open names). The body may open with a
    capitalised word ("Ketua Komdis PSSI Asep Edwin") when two name words follow its last
    acronym, and may carry a roman number ("General Manager MOR VI Yanuar Budi")."""
    tokens = reader.tokens
    last = None
    for j in range(name.start, name.end):
        numbered = last is not None and j == last + 1 and ROMAN_NUMBER.fullmatch(tokens[j].text)
        if numbered or (_acronym(tokens[j].text) and tokens[j].is_upper):
            last = j
    if last is None:
        return None
    rest = last + 1
    opened_by_acronym = all(_acronym(t.text) or ROMAN_NUMBER.fullmatch(t.text)
                            for t in tokens[name.start:rest])
    if not opened_by_acronym and name.end - rest < 2:
        return None  # "Pemuda PSSI Asep": too little left to be sure the rest is the name
    if rest >= name.end or not all(t.is_cap and not t.is_upper for t in tokens[rest:name.end] if t.is_word):
        return None
    return Chunk(name.start, rest, "org"), Chunk(rest, name.end, "name")


ROMAN_NUMBER = re.compile(r"[IVX]{1,4}")


def _acronym(text: str) -> bool:
    return len(text) >= 3 and text.isalpha() and text.isupper()
