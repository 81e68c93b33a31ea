"""A page's own date (lead date lines, agency datelines) dates the page, never the event directly:
the event takes the day its text states, and an undated article gives no day."""

import rasad


def dates(text, published=None):
    return [e["date"] for e in rasad.extract(text, published)["events"]]


def test_lead_date_line_is_not_the_event_day_when_the_text_names_one():
    text = (" date 2020-07-11 In a telephone call with US Defense Secretary Mark Esper, Indian Defence "
            "Minister Rajnath Singh on Friday evening, July 10, discussed bilateral defence cooperation.")
    assert dates(text, "2020-07-11") == ["2020-07-10"]


def test_weekday_after_the_lede_anchors_on_the_page_date():
    text = (" date 2026-03-10 أجرى وزير الدفاع التركي يشار غولر مباحثات مع وزير الدولة لشؤون الدفاع القطري.\n\n"
            "جاء ذلك في اتصال هاتفي بينهما مساء الاثنين، بحسب بيان لوزارة الدفاع التركية.")
    assert dates(text, "2026-03-10") == ["2026-03-09"]


def test_agency_dateline_is_the_page_date():
    text = ("WASHINGTON (Example News / Agency - 04th February, 2022) US Secretary of State Antony Blinken and "
            "Slovak Defense Minister Jaroslav Nad signed a defense cooperation agreement in Washington.\n\n"
            "The agreement was signed at a ceremony on Thursday, officials said.")
    assert dates(text, "2022-02-04") == ["2022-02-03"]


def test_undated_article_gives_no_day():
    text = "Indian Defence Minister Rajnath Singh held talks with his Japanese counterpart in Tokyo."
    assert dates(text) == [None]


def test_day_and_month_without_a_year_give_no_day():
    text = "ذاکر حسن اف وزیر دفاع جمهوری آذربایجان روز 3 اکتبر با وزیر دفاع اسرائیل دیدار کرد."
    assert dates(text) == [None]


def test_undated_event_is_bounded_by_its_peoples_terms_never_dated():
    text = "ذاکر حسن اف وزیر دفاع جمهوری آذربایجان با بنی گانتس وزیر دفاع اسرائیل دیدار کرد."
    [e] = rasad.extract(text)["events"]
    assert e["date"] is None
    assert e["date_range"] == ["2020-05-17", "2022-12-29"]  # Gantz's term as defense minister


def test_without_a_stated_day_the_lead_event_takes_the_publication_day_not_today():
    text = "Indian Defence Minister Rajnath Singh held talks with Japanese Defence Minister Minoru Kihara."
    [e] = rasad.extract(text, "2024-12-10")["events"]
    assert e["date"] == "2024-12-10"
    [undated] = rasad.extract(text)["events"]
    assert undated["date"] is None and undated["date_range"][0] >= "2019-05-31"


def test_a_story_dateline_opening_the_paragraph_is_the_filing_day_not_the_meeting_day():
    # «CITY DD Month YYYY - ... يوم الأربعاء»: the weekday counts back from the dateline's day
    text = ("أستانا 14 نوفمبر 2024 - التقى وزير الدفاع الكازاخستاني رسلان جاكسيليكوف يوم الأربعاء في أستانا "
            "مع وزير الدفاع الأوزبكي باخودير قربانوف، وبحث الجانبان التعاون العسكري.")
    assert dates(text, "2024-11-14") == ["2024-11-13"]
    assert dates(text) == ["2024-11-13"]  # no page date: the dateline gives it


def test_a_dateline_whose_city_and_day_a_dash_parts_is_the_filing_day():
    # «CITY - DD Month (AGENCY) - ... أمس الثلاثاء»: yesterday counts back from the dateline's day
    text = ("بورت أوف سبين - 26 نوفمبر (كونا) - أجرى رئيس هيئة الأركان المشتركة الأمريكية الجنرال دان كين أمس "
            "الثلاثاء محادثات مع رئيسة وزراء ترينيداد وتوباغو كاملا بيرساد بيسيسار في مقر الحكومة.")
    assert dates(text, "2025-11-26") == ["2025-11-25"]


def test_a_planned_visit_announced_today_for_next_week_has_no_day():
    for text in ("وزارت دفاع مالزی امروز اعلام کرد وزیر دفاع این کشور هفته آینده به هانوی می‌رود و با همتای "
                 "ویتنامی خود دیدار خواهد کرد.",
                 "Malaysia's defence ministry said on Monday that its minister will travel to Hanoi next week "
                 "for talks with his Vietnamese counterpart."):
        assert dates(text, "2025-03-10") == [None]


def test_the_day_of_an_arrival_is_not_the_day_of_the_talks_that_followed():
    for text in ("وزیر دفاع مالزی که روز یکشنبه برای سفری رسمی وارد هانوی شده بود، روز دوشنبه با وزیر دفاع ویتنام "
                 "دیدار و گفتگو کرد.",
                 "Malaysia's defence minister, who arrived in Hanoi on Sunday, held talks with Vietnam's defence "
                 "minister on Monday.",
                 "عقد وزير الدفاع الماليزي، الذي وصل إلى هانوي يوم الأحد، محادثات مع وزير الدفاع الفيتنامي يوم "
                 "الاثنين."):
        assert dates(text, "2025-03-11") == ["2025-03-10"], text


def test_a_visit_dated_by_a_range_of_days_gives_the_range_not_its_first_day():
    text = ("Malaysia's defence minister will visit Vietnam (14-15 March 2025) and hold talks with his "
            "Vietnamese counterpart in Hanoi.")
    [event] = rasad.extract(text, "2025-03-10")["events"]
    assert event["date"] is None and event["date_range"] == ["2025-03-14", "2025-03-15"]
    assert event["date_evidence"]["text"] == "14-15 March 2025"


