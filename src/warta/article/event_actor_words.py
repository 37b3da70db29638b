"""The closed word classes the actor finder reads a sentence by (words between a subject
and its verb, prepositions, clause openers, verbs of saying, joiners of coordinated names)
and the tests of a word's form: an active or passive verb, an activity noun.

Shared by the readers of groups (:mod:`event_phrase_groups`), subjects
(:mod:`event_subjects`), objects and agents (:mod:`event_actors`) and slots
(:mod:`event_slots`, :mod:`event_noun_slots`).
"""

from __future__ import annotations

from warta.article.event_lexicon import Token, word_set

# Words that may stand between a subject and its verb.
GLUE = word_set("""
akan telah sudah juga kemudian pun tidak tak belum masih segera akhirnya baru sempat pernah
dilaporkan disebut dikabarkan berencana ingin hendak mau bersedia siap untuk secara resmi kembali
lagi bahkan hanya justru itu tersebut ini sendiri langsung sebelumnya kini saat ini dikatakan
diketahui sama-sama bersama-sama disebut-sebut turut ikut terus tetap bakal dapat bisa mampu
berhasil enggan mulai agar supaya lantas lalu pula sedang tengah dijadwalkan menyatakan
diam-diam mengaku memutuskan sepakat memilih memang beberapa kali sering jarang yang seusai usai
setelah sesudah saat ketika sebelum selama kerap diduga diketahui disebut-sebut terburu-buru buru-buru
gegabah sembarangan serta-merta selalu senantiasa acapkali
besok kemarin lusa nanti sekarang semalam
has have had was were is are will would also then has been had been not
""")
# Words that end the clause a scan looks in.
BREAK = word_set("""
bahwa yang karena sehingga tetapi namun sementara sedangkan meski meskipun walaupun ketika saat
setelah sebelum sejak hingga sampai jika apabila kalau bila usai seusai serta maupun atau that
which who because while after before when if but
""")
PREPOSITIONS = word_set("""
di ke dari kepada pada oleh dengan terhadap untuk bagi antara tentang mengenai atas melalui dalam
sela-sela soal menurut in to from at by of with for on against between about
""")
# Verbs of saying and reporting: what follows them is a clause with its own subject, with or
# without "bahwa" ("Argo menambahkan Polda Metro Jaya akan mengerahkan …").
SPEECH_VERBS = word_set("""
mengatakan menyatakan menegaskan menjelaskan mengungkapkan menyebutkan menyebut menambahkan mengaku
mengklaim memaparkan menuturkan menerangkan melaporkan mengumumkan memastikan menyampaikan mengungkap
membenarkan mengonfirmasi mengkonfirmasi membantah menilai menduga memperkirakan mengingatkan mengakui
said says
""")
OBJECT_PREPS = frozenset({"kepada", "terhadap", "atas", "ke", "dengan", "untuk", "bagi", "pada", "arah",
                           "melawan", "menentang", "to", "against", "with", "on", "for", "at"})
AGENT = frozenset({"oleh", "by"})
PARTNER = frozenset({"dengan", "bersama", "dari", "with", "from"})
AND = frozenset({"dan", "serta", "and", "&"})
OWNED_BY = frozenset({"milik", "kepunyaan"})
NOUN_TARGET = frozenset({"dengan", "terhadap", "ke", "atas", "kepada", "bagi", "untuk", "with", "against",
                          "on", "to"})
# Activities one helps with ("membantu evakuasi korban"); nominalisations in pe-…-an count too.
_ACTIVITIES = word_set("""
evakuasi proses upaya operasi identifikasi misi tugas kegiatan rehabilitasi rekonstruksi
""")
# Nouns of an offer between a receiving verb and the act offered ("menerima tawaran bantuan").
OFFERS = word_set("tawaran uluran offer")
NOUN_AGENT = frozenset({"oleh", "dari", "by", "from"})
# Words between a subject and a noun used as its verb ("Wiranto juga protes").
VERB_GLUE = frozenset({"juga", "pun", "akan", "telah", "sudah", "pernah", "sempat", "langsung", "kembali",
                        "sedang", "masih", "lalu", "kemudian", "terlibat", "also"})
PREDICATIVE = frozenset({"sebagai", "selaku", "menjadi", "as"})
MAX_SKIP = 3  # content words an object scan may step over before a preposition
VERB_PREFIXES = ("me", "ber", "di", "ter", "mem", "men", "meng", "meny")


def active_verb(low: str) -> bool:
    """An active verb form by its prefix ("mengamankan", "memberikan"), not a closed-class word."""
    return low.startswith(("me", "ber")) and len(low) > 6 and low not in GLUE and low not in PREPOSITIONS


def passive_verb(low: str) -> bool:
    return low.startswith("di") and len(low) > 5 and low not in PREPOSITIONS


def activity_at(tokens: list[Token], i: int) -> bool:
    """Is the word at ``i`` an activity ("pencarian", "evakuasi", "proses"), not an actor?"""
    if i >= len(tokens):
        return False
    low = tokens[i].low
    return low in _ACTIVITIES or (low.startswith("pe") and low.endswith("an") and len(low) > 7)
