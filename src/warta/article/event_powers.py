"""Acts named as what someone may, must or could do instead, and pledges made to no one: no events.

Found by the precision audit on unseen text (``docs/benchmarks.md``, events, round 13): a trigger that
names a power or a duty ("punya otoritas untuk menertibkan warganya", "berwenang menangkap"), an
alternative weighed against another ("dibandingkan dengan melarang siswa"), or an office's rule of
appointment ("diangkat dan diberhentikan oleh Presiden") tells no act that happened, is happening or is
announced; a promise with no one it is made to ("kami berjanji hal itu tak akan terjadi lagi") is a
statement (CAMEO 01), not an agreement between actors (``docs/annotation.md``, Not events); stepping
down from an office or a contest with no one yielded to is one's own business.
"""

from __future__ import annotations

from warta.article.event_lexicon import Token, TriggerMatch
from warta.models import ActorRef

# Nouns of a power or a duty: "<noun> untuk <act>" names what one may or must do.
_POWERS = frozenset({"otoritas", "wewenang", "kewenangan", "hak", "tugas", "fungsi", "kewajiban", "kuasa",
                     "kapasitas", "kemampuan", "tanggung"})
# "berwenang menangkap": may arrest
_POWER_ADJECTIVES = frozenset({"berwenang", "berhak", "berkuasa", "bertugas", "wajib"})
# "pihak berwenang menahan X" names the authorities, who act; "polisi berwenang menahan" a power
_AUTHORITY_HEADS = frozenset({"pihak", "yang", "aparat", "otoritas", "instansi", "lembaga", "pejabat",
                              "badan"})
# Having or being given the power: "punya otoritas untuk …" ("meminta otoritas setempat untuk
# menangkap" asks the authorities and stays a demanded act).
_HAVING = frozenset({"punya", "memiliki", "mempunyai", "diberi", "diberikan", "memegang", "menjadi", "ada"})
_POWER_REACH = 2  # words between the power and "untuk" ("otoritas penuh untuk menertibkan")
_PURPOSE = frozenset({"untuk", "buat", "guna"})
# Words that weigh an act as an alternative to another: "dibandingkan dengan melarang siswa".
_ALTERNATIVES = (("dibandingkan", "dengan"), ("dibanding",), ("daripada",), ("ketimbang",), ("alih-alih",),
                 ("bukannya",))
# Appointing and dismissing said together is an office's rule of who appoints whom.
_APPOINTING = frozenset({"diangkat", "mengangkat", "dilantik", "melantik"})
_DISMISSING = frozenset({"diberhentikan", "memberhentikan"})
_PLEDGES = frozenset({"berjanji", "janji", "menjanjikan"})
_LEAVING = frozenset({"dari", "sebagai"})  # "mundur dari jabatan", "mundur sebagai calon"
# Verbs of giving a thing: a promise to give one to someone offers help (docs/annotation.md: offers of
# help are AID planned), it is no agreement between the two.
_GIVING = frozenset({"memberikan", "memberi", "menyerahkan", "menyumbangkan", "menyumbang", "membelikan",
                     "mengirimkan", "mengirim", "menyalurkan", "membagikan", "membangunkan", "menghadiahkan",
                     "mendonasikan"})
_PROMISING = frozenset({"berjanji", "bersumpah"})
# What is given by telling it: a promise to give an account to the police is a promise to cooperate
# (docs/annotation.md: AGREE), no help.
_ACCOUNTS = frozenset({"keterangan", "penjelasan", "informasi", "kesaksian", "klarifikasi", "jawaban",
                       "tanggapan", "data", "laporan", "pernyataan", "bukti", "dokumen"})
_PROMISE_LINKS = frozenset({"akan", "untuk", "bakal", "segera", "pun"})
_PROMISE_REACH = 2  # words between the promise and the giving ("berjanji akan segera memberikan")


def power_or_duty(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Mereka punya otoritas untuk menertibkan warganya", "polisi berwenang menangkap": what one may
    or must do, not an act told."""
    first = match.first
    if first >= 1 and tokens[first - 1].low in _POWER_ADJECTIVES:
        return first < 2 or tokens[first - 2].low not in _AUTHORITY_HEADS
    if first < 1 or tokens[first - 1].low not in _PURPOSE:
        return False
    for k in range(first - 2, max(0, first - 2 - _POWER_REACH), -1):
        if tokens[k].low in _POWERS:
            return k >= 1 and tokens[k - 1].low in _HAVING
    return False


def weighed_alternative(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"… melakukan pendekatan kepada siswanya dibandingkan dengan melarang siswa": an act weighed
    as the option not taken."""
    for words in _ALTERNATIVES:
        start = match.first - len(words)
        if start >= 0 and tuple(token.low for token in tokens[start:match.first]) == words:
            return True
    return False


def rule_of_office(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Kepala badan diangkat dan diberhentikan oleh Presiden": who appoints and dismisses an office."""
    if tokens[match.first].low not in _DISMISSING or match.first < 2:
        return False
    return tokens[match.first - 1].low == "dan" and tokens[match.first - 2].low in _APPOINTING


def pledge_to_no_one(match: TriggerMatch, tokens: list[Token], kind: str, target: ActorRef | None) -> bool:
    """"Kami berjanji hal itu tak akan terjadi lagi": a promise made to no one named, even by the
    context, states an intent; "AS berjanji akan membela Jepang" is an agreement with Japan."""
    if kind != "AGREE" or target is not None:
        return False
    # "berkomitmen" alone pledges its clause ("berkomitmen akan pengamanannya"); with an act its row
    # names ("berkomitmen untuk berinvestasi") it is an agreement to that act, whoever it is with
    bare_commitment = tokens[match.first].low == "berkomitmen" and match.end == match.last
    return tokens[match.first].low in _PLEDGES or bare_commitment


def stepped_down(match: TriggerMatch, tokens: list[Token], target: ActorRef | None) -> bool:
    """"Schultz akan mengundurkan diri dari jabatan CEO", "dia mundur dari sebuah turnamen": leaving
    an office, a race or a contest with no one it yields to is one's own decision, not a concession or
    a retreat before a counterpart ("Aparat sempat mundur" before residents stays)."""
    if match.row.type not in ("CONCEDE", "RETREAT") or target is not None:
        return False
    first = tokens[match.first].low
    if first == "mengundurkan":
        return True
    after = tokens[match.end].low if match.end < len(tokens) else ""
    return first == "mundur" and after in _LEAVING


def pledged_gift(match: TriggerMatch, tokens: list[Token], triggers: list[TriggerMatch]) -> bool:
    """"Relawan berjanji akan memberikan kursi roda kepada Rina": a promise to give a thing offers
    help to the one it is given to, not an agreement with her. Giving an account ("memberikan
    keterangan kepada penyidik": a promise to cooperate) or an act of another type ("memberikan
    sanksi", "memberikan dukungan") is no gift."""
    if match.row.type != "AGREE" or tokens[match.first].low not in _PROMISING:
        return False
    for i in range(match.last, min(len(tokens) - 1, match.last + _PROMISE_REACH + 1)):
        if tokens[i].low in _GIVING:
            other_act = any(t.first in (i, i + 1) and t.row.type != "AID" for t in triggers)  # "sanksi"
            return not other_act and tokens[i + 1].low not in _ACCOUNTS
        if tokens[i].low not in _PROMISE_LINKS:
            return False
    return False
