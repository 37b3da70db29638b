"""Quotes: direct and reported speech, speakers, and the stage in the pipeline.

The articles here are written for these tests (fictional events, Indonesian news style).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.quote_reading import only, quotes_of
from warta.api import analyze
from warta.article.actors import ActorTracker, actor_for_span
from warta.article.entities import find_article_entities
from warta.article.quotemarks import marked_spans
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import ActorRef, Entity


def span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


# --- actors -------------------------------------------------------------------------------


ACTORS = (
    "Juru bicara Kremlin Dmitry Peskov tiba di Ankara. Kementerian Pertahanan Rusia mengeluarkan "
    "pernyataan. Seorang pejabat AS yang menginginkan namanya dirahasiakan ikut hadir. Pihak Kremlin "
    "menolak. Mantan pejabat itu pulang. Menteri Luar Negeri Rusia Sergei Lavrov menyusul. Menteri itu "
    "tersenyum."
)


@pytest.fixture(scope="module")
def actor_entities() -> list[Entity]:
    return find_article_entities(ACTORS, "a1", use_model=False)


def test_person_with_role_before_the_name(actor_entities: list[Entity]) -> None:
    actor = actor_for_span(ACTORS, *span_of(ACTORS, "Juru bicara Kremlin Dmitry Peskov"), actor_entities, "a1")
    assert actor is not None and actor.name == "Dmitry Peskov" and actor.entity is not None
    assert actor.description == "Juru bicara Kremlin"


def test_organisation_and_government_side(actor_entities: list[Entity]) -> None:
    ministry = actor_for_span(ACTORS, *span_of(ACTORS, "Kementerian Pertahanan Rusia"), actor_entities, "a1")
    assert ministry is not None and ministry.name == "Kementerian Pertahanan Rusia"
    kremlin = actor_for_span(ACTORS, *span_of(ACTORS, "Pihak Kremlin"), actor_entities, "a1")
    assert kremlin is not None and kremlin.name == "Kremlin" and kremlin.description is None


def test_anonymous_descriptor_keeps_its_words(actor_entities: list[Entity]) -> None:
    phrase = "Seorang pejabat AS yang menginginkan namanya dirahasiakan"
    actor = actor_for_span(ACTORS, *span_of(ACTORS, phrase), actor_entities, "a1")
    assert actor == ActorRef(description="pejabat AS yang menginginkan namanya dirahasiakan")


def test_pronoun_alone_is_not_an_actor(actor_entities: list[Entity]) -> None:
    text = ACTORS + " Dia pergi."
    assert actor_for_span(text, *span_of(text, "Dia"), actor_entities, "a1") is None


def test_tracker_chains_anaphors(actor_entities: list[Entity]) -> None:
    tracker = ActorTracker(ACTORS, actor_entities, "a1", split_sentences(ACTORS))
    official = tracker.resolve(*span_of(ACTORS, "Seorang pejabat AS yang menginginkan namanya dirahasiakan"))
    assert tracker.resolve(*span_of(ACTORS, "Mantan pejabat itu")) == official
    lavrov = tracker.resolve(*span_of(ACTORS, "Menteri Luar Negeri Rusia Sergei Lavrov"))
    assert lavrov is not None and lavrov.name == "Sergei Lavrov"
    assert tracker.resolve(*span_of(ACTORS, "Menteri itu")) == lavrov


# --- quote marks --------------------------------------------------------------------------


def test_marks_of_every_kind_and_apostrophes() -> None:
    text = "“Satu dua tiga,” katanya. „Empat lima“ « enam tujuh » Jum’at ‘delapan sembilan’"
    inner = [text[m.start:m.end] for m in marked_spans(text)]
    assert inner == ["Satu dua tiga", "Empat lima", "enam tujuh", "delapan sembilan"]


def test_tokenised_straight_marks_pair_by_order() -> None:
    text = '" Kami siap , " kata dia . " Besok kami berangkat . "'
    inner = [text[m.start:m.end] for m in marked_spans(text)]
    assert inner == ["Kami siap", "Besok kami berangkat ."]


def test_lost_marks_give_open_ended_stretches() -> None:
    text = "Kami tidak tahu apa-apa,” kata Peskov.\n\n“Pertemuan itu tidak pernah ada"
    spans = marked_spans(text)
    assert [(text[m.start:m.end], m.opened, m.closed) for m in spans] == [
        ("Kami tidak tahu apa-apa", False, True),
        ("Pertemuan itu tidak pernah ada", True, False),
    ]


# --- direct quotes ------------------------------------------------------------------------


def test_speaker_after_the_quote_and_clitic_continuation() -> None:
    text = (
        "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta pada Senin.\n\n"
        "“Kami datang untuk berunding, bukan untuk berdebat,” kata Lavrov kepada wartawan.\n\n"
        "“Semua pihak harus menahan diri,” ujarnya."
    )
    quotes = quotes_of(text)
    first, second = only(quotes, "Kami datang"), only(quotes, "Semua pihak")
    assert first.text == "Kami datang untuk berunding, bukan untuk berdebat"
    assert first.direct and first.cue == "kata" and first.speaker.name == "Sergei Lavrov"
    assert second.cue == "ujarnya" and second.speaker == first.speaker
    assert [q.id for q in quotes] == ["a1-q1", "a1-q2"]


def test_speaker_before_the_quote_and_pronoun() -> None:
    text = (
        "Presiden Joko Widodo membuka pertemuan itu di Bogor. Ia mengatakan, \"Indonesia siap menjadi "
        "penengah bagi kedua negara.\""
    )
    quote = only(quotes_of(text), "Indonesia siap")
    assert quote.direct and quote.cue == "mengatakan"
    assert quote.speaker.name == "Joko Widodo"


def test_partial_quote_inside_a_sentence() -> None:
    text = 'Juru bicara Gedung Putih Karine Jean-Pierre mengatakan AS "bersemangat untuk membantu" Ukraina.'
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["bersemangat untuk membantu"]
    assert quotes[0].direct and quotes[0].speaker.name == "Karine Jean-Pierre"


def test_multi_paragraph_quote_takes_the_closing_speaker() -> None:
    text = (
        "Kapolri Jenderal Listyo Sigit Prabowo memberi keterangan di Mabes Polri.\n\n"
        "“Kami sudah memeriksa dua belas saksi dan mengamankan barang bukti di lokasi.\n\n"
        "“Penyidikan akan terus berjalan sampai semua pelaku tertangkap,” kata Listyo."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [
        "Kami sudah memeriksa dua belas saksi dan mengamankan barang bukti di lokasi.",
        "Penyidikan akan terus berjalan sampai semua pelaku tertangkap",
    ]
    assert quotes[0].speaker == quotes[1].speaker and quotes[1].speaker.name == "Listyo Sigit Prabowo"


def test_colon_introduces_the_next_paragraph() -> None:
    text = "Gubernur Jawa Tengah Ahmad Santoso menjelaskan:\n\n\"Bantuan tiba besok pagi di Semarang.\""
    quote = only(quotes_of(text), "Bantuan tiba")
    assert quote.cue == "menjelaskan" and quote.speaker.name == "Ahmad Santoso"


def test_scare_quotes_are_not_quotes() -> None:
    text = 'Kapal "Nusantara" berlayar ke Ambon. Program itu disebut "Jokowinomics" oleh media.'
    assert quotes_of(text) == []


def test_unknown_speaker_is_an_empty_actor() -> None:
    text = "Hujan turun sejak pagi.\n\n“Semua jalan di kampung kami sudah tergenang air setinggi lutut.”"
    quote = only(quotes_of(text), "Semua jalan")
    assert quote.direct and quote.cue is None and quote.speaker == ActorRef()


# --- indirect speech ----------------------------------------------------------------------


def test_reported_speech_after_bahwa_and_after_comma() -> None:
    text = (
        "Kepala Basarnas Henry Bambang Soelistyo mengatakan bahwa serpihan itu milik pesawat yang hilang. "
        "Soelistyo juga mengatakan, tim penyelam akan diturunkan besok."
    )
    quotes = quotes_of(text)
    assert [(q.text, q.direct, q.cue) for q in quotes] == [
        ("serpihan itu milik pesawat yang hilang", False, "mengatakan"),
        ("tim penyelam akan diturunkan besok", False, "mengatakan"),
    ]
    assert {q.speaker.name for q in quotes} == {"Henry Bambang Soelistyo"}


def test_organisation_speaks() -> None:
    text = "Kementerian Pertahanan Rusia menyatakan pasukannya telah ditarik dari Kherson."
    quote = only(quotes_of(text), "pasukannya")
    assert quote.speaker.name == "Kementerian Pertahanan Rusia" and quote.speaker.entity is not None


def test_menurut_before_and_after() -> None:
    text = (
        "Menurut seorang sumber, pertemuan itu berlangsung dua jam. "
        "Harga beras akan turun bulan depan, menurut Badan Pusat Statistik."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["pertemuan itu berlangsung dua jam", "Harga beras akan turun bulan depan"]
    assert quotes[0].speaker == ActorRef(description="seorang sumber")
    assert quotes[1].speaker.name == "Badan Pusat Statistik"


def test_inverted_cue_without_marks() -> None:
    text = "Pesawat itu hilang kontak pukul 07.24 WIB, kata Direktur Utama Garuda Indonesia Irfan Setiaputra."
    quote = only(quotes_of(text), "Pesawat itu")
    assert not quote.direct and quote.text == "Pesawat itu hilang kontak pukul 07.24 WIB"
    assert quote.speaker.name == "Irfan Setiaputra"


def test_negated_verb_reports_nothing() -> None:
    text = "Dmitry Peskov tidak mengatakan apa pun soal pertemuan itu."
    assert quotes_of(text) == []


def test_anonymous_official_is_one_speaker_across_the_article() -> None:
    text = (
        "Seorang pejabat AS yang menolak disebutkan namanya mengatakan pertemuan itu berlangsung di Ankara.\n\n"
        "“Ini bukan negosiasi,” kata pejabat itu.\n\n"
        "Mantan pejabat tersebut menambahkan bahwa Washington sudah memberi tahu Kyiv."
    )
    quotes = quotes_of(text)
    assert len(quotes) == 3
    assert {q.speaker.description for q in quotes} == {"pejabat AS yang menolak disebutkan namanya"}
    assert all(q.speaker.entity is None for q in quotes)


def test_english_reported_and_direct() -> None:
    text = (
        'U.S. Secretary of State Antony Blinken said that the talks would resume next week. '
        '"We are ready to help," he said.'
    )
    quotes = quotes_of(text)
    assert [(q.text, q.direct) for q in quotes] == [
        ("the talks would resume next week", False), ("We are ready to help", True),
    ]
    assert quotes[0].speaker.name == quotes[1].speaker.name == "Antony Blinken"


def test_offsets_index_the_text() -> None:
    text = "“Kami siap,” kata Ketua KPU Hasyim Asyari. KPU menyatakan pemilu tetap digelar pada Februari."
    for quote in quotes_of(text):
        assert text[quote.start:quote.end] == quote.text


# --- pipeline and spaCy -------------------------------------------------------------------


ARTICLE = """Rusia bantah pertemuan di Ankara

