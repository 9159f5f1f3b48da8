package jixiao.forms;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;
import jixiao.scoring.Inputs;

/** Values of the inputs as the exported form writes them. */
final class ExportText {
    private ExportText() {
    }

    /** A target or actual as text: as sent, or its structured parts written out ({@code ≥99.5%}, {@code 80~90%}, {@code 健全}). */
    static String value(Inputs.ValueSpec spec) {
        if (spec == null) {
            return null;
        }
        if (spec instanceof Inputs.ValueSpec.Text t) {
            return t.text();
        }
        Inputs.ValueSpec.Structured s = (Inputs.ValueSpec.Structured) spec;
        if (s.term() != null) {
            return s.term();
        }
        String unit = s.unit() == null ? "" : s.unit();
        if (s.low() != null && s.high() != null) {
            return plain(s.low()) + "~" + plain(s.high()) + unit;
        }
        String op = s.op() == null ? "" : s.op().symbol();
        return op + (s.value() == null ? "" : plain(s.value())) + unit;
    }

    static String plain(BigDecimal x) {
        return x == null ? null : Decimals.plain(x);
    }
}
