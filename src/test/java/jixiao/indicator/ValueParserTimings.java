package jixiao.indicator;

import java.nio.file.Path;
import jixiao.tables.TableLoader;

/**
 * Times the parser on each long text of {@link ValueBoundsTest#longTexts()} after warm-up (best of 20
 * runs, target and actual). Not a test: it prints figures. Run as the README's benchmarks are run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) jixiao.indicator.ValueParserTimings}
 */
public final class ValueParserTimings {
    private ValueParserTimings() {
    }

    public static void main(String[] args) {
        ValueParser parser = new ValueParser(TableLoader.load(Path.of("scoring-tables")).vocabulary());
        IndicatorContext ctx = new IndicatorContext("产出指标", "数量指标", "培训人次", null);
        int length = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ValueBoundsTest.longTexts(length).forEach(a -> {
            String name = (String) a.get()[0];
            String text = (String) a.get()[1];
            for (int i = 0; i < 200; i++) {
                parser.parseActual(text, ctx);
                parser.parseTarget(text, ctx);
            }
            long actual = Long.MAX_VALUE;
            long target = Long.MAX_VALUE;
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                parser.parseActual(text, ctx);
                long middle = System.nanoTime();
                parser.parseTarget(text, ctx);
                actual = Math.min(actual, middle - start);
                target = Math.min(target, System.nanoTime() - middle);
            }
            System.out.printf("%-30s %7d chars  actual %7.3f ms  target %7.3f ms%n", name, text.length(),
                    actual / 1e6, target / 1e6);
        });
    }
}
