"""Stance cues of one sentence: the words with which a holder takes a position.

Cues come from ``resources/stance_cues.tsv`` and the lead x verb frames of
``resources/stance_frames.tsv`` ("enggan" / "tidak bisa" / "belum" + "berkomentar" /
"memastikan" / "menjawab pertanyaan" …); the longest match wins, so "tidak mengonfirmasi" is
does-not-confirm, not confirms. Negation and scope: "tidak mengonfirmasi maupun membantah" is one
does-not-confirm; "tidak membantah" followed by a clause of its own concedes it (confirms); a
confirmation verb whose clause goes on to a denial ("memastikan kabar itu tidak benar") only says
the denial. A cue is no stance taken when the sentence only asks for
it ("meminta TNI segera mengklarifikasi"), supposes it ("jika serangan itu benar-benar
terjadi"), uses the verb as an adjective ("datanya masih meragukan,"), only does not rule out
what may come ("tak menampik kemungkinan …") or is about a plan ("belum ada kepastian kapan
proyek itu akan berlanjut"), and when the word is used otherwise ("ditepis kiper", "menyebar
fitnah", "menuai protes", "mengiyakan saran", "mempertanyakan dirinya"), or in a headline's title
case ("SIMAK JUGA: Timnas Putri Bungkam Myanmar"). After a negation the lexicon does not list, a
confirmation or a denial is not confirming ("tidak mengakui adanya …", also over an adverb: "tidak pernah
membenarkan") and other cues take no stance. Besides the
lexicon, a verb of judging whose clause calls its object excessive, unfair or improper ("menilai
pengamanan itu berlebihan") disputes it, and a quoted bare answer glossed by the
writer ("Oh bukan (apartemen) saya", "Sudah (ditangkap)") answers a question about an
event: a no denies it, a yes confirms it.

Public API::

    find_cues(tokens, lang="id") -> list[Cue]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.article.event_filters import mishap_named
from warta.article.event_lexicon import Phrase, Token, object_end, phrase_at, phrases_of, word_set
from warta.article.event_negation import negation_words
from warta.models import Stance
from warta.resources import read_tsv

# Words before a cue, within its clause, that make it asked for rather than taken. Passive ones
# ("saat diminta konfirmasi, … membenarkan") are a reporter's call, not a request.
_REQUESTED = word_set("""
meminta minta mendesak menuntut agar supaya harus wajib perlu hendaknya seharusnya semestinya mesti
asked urged demanded should must
""") | word_set("untuk guna demi ingin hendak berupaya berusaha mencoba")  # a purpose or an intent
# Words opening a clause that only supposes what the cue says.
# ("kalau" is left out: in speech it mostly means "as for": "Kalau itu, saya belum bisa memastikan").
_SUPPOSED = word_set("jika apabila bila seandainya andai andaikan jikalau manakala if unless")
_CLAUSE_REACH = 8  # tokens back from a cue within which a request or a supposition governs it
# Cues that are adjectives when nothing follows them ("data saja masih meragukan, jadi …").
_TRANSITIVE_ONLY = frozenset({"meragukan", "mempertanyakan"})
# A subject-less "Belum tahu" opening a sentence answers a reporter's question about a plan,
# glossed by the writer; the guideline counts not knowing only when someone says it of an event.
_SUBJECTLESS_ONLY = frozenset({("belum", "tahu"), ("belum", "mengetahui")})
# "protes" is a noun after these words ("menuai protes", "aksi protes") or before a
# demonstrative or "dari" ("protes itu", "protes dari warga"), and after "yang" ("banyak yang
# protes") it has nobody named; else it is the verb of a holder ("Wiranto protes").
_BEFORE_PROTEST_NOUN = word_set("""
menuai memicu menyulut mendapat mendapatkan menerima melayangkan mengajukan menyampaikan melakukan
menggelar mengirim mengirimkan aksi gelombang unjuk demo nota surat berupa sebagai bentuk tanda ada
banyak berbagai sejumlah adanya tanpa di dibalik balik atas dalam terhadap untuk pada ke dengan akibat
lantaran karena sebab yang
""")
# … and before a verb it is the subject of ("protes keras datang dari warga").
_PROTEST_NOUN_VERBS = word_set("datang muncul dilayangkan disampaikan berdatangan")
_AFTER_PROTEST_NOUN = word_set("itu tersebut ini dari") | _PROTEST_NOUN_VERBS
# Not knowing what will happen, or not ruling it out, is no stance on an event or a report.
_FUTURE = word_set("akan bakal kemungkinan will")
_CONCESSIONS = frozenset({("tidak", "menampik"), ("tak", "menampik"), ("tidak", "memungkiri"),
                          ("tak", "memungkiri")})
# Cues that only rule something in for later when a future follows ("memastikan akan …").
_FORWARD = _CONCESSIONS | {("memastikan",)}
# "saat dikonfirmasi oleh wartawan", "yang bisa dikonfirmasi oleh …": asked, not confirming.
_CALLED_WHEN = word_set("saat ketika waktu sewaktu tatkala setelah usai seusai sesudah yang bisa dapat")
# "ditepis kiper": a goalkeeper parrying a shot, not a denial.
_PARRIED = word_set("""
kiper gawang bola tendangan sepakan sundulan tembakan tandukan penalti mampu berhasil cekatan sigap
""")  # the ball, or the keeper's skill at parrying it ("Forster dengan cekatan mampu menepisnya")
_PARRYING = frozenset({("ditepis",), ("menepis",), ("ditampik",), ("menepisnya",), ("ditepisnya",),
                       ("ditepis", "oleh")})
# "mengklaim kemenangan", "mengklaim gelar": taking a win or a prize, not insisting on a claim.
_CLAIMING = frozenset({"mengklaim", "mengeklaim", "claimed"})
_WON = word_set("kemenangan gelar trofi poin medali juara victory title")
# "fitnah" judges a report only as a predicate ("tuduhan itu fitnah"), not as a noun ("menyebar fitnah");
# so do "hoaks", "bohong" and "keliru" ("Kabar itu hoaks", not "penyebar hoaks"; "tak bisa bohong").
_PREDICATES_ONLY = frozenset({("fitnah",), ("berita", "bohong"), ("kabar", "bohong"), ("hoaks",), ("hoax",),
                              ("bohong",), ("kebohongan",), ("keliru",)})
_BEFORE_PREDICATE = word_set("""
itu tersebut ini adalah merupakan sebagai hanya semata menyebutnya menilainya disebut dinilai \" “ \ufffd
""")
_PLAN_REACH = 6
# What a court or an office turns down when it rules (an event of its own, not a position taken).
_PETITIONS = word_set("permohonan gugatan permintaan eksepsi banding kasasi pengajuan usul")
# "\ufffd": the curly quote marks of texts decoded from cp1252 as UTF-8 (Kompas TimeML files).
_OPEN_QUOTES = frozenset({'"', "“", "”", "‘", "'", "„", "«", "\ufffd"})
_INTERJECTIONS = word_set("oh ah wah eh ya iya lho loh duh")
_NO_ANSWERS: tuple[Phrase, ...] = (("tidak", "ada"), ("bukan",), ("tidak",), ("enggak",), ("nggak",),
                                   ("gak",), ("tak", "ada"))
_YES_ANSWERS: tuple[Phrase, ...] = (("sudah",), ("benar",), ("betul",), ("iya",))
# "Benar, …" and "Betul." open an answer that confirms with no gloss needed ("ya" and "iya" are fillers).
_PLAIN_YES = frozenset({"benar", "betul"})
_ANSWER_FILLERS = word_set(", ya iya sih kok lah , .")
_ANSWER_REACH = 6  # tokens from the answer word to the writer's bracketed gloss


_NEGATED: dict[Stance, Stance] = {"confirms": "does-not-confirm", "denies": "does-not-confirm"}


@dataclass(frozen=True)
class Cue:
    stance: Stance
    first: int
    end: int


_CueRow = tuple[Phrase, Stance, tuple[Phrase, ...]]


_CueKey = tuple[str, str]  # a cue's first two words ("" as the second of a one-word cue)


@cache
def _cue_index(lang: str) -> dict[_CueKey, list[_CueRow]]:
    """First two words -> cues: the listed cues of ``stance_cues.tsv``, then the forms of
    ``stance_frames.tsv`` that the list does not already give a label. Keyed by two words
    because the frames give a common first word ("belum", "tidak") hundreds of forms."""
    index: dict[_CueKey, list[_CueRow]] = {}
    listed: set[Phrase] = set()
    for form, stance, objects in _listed_cues(lang):
        index.setdefault(_key(form), []).append((form, stance, objects))
        listed.add(form)
    for form, stance, objects in _frame_cues(lang):
        if form not in listed:
            index.setdefault(_key(form), []).append((form, stance, objects))
    return index


def _key(form: Phrase) -> _CueKey:
    return form[0], form[1] if len(form) > 1 else ""


def _candidates(index: dict[_CueKey, list[_CueRow]], tokens: list[Token], i: int) -> list[_CueRow]:
    second = tokens[i + 1].low if i + 1 < len(tokens) else None
    one_word = index.get((tokens[i].low, ""), [])
    return one_word + index.get((tokens[i].low, second), []) if second is not None else one_word


def _listed_cues(lang: str) -> list[_CueRow]:
    rows = [row for row in read_tsv("stance_cues.tsv") if row["lang"] == lang]
    return [(form, row["stance"], phrases_of(row["object"]))  # type: ignore[misc]  # the file's own labels
            for row in rows for form in phrases_of(row["forms"])]


def _frame_cues(lang: str) -> list[_CueRow]:
    """Every "lead verb" and "lead untuk verb" of each frame ("enggan untuk berkomentar")."""
    cues: list[_CueRow] = []
    for row in read_tsv("stance_frames.tsv"):
        if row["lang"] != lang:
            continue
        objects = phrases_of(row["object"])
        for lead in phrases_of(row["leads"]):
            for verb in phrases_of(row["verbs"]):
                for joined in ((*lead, *verb), (*lead, "untuk", *verb)):
                    cues.append((joined, row["stance"], objects))  # type: ignore[arg-type]  # a Stance
    return cues


def find_cues(tokens: list[Token], lang: str = "id") -> list[Cue]:
    """Stance cues of a sentence, longest first where they overlap, in text order."""
    index = _cue_index(lang if lang in ("id", "en") else "id")
    found: list[Cue] = []
    void: list[range] = []  # spans of cues that take no stance: no cue inside one counts, a longer one does
    for i in range(len(tokens)):
        for form, stance, objects in _candidates(index, tokens, i):
            if not phrase_at(tokens, i, form):
                continue
            if objects and object_end(tokens, i + len(form), objects) is None:
                continue
            if _not_a_stance(tokens, Cue(stance, i, i + len(form)), form):
                void.append(range(i, i + len(form)))
                continue
            found.append(Cue(stance, i, i + len(form)))
    kept = [cue for cue in found if not any(_inside(cue, span) for span in void)]
    chosen = _longest(kept + _answers(tokens) + _judged_wrong(tokens) if lang != "en" else kept)
    flipped = [cue for cue in (_negated(tokens, c) for c in chosen) if cue is not None]
    return _without_saying(tokens, [_conceded(tokens, cue) for cue in _neither_nor(tokens, flipped)])


def _inside(cue: Cue, span: range) -> bool:
    """Does a cue overlap a void span without reaching beyond it ("berita bohong" is not inside the
    "bohong" that a noun "berita" voids)?"""
    overlaps = cue.first < span.stop and span.start < cue.end
    return overlaps and cue.end - cue.first <= len(span)


def _without_saying(tokens: list[Token], cues: list[Cue]) -> list[Cue]:
    """"memastikan kabar itu tidak benar": a confirmation whose own clause goes on to a denial
    only says the denial; the denial is the stance."""
    kept: list[Cue] = []
    for n, cue in enumerate(cues):
        following = cues[n + 1] if n + 1 < len(cues) else None
        if (following is not None and cue.stance == "confirms" and following.stance == "denies"
                and all(t.is_word and t.low not in _CLAUSE_JOINERS for t in tokens[cue.end:following.first])):
            continue
        kept.append(cue)
    return kept


_CLAUSE_JOINERS = word_set("dan tetapi tapi namun serta sedangkan melainkan")


# "tidak mengonfirmasi maupun membantah", "belum membenarkan atau menyangkal": one answer, neither.
_EITHER = word_set("maupun ataupun atau dan nor or")


def _neither_nor(tokens: list[Token], cues: list[Cue]) -> list[Cue]:
    """A does-not-confirm cue joined by "maupun"/"atau" to a confirmation or a denial is one
    does-not-confirm cue over both."""
    merged: list[Cue] = []
    for cue in cues:
        last = merged[-1] if merged else None
        if (last is not None and last.stance == "does-not-confirm" and cue.stance in ("confirms", "denies")
                and cue.first - last.end == 1 and tokens[last.end].low in _EITHER):
            merged[-1] = Cue("does-not-confirm", last.first, cue.end)
            continue
        merged.append(cue)
    return merged


# Not denying something the cue goes on to state concedes it ("tidak membantah kapal itu memasuki
# perairan Malaysia"); not denying a report named by a demonstrative, or nothing, stays neither.
_NOT_DENYING = frozenset({("tidak", "membantah"), ("tak", "membantah"), ("tidak", "menyangkal"),
                          ("tak", "menyangkal"), ("belum", "membantah")})
_NOT_STATING = word_set("""
itu tersebut ini hal maupun ataupun atau dan tuduhan tudingan kabar laporan isu informasi berita
pemberitaan klaim anggapan
""")


def _conceded(tokens: list[Token], cue: Cue) -> Cue:
    words = tuple(t.low for t in tokens[cue.first:cue.end])
    if cue.stance != "does-not-confirm" or words not in _NOT_DENYING:
        return cue
    clause: list[str] = []
    for token in tokens[cue.end:]:
        if not token.is_word:
            break
        clause.append(token.low)
    if len(clause) < _OBJECT_WORDS or clause[0] in _NOT_STATING or clause[-1] in _POINTING_BACK:
        return cue  # "tidak membantah tuduhan itu", "… penangkapan tersebut": the report, not a fact
    return Cue("confirms", cue.first, cue.end)


_OBJECT_WORDS = 3  # words of a clause that states what is conceded
_POINTING_BACK = word_set("itu tersebut ini")


# Adverbs a negation reaches over to the cue ("tidak pernah membantah", "belum juga mengonfirmasi",
# "tidak lantas membenarkan", "tidak sama sekali mengakui").
_NEGATION_REACHES = word_set("pernah juga pula lantas langsung serta-merta sama sekali secara resmi")
_NEGATION_GAP = 2


def _negated(tokens: list[Token], cue: Cue) -> Cue | None:
    """A cue after a negation the lexicon does not list ("tidak mengakui adanya masalah"), also
    over an adverb or two ("tidak pernah membantah"): not confirming nor denying is not
    confirming; not claiming or disputing takes no stance."""
    at = cue.first - 1
    while at >= 0 and cue.first - at <= _NEGATION_GAP and tokens[at].low in _NEGATION_REACHES:
        at -= 1
    if at < 0 or tokens[at].low not in negation_words():
        return cue
    stance = _NEGATED.get(cue.stance)
    return Cue(stance, at, cue.end) if stance is not None else None


def _longest(found: list[Cue]) -> list[Cue]:
    found.sort(key=lambda c: (c.first - c.end, c.first))
    taken: set[int] = set()
    chosen: list[Cue] = []
    for cue in found:
        span = set(range(cue.first, cue.end))
        if not span & taken:
            taken |= span
            chosen.append(cue)
    return sorted(chosen, key=lambda c: c.first)


# "Dikonfirmasi terpisah, X mengatakan", "X, dikonfirmasi wartawan, …": contacted by the press.
_CONTACTED_BY = word_set("wartawan jurnalis awak media terpisah melalui lewat via kepada secara soal terkait "
                         "mengenai tentang perihal")


_PRESS = word_set("wartawan jurnalis media pers awak kami reporter kompas.com kompas tempo antara detikcom")


def _to_the_press(tokens: list[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].low in _PRESS


def _reporters_call(tokens: list[Token], cue: Cue) -> bool:
    """Is a bare "dikonfirmasi" the press contacting someone rather than someone confirming?"""
    opens = cue.first == 0 or not tokens[cue.first - 1].is_word
    following = tokens[cue.end].low if cue.end < len(tokens) else ""
    return opens or following in _CONTACTED_BY or not following.isalpha()


# "mengiyakan saran X": agreeing to a proposal, not confirming a report.
_AGREEING = frozenset({("mengiyakan",), ("diiyakan",), ("diiyakan", "oleh")})
_PROPOSALS = word_set("saran ajakan permintaan tawaran usulan usul undangan permohonan imbauan anjuran")


# "mempertanyakan keadaannya", "meragukan dirinya sendiri": questioning one's own self or life,
# which no report, claim or decision is.
_DOUBTING = frozenset({("mempertanyakan",), ("meragukan",)})
_ONESELF = word_set("""
diri dirinya keadaannya hidupnya kehidupannya nasibnya perasaannya eksistensinya jati
""")


def _used_otherwise(tokens: list[Token], cue: Cue, form: Phrase) -> bool:
    """A cue word in a headline's title case ("SIMAK JUGA: Timnas Putri Bungkam Myanmar", where
    "bungkam" is "beat"; a link to another story, no position taken here), agreement to a
    proposal, or doubt about oneself."""
    following = tokens[cue.end].low if cue.end < len(tokens) else ""
    if (form in _AGREEING and following in _PROPOSALS) or (form in _DOUBTING and following in _ONESELF):
        return True
    return _title_cased(tokens, cue.first) and cue.first > 0 and _title_cased(tokens, cue.first - 1) \
        and (cue.end >= len(tokens) or not tokens[cue.end].is_word or _title_cased(tokens, cue.end))


def _title_cased(tokens: list[Token], i: int) -> bool:
    text = tokens[i].text
    return tokens[i].is_word and text[:1].isupper() and not text.isupper()


def _not_a_stance(tokens: list[Token], cue: Cue, form: Phrase) -> bool:
    after = cue.end
    if _used_otherwise(tokens, cue, form):
        return True
    asked = phrase_at(tokens, after, ("kepada",)) and not _to_the_press(tokens, after + 1)
    if cue.stance == "confirms" and asked:
        return True  # "mengonfirmasi kepada hakim" asks for a confirmation; "… kepada wartawan" gives one
    if cue.stance == "disputes" and mishap_named(tokens, after):
        return True  # "menyayangkan peristiwa tersebut": regret over an accident disputes nothing
    if form[-1] in _TRANSITIVE_ONLY and (after >= len(tokens) or not tokens[after].is_word):
        return True
    if form in _SUBJECTLESS_ONLY and _opens_sentence(tokens, cue.first):
        return True
    if form[0] == "protes" and not _protest_verb(tokens, cue.first, cue.end):
        return True
    if form[0] == "dikonfirmasi" and any(t.low in _CALLED_WHEN for t in tokens[max(0, cue.first - 2):
                                                                                cue.first]):
        return True  # "kata X saat dikonfirmasi oleh Kompas.com": a reporter's call, not a confirmation
    if form == ("dikonfirmasi",) and _reporters_call(tokens, cue):
        return True
    if form in _PARRYING and any(t.low.removesuffix("nya") in _PARRIED for t in tokens):
        return True  # "setelah sepakannya ditepis Butland"
    if form[-1] in _CLAIMING and after < len(tokens) and tokens[after].low in _WON:
        return True  # "mengklaim kemenangan 2-1": winning a match, not a contested claim
    if form in _PREDICATES_ONLY and (cue.first == 0 or tokens[cue.first - 1].low not in _BEFORE_PREDICATE):
        return True
    if form[-1] == "berdasar" and after < len(tokens) and tokens[after].low in _BASED_ON:
        return True  # "klaim yang tidak berdasar hukum internasional": not based on it, no verdict
    if form == ("menolak",) and after < len(tokens) and tokens[after].low in _PETITIONS:
        return True  # "MK menolak permohonan tentang hasil …": a ruling on a request, not a position
    if form[-1] == "menyebut" and any(t.low == "sebagai" for t in tokens[after:after + _PLAN_REACH]):
        return True  # "menolak menyebut X sebagai Y": refusing a label, not a comment
    if (form in _FORWARD or (cue.stance == "does-not-confirm" and _impersonal(form))) \
            and _future_after(tokens, after):
        return True  # "belum ada kepastian kapan proyek itu akan berlanjut": a plan, not an event
    return _governed(tokens, cue.first) or _nobody_can(tokens, cue.first)


_MODALS = word_set("bisa dapat mampu berani mau akan")


def _nobody_can(tokens: list[Token], first: int) -> bool:
    """"Tidak ada yang bisa membantah bahwa …": nobody denying is an idiom, no stance."""
    i = first - 1
    while i >= 0 and tokens[i].low in _MODALS:
        i -= 1
    words = [t.low for t in tokens[max(0, i - 2):i + 1]]
    return words[-1:] == ["yang"] and words[-2:-1] == ["ada"] and words[:1] in (["tidak"], ["tak"])


# What follows "berdasar" when it means "based on" ("tidak berdasar hukum", "… pada fakta"), not "baseless".
_BASED_ON = frozenset({"hukum", "pada", "atas", "kepada", "fakta", "data", "bukti", "aturan", "undang-undang",
                       "konstitusi", "ketentuan", "peraturan"})


def _governed(tokens: list[Token], first: int) -> bool:
    """A request or a supposition earlier in the cue's clause; "kalau" right before the cue
    supposes it ("kalau tidak sepakat dengan pasal itu"), while "Kalau itu, …" is "as for"."""
    if first > 0 and tokens[first - 1].low in {"kalau", "kalaupun"}:
        return True
    for i in range(first - 1, max(-1, first - 1 - _CLAUSE_REACH), -1):
        if not tokens[i].is_word:
            return False
        if tokens[i].low in _REQUESTED or tokens[i].low in _SUPPOSED:
            return True
    return False


def _impersonal(form: Phrase) -> bool:
    """"belum ada kepastian", "belum bisa dipastikan": nobody's own not knowing. Said of what will
    happen it is no stance, while a holder's own "tidak bisa memastikan hukuman apa yang bakal
    dijatuhkan" is."""
    return "ada" in form[1:2] or any(w.startswith(("di", "ter")) for w in form)


