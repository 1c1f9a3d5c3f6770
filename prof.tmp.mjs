import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
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


const server = spawn("node", ["scripts/serve-static.mjs", "/tmp/exp/pd", "8097"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: "block" });
const page = await context.newPage();
const raw = workspaceWith(60, { blocks: 200 });
await page.addInitScript(([raw]) => { if (!sessionStorage.getItem("s")) { localStorage.setItem("workload-calculator.data", raw); sessionStorage.setItem("s", "1"); } }, [raw]);
await page.goto("http://127.0.0.1:8097/schedule/");
await page.waitForSelector("table.coverage tbody tr", { timeout: 60000 });
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
await page.evaluate(async () => {
  const grid = document.getElementById("week-grid");
  const key = (t, k) => t.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
  for (let i = 0; i < 30; i++) {
    key(document.querySelector('[data-block="61"]'), "Enter");
    key(grid, i % 2 === 0 ? "ArrowDown" : "ArrowUp");
    await new Promise((r) => setTimeout(r, 50));
    performance.mark("s");
    key(grid, "Enter");
    await new Promise((r) => setTimeout(r, 50));
  }
});
const { profile } = await cdp.send("Profiler.stop");
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; let total = 0;
const counts = new Map();
profile.samples.forEach((id, i) => { counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)); });
for (const [id, t] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || n.callFrame.url.slice(-30) || "(anon)"; self.set(name, (self.get(name) ?? 0) + t); total += t; }
const top = [...self.entries()].filter(([n]) => !["(idle)", "(program)"].includes(n)).sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [n, t] of top) console.log((t / 1000).toFixed(1).padStart(8), "ms", n.slice(0, 120));
// Inclusive time for the main wasm entry points.
await browser.close(); server.kill();
