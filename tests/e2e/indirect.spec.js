// The indirect-services page, as a user meets it, against the release build. The clock is
// fixed on Wednesday 7 October 2026: school week 5 of the typical year, in cycle 2 (Oct 5
// to Oct 30). The example caseload's S43 to S48 have consultation, 30 minutes per 4-week
// cycle (7.5 a week); Group A is S01 to S03.
import { test, expect } from "./fixtures.js";
import { CalculatorPage } from "./app.js";

async function openLog(page) {
  await page.clock.setFixedTime(new Date("2026-10-07T10:00:00"));
  await page.goto("/indirect/");
  await expect(page.locator("#coverage-table")).toContainText("S48");
  return new CalculatorPage(page);
}

/** A student's cells in the coverage table: plan a week, week, cycle, year to date. */
const coverage = (page, label) => page.locator("#coverage-table tr", { has: page.getByRole("rowheader", { name: label, exact: true }) }).locator("td");

test("an entry typed with the keyboard: coverage over and under, edit, duplicate, remove and undo, kept across a reload", async ({ page }) => {
  await openLog(page);
  await expect(page.locator("#coverage-table thead")).toContainText("Week of Oct 5, 2026");
  await expect(page.locator("#coverage-table thead")).toContainText("Cycle 2: Oct 5 – Oct 30, 2026");
  await expect(page.locator("#coverage-table thead")).toContainText("The school year to date (5 school weeks)");
  // Only students with consult services (or entries) are listed.
  await expect(page.locator("#coverage-table tbody tr")).toHaveCount(6);
  await expect(page.locator("#coverage-others")).toHaveText("Not listed: 42 students with no consult services and nothing logged.");
  await expect(coverage(page, "S43")).toHaveText(["7.5 min", "0 of 7.5 min under by 8 min", "0 of 30 min under by 30 min", "0 of 37.5 min under by 38 min"]);
  await expect(page.locator("#coverage-summary")).toHaveText("Under their plan this cycle: 6 students (S43, S44, S45, S46, S47, S48).");

  // The form by keyboard: a student ticked with Space, the fields typed, Enter to add.
  await page.getByLabel("S43", { exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(page.locator(".picked")).toHaveText("1 student chosen");
  await page.getByLabel("Minutes", { exact: true }).focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("30");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Note", { exact: true })).toBeFocused();
  await page.keyboard.type("Visual schedule for centres");
  await page.keyboard.press("Enter");
  await expect(page.locator(".form-status")).toHaveText(
    "Logged 1 entry: Consultation with a teacher or aide on Oct 7, 2026, 30 minutes each, for S43.");
  await expect(coverage(page, "S43")).toHaveText(["7.5 min", "30 of 7.5 min over by 23 min", "30 of 30 min met", "30 of 37.5 min under by 8 min"]);
  await expect(page.locator("#coverage-summary")).toHaveText("Under their plan this cycle: 5 students (S44, S45, S46, S47, S48).");

  // The student's log: choose S43; the row says what was logged, and in which week.
  await page.getByLabel("Student", { exact: true }).selectOption({ label: "S43" });
  const rows = page.locator("#log-table tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("td")).toHaveText(["Oct 7, 2026", "Consultation with a teacher or aide", "Classroom teacher", "30", "Visual schedule for centres", "School week 5", "EditDuplicateRemove"]);
  await expect(page.locator("#log-total")).toHaveText("1 entry, 30 minutes in all.");

  // Edit: the form takes the entry in; 20 minutes saved.
  await page.getByRole("button", { name: "Edit the entry of Oct 7, 2026" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#log-heading")).toHaveText("Edit an entry");
  await expect(page.locator(".entry-form input[type=date]")).toBeFocused();
  await expect(page.getByLabel("Note", { exact: true })).toHaveValue("Visual schedule for centres");
  await page.getByLabel("Minutes", { exact: true }).fill("20");
  await page.getByLabel("Minutes", { exact: true }).press("Enter");
  await expect(page.locator(".form-status")).toHaveText("Saved the entry of Oct 7, 2026 for S43.");
  await expect(page.locator("#log-heading")).toHaveText("Log indirect work");
  await expect(coverage(page, "S43").nth(2)).toHaveText("20 of 30 min under by 10 min");

  // Duplicate, then remove one and undo the removal.
  await page.getByRole("button", { name: "Duplicate the entry of Oct 7, 2026" }).press("Enter");
  await expect(rows).toHaveCount(2);
  await expect(page.locator("#log-total")).toHaveText("2 entries, 40 minutes in all.");
  await expect(coverage(page, "S43").nth(2)).toHaveText("40 of 30 min over by 10 min");
  await page.getByRole("button", { name: "Remove the entry of Oct 7, 2026" }).first().press("Enter");
  await expect(page.locator(".removed-line")).toContainText("Removed the entry of Oct 7, 2026 (Consultation with a teacher or aide, 20 minutes).");
  await expect(page.locator("#log-total")).toHaveText("1 entry, 20 minutes in all.");
  await page.locator(".removed-line").getByRole("button", { name: "Undo" }).press("Enter");
  await expect(page.locator("#log-total")).toHaveText("2 entries, 40 minutes in all.");

  // Saved with the scenario.
  await page.waitForTimeout(400);
  await page.reload();
  await expect(coverage(page, "S43").nth(2)).toHaveText("40 of 30 min over by 10 min");
  await page.getByLabel("Student", { exact: true }).selectOption({ label: "S43" });
  await expect(page.locator("#log-total")).toHaveText("2 entries, 40 minutes in all.");
});

test("a group's classroom consultation: the same work for three students, its minutes shared", async ({ page }) => {
  await openLog(page);
  await page.getByLabel("Add a group's students").selectOption("Group A");
  await expect(page.locator(".picked")).toHaveText("3 students chosen");
  await expect(page.getByLabel("S02", { exact: true })).toBeChecked();
  await page.getByLabel("Type of service").selectOption({ label: "Observation and data collection" });
  await expect(page.getByLabel("With whom")).toHaveValue("classroom_teacher");
  await page.getByLabel("Minutes", { exact: true }).fill("31");
  await page.getByLabel("Share the minutes among these students").check();
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.locator(".form-status")).toHaveText(
    "Logged 3 entries: Observation and data collection on Oct 7, 2026, 31 minutes shared among S01, S02, S03.");
  // Students with entries are listed now, though their plans have no consultation.
  await expect(coverage(page, "S01")).toHaveText(["0 min", "11 of 0 min over by 11 min", "11 of 0 min over by 11 min", "11 of 0 min over by 11 min"]);
  await expect(coverage(page, "S03").nth(1)).toHaveText("10 of 0 min over by 10 min");
  await page.getByLabel("Student", { exact: true }).selectOption({ label: "S02" });
  await expect(page.locator("#log-table tbody tr td").nth(3)).toHaveText("10");

  // Without sharing, each student's log has the whole time; a bad value is refused in words.
  await page.getByLabel("S44", { exact: true }).check();
  await page.getByLabel("S45", { exact: true }).check();
  await page.getByLabel("Minutes", { exact: true }).fill("500");
  await expect(page.locator(".entry-form .field.invalid .error")).toHaveText("Minutes can be at most 480.");
  // Added while a field shows a problem: refused, nothing logged, the field in focus.
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.locator(".form-status")).toHaveText("A field above has a problem (said under it): fix it first. Nothing was added.");
  await expect(page.getByLabel("Minutes", { exact: true })).toBeFocused();
  await expect(coverage(page, "S44").nth(1)).toHaveText("0 of 7.5 min under by 8 min");
  await page.getByLabel("Minutes", { exact: true }).fill("15");
  await page.getByLabel("Type of service").selectOption({ label: "Family contact" });
  await expect(page.getByLabel("With whom")).toHaveValue("family");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.locator(".form-status")).toContainText("15 minutes each, for S44, S45.");
  await expect(coverage(page, "S45").nth(1)).toHaveText("15 of 7.5 min over by 8 min");
  // Nobody chosen: refused in words, nothing added.
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.locator(".form-status")).toHaveText("Choose at least one student.");
});

test("under 3:1 the log shows which entries fell in indirect weeks; the letter lists the planner's indirect weeks", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-10-07T10:00:00"));
  await page.goto("/planner/");
  await page.getByLabel("Service delivery model").selectOption({ label: "3:1, indirect week 4th in each cycle" });
  const planned = (await page.locator("#indirect-weeks li").allTextContents()).map((t) => t.trim());
  expect(planned.length).toBeGreaterThan(5);
  await page.waitForTimeout(400);
  await page.goto("/indirect/");
  await page.getByLabel("S44", { exact: true }).check();
  await page.getByLabel("Date", { exact: true }).fill("2026-09-30");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await page.getByLabel("S44", { exact: true }).check();
  await page.getByLabel("Date", { exact: true }).fill("2026-10-06");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await page.getByLabel("Student", { exact: true }).selectOption({ label: "S44" });
  const weeks = page.locator("#log-table tbody td.entry-week");
  await expect(weeks).toHaveText(["Indirect week (cycle 1)", "Direct week (cycle 2)"]);
  await expect(page.locator("#log-table tbody td.indirect-week")).toHaveCount(1);

  // The letter: every indirect week of the year, as the planner lists them.
  const letter = await page.getByLabel("The letter (edit it as you like)").inputValue();
  const dates = letter.split("\n").filter((l) => l.startsWith("- ")).map((l) => l.slice(2));
  expect(dates.length).toBe(planned.length);
  dates.forEach((d, i) => expect(planned[i]).toContain(d));
  expect(dates[0]).toBe("Sep 28 – Oct 2, 2026");
  // Edited, the letter is kept; back to the app's wording on request.
  await page.getByLabel("The letter (edit it as you like)").fill(letter.replace("Dear families,", "Dear families of Room 12,"));
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByLabel("The letter (edit it as you like)")).toHaveValue(/^Dear families of Room 12,/);
  await page.getByRole("button", { name: "Back to the app's wording" }).click();
  await expect(page.getByLabel("The letter (edit it as you like)")).toHaveValue(/^Dear families,/);
});

