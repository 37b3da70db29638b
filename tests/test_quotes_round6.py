"""Quotes, round 6: speaker and reported-speech rules found on the newest dev documents,
each checked on articles written for these tests (fictional people and events, Indonesian
news style, some in the space-separated token style of scraped corpora).
"""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


def quote_with(quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in q.text)


def test_minister_short_title_as_speaker_is_the_minister_named_in_full() -> None:
    text = ("Menteri Perhubungan Bayu Santosa meninjau terminal bus Tirtonadi di Solo , Sabtu .\n\n"
            "\" Kami ingin pelayanan mudik tahun ini lebih tertib dan aman , \" kata Menhub usai "
            "meninjau terminal .")
    quote = quote_with(quotes_of(text), "pelayanan mudik")
    assert quote.speaker.name == "Bayu Santosa"


def test_minister_short_title_of_another_field_finds_no_holder() -> None:
    text = ("Menteri Perhubungan Bayu Santosa meninjau terminal bus Tirtonadi di Solo , Sabtu .\n\n"
            "\" Anggaran untuk sekolah tidak akan dipotong tahun depan , \" kata Mendikbud di Jakarta .")
    quote = quote_with(quotes_of(text), "Anggaran untuk sekolah")
    assert quote.speaker.name != "Bayu Santosa"


def test_topic_noun_with_demonstrative_and_auxiliary_is_a_reported_clause() -> None:
    text = ("Bupati Sungai Lestari Darmawan Putra mengatakan hal tersebut merupakan langkah awal "
            "penataan pasar tradisional di kota itu .")
    quote = quote_with(quotes_of(text), "langkah awal")
    assert quote.text.startswith("hal tersebut merupakan")
    assert "Darmawan Putra" in f"{quote.speaker.name} {quote.speaker.description}"


def test_topic_noun_with_demonstrative_and_place_stays_no_quote() -> None:
    text = "Bupati Sungai Lestari Darmawan Putra mengatakan hal itu di depan para pedagang pasar , Senin ."
    assert quotes_of(text) == []


def test_speaker_spelled_another_way_is_the_person_named_in_full() -> None:
    for full, short in (("Yudhi Prasetya", "Yudi"), ("Djoko Santoso", "Joko")):
        text = (f"Asisten manajer Persikota , {full} , kecewa dengan keputusan wasit pada laga Minggu malam .\n\n"
                f"\" Kami akan mengirim surat protes kepada operator liga , \" kata {short} .")
        quote = quote_with(quotes_of(text), "surat protes")
        assert quote.speaker.name == full


def test_speaker_whose_name_differs_by_more_than_spelling_stays_apart() -> None:
    text = ("Asisten manajer Persikota , Yudhi Prasetya , kecewa dengan keputusan wasit pada laga Minggu malam .\n\n"
            "\" Kami akan mengirim surat protes kepada operator liga , \" kata Yudo .")
    quote = quote_with(quotes_of(text), "surat protes")
    assert quote.speaker.name != "Yudhi Prasetya"


def test_passive_cue_opening_the_sentence_reports_the_words_after_the_comma() -> None:
    text = ("Wahyu Hidayat , ketua koperasi tani setempat , menghadiri rapat anggota di balai desa , Kamis .\n\n"
            "Dijelaskan Wahyu , dalam rapat itu pengurus sepakat menaikkan harga beli gabah petani .")
    quote = quote_with(quotes_of(text), "menaikkan harga")
    assert quote.text.startswith("dalam rapat itu pengurus sepakat")
    assert quote.speaker.name == "Wahyu Hidayat"
    assert not quote.direct


def test_speech_reported_inside_an_opening_passive_cue_has_its_own_speaker() -> None:
    text = ("Wahyu Hidayat , ketua koperasi tani setempat , bertemu Bupati Budi Santika di pendopo , Kamis .\n\n"
            "Ditambahkan Wahyu , dalam pertemuan itu Budi juga menyampaikan pemerintah daerah akan "
            "membantu pembelian mesin pengering gabah .")
    quotes = quotes_of(text)
    outer = quote_with(quotes, "dalam pertemuan itu")
    inner = next(q for q in quotes if q.text.startswith("pemerintah daerah akan"))
    assert outer.speaker.name == "Wahyu Hidayat"
    assert inner.speaker.name == "Budi Santika"


def test_reported_content_ends_before_a_clause_on_what_it_led_to() -> None:
    text = ("Gubernur Bank Sentral Hendra Wirawan mengatakan bahwa suku bunga acuan akan naik bulan depan , "
            "yang memicu kekhawatiran para pengusaha properti .")
    quote = quote_with(quotes_of(text), "suku bunga")
    assert quote.text == "suku bunga acuan akan naik bulan depan"


def test_relative_clause_on_a_noun_stays_in_the_content() -> None:
    text = ("Gubernur Bank Sentral Hendra Wirawan mengatakan bahwa suku bunga acuan , yang kini 5 persen , "
            "akan naik bulan depan .")
    quote = quote_with(quotes_of(text), "suku bunga")
    assert quote.text.endswith("akan naik bulan depan")


def test_one_pushed_into_saying_is_the_speaker_of_what_follows() -> None:
    text = ("Serikat pekerja mengancam mogok nasional , yang mendorong Kementerian Ketenagakerjaan untuk "
            "mengatakan bahwa pihaknya akan membuka dialog pekan depan .")
    quote = quote_with(quotes_of(text), "membuka dialog")
    assert quote.text == "pihaknya akan membuka dialog pekan depan"
    assert "Ketenagakerjaan" in f"{quote.speaker.name} {quote.speaker.description}"


