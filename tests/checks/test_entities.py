"""Entity mentions, transliteration skeletons, fuzzy grouping, and the entity-variant detectors:
synthetic Arabic and English cases (positive and negative), then the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import entities as E
from tahqiq.corpus.catalogue import Document
from tahqiq.link.entities import (
    COLUMNS,
    extract_entities,
    from_string,
    group_entities,
    same_name,
    same_word,
    skeleton,
    skeleton_word,
    variants,
)
from tahqiq.facts import Facts, text_facts
from tahqiq.text.normtext import fold


def ents(s: str):
    return extract_entities(from_string(s))


# --------------------------------------------------------------------------- skeletons and matching


def test_skeleton_folds_transliteration_variants():
    assert skeleton_word("بينغ") == skeleton_word("بينج")
    assert skeleton_word("أوكين") == skeleton_word("أوكيان")
    assert skeleton_word("كيسنجر") == skeleton_word("كسنجر")
    assert skeleton_word("الشنغهاي") == skeleton_word("شنغهاي")
    assert skeleton_word("THADD") == skeleton_word("THAAD") == "thad"
    assert skeleton("شي جين بينغ") == skeleton("شي جين بينج")


@pytest.mark.parametrize("a,b,same", [
    ("يلتسن", "يلتسين", True),
    ("جين", "جين", True),
    ("اوكرانيا", "اوكراني", False),  # a noun and its adjective: the last letter differs
    ("روسيا", "روسي", False),  # too short a skeleton to be fuzzy
    ("Korolev", "Korolov", True),
    ("Russia", "Russian", False),
    ("Ukraine", "Ukrainian", False),
])
def test_same_word(a, b, same):
    assert same_word(fold(a), fold(b)) is same


def test_same_name_needs_the_same_word_count():
    assert same_name("شي جين بينغ", "شي جين بينج")
    assert not same_name("منظمه شنغهاي", "منظمه شنغهاي للتعاون")


# --------------------------------------------------------------------------- extraction


def test_extraction_columns_offsets_and_cues():
    s = ('التقى الرئيس الروسي "فلاديمير بوتين" بالرئيس الصيني شي جين بينج في بكين، '
         'وناقشا مناورات "أوكيان 2024" ومنظمة شنغهاي للتعاون. The Zapad exercise followed.')
    df = ents(s)
    assert tuple(df.columns) == COLUMNS
    for r in df.itertuples():
        assert s[r.start:r.end] == r.text
    by_canon = {r.canon: r for r in df.itertuples() if isinstance(r.canon, str)}
    assert {"putin", "xi-jinping", "beijing", "okean", "sco", "zapad"} <= set(by_canon)
    assert by_canon["xi-jinping"].text == "شي جين بينج" and by_canon["xi-jinping"].kind == "person"
    assert by_canon["okean"].name == "اوكيان" and by_canon["okean"].kind == "exercise"
    assert list(df["start"]) == sorted(df["start"])


def test_cue_names_without_gazetteer():
    df = ents('أعلن وزير الخارجية الروسي "سيرغي ريابكوف" عن مناورات "درع الشمال" مع حلف "الأمن الجماعي".')
    names = set(df["name"])
    assert {fold("سيرغي ريابكوف"), fold("درع الشمال"), fold("الأمن الجماعي")} <= names
    kinds = dict(zip(df["name"], df["kind"]))
    assert kinds[fold("سيرغي ريابكوف")] == "person" and kinds[fold("درع الشمال")] == "exercise"


def test_notes_and_bibliography_are_not_searched():
    s = "A paragraph on Putin.\n\n(1) Kissinger, Diplomacy, 1994.\n"
    t = text_facts(Document(path=Path("t.txt"), raw=s, form="pdf-text"))
    found = set(extract_entities(t.doc, t.blocks)["canon"].dropna())
    assert "putin" in found


# --------------------------------------------------------------------------- grouping


def test_grouping_and_variants():
    s = ("زار الرئيس شي جين بينغ موسكو. ثم قال شي جين بينج إن العلاقات قوية. "
         "وحضر كسنجر اللقاء، وكان كيسنجر قد زار بكين. Korolev wrote; Korolov agreed.")
    g = group_entities(ents(s))
    v = variants(g)
    assert set(v) == {"xi-jinping", "kissinger", "~korolev"}
    assert {len(rows) for rows in v["xi-jinping"].values()} == {1}


def test_unlisted_spelling_of_a_listed_name_is_found():
    df = ents("قال كيسينجر إن دور مؤسسة شينغهاي للتعاون كبير.")
    assert set(df["canon"].dropna()) == {"kissinger", "shanghai"}
    row = df[df["canon"] == "kissinger"].iloc[0]
    assert row["text"] == "كيسينجر"


def test_full_name_and_surname_are_forms_not_spellings():
    s = "وصل فلاديمير بوتين إلى بكين، وقال بوتين إن الزيارة ناجحة."
    g = group_entities(ents(s))
    assert set(g[g["group"] == "putin"]["name"]) == {"فلاديمير بوتين", "بوتين"}
    assert variants(g) == {}


def test_one_spelling_is_no_variant_and_scripts_are_apart():
    s = "التقى بوتين مع بوتين مرة ثانية. Putin said so."
    assert variants(group_entities(ents(s))) == {}


# --------------------------------------------------------------------------- detectors


def facts_of(*texts: tuple[str, str, str]) -> Facts:
    """Facts for (file name, work key, text) triples, each its work's base text."""
    out = []
    for name, work, raw in texts:
        t = text_facts(Document(path=Path(name), raw=raw))
        t.work_key = work
        out.append(t)
    return Facts(out)


