package jixiao.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real published 绩效自评表 (examples/published/, each with its source in {@code _source}) entered as
 * printed, sent to the real server and checked against results worked by hand from the spec.
 */
class PublishedTablesTest {

    @TestFactory
    Stream<DynamicTest> everyPublishedTableScoresAsTheSpecReadsIt() throws Exception {
        List<Path> requests = ExpectedResult.requestsIn(Path.of("examples", "published"));
        assertFalse(requests.size() < 8, "at least eight published tables");
        return requests.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> ExpectedResult.check(p)));
    }
}
