"""Help for the annotator: standard parts, claim candidates and the starter annotation."""

from __future__ import annotations

import pytest
import yaml

from tahqiq.argument.annotate import (
    CANDIDATE_COLUMNS,
    PART_COLUMNS,
    PARTS,
    TODO_GLOSS,
    claim_candidates,
    heading_parts,
    sentences,
    standard_parts,
    starter_annotation,
    write_starter,
)
from tahqiq.argument.anchor import check_citations
from tahqiq.argument.model import CLAIM_TYPES, load_annotation
from tahqiq.errors import TahqiqError
from tahqiq.segment.blocks import from_string, segment

STEMS = ("000", "001", "002", "003", "004")

SYNTHETIC = """عنوان المقال

المقدمة

تطورت العلاقات بين البلدين في السنوات الأخيرة تطوراً واضحاً في مجالات عدة. ارتفعت التجارة بين البلدين إلى ٢٤٠ مليار دولار في عام ٢٠٢٣. تراجعت صادرات السلاح بسبب العقوبات مما أدى إلى تغير كبير في السوق. من المتوقع أن تستمر الشراكة في السنوات المقبلة. يجب على الدولتين تعزيز التعاون في مجال الطاقة.

فرضية البحث: تفترض الدراسة أن التقارب قد يتحول إلى تحالف عسكري كامل.

الخاتمة

كانت الشراكة ناجحة في مواجهة الضغوط الغربية الكبيرة على البلدين.
"""


@pytest.fixture(scope="module")
def analysed(docs):
    """Blocks, parts and candidates of every text, computed once."""
    out = {}
    for stem in STEMS:
        b = segment(docs[stem])
        p = standard_parts(docs[stem], b)
        out[stem] = (b, p, claim_candidates(docs[stem], blocks=b, parts=p))
    return out


def _rows(parts):
    return [(r.part, r.heading, r.lang) for r in parts.itertuples()]


# --------------------------------------------------------------------------- standard parts


def test_heading_parts_rules():
    assert heading_parts("أولاً: المشكلة البحثية والتساؤلات") == ["problem", "questions"]
    assert heading_parts("الدراسة منهج") == ["method"]  # word order is free
    assert heading_parts("اً: منهج الدراسة ثالث") == ["method"]  # a split ordinal is ignored
    assert heading_parts("دراسة  تقسيم الاً: رابع") == ["structure"]
    assert heading_parts("والنتائج الخاتمة") == ["results", "conclusion"]
    assert heading_parts("لخصالم") == ["abstract"]  # a one-word anagram
    assert heading_parts("المبحث الأول: الخاتمة") == ["conclusion"]
    assert heading_parts("Research Methodology") == ["method"]
    assert heading_parts("Bibliography") == ["references"]
    assert heading_parts("التوصيات") == ["recommendations"]
    # a part's word beside a word that is no part of the lexicon is no part
    assert heading_parts("المبحث الأول: التطور التاريخي للعلاقات") == []
    assert heading_parts("أهمية الصين") == []
    assert heading_parts("أولاً : الدوريات و البحوث") == []
    assert heading_parts("الطاقة") == []
    assert heading_parts("خصلم") == ["abstract"]  # any order of the letters of «ملخص»
    # inline labels get no tolerance for fragments
    assert heading_parts("اً منهج", inline=True) == []
    assert heading_parts("فرضية البحث", inline=True) == ["hypothesis"]


def test_parts_000(analysed, docs):
    _, parts, _ = analysed["000"]
    assert tuple(parts.columns) == PART_COLUMNS
    assert _rows(parts) == [
        ("abstract", "Abstract", "en"),
        ("abstract", "الخلاصة", "ar"),
        ("introduction", "المقدمة", "ar"),
        ("significance", "أهمية البحث", "ar"),
        ("problem", "إشكالية البحث", "ar"),
        ("hypothesis", "فرضية البحث", "ar"),
        ("method", "مناهج البحث", "ar"),
        ("structure", "هيكلية البحث", "ar"),
        ("conclusion", "الخاتمة", "ar"),
        ("results", "النتائج", "ar"),
        ("conclusion", "Conclusion", "en"),
        ("results", "Results", "en"),
        ("references", "المصادر", "ar"),
        ("references", "Bibliography", "en"),
    ]
    raw = docs["000"].raw
    by = {(r.part, r.lang): r for r in parts.itertuples()}
    # an inline part runs to the next part; the abstract stops at the metadata after it
    assert raw[by["problem", "ar"].start:].startswith("إشكالية البحث:")
    assert by["problem", "ar"].end == raw.rindex(".", 0, by["hypothesis", "ar"].start) + 1
    assert raw[by["abstract", "en"].end - 1] == "." and "Corresponding" not in raw[by["abstract", "en"].start:by["abstract", "en"].end]
    # a heading's part spans its subtree: the Arabic results sit inside the conclusion
    assert by["conclusion", "ar"].end == by["results", "ar"].end
    assert by["introduction", "ar"].end == by["structure", "ar"].end
    assert list(parts.start) == sorted(parts.start)
    assert (parts.start < parts.end).all()


