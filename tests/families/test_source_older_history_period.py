"""Family: source-older -- a history of a period published before the period ends; and a plain text's
list of sources opened by its label and a colon (read from heldout8b's misses, so in-sample for it; the
cases are synthetic and vary the subjects, authors, places, years, digits and the label).

Constructions (form ``plain``, a news or history piece):
- a list of sources at the end of the text, its label alone on its line with a colon («المصادر:»,
  «المراجع:», «قائمة المراجع:», "Sources:", "References:"), then entries «- Surname، Given: Title،
  Publisher، Place، Year.»: the entries are the bibliography (they used to be list items of the body);
- a history whose title gives its period in brackets, in either order (right-to-left extraction
  reverses it): «تاريخ الكويت الحديث (1965-1750)», "A History of the Soviet Union (1917–1991)". It is
  written after the period it closes: published before the period's end is a wrong year.
Faulty versions: the year of publication moved before the period's end.
Not faults: published the year the period ends or later; a title with a period but no history word
(«الحرب العالمية الثانية (1939-1945)») published during it (a contemporary account); a history word
with a single year.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

KINDS = {"citation-before-event"}
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SUBJ_AR = ["تاريخ الكويت الحديث", "تاريخ الخليج العربي", "تاريخ المغرب المعاصر", "التاريخ السياسي لمصر"]
SUBJ_EN = ["A History of the Soviet Union", "The History of Modern Iraq", "History of the Gulf States"]
AUTH_AR = ["أبو حاكمة، أحمد مصطفى", "الرشيد، عبد العزيز", "العروي، عبد الله", "الرافعي، عبد الرحمن"]
AUTH_EN = ["Crystal, Jill", "Service, Robert", "Tripp, Charles"]
PUB_AR = ["ذات السلاسل، الكويت", "دار الساقي، بيروت", "المركز الثقافي العربي، الدار البيضاء"]
PUB_EN = ["Cambridge University Press, Cambridge", "Penguin, London", "Routledge, New York"]
LABELS = ["المصادر:", "المراجع:", "قائمة المراجع:", "Sources:", "References:"]
BODY = ("وفي يوم الاثنين 19 يونيو 1961م أُعلن استقلال الكويت، وانضمت إلى جامعة الدول العربية في 20 يوليو "
        "1961. وتحتفل الكويت بعيدها الوطني في 25 فبراير من كل عام.\n\n")


def _case(k: int, rng: random.Random) -> tuple[str, str, str]:
    a = rng.randrange(1700, 1950)
    b = a + rng.randrange(20, 200)
    b = min(b, 2015)
    rng_order = f"({b}-{a})" if rng.random() < 0.5 else f"({a}-{b})"
    late, early = b + rng.choice((0, 3, 19)), b - rng.choice((1, 5, 12))
    if k % 2 == 0:
        line = f"- {rng.choice(AUTH_AR)}: {rng.choice(SUBJ_AR)} {rng_order}، {rng.choice(PUB_AR)}، {{y}}."
    else:
        line = f"- {rng.choice(AUTH_EN)}: {rng.choice(SUBJ_EN)} {rng_order}, {rng.choice(PUB_EN)}, {{y}}."
    other = "- Crystal, Jill: Oil and Politics in the Gulf, Cambridge University Press, Cambridge, 1990.\n"
    label = LABELS[k % len(LABELS)]
    near = (f"- الرشيد، عبد العزيز: الحرب العالمية الثانية ({a}-{b})، دار الحياة، بيروت، {b - 1}.\n"
            f"- العروي، عبد الله: تاريخ المغرب {a}، المركز الثقافي العربي، الدار البيضاء، {a - 3}.\n")
    good = BODY + label + "\n" + line.format(y=late) + "\n" + other + near
    bad = BODY + label + "\n" + line.format(y=early) + "\n" + other + near
    east = k % 5 == 3
    return (f"h{k}", good.translate(EAST), bad.translate(EAST)) if east else (f"h{k}", good, bad)


def _found(text: str) -> list:
    fs = checks.run(gather([Document(path=Path("t.txt"), raw=text, form="plain")]), scopes={"internal"})
    return [f for f in fs if f.kind in KINDS]


CASES = [_case(k, random.Random(900 + k)) for k in range(12)]


@pytest.mark.parametrize("name,good,bad", CASES, ids=[c[0] for c in CASES])
def test_history_published_before_its_period_ends(name, good, bad):
    assert _found(good) == [], [f.message for f in _found(good)]
    got = _found(bad)
    assert len(got) == 1 and "period" in got[0].message, [f.message for f in got]


def test_sources_label_with_colon_opens_the_bibliography():
    tf = gather([Document(path=Path("t.txt"), raw=CASES[0][1], form="plain")]).texts[0]
    assert len(tf.bibliography) == 4
