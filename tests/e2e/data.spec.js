// Data in and out, as a user meets it, against the release build: spreadsheets, backups,
// share links, the printed report, undo and two tabs.
import { test, expect } from "./fixtures.js";
import { CalculatorPage } from "./app.js";

const DATA_KEY = "workload-calculator.data";
const saved = (page) => page.evaluate((key) => localStorage.getItem(key), DATA_KEY);
const file = (name, text) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });

test("pasted cells are previewed as they arrive, before leaving the box", async ({ page }) => {
  await page.goto("/spreadsheet/");
  const box = page.getByLabel("Or paste the cells");
  await box.focus();
  await page.keyboard.insertText("ID\tService\nK3-07\t30 min 2x/week\n");
  await expect(box).toBeFocused();
  await expect(page.locator("#csv-preview tbody td.reads-as")).toHaveText(["K3-07: 2 × 30 min a week, pull-out"]);
  await page.keyboard.insertText("K3-08\t45 min/month\n");
  await expect(page.locator("#csv-preview tbody td.reads-as")).toHaveText([
    "K3-07: 2 × 30 min a week, pull-out", "K3-08: 45 min per 4-week cycle, pull-out"]);
});

test("a spreadsheet with a bad row: the row is reported by line, the rest imported after agreeing", async ({ page }) => {
  const app = new CalculatorPage(page);
  await page.goto("/spreadsheet/");
  const csv = "\ufeffStudent;Plan;Grade;School;Freq;Group\r\n" +
    "A1;IEP;2;Lincoln;30 min 2x/week;Red\r\n" +
    "A2;504;7;Jefferson;60 min/month;\r\n" +
    "A3;IEP;K;Lincoln;whenever;\r\n" +
    "A4;IEP;3;Lincoln;2x30 weekly;Red\r\n";
  await page.locator("#csv-file").setInputFiles(file("caseload.csv", csv));
  await expect(page.locator("#csv-preview")).toBeVisible();
  // "Freq" is not a heading the importer knows, but what the column holds is recognised.
  await expect(page.getByLabel("Freq")).toHaveValue("frequency");
  // Each row says how it reads: a month is a 4-week cycle, in so many words.
  await expect(page.locator("#csv-preview tbody td.reads-as")).toHaveText([
    "A1: 2 × 30 min a week, pull-out, group Red",
    "A2: 60 min per 4-week cycle, pull-out",
    'Not imported: "whenever" does not say minutes or how often (try "30 min 2x/week").',
    "A4: 2 × 30 min a week, pull-out, group Red",
  ]);
  // Choosing another meaning for a column reads the rows again at once.
  await page.getByLabel("Freq").selectOption("ignore");
  await expect(page.locator("#csv-outcome")).toContainText("no minutes per session");
  await page.getByLabel("Freq").selectOption("frequency");
  await expect(page.locator("#csv-outcome")).toContainText("Line 4: \"whenever\" does not say minutes or how often");
  await expect(page.locator("#csv-outcome [role=alert] li")).toHaveCount(1);
  await page.getByLabel("Make a new scenario of them").check();
  await page.getByRole("button", { name: "Skip 1 rows and import 3 rows" }).click();
  await expect(page.locator("#csv-status")).toHaveText(
    "Imported 3 students into \"Imported caseload\". They are on the Caseload page; their week is on the calculator.");
  await page.goto("/");
  await expect(app.scenarioName).toHaveValue("Imported caseload");
  await expect(app.headcount).toHaveText("3");
});

