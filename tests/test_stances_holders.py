"""Stance holders: passive agents, pronouns inside reported speech, anaphoric bodies, noun cues,
quote speakers, and the writer's own judgement (no holder). Sentences written for these tests."""

from __future__ import annotations

from tests.stance_reading import positions
from warta.models import Position


def names(found: list[Position]) -> list[str]:
    return [p.holder.name or p.holder.description or "" for p in found]


def test_the_writers_own_judgement_has_no_holder() -> None:
    assert positions("Ternyata kabar penculikan anak di Cianjur itu tidak benar.") == []


def test_a_judgement_in_a_quote_is_its_speakers() -> None:
    found = positions("“Kabar penculikan itu tidak benar,” kata Kapolres Cianjur AKBP Ahmad Fauzi.")
    assert [p.stance for p in found] == ["denies"]
    assert "Ahmad Fauzi" in names(found)[0]


def test_the_agent_of_a_passive_cue_holds_it() -> None:
    found = positions("Penangkapan tiga pengedar itu dibenarkan oleh Kapolres Cianjur AKBP Ahmad Fauzi.")
    assert [p.stance for p in found] == ["confirms"]
    assert "Ahmad Fauzi" in names(found)[0]


def test_pihaknya_in_reported_speech_is_the_reporter() -> None:
    found = positions("Dinas Sosial Kota Bandung mengirim bantuan ke lokasi. Kepala Bidang Humas Polda Jawa "
                      "Barat Kombes Yusri Hartono mengatakan pihaknya belum dapat memastikan apakah "
                      "korban dianiaya.")
    assert [p.stance for p in found] == ["does-not-confirm"]
    assert "Yusri Hartono" in names(found)[0]


def test_an_anaphoric_body_is_the_latest_organisation() -> None:
    found = positions("Badan Meteorologi, Klimatologi, dan Geofisika menyatakan gempa itu tidak berpotensi "
                      "tsunami. Namun badan tersebut tidak menjelaskan lebih lanjut.")
    assert [p.stance for p in found] == ["declines"]
    assert "Badan Meteorologi" in names(found)[0]


def test_a_noun_cue_is_held_by_who_it_comes_from() -> None:
    found = positions("Bantahan datang dari Kementerian Perhubungan.")
    assert [p.stance for p in found] == ["denies"]
    assert "Kementerian Perhubungan" in names(found)[0]


def test_the_phrase_opening_the_clause_holds_a_cue_after_a_place() -> None:
    found = positions("Bus itu terguling di Tol Cipali, Senin. Hingga berita ini diturunkan, "
                      "Kementerian Perhubungan di Jakarta belum memberikan tanggapan.")
    assert [p.stance for p in found] == ["does-not-confirm"]
    assert "Kementerian Perhubungan" in names(found)[0]


def test_ia_after_a_quote_is_its_speaker() -> None:
    found = positions("Polisi menangkap dua orang di Garut. “Keduanya masih diperiksa,” kata "
                      "Kapolres Garut AKBP Budi Santoso. Ia menolak menjawab pertanyaan soal identitas "
                      "keduanya.")
    assert [p.stance for p in found] == ["declines"]
    assert "Budi Santoso" in names(found)[0]


def test_no_holder_is_guessed_for_a_cue_without_a_subject() -> None:
    text = ("Sutradara Budi Hartanto memilih aktor muda itu sebagai pemeran utama. Sebagian besar "
            "kemudian meragukan keputusan itu.")
    assert positions(text) == []


def test_an_unnamed_group_holding_the_stance_is_no_person_named_before() -> None:
    text = ("Sutradara Budi Hartanto memilih aktor muda itu sebagai pemeran utama. Sebagian besar "
            "netizen meragukan keputusan itu.")
    holders = names(positions(text))
    assert holders and all("netizen" in name and "Budi" not in name for name in holders), holders


def test_one_holder_denies_once_in_one_sentence() -> None:
    found = positions("“Itu fitnah, itu tidak benar,” kata Bupati Samsul Bahri.")
    assert [p.stance for p in found] == ["denies"]


def test_waiting_for_a_confirmation_is_the_waiters_stance() -> None:
    found = positions("Juru bicara maskapai Hasan Basri mengatakan pihaknya masih menunggu konfirmasi "
                      "dari Basarnas.")
    assert [p.stance for p in found] == ["does-not-confirm"]
    assert "Hasan Basri" in names(found)[0]


def test_the_head_of_a_yang_di_clause_holds_the_stance_not_its_agent() -> None:
    found = positions("Kapolres Garut AKBP Budi Santoso yang dikonfirmasi wartawan membenarkan penangkapan itu.")
    assert [p.stance for p in found] == ["confirms"]
    assert "Budi Santoso" in names(found)[0]


def test_an_anaphoric_body_can_be_the_one_acted_on() -> None:
    found = positions("Kementerian Perhubungan membekukan izin rute PT Nusantara Air Indonesia. Manajemen "
                      "maskapai tersebut belum bersedia berkomentar.")
    assert [p.stance for p in found] == ["declines"]
    assert "Nusantara Air" in names(found)[0]


def test_a_cue_in_a_relative_clause_of_an_unnamed_group_has_no_holder() -> None:
    found = positions("Presiden Joko Widodo mengatakan bahwa pemerintah akan menindak orang-orang yang "
                      "menyangkal putusan pengadilan.")
    assert found == []


def test_a_bare_title_is_the_person_named_with_it_before() -> None:
    found = positions("Kapolres Garut AKBP Budi Santoso memimpin penggerebekan itu. Kapolres membantah ada "
                      "warga yang terluka.")
    assert [p.stance for p in found] == ["denies"]
    assert "Budi Santoso" in names(found)[0]
