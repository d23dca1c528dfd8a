package org.genobay.testing;

import java.io.File;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven through Debian's chromedriver, both from the distribution's packages (.ci/run
 * installs them on CI). No driver is downloaded: Selenium is pointed at the installed binaries.
 */
public final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        this.base = "http://localhost:" + port;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The posting form whose action ends with the given path, so tests name forms the way the pages post them. */
    public WebElement form(String actionEnding) {
        return find("form[method='post'][action$='" + actionEnding + "']");
    }

    public void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field the way a date picker would; typing into datetime-local inputs depends on the locale. */
    public void set(WebElement form, String name, String value) {
        WebElement field = form.findElement(By.name(name));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    /** Chooses a file for a file input, as a user picking it in the dialog. */
    public void attach(WebElement form, String name, java.nio.file.Path file) {
        form.findElement(By.name(name)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits, through the page's own reloads, until the page's main text contains the text. */
    public void waitForText(String text, Duration patience) {
        new WebDriverWait(driver, patience)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }

    public void choose(WebElement form, String name, String value) {
        new Select(form.findElement(By.name(name))).selectByValue(value);
    }

    /**
     * Submits the form with its first button and waits for the next page (pages ask for confirmation on some; the
     * tests accept it).
     */
    public void submit(WebElement form) {
        ((JavascriptExecutor) driver).executeScript("window.confirm = () => true;");
        waitingForNextPage(() -> form.findElement(By.tagName("button")).click());
    }

    /** Follows a link and waits for the next page. */
    public void follow(String css) {
        waitingForNextPage(() -> find(css).click());
    }

    /** Marks the current page, acts, and waits until a new, fully loaded page has replaced it. */
    private void waitingForNextPage(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.genobayPreviousPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.genobayPreviousPage === undefined && document.readyState === 'complete';")));
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String text() {
        return find("main").getText();
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Runs the browser tests where chromium and chromedriver are installed; on CI (CI=true) their absence fails the
     * tests instead of hiding them.
     */
    public static final class Installed implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if ("true".equals(System.getenv("CI")) || (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute())) {
                return ConditionEvaluationResult.enabled("chromium and chromedriver");
            }
            return ConditionEvaluationResult.disabled(
                    "no " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium and chromium-driver)");
        }
    }
}
