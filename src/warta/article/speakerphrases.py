"""Where the speaker's noun phrase lies around a speech cue.

After an inverted cue the speaker runs from the cue to the first punctuation or adjunct
("kata Peskov kepada wartawan, Senin" → "Peskov"); before a speech verb it runs back to
the clause start, over adverbs ("Peskov juga mengatakan"), and an appositive between
commas is offered beside the phrase before it ("Pemerhati Sejarah Belitung, Salim YAH,
mengatakan" → "Salim YAH", then "Pemerhati Sejarah Belitung").
"""

from __future__ import annotations

import re

from warta.article.actors import PLURAL_PRONOUNS, SINGULAR_PRONOUNS
from warta.article.datelines import ends_dateline
from warta.article.lexicon import lexicon
from warta.article.tokens import fold

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_BOUNDARY_PUNCT = frozenset(",.;:!?\"“”„«»‘’'�[]|-–—")  # a dash ends a dateline ("KOMPAS.com - X")
# Words that end a speaker phrase after a cue: adjuncts of place, time, manner, addressee.
STOP_AFTER = frozenset({
    "kepada", "pada", "dalam", "di", "saat", "ketika", "seperti", "sebagaimana", "melalui", "lewat",
    "usai", "seusai", "setelah", "sebelum", "sambil", "seraya", "kemarin", "tadi", "dengan",
    "sebelumnya", "menjelang", "kala", "waktu", "via", "demikian", "bahwa", "yakni",
    "in", "on", "at", "to", "during", "when", "after", "before", "while", "as", "that",
    "told", "last", "this", "earlier",
})
# Conjunctions of a condition: "Jika X menjawab "tidak", …" is speech that may come, no quote.
CONDITIONALS = frozenset({"jika", "jikalau", "kalau", "bila", "apabila", "seandainya", "andai", "andaikan",
                          "if"})
# Words that end a speaker phrase when reading back from a verb: the clause starts after them.
STOP_BEFORE = frozenset({
    "bahwa", "namun", "tetapi", "tapi", "sementara", "sedangkan", "karena", "sehingga", "ketika",
    "saat", "setelah", "sebelum", "kemudian", "bahkan", "dan", "adapun", "maka", "jadi",
    "kendati", "meski", "meskipun", "walau", "walaupun", "padahal", "demikian",
    *CONDITIONALS,
    "that", "but", "while", "when", "because", "and", "after", "before",
})
# Adverbs between a subject and its verb ("Peskov juga mengatakan", "Ia pun menegaskan").
ADVERBS = frozenset({
    "juga", "pun", "kembali", "telah", "sudah", "pernah", "lagi", "sebelumnya", "kemudian",
    "bahkan", "hanya", "sendiri", "pula", "lantas", "akhirnya", "justru", "malah", "tetap",
    "sempat", "masih", "baru", "secara", "terpisah", "langsung", "sebenarnya", "memang", "lalu",
    "tiba-tiba", "kerap", "sering", "selalu",
    "konon", "kabarnya",  # hearsay: "X, konon sudah mengatakan …" is still X's saying
    "also", "later", "earlier", "previously", "has", "had", "have", "then",
})
# Words of speaking together or aloud ("jawab para kader yang hadir serempak bergema", "para siswa
# kompak berteriak"): they qualify the saying, so they end the speaker phrase, even after "yang".
CHORUS = frozenset({"serempak", "serentak", "kompak", "bersama-sama", "beramai-ramai", "ramai-ramai",
                    "berbarengan", "bareng-bareng", "lantang"})
# Before them a word of degree or seeming makes them the predicate ("tim yang dikenal kompak").
_DEGREE = frozenset({"sangat", "amat", "lebih", "makin", "semakin", "paling", "cukup", "begitu", "tetap",
                     "dikenal", "terlihat", "tampak", "terkenal", "sangatlah", "kurang", "tidak", "tak"})
