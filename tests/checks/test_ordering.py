"""Order words whose other end is an event dated elsewhere, or a stated lapse (checks/ordering)."""

from __future__ import annotations

import pytest

from tahqiq.checks.lapses import lapse_in
from tahqiq.checks.ordering import order_word_event
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.text.normtext import fold


def findings(s: str):
    return order_word_event(Facts([text_facts(from_string(s, "plain"))]))


@pytest.mark.parametrize(
    "s, later, earlier",
    [
        # the event after the order word is dated in the sentence before («توقيع المعاهدة» → «معاهدة الحدود»)
        ("وقّعت الحكومتان معاهدة الحدود في 12 مارس 2004. وافتُتح المعبر الجديد في يوليو 2003، "
         "أي بعد توقيع المعاهدة بأربعة أشهر.", "2003-07", "2004-03-12"),
        ("The two states signed the border treaty in March 2004. The new crossing opened in July 2003, "
         "four months after the signing of the treaty.", "2003-07", "2004-03"),
        # a lapse alone: the date before is the other end, the apposed date the placed one
        ("افتتح المصنع في شباط 2012، ثم وسّعته الشركة بعد عامين، في آذار 2011.", "2011-03", "2012-02"),
        ("The port was opened in 2009. A year earlier, in 2010, the tender was launched.", "2009", "2010"),
        # the governed phrase has its own date, far from the order word
        ("تأسست الرابطة في 3 أيار 1990، بعد نحو عامين من انتخاب المجلس التأسيسي في العاصمة في حزيران 1992.",
         "1990-05-03", "1992-06"),
        # a list governed by the order word: the main clause is after each of its dates
        ("وبعد انهيار السوق عام 1998، وإفلاس المصارف في 2001، أقرت الحكومة القانون الجديد في أيلول 2000.",
         "2000-09", "2001"),
        # a relative clause between the order word's phrase and the main clause is skipped
        ("وبعد قمة المناخ في أيار 2019، حيث تعهدت الدول بخفض الانبعاثات بحلول 2050، أقرّ البرلمان الخطة "
         "في شباط 2018.", "2018-02", "2019-05"),
        ("After the flood of 1996, the city stayed under emergency rule until March 1995.", "1995-03", "1996"),
        # a clause without a date of its own between the date and the order word
        ("وفي مطلع الألفية، تحديداً عام 2001، تأسست المنظمة، بعد خمس سنوات من تأسيس المجموعة عام 2003.",
         "2001", "2003"),
        # the event after the lapse («بعد مرور عامين على الاتفاق»)
        ("وقّع الطرفان اتفاق الشراكة في أيار 2016. وبعد مرور عامين على الاتفاق، في أيار 2015، افتُتح المكتب.",
         "2015-05", "2016-05"),
        # a main clause whose date is a dozen words in
        ("وبعد ضم شبه الجزيرة عام 2014، اتجهت العاصمة شرقاً ووقعت شركتها الحكومية صفقة الغاز الكبرى مع الجار "
         "في مايو 2012.", "2012-05", "2014"),
        # the event is named after a date whose own «قبل» orders it against another clause; an apposed
        # date with a season word
        ("افتُتح المتحف قبل الزلزال بعامين، في ربيع 2012. وقد أُغلقت المدارس قبل أن ينتهي العام الدراسي "
         "في شتاء 2011 بسبب الزلزال.", "2011", "2012"),
        ("دخل الخط الخدمة في كانون الأول 2019. وبعد تشغيل الخط، بدأت المفاوضات على خط ثان عام 2018.",
         "2018", "2019-12"),
        # a list of successive events opened by its first («بدءاً بـ», "starting with")
        ("انضمت دول أخرى إلى الرابطة تباعاً، بدءاً بالأردن، والعراق، في سنة 1981 (مع أن العراق انسحب)، "
         "واليمن سنة 1978، وعُمان سنة 1990.", "1978", "1981"),
        ("Several states joined the union, starting with Chile and Peru in 1991, Bolivia in 1987, and Ecuador "
         "in 1999.", "1987", "1991"),
    ],
)
def test_order_contradicted(s, later, earlier):
    fs = findings(s)
    assert len(fs) == 1, [f.message for f in fs]
    assert fs[0].kind == "order-word-contradiction"
    assert (fs[0].evidence["later"]["date"], fs[0].evidence["earlier"]["date"]) == (later, earlier)


