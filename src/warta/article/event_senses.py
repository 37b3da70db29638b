"""Trigger words in a sense that tells no event between actors (precision audit on unseen text, round 13).

An audit of warta's events on news no rule was tuned on (``docs/benchmarks.md``, events, "precision
audit on unseen text") found the lexicon's words used in senses the guideline (``docs/annotation.md``)
does not code: pushing a thing ("mendorong bola"), a thing "backed" ("didukung oleh RAM"), a visit
to a place or by tourists, the "release" of land or of a tariff, a helper judged ("sangat membantu"),
fish caught ("alat tangkap"), and a verb of agreeing or refusing that takes a clause, which states an
opinion or a stance.
"""

from __future__ import annotations

import re

from warta.article.event_lexicon import Token, TriggerMatch, word_set
from warta.article.event_phrases import DETERMINERS
from warta.models import ActorRef, Entity

# People who travel for leisure or in a crowd, not as political actors: their visits are tourism.
_TOURISTS = word_set("""
wisatawan wisman wisnus turis pelancong pengunjung pendaki penonton penggemar fans traveler backpacker
tourists tourist visitors
""")
_TOURIST_REACH = 6  # words before a visit trigger in which its visitors are named
_CLAUSE_ENDS = frozenset({".", ";", ",", "namun", "tetapi", "sedangkan", "sementara"})
# What is "released" when land is acquired, a charge waived or money paid out ("released 750 million
# rupiah in emergency funds" disburses money, AID at most): things, not detainees.
_RELEASED_THINGS = word_set("""
lahan tanah bea tarif pajak biaya retribusi denda bunga iuran cukai pungutan utang kawasan area lokasi jalan
rumah bangunan aset sertifikat sengketa visa
dana anggaran uang rp rupiah juta miliar triliun funds fund money budget million billion trillion rupiah
dollars
""")
# Bills, laws and budgets, whose approval is law-making (docs/annotation.md: not AGREE).
_BILLS = word_set("""
ruu raperda rapbn rapbd apbn apbd apbn-p apbd-p perppu perda undang-undang rancangan anggaran bill budget
""")
_BILL_REACH = 14  # words before a passive approval in which the bill is named ("RUU … akhirnya disetujui")
_RELEASE_REACH = 3  # words after the trigger (active, noun) naming what is released
_SUBJECT_REACH = 10  # words before a passive trigger in which its subject is named
# Degree words that make "membantu" a judgement of how helpful someone is.
_DEGREES = frozenset({"sangat", "amat", "cukup", "begitu", "sungguh", "lebih", "paling", "sangatlah",
                      "banyak"})
_MODALS = frozenset({"bisa", "dapat", "akan", "mampu", "sudah", "telah", "juga", "pun"})
# "sangat mendukung kerja sama itu" is strong backing, an act; only help is judged this way
_HELPING = frozenset({"membantu", "dibantu", "terbantu"})
# Verbs that take a clause in these senses state an opinion or a stance ("tidak menampik bahwa …");
# "X dan Y sepakat bahwa …" (parties agreeing with each other) is left to ``agreed_opinion``.
_CLAUSE_LINKS = {"REJECT": frozenset({"bahwa", "kalau", "ketika", "jika", "apabila"}),
                 "AGREE": frozenset({"kalau", "ketika", "jika", "apabila"})}
_OPINION_VERBS = frozenset({"menampik", "menolak", "setuju", "menyetujui"})
# Roles of a cast or a crew: "didukung X sebagai aktor" credits a film, backs no one.
_CAST = frozenset({"aktor", "aktris", "pemeran", "pemain", "penyanyi", "musisi", "sutradara", "produser",
                   "bintang", "model", "pengisi"})
