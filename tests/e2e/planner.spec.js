// The 3:1 planner page, as a user meets it, against the release build.
import { test, expect } from "./fixtures.js";
import { CalculatorPage } from "./app.js";

async function openPlanner(page) {
  const app = new CalculatorPage(page);
  await page.goto("/planner/");
  await expect(page.locator("#year-counts")).toBeVisible();
  return app;
}

test("a year with a break, switched to 3:1: indirect weeks, .ics, checklist, all kept across a reload", async ({ page }) => {
  const app = await openPlanner(page);
  // The typical 2026-27 year: 38 school weeks; traditional until 3:1 is chosen.
  await expect(page.locator("#year-counts")).toContainText("School weeks38");
  await expect(page.locator("#indirect-weeks")).toContainText("choose a 3:1 model");

  await page.getByLabel("Service delivery model").selectOption({ label: "3:1, indirect week 4th in each cycle" });
  await expect(page.locator("#indirect-weeks li")).toHaveCount(9);
  await expect(page.locator("#indirect-weeks li").nth(1)).toHaveText("Cycle 2: Oct 26 – Oct 30, 2026");

  // A fall break of a whole week moves every later indirect week by a week.
  await page.getByRole("button", { name: "Add a break or day off" }).click();
  await page.locator(":focus").fill("Fall break");
  const row = page.locator("li.row", { has: page.locator(":focus") });
  await row.getByLabel("First day").fill("2026-10-19");
  await row.getByLabel("Last day").fill("2026-10-23");
  await expect(page.locator("#year-counts")).toContainText("School weeks37");
  await expect(page.locator("#indirect-weeks li").nth(1)).toHaveText("Cycle 2: Nov 2 – Nov 6, 2026");
  await expect(page.locator("table.month td.off", { hasText: "19" }).first()).toHaveAttribute("title", "Fall break");
  // Thanksgiving week keeps two school days: a short week, labelled as such.
  await expect(page.locator("table.month tbody th", { hasText: "short" })).not.toHaveCount(0);

  // A four-day week (Monday to Thursday) changes no week count here, only the days.
  await page.getByLabel("School days per week").fill("4");
  await expect(page.locator("#indirect-weeks li").nth(1)).toHaveText("Cycle 2: Nov 2 – Nov 5, 2026");
  await page.getByLabel("School days per week").fill("5");

  const { name, text: ics } = await app.download(page.getByRole("button", { name: "Download the indirect weeks (.ics)" }));
  expect(name).toBe("indirect-weeks.ics");
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(9);
  expect(ics).toContain("DTSTART;VALUE=DATE:20261102\r\n");
  expect(ics).toContain("UID:indirect-week-20261102@workload-calculator\r\n");

  // Tick a task in cycle 2; cycle 3 shows the others as carried over.
  await page.getByLabel("Cycle", { exact: true }).selectOption("2");
  await page.getByLabel("Done: Consult with classroom teachers").check();
  await page.getByLabel("Cycle", { exact: true }).selectOption("3");
  await expect(page.getByText("Carried over from cycle 2")).toHaveCount(5);

  await page.reload();
  await expect(page.getByLabel("Service delivery model")).toHaveValue("three_to_one_fourth");
  await expect(page.locator("#indirect-weeks li").nth(1)).toHaveText("Cycle 2: Nov 2 – Nov 6, 2026");
  await expect(page.getByLabel("Name").last()).toHaveValue("Fall break");
  await page.getByLabel("Cycle", { exact: true }).selectOption("2");
  await expect(page.getByLabel("Done: Consult with classroom teachers")).toBeChecked();
});

test("impossible dates are explained and the calendar waits for a fix", async ({ page }) => {
  await openPlanner(page);
  await page.getByLabel("Last day of school").fill("2026-08-01");
  await expect(page.getByRole("alert")).toContainText("The last day of school is before the first day.");
  await expect(page.locator("#year-counts")).toHaveCount(0);
  await page.getByLabel("Last day of school").fill("2027-06-18");
  await expect(page.locator("#year-counts")).toContainText("School weeks38");

  const spring = page.locator("li.row", { has: page.getByRole("button", { name: "Remove Spring break" }) });
  await spring.getByLabel("Last day").fill("2027-03-01");
  await expect(page.getByRole("alert")).toContainText("Spring break: it ends before it starts.");
});

test("minutes convert both ways, with the IEP wording, and both models compare", async ({ page }) => {
  await openPlanner(page);
  // S-students of the typical week see 60 direct minutes a week (30 twice).
  await expect(page.locator("#student-conversions tbody tr").first()).toContainText(
    "80 minutes weekly for 3 out of 4 weeks (240 minutes per 4-week cycle)");
  const converter = page.locator("section[aria-labelledby=converter-title]");
  await converter.getByLabel("Minutes", { exact: true }).fill("60");
  await expect(page.locator("#converter-result")).toContainText("Weekly average45 min");
  await expect(page.locator(".wording")).toHaveText("60 minutes weekly for 3 out of 4 weeks (180 minutes per 4-week cycle)");
  await converter.getByLabel("Counted").selectOption("cycle");
  await expect(page.locator("#converter-result")).toContainText("Each direct week20 min");

  // The same total; direct weeks carry a third more direct service (22.0 → 29.3 hours).
  const rows = page.locator("#model-comparison tbody tr");
  await expect(rows.nth(0).locator("td")).toHaveText(["37.1 h", "37.1 h"]);
  await expect(rows.nth(2)).toContainText("Direct service in a direct week");
  await expect(rows.nth(2).locator("td")).toHaveText(["22.0 h", "29.3 h"]);
  await expect(rows.nth(3).locator("td").first()).toHaveText("no indirect week");
});

