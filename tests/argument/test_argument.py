"""Argument reconstructions: the schema of data/annotations/*.yml, quote anchoring, the graph and
its exports (Argdown, AIF, SVG), on synthetic files and on the four curated reconstructions."""

from __future__ import annotations

import copy
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tahqiq.argument.anchor import (
    anchor, check_anchors, check_citations, check_findings, find_all, overlapping_findings, resolve_offsets,
    write_offsets,
)
from tahqiq.argument.maps import CHAIN_COLUMNS, chain, graph, svg_map, to_aif, to_argdown
from tahqiq.argument.model import CLAIM_TYPES, EDGE_COLUMNS, NODE_COLUMNS, document, load_all, load_annotation
from tahqiq.corpus.catalogue import Document
from tahqiq.errors import TahqiqError

SLUGS = ["avdaliani-2025", "mahmoud-2023", "putin-beijing-2024", "salman-2025"]


# --------------------------------------------------------------------------- synthetic files


def minimal() -> dict:
    """A small valid annotation of putin-beijing-2024 (quotes anchored in 003)."""
    return {
        "work": "putin-beijing-2024",
        "text": "003_8f9aa99e65f36d18.txt",
        "problem": "A test.",
        "questions": [{"id": "q1", "quote": "كيف تعمل زيارة بوتين الأخيرة إلى بكين", "gloss": "How does the visit work?"}],
        "hypothesis": None,
        "method": None,
        "structure": ["رؤية جيوسياسية مشتركة"],
        "thesis": {"quote": "أكد الرئيسان شي جين بينج وفلاديمير بوتين على شراكتهما المعقدة", "gloss": "They affirmed it."},
        "claims": [
            {"id": "c1", "quote": "وصلت التجارة بين البلدين إلى 240 مليار دولار", "gloss": "Trade reached $240bn.",
             "type": "factual", "section": "x", "topic": "trade", "evidence": {"citations": [], "findings": []}},
            {"id": "c2", "quote": "فمن المتوقع أن يزداد قوة هذا التحالف", "gloss": "The alliance will grow.",
             "type": "predictive", "section": "x", "evidence": {"citations": [], "findings": []}},
        ],
        "relations": [{"from": "c1", "to": "c2", "type": "supports"}],
        "conclusions": [{"id": "k1", "quote": "عززت الزيارة العلاقات الصينية الروسية", "gloss": "It strengthened ties.",
                         "rests_on": ["c1", "c2"], "answers": ["q1"]}],
        "assessment": {
            "answers_questions": {"verdict": "partly", "note": "n"},
            "hypothesis_confirmed": {"verdict": None, "note": "none stated"},
            "deciding_claims": ["c1"],
        },
    }


@pytest.fixture()
def project(tmp_path, root):
    """A throw-away project root with the real catalogue and texts, and an annotations folder."""
    (tmp_path / "data" / "annotations").mkdir(parents=True)
    shutil.copy(root / "data" / "articles.yml", tmp_path / "data" / "articles.yml")
    (tmp_path / "data" / "raw").symlink_to(root / "data" / "raw")
    return tmp_path


def write(project: Path, data, name: str = "x.yml") -> Path:
    p = project / "data" / "annotations" / name
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    p.write_text(text, encoding="utf-8")
    return p


def error(project: Path, data, name: str = "x.yml") -> str:
    with pytest.raises(TahqiqError) as exc:
        load_annotation(write(project, data, name), project)
    return str(exc.value)


def test_minimal_is_valid(project):
    a = load_annotation(write(project, minimal()), project)
    assert a.where == "data/annotations/x.yml"
    assert [c.id for c in a.claims] == ["c1", "c2"] and a.claims[0].topics == ["trade"]
    assert a.hypothesis is None and a.assessment.answers_questions.verdict == "partly"


