package jixiao;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jixiao.cli.ScoreCommand;

/**
 * The service ({@code java -jar jixiao.jar}): its settings checked first (an unusable value stops it with a
 * message naming the variable), then Micronaut. With {@code score FILE…}, the offline scoring of form files,
 * which starts no server, no database and no application context. The annotation gives the API document,
 * generated at build time, its title and description.
 */
@OpenAPIDefinition(info = @Info(title = "Jixiao 绩效",
        version = "v1",
        description = """
                绩效自评评分服务：按预算绩效目标为部门和项目的年终自评（及半年监控）评分，说明每一分来自哪条规则。
                Scores public-sector departments' year-end performance self-assessments (绩效自评) against the \
                targets they declared with their budgets (绩效目标), with Drools rules. Every 4xx and 5xx answer has \
                the shape {"error","message","path"} (see ErrorBody); every answer carries X-Request-Id."""))
public class Application {
    /** The exit status when a setting is unusable (as sysexits' EX_CONFIG). */
    static final int BAD_SETTING = 78;

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length > 0 && "score".equals(args[0])) {
            System.setProperty(LogConfiguration.TO_STDERR, "true");  // standard output is the report
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            int status = ScoreCommand.run(Arrays.asList(args).subList(1, args.length),
                    env("JIXIAO_RULES_DIR", "rules"), env("JIXIAO_TABLES_DIR", "scoring-tables"), out, err);
            out.flush();
            err.flush();
            System.exit(status);
        }
        List<String> problems = Settings.problems(System.getenv());
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("jixiao: " + p));
            err.println("jixiao: not started; see the configuration reference in README.md");
            System.exit(BAD_SETTING);
        }
        Micronaut.run(Application.class, args);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
