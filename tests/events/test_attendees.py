"""The people who attended a meeting are among its people: a delegation listed in a sentence of its own
(«وضم الوفد ...», "The delegation included ..."), officials named after «وحضر اللقاء» or "accompanied by",
and a Persian clause closed by «نیز حضور داشت». Those at a ceremony, or there to attend a gathering, are
not. Blind sets articles16–18 showed these people missing from the events they took part in.

The texts are written for these tests in the style of agency copy; the people are real office-holders
on the dates given.
"""

from __future__ import annotations

from event_helpers import events, people


_CAIRO = ("القاهرة - استقبل الفريق أول عبد المجيد صقر وزير الدفاع والإنتاج الحربي، أمس الأحد، وزير الدفاع "
          "اليوناني نيكوس ديندياس والوفد المرافق له، حيث بحث الجانبان سبل تعزيز التعاون العسكري في مجالات "
          "التدريب والأمن البحري.\n"
          "وأكد وزير الدفاع المصري حرص بلاده على تطوير الشراكة مع اليونان في شرق المتوسط.\n")


def test_a_delegation_listed_after_the_meeting_is_among_its_people():
    text = _CAIRO + ("وضم الوفد اليوناني رئيس الأركان العامة للدفاع الجنرال ديميتريوس خوبيس، فيما حضر من "
                     "الجانب المصري الفريق أحمد فتحي خليفة رئيس أركان حرب القوات المسلحة.")
    [meeting] = events(text, "2025-03-10")
    assert meeting["countries"] == ["EGY", "GRC"]
    assert people(meeting) == {"Abdel Mageed Saqr", "Nikos Dendias", "Dimitrios Choupis", "Ahmed Fathy Khalifa"}
    # the principals come first; the others are flagged as having attended
    assert [(p["name"], p.get("flags")) for p in meeting["persons"]][:2] == [
        ("Abdel Mageed Saqr", None), ("Nikos Dendias", None)]
    assert all(p["flags"] == ["attended"] for p in meeting["persons"][2:])


def test_who_attended_a_ceremony_after_the_meeting_is_not_at_the_meeting():
    text = _CAIRO + "وحضر الحفل الفريق أحمد فتحي خليفة رئيس أركان حرب القوات المسلحة."
    [meeting] = events(text, "2025-03-10")
    assert people(meeting) == {"Abdel Mageed Saqr", "Nikos Dendias"}


def test_a_persian_clause_closed_by_attended_names_attendees():
    text = ("دهلی نو - راجنات سینگ وزیر دفاع هند روز دوشنبه در دهلی نو با محمد خالد نوردین وزیر دفاع مالزی "
            "دیدار و درباره همکاری‌های دریایی و صنایع دفاعی گفت‌وگو کرد.\n"
            "ژنرال انیل چوهان رئیس ستاد مشترک ارتش هند نیز در این دیدار حضور داشت.")
    [meeting] = events(text, "2025-02-10")
    assert meeting["countries"] == ["IND", "MYS"]
    assert people(meeting) == {"Rajnath Singh", "Mohamed Khaled Nordin", "Anil Chauhan"}


def test_who_was_there_to_attend_a_summit_is_not_at_the_bilateral():
    text = ("دهلی نو - راجنات سینگ وزیر دفاع هند روز دوشنبه در دهلی نو با محمد خالد نوردین وزیر دفاع مالزی "
            "دیدار و درباره همکاری‌های دریایی و صنایع دفاعی گفت‌وگو کرد.\n"
            "ژنرال انیل چوهان رئیس ستاد مشترک ارتش هند نیز برای شرکت در نشست منطقه‌ای در دهلی نو حضور داشت.")
    [meeting] = events(text, "2025-02-10")
    assert people(meeting) == {"Rajnath Singh", "Mohamed Khaled Nordin"}


