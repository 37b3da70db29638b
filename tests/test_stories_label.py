"""A story is labelled by the title of the event that opened it, when that title is about as central
as the story's most central one (#29)."""

from __future__ import annotations

from typing import Any

from tests.test_stories import BANJIR, article
from warta.corpus.stories import (
    LABEL_CENTRAL_SHARE,
    StoryClusterer,
    _title_score,
    cluster_stories,
    thresholds,
)
from warta.corpus.story_features import features_of
from warta.models import Analysis


def _analysis(pairs: list[tuple[str, str]], days: list[str | None]) -> Analysis:
    articles = [article(n, title, body, published=day)
                for n, ((title, body), day) in enumerate(zip(pairs, days, strict=True), start=1)]
    return Analysis(warta_version="0", created="2024-01-01T00:00:00Z", articles=articles)


def _scores(analysis: Analysis) -> dict[str, float]:
    clusterer = StoryClusterer(*thresholds(False))
    for features in features_of(analysis):
        clusterer.add(features)
    [story] = clusterer._stories
    return {t: _title_score(t, story.profile.terms.sums) for t in story.titles if t}


def test_the_earliest_central_title_labels_the_story_whatever_the_input_order(validate: Any) -> None:
    # The report of the 4th comes last in the input; the 5th's title is the most central.
    analysis = _analysis(BANJIR, ["2024-02-06", "2024-02-05", "2024-02-04"])
    scores = _scores(analysis)
    opening, best = BANJIR[2][0], max(scores, key=lambda t: scores[t])
    assert best != opening and scores[opening] >= LABEL_CENTRAL_SHARE * scores[best]  # the case at hand
    [story] = cluster_stories(analysis)
    analysis.stories = [story]
    validate(analysis)
    assert story.label == opening


def test_an_opening_title_off_the_story_gives_way_to_the_most_central() -> None:
    pairs = [("Hujan deras semalaman", BANJIR[0][1]), BANJIR[1], BANJIR[2]]
    analysis = _analysis(pairs, ["2024-02-05", "2024-02-06", "2024-02-07"])
    scores = _scores(analysis)
    assert scores["Hujan deras semalaman"] < LABEL_CENTRAL_SHARE * max(scores.values())
    [story] = cluster_stories(analysis)
    assert story.label == max(scores, key=lambda t: scores[t])


def test_an_undated_article_opens_nothing() -> None:
    analysis = _analysis(BANJIR, [None, "2024-02-05", "2024-02-04"])
    [story] = cluster_stories(analysis)
    assert story.label == BANJIR[2][0]


def test_the_days_survive_the_saved_state() -> None:
    analysis = _analysis(BANJIR, ["2024-02-06", "2024-02-05", "2024-02-04"])
    clusterer = StoryClusterer(*thresholds(False))
    for features in features_of(analysis):
        clusterer.add(features)
    again = StoryClusterer.from_dict(clusterer.to_dict())
    assert [s.label for s in again.stories()] == [s.label for s in clusterer.stories()] == [BANJIR[2][0]]
