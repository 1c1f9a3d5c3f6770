// The weekly schedule page, as a user meets it, against the release build. The example
// caseload cut to its first 20 students: Groups A to F of three (S01 to S18) and Group G
// (S19, S20), each 30 minutes twice a week: 14 sessions a week.
import { test, expect } from "./fixtures.js";
import { CalculatorPage } from "./app.js";

const KEY = "workload-calculator.data";

/** The schedule page with the example's first 20 students and nothing placed. */
async function openTwenty(page) {
  await page.goto("/schedule/");
  await expect(page.locator(".sessions li").first()).toBeVisible();
  // One edit, so that the example is saved; then the saved caseload is cut to 20 students.
  await page.getByLabel("Largest group", { exact: true }).selectOption("5");
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
  await page.evaluate((k) => {
    const saved = JSON.parse(localStorage.getItem(k));
    const open = saved.data.list.find((s) => s.id === saved.data.active);
    open.workspace.students = open.workspace.students.slice(0, 20);
    localStorage.setItem(k, JSON.stringify(saved));
  }, KEY);
  await page.reload();
  await expect(page.locator(".sessions li").first()).toBeVisible();
  return new CalculatorPage(page);
}

const summary = (page) => page.locator(".check-summary");
const said = (page) => page.locator(".moving-line");
const blocks = (page) => page.locator(".day-grid [data-block]");

test("20 students scheduled by keyboard only: every plan met, no conflicts; move, remove, undo; kept across a reload; CSV and .ics", async ({ page }) => {
  const app = await openTwenty(page);
  await expect(summary(page)).toHaveText("20 students short · no conflicts · 14 sessions to place");
  await expect(page.locator(".sessions li")).toHaveCount(7);
  await expect(page.locator(".sessions li").first()).toHaveText("Group A: S01, S02, S03 · 30 min 0 of 2 a week placed");

  // The first by keys: picked up with Enter, moved with the arrows, placed with Enter.
  await page.locator("button[data-session]").first().focus();
  await page.keyboard.press("Enter");
  await expect(said(page)).toHaveText("Picked up Group A, Monday 07:30 to 08:00. Arrow keys move it, Enter places it, Escape puts it back.");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await expect(said(page)).toHaveText("Moving Group A, Tuesday 08:00 to 08:30.");
  await page.keyboard.press("Escape");
  await expect(said(page)).toHaveText("Put back; nothing changed.");
  await expect(page.locator("#to-place-heading")).toBeFocused();
  await expect(blocks(page)).toHaveCount(0);
  await page.locator("button[data-session]").first().focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  // (It was picked up again on the day last shown, Tuesday.)
  await expect(said(page)).toHaveText("Placed Group A, Wednesday 08:30 to 09:00.");
  await expect(page.locator('[data-block][aria-label^="Group A, session, Wednesday 08:30 to 09:00"]')).toBeFocused();

  // The rest: each session still due, picked up and placed where it first lands.
  for (let i = 0; i < 40; i++) {
    const due = page.locator(".sessions li.due button[data-session]").first();
    if (await due.count() === 0) break;
    await due.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
  }
  await expect(page.locator(".to-place .hint").first()).toHaveText(/^Every session of the caseload is placed\./);
  await expect(summary(page)).toHaveText("No student short · no conflicts · every session placed");
  await expect(page.locator(".short-summary")).toHaveText("Every student's plan is met by the schedule.");
  await expect(page.locator(".schedule-checks")).toContainText("No conflicts: no one is in two places at once");
  await expect(blocks(page)).toHaveCount(14);
  const s01 = page.locator("table.coverage tr", { has: page.getByRole("rowheader", { name: "S01", exact: true }) }).locator("td");
  await expect(s01).toHaveText(["60 min", "60 min", "Met"]);

  // A placed block moved by keys, then removed with Delete and brought back by Undo.
  await page.locator('[data-block][aria-label^="Group A, session, Wednesday 08:30"]').focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(said(page)).toHaveText("Placed Group A, Thursday 08:15 to 08:45.");
  // The keyboard is on the block once it is drawn in its new place.
  await expect(page.locator('[data-block][aria-label^="Group A, session, Thursday 08:15"]')).toBeFocused();
  await page.keyboard.press("Delete");
  await expect(said(page)).toHaveText("Removed Group A. Undo brings it back.");
  await expect(summary(page)).toHaveText("3 students short · no conflicts · 1 session to place");
  await expect(s01).toHaveText(["60 min", "30 min", "Short by 30 min"]);
  await page.keyboard.press("Control+z");
  await expect(page.locator(".status-strip .last-step")).toHaveText("Undid: the weekly schedule");
  await expect(summary(page)).toHaveText("No student short · no conflicts · every session placed");

  // Kept across a reload, and in the saved data (format 5).
  await page.waitForTimeout(400);
  await page.reload();
  await expect(blocks(page)).toHaveCount(14);
  await expect(summary(page)).toHaveText("No student short · no conflicts · every session placed");
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  expect(saved.version).toBe(7);

  const csv = await app.download(page.getByRole("button", { name: "Download the week (CSV)" }));
  expect(csv.name).toBe("weekly-schedule.csv");
  const rows = csv.text.split("\r\n");
  expect(rows[0]).toBe("\ufeffWeek,Day,Start,End,Minutes,Kind,What,Students,Building");
  expect(rows).toHaveLength(14 + 2);
  // Each picked up where it first fits from the day last shown, Wednesday.
  expect(rows[1]).toBe('Direct,Wednesday,07:30,08:00,30,Session,Group A,"S01, S02, S03",');
  const ics = await app.download(page.getByRole("button", { name: "Download for your calendar (.ics)" }));
  expect(ics.name).toBe("weekly-schedule.ics");
  expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(14);
  expect(ics.text).toContain("RRULE:FREQ=WEEKLY;UNTIL=");
  expect(ics.text).toContain("SUMMARY:Group G\r\n");
  expect(ics.text).toContain("DESCRIPTION:Group session: S19\\, S20\r\n");
});

