"""Talks told with a joint subject, "the two ministers" talking about other countries, and a future that
belongs to what was talked about: constructions the blind set articles25 (and articles24) showed rasad
getting wrong.

The texts are written for these tests in the style of agency copy; the people are real office-holders
on the dates given, or named by office only.
"""

from __future__ import annotations

from event_helpers import events


def kinds(found: list[dict]) -> list[tuple[str, list[str], str]]:
    return [(e["type"], e["countries"], e["status"]) for e in found]


def test_two_leaders_as_one_subject_talked_with_each_other():
    # «X و Y ... با یکدیگر گفت‌وگو کردند»: the plural verb spelled with a zero-width non-joiner
    text = ("ولینگتون - خبرگزاری اقیانوسیه - «کریستوفر لاکسون» نخست‌وزیر نیوزیلند و «سیتیونی رابوکا» "
            "نخست‌وزیر فیجی روز سه‌شنبه در ولینگتون با یکدیگر گفت‌وگو کردند.")
    found = events(text, "2025-06-11")
    assert kinds(found) == [("MEET", ["FJI", "NZL"], "occurred")]
    assert found[0]["date"] == "2025-06-10" and found[0]["location"] == "Wellington"


def test_the_two_ministers_talking_about_a_conflict_between_other_countries_are_the_pair_just_told():
    text = ("بیشکک - وزیر دفاع قرقیزستان روز چهارشنبه در حاشیه نشست وزیران دفاع سازمان همکاری شانگهای با "
            "همتای قزاقستانی خود دیدار کرد. دو وزیر درباره وضعیت امنیتی مرز میان افغانستان و تاجیکستان "
            "گفت‌وگو کردند.")
    found = events(text, "2025-06-26")
    assert [k[:2] for k in kinds(found)] == [("MEET", ["KAZ", "KGZ"])]


def test_a_future_inside_the_topic_clause_leaves_the_talks_past():
    text = ("مینسک - وزیران دفاع بلاروس و روسیه روز جمعه در مینسک دیدار کردند.\n"
            "دو طرف همچنین درباره رزمایش مشترکی که قرار است ماه آینده در خاک بلاروس برگزار شود، گفت‌وگو کردند.")
    found = events(text, "2025-05-17")
    assert kinds(found) == [("MEET", ["BLR", "RUS"], "occurred")]
    # and a future before the verb with no clause of its own still plans the meeting
    text = "وزیر دفاع بلاروس قرار است هفته آینده در مسکو با همتای روس خود دیدار کند."
    assert kinds(events(text, "2025-05-17")) == [("MEET", ["BLR", "RUS"], "planned")]


def test_talks_named_first_and_announced_by_the_verb_that_closes_a_long_clause_are_planned():
    text = ("وزیر دفاع قزاقستان و همتای ازبک او گفت‌وگوهایی درباره امنیت مرزهای مشترک و آموزش افسران و "
            "همکاری در صنایع دفاعی و مقابله با قاچاق سلاح در آسیای مرکزی برگزار خواهد کرد.")
    found = events(text, "2025-09-15")
    assert kinds(found) == [("MEET", ["KAZ", "UZB"], "planned")]


def test_a_host_receiving_two_guests_in_turn_and_the_two_ministers_who_then_signed():
    # An Arabic headline opening with its subject (SVO), guests «تباعا»; «الوزيرتان» (feminine dual) signing
    # after the first meeting are its two, not the headline's two guests
    text = ("كينيا تستقبل وزيري دفاع أوغندا وتنزانيا تباعا\n\n"
            "نيروبي - استقبلت وزيرة الدفاع الكينية سويبان تويا، أمس الاثنين، نظيرتها الأوغندية في نيروبي.\n"
            "ووقعت الوزيرتان في ختام اللقاء مذكرة تفاهم بشأن التدريب العسكري.\n"
            "وصباح اليوم الثلاثاء، استقبلت تويا وزير الدفاع التنزاني في نيروبي.")
    found = events(text, "2025-06-10")
    assert sorted(kinds(found)) == [("MEET", ["KEN", "TZA"], "occurred"), ("MEET", ["KEN", "UGA"], "occurred"),
                                    ("SIGN", ["KEN", "UGA"], "occurred")]


