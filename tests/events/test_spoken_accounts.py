"""What officials say about meetings, and the round of meetings a host holds: constructions the blind set
articles40 (interviews, press conferences, briefings) showed rasad getting wrong.

The texts are written for these tests in the style of agency copy; the people are real office-holders on the
dates given, or named by office only.
"""

from __future__ import annotations

from event_helpers import events, kinds, news, people


def test_a_minister_who_says_no_meeting_is_planned_announces_none():
    text = ("به گزارش ایرنا، «گیلبرتو تئودورو» وزیر دفاع ملی فیلیپین روز دوشنبه در مانیل با «ژن ناکاتانی» وزیر "
            "دفاع ژاپن دیدار و گفت‌وگو کرد.\n"
            "وزیر دفاع فیلیپین در پاسخ به پرسش خبرنگاری درباره احتمال دیدار با همتای چینی خود گفت: «فعلا هیچ "
            "برنامه‌ای برای چنین دیداری نداریم.»")
    assert kinds(news(events(text, "2025-02-25"))) == [("MEET", ["JPN", "PHL"])]
    text = ("كوالالمبور في 27 فبراير /برناما/ استقبل وزير الدفاع الماليزي محمد خالد نورالدين أمس نظيره "
            "الإندونيسي شفري شمس الدين.\n"
            "وردا على سؤال قال الوزير الماليزي: \"ليس لدي أي لقاء مقرر مع ممثل ميانمار\".")
    assert kinds(news(events(text, "2025-02-27"))) == [("MEET", ["IDN", "MYS"])]


def test_agreements_a_minister_says_his_country_has_or_expects_are_no_signing():
    text = ("مانيلا في 1 مايو /كونا/ وقع وزير الدفاع الفلبيني جيلبرتو تيودورو ووزيرة الدفاع النيوزيلندية "
            "جوديث كولينز أمس اتفاقية وضع القوات الزائرة.\n"
            "وأوضح تيودورو أن للفلبين اتفاقيات مماثلة مع الولايات المتحدة وأستراليا واليابان وأن مفاوضات تجري مع "
            "كندا متوقعا أن يتم إبرام الاتفاقية معها قريبا.")
    assert kinds(news(events(text, "2025-05-01"))) == [("SIGN", ["NZL", "PHL"])]


def test_a_memorandum_whose_signing_has_no_date_yet_is_not_signed():
    text = ("BENGALURU (PTI) - Defence Minister Rajnath Singh held talks with Mozambique's Defence Minister "
            "Cristóvão Chume on the sidelines of Aero India on Tuesday.\n"
            "The two sides discussed a memorandum of understanding on maritime cooperation. Officials said the "
            "text of the MoU was still being finalised and no date had been fixed for its signing.")
    assert kinds(news(events(text, "2025-02-12"))) == [("MEET", ["IND", "MOZ"])]


def test_a_contract_between_an_agency_and_a_company_is_no_signing_between_two_countries():
    text = ("به گزارش ایرنا، «آن گیو-بک» وزیر دفاع کره جنوبی روز جمعه در ورشو با «ولادیسلاو کوسینیاک-کامیش» وزیر "
            "دفاع لهستان دیدار کرد.\n"
            "وزیر دفاع کره جنوبی سپس در مراسم امضای قرارداد دوم خرید تانک‌های «کا-۲» میان آژانس تسلیحاتی لهستان و "
            "شرکت «هیوندای روتم» حضور یافت.")
    assert kinds(news(events(text, "2025-08-02"))) == [("MEET", ["KOR", "POL"])]


