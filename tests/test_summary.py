"""The cited multi-document summary."""

from __future__ import annotations

from typing import Any

import pytest

from warta.article.sentences import split_sentences
from warta.corpus.summary import (
    DANGLING_PENALTY,
    SAME_CONTENT,
    candidate_sentences,
    common_terms,
    cosine,
    score_sentences,
    summarize,
)
from warta.models import Analysis, Article, Duplicate, Story

STORY = {
    "a1": ("2022-11-15", "wartanusantara", (
        "Direktur CIA William Burns bertemu Direktur SVR Sergei Naryshkin di Ankara, Turki, pada Senin. "
        "Pertemuan tertutup itu membahas risiko penggunaan senjata nuklir dalam perang di Ukraina. "
        "Gedung Putih menyebut Burns tidak merundingkan penyelesaian perang dengan pihak Rusia. "
        "Apakah pertemuan ini akan berlanjut dalam waktu dekat? "
        "Baca juga: Harga minyak dunia turun tajam pekan ini setelah pengumuman OPEC.")),
    "a2": ("2022-11-14", "kabarharian", (
        "Kepala CIA William Burns bertemu Sergei Naryshkin, Direktur SVR, di Ankara, Turki, Senin. "
        "Juru bicara Kremlin Dmitry Peskov membenarkan bahwa pertemuan di Ankara itu memang berlangsung. "
        "Peskov menolak menjelaskan isi pembicaraan kedua kepala intelijen tersebut kepada wartawan.")),
    "a3": ("2022-11-16", "suarakepulauan", (
        "Pemerintah Turki menegaskan perannya hanya sebagai tuan rumah pertemuan intelijen di Ankara. "
        "Presiden Recep Tayyip Erdogan menawarkan Istanbul sebagai tempat perundingan damai berikutnya. "
        "Burns juga menyampaikan keprihatinan atas warga Amerika Serikat yang ditahan di Rusia.")),
    "a4": ("2022-11-15", "herald", (
        "Moscow accused Washington of megaphone diplomacy after the talks in Ankara on Monday. "
        "The foreign ministry said the meeting changed nothing in relations between the two countries.")),
}


def analysis_of_story() -> Analysis:
    articles = [Article(id=aid, source=f"{aid}.txt", sha256="0", outlet=outlet, published=published,
                        language="en" if aid == "a4" else "id", body=body,
                        sentences=[list(span) for span in split_sentences(body)])
                for aid, (published, outlet, body) in STORY.items()]
    return Analysis(warta_version="t", created="", articles=articles)


def test_summary_cites_every_supporting_article_and_repeats_nothing(validate: Any) -> None:
    analysis = analysis_of_story()
    analysis.summary = summarize(analysis, 4)
    validate(analysis)
    assert len(analysis.summary) == 4
    sentences = candidate_sentences(analysis.articles, "id")
    score_sentences(analysis, sentences)
    vectors = {s.text: s.vector for s in sentences}
    chosen = [vectors[s.sentence] for s in analysis.summary]
    for n, a in enumerate(chosen):
        for b in chosen[n + 1:]:
            assert cosine(a, b) < SAME_CONTENT
    common = common_terms(sentences)
    for item, vector in zip(analysis.summary, chosen, strict=True):
        wanted = {t: w for t, w in vector.items() if t not in common} or vector
        supporting = {s.article for s in sentences
                      if cosine({t: w for t, w in s.vector.items() if t in wanted}, wanted) > 0}
        assert set(item.citations) <= supporting  # no article cited without a word of what it adds
    meeting = next(s for s in analysis.summary if "bertemu" in s.sentence)
    assert meeting.citations == ["a1", "a2"]  # both outlets report the meeting, in run order


def test_questions_boilerplate_and_the_minority_language_are_left_out() -> None:
    summary = summarize(analysis_of_story(), 8)
    text = " ".join(s.sentence for s in summary)
    assert "?" not in text and "Baca juga" not in text
    assert "Moscow" not in text
    assert all("a4" not in s.citations for s in summary)


def test_sentences_are_in_publication_order() -> None:
    analysis = analysis_of_story()
    summary = summarize(analysis, 5)
    assert len(summary) == 5
    source = [next(a for a in analysis.articles if s.sentence in a.body) for s in summary]
    keys = [(a.published, a.body.index(s.sentence)) for a, s in zip(source, summary, strict=True)]
    assert keys == sorted(keys)
    assert {a.id for a in source} >= {"a1", "a2", "a3"}


def test_summary_length_follows_the_option_and_zero_means_none() -> None:
    analysis = analysis_of_story()
    assert len(summarize(analysis, 2)) == 2
    assert summarize(analysis, 0) == []


