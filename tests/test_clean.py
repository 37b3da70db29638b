"""The text-dump cleaner: noise reasons, title, metadata, and the "nothing lost" promise."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.api import analyze_text
from warta.article.decode import without_c1_controls
from warta.article.extract import INVISIBLE, without_markdown
from warta.article.linefeatures import features
from warta.article.linemodel import (
    OWN_NAMES,
    PRIOR_OPEN,
    PRIOR_REMOVED,
    BoostedTrees,
    LineInput,
    block_features,
    decide,
    line_model,
    main_region,
    own_features,
    scorer_of,
)
from warta.article.mojibake import repair_mojibake
from warta.bench.text_boilerplate import split_of
from warta.models import Article

BODY = [
    "JAKARTA, Kabar Kota - Pemerintah provinsi menyiapkan anggaran tambahan untuk memperbaiki "
    "jalan yang rusak akibat banjir, kata kepala dinas pekerjaan umum pada Senin (4/3/2024).",
    "Menurut dia, perbaikan akan dimulai dari ruas yang paling banyak dilalui kendaraan umum "
    "karena ruas itu menjadi jalur utama warga menuju pasar dan sekolah.",
    "“Kami tidak ingin warga menunggu terlalu lama,” ujarnya.",
    "Sejumlah warga mengaku lega mendengar rencana tersebut, meski mereka berharap pekerjaan "
    "dilakukan pada malam hari agar tidak menambah kemacetan di pusat kota.",
]


def dump(*middle: str) -> str:
    return "\n\n".join(["Perbaikan Jalan Dimulai Pekan Depan", *middle])


def reasons(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def test_noise_lines_get_their_reasons() -> None:
    noise = {
        "Baca juga: Harga Cabai Naik Lagi di Pasar Induk": "related-link",
        "Advertisement": "ad",
        "loading...": "ad",
        "A A A": "share-widget",  # the font-size control of a share bar
        "Foto/Antara": "photo-credit",
        "Halaman 1 dari 2": "pagination",
        "Bagikan:": "share-widget",
        "Facebook Twitter WhatsApp Salin Tautan": "share-widget",
        "Dapatkan berita terkini pilihan redaksi setiap hari di kanal WhatsApp kami": "promo",
        "Situs slot gacor maxwin terpercaya, daftar sekarang!": "spam",
        "© 2024 Kabar Kota. All rights reserved.": "footer",
        "Perbaikan Jalan Dimulai Pekan...": "duplicate-headline",
    }
    article = analyze_text(dump(BODY[0], *noise, *BODY[1:]))
    found = reasons(article)
    for line, reason in noise.items():
        assert found.get(line) == reason, line
    for paragraph in BODY:
        assert paragraph in article.body


def test_list_header_takes_its_items_along() -> None:
    article = analyze_text(dump(*BODY, "Rekomendasi untuk Anda", "Harga Emas Turun Hari Ini",
                                "Lima Tips Mudik Aman Bersama Keluarga"))
    found = reasons(article)
    assert found["Harga Emas Turun Hari Ini"] == "related-link"
    assert found["Lima Tips Mudik Aman Bersama Keluarga"] == "related-link"


def test_trailing_editor_initials_are_split_off() -> None:
    article = analyze_text(dump(*BODY[:-1], BODY[-1] + " (rzk/dna)"))
    assert article.body.endswith("pusat kota.")
    assert reasons(article)["(rzk/dna)"] == "editor-initials"


def test_sentence_mentioning_a_marker_phrase_stays_in_body() -> None:
    line = ("Polisi menutup situs judi online yang dikelola dari sebuah rumah kontrakan dan "
            "menyita belasan telepon genggam milik para pelaku.")
    article = analyze_text(dump(*BODY[:2], line, *BODY[2:]))
    assert line in article.body


def test_caption_above_the_lead_is_removed() -> None:
    caption = "Kendaraan melintasi jalan berlubang di kawasan Cempaka."
    article = analyze_text(dump(caption, *BODY))
    assert reasons(article)[caption] == "caption"
    assert article.body.startswith("JAKARTA, Kabar Kota")


def test_metadata_lines_are_consumed_not_removed() -> None:
    article = analyze_text(dump("Senin, 04 Mar 2024 - 16:09 WIB", "Penulis: Sari Dewi | Editor: Budi Santoso", *BODY))
    kinds = {m.text: m.kind for m in article.metadata_lines}
    assert kinds["Senin, 04 Mar 2024 - 16:09 WIB"] == "date"
    assert kinds["Penulis: Sari Dewi | Editor: Budi Santoso"] == "byline"
    assert article.authors == ["Sari Dewi"]
    assert article.editors == ["Budi Santoso"]
    assert article.published == "2024-03-04T16:09+07:00"


def test_spam_byline_is_not_an_author() -> None:
    article = analyze_text(dump("Penulis: Slot Gacor Maxwin", *BODY))
    assert article.authors == []
    assert reasons(article)["Penulis: Slot Gacor Maxwin"] == "spam"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", INVISIBLE.sub("", text)).strip()


def pieces_by_line(article: Article) -> dict[int, list[str]]:
    """Every output piece that came from each input line."""
    pieces: dict[int, list[str]] = defaultdict(list)
    for (start, end), line in zip(article.paragraphs, article.paragraph_lines, strict=True):
        assert line is not None
        pieces[line].append(article.body[start:end])
    for removed in article.removed:
        assert removed.line is not None
        pieces[removed.line].append(removed.text)
    for meta in article.metadata_lines:
        assert meta.line is not None
        pieces[meta.line].append(meta.text)
    if article.title_line is not None and article.title is not None:
        pieces[article.title_line].append(article.title)
    return pieces


def tiles(line: str, pieces: list[str]) -> bool:
    """Whether the pieces, each used once, in some order and with spaces between them, make up
    the line: the ledger lists a line's pieces by kind (body, removed, metadata, title), not in
    the order they stood in it ("🔴" removed, the title, "🙏" removed)."""
    normed = [_norm(piece) for piece in pieces]
    return _tile_from(line, 0, [piece for piece in normed if piece])


def _tile_from(line: str, at: int, left: list[str]) -> bool:
    while at < len(line) and line[at] == " ":
        at += 1
    if not left:
        return at == len(line)
    for index, piece in enumerate(left):
        if line.startswith(piece, at) and _tile_from(line, at + len(piece), left[:index] + left[index + 1:]):
            return True
    return False


NOISE = st.sampled_from([
    "Baca juga: Banjir Kembali Rendam Kemang", "Advertisement", "loading...", "A A A",
    "Foto/Reuters", "Kolase Tangkapan Layar Instagram", "Halaman 2 dari 3", "(ian)",
    "Rekomendasi untuk Anda", "Penulis: Ani | Editor: Budi", "Jum'at, 07 Juli 2023 - 16:09 WIB",
    "Sabtu (22/10/2022)", "Copyright © 2023 Kabar Kota", "Bagikan", "slot gacor maxwin hari ini",
    "KOMPAS.com", "Terpopuler", "1. Lima Fakta Sidang Kemarin", "🔴 Harga Cabai Naik Lagi 🙏🙏",
])
LINE = st.one_of(NOISE, st.sampled_from(BODY), st.text(min_size=0, max_size=80), st.just(""))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=25))
def test_nothing_is_lost(lines: list[str]) -> None:
    text = "\n".join(lines)
    if not text.strip():
        return
    article = analyze_text(text)
    hard_errors = [e for e in article.errors if e.code.startswith("E-") and e.stage != "assemble"]
    assert not [e for e in hard_errors if e.code == "E-STAGE-001"], hard_errors
    if any(e.code in {"E-INGEST-002", "E-INGEST-001"} for e in article.errors):
        return  # control characters: refused as binary before any line is read
    pieces = pieces_by_line(article)
    # decoding reads a C1 control character as the cp1252 character it stood for ("\x80" is "€")
    # and puts back the characters of UTF-8 read as cp1252 ("Ã©" is "é")
    decoded = repair_mojibake(without_c1_controls(text))[0]
    split_lines = decoded.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(split_lines, start=1):
        if raw.strip():
            # a dump's Markdown heading hashes and strong-emphasis stars are markup, not text
            assert tiles(without_markdown(_norm(raw)), pieces.get(number, [])), (number, raw)


# --- the line model: scraped pages in any language ------------------------------------

def kept_and_dropped(lines: list[str]) -> tuple[set[str], set[str]]:
    article = analyze_text("\n".join(lines))
    kept = {article.body[start:end] for start, end in article.paragraphs}
    return kept, set(lines) - kept


NEWS_PAGE = [
    "Home", "World", "Business", "Sport", "Tech", "Subscribe", "Sign in",
    "City council approves new bus lanes",
    "By Jane Doe",
    "The city council on Tuesday approved a plan to add bus lanes on three of the busiest streets "
    "in the centre, a move officials say will cut journey times by a fifth.",
    "The plan, which passed by nine votes to four, will be carried out in stages over the next two "
    "years, starting with the road between the station and the hospital.",
    "The options the council considered were:",
    "painted lanes on the existing road",
    "a separated busway with its own kerbs",
    "a tram line along the river",
    "Opponents argued that the lanes would push traffic into residential streets, but the transport "
    "committee said its modelling showed only small changes.",
    "Work on the first stage is due to begin in the spring.",
    "Related stories",
    "Mayor opens new library in the east of the city",
    "Train fares to rise again next year",
    "Comments",
    "Great news, about time!",
    "John Smith",
    "3 days ago",
    "This will make the traffic even worse for everyone who drives to work.",
    "About us", "Contact", "Privacy policy", "© 2024 Example News",
]


def test_packaged_line_model_matches_the_feature_layout() -> None:
    model = line_model()
    assert model is not None
    assert isinstance(model.stage1, BoostedTrees)
    assert 0 < model.weak_threshold <= model.threshold < 1


def test_page_dump_keeps_the_article_with_its_list_and_drops_the_rest() -> None:
    kept, dropped = kept_and_dropped(NEWS_PAGE)
    article = NEWS_PAGE[NEWS_PAGE.index("By Jane Doe") + 1 : NEWS_PAGE.index("Related stories")]
    assert set(article) <= kept  # short list items between paragraphs included
    assert set(NEWS_PAGE[:7]) <= dropped  # navigation above the article
    assert {"Mayor opens new library in the east of the city", "Comments", "John Smith",
            "This will make the traffic even worse for everyone who drives to work."} <= dropped


def test_pages_in_other_scripts_keep_their_prose() -> None:
    japanese = [
        "ホーム", "ニュース", "ブログ", "お問い合わせ", "ログイン",
        "京都の紅葉が見頃を迎えました",
        "今年の京都は十一月に入ってから気温が下がり、各地の紅葉が一気に色づきました。週末には多くの観光客が訪れています。",
        "特に嵐山や東福寺では、朝早くから写真を撮る人の姿が見られました。地元の人によると、今年は例年より色が鮮やかだそうです。",
        "市は混雑を避けるため、公共交通機関の利用を呼びかけています。臨時のバスも増便されました。",
        "紅葉の見頃は十二月上旬まで続く見込みです。",
        "関連記事", "大阪の夜景スポット", "奈良の鹿と秋の散歩", "© 2024 Example Blog",
    ]
    russian = [
        "Главная", "Новости", "Спорт", "Контакты",
        "В Москве открылся новый парк",
        "В субботу в северной части Москвы открылся новый городской парк площадью двенадцать гектаров. "
        "На церемонии открытия присутствовали жители района и представители мэрии.",
        "В парке высажено более тысячи деревьев, оборудованы детские площадки и велосипедные дорожки. "
        "Летом здесь будет работать открытый кинотеатр.",
        "По словам архитекторов, при проектировании учитывались пожелания местных жителей, которые "
        "участвовали в опросе весной.",
        "Как выбрать зимние шины", "Погода на выходные", "© 2024 Пример",
    ]
    for page, prose, navigation in ((japanese, japanese[6:10], japanese[:5]),
                                    (russian, russian[5:8], russian[:4])):
        kept, dropped = kept_and_dropped(page)
        assert set(prose) <= kept
        assert set(navigation) <= dropped


def test_indonesian_article_keeps_its_last_paragraph_before_an_ad() -> None:
    lines = ["Perbaikan Jalan Dimulai Pekan Depan", *BODY, "Advertisement", "Baca juga: Harga Cabai Naik Lagi"]
    kept, _ = kept_and_dropped(lines)
    assert set(BODY) <= kept


def test_clean_article_dump_loses_nothing_at_its_edges() -> None:
    # A scrape that saved only the article: its first and last lines are body too.
    kept, dropped = kept_and_dropped(BODY)
    assert set(BODY) <= kept and not dropped


def _inputs(shapes: str, priors: str = "") -> list[LineInput]:
    feat = features("Satu dua tiga.", None)
    shape_names = {"g": "good", "s": "short", "b": "bad"}
    prior_names = {"o": PRIOR_OPEN, "r": PRIOR_REMOVED}
    priors = priors or "o" * len(shapes)
    return [LineInput("x", feat, shape_names[s], False, prior_names[p]) for s, p in zip(shapes, priors, strict=True)]


def test_decide_extends_the_article_through_sentences_that_continue_it() -> None:
    scores = [0.9, 0.3, 0.3, 0.1, 0.3]
    # The weak good line next to a strong one stays, and so does the next one through it;
    # a weak short line does not, and a weak line beyond a dropped one does not either.
    assert decide(scores, _inputs("ggsbg"), 0.5, 0.2) == [True, True, False, False, False]
    assert decide(scores, _inputs("gggbg"), 0.5, 0.2) == [True, True, True, False, False]
    # A line the rules removed (an ad, a "Related" header) ends the run.
    assert decide(scores, _inputs("gggbg", "orooo"), 0.5, 0.2) == [True, False, False, False, False]


def test_decide_keeps_a_single_line_between_body_lines() -> None:
    # A list item or subhead inside the article: one low line framed by body lines stays;
    # two in a row do not, nor one whose frame is broken by a line the rules removed.
    assert decide([0.9, 0.01, 0.9], _inputs("gsg"), 0.5, 0.2) == [True, True, True]
    assert decide([0.9, 0.01, 0.01, 0.9], _inputs("gssg"), 0.5, 0.2) == [True, False, False, True]
    assert decide([0.9, 0.01, 0.9, 0.9], _inputs("gsbg", "ooro"), 0.5, 0.2) == [True, False, False, True]


def test_decide_keeps_the_opening_sentence_above_the_article() -> None:
    lead = "JAKARTA, Kabar Kota - Pemerintah kota menyiapkan anggaran tambahan untuk jalan rusak."
    inputs = [LineInput(lead, features(lead, None), "bad", False, PRIOR_OPEN), *_inputs("gg")]
    assert decide([0.4, 0.9, 0.9], inputs, 0.5, 0.2) == [True, True, True]
    # Not when the article under it was dropped, nor for a short opening line (a menu).
    assert decide([0.4, 0.1, 0.9], inputs, 0.5, 0.2) == [False, False, True]
    menu = LineInput("Beranda Berita Olahraga", features("Beranda Berita Olahraga", None), "short", False,
                     PRIOR_OPEN)
    assert decide([0.4, 0.9, 0.9], [menu, *inputs[1:]], 0.5, 0.2) == [False, True, True]


def test_decide_never_empties_a_dump() -> None:
    assert decide([0.1, 0.3, 0.28, 0.05], _inputs("ggsg"), 0.5, 0.2) == [False, True, True, False]


def test_main_region_is_the_best_run() -> None:
    assert main_region([-1.0, 2.0, -0.5, 2.0, -3.0, 1.0]) == (1, 4)
    assert main_region([-1.0, -2.0]) == (0, 0)


def test_block_features_place_a_line_among_menus_and_text() -> None:
    menu, text, tail = ["Home", "News", "Sport"], BODY[:3], ["About", "Contact"]
    inputs = [LineInput(line, features(line, None), "good" if line in text else "short", False, PRIOR_OPEN)
              for line in (*menu, *text, *tail)]
    rows = block_features(inputs, [own_features(line, False) for line in inputs])
    short_run, _, above, below, link_like, glued, lead_caps, furniture = zip(*rows, strict=True)
    assert short_run[0] == pytest.approx(math.log1p(3)) and short_run[3] == 0.0
    # The good text lies wholly below the menu and wholly above the tail.
    assert (above[0], below[0]) == (0.0, 1.0) and (above[-1], below[-1]) == (1.0, 0.0)
    assert 0.0 < above[4] < 1.0 and below[5] == 0.0
    assert link_like[0] == pytest.approx(3 / 4) and link_like[4] < link_like[0]
    # Capitalised openings crowd the menu; none of these lines is glued or furniture.
    assert lead_caps[0] > lead_caps[4] and set(glued) == {0.0} and set(furniture) == {0.0}


def _own(text: str) -> dict[str, float]:
    line = LineInput(text, features(text, None), "short", False, PRIOR_OPEN)
    return dict(zip(OWN_NAMES, own_features(line, False), strict=True))


def test_furniture_features_tell_banners_credits_and_glued_teasers_from_news() -> None:
    news = _own(BODY[1])
    banner = _own("We use cookies to improve your experience. Read our privacy policy or manage consent.")
    assert banner["furniture_share"] > 0.2 > news["furniture_share"] == 0.0
    assert _own("Sakib Ali/Hindustan Times/Getty Images")["credit"] == 1.0 and news["credit"] == 0.0
    glued = _own("Customers Leave Without Paying At Troy SteakhouseA party of six left the diner.")
    assert glued["log_glued"] > news["log_glued"] == 0.0
    assert glued["lead_capitalised"] == 1.0 > news["lead_capitalised"]


# Two trees over a row (x0, x1): the first splits on x0 at 0.5, then on x1 at 2 on its right.
TREES = {"base": -0.5, "trees": [
    [[0, 0.5, 1, 2, 0.0], [-1, 0.0, 0, 0, -1.0], [1, 2.0, 3, 4, 0.0], [-1, 0.0, 0, 0, 0.5],
     [-1, 0.0, 0, 0, 2.0]],
    [[1, float("inf"), 1, 2, 0.0], [-1, 0.0, 0, 0, 0.25], [-1, 0.0, 0, 0, -9.0]],
]}


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def test_boosted_trees_walk_each_tree_to_its_leaf_and_sum_the_leaves() -> None:
    model = scorer_of(TREES)
    assert isinstance(model, BoostedTrees)
    # A value equal to the threshold goes left; an infinite threshold sends every row left.
    assert model.predict([0.5, 9.0]) == pytest.approx(_sigmoid(-0.5 - 1.0 + 0.25))
    assert model.predict([0.7, 2.0]) == pytest.approx(_sigmoid(-0.5 + 0.5 + 0.25))
    assert model.predict([0.7, 2.1]) == pytest.approx(_sigmoid(-0.5 + 2.0 + 0.25))


def test_boosted_trees_accept_only_numbers() -> None:
    bad = {"base": 0.0, "trees": [[["__import__('os')", 0.5, 1, 2, 0.0], [-1, 0, 0, 0, 1.0],
                                   [-1, 0, 0, 0, 2.0]]]}
    with pytest.raises(ValueError):
        scorer_of(bad)


def test_benchmark_split_is_stable_and_even() -> None:
    keys = [f"page-{n}" for n in range(800)]
    splits = Counter(split_of(key) for key in keys)
    assert split_of("page-1") == split_of("page-1")
    assert set(splits) == {"train", "dev", "test"}
    assert 350 < splits["test"] < 450  # half the pages, as before the three-way split
    assert 60 < splits["dev"] < 140  # a quarter of the rest
