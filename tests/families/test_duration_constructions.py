"""Lengths of time stated between two ends the text names: three constructions, generated.

1. A span glossed by its length (``durations``): «من a إلى b، أي N سنوات»، «بين عامي a وb، أي N
   أعوام»، "from a to b, that is N years". The gloss is computed from the two years: the
   difference (exclusive) or one more (inclusive), never one less (as the same-sentence length
   rule of ``spans`` already reads «استمرت الحرب N عاماً (a-b)»).

2. A count of successive items and its first and last ordinals (``ordinal-run``):

       N <noun> [متتالية] ، من ال<noun2> <ordinal a> إلى [ال<noun2>] <ordinal b>

   counted inclusively (rounds 8 to 21 are 14). The count must count the ordinals' things: the
   same noun («ست دورات … من الدورة الخامسة») or successive ones («متتالية»، «على التوالي»). A
   count of other things («خمسة أهداف من الجولة الثامنة إلى العاشرة») and an approximate one
   («نحو 14 مباراة») are distractors.

3. An anniversary at a dated occasion (``anniversary-years``): «أحيت <X> يوم <date> الذكرى
   <N|الـN|ordinal> ل<verbal noun>»، «احتفلت في <date> بمرور N عاماً على <verbal noun>», against
   the event's own date elsewhere in the text («افتُتحت … يوم 14 تشرين الأول 1974»): within a
   year. Distractors: an event the text does not date; an approximate count.

4. A dated thing placed N years ago by a relative clause (``apposed-gap``): «موسم a-b، الذي ضرب
   البلاد قبل N سنوات» against the dateline's year.

5. A change between two dated values and the length it took (``durations``): «من <value> في
   تعداد a إلى <value> في تعداد b، أي بزيادة P% في N سنة» — N = b - a, one year of slack.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import run
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
KIND = "duration-mismatch"


def found(text: str) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain", date="2024-12-01")
    return [f for f in run(Facts([text_facts(doc)])) if f.kind == KIND]


YEARS_F = {2: "سنتين", 3: "ثلاث سنوات", 4: "أربع سنوات", 5: "خمس سنوات", 6: "ست سنوات", 7: "سبع سنوات",
           8: "ثماني سنوات", 9: "تسع سنوات", 10: "عشر سنوات", 11: "إحدى عشرة سنة", 12: "اثنتي عشرة سنة"}
YEARS_M = {2: "عامين", 3: "ثلاثة أعوام", 4: "أربعة أعوام", 5: "خمسة أعوام", 6: "ستة أعوام", 7: "سبعة أعوام",
           8: "ثمانية أعوام", 9: "تسعة أعوام", 10: "عشرة أعوام", 11: "أحد عشر عاماً", 12: "اثني عشر عاماً"}


def length(n: int, k: int) -> str:
    return [YEARS_F[n], YEARS_M[n], f"{n} سنوات" if n <= 10 else f"{n} عاماً",
            (f"{n} أعوام" if n <= 10 else f"{n} سنة").translate(EAST)][k % 4]


# ---- 1. a span glossed by its length ------------------------------------------------------------
GLOSS = [
    "ثم عُين سفيراً في نيروبي من {a} إلى {b}، أي {d}، قبل أن يعود إلى وزارته.",
    "وعمل أستاذاً في الجامعة بين عامي {a} و{b}، أي {d}.",
    "وتولت اللجنة الملف من عام {a} حتى عام {b}، أي {d}، ثم حُلّت.",
]
SPANS = [(1985, 1989), (2003, 2010), (1962, 1968)]
INTRO = "وُلد الكاتب في قرية صغيرة ودرس في مدارسها، ثم انتقل إلى العاصمة عام 1950.\n\n"


def gloss_cases():
    for i, t in enumerate(GLOSS):
        for j, (a, b) in enumerate(SPANS):
            d = b - a
            k = i + j
            ok = [t.format(a=a, b=b, d=length(d, k)), t.format(a=a, b=b, d=length(d + 1, k + 1))]
            bad = [t.format(a=a, b=b, d=length(d - 1, k)), t.format(a=a, b=b, d=length(d + 3, k + 2))]
            yield f"gloss{i}-{a}", ok, bad


GLOSS_CASES = list(gloss_cases())


@pytest.mark.parametrize("name,ok,bad", GLOSS_CASES, ids=[c[0] for c in GLOSS_CASES])
def test_a_span_glossed_by_its_length_counts_exclusively_or_inclusively(name, ok, bad):
    for t in ok:
        assert found(INTRO + t) == [], t
    for t in bad:
        assert len(found(INTRO + t)) == 1, t


# ---- 2. a count of successive items and its ordinals ---------------------------------------------
ORD_F = {3: "الثالثة", 5: "الخامسة", 8: "الثامنة", 10: "العاشرة", 12: "الثانية عشرة", 15: "الخامسة عشرة",
         21: "الحادية والعشرين", 25: "الخامسة والعشرين"}
ORD_M = {3: "الثالث", 5: "الخامس", 8: "الثامن", 10: "العاشر", 12: "الثاني عشر", 15: "الخامس عشر",
         21: "الحادي والعشرين", 25: "الخامس والعشرين"}
RUNS = [(8, 21), (3, 10), (5, 12), (10, 25), (3, 15)]
RUN_T = [
    ("حافظ الفريق على سجل خالٍ من الهزائم في {n} مباراة متتالية، من الجولة {a} إلى الجولة {b}، وهي أطول سلسلة.", ORD_F),
    ("وشارك المنتخب في {n} دورات، من الدورة {a} إلى الدورة {b}، دون أن يغيب عن أي منها.", ORD_F),
    ("وفاز العداء بالسباق {n} مرات على التوالي، من الموسم {a} إلى {b}.", ORD_M),
    ("وعُقد المؤتمر {n} دورة، من الدورة {a} حتى {b}، في العاصمة.", ORD_F),
]


def run_cases():
    for i, (t, ords) in enumerate(RUN_T):
        for a, b in RUNS:
            n = b - a + 1
            for digits in (False, True):
                f = (lambda x: str(x).translate(EAST)) if digits else str
                yield (f"run{i}-{a}-{b}-{int(digits)}", t.format(n=f(n), a=ords[a], b=ords[b]),
                       t.format(n=f(n + 1), a=ords[a], b=ords[b]), t.format(n=f(n - 2), a=ords[a], b=ords[b]))


RUN_CASES = list(run_cases())


@pytest.mark.parametrize("name,right,wrong1,wrong2", RUN_CASES, ids=[c[0] for c in RUN_CASES])
def test_a_run_of_ordinals_is_counted_inclusively(name, right, wrong1, wrong2):
    assert found(right) == []
    assert len(found(wrong1)) == 1
    assert len(found(wrong2)) == 1


@pytest.mark.parametrize("text", [
    "وسجل المهاجم خمسة أهداف من الجولة الثامنة إلى الجولة العاشرة.",  # goals, not rounds
    "وخاض الفريق نحو 14 مباراة، من الجولة الثامنة إلى الجولة الحادية والعشرين.",  # approximate
    "واستقبل الملعب 40 ألف متفرج من الجولة الثامنة إلى الجولة العاشرة.",
    "وغاب اللاعب ثلاثة أسابيع، من الجولة الثامنة إلى الجولة العاشرة.",
])
def test_a_count_of_other_things_is_not_a_run(text):
    assert found(text) == []


# ---- 3. an anniversary at a dated occasion --------------------------------------------------------
EVENT = [("وافتُتحت الجامعة رسمياً يوم الاثنين 14 تشرين الأول {y}، بثلاث كليات.", "لافتتاحها", "على افتتاحها"),
         ("تأسس النادي عام {y} على يد مجموعة من الطلاب.", "لتأسيسه", "على تأسيسه"),
         ("وأُنشئت المكتبة في آذار {y} بقرار من البلدية.", "لإنشائها", "على إنشائها")]
OCCASION = ["أحيت المؤسسة يوم 14 تشرين الأول {o} الذكرى {n} {vn}، في احتفال كبير.",
            "واحتفلت الإدارة في أيار {o} بمرور {n} عاماً {on}."]
ANN = [(1974, 2024, 50, "الخمسين", "الأربعين"), (1946, 2016, 70, "السبعين", "الثمانين"),
       (1999, 2024, 25, "الخامسة والعشرين", "العشرين")]


def ann_cases():
    for i, (ev, vn, on) in enumerate(EVENT):
        for j, occ in enumerate(OCCASION):
            for y, o, n, word, wrong_word in ANN:
                if j == 0:
                    right, wrong = occ.format(o=o, n=word, vn=vn), occ.format(o=o, n=wrong_word, vn=vn)
                else:
                    right, wrong = occ.format(o=o, n=n, on=on), occ.format(o=o, n=n + 10, on=on)
                head = "نبذة تاريخية.\n\n" + ev.format(y=y) + "\n\n"
                yield f"ann{i}-{j}-{n}", head + right, head + wrong


ANN_CASES = list(ann_cases())


@pytest.mark.parametrize("name,right,wrong", ANN_CASES, ids=[c[0] for c in ANN_CASES])
def test_an_anniversary_meets_the_event_date(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


def test_an_undated_event_or_an_approximate_count_is_left_alone():
    assert found("أحيت الجامعة يوم 14 تشرين الأول 2024 الذكرى الأربعين لافتتاحها.") == []
    assert found("تأسس النادي عام 1946.\n\nواحتفل في أيار 2016 بمرور نحو 60 عاماً على تأسيسه.") == []


def test_the_families_are_large():
    assert len(GLOSS_CASES) >= 9 and len(RUN_CASES) >= 40 and len(ANN_CASES) >= 18


# ---- 4. a dated thing placed N years ago by a relative clause ------------------------------------
# «Y، الذي/التي <verb and up to three words> قبل N سنوات»: Y a year or a season range, counted back from the
# text's dateline; a range is met anywhere within it (one year of slack at either end).
AGO_T = ["وقال المفوض إن الوضع أقل حدة من جفاف موسم {y}، الذي ضرب البلاد قبل {d} وطال 600 ألف شخص.",
         "وتذكّر السكان فيضان عام {y}، الذي أغرق الحي قبل {d}.",
         "وأعادت البلدية افتتاح السوق القديمة، التي أُغلقت عام {y}، وكانت الحرائق قد التهمتها قبل {d} من ذلك."]
AGO = [("2017-2018", 7, 4), ("2015", 10, 7), ("2019-2020", 5, 9)]
AGO_HEAD = "نواكشوط، الثلاثاء 4 نوفمبر 2025\n\n"


def ago_cases():
    for i, t in enumerate(AGO_T[:2]):
        for y, right, wrong in AGO:
            k = i + right
            yield f"ago{i}-{y}", AGO_HEAD + t.format(y=y, d=length(right, k)), AGO_HEAD + t.format(y=y, d=length(wrong, k))


AGO_CASES = list(ago_cases())


@pytest.mark.parametrize("name,right,wrong", AGO_CASES, ids=[c[0] for c in AGO_CASES])
def test_a_relative_clause_places_its_date_n_years_ago(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1


def test_a_gap_counted_from_another_event_is_not_an_ago():
    # «قبل N من ذلك»: counted from the event just named, not from the writing
    assert found(AGO_HEAD + AGO_T[2].format(y=2015, d=length(3, 0))) == []


# ---- 5. a change between two dated values and the length it took --------------------------------
# «ارتفع <X> من <value> في <noun> a إلى <value> في <noun> b، أي بزيادة P% في|خلال N سنة»: N = b - a
# (one year of slack). Distractors: a length with another year between (another stretch), «نحو».
CHANGE_T = [
    "ارتفع عدد سكان الحي من 480 ألف نسمة في تعداد {a} إلى 1.2 مليون نسمة في تعداد {b}، أي بزيادة 150% في {d}.",
    "وتراجعت المساحة المزروعة من 12 ألف هكتار عام {a} إلى 7 آلاف هكتار عام {b}، أي بانخفاض 42% خلال {d}.",
    "وقفز عدد الطلاب من 420 طالباً في العام {a} إلى 12600 طالب في العام {b}، على مدى {d}.",
]
CHANGE = [(1996, 2017), (2003, 2015), (1974, 2024)]


def change_cases():
    for i, t in enumerate(CHANGE_T):
        for a, b in CHANGE:
            n = b - a
            right = t.format(a=a, b=b, d=f"{n} سنة" if i % 2 == 0 else f"{n} عاماً")
            wrong = t.format(a=a, b=b, d=f"{n - 2} سنة" if i % 2 == 0 else f"{n + 3} عاماً")
            yield f"change{i}-{a}", right, wrong, right.translate(EAST), wrong.translate(EAST)


CHANGE_CASES = list(change_cases())


@pytest.mark.parametrize("name,right,wrong,right_e,wrong_e", CHANGE_CASES, ids=[c[0] for c in CHANGE_CASES])
def test_a_change_between_two_years_took_their_difference(name, right, wrong, right_e, wrong_e):
    assert found(right) == [] and found(right_e) == []
    assert len(found(wrong)) == 1 and len(found(wrong_e)) == 1


@pytest.mark.parametrize("text", [
    "ارتفع عدد السكان من 480 ألفاً في تعداد 1996 إلى 1.2 مليون في تعداد 2017، ثم تضاعف بعد عام 2020 في خمس سنوات.",
    "ارتفع عدد السكان من 480 ألفاً في تعداد 1996 إلى 1.2 مليون في تعداد 2017، أي بزيادة كبيرة في نحو 15 سنة.",
])
def test_a_change_with_another_stretch_or_an_approximate_length_is_quiet(text):
    assert found(text) == []


# ---- 6. «بعد N، عام Y» counted from the date its own sentence has just given ----------------------
# «أطلقت عام a برنامجاً، تخرجت دفعته الأولى بعد N، عام b»: N = b - a; another date of the text that happens
# to be N years before b does not excuse it. Distractor: an order word between the sentence's date and
# the gap («… عام a، ثم توقف، وبعد N، عام b»: counted from something else).
OWN_T = ["كما أطلقت الجامعة عام {a} برنامج ماجستير مشتركاً، تخرجت دفعته الأولى بعد {d}، عام {b}.",
         "ووضعت البلدية حجر الأساس للجسر في {a}، وافتُتح أمام السيارات بعد {d}، في عام {b}."]
OWN = [(2019, 2021), (2008, 2013), (1995, 1999)]


def own_cases():
    for i, t in enumerate(OWN_T):
        for a, b in OWN:
            n = b - a
            # the decoy: a date of the text n+1 years before b, in the paragraph before
            head = f"وقّعت الجامعة اتفاقية توأمة عام {b - n - 1}، وتستقبل بموجبها طلاباً أجانب.\n\n"
            yield f"own{i}-{a}", head + t.format(a=a, b=b, d=length(n, i)), head + t.format(a=a, b=b, d=length(n + 1, i))


OWN_CASES = list(own_cases())


@pytest.mark.parametrize("name,right,wrong", OWN_CASES, ids=[c[0] for c in OWN_CASES])
def test_a_gap_counts_from_its_own_sentence_date(name, right, wrong):
    assert found(right) == []
    assert len(found(wrong)) == 1