# Auxiliaries, negations and copulas: in lower case after a speaker's words they open a
# predicate, never a part of who spoke (unless inside "yang …").
AUXILIARIES = frozenset({"akan", "bakal", "sudah", "telah", "masih", "sedang", "tengah", "harus", "perlu",
                         "tidak", "tak", "belum", "bisa", "dapat", "mesti", "wajib", "adalah", "merupakan",
                         "ialah"})
MAX_WORDS = 18  # Indonesian titles run long ("Kepala Sub - Direktorat II Direktorat Reserse … AKBP X")
MAX_WORDS_BACK = 16  # subjects carry relative clauses ("pejabat AS yang menolak disebut namanya")
# Words that open an adjunct (place, time, occasion, addressee), never a speaker phrase.
ADJUNCT_START = frozenset({"kepada", "pada", "dalam", "di", "saat", "ketika", "melalui", "lewat", "usai",
                           "seusai", "seperti", "sebagaimana", "dengan", "secara", "sambil", "seraya",
                           "setelah", "sebelum", "menjelang", "tanpa",
                           "to", "on", "in", "at", "during", "after", "while", "via"})

Span = tuple[int, int]


def _calendar(word: str) -> bool:
    return word in lexicon().calendar


def phrase_after(text: str, pos: int, limit: int) -> Span | None:
    """The speaker phrase that starts after a cue at ``pos`` (up to ``limit``)."""
    start = end = -1
    words = 0
    previous = ""
    relative = False
    skip_to = -1
    prior = ""  # the word before the token read (folded)
    for match in _TOKEN.finditer(text, pos, limit):
        token = match.group()
        if match.start() < skip_to:
            continue
        if token == "(" and start >= 0:
            group = _ACRONYM_GROUP.match(text, match.start(), limit)
            if group:  # "kata Kepala Badan SAR Nasional (Basarnas) Henry Bambang Soelistyo"
                skip_to = end = group.end(1)
                continue
        if token in _TITLE_MARKS and start >= 0 and not relative:
            title = _QUOTED_TITLE.match(text, match.start(), limit)
            if title:  # "lanjut pemain film ' Headshot ' tersebut": a work's title inside the description
                skip_to = end = title.end()
                continue
        if token == "." and _ABBREVIATION.fullmatch(previous):
            end = match.end()  # "a senior U.S. official", "Dr. Sutopo"
            continue
        if token == "-" and start >= 0 and _tokenised_hyphen(text, match.start(), limit):
            continue  # "Kepala Sub - Direktorat II": a hyphen that tokenising set apart
        previous = token
        if token in _BOUNDARY_PUNCT or token in "()":
            break
        key = fold(token)
        # Stop words are lower case in running text ("AS" is a country, "as" a conjunction);
        # inside a relative clause ("pejabat yang berbicara dengan syarat anonim") only
        # punctuation ends the phrase.
        stop = start >= 0 and not relative and ((key in STOP_AFTER and token[0].islower()) or _calendar(key))
        if start >= 0 and key in _CREDIT_WORDS:
            break  # "… disapa BTM dikutip dari laman Liga 1": the outlet's credit, even inside "yang …"
        if stop and not _unnamed_within(text, start, match.start(), key, limit):
            break
        if start >= 0 and token.islower() and key in CHORUS and prior not in _DEGREE:
            break  # "jawab para kader yang hadir serempak bergema": the manner of saying, not who
        if start >= 0 and not relative and _verb_shaped(token) and token not in _DESCRIBING_VERBS:
            break  # '" kata Mendagri menegaskan .': the verb after the speaker is no part of who
        if start >= 0 and not relative and token.islower() and key in AUXILIARIES:
            break  # "…, kata Ade akan dibahas oleh Kemhan": the content's predicate goes on
        relative = relative or (start >= 0 and key in _RELATIVE)
        if "\n" in text[end if end >= 0 else pos:match.start()]:
            break
        if start < 0:
            start = match.start()
        end = match.end()
        prior = key
        words += token[0].isalnum()
        if words >= MAX_WORDS or (words == 1 and key in _PRONOUNS):
            break  # "kata dia sudah termasuk …": a pronoun is the whole phrase
    return (start, end) if start >= 0 else None