def _future_after(tokens: list[Token], after: int) -> bool:
    return any(t.low in _FUTURE for t in tokens[after:after + _PLAN_REACH])


def _opens_sentence(tokens: list[Token], first: int) -> bool:
    return all(t.low in _OPEN_QUOTES for t in tokens[:first])


def _protest_verb(tokens: list[Token], first: int, end: int) -> bool:
    if first == 0 or tokens[first - 1].low in _BEFORE_PROTEST_NOUN:
        return False  # "Protes itu disampaikan …", "menuai protes": the noun
    if end >= len(tokens):
        return True
    after = tokens[end].low  # "protes keras itu" is the verb and its object; "protes itu" the noun
    return after not in (_AFTER_PROTEST_NOUN if end == first + 1 else _PROTEST_NOUN_VERBS)


def _answers(tokens: list[Token]) -> list[Cue]:
    """A quoted bare yes or no that the writer glosses with a bracket: the answer to a
    question about an event ("Oh bukan (apartemen) saya" denies, "Sudah (ditangkap)" confirms);
    and a quote opening with "Benar," or "Betul."."""
    i = 0
    while i < len(tokens) and tokens[i].low in _OPEN_QUOTES:
        i += 1
    if i == 0:
        return []  # only a quote's own words answer
    while i < len(tokens) and tokens[i].low in _INTERJECTIONS and not phrase_at(tokens, i, ("iya",)):
        i += 1
    for answers, stance in ((_NO_ANSWERS, "denies"), (_YES_ANSWERS, "confirms")):
        for answer in answers:
            if phrase_at(tokens, i, answer) and _glossed(tokens, i + len(answer)):
                return [Cue(stance, i, i + len(answer))]  # type: ignore[arg-type]  # a Stance
    if phrase_at(tokens, i, ("iya", ",")) or phrase_at(tokens, i, ("ya", ",")):
        i += 2  # "Iya, benar, …"
    if i + 1 < len(tokens) and tokens[i].low in _PLAIN_YES and tokens[i + 1].low in {",", "."}:
        return [Cue("confirms", i, i + 1)]  # "Benar, serpihan itu bagian dari pesawat"
    return []


