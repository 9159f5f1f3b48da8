package jixiao.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The pages come from the jar at / and load nothing from another site (the service runs on closed networks). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesServedTest {
    private static final Path PAGES = Path.of("src/main/resources/public");
    private final HttpClient client = HttpClient.newHttpClient();
    private PagesServer app;

    @BeforeAll
    void start() throws IOException {
        app = new PagesServer();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(app.base.replaceAll("/$", "") + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHomePageIsServedAtTheRootWithoutALogin() throws Exception {
        HttpResponse<String> home = send("GET", "/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(home.body().contains("绩效自评评分"));
    }

    @Test
    void everyScriptAndStylesheetAPageNamesIsServedFromTheJar() throws Exception {
        Pattern asset = Pattern.compile("(?:src|href)=\"(/[^\"#?]+\\.(?:js|css))\"");
        List<Path> pages;
        try (Stream<Path> files = Files.list(PAGES)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 6, pages.toString());
        for (Path page : pages) {
            assertEquals(200, send("GET", "/" + page.getFileName()).statusCode(), page.toString());
            Matcher m = asset.matcher(Files.readString(page));
            while (m.find()) {
                assertEquals(200, send("GET", m.group(1)).statusCode(), page + " names " + m.group(1));
            }
        }
    }

    @Test
    void noPageOrScriptLoadsAnythingFromAnotherSite() throws IOException {
        Pattern remote = Pattern.compile("(?:src|href|action)\\s*=\\s*[\"']?(?:https?:)?//|@import|fetch\\(\\s*['\"]https?:|url\\(\\s*['\"]?(?:https?:)?//");
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = remote.matcher(Files.readString(f));
                if (m.find()) {
                    fail(f + " refers to another site: " + m.group());
                }
            }
        }
    }

    @Test
    void aPageIsOnlyRead() throws Exception {
        for (String path : List.of("/", "/index.html", "/assets/app.js", "/nothing.html")) {
            HttpResponse<String> r = send("POST", path);
            assertEquals(405, r.statusCode(), path);
            assertTrue(r.body().contains("\"METHOD_NOT_ALLOWED\""), r.body());
        }
        assertEquals(404, send("GET", "/nothing.html").statusCode());
    }
}
