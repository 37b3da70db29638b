"""Stories: articles about one happening grouped, incrementally, with a label; B³ and ARI."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from warta.bench.stories import adjusted_rand, b_cubed, detokenize
from warta.corpus.stories import (
    EMBEDDING_WARMUP,
    LABEL_WORDS,
    StoryClusterer,
    cluster_stories,
    renumbered,
    thresholds,
)
from warta.corpus.story_features import (
    StoryFeatures,
    article_day,
    article_features,
    content_terms,
    features_of,
)
from warta.models import Analysis, Article, Entity, Mention, Story, Timex

# Fictional news, written for these tests: two stories told by several outlets.
BANJIR = [
    ("Banjir rendam ratusan rumah di Bekasi Timur",
     "Banjir setinggi satu meter merendam ratusan rumah di Bekasi Timur setelah hujan deras semalaman. "
     "BPBD Kota Bekasi mengerahkan perahu karet untuk mengevakuasi warga lanjut usia ke masjid terdekat."),
    ("Ribuan warga Bekasi mengungsi akibat banjir",
     "Ribuan warga Bekasi Timur mengungsi karena banjir merendam rumah mereka. BPBD membuka dapur umum "
     "dan mengerahkan perahu karet ke permukiman yang terendam paling dalam."),
    ("Banjir Bekasi mulai surut, warga bersihkan rumah",
     "Air banjir di Bekasi Timur mulai surut pada Senin siang. Warga yang mengungsi kembali membersihkan "
     "rumah dari lumpur, sementara BPBD tetap menyiagakan perahu karet."),
]
SUAP = [
    ("KPK tetapkan Bupati Lembah Hijau tersangka suap proyek jalan",
     "Komisi Pemberantasan Korupsi menetapkan Bupati Lembah Hijau sebagai tersangka suap proyek jalan "
     "kabupaten. Penyidik menyita uang tunai dalam operasi tangkap tangan di rumah dinas bupati."),
    ("Bupati Lembah Hijau ditahan KPK usai diperiksa sepuluh jam",
     "KPK menahan Bupati Lembah Hijau, tersangka suap proyek jalan, setelah diperiksa penyidik selama "
     "sepuluh jam. Uang tunai dari operasi tangkap tangan menjadi barang bukti."),
    ("Kontraktor proyek jalan Lembah Hijau ikut jadi tersangka suap",
     "Penyidik KPK juga menetapkan kontraktor proyek jalan di Lembah Hijau sebagai tersangka pemberi suap "
     "kepada bupati. Uang tunai disita saat operasi tangkap tangan."),
]
INTERLEAVED = [BANJIR[0], SUAP[0], BANJIR[1], SUAP[1], BANJIR[2], SUAP[2]]


def article(number: int, title: str, body: str, published: str | None = "2024-02-05") -> Article:
    return Article(id=f"a{number}", source=f"a{number}.txt", sha256="", title=title, body=body,
                   published=published, language="id")


def analysis_of(pairs: list[tuple[str, str]], **extra: Any) -> Analysis:
    articles = [article(n, title, body) for n, (title, body) in enumerate(pairs, start=1)]
    return Analysis(warta_version="0", created="2024-01-01T00:00:00Z", articles=articles, **extra)


def memberships(stories: list[Story]) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in stories}


def test_two_interleaved_stories_come_apart(validate: Any) -> None:
    analysis = analysis_of(INTERLEAVED)
    stories = cluster_stories(analysis)
    assert memberships(stories) == {frozenset({"a1", "a3", "a5"}), frozenset({"a2", "a4", "a6"})}
    assert [s.id for s in stories] == ["s1", "s2"]
    analysis.stories = stories
    validate(analysis)


def test_every_article_is_in_exactly_one_story_even_without_text() -> None:
    pairs = [*INTERLEAVED, ("", ""), ("Gempa kecil guncang Lembang", "Gempa bermagnitudo 3,1 terasa di Lembang.")]
    stories = cluster_stories(analysis_of(pairs))
    placed = [a for s in stories for a in s.articles]
    assert sorted(placed) == sorted(f"a{n}" for n in range(1, len(pairs) + 1))


def test_a_run_of_one_article_is_one_story_labelled_by_its_title() -> None:
    [story] = cluster_stories(analysis_of([SUAP[1]]))
    assert story.articles == ["a1"]
    assert story.label == SUAP[1][0]


def test_months_apart_the_same_words_make_two_stories() -> None:
    first = article(1, *BANJIR[0], published="2023-02-05")
    later = article(2, *BANJIR[1], published="2023-11-20")
    same_week = article(3, *BANJIR[2], published="2023-02-07")
    analysis = Analysis(warta_version="0", created="x", articles=[first, later, same_week])
    assert memberships(cluster_stories(analysis)) == {frozenset({"a1", "a3"}), frozenset({"a2"})}


def test_incremental_adds_give_the_batch_clusters() -> None:
    analysis = analysis_of(INTERLEAVED)
    clusterer = StoryClusterer()
    returned = {f.article: clusterer.add(f) for f in features_of(analysis)}
    batch = cluster_stories(analysis)
    assert memberships(clusterer.stories()) == memberships(batch)
    # add() returns the id of the story the article is in
    assert all(returned[a] == clusterer.story_of(a) for a in returned)


def test_state_round_trips_through_json_and_clustering_goes_on() -> None:
    features = features_of(analysis_of(INTERLEAVED))
    whole = StoryClusterer()
    for f in features:
        whole.add(f)
    first = StoryClusterer()
    for f in features[:3]:
        first.add(f)
    restored = StoryClusterer.from_dict(json.loads(json.dumps(first.to_dict())))
    assert restored.stories() == first.stories()
    for f in features[3:]:
        restored.add(f)
    assert restored.stories() == whole.stories()
    assert restored.to_dict() == whole.to_dict()
    assert [restored.story_of(f.article) for f in features] == [whole.story_of(f.article) for f in features]


def test_a_state_of_another_version_is_refused() -> None:
    state = StoryClusterer().to_dict()
    state["version"] = 99
    with pytest.raises(ValueError, match="version"):
        StoryClusterer.from_dict(state)


def test_a_story_absorbed_by_another_is_reported_as_merged() -> None:
    first, second, bridge = features_of(analysis_of(BANJIR))
    clusterer = StoryClusterer(threshold=1.1)  # nothing joins: two stories
    assert [clusterer.add(first), clusterer.add(second)] == ["s1", "s2"]
    clusterer.threshold = clusterer.merge_threshold = 0.0  # the third joins one and the two merge
    assert clusterer.add(bridge) == "s1"
    [story] = clusterer.stories()
    assert story.id == "s1" and sorted(story.articles) == ["a1", "a2", "a3"]
    assert clusterer.merged == {"s2": "s1"}
    assert clusterer.story_of("a2") == "s1"


def test_labels_are_the_most_central_title_shortened() -> None:
    long_title = "Banjir Bekasi Timur merendam ratusan rumah warga dan memaksa ribuan orang mengungsi ke masjid"
    pairs = [(long_title, BANJIR[0][1]), BANJIR[1], BANJIR[2]]
    [story] = cluster_stories(analysis_of(pairs))
    assert len(story.label.split()) <= LABEL_WORDS + 1
    titles = [long_title, BANJIR[1][0], BANJIR[2][0]]
    assert any(t.startswith(story.label.removesuffix(" …")) for t in titles)


def test_without_titles_the_label_is_a_first_sentence_shortened() -> None:
    articles = [Article(id=f"a{n}", source="x", sha256="", body=body) for n, (_, body) in enumerate(SUAP, 1)]
    [story] = cluster_stories(Analysis(warta_version="0", created="x", articles=articles))
    firsts = [body.split(". ")[0] for _, body in SUAP]
    assert story.label.endswith(" …") and len(story.label.split()) == LABEL_WORDS + 1
    assert any(first.startswith(story.label.removesuffix(" …")) for first in firsts)


def test_without_any_text_the_label_names_the_top_entities() -> None:
    articles = [Article(id=f"a{n}", source="x", sha256="") for n in (1, 2)]
    kpk = Entity(id="e1", name="KPK", type="ORG", kb_id="Q1",
                 mentions=[Mention(article=a.id, start=0, end=3, text="KPK") for a in articles])
    analysis = Analysis(warta_version="0", created="x", articles=articles, entities=[kpk])
    stories = cluster_stories(analysis)
    assert [s.label for s in stories] == ["KPK"] and stories[0].articles == ["a1", "a2"]


def test_features_read_entities_by_knowledge_base_id_and_dates_from_timexes() -> None:
    body = "Presiden Prabowo bertemu Perdana Menteri Anwar di Jakarta pada 3 Maret 2025."
    a = Article(id="a1", source="x", sha256="", body=body)
    prabowo = Entity(id="e1", name="Prabowo", type="PERSON", kb_id="Q563", mentions=[
        Mention(article="a1", start=9, end=16, text="Prabowo"), Mention(article="a2", start=0, end=7, text="Prabowo")])
    jakarta = Entity(id="e2", name="Jakarta", type="LOC", gazetteer_id="loc:jakarta", mentions=[
        Mention(article="a1", start=51, end=58, text="Jakarta")])
    timex = Timex(article="a1", start=64, end=76, text="3 Maret 2025", type="DATE", value="2025-03-03")
    features = article_features(a, [prabowo, jakarta], [timex])
    assert features.entities == {"Q563": 1.0, "loc:jakarta": 1.0}
    assert features.day == date(2025, 3, 3).toordinal()


def test_the_publication_date_and_its_window_come_before_text_dates() -> None:
    timex = Timex(article="a1", start=0, end=1, text="x", type="DATE", value="2020-01-01")
    published = Article(id="a1", source="x", sha256="", published="2024-05-06T10:00:00+07:00")
    windowed = Article(id="a1", source="x", sha256="", published_window=["2024-05-01", "2024-05-05"])
    assert article_day(published, [timex]) == date(2024, 5, 6).toordinal()
    assert article_day(windowed, [timex]) == date(2024, 5, 3).toordinal()


def test_content_terms_skip_stop_words_and_fold_particles() -> None:
    terms = content_terms("Rumahnya terendam dan warga yang mengungsi ke masjid itulah")
    assert "yang" not in terms and "dan" not in terms
    assert terms["rumah"] == 1


def test_renumbering_orders_stories_by_their_first_article() -> None:
    stories = [Story(id="s7", label="b", articles=["a4", "a2"]), Story(id="s2", label="a", articles=["a1"])]
    assert renumbered(stories, ["a1", "a2", "a3", "a4"]) == [
        Story(id="s1", label="a", articles=["a1"]), Story(id="s2", label="b", articles=["a2", "a4"])]


# --- the scores the bench reports ----------------------------------------------------------


def test_b_cubed_on_known_cases() -> None:
    gold = {"1": "x", "2": "x", "3": "y", "4": "y"}
    assert b_cubed(gold, gold) == (1.0, 1.0, 1.0)
    lumped = dict.fromkeys(gold, "all")
    precision, recall, f1 = b_cubed(lumped, gold)
    assert (precision, recall) == (0.5, 1.0) and f1 == pytest.approx(2 / 3)
    singletons = {k: k for k in gold}
    assert b_cubed(singletons, gold)[:2] == (1.0, 0.5)
    # One item of x put with y: Bagga & Baldwin's per-item averages.
    moved = {"1": "x", "2": "y", "3": "y", "4": "y"}
    precision, recall, _ = b_cubed(moved, gold)
    assert precision == pytest.approx((1 + 3 * (1 / 3 + 2 / 3 + 2 / 3) / 3) / 4)
    assert recall == pytest.approx((0.5 + 0.5 + 1 + 1) / 4)


def test_adjusted_rand_on_known_cases() -> None:
    gold = {"1": "x", "2": "x", "3": "y", "4": "y", "5": "z", "6": "z"}
    assert adjusted_rand(gold, gold) == 1.0
    renamed = {k: v.upper() for k, v in gold.items()}
    assert adjusted_rand(renamed, gold) == 1.0
    # Hubert & Arabie on a worked case: predicted {1,2,3},{4,5,6} against gold pairs.
    predicted = {"1": "p", "2": "p", "3": "p", "4": "q", "5": "q", "6": "q"}
    # contingency: p:{x2,y1} q:{y1,z2}: sum C(n,2)=1+1=2; rows 3+3=6; cols 1+1+1=3; total C(6,2)=15
    expected = 6 * 3 / 15
    assert adjusted_rand(predicted, gold) == pytest.approx((2 - expected) / ((6 + 3) / 2 - expected))


def test_detokenize_rejoins_punctuation_and_quotes() -> None:
    tokens = ["``", "We", "respect", "her", "family", "'s", "privacy", ",", "''", "the", "(", "actress", ")", "did", "n't", "say", "$", "15bn", "."]
    assert detokenize(tokens) == "\"We respect her family's privacy,\" the (actress) didn't say $15bn."


def _embedded(article_id: str, terms: dict[str, float], group: int) -> StoryFeatures:
    # A large shared direction (what any two news texts have in common) plus the group's own.
    vector = [0.3] * 8
    vector[group] += 0.3
    norm = sum(x * x for x in vector) ** 0.5
    return StoryFeatures(article=article_id, terms=terms, embedding=[x / norm for x in vector])


def test_sentence_embeddings_decide_between_stories_the_words_cannot_tell_apart() -> None:
    flood, bribe = {"banjir": 2.0, "bekasi": 2.0, "warga": 1.0}, {"suap": 2.0, "bupati": 2.0, "warga": 1.0}
    stream = [_embedded(f"a{n}", flood if n % 2 else bribe, n % 2) for n in range(1, EMBEDDING_WARMUP + 1)]
    vague = [_embedded("x1", {"warga": 1.0}, 1), _embedded("x0", {"warga": 1.0}, 0)]
    with_embeddings = StoryClusterer(*thresholds(embeddings=True))
    for features in stream:
        with_embeddings.add(features)
    assert len(with_embeddings.stories()) == 2
    homes = {f.article: with_embeddings.add(f) for f in vague}
    assert homes == {"x1": with_embeddings.story_of("a1"), "x0": with_embeddings.story_of("a2")}


def test_a_title_beats_the_first_sentences_of_untitled_articles() -> None:
    untitled = [article(n, "", f"BEKASI, Kabar Kota - {body}") for n, (_, body) in enumerate(BANJIR[:2], start=1)]
    titled = article(3, *BANJIR[2])
    analysis = Analysis(warta_version="0", created="x", articles=[*untitled, titled])
    [story] = cluster_stories(analysis)
    assert story.label == BANJIR[2][0]


def test_a_first_sentence_label_leaves_the_dateline_out() -> None:
    pairs = [("", f"Jakarta (Kabar Kota) - {body}") for _, body in SUAP]
    [story] = cluster_stories(analysis_of(pairs))
    assert any(body.startswith(story.label.removesuffix(" …")) for _, body in SUAP)


def test_a_story_told_in_two_languages_is_labelled_in_the_runs_language() -> None:
    # The English titles share the story's words as much as the Indonesian ones and come first.
    flood = {"flood": 2.0, "bekasi": 2.0, "home": 1.0, "banjir": 2.0, "rumah": 1.0}
    told = [("a1", "Flood submerges homes in Bekasi", "en"),
            ("a2", "Bekasi flood victims get boats", "en"),
            ("a3", "Banjir rendam ratusan rumah di Bekasi Timur", "id"),
            ("a4", "BPBD kerahkan perahu karet ke Bekasi Timur", "id")]
    clusterer = StoryClusterer()
    for number, (aid, title, lang) in enumerate(told):
        clusterer.add(StoryFeatures(article=aid, title=title, language=lang, terms=dict(flood), day=700000 + number))
    clusterer.add(StoryFeatures(article="a5", title="KPK tahan bupati", language="id",
                                terms={"kpk": 2.0, "suap": 2.0, "bupati": 1.0}, day=700010))
    flood_story = next(s for s in clusterer.stories() if "a1" in s.articles)
    assert set(flood_story.articles) == {"a1", "a2", "a3", "a4"}
    assert flood_story.label == "Banjir rendam ratusan rumah di Bekasi Timur"
