// Nothing a user saves is ever refused, lost or overwritten: each defect found by trying the
// app as a new user would, tried again here.
import { test, expect } from "./fixtures.js";
import { CalculatorPage, fillStorage, freeStorage } from "./app.js";

const DATA_KEY = "workload-calculator.data";

const saved = (page) => page.evaluate((key) => localStorage.getItem(key), DATA_KEY);

/** Waits for the debounced save (300 ms) to have happened. */
const afterSaving = (page) => page.waitForTimeout(700);

test("a tiny number of years between re-evaluations is refused in words and never saved", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await afterSaving(page);
  const before = await saved(page);
  // Standard times are with the students they apply to, on the caseload page.
  await app.openCaseload();
  await page.getByText("Show and edit the standard times").click();
  const years = app.field("Years between re-evaluations");
  await expect(years).toHaveValue("3");
  for (const typed of ["1e-309", "0.005"]) {
    await years.fill(typed);
    await expect(page.getByText("Years between must be at least 0.5.")).toBeVisible();
    await expect(years).toHaveAttribute("aria-invalid", "true");
  }
  await afterSaving(page);
  expect(await saved(page)).toBe(before);
  await page.reload();
  await expect(app.studentCount).toHaveText("48 students");
  await expect(page.locator(".notice")).toHaveCount(0);
});

test("what the app makes is what its own restore takes back: a 1.5 FTE what-if, a long label copied", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.openCaseload();
  // A student label at the longest, copied twice.
  await page.getByRole("button", { name: "Edit S01" }).click();
  await page.getByLabel("Student label").fill("X".repeat(40));
  await page.getByRole("button", { name: "Duplicate " + "X".repeat(40) }).click();
  await expect(page.getByLabel("Student label").last()).toHaveValue("X".repeat(33) + " (copy)");

  // A what-if with 1.5 FTE serving the caseload, saved as a scenario.
  await page.goto("compare/");
  await page.getByLabel("Example: typical school SLP", { exact: true }).check();
  const fte = page.getByLabel("FTE serving this caseload");
  await fte.fill("1.5");
  await page.getByRole("button", { name: "Save as a new scenario" }).click();
  await expect(page.getByText('Saved as "What if: Example: typical school SLP".')).toBeVisible();

  // Backed up, then restored by the app itself, figure for figure.
  await page.goto("data/");
  const { text } = await app.download(page.getByRole("button", { name: "Download a backup (.json)" }));
  expect(JSON.parse(text).data.list[1].workspace.profile.fte).toBe(1.5);
  await page.locator("#restore-file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(text) });
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Replace everything here with them" }).click();
  await expect(page.locator("#backup-status")).toHaveText("Restored 2 scenarios from the file.");
  await page.goto("./");
  await app.scenario.selectOption({ label: "What if: Example: typical school SLP" });
  await expect(app.field("FTE")).toHaveValue("1.5");
});

test("unreadable saved data is never written over until the user chooses, and is copied aside once", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  const corrupt = '{"format":"workload-calculator","version":1,"data":{"profile":"broken';
  await app.reloadWithSaved(corrupt);
  await expect(page.getByText("The saved data could not be read")).toBeVisible();
  await expect(page.getByText("nothing you do here is saved over it until you choose")).toBeVisible();
  // Opening a page again makes no copies; editing writes nothing.
  await app.openCaseload();
  await page.getByRole("button", { name: "Add a student" }).click();
  await expect(app.studentCount).toHaveText("1 student");
  await afterSaving(page);
  expect(await saved(page)).toBe(corrupt);
  expect(await app.backups()).toEqual([]);
  const { text } = await app.download(page.getByRole("button", { name: "Download the data as it was" }));
  expect(text).toBe(corrupt);

  await page.getByRole("button", { name: "Start fresh, keeping it aside" }).click();
  await expect(page.getByText("The data that could not be read is kept in this browser under")).toBeVisible();
  expect(await app.backups()).toEqual([corrupt]);
  await afterSaving(page);
  expect(JSON.parse(await saved(page)).data.list[0].workspace.students).toHaveLength(1);
  await page.reload();
  await expect(app.studentCount).toHaveText("1 student");
  expect(await app.backups()).toEqual([corrupt]);
});

test("data from a newer version stays as it is, and is not copied aside when there is no room", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  const newer = '{"format":"workload-calculator","version":99,"data":{"future":true}}';
  await app.reloadWithSaved(newer);
  await expect(page.getByText("written by a newer version")).toBeVisible();
  await app.field("FTE").fill("0.5");
  await afterSaving(page);
  expect(await saved(page)).toBe(newer);
  // No room for the copy: nothing is written over the original.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k.startsWith("workload-calculator.backup.")) throw new DOMException("full", "QuotaExceededError");
      return setItem.call(this, k, v);
    };
  });
  await page.getByRole("button", { name: "Start fresh, keeping it aside" }).click();
  await expect(page.getByText("could not be copied aside")).toBeVisible();
  await afterSaving(page);
  expect(await saved(page)).toBe(newer);
  expect(await app.backups()).toEqual([]);
});

