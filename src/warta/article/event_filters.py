"""Triggers that are no events: statements, reporters' interviews, accident inquiries and regrets, football.

The lexicon maps words to PLOVER types; some uses of those words are not interactions
between political actors (``docs/annotation.md``, "Not events"): a warning about a trend
("IEA memperingatkan harga minyak bisa naik"), a report about no one, a source "met" by the
reporters ("saat ditemui"), and the attacks and catches of a match report.
"""

from __future__ import annotations

import re

from warta.article.event_lexicon import Token, TriggerMatch, word_set
from warta.models import ActorRef

# Words of match reports, where attacking, threatening and catching are play, not politics.
_SPORTS_WORDS = frozenset({"gol", "laga", "kiper", "wasit", "penalti", "gawang", "bola", "pertandingan",
                           "babak", "liga", "striker", "skuat", "tendangan", "sepakan", "peluit", "turnamen",
                           "klasemen", "bek", "gelandang", "umpan", "playoff", "poin", "skor", "semifinal",
                           "perempat", "klub", "pelatih", "pemain", "stadion", "suporter", "tenis", "set",
                           # English game reports and motor racing; no word that is common outside sport
                           # ("period", "season", "match", "league") so four of them stay a sign of a game.
                           "goal", "goals", "goalie", "goaltender", "puck", "playoffs", "coach", "scored",
                           "teammate", "teammates", "innings", "pebalap", "balapan", "sirkuit", "podium",
                           "finis", "tikungan", "motogp"})
_SPORTS_MIN = 4
_PLAY = frozenset({"ASSAULT", "THREATEN", "COERCE", "MOBILIZE"})
# Words that name a game's sides or stakes beside _SPORTS_WORDS: "menjamu Arema FC di kandang".
_MATCH_WORDS = _SPORTS_WORDS | frozenset({"fc", "timnas", "kandang", "tandang", "final", "piala", "juara",
                                          "kompetisi", "olimpiade", "games", "atlet", "cabor"})
# Verbs of hosting or visiting, which in sport mean playing at home or away.
_HOSTING = frozenset({"menjamu", "dijamu", "bertandang", "tuan", "tamu", "lawatan", "bertemu", "menghadapi"})
# Opinions one can agree with: "sepakat dengan pandangan Bank Dunia" agrees with a view, not an actor.
_OPINIONS = frozenset({"pendapat", "pandangan", "penilaian", "pernyataan", "anggapan", "argumen", "analisis",
                       "pemikiran", "gagasan", "ide", "opini", "penjelasan", "kritik", "tafsiran",
                       "apa", "yang"})  # "sepakat dengan apa yang dikatakan X": with what X said
_WITH_VIEW = frozenset({"dengan", "atas", "terhadap", "soal", "pada", "akan"})  # "sepakat atas penilaian …"
# Words before "sepakat bahwa" that make its subject two or more actors agreeing with each other.
_SEVERAL = frozenset({"dan", "kedua", "keduanya", "para", "antara", "bersama", "mereka", "kami", "semua",
                      "seluruh", "sejumlah", "negara-negara", "pihak-pihak"})
_SUBJECT_REACH = 8  # words before "sepakat" that are searched for a second party
# What an accident investigation looks into: the cause, the wreck, the flight recorders.
_ACCIDENT_WORDS = word_set("""
penyebab kecelakaan insiden jatuhnya tenggelamnya terbakarnya kebakaran musibah bencana kotak hitam
black box cvr fdr bangkai puing serpihan kerusakan mesin cuaca crash cause
""")
# Heads of what an accident or disaster is called: regretting one blames no one.
_MISHAPS = word_set("""
peristiwa kejadian insiden kecelakaan musibah bencana tragedi kebakaran ledakan jatuhnya tenggelamnya
terbakarnya hilangnya accident tragedy disaster incident crash
""")
_MISHAP_REACH = 3  # words after a regret in which the mishap is named
_REMAINS = frozenset({"jenazah", "mayat", "jasad", "kerangka", "abu", "bodies", "remains"})
_REMAINS_REACH = 3  # words around a release or return trigger that may say it is of the dead
_PURPOSE_WORDS = frozenset({"untuk", "demi", "guna", "agar", "supaya"})
_PUSHING = frozenset({"mendorong", "mengupayakan", "memperjuangkan"})  # for a goal, not of someone
_OFFICE_HEADS = frozenset({"kepala", "direktur", "deputi", "divisi", "biro", "bagian", "manajer", "ketua",
                           "sekretaris", "koordinator", "komandan", "asisten", "kabag", "kasubdit", "head",
                           "director"})
