"""Events, seventh round: phrasings of offers, fines, removals and appeals; investigators named by
role; long objects before "sebagai tersangka"; targets of searches from the case; where an actor
is based. Every sentence is invented for its rule."""

from __future__ import annotations

from tests.test_events_context import code_with, entity, sides
from warta.models import Entity, Event


def _country(text: str, name: str, code: str) -> Entity:
    return entity(text, "LOC", name, name).model_copy(update={"gazetteer_id": f"country:{code}"})


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_an_offer_of_joint_projects_is_an_intent_to_cooperate() -> None:
    text = "Pemerintah Norwegia menawarkan kepada Vietnam sejumlah proyek kerja sama di bidang perikanan ."
    events = code_with(text, _country(text, "Norwegia", "NO"), _country(text, "Vietnam", "VN"))
    assert sides(events, "AGREE") == [("Norwegia", "Vietnam")]
    assert not _of(events, "AID")


def test_a_suspect_promising_to_cooperate_with_the_police_agrees() -> None:
    text = "Budi Hartono berkata akan bersikap kooperatif kepada Polda Sulawesi Tengah ."
    events = code_with(text, entity(text, "PERSON", "Budi Hartono", "Budi Hartono"),
                       entity(text, "ORG", "Polda Sulawesi Tengah", "Polda Sulawesi Tengah"))
    assert sides(events, "AGREE") == [("Budi Hartono", "Polda Sulawesi Tengah")]


def test_a_fine_imposed_by_a_disciplinary_committee_is_a_sanction() -> None:
    active = "Komisi Disiplin PSSI menjatuhkan denda Rp 50 juta kepada Persikota ."
    events = code_with(active, entity(active, "ORG", "Komisi Disiplin PSSI", "Komisi Disiplin PSSI"),
                       entity(active, "ORG", "Persikota", "Persikota"))
    assert sides(events, "SANCTION") == [("Komisi Disiplin PSSI", "Persikota")]
    passive = "Persikota dikenakan denda Rp 50 juta oleh Komisi Disiplin PSSI ."
    events = code_with(passive, entity(passive, "ORG", "Komisi Disiplin PSSI", "Komisi Disiplin PSSI"),
                       entity(passive, "ORG", "Persikota", "Persikota"))
    assert sides(events, "SANCTION") == [("Komisi Disiplin PSSI", "Persikota")]


def test_breaking_up_a_ring_arrests_its_members() -> None:
    text = "Polda Riau membongkar sindikat pemalsu dokumen kependudukan ."
    events = code_with(text, entity(text, "ORG", "Polda Riau", "Polda Riau"))
    assert [(e.type, e.mode, e.source and e.source.name) for e in events] == [("COERCE", "arrest", "Polda Riau")]


def test_removing_an_official_from_his_post_coerces_him() -> None:
    text = "Wali Kota Rahmat Hidayat mencopot Kepala Dinas Pasar Joni Sitompul ."
    events = code_with(text, entity(text, "PERSON", "Rahmat Hidayat", "Rahmat Hidayat"),
                       entity(text, "PERSON", "Joni Sitompul", "Joni Sitompul"))
    assert sides(events, "COERCE") == [("Rahmat Hidayat", "Joni Sitompul")]


def test_inviting_people_to_take_a_step_is_an_appeal() -> None:
    text = "Ketua DPRD Andi Rahman mempersilakan warga mengajukan keberatan ."
    events = code_with(text, entity(text, "PERSON", "Andi Rahman", "Andi Rahman"))
    assert sides(events, "REQUEST") == [("Andi Rahman", "warga")]


def test_coming_to_someone_is_a_visit() -> None:
    text = "Duta Besar Jepang Kenji Ito mendatangi Bupati Sleman Sri Purnomo , Selasa ."
    events = code_with(text, entity(text, "PERSON", "Kenji Ito", "Kenji Ito"),
                       entity(text, "PERSON", "Sri Purnomo", "Sri Purnomo"))
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "visit")]
    assert sides(events, "CONSULT") == [("Kenji Ito", "Sri Purnomo")]


