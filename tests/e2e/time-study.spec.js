// The time study page, as a user meets it, against the release build.
import { test, expect } from "./fixtures.js";
import { CalculatorPage } from "./app.js";

/** Opens the time study page and starts a study of `days` school days (a week unless
 *  told) from Monday 5 October 2026. */
async function startStudy(page, days = 5) {
  const app = new CalculatorPage(page);
  await page.goto("/time-study/");
  await page.getByLabel("First day").fill("2026-10-05");
  await page.getByLabel("How long").selectOption(String(days));
  await page.getByRole("button", { name: "Start the study" }).click();
  await expect(page.locator("#days-logged")).toHaveText(`0 of ${days}`);
  return app;
}

/** Logs `key`'s task in `count` intervals of study day `day`, from `slot` down. */
async function logDown(page, day, slot, key, count) {
  await cell(page, day, slot).focus();
  for (let i = 0; i < count; i++) await page.keyboard.press(key);
}

/** The planned and logged hours of a category in the plan-beside-the-study table. */
const planned = (page, category) =>
  page.locator("table.plan-vs-study tr", { hasText: new RegExp(`^${category}`) }).locator("td");

const cell = (page, day, slot) => page.locator(`#cell-${day}-${slot}`);

test("a week logged by keyboard only: totals, the plan beside them, undo, kept across a reload", async ({ page }) => {
  const app = await startStudy(page);
  await expect(page.locator(".week-title")).toHaveText("Week 1 of 1: Oct 5, 2026 to Oct 9, 2026");
  // Lunch is filled in ahead on every day (12:00 and 12:15) and is not work.
  await expect(cell(page, 0, 16)).toContainText("Lunch and breaks");

  // Monday 8:00 to 10:00: the first cell, then Shift and the down arrow over the rest.
  await cell(page, 0, 0).focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press("Shift+ArrowDown");
  await expect(page.locator('td[aria-selected="true"]')).toHaveCount(8);
  await page.keyboard.press("4"); // Evaluation and testing
  await expect(cell(page, 0, 7)).toContainText("Evaluation and testing");
  // Tuesday 8:00 to 9:00, an IEP meeting: one key per interval, each moving down.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Home");
  await expect(cell(page, 1, 0)).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press("5");
  await expect(cell(page, 1, 4)).toBeFocused();

  await expect(page.locator("#days-logged")).toHaveText("2 of 5");
  await expect(page.locator("#work-hours")).toHaveText("3.0 h");
  const direct = page.locator("table.study-categories tr", { hasText: /^Direct services/ });
  await expect(direct.locator("td")).toHaveText(["2.0", "66.7"]);
  const paperwork = page.locator("table.study-categories tr", { hasText: /^Paperwork and compliance/ });
  await expect(paperwork.locator("td")).toHaveText(["1.0", "33.3"]);
  // Two days of 3 hours' work, over a 5-day week: 7.5 hours a week.
  await expect(page.locator("#average-week")).toHaveText(
    "From 2 days logged, your average week holds 7.5 hours of work, 0.0 of them outside contract hours.");
  const planned = page.locator("table.plan-vs-study tr", { hasText: /^Direct services/ }).locator("td");
  await expect(planned.nth(1)).toHaveText("5.0");
  await expect(page.locator("#differences")).toContainText("Direct took");

  // Delete clears the focused interval; undo brings it back.
  await cell(page, 1, 3).focus();
  await page.keyboard.press("Delete");
  await expect(page.locator("#work-hours")).toHaveText("2.8 h");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator("#work-hours")).toHaveText("3.0 h");

  await page.reload();
  await expect(page.locator("#work-hours")).toHaveText("3.0 h");
  await expect(cell(page, 0, 0)).toContainText("Evaluation and testing");

  // The log for a spreadsheet: a row per interval.
  const { name, text } = await app.download(page.getByRole("button", { name: "Download the log (.csv)" }));
  expect(name).toBe("time-study-log.csv");
  const lines = text.replace(/^\ufeff/, "").split("\r\n");
  expect(lines[0]).toBe("Date,Start,End,When,Task,Category,Minutes");
  expect(lines[1]).toBe("2026-10-05,08:00,08:15,contract day,Evaluation and testing,Direct services,15");
  expect(lines.filter((l) => l.includes("IEP development and meetings"))).toHaveLength(4);
  await app.expectAccessible();

  // Printed with the browser's own command: the summary on one page, no grid, no controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".study-log")).toBeHidden();
  await expect(page.locator("input, select, button").filter({ visible: true })).toHaveCount(0);
  expect(await app.printedPages()).toEqual({ Letter: 1, A4: 1 });
});

