package org.opencohesion.api.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages in a real browser: Debian's headless Chromium, driven through Debian's chromedriver
 * (never a browser or driver a tool downloads), against a running service. Each test opens a page,
 * checks what a reader sees (headings, table rows, charts drawn with the right points and gaps),
 * tabs through it, and saves a screenshot under {@code target/screenshots/}. One browser serves
 * the whole class. Skipped, saying why, where the two binaries are not installed
 * ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("opencohesion.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("opencohesion.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;
    private PagesFixture site;
    private WebDriver browser;

    @BeforeAll
    void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (apt-get install chromium chromium-driver)");
        Files.createDirectories(SCREENSHOTS);
        site = new PagesFixture(temp);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1800",
                "--disable-dev-shm-usage", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void anAreaPageDrawsAChartPerIndicatorAndListsItsAssetsAndChildAreas() {
        open("/doc/area/W06000006", "area-wrexham");
        assertEquals("Wrexham", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> figures = browser.findElements(By.cssSelector("#figures ~ figure.indicator, section[aria-labelledby=figures] figure"));
        assertEquals(3, figures.size(), "three indicators have figures for Wrexham");
        for (WebElement f : figures) {
            WebElement svg = f.findElement(By.cssSelector("svg[role=img]"));
            assertTrue(svg.getSize().getHeight() > 150 && svg.getSize().getWidth() > 300, "the chart is drawn: " + svg.getSize());
            assertFalse(svg.findElement(By.tagName("title")).getAttribute("textContent").isBlank(), "with a title");
        }
        // hate crime: three years, all published
        WebElement hate = browser.findElement(By.cssSelector("figure[data-indicator=hate-crime-reports]"));
        assertEquals(3, hate.findElements(By.cssSelector("circle.point")).size());
        assertEquals(2, browser.findElements(By.cssSelector("svg#chart-assets rect.bar")).size(), "two asset types");
        assertEquals(49 + 2, browser.findElements(By.cssSelector("section[aria-labelledby=children] tbody tr")).size(), "the wards of Wrexham");
        tabThrough(12);
    }

    @Test
    void suppressedFiguresAreGapsWithANote() {
        open("/doc/area/W05001714", "area-ward-with-suppressed-figure");
        WebElement hate = browser.findElement(By.cssSelector("figure[data-indicator=hate-crime-reports]"));
        assertEquals(2, hate.findElements(By.cssSelector("circle.point")).size(), "2022 and 2023 are published");
        assertEquals(1, hate.findElements(By.cssSelector("line.gap")).size(), "2021 is a gap, not a zero");
        assertEquals(1, hate.findElements(By.tagName("polyline")).size(), "one line, from 2022 to 2023");
        assertTrue(hate.findElement(By.cssSelector("p.gaps")).getText().contains("2021: suppressed"));
    }

    @Test
    void aPlanPageShowsItsPrioritiesActionsAndOutcomesWithCharts() {
        open("/doc/plan/walsall-for-all", "plan-walsall-for-all");
        assertEquals("Walsall for All", browser.findElement(By.tagName("h1")).getText());
        WebElement priority = browser.findElement(By.id("priority-living-together"));
        assertEquals("Priority 4: Living together", priority.findElement(By.tagName("h2")).getText());
        assertEquals(5, priority.findElements(By.cssSelector("ol.actions > li")).size());
        WebElement outcome = browser.findElement(By.id("outcome-living-together-better-reporting"));
        WebElement chart = outcome.findElement(By.cssSelector("svg[role=img]"));
        assertTrue(chart.getSize().getHeight() > 150);
        assertEquals(3, chart.findElements(By.cssSelector("circle.point")).size(), "Walsall's hate crime reports, 2021 to 2023");
        // the contents list jumps to a priority by keyboard
        WebElement jump = browser.findElement(By.cssSelector("nav[aria-labelledby=contents] a"));
        jump.sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().endsWith("#priority-living-together"));
    }

    @Test
    void anIndicatorPageHasAChartAndATableThatSortsByLinks() {
        open("/doc/indicator/hate-crime-reports", "indicator-hate-crime-reports");
        WebElement chart = browser.findElement(By.cssSelector("#chart-hate-crime-reports"));
        assertEquals(3, chart.findElements(By.cssSelector("g.series")).size(), "a line per local authority");
        assertEquals(9, chart.findElements(By.cssSelector("circle.point")).size());
        List<WebElement> rows = browser.findElements(By.cssSelector("table.figures tbody tr"));
        assertEquals(89 + 2, rows.size(), "every area with figures");
        // sort by 2023, highest first, with the keyboard
        browser.findElement(By.linkText("2023")).sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().contains("sort=-2023"));
        screenshot("indicator-hate-crime-reports-by-2023");
        String first = browser.findElement(By.cssSelector("table.figures tbody tr th")).getText();
        assertEquals("Wrexham", first, "Wrexham had the most reports in 2023");
        assertEquals("descending", browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"));
    }

    @Test
    void partnershipAssetAndDatasetPagesShowTheirData() {
        open("/doc/partnership/walsall-for-all", "partnership-walsall-for-all");
        assertEquals("Walsall for All Partnership", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Walsall for All"));
        open("/doc/dataset/hate-crime-reports", "dataset-hate-crime-reports");
        assertTrue(browser.findElements(By.cssSelector("a[type='text/csv']")).size() >= 2);
        open("/doc/asset/" + PagesFixture.SCRIPT_ASSET, "asset-with-markup-in-its-name");
        assertEquals(PagesFixture.SCRIPT_ASSET_NAME, browser.findElement(By.tagName("h1")).getText(), "markup in data is shown as text");
        assertEquals(PagesFixture.SCRIPT_ASSET_NAME + " · Community asset · OpenCohesion", browser.getTitle(), "and never runs");
        open("/doc/area/" + PagesFixture.SCRIPT_WARD, "area-with-a-script-for-a-name");
        assertEquals(PagesFixture.SCRIPT_NAME, browser.findElement(By.tagName("h1")).getText());
        assertEquals(PagesFixture.SCRIPT_NAME + " · Area · OpenCohesion", browser.getTitle(), "the script was never run");
    }

    @Test
    void theDataLinksWork() {
        open("/doc/indicator/people-get-on-well", "indicator-people-get-on-well");
        String csvw = browser.findElement(By.cssSelector("a[type='application/csvm+json']")).getAttribute("href");
        String ttl = browser.findElement(By.cssSelector("a[type='text/turtle']")).getAttribute("href");
        for (String href : List.of(csvw, ttl)) {
            assertTrue(href.startsWith(site.base), href);
            site.request().get(href.substring(site.base.length())).then().statusCode(200);
        }
    }

    private void open(String path, String screenshot) {
        browser.get(site.base + path + ".html");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(1, browser.findElements(By.tagName("h1")).size());
        screenshot(screenshot);
    }

    /** Tabs from the top: the first stop is the skip link, and every stop after is a visible link with a focus style. */
    private void tabThrough(int stops) {
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        Actions keys = new Actions(browser);
        for (int i = 0; i < stops; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            assertEquals("a", focused.getTagName(), "stop " + i + " is a link");
            if (i == 0) {
                assertEquals("Skip to content", focused.getText());
            } else {
                assertTrue(focused.isDisplayed());
                assertFalse(focused.getCssValue("outline-style").equals("none"), "focus is visible at stop " + i);
            }
        }
        screenshot("area-wrexham-keyboard-focus");
    }

    private void screenshot(String name) {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
