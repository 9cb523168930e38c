"""Places in unseen news: cities that the statistical stop list keeps for strong cues are
places after any locative too. Sentences written for these tests."""

import newsparse


def names(text):
    return {p.en or p.name for p in newsparse.parse(text).places}


def test_a_city_of_the_noun_tier_after_a_preposition():
    assert "Jarabulus" in names("وصلت الحافلات التي تقل المقاتلين إلى جرابلس مساء الأحد.")
    assert "Munich" in names("وعقد المؤتمر الدولي في ميونيخ بحضور وزراء خارجية عدة دول.")
    assert "Atlanta" in names("وأقلعت الطائرة من أتلانتا صباح اليوم.")


def test_a_noun_of_the_noun_tier_stays_a_noun_after_a_preposition():
    assert not names("وانتقد الكاتب الفساد في الطبقة السياسية الحاكمة.")
    assert not names("وظهر الضيف على قناة تي في وان الليلة الماضية.")
