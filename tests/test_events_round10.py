"""Events, tenth round: the type-level misses of the blind ``dev5-*`` set, fixed as word families.

Formal complaints by letter, reports of a wrong to the authorities, petitions and suits filed, a
petition found inadmissible, the accused proven guilty, charges read out, money stopped, assets
frozen, offers to mediate, dialogues, coalitions, summonses; and a relative clause after a whole
clause that tells what a happening prompted. Every sentence is invented for its rule (no test-story
material); each family is checked in its forms and beside a sense that is no event.
"""

from __future__ import annotations

import pytest

from tests.test_events_context import code_with, entity, sides
from warta.article.event_lexicon import find_triggers, tokenize


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.row.type, m.row.mode) for m in find_triggers(tokenize(text))]


@pytest.mark.parametrize(("text", "kind", "mode"), [
    # "protes" as the object of a sending or filing verb is a formal complaint, not a demonstration
    ("Klub Bintang Timur mengirimkan surat protes kepada federasi sepak bola .", "ACCUSE", "allege"),
    ("Serikat nelayan melayangkan surat keberatan kepada dinas perikanan .", "ACCUSE", "allege"),
    ("Surat protes klub itu sudah diterima komisi disiplin .", "ACCUSE", "allege"),
    ("Unggahan sang artis menuai protes keras dari warganet .", "ACCUSE", "disapprove"),
    # reporting a wrong, in both voices
    ("Seorang pedagang melaporkan dugaan penipuan oleh pengembang perumahan .", "ACCUSE", "allege"),
    ("Warga mengadukan penganiayaan oleh oknum satpam ke kantor polisi .", "ACCUSE", "allege"),
    ("Kasus itu dilaporkan korban ke Polres Bantul pada Senin .", "ACCUSE", "allege"),
    # petitions and suits filed; a petition found inadmissible is rejected
    ("Pasangan calon itu mengajukan permohonan sengketa hasil pilkada ke Mahkamah Konstitusi .", "ACCUSE",
     "allege"),
    ("Menurut hakim , permohonan yang diajukan pemohon sudah lewat tenggat .", "ACCUSE", "allege"),
    ("Majelis menyatakan gugatan penggugat tidak dapat diterima .", "REJECT", None),
    # courts: proven guilty, a charge read out
    ("Hakim menilai terdakwa terbukti melakukan korupsi dana desa .", "ACCUSE", "disapprove"),
    ("Komisi etik menyatakan anggota dewan itu terbukti melanggar kode etik .", "ACCUSE", "disapprove"),
    ("Jaksa membacakan surat dakwaan terhadap mantan bupati itu .", "COERCE", "arrest"),
    # money stopped, assets frozen
    ("Pemerintah provinsi menghentikan aliran dana hibah untuk yayasan itu .", "SANCTION", "discontinue"),
    ("Meski dana sudah dihentikan , yayasan itu tetap berjalan .", "SANCTION", "discontinue"),
    ("Uni Eropa membekukan aset tiga perusahaan milik keluarga jenderal itu .", "SANCTION", None),
    # offers to mediate (CAMEO 039), dialogues, coalitions, summonses
    ("Sekjen organisasi itu bersedia membantu menengahi perundingan kedua negara .", "AGREE", None),
    ("Kami sudah membangun dialog dengan para petani .", "CONSULT", None),
    ("Partai Bulan berkoalisi dengan Partai Bintang dalam pilkada .", "AGREE", None),
    ("Polres Sleman memanggil sejumlah saksi , yakni dua satpam .", "ACCUSE", "investigate"),
    ("Polisi akan memanggil bidan berinisial RT sebagai pihak terlapor .", "ACCUSE", "investigate"),
])
def test_each_family_is_coded_with_its_type(text: str, kind: str, mode: str | None) -> None:
    assert (kind, mode) in _kinds(text)


@pytest.mark.parametrize("text", [
    "Dinas kesehatan melaporkan kasus baru demam berdarah di tiga kecamatan .",  # a count, no complaint
    "Kasus demam berdarah dilaporkan meningkat sejak Januari .",  # a trend
    "Warga mengajukan permohonan izin keramaian ke kantor desa .",  # a permit, not a suit
    "Artis itu melayangkan gugatan cerai ke pengadilan agama .",  # a divorce is no political suit
    "Ia menerima surat dari kantor pajak pekan lalu .",  # a letter is no protest
    "Hasil penelitian itu terbukti bermanfaat bagi petani .",  # proven useful, not guilty
    "Pabrik itu menghentikan produksi selama sepekan .",  # stopping one's own work
    "Polisi menelusuri aset milik tersangka .",  # investigating assets is no freeze
])
def test_other_senses_are_no_such_event(text: str) -> None:
    kinds = _kinds(text)
    assert ("ACCUSE", "allege") not in kinds and ("SANCTION", "discontinue") not in kinds
    assert ("SANCTION", None) not in kinds and ("ACCUSE", "disapprove") not in kinds


def test_a_charge_is_never_an_allegation() -> None:
    text = "Dakwaan jaksa terhadap Rudi Hartono dibacakan di pengadilan ."
    assert ("ACCUSE", "allege") not in _kinds(text)
    assert ("COERCE", "arrest") in _kinds(text)


