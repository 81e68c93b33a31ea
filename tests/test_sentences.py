"""Sentence splitting in the three languages, on normalised text."""

from __future__ import annotations

from rasad.normalise import normalise
from rasad.sentences import split_sentences


def sents(raw: str) -> list[str]:
    text = normalise(raw).text
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_persian_question_mark_and_full_stop():
    out = sents("وزیر دفاع گفت: همکاریها ادامه دارد. آیا سفر انجام میشود؟ بله، هفته آینده.")
    assert len(out) == 3 and out[1].endswith("؟")


def test_persian_quote_after_full_stop():
    out = sents("او گفت «این سفر مهم است.» سپس جلسه پایان یافت.")
    assert len(out) == 2 and out[0].endswith("»")


def test_arabic_comma_does_not_split_and_doctor_abbreviation_does_not():
    out = sents("التقى د. محمد العلي، وزير الدفاع، نظيره أمس. وبحث الجانبان التعاون.")
    assert len(out) == 2 and "د. محمد" in out[0]


def test_english_abbreviations_and_numbers():
    out = sents("Gen. Asim Munir met U.S. officials on Jan. 5 in Washington. Trade rose 2.5 percent. "
                "Mr. Smith left.")
    assert len(out) == 3
    assert out[0].startswith("Gen. Asim Munir") and out[0].endswith("Washington.")


def test_abbreviated_given_names_and_south_asian_ranks_do_not_end_a_sentence():
    out = sents("Foreign Affairs Secretary Ma. Theresa Lazaro met Air Cdre. Md. Kamrul Hasan and Wg. Cdr. "
                "Mohd. Nizam (Retd.) in Manila. They discussed training.")
    assert len(out) == 2 and out[0].endswith("in Manila.")


def test_honorifics_of_official_releases_do_not_end_a_sentence():
    out = sents("Minister Koizumi held a meeting with H.E. Mr. Guido Crosetto, Minister of Defence of the Italian "
                "Republic. H.R.H. Crown Prince Al Hussein attended. They spoke.")
    assert out == ["Minister Koizumi held a meeting with H.E. Mr. Guido Crosetto, Minister of Defence of the "
                   "Italian Republic.", "H.R.H. Crown Prince Al Hussein attended.", "They spoke."]


def test_latin_initials_written_in_persian_or_arabic_do_not_end_a_sentence():
    out = sents("سپهبد اس. ام. کامرال حسن روز سه‌شنبه با کی. پی. شارما اولی دیدار کرد. دو طرف گفت‌وگو کردند.")
    assert len(out) == 2 and out[0].endswith("دیدار کرد.")
    out = sents("واستقبل الوزير الفريق إس. إم. كامرال حسن أمس. وبحث الجانبان التعاون.")
    assert len(out) == 2 and out[1] == "وبحث الجانبان التعاون."
    # «او» is also "he": after it a sentence may end
    assert len(sents("این نام کوچک اوست و نه درجه نظامی او. وزیر دفاع هند سخن گفت.")) == 2


def test_offsets_point_into_the_text():
    text = normalise("  First sentence here.  Second one!  ").text
    spans = split_sentences(text)
    assert [text[s.start:s.end] for s in spans] == ["First sentence here.", "Second one!"]


def test_a_full_stop_whose_space_the_crawl_lost_still_ends_the_sentence():
    out = sents('The deal "opens a new chapter for both navies."The accord was signed during the visit.')
    assert out == ['The deal "opens a new chapter for both navies."', "The accord was signed during the visit."]
    out = sents("واختتم الوزيران المباحثات في الرباط.وقال المتحدث إن الزيارة تستمر يومين.")
    assert len(out) == 2 and out[1].startswith("وقال")
    out = sents("در این دیدار درباره همکاری دریایی گفتگو شد.وزیر دفاع سپس به بندر رفت.")
    assert len(out) == 2


def test_but_not_inside_abbreviations_initials_or_numbers():
    for text in ("Gen.Musa met U.S.Army officers at 2.5km from the base.", "قال د.أحمد العلي إن الزيارة مهمة."):
        assert len(sents(text)) == 1


def test_glued_initials_in_a_name_end_no_sentence():
    text = "Mohamud hosted General Dagvin R.M. Anderson at Villa Somalia. The two discussed security."
    assert [text[s.start:s.end] for s in split_sentences(text, 0, len(text))] == [
        "Mohamud hosted General Dagvin R.M. Anderson at Villa Somalia.", "The two discussed security."]