# ber- words that describe a speaker ("pria berusia 45 tahun itu", "petugas berpangkat Aiptu").
_DESCRIBING_VERBS = frozenset({"berusia", "berasal", "bernama", "berinisial", "berstatus", "berpangkat",
                               "bertugas", "berdinas", "berkebangsaan", "berkewarganegaraan", "berjilbab",
                               "berkacamata", "berbaju", "berkaus", "berkemeja", "bertubuh"})
# Words that open a news outlet's credit, never part of who spoke.
_CREDIT_WORDS = frozenset({"dikutip", "dilansir", "mengutip", "melansir"})
# Unnamed speakers whose "di" + a lower-case body says where they work ("seorang sumber di
# kepolisian", "pejabat di kementerian"): the body is part of the description, while "di Jakarta"
# (a capitalised place) stays an adjunct.
_UNNAMED_HEADS = frozenset({"sumber", "pejabat", "petugas", "pegawai", "staf", "karyawan", "pekerja",
                            "orang"})
_LOWER_WORD = re.compile(r"\s+([a-z]+)\b")
# "petugas di lokasi", "di sana": where the speaker stood, not where they work.
_DEICTIC_PLACES = frozenset({"sana", "sini", "situ", "lokasi", "tempat", "tkp", "lapangan"})


def _unnamed_within(text: str, start: int, at: int, key: str, limit: int) -> bool:
    if key != "di":
        return False
    words = [fold(w) for w in text[start:at].split()]
    heads = [w for w in words if w not in {"seorang", "salah", "satu", "para", "sejumlah", "beberapa"}]
    following = _LOWER_WORD.match(text, at + len("di"), limit)
    return (len(heads) == 1 and heads[0] in _UNNAMED_HEADS and text[start:at].islower()
            and following is not None and not _calendar(following.group(1))
            and following.group(1) not in _DEICTIC_PLACES)


def _tokenised_hyphen(text: str, at: int, limit: int) -> bool:
    """A "-" with one space on each side between two capitalised words ("Sub - Direktorat")."""
    before = text[max(0, at - 2):at]
    after = text[at + 1:min(limit, at + 3)]
    return (len(before) == 2 and before[1] == " " and before[0].isalnum()
            and len(after) == 2 and after[0] == " " and after[1].isupper())


def _dateline_dash(tokens: list[re.Match[str]], j: int) -> bool:
    """Does the dash at token ``j`` close a dateline ("JAKARTA, KOMPAS.com -", "Suara.com -",
    "JAKARTA, Kabar -") rather than join a tokenised compound ("pro - demokrasi")?"""
    if j == 0:
        return False
    if j == 1:
        return True  # "Rimanews - Seorang pencuri …": one word, then the dash, opens the text
    return ends_dateline(tokens[j - 1].group()) or tokens[j - 2].group() == ","


def _segment_back(tokens: list[re.Match[str]], i: int) -> tuple[int, int]:
    """Tokens ``[j, i]`` of the phrase ending at token ``i``, read backwards to a boundary."""
    j = i
    words = 0
    depth = 0
    while j >= 0:
        token = tokens[j].group()
        if token == ")":
            depth += 1
        elif token == "(":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and (token in _BOUNDARY_PUNCT or fold(token) in STOP_BEFORE):
            if token in _DASHES and not _dateline_dash(tokens, j):
                j -= 1  # "pro - demokrasi" (tokenised hyphen), not "KOMPAS.com - …"
                continue
            break
        words += token[0].isalnum()
        if words > MAX_WORDS_BACK:
            break
        j -= 1
    return j + 1, i


