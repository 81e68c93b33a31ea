"""Where an event happened: the regional cities of the places KB, bases named after a place, and city
names that are also a person's name.

The texts are written for these tests in the style of agency copy; the people are real office-holders
on the dates given.
"""

from __future__ import annotations

import rasad
from event_helpers import events, news


def test_a_regional_city_of_europe_is_where_the_ministers_met():
    text = ("GDYNIA, Poland (PAP) - Polish Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz "
            "met Norwegian Defence Minister Tore O. Sandvik in Gdynia on Tuesday, the Polish defence ministry "
            "said.\nThe ministers discussed the purchase of submarines and security in the Baltic Sea.")
    found = news(events(text, "2025-11-25"))
    assert [(e["countries"], e["location"]) for e in found] == [(["NOR", "POL"], "Gdynia")]


def test_a_persian_page_names_a_polish_city_by_its_persian_spelling():
    text = ("به گزارش ایرنا، وزیر دفاع لهستان روز دوشنبه در شهر بیدگوشچ با تورِه ساندویک وزیر دفاع نروژ دیدار و "
            "گفت‌وگو کرد.\nدو طرف درباره همکاری در زمینه پدافند هوایی گفت‌وگو کردند.")
    found = news(events(text, "2025-06-02"))
    assert [(e["countries"], e["location"]) for e in found] == [(["NOR", "POL"], "Bydgoszcz")]


def test_a_base_named_after_a_place_is_not_the_city_it_lies_in():
    text = ("BUSAN, Nov. 3 (Yonhap) -- Defense Minister Ahn Gyu-back held talks with his Philippine counterpart "
            "Gilberto Teodoro at Gimhae Air Base in Busan on Monday, the defense ministry said.\n"
            "The two discussed cooperation in the defense industry.")
    found = news(events(text, "2025-11-03"))
    assert [(e["countries"], e["location"]) for e in found] == [(["KOR", "PHL"], "Busan")]


def test_the_city_named_like_lithuanias_defence_minister_is_no_place_without_a_place_word():
    text = ("Lithuanian Minister of National Defence Robertas Kaunas received his Polish counterpart "
            "Wladyslaw Kosiniak-Kamysz on Thursday.\n"
            "Kaunas said the two countries would hold joint exercises near the Suwalki gap.")
    found = news(events(text, "2025-11-20"))
    assert [(e["countries"], e["location"]) for e in found] == [(["LTU", "POL"], None)]


def test_the_city_a_story_was_filed_from_is_not_where_foreign_officers_met():
    # «تهران- ایرنا-»: the desk's city; the meeting of India's and Russia's navy chiefs was not held there
    text = ("تهران- ایرنا- فرمانده نیروی دریایی هند روز چهارشنبه با دریاسالار الکساندر مویسیف فرمانده کل نیروی "
            "دریایی روسیه دیدار و گفت‌وگو کرد.")
    [e] = news(events(text, "2026-02-19"))
    assert e["countries"] == ["IND", "RUS"] and e["location"] is None


def test_a_resort_town_that_hosts_a_conference_and_the_capital_by_its_english_title():
    text = ("HUA HIN, Thailand (Reuters) - Indonesia's armed forces commander met Thailand's chief of defence "
            "forces in Hua Hin on Tuesday.")
    assert [e["location"] for e in news(events(text, "2025-08-27"))] == ["Hua Hin"]
    text = ("یانگون- ایرنا- فرمانده کل نیروی دریایی روسیه روز سه‌شنبه در هوآهین با فرمانده نیروی دریایی میانمار دیدار کرد.")
    assert [e["location"] for e in news(events(text, "2025-08-27"))] == ["Hua Hin"]
    text = ("NAY PYI TAW (Xinhua) - Myanmar's military leader met Russia's defence minister in Nay Pyi Taw on Monday.")
    assert [e["location"] for e in news(events(text, "2026-02-03"))] == ["Naypyidaw"]


def test_a_landmark_with_its_city_named_after_it_is_placed_in_that_city():
    text = ("BUENOS AIRES - Argentine Defence Minister Luis Petri met US Defense Secretary Pete Hegseth at the "
            "Pentagon in Washington on Wednesday.")
    assert [e["location"] for e in news(events(text, "2025-07-05"))] == ["Washington"]


def test_a_body_s_officer_named_alone_later_and_a_naval_base_toured_are_no_sides():
    # «دبیرکل ناتو مارک روته» first, «روته» alone later: still NATO's (in 2025 he holds no Dutch office); the base
    # he will tour makes no Japanese side
    text = ("توکیو- ایرنا- مارک روته دبیرکل ناتو روز چهارشنبه در توکیو با ژن ناکاتانی وزیر دفاع ژاپن دیدار کرد.\n"
            "روته در سفر سه روزه خود از پایگاه دریایی یوکوسوکا نیز بازدید خواهد کرد.")
    assert events(text, "2025-04-10") == []