JAKARTA, Kabar - Juru bicara Kremlin Dmitry Peskov mengatakan bahwa pertemuan di Ankara tidak pernah membahas perang.

"Kami tidak tahu apa-apa soal rencana itu," kata Peskov kepada wartawan di Moskwa, Senin.

Menurut seorang pejabat AS yang menginginkan namanya dirahasiakan, pertemuan berlangsung selama dua jam.
"""


def test_analyze_fills_quotes(write: Any, validate: Any) -> None:
    path: Path = write("berita.txt", ARTICLE)
    analysis = analyze([str(path)])
    data = validate(analysis)
    quotes = data["quotes"]
    body = analysis.articles[0].body
    assert len(quotes) == 3
    assert all(body[q["start"]:q["end"]] == q["text"] for q in quotes)
    peskov = next(e for e in data["entities"] if e["name"] == "Dmitry Peskov")
    assert [q["speaker"]["entity"] for q in quotes[:2]] == [peskov["id"], peskov["id"]]
    assert quotes[0]["speaker"]["description"] == "Juru bicara Kremlin"  # the dateline is no part of it
    assert quotes[2]["speaker"]["entity"] is None and "pejabat AS" in quotes[2]["speaker"]["description"]


def test_spacy_component() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_quotes")
    doc = nlp('"Kami tidak tahu apa-apa," kata juru bicara Kremlin Dmitry Peskov. '
              "Ia mengatakan bahwa pertemuan itu tidak pernah terjadi.")
    assert [(span.text, span.label_) for span in doc.spans["warta_quotes"]] == [
        ("Kami tidak tahu apa-apa", "direct"), ("pertemuan itu tidak pernah terjadi", "indirect"),
    ]
    records = doc.user_data["warta_quotes"]
    assert {r["speaker"]["name"] for r in records} == {"Dmitry Peskov"}
    assert any(e["name"] == "Dmitry Peskov" for e in doc.user_data["warta_entities"])


def test_cue_in_mid_sentence_points_to_the_clause() -> None:
    text = (
        "Menteri Keuangan Bambang Sudarsono menjelaskan dua cara menekan subsidi. "
        "Cara kedua, ujar Bambang, adalah distribusi tertutup bagi pembeli yang berhak. "
        "Subsidi itu harus dikurangi sampai tahun depan, kata Bambang, agar anggaran kembali sehat."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [
        "adalah distribusi tertutup bagi pembeli yang berhak", "Subsidi itu harus dikurangi sampai tahun depan",
    ]
    assert {q.speaker.name for q in quotes} == {"Bambang Sudarsono"}


def test_menurut_without_a_comma_ends_at_the_name() -> None:
    text = "Menteri Keuangan Bambang Sudarsono hadir. Hal ini menurut Bambang tidak seharusnya terjadi."
    quote = only(quotes_of(text), "seharusnya")
    assert quote.text == "tidak seharusnya terjadi" and quote.speaker.name == "Bambang Sudarsono"


def test_documents_are_not_speakers_but_their_authors_are() -> None:
    text = (
        "Hasil jajak pendapat menyatakan warga ingin pemilu dipercepat. "
        "Harga beras naik lima persen sepanjang Mei, menurut survei Badan Pusat Statistik."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Harga beras naik lima persen sepanjang Mei"]
    assert quotes[0].speaker.name == "Badan Pusat Statistik"


def test_title_run_ends_in_the_speakers_name() -> None:
    text = '" Dua pelaku sudah ditangkap , " ujar Kabid Humas Polda Metro Jaya Kombes Ardi Wiranata .'
    quote = only(quotes_of(text), "pelaku")
    assert quote.text == "Dua pelaku sudah ditangkap" and quote.speaker.name == "Ardi Wiranata"


def test_doubled_opening_mark() -> None:
    text = 'Hakim Sarwo Hadi membantah. " " Tidak ada , saya sudah pensiun , " kata Sarwo .'
    quote = only(quotes_of(text), "pensiun")
    assert quote.text == "Tidak ada , saya sudah pensiun" and quote.speaker.name == "Sarwo Hadi"


def test_english_according_to_an_anonymous_official() -> None:
    text = (
        "According to a senior U.S. official who spoke on condition of anonymity, the talks lasted two hours. "
        "The official added that Washington had informed Kyiv."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["the talks lasted two hours", "Washington had informed Kyiv"]
    described = "senior U.S. official who spoke on condition of anonymity"
    assert [q.speaker for q in quotes] == [ActorRef(description=described)] * 2


def test_group_speakers_and_adjuncts_after_the_subject() -> None:
    text = (
        "Sejumlah warga Cibiru menuturkan bahwa genangan air belum dibersihkan. "
        "Mereka menyebut petugas jarang datang. "
        "Pemerintah Kota Bandung melalui juru bicaranya menyatakan anggaran penanganan sudah disiapkan."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [
        "genangan air belum dibersihkan", "petugas jarang datang", "anggaran penanganan sudah disiapkan",
    ]
    assert quotes[0].speaker == quotes[1].speaker == ActorRef(description="warga Cibiru")
    assert (quotes[2].speaker.name or quotes[2].speaker.description) == "Pemerintah Kota Bandung"


def test_asides_and_acronyms_inside_speaker_phrases() -> None:
    text = (
        "Raila Odinga, yang memboikot pemilu ulang karena komisi pemilu gagal berbenah, menyatakan "
        "dirinya mengedepankan persatuan negara. "
        '"Pencarian dilanjutkan besok," kata Kepala Badan SAR Nasional (Basarnas) Henry Bambang Soelistyo.'
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["dirinya mengedepankan persatuan negara", "Pencarian dilanjutkan besok"]
    assert [q.speaker.name for q in quotes] == ["Raila Odinga", "Henry Bambang Soelistyo"]


def test_titles_in_marks_and_object_verbs_are_not_speech() -> None:
    text = (
        'Band itu membuka konser "ONE OK ROCK Ambitions Asia Tour 2018 Live in Singapore" dengan meriah. '
        "Inter Milan melanjutkan laga ke babak perpanjangan waktu."
    )
    assert quotes_of(text) == []


def test_title_abbreviations_inside_speaker_phrases() -> None:
    text = "Menurut dr. Damar Prasetyo, hingga saat ini belum ada data statistik yang mendukung klaim itu."
    quote = only(quotes_of(text), "data statistik")
    assert quote.text == "hingga saat ini belum ada data statistik yang mendukung klaim itu"
    assert "Damar" in (quote.speaker.name or quote.speaker.description or "")


def test_coordinated_verb_takes_the_clause_subject() -> None:
    text = "Hakim ketua Darmawan Saputro pun menutup sidang dan menyatakan vonis itu belum berkekuatan hukum tetap."
    quote = only(quotes_of(text), "vonis")
    assert quote.text == "vonis itu belum berkekuatan hukum tetap" and quote.speaker.name == "Darmawan Saputro"


def test_titles_after_a_cue_and_one_word_datelines() -> None:
    text = (
        'Penyanyi Tina Toon mengatakan film terbarunya, "Cinta Dalam Kardus", tayang pekan depan.\n\n'
        "Rimanews - Seorang pencuri motor tiba-tiba mengaku anggota polisi saat tepergok juru parkir."
    )
    quotes = quotes_of(text)
    # The film title is no quote, and the sentence that holds it is no reported speech of its own.
    assert [q.text for q in quotes] == ["anggota polisi saat tepergok juru parkir"]
    assert quotes[0].speaker == ActorRef(description="pencuri motor")


def test_sebut_saja_is_an_alias_not_a_cue() -> None:
    quotes = quotes_of("Seorang warga, sebut saja Budi, mengatakan bahwa air sudah surut sejak pagi.")
    assert [q.text for q in quotes] == ["air sudah surut sejak pagi"]
    assert quotes[0].speaker == ActorRef(description="Seorang warga")


def test_anaphoric_official_after_an_unnamed_one_is_not_the_last_named_person() -> None:
    from warta.article.entities import find_article_entities
    from warta.article.sentences import split_sentences

    text = ("Direktur CIA William Burns bertemu Sergei Naryshkin di Ankara. Kabar itu disampaikan "
            "seorang pejabat Gedung Putih kepada wartawan. Pejabat yang tidak mau disebut namanya itu "
            "mengatakan bahwa Burns tidak sedang bernegosiasi.")
    entities = find_article_entities(text, "a1", use_model=False)
    quotes = find_quotes(text, split_sentences(text), entities, "a1")
    # "Kabar itu disampaikan …" points back: the meeting is the official's report too.
    assert [q.cue for q in quotes] == ["disampaikan", "mengatakan"]
    assert all(q.speaker.name is None for q in quotes)
    assert quotes[0].speaker == quotes[1].speaker
    assert quotes[1].speaker.description and "pejabat" in quotes[1].speaker.description.lower()
