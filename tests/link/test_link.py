"""The events gazetteer (schema, sources) and linking mentions to events with their dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.corpus.catalogue import Document
from tahqiq.errors import TahqiqError
from tahqiq.facts import text_facts
from tahqiq.link.events import (
    COLUMNS, ONGOING, STATEMENT_COLUMNS, bib_keys, compile_alias, dated_statements, format_interval,
    gap_days, link_mentions, load_events, overlaps,
)
from tahqiq.text.normtext import fold

ROOT = Path(__file__).resolve().parents[2]

BIB = """@misc{ref-a, title = {A}, year = {2020}}
@book{ref-b,
  title = {B}, year = {2008}
}
"""

EVENTS = """events:
  - id: treaty
    kind: treaty
    name: {en: "Treaty of Good-Neighbourliness", ar: "معاهدة حسن الجوار"}
    aliases:
      ar: ["معاهدة حسن الجوار"]
      en: ["Treaty of Good-Neighbourliness"]
    date: "2001-07-16"
    date_precision: day
    source: ref-a
  - id: supplement
    kind: agreement
    name: {en: "Supplementary Agreement", ar: "الاتفاقية المكملة"}
    aliases:
      ar: ["اتفاقية مكملة", "الاتفاقية المكملة"]
    date: "2004-10-14"
    date_precision: day
    source: ref-a
  - id: supplement-ratified
    kind: ratification
    name: {en: "Ratification of the Supplementary Agreement", ar: "التصديق على الاتفاقية المكملة"}
    aliases:
      ar: ["التصديق على الاتفاقية المكملة", "التصديق على اتفاقية مكملة"]
    date: "2005-06"
    date_precision: month
    source: ref-b
    related:
      - {event: supplement, relation: ratification-of}
  - id: summit-1996
    kind: summit
    name: {en: "Beijing summit 1996", ar: "قمة بكين 1996"}
    aliases: {ar: ["قمة بكين"], en: ["Beijing summit"]}
    date: "1996-04"
    date_precision: month
    source: ref-b
  - id: summit-1997
    kind: summit
    name: {en: "Beijing summit 1997", ar: "قمة بكين 1997"}
    aliases: {ar: ["قمة بكين"], en: ["Beijing summit"]}
    date: "1997-11"
    date_precision: month
    source: ref-b
  - id: statement
    kind: statement
    name: {en: "No-limits statement", ar: "بيان بلا حدود"}
    aliases: {ar: ["شراكة بلا حدود"], en: ["no limits partnership"]}
    date: "2022-02-04"
    date_precision: day
    source: ref-a
  - id: invasion
    kind: invasion
    name: {en: "Invasion of Ukraine", ar: "الغزو الروسي لأوكرانيا"}
    aliases:
      ar: ["الغزو الروسي لأوكرانيا", "بدء العملية العسكرية الروسية"]
      en: ["invasion of Ukraine"]
    weak_aliases: {ar: ["الحرب في أوكرانيا"]}
    date: "2022-02-24"
    date_precision: day
    source: ref-a
  - id: visit
    kind: visit
    name: {en: "Putin's visit to China", ar: "زيارة بوتين إلى الصين"}
    aliases: {ar: ["زيارة … بوتين … إلى الصين"], en: ["Putin's visit to China"]}
    start: "2024-05-16"
    end: "2024-05-17"
    date_precision: day
    source: ref-a
  - id: war
    kind: conflict
    name: {en: "The war", ar: "الحرب"}
    aliases: {en: ["the long war"]}
    start: "2022-02-24"
    end: ongoing
    date_precision: day
    source: ref-a
