"""The mentions stage's view of the page itself: whose paper it is, which decides whose a bare office is."""

from __future__ import annotations

import pytest

import rasad
from rasad.pipeline import process
from rasad.readers import document_from_record


@pytest.mark.parametrize("text, country", [
    # a small state's paper the KB does not know, naming its country in its masthead
    ("COOK ISLANDS NEWS\nHome | National | Pacific\n\nPrime Minister Mark Brown returned from China on Monday.", "COK"),
    # a paper named after its capital, citing an agency whose own country is another («AFP»)
    ("MANILA STANDARD\nNews | Nation | Metro\n\nAFP welcomes new frigate\n\nThe Navy welcomed the frigate on "
     "Monday.", "PHL"),
])
def test_a_mastheads_paper_is_of_the_country_it_names(text, country):
    doc = process(document_from_record({"text": text, "published": "2025-09-16"}, source="x"))
    assert doc.meta.get("home_country") == country


def test_a_surname_after_an_office_in_capitals_is_the_known_person_not_another_named_so():
    # "PM Modi" in a headline: «PM» is an office, not the first name of some other Modi
    text = ("UK PM Keir Starmer lands in Mumbai; talks with PM Modi on Thursday\n"
            "MUMBAI: British Prime Minister Keir Starmer arrived in Mumbai on Wednesday. Starmer and Modi are "
            "scheduled to address a fintech conference.")
    doc = process(document_from_record({"text": text, "published": "2025-10-08"}, source="x"))
    assert {m.entity_id for m in doc.mentions if m.kind == "person"} == {"keir-starmer", "narendra-modi"}


@pytest.mark.parametrize("text, country", [
    # «الباراغوياني» (the KB lists «الباراغواياني», «الباراغوائي»): Paraguay's consonants, with «-اني»
    ("عقد الرئيس الباراغوياني اجتماعا ثنائيا مع الرئيس البوليفي رودريغو باز في لاباز.", "PRY"),
    # «الماليزي» spelt with «-اني» as «الباراغوياني» is
    ("استقبل رئيس الوزراء الأسترالي نظيره الماليزياني في كانبرا.", "MYS"),
])
def test_an_arabic_demonym_the_kb_spells_otherwise_is_known_by_its_country_s_consonants(text, country):
    doc = process(document_from_record({"text": text, "published": "2025-11-09"}, source="x"))
    assert country in {m.country for m in doc.mentions if m.kind == "demonym"}


def test_an_adjective_after_an_office_is_no_demonym_of_a_country_with_other_consonants():
    text = "التقى الرئيس التنفيذي للشركة وزير الدفاع الوطني البولندي في وارسو."
    doc = process(document_from_record({"text": text, "published": "2025-11-09"}, source="x"))
    assert {m.country for m in doc.mentions if m.kind == "demonym"} == {"POL"}


def test_a_kb_name_written_with_an_office_of_a_country_he_never_served_is_his_namesake():
    # «پدرو سانچز» is also Spain's prime minister, but «وزیر دفاع کلمبیا» is no office of his
    for text, lang in (("پدرو سانچز وزیر دفاع کلمبیا روز سه‌شنبه در برازیلیا با همتای برزیلی خود دیدار کرد.", "fa"),
                       ("التقى وزير الدفاع الكولومبي بيدرو سانشيز نظيره البرازيلي في برازيليا الثلاثاء.", "ar"),
                       ("Colombian Defence Minister Pedro Sánchez met his Brazilian counterpart in Brasília.", "en")):
        [e] = rasad.extract(text, published="2025-06-11", lang=lang)["events"]
        assert e["countries"] == ["BRA", "COL"], text
        assert all(p["country"] != "ESP" for p in e["persons"]), text
    # the office of the name before it is not his: «X وزیر دفاع ترکیه، Y همتای سومالیایی خود را …»
    text = ("یاشار گولر وزیر دفاع ملی ترکیه، عبدالقادر محمد نور همتای سومالیایی خود را روز پنجشنبه در آنکارا "
            "پذیرفت.")
    [e] = rasad.extract(text, published="2024-02-09")["events"]
    assert {(p["name"], p["country"]) for p in e["persons"]} == {("Yaşar Güler", "TUR"), ("Abdulkadir Mohamed Nur", "SOM")}


