// A page object for the calculator, so tests read as what a user does.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Refuses, from now on in this page, every write of the saved data (a full store). */
export async function fillStorage(page) {
  await page.evaluate((key) => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException("full", "QuotaExceededError");
      return window.realSetItem.call(this, k, v);
    };
  }, "workload-calculator.data");
}

/** Undoes `fillStorage`. */
export async function freeStorage(page) {
  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
}

export class CalculatorPage {
  // Console errors and requests to other origins are checked after every test by the
  // auto fixture in fixtures.js.
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto("/");
    await expect(this.utilization).not.toBeEmpty();
  }

  /** The caseload page, where students are listed and edited. */
  async openCaseload() {
    await this.page.goto("caseload/");
    await expect(this.studentCount).not.toBeEmpty();
  }

  /** The caseload page's count: "48 students", "1 of 48 students shown". */
  get studentCount() { return this.page.locator("#student-count"); }
  /** The status line's utilization, on every page that edits the open scenario. */
  get stripUtilization() { return this.page.locator(".status-strip .strip-utilization"); }
  get utilization() { return this.page.locator("#utilization"); }
  get status() { return this.page.locator("#status"); }
  get headcount() { return this.page.locator("#headcount"); }
  get totalHours() { return this.page.locator("#total-hours"); }
  get summary() { return this.page.locator("#summary"); }
  field(name) { return this.page.getByLabel(name, { exact: true }); }

  /** A new caseload: no students, with the discipline's usual activities or none. */
  async newCaseload({ name = "My caseload", usual = true } = {}) {
    await this.page.getByRole("button", { name: "New caseload" }).click();
    await this.page.locator("#new-name").fill(name);
    await this.page.getByLabel("Start with the discipline's usual activities", { exact: false }).setChecked(usual);
    await this.page.getByRole("button", { name: "Create the caseload" }).click();
    await expect(this.headcount).toHaveText("0");
  }

  /** Replaces the saved data with `raw` and reloads, as if the browser had kept it. */
  async reloadWithSaved(raw) {
    await this.page.evaluate((raw) => localStorage.setItem("workload-calculator.data", raw), raw);
    await this.page.reload();
  }

  /** The texts kept aside under backup keys. */
  async backups() {
    return this.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("workload-calculator.backup."))
        .map((k) => localStorage.getItem(k)));
  }

  /** Clicks `button` and returns the downloaded file's name and text. */
  async download(button) {
    const [download] = await Promise.all([this.page.waitForEvent("download"), button.click()]);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
    return { name: download.suggestedFilename(), text };
  }

  get scenario() { return this.page.getByLabel("Scenario", { exact: true }); }
  get scenarioName() { return this.page.locator("#scenario-name"); }

  /** Axe finds nothing against WCAG 2.2 AA on what is on screen now. */
  async expectAccessible() {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  }

  /** The number of pages printed in Letter and A4, with margins of 0.4 in (about the
   *  print dialog's default). */
  async printedPages() {
    const pages = {};
    const margin = { top: "0.4in", bottom: "0.4in", left: "0.4in", right: "0.4in" };
    for (const format of ["Letter", "A4"]) {
      const pdf = (await this.page.pdf({ format, printBackground: true, margin, preferCSSPageSize: false })).toString("latin1");
      pages[format] = pdf.match(/\/Type\s*\/Page[^s]/g).length;
    }
    return pages;
  }
}
