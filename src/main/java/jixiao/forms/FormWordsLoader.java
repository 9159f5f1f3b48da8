package jixiao.forms;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads {@code scoring-tables/forms.yml}; a missing or malformed entry names the file and the key. */
final class FormWordsLoader {
    private static final List<String> LISTS = List.of("titles", "selfAssessment", "halfYear", "department",
            "project", "skipRows", "skipSections", "moneyUnits", "unitSuffixes");

    private FormWordsLoader() {
    }

    static FormWords load(Path file) {
        Map<String, Object> root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (!(doc instanceof Map<?, ?>)) {
                throw problem(file, "", "expected a mapping at the top");
            }
            root = cast(doc);
        } catch (IOException | YAMLException e) {
            throw new IllegalStateException("scoring-tables/forms.yml cannot be read: " + e.getMessage(), e);
        }
        Map<String, Object> columns = map(file, root, "columns");
        Map<Role, List<String>> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roles.put(role, words(file, columns, role.key, "columns."));
        }
        Map<String, Object> labelMap = map(file, root, "labels");
        Map<Label, List<String>> labels = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            labels.put(label, words(file, labelMap, label.key, "labels."));
        }
        Map<String, List<String>> lists = new HashMap<>();
        for (String name : LISTS) {
            lists.put(name, words(file, root, name, ""));
        }
        Map<String, List<String>> comparators = new LinkedHashMap<>();
        Map<String, Object> ops = map(file, root, "comparators");
        for (String op : ops.keySet()) {
            comparators.put(op, words(file, ops, op, "comparators."));
        }
        return new FormWords(roles, labels, lists, comparators, export(file, map(file, root, "export")));
    }

    private static ExportWords export(Path file, Map<String, Object> e) {
        return new ExportWords(text(file, e, "title"), text(file, e, "departmentTitle"), text(file, e, "status"),
                text(file, e, "score"), text(file, e, "rule"), text(file, e, "explanation"), text(file, e, "total"),
                text(file, e, "grade"), text(file, e, "deviations"), names(file, e, "statuses"),
                names(file, e, "severities"));
    }

    private static Map<String, String> names(Path file, Map<String, Object> parent, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        map(file, parent, key).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    private static String text(Path file, Map<String, Object> parent, String key) {
        Object v = parent.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw problem(file, "export." + key, "expected a text");
        }
        return s;
    }

    private static List<String> words(Path file, Map<String, Object> parent, String key, String path) {
        Object v = parent.get(key);
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            throw problem(file, path + key, "expected a list of words");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> map(Path file, Map<String, Object> parent, String key) {
        Object v = parent.get(key);
        if (!(v instanceof Map<?, ?>)) {
            throw problem(file, key, "expected a mapping");
        }
        return cast(v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    private static IllegalStateException problem(Path file, String key, String what) {
        return new IllegalStateException("scoring-tables/" + file.getFileName() + (key.isEmpty() ? "" : ": " + key)
                + ": " + what);
    }
}
