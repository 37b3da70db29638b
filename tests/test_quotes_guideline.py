"""Quotes: rules of docs/annotation.md that need their own reading (attribution pointing back,
speakers lost to the text, first person inside a quote).

The articles here are written for these tests (fictional people and events, Indonesian news
style).
"""

from __future__ import annotations

from tests.quote_reading import only, quotes_of
from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Entity, Mention

# --- attribution pointing back -----------------------------------------------------------------


def test_hal_tersebut_dikatakan_makes_the_sentence_before_a_quote_without_its_dateline() -> None:
    text = ("JEMBER, KOMPAS.com - Banjir di Kecamatan Sukamaju sudah surut sejak Senin pagi. Hal tersebut "
            "dikatakan Kepala BPBD Jember Budi Santoso di Jember, Senin.")
    quote = only(quotes_of(text), "Banjir")
    assert quote.text == "Banjir di Kecamatan Sukamaju sudah surut sejak Senin pagi"
    assert not quote.direct and quote.cue == "dikatakan"
    assert quote.speaker.name == "Budi Santoso"


def test_hal_itu_disampaikan_across_a_paragraph_break_stops_the_speaker_before_his_own_clause() -> None:
    text = ("Warga diminta tetap waspada terhadap banjir susulan.\n\n"
            "Hal itu disampaikan Bupati Jember Agus Salim menanggapi laporan warga, Selasa.")
    quote = only(quotes_of(text), "waspada")
    assert quote.cue == "disampaikan" and quote.speaker.name == "Agus Salim"


def test_demikian_dikatakan_and_diungkapkan_oleh() -> None:
    first = quotes_of("Pemerintah akan membangun tanggul baru tahun depan. Demikian dikatakan Menteri PUPR "
                      "Basuki Hartono.")
    assert only(first, "tanggul").speaker.name == "Basuki Hartono"
    second = quotes_of("Pencarian korban dihentikan sementara karena cuaca buruk. Hal ini diungkapkan oleh "
                       "Kepala Basarnas Marsdya Henry Wiratmo.")
    quote = only(second, "Pencarian")
    assert quote.cue == "diungkapkan" and quote.speaker.name == "Henry Wiratmo"


def test_dikatakannya_points_back_to_the_person_before() -> None:
    text = ("Kapolres Bogor AKBP Hendra Wijaya tiba di lokasi kejadian. Pelaku sudah ditangkap dan ditahan di "
            "Polres Bogor. Hal itu dikatakannya kepada wartawan.")
    quote = only(quotes_of(text), "Pelaku")
    assert quote.cue == "dikatakannya" and quote.speaker.name == "Hendra Wijaya"


def test_pernyataan_itu_disampaikan_names_the_speaker_of_a_cueless_direct_quote() -> None:
    text = ("\"Kami siap membantu warga yang terdampak banjir.\"\n\n"
            "Pernyataan itu disampaikan Gubernur Jawa Timur Sri Wahyuni.")
    quote = only(quotes_of(text), "Kami siap")
    assert quote.direct and quote.cue == "disampaikan" and quote.speaker.name == "Sri Wahyuni"


def test_pointing_back_leaves_a_sentence_with_its_own_cue_alone() -> None:
    text = "Budi Santoso mengatakan banjir sudah surut. Hal itu disampaikan Camat Sukamaju Rina Lestari."
    quotes = quotes_of(text)
    assert [q.cue for q in quotes] == ["mengatakan"]
    assert quotes[0].text == "banjir sudah surut"


def test_a_headline_is_never_pointed_back_to() -> None:
    text = "Banjir Surut di Sukamaju\n\nHal tersebut dikatakan Kepala BPBD Jember Budi Santoso, Senin."
    assert quotes_of(text) == []


# --- speakers lost to the text -----------------------------------------------------------------


def test_a_pronoun_with_no_antecedent_in_the_text_keeps_the_quote_with_an_unknown_speaker() -> None:
    text = ("Dia menjelaskan, banjir sudah surut sejak pagi.\n\n"
            "Kepala BPBD Jember Budi Santoso mengatakan, bantuan sudah dikirim.")
    quote = only(quotes_of(text), "surut")
    assert quote.speaker.entity is None and quote.speaker.name is None and quote.speaker.description is None
    assert only(quotes_of(text), "bantuan").speaker.name == "Budi Santoso"