def test_missing_field_names_file_entry_and_field(project):
    d = minimal()
    del d["claims"][1]["gloss"]
    assert error(project, d) == "data/annotations/x.yml: claims[1] (id 'c2'): missing field 'gloss'"
    d = minimal()
    del d["thesis"]
    assert error(project, d) == "data/annotations/x.yml: missing field 'thesis'"
    d = minimal()
    del d["claims"][0]["evidence"]["findings"]
    assert error(project, d) == "data/annotations/x.yml: claims[0] (id 'c1'): missing field 'evidence.findings'"


def test_bad_types(project):
    d = minimal()
    d["claims"][0]["type"] = "opinion"
    assert error(project, d) == ("data/annotations/x.yml: claims[0] (id 'c1'): field 'type' must be one of "
                                 "'factual', 'causal', 'evaluative', 'predictive' or 'normative', not 'opinion'")
    d = minimal()
    d["relations"][0]["type"] = "refutes"
    assert error(project, d) == ("data/annotations/x.yml: relations[0] (c1 -> c2): field 'type' must be one of "
                                 "'supports', 'attacks' or 'elaborates', not 'refutes'")
    d = minimal()
    d["claims"][1]["topic"] = ["alliance", "weather"]
    assert "claims[1] (id 'c2'): field 'topic.1' must be one of 'alliance'," in error(project, d)
    d = minimal()
    d["assessment"]["answers_questions"]["verdict"] = "yes"
    assert error(project, d) == ("data/annotations/x.yml: assessment: field 'answers_questions.verdict' must be "
                                 "one of True, False or 'partly', not 'yes'")
    d = minimal()
    d["claims"][0]["quote"] = "  "
    assert error(project, d) == "data/annotations/x.yml: claims[0] (id 'c1'): field 'quote': must be a non-empty string"
    d = minimal()
    d["claims"][0]["evidence"]["findings"] = ["F12"]
    assert "field 'evidence.findings.0': 'F12' is not a finding id" in error(project, d)
    d = minimal()
    d["claims"][0]["start"] = 5
    assert "claims[0] (id 'c1'): fields 'start' and 'end' must both be given" in error(project, d)


def test_dangling_references(project):
    d = minimal()
    d["relations"][0]["to"] = "c9"
    assert error(project, d) == ("data/annotations/x.yml: relations[0] (c1 -> c9): field 'to': "
                                 "no claim or conclusion with id 'c9'")
    d = minimal()
    d["relations"][0]["from"] = "k1"
    assert error(project, d) == "data/annotations/x.yml: relations[0] (k1 -> c2): field 'from': no claim with id 'k1'"
    d = minimal()
    d["conclusions"][0]["rests_on"] = ["c1", "c7"]
    assert error(project, d) == "data/annotations/x.yml: conclusions[0] (id 'k1'): field 'rests_on': no claim with id 'c7'"
    d = minimal()
    d["conclusions"][0]["answers"] = ["q2"]
    assert error(project, d) == "data/annotations/x.yml: conclusions[0] (id 'k1'): field 'answers': no question with id 'q2'"
    d = minimal()
    d["assessment"]["deciding_claims"] = ["c3"]
    assert error(project, d) == "data/annotations/x.yml: assessment: field 'deciding_claims': no claim with id 'c3'"
    d = minimal()
    d["claims"][1]["id"] = "c1"
    assert error(project, d) == "data/annotations/x.yml: claims[1] (id 'c1'): duplicate id"


def test_unknown_work_text_and_fields(project):
    d = minimal()
    d["work"] = "nobody-1999"
    assert error(project, d).startswith("data/annotations/x.yml: field 'work': unknown work 'nobody-1999'; known works: ")
    d = minimal()
    d["text"] = "000_01ec08bd9cfc9a25.txt"
    assert error(project, d) == ("data/annotations/x.yml: field 'text': '000_01ec08bd9cfc9a25.txt' is not a text "
                                 "of 'putin-beijing-2024' (003_8f9aa99e65f36d18.txt)")
    d = minimal()
    d["claims"][0]["topics"] = "trade"
    assert error(project, d).startswith("data/annotations/x.yml: claims[0] (id 'c1'): unknown field 'topics'")
    d = minimal()
    d["assessment"]["hypothesis_confirmed"]["verdict"] = True
    assert error(project, d) == ("data/annotations/x.yml: assessment.hypothesis_confirmed: the work states no "
                                 "hypothesis: field 'verdict' must be null")
    assert error(project, "work: [unclosed\n") .startswith("data/annotations/x.yml: broken YAML at line")


