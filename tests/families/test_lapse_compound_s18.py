"""Family of constructions: a lapse after an order word written with an approximator or with two units.

Grammar (read by ``order-word-contradiction``, checks/ordering.py, through checks/lapses.py):
- «أي بعد أكثر من ثلاثة أعوام من بدء العملية»: the approximator («أكثر من»، «نحو»، «قرابة»، «أقل من») is
  part of the lapse (it gives no length), not the head noun of an event dated elsewhere: a later
  «من أكثر الممرات … عام 2025» is no mention of «بدء العملية»;
- «ثلاثة أعوام وثمانية أشهر»، «عامين وشهرين»، «عام وثلاثة أشهر»: a larger unit and a smaller one after
  «و» are one lapse of their months together, checked against the two dates.
Not faults: the right compound lapse; an approximate lapse (no length) between dates in the right order.
Synthetic sentences, session 18.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.checks.lapses import lapse_in
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather
from tahqiq.text.normtext import fold

TEXT = ("{who} {start} يوم {d0}. وقد {mid}، حتى {end} يوم {d1}، أي بعد {lapse} من {noun}، وقضى الاتفاق بوقف "
        "إطلاق النار.\n\nوما زال المضيق في عام 2025م من أكثر الممرات البحرية حساسية في العالم.")
STORIES = [
    dict(who="أطلق التحالف", start="عملية عاصفة الحزم", mid="جعل القتال الساحل جزءاً من الحرب",
         end="توصل الطرفان إلى اتفاق ستوكهولم", noun="بدء العملية"),
    dict(who="افتتحت الحكومة", start="مفاوضات الميناء", mid="تعثرت الجولات مرات عدة",
         end="وقّع الطرفان العقد", noun="بدء المفاوضات"),
]


def kinds(text: str) -> list[str]:
    return [f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))]


@pytest.mark.parametrize("story", STORIES)
@pytest.mark.parametrize("lapse", ["أكثر من ثلاثة أعوام وثمانية أشهر", "ثلاثة أعوام وثمانية أشهر", "نحو ثلاثة أعوام ونصف",
                                   "قرابة أربعة أعوام", "أكثر من ثلاثة أعوام"])
def test_right_order_and_length_are_quiet(story, lapse):
    text = TEXT.format(**story, d0="الخميس 26 مارس 2015م", d1="الخميس 13 ديسمبر 2018م", lapse=lapse)
    assert "order-word-contradiction" not in kinds(text)


@pytest.mark.parametrize("story", STORIES)
@pytest.mark.parametrize("lapse", ["ثلاثة أعوام وأربعة أشهر", "عامين وثمانية أشهر", "أربعة أعوام وثمانية أشهر"])
def test_a_compound_lapse_of_the_wrong_length(story, lapse):
    text = TEXT.format(**story, d0="الخميس 26 مارس 2015م", d1="الخميس 13 ديسمبر 2018م", lapse=lapse)
    assert "order-word-contradiction" in kinds(text)


@pytest.mark.parametrize("story", STORIES)
def test_an_approximate_lapse_after_a_later_date(story):
    text = TEXT.format(**story, d0="الخميس 26 مارس 2015م", d1="الخميس 11 ديسمبر 2014م",
                       lapse="أكثر من ثلاثة أعوام وثمانية أشهر")
    assert "order-word-contradiction" in kinds(text)


@pytest.mark.parametrize("phrase, words, months", [
    ("بعد ثلاثة أعوام وثمانية أشهر من", "ثلاثه اعوام وثمانيه اشهر", 44),
    ("بعد عامين وشهرين من", "عامين وشهرين", 26),
    ("بعد عام وثلاثة أشهر من", "عام وثلاثه اشهر", 15),
    ("بعد أكثر من عامين وشهرين من", "اكثر من عامين وشهرين", None),
    ("بعد ثلاثة أشهر وعامين من", "ثلاثه اشهر", 3),  # the larger unit second: two lapses
])
def test_lapse_spans(phrase, words, months):
    t = fold(phrase)
    lapse = lapse_in(t, 3, len(t))
    assert (t[lapse.start:lapse.end], lapse.months) == (words, months)


# Lapses read as a stated gap is read (checks/gaps.py): bounds, days, and the paragraph's other dates.
BOUNDS = ("سجّلت روسيا يوم الثلاثاء 11 أغسطس 2020 لقاحها الأول. وبعد {lapse}، يوم الأربعاء 9 ديسمبر 2020، سجّلت "
          "الإمارات لقاحاً آخر.")


@pytest.mark.parametrize("lapse, fault", [
    ("أقل من أربعة أشهر", False), ("نحو أربعة أشهر", False), ("أكثر من ثلاثة أشهر", False),
    ("أقل من ثلاثة أشهر", True), ("أكثر من خمسة أشهر", True), ("نحو سبعة أشهر", True),
    ("مئة وعشرين يوماً", False), ("تسعين يوماً", True),
])
def test_a_bound_or_a_count_of_days_after_the_date_before(lapse, fault):
    found = {"order-word-contradiction", "duration-mismatch"} & set(kinds(BOUNDS.format(lapse=lapse)))
    assert bool(found) == fault, found


FLASHBACK = ("حين أُعلن الاتفاق في بكين يوم الجمعة 10 مارس 2023، بدا كأن الصين دخلت المنطقة. فقد أنهى البيان قطيعة "
             "بدأت يوم الأحد 3 يناير 2016. وبعد {lapse}، أي يوم الثلاثاء 6 يونيو 2023، أعادت إيران فتح سفارتها.")


@pytest.mark.parametrize("lapse, fault", [("نحو ثلاثة أشهر", False), ("نحو سبعة أشهر", True), ("أقل من شهرين", True)])
def test_a_lapse_may_count_from_the_date_before_a_flashback(lapse, fault):
    assert ("order-word-contradiction" in kinds(FLASHBACK.format(lapse=lapse))) == fault


@pytest.mark.parametrize("lapse, fault", [("بنحو خمس سنوات", False), ("بأكثر من أربع سنوات", False),
                                          ("بنحو ثلاث سنوات", True), ("بأقل من ثلاث سنوات", True)])
def test_an_approximate_lapse_after_a_sequence_word_is_measured(lapse, fault):
    text = f"افتتحت السفارة عام 2005، وبعدها {lapse} افتتحت القنصلية عام 2010."
    assert ("order-word-contradiction" in kinds(text)) == fault


@pytest.mark.parametrize("lapse, fault", [("عشرين", False), ("ثمانية عشر", True), ("ثلاثين", True)])
def test_a_lapse_opening_a_paragraph_counts_from_the_paragraph_before(lapse, fault):
    text = ("وقّعت الحكومة يوم الجمعة 20 كانون الثاني 2023 اتفاقاً مع التحالف الصيني. وقال الرئيس، المولود في أيلول 1963 "
            "وكان يومها في التاسعة والخمسين، إن بلاده لن تصدّر الملح الخام بعد اليوم.\n\n"
            f"وبعد {lapse} شهراً، في أيلول 2024، وقّعت الحكومة عقداً ثانياً بقيمة 970 مليون دولار.")
    assert ("order-word-contradiction" in kinds(text)) == fault


@pytest.mark.parametrize("lapse, fault", [("يومين", False), ("ثلاثة أيام", True), ("أسبوع", True), ("أسبوعين", True)])  # (days counted exactly: session 20)
def test_a_lapse_in_a_list_item_counts_from_the_item_before(lapse, fault):
    text = ("بدأت حملات التطعيم في المنطقة مطلع 2021:\n\n"
            "- **المغرب**: انطلقت حملته يوم الخميس 28 يناير 2021 بلقاحين؛\n"
            f"- **الجزائر**: بدأت حملتها بعد {lapse}، السبت 30 يناير، بلقاح سبوتنيك.\n")
    found = [f.kind for f in checks.run(gather([Document(path=Path("a.md"), raw=text, form="markdown")]))]
    assert ("order-word-contradiction" in found) == fault


@pytest.mark.parametrize("lapse, fault", [("أربع سنوات ونصف", False), ("أكثر من أربع سنوات", False),
                                          ("ست سنوات ونصف", True), ("قبل أربع سنوات ونصف", True)])
def test_half_a_unit_more(lapse, fault):
    lapse = lapse if lapse.startswith("قبل") else "بعد " + lapse
    text = ("وتوقف الإنتاج يوم الاثنين 26 أغسطس 2024 على خلفية النزاع، ثم رفعت المؤسسة حالة القوة القاهرة يوم الخميس "
            f"3 أكتوبر 2024، أي بعد ثمانية وثلاثين يوماً. وجاء هذا التوقف {lapse} على إغلاق 2020، وكان الأطول منذ ذلك الحين.")
    assert bool({"order-word-contradiction", "duration-mismatch"} & set(kinds(text))) == fault


COMES = ("الرياض - الجمعة 9 ديسمبر 2022 - اختتمت القمة أعمالها اليوم.\n\n"
         "{verb} {word} {n} عاماً من إطلاق منتدى التعاون الصيني العربي في القاهرة عام 2004. وأصدر القادة إعلانهم.")


@pytest.mark.parametrize("verb", ["ويأتي انعقاد القمة", "ويأتي ذلك", "وتأتي هذه القمة"])
@pytest.mark.parametrize("word, n, fault", [("بعد", "ثمانية عشر", False), ("بعد", "سبعة عشر", False),
                                            ("بعد", "خمسة عشر", True), ("قبل", "ثمانية عشر", True)])
def test_a_verb_of_the_present_counts_from_the_time_of_writing(verb, word, n, fault):
    """«ويأتي انعقاد القمة بعد N عاماً من … عام 2004»: with no date before it in its paragraph, the present verb's
    time is the text's date (its dateline)."""
    found = {"duration-mismatch", "order-word-contradiction"} & set(kinds(COMES.format(verb=verb, word=word, n=n)))
    assert bool(found) == fault, found


def test_without_a_time_of_writing_the_present_verb_is_not_read():
    assert kinds("ويأتي انعقاد القمة بعد ستة عشر عاماً من إطلاق منتدى التعاون عام 2004.") == []
