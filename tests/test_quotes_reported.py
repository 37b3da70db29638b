"""Quotes: reported-speech spans and speaker phrases that generalise beyond the first gold set.

Every article here is written for these tests (fictional people and events, Indonesian news
style, some in the space-separated token style of scraped corpora).
"""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotemarks import marked_spans
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.article.speakerphrases import phrase_after, phrases_before
from warta.article.speechcues import speech_cues
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


def texts(quotes: list[Quote]) -> list[str]:
    return [q.text for q in quotes]


def speaker_words(quote: Quote) -> str:
    return f"{quote.speaker.name or ''} {quote.speaker.description or ''}"


# --- spans ------------------------------------------------------------------------------------


def test_marked_verb_with_a_clause_after_it_reports_speech() -> None:
    text = ("Kepala Polres Tanjung Harapan AKBP Rudi Santoso menjelaskan sebanyak 12 saksi telah "
            "diperiksa dalam perkara itu. Rudi juga memaparkan tim gabungan terus melakukan pencarian.")
    found = texts(quotes_of(text))
    assert "sebanyak 12 saksi telah diperiksa dalam perkara itu" in found
    assert "tim gabungan terus melakukan pencarian" in found


def test_marked_verb_with_a_topic_noun_phrase_is_no_quote() -> None:
    text = "Kepala Basarnas Marsdya Henry Wiratmo menjelaskan kemampuan para penyelam untuk menyelam di laut dalam."
    assert quotes_of(text) == []


def test_inverted_cue_opening_the_sentence() -> None:
    text = "Kata Santoso, PT Sinar Laut sedianya bakal menerima bayaran untuk setiap liter yang tercatat."
    quote = quotes_of(text)[0]
    assert quote.text == "PT Sinar Laut sedianya bakal menerima bayaran untuk setiap liter yang tercatat"
    assert not quote.direct and quote.cue == "Kata"


def test_mid_sentence_cue_before_a_predicate_takes_the_words_after_it() -> None:
    text = ("Kuasa hukum korban , Hendra Wijaya , mengatakan pihaknya kecewa dengan keputusan polisi . "
            "Langkah yang akan ditempuh , lanjut dia , bisa melalui gugatan praperadilan di pengadilan negeri .")
    quote = next(q for q in quotes_of(text) if q.cue == "lanjut")
    assert quote.text == "bisa melalui gugatan praperadilan di pengadilan negeri"
    assert "Hendra Wijaya" in speaker_words(quote)


def test_according_to_at_the_end_without_a_comma_keeps_the_clause_before_it() -> None:
    text = ("Menteri Luar Negeri Arvan Sudrajat tidak akan menghadiri sidang di Jenewa menurut kantornya "
            "pada Rabu .")
    quote = quotes_of(text)[0]
    assert quote.text.endswith("tidak akan menghadiri sidang di Jenewa")


def test_according_to_with_the_name_closing_the_sentence() -> None:
    text = ("Gempa itu berpusat di laut dengan kedalaman 40 kilometer menurut lembaga pemantau gempa "
            "pemerintah , GeoRisk .")
    quote = quotes_of(text)[0]
    assert quote.text == "Gempa itu berpusat di laut dengan kedalaman 40 kilometer"
    assert "GeoRisk" in speaker_words(quote)


def test_passive_cue_after_the_content() -> None:
    text = ("Konflik itu dikhawatirkan akan menghambat investasi baru di kawasan, seperti dijelaskan "
            "Kepala Ekonom Bank Sentosa, Rina Kartika, kepada wartawan.")
    quote = quotes_of(text)[0]
    assert quote.text == "Konflik itu dikhawatirkan akan menghambat investasi baru di kawasan"
    assert "Rina Kartika" in speaker_words(quote)


def test_contrasted_second_speaker_ends_the_first_content() -> None:
    text = ("Lembaga Advokasi Tahanan menyebut terdapat 900 tahanan yang mogok makan , kendati pada Senin "
            "pejabat penjara mengatakan 200 tahanan sudah berhenti .")
    found = texts(quotes_of(text))
    assert "terdapat 900 tahanan yang mogok makan" in found
    assert "200 tahanan sudah berhenti" in found


