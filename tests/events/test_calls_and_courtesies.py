"""Calls, joint commissions and courtesies: constructions the blind set articles22 showed rasad getting wrong.

The texts are written for these tests in the style of agency copy; the people are real office-holders on
the dates given, or named by office only.
"""

from __future__ import annotations

from event_helpers import events, kinds


def news(text: str, published: str) -> list[dict]:
    return [e for e in events(text, published) if not e["background"]]


def test_a_contract_a_company_signs_with_a_company_is_no_signing_between_the_countries():
    # «با یک شرکت»: the indefinite company, as much a company as «با شرکت»
    text = ("ورشو- ایرنا- وزیر دفاع لهستان روز دوشنبه با وزیر دفاع اوکراین تلفنی گفت‌وگو کرد.\n"
            "در همین حال یک شرکت دولتی تسلیحاتی لهستان اعلام کرد قراردادی برای ساخت پهپاد با یک شرکت "
            "خصوصی اوکراینی امضا کرده است.")
    assert kinds(events(text, "2025-11-18")) == [("MEET", ["POL", "UKR"])]


def test_a_contract_for_buying_fighters_is_a_sale_not_a_signing_between_the_countries():
    text = ("باکو- وزیر دفاع جمهوری آذربایجان روز شنبه در گفت‌وگوی تلفنی با وزیر دفاع پاکستان درباره آموزش "
            "نظامی رایزنی کرد.\n"
            "جمهوری آذربایجان سال گذشته قراردادی برای خرید جنگنده‌های جی‌اف-۱۷ با مجتمع هوانوردی پاکستان امضا کرد.")
    assert [e["type"] for e in events(text, "2025-11-10")] == ["MEET"]


def test_signing_a_book_of_condolence_is_no_signing():
    en = ("KUALA LUMPUR, Aug 8 - The Indonesian ambassador to Malaysia signed the book of condolence at the "
          "Ministry of Defence in Kuala Lumpur on Thursday.")
    ar = "ووقع سفير المملكة الأردنية الهاشمية لدى مصر في سجل التعازي بمقر وزارة الدفاع المصرية بالقاهرة أمس."
    fa = "سفیر ترکیه در باکو روز پنجشنبه دفتر یادبود را امضا کرد و با همتایان آذربایجانی خود دیدار نکرد."
    assert [e for e in events(en, "2025-08-08") if e["type"] == "SIGN"] == []
    assert [e for e in events(ar, "2025-08-08") if e["type"] == "SIGN"] == []
    assert [e for e in events(fa, "2025-08-08") if e["type"] == "SIGN"] == []


def test_the_next_meeting_of_a_joint_commission_named_by_its_two_countries_is_announced():
    text = ("NEW DELHI, Nov 4 - The defence ministers of India and Vietnam spoke by phone on Monday about "
            "maritime security.\n"
            "The next meeting of the India-Vietnam Defence Policy Dialogue will be held in Hanoi on 3 December "
            "2025, the Ministry of Defence said.")
    found = news(text, "2025-11-04")
    assert kinds(found) == [("MEET", ["IND", "VNM"]), ("MEET", ["IND", "VNM"])]
    planned = found[1]
    assert (planned["status"], planned["date"], planned["location"]) == ("planned", "2025-12-03", "Hanoi")


def test_two_countries_joined_by_a_hyphen_in_a_topic_are_not_sides():
    text = ("VILNIUS, March 3 - Polish Defence Minister Wladyslaw Kosiniak-Kamysz met Lithuanian Defence Minister "
            "Dovile Sakaliene in Vilnius on Monday and discussed the Russia-Ukraine war and air defence.")
    assert kinds(news(text, "2025-03-04")) == [("MEET", ["LTU", "POL"])]


def test_an_arabic_joint_committee_named_by_two_nationalities_is_a_meeting_of_both():
    text = ("القاهرة في 5 أكتوبر /أ ش أ/ من المقرر أن تعقد اللجنة العسكرية المصرية السودانية المشتركة اجتماعها "
            "المقبل في القاهرة يوم 20 أكتوبر الجاري.")
    [e] = news(text, "2025-10-05")
    assert (e["countries"], e["status"], e["date"], e["location"]) == (["EGY", "SDN"], "planned", "2025-10-20",
                                                                      "Cairo")


