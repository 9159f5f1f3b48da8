package jixiao.storage;

import jixiao.scoring.InputProblem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import jixiao.web.JsonProblems;
import jixiao.web.Limits;
import jixiao.web.RequestProblem;

/**
 * The items of one batch, read one by one as the upload arrives, as a JSON array or as NDJSON (one item
 * per line): each readable item goes to {@code process}, each unreadable one is a failure of the tally.
 * Each is read within the bounds of a client's document (the mapper's) and, as a line, of
 * {@code itemMaxBytes}.
 */
final class BatchItems {
    /** What becomes of an item read: it is scored and stored (on a worker). */
    interface Process {
        void item(JsonNode item, int index);
    }

    private final ObjectMapper requests;
    private final long itemMaxBytes;
    private final BatchTally tally;
    private final Process process;

    BatchItems(ObjectMapper requests, long itemMaxBytes, BatchTally tally, Process process) {
        this.requests = requests;
        this.itemMaxBytes = itemMaxBytes;
        this.tally = tally;
        this.process = process;
    }

    /** A JSON array, its opening bracket not yet read; an item that is not JSON ends it (nothing after it can be read). */
    void array(InputStream in) throws IOException {
        try (JsonParser parser = requests.getFactory().createParser(in)) {
            parser.nextToken();
            for (int index = 0; ; index++) {
                JsonNode item;
                try {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY || token == null) {
                        return;
                    }
                    item = requests.readTree(parser);
                } catch (JsonProcessingException | NumberFormatException e) {
                    RequestProblem p = e instanceof JsonProcessingException j ? JsonProblems.of(j, parser, "", "item " + index)
                            : JsonProblems.number(parser, "", "item " + index);
                    tally.fail(index, p.code(), p.getMessage() + "; the items after it cannot be read",
                            p.path().isEmpty() ? "[" + index + "]" : p.path());
                    return;
                }
                try {
                    // NDJSON lines are checked as they are read (JsonProblems.read); array items here
                    Limits.numbers(item, "[" + index + "]");
                } catch (InputProblem p) {
                    tally.fail(index, p.code(), p.getMessage(), p.path());
                    continue;
                }
                process.item(item, index);
            }
        }
    }

    /** NDJSON: blank lines are skipped; a line over {@code itemMaxBytes} is a failure of its own, not held. */
    void lines(InputStream in) throws IOException {
        int index = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        do {
            b = in.read();
            if (b == '\n' || b < 0) {
                String text = line.toString(StandardCharsets.UTF_8).strip();
                if (tooLong) {
                    tally.fail(index, "PAYLOAD_TOO_LARGE", "line " + (index + 1) + " exceeds " + itemMaxBytes + " bytes",
                            "[" + index + "]");
                    index++;
                } else if (!text.isEmpty()) {
                    line(text, index++);
                }
                line.reset();
                tooLong = false;
            } else if (!tooLong) {
                line.write(b);
                if (line.size() > itemMaxBytes) {
                    tooLong = true;
                    line.reset();
                }
            }
        } while (b >= 0);
    }

    private void line(String text, int index) {
        JsonNode item;
        try {
            item = JsonProblems.read(requests, text, "[" + index + "]", "line " + (index + 1));
        } catch (InputProblem p) {
            tally.fail(index, p.code(), p.getMessage(), p.path());
            return;
        }
        process.item(item, index);
    }
}
