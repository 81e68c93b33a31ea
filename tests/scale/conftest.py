"""The scale tests need the ``scale`` extra (Dask, fsspec, pyarrow)."""

from __future__ import annotations

import pytest

pytest.importorskip("distributed", reason="the scale extra (dask[distributed]) is not installed")
pytest.importorskip("fsspec", reason="the scale extra (fsspec) is not installed")
pytest.importorskip("pyarrow", reason="the scale extra (pyarrow) is not installed")