_CAST_REACH = 30  # words after the trigger in which the cast's role is named (a list of names runs long)
# Words around "tangkap" that make it fishing: "alat tangkap", "perikanan tangkap", "penangkapan ikan".
_FISHING_BEFORE = frozenset({"alat", "perikanan", "hasil", "kapal", "armada", "wilayah", "zona", "kuota"})
_CATCH = word_set("ikan udang cumi lobster benih benur kepiting tuna paus hiu penyu")
# What one attends that is a meeting ("rapat ini dihadiri …"); anything else attended is a ceremony.
_MEETINGS = word_set("""
rapat pertemuan sidang ktt konferensi forum summit kongres muktamar musyawarah munas rakernas rakor rakorsus
dialog diskusi perundingan negosiasi audiensi jamuan silaturahmi dengar
""")
_PUSHES = frozenset({"mendorong", "didorong", "dorong"})
# Words after "mendorong" that open what is asked of someone ("mendorong agar pemerintah …").
_ASKING_LINKS = frozenset({"agar", "supaya", "untuk", "semua", "seluruh", "para", "pihak", "kita", "kami",
                           "mereka", "dia", "ia", "masyarakat", "pemerintah", "warga"})
_ASKED_REACH = 3  # words after "mendorong" within which "untuk"/"agar" makes the pushed ones asked


def visit_to_no_one(kind: str, mode: str | None, target: ActorRef | None, visited: Entity | None) -> bool:
    """A visit with no one visited once the context is read ("kunjungan kerja ke Lapak Bawang",
    "blusukan di Kelurahan X"), or to a place that is not a country ("berkunjung ke Bali"): touring a
    place visits no actor (``docs/annotation.md``, Visits; a country stands for its government)."""
    if kind != "CONSULT" or mode != "visit":
        return False
    if target is None:
        return True
    # only a place the gazetteer knows as a town or region: a country stands for its government
    where = visited.gazetteer_id if visited is not None and visited.type == "LOC" else None
    return where is not None and not where.startswith(("country:", "capital:"))


