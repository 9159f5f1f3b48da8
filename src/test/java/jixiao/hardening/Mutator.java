package jixiao.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Odd copies of a JSON request: one to three mutations of values, keys or text, chosen by a seeded random. */
final class Mutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "__RAW__";
    private static final String DUP = "__DUP__";

    /** Tokens written into the text as they are: numbers JSON allows but no form holds, and some JSON does not allow. */
    private static final List<String> RAW_TOKENS = List.of("1e999999", "-1e999999", "1e-999999", "-1e-999999",
            "1e400", "1e308", "4.9e-324", "1E+2147483647", "1e-2147483648", "0e999999", "123456789012345678901234567890",
            "9".repeat(99), "1" + "0".repeat(150), "0." + "0".repeat(98) + "1", "NaN", "Infinity", "-Infinity", "-0", "-0.0",
            "0x10", "01", ".5", "+1", "1.e5", "-", "1e", "tru", "nul", "\"\\ud800\"", "\"\\u0000\"", "\"\\uffff\"",
            "\"\\x41\"", "'x'", "{\"a\":", "[1,]", "{,}", "1 2");

    private static final List<String> ODD_TEXT = List.of("", " ", "/", "—", "-", "——", "／", "\u0000", "\uFFFF", "\uFEFF",
            "\u200B", "\u3000", "\u202E≥95%", "９５％", "≥９９．５％", "≥95%\u0301", "😀", "≥😀%", "百分之一百零五", "一千万亿元",
            "1e999999", "1e-999999", "≥1e999999%", "NaN", "Infinity", "-1", "-0", "0", "≥-5%", "≤-0%", "≥≥5", "80%~",
            "5~1", "1~5~9", "--5", "99999999999999999999", "≥" + "9".repeat(1_000) + "%", "9".repeat(2_000),
            "大于350万公里", "健全", "是", "否", "确定能", "完全不可能", "FULL_YEAR", "HALF_YEAR", "PROJECT", "mof-project",
            "\\geq 95\\%", "$\\leq$ 30", "1,2,3,4", "215,457.6", "12,000,000元", "352000元", "560万元", "元", "%",
            "null", "true", "[bookmark: x]95%", "已完成", "零", "无", "未", "不");

    private static final List<String> ODD_JSON = List.of("null", "true", "false", "0", "-1", "1.5", "12", "13", "100",
            "101", "2147483648", "9223372036854775808", "[]", "{}", "[1,2]", "[[[]]]", "{\"op\":\"BETWEEN\"}",
            "{\"op\":\"≥\",\"value\":\"x\"}", "{\"op\":\"≥\"}", "{\"term\":5}", "{\"term\":\"\"}", "{\"op\":\"BETWEEN\",\"low\":5,\"high\":1}",
            "{\"op\":\"BETWEEN\",\"low\":\"1e999999\",\"high\":\"1e999999\"}", "{\"op\":\"=\",\"value\":1e308,\"unit\":\"%\"}",
            "{\"op\":\">=\",\"value\":0.000000000000000000000000000001}", "[{\"month\":6,\"percent\":50}]",
            "[{\"month\":0,\"percent\":-1}]", "[{\"month\":6},{\"month\":6}]", "{\"declaration\":{}}");

    String mutate(JsonNode original, Random r) {
        JsonNode tree = original.deepCopy();
        List<String> raws = new ArrayList<>();
        List<String> dups = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            tree = once(tree, r, raws, dups);
        }
        String text = tree.toString();
        for (String raw : raws) {
            text = text.replaceFirst("\"" + RAW + "\"", java.util.regex.Matcher.quoteReplacement(raw));
        }
        for (String dup : dups) {
            text = text.replaceFirst("\"" + DUP + "\"", java.util.regex.Matcher.quoteReplacement(JSON.valueToTree(dup).toString()));
        }
        if (r.nextInt(30) == 0 && text.length() > 2) {
            text = text.substring(0, r.nextInt(text.length()));
        }
        return text;
    }

    private JsonNode once(JsonNode tree, Random r, List<String> raws, List<String> dups) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            return tree;
        }
        Slot slot = slots.get(r.nextInt(slots.size()));
        int op = r.nextInt(100);
        if (op < 35) {
            slot.set(JSON.valueToTree(ODD_TEXT.get(r.nextInt(ODD_TEXT.size()))));
        } else if (op < 55) {
            slot.set(readJson(ODD_JSON.get(r.nextInt(ODD_JSON.size()))));
        } else if (op < 70) {
            raws.add(RAW_TOKENS.get(r.nextInt(RAW_TOKENS.size())));
            slot.set(JSON.valueToTree(RAW));
        } else if (op < 75) {
            slot.set(JSON.valueToTree(longText(r)));
        } else if (op < 80) {
            int depth = r.nextInt(4) == 0 ? 20 + r.nextInt(5_000) : 1 + r.nextInt(40);
            raws.add("[".repeat(depth) + "]".repeat(depth));
            slot.set(JSON.valueToTree(RAW));
        } else if (op < 88 && slot.parent() instanceof ObjectNode o) {
            o.remove(slot.name());
        } else if (op < 95 && slot.parent() instanceof ObjectNode o) {
            dups.add(slot.name());
            o.set(DUP, readJson(ODD_JSON.get(r.nextInt(ODD_JSON.size()))));
        } else if (slot.parent() instanceof ObjectNode o) {
            JsonNode v = o.remove(slot.name());
            o.set(r.nextBoolean() ? slot.name().toUpperCase() : slot.name() + " ", v);
        } else if (slot.parent() instanceof ArrayNode a) {
            a.add(a.get(slot.index()).deepCopy());
        }
        return tree;
    }

    private static String longText(Random r) {
        int length = r.nextInt(3) == 0 ? 100_000 + r.nextInt(200_000) : 1_000 + r.nextInt(20_000);
        String unit = switch (r.nextInt(4)) {
            case 0 -> "9";
            case 1 -> "字";
            case 2 -> "≥";
            default -> "%";
        };
        return unit.repeat(length);
    }

    /** An id for a path: junk, numbers, huge, a UUID of nothing; URL-safe. */
    String oddId(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> "abc";
            case 1 -> "-1";
            case 2 -> "9".repeat(1 + r.nextInt(3_000));
            case 3 -> "00000000-0000-0000-0000-000000000000";
            case 4 -> "%E4%B8%AD%E6%96%87";
            case 5 -> "%00";
            case 6 -> "1e999999";
            case 7 -> "2026.5";
            default -> "x".repeat(1 + r.nextInt(200));
        };
    }

    String oddQuery(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "Q3";
            case 1 -> "";
            case 2 -> "%00";
            case 3 -> "half_year";
            default -> "x".repeat(1 + r.nextInt(2_000));
        };
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A place in the tree a value can be put: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new Slot(o, name, -1));
                collect(o.get(name), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }
}
