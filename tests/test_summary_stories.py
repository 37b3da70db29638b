"""Each story's own cited summary (Story.summary), and the report showing it."""

from __future__ import annotations

from typing import Any

import lxml.html

from tests.test_summary import TWO_STORIES, analysis_of_story, two_stories
from warta.corpus.across import complete
from warta.corpus.summary import summarize
from warta.models import Analysis, Story
from warta.options import Options
from warta.web.render import report_html

SIZE = 3


def completed(analysis: Analysis) -> Analysis:
    return complete(analysis, Options(summary_sentences=SIZE))


def test_each_story_has_a_summary_of_its_own_articles(validate: Any) -> None:
    analysis = completed(two_stories())
    validate(analysis)
    for story in analysis.stories:
        bodies = [TWO_STORIES[a][2] for a in story.articles]
        assert story.summary, story.id
        for item in story.summary:
            assert any(item.sentence in body for body in bodies)  # chosen from the story's articles
            assert set(item.citations) <= set(story.articles)  # and citing only them
    share = {s.id: sum(1 for item in analysis.summary if set(item.citations) & set(s.articles))
             for s in analysis.stories}
    # The run summary's filtered share is what the report showed before: one story got less.
    assert any(len(s.summary) > share[s.id] for s in analysis.stories)


def test_a_story_summary_is_the_summary_of_its_articles_alone(validate: Any) -> None:
    analysis = completed(two_stories())
    for story in analysis.stories:
        alone = Analysis(warta_version="t", created="",
                         articles=[a for a in analysis.articles if a.id in story.articles],
                         stories=[Story(id=story.id, label=story.label, articles=story.articles)])
        validate(alone)
        assert story.summary == summarize(alone, SIZE)


def test_a_story_holding_every_article_has_the_run_summary(validate: Any) -> None:
    analysis = analysis_of_story()
    analysis.stories = [Story(id="s1", label="Burns", articles=[a.id for a in analysis.articles])]
    completed(analysis)
    validate(analysis)
    assert analysis.summary and analysis.stories[0].summary == analysis.summary


def _story_items(analysis: Analysis, story: str) -> list[str]:
    page = lxml.html.fromstring(report_html(analysis))
    items = page.xpath(f"//section[@id='story-{story}']//ol[@class='summary']/li")
    return [" ".join(li.xpath("text()")).strip() for li in items]


def test_the_report_shows_each_story_its_own_summary(validate: Any) -> None:
    analysis = completed(two_stories())
    validate(analysis)
    for story in analysis.stories:
        assert _story_items(analysis, story.id) == [s.sentence for s in story.summary]


def test_an_analysis_without_story_summaries_shows_the_run_summary_of_the_story(validate: Any) -> None:
    analysis = completed(two_stories())
    for story in analysis.stories:
        story.summary = []  # as an analysis JSON written before Story.summary reads
    validate(analysis)
    story = analysis.stories[1]
    expected = [s.sentence for s in analysis.summary if set(s.citations) & set(story.articles)]
    assert expected and _story_items(analysis, story.id) == expected
