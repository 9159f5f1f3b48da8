package jixiao.storage;

import java.nio.file.Files;

/** Reviews on the embedded default: H2 with its data in a file. */
class H2ReviewApiTest extends ReviewApiContract {
    @Override
    String jdbcUrl() throws Exception {
        return StorageHarness.h2File(Files.createTempDirectory("jixiao-h2"));
    }
}