def test_expressed_concern_is_no_second_speaker() -> None:
    text = ("Menteri Perdagangan Yusuf Halim mengatakan posisinya sama dengan mitranya, meskipun ia "
            "menyatakan kekhawatiran tentang pasokan.")
    found = texts(quotes_of(text))
    assert found == ["posisinya sama dengan mitranya, meskipun ia menyatakan kekhawatiran tentang pasokan"]


def test_saying_it_somewhere_is_no_quote() -> None:
    text = "Gubernur Bambang Irawan mengatakan hal itu di Gedung Sate, Bandung, Selasa (4/3/2014)."
    assert quotes_of(text) == []


def test_opinion_verb_is_no_cue() -> None:
    assert speech_cues().at("berpendapat") is None
    text = "Menko Polhukam Wiratmo berpendapat pemberantasan terorisme harus dilakukan secara total."
    assert quotes_of(text) == []


def test_closing_mark_opening_a_paragraph_opens_the_quote() -> None:
    text = "Pertemuan itu berlangsung singkat.\n\n” Kerja sama ini sudah berakhir tahun lalu , \" ujar Ahmad Sulaiman ."
    spans = marked_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["Kerja sama ini sudah berakhir tahun lalu"]


# --- speakers ---------------------------------------------------------------------------------


def test_according_to_a_source_before_the_speaker_who_says_it() -> None:
    text = ("Menurut keterangan sang istri , Agus Salim mengatakan Budi sering meninggalkan rumah "
            "selama berhari-hari .")
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].text == "Budi sering meninggalkan rumah selama berhari-hari"
    assert "Agus Salim" in speaker_words(quotes[0])


def test_news_agency_relaying_is_not_the_speaker() -> None:
    text = ("Menteri Perminyakan Oman Khalid al-Rashid seperti dikutip Kantor Berita Gulf Wire mengatakan, "
            "pasar minyak akan pulih sendiri.")
    pos = text.index("mengatakan")
    spans = phrases_before(text, pos, 0)
    assert text[spans[0][0]:spans[0][1]] == "Menteri Perminyakan Oman Khalid al-Rashid"


def test_a_rumour_is_never_the_speaker_a_pronoun_refers_to() -> None:
    text = ("Direktur Pemasaran PT Bumi Energi Hadi Prasetyo mengatakan, alat itu hanya memantau konsumsi. "
            "Ia pun mengklarifikasi isu yang menyebutkan konsumsi BBM dibatasi dengan alat itu.\n"
            "\"Pemerintah belum memprogramkan pembatasan,\" kata dia.")
    quote = next(q for q in quotes_of(text) if q.direct)
    assert "Hadi Prasetyo" in speaker_words(quote)


def test_participle_adjunct_between_commas_is_skipped() -> None:
    text = ("Juru Bicara PT Bumi Energi Hadi Prasetyo, ditemui di Terminal Tanjung Priok, Senin (23/12/2013), "
            "menuturkan, jika kontraktor kekurangan dana, itu urusan perusahaan tersebut.")
    quote = quotes_of(text)[0]
    assert "Hadi Prasetyo" in speaker_words(quote)


def test_long_title_run_still_ends_in_the_name() -> None:
    text = ("Vice President Fuel Retail PT Bumi Energi (Persero) Muhammad Iskandar menegaskan, alat itu "
            "sementara ini hanya memonitor konsumsi BBM.")
    quote = quotes_of(text)[0]
    assert quote.speaker.name == "Muhammad Iskandar"


def test_abbreviated_titles_and_tokenised_hyphens_stay_inside_the_speaker_phrase() -> None:
    text = "\" Kondisinya stabil , \" kata Kabid Dokkes Polda Papua Kombes drg . Raymond Siregar , Kamis ."
    start = text.index("kata") + len("kata")
    span = phrase_after(text, start, len(text))
    assert span is not None and text[span[0]:span[1]].endswith("Raymond Siregar")
    text = "\" Belum cukup bukti , \" ujar Kepala Sub - Direktorat II Polda Jatim AKBP Yudha Pratama di Surabaya ."
    start = text.index("ujar") + len("ujar")
    span = phrase_after(text, start, len(text))
    assert span is not None and text[span[0]:span[1]].endswith("Yudha Pratama")


