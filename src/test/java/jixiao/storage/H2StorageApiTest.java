package jixiao.storage;

import java.nio.file.Files;
import java.nio.file.Path;

/** The storage contract on the embedded default: H2 with its data in a file. */
class H2StorageApiTest extends StorageApiContract {
    @Override
    String jdbcUrl() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-h2");
        return StorageHarness.h2File(dir);
    }
}
