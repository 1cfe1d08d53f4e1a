package org.eventwire.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.eventwire.model.AnalysisJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium over sample articles analysed by the real pipeline: search,
 * an article with its quotes and events, the charts, the actor and story pages, an article crafted
 * to run script staying inert, at desktop and phone sizes. Screenshots go to target/screenshots/.
 */
class DashboardIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final String TOKEN = "dashboard-it";
  private static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir static Path dir;
  private static ApiServer server;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "/usr/bin/chromium or /usr/bin/chromedriver is absent (apt-get install chromium chromium-driver): skipping the browser tests");
    Path samples = SampleStore.samples();
    Assumptions.assumeTrue(samples != null, "samples/ not found above " + Path.of("").toAbsolutePath() + ": skipping");
    String db = dir.resolve("dashboard.db").toString();
    int n = SampleStore.build(samples, List.of("wire/2023-08-01_bajaur-bombing-pakistan-presses-kabul.txt",
        "html/2023-09-08_taliban-reject-chitral-accusation.html", "wire/2024-01-12_us-uk-strike-houthi-targets-in-yemen.txt",
        "html/2024-01-12_houthis-vow-to-retaliate-after-us-uk-strikes.html", "html/2023-04-16_sudan-army-rsf-battle-for-khartoum.html",
        "feeds/frontier-monitor-rss.xml"), db);
    assertThat(n).isEqualTo(9);
    server = ApiServer.start(new ServerConfig("127.0.0.1", 0, db, Optional.of(TOKEN)));
    Http.Reply r = new Http(server.url()).post("/api/ingest", AnalysisJson.toLine(XssRecord.build()), TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    Files.createDirectories(SHOTS);
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + dir.resolve("chrome-profile"),
        "--window-size=1280,800", "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    open("/health");
    viewport(1280, 800);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void searchOpenArticleAndFollowAnActor() throws IOException {
    long t0 = System.nanoTime();
    open("/");
    waitForCharts();
    System.out.printf("DashboardIT: desk with results, timeline, network and map rendered in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    WebElement q = browser.findElement(By.name("q"));
    q.clear();
    q.sendKeys("Taliban");
    browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("q=Taliban"));
    wait.until(d -> d.findElements(By.cssSelector(".hit mark")).size() > 0);
    assertThat(browser.findElements(By.cssSelector(".hit"))).hasSizeGreaterThanOrEqualTo(3);
    waitForCharts();
    shot("desk-desktop");

    browser.findElements(By.cssSelector(".hit h3 a")).stream().filter(a -> a.getText().contains("Bajaur")).findFirst()
        .orElseThrow(() -> new AssertionError("the Bajaur article is not among the hits")).click();
    wait.until(d -> d.findElements(By.cssSelector(".event-card")).size() > 0);
    assertThat(browser.getCurrentUrl()).contains("/articles/");
    WebElement speaker = browser.findElement(By.cssSelector(".article-text .speaker-tag"));
    assertThat(speaker.getText()).isNotBlank().isNotEqualTo("unattributed");
    assertThat(browser.findElements(By.cssSelector(".article-text .quote"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".article-text .evidence"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".article-text .ent-PERSON"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".article-text .ent-COUNTRY"))).isNotEmpty();
    WebElement card = browser.findElement(By.cssSelector(".event-card"));
    assertThat(card.findElement(By.cssSelector(".badge")).getText()).matches("[A-Z]+");
    shot("article-desktop");

    WebElement actor = browser.findElement(By.cssSelector(".event-card a.actor"));
    String name = actor.getDomAttribute("title").split(" · ")[0];
    actor.click();
    wait.until(ExpectedConditions.urlContains("/actors/"));
    wait.until(d -> !d.findElements(By.cssSelector(".actor-head h1")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".actor-head h1")).getText()).isEqualTo(name);
    wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
    noConsoleErrors();
  }

  @Test
  void storyPageShowsTheCopies() throws IOException {
    String story = new Http(server.url()).get("/api/articles?q=Houthi&limit=5").json().findValuesAsText("story").get(0);
    open("/stories/" + story);
    wait.until(d -> !d.findElements(By.cssSelector(".story-articles .member")).isEmpty());
    assertThat(browser.findElements(By.cssSelector(".story-articles .copies .member"))).isNotEmpty();
    wait.until(d -> !d.findElements(By.cssSelector(".story-event-list li .badge")).isEmpty());
    shot("story-desktop");
    noConsoleErrors();
  }

  @Test
  void articleTextNeverRunsAsScript() throws IOException {
    open("/articles/" + XssRecord.ID);
    wait.until(d -> !d.findElements(By.cssSelector(".article-text")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".article-head h1")).getText()).contains(XssRecord.SCRIPT);
    assertThat(browser.findElement(By.cssSelector(".article-text")).getText()).contains(XssRecord.IMG).contains(XssRecord.SCRIPT);
    assertThat(browser.findElements(By.cssSelector("img[src='x'], main script"))).isEmpty();
    assertThat(js("return typeof window.__xss")).isEqualTo("undefined");
    open("/?q=inert");
    wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".hit h3")).getText()).contains(XssRecord.SCRIPT);
    assertThat(js("return typeof window.__xss")).isEqualTo("undefined");
  }

  @Test
  void highlightSegmentsCoverTheTextWithOverlappingMarks() {
    open("/health");
    Object r = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "import('/js/highlight.js').then(m => {"
        + "  const segs = m.segment('Jilani said: we will act.', [{start: 0, end: 6, kind: 'entity'}, {start: 13, end: 24, kind: 'quote'},"
        + "    {start: 0, end: 25, kind: 'evidence'}, {start: 20, end: 40, kind: 'entity'}, {start: 5, end: 3, kind: 'entity'}]);"
        + "  done(segs.map(s => s.text + '|' + s.marks.map(x => x.kind).join(',')).join(' / '));"
        + "}, e => done('failed: ' + e));");
    // the out-of-range and reversed marks are dropped; every other boundary cuts a segment
    assertThat(r).isEqualTo("Jilani|entity,evidence /  said: |evidence / we will act|quote,evidence / .|evidence");
  }

  @Test
  void phoneWidthHasNoSidewaysScrolling() throws IOException {
    try {
      // Chrome keeps windows at least 500 px wide: a phone screen is emulated instead
      browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1,
          "mobile", true));
      open("/?q=Taliban");
      waitForCharts();
      assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth + 1")).isEqualTo(true);
      shot("desk-phone");
      open("/articles/" + new Http(server.url()).get("/api/articles?q=Bajaur").json().get("items").get(0).get("id").asText());
      wait.until(d -> d.findElements(By.cssSelector(".event-card")).size() > 0);
      assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth + 1")).isEqualTo(true);
      shot("article-phone");
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** Sizes the window so that the page itself gets {@code width} × {@code height} CSS pixels. */
  private static void viewport(int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
    long dw = ((Number) js("return window.outerWidth - window.innerWidth")).longValue();
    long dh = ((Number) js("return window.outerHeight - window.innerHeight")).longValue();
    if (dw > 0 || dh > 0) {
      browser.manage().window().setSize(new Dimension(width + (int) dw, height + (int) dh));
    }
  }

  private static void open(String path) {
    browser.get(server.url().resolve(path).toString());
  }

  /** Waits until the timeline, the network and the map have drawn something. */
  private static void waitForCharts() {
    wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
    wait.until(d -> !d.findElements(By.cssSelector(".timeline canvas")).isEmpty());
    wait.until(d -> !d.findElements(By.cssSelector(".network canvas")).isEmpty());
    wait.until(d -> !d.findElements(By.cssSelector(".map svg circle.place")).isEmpty());
    assertThat(Integer.parseInt(browser.findElement(By.cssSelector(".timeline")).getDomAttribute("data-buckets"))).isPositive();
    assertThat(Integer.parseInt(browser.findElement(By.cssSelector(".network")).getDomAttribute("data-nodes"))).isPositive();
    assertThat(browser.findElements(By.cssSelector(".map .countries path"))).hasSizeGreaterThan(100);
  }

  /** A script blocked by the content security policy, or any other error, shows in the console. */
  private static void noConsoleErrors() {
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("browser console errors").isEmpty();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