def test_name_then_role_before_the_verb() -> None:
    text = ("Harga minyak turun lagi.\n\nSuhail Al-Rahman, Menteri Energi Qatar mengatakan pada Minggu bahwa "
            "produsen akan menahan diri untuk memangkas produksi.")
    pos = text.index("mengatakan")
    spans = phrases_before(text, pos, text.index("Suhail"))
    assert [text[a:b] for a, b in spans] == ["Menteri Energi Qatar", "Suhail Al-Rahman"]


def test_time_adjunct_after_a_contrast_is_not_the_speaker() -> None:
    text = ("Lembaga Advokasi Tahanan menyebut terdapat 900 tahanan yang mogok makan , kendati pada Senin "
            "( 1 / 5 ) pejabat penjara mengatakan 200 tahanan sudah berhenti .")
    quote = next(q for q in quotes_of(text) if q.text.startswith("200"))
    assert (quote.speaker.description or "").startswith("pejabat penjara")


def test_name_before_its_role_after_an_inverted_cue() -> None:
    text = ("\" Korban meninggal bertambah menjadi 27 orang , \" ujar Mamat Suryadi , Humas RSUD Kabupaten "
            "Subang , Sabtu .")
    quote = quotes_of(text)[0]
    assert quote.speaker.name == "Mamat Suryadi"


def test_authorities_as_speaker() -> None:
    text = "Hingga kini penyebab kecelakaan belum diketahui . Pihak berwenang mengatakan penyelidikan sedang dilakukan ."
    quote = quotes_of(text)[0]
    assert quote.text == "penyelidikan sedang dilakukan"
    assert (quote.speaker.description or "").endswith("berwenang")


def test_announcing_what_the_speaker_will_do() -> None:
    text = ("Pemerintah Norwegia mengumumkan akan memangkas sumbangannya untuk badan itu . Kementerian Luar "
            "Negeri Norwegia juga mengungkap bahwa keputusan itu bersifat sementara .")
    found = texts(quotes_of(text))
    assert "akan memangkas sumbangannya untuk badan itu" in found
    assert "keputusan itu bersifat sementara" in found


def test_english_cue_inside_an_indonesian_name_is_no_cue() -> None:
    assert speech_cues().at("Said") is None and speech_cues().at("said") is not None
    text = ("Menteri Energi Sudarman Said mengatakan, pemerintah terus mengkaji harga bahan bakar minyak.")
    assert texts(quotes_of(text)) == ["pemerintah terus mengkaji harga bahan bakar minyak"]


def test_date_between_commas_after_the_verb_is_not_content() -> None:
    text = "Menteri Keuangan Bambang Sudibyo mengatakan, Rabu (3/12/2014), dia akan kembali rapat dengan Presiden."
    assert texts(quotes_of(text)) == ["dia akan kembali rapat dengan Presiden"]


def test_denial_reports_speech_and_they_refers_to_the_unnamed_party() -> None:
    text = ("Namun pihak berwenang membantah bahwa aparat melakukan pembakaran , dan menyalahkan para "
            "pemberontak . Hampir 3.000 warga juga mengungsi menurut mereka .")
    quotes = quotes_of(text)
    assert texts(quotes) == ["aparat melakukan pembakaran , dan menyalahkan para pemberontak",
                             "Hampir 3.000 warga juga mengungsi"]
    assert [q.speaker.description for q in quotes] == ["pihak berwenang", "pihak berwenang"]


def test_speech_verb_continuing_a_clause_takes_its_subject() -> None:
    text = "Pemerintah Arkadia menolak tawaran itu , menyatakan mereka tidak berunding dengan pemberontak ."
    spans = phrases_before(text, text.index("menyatakan"), 0)
    assert [text[a:b] for a, b in spans] == ["Pemerintah Arkadia"]


def test_adjunct_after_the_comma_then_that() -> None:
    text = ("Organisasi itu menyatakan, dalam laporan bulanan pada Rabu bahwa pada 2015 pasokan minyak akan "
            "meningkat.")
    assert texts(quotes_of(text)) == ["pada 2015 pasokan minyak akan meningkat"]
    text = "Bambang Sudibyo mengaku, saat ini ada semacam imbauan moral bahwa alat itu untuk mengendalikan BBM."
    assert texts(quotes_of(text)) == ["saat ini ada semacam imbauan moral bahwa alat itu untuk mengendalikan BBM"]


