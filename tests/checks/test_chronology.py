"""Chronology detectors: article histories that run backwards, order words contradicted by dates."""

from __future__ import annotations

import pytest

from tahqiq.checks.chronology import (
    article_history_order,
    dated_mentions,
    histories,
    history_items,
    order_word_contradiction,
    sentence_spans,
    _relations_in,
)
import pandas as pd

from tahqiq.extract.dates import COLUMNS as DATE_COLUMNS
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, gather, text_facts


def facts_of(s: str, form: str = "plain") -> Facts:
    return Facts([text_facts(from_string(s, form))])


def spans_text(f) -> list[str]:
    return [s.text for s in f.spans]


# --------------------------------------------------------------------------- helpers


def test_sentence_spans_cut_at_stops_blank_lines_and_markers():
    t = "First one. Second one؟ third\n\n- item 2020\n(1) note"
    assert [t[a:b] for a, b in sentence_spans(t)] == ["First one.", "Second one؟", "third", "- item 2020", "(1) note"]


def test_history_items_recognise_stages_in_both_languages():
    tf = facts_of(
        "- Received 16 Mar. 2025\n- Received in revised form 10 Apr. 2025\n- Final Proofreading 15 May 2025\n"
        "- Accepted: 23 May 2025\n- Available online: 30 Jun. 2025\n\n"
        "- الاستلام: 16 آذار 2025\n- الاستلام بعد التنقيح 10 نيسان 2025\n- التنقيح اللغوي 15 أيار 2025\n"
        "- تاريخ القبول: 23 أيار 2025\n- النشر المباشر: 30 حزيران 2025\n"
    ).texts[0]
    items = history_items(tf)
    assert [it.stage for it in items] == ["received", "revised", "proofread", "accepted", "published"] * 2
    assert [it.lang for it in items] == ["en"] * 5 + ["ar"] * 5
    assert [len(g) for g in histories(tf)] == [5, 5]


def with_dates(s: str, rows: list[tuple[str, str, str, str]]) -> Facts:
    """Facts of ``s`` whose dates table is given by hand: (quoted text, type, start_date, end_date);
    the detector logic is then tested apart from the dates extractor."""
    tf = text_facts(from_string(s))
    recs, pos = [], 0
    for quote, typ, a, b in rows:
        i = s.index(quote, pos)
        pos = i + len(quote)
        recs.append((tf.file, i, pos, quote, typ, a, b, "day", None, None, None))
    tf.__dict__["dates"] = pd.DataFrame(recs, columns=list(DATE_COLUMNS))
    return Facts([tf])


# --------------------------------------------------------------------------- article-history-order


def test_history_with_hand_made_dates():
    s = "Submitted: first of May\nRevised: the tenth of April\n"
    fs = article_history_order(with_dates(s, [("first of May", "date", "2020-05-01", "2020-05-01"),
                                              ("the tenth of April", "date", "2020-04-10", "2020-04-10")]))
    assert [[sp.text for sp in f.spans] for f in fs] == [["Submitted: first of May", "Revised: the tenth of April"]]


def test_english_history_running_backwards_is_an_error():
    fs = article_history_order(facts_of("Received: 12 May 2020\nAccepted: 3 March 2020\nPublished online: 5 June 2020\n"))
    assert len(fs) == 1
    f = fs[0]
    assert f.kind == "article-history-order" and f.severity == "error"
    assert spans_text(f) == ["Received: 12 May 2020", "Accepted: 3 March 2020"]
    assert f.evidence["earlier_stage"] == {"stage": "received", "label": "Received", "date": "2020-05-12"}
    assert f.evidence["later_stage"]["date"] == "2020-03-03"
    assert "accepted" in f.message and "2020-03-03" in f.message and "2020-05-12" in f.message


def test_history_on_one_line_with_separators():
    fs = article_history_order(facts_of("Received: 12 January 2020; Accepted: 3 March 2019; Published: 5 May 2020"))
    assert [spans_text(f) for f in fs] == [["Received: 12 January 2020", "Accepted: 3 March 2019"]]


def test_arabic_history_each_inversion_is_flagged():
    s = ("تاريخ الاستلام: 2020/01/12\nتاريخ المراجعة: 2020/02/20\nتاريخ القبول: 2020/02/01\n"
         "تاريخ النشر: 2019/12/30\n")
    fs = article_history_order(facts_of(s))
    pairs = sorted((f.evidence["earlier_stage"]["stage"], f.evidence["later_stage"]["stage"]) for f in fs)
    assert pairs == [("accepted", "published"), ("received", "published"), ("revised", "accepted"),
                     ("revised", "published")]
    assert all(f.severity == "error" for f in fs)


