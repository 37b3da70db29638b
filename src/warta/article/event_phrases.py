"""Actor noun phrases of one sentence: where a source or a target can be.

A phrase is an entity mention (neighbouring mentions join: "Menteri Luar Negeri Rusia
Sergei Lavrov" is one phrase), a descriptor of people or bodies ("pejabat AS", "pihak
Kremlin", "para pengunjuk rasa"), a pronoun ("ia", "mereka") or a counterpart named only by
role ("timpalannya dari Rusia"). Which entity or description a phrase denotes is decided by
:mod:`warta.article.actors`; this module only says where the phrases are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.article.actors import MentionIndex
from warta.article.event_lexicon import Token, word_set
from warta.resources import read_tsv

# Heads of descriptive actors, beyond the titles and descriptors of resources/roles.tsv.
_HEADS = word_set("""
pejabat jubir sumber pihak pemerintah militer tentara pasukan polisi kepolisian aparat warga
demonstran massa buruh mahasiswa kelompok otoritas delegasi diplomat petugas tim personel
nelayan petani pengacara jaksa penyidik hakim pengadilan pemberontak milisi militan teroris
pelaku tersangka relawan penyelam kementerian badan lembaga komisi dewan parlemen legislatif
kabinet rezim koalisi oposisi partai perusahaan negara-negara negara pemerintahan aktivis
pengunjuk penduduk masyarakat pendemo simpatisan pendukung sekutu tni polri petinggi pemimpin
pimpinan kepala komandan peserta saksi terdakwa pengusaha anggota penasihat ulama pengikut umat
sopir pegawai karyawan pejabatnya rakyat pria wanita perempuan pemuda remaja korban narapidana napi
tahanan penumpang pengungsi peternak satpol keluarga pedagang nenek kakek
wartawan jurnalis nakhoda awak kru pilot mabes jemaah maskapai kerumunan pangkalan markas gerilyawan
separatis ekstremis jihadis manajemen direksi pengurus sandera kejaksaan imigrasi bareskrim otk
densus klub departemen instansi komite
sekolah bank perbankan universitas kampus koperasi yayasan pesantren puskesmas
artis selebritas restoran
perampok pencuri pengedar begal pembunuh penculik pemerkosa penjambret preman tki wni wna
pekerja pengemudi siswa pelajar santri dokter bocah balita prajurit pengawal ajudan
pendaki pemudik pengendara driver ojol wisatawan turis penghuni pengelola publik relawan paramedis
officials official government forces troops police protesters demonstrators rebels militants
spokesman spokeswoman spokesperson authorities army soldiers workers students leaders
""")
# "pos polisi" is attacked as the police; "pos" alone is often a building in dispute (a border post)
# People heads that take the clitic of the one they follow or serve ("jemaahnya", "pengacaranya");
# bodies with it ("pihaknya", "pemerintahnya") are the speaker's side, read elsewhere.
_FOLLOWERS = word_set("""
jemaah pendukung pengikut simpatisan keluarga pengacara karyawan pegawai warga umat rakyat
""")
_MULTI_HEADS = (("juru", "bicara"), ("pengunjuk", "rasa"), ("unjuk", "rasa"), ("kuasa", "hukum"),
                ("pos", "polisi"), ("pos", "militer"), ("pos", "tentara"), ("pos", "keamanan"),
                ("orang", "tak"), ("orang", "tidak"),  # "orang tak dikenal": unknown assailants
                ("ahli", "waris"), ("majelis", "hakim"), ("rumah", "sakit"),
                ("kapal", "asing"), ("kapal-kapal", "asing"))  # unnamed foreign ships that chase off or ram
# Lower-case words that may continue a descriptor ("pejabat senior AS", "pasukan khusus").
_MODIFIERS = word_set("""
senior tinggi mantan asing setempat gabungan bersenjata khusus keamanan luar negeri dalam
pertahanan militer intelijen federal pusat daerah provinsi kota itu tersebut ini lainnya
sipil bersenjata keuangan kesehatan perhubungan udara laut darat tetangga sahabat maju berkembang dikenal
adidaya donor kawasan otonomi wilayah bagian bersangkutan
""")
_PAIRED_MODIFIERS = frozenset({"luar", "dalam"})  # modifiers only before "negeri"
DETERMINERS = frozenset({
    "seorang", "sebuah", "sejumlah", "para", "beberapa", "salah", "satu", "sang", "kedua", "ketiga",
    "pihak", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "ratusan", "ribuan", "puluhan", "belasan", "elemen", "orang", "sekitar", "hampir", "sedikitnya",
    "setidaknya", "sebanyak", "sekelompok", "segerombolan", "terduga", "jajaran", "the", "a", "an",
    "semua", "seluruh", "segenap", "sebagian", "kalangan",  # "semua pihak", "seluruh warga"
})
_WHOLE = frozenset({"semua", "seluruh", "segenap", "kedua", "berbagai", "banyak"})
PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka", "keduanya", "he", "she", "they"})
# "pihaknya", "lembaganya", "jajarannya" (his ranks): the body of the person just mentioned.
FIRST_PERSON = frozenset({"kami", "kita", "saya", "aku", "we", "i"})
OWN_SIDE = frozenset({"pihaknya", "lembaganya", "instansinya", "kementeriannya", "institusinya", "jajarannya",
                      "bawahannya", "anggotanya", "negaranya", "pemerintahnya"})
_COUNTERPARTS = frozenset({"timpalan", "timpalannya", "mitra", "mitranya", "rekan", "rekannya",
                           "sejawat", "sejawatnya", "counterpart", "counterparts"})
# Heads of people sent by a state or body, named by where they come from ("tim dari Rusia").
_SENT = frozenset({"tim", "penyelam", "pasukan", "tentara", "relawan", "delegasi", "personel", "prajurit"})
MAX_DESCRIPTOR = 6  # words a descriptor phrase may run to
_OUTLET_ENDINGS = frozenset({"com", "id", "net", "co"})  # "Merdeka.com", "Kumparan.id"
_DASHES = frozenset({"-", "–", "—"})
# Words after "sumber" that make it a source of things, not a person who informs.
_SOURCE_OF_THINGS = word_set("""
daya dana air energi listrik pendanaan pendapatan penghasilan devisa pangan makanan masalah penyakit
penularan api panas pembiayaan modal
""")
_INITIALS = frozenset({"berinisial", "inisial"})  # "pria berinisial AS": a person known by initials
_AFTER_PEOPLE = frozenset({"yang", ",", ".", "di", "ke", "dan", "karena", "setelah", "saat"})
MAX_PORTFOLIO = 3  # capitalised words between a title and the name after it
_NOT_DESCRIBING = word_set("""
yang dan atau serta di ke dari kepada pada oleh dengan untuk bagi antara tentang atas dalam juga akan
telah sudah tidak belum bahwa karena saat ketika itu ini tersebut sebagai
seperti termasuk yakni yaitu misalnya
""")
MAX_ROLE_TAIL = 3  # words of a role between its head and the comma before the person's name
_LIST_LINKS = frozenset({"dari", "dan", "atau", "serta", "of", "from", "and", "or"})
_FORM_REACH = 4  # tokens of a bracketed legal form after a company's name: "( Persero )"
_VERB_PREFIXES = ("me", "ber", "di", "ter")


@cache
def _role_heads() -> frozenset[str]:
    """First words of the titles and descriptors in resources/roles.tsv, lower-cased."""
    return frozenset(row["phrase"].split()[0].lower() for row in read_tsv("roles.tsv")
                     if row["kind"] in ("title", "descriptor", "rank"))


@dataclass(frozen=True)
class Phrase:
    first: int  # token index of the first word
    end: int  # token index after the last word
    start: int  # character offsets into the article text
    stop: int
    kind: str  # mention | descriptor | pronoun | counterpart


def _token_at(tokens: list[Token], char: int, from_end: bool) -> int | None:
    for i, token in enumerate(tokens):
        if (token.end >= char if from_end else token.start >= char):
            return i
    return None


def _mention_ranges(tokens: list[Token], index: MentionIndex) -> list[tuple[int, int]]:
    """Token ranges of the entity mentions inside the sentence tokens."""
    if not tokens:
        return []
    ranges: list[tuple[int, int]] = []
    for mention in index.within(tokens[0].start, tokens[-1].end):
        first = _token_at(tokens, mention.start, from_end=False)
        last = _token_at(tokens, mention.end, from_end=True)
        if first is not None and last is not None and last >= first and not _dateline(tokens[first:last + 1]):
            ranges.append((first, last + 1))
    return ranges


def _dateline(tokens: list[Token]) -> bool:
    """A mention the entity layer ran over an outlet's dateline ("Merdeka.com - Polisi"): no actor,
    so its last words are read as a description."""
    lows = [t.low for t in tokens]
    return any(lows[k] in _OUTLET_ENDINGS and k + 1 < len(lows) and lows[k + 1] in _DASHES
               for k in range(len(lows)))


def _is_head(tokens: list[Token], i: int) -> int:
    """Number of words of the descriptor head at ``i`` (0 when none)."""
    low = tokens[i].low
    if "-" in low and low.split("-")[0] == low.split("-")[-1]:
        low = low.split("-")[0]  # a plural by reduplication: "kelompok-kelompok"
    for pair in _MULTI_HEADS:
        if low == pair[0] and i + 1 < len(tokens) and tokens[i + 1].low == pair[1]:
            return 2
    if low == "sumber" and i + 1 < len(tokens) and tokens[i + 1].low in _SOURCE_OF_THINGS:
        return 0  # "sumber daya manusia", "sumber dana": resources, not an informant
    if low in _HEADS or low in _COUNTERPARTS:
        return 1
    if low.endswith("nya") and low[:-3] in _FOLLOWERS:
        return 1  # "sejumlah jemaahnya", "para pendukungnya": people with their leader's clitic
    return 1 if low in _role_heads() or low in _listed_words("head") else 0


def is_people_noun(low: str) -> bool:
    """Whether a lower-case word heads a phrase naming people or a body ("petugas", "warga", "tim")."""
    return _is_head([Token(low, low, 0, len(low))], 0) > 0


@cache
def _listed_words(kind: str) -> frozenset[str]:
    """Heads or modifiers of unnamed actors listed in resources/actor_heads.tsv."""
    return frozenset(row["word"] for row in read_tsv("actor_heads.tsv") if row["kind"] == kind)


def _descriptor_end(tokens: list[Token], i: int, mention_at: dict[int, int]) -> int:
    """Token index after a descriptor that starts with its head at ``i``."""
    j = i + _is_head(tokens, i)
    while j < len(tokens) and j - i < MAX_DESCRIPTOR:
        token = tokens[j]
        if token.text == "-" and j + 1 < len(tokens) and tokens[j + 1].low == tokens[i].low:
            j += 2  # a plural written with spaces, as IndoSum's tokens are: "negara - negara"
        elif j in mention_at:
            j = mention_at[j]
        elif token.low in _INITIALS and j + 1 < len(tokens) and tokens[j + 1].text.isupper():
            j += 2  # "pria berinisial AS": initials, not the United States
        elif token.low in ("dari", "asal") and tokens[i].low in _COUNTERPARTS | _SENT and j + 1 in mention_at:
            j = mention_at[j + 1]  # "timpalannya dari Rusia", "tim penyelam dari Rusia"
        elif _members_before_name(tokens, i, j, mention_at):
            j = _members_before_name(tokens, i, j, mention_at)  # "negara-negara pengekspor minyak OPEC"
        elif _portfolio_before_name(tokens, j, mention_at):
            j = _portfolio_before_name(tokens, j, mention_at)  # "Menteri Pariwisata Arief Yahya"
        elif token.low in _PAIRED_MODIFIERS and (j + 1 >= len(tokens) or tokens[j + 1].low != "negeri"):
            break  # "luar negeri", "dalam negeri", but "tersangka dalam kejadian ini" ends at its head
        elif token.is_word and (token.low in _MODIFIERS or token.low in _listed_words("modifier")
                                or _is_head(tokens, j)):
            j += 1
        else:
            break
    return j


def _portfolio_before_name(tokens: list[Token], j: int, mention_at: dict[int, int]) -> int:
    """Index of the name after a title's portfolio the entity layer left out ("Menteri
    *Pariwisata* Arief Yahya", "Deputi *Kelembagaan* Kemenpar Ahman Sya"), else 0."""
    k = j
    while k < len(tokens) and k - j < MAX_PORTFOLIO and k not in mention_at and tokens[k].is_cap \
            and tokens[k].is_word:
        k += 1
    return k if k > j and k in mention_at else 0


