"""A host meeting guests one by one, and guests named only by a post: constructions the blind set
articles23 (multi-event pages) showed rasad getting wrong.

The texts are written for these tests in the style of agency and ministry copy; the people are real
office-holders on the dates given, or named by office only.
"""

from __future__ import annotations

from event_helpers import events, kinds, news, people as persons


# A fair round-up: the host is named once, then «معاليه» ("His Excellency") meets each guest in turn.
FAIR = ("أبوظبي في 18 فبراير/ وام/ التقى معالي محمد بن مبارك المزروعي وزير دولة لشؤون الدفاع اليوم، على هامش "
        "معرض الدفاع الدولي، كلا على حدة، عددا من الوزراء ورؤساء الوفود المشاركة.\n"
        "والتقى معاليه وزير الدفاع في جمهورية البرتغال، وبحث الجانبان علاقات التعاون العسكري.\n"
        "كما التقى معاليه رئيس أركان الجيش في جمهورية كولومبيا والوفد المرافق له.\n"
        "ويستمر المعرض حتى يوم الجمعة.")


def test_his_excellency_meets_each_guest_of_the_host_named_before():
    found = events(FAIR, "2025-02-18")
    assert kinds(found) == [("MEET", ["ARE", "PRT"]), ("MEET", ["ARE", "COL"])]
    assert all("Mohamed bin Mubarak Fadhel Al Mazrouei" in persons(e) for e in found)


def test_the_host_is_the_one_named_before_the_guests_not_a_guest_named_after_them():
    # the headline runs into the story: the Brazilian minister named after «عددا من» is a guest
    text = ("وزير الدفاع يلتقى عددا من وزراء الدفاع المشاركين فى المعرض التقى وزير الدفاع والإنتاج الحربى اليوم "
            "بالسيد خوسيه موسيو مونتيرو وزير الدفاع البرازيلى على هامش المعرض بالقاهرة.\n"
            "كما أجرى الوزير مباحثات مع وزير الدفاع الصربى تناولت التصنيع المشترك.")
    assert ("MEET", ["BRA", "SRB"]) not in kinds(events(text, "2025-12-02"))


def test_after_the_round_his_side_receives_a_guest_of_another_country():
    # no lead pair (the opening names one side); the chief of staff's guest is named by a nationality only
    text = FAIR.replace("ويستمر المعرض", "من جانبه استقبل الفريق الركن عيسى سيف بن عبلان المزروعي رئيس أركان "
                        "القوات المسلحة في مكتبه بالمعرض، رئيس أركان البحرية الماليزية والوفد المرافق له.\nويستمر المعرض")
    assert kinds(events(text, "2025-02-18"))[-1] == ("MEET", ["ARE", "MYS"])


def test_a_long_office_title_names_the_country_after_it():
    # "Minister of National Defence and Veterans" written out in full before «في جمهورية أنغولا»
    text = ("أبوظبي في 18 فبراير/ وام/ التقى معالي محمد بن مبارك المزروعي وزير دولة لشؤون الدفاع، كلا على حدة، "
            "عددا من الوزراء المشاركين في المعرض.\n"
            "والتقى معاليه كذلك وزير الدفاع الوطني وقدامى المحاربين في جمهورية أنغولا والوفد المرافق له.")
    assert kinds(events(text, "2025-02-18")) == [("MEET", ["AGO", "ARE"])]


KENYA = ("NAIROBI — Defence Cabinet Secretary Soipan Tuya on Monday hosted South Africa's Minister of Defence and "
         "Military Veterans, Angie Motshekga, at Ulinzi House for talks on defence cooperation.\n\n")


def test_a_defence_attache_of_a_country_is_that_countrys_side():
    text = KENYA + ("Last week, the Chief of the Defence Forces, General Charles Kahariri, received the newly accredited "
                    "Defence Attaché of the Republic of Korea at the Defence Headquarters.")
    assert ("MEET", ["KEN", "KOR"]) in kinds(events(text, "2025-06-18"))


def test_officers_of_visiting_navy_ships_are_their_countrys_side():
    text = KENYA + ("On Tuesday, the Commander of the Kenya Navy hosted the commanding officers of two visiting "
                    "Brazilian Navy ships at Mtongwe Naval Base in Mombasa, where they discussed maritime security.")
    found = events(text, "2025-06-18")
    assert kinds(found) == [("MEET", ["KEN", "ZAF"]), ("MEET", ["BRA", "KEN"])]
    assert found[1]["location"] == "Mombasa"