def test_a_pronoun_does_not_reach_a_name_seen_only_long_before() -> None:
    text = ("Bupati Jember Agus Salim meninjau lokasi banjir di Sukamaju.\n\n"
            "Rumah yang rusak akan segera diperbaiki oleh pemerintah kabupaten. Pemerintah juga menyiapkan "
            "tenda bagi para pengungsi di lapangan desa dan dapur umum di balai desa.\n\n"
            "Para relawan masih membersihkan lumpur di jalan desa sejak pagi hari. Sekolah diliburkan sampai "
            "Rabu karena ruang kelas masih tergenang air setinggi lutut orang dewasa.\n\n"
            "Pasar desa juga tutup karena para pedagang belum bisa kembali berjualan di kios mereka. Listrik "
            "di tiga dusun masih padam dan air bersih harus diangkut dengan truk tangki dari kota.\n\n"
            "Puskesmas setempat membuka layanan kesehatan selama dua puluh empat jam bagi warga yang sakit. "
            "Banyak anak-anak mulai terserang diare dan gatal-gatal setelah tiga hari tinggal di pengungsian.\n\n"
            "Dia menjelaskan, bantuan logistik akan tiba besok.")
    quote = only(quotes_of(text), "logistik")
    assert quote.speaker.name is None


def test_a_pronoun_still_reaches_a_speaker_quoted_earlier() -> None:
    text = ("Kepala BPBD Jember Budi Santoso mengatakan, air mulai surut sejak Senin pagi.\n\n"
            "Rumah yang rusak akan segera diperbaiki oleh pemerintah kabupaten. Pemerintah juga menyiapkan "
            "tenda bagi para pengungsi di lapangan desa dan dapur umum di balai desa.\n\n"
            "Para relawan masih membersihkan lumpur di jalan desa sejak pagi hari. Sekolah diliburkan sampai "
            "Rabu karena ruang kelas masih tergenang air setinggi lutut orang dewasa.\n\n"
            "Pasar desa juga tutup karena para pedagang belum bisa kembali berjualan di kios mereka.\n\n"
            "\"Bantuan logistik akan tiba besok pagi,\" ujarnya.")
    assert only(quotes_of(text), "logistik").speaker.name == "Budi Santoso"


# --- first person inside a quote ---------------------------------------------------------------


def test_kami_and_kita_inside_a_quote_leave_the_speaker_as_it_is() -> None:
    text = ("Kapolres Bogor AKBP Hendra Wijaya mengatakan, \"Kami sudah menangkap dua pelaku. Kita tunggu hasil "
            "pemeriksaan,\" ujarnya.\n\n"
            "\"Kami menyatakan bahwa kami akan terus memburu pelaku lain,\" katanya.")
    quotes = quotes_of(text)
    assert len(quotes) == 2 and all(q.direct for q in quotes)
    assert {q.speaker.name for q in quotes} == {"Hendra Wijaya"}


# --- speaker phrases ---------------------------------------------------------------------------


def test_a_pronoun_right_before_the_verb_is_the_subject_not_the_adjunct_before_it() -> None:
    text = ("Kapolres Buru AKBP Leo Simatupang mengatakan penyisiran dilakukan untuk mencari penambang.\n\n"
            "Kepada kumparan ( kumparan.com ) ia mengatakan penyisiran kali ini akan melibatkan 460 personel .")
    quote = only(quotes_of(text), "460 personel")
    assert quote.speaker.name == "Leo Simatupang"


def test_sang_with_a_role_points_back_to_the_person_named_with_that_role() -> None:
    text = ("Juru bicara maskapai, Mohammad Rahimi, mengatakan pesawat membawa 60 penumpang. "
            "Pesawat itu berangkat dari Teheran pada pagi hari.\n\n"
            "Sang juru bicara menyebut, pesawat itu jatuh di Gunung Dena.")
    assert only(quotes_of(text), "Gunung Dena").speaker.name == "Mohammad Rahimi"


def test_sang_with_a_role_no_one_held_stays_a_description() -> None:
    quote = quotes_of("Sang istri mengatakan suaminya sering pergi dari rumah.")[0]
    assert quote.speaker.entity is None and quote.speaker.description is not None


