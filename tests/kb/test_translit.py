"""Cross-script name keys: one person under the spellings of many languages of origin."""

import pytest
from hypothesis import example, given, strategies as st

from rasad.kb import load_kb
from rasad.kb.translit import NameIndex, is_arabic_script, romanize, skeleton

SAME = [
    # Chinese
    ("تشانغ وان تشيوان", "تشانج وان تشيوان", "چانگ وان چوان", "Chang Wanquan"),
    # Russian
    ("سيرغي شويغو", "سيرجي شويجو", "سرگئی شایگو", "Sergei Shoigu"),
    # Korean
    ("كيم جونغ أون", "کیم جونگ اون", "Kim Jong Un"),
    # Japanese
    ("شينزو آبي", "شینزو آبه", "Shinzo Abe"),
    # Turkish
    ("يشار جولر", "یاشار گولر", "Yaşar Güler"),
    ("ذاکر حسن اف", "ذاكر حسنوف", "Zakir Hasanov"),
    # French
    ("فلورانس بارلي", "فلورانس پارلی", "Florence Parly", "Florence Parley"),
    # English
    ("مارك إسبر", "مارک اسپر", "Mark Esper"),
    # Indian
    ("راجنات سينغ", "راجنات سینگ", "Rajnath Singh"),
    ("نارندرا مودي", "نارندرا مودی", "Narendra Modi"),
    # Polish and Hungarian
    ("کوسینیاک کامیش", "Kosiniak-Kamysz"),
    ("سالای", "Szalay"),
    ("چاک", "Czak", "Csák"),
    # Arabic
    ("عبد اللطيف لوديي", "عبداللطیف لودیی", "Abdellatif Loudiyi"),
    ("محمد باقری", "محمد باقري", "Mohammad Bagheri"),
]


@pytest.mark.parametrize("spellings", SAME, ids=lambda s: s[-1])
def test_spellings_of_one_name_share_a_skeleton(spellings):
    assert len({skeleton(s) for s in spellings}) == 1


def test_a_name_beginning_with_al_is_read_both_ways():
    assert skeleton("ألكسندر فومين", keep_article=True) == skeleton("Alexander Fomin")
    assert skeleton("الحنيطي") == skeleton("Huneiti")


def test_different_names_keep_different_skeletons():
    assert skeleton("سيرغي شويغو") != skeleton("سيرغي لافروف")
    assert skeleton("Rajnath Singh") != skeleton("Manmohan Singh")


@pytest.fixture(scope="module")
def index():
    return NameIndex(load_kb().persons.values())


@pytest.mark.parametrize("written, pid, how", [
    ("تشانج وان تشيوان", "chang-wanquan", "skeleton"),   # not a spelling the KB lists
    ("Florence Parley", "florence-parly", "skeleton"),   # a misspelling in an English page
    ("محمد زكي", "mohamed-ahmed-zaki", "first+last"),     # the middle name left out
    ("Joseph F Dunford", "joseph-dunford", "skeleton"),  # an initial added
    ("جیمز ماراپه", "james-marape", "skeleton"),         # «ز» for the s of "James" said as z
    ("ترولز لوند بولسن", "troels-lund-poulsen", "skeleton"),
    # Polish and Hungarian digraphs (sz, cz) and a «وو» whose second letter is a v
    ("ولادیسلاو کوسینیاک-کامیش", "wladyslaw-kosiniak-kamysz", "skeleton"),
    ("کریستوف سالای-بوبروونیچکی", "kristof-szalay-bobrovniczky", "skeleton"),
    # a Czech j said as y, and č as ch
    ("یانا چرنوخووا", "jana-cernochova", "skeleton"),
])
def test_index_finds_a_kb_person_under_another_spelling(index, written, pid, how):
    ids, found_how = index.lookup(written)
    assert pid in ids and found_how == how


def test_index_finds_nobody_for_a_short_or_unknown_name(index):
    assert index.lookup("علی") == (set(), "")
    assert index.lookup("Zbigniew Qwertyuiop") == (set(), "")