def test_an_invitation_with_a_long_object_is_no_planned_visit():
    text = KENYA + ("CS Tuya invited the South African Minister of Defence and Military Veterans, Hon. Angie "
                    "Motshekga, to visit Kenya's military academies later in the year.")
    assert [e["status"] for e in events(text, "2025-06-18")] == ["occurred"]


def test_a_dialogue_held_by_name_and_a_call_on_a_leader_after_an_airport_welcome_by_one_s_own_envoy():
    # "held the inaugural Japan-Philippines Defence Ministers' Dialogue": a meeting, though its name is capitalised;
    # the welcome at the airport by the visitor's own ambassador neither names a person "Ambassador" nor dates
    # the call on the president the day before
    text = ("Manila, Oct 9 (PNA) Defence Secretary Gilberto Teodoro and his Japanese counterpart Gen Nakatani on "
            "Thursday held the inaugural Japan-Philippines Defence Ministers' Dialogue in Manila.\n"
            "Nakatani also called on President Ferdinand Marcos Jr.\n"
            "Nakatani, who arrived in Manila on Wednesday, was received at the airport by Japan's Ambassador to the "
            "Philippines Endo Kazuya.")
    found = news(events(text, "2025-10-10"))
    assert [(e["countries"], e["date"]) for e in found] == [(["JPN", "PHL"], "2025-10-09")] * len(found)
    assert not any(p["name"].lower().startswith("ambassador") for e in found for p in e["persons"])


def test_a_host_who_held_a_number_of_meetings_meets_each_guest_and_signs_under_his_stacked_offices():
    # «عقد … عددا من اللقاءات الثنائية» names the host of the meetings «واجتمع سعادته …» tells one by one; a
    # state secretary «بوزارة الدفاع» is a deputy minister; «نائب رئيس مجلس الوزراء وزير الدولة لشؤون الدفاع»
    # in the signing is the host, who holds both offices, not the state secretary met before (blind set
    # articles47)
    text = ("الدوحة في 4 مارس /قنا/ عقد سعادة الشيخ سعود بن عبدالرحمن بن حسن آل ثاني نائب رئيس مجلس الوزراء "
            "وزير الدولة لشؤون الدفاع، اليوم، عددا من اللقاءات الثنائية مع كبار المسؤولين الزائرين.\n"
            "واجتمع سعادته اليوم مع وزير الدولة بوزارة الدفاع في جمهورية التشيك، حيث جرى بحث سبل التعاون.\n"
            "كما اجتمع سعادته مع وزير الدفاع الإندونيسي.\n"
            "ووقع سعادة نائب رئيس مجلس الوزراء وزير الدولة لشؤون الدفاع ووزير الدفاع الإندونيسي مذكرة تفاهم "
            "للتعاون الدفاعي.")
    assert kinds(events(text, "2025-03-04")) == [("MEET", ["CZE", "QAT"]), ("MEET", ["IDN", "QAT"]),
                                                 ("SIGN", ["IDN", "QAT"])]


def test_a_visitor_in_the_lede_of_his_own_countrys_agency_abroad_is_of_that_country():
    # "RIYADH (APP): Federal Interior Minister X, on an official visit to Saudi Arabia, ...": the minister the KB
    # does not know is Pakistan's (the outlet's, named on the page), not the dateline's
    text = ("Associated Press of Pakistan\nHome | National | World\n"
            "RIYADH, Feb 3 (APP): Federal Interior Minister Mohsin Naqvi, on an official visit to Saudi Arabia, met "
            "Saudi Interior Minister Prince Abdulaziz bin Saud bin Naif in Riyadh on Monday.\n"
            "The two ministers discussed the security of pilgrims and the exchange of wanted persons between Pakistan "
            "and the Kingdom.")
    found = news(events(text, "2025-02-03"))
    assert [(e["type"], e["countries"], e["location"]) for e in found] == [("MEET", ["PAK", "SAU"], "Riyadh")]
    assert ("Mohsin Naqvi", "PAK") in {(p["name"], p["country"]) for p in found[0]["persons"]}


def test_a_guest_greeted_on_arrival_is_the_visit_and_a_host_who_greets_meets():
    # "flew in … and was greeted by the foreign minister": the welcome of the visit, not a meeting of its own;
    # "after Macron greeted Tusk on the square": the two met
    text = ("GUATEMALA CITY - President Claudia Sheinbaum held talks with President Bernardo Arévalo in Petén on "
            "Friday.\n"
            "Sheinbaum flew in aboard a Mexican Air Force plane a few hours after her morning press conference, and was "
            "greeted by Guatemalan Foreign Minister Carlos Ramiro Martínez.")
    assert [e["countries"] for e in news(events(text, "2025-08-16"))] == [["GTM", "MEX"]]
    text = ("NANCY - France and Poland signed a friendship treaty on Friday.\n"
            "The ceremony took place at the town hall, after Macron greeted Tusk on the city's Place Stanislas.")
    assert ("MEET", ["FRA", "POL"]) in [(e["type"], e["countries"]) for e in events(text, "2025-05-10")]