def test_history_in_order_is_fine():
    s = "تاريخ الاستلام: 2020/01/12\nتاريخ القبول: 2020/03/01\nتاريخ النشر: 2020/04/30\n"
    assert article_history_order(facts_of(s)) == []


def test_label_words_in_running_text_are_not_a_history():
    s = ("Russia received 12 May 2020 deliveries. China accepted 3 March 2020 as a deadline.\n"
         "وقد أعلن عن القبول في 2019 ثم عن الاستلام: في 2020.")
    assert article_history_order(facts_of(s)) == []


def test_two_histories_are_not_mixed():
    # the English history is in order, the Arabic one too; across them nothing is compared
    s = ("Received 1 May 2021\nAccepted 1 June 2021\n\nمقدمة طويلة.\n\n"
         "الاستلام: 1 آذار 2021\nالقبول: 1 نيسان 2021\n")
    tf = facts_of(s).texts[0]
    assert [len(g) for g in histories(tf)] == [2, 2]
    assert article_history_order(facts_of(s)) == []


# --------------------------------------------------------------------------- order-word-contradiction


@pytest.mark.parametrize(
    "s, later, earlier",  # what the sentence says is later / earlier
    [
        # W Y, X: after the invasion (2022), X happened in 2014
        ("بعد الغزو الروسي لأوكرانيا في عام 2022، وقعت روسيا الاتفاقية في عام 2014.", "2014", "2022"),
        # X W Y in one clause
        ("وقعت الاتفاقية عام 2014 بعد الغزو عام 2022.", "2014", "2022"),
        # before: X before Y, so Y is the later one
        ("The treaty was signed in 2001 before the summit of 1996.", "1996", "2001"),
        ("وقعت المعاهدة عام 2001 قبيل القمة عام 1996.", "1996", "2001"),
        # then: the mention after «ثم»/then is the later one
        ("In 2001 the treaty was signed, then in 1996 the summit met.", "1996", "2001"),
        # a word of anteriority: the mention after it is the earlier one
        ("افتُتح المصنع عام 2015، وكان قد أُعلن عنه سابقاً عام 2017.", "2015", "2017"),
        ("The plant opened in 2015; it had previously been announced in 2017.", "2015", "2017"),
        ("Following the crisis of 2008, the bank was founded in 2005.", "2005", "2008"),
        ("على إثر الأزمة المالية عام 2008، تأسس البنك عام 2005.", "2005", "2008"),
    ],
)
def test_order_word_contradicted(s, later, earlier):
    fs = order_word_contradiction(facts_of(s))
    assert len(fs) == 1, s
    f = fs[0]
    assert f.severity == "warning"
    assert (f.evidence["later"]["date"], f.evidence["earlier"]["date"]) == (later, earlier)
    assert len(f.spans) == 3


@pytest.mark.parametrize(
    "s",
    [
        "وقعت الاتفاقية عام 2024 بعد الغزو عام 2022.",
        "ضمت روسيا القرم عام 2014، وبعد الغزو عام 2022 فرضت العقوبات.",  # two clauses, no relation
        "In 1996 the summit met, then in 2001 the treaty was signed.",
        "افتُتح المصنع عام 2015، وكان قد أُعلن عنه سابقاً عام 2013.",
        "The plant opened in 2015; it had previously been announced in 2013.",
        "وقع الاتفاق عام 2014 من قبل الطرفين عام 2010.",  # «من قبل» (by) is no word of anteriority
        "منذ عام 1990 وحتى عام 2024 تطورت العلاقات.",
        "وقعت الاتفاقية في آذار 2022 بعد الغزو في عام 2022.",  # same year: overlapping, no contradiction
        "The agreement of 2014 was praised by the press, as it was long after the 2022 invasion ended.",  # too far
        "وقع الاتفاق عام 2014 من قبل الطرفين عام 2010.",  # «من قبل» (by) is not «قبل» (before)
        "نشرت دراسة عام 2005 حول أثر حرب عام 2008.",  # «أثر» (impact) is not «إثر» (following)
        "تقرير صادر عام 2024\nبعد الغزو عام 2025 تغيرت الأمور.",  # a line break: a title line, not X
        # a date of a relative clause in the main clause is not its date
        "وبعد الأزمة عام 2014، وقعت الشركة التي تأسست عام 2010 عقداً جديداً.",
        "After the crisis of 2014, the firm, which was founded in 2010, signed a deal.",
        # a semicolon ends the clause the order word opens
        "Before the 2008 crisis, trade had grown quickly; it fell in 2009 and recovered in 2010.",
        "قبل أزمة عام 2008، نمت التجارة بسرعة؛ ثم تراجعت عام 2009.",
        # the main clause compares two years: the range's start is not the clause's date
        "بعد الأزمة عام 2020، ارتفع العدد من 500 عام 2019 إلى 900 عام 2021.",
        "After the offices closed in March 2020, requests rose from 500 in 2019 to 900 in 2020.",
        "Annual report 2024\nAfter the invasion of 2025 things changed.",
    ],
)
def test_order_word_consistent_or_unclear(s):
    assert order_word_contradiction(facts_of(s)) == []


