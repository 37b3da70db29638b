"""Stances, round 16: a holder named through someone else ("kuasa hukum X", "istri X", "sumber
dekat X") is that unnamed relation, not X. Sentences written for these tests."""

from __future__ import annotations

from tests.stance_reading import positions
from warta.article.event_lexicon import tokenize
from warta.article.stance_cues import find_cues

ARREST = "Polisi menangkap Rudi Hartanto di Bekasi, Selasa. "


def holders(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.holder.name, p.holder.description, p.stance) for p in positions(text)]


def test_a_lawyer_of_someone_named_before_holds_the_denial() -> None:
    found = holders(ARREST + "Namun kuasa hukum Rudi Hartanto membantah kliennya menerima suap.")
    assert found == [(None, "kuasa hukum Rudi Hartanto", "denies")]


def test_a_relative_holds_the_denial_even_at_the_first_mention() -> None:
    found = holders("Istri Rudi Hartanto membantah kabar bahwa suaminya melarikan diri ke luar negeri.")
    assert found == [(None, "Istri Rudi Hartanto", "denies")]


def test_a_sibling_with_kandung_holds_it() -> None:
    found = holders(ARREST + "Kakak kandung Rudi Hartanto belum mau berkomentar soal penangkapan itu.")
    assert [(d, s) for _, d, s in found] == [("Kakak kandung Rudi Hartanto", "declines")]


def test_a_source_close_to_someone_holds_it() -> None:
    found = holders("Beredar kabar Rina Melati akan menikah bulan depan. Namun sumber dekat Rina Melati "
                    "membantah kabar tersebut.")
    assert [(d, s) for _, d, s in found] == [("sumber dekat Rina Melati", "denies")]


def test_the_named_person_keeps_a_stance_of_their_own() -> None:
    found = holders(ARREST + "Rudi Hartanto membantah menerima suap dari kontraktor itu.")
    assert [(n, s) for n, _, s in found] == [("Rudi Hartanto", "denies")]


def test_a_title_before_a_name_stays_the_named_person() -> None:
    found = holders("Pelatih asal Belanda Marcel Vermeulen mengonfirmasi bahwa ia akan meninggalkan klub itu.")
    assert [(n, s) for n, _, s in found] == [("Marcel Vermeulen", "confirms")]


def test_a_lawyer_word_written_as_a_first_mention_title_names_the_lawyer() -> None:
    # "pengacara X" with X not spoken of before: X is the lawyer (the quotes' rule)
    found = holders("Pengacara Hotman Sitorus membantah kabar bahwa kliennya kabur ke Singapura.")
    assert [(n, s) for n, _, s in found] == [("Hotman Sitorus", "denies")]


def test_a_lawyer_set_off_by_commas_is_named() -> None:
    found = holders(ARREST + "Pengacara Rudi Hartanto, Dewi Anggraini, membantah tudingan itu.")
    assert [(n, s) for n, _, s in found] == [("Dewi Anggraini", "denies")]


def test_ibu_as_a_form_of_address_is_the_person_herself() -> None:
    found = holders("Ibu Ratna Kusuma membantah kabar bahwa dirinya akan mundur dari jabatan wali kota.")
    assert [(n, s) for n, _, s in found] == [("Ratna Kusuma", "denies")]


def cues(sentence: str) -> list[str]:
    return [cue.stance for cue in find_cues(tokenize(sentence, 0, len(sentence)), "id")]


def test_a_cue_word_in_a_linked_headline_takes_no_stance() -> None:
    assert cues("BACA JUGA: Tim Voli Putri Jawa Barat Bungkam Tim Sumatera Utara") == []
    assert cues("SIMAK JUGA: Kapolres Bogor Bantah Kabar Penculikan Anak") == []


def test_a_cue_word_after_a_name_in_running_text_counts() -> None:
    assert cues("Sementara itu Andi Pratama bungkam soal kabar pemecatan itu.") == ["declines"]
    assert cues("Andi Pratama Membantah Kabar Pemecatan") == []


def test_a_cue_word_in_running_text_still_counts() -> None:
    found = holders("Kabar pemecatan pelatih beredar sejak Senin. Manajer tim, Andi Pratama, memilih bungkam "
                    "soal kabar pemecatan itu.")
    assert [(n, s) for n, _, s in found] == [("Andi Pratama", "declines")]


def test_agreeing_to_a_proposal_confirms_nothing() -> None:
    assert positions("Pebalap sepeda Tomas Kerr kemudian mengiyakan ajakan panitia untuk mencicipi sate.") == []


def test_saying_yes_to_a_report_still_confirms() -> None:
    found = holders("Beredar kabar Tomas Kerr akan pindah tim. Tomas Kerr mengiyakan kabar tersebut.")
    assert [(n, s) for n, _, s in found] == [("Tomas Kerr", "confirms")]


def test_a_representative_of_someone_holds_the_refusal() -> None:
    found = holders("Penyanyi Rina Wulandari dikabarkan bertunangan. Perwakilan resmi Rina Wulandari masih bungkam saat "
                    "dimintai keterangan soal kabar itu.")
    assert [(d, s) for _, d, s in found] == [("Perwakilan resmi Rina Wulandari", "declines")]


def test_someone_else_spoken_of_in_a_quote_holds_the_refusal() -> None:
    found = holders("Penyanyi Rina Wulandari membantah kabar perceraian. \"Dia tidak mau menjawab pertanyaan "
                    "wartawan,\" kata seorang petugas bandara.")
    assert [(n, s) for n, _, s in found] == [("Rina Wulandari", "denies"), ("Rina Wulandari", "declines")]


def test_a_third_person_in_a_quote_is_never_its_speaker() -> None:
    found = holders("Penyanyi Rina Wulandari tiba di bandara Senin pagi. Ia tampak lelah. \"Dia tidak mau "
                    "menjawab pertanyaan wartawan,\" kata seorang petugas bandara.")
    assert all(d != "petugas bandara" for _, d, _ in found)


def test_the_speaker_holds_a_refusal_in_the_first_person() -> None:
    found = holders("Rina Wulandari tiba di bandara Senin pagi. \"Saya tidak mau berkomentar soal itu,\" kata Rina Wulandari.")
    assert [(n, s) for n, _, s in found] == [("Rina Wulandari", "declines")]


def test_people_a_quote_describes_hold_nothing() -> None:
    found = holders("\"Masih banyak yang belum tahu soal aplikasi ini,\" kata direktur pemasaran Andi Pratama.")
    assert found == []


def test_a_false_accusation_in_a_quote_is_the_speakers_denial() -> None:
    found = holders("\"Saya menjadi korban tuduhan yang tidak benar,\" kata Andi Pratama.")
    assert [(n, s) for n, _, s in found] == [("Andi Pratama", "denies")]


def test_doubting_oneself_disputes_nothing() -> None:
    assert cues("Dalam lagu itu ia mempertanyakan keadaannya hingga menemukan jawabannya.") == []
    assert cues("Pemain muda itu sempat meragukan dirinya sendiri.") == []


def test_doubting_a_decision_still_disputes() -> None:
    assert cues("Warga mempertanyakan keputusan bupati menutup pasar itu.") == ["disputes"]
