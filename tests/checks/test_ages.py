"""age-mismatch (checks/ages.py): a stated age against the year of birth. Synthetic sentences."""

from __future__ import annotations

import pytest

from tahqiq.checks.ages import age_mismatch
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def findings(s: str, form: str = "plain"):
    return age_mismatch(Facts([text_facts(from_string(s, form))]))


@pytest.mark.parametrize("s, age, born, year", [
    ("ولدت الروائية في حلب عام 1925، وتوفيت في باريس عام 1999 عن عمر 64 عاماً.", 64, 1925, 1999),
    ("وُلد المهندس سنة 1931. وفي عام 1975، وهو في الخمسين من عمره، أسس شركته الأولى.", 50, 1931, 1975),
    ("ولد القاضي عام 1940، وعين رئيساً للمحكمة عام 1990 وهو في الـ42 من عمره.", 42, 1940, 1990),
    ("وولد الموسيقار عام 1902، وتوفي عام 1970 عن 58 عاماً.", 58, 1902, 1970),
    ("Born in 1931, he died in 2001, aged 62.", 62, 1931, 2001),
    ("ولد الشاعر عام 1918. وتوفي عام 1990 عن عمر يناهز 76 عاماً.", 76, 1918, 1990),
])
def test_age_against_birth(s, age, born, year):
    fs = findings(s)
    assert len(fs) == 1, s
    f = fs[0]
    assert f.kind == "age-mismatch"
    assert (f.evidence["age"], f.evidence["born"], f.evidence["year"]) == (age, born, year)
    ar = arabic(f.kind, f.evidence, [sp.text for sp in f.spans])
    assert "{" not in ar and str(born) in ar


@pytest.mark.parametrize("s", [
    "ولدت الروائية في حلب عام 1925، وتوفيت في باريس عام 1999 عن عمر 74 عاماً.",
    "ولدت الروائية في حلب عام 1925، وتوفيت في باريس عام 1999 عن عمر 73 عاماً.",  # birthday not yet
    "وُلد المهندس سنة 1931. وفي عام 1975، وهو في الرابعة والأربعين من عمره، أسس شركته الأولى.",
    "ولد الشاعر عام 1918. وتوفي عام 1990 عن عمر يناهز 73 عاماً.",  # approximate: one more year of slack
    "Born in 1931, he died in 2001, aged 70.",
    "تأسس المصنع عام 1918، وانخفض إنتاجه عام 2000 عن 72 طناً.",  # no birth, no death
    "ولد الشاعر عام 1918، وانخفض إنتاج المصنع عام 2000 عن 12 عاماً مضت.",  # «عن N» without a death
    "توفي الشاعر عام 1990 عن عمر 70 عاماً.",  # no year of birth
    # two births: the one of the age's paragraph is not known to be the person's
    "ولد الأب عام 1890.\nولدت الابنة عام 1920.\nوتوفي عام 1990 عن عمر 70 عاماً.",
])
def test_no_age_finding(s):
    assert findings(s) == []


def test_scrambled_text_is_skipped():
    s = "ولدت الروائية في حلب عام 1925، وتوفيت في باريس عام 1999 عن عمر 64 عاماً."
    assert findings(s, "pdf-scrambled") == []
