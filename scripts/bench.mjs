// Benchmark: measures, prints, and writes docs/performance.md; asserts nothing. Run it with
// scripts/bench.sh, which builds the release version and the two floor pages first.
// Usage: node scripts/bench.mjs [dist] [dist-bare] [dist-engine-floor]
//
// Measures, in Chromium on this machine:
//   1. gzip size of each shipped file and the total, per page (each page is its own load);
//   2. Lighthouse (simulated mobile) on each page: performance, accessibility, best
//      practices, SEO, first contentful paint, time to interactive;
//   3. edit-to-results time for caseloads of 60, 1,000 and 5,000 students, with the CPU
//      slowed 4× (DevTools protocol), as on a school Chromebook: from typing a student's
//      minutes to the results showing the new total; the edit's own work (handler and
//      effects); and the main thread's work until the frame showing it is drawn;
//   4. memory after loading 5,000 students (JS heap and wasm memory), and the size of the
//      saved data for 1,000 students;
//   5. the same size and Lighthouse figures for a bare one-line Leptos page built with the
//      same profile: the app's figures are also given as ratios to that floor;
//   6. and for the engine floor: a page that only reads, computes, encodes and shows one line
//      (what every page of the app does before any form or chart);
//   7. where each page's bytes go: the page's wasm as the compiler left it (function names
//      kept, before wasm-opt), summed by crate with twiggy, so the next size decision is
//      made from data.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { deflateRawSync, gzipSync } from "node:zlib";
import { join } from "node:path";
import { spawn, execFileSync } from "node:child_process";
import { chromium } from "@playwright/test";

const dist = process.argv[2] ?? "dist";
const bareDist = process.argv[3] ?? "dist-bare";
const engineDist = process.argv[4] ?? "dist-engine-floor";
const port = Number(process.env.BENCH_PORT ?? 8093);
const url = `http://127.0.0.1:${port}/`;
const bareUrl = `http://127.0.0.1:${port + 1}/`;
const engineUrl = `http://127.0.0.1:${port + 2}/`;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const THROTTLE = 4;
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => n.toFixed(1);

/** gzip sizes of one page's files (a folder, not its subfolders). */
function pageSizes(title, dir) {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(wasm|js|css|html|svg)$/.test(e.name) && e.name !== "sw.js")
    .map((e) => {
      const raw = readFileSync(join(dir, e.name));
      return { file: e.name, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    });
  const total = files.reduce((s, r) => s + r.gzip, 0);
  console.log(`\n## ${title}: shipped files (gzip -9)`);
  for (const r of files) console.log(`${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} KB raw ${kb(r.gzip).padStart(8)} KB gzip`);
  console.log(`${"total for this page".padEnd(48)} ${"".padStart(15)} ${kb(total).padStart(8)} KB gzip   (target ≤ 250)`);
  return { title, files, total };
}

/** The crate a twiggy item belongs to: `workload_core::engine`, `tachys`, `data`... */
function crateOf(name) {
  let n = name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]+\]/g, "").replace(/^[<&(]+/, "").replace(/^(mut |dyn )/, "");
  if (n.startsWith("data segment")) return "(data: strings and tables)";
  if (/^(elem|type|import|export|table|func)\b/.test(n) || n.startsWith('"')) return "(wasm structure and exports)";
  const impl = n.match(/^\S+ as (\S+)/);
  const path = (n.startsWith("workload") ? n : impl && impl[1].startsWith("workload") ? impl[1] : n).split("::");
  const crate = path[0].replace(/[<>&]/g, "");
  if (crate === "workload_core" || crate === "workload_calculator") return path.slice(0, 3).join("::").replace(/[<>{].*$/, "");
  return crate.replace(/^T as /, "") || "(other)";
}

/** The largest contributors to a page's wasm, by crate (twiggy on the unoptimised wasm). */
function bytesByCrate(bin) {
  const wasm = join("target", "wasm32-unknown-unknown", "release", `${bin}.wasm`);
  let csv;
  try {
    csv = execFileSync("twiggy", ["top", "-n", "1000000", "--format", "csv", wasm], { maxBuffer: 1 << 28 }).toString();
  } catch (e) {
    console.log(`twiggy could not run on ${wasm}: ${e.message}`);
    return null;
  }
  const sums = new Map();
  let total = 0;
  for (const line of csv.split("\n").slice(1)) {
    const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    if (!m) continue;
    const name = m[1].replace(/^"|"$/g, "").replace(/""/g, '"');
    if (name.includes("wasm_bindgen_unstable") || name.includes("function names")) continue;
    const size = Number(m[2]);
    total += size;
    sums.set(crateOf(name), (sums.get(crateOf(name)) ?? 0) + size);
  }
  const top = [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14);
  return { total, top };
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
    return null;
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  const c = report.categories;
  const result = {
    performance: c.performance.score, accessibility: c.accessibility.score,
    bestPractices: c["best-practices"].score, seo: c.seo.score,
    fcp: report.audits["first-contentful-paint"].numericValue / 1000,
    tti: report.audits.interactive.numericValue / 1000,
    // What the simulated network carried (compressed, as the server sent it).
    sentBytes: report.audits["total-byte-weight"].numericValue,
  };
  console.log(`performance ${result.performance}, accessibility ${result.accessibility}, best practices ${result.bestPractices}, ` +
    `SEO ${result.seo}, FCP ${result.fcp.toFixed(2)} s, TTI ${result.tti.toFixed(2)} s, ${kb(result.sentBytes)} KB sent`);
  return result;
}

/** A time study of `days` school days from Monday 5 October 2026, every interval of the
 * 8:00 to 15:30 day logged (therapy, reports and evaluations in turn; lunch at noon). */
function studyOf(days, firstId) {
  const dates = [];
  for (let d = new Date(Date.UTC(2026, 9, 5)); dates.length < days; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) dates.push(d.toISOString().slice(0, 10));
  }
  const tasks = [["Therapy", "direct"], ["Reports", "compliance"], ["Evaluation", "direct"], ["Lunch", null]]
    .map(([name, category], i) => ({ id: firstId + i, name, category }));
  const intervals = Array.from({ length: 30 }, (_, i) => (i === 16 || i === 17 ? firstId + 3 : firstId + (i % 3)));
  return {
    setup: { start: dates[0], school_days: days, weekdays: [true, true, true, true, true], day_start: 480, day_end: 930,
      interval: 15, lunch_start: 720, lunch_minutes: 30 },
    tasks, days: dates.map((date) => ({ date, intervals, overflow: [] })), monthly: [],
  };
}

