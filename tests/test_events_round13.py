"""Events, round 13: precision on unseen text. The lexicon's words in senses that tell no event between
actors (docs/annotation.md, Not events, Visits): a place toured or a visit by tourists, the "release" of
land or of a charge, help judged ("sangat membantu"), and agreeing or refusing that takes a clause. Each
rule is checked in both senses on sentences written for it."""

from __future__ import annotations

from tests.event_coding import code, of_type, who
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import Entity, Event, Mention

# --------------------------------------------------------------------------- visits


def test_a_working_visit_to_a_region_visits_no_one() -> None:
    text = "Menteri Perdagangan Enggartiasto Lukita melakukan kunjungan kerja ke Bali untuk memantau harga cabai."
    assert not of_type(code(text), "CONSULT", "visit")


def test_a_visit_with_no_one_named_visits_no_one() -> None:
    text = "Bupati Klaten Sri Mulyani melakukan blusukan dan kunjungan kerja pada Sabtu pagi."
    assert not of_type(code(text), "CONSULT", "visit")


def test_a_visit_to_a_named_official_stays() -> None:
    text = "Menteri Perdagangan Enggartiasto Lukita mengunjungi Gubernur Jawa Tengah Ganjar Pranowo di Semarang."
    visits = of_type(code(text), "CONSULT", "visit")
    assert [who(e.target) for e in visits] == ["Ganjar Pranowo"]


def test_tourists_visiting_a_country_are_no_consultation() -> None:
    text = "Jumlah wisatawan asal Peru yang berkunjung ke Indonesia naik sepuluh persen tahun ini."
    assert not of_type(code(text), "CONSULT")


def test_a_minister_visiting_a_country_stays_a_visit() -> None:
    text = "Menteri Luar Negeri Peru Ricardo Luna berkunjung ke Indonesia pekan depan."
    visits = of_type(code(text), "CONSULT", "visit")
    assert visits and who(visits[0].source) == "Ricardo Luna"


# --------------------------------------------------------------------------- release of things


def test_land_acquisition_frees_no_one() -> None:
    text = ("Kepala Dinas PUPR Sragen Bambang Wahyudi menyatakan pembebasan lahan untuk jalan lingkar "
            "ditargetkan selesai tahun ini.")
    assert not of_type(code(text), "RETREAT")


def test_a_waived_duty_frees_no_one() -> None:
    text = "Kementerian Perdagangan meminta agar bea masuk produk kopi dari Indonesia dibebaskan oleh Uni Eropa."
    assert not of_type(code(text), "RETREAT", "release")


def test_prisoners_freed_are_still_released() -> None:
    text = "Pemerintah Myanmar membebaskan 300 tahanan politik pada Selasa."
    released = of_type(code(text), "RETREAT", "release")
    assert released and "tahanan" in (who(released[0].target) or "")


# --------------------------------------------------------------------------- help judged


def test_very_helpful_is_a_judgement_not_help() -> None:
    text = "\"Petugas kebersihan itu sangat membantu Pemkot Surabaya,\" kata Wali Kota Tri Rismaharini."
    assert not of_type(code(text), "AID")


def test_help_given_stays_aid() -> None:
    text = "Pemerintah Jepang membantu Pemkot Surabaya membangun instalasi pengolahan sampah."
    helped = of_type(code(text), "AID")
    assert helped and who(helped[0].source) is not None


def test_strong_backing_stays_support() -> None:
    text = "Gubernur Khofifah Indar Parawansa sangat mendukung Pemkab Banyuwangi dalam sengketa itu."
    assert of_type(code(text), "SUPPORT")


# --------------------------------------------------------------------------- opinions with a clause


def test_not_denying_that_is_a_stance_not_a_rejection() -> None:
    text = "Direktur Utama PT Kereta Api Indonesia Edi Sukmoro tidak menampik bahwa antrean tiket masih panjang."
    assert not of_type(code(text), "REJECT")


def test_disagreeing_when_something_is_said_is_no_agreement() -> None:
    text = ("Menteri Komunikasi Rudiantara tidak setuju ketika lembaga baru itu disebut akan tumpang tindih "
            "dengan Polri.")
    assert not of_type(code(text), "AGREE")


def test_refusing_a_proposal_stays_a_rejection() -> None:
    text = "DPRD Kota Bogor menolak usulan Wali Kota Bima Arya soal kenaikan tarif angkot."
    rejected = of_type(code(text), "REJECT")
    assert rejected and who(rejected[0].source) is not None


# --------------------------------------------------------------------------- powers, alternatives, pledges