"""


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    d = tmp_path_factory.mktemp("gaz")
    (d / "refs.bib").write_text(BIB, encoding="utf-8")
    (d / "events.yml").write_text(EVENTS, encoding="utf-8")
    return load_events(d / "events.yml", d / "refs.bib")


def tf_of(s: str, name: str = "synthetic.txt"):
    return text_facts(Document(path=Path(name), raw=s, form="plain"))


def links(s: str, gaz):
    df = link_mentions(tf_of(s), gaz)
    assert tuple(df.columns) == COLUMNS
    for r in df.itertuples():
        assert s[r.start:r.end] == r.text
    return df


# --------------------------------------------------------------------------- the gazetteer


def test_project_gazetteer_loads_and_cites_the_bibliography():
    gaz = load_events()
    assert len(gaz) >= 45
    keys = bib_keys(ROOT / "book" / "references.bib")
    assert "salman2025" in keys  # the entry that was there first is kept
    assert all(e.source in keys for e in gaz)
    treaty = gaz.by_id["treaty-2001"]
    assert (treaty.kind, treaty.start, treaty.end, treaty.precision) == ("treaty", "2001-07-16", "2001-07-16", "day")
    rat = gaz.by_id["supplementary-border-agreement-ratification-2005"]
    assert rat.related == (("supplementary-border-agreement-2004", "ratification-of"),)
    assert (rat.start, rat.end) == ("2005-06-01", "2005-06-30")  # month precision: the whole month
    assert gaz.by_id["russia-ukraine-war"].end == ONGOING
    assert {"قمه بكين", "peace mission"} <= gaz.shared


def _write(tmp_path, events: str, bib: str = BIB):
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    p = tmp_path / "events.yml"
    p.write_text(events, encoding="utf-8")
    return p, tmp_path / "refs.bib"


ONE = """events:
  - id: e1
    kind: treaty
    name: {en: "E", ar: "ا"}
    aliases: {en: ["the treaty"]}
    date: "2001-07-16"
    date_precision: day
    source: ref-a
