package jixiao.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every request directly in examples/ is sent to the real server and checked against its expected file. */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleReproducesItsExpectedResult() throws Exception {
        List<Path> requests = ExpectedResult.requestsIn(Path.of("examples"));
        assertFalse(requests.isEmpty());
        return requests.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> ExpectedResult.check(p)));
    }
}
