"""Names against the text's own evidence: byline vs e-mail, acronym vs domain, X-X relations.
Synthetic texts written for the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(name: str, s: str):
    fs = REGISTRY[name].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


def test_byline_against_email():
    s = "عنوان البحث\n\nد. أمل حسن\nAmal Hassan\nCollege of Law, Northern University\namal.hasan@north.edu.xx\n\nنص."
    fs = run("byline-email", s)
    assert len(fs) == 1 and fs[0].evidence["name_word"] == "hassan" and fs[0].evidence["email_word"] == "hasan"


@pytest.mark.parametrize("s", [
    "Title\n\nAmal Hassan\nCollege of Law\na.hassan@north.edu.xx\n\nText.",
    "Title\n\nAmal Hassan\nCollege of Law\ninfo@north.edu.xx\n\nText.",
    "Title\n\nAmal Hassan\nCollege of Law\nkarim.younes@north.edu.xx\n\nText.",
    "عنوان\n\nأمل حسن\namal.hassan@north.edu.xx\n\nنص.",  # Arabic letters and Latin letters are not variants
])
def test_matching_unrelated_or_arabic_bylines_are_quiet(s):
    assert run("byline-email", s) == []


def test_acronym_against_its_domain():
    s = "According to the Centre for Strategic Studies (CSSR), https://www.cssd.org/report, trade rose."
    fs = run("acronym-domain", s)
    assert len(fs) == 1 and fs[0].evidence == {**fs[0].evidence, "acronym": "CSSR", "domain_label": "cssd"}
    t = "ووفقا لمركز الدراسات الاستراتيجية (CSSR) على موقعه www.crss.org فإن التجارة نمت."
    assert len(run("acronym-domain", t)) == 1


@pytest.mark.parametrize("s", [
    "According to the Centre (CSSR), https://www.cssr.org/report, trade rose.",
    "The council (RIAC) wrote at https://russiancouncil.ru/analytics that trade rose.",
    "As NATO said, https://www.reuters.com/world reported the talks.",
    "The institute (IISS) https://www.iiss.org/en/ publishes yearly.",
])
def test_matching_or_spelled_out_domains_are_quiet(s):
    assert run("acronym-domain", s) == []


def test_x_x_relations_against_the_pair_of_the_text():
    ar = "العلاقات الروسية الصينية في عالم متغير\n\nتطورت العلاقات الروسية - الروسية بعد 2014 وتعمقت العلاقات الروسية الصينية."
    en = "Russian-Chinese relations today\n\nAfter 2014 Russian-Russian relations deepened, and Russian-Chinese relations grew."
    assert [f.kind for f in run("relations-pair", ar)] == ["relations-pair"]
    assert len(run("relations-pair", en)) == 1


def test_intra_relations_without_an_x_y_pair_are_quiet():
    s = "المصالحة الداخلية\n\nتحسنت العلاقات الفلسطينية الفلسطينية بعد الاتفاق، وتراجعت العلاقات الإقليمية."
    assert run("relations-pair", s) == []


def test_a_first_name_in_two_spellings():
    s = "قال الرئيس فلاديمير بوتين إن التعاون مهم.\n\nوأضاف الرئيس فلاديمر بوتين أن الشراكة قوية."
    fs = run("first-name-variant", s)
    assert len(fs) == 1 and fs[0].kind == "entity-variant" and sorted(fs[0].evidence["forms"]) == ["فلاديمر", "فلاديمير"]


@pytest.mark.parametrize("s", [
    "قال الرئيس فلاديمير بوتين إن التعاون مهم. وأضاف الرئيس Vladimir Putin أن الشراكة قوية. وقال الرئيس بوتين.",
    "قال الرئيس فلاديمير بوتين إن التعاون مهم. وأضاف الرئيس فلاديمير بوتين أن الشراكة قوية.",
])
def test_one_spelling_or_two_scripts_are_not_variants(s):
    assert run("first-name-variant", s) == []


@pytest.mark.parametrize("s, acronym", [
    # the note its marker calls
    ("وبحسب هيئة تنظيم قطاع الطاقة (ERAC)[3] ارتفع الطلب.\n\n[3] هيئة تنظيم قطاع الطاقة، تقرير 2024، https://www.erc.gov.xx/reports/2024\n", "ERAC"),
    # notes that begin with the organisation's name
    ("ووقعت شركة كهرباء الجنوب (SEC) العقد.\n\n[1] شركة كهرباء الجنوب، بيان صحفي، https://www.sce-power.com/news/1\n", "SEC"),
    # the website the sentence names; a ministry's «Mo…»
    ("وتشرف وزارة الشؤون البلدية (MoMA) على الخدمة وتنشر أدلتها على موقعها www.molg.gov.xx كل عام.", "MoMA"),
])
def test_acronym_against_the_domain_tied_to_it(s, acronym):
    fs = run("acronym-domain", s)
    assert len(fs) == 1 and fs[0].evidence["acronym"] == acronym and fs[0].spans[0].text == acronym


@pytest.mark.parametrize("s", [
    "وبحسب هيئة تنظيم قطاع الطاقة (ERC)[3] ارتفع الطلب.\n\n[3] هيئة تنظيم قطاع الطاقة، تقرير 2024، https://www.erc.gov.xx/reports/2024\n",
    "ووقعت شركة كهرباء الجنوب (SEC) العقد.\n\n[1] شركة كهرباء الجنوب، بيان صحفي، https://www.sec-power.com/news/1\n",
    # a note by another source (a newspaper) about the organisation
    "ووقعت شركة كهرباء الجنوب (SEC)[2] العقد.\n\n[2] \"توقيع العقد\"، صحيفة الوطن، https://www.alwatan-news.com/2024/1\n",
    "وتشرف وزارة الشؤون البلدية (MoMA) على الخدمة وتنشر أدلتها على موقعها www.moma.gov.xx كل عام.",
    # a domain spelling the name out
    "وبحسب المجلس الروسي للشؤون الدولية (RIAC)[1] تحسنت العلاقات.\n\n[1] المجلس الروسي للشؤون الدولية، https://russiancouncil.ru/a\n",
])
def test_acronym_agreeing_with_its_tied_domain_is_quiet(s):
    assert run("acronym-domain", s) == []


@pytest.mark.parametrize("s, acronym, host", [
    # the note called at the end of the acronym's sentence; the note opens with the full name
    ("وأسست الحكومة سلطة تنظيم قطاع النقل (TRAX) لمراقبة الموانئ، وتضم تسعة أعضاء[4].\n\n"
     "[4] سلطة تنظيم قطاع النقل، \"التقرير\"، 2021، https://www.trak.gov.xx/report\n", "TRAX", "trak.gov.xx"),
    # the acronym with a letter dropped, against its own domain
    ("وأنشأ البلدان هيئة وادي النخيل (VPA) للتنسيق[1].\n\n[1] هيئة وادي النخيل، \"اللائحة\"، https://www.vpaa.org/ar/\n",
     "VPA", "vpaa.org"),
    # two letters swapped in one note's domain while another note spells it right
    ("وأنشأ البلدان هيئة وادي النخيل (VPAA) للتنسيق[1].\n\n[1] هيئة وادي النخيل، \"اللائحة\"، https://www.pvaa.org/ar/\n\n"
     "[2] هيئة وادي النخيل، \"التقرير\"، https://www.vpaa.org/r/\n", "VPAA", "pvaa.org"),
    # an Arabic form and a Latin acronym in one bracket; a note led by the acronym; an umbrella prefix
    ("وبحسب مفوضية المياه الإقليمية (المفوضية - RWCO)، تراجع المخزون[2].\n\n"
     "[2] RWCO, \"Storage report\", 2022, https://www.unrwo.org/reports/2022\n", "RWCO", "unrwo.org"),
])
def test_acronym_against_more_tied_domains(s, acronym, host):
    fs = run("acronym-domain", s)
    assert fs and all(f.evidence["acronym"] == acronym for f in fs)
    assert host in [f.spans[1].text for f in fs]


@pytest.mark.parametrize("s", [
    # an umbrella prefix before the acronym is the acronym
    "وبحسب مفوضية المياه الإقليمية (المفوضية - RWCO)، تراجع المخزون[2].\n\n[2] RWCO, \"Storage\", 2022, https://www.unrwco.org/r\n",
    # the acronym opening a longer word
    "وأنشأ البلدان هيئة وادي النخيل (VPA) للتنسيق[1].\n\n[1] هيئة وادي النخيل، \"اللائحة\"، https://www.vpaonline.org/ar/\n",
    # the sentence's note is by a newspaper whose domain is unrelated
    "وأنشأ البلدان هيئة وادي النخيل (VPA) للتنسيق[1].\n\n[1] \"إنشاء الهيئة\"، جريدة المساء، https://www.almasaa-news.com/1\n",
    # a note led by another organisation's name
    "وأنشأ البلدان هيئة وادي النخيل (VPA) للتنسيق.\n\n[1] وزارة الري، \"اللائحة\"، https://www.vpx.gov.xx/ar/\n",
    # an agreeing domain in every note
    "وأنشأ البلدان هيئة وادي النخيل (VPA) للتنسيق[1].\n\n[1] هيئة وادي النخيل، \"اللائحة\"، https://www.vpa.org/ar/\n",
])
def test_more_tied_domains_that_agree_are_quiet(s):
    assert run("acronym-domain", s) == []
