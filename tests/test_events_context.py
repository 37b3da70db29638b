"""Events: actors the sentence names only through its speaker, a title's portfolio or a genitive."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import ActorRef, Entity, Event, Mention


def code(text: str) -> list[Event]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_events(text, split_sentences(text), entities, [], "a1", "id")


def who(actor: ActorRef | None) -> str | None:
    return None if actor is None else (actor.name or actor.description)


def sides(events: list[Event], kind: str) -> list[tuple[str | None, str | None]]:
    return [(who(e.source), who(e.target)) for e in events if e.type == kind]


def test_pronoun_opening_reported_speech_is_the_speaker() -> None:
    text = ("Ribuan pengungsi tiba di perbatasan Thailand. Pemerintah Vietnam, yang bersaing dengan "
            "Filipina, mengatakan pada Selasa bahwa mereka mendukung upaya Kamboja.")
    assert sides(code(text), "SUPPORT") == [("Vietnam", "Kamboja")]


def entity(text: str, kind: str, name: str, *surfaces: str) -> Entity:
    """An entity as the NER model gives it, mentions at the first occurrence of each surface."""
    mentions = [Mention(article="a1", start=text.index(w), end=text.index(w) + len(w), text=w) for w in surfaces]
    return Entity(id=f"a1/{name}", name=name, type=kind, mentions=mentions)  # type: ignore[arg-type]


def code_with(text: str, *entities: Entity) -> list[Event]:
    return find_events(text, split_sentences(text), list(entities), [], "a1", "id", quotes=[])


def test_pronoun_after_speech_verb_and_date_is_the_speaker() -> None:
    text = ("Joko mengatakan, Kamis (4/1/2018), dia akan kembali rapat dengan Menteri Keuangan "
            "Bambang Wijaya.")
    events = code_with(text, entity(text, "PERSON", "Joko Santoso", "Joko"),
                       entity(text, "PERSON", "Bambang Wijaya", "Bambang Wijaya"))
    assert sides(events, "CONSULT") == [("Joko Santoso", "Bambang Wijaya")]


def test_pronoun_with_its_own_verb_before_is_not_the_reporter() -> None:
    text = "Polisi mengatakan warga yang marah menyerang mereka di depan kantor desa."
    assert all(source != "Polisi" for source, _ in sides(code(text), "ASSAULT"))


def test_request_for_something_of_someone_is_addressed_to_them() -> None:
    found = sides(code("Filipina akan meminta penegasan Amerika Serikat soal latihan bersama."), "REQUEST")
    assert found == [("Filipina", "Amerika Serikat")]


def test_request_for_money_asks_no_one() -> None:
    found = sides(code("Tersangka Budi Santoso meminta uang Rp 500 juta kepada pengusaha itu."), "REQUEST")
    assert found and all(target != "Rp" for _, target in found)


def test_title_portfolio_and_name_are_one_actor() -> None:
    text = "Menteri Pariwisata Arief Wibowo mendukung kerja sama baru dengan Prancis."
    events = code_with(text, entity(text, "PERSON", "Arief Wibowo", "Arief Wibowo"),
                       entity(text, "LOC", "Prancis", "Prancis"))
    assert [source for source, _ in sides(events, "SUPPORT")] == ["Arief Wibowo"]


def test_mereka_is_the_group_that_acted_in_the_sentence_before_even_opening_it() -> None:
    text = ("Singapura mengirim kapal perang. Keluarga penumpang mendesak pemerintah mempercepat "
            "pencarian. Mereka juga meminta Basarnas memberi kabar setiap hari.")
    requests = [e for e in code(text) if e.type == "REQUEST" and "Basarnas" in e.evidence[0].sentence]
    assert [(who(e.source) or "").lower() for e in requests] == ["keluarga penumpang"]


def test_help_of_two_countries_is_help_from_each() -> None:
    found = sides(code('"Kami berterima kasih atas bantuan Singapura dan Malaysia," ujar Hendra.'), "AID")
    assert sorted(source or "" for source, _ in found) == ["Malaysia", "Singapura"]
    assert all(target not in ("Malaysia", "Singapura") for _, target in found)


def test_meeting_of_two_leaders_is_still_one_with_the_other() -> None:
    found = sides(code("Pertemuan Presiden Joko Widodo dan Perdana Menteri Najib Razak berlangsung di Bogor."),
                  "CONSULT")
    assert found == [("Joko Widodo", "Najib Razak")]


def test_pihaknya_after_menurut_is_the_speakers_side() -> None:
    text = ("Polisi memeriksa direktur operator kapal itu. Menurut Polda Sulawesi Selatan, pihaknya telah "
            "memeriksa lima saksi.")
    found = [e for e in code(text) if "lima saksi" in e.evidence[0].sentence]
    assert [who(e.source) for e in found] == ["Polda Sulawesi Selatan"]


def test_a_ships_master_is_an_actor() -> None:
    found = sides(code("Polisi menahan nakhoda kapal yang diduga menabrak feri itu."), "COERCE")
    assert found and found[0][1] is not None and "nakhoda" in found[0][1]


def test_regret_over_an_accident_blames_no_one() -> None:
    assert sides(code("Menteri Perhubungan Ahmad Sulaiman menyayangkan kecelakaan tersebut."), "ACCUSE") == []
    found = sides(code("Menteri Perhubungan Ahmad Sulaiman menyayangkan sikap operator kapal itu."), "ACCUSE")
    assert [source for source, _ in found] == ["Ahmad Sulaiman"]


def test_two_sides_holding_an_agreement_made_it_with_each_other() -> None:
    found = sides(code("Indonesia dan Prancis sudah memiliki perjanjian kerja sama pariwisata sejak 2011."), "AGREE")
    assert found == [("Indonesia", "Prancis")]


def test_a_limited_cabinet_meeting_is_a_meeting() -> None:
    text = "Rapat terbatas Presiden Joko Widodo dan Menteri Keuangan Sri Mulyani berlangsung di Istana."
    assert sides(code(text), "CONSULT") == [("Joko Widodo", "Sri Mulyani Indrawati")]


def test_role_then_name_between_commas_is_the_named_person() -> None:
    text = "Direktur Utama maskapai itu, Budi Hartono, menemui keluarga penumpang di bandara."
    events = code_with(text, entity(text, "PERSON", "Budi Hartono", "Budi Hartono"))
    assert [source for source, _ in sides(events, "CONSULT")] == ["Budi Hartono"]


def test_mereka_opening_a_sentence_is_the_group_the_sentence_before_was_about() -> None:
    text = ("Polri menyiagakan 300 personel di bandara. Puluhan keluarga penumpang mendatangi kantor "
            "maskapai. Mereka menuntut kejelasan informasi dari pihak maskapai.")
    found = [(who(e.source) or "").lower() for e in code(text) if e.type == "REQUEST"]
    assert found == ["puluhan keluarga penumpang"]


def test_subjects_joined_by_bersama_act_together() -> None:
    text = ("Menteri Pertahanan Jepang Itsunori Onodera bersama Menteri Luar Negeri Taro Kono akan "
            "melakukan pertemuan dengan Menteri Pertahanan AS James Mattis.")
    found = {source for source, _ in sides(code(text), "CONSULT")}
    assert found == {"Itsunori Onodera", "Taro Kono"}


def test_a_group_described_before_its_name_is_the_named_body() -> None:
    text = "Harga minyak turun menjelang pertemuan negara-negara pengekspor minyak OPEC di Wina."
    events = code_with(text, entity(text, "ORG", "OPEC", "OPEC"), entity(text, "LOC", "Wina", "Wina"))
    assert [source for source, _ in sides(events, "CONSULT")] == ["OPEC"]


def test_the_spokesman_announcing_an_attack_is_not_the_attacker() -> None:
    text = ("Kepala Bidang Humas Polda Papua Kombes Ahmad Kamal mengatakan, Kapolres Jayapura dan "
            "ajudannya dianiaya saat berupaya menenangkan massa.")
    assert all(source != "Ahmad Kamal" for source, _ in sides(code(text), "ASSAULT"))
    arrest = "Kepala Bidang Humas Polda Papua Kombes Ahmad Kamal mengatakan, pelaku sudah ditangkap."
    assert [source for source, _ in sides(code(arrest), "COERCE")] != [None]


def test_negara_tersebut_is_the_country_named_just_before() -> None:
    text = ("Kelompok bersenjata itu memberi Israel waktu 24 jam untuk merespons tuntutan para tahanan "
            "dan mengancam akan menyerang negara tersebut.")
    events = code_with(text, entity(text, "LOC", "Israel", "Israel"))
    assert [target for _, target in sides(events, "THREATEN")] == ["Israel"]


def test_beatings_fist_fights_and_evictions_are_coded() -> None:
    assert sides(code("Seorang warga dihajar petugas Satpol PP di depan rumahnya."), "ASSAULT")
    fight = sides(code("Warga dan aparat gabungan terlibat adu jotos di lokasi pembongkaran."), "ASSAULT")
    assert fight and fight[0][1] is not None
    assert sides(code("Pemerintah kota menggusur ratusan warga di bantaran sungai."), "COERCE")


def test_visiting_the_bereaved_is_a_visit() -> None:
    found = sides(code("Presiden Joko Widodo menjenguk keluarga penumpang di Bandara Juanda."), "CONSULT")
    assert found and found[0][0] == "Joko Widodo" and (found[0][1] or "").lower() == "keluarga penumpang"


def test_dollar_sign_makes_us_a_currency_not_a_target() -> None:
    text = "Israel memotong sumbangannya sebesar US$ 6 juta dari anggaran PBB."
    events = code_with(text, entity(text, "LOC", "Israel", "Israel"),
                       entity(text, "LOC", "Amerika Serikat", "US"))
    assert all(target != "Amerika Serikat" for _, target in sides(events, "SANCTION"))


def test_a_name_set_off_after_a_description_is_the_subject() -> None:
    text = "Namun produsen minyak terbesar, Arab Saudi, menolak usulan Venezuela."
    events = code_with(text, entity(text, "LOC", "Arab Saudi", "Arab Saudi"),
                       entity(text, "LOC", "Venezuela", "Venezuela"))
    assert [source for source, _ in sides(events, "REJECT")] == ["Arab Saudi"]


def test_a_route_named_by_its_cities_is_no_target() -> None:
    found = sides(code("Kementerian Perhubungan membekukan izin rute Surabaya-Singapura milik maskapai itu."),
                  "COERCE")
    assert found and all(target != "Surabaya" for _, target in found)
    owned = sides(code("Polisi menyita dua mobil milik Budi Santoso."), "COERCE")
    assert [target for _, target in owned] == ["Budi Santoso"]


def test_forces_sent_somewhere_have_no_target() -> None:
    found = sides(code("TNI Angkatan Udara mengirim pesawat Hercules untuk mengangkut jenazah ke Surabaya."),
                  "MOBILIZE")
    assert found and all(target is None for _, target in found)


def test_accepting_an_offer_answers_whoever_offered_it() -> None:
    text = ("Singapura mengirim dua kapal ke lokasi. Amerika Serikat menawarkan kapal penyelamat. "
            "Pemerintah Indonesia menerima tawaran tersebut.")
    assert ("Amerika Serikat", "Indonesia") in sides(code(text), "AID")  # foreign help: AID to Indonesia
    assert [target for _, target in sides(code(text), "AGREE")] == ["Amerika Serikat"]


def test_a_security_or_disaster_threat_is_no_threat_event() -> None:
    assert sides(code("Pemerintah harus mengatasi ancaman keamanan dari para pemberontak."), "THREATEN") == []
    assert sides(code("Warga diminta menjauhi pantai karena ancaman tsunami."), "THREATEN") == []


def test_threats_and_criticism_launched_at_someone() -> None:
    assert sides(code("Korea Utara melontarkan ancaman terhadap Amerika Serikat."), "THREATEN") == [
        ("Korea Utara", "Amerika Serikat")]


def test_request_for_two_words_of_someone_is_addressed_to_them() -> None:
    found = sides(code("Jepang meminta kepastian perlindungan Amerika Serikat dari ancaman rudal."), "REQUEST")
    assert found == [("Jepang", "Amerika Serikat")]


def test_members_listed_with_a_comma_before_dan_each_act() -> None:
    found = sides(code("Menurut dia, Singapura, Malaysia, dan Australia siap membantu pencarian."), "AID")
    assert sorted(source or "" for source, _ in found) == ["Australia", "Malaysia", "Singapura"]


def test_a_navy_ship_deployed_is_the_navys_deployment() -> None:
    text = ("TNI Angkatan Laut menurunkan tiga kapal perang ke lokasi. Polri menerjunkan 100 personel ke "
            "Pangkalan Bun. Kapal perang KRI Bung Tomo dikerahkan ke perairan Belitung Timur.")
    ship = [e for e in code(text) if e.type == "MOBILIZE" and "Bung Tomo" in e.evidence[0].sentence]
    assert [who(e.source) for e in ship] == ["TNI Angkatan Laut"]


def test_offering_help_does_not_answer_earlier_help() -> None:
    text = "Australia siap membantu. Pemerintah Korea Selatan juga menawarkan bantuan kapal selam."
    offers = [e for e in code(text) if e.type == "AID" and "Korea" in e.evidence[0].sentence]
    assert [(who(e.source), who(e.target)) for e in offers] == [("Korea Selatan", None)]


def test_the_one_helped_by_a_sending_is_its_target() -> None:
    found = sides(code("Sementara itu, China mengirim dua kapal untuk membantu Indonesia mencari pesawat."), "AID")
    assert [target for _, target in found] == ["Indonesia"]


def test_a_meeting_named_again_is_with_the_same_partner() -> None:
    # (round 12: a meeting named again as the setting, "Dalam pertemuan itu, …", is not stated again)
    text = ("Menteri Luar Negeri Retno Marsudi bertemu Duta Besar Singapura Anil Kumar di Jakarta. "
            "Pertemuan itu berlangsung tertutup selama dua jam.")
    again = [e for e in code(text) if e.type == "CONSULT" and "Pertemuan" in e.evidence[0].sentence]
    assert [(who(e.source), who(e.target)) for e in again] == [("Retno Marsudi", "Anil Kumar")]


def test_counted_people_are_an_actor() -> None:
    found = sides(code("Polisi telah menangkap dua orang yang menyebarkan kabar bohong soal pesawat itu."), "COERCE")
    assert [target for _, target in found] == ["dua orang"]


def test_keduanya_is_the_counted_pair_or_the_two_who_met() -> None:
    text = "Polisi menangkap dua orang yang menyebarkan kabar bohong. Keduanya kini ditahan di Mabes Polri."
    held = [e for e in code(text) if e.type == "COERCE" and "Keduanya" in e.evidence[0].sentence]
    assert [who(e.target) for e in held] == ["dua orang"]
    met = ("Menteri Luar Negeri Retno Marsudi bertemu Duta Besar Singapura Anil Kumar. "
           "Keduanya sepakat memperluas kerja sama pencarian.")
    agreed = sides(code(met), "AGREE")
    assert agreed == [("Retno Marsudi", "Anil Kumar")]


def test_lifting_a_ban_eases_it_and_those_freed_were_held_by_who_frees_them() -> None:
    assert sides(code("Iran resmi mencabut larangan impor dari Arab Saudi."), "RETREAT") == [
        ("Iran", "Arab Saudi")]
    text = ("KPK menetapkan Budi Santoso sebagai tersangka. Pemerintah Iran juga membebaskan tiga nelayan "
            "Uni Emirat Arab yang ditahan sejak Januari.")
    held = [e for e in code(text) if e.type == "COERCE" and "nelayan" in e.evidence[0].sentence]
    assert [who(e.source) for e in held] == ["Iran"]


def test_an_act_rejected_is_not_taken_from_another_story() -> None:
    text = ("KPK menetapkan Bupati itu sebagai tersangka. Bupati itu diperiksa selama sepuluh jam. "
            "Ratusan nelayan berunjuk rasa di depan kantor gubernur. Mereka menolak larangan penggunaan cantrang.")
    rejected = [e for e in code(text) if e.type == "REJECT"]
    assert rejected and all(who(e.target) != "Komisi Pemberantasan Korupsi" for e in rejected)


def test_an_act_named_again_as_an_object_is_no_new_event() -> None:
    text = ("Anggota DPR Masinton Pasaribu meminta KPK membuka rekaman pemeriksaan. "
            "Ketua KPK Agus Rahardjo menolak permintaan tersebut.")
    second = [e for e in code(text) if "menolak" in e.evidence[0].sentence]
    assert [(e.type, who(e.source), who(e.target)) for e in second] == [
        ("REJECT", "Agus Rahardjo", "Masinton Pasaribu")]


def test_the_attacker_named_back_is_never_the_police_who_shot_him() -> None:
    # After the police shoot the attacker, the police are the latest attacker in the article;
    # "pelaku" still means the man who attacked first.
    text = ("Seorang pria bernama Darto Wiyono menyerang Pos Polisi Cempaka di Bekasi. "
            "Polisi Resor Bekasi menembak Darto Wiyono di kaki. "
            "Pelaku kemudian dilumpuhkan dan dibawa ke rumah sakit.")
    events = code(text)
    assert all(e.target is None or e.source.name != e.target.name for e in events)
    assert ("Darto Wiyono", "Pos Polisi Cempaka") in sides(events, "ASSAULT")
    later = [e for e in events if e.evidence[0].start >= text.index("Pelaku")]
    assert later and all(who(e.target) == "Darto Wiyono" for e in later)


# --------------------------------------------------------------------------- discourse actors
# A passive or an act noun with no agent in its sentence takes the discourse's: whoever the article
# last told acting (event_discourse.last_agent). Every sentence is invented for its rule.

def _everywhere(text: str, kind: str, name: str) -> Entity:
    """An entity with a mention at every occurrence of its name."""
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    mentions = [Mention(article="a1", start=i, end=i + len(name), text=name) for i in starts]
    return Entity(id=f"a1/{name}", name=name, type=kind, mentions=mentions)  # type: ignore[arg-type]


def _bantul(text: str) -> list[Event]:
    named = [("ORG", "Polres Bantul"), ("PERSON", "Andi Wijaya"), ("PERSON", "Rudi Hartono"),
             ("ORG", "BPBD Bantul")]
    return code_with(text, *[_everywhere(text, kind, name) for kind, name in named if name in text])


def test_an_agentless_appeal_is_made_by_whoever_acted_before() -> None:
    text = ("Polres Bantul menangkap Andi Wijaya di sebuah gudang pada Senin malam. "
            "Warga diminta tidak mendekati gudang tersebut.")
    assert sides(_bantul(text), "REQUEST") == [("Polres Bantul", "Warga")]


def test_a_suspect_is_not_the_agent_the_discourse_gives() -> None:
    text = ("Polres Bantul menahan Andi Wijaya sejak Senin. Andi Wijaya menyerang Rudi Hartono di dalam sel. "
            "Warga diminta tidak terpancing kabar itu.")
    assert sides(_bantul(text), "REQUEST") == [("Polres Bantul", "Warga")]


def test_an_attack_by_no_one_named_stays_agentless() -> None:
    text = "Polres Bantul menangkap Andi Wijaya pada Senin. Seorang petugas dianiaya saat berjaga di pos."
    assert [source for source, _ in sides(_bantul(text), "ASSAULT")] == [None]


def test_an_agent_the_sentence_names_is_kept() -> None:
    text = ("Polres Bantul menangkap Andi Wijaya pada Senin. "
            "Warga diminta oleh BPBD Bantul menjauhi tepi sungai.")
    assert sides(_bantul(text), "REQUEST") == [("BPBD Bantul", "Warga")]


def test_an_agent_named_only_after_the_sentence_is_not_taken() -> None:
    text = "Warga diminta menjauhi tepi sungai. BPBD Bantul mengirim bantuan ke Rudi Hartono."
    assert [source for source, _ in sides(_bantul(text), "REQUEST")] in ([], [None])


def _strike(text: str) -> list[Event]:
    named = [("ORG", "Serikat Buruh Tekstil"), ("ORG", "PT Kain Jaya"), ("ORG", "Polres Bantul")]
    return code_with(text, *[_everywhere(text, kind, name) for kind, name in named if name in text])


def test_a_threat_by_the_lead_s_demanders_is_aimed_at_whom_they_asked() -> None:
    text = ("Serikat Buruh Tekstil menuntut PT Kain Jaya menaikkan upah pekerjanya. "
            "Pabrik itu sudah dua pekan berhenti berproduksi. "
            "Serikat Buruh Tekstil juga mengancam akan mogok kerja pekan depan.")
    assert sides(_strike(text), "THREATEN") == [("Serikat Buruh Tekstil", "PT Kain Jaya")]


def test_the_lead_gives_no_counterpart_to_another_actor() -> None:
    text = ("Serikat Buruh Tekstil menuntut PT Kain Jaya menaikkan upah pekerjanya. "
            "Polres Bantul meminta agar aksi berlangsung tertib.")
    assert ("Polres Bantul", "PT Kain Jaya") not in sides(_strike(text), "REQUEST")



def _sleman(text: str) -> list[Event]:
    named = [("ORG", "Polres Sleman"), ("PERSON", "Budi Santoso"), ("PERSON", "Rina Marlina")]
    return code_with(text, *[_everywhere(text, kind, name) for kind, name in named if name in text])


def test_who_undergoes_questioning_is_its_target_and_the_case_s_body_its_source() -> None:
    text = ("Polres Sleman menetapkan Budi Santoso sebagai tersangka penipuan. "
            "Budi Santoso kemudian menjalani pemeriksaan selama enam jam.")
    assert sides(_sleman(text), "ACCUSE") == [("Polres Sleman", "Budi Santoso")]


def test_who_attends_a_meeting_still_meets() -> None:
    text = "Budi Santoso menghadiri pertemuan dengan Rina Marlina di Sleman."
    assert sides(_sleman(text), "CONSULT") == [("Budi Santoso", "Rina Marlina")]


def test_a_check_undergone_with_no_body_pursuing_a_case_is_no_inquiry() -> None:
    text = "Rina Marlina dan dua warga lain menjalani pemeriksaan medis di puskesmas setelah banjir surut."
    assert sides(_sleman(text), "ACCUSE") == []
