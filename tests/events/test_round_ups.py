"""Round-ups: one official meeting many counterparts at a multilateral gathering, told one after the
other — people called by their own names, lists of guests, the meetings recalled as a whole, a trip of
someone else cancelled in a later clause.

The texts are written for these tests in the style of agency copy; the people are real office-holders
on the dates given.
"""

from __future__ import annotations

from event_helpers import events, news, people


def pairs(found: list[dict]) -> list[tuple]:
    return sorted((e["type"], tuple(e["countries"]), e["date"]) for e in found)


def test_malaysian_thai_and_indonesian_ministers_are_called_by_their_own_names():
    # "Mohamed Khaled Nordin" … "Khaled", "Phumtham Wechayachai" … "Phumtham", "Sjafrie Sjamsoeddin" …
    # "Sjafrie": the first name that is not a common leading name, not the last word
    text = ("KUALA LUMPUR, Feb 27 (Bernama) -- Defence Minister Datuk Seri Mohamed Khaled Nordin today opened "
            "the ASEAN defence ministers' retreat in Penang.\n"
            "Today, Khaled received a courtesy call from Thai Defence Minister Phumtham Wechayachai.\n"
            "Yesterday, Khaled met Indonesian Defence Minister Sjafrie Sjamsoeddin, and Sjafrie invited him "
            "to Jakarta.")
    found = news(events(text, "2025-02-27"))
    assert pairs(found) == [("MEET", ("IDN", "MYS"), "2025-02-26"), ("MEET", ("MYS", "THA"), "2025-02-27")]
    assert all("Mohamed Khaled Nordin" in people(e) for e in found)


def test_a_list_of_guests_each_of_their_country_after_a_sentence_ending_in_between():
    # «بين دول الجنوب.» ends the sentence before: it opens no "talks between" list of the next one
    text = ("نيودلهي في 18 مارس / وام / التقى وزير الشؤون الخارجية الهندي سوبراهمانيام جايشانكار أمس وزير "
            "خارجية غانا صامويل أوكودزيتو أبلاكوا وبحثا التعاون بين دول الجنوب.\n"
            "كما التقى جايشانكار وزيرة خارجية السويد ماريا مالمر ستينيرغارد ووزير خارجية أيرلندا سايمون هاريس.")
    found = news(events(text, "2025-03-18"))
    assert pairs(found) == [("MEET", ("GHA", "IND"), "2025-03-17"), ("MEET", ("IND", "IRL"), "2025-03-17"),
                            ("MEET", ("IND", "SWE"), "2025-03-17")]


def test_the_meetings_of_the_one_named_are_the_ones_told_not_new_ones():
    text = ("SINGAPORE - Defence Minister Chan Chun Sing met Malaysian Defence Minister Mohamed Khaled Nordin "
            "on Friday on the sidelines of the Shangri-La Dialogue.\n"
            "Chan's meetings are his first with many counterparts since he took office, as Singapore trains "
            "its forces abroad, from Australia and France to the United States and New Zealand.")
    assert pairs(news(events(text, "2025-05-31"))) == [("MEET", ("MYS", "SGP"), "2025-05-30")]


def test_a_reception_held_after_another_guest_cancelled_his_trip():
    # the negation «ألغى» stands in a later clause («، بعدما …»): the reception before it was held, and the
    # minister who stayed home is not at it
    text = ("سانتياغو - «الشرق الأوسط»\n"
            "استقبل الرئيس التشيلي المنتخب خوسيه أنطونيو كاست أمس (الثلاثاء) في سانتياغو ملك إسبانيا فيليبي "
            "السادس، بعدما ألغى وزير الخارجية الإسباني خوسيه مانويل ألباريس مشاركته في الرحلة.")
    [e] = news(events(text, "2026-03-11"))
    assert (e["countries"], e["date"]) == (["CHL", "ESP"], "2026-03-10")
    assert "José Manuel Albares" not in people(e)