test("printed from the browser's own command: the filled log, a blank form and the letter, one page each", async ({ page }) => {
  const app = await openLog(page);
  for (const [label, date] of [["S43", "2026-09-15"], ["S43", "2026-10-01"], ["S43", "2026-10-06"]]) {
    await page.getByLabel(label, { exact: true }).check();
    await page.getByLabel("Date", { exact: true }).fill(date);
    await page.getByRole("button", { name: "Add to the log" }).click();
    await expect(page.locator(".form-status")).toContainText("Logged 1 entry");
  }
  await page.getByLabel("Student", { exact: true }).selectOption({ label: "S43" });
  await page.getByLabel("From", { exact: true }).fill("2026-09-20");
  await expect(page.locator("#log-total")).toHaveText("2 entries, 30 minutes in all.");

  await page.emulateMedia({ media: "print" });
  // The filled form: the chosen student's entries over the chosen dates, and nothing else.
  await expect(page.locator(".print-title")).toHaveText(/Indirect services log\s*Student S43 · Sep 20, 2026 to Jun 18, 2027/);
  await expect(page.locator("#log-table tbody tr")).toHaveCount(2);
  for (const part of [".entry-form", ".coverage", ".iep-wording", ".blank-form", ".letter-print"]) {
    await expect(page.locator(part)).toBeHidden();
  }
  expect(await app.printedPages()).toEqual({ Letter: 1, A4: 1 });

  await page.emulateMedia({ media: "screen" });
  await page.getByLabel("a blank form to fill in by hand").check();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".blank-form")).toBeVisible();
  await expect(page.locator(".blank-form tbody tr")).toHaveCount(16);
  await expect(page.locator(".student-log")).toBeHidden();
  expect(await app.printedPages()).toEqual({ Letter: 1, A4: 1 });

  await page.emulateMedia({ media: "screen" });
  await page.getByLabel("the letter to families").check();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".letter-print")).toBeVisible();
  await expect(page.locator(".letter-print")).toContainText("Sep 28 – Oct 2, 2026");
  for (const part of [".blank-form", ".student-log", ".coverage", ".entry-form"]) {
    await expect(page.locator(part)).toBeHidden();
  }
  expect(await app.printedPages()).toEqual({ Letter: 1, A4: 1 });
  await page.emulateMedia({ media: "screen" });
});