/** The point of a day's column at `time` ("HH:MM"), for the pointer. */
async function pointAt(page, day, time) {
  const box = await page.locator(`svg.day-grid[data-day="${day}"]`).boundingBox();
  const [h, m] = time.split(":").map(Number);
  return { x: box.x + box.width / 2, y: box.y + (h * 60 + m - 450) * 1.6 + 2 };
}

test("by pointer: a session dragged onto a day, a fixed time and a double booking as conflicts in words; one landscape page printed; axe clean; a phone shows one day", async ({ page }) => {
  const app = await openTwenty(page);
  // The list and the grid side by side at the top of the window.
  await page.locator(".schedule-work").evaluate((e) => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 60));
  // Drag Group A from the list onto Wednesday at 10:00.
  const from = await page.locator("button[data-session]").first().boundingBox();
  await page.mouse.move(from.x + 10, from.y + 8);
  await page.mouse.down();
  const wednesday = await pointAt(page, 2, "10:05");
  await page.mouse.move(wednesday.x, wednesday.y, { steps: 8 });
  await page.mouse.up();
  await expect(said(page)).toHaveText("Placed Group A, Wednesday 10:00 to 10:30.");

  // The school's recess, picked up from the form and put on the same time by a press.
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "School's fixed time" });
  await page.getByLabel("Name (optional)", { exact: true }).fill("Recess K-2");
  await page.getByRole("button", { name: "Pick up this block" }).click();
  await page.locator(".week-grid").evaluate((e) => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 120));
  const recess = await pointAt(page, 2, "10:00");
  await page.mouse.click(recess.x, recess.y);
  await expect(said(page)).toHaveText("Placed Recess K-2, Wednesday 10:00 to 10:30. It is in conflict: see the conflicts below.");
  await expect(page.locator("ul.conflicts li")).toHaveText(["Group A falls in a fixed time of the school (Recess K-2), Wednesday 10:00. Show"]);

  // The block dragged to Thursday clears it; a second Group A dragged onto it double-books.
  const held = await page.locator('[data-block][aria-label^="Group A, session"]').boundingBox();
  await page.mouse.move(held.x + 10, held.y + 5);
  await page.mouse.down();
  const thursday = await pointAt(page, 3, "09:00");
  await page.mouse.move(thursday.x, thursday.y + 3, { steps: 8 });
  await page.mouse.up();
  await expect(said(page)).toHaveText("Placed Group A, Thursday 09:00 to 09:30.");
  await expect(page.locator("ul.conflicts li")).toHaveCount(0);
  const again = await page.locator("button[data-session]").first().boundingBox();
  await page.mouse.move(again.x + 10, again.y + 8);
  await page.mouse.down();
  const same = await pointAt(page, 3, "09:05");
  await page.mouse.move(same.x, same.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator("ul.conflicts li")).toHaveText([
    "S01 is in two sessions at once, Thursday 09:00. Show",
  ]);
  await expect(summary(page)).toHaveText("17 students short · 1 conflict · 12 sessions to place");
  await expect(page.locator('[data-block][aria-label*="in conflict"]')).toHaveCount(2);
  // "Show" takes the keyboard to the block the conflict is about.
  await page.locator("ul.conflicts").getByRole("button", { name: "Show" }).click();
  await expect(page.locator('[data-block][aria-label^="Group A, session, Thursday 09:00"]').first()).toBeFocused();

  // The days at each building, ticked by keyboard: a box keeps the focus, and a day away
  // from the building puts its sessions in conflict.
  const atThursday = page.getByLabel("At Main elementary on Thursday", { exact: true });
  await atThursday.focus();
  await page.keyboard.press("Space");
  await expect(atThursday).toBeFocused();
  await expect(atThursday).not.toBeChecked();
  await expect(page.locator("ul.conflicts li")).toHaveText([
    "Group A is at Main elementary, Thursday 09:00, a day you are not there. Show",
    "S01 is in two sessions at once, Thursday 09:00. Show",
    "Group A is at Main elementary, Thursday 09:00, a day you are not there. Show",
  ]);
  await page.keyboard.press("Space");
  await expect(page.locator("ul.conflicts li")).toHaveCount(1);

  // Printed from the browser's own command: the week on one landscape page.
  expect(await app.printedPages()).toEqual({ Letter: 1, A4: 1 });
  await app.expectAccessible();

  // A press without a drag picks a block up: the buttons put it back, or remove it.
  const pressed = page.locator('[data-block][aria-label^="Group A, session, Thursday 09:00"]').first();
  await pressed.scrollIntoViewIfNeeded();
  const first = await pressed.boundingBox();
  await page.mouse.click(first.x + 10, first.y + 5);
  await expect(said(page)).toHaveText(/^Picked up Group A, Thursday 09:00 to 09:30\./);
  await page.getByRole("button", { name: "Put it back" }).click();
  await expect(said(page)).toHaveText("Put back; nothing changed.");
  await page.mouse.click(first.x + 10, first.y + 5);
  await page.getByRole("button", { name: "Remove it" }).click();
  await expect(said(page)).toHaveText("Removed Group A. Undo brings it back.");
  await expect(summary(page)).toHaveText("20 students short · no conflicts · 13 sessions to place");

  // A phone: one day at a time, chosen by the day buttons; no sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator(".week-grid .day:visible")).toHaveCount(1);
  await expect(page.locator(".week-grid .day:visible h3")).toHaveText("Thursday");
  await page.getByRole("button", { name: "Monday", exact: true }).click();
  await expect(page.locator(".week-grid .day:visible h3")).toHaveText("Monday");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "sideways overflow at 390px").toBeLessThanOrEqual(0);
  await app.expectAccessible();
});

