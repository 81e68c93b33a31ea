"""An in-memory store for the store tests (documents to put in it: ``store_docs``)."""

from __future__ import annotations

import pytest

from rasad.store import open_store


@pytest.fixture
def store():
    s = open_store(":memory:")
    yield s
    s.close()