# Judging something excessive, unfair, improper or unlawful disapproves of it ("Warga menilai
# pengamanan itu berlebihan", "menilai tak tepat kebijakan itu"): a dispute held by who judges.
# "salah", "aneh" and "melanggar" are left out: a name or "salah satu", taste, a foul or an offence.
_JUDGING = word_set("menilai menganggap memandang")
_DISAPPROVING: tuple[Phrase, ...] = tuple(tuple(form.split()) for form in (
    "berlebihan", "tidak tepat", "tak tepat", "kurang tepat", "tidak adil", "tak adil", "janggal",
    "keanehan", "tidak masuk akal", "tak masuk akal", "sewenang-wenang", "cacat hukum", "tidak sah",
    "diskriminatif", "tidak wajar", "tidak etis", "inkonstitusional", "bertentangan dengan"))
_JUDGED_REACH = 8  # words from the verb of judging to the judgement, within one clause
_CLAUSE_ENDS = word_set("karena sebab sehingga namun tetapi tapi sedangkan padahal , ; : .")


def _judged_wrong(tokens: list[Token]) -> list[Cue]:
    """A verb of judging whose clause calls its object wrong: a disputes cue on the verb."""
    found: list[Cue] = []
    for i, token in enumerate(tokens):
        if token.low not in _JUDGING or _governed(tokens, i):
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + _JUDGED_REACH)):
            if tokens[j].low in _CLAUSE_ENDS:
                break
            if any(phrase_at(tokens, j, form) for form in _DISAPPROVING):
                found.append(Cue("disputes", i, i + 1))
                break
    return found


def _glossed(tokens: list[Token], after: int) -> bool:
    """Only fillers and repeats of the answer before an opening bracket."""
    for i in range(after, min(len(tokens), after + _ANSWER_REACH)):
        if tokens[i].low == "(":
            return True
        if tokens[i].low not in _ANSWER_FILLERS and tokens[i].low not in {"tidak", "ada", "sudah", "bukan"}:
            return False
    return False
