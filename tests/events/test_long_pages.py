"""Long pages where the news is buried among recalled events, quotes and company deals: what the blind
set articles27 showed rasad getting wrong. Each test is an article written for it in the style of agency
copy; the people are real office-holders on the dates given, or named by office only.
"""

from __future__ import annotations

from event_helpers import events, kinds, news


def test_kosovo_is_a_country_and_pristina_its_capital():
    text = ("PRISTINA, March 3 - Kosovo's Defence Minister met Albania's Defence Minister in Pristina on Monday "
            "to discuss the training of the Kosovo Security Force.")
    [meeting] = events(text, "2025-03-03")
    assert meeting["countries"] == ["ALB", "XKX"] and meeting["location"] == "Pristina"


def test_a_persian_hope_to_sign_is_no_signing():
    text = ("نایروبی - وزیر دفاع کنیا روز سه‌شنبه در نایروبی با وزیر دفاع تانزانیا دیدار کرد.\n"
            "وزیر دفاع کنیا در این دیدار ابراز امیدواری کرد که دو کشور به زودی سند تازه‌ای در زمینه آموزش "
            "نظامی و صنایع دفاعی امضا کنند.")
    assert kinds(events(text, "2025-09-10")) == [("MEET", ["KEN", "TZA"])]


def test_what_must_not_be_done_is_no_event():
    text = ("ابوجا - وزیر دفاع نیجریه روز جمعه در ابوجا با هیئتی از وزارت دفاع آمریکا دیدار کرد.\n"
            "کریستوفر موسی در ۱۳ آذر سوگند یاد کرد. او پیش از آن رئیس ستاد مشترک نیروهای مسلح نیجریه بود و در "
            "جلسه تأیید صلاحیت در سنا گفته بود: «با تبهکاران نباید مذاکره کرد؛ آنها پول را صرف خرید سلاح "
            "می‌کنند.»")
    assert kinds(events(text, "2025-12-26")) == [("MEET", ["NGA", "USA"])]


def test_talks_told_in_the_past_about_next_year_are_the_meeting_told():
    # a future word in the talks' object and a semicolon clause about an exercise do not make them planned
    text = ("تاشکند - وزیران دفاع قزاقستان و ازبکستان روز سه‌شنبه در تاشکند دیدار کردند.\n"
            "دو وزیر درباره آموزش کادرها و برگزاری دور بعدی رزمایش مشترک در سال آینده گفت‌وگو کردند؛ رزمایشی "
            "که به میزبانی ازبکستان برگزار خواهد شد.")
    [meeting] = events(text, "2025-10-22")
    assert meeting["status"] == "occurred" and meeting["date"] == "2025-10-21"


def test_a_delegation_after_a_recalled_meeting_is_the_current_visitors():
    # «هیئت قزاق» is the visiting minister's delegation, not the former minister's named in the recollection
    text = ("تاشکند - داورن کوسانوف وزیر دفاع قزاقستان روز سه‌شنبه در تاشکند با باخادیر قربانوف وزیر دفاع "
            "ازبکستان دیدار کرد.\n"
            "روسلان ژاکسیلیکوف وزیر دفاع پیشین قزاقستان نیز در سال ۲۰۲۳ در تاشکند با قربانوف دیدار کرده بود.\n"
            "در دیدار روز سه‌شنبه، هیئت قزاق شامل معاون وزیر دفاع و وابسته نظامی قزاقستان در تاشکند بود.")
    found = events(text, "2025-10-22")
    assert kinds(news(found)) == [("MEET", ["KAZ", "UZB"])]
    assert news(found)[0]["date"] == "2025-10-21"


def test_today_in_a_quote_is_the_speakers_day_not_the_pages():
    text = ("جاکارتا - یانا چرنوخووا وزیر دفاع چک روز سه‌شنبه در جاکارتا با سیافری سجام‌سوئدین وزیر دفاع اندونزی "
            "دیدار کرد.\n"
            "این دیدار دیروز در مقر وزارت دفاع اندونزی برگزار شد.\n"
            "سخنگوی وزارت دفاع اندونزی پس از دیدار به خبرنگاران گفت: «امروز صبح بین وزیر سیافری و وزیر دفاع چک "
            "دستاوردهای همکاری مرور شد.»")
    found = events(text, "2025-02-19")
    assert kinds(found) == [("MEET", ["CZE", "IDN"])] and found[0]["date"] == "2025-02-18"


def test_ministers_at_a_companys_contract_ceremony_sign_nothing():
    text = ("ورشو - قرارداد خرید تانک‌های کره‌ای روز جمعه در ورشو میان آژانس تسلیحات لهستان و شرکت «هیوندای "
            "روتم» امضا شد.\n"
            "آن گیو-بک وزیر دفاع کره جنوبی همراه با ولادیسلاو کوشینیاک-کامیش وزیر دفاع لهستان در مراسم امضا "
            "حضور داشت.\n"
            "پیش‌تر وزارت دفاع لهستان قراردادهای چارچوبی با شرکت‌های کره‌ای برای خرید تانک، توپ خودکششی و "
            "جنگنده امضا کرد.\n"
            "پس از مراسم، دو وزیر در نشست دوجانبه درباره همکاری‌های دفاعی گفت‌وگو کردند.")
    assert [e["type"] for e in events(text, "2025-08-02")] == ["MEET"]


def test_a_birthplace_is_no_muscat_and_a_trip_since_is_not_this_ones_place():
    text = ("طوكيو - التقى وزير الدفاع الياباني كويزومي شينجيرو نظيره الكوري الجنوبي آن غيو-باك أمس الجمعة في "
            "مدينة يوكوسوكا.\n"
            "ويعد هذا أول اجتماع لوزيري دفاع البلدين يعقد في يوكوسوكا، مسقط رأس كويزومي، كما أنه أول زيارة لوزير "
            "دفاع كوري جنوبي إلى اليابان منذ زيارة سلفه إلى طوكيو في يوليو 2024.")
    found = news(events(text, "2026-01-31"))
    assert kinds(found) == [("MEET", ["JPN", "KOR"])] and found[0]["location"] == "Yokosuka"


def test_an_arabic_pluperfect_tells_an_earlier_meeting():
    # «وكان ... قد التقى»: had met; «صقر قد» is no name, «كوانغ» is not Wang, «الأنجولي» is Angolan
    text = ("القاهرة - التقى الفريق أول عبد المجيد صقر وزير الدفاع والإنتاج الحربي أمس الإثنين وزير الدفاع "
            "الفيتنامي الفريق أول فان فان جيانج بمقر وزارة الدفاع.\n"
            "وفي عام 2017 أجرى الرئيس الفيتنامي الراحل تران داي كوانغ مباحثات مع الرئيس السيسي في القاهرة.\n"
            "وكان الفريق أول صقر قد التقى في وقت سابق وزير الدفاع الأنجولي.")
    found = events(text, "2025-08-05")
    assert kinds(news(found)) == [("MEET", ["EGY", "VNM"])]
    assert all("ARG" not in e["countries"] for e in found)
    names = {p["name"] for e in found for p in e["persons"]}
    assert "Wang Yi" not in names and not any("Aguad" in n for n in names)