def test_pronoun_after_a_long_title_run_takes_the_named_person() -> None:
    text = ("Vice President Fuel Retail PT Pertamina (Persero) Muhammad Iskandar mengatakan, pemasangan alat "
            "itu rampung pada Desember.\n\n\"Mungkin Kalimantan dulu,\" kata dia di Jakarta.")
    # The statistical NER reads "Fuel Retail" as a person: the case this guards against.
    quotes = find_quotes(text, split_sentences(text), find_article_entities(text, "a1"), "a1")
    assert [q.speaker.name for q in quotes] == ["Muhammad Iskandar", "Muhammad Iskandar"]


def test_ranked_name_beats_an_office_read_as_a_name() -> None:
    text = ("AKP Budi Kusumajaya , Kapolsek Tambun , mengatakan perempuan itu ditangkap warga di pasar . "
            "\" Uangnya kami sita , \" kata Budi .")
    # The statistical NER reads "Kapolsek Tambun" as a person, as in scraped police news.
    quotes = find_quotes(text, split_sentences(text), find_article_entities(text, "a1"), "a1")
    assert quotes[0].speaker.name == "Budi Kusumajaya"


def test_stray_opening_mark_before_reported_speech() -> None:
    text = ("Harga minyak turun lagi.\n\n\"Tetapi menurut Andy Lapaz, kepala konsultan Lapaz Oil, komentar para "
            "menteri membuat pasar percaya organisasi itu tidak akan bertindak.\n\n"
            "\"Menurut saya, harga akan turun lagi,\" kata Andy Lapaz.")
    quotes = quotes_of(text)
    assert not quotes[0].direct and "Andy Lapaz" in speaker_words(quotes[0])
    assert quotes[1].direct and quotes[1].text == "Menurut saya, harga akan turun lagi"


def test_name_opening_a_long_relative_clause_is_the_speaker() -> None:
    text = ("Ratu Mathilde yang diterima Presiden Joko Widodo dalam kunjungan kehormatan Utusan Khusus "
            "Perserikatan Bangsa-Bangsa untuk Keuangan Inklusif atau Special Envoy for Inclusive Finance di "
            "Istana Merdeka Jakarta , Selasa , mengatakan ia dan pemerintah telah berdiskusi panjang .")
    spans = phrases_before(text, text.index("mengatakan"), 0)
    assert text[spans[-1][0]:spans[-1][1]] == "Ratu Mathilde"
    quotes = find_quotes(text, split_sentences(text), find_article_entities(text, "a1"), "a1")
    assert "Mathilde" in speaker_words(quotes[0])


def test_forecasting_verbs_report_like_memperkirakan() -> None:
    text = ("Bank investasi Sentosa Capital memproyeksikan bahwa kelebihan pasokan akan memuncak tahun depan . "
            "Lembaga itu juga memprediksi harga akan turun lagi .")
    assert texts(quotes_of(text)) == ["kelebihan pasokan akan memuncak tahun depan", "harga akan turun lagi"]


def test_attribution_with_its_verb_left_out() -> None:
    text = ("Pemerintah mengumumkan defisit besar.\n\n\"Saya percaya tahun depan akan sulit bagi kita semua,\" "
            "ekonom Saudi Abdul Rahman Fahd kepada AFP.\n\nPolisi menyerahkan \"piagam\" dari Presiden kepada Kapolri.")
    quotes = quotes_of(text)
    assert texts(quotes) == ["Saya percaya tahun depan akan sulit bagi kita semua"]
    assert "Abdul Rahman Fahd" in speaker_words(quotes[0])