def test_investigators_with_no_body_named_act_for_the_body_pursuing_the_case() -> None:
    text = ("Kejaksaan Negeri Kampar memeriksa Bupati Arman Siregar . Juru bicara Kejaksaan Negeri Kampar "
            "menyebut kasus itu masih didalami . Tim penyidik juga menyita dua mobil .")
    kejari = entity(text, "ORG", "Kejaksaan Negeri Kampar", "Kejaksaan Negeri Kampar")
    second = text.index("Kejaksaan Negeri Kampar", 20)
    kejari.mentions.append(kejari.mentions[0].model_copy(
        update={"start": second, "end": second + len("Kejaksaan Negeri Kampar")}))
    events = code_with(text, kejari, entity(text, "PERSON", "Arman Siregar", "Arman Siregar"))
    seized = [e for e in events if e.mode == "seize"]
    assert [e.source.name for e in seized if e.source] == ["Kejaksaan Negeri Kampar"]


def test_a_long_object_may_come_before_sebagai_tersangka() -> None:
    text = ("Kejaksaan Tinggi Riau menetapkan Bupati Kampar Arman Siregar dan pengusaha "
            "Beni Tan , pemilik PT Sinar Jaya , sebagai tersangka .")
    events = code_with(text, entity(text, "ORG", "Kejaksaan Tinggi Riau", "Kejaksaan Tinggi Riau"),
                       entity(text, "PERSON", "Arman Siregar", "Arman Siregar"),
                       entity(text, "PERSON", "Beni Tan", "Beni Tan"), entity(text, "ORG", "PT Sinar Jaya", "PT Sinar Jaya"))
    assert sorted(sides(events, "COERCE")) == [("Kejaksaan Tinggi Riau", "Arman Siregar"),
                                               ("Kejaksaan Tinggi Riau", "Beni Tan")]


def test_a_clause_ends_the_search_for_sebagai_tersangka() -> None:
    text = "Kejaksaan Tinggi Riau menetapkan jadwal sidang . Arman Siregar hadir sebagai tersangka ."
    events = code_with(text, entity(text, "ORG", "Kejaksaan Tinggi Riau", "Kejaksaan Tinggi Riau"),
                       entity(text, "PERSON", "Arman Siregar", "Arman Siregar"))
    assert not _of(events, "COERCE")


def test_a_search_with_no_one_named_is_of_the_first_suspect_of_the_case() -> None:
    text = ("Kejaksaan Tinggi Riau menetapkan Arman Siregar dan Beni Tan sebagai tersangka . "
            "Dalam penggeledahan , Kejaksaan Tinggi Riau menyita dokumen proyek .")
    kejati = entity(text, "ORG", "Kejaksaan Tinggi Riau", "Kejaksaan Tinggi Riau")
    second = text.index("Kejaksaan Tinggi Riau", 10)
    kejati.mentions.append(kejati.mentions[0].model_copy(
        update={"start": second, "end": second + len("Kejaksaan Tinggi Riau")}))
    events = code_with(text, kejati, entity(text, "PERSON", "Arman Siregar", "Arman Siregar"),
                       entity(text, "PERSON", "Beni Tan", "Beni Tan"))
    seized = [e for e in events if e.mode == "seize"]
    assert seized and {e.target.name for e in seized if e.target} == {"Arman Siregar"}


def test_where_an_actor_is_based_is_not_where_the_event_happens() -> None:
    text = "Lembaga Hak Asasi Global , organisasi yang berbasis di Swiss , mengecam pemerintah Laos ."
    events = code_with(text, entity(text, "ORG", "Lembaga Hak Asasi Global", "Lembaga Hak Asasi Global"),
                       _country(text, "Swiss", "CH"), _country(text, "Laos", "LA"))
    accused = _of(events, "ACCUSE")
    assert accused and all(e.location is None for e in accused)
    met = "Menteri Arman Siregar mengecam pemerintah Laos di Jenewa ."
    events = code_with(met, entity(met, "PERSON", "Arman Siregar", "Arman Siregar"), _country(met, "Laos", "LA"),
                       entity(met, "LOC", "Jenewa", "Jenewa"))
    assert [e.location.name for e in _of(events, "ACCUSE") if e.location] == ["Jenewa"]