test("the import is a page of its own, reached from the data page and the calculator", async ({ page }) => {
  await page.goto("/data/#spreadsheet");
  await page.locator("#spreadsheet").getByRole("link", { name: "Import from a spreadsheet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import from a spreadsheet");
  await expect(page.getByLabel("Or paste the cells")).toBeVisible();
  await page.goto("/");
  await page.getByRole("link", { name: "or bring them from a spreadsheet" }).click();
  await expect(page).toHaveURL(/\/spreadsheet\/$/);
});

test("a backup restores every figure; a broken file is refused in words and changes nothing", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByRole("button", { name: "Duplicate as a what-if" }).click();
  await app.field("FTE").fill("0.8");
  await expect(app.utilization).toHaveText("123.8%");
  const before = {
    utilization: await app.utilization.textContent(),
    table: await page.locator("#category-table").textContent(),
    summary: await app.summary.textContent(),
    scenarios: await app.scenario.locator("option").allTextContents(),
  };
  await page.goto("/data/");
  const { name, text } = await app.download(page.getByRole("button", { name: "Download a backup (.json)" }));
  expect(name).toMatch(/^workload-calculator-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(text).version).toBe(7);

  // A broken file: refused with where and why, nothing changed.
  const untouched = await saved(page);
  const broken = JSON.parse(text);
  broken.data.list[1].workspace.students[3].services[0].rate.minutes = "thirty";
  await page.locator("#restore-file").setInputFiles(file("broken.json", JSON.stringify(broken)));
  await expect(page.getByRole("alert")).toContainText("\"broken.json\" was not imported. A field in this file is damaged");
  await expect(page.getByRole("alert")).toContainText("list[1].workspace.students[3].services[0].rate.minutes: invalid type: string \"thirty\"");
  await expect(page.getByRole("alert")).toContainText("Your data here is unchanged.");
  await page.locator("#restore-file").setInputFiles(file("notes.txt", "these are not the droids"));
  await expect(page.getByRole("alert")).toContainText("not JSON");
  expect(await saved(page)).toBe(untouched);

  // Everything cleared, then restored from the file.
  await page.evaluate(() => localStorage.clear());
  await page.goto("/");
  await expect(app.scenario.locator("option")).toHaveCount(1);
  await page.goto("/data/");
  await page.locator("#restore-file").setInputFiles(file(name, text));
  await expect(page.locator("#restore-choice")).toContainText("holds 2 scenarios: Example: typical school SLP, What if: Example: typical school SLP");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Replace everything here with them" }).click();
  await expect(page.locator("#backup-status")).toHaveText("Restored 2 scenarios from the file.");
  await page.goto("/");
  await expect(app.scenario.locator("option")).toHaveText(before.scenarios);
  await expect(app.utilization).toHaveText(before.utilization);
  await expect(page.locator("#category-table")).toHaveText(before.table);
  await expect(app.summary).toHaveText(before.summary);
});

test("a full list of scenarios: adding is refused in the same words everywhere, and a backup adds what fits", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.goto("/data/");
  const { text } = await app.download(page.getByRole("button", { name: "Download a backup (.json)" }));
  const backup = JSON.parse(text);
  const one = backup.data.list[0];
  // 29 saved scenarios; the backup holds two more.
  const saved29 = structuredClone(backup);
  saved29.data.list = Array.from({ length: 29 }, (_, i) => ({ ...one, id: i + 1, name: `Scenario ${i + 1}` }));
  saved29.data.active = 1;
  saved29.data.next_id = 30;
  backup.data.list = [{ ...one, id: 1, name: "From file A" }, { ...one, id: 2, name: "From file B" }];
  await app.reloadWithSaved(JSON.stringify(saved29));
  await page.locator("#restore-file").setInputFiles(file("two.json", JSON.stringify(backup)));
  await expect(page.locator("#restore-choice")).toContainText("holds 2 scenarios: From file A, From file B");
  await page.getByRole("button", { name: "Add them as new scenarios" }).click();
  await expect(page.locator("#backup-status")).toHaveText(
    "Added 1: From file A. Not added: From file B. The list of scenarios is full: this app keeps at most 30. " +
    "Delete one you no longer need to make room.");

  await page.goto("/");
  await expect(app.scenario.locator("option")).toHaveCount(30);
  const message = new Promise((resolve) => page.once("dialog", (d) => { resolve(d.message()); d.accept(); }));
  await page.getByRole("button", { name: "New caseload" }).click();
  await page.getByRole("button", { name: "Create the caseload" }).click();
  expect(await message).toBe("The list of scenarios is full: this app keeps at most 30. Delete one you no longer need to make room.");
  await expect(app.scenario.locator("option")).toHaveCount(30);
});