def test_a_name_set_after_a_role_is_the_speaker_even_when_typed_a_place() -> None:
    text = "\"Pasar masih khawatir pasokan akan terus naik,\" kata analis Nordea Markets, Thina Margrethe Saltvedt."
    entities = find_article_entities(text, "a1", use_model=False)
    name = text.index("Thina")
    retyped = [e.model_copy(update={"type": "LOC"}) if any(m.start == name for m in e.mentions) else e
               for e in entities]
    assert any(e.type == "LOC" and e.name.startswith("Thina") for e in retyped)
    quote = find_quotes(text, split_sentences(text), retyped, "a1")[0]
    assert quote.speaker.name == "Thina Margrethe Saltvedt"


def test_the_subject_of_a_speech_verb_reporting_no_clause_is_who_a_later_ia_means() -> None:
    text = ("Kapolda Metro Jaya Irjen Idham Santoso memastikan polisi akan menindak tegas peredaran senjata. "
            "\"Jangan takut melapor,\" ujar Idham.\n\n"
            "Kuasa hukum pelaku, Hendra Wijaya, membantah tuduhan itu. Ia menyebut kliennya hanya menyimpan "
            "senjata itu untuk berburu.")
    quotes = quotes_of(text)
    assert only(quotes, "berburu").speaker.name == "Hendra Wijaya"
    assert not any("tuduhan" in q.text for q in quotes)  # a topic noun phrase is still no quote


def test_the_name_a_person_is_called_by_names_the_speaker() -> None:
    text = ("Kuasa hukum pelaku, Hendra Wijaya, hadir di persidangan.\n\n"
            "\"Klien kami tidak pernah menjual senjata,\" kata pria yang akrab disapa Hendra itu.")
    assert only(quotes_of(text), "Klien kami").speaker.name == "Hendra Wijaya"


def test_active_attribution_pointing_back_with_hal_itu() -> None:
    text = ("Warga diminta tetap waspada terhadap banjir susulan.\n\n"
            "Bupati Jember Agus Salim menyampaikan hal itu di Jember, Selasa.")
    quote = only(quotes_of(text), "waspada")
    assert quote.cue == "menyampaikan" and quote.speaker.name == "Agus Salim"


# --- a statement named before its content -------------------------------------------------------


def test_a_press_statement_issued_by_someone_opens_the_sentence_before_its_content() -> None:
    text = ("Dalam keterangan pers yang disampaikan oleh Dinas Penerangan TNI AL melalui pesan singkat di Batam , "
            "Sabtu , tim menemukan barang bukti sabu-sabu sebanyak 41 karung .")
    quote = quotes_of(text)[0]
    assert quote.text == "tim menemukan barang bukti sabu-sabu sebanyak 41 karung"
    assert quote.cue == "disampaikan" and "Dinas Penerangan" in f"{quote.speaker.name} {quote.speaker.description}"


def test_a_statement_received_by_reporters_leaves_the_speech_verb_after_it_in_charge() -> None:
    text = ("Dalam keterangan tertulis yang diterima wartawan, Kementerian Luar Negeri menyatakan, dua WNI sudah "
            "dibebaskan.")
    quotes = quotes_of(text)
    assert [(q.cue, q.text) for q in quotes] == [("menyatakan", "dua WNI sudah dibebaskan")]


def test_an_office_of_a_person_named_by_nya_is_described_with_that_person() -> None:
    text = ("Menteri Luar Negeri Sutrisno Hadi tiba di Jakarta pada Senin. Sutrisno tidak akan hadir di Sidang "
            "Umum PBB pada Rabu menurut kantornya.")
    quote = quotes_of(text)[0]
    assert quote.speaker.entity is None and quote.speaker.description == "kantor Sutrisno Hadi"


def test_a_speech_verb_after_a_long_clause_takes_that_clause_s_subject() -> None:
    text = ("Terlepas dari tekanan dunia , Myanmar menolak gencatan senjata yang diumumkan oleh kelompok "
            "gerilyawan di perbatasan utara untuk memungkinkan pengiriman bantuan kemanusiaan ke desa-desa , "
            "menyatakan mereka tidak berunding dengan teroris .")
    quote = only(quotes_of(text), "berunding")
    assert quote.speaker.name == "Myanmar"


