"""The knowledge base and its automaton cached on disk: reused while the data are unchanged."""

from __future__ import annotations

import pytest

from rasad.kb import _load, bundled_dir
from rasad.kb import diskcache
from rasad.kb.matcher import Matcher


@pytest.fixture(autouse=True)
def cache_on(monkeypatch):
    """These tests are about the cache: on, whatever the shell says (``RASAD_CACHE=0``)."""
    monkeypatch.delenv("RASAD_CACHE", raising=False)


def test_cache_is_written_then_reused_with_the_automaton(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path))
    built = _load.__wrapped__(())
    [cached_file] = tmp_path.glob("kb-*.pickle")
    again = _load.__wrapped__(())
    assert again is not built and again.phrases is not None
    assert sorted(again.persons) == sorted(built.persons)
    text = "وزیر دفاع روسیه سرگئی شویگو در تهران با همتای ایرانی خود دیدار کرد."
    assert [(m.kind, m.entity_id) for m in Matcher(again).find(text, "fa")] == \
        [(m.kind, m.entity_id) for m in Matcher(built).find(text, "fa")]
    assert cached_file.exists()


def test_key_changes_when_a_data_file_changes(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "people.toml").write_text("# none yet\n", encoding="utf-8")
    before = diskcache.cache_key([bundled_dir().parent, folder])
    assert diskcache.cache_key([bundled_dir().parent, folder]) == before
    (folder / "people.toml").write_text("# one added\n", encoding="utf-8")
    assert diskcache.cache_key([bundled_dir().parent, folder]) != before


def test_cache_can_be_turned_off_and_a_broken_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_CACHE", "0")
    assert diskcache.cache_dir() is None
    monkeypatch.delenv("RASAD_CACHE")
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path))
    key = diskcache.cache_key([bundled_dir().parent])
    (tmp_path / f"kb-{key}.pickle").write_bytes(b"not a pickle")
    assert diskcache.load(key) is None
    kb = _load.__wrapped__(())
    assert kb.phrases is not None and diskcache.load(key) is not None


def test_a_file_in_use_is_kept_when_newer_ones_are_written(tmp_path, monkeypatch):
    """Several versions (or KB folders) share one cache folder: the one read last is not the one dropped."""
    import os

    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path))
    for i in range(diskcache._KEEP):
        diskcache.save(f"k{i}", {"n": i})
        os.utime(tmp_path / f"kb-k{i}.pickle", (1000 + i, 1000 + i))
    assert diskcache.load("k0") == {"n": 0}  # the oldest file, read now
    diskcache.save("new", {"n": 9})
    assert diskcache.load("k0") == {"n": 0}
    assert diskcache.load("k1") is None  # the least recently used went instead


def test_a_half_written_file_left_by_a_killed_writer_is_removed_later(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path))
    stale, fresh = tmp_path / ".kb-old.tmp", tmp_path / ".kb-now.tmp"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"being written")
    os.utime(stale, (1000, 1000))
    diskcache.save("k", {"n": 1})
    assert not stale.exists() and fresh.exists()  # another process may be writing the fresh one
    assert diskcache.load("k") == {"n": 1}