@pytest.mark.parametrize("written, not_pid", [
    ("Baiba Kalnina", "ahmed-al-sharaa"),                    # first word of one consonant: "Abu ... Julani"
    ("Jiji Press", "g-l-peiris"),                            # "G. L. Peiris"
    ("محمد بن ناصر الزعابي أمين", "mohamed-ghassan-maumoon"),  # two words more than the KB name
    ("محمد بن ناصر الزعابي", "mahamat-deby"),                 # a chain of «بن» the KB name lacks
    ("محمد زكي", "imed-hazgui"),                              # «م» begins it, a vowel begins "Imed"
])
def test_first_and_last_words_alone_do_not_name_a_different_person(index, written, not_pid):
    assert not_pid not in index.lookup(written)[0]


def test_romanize_gives_latin_letters_and_keeps_latin_names(index):
    out = romanize("حسین خانزادی", index.latin)
    assert out.isascii() and out.split()[0] == "Hossein" or out.startswith("H")
    assert romanize("Hulusi Akar") == "Hulusi Akar"
    assert romanize("موهوزي كاينيروغابا").isascii()



def test_a_short_name_that_begins_with_the_letters_of_the_article_is_not_read_as_al(index):
    # «إليس» is Ellis: two letters left after «ال» make no Arabic name
    assert not romanize("بريان إليس", index.latin).lower().split()[-1].startswith("al-")
    # «بالماس» is Palmas: a name carries no «ب» + «ال»
    assert not romanize("فاسيليس بالماس", index.latin).lower().split()[-1].startswith("al-")


arabic_letters = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=2, max_size=8)
latin_words = st.text(alphabet="bcdfgklmnprstvz", min_size=2, max_size=8)


@given(st.lists(arabic_letters, min_size=1, max_size=4))
def test_skeleton_ignores_diacritics_tatweel_zwnj_and_letter_variants(words):
    name = " ".join(words)
    noisy = name.replace("ي", "ى").replace("ك", "ک")
    noisy = "".join(c + ("\u064e" if i % 3 == 0 else "") + ("\u0640" if i % 5 == 1 else "") for i, c in enumerate(noisy))
    assert skeleton(noisy) == skeleton(name)


@given(st.lists(arabic_letters, min_size=1, max_size=4))
@example(["با", "لا", "اا"])
def test_skeleton_ignores_where_words_split(words):
    # A word that starts like the article or a clitic («ال», «لل», «بال», «و») may lose it as a word of
    # its own, but not inside a longer word: those splits may change the key. So may «ت» + «ش» joined
    # across a split: inside one word they spell «چ» («تشيرنوف»), across two they are two letters.
    article = ("و", "ال", "لل", "بال", "لال")
    # Joined, the words may also begin with it across a split («با» + «لا…» is «بالا…»).
    assert (skeleton(" ".join(words)) == skeleton("".join(words)) or any(w.startswith(article) for w in words)
            or "".join(words).startswith(article)
            or any(a.endswith("ت") and b.startswith("ش") for a, b in zip(words, words[1:])))


@given(st.lists(latin_words, min_size=1, max_size=3), st.sampled_from("aeiou"))
def test_skeleton_ignores_latin_vowels_and_case(words, vowel):
    name = " ".join(words)
    with_vowels = " ".join(vowel.join(w) for w in words)
    # c is k or s by the vowel after it; sz and zs are one sound (Polish, Hungarian), "saz" two
    assert skeleton(with_vowels.upper()) == skeleton(name) or "c" in name or "sz" in name or "zs" in name


@given(st.text(max_size=30))
def test_skeleton_is_a_key_of_consonant_classes(text):
    assert set(skeleton(text)) <= set("btdskflrmn")
    assert is_arabic_script(text) == any("\u0600" <= c <= "\u06ff" for c in text)


def test_letter_key_matches_words_of_one_shape_only():
    from rasad.kb.translit import letter_key

    assert letter_key("شويغو") == letter_key("شويجو")
    assert letter_key("ثاني") != letter_key("التعاون")
