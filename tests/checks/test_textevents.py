"""Events the text names itself: one event phrase, two dates (synthetic texts written for the rule)."""

from __future__ import annotations

from tahqiq.checks import REGISTRY, load_all
from tahqiq.checks.textevents import find_phrases

from builders import extracted, run_detector  # noqa: E402

load_all()


facts = extracted
run = run_detector


def test_registered():
    assert REGISTRY["text-event-date-conflict"].scope == "internal"
    assert REGISTRY["text-event-date-conflict-cross"].scope == "cross-work"


def test_a_declaration_outside_the_gazetteer_dated_twice_in_arabic():
    s = ("وقّع الطرفان إعلان التكامل الزراعي الإقليمي في 23/3/2015 في العاصمة.\n\n"
         "وقد مهّد إعلان التكامل الزراعي الإقليمي عام 2016 لتعاون أوسع.")
    fs = run("text-event-date-conflict", s)
    assert len(fs) == 1
    f = fs[0]
    assert (f.kind, f.severity, f.scope) == ("event-date-conflict", "warning", "internal")
    assert "23 March 2015" in f.message and "2016" in f.message
    assert f.spans[0].text.startswith("إعلان التكامل الزراعي الإقليمي") and f.spans[0].text.endswith("23/3/2015")
    assert f.evidence["facts"][1]["date_text"] == "عام 2016"


def test_a_treaty_dated_twice_to_the_day_in_english_is_an_error():
    s = ("The Treaty of Northern Fisheries was signed on 4 May 1998 in Oslo. Fleets adapted slowly.\n\n"
         "Critics of the Treaty of Northern Fisheries, signed on 14 May 1998, called it weak.")
    fs = run("text-event-date-conflict", s)
    assert [(f.severity, f.evidence["shared_words"]) for f in fs] == [("error", ["fisheries", "northern"])]


def test_a_one_word_treaty_name_is_enough():
    s = "وُقّعت معاهدة فالنسيا سنة 1961.\n\nوبعد عقود عادت معاهدة فالنسيا سنة 1963 إلى النقاش."
    assert len(run("text-event-date-conflict", s)) == 1


def test_same_event_across_works():
    a = "Both sides issued the Declaration on Arctic Shipping Lanes in March 2019."
    b = "The Declaration on Arctic Shipping Lanes, adopted in June 2020, was short."
    fs = run("text-event-date-conflict-cross", a, b)
    assert len(fs) == 1 and fs[0].scope == "cross-work"
    assert run("text-event-date-conflict", a, b) == []


def test_signing_and_ratification_a_year_apart_are_two_events():
    ar = ("وقّع البلدان معاهدة الملاحة النهرية المشتركة عام 2009.\n\n"
          "ثم جرى التصديق على معاهدة الملاحة النهرية المشتركة عام 2010.")
    en = ("The Treaty on River Navigation Rights was signed in 2009.\n\n"
          "The Treaty on River Navigation Rights was ratified in 2010.")
    assert run("text-event-date-conflict", ar) == []
    assert run("text-event-date-conflict", en) == []


def test_a_year_on_year_series_of_exercises_is_not_one_event():
    s = ("جرت مناورات الشمال البحرية في أيار 2010.\n\nوجرت مناورات الشمال البحرية في أيار 2011.\n\n"
         "ثم جرت مناورات الشمال البحرية في أيار 2012.")
    assert run("text-event-date-conflict", s) == []
    # a recurring event with its ordinal is one event
    t = "عُقدت القمة الأولى لمنتدى السهوب في 2014.\n\nوكانت القمة الأولى لمنتدى السهوب في 2016 ناجحة."
    assert len(run("text-event-date-conflict", t)) == 1


def test_a_range_printed_reversed_is_not_a_conflict():
    s = ("استمرت مفاعيل معاهدة الأنهار العابرة بين 2011-2014 دون تعديل.\n\n"
         "وتعود معاهدة الأنهار العابرة إلى عام 2012 في الوثائق.")
    assert run("text-event-date-conflict", s) == []


def test_iraqs_invasion_of_kuwait_is_not_the_invasion_of_iraq():
    ar = "في عام 1990 وقع غزو العراق للكويت.\n\nوفي عام 2003 جاء غزو العراق بقيادة أمريكية."
    en = "Iraq's invasion of Kuwait came in 1990.\n\nThe invasion of Iraq followed in 2003."
    assert run("text-event-date-conflict", ar) == []
    assert run("text-event-date-conflict", en) == []