test("a failed save keeps the change waiting, says what is not saved, and saves it later", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.openCaseload();
  await afterSaving(page);
  await fillStorage(page);
  await page.getByRole("button", { name: "Add a student" }).click();
  await expect(page.getByText(/your changes since then are not|Your changes in this tab are not saved/)).toBeVisible();
  await expect(page.getByText("this browser's storage is full")).toBeVisible();
  await freeStorage(page);
  // Leaving the page (or hiding it) saves what is waiting, with no further change.
  await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
  expect(JSON.parse(await saved(page)).data.list[0].workspace.students).toHaveLength(49);
  await page.getByRole("button", { name: "Add a student" }).click();
  await expect(page.getByText("storage is full")).toBeHidden();
  await page.reload();
  await expect(app.studentCount).toHaveText("50 students");
});

test("two tabs: another tab's save never drops this tab's unsaved changes", async ({ page, context }) => {
  const first = new CalculatorPage(page);
  await first.open();
  await afterSaving(page);
  const secondPage = await context.newPage();
  const second = new CalculatorPage(secondPage);
  await second.open();

  // This tab's change cannot be saved (storage full) when the other tab saves its own.
  await fillStorage(page);
  await first.field("FTE").fill("0.8");
  await expect(page.getByText("this browser's storage is full")).toBeVisible();
  await second.field("FTE").fill("0.5");

  await expect(page.getByText("Both are kept")).toBeVisible();
  await expect(first.scenario.locator("option")).toHaveText(["Example: typical school SLP", "Example: typical school SLP (this tab's version)"]);
  await expect(first.scenarioName).toHaveValue("Example: typical school SLP (this tab's version)");
  await expect(first.field("FTE")).toHaveValue("0.8");
  // Once storage has room, both are saved, and the other tab sees both.
  await freeStorage(page);
  await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
  const both = JSON.parse(await saved(page)).data.list.map((s) => [s.name, s.workspace.profile.fte]);
  expect(both).toEqual([["Example: typical school SLP", 0.5], ["Example: typical school SLP (this tab's version)", 0.8]]);
  await expect(second.scenario.locator("option")).toHaveCount(2);
});

test("a share link leaves no trace in the address bar or the history", async ({ page, browser }) => {
  await page.goto("data/");
  await page.getByRole("button", { name: "Create the link" }).click();
  const link = await page.locator("#share-link").inputValue();
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(link);
  await expect(elsewhere.locator("#shared-title")).toHaveText("A shared scenario: Example: typical school SLP");
  expect(elsewhere.url()).not.toContain("share=");
  expect(await elsewhere.evaluate(() => location.hash)).toBe("");
  await elsewhere.goBack().catch(() => {});
  expect(elsewhere.url()).not.toContain("share=");
  await other.close();
});

test("a backup dated in the year 9999 is refused in words; saved data from one is brought into range", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.field("FTE").fill("0.9");
  await afterSaving(page);
  const far = JSON.parse(await saved(page));
  far.data.list[0].workspace.school_year.last_day = "9999-12-31";
  await page.goto("data/");
  await page.locator("#restore-file").setInputFiles({ name: "far.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(far)) });
  await expect(page.getByRole("alert")).toContainText("school_year.last_day: The year 9999 is outside the years this app plans (2000 to 2100).");

  // The same data in the browser (as an older version could have saved it): the planner
  // opens, says what was brought within range, keeps the original aside, and explains
  // what is left to fix (a year that long cannot be planned).
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DATA_KEY, JSON.stringify(far)]);
  await page.goto("planner/");
  await expect(page.getByText("were brought within range")).toBeVisible();
  await expect(page.getByText("school_year.last_day: The year 9999 is outside")).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("The school year is longer than 400 days");
  expect(await app.backups()).toEqual([JSON.stringify(far)]);
});

test("a spreadsheet headed like names is warned about before anything is imported", async ({ page }) => {
  await page.goto("spreadsheet/");
  await page.getByLabel("Or paste the cells").fill("Student Name,Service\nMaria Lopez,30 min weekly\nS02,30 min weekly\n");
  await page.getByLabel("Or paste the cells").blur();
  await expect(page.getByText('The column "Student Name" is headed like people\'s names')).toBeVisible();
  await expect(page.getByText("1 of the labels look like names")).toBeVisible();
});

test("the report prints the report with the browser's own print command, 60 students on two pages", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.openCaseload();
  // The realistic worst case: a 60-student caseload.
  for (let i = 0; i < 12; i++) await page.getByRole("button", { name: "Add a student" }).click();
  await expect(app.studentCount).toHaveText("60 students");
  await page.waitForTimeout(600); // saved
  await page.goto("report/");
  await expect(page.locator("#report-title")).toHaveText("Workload report: Example: typical school SLP");
  await expect(page.locator("#assumptions")).toBeVisible();
  // No attribute set by the page's button: print media alone, as Ctrl+P gives.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".toolbar")).toBeHidden();
  await expect(page.locator("#student-times tbody tr")).toHaveCount(60);
  await expect(page.locator("input, select, button").filter({ visible: true })).toHaveCount(0);
  const pages = await app.printedPages();
  expect(pages.Letter).toBeLessThanOrEqual(2);
  expect(pages.A4).toBeLessThanOrEqual(2);
});
