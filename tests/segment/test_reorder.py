"""The reading order of a line printed backwards by a right-to-left PDF extraction."""

import random

from tahqiq.review.gold import scramble
from tahqiq.segment.reorder import is_reversed, pieces, reading


def test_a_backwards_line_reads_in_order_once_its_pieces_are_reversed():
    # written for this test: «the two sides signed the agreement in 2001 in Moscow», printed backwards
    line = "موسكو  في  2001عام   الاتفاقية  الجانبان وقع"
    assert pieces(line) == ["موسكو", "في", "2001", "عام", "الاتفاقية", "الجانبان وقع"]
    # a chunk joined by a single space keeps its printed order: the engine cannot split it
    assert reading(line) == "الجانبان وقع الاتفاقية عام 2001 في موسكو"


def test_latin_runs_and_note_markers_stay_whole():
    line = "الدراسة  (Snyder: 1997, p 123)  في   ورد  كما"
    assert reading(line) == "كما ورد في (Snyder: 1997, p 123) الدراسة"
    assert reading("المصدر  [12]نفسه   انظر") == "انظر نفسه [12] المصدر"


def test_a_line_in_order_is_left_alone():
    assert reading("وقع الجانبان الاتفاقية عام 2001 في موسكو") is None
    assert reading("وقع الجانبان  الاتفاقية عام 2001 في موسكو") is None  # one wide gap is a typo, not a reversal
    assert not is_reversed("The two sides  signed  the agreement")  # no Arabic
    assert reading("") is None


def test_scrambled_with_wide_gaps_only_is_recovered_exactly():
    """Out-of-sample: clean lines written here, scrambled like 002 by review.gold.scramble with
    every piece one per chunk and a wide gap between pieces, read back exactly."""
    class WideGaps(random.Random):
        def randint(self, a, b):
            return 1  # one word a chunk

        def choice(self, seq):
            return "  "

        def random(self):
            return 1.0  # never glue

    lines = ["بلغ حجم التبادل التجاري بين البلدين 240 مليار دولار في عام 2023",
             "أشار التقرير إلى أن نسبة النمو بلغت 5% خلال العقد الأخير",
             "وقعت الاتفاقية في 16 تموز 2001 بحضور الرئيسين"]
    for line in lines:
        assert reading(scramble(line, WideGaps(0))) == line
