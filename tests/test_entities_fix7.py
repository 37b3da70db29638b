"""Entity misreadings that cost events, found on blind dev documents: courts named by their bench,
names cut short (a company's last word before its acronym, a hyphenated given name), wrong kinds (a
parliamentary faction, an acronym glued before its member's name), titles with a slash in their field.
Sentences are invented for these tests."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.mentions import find_mentions
from warta.models import Entity

from .fake_ner import Span


def _named(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_article_entities(text, "a1")}


def _mentions(text: str) -> dict[str, str | None]:
    return {m.text: m.type for m in find_mentions(text)}


# --- 2. names cut short ----------------------------------------------------------------------------

def test_a_company_goes_on_through_the_words_its_acronym_spells() -> None:
    text = "Direktur PT Kereta Jawa Cepat ( KJC ) Rudi Hartono meninjau stasiun baru."
    assert _mentions(text).get("PT Kereta Jawa Cepat") == "ORG"


def test_a_body_before_a_place_and_a_person_stays_cut_without_an_acronym() -> None:
    text = "Kantor Berita Jawa Rudi Hartono menulis laporan itu."
    assert "Kantor Berita Jawa Rudi Hartono" not in _mentions(text)


def test_a_hyphenated_given_name_written_with_spaces_is_one_name() -> None:
    text = "Perdana Menteri Lee Hsien - loong tiba di Bali . Lee disambut gubernur ."
    people = [e for e in find_article_entities(text, "a1") if e.type == "PERSON"]
    assert any("loong" in e.name for e in people)
    assert not any(e.name == "Lee Hsien" for e in people)


def test_a_dash_before_an_ordinary_word_ends_the_name() -> None:
    text = "Pelatih Andi Wijaya - yang baru datang - memimpin latihan yang berat ."
    assert "Andi Wijaya" in _mentions(text)


# --- 3. wrong kinds ----------------------------------------------------------------------------------

def test_a_parliamentary_faction_is_a_body() -> None:
    text = "Politisi Fraksi Partai Hanura , Dewi Kartika , menolak usulan itu di DPR ."
    named = _named(text)
    assert named["Fraksi Partai Hanura"].type == "ORG"
    assert "Fraksi" not in named


def test_a_bodys_acronym_before_its_members_name_is_split() -> None:
    text = ("Massa PBR berkumpul di alun-alun . Polisi memeriksa pimpinan PBR Hasan Basri Lubis kemarin . "
            "Hasan mengaku tidak bersalah .")
    named = _named(text)
    assert named["Hasan Basri Lubis"].type == "PERSON"
    assert [r.name for r in named["Hasan Basri Lubis"].relations] == ["PBR"]


def test_initials_before_a_name_stay_the_name() -> None:
    text = "Mantan menteri HM Sulaiman Rasyid hadir di acara itu ."
    assert "HM Sulaiman Rasyid" in _named(text)


# --- 5. a slash inside a post's field ------------------------------------------------------------------

def test_a_post_with_two_acronyms_joined_by_a_slash_keeps_its_holder() -> None:
    named = _named("Menteri ATR/BPN Hadi Kusuma menyerahkan sertifikat tanah kepada warga desa .")
    assert "Hadi Kusuma" in named
    assert "Menteri ATR/BPN" in named["Hadi Kusuma"].roles
    assert not any(name.startswith("BPN") for name in named)


def test_a_spaced_slash_between_a_posts_acronyms_is_one_field() -> None:
    named = _named("Menteri PAN / RB Siti Rahma meminta pegawai negeri disiplin .")
    assert named["Siti Rahma"].roles == ["Menteri PAN / RB"]
    assert "Partai Amanat Nasional" not in named


# --- 1. courts by their bench --------------------------------------------------------------------------

_VERDICT = ("Majelis Hakim Pengadilan Negeri Sleman menjatuhkan vonis tiga tahun penjara kepada Yusuf Hamdani . "
            "Majelis hakim menilai Yusuf terbukti menggelapkan dana koperasi . "
            "Vonis yang dijatuhkan hakim itu lebih ringan dari tuntutan jaksa . "
            "Hakim ketua Ratna Dewi menutup sidang .")


def test_the_bench_before_a_court_is_the_court() -> None:
    court = _named(_VERDICT)["Pengadilan Negeri Sleman"]
    assert court.type == "ORG"
    assert court.mentions[0].text == "Majelis Hakim Pengadilan Negeri Sleman"


def test_later_bare_benches_are_the_court_but_a_judges_post_is_not() -> None:
    court = _named(_VERDICT)["Pengadilan Negeri Sleman"]
    texts = [m.text for m in court.mentions]
    assert texts[1:] == ["Majelis hakim", "hakim"]
    assert "Ratna Dewi" in _named(_VERDICT)


def test_a_court_the_gazetteer_knows_keeps_its_row_behind_its_bench() -> None:
    named = _named("Majelis Hakim Mahkamah Konstitusi menolak gugatan itu . Majelis hakim menyatakan "
                   "permohonan tidak dapat diterima .")
    court = next(e for e in named.values() if any(m.text.startswith("Majelis Hakim") for m in e.mentions))
    assert court.gazetteer_id is not None and "Majelis" not in court.name
    assert len(court.mentions) == 2


def test_a_report_with_two_benches_gives_bare_benches_to_neither() -> None:
    text = ("Majelis Hakim Pengadilan Negeri Sleman memvonis Yusuf . Majelis Hakim Pengadilan Tinggi "
            "Yogyakarta menguatkan vonis itu . Majelis hakim menolak banding .")
    bare = [m.text for e in find_article_entities(text, "a1") for m in e.mentions if m.text.islower()
            or m.text == "Majelis hakim"]
    assert bare == []


def test_a_chief_judges_post_names_no_court() -> None:
    named = _named("Ketua Majelis Hakim Budi Prasetyo membacakan putusan di ruang sidang .")
    assert named["Budi Prasetyo"].type == "PERSON"
    assert all(e.type != "ORG" for e in named.values())


def test_a_police_post_named_after_its_neighbourhood_is_a_body_not_a_person() -> None:
    text = "Seorang pria bernama Andi Saputra menyerang Pos Polisi Karangsari Timur , Bekasi , pagi tadi ."
    named = _named(text)
    assert named["Pos Polisi Karangsari Timur"].type == "ORG"
    assert not any(e.type == "PERSON" and "Karangsari" in e.name for e in named.values())


# --- 4. a post written without its holder's name -----------------------------------------------------

_POST = ("Massa menghadang Kapolres Sleman Kota dan ajudannya di jalan desa . "
         "AKBP Rudi Hartono , Kapolres Sleman , mengatakan dua pelaku sudah ditangkap .")


def test_a_post_written_alone_is_the_person_named_with_it_later() -> None:
    holder = _named(_POST)["Rudi Hartono"]
    assert "Kapolres Sleman Kota" in [m.text for m in holder.mentions]


def test_the_post_set_off_after_the_name_is_no_second_mention() -> None:
    holder = _named(_POST)["Rudi Hartono"]
    assert [m.text for m in holder.mentions].count("Kapolres Sleman") == 0


def test_a_post_two_people_hold_names_neither() -> None:
    text = ("Kapolres Sleman AKBP Rudi Hartono pensiun . Kapolres Sleman AKBP Dedi Kurnia menggantikannya . "
            "Warga menyambut Kapolres Sleman di alun-alun .")
    people = [e for e in find_article_entities(text, "a1") if e.type == "PERSON"]
    assert not any(m.text.startswith("Kapolres") for e in people for m in e.mentions)


def test_a_post_as_predicate_or_in_a_regulations_name_names_no_one() -> None:
    text = ("Bupati Sleman Sri Wahyuni meresmikan pasar . Ia dinilai layak menjabat Bupati Sleman lagi . "
            "Aturan itu tertuang dalam Peraturan Bupati Sleman Nomor 5 .")
    holder = _named(text)["Sri Wahyuni"]
    assert not any(m.text == "Bupati Sleman" for m in holder.mentions)


def test_a_description_before_the_one_person_named_later_with_that_role_is_that_person() -> None:
    text = ("Polisi Peru menahan penasihat oposisi yang kerap mengkritik pemerintah . "
            "Sebagai penasihat kebijakan senior PRB , Tomas Arrieta sering berpidato .")
    holder = _named(text)["Tomas Arrieta"]
    assert "penasihat oposisi" in [m.text for m in holder.mentions]


def test_a_description_two_people_share_names_neither() -> None:
    text = ("Polisi menahan penasihat oposisi kemarin . Penasihat ekonomi PRB Tomas Arrieta dan "
            "penasihat kebijakan PRB Luis Vega ditahan .")
    people = [e for e in find_article_entities(text, "a1") if e.type == "PERSON"]
    assert not any(m.text == "penasihat oposisi" for e in people for m in e.mentions)


# --- 2b. runs of spaces ---------------------------------------------------------------------------------

def test_a_name_after_an_outlet_lead_with_runs_of_spaces_is_read_whole() -> None:
    text = "Kabarsatu.com - Wahyu   Setiawan mengatakan timnya siap bertanding pekan depan ."
    person = next(e for e in find_article_entities(text, "a1") if e.type == "PERSON")
    assert person.name == "Wahyu Setiawan"
    assert text[person.mentions[0].start:person.mentions[0].end] == "Wahyu   Setiawan"


def test_collapsed_spans_land_on_the_original_offsets() -> None:
    from warta.article.spaced_text import with_single_spaces

    def find(text: str) -> list[Span]:
        at = text.index("Rina Sari")
        return [Span(at, at + 9, "PERSON", "Rina Sari")]

    text = "Kata   dia ,  Rina   Sari datang ."
    span = with_single_spaces(find)(text)[0]
    assert text[span.start:span.end] == "Rina   Sari"
