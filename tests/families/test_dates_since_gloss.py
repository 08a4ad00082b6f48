"""Family of constructions: a date restated as a count back from the writing with «منذ».

Grammar: ``منذ عام Y، أي منذ N UNIT`` (also «في عام Y، يعني منذ N سنوات», «سنة Y، أي منذ عقدين») —
after a restatement marker («أي»، «يعني»), «منذ + count + unit» counts back from the time of writing
(the publication or given date), as «أي قبل N سنوات» does; never from the year it restates (which
would date it N units before that year). Without the marker, «منذ N سنوات» keeps its reading.

Correct restatements raise no order-word finding. Cases are generated from a seed: varied subjects,
years, anchors, counts in words and digits, Western and Eastern digits.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, findings
from tahqiq.extract.dates import dates_from_string

SEED = 23
SUBJECTS = ["وتُعد الصين أكبر شريك تجاري للبلاد", "ويعمل المصنع بكامل طاقته", "وتشارك المنظمة في المفاوضات",
            "ويرأس الوزير اللجنة المشتركة", "وتستضيف المدينة المعرض السنوي"]
WORDS = {2: "سنتين", 3: "ثلاث سنوات", 4: "أربع سنوات", 5: "خمس سنوات", 6: "ست سنوات", 7: "سبع سنوات",
         8: "ثماني سنوات", 9: "تسع سنوات", 10: "عشر سنوات", 12: "12 عاماً", 15: "15 عاماً", 20: "عشرين عاماً"}
MARKERS = ["، أي منذ", "، يعني منذ", " أي منذ"]
LEADS = ["منذ عام", "منذ سنة", "منذ العام"]


def cases() -> list[tuple[str, str, str, int]]:
    rng = random.Random(SEED)
    out = []
    for i in range(24):
        a = rng.randint(2016, 2026)
        n = rng.choice(sorted(WORDS))
        s = f"{rng.choice(SUBJECTS)} {LEADS[i % 3]} {a - n}{MARKERS[i % 3]} {WORDS[n]}."
        if i % 4 == 3:
            s = s.translate(EAST)
        out.append((s, f"{a}-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}", WORDS[n].translate(EAST) if i % 4 == 3 else WORDS[n], a - n))
    return out


@pytest.mark.parametrize("s, anchor, count, year", cases())
def test_the_count_after_a_restatement_is_counted_from_the_writing(s, anchor, count, year):
    rows = dates_from_string(s, anchor=anchor)
    hit = [r for r in rows.itertuples() if r.type == "relative" and r.text.startswith("منذ")]
    assert hit, rows[["text", "start_date"]]
    assert hit[0].start_date[:4] == f"{year:04d}"


@pytest.mark.parametrize("s, anchor, count, year", cases()[:10])
def test_a_right_restatement_is_no_finding(s, anchor, count, year):
    dateline = f"الرياض، {int(anchor[8:])} مايو {anchor[:4]} - "
    assert not [f for f in findings(dateline + s) if f.kind.startswith("order-word")]


def test_without_the_marker_since_keeps_its_reading():
    rows = dates_from_string("ويعمل المصنع منذ عشر سنوات.", anchor="2025-05-10")
    assert rows.iloc[0].start_date[:4] == "2015"