def test_entity_variant_internal():
    f = facts_of(("a.txt", "w1", "جرت مناورات أوكين عام 2024، ثم مناورات أوكيان مرة أخرى."))
    found = E.entity_variant(f)
    assert len(found) == 1
    x = found[0]
    assert x.kind == "entity-variant" and x.severity == "note" and x.scope == "internal"
    assert [s.text for s in x.spans] == ["أوكين", "أوكيان"]
    assert x.evidence["group"] == "okean"
    consistent = facts_of(("a.txt", "w1", "جرت مناورات أوكيان ثم مناورات أوكيان."))
    assert E.entity_variant(consistent) == []


def test_entity_variant_cross_work():
    f = facts_of(("a.txt", "w1", "قال كيسنجر ذلك."), ("b.txt", "w2", "قال كسنجر ذلك."),
                 ("c.txt", "w3", "قال كيسنجر وكسنجر ذلك."))
    found = E.entity_variant_cross(f)
    assert len(found) == 1
    x = found[0]
    assert x.scope == "cross-work" and x.evidence["files"] == ["a.txt", "b.txt"]  # c.txt shares both spellings
    assert "a.txt" in x.message and "b.txt" in x.message
    same = facts_of(("a.txt", "w1", "قال كيسنجر ذلك."), ("b.txt", "w2", "قال كيسنجر ذلك."))
    assert E.entity_variant_cross(same) == []
    one_work = facts_of(("a.txt", "w1", "قال كيسنجر ذلك."), ("b.txt", "w1", "قال كسنجر ذلك."))
    one_work.texts[1].base = False
    assert E.entity_variant_cross(one_work) == []


# --------------------------------------------------------------------------- corpus


@pytest.fixture(scope="module")
def corpus(catalogue):
    from tahqiq.facts import gather

    return gather(catalogue.documents())


def test_corpus_internal_variants(corpus):
    found = E.entity_variant(corpus)
    by = {(f.spans[0].file[:3], f.evidence["group"]) for f in found}
    assert {("003", "xi-jinping"), ("004", "okean"), ("002", "ningxia"), ("000", "shanghai")} <= by
    okean = next(f for f in found if f.evidence["group"] == "okean")
    assert sorted(s.text for s in okean.spans) == ["أوكيان", "أوكين"]
    for f in found:
        for s in f.spans:
            assert corpus.by_file(s.file).raw[s.start:s.end] == s.text


def test_corpus_cross_work_variants(corpus):
    found = E.entity_variant_cross(corpus)
    groups = {f.evidence["group"]: f.evidence["files"] for f in found}
    assert groups["kissinger"] == ["000_01ec08bd9cfc9a25.txt", "004_2bb25243eaff52f7.txt"]
    assert "jiang-zemin" in groups
    assert all("001_cec83860dcd66baf.txt" not in files for files in groups.values())


# --------------------------------------------------------------------------- from hand-made rows


def test_entity_variant_from_hand_made_rows():
    """The detector reads only the entities table: two spellings of one gazetteer entity in one
    script are a variant; one spelling, or the two scripts, are not (tests/builders.py)."""
    import builders as B

    raw = "Tass quoted Medvedev; later Medvedyev spoke, and ميدفيديف answered."
    two = B.text(raw, entities=[
        B.entity(raw, "Medvedev", name="medvedev", canon="medvedev", script="en"),
        B.entity(raw, "Medvedyev", name="medvedyev", canon="medvedev", script="en"),
    ])
    found = E.entity_variant(B.facts(two))
    assert [(f.kind, [s.text for s in f.spans]) for f in found] == [("entity-variant", ["Medvedev", "Medvedyev"])]
    scripts = B.text(raw, entities=[
        B.entity(raw, "Medvedev", name="medvedev", canon="medvedev", script="en"),
        B.entity(raw, "ميدفيديف", name="ميدفيديف", canon="medvedev", script="ar"),
    ])
    assert E.entity_variant(B.facts(scripts)) == []
    assert E.entity_variant(B.facts(B.text(raw))) == []


# --------------------------------------------------------------------------- a spelling the text glosses


def _two_spellings(raw: str, a: str, b: str, script: str):
    import builders as B

    return B.facts(B.text(raw, entities=[
        B.entity(raw, a, name=fold(a).lower(), canon="g", script=script),
        B.entity(raw, b, name=fold(b).lower(), canon="g", script=script),
    ]))


@pytest.mark.parametrize(
    "raw, a, b, script",
    [
        ("Ouarzazat (or Warzazat) is a city.", "Ouarzazat", "Warzazat", "en"),
        ("The god Ukko, also spelled Uko in older sources, ruled the sky.", "Ukko", "Uko", "en"),
        ("The word Kalevipoeg means 'son of Kalev'; Kalewipoeg was the older form.", "Kalewipoeg", "Kalevipoeg", "en"),
        ("زار الوفد مدينة ورزازات (أو وارزازات) في الجنوب.", "ورزازات", "وارزازات", "ar"),
        ("ذكر المؤرخ الإله أوكو، وقد فسر أوكّو بأنه إله السماء.", "أوكو", "أوكّو", "ar"),
    ],
)
def test_a_spelling_the_text_glosses_is_no_variant(raw, a, b, script):
    assert E.entity_variant(_two_spellings(raw, a, b, script)) == []


@pytest.mark.parametrize(
    "raw, a, b, script",
    [
        ("The god Ukko ruled the sky, and later Uko was worshipped in the north.", "Ukko", "Uko", "en"),
        ("زار الوفد مدينة ورزازات في الجنوب، ثم عاد إلى وارزازات في الشتاء.", "ورزازات", "وارزازات", "ar"),
    ],
)
def test_an_unglossed_second_spelling_is_a_variant(raw, a, b, script):
    found = E.entity_variant(_two_spellings(raw, a, b, script))
    assert [f.kind for f in found] == ["entity-variant"]
