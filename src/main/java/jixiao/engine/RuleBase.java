package jixiao.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The compiled rules, shared by every evaluation, each of which gets a session of its own. Either
 * the executable model compiled into the jar at build time (when the rules are the packaged ones)
 * or the DRL compiled at start-up (when a bureau has changed them), failing with file and line on
 * any error.
 */
public final class RuleBase {
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final KieBase kieBase;
    /**
     * Sessions are taken from a pool and reset when disposed: a new session builds its node and segment
     * memories afresh, which cost about as much as scoring a small assessment.
     */
    private final KieSessionsPool sessions;
    private final Map<String, String> fileByRule;
    private final boolean prebuilt;

    private RuleBase(KieBase kieBase, Map<String, String> fileByRule, boolean prebuilt) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.fileByRule = Map.copyOf(fileByRule);
        this.prebuilt = prebuilt;
    }

    /**
     * The rule base for these files: the prebuilt model when {@code rulesVersion} is the version of
     * the rules it was compiled from, else the DRL compiled now.
     */
    public static RuleBase load(List<RuleFile> files, String rulesVersion) {
        Map<String, String> fileByRule = rulesByFile(files);
        return PrebuiltModel.matching(rulesVersion)
                .map(kieBase -> new RuleBase(kieBase, fileByRule, true))
                .orElseGet(() -> build(files));
    }

    /** The DRL compiled now, whatever is prebuilt. */
    public static RuleBase build(List<RuleFile> files) {
        Map<String, String> fileByRule = rulesByFile(files);
        KieBase kieBase = KieServices.Factory.get()
                .newKieContainer(DrlCompiler.compile(files, DrlProject.class).getReleaseId()).getKieBase();
        return new RuleBase(kieBase, fileByRule, false);
    }

    /** Which rule each file defines; a rule name defined twice is an error naming both files. */
    static Map<String, String> rulesByFile(List<RuleFile> files) {
        if (files.isEmpty()) {
            throw new RuleBaseException("no DRL files found");
        }
        Map<String, String> fileByRule = new HashMap<>();
        for (RuleFile f : files) {
            Matcher m = RULE_NAME.matcher(f.content());
            while (m.find()) {
                String previous = fileByRule.put(m.group(1), f.path());
                if (previous != null) {
                    throw new RuleBaseException(f.path() + ": rule \"" + m.group(1) + "\" is also defined in " + previous);
                }
            }
        }
        return fileByRule;
    }

    /** Whether this is the model compiled at build time (not DRL compiled at start-up). */
    public boolean prebuilt() {
        return prebuilt;
    }

    /** The DRL file a rule is defined in. */
    public String fileOf(String ruleName) {
        return fileByRule.get(ruleName);
    }

    /**
     * Inserts the facts into a new session with the given globals, fires all rules (at most
     * {@code maxFirings}, a guard against rules that loop) and returns what working memory holds afterwards.
     */
    public SessionOutcome run(Collection<?> facts, Map<String, ?> globals, int maxFirings) {
        KieSession session = sessions.newKieSession();
        try {
            globals.forEach(session::setGlobal);
            for (Object fact : facts) {
                session.insert(fact);
            }
            int count = session.fireAllRules(maxFirings);
            if (count >= maxFirings) {
                throw new RuleBaseException("the rules fired " + count + " times without settling");
            }
            // iterated, not copied: the store's collection view builds a list of its own to copy from
            List<Object> concluded = new ArrayList<>(2 * count + 16);
            for (Object fact : session.getObjects()) {
                concluded.add(fact);
            }
            return new SessionOutcome(concluded, count);
        } finally {
            session.dispose();
        }
    }
}
