"""English names of Indonesia's ministries, made from the ministry's field.

English-language news names "Kementerian Perdagangan" the "Trade Ministry" or the "Ministry of
Trade"; the gazetteer row of the ministry takes both as aliases, so a mention in either language
finds one row, and the articles' entities join in the article and across the run.

    Kementerian Perdagangan     Trade Ministry | Ministry of Trade
    Kementerian Luar Negeri     Foreign Ministry | Foreign Affairs Ministry | Ministry of Foreign Affairs
"""

from __future__ import annotations

from warta.article.tokens import fold

_HEAD = "kementerian "
# Fields named by an adjective, which makes no "Ministry of …" ("Ministry of Foreign Affairs" is listed).
_ADJECTIVES = frozenset({"Foreign"})
# A ministry's field in Indonesian and its English names, the shortest usual one first.
FIELDS: dict[str, tuple[str, ...]] = {
    "perdagangan": ("Trade",),
    "kesehatan": ("Health",),
    "keuangan": ("Finance",),
    "luar negeri": ("Foreign", "Foreign Affairs"),
    "dalam negeri": ("Home Affairs", "Interior"),
    "pertahanan": ("Defence", "Defense"),
    "pertanian": ("Agriculture",),
    "perhubungan": ("Transportation", "Transport"),
    "perindustrian": ("Industry",),
    "agama": ("Religious Affairs",),
    "sosial": ("Social Affairs",),
    "ketenagakerjaan": ("Manpower",),
    "pariwisata": ("Tourism",),
    "badan usaha milik negara": ("State-Owned Enterprises", "SOE"),
    "energi dan sumber daya mineral": ("Energy and Mineral Resources", "Energy"),
    "kelautan dan perikanan": ("Maritime Affairs and Fisheries", "Marine Affairs and Fisheries", "Fisheries"),
    "lingkungan hidup dan kehutanan": ("Environment and Forestry", "Environment"),
    "komunikasi dan informatika": ("Communication and Information Technology", "Communications"),
    "pekerjaan umum dan perumahan rakyat": ("Public Works and Public Housing", "Public Works"),
}


def english_names(name: str, country: str | None) -> list[str]:
    """The English names of the Indonesian ministry ``name`` ("Kementerian Perdagangan"); none for
    any other row (a foreign ministry keeps its own names)."""
    key = fold(name)
    if country != "ID" or not key.startswith(_HEAD):
        return []
    fields = FIELDS.get(key[len(_HEAD):].strip(), ())
    names: list[str] = []
    for field in fields:
        names += [f"{field} Ministry", f"Indonesian {field} Ministry"]
        names += [] if field in _ADJECTIVES else [f"Ministry of {field}"]
    return names