def test_the_two_ministers_who_signed_are_the_ministers_not_the_prime_minister_who_received_one():
    text = ("SINGAPORE, Nov 4 - Singapore's Minister for Foreign Affairs Vivian Balakrishnan and Indonesian Foreign "
            "Minister Sugiono held the annual bilateral consultation in Singapore on Monday.\n"
            "During the visit, Sugiono was also received by Prime Minister Lawrence Wong at the Istana.\n"
            "At the end of the consultation, the two ministers signed a memorandum of understanding on maritime "
            "security cooperation.")
    found = events(text, "2025-11-04")
    [sign] = [e for e in found if e["type"] == "SIGN"]
    assert sign["countries"] == ["IDN", "SGP"]
    assert {p["name"] for p in sign["persons"]} == {"Vivian Balakrishnan", "Sugiono"}


def test_the_arabic_verb_of_talks_then_its_subject_then_with_whom():
    # «بحث X مع Y»: verb, subject, then «مع» and the one talked with
    text = ("نيروبي 12 يونيو 2025 (وام) - بحث وزير الدفاع الكيني سويبان تويا مع قائد القوات البرية التنزانية "
            "اليوم في نيروبي سبل تعزيز التعاون العسكري بين البلدين.")
    assert kinds(events(text, "2025-06-12")) == [("MEET", ["KEN", "TZA"], "occurred")]
    # a noun of study with no one to talk with is no meeting
    text = ("نيروبي 12 يونيو 2025 (وام) - أعلنت وزارة الدفاع الكينية أنها ستبحث خلال الأشهر المقبلة سبل تطوير "
            "الصناعات العسكرية الوطنية.")
    assert kinds(events(text, "2025-06-12")) == []


def test_a_singular_persian_exchange_of_views_is_talks():
    text = ("مونیخ - ایرنا - وزیر دفاع ژاپن روز جمعه در حاشیه کنفرانس امنیتی مونیخ با وزیر دفاع نیوزیلند درباره "
            "همکاری‌های دوجانبه تبادل نظر کرد.")
    assert kinds(events(text, "2026-02-14")) == [("MEET", ["JPN", "NZL"], "occurred")]


def test_an_arabic_summit_held_with_a_leader_tomorrow_is_planned():
    # «حيث يعقد غدا الجمعة مع رئيس الوزراء الهندي القمة السنوية»: "holds with", the summit named after
    text = ("نيودلهي - التقى وزير الدفاع الهندي نظيره الروسي اليوم الخميس في نيودلهي. ويأتي الاجتماع قبيل وصول "
            "الرئيس الروسي إلى نيودلهي مساء اليوم، حيث يعقد غدا الجمعة مع رئيس الوزراء الهندي القمة السنوية بين "
            "البلدين.")
    found = events(text, "2025-12-04")
    assert [(e["status"], e["date"]) for e in found] == [("occurred", "2025-12-04"), ("planned", "2025-12-05")]
    assert {"Vladimir Putin", "Narendra Modi"} <= {p["name"] for p in found[1]["persons"]}


def test_documents_exchanged_are_signed_but_views_exchanged_are_talks():
    text = ("إسلام آباد - أجرى رئيس الوزراء الباكستاني شهباز شريف والرئيس الأوزبكي شوكت ميرضيائيف اليوم الأربعاء "
            "محادثات في إسلام آباد. وعقب المحادثات، جرى تبادل عدد من مذكرات التفاهم والاتفاقيات الثنائية بحضور "
            "شريف وميرضيائيف.")
    assert [e["type"] for e in events(text, "2025-02-26")] == ["MEET", "SIGN"]
    text = ("إسلام آباد - أجرى رئيس الوزراء الباكستاني والرئيس الأوزبكي اليوم الأربعاء محادثات في إسلام آباد جرى "
            "خلالها تبادل وجهات النظر حول القضايا الإقليمية.")
    assert [e["type"] for e in events(text, "2025-02-26")] == ["MEET"]