test("the other pages carry the study unread: an edit on the calculator keeps every interval", async ({ page }) => {
  await startStudy(page);
  await cell(page, 2, 4).focus();
  await page.keyboard.press("8"); // Consultation with teachers
  await expect(page.locator("#work-hours")).toHaveText("0.3 h");
  // 45 minutes of reports that evening, and a district meeting of 2 hours a month.
  const evening = page.getByRole("region", { name: "Outside contract hours, Oct 7, 2026" });
  await evening.getByRole("button", { name: "Add time outside contract hours" }).click();
  await evening.getByLabel("Task").selectOption({ label: "Progress reports and documentation" });
  await evening.getByLabel("Minutes").fill("45");
  await evening.getByLabel("Minutes").press("Enter");
  await expect(page.locator("#overflow-hours")).toHaveText("0.8 h");
  const month = page.getByRole("region", { name: "Rare duties, minutes a month" });
  await month.getByRole("button", { name: "Add a monthly duty" }).click();
  await month.getByLabel("Task").selectOption({ label: "Staff meetings and PD" });
  await month.getByLabel("Minutes").fill("120");
  await month.getByLabel("Minutes").press("Enter");
  // One day logged: (15 + 45) minutes × 5 days, and 120 / 4 a week of the month's duty.
  await expect(page.locator("#average-week")).toHaveText(
    "From 1 day logged, your average week holds 5.5 hours of work, 3.8 of them outside contract hours.");
  await month.getByLabel("Minutes").fill("99999");
  await month.getByLabel("Minutes").press("Enter");
  await expect(month.getByRole("alert")).toHaveText("Minutes can be at most 10000.");

  // The calculator is built without the time study's code; it saves the whole scenario.
  const app = new CalculatorPage(page);
  await app.open();
  await app.field("FTE").fill("0.8");
  await expect(app.utilization).not.toHaveText("");
  await page.waitForFunction(() => localStorage.getItem("workload-calculator.data")?.includes('"fte":0.8'));

  await page.goto("/time-study/");
  await expect(page.locator("#work-hours")).toHaveText("0.3 h");
  await expect(page.locator("#overflow-hours")).toHaveText("0.8 h");
  await expect(cell(page, 2, 4)).toContainText("Consultation with teachers");
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("workload-calculator.data")));
  expect(saved.version).toBe(7);
  expect(saved.data.list[0].workspace.profile.fte).toBe(0.8);
});

test("a drag with the pointer logs every interval it crosses; a phone shows one day at a time", async ({ page }) => {
  await startStudy(page);
  await page.getByLabel("2 Therapy, group").check();
  await cell(page, 0, 5).scrollIntoViewIfNeeded();
  const from = await cell(page, 0, 0).boundingBox();
  const to = await cell(page, 0, 3).boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
  await page.mouse.up();
  // Logging changes no row's height: the pointer stayed over the cells it was meant for.
  expect((await cell(page, 0, 3).boundingBox()).y).toBe(to.y);
  for (let i = 0; i < 4; i++) await expect(cell(page, 0, i)).toContainText("Therapy, group");
  await expect(cell(page, 0, 4)).not.toContainText("Therapy");
  await expect(page.locator("#work-hours")).toHaveText("1.0 h");

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator("th.day:visible")).toHaveCount(1);
  await expect(page.locator("th.day:visible")).toContainText("Oct 5");
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page.locator("th.day:visible")).toContainText("Oct 6");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test("the study's days and hours change, keeping what was logged; removing it asks first and undoes", async ({ page }) => {
  await startStudy(page);
  await cell(page, 0, 0).focus();
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("1"); // 8:00 to 8:30, individual therapy
  await expect(page.locator("#work-hours")).toHaveText("0.5 h");

  await page.getByText("Change the study's days and hours").click();
  await page.getByLabel("Each interval").selectOption("30");
  await page.getByLabel("How long").selectOption("10");
  await page.getByRole("button", { name: "Change the study" }).click();
  await expect(page.locator("#days-logged")).toHaveText("1 of 10");
  await expect(page.locator("table.study-grid tbody tr")).toHaveCount(15);
  await expect(page.locator("#work-hours")).toHaveText("0.5 h");
  await expect(page.locator(".week-title")).toHaveText("Week 1 of 2: Oct 5, 2026 to Oct 9, 2026");

  // Leaving out Monday would lose its log: the page asks, and "no" changes nothing.
  page.once("dialog", (d) => d.dismiss());
  await page.getByLabel("Monday").uncheck();
  await page.getByRole("button", { name: "Change the study" }).click();
  await expect(page.locator("#days-logged")).toHaveText("1 of 10");

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Remove the study" }).click();
  await expect(page.getByRole("button", { name: "Start the study" })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator("#work-hours")).toHaveText("0.5 h");
});