def test_a_signing_for_which_no_date_has_been_set_did_not_happen():
    text = ("PENANG, Feb 27 (Bernama) -- Defence Minister Mohamed Khaled Nordin received Cambodian Defence "
            "Minister Tea Seiha today.\n"
            "Cambodia indicated that it wants a Memorandum of Understanding on defence with Malaysia; no date "
            "has been set for the signing.")
    assert pairs(news(events(text, "2025-02-27"))) == [("MEET", ("KHM", "MYS"), "2025-02-27")]


def test_each_meeting_of_a_listed_round_is_told_once():
    # the lede lists the round ("meeting ministers from A, B and C"); "then met", "also met" tell each of them
    text = ("New Delhi, March 7 (PTI) External Affairs Minister S. Jaishankar held back-to-back bilateral "
            "meetings on Friday on the sidelines of the Raisina Dialogue, meeting ministers from Malta, "
            "Mauritius and Kenya.\n"
            "Jaishankar first met Malta's Deputy Prime Minister Ian Borg.\n"
            "Jaishankar then met Mauritius Foreign Minister Dhananjay Ramful.\n"
            "Jaishankar also met Kenya's Prime Cabinet Secretary Musalia Mudavadi.")
    found = news(events(text, "2026-03-07"))
    assert pairs(found) == [("MEET", ("IND", "KEN"), "2026-03-06"), ("MEET", ("IND", "MLT"), "2026-03-06"),
                            ("MEET", ("IND", "MUS"), "2026-03-06")]


def test_during_the_25_minute_meeting_is_the_meeting_told():
    text = ("PENANG, Feb 27 (Bernama) -- Defence Minister Mohamed Khaled Nordin held talks with regional "
            "counterparts at the ADMM Retreat.\n"
            "Yesterday, Khaled received courtesy visits from Indonesian Defence Minister Sjafrie Sjamsoeddin and "
            "Laotian Defence Minister Gen Khamlieng Outhakaisone.\n"
            "During the 25-minute meeting with Sjafrie, Malaysia proposed a committee to carry out the defence "
            "cooperation MoU that the two countries signed in 2022.")
    meetings = [e for e in events(text, "2025-02-27") if e["type"] == "MEET"]
    assert pairs(meetings) == [("MEET", ("IDN", "MYS"), "2025-02-26"), ("MEET", ("LAO", "MYS"), "2025-02-26")]


def test_a_meeting_recalled_in_passing_is_not_the_talks_told_and_a_capital_saying_is_no_place():
    text = ("MUNICH, Feb 15 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks on Friday on the margins of "
            "the Munich Security Conference with Argentine Foreign Minister Gerardo Werthein, recalling the 2024 "
            "meeting between President Xi Jinping and President Javier Milei and saying Beijing was ready to "
            "deepen ties.")
    [e] = news(events(text, "2025-02-15"))
    assert (e["countries"], e["date"], e["location"]) == (["ARG", "CHN"], "2025-02-14", "Munich")
    assert people(e) == {"Wang Yi", "Gerardo Werthein"}


def test_an_arabic_noun_after_a_family_name_goes_on_no_name():
    # «تشان تشون سينغ» … «لقاءات تشان أهمية»: «أهمية» (a noun: its «ة») does not make «تشان» someone else's
    text = ("سنغافورة - 31 - 5 (كونا) -- التقى وزير الدفاع السنغافوري تشان تشون سينغ أمس الجمعة وزير الدفاع الماليزي "
            "محمد خالد نوردين على هامش حوار شانغريلا.\n"
            "وتكتسب لقاءات تشان أهمية خاصة كونها الأولى له منذ توليه المنصب، إذ تعتمد سنغافورة على ترتيبات "
            "التدريب في الخارج، من أستراليا وفرنسا إلى الولايات المتحدة ونيوزيلندا.")
    assert pairs(news(events(text, "2025-05-31"))) == [("MEET", ("MYS", "SGP"), "2025-05-30")]


