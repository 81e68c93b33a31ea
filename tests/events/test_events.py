"""Event extraction behaviour an analyst relies on, one feature per test, in all three languages.

The texts are written for these tests in the style of agency copy; the people are real office-holders
on the dates given.
"""

from __future__ import annotations

from event_helpers import events, people


def news(text: str, published: str | None = None) -> list[dict]:
    return [e for e in events(text, published) if not e["background"]]


def test_persian_visit_with_place_date_persons_and_codes():
    text = ("به گزارش خبرگزاری ایرنا، امیر سرتیپ عزیز نصیرزاده وزیر دفاع جمهوری اسلامی ایران که صبح امروز "
            "(سه‌شنبه) وارد مسکو شد، با آندری بلوسوف وزیر دفاع روسیه دیدار و گفت‌وگو کرد.\n"
            "دو طرف در این دیدار درباره مبارزه با تروریسم و همکاری‌های نظامی-فنی گفت‌وگو کردند.")
    [e] = events(text, "2025-02-18")
    assert e["type"] == "MEET" and e["countries"] == ["IRN", "RUS"]
    assert (e["status"], e["mode"], e["location"], e["date"]) == ("occurred", "visit", "Moscow", "2025-02-18")
    assert people(e) == {"Aziz Nasirzadeh", "Andrey Belousov"}
    assert (e["source"], e["target"]) == ("IRN", "RUS")
    assert e["cameo"] == "042" and e["plover"] == {"event": "CONSULT", "mode": "visit", "context": ["military"]}
    assert "counter-terrorism" in e["topics"]
    assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]


def test_arabic_phone_call_between_two_countries_far_from_iran():
    text = ("القاهرة - تلقى وزير الخارجية المصري بدر عبد العاطي، أمس الأحد، اتصالاً هاتفياً من نظيره "
            "السعودي الأمير فيصل بن فرحان، تناول تطورات الأوضاع في غزة.")
    [e] = events(text, "2024-08-05")
    assert e["countries"] == ["EGY", "SAU"] and e["mode"] == "phone" and e["cameo"] == "041"
    assert e["date"] == "2024-08-04" and e["location"] is None
    assert "gaza-palestine" in e["topics"]


def test_english_signing_is_a_sign_event():
    text = ("NEW DELHI, Feb 13 (Reuters) - India and France signed a roadmap on defence industrial "
            "cooperation on Tuesday after talks between Defence Minister Rajnath Singh and French Armed "
            "Forces Minister Sebastien Lecornu in New Delhi.")
    kinds = {(e["type"], tuple(e["countries"])) for e in events(text, "2024-02-13")}
    assert ("SIGN", ("FRA", "IND")) in kinds and ("MEET", ("FRA", "IND")) in kinds
    sign = next(e for e in events(text, "2024-02-13") if e["type"] == "SIGN")
    assert sign["cameo"] == "057" and sign["plover"]["event"] == "SUPPORT"


def test_planned_visit_is_planned_and_coded_agree():
    text = "وزير الدفاع التركي يشار غولر سيزور بغداد الأسبوع المقبل لبحث التعاون العسكري مع نظيره العراقي."
    [e] = events(text, "2024-03-01")
    assert e["status"] == "planned" and e["countries"] == ["IRQ", "TUR"]
    assert e["plover"]["event"] == "AGREE" and e["cameo"] == "036"


def test_meeting_on_the_sidelines_of_a_summit_is_third_country():
    text = ("Russian President Vladimir Putin met Chinese President Xi Jinping on the sidelines of the "
            "Shanghai Cooperation Organisation summit in Astana on Wednesday.")
    [e] = events(text, "2024-07-04")
    assert e["countries"] == ["CHN", "RUS"] and e["mode"] == "third-country" and e["location"] == "Astana"
    assert e["cameo"] == "044" and e["plover"]["mode"] == "third-party"


def test_two_meetings_of_one_pair_with_different_people_stay_two():
    text = ("رئیس‌جمهور ظهر امروز در دیدار ذاکر حسن‌اف وزیر دفاع جمهوری آذربایجان بر گسترش روابط تاکید کرد.\n"
            "ذاکر حسن‌اف همچنین شامگاه امروز با امیر سرتیپ محمدرضا آشتیانی وزیر دفاع ایران دیدار کرد.")
    found = news(text, "2022-10-18")
    assert [e["countries"] for e in found] == [["AZE", "IRN"], ["AZE", "IRN"]]
    assert people(found[0]) == {"Ebrahim Raisi", "Zakir Hasanov"}
    assert people(found[1]) == {"Zakir Hasanov", "Mohammad-Reza Gharaei Ashtiani"}