# Needing help: "perlu bantuan", "membutuhkan bantuan" (a need, not help given).
_NEEDS = frozenset({"perlu", "butuh", "membutuhkan", "memerlukan", "dibutuhkan", "diperlukan"})
# Records named after the act they hold ("berkas penyidikan", "video pemeriksaan"); not "hasil" (a
# finding tells the act was done: "hasil penyelidikan" is coded in the dev gold).
_RECORDS = frozenset({"berkas", "video", "rekaman", "foto", "dokumen", "salinan", "transkrip", "sprindik"})
# Land named by its occupation ("wilayah Palestina yang diduduki Israel", "tanah yang dicaplok").
_OCCUPYING = frozenset({"diduduki", "dicaplok", "dianeksasi"})
_LANDS = frozenset({"wilayah", "wilayah-wilayah", "tanah", "daerah", "kawasan", "teritori", "lahan"})
_LAND_REACH = 3  # words between the land noun and "yang" (its name)
# Nouns naming a treaty when capitalised before a name ("Perjanjian Paris", "Kesepakatan Iklim Paris").
_TREATIES = frozenset({"perjanjian", "kesepakatan", "persetujuan", "pakta", "traktat", "protokol",
                       "konvensi"})
_STANCE_ACTS = frozenset({"REJECT", "SUPPORT", "AGREE"})
_CLAUSE_GO_ON = frozenset({"pun", "itu", "tersebut", "juga", ",", ".", "tampak", "terlihat"})
_TOURING = frozenset({"meninjau", "ditinjau", "inspected", "toured"})
_HOPES = frozenset({"berharap", "mengharapkan", "diharapkan", "harapannya", "hopes", "hoped", "expected"})
_ABILITY = frozenset({"bisa", "dapat", "mampu", "can", "could"})
_CLAUSE_BREAKS = frozenset({".", ";", "namun", "tetapi", "sedangkan", "sementara", "agar", "supaya"})
_BREAKING = frozenset({"melanggar", "pelanggaran", "mengingkari", "violated", "violating", "violation",
                       "breach"})
_DENYING = frozenset({"membantah", "menepis", "menyangkal", "membenarkan", "mengonfirmasi", "mengkonfirmasi",
                      "memastikan", "mengakui", "denied", "denies", "confirmed", "confirms"})
_DENIED_LINKS = frozenset({"terlibat", "dalam", "melakukan", "ada", "adanya", "keterlibatan", "di", "balik",
                           "involvement", "in", "any"})
_DENIAL_REACH = 4  # words between a denial and the act denied
_HOPE_REACH = 10  # words between a hope and the act hoped for
_INQUIRY_REACH = 6  # words after an investigation trigger that say what it looks into
_OBJECT_WORDS = 2  # words right after an investigation trigger that are its object
# Words before a passive one says one would undergo ("siap dikritik").
_PROMPTING = frozenset({"mendorong", "mendesak", "memaksa", "prompted", "pushed"})
_VERB_PREFIXES = ("me", "ber", "di", "ter")  # a clause before the comma has its verb
_CLITIC = "nya"
_DATELINE_REACH = 6  # tokens of a dateline before its dash
_DASHES = frozenset({"-", "–", "—", "--"})
_NOMINAL_STEM_MIN = 4  # letters of a "-nya" nominal's stem ("naiknya"); "Ianya", "dianya" are none
# "-nya" words opening a sentence that are adverbs or connectives, not a happening.
_CLITIC_ADVERBS = word_set("""
sebelumnya selanjutnya menurutnya akibatnya sayangnya rupanya tampaknya nampaknya biasanya umumnya
khususnya sebaliknya setidaknya seharusnya sebenarnya akhirnya awalnya kabarnya katanya tentunya
sesungguhnya agaknya kiranya misalnya contohnya pokoknya intinya selebihnya sisanya lainnya
harusnya mestinya semestinya hendaknya baiknya sebaiknya terutamanya apalagi padahalnya
""")
# Stems of "-nya" words that name someone's side, kin or staff: "Pihaknya mendorong …" asks.
_OWNERS = word_set("""
pihak tim partai istri suami anak ayah bapak ibu kakak adik keluarga kuasa pengacara kubu rekan teman
kawan sahabat anggota staf ajudan juru kelompok organisasi lembaga kantor perusahaan negara pemerintah
kementerian instansi jajaran anak buah bawahan atasan pimpinan ketua pemimpin pendukung penggemar
""")
_PREFIXED_NON_VERBS = word_set("""
menteri mereka melalui menurut mengenai dia diri dirinya dini direktur dinas dirut tersebut terhadap
termasuk terakhir tersangka terdakwa terus tertentu berbagai beberapa bersama berdasarkan bersangkutan
""")
# Words of a wrong or an incident reported to the authorities ("melaporkan kasus itu ke polisi").
_WRONGS = word_set("""
dugaan kasus perkara peristiwa kejadian insiden perbuatan tindakan tindak pelecehan penganiayaan penipuan
pencurian pemerasan pencemaran kekerasan pemerkosaan penggelapan pengancaman penghinaan penyerobotan
""")
_READY = frozenset({"siap", "rela", "bersedia", "pantang", "enggan", "takut"})
# "tidak takut menghadapi kritik", "harus kuat menghadapi kritik": how one would bear it
_FEARING = frozenset({"takut", "gentar", "siap", "berani", "kuat", "tahan", "tegar", "sabar"})


