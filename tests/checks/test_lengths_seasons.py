"""Stated lengths: an approximator after the length, and a season «Y/Y+1» (checks/lengths)."""

from __future__ import annotations

import pytest

from tahqiq.checks.lengths import duration_days
from tahqiq.corpus.catalogue import from_string
from tahqiq.facts import Facts, text_facts


def run(s: str):
    return duration_days(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("s", [
    # a season, academic or fiscal year straddles two calendar years: about twelve months, not two years
    "أُجري المسح خلال الفصل الثاني من العام الدراسي 2021/2022، أي على مدى أربعة أشهر.",
    "نُفّذت الحملة في الموسم الزراعي 2018/19 على مدى خمسة أشهر.",
    # an approximator after the length
    "استمرت المفاوضات من 2 آذار إلى 28 حزيران 2022، أي على مدى ثلاثة أشهر تقريباً.",
    "The talks lasted three months or so, from 2 March to 28 June 2022.",
])
def test_season_or_approximate_length_is_silent(s):
    assert run(s) == []


@pytest.mark.parametrize("s", [
    # the same lengths stated exactly against a stretch of days
    "استمرت المفاوضات من 2 آذار إلى 28 حزيران 2022، أي على مدى ثلاثة أشهر.",
    "The talks lasted three months, from 2 March to 28 June 2022.",
    # two years written with a slash that are not one season are still two whole years
    "أُجري المسح خلال الفترة 2019/2021، أي على مدى أربعة أشهر.",
])
def test_exact_length_against_its_dates_is_found(s):
    assert [f.kind for f in run(s)] == ["duration-mismatch"]