def test_a_woman_minister_of_a_country_is_its_side():
    # «كما التقى الوزيرة الإيطالية …»: the feminine «الوزيرة» names Italy's side as «الوزير» would
    text = ("سانتياغو - استقبل الرئيس التشيلي المنتخب خوسيه أنطونيو كاست أمس ملك إسبانيا فيليبي السادس.\n"
            "كما التقى الوزيرة الإيطالية آنا ماريا برنيني.")
    assert pairs(news(events(text, "2026-03-11"))) == [("MEET", ("CHL", "ESP"), "2026-03-10"),
                                                      ("MEET", ("CHL", "ITA"), "2026-03-10")]


def test_a_gathering_the_country_will_host_is_no_guest_received():
    text = ("PENANG, Feb 27 (Bernama) -- Defence Minister Mohamed Khaled Nordin received Singapore's Defence "
            "Minister Ng Eng Hen today.\n"
            "The ministers were briefed on the ADMM-Plus, which brings ASEAN together with partners including "
            "China, the United States and Japan, and which Malaysia will host in Kuala Lumpur later this year.")
    assert pairs(news(events(text, "2025-02-27"))) == [("MEET", ("MYS", "SGP"), "2025-02-27")]


def test_one_official_meeting_three_named_counterparts_is_one_meeting_when_the_next_sentence_says_so():
    # "X met A, B and C": one meeting each, unless the next sentence counts them as one group
    together = ("SINGAPORE (Kyodo) - Japanese Defense Minister Gen Nakatani met with Australian Deputy Prime "
                "Minister Richard Marles, Philippine Defense Secretary Gilberto Teodoro and U.S. Defense Secretary "
                "Pete Hegseth on Saturday on the sidelines of the Shangri-La Dialogue.\n"
                "It was the fourth meeting among the four defense leaders, who pledged to deepen cooperation.")
    [e] = news(events(together, "2025-05-31"))
    assert (e["countries"], e["date"]) == (["AUS", "JPN", "PHL", "USA"], "2025-05-31")
    apart = together.replace("It was the fourth meeting among the four defense leaders, who",
                             "Nakatani, who met each of them separately,")
    three = [("MEET", ("AUS", "JPN"), "2025-05-31"), ("MEET", ("JPN", "PHL"), "2025-05-31"),
             ("MEET", ("JPN", "USA"), "2025-05-31")]
    assert pairs(news(events(apart, "2025-05-31"))) == three
    # "multilateral" as the topic of the next sentence counts no group
    topic = together.replace("It was the fourth meeting among the four defense leaders, who pledged to deepen "
                             "cooperation.", "Nakatani also called for stronger multilateral coordination.")
    assert pairs(news(events(topic, "2025-05-31"))) == three


def test_the_leaders_listed_after_among_them_are_the_ones_met():
    # "held talks with 15 leaders. Among them were …": the countries listed are the meetings' other sides;
    # "UN Secretary-General" before Guterres is his office, not Lourenço's
    text = ("YOKOHAMA (Kyodo) - Prime Minister Shigeru Ishiba held talks with 15 African leaders on Wednesday, the "
            "opening day of the TICAD summit.\n"
            "Among them were Angolan President João Lourenço, UN Secretary-General António Guterres and "
            "Senegalese President Bassirou Diomaye Faye.")
    found = news(events(text, "2025-08-21"))
    assert pairs(found) == [("MEET", ("AGO", "JPN"), "2025-08-20"), ("MEET", ("JPN", "SEN"), "2025-08-20")]
    assert "João Lourenço" in people(next(e for e in found if "AGO" in e["countries"]))


def test_talks_with_the_leaders_of_a_country_on_a_tour_are_with_that_country():
    # «با رهبران ویتنام»: Vietnam's leaders, a side — not the tour's next stop taken from the lead
    text = ("جاکارتا- ایرنا- امانوئل ماکرون رئیس‌جمهور فرانسه روز چهارشنبه ۷ خرداد در جاکارتا با پرابوو سوبیانتو "
            "رئیس‌جمهور اندونزی دیدار کرد.\n"
            "امانوئل ماکرون روز دوشنبه ۵ خرداد در هانوی با رهبران ویتنام گفت‌وگو کرد.")
    found = events(text, "2025-05-31")
    assert any(e["countries"] == ["FRA", "VNM"] and e["date"] == "2025-05-26" for e in found)