def test_generic_agreements_of_the_two_sides_are_not_one_event():
    s = "وقع البلدان اتفاقية تعاون بين البلدين عام 2015.\n\nووقعا اتفاقية تعاون بين البلدين عام 2019."
    assert run("text-event-date-conflict", s) == []


def test_dates_of_one_sentence_and_order_words_are_not_rivals():
    s = ("أُعلن ميثاق المياه القارية في 2001، وإعلان المياه القارية المعدل في 2005.\n\n"
         "وقبل إعلان المياه القارية المعدل بعام، أي في 2004، جرت مشاورات.")
    assert run("text-event-date-conflict", s) == []


def test_phrases_in_notes_are_not_read():
    s = ("نص إعلان الحوكمة الرقمية الإقليمية في 2018 على مبادئ.\n\n"
         "الهوامش\n\n(1) انظر: إعلان الحوكمة الرقمية الإقليمية، منشورات 2020.")
    ps = find_phrases(facts(s).texts[0])
    assert len(ps) == 1


# --------------------------------------------------------------------------- "the first X, in year Y"


def test_a_first_ever_contradicted_by_another_work():
    a = "أجرى البلدان أول مناورات بحرية مشتركة في بحر الشمال عام 2012."
    b = "وكانت مناورات بحرية مشتركة في بحر الشمال قد جرت عام 2005 بمشاركة محدودة."
    fs = run("first-claim-contradicted-cross", a, b)
    assert len(fs) == 1 and fs[0].kind == "first-claim-contradicted" and fs[0].scope == "cross-work"
    en_a = "The first-ever joint naval exercise in the Northern Sea took place in 2012."
    en_b = "A joint naval exercise in the Northern Sea was held in 2005."
    assert len(run("first-claim-contradicted-cross", en_a, en_b)) == 1


def test_a_first_that_is_first_or_another_event_is_quiet():
    a = "أجرى البلدان أول مناورات بحرية مشتركة في بحر الشمال عام 2012."
    later = "وتكررت مناورات بحرية مشتركة في بحر الشمال عام 2014."
    other = "وجرت مناورات جوية في الصحراء الغربية عام 2005."
    assert run("first-claim-contradicted-cross", a, later) == []
    assert run("first-claim-contradicted-cross", a, other) == []
    assert run("first-claim-contradicted", a + "\n\n" + later) == []


def test_for_the_first_time_marks_a_first():
    a = "وفي عام 2016 جرت لأول مرة مناورات بحرية مشتركة في بحر الشمال."
    b = "جرت مناورات بحرية مشتركة في بحر الشمال عام 2009."
    assert len(run("first-claim-contradicted-cross", a, b)) == 1


def test_agreements_named_only_by_their_parties_are_not_one_event():
    s = ("وقعت روسيا والصين صفقة الغاز الروسية الصينية عام 2014.\n\n"
         "ثم وقعتا صفقة الغاز الروسية الصينية عام 2022.\n\n"
         "وأصدرت وزارة الخارجية الروسية بيان وزارة الخارجية الروسية في أيار 2020، ثم بيان وزارة الخارجية الروسية في آذار 2022.")
    assert run("text-event-date-conflict", s) == []
    en = "An agreement between Russia and China was signed in 2001.\n\nAn agreement between Russia and China was signed in 2019."
    assert run("text-event-date-conflict", en) == []


def test_a_relative_date_after_the_event_is_not_its_date():
    s = ("وُقّعت معاهدة فالنسيا سنة 1961.\n\n"
         "وخلال الأعوام العشرة التي تلت معاهدة فالنسيا تغيرت السياسات.")
    assert run("text-event-date-conflict", s) == []


def test_a_first_since_a_date_is_not_a_first_ever():
    a = "أجرى البلدان أول مناورات بحرية مشتركة في بحر الشمال منذ عام 2010 في عام 2016."
    b = "جرت مناورات بحرية مشتركة في بحر الشمال عام 2005."
    assert run("first-claim-contradicted-cross", a, b) == []
    en = "The first joint naval exercise in the Northern Sea since the crisis took place in 2016."
    en_b = "A joint naval exercise in the Northern Sea was held in 2005."
    assert run("first-claim-contradicted-cross", en, en_b) == []