def test_an_honorific_subject_is_the_host_after_a_signing_by_the_guests_ministers():
    # «وشهد سموه والرئيس الكيني توقيع …» then «كما التقى سموه …»: «سموه» is still the Emir, not the guest
    # named last, and the Emir (named «صاحب السمو») is the one who met each of them
    text = ("الدوحة في 7 ديسمبر /قنا/ التقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اليوم، على "
            "هامش منتدى الدوحة، عددا من قادة الدول المشاركين.\n"
            "فقد استقبل سموه فخامة الرئيس وليام روتو رئيس جمهورية كينيا، وجرى خلال اللقاء بحث علاقات التعاون.\n"
            "وشهد سموه والرئيس الكيني توقيع مذكرة تفاهم للتعاون الدفاعي، وقعها عن الجانب القطري سعادة الشيخ سعود بن "
            "عبدالرحمن بن حسن آل ثاني نائب رئيس مجلس الوزراء وزير الدولة لشؤون الدفاع.\n"
            "كما التقى سموه فخامة الرئيس بولا تينوبو رئيس جمهورية نيجيريا الاتحادية.")
    found = [(e["type"], e["countries"], sorted(p["name"] for p in e["persons"] if p["country"] == "QAT"))
             for e in news(events(text, "2025-12-07"))]
    assert ("MEET", ["NGA", "QAT"], ["Tamim bin Hamad Al Thani"]) in found
    assert not any("NGA" in c and "KEN" in c for _, c, _ in found)


def test_his_highness_the_emir_named_bare_is_the_emir_named_before():
    # «وكان سمو الأمير قد …»: the Emir, named first with «صاحب السمو», told bare in an earlier stop of his tour;
    # that stop's host meets him, not the lead pair's host
    text = ("نيروبي في 12 مايو /كونا/ وصل حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد اليوم إلى "
            "العاصمة الكينية نيروبي في زيارة دولة، وعقد سموه جلسة مباحثات رسمية مع الرئيس وليام روتو.\n"
            "وكان سمو الأمير قد بدأ جولته أمس الأحد في أديس أبابا، حيث عقد جلسة مباحثات مع رئيس الوزراء الإثيوبي "
            "آبي أحمد تناولت العلاقات الثنائية.")
    found = {tuple(e["countries"]): sorted(p["name"] for p in e["persons"])
             for e in news(events(text, "2025-05-12")) if e["type"] == "MEET"}
    assert set(found) == {("KEN", "KWT"), ("ETH", "KWT")}
    assert "Mishal Al-Ahmad Al-Jaber Al-Sabah" in found[("ETH", "KWT")]


def test_an_office_subject_after_an_opening_phrase_meets_each_one_named():
    # "In separate engagements during the summit, the Head of State met A of X and B of Y": the one told before
    # met each of them, not A and B one another
    text = ("ADDIS ABABA, Feb 15 (KNA) - President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on "
            "the sidelines of the African Union summit on Sunday.\n"
            "In separate engagements on the margins of the summit, the Head of State met Tanzanian President Samia Suluhu Hassan and "
            "Ugandan President Yoweri Museveni.")
    found = sorted(e["countries"] for e in news(events(text, "2026-02-15")))
    assert found == [["ETH", "KEN"], ["KEN", "TZA"], ["KEN", "UGA"]]


def test_an_office_of_one_country_names_its_side():
    # «قائد القيادة المركزية الأمريكية»: CENTCOM's commander is of the United States, though the title swallows
    # the adjective that names it
    text = ("المنامة - كونا - شارك رئيس الأركان العامة للجيش الكويتي الفريق الركن خالد الشريعان في حوار المنامة.\n"
            "والتقى الشريعان على هامش المؤتمر كلا على حدة قائد القيادة المركزية الأمريكية ورئيس هيئة الأركان المشتركة "
            "للقوات المسلحة الأردنية.")
    found = sorted(e["countries"] for e in news(events(text, "2025-11-03")))
    assert found == [["JOR", "KWT"], ["KWT", "USA"]]