def sports_report(text: str) -> bool:
    """A match report: several distinct words of football and other games."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return len(words & _SPORTS_WORDS) >= _SPORTS_MIN


def statement(match: TriggerMatch, tokens: list[Token], source: ActorRef | None,
               target: ActorRef | None) -> bool:
    """Statements, not acts: a warning about a trend ("IEA memperingatkan bahwa tren …", no one
    warned) and a source "met" by the reporters ("ujar X saat ditemui di …")."""
    after = tokens[match.end].low if match.end < len(tokens) else ""
    warning = tokens[match.first].low.startswith(("memperingat", "mengingat", "warn"))
    if match.row.type == "THREATEN" and target is None and (warning or after in ("bahwa", "that", ",")):
        return True  # "IEA memperingatkan harga minyak bisa naik"; "mengancam akan menyerang" stays
    if tokens[match.first].low in ("melaporkan", "reported") and target is None and not _wrong_reported(
            match, tokens):
        return True  # "melaporkan hal itu kepada polisi": a report about no one
    return match.row.type == "CONSULT" and match.row.voice == "passive" and source is None


def _wrong_reported(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"melaporkan dugaan pelecehan", "melaporkan peristiwa ini ke Polsek": the report names a wrong,
    whose doer the context gives, so it is a complaint even with no one named in the sentence."""
    return any(token.low in _WRONGS for token in tokens[match.last:match.end])