def test_a_gathering_held_with_the_participation_of_several_countries_is_one_meeting_of_them_all():
    # "… was held with the participation of the defence chiefs of A, B, C …", «… بمشاركة وزراء وممثلين عن A وB
    # وC …»: the members of one gathering, not one meeting of its chair with each, nor onlookers (blind sets
    # articles49 and 50)
    en = ("ALMATY, October 31, 2025 - The meeting of the CIS Council of Defense Ministers, chaired by Andrei "
          "Belousov, was held in Almaty on Friday with the participation of the defense chiefs of Belarus, "
          "Kazakhstan, Kyrgyzstan, Russia and Tajikistan.")
    assert [e["countries"] for e in events(en, "2025-10-31")] == [["BLR", "KAZ", "KGZ", "RUS", "TJK"]]
    ar = ("سانتياغو - اختتم في العاصمة التشيلية أمس الاجتماع العاشر لوزراء دفاع دول جنوب المحيط الهادئ بمشاركة "
          "وزراء وممثلين عن أستراليا وتشيلي وفيجي وفرنسا ونيوزيلندا وتونغا.")
    assert [e["countries"] for e in events(ar, "2025-10-23")] == [["AUS", "CHL", "FJI", "FRA", "NZL", "TON"]]


def test_he_after_the_minister_met_his_counterpart_is_the_minister_and_an_invited_visit_is_no_side():
    # "the minister met his Australian counterpart": the one who acts is the minister, not the counterpart, so
    # "He also met …" is the minister; "invited him to visit Japan" makes Japan no side and the talks not planned
    text = ("SINGAPORE, June 1 (Kyodo) -- Defense Minister Gen Nakatani held talks with Philippine Defense Secretary "
            "Gilberto Teodoro on the sidelines of the Shangri-La Dialogue on Saturday.\n"
            "On Sunday, the minister met his Australian counterpart, Richard Marles, and the two agreed to deepen "
            "cooperation on anti-submarine warfare between Japan and Australia.\n"
            "He also met French Armed Forces Minister Sebastien Lecornu and invited him to visit Japan, and "
            "separately held talks with Indonesian Defense Minister Sjafrie Sjamsoeddin.")
    found = news(events(text, "2025-06-01"))
    assert [(e["countries"], e["status"], e["date"]) for e in found] == [
        (["JPN", "PHL"], "occurred", "2025-05-31"), (["AUS", "JPN"], "occurred", "2025-06-01"),
        (["FRA", "JPN"], "occurred", "2025-06-01"), (["IDN", "JPN"], "occurred", "2025-06-01")]


def test_a_four_way_meeting_of_other_countries_told_next_does_not_join_the_ones_listed():
    # "… talks with A and B. The talks follow the four-way meeting of C, D, E and F last month": that meeting is
    # another one, so the talks with A and B stay one each
    text = ("CANBERRA - Deputy Prime Minister Richard Marles will travel to Singapore this week for the Shangri-La "
            "Dialogue.\n"
            "Mr Marles is also expected to hold talks with Indonesian Defence Minister Sjafrie Sjamsoeddin and "
            "Malaysian Defence Minister Mohamed Khaled Nordin during the forum.\n"
            "The talks follow the four-way meeting of Australian, American, Japanese and Philippine defence ministers "
            "in Honolulu last month.")
    talks = [e["countries"] for e in news(events(text, "2025-05-27")) if {"IDN", "MYS"} & set(e["countries"])]
    assert talks == [["AUS", "IDN"], ["AUS", "MYS"]]


def test_the_prince_on_the_same_day_is_the_one_told_before():
    text = ("RIYADH - Saudi Foreign Minister Prince Faisal bin Farhan met US Secretary of State Antony Blinken in Munich "
            "on Friday.\n"
            "On the same day, the prince held separate meetings with Canada's Foreign Minister Melanie Joly and "
            "Bulgaria's Deputy Prime Minister and Foreign Minister Mariya Gabriel.")
    assert [e["countries"] for e in news(events(text, "2024-02-17"))] == [["SAU", "USA"], ["BGR", "SAU"], ["CAN", "SAU"]]