def test_one_asked_to_say_something_has_said_nothing() -> None:
    text = ("Serikat pekerja meminta Kementerian Ketenagakerjaan untuk mengatakan bahwa dialog akan "
            "dibuka pekan depan .")
    assert not any("dialog akan" in q.text for q in quotes_of(text))


def test_kalau_right_after_the_verb_opens_the_content() -> None:
    text = ("Direktur Utama PT Kereta Nusantara , Lukman Hakim , menjelaskan kalau dalam rapat itu para investor "
            "berkomitmen menambah modal .")
    quote = quote_with(quotes_of(text), "para investor")
    assert quote.text == "dalam rapat itu para investor berkomitmen menambah modal"


def test_kalau_further_on_is_a_condition_inside_the_content() -> None:
    text = "Lukman Hakim mengatakan pihaknya siap membantu kalau diminta pemerintah daerah ."
    quote = quote_with(quotes_of(text), "membantu")
    assert quote.text.startswith("pihaknya siap membantu")


def test_named_subject_and_active_verb_after_a_marked_cue_is_a_clause() -> None:
    text = ("Kapolsek Cempaka Iptu Yogi Saputra mengisahkan RH mendatangi rumah korban pada Jumat malam "
            "dengan membawa pisau .")
    quote = quote_with(quotes_of(text), "mendatangi rumah")
    assert quote.text.startswith("RH mendatangi rumah korban")


def test_lower_case_topic_after_a_marked_cue_stays_no_quote() -> None:
    text = "Kapolsek Cempaka Iptu Yogi Saputra mengisahkan perjalanan karier anggotanya membongkar kasus itu ."
    assert quotes_of(text) == []


def test_a_laws_words_in_marks_are_cited_not_quoted() -> None:
    text = ("Pasal 12 ayat 3 Peraturan Daerah tentang Pasar Rakyat menyebutkan bahwa \" pedagang wajib "
            "menjaga kebersihan los masing-masing \" .")
    assert not any(q.direct for q in quotes_of(text))


def test_a_person_reading_out_a_law_is_quoted() -> None:
    text = ("Kepala Dinas Perdagangan Rina Marlina menegaskan , \" pedagang wajib menjaga kebersihan los "
            "masing-masing , \" sesuai peraturan daerah .")
    quote = quote_with(quotes_of(text), "kebersihan los")
    assert quote.direct and "Rina Marlina" in f"{quote.speaker.name} {quote.speaker.description}"


_WIRE_LEAD = ("Manila ( ANTARA News ) - Filipina akan menaikkan tarif impor beras mulai bulan depan untuk "
              "melindungi petani lokal , kata {who} , Senin .\n\n"
              "Menteri Pertanian Ramon Dela Cruz mengatakan kepada wartawan bahwa kenaikan tarif itu "
              "akan ditinjau setiap enam bulan .")


def test_post_in_the_lead_is_the_person_named_speaking_in_the_next_paragraph() -> None:
    quote = quote_with(quotes_of(_WIRE_LEAD.format(who="juru bicara senior pemerintah")), "tarif impor")
    assert quote.speaker.name == "Ramon Dela Cruz"


def test_source_kept_unnamed_in_the_lead_stays_unnamed() -> None:
    quote = quote_with(quotes_of(_WIRE_LEAD.format(who="seorang pejabat yang enggan disebut namanya")),
                       "tarif impor")
    assert quote.speaker.name is None


def test_admitting_to_being_something_is_reported_speech_of_the_one_reported() -> None:
    text = ("Sebelum kasus itu ramai , terdapat laporan seorang pedagang yang mengakui menjadi korban "
            "pemerasan oleh oknum petugas pasar .")
    quote = quote_with(quotes_of(text), "korban pemerasan")
    assert quote.text.startswith("menjadi korban pemerasan")
    assert quote.speaker.description == "seorang pedagang"


def test_a_report_named_by_its_noun_alone_keeps_its_description() -> None:
    text = "Laporan tahunan itu menyebutkan bahwa jumlah pedagang pasar turun tajam tahun ini ."
    for quote in quotes_of(text):
        assert quote.speaker.description != "tahunan itu"


def test_a_subject_and_terjadi_after_a_marked_cue_is_a_reported_clause() -> None:
    text = ("Badan Meteorologi Wilayah Timur memprediksi puncak musim hujan tahun ini terjadi pada "
            "pekan kedua Januari .")
    quote = quote_with(quotes_of(text), "musim hujan")
    assert quote.text == "puncak musim hujan tahun ini terjadi pada pekan kedua Januari"


def test_a_topic_with_no_predicate_after_a_marked_cue_stays_no_quote() -> None:
    text = "Badan Meteorologi Wilayah Timur memprediksi cuaca untuk pekan kedua Januari ."
    assert quotes_of(text) == []


def test_a_claim_on_social_media_says_nothing_itself() -> None:
    text = ("Pemerintah kota akan mendalami klaim di media sosial yang menyebutkan sejumlah pejabat "
            "menerima hadiah dari pengembang perumahan .")
    assert not any("menerima hadiah" in q.text for q in quotes_of(text))


def test_a_named_poster_of_a_claim_is_quoted() -> None:
    text = ("Aktivis antikorupsi Dimas Pradipta menyebutkan sejumlah pejabat menerima hadiah dari "
            "pengembang perumahan .")
    assert any("menerima hadiah" in q.text for q in quotes_of(text))
