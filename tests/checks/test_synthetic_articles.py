"""Small synthetic articles, written for these tests (no corpus or dev-set text), with one fault
planted at a time: each detector must fire on its planted fault and every detector must stay
quiet on the clean article. The articles use the plain-text forms a student pastes in: notes
«(1)» under «الهوامش», an endnote «[1]», author-year citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

CLEAN_AR = """العلاقات السهبية الوادية والتعاون الزراعي بين الجمهوريتين

مقدمة

تطورت العلاقات بين جمهورية السهوب وجمهورية الوديان تطوراً ملحوظاً منذ تسعينيات القرن الماضي (1). ففي عام 1994 وقّع البلدان إعلان التكامل الزراعي الإقليمي في 12 آذار 1994 في العاصمة، ثم عقدا في عام 1996 أول اجتماع للجنة المشتركة (2).

وفي العقد الأول من القرن الحادي والعشرين، وتحديداً عام 2006، ارتفعت صادرات القمح من 20 مليون طن إلى 30 مليون طن، أي بنسبة 50%. وبلغت صادرات السهوب 12 مليون طن وصادرات الوديان 8 ملايين طن بمجموع 20 مليون طن. وبلغت صادرات السهوب 12 مليون طن، أي 60% من إجمالي صادرات البلدين البالغة 20 مليون طن. وخصصت حكومة السهوب 300 مليون دولار لمشاريع الري.

ويشير الباحث سمير الحداد إلى أن إعلان التكامل الزراعي الإقليمي في 12 آذار 1994 شكّل نقطة تحول (الحداد، 2010: 45). وبعد توقيع الإعلان عام 1994، انطلقت مشاريع الري عام 1997. ويرى سمير الحداد أن التعاون سيستمر (الحداد، 2010: 47).

وتضم اللجنة المشتركة ثلاث وزارات هي الزراعة والري والتجارة. وقد عززت العلاقات السهبية الوادية تبادل الخبرات، واستقبل الرئيس الروسي فلاديمير بوتين وفداً من البلدين.

الهوامش

(1) سمير الحداد، الزراعة في السهوب، دار الوادي، 2010، ص 45.
(2) ليلى منصور، "اللجنة المشتركة"، مجلة الدراسات الإقليمية، العدد 4، 2012، ص 9.
"""
PLANTS_AR = [
    ("وقّع البلدان إعلان التكامل الزراعي الإقليمي في 12 آذار 1994", "وقّع البلدان إعلان التكامل الزراعي الإقليمي في 12 آذار 1995", "event-date-conflict"),
    ("بمجموع 20 مليون طن", "بمجموع 25 مليون طن", "arithmetic-total"),
    ("أي بنسبة 50%", "أي بنسبة 70%", "arithmetic-growth"),
    ("وتحديداً عام 2006", "وتحديداً عام 2016", "period-mismatch"),
    ("(الحداد، 2010: 47)", "(الحداد، 2013: 47)", "source-inconsistent"),
    ("انطلقت مشاريع الري عام 1997", "انطلقت مشاريع الري عام 1992", "order-word-contradiction"),
    ("أي 60% من إجمالي", "أي 80% من إجمالي", "arithmetic-share"),
    ("(الحداد، 2010: 45)", "(الحداد، 1990: 45)", "citation-before-event"),
    ("300 مليون دولار لمشاريع", "300 تريليون دولار لمشاريع", "arithmetic-magnitude"),
    ("هي الزراعة والري والتجارة", "هي الزراعة والتجارة", "count-mismatch"),
    ("العلاقات السهبية الوادية تبادل", "العلاقات السهبية - السهبية تبادل", "relations-pair"),
    ("الرئيس الروسي فلاديمير بوتين", "الرئيس الروسي ميخائيل غورباتشوف", "external-office"),
]
CLEAN_EN = """Grain cooperation between the Steppe and Valley republics

Relations between the two republics have grown steadily since the 1990s[1]. The Declaration on Regional Grain Integration was signed on 12 March 1994 in the capital, and the joint committee first met in 1996.

In the first decade of the twenty-first century, in 2006, grain exports rose from 20 million tonnes to 30 million tonnes, an increase of 50%. Steppe exported 12 million tonnes and Valley 8 million tonnes, 20 million tonnes in total. Steppe's share was 12 million tonnes, i.e. 60% of the total of 20 million tonnes.

According to Haddad, the Declaration on Regional Grain Integration, signed on 12 March 1994, was a turning point (Haddad, 2010, p. 45). After the declaration was signed in 1994, irrigation projects began in 1997. Haddad expects cooperation to continue (Haddad, 2010, p. 47).

[1] Samir Haddad, Farming in the Steppe, Valley Press, 2010, p. 45.
"""
PLANTS_EN = [
    ("signed on 12 March 1994 in the capital", "signed on 12 March 1995 in the capital", "event-date-conflict"),
    ("20 million tonnes in total", "25 million tonnes in total", "arithmetic-total"),
    ("an increase of 50%", "an increase of 70%", "arithmetic-growth"),
    ("(Haddad, 2010, p. 47)", "(Haddad, 2013, p. 47)", "source-inconsistent"),
    ("i.e. 60% of the", "i.e. 80% of the", "arithmetic-share"),
    ("(Haddad, 2010, p. 45)", "(Haddad, 1990, p. 45)", "citation-before-event"),
    ("irrigation projects began in 1997", "irrigation projects began in 1992", "order-word-contradiction"),
]


def findings(s: str):
    return checks.run(Facts([text_facts(Document(path=Path("a.txt"), raw=s, form="plain"))]))


@pytest.mark.parametrize("clean", [CLEAN_AR, CLEAN_EN], ids=["ar", "en"])
def test_the_clean_articles_raise_nothing(clean):
    assert [(f.kind, f.message) for f in findings(clean)] == []


@pytest.mark.parametrize("clean,before,after,kind",
                         [(CLEAN_AR, *p) for p in PLANTS_AR] + [(CLEAN_EN, *p) for p in PLANTS_EN],
                         ids=[f"ar-{p[2]}" for p in PLANTS_AR] + [f"en-{p[2]}" for p in PLANTS_EN])
def test_each_planted_fault_is_found(clean, before, after, kind):
    assert clean.count(before) == 1
    planted = clean.replace(before, after)
    fs = findings(planted)
    hit = [f for f in fs if f.kind == kind]
    assert hit, [f.kind for f in fs]
    start = planted.index(after)
    assert any(sp.start < start + len(after) and start < sp.end for f in hit for sp in f.spans)


STUDENT = """العلاقات بين جمهوريتي السهوب والوديان

تطورت العلاقات بين البلدين بعد أن وقّعا إعلان التكامل الزراعي الإقليمي في 23/3/2015 في العاصمة (1). وشهد عام 2019 توسعاً في تجارة الحبوب بين البلدين (2).

وقد مهّد إعلان التكامل الزراعي الإقليمي عام 2016 لتعاون أوسع في الري.

الهوامش

(1) سمير الحداد، الزراعة في السهوب، دار الوادي، 2015، ص 45.
(2) ليلى منصور، التجارة الإقليمية، دار النهر، 2012، ص 9.
"""


def test_a_pasted_student_article():
    """A declaration no gazetteer knows, dated «23/3/2015» and later «عام 2016», and a note «(2)» whose
    source (2012) is older than the 2019 it documents: both found in a plain text."""
    kinds = sorted(f.kind for f in findings(STUDENT))
    assert kinds == ["citation-before-event", "event-date-conflict"]
