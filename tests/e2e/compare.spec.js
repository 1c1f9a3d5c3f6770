// Scenarios, the comparison, the demonstration and presenter mode, as a user meets them,
// against the release build.
import { test, expect } from "./fixtures.js";
import { CalculatorPage } from "./app.js";

const headline = (page) => page.locator("#headline");
const statusLines = (page) => page.locator(".status-lines li");
const slideTitle = (page) => page.locator("#slide-title");

test("a what-if made by duplicating, changed, compared, presented by keyboard and printed", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await expect(app.scenario.locator("option:checked")).toHaveText("Example: typical school SLP");

  await page.getByRole("button", { name: "Duplicate as a what-if" }).click();
  await expect(app.scenarioName).toHaveValue("What if: Example: typical school SLP");
  await app.field("FTE").fill("0.8");
  await expect(app.utilization).toHaveText("123.8%");
  await app.scenarioName.fill("Same caseload at 0.8 FTE");
  await app.scenarioName.press("Tab");

  // Both are kept across a reload; switching back shows the original untouched.
  await page.reload();
  await expect(app.scenarioName).toHaveValue("Same caseload at 0.8 FTE");
  await expect(app.utilization).toHaveText("123.8%");
  await app.scenario.selectOption({ label: "Example: typical school SLP" });
  await expect(app.utilization).toHaveText("99.1%");
  await expect(app.field("FTE")).toHaveValue("1");

  await page.getByRole("link", { name: "Compare and present" }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
  await expect(page.getByRole("checkbox", { name: "Example: typical school SLP" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Same caseload at 0.8 FTE" })).toBeChecked();
  await expect(headline(page)).toHaveText("Same caseload: 48 students each; 37.1 hours versus 37.1 hours of work a week.");
  await expect(statusLines(page).nth(1)).toHaveText(
    "Same caseload at 0.8 FTE: 123.8% of contract time, over capacity; needs 0.99 FTE.");
  await expect(page.locator("#compare-table")).toContainText("Students per FTE");

  // A live what-if: 12 more students for the 0.8 FTE scenario.
  const panel = page.locator("fieldset.what-if", { hasText: "Same caseload at 0.8 FTE" });
  await panel.getByLabel("Students").fill("60");
  await expect(headline(page)).toContainText("Caseloads of 48 and 60 students");
  // Every student is in one band of the distribution.
  const secondColumn = await page.locator("#distribution-table tbody td:nth-child(3)").allTextContents();
  expect(secondColumn.map(Number).reduce((a, b) => a + b)).toBe(60);

  // Presenter mode, by keyboard only.
  await page.locator("#present").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(slideTitle(page)).toHaveText("1. The caseload view");
  await expect(page.locator(".figure-number")).toHaveText(["48", "60"]);
  await page.keyboard.press("ArrowRight");
  await expect(slideTitle(page)).toHaveText("2. The workload view");
  await page.keyboard.press(" ");
  await expect(slideTitle(page)).toHaveText("3. Where the time goes");
  await page.keyboard.press("ArrowRight");
  await expect(slideTitle(page)).toHaveText("4. What would fix it");
  await expect(page.locator(".slide-list li").nth(1)).toContainText("to fit the contract week, serve");
  await page.keyboard.press("Home");
  await expect(slideTitle(page)).toHaveText("1. The caseload view");
  await page.keyboard.press("End");
  await expect(slideTitle(page)).toHaveText("4. What would fix it");
  await page.keyboard.press("ArrowRight");
  await expect(slideTitle(page)).toHaveText("4. What would fix it");
  await page.keyboard.press("ArrowLeft");
  await expect(slideTitle(page)).toHaveText("3. Where the time goes");
  // The page behind is inert: Tab stays on the presenter's own buttons, and Enter on one
  // presses it rather than stepping on.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement.closest("#presenter"))).toBe(true);
  }
  await page.getByRole("button", { name: "Previous step" }).focus();
  await page.keyboard.press("Enter");
  await expect(slideTitle(page)).toHaveText("2. The workload view");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.locator("#present")).toBeFocused();

  // The handout: one page in Letter and A4, without the controls, from the browser's own
  // print command (print media alone, no attribute set by the page's button).
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".picker")).toBeHidden();
  await expect(page.locator("input, select, button").filter({ visible: true })).toHaveCount(0);
  await expect(page.locator(".handout-title")).toContainText("Caseload versus workload: Example: typical school SLP, Same caseload at 0.8 FTE. Printed");
  await expect(headline(page)).toBeVisible();
  expect(await app.printedPages()).toEqual({ Letter: 1, A4: 1 });
});