def test_a_protest_letter_is_a_complaint_to_each_addressee_not_a_demonstration() -> None:
    text = "Klub Bintang Timur mengirimkan surat protes kepada PSSI dan operator liga ."
    events = code_with(text, entity(text, "ORG", "Bintang Timur", "Klub Bintang Timur"),
                       entity(text, "ORG", "PSSI", "PSSI"))
    assert not [e for e in events if e.type == "PROTEST"]
    assert ("Bintang Timur", "PSSI") in sides(events, "ACCUSE")


def test_a_wrong_reported_with_no_one_named_is_still_a_complaint() -> None:
    text = "Sinta Dewi kemudian melaporkan kejadian itu ke Polsek Depok ."
    events = code_with(text, entity(text, "PERSON", "Sinta Dewi", "Sinta Dewi"),
                       entity(text, "ORG", "Polsek Depok", "Polsek Depok"))
    assert [e.source.name for e in events if e.type == "ACCUSE"] == ["Sinta Dewi"]


def test_reporting_something_about_no_one_stays_no_event() -> None:
    text = "Sinta Dewi kemudian melaporkan hal itu kepada polisi ."
    events = code_with(text, entity(text, "PERSON", "Sinta Dewi", "Sinta Dewi"))
    assert not [e for e in events if e.type == "ACCUSE"]


def test_an_offer_to_mediate_is_an_agreement_not_help() -> None:
    text = "Raja Hasan mengatakan bahwa dia bersedia membantu menengahi perundingan kedua negara ."
    events = code_with(text, entity(text, "PERSON", "Raja Hasan", "Raja Hasan"))
    assert [e.type for e in events] == ["AGREE"]
    assert events[0].modality == "planned"


def test_what_a_happening_prompted_is_no_request() -> None:
    text = ("Menteri itu memperingatkan Negeri Utara soal uji coba rudal , yang mendorong Negeri Utara "
            "untuk membatalkan latihan militernya .")
    events = code_with(text, entity(text, "PERSON", "Menteri", "Menteri"),
                       entity(text, "LOC", "Negeri Utara", "Negeri Utara"))
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_relative_clause_on_the_subject_still_urges() -> None:
    text = "Gubernur Rina Halim , yang mendorong bupati untuk mempercepat penyaluran dana , hadir di rapat itu ."
    events = code_with(text, entity(text, "PERSON", "Rina Halim", "Rina Halim"))
    assert [e.type for e in events if e.type == "REQUEST"] == ["REQUEST"]


def test_a_minister_opening_the_sentence_is_no_clause_before_the_relative() -> None:
    text = "Menteri Rina Halim , yang mendorong bupati untuk mempercepat penyaluran dana , hadir di rapat itu ."
    events = code_with(text, entity(text, "PERSON", "Rina Halim", "Rina Halim"))
    assert [e.type for e in events if e.type == "REQUEST"] == ["REQUEST"]


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Yayasan itu siap melanjutkan kerja sama dengan pemerintah kabupaten .", "AGREE", None),
    ("Kedua kota menandatangani perjanjian kerja sama di bidang pariwisata .", "AGREE", None),
    ("Saksi itu mengaku siap memenuhi panggilan penyidik pekan depan .", "AGREE", None),
    ("Polisi menyelidiki kericuhan antara dua kelompok suporter itu .", "ASSAULT", None),
])
def test_intent_to_cooperate_and_clashes(text: str, kind: str, mode: str | None) -> None:
    assert (kind, mode) in _kinds(text)


@pytest.mark.parametrize("text", [
    "Kericuhan terjadi setelah laga usai .",  # a riot with no sides named stays a riot
    "Presiden siap menghadiri pembukaan pameran itu .",  # attending an event is no promise to the police
])
def test_their_other_senses(text: str) -> None:
    kinds = _kinds(text)
    assert ("COERCE", None) not in kinds and ("ASSAULT", None) not in kinds and ("AGREE", None) not in kinds


def test_help_no_longer_given_is_help_stopped() -> None:
    text = "Pemerintah Negeri Barat tidak lagi memberikan bantuan kepada Negeri Selatan ."
    events = code_with(text, entity(text, "LOC", "Negeri Barat", "Negeri Barat"),
                       entity(text, "LOC", "Negeri Selatan", "Negeri Selatan"))
    assert [(e.type, e.mode, e.negated) for e in events] == [("SANCTION", "discontinue", False)]


def test_help_refused_once_stays_a_negated_aid() -> None:
    assert ("SANCTION", "discontinue") not in _kinds("Pemerintah tidak memberikan bantuan kepada yayasan itu .")


@pytest.mark.parametrize(("text", "kind"), [
    ("Serangan-serangan milisi itu menewaskan puluhan petani .", "ASSAULT"),  # a reduplicated plural
    ("Tuduhan-tuduhannya kepada bupati tidak pernah terbukti .", "ACCUSE"),  # plural with the clitic
    ("Pertemuan-pertemuan kedua partai berlangsung tertutup .", "CONSULT"),
])
def test_reduplicated_plurals_of_act_nouns_are_their_acts(text: str, kind: str) -> None:
    assert kind in [k for k, _ in _kinds(text)]


def test_reduplicated_words_that_are_no_trigger_stay_none() -> None:
    assert _kinds("Anak-anak desa itu bermain bola di lapangan .") == []
