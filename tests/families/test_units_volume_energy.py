"""Family of constructions: multi-word units of volume and energy, in every case form.

Grammar: ``NUMBER (كيلومتر|كيلومترا|كيلومترات) (مكعب|مكعبا|مكعبة)`` is cubic kilometres (km3), a unit of
two words like «متر مكعب» (m3), not kilometres with an adjective left over; ``NUMBER تيراواط ساعة`` is
terawatt hours (TWh), like «كيلوواط ساعة» (kWh), not a noun «تيراواط». The accusative tanween
(«كيلومتراً مكعباً») and Eastern digits read the same; a kilometre alone stays km.

Cases are generated from a seed.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_forms import EAST
from tahqiq.extract.figures import figures_from_string as extract_figures_from_string

SEED = 3
KM3 = ["كيلومتر مكعب", "كيلومتراً مكعباً", "كيلومترات مكعبة", "كيلومترا مكعبا"]
TWH = ["تيراواط ساعة", "تيراوات ساعة"]
LEADS = ["وقدّرت الدراسة حجم المخزون بنحو", "وبلغ الإنتاج السنوي", "ويستهلك القطاع قرابة", "وتوفر المحطة"]


def cases() -> list[tuple[str, str, float]]:
    rng = random.Random(SEED)
    out = []
    for i in range(20):
        v = rng.choice([rng.randint(2, 900), round(rng.uniform(1, 99), 1)])
        unit, code = (KM3[i % 4], "km3") if i % 2 == 0 else (TWH[i % 2 - 1], "TWh")
        num = str(v)
        s = f"{LEADS[i % 4]} {num} {unit} خلال العام الماضي."
        if i % 3 == 2:
            s = s.translate(EAST).replace(".", "٫", 1) if "." in num else s.translate(EAST)
        out.append((s, code, float(v)))
    return out


@pytest.mark.parametrize("s, code, value", cases())
def test_volume_and_energy_units(s, code, value):
    rows = extract_figures_from_string(s)
    hit = [r for r in rows.itertuples() if r.value == value]
    assert hit, rows[["text", "value", "unit"]]
    assert hit[0].unit.split("/")[0] == code  # «الإنتاج السنوي …»: a yearly rate of the unit


def test_a_kilometre_alone_stays_a_kilometre():
    rows = extract_figures_from_string("ويمتد الطريق 45 كيلومتراً شرقاً.")
    assert list(rows["unit"]) == ["km"]
