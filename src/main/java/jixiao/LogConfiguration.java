package jixiao;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The logging set-up, in code (found by Logback and Micronaut through META-INF/services): reading a
 * logback.xml costs start-up about 500 classes of XML parsing and configuration model. The service logs to
 * standard output; a command whose standard output is its report (set {@value #TO_STDERR}) logs to standard error.
 * Lines of text, or one JSON object per line with {@code JIXIAO_LOG_FORMAT=json} (Logback's own {@link JsonEncoder}:
 * time, level, logger, message and the event's key-value pairs, such as the request log's requestId, route,
 * status and ms). An unknown format logs text ({@link Settings} stops the service before that matters).
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    /** A system property: when {@code true}, log to standard error. */
    public static final String TO_STDERR = "jixiao.log.stderr";
    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";
    /**
     * Drools notes on evals and class reactivity of the table facts are expected and harmless; POI warns of
     * every .doc LibreOffice saved (FileInformationBlock: its FIB counts differ from Word's) and reads it fine.
     */
    private static final Map<String, Level> LEVELS = Map.of(
            "org.drools", Level.WARN,
            "org.kie", Level.WARN,
            "org.drools.mvel.MVELConstraint", Level.ERROR,
            "org.drools.base.rule.EvalCondition", Level.ERROR,
            "org.drools.compiler.kie.builder.impl", Level.ERROR,
            "org.drools.model.codegen.execmodel.generator.drlxparse.ConstraintParser", Level.ERROR,
            "org.apache.poi", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Encoder<ILoggingEvent> encoder = encoder(context, System.getenv("JIXIAO_LOG_FORMAT"));
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        boolean stderr = Boolean.getBoolean(TO_STDERR);
        console.setName(stderr ? "STDERR" : "STDOUT");
        console.setTarget(stderr ? "System.err" : "System.out");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The encoder of {@code format}: {@code json}, else text. */
    static Encoder<ILoggingEvent> encoder(LoggerContext context, String format) {
        if ("json".equals(format == null ? null : format.strip())) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            json.setWithSequenceNumber(false);
            json.setWithContext(false);
            json.start();
            return json;
        }
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(PATTERN);
        text.start();
        return text;
    }
}
