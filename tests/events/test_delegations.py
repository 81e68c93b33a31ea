"""Who is with whom: officials the knowledge base does not know, named in a list of those accompanying a
leader, are of the leader's country; a ranked officer the visitor also met is of the host; an attendance list
reaches to its last name. Blind sets articles17, 36 and 56 showed these people missing or on the wrong side.

The texts are written for these tests in the style of agency copy; the people are real office-holders on the
dates given, and the officers the knowledge base does not know are invented.
"""

from __future__ import annotations

from event_helpers import events, news, people


def test_unknown_officials_in_an_accompanying_list_are_of_the_list_s_country():
    text = ("GUATEMALA CITY — Mexican President Claudia Sheinbaum arrived in Guatemala on Friday and held talks "
            "with President Bernardo Arévalo at the National Palace.\n"
            "She was accompanied by several members of her cabinet, including Defense Minister Gen. Ricardo "
            "Trevilla Trejo, Navy Minister Adm. Ramiro Lopez Estrada and Interior Minister Rosa Elena "
            "Pacheco.")
    [meeting] = news(events(text, "2025-06-07"))
    assert meeting["countries"] == ["GTM", "MEX"]
    by_name = {p["name"]: p["country"] for p in meeting["persons"]}
    assert by_name.get("Rosa Elena Pacheco") == "MEX"
    assert by_name.get("Ramiro Lopez Estrada") == "MEX"


def test_an_officer_the_visitor_also_met_is_of_the_host():
    # «كما التقى [الضيف] … اللواء X»: the verb before the visitor, the host's officer after him
    text = ("مسقط في 18 ديسمبر /العمانية/ استقبل قائد البحرية السلطانية العمانية أمس الأميرال نويد أشرف رئيس "
            "أركان البحرية الباكستانية، وبحث الجانبان أوجه التعاون البحري بين البلدين.\n"
            "كما التقى رئيس أركان البحرية الباكستانية في اليوم ذاته اللواء البحري علي بن حمد المعمري آمر كلية الدفاع "
            "الوطني، واطلع على برامجها الأكاديمية.")
    found = news(events(text, "2024-12-18"))
    assert [e["countries"] for e in found] == [["OMN", "PAK"], ["OMN", "PAK"]]
    assert any(n.startswith("Ali Bin Hamad") for n in people(found[1]))


def test_an_office_before_a_rank_keeps_the_officer_off_the_host_s_side():
    # «سفير الهند لدى الدولة الدكتور X»: India's ambassador, not an official of the host met by the visitor
    text = ("أبوظبي في 6 يناير /وام/ استقبل قائد القوات البرية اللواء الركن يوسف الحلامي أمس الجنرال أوبيندرا "
            "دويفيدي رئيس أركان الجيش الهندي.\n"
            "وكان الجنرال دويفيدي قد التقى في وقت سابق أمس سفير الهند لدى الدولة الدكتور راجيف كومار.")
    found = news(events(text, "2026-01-06"))
    assert [e["countries"] for e in found] == [["ARE", "IND"]]


def test_an_attendance_list_reaches_its_last_name():
    # «بمشاركة X ورئيس الوزراء التايلاندي بالنيابة آنذاك Y»: both took part; Thailand is a side
    text = ("كوالالمبور، 26 أكتوبر (برناما) -- وقع رئيس وزراء كمبوديا هون مانيت ورئيس وزراء تايلاند أنوتين "
            "تشارنفيراكول اليوم إعلانا مشتركا لتثبيت السلام على الحدود بحضور رئيس الوزراء الماليزي أنور إبراهيم.\n"
            "ويأتي الإعلان استكمالا لوقف إطلاق النار الذي تم التوصل إليه في الاجتماع الخاص الذي استضافه أنور في "
            "بوتراجايا يوم 28 يوليو الماضي بمشاركة هون مانيت ورئيس الوزراء التايلاندي بالنيابة آنذاك بومتام "
            "ويتشاياتشاي، عقب اشتباكات حدودية.")
    [meeting] = [e for e in events(text, "2025-10-26") if e["type"] == "MEET"]
    assert meeting["countries"] == ["KHM", "MYS", "THA"]
    assert meeting["date"] == "2025-07-28"


_PRESS_BUREAU = ("Press Information Bureau\n"
                 "Government of India\n"
                 "Ministry of Defence\n\n"
                 "Defence Secretary meets visiting officials on the sidelines of Aero India 2025\n\n"
                 "Defence Secretary Shri Rajesh Kumar Singh chaired a series of meetings with visiting officials in "
                 "Bengaluru on February 11, 2025, on the sidelines of Aero India 2025.\n\n")


def test_a_bulleted_list_after_a_colon_gives_one_meeting_each():
    text = _PRESS_BUREAU + ("The Defence Secretary held separate discussions with:\n"
                            "- Mr Tomas Pereira Lobo, Permanent Secretary of Defence of Timor-Leste;\n"
                            "- Brigadier General Batbold Ganzorig, State Secretary of Mongolia; and\n"
                            "- Mr Anil Ramdin, Permanent Secretary of Mauritius.\n\n"
                            "The meetings reviewed existing defence cooperation.")
    found = news(events(text, "2025-02-12"))
    assert sorted(e["countries"] for e in found) == [["IND", "MNG"], ["IND", "MUS"], ["IND", "TLS"]]
    # the bare "Defence Secretary" is the one the page named, not a listed namesake of his office
    assert all("Rajesh Kumar Singh" in people(e) for e in found)
    assert {p["name"] for e in found for p in e["persons"]} >= {"Tomas Pereira Lobo", "Anil Ramdin"}


