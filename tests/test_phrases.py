"""The phrase matcher every lexicon and the knowledge base use: word boundaries, clitics, overlaps."""

from hypothesis import given
from hypothesis import strategies as st

from rasad.normalise import normalise
from rasad.phrases import PhraseMatcher, longest_first


def _found(matcher: PhraseMatcher, text: str, lang: str) -> list[tuple[str, tuple]]:
    ltext = normalise(text).text.lower()
    return [(ltext[s:e], vs) for s, e, vs in matcher.find(ltext, lang)]


def test_whole_words_only_in_english():
    m = PhraseMatcher([("met", "MEET"), ("talks", "TALK")])
    assert _found(m, "The ministers met for talks; metal and talkshow are no triggers.", "en") == [
        ("met", ("MEET",)), ("talks", ("TALK",))]


def test_arabic_proclitics_and_pronouns_glue_to_a_word():
    m = PhraseMatcher([("لقاء", "MEET")])
    # «وخلال لقائه»: the conjunction before, the pronoun after (hamza on its seat)
    assert [v for _, v in _found(m, "وخلال لقائه مع نظيره", "ar")] == [("MEET",)]
    assert _found(m, "ولقاء الوزيرين", "ar") != []
    assert _found(m, "ولقاء الوزيرين", "en") == []  # only Arabic glues و to the next word


def test_persian_suffixes_after_a_word():
    m = PhraseMatcher([("دیدار", "MEET")])
    assert _found(m, "در دیدارهای دو وزیر", "fa") != []
    assert _found(m, "دیدارگاه", "fa") == []


def test_the_longer_phrase_wins_an_overlap():
    m = PhraseMatcher([("defence minister", "ROLE"), ("minister", "TITLE"), ("defence", "TOPIC")])
    assert _found(m, "The defence minister arrived.", "en") == [("defence minister", ("ROLE",))]


def _reference(hits):
    """Longest first, then earliest, skipping any that overlaps one already taken; in text order."""
    taken = []
    for h in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if all(h[1] <= t[0] or t[1] <= h[0] for t in taken):
            taken.append(h)
    return sorted(taken)


_spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=25).map(
    lambda xs: sorted(((s, s + n, ("v",)) for s, n in xs), key=lambda h: (h[1], h[0])))


@given(_spans)
def test_longest_first_keeps_what_the_rule_says(hits):
    # hits arrive in the order of their ends, as the automaton reports them
    assert longest_first(hits) == _reference(hits)