/** An indirect-service log of `entries` entries spread over `n` students (ids 1 to n) and the
 * school weeks of the typical year, ids from `firstId`. */
function logOf(entries, n, firstId) {
  const services = ["consultation", "planning", "observation", "materials", "family_contact"];
  const start = Date.UTC(2026, 8, 8);
  return {
    entries: Array.from({ length: entries }, (_, i) => ({
      id: firstId + i, student: (i % n) + 1,
      date: new Date(start + Math.floor(i / n) * 7 * 86_400_000 % (280 * 86_400_000)).toISOString().slice(0, 10),
      service: services[i % services.length], with: "classroom_teacher", minutes: 15 + (i % 4) * 5,
      note: i % 3 === 0 ? "Visual supports for the reading block" : "",
    })),
  };
}

/** A weekly schedule of `count` blocks for students 1 to `n`, ids from `firstId`, filling a
 * week of five days of 07:00 to 17:00 in 15-minute blocks with no overlap (a full, workable
 * week): each student's two sessions first, then meetings, lunches, duties, indirect work and
 * the school's fixed times. With `overlapping`, every block is put in the first 6 hours of
 * its day instead: a schedule with hundreds of conflicts to find and list. */
function scheduleOf(count, n, firstId, { overlapping = false } = {}) {
  const kinds = ["meeting", "lunch", "duty", "blackout", "indirect"];
  const slots = overlapping ? 24 : 40;
  const blocks = Array.from({ length: count }, (_, i) => {
    const session = i < 2 * n;
    const block = {
      id: firstId + i, kind: session ? "session" : kinds[i % kinds.length], week: "direct",
      day: i % 5, start: 420 + (Math.floor(i / 5) % slots) * 15, minutes: 15,
    };
    if (session) block.student = (i % n) + 1;
    return block;
  });
  return { day_start: 420, day_end: 1020, slot: 15, largest_group: 4, building_days: [], blocks };
}

/** Saved data (format 5: one scenario) with `n` students, each seen alone 30 minutes twice a
 * week and consulted for 30 minutes per 4-week cycle, with `studyDays` a time study of that
 * many days, fully logged, `logEntries` entries in the indirect-service log, and a weekly
 * schedule of `blocks` blocks (`scheduleOf`; the first, id n + 1, student 1's session on
 * Monday 07:00; the students' sessions are then 15 minutes twice a week). */