def test_several_sentences_about_one_meeting_make_one_event():
    text = ("Turkish Defence Minister Yasar Guler met his Azerbaijani counterpart Zakir Hasanov in Baku on "
            "Tuesday. During the talks the two ministers discussed joint exercises. Guler also thanked "
            "Hasanov for the warm welcome.")
    assert len(news(text, "2024-09-18")) == 1


def test_third_country_merely_mentioned_is_not_a_side():
    text = ("وزیر دفاع پاکستان در دیدار با همتای چینی خود در پکن، اقدامات هند در کشمیر را محکوم کرد "
            "و بر ضرورت ثبات در افغانستان تاکید کرد.")
    [e] = events(text, "2024-05-02")
    assert e["countries"] == ["CHN", "PAK"]


def test_our_country_is_the_outlets_country():
    text = "به گزارش ایسنا، وزیر امور خارجه کشورمان در تهران با وزیر خارجه عمان دیدار و گفت‌وگو کرد."
    [e] = events(text, "2023-05-10")
    assert e["countries"] == ["IRN", "OMN"]


def test_invitation_is_not_an_event_but_a_visit_at_an_invitation_is():
    assert events("وزیر دفاع آذربایجان از همتای ایرانی خود برای سفر به باکو دعوت به عمل آورد.", "2022-10-18") == []
    found = events("وزیر دفاع قطر به دعوت همتای ترکیه‌ای خود وارد آنکارا شد.", "2023-10-17")
    assert [e["countries"] for e in found] == [["QAT", "TUR"]]


def test_passing_reference_is_background():
    text = ("وزیر خارجه روسیه امروز در مسکو با همتای ایرانی خود دیدار کرد. لاوروف با اشاره به دیدار روسای "
            "جمهور دو کشور در حاشیه اجلاس بریکس در سال گذشته گفت روابط راهبردی است.")
    found = events(text, "2025-01-17")
    assert [e["background"] for e in found] == [False, True]


def test_article_without_a_meeting_has_no_event():
    text = ("فرمانده نیروی دریایی ارتش در مراسم روز نیروی دریایی گفت: ناوگروه ۸۶ به زودی به مأموریت "
            "برون‌مرزی اعزام می‌شود. وی افزود رزمایش مشترک با کشورهای همسایه در دستور کار است.")
    assert events(text, "2024-11-27") == []


def test_unknown_official_is_named_as_written_with_role_and_country():
    text = ("التقى اللواء خالد المنصوري وزير دفاع جمهورية جيبوتي، أمس، نظيره التركي يشار غولر في أنقرة.")
    [e] = events(text, "2024-04-11")
    names = {m: p for p in e["persons"] for m in p["mentions"]}  # as written; "name" is its Latin reading
    assert "خالد المنصوري" in names and names["خالد المنصوري"]["country"] == "DJI"
    assert names["خالد المنصوري"]["role"] == "defense minister" and "id" not in names["خالد المنصوري"]
    assert names["خالد المنصوري"]["name"].isascii()


def test_office_holder_is_resolved_from_the_role_and_the_date():
    text = "وزیر دفاع روسیه امروز در مسکو با وزیر دفاع هند دیدار کرد."
    [e2020] = events(text, "2020-06-23")
    [e2024] = events(text, "2024-12-10")
    assert people(e2020) == {"Sergei Shoigu", "Rajnath Singh"}
    assert people(e2024) == {"Andrey Belousov", "Rajnath Singh"}


def test_evidence_offsets_point_into_text_with_zwnj_and_arabic_letters():
    text = "وزير دفاع ايران با همتاي روس خود در مسكو ديدار و گفت‌وگو كرد. این دیدار سه ساعت طول کشید."
    [e] = events(text, "2019-04-24")
    ev = e["evidence"]
    assert text[ev["start"]:ev["end"]] == ev["text"] and ev["text"].startswith("وزير دفاع")


def test_office_holder_past_the_knowledge_base_horizon_is_flagged():
    text = "وزیر دفاع روسیه امروز در مسکو با وزیر دفاع هند دیدار کرد."
    [e] = events(text, "2030-06-01")
    assert all("after-kb-date" in p.get("flags", []) for p in e["persons"])