def _members_before_name(tokens: list[Token], head: int, j: int, mention_at: dict[int, int]) -> int:
    """Index of the body's name after a plural head and the words describing its members
    ("negara-negara *pengekspor minyak* OPEC"), else 0."""
    low = tokens[head].low
    if "-" not in low or low.split("-")[0] != low.split("-")[-1]:
        return 0
    k = j
    while k < len(tokens) and k - j < MAX_PORTFOLIO and k not in mention_at and tokens[k].is_word and (
            tokens[k].low not in _NOT_DESCRIBING and not tokens[k].low.startswith(_VERB_PREFIXES)):
        k += 1
    return k if k > j and k in mention_at else 0


def _kind_of(tokens: list[Token], first: int) -> str:
    low = tokens[first].low
    if low in _COUNTERPARTS:
        return "counterpart"
    return "pronoun" if low in PRONOUNS else "descriptor"


_EN_FUNCTION = frozenset({"the", "a", "an", "on", "in", "at", "after", "before", "last", "this",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "i", "we", "he", "she", "they", "it", "but", "and", "however", "meanwhile"})


def _capital_runs(tokens: list[Token]) -> dict[int, int]:
    """English: runs of capitalised words, the names a Indonesian-trained entity layer misses."""
    runs: dict[int, int] = {}
    i = 0
    while i < len(tokens):
        # not from "Of": the run would shrink to nothing below and never move on
        if tokens[i].is_cap and tokens[i].is_word and tokens[i].low not in _EN_FUNCTION | {"of"}:
            j = i + 1
            while j < len(tokens) and tokens[j].is_word and (tokens[j].is_cap or tokens[j].low == "of"):
                j += 1
            while tokens[j - 1].low == "of":
                j -= 1
            runs[i] = j
            i = j
        else:
            i += 1
    return runs