_DASHES = frozenset("-–—")
# A pronoun is a whole speaker phrase; "her" is left out as it also opens one ("said her lawyer").
_PRONOUNS = (SINGULAR_PRONOUNS | PLURAL_PRONOUNS) - {"her"}
_DEMONSTRATIVES = frozenset({"itu", "ini"})
# A news agency relaying what someone said, right before the speech verb ("seperti dikutip
# Reuters", "sebagaimana dilansir AFP,", "dilansir Antara").
_AGENCY_ASIDE = re.compile(
    r"[\s,]*(?:(?:seperti|sebagaimana)\s+)?(?:dikutip|dilansir|diberitakan|dilaporkan)\s+(?:oleh\s+|dari\s+)?"
    r"[^\s,.;:]+(?:\s+[A-Z0-9][^\s,.;:]*){0,4}[\s,]*$"
)
# An acronym in parentheses inside a title run, with the run going on after it.
# A title in quote marks inside a description that points back ("bintang film ‘ X ’ ini").
_TITLE_MARKS = frozenset("'\"‘“")
_QUOTED_TITLE = re.compile(r"['\"‘“][^'\"’”\n]{1,40}['\"’”]\s+(?:tersebut|itu|ini)(?![\w-])")
_ACRONYM_GROUP = re.compile(r"(\(\s*[A-Z][\w.&-]{0,15}\s*\))(?=\s*[A-Z])")
_RELATIVE = frozenset({"yang", "who", "which"})
# Tokens a period does not end inside a name or title: initials, "U.S", "Dr", "dr", "Prof".
_ABBREVIATION = re.compile(
    r"[A-Z](?:\.[A-Z])+|[A-Z][a-z]?|[Pp]rof|[Dd]r[sag]?|Ir|Hj?|KH|Sdri?|Jr|Sr|St|Mr?s|med|Pol|Purn|Moh|Muh|Tn|Bpk"
)
_VERB_SHAPE = re.compile(r"(?:me[mn]g?|meny|ber|di)[a-z]{4,}")
# Lower-case nouns that happen to look like me-/ber-/di- verbs.
_VERB_LOOKALIKES = frozenset({"berita", "bersama", "diplomat", "direktur", "direksi", "dinas", "distrik",
                              "divisi", "menteri", "media", "metode", "derita", "dirinya", "direktorat",
                              # "pihak berwenang/berwajib": the authorities
                              "berwenang", "berwajib", "bersangkutan", "berkepentingan",
                              # English nouns of that shape ("the national disaster management agency said")
                              "disaster", "disasters", "district", "districts", "director", "directors",
                              "division", "digital", "diplomatic", "diplomats", "dispute", "discussion",
                              "members", "memorial", "memorandum"})


def _verb_shaped(token: str) -> bool:
    return bool(_VERB_SHAPE.fullmatch(token)) and token not in _VERB_LOOKALIKES


def verb_shaped(token: str) -> bool:
    """Does a lower-case word look like a me-/ber-/di- verb (and is no noun that only looks so)?"""
    return _verb_shaped(token)


def _clause_start(tokens: list[re.Match[str]], j: int, k: int) -> int:
    """First token of the subject in tokens ``[j, k]``: after the last verb not inside a
    "yang" clause ("Ali Mundakir mengklarifikasi kabar yang beredar yang menyebutkan" →
    "kabar yang beredar"; "pejabat yang menolak disebut namanya mengatakan" stays whole)."""
    start = j
    for n in range(j, k + 1):
        token = tokens[n].group()
        if token == "yang":
            break
        if _verb_shaped(token):
            start = n + 1
    return start


def _subject_end(tokens: list[re.Match[str]], j: int, k: int) -> int:
    """Last token of the subject in tokens ``[j, k]``: before an adjunct that follows it
    ("Peskov pada Senin", "Pemerintah Kota Bandung melalui juru bicaranya"), unless the
    adjunct is inside a "yang" clause."""
    for n in range(j + 1, k + 1):
        token = tokens[n].group()
        if token == "yang":
            break
        if token in ADJUNCT_START:  # lower case only: "Di" may start a name
            return n - 1
    return k


