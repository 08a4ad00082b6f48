"""How far a time frame or an event's name reaches: two constructions that fooled detectors, generated.

1. A period frame and a terminus era (``period-mismatch``). A century or decade phrase that opens its
   clause frames the dates of that clause; a coordinated clause of continuing («وظل كذلك»، «وبقي
   على حاله»، «واستمر ذلك»، «وبقيت») followed by «حتى»/«إلى أن»/«لغاية» and the *name of an era*
   with its years in brackets carries the story out of the frame to where it ends:

       [و]في <period>، <clause>، و<continuing verb> <كذلك|…> حتى <era: 1-8 words> (<y1>-<y2>).

   The bracketed years gloss the era, the end of the story: they must not lie wholly *before* the
   period (a terminus before the frame is a contradiction and is still found), and may lie after
   it at any distance (no finding). The years may be written in either order («(1946-1921)», as
   right-to-left typing gives), in Western or Eastern digits.

2. A gap counted from an entity named with a contrastive qualifier (``order-word-contradiction``,
   ``duration-mismatch``). «أي بعد N سنوات من افتتاح المحطة الحالية» counts from the opening of
   the *current* plant; a mention of the opening of *another* plant of the same noun («افتتحت
   محطة صحار الأولى عام 2007») is not that event. Two qualifiers name two entities when they are
   two different ordinals («الأولى»/«الثانية») or a present one («الحالية»، «الجديدة») against a
   past one («الأولى»، «السابقة»، «القديمة»); «الحالية» may be «الثالثة» (the latest), so that
   mention still dates the event. Positives: the stated gap wrong against the entity's own
   mention (found); negatives: the gap right against the entity's own mention, with the other
   entity's mention as a distractor (quiet).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import run
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def findings(text: str, kinds: set[str]) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain", date="2025-11-17")
    return [f for f in run(Facts([text_facts(doc)])) if f.kind in kinds]


# ---- 1. a period frame and a terminus era -------------------------------------------------------
PERIODS = [("القرن السادس عشر الميلادي", 1500, 1599), ("القرن العاشر الهجري/السادس عشر الميلادي", 1500, 1599),
           ("القرن التاسع عشر", 1801, 1900), ("أواخر القرن الثامن عشر", 1750, 1800)]
CONTINUE = ["وظل كذلك", "وبقي على حاله", "واستمر ذلك", "وبقيت الأرض بأيديهم"]
ERAS = ["عهد إمارة شرق الأردن", "قيام الدولة الحديثة", "زمن الانتداب البريطاني على البلاد", "نهاية الحكم العثماني"]
CLAUSES = ["سكنته عشائر رعوية", "تحولت القرية إلى سوق موسمية", "هجره أهله"]


def frame_cases():
    k = 0
    for p, a, b in PERIODS:
        for i, cont in enumerate(CONTINUE):
            era = ERAS[(i + k) % len(ERAS)]
            clause = CLAUSES[(i + k) % len(CLAUSES)]
            later = (b + 322, b + 347) if k % 2 else (b + 347, b + 322)  # either order, as typed
            earlier = (a - 90, a - 60)
            digits = (lambda s: s.translate(EAST)) if i == 3 else (lambda s: s)
            right = f"وفي {p} {clause}، {cont} حتى {era} ({digits(f'{later[0]}-{later[1]}')})."
            wrong = f"وفي {p} {clause}، {cont} حتى {era} ({digits(f'{earlier[0]}-{earlier[1]}')})."
            yield f"frame{k}-{i}", right, wrong
        k += 1


FRAME_CASES = list(frame_cases())
PREFIX = "عُرف الموقع منذ العصر الروماني، وذكره الرحالة في كتبهم.\n\n"


@pytest.mark.parametrize("name,right,wrong", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_a_terminus_era_after_the_frame_is_quiet_and_one_before_it_is_found(name, right, wrong):
    assert findings(PREFIX + right, {"period-mismatch"}) == []
    assert len(findings(PREFIX + wrong, {"period-mismatch"})) == 1


def test_a_plain_year_in_the_frame_clause_is_still_read():
    # the terminus rule must not blind the frame to a plain date of its clause
    text = PREFIX + "وفي القرن التاسع عشر، بنى الأهالي مسجداً عام 1955 ووسعوه لاحقاً."
    assert len(findings(text, {"period-mismatch"})) == 1


# ---- 2. a gap from an entity with a contrastive qualifier ----------------------------------------
NOUNS = [("محطة", "المحطة", "افتتحت", "افتتاح", "صحار"), ("مدرسة", "المدرسة", "افتتحت", "افتتاح", "النور"),
         ("مستشفى", "المستشفى", "افتتح", "افتتاح", "الأمل")]
FEMQ = {"first": "الأولى", "second": "الثانية", "third": "الثالثة", "current": "الحالية", "new": "الجديدة"}
MASCQ = {"first": "الأول", "second": "الثاني", "third": "الثالث", "current": "الحالي", "new": "الجديد"}
# (qualifier of the other entity, qualifier of the counted entity): pairs that name two entities
PAIRS = [("first", "current"), ("first", "new"), ("first", "second"), ("second", "third")]


def gap_cases():
    for noun, defn, verb, vnoun, name in NOUNS:
        q = MASCQ if noun == "مستشفى" else FEMQ
        for other, mine in PAIRS:
            head = (f"{verb} {noun} {name} {q[other]} عام 2007، أي قبل ثمانية عشر عاما، "
                    f"ثم {verb} {noun} {name} {q[mine]} في نوفمبر 2021. ")
            for lapse, right, wrong in (("أربع سنوات", 2025, 2030), ("ست سنوات", 2027, 2031)):
                tail = f"وتعتزم الشركة توسعة المشروع، على أن يبدأ التشغيل عام {{y}}، أي بعد {lapse} من {vnoun} {defn} {q[mine]}."
                yield (f"{noun}-{other}-{mine}-{lapse}", head + tail.format(y=right), head + tail.format(y=wrong))


GAP_CASES = list(gap_cases())
KINDS = {"order-word-contradiction", "duration-mismatch"}


@pytest.mark.parametrize("name,right,wrong", GAP_CASES, ids=[c[0] for c in GAP_CASES])
def test_a_gap_is_counted_from_its_own_entity_not_another_of_the_same_noun(name, right, wrong):
    assert findings(right, KINDS) == []
    assert findings(wrong, KINDS) != []


def test_the_other_entity_alone_is_not_the_event():
    # only the other (first) plant is dated: the gap from the current one has nothing to count from
    text = ("افتتحت محطة صحار الأولى عام 2007، أي قبل ثمانية عشر عاما. وتعتزم الشركة طرح مناقصة محطة رابعة، "
            "على أن يبدأ تشغيلها عام 2029، أي بعد أربع سنوات من افتتاح المحطة الحالية.")
    assert findings(text, KINDS) == []


def test_the_same_entity_is_still_the_event():
    # no contrast: the plant's own opening dates the gap, and a wrong gap is found
    text = ("افتتحت محطة صحار الأولى عام 2007. وتعتزم الشركة توسعتها، على أن يبدأ التشغيل عام 2019، "
            "أي بعد أربع سنوات من افتتاح المحطة الأولى.")
    assert findings(text, KINDS) != []


def test_the_families_are_large():
    assert len(FRAME_CASES) >= 16 and len(GAP_CASES) >= 24
