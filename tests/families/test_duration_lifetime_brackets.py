"""Family of constructions: a person's lifetime in brackets beside the duration of something else.

Grammar (``duration-mismatch``, checks/durations.py): «تولى الشيخ عبد الله السالم الصباح (1895-1965)
الحكم …، وفي عهده الذي امتد خمسة عشر عاماً …»: the bracketed years after a name are the person's
life (15 to 110 years apart, no word of a spell of office right before the bracket); a duration in
the same sentence that does not speak of a life (a reign, a term, a war) is not set against them.
Still found: a duration with its own years in brackets right after it («لمدة خمس سنوات (1950-1965)»),
and a duration against a span given with «من … إلى» beside a lifetime.
"""

from __future__ import annotations

import pytest

from tahqiq.checks.durations import duration_mismatch
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts

NAMES = ["الشيخ عبد الله السالم الصباح", "الأمير فيصل بن تركي", "الرئيس أحمد بن بلة", "الملك حسين بن طلال"]
SPELLS = ["وفي عهده الذي امتد {n} عاماً تحولت البلاد إلى دولة حديثة.",
          "واستمرت ولايته {n} عاماً شهدت فيها البلاد نهضة.",
          "وظل في منصبه لمدة {n} عاماً قبل أن يتنحى."]
NUMS = ["خمسة عشر", "عشرين", "ثمانية"]


def found(s: str) -> list:
    return duration_mismatch(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize("k", range(12))
def test_a_lifetime_in_brackets_is_not_the_duration_of_a_reign(k):
    name, spell, n = NAMES[k % 4], SPELLS[k % 3], NUMS[k % 3]
    s = f"تولى {name} (1895-1965) الحكم يوم السبت 25 فبراير 1950، " + spell.format(n=n)
    assert found(s) == []


@pytest.mark.parametrize("s", [
    "حكم البلاد لمدة خمس سنوات (1950-1965).",
    "تولى الشيخ أحمد (1895-1965) الحكم لمدة خمس سنوات، من 1950 إلى 1965.",
    "استمرت الحرب خمس سنوات، من 1950 إلى 1965.",
])
def test_a_spell_span_still_counts(s):
    assert len(found(s)) == 1
