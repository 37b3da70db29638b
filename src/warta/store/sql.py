"""Small SQL-building helpers shared by the store's readers."""

from __future__ import annotations

from collections.abc import Sequence


def marks(values: Sequence[object]) -> str:
    """``?,?,?`` for an ``IN (...)`` list of ``values``."""
    return ",".join("?" * len(values))


def filtered_page(sql: str, params: list[object], column: str, only: Sequence[object] | None,
                  order_by: str, limit: int | None, offset: int) -> tuple[str, list[object]]:
    """``sql`` narrowed to ``column IN only`` (when given), ordered, and paged (when ``limit``).

    ``sql`` may already hold a WHERE clause; the filter is then joined with AND.
    """
    params = list(params)
    if only is not None:
        sql += f" {'AND' if ' WHERE ' in sql else 'WHERE'} {column} IN ({marks(only)})"
        params += list(only)
    sql += f" ORDER BY {order_by}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return sql, params