def _chain_mentions(tokens: list[Token], end: int, mention_at: dict[int, int]) -> int:
    """Join neighbouring mentions: "Menlu Rusia" + "Sergei Lavrov", "Dinas … Rusia (SVR) Naryshkin",
    over a rank between title and name ("Panglima TNI ( TNI ) Jenderal Gatot Nurmantyo")."""
    while True:
        if end in mention_at:
            end = mention_at[end]
            continue
        inner = mention_at.get(end + 1) or _abbreviation_end(tokens, end + 1)
        if (end < len(tokens) and tokens[end].text == "(" and inner is not None and inner < len(tokens)
                and tokens[inner].text == ")" and _past_rank(tokens, inner + 1) in mention_at):
            end = _past_rank(tokens, inner + 1)
            continue
        if end > 0 and _past_rank(tokens, end) != end and _past_rank(tokens, end) in mention_at:
            end = _past_rank(tokens, end)
            continue
        return end


def _abbreviation_end(tokens: list[Token], i: int) -> int | None:
    """Index after a one-word capitalised abbreviation the entity layer did not read ("( Kapolri )")."""
    return i + 1 if i < len(tokens) and tokens[i].is_cap and tokens[i].is_word else None


def _past_rank(tokens: list[Token], i: int) -> int:
    """Index after the capitalised military or police ranks at ``i`` ("Jenderal Pol .", "Laksamana
    Muda TNI"), else ``i``."""
    j = i
    while j < len(tokens) and j - i < MAX_RANK and tokens[j].is_cap and tokens[j].low in _RANKS:
        j += 1
        if j < len(tokens) and tokens[j].text == "." and tokens[j - 1].low in _ABBREVIATED_RANKS:
            j += 1  # "Jenderal Pol . Tito Karnavian"
    return j