def test_a_city_is_reported_by_the_name_english_news_gives_it_not_a_local_romanisation():
    text = ("MANILA (PNA) - Defense Secretary Gilberto Teodoro Jr. met Japanese Defense Minister Gen Nakatani "
            "in Makati City on Monday, the Department of National Defense said.\n"
            "The two discussed the Reciprocal Access Agreement.")
    found = news(events(text, "2025-02-24"))
    assert [(e["countries"], e["location"]) for e in found] == [(["JPN", "PHL"], "Makati")]
    text = ("به گزارش ایرنا، وزیر دفاع ترکیه روز سه‌شنبه در نخجوان با ذاکر حسن‌اف وزیر دفاع جمهوری آذربایجان "
            "دیدار و گفت‌وگو کرد.\nدو طرف درباره رزمایش‌های مشترک گفت‌وگو کردند.")
    found = news(events(text, "2025-06-03"))
    assert [(e["countries"], e["location"]) for e in found] == [(["AZE", "TUR"], "Nakhchivan")]


def test_a_city_spelt_in_a_way_the_knowledge_base_does_not_list_is_found_by_its_consonants():
    # «بنگلورو» / «بنغالورو»: the KB lists «بنگلور» and «بنغالور»; after «شهر» / «مدينة» the name is looked up
    # by its consonant key among the places of the countries the page names
    text = ("به گزارش ایسنا، «راجنات سینگ» وزیر دفاع هند و «کاترین ووترن» وزیر نیروهای مسلح فرانسه روز سه‌شنبه "
            "در شهر بنگلورو دیدار و گفت‌وگو کردند.\nدو وزیر درباره تولید مشترک تجهیزات نظامی گفت‌وگو کردند.")
    found = news(events(text, "2026-02-18"))
    assert [(e["countries"], e["location"]) for e in found] == [(["FRA", "IND"], "Bengaluru")]
    text = ("نيودلهي في 18 فبراير /وام/ عقد وزير الدفاع الهندي راجناث سينغ ووزيرة القوات المسلحة الفرنسية "
            "كاترين فوتران أمس في مدينة بنغالورو الحوار الدفاعي السنوي السادس بين البلدين.\n"
            "وبحث الجانبان التعاون في الصناعات الدفاعية.")
    found = news(events(text, "2026-02-18"))
    assert [(e["countries"], e["location"], sorted(p["name"] for p in e["persons"])) for e in found] \
        == [(["FRA", "IND"], "Bengaluru", ["Catherine Vautrin", "Rajnath Singh"])]


def test_a_city_word_before_a_name_of_a_country_the_page_does_not_name_places_nothing():
    # «صيدا» has the consonants of Sydney (s-d-n is also Sidon's): with neither Lebanon nor Australia named,
    # the key alone decides nothing
    text = ("به گزارش ایرنا، وزیر دفاع هند روز سه‌شنبه در شهر سیدنا با وزیر دفاع فرانسه دیدار و گفت‌وگو کرد.\n"
            "دو وزیر درباره تولید مشترک تجهیزات نظامی گفت‌وگو کردند.")
    found = news(events(text, "2026-02-18"))
    assert [(e["countries"], e["location"]) for e in found] == [(["FRA", "IND"], None)]


def test_an_arabic_dateline_with_its_date_before_the_agency_names_the_city():
    # «جورج تاون، 27 فبراير (برناما) --», «الدوحة في 17 يناير /قنا/»: the city a bare «هنا» ("here") points at
    text = ("جورج تاون، 27 فبراير (برناما) -- استقبل وزير الدفاع الماليزي محمد خالد نورالدين هنا أمس الأربعاء "
            "وزير الدفاع الإندونيسي شفري شمس الدين.\nوبحث الجانبان التعاون بين الصناعات الدفاعية في البلدين.")
    found = news(events(text, "2025-02-27"))
    assert [(e["countries"], e["location"]) for e in found] == [(["IDN", "MYS"], "George Town")]


def test_a_meeting_at_the_pentagon_is_placed_in_washington_as_news_writes_it():
    text = ("WASHINGTON (AP) - Argentine Defense Minister Luis Petri met U.S. Defense Secretary Pete Hegseth at the "
            "Pentagon on Tuesday.\nThe two discussed the F-16 programme.")
    found = news(events(text, "2025-04-23"))
    assert [(e["countries"], e["location"]) for e in found] == [(["ARG", "USA"], "Washington")]


def test_capitals_are_named_as_english_wikipedia_writes_them():
    # the gold sets and the press write "Malé" and "Sri Jayawardenepura Kotte", not GeoNames' "Male" / "Jayewardenepura"
    [e] = rasad.extract("MALÉ, Maldives — Indian Prime Minister Narendra Modi held talks with President Mohamed "
                        "Muizzu in Malé on Friday.", published="2025-07-25")["events"]
    assert e["location"] == "Malé"