def test_parts_witnesses_agree(analysed):
    assert [(p, h) for p, h, _ in _rows(analysed["001"][1])] == [(p, h) for p, h, _ in _rows(analysed["000"][1])]


def test_parts_002_scrambled(analysed, docs):
    _, parts, _ = analysed["002"]
    assert list(parts.part) == ["abstract", "abstract", "introduction", "problem", "questions", "objectives",
                                "method", "structure", "conclusion", "results"]
    assert list(parts.heading) == ["لخصالم", "Abstract", "مقدمة", "أولاً: المشكلة البحثية والتساؤلات",
                                   "أولاً: المشكلة البحثية والتساؤلات", "أهداف الدراسة ثانياً",
                                   "اً: منهج الدراسة ثالث", "دراسة  تقسيم الاً: رابع", "والنتائج الخاتمة",
                                   "والنتائج الخاتمة"]
    assert list(parts.lang) == ["ar", "en"] + ["ar"] * 8
    # the introduction's subtree holds the four labelled parts and ends before «أولًا: إطار نظري …»
    intro = parts[parts.part == "introduction"].iloc[0]
    assert intro.end == parts[parts.part == "structure"].iloc[0].end < docs["002"].raw.index("أولًا: إ")


def test_parts_web_texts_have_few(analysed):
    assert analysed["003"][1].empty
    assert _rows(analysed["004"][1]) == [("conclusion", "خاتمة", "ar")]


def test_parts_inline_synthetic():
    doc = from_string(SYNTHETIC)
    parts = standard_parts(doc)
    assert list(parts.part) == ["introduction", "hypothesis", "conclusion"]
    hyp = parts[parts.part == "hypothesis"].iloc[0]
    assert doc.raw[hyp.start:hyp.end] == "فرضية البحث: تفترض الدراسة أن التقارب قد يتحول إلى تحالف عسكري كامل."
    assert set(parts.part) <= set(PARTS)


# --------------------------------------------------------------------------- claim candidates


def test_sentences_split():
    t = "١. أولى جملة هنا.[12] وهذه ثانية جملة؟ ثم U.S. Navy did it. قصير."
    assert [t[a:b] for a, b in sentences(t)] == ["أولى جملة هنا.[12]", "وهذه ثانية جملة؟", "ثم U.S. Navy did it. قصير."]
    assert sentences("نص", 10) == []


def test_candidates_synthetic_cues_and_ranking():
    doc = from_string(SYNTHETIC)
    c = claim_candidates(doc)
    assert tuple(c.columns) == CANDIDATE_COLUMNS
    got = [(r.rank, r.score, r.type_guess, r.cues) for r in c.itertuples()]
    assert got == [
        (1, 8, "causal", "causal:بسبب; causal:مما أدى; evaluative:كبير"),
        (2, 6, "evaluative", "evaluative:ناجحة; evaluative:الكبيرة"),  # 4 for the cues + 2 in the conclusion
        (3, 4, "predictive", "predictive:من المتوقع; date:السنوات المقبلة"),
        (4, 3, "normative", "normative:يجب"),
        (5, 2, "factual", "figure:٢٤٠ مليار دولار; date:عام ٢٠٢٣"),
        (6, 1, "factual", "date:السنوات الأخيرة"),
        (7, 1, "factual", "hedge:قد"),  # a hedge alone decides no type; ties go by start
    ]
    for r in c.itertuples():
        assert doc.raw[r.start:r.end] == r.text
    assert c.iloc[0].text == "تراجعت صادرات السلاح بسبب العقوبات مما أدى إلى تغير كبير في السوق."
    assert list(claim_candidates(doc, limit=2).text) == list(c.text[:2])