def test_sharing_the_story_vocabulary_is_no_support() -> None:
    """Every article names Burns, Naryshkin and Ankara: only one says Turkey was merely the host."""
    names = ("Direktur Badan Intelijen Pusat Amerika Serikat William Burns dan Direktur Dinas Intelijen "
             "Luar Negeri Rusia Sergei Naryshkin di Ankara")
    bodies = {
        "a1": f"Pertemuan {names} membahas senjata nuklir.",
        "a2": f"Kremlin membenarkan pertemuan {names} pada Selasa.",
        "a3": f"Pemerintah Turki menegaskan perannya dalam pertemuan {names} hanya sebagai tuan rumah.",
        "a4": f"Turki menegaskan hanya menjadi tuan rumah bagi pertemuan {names}.",
        "a5": f"Dalam pertemuan {names} dibahas pula jalur komunikasi darurat.",
    }
    articles = [Article(id=aid, source=f"{aid}.txt", sha256="0", published=f"2022-11-1{n}", language="id",
                        body=body, sentences=[list(span) for span in split_sentences(body)])
                for n, (aid, body) in enumerate(bodies.items())]
    summary = summarize(Analysis(warta_version="t", created="", articles=articles), 5)
    host = next(s for s in summary if "tuan rumah" in s.sentence)
    assert host.citations == ["a3", "a4"]


def test_a_sentence_leaning_on_the_one_before_is_kept_back_in_a_multi_article_run() -> None:
    def scores(second: str, articles: int) -> dict[str, float]:
        bodies = {"a1": f"Kremlin membenarkan pertemuan di Ankara. {second}",
                  "a2": "Turki menegaskan hanya menjadi tuan rumah pertemuan di Ankara."}
        run = [Article(id=aid, source=f"{aid}.txt", sha256="0", language="id", body=body,
                       sentences=[list(span) for span in split_sentences(body)])
               for aid, body in list(bodies.items())[:articles]]
        analysis = Analysis(warta_version="t", created="", articles=run)
        sentences = candidate_sentences(run, "id")
        score_sentences(analysis, sentences)
        return {s.text: s.score for s in sentences}

    leaning, plain = "Laporan itu muncul setelah pertemuan kedua kepala intelijen.", \
        "Laporan muncul setelah pertemuan kedua kepala intelijen."
    assert scores(leaning, 2)[leaning] == pytest.approx(DANGLING_PENALTY * scores(plain, 2)[plain])
    assert scores(leaning, 1)[leaning] == pytest.approx(scores(plain, 1)[plain])  # one article reads in order


# Two stories in one run: a long-running flood story told by three outlets, a bribery case by two.
TWO_STORIES = {
    "b1": ("2024-02-05", "s1", "BEKASI, Kabar Kota - Banjir setinggi satu meter merendam ratusan rumah di "
           "Bekasi Timur setelah hujan deras semalaman. BPBD mengerahkan perahu karet untuk evakuasi warga."),
    "b2": ("2024-02-03", "s2", "Jakarta (Warta Kita) - Komisi Pemberantasan Korupsi menetapkan Bupati Lembah "
           "Hijau sebagai tersangka suap proyek jalan kabupaten. Penyidik menyita uang tunai di rumah dinasnya."),
    "b3": ("2024-02-06", "s1", "Ribuan warga Bekasi Timur mengungsi karena banjir merendam rumah mereka. "
           "BPBD membuka dapur umum di masjid dan sekolah dasar terdekat."),
    "b4": ("2024-02-07", "s1", "Air banjir di Bekasi Timur mulai surut pada Rabu siang. Warga kembali "
           "membersihkan rumah dari lumpur sambil menunggu bantuan air bersih."),
    "b5": ("2024-02-08", "s2", "Bupati Lembah Hijau ditahan penyidik setelah diperiksa sepuluh jam sebagai "
           "tersangka suap proyek jalan. Uang tunai dari rumah dinasnya menjadi barang bukti."),
}


def two_stories() -> Analysis:
    articles = [Article(id=aid, source=f"{aid}.txt", sha256="0", published=published, language="id",
                        body=body, sentences=[list(span) for span in split_sentences(body)])
                for aid, (published, _, body) in TWO_STORIES.items()]
    stories = [Story(id=sid, label=sid, articles=[a for a, (_, s, _) in TWO_STORIES.items() if s == sid])
               for sid in ("s1", "s2")]
    return Analysis(warta_version="t", created="", articles=articles, stories=stories)