function workspaceWith(n, { studyDays = 0, logEntries = 0, blocks = 0, overlapping = false } = {}) {
  const students = Array.from({ length: n }, (_, i) => ({
    id: i + 1, label: `S${i + 1}`, plan: "iep", level: "elementary", building: null, weight: null,
    services: [
      { delivery: "pull_out", rate: { minutes: blocks ? 15 : 30, times: 2, per: "week" }, group: null },
      ...(logEntries ? [{ delivery: "consult", rate: { minutes: 30, times: 1, per: "cycle" }, group: null }] : []),
    ],
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
  if (studyDays) {
    workspace.time_study = studyOf(studyDays, n + 1);
    workspace.next_id = n + 5;
  }
  if (logEntries) {
    workspace.indirect_log = logOf(logEntries, n, workspace.next_id);
    workspace.next_id += logEntries;
  }
  if (blocks) {
    workspace.schedule = scheduleOf(blocks, n, workspace.next_id, { overlapping });
    workspace.next_id += blocks;
  }
  return JSON.stringify({
    format: "workload-calculator", version: 5,
    data: { active: 1, next_id: 2, list: [{ id: 1, name: "Benchmark", workspace }] },
  });
}

/** Saved data (format 7) with one small scenario of its own and a team of `members`
 * members of `n` students each: SLPs, OTs and PTs in turn, at 0.6 to 1.0 FTE, each in two of
 * 50 buildings (spelt in varying case), with sessions of 20 to 40 minutes so that some are
 * over capacity and some have room. The scenarios are packed as the team page packs them: one
 * pack, a JSON array of one-scenario backups, raw-deflated, base64url. */
function teamOf(members, n) {
  const pack = (json) => deflateRawSync(Buffer.from(json), { level: 9 }).toString("base64url");
  const list = Array.from({ length: members }, (_, i) => {
    const saved = JSON.parse(workspaceWith(n));
    const w = saved.data.list[0].workspace;
    w.profile.discipline = ["slp", "ot", "pt"][i % 3];
    w.profile.fte = [1, 0.8, 0.6, 1, 0.9][i % 5];
    const names = [`School ${(i * 7) % 50}`, `SCHOOL  ${(i * 7 + 3) % 50}`];
    w.profile.buildings = names.map((name, b) => ({ id: n + 1 + b, name, travel_minutes_per_week: 30 }));
    w.students.forEach((st, k) => {
      st.building = n + 1 + (k % 2);
      st.services[0].rate.minutes = 20 + ((i * 3 + k) % 21);
    });
    w.next_id = n + 3;
    saved.version = 7;
    saved.data.list[0].name = `Member ${i + 1}`;
    return { member: { id: i + 1, label: `M${i + 1}`, source: "benchmark" }, backup: JSON.stringify(saved) };
  });
  const own = JSON.parse(workspaceWith(60));
  own.version = 7;
  // As the team page keeps a team: every member's scenario in one pack.
  own.data.team = {
    members: list.map((m) => m.member),
    packs: [{ members: list.map((m) => m.member.id), scenarios: pack(`[${list.map((m) => m.backup).join(",")}]`) }],
    merges: [],
    next_id: members + 1,
  };
  return JSON.stringify(own);
}

/** The team page opened on `raw` with the CPU slowed: the time from the app's start to every
 * member's figures on screen. */
async function openTeam(browser, raw, throttle) {
  const { context, page } = await seededPage(browser, raw);
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", () => { window.benchStarted = performance.now(); });
    new MutationObserver(() => {
      const rows = document.querySelectorAll("table.team-members tbody tr");
      if (!window.benchShown && rows.length === 200 && !document.querySelector("table.team-members tbody").textContent.includes("Reading")) {
        window.benchShown = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(`${url}team/`);
  await page.waitForFunction(() => window.benchShown, null, { timeout: 120_000, polling: 100 });
  const load = await page.evaluate(() => window.benchShown - window.benchStarted);
  return { context, page, load };
}

/** The team page with a team of 200 members of 60 students (12,000 students): the time from
 * the app's start to every member's figures on screen, with the CPU slowed 4× (the issue's
 * target: 500 ms), the median of nine openings (on this 2-core machine one opening varies by
 * ±60 ms, and about one in five is over 500 ms where the median is 470: a median of five
 * still moved by 40 ms from run to run); then a rebalancing what-if, one student moved and taken back 30 times, each
 * timed until the members table shows it (target 50 ms). And the saved data's size. */
async function teamLoadAndWhatIf(browser, throttle) {
  const raw = teamOf(200, 60);
  const loads = [];
  let opened;
  for (let i = 0; i < 9; i++) {
    if (opened) await opened.context.close();
    opened = await openTeam(browser, raw, throttle);
    loads.push(opened.load);
  }
  const { context, page } = opened;
  const whatIf = await page.evaluate(async () => {
    const pick = (id, value) => {
      const select = document.getElementById(id);
      select.value = value;
      select.dispatchEvent(new Event("change", { bubbles: true }));
    };
    const settle = () => new Promise((r) => setTimeout(r, 50));
    pick("move-from", "1");
    await settle();
    const what = document.getElementById("move-what");
    pick("move-what", what.options[what.options.length - 1].value);
    pick("move-to", "4");
    await settle();
    const body = document.querySelector("table.team-members tbody");
    const times = [];
    for (let i = 0; i < 30; i++) {
      const button = i % 2 === 0
        ? document.getElementById("try-move")
        : [...document.querySelectorAll("#moves-tried button")].find((b) => b.textContent === "Take back the last move");
      if (i % 2 === 0) {
        pick("move-what", what.options[what.options.length - 1].value);
        await settle();
      }
      const shown = new Promise((r) => new MutationObserver((_, o) => { o.disconnect(); r(performance.now()); }).observe(body, { childList: true, subtree: true }));
      const start = performance.now();
      button.click();
      times.push((await shown) - start);
      await settle();
    }
    return times;
  });
  await context.close();
  return { members: 200, students: 12000, savedChars: raw.length, loadMs: stat(loads).median, loads, whatIf: stat(whatIf), loadTarget: 500, whatIfTarget: 50 };
}

/** Students, and the medians an edit should stay within (ms, CPU slowed): its effect on
 * screen within a frame; all its work (the input handler and every effect it triggers) within
 * a frame for a usual caseload, within RAIL's 50 ms for handling input at 1,000, and within
 * 100 ms at 5,000 (twice RAIL's budget; the issue that bound forms to the model only asked
 * that 166 ms get no worse). The frame that then draws it is reported beside them, with what
 * the browser spends drawing the same keystroke when no app listens. */
const EDIT_TARGETS = [[60, { results: 16, allWork: 16 }], [1000, { results: 16, allWork: 50 }], [5000, { results: 50, allWork: 100 }]];
const editMet = (e) => e.results.median <= e.target.results && e.allWork.median <= e.target.allWork;

const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] };
};

/** Makes `edits` edits, each once the page is idle, and returns when each one's new total
 * was on screen (ms). Marks each edit in the trace, from the edit to the frame that shows
 * it. `what`: "minutes", typing into the open student's Minutes field (`listened` false
 * sets the text without telling the app: what the browser alone spends on the keystroke);
 * "interval", a key in the time study's grid on the cell in focus (Delete, then the first
 * task's key, which logs it and moves down: each changes the work logged); or "log", adding
 * an entry for the first student on the indirect-services page (ticked beforehand, outside
 * the measured time), until their coverage row shows it; or "block", placing a block of the
 * weekly schedule a slot lower or higher (picked up and moved by keys beforehand; Enter
 * places it), until the line that says where it went changes. Runs in the page. */
async function timedEdits({ edits, listened, what, block }) {
  let act;
  let total;
  let prepare = () => {};
  if (what === "minutes") {
    const input = [...document.querySelectorAll("label")].find((l) => l.textContent === "Minutes");
    const field = document.getElementById(input.htmlFor);
    total = document.querySelector(".status-strip .strip-hours");
    act = (i) => {
      field.value = i % 2 === 0 ? "90" : "30";
      if (listened) field.dispatchEvent(new Event("input", { bubbles: true }));
    };
  } else if (what === "log") {
    total = document.querySelector("#coverage-table tbody tr");
    const box = document.getElementById("log-for-1");
    const add = document.querySelector(".entry-form button[type=submit]");
    prepare = () => {
      box.checked = true;
      box.dispatchEvent(new Event("change", { bubbles: true }));
    };
    act = () => add.click();
  } else if (what === "block") {
    total = document.querySelector(".moving-line");
    const grid = document.getElementById("week-grid");
    const key = (target, k) => target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
    prepare = (i) => {
      key(document.querySelector(`[data-block="${block}"]`), "Enter");
      key(grid, i % 2 === 0 ? "ArrowDown" : "ArrowUp");
    };
    act = () => key(grid, "Enter");
  } else {
    total = document.querySelector("#work-hours");
    act = (i) => document.activeElement.dispatchEvent(
      new KeyboardEvent("keydown", { key: i % 2 === 0 ? "Delete" : "1", bubbles: true, cancelable: true }));
  }
  // After the frame that follows the edit: a task queued from an animation frame callback
  // runs once that frame is drawn.
  const drawn = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  }));
  const onScreen = [];
  for (let i = 0; i < edits; i++) {
    // Idle first, so that no edit's work runs into the next one's.
    prepare(i);
    await new Promise((r) => setTimeout(r, 50));
    const before = total.textContent;
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (total.textContent !== before) { observer.disconnect(); resolve(performance.now()); }
      });
      observer.observe(total, { childList: true, characterData: true, subtree: true });
    });
    performance.mark("edit-start");
    const t0 = performance.now();
    act(i);
    if (listened) onScreen.push((await changed) - t0);
    await drawn();
    performance.mark("edit-end");
  }
  return onScreen;
}