def test_candidates_affixes_and_ambiguity():
    doc = from_string("عنوان\n\nوبالتالي فإن الاقتصاد سيستمر في النمو خلال الفترة. "
                      "وتشمل القوى الكبرى دولاً أخرى في العالم اليوم. كانت العلاقات قوية جداً بين الطرفين.\n")
    c = claim_candidates(doc).sort_values("start")
    # the sentence on «القوى الكبرى» (the great powers) carries no cue: «القوى» folds like «القوي»
    assert list(c.cues) == ["causal:وبالتالي; predictive:سيستمر", "evaluative:قوية"]


@pytest.mark.parametrize("stem", STEMS)
def test_candidates_corpus_invariants(stem, docs, analysed):
    blocks, parts, c = analysed[stem]
    raw = docs[stem].raw
    assert list(c["rank"]) == list(range(1, len(c) + 1))
    assert list(zip(-c.score, c.start)) == sorted(zip(-c.score, c.start))
    assert set(c.type_guess) <= set(CLAIM_TYPES)
    assert (c.score > 0).all()
    for r in c.itertuples():
        assert raw[r.start:r.end] == r.text
    body = blocks[blocks.kind.isin(("paragraph", "list_item"))]
    for s in c.start:  # every candidate lies in a body block, never in the references
        assert ((body.start <= s) & (s < body.end)).any()
    refs = parts[parts.part == "references"]
    assert not any(((refs.start <= s) & (s < refs.end)).any() for s in c.start)
    again = claim_candidates(docs[stem])
    assert again.equals(c)


def test_candidates_corpus_expectations(analysed):
    # sentences with a lexical cue (the count does not depend on the date and figure extractors)
    lexical = [analysed[s][2].cues.str.contains(r"(?:^|; )(?:causal|hedge|evaluative|predictive|normative):").sum()
               for s in STEMS]
    assert lexical == [40, 40, 104, 13, 26]
    top = analysed["003"][2].iloc[0]
    assert (top.start, top.score, top.type_guess) == (867, 9, "causal")
    assert top.cues == "causal:ونتيجة; causal:لذلك; predictive:من المتوقع"
    top4 = analysed["004"][2].iloc[0]
    assert top4.text.startswith("ولذلك، يمكن وصف العلاقة العسكرية والأمنية")
    assert top4.section == "خاتمة"
    # the English conclusion of 000 translates the Arabic one: only Arabic sentences are proposed
    en = analysed["000"][1]
    en_spans = en[en.lang == "en"]
    assert not any(((en_spans.start <= s) & (s < en_spans.end)).any() for s in analysed["000"][2].start)


# --------------------------------------------------------------------------- starter annotation


@pytest.mark.parametrize("stem", ["000", "002", "003", "004"])
def test_starter_validates_and_anchors(stem, docs, tmp_path, root):
    doc = docs[stem]
    path = write_starter(doc, tmp_path / f"{doc.slug}.yml")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Starting annotation of")
    assert "the curated file always wins" in text.lower()
    ann = load_annotation(path, root)
    assert ann.work == doc.slug and ann.text == doc.name
    assert len(ann.claims) == 15
    assert [c.id for c in ann.claims] == [f"c{i}" for i in range(1, 16)]
    for item, _ in ann.quoted():
        assert doc.raw[item.start:item.end] == item.quote
        assert item.gloss == TODO_GLOSS
    assert ann.relations == []
    check_citations(ann, doc)  # the citations found inside the claims are known to the extraction tables
    assert list(yaml.safe_load(text)) == ["work", "text", "problem", "questions", "hypothesis", "method",
                                          "structure", "thesis", "claims", "relations", "conclusions", "assessment"]


