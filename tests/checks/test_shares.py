"""arithmetic-share-whole: synthetic paragraphs (extracted by the real pipeline), positive and
negative, Arabic and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import shares
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts


def found(raw: str) -> list:
    return shares.arithmetic_share_whole(Facts([text_facts(Document(path=Path("s.txt"), raw=raw))]))


POSITIVE = [
    # parts with their shares in parentheses imply different wholes
    "وتوزعت المبيعات على ثلاثة أسواق: المحلي بمبيعات 3 ملايين دينار (60%)، والخليجي بـ1.5 مليون دينار (20%)، "
    "والأوروبي بـ500 ألف دينار (10%).",
    # shares first, parts in parentheses
    "وجاء 70% من الطلاب من المدن (1,400 طالب)، و30% من القرى (900 طالب).",
    # «على التوالي»
    "وتوزعت المنح على ثلاث كليات: الطب (50 منحة)، والهندسة (30 منحة)، والآداب (20 منحة)، "
    "أي 50% و20% و20% على التوالي.",
    # a part after «منها» with a wrong share
    "وزار المعرض 20 ألف زائر، منهم 5 آلاف زائر من خارج المحافظة، أي 40% من الزوار.",
    # a share of a whole named in an earlier sentence, by pronoun
    "وبلغ محصول القمح هذا العام 800 طن. وذهب 300 طن من المحصول، أي 25% منه، إلى المطاحن الحكومية.",
    # «نصيب … منها P%، أي V»
    "وبلغت ميزانية البلدية 900 ألف دينار، وكان نصيب الطرق منها 20%، أي 270 ألف دينار.",
    # «P% من NOUN، أي V» with the noun naming an earlier figure
    "ويبلغ التمويل الكلي للمشروع 4 ملايين دولار، ويذهب 30% من التمويل، أي 2 مليون دولار، إلى البنية التحتية.",
    # a fraction word of a whole in its sentence
    "وشمل الاستطلاع 1,200 موظف، ووجد أن ربع الموظفين فقط، أي 400 موظف، يعملون عن بعد.",
    # English
    "Sales reached 600 tonnes, of which 240 tonnes went abroad, i.e. 25% of sales.",
]

NEGATIVE = [
    # the same shapes, right
    "وتوزعت المبيعات على ثلاثة أسواق: المحلي بمبيعات 3 ملايين دينار (60%)، والخليجي بـ1.5 مليون دينار (30%)، "
    "والأوروبي بـ500 ألف دينار (10%).",
    "وجاء 70% من الطلاب من المدن (1,400 طالب)، و30% من القرى (600 طالب).",
    "وتوزعت المنح على ثلاث كليات: الطب (50 منحة)، والهندسة (30 منحة)، والآداب (20 منحة)، "
    "أي 50% و30% و20% على التوالي.",
    "وزار المعرض 20 ألف زائر، منهم 5 آلاف زائر من خارج المحافظة، أي 25% من الزوار.",
    "وبلغ محصول القمح هذا العام 800 طن. وذهب 200 طن من المحصول، أي 25% منه، إلى المطاحن الحكومية.",
    "وبلغت ميزانية البلدية 900 ألف دينار، وكان نصيب الطرق منها 30%، أي 270 ألف دينار.",
    "ويبلغ التمويل الكلي للمشروع 4 ملايين دولار، ويذهب 50% من التمويل، أي 2 مليون دولار، إلى البنية التحتية.",
    "وشمل الاستطلاع 1,200 موظف، ووجد أن ثلث الموظفين فقط، أي 400 موظف، يعملون عن بعد.",
    "Sales reached 600 tonnes, of which 240 tonnes went abroad, i.e. 40% of sales.",
    # a figure of another time is no whole («مقابل»): 25% of 2,400, not of 2,000
    "وبلغ الإنتاج 2,400 طن مقابل 2,000 طن في العام الماضي. وصُدّر 600 طن، أي 25% منه.",
    # a share of a whole the text never states: nothing to check
    "وصدّرت الشركة 300 طن، أي 12% من صادرات البلاد من الزيت.",
    # parts of different measures are not compared («طالبة» is not «طالب»)
    "وشمل المسح 900 طالبة و600 طالب، ووجد أن ثلث الطلاب، أي 200 طالب، يقرؤون بانتظام.",
    # a share of an unnamed whole beside unrelated parts
    "وارتفع عدد السياح إلى 50 ألف سائح، أي بزيادة 20%، وأنفقوا 10 ملايين دينار.",
]


@pytest.mark.parametrize("raw", POSITIVE)
def test_flags_a_share_its_part_and_whole_do_not_give(raw):
    got = found(raw)
    assert [f.kind for f in got] == ["arithmetic-share-whole"], raw
    assert got[0].evidence["rule"]


@pytest.mark.parametrize("raw", NEGATIVE)
def test_quiet_on_right_or_unanchored_shares(raw):
    assert found(raw) == [], [f.message for f in found(raw)]


def test_bare_scale_word_is_exact():
    # «أي مليون يورو» is one million, not «somewhere between half a million and 1.5 million»
    assert found("ويبلغ التمويل الإجمالي 2.5 مليون يورو، ويُخصص 20% من التمويل، أي مليون يورو، للنقل.")
    assert not found("ويبلغ التمويل الإجمالي 2.5 مليون يورو، ويُخصص 40% من التمويل، أي مليون يورو، للنقل.")
