"""Arrest and access words in senses that hold, prevent or permit no one (acceptance run 10, L6).

"menahan" arrests a person ("Polisi menahan dua pemuda"); holding back money, goods or a payment
("investor menahan uang", "bank menahan pencairan dana") detains no one. "pencegahan" is a travel ban
on someone ("pencegahan terhadap Budi ke luar negeri"); a preventive step ("langkah pencegahan",
"pencegahan penyakit") bans no one. A permission that a law or a rule grants ("mengubah undang-undang
dan memperbolehkan dokter …") is law-making, which ``docs/annotation.md`` does not code; RETREAT access
is one actor letting another in.
"""

from __future__ import annotations

from warta.article.event_lexicon import Token, TriggerMatch, word_set

_HOLDING = word_set("menahan penahanan")
# What is held back when it is no one: money and its movements, goods, documents.
_HELD_THINGS = word_set("""
uang dana duit gaji upah honor tunjangan insentif pembayaran pencairan transfer setoran anggaran modal
investasi kredit pinjaman tagihan pajak dividen laba keuntungan saham deposito tabungan devisa subsidi
bantuan barang dagangan stok pasokan produk kiriman pengiriman ekspor impor penjualan pembelian harga
dokumen ijazah sertifikat izin laporan data rp rupiah juta miliar triliun
money funds payment payments cash goods shipment
""")
_QUANTIFIERS = word_set("sebagian seluruh semua sejumlah sisa separuh some all part")


def held_thing(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"investor menahan uang", "penahanan dana": holding back a thing arrests no one (COERCE arrest
    is of a person). Only the word right after counts: "menahan tersangka dana hibah" holds a person."""
    if match.row.type != "COERCE" or match.row.mode != "arrest":
        return False
    if tokens[match.first].low not in _HOLDING:
        return False
    k = match.last
    while k < len(tokens) and tokens[k].low in _QUANTIFIERS:
        k += 1
    return k < len(tokens) and tokens[k].low in _HELD_THINGS


_PREVENTING = word_set("pencegahan")
# Words before "pencegahan" that make it a step taken against a risk, not against a person.
_MEASURES = word_set("""
langkah upaya tindakan program usaha strategi aksi kegiatan sosialisasi sistem bidang deteksi kampanye
gerakan sebagai sarana metode cara
""")
# Words after "pencegahan" that go on to the person barred or the ban's details.
_BAN_LINKS = word_set("terhadap atas ke kepada bagi untuk itu tersebut ini yang")


def preventive_step(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Berbagai langkah pencegahan telah dilakukan", "pencegahan penyakit": prevention of a risk;
    "pencegahan terhadap Budi" and "KPK mengajukan pencegahan." stay a travel ban (COERCE arrest)."""
    if match.row.type != "COERCE" or match.last - match.first != 1:
        return False
    if tokens[match.first].low not in _PREVENTING:
        return False
    if match.first > 0 and tokens[match.first - 1].low in _MEASURES:
        return True
    if match.last >= len(tokens):
        return False
    after = tokens[match.last]
    return after.is_word and not after.is_cap and after.low not in _BAN_LINKS


# Words of law-making: the act that changes a rule, or the rule itself as the one permitting.
_LAW_WORDS = word_set("""
undang-undang uu perppu perpres perda permen peraturan regulasi aturan amandemen mengamandemen
merevisi revisi mengubah perubahan menerbitkan kebijakan hukum pasal law laws regulation regulations
rule rules amended amend amending legislation
""")
_LAW_REACH = 8  # words before the permission in which the law-making is named
_PERMIT_CLAUSE_ENDS = frozenset({".", ";", "namun", "tetapi", "sedangkan", "sementara"})


def permitted_by_law(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Kementerian mengamandemen undang-undang dan memperbolehkan dokter …", "Aturan baru itu
    mengizinkan warga …": a permission granted by making or changing a law (not coded)."""
    if match.row.type != "RETREAT" or match.row.mode != "access":
        return False
    for k in range(match.first - 1, max(-1, match.first - 1 - _LAW_REACH), -1):
        if tokens[k].low in _PERMIT_CLAUSE_ENDS:
            return False
        if tokens[k].low in _LAW_WORDS:
            return True
    return False

