"""Events: the guideline's rulings of 22 Nov 2026 (docs/annotation.md, "Rulings on the dev7
annotators' questions" and "… dev8/dev9 …") coded as general rules, and the senses of the same words
that tell no event. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.event_coding import code, of_type, who
from warta.article.event_lexicon import find_triggers, tokenize


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(m.row.type, m.row.mode) for m in find_triggers(tokenize(text))]


# --------------------------------------------------------------------------- executions


@pytest.mark.parametrize("text", [
    "Menteri pertahanan itu dieksekusi mati atas perintah sang diktator .",
    "Rezim itu mengeksekusi mati tiga jenderal yang dituduh berkhianat .",
    "Kabar eksekusi mati Kolonel Ardan Mirza mengejutkan dunia .",
])
def test_an_execution_by_a_state_is_an_assault(text: str) -> None:
    assert ("ASSAULT", None) in _types(text)


@pytest.mark.parametrize("text", [
    "Tendangan penalti itu dieksekusi dengan tenang oleh kapten tim .",
    "Rencana renovasi pasar akan dieksekusi secara bertahap .",
    "Dinas itu siap mengeksekusi program perbaikan jalan desa .",
])
def test_carrying_out_a_kick_or_a_plan_is_no_assault(text: str) -> None:
    assert ("ASSAULT", None) not in _types(text)


def test_the_one_executed_is_the_target() -> None:
    events = of_type(code("Junta militer Zemlandia mengeksekusi mati Kolonel Ardan Mirza pekan lalu ."),
                     "ASSAULT")
    assert events
    assert "Ardan Mirza" in (who(events[0].target) or "")


# --------------------------------------------------------------------------- staying away


@pytest.mark.parametrize("text", [
    "Kedua calon itu memutuskan absen dari debat yang digelar stasiun televisi itu .",
    "Gubernur tidak akan hadir dalam rapat dengar pendapat besok .",
    "Saksi kunci itu kembali mangkir dari pemeriksaan penyidik .",
    "Ketidakhadiran wali kota dalam rapat paripurna dipersoalkan dewan .",
])
def test_staying_away_from_an_invitation_is_a_rejected_meeting(text: str) -> None:
    assert ("REJECT", "meet") in _types(text)


@pytest.mark.parametrize("text", [
    "Penyerang andalan itu absen dua pekan karena cedera lutut .",
    "Penyanyi itu tidak hadir di panggung malam itu .",
])
def test_a_player_out_or_an_artist_away_rejects_nothing(text: str) -> None:
    assert ("REJECT", "meet") not in _types(text)


# --------------------------------------------------------------------------- a third person named as paid


@pytest.mark.parametrize("text", [
    "Dalam dakwaan itu , Bendahara Rudi Santosa disebut menerima uang Rp 2 miliar .",
    "Dua pejabat dinas juga disebut kecipratan dari proyek jalan tersebut .",
    "Sebagian dana itu disebut mengalir ke seorang anggota dewan .",
])
def test_a_third_person_named_as_paid_is_alleged_a_wrong(text: str) -> None:
    assert ("ACCUSE", "allege") in _types(text)


def test_an_honour_received_alleges_nothing() -> None:
    assert ("ACCUSE", "allege") not in _types("Guru itu disebut menerima penghargaan dari bupati .")


def test_a_ruling_naming_someone_paid_is_the_courts_allegation() -> None:
    text = ("Pengadilan Negeri Sukamaju memvonis Hendra Wijaya empat tahun penjara . Dalam amar putusan , "
            "Bambang Sutrisno disebut menerima uang Rp 300 juta dari Hendra Wijaya .")
    alleged = of_type(code(text), "ACCUSE", "allege")
    assert alleged
    assert "Pengadilan" in (who(alleged[0].source) or "")
    assert "Bambang" in (who(alleged[0].target) or "")


# --------------------------------------------------------------------------- a demonstration held


def test_an_action_held_with_no_act_named_is_a_demonstration() -> None:
    events = of_type(code("Ratusan buruh pabrik melakukan aksi di depan kantor gubernur ."), "PROTEST", "demo")
    assert events
    assert "buruh" in (who(events[0].source) or "")


@pytest.mark.parametrize("text", [
    "Komisi itu melakukan aksi pencegahan korupsi lewat pameran komik .",
    "Para relawan melakukan aksi bersih-bersih pantai setiap Minggu .",
    "Kota-kota itu akan melakukan aksi yang besar untuk melindungi iklim .",
])
def test_an_action_named_after_it_is_no_protest(text: str) -> None:
    assert ("PROTEST", "demo") not in _types(text)


def test_a_demonstration_held_is_coded_once() -> None:
    text = "Ratusan buruh pabrik melakukan aksi demonstrasi di depan kantor gubernur ."
    assert len(of_type(code(text), "PROTEST")) == 1


# --------------------------------------------------------------------------- coordination


def test_coordinating_with_another_body_is_cooperation() -> None:
    text = "Kejaksaan Negeri Sukamaju melakukan koordinasi dengan Polres Sukamaju untuk memburu buronan itu ."
    events = of_type(code(text), "COOPERATE")
    assert events
    assert "Polres" in (who(events[0].target) or "")


def test_a_coordination_meeting_stays_a_meeting() -> None:
    types = _types("Polda menggelar rapat koordinasi dengan TNI dan pemerintah provinsi .")
    assert ("CONSULT", None) in types
    assert ("COOPERATE", None) not in types


# --------------------------------------------------------------------------- appeals and attacks by their nouns


@pytest.mark.parametrize(("text", "kind"), [
    ("Warga mematuhi himbauan bupati untuk tidak keluar rumah .", "REQUEST"),
    ("Polisi menyelidiki persekusi terhadap seorang pendeta di desa itu .", "ASSAULT"),
    ("Aparat menyelidiki penabrakan sekelompok polisi di depan markas mereka .", "ASSAULT"),
])
def test_an_appeal_or_an_attack_told_by_its_noun(text: str, kind: str) -> None:
    assert (kind, None) in _types(text)


def test_a_request_for_comment_is_no_appeal() -> None:
    assert ("REQUEST", None) not in _types("Himbauan konfirmasi dari wartawan belum dijawab .")


# --------------------------------------------------------------------------- a critic's "should"


def test_a_critics_should_is_a_demand_on_the_one_named() -> None:
    text = ('Pengamat politik Dedi Kurniawan mengkritik lambannya penanganan banjir . " Seharusnya '
            'Gubernur Rahmat Hidayat turun langsung ke lokasi banjir , " kata Dedi Kurniawan .')
    asked = of_type(code(text), "REQUEST", "change")
    assert asked
    assert "Dedi" in (who(asked[0].source) or "")
    assert "Rahmat" in (who(asked[0].target) or "")


@pytest.mark.parametrize("text", [
    "Gubernur Rahmat Hidayat seharusnya meresmikan jembatan itu pekan lalu .",  # no one speaks
    "Menurut jadwal , Gubernur Rahmat Hidayat seharusnya sudah tiba di Jakarta .",  # a state expected
])
def test_a_should_outside_a_quote_or_of_a_state_asks_nothing(text: str) -> None:
    assert of_type(code(text), "REQUEST", "change") == []


def test_a_critics_dont_is_a_demand_on_the_one_named() -> None:
    text = ('Pengamat hukum Dedi Kurniawan menyoroti kasus itu . " Kejaksaan Agung jangan tebang pilih '
            'dalam kasus ini , " kata Dedi Kurniawan .')
    asked = of_type(code(text), "REQUEST", "change")
    assert asked
    assert "Kejaksaan" in (who(asked[0].target) or "")


@pytest.mark.parametrize("text", [
    '" Kita jangan mudah terpancing isu , " kata Gubernur Rahmat Hidayat .',  # said of oneself
    '" Para korban mesti segera dievakuasi , " kata Gubernur Rahmat Hidayat .',  # they undergo it
])
def test_a_dont_of_oneself_or_a_must_undergone_asks_no_one_named(text: str) -> None:
    assert of_type(code(text), "REQUEST", "change") == []
