"""Stage ``entities``: the people, organisations and places one article names.

Mentions come from the gazetteer, the title grammar and capitalisation rules
(``mentions.py``), and from the trained NER model when it is installed
(``model_spans.py``); they are grouped into the article's entities by ``coref.py``.
The corpus stage ``canonical`` (``warta.corpus.entities``) then joins the entities of
all articles of a run.
"""

from __future__ import annotations

from collections.abc import Iterable

from warta.article.common_words import drop_common_words
from warta.article.coref import group_mentions
from warta.article.mentions import find_mentions
from warta.article.model_spans import with_model
from warta.article.sentences import split_sentences
from warta.document import Doc
from warta.models import Entity
from warta.options import Options
from warta.pipeline import article_stage


def find_article_entities(text: str, article_id: str = "a1", known_orgs: Iterable[str] = (),
                          use_model: bool = True) -> list[Entity]:
    """Entities of one text: in-article clusters with mentions, roles, kb ids and relations.

    ``use_model``: also consult the NER model; it was trained on Indonesian news, so the
    entity stage turns it off for English articles, where it mistakes sentence-opening words
    ("Neither", "Otherwise") for names.
    """
    found = find_mentions(text, known_orgs)
    if use_model:
        found = with_model(text, found)
    starts = frozenset(start for start, _ in split_sentences(text))
    return drop_common_words(group_mentions(found, article_id), text, starts)


@article_stage("entities", requires={"body"}, provides={"entities"})
def entities(doc: Doc, options: Options) -> None:
    article = doc.article
    known = [article.outlet_name or "", *article.retold_from]
    doc.entities = find_article_entities(article.body, article.id, known, use_model=article.language != "en")
