package jixiao.indicator;

/** The three completion tiers of qualitative scoring (财预〔2020〕10号). */
public enum CompletionTier {
    ACHIEVED("达成"), PARTIAL("部分达成"), UNMET("未达成");

    private final String chinese;

    CompletionTier(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
