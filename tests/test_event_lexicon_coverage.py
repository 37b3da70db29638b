"""Trigger rows grown from what Indonesian news says (``warta.train.trigger_candidates``), and the
worksheet script that lists the word families no row covers. Every sentence is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_events_context import code_with, entity, who
from warta.article.event_lexicon import find_triggers, tokenize
from warta.train import trigger_candidates as tc


def _triggers(text: str) -> list[tuple[str, str, str | None]]:
    tokens = tokenize(text)
    return [(" ".join(t.text for t in tokens[m.first:m.last]), m.row.type, m.row.mode)
            for m in find_triggers(tokens)]


def _types(text: str) -> list[str]:
    return [kind for _, kind, _ in _triggers(text)]


# --------------------------------------------------------------------------- added families, every form


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Aparat desa memaksa warga menandatangani surat itu .", "COERCE", None),  # active
    ("Para pedagang dipaksa membongkar lapak mereka .", "COERCE", None),  # passive
    ("Laskar Timur merebut bandara kota itu pada Selasa .", "COERCE", "seize"),
    ("Markas itu direbut pasukan pemerintah .", "COERCE", "seize"),  # the seized place before the passive
    ("Massa merusak kantor kecamatan dan dua mobil dinas .", "ASSAULT", "seize"),
    ("Pos ronda itu dirusak sekelompok pemuda .", "ASSAULT", "seize"),
    ("Polisi menyelidiki perusakan kantor desa tersebut .", "ASSAULT", "seize"),  # nominal
    ("Kejaksaan menelusuri aliran dana yayasan itu .", "ACCUSE", "investigate"),
    ("Rekening bendahara partai itu ditelusuri penyidik .", "ACCUSE", "investigate"),
    ("Ombudsman merekomendasikan agar wali kota mencabut aturan itu .", "REQUEST", None),
    ("Bupati menyuruh camat mendata warga yang terdampak .", "REQUEST", None),
    ("Kepala desa itu disuruh mengembalikan dana bantuan .", "REQUEST", None),
    ("Dinas Kesehatan menganjurkan warga memakai masker .", "REQUEST", None),
    ("Buruh pabrik menagih janji gubernur soal upah .", "REQUEST", None),
    ("Ajakan ketua partai kepada lawan politiknya ditanggapi dingin .", "REQUEST", None),
    ("Seorang pejabat dinas tertangkap tangan menerima suap .", "COERCE", "arrest"),
    ("Yayasan itu kerap menghina pemerintah daerah di media sosial .", "ACCUSE", "disapprove"),
    ("Partai Bulan mengusung Rina Halim sebagai calon wali kota .", "SUPPORT", None),
    ("Budi Santoso diusung tiga partai dalam pemilihan bupati .", "SUPPORT", None),
    ("Gubernur memberhentikan kepala dinas yang terlibat kasus itu .", "COERCE", None),
    ("Sebanyak 300 personel ditempatkan di sekitar gedung dewan .", "MOBILIZE", "troops"),
    ("Pasukan penjaga perdamaian itu ditarik dari wilayah sengketa .", "RETREAT", "withdraw"),
    ("Negara donor mengumumkan pemangkasan bantuan kepada pemerintah junta .", "SANCTION", "discontinue"),
    ("Serangan itu dibalas pasukan pemerintah dengan tembakan artileri .", "ASSAULT", None),
    ("Pemerintah pusat mengambil alih pemerintahan provinsi itu .", "COERCE", "seize"),
    ("Kelompok bersenjata itu mengintimidasi warga desa .", "THREATEN", None),
    ("Pasukan junta mengepung kota pelabuhan itu selama sepekan .", "COERCE", "restrict"),
    ("Milisi itu membantai puluhan petani di lembah tersebut .", "ASSAULT", "massacre"),
    ("Dua partai kecil bersekutu dengan partai penguasa .", "COOPERATE", None),
    ("Serikat buruh akhirnya bersedia berkompromi dengan direksi .", "CONCEDE", None),
])
def test_a_family_grown_from_the_news_codes_its_form(text: str, kind: str, mode: str | None) -> None:
    assert (kind, mode) in [(t, m) for _, t, m in _triggers(text)]


@pytest.mark.parametrize("text", [
    "Gol itu merebut trofi pertama klub musim ini .",  # a title, not a place
    "Narkoba merusak generasi muda .",  # no property named
    "Kami menelusuri pantai selatan pulau itu .",  # a trip, not a case
    "Pemain itu tertangkap kamera sedang tertawa .",  # caught on camera
    "Album baru itu mengusung tema persahabatan .",  # a theme, not a candidate
    "Pabrik itu memberhentikan karyawannya karena pesanan turun .",  # a layoff: economics
    "Teknisi ditempatkan di ruang mesin .",  # nobody armed placed
    "Anak-anak diajak bermain di taman kota .",  # play, not an appeal
])
def test_the_same_words_in_other_senses_code_nothing(text: str) -> None:
    assert _types(text) == []


# --------------------------------------------------------------------------- the clitic -nya


def test_a_one_word_trigger_with_the_clitic_keeps_its_row() -> None:
    assert ("menangkapnya", "COERCE", "arrest") in _triggers("Polisi menangkapnya di terminal bus .")
    assert ("kunjungannya", "CONSULT", "visit") in _triggers("Dalam kunjungannya , menteri itu bertemu petani .")


def test_a_clitic_never_stands_for_a_required_object() -> None:
    # "memberikan" is AID only with "bantuan" and the like after it; "-nya" names no such thing
    assert _types("Panitia memberikannya kepada pemenang lomba .") == []


def test_a_short_word_ending_in_nya_is_no_trigger() -> None:
    assert _types("Dianya sendiri tidak datang .") == []


def test_the_clitic_verb_is_coded_with_its_subject() -> None:
    text = "Polres Bantul menangkapnya di sebuah rumah kos ."
    events = code_with(text, entity(text, "ORG", "Polres Bantul", "Polres Bantul"))
    assert [(e.type, who(e.source)) for e in events] == [("COERCE", "Polres Bantul")]


def test_tracing_a_case_is_an_inquiry_by_the_one_tracing() -> None:
    text = "Kejaksaan Negeri Sleman menelusuri aliran dana Budi Santoso ."
    events = code_with(text, entity(text, "ORG", "Kejaksaan Negeri Sleman", "Kejaksaan Negeri Sleman"),
                       entity(text, "PERSON", "Budi Santoso", "Budi Santoso"))
    assert [(e.type, e.mode, who(e.source)) for e in events] == [
        ("ACCUSE", "investigate", "Kejaksaan Negeri Sleman")]


# --------------------------------------------------------------------------- the worksheet script


def test_affixed_words_are_grouped_by_their_root() -> None:
    docs = [tc.NewsDoc("a", "Warga memprotes rencana itu . Rencana itu diprotes keras ."),
            tc.NewsDoc("b", "Protes warga berlanjut . Mereka menuntut pembatalan ."),
            tc.NewsDoc("c", "Pemerintah membatalkan rencana itu .")]
    families = tc.families_of(docs, examples=2)
    assert set(families["protes"].forms) == {"memprotes", "diprotes"}
    assert families["protes"].docs == {"a"}  # the bare "Protes" is no affixed word
    assert families["batal"].docs == {"b", "c"}
    assert len(families["batal"].examples) == 2  # one example per document


def test_bare_roots_and_grammatical_words_have_no_family() -> None:
    assert tc.affixed_root("rumah") is None
    assert tc.affixed_root("tersebut") is None
    assert tc.affixed_root("terhadap") is None
    assert tc.affixed_root("menangkap") == "tangkap"


def test_families_the_lexicon_covers_are_not_listed() -> None:
    covered = tc.lexicon_roots()
    assert "tangkap" in covered  # menangkap, ditangkap, penangkapan
    docs = [tc.NewsDoc(name, "Polisi menangkap dua orang . Warga menanam padi .") for name in "abc"]
    listed = [family.root for family in tc.uncovered(tc.families_of(docs, 1), covered, min_docs=3)]
    assert listed == ["tanam"]


def test_a_family_below_the_document_count_is_not_listed() -> None:
    docs = [tc.NewsDoc("a", "Warga menanam padi ."), tc.NewsDoc("b", "Petani menanam jagung .")]
    assert tc.uncovered(tc.families_of(docs, 1), set(), min_docs=3) == []


def test_test_gold_documents_are_never_read(tmp_path: Path) -> None:
    (tmp_path / "indosum").mkdir()
    records = [{"id": "held-out", "paragraphs": [[["Rahasia", "uji", "."]]]},
               {"id": "open", "paragraphs": [[["Berita", "terbuka", "."]]]}]
    (tmp_path / "indosum" / "dev.01.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records), encoding="utf-8")
    gold = tmp_path / "gold"
    (gold / "test").mkdir(parents=True)
    (gold / "test" / "one.json").write_text(json.dumps({"doc": "indosum:held-out"}), encoding="utf-8")
    names = [doc.name for doc in tc.news_docs(tmp_path, gold)]
    assert names == ["indosum:open"]


def test_idner_sentences_are_one_document_each(tmp_path: Path) -> None:
    (tmp_path / "idner-news-2k").mkdir()
    (tmp_path / "idner-news-2k" / "train.txt").write_text(
        "Polisi PROPN O\r\nmenangkap VERB O\r\n\r\nWarga NOUN O\r\nmenanam VERB O\r\n", encoding="utf-8")
    docs = list(tc.idner_sentence_docs(tmp_path))
    assert [doc.text for doc in docs] == ["Polisi menangkap", "Warga menanam"]


def test_the_report_lists_forms_and_examples() -> None:
    docs = [tc.NewsDoc(name, "Petani menanam padi .") for name in "abc"]
    lines = list(tc.report_lines(tc.uncovered(tc.families_of(docs, 2), set(), 3)))
    assert lines[0].split("\t")[:3] == ["1", "tanam", "3 docs"]
    assert "menanam 3" in lines[0]
    assert lines[1].strip() == "- Petani menanam padi ."