def test_a_meeting_announced_for_tomorrow_after_an_arrival_on_tuesday_is_tomorrow():
    text = ("وزیر دفاع مالزی روز سه شنبه وارد هانوی شده بود و قرار است فردا با رئیس جمهور ویتنام دیدار کند.")
    assert dates(text, "2025-04-03") == ["2025-04-04"]


def test_an_agency_credit_after_the_dateline_makes_it_the_filing_day_without_a_dash():
    # "CITY, DATE (AGENCY) The ...", "CITY, Weekday, DATE (AGENCY)", "CITY, DATE, AGENCY - ",
    # «CITY في DATE /AGENCY/ ...»: the weekday or «أمس» in the story counts back from the dateline
    cases = [
        ("Lusaka, Oct. 9, 2024 (ZANIS) The Minister of Defence, Ambrose Lufuma, on Tuesday received his "
         "Namibian counterpart Frans Kapofi for talks at the ministry in Lusaka.", "2024-10-09", "2024-10-08"),
        ("Gaborone, Friday, June 14, 2024 (BOPA) Defence Minister Kagiso Mmusi on Thursday hosted Zambia's "
         "Minister of Defence Ambrose Lufuma at his office in Gaborone.", "2024-06-14", "2024-06-13"),
        ("Lilongwe, May 22, MANA - Malawi's Minister of Defence Harry Mkandawire on Tuesday held talks with "
         "Zambia's Minister of Defence Ambrose Lufuma in Lilongwe.", "2024-05-22", "2024-05-21"),
        ("مسقط في 9 أكتوبر /العمانية/ استقبل معالي السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع "
         "أمس وزير الدفاع الباكستاني خواجة محمد آصف.", "2024-10-09", "2024-10-08"),
    ]
    for text, published, day in cases:
        assert dates(text, published) == [day], text


def test_today_under_a_dateline_of_the_day_before_the_page_is_the_dateline_day():
    # filed on the 3rd, put online on the 4th: «اليوم» is the 3rd
    text = ("مسقط في 3 مارس / العمانية / استقبل معالي السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع "
            "اليوم وزير الدفاع الباكستاني خواجة محمد آصف، وبحث الجانبان سبل تعزيز التعاون العسكري بين البلدين.")
    assert dates(text, "2025-03-04") == ["2025-03-03"]


def test_the_year_a_plan_is_for_does_not_date_the_meeting_told_with_its_signing():
    # «برای سال ۲۰۲۵»: the plan's year; the talks take the day of the lede
    text = ("بلگراد- وزیران دفاع صربستان و مجارستان روز سه‌شنبه ۱۲ فروردین در بلگراد یک سند همکاری نظامی امضا کردند.\n\n"
            "وزیر دفاع مجارستان که برای یک سفر یک‌روزه به بلگراد رفته بود، ابتدا با همتای صرب خود گفت‌وگو کرد و "
            "سپس دو وزیر «برنامه همکاری نظامی برای سال ۲۰۲۵» را امضا کردند.")
    assert dates(text, "2025-04-05") == ["2025-04-01", "2025-04-01"]
    # «در سال ۲۰۲۴», a year the event is in, still dates it
    text = "وزیران دفاع قزاقستان و قرقیزستان در سال ۲۰۲۴ در آستانه یک برنامه همکاری نظامی امضا کردند."
    assert dates(text, "2025-11-12") == ["2024"]


def test_both_dates_of_a_header_line_are_the_pages_not_the_news():
    # «الأربعاء - 22 رمضان 1447 هـ - 11 مارس 2026 م»: a Hijri and a Gregorian date on one line; the other date
    # is no word of the line that would make it a sentence of the story
    from rasad.dates.anchor import is_dateline
    from rasad.pipeline import process
    from rasad.readers import document_from_record

    text = ("الشرق الأوسط\n"
            "الرئيسية | أخبار | العالم | الخليج | اقتصاد | رياضة\n"
            "الأربعاء - 22 رمضان 1447 هـ - 11 مارس 2026 م\n"
            "سانتياغو: «الشرق الأوسط»\n\n"
            "استقبل الرئيس التشيلي المنتخب خوسيه أنطونيو كاست أمس ملك إسبانيا فيليبي السادس.")
    doc = process(document_from_record({"text": text, "published": "2026-03-11"}, source="header"))
    header = [m for m in doc.dates if m.end <= text.index("سانتياغو")]
    assert len(header) == 2 and all(is_dateline(doc, m) for m in header)


def test_a_day_without_a_year_told_before_a_plan_is_not_put_a_year_ahead():
    # "arrived on October 30" on 31 October, then "is also scheduled to meet": the plan is not dated
    # 30 October of the next year
    text = ("KUALA LUMPUR - Raksha Mantri Rajnath Singh arrived in Kuala Lumpur on October 30 on a two-day visit. "
            "During the visit, he is also scheduled to hold a bilateral meeting with the Defence Minister of "
            "Malaysia Mohamed Khaled Nordin.")
    assert dates(text, "2025-10-31") == [None]


def test_a_dateline_of_city_country_and_day_is_not_the_event_s_day():
    # "NAIROBI, Kenya, Nov 22 –", "New Delhi [India], August 29 (ANI):": the filing day; the talks were on Friday
    text = ("NAIROBI, Kenya, Nov 22 – Chief of the Defence Forces General Charles Kahariri on Friday received "
            "Ghana's Chief of the Defence Staff in Nairobi.")
    assert dates(text, "2025-11-22") == ["2025-11-21"]
    text = ("New Delhi [India], August 29 (ANI): Defence Minister Rajnath Singh on Thursday held talks with his "
            "Australian counterpart Richard Marles in New Delhi.")
    assert dates(text, "2025-08-29") == ["2025-08-28"]