def test_a_place_after_the_cue_that_follows_a_quote_is_where_one_spoke() -> None:
    text = ("\" Kejaksaan Negeri Kampar menyita dua mobil milik Arman Siregar , \" kata Rudi Hartono saat "
            "jumpa pers , di Gedung Kejaksaan , Senin .")
    events = code_with(text, entity(text, "PERSON", "Arman Siregar", "Arman Siregar"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"),
                       entity(text, "ORG", "Kejaksaan Negeri Kampar", "Kejaksaan Negeri Kampar"),
                       entity(text, "LOC", "Gedung Kejaksaan", "Gedung Kejaksaan"))
    seized = [e for e in events if e.mode == "seize"]
    assert seized and all(e.location is None for e in seized)
    told = "Kejaksaan Negeri Kampar menyita dua mobil milik Arman Siregar di Gedung Kejaksaan , Senin ."
    events = code_with(told, entity(told, "PERSON", "Arman Siregar", "Arman Siregar"),
                       entity(told, "ORG", "Kejaksaan Negeri Kampar", "Kejaksaan Negeri Kampar"),
                       entity(told, "LOC", "Gedung Kejaksaan", "Gedung Kejaksaan"))
    assert [e.location.name for e in events if e.mode == "seize" and e.location] == ["Gedung Kejaksaan"]


def test_a_questioning_carried_out_on_someone_targets_them() -> None:
    text = "Kejaksaan Negeri Kampar melakukan pemeriksaan terhadap 13 orang saksi ."
    events = code_with(text, entity(text, "ORG", "Kejaksaan Negeri Kampar", "Kejaksaan Negeri Kampar"))
    assert sides(events, "ACCUSE") == [("Kejaksaan Negeri Kampar", "13 orang saksi")]


def test_premises_burned_or_searched_belong_to_the_one_acted_upon() -> None:
    text = "Laskar Merah membakar kantor Ikatan Pemuda Tani di Garut ."
    events = code_with(text, entity(text, "ORG", "Laskar Merah", "Laskar Merah"),
                       entity(text, "ORG", "Ikatan Pemuda Tani", "Ikatan Pemuda Tani"), entity(text, "LOC", "Garut", "Garut"))
    assert sides(events, "ASSAULT") == [("Laskar Merah", "Ikatan Pemuda Tani")]
    burned = "Laskar Merah membakar kantor di Garut ."
    events = code_with(burned, entity(burned, "ORG", "Laskar Merah", "Laskar Merah"),
                       entity(burned, "LOC", "Garut", "Garut"))
    assert sides(events, "ASSAULT") == [("Laskar Merah", None)]


def test_a_law_challenged_in_court_is_no_target() -> None:
    text = "Serikat Buruh Mandiri mengajukan uji materi UU Cipta Usaha ke Mahkamah Konstitusi ."
    events = code_with(text, entity(text, "ORG", "Serikat Buruh Mandiri", "Serikat Buruh Mandiri"),
                       entity(text, "PERSON", "UU Cipta Usaha", "UU Cipta Usaha"),
                       entity(text, "ORG", "Mahkamah Konstitusi", "Mahkamah Konstitusi"))
    assert sides(events, "ACCUSE") == [("Serikat Buruh Mandiri", None)]


def test_a_petition_rejected_answers_those_who_filed_it() -> None:
    text = ("Kuasa hukum Rudi Hartono meminta Mahkamah Konstitusi menolak gugatan itu . Mahkamah Konstitusi "
            "menolak seluruh permohonan pasangan Darmawan Saleh dan Yuliana Putri , Kamis .")
    mk = entity(text, "ORG", "Mahkamah Konstitusi", "Mahkamah Konstitusi")
    second = text.index("Mahkamah Konstitusi", 60)
    mk.mentions.append(mk.mentions[0].model_copy(update={"start": second, "end": second + len("Mahkamah Konstitusi")}))
    events = code_with(text, mk, entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"),
                       entity(text, "PERSON", "Darmawan Saleh", "Darmawan Saleh"),
                       entity(text, "PERSON", "Yuliana Putri", "Yuliana Putri"))
    rejected = [(e.source and e.source.name, e.target and e.target.name) for e in events
                if e.type == "REJECT" and e.modality == "asserted"]
    assert rejected == [("Mahkamah Konstitusi", "Darmawan Saleh"), ("Mahkamah Konstitusi", "Yuliana Putri")]


def test_help_offered_in_english_is_aid_offered() -> None:
    from warta.article.events import find_events
    from warta.article.sentences import split_sentences

    text = "The Red Crescent offered technical help to the provincial health office ."
    crescent = entity(text, "ORG", "Red Crescent", "Red Crescent")
    events = find_events(text, split_sentences(text), [crescent], [], "a1", "en", quotes=[])
    assert [(e.type, e.modality) for e in events] == [("AID", "planned")]


def test_a_parliament_approving_a_bill_is_law_making_not_an_agreement() -> None:
    text = "Rapat Paripurna DPRD Riau menyetujui pengesahan RUU Tata Ruang , Selasa ."
    events = code_with(text, entity(text, "ORG", "DPRD Riau", "DPRD Riau"))
    assert not _of(events, "AGREE")
    deal = "DPRD Riau menyetujui usulan Gubernur Arman Siregar ."
    events = code_with(deal, entity(deal, "ORG", "DPRD Riau", "DPRD Riau"),
                       entity(deal, "PERSON", "Arman Siregar", "Arman Siregar"))
    assert sides(events, "AGREE") == [("DPRD Riau", "Arman Siregar")]


def test_looking_into_a_report_that_names_someone_investigates_them() -> None:
    text = "Kejaksaan Negeri Kampar mendalami laporan yang menyebut Bupati Arman Siregar menerima suap ."
    events = code_with(text, entity(text, "ORG", "Kejaksaan Negeri Kampar", "Kejaksaan Negeri Kampar"),
                       entity(text, "PERSON", "Arman Siregar", "Arman Siregar"))
    assert sides(events, "ACCUSE") == [("Kejaksaan Negeri Kampar", "Arman Siregar")]


def test_they_are_the_group_counted_earlier_in_the_sentence() -> None:
    text = "Jika terbukti ada sekelompok pegawai ikut terlibat , Inspektorat Kampar bisa menindak mereka ."
    events = code_with(text, entity(text, "ORG", "Inspektorat Kampar", "Inspektorat Kampar"))
    assert sides(events, "COERCE") == [("Inspektorat Kampar", "sekelompok pegawai")]
    assert [e.modality for e in events] == ["hypothetical"]


def test_a_second_verb_after_a_protest_in_front_of_a_building_keeps_the_crowd() -> None:
    text = "Ribuan buruh berunjuk rasa di depan Gedung DPR menuntut pencabutan aturan upah ."
    events = code_with(text, entity(text, "ORG", "DPR", "DPR"))
    assert [(e.type, e.source and e.source.description) for e in events] == [
        ("PROTEST", "Ribuan buruh"), ("REQUEST", "Ribuan buruh")]


def test_receiving_a_named_official_hosts_a_visit() -> None:
    text = "Presiden Laos Bounnhang Vorachith menerima Perdana Menteri Vietnam Nguyen Xuan Phuc di Vientiane ."
    events = code_with(text, entity(text, "PERSON", "Bounnhang Vorachith", "Bounnhang Vorachith"),
                       entity(text, "PERSON", "Nguyen Xuan Phuc", "Nguyen Xuan Phuc"))
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "visit")]
    assert sides(events, "CONSULT") == [("Bounnhang Vorachith", "Nguyen Xuan Phuc")]
    report = "Bupati Arman Siregar menerima laporan dari warga ."
    assert code_with(report, entity(report, "PERSON", "Arman Siregar", "Arman Siregar")) == []


