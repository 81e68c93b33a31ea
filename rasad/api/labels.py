"""Names and coordinates for the API: the store's labels (``rasad.store.labels``)."""

from __future__ import annotations

from ..store.labels import LANGS, Labels, Place, load_labels

__all__ = ["LANGS", "Labels", "Place", "load_labels"]
