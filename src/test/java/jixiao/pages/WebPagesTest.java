package jixiao.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in real Chromium against the running service: each role logs in through the login page (the form
 * post and its HttpOnly cookie) and does its work; screenshots of each page go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {
    private static final String UNIT = "株洲市渌口区机关事务服务中心";
    private static final Path FORM = Path.of("examples/forms/property-management-self-assessment.xlsx");
    private PagesServer app;
    private Browser browser;
    private String adminToken;
    private JsonNode stored;

    @BeforeAll
    void start() throws Exception {
        Browser.requireInstalled();
        app = new PagesServer();
        adminToken = app.token(PagesServer.ADMIN, PagesServer.ADMIN_PASSWORD);
        app.account(adminToken, "lukou", "DEPARTMENT", UNIT);
        app.account(adminToken, "other-unit", "DEPARTMENT", "乙单位");
        app.account(adminToken, "auditor", "AUDITOR", null);
        stored = app.storeExample(adminToken, "hunan-property-management");
        app.storeExample(adminToken, "hubei-ezhou-government-services");
        app.storeExample(adminToken, "jiangsu-jurong-service-centre-half-year");
        browser = Browser.open(app.base);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private static String expectedTotal(String example) throws Exception {
        return PagesServer.JSON.readTree(Files.readString(Path.of("examples", example + ".expected.json")))
                .get("totalScore").decimalValue().stripTrailingZeros().toPlainString();
    }

    private void upload(Path form) {
        browser.get("/preview.html");
        browser.find("#file").sendKeys(form.toAbsolutePath().toString());
        browser.find("#import").click();
    }

    /**
     * The form is examples/hunan-property-management.json as a department fills it in, but with the 分值 column
     * (10 a row) the example leaves out, so its total differs from the example's 97.68. Worked by hand
     * (scoring.md): 产出 10 + 10×4/5 + 10 + 10×98/99 + 10 = 47.90; 效益 10 + 10 + 10×95/98 = 29.69; 满意度 10;
     * 成本 0 points; 预算执行率 545/560 = 97.32 % → 9.73; total 97.325 → 97.33, 优.
     */
    private static final String FORM_TOTAL = "97.33";

    @Test
    void aDepartmentUploadsItsFormSeesTheExpectedTotalAndSubmitsIt() throws Exception {
        browser.login("lukou", PagesServer.password("lukou"));
        upload(FORM);
        browser.untilText("#total", FORM_TOTAL);
        assertEquals("优", browser.find("#grade").getText());
        // every indicator names its rule, its file and why
        List<WebElement> rules = browser.all("#indicators td.rule");
        assertFalse(rules.isEmpty());
        assertTrue(rules.stream().allMatch(r -> !r.getText().isBlank()), "an indicator without its rule");
        browser.screenshot("preview-department");

        browser.find("#submit").click();
        String href = browser.find("#submitted-link").getAttribute("href");
        String id = href.substring(href.indexOf("id=") + 3);
        JsonNode evaluation = app.send("GET", "/api/v1/evaluations/" + id, adminToken, null, 200);
        assertEquals(UNIT, evaluation.get("inputs").get("declaration").get("unit").asText());
        assertEquals(FORM_TOTAL, evaluation.get("totalScore").decimalValue()
                .stripTrailingZeros().toPlainString());
    }

    @Test
    void fillingInAMissingReasonInPlaceRemovesTheDeviation() {
        browser.login("lukou", PagesServer.password("lukou"));
        upload(FORM);
        browser.find("#deviations tr[data-type=MISSING_REASON]");
        WebElement reason = browser.find("#rows tr.needs-reason input.reason");
        assertEquals("true", reason.getAttribute("aria-invalid"));
        reason.sendKeys("物业人员调整，抽查点位减少");
        browser.until(d -> d.findElements(By.cssSelector("#deviations tr[data-type=MISSING_REASON]")).isEmpty()
                && d.findElements(By.cssSelector("#rows tr.needs-reason")).isEmpty());
        // the row stayed where it was, and the typed reason with it
        assertEquals("物业人员调整，抽查点位减少", reason.getAttribute("value"));
        browser.screenshot("preview-reason-given", 0.5);
    }

    @Test
    void anyoneCanPreviewWithoutLoggingInAtAPhonesWidth() {
        browser.driver.manage().deleteAllCookies();
        browser.size(390, 844);
        try {
            browser.get("/preview.html");
            browser.find("#login-link");
            assertFalse(browser.find("#submit").isDisplayed(), "no submit without an account");
            // the api.md example, pasted from a spreadsheet into the first cell: 99.4
            WebElement first = browser.find("#rows tbody tr input[data-key=level1]");
            browser.script("const dt = new DataTransfer(); dt.setData('text/plain', arguments[1]);"
                    + "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));",
                    first, "产出指标\t质量指标\t公共区域清洁达标率\t≥99.5%\t\t\t99.7%\r\n");
            browser.find("#budget").clear();
            browser.find("#budget").sendKeys("560");
            browser.find("#budgetExecuted").sendKeys("540");
            browser.untilText("#total", "99.4");
            assertEquals("公共区域清洁达标率", browser.find("#rows tbody tr input[data-key=level3]").getAttribute("value"));
            long overflow = (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a phone: " + browser.script(
                    "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth"
                    + " && !e.closest('.table-wrap')).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');"));
            browser.screenshot("preview-phone");
        } finally {
            browser.size(1280, 800);
        }
    }

    @Test
    void theBureauSeesTheChartTheRankingAndFiltersTheDeviations() throws Exception {
        browser.login(PagesServer.ADMIN, PagesServer.ADMIN_PASSWORD);
        browser.get("/overview.html?year=2026");
        browser.until(d -> d.findElements(By.cssSelector("#ranking tbody tr")).size() >= 2);
        String ranking = browser.find("#ranking").getText();
        assertTrue(ranking.contains(UNIT) && ranking.contains("鄂州市机关事务服务中心"), ranking);
        assertTrue(ranking.contains(expectedTotal("hunan-property-management")), ranking);
        // the chart is drawn, from the same counts as the table beside it
        browser.until(d -> (Boolean) browser.script("const c = Chart.getChart(document.getElementById('chart'));"
                + "return !!c && c.data.datasets[0].data.reduce((a, b) => a + b, 0) >= 2;"));
        browser.screenshot("overview-bureau", 0.6);

        new Select(browser.find("#flag-type")).selectByValue("SCORE_OVERCLAIMED");
        List<WebElement> shown = browser.all("#flags tbody tr");
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(r -> "SCORE_OVERCLAIMED".equals(r.getAttribute("data-type"))));

        // at mid-year each subject's light
        browser.get("/overview.html?year=2022&period=HALF_YEAR");
        browser.until(d -> !d.findElements(By.cssSelector("#ranking tbody tr .light")).isEmpty());
        assertTrue(browser.find("#lights-box").isDisplayed());
    }

    @Test
    void theBureauUploadsSeveralFormsAsOneBatch() {
        browser.login(PagesServer.ADMIN, PagesServer.ADMIN_PASSWORD);
        browser.get("/overview.html?year=2025");
        browser.find("#batch-files").sendKeys(FORM.toAbsolutePath() + "\n"
                + Path.of("examples/forms/split-columns-self-assessment.docx").toAbsolutePath());
        browser.find("#batch-start").click();
        browser.until(d -> d.findElements(By.cssSelector("#batch-result tbody tr a")).size() == 2);
        WebElement progress = browser.find("#batch-progress");
        assertEquals(progress.getAttribute("max"), progress.getAttribute("value"));
        browser.screenshot("overview-batch");
    }

    @Test
    void anAuditorSeesEveryIndicatorsRuleAndTheHistory() throws Exception {
        JsonNode again = app.send("POST", "/api/v1/evaluations/" + stored.get("id").asText() + "/reevaluate", adminToken,
                null, 201);
        browser.login("auditor", PagesServer.password("auditor"));
        browser.get("/evaluation.html?id=" + again.get("id").asText());
        browser.until(d -> !d.findElements(By.cssSelector("#indicators td.rule")).isEmpty());
        String rules = browser.find("#indicators").getText();
        for (JsonNode i : again.get("indicators")) {
            if (!i.get("rule").isNull()) {
                assertTrue(rules.contains(i.get("rule").asText()), "rule " + i.get("rule") + " not shown");
                assertTrue(rules.contains(i.get("ruleFile").asText()));
            }
        }
        assertEquals(again.get("ruleset").get("version").asText(), browser.find("#ruleset").getText());
        browser.until(d -> d.findElements(By.cssSelector("#history tbody tr")).size() == 2);
        browser.find("#diffs section.diff");
        assertFalse(browser.find("#reevaluate").isDisplayed(), "an auditor writes nothing");
        browser.until(d -> !d.findElements(By.cssSelector("#audit tbody tr")).isEmpty());
        browser.screenshot("evaluation-auditor");
    }

    @Test
    void aDepartmentCannotSeeAnotherUnitsEvaluation() {
        browser.login("other-unit", PagesServer.password("other-unit"));
        browser.get("/evaluation.html?id=" + stored.get("id").asText());
        browser.until(d -> d.findElement(By.id("message")).getText().contains("未找到"));
        assertFalse(browser.find("#evaluation").isDisplayed());
        assertTrue(browser.all("a[href='/overview.html']").isEmpty(), "a department has no overview");
        browser.screenshot("evaluation-other-unit");
    }

    @Test
    void theBureauCreatesADepartmentAccountThatCanLogIn() {
        browser.login(PagesServer.ADMIN, PagesServer.ADMIN_PASSWORD);
        browser.get("/accounts.html");
        new Select(browser.find("#role")).selectByValue("DEPARTMENT");
        browser.find("#unit").sendKeys("鄂州市机关事务服务中心");
        browser.find("#username").sendKeys("ezhou");
        browser.find("#password").sendKeys("ezhou-long-password");
        browser.find("#create-button").click();
        browser.until(d -> d.findElement(By.id("accounts")).getText().contains("ezhou"));
        browser.screenshot("accounts-bureau");
        browser.find("header form button").click();  // 退出
        browser.find("#login-link");
        browser.login("ezhou", "ezhou-long-password");
        assertTrue(browser.find("#who").getText().contains("鄂州市机关事务服务中心"));
    }

    @Test
    void everyControlHasALabelAndTheSkipLinkComesFirst() {
        browser.login(PagesServer.ADMIN, PagesServer.ADMIN_PASSWORD);
        for (String page : List.of("/", "/login.html", "/preview.html", "/overview.html", "/evaluation.html", "/accounts.html")) {
            browser.get(page);
            browser.find("header.bar nav, header.bar .who");
            @SuppressWarnings("unchecked")
            List<String> unlabelled = (List<String>) browser.script("return [...document.querySelectorAll('input, select, textarea, button')]"
                    + ".filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                    + " && !(e.tagName === 'BUTTON' && e.textContent.trim()))"
                    + ".map(e => e.outerHTML.substring(0, 80));");
            assertEquals(List.of(), unlabelled, page);
            new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            assertEquals("skip", browser.driver.switchTo().activeElement().getAttribute("class"), page);
        }
    }
}