def test_loading_by_slug_checks_the_file_name(project):
    write(project, minimal(), "putin-beijing-2024.yml")
    assert load_annotation("putin-beijing-2024", project).work == "putin-beijing-2024"
    write(project, minimal(), "avdaliani-2025.yml")
    with pytest.raises(TahqiqError, match=r"^data/annotations/avdaliani-2025.yml: field 'work' is 'putin-beijing-2024' "
                                          r"but the file is named for 'avdaliani-2025'$"):
        load_annotation("avdaliani-2025", project)
    with pytest.raises(TahqiqError, match="^data/annotations/nobody.yml: no such annotation file$"):
        load_annotation("nobody", project)


# --------------------------------------------------------------------------- anchoring


def doc(s: str) -> Document:
    return Document(path=Path("<string>"), raw=s, form="plain")


def test_anchor_ignores_whitespace_line_breaks_and_normalisation():
    raw = "مقدمة.\nشهدت العلاقات  الروسية\nالصينية تقاربا في عام ٢٠٢٢ «بلا حدود».\n"
    d = doc(raw)
    s, e = anchor('العلاقات الروسية الصينية تقاربا في عام 2022 "بلا حدود"', d)
    assert raw[s:e] == "العلاقات  الروسية\nالصينية تقاربا في عام ٢٠٢٢ «بلا حدود»"
    # alef and ta marbuta variants fold the same way
    assert anchor("العلاقات الروسيه", d) == (s, raw.index("الروسية") + len("الروسية"))


def test_anchor_tolerates_stretched_letters():
    raw = "الكلمات الدالة: التقارب العسيييكري الروسيييي الصيني، والتقارب العسكري المحدود."
    d = doc(raw)
    s, e = anchor("التقارب العسكري الروسي الصيني", d)
    assert raw[s:e] == "التقارب العسيييكري الروسيييي الصيني"
    s, e = anchor("العسيييكري الروسيييي", d)
    assert raw[s:e] == "العسيييكري الروسيييي"


def test_anchor_missing_or_ambiguous():
    d = doc("الصين وروسيا. الصين وروسيا.")
    with pytest.raises(TahqiqError, match="quote occurs 2 times"):
        anchor("الصين وروسيا", d)
    with pytest.raises(TahqiqError, match="quote not found"):
        anchor("الهند", d)
    assert find_all("الهند", d) == []


def test_resolve_and_check_offsets(project):
    a = load_annotation(write(project, minimal()), project)
    d = document(a, project)
    with pytest.raises(TahqiqError, match=r"^data/annotations/x.yml: questions\[0\] \(id 'q1'\): missing fields "
                                          r"'start', 'end' \(the quote is at \d+, \d+; run `tahqiq annotate [a-z0-9-]+ --offsets`\)$"):
        check_anchors(a, d)
    resolve_offsets(a, d)
    check_anchors(a, d)
    c1 = a.claims[0]
    assert d.raw[c1.start:c1.end] == "وصلت التجارة بين البلدين إلى 240 مليار دولار"
    c1.start += 1
    with pytest.raises(TahqiqError, match=r"claims\[0\] \(id 'c1'\): fields 'start', 'end' are"):
        check_anchors(a, d)
    c1.quote = "وصلت التجارة إلى 250 مليار دولار"
    with pytest.raises(TahqiqError, match=r"^data/annotations/x.yml: claims\[0\] \(id 'c1'\): field 'quote': quote not "
                                          r"found: «وصلت التجارة إلى 250 مليار دولار» in 003_8f9aa99e65f36d18.txt$"):
        check_anchors(a, d)


