"""``warta.normalize`` is the documented public time normaliser."""

from __future__ import annotations

import datetime as dt

import pytest

import warta
from warta.article.timex import normalize


def test_the_package_exposes_the_time_normaliser() -> None:
    assert warta.normalize is normalize
    found = warta.normalize("bulan lalu", anchor=dt.date(2022, 11, 15))
    assert found is not None and (found.type, found.value) == ("DATE", "2022-10")


def test_an_unknown_attribute_still_raises() -> None:
    with pytest.raises(AttributeError):
        _ = warta.no_such_thing