# --- organisations by their fullest name ------------------------------------------------------


def test_an_acronym_speaker_goes_by_the_name_it_stands_after_in_parentheses() -> None:
    text = ("Badan Energi Internasional (IEA) memperingatkan bahwa harga minyak masih bisa turun. "
            "IEA juga menyatakan, permintaan minyak akan melemah hingga tahun depan.")
    quote = only(quotes_of(text), "permintaan")
    assert quote.speaker.name == "Badan Energi Internasional"


def test_a_body_named_by_the_first_word_of_its_name_is_the_body_named_before() -> None:
    text = ("Badan Meteorologi Nasional membatalkan peringatan tsunami pada Jumat pagi.\n\n"
            "Badan menyatakan walaupun gelombang terbesar telah lewat , daerah pantai masih mengalami "
            "arus kuat .")
    quote = only(quotes_of(text), "arus kuat")
    assert quote.speaker.name == "Badan Meteorologi Nasional"


def test_a_news_agency_after_menurut_relays_the_words_of_the_subject_after_it() -> None:
    text = ("Menurut kantor berita Xinhua , lembaga pemantau GeoNet mencatat beberapa gempa susulan kuat , "
            "termasuk guncangan berkekuatan 6,0 .")
    quote = quotes_of(text)[0]
    assert "GeoNet" in f"{quote.speaker.name} {quote.speaker.description}"
    assert "Xinhua" not in f"{quote.speaker.name} {quote.speaker.description}"


# --- role-only speakers ------------------------------------------------------------------------


def test_a_bare_title_names_the_person_who_holds_it_with_a_place() -> None:
    text = ("Kapolres Bogor AKBP Hendra Wijaya mengatakan, dua pelaku pencurian sudah ditangkap di Cibinong.\n\n"
            "Para pelaku ditangkap saat hendak menjual motor curian di sebuah bengkel.\n\n"
            "\"Kami masih mengembangkan kasus ini karena diduga ada pelaku lain,\" kata Kapolres.")
    assert only(quotes_of(text), "mengembangkan").speaker.name == "Hendra Wijaya"


def test_a_bare_title_no_one_named_holds_stays_a_description() -> None:
    text = "\"Kami masih mengembangkan kasus ini karena diduga ada pelaku lain,\" kata Kapolres."
    speaker = quotes_of(text)[0].speaker
    assert speaker.entity is None and speaker.description == "Kapolres"


# --- cues ---------------------------------------------------------------------------------------


def test_beralasan_and_harap_are_speech_cues() -> None:
    text = ("Kapolri Jenderal Tito Santoso beralasan penambahan cuti untuk menghindari penumpukan kendaraan .\n\n"
            "\" Semoga kejadian serupa tidak terulang di tempat lain , \" harap arkeolog Dwi Cahyono .")
    quotes = quotes_of(text)
    reason = only(quotes, "penumpukan")
    assert reason.cue == "beralasan" and reason.text == "penambahan cuti untuk menghindari penumpukan kendaraan"
    hope = only(quotes, "Semoga")
    assert hope.cue == "harap" and hope.speaker.name == "Dwi Cahyono"


def test_harap_as_please_opens_no_quote() -> None:
    assert quotes_of("Harap tenang , petugas sedang memeriksa lokasi kejadian .") == []


# --- reported speech of reported speech ----------------------------------------------------------


def test_reported_speech_inside_reported_speech_gives_the_inner_content_to_the_inner_speaker() -> None:
    text = ("Kepala Basarnas Bambang Wiratmo mengatakan, menurut nelayan setempat, serpihan itu terlihat di dekat "
            "Pulau Belitung.")
    quotes = quotes_of(text)
    outer = only(quotes, "menurut nelayan")
    assert outer.speaker.name == "Bambang Wiratmo"
    inner = next(q for q in quotes if q.text == "serpihan itu terlihat di dekat Pulau Belitung")
    assert inner.speaker.entity is None and inner.speaker.description == "nelayan setempat"