@pytest.mark.parametrize(
    "s",
    [
        # six years stated, four given
        "افتتحت السفارة عام 2005، وبعدها بثلاث سنوات افتتحت القنصلية عام 2012.",
        "The plant opened in 2011. Two years later, in 2016, a second line was added.",
        "أنشأت الدولة الأولى مرفأً عام 2002، ثم أنشأت الثانية مرفأها عام 2011، وبعدها بست سنوات أنشأت الثالثة "
        "مرفأً في 2014.",
        # English: the lapse before its word, or closing the clause of the date it places
        "The treaty was signed in July 2001, five years after the partnership of 1994.",
        "The pipeline deal was agreed in May 2014. The line opened in December 2017, five years later.",
        # nine months stated, three given (both with their month: one month of slack)
        "أُعلن الميثاق في 10 كانون الثاني 2017. وبعد إعلان الميثاق بتسعة أشهر، في نيسان 2017، اجتمعت اللجنة.",
        # «قبل ذلك بعامين»: two years before the date before (not "ago")
        "افتتح المصنع عام 2015، وقبل ذلك بعامين، في 2016، أُعلن عن المشروع.",
        # one year stated by «العام التالي», "the following year"
        "افتتح المصنع عام 2010، وفي العام التالي، أي عام 2013، توسع الإنتاج.",
        "The plant opened in 2010. The following year, in 2013, output grew.",
        # a lapse alone, then the main clause with its date
        "افتتح المصنع عام 2010، وبعد عامين توسع الإنتاج في 2015.",
    ],
)
def test_lapse_contradicted(s):
    fs = findings(s)
    assert len(fs) == 1, [f.message for f in fs]
    assert fs[0].evidence["lapse"]
    if "further apart" in fs[0].message:  # a lapse finding quotes the lapse it contradicts
        assert any(fs[0].evidence["lapse"] in sp.text for sp in fs[0].spans)


