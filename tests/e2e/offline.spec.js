// Offline use, updates and installing, against the release build served under a sub-path,
// as on GitHub Pages (the same dist/ works at any path: every URL in it is relative).
import { test, expect } from "./fixtures.js";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CalculatorPage } from "./app.js";

const BASE = "/workload-calculator/";
const dist = join(import.meta.dirname, "../../dist");
const servers = [];

/** Serves `dir` under BASE on a port of its own; returns the site's URL. */
async function serve(dir, port) {
  const server = spawn("node", [join(import.meta.dirname, "../../scripts/serve-static.mjs"), dir, String(port), BASE], { stdio: "ignore" });
  servers.push(server);
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${BASE}`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return `http://127.0.0.1:${port}${BASE}`;
}

test.afterAll(() => servers.forEach((s) => s.kill()));

/** Waits until the service worker controls the page (every file is then cached). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

test("used under a sub-path, then reloaded with no network: the app and the saved caseload are there", async ({ page, context }) => {
  const site = await serve(dist, 8093);
  const app = new CalculatorPage(page);
  await page.goto(site);
  await expect(app.headcount).toHaveText("48");
  await app.field("FTE").fill("0.8");
  await expect(app.utilization).toHaveText("123.8%");
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expect(app.utilization).toHaveText("123.8%");
  await expect(app.headcount).toHaveText("48");
  await page.getByRole("link", { name: "Caseload", exact: true }).click();
  await expect(page).toHaveURL(`${site}caseload/`);
  await expect(page.locator("#student-count")).toHaveText("48 students");
  await expect(page.locator(".status-strip .strip-utilization")).toHaveText("123.8%");
  await page.getByRole("link", { name: "3:1 planner and school year" }).click();
  await expect(page).toHaveURL(`${site}planner/`);
  await expect(page.locator("#year-counts")).toContainText("School weeks38");
  await page.getByRole("link", { name: "Indirect services" }).click();
  await expect(page).toHaveURL(`${site}indirect/`);
  await expect(page.locator("#coverage-table")).toContainText("S48");
  await page.getByRole("link", { name: "Weekly schedule" }).click();
  await expect(page).toHaveURL(`${site}schedule/`);
  await expect(page.locator(".check-summary")).toHaveText("42 students short · no conflicts · 46 sessions to place");
  await page.getByRole("link", { name: "Team staffing" }).click();
  await expect(page).toHaveURL(`${site}team/`);
  await page.getByRole("button", { name: "Try it with the demonstration's two SLPs" }).click();
  await expect(page.locator("#team-summary")).toContainText("SLP is short 0.3 FTE");
  await page.getByRole("link", { name: "Time study" }).click();
  await expect(page).toHaveURL(`${site}time-study/`);
  await expect(page.getByRole("button", { name: "Start the study" })).toBeVisible();
  await page.goto(`${site}spreadsheet/`);
  await expect(page.getByLabel("Or paste the cells")).toBeVisible();
  await page.goto(`${site}compare/#demo`);
  await expect(page.locator("#headline")).toContainText("Same caseload: 48 students each");
  await page.goto(`${site}report`);
  await expect(page.locator("#report-title")).toHaveText("Workload report: Example: typical school SLP");
  await context.setOffline(false);
});

test("a new version is detected, offered, and applied whole on reload", async ({ page }) => {
  const copy = mkdtempSync(join(tmpdir(), "workload-site-"));
  cpSync(dist, copy, { recursive: true });
  try {
    const site = await serve(copy, 8094);
    const app = new CalculatorPage(page);
    await page.goto(site);
    await expect(app.headcount).toHaveText("48");
    await controlled(page);
    const before = await page.evaluate(() => caches.keys());

    // A new build: a changed page and so a new service-worker version.
    const index = join(copy, "index.html");
    const changed = readFileSync(index, "utf8").replace(/<meta charset="?utf-8"?\s*\/?>/i, (m) => `${m}<meta name="build" content="next">`);
    expect(changed).toContain('<meta name="build" content="next">');
    writeFileSync(index, changed);
    const sw = join(copy, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-version"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect(page.locator("#update-ready")).toContainText("A new version of the app is ready.");
    // Until the user says so, the running page keeps its version.
    await expect(page.locator('meta[name="build"]')).toHaveCount(0);
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Reload to update" }).click()]);
    await expect(page.locator('meta[name="build"]')).toHaveAttribute("content", "next");
    await expect(app.headcount).toHaveText("48");
    const after = await page.evaluate(() => caches.keys());
    expect(after).toEqual(["workload-calculator-next-version"]);
    expect(before).not.toEqual(after);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test("the web app manifest parses with no errors, its icons load, and the app is installable", async ({ page }) => {
  const site = await serve(dist, 8095);
  await page.goto(site);
  await controlled(page);
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send("Page.getAppManifest");
  expect(manifest.errors).toEqual([]);
  const data = JSON.parse(manifest.data);
  expect(data.start_url).toBe("./");
  const sizes = [];
  for (const icon of data.icons) {
    const response = await page.request.get(new URL(icon.src, manifest.url).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    sizes.push(icon.sizes);
  }
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  // Playwright's browser contexts are incognito, where no app can be installed; nothing else
  // may stand in the way.
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
});
