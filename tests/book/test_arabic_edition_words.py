"""What a reader of the Arabic edition sees is Arabic (the comparison's overview and quotes, the
exercises' marking, the plots' categories), and every page names a text by its work's title and
witness, never by its file name (synthetic works and texts, and the corpus where it is the data)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pandas as pd
import pytest

from tahqiq.book import exercises as exm
from tahqiq.book import plots, render
from tahqiq.book.chapter import reader_label, reader_labels
from tahqiq.book.marking import mark
from tahqiq.corpus.catalogue import Document
from tahqiq.extract.dates import extract_dates

ARABIC = re.compile(r"[\u0600-\u06FF]")
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
HASHED = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")

AR = ("تأسست المنظمة عام 2001 في شنغهاي. وفي عام 2005 أجرت الدولتان أول مناورة مشتركة. "
      "ثم وقعت الدولتان المعاهدة عام 2003 بعد توقيعها عام 2001 كما يقول الكاتب. "
      "وفي عام 2014 تحدث الوزير عن تحالف تقني. وفي عام 2022 أعلنتا شراكة بلا حدود.\n")


def _work(slug="syn-2020", title_en="A synthetic essay", title_ar="مقالة مصطنعة", n=2):
    texts = [SimpleNamespace(file=f"00{i}_{'ab' * 8}.txt", witness="AB"[i]) for i in range(n)]
    return SimpleNamespace(slug=slug, title={"en": title_en, "ar": title_ar}, texts=texts, date_published="2020-05-01")


# --------------------------------------------------------------------------- text names


def test_reader_label_is_title_and_witness_in_the_editions_language():
    w = _work()
    assert reader_label(w, "B", 2, "en") == "A synthetic essay, witness B"
    assert reader_label(w, "B", 2, "ar") == "مقالة مصطنعة، النسخة B"
    assert reader_label(w, "A", 1, "ar") == "مقالة مصطنعة"  # one text: no witness to name
    # no title in the edition's language: the other one; none at all: the slug
    assert reader_label(_work(title_ar=None), "A", 1, "ar") == "A synthetic essay"
    assert reader_label(_work(title_en="", title_ar=""), "A", 1, "en") == "syn-2020"
    long = reader_label(_work(title_en="word " * 40), "A", 1, "en")
    assert len(long) <= 72 and long.endswith("…")


def test_reader_labels_of_the_corpus_name_no_file():
    from tahqiq.corpus.catalogue import Catalogue

    cat = Catalogue()
    for lang in ("en", "ar"):
        labels = reader_labels(cat, lang)
        assert set(labels) == {t.file for w in cat.works for t in w.texts}
        assert not any(HASHED.search(v) for v in labels.values())
    assert reader_labels(None) == {}


def test_a_table_names_texts_for_readers_but_keeps_a_file_column_and_the_csv():
    labels = {"001_abababababababab.txt": "A synthetic essay, witness B"}
    df = pd.DataFrame([{"file": "001_abababababababab.txt", "first_file": "001_abababababababab.txt",
                        "message": "a name differs in 001_abababababababab.txt here"}])
    html = render.table(df, "t", labels=labels).html
    body = html.split("<tbody>", 1)[1]
    assert body.count("001_abababababababab.txt") == 1  # the file column only
    assert body.count("A synthetic essay, witness B") == 2
    assert "001_abababababababab.txt here" in render.csv_frame(df).to_csv()  # the CSV is the data


def test_a_finding_quotes_texts_by_their_reader_names_by_default():
    from tahqiq.corpus.catalogue import Catalogue

    cat = Catalogue()
    w = cat.works[0]
    t = w.texts[0]
    f = {"id": "x-1", "kind": "k", "severity": "note", "scope": "internal", "verdict": None,
         "message": f"in {t.file}", "spans": [{"file": t.file, "start": 0, "end": 1, "text": "?"}], "evidence": {}}
    for lang in ("en", "ar"):
        html = render.finding(f, {}, lang=lang)
        assert t.file not in html
        assert render.esc(reader_label(w, t.witness, len(w.texts), lang)) in html


def test_exercises_name_texts_by_title_and_witness_in_both_editions():
    work = _work(n=1)
    doc = Document(path=Path(work.texts[0].file), raw=AR, slug=work.slug, witness="A", work=work)
    i = AR.index("عام 2003")
    j = AR.index("عام 2001", i)
    spans = [{"file": doc.name, "start": i, "end": i + 8, "text": "عام 2003"},
             {"file": doc.name, "start": j, "end": j + 8, "text": "عام 2001"}]
    f = pd.DataFrame([{"id": "event-date-conflict-1", "kind": "event-date-conflict", "severity": "error",
                       "message": f"two dates in {doc.name}", "message_ar": f"تاريخان في {doc.name}",
                       "spans": spans, "evidence": {}, "scope": "internal", "verdict": "unreviewed"}])
    dates = {doc.name: extract_dates(doc)}
    for lang, name in (("en", "A synthetic essay"), ("ar", "مقالة مصطنعة")):
        (ex,) = exm.conflict_exercises(f, {doc.name: doc}, dates, lang=lang)
        shown = ex.book_markdown()
        assert not HASHED.search(shown), lang
        assert name in ex.prompt and name in ex.solution
    (en,) = exm.conflict_exercises(f, {doc.name: doc}, dates)
    (ar,) = exm.conflict_exercises(f, {doc.name: doc}, dates, lang="ar")
    assert en.key == ar.key  # one exercise, marked the same way in both editions
    assert not HASHED.search(str(en.key))


# --------------------------------------------------------------------------- marking in Arabic


def _ex(kind, key, lang):
    return exm.Exercise(f"ex-{kind}-x", kind, "t", "p", "h", "", "s", key=key, lang=lang)


YEAR = {"first": 2015, "last": 2024, "phrase": "العقد الماضي", "anchor": "2025-01-01"}
CONFLICT = {"sets": [["m1"], ["m3"]], "finding": "f-1", "message": "two dates", "message_ar": "تاريخان",
            "labels": {"m1": "عام 2003", "m2": "عام 2005", "m3": "عام 2001"}}
MAP = {"relations": [("c1", "supports", "c3")], "glosses": {"c1": "an English gloss", "c3": "another gloss"},
       "quotes": {"c1": "اقتباس أول", "c3": "اقتباس ثان"}}


@pytest.mark.parametrize("kind, key, answer", [
    ("year", YEAR, 2014), ("year", YEAR, 2030), ("year", YEAR, None), ("year", YEAR, "2015-2024"),
    ("conflict", CONFLICT, ["m1", "m2", "m9"]), ("conflict", CONFLICT, ["m1", "m3"]),
    ("map", MAP, "- c3 supports c1\n"), ("map", MAP, "- c1 supports c3\n"), ("open", None, "x")])
def test_marking_on_the_arabic_edition_has_no_english_words(kind, key, answer):
    m = mark(_ex(kind, key, "ar"), answer)
    # the ids, labels and relation words are the answer's own notation (c1 supports c3, m1)
    shown = re.sub(r"ex-\w+-x|\bc\d\b|\bm\d\b|supports|attacks|elaborates", "", str(m))
    assert not ENGLISH_WORD.search(shown), str(m)
    assert ARABIC.search(str(m))
    assert 'dir="rtl"' in m._repr_html_()
    en = str(mark(_ex(kind, key, "en"), answer))
    assert not ARABIC.search(re.sub("«[^»]*»|العقد الماضي", "", en)) or kind == "conflict"


def test_marking_in_english_is_unchanged():
    m = mark(_ex("year", YEAR, "en"), 2014)
    assert m.wrong == ["2014-2014: too early; what date is the phrase counted from?"]
    assert str(mark(_ex("open", None, "en"), "x")).endswith("compare with the teacher's answer")


def test_an_arabic_notebook_records_its_language_and_is_checked_in_it(tmp_path):
    ex = _ex("year", YEAR, "ar")
    (p,) = exm.write_notebooks([ex], tmp_path)
    nb = nbformat.read(p, as_version=4)
    assert nb.metadata["tahqiq"]["lang"] == "ar" and "lang='ar'" in nb.cells[-1].source
    assert exm.notebook_lang(p) == "ar"
    (q,) = exm.write_notebooks([_ex("year", YEAR, "en")], tmp_path / "en")
    assert exm.notebook_lang(q) == "en" and "lang=" not in nbformat.read(q, as_version=4).cells[-1].source
    assert exm.notebook_lang(tmp_path / "missing.ipynb") == "en"


def test_check_answers_marks_an_arabic_notebook_in_arabic(tmp_path):
    from tahqiq.book.seminar import build_exercises

    maps = build_exercises(kinds=("map",), lang="ar")
    (s,) = exm.write_notebooks(maps[:1], tmp_path)
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "check-answers", str(s)], capture_output=True, text=True)
    assert r.returncode == 1 and "ليس صحيحًا بعد" in r.stdout and "not yet right" not in r.stdout
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "check-answers", "--lang", "en", str(s)],
                       capture_output=True, text=True)
    assert "not yet right" in r.stdout


def test_map_exercise_on_the_arabic_edition_has_no_english_gloss():
    claims = [SimpleNamespace(id=f"c{i}", quote=f"اقتباس رقم {i}", gloss=f"English gloss {i}", section="s")
              for i in (1, 2, 3)]
    rel = [SimpleNamespace(source="c1", type="supports", target="c3")]
    ann = SimpleNamespace(claims=claims, relations=rel, data={})
    (ar,) = exm.map_exercises({"w": ann}, lang="ar")
    (en,) = exm.map_exercises({"w": ann})
    assert "English gloss" not in ar.prompt and "English gloss 1" in en.prompt
    assert "اقتباس رقم 1" in str(mark(ar, "- c1 supports c3")) and "English gloss 1" in str(mark(en, "- c1 supports c3"))


# --------------------------------------------------------------------------- the comparison


@pytest.fixture(scope="module")
def comparison():
    from tahqiq.book.comparison import Comparison

    return Comparison()


def test_comparison_overview_on_the_arabic_edition_is_the_authors_words(comparison):
    ar, en = comparison.overview("ar"), comparison.overview("en")
    assert list(ar.columns) == list(en.columns) and len(ar) == len(en)
    for col in ("questions", "thesis", "conclusions", "answers its questions", "hypothesis confirmed"):
        for v in ar[col]:
            assert ARABIC.search(v) and not ENGLISH_WORD.search(v), (col, v[:80])
    assert any(ENGLISH_WORD.search(v) for v in en["thesis"])  # the English edition keeps the glosses


def test_comparison_quotes_on_the_arabic_edition_have_no_english_gloss(comparison):
    q = comparison.data["questions"][0]
    assert "<figcaption" not in comparison.question_html(q, "ar").html
    assert "<figcaption" in comparison.question_html(q, "en").html


# --------------------------------------------------------------------------- plots


def _words(fig) -> list[str]:
    ax = fig.axes[0]
    out = [t.get_text() for t in ax.get_yticklabels()]
    leg = ax.get_legend()
    return out + ([t.get_text() for t in leg.get_texts()] if leg else [])


def test_plot_categories_in_the_editions_language():
    import matplotlib

    matplotlib.use("Agg")
    per = pd.Series({"paragraph": 10, "list_item": 3, "footnote": 2})
    assert _words(plots.kinds_plot(per, "t", "en")) == ["paragraph", "list item", "footnote"]
    ar = _words(plots.kinds_plot(per, "t", "ar"))
    assert all(ARABIC.search(w) and not ENGLISH_WORD.search(w) for w in ar), ar
    dates = pd.DataFrame([{"start": 5, "start_date": "2001-01-01", "end_date": "2001-12-31", "type": "year"},
                          {"start": 50, "start_date": "1990-01-01", "end_date": "1999-12-31", "type": "decade"}])
    leg = [t.get_text() for t in plots.timeline(dates, 100, "t", "ar").axes[0].get_legend().get_texts()]
    assert leg == ["سنة", "عقد"]  # one row of entries, the first («عقد», decade) on the right
    assert plots.term("severity", "error", "ar") == "خطأ" and plots.term("block", "unknown-kind", "ar") == "unknown-kind"
    assert plots.kind_title("event-date-conflict", "en") == "event-date-conflict"
    assert ARABIC.search(plots.kind_title("event-date-conflict", "ar"))
    assert plots.kind_title("no-such-kind", "ar") == "no-such-kind"


# --------------------------------------------------------------------------- the glossary


def test_glossary_definitions_in_the_editions_language():
    from tahqiq.book import seminar

    ar, en = seminar.glossary(lang="ar"), seminar.glossary()
    assert list(ar["ar"]) == list(en["ar"]) and list(ar.columns) == list(en.columns)
    assert all(ARABIC.search(d) and not ENGLISH_WORD.search(d) for d in ar["definition"])
    assert all(ENGLISH_WORD.search(d) for d in en["definition"])


def test_a_glossary_term_without_an_arabic_definition_falls_back_to_english(tmp_path):
    from tahqiq.book import seminar

    (tmp_path / "data" / "reference").mkdir(parents=True)
    (tmp_path / "data" / "reference" / "glossary.yml").write_text(
        "terms:\n  - {ar: تقارب, en: rapprochement, definition: A drawing closer., forms: [تقارب]}\n"
        "  - {ar: تحالف, en: alliance, definition: A pact., definition_ar: التزام رسمي., forms: [تحالف]}\n",
        encoding="utf-8")
    terms = seminar.load_glossary(tmp_path)
    assert [t.get("definition_ar") for t in terms] == [None, "التزام رسمي."]


# --------------------------------------------------------------------------- a finding's head


FINDING = {"id": "event-date-conflict-1", "kind": "event-date-conflict", "severity": "warning", "scope": "cross-work",
           "verdict": "confirmed", "message": "يُذكر الحدث نفسه بتاريخين: «عام 2001» و«عام 2003».",
           "spans": [{"file": "x.txt", "start": 0, "end": 3, "text": "عام"}], "evidence": {}}


def test_a_findings_head_and_kind_on_the_arabic_edition_are_arabic():
    html = render.findings(pd.DataFrame([FINDING]), {"x.txt": "عام 2001"}, {}, lang="ar").html
    head = re.search(r'<div class="tq-finding-head">(.*?)</div>', html).group(1)
    words = re.sub(r"<code>[^<]*</code>|<[^>]+>", " ", head)
    assert not ENGLISH_WORD.search(words), words
    assert "تحذير" in head and "مؤكَّدة" in head and "بين الأعمال" in head
    kind = re.search(r'<h4 class="tq-kind"[^>]*>(.*?)</h4>', html).group(1)
    assert ARABIC.search(kind) and "<code>event-date-conflict</code>" in kind
    assert '<p class="tq-message" dir="rtl" lang="ar">' in html  # an Arabic message reads right to left


def test_a_findings_head_on_the_english_edition_is_unchanged():
    f = dict(FINDING, message="one event, two dates")
    html = render.findings(pd.DataFrame([f]), {"x.txt": "عام 2001"}, {}, lang="en").html
    assert '<span class="tq-badge">warning</span>' in html and ">confirmed</span>" in html
    assert '<h4 class="tq-kind" dir="ltr">event-date-conflict (1)</h4>' in html
    assert '<p class="tq-message" dir="ltr">one event, two dates</p>' in html
    # an unknown severity or kind is shown as it is in either edition
    odd = dict(FINDING, kind="no-such-kind", severity="odd")
    html = render.findings(pd.DataFrame([odd]), {}, {}, lang="ar").html
    assert ">odd</span>" in html and "no-such-kind (1)" in html


def test_the_editions_legend_in_its_language():
    from tahqiq.book.edition import legend

    en = legend("en")
    assert re.sub(r"<[^>]+>", "", en) == ("date · figure · finding · claim · variant of another witness "
                                         "(hover for values; ids link to their entries)")
    ar = legend("ar")
    assert 'dir="rtl"' in ar and not ENGLISH_WORD.search(re.sub(r"<[^>]+>", " ", ar))
    assert ar.count("<span class=") == en.count("<span class=") == 5  # the same marks, keyed


def test_a_count_in_arabic_prose_has_no_english_noun():
    assert render.count_of(1, "work") == "1 work" and render.count_of(2, "work") == "2 works"
    for n in (1, 2, 3, 11, 100):
        ar = render.count_of(n, "work", "ar")
        assert ARABIC.search(ar) and not ENGLISH_WORD.search(ar), ar


def test_a_scrambled_texts_header_in_the_editions_language():
    from tahqiq.book.edition import Apparatus, edition

    raw = "سطر أول\\nسطر ثان\\n"
    blocks = pd.DataFrame([{"kind": "paragraph", "start": 0, "end": len(raw) - 1, "text": raw[:-1],
                            "level": None, "number": None}])
    empty = pd.DataFrame(columns=["start", "end", "type", "start_date", "end_date", "value", "unit"])
    en = edition(raw, "pdf-scrambled", blocks, Apparatus(), empty, empty).html
    ar = edition(raw, "pdf-scrambled", blocks, Apparatus(), empty, empty, "ar").html
    assert "the line as extracted" in en and "the line as extracted" not in ar and "السطر كما استُخرج" in ar


def test_a_reviewers_reason_is_isolated_in_its_own_direction():
    f = dict(FINDING, verdict="explained", reason="the pipeline's name, translated in one work")
    html = render.findings(pd.DataFrame([f]), {"x.txt": "عام 2001"}, {}, lang="ar").html
    # an English reason on the Arabic edition (no reason_ar): isolated left to right, marked as English
    assert '<span class="tq-reason" dir="ltr" lang="en">(<span dir="ltr" lang="en">the pipeline' in html
    assert 'class="tq-untranslated"' in html


def test_a_texts_form_reads_in_arabic_on_the_arabic_edition_and_stays_the_value_in_english():
    from tahqiq.corpus.catalogue import FORMS

    df = pd.DataFrame({"form": list(FORMS), "chars": list(range(len(FORMS)))})
    ar, en = render.table(df, "forms", lang="ar").html, render.table(df, "forms", lang="en").html
    for form in FORMS:  # every catalogued form has its Arabic, and the English edition keeps the value
        assert f">{form}<" not in ar, form
        assert form in en, form
