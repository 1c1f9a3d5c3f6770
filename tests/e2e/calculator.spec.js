// What a user does with the calculator, in a real browser, against the release build.
import { test, expect } from "./fixtures.js";
import { CalculatorPage } from "./app.js";

test.describe("first visit", () => {
  test("shows a typical SLP week with both lenses, the chart and a summary", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.open();
    await expect(app.headcount).toHaveText("48");
    // The typical week: about 37 hours against 37.5, at capacity, direct 22 hours.
    await expect(app.status).toHaveText("At capacity");
    await expect(app.utilization).toHaveText(/^99\.\d%$/);
    await expect(page.locator("#category-table tbody tr").first()).toContainText("22.0");
    await expect(page.locator(".week-chart")).toHaveAttribute("aria-label", /Direct 22\.0 h/);
    await expect(app.summary).toContainText("By headcount the caseload is 48 students");
    await expect(page.locator("#caseload-line")).toHaveText(/^48 students take \d+\.\d h a week of your time/);
    await expect(page.getByText("Your data stays on this device.")).toBeVisible();
    // The caseload page: each student's row says how its week reads, as planned, and where
    // the time goes.
    await page.getByRole("link", { name: "Open the caseload" }).click();
    await expect(app.studentCount).toHaveText("48 students");
    await expect(app.stripUtilization).toHaveText(/^99\.\d%$/);
    await expect(page.locator("li.student")).toHaveCount(48);
    await expect(page.locator("li.student").first()).toContainText("2 × 30 min a week, pull-out, Group A");
    await expect(page.locator("li.student").first().locator(".student-minutes")).toHaveText("32 min a week");
    await expect(page.locator("li.student").first().locator(".breakdown")).toHaveText("20 direct, 4 notes, 8 paperwork");
    await expect(page.getByText("Your data stays on this device.")).toBeVisible();
  });

  test("fits a school Chromebook and a phone without sideways scrolling", async ({ page }) => {
    const app = new CalculatorPage(page);
    for (const size of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(size);
      await app.open();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways overflow at ${size.width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screens/first-visit-${size.width}.png`, fullPage: false });
      await app.openCaseload();
      await page.getByRole("button", { name: "Edit S01" }).click();
      const caseloadOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(caseloadOverflow, `sideways overflow of the caseload at ${size.width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screens/caseload-${size.width}.png`, fullPage: false });
    }
  });

  test("has no accessibility violations (axe, WCAG 2.2 AA)", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.open();
    await page.locator("details").evaluateAll((all) => all.forEach((d) => (d.open = true)));
    await app.expectAccessible();
    // The caseload page, with one student open for editing.
    await app.openCaseload();
    await page.getByRole("button", { name: "Edit S01" }).click();
    await app.expectAccessible();
  });
});

test.describe("entering a caseload", () => {
  test("by keyboard only, with the right utilization, kept across a reload", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.open();
    await app.newCaseload();
    // Blank SLP: only the usual activities, 394.2 minutes a week = 17.5% of 2,250.
    await expect(app.utilization).toHaveText("17.5%");
    await expect(page.locator("#caseload-line")).toHaveText("No students yet.");
    await page.getByRole("link", { name: "Add students" }).click();
    await expect(app.studentCount).toHaveText("0 students");

    const add = page.getByRole("button", { name: "Add a student" });
    await add.focus();
    await page.keyboard.press("Enter");
    // Focus moves to the new student's label.
    await expect(page.locator("#" + (await page.evaluate(() => document.activeElement.id)))).toHaveValue("S01");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("AB");

    await add.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("CD");
    // Tab from the label to this student's first "Minutes" field and make it 60.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent ?? "");
      if (label === "Minutes") break;
    }
    await page.keyboard.press("Control+A");
    await page.keyboard.type("60");

    // Two IEP students: 30 and 60 direct minutes, each with 8.9 min of plan paperwork and
    // 5 min of notes a week: 394.2 + 43.9 + 73.9 = 511.9 min = 8.5 h, 22.8% of 37.5 h.
    // The status line says so as each change is made.
    await expect(app.studentCount).toHaveText("2 students");
    await expect(app.stripUtilization).toHaveText("22.8%");
    await expect(page.locator(".status-strip .strip-hours")).toHaveText("8.5 of 37.5 h");
    await expect(page.locator("li.student").nth(1)).toContainText("CD");
    await expect(page.locator("li.student").nth(1)).toContainText("74 min a week");
    await expect(page.locator("li.student").nth(1).locator(".breakdown")).toHaveText("60 direct, 5 notes, 9 paperwork");

    // The status line's link leads to the calculator's results, with the same figures, and
    // the keyboard carries on from there.
    await expect(page.locator(".status-strip a.to-results")).toHaveAccessibleName("Results on the calculator");
    await page.locator(".status-strip a.to-results").click();
    await expect(page.locator("#results-title")).toBeInViewport();
    await expect(page.locator("#results")).toBeFocused();
    await expect(app.headcount).toHaveText("2");
    await expect(app.totalHours).toHaveText("8.5");
    await expect(app.utilization).toHaveText("22.8%");
    await expect(app.status).toHaveText("Room in the week");
    await expect(page.locator("#status-announcement")).toHaveText("Room in the week: 22.8% of the week.");
    await expect(page.locator("#caseload-line")).toHaveText(/^2 students take 2\.\d h a week/);

    await app.openCaseload();
    await page.reload();
    await expect(app.studentCount).toHaveText("2 students");
    await expect(app.stripUtilization).toHaveText("22.8%");
    // After a reload the caseload is a list of one-line summaries.
    await expect(page.locator(".student-summary").first()).toContainText("AB");
    await expect(page.locator(".student-summary").nth(1)).toContainText("60 min a week, pull-out");
    await page.getByRole("button", { name: "Edit AB" }).click();
    await expect(page.getByLabel("Student label")).toHaveValue("AB");
  });

  test("groups count once for the provider", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.open();
    await app.newCaseload();
    await app.openCaseload();
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Add a student" }).click();
    const groups = page.getByLabel("Group", { exact: true });
    for (let i = 0; i < 3; i++) await groups.nth(i).fill("Red");
    // One 30-minute session a week for all three: 30 direct minutes, 10 for each student,
    // while each student's own plan still shows the full 30 minutes (1.5 IEP hours in all).
    for (let i = 0; i < 3; i++) {
      await expect(page.locator("li.student").nth(i).locator(".breakdown")).toHaveText("10 direct, 5 notes, 9 paperwork");
    }
    // The rules of thumb, made from the students' service hours, are with the students.
    await expect(page.locator("#rule-direct")).toContainText("0.5 direct hours");
    await expect(page.locator("#rule-iep-hours")).toContainText("1.5 IEP hours");
  });

  test("invalid input is explained and never reaches the results", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.open();
    const before = await app.utilization.textContent();
    const fte = app.field("FTE");
    await fte.fill("-1");
    await expect(page.getByText("FTE cannot be negative.")).toBeVisible();
    await expect(fte).toHaveAttribute("aria-invalid", "true");
    await expect(app.utilization).toHaveText(before);
    await fte.fill("3.5");
    await expect(page.getByText("FTE can be at most 3.")).toBeVisible();
    await fte.fill("0.5");
    await expect(page.getByText("FTE can be at most 3.")).toBeHidden();
    await expect(app.utilization).toHaveText(/^19\d\.\d%$/);
    await expect(app.status).toHaveText("Over capacity");
    await expect(page.locator("body")).not.toContainText(/NaN|Infinity|#DIV/);

    // Edit takes the keyboard to what is usually changed: the first service's minutes.
    await app.openCaseload();
    await page.getByRole("button", { name: "Edit S01" }).click();
    await expect(page.locator(":focus")).toHaveAccessibleName("Minutes");
    await expect(page.locator(":focus")).toHaveValue("30");
    const label = page.getByLabel("Student label");
    await label.fill("   ");
    await expect(page.getByText("Give the student a label")).toBeVisible();
    await label.fill("Maria Lopez");
    await expect(page.getByText("This looks like a name")).toBeVisible();
  });

  test("what a user types is shown as text, never run as markup", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.openCaseload();
    await page.getByRole("button", { name: "Edit S01" }).click();
    const markup = '<img src=x onerror="window.__ran=1">';
    await page.getByLabel("Student label").fill(markup);
    await expect(page.locator(".student-summary").first()).toContainText(markup);
    expect(await page.locator("#app img").count()).toBe(0);
    expect(await page.evaluate(() => window.__ran)).toBeUndefined();
  });

  test("a removed student can be brought back", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.openCaseload();
    // A collapsed row is one line; Duplicate and Remove are in the open row.
    await expect(page.getByRole("button", { name: "Remove S01" })).toHaveCount(0);
    await page.getByRole("button", { name: "Edit S01" }).click();
    await page.getByRole("button", { name: "Remove S01" }).click();
    await expect(app.studentCount).toHaveText("47 students");
    await page.locator("#content").getByRole("button", { name: "Undo" }).click();
    await expect(app.studentCount).toHaveText("48 students");
    // It comes back in its place, open, with focus on its label.
    await expect(page.locator(".student-summary").first()).toContainText("S01");
    await expect(page.locator(":focus")).toHaveValue("S01");
    await page.getByRole("button", { name: "Edit S02" }).click();
    await page.getByRole("button", { name: "Duplicate S02" }).click();
    await expect(app.studentCount).toHaveText("49 students");
    // The copy sits right after the original, open for editing.
    await expect(page.locator(".student-summary").nth(2)).toContainText("S02 (copy)");
    await expect(page.locator(":focus")).toHaveValue("S02 (copy)");
    await expect(page.locator(":focus")).toHaveAccessibleName("Student label");
  });

  test("a first visit chooses: explore the example (never saved) or start my own", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.open();
    const welcome = page.getByRole("region", { name: "Start with your own caseload, or look around first" });
    await expect(welcome).toBeVisible();
    await expect(app.scenario.locator("option")).toHaveText(["Example: typical school SLP"]);
    await page.getByRole("button", { name: "Explore an example" }).first().click();
    await expect(welcome).toBeHidden();
    await page.waitForTimeout(600); // saving would have happened by now
    expect(await page.evaluate(() => localStorage.getItem("workload-calculator.data"))).toBeNull();

    // Exploring holds for the rest of the visit: the other pages do not ask again.
    await app.openCaseload();
    await expect(welcome).toBeHidden();
    // A new visit (a new tab) asks again.
    await page.evaluate(() => sessionStorage.clear());
    await app.open();
    await expect(welcome).toBeVisible();
    await app.expectAccessible(); // the first visit's choice
    await page.getByRole("button", { name: "Start my own" }).click();
    await expect(page.locator("#new-name")).toBeFocused();
    await app.expectAccessible(); // the New caseload form
    await expect(page.locator(".new-caseload")).toContainText("It takes the example's place");
    await expect(page.locator(".usual-activities li")).toHaveCount(9);
    await expect(page.locator("#usual-total")).toHaveText(/^\d+(\.\d)? h a week in all:$/);
    await page.locator("#new-name").fill("Room 12");
    await page.getByLabel("Start with the discipline's usual activities", { exact: false }).uncheck();
    await expect(page.locator("#usual-total")).toHaveText("None: you add your own.");
    await page.getByRole("button", { name: "Create the caseload" }).click();
    await expect(app.headcount).toHaveText("0");
    await expect(app.scenario.locator("option")).toHaveText(["Room 12"]);
    await expect(page.locator("li.activity")).toHaveCount(0);
    await page.reload();
    await expect(welcome).toBeHidden();
    await expect(app.scenario.locator("option")).toHaveText(["Room 12"]);
  });

  test("delete says exactly what goes and keeps everything if declined", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.open();
    const question = new Promise((resolve) => page.once("dialog", (d) => { resolve(d.message()); d.dismiss(); }));
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    expect(await question).toBe('Delete the scenario "Example: typical school SLP", with its 48 students and 5 activities? ' +
      'It is your only one: an empty caseload named "My caseload" takes its place. This cannot be undone.');
    await expect(app.headcount).toHaveText("48");
  });
});

test.describe("a calculator that fits the work", () => {
  test("48 students in short rows on their own page, sorted by time and filtered by building; activities folded by category", async ({ page }, testInfo) => {
    const app = new CalculatorPage(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open();
    // The calculator's height with the 48-student example: 7,400 px when every student was
    // edited on it; under half of that now that the caseload has its own page.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    testInfo.annotations.push({ type: "calculator height at 1366x768", description: `${height} px` });
    expect(height).toBeLessThan(3700);
    await page.screenshot({ path: "test-results/screens/calculator-1366.png", fullPage: true });

    // The settings changed less often are folded, each to a line that says what it holds.
    await expect(page.locator("details.folded > summary")).toHaveText([
      /School calendar\s*5 days a week, 36 weeks a year/,
      /Caseload cap\s*No numeric cap/,
      /Status thresholds\s*at capacity from 85%, over above 100%/,
      /Buildings and travel\s*1 building, 0(\.0)? h of travel a week/,
    ]);
    const cap = page.locator("details.folded").filter({ hasText: "Caseload cap" });
    await cap.locator("summary").click();
    await cap.getByLabel("Cap that applies").selectOption({ label: "Illinois SLP: at most 60" });
    await expect(cap.locator("summary")).toHaveText(/Caseload cap\s*Illinois SLP: at most 60/);

    // Activities: one folded group per category, each saying what it holds.
    const groups = page.locator("details.category-group");
    await expect(groups.first().locator("summary")).toContainText(/\d+ activit(y|ies), \d+(\.\d)? h a week/);
    const withActivities = groups.filter({ hasText: /[1-9]\d* activit/ }).first();
    await expect(withActivities.locator("li.activity").first()).toBeHidden();
    await withActivities.locator("summary").click();
    await expect(withActivities.locator("li.activity").first()).toBeVisible();

    // The caseload page. Most time first: every row's weekly minutes at most the one above.
    await app.openCaseload();
    const caseloadHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    testInfo.annotations.push({ type: "caseload page height at 1366x768", description: `${caseloadHeight} px` });
    await page.screenshot({ path: "test-results/screens/caseload-1366.png", fullPage: true });
    await page.getByLabel("Sort", { exact: true }).selectOption({ label: "Most time a week first" });
    const minutes = (await page.locator(".student-minutes .value").allTextContents()).map(Number);
    expect(minutes).toHaveLength(48);
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
    expect(minutes[0]).toBeGreaterThan(minutes[47]);
    // The browser's own print command prints the list, without a control, a student's open
    // editor included.
    await page.getByRole("button", { name: "Edit S02" }).click();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("input, select, button, summary, label").filter({ visible: true })).toHaveCount(0);
    await expect(page.locator("li.student").filter({ visible: true })).toHaveCount(48);
    const printed = await app.printedPages();
    testInfo.annotations.push({ type: "caseload printed pages (48 students)", description: JSON.stringify(printed) });
    expect(printed.Letter).toBeLessThanOrEqual(3);
    expect(printed.A4).toBeLessThanOrEqual(3);
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("button", { name: "Close S02" }).click();

    // A second building on the calculator, one student in it, and the list filtered to it.
    // The buildings are folded to a line that says what they hold.
    await app.open();
    const buildings = page.locator("details.folded").filter({ hasText: "Buildings and travel" });
    await expect(buildings.locator("summary")).toHaveText(/Buildings and travel\s*1 building, 0(\.0)? h of travel a week/);
    await buildings.locator("summary").click();
    await page.getByRole("button", { name: "Add a building" }).click();
    await page.locator(":focus").fill("North");
    await expect(buildings.locator("summary")).toHaveText(/2 buildings/);
    await app.openCaseload();
    await page.getByRole("button", { name: "Edit S01" }).click();
    await page.locator("li.student.open").getByLabel("Building", { exact: true }).selectOption({ label: "North" });
    await page.locator(".list-controls").getByLabel("Building", { exact: true }).selectOption({ label: "North" });
    await expect(page.locator("li.student")).toHaveCount(1);
    await expect(page.locator("li.student")).toContainText("North");
    await expect(page.locator("#content .count")).toHaveText("1 of 48 students shown");
    await page.locator(".list-controls").getByLabel("Building", { exact: true }).selectOption({ label: "Every building" });
    await expect(page.locator("li.student")).toHaveCount(48);
  });

  test("on a phone: 44 px controls, Edit goes to the minutes, the status bar goes to the results, wide tables scroll", async ({ page }, testInfo) => {
    const app = new CalculatorPage(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open();
    await page.getByRole("button", { name: "Explore an example" }).first().click();
    await page.screenshot({ path: "test-results/screens/calculator-390.png", fullPage: false });
    // The page's height and where the results start (11,700 and 7,800 px when every student
    // was edited on the calculator).
    const phone = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      results: Math.round(document.querySelector("#results").getBoundingClientRect().top + scrollY),
    }));
    testInfo.annotations.push({ type: "calculator height at 390x844", description: `${phone.height} px, results from ${phone.results} px` });
    expect(phone.results).toBeLessThan(5000);

    // Every control a thumb can reach is at least 44 px tall.
    const tooSmall = () => page.locator("button, select, input[type=text], a.button-link").evaluateAll((all) =>
      all.filter((e) => e.offsetParent !== null && e.getBoundingClientRect().height < 43.5)
        .map((e) => `${e.tagName} ${e.textContent || e.getAttribute("aria-label") || e.id}`));
    expect(await tooSmall()).toEqual([]);
    const tables = () => page.locator("table").evaluateAll((tables) =>
      tables.filter((t) => t.offsetParent !== null && t.scrollWidth > t.parentElement.clientWidth + 1)
        .filter((t) => getComputedStyle(t.parentElement).overflowX !== "auto" || !t.parentElement.classList.contains("table-scroll"))
        .map((t) => t.id || t.className));
    // A table wider than the screen scrolls inside its own box, never the page.
    expect(await tables()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);

    await app.openCaseload();
    expect(await tooSmall()).toEqual([]);

    // Edit opens the student with the keyboard on the first service's minutes.
    // S25 is seen alone, 2 × 30 a week.
    const s25 = page.locator("li.student").nth(24);
    await expect(s25.locator(".breakdown")).toHaveText("60 direct, 4 notes, 8 paperwork");
    await expect(s25.locator(".student-minutes")).toHaveText("72 min a week");
    await page.getByRole("button", { name: "Edit S25" }).click();
    const focused = page.locator(":focus");
    await expect(focused).toHaveAccessibleName("Minutes");
    await expect(focused).toHaveValue("30");
    await expect(focused).toBeInViewport();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("45");
    await expect(s25.locator(".breakdown")).toHaveText("90 direct, 4 notes, 8 paperwork");
    await expect(s25.locator(".student-minutes")).toHaveText("102 min a week");
    await page.screenshot({ path: "test-results/screens/calculator-390-editing.png", fullPage: false });

    // The sticky status bar takes the user to the results, on the calculator.
    await page.locator(".status-strip a.to-results").click();
    await expect(page.locator("#results-title")).toBeInViewport();
    await expect(page.locator("#results")).toBeFocused();
    await expect(page.locator("#caseload-line")).toHaveText(/^48 students take/);
  });
});

test.describe("saved data", () => {
  test("blocked storage: the app works in memory and says so", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
      });
    });
    const app = new CalculatorPage(page);
    await app.openCaseload();
    await expect(page.getByText("This browser is not letting the page save")).toBeVisible();
    await page.getByRole("button", { name: "Add a student" }).click();
    await expect(app.studentCount).toHaveText("49 students");
  });

  test("full storage: the user is told and nothing in the tab is lost", async ({ page }) => {
    const app = new CalculatorPage(page);
    await app.openCaseload();
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === "workload-calculator.data") throw new DOMException("full", "QuotaExceededError");
        return original.call(this, key, value);
      };
    });
    await page.getByRole("button", { name: "Add a student" }).click();
    await expect(page.getByText("storage is full")).toBeVisible();
    await expect(app.studentCount).toHaveText("49 students");
  });
});