test("the IEP statements are editable and copied; CSV export; axe clean; a phone has no sideways scrolling", async ({ page, context }) => {
  const app = await openLog(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByLabel("Student", { exact: true }).selectOption({ label: "S43" });
  const statements = page.getByLabel("Service statements", { exact: true });
  await expect(statements).toHaveValue("Consultation between the classroom teacher and the SLP, 30 minutes once per 4-week cycle.");
  await statements.fill("Consultation with the general education teacher and the SLP, 30 minutes per 4-week cycle.");
  await page.getByRole("button", { name: "Copy the statements" }).click();
  await expect(page.locator(".iep-wording [role=status]")).toHaveText("Copied. Paste it into the IEP.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    "Consultation with the general education teacher and the SLP, 30 minutes per 4-week cycle.");
  await page.getByRole("button", { name: "Back to the plan's wording" }).click();
  await expect(statements).toHaveValue(/^Consultation between the classroom teacher/);
  await page.getByLabel("Student", { exact: true }).selectOption({ label: "S01" });
  await expect(statements).toHaveValue("Speech-language therapy in a small group, outside the classroom: 30 minutes, 2 times a week.");

  await page.getByLabel("S43", { exact: true }).check();
  await page.getByLabel("Note", { exact: true }).fill('=HYPERLINK("x"), "quoted"');
  await page.getByRole("button", { name: "Add to the log" }).click();
  const csv = await app.download(page.getByRole("button", { name: "Download every entry (CSV)" }));
  expect(csv.name).toBe("indirect-services-log.csv");
  expect(csv.text.split("\r\n").slice(0, 2)).toEqual([
    "\ufeffStudent,Date,Week,Service,With,Minutes,Note",
    `S43,2026-10-07,School week 5,Consultation with a teacher or aide,Classroom teacher,15,"'=HYPERLINK(""x""), ""quoted"""`,
  ]);

  await app.expectAccessible();
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "sideways overflow at 390px").toBeLessThanOrEqual(0);
  await app.expectAccessible();
});

test("the other pages carry the log unread: an edit on the calculator keeps every entry", async ({ page }) => {
  const app = await openLog(page);
  await page.getByLabel("S46", { exact: true }).check();
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(coverage(page, "S46").nth(2)).toHaveText("15 of 30 min under by 15 min");
  await page.waitForTimeout(400);
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem("workload-calculator.data")));
  await app.open();
  await app.field("FTE").fill("0.8");
  await page.waitForTimeout(400);
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem("workload-calculator.data")));
  const log = (d) => d.data.list.find((s) => s.id === d.data.active).workspace.indirect_log;
  expect(after.version).toBe(7);
  expect(log(after)).toEqual(log(before));
  await page.goto("/indirect/");
  await expect(coverage(page, "S46").nth(2)).toHaveText("15 of 30 min under by 15 min");
});