def test_a_summons_as_a_witness_is_part_of_an_investigation() -> None:
    text = "Kejaksaan Negeri Kampar memanggil Kepala Desa Rudi Hartono sebagai saksi kasus dana desa ."
    events = code_with(text, entity(text, "ORG", "Kejaksaan Negeri Kampar", "Kejaksaan Negeri Kampar"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "investigate")]
    assert sides(events, "ACCUSE") == [("Kejaksaan Negeri Kampar", "Rudi Hartono")]


def test_a_party_nominating_a_candidate_endorses_him() -> None:
    text = "Partai Karya Rakyat mengusung Arman Siregar sebagai calon gubernur ."
    events = code_with(text, entity(text, "ORG", "Partai Karya Rakyat", "Partai Karya Rakyat"),
                       entity(text, "PERSON", "Arman Siregar", "Arman Siregar"))
    assert sides(events, "SUPPORT") == [("Partai Karya Rakyat", "Arman Siregar")]


def test_a_road_blocked_by_residents_is_a_protest() -> None:
    text = "Warga memblokade jalan menuju lokasi tambang pasir ."
    events = code_with(text)
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "obstruct")]


def test_one_demonstration_named_by_two_words_is_one_protest() -> None:
    text = "Ratusan mahasiswa menggelar aksi demonstrasi di depan kampus ."
    assert [(e.type, e.mode) for e in code_with(text)] == [("PROTEST", "demo")]


