package jixiao.storage;

import jixiao.scoring.InputProblem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jixiao.web.JsonProblems;
import jixiao.web.Limits;
import jixiao.web.RequestProblem;
import jixiao.web.Utf8;

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
    /** Reads one item of an array: the array goes on after it. */
    private final ObjectReader arrayItems;
    private final long itemMaxBytes;
    private final BatchTally tally;
    private final Process process;

    BatchItems(ObjectMapper requests, long itemMaxBytes, BatchTally tally, Process process) {
        this.requests = requests;
        this.arrayItems = requests.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.itemMaxBytes = itemMaxBytes;
        this.tally = tally;
        this.process = process;
    }

    /**
     * A JSON array, its opening bracket not yet read; an item that is not JSON ends it (nothing after it can be
     * read), and so does text after the closing bracket, a failure of its own after the last item.
     */
    void array(InputStream in) throws IOException {
        try (JsonParser parser = requests.getFactory().createParser(in)) {
            parser.nextToken();
            for (int index = 0; ; index++) {
                JsonNode item;
                try {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY || token == null) {
                        end(parser, index);
                        return;
                    }
                    item = arrayItems.readTree(parser);
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

    /** After the array's closing bracket (at item {@code index}) only whitespace may follow. */
    private void end(JsonParser parser, int index) throws IOException {
        String after;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            after = parser.currentToken().asString() == null ? "a value" : "'" + parser.currentToken().asString() + "'";
        } catch (JsonProcessingException e) {
            after = "text that is not JSON";
        }
        tally.fail(index, "MALFORMED_JSON", "the batch's array is followed by " + after + " at line "
                + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr()
                + "; a batch is one JSON array, nothing after it was read", "[" + index + "]");
    }

    /**
     * NDJSON: blank lines are skipped; a line over {@code itemMaxBytes} is a failure of its own, not held. The
     * upload is read a block at a time and cut at its line feeds (a byte at a time, through two synchronized
     * streams, it took half the reading thread's time).
     */
    void lines(InputStream in) throws IOException {
        Line line = new Line(itemMaxBytes);
        byte[] block = new byte[64 * 1024];
        int index = 0;
        for (int n = in.read(block); n >= 0; n = in.read(block)) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (block[i] == '\n') {
                    line.append(block, from, i - from);
                    index = end(line, index);
                    from = i + 1;
                }
            }
            line.append(block, from, n - from);
        }
        end(line, index);
    }

    /** The line read so far ends: it is an item, a failure, or nothing (blank); the next index. */
    private int end(Line line, int index) {
        if (line.tooLong) {
            tally.fail(index, "PAYLOAD_TOO_LARGE", "line " + (index + 1) + " exceeds " + itemMaxBytes + " bytes",
                    "[" + index + "]");
            line.reset();
            return index + 1;
        }
        if (Utf8.firstInvalid(line.bytes, line.size) >= 0) {
            // as a JSON document with such bytes is refused whole: stored, they would be replacement characters
            line.reset();
            tally.fail(index, "MALFORMED_JSON", "line " + (index + 1) + " is not UTF-8 text (a byte sequence no "
                    + "character is written as, or a character written longer than UTF-8 allows)", "[" + index + "]");
            return index + 1;
        }
        String text = new String(line.bytes, 0, line.size, StandardCharsets.UTF_8).strip();
        line.reset();
        if (text.isEmpty()) {
            return index;
        }
        line(text, index);
        return index + 1;
    }

    /** The bytes of one line up to {@code max}; past that only the fact that it was too long is kept. */
    private static final class Line {
        private final long max;
        private byte[] bytes = new byte[8 * 1024];
        private int size;
        private boolean tooLong;

        Line(long max) {
            this.max = max;
        }

        void append(byte[] from, int offset, int length) {
            if (tooLong || length == 0) {
                return;
            }
            if (size + (long) length > max) {
                tooLong = true;
                size = 0;
                return;
            }
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + length, 2 * bytes.length));
            }
            System.arraycopy(from, offset, bytes, size, length);
            size += length;
        }

        void reset() {
            size = 0;
            tooLong = false;
            if (bytes.length > 1024 * 1024) {
                bytes = new byte[8 * 1024];  // a long line's buffer is not held for the rest of the upload
            }
        }
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