test("the demonstration opens in one click: same headcount, engine-computed workloads, live what-ifs", async ({ page }) => {
  const app = new CalculatorPage(page);
  await page.goto("/compare/");
  // One scenario saved: an invitation, not an empty comparison.
  await expect(page.getByText("You have one scenario.")).toBeVisible();
  await page.getByRole("button", { name: "Open the demonstration: same caseload, different workload" }).click();
  await expect(headline(page)).toHaveText("Same caseload: 48 students each; 30.2 hours versus 55.7 hours of work a week.");
  await expect(statusLines(page)).toHaveText([
    "Provider A: one school, lighter needs: 80.4% of contract time, room in the week; needs 0.8 FTE.",
    "Provider B: three schools, intensive needs: 148.5% of contract time, over capacity; needs 1.48 FTE.",
  ]);
  await expect(page.locator(".weeks-chart")).toHaveAttribute("aria-label", /Provider B: three schools, intensive needs: direct 27\.4 h/);

  const b = page.locator("fieldset.what-if", { hasText: "Provider B" });
  await b.getByLabel("3:1 model").check();
  await expect(headline(page)).toContainText("versus 55.7 hours");
  await b.getByLabel("FTE serving this caseload").fill("1.5");
  await expect(statusLines(page).nth(1)).toContainText("99.0% of contract time, at capacity");
  await b.getByLabel("FTE serving this caseload").fill("abc");
  await expect(b.getByText("FTE must be a number")).toBeVisible();
  await expect(statusLines(page).nth(1)).toContainText("99.0%");
  await b.getByRole("button", { name: "Reset" }).click();
  await expect(statusLines(page).nth(1)).toContainText("148.5%");

  // Saved only when asked; then the calculator can open them.
  await page.getByRole("button", { name: "Save the demonstration to my scenarios" }).click();
  await expect(page.getByText("Saved to your scenarios")).toBeVisible();
  await page.goto("/");
  await expect(app.scenario.locator("option")).toHaveText([
    "Example: typical school SLP", "Provider A: one school, lighter needs", "Provider B: three schools, intensive needs"]);
  await app.scenario.selectOption({ label: "Provider B: three schools, intensive needs" });
  await expect(app.headcount).toHaveText("48");
  await expect(app.utilization).toHaveText("148.5%");
});

test("opened as #demo, the message comes first; the handout of the demonstration prints on one page", async ({ page }) => {
  for (const size of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    await page.goto("/compare/#demo");
    await expect(headline(page)).toContainText("Same caseload");
    // Setup folded below; the headline, both weeks and what would fix them come first.
    await expect(page.locator("details.setup")).not.toHaveAttribute("open", "");
    const top = async (selector) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top + scrollY);
    const headlineAt = await top("#headline");
    const weeksAt = await top(".weeks-chart");
    const fixesAt = await top("#fixes-title");
    expect(headlineAt).toBeLessThan(weeksAt);
    expect(weeksAt).toBeLessThan(fixesAt);
    expect(fixesAt).toBeLessThan(await top("details.setup"));
    expect(fixesAt).toBeLessThan(await top(".what-ifs"));
    if (size.width > 1000) expect(weeksAt, "both weeks within the first screen").toBeLessThan(size.height);
    await page.screenshot({ path: `test-results/screens/demo-${size.width}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("input, select, button").filter({ visible: true })).toHaveCount(0);
  expect(await new CalculatorPage(page).printedPages()).toEqual({ Letter: 1, A4: 1 });
});

test("compare and presenter views have no accessibility violations; projector screenshots", async ({ page }) => {
  const app = new CalculatorPage(page);
  for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.goto("/compare/#demo");
    await expect(headline(page)).toContainText("Same caseload");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `sideways overflow at ${size.width}px`).toBeLessThanOrEqual(0);
    await app.expectAccessible();
    await page.screenshot({ path: `test-results/screens/compare-${size.width}.png`, fullPage: true, animations: "disabled" });
    await page.getByRole("button", { name: "Present full screen" }).click();
    for (let step = 1; step <= 4; step++) {
      await expect(slideTitle(page)).toHaveText(new RegExp(`^${step}\\. `));
      await page.screenshot({ path: `test-results/screens/present-${size.width}-${step}.png`, animations: "disabled" });
      const fits = await page.locator("#presenter").evaluate((e) => e.scrollHeight <= e.clientHeight + 1);
      expect(fits, `step ${step} fits ${size.width}x${size.height} without scrolling`).toBe(true);
      if (step === 2) await app.expectAccessible();
      await page.keyboard.press("ArrowRight");
    }
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
  }
});

test("scenarios: renamed, deleted after confirming, the last one kept; a version-1 save becomes one scenario", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  // A save from the first release (format 1: one workspace) is brought up to date.
  await page.getByRole("button", { name: "Duplicate as a what-if" }).click();
  await page.waitForFunction(() => localStorage.getItem("workload-calculator.data") !== null);
  const v1 = await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem("workload-calculator.data"));
    return JSON.stringify({ format: "workload-calculator", version: 1, data: saved.data.list[0].workspace });
  });
  await app.reloadWithSaved(v1);
  await expect(page.getByText("brought up to date from an earlier version (format 1)")).toBeVisible();
  await expect(app.scenarioName).toHaveValue("My caseload");
  await expect(app.headcount).toHaveText("48");

  await app.newCaseload({ name: "Second", usual: false });
  await expect(app.scenarioName).toHaveValue("Second");
  await app.scenarioName.fill("My caseload");
  await app.scenarioName.press("Enter");
  await expect(app.scenarioName).toHaveValue("My caseload (2)");

  const remove = page.getByRole("button", { name: "Delete", exact: true });
  page.once("dialog", (d) => d.dismiss());
  await remove.click();
  await expect(app.scenario.locator("option")).toHaveCount(2);
  page.once("dialog", (d) => {
    expect(d.message()).toBe('Delete the scenario "My caseload (2)", with its 0 students and 0 activities? ' +
      "Your other scenario stays as it is. This cannot be undone.");
    d.accept();
  });
  await remove.click();
  await expect(app.scenario.locator("option")).toHaveCount(1);
  await expect(app.headcount).toHaveText("48");
  page.once("dialog", (d) => { expect(d.message()).toContain("It is your only one"); d.accept(); });
  await remove.click();
  await expect(app.scenario.locator("option")).toHaveCount(1);
  await expect(app.headcount).toHaveText("0");
  await page.reload();
  await expect(app.scenario.locator("option")).toHaveText(["My caseload"]);
});
