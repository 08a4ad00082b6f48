"""Figures in two constructions (synthetic sentences, written for these rules):
- «ل» (for) on a noun in construct with a definite one after a scale word is a prepositional phrase, not
  the counted noun: «و3 مليارات لحملة السندات» (for the holders of bonds); «3 ملايين لاجئ سوري» counts;
- the currency a bare scale amount is counted in is read back over the lines that only wrap its paragraph."""

from __future__ import annotations

from tahqiq.corpus.catalogue import from_string
from tahqiq.extract.figures import extract_figures


def _figs(text: str) -> list[tuple]:
    df = extract_figures(from_string(text))
    return [(r.value, r.unit) for r in df.itertuples()]


def test_for_a_construct_is_no_counted_noun():
    assert _figs("ووزعت 6.3 مليارات دولار للمصارف، و3 مليارات لحملة السندات الدولية.")[-1] == (3e9, "USD")
    assert _figs("واستقبلت البلاد 3 ملايين لاجئ سوري.") == [(3e6, "لاجئ")]
    assert _figs("وتسلمت الوزارة 3 ملايين لقاح.") == [(3e6, None)]  # an unknown «ل» word after a scale: «for»


def test_the_currency_of_a_wrapped_paragraph():
    text = ("بلغ الدين الخارجي العام للبلاد عند التعثر 18.6 مليار دولار، موزعة على أربع فئات: 6.3 مليارات دولار\n"
            "للدائنين الرسميين الثنائيين، و3 مليارات للمؤسسات متعددة الأطراف، و9.3 مليارات للدائنين التجاريين.\n")
    assert _figs(text)[-2:] == [(3e9, "USD"), (9.3e9, "USD")]
    # a line that ends a paragraph (a short line) does not carry its currency into the next one
    apart = "المديونية بالدولار\n\nو3 مليارات للمؤسسات متعددة الأطراف، و9.3 مليارات للدائنين التجاريين.\n"
    assert all(u != "USD" for _, u in _figs(apart))


def test_a_unit_across_a_wrapped_line():
    text = ("ويتألف خط الأنابيب الجديد من أنبوبين متوازيين طاقة كل منهما 15.75 مليار متر\n"
            "مكعب سنوياً، يخصص الأول منهما للسوق المحلية والثاني للتصدير إلى دول الجوار.\n")
    assert (15.75e9, "m3/year") in _figs(text)
    text = ("بُنيت المرحلة الأولى من الميناء بكلفة 248 مليون دولار، قدّمت الصين منها 198 مليوناً، أي نحو 79.8\n"
            "بالمئة، ودُشّن الميناء بثلاثة أرصفة متعددة الأغراض.\n")
    assert (79.8, "%") in _figs(text)


def test_a_line_ended_by_a_stop_or_short_is_no_wrap():
    # a paragraph per line: the number ending one is no figure of the word opening the next
    text = "وبلغ عدد الزوار في الموسم الماضي وحده ما يزيد على ما سجل في الأعوام الثلاثة 2000.\nمليون زائر ينتظرهم الموسم المقبل."
    assert all(u != "زائر" or v != 2000 for v, u in _figs(text))


def test_an_unknown_word_with_for_after_a_scale_word():
    # «6.5 مليارات لغوشن، و1.5 مليار لسي إن جي آر»: the amounts of Gotion and CNGR, counted in the currency
    got = _figs("ويبلغ مجموع الاستثمارات 8.3 مليارات دولار: 6.5 مليارات لغوشن، و1.5 مليار لسي إن جي آر، "
                "و300 مليون دولار لبي تي آر.")
    assert got == [(8.3e9, "USD"), (6.5e9, "USD"), (1.5e9, "USD"), (3e8, "USD")]
    # a counted noun the lexicon knows keeps its «ل»: «3 ملايين لاجئ»; without a scale word a guess stays
    assert _figs("سجل 7 لاعبين أهدافا") == [(7.0, "لاعب")]
