package jixiao.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The executable model of the packaged rules, compiled into the jar at build time by
 * {@link ModelGenerator}; {@value #DESCRIPTOR} names its model classes and the version of the rules
 * they were compiled from.
 */
final class PrebuiltModel {
    static final String DESCRIPTOR = "packaged/rules-model.properties";
    static final String RULES_VERSION = "rules-version";
    static final String MODELS = "models";

    private PrebuiltModel() {
    }

    /** The prebuilt model (a class per DRL package) if compiled from rules of this version; else empty. */
    static Optional<List<Model>> matching(String rulesVersion) {
        Properties descriptor = descriptor();
        if (descriptor == null || !rulesVersion.equals(descriptor.getProperty(RULES_VERSION))) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : Arrays.stream(descriptor.getProperty(MODELS, "").split(",")).map(String::strip)
                .filter(n -> !n.isEmpty()).toList()) {
            models.add(instantiate(name));
        }
        return Optional.of(List.copyOf(models));
    }

    /** A KieBase for each part (a set of DRL packages) from the models of its packages. */
    static Map<Set<String>, KieBase> kieBases(List<Model> models, Collection<Set<String>> parts) {
        Map<Set<String>, KieBase> kieBases = new HashMap<>();
        for (Set<String> part : parts) {
            List<Model> inPart = models.stream().filter(m -> part.contains(m.getPackageName())).toList();
            kieBases.put(Set.copyOf(part), KieBaseBuilder.createKieBaseFromModel(inPart));
        }
        return kieBases;
    }

    private static Properties descriptor() {
        try (InputStream in = PrebuiltModel.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DESCRIPTOR, e);
        }
    }

    private static Model instantiate(String className) {
        try {
            return (Model) Class.forName(className, true, PrebuiltModel.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new RuleBaseException(DESCRIPTOR + " names model " + className + ", which cannot be loaded: " + e);
        }
    }
}