/** Per edit, from a trace of the page's main thread: the work of the task the edit ran in
 * (the input handler, and every effect, which run as its microtasks) and all the thread's
 * work until the frame that shows it is drawn (the same, plus style, layout and paint). */
function workPerEdit(events) {
  const marks = events.filter((e) => e.name === "edit-start" || e.name === "edit-end").sort((a, b) => a.ts - b.ts);
  const thread = (e) => `${e.pid}:${e.tid}`;
  const main = thread(marks[0]);
  const tasks = events.filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && thread(e) === main);
  const busy = (a, b) => tasks.reduce((sum, t) => sum + Math.max(0, Math.min(b, t.ts + t.dur) - Math.max(a, t.ts)), 0) / 1000;
  const handled = [];
  const framed = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const [start, end] = [marks[i].ts, marks[i + 1].ts];
    const own = tasks.find((t) => t.ts <= start && start <= t.ts + t.dur);
    handled.push(own ? (own.ts + own.dur - start) / 1000 : 0);
    framed.push(busy(start, end));
  }
  return { handled, framed };
}

/** A page of the app with `raw` as its saved data (seeded once, so reloads keep edits). */
async function seededPage(browser, raw) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(([raw]) => {
    addEventListener("TrunkApplicationStarted", (e) => { window.benchWasm = e.detail.wasm; });
    if (!sessionStorage.getItem("bench-seeded")) {
      localStorage.setItem("workload-calculator.data", raw);
      sessionStorage.setItem("bench-seeded", "1");
    }
  }, [raw]);
  return { context, page };
}

/** Runs `run` while tracing only the scheduler's tasks and the marks (the trace costs the
 * page next to nothing), and returns its value with each edit's work (`workPerEdit`). */
async function traced(cdp, run) {
  const events = [];
  const collect = (d) => events.push(...d.value);
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", { categories: "toplevel,blink.user_timing", transferMode: "ReportEvents" });
  const value = await run();
  const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.end");
  await complete;
  cdp.off("Tracing.dataCollected", collect);
  return { value, work: workPerEdit(events) };
}

/** Loads `n` students on the caseload page, then times edits of one student's minutes with
 * the CPU slowed `throttle`×: until the status line's hours change, the edit's own work, and
 * the main thread's work until the frame that shows it is drawn. At 60 students, the same
 * keystroke with the app not listening too: the browser's own share of that frame. */
async function editToResults(browser, n, throttle) {
  const { context, page } = await seededPage(browser, workspaceWith(n));
  const loadStart = Date.now();
  await page.goto(`${url}caseload/`);
  await page.waitForFunction((n) => document.querySelector("#student-count")?.textContent === `${n} students`, n, { timeout: 300_000 });
  const loadSeconds = (Date.now() - loadStart) / 1000;
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const wasmBytes = await page.evaluate(() => window.benchWasm?.memory?.buffer.byteLength ?? 0);
  const savedBytes = await page.evaluate(() => new TextEncoder().encode(localStorage.getItem("workload-calculator.data") ?? "").length);
  // By id: finding a button by its accessible name makes Playwright compute the names of
  // all 15,000 buttons at 5,000 students, which takes longer than the app does.
  await page.click("#student-1-edit");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const edits = await traced(cdp, () => page.evaluate(timedEdits, { edits: 30, listened: true, what: "minutes" }));
  const browserAlone = n === 60
    ? (await traced(cdp, () => page.evaluate(timedEdits, { edits: 30, listened: false, what: "minutes" }))).work.framed
    : null;
  await context.close();
  return {
    n, throttle, loadSeconds,
    results: stat(edits.value), allWork: stat(edits.work.handled), frame: stat(edits.work.framed),
    browserFrame: browserAlone && stat(browserAlone),
    jsHeapBytes: metrics.JSHeapUsedSize, wasmBytes, savedBytes,
  };
}

/** The time study with 4 weeks (20 school days) logged, every interval: times setting one
 * interval (a task's key, or Delete, in the grid) until the work logged shows the change. */
async function studyIntervalEdit(browser, throttle, { picturesOpen = false } = {}) {
  const { context, page } = await seededPage(browser, workspaceWith(60, { studyDays: 20 }));
  await page.goto(`${url}time-study/`);
  await page.waitForFunction(() => document.querySelector("#days-logged")?.textContent === "20 of 20", null, { timeout: 60_000 });
  if (picturesOpen) {
    // The day chart and the heat map, folded (and not drawn) until opened.
    for (const summary of await page.locator("details.study-charts > summary").all()) await summary.click();
    await page.waitForSelector("table.heat-map tbody tr");
  }
  await page.focus("#cell-0-0");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const edits = await traced(cdp, () => page.evaluate(timedEdits, { edits: 30, listened: true, what: "interval" }));
  await context.close();
  return { results: stat(edits.value), allWork: stat(edits.work.handled), frame: stat(edits.work.framed), target: 16 };
}

/** The indirect-services page with 2,000 entries logged for 60 students: times adding one
 * entry until the student's coverage row shows it (the issue's target: every figure within
 * 16 ms with the CPU slowed 4×). */