def test_a_power_to_act_is_no_act() -> None:
    text = "Menurut Yusril, Satpol PP punya wewenang untuk menertibkan pedagang kaki lima di trotoar."
    assert not of_type(code(text), "COERCE")


def test_authorities_who_act_still_act() -> None:
    text = "Aparat berwenang menahan dua warga negara asing di Bandara Ngurah Rai, Senin."
    assert of_type(code(text), "COERCE", "arrest")


def test_asking_the_authorities_to_act_keeps_the_demanded_act() -> None:
    text = "Wali Kota Bogor Bima Arya meminta kepolisian untuk menangkap penyebar kabar bohong itu."
    assert of_type(code(text), "REQUEST")


def test_an_act_weighed_as_the_option_not_taken_is_no_act() -> None:
    text = ("Kepala Dinas Pendidikan Agus Salim meminta guru menasihati murid, dibandingkan dengan melarang "
            "murid membawa ponsel.")
    assert not of_type(code(text), "COERCE")


def test_a_rule_of_appointment_is_no_dismissal() -> None:
    text = "Kepala badan itu diangkat dan diberhentikan oleh Presiden atas usul Menteri Dalam Negeri."
    assert not of_type(code(text), "COERCE")


def test_a_dismissal_told_stays() -> None:
    text = "Presiden Joko Widodo memberhentikan Kepala Badan Pertanahan Nasional Sofyan Djalil, Rabu."
    assert of_type(code(text), "COERCE")


def test_a_pledge_to_no_one_is_a_statement() -> None:
    text = "\"Kami berjanji kejadian seperti itu tak akan terulang,\" kata Direktur PT Angkasa Pura I Faik Fahmi."
    assert not of_type(code(text), "AGREE")


def test_a_pledge_to_a_partner_stays_an_agreement() -> None:
    text = "Pemerintah Jepang berjanji akan membantu Indonesia membangun jalur kereta cepat."
    agreed = of_type(code(text), "AGREE")
    assert agreed and who(agreed[0].target) == "Indonesia"


# --------------------------------------------------------------------------- things pushed or "backed"


def test_pushing_a_ball_asks_no_one() -> None:
    text = "Gelandang Persib Febri Hariyadi langsung mendorong bola ke gawang lawan pada menit ke-40."
    assert not of_type(code(text), "REQUEST")


def test_a_trend_driving_a_result_asks_no_one() -> None:
    text = "Kenaikan harga batu bara telah mendorong kinerja PT Bukit Asam sepanjang semester pertama."
    assert not of_type(code(text), "REQUEST")


def test_pushing_a_body_to_act_stays_a_request() -> None:
    text = "Ketua DPR Bambang Soesatyo mendorong Polri untuk mengusut tuntas kasus penyerangan itu."
    asked = of_type(code(text), "REQUEST")
    assert asked and who(asked[0].target) in ("Polri", "Kepolisian Negara Republik Indonesia")


def test_a_device_backed_by_its_parts_backs_no_one() -> None:
    text = "Laptop terbaru Acer itu didukung oleh RAM 16 GB dan prosesor generasi kedelapan."
    assert not of_type(code(text), "SUPPORT")


def test_a_film_cast_backs_no_one() -> None:
    text = "Film horor itu juga didukung Reza Rahadian dan Dian Sastrowardoyo sebagai pemeran utama."
    assert not of_type(code(text), "SUPPORT")


def test_a_candidate_backed_by_a_party_stays_support() -> None:
    text = "Wali Kota Bandung Ridwan Kamil didukung Partai NasDem dalam pemilihan gubernur."
    backed = of_type(code(text), "SUPPORT")
    assert backed and who(backed[0].source) == "Partai NasDem"


# --------------------------------------------------------------------------- institutions named by a common noun


def test_a_school_asked_is_the_target() -> None:
    text = "Menteri Pendidikan Nadiem Makarim meminta sekolah menghentikan pungutan seragam."
    asked = of_type(code(text), "REQUEST")
    assert asked and who(asked[0].target) == "sekolah"


def test_a_bank_worked_with_is_the_partner() -> None:
    text = "Kementerian Koperasi bekerja sama dengan bank untuk menyalurkan kredit usaha rakyat."
    partners = {who(e.target) for e in of_type(code(text), "COOPERATE")}
    assert "bank" in partners


# --------------------------------------------------------------------------- stepping down


def test_a_chief_executive_resigning_concedes_to_no_one() -> None:
    text = "PT Garuda Indonesia menyatakan Ari Askhara akan mengundurkan diri dari jabatan direktur utama."
    assert not of_type(code(text), "CONCEDE")


