package jixiao.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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

    /** The prebuilt rule base if it was compiled from rules of this version; empty if none or another. */
    static Optional<KieBase> matching(String rulesVersion) {
        Properties descriptor = descriptor();
        if (descriptor == null || !rulesVersion.equals(descriptor.getProperty(RULES_VERSION))) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : Arrays.stream(descriptor.getProperty(MODELS, "").split(",")).map(String::strip)
                .filter(n -> !n.isEmpty()).toList()) {
            models.add(instantiate(name));
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
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
