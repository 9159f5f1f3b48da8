package jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Normaliser: the §1.1 folding every value and name goes through. */
class NormaliserTest {

    @Test
    void aCellWithNothingToFoldIsReturnedAsItIs() {
        String clean = "≥95%受助人员满意度";
        assertSame(clean, Normaliser.foldVariants(clean));
    }

    @Test
    void foldsVariantsAndDropsSpacesWhereverTheyStart() {
        // a clean start, then something to fold or drop: what comes before it is kept as it was
        assertFolded("满意度＞＝９５％", "满意度>=95%");
        assertFolded("满意度 ≧ 95 %", "满意度≥95%");
        assertFolded("不超过\u3000100\u00A0万元", "不超过100万元");
        assertFolded("按时\r\n完成\u200B率", "按时完成率");
        assertFolded("完成率⩾90﹪", "完成率≥90%");
        assertFolded("成本⩽5〜6万元", "成本≤5~6万元");
        assertFolded("偏差═0", "偏差=0");
        assertFolded("\uFEFF９５", "95");
        // outside the ranges tested at once, with nothing to fold: kept
        assertFolded("面积100㎡", "面积100㎡");
        assertFolded("\uD840\uDC00字", "\uD840\uDC00字");
    }

    private static void assertFolded(String raw, String folded) {
        assertEquals(folded, Normaliser.foldVariants(raw), raw);
    }

    @Test
    void anEmptyTextStaysEmpty() {
        assertEquals("", Normaliser.foldVariants(""));
        assertEquals("", Normaliser.normalise(null));
    }
}