def test_a_request_made_of_someone_summoned_for_it_is_made_of_them() -> None:
    text = "Kementerian Luar Negeri memanggil Duta Besar Norwegia untuk meminta penjelasan soal penyadapan ."
    events = code_with(text, entity(text, "ORG", "Kementerian Luar Negeri", "Kementerian Luar Negeri"),
                       _country(text, "Norwegia", "NO"))
    assert [target for _, target in sides(events, "REQUEST")] == ["Duta Besar Norwegia"]
    came = "Arman Siregar datang ke Kementerian Dalam Negeri untuk meminta penjelasan ."
    events = code_with(came, entity(came, "PERSON", "Arman Siregar", "Arman Siregar"),
                       entity(came, "ORG", "Kementerian Dalam Negeri", "Kementerian Dalam Negeri"))
    assert sides(events, "REQUEST") == [("Arman Siregar", None)]


def test_a_shooting_to_be_investigated_is_the_case_not_an_act_asked_for() -> None:
    text = "Komnas Perlindungan Anak mendesak Polda Riau mengusut tuntas penganiayaan terhadap dua siswa ."
    events = code_with(text, entity(text, "ORG", "Komnas Perlindungan Anak", "Komnas Perlindungan Anak"),
                       entity(text, "ORG", "Polda Riau", "Polda Riau"))
    assert [(e.type, e.modality) for e in events] == [("REQUEST", "asserted"), ("ACCUSE", "demanded"),
                                                      ("ASSAULT", "asserted")]
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults[0].source is None or assaults[0].source.name != "Polda Riau"


def test_sinking_boats_destroys_property() -> None:
    text = "Menteri Kelautan Arman Siregar menenggelamkan 23 kapal asing pencuri ikan di perairan Sulawesi Utara ."
    events = code_with(text, entity(text, "PERSON", "Arman Siregar", "Arman Siregar"))
    assert [(e.type, e.mode, e.source and e.source.name) for e in events] == [("ASSAULT", "seize", "Arman Siregar")]


def test_a_deadline_dates_what_is_asked_not_the_asking() -> None:
    from warta.article.events import find_events
    from warta.article.sentences import split_sentences
    from warta.models import Timex

    def dated(text: str, *days: tuple[str, str]) -> list[str | None]:
        timexes = [Timex(article="a1", start=text.index(s), end=text.index(s) + len(s), text=s, type="DATE",
                         value=v) for s, v in days]
        ents = [entity(text, "PERSON", "Arman Siregar", "Arman Siregar"), entity(text, "ORG", "KPU Garut", "KPU Garut")]
        return [e.date for e in find_events(text, split_sentences(text), ents, timexes, "a1", "id", quotes=[])
                if e.type == "REQUEST"]

    deadline = "Hakim Arman Siregar meminta KPU Garut membawa kotak suara paling lambat Senin ( 18/3 ) ."
    assert dated(deadline, ("Senin", "2019-03-18")) == [None]
    sitting = ("Hakim Arman Siregar , Kamis ( 14/3 ) , meminta KPU Garut membawa kotak suara pada sidang "
               "berikutnya , Senin ( 18/3 ) .")
    assert dated(sitting, ("Kamis", "2019-03-14"), ("Senin", "2019-03-18")) == ["2019-03-14"]
    asked = "Hakim Arman Siregar meminta KPU Garut membawa kotak suara , Senin ( 18/3 ) ."
    assert dated(asked, ("Senin", "2019-03-18")) == ["2019-03-18"]