"""


@pytest.mark.parametrize(
    "old, new, field",
    [
        ("    kind: treaty\n", "", "missing field 'kind'"),
        ('    date: "2001-07-16"\n', '    date: "2001-13-40"\n', "'date'"),
        ('    date: "2001-07-16"\n', '    date: "16/07/2001"\n', "not an ISO date"),
        ('    date: "2001-07-16"\n', '    date: "2001"\n', "gives only the year"),
        ("    source: ref-a\n", "    source: nowhere-2020\n", "'nowhere-2020' is not a key of references.bib"),
        ("    kind: treaty\n", "    kind: party\n", "'kind'"),
        ("    date_precision: day\n", "    date_precision: week\n", "'date_precision'"),
        ('    date: "2001-07-16"\n', "", "'date' is missing"),
        ("    aliases: {en: [\"the treaty\"]}\n", "    aliases: {fr: [\"le traité\"]}\n", "not 'fr'"),
    ],
)
def test_schema_errors_name_file_event_and_field(tmp_path, old, new, field):
    p, b = _write(tmp_path, ONE.replace(old, new))
    with pytest.raises(TahqiqError) as err:
        load_events(p, b)
    msg = str(err.value)
    assert msg.startswith(str(p)) and "event 'e1'" in msg and field in msg


def test_schema_errors_for_duplicates_and_related(tmp_path):
    p, b = _write(tmp_path, ONE + ONE.split("events:\n")[1])
    with pytest.raises(TahqiqError, match="event 'e1': field 'id' is used twice"):
        load_events(p, b)
    p, b = _write(tmp_path, ONE + "    related:\n      - {event: e9, relation: ratification-of}\n")
    with pytest.raises(TahqiqError, match="unknown event 'e9'"):
        load_events(p, b)
    p, b = _write(tmp_path, ONE.replace('date: "2001-07-16"', 'start: "2001-07-16"\n    end: "2001-07-01"'))
    with pytest.raises(TahqiqError, match="field 'end'"):
        load_events(p, b)
    with pytest.raises(TahqiqError, match="no such file"):
        load_events(tmp_path / "missing.yml", b)


# --------------------------------------------------------------------------- intervals and aliases


def test_intervals():
    assert overlaps(("2024-05-01", "2024-05-31"), ("2024-05-16", "2024-05-16"))
    assert not overlaps(("2022-02-04", "2022-02-04"), ("2022-02-24", "2022-02-24"))
    assert gap_days(("2022-02-04", "2022-02-04"), ("2022-02-24", "2022-02-24")) == 20
    assert format_interval("2022-02-04", "2022-02-04") == "4 February 2022"
    assert format_interval("2024-05-01", "2024-05-31") == "May 2024"
    assert format_interval("1970-01-01", "1979-12-31") == "1970–1979"
    assert format_interval("2022-02-24", ONGOING) == "since 24 February 2022"


def test_alias_patterns_fold_clitics_punctuation_and_word_bounds():
    p = compile_alias("ضم روسيا لشبه جزيرة القرم")
    assert p.search(fold("وبعد ضمّ روسيا لشبه جزيرة القرم"))
    p = compile_alias("فوستوك")
    assert p.search(fold("مناورات فوستوك-2022")) and not p.search(fold("ميناء فلاديفوستوك"))
    p = compile_alias("زيارة … بوتين … إلى الصين")
    assert p.search(fold('زيارة الرئيس الروسي "فلاديمير بوتين" إلى الصين'))
    assert not p.search(fold("زيارة وزير الخارجية إلى الصين"))
    assert compile_alias("Treaty of Good-Neighbourliness").search("the treaty of good neighbourliness")


# --------------------------------------------------------------------------- linking


def test_links_arabic_mention_to_its_date(gaz):
    df = links("وقعت روسيا والصين معاهدة حسن الجوار في 16 تموز 2001 في موسكو.", gaz)
    assert df[["event_id", "text", "date_start", "date_end", "date_rel"]].values.tolist() == [
        ["treaty", "معاهدة حسن الجوار", "2001-07-16", "2001-07-16", "on"]]
    ev = df.iloc[0]["evidence"]
    assert ev["alias"] == "معاهدة حسن الجوار" and ev["alias_kind"] == "strong"
    assert ev["date"]["text"] == "16 تموز 2001" and ev["distance"] == 4
    assert df.iloc[0]["score"] > 0.9


def test_links_english_mention(gaz):
    df = links("Russia and China signed the Treaty of Good-Neighbourliness on July 16, 2001.", gaz)
    assert df[["event_id", "date_start", "date_rel"]].values.tolist() == [["treaty", "2001-07-16", "on"]]


def test_a_quarter_of_a_year_dates_a_mention(gaz):
    df = links("وقعت روسيا والصين معاهدة حسن الجوار في الربع الثالث من عام 2001.", gaz)
    assert df[["event_id", "date_start", "date_end", "date_rel"]].values.tolist() == [
        ["treaty", "2001-07-01", "2001-09-30", "on"]]


def test_a_mention_without_a_date_is_linked_without_one(gaz):
    df = links("تعد معاهدة حسن الجوار أساس العلاقات.", gaz)
    assert df["event_id"].tolist() == ["treaty"] and df["date_start"].isna().all()
    assert df.iloc[0]["score"] == 0.6


def test_ratification_is_not_the_signing(gaz):
    df = links("وقع البلدان اتفاقية مكملة عام 2004. ثم تبادلا التصديق على الاتفاقية المكملة عام 2005.", gaz)
    assert df[["event_id", "date_start"]].values.tolist() == [
        ["supplement", "2004-01-01"], ["supplement-ratified", "2005-01-01"]]


def test_order_word_and_nearest_date(gaz):
    s = "في 4 شباط 2022 وقبيل بدء العملية العسكرية الروسية في أوكرانيا أعلن البلدان شراكة بلا حدود."
    df = links(s, gaz).set_index("event_id")
    assert df.loc["invasion", "date_rel"] == "before"
    assert (df.loc["statement", "date_start"], df.loc["statement", "date_rel"]) == ("2022-02-04", "on")


def test_consequence_and_new_clause_take_the_date_away(gaz):
    df = links("تم توقيع معاهدة حسن الجوار بين البلدين، وفي عام 1969 اندلع نزاع آخر.", gaz)
    assert df.iloc[0]["date_rel"] == "other"


def test_ambiguous_alias_is_resolved_by_its_date(gaz):
    df = links("عززت قمة بكين عام 1996 العلاقات. وفي قمة بكين عام 1997 وقع الطرفان اتفاقية.", gaz)
    assert df["event_id"].tolist() == ["summit-1996", "summit-1997"]
    assert all(e["alias_kind"] == "ambiguous" for e in df["evidence"])
    assert links("عقدت قمة بكين لمناقشة الحدود.", gaz).empty  # no date: left unlinked
    assert links("عقدت قمة بكين عام 2010.", gaz).empty  # no candidate within a year


def test_weak_alias_needs_a_date_near_the_reference(gaz):
    assert links("اشتدت الحرب في أوكرانيا عام 2022.", gaz)["event_id"].tolist() == ["invasion"]
    assert links("اشتدت الحرب في أوكرانيا عام 2015.", gaz).empty
    assert links("اشتدت الحرب في أوكرانيا.", gaz).empty


def test_gap_alias_and_interval_date(gaz):
    df = links('جاءت زيارة الرئيس الروسي "فلاديمير بوتين" إلى الصين في منتصف أيار 2024.', gaz)
    assert df[["event_id", "date_start", "date_end"]].values.tolist() == [["visit", "2024-05-01", "2024-05-31"]]


def test_dated_statements_keep_unlinked_dates(gaz):
    s = "وقعت معاهدة حسن الجوار عام 2001. وارتفعت صادرات الغاز الروسي عام 2019 بنسبة كبيرة."
    tf = tf_of(s)
    st = dated_statements(tf, link_mentions(tf, gaz))
    assert tuple(st.columns) == STATEMENT_COLUMNS
    assert st["date_text"].tolist() == ["عام 2019"]
    row = st.iloc[0]
    assert row["subject"] == "وارتفعت صادرات الغاز الروسي بنسبه كبيره"
    assert row["date_start"] == "2019-01-01" and s[row["start"]:row["end"]] == row["text"]


# --------------------------------------------------------------------------- the corpus


@pytest.fixture(scope="module")
def corpus_links(docs):
    gaz = load_events()
    out = {}
    for k in ("000", "002", "003", "004"):
        tf = text_facts(docs[k])
        df = link_mentions(tf, gaz)
        assert (df["text"] == [tf.raw[s:e] for s, e in zip(df["start"], df["end"])]).all()
        out[k] = df
    return out


def _on(df, eid):
    sub = df[(df["event_id"] == eid) & (df["date_rel"] == "on")]
    return sorted(set(zip(sub["date_start"], sub["date_end"])))


def test_corpus_003_the_visit_and_the_invasion(corpus_links):
    df = corpus_links["003"]
    assert _on(df, "putin-china-2024") == [("2024-05-01", "2024-05-31")]  # «منتصف شهر مايو/أيار»
    assert _on(df, "russian-invasion-of-ukraine") == [("2022-02-01", "2022-02-28")]
    assert "no-limits-statement-2022" in set(df["event_id"])


def test_corpus_004_exercises_treaty_and_roadmap(corpus_links):
    df = corpus_links["004"]
    assert _on(df, "okean-2024") == [("2024-01-01", "2024-12-31")]
    assert _on(df, "vostok-2022") == [("2022-01-01", "2022-12-31")]
    assert _on(df, "treaty-2001") == [("2001-01-01", "2001-12-31")]
    assert _on(df, "treaty-2001-extension") == [("2021-01-01", "2021-12-31")]
    assert _on(df, "military-roadmap-2021") == [("2021-11-01", "2021-11-30")]
    assert _on(df, "sino-soviet-border-conflict") == [("1969-01-01", "1969-12-31")]
    cited = df[df["date_rel"] == "cited"]
    assert ("no-limits-statement-2022", "2022-02-04") in set(zip(cited["event_id"], cited["date_start"]))


def test_corpus_000_invasion_statement_summit_and_ratification(corpus_links):
    df = corpus_links["000"]
    assert ("2022-02-04", "2022-02-04") in _on(df, "russian-invasion-of-ukraine")  # «شنت روسيا ... في 4 / شباط»
    assert _on(df, "no-limits-statement-2022") == [("2022-02-04", "2022-02-04")]
    assert _on(df, "beijing-summit-1996") == [("1996-01-01", "1996-12-31")]
    assert _on(df, "supplementary-border-agreement-ratification-2005") == [("2005-01-01", "2005-12-31")]
    assert _on(df, "supplementary-border-agreement-2004") == [("2004-01-01", "2004-12-31")]
    assert _on(df, "putin-china-2024") == [("2024-05-16", "2024-05-17")]


def test_corpus_002_summit_1997_and_september_11(corpus_links):
    df = corpus_links["002"]
    assert _on(df, "beijing-summit-1997") == [("1997-01-01", "1997-12-31")]
    assert _on(df, "september-11-attacks") == [("2001-09-11", "2001-09-11")]
    assert _on(df, "sco-founding") == [("2001-01-01", "2001-12-31")]


def test_alias_matches_are_the_patterns_matches():
    """``alias_matches`` (from the first word's places) finds what ``finditer`` over the whole text
    finds, for every alias of the project's gazetteer, on texts written for this test: proclitics
    («وبمعاهدة»), an alias twice in a row, a word inside a longer word, an English alias in other
    case, and a text whose case folding changes its length (ß), which is scanned whole."""
    from tahqiq.link.events import alias_matches

    gaz = load_events()
    aliases = [al for ev in gaz for al in ev.aliases]
    names = [al.text for al in aliases[:40]]
    texts = [
        fold(" و".join(names) + "، ثم " + "ب" + names[0] + " " + names[0] + names[0] + " والـ" + names[-1]),
        fold("وفي " + " ... ".join(n.upper() for n in names) + " فلل" + names[1] + "x" + names[2]),
        "Straße " + " ".join(names[:5]).upper() + " ß",
        fold("نص بلا اسم حدث"),
    ]
    for t in texts:
        for al in aliases:
            want = [(m.start(), m.end(), m.span("m")) for m in al.pattern.finditer(t)]
            assert [(m.start(), m.end(), m.span("m")) for m in alias_matches(al, t)] == want, (al.text, t[:40])
    assert any(alias_matches(al, texts[0]) for al in aliases)  # the test does find aliases
