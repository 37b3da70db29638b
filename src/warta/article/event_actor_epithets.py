"""Bodies and states the news calls by an epithet or names again by their kind alone
(``docs/annotation.md``: a role-only or described actor is resolved to the name the article
means):

    lembaga antirasuah menahan X            the KPK (the article's entity for it, else "KPK")
    Negeri Paman Sam menjatuhkan sanksi     the United States
    Kementerian itu menyita tiga kapal      the ministry the article named before

Indonesian reporters avoid repeating a name, so after the first mention a body becomes "lembaga
antirasuah" or "kementerian tersebut" and a country "Negeri Tirai Bambu". Left as descriptions
these sides name no one the reader could look up.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from warta.article.actors import MentionIndex
from warta.article.role_forms import full_title
from warta.models import ActorRef, Entity

# epithet words → the name written when the article does not name the body, then its other names
_EPITHETS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("lembaga", "antirasuah"): ("KPK", "Komisi Pemberantasan Korupsi"),
    ("komisi", "antirasuah"): ("KPK", "Komisi Pemberantasan Korupsi"),
    ("lembaga", "antikorupsi"): ("KPK", "Komisi Pemberantasan Korupsi"),
    ("komisi", "antikorupsi"): ("KPK", "Komisi Pemberantasan Korupsi"),
    ("korps", "bhayangkara"): (
        "Polri", "Kepolisian Negara Republik Indonesia", "Kepolisian Republik Indonesia"),
    ("negara", "negara", "asia", "tenggara"): ("ASEAN", "Perhimpunan Bangsa-Bangsa Asia Tenggara"),
    ("kartel", "minyak"): ("OPEC", "Organisasi Negara Pengekspor Minyak"),
    ("korps", "adhyaksa"): ("Kejaksaan Agung", "Kejagung", "Kejaksaan"),
    ("negeri", "paman", "sam"): ("Amerika Serikat", "AS", "Amerika"),
    ("negeri", "tirai", "bambu"): ("China", "Tiongkok", "Cina", "RRT"),
    ("negeri", "sakura"): ("Jepang",),
    ("negeri", "matahari", "terbit"): ("Jepang",),
    ("negeri", "ginseng"): ("Korea Selatan", "Korsel"),
    ("negeri", "gingseng"): ("Korea Selatan", "Korsel"),
    ("negeri", "jiran"): ("Malaysia",),
    ("negeri", "kanguru"): ("Australia",),
    ("negeri", "singa"): ("Singapura",),
    ("negeri", "beruang", "merah"): ("Rusia",),
    ("negeri", "gajah", "putih"): ("Thailand",),
    ("negeri", "kincir", "angin"): ("Belanda",),
    ("negeri", "ratu", "elizabeth"): ("Inggris", "Britania Raya"),
    ("negeri", "samba"): ("Brasil", "Brazil"),
    ("negeri", "matador"): ("Spanyol",),
    ("negeri", "piramida"): ("Mesir",),
    ("negeri", "zionis"): ("Israel",),
    ("negeri", "para", "mullah"): ("Iran",),
    ("negeri", "seribu", "pagoda"): ("Myanmar",),
    ("negeri", "bollywood"): ("India",),
    ("negeri", "kiwi"): ("Selandia Baru",),
    ("negeri", "pizza"): ("Italia",),
    ("negeri", "panser"): ("Jerman",),
}
_LONGEST = max(len(words) for words in _EPITHETS)
# Posts called by a byname, as their holders' titles write them in full ("kepala negara" is the
# president); ministers' short titles ("Menlu") are read from the ministries' table (role_forms).
BYNAMES = {"wapres": "wakil presiden", "kepala negara": "presiden"}


def title_in_full(title: str) -> str:
    """A lower-case post as titles write it in full: "menlu" → "menteri luar negeri"."""
    return BYNAMES.get(title) or (full_title(title) or title).casefold()
# Kinds of body a demonstrative names again ("kementerian itu"), with how names of that kind open.
_KIND_OPENINGS: dict[str, tuple[str, ...]] = {
    "kementerian": ("kementerian", "kemen"),
    "komisi": ("komisi",),
    "badan": ("badan",),
    "dinas": ("dinas",),
    "pengadilan": ("pengadilan",),
    "mahkamah": ("mahkamah",),
    "kejaksaan": ("kejaksaan", "kejati", "kejari", "kejagung"),
    "departemen": ("departemen",),
    "bank": ("bank",),
    "universitas": ("universitas",),
    "yayasan": ("yayasan",),
    "rumah sakit": ("rumah sakit", "rs"),
    "sekolah": ("sekolah", "sd ", "smp", "sma", "smk", "madrasah"),
    "kampus": ("universitas", "institut", "politeknik", "sekolah tinggi"),
}
KINDS = frozenset(_KIND_OPENINGS)
# Words besides the demonstratives that point back to a body of a kind ("departemen bersangkutan").
REFERRING = frozenset({"bersangkutan", "terkait"})
_WORD = re.compile(r"[^\W_]+")
_LEADING = frozenset({"sang", "pihak"})  # words an epithet may follow in its phrase


def epithet_at(text: str, start: int) -> tuple[tuple[str, ...], int] | None:
    """The names an epithet opening at character ``start`` stands for and the character it ends at
    ("lembaga antirasuah itu" → the KPK's names); None when none opens there."""
    words = list(_WORD.finditer(text, start, start + 80))
    while words and words[0].group().casefold() in _LEADING:
        words = words[1:]
    folded = tuple(w.group().casefold() for w in words[:_LONGEST])
    for size in range(len(folded), 1, -1):
        names = _EPITHETS.get(folded[:size])
        if names is not None and _adjacent(text, words[:size]):
            return names, words[size - 1].end()
    return None


def _adjacent(text: str, words: Sequence[re.Match[str]]) -> bool:
    """Only spaces (or the hyphen of a plural, "negara-negara") between the words: "lembaga,
    antirasuah" is no epithet."""
    return all(text[a.end():b.start()].strip() in ("", "-") for a, b in itertools.pairwise(words))


def body_named(entities: Sequence[Entity], article_id: str, names: Sequence[str]) -> ActorRef:
    """The article's organisation or place going by one of ``names``, else the first name."""
    wanted = {name.casefold() for name in names}
    for entity in entities:
        own = {n.casefold() for n in (entity.name, *entity.aliases)}
        named_here = any(m.article == article_id for m in entity.mentions)
        if entity.type in ("ORG", "LOC") and own & wanted and named_here:
            return ActorRef(entity=entity.id, name=entity.name)
    return ActorRef(name=names[0])


def kind_again(words: Sequence[str], other_kinds: frozenset[str],
               demonstratives: frozenset[str]) -> str | None:
    """The kind of body a description names again: "kementerian itu", "departemen bersangkutan",
    "pihak rumah sakit" ("pihak" makes a bare kind definite); ``other_kinds`` are kinds that take
    only a demonstrative. None for any other description."""
    party = bool(words) and words[0] == "pihak"
    rest = list(words[1:] if party else words)
    for size in (2, 1):
        kind = " ".join(rest[:size])
        if kind not in KINDS and kind not in other_kinds:
            continue
        tail = rest[size:]
        referring = demonstratives | (REFERRING if kind in KINDS else frozenset())
        return kind if (party and not tail) or (len(tail) == 1 and tail[0] in referring) else None
    return None


def latest_of_kind(index: MentionIndex, kind: str, before: int) -> ActorRef | None:
    """The organisation of kind ``kind`` named last before character ``before`` ("Kementerian
    Kelautan dan Perikanan … Kementerian itu"); None when the article named none before."""
    openings = _KIND_OPENINGS.get(kind, ())
    found = [m for m in index.within(0, before) if m.end <= before and m.entity.type == "ORG" and any(
        name.casefold().startswith(openings) for name in (m.entity.name, *m.entity.aliases))]
    if not found:
        return None
    body = found[-1].entity
    return ActorRef(entity=body.id, name=body.name)
