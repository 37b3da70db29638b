"""Stance cue families: each verb's passive with its clitic or "oleh" agent, its object clitic, the
colloquial base, synonyms of a listed predicate, refusals to confirm, negation over an adverb; and
holders named by a verb of saying, by "menurut", by a clitic agent or after a cleft's "adalah".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stances_holders import positions
from warta.article.event_lexicon import tokenize
from warta.article.stance_cues import find_cues


def stances_in(sentence: str) -> list[str]:
    return [cue.stance for cue in find_cues(tokenize(sentence))]


def holders(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name or p.holder.description or "", p.stance) for p in positions(text)]


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Tuduhan penggelapan dana desa itu dibantahnya.", "denies"),
    ("Kabar pengunduran dirinya disangkalnya.", "denies"),
    ("Isu perombakan kabinet langsung dibantah oleh juru bicara istana.", "denies"),
    ("Bendahara koperasi bantah menilap uang anggota.", "denies"),
    ("\"Itu tidak betul, kami tidak pernah menerima titipan apa pun,\" ujar Lurah.", "denies"),
    ("\"Kabar itu hoaks,\" kata Camat Sukamaju.", "denies"),
    ("\"Semua itu bohong,\" ucap pemilik toko.", "denies"),
    ("Siti menyatakan tidak bersalah dalam perkara suap itu.", "denies"),
    ("Penundaan pemilihan kepala desa disesalkan oleh warga.", "disputes"),
    ("Termasuk yang memprotesnya adalah Ketua DPRD.", "disputes"),
    ("Serikat buruh mempersoalkan keputusan direksi memangkas upah.", "disputes"),
    ("Partai oposisi menolak hasil penghitungan suara di kecamatan itu.", "disputes"),
    ("Pengacara terdakwa kecewa dengan putusan majelis hakim.", "disputes"),
    ("Kapolres enggan memastikan jumlah tersangka yang ditahan.", "declines"),
    ("Sekretaris daerah menolak mengonfirmasi kabar pergantian pejabat itu.", "declines"),
    ("Manajer klub itu memilih bungkam soal transfer pemainnya.", "declines"),
    ("Ketua yayasan belum mau buka suara terkait laporan tersebut.", "declines"),
    ("Kementerian tidak pernah membenarkan kabar itu.", "does-not-confirm"),
    ("Pengembang mengonfirmasikan bahwa proyek rumah susun itu sudah rampung.", "confirms"),
])
def test_word_family_forms(sentence: str, stance: str) -> None:
    assert stances_in(sentence) == [stance]


@pytest.mark.parametrize("sentence", [
    "Polisi menangkap penyebar hoaks di media sosial.",  # "hoaks" as a noun, nobody judging
    "Usia memang tidak bisa bohong.",  # an idiom, not a judgement of a report
    "Mahkamah menolak permohonan pemohon tentang hasil pemilihan bupati.",  # a ruling on a petition
    "Aplikasi itu mendapat kritik dari para pengulas.",  # criticism of a product, no report judged
])
def test_family_words_that_take_no_stance(sentence: str) -> None:
    assert stances_in(sentence) == []


def test_a_verb_of_saying_names_who_judges_a_report() -> None:
    text = "Kepala Dinas Kesehatan Ratna Dewi menilai tudingan wabah di desa itu tidak benar."
    [(holder, stance)] = holders(text)
    assert "Ratna Dewi" in holder and stance == "denies"


def test_menurut_names_who_judges_a_report() -> None:
    text = "Menurut Kapolsek Bambang Sutrisno, kabar penculikan itu hoaks."
    [(holder, stance)] = holders(text)
    assert "Bambang Sutrisno" in holder and stance == "denies"


def test_the_writers_own_judgement_still_has_no_holder() -> None:
    assert holders("Ternyata kabar penculikan itu hoaks.") == []


def test_a_clitic_agent_is_the_one_spoken_of_before() -> None:
    text = ("Bupati Garut Rudy Gunawan diperiksa jaksa pada Senin. "
            "Tuduhan menerima suap itu dibantahnya.")
    found = holders(text)
    assert [stance for _, stance in found] == ["denies"] and "Rudy Gunawan" in found[0][0]


def test_the_holder_after_a_cleft() -> None:
    text = ("Pemerintah kota menaikkan tarif parkir. "
            "Yang memprotesnya adalah anggota DPRD Joko Santoso.")
    assert any("Joko Santoso" in holder and stance == "disputes" for holder, stance in holders(text))


def test_each_of_a_conjoined_subject_holds_the_stance() -> None:
    found = holders("Ketua DPRD Andi Wijaya dan Bupati Garut Rudy Gunawan membantah tuduhan itu.")
    assert [stance for _, stance in found] == ["denies", "denies"]
    assert "Andi Wijaya" in found[0][0] and "Rudy Gunawan" in found[1][0]


def test_a_subject_with_a_pronoun_in_it_stays_one_holder() -> None:
    found = holders("Kapolres Budi Santoso dan jajarannya membantah kabar itu.")
    assert [stance for _, stance in found] == ["denies"]


@pytest.mark.parametrize(("sentence", "stances"), [
    ("Para pedagang menilai kenaikan retribusi pasar itu berlebihan.", ["disputes"]),
    ("Guru honorer menganggap tidak adil keputusan dinas memotong tunjangan.", ["disputes"]),
    ("Pengamat menilai pemain muda itu layak masuk tim utama.", []),  # praise disputes nothing
    ("Mereka menilai anggaran itu wajar, karena harga bahan naik berlebihan.", []),  # another clause
])
def test_judging_something_wrong_disputes_it(sentence: str, stances: list[str]) -> None:
    assert stances_in(sentence) == stances