def test_leaving_a_tournament_is_no_retreat() -> None:
    text = "Pebulu tangkis Taufik Hidayat mundur dari turnamen Indonesia Terbuka karena cedera."
    assert not of_type(code(text), "RETREAT")


def test_yielding_to_a_rival_stays_a_concession() -> None:
    text = "Partai Golkar akhirnya mengalah kepada PDI Perjuangan dalam pencalonan wali kota."
    assert of_type(code(text), "CONCEDE")


# --------------------------------------------------------------------------- a role given by "sebagai"


def test_a_role_after_sebagai_is_the_person_named_before_it() -> None:
    text = "Ketua DPW PAN Yandri Susanto mengatakan Budi Hartono maju sebagai calon bupati yang diusung PAN."
    backed = of_type(code(text), "SUPPORT")
    assert backed and who(backed[0].target) == "Budi Hartono"


def test_a_role_with_no_person_before_it_stays_a_description() -> None:
    text = "Partai Gerindra mengusung seorang pengusaha sebagai calon bupati."
    backed = of_type(code(text), "SUPPORT")
    assert all(who(e.target) != "Partai Gerindra" for e in backed)


def test_artists_arrested_in_a_relative_clause_are_the_ones_arrested() -> None:
    text = ("Polisi menangkap penyanyi dangdut Rina Melati pada Senin. Kapolres menyebut ada sejumlah artis "
            "yang telah ditangkap karena kasus serupa.")
    second = [e for e in of_type(code(text), "COERCE") if "sejumlah artis" in e.evidence[0].sentence]
    assert second and who(second[0].target) != "Rina Melati"


def test_restaurants_partnered_with_are_the_partners() -> None:
    text = "Aplikasi Makanku telah menjalin kemitraan dengan lebih dari 200 restoran di Bandung."
    partners = [who(e.target) or "" for e in of_type(code(text), "COOPERATE")]
    assert partners and "restoran" in partners[0]


# --------------------------------------------------------------------------- fishing


def test_fishing_gear_arrests_no_one() -> None:
    text = "Pemerintah melarang nelayan memakai pukat harimau sebagai alat tangkap di perairan Natuna."
    assert not of_type(code(text), "COERCE", "arrest")


def test_catching_fish_arrests_no_one() -> None:
    text = "Kapal nelayan Vietnam itu melakukan penangkapan ikan secara ilegal di Laut Natuna Utara."
    assert not of_type(code(text), "COERCE", "arrest")


def test_fishermen_arrested_stay_arrested() -> None:
    text = "TNI AL menangkap tujuh nelayan asing di perairan Natuna, Selasa."
    assert of_type(code(text), "COERCE", "arrest")


# --------------------------------------------------------------------------- attending


def test_attending_an_inauguration_meets_no_one() -> None:
    text = ("Taman kota itu akan diresmikan Bupati Banyumas Achmad Husein dan dihadiri Rektor Unsoed "
            "Suwarto pada Sabtu.")
    assert not of_type(code(text), "CONSULT")


def test_a_meeting_attended_stays_a_meeting() -> None:
    text = "Rapat koordinasi itu juga dihadiri Menteri Perhubungan Budi Karya Sumadi."
    assert of_type(code(text), "CONSULT")


# --------------------------------------------------------------------------- documents and happenings are no actors


def entity(text: str, kind: str, name: str) -> Entity:
    """An entity as the NER model gives it, one mention at the first occurrence of its name."""
    start = text.index(name)
    mention = Mention(article="a1", start=start, end=start + len(name), text=name)
    return Entity(id=f"a1/{name}", name=name, type=kind, mentions=[mention])  # type: ignore[arg-type]


def code_with(text: str, *entities: Entity) -> list[Event]:
    return find_events(text, split_sentences(text), list(entities), [], "a1", "id", quotes=[])


def test_a_document_is_no_side_of_an_event() -> None:
    text = "KPU membatasi waktu penandatanganan Naskah Hibah Pemilu hingga akhir bulan."
    events = code_with(text, entity(text, "ORG", "KPU"), entity(text, "OTHER", "Naskah Hibah Pemilu"))
    assert not [e for e in events if "Naskah Hibah Pemilu" in (who(e.source), who(e.target))]


def test_a_ship_stays_its_crew() -> None:
    text = "KRI Tombak menangkap Kapal Ocean Star di perairan Aceh."
    events = code_with(text, entity(text, "OTHER", "KRI Tombak"), entity(text, "OTHER", "Kapal Ocean Star"))
    assert [(who(e.source), who(e.target)) for e in of_type(events, "COERCE")] == [("KRI Tombak", "Kapal Ocean Star")]
