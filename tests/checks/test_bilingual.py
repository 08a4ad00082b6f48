"""bilingual-mismatch: Arabic and English versions of one text's parts disagreeing."""

from __future__ import annotations

import pytest

from tahqiq.checks.bilingual import align_bibliography, bilingual_mismatch, latin_skeleton, name_similarity
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, gather, text_facts

# A synthetic article: both histories, abstracts, conclusions, results and bibliographies.
# Placeholders {…} hold the values that the negative case keeps equal and the positive case changes.
ARTICLE = """العلاقات التركية الإيرانية بعد عام 2010

Turkish-Iranian relations after 2010

Article history:

- Received 2 Feb. 2021
- Accepted: 9 Mar. 2021
- Available online: 1 Jun. 2021

Abstract: This paper studies relations between Turkey and Iran since 2010, and the crisis of 2016.

تواريخ البحث:

- الاستلام: 2 شباط 2021
- القبول: 9 {accepted_month} 2021
- النشر المباشر: 1 حزيران 2021

الخلاصة: تدرس هذه الورقة العلاقات بين تركيا وإيران منذ عام 2010، وأزمة عام {crisis}.

المقدمة:

نص المقدمة هنا عن العلاقات بين البلدين وتطورها عبر السنين الطويلة الماضية في مجالات عديدة.

الخاتمة:

توصلت الدراسة إلى أن العلاقات تحسنت بعد اتفاق عام 2015 وأن التبادل التجاري ارتفع بنسبة {share}%.

النتائج:

١. ارتفعت التجارة إلى 20 مليار دولار عام {trade_year}.
٢. تراجعت الاستثمارات بعد عام 2020.

Conclusion:

The study found that relations improved after the 2015 agreement and that trade rose by 35%.

Results:

1. Trade rose to 20 billion dollars in 2018.
2. Investment declined after 2020.

المصادر:

1. الكردي، محمود حسن، العلاقات التركية الإيرانية، مجلة الدراسات الإقليمية، المجلد 12، العدد {issue}، (جامعة الموصل، 2019).
2. شريف، نادية، الاقتصاد الإيراني، مجلة السياسة الدولية، العدد 210، (القاهرة، {sharif_year}).

Bibliography:

1. Al-Kurdi, Mahmoud Hassan, Turkish-Iranian relations, Journal of Regional Studies, Vol. 12, No. 5, University of Mosul, 2019.
2. Sharif, Nadia, the Iranian economy, International Politics Journal, No. 210, Cairo, 2018.
"""
SAME = dict(accepted_month="آذار", crisis="2016", share="35", trade_year="2018", issue="5", sharif_year="2018")
DIFFERENT = dict(accepted_month="نيسان", crisis="2017", share="30", trade_year="2019", issue="4", sharif_year="2017")


def findings(s: str, form: str = "pdf-text"):
    return bilingual_mismatch(Facts([text_facts(from_string(s, form))]))


def test_consistent_versions_agree():
    assert findings(ARTICLE.format(**SAME)) == []


def test_each_part_that_differs_is_reported():
    fs = findings(ARTICLE.format(**DIFFERENT))
    got = sorted((f.evidence["part"], tuple(s.text for s in f.spans)) for f in fs)
    assert got == [
        ("abstract", ("عام 2017", "2016")),
        ("article history", ("القبول: 9 نيسان 2021", "Accepted: 9 Mar. 2021")),
        ("bibliography", (
            "1. الكردي، محمود حسن، العلاقات التركية الإيرانية، مجلة الدراسات الإقليمية، المجلد 12، العدد 4، "
            "(جامعة الموصل، 2019).",
            "1. Al-Kurdi, Mahmoud Hassan, Turkish-Iranian relations, Journal of Regional Studies, Vol. 12, No. 5, "
            "University of Mosul, 2019.")),
        ("bibliography", (
            "2. شريف، نادية، الاقتصاد الإيراني، مجلة السياسة الدولية، العدد 210، (القاهرة، 2017).",
            "2. Sharif, Nadia, the Iranian economy, International Politics Journal, No. 210, Cairo, 2018.")),
        ("conclusion", ("30%", "35%")),
        ("result 1", ("عام 2019", "2018")),
    ]
    assert all(f.kind == "bilingual-mismatch" and f.severity == "warning" for f in fs)
    bib = {f.evidence["differences"][0]["field"]: f.evidence["differences"][0] for f in fs
           if f.evidence["part"] == "bibliography"}
    assert bib == {"issue": {"field": "issue", "arabic": "4", "english": "5"},
                   "year": {"field": "year", "arabic": "2017", "english": "2018"}}
    hist = next(f for f in fs if f.evidence["part"] == "article history")
    assert hist.evidence["stage"] == "accepted"
    assert "2021-04-09" in hist.message and "2021-03-09" in hist.message


