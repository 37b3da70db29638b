"""warta: reads Indonesian news the way a careful analyst does."""

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """``warta.normalize`` is the time normaliser (``warta.article.timex.normalize``), loaded on
    first use so that ``import warta`` stays cheap and free of side effects."""
    if name == "normalize":
        from warta.article.timex import normalize

        return normalize
    raise AttributeError(f"module 'warta' has no attribute {name!r}")
