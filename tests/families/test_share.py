"""Family of constructions: a share (P% of a whole, or a fraction word) against its part and whole.

How Arabic (and English) states a share -- the grammar the cases below are generated from:

* **the link between part and share**: «V، أي P%»، «V، أي ما نسبته P%»، «V، ما نسبته P%»، «V، بنسبة P%»،
  «V (P%)»، «V، وهو ما يمثل/يشكل/يعادل P%»، «V يشكلون P%»; English "V, or P%", "V (P%)".
* **how the whole is named**: «بلغ عدد الطلبة T، منهم V» (a part after «منها/منهم»)، «V من أصل T»،
  «V من بين T»، «من بين T، V»، «P% من إجمالي … البالغ T»، «حصة … من … البالغة T نحو P%، أي V»،
  «T، P% منها …، أي V» (the share before its part), or the whole in the sentence before («شمل المسح T.
  وقال V منهم …، أي P%»: a pronoun «منهم» refers back).
* **a part and whole named by their nouns**, stated before the share: «وتمثل X وحدها نحو P% من N»،
  «فشكلت X P% من N» (verb-subject order), «ويشكل X ما نسبته P% من N» (subject-verb)، «واستحوذت X على
  P% من N»; the part's noun must tell it from the whole («الزوار العمانيون» of «الزوار»).
* **verb vs verbal noun**: «يمثل/تمثل/يشكل/تشكل/يعادل» (verb, gender agreement) vs «بنسبة/ما نسبته»
  (noun); the clitics و، ف، ب، ال on the link words («وهو ما يمثل»، «بنسبة»).
* **fraction words**: «نصف، ثلث، ربع، خمس، عشر، ثلثا/ثلثي، ثلاثة أرباع» with «نحو/قرابة/حوالي» (about)
  or «أكثر من/أقل من» (a bound, not a value); «واحد من كل خمسة/عشرة/أربعة» (one in N), English "a third",
  "one in five".
* **numbers** in Western digits, Eastern digits (٠-٩), thousands separators, scale words (ألف، مليون،
  مليار) and counted nouns in the singular after 11+ («1,200 طالب»، «300 أسرة»).
* **press vs academic style**: «ما نسبته» and «(P%)» (press), «أي ما يعادل» (academic).

Each case has a CORRECT version (the share the part and whole give, at the printed precision: no
finding) and a FAULTY version (a share, or a part, that does not follow: a finding of kind
``arithmetic-share`` / ``arithmetic-share-whole``), set inside a paragraph with distractors: true
statements with percentages that are no shares of the figures around them (a rate of change, an
unemployment rate, a share whose whole the text never states).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST, assert_family

KINDS = {"arithmetic-share", "arithmetic-share-whole"}
SEED = 11




def num(n: float, style: str) -> str:
    s = f"{n:,.0f}" if n == int(n) else f"{n:g}"
    if style == "plain":
        s = s.replace(",", "")
    return s.translate(EAST) if style == "east" else s


# (whole noun phrase, counted noun after a number, pronoun of the part)
COUNTS = [("عدد الطلبة", "طالب", "منهم"), ("عدد الأسر المشمولة بالمسح", "أسرة", "منها"),
          ("عدد المدارس", "مدرسة", "منها"), ("عدد اللاجئين المسجلين", "لاجئ", "منهم")]
WHOLES = [1200, 800, 2500, 4000]
SHARES = [25, 40, 60, 15, 30]
LINKS = ["، أي {P}%", "، أي ما نسبته {P}%", "، ما نسبته {P}%", "، بنسبة {P}%", " ({P}%)", "، وهو ما يمثل {P}%",
         "، أي ما يعادل {P}%"]
DISTRACT = ["وارتفع عدد المدارس في المحافظة من 200 مدرسة إلى 240 مدرسة، أي بنسبة 20%.",
            "ويبلغ معدل البطالة في المحافظة 12%، بحسب تقديرات رسمية.",
            "وتراجعت نسبة التسرب من المدارس إلى 8% العام الماضي."]


def _wrong(p: int) -> int:
    return p + 15 if p < 50 else p - 20


def _percent_cases(rng: random.Random):
    for form in ("minhum", "min_asl", "min_bayn", "prior_sentence", "share_first", "huwa_yumaththil", "hissa"):
        for k in range(6):
            whole_np, noun, pron = COUNTS[k % len(COUNTS)]
            t, p = WHOLES[(k + len(form)) % len(WHOLES)], SHARES[(k * 3 + len(form)) % len(SHARES)]
            v = t * p // 100
            style = ("plain", "comma", "east")[k % 3]
            link = LINKS[(k + len(form)) % len(LINKS)]
            T, V = num(t, style), num(v, style)
            for P, ok in ((p, True), (_wrong(p), False)):
                Ps = num(P, style)
                if form == "minhum":
                    s = f"بلغ {whole_np} {T} {noun}، {pron} {V} {noun} في المناطق الريفية" + link.format(P=Ps) + "."
                elif form == "min_asl":
                    s = f"وسجلت الدراسة {V} {noun} من أصل {T} {noun}" + link.format(P=Ps) + "."
                elif form == "min_bayn":
                    s = f"ومن بين {T} {noun} شملتهم الدراسة، أفاد {V} {noun}" + link.format(P=Ps) + "، بأنهم تلقوا مساعدات."
                elif form == "prior_sentence":
                    s = f"شمل المسح {T} {noun} في ثلاث محافظات. وأفاد {V} {noun} {pron}" + link.format(P=Ps) + \
                        "، بأنهم تلقوا مساعدات نقدية."
                elif form == "share_first":
                    s = f"بلغ {whole_np} {T} {noun}، {Ps}% {pron} في المناطق الريفية، أي {V} {noun}."
                elif form == "huwa_yumaththil":
                    verb = ("يمثل", "يشكل", "يعادل")[k % 3]
                    s = f"وبلغ عدد المستفيدين {V} {noun}، وهو ما {verb} {Ps}% من إجمالي {whole_np} البالغ {T} {noun}."
                else:  # hissa
                    vv, tt = num(v / 100, "plain"), num(t / 100, "plain")
                    s = f"وبلغت حصة القطاع الخاص من الاستثمارات البالغة {tt} مليار دولار نحو {Ps}%، أي {vv} مليار دولار."
                yield form, ok, s


FRACTIONS = [("نصف", 0.5), ("ثلث", 1 / 3), ("ربع", 0.25), ("خمس", 0.2), ("عشر", 0.1), ("ثلثي", 2 / 3),
             ("ثلاثة أرباع", 0.75)]
ONE_IN = [("اثنين", 2), ("ثلاثة", 3), ("أربعة", 4), ("خمسة", 5), ("عشرة", 10)]


def _fraction_cases(rng: random.Random):
    for k, (word, f) in enumerate(FRACTIONS):
        for approx in ("نحو", "قرابة", "حوالي", ""):
            t = (9_000_000, 12_000_000, 6_000_000)[k % 3]
            for v, ok in ((t * f, True), (t * f * (1.6 if f < 0.5 else 0.6), False)):
                V = f"{v / 1e6:.1f}".rstrip("0").rstrip(".") + " مليون نسمة"
                T = f"{t // 1_000_000} ملايين نسمة"
                lead = f"{approx} {word}" if approx else word
                s = f"ويعيش {lead} السكان البالغ عددهم {T}، أي {V}، في المدن الكبرى."
                yield "fraction", ok, s
    for k, (word, n) in enumerate(ONE_IN):
        t = 1_000_000 * (10, 20, 30)[k % 3]
        for v, ok in ((t / n, True), (t / n * (2.2 if n > 2 else 0.5), False)):
            V = f"{v / 1e6:.1f}".rstrip("0").rstrip(".")
            s = f"ويعيش واحد من كل {word} من سكان البلاد البالغ عددهم {t // 1_000_000} مليون نسمة، أي نحو {V} مليون نسمة، تحت خط الفقر."
            yield "one_in_n", ok, s
    for word, f in (("نصف", 0.5), ("ثلث", 1 / 3), ("ربع", 0.25)):
        for bound, ok_f, bad_f in (("أكثر من", 1.2, 0.6), ("أقل من", 0.8, 1.5)):
            for g, ok in ((ok_f, True), (bad_f, False)):
                v = round(1200 * f * g)
                s = f"وقال {bound} {word} الطلبة البالغ عددهم 1200 طالب، أي {v} طالب، إنهم يعملون إلى جانب الدراسة."
                yield "fraction_bound", ok, s


def _english_cases(rng: random.Random):
    for k, (t, p) in enumerate(zip((60, 80, 120, 45), (40, 25, 30, 20))):
        v = t * p // 100 if t * p % 100 == 0 else t * p / 100
        for P, ok in ((p, True), (_wrong(p), False)):
            yield "english", ok, (f"Oil exports reached ${v:g} billion, or {P}% of total exports of ${t} billion, "
                                  f"the ministry said.")
            yield "english", ok, f"Of the ${t} billion budget, ${v:g} billion ({P}%) went to defence."


def cases():
    rng = random.Random(SEED)
    out = [*_percent_cases(rng), *_fraction_cases(rng), *_english_cases(rng)]
    # each sentence in a paragraph between two distractors, drawn deterministically
    return [(form, ok, f"{rng.choice(DISTRACT)} {s} {rng.choice(DISTRACT)}") for form, ok, s in out]


# --------------------------------------------------------------------------- named part and whole
# «وتمثل X وحدها نحو P% من N» / «فشكلت X نصف N» / «حصلت X على P% من N» / "X accounts for P% of N": the
# part and the whole stated before, each next to its noun, in the sentences before the share.
NAMED = [("محطة الرياح", "القدرة الإجمالية للمجمع", "ميغاواط", 600, 150),
         ("رخص المهن", "المعاملات الإلكترونية", "معاملة", 30000, 15000),
         ("الصادرات النفطية", "إجمالي الصادرات", "مليار دولار", 80, 60),
         ("الزوار العمانيون", "الزوار", "ألف زائر", 960, 600)]
VERBS = ["وتمثل {x} وحدها نحو {s} من {n}", "فشكلت {x} {s} من {n}", "ويشكل {x} ما نسبته {s} من {n}",
         "واستحوذت {x} على {s} من {n}"]


def _named_cases():
    for k, (x, n, unit, t, v) in enumerate(NAMED):
        ratio = 100 * v / t
        lead = f"وبلغت {n} {t:g} {unit} عام 2023، منها {v:g} {unit} من {x}، والباقي من مصادر أخرى."
        for j, verb in enumerate(VERBS):
            for p, ok in ((ratio, True), (ratio + 12, False)):
                s = f"{p:.0f}%" if j % 2 == 0 else (f"{p:.1f}%" if ok else f"{p:.0f}%")
                yield "named", ok, f"{lead} {verb.format(x=x, s=s, n=n)}، بحسب التقرير السنوي."


def _dec(x: float, comma: bool, east: bool) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    s = s.replace(".", ",") if comma else s
    return s.translate(EAST) if east else s


# (whole in millions, shares of its parts): the parts are stated, each with a qualifier, then its share
SPLITS = [(9.62, (60, 40)), (6.8, (80, 14, 6)), (4.5, (55, 45)), (12.4, (50, 30, 20))]
QUALIFIERS = [("في الوسط الحضري", "في الوسط القروي", "في المناطق الأخرى"),
              ("من نقل المسافرين", "من الشحن", "من الخدمات الأخرى"),
              ("في الجهات الساحلية", "في الجهات الداخلية", "في الخارج")]


def _qualified_pair_cases():
    """Parts each followed by a qualifier and then its share in parentheses: «A مليون طفل في الوسط الحضري
    (60%)، مقابل B مليون طفل في الوسط القروي (40%)»، «منها A مليار ريال من نقل المسافرين (80%)، وB مليون ريال
    من الشحن (14%)، وC مليون ريال من الخدمات الأخرى (6%)». The shares of one list imply one whole."""
    for k, (whole, shares) in enumerate(SPLITS):
        qual = QUALIFIERS[k % len(QUALIFIERS)]
        comma, east = k % 2 == 0, k == 3
        parts = [whole * p / 100 for p in shares]
        for fault in (None, "share", "part"):
            ps, vs = list(shares), list(parts)
            if fault == "share":
                ps[0] += 5
            elif fault == "part":
                vs[-1] *= 0.8
            items = [f"{_dec(v, comma, east)} مليون طفل {q} ({_dec(p, comma, east)}%)" for v, p, q in zip(vs, ps, qual)]
            if len(items) == 2:
                text = f"وبلغ عدد الملقحين {items[0]}، مقابل {items[1]}."
            else:
                text = f"وبلغ عدد المستفيدين {_dec(whole, comma, east)} مليون طفل، منهم " + "، و".join(items) + "."
            yield "qualified_part_share", fault is None, text
    # not shares of the list: a rate of change in parentheses after a qualifier
    yield "qualified_part_share", True, ("وبلغ عدد الملقحين 5,77 ملايين طفل في الوسط الحضري (بزيادة 12%)، مقابل 3,85 ملايين "
                                         "طفل في الوسط القروي (بزيادة 8%).")


PRONOUN_FRACTIONS = [("ثلثيها", "ثلثيه", 2 / 3), ("ثلثها", "ثلثه", 1 / 3), ("ربعها", "ربعه", 1 / 4), ("نصفها", "نصفه", 1 / 2)]
PAYERS = [("تتحمل الدولة", "ويتكفل الخواص بالباقي"), ("يُموَّل", "من قرض ميسر"), ("تغطي الوزارة", "والبقية من الجهة")]


def _pronoun_fraction_cases():
    """A fraction word carrying the pronoun of the whole named before it, restated by «أي V»: «رُصدت له
    اعتمادات بقيمة T مليون دينار، تتحمل الدولة ثلثيها، أي V ملايين دينار»، «بكلفة تقديرية تبلغ T مليار
    دينار، يُموَّل ثلثها من قرض ميسر، أي V مليار» (feminine «ها» of «اعتمادات/كلفة», masculine «ه» of
    «مبلغ/تمويل»). The faulty version names another fraction."""
    for k, (t, unit) in enumerate(((7.5, "مليون دينار"), (90, "مليار دينار"), (120, "مليون درهم"), (48, "مليون ريال"))):
        for j, (fem, masc, f) in enumerate(PRONOUN_FRACTIONS):
            v = t * f
            if v != int(v) and v * 10 != int(v * 10):
                continue
            wrong = PRONOUN_FRACTIONS[(j + 1) % len(PRONOUN_FRACTIONS)]
            payer, rest = PAYERS[(k + j) % len(PAYERS)]
            east = (k + j) % 3 == 2
            n = (lambda x: f"{x:g}".translate(EAST)) if east else (lambda x: f"{x:g}")
            for fw, mw, ok in ((fem, masc, True), (wrong[0], wrong[1], False)):
                yield "pronoun_fraction", ok, (f"ورُصدت للبرنامج اعتمادات بقيمة {n(t)} {unit}، {payer} {fw}، أي {n(v)} {unit}، "
                                               f"{rest}.")
                yield "pronoun_fraction", ok, f"وبلغ المبلغ المرصود {n(t)} {unit}، {payer} {mw}، أي {n(v)} {unit}."


GENDERED = [("عامل", "عاملة", "النساء"), ("طالب", "طالبة", "الطالبات"), ("موظف", "موظفة", "النساء"),
            ("ممرض", "ممرضة", "الممرضات")]


def _share_of_them_cases():
    """The share before the pronoun of its whole, the part restated after «أي»: «ويعمل فيها اليوم T عامل
    وعاملة، تشكل النساء P% منهم، أي V عاملة» -- the whole counted in both genders («عامل وعاملة»), the part
    in one; «بلغ عدد المسجلين T طالب، يمثل المتفوقون P% منهم، أي V طالب» (one noun)."""
    for k, (t, p) in enumerate(((3600, 62), (1200, 45), (4800, 35), (2500, 28))):
        m, f, who = GENDERED[k % len(GENDERED)]
        v = t * p // 100
        east = k % 2 == 1
        n = (lambda x: f"{x:,}".translate(EAST)) if east else (lambda x: f"{x:,}")
        for P, ok in ((p, True), (p + 6, False)):
            Ps = f"{P}".translate(EAST) if east else f"{P}"
            yield "share_of_them", ok, f"ويعمل فيها اليوم {n(t)} {m} و{f}، تشكل {who} {Ps}% منهم، أي {n(v)} {f}."
            yield "share_of_them", ok, f"وبلغ عدد المسجلين {n(t)} {m}، يمثل المتفوقون {Ps}% منهم، أي {n(v)} {m}."


def _named_rate_cases():
    """The share restated as a named rate or a place: «بلغ عدد موظفي الشركة T موظف، منهم V موظفاً سعودياً، أي
    أن نسبة التوطين بلغت P%»؛ «بدأ البرنامج في V مدرسة من أصل T مدرسة ثانوية، أي في نحو P% من المدارس»."""
    for k, (t, v, noun, noun_acc, rate) in enumerate(((7900, 5688, "موظف", "موظفاً", "التوطين"),
                                                      (3400, 120, "مدرسة", "مدرسة", "التغطية"),
                                                      (2500, 1800, "عامل", "عاملاً", "التشغيل"),
                                                      (1600, 1240, "طالب", "طالباً", "النجاح"))):
        p = round(100 * v / t, 1)
        east = k % 2 == 1
        n = (lambda x: f"{x:,}".replace(",", "٬").translate(EAST)) if east else (lambda x: f"{x:,}")
        for P, ok in ((p, True), (round(p + max(5, p * 0.2), 1), False)):
            Ps = f"{P:g}".replace(".", "٫").translate(EAST) if east else f"{P:g}"
            yield "named_rate", ok, (f"وبلغ العدد الإجمالي {n(t)} {noun}، منهم {n(v)} {noun_acc} من المواطنين، أي أن "
                                     f"نسبة {rate} بلغت {Ps}%.")
            yield "named_rate", ok, (f"وبدأ البرنامج في {n(v)} {noun} من أصل {n(t)} {noun} في البلاد، أي في نحو {Ps}% "
                                     f"منها، ثم عُمّم بعد ثلاث سنوات.")


CASES = (cases() + list(_named_cases()) + list(_qualified_pair_cases()) + list(_pronoun_fraction_cases())
         + list(_share_of_them_cases()) + list(_named_rate_cases()))
FORMS = sorted({c[0] for c in CASES})
# the recall each family must reach on its faulty versions (the correct ones: no finding at all)
RECALL = {form: 1.0 for form in FORMS}


@pytest.mark.parametrize("form", FORMS)
def test_share_family(form):
    assert_family(CASES, form, KINDS, RECALL[form])