def test_an_order_asked_of_a_court_is_asked_for_and_two_words_of_asking_are_not() -> None:
    text = "Rudi Hartono meminta Mahkamah Konstitusi memerintahkan penghitungan ulang surat suara ."
    events = code_with(text, entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"),
                       entity(text, "ORG", "Mahkamah Konstitusi", "Mahkamah Konstitusi"))
    assert [(e.source and e.source.name, e.modality) for e in events if e.type == "REQUEST"] == [
        ("Rudi Hartono", "asserted"), ("Mahkamah Konstitusi", "demanded")]
    twice = "Komnas Perempuan mendesak dan meminta Polda Riau membebaskan para aktivis ."
    events = code_with(twice, entity(twice, "ORG", "Komnas Perempuan", "Komnas Perempuan"),
                       entity(twice, "ORG", "Polda Riau", "Polda Riau"))
    assert {e.modality for e in events if e.type == "REQUEST"} == {"asserted"}


def _english(text: str) -> list[Event]:
    from warta.article.entities import find_article_entities
    from warta.article.events import find_events
    from warta.article.sentences import split_sentences

    return find_events(text, split_sentences(text), find_article_entities(text, "a1", use_model=False), [], "a1",
                       "en", quotes=[])


def test_english_blame_on_the_weather_and_a_health_alert_are_no_events() -> None:
    assert _english("Traders blamed bad weather and delayed harvests for the price rise.") == []
    assert _english("The provincial health office declared an alert on Monday after dengue cases rose.") == []
    assert [(e.type, e.mode) for e in _english("The army put troops on high alert along the border.")] == [
        ("MOBILIZE", "troops")]


def test_a_demand_to_revoke_a_permit_is_a_demand_asking_permission_is_not() -> None:
    text = "Ratusan nelayan berunjuk rasa di kantor bupati . Mereka menuntut pencabutan izin tambang pasir ."
    assert [(e.type, e.source and e.source.description) for e in code_with(text)] == [
        ("PROTEST", "Ratusan nelayan"), ("REQUEST", "Ratusan nelayan")]
    leave = "Arman Siregar meminta izin pulang lebih awal ."
    assert code_with(leave, entity(leave, "PERSON", "Arman Siregar", "Arman Siregar")) == []


def test_a_state_protesting_in_a_verb_complains_officially() -> None:
    text = "Pemerintah Vietnam memprotes latihan militer Kamboja di perbatasan ."
    events = code_with(text, _country(text, "Vietnam", "VN"), _country(text, "Kamboja", "KH"))
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "allege")]
    person = "Arman Siregar memprotes keputusan wasit itu ."
    events = code_with(person, entity(person, "PERSON", "Arman Siregar", "Arman Siregar"))
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "disapprove")]


def test_an_act_noun_opening_a_sentence_before_dilakukan_tells_on_the_act_just_told() -> None:
    text = ("Kejaksaan Tinggi Riau menggeledah rumah Arman Siregar . Penggeledahan dilakukan sejak pagi hingga "
            "malam hari .")
    events = code_with(text, entity(text, "ORG", "Kejaksaan Tinggi Riau", "Kejaksaan Tinggi Riau"),
                       entity(text, "PERSON", "Arman Siregar", "Arman Siregar"))
    assert sides(events, "COERCE") == [("Kejaksaan Tinggi Riau", "Arman Siregar")] * 2
    alone = "Penggeledahan dilakukan sejak pagi hingga malam hari ."
    assert code_with(alone) == []


def test_an_official_residence_is_where_an_act_happens() -> None:
    text = "Kejaksaan Tinggi Riau menggeledah rumah dinas Bupati Kampar di Bangkinang , Senin ."
    events = code_with(text, entity(text, "ORG", "Kejaksaan Tinggi Riau", "Kejaksaan Tinggi Riau"),
                       entity(text, "LOC", "Bangkinang", "Bangkinang"))
    assert [e.location.name for e in events if e.location] == ["Bangkinang"]
    told = "Penggeledahan oleh Kejaksaan Tinggi Riau dilakukan di rumah dinas Bupati Kampar ."
    events = code_with(told, entity(told, "ORG", "Kejaksaan Tinggi Riau", "Kejaksaan Tinggi Riau"),
                       entity(told, "LOC", "Kampar", "Kampar"))
    assert [e.location.name for e in events if e.location] == ["rumah dinas Bupati Kampar"]


