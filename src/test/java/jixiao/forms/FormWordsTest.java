package jixiao.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormWordsTest {
    @Test
    void theMoreSpecificHeaderWordDecides() {
        FormWords w = Forms.WORDS;
        assertEquals(Optional.of(Role.IGNORED), w.role("指标值\n确定依据"));
        assertEquals(Optional.of(Role.OP), w.role("指标值类型"));
        assertEquals(Optional.of(Role.ACTUAL), w.role("实际完成值"));
        assertEquals(Optional.of(Role.TARGET), w.role("年度\n指标值"));
        assertEquals(Optional.of(Role.IGNORED), w.role("近两年指标值"));
        assertEquals(Optional.of(Role.LEVEL1), w.role("一级\n指标"));
        assertEquals(Optional.of(Role.SCORE), w.role("自评得分"));
        assertEquals(Optional.of(Role.IGNORED), w.role("评定得分"));
        assertEquals(Optional.empty(), w.role("绩效指标"));
        assertEquals(Optional.of("≥"), w.comparator("≧"));
        assertEquals(Optional.of("="), w.comparator("＝"));
    }

    @Test
    void aBrokenWordsFileNamesTheKey(@TempDir Path dir) throws Exception {
        String good = Files.readString(Path.of("scoring-tables", "forms.yml"));
        Files.writeString(dir.resolve("forms.yml"), good.replace("  level3: [三级指标, 指标名称]\n", ""));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FormWords.load(dir));
        assertTrue(e.getMessage().contains("columns.level3"), e.getMessage());
        Files.writeString(dir.resolve("forms.yml"), "columns: [");
        assertThrows(IllegalStateException.class, () -> FormWords.load(dir));
    }
}
