// Every end-to-end test runs with these checks, whether it asks for them or not: after the
// test, no page of its browser context logged a console error or threw, and nothing was
// requested from another origin (nothing leaves the device).
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  // Console errors a test provokes on purpose, as regular expressions (rare: say why).
  allowedConsoleErrors: [[], { option: true }],

  healthy: [
    async ({ context, allowedConsoleErrors }, use) => {
      const errors = [];
      const foreign = [];
      const watch = (page) => {
        page.on("console", (msg) => {
          if (msg.type() === "error") errors.push(`${page.url()}: ${msg.text()}`);
        });
        page.on("pageerror", (err) => errors.push(`${page.url()}: ${err}`));
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      context.on("request", (req) => {
        const url = new URL(req.url());
        const local = ["127.0.0.1", "localhost"].includes(url.hostname);
        if (!local && !["blob:", "data:"].includes(url.protocol)) foreign.push(req.url());
      });
      await use();
      const unexpected = errors.filter((e) => !allowedConsoleErrors.some((allowed) => allowed.test(e)));
      expect(unexpected, "console errors").toEqual([]);
      expect(foreign, "requests to other origins").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