async function logEntryAdd(browser, throttle) {
  const { context, page } = await seededPage(browser, workspaceWith(60, { logEntries: 2000 }));
  await page.goto(`${url}indirect/`);
  await page.waitForSelector("#log-table tbody tr", { timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const edits = await traced(cdp, () => page.evaluate(timedEdits, { edits: 30, listened: true, what: "log" }));
  await context.close();
  return { results: stat(edits.value), allWork: stat(edits.work.handled), frame: stat(edits.work.framed), target: 16 };
}

/** The weekly schedule with 60 students and 200 placed blocks: times placing one block a slot
 * away (the issue's target: every check updated within 16 ms with the CPU slowed 4×). */
async function blockMove(browser, throttle, { overlapping = false } = {}) {
  const { context, page } = await seededPage(browser, workspaceWith(60, { blocks: 200, overlapping }));
  await page.goto(`${url}schedule/`);
  await page.waitForSelector("table.coverage tbody tr", { timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const edits = await traced(cdp, () => page.evaluate(timedEdits, { edits: 30, listened: true, what: "block", block: 61 }));
  await context.close();
  return { results: stat(edits.value), allWork: stat(edits.work.handled), frame: stat(edits.work.framed), target: 16 };
}

/** Least-squares line of time to interactive (s) against KB sent, over the pages measured. */
function ttiAgainstBytes(pages) {
  const n = pages.length;
  if (n < 3) return null;
  const xs = pages.map((p) => p.sentBytes / 1024);
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = pages.reduce((s, p) => s + p.tti, 0) / n;
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const sxy = pages.reduce((s, p, i) => s + (xs[i] - mx) * (p.tti - my), 0);
  const syy = pages.reduce((s, p) => s + (p.tti - my) ** 2, 0);
  if (sxx === 0 || syy === 0) return null;
  const perKB = sxy / sxx;
  return { perKB, intercept: my - perKB * mx, r2: (sxy * sxy) / (sxx * syy) };
}

function markdown(r) {
  const pass = (ok) => (ok ? "yes" : "**no**");
  const lines = [];
  lines.push("# Performance", "");
  lines.push(`Regenerate with \`scripts/bench.sh\` (builds, measures, rewrites this file). Measured ${new Date().toISOString().slice(0, 10)} ` +
    `in headless Chromium on the development machine (2 cores). Lighthouse simulates a mid-range phone on a slow 4G ` +
    `network; edits are timed with the CPU slowed ${THROTTLE}× through the DevTools protocol, as on a school Chromebook.`, "");
  lines.push("## Transfer size per page (gzip -9)", "");
  lines.push("| page | file | KB gzip |", "|---|---|---:|");
  for (const p of r.sizes) {
    for (const f of p.files) lines.push(`| ${p.title} | \`${f.file}\` | ${kb(f.gzip)} |`);
    lines.push(`| **${p.title}** | **total** | **${kb(p.total)}** |`);
  }
  lines.push(`| Bare Leptos page (floor) | total | ${kb(r.bareSize.total)} |`);
  lines.push(`| Engine floor (read, compute, encode, one line) | total | ${kb(r.engineSize.total)} |`, "");
  lines.push("## Lighthouse (simulated mobile)", "");
  lines.push("| page | performance | accessibility | best practices | SEO | FCP s | TTI s | TTI ÷ floor | KB sent | size ÷ floor |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  const floor = r.bareLighthouse;
  for (const [i, p] of r.sizes.entries()) {
    const l = r.lighthouse[i];
    if (!l) continue;
    lines.push(`| ${p.title} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.fcp.toFixed(2)} | ${l.tti.toFixed(2)} | ` +
      `${floor ? (l.tti / floor.tti).toFixed(2) : "—"} | ${kb(l.sentBytes)} | ${(p.total / r.bareSize.total).toFixed(2)} |`);
  }
  if (floor) lines.push(`| Bare Leptos page (floor) | ${floor.performance} | ${floor.accessibility} | ${floor.bestPractices} | ${floor.seo} | ${floor.fcp.toFixed(2)} | ${floor.tti.toFixed(2)} | 1.00 | ${kb(floor.sentBytes)} | 1.00 |`);
  const engine = r.engineLighthouse;
  if (floor && engine) lines.push(`| Engine floor (read, compute, encode, one line) | ${engine.performance} | ${engine.accessibility} | ${engine.bestPractices} | ${engine.seo} | ${engine.fcp.toFixed(2)} | ${engine.tti.toFixed(2)} | ${(engine.tti / floor.tti).toFixed(2)} | ${kb(engine.sentBytes)} | ${(r.engineSize.total / r.bareSize.total).toFixed(2)} |`);
  lines.push("");
  const measured = [...r.lighthouse, floor, engine].filter(Boolean);
  const fit = floor && ttiAgainstBytes(measured);
  if (fit) {
    lines.push(`Across these ${measured.length} pages, time to interactive rises by about ${(fit.perKB * 1000).toFixed(1)} ms for every KB ` +
      `sent (least squares: ${fit.intercept.toFixed(2)} s + ${(fit.perKB * 100).toFixed(2)} s per 100 KB, r² ${fit.r2.toFixed(2)}). ` +
      `At that rate a page within 1.5× of the floor (${(1.5 * floor.tti).toFixed(2)} s) could send at most ` +
      `**${Math.max(0, (1.5 * floor.tti - fit.intercept) / fit.perKB).toFixed(0)} KB**, code and data together.` +
      (engine ? ` The engine floor alone sends ${kb(engine.sentBytes)} KB and takes ${(engine.tti / floor.tti).toFixed(2)}× the floor's time.` : ""), "");
  }
  if (r.bytes) {
    lines.push("## Where the bytes go", "");
    lines.push("Each page's wasm as the compiler left it (before wasm-opt, function names kept), summed by crate",
      "with `twiggy top` (the app's own code by module). Raw KB, not gzip: the shares are what matters. `T as tachys`",
      "and the like are trait implementations the renderer instantiates for the app's own views.", "");
    for (const b of r.bytes) {
      if (!b.breakdown) continue;
      lines.push(`**${b.title}** (${kb(b.breakdown.total)} KB raw)`, "", "| crate or module | KB raw | share |", "|---|---:|---:|");
      for (const [name, size] of b.breakdown.top) {
        lines.push(`| \`${name}\` | ${kb(size)} | ${((100 * size) / b.breakdown.total).toFixed(1)}% |`);
      }
      lines.push("");
    }
  }
  lines.push(`## Edit to results (CPU slowed ${THROTTLE}×)`, "");
  const sixty = r.edits.find((e) => e.n === 60);
  lines.push("A student's minutes typed on the caseload page, where students are edited, 30 times, each once the page",
    "is idle. *Results updated* is the time until the new total is on screen (the status line's hours). *All work*",
    "is the edit's own work: the input handler and every effect it triggers, which run in the task the edit",
    "started (a trace of the main thread's tasks gives its length). *Frame drawn* is all the main thread's",
    "work until the frame that shows the edit is drawn: the",
    "same, plus the browser's style, layout and paint of the page. (Saving runs on its own, at most once",
    "every 300 ms while typing goes on, and lands in an edit's frame only when their times meet.)",
    ...(sixty?.browserFrame ? [`At 60 students the browser alone spends ${ms(sixty.browserFrame.median)} ms (median) on that frame when the`,
      "same text is typed and the app is not told: the floor no change to the app can go under."] : []),
    "Targets: the results within a frame; all the work within a frame for a usual caseload (60), within",
    "RAIL's 50 ms for handling input at 1,000; at 5,000 students, 50 and 100 ms.", "");
  lines.push("| students | results updated, median ms | p95 ms | target ms | all work, median ms | p95 ms | target ms | met | frame drawn, median ms | p95 ms |",
    "|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
  for (const e of r.edits) {
    lines.push(`| ${e.n} | ${ms(e.results.median)} | ${ms(e.results.p95)} | ${e.target.results} | ${ms(e.allWork.median)} | ` +
      `${ms(e.allWork.p95)} | ${e.target.allWork} | ${pass(editMet(e))} | ${ms(e.frame.median)} | ${ms(e.frame.p95)} |`);
  }
  if (r.study) {
    const s = r.study;
    lines.push("", `### Time study: one interval set, 4 weeks logged (CPU slowed ${THROTTLE}×)`, "",
      "20 school days of 30 intervals, every one logged; a task's key or Delete on one interval of the grid, 30",
      "times. Measured as above; the total watched is the work logged. The page as it opens has its two pictures",
      "(the day chart and the heat map) folded, and draws them only once opened: the second row has both open.", "",
      "| pictures | results updated, median ms | p95 ms | all work, median ms | p95 ms | target ms | met | frame drawn, median ms |",
      "|---|---:|---:|---:|---:|---:|---|---:|");
    for (const [x, how] of [[s, "folded"], [s.picturesOpen, "open"]].filter(([x]) => x)) {
      lines.push(`| ${how} | ${ms(x.results.median)} | ${ms(x.results.p95)} | ${ms(x.allWork.median)} | ${ms(x.allWork.p95)} | ${x.target} | ` +
        `${pass(x.results.median <= x.target && x.allWork.median <= x.target)} | ${ms(x.frame.median)} |`);
    }
  }
  if (r.log) {
    const l = r.log;
    lines.push("", `### Indirect services: one entry added to a log of 2,000 (CPU slowed ${THROTTLE}×)`, "",
      "60 students, each with consultation 30 minutes per 4-week cycle, and 2,000 entries spread over the school",
      "year; the first student ticked in the form, then \"Add to the log\", 30 times. Measured as above; the text",
      "watched is the student's row of the coverage table (their week, cycle and year). Their log below it gets",
      "the new row in the same work.", "",
      "| results updated, median ms | p95 ms | all work, median ms | p95 ms | target ms | met | frame drawn, median ms |",
      "|---:|---:|---:|---:|---:|---|---:|",
      `| ${ms(l.results.median)} | ${ms(l.results.p95)} | ${ms(l.allWork.median)} | ${ms(l.allWork.p95)} | ${l.target} | ` +
        `${pass(l.results.median <= l.target && l.allWork.median <= l.target)} | ${ms(l.frame.median)} |`);
  }
  if (r.schedule) {
    const b = r.schedule;
    lines.push("", `### Weekly schedule: one block moved among 200 (CPU slowed ${THROTTLE}×)`, "",
      "60 students with two 30-minute sessions each (120 blocks) and 80 other blocks (meetings, lunches, duties,",
      "indirect work, the school's fixed times) over five days, many of them overlapping (so the conflicts are",
      "many too). One block picked up and moved a slot by keys beforehand, then placed with Enter, 30 times.",
      "Measured as above; the text watched is the line that says where it went, written once every check (each",
      "student's minutes, the conflicts, the week) and the grid are up to date.", "",
      "| results updated, median ms | p95 ms | all work, median ms | p95 ms | target ms | met | frame drawn, median ms |",
      "|---:|---:|---:|---:|---:|---|---:|",
      `| ${ms(b.results.median)} | ${ms(b.results.p95)} | ${ms(b.allWork.median)} | ${ms(b.allWork.p95)} | ${b.target} | ` +
        `${pass(b.results.median <= b.target && b.allWork.median <= b.target)} | ${ms(b.frame.median)} |`);
  }
  if (r.team) {
    const t = r.team;
    lines.push("", `### Team staffing: 200 members of 60 students (CPU slowed ${THROTTLE}×)`, "",
      "A team of 200 members (SLPs, OTs and PTs in turn, 0.6 to 1.0 FTE, each in two of 50 buildings spelt in varying",
      "case), 60 students each: 12,000 students, stored as the app stores them, every scenario in one pack. Loading:",
      "from the app's start to every member's figures on screen (the pack inflated by the browser's decompression",
      "stream and read by the small JSON reader, each scenario as saved data is, computed by the calculator's engine; the team's",
      "totals and buildings; the chart is folded until opened), the median of nine openings. A what-if: one student",
      "moved from one member to another and taken back, 30 times, each timed from the click until the members",
      "table shows it.", "",
      "| measure | value | target | met |", "|---|---:|---:|---|",
      `| loaded and computed, median ms (of ${t.loads.map(ms).join(", ")}) | ${ms(t.loadMs)} | ${t.loadTarget} | ${pass(t.loadMs <= t.loadTarget)} |`,
      `| what-if shown, median ms (p95 ${ms(t.whatIf.p95)}) | ${ms(t.whatIf.median)} | ${t.whatIfTarget} | ${pass(t.whatIf.median <= t.whatIfTarget)} |`,
      `| saved data with the team, characters | ${t.savedChars.toLocaleString("en-US")} | 5,242,880 (the browser's allowance) | ${pass(t.savedChars < 5242880)} |`,
      `| of which each member, on average, characters | ${Math.round(t.savedChars / t.members).toLocaleString("en-US")} | | |`);
  }
  const big = r.edits.find((e) => e.n === 5000);
  const thousand = r.edits.find((e) => e.n === 1000);
  lines.push("", "## Memory and saved data", "");
  lines.push("| measure | value | target | met |", "|---|---:|---:|---|");
  lines.push(`| JS heap after loading 5,000 students | ${kb(big.jsHeapBytes / 1024)} MB | — | — |`);
  lines.push(`| wasm memory after loading 5,000 students | ${kb(big.wasmBytes / 1024)} MB | — | — |`);
  lines.push(`| time to load and show 5,000 students (unthrottled) | ${big.loadSeconds.toFixed(1)} s | — | — |`);
  lines.push(`| saved data for 1,000 students | ${kb(thousand.savedBytes)} KB | 500 KB | ${pass(thousand.savedBytes < 500 * 1024)} |`);
  lines.push("", "## Targets", "");
  const worst = Math.max(...r.sizes.map((p) => p.total));
  const perf = r.lighthouse.filter(Boolean);
  lines.push("| target | met |", "|---|---|");
  lines.push(`| every page at most 250 KB gzip (largest: ${kb(worst)} KB) | ${pass(worst <= 250 * 1024)} |`);
  lines.push(`| Lighthouse performance at least 0.95 on every page | ${pass(perf.every((l) => l.performance >= 0.95))} |`);
  lines.push(`| accessibility, best practices and SEO 1.0 on every page | ${pass(perf.every((l) => l.accessibility === 1 && l.bestPractices === 1 && l.seo === 1))} |`);
  if (floor) lines.push(`| time to interactive within 1.5× of the bare page | ${pass(perf.every((l) => l.tti <= 1.5 * floor.tti))} |`);
  lines.push(`| an edit's results within 16 / 16 / 50 ms and all its work within 16 / 50 / 100 ms at 60 / 1,000 / 5,000 students | ${pass(r.edits.every(editMet))} |`);
  lines.push(`| saved data for 1,000 students under 500 KB | ${pass(thousand.savedBytes < 500 * 1024)} |`);
  lines.push("", "## Notes", "");
  lines.push(
    "- **Time to interactive against the floor.** Lighthouse simulates a 1.6 Mbit/s link with 150 ms round",
    "  trips and a CPU four times slower than the machine. On that link time to interactive follows the bytes a",
    "  page sends (the fit under the Lighthouse table): a page is usable once its wasm has arrived, compiled",
    "  and mounted, and the floor's wasm is one line of view. The engine floor shows what any page of the app",
    "  costs before its first form or chart: the engine, the saved-data format and the allocator already take",
    "  a large part of the 1.5× allowance (figures above), so the forms, lists and charts of every page miss",
    "  the target in proportion to their size. Meeting it would need a first screen usable from a much",
    "  smaller wasm with the rest loaded afterwards (wasm splitting, which Trunk does not offer:",
    "  trunk-rs/trunk#1022), or far fewer features per page. What was done about it: one wasm per page (each loads only what it shows),",
    "  `opt-level = \"z\"`, LTO, `wasm-opt -Oz` (then `--flatten --rereloop -Oz`), the talc allocator and",
    "  type-erased components; the wasm preloaded",
    "  with the page while the app starts only after the first paint, so the static header is never held up;",
    "  the service worker registered only once the app runs and the browser is idle (installing it fetches",
    "  every page's files); and the lower half of each page built in a second task, so no single task blocks",
    "  input for long. The server compresses as static hosts do (GitHub Pages sends wasm gzipped), so the",
    "  simulated link carries what users download.",
    "- **Edit to results** is timed from the input event to the new total on screen. Saving is deliberately",
    "  not in that path: it runs 300 ms after the last change (at once when the page is left or hidden), so",
    "  typing in a 5,000-student caseload does not write a megabyte to storage on every keystroke.",
    "- **Memory.** wasm memory only grows (it is the high-water mark of the allocator); most of it at 5,000",
    "  students is the transient text of the saved data being written and read back.",
    "",
  );
  return lines.join("\n");
}

const servers = [
  spawn("node", ["scripts/serve-static.mjs", dist, String(port)], { stdio: "ignore" }),
  spawn("node", ["scripts/serve-static.mjs", bareDist, String(port + 1)], { stdio: "ignore" }),
  spawn("node", ["scripts/serve-static.mjs", engineDist, String(port + 2)], { stdio: "ignore" }),
];
await new Promise((r) => setTimeout(r, 500));
try {
  if (process.env.BENCH_STUDY_ONLY) {
    // A quick look at the time study's edit, run N times (its figures vary from run to run).
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags.slice(1) });
    for (let i = 0; i < Number(process.env.BENCH_STUDY_ONLY); i++) {
      for (const picturesOpen of [false, true]) {
        const s = await studyIntervalEdit(browser, THROTTLE, { picturesOpen });
        console.log(`time study, 4 weeks logged${picturesOpen ? ", pictures open" : ""}: results median ${ms(s.results.median)} ms, ` +
          `all work median ${ms(s.allWork.median)} ms, frame drawn ${ms(s.frame.median)} ms`);
      }
    }
    await browser.close();
  } else if (process.env.BENCH_LOG_ONLY) {
    // A quick look at adding an indirect-service log entry, run N times.
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags.slice(1) });
    for (let i = 0; i < Number(process.env.BENCH_LOG_ONLY); i++) {
      const l = await logEntryAdd(browser, THROTTLE);
      console.log(`indirect log, 2,000 entries for 60 students: results median ${ms(l.results.median)} ms, ` +
        `all work median ${ms(l.allWork.median)} ms, frame drawn ${ms(l.frame.median)} ms`);
    }
    await browser.close();
  } else if (process.env.BENCH_SCHEDULE_ONLY) {
    // A quick look at moving a block of the weekly schedule, run N times.
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags.slice(1) });
    for (let i = 0; i < Number(process.env.BENCH_SCHEDULE_ONLY); i++) {
      for (const overlapping of [false, true]) {
        const b = await blockMove(browser, THROTTLE, { overlapping });
        console.log(`weekly schedule, 60 students and 200 blocks${overlapping ? ", overlapping" : ""}: results median ${ms(b.results.median)} ms, ` +
          `all work median ${ms(b.allWork.median)} ms, frame drawn ${ms(b.frame.median)} ms`);
      }
    }
    await browser.close();
  } else if (process.env.BENCH_TEAM_ONLY) {
    // A quick look at the team page: 200 members loaded, a what-if, N times.
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags.slice(1) });
    for (let i = 0; i < Number(process.env.BENCH_TEAM_ONLY); i++) {
      const t = await teamLoadAndWhatIf(browser, THROTTLE);
      console.log(`team of 200 × 60 students: loaded and computed in ${ms(t.loadMs)} ms (median of ${t.loads.map(ms).join(", ")}); what-if median ${ms(t.whatIf.median)} ms ` +
        `(p95 ${ms(t.whatIf.p95)}); saved ${kb(t.savedChars)} K characters`);
    }
    await browser.close();
  } else if (process.env.BENCH_EDITS_ONLY) {
    // A quick look while working on speed: the edit timings only, nothing written.
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags.slice(1) });
    for (const n of process.env.BENCH_EDITS_ONLY.split(",").map(Number)) {
      const e = await editToResults(browser, n, THROTTLE);
      console.log(`${n} students: results median ${ms(e.results.median)} ms, all work median ${ms(e.allWork.median)} ms (p95 ${ms(e.allWork.p95)}), ` +
        `frame drawn ${ms(e.frame.median)} ms${e.browserFrame ? `, the browser alone ${ms(e.browserFrame.median)} ms` : ""}`);
    }
    const s = await studyIntervalEdit(browser, THROTTLE);
    console.log(`time study, 4 weeks logged: results median ${ms(s.results.median)} ms, all work median ${ms(s.allWork.median)} ms, frame drawn ${ms(s.frame.median)} ms`);
    await browser.close();
  } else {
  const sizes = [
    pageSizes("Calculator", dist),
    pageSizes("Caseload", join(dist, "caseload")),
    pageSizes("3:1 planner", join(dist, "planner")),
    pageSizes("Indirect services", join(dist, "indirect")),
    pageSizes("Weekly schedule", join(dist, "schedule")),
    pageSizes("Compare and present", join(dist, "compare")),
    pageSizes("Team staffing", join(dist, "team")),
    pageSizes("The team, presented", join(dist, "present-team")),
    pageSizes("Import, export and share", join(dist, "data")),
    pageSizes("Import from a spreadsheet", join(dist, "spreadsheet")),
    pageSizes("Printable report", join(dist, "report")),
    pageSizes("Time study", join(dist, "time-study")),
  ];
  const bareSize = pageSizes("Bare Leptos page (floor)", bareDist);
  const engineSize = pageSizes("Engine floor", engineDist);
  const lighthouses = [
    lighthouse("calculator", url, "calculator"),
    lighthouse("caseload", `${url}caseload/`, "caseload"),
    lighthouse("3:1 planner", `${url}planner/`, "planner"),
    lighthouse("indirect services", `${url}indirect/`, "indirect"),
    lighthouse("weekly schedule", `${url}schedule/`, "schedule"),
    lighthouse("compare and present (the demonstration)", `${url}compare/#demo`, "compare"),
    lighthouse("team staffing", `${url}team/`, "team"),
    lighthouse("the team, presented", `${url}present-team/`, "present-team"),
    lighthouse("import, export and share", `${url}data/`, "data"),
    lighthouse("import from a spreadsheet", `${url}spreadsheet/`, "spreadsheet"),
    lighthouse("printable report", `${url}report/`, "report"),
    lighthouse("time study", `${url}time-study/`, "time-study"),
  ];
  const bareLighthouse = lighthouse("bare Leptos page (floor)", bareUrl, "bare");
  const engineLighthouse = lighthouse("engine floor", engineUrl, "engine-floor");
  console.log(`\n## Edit to results (Chromium, 1366×768, CPU slowed ${THROTTLE}×)`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags.slice(1) });
  const edits = [];
  for (const [n, target] of EDIT_TARGETS) {
    const e = { ...(await editToResults(browser, n, THROTTLE)), target };
    edits.push(e);
    console.log(`${String(n).padStart(5)} students: results median ${ms(e.results.median)} ms, p95 ${ms(e.results.p95)} ms; ` +
      `all work median ${ms(e.allWork.median)} ms (targets ${target.results} and ${target.allWork} ms), frame drawn ${ms(e.frame.median)} ms` +
      `${e.browserFrame ? ` (the browser alone ${ms(e.browserFrame.median)} ms)` : ""}; JS heap ${kb(e.jsHeapBytes / 1024)} MB, ` +
      `wasm ${kb(e.wasmBytes / 1024)} MB, saved ${kb(e.savedBytes)} KB, loaded in ${e.loadSeconds.toFixed(1)} s`);
  }
  const study = await studyIntervalEdit(browser, THROTTLE);
  study.picturesOpen = await studyIntervalEdit(browser, THROTTLE, { picturesOpen: true });
  for (const [s, how] of [[study, ""], [study.picturesOpen, ", pictures open"]]) {
    console.log(`time study, 4 weeks logged${how}: one interval set, results median ${ms(s.results.median)} ms, ` +
      `all work median ${ms(s.allWork.median)} ms, frame drawn ${ms(s.frame.median)} ms (target 16 ms)`);
  }
  const log = await logEntryAdd(browser, THROTTLE);
  console.log(`indirect log, 2,000 entries for 60 students: one entry added, results median ${ms(log.results.median)} ms, ` +
    `all work median ${ms(log.allWork.median)} ms, frame drawn ${ms(log.frame.median)} ms (target 16 ms)`);
  const schedule = await blockMove(browser, THROTTLE);
  console.log(`weekly schedule, 60 students and 200 blocks: one block moved, results median ${ms(schedule.results.median)} ms, ` +
    `all work median ${ms(schedule.allWork.median)} ms, frame drawn ${ms(schedule.frame.median)} ms (target 16 ms)`);
  const team = await teamLoadAndWhatIf(browser, THROTTLE);
  console.log(`team of 200 × 60 students: loaded and computed in ${ms(team.loadMs)} ms, the median of ${team.loads.map(ms).join(", ")} (target 500), ` +
    `a what-if median ${ms(team.whatIf.median)} ms (target 50); saved ${kb(team.savedChars)} K characters`);
  await browser.close();
  const bytes = [
    ["Calculator", "workload-calculator"], ["Caseload", "caseload"], ["3:1 planner", "planner"], ["Indirect services", "indirect"],
    ["Weekly schedule", "schedule"], ["Compare and present", "compare"], ["Team staffing", "team"], ["The team, presented", "present-team"],
    ["Import, export and share", "data"], ["Import from a spreadsheet", "spreadsheet"], ["Printable report", "report"],
    ["Time study", "time-study"],
  ].map(([title, bin]) => ({ title, breakdown: bytesByCrate(bin) }));
  const results = { sizes, bareSize, engineSize, lighthouse: lighthouses, bareLighthouse, engineLighthouse, edits, study, log, schedule, team, bytes };
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/summary.json", JSON.stringify(results, null, 2));
  writeFileSync("docs/performance.md", markdown(results));
  console.log("\nWrote docs/performance.md");
  }
} finally {
  servers.forEach((s) => s.kill());
}