def tourists_visit(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Jumlah wisatawan asal Ekuador yang berkunjung ke Indonesia": travellers for leisure are no
    political actors, their visits no consultation."""
    if match.row.type != "CONSULT" or match.row.mode != "visit":
        return False
    return _in_clause_before(match, tokens, _TOURISTS, _TOURIST_REACH)


def released_thing(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"pembebasan lahan", "tarif bea masuk … dapat dibebaskan": acquiring land or waiving a charge
    frees no one held (RETREAT release is of detainees, ``docs/annotation.md``)."""
    if match.row.type != "RETREAT" or match.row.mode != "release":
        return False
    after = tokens[match.end:match.end + _RELEASE_REACH]
    if any(token.low in _RELEASED_THINGS for token in after):
        return True
    if match.row.voice != "passive":
        return False
    return _in_clause_before(match, tokens, _RELEASED_THINGS, _SUBJECT_REACH)


def _in_clause_before(match: TriggerMatch, tokens: list[Token], words: frozenset[str], reach: int) -> bool:
    """Whether one of ``words`` stands within ``reach`` tokens before the trigger, in its own clause."""
    for k in range(match.first - 1, max(-1, match.first - 1 - reach), -1):
        if tokens[k].low in _CLAUSE_ENDS:
            return False
        if tokens[k].low in words:
            return True
    return False


def bill_passed(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"RUU mengenai larangan … akhirnya disetujui parlemen Taiwan", "APBD 2018 disepakati DPRD": a bill
    or a budget approved is law-making, no agreement between actors (the active rows leave "menyetujui
    RUU" out by their unless list; the passive names the bill before it)."""
    if match.row.type != "AGREE" or match.row.voice != "passive":
        return False
    return _in_clause_before(match, tokens, _BILLS, _BILL_REACH)


def judged_helpful(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"PPSU sangat membantu DKI", "drone … sangat bisa membantu": a degree word makes the verb a
    judgement of how helpful someone or something is, not help given."""
    if match.row.type != "AID" or tokens[match.first].low not in _HELPING:
        return False
    k = match.first - 1
    while k >= 0 and tokens[k].low in _MODALS:
        k -= 1
    return k >= 0 and tokens[k].low in _DEGREES


def opinion_clause(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Zulficar tidak menampik bahwa prosesnya panjang", "tidak setuju ketika tugasnya disebut
    tumpang tindih": agreeing or refusing followed by a clause is a view on what is said (a stance
    or a statement), not an agreement or a rejection between actors."""
    links = _CLAUSE_LINKS.get(match.row.type)
    if links is None or tokens[match.first].low not in _OPINION_VERBS:
        return False
    return match.end < len(tokens) and tokens[match.end].low in links


def pushed_thing(match: TriggerMatch, tokens: list[Token], target: ActorRef | None) -> bool:
    """"Bailly mendorong bola ke gawang", "kenaikan harga telah mendorong kinerja grup": pushing a
    thing, or a trend driving a result, asks no one; "mendorong China untuk …" (an actor named) and
    "mendorong agar …" stay requests."""
    if match.row.type != "REQUEST" or target is not None or tokens[match.first].low not in _PUSHES:
        return False
    if match.end >= len(tokens):
        return False
    after = tokens[match.end]
    if not after.is_word or after.is_cap or after.low in _ASKING_LINKS or after.low in DETERMINERS:
        return False
    # "mendorong beberapa daerah untuk merdeka", "mendorong daerah agar …": someone asked to act
    return not any(token.low in _ASKING_LINKS for token in tokens[match.end + 1:match.end + _ASKED_REACH])


def backed_by_no_one(match: TriggerMatch, tokens: list[Token], source: ActorRef | None,
                     target: ActorRef | None) -> bool:
    """"Prosesornya didukung oleh RAM 32 GB", "Film itu didukung Stefan Kapicic … sebagai aktor":
    a passive backing with no actor behind it or none backed (a thing is), or a cast, is how a thing
    is made; "Anies didukung Gerindra" stays SUPPORT."""
    if match.row.type != "SUPPORT" or match.row.voice != "passive":
        return False
    if source is None or target is None:
        return True
    after = [token.low for token in tokens[match.end:match.end + _CAST_REACH]]
    return "sebagai" in after and any(low in _CAST for low in after)


def fishing_catch(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"cantrang sebagai alat tangkap", "Dirjen Perikanan Tangkap", "penangkapan ikan": catching
    fish, not arresting anyone."""
    if match.row.type != "COERCE" or match.row.mode != "arrest":
        return False
    before = tokens[match.first - 1].low if match.first >= 1 else ""
    after = tokens[match.end].low if match.end < len(tokens) else ""
    return before in _FISHING_BEFORE or after in _CATCH


def attended_no_meeting(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Jembatan itu bakal diresmikan Wali Kota dan dihadiri Rektor UMM": attending an inauguration,
    a ceremony or a show meets no one (as "menghadiri peresmian" in the lexicon); "rapat ini juga
    dihadiri Menteri BUMN" attends a meeting and stays CONSULT."""
    if match.row.type != "CONSULT" or tokens[match.first].low != "dihadiri":
        return False
    return not any(_meeting_word(token.low) for token in tokens[:match.first])


def _meeting_word(low: str) -> bool:
    return low in _MEETINGS or low.startswith(("rapat", "pertemuan", "sidang"))


# Natural hazards: a disaster that kills or destroys is no PLOVER actor ("Banjir bandang menewaskan tujuh
# warga", "Flash floods have killed nine people"). Indonesian names its hazard first, English last.
_HAZARD_HEADS = word_set("""
banjir longsor gempa erupsi letusan tsunami badai topan puting kebakaran kekeringan abrasi lahar
""")
_HAZARD_PAIRS = frozenset({("tanah", "longsor"), ("angin", "puting"), ("angin", "kencang"),
                           ("gunung", "meletus")})
_HAZARD_TAILS = word_set("""
flood floods flooding landslide landslides mudslide mudslides quake quakes earthquake earthquakes tsunami
storm storms typhoon cyclone hurricane tornado wildfire wildfires eruption drought downpours rains
""")
# Mishaps told before a killing in its clause: accidents, not attacks (no "meledak" or "jatuh": bombs do).
_KILLING = word_set("menewaskan melukai mencederai")
_MISHAPS = word_set("""
terbakar ambruk roboh runtuh tenggelam terbalik tergelincir terguling terperosok karam tertimpa tabrakan
bertabrakan kecelakaan
""")
# Deeds judged, as subjects of backing: "perbuatan terdakwa tidak mendukung program pemerintah".
_DEEDS = word_set("perbuatan perbuatannya tindakan tindakannya perilaku ulah")
# Words between a subject and its verb: auxiliaries and adverbs, not part of the subject.
_BETWEEN = word_set("""
have has had also already telah sudah juga pun kembali lagi yang which that
""")
_HAZARD_REACH = 8  # words before the trigger in which the subject is named
_SUBJECT_STARTS = _CLAUSE_ENDS | {"-", "–", "—", '"', "“"}  # a dateline's dash opens the lead's clause
_SUBJECT_VOICES = frozenset({"active", "intrans", "recip"})


def hazard_subject(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Banjir dan tanah longsor menewaskan tujuh orang", "The quake has killed 30 people": the
    subject is a natural hazard, which is no actor (``docs/annotation.md``: disasters are no events);
    "Korban banjir menuntut ganti rugi" has people as its subject and stays. So is a deed said to back
    something or not ("perbuatan terdakwa tidak mendukung program pemerintah", a verdict's weighing):
    a deed judged backs no one; and a mishap told before a killing ("Asrama itu terbakar dan menewaskan
    delapan siswi", "Bus itu terbalik dan menewaskan tiga penumpang") is an accident, no attack."""
    if match.row.voice not in _SUBJECT_VOICES:
        return False
    subject = _subject_words(match, tokens)
    if not subject:
        return False
    first, last = subject[0], subject[-1]
    second = subject[1] if len(subject) > 1 else ""
    deed = match.row.type == "SUPPORT" and first in _DEEDS
    mishap = tokens[match.first].low in _KILLING and bool(set(subject) & _MISHAPS)
    hazard = first in _HAZARD_HEADS or (first, second) in _HAZARD_PAIRS or last in _HAZARD_TAILS
    return deed or mishap or hazard


def _subject_words(match: TriggerMatch, tokens: list[Token]) -> list[str]:
    """The words before the trigger back to the clause's start, without the auxiliaries before it and
    without a leading determiner ("The quake" → ["quake"]); a capitalised word not opening the clause
    is left blank; none when the clause starts beyond reach."""
    words: list[str] = []
    k = match.first - 1
    while k >= 0 and tokens[k].low not in _SUBJECT_STARTS:
        if len(words) == _HAZARD_REACH:
            return []  # no clause start in reach: not the whole subject
        if words or tokens[k].low not in _BETWEEN:
            # a capitalised word inside the clause is a name ("Dinas Kebakaran"), no hazard
            words.insert(0, "" if tokens[k].is_cap and k > 0 and tokens[k - 1].low not in _SUBJECT_STARTS
                         else tokens[k].low)
        k -= 1
    while words and words[0] in DETERMINERS | {"the", "a", "an"}:
        words.pop(0)
    return words


# Dissolving words, and the bodies whose dissolution bans them (CAMEO 1722 "ban political parties").
_DISSOLVING = word_set("membubarkan dibubarkan pembubaran")
_BANNABLE = word_set("ormas ormas-ormas organisasi partai perkumpulan")
_BANNED_REACH = 2  # words after the dissolving word in which the organisation is named


def organisation_banned(match: TriggerMatch, tokens: list[Token], target_words: set[str]) -> bool:
    """"membubarkan ormas itu", "pembubaran ormas": dissolving an organisation or a party bans it (COERCE
    ban); a parliament dissolved or a crowd dispersed is coerced with no mode, and neither is an arrest."""
    if tokens[match.first].low not in _DISSOLVING:
        return False
    after = {t.low for t in tokens[match.end:match.end + _BANNED_REACH]}
    return bool((after | target_words) & _BANNABLE)


# A death sentence passed by a ruler, not a court, is an execution (docs/annotation.md, rulings of
# 22 Nov 2026: ASSAULT with mode null, CAMEO 18x); a court's stays the verdict (ACCUSE disapprove).
_SENTENCING = frozenset({"menghukum", "dihukum"})
_COURT_WORDS = re.compile(r"\b(?:pengadilan|hakim|majelis|vonis|divonis|jaksa|sidang|mahkamah|terdakwa|"
                          r"terpidana|banding|kasasi|grasi|court|judge)\b")


def execution_outside_court(match: TriggerMatch, tokens: list[Token], lowered_text: str) -> bool:
    """"Kim menghukum mati dua pejabat", "Hwang dihukum mati karena …" in an article that names no
    court, judge, prosecutor or trial: the state executes, no court sentences."""
    if tokens[match.first].low not in _SENTENCING or match.last >= len(tokens):
        return False
    return tokens[match.last].low == "mati" and _COURT_WORDS.search(lowered_text) is None
