"""Fifth acceptance run (a coast-guard incident, an import-licence graft case, an outbreak, a
match-fixing ban): general fixes, each on text written for this test (fictional people and outlets)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from warta import __version__
from warta.api import analysis_of, analyze_docs, analyze_text
from warta.article.entities import find_article_entities
from warta.article.markers import match_marker
from warta.document import Hints
from warta.ingest.records import new_doc
from warta.models import Analysis, Article, Entity
from warta.options import Options

LEAD = ("BITUNG - Sebuah kapal penangkap ikan asal Bitung rusak setelah dibayangi kapal patroli asing di "
        "perairan utara Sulawesi, Senin (2/6/2025). Dua awak kapal mengalami luka ringan.")
SECOND = ("Nakhoda kapal, Yohanis Lumi, mengatakan kapalnya sedang menebar jaring ketika kapal patroli itu "
          "mendekat dan menyalakan lampu sorot selama hampir satu jam.")
THIRD = ("Ketua kelompok nelayan setempat meminta pemerintah daerah meminta penjelasan dari instansi terkait "
         "dan memperbanyak patroli di wilayah tangkap tradisional.")
CLOSING = ("Sementara itu, pihak pangkalan angkatan laut setempat belum memberikan tanggapan hingga berita "
           "ini diturunkan.")


def analysed(validate: Callable[[Any], Any], text: str) -> Article:
    article = analyze_text(text)
    validate(Analysis(warta_version=__version__, created="2026-01-01T00:00:00Z", articles=[article]))
    return article


def reason_of(article: Article, text: str) -> str | None:
    return next((r.reason for r in article.removed if r.text == text), None)


def test_a_menu_of_section_names_separated_by_spaces_is_navigation_not_the_headline(
        validate: Callable[[Any], Any]) -> None:
    menu = "Beranda  Berita  Sulut  Bitung  Politik  Olahraga  Video"
    headline = "Kapal Nelayan Bitung Dibayangi Kapal Patroli Asing, Dua Awak Luka"
    article = analysed(validate, "\n".join(["WARTA NYIUR", menu, "", headline, "Senin, 2 Juni 2025 - 20:10 WITA",
                                            "", LEAD, "", SECOND, "", THIRD]))
    assert article.title == headline
    assert reason_of(article, " ".join(menu.split())) == "navigation"  # the reader folds runs of spaces
    # a headline in title case with a section word or two stays a headline
    assert match_marker("Ekonomi Daerah Tumbuh Lima Persen pada Triwulan Pertama", 9) is None


def test_a_short_masthead_in_capitals_above_the_headline_is_the_outlet(validate: Callable[[Any], Any]) -> None:
    headline = "Nelayan Bitung Minta Patroli Ditambah Usai Insiden di Laut"
    article = analysed(validate, "\n".join(["WARTA NYIUR RAYA", "Selasa, 3 Juni 2025", "", headline, "",
                                            LEAD, "", SECOND, "", THIRD]))
    assert article.title == headline
    assert article.outlet_name is not None and article.outlet_name.lower() == "warta nyiur raya"
    # a short headline in capitals over the report itself is still the headline
    shouting = analysed(validate, "\n".join(["KAPAL NELAYAN DIBAYANGI", "Selasa, 3 Juni 2025", "", LEAD, "",
                                             SECOND]))
    assert shouting.title == "KAPAL NELAYAN DIBAYANGI"


def test_the_paragraph_above_the_sign_off_initials_is_the_reports_last_paragraph(
        validate: Callable[[Any], Any]) -> None:
    text = "\n".join(["Kapal Nelayan Bitung Dibayangi Kapal Patroli Asing", "Senin, 2 Juni 2025 - 20:10 WITA", "",
                      LEAD, "", "Baca juga: Harga Cakalang di Bitung Turun", "", SECOND, "", "ADVERTISEMENT", "",
                      THIRD, "", "Baca juga: Pelabuhan Bitung Tambah Dermaga Baru", "", CLOSING, "", "(yl/rk)", "",
                      "TERPOPULER", "1. Jadwal Kapal Bitung-Ternate Pekan Ini", "2. Lowongan Kerja Juni 2025",
                      "", "Copyright © 2025 Warta Nyiur. All Rights Reserved."])
    article = analysed(validate, text)
    assert CLOSING in article.body
    assert reason_of(article, "(yl/rk)") == "editor-initials"


def test_a_long_caption_credited_to_outlet_and_photographer_is_a_caption() -> None:
    caption = ("Dua tersangka kasus suap perizinan tambang mengenakan rompi tahanan saat digiring ke mobil "
               "tahanan di Kantor Kejaksaan Tinggi, Manado. (Warta Nyiur/Rudi Sondakh)")
    hit = match_marker(caption, len(caption.split()))
    assert hit is not None and hit.reason == "caption"
    # a news agency's closing credit after a paragraph is the retold source, not a caption
    credited = "Pemerintah setempat membantah tuduhan itu dan menyebutnya tidak berdasar. (Antara/Bernama)"
    assert match_marker(credited, len(credited.split())) is None


def test_an_offer_with_terms_and_conditions_is_a_promo() -> None:
    ad = "Nikmati cashback 20% untuk belanja bahan pokok di gerai mitra kami. Syarat dan ketentuan berlaku."
    hit = match_marker(ad, len(ad.split()))
    assert hit is not None and hit.reason == "promo"
    news = "Menurut pengelola, syarat dan ketentuan berlaku sama bagi semua pedagang yang mendaftar ulang."
    assert match_marker(news, len(news.split())) is None


def _entities(text: str) -> list[Entity]:
    return find_article_entities(text, use_model=False)


def _typed(entities: list[Entity], surface: str) -> list[str]:
    return [e.type for e in entities if any(m.text == surface for m in e.mentions)]


def test_a_posts_field_written_in_lower_case_elsewhere_is_no_person() -> None:
    text = ("Kejaksaan Tinggi menetapkan mantan Kepala Bidang Perizinan Dinas Pertambangan Sulawesi Utara "
            "sebagai tersangka. Ia diduga menerima suap dari perusahaan tambang. Sebelumnya, mantan Direktur "
            "Ekspor Kementerian Perdagangan Rudi Tamba juga diperiksa soal ekspor nikel.")
    entities = _entities(text)
    assert "PERSON" not in _typed(entities, "Ekspor")
    rudi = next(e for e in entities if e.name == "Rudi Tamba")
    assert any(role.startswith("mantan Direktur Ekspor") for role in rudi.roles)


def test_initials_after_berinisial_are_a_person_and_stay_one() -> None:
    text = ("Polisi menangkap bendahara koperasi berinisial AS di rumahnya, Kamis (5/6/2025). AS diduga "
            "menggelapkan dana anggota. Duta Besar AS untuk Indonesia tidak berkomentar. Penyidik juga "
            "memeriksa mantan Ketua Koperasi Mitra Usaha berinisial RT sebagai saksi.")
    entities = _entities(text)
    person = [e for e in entities if e.type == "PERSON" and e.name == "AS"]
    assert len(person) == 1 and len(person[0].mentions) == 2
    assert "LOC" in _typed(entities, "AS")  # the ambassador's country is still the United States
    rt = next(e for e in entities if e.name == "RT")
    assert rt.type == "PERSON" and any(role.startswith("mantan Ketua Koperasi") for role in rt.roles)


def test_an_unknown_dateline_in_capitals_is_a_place() -> None:
    entities = _entities("TAHUNA - Sebuah kapal penumpang kandas di perairan Sangihe, Senin (2/6/2025). "
                         "Seluruh penumpang selamat.")
    assert _typed(entities, "TAHUNA") == ["LOC"]


def test_a_retold_outlet_of_several_words_is_one_body() -> None:
    text = "Dilansir dari Kabar Sulut, dua kapal nelayan hilang kontak di perairan Bitung sejak Minggu."
    entities = find_article_entities(text, known_orgs=["Kabar Sulut"], use_model=False)
    assert _typed(entities, "Kabar Sulut") == ["ORG"]


def test_a_ship_is_a_thing_and_its_master_holds_the_post() -> None:
    text = ("Kapal penangkap ikan KM Sinar Laut 12 tenggelam di perairan Sangihe. Nakhoda KM Sinar Laut 12, "
            "Frans Makagansa (51), mengatakan kapalnya dihantam gelombang tinggi.")
    entities = _entities(text)
    assert set(_typed(entities, "KM Sinar Laut")) == {"OTHER"}
    frans = next(e for e in entities if e.name == "Frans Makagansa")
    assert frans.roles and frans.roles[0].startswith("Nakhoda KM Sinar Laut")


def test_tuan_guru_haji_is_a_form_of_address_not_a_body() -> None:
    entities = _entities("Ketua Komisi Fatwa MUI NTB, TGH Ahmad Mukhlis, mengimbau warga tetap tenang.")
    assert not _typed(entities, "TGH")
    ahmad = next(e for e in entities if e.name == "Ahmad Mukhlis")
    assert ahmad.roles == ["Ketua Komisi Fatwa MUI NTB"]


def _claims(text: str, validate: Callable[[Any], Any]) -> dict[str, Any]:
    doc = new_doc("<input>", text.encode("utf-8"), "txt", Hints())
    doc.article.id = "a1"
    data: dict[str, Any] = validate(analysis_of(analyze_docs([doc], Options())))
    return data


def _positions(data: dict[str, Any]) -> list[tuple[str, str | None, str]]:
    return [(p["stance"], p["holder"]["name"] or p["holder"]["description"], c["statement"])
            for c in data["claims"] for p in c["positions"] if p["stance"] != "asserts"]


def test_an_english_body_named_by_a_common_noun_declines_in_its_own_name(validate: Callable[[Any], Any]) -> None:
    text = ("The Vietnamese embassy in Jakarta denied that its fishing boats had entered Indonesian waters.\n\n"
            "The navy declined to comment.\n\n"
            "The fisheries ministry did not immediately respond to a request for comment.")
    positions = _positions(_claims(text, validate))
    holders = {(stance, holder) for stance, holder, _ in positions}
    assert ("denies", "The Vietnamese embassy") in holders
    assert ("declines", "The navy") in holders
    assert ("does-not-confirm", "The fisheries ministry") in holders


def test_no_answer_to_a_request_for_confirmation_does_not_confirm(validate: Callable[[Any], Any]) -> None:
    text = ("Nelayan Bitung melaporkan kapal mereka dibayangi kapal patroli asing pada Senin malam.\n\n"
            "Kedutaan Besar Filipina di Jakarta belum menjawab permintaan konfirmasi hingga Selasa sore.")
    positions = _positions(_claims(text, validate))
    assert any(stance == "does-not-confirm" and holder == "Kedutaan Besar Filipina"
               for stance, holder, _ in positions)


def test_not_confirming_the_information_is_about_the_report_just_before(validate: Callable[[Any], Any]) -> None:
    text = ("Penyidik kejaksaan menggeledah kantor sebuah perusahaan tambang di Manado, Senin (2/6/2025).\n\n"
            "Seorang sumber di kejaksaan menyebut dua pejabat dinas pertambangan ikut menerima aliran dana "
            "dari perusahaan itu. Kejaksaan Tinggi belum mengonfirmasi informasi tersebut.")
    positions = _positions(_claims(text, validate))
    statement = next(s for stance, _, s in positions if stance == "does-not-confirm")
    assert "aliran dana" in statement and "menggeledah" not in statement


def test_a_post_before_a_body_and_its_acronym_goes_to_the_name_after_the_comma() -> None:
    text = ("Kepala Unit Patroli Timur Badan Keamanan Laut (Bakamla), Laksamana Pertama Andi Sumual, "
            "membenarkan kejadian itu.")
    entities = _entities(text)
    andi = next(e for e in entities if e.name == "Andi Sumual")
    assert andi.roles and andi.roles[0].startswith("Kepala Unit Patroli Timur")
    assert "PERSON" not in _typed(entities, "Unit Patroli Timur")


def test_a_post_with_its_field_in_an_office_another_title_names() -> None:
    text = ("Direktur Penuntutan Jaksa Agung Muda Pidana Khusus (Jampidsus), Rini Sembiring, mengatakan berkas "
            "perkara segera dilimpahkan.")
    entities = _entities(text)
    rini = next(e for e in entities if e.name == "Rini Sembiring")
    assert rini.roles and rini.roles[0].startswith("Direktur Penuntutan")
    assert "PERSON" not in _typed(entities, "Muda Pidana Khusus")


def test_a_countrys_coast_guard_is_a_body() -> None:
    entities = _entities("Kapal nelayan itu didekati kapal Vietnam Coast Guard di perairan Natuna Utara.")
    assert _typed(entities, "Vietnam Coast Guard") == ["ORG"]


def test_an_acronym_of_common_words_names_a_thing_not_a_body() -> None:
    text = ("Pemerintah kabupaten menetapkan status kejadian luar biasa (KLB) difteri. Status KLB berlaku "
            "selama satu bulan. Badan Pengawas Obat dan Makanan (BPOM) memeriksa gudang vaksin.")
    entities = _entities(text)
    assert "ORG" not in _typed(entities, "KLB")
    assert _typed(entities, "BPOM") == ["ORG"]


def test_a_dateline_in_mixed_case_names_a_known_place(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, "Manado - Harga cabai rawit di Pasar Bersehati naik dua kali lipat sejak awal "
                                 "pekan. Pedagang menyebut pasokan dari Minahasa berkurang.")
    assert article.dateline == "Manado"
    lead_word = analysed(validate, "Pedagang - Harga cabai rawit di Pasar Bersehati naik dua kali lipat sejak "
                                   "awal pekan, kata mereka.")
    assert lead_word.dateline is None


def test_a_case_or_an_incident_says_nothing(validate: Callable[[Any], Any]) -> None:
    text = ("Pedagang di Pasar Bersehati menilai kasus suap izin impor bawang yang diusut Kejaksaan Tinggi "
            "menjelaskan mengapa harga bawang melonjak tahun lalu. Ketua paguyuban pedagang, Yohan Lumi, "
            "mengatakan pasokan saat itu memang seret.")
    data = _claims(text, validate)
    speakers = [q["speaker"]["description"] or q["speaker"]["name"] or "" for q in data["quotes"]]
    assert not any(s.lower().startswith("kasus") for s in speakers)
    assert any("Yohan" in (q["speaker"]["name"] or "") for q in data["quotes"])


def test_an_embassy_by_its_short_form_is_the_embassy_just_named(validate: Callable[[Any], Any]) -> None:
    text = ("Kedutaan Besar Vietnam di Jakarta membantah kapal nelayannya memasuki perairan Indonesia. "
            "Kedubes menyebut kapal-kapal itu berada di perairan internasional.")
    data = _claims(text, validate)
    quote = next(q for q in data["quotes"] if "perairan internasional" in q["text"])
    assert quote["speaker"]["name"] == "Kedutaan Besar Vietnam"


def test_not_based_on_the_law_is_no_denial_but_baseless_is() -> None:
    from warta.article.event_lexicon import tokenize
    from warta.article.stance_cues import find_cues

    def stances(text: str) -> list[str]:
        return [c.stance for c in find_cues(tokenize(text, 0, len(text)), "id")]

    assert stances("Filipina tidak mengakui klaim yang tidak berdasar hukum laut internasional.") == []
    assert stances("Juru bicara itu menyebut tudingan tersebut tidak berdasar.") == ["denies"]


def test_a_regions_compass_word_stays_in_the_body_and_lalu_is_a_title_only_before_a_name() -> None:
    text = ("Kepala Dinas Kesehatan Sumbawa Barat, dr. Lalu Hamzan Wadi, mengatakan stok vaksin cukup. "
            "Lalu Bupati Sumbawa Barat Amar Nurmansyah meninjau puskesmas.")
    entities = _entities(text)
    assert "PERSON" not in _typed(entities, "Barat")
    hamzan = next(e for e in entities if e.name.endswith("Hamzan Wadi"))
    assert hamzan.roles == ["Kepala Dinas Kesehatan Sumbawa Barat"]
    amar = next(e for e in entities if e.name == "Amar Nurmansyah")
    assert amar.roles and amar.roles[0].startswith("Bupati")


def test_the_person_set_off_after_a_body_and_its_acronym_holds_the_stance(validate: Callable[[Any], Any]) -> None:
    text = ("Kepala Pangkalan Utama Badan Keamanan Laut (Bakamla), Laksamana Pertama Robert Tumbelaka, "
            "membenarkan dua kapal asing memasuki perairan Bitung.")
    positions = _positions(_claims(text, validate))
    assert ("confirms", "Robert Tumbelaka") in {(stance, holder) for stance, holder, _ in positions}


def test_football_betting_spam_is_spam_and_a_name_before_the_copyright_sign_is_a_footer() -> None:
    spam = "AGEN BANDAR BOLA TERPERCAYA, MIX PARLAY DEPO 25RB, WD CEPAT"
    assert (hit := match_marker(spam, len(spam.split()))) is not None and hit.reason == "spam"
    news = "Polisi menyita uang taruhan judi bola mix parlay dari seorang bandar di Medan."
    assert match_marker(news, len(news.split())) is None
    footer = "Warta Nyiur © 2025"
    assert (hit := match_marker(footer, 3)) is not None and hit.reason == "footer"


def test_a_company_written_later_by_its_initials_is_the_same_company() -> None:
    text = ("Kejaksaan menggeledah kantor PT Sinar Laut Abadi di Bitung. Penyidik menduga PT SLA menerima izin "
            "tangkap tanpa verifikasi. PT SLA belum memberikan keterangan.")
    entities = _entities(text)
    company = [e for e in entities if e.name == "PT Sinar Laut Abadi"]
    assert len(company) == 1 and {m.text for m in company[0].mentions} == {"PT Sinar Laut Abadi", "PT SLA"}


def test_a_bodys_head_word_alone_after_its_full_name_is_that_body() -> None:
    text = ("Laporan itu diterima Satgas Pangan Sulawesi Utara pada Senin. Ketua Satgas, Kombes Andi Wowor, "
            "mengatakan timnya memeriksa tiga gudang.")
    entities = _entities(text)
    satgas = [e for e in entities if "Satgas" in {m.text for m in e.mentions}]
    assert len(satgas) == 1 and satgas[0].name == "Satgas Pangan Sulawesi Utara"


def test_an_english_official_of_a_body_is_an_anonymous_speaker(validate: Callable[[Any], Any]) -> None:
    text = ("Indonesia's fisheries ministry said it had sent two patrol boats to the area. A ministry official, "
            "who declined to be named, said one boat had been damaged. Fisheries Minister Sakti Wahyu said the "
            "boats would stay for a week.")
    data = _claims(text, validate)
    anonymous = next(q for q in data["quotes"] if "damaged" in q["text"])
    assert anonymous["speaker"]["entity"] is None and "official" in (anonymous["speaker"]["description"] or "")


def test_a_bodys_acronym_of_five_letters_keeps_its_capitals() -> None:
    entities = _entities("Konsep itu tidak dikenal dalam UNCLOS. Menurut UNICEF, anak nelayan terdampak.")
    names = {e.name for e in entities if e.type == "ORG"}
    assert {"UNCLOS", "UNICEF"} <= names


def test_an_english_title_keeps_the_body_written_as_common_words_before_it() -> None:
    text = "Fisheries ministry spokeswoman Dewi Manoppo said two boats had been seized on Monday."
    dewi = next(e for e in find_article_entities(text, lang="en", use_model=False) if e.name == "Dewi Manoppo")
    assert dewi.roles == ["Fisheries ministry spokeswoman"]
