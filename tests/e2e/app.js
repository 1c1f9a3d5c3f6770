// A page object for the calculator, so tests read as what a user does.
import { expect } from "@playwright/test";

export class CalculatorPage {
  constructor(page) {
    this.page = page;
    this.consoleErrors = [];
    this.foreignRequests = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") this.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => this.consoleErrors.push(String(err)));
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (!["127.0.0.1"].includes(url.hostname) && !["blob:", "data:"].includes(url.protocol)) {
        this.foreignRequests.push(req.url());
      }
    });
  }

  async open() {
    await this.page.goto("/");
    await expect(this.utilization).not.toBeEmpty();
  }

  get utilization() { return this.page.locator("#utilization"); }
  get status() { return this.page.locator("#status"); }
  get headcount() { return this.page.locator("#headcount"); }
  get totalHours() { return this.page.locator("#total-hours"); }
  get summary() { return this.page.locator("#summary"); }
  field(name) { return this.page.getByLabel(name, { exact: true }); }

  /** Start over, accepting the confirmation. */
  async startOver() {
    this.page.once("dialog", (d) => d.accept());
    await this.page.getByRole("button", { name: "Start over" }).click();
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

  async expectHealthy() {
    expect(this.consoleErrors, "console errors").toEqual([]);
    expect(this.foreignRequests, "requests to other origins").toEqual([]);
  }
}
