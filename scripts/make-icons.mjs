// Renders the app icons (PNG, the sizes browsers ask for in a web app manifest) from the
// SVGs in assets/, with Chromium. Run by hand when an icon changes; the PNGs are committed.
// Usage: node scripts/make-icons.mjs
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [svg, size, out] of [
  ["assets/icon.svg", 192, "assets/icon-192.png"],
  ["assets/icon.svg", 512, "assets/icon-512.png"],
  ["assets/icon-maskable.svg", 512, "assets/icon-maskable-512.png"],
  ["assets/icon.svg", 180, "assets/apple-touch-icon.png"],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const data = Buffer.from(readFileSync(svg)).toString("base64");
  await page.setContent(`<body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}" style="display:block"></body>`);
  await page.screenshot({ path: out, omitBackground: true });
  await page.close();
  console.log(`${out} (${size}×${size})`);
}
await browser.close();