MAX_NAME_WORDS = 5


def _after_time_adjunct(tokens: list[re.Match[str]], j: int, k: int) -> int:
    """Skip a time adjunct opening the subject's stretch ("pada Minggu (30/4) pejabat Israel")."""
    if fold(tokens[j].group()) not in ADJUNCT_START or j + 1 > k:
        return j
    if not _calendar(fold(tokens[j + 1].group())):
        return j
    n = j + 1
    while n <= k and (_calendar(fold(tokens[n].group())) or tokens[n].group().isdigit()
                      or tokens[n].group() in "()/,"):
        n += 1
    return n if n <= k else j


# Adverbs of frequency or sequence that open a clause before its subject ("Terkadang beberapa
# menyatakan …", "Biasanya pengelola mengatakan …"): they tell when, never who.
OPENING_ADVERBS = frozenset({"terkadang", "kadang", "kadang-kadang", "biasanya", "sesekali", "seringkali",
                             "acapkali", "lazimnya", "umumnya", "sebelumnya", "akhirnya"})


def _past_opening_adverb(tokens: list[re.Match[str]], j: int, k: int) -> int:
    """Skip an adverb opening the subject's stretch, when a subject still follows it."""
    return j + 1 if j < k and fold(tokens[j].group()) in OPENING_ADVERBS else j


def _name_before_comma(tokens: list[re.Match[str]], j: int) -> Span | None:
    """A short capitalised stretch that opens the clause and ends with a comma right before
    token ``j``, offered as the name that the role after the comma describes."""
    if j < 2 or tokens[j - 1].group() != ",":
        return None
    start, end = _segment_back(tokens, j - 2)
    words = [t.group() for t in tokens[start:end + 1]]
    if not words or len(words) > MAX_NAME_WORDS or not all(w[0].isupper() for w in words):
        return None
    if start > 0 and tokens[start - 1].group() not in ".;:!?\"“”":
        return None  # the stretch must open its clause ("Di Jakarta, …" is an adjunct anyway)
    return tokens[start].start(), tokens[end].end()


MAX_ASIDE_TOKENS = 30
# "X tidak membantah maupun membenarkan …": the coordinated verb has the first verb's subject.
_COORDINATORS = frozenset({"dan", "serta", "maupun", "ataupun", "atau", "and", "or", "nor"})


def _aside_start(tokens: list[re.Match[str]], comma: int) -> int | None:
    """Index of the comma opening a ", yang …," aside that ends at token ``comma``."""
    for n in range(comma - 1, max(0, comma - MAX_ASIDE_TOKENS), -1):
        if tokens[n].group() in ".;:":
            return None
        if fold(tokens[n].group()) == "yang" and tokens[n - 1].group() == ",":
            return n - 1
    return None


def _long_clause_subject(tokens: list[re.Match[str]], comma: int) -> Span | None:
    """"Myanmar menolak gencatan senjata yang … bantuan , menyatakan …": after a clause too long
    to read back over, a speech verb right after its comma goes on from that clause's subject,
    the short capitalised stretch before the clause's first verb."""
    segment, _k = _segment_back(tokens, comma - 1)
    before = tokens[segment - 1].group() if segment > 0 else ""
    if not before or before in _BOUNDARY_PUNCT or fold(before) in STOP_BEFORE:
        return None  # the clause was read whole: the ordinary reading applies
    start = segment
    while start > 0 and tokens[start - 1].group() not in _BOUNDARY_PUNCT:
        start -= 1
    verb = next((n for n in range(start, comma) if _verb_shaped(tokens[n].group())), None)
    if verb is None or not 0 < verb - start <= MAX_NAME_WORDS:
        return None
    if not all(t.group()[0].isupper() for t in tokens[start:verb]):
        return None
    return tokens[start].start(), tokens[verb - 1].end()