@pytest.mark.parametrize(
    "s",
    [
        "وقّعت الحكومتان معاهدة الحدود في 12 مارس 2004. وافتُتح المعبر الجديد في يوليو 2004، "
        "أي بعد توقيع المعاهدة بأربعة أشهر.",
        "The two states signed the border treaty in March 2004. The new crossing opened in July 2004, "
        "four months after the signing of the treaty.",
        "افتتح المصنع في شباط 2012، ثم وسّعته الشركة بعد عامين، في آذار 2014.",
        "افتتحت السفارة عام 2005، وبعدها بثلاث سنوات افتتحت القنصلية عام 2008.",
        "The plant opened in 2011. Two years later, in 2013, a second line was added.",
        "أُعلن الميثاق في 10 كانون الثاني 2017. وبعد إعلان الميثاق بتسعة أشهر، في تشرين الأول 2017، اجتمعت اللجنة.",
        "افتتح المصنع عام 2010، وفي العام التالي، أي عام 2011، توسع الإنتاج.",
        "The plant opened in 2010. The following year, in 2011, output grew.",
        "افتتح المصنع عام 2010، وبعد عامين توسع الإنتاج في 2012.",
        # a lapse counted from an event («بعد عامين من الحرب»): the date after it is the event's
        "افتتح المصنع عام 2010، وبعد عامين من الحرب في 2012 توسع الإنتاج.",
        # «قبل أيام»، «منذ عامين»: counted from the writing (ago), not from the date before
        "وقعت الاتفاقية عام 2023. وأعلنت الوزارة قبل أيام، في مارس 2024، أن التنفيذ بدأ.",
        "وقعت الاتفاقية عام 2023. وتعمل الشركة منذ عامين، في 2018 و2019، على المشروع.",
        # an event's other mention far away (another section) is not its antecedent
        "بدأت المفاوضات الأولى عام 2019. " + "وتناولت الدراسة جوانب أخرى كثيرة. " * 60
        + "ووقعت الاتفاقية في 2015 بعد المفاوضات بعامين.",
        # a dateline above: not the date before a lapse, nor the clause an order word places
        "نشر في 3 مايو 2024\nوبعد عامين، في 2010، توسعت الشركة.",
        "تقرير 2024\nبعد توقيع المعاهدة عام 2025 بدأ التنفيذ. وقّعت الحكومتان المعاهدة في 2026.",
        # the head noun qualified otherwise elsewhere is another event («الأزمة المالية» ≠ «الأزمة الأوكرانية»)
        "اندلعت الأزمة المالية العالمية في أيلول 2008. وعقب الأزمة الأوكرانية بعامين، في 2007، تراجعت الصادرات.",
        # a date inside a relative clause of the main clause is not the main clause's date
        "وبعد الأزمة عام 2014، وقعت الشركة التي تأسست عام 2010 عقداً جديداً.",
        # the main clause compares two years («من … عام 2019 إلى … عام 2020»): the range's start is not its date
        "وبعد إغلاق المكاتب في آذار 2020، ارتفع عدد الطلبات من 500 طلب عام 2019 إلى 900 طلب عام 2020.",
        "After the offices closed in March 2020, requests rose from 500 in 2019 to 900 in 2020.",
        "افتتح المصنع عام 2015، وقبل ذلك بعامين، في 2013، أُعلن عن المشروع.",
        # a lapse counts from the date of the clause before, not from one an order word governs there
        "The treaty was signed in July 2001, five years after the partnership of 1996. Two years later, in 2003, "
        "trade grew.",
        "وُقّعت المعاهدة في تموز 2001، بعد خمس سنوات من الشراكة عام 1996. وبعد عامين، في 2003، نمت التجارة.",
        # a clause opened by «ثم» keeps its own date for the lapse after it
        "أنشأت الدولة الأولى مرفأً عام 2002، ثم أنشأت الثانية مرفأها عام 2011، وبعدها بست سنوات أنشأت الثالثة "
        "مرفأً في 2017.",
        # a lapse of years between two dates with their months is counted in years
        "دخل خط الأنابيب الخدمة في كانون الأول 2019، بعد خمس سنوات من توقيع الاتفاق في أيار 2014.",
        # «قبل أن»/«بعد أن» open a verbal clause: its verb is no event named elsewhere
        "وقد تطورت الشراكة منذ عام 2001 وتعود جذورها إلى عام 2001. ثم تراجعت التجارة عام 2020، قبل أن تعود "
        "للنمو.",
        "The treaty was signed in July 2001, five years after the partnership of 1996.",
        "The pipeline deal was agreed in May 2014. The line opened in December 2019, five years later.",
        # the event after an action noun («تشغيل الخط») named elsewhere, dated consistently
        "دخل الخط الخدمة في كانون الأول 2019. وبعد تشغيل الخط، بدأت المفاوضات على خط ثان عام 2020.",
        "وفي مطلع الألفية، تحديداً عام 2001، تأسست المنظمة، بعد خمس سنوات من تأسيس المجموعة عام 1996.",
        # a clause opened by «و» between: the order word is not the first clause's
        "وقعت الاتفاقية عام 2001، وتبعتها اتفاقيات أخرى، بعد الأزمة عام 2008.",
        # a vague lapse is not measured («بأشهر»), only the order is; an approximate one («بنحو») is measured
        # as a stated gap is (session 18: «بنحو ثلاث سنوات» between 2005 and 2010 is a fault, test_lapse_compound_s18)
        "أعلنت الخطة في 2009، وبعدها بأشهر أنشئت الهيئة في 2011.",
        "افتتحت السفارة عام 2005، وبعدها بنحو خمس سنوات افتتحت القنصلية عام 2010.",
        # an order word of another relation inside the phrase governs its own date
        "أعلنت الشركة المشروع في أيار 2016، قبل أن تتغير الإدارة بعد انتخابات 2015.",
        # an event named nowhere else has no date to compare
        "افتتح المعبر في يوليو 2003، بعد توقيع المعاهدة بأشهر.",
        # the date of a relative clause is not the main clause's
        "وبعد قمة المناخ في أيار 2019، حيث تعهدت الدول بخفض الانبعاثات بحلول 2018، أقرّ البرلمان الخطة في شباط 2020.",
        # a lapse across a paragraph break has no date before it
        "افتتح المصنع عام 2012.\n\nوبعد عامين، في 2010، توسعت الشركة.",
        # a clause with a verb after the phrase is no apposition: its date is not placed by the order word
        "وقّعت الحكومتان معاهدة الحدود في 12 مارس 2004. وبدأ البناء في مايو 2004، أي بعد توقيع المعاهدة "
        "بشهرين، واكتمل المعبر عام 2009.",
        # lists in their order, and a list word followed by another clause
        "انضمت دول أخرى إلى الرابطة تباعاً، بدءاً بالأردن في سنة 1981، واليمن سنة 1984، وعُمان سنة 1990.",
        "Several states joined the union, starting with Chile in 1991, Bolivia in 1995, and Ecuador in 1999.",
        "تحدث الوزير عن المشاريع، بدءاً بالمطار الذي افتتح عام 2010، ثم أعلن أن الحكومة أطلقت عام 2005 خطة.",
        "افتُتح المتحف قبل الزلزال بعامين، في ربيع 2009. وقد أُغلقت المدارس في شتاء 2011 بسبب الزلزال.",
        # a year that is a title's horizon is no event date
        "أطلقت الحكومة المشروع في مارس 2019 بعد إطلاق رؤية 2035 بعامين.",
    ],
)
def test_consistent_or_unclear(s):
    assert findings(s) == [], [f.message for f in findings(s)]