def test_a_rank_then_a_short_surname_named_in_full_before_is_that_person():
    # «الفريق أول صقر» after «الفريق أول عبد المجيد صقر»: a three-letter family name right after a rank
    text = ("القاهرة (أ ش أ) - أجرى الفريق أول عبد المجيد صقر، القائد العام للقوات المسلحة وزير الدفاع والإنتاج "
            "الحربي، اليوم الأربعاء، سلسلة من اللقاءات مع رؤساء الوفود المشاركة في المعرض.\n"
            "والتقى الفريق أول صقر الفريق الركن محسن محمد الداعري وزير الدفاع اليمني، والفريق أول كريستوفر موسى رئيس "
            "أركان الدفاع النيجيري، كل على حدة.")
    found = rasad.extract(text, published="2025-12-03")["events"]
    assert sorted(e["countries"] for e in found) == [["EGY", "NGA"], ["EGY", "YEM"]]


def test_an_arabic_common_word_that_is_a_kb_surname_is_no_person_alone():
    # «رئيسي المجلسين»: "the heads of the two councils", not Ebrahim Raisi (Persian «رئیسی»)
    text = ("أجرى الرئيس الروسي فلاديمير بوتين خلال يومين اتصالات هاتفية مع رئيسي المجلسين العسكريين الحاكمين في "
            "النيجر ومالي.")
    found = rasad.extract(text, published="2025-05-20")["events"]
    assert sorted(e["countries"] for e in found) == [["MLI", "RUS"], ["NER", "RUS"]]


def _mentions(text: str, published: str = "2025-10-29"):
    return process(document_from_record({"text": text, "published": published}, source="x")).mentions


def test_a_leaders_name_that_stands_for_his_government_is_no_person():
    # "the Trump administration", «إدارة الرئيس ترامب», «دولت ترامپ»: the government, not the man at the talks
    for text, lang in (
            ("Japanese Defense Minister Shinjiro Koizumi met US Secretary of War Pete Hegseth in Tokyo on Tuesday, "
             "a week after the Trump administration asked allies to raise defence spending.", "en"),
            ("التقى وزير الدفاع الياباني شينجيرو كويزومي وزير الحرب الأمريكي بيت هيغسيث في طوكيو الثلاثاء، بعد "
             "أسبوع من دعوة إدارة الرئيس ترامب الحلفاء إلى زيادة الإنفاق الدفاعي.", "ar"),
            ("وزیر دفاع ژاپن روز سه‌شنبه در توکیو با پیت هگست وزیر جنگ آمریکا دیدار کرد؛ یک هفته پس از آنکه دولت "
             "ترامپ از متحدان خواست هزینه‌های دفاعی را افزایش دهند.", "fa")):
        [e] = rasad.extract(text, published="2025-10-29", lang=lang)["events"]
        assert e["countries"] == ["JPN", "USA"], text
        assert "Donald Trump" not in {p["name"] for p in e["persons"]}, text
    # the man himself still takes part
    [e] = rasad.extract("President Donald Trump met Japanese Prime Minister Sanae Takaichi in Tokyo on Tuesday.",
                        published="2025-10-29")["events"]
    assert "Donald Trump" in {p["name"] for p in e["persons"]}


def test_an_office_word_before_bin_is_a_first_name():
    # «سلطان بن محمد»: Sultan, son of Mohammed, not the office of sultan
    ms = _mentions("ومن المقرر أن يلتقي الضيف معالي الفريق أول سلطان بن محمد النعماني وزير المكتب السلطاني.")
    assert not any(m.kind == "role" and m.text.startswith("سلطان") for m in ms)
    assert any(m.kind == "person" and m.text.startswith("سلطان بن محمد") for m in ms)


def test_a_royal_office_and_a_first_name_is_the_one_monarch_of_that_name_in_office():
    # "King Abdullah", "Sultan Haitham": Jordan's and Oman's monarchs on the day; no name after the office, no one
    text = "Indian Prime Minister Narendra Modi held talks with King Abdullah in Amman on Monday."
    [e] = rasad.extract(text, published="2025-12-16")["events"]
    assert e["countries"] == ["IND", "JOR"]
    assert "Abdullah II of Jordan" in {p["name"] for p in e["persons"]}
    ms = _mentions("Sultan Haitham received the visiting king in Muscat.", "2025-12-16")
    assert {m.entity_id for m in ms if m.kind == "person"} == {"haitham-bin-tariq"}
    # a lower-case word after the office is no name
    assert not [m for m in _mentions("The king received the visiting minister.") if m.kind == "person"]