def phrases_before(text: str, pos: int, floor: int) -> list[Span]:
    """Candidate speaker phrases ending before a verb at ``pos``, nearest first.

    More than one candidate only when a comma stands right before the verb: then each
    comma-separated stretch before it is offered (an appositive, a time adjunct, the phrase);
    and a name opening a long relative clause is offered last ("Ratu Maxima yang diterima
    Presiden … di Istana Merdeka, Selasa, mengatakan").
    """
    pos = _before_degrees(text, pos, floor)
    spans = _phrases_before(text, pos, floor)
    head = _relative_head(text, floor, pos)
    if head is not None and all(span[0] >= head[1] for span in spans):
        spans.append(head)
    return spans


# Degrees written after a name and its comma ("…, Sp. Rad (K) OnkRad menyebut", "…, SH, MH
# mengatakan"): the person's qualifications, never who spoke; the phrases are read from that comma.
# The first word must be a degree; the rest short capitalised abbreviations or a bracketed rank.
# ("M. Nasir" is a name: an initial's dot takes a space, a degree's none.)
_FIRST_DEGREE = (r"Sp\.\s*[A-Z]\w*\.?|Sp[A-Z]\w*|[SM]\.[A-Z][a-z]{0,3}\.?|Ph\.D\.?"
                 r"|SH|MH|SE|MM|MBA|MSi|MSc|MPH|MKes|PhD|SKM")
_DEGREES_BEFORE = re.compile(rf",\s*(?:{_FIRST_DEGREE})(?:[\s,]+(?:[A-Z][\w.-]{{0,9}}|\([A-Z]{{1,3}}\)))*"
                             r"[\s,]*\Z")
_DEGREE_REACH = 40


def _before_degrees(text: str, pos: int, floor: int) -> int:
    found = _DEGREES_BEFORE.search(text, max(floor, pos - _DEGREE_REACH), pos)
    return found.start() + 1 if found is not None and found.start() > floor else pos


def _relative_head(text: str, floor: int, pos: int) -> Span | None:
    """A short capitalised name that opens the clause and is followed by "yang", when the
    clause runs on past the reach of the backward reading."""
    tokens = list(_TOKEN.finditer(text, floor, pos))
    relative = next((n for n, t in enumerate(tokens[:MAX_NAME_WORDS + 1]) if t.group() == "yang"), None)
    if not relative or sum(t.group()[0].isalnum() for t in tokens[relative:]) <= MAX_WORDS_BACK:
        return None
    if not all(t.group()[0].isupper() for t in tokens[:relative]):
        return None
    return tokens[0].start(), tokens[relative - 1].end()


# One-word manner adjuncts between a subject and its verb ("Ia bahkan tanpa ragu menyebut",
# "Menteri dengan tegas menyatakan", "KPK secara resmi mengumumkan").
_MANNER = frozenset({"tanpa", "dengan", "secara"})
# A negation between a subject and its verb ("Agus tidak membantah …") is no subject of its own.
_NEGATIONS = frozenset({"tidak", "tak", "belum", "not"})


def _chorus(tokens: list[re.Match[str]], i: int) -> bool:
    """Is token ``i`` a word of speaking together qualifying the verb after it ("yang hadir serempak
    menjawab"), not a predicate after a word of degree ("yang dikenal kompak")?"""
    word = tokens[i].group()
    return word in CHORUS and not (i > 0 and fold(tokens[i - 1].group()) in _DEGREE)


def _past_adverbs(tokens: list[re.Match[str]], i: int) -> int:
    """Index of the last token before ``i`` (inclusive) that is no adverb or manner adjunct."""
    while i >= 0:
        if fold(tokens[i].group()) in ADVERBS or fold(tokens[i].group()) in _NEGATIONS or _chorus(tokens, i):
            i -= 1
        elif i >= 1 and fold(tokens[i - 1].group()) in _MANNER and tokens[i].group()[0].isalpha() \
                and tokens[i].group().islower():
            i -= 2
        else:
            return i
    return i


