"""Events: triggers, actors by voice, negation, modality, date, place, spaCy component, pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from warta.api import analyze
from warta.article.entities import find_article_entities
from warta.article.event_lexicon import find_triggers, tokenize, trigger_index
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.article.timex import find_timexes
from warta.models import ActorRef, Entity, Event, Mention, Timex

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def code(text: str, published: dt.date | None = None, lang: str = "id") -> list[Event]:
    entities = find_article_entities(text, "a1", use_model=False)
    timexes = [Timex(article="a1", start=t.start, end=t.end, text=t.text, type=t.type, value=t.value)
               for t in find_timexes(text, published, lang)]
    return find_events(text, split_sentences(text), entities, timexes, "a1", lang)


def who(actor: ActorRef | None) -> str | None:
    return None if actor is None else (actor.name or actor.description)


def only(events: list[Event], kind: str) -> Event:
    matching = [e for e in events if e.type == kind]
    assert len(matching) == 1, [(e.type, who(e.source), who(e.target)) for e in events]
    return matching[0]


def test_lexicon_types_are_plover() -> None:
    for lang in ("id", "en"):
        for entries in trigger_index(lang).values():
            assert {row.type for _, row in entries} <= PLOVER


def test_longest_trigger_and_object_win() -> None:
    tokens = tokenize("Uni Eropa menjatuhkan sanksi baru dan memberikan bantuan militer kepada Ukraina.")
    found = [(m.row.type, " ".join(t.text for t in tokens[m.first:m.end])) for m in find_triggers(tokens)]
    assert found == [("SANCTION", "menjatuhkan sanksi"), ("AID", "memberikan bantuan")]


def test_decline_to_comment_is_not_a_rejection() -> None:
    assert code("Juru bicara Kremlin Dmitry Peskov menolak berkomentar.") == []


def test_active_subject_and_object() -> None:
    event = only(code("Rusia menyerang Ukraina pada dini hari."), "ASSAULT")
    assert (who(event.source), who(event.target)) == ("Rusia", "Ukraina")
    assert event.id == "a1-v1" and event.evidence[0].sentence.startswith("Rusia menyerang")


def test_passive_agent_after_oleh() -> None:
    event = only(code("Tiga aktivis ditangkap oleh polisi Belarus di Minsk."), "COERCE")
    assert who(event.source) is not None and "polisi" in (who(event.source) or "")
    assert event.mode == "arrest"


def test_passive_agent_right_after_the_verb() -> None:
    event = only(code("Ukraina diserang Rusia sejak Februari."), "ASSAULT")
    assert (who(event.source), who(event.target)) == ("Rusia", "Ukraina")


def test_reciprocal_pair_before_verb() -> None:
    event = only(code("Lloyd Austin dan Sergei Shoigu berbicara lewat telepon."), "CONSULT")
    assert (who(event.source), who(event.target), event.mode) == ("Lloyd Austin", "Sergei Shoigu", "phone")


def test_reciprocal_partner_after_dengan() -> None:
    event = only(code("Presiden Joko Widodo bertemu dengan Presiden Xi Jinping."), "CONSULT")
    assert (who(event.source), who(event.target), event.mode) == ("Joko Widodo", "Xi Jinping", "meet")


def test_nominalisation_between_two_sides() -> None:
    event = only(code("Pertemuan antara Joe Biden dan Xi Jinping berlangsung tiga jam."), "CONSULT")
    assert (who(event.source), who(event.target)) == ("Joe Biden", "Xi Jinping")


def test_bare_nominalisation_is_no_event() -> None:
    assert code("Pertemuan itu berlangsung tertutup.") == []


def test_coordinated_subjects_give_one_event_each() -> None:
    events = code("Amerika Serikat, Inggris dan Prancis mengecam Iran.")
    assert sorted(who(e.source) or "" for e in events) == ["Amerika Serikat", "Inggris", "Prancis"]
    assert {who(e.target) for e in events} == {"Iran"}


def test_descriptive_actor_kept_as_description() -> None:
    event = only(code("Sejumlah pengunjuk rasa berdemonstrasi di depan kedutaan."), "PROTEST")
    assert event.source.entity is None and "pengunjuk rasa" in (event.source.description or "")


def test_counterpart_named_by_role() -> None:
    text = ("Menteri Pertahanan Rusia Sergei Shoigu berada di Moskow. "
            "Menteri Pertahanan AS Lloyd Austin berbicara lewat telepon dengan timpalannya dari Rusia.")
    event = only(code(text), "CONSULT")
    assert (who(event.source), who(event.target)) == ("Lloyd Austin", "Sergei Shoigu")


def test_negation() -> None:
    event = only(code("Turki tidak menjatuhkan sanksi terhadap Rusia."), "SANCTION")
    assert event.negated and who(event.target) == "Rusia"


def test_planned_and_hypothetical_and_asserted() -> None:
    assert only(code("Indonesia akan mengirim bantuan ke Turki."), "AID").modality == "planned"
    assert only(code("Jika Rusia menyerang Ukraina, NATO bersiap."), "ASSAULT").modality == "hypothetical"
    assert only(code("Rusia menyerang Ukraina."), "ASSAULT").modality == "asserted"


def test_demanded_act_and_the_request() -> None:
    events = code("Amerika Serikat mendesak Rusia agar menarik pasukan dari Ukraina.")
    request, retreat = only(events, "REQUEST"), only(events, "RETREAT")
    assert request.modality == "asserted" and who(request.target) == "Rusia"
    assert retreat.modality == "demanded" and who(retreat.source) == "Rusia"


def test_date_from_the_sentence_timex_against_publication() -> None:
    events = code("Basarnas mengerahkan kapal perang kemarin. Tim SAR bekerja sama dengan TNI.",
                  published=dt.date(2014, 12, 29))
    assert only(events, "MOBILIZE").date == "2014-12-28"
    assert only(events, "COOPERATE").date is None  # no time expression in its own sentence


def test_location_from_di_place() -> None:
    event = only(code("William Burns bertemu Sergei Naryshkin di Ankara, Senin."), "CONSULT")
    assert event.location is not None and event.location.name == "Ankara"
    assert event.location.entity is not None


def test_english_path() -> None:
    event = only(code("Police arrested opposition leaders in Minsk.", lang="en"), "COERCE")
    assert "Police" in (who(event.source) or "")


def test_deployment_and_help_once_per_sentence() -> None:
    events = code("TNI AL mengerahkan KRI Bung Tomo ke perairan Belitung Timur. "
                  "Singapura mengirimkan dua kapal untuk membantu pencarian.")
    mobilize = only(events, "MOBILIZE")
    assert mobilize.target is None and mobilize.location is None  # "ke" is where it goes, not where it happens
    aid = only(events, "AID")  # "mengirimkan kapal untuk membantu" is one act of help
    assert who(aid.source) == "Singapura"


def test_english_passive() -> None:
    event = only(code("Three protesters were arrested by police in Cairo.", lang="en"), "COERCE")
    assert who(event.source) == "police" and "protesters" in (who(event.target) or "")


def test_spacy_component() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_events", config={"published": "2022-11-15"})
    doc = nlp("Presiden Joko Widodo bertemu dengan Presiden Xi Jinping kemarin.")
    assert [(s.text, s.label_) for s in doc.spans["warta_events"]] == [("bertemu", "CONSULT")]
    record: dict[str, Any] = doc.user_data["warta_events"][0]
    assert record["source"]["name"] == "Joko Widodo" and record["date"] == "2022-11-14"


def test_analyze_end_to_end(tmp_path: Path, validate: Any) -> None:
    article = tmp_path / "berita.txt"
    article.write_text(
        "Menlu Rusia dan AS Bertemu di Jenewa\n\nJakarta, Selasa (15/11/2022)\n\n"
        "Menteri Luar Negeri Rusia Sergei Lavrov bertemu dengan Menteri Luar Negeri AS Antony Blinken "
        "di Jenewa, Senin (14/11/2022). Keduanya membahas pertukaran tahanan.\n\n"
        "Kremlin kemudian membenarkan bahwa Lavrov bertemu dengan Blinken. Namun juru bicara Kremlin "
        "Dmitry Peskov menolak berkomentar tentang isi pembicaraan.\n", encoding="utf-8")
    data = validate(analyze([str(article)]))
    consult = [e for e in data["events"] if e["type"] == "CONSULT"]
    assert consult and consult[0]["date"] == "2022-11-14"
    assert consult[0]["location"]["name"] == "Jenewa"
    names = {e["id"]: e["name"] for e in data["entities"]}
    assert {names.get(consult[0]["source"]["entity"]), names.get(consult[0]["target"]["entity"])} >= {
        "Sergei Lavrov"}


# --- actors from Indonesian clause structure ----------------------------------------------------


def sides(events: list[Event], kind: str) -> set[tuple[str | None, str | None]]:
    return {(who(e.source), who(e.target)) for e in events if e.type == kind}


def test_clause_after_a_verb_of_saying_has_its_own_subject() -> None:
    event = only(code("Kepala Humas Polda Jawa Barat Kombes Yusri Yunus menambahkan Polda Jawa Barat akan "
                      "mengerahkan 2.000 personel untuk mengamankan pawai itu."), "MOBILIZE")
    assert who(event.source) == "Polda Jawa Barat" and event.modality == "planned"


def test_subordinate_clause_subject_is_not_the_main_one() -> None:
    events = code("Menteri Luar Negeri Retno Marsudi datang setelah Pemerintah Malaysia memprotes "
                  "pembangunan pos itu.")
    assert sides(events, "ACCUSE") == {("Malaysia", None)}


def test_passive_agent_is_right_after_the_verb_or_after_oleh() -> None:
    assert sides(code("Andi Saputra diperiksa sebagai saksi oleh KPK pada Senin."), "ACCUSE") == {
        ("Komisi Pemberantasan Korupsi", "Andi Saputra")}
    # a law article after the verb is no agent
    assert sides(code("Budi Santoso dijerat Pasal 170 KUHP."), "COERCE") == {(None, "Budi Santoso")}


def test_agentless_passive_takes_the_earlier_agent_of_the_same_act_only() -> None:
    # (an appeal is no event since round 12: a judicial review is the earlier act here)
    events = code("Kuasa hukum Andi Saputra mengajukan uji materi. Andi Saputra dinyatakan bersalah.")
    assert sides(events, "ACCUSE") == {("Andi Saputra", None), (None, "Andi Saputra")}
    events = code("KPK memeriksa Budi Santoso. Andi Saputra juga diperiksa sebagai saksi.")
    assert sides(events, "ACCUSE") == {("Komisi Pemberantasan Korupsi", "Budi Santoso"),
                                       ("Komisi Pemberantasan Korupsi", "Andi Saputra")}


def test_announcer_of_an_agentless_passive_is_its_agent() -> None:
    events = code("Majelis hakim Pengadilan Negeri Bandung menyatakan Andi Saputra terbukti bersalah.")
    event = only(events, "ACCUSE")
    assert "Pengadilan Negeri Bandung" in (who(event.source) or "") and who(event.target) == "Andi Saputra"


def test_passive_after_an_active_verb_has_no_patient_from_its_subject() -> None:
    events = code('"Saya mengamankan pemungutan suara, kemudian diperintahkan pulang," kata Wiranto.')
    assert [e for e in events if e.type == "REQUEST"] == []


def test_patient_nominalisation_names_who_is_acted_upon() -> None:
    events = code("Pemerintah Kenya menangkap David Ndii di Diani. Para aktivis menyebut penangkapan Ndii "
                  "memicu kekhawatiran.")
    assert sides(events, "COERCE") == {("Kenya", "David Ndii")}
    assert len([e for e in events if e.type == "COERCE"]) == 2


def test_criticising_an_arrest_targets_the_arrester() -> None:
    events = code("Komisi Pemberantasan Korupsi menangkap Budi Santoso di Bandung. Partai Demokrat mengecam "
                  "penangkapan Budi Santoso.")
    assert sides(events, "ACCUSE") == {("Partai Demokrat", "Komisi Pemberantasan Korupsi")}


def test_an_organisation_after_an_investigation_noun_investigates() -> None:
    event = only(code("Kasus itu masih dalam tahap penyelidikan Komnas HAM."), "ACCUSE")
    assert who(event.source) == "Komisi Nasional Hak Asasi Manusia" and event.target is None


def test_noun_with_its_agent_after_dari_and_its_target_as_receiver() -> None:
    event = only(code("Pemerintah Rusia mendapat sanksi dari Uni Eropa."), "SANCTION")
    assert (who(event.source), who(event.target)) == ("Uni Eropa", "Rusia")


def test_request_answered_by_a_verb_targets_its_subject_and_is_not_negated() -> None:
    event = only(code("Pemerintah Indonesia belum setuju permintaan PT Freeport Indonesia agar pemerintah "
                      "memperpanjang kontrak."), "REQUEST")
    assert (who(event.source), who(event.target)) == ("PT Freeport Indonesia", "Indonesia")
    assert not event.negated


def test_meeting_as_the_setting_of_a_clause_and_a_passive_light_verb() -> None:
    assert sides(code("Dalam pertemuan di Wina, OPEC mempertahankan pagu produksi."), "CONSULT") == {
        ("OPEC", None)}
    events = code("Pencegahan ke luar negeri terhadap Andi Saputra itu dilakukan KPK sejak Desember.")
    assert sides(events, "COERCE") == {("Komisi Pemberantasan Korupsi", "Andi Saputra")}


def test_asking_for_money_asks_no_one_but_a_name_with_a_loose_word_is_asked() -> None:
    assert sides(code("Andi Saputra meminta uang Rp 50 juta untuk proyek itu."), "REQUEST") == {
        ("Andi Saputra", None)}


def test_suspect_after_an_attack_is_the_attacker() -> None:
    events = code("Seorang pria bernama Dedi Kurniawan menyerang pos polisi di Tangerang. Tersangka melakukan "
                  "penyerangan dengan golok.")
    # the attack named again takes its target from the context (docs/annotation.md, Fields: target)
    assert ("Dedi Kurniawan", "pos polisi") in sides(events, "ASSAULT")


def test_lawyer_acts_for_the_client() -> None:
    # (an appeal is no event since round 12; a judicial review announced is a suit)
    events = code("Setelah menyatakan akan mengajukan uji materi, kuasa hukum Andi Saputra, Rahmat Hidayat, "
                  "meninggalkan ruang sidang.")
    assert sides(events, "ACCUSE") == {("Andi Saputra", None)}


def test_group_anaphor_and_counted_meeting_stand_for_each_member() -> None:
    events = code("Amerika Serikat, Jepang dan Australia meminta Tiongkok menghormati hukum internasional. "
                  "Hal itu disampaikan usai pertemuan tiga negara di Manila. Negara-negara tersebut juga "
                  "mendorong Filipina berunding.")
    assert sides(events, "CONSULT") == {("Amerika Serikat", "Jepang"), ("Amerika Serikat", "Australia")}
    assert {(s, t) for s, t in sides(events, "REQUEST") if t == "Filipina"} == {
        ("Amerika Serikat", "Filipina"), ("Jepang", "Filipina"), ("Australia", "Filipina")}


def test_statements_are_no_events() -> None:
    assert code("Badan Energi Internasional memperingatkan bahwa harga minyak akan terus turun.") == []
    assert code("Hal itu disampaikan Rudi Hartono saat ditemui di Jakarta.") == []
    assert code("Arab Saudi akan menahan diri untuk memangkas produksi.") == []


def test_new_triggers_naming_suspects_and_giving_orders() -> None:
    assert only(code("KPK akan segera mengumumkan tersangka baru kasus itu."), "COERCE").modality == "planned"
    event = only(code("Presiden Joko Widodo memberikan arahan kepada Polri untuk menuntaskan kasus itu."),
                 "REQUEST")
    assert who(event.source) == "Joko Widodo" and who(event.target) == "Kepolisian Negara Republik Indonesia"


def test_an_act_with_no_one_doing_it_is_no_event() -> None:
    events = code("Ribuan orang menggelar aksi yang mengusung tema menolak kenaikan harga BBM.")
    assert [e for e in events if e.type == "REJECT"] == []


def test_institution_where_an_agentless_legal_act_happens_is_its_agent() -> None:
    events = code("Andi Saputra terjerat dua kasus di KPK. Ia juga didakwa menerima suap.")
    assert sides(events, "COERCE") == {("Komisi Pemberantasan Korupsi", "Andi Saputra")}
    assert len([e for e in events if e.type == "COERCE"]) == 2


def test_what_is_discussed_and_what_is_reported_are_no_targets() -> None:
    events = code("Menteri Luar Negeri Retno Marsudi mendiskusikan masalah Laut China Selatan.")
    assert sides(events, "CONSULT") == {("Retno Marsudi", None)}
    assert code("Warga melaporkan hal itu kepada polisi.") == []


def entity(text: str, kind: str, name: str, *surfaces: str, roles: tuple[str, ...] = ()) -> Entity:
    mentions = [Mention(article="a1", start=text.index(w), end=text.index(w) + len(w), text=w) for w in surfaces]
    return Entity(id=f"a1/{name}", name=name, type=kind, mentions=mentions,  # type: ignore[arg-type]
                  roles=list(roles))


def test_pihaknya_of_a_spokesperson_is_the_company_in_the_title() -> None:
    text = ("Vice President Corporate Communication PT Pertamina (Persero) Ali Mundakir mengatakan, "
            "pihaknya meminta PT INTI mempercepat pemasangan alat itu.")
    entities = [entity(text, "ORG", "PT Pertamina", "PT Pertamina"), entity(text, "PERSON", "Ali Mundakir",
                "Ali Mundakir", roles=("Vice President",)), entity(text, "ORG", "PT INTI", "PT INTI")]
    events = find_events(text, split_sentences(text), entities, [], "a1", "id", quotes=[])
    assert sides(events, "REQUEST") == {("PT Pertamina", "PT INTI")}


def test_dia_passes_over_an_unnamed_court_to_the_person() -> None:
    events = code("KPK menetapkan Setya Novanto sebagai tersangka. Namun pengadilan mengabulkan permohonan "
                  "praperadilan. Kemarin KPK kembali menetapkan dia sebagai tersangka.")
    assert sides(events, "COERCE") == {("Komisi Pemberantasan Korupsi", "Setya Novanto")}
    assert len([e for e in events if e.type == "COERCE"]) == 2


def test_purpose_clause_of_a_sender_is_the_senders_act() -> None:
    events = code("Pemerintah Singapura mengirimkan dua pesawat C-130 untuk membantu pencarian.")
    assert sides(events, "AID") == {("Singapura", None)}
    events = code("Obama memerintahkan Pentagon untuk mengerahkan pasukan.")
    assert sides(events, "MOBILIZE") == {("Pentagon", None)}


def test_origin_of_a_deployed_thing_is_the_agent_of_its_passive() -> None:
    event = only(code("Kapal perang dari Amerika Serikat juga dikerahkan ke lokasi."), "MOBILIZE")
    assert who(event.source) == "Amerika Serikat"


def test_received_aid_comes_from_the_giver_to_the_receiver() -> None:
    event = only(code("Kepala Basarnas Bambang Soelistyo mengatakan, pihaknya telah menerima bantuan dari "
                      "Tiongkok."), "AID")
    assert (who(event.source), who(event.target)) == ("Tiongkok", "Badan Nasional Pencarian dan Pertolongan")
    assert code("Warga miskin menerima bantuan sosial dari pemerintah.") == []


def test_government_of_a_named_country_is_that_country() -> None:
    events = code("Pemerintah Indonesia mengecam Israel. Referendum itu dilarang oleh pemerintah Spanyol itu.")
    assert sides(events, "COERCE") == {("Spanyol", None)}
    assert sides(events, "ACCUSE") == {("Indonesia", "Israel")}


def test_admissions_delays_and_data_reports_are_no_events() -> None:
    assert code("Ali Mundakir mengakui, pemasangan alat itu mundur dari jadwal.") == []
    assert code("Kementerian Energi melaporkan peningkatan stok minyak.") == []
    assert code("Badan Energi Internasional memperingatkan harga minyak dunia bisa naik.") == []
    assert sides(code("Warga melaporkan Budi Santoso ke polisi."), "ACCUSE") == {("Warga", "Budi Santoso")}
    assert sides(code("Hamas mengancam akan menyerang Israel."), "THREATEN") == {("Hamas", "Israel")}


def test_meeting_place_apposition_is_not_the_subject() -> None:
    events = code("Dalam pertemuan di Wina, Austria, OPEC akan memutuskan pagu produksi.")
    assert sides(events, "CONSULT") == {("OPEC", None)}


def test_conditional_question_is_hypothetical() -> None:
    event = only(code("Akankah Pertamina membantu PT Inti andaikata modal menjadi kendala?"), "AID")
    assert event.modality == "hypothetical"


def test_match_report_attacks_and_catches_are_football() -> None:
    text = ("Persija menyerang sejak menit awal pertandingan. Tendangan Rezaldi ditangkap kiper Arema. "
            "Wasit memberikan penalti setelah bek Arema menjatuhkan striker Persija di kotak gawang.")
    assert [e for e in code(text) if e.type in ("ASSAULT", "COERCE")] == []
    assert sides(code("Polisi menangkap Budi Santoso di Bandung."), "COERCE") == {("Polisi", "Budi Santoso")}


def test_admitting_demanding_and_restoring_in_their_ordinary_senses_are_no_events() -> None:
    assert code("Manajer tim Andi Saputra mengakui pada pekan lalu kalau masa depannya belum jelas.") == []
    assert code("Seorang anggota polisi dituntut bisa melakukan penyamaran.") == []
    assert code("Moon bermimpi mengembalikan kejayaan teater itu.") == []


def test_aid_asked_of_and_given_by_where_a_thing_comes_from() -> None:
    event = only(code("Basarnas meminta bantuan kapal dari Singapura."), "REQUEST")
    assert who(event.target) == "Singapura"
    event = only(code("Tim SAR gabungan dibantu oleh kapal dari Malaysia."), "AID")
    assert who(event.source) == "Malaysia" and "Tim SAR" in (who(event.target) or "")
    event = only(code("Basarnas akan meminta bantuan dari negara tetangga."), "REQUEST")
    assert who(event.target) == "negara tetangga"


def test_descriptor_after_a_copula_stands_for_the_named_subject() -> None:
    events = code("Chuck Blazer adalah mantan petugas FIFA yang bekerja sama dengan FBI.")
    assert sides(events, "COOPERATE") == {("Chuck Blazer", "FBI")}


def test_second_verb_of_a_relative_clause_has_its_head_as_subject() -> None:
    events = code("Pemerintah Kenya menangkap penasihat oposisi yang kerap mengkritisi Presiden Uhuru Kenyatta "
                  "dan mendorong beberapa daerah untuk merdeka.")
    assert {s for s, _ in sides(events, "REQUEST")} == {"penasihat oposisi"}


def test_a_persons_protest_is_a_complaint_and_a_crowds_a_demonstration() -> None:
    events = code("Menteri Wiranto protes karena dituduh melakukan pembiaran.")
    assert {(e.mode, who(e.source)) for e in events if e.type == "ACCUSE"} == {("disapprove", "Wiranto"),
                                                                               ("allege", None)}
    event = only(code("Ratusan buruh demo di depan kantor Gubernur Jawa Barat."), "PROTEST")
    assert who(event.source) == "Ratusan buruh"


def test_fronted_clause_with_its_own_subject_and_relative_clause_of_a_thing() -> None:
    events = code("Setelah insiden berdarah yang menewaskan 22 orang itu, polisi menggerebek sebuah rumah.")
    assert [e.type for e in events] == ["COERCE"]
    assert code("Di foto lain, Anastasia Sidorova duduk di atas karang yang dihantam ombak yang menghantam "
                "batu karang.") == []


def test_deployed_forces_name_their_owner() -> None:
    event = only(code("Pasca bentrokan, 314 personel gabungan TNI disiagakan di lokasi."), "MOBILIZE")
    assert who(event.source) == "Tentara Nasional Indonesia" and event.target is None
    event = only(code("Ribuan personel TNI dikerahkan ke Aceh."), "MOBILIZE")
    assert who(event.source) == "Tentara Nasional Indonesia"


def test_securing_an_event_and_restraint_are_no_arrests() -> None:
    assert code("Polres Metro Bekasi mengamankan ceramah umum Zakir Naik di stadion.") == []
    assert code("Masyarakat menengah cenderung menahan konsumsinya.") == []
    assert code("Pembahasan RUU itu belum menemui titik terang.") == []


def test_a_search_by_an_institution_and_a_tennis_report() -> None:
    events = code("Dalam penggeledahan KPK, penyidik menyita dokumen.")
    assert ("Komisi Pemberantasan Korupsi", None) in sides(events, "COERCE")
    text = ("Pada babak semifinal, Del Potro terus menyerang Rafael Nadal. Pelatih memuji suporter di "
            "stadion setelah skor 6-1 di set pertama.")
    assert [e for e in code(text) if e.type in ("ASSAULT", "COERCE")] == []


def test_named_examples_of_an_aside_act_and_a_role_after_selaku_is_no_subject() -> None:
    events = code("Pemimpin Eropa lainnya, seperti Angela Merkel dari Jerman dan Emmanuel Macron dari Prancis, "
                  "juga memberikan dukungan kepada Madrid.")
    # a foreign capital acted upon is its country (docs/annotation.md, Fields)
    assert sides(events, "SUPPORT") == {("Angela Merkel", "Spanyol"), ("Emmanuel Macron", "Spanyol")}
    events = code("Ali Mundakir menyebut PT INTI selaku pelaksana proyek itu baru diaudit BPKP.")
    assert {(t or "").casefold() for _, t in sides(events, "ACCUSE")} == {"pt inti"}  # casing is the entity layer's


def test_description_naming_its_body_is_no_anaphor_of_an_earlier_one() -> None:
    text = ("Pemerintah pusat menolak usulan itu. Presiden Joko Widodo mengkritik pemerintah Provinsi Papua "
            "itu.")
    event = only(code(text), "ACCUSE")
    assert "Papua" in (who(event.target) or "")


def test_coordination_over_an_abbreviation_and_dan_juga() -> None:
    events = code("Polisi telah menangkap dua Warga Negara Asing (WNA) dan juga satu orang Indonesia.")
    assert len([e for e in events if e.type == "COERCE"]) == 2


def test_a_bare_unnamed_suspect_is_no_target() -> None:
    event = only(code("KPK akan segera mengumumkan tersangka baru kasus itu."), "COERCE")
    assert event.target is None
    event = only(code("Polda Jawa Tengah menetapkan Budi Santoso sebagai tersangka."), "COERCE")
    assert who(event.target) == "Budi Santoso"


def test_an_agency_sending_its_own_boats_is_no_event_but_the_navy_deploys() -> None:
    events = code("Badan SAR Nasional mengerahkan 12 kapal ke perairan Selat Karimata. "
                  "TNI Angkatan Laut mengirimkan tiga kapal ke lokasi pencarian.")
    mobilize = only(events, "MOBILIZE")
    assert "Angkatan Laut" in (who(mobilize.source) or "") and mobilize.mode == "troops"


def test_a_state_sending_planes_helps() -> None:
    event = only(code("Singapura mengirimkan dua pesawat Hercules untuk membantu pencarian."), "AID")
    assert who(event.source) == "Singapura"


def test_unnamed_police_are_the_force_the_article_names() -> None:
    text = ("Kepolisian Daerah Jawa Barat memeriksa sopir bus itu di Subang. "
            "Polisi belum menetapkan tersangka dalam kecelakaan itu.")
    event = only(code(text), "COERCE")
    assert who(event.source) == "Kepolisian Daerah Jawa Barat" and event.negated
    assert event.target is None  # "tersangka dalam kecelakaan itu" says what no one became


def test_stabbing_and_fights_are_assaults() -> None:
    event = only(code("Seorang pria menusuk petugas polisi di Jalan Sudirman."), "ASSAULT")
    assert event.mode == "beat" and who(event.target) is not None


def test_a_speech_aside_is_no_subject() -> None:
    event = only(code("Polisi, ia menambahkan, juga telah menangkap dua pemuda di Depok."), "COERCE")
    assert who(event.source) == "Polisi" and event.target is not None


def test_an_agentless_arrest_is_by_the_articles_police() -> None:
    text = "Kepolisian Swedia menyelidiki serangan truk itu. Seorang pria ditahan di Stockholm."
    event = only(code(text), "COERCE")
    assert who(event.source) == "Kepolisian Swedia"


def test_an_ordinal_between_a_visit_and_its_owner() -> None:
    event = only(code("Ini menjadi kunjungan pertama Rodolfo Nin Novoa ke Indonesia."), "CONSULT")
    assert (who(event.source), who(event.target)) == ("Rodolfo Nin Novoa", "Indonesia")


def test_a_clash_within_one_group() -> None:
    event = only(code("Bentrokan antara narapidana terjadi di Lapas Bentiring."), "ASSAULT")
    assert who(event.source) == "narapidana" and event.target is None


def test_an_accident_inquiry_suspects_no_one() -> None:
    events = code("KNKT menyelidiki penyebab jatuhnya pesawat itu. KPK menyelidiki Bupati Sugianto.")
    assert [(e.type, who(e.source), who(e.target)) for e in events] == [
        ("ACCUSE", "Komisi Pemberantasan Korupsi", "Sugianto")]


def test_cutting_contributions_is_a_sanction_by_the_announcer() -> None:
    text = "Israel mengumumkan akan memangkas sumbangannya kepada Perserikatan Bangsa-Bangsa."
    event = only(code(text), "SANCTION")
    assert event.mode == "discontinue" and who(event.source) == "Israel" and event.modality == "planned"


def test_an_apposition_after_a_place_acts() -> None:
    text = "Dalam laporannya, pelapor khusus di wilayah Palestina, Michael Lynk, menuding Israel."
    event = only(code(text), "ACCUSE")
    assert (who(event.source), who(event.target)) == ("Michael Lynk", "Israel")


def test_criticism_of_a_policy_targets_its_owner() -> None:
    event = only(code("Amnesty International mengeluarkan kritik keras atas kebijakan Israel."), "ACCUSE")
    assert who(event.target) == "Israel"


def test_a_protest_led_by_a_person_is_a_demonstration() -> None:
    events = code("Protes itu dipimpin oleh Marwan Barghouti di penjara Hadarim.")
    assert [(e.type, who(e.source)) for e in events] == [("PROTEST", "Marwan Barghouti")]


def test_divers_of_the_navy_are_the_navy_deploying() -> None:
    event = only(code("Penyelam TNI Angkatan Laut diterjunkan ke lokasi jatuhnya pesawat."), "MOBILIZE")
    assert "Angkatan Laut" in (who(event.source) or "")


def test_receiving_aid_from_a_state() -> None:
    event = only(code("Pemerintah Indonesia menerima bantuan dari Singapura."), "AID")
    assert (who(event.source), who(event.target)) == ("Singapura", "Indonesia")


def test_freezing_a_licence_is_an_administrative_sanction() -> None:
    event = only(code("Kementerian Perhubungan membekukan izin rute Surabaya-Singapura."), "COERCE")
    assert event.mode == "restrict" and who(event.source) == "Kementerian Perhubungan"


def test_a_threatened_act_is_the_threats_content_not_an_event() -> None:
    events = code("Menteri Luar Negeri Rex Tillerson mengancam akan menarik diri dari Uni Eropa.")
    assert [(e.type, who(e.target)) for e in events] == [("THREATEN", "Uni Eropa")]


def test_refusing_food_is_a_hunger_strike_and_blocking_officers_obstructs() -> None:
    events = code("Sebanyak 1.500 tahanan menolak makan. Aparat dihadang ratusan warga di Rawajati.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "hunger"), ("PROTEST", "obstruct")]


def test_an_agentless_arrest_is_by_the_body_pursuing_the_case() -> None:
    text = ("Komisi Pemberantasan Korupsi memeriksa Bupati Sugianto. "
            "Kepolisian Daerah Riau menjaga gedung itu. Bupati Sugianto akhirnya ditahan.")
    event = only(code(text), "COERCE")
    assert who(event.source) == "Komisi Pemberantasan Korupsi"


def test_returning_bodies_is_no_release() -> None:
    assert [e.type for e in code("Jenazah para penumpang dipulangkan ke rumah duka di Surabaya.")] == []


def test_they_are_the_group_just_met() -> None:
    events = code("Presiden Joko Widodo bertemu dengan keluarga penumpang dan meminta mereka bersabar.")
    request = only(events, "REQUEST")
    assert (who(request.source), who(request.target)) == ("Joko Widodo", "keluarga penumpang")


def test_helping_as_the_purpose_of_a_deployment_is_one_event() -> None:
    events = code("Tentara Nasional Indonesia menyiagakan 1.000 prajurit untuk membantu evakuasi warga.")
    assert [e.type for e in events] == ["MOBILIZE"]


def test_they_are_the_group_that_acted_in_the_sentence_before() -> None:
    events = code("Keluarga penumpang mendesak AirAsia memberikan informasi. Mereka juga meminta pemerintah "
                  "mempercepat pencarian.")
    requests = [e for e in events if e.type == "REQUEST"]
    assert len(requests) == 2 and {who(e.source) for e in requests} == {"Keluarga penumpang"}


def test_a_team_from_a_country_stands_for_it() -> None:
    event = only(code("Tim penyelam dari Rusia tiba di Pangkalan Bun untuk membantu Basarnas."), "AID")
    assert who(event.source) == "Rusia"
