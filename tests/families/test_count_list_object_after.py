"""Family of constructions: a counted list as a verb's subject, the verb's object after its last name.

Grammar: ``VERB N NOUN هي A وB و… وZ OBJECT`` where the names A…Z are one or two words each and the
object that follows the last name has an «و» of its own («تتقاسم خمس دول هي كازاخستان … وأوزبكستان
حوضي نهري أمو داريا وسير داريا»). Read by «و» alone, the last name runs into the object and the object's
«و» adds an item; the list may end inside that longer item. A count that this reading meets is no
mismatch; a count that no reading meets is still found.

Cases are generated from a seed: varied verbs, nouns, names, objects, counts.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import findings

SEED = 5
NAMES = {"دول": ["كازاخستان", "قيرغيزستان", "طاجيكستان", "تركمانستان", "أوزبكستان", "أفغانستان", "إيران"],
         "مدن": ["طنجة", "فاس", "مكناس", "وجدة", "أكادير", "مراكش", "الرباط"],
         "شركات": ["أرامكو", "أدنوك", "سوناطراك", "قطر للطاقة", "بترومين", "سابك", "معادن"]}
COUNTS = {3: ("ثلاث", "ثلاثة"), 4: ("أربع", "أربعة"), 5: ("خمس", "خمسة"), 6: ("ست", "ستة")}
VERBS = {"دول": "تتقاسم", "مدن": "تستضيف", "شركات": "تدير"}
OBJECTS = {"دول": "حوضي نهري أمو داريا وسير داريا، اللذين يصبان في بحر آرال",
           "مدن": "دورات المهرجان ومعارضه الفنية، بالتناوب كل عام",
           "شركات": "مصافي التكرير ومحطات التصدير، وفق عقود طويلة الأجل"}


def cases() -> list[tuple[str, int, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(18):
        noun = list(NAMES)[i % 3]
        n = rng.choice(sorted(COUNTS))
        names = rng.sample(NAMES[noun], n)
        listed = " و".join(names)
        count = COUNTS[n][0]
        s = f"{VERBS[noun]} {count} {noun} هي {listed} {OBJECTS[noun]}."
        out.append((s, n, noun))
    return out


@pytest.mark.parametrize("s, n, noun", cases())
def test_the_right_count_is_no_finding(s, n, noun):
    assert not [f for f in findings(s) if f.kind == "count-mismatch"]


@pytest.mark.parametrize("s, n, noun", [c for c in cases() if c[1] >= 4][:8])
def test_a_count_no_reading_meets_is_found(s, n, noun):
    wrong = COUNTS[n - 1][0]
    bad = s.replace(f" {COUNTS[n][0]} {noun}", f" {wrong} {noun}", 1)
    assert "count-mismatch" in {f.kind for f in findings(bad)}
