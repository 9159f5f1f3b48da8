package jixiao.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * Build time: compiles DRL files into Drools' executable model and writes its classes and the
 * {@value PrebuiltModel#DESCRIPTOR} descriptor into a class-output folder, so that start-up only
 * instantiates the model instead of parsing and compiling DRL.
 */
public final class ModelGenerator {
    /** The class of a package's model, e.g. {@code rules/Rules5EA0…93.class} (not its RuleMethods…). */
    private static final Pattern MODEL_CLASS = Pattern.compile("(.+/)?Rules[0-9A-F]{32}\\.class");

    private ModelGenerator() {
    }

    /** Writes the model of {@code files} (whose folder has version {@code rulesVersion}) under {@code out}. */
    public static void write(List<RuleFile> files, String rulesVersion, Path out) {
        RuleBase.rulesByFile(files);
        InternalKieModule module = DrlCompiler.compile(files, ExecutableModelProject.class, "rules-model");
        StringBuilder models = new StringBuilder();
        try {
            for (String name : module.getFileNames()) {
                if (!name.endsWith(".class") || name.startsWith("org/drools/project/model/")) {
                    continue; // the DRL, the kjar's pom and its ProjectModel: the service loads the models directly
                }
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                if (MODEL_CLASS.matcher(name).matches()) {
                    models.append(models.isEmpty() ? "" : ",")
                            .append(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
            if (models.isEmpty()) {
                throw new RuleBaseException("the executable model of the rules has no model class");
            }
            // written by hand, not by Properties.store, which adds the date: the same rules give the same jar
            Path target = out.resolve(PrebuiltModel.DESCRIPTOR);
            Files.createDirectories(target.getParent());
            Files.writeString(target, "# written by jixiao.engine.ModelGenerator at build time\n"
                    + PrebuiltModel.RULES_VERSION + "=" + rulesVersion + "\n"
                    + PrebuiltModel.MODELS + "=" + models + "\n", StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules model under " + out, e);
        }
    }

    /** Whether {@code out} already holds the model of rules of this version (the build may skip it). */
    public static boolean upToDate(String rulesVersion, Path out) {
        Properties descriptor = descriptor(out);
        return descriptor != null && rulesVersion.equals(descriptor.getProperty(PrebuiltModel.RULES_VERSION))
                && modelClasses(descriptor).stream().allMatch(c -> Files.isRegularFile(out.resolve(c)));
    }

    /** Deletes the packages of a model written earlier, so classes of older rules do not pile up. */
    public static void deletePrevious(Path out) {
        Properties descriptor = descriptor(out);
        if (descriptor == null) {
            return;
        }
        for (String c : modelClasses(descriptor)) {
            Path dir = out.resolve(c).getParent();
            if (dir != null && Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete the earlier rules model in " + dir, e);
                }
            }
        }
    }

    private static List<String> modelClasses(Properties descriptor) {
        return Arrays.stream(descriptor.getProperty(PrebuiltModel.MODELS, "").split(","))
                .map(String::strip).filter(n -> !n.isEmpty()).map(n -> n.replace('.', '/') + ".class").toList();
    }

    private static Properties descriptor(Path out) {
        Path file = out.resolve(PrebuiltModel.DESCRIPTOR);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            return null;
        }
    }
}