def test_the_office_before_a_name_then_of_a_country_gives_the_name_its_country():
    # "Mr X, Permanent Secretary of Defence of Suriname": "Defence" ends no apposition as a "defence dialogue" would
    text = _PRESS_BUREAU + ("Separately, the Defence Secretary met Mr Carl Breeveld, Permanent Secretary of Defence "
                            "of Suriname, in Bengaluru.")
    found = news(events(text, "2025-02-12"))
    assert {tuple(e["countries"]) for e in found} == {("IND", "SUR")}
    assert ("Carl Breeveld", "SUR") in {(p["name"], p["country"]) for e in found for p in e["persons"]}


def test_a_headline_s_last_country_is_not_the_office_s_in_the_next_paragraph():
    # "… talks with Canada, Sweden and Ukraine\n\nDeputy Prime Minister Richard Marles": Marles is no Ukrainian
    text = ("Marles meets Healey in London before summit talks with Canada, Sweden and Ukraine\n\n"
            "Deputy Prime Minister Richard Marles has held a string of meetings on the opening day of the summit in "
            "The Hague.\n\n"
            "Mr Marles said on Tuesday he had met his counterparts. In London on Monday he held talks with UK "
            "Defence Secretary John Healey.")
    found = news(events(text, "2025-06-24"))
    assert ("AUS", "GBR") in {tuple(e["countries"]) for e in found}
    assert all(p["country"] == "AUS" for e in found for p in e["persons"] if p["name"] == "Richard Marles")
    # the pronoun after a time and a place is the one the sentence before opened with
    [talks] = [e for e in found if e["countries"] == ["AUS", "GBR"]]
    assert {"Richard Marles", "John Healey"} <= people(talks)


def test_a_body_s_name_and_its_abbreviation_keep_its_officer_of_no_country():
    # «الأمين العام لحلف شمال الأطلسي (الناتو) مارك روته»: NATO's, not the Netherlands'
    text = ("طوكيو (كونا) -- التقى وزير الدفاع الياباني شينجيرو كويزومي اليوم نظيره الأسترالي ريتشارد مارلز.\n"
            "وكان كويزومي قد عقد قبل ذلك محادثات مع الأمين العام لحلف شمال الأطلسي (الناتو) مارك روته.")
    found = events(text, "2025-11-20")
    assert [e["countries"] for e in found] == [["AUS", "JPN"]]


def test_leaders_who_witnessed_a_signing_and_the_ministers_who_signed_are_one_signing():
    # «شهد الرئيسان … مراسم التوقيع», then «ووقع الاتفاقية عن الجانب … X، وعن الجانب … Y»: one ceremony
    text = ("القاهرة (أ ش أ) - شهد الرئيس عبد الفتاح السيسي والرئيس التركي رجب طيب أردوغان، اليوم الأربعاء بقصر "
            "الاتحادية، مراسم التوقيع على عدد من الاتفاقيات بين البلدين.\n"
            "ووقع اتفاقية التعاون العسكري عن الجانب المصري الفريق أول عبد المجيد صقر وزير الدفاع والإنتاج الحربي، "
            "وعن الجانب التركي وزير الدفاع الوطني يشار جولر.")
    signings = [e for e in events(text, "2026-02-04") if e["type"] == "SIGN"]
    assert [e["countries"] for e in signings] == [["EGY", "TUR"]]
    assert {"Abdel Mageed Saqr", "Yaşar Güler"} <= people(signings[0])


def test_the_day_someone_took_office_is_not_the_day_of_his_meeting():
    # "who took over … in the Cabinet sworn in on May 23": that day dates the cabinet, not the talks
    text = ("SINGAPORE, May 31 — Defence Minister Chan Chun Sing met Malaysian Defence Minister Mohamed Khaled Nordin "
            "on the sidelines of the Shangri-La Dialogue on Friday.\n\n"
            "Mr Chan, who took over the defence portfolio in the Cabinet sworn in on May 23, also met French Minister "
            "of the Armed Forces Sebastien Lecornu.")
    found = {tuple(e["countries"]): e["date"] for e in news(events(text, "2025-05-31"))}
    assert found[("FRA", "SGP")] != "2025-05-23"


def test_talks_in_the_city_a_leader_came_from_are_not_with_the_country_he_arrived_in():
    # «يصل أردوغان إلى القاهرة قادماً من الرياض، التي أجرى فيها أمس مباحثات …»: Riyadh's talks, no Egyptian side
    text = ("القاهرة (أ ش أ) - استقبل الرئيس عبد الفتاح السيسي اليوم الأربعاء نظيره التركي رجب طيب أردوغان في قصر "
            "الاتحادية، حيث عقد الرئيسان جلسة مباحثات.\n"
            "ويصل أردوغان إلى القاهرة قادماً من الرياض، التي أجرى فيها أمس مباحثات رسمية مع ولي العهد السعودي الأمير "
            "محمد بن سلمان.")
    found = events(text, "2026-02-04")
    assert ["SAU", "TUR"] in [e["countries"] for e in found]
    assert all("EGY" not in e["countries"] or "SAU" not in e["countries"] for e in found)