test("a share link opens the scenario elsewhere and offers to save it; names are refused", async ({ page, browser, context }) => {
  const app = new CalculatorPage(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/data/");
  await expect(page.getByText("anyone who gets the link can read it")).toBeVisible();
  await page.getByRole("button", { name: "Create the link" }).click();
  const link = await page.locator("#share-link").inputValue();
  // One click copies the whole link, and says so.
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByText("Copied: paste it into an email or a message.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/data\/#share=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(3000);

  // Another browser profile: nothing saved there.
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  const requests = [];
  elsewhere.on("request", (r) => requests.push(r.url()));
  await elsewhere.goto(link);
  await expect(elsewhere.locator("#shared-title")).toHaveText("A shared scenario: Example: typical school SLP");
  await expect(elsewhere.locator(".shared .headline")).toHaveText("A caseload of 48 students; 37.1 hours of work a week.");
  await elsewhere.getByRole("button", { name: "Save to my scenarios" }).click();
  await expect(elsewhere.getByText("Saved to your scenarios and opened.")).toBeVisible();
  await elsewhere.getByRole("link", { name: "Go to the calculator" }).click();
  // A browser with nothing saved showed only the example: the shared caseload takes its place.
  await expect(elsewhere.getByLabel("Scenario", { exact: true }).locator("option")).toHaveText(["Example: typical school SLP"]);
  await expect(elsewhere.locator("#headcount")).toHaveText("48");
  expect(requests.every((u) => !u.includes("share="))).toBe(true);
  await other.close();

  // A damaged link is explained (opened afresh, as from an email).
  await page.goto("/");
  await page.goto(link.slice(0, link.length - 40));
  await expect(page.getByRole("alert")).toContainText("damaged or incomplete");

  // A label that looks like a name keeps the link from being made.
  await page.goto("/caseload/");
  await page.getByRole("button", { name: "Edit S01" }).click();
  await page.getByLabel("Student label").fill("Maria Lopez");
  await page.goto("/data/");
  await page.getByRole("button", { name: "Create the link" }).click();
  await expect(page.getByRole("alert")).toContainText("1 student labels look like names");
});

test("the administrator report prints on one or two pages with everything on it", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await page.getByRole("link", { name: "Printable report" }).click();
  await expect(page.locator("#report-title")).toHaveText("Workload report: Example: typical school SLP");
  await expect(page.locator("#report-assignment")).toHaveText(
    "Speech-language pathologist, 1 FTE; one building; Traditional: every week alike; 36 school weeks a year.");
  await page.emulateMedia({ media: "print" });
  for (const part of ["#report-title", ".report-date", "#headcount", "#category-table", ".week-chart", "#summary", "#student-times", "#assumptions"]) {
    await expect(page.locator(part).first(), part).toBeVisible();
  }
  await expect(page.locator("#student-times tbody tr")).toHaveCount(48);
  // Services read as the plan states them (not re-split into hour-long sessions).
  await expect(page.locator("#student-times tbody tr").first().locator("td.services")).toHaveText("2 × 30 min a week, pull-out");
  await expect(page.locator("#assumptions")).toContainText("Brief session notes, about 2 minutes per student per session");
  await expect(page.locator(".toolbar")).toBeHidden();
  await page.screenshot({ path: "test-results/screens/report-print.png", fullPage: true });
  const pages = await app.printedPages();
  expect(pages.Letter).toBeLessThanOrEqual(2);
  expect(pages.A4).toBeLessThanOrEqual(2);
  await app.expectAccessible();
});

test("undo and redo, by button and by keyboard", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await expect(page.getByRole("button", { name: "Undo", exact: true }).first()).toBeDisabled();
  await app.field("FTE").fill("0.8");
  await expect(app.utilization).toHaveText("123.8%");
  await page.keyboard.press("Control+z");
  await expect(app.utilization).toHaveText("99.1%");
  await expect(app.field("FTE")).toHaveValue("1");
  // The status line says what was undone, beside the buttons.
  await expect(page.locator(".status-strip .last-step")).toHaveText("Undid: FTE 0.8");
  // The forms are rebuilt, and the keyboard user is kept in the same field.
  await expect(app.field("FTE")).toBeFocused();
  await page.keyboard.press("Control+Shift+z");
  await expect(app.utilization).toHaveText("123.8%");
  await expect(app.field("FTE")).toHaveValue("0.8");
  await expect(app.field("FTE")).toBeFocused();
  await expect(page.locator(".status-strip .last-step")).toHaveText("Redid: FTE 0.8");

  // The caseload page, with a history of its own: S03's minutes changed, then a pause.
  await app.openCaseload();
  await expect(app.stripUtilization).toHaveText("123.8%");
  await page.getByRole("button", { name: "Edit S03" }).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("45");
  await expect(app.stripUtilization).not.toHaveText("123.8%");
  const withMinutes = await app.stripUtilization.textContent();
  await page.waitForTimeout(1100);
  // Two students' editors open: both stay open, and focus stays in the same student's field
  // (the other editor has a field of the same name).
  await page.getByRole("button", { name: "Edit S05" }).click();
  const focused = page.locator(":focus");
  const fifth = page.locator("li.student").filter({ has: page.getByRole("button", { name: /^(Edit|Close) (S05|Z9)$/ }) });
  await fifth.getByLabel("Student label").fill("Z9");
  await expect(page.getByRole("button", { name: "Close Z9" })).toBeVisible();
  await page.keyboard.press("Control+z");
  await expect(page.locator(".status-strip .last-step")).toHaveText("Undid: student Z9");
  await expect(page.getByRole("button", { name: "Close S05" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Close S03" })).toBeVisible();
  await expect(focused).toHaveValue("S05");
  await expect(focused).toHaveAccessibleName("Student label");
  await page.keyboard.press("Control+Shift+z");
  await expect(focused).toHaveValue("Z9");
  // A button named after the student is found again under its new name.
  await page.getByRole("button", { name: "Close Z9" }).focus();
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("button", { name: "Close S05" })).toBeFocused();
  await page.keyboard.press("Control+Shift+z");
  await expect(page.getByRole("button", { name: "Close Z9" })).toBeFocused();
  // The Undo button is not rebuilt: focus is left on it, not moved into the forms.
  const undoButton = page.locator(".status-strip").getByRole("button", { name: "Undo" });
  await undoButton.click();
  await expect(fifth.getByLabel("Student label")).toHaveValue("S05");
  await expect(undoButton).toBeFocused();
  await undoButton.click();
  await expect(app.stripUtilization).toHaveText("123.8%");
  await expect(page.locator(".status-strip .last-step")).toHaveText("Undid: student S03");
  await page.locator(".status-strip").getByRole("button", { name: "Redo" }).click();
  await expect(app.stripUtilization).toHaveText(withMinutes);
  await page.locator(".status-strip").getByRole("button", { name: "Redo" }).click();
  await expect(fifth.getByLabel("Student label")).toHaveValue("Z9");
  await expect(page.locator(".status-strip").getByRole("button", { name: "Redo" })).toBeDisabled();
  await page.reload();
  await expect(app.stripUtilization).toHaveText(withMinutes);
  await expect(page.locator("li.student").nth(4)).toContainText("Z9");
});

test("two tabs: an edit in one shows in the other, and neither overwrites the other unseen", async ({ page, context }) => {
  const first = new CalculatorPage(page);
  await first.open();
  const secondPage = await context.newPage();
  const second = new CalculatorPage(secondPage);
  await second.open();

  await first.field("FTE").fill("0.8");
  await expect(second.utilization).toHaveText("123.8%");
  await expect(secondPage.getByText("changes were just saved: they are shown here too")).toBeVisible();
  await expect(second.field("FTE")).toHaveValue("0.8");

  await secondPage.close();

  // A save this tab has not heard of yet (written behind its back, as by a tab whose
  // storage event is still on its way): its next edit overwrites neither.
  await page.evaluate((key) => {
    const data = JSON.parse(localStorage.getItem(key));
    data.data.list[0].name = "Renamed in another tab";
    localStorage.setItem(key, JSON.stringify(data));
  }, DATA_KEY);
  await first.field("FTE").fill("0.5");
  await expect(page.getByText("Both are kept")).toBeVisible();
  await expect(first.scenarioName).toHaveValue("Example: typical school SLP (this tab's version)");
  await expect(first.utilization).toHaveText("198.1%");
  await page.waitForTimeout(700);
  const list = JSON.parse(await saved(page)).data.list.map((s) => [s.name, s.workspace.profile.fte]);
  expect(list).toEqual([["Renamed in another tab", 0.8], ["Example: typical school SLP (this tab's version)", 0.5]]);
});

test("two tabs on different scenarios show each other's saves without writing them back", async ({ page, context }) => {
  // Count this page's own writes to the saved data.
  await context.addInitScript(() => {
    window.dataWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === "workload-calculator.data") window.dataWrites += 1;
      return setItem.call(this, key, value);
    };
  });
  const first = new CalculatorPage(page);
  await first.open();
  await page.getByRole("button", { name: "Duplicate as a what-if" }).click();
  await expect(first.scenarioName).toHaveValue("What if: Example: typical school SLP");
  await page.waitForFunction(() => window.dataWrites > 0);

  const secondPage = await context.newPage();
  const second = new CalculatorPage(secondPage);
  await second.open();
  await second.scenario.selectOption({ label: "Example: typical school SLP" });
  await second.field("FTE").fill("0.5");
  await expect(page.getByText("changes were just saved: they are shown here too")).toBeVisible();
  // The first tab takes in the other tab's data and keeps its own scenario open...
  await expect(first.scenarioName).toHaveValue("What if: Example: typical school SLP");
  const writesBefore = await page.evaluate(() => window.dataWrites);
  await page.waitForTimeout(1500);
  // ...and does not save it back (which would start two tabs overwriting each other).
  expect(await page.evaluate(() => window.dataWrites)).toBe(writesBefore);
  await expect(second.field("FTE")).toHaveValue("0.5");
});

test("the example can be added beside your own scenarios, and is labelled as the example", async ({ page }) => {
  const app = new CalculatorPage(page);
  await app.open();
  await app.newCaseload({ name: "Room 12" });
  await page.goto("data/");
  await page.getByRole("button", { name: "Add the example to my scenarios" }).click();
  await expect(page.locator("#example-status")).toHaveText('Added "Example: typical school SLP" to your scenarios and opened it.');
  await app.open();
  await expect(app.scenario.locator("option")).toHaveText(["Room 12", "Example: typical school SLP"]);
  await expect(app.scenarioName).toHaveValue("Example: typical school SLP");
  await expect(app.headcount).toHaveText("48");
});
