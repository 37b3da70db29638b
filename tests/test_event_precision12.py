"""Precision round 12: general readings that tell no event (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.article.event_teasers import linked_headline, teaser_spans
from warta.article.events import find_events
from warta.article.sentences import split_sentences


def _events(text: str) -> list[tuple[str, str]]:
    """(type, trigger sentence) of each event the coder finds in ``text``."""
    return [(e.type, e.evidence[0].sentence) for e in find_events(text, split_sentences(text), [], [], quotes=[])]


def _types(text: str) -> list[str]:
    return [kind for kind, _ in _events(text)]


# A link label with another story's headline on its own line is a link, no report of the article's own.
@pytest.mark.parametrize("line", [
    "Baca juga : Polisi Tangkap Dua Perampok Toko Emas",
    "[ Baca juga : Warga Serang Pos Polisi di Perbatasan ]",
    "Berita terkait: Menteri Kecam Penangkapan Nelayan",
])
def test_a_label_with_a_headline_is_a_link(line: str) -> None:
    assert linked_headline(line)
    text = f"Polisi menangkap dua pencuri di pasar itu.\n{line}\nWarga mengapresiasi kerja polisi."
    spans = teaser_spans(text)
    start = text.index(line)
    assert any(first <= start < last for first, last in spans)
    assert not any(first <= 0 < last for first, last in spans)  # the article's own sentence stays
    assert all(line not in sentence for _, sentence in _events(text))


@pytest.mark.parametrize("line", [
    "Baca juga pernyataan lengkap polisi di laman resminya.",  # a sentence, not a headline
    "Polisi Tangkap Dua Perampok Toko Emas",  # no label
    "Baca juga : " + " ".join(["kata"] * 40),  # a whole text run together on one line
])
def test_a_sentence_or_a_line_without_label_is_no_link(line: str) -> None:
    assert not linked_headline(line)


# A capitalised treaty noun before a name is the treaty's name, no agreement told.
@pytest.mark.parametrize("text", [
    "Tiga negara itu tidak ikut dalam Perjanjian Paris.",
    "Pemerintah menilai Protokol Kyoto sudah tidak relevan.",
])
def test_a_treaty_named_is_no_agreement(text: str) -> None:
    assert "AGREE" not in _types(text)


def test_an_agreement_reached_stays() -> None:
    assert "AGREE" in _types("Pemerintah Indonesia dan Malaysia menandatangani kesepakatan baru soal perbatasan.")
    assert "AGREE" in _types("Menteri Luar Negeri Retno menandatangani Perjanjian Paris di New York.")


# Killing or wounding told after an attack in its clause is what the attack did: one event.
@pytest.mark.parametrize("text", [
    "Seorang pria menyerang pos polisi itu dan melukai dua petugas.",
    "Kelompok bersenjata menembaki bus itu sehingga menewaskan tiga penumpang.",
])
def test_an_attack_outcome_is_no_second_attack(text: str) -> None:
    assert _types(text).count("ASSAULT") == 1


def test_a_killing_told_on_its_own_stays() -> None:
    assert "ASSAULT" in _types("Pasukan pemberontak menewaskan lima tentara di perbatasan.")
    # no attack told before it in the clause: the killing is the attack
    assert "ASSAULT" in _types("Pasukan pemberontak mendatangi desa itu dan menewaskan lima tentara.")
    # after a comma the wounding is a clause of its own
    assert _types("Pria itu memukul tetangganya, dan melukai dua warga lain.").count("ASSAULT") == 2


# Senses of lexicon words that tell no event: asking to stay unnamed, endangering something.
@pytest.mark.parametrize("text", [
    'Pasukan itu sudah pergi, kata seorang warga yang namanya minta dirahasiakan.',
    'Seorang pejabat, yang meminta dirahasiakan identitasnya, membenarkan kabar itu.',
])
def test_asking_to_stay_unnamed_is_no_request(text: str) -> None:
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize("text", [
    "Menurut menteri itu, pembangunan pabrik tersebut mengancam keselamatan warga desa.",
    "Kebijakan itu dinilai mengancam kedaulatan Indonesia.",
])
def test_endangering_is_no_threat(text: str) -> None:
    assert "THREATEN" not in _types(text)


def test_a_threat_made_stays() -> None:
    assert "THREATEN" in _types("Presiden Korea Utara mengancam Amerika Serikat dengan serangan rudal.")


@pytest.mark.parametrize("text", [
    "Ratusan mahasiswa melakukan penandatanganan petisi menolak kenaikan harga BBM di depan kampus.",
    "Ribuan warga menandatangani petisi menentang penggusuran pasar itu.",
])
def test_signing_a_petition_is_a_protest(text: str) -> None:
    kinds = _types(text)
    assert "PROTEST" in kinds
    assert "AGREE" not in kinds


def test_signing_a_treaty_stays_an_agreement() -> None:
    assert "AGREE" in _types("Kedua menteri melakukan penandatanganan perjanjian kerja sama di Jakarta.")


@pytest.mark.parametrize("text", [
    "Bupati itu menghadiri pemeriksaan di Gedung KPK pada Senin pagi.",
    "Saksi tersebut akhirnya menghadiri panggilan penyidik Polda Metro Jaya.",
])
def test_attending_questioning_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in _types(text)


def test_attending_a_meeting_stays_a_meeting() -> None:
    assert "CONSULT" in _types("Menteri Luar Negeri Retno menghadiri rapat dengan Menteri Pertahanan Jepang.")


def test_a_court_setting_evidence_aside_is_no_rejection() -> None:
    text = "Jaksa meminta majelis hakim mengesampingkan keterangan saksi Budi dalam sidang itu."
    assert "REJECT" not in _types(text)
    assert "REJECT" in _types("Presiden Prancis mengesampingkan usulan Jerman soal pajak digital.")


@pytest.mark.parametrize("text", [
    "Para pengemudi meminta hasil rapat ini dikawal oleh anggota dewan.",
    "Dalam rapat tersebut, Gubernur Anies memaparkan rencana penataan kawasan itu.",
])
def test_a_meeting_named_again_as_setting_or_origin_is_no_new_meeting(text: str) -> None:
    coded = _events(f"Wali Kota Budi rapat dengan Gubernur Anies di Balai Kota. {text}")
    assert ("CONSULT", "Wali Kota Budi rapat dengan Gubernur Anies di Balai Kota.") in coded
    assert not any(kind == "CONSULT" and sentence == text for kind, sentence in coded)


@pytest.mark.parametrize(("text", "kind"), [
    ("Petugas itu memeras para pedagang dengan cara memaksa mereka membayar uang keamanan.", "COERCE"),
    ("Polisi melumpuhkan perampok itu dengan menembak kakinya.", "ASSAULT"),
])
def test_the_manner_of_an_act_is_that_act(text: str, kind: str) -> None:
    assert _types(text).count(kind) == 1


def test_an_act_after_dengan_with_no_act_before_stays() -> None:
    assert "COERCE" in _types("Polisi merespons laporan warga dengan menangkap dua pencuri itu.")


@pytest.mark.parametrize("text", [
    "Hal yang memberatkan, perbuatan terdakwa tidak mendukung program pemerintah dalam memberantas korupsi.",
    "Menurut majelis hakim, tindakan Bupati itu tidak mendukung upaya pemerintah memberantas narkoba.",
])
def test_a_deed_judged_backs_no_one(text: str) -> None:
    assert "SUPPORT" not in _types(text)


def test_a_party_backing_a_candidate_stays() -> None:
    assert "SUPPORT" in _types("Partai Golkar mendukung Ridwan Kamil dalam pemilihan gubernur.")


def _killing_is_hazard(text: str) -> bool:
    from warta.article.event_lexicon import find_triggers, tokenize
    from warta.article.event_senses import hazard_subject

    tokens = tokenize(text, 0, len(text))
    killings = [m for m in find_triggers(tokens) if tokens[m.first].low in ("menewaskan", "melukai")]
    assert killings, text
    return hazard_subject(killings[0], tokens)


@pytest.mark.parametrize("text", [
    "Bus yang membawa 40 penumpang itu terbalik dan menewaskan tiga penumpang.",
    "Asrama yang dihuni 300 santri itu terbakar dan menewaskan lima santri.",
])
def test_a_mishap_that_kills_is_no_attack(text: str) -> None:
    assert _killing_is_hazard(text)


def test_a_bomb_or_an_attacker_that_kills_stays_an_attack() -> None:
    assert not _killing_is_hazard("Bom itu meledak di pasar dan menewaskan sepuluh orang.")
    assert not _killing_is_hazard("Kelompok bersenjata itu menyerbu desa dan menewaskan lima warga.")


def test_land_named_by_its_occupation_is_no_seizure() -> None:
    from warta.article.event_filters import described_by_stance
    from warta.article.event_lexicon import find_triggers, tokenize

    def dropped(text: str) -> bool:
        tokens = tokenize(text, 0, len(text))
        seizing = [m for m in find_triggers(tokens) if m.row.type == "COERCE"]
        assert seizing, text
        return described_by_stance(seizing[0], tokens)

    assert dropped("PBB mengecam pembangunan permukiman di wilayah Suriah yang diduduki Israel.")
    assert not dropped("Gedung parlemen itu diduduki ribuan mahasiswa sejak Senin.")
    assert not dropped("Pasukan Israel menduduki wilayah itu pada 1967.")


@pytest.mark.parametrize("text", [
    "Jaksa menyerahkan berkas penyidikan kasus itu ke pengadilan.",
    "Penyidik memutar video pemeriksaan saksi di ruang sidang.",
    "Polisi menemukan surat perintah penyidikan palsu di rumah pelaku.",
])
def test_a_record_named_after_an_act_is_no_act(text: str) -> None:
    from warta.article.event_filters import job_title
    from warta.article.event_lexicon import find_triggers, tokenize

    tokens = tokenize(text, 0, len(text))
    acts = [m for m in find_triggers(tokens) if tokens[m.first].low in ("penyidikan", "pemeriksaan")]
    assert acts and job_title(acts[0], tokens)


def test_an_investigation_told_stays() -> None:
    from warta.article.event_filters import job_title
    from warta.article.event_lexicon import find_triggers, tokenize

    text = "KPK melakukan penyidikan terhadap Bupati Budi."
    tokens = tokenize(text, 0, len(text))
    acts = [m for m in find_triggers(tokens) if tokens[m.first].low == "penyidikan"]
    assert acts and not job_title(acts[0], tokens)


@pytest.mark.parametrize("text", [
    "Para pengungsi di Sigi sangat membutuhkan bantuan pemerintah.",
    "Warga korban banjir itu masih perlu bantuan dari Dinas Sosial.",
])
def test_help_needed_is_no_help_given(text: str) -> None:
    assert "AID" not in _types(text)


def test_help_sent_stays() -> None:
    assert "AID" in _types("Kementerian Sosial memberikan bantuan kepada para pengungsi di Sigi.")
