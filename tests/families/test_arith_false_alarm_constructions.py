"""Family of constructions behind three false alarms of the arithmetic and count detectors (heldout8b, read
on purpose in session 10), and the «على مدى» spelling of a period.

The grammar the cases below are generated from:

* **a total of its own year beside a lifetime** (``arithmetic-rate``, spread over periods): «ما تحقق في N
  عاماً … بلغ X في العام الماضي، بمعدل Y أسبوعياً/شهرياً/يومياً». The count of years «N عاماً» is said of
  something else in the sentence; the total X is closed by the one year it is said of («في العام الماضي»،
  «خلال عام 2024»، «في السنة الماضية»), so X is spread over one year (52 weeks, 12 months, 365 days), not over
  N years. Faulty: Y not X/52 (/12, /365). Correct: Y = X/52. Distractor: a total with no year of its own,
  spread over a stated count of years («X خلال N سنوات، بمعدل Y شهرياً»), which is still checked.
* **the term of a comparison before a share** (``arithmetic-share``): «بلغت A في عام Y1، مقابل B في عام Y0،
  بزيادة r%، وهو ما يمثل P% من إجمالي … البالغ T». The share is said of the head figure A; B, after
  «مقابل/بالمقارنة مع/compared with», is the term of comparison. Correct: A = P% × T (B anything). Faulty:
  neither A nor B is P% × T.
* **a list of names grouped by place** (``count-mismatch``): «N موانئ هي A وB في بلد1، وC في بلد2، وD وE في
  بلد3»: the serial groups («، و») each hold one or two names joined by «و» and closed by the place they are
  in («في …»). The count is the names (5), not the groups (3). Faulty: N not the number of names.
* **«على مدى N سنوات»** (``arithmetic-rate``, events over years): the normalised text folds «على مدى» to
  «علي مدي»; the period word must be read in both spellings.

Numbers in Western and Eastern digits; nouns, places and surrounding words vary.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from families._famlib_forms import EAST, assert_family, findings

KINDS = {"arithmetic-rate", "arithmetic-share", "count-mismatch", "arithmetic-share-whole"}


def num(n: float, east: bool) -> str:
    s = f"{n:g}" if n != int(n) else str(int(n))
    return s.translate(EAST) if east else s


# --------------------------------------------------------------------------- a total of its own year

NOUNS = [("رحلة", "المسافرين بين الدول الأعضاء"), ("زائر", "زوار المتحف"), ("حاوية", "الحاويات المناولة في الميناء"),
         ("طلب", "طلبات التأشيرة")]
LIFETIMES = ["وقال المدير إن ما تحقق في {N} عاماً من عمر المؤسسة يفوق التوقعات، لافتاً إلى أن عدد {what}",
             "وأشار التقرير إلى أن المجلس أنجز خلال {N} عاماً الكثير، وأن عدد {what}"]
ANCHORS = ["في العام الماضي", "خلال عام 2024", "في السنة الماضية"]
PERIODS = [("أسبوعياً", 52), ("شهرياً", 12)]


def _own_year_cases():
    cases = []
    for k in range(12):
        noun, what = NOUNS[k % len(NOUNS)]
        adv, per = PERIODS[k % len(PERIODS)]
        life = LIFETIMES[k % len(LIFETIMES)].format(N=num(30 + 7 * k, k % 3 == 2), what=what)
        rate = (k % 4 + 1) * 100 if per == 52 else (k % 4 + 2) * 50
        total_thousands = rate * per
        east = k % 3 == 1
        for r, ok in ((rate, True), (rate * 2, False)):
            s = (f"{life} بلغ {num(total_thousands, east)} ألف {noun} {ANCHORS[k % len(ANCHORS)]}، "
                 f"بمعدل {num(r, east)} ألف {noun} {adv}.")
            cases.append(("own_year", ok, s))
    # the distractor still checked: a total with no year of its own, spread over a stated count of years
    for k in range(6):
        noun, _ = NOUNS[k % len(NOUNS)]
        years = 2 + k % 3
        rate = 10 * (k + 1)
        for r, ok in ((rate, True), (rate + 7 * (k + 2), False)):
            s = f"وسجلت الهيئة {num(rate * 12 * years, k % 2 == 1)} {noun} خلال {years} سنوات، بمعدل {num(r, k % 2 == 1)} {noun} شهرياً."
            cases.append(("spread_years", ok, s))
    return cases


@pytest.mark.parametrize("form", ["own_year", "spread_years"])
def test_total_of_its_own_year(form):
    assert_family(_own_year_cases(), form, KINDS, recall=1.0 if form == "own_year" else 0.8)


# --------------------------------------------------------------------------- comparison before a share

SUBJECTS = [("التجارة البينية", "إجمالي تجارة القارة البالغة", "مليار دولار"),
            ("صادرات الإقليم", "إجمالي صادرات البلاد البالغة", "مليون دولار"),
            ("إيرادات السياحة", "الناتج المحلي البالغ", "مليار دولار")]
COMPARE = ["مقابل", "بالمقارنة مع"]


def _comparison_cases():
    cases = []
    for k in range(12):
        subj, whole, unit = SUBJECTS[k % len(SUBJECTS)]
        t = (10 + k) * 100
        p = (5, 10, 20, 25)[k % 4]
        a = t * p // 100
        b = a * 4 // 5 - k
        east = k % 3 == 2
        for A, ok in ((a, True), (a + (k + 5) * 3, False)):
            s = (f"وأظهر تقرير أن {subj} بلغت {num(A, east)} {unit} في عام 2024، {COMPARE[k % 2]} {num(b, east)} "
                 f"{unit} في عام 2023، وهو ما يمثل {num(p, east)}% من {whole} {num(t, east)} {unit}.")
            cases.append(("comparison", ok, s))
    return cases


def test_share_said_of_the_head_not_the_comparison():
    assert_family(_comparison_cases(), "comparison", KINDS, recall=0.9)


# --------------------------------------------------------------------------- names grouped by place

GROUPS = [[("أكتاو", "كوريك"), "كازاخستان"], [("باكو",), "أذربيجان"], [("بوتي", "باتومي"), "جورجيا"],
          [("مرسين", "سامسون"), "تركيا"], [("كونستانتا",), "رومانيا"], [("أوديسا", "إزمائيل"), "أوكرانيا"]]
CARD = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية"}
HEADS = ["يعتمد الممر على {C} موانئ رئيسية هي ", "وتشمل الشبكة {C} مرافئ هي "]


def _grouped_cases():
    cases = []
    for k in range(10):
        g = [GROUPS[(k + i) % len(GROUPS)] for i in range(3)]
        names = sum(len(x[0]) for x in g)
        body = "، و".join(" و".join(x[0]) + f" في {x[1]}" for x in g)
        for c, ok in ((names, True), (names + 1, False), (names + 2, False)):
            if c not in CARD:
                continue
            s = HEADS[k % 2].format(C=CARD[c]) + body + ". ويعمل الميناء الأكبر بطاقة 15 مليون طن سنوياً."
            cases.append(("grouped", ok, s))
    return cases


def test_names_grouped_by_place_are_counted_by_name():
    assert_family(_grouped_cases(), "grouped", KINDS, recall=1.0)


def test_three_names_in_three_groups_still_flagged_when_count_differs():
    s = "يعتمد الممر على أربعة موانئ رئيسية هي أكتاو في كازاخستان، وباكو في أذربيجان، وبوتي في جورجيا."
    assert any(x.kind == "count-mismatch" for x in findings(s))


# --------------------------------------------------------------------------- «على مدى»


@pytest.mark.parametrize("east", [False, True])
@pytest.mark.parametrize("lead", ["على مدى", "على مدي", "خلال"])
def test_events_over_years_read_on_mada(lead, east):
    from tahqiq.checks.arithmetic import arithmetic_rate
    from tahqiq.corpus.catalogue import Document
    from tahqiq.facts import Facts, load_reference, text_facts

    def rate_findings(s):
        f = Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))], reference=load_reference())
        return arithmetic_rate(f)

    for n, years, noun in ((120, 10, "معرضاً"), (48, 4, "مؤتمراً"), (90, 6, "دورة")):
        good = f"نظمت الجمعية {num(n, east)} {noun} {lead} {num(years, east)} سنوات، بمعدل {num(n // years, east)} {noun} سنوياً."
        bad = f"نظمت الجمعية {num(n, east)} {noun} {lead} {num(years, east)} سنوات، بمعدل {num(n // years + 3, east)} {noun} سنوياً."
        assert not rate_findings(good), good
        assert rate_findings(bad), bad


# --------------------------------------------------------------------------- a record of matches
# ``arithmetic-parts``: «خاض/لعب [الفريق] N مباراة، فاز في W (منها) وتعادل في D وخسر L»، «حقق فيها W فوزاً وD
# تعادلات وL هزائم / وهزيمة واحدة»، "played N matches, won W, drew D and lost L": W + D + L = N. The record of
# one set of matches ends at the sentence or a contrast («بينما فاز خارج أرضه في 8 …»: another set, its N not
# stated). Distractors: a record missing one of the three (no sum), a record of another set after «بينما».

TEAMS = ["الفريق", "المنتخب الوطني", "نادي الشروق", "الأهلي"]
WORDS = {1: "هزيمة واحدة", 3: "ثلاث", 5: "خمس", 7: "سبع"}


def _record_cases():
    cases = []
    for k in range(12):
        w, d, l = 10 + k, 2 + k % 5, 1 + k % 4
        n = w + d + l
        east = k % 3 == 1
        team = TEAMS[k % len(TEAMS)]
        for N, ok in ((n, True), (n + 1 + k % 2, False), (n - 2, False)):
            if k % 3 == 0:
                s = (f"وخاض {team} {num(N, east)} مباراة منذ انطلاق المسابقة، فاز في {num(w, east)} منها وتعادل في "
                     f"{num(d, east)} وخسر {num(l, east)} مباريات، بينما فاز خارج أرضه في {num(w // 2, east)} مباريات.")
            elif k % 3 == 1:
                lost = "وهزيمة واحدة" if l == 1 else f"و{num(l, east)} هزائم"
                s = (f"وعلى ملعبه لعب {team} {num(N, east)} مباراة حقق فيها {num(w, east)} فوزاً و{num(d, east)} "
                     f"تعادلات {lost}، في حين تعادل خارج أرضه في {num(d + 1, east)} وخسر {num(l + 2, east)}.")
            else:
                s = f"The club played {N} matches this season, won {w}, drew {d} and lost {l}, and scored 60 goals."
            cases.append(("record", ok, s))
    # distractors: a record with one of its three terms missing is no sum
    for k in range(4):
        s = f"وخاض {TEAMS[k]} {num(30 + k, False)} مباراة، فاز في {num(20, False)} منها وتعادل في {num(3 + k, False)}."
        cases.append(("record", True, s))
    return cases


def test_wins_draws_losses_sum_to_matches_played():
    assert_family(_record_cases(), "record", KINDS | {"arithmetic-parts"}, recall=1.0)


# --------------------------------------------------------------------------- the rest
# ``arithmetic-parts``: «T، [verb] منها A، أي P%، و[verb] الباقي، وهو/وقدره R»، «موّل X A من الكلفة، أي P% منها، فيما
# تحمّل Y المبلغ المتبقي وقدره R» (no whole: A at P% gives it), "T, of which A went to X and the rest, R, to Y":
# R = T − A, or A × (100 − P) / P. Distractors: two parts before the rest (the rest of which part?) is left
# alone (the «منها … والباقي» rule sums them all); a rounded «نحو» figure is left alone.

PAYERS = [("الحكومة", "التحالف الخاص"), ("الدولة", "الشركاء"), ("الصندوق", "المانحون")]
UNITS = [("مليون ريال", "ملايين ريال"), ("مليار دولار", "مليارات دولار"), ("مليون يورو", "ملايين يورو")]


def _rest_cases():
    cases = []
    for k in range(12):
        p = (40, 60, 65, 25)[k % 4]
        whole = (180, 320, 240, 400)[k % 4] * (1 + k % 2)
        a = whole * p // 100
        rest = whole - a
        gov, other = PAYERS[k % len(PAYERS)]
        unit = UNITS[k % len(UNITS)][0]
        east = k % 3 == 2
        for R, ok in ((rest, True), (rest + max(10 + k, rest // 6), False)):
            if k % 3 == 0:
                s = (f"وبلغت كلفة المشروع {num(whole, east)} {unit}، تتحمل {gov} منها {num(a, east)} {unit}، أي "
                     f"{num(p, east)}%، ويتحمل {other} الباقي، وهو {num(R, east)} {unit}.")
            elif k % 3 == 1:
                s = (f"وقال المدير إن {gov} موّلت {num(a, east)} {unit} من تكلفة المشروع، أي {num(p, east)} بالمائة منها، "
                     f"فيما تحمّل {other} المبلغ المتبقي وقدره {num(R, east)} {unit} بنظام البناء والتشغيل.")
            else:
                s = (f"The project cost {whole} million dollars, of which {a} million dollars came from the state "
                     f"and the remaining {R} million dollars from private investors.")
            cases.append(("rest", ok, s))
    for k in range(3):  # two parts before the rest; a rounded rest
        s = (f"وبلغت الكلفة {500 + k * 20} مليون دولار، منها 200 مليون دولار للطرق و100 مليون دولار للموانئ، والباقي، "
             f"وهو {200 + k * 20} مليون دولار، للمطارات.")
        cases.append(("rest", True, s))
        s = f"موّلت الدولة 72 مليون ريال، أي 40% من الكلفة، وتحمّل الشركاء الباقي، وهو نحو {100 + k * 5} ملايين ريال."
        cases.append(("rest", True, s))
    return cases


def test_the_rest_is_the_whole_less_the_part():
    assert_family(_rest_cases(), "rest", KINDS | {"arithmetic-parts", "arithmetic-share-whole", "arithmetic-total"},
                  recall=0.9)
