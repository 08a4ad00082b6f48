"""A document signed once, given a second date where the text refers back to it: generated.

The grammar (Arabic), read by ``action-date-conflict`` (checks/actions.py, the signing):
- a first signing names its document in full: an active verb with or without its subject
  («وقّع البلدان خطة عمل مشتركة …»، «وقّعت الشركتان عقد توريد …»), a passive verb or participle after
  the document («عقد إنشاء المحطة وُقّع في …»، «مذكرة التفاهم الموقعة في …»), or the verbal noun
  («جرى توقيع ميثاق الشراكة …»);
- a later signing refers back to it by the same head noun, definite («توقيع الخطة»، «الاتفاقية،
  الموقعة في …»), possessed («منذ توقيع عقده»، «توقيعها»), or before a passive verb («وقد وُقّعت
  الاتفاقية في …»); the date it carries must agree with the first one.
Not faults: a second document of the same kind introduced as another one («خطة أخرى»، «عقداً
جديداً»), two indefinite documents («وقّعا اتفاقية … ووقّعا اتفاقية …»), another document named
between the two (the back-reference points to the last one), «وقع» meaning "happened" («وقعت الحرب»),
a signing by some of the parties («وقّعتها 44 دولة»), and the same date in another form.
"""

from __future__ import annotations

import pytest

from tahqiq.checks.actions import action_date_conflict
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
MONTHS = {3: "مارس", 5: "مايو", 10: "أكتوبر", 11: "نوفمبر"}
LEV = {3: "آذار", 5: "أيار", 10: "تشرين الأول", 11: "تشرين الثاني"}


def day(y, m, d, east=False, lev=False):
    s = f"{d} {(LEV if lev else MONTHS)[m]} {y}"
    return s.translate(EAST) if east else s


def month(y, m, east=False, lev=False):
    s = f"{(LEV if lev else MONTHS)[m]} {y}"
    return s.translate(EAST) if east else s


DOCS = [  # (indefinite full name, definite back-reference, possessed form)
    ("خطة عمل مشتركة", "الخطة", "خطتها"),
    ("عقد توريد الغاز", "العقد", "عقده"),
    ("مذكرة تفاهم للتعاون الجمركي", "المذكرة", "مذكرتها"),
    ("اتفاقية لتقاسم مياه النهر", "الاتفاقية", "اتفاقيتها"),
    ("ميثاق شراكة استراتيجية", "الميثاق", "ميثاقها"),
]
FIRST = [
    "وكان البلدان قد وقّعا {doc} في العاصمة يوم {D}، وتشمل خمسة قطاعات.",
    "ووقّعت الحكومتان {doc} في {D} بعد مفاوضات طويلة.",
    "وأوضح الوزير أن {doc} وُقّع في {D} بحضور الطرفين.",
]
SECOND = [
    "وقال رئيس مجلس الأعمال إن عدد الشركات ارتفع من 640 شركة عند توقيع {back} في {D} إلى 960 شركة.",
    "ومنذ توقيع {poss} في {D} التزم المشروع بالجدول الزمني.",
    "ونصت {back}، الموقعة في {D}، على مراجعة سنوية.",
]
MID = "\n\nوارتفع حجم التبادل التجاري إلى 20 مليار دولار عام 2023، بزيادة 10 في المئة.\n\n"


def cases():
    for k, (doc, back, poss) in enumerate(DOCS):
        for i, first in enumerate(FIRST):
            if i == 2 and not doc.startswith(("عقد", "ميثاق")):
                first = first.replace("وُقّع", "وُقّعت")
            for j, second in enumerate(SECOND):
                if j == 2 and doc.startswith(("عقد", "ميثاق")):
                    continue  # the masculine participle «الموقع» is also "the site": not read
                for east in (False, True):
                    lev = (k + i + j) % 2 == 1
                    a = first.format(doc=doc, D=day(2022, 5, 17, east, lev)) + MID
                    right = a + second.format(back=back, poss=poss, D=month(2022, 5, east, lev))
                    wrong = a + second.format(back=back, poss=poss, D=month(2022, 10, east, lev))
                    yield f"{k}-{i}-{j}-{'east' if east else 'west'}", right, wrong


CASES = list(cases())


def found(text: str) -> list:
    return action_date_conflict(Facts([text_facts(from_string(text, "plain"))]))


def test_the_grammar_is_covered():
    assert len(CASES) >= 60


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_back_reference_with_the_same_date_is_quiet_and_another_date_is_found(name, right, wrong):
    assert found(right) == []
    fs = found(wrong)
    assert len(fs) == 1
    assert fs[0].kind == "event-date-conflict"
    assert "2022" in fs[0].message


NOT = [
    ("another-plan", "وقّع البلدان خطة عمل مشتركة يوم 17 مايو 2022.", "ثم وقّع البلدان خطة أخرى في أكتوبر 2023."),
    ("new-contract", "وقّعت الشركتان عقد توريد الغاز في مايو 2014.", "وفي أكتوبر 2019 وقّعت الشركتان عقداً جديداً."),
    ("two-indefinite", "وقّع البلدان اتفاقية عام 2014.", "ووقّع البلدان اتفاقية عام 2019."),
    ("war-happened", "وقعت الحرب الأولى عام 1914.", "ثم وقعت الحرب عام 1939."),
    ("parties", "وقّعت 44 دولة الاتفاقية في مارس 2018.", "ثم وقّعتها 10 دول أخرى في مايو 2019."),
    ("same-date-other-form", "وقّع البلدان خطة عمل مشتركة يوم 17 مايو 2022.", "ومنذ توقيع الخطة في ١٧/٥/٢٠٢٢ تضاعف التبادل."),
    ("ratified-later", "وقّع البلدان اتفاقية لتقاسم المياه في مارس 2018.", "وصادق البرلمان على الاتفاقية في مايو 2019."),
]


@pytest.mark.parametrize("name,a,b", NOT, ids=[c[0] for c in NOT])
def test_another_document_or_another_meaning_is_quiet(name, a, b):
    assert found(a + MID + b) == []


def test_the_back_reference_points_to_the_last_document_of_its_kind():
    text = ("وقّع البلدان خطة عمل للطاقة يوم 17 مايو 2022." + MID + "ثم وقّعا خطة ثانية للنقل في أكتوبر 2023."
            + MID + "ومنذ توقيع الخطة في أكتوبر 2023 ارتفع عدد الرحلات.")
    assert found(text) == []
