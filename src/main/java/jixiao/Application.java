package jixiao;

import io.micronaut.runtime.Micronaut;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jixiao.cli.ScoreCommand;

/**
 * The service ({@code java -jar jixiao.jar}), or with {@code score FILE…} the offline scoring of form files,
 * which starts no server, no database and no application context.
 */
public class Application {
    public static void main(String[] args) {
        if (args.length > 0 && "score".equals(args[0])) {
            System.setProperty(LogConfiguration.TO_STDERR, "true");  // standard output is the report
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            int status = ScoreCommand.run(Arrays.asList(args).subList(1, args.length),
                    env("JIXIAO_RULES_DIR", "rules"), env("JIXIAO_TABLES_DIR", "scoring-tables"), out, err);
            out.flush();
            err.flush();
            System.exit(status);
        }
        Micronaut.run(Application.class, args);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