test("under 3:1: the direct week's minutes, an indirect week of its own; the other pages carry the schedule unread", async ({ page }) => {
  const app = await openTwenty(page);
  await page.locator("button[data-session]").first().click();
  await page.keyboard.press("Enter");
  await expect(blocks(page)).toHaveCount(1);
  await page.waitForTimeout(400);
  const before = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);

  // Set on the calculator (which carries the schedule unread and writes it back as it was).
  await app.open();
  await app.field("Service delivery model").selectOption({ label: "3:1, indirect week 4th in each cycle" });
  await page.waitForTimeout(400);
  const after = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  const schedule = (d) => d.data.list.find((s) => s.id === d.data.active).workspace.schedule;
  expect(schedule(after)).toEqual(schedule(before));

  await page.goto("/schedule/");
  await expect(page.locator(".schedule-checks")).toContainText("Under 3:1 each direct week holds the minutes of four weeks in three");
  await expect(page.getByRole("heading", { name: "The direct week" })).toBeVisible();
  // 60 minutes a week is 80 in each direct week: Group A's one block leaves S01 50 short.
  const s01 = page.locator("table.coverage tr", { has: page.getByRole("rowheader", { name: "S01", exact: true }) }).locator("td");
  await expect(s01).toHaveText(["80 min", "30 min", "Short by 50 min"]);
  await page.getByLabel("Indirect week", { exact: true }).check();
  await expect(page.getByRole("heading", { name: "The indirect week" })).toBeVisible();
  await expect(blocks(page)).toHaveCount(0);
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Meeting" });
  await page.getByRole("button", { name: "Pick up this block" }).click();
  await page.keyboard.press("Enter");
  await expect(said(page)).toHaveText("Placed Meeting, Monday 07:30 to 08:00.");
  await expect(blocks(page)).toHaveCount(1);
  await expect(s01).toHaveText(["80 min", "30 min", "Short by 50 min"]);
  await page.getByLabel("Direct week", { exact: true }).check();
  await expect(blocks(page)).toHaveCount(1);
  await expect(page.locator('[data-block][aria-label^="Group A"]')).toBeVisible();

  // A week cut to four days keeps Friday's block, as a conflict that can be removed.
  await page.keyboard.press("Escape");
  await page.locator('[data-block][aria-label^="Group A"]').focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("End");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(said(page)).toHaveText("Placed Group A, Friday 15:00 to 15:30.");
  await page.waitForTimeout(400);
  await app.open();
  await page.locator("summary", { hasText: "School calendar" }).click();
  await app.field("School days per week").fill("4");
  await page.waitForTimeout(400);
  await page.goto("/schedule/");
  await expect(page.locator(".week-grid .day")).toHaveCount(4);
  await expect(page.locator("ul.conflicts li")).toHaveText(["Group A is outside the schedule's day, Friday 15:00 (direct week). Show Remove"]);
  await page.locator("ul.conflicts").getByRole("button", { name: "Remove" }).click();
  await expect(said(page)).toHaveText("Removed Group A. Undo brings it back.");
  await expect(page.locator("#conflicts-heading")).toBeFocused();
  await expect(page.locator("ul.conflicts li")).toHaveCount(0);
});