# Ranks between a title and a name; an organisation's name inside a rank ("Jenderal TNI") is a mention.
_RANKS = frozenset((
    "jenderal", "jendral", "laksamana", "marsekal", "madya", "muda", "pertama", "letjen", "mayjen",
    "brigjen", "irjen", "komjen", "kombes", "akbp", "akp", "kompol", "iptu", "ipda", "aiptu", "bripka",
    "briptu", "kolonel", "letkol", "mayor", "kapten", "marsdya", "marsma", "laksda", "laksma", "pol",
    "polisi", "purn", "purnawirawan",
))
_ABBREVIATED_RANKS = frozenset(("pol", "purn"))
MAX_RANK = 5

_DATE_WORDS = frozenset((
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember", "tahun", "sejak",
))


def _counting(tokens: list[Token], i: int) -> bool:
    """A number before the counted actors, thousands separators included ("1.000 personel"); not
    the year of a date ("pada Februari 2017 polisi …")."""
    if tokens[i].low.isdigit():
        return not (i > 0 and tokens[i - 1].low in _DATE_WORDS)
    return tokens[i].text in ".," and 0 < i < len(tokens) - 1 and tokens[i - 1].low.isdigit() and (
        tokens[i + 1].low.isdigit())


def _more_than(tokens: list[Token], i: int) -> bool:
    """"lebih dari 200 demonstran", "kurang dari 50 orang": a bound on a count opens the counted
    actors (so "dari" there is no preposition)."""
    if tokens[i].low in ("lebih", "kurang") and i + 2 < len(tokens) and tokens[i + 1].low == "dari":
        return _counting(tokens, i + 2)
    return i > 0 and tokens[i].low == "dari" and tokens[i - 1].low in ("lebih", "kurang") and (
        i + 1 < len(tokens) and _counting(tokens, i + 1))