test("the year calendar prints on one page, from the browser's own print command too", async ({ page }) => {
  const app = await openPlanner(page);
  await page.getByLabel("Service delivery model").selectOption({ label: "3:1, indirect week 4th in each cycle" });
  // The browser's own print command (print media alone) prints what the button prints.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#year-calendar")).toBeVisible();
  await expect(page.locator("input, select, button").filter({ visible: true })).toHaveCount(0);
  expect(await app.printedPages()).toEqual({ Letter: 1, A4: 1 });
});

test("the planner fits a phone and a Chromebook without sideways scrolling", async ({ page }) => {
  for (const size of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
    await page.setViewportSize(size);
    await openPlanner(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `sideways overflow at ${size.width}px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/planner-390.png", fullPage: false });
});

test("one navigation on every page, the current page marked", async ({ page }) => {
  const pages = [
    ["/", "Calculator"],
    ["/caseload/", "Caseload"],
    ["/planner/", "3:1 planner and school year"],
    ["/indirect/", "Indirect services"],
    ["/schedule/", "Weekly schedule"],
    ["/time-study/", "Time study"],
    ["/compare/", "Compare and present"],
    ["/team/", "Team staffing"],
    ["/data/", "Import, export and share"],
    ["/report/", "Printable report"],
  ];
  for (const [path, current] of pages) {
    await page.goto(path);
    const nav = page.getByRole("navigation", { name: "Pages" });
    await expect(nav.getByRole("link")).toHaveText(pages.map(([, name]) => name));
    await expect(nav.locator('[aria-current="page"]')).toHaveText(current);
    // Each link goes where it says, from every page.
    for (const [target, name] of pages) {
      const href = await nav.getByRole("link", { name, exact: true }).getAttribute("href");
      expect(new URL(href, page.url()).pathname).toBe(target);
    }
  }
  // The spreadsheet import, reached from the data page, has the same links and none marked.
  await page.goto("/spreadsheet/");
  const nav = page.getByRole("navigation", { name: "Pages" });
  await expect(nav.getByRole("link")).toHaveText(pages.map(([, name]) => name));
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "3:1 planner and school year" }).click();
  await expect(page.locator("#year-counts")).toBeVisible();
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Calculator" }).click();
  await expect(new CalculatorPage(page).headcount).toHaveText("48");
});

test("the planner has no accessibility violations (axe, WCAG 2.2 AA)", async ({ page }) => {
  const app = await openPlanner(page);
  await page.getByLabel("Service delivery model").selectOption({ label: "3:1, indirect week 4th in each cycle" });
  await app.expectAccessible();
  await page.screenshot({ path: "test-results/screens/planner-1366.png", fullPage: true });
});

test("the planner works on the open scenario, and switching there switches everywhere", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByRole("button", { name: "Duplicate as a what-if" }).click();
  await expect(app.scenarioName).toHaveValue("What if: Example: typical school SLP");
  await page.goto("/planner/");
  await expect(app.scenario.locator("option:checked")).toHaveText("What if: Example: typical school SLP");
  await page.getByLabel("Service delivery model").selectOption({ label: "3:1, indirect week 4th in each cycle" });
  await expect(page.locator("#indirect-weeks li")).toHaveCount(9);
  await app.scenario.selectOption({ label: "Example: typical school SLP" });
  await expect(page.getByLabel("Service delivery model")).toHaveValue("traditional");
  await expect(page.locator("#indirect-weeks")).toContainText("choose a 3:1 model");
  await page.goto("/");
  await expect(app.scenario.locator("option:checked")).toHaveText("Example: typical school SLP");
  await app.scenario.selectOption({ label: "What if: Example: typical school SLP" });
  await expect(page.getByLabel("Service delivery model")).toHaveValue("three_to_one_fourth");
});

test("undo in the planner keeps focus in the same day off", async ({ page }) => {
  await openPlanner(page);
  const spring = page.locator("li.row", { has: page.getByRole("button", { name: "Remove Spring break" }) });
  const lastDay = spring.getByLabel("Last day");
  const before = await lastDay.inputValue();
  // A one-day break: its last day is its first.
  const oneDay = await spring.getByLabel("First day").inputValue();
  await lastDay.fill(oneDay);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(lastDay).toHaveValue(before);
  await expect(lastDay).toBeFocused();
  await page.keyboard.press("Control+Shift+z");
  await expect(lastDay).toHaveValue(oneDay);
  await expect(lastDay).toBeFocused();
});