def test_the_speaker_s_own_ia_inside_the_content_makes_no_second_quote() -> None:
    text = "Menteri Energi Ali Hasan mengatakan, ia memperkirakan pasar minyak akan menstabilkan dirinya sendiri."
    assert [q.cue for q in quotes_of(text)] == ["mengatakan"]


def test_an_account_posting_speaks_for_its_owner() -> None:
    text = ('"Polri amankan pelaku percobaan penusukan terhadap petugas," unggah akun instagram resmi '
            "TMC Polda Metro Jaya, Jumat (1/12).")
    quote = quotes_of(text)[0]
    assert quote.cue == "unggah"
    assert (quote.speaker.name or "").startswith("TMC Polda Metro Jaya")


def test_the_subject_of_a_relative_speech_verb_before_a_quoted_phrase_is_its_speaker() -> None:
    text = ("Perdana Menteri Yusuf Hamdan mengkritik surat kabar Harian Nusantara , yang menyebut Rahmat "
            "sebagai ' pemimpin dan anggota parlemen rakyat ' dalam beritanya .")
    quote = only(quotes_of(text), "pemimpin dan anggota")
    assert "Harian Nusantara" in f"{quote.speaker.name} {quote.speaker.description}"


def test_a_sentence_split_after_a_title_abbreviation_keeps_the_name_in_the_speaker() -> None:
    text = ("Kondisi dua anggota polisi yang dianiaya kini membaik .\n\n"
            "\" Secara keseluruhan kondisinya stabil , \" kata Kabid Dokkes Polda Papua Kombes drg . Raymond "
            "Sitompul , Kamis .")
    entities = find_article_entities(text, "a1", use_model=False)
    sentences = split_sentences(text)
    cut = text.index("drg .") + len("drg .")
    split = [s for s in sentences if not s[0] < cut < s[1]] + [(s[0], cut) for s in sentences if s[0] < cut < s[1]]
    split += [(cut + 1, s[1]) for s in sentences if s[0] < cut < s[1]]
    quote = find_quotes(text, sorted(split), entities, "a1")[0]
    assert "Raymond" in f"{quote.speaker.name} {quote.speaker.description}"


def test_nya_after_a_report_inside_a_report_goes_on_from_the_named_reporter() -> None:
    text = ("Kepala Subdit Reskrimum Polda Jatim AKBP Yudhistira Wibowo menjelaskan sebanyak 16 saksi telah "
            "diperiksa .\n\n"
            "Selain itu , Yudhistira menambahkan , penyidik juga menyatakan ada kekeliruan di pihak pelapor . "
            "\" Karena itu akan kami buka kembali penyidikannya kalau ada bukti baru , \" ucapnya .")
    assert only(quotes_of(text), "bukti baru").speaker.name == "Yudhistira Wibowo"


# --- names the entity layer split or merged ------------------------------------------------------


def test_a_short_form_of_a_person_s_name_is_that_person() -> None:
    text = ("Wali Kota Surabaya Tri Rismaharini datang ke posko keluarga korban pada Senin pagi.\n\n"
            "\"Tolong dicatat semuanya ya,\" kata Risma kepada petugas.")
    assert only(quotes_of(text), "dicatat").speaker.name == "Tri Rismaharini"


def test_a_person_read_into_an_organisation_s_name_is_the_speaker() -> None:
    text = ("Direktur Utama Nusantara Air Tommy Soetomo mengaku pihaknya sudah menyiapkan ruang tunggu khusus. "
            "\"Keluarga bisa beristirahat di sini,\" terang Tommy.")
    entities = find_article_entities(text, "a1", use_model=False)
    org_start = text.index("Nusantara Air")
    merged = [e for e in entities if not any(org_start <= m.start < text.index(" mengaku") for m in e.mentions)]
    org = Entity(id="a1/org", type="ORG", name="Nusantara Air Tommy Soetomo",
                 mentions=[Mention(article="a1", start=org_start, end=text.index(" mengaku"),
                                   text="Nusantara Air Tommy Soetomo")])
    tommy = Entity(id="a1/tommy", type="PERSON", name="Tommy",
                   mentions=[Mention(article="a1", start=text.rindex("Tommy"), end=text.rindex("Tommy") + 5,
                                     text="Tommy")])
    quote = find_quotes(text, split_sentences(text), [*merged, org, tommy], "a1")[0]
    assert quote.cue == "mengaku" and quote.speaker.name == "Tommy Soetomo" and quote.speaker.entity == "a1/tommy"


