"""Sentence splitting: hand-written Indonesian hard cases, invariants, stage, benchmark."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.article.sentences import abbreviations, sentences, split_sentences
from warta.bench import default_data_dir
from warta.document import Doc
from warta.models import Article
from warta.options import Options


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and ranks before a name
        (
            "Karopenmas Brigjen. Pol. Ahmad Ramadhan memberi keterangan. "
            "Ia didampingi Kol. Inf. Budi.",
            ["Karopenmas Brigjen. Pol. Ahmad Ramadhan memberi keterangan.",
             "Ia didampingi Kol. Inf. Budi."],
        ),
        (
            "Acara dibuka Prof. Dr. Ir. H. Ahmad Fauzi dan dr. Siti. Hadir pula K.H. Ma'ruf Amin.",
            ["Acara dibuka Prof. Dr. Ir. H. Ahmad Fauzi dan dr. Siti.",
             "Hadir pula K.H. Ma'ruf Amin."],
        ),
        (
            "Surat ditujukan kepada Sdr. Andi di Jl. Merdeka No. 10, Kab. Bogor. Surat itu hilang.",
            ["Surat ditujukan kepada Sdr. Andi di Jl. Merdeka No. 10, Kab. Bogor.",
             "Surat itu hilang."],
        ),
        # a degree after a name may end the sentence
        (
            "Kuasa hukumnya adalah Rina Wati, S.H. Ia menolak tuduhan itu.",
            ["Kuasa hukumnya adalah Rina Wati, S.H.", "Ia menolak tuduhan itu."],
        ),
        # initials
        (
            "Presiden B. J. Habibie lahir di Parepare. Ia wafat pada 2019.",
            ["Presiden B. J. Habibie lahir di Parepare.", "Ia wafat pada 2019."],
        ),
        (
            "Menurut Susilo B. Yudhoyono, buku karya J.K. Rowling laris. Penjualannya naik.",
            ["Menurut Susilo B. Yudhoyono, buku karya J.K. Rowling laris.",
             "Penjualannya naik."],
        ),
        # a capital letter after a number is a unit, not an initial
        (
            "Suhu naik hingga 2 C. Banyak warga mengungsi.",
            ["Suhu naik hingga 2 C.", "Banyak warga mengungsi."],
        ),
        # decimals, thousands, times
        (
            "Inflasi mencapai 3,5 persen. Harga cabai Rp 1.500.000 per kuintal. "
            "Skornya 2.5 poin. Rapat dimulai pukul 10.00 WIB. Rapat selesai.",
            ["Inflasi mencapai 3,5 persen.", "Harga cabai Rp 1.500.000 per kuintal.",
             "Skornya 2.5 poin.", "Rapat dimulai pukul 10.00 WIB.", "Rapat selesai."],
        ),
        (
            "Ia membayar Rp. 25.000 untuk tiket. Tiket habis.",
            ["Ia membayar Rp. 25.000 untuk tiket.", "Tiket habis."],
        ),
        # ellipses
        (
            "Saya kira dia... tidak tahu. Tunggu... Dia datang! Lalu… Semua diam.",
            ["Saya kira dia... tidak tahu.", "Tunggu...", "Dia datang!", "Lalu…",
             "Semua diam."],
        ),
        # URLs, e-mail addresses and outlet names with dots
        (
            "Berita ini dikutip dari Kompas.com. Situs detik.com juga memuatnya. "
            "Kirim surat ke redaksi@tempo.co.id segera.",
            ["Berita ini dikutip dari Kompas.com.", "Situs detik.com juga memuatnya.",
             "Kirim surat ke redaksi@tempo.co.id segera."],
        ),
        (
            "Baca di https://www.antaranews.com/berita/123/banjir.html. Banjir surut.",
            ["Baca di https://www.antaranews.com/berita/123/banjir.html.", "Banjir surut."],
        ),
        # numbered items
        (
            "1. Warga wajib memakai masker. 2. Warga wajib mencuci tangan.",
            ["1. Warga wajib memakai masker.", "2. Warga wajib mencuci tangan."],
        ),
        # list-closing abbreviations
        (
            "Ia membeli beras, gula, dll. Semua habis dalam sehari.",
            ["Ia membeli beras, gula, dll.", "Semua habis dalam sehari."],
        ),
        (
            "Ia membeli beras, gula, dll. untuk dijual kembali.",
            ["Ia membeli beras, gula, dll. untuk dijual kembali."],
        ),
        # a specialist's degree written spaced ("Sp. Rad") is no sentence end
        (
            "Menurut Dr. Ani Lestari, Sp. Rad (K), terapi itu aman. Pasien boleh pulang.",
            ["Menurut Dr. Ani Lestari, Sp. Rad (K), terapi itu aman.", "Pasien boleh pulang."],
        ),
        # a lower-case word is not an abbreviation even if its capitalised form is
        (
            "Petani itu menanam kol. Panennya melimpah.",
            ["Petani itu menanam kol.", "Panennya melimpah."],
        ),
        # ALL-CAPS scraped text
        (
            "LOKASI DI JL. SUDIRMAN NO. 5. WARGA BERKUMPUL.",
            ["LOKASI DI JL. SUDIRMAN NO. 5.", "WARGA BERKUMPUL."],
        ),
        # scraping glued two sentences together
        (
            "Ia tiba kemarin.Sementara itu, polisi berjaga. Buka Okezone.Com sekarang.",
            ["Ia tiba kemarin.", "Sementara itu, polisi berjaga.", "Buka Okezone.Com sekarang."],
        ),
    ],
)
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence ends after the closing quote, straight or curly
        (
            '"Kami akan memeriksa semua saksi," katanya. "Prosesnya panjang." Sidang ditunda.',
            ['"Kami akan memeriksa semua saksi," katanya.', '"Prosesnya panjang."',
             "Sidang ditunda."],
        ),
        (
            "Ia menegaskan, “Kami tidak akan mundur.” Massa bertepuk tangan.",
            ["Ia menegaskan, “Kami tidak akan mundur.”", "Massa bertepuk tangan."],
        ),
        # ?/! inside a quote followed by a lower-case speech cue continues the sentence
        (
            '"Hidup Indonesia!" teriak massa. "Kenapa dia ditangkap?" tanya seorang warga.',
            ['"Hidup Indonesia!" teriak massa.', '"Kenapa dia ditangkap?" tanya seorang warga.'],
        ),
        (
            "“Tolong!” ujar korban. Polisi datang.",
            ["“Tolong!” ujar korban.", "Polisi datang."],
        ),
        # ... but a capitalised word after it starts a new sentence
        (
            '"Merdeka!" Warga pun bersorak.',
            ['"Merdeka!"', "Warga pun bersorak."],
        ),
        # a straight quote glued to the next word opens the next sentence
        (
            'Ia pulang kemarin."Saya lelah," katanya.',
            ["Ia pulang kemarin.", '"Saya lelah," katanya.'],
        ),
    ],
)
def test_quotes(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_paragraph_boundary_is_never_crossed() -> None:
    text = "Judul tanpa titik\n\nParagraf pertama dimulai di sini\n\nParagraf kedua. Kalimat dua."
    assert split(text) == [
        "Judul tanpa titik", "Paragraf pertama dimulai di sini", "Paragraf kedua.", "Kalimat dua.",
    ]


def test_single_newline_breaks_unless_next_line_is_lower_case() -> None:
    text = "Kronologi Kejadian\nPada Senin pagi, warga\nmelihat asap. Api padam."
    assert split(text) == [
        "Kronologi Kejadian", "Pada Senin pagi, warga\nmelihat asap.", "Api padam.",
    ]


def test_start_offset_is_added() -> None:
    body = "Kalimat satu.\n\nKalimat dua. Kalimat tiga."
    para_start = body.index("Kalimat dua")
    spans = split_sentences(body[para_start:], para_start)
    assert [body[s:e] for s, e in spans] == ["Kalimat dua.", "Kalimat tiga."]


def test_offsets_are_trimmed() -> None:
    text = "  Satu kalimat.   Dua kalimat.  \n\n  "
    assert split_sentences(text) == [(2, 15), (18, 30)]


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \n") == []


def test_abbreviation_lexicon_loaded() -> None:
    exact, caps = abbreviations()
    assert exact["Brigjen"] == "prefix"
    assert exact["dll"] == "other"
    assert caps["JL"] == "prefix"
    assert "kol" not in exact  # only the rank "Kol." is listed


_PIECES = [*'aAbBkK .!?,"”“\n1', "Dr.", "dll.", "...", "\n\n", "Rp 1.5", "J.K.", "kemarin.Dia"]
_ALPHABET = st.sampled_from(_PIECES)


@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_invariants(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert "\n\n" not in text[start:end]
        previous_end = end
    covered = sum(end - start for start, end in spans)
    # every non-space character belongs to exactly one sentence
    assert sum(1 for ch in text if not ch.isspace()) == sum(
        1 for start, end in spans for ch in text[start:end] if not ch.isspace()
    )
    assert covered <= len(text)


def _doc(body: str, paragraphs: list[list[int]]) -> Doc:
    article = Article(id="a1", source="t.txt", sha256="0", body=body, paragraphs=paragraphs)
    return Doc(article=article, raw=body.encode(), fmt="txt")


def test_stage_uses_paragraph_offsets() -> None:
    body = "Banjir melanda Bekasi. Warga mengungsi.\n\nBantuan tiba."
    doc = _doc(body, [[0, 39], [41, 54]])
    sentences.fn(doc, Options())  # type: ignore[arg-type]
    assert [body[s:e] for s, e in doc.article.sentences] == [
        "Banjir melanda Bekasi.", "Warga mengungsi.", "Bantuan tiba.",
    ]
    assert sentences.provides == frozenset({"sentences"})


def test_stage_without_paragraphs() -> None:
    body = "Banjir melanda Bekasi. Warga mengungsi."
    doc = _doc(body, [])
    sentences.fn(doc, Options())  # type: ignore[arg-type]
    assert doc.article.sentences == [[0, 22], [23, 39]]


DATA = default_data_dir()


@pytest.mark.skipif(not (DATA / "ud-indonesian").is_dir(),
                    reason=f"UD Indonesian gold data not found under {DATA}")
def test_bench_ud_indonesian() -> None:
    from warta.bench.sentences import run

    metrics = run(DATA)

    def value(key: str) -> float:
        number = metrics[key]
        assert isinstance(number, int | float)
        return float(number)

    assert value("f1") > value("naive_f1")
    assert value("f1") >= 0.95
    assert value("pud_f1") >= 0.97
    assert value("sentences_per_s") >= 20_000