def _phrases_before(text: str, pos: int, floor: int) -> list[Span]:
    agency = _AGENCY_ASIDE.search(text, floor, pos)
    if agency is not None and agency.start() > floor:
        # "Ali al-Naimi seperti dikutip Dow Jones Newswires mengatakan": the agency only relays.
        return _phrases_before(text, agency.start(), floor)
    tokens = list(_TOKEN.finditer(text, floor, pos))
    i = _past_adverbs(tokens, len(tokens) - 1)
    if i < 0:
        return []
    if fold(tokens[i].group()) in _PRONOUNS and i > 0 and tokens[i - 1].group() not in _BOUNDARY_PUNCT:
        # "Kepada kumparan ia mengatakan": a pronoun right before the verb is its whole subject;
        # what stands before it is an adjunct.
        return [(tokens[i].start(), tokens[i].end())]
    if fold(tokens[i].group()) in _COORDINATORS:
        # "hakim ketua pun menutup sidang dan menyatakan …": the subject of the first verb.
        first_verb = next((n for n in range(i) if _verb_shaped(tokens[n].group())), None)
        return _phrases_before(text, tokens[first_verb].start(), floor) if first_verb is not None else []
    if tokens[i].group() == ",":
        aside = _aside_start(tokens, i)
        if aside is not None:
            # "Odinga, yang memboikot pemilu ulang karena …, menyatakan": the aside is skipped.
            return _phrases_before(text, tokens[aside].start(), floor)
    if tokens[i].group() != ",":
        j, k = _segment_back(tokens, i)
        j = _clause_start(tokens, j, k)
        if j > k:
            return []
        if fold(tokens[j].group()) in ADJUNCT_START and j > 0 and tokens[j - 1].group() == ",":
            # "Pangeran Salman, dalam pidato pada Selasa, mengatakan": the adjunct is no speaker.
            return _phrases_before(text, tokens[j - 1].end(), floor)
        j = _after_time_adjunct(tokens, j, k)
        j = _past_opening_adverb(tokens, j, k)
        connective = j > 0 and fold(tokens[j - 1].group()) in STOP_BEFORE
        if connective and j < k and fold(tokens[j].group()) in _DEMONSTRATIVES:
            j += 1  # "Sementara itu Guterres mengatakan": "itu" closes the connective
        cut = _subject_end(tokens, j, k)
        named = _name_before_comma(tokens, j)
        if named is not None and cut == k:
            # "Suhail Al-Mazrouei, Menteri Energi UEA mengatakan": the name, then its role.
            return [(tokens[j].start(), tokens[k].end()), named]
        if cut < k:
            # Both readings: "Pemerintah Kota Bandung (melalui juru bicaranya)" and "Analis di
            # kelompok riset Capital Economics Tom Pugh"; the speaker chooser prefers a name.
            return [(tokens[j].start(), tokens[cut].end()), (tokens[j].start(), tokens[k].end())]
        return [(tokens[j].start(), tokens[k].end())]
    spans: list[Span] = []
    long_clause = _long_clause_subject(tokens, i)
    if long_clause is not None:
        return [long_clause]
    while i >= 0 and tokens[i].group() == "," and len(spans) < 3:
        segment, k = _segment_back(tokens, i - 1)
        j = _clause_start(tokens, segment, k)
        if j > k:
            break
        if j > segment and fold(tokens[j].group()) in ADJUNCT_START:
            # "Ali Mundakir, ditemui di Plumpang, Senin, menuturkan": a participle's adjunct
            # is no phrase of its own; the subject lies before it.
            i = segment - 1
            continue
        if j > segment + 1 and not spans and not _verb_shaped(tokens[segment].group()):
            # "Myanmar menolak gencatan senjata itu, menyatakan …": the speech verb goes on from
            # the clause before the comma; its subject is that clause's, not the object.
            spans.append((tokens[segment].start(), tokens[j - 2].end()))
            break
        spans.append((tokens[j].start(), tokens[_subject_end(tokens, j, k)].end()))
        i = j - 1
    return spans
