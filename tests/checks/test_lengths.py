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