test("tasks are renamed, moved to another category, added and removed, and the grid follows", async ({ page }) => {
  await startStudy(page);
  await page.getByText("Change the tasks").click();
  const tasks = page.locator("li.study-task");
  await expect(tasks).toHaveCount(19);
  // The first task becomes screenings, still direct; the last, "Other work", becomes lunch.
  await tasks.nth(0).getByLabel("Task").fill("Screenings");
  await tasks.nth(0).getByLabel("Task").press("Enter");
  await page.getByRole("button", { name: "Add a task" }).click();
  await expect(tasks).toHaveCount(20);
  await expect(tasks.nth(19)).toContainText("Key k");
  await tasks.nth(19).getByLabel("Task").fill("Bus duty");
  await tasks.nth(19).getByLabel("Task").press("Enter");
  await cell(page, 0, 0).focus();
  await page.keyboard.press("k");
  await expect(cell(page, 0, 0)).toContainText("Bus duty");
  await page.keyboard.press("1");
  await expect(cell(page, 0, 1)).toContainText("Screenings");
  await expect(page.locator("#work-hours")).toHaveText("0.5 h");
  await tasks.nth(19).getByLabel("Counts as").selectOption({ label: "Not work (lunch, breaks)" });
  await expect(page.locator("#work-hours")).toHaveText("0.3 h");
  // Removing a task that holds an interval asks first, then clears it.
  page.once("dialog", (d) => { expect(d.message()).toContain("\"Screenings\" holds 1 interval or entry logged"); d.accept(); });
  await tasks.nth(0).getByRole("button", { name: "Remove" }).click();
  await expect(tasks).toHaveCount(19);
  await expect(cell(page, 0, 1)).not.toContainText("Screenings");
  await expect(page.locator("#work-hours")).toHaveText("0.0 h");
});

test("a study travels in a backup and in a share link, and opens elsewhere as it was", async ({ page, browser }) => {
  const app = await startStudy(page);
  await cell(page, 0, 0).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("1");
  await expect(page.locator("#work-hours")).toHaveText("1.0 h");
  await page.waitForFunction(() => localStorage.getItem("workload-calculator.data")?.includes("time_study"));

  await page.goto("/data/");
  const { text } = await app.download(page.getByRole("button", { name: "Download a backup (.json)" }));
  const study = JSON.parse(text).data.list[0].workspace.time_study;
  expect(study.setup.start).toBe("2026-10-05");
  expect(study.days[0].intervals.slice(0, 5)).toEqual([study.tasks[0].id, study.tasks[0].id, study.tasks[0].id, study.tasks[0].id, null]);

  await page.getByRole("button", { name: "Create the link" }).click();
  const link = await page.locator("#share-link").inputValue();
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(link);
  await elsewhere.getByRole("button", { name: "Save to my scenarios" }).click();
  await expect(elsewhere.getByText("Saved to your scenarios and opened.")).toBeVisible();
  await elsewhere.goto(new URL("../time-study/", link).href);
  await expect(elsewhere.locator("#work-hours")).toHaveText("1.0 h");
  await expect(elsewhere.locator("#cell-0-3")).toContainText("Therapy, individual");
  await other.close();
});