def test_two_nationalities_of_a_crisis_are_a_topic():
    text = ("الكويت - كونا - استقبل وزير الدفاع الكويتي اليوم السفير القطري لدى البلاد، وجرى خلال اللقاء بحث "
            "مستجدات الأزمة الأوكرانية الروسية.")
    assert kinds(news(text, "2025-04-02")) == [("MEET", ["KWT", "QAT"])]


def test_hopes_of_signing_and_a_contract_not_signed_are_no_signing():
    text = ("LUANDA - The defence ministers of Angola and Brazil held a telephone conversation on Tuesday.\n"
            "Both sides expressed the hope of signing a new defence cooperation agreement soon.\n"
            "No contract has been signed yet with the Brazilian maker of the Super Tucano.")
    assert kinds(events(text, "2024-05-22")) == [("MEET", ["AGO", "BRA"])]


def test_the_anniversary_after_a_role_and_its_country_is_not_a_person():
    # «وزیر دفاع جمهوری آذربایجان، سالروز ...»: the words after the comma look like an apposed name
    text = ("وزیر دفاع پاکستان در تماس تلفنی با وزیر دفاع جمهوری آذربایجان، سالروز آنچه باکو «روز پیروزی» "
            "می‌نامد را تبریک گفت.")
    [e] = news(text, "2025-11-10")
    assert all(p["name"].startswith(("Khawaja", "Zakir")) for p in e["persons"])


def test_an_agreement_signed_decades_ago_and_a_meeting_that_had_happened_are_background():
    text = ("NAIROBI - Kenya's Defence Cabinet Secretary held a virtual meeting with Ethiopia's Minister of "
            "Defence on Monday.\n"
            "The joint commission works under a defence agreement signed by Kenya and Ethiopia more than two "
            "decades ago.\n"
            "Kenya's Chief of Defence Forces had met Somalia's Chief of Defence Forces in Mogadishu.")
    found = events(text, "2025-10-21")
    assert [(e["type"], e["background"]) for e in found] == [("MEET", False), ("SIGN", True), ("MEET", True)]


def test_a_persian_also_far_from_its_verb_tells_a_second_meeting():
    # «همچنین» right after the subject, the verb at the end of a long clause
    text = ("پکن- ژنرال عاصم منیر فرمانده ارتش پاکستان روز پنجشنبه در پکن با دریاسالار دونگ جون وزیر دفاع چین "
            "دیدار و گفت و گو کرد.\n"
            "عاصم منیر همچنین با ژنرال ژانگ یوشیا نایب رئیس کمیسیون نظامی مرکزی جمهوری خلق چین در پکن دیدار و "
            "گفت و گو کرد.")
    found = news(text, "2024-06-21")
    assert kinds(found) == [("MEET", ["CHN", "PAK"]), ("MEET", ["CHN", "PAK"])]


def test_the_lead_side_named_by_an_unknown_official_does_not_take_a_later_host():
    # the Omani co-chair is someone the KB does not know; the deputy prime minister received the guest
    # in a separate meeting and is not the committee's Omani side
    text = ("مسقط في 11 مارس /العُمانية/ عُقد أمس الأول بمسقط الاجتماع الثالث عشر للجنة العسكرية العُمانية الهندية "
            "المشتركة، برئاسة سعادة الدكتور محمد بن ناصر الزعابي أمين عام وزارة الدفاع، وسعادة راجيش كومار "
            "سينغ سكرتير الدفاع بجمهورية الهند.\n"
            "وفي سياق متصل استقبل صاحب السمو السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع أمس "
            "سكرتير الدفاع الهندي والوفد المرافق له.")
    first = news(text, "2025-03-11")[0]
    assert "Shihab bin Tariq Al Said" not in {p["name"] for p in first["persons"]}


