"""Products and brands read as people: "seri Satya", "Produk Xiaomi Redmi Note", "Redmi Note 5".

Phones, cars and other goods are named like people ("Honda Brio Satya", "Oppo Reno") and the model
reads some of them as persons. Their cues: a noun that introduces a product's name before it ("tipe",
"seri", "merek", "varian", "produk"), a model code in it or right after it ("Galaxy S8", "Redmi
Note 5A"), or a trademark sign ("Biosteel®"). A person the rules or the gazetteer know by a role or a
row keeps the type.
"""

from __future__ import annotations

import re

from warta.article.mentions import Found, kept_of

# Nouns that introduce the name of a product, a model or a brand, never a person's.
PRODUCT_NOUNS = frozenset({"tipe", "seri", "merek", "merk", "varian", "produk"})
# A model code: letters and digits in one word ("S8", "Moto3", "F430", "5A"); a person's name holds
# none, while a bare number after a name is as often an age, a minute or a score ("Routledge 67'").
_MODEL_CODE = re.compile(r"(?:[A-Za-z]+\d+|\d+[A-Za-z]+)[A-Za-z\d]*")
_WORD_AFTER = re.compile(r"\s+(\S+)")


# Words after the last code that make a person's name of their own ("GP2 Antonio Giovinazzi": the
# series, then the driver).
NAME_AFTER_CODE = 2


def _has_code(words: list[str]) -> bool:
    return any(_MODEL_CODE.fullmatch(word) for word in words)


def _coded_name(words: list[str]) -> bool:
    """A model code among the words and less than a name's words after the last one."""
    coded = [k for k, word in enumerate(words) if _MODEL_CODE.fullmatch(word)]
    return bool(coded) and len(words) - coded[-1] - 1 < NAME_AFTER_CODE


# Trademark signs after a name ("Biosteel®", "Biosteel ™").
_TRADEMARK = re.compile(r"\s?[®™]")


def _product_cue(mention: Found, text: str) -> bool:
    words = mention.text.split()
    if mention.before in PRODUCT_NOUNS or (words and words[0].casefold() in PRODUCT_NOUNS):
        return True
    if "®" in mention.text or "™" in mention.text or _TRADEMARK.match(text, mention.end):
        return True
    after = _WORD_AFTER.match(text, mention.end)
    return _coded_name(words) or (after is not None and _has_code([after.group(1)]))


def without_products(found: list[Found], text: str) -> list[Found]:
    """``found`` without the people, and the untyped runs that would become people, that are products
    by those cues."""
    def product(mention: Found) -> bool:
        person = mention.type == "PERSON" or (mention.type is None and mention.hint in (None, "PERSON"))
        return person and not mention.role and not mention.ids and _product_cue(mention, text)

    return kept_of(found, [m for m in found if not product(m)])
