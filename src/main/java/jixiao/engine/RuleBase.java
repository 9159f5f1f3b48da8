package jixiao.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The compiled rules: built once from DRL files (failing with file and line on any error), then
 * shared by every evaluation, each of which gets a session of its own.
 */
public final class RuleBase {
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final KieBase kieBase;
    private final Map<String, String> fileByRule;

    private RuleBase(KieBase kieBase, Map<String, String> fileByRule) {
        this.kieBase = kieBase;
        this.fileByRule = Map.copyOf(fileByRule);
    }

    public static RuleBase build(List<RuleFile> files) {
        if (files.isEmpty()) {
            throw new RuleBaseException("no DRL files found");
        }
        Map<String, String> fileByRule = new HashMap<>();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("jixiao", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile f : files) {
            Matcher m = RULE_NAME.matcher(f.content());
            while (m.find()) {
                String previous = fileByRule.put(m.group(1), f.path());
                if (previous != null) {
                    throw new RuleBaseException(f.path() + ": rule \"" + m.group(1) + "\" is also defined in " + previous);
                }
            }
            kfs.write("src/main/resources/" + f.path(), f.content().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<String> errors = new ArrayList<>();
        for (Message msg : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = msg.getPath() == null ? "" : msg.getPath().replaceFirst("^src/main/resources/", "");
            errors.add(path + ":" + msg.getLine() + ": " + msg.getText().strip());
        }
        if (!errors.isEmpty()) {
            throw new RuleBaseException("the rules do not compile:\n" + String.join("\n", errors));
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        return new RuleBase(kieBase, fileByRule);
    }

    /** The DRL file a rule is defined in. */
    public String fileOf(String ruleName) {
        return fileByRule.get(ruleName);
    }

    /**
     * Inserts the facts into a new session, fires all rules (at most {@code maxFirings}, a guard
     * against rules that loop) and returns what working memory holds afterwards.
     */
    public SessionOutcome run(Collection<?> facts, int maxFirings) {
        KieSession session = kieBase.newKieSession();
        try {
            List<FiredRule> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    String name = event.getMatch().getRule().getName();
                    fired.add(new FiredRule(name, fileByRule.get(name)));
                }
            });
            facts.forEach(session::insert);
            int count = session.fireAllRules(maxFirings);
            if (count >= maxFirings) {
                throw new RuleBaseException("the rules fired " + count + " times without settling; last: "
                        + fired.subList(Math.max(0, fired.size() - 5), fired.size()));
            }
            return new SessionOutcome(new ArrayList<>(session.getObjects()), List.copyOf(fired));
        } finally {
            session.dispose();
        }
    }
}
