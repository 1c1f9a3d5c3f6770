// Benchmark: prints numbers, asserts nothing. Run after a release build (scripts/bench.sh
// does both). Measures:
//   1. gzip size of each shipped file and the total, per page (each page is its own load);
//   2. Lighthouse (simulated mobile) on each page: performance, accessibility, best
//      practices, SEO, first contentful paint, time to interactive;
//   3. edit-to-results time in Chromium for caseloads of 60 and 1,000 students: from typing
//      in a student's minutes to the results showing the new total (and until all work,
//      saving included, is done).
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { spawn, execFileSync } from "node:child_process";
import { chromium } from "@playwright/test";

const dist = process.argv[2] ?? "dist";
const port = Number(process.env.BENCH_PORT ?? 8093);
const url = `http://127.0.0.1:${port}/`;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const kb = (n) => (n / 1024).toFixed(1);

/** gzip sizes of one page's files (a folder of dist/, not its subfolders). */
function pageSizes(title, dir) {
  const rows = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(wasm|js|css|html|svg|webmanifest|json)$/.test(e.name))
    .map((e) => {
      const raw = readFileSync(join(dir, e.name));
      return { file: e.name, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    });
  console.log(`\n## ${title}: shipped files (gzip -9)`);
  for (const r of rows) console.log(`${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} KB raw ${kb(r.gzip).padStart(8)} KB gzip`);
  const total = rows.reduce((s, r) => s + r.gzip, 0);
  console.log(`${"total for this page".padEnd(48)} ${"".padStart(15)} ${kb(total).padStart(8)} KB gzip   (target ≤ 250)`);
  return total;
}

/** Each page is its own load: the calculator (dist/) and the pages under it. */
function sizes() {
  return {
    calculator: pageSizes("Calculator page", dist),
    planner: pageSizes("3:1 planner page", join(dist, "planner")),
    compare: pageSizes("Compare and present page", join(dist, "compare")),
    data: pageSizes("Import, export and share page", join(dist, "data")),
    report: pageSizes("Printable report page", join(dist, "report")),
  };
}

function lighthouse(title, pageUrl, name) {
  console.log(`\n## Lighthouse (simulated mobile): ${title}`);
  mkdirSync("bench-results", { recursive: true });
  const out = `bench-results/lighthouse-${name}.json`;
  try {
    execFileSync("npx", ["lighthouse", pageUrl, "--quiet", "--output=json", `--output-path=${out}`,
      "--only-categories=performance,accessibility,best-practices,seo", `--chrome-flags=${chromeFlags.join(" ")}`],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ["ignore", "ignore", "inherit"] });
  } catch (e) {
    console.log(`lighthouse could not run: ${e.message}`);
    return;
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  for (const [id, c] of Object.entries(report.categories)) console.log(`${c.title.padEnd(24)} ${c.score.toFixed(2)}`);
  for (const id of ["first-contentful-paint", "interactive", "total-blocking-time"]) {
    const a = report.audits[id];
    console.log(`${a.title.padEnd(24)} ${(a.numericValue / 1000).toFixed(2)} s`);
  }
}

/** Saved data (format 2: one scenario) with `n` students, each seen alone 30 minutes twice a week. */
function workspaceWith(n) {
  const students = Array.from({ length: n }, (_, i) => ({
    id: i + 1, label: `S${i + 1}`, plan: "iep", level: "elementary", building: null, weight: null,
    services: [{ delivery: "pull_out", rate: { minutes: 30, times: 2, per: "week" }, group: null }],
  }));
  const value = { minutes: 0, times: 1, per: "year" };
  const workspace = {
      profile: {
        discipline: "slp", fte: 1, contract_hours_per_week: 37.5, contract_includes_lunch: false,
        lunch_minutes_per_day: 30, days_per_week: 5, school_weeks_per_year: 36, weeks_per_quarter: 9,
        buildings: [], service_model: "traditional", cap: "none", assistants_supervised: 0,
        weighting: "unweighted", thresholds: { at_capacity_from: 85, over_capacity_above: 100 },
      },
      standards: {
        annual_plan: { rate: { ...value, minutes: 120 }, source: "" },
        progress_reports: { rate: { ...value, minutes: 20, times: 4 }, source: "" },
        reevaluation: { rate: { ...value, minutes: 360, times: 1 / 3 }, source: "" },
        documentation_minutes_per_session: 5, documentation_source: "",
      },
      students, activities: [], next_id: n + 1,
  };
  return JSON.stringify({
    format: "workload-calculator", version: 2,
    data: { active: 1, next_id: 2, list: [{ id: 1, name: "Benchmark", workspace }] },
  });
}

async function editToResults(browser, n) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(([raw]) => {
    if (!sessionStorage.getItem("bench-seeded")) {
      localStorage.setItem("workload-calculator.data", raw);
      sessionStorage.setItem("bench-seeded", "1");
    }
  }, [workspaceWith(n)]);
  await page.goto(url);
  await page.waitForFunction((n) => document.querySelector("#headcount")?.textContent === String(n), n, { timeout: 120_000 });
  await page.getByRole("button", { name: "Edit S1", exact: true }).click();
  const timings = await page.evaluate(async () => {
    const input = [...document.querySelectorAll("label")].find((l) => l.textContent === "Minutes");
    const field = document.getElementById(input.htmlFor);
    const total = document.getElementById("total-hours");
    const results = [];
    for (let i = 0; i < 30; i++) {
      const before = total.textContent;
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (total.textContent !== before) { observer.disconnect(); resolve(performance.now()); }
        });
        observer.observe(total, { childList: true, characterData: true, subtree: true });
      });
      const t0 = performance.now();
      field.value = i % 2 === 0 ? "90" : "30";
      field.dispatchEvent(new Event("input", { bubbles: true }));
      const t1 = await changed;
      // The event loop is free again: saving and every effect have run.
      const t2 = await new Promise((r) => setTimeout(() => r(performance.now())));
      results.push([t1 - t0, t2 - t0]);
    }
    return results;
  });
  await page.close();
  const stat = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] };
  };
  return { dom: stat(timings.map((t) => t[0])), frame: stat(timings.map((t) => t[1])) };
}

const server = spawn("node", ["scripts/serve-static.mjs", dist, String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
try {
  const total = sizes();
  lighthouse("calculator", url, "calculator");
  lighthouse("3:1 planner", `${url}planner/`, "planner");
  lighthouse("compare and present (the demonstration)", `${url}compare/#demo`, "compare");
  lighthouse("import, export and share", `${url}data/`, "data");
  lighthouse("printable report", `${url}report/`, "report");
  console.log("\n## Edit to results (Chromium, 1366×768)");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags.slice(1) });
  const results = {};
  for (const [n, target] of [[60, 16], [1000, 50]]) {
    const r = await editToResults(browser, n);
    results[n] = r;
    console.log(`${String(n).padStart(5)} students: results updated median ${r.dom.median.toFixed(1)} ms, p95 ${r.dom.p95.toFixed(1)} ms; ` +
      `all work done median ${r.frame.median.toFixed(1)} ms, p95 ${r.frame.p95.toFixed(1)} ms (target < ${target} ms)`);
  }
  await browser.close();
  writeFileSync("bench-results/summary.json", JSON.stringify({ pageGzipBytes: total, editToResults: results }, null, 2));
} finally {
  server.kill();
}