test("the study's week becomes the scenario's activities: asked first, beyond what the students plan, undoable", async ({ page }) => {
  await startStudy(page);
  // Three hours of consultation on Monday and on Tuesday: 15 hours a week over 5 days.
  await logDown(page, 0, 0, "8", 12);
  await logDown(page, 1, 0, "8", 12);
  const indirect = planned(page, "Indirect services");
  await expect(indirect).toHaveText(["1.8", "15.0", "13.3"]);
  await expect(planned(page, "Other duties")).toHaveText(["2.8", "0.0", "-2.8"]);
  const use = page.getByRole("button", { name: "Use the study's week as this scenario's activities" });

  // "No" changes nothing.
  let question = "";
  page.once("dialog", (d) => { question = d.message(); d.dismiss(); });
  await use.click();
  expect(question).toMatch(/^Replace this scenario's \d+ activities with 1 task from the study's average week\?/);
  await expect(indirect).toHaveText(["1.8", "15.0", "13.3"]);

  page.once("dialog", (d) => d.accept());
  await use.click();
  await expect(page.locator(".use-study-week [role=status]")).toContainText("the activities were replaced with the study's week");
  // What the students plan stays; the rest of the indirect time is the study's consultation.
  await expect(indirect).toHaveText(["15.0", "15.0", "0.0"]);
  await expect(page.locator("#differences")).toContainText("Indirect took the time planned.");
  // Nothing logged as a duty: the duties the scenario planned are gone with its activities.
  await expect(planned(page, "Other duties")).toHaveText(["0.0", "0.0", "0.0"]);
  // The caseload's sessions plan more direct time than was logged: that difference stays.
  await expect(planned(page, "Direct services").first()).toHaveText("22.0");

  // One step: undo brings the activities back, redo the study's.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(indirect).toHaveText(["1.8", "15.0", "13.3"]);
  await expect(planned(page, "Other duties")).toHaveText(["2.8", "0.0", "-2.8"]);
  await expect(page.locator(".use-study-week [role=status]")).toHaveText("");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(indirect).toHaveText(["15.0", "15.0", "0.0"]);
  await expect(page.locator(".use-study-week [role=status]")).toContainText("the activities were replaced with the study's week");

  await page.reload();
  await expect(indirect).toHaveText(["15.0", "15.0", "0.0"]);
  await page.goto("/");
  // On the calculator: one indirect activity, the study's consultation, and no duties.
  const group = (key) => page.locator("details.category-group", { has: page.locator(`#activities-${key}`) });
  await expect(group("indirect").locator(".category-hours")).toHaveText(/^1 activity, /);
  await expect(group("duties").locator(".category-hours")).toHaveText("0 activities, 0.0 h a week");
  await expect(page.getByRole("button", { name: "Remove Consultation with teachers", includeHidden: true })).toBeAttached();
});

test("totals for a day, a week or the whole study; each day's bar; the heat map by weekday", async ({ page }) => {
  const app = await startStudy(page, 10);
  // Monday of week 1: an hour of individual therapy from 8:00; of week 2, an hour of reports.
  await logDown(page, 0, 0, "1", 4);
  await page.getByRole("button", { name: "Next week" }).click();
  await logDown(page, 5, 0, "6", 4);
  await expect(page.locator("#days-logged")).toHaveText("2 of 10");

  const direct = page.locator("table.study-categories tr", { hasText: /^Direct services/ }).locator("td");
  const paperwork = page.locator("table.study-categories tr", { hasText: /^Paperwork and compliance/ }).locator("td");
  await expect(page.locator(".study-results h3", { hasText: "time by category and task" })).toHaveText(
    "The whole study: time by category and task");
  await expect(direct).toHaveText(["1.0", "50.0"]);
  const choice = page.getByLabel("Show the time of");
  await choice.selectOption({ label: "Week of Oct 12, 2026" });
  await expect(page.locator(".study-results h3", { hasText: "time by category and task" })).toHaveText(
    "Week of Oct 12, 2026: time by category and task");
  await expect(direct).toHaveText(["0.0", "0.0"]);
  await expect(paperwork).toHaveText(["1.0", "100.0"]);
  await expect(page.locator("table.study-tasks tbody tr")).toHaveText([/^Progress reports and documentation/, /^Lunch and breaks/]);
  await choice.selectOption({ label: "Mon Oct 5, 2026" });
  await expect(direct).toHaveText(["1.0", "100.0"]);
  // The chosen part follows every edit.
  await page.getByRole("button", { name: "Previous week" }).click();
  await logDown(page, 0, 4, "1", 2);
  await expect(direct).toHaveText(["1.5", "100.0"]);

  // The pictures are folded until opened (drawn only then), by keyboard too.
  await expect(page.locator("ol.day-bars")).toHaveCount(0);
  await page.locator("summary", { hasText: "Each day, against the contract day" }).focus();
  await page.keyboard.press("Enter");
  // Each day's bar says its hours in words, and its parts to a screen reader (the bar itself
  // is hidden from one); the parts carry their words as tooltips too.
  const bars = page.locator("ol.day-bars > li");
  await expect(bars).toHaveCount(10);
  await expect(bars.nth(0).locator(".day-words")).toHaveText(
    "Mon Oct 5, 2026: 1.5 h of work: Direct services: 1.5 h; Lunch and breaks: 0.5 h");
  await expect(bars.nth(5).locator(".day-words")).toHaveText(
    "Mon Oct 12, 2026: 1.0 h of work: Paperwork and compliance: 1.0 h; Lunch and breaks: 0.5 h");
  await expect(bars.nth(0).locator("rect.cat-direct title")).toHaveText("Direct services: 1.5 h");
  await expect(page.locator(".bar-legend")).toContainText("Contract day 7.5 h");

  // The heat map: 8:00 on Mondays went once to therapy and once to reports (a tie goes to
  // the first category).
  await page.getByText("When the time goes").click();
  const heat = page.locator("table.heat-map");
  await expect(heat.locator("thead th")).toHaveText(["Time", "Mon", "Tue", "Wed", "Thu", "Fri"]);
  // Open, they follow every edit: Tuesday 8:00 logged as consultation.
  await logDown(page, 1, 0, "8", 1);
  await expect(bars.nth(1).locator(".day-words")).toHaveText(
    "Tue Oct 6, 2026: 0.3 h of work: Indirect services for students: 0.3 h; Lunch and breaks: 0.5 h");
  const at = (time) => heat.locator("tbody tr", { has: page.locator(`th:text-is("${time}")`) }).locator("td");
  // Only days with work logged count: one Tuesday so far.
  await expect(at("08:00").nth(1)).toHaveText("Indirect, 1 of 1 day");
  await expect(at("08:00").first()).toHaveText("Direct, 1 of 2 days");
  await expect(at("08:00").first()).toHaveClass("direct level-2");
  await expect(at("12:00").first()).toHaveText("Lunch and breaks, 2 of 2 days");
  await expect(at("12:00").nth(3)).toHaveText("Nothing logged");
  await expect(at("14:00").first()).toHaveText("Nothing logged");
  await app.expectAccessible();
});