def test_write_offsets_fills_the_file(project):
    p = write(project, minimal())
    a = write_offsets(p, project)
    again = load_annotation(p, project)
    assert [(i.start, i.end) for i, _ in again.quoted()] == [(i.start, i.end) for i, _ in a.quoted()]
    assert all(i.start is not None for i, _ in again.quoted())
    check_anchors(again, document(again, project))
    text = p.read_text(encoding="utf-8")
    write_offsets(p, project)
    assert p.read_text(encoding="utf-8") == text  # idempotent


# --------------------------------------------------------------------------- the curated reconstructions


@pytest.fixture(scope="module")
def annotations(root):
    return load_all(root)


def test_the_shipped_works_are_annotated(annotations):
    """The four works shipped with the corpus are annotated (a student's added work may be too)."""
    assert set(SLUGS) <= set(annotations)


@pytest.mark.parametrize("slug", SLUGS)
def test_quotes_anchor_and_stored_offsets_match(annotations, docs, slug):
    a = annotations[slug]
    d = docs[a.text[:3]]
    check_anchors(a, d)
    for item, _ in a.quoted():
        assert find_all(item.quote, d) == [(item.start, item.end)]


@pytest.mark.parametrize("slug", SLUGS)
def test_citations_are_in_the_extraction_tables(annotations, docs, slug):
    check_citations(annotations[slug], docs[annotations[slug].text[:3]])


def test_findings_exist_in_the_fact_check(annotations):
    from tahqiq.review.factcheck import corpus_findings

    findings = corpus_findings()
    for a in annotations.values():
        check_findings(a, findings)
    # the invasion misdated 4 February 2022 (salman-2025, c5) is linked to the external-date finding
    salman = annotations["salman-2025"]
    assert any(f.startswith("external-date-") for f in salman.claim("c5").findings)
    ov = overlapping_findings(salman, findings)
    assert ((ov["item"] == "c5") & ov["linked"]).any()


def test_shape_of_the_reconstructions(annotations):
    """The shipped reconstructions (a student's added draft is not described here)."""
    counts = {s: len(annotations[s].claims) for s in SLUGS}
    assert all(8 <= n <= 20 for n in counts.values()), counts
    assert counts["putin-beijing-2024"] < min(counts[s] for s in SLUGS if s != "putin-beijing-2024")
    for a in (annotations[s] for s in SLUGS):
        assert {c.type for c in a.claims} <= set(CLAIM_TYPES)
        assert any("alliance" in c.topics for c in a.claims), a.work
        assert a.conclusions and all(k.rests_on for k in a.conclusions)
    # journal articles state questions; salman-2025 also a hypothesis; web articles none
    assert [len(annotations[s].questions) for s in SLUGS] == [0, 2, 1, 4]
    assert annotations["salman-2025"].hypothesis is not None
    assert annotations["avdaliani-2025"].assessment.answers_questions.verdict is None
    assert annotations["salman-2025"].assessment.hypothesis_confirmed.verdict == "partly"
    assert annotations["mahmoud-2023"].assessment.answers_questions.verdict == "partly"


# --------------------------------------------------------------------------- graph and exports


@pytest.mark.parametrize("slug", SLUGS)
def test_graph(annotations, slug):
    a = annotations[slug]
    nodes, edges = graph(a)
    assert tuple(nodes.columns) == NODE_COLUMNS and tuple(edges.columns) == EDGE_COLUMNS
    assert len(nodes) == len(a.claims) + len(a.conclusions)
    assert set(edges["source"]) | set(edges["target"]) <= set(nodes["id"])
    assert len(edges) == len(a.relations) + sum(len(k.rests_on) for k in a.conclusions)
    assert (nodes.loc[nodes["kind"] == "conclusion", "depth"] == 0).all()
    assert (nodes.loc[nodes["kind"] == "claim", "depth"] >= 1).all()
    # a claim a conclusion rests on sits one layer below it
    depth = dict(zip(nodes["id"], nodes["depth"]))
    for k in a.conclusions:
        assert all(depth[c] == 1 for c in k.rests_on)