def test_a_hosts_round_of_meetings_told_with_a_bare_office_and_his_given_names():
    # «داتوك سري» is an honorific, not a name; «الوزير» and «محمد خالد» after it are the host named in full;
    # «بروناي دار السلام» is Brunei, not Dar es Salaam, and its «وزير الدفاع الثاني في» is Brunei's
    text = ("وزير الدفاع الماليزي يعقد أربعة لقاءات ثنائية على هامش خلوة وزراء دفاع آسيان\n\n"
            "جورج تاون، 27 فبراير (برناما) -- قالت وزارة الدفاع الماليزية إن وزير الدفاع داتوك سري محمد خالد "
            "نورضين عقد على مدى يومين سلسلة لقاءات ثنائية مع نظرائه الذين قدموا إلى بينانغ لحضور خلوة وزراء دفاع "
            "آسيان.\n"
            "وأوضحت الوزارة أن الوزير استقبل أمس الأربعاء وزير الدفاع الإندونيسي شفري شمس الدين في لقاء استمر 25 "
            "دقيقة.\n"
            "وفي اليوم ذاته التقى محمد خالد وزير الدفاع السنغافوري نغ إنغ هين.\n"
            "وكان الوزير الماليزي قد التقى أول أمس الثلاثاء وزير الدفاع الثاني في بروناي دار السلام اللواء المتقاعد "
            "حلبي محمد يوسف.")
    found = news(events(text, "2025-02-27"))
    assert [(e["countries"], e["date"]) for e in found] == [
        (["IDN", "MYS"], "2025-02-26"), (["MYS", "SGP"], "2025-02-26"), (["BRN", "MYS"], "2025-02-25")]
    assert all("Mohamed Khaled Nordin" in people(e) for e in found)
    assert all(e["location"] != "Dar es Salaam" for e in found)


def test_a_witness_to_a_signing_is_no_party_and_the_two_ministers_received_are_the_pair():
    text = ("واشنطن في 28 يونيو /أ ش أ/ وقعت الكونغو الديمقراطية ورواندا أمس الجمعة في واشنطن اتفاق سلام.\n"
            "ووقعت الاتفاق عن الكونغو الديمقراطية وزيرة الخارجية تيريز كاييكوامبا فاغنر وعن رواندا وزير الخارجية "
            "أوليفييه ندوهونغيريهي فيما وقع وزير الخارجية الأمريكي ماركو روبيو بصفته شاهدا.\n"
            "وعقب التوقيع استقبل الرئيس الأمريكي دونالد ترامب الوزيرين في المكتب البيضاوي.")
    found = news(events(text, "2025-06-28"))
    assert sorted(kinds(found)) == [("MEET", ["COD", "RWA", "USA"]), ("SIGN", ["COD", "RWA"])]


def test_a_then_minister_is_of_the_country_named_after_then():
    # «وزیر خارجه وقت کره جنوبی» ("the then foreign minister of South Korea") is South Korea's, not the outlet's
    # (blind set articles47)
    text = ("تهران- ایرنا- وزیر دفاع کره جنوبی روز جمعه در ورشو با همتای لهستانی خود دیدار کرد.\n"
            "پیش‌تر در ۱۵ اسفند ۱۴۰۳ نیز چو ته-یول، وزیر خارجه وقت کره جنوبی، در ورشو با رادوسلاو سیکورسکی، همتای "
            "لهستانی خود، دیدار کرده بود.")
    assert all(e["countries"] == ["KOR", "POL"] for e in events(text, "2025-11-29"))


def test_i_in_a_transcript_is_the_minister_whose_label_opens_the_turn():
    # "I have also held bilateral meetings today with my counterparts from A, from B and from C": the speaker met
    # each of them
    text = ("Release type: Transcript\n"
            "Doorstop interview, NATO Summit, The Hague\n"
            "RICHARD MARLES, DEPUTY PRIME MINISTER: Thanks for coming along. It has been a busy day for us here.\n"
            "I have also held bilateral meetings today with my counterparts from Canada, from Sweden and from "
            "Ukraine, and each of those conversations was valuable.\n"
            "JOURNALIST: What stood out for you from today?")
    found = sorted((e["countries"], [p["name"] for p in e["persons"]]) for e in news(events(text, "2025-06-24")))
    assert found == [(["AUS", "CAN"], ["Richard Marles"]), (["AUS", "SWE"], ["Richard Marles"]),
                     (["AUS", "UKR"], ["Richard Marles"])]
