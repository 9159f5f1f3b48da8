package jixiao.storage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How a spot check stratifies its sample: by unit (预算单位), the only way so far; sent and shown as its word. */
public enum SampleBy {
    UNIT("unit");

    private final String word;

    SampleBy(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    static Optional<SampleBy> ofWord(String word) {
        return Arrays.stream(values()).filter(b -> b.word.equals(word)).findFirst();
    }
}
