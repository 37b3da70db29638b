"""Repair UTF-8 text that was decoded twice ("mojibake").

A page saved as UTF-8, read back as cp1252 somewhere upstream and saved as UTF-8 again turns
each accented letter into two characters ("é" -> "Ã©") and each curly quote or dash into
three ("“" -> "â€œ", "—" -> "â€”"). The file itself is valid UTF-8, so decoding cannot notice;
this step finds the runs that are exactly the cp1252 spelling of a UTF-8 multi-byte character
and puts the character back. Text with no such run is returned unchanged: a lead byte must be
followed by the right number of continuation bytes, and no ordinary Indonesian or English
word spells that.
"""

from __future__ import annotations

import re

# The byte each cp1252 character stands for (bytes 0x80-0xff); the five bytes cp1252 leaves
# undefined were already read as U+FFFD by the decoder, so they are not in this table.
_BYTE_OF: dict[str, int] = {
    char: code
    for code in range(0x80, 0x100)
    if (char := bytes([code]).decode("cp1252", errors="replace")) != "\ufffd"
}
_CONTINUATION = "".join(re.escape(char) for char, code in _BYTE_OF.items() if code <= 0xBF)
_RUN = re.compile(
    f"[\u00c2-\u00df][{_CONTINUATION}]"
    f"|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
    f"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
    # A right double quote's last byte (0x9d) is one cp1252 leaves undefined: "â€" + U+FFFD.
    "|\u00e2\u20ac\ufffd"
)
RIGHT_DOUBLE_QUOTE_LOST = "\u00e2\u20ac\ufffd"


def _restored(match: re.Match[str]) -> str:
    run = match.group(0)
    if run == RIGHT_DOUBLE_QUOTE_LOST:
        return "\u201d"
    try:
        return bytes(_BYTE_OF[char] for char in run).decode("utf-8")
    except UnicodeDecodeError:
        return run  # the right shape but no character: leave it as written


def repair_mojibake(text: str) -> tuple[str, int]:
    """``text`` with every doubly decoded UTF-8 character restored, and how many were."""
    count = 0

    def restore(match: re.Match[str]) -> str:
        nonlocal count
        fixed = _restored(match)
        count += fixed != match.group(0)
        return fixed

    return _RUN.sub(restore, text), count