def test_a_leader_scheduled_to_receive_a_guest_and_cadets_who_receive_their_commission():
    text = ("Jakarta (ANTARA) - Russian Security Council Secretary Sergei Shoigu met Indonesian Defense Minister Sjafrie "
            "Sjamsoeddin in Jakarta on Tuesday morning. President Prabowo Subianto is scheduled to receive Shoigu at "
            "the Presidential Palace this afternoon.")
    assert [(e["status"], {p["name"] for p in e["persons"]} >= {"Prabowo Subianto"}) for e in events(
        text, "2025-02-25")] == [("occurred", False), ("planned", True)]
    text = ("CANBERRA, June 16 - Australia's defence minister met Tonga's defence minister in Canberra on Tuesday.\n"
            "Cadets from Tonga and Papua New Guinea will receive their commissions at the academy next week.")
    assert [e["countries"] for e in events(text, "2015-06-16")] == [["AUS", "TON"]]


def test_the_indian_ocean_and_the_indo_pacific_are_no_side():
    for text in ("وزیر دفاع استرالیا و همتای ژاپنی او روز دوشنبه در توکیو درباره امنیت اقیانوس هند و منطقه هند و "
                 "اقیانوس آرام و همکاری با هند گفت‌وگو کردند.",
                 "التقى وزير الدفاع الأسترالي نظيره الياباني يوم الاثنين في طوكيو وبحث الجانبان أمن المحيط الهندي "
                 "ومنطقة المحيطين الهندي والهادئ."):
        found = events(text, "2025-09-02")
        assert [e["countries"] for e in found] == [["AUS", "JPN"]]


def test_heads_of_staff_of_the_indo_pacific_are_neither_russians_nor_india():
    # «رؤسای ستاد»: heads (not «روس», Russians); «منطقه هند و اقیانوس آرام»: the Indo-Pacific, not India
    text = ("فرمانده ارتش اندونزی روز سه‌شنبه در حاشیه کنفرانس رؤسای ستاد دفاع منطقه هند و اقیانوس آرام در بانکوک "
            "با فرمانده نیروهای دفاعی تایلند دیدار کرد.")
    assert [e["countries"] for e in events(text, "2025-09-03")] == [["IDN", "THA"]]


def test_a_trilateral_exercise_talked_about_is_no_trilateral_meeting():
    # «درباره … رزمایش دریایی سه جانبه»: what the two talked about, not a meeting of three
    text = ("تهران- ایرنا- فرمانده نیروی دریایی هند روز چهارشنبه با دریاسالار الکساندر مویسیف فرمانده کل نیروی "
            "دریایی روسیه دیدار کرد.\n"
            "دریاسالار دینش کومار تریپاتی همچنین با فرمانده کل نیروی دریایی سلطنتی تایلند درباره گشت‌های هماهنگ، "
            "آموزش و رزمایش دریایی سه جانبه «سیتمکس» گفت‌وگو کرد.")
    assert sorted(e["countries"] for e in events(text, "2026-02-19")) == [["IND", "RUS"], ["IND", "THA"]]


def test_a_persian_dialogue_of_any_name_held_is_a_meeting_and_a_virtual_opening_after_it_no_call():
    # «دومین دور «گفت‌وگوی سالانه امنیتی» را برگزار کردند»: a dialogue held, whatever its name; «به‌صورت مجازی …
    # را افتتاح کردند» opened something virtually after the meeting, which stays one in Tokyo
    text = ("توکیو - ایرنا - وزیران دفاع ژاپن و فیلیپین روز پنجشنبه در توکیو دومین دور «گفت‌وگوی سالانه امنیتی» "
            "دو کشور را برگزار کردند.\n"
            "دو وزیر پس از این دیدار به‌صورت مجازی مرکز آموزشی مشترک دو کشور در مانیل را افتتاح کردند.")
    [meeting] = events(text, "2025-09-19")
    assert (meeting["countries"], meeting["date"], meeting["location"]) == (["JPN", "PHL"], "2025-09-18", "Tokyo")
    assert meeting["evidence"]["text"].startswith("توکیو - ایرنا - وزیران دفاع ژاپن و فیلیپین")