@pytest.mark.parametrize(
    "s",
    [
        # a range whose end the order word qualifies: «من X إلى ما بعد Y», "from X to after Y"
        "انتقلت العلاقات من التحالف في معاهدة 1950 إلى التنافس بعد عام 1960.",
        "وتطور التعاون من الاتفاق عام 1994 حتى ما بعد عام 2008.",
        "Relations moved from the alliance of 1950 to open rivalry after 1960.",
        "The survey covers the years from 1991 through the period after 2004.",
    ],
)
def test_range_end_qualified_by_an_order_word_is_no_order_claim(s):
    assert order_word_contradiction(facts_of(s)) == []


@pytest.mark.parametrize(
    "s",
    [
        # «إلى»/"to" without a range start before X: the order word still orders X
        "عاد الوفد عام 2015 إلى موسكو بعد القمة عام 2018.",
        "The delegation returned in 2015 to Moscow after the summit of 2018.",
    ],
)
def test_to_without_a_range_start_still_orders(s):
    assert len(order_word_contradiction(facts_of(s))) == 1


@pytest.mark.parametrize(
    "s",
    [
        # a year that is the horizon of a title is not an event date
        "أطلقت الحكومة المشروع في مارس 2019 بعد إطلاق رؤية 2035 بعامين.",
        "وأعلنت الوزارة البرنامج عام 2018 عقب اعتماد الخطة 2040.",
        "The ministry opened the port in 2019 after adopting Vision 2035.",
        "The bank was founded in 2016, following the Agenda 2063 of the union.",
    ],
)
def test_year_in_a_title_is_not_an_event_date(s):
    assert order_word_contradiction(facts_of(s)) == []


@pytest.mark.parametrize(
    "s",
    [
        # the same sentences with a year of an event: still a contradiction
        "أطلقت الحكومة المشروع في مارس 2019 بعد إطلاق الرؤية عام 2021.",
        "The ministry opened the port in 2019 after adopting the plan in 2021.",
    ],
)
def test_year_of_an_event_after_a_title_word_still_counts(s):
    assert len(order_word_contradiction(facts_of(s))) == 1


def test_order_word_with_hand_made_dates():
    s = "The pact of spring was signed after the war of winter."
    rows = [("spring", "month", "2014-03-01", "2014-03-31"), ("winter", "month", "2022-02-01", "2022-02-28")]
    fs = order_word_contradiction(with_dates(s, rows))
    assert [sp.text for sp in fs[0].spans] == ["spring", "after", "winter"]
    assert (fs[0].evidence["later"]["date"], fs[0].evidence["earlier"]["date"]) == ("2014-03", "2022-02")


def test_scrambled_text_is_skipped():
    s = "وقعت الاتفاقية عام 2014 بعد الغزو عام 2022."
    assert len(order_word_contradiction(facts_of(s))) == 1
    assert order_word_contradiction(facts_of(s, form="pdf-scrambled")) == []


# --------------------------------------------------------------------------- corpus


@pytest.fixture(scope="module")
def corpus_facts(catalogue):
    return gather(catalogue.documents())


def test_corpus_article_history(corpus_facts):
    fs = article_history_order(corpus_facts)
    by_file: dict[str, list] = {}
    for f in fs:
        by_file.setdefault(f.spans[0].file[:3], []).append(f)
    # 000 and 001 (two witnesses of one article): the Arabic history dates the proofreading (15 March)
    # before the receipt (16 March) and the revision (10 April), and the acceptance (23 March)
    # before the revision; the English history (May) is in order.
    assert sorted(by_file) == ["000", "001"]
    for file_fs in by_file.values():
        assert sorted(tuple(s.text for s in f.spans) for f in file_fs) == [
            ("الاستلام بعد التنقيح 10 نيسان 2025", "التنقيح اللغوي 15 مارس 2025"),
            ("الاستلام بعد التنقيح 10 نيسان 2025", "القبول: 23 مارس 2025"),
            ("الاستلام: 16 أذار 2025", "التنقيح اللغوي 15 مارس 2025"),
        ]
    tf = corpus_facts.texts[0]
    assert [[it.stage for it in g] for g in histories(tf)] == [list(("received", "revised", "proofread",
                                                                     "accepted", "published"))] * 2