def test_chain(annotations):
    df = chain(annotations["salman-2025"])
    assert tuple(df.columns) == CHAIN_COLUMNS
    pairs = list(zip(df["question"], df["conclusion"]))
    assert pairs[:3] == [("q1", "k1"), ("q1", "k2"), ("q1", "k8")]
    assert ("q4", "k7") in pairs and ("q2", "k1") in pairs
    df = chain(annotations["avdaliani-2025"])  # no questions: every conclusion answers none
    assert df["question"].isna().all() and list(df["conclusion"]) == ["k1", "k2", "k3"]
    df = chain(annotations["mahmoud-2023"])
    assert df.loc[df["conclusion"] == "k3", "question"].isna().all()  # declines the alliance question


@pytest.mark.parametrize("slug", SLUGS)
def test_argdown(annotations, slug):
    a = annotations[slug]
    text = to_argdown(a)
    for item in [*a.claims, *a.conclusions]:
        assert f"\n[{item.id}]: " in text
    for r in a.relations:
        if r.type != "elaborates":
            assert f"  {'<+' if r.type == 'supports' else '<-'} [{r.source}]" in text
    assert text == to_argdown(a)


@pytest.mark.parametrize("slug", SLUGS)
def test_aif(annotations, slug):
    a = annotations[slug]
    aif = to_aif(a)
    types = [n["type"] for n in aif["nodes"]]
    assert types.count("I") == len(a.claims) + len(a.conclusions)
    assert types.count("RA") == sum(r.type == "supports" for r in a.relations) + sum(bool(k.rests_on) for k in a.conclusions)
    assert types.count("CA") == sum(r.type == "attacks" for r in a.relations)
    assert types.count("MA") == sum(r.type == "elaborates" for r in a.relations)
    ids = {n["nodeID"] for n in aif["nodes"]}
    assert len(ids) == len(aif["nodes"])
    assert all(e["fromID"] in ids and e["toID"] in ids for e in aif["edges"])
    assert json.dumps(aif, ensure_ascii=False) == json.dumps(to_aif(a), ensure_ascii=False)


def test_aif_attack_is_a_ca_node(annotations):
    aif = to_aif(annotations["putin-beijing-2024"])
    ca = [n["nodeID"] for n in aif["nodes"] if n["type"] == "CA"]
    links = {(e["fromID"], e["toID"]) for e in aif["edges"]}
    # c17 (Putin's nuclear drills) attacks c16 (nuclear war is no option)
    assert any(("c17", x) in links and (x, "c16") in links for x in ca)


SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("slug", SLUGS)
def test_svg_map(annotations, slug):
    a = annotations[slug]
    svg = svg_map(a)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert "<script" not in svg and "http://" not in svg.replace("http://www.w3.org/2000/svg", "")
    texts = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    for item in [*a.claims, *a.conclusions]:
        assert f"{item.id} · " in texts
    assert "supports" in texts and "attacks" in texts and "factual" in texts
    assert svg == svg_map(a)
    assert 'stroke-width="4"' not in svg


def test_svg_marks_claims_touched_by_confirmed_findings(annotations):
    a = annotations["salman-2025"]
    fid = a.claim("c5").findings[0]
    root = ET.fromstring(svg_map(a, {fid}))
    marked = [g for g in root.iter(f"{SVG}g") if g.find(f"{SVG}rect").get("stroke-width") == "4"]
    assert [g.find(f"{SVG}text").text.split(" ")[0] for g in marked] == ["c5"]


def test_svg_escapes_text(project):
    d = minimal()
    d["claims"][0]["gloss"] = 'Trade <grew> & "doubled" </text><script>x</script>'
    a = load_annotation(write(project, d), project)
    svg = svg_map(a)
    ET.fromstring(svg)
    assert "<script>" not in svg and "&lt;grew&gt; &amp;" in svg


def test_exports_do_not_change_the_annotation(annotations):
    a = annotations["mahmoud-2023"]
    before = copy.deepcopy(a.data)
    to_argdown(a), to_aif(a), svg_map(a), graph(a)
    assert a.data == before
