package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import edu.lifecycle.identity.DemoUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operations console in a real browser (Debian's headless Chromium) against the whole system as {@code ./run.sh
 * --demo} starts it, with a small played cohort: each demo user signs in on the provider's page, sees the pages their
 * role opens and is refused the others, and the admissions officer, the bursar, the registrar, the placement
 * officer and the operations engineer each run an action and see its outcome on the page. Screenshots of every page seen go to {@code target/console-screenshots}. One system for every test.
 */
@EnabledIf(
        value = "browserInstalled",
        disabledReason = "browser tests need Debian's packages chromium and chromium-driver"
                + " (/usr/bin/chromium, /usr/bin/chromedriver)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsConsoleBrowserIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String YEAR = "/programmes/M2-ISD/years/2026-2027/";
    private static final List<String> YEAR_PAGES =
            List.of("overview", "admissions", "billing", "curriculum", "placement");

    /** The pages each demo user's role opens: their menu, and every other page refused. */
    private static final Map<String, List<String>> OPENS = Map.of(
            "admissions-officer",
            List.of("Overview", "Admissions"),
            "bursar",
            List.of("Overview", "Billing"),
            "registrar",
            List.of("Overview", "Curriculum"),
            "placement-officer",
            List.of("Overview", "Placement"),
            "operations-viewer",
            List.of("Overview", "Admissions", "Billing", "Curriculum", "Placement", "System"),
            "operations-engineer",
            List.of("System"),
            "privacy-officer",
            List.of(),
            DemoUsers.STUDENT,
            List.of("Student"));

    private Path data;
    private RunningSystem system;
    private String console;
    private String printed;
    private ChromeDriver driver;
    private WebDriverWait wait;

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    void start() throws IOException {
        data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "console-system-");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var launch = LauncherMain.launch(
                List.of(
                        "--data-dir", data.toString(),
                        "--kafka-port", "0",
                        "--registry-port", "0",
                        "--identity-port", "0",
                        "--demo-size", "12"),
                Services.onFreePorts(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
        assertThat(launch.exitCode())
                .as(err.toString(StandardCharsets.UTF_8) + printed)
                .isEmpty();
        system = launch.system();
        console = system.consoleUrl().orElseThrow();
        Files.createDirectories(SCREENSHOTS);
        driver = chromium();
        wait = new WebDriverWait(driver, STEP);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void theLauncherPrintsTheConsolesUrlFirstAmongTheUrls() {
        int consoleLine = printed.indexOf("Console          " + console);
        assertThat(consoleLine).as(printed).isNotNegative();
        assertThat(printed.indexOf("OpenAPI:")).isGreaterThan(consoleLine);
    }

    @Test
    @Order(2)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void eachRoleSeesThePagesItMayAndIsRefusedTheOthers() {
        for (var entry : OPENS.entrySet()) {
            var user = entry.getKey();
            signIn(user);
            assertThat(menu()).as("%s's menu", user).containsExactlyElementsOf(entry.getValue());
            for (var page : YEAR_PAGES) {
                driver.get(console + YEAR + page);
                var title = capitalized(page);
                if (entry.getValue().contains(title)) {
                    assertThat(heading()).as("%s on %s", user, page).startsWith(title);
                    screenshot(user + "-" + page);
                } else {
                    assertThat(heading()).as("%s on %s", user, page).isEqualTo("Not for your role");
                }
            }
            driver.get(console + "/system");
            assertThat(heading())
                    .as("%s on system", user)
                    .isEqualTo(entry.getValue().contains("System") ? "System" : "Not for your role");
            if (entry.getValue().contains("System")) {
                screenshot(user + "-system");
            }
        }
    }

    @Test
    @Order(3)
    void aStudentLandsOnTheirOwnFileAndIsRefusedAnothers() {
        signIn(DemoUsers.STUDENT);
        assertThat(driver.getCurrentUrl()).isEqualTo(console + "/students/" + DemoUsers.STUDENT_ID);
        assertThat(heading()).isEqualTo("Student " + DemoUsers.STUDENT_ID);
        assertThat(section("timeline").getText()).doesNotContain("Not for your role");
        screenshot("student-own-file");
        driver.get(console + "/students/" + DemoUsers.STUDENT2_ID);
        assertThat(heading()).isEqualTo("Not for your role");
    }

    @Test
    @Order(4)
    void theOperationsViewerSeesTheYearAtAGlanceAlsoOnANarrowScreenAndByKeyboard() {
        signIn("operations-viewer");
        driver.get(console + YEAR + "overview");
        assertThat(driver.findElement(By.id("enrolled")).getText()).matches("[1-9][0-9]*");
        assertThat(driver.findElement(By.cssSelector("#funnel-chart svg")).getAttribute("aria-label"))
                .isEqualTo("Applicants reaching each stage");
        assertThat(driver.findElement(By.id("receivables-figures")).getText()).contains("Billed");
        screenshot("overview");
        copyToDocs("overview", "console-overview.png");

        driver.get(console + YEAR + "billing");
        screenshot("billing");
        copyToDocs("billing", "console-billing.png");

        // The first key press reaches the skip link, which leads to the page's content.
        driver.get(console + YEAR + "overview");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");

        driver.manage().window().setSize(new Dimension(390, 1600));
        try {
            driver.get(console + YEAR + "overview");
            var overflow = (Boolean) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling on a phone").isFalse();
            screenshot("overview-narrow");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1600));
        }
    }

    @Test
    @Order(5)
    void anAdmissionsOfficerRecordsAWithdrawalAndTheApplicationShowsIt() {
        signIn("admissions-officer");
        driver.get(console + YEAR + "admissions");
        var everyStatus = section("pipeline");
        new Select(driver.findElement(By.id("status"))).selectByValue("ENROLLED");
        // Choosing a status replaces the pipeline in place (htmx) and keeps the choice in the URL.
        wait.until(ExpectedConditions.stalenessOf(everyStatus));
        wait.until(ExpectedConditions.urlContains("status=ENROLLED"));
        assertThat(heading()).startsWith("Admissions");
        assertThat(section("pipeline").findElements(By.cssSelector("tbody tr")))
                .as("only enrolled applications")
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("ENROLLED"));
        var first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#pipeline tbody a")));
        var student = first.getText();
        first.click();
        assertThat(heading()).isEqualTo("Application of " + student);

        driver.findElement(By.id("withdraw-reason")).sendKeys("Moved abroad");
        driver.findElement(By.cssSelector("#withdraw button")).click();

        var outcome = followedOutcome();
        assertThat(outcome).as("the outcome in words").containsIgnoringCase("done");
        // The application on the page follows the outcome, without reloading the page.
        wait.until(driver1 -> section("application").getText().contains("WITHDRAWN"));
        assertThat(driver.getCurrentUrl()).isEqualTo(console + "/applications/" + student);
        screenshot("application-withdrawn");
    }

    @Test
    @Order(6)
    void aBursarRecordsAPaymentAndTheAccountShowsIt() {
        signIn("bursar");
        var student = withAccount();
        var before = section("account").getText();
        assertThat(before).doesNotContain("CONSOLE-TEST-1");

        driver.findElement(By.id("pay-ref")).sendKeys("CONSOLE-TEST-1");
        driver.findElement(By.id("pay-amount")).sendKeys("10.00");
        driver.findElement(By.cssSelector("#payment button")).click();

        assertThat(followedOutcome()).as("the outcome in words").containsIgnoringCase("done");
        // The account on the page follows the outcome, without reloading the page.
        wait.until(driver1 -> !section("account").getText().equals(before));
        assertThat(driver.getCurrentUrl()).isEqualTo(console + "/accounts/" + student);
        screenshot("account-paid");
    }

    @Test
    @Order(7)
    void theRegistrarSeesGraduationReadinessOfEveryStudent() {
        signIn("registrar");
        driver.get(console + YEAR + "curriculum");
        var rows = driver.findElements(By.cssSelector("#readiness tbody tr"));
        assertThat(rows)
                .as("a row per student of the played cohort with a checklist")
                .isNotEmpty();
        assertThat(rows.get(0).findElement(By.tagName("a")).getText()).matches("s[0-9]{5}");
        driver.executeScript("document.getElementById('readiness').scrollIntoView()");
        screenshot("graduation-readiness");
        copyToDocs("graduation-readiness", "console-graduation-readiness.png");
    }

    @Test
    @Order(8)
    void theRegistrarRecordsAGradeOnAFinishedYearAndIsToldWhichRuleRefusesIt() {
        signIn("registrar");
        var student = withPage("/transcripts/", "#grade");
        assertThat(heading()).isEqualTo("Transcript of " + student);

        driver.findElement(By.id("grade-course")).sendKeys("CC-01");
        new Select(driver.findElement(By.id("grade-session"))).selectByValue("FIRST");
        driver.findElement(By.id("grade-mark")).sendKeys("12.50");
        driver.findElement(By.cssSelector("#grade button")).click();

        // The played year is over: every transcript is final or fully graded, so curriculum refuses, naming its rule.
        assertThat(followedOutcome()).as("the outcome in words").contains("Refused by rule ");
        assertThat(driver.getCurrentUrl()).isEqualTo(console + "/transcripts/" + student);
        assertThat(section("transcript").getText()).contains(student);
        screenshot("transcript-grade-refused");
    }

    @Test
    @Order(9)
    void thePlacementOfficerValidatesAPlacementAndIsToldItIsValidatedAlready() {
        signIn("placement-officer");
        var student = withPage("/placements/", "#validate");
        assertThat(heading()).isEqualTo("Placements of " + student);

        driver.findElement(By.id("validate-mark")).sendKeys("15");
        driver.findElement(By.cssSelector("#validate button")).click();

        // The played year validated every placement in September, so a second validation is refused by its rule.
        assertThat(followedOutcome()).as("the outcome in words").contains("Refused by rule ");
        assertThat(driver.getCurrentUrl()).isEqualTo(console + "/placements/" + student);
        screenshot("placement-validation-refused");
    }

    @Test
    @Order(10)
    void theOperationsEngineerReplaysADeadLetterFromTheSystemPageAndSeesItCountedAsReplayed() throws Exception {
        var stack = system.stack().orElseThrow();
        // A record no consumer of billing's events can read, written as billing would write its events.
        try (var producer = new KafkaProducer<>(
                stack.login("billing").kafkaClient(stack.bootstrapServers()),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            "billing.events",
                            "s99999".getBytes(StandardCharsets.UTF_8),
                            "not an event".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
        }
        signIn("operations-engineer");
        driver.get(console + "/system");
        var replay = new WebDriverWait(driver, Duration.ofSeconds(60)).until(browser -> {
            browser.navigate().refresh();
            var forms = browser.findElements(By.cssSelector("form.replay"));
            return forms.isEmpty() ? null : forms.get(0);
        });
        var consumer = replay.findElement(By.name("consumer")).getDomAttribute("value");
        assertThat(replay.findElement(By.name("sourceTopic")).getDomAttribute("value"))
                .isEqualTo("billing.events");
        replay.findElement(By.tagName("button")).click();

        assertThat(followedOutcome())
                .as("the outcome in words")
                .contains("Replay: 1 dead letter of " + consumer + " from billing.events sent back to it");
        // Replayed, the record fails again and is set aside again; the first is now counted as replayed.
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(browser -> {
            browser.navigate().refresh();
            return browser.findElements(By.cssSelector("tr")).stream()
                    .map(WebElement::getText)
                    .anyMatch(row -> row.startsWith(consumer + " billing.events") && row.endsWith(" 1"));
        });
        screenshot("system-dead-letter-replayed");
    }

    @Test
    @Order(11)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyPagePassesAxeCoresAccessibilityRules() {
        var pages = new LinkedHashMap<String, List<String>>();
        pages.put(
                "operations-viewer",
                List.of(
                        YEAR + "overview",
                        YEAR + "admissions",
                        YEAR + "billing",
                        YEAR + "curriculum",
                        YEAR + "placement",
                        "/system"));
        pages.put("admissions-officer", List.of("/applications/s00001", "/students/s00001"));
        pages.put("bursar", List.of("/accounts/" + withAccountAfterSignIn("bursar")));
        pages.put("registrar", List.of("/transcripts/s00001"));
        pages.put("placement-officer", List.of("/placements/s00001"));
        pages.put(DemoUsers.STUDENT, List.of("/students/" + DemoUsers.STUDENT_ID));
        // The check can fail: a page with an image without text and a field without a label breaks two rules.
        driver.get("data:text/html,<html lang=en><title>t</title><img src=x.png><input id=f></html>");
        assertThat(new AxeBuilder().analyze(driver).getViolations().stream().map(rule -> rule.getId()))
                .contains("image-alt", "label");
        var violations = new ArrayList<String>();
        for (var entry : pages.entrySet()) {
            signIn(entry.getKey());
            for (var page : entry.getValue()) {
                driver.get(console + page);
                var results = new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(driver);
                assertThat(results.isErrored()).as("axe-core ran on %s", page).isFalse();
                assertThat(results.getPasses())
                        .as("rules axe-core checked on %s", page)
                        .isNotEmpty();
                for (var rule : results.getViolations()) {
                    violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                            + rule.getNodes().stream()
                                    .map(node -> String.valueOf(node.getTarget()))
                                    .toList());
                }
            }
        }
        assertThat(violations).as("WCAG 2.1 A and AA violations").isEmpty();
    }

    private String withAccountAfterSignIn(String username) {
        signIn(username);
        return withAccount();
    }

    /** The first student of the demo cohort billing keeps an account for (an applicant never enrolled has none). */
    private String withAccount() {
        for (int i = 1; i <= 12; i++) {
            var student = String.format("s%05d", i);
            driver.get(console + "/accounts/" + student);
            if (driver.findElements(By.cssSelector("#account .refusal")).isEmpty()) {
                return student;
            }
        }
        throw new AssertionError("no student of the demo cohort has an account");
    }

    /** The first student of the demo cohort whose page under {@code path} offers the action {@code form}. */
    private String withPage(String path, String form) {
        for (int i = 1; i <= 12; i++) {
            var student = String.format("s%05d", i);
            driver.get(console + path + student);
            if (!driver.findElements(By.cssSelector(form)).isEmpty()
                    && driver.findElements(By.cssSelector(".refusal")).isEmpty()) {
                return student;
            }
        }
        throw new AssertionError("no student of the demo cohort has a page " + path + " with " + form);
    }

    /** The action's outcome in words; a pending one updates itself in the page once the service has decided. */
    private String followedOutcome() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        wait.until(driver1 ->
                driver1.findElements(By.cssSelector("#outcome.pending")).isEmpty());
        return wait.until(driver1 -> driver1.findElement(By.id("outcome"))).getText();
    }

    private void signIn(String username) {
        // A fresh session: the console's and the provider's cookies both live on 127.0.0.1.
        driver.get(console + "/signed-out");
        driver.manage().deleteAllCookies();
        driver.get(console + "/");
        var issuer = system.identity().orElseThrow().issuer();
        wait.until(ExpectedConditions.urlToBe(issuer + "/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        var password = driver.findElement(By.id("password"));
        password.sendKeys(system.identity().orElseThrow().accounts().password(username));
        password.submit();
        wait.until(driver1 -> driver1.getCurrentUrl().startsWith(console));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(driver.findElement(By.id("signed-in-as")).getText()).startsWith(username);
    }

    private List<String> menu() {
        return driver.findElements(By.cssSelector("nav[aria-label=Pages] a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private WebElement section(String id) {
        return driver.findElement(By.id(id));
    }

    private void screenshot(String name) {
        try {
            Files.copy(
                    driver.getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The README's screenshots are made by this run: {@code docs/<file>} at the project's root. */
    /**
     * Refreshes a picture in {@code docs/} only when asked ({@code -Dconsole.screenshots.update=true}): a test run
     * leaves the working tree as it found it.
     */
    private static void copyToDocs(String name, String file) {
        var docs = Path.of("..", "docs");
        if (Boolean.getBoolean("console.screenshots.update") && Files.isDirectory(docs)) {
            try {
                Files.copy(SCREENSHOTS.resolve(name + ".png"), docs.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String capitalized(String page) {
        return Character.toUpperCase(page.charAt(0)) + page.substring(1);
    }

    private static ChromeDriver chromium() throws IOException {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--user-data-dir="
                        + Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