def test_each_story_is_summarised_and_read_story_by_story(validate: Any) -> None:
    analysis = two_stories()
    analysis.summary = summarize(analysis, 3)
    validate(analysis)
    story_of = {aid: sid for aid, (_, sid, _) in TWO_STORIES.items()}
    told = [story_of[s.citations[0]] for s in analysis.summary]
    assert set(told) == {"s1", "s2"}
    assert told == sorted(told, key=told.index)  # one story's sentences together
    day = [next(d for d, _, body in TWO_STORIES.values() if s.sentence in body) for s in analysis.summary]
    first_day = {sid: min(d for d, t in zip(day, told, strict=True) if t == sid) for sid in told}
    assert told[0] == min(first_day, key=lambda sid: first_day[sid])  # the earliest-reported story opens


def test_summary_sentences_leave_the_dateline_out() -> None:
    analysis = two_stories()
    firsts = [s.text for s in candidate_sentences(analysis.articles, "id") if s.index == 0]
    assert "Komisi Pemberantasan Korupsi menetapkan" in " ".join(f[:40] for f in firsts)
    assert not any(f.startswith(("BEKASI", "Jakarta")) for f in firsts)
    assert not any(s.sentence.startswith(("BEKASI", "Jakarta")) for s in summarize(analysis, 5))


def test_a_piece_of_a_quotation_is_no_summary_sentence() -> None:
    body = ('"Kami sudah menyiapkan perahu karet di setiap kelurahan. Warga diminta tetap waspada sampai akhir pekan," kata Kepala '
            'BPBD Rina Kartika kepada wartawan di posko. Banjir setinggi satu meter merendam ratusan rumah warga.')
    art = Article(id="a1", source="a1.txt", sha256="0", language="id", body=body,
                  sentences=[list(span) for span in split_sentences(body)])
    whole = {s.text[:12]: s.whole for s in candidate_sentences([art], "id")}
    assert whole == {'"Kami sudah ': False, "Warga dimint": False, "Banjir setin": True}
    summary = summarize(Analysis(warta_version="t", created="", articles=[art]), 3)
    assert [s.sentence[:12] for s in summary] == ["Banjir setin"]


def test_a_quotation_whose_speaker_is_only_a_pronoun_is_no_summary_sentence() -> None:
    body = ('Kepala BPBD Rina Kartika menyiapkan perahu karet di setiap kelurahan yang terendam banjir. '
            '"Warga diminta tetap waspada sampai akhir pekan," ujarnya kepada wartawan di posko. '
            '"Air diperkirakan surut pada Rabu," kata Rina di lokasi pengungsian.')
    art = Article(id="a1", source="a1.txt", sha256="0", language="id", body=body,
                  sentences=[list(span) for span in split_sentences(body)])
    whole = {s.text[:12]: s.whole for s in candidate_sentences([art], "id")}
    assert whole == {"Kepala BPBD ": True, '"Warga dimin': False, '"Air diperki': True}


def test_a_sentence_pointing_back_at_a_list_is_kept_back_in_a_multi_article_run() -> None:
    def score(second: str) -> float:
        bodies = {"a1": f"Ucapan selamat datang dari banyak tokoh daerah. {second}",
                  "a2": "Turki menegaskan hanya menjadi tuan rumah pertemuan di Ankara."}
        run = [Article(id=aid, source=f"{aid}.txt", sha256="0", language="id", body=body,
                       sentences=[list(span) for span in split_sentences(body)]) for aid, body in bodies.items()]
        sentences = candidate_sentences(run, "id")
        score_sentences(Analysis(warta_version="t", created="", articles=run), sentences)
        return next(s.score for s in sentences if s.text == second)

    leaning, plain = "Ketua DPRD Sumber Raya, Hasan Basri, salah satunya.", "Salah satunya Ketua DPRD Sumber Raya, Hasan Basri."
    assert score(leaning) == pytest.approx(DANGLING_PENALTY * score(plain))


def test_a_repost_handed_in_first_does_not_reorder_its_originals_sentences(validate: Any) -> None:
    lead = "Bupati Lembah Hijau melarang truk tambang melintas di jalan desa mulai pekan depan."
    rest = ("Dinas Perhubungan akan memasang portal di empat titik jalan desa. "
            "Warga menyambut baik larangan truk tambang itu karena jalan rusak berat.")
    bodies = {"a1": f"Dilansir dari Suara Selatan. {rest}", "a2": f"{lead} {rest}"}
    published = {"a1": "2024-02-05", "a2": "2024-02-05T16:09+07:00"}
    articles = [Article(id=aid, source=f"{aid}.txt", sha256="0", language="id", body=body, published=published[aid],
                        sentences=[list(span) for span in split_sentences(body)]) for aid, body in bodies.items()]
    analysis = Analysis(warta_version="t", created="", articles=articles,
                        duplicates=[Duplicate(article="a1", duplicate_of="a2", similarity=0.9)])
    analysis.summary = summarize(analysis, 3)
    validate(analysis)
    assert [s.sentence[:12] for s in analysis.summary] == ["Bupati Lemba", "Dinas Perhub", "Warga menyam"]
