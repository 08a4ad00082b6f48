"""name-spelling: one person's name written two ways, found by the positions names take.
Synthetic texts written for the rules (no benchmark text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.checks.namespell import canon, foreign_keys, one_edit
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    fs = REGISTRY["name-spelling"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s, variant, how", [
    # a surname alone after a verb of saying, a long vowel more
    ("افتتحت الوزيرة المهندسة هالة الحديدي المعرض أمس. وقالت الحديادي إن المعرض ناجح.", "الحديادي", "vowel"),
    # two letters of one shape (dots)
    ("أعد الدكتور سامر الطراونة الدراسة. ويرى الظراونة أن النتائج مشجعة.", "الظراونة", "rasm"),
    # emphatic for plain
    ("قال الباحث ماجد السالمي إن المشروع تأخر. وأضاف ماجد الصالمي أن التمويل توقف.", "الصالمي", "sound"),
    # the feminine ending added to a surname with the same given name
    ("تشرف الحرفية ليلى الحارثي على الورشة. ويقود المركز ليلى الحارثية منذ سنوات.", "الحارثية", "orthographic"),
    # a given name with another final vowel letter, same surname
    ("وقالت المهندسة هالة العتيبي إن المحطة تعمل. وأكدت هالا العتيبي أن التوسعة قريبة.", "هالا", "orthographic"),
    # a glossed foreign name: v/w, found anywhere
    ("وكتب المؤرخ الهولندي يان فيسر (Jan Visser) أن الميناء قديم. وتوافق هذه النتائج ما وجده ويسر قبل عقود.", "ويسر", "foreign"),
    # a glossed foreign name: s/z
    ("زار المعرض الرسام الإسباني بابلو غونزاليس (Pablo González)، وقال غونثاليس إن الألوان مدهشة.", "غونثاليس", "foreign"),
    # a Latin ending dropped
    ("وصل الإمبراطور يوليانوس (Julianus) إلى المدينة، وبعد رحيل يوليان تراجعت المدينة.", "يوليان", "foreign"),
    # a citation against the reference list
    ("وجد الباحثون تحسنا (الخصاونة، 2018: 12). ويؤكد ذلك (الخساونة، 2018: 14).\n\nالمراجع\n- الخصاونة، عمر (2018). كتاب.", "الخساونة", "sound"),
    # a name written in two words
    ("أعلن الرئيس شي جينبينغ المبادرة. ثم رحب الرئيس شي جين بينغ بالضيوف.", "جين بينغ", "orthographic"),
])
def test_one_name_two_ways(s, variant, how):
    fs = run(s)
    assert len(fs) == 1, [f.message for f in fs]
    assert fs[0].kind == "entity-variant" and fs[0].evidence["how"] == how
    assert any(sp.text == variant for sp in fs[0].spans)


@pytest.mark.parametrize("s", [
    # a surname alone after the full name: one form
    "افتتح المهندس خالد الرواشدة المعرض. وقال الرواشدة إن المعرض ناجح.",
    # an Arabic name and its Latin gloss
    "ويرى الباحث الفرنسي بيير دوبوا (Pierre Dubois) أن الأزمة عابرة. وقال دوبوا إن الحل قريب.",
    # two people sharing a surname
    "قال المهندس خالد العمري إن المشروع بدأ. وأضاف الدكتور سعيد العمري أن التمويل متاح.",
    # two people whose surnames are one vowel apart, each with its given name
    "قال المهندس خالد العمري إن المشروع بدأ. وأضاف الدكتور سعيد العامري أن التمويل متاح. وقال العامري إن الموعد قريب.",
    # Arabic given names one vowel apart are two names
    "قال الدكتور سعيد الكعبي إن الموسم جيد. وأضاف الدكتور سعد الكعبي أن الأسعار مرتفعة.",
    # common nouns after verbs of saying are not names
    "وأضاف التقرير أن الإنتاج ارتفع. وأشارت التقارير إلى أن الأسعار انخفضت.",
    # nisba adjectives that are words, not surnames
    "وقال الوزير إن الموقف العربي واضح. وأكد الغربي أن الحل ممكن.",
])
def test_not_variants(s):
    assert run(s) == []


def test_helpers():
    assert canon("البلوشية") == canon("البلوشي") and canon("نورا") == canon("نوره")
    assert one_edit(canon("العامري"), canon("العمري")) == "vowel"
    assert one_edit(canon("الزغبي"), canon("الزعبي")) == "rasm"
    assert one_edit(canon("العمري"), canon("العتيبي")) is None
    # an edit at either end keeps the other end (one_edit stops early only when both ends differ)
    assert one_edit("بكري", "تكري") == "rasm" and one_edit("كرمب", "كرمت") == "rasm"
    assert one_edit("بكرت", "تكرب") is None and one_edit("ب", "ت") == "rasm"
    assert foreign_keys("مارتينيث") & foreign_keys("مارتينز") and foreign_keys("أغسطوس") & foreign_keys("أغسطس")
    assert not foreign_keys("مارتينيث") & foreign_keys("مارتن")


def test_one_name_with_other_letters_is_spelling():
    # hamza forms, «ة»/«ه», «ى»/«ي» are spellings of one word, not a second name
    assert run("قال الدكتور أسامة الخطيب إن المشروع بدأ. وأضاف اسامة الخطيب أن التمويل متاح.") == []
    assert run("قال الدكتور أسامة الخطيب إن المشروع بدأ. وأضاف أسامة الخطيب أن التمويل متاح.") == []