# --------------------------------------------------------------------------- a fuller name of the same event


def test_a_declaration_named_more_fully_once_is_one_event():
    ar = ("وقّعت الدول الثلاث إعلان المبادئ في العاصمة في 5 نيسان 2017، وتضمن عشرة مبادئ.\n\n"
          "وقد أدى إعلان المبادئ لعام 2018 إلى تهدئة الخلاف.")
    en = ("The three states signed the Declaration of Principles in Nairobi on 5 April 2017.\n\n"
          "The Declaration of Principles of 2018 eased the dispute.")
    assert len(run("text-event-date-conflict", ar)) == 1
    assert len(run("text-event-date-conflict", en)) == 1


def test_a_fuller_name_is_one_event_only_for_kinds_named_by_one_word():
    # two more name words: another declaration; an agreement (not a one-word kind) with one more word
    ar = ("وقّعت الدول إعلان المبادئ المائية الإقليمية في نيسان 2017.\n\n"
          "وقد أدى إعلان المبادئ لعام 2018 إلى تهدئة الخلاف.")
    agr = ("وقّع البلدان اتفاقية الملاحة النهرية عام 2009.\n\n"
           "وجاءت اتفاقية الملاحة عام 2012 لتنظيم الرسوم.")
    assert run("text-event-date-conflict", ar) == []
    assert run("text-event-date-conflict", agr) == []


def test_a_when_clause_after_a_date_is_on_it():
    # «حتى عام X، حيث تم إعلان …»: the declaration happened in X, whatever the «حتى»
    ar = ("بقيت البلاد تحت الحكم الأجنبي حتى عام 1921، حيث تم إعلان الاستقلال الوطني.\n\n"
          "وقد جاء إعلان الاستقلال الوطني في 3 آذار 1923 بعد مفاوضات طويلة.")
    en = ("The land stayed under foreign rule until 1921, when the Declaration of National Independence was "
          "signed.\n\nThe Declaration of National Independence of March 1923 followed long talks.")
    assert len(run("text-event-date-conflict", ar)) == 1
    assert len(run("text-event-date-conflict", en)) == 1
    same = ("بقيت البلاد تحت الحكم الأجنبي حتى عام 1921، حيث تم إعلان الاستقلال الوطني.\n\n"
            "وقد جاء إعلان الاستقلال الوطني في 3 آذار 1921 بعد مفاوضات طويلة.")
    assert run("text-event-date-conflict", same) == []
    # «حيث» far from the date (a relative of place with its own clause) does not date the phrase
    far = ("بقيت البلاد تحت الحكم الأجنبي حتى عام 1921، حيث عاش السكان سنوات صعبة قبل إعلان الاستقلال الوطني.\n\n"
           "وقد جاء إعلان الاستقلال الوطني في 3 آذار 1923 بعد مفاوضات طويلة.")
    assert run("text-event-date-conflict", far) == []


def test_a_stage_named_by_its_verb_is_another_event():
    # «صادق البرلمان على المعاهدة»، «جدد الطرفان المعاهدة», "Parliament ratified the … Treaty": not the signing
    for s in ("وقعت الدولتان معاهدة الحدود الشرقية عام 2004.\n\nوصادق البرلمان على معاهدة الحدود الشرقية عام 2005.",
              "وقعت الدولتان معاهدة الحدود الشرقية عام 2004.\n\nوجدد الطرفان معاهدة الحدود الشرقية عام 2014.",
              "The two states signed the Eastern Border Treaty in 2004.\n\n"
              "Parliament ratified the Eastern Border Treaty in 2005."):
        assert run("text-event-date-conflict", s) == [], s
    # the signing verb is no stage: the same treaty signed twice is a conflict
    for s in ("وقعت الدولتان معاهدة الحدود الشرقية عام 2004.\n\nووقع الطرفان معاهدة الحدود الشرقية عام 2005.",
              "The two states signed the Eastern Border Treaty in 2004.\n\nThe Eastern Border Treaty was signed in 2005."):
        assert len(run("text-event-date-conflict", s)) == 1, s
