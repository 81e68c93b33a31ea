"""Page furniture is marked line by line and never deleted."""

from __future__ import annotations

import pytest

from rasad.clutter import clutter_stage, is_clutter_line, is_list_head
from rasad.document import Document
from rasad.normalise import fold


@pytest.mark.parametrize("line", [
    "ارسال نظر", "انتهای پیام", "انتهای پیام/", "کد خبر : ۲۷۰۵۰۹", "کد N503401", "2 × 1 =",
    "نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *",
    "شاركوا هذا الخبر", "أهم الأخبار", "اقرأ أيضا:", "الأكثر مشاهدة", "Share this article",
    "Related stories", "Your email address will not be published.", "© 2025 Example News. All rights reserved",
    # other stories' headlines on the list head's own line
    "پربازدیدترین‌ها: سفر وزیر دفاع مالزی به جاکارتا | رزمایش دریایی مشترک هند و سریلانکا",
    "الأكثر قراءة: قائد الجيش يستقبل الملحق العسكري الإيطالي | وزير الدفاع يشهد تخريج دفعة",
    "Most read: Chile and Peru sign naval accord",
    # bylines
    "كتب: سامح عبد الرحمن", "خبرنگار: مریم حسینی", "Reporting by Ana Souza; Editing by Tom Hale",
    # a site's menu
    "Home | Nation | World | Business | Sport | Opinion", "خانه | سیاسی | اقتصادی | بین الملل | ورزشی",
    # a teaser of another story, however long its headline
    "این مطلب را هم بخوانید: وزیر دفاع اندونزی: نشست سه‌جانبه بعدی با ژاپن و تونگا در جاکارتا برگزار می‌شود",
])
def test_furniture_lines(line):
    assert is_clutter_line(fold(line))


@pytest.mark.parametrize("line", [
    "وزیر دفاع ایران با همتای روس خود دیدار کرد.",
    "التقى وزير الدفاع المصري نظيره السعودي في الرياض.",
    "The ministers shared their views on regional security.",
    "منبع خبر گفت این سفر به زودی انجام خواهد شد و دو طرف چند سند همکاری امضا می‌کنند.",
    # a colon inside a sentence of the article
    "وزیر دفاع مالزی گفت: دو کشور همکاری دریایی را گسترش می‌دهند.",
    # a headline with a site's name after a bar
    "Navy chiefs of India and Thailand meet in Visakhapatnam | The Daily Record",
])
def test_article_lines_are_not_clutter(line):
    assert not is_clutter_line(fold(line))


def test_stage_keeps_text_and_offsets():
    raw = "عنوان خبر\nمتن خبر درباره دیدار دو وزیر.\nارسال نظر\n"
    doc = clutter_stage(Document(id="x", text=raw))
    assert doc.text == raw
    [c] = doc.clutter
    assert doc.ntext[c.start:c.end] == "ارسال نظر"
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize("line", [
    "اخبار مرتبط", "اخبار مشابه", "الأخبار ذات الصلة", "أخبار ذات صلة:", "شاهد أيضاً", "Related coverage",
    "More from Americas", "More from Reuters:", "Latest in Security", "المزيد من أخبار الدفاع", "سایر اخبار سیاسی",
    "پربازدیدترین‌ها:", "Most viewed", "بیشترین بازدید:", "تازه‌ترین اخبار",
    # short lines with a list word anywhere in them
    "مطالب پربازدید:", "الأخبار الأكثر قراءة", "Most read today", "اخبار پیشنهادی سردبیر",
    "Also on Caribbean Times", "MORE PACIFIC NEWS", "Latest world headlines", "در همین زمینه بخوانید:",
    # "other news" on ministries' and agencies' pages
    "اخبار دیگر:", "خبرهای دیگر", "مواضيع أخرى", "Other news",
    # "suggested" lists
    "أخبار مقترحة", "اخترنا لك", "Suggested stories", "Recommended for you", "پیشنهاد برای شما",
    # blog-style ministry pages
    "Recent Posts:", "Related posts", "Latest Posts", "Popular defence stories",
    # "read more", "more stories"
    "اقرأ المزيد:", "مطالب بیشتر", "خبرهای بیشتر",
])
def test_heads_of_lists_of_other_stories(line):
    assert is_list_head(fold(line))


@pytest.mark.parametrize("line", [
    "More from the talks is expected on Friday, officials said.",
    "More from the minister's visit will follow.",
    "المزيد من التعاون العسكري بين البلدين هو هدف الزيارة التي تستمر ثلاثة أيام.",
    "سایر اخبار این دیدار در گزارش بعدی منتشر می‌شود و جزئیات آن را وزارت دفاع اعلام خواهد کرد.",
    "دو طرف درباره مسائل مرتبط با امنیت مرزها گفت‌وگو کردند.",
    "The most popular item on the agenda was the joint exercise.",
    "Also on Tuesday, the minister met his Japanese counterpart.",
])
def test_sentences_that_begin_like_a_list_head_are_article_text(line):
    assert not is_list_head(fold(line))


@pytest.mark.parametrize("head", ["الأخبار ذات الصلة", "More from Americas", "Recent Posts:", "المزيد من: محليات"])
def test_headlines_under_a_list_head_are_clutter_up_to_the_next_paragraph(head):
    items = ["Petro and Lula meet in Bogotá, pledge Amazon cooperation", "عطاف يستقبل نظيره الموريتاني"]
    raw = "The two ministers discussed border security.\n" + head + "\n" + "\n".join(items) + "\n"
    doc = clutter_stage(Document(id="x", text=raw))
    marked = {fold(doc.ntext[c.start:c.end]) for c in doc.clutter}
    assert {fold(head), *map(fold, items)} <= marked
    assert len(doc.paragraphs) == 1


def test_a_listed_storys_teaser_between_bulleted_headlines_is_clutter_too():
    teaser = ("الدوحة في 17 يناير /قنا/ تسلم أمير البلاد في الديوان الأميري صباح اليوم أوراق اعتماد عدد من السفراء "
              "الجدد لدى الدولة، وتمنى لهم التوفيق في مهامهم خلال فترة عملهم في البلاد.")
    items = ["- أمير البلاد يتسلم أوراق اعتماد عدد من السفراء",
             "- وزير الدولة لشؤون الدفاع يلتقي قائد القوات الجوية الإيطالية"]
    raw = ("وعقب الاجتماع وقع الجانبان اتفاقية للتعاون العسكري.\nأخبار ذات صلة\n"
           + "\n".join([items[0], teaser, items[1]]))
    doc = clutter_stage(Document(id="x", text=raw))
    assert len(doc.paragraphs) == 1


@pytest.mark.parametrize("line", [
    "کلیدواژه ها: امارات، اتیوپی، سودان، تماس تلفنی", "الوسوم: تركيا، ليبيا، وزارة الدفاع",
    "كلمات مفتاحية: الهند، سلطنة عُمان", "Tags: Azerbaijan, China, SCO, Pakistan, Shanghai Cooperation Organization, Astana",
    "Related: Turkish, Mauritanian defense chiefs discuss cooperation | Turkiye, Chad sign military financial agreement",
])
def test_lines_of_tags_are_clutter_however_long(line):
    assert is_clutter_line(fold(line))


