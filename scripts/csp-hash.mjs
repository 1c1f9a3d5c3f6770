// Trunk post-build hook: Trunk injects its loader as an inline <script type="module">.
// The Content-Security-Policy in index.html allows inline scripts only by hash, so the
// hash of that exact script (which changes with every build's file names) is written in
// place of the placeholder. Runs in Trunk's staging directory.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) {
  console.error("csp-hash: no inline script found; nothing to hash");
  process.exit(1);
}
const hashes = inline.map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
if (!html.includes("'sha256-TRUNK_LOADER_HASH'")) {
  console.error("csp-hash: the CSP placeholder is missing from index.html");
  process.exit(1);
}
html = html.replace("'sha256-TRUNK_LOADER_HASH'", hashes.join(" "));
writeFileSync(file, html);
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash`);
