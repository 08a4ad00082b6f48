"""org-acronym (tahqiq.checks.orgnames): a known organisation's Arabic name with another's acronym,
its English name with a URL misspelling its domain; positive and negative, Arabic and English."""

from __future__ import annotations

from pathlib import Path

from tahqiq.checks import load_all, run
from tahqiq.checks.orgnames import arabic_mismatches, url_mismatches
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts
from tahqiq.text.normtext import normalise


def _t(s: str) -> str:
    return normalise(s).text


def test_arabic_name_with_another_acronym():
    hits = arabic_mismatches(_t("يواصل المهرجان شراكته مع **منظمة الأمم المتحدة للتربية والعلم والثقافة (UNICEF)** منذ عام 2015."))
    assert [(h[1].group("a"), h[2]) for h in hits] == [("UNICEF", "UNESCO")]


def test_arabic_name_with_swapped_acronym_and_clitic():
    hits = arabic_mismatches(_t("وقدمت الوزارة طلبا لمنظمة العمل الدولية (IOL) في العام نفسه."))
    assert [(h[1].group("a"), h[2]) for h in hits] == [("IOL", "ILO")]


def test_arabic_name_with_own_or_french_acronym_or_longer_name():
    for s in ("ويتفق ذلك مع تقرير منظمة العمل الدولية (ILO) عن القطاع.",
              "ويتفق ذلك مع تقرير منظمة العمل الدولية (OIT) عن القطاع.",
              "وأعلن المكتب الإقليمي لمنظمة الصحة العالمية لشرق المتوسط (EMRO) خطته.",
              "وقالت منظمة شنغهاي للتعاون (OCS) إن القمة ستعقد في الصيف."):
        assert arabic_mismatches(_t(s)) == [], s


def test_english_name_with_misspelt_domain():
    s = ("المراجع\n- International Labour Organization, Skills for Competitiveness, Geneva, 2021, "
         "https://www.ifo.org/publications/2021/09/skills (accessed 22 October 2024).\n")
    hits = url_mismatches(_t(s))
    assert [(h[2].group("host"), h[3]) for h in hits] == [("ifo.org", "ILO")]


def test_english_name_with_own_publisher_or_another_agency_domain():
    for url in ("https://www.ilo.org/publications/2021", "https://www.cambridge.org/core/books/x",
                "https://www.undp.org/joint/2021/report", "https://www.reuters.com/world/ilo-report"):
        s = f"- International Labour Organization, Report, Geneva, 2021, {url}\n"
        assert url_mismatches(_t(s)) == [], url


def test_detector_registers_findings_of_kind_name_variant():
    load_all()
    raw = "وأشار تقرير منظمة الصحة العالمية (WTO) الصادر عام 2020 إلى تراجع المؤشر."
    fs = run(Facts([text_facts(Document(path=Path("t.txt"), raw=raw, form="plain"))]), scopes={"internal"})
    got = [f for f in fs if f.evidence.get("organisation") == "WHO"]
    assert len(got) == 1 and got[0].kind == "name-variant" and got[0].spans[1].text == "WTO"
