"""Events, round 15: word families added to the trigger lexicon by class, not by sentence (looting,
extortion, courtesy calls and audiences, lobbying, synergy, compensation and fundraising, blessing and
forgiving, bluffing, opposition, thanks said with words between), each with its regular derivations,
and the senses of the same words that tell no event. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.event_coding import code, of_type, who
from warta.article.event_lexicon import find_triggers, tokenize


def _coded(text: str) -> list[tuple[str, str, str | None]]:
    tokens = tokenize(text)
    return [(" ".join(t.low for t in tokens[m.first:m.end]), m.row.type, m.row.mode)
            for m in find_triggers(tokens)]


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(kind, mode) for _, kind, mode in _coded(text)]


# --------------------------------------------------------------------------- every form of a family


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Massa menjarah toko milik warga keturunan di pusat kota .", "COERCE", "seize"),
    ("Gudang logistik itu dijarah sekelompok orang tak dikenal .", "COERCE", "seize"),
    ("Polisi mengusut penjarahan gudang bantuan tersebut .", "COERCE", "seize"),
    ("Dua oknum petugas memeras pedagang pasar setiap pekan .", "COERCE", None),
    ("Kepala dinas itu ditangkap atas dugaan pemerasan terhadap kontraktor .", "COERCE", None),
    ("Bupati mengumumkan pencopotan kepala dinas pendidikan .", "COERCE", None),
    ("Warga menolak penyegelan kantor koperasi oleh polisi .", "COERCE", "arrest"),
    ("Kantor koperasi itu disegel petugas kejaksaan .", "COERCE", "arrest"),
    ("Hakim membui mantan bendahara yayasan itu selama dua tahun .", "COERCE", "arrest"),
    ("KPK menjadwalkan pemanggilan bendahara partai pekan depan .", "ACCUSE", "investigate"),
    ("Ketua partai itu bersilaturahmi dengan para ulama di Cianjur .", "CONSULT", "meet"),
    ("Silaturahmi kedua tokoh itu berlangsung tertutup .", "CONSULT", "meet"),
    ("Perwakilan buruh beraudiensi dengan gubernur di balai kota .", "CONSULT", "meet"),
    ("Audiensi petani dengan bupati membahas harga pupuk .", "CONSULT", "meet"),
    ("Pengusaha tambang itu melobi anggota dewan agar aturan direvisi .", "CONSULT", None),
    ("Calon wali kota itu sowan ke kediaman sesepuh partai .", "CONSULT", "visit"),
    ("Dinas sosial bersinergi dengan kepolisian menertibkan pengemis .", "COOPERATE", None),
    ("Santunan pemerintah kota untuk keluarga korban cair pekan ini .", "AID", None),
    ("Wali kota menyantuni anak yatim di kampung nelayan .", "AID", None),
    ("Mahasiswa menggalang dana untuk korban kebakaran pasar .", "AID", None),
    ("Keputusan itu disesalkan oleh para aktivis lingkungan .", "ACCUSE", "disapprove"),
    ("Ketua umum partai merestui pencalonan Rina Halim .", "SUPPORT", None),
    ("Pencalonan itu direstui ketua umum partai .", "SUPPORT", None),
    ("Raja mengampuni para tahanan politik itu .", "SUPPORT", None),
    ("Menteri mengucapkan banyak terima kasih kepada para relawan .", "SUPPORT", None),
    ("Gubernur menyampaikan terima kasihnya kepada polisi dan TNI .", "SUPPORT", None),
    ("Penentangan warga terhadap proyek itu terus berlanjut .", "REJECT", None),
    ("Kelompok itu menggertak aparat desa dengan senjata tajam .", "THREATEN", None),
    ("Kedua milisi itu bertempur di pinggiran kota .", "ASSAULT", None),
    ("Pertikaian kedua kelompok itu berlangsung sejak pagi .", "ASSAULT", None),
])
def test_a_family_added_by_class_codes_each_form(text: str, kind: str, mode: str | None) -> None:
    assert (kind, mode) in _types(text)


@pytest.mark.parametrize("text", [
    "Para peneliti memeras otak mencari jalan keluar .",  # racking one's brain
    "Perusahaan rintisan itu menutup penggalangan dana seri A pekan lalu .",  # venture capital
    "Pemuda itu menggalang dana baru dari investor asing .",  # fundraising for a business
])
def test_the_same_words_in_other_senses_code_nothing(text: str) -> None:
    assert _types(text) == []


# --------------------------------------------------------------------------- coded with their sides


def test_a_courtesy_call_is_a_meeting_of_both_sides() -> None:
    events = of_type(code("Prabowo Subianto bersilaturahmi dengan Megawati Soekarnoputri di Jakarta."),
                     "CONSULT")
    assert [(who(e.source), who(e.target)) for e in events] == [
        ("Prabowo Subianto", "Megawati Soekarnoputri")]


def test_thanks_with_a_word_between_are_support_for_the_one_thanked() -> None:
    events = of_type(code("Presiden Joko Widodo mengucapkan banyak terima kasih kepada Kapolri Tito Karnavian."), "SUPPORT")
    assert [(who(e.source), who(e.target)) for e in events] == [("Joko Widodo", "Tito Karnavian")]


# --------------------------------------------------------------------------- the agent inside a passive's span


@pytest.mark.parametrize("text", [
    "Setya Novanto ditetapkan KPK sebagai tersangka kasus korupsi KTP elektronik.",
    "Setya Novanto ditetapkan oleh KPK sebagai tersangka kasus korupsi KTP elektronik.",
    "Setya Novanto ditetapkan sebagai tersangka oleh KPK.",
])
def test_the_agent_between_a_passive_and_its_object_acts(text: str) -> None:
    events = of_type(code(text), "COERCE", "arrest")
    assert [(who(e.source), who(e.target)) for e in events] == [
        ("Komisi Pemberantasan Korupsi", "Setya Novanto")]


def test_a_passive_with_its_object_right_after_keeps_the_agent_after_it() -> None:
    events = of_type(code("Rusia dijatuhi sanksi baru oleh Uni Eropa."), "SANCTION")
    assert [(who(e.source), who(e.target)) for e in events] == [("Uni Eropa", "Rusia")]