def test_a_band_is_no_raqqa():
    # «بمشاركة فرقة من القوات المسلحة الهندية»: «فرقة» is no «ف» + «رقة»
    text = ("أجرى رئيس الوزراء الهندي ناريندرا مودي، أمس، محادثات مع نظيره الموريشي نافين رامغولام، وحضر احتفالات "
            "العيد الوطني بمشاركة فرقة من القوات المسلحة الهندية.")
    [e] = rasad.extract(text, published="2025-03-13")["events"]
    assert e["location"] != "Ar Raqqah"


def test_port_louis_as_the_arabic_press_writes_it():
    text = ("بورت لويس، 12 مارس 2025 (وام) - التقى رئيس الوزراء الهندي ناريندرا مودي في بورت لويس أمس رئيس وزراء "
            "موريشيوس نافين رامغولام، وبحثا تعزيز الأمن البحري.")
    [e] = rasad.extract(text, published="2025-03-12")["events"]
    assert e["location"] == "Port Louis"


def test_sideline_meetings_are_held_in_the_gathering_city_of_a_correspondents_dateline():
    # a Kuwaiti agency's page filed from the summit city: the sideline talks are there, not in the capital
    # named for its government («نقل إليه قلق واشنطن» "conveyed Washington's concern")
    text = ("ريو دي جانيرو - 6 - 7 (كونا) -- التقى رئيس الوزراء الهندي ناريندرا مودي اليوم الأحد الرئيس الصيني "
            "على هامش قمة مجموعة بريكس المنعقدة في ريو دي جانيرو.\n"
            "وفي لقاء منفصل على هامش القمة ذاتها بحث وزير الخارجية الهندي سوبرامانيام جايشانكار مع نظيره الروسي "
            "سيرغي لافروف التعاون الدفاعي، ونقل إليه قلق نيودلهي من تأخر تسليم منظومات الدفاع الجوي.")
    found = {tuple(e["countries"]): e["location"] for e in news(events(text, "2025-07-06"))}
    assert found[("IND", "RUS")] == "Rio de Janeiro"


def test_a_place_of_a_later_sentence_on_the_same_meeting_does_not_move_it_from_the_gathering():
    # «منذ عودة ترامب الى البيت الأبيض» ("since Trump's return to the White House") tells no place of the talks held
    # on the sidelines of the forum in Davos
    text = ("التقى الرئيس عبد الفتاح السيسي، أمس الأربعاء، الرئيس الأمريكي دونالد ترامب، وذلك على هامش مشاركتهما في "
            "أعمال المنتدى الاقتصادي العالمي بمدينة دافوس السويسرية.\n"
            "وأشاد الرئيس الأمريكي خلال اللقاء بدور مصر المحوري في الشرق الأوسط.\n"
            "ويعد هذا اللقاء الثاني بين الرئيسين منذ عودة ترامب إلى البيت الأبيض.")
    found = [(e["countries"], e["location"]) for e in news(events(text, "2026-01-22"))]
    assert found == [(["EGY", "USA"], "Davos")]


def test_the_shanghai_body_named_by_its_city_is_no_place():
    # the Persian press names the SCO «شانگهای»: «اجلاس وزیران دفاع شانگهای» was held in Qingdao
    text = ("دیدارهای حاشیه‌ای در اجلاس وزیران دفاع شانگهای\n"
            "به گزارش ایرنا، وزیر دفاع هند روز پنجشنبه در حاشیه اجلاس وزیران دفاع شانگهای با «آندری بلوسوف» وزیر "
            "دفاع روسیه دیدار کرد. این اجلاس در شهر چینگدائو برگزار شد.")
    found = [(e["countries"], e["location"]) for e in news(events(text, "2025-06-27"))]
    assert (["IND", "RUS"], "Shanghai") not in found


def test_from_one_capital_to_another_in_a_headline_is_not_where_a_gathering_is():
    # «… از اسلام‌آباد تا دهلی‌نو» ("from Islamabad to New Delhi"): the sides' capitals, not the ministerial's
    # city; nor is the dateline's Beijing, when the lede places it «در شهر بندری چینگدائو»
    text = ("دیپلماسی ایرانی\nخانه | آسیا | اروپا | آمریکا\nمرور هفته\n\n"
            "دیدارهای حاشیه‌ای در اجلاس وزیران دفاع شانگهای؛ از اسلام‌آباد تا دهلی‌نو\n\n"
            "پکن – اجلاس وزیران دفاع کشورهای عضو سازمان همکاری شانگهای هفته گذشته به میزبانی چین برگزار شد و "
            "دیدارهای دوجانبه‌ای در حاشیه آن در شهر بندری چینگدائو انجام شد.\n\n"
            "«راجنات سینگ» وزیر دفاع هند روز پنجشنبه در حاشیه اجلاس با «آندری بلوسوف» وزیر دفاع روسیه دیدار کرد.")
    found = [(e["countries"], e["location"]) for e in news(events(text, "2025-06-30"))]
    assert found == [(["IND", "RUS"], "Qingdao")]