def test_opinion_holder_is_who_a_later_clitic_refers_to() -> None:
    text = ("Juru bicara PT Bumi Energi Hadi Prasetyo mengatakan, alat itu sedang diuji.\n\n"
            "Di tempat terpisah, Direktur Eksekutif Lembaga Kajian Energi Rudi Hartono menilai, tidak ada "
            "koordinasi antarlembaga.\n\n\"Masing-masing berjalan sendiri-sendiri,\" ujarnya.")
    quotes = quotes_of(text)
    assert texts(quotes) == ["alat itu sedang diuji", "Masing-masing berjalan sendiri-sendiri"]
    assert "Rudi Hartono" in speaker_words(quotes[1])


def test_pronoun_after_a_mid_sentence_cue_refers_back_from_the_sentence() -> None:
    text = ("Kepala Humas SKK Migas Rudi Rimbono menuturkan, target tidak tercapai.\n\n"
            "Penerimaan Migas sebesar itu, kata dia sudah termasuk turunnya harga minyak dunia.")
    quote = next(q for q in quotes_of(text) if q.cue == "kata")
    assert quote.text == "sudah termasuk turunnya harga minyak dunia"
    assert "Rudi Rimbono" in speaker_words(quote)


def test_one_word_title_names_its_holder() -> None:
    text = ("Presiden Arman Wijaya memerintahkan polisi menjaga pemilihan.\n\n"
            "\"Semua warga harus bisa memilih tanpa gangguan,\" ujar Presiden di Istana.")
    quote = quotes_of(text)[0]
    assert quote.speaker.name == "Arman Wijaya"


def test_subject_and_verb_after_the_reported_clause() -> None:
    text = ("Pemimpin Arkadia telah memesan lebih banyak mesin roket , media pemerintah melaporkan pada Rabu , "
            "saat ia memperluas program senjatanya .")
    quote = quotes_of(text)[0]
    assert quote.text == "Pemimpin Arkadia telah memesan lebih banyak mesin roket"
    assert (quote.speaker.description or "").startswith("media pemerintah")


def test_addressees_listed_before_that() -> None:
    text = "Sekjen Arman Lutfi mengatakan kepada Rusia , Jepang , dan China bahwa dia bersedia menengahi perundingan ."
    assert texts(quotes_of(text)) == ["dia bersedia menengahi perundingan"]


def test_dateline_is_not_reported_content_and_connectives_are_not_speakers() -> None:
    text = ("Tokyo ( ANTARA News ) - Jepang akan menjatuhkan sanksi tambahan terhadap Arkadia , kata juru bicara "
            "pemerintah , Jumat . Sementara itu Arman Lutfi mengatakan bahwa perundingan harus dibuka .")
    quotes = quotes_of(text)
    assert quotes[0].text == "Jepang akan menjatuhkan sanksi tambahan terhadap Arkadia"
    pos = text.index("mengatakan")
    spans = phrases_before(text, pos, text.index("Sementara"))
    assert text[spans[0][0]:spans[0][1]] == "Arman Lutfi"


def test_datelines_of_any_outlet_are_cut_but_names_with_hyphens_are_not() -> None:
    cases = {
        "Palu, Kabar Sulawesi -- Harga beras di pasar induk naik tajam pekan ini, kata Rina Wulandari.":
            "Harga beras di pasar induk naik tajam pekan ini",
        "Kabarsatu - Jembatan gantung di Desa Lembah Hijau putus diterjang banjir, ujar Budi Hartono.":
            "Jembatan gantung di Desa Lembah Hijau putus diterjang banjir",
        "Abu Salim Al - Hadi telah meninggalkan kota itu sejak pekan lalu, kata juru bicara kepolisian.":
            "Abu Salim Al - Hadi telah meninggalkan kota itu sejak pekan lalu",
    }
    for text, content in cases.items():
        assert texts(quotes_of(text)) == [content], text


def test_decimal_comma_is_no_clause_comma() -> None:
    text = ("Mengacu rumus baru , Faisal Rahman menyebut dengan asumsi kurs itu subsidi nol manakala harga "
            "sebesar 86,1 dollar AS per barel .")
    assert all(not q.text.startswith("1 dollar") for q in quotes_of(text))


def test_noting_reports_after_a_comma() -> None:
    text = "Analis Jon Kilmer mencatat, harga yang lebih kuat pada awal perdagangan didorong kabar dari Libya."
    assert texts(quotes_of(text)) == ["harga yang lebih kuat pada awal perdagangan didorong kabar dari Libya"]
