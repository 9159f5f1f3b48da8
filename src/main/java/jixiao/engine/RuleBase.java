package jixiao.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
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

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /**
     * The parts of the rule base, each the rules of some DRL packages in a KieBase of its own (a year-end
     * evaluation has no network for the half-year rules, a target review none for scoring), with its sessions.
     * Sessions are taken from a pool and reset when disposed: a new session builds its node and segment
     * memories afresh, which cost about as much as scoring a small assessment.
     */
    private final Map<Set<String>, KieSessionsPool> parts;
    private final Map<String, String> fileByRule;
    private final boolean prebuilt;

    private RuleBase(Map<Set<String>, KieBase> kieBases, Map<String, String> fileByRule, boolean prebuilt) {
        Map<Set<String>, KieSessionsPool> pools = new HashMap<>();
        kieBases.forEach((packages, kieBase) ->
                pools.put(packages, kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors())));
        this.parts = Map.copyOf(pools);
        this.fileByRule = Map.copyOf(fileByRule);
        this.prebuilt = prebuilt;
    }

    /**
     * The rule base for these files in the given parts (each a set of DRL packages): the prebuilt model when
     * {@code rulesVersion} is the version of the rules it was compiled from, else the DRL compiled now. A file
     * whose package is in no part is an error naming it.
     */
    public static RuleBase load(List<RuleFile> files, String rulesVersion, Collection<Set<String>> parts) {
        Map<String, String> fileByRule = rulesByFile(files);
        Map<RuleFile, String> packages = packagesOf(files, parts);
        return PrebuiltModel.matching(rulesVersion)
                .map(models -> new RuleBase(PrebuiltModel.kieBases(models, parts), fileByRule, true))
                .orElseGet(() -> compiled(files, parts, fileByRule, packages));
    }

    /** The DRL compiled now, whatever is prebuilt: each part from the files of its packages. */
    public static RuleBase build(List<RuleFile> files, Collection<Set<String>> parts) {
        return compiled(files, parts, rulesByFile(files), packagesOf(files, parts));
    }

    private static RuleBase compiled(List<RuleFile> files, Collection<Set<String>> parts,
                                     Map<String, String> fileByRule, Map<RuleFile, String> packages) {
        Map<Set<String>, KieBase> kieBases = new HashMap<>();
        for (Set<String> part : parts) {
            List<RuleFile> inPart = files.stream().filter(f -> part.contains(packages.get(f))).toList();
            kieBases.put(Set.copyOf(part), KieServices.Factory.get()
                    .newKieContainer(DrlCompiler.compile(inPart, DrlProject.class).getReleaseId()).getKieBase());
        }
        return new RuleBase(kieBases, fileByRule, false);
    }

    /**
     * The DRL package of each file; a file of a package no part runs is an error naming the file, and so is a
     * package of a part that no file declares.
     */
    private static Map<RuleFile, String> packagesOf(List<RuleFile> files, Collection<Set<String>> parts) {
        Map<RuleFile, String> packages = new HashMap<>();
        for (RuleFile f : files) {
            Matcher m = PACKAGE.matcher(f.content());
            String name = m.find() ? m.group(1) : "";
            if (parts.stream().noneMatch(p -> p.contains(name))) {
                throw new RuleBaseException(f.path() + ": package " + (name.isEmpty() ? "(none)" : name)
                        + " is run by no part of the rule base; known packages: "
                        + String.join(", ", parts.stream().flatMap(Set::stream).sorted().distinct().toList()));
            }
            packages.put(f, name);
        }
        // a folder written before its files were split into packages would run no review and no half-year rule
        List<String> missing = parts.stream().flatMap(Set::stream).distinct().sorted()
                .filter(p -> !packages.containsValue(p)).toList();
        if (!missing.isEmpty()) {
            throw new RuleBaseException("no rules file declares package " + String.join(", ", missing)
                    + " (each file's package line says which sessions run it)");
        }
        return packages;
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
     * Inserts the facts into a new session of the part running these DRL packages, with the given globals,
     * fires all rules (at most {@code maxFirings}, a guard against rules that loop) and returns what working
     * memory holds afterwards.
     */
    public SessionOutcome run(Set<String> packages, Collection<?> facts, Map<String, ?> globals, int maxFirings) {
        return run(packages, facts, globals, maxFirings, null);
    }

    /** {@link #run}, telling {@code observer} of each firing (none when null). */
    public SessionOutcome run(Set<String> packages, Collection<?> facts, Map<String, ?> globals, int maxFirings,
                              FiringObserver observer) {
        KieSessionsPool sessions = parts.get(packages);
        if (sessions == null) {
            throw new IllegalArgumentException("no part of the rule base runs the packages " + packages);
        }
        KieSession session = sessions.newKieSession();
        Timing timing = observer == null ? null : new Timing(observer);
        try {
            if (timing != null) {
                session.addEventListener(timing);
            }
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
            if (timing != null) {
                session.removeEventListener(timing);  // the session goes back to the pool
            }
            session.dispose();
        }
    }

    /** Times each consequence for a {@link FiringObserver}. */
    private static final class Timing extends DefaultAgendaEventListener {
        private final FiringObserver observer;
        private long started;

        Timing(FiringObserver observer) {
            this.observer = observer;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            started = System.nanoTime();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            observer.fired(event.getMatch().getRule().getName(), System.nanoTime() - started);
        }
    }
}