def test_a_call_told_in_the_pluperfect_is_an_earlier_event_not_the_meeting_it_prepared():
    text = ("MANILA (PNA) - Defense Secretary Gilberto Teodoro Jr. held talks with Japanese Defense Minister "
            "Gen Nakatani at Camp Aguinaldo in Quezon City on Monday.\n"
            "The two discussed maritime security in the South China Sea.\n"
            "Teodoro had earlier spoken by telephone with Nakatani in January to prepare the visit.")
    found = news(text, "2025-02-25")
    assert [(e["countries"], e["mode"], e["location"], e["date"]) for e in found] \
        == [(["JPN", "PHL"], "visit", "Quezon City", "2025-02-24")]


def test_a_contract_a_ministry_signed_with_a_company_further_on_is_no_signing_between_countries():
    text = ("مانيلا في 1 أغسطس /قنا/ يبدأ الرئيس الفلبيني فرديناند ماركوس الابن الإثنين المقبل زيارة دولة إلى "
            "الهند يلتقي خلالها رئيس الوزراء ناريندرا مودي.\n"
            "وكانت الفلبين قد بدأت في أبريل الماضي تسلم دفعات من صواريخ براهموس، بموجب عقد بقيمة 375 مليون دولار "
            "وقعته وزارة الدفاع الفلبينية عام 2022 مع شركة براهموس إيروسبيس الهندية الروسية.")
    assert kinds(events(text, "2025-08-01")) == [("MEET", ["IND", "PHL"])]


def test_a_meeting_the_two_sides_co_chaired_is_their_meeting():
    # «ریاست مشترک این نشست را X و Y بر عهده داشتند», «برئاسة مشتركة من X وY»: co-chairs meet, as "co-chaired"
    fa = ("کوالالامپور - ایرنا - نشست فوق‌العاده کمیته مرزی کامبوج و تایلند روز پنجشنبه در کوالالامپور برپا بود.\n"
          "ریاست مشترک این نشست را ژنرال تیا سیها وزیر دفاع کامبوج و ناتافون نارکفانیت سرپرست وزارت دفاع تایلند بر "
          "عهده داشتند.")
    ar = ("كوالالمبور (كونا) - عقدت اللجنة الحدودية العامة بين كمبوديا وتايلاند اجتماعا استثنائيا أمس الخميس في "
          "كوالالمبور برئاسة مشتركة من وزير الدفاع الكمبودي تيا سيها ووزير الدفاع التايلاندي بالوكالة ناتافون ناركفانيت.")
    for text in (fa, ar):
        [meeting] = events(text, "2025-08-08")
        assert (meeting["countries"], meeting["date"]) == (["KHM", "THA"], "2025-08-07")
        assert "Tea Seiha" in {p["name"] for p in meeting["persons"]}


def test_a_clause_of_contrast_after_the_call_adds_no_side():
    # «…؛ این در حالی است که طرف چینی به تماس توکیو پاسخ نداده بود»: China is no side of the call told first
    text = ("توکیو- ایرنا- وزیران دفاع ژاپن و آمریکا روز جمعه در تماسی تلفنی درباره امنیت منطقه گفت‌وگو کردند؛ این در "
            "حالی است که طرف چینی به تماس توکیو از طریق خط ارتباط اضطراری پاسخ نداده بود.")
    assert [e["countries"] for e in events(text, "2025-12-13") if not e["background"]] == [["JPN", "USA"]]


def test_a_call_no_one_has_heard_of_is_no_event():
    text = ("BANGKOK (Reuters) - Thai Prime Minister Anutin Charnvirakul spoke by phone with U.S. President Donald Trump "
            "on Friday.\n"
            "In Phnom Penh, a government spokesman said Cambodia had received no information about a scheduled call "
            "between Prime Minister Hun Manet and Trump.")
    assert [e["countries"] for e in events(text, "2025-12-13") if not e["background"]] == [["THA", "USA"]]


def test_separate_phone_calls_in_the_persian_plural_are_one_call_each():
    text = ("تهران- ایرنا- دونالد ترامپ، رئیس‌جمهور آمریکا، روز شنبه اعلام کرد که در تماس‌های تلفنی جداگانه با "
            "«هون مانت» نخست‌وزیر کامبوج و «انوتین چارنویراکول» نخست‌وزیر تایلند، از آنها خواسته است به درگیری‌ها "
            "پایان دهند.")
    assert sorted(e["countries"] for e in events(text, "2025-07-27") if not e["background"]) == \
        [["KHM", "USA"], ["THA", "USA"]]
