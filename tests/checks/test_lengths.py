"""duration-mismatch for days, weeks and months (tahqiq.checks.lengths): synthetic texts."""

from __future__ import annotations

import pytest

from tahqiq.checks.lengths import duration_days
from tahqiq.corpus.catalogue import from_string
from tahqiq.facts import Facts, text_facts


def run(s: str):
    fs = duration_days(Facts([text_facts(from_string(s, "plain"))]))
    for f in fs:
        assert f.kind == "duration-mismatch"
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s, days", [
    ("أقيم المعرض بين 3 و9 أيار 2024، أي على مدى ستة أيام، وزاره آلاف الطلبة.", 7),
    ("The fair ran from 3 to 9 April 2025 and lasted five days.", 7),
    ("The training lasted three weeks, from 2 to 15 March 2024.", 14),
    ("تبدأ الدورة في الأول من شباط 2024، ومدتها أربعة أشهر تنتهي في 30 نيسان 2024.", 90),
    ("أضرب العمال لمدة يومين، من 4 إلى 7 تموز 2023.", 4),
])
def test_a_stated_length_against_its_dates(s, days):
    fs = run(s)
    assert len(fs) == 1 and fs[0].evidence["days"] == days


@pytest.mark.parametrize("s", [
    "أقيم المعرض بين 3 و9 أيار 2024، أي على مدى سبعة أيام، وزاره آلاف الطلبة.",
    "The fair ran from 3 to 9 April 2025 and lasted seven days.",
    "The training lasted two weeks, from 2 to 15 March 2024.",
    "تبدأ الدورة في الأول من شباط 2024، ومدتها ثلاثة أشهر تنتهي في 30 نيسان 2024.",
    "أضرب العمال لمدة يومين، من 4 إلى 5 تموز 2023.",
    # an approximate length, two dates that are no stretch, and a date without its partner
    "استمر المعرض نحو أسبوع، بين 3 و12 أيار 2024.",
    "وقّع الطرفان في 3 أيار 2020 اتفاقاً لمدة ستة أشهر، ثم جدداه في 1 كانون الثاني 2022.",
    "افتتح المعرض في 3 أيار 2024 ويستمر لمدة أربعة أيام.",
])
def test_no_finding_where_nothing_is_wrong(s):
    assert run(s) == []


@pytest.mark.parametrize("s, months", [
    # a range of months in one mention, two months joined by «إلى», by «بين … و»
    ("تنظم الجامعة دورة صيفية لمدة خمسة أشهر، من حزيران إلى آب 2025، لطلبة السنة الأولى.", 3),
    ("استمرت المفاوضات تسعة أشهر، من تشرين الثاني 2019 إلى نيسان 2020.", 6),
    ("أجريت المقابلات بين شباط ونيسان 2022، أي على مدى ستة أشهر.", 3),
    ("The talks lasted nine months, from November 2019 to April 2020.", 6),  # English ranges of bare months are not read yet
])
def test_a_stated_length_in_months_against_two_months(s, months):
    fs = run(s)
    assert len(fs) == 1, s
    assert f"{months} months, both counted" in fs[0].message


@pytest.mark.parametrize("s", [
    "تنظم الجامعة دورة صيفية لمدة ثلاثة أشهر، من حزيران إلى آب 2025، لطلبة السنة الأولى.",
    "استمرت المفاوضات ستة أشهر، من تشرين الثاني 2019 إلى نيسان 2020.",
    "استمرت المفاوضات خمسة أشهر، من تشرين الثاني 2019 إلى نيسان 2020.",  # one end not counted
    "أجريت المقابلات بين شباط ونيسان 2022، أي على مدى ثلاثة أشهر.",
    "استمرت المفاوضات ستة أسابيع، من تشرين الثاني 2019 إلى نيسان 2020.",  # weeks against months: left alone
    "زار الوفد العاصمة في شباط 2022 ثم في نيسان 2022، وبقي ثلاثة أشهر.",  # two visits, not a stretch
])
def test_no_finding_for_months_that_agree(s):
    assert run(s) == []