def test_corpus_order_words(corpus_facts):
    # The corpus relates dated mentions by order words consistently: no contradiction. The one
    # relation read in full is in 004: «Zapad/Interaction 2021 وبعد ذلك … فوستوك-2022».
    assert order_word_contradiction(corpus_facts) == []
    tf = next(t for t in corpus_facts if t.file.startswith("004"))
    text = tf.norm.text
    ms = dated_mentions(tf)
    rels = [r for a, b in sentence_spans(text) for r in _relations_in(text, a, b, ms)]
    assert [(r.earlier.start_date[:4], r.later.start_date[:4], r.shape) for r in rels] == [
        ("2021", "2022", "X ... then Y")
    ]


def test_order_words_are_read_from_the_lexicon():
    """Every word of lang/order.yml 'sequence' is found whole, with its relation, after «و»/«ف»
    too; a word inside a longer word or after «من» is not an order word."""
    from tahqiq.checks import chronology as CH
    from tahqiq.lang import lexicon
    from tahqiq.text.normtext import fold

    for rel, langs in lexicon("order")["sequence"].items():
        for lang, ws in langs.items():
            for w in ws:
                text = fold(f"x {w} y")
                m = CH._ORDER_RE.search(text)
                assert m and m.lastgroup == rel and m.group() == fold(w), (rel, w)
                if lang == "ar":
                    glued = CH._ORDER_RE.search(fold(f"x و{w} y"))
                    assert glued and glued.lastgroup == rel
    assert CH._ORDER_RE.search(fold("بعد ذلك")).lastgroup == "then"  # the longer 'then' before 'after'
    assert CH._ORDER_RE.search(fold("وقع البعدان")) is None  # inside a word
    assert CH._ORDER_RE.search(fold("من قبل")) is None  # «من قبل»: by (an agent), not before
    assert CH._ORDER_RE.search("the befores") is None


@pytest.mark.parametrize("s", [
    # a list ranked by a measure: «ثم»/"then" orders the ranks, not the times
    "حقق شهر آب 2023 أعلى المبيعات بـ90 ألف وحدة، تلاه شهر تموز 2023 بـ80 ألفاً، ثم شهر حزيران 2023 بـ70 ألفاً.",
    "August 2023 had the highest sales, followed by July 2023, then June 2023.",
])
def test_a_ranked_list_is_no_chronology(s):
    assert order_word_contradiction(facts_of(s)) == []


@pytest.mark.parametrize("s", [
    "افتتح المصنع في آب 2023، ثم بدأ الإنتاج في حزيران 2023.",
    "The plant opened in August 2023, then production began in June 2023.",
])
def test_then_in_a_story_still_orders_times(s):
    assert len(order_word_contradiction(facts_of(s))) == 1


@pytest.mark.parametrize("s, n", [
    # the date after «قبل … من X» may be X's: the clause is then a year earlier, and «ثم» fits
    ("وأعدت الوزارة مسودة النظام قبل عام من الانتخابات في أيار 2021، ثم أقرها المجلس في تموز 2020.", 0),
    ("وأعدت الوزارة مسودة النظام قبيل الانتخابات في أيار 2021، ثم أقرها المجلس في تموز 2020.", 0),
    ("The ministry drafted the rules a year before the elections in May 2021, then the council adopted them in July 2020.", 0),
    # «بعد … من X» or a date of the clause itself: every reading puts the «ثم» clause earlier
    ("وأعدت الوزارة مسودة النظام بعد عام من الانتخابات في أيار 2021، ثم أقرها المجلس في تموز 2020.", 1),
    ("وأعدت الوزارة مسودة النظام في أيار 2021، ثم أقرها المجلس في تموز 2020.", 1),
    # a «قبل» in an earlier clause does not govern the date of a later one
    ("وقبل الانتخابات، أعدت الوزارة مسودة النظام في أيار 2021، ثم أقرها المجلس في تموز 2020.", 1),
])
def test_then_after_a_date_governed_by_before(s, n):
    assert len(order_word_contradiction(facts_of(s))) == n
