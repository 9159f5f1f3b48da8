package jixiao.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.indicator.Normaliser;

/** Reads {@code scoring-tables/review.yml}; level2 names are kept as group keys, as level2 is compared. */
final class ReviewReader {
    private ReviewReader() {
    }

    static ReviewPolicy read(YamlNode root) {
        List<ReviewPolicy.FindingRow> findings = new ArrayList<>();
        YamlNode table = root.get("findings");
        for (Map.Entry<String, YamlNode> e : table.map().entrySet()) {
            findings.add(new ReviewPolicy.FindingRow(table.keyCell(e.getKey()), e.getValue().cell()));
        }
        if (findings.isEmpty()) {
            throw table.error("no kind of finding listed");
        }
        BigDecimal floor = root.get("satisfactionFloorPercent").number();
        if (floor.signum() < 0 || floor.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw root.get("satisfactionFloorPercent").error("must be a percentage from 0 to 100");
        }
        return new ReviewPolicy(List.copyOf(findings), words(root, "directionWords"), keys(root, "unitLevel2"),
                keys(root, "deadlineLevel2"), words(root, "timeUnits"), words(root, "periodWords"),
                words(root, "rateEndings"),
                words(root, "satisfactionWords"), floor);
    }

    private static List<String> words(YamlNode root, String key) {
        List<String> words = root.get(key).strings().stream().map(Normaliser::normalise).toList();
        if (words.stream().anyMatch(String::isEmpty)) {
            throw root.get(key).error("an empty word");
        }
        return words;
    }

    private static List<String> keys(YamlNode root, String key) {
        return root.get(key).strings().stream().map(Normaliser::groupKey).toList();
    }
}
