package jixiao.storage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jixiao.web.Bodies;
import jixiao.web.JixiaoConfig;
import jixiao.web.Json;
import jixiao.web.JsonProblems;
import jixiao.web.Limits;
import jixiao.indicator.Decimals;
import jixiao.web.RequestProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many declaration + assessment pairs in one request, as a JSON array or as NDJSON (one item per
 * line), read item by item as they arrive. Each item lands whole in its own transaction or is
 * reported with its own error; the answer sums up counts, grades and failures.
 */
@Controller("/api/v1/batches")
@ExecuteOn(TaskExecutors.BLOCKING)
class Batches {
    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);
    private static final String NDJSON = "application/x-ndjson";
    private final EvaluationService service;
    private final Json json;
    private final long itemMaxBytes;
    private final int workers;
    private final List<String> gradeNames;

    Batches(EvaluationService service, Json json, JixiaoConfig config, jixiao.scoring.Evaluator evaluator) {
        List<String> names = new ArrayList<>();
        evaluator.ruleset().tables().policy().grades().forEach(g -> names.add(g.grade()));
        names.add(YearSummary.UNGRADED);
        this.gradeNames = List.copyOf(names);
        this.service = service;
        this.json = json;
        this.itemMaxBytes = config.batchItemMaxBytes();
        this.workers = config.batchWorkers() > 0 ? config.batchWorkers() : Runtime.getRuntime().availableProcessors();
    }

    public record Failure(int index, String error, String message, String path) {
    }

    public record Item(int index, String declarationId, String evaluationId, BigDecimal totalScore, String grade) {
    }

    public record Report(int received, int stored, int failed, Map<String, Integer> grades, BigDecimal meanScore,
                         List<Failure> failures, List<Item> items) {
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> batch(@Nullable @Header("Content-Type") String contentType, @Nullable @Body InputStream body) {
        if (body == null) {
            throw new RequestProblem("MISSING_BODY", "the batch is empty; a JSON array or NDJSON is expected", "");
        }
        Tally tally = new Tally(workers, gradeNames);
        try (tally; BufferedInputStream in = new BufferedInputStream(body, 64 * 1024)) {
            int first = firstNonBlank(in);
            if (first < 0) {
                throw new RequestProblem("MISSING_BODY", "the batch is empty; a JSON array or NDJSON is expected", "");
            }
            Bodies.requireType(contentType, MediaType.APPLICATION_JSON, NDJSON);
            if (first == '[') {
                readArray(in, tally);
            } else if (first == '{') {
                readLines(in, tally);
            } else {
                throw new RequestProblem("MALFORMED_JSON",
                        "a batch is a JSON array of items or NDJSON (one JSON object per line)", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(HttpStatus.OK).body(json.write(tally.report()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private void readArray(InputStream in, Tally tally) throws IOException {
        try (JsonParser parser = json.requests().getFactory().createParser(in)) {
            parser.nextToken();
            int index = 0;
            while (true) {
                JsonToken token;
                JsonNode item;
                try {
                    token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY || token == null) {
                        return;
                    }
                    item = json.requests().readTree(parser);
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
                } catch (RequestProblem p) {
                    tally.fail(index++, p.code(), p.getMessage(), p.path());
                    continue;
                }
                process(item, "[" + index + "]", index, tally);
                index++;
            }
        }
    }

    private void readLines(InputStream in, Tally tally) throws IOException {
        int index = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        do {
            b = in.read();
            if (b == '\n' || b < 0) {
                String text = line.toString(StandardCharsets.UTF_8).strip();
                if (tooLong) {
                    tally.fail(index++, "PAYLOAD_TOO_LARGE", "line " + index + " exceeds " + itemMaxBytes + " bytes",
                            "[" + (index - 1) + "]");
                } else if (!text.isEmpty()) {
                    processLine(text, index++, tally);
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

    private void processLine(String text, int index, Tally tally) {
        JsonNode item;
        try {
            item = JsonProblems.read(json.requests(), text, "[" + index + "]", "line " + (index + 1));
        } catch (RequestProblem p) {
            tally.fail(index, p.code(), p.getMessage(), p.path());
            return;
        }
        process(item, "[" + index + "]", index, tally);
    }

    /** Scores and stores one item on a worker; items are read while earlier ones are scored. */
    private void process(JsonNode item, String path, int index, Tally tally) {
        tally.run(() -> store(item, path, index, tally));
    }

    private void store(JsonNode item, String path, int index, Tally tally) {
        try {
            Store.Evaluation e = service.submitItem(item, path);
            tally.stored(new Item(index, e.declarationId(), e.id(), e.totalScore(), e.grade()));
        } catch (RequestProblem p) {
            tally.fail(index, p.code(), p.getMessage(), p.path());
        } catch (RuntimeException unexpected) {
            LOG.error("batch item {} failed", index, unexpected);
            tally.fail(index, "STORAGE_FAILED", "item " + index + " could not be stored; nothing of it was kept", path);
        }
    }

    private static int firstNonBlank(BufferedInputStream in) throws IOException {
        while (true) {
            in.mark(4);
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (b == 0xEF) {  // a UTF-8 byte-order mark
                in.skip(2);
                continue;
            }
            if (!Character.isWhitespace(b)) {
                in.reset();
                return b;
            }
        }
    }

    /**
     * The counts of a batch, filled by the workers. At most twice as many items as workers are in
     * flight, so a large upload is never held in memory.
     */
    private static final class Tally implements AutoCloseable {
        private final ExecutorService pool;
        private final Semaphore inFlight;
        private int received;
        private final Map<String, Integer> grades = new LinkedHashMap<>();
        private final List<Failure> failures = new ArrayList<>();
        private final List<Item> items = new ArrayList<>();
        private BigDecimal sum = BigDecimal.ZERO;
        private int scored;

        Tally(int workers, List<String> gradeNames) {
            gradeNames.forEach(g -> grades.put(g, 0));
            pool = Executors.newFixedThreadPool(workers);
            inFlight = new Semaphore(2 * workers);
        }

        void run(Runnable task) {
            inFlight.acquireUninterruptibly();
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    inFlight.release();
                }
            });
        }

        @Override
        public void close() {
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized void stored(Item item) {
            received++;
            items.add(item);
            grades.merge(item.grade() == null ? YearSummary.UNGRADED : item.grade(), 1, Integer::sum);
            if (item.totalScore() != null) {
                sum = sum.add(item.totalScore());
                scored++;
            }
        }

        synchronized void fail(int index, String code, String message, String path) {
            received++;
            failures.add(new Failure(index, code, message, path));
        }

        /** After {@link #close()}: every worker is done. */
        synchronized Report report() {
            items.sort(Comparator.comparingInt(Item::index));
            failures.sort(Comparator.comparingInt(Failure::index));
            BigDecimal mean = scored == 0 ? null : Decimals.round2(Decimals.div(sum, BigDecimal.valueOf(scored)));
            return new Report(received, items.size(), failures.size(), grades, mean, failures, items);
        }
    }
}