def find_phrases(tokens: list[Token], index: MentionIndex, lang: str = "id") -> list[Phrase]:
    """Actor phrases of a sentence, in text order, not overlapping."""
    mention_at: dict[int, int] = _capital_runs(tokens) if lang == "en" else {}
    for first, end in _mention_ranges(tokens, index):
        if end < len(tokens) and tokens[end].text == "$":
            continue  # "US$ 6 juta": a currency, not the United States
        mention_at[first] = max(end, mention_at.get(first, end))
    phrases: list[Phrase] = []
    i = 0
    while i < len(tokens):
        start_i = i
        while i + 1 < len(tokens) and i not in mention_at and _is_head(tokens, i) < 2 and (
                tokens[i].low in DETERMINERS or _counting(tokens, i) or _more_than(tokens, i)):
            i += 1  # but "The Straits Times", "Dua Kelinci": a name may open with such a word
        if i in mention_at or (tokens[i].is_word and _is_head(tokens, i)):
            end = mention_at[i] if i in mention_at else _descriptor_end(tokens, i, mention_at)
            end = _chain_mentions(tokens, end, mention_at)
            kind = "mention" if i in mention_at else _kind_of(tokens, i)
            titled = _bracketed_title(tokens, end, mention_at) if kind == "descriptor" else end
            if titled != end:
                end = _apposed_name(tokens, _chain_mentions(tokens, titled, mention_at), mention_at, index,
                                    open_end=True)
            elif kind == "descriptor" and not any(j in mention_at for j in range(i, end)):
                end = _apposed_name(tokens, end, mention_at, index)  # not "kuasa hukum X, Y": Y acts for X
            phrases.append(Phrase(start_i, end, tokens[start_i].start, tokens[end - 1].end, kind))
            i = end
        elif i - start_i >= 2 and tokens[i - 2].low in _WHOLE and tokens[i - 1].low == "pihak":
            # "mengajak semua pihak menahan diri": "pihak", read as a determiner, is the actor itself
            phrases.append(Phrase(start_i, i, tokens[start_i].start, tokens[i - 1].end, "descriptor"))
        elif i > start_i and tokens[i - 1].low == "orang" and tokens[i].low in _AFTER_PEOPLE:
            # "menangkap dua orang yang menyebarkan kabar bohong": the counted people are the actor
            phrases.append(Phrase(start_i, i, tokens[start_i].start, tokens[i - 1].end, "descriptor"))
        elif tokens[i].low in PRONOUNS or tokens[i].low in OWN_SIDE or tokens[i].low in FIRST_PERSON:
            low = tokens[i].low
            kind = "pronoun" if low in PRONOUNS else "own-side" if low in OWN_SIDE else "first-person"
            phrases.append(Phrase(i, i + 1, tokens[i].start, tokens[i].end, kind))
            i += 1
        else:
            i = start_i + 1
    return phrases


