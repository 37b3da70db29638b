"""Stage ``assemble``: body text, paragraph offsets and the ledger of removed lines."""

from __future__ import annotations

from warta.document import Doc
from warta.errors import Code
from warta.models import MetadataLine, RemovedLine
from warta.options import Options
from warta.pipeline import StageFailure, article_stage

PARAGRAPH_SEPARATOR = "\n\n"


@article_stage("assemble", requires={"labels", "repeats"}, provides={"body"})
def assemble(doc: Doc, options: Options) -> None:
    article = doc.article
    parts: list[str] = []
    paragraphs: list[list[int]] = []
    offset = 0
    for line in doc.lines:
        if line.label == "body":
            if parts:
                offset += len(PARAGRAPH_SEPARATOR)
            parts.append(line.text)
            paragraphs.append([offset, offset + len(line.text)])
            article.paragraph_lines.append(line.number)
            offset += len(line.text)
        elif line.label == "removed":
            reason = line.reason or "boilerplate"
            article.removed.append(RemovedLine(text=line.text, reason=reason, line=line.number))  # type: ignore[arg-type]  # reasons come from the marker file
        elif line.label == "title":
            article.title_line = line.number
        elif line.label == "meta":
            article.metadata_lines.append(
                MetadataLine(text=line.text, kind=line.reason or "date", line=line.number)  # type: ignore[arg-type]  # kinds set by the cleaner
            )
    article.body = PARAGRAPH_SEPARATOR.join(parts)
    article.paragraphs = paragraphs
    if not article.body.strip():
        # Later stages have nothing to read; the title and removed lines stay in the output.
        empty = Code.NO_ARTICLE_IN_HTML if doc.fmt == "html" else Code.NO_BODY
        raise StageFailure(empty.error())
