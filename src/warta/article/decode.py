"""Stage ``decode``: raw bytes to text, refusing what is not text at all."""

from __future__ import annotations

import codecs

from warta.article.mojibake import repair_mojibake
from warta.document import Doc
from warta.errors import Code
from warta.options import Options
from warta.pipeline import StageFailure, article_stage

# Leading bytes of formats people feed to news tools by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "zip/Office"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"RIFF", "RIFF media"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0", "OLE/Office"),
    (b"7z\xbc\xaf", "7z"),
    (b"Rar!", "RAR"),
    (b"\x7fELF", "executable"),
)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# UTF-16 without a byte-order mark: text in Latin script has a zero byte in (nearly) every
# other position, the same parity throughout; binary data scatters its zeros.
UTF16_ZERO_SHARE = 0.9
UTF16_STRAY_SHARE = 0.05


def utf16_without_bom(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``raw`` reads as BOM-less UTF-16 of Latin-script text."""
    head = raw[:4096]
    even, odd = head[0::2], head[1::2]
    if len(odd) < 8:
        return None
    even_zeros, odd_zeros = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_zeros >= UTF16_ZERO_SHARE and even_zeros <= UTF16_STRAY_SHARE:
        return "utf-16-le"
    if even_zeros >= UTF16_ZERO_SHARE and odd_zeros <= UTF16_STRAY_SHARE:
        return "utf-16-be"
    return None


def binary_kind(raw: bytes) -> str | None:
    """Name the binary format of ``raw``, or None when it may be text."""
    for signature, kind in BINARY_SIGNATURES:
        if raw.startswith(signature):
            return kind
    head = raw[:4096]
    if any(head.startswith(bom) for bom, _ in BOMS) or utf16_without_bom(raw):
        return None
    if head.count(b"\x00") > len(head) // 100:
        return "unknown binary (NUL bytes)"
    return None


def decode_bytes(raw: bytes) -> tuple[str, str | None]:
    """Decode with BOM, then BOM-less UTF-16 (its zero bytes tell), then strict UTF-8, then
    cp1252, then latin-1; return (text, fallback)."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace"), None
    utf16 = utf16_without_bom(raw)
    if utf16 is not None:
        return raw.decode(utf16, errors="replace"), f"{utf16} without byte-order mark"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(raw)
    if mostly_utf8 is not None:
        return mostly_utf8
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined: those are replaced, and the other bytes of
        # 0x80-0x9f keep their cp1252 reading (latin-1 would make them C1 control characters).
        return raw.decode("cp1252", errors="replace"), "cp1252 with undefined bytes replaced"


# U+0080-U+009F: C1 control characters, which no article means. In text they are cp1252
# characters read as latin-1 somewhere upstream (an ellipsis stored as U+0085, a curly quote as
# U+0093); U+0085 is even a line break to str.splitlines. Read them as cp1252 again; the five
# bytes cp1252 leaves undefined become the replacement character.
_C1 = {code: bytes([code]).decode("cp1252", errors="replace") for code in range(0x80, 0xA0)}


def without_c1_controls(text: str) -> str:
    """``text`` with each C1 control character read as the cp1252 character it stood for."""
    return text.translate(_C1)


def _mostly_utf8(raw: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few corrupt bytes (a cut multi-byte character, a stray byte) decoded as
    UTF-8 with those bytes replaced, when its well-formed non-ASCII characters outnumber them:
    read as cp1252 instead, every one of its curly quotes and accented letters would turn into
    two or three wrong characters."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good <= bad:
        return None
    return text, f"utf-8 with {bad} invalid byte sequence(s) replaced"


def _control_ratio(text: str) -> float:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls / max(1, len(sample))


@article_stage("decode", requires={"raw"}, provides={"text"})
def decode(doc: Doc, options: Options) -> None:
    raw = doc.raw
    if len(raw) > options.max_bytes:
        raise StageFailure(Code.TOO_LARGE.error(size=len(raw), limit=options.max_bytes))
    kind = binary_kind(raw)
    if kind is not None:
        raise StageFailure(Code.BINARY_INPUT.error(kind=kind))
    text, fallback = (doc.decoded.text, doc.decoded.fallback) if doc.decoded else decode_bytes(raw)
    doc.decoded = None  # the text lives on in doc.text; no stage after this one reads it
    if _control_ratio(text) > 0.05:
        raise StageFailure(Code.BINARY_INPUT.error(kind="control characters"))
    if fallback is not None:
        doc.article.errors.append(Code.ENCODING_FALLBACK.error(stage="decode", encoding=fallback))
    text = without_c1_controls(text).replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text, repaired = repair_mojibake(text)
    if repaired:
        doc.article.errors.append(Code.MOJIBAKE_REPAIRED.error(stage="decode", count=repaired))
    if not text.strip():
        raise StageFailure(Code.EMPTY_INPUT.error())
    doc.text = text