def test_starter_000_content(docs):
    a = starter_annotation(docs["000"])
    assert [q["quote"] for q in a["questions"]] == [
        "ما هو السياق التاريخي للعلاقات الروسية - الصينية .",
        "ما أبرز مؤشرات التقارب في العلاقات الروسية الصينية منذ عام 2022 .",
        "ما أبرز التحديات التي تواجه العلاقات الروسية - الصينية .",
    ]
    assert a["hypothesis"]["quote"].startswith("تهدف هذه الدراسة لإثبات فرضية")
    assert a["method"]["quote"].startswith("استوجبت فرضية الدراسة اعتماد المنهج الاستقرائي")
    assert a["structure"] == ["المقدمة", "المبحث الأول: التطور التاريخي للعلاقات الروسية – الصينية",
                              "المبحث الثاني : التقارب والتحديات في العلاقات الصينية - الروسية منذ 2022", "الخاتمة"]
    assert a["thesis"]["quote"].startswith("يمكن القول أن منذ منتصف القرن العشرين")
    assert len(a["conclusions"]) == 7 and a["conclusions"][0]["quote"].startswith("تطورت العلاقات الروسية-الصينية")
    assert a["problem"].startswith("TODO: state the research problem in English. The text: إنَّ المشكلة الأساسية")
    assert a["assessment"]["hypothesis_confirmed"]["verdict"] is None
    assert starter_annotation(docs["000"]) == a  # deterministic


def test_starter_002_questions_and_no_hypothesis(docs):
    a = starter_annotation(docs["002"])
    assert a["hypothesis"] is None
    assert len(a["questions"]) == 1 and "؟" in a["questions"][0]["quote"]
    assert a["method"] is not None


def test_write_starter_never_overwrites(docs, tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("# curated\n", encoding="utf-8")
    with pytest.raises(TahqiqError, match="exists and has been edited; the edited file always wins — use --force") as e:
        write_starter(docs["004"], path)
    assert str(path) in str(e.value)
    assert path.read_text(encoding="utf-8") == "# curated\n"
    write_starter(docs["004"], path, force=True)
    assert path.read_text(encoding="utf-8").startswith("# Starting annotation of avdaliani-2025")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.yml"]  # no temporary file left


def test_write_starter_refreshes_an_untouched_starter_only(docs, tmp_path):
    """`tahqiq add` writes a starter, then `tahqiq annotate` (the documented order) refreshes it;
    once a person has edited it, annotate refuses and the file is kept."""
    from tahqiq.argument.draft import untouched

    path = write_starter(docs["003"], tmp_path / "a.yml")
    first = path.read_text(encoding="utf-8")
    assert untouched(first)
    path.write_text(first.replace("# Starting", "# (header comments may change) Starting"), encoding="utf-8")
    write_starter(docs["003"], path, n_claims=3)  # refreshed: nobody had edited its body
    refreshed = path.read_text(encoding="utf-8")
    assert untouched(refreshed) and refreshed != first
    edited = refreshed.replace("gloss: 'TODO: gloss'", "gloss: The author says the partnership grew.", 1)
    path.write_text(edited, encoding="utf-8")
    assert not untouched(edited)
    with pytest.raises(TahqiqError, match="has been edited"):
        write_starter(docs["003"], path)
    assert path.read_text(encoding="utf-8") == edited


def test_draft_tasks_list_every_todo():
    from tahqiq.argument.draft import is_draft, tasks

    data = {"problem": "TODO: state the problem", "claims": [
        {"id": "c1", "quote": "قال الكاتب", "gloss": "TODO: gloss"},
        {"id": "c2", "quote": "The author said", "gloss": "The author said so."}],
        "assessment": {"answers_questions": {"verdict": None, "note": "TODO: do they?"}}}
    got = tasks(data)
    assert [t["entry"] for t in got] == ["problem", "claims[c1].gloss", "assessment.answers_questions.note"]
    assert got[1]["quote"] == "قال الكاتب" and got[0]["quote"] is None
    assert is_draft(data)
    done = {"problem": "Whether the partnership is an alliance.", "claims": [{"id": "c1", "gloss": "It is."}]}
    assert tasks(done) == [] and not is_draft(done)


def test_write_starter_default_path(docs, tmp_path):
    (tmp_path / "data" / "annotations").mkdir(parents=True)
    p = write_starter(docs["003"], root=tmp_path)
    assert p == tmp_path / "data" / "annotations" / "putin-beijing-2024.yml"
    with pytest.raises(TahqiqError, match="not in the catalogue"):
        write_starter(from_string(SYNTHETIC), root=tmp_path)
