package jixiao.tables;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML node that remembers its file, line and path, so a bad table value is reported precisely. */
final class YamlNode {
    private final Node node;
    private final String file;
    private final String path;

    private YamlNode(Node node, String file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    static YamlNode load(Path source, String displayName) {
        try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            Node root = new Yaml().compose(reader);
            if (root == null) {
                throw new TableException(displayName, 1, "the file is empty");
            }
            return new YamlNode(root, displayName, "");
        } catch (MarkedYAMLException e) {
            throw new TableException(displayName, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new TableException(displayName, 0, "cannot be read: " + e.getMessage());
        }
    }

    TableException error(String problem) {
        return new TableException(file, node.getStartMark().getLine() + 1,
                (path.isEmpty() ? "" : path + ": ") + problem);
    }

    String file() {
        return file;
    }

    /** This scalar with its place, for a value checked by a later layer. */
    Cell cell() {
        return new Cell(string().strip(), file, node.getStartMark().getLine() + 1, path);
    }

    /** The key {@code key} of this mapping with its place (that of its value). */
    Cell keyCell(String key) {
        YamlNode value = get(key);
        return new Cell(key, file, value.node.getStartMark().getLine() + 1, value.path);
    }

    YamlNode get(String key) {
        return opt(key).orElseThrow(() -> error("missing key '" + key + "'"));
    }

    Optional<YamlNode> opt(String key) {
        return Optional.ofNullable(map().get(key));
    }

    Map<String, YamlNode> map() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of keys to values");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            if (out.containsKey(key)) {
                throw new YamlNode(t.getKeyNode(), file, child(key)).error("duplicated key");
            }
            out.put(key, new YamlNode(t.getValueNode(), file, child(key)));
        }
        return out;
    }

    List<YamlNode> list() {
        if (!(node instanceof SequenceNode seq)) {
            throw error("expected a list");
        }
        List<YamlNode> out = new ArrayList<>();
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            out.add(new YamlNode(items.get(i), file, path + "[" + i + "]"));
        }
        return out;
    }

    List<String> strings() {
        return list().stream().map(YamlNode::string).toList();
    }

    String string() {
        if (!(node instanceof ScalarNode s)) {
            throw error("expected a single value");
        }
        return s.getValue();
    }

    String nonBlank() {
        String s = string();
        if (s.isBlank()) {
            throw error("must not be empty");
        }
        return s.strip();
    }

    BigDecimal number() {
        try {
            return new BigDecimal(string().strip());
        } catch (NumberFormatException e) {
            throw error("'" + string() + "' is not a number");
        }
    }

    BigDecimal fraction() {
        BigDecimal v = number();
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            throw error("must be a fraction between 0 and 1, was " + v.toPlainString());
        }
        return v;
    }

    int integer() {
        try {
            return Integer.parseInt(string().strip());
        } catch (NumberFormatException e) {
            throw error("'" + string() + "' is not a whole number");
        }
    }

    boolean bool() {
        return switch (string().strip().toLowerCase()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error("'" + string() + "' is not true or false");
        };
    }

    String oneOf(String... allowed) {
        String v = nonBlank();
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw error("'" + v + "' is not one of " + String.join(", ", allowed));
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
