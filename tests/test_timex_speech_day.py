"""Relative words in a statement count from the day the statement was made (timex/speech.py).

All sentences are written for these tests. The articles come out on Friday 13 October 2023;
the statements were made earlier that week.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warta.article.timex import find_timexes

PUBLISHED = dt.date(2023, 10, 13)  # a Friday


def _value(text: str, words: str, anchor: dt.date = PUBLISHED) -> tuple[str | None, str | None]:
    """(value, anchor kind) of the expression ``words`` in ``text``."""
    spans = [s for s in find_timexes(text, anchor) if s.text == words]
    assert spans, f"{words!r} not found in {text!r}"
    return spans[0].value, spans[0].anchor


@pytest.mark.parametrize(("text", "words", "value"), [
    ("“Besok kami membuka posko di balai desa,” kata Camat Sukamaju Rudi Hartono, Selasa (10/10/2023).",
     "Besok", "2023-10-11"),
    ("“Kemarin gudang itu sudah kami segel,” ujar Kepala Dinas Perdagangan di Bandung, Rabu (11/10).",
     "Kemarin", "2023-10-10"),
    ("“Lusa tim kami berangkat ke lokasi,” kata Ketua Tim SAR, Senin (9/10/2023).",
     "Lusa", "2023-10-11"),
    ("“Hari ini seluruh sekolah diliburkan,” ucap Wali Kota, Selasa (10/10/2023).",
     "Hari ini", "2023-10-10"),
])
def test_a_quote_counts_from_the_day_its_attribution_states(text: str, words: str, value: str) -> None:
    assert _value(text, words) == (value, "narrative")


def test_a_weekday_alone_in_the_attribution_is_the_latest_such_day() -> None:
    text = "“Pekerjaan jembatan selesai kemarin sore,” kata Kepala Dinas PU kepada wartawan, Rabu."
    assert _value(text, "kemarin sore") == ("2023-10-10TAF", "narrative")


def test_a_quote_of_several_sentences_counts_from_its_attribution() -> None:
    text = ("Warga diminta tetap waspada. “Tadi pagi air sungai naik lagi. Kami terus memantau,” "
            "kata petugas BPBD, Kamis (12/10/2023).")
    assert _value(text, "Tadi pagi") == ("2023-10-12TMO", "narrative")


def test_a_day_before_the_verb_of_saying_dates_what_follows() -> None:
    text = "Kapolres, Senin (9/10/2023), mengatakan pelaku ditangkap kemarin di sebuah rumah kos."
    assert _value(text, "kemarin") == ("2023-10-08", "narrative")


def test_a_reported_statement_before_the_attribution_counts_from_its_day() -> None:
    text = "Rapat itu akan digelar pekan depan, kata juru bicara partai, Senin (2/10/2023)."
    assert _value(text, "pekan depan") == ("2023-W41", "narrative")


def test_the_writers_own_sentence_after_the_attribution_keeps_the_publication_date() -> None:
    text = ("“Besok kami rapat,” kata Bupati, Selasa (10/10/2023). Sementara itu, hujan deras "
            "kembali turun kemarin.")
    assert _value(text, "kemarin") == ("2023-10-12", "published")


def test_a_statement_without_a_stated_day_keeps_the_publication_date() -> None:
    text = "“Besok kami membuka posko di balai desa,” kata Camat Sukamaju Rudi Hartono."
    assert _value(text, "Besok") == ("2023-10-14", "published")


def test_a_quote_of_an_earlier_paragraph_is_not_dated_by_a_later_attribution() -> None:
    text = ("“Besok semua jalur dibuka.\n\nKami minta warga bersabar,” kata Kepala Dinas "
            "Perhubungan, Selasa (10/10/2023).")
    assert _value(text, "Besok") == ("2023-10-14", "published")


def test_a_statement_made_on_the_publication_day_reads_as_before() -> None:
    text = "“Besok kami rapat lagi,” kata Bupati, Jumat (13/10/2023)."
    assert _value(text, "Besok")[0] == "2023-10-14"


@pytest.mark.parametrize(("text", "words", "value"), [
    ("“Kami sudah memeriksa kedua saksi itu Senin lalu,” kata Kapolsek, Rabu (4/10/2023).",
     "Senin lalu", "2023-10-02"),
    ("“Pasar baru itu diresmikan Rabu,” kata Kepala Dinas Pasar, Selasa (3/10/2023).", "Rabu", "2023-10-04"),
    ("“Besok Sabtu kami menggelar lomba,” kata ketua panitia, Jumat (6/10/2023).",
     "Besok Sabtu", "2023-10-07"),
])
def test_a_weekday_in_a_statement_counts_from_the_statements_day(text: str, words: str, value: str) -> None:
    assert _value(text, words) == (value, "narrative")


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Kepala Dinas Perhubungan mengatakan, Senin (9/10/2023), bahwa besok jalan lingkar ditutup.",
     "besok", "2023-10-10"),
    ("Ketua panitia menjelaskan pada Selasa (10/10/2023) bahwa lomba digelar lusa.", "lusa", "2023-10-12"),
    ("Camat Sukamaju menyampaikan kepada warga di balai desa, Rabu (11/10/2023), pihaknya akan "
     "membagikan bibit besok.", "besok", "2023-10-12"),
    ("Ujar Kapolsek kepada wartawan di Bogor, Rabu (4/10/2023), pihaknya memeriksa dua saksi kemarin.",
     "kemarin", "2023-10-03"),
    ("Menurut Kepala BPBD, Senin (9/10/2023), air sungai mulai surut hari ini.", "hari ini", "2023-10-09"),
    ("“Kami belum menerima laporan,” kata Kepala Dinas, Selasa (3/10/2023), sebab pemeriksaan baru "
     "dimulai Senin lalu.", "Senin lalu", "2023-10-02"),
])
def test_a_day_between_the_verb_of_saying_and_the_statement_dates_the_statement(
    text: str, words: str, value: str
) -> None:
    assert _value(text, words) == (value, "narrative")


@pytest.mark.parametrize(("text", "words"), [
    # the day is that of what was told, not of the telling
    ("Bupati mengatakan, Senin (9/10/2023) lalu, jembatan itu ambruk kemarin.", "kemarin"),
    # what stands between the verb and the day is part of the statement
    ("Bupati mengatakan jembatan ambruk di desa itu, Senin (9/10/2023), dan diperbaiki kemarin.", "kemarin"),
    # a clause of when or how after the attribution is the writer's account
    ("“Kami siap membantu,” kata Bupati, Selasa (10/10/2023), saat meninjau banjir kemarin.", "kemarin"),
    # what the telling was about is the writer's account too
    ("Hal itu disampaikan Bupati, Rabu (11/10/2023), terkait banjir kemarin.", "kemarin"),
    # a day with no verb of saying before it dates no statement
    ("Bupati meresmikan pasar, Rabu (11/10/2023), pedagang sudah pindah kemarin.", "kemarin"),
])
def test_the_writers_clause_after_a_day_keeps_the_publication_date(text: str, words: str) -> None:
    assert _value(text, words) == ("2023-10-12", "published")


def test_a_bare_date_after_an_opening_attribution_is_the_day_of_what_was_told() -> None:
    text = "Menurut Kapolsek, pada 10 Oktober 2023, pelaku sudah pulang ke rumahnya sejak kemarin."
    assert _value(text, "kemarin") == ("2023-10-12", "published")


@pytest.mark.parametrize(("text", "words", "value"), [
    # the sentence pointed at, the writer's report of what was said
    ("Jembatan darurat selesai dibangun kemarin. Hal itu disampaikan Kepala Dinas PU, Rabu (11/10/2023).",
     "kemarin", "2023-10-10"),
    # a quote of several sentences, back to its opening mark
    ("“Besok kami membagikan bantuan. Semua sudah siap.” Demikian dikatakan Camat Sukamaju, Senin (9/10/2023).",
     "Besok", "2023-10-10"),
    # across a paragraph break, and with whom it was told to before the day
    ("“Gudang itu kami segel kemarin,” tegas Kapolsek.\n\nHal tersebut diungkapkan Kapolsek kepada wartawan, "
     "Selasa (3/10/2023).", "kemarin", "2023-10-02"),
    # "pada" and no comma before the day
    ("Posko ditutup hari ini. Hal ini juga disampaikan Bupati pada Rabu (11/10/2023).", "hari ini", "2023-10-11"),
])
def test_a_passive_attribution_pointing_back_dates_the_statement_before_it(
    text: str, words: str, value: str
) -> None:
    assert _value(text, words) == (value, "narrative")


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Hal itu disampaikan Kepala Dinas PU, Rabu (11/10/2023). Pihaknya akan membuka jalur itu lusa.",
     "lusa", "2023-10-13"),
    ("Demikian dikatakan Kapolres, Senin (9/10/2023). Ia menambahkan, kedua pelaku ditangkap kemarin.",
     "kemarin", "2023-10-08"),
    ("Hal itu disampaikan Kapolres, Rabu (11/10/2023), saat meninjau lokasi. “Pelaku kami periksa besok,” "
     "ujarnya.", "besok", "2023-10-12"),
    ("Hal itu disampaikan Bupati, Selasa (10/10/2023). Pihaknya sudah menyiapkan tenda. Menurutnya, bantuan "
     "tiba besok.", "besok", "2023-10-11"),
])
def test_the_speakers_words_after_a_pointing_attribution_count_from_its_day(
    text: str, words: str, value: str
) -> None:
    assert _value(text, words) == (value, "narrative")


@pytest.mark.parametrize(("text", "words"), [
    # the writer's sentence after the speaker's words
    ("Hal itu disampaikan Bupati, Selasa (10/10/2023). Pihaknya menyiapkan tenda. Sementara itu, hujan "
     "kembali turun kemarin.", "kemarin"),
    # a sentence with a day of its own ends the speaker's words dated by the attribution
    ("Hal itu disampaikan Bupati, Selasa (10/10/2023). Pihaknya rapat lagi Kamis (12/10/2023). Warga "
     "pulang kemarin, katanya.", "kemarin"),
    # "hal senada": another speaker said the like, the words are not pointed at
    ("Hal senada disampaikan Ketua DPRD, Rabu (11/10/2023). Pihaknya sudah rapat kemarin.", "kemarin"),
    # no attribution pointing back: the writer's own sentence with a day
    ("Banjir surut kemarin. Bupati meninjau lokasi, Rabu (11/10/2023).", "kemarin"),
])
def test_sentences_no_pointing_attribution_covers_keep_the_publication_date(text: str, words: str) -> None:
    assert _value(text, words) == ("2023-10-12", "published")
