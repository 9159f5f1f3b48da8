package jixiao.pages;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: both paths are given, so Selenium never
 * looks for (or downloads) a browser or a driver; a fresh profile each time, nothing fetched from outside.
 * Without them the tests fail with the command that installs them ({@code .ci/run} runs it), unless
 * {@code -Djixiao.browser.skip=true} says to skip them on a machine that cannot have a browser.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("JIXIAO_TEST_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("JIXIAO_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(40);

    final ChromeDriver driver;
    final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.profile = profile;
    }

    /** Fails the test (with how to install them) when Chromium or its driver is missing. */
    static void requireInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String what = "the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ": apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk (.ci/run does this)";
        if (Boolean.getBoolean("jixiao.browser.skip")) {
            org.junit.jupiter.api.Assumptions.abort("skipped (-Djixiao.browser.skip=true): " + what);
        }
        fail(what);
    }

    static Browser open(String base) throws IOException {
        requireInstalled();
        // Selenium Manager is only consulted when a path is missing; say so explicitly as well
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("jixiao-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,800",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new Browser(driver, base, profile);
    }

    void get(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return until(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the element's text is {@code text}; returns it. */
    String untilText(String css, String text) {
        try {
            until(d -> text.equals(d.findElement(By.cssSelector(css)).getText().strip()));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("waited for '" + text + "' in " + css + " but it shows '" + textOf(css) + "'; page messages: "
                    + messages());
        }
        return text;
    }

    String textOf(String css) {
        List<WebElement> e = all(css);
        return e.isEmpty() ? "(none)" : e.get(0).getText();
    }

    /** The page's visible messages, for failure reports. */
    String messages() {
        return all(".msg").stream().map(WebElement::getText).toList().toString();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Logs in through the login page (the form post that sets the HttpOnly cookie), then waits for the home page. */
    void login(String username, String password) {
        driver.manage().deleteAllCookies();
        get("/login.html");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#submit").click();
        until(d -> d.findElements(By.id("who")).stream().anyMatch(w -> w.getText().startsWith(username)));
    }

    /**
     * Also saves the whole page scaled by {@code scale} as target/screenshots/{name}-small.png (Chromium scales
     * it; the README shows two of these).
     */
    Path screenshot(String name, double scale) {
        screenshot(name);
        long width = (Long) script("return document.documentElement.scrollWidth;");
        long height = Math.min(4000, (Long) script("return Math.ceil(document.documentElement.scrollHeight);"));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", scale)));
        try {
            Path file = SCREENSHOTS.resolve(name + "-small.png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page (the window made as tall as it, up to 4 000 px) as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight);");
            long chrome = (Long) script("return window.outerHeight - window.innerHeight;");
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(4000, height + chrome)));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