def _bracketed_title(tokens: list[Token], end: int, mention_at: dict[int, int]) -> int:
    """Index after a title that goes on past its abbreviation in brackets ("Pelaksana tugas ( Plt )
    *Kepala Dinas PU Jambi*", "Kepala Bidang ( Kabid ) *Dinas Perhubungan Bogor*"), else ``end``."""
    k = end
    while k < len(tokens) and k - end < MAX_ROLE_TAIL and tokens[k].is_word and (
            tokens[k].low not in _NOT_DESCRIBING):
        k += 1  # the rest of the title before the bracket: "Pelaksana *tugas*"
    if not (k + 3 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")"
            and tokens[k + 1].is_word and tokens[k + 1].is_cap):
        return end
    after = k + 3
    if after in mention_at:
        return mention_at[after]
    if tokens[after].is_word and tokens[after].is_cap and _is_head(tokens, after):
        return _descriptor_end(tokens, after, mention_at)
    return end


def _apposed_name(tokens: list[Token], end: int, mention_at: dict[int, int], index: MentionIndex,
                  open_end: bool = False) -> int:
    """End of a person's name set off by commas after a role ("Direktur Utama maskapai, Budi
    Hartono, menemui …"): the role and the name are one actor; else ``end`` unchanged. With
    ``open_end`` (a title long enough to be no list: "Plt Kepala Dinas …, Arfan ditetapkan") the
    name needs no comma after it."""
    comma = end
    while comma < len(tokens) and comma - end < MAX_ROLE_TAIL and tokens[comma].is_word and not (
            tokens[comma].low.startswith(_VERB_PREFIXES) and len(tokens[comma].low) > 5):
        comma += 1  # the rest of the role: "Direktur *Utama maskapai*, Budi Hartono"
    name_end = mention_at.get(comma + 1) if comma < len(tokens) and tokens[comma].text == "," else None
    if name_end is not None:
        name_end = _past_legal_form(tokens, name_end)
    closed = name_end is not None and name_end < len(tokens) and tokens[name_end].text == ","
    if name_end is None or not (closed or open_end):
        return end
    named = index.within(tokens[comma + 1].start, tokens[name_end - 1].end)
    if not named or (not closed and named[-1].entity.type != "PERSON"):
        return end
    # "Wali amanat obligasi, PT Bank X,": a role held by a body named after it is that body; but in
    # "Petugas gabungan dari Polri, TNI, dan …" the names are a list
    own_words = all(not t.is_cap and t.low not in _LIST_LINKS for t in tokens[end:comma])
    return name_end if named[-1].entity.type == "PERSON" or (
        named[-1].entity.type == "ORG" and own_words) else end


def _past_legal_form(tokens: list[Token], end: int) -> int:
    """After a company's legal form the name leaves out ("PT Bank X (Persero) Tbk"), else ``end``."""
    if end < len(tokens) and tokens[end].text == "(":
        reach = range(end + 1, min(len(tokens), end + _FORM_REACH))
        close = next((j for j in reach if tokens[j].text == ")"), None)
        end = end if close is None else close + 1
    return end + 1 if end < len(tokens) and tokens[end].low == "tbk" else end


def head_start(index: MentionIndex, start: int, stop: int) -> int:
    """Where the actor of the phrase ``[start, stop)`` begins: at the person's name that ends a
    long titled phrase ("Direktur Dinas Intelijen Luar Negeri Rusia (SVR) Sergei Naryshkin",
    "Vice President … PT Pertamina (Persero) Ali Mundakir"), else at ``start``."""
    inside = index.within(start, stop)
    if inside and inside[-1].entity.type == "PERSON" and inside[-1].end == stop:
        return inside[-1].start
    return start
