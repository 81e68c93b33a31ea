"""The finder of people the KB does not know: names where news introduces officials, nothing else."""

from hypothesis import given, settings, strategies as st

from rasad.kb import load_kb
from rasad.kb.people import find_unknown_persons
from rasad.kb.translit import name_index
from rasad.lexicons import load_lexicon
from rasad.mentions import matcher_for
from rasad.normalise import normalise


def unknown(text, lang):
    return list(unknown_countries(text, lang))


def unknown_countries(text, lang):
    """The names the finder takes, each with the country it gives them."""
    ntext = normalise(text).text
    ms = matcher_for(load_kb()).find(ntext, lang)
    return {m.text: m.country for m in find_unknown_persons(ntext, ms, lang)}


def test_rank_then_name_then_office_and_country():
    assert unknown("استقبل الفريق أول أوكيلو ماتوفو أودونغا قائد قوات الدفاع الأوغندية.", "ar") == ["اوکیلو ماتوفو اودونغا"]  # normalised text


def test_a_name_stops_before_an_office_that_opens_with_a_name_word():
    # «أمين» is also a given name; «أمين عام» is the office of secretary-general
    found = unknown("برئاسة سعادة الدكتور محمد بن ناصر الزعابي أمين عام وزارة الدفاع، وسعادة جيريدار أرامانى "
                    "سكرتير الدفاع بجمهورية الهند.", "ar")
    assert found == ["محمد بن ناصر الزعابی", "جیریدار ارامانی"]


def test_a_qualifier_in_brackets_after_a_rank_is_not_the_name():
    assert unknown("التقى الوزير سعادة اللواء الركن (طيار) خميس بن حماد الغافري قائد سلاح الجو السلطاني "
                   "العماني.", "ar") == ["خمیس بن حماد الغافری"]


def test_a_clause_after_a_name_is_not_an_apposition_giving_its_country():
    # ", called on the Commander of the Sri Lanka Navy,": the country of the one called on
    text = ("The Chief of Naval Staff of the Ghana Navy, Rear Admiral Issah Adam Yakubu, called on the "
            "Commander of the Sri Lanka Navy, Vice Admiral Priyantha Perera, in Colombo.")
    assert unknown_countries(text, "en") == {"Issah Adam Yakubu": "GHA", "Priyantha Perera": "LKA"}


def test_words_of_a_quote_after_a_country_are_no_name():
    assert unknown("وقال بوتين إن روسيا سعيدة برؤية الرئيس التشادي في موسكو.", "ar") == []


def test_an_ambassador_named_after_the_title_is_a_person():
    assert unknown("Japanese Ambassador Akio Isomata called on the Deputy Minister of Defence.", "en") == ["Akio Isomata"]


def test_a_national_security_adviser_is_an_office_beside_a_name():
    found = unknown("Parly subsequently met senior Kenyan officials, including National Security Adviser Joseph Kinyua.",
                    "en")
    assert found == ["Joseph Kinyua"]


def test_titles_before_and_letters_after_a_name_are_not_part_of_it():
    assert unknown("Chief of Defence Force General Rowan Pellington AO DSC met the minister.", "en") == ["Rowan Pellington"]


def test_a_clitic_glued_to_a_name_is_left_out():
    found = unknown("التقى الأمير خالد بن سلمان مع بيت هيغسيث وزير الحرب الأميركي، وستيف ويتكوف المبعوث "
                    "الأميركي الخاص.", "ar")
    assert "ستیف ویتکوف" in found


def test_a_name_that_looks_like_and_before_a_function_word_is_a_name():
    # «واين» (Wayne) is not «و» + «اين» ("and where"), «والتر» (Walter) not «و» + «ال…» ("and the …")
    assert unknown("شارك في الاجتماع وزير الداخلية الغاني والتر أمواكو.", "ar") == ["والتر امواکو"]
    assert unknown("وجرى اللقاء بمشاركة وزير الشؤون الخارجية واين هوبكنز.", "ar") == ["واین هوبکنز"]


COMMON_FA = load_lexicon("names")["common"]["fa"]
COMMON_AR = load_lexicon("names")["common"]["ar"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(COMMON_FA), min_size=2, max_size=4))
def test_common_persian_words_around_an_office_are_no_name(words):
    phrase = " ".join(words)
    assert unknown(f"{phrase} وزیر دفاع روسیه گفت.", "fa") == []
    assert unknown(f"وزیر دفاع روسیه، {phrase} را اعلام کرد.", "fa") == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(COMMON_AR), min_size=2, max_size=4))