def test_hosting_a_conference_hosts_no_guest():
    # «اختيار كينيا لاستضافة المؤتمر»: the conference is what Kenya hosts; the commander who says so meets no one
    text = ("نيروبي - وام - افتتح الرئيس الكيني وليام روتو اليوم مؤتمر قادة الدفاع الأفارقة.\n"
            "وقال قائد القيادة الأمريكية في أفريقيا الجنرال داغفين أندرسون إن اختيار كينيا لاستضافة المؤتمر جاء "
            "تقديرا لقدراتها.")
    assert news(events(text, "2025-11-03")) == []


def test_one_in_whose_presence_a_signing_is_held_is_its_witness_not_a_side():
    # «… الرئيس دونالد ترامب، وبحضوره بصفته شاهداً»: the host who witnesses the two presidents' signing
    text = ("واشنطن - وقّع رئيس رواندا بول كاغامي ورئيس الكونغو الديمقراطية فيليكس تشيسكيدي أمس في واشنطن اتفاق "
            "السلام، في مراسم أقيمت بمعهد يحمل اسم الرئيس الأمريكي دونالد ترامب، وبحضوره بصفته شاهداً.")
    found = [(e["type"], e["countries"]) for e in news(events(text, "2025-12-05"))]
    assert found == [("SIGN", ["COD", "RWA"])]


def test_a_second_clause_after_also_is_a_second_meeting_of_the_same_agent():
    # «التقى X أيضاً A، …، كما بحث مع B …»: the «مع» is the second clause's; X met A, then B
    text = ("كوالالمبور - كونا - التقى وزير الحرب الأمريكي بيت هيغسيث أمس وزير الدفاع الهندي راجناث سينغ.\n"
            "وعلى هامش الاجتماعات، التقى هيغسيث أيضاً وزير الدفاع الفلبيني جيلبرتو تيودورو، كما بحث مع وزير الدفاع "
            "الماليزي محمد خالد نور الدين أمن الملاحة في بحر الصين الجنوبي.")
    found = sorted(e["countries"] for e in news(events(text, "2025-11-01")))
    assert found == [["IND", "USA"], ["MYS", "USA"], ["PHL", "USA"]]


def test_a_time_phrase_closed_by_a_comma_does_not_make_the_meeting_after_it_a_time():
    # «وقبل المراسم، استقبل ترامب الرئيسين»: "before the ceremony, Trump received the two presidents" — a meeting
    text = ("واشنطن - وقّع رئيسا رواندا بول كاغامي والكونغو الديمقراطية فيليكس تشيسكيدي أمس في واشنطن اتفاق السلام.\n"
            "وقبل المراسم، استقبل ترامب الرئيسين في المكتب البيضاوي بالبيت الأبيض.")
    found = [(e["type"], e["countries"]) for e in news(events(text, "2025-12-05"))]
    assert ("MEET", ["COD", "RWA", "USA"]) in found


def test_people_of_a_relative_clause_on_the_one_met_are_not_its_sides():
    # "…, who appeared alongside him and Hegseth in the photograph": Hegseth is not in the second meeting
    text = ("MIAMI - Argentine Defence Minister Carlos Presti held a bilateral meeting with US Secretary of War Pete "
            "Hegseth on Thursday in Miami.\n"
            "Presti also met the commander of US Southern Command, General Francis Donovan, who appeared alongside him "
            "and Hegseth in the official photograph.")
    found = [sorted(p["name"] for p in e["persons"]) for e in news(events(text, "2026-03-06"))]
    assert len(found) == 2 and not any("Pete Hegseth" in names and "Francis L. Donovan" in names for names in found)


def test_then_the_one_named_right_after_the_verb_receives_each_guest():
    # «ثم استقبل كاست رئيس الإكوادور …، فرئيس هندوراس …»: Arabic puts the subject after the verb; «ثم» ("then")
    # does not make the host of the last meeting the one who received them
    text = ("سانتياغو - 10 - 3 (كونا) -- التقى رئيس كوستاريكا رودريغو تشافيس اليوم ملك إسبانيا فيليبي السادس في "
            "سانتياغو.\n"
            "ثم استقبل خوسيه أنطونيو كاست رئيس الإكوادور دانيال نوبوا، فرئيس هندوراس نصري عصفورة، ورئيس بوليفيا "
            "رودريغو باز.")
    found = sorted(e["countries"] for e in news(events(text, "2026-03-10")))
    assert found == [["BOL", "CHL"], ["CHL", "ECU"], ["CHL", "HND"], ["CRI", "ESP"]]
