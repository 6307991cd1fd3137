package edu.lifecycle.admissions.it;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.AdmissionsApplication;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.RunningService;
import edu.lifecycle.testing.StackEndpoints;
import edu.lifecycle.testing.TestIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI of a running admissions service, in a real browser (Debian's headless Chromium): an officer authorizes
 * with the authorization code flow and PKCE against the provider the service trusts, signs in on the provider's page,
 * comes back authorized, and "Try it out" reaches the API with the token. Skipped where Chromium is not installed.
 */
@EnabledIf(
        value = "browserInstalled",
        disabledReason = "browser tests need Debian's packages chromium and chromium-driver"
                + " (/usr/bin/chromium, /usr/bin/chromedriver)")
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiSignInIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final String YEAR = "2026-2027";
    /** A demo user's name is their role's. */
    private static final String OFFICER = "admissions-officer";

    private static final String INTAKE = "/api/v1/programmes/{programme}/years/{year}/intake";

    private TestIdentity identity;
    private RunningService admissions;
    private int port;

    /** Checked before the stack starts, so a machine without a browser spends nothing on this test. */
    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    void start(StackEndpoints stack) {
        port = freePort();
        // The run's provider knows Swagger UI on the services' own ports only; this page is on a test's port, so a
        // provider of the test's own registers its redirect URI, and with it answers the page's origin from script.
        identity =
                TestIdentity.withRedirectUris(List.of("http://127.0.0.1:" + port + "/swagger-ui/oauth2-redirect.html"));
        admissions = RunningService.start(
                AdmissionsApplication::builder,
                stack.withIdentity(identity),
                "admissions-swagger-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of(
                        "--server.port=" + port,
                        "--lifecycle.admissions.programmes[0].id=M2-ISI",
                        "--lifecycle.admissions.programmes[0].title=International Strategic Intelligence",
                        "--lifecycle.admissions.programmes[0].minimum-ects=240",
                        "--lifecycle.admissions.programmes[0].streams=RESEARCH,PROFESSIONAL",
                        "--lifecycle.admissions.programmes[0].schemes=INITIAL,APPRENTICESHIP",
                        "--lifecycle.admissions.programmes[0].capacities[" + YEAR + "]=unlimited",
                        "--lifecycle.calendar.open-years=" + YEAR));
    }

    @AfterAll
    void stop() {
        if (admissions != null) {
            admissions.close();
        }
        if (identity != null) {
            identity.close();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anOfficerSignsInWithTheCodeFlowAndPkceAndTriesAnEndpointWithTheToken() {
        var driver = chromium();
        try {
            // A step that times out says what the page logged: a refused cross-origin call shows there.
            var wait = new WebDriverWait(driver, STEP);
            wait.withMessage(() -> "browser console: " + console(driver));
            driver.get("http://127.0.0.1:" + port + "/swagger-ui.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn.authorize")))
                    .click();

            // The discovery document, read by the page from the provider, offers the code flow; PKCE is on.
            var codeFlow = wait.until(driver1 -> driver1.findElements(By.cssSelector(".auth-container")).stream()
                    .filter(container -> !container
                            .findElements(By.id("client_id_authorization_code"))
                            .isEmpty())
                    .findFirst()
                    .orElse(null));
            assertThat(codeFlow.findElement(By.tagName("h4")).getText()).contains("authorization_code with PKCE");
            assertThat(codeFlow.findElement(By.id("client_id_authorization_code"))
                            .getAttribute("value"))
                    .isEqualTo("lifecycle-console");

            // Swagger UI opens the authorization request in a window of its own; the address it opens is kept.
            ((JavascriptExecutor) driver)
                    .executeScript("const open = window.open; window.authorizationRequests = [];"
                            + " window.open = (url, ...rest) => { window.authorizationRequests.push(String(url));"
                            + " return open.call(window, url, ...rest); };");
            var swaggerWindow = driver.getWindowHandle();
            codeFlow.findElement(By.cssSelector("button.authorize")).click();
            var signInWindow = wait.until(driver1 -> driver1.getWindowHandles().stream()
                    .filter(handle -> !handle.equals(swaggerWindow))
                    .findFirst()
                    .orElse(null));

            var opened = (List<?>) ((JavascriptExecutor) driver).executeScript("return window.authorizationRequests;");
            assertThat(opened).hasSize(1);
            var authorization = URI.create(opened.get(0).toString());
            assertThat(authorization.toString()).startsWith(identity.issuer() + "/oauth2/authorize?");
            var parameters = query(authorization);
            assertThat(parameters)
                    .containsEntry("response_type", "code")
                    .containsEntry("client_id", "lifecycle-console")
                    .containsEntry("code_challenge_method", "S256")
                    .containsEntry("redirect_uri", "http://127.0.0.1:" + port + "/swagger-ui/oauth2-redirect.html")
                    .containsKey("code_challenge");

            // The provider's own sign-in page, on the run's issuer.
            driver.switchTo().window(signInWindow);
            wait.until(ExpectedConditions.urlToBe(identity.issuer() + "/login"));
            driver.findElement(By.id("username")).sendKeys(OFFICER);
            var password = driver.findElement(By.id("password"));
            password.sendKeys(identity.provider().accounts().password(OFFICER));
            password.submit();

            // The redirect page hands the code back to Swagger UI, which exchanges it and closes the window.
            wait.until(driver1 -> driver1.getWindowHandles().size() == 1);
            driver.switchTo().window(swaggerWindow);
            wait.until(driver1 -> !driver1.findElements(By.cssSelector(".auth-container")).stream()
                    .filter(container -> container.getText().contains("authorization_code with PKCE"))
                    .filter(container -> container.getText().contains("Authorized"))
                    .toList()
                    .isEmpty());
            driver.findElement(By.cssSelector(".modal-ux-header button.close-modal"))
                    .click();

            var intake = operation(driver, wait, INTAKE);
            intake.findElement(By.cssSelector(".opblock-summary-control")).click();
            shown(wait, intake, "button.try-out__btn").click();
            parameter(intake, "programme").sendKeys("M2-ISI");
            parameter(intake, "year").sendKeys(YEAR);
            shown(wait, intake, "button.execute").click();

            var status = shown(wait, intake, ".live-responses-table .response .response-col_status");
            var curl = shown(wait, intake, ".curl-command").getText();
            assertThat(status.getText())
                    .as("the intake as the officer sees it, with the token; browser console: %s", console(driver))
                    .isEqualTo("200");
            assertThat(curl).contains("Authorization: Bearer ey");
        } finally {
            driver.quit();
        }
    }

    private static ChromeDriver chromium() {
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
                "--user-data-dir=" + profile());
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static Path profile() {
        try {
            // Under java.io.tmpdir, the module's target/ folder: a fresh, empty profile for every browser.
            return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebElement operation(WebDriver driver, WebDriverWait wait, String path) {
        return wait.until(driver1 -> driver1.findElements(By.cssSelector(".opblock.opblock-get")).stream()
                .filter(block -> !block.findElements(By.cssSelector("[data-path='" + path + "']"))
                        .isEmpty())
                .findFirst()
                .orElse(null));
    }

    /** The element once the page shows it: Swagger UI renders the operation's parts as the user acts. */
    private static WebElement shown(WebDriverWait wait, WebElement within, String selector) {
        return wait.until(driver -> within.findElements(By.cssSelector(selector)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    private static WebElement parameter(WebElement operation, String name) {
        return operation.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8),
                        (first, second) -> first));
    }

    private static String console(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .collect(Collectors.joining(" | "));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
