"""A paragraph hard-wrapped by its writer's editor is read whole, and guards written with it (synthetic
texts, written for these rules):
- a lapse and its two dates across a wrapped line end («… يوم الجمعة 5 تموز 2013 …⏎… بعد واحد وعشرين شهراً،
  حين … يوم الاثنين 20 نيسان 2015»); a short line (a heading the blocks keep in the paragraph) still ends;
- «منذ الأربعاء الماضي، …» names a time, not an event dated elsewhere (a weekday is no event);
- «وقبلها مجلس النواب» is «قَبِلَها» (accepted it), not «قبلها» (before it);
- «بعد تسعة أشهر من الآن» counts from the writing;
- the only birth year of a text, told after an age, is not that age's;
- an oath of office alone is not Putin's fifth inauguration."""

from __future__ import annotations

from pathlib import Path

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str, form: str = "plain") -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form=form)])))


WRAPPED = ("وُقّعت الاتفاقية الإطارية للمشروع يوم الخميس 4 آذار 2010 في العاصمة، خلال زيارة وزير الخارجية\n"
           "الإيراني، ثم جاء الإعلان الرسمي بعد {n} شهراً، حين زار رئيس الوزراء التركي العاصمة\n"
           "يوم الاثنين 5 آذار 2012 ووقّع الجانبان اثنتي عشرة اتفاقية.\n")


def test_a_lapse_across_a_wrapped_line_is_read():
    assert "order-word-contradiction" not in kinds(WRAPPED.format(n="أربعة وعشرين"))
    assert {"order-word-contradiction", "duration-mismatch"} & set(kinds(WRAPPED.format(n="سبعة عشر")))


def test_a_wrapped_lapse_in_a_pdf_text():
    assert {"order-word-contradiction", "duration-mismatch"} & set(kinds(WRAPPED.format(n="سبعة عشر"), "pdf-text"))


def test_a_short_heading_line_ends_its_line():
    text = ("بعد سقوط الحكومة\n"
            "سقطت الحكومة يوم الأحد 8 كانون الأول 2024، وكان رئيسها، المولود في 11 أيلول 1965، في التاسعة والخمسين.\n")
    assert "order-word-contradiction" not in kinds(text)


def test_since_a_weekday_names_no_event():
    text = ("القاهرة - الأربعاء 8 يناير 2025\n\n"
            "احتفلت الشركتان اليوم بالذكرى الخامسة لافتتاح الجسر، الذي بات منذ الأربعاء الماضي، الأول من يناير الجاري، "
            "الطريق الوحيد بين الضفتين.\n")
    assert "order-word-contradiction" not in kinds(text)


def test_accepted_it_is_no_order_word():
    good = ("أعلن رئيس الوزراء استقالته يوم الجمعة 29 تشرين الثاني 2019، وقبلها مجلس النواب يوم الأحد 1 كانون الأول 2019، "
            "أي بعد يومين.")
    assert "order-word-contradiction" not in kinds(good)
    # the adverb before a unit of time still orders its dates
    bad = "وقّع الاتفاق عام 2015، وقبلها بعام واحد، في 2016، أعلن عن المشروع."
    assert "order-word-contradiction" in kinds(bad)


def test_months_from_now_count_from_the_writing():
    text = ("بيروت - الخميس 6 تشرين الثاني 2025\n\n"
            "تعثرت البلاد في سداد قسيمة كانت مستحقة في 14 تشرين الأول 2020. ويُنتظر أن تجري الانتخابات المقبلة في "
            "آب 2026، أي بعد تسعة أشهر من الآن.\n")
    assert not {"order-word-contradiction", "duration-mismatch"} & set(kinds(text))


def test_a_birth_told_after_the_age_is_not_its():
    text = ("زار الرئيس القاعدة يوم الاثنين 11 ديسمبر 2017، وكان في الخامسة والستين.\n\n"
            "وسقط النظام يوم الأحد 8 ديسمبر 2024، وكان رئيسه، المولود في 11 سبتمبر 1965، في التاسعة والخمسين.\n")
    assert "age-mismatch" not in kinds(text)
    # told before it, the only birth of the text is still read
    told = ("ولد الرئيس عام 1952. وزار القاعدة يوم الاثنين 11 ديسمبر 2017، وكان في الخامسة والسبعين.\n")
    assert "age-mismatch" in kinds(told)


def test_an_oath_alone_is_not_a_named_inauguration():
    text = "فاز زعيم المعارضة بالرئاسة، وأدى اليمين الدستورية يوم الثلاثاء 24 آب 2021 وهو في التاسعة والخمسين."
    assert "external-date" not in kinds(text)
    named = "زار بوتين الصين منذ أن أدى اليمين الدستوري لولايته الخامسة في 7 أيار 2023."
    assert "external-date" in kinds(named)


def test_an_age_in_a_relative_clause_is_of_its_noun():
    text = ("ولد الرئيس السابق عام 1944 في قرية صغيرة، وتولى الحكم عام 1989. وفي عام 2017 زار سوتشي والتقى نظيره "
            "الروسي، الذي كان في الخامسة والستين.")
    assert "age-mismatch" not in kinds(text)
    own = "ولد الرئيس السابق عام 1944، وزار سوتشي عام 2017، وكان في الخامسة والستين."
    assert "age-mismatch" in kinds(own)


def test_a_birth_of_another_sentence_a_life_apart_is_another_persons():
    assert "age-mismatch" not in kinds("ولد المؤسس عام 1930. وتولى ابنه إدارة الشركة عام 2005 وكان في الأربعين.")
    # a near miss is still the writer's fault
    assert "age-mismatch" in kinds("ولد المؤسس عام 1962. وتولى إدارة الشركة عام 2005 وكان في الأربعين من عمره.")


def test_a_birth_with_its_day_before_the_age():
    text = "سقط النظام يوم الأحد 8 ديسمبر 2024، وكان الرئيس، المولود في 11 سبتمبر {y}، في التاسعة والخمسين."
    assert "age-mismatch" not in kinds(text.format(y="1965"))
    assert "age-mismatch" in kinds(text.format(y="1962"))