def test_someone_accompanying_a_visitor_does_not_replace_him_on_later_meetings():
    # "he" on the second stop is still the minister; the chief who accompanied him is added, not put instead
    text = ("CANBERRA, Feb 12 - Australian Defence Minister Richard Marles met his Swedish counterpart Pal Jonson "
            "in Stockholm on Monday, the first stop of a Nordic tour.\n"
            "On Tuesday he was received in Helsinki by Finnish Defence Minister Antti Hakkanen.\n"
            "Marles was accompanied by the Chief of the Defence Force, Admiral David Johnston.")
    found = [e for e in events(text, "2025-02-12") if not e.get("background")]
    helsinki = next(e for e in found if e["countries"] == ["AUS", "FIN"])
    assert {"Richard Marles", "Antti Häkkänen"} <= people(helsinki)



def test_who_attended_the_signing_ceremony_did_not_sign_it():
    # the signing "by the two sides" after the meeting is the leaders'; a minister present at the ceremony
    # attended it
    text = ("آستانه - قاسم جومارت توکایف رئیس‌جمهوری قزاقستان روز سه‌شنبه در آستانه با شوکت میرضیایف "
            "رئیس‌جمهوری ازبکستان دیدار و گفت‌وگو کرد.\n"
            "در پایان این دیدار، دو طرف سه یادداشت تفاهم در زمینه‌های انرژی، حمل‌ونقل و آموزش نظامی امضا کردند.\n"
            "وزیر امور خارجه ازبکستان نیز در مراسم امضا حضور داشت.")
    found = events(text, "2025-04-08")
    [signing] = [e for e in found if e["type"] == "SIGN"]
    assert signing["countries"] == ["KAZ", "UZB"]
    signers = {p["name"] for p in signing["persons"] if "attended" not in (p.get("flags") or [])}
    assert {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= signers


def test_who_witnessed_a_signing_is_no_side_of_it():
    text = ("DOHA, June 27 - Rwandan Foreign Minister Olivier Nduhungirehe and Congolese Foreign Minister Thérèse "
            "Kayikwamba Wagner today signed a peace agreement in Doha, in a ceremony witnessed by Qatari Prime "
            "Minister Sheikh Mohammed bin Abdulrahman Al Thani and United States President Donald Trump.")
    signings = [e for e in events(text, "2025-06-27") if e["type"] == "SIGN"]
    assert [e["countries"] for e in signings] == [["COD", "RWA"]]


def test_delegations_listed_after_a_meeting_of_several_and_the_next_one_planned():
    text = ("بغداد 12 تموز - استضاف العراق اليوم اجتماعاً ثلاثياً ضم وزراء خارجية العراق والأردن ومصر لبحث "
            "التعاون الاقتصادي والأمني.\n"
            "وشارك في الاجتماع عن الجانب الأردني وزير الخارجية أيمن الصفدي، فيما مثل مصر وزير الخارجية بدر "
            "عبد العاطي.\n"
            "وأعلن الوزراء أن القاهرة ستستضيف الاجتماع الثلاثي المقبل في تشرين الأول.")
    found = events(text, "2025-07-12")
    assert [(e["countries"], e["status"]) for e in found] == [
        (["EGY", "IRQ", "JOR"], "occurred"), (["EGY", "IRQ", "JOR"], "planned")]
    assert {"Ayman Safadi", "Badr Abdelatty"} <= people(found[0])


def test_who_attended_the_talks_and_the_signing_ceremony_is_no_second_signing():
    text = ("الرياض - وقّع ولي العهد السعودي ورئيس الوزراء الباكستاني اليوم في الرياض اتفاقية للدفاع الاستراتيجي "
            "المشترك.\n"
            "حضر جلسة المباحثات ومراسم التوقيع من الجانب السعودي وزير الدفاع، فيما حضرها من الجانب الباكستاني "
            "وزير الخارجية إسحاق دار.")
    signings = [e for e in events(text, "2025-09-17") if e["type"] == "SIGN"]
    assert len(signings) == 1
    attended = {p["name"] for p in signings[0]["persons"] if "attended" in (p.get("flags") or [])}
    assert "Ishaq Dar" in attended
