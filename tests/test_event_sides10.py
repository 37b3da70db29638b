"""Event sides, round 4: objects written as a clitic on the verb, targets of acts named by nouns.
Every sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who


def test_clitic_on_a_verb_is_the_person_named_before() -> None:
    events = code("Andi Wijaya ditangkap di Bogor pada Senin. Polisi kemudian memeriksanya selama enam jam.")
    checks = of_type(events, "ACCUSE", "investigate")
    assert checks, events
    assert who(checks[0].source) == "Polisi"
    assert who(checks[0].target) == "Andi Wijaya"


def test_clitic_object_is_never_the_subject_of_its_own_sentence() -> None:
    events = code("Budi Santoso ditahan di Polres Garut. Bupati Garut Rudy Gunawan menemuinya di sel.")
    met = of_type(events, "CONSULT")
    assert met, events
    assert who(met[0].source) == "Rudy Gunawan"
    assert who(met[0].target) == "Budi Santoso"


def test_verb_without_clitic_keeps_no_target() -> None:
    events = code("Andi Wijaya ditangkap di Bogor pada Senin. Polisi kemudian memeriksa barang bukti.")
    checks = of_type(events, "ACCUSE", "investigate")
    assert all(who(e.target) != "Andi Wijaya" for e in checks if "memeriksa" in e.evidence[0].sentence)


def test_act_in_a_fronted_phrase_bears_on_the_subject_after_it() -> None:
    events = code("Selain sanksi dari Uni Eropa, Iran juga menghadapi jatuhnya harga minyak.")
    sanctions = of_type(events, "SANCTION")
    assert sanctions, events
    assert who(sanctions[0].source) == "Uni Eropa"
    assert who(sanctions[0].target) == "Iran"


def test_fronted_criticism_is_aimed_at_the_subject_that_answers_it() -> None:
    events = code("Setelah kritik dari Partai Demokrat, pemerintah menunda kenaikan harga BBM.")
    criticism = of_type(events, "ACCUSE")
    assert criticism, events
    assert who(criticism[0].target) == "pemerintah"


def test_act_not_fronted_keeps_its_own_target() -> None:
    events = code("Partai Demokrat menyampaikan kritik dari Senayan, Iran juga menjadi sorotan.")
    assert all(who(e.target) != "Iran" for e in of_type(events, "ACCUSE"))


def test_fronted_list_of_agents_does_not_make_the_next_name_a_target() -> None:
    events = code("Selain sanksi dari Uni Eropa, Jepang dan Kanada, Iran juga menghadapi harga minyak yang jatuh.")
    assert all(who(e.target) not in ("Jepang", "Kanada") for e in of_type(events, "SANCTION"))


def test_attack_noun_reaches_its_target_past_the_harm_it_did() -> None:
    events = code("Polisi menetapkan tiga tersangka kasus penganiayaan hingga tewas terhadap seorang mahasiswa "
                  "di Bogor.")
    attacks = of_type(events, "ASSAULT")
    assert attacks, events
    assert who(attacks[0].source) == "tiga tersangka"
    assert who(attacks[0].target) == "seorang mahasiswa"


def test_attack_noun_with_no_outcome_words_between_keeps_its_plain_reading() -> None:
    events = code("Polisi menetapkan tiga tersangka kasus penganiayaan hingga Senin di Bogor terhadap warga.")
    assert all(who(e.target) != "warga" for e in of_type(events, "ASSAULT"))


def test_description_set_off_by_a_ranked_name_is_that_person() -> None:
    events = code("Polisi menetapkan tiga tersangka kasus penganiayaan terhadap seorang taruna Akademi "
                  "Kepolisian, Brigadir Dua Andi Wijaya.")
    attacks = of_type(events, "ASSAULT")
    assert attacks, events
    assert who(attacks[0].target) == "Andi Wijaya"


def test_request_reaches_those_asked_past_a_comma() -> None:
    events = code("Menteri Darmawan meminta, kepada semua kepala daerah agar menjaga hutan.")
    asked = of_type(events, "REQUEST")
    assert asked, events
    assert who(asked[0].target) is not None and "kepala daerah" in (who(asked[0].target) or "")


def test_request_with_an_aside_after_its_comma_asks_no_one_named() -> None:
    events = code("Menteri Darmawan meminta, sebagaimana diatur undang-undang, agar hutan dijaga.")
    assert all(e.target is None for e in of_type(events, "REQUEST"))


_CASE = ("Presiden Joko Widodo meminta KPK bekerja cepat. Pada Senin, KPK menahan Andi Wijaya di Jakarta. {middle} "
         "Proyek itu bernilai Rp 20 miliar. Sebagian uang disimpan di rumah kerabatnya. Kerabatnya bekerja "
         "sebagai pedagang. Pedagang itu tinggal di Bandung. Penahanan itu dilakukan KPK untuk penyidikan.")


def _last_detention(text: str) -> str | None:
    detentions = [e for e in of_type(code(text), "COERCE") if "Penahanan itu" in e.evidence[0].sentence]
    assert detentions
    return who(detentions[-1].target)


def test_later_step_of_a_case_goes_on_against_its_suspect_named_early() -> None:
    assert _last_detention(_CASE.format(middle="Andi diduga menerima suap proyek jalan.")) == "Andi Wijaya"


def test_witnesses_questioned_are_not_the_suspect_a_later_step_is_against() -> None:
    assert _last_detention(_CASE.format(middle="KPK juga memeriksa 12 saksi di Jakarta.")) == "Andi Wijaya"


def test_one_who_reports_an_attack_on_them_is_its_target() -> None:
    events = code("Seorang perawat berinisial OPA melapor ke polisi. Ia melaporkan dugaan pelecehan seksual oleh "
                  "dokter berinisial NH.")
    attacks = of_type(events, "ASSAULT")
    assert attacks, events
    assert who(attacks[0].source) == "NH"
    assert who(attacks[0].target) == "OPA"


def test_meeting_of_a_listed_group_pairs_its_first_owner_with_the_others() -> None:
    events = code("Status gunung itu akan dibahas dalam rapat teknis Badan Geologi, Kementerian Perhubungan, "
                  "dan Badan Nasional Penanggulangan Bencana.")
    met = of_type(events, "CONSULT")
    assert met, events
    assert {who(e.target) for e in met} >= {"Kementerian Perhubungan"}
    assert all(who(e.source) == "Badan Geologi" for e in met)


def test_role_with_words_after_its_head_is_the_name_closing_the_sentence() -> None:
    events = code("Polisi menangkap dua pemuda yang memukuli pakar hukum lulusan UGM, Budi Santoso.")
    attacks = of_type(events, "ASSAULT")
    assert attacks, events
    assert who(attacks[0].target) == "Budi Santoso"


def test_role_tail_naming_a_person_is_no_apposition() -> None:
    from warta.article.actors import MentionIndex
    from warta.article.entities import find_article_entities
    from warta.article.event_actors_named import named_in_apposition

    text = "Tim itu menemui istri Andi Wijaya, Sari Dewi, di rumahnya."
    entities = find_article_entities(text, "a1", use_model=False)
    start = text.index("istri")
    assert named_in_apposition(text, MentionIndex(entities, "a1"), start, start + len("istri")) is None
