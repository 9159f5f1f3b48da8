package jixiao;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jixiao.cli.ScoreCommand;
import jixiao.cli.TrainCommand;

/**
 * The service ({@code java -jar jixiao.jar}): its settings checked first (an unusable value stops it with a
 * message naming the variable), then Micronaut. With {@code train}, the build's run that fills the class-data
 * archive ({@link TrainCommand}). With {@code score FILE…}, the offline scoring of form files,
 * which starts no server, no database and no application context. The annotation gives the API document,
 * generated at build time, its title, its description (with the roles) and the bearer security scheme that each
 * role-restricted operation's {@code @SecurityRequirement} names.
 */
@OpenAPIDefinition(info = @Info(title = "Jixiao 绩效",
        version = "v1",
        description = """
                绩效自评评分服务：按预算绩效目标为部门和项目的年终自评（及半年监控）评分，说明每一分来自哪条规则。
                Scores public-sector departments' year-end performance self-assessments (绩效自评) against the \
                targets they declared with their budgets (绩效目标), with Drools rules. Every 4xx and 5xx answer has \
                the shape {"error","message","path"} (see ErrorBody); every answer carries X-Request-Id.

                角色：财政局 BUREAU 可用于所有单位；预算单位 DEPARTMENT 仅限本单位（其他单位的记录答 404）；\
                审计 AUDITOR 可读全部、不可写。每个操作的 security 列出可调用它的角色，没有 security 的操作无需登录。
                Roles: BUREAU (财政局) works on every unit; DEPARTMENT (预算单位) on its own unit only (another unit's \
                records answer 404); AUDITOR (审计) reads everything and writes nothing. An operation's security names \
                the roles that may call it; an operation without one needs no login."""))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "POST /login 答复的 access_token，放在 Authorization: Bearer 中；网页以 HttpOnly Cookie JWT 发送同一令牌 / "
                + "the access_token POST /login answers, sent as Authorization: Bearer; the web pages send it as the "
                + "HttpOnly cookie JWT")
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
        if (args.length > 0 && "train".equals(args[0])) {
            System.exit(TrainCommand.run());  // the build's run that fills the class-data archive
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