def test_a_travel_ban_imposed_upon_a_request_answers_that_request() -> None:
    text = ("Bupati Arman Siregar dicegah Direktorat Jenderal Imigrasi , atas permintaan Kejaksaan Agung , "
            "bepergian ke luar negeri .")
    events = code_with(text, entity(text, "PERSON", "Arman Siregar", "Arman Siregar"),
                       entity(text, "ORG", "Direktorat Jenderal Imigrasi", "Direktorat Jenderal Imigrasi"),
                       entity(text, "ORG", "Kejaksaan Agung", "Kejaksaan Agung"))
    assert sides(events, "COERCE") == [("Direktorat Jenderal Imigrasi", "Arman Siregar")]
    assert sides(events, "REQUEST") == [("Kejaksaan Agung", "Direktorat Jenderal Imigrasi")]
    assert code_with("Penyebaran penyakit itu bisa dicegah dengan vaksin .") == []


def test_a_dismissal_the_attorney_general_announces_is_the_prosecution_s() -> None:
    text = ("Jaksa Agung Arman Siregar menegaskan Kepala Seksi Intelijen Kejari Kampar , Rudi Hartono dipecat "
            "sebagai jaksa .")
    events = code_with(text, entity(text, "PERSON", "Arman Siregar", "Arman Siregar"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert sides(events, "COERCE") == [("Kejaksaan Agung", "Rudi Hartono")]
    deputy = ("Jaksa Agung Muda Pengawasan Arman Siregar menegaskan Kepala Seksi Intelijen Kejari Kampar , "
              "Rudi Hartono dipecat sebagai jaksa .")
    events = code_with(deputy, entity(deputy, "PERSON", "Arman Siregar", "Arman Siregar"),
                       entity(deputy, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert [source for source, _ in sides(events, "COERCE")] != ["Kejaksaan Agung"]


def test_the_one_said_to_be_dismissed_is_the_patient_not_the_one_saying_it() -> None:
    for text in ("Menteri Arman Siregar menegaskan bahwa Rudi Hartono dipecat .",
                 "Menteri Arman Siregar menegaskan Rudi Hartono dipecat ."):
        events = code_with(text, entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"),
                           entity(text, "PERSON", "Arman Siregar", "Arman Siregar"))
        assert [target for _, target in sides(events, "COERCE")] == ["Rudi Hartono"], text


def test_being_ready_to_be_criticised_is_no_criticism() -> None:
    text = "Bupati Arman Siregar siap dikritik warga , asal jangan difitnah ."
    events = code_with(text, entity(text, "PERSON", "Arman Siregar", "Arman Siregar"))
    assert _of(events, "ACCUSE") == []
    fearless = "Arman Siregar tidak pernah takut menghadapi kritik ."
    assert code_with(fearless, entity(fearless, "PERSON", "Arman Siregar", "Arman Siregar")) == []
    criticised = "Bupati Arman Siregar dikritik warga karena lambat menangani banjir ."
    events = code_with(criticised, entity(criticised, "PERSON", "Arman Siregar", "Arman Siregar"))
    assert [e.type for e in events] == ["ACCUSE"]


def test_a_body_named_again_by_its_kind_is_the_one_named_before() -> None:
    text = "Komisi Disiplin PSSI menggelar sidang terhadap Persikota , Selasa . Klub itu dijatuhi denda Rp 100 juta ."
    events = code_with(text, entity(text, "ORG", "Komisi Disiplin PSSI", "Komisi Disiplin PSSI"),
                       entity(text, "ORG", "Persikota", "Persikota"))
    assert [target for _, target in sides(events, "SANCTION")] == ["Persikota"]
    party = ("Partai Karya Rakyat mengkritik Kementerian Sosial soal bantuan . Kementerian Sosial membantah . "
             "Partai itu lalu melaporkan Menteri Sosial ke KPK .")
    events = code_with(party, entity(party, "ORG", "Partai Karya Rakyat", "Partai Karya Rakyat"),
                       entity(party, "ORG", "Kementerian Sosial", "Kementerian Sosial"), entity(party, "ORG", "KPK", "KPK"))
    assert [source for source, _ in sides(events, "ACCUSE")][-1:] == ["Partai Karya Rakyat"]
