"""A surname written alone after a verb of saying, one letter away from the one the text introduces
(checks/surnames), and the name positions it reads (checks/namespell). Synthetic texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.checks.namespell import mentions
from tahqiq.checks.surnames import variant
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts
from tahqiq.text.normtext import fold

load_all()


def run(s: str):
    fs = REGISTRY["surname-alone"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("bare, known, how", [
    ("القاسمي", "القاسم", "letter"),   # a nisba letter more
    ("الطحان", "الدحان", "letter"),    # one consonant for another
    ("الحامد", "الحميد", "vowels"),    # the long vowels moved
    ("العمر", "العمري", "letter"),
    ("الخالد", "الخالد", None),
    ("الحكيم", "السعدي", None),
    ("بكر", "بدر", None),            # three letters each: too short to tell
])
def test_variant(bare, known, how):
    assert variant(fold(bare), fold(known)) == how


@pytest.mark.parametrize("s, forms", [
    ("وقال المهندس نبيل القاسم في مؤتمر صحفي إن العمل مستمر. وأضاف القاسمي أن الكلفة ارتفعت.",
     ["القاسم", "القاسمي"]),
    ("وقالت الباحثة منى الدحان إن النتائج أولية. وأكدت الطحان أن العينة صغيرة.", ["الدحان", "الطحان"]),
    ("ويرى الخبير وليد الحامد أن السوق تتغير. وقال الحميد بعد ذلك إن الأسعار سترتفع.", ["الحامد", "الحميد"]),
    ("وقال رئيس النادي، السيد هشام العبدالرزاق، إن الموسم صعب. وأضاف العبد الرزاق أن الفريق سيتحسن.",
     ["العبدالرزاق", "العبد الرزاق"]),
    # a Dutch «van» inside the name; a middle name «عبد الكريم»
    ("ويرى الخبير ماركو فان هوتن (Marco van Houten) أن الخطة جيدة. وأضاف فان هوتين أن التمويل كاف.",
     None),
    ("ولد الكاتب عادل عبد الكريم الناصر عام 1950. وقال الناصري عن تلك المرحلة إنها صعبة.", ["الناصر", "الناصري"]),
])
def test_a_bare_surname_written_otherwise(s, forms):
    fs = REGISTRY["surname-alone"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    allf = fs + REGISTRY["name-spelling"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    assert len(allf) >= 1 and all(f.kind == "entity-variant" for f in allf)
    if forms is not None:
        assert len(fs) == 1 and fs[0].evidence["forms"] == [fold(x) for x in forms]


@pytest.mark.parametrize("s", [
    # the same form throughout
    "وقال المهندس نبيل القاسم إن العمل مستمر. وأضاف القاسم أن الكلفة ارتفعت.",
    # two people, each introduced with a given name
    "وقال المهندس نبيل القاسم إن العمل مستمر. وقالت الباحثة هدى القاسمي إن الكلفة ارتفعت. وأضاف القاسمي أن الأمر صعب.",
    # the bare form is seen elsewhere outside the slot (someone's own name)
    "وقال المهندس نبيل القاسم إن العمل مستمر. وأضاف القاسمي أن الكلفة ارتفعت، وهو ما نشره القاسمي سابقاً في كتابه.",
    # two introduced surnames both close: which one is meant is unclear
    "وقال المهندس نبيل القاسم إن العمل مستمر. وقالت الباحثة هدى القاسمة إن المال قليل. وأضاف القاسمي أن الكلفة ارتفعت.",
    # an unrelated bare surname
    "وقال المهندس نبيل القاسم إن العمل مستمر. وأضاف الشمري أن الكلفة ارتفعت.",
    # a surname cited author-year is not in the slot after a verb
    "وقال المهندس نبيل القاسم إن العمل مستمر (القاسمي، 2019).",
])
def test_bare_surnames_that_are_no_variant_are_quiet(s):
    assert run(s) == []


def test_a_middle_compound_does_not_end_the_name():
    t = fold("ولد الكاتب عادل عبد الكريم الصافي عام 1950.")
    ms = mentions(t)
    assert ("الصافي", "surname") in [(m.form, m.role) for m in ms]


@pytest.mark.parametrize("s, n", [
    # the given name a long vowel shorter before the introduced surname
    ("ولد الكاتب إبراهيم عبد الله الحداد عام 1940. وكتب الحداد روايات كثيرة. وتوفي إبرهيم الحداد عام 2010.", 1),
    ("ولد المهندس كريم الساعدي عام 1950. وتوفي كاريم الساعدي عام 2011.", 1),
    # the same given name, a relative, a titled second person, two introduced given names
    ("ولدت الكاتبة سميرة الحداد عام 1940. وتوفيت سميرة الحداد عام 2010.", 0),
    ("ولدت الكاتبة سميرة الحداد عام 1940. وتوفيت شقيقتها سمرة الحداد عام 2010.", 0),
    ("ولدت الكاتبة سميرة الحداد عام 1940. وكتبت الصحفية سمرة الحداد عنها عام 2010.", 0),
    ("ولد المهندس كريم الساعدي عام 1950، وأخوه الطبيب سعيد الساعدي عام 1952. وتوفي سعد الساعدي عام 2011.", 0),
])
def test_a_given_name_a_long_vowel_away(s, n):
    assert len(run(s)) == n