@pytest.mark.parametrize(
    "s, months",
    [("بعد عام واحد", 12), ("بعامين", 24), ("بتسعة أشهر", 9), ("بست سنوات", 72), ("two years later", 24),
     ("a year later", 12), ("بنحو عام ونصف", None), ("بأشهر", None)],
)
def test_lapse_reading(s, months):
    t = fold(s)
    lp = lapse_in(t, 0, len(t))
    assert lp is not None and lp.months == months


@pytest.mark.parametrize("s", ["بعد عام 2015", "after the year 2015"])
def test_a_year_with_its_number_is_no_lapse(s):
    t = fold(s)
    assert lapse_in(t, 0, len(t)) is None


@pytest.mark.parametrize(
    "s",
    [
        "وقد احتلت القوات البلاد في عام 1946 أثناء الحرب العالمية الثانية (1939-1945) بدون إنذار.",
        "The city was occupied in 1946, during the war (1939-1945).",
        "خلال الحرب (1939-1945)، احتلت القوات المدينة عام 1947.",
        "أغلق الميناء في آذار 2009 طوال فترة الحصار بين 2010 و2012.",
    ],
)
def test_a_date_outside_the_stretch_it_is_placed_in(s):
    fs = findings(s)
    assert len(fs) == 1, [f.message for f in fs]
    assert fs[0].evidence["shape"] == "the stretch of time it falls in"


@pytest.mark.parametrize(
    "s",
    [
        "وقد احتلت القوات البلاد في عام 1940 أثناء الحرب العالمية الثانية (1939-1945) بدون إنذار.",
        "The city was occupied in 1940, during the war (1939-1945).",
        # no date placed by the word, or a lapse («خلال خمس سنوات») rather than a stretch of dates
        "تضاعفت التجارة خلال الفترة 2010-2014 لتبلغ ذروتها عام 2016.",
        "افتتح المصنع عام 2020 وتضاعف إنتاجه خلال خمس سنوات.",
        # the stretch's own since/until: not a stretch the date falls in
        "The port reopened in 2016 during the years since 2010.",
    ],
)
def test_a_date_inside_its_stretch_or_none(s):
    assert findings(s) == [], [f.message for f in findings(s)]


@pytest.mark.parametrize(
    "s, bad",
    [
        # a relative date glossed by an explicit one: counted from a dateline, or from the date before
        ("موسكو - 3 آذار 2024\n\nوقال إن العام الماضي، أي عام 2021، شهد نمواً.", True),
        ("موسكو - 3 آذار 2024\n\nوقال إن العام الماضي، أي عام 2023، شهد نمواً.", False),
        ("افتتح المصنع عام 2010. وفي العام التالي، أي 2015، توسع الإنتاج.", True),
        ("افتتح المصنع عام 2010. وفي العام التالي، أي 2011، توسع الإنتاج.", False),
        ("The plant opened in 2010. The year after, namely 2013, output grew.", True),
        # no date the relative one counts from: left alone
        ("وقال إن العام الماضي، أي عام 2021، شهد نمواً.", False),
    ],
)
def test_a_relative_date_against_its_gloss(s, bad):
    assert bool(findings(s)) == bad, [f.message for f in findings(s)]


@pytest.mark.parametrize(
    "s",
    [
        # the year of an author-year citation dates the source, not the event before a lapse
        "أجرت الباحثة مسحاً عام 2014 (الخطيب، 2016: 12). وبعد ثلاث سنوات، في مسح ثانٍ عام 2017، تراجعت النسبة.",
        "A first survey was run in 2014 (Haddad, 2016: 12). Three years later, in 2017, a second survey followed.",
    ],
)
def test_a_citation_year_is_not_the_date_before(s):
    assert findings(s) == []


@pytest.mark.parametrize(
    "s",
    [
        "أجرت الباحثة مسحاً عام 2014 (الخطيب، 2016: 12). وبعد ثلاث سنوات، في مسح ثانٍ عام 2019، تراجعت النسبة.",
        "A first survey was run in 2014 (Haddad, 2016: 12). Three years later, in 2019, a second survey followed.",
    ],
)
def test_a_lapse_after_a_cited_sentence_still_counts_from_the_event(s):
    assert len(findings(s)) == 1