# --- direct quotes the guideline names ----------------------------------------------------------


def test_demikian_with_the_verb_left_out_attributes_the_quote() -> None:
    text = '"Kami akan terus mencari sampai semua korban ditemukan," demikian Kepala Basarnas Bambang Wiratmo.'
    quote = quotes_of(text)[0]
    assert quote.cue == "demikian" and quote.speaker.name == "Bambang Wiratmo"


def test_a_short_quoted_sentence_after_a_cued_quote_is_the_same_speaker_s_quote() -> None:
    quotes = quotes_of('"Kami akan terus mencari," ucap Bambang Wiratmo. "Semua kapal tetap di lokasi."')
    assert [q.text for q in quotes] == ["Kami akan terus mencari", "Semua kapal tetap di lokasi."]
    assert {q.speaker.name for q in quotes} == {"Bambang Wiratmo"}


def test_a_short_quoted_title_inside_a_sentence_is_still_no_quote() -> None:
    assert quotes_of('Kapal itu diberi nama "Sinar Harapan Baru" oleh pemiliknya. Kapal berangkat pagi.') == []


def test_menurut_inside_a_relative_clause_ends_the_speaker_before_the_predicate() -> None:
    text = ("Serangan itu kemudian dibalas operasi militer , yang menurut para pengungsi ditujukan untuk "
            "mengusir warga dari desa mereka .")
    quote = quotes_of(text)[0]
    assert quote.text == "ditujukan untuk mengusir warga dari desa mereka"
    assert quote.speaker.description == "para pengungsi"


def test_mereka_after_an_unnamed_party_named_later_than_a_plural_group_is_that_party() -> None:
    text = ("Operasi itu , yang menurut para pengungsi ditujukan untuk mengusir warga , terus berlangsung .\n\n"
            "Namun pihak berwenang membantah bahwa pasukan membakar desa . Hampir 30.000 warga juga mengungsi "
            "menurut mereka .")
    quote = only(quotes_of(text), "30.000")
    assert quote.speaker.description == "pihak berwenang"


# --- a clause of saying fronted before the speaker -----------------------------------------------


def test_a_fronted_clause_of_saying_takes_the_main_clause_s_subject() -> None:
    quotes = quotes_of("Setelah menyatakan akan banding , kuasa hukum terdakwa , Aldi Rahadian mengonfirmasi "
                       "kepada majelis hakim soal penahanan kliennya .")
    assert [q.text for q in quotes] == ["akan banding"]
    assert quotes[0].speaker.name == "Aldi Rahadian"
    usai = quotes_of("Usai mengatakan bahwa pencarian dihentikan, Kepala Basarnas Bambang Wiratmo meninggalkan ruangan.")
    assert [(q.text, q.speaker.name) for q in usai] == [("pencarian dihentikan", "Bambang Wiratmo")]


def test_a_fronted_topic_noun_phrase_is_no_quote() -> None:
    quotes = quotes_of("Selain menyebut seluruh tersangka , polisi juga menyita dua senjata .")
    assert not any("tersangka" in q.text for q in quotes)


def test_a_speech_verb_with_hal_ini_and_a_predicate_points_nowhere() -> None:
    quotes = quotes_of("Warga diminta tetap waspada. Budi Santoso mengatakan hal ini penting bagi keselamatan warga.")
    assert not any("waspada" in q.text for q in quotes)


def test_pemerintah_alone_stays_the_government_at_large() -> None:
    text = ("Pemerintah Kota Bandung membuka posko pengungsian di Gedebage.\n\n"
            "Pemerintah menyatakan bahwa bantuan untuk korban banjir akan segera disalurkan.")
    city = Entity(id="a1/kota", type="ORG", name="Pemerintah Kota Bandung",
                  mentions=[Mention(article="a1", start=0, end=23, text="Pemerintah Kota Bandung")])
    quotes = find_quotes(text, split_sentences(text), [city], "a1")
    speaker = only(quotes, "bantuan").speaker
    assert speaker.entity is None and speaker.description == "Pemerintah"
