"""The bundled catalogue of outlets and the sources file format."""

from __future__ import annotations

import pytest

from rasad.errors import DataError
from rasad.intake import load_sources


def test_the_catalogue_covers_three_languages_and_many_countries():
    sources = load_sources()
    assert len(sources) >= 60
    assert {s.lang for s in sources} == {"fa", "ar", "en"}
    assert len({s.country for s in sources}) >= 25
    assert {"ministry", "agency", "newspaper", "broadcaster"} <= {s.kind for s in sources}
    for s in sources:
        assert s.lists and all(u.startswith(("http://", "https://")) for u in s.lists)
        assert (s.verified is not None) != s.unverified, s.id      # each says how sure it is
    assert sum(1 for s in sources if s.verified) >= 15


@pytest.mark.parametrize("body, message", [
    ('[[source]]\nid = "a"\nname = "A"\n', "at least one URL"),
    ('[[source]]\nid = "A b"\nname = "A"\nfeeds = ["https://a/rss"]\n', "'id' must be"),
    ('[[source]]\nid = "a"\nname = "A"\nfeeds = ["ftp://a/rss"]\n', "http(s) URLs"),
    ('[[source]]\nid = "a"\nname = "A"\nfeeds = ["https://a/rss"]\nlang = "ru"\n', "'lang' must be"),
    ('[[source]]\nid = "a"\nname = "A"\nfeeds = ["https://a/rss"]\ncountry = "Iran"\n', "alpha-3"),
    ('[[source]]\nid = "a"\nname = "A"\nfeeds = ["https://a/rss"]\nfeed = "x"\n', "unknown key"),
    ('[[source]]\nid = "a"\nname = "A"\nfeeds = ["https://a/rss"]\nverified = "x"\nunverified = true\n', "not both"),
    ('[[source]]\nid = "a"\nname = "A"\nfeeds = ["https://a/rss"]\n[[source]]\nid = "a"\nname = "B"\n'
     'feeds = ["https://b/rss"]\n', "appears twice"),
    ('[[source]\n', "invalid TOML"),
])
def test_a_bad_sources_file_is_refused_with_file_and_fix(tmp_path, body, message):
    path = tmp_path / "mine.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataError, match="mine.toml") as e:
        load_sources(path)
    assert message in str(e.value)