def clause_cause(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Trump memperingatkan Korea Utara …, yang mendorong Korea Utara untuk mengatakan …": a relative
    clause after a whole clause says what that happening prompted (English "which prompted"), no one
    urges anyone; "Presiden Jokowi, yang mendorong KPK untuk …" (a relative on its subject) stays."""
    first = match.first
    if tokens[first].low not in _PROMPTING or first < 2 or tokens[first - 1].low != "yang" or (
            tokens[first - 2].text != ","):
        return False
    return any(_verb_like(token) for token in tokens[:first - 2])


def happening_prompted(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Masuknya dana segar dari investor, yang … adalah Tencent dan JD.com, mendorong Go-Jek untuk …":
    a happening told by a "-nya" nominal ("masuknya", "naiknya", "hengkangnya") is the subject; it
    prompted the one named after, no one asked (the clause-cause ruling of docs/annotation.md). The
    names inside the inserted clause are not the subject."""
    if tokens[match.first].low not in _PROMPTING:
        return False
    opening = _after_dateline(tokens[:match.first])
    head = next((i for i in range(opening, match.first) if tokens[i].is_word), None)
    if head is None or not _happening_noun(tokens, head):
        return False
    between = tokens[head + 1:match.first]
    return (match.first > 0 and tokens[match.first - 1].text == ",") or not any(
        token.is_cap or _verb_like(token) for token in between)


def _after_dateline(tokens: list[Token]) -> int:
    """Where the sentence proper starts, past a dateline ("Jakarta -", "Merdeka.com –")."""
    for i, token in enumerate(tokens[:_DATELINE_REACH]):
        if token.text in _DASHES:
            return i + 1
    return 0


def _happening_noun(tokens: list[Token], at: int) -> bool:
    """A sentence-opening "-nya" nominal of a verb or state followed by what it is of ("Masuknya dana",
    "Naiknya harga"), not an adverb ("Sebelumnya,") nor someone's side or kin ("Pihaknya", "Istrinya")."""
    token = tokens[at]
    stem = token.low[:-len(_CLITIC)]
    if not token.is_cap or not token.low.endswith(_CLITIC) or len(stem) < _NOMINAL_STEM_MIN:
        return False
    if stem in _OWNERS or token.low in _CLITIC_ADVERBS:
        return False
    return at + 1 < len(tokens) and tokens[at + 1].is_word


def _verb_like(token: Token) -> bool:
    """A lower-case word with a verb's prefix ("memperingatkan", "dilakukan"), not a title or a
    function word that shares it ("Menteri", "tersebut")."""
    return not token.is_cap and token.low.startswith(_VERB_PREFIXES) and token.low not in _PREFIXED_NON_VERBS


def ready_to_undergo(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Presiden siap dikritik", "tidak takut menghadapi kritik": being ready to undergo an act
    says how one would take it, not that anyone does it."""
    if match.first == 0:
        return False
    before = tokens[match.first - 1].low
    if match.row.voice == "passive":
        return before in _READY
    return match.row.voice in ("noun", "patient") and before == "menghadapi" and match.first > 1 and (
        tokens[match.first - 2].low in _FEARING)


def hoped(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Nguyen berharap maskapainya bisa membantu mendorong pariwisata": what someone hopes can
    happen is an opinion, no act (``docs/annotation.md``, Not events); "berharap agar X …" asks
    X and stays a REQUEST; so is help needed ("warga membutuhkan bantuan")."""
    if match.row.type == "REQUEST":
        return False
    if match.row.type == "AID" and match.first >= 1 and tokens[match.first - 1].low in _NEEDS:
        return True  # "mereka perlu bantuan kita": a need stated, no help given (yet)
    modal = False
    for k in range(match.first - 1, max(-1, match.first - 1 - _HOPE_REACH), -1):
        low = tokens[k].low
        if low in _HOPES:
            return modal
        if low in _ABILITY:
            modal = True
        elif low in _CLAUSE_BREAKS:
            return False
    return False


def accident_inquiry(match: TriggerMatch, tokens: list[Token], target: ActorRef | None) -> bool:
    """An investigation into an accident's cause suspects no one ("KNKT menyelidiki penyebab
    jatuhnya pesawat", "kotak hitam diperiksa"): no ACCUSE event (``docs/annotation.md``)."""
    if match.row.mode != "investigate":
        return False
    if any(t.low in _ACCIDENT_WORDS for t in tokens[match.end:match.end + _OBJECT_WORDS]):
        return True  # "menyelidiki penyebab kecelakaan itu bersama BEA Prancis": a partner, no suspect
    if target is not None:
        return False
    near = tokens[max(0, match.first - _INQUIRY_REACH):match.end + _INQUIRY_REACH]
    return any(t.low in _ACCIDENT_WORDS for t in near)


def regretted_mishap(match: TriggerMatch, tokens: list[Token], target: ActorRef | None) -> bool:
    """"Menteri menyayangkan peristiwa tersebut": regret over an accident or a disaster
    disapproves of no one (ACCUSE needs someone who did something)."""
    if match.row.mode != "disapprove" or target is not None:
        return False
    return mishap_named(tokens, match.end)


def mishap_named(tokens: list[Token], start: int) -> bool:
    """Do the words from ``start`` name an accident or a disaster ("peristiwa tersebut")?"""
    return any(t.low in _MISHAPS for t in tokens[start:start + _MISHAP_REACH])


def remains(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Bodies returned to their families ("jenazah korban dipulangkan") are no release of
    persons (RETREAT release is of the living, held by someone)."""
    if match.row.type != "RETREAT":
        return False
    first = max(0, match.first - _REMAINS_REACH)
    # a capital inside the sentence is a name ("Abu Sayyaf"), not ashes
    return any(t.low in _REMAINS and (not t.is_cap or first + k == 0)
               for k, t in enumerate(tokens[first:match.end + _REMAINS_REACH]))


def described_by_stance(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Warga yang menolak pun tampak ditarik …": a refusal or a backing with no object, in a
    relative clause, says who the people are; it tells no act of its own (nor does land named by
    its occupation, :func:`_occupied_land`)."""
    if _occupied_land(match, tokens):
        return True
    if match.row.type not in _STANCE_ACTS or match.first < 1 or tokens[match.first - 1].low != "yang":
        return False
    after = tokens[match.end].low if match.end < len(tokens) else "."
    return after in _CLAUSE_GO_ON or (after.startswith(("me", "di", "ber")) and len(after) > 5)


def _occupied_land(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"wilayah Palestina yang diduduki Israel": land named by its occupation says which land it is,
    no seizure told; "Gedung DPR diduduki mahasiswa" tells one."""
    if tokens[match.first].low not in _OCCUPYING or match.first < 1 or tokens[match.first - 1].low != "yang":
        return False
    return any(t.low in _LANDS for t in tokens[max(0, match.first - 1 - _LAND_REACH):match.first - 1])


def job_title(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"kepala konsultasi Houston", "Direktur Investigasi": an act noun after a head of office is
    part of someone's title, not an act; "Perjanjian Paris", "Protokol Kyoto": a capitalised treaty
    noun before a name is the treaty's name, no agreement told (signing it is: "menandatangani"); a
    record's kind ("berkas penyidikan") is no act either (:func:`_record_of_act`)."""
    if match.row.voice not in ("noun", "patient"):
        return False
    if _treaty_name(match, tokens) or _record_of_act(match, tokens):
        return True
    return match.first >= 1 and tokens[match.first - 1].low in _OFFICE_HEADS


def _record_of_act(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"berkas penyidikan", "video pemeriksaan saksi", "surat perintah penyidikan": an act noun after a
    record's noun names the record (what kind of file, film or letter), not the act told."""
    before = [t.low for t in tokens[max(0, match.first - 2):match.first]]
    return bool(before) and (before[-1] in _RECORDS or before == ["surat", "perintah"])


def _treaty_name(match: TriggerMatch, tokens: list[Token]) -> bool:
    head = tokens[match.first]
    return match.row.type == "AGREE" and head.low in _TREATIES and head.is_cap and (
        match.end < len(tokens) and tokens[match.end].is_cap)


def aim_of_no_one(match: TriggerMatch, tokens: list[Token], target: ActorRef | None) -> bool:
    """"… demi mendorong inklusi keuangan": pushing for a goal in a purpose clause, asking no one,
    is an aim, not a request; "mengerahkan prajurit untuk mendukung penanganan darurat": backing
    an activity in a purpose clause backs no one (SUPPORT is of an actor, CAMEO 05)."""
    if target is not None or match.first < 1 or tokens[match.first - 1].low not in _PURPOSE_WORDS:
        return False
    if match.row.type == "SUPPORT":
        return True
    return match.row.type == "REQUEST" and tokens[match.first].low in _PUSHING


def tour_of_no_one(match: TriggerMatch, tokens: list[Token], target: ActorRef | None) -> bool:
    """"Presiden meninjau lokasi banjir": touring a place where no one is named visits no one
    (``docs/annotation.md``, Visits); "meninjau posko Basarnas" visits Basarnas."""
    return target is None and tokens[match.first].low in _TOURING


def violated(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"menuding NPA melanggar gencatan senjata", "pelanggaran kesepakatan": an agreement or a truce
    named as what was broken is no agreement or truce made here."""
    return match.first > 0 and tokens[match.first - 1].low in _BREAKING


def denied(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"NPA membantah terlibat dalam serangan tersebut", "Gubernur membenarkan serangan tersebut": an
    act someone denies taking part in or confirms is a stance on the act told before, not that act told
    again (an accusation denied stays: its accuser acts)."""
    if match.row.voice not in ("noun", "patient") or match.row.type == "ACCUSE":
        return False
    i = match.first - 1
    while i >= 0 and match.first - i <= _DENIAL_REACH and tokens[i].low in _DENIED_LINKS:
        i -= 1
    return i >= 0 and tokens[i].low in _DENYING


def played(kind: str) -> bool:
    """Event types that a match report uses for play."""
    return kind in _PLAY


def hosted_match(match: TriggerMatch, tokens: list[Token], sports: bool) -> bool:
    """"Persib menjamu Arema FC di kandang": a club hosting or visiting a match plays; it is no
    diplomatic visit (CAMEO 042/043 are visits between political actors)."""
    if match.row.type != "CONSULT":
        return False
    trigger = {token.low for token in tokens[match.first:match.last]}
    if not trigger & _HOSTING:
        return False
    return sports or any(token.low in _MATCH_WORDS for token in tokens)


def agreed_opinion(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Saya sepakat bahwa jalan tol perlu dipercepat", "sepakat dengan pandangan Bank Dunia soal
    Malaysia": agreeing with an opinion is no AGREE between actors; "Indonesia dan Jepang sepakat
    bahwa …" (two parties agreeing with each other) stays."""
    if match.row.type != "AGREE" or tokens[match.first].low not in ("sepakat", "setuju", "bersepakat"):
        return False
    after = [token.low for token in tokens[match.last:match.last + 2]]
    if after[:1] and after[0] in _WITH_VIEW and after[1:] and after[1] in _OPINIONS:
        return True
    if after[:1] != ["bahwa"]:
        return False
    before = tokens[max(0, match.first - _SUBJECT_REACH):match.first]
    return not any(token.low in _SEVERAL for token in before)