def test_one_sided_values_are_not_disagreements():
    # the English abstract names a year the Arabic one leaves out: an omission, not a disagreement
    s = ARTICLE.format(**SAME).replace("وأزمة عام 2016", "والأزمة اللاحقة")
    assert findings(s) == []


@pytest.mark.parametrize("s, form", [("", "plain"), ("just words", "plain"), ("\n\n", "pdf-text"),
                                     ("العدد 5", "pdf-scrambled"), ("Received 1 May 2020", "web-endnotes")])
def test_texts_without_counterparts(s, form):
    assert findings(s, form) == []


def test_minimal_conclusions():
    fs = findings("الخاتمة:\n\nنص عام 2020.\n\nConclusion:\n\nText of 2021.\n")
    assert [(f.evidence["part"], [sp.text for sp in f.spans]) for f in fs] == [("conclusion", ["عام 2020", "2021"])]


@pytest.mark.parametrize(
    "ar, en",
    [("الأنباري", "al-Anbari"), ("جاسم", "Jassim"), ("شريف", "Sharif"), ("خليل", "Khalil"), ("قاسم", "Kassem")],
)
def test_latin_skeleton_across_scripts(ar, en):
    assert latin_skeleton(ar) == latin_skeleton(en)


def test_name_similarity_is_order_insensitive():
    assert name_similarity("محمود حسن الكردي", "Al-Kurdi, Mahmoud Hassan") > 0.9
    assert name_similarity("محمود حسن الكردي", "Nadia Sharif") < 0.5


def test_bibliography_alignment_ignores_order():
    s = ARTICLE.format(**SAME)
    i = s.index("1. Al-Kurdi")
    j = s.index("2. Sharif")
    reordered = s[:i] + s[j:].rstrip("\n") + "\n" + s[i:j]  # the English list in the other order
    tf = text_facts(from_string(reordered, "pdf-text"))
    pairs = [(str(a["authors"]), str(e["authors"])) for a, e, _ in align_bibliography(tf)]
    assert sorted(pairs) == [("محمود حسن الكردي", "Mahmoud Hassan Al-Kurdi"), ("نادية شريف", "Nadia Sharif")]


def test_bibliography_authors_differing_across_scripts():
    # the second entry agrees in volume, issue and year but names another author in English
    s = ARTICLE.format(**SAME).replace("Sharif, Nadia,", "Haddad, Sami,").replace(
        "العدد 210، (القاهرة، 2018)", "المجلد 3، العدد 210، (القاهرة، 2018)").replace(
        "No. 210, Cairo", "Vol. 3, No. 210, Cairo")
    fs = findings(s)
    assert [f.evidence["differences"] for f in fs] == [[{"field": "authors", "arabic": "نادية شريف",
                                                         "english": "Sami Haddad"}]]


# --------------------------------------------------------------------------- corpus


@pytest.fixture(scope="module")
def corpus_facts(catalogue):
    return gather(catalogue.documents())


def test_corpus(corpus_facts):
    fs = bilingual_mismatch(corpus_facts)
    # 000 and its witness 001: the Arabic history dates the proofreading and the acceptance in March
    # (15 and 23 «مارس»), the English one in May. Title, abstract, conclusion, results and the
    # aligned bibliography entries agree in their dates and numbers.
    got = sorted((f.spans[0].file[:3], f.evidence["part"], f.evidence["stage"], f.spans[0].text, f.spans[1].text)
                 for f in fs)
    assert got == [
        ("000", "article history", "accepted", "القبول: 23 مارس 2025", "Accepted: 23 May. 2025"),
        ("000", "article history", "proofread", "التنقيح اللغوي 15 مارس 2025", "Final Proofreading 15 May. 2025"),
        ("001", "article history", "accepted", "القبول: 23 مارس 2025", "Accepted: 23 May. 2025"),
        ("001", "article history", "proofread", "التنقيح اللغوي 15 مارس 2025", "Final Proofreading 15 May. 2025"),
    ]


def test_corpus_bibliography_alignment(corpus_facts):
    tf = corpus_facts.texts[0]
    pairs = align_bibliography(tf)
    # 15 Arabic entries, 23 English (8 of them web sources without an Arabic counterpart); all but
    # the institutional author («وحدة دراسات الصين» / China Studies Unit) align by name.
    assert len(pairs) == 14
    by_ar = {str(a["authors"]): str(e["authors"]) for a, e, _ in pairs}
    assert by_ar["احمد عبد الامير الأنباري"] == "Ahmed Abdul Amir al-Anbari"
    assert by_ar["رضا ميثم عبد الرضا"] == "Reza Maitham Abdulreda"
    assert all(a["year"] == e["year"] for a, e, _ in pairs)