test("the Now button goes to the interval under way today", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-10-13T09:20:00"));
  await startStudy(page, 10);
  await expect(page.locator(".week-title")).toHaveText("Week 1 of 2: Oct 5, 2026 to Oct 9, 2026");
  await page.getByRole("button", { name: "Now", exact: true }).click();
  // Tuesday of the second week, the 9:15 interval.
  await expect(page.locator(".week-title")).toHaveText("Week 2 of 2: Oct 12, 2026 to Oct 16, 2026");
  await expect(cell(page, 6, 5)).toBeFocused();
  await page.keyboard.press("8");
  await expect(cell(page, 6, 5)).toContainText("Consultation with teachers");
});

test("the printed summary stays on one page with every task logged", async ({ page }) => {
  const app = await startStudy(page);
  const keys = "123456789abcdefghi"; // every task but the last, "Other work", and then it
  for (let i = 0; i < keys.length; i++) await logDown(page, i % 5, 6 + Math.floor(i / 5), keys[i], 1);
  await logDown(page, 4, 12, "j", 1);
  await expect(page.locator("table.study-tasks tbody tr")).toHaveCount(19);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".study-charts").first()).toBeHidden();
  expect(await app.printedPages()).toEqual({ Letter: 1, A4: 1 });
});

test("after a change of the study's days, the totals show the whole study and the choice has its days", async ({ page }) => {
  await startStudy(page, 10);
  const choice = page.getByLabel("Show the time of");
  await choice.selectOption({ label: "Fri Oct 16, 2026" });
  await expect(page.locator(".study-results h3", { hasText: "time by category and task" })).toHaveText(
    "Fri Oct 16, 2026: time by category and task");
  await page.getByText("Change the study's days and hours").click();
  await page.getByLabel("How long").selectOption("5");
  await page.getByRole("button", { name: "Change the study" }).click();
  await expect(page.locator("#days-logged")).toHaveText("0 of 5");
  await expect(page.locator(".study-results h3", { hasText: "time by category and task" })).toHaveText(
    "The whole study: time by category and task");
  // One week: the whole study, then its five days.
  await expect(choice.locator("option")).toHaveText(
    ["The whole study", "Mon Oct 5, 2026", "Tue Oct 6, 2026", "Wed Oct 7, 2026", "Thu Oct 8, 2026", "Fri Oct 9, 2026"]);
  await expect(choice).toHaveValue("0");
  // A task moved to another category shows in the pictures at once.
  await cell(page, 0, 0).focus();
  await page.keyboard.press("1");
  await page.getByText("Each day, against the contract day").click();
  await expect(page.locator("ol.day-bars > li").first().locator("rect.cat-direct")).toHaveCount(1);
  await page.getByText("Change the tasks").click();
  await page.locator("li.study-task").first().getByLabel("Counts as").selectOption({ label: "Paperwork and compliance" });
  await expect(page.locator("ol.day-bars > li").first().locator("rect.cat-compliance")).toHaveCount(1);
  await expect(page.locator("ol.day-bars > li").first().locator("rect.cat-direct")).toHaveCount(0);
});
