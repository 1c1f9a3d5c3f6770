// The team page, as a lead therapist meets it, against the release build: colleagues'
// backup files brought together, two spellings of one building merged, a student moved
// between two members and saved, the staffing report printed; and the team kept by every
// other page that saves, and by a backup.
import { deflateRawSync } from "node:zlib";
import { test, expect } from "./fixtures.js";
import { CalculatorPage, fillStorage, freeStorage } from "./app.js";

const KEY = "workload-calculator.data";

/** The example caseload as a colleague's backup file would hold it, changed by `edit`. */
async function backupOf(page, name, edit) {
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  const scenario = structuredClone(saved.data.list.find((s) => s.id === saved.data.active));
  scenario.name = name;
  edit(scenario.workspace);
  const data = { active: scenario.id, next_id: scenario.id + 1, list: [scenario] };
  return { name: `${name}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...saved, data })) };
}

/** All of a workspace's students in one building of this name. */
function oneBuilding(name, travel = 30) {
  return (w) => {
    const id = w.next_id++;
    w.profile.buildings = [{ id, name, travel_minutes_per_week: travel }];
    for (const s of w.students) s.building = id;
  };
}

/** The example saved once (one edit on the calculator), so that it can be copied. */
async function exampleSaved(page) {
  const app = new CalculatorPage(page);
  await app.open();
  await app.field("FTE").fill("1");
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
  return app;
}

/** The saved data without its team, and the page read again. */
async function withoutTeam(page) {
  await page.evaluate((k) => {
    const saved = JSON.parse(localStorage.getItem(k));
    delete saved.data.team;
    localStorage.setItem(k, JSON.stringify(saved));
  }, KEY);
  await page.reload();
}

/** A backup chosen on the data page, to restore or add. */
const chooseBackup = (page, text) =>
  page.locator("#restore-file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(text) });

const rows = (page, table) => page.locator(`table.${table} tbody tr`);
const said = (page) => page.locator("#team-said");

test("three members from backup files; a building merged; a student moved, seen, saved and kept; the report on two pages at most; CSV; axe clean", async ({ page }) => {
  const app = await exampleSaved(page);
  const files = [
    await backupOf(page, "North SLP", oneBuilding("Lincoln Elementary")),
    await backupOf(page, "Part-time SLP", (w) => {
      w.students = w.students.slice(0, 20);
      oneBuilding("lincoln   ELEMENTARY", 0)(w);
    }),
    await backupOf(page, "South SLP", (w) => {
      w.profile.fte = 0.8;
      oneBuilding("Lincoln Elem", 60)(w);
    }),
  ];
  await page.goto("team/");
  await page.locator("#member-files").setInputFiles(files);
  await expect(said(page)).toHaveText(
    'Added SLP1: "North SLP". Added SLP2: "Part-time SLP". Added SLP3: "South SLP".',
  );
  await expect(rows(page, "team-members")).toHaveCount(3);
  await expect(rows(page, "team-members").nth(1)).toContainText("20");
  await expect(rows(page, "team-members").nth(2)).toContainText("Over capacity");
  await expect(page.locator("#team-summary")).toContainText(
    "SLP has 0.3 FTE to spare: the work needs 2.5 FTE against 2.8 FTE employed. 2 of 3 SLPs are over capacity; SLP2 has",
  );

  // Matched whatever the capitals and spaces; "Lincoln Elem" only once merged.
  await expect(rows(page, "team-buildings")).toHaveCount(2);
  await expect(rows(page, "team-buildings").nth(1)).toContainText("Lincoln Elementary (also spelled lincoln ELEMENTARY)");
  await expect(rows(page, "team-buildings").nth(1)).toContainText("68");
  await page.getByLabel("Count this spelling").selectOption("Lincoln Elem");
  await page.getByLabel("as this building").selectOption("Lincoln Elementary");
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(said(page)).toHaveText('"Lincoln Elem" is now counted as "Lincoln Elementary".');
  await expect(rows(page, "team-buildings")).toHaveCount(1);
  await expect(rows(page, "team-buildings").first()).toContainText("116");
  await expect(rows(page, "team-buildings").first()).toContainText("SLP1, SLP2, SLP3");

  // A what-if: one of SLP3's students to SLP2, seen before it is saved.
  await page.getByLabel("From", { exact: true }).selectOption({ label: "SLP3" });
  await page.getByLabel("What", { exact: true }).selectOption({ index: 2 });
  await page.getByLabel("To", { exact: true }).selectOption({ label: "SLP2" });
  await page.getByRole("button", { name: "Try this move" }).click();
  await expect(said(page)).toContainText("Trying: Move S");
  await expect(rows(page, "team-members").nth(2)).toContainText("47 (was 48)");
  await expect(rows(page, "team-members").nth(1)).toContainText("21 (was 20)");
  await expect(page.locator(".what-changes")).toContainText("SLP: FTE needed");
  await page.reload();
  await expect(rows(page, "team-members").nth(2)).toContainText("48");
  await expect(rows(page, "team-members").nth(2)).not.toContainText("was");

  // The same move, saved this time: kept across a reload.
  await page.getByLabel("From", { exact: true }).selectOption({ label: "SLP3" });
  await page.getByLabel("What", { exact: true }).selectOption({ index: 2 });
  await page.getByLabel("To", { exact: true }).selectOption({ label: "SLP2" });
  await page.getByRole("button", { name: "Try this move" }).click();
  await page.getByRole("button", { name: "Save these moves to the team" }).click();
  await expect(said(page)).toHaveText("Saved the moves: 2 members' caseloads changed.");
  await page.reload();
  await expect(rows(page, "team-members").nth(2)).toContainText("47");
  await expect(rows(page, "team-members").nth(1)).toContainText("21");
  await expect(rows(page, "team-members").nth(2)).not.toContainText("was");

  // Suggested moves are offered and tried.
  await page.getByRole("button", { name: "Suggest moves" }).click();
  await expect(page.locator("#suggestions li").first()).toContainText("from SLP3 to SLP2");
  await page.getByRole("button", { name: "Try these moves" }).click();
  await expect(page.locator("#moves-tried li").first()).toContainText("from SLP3 to SLP2");

  // Members reordered and relabelled by keyboard.
  await page.locator("#down-1").focus();
  await page.keyboard.press("Enter");
  await expect(rows(page, "team-members").nth(1).locator("input")).toHaveValue("SLP1");
  await expect(page.locator("#down-1")).toBeFocused();
  await page.locator("#label-1").fill("SLP-N");
  await page.locator("#label-1").press("Tab");
  await expect(said(page)).toHaveText("Relabelled member as SLP-N.");
  await page.getByRole("button", { name: "Clear all moves" }).click();

  const members = await app.download(page.locator("#members-csv"));
  expect(members.name).toMatch(/^team-members-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = members.text.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines).toHaveLength(4);
  expect(lines[2]).toMatch(/^SLP-N,Speech-language pathologist,1,48,/);
  const buildings = await app.download(page.locator("#buildings-csv"));
  expect(buildings.text).toContain("Lincoln Elementary,Speech-language pathologist,116,");

  const printed = await app.printedPages();
  expect(printed.Letter).toBeLessThanOrEqual(2);
  expect(printed.A4).toBeLessThanOrEqual(2);
  await app.expectAccessible();

  // Presented, by keyboard: the compare page's presenter, with the team's four steps.
  await page.getByRole("link", { name: "Present the team" }).click();
  await expect(page).toHaveURL(/present-team\/$/);
  await expect(page.locator("main h2").first()).toHaveText("1. The caseload view");
  await expect(page.locator("main")).toContainText("By headcount: 116 students");
  await app.expectAccessible();
  await page.getByRole("button", { name: "Present full screen" }).focus();
  await page.keyboard.press("Enter");
  const slide = page.locator("#slide-title");
  await expect(slide).toHaveText("1. The caseload view");
  await expect(page.locator("#presenter .figure-name")).toHaveText(["SLP"]);
  await page.keyboard.press("ArrowRight");
  await expect(slide).toHaveText("2. The workload view");
  await expect(page.locator("#presenter")).toContainText("By workload: the work needs 2.5 FTE; 2.8 FTE are employed.");
  await page.keyboard.press("ArrowRight");
  await expect(slide).toHaveText("3. The shortfall");
  await page.keyboard.press("End");
  await expect(slide).toHaveText("4. What would fix it");
  await expect(page.locator("#presenter .slide-list li").first()).toContainText("from SLP3 to SLP2");
  await app.expectAccessible();
  await page.keyboard.press("Escape");
  await expect(page.locator("#presenter")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Present full screen" })).toBeFocused();
});

test("a damaged file is refused in words; a share link and this browser's scenario join; the calculator and a backup keep the team", async ({ page }) => {
  const app = await exampleSaved(page);
  await page.goto("team/");
  await page.locator("#member-files").setInputFiles([{ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{\"a\": 1}") }]);
  await expect(page.getByRole("alert")).toContainText('"notes.json" was not taken. This file is not a backup of this app');
  await expect(rows(page, "team-members")).toHaveCount(0);
  await page.getByRole("button", { name: "Add this scenario" }).click();
  await expect(said(page)).toHaveText('Added SLP1: "Example: typical school SLP".');

  // A share link made on the data page.
  await page.goto("data/");
  await page.locator("#create-link").click();
  const link = await page.locator("#share-link").inputValue();
  await page.goto("team/");
  await page.getByLabel("A share link").fill(link);
  await page.getByLabel("Label for the next member (optional)").fill("SLP-B");
  await page.getByRole("button", { name: "Add from the link" }).click();
  await expect(said(page)).toHaveText('Added SLP-B: "Example: typical school SLP".');
  await expect(rows(page, "team-members")).toHaveCount(2);
  const team = () => page.evaluate((k) => JSON.stringify(JSON.parse(localStorage.getItem(k)).data.team), KEY);
  await expect.poll(async () => JSON.parse(await team()).members.map((m) => m.label)).toEqual(["SLP1", "SLP-B"]);
  // Each joined packed alone; the page then packs the team as one.
  await expect.poll(async () => JSON.parse(await team()).packs.map((p) => p.members)).toEqual([[1, 2]]);
  const before = await team();

  // The calculator has no team code: it saves its edit and writes the team back as it was.
  await app.open();
  await app.field("FTE").fill("0.9");
  await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.list[0].workspace.profile.fte, KEY)).toBe(0.9);
  expect(await team()).toBe(before);

  // A backup carries the team, and restoring it brings the team back.
  await page.goto("data/");
  const backup = await app.download(page.locator("#download-backup"));
  expect(JSON.stringify(JSON.parse(backup.text).data.team)).toBe(before);
  await withoutTeam(page);
  await chooseBackup(page, backup.text);
  page.once("dialog", (d) => d.accept());
  await page.locator("#restore-replace").click();
  await expect(page.locator("#backup-status")).toContainText("Restored 1 scenario");
  await page.goto("team/");
  await expect(rows(page, "team-members")).toHaveCount(2);
  await expect(rows(page, "team-members").nth(1).locator("input")).toHaveValue("SLP-B");

  // Added as new scenarios, the file's team comes too where this browser has none, and is
  // never merged into one it has.
  await page.goto("data/");
  await chooseBackup(page, backup.text);
  await expect(page.locator("#restore-choice")).toContainText("holds 1 scenario: Example: typical school SLP, and a team of 2 members.");
  await page.getByRole("button", { name: "Add them as new scenarios" }).click();
  await expect(page.locator("#backup-status")).toContainText("The file's team of 2 members was not added: this browser has a team of its own");
  expect(await team()).toBe(before);
  await withoutTeam(page);
  await chooseBackup(page, backup.text);
  await page.getByRole("button", { name: "Add them as new scenarios" }).click();
  await expect(page.locator("#backup-status")).toContainText("The file's team of 2 members is this browser's team now.");
  await expect.poll(team).toBe(before);
  await page.goto("team/");
  await expect(rows(page, "team-members")).toHaveCount(2);

  // A full store: the new member stays in the tab, the page says it is not saved, and it is
  // saved once there is room.
  await fillStorage(page);
  await page.getByRole("button", { name: "Add this scenario" }).click();
  await expect(said(page)).toHaveText('Added SLP3: "Example: typical school SLP".');
  await expect(page.getByText("this browser's storage is full")).toBeVisible();
  await expect(rows(page, "team-members")).toHaveCount(3);
  expect(JSON.parse(await team()).members).toHaveLength(2);
  await freeStorage(page);
  await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
  expect(JSON.parse(await team()).members).toHaveLength(3);

  // Removed, and back with Undo.
  await page.locator("#remove-1").click();
  await expect(rows(page, "team-members")).toHaveCount(2);
  await expect.poll(async () => JSON.parse(await team()).packs.map((p) => p.members)).toEqual([[2, 3]]);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(rows(page, "team-members")).toHaveCount(3);
  await expect(said(page)).toHaveText("SLP1 is back.");
  // Its scenario came back with it, and is packed with the others again.
  await expect.poll(async () => JSON.parse(await team()).packs.map((p) => p.members)).toEqual([[1, 2, 3]]);
  await page.reload();
  await expect(rows(page, "team-members")).toHaveCount(3);
  await expect(rows(page, "team-members").nth(0)).toContainText("At capacity");
  await expect(page.locator("table.team-members")).not.toContainText("Could not be read");
});

test("a team saved by the previous version opens, is packed as one, and keeps the member it cannot read as it was", async ({ page }) => {
  await exampleSaved(page);
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  const scenario = saved.data.list.find((s) => s.id === saved.data.active);
  // Format 6 packed each member's scenario alone: one backup, deflated, base64url.
  const alone = { format: saved.format, version: 6, data: { active: scenario.id, next_id: scenario.id + 1, list: [scenario] } };
  const packed = deflateRawSync(Buffer.from(JSON.stringify(alone))).toString("base64url");
  saved.version = 6;
  saved.data.team = {
    members: [
      { id: 1, label: "SLP1", source: "old", scenario: packed },
      { id: 4, label: "SLP2", source: "old", scenario: "AAAA" },
    ],
    merges: [],
    next_id: 5,
  };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(saved)]);
  await page.goto("team/");
  await expect(rows(page, "team-members")).toHaveCount(2);
  await expect(rows(page, "team-members").nth(0)).toContainText("At capacity");
  await expect(rows(page, "team-members").nth(1)).toContainText("Could not be read: its scenario is damaged");

  // Saved as format 7: the readable member packed anew, the damaged one kept as it was.
  const team = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  await expect.poll(async () => (await team()).version).toBe(7);
  await expect.poll(async () => (await team()).data.team.packs.length).toBe(2);
  const now = (await team()).data.team;
  expect(now.packs[0]).toEqual({ members: [4], scenarios: "AAAA" });
  expect(now.packs[1].members).toEqual([1]);
  expect(now.members.map((m) => Object.keys(m).sort())).toEqual([["id", "label", "source"], ["id", "label", "source"]]);
  await page.reload();
  await expect(rows(page, "team-members").nth(0)).toContainText("At capacity");
  await expect(rows(page, "team-members").nth(1)).toContainText("Could not be read");
});