def test_common_arabic_words_after_an_office_are_no_name(words):
    phrase = " ".join(words)
    assert unknown(f"وقال وزير الدفاع الروسي {phrase} في بيان.", "ar") == []


def test_a_clitic_glued_inside_a_run_of_names_starts_the_next_name():
    # «التقى الفريق أول X Y بمحمد Z وزير ...»: the visitor, then «ب» glued on the host's first name
    ntext = normalise("وعلى هامش المعرض التقى الفريق أول مبارك سالم الكعبي بمحمد الحسيني رئيس أركان الجيش "
                      "الموريتاني.").text
    kb = load_kb()
    ms = matcher_for(kb).find(ntext, "ar")
    found = [m.text for m in find_unknown_persons(ntext, ms, "ar", name_index(kb).words)]
    assert "مبارک سالم الکعبی" in found
    assert not any("بمحمد" in name for name in found)


def test_the_full_stops_of_a_country_abbreviation_do_not_cut_an_apposition():
    # ", the newly appointed commander of U.S. Africa Command,": the apposition names the United States
    text = ("President Hassan Sheikh Mohamud hosted General Dalton R.M. Ashworth, the newly appointed commander of U.S. "
            "Africa Command, at Villa Somalia.")
    assert unknown_countries(text, "en") == {"Dalton R.M. Ashworth": "USA"}


def test_a_name_stops_before_the_clause_that_follows_it():
    # a name, then a connective, a verb or the noun of the next phrase: none is part of it
    assert unknown("وبحث الأدميرال كارلوس لوبيز أوجه التعاون بين البلدين.", "ar") == ["کارلوس لوبیز"]
    assert unknown("وكان الجنرال توماس برغر تناول سبل تعزيز العلاقات.", "ar") == ["توماس برغر"]
    assert unknown("وكان الفريق ليو تشن لمدة عامين قائدا للقوات البرية.", "ar") == ["لیو تشن"]
    assert unknown("والتقى وزير الدفاع البريطاني آنذاك في لندن.", "ar") == []
    assert unknown("وبحث الثلاثة سبل الحفاظ على الاتفاق، وفق ما قاله الرئيس الأمريكي لاحقاً.", "ar") == []
    assert unknown("فيما وقع وزير الخارجية الأمريكي بصفته شاهدا.", "ar") == []
    assert unknown("وفي المؤتمر الصحفي المشترك، أعلن الرئيس الكوري أنه اتفق مع الرئيس السيسي على بدء مفاوضات.", "ar") == []


def test_bare_qualifiers_after_a_rank_are_not_the_name():
    # «الركن», «البحري»: qualifiers of the rank, one after another, then the name
    assert unknown_countries("استقبل اللواء البحري الركن سالم بن راشد الحارثي قائد البحرية السلطانية "
                             "العمانية، أمس.", "ar") == {"سالم بن راشد الحارثی": "OMN"}


def test_ali_after_a_rank_is_a_first_name():
    # «علي» folds like «على» ("on"); right after a rank it opens the name, and «آمر» (commander) closes it
    assert unknown("كما التقى الضيف اللواء البحري علي بن حمد الشيدي آمر كلية الدفاع الوطني.", "ar") == [
        "علی بن حمد الشیدی"]
    assert unknown("وأكد الجانبان على أهمية التعاون.", "ar") == []


def test_qualifiers_between_an_office_and_its_holder_are_skipped():
    # «بالنيابة آنذاك»: "then acting", between the office with its country and the name
    assert unknown_countries("بمشاركة رئيس الوزراء التايلاندي بالنيابة آنذاك بومتام ويتشاياتشاي، عقب "
                             "الاشتباكات.", "ar") == {"بومتام ویتشایاتشای": "THA"}


def test_national_between_an_office_and_its_country_keeps_them_together():
    # «معاون وزیر دفاع ملی ترکیه»: the deputy minister of national defence of Türkiye
    assert unknown_countries("در سئول با «کمال اوزترک» معاون وزیر دفاع ملی ترکیه دیدار کرد.", "fa") == {
        "کمال اوزترک": "TUR"}
