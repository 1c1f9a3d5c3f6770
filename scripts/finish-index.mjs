// Trunk post-build hook: finishes dist/index.html (runs in Trunk's staging directory).
//
// 1. The wasm is started at once (Trunk's preload link stays in the <head>), but the app is
//    started only after the first paint: the loader waits one frame, so the static heading
//    shows before the wasm is compiled and mounted. (Delaying the download itself until after
//    the first paint was measured: it gave no earlier paint and a later interactive page.)
// 2. wasm-bindgen's JavaScript glue is minified with terser (Trunk's own minifying leaves it
//    as it was here): about 2 KB less gzip per page. Trunk names the glue after the wasm, so
//    the minified file is renamed after its own content: a new terser could otherwise put
//    new bytes under a name browsers have cached, and fail the integrity check. The page's
//    links to it and its integrity hash are written anew.
// 3. One navigation on every page: each page's placeholder, <nav data-site-nav="PAGE">, is
//    filled from the one list below, with the current page marked. Static HTML, so the links
//    paint with the heading, work before the wasm arrives and cost no wasm.
// 4. The Content-Security-Policy allows inline code only by hash: the hashes of the inline
//    loader <script> and the inlined stylesheet replace their placeholders (file names, and
//    so the hashes, change with every build).
import { createHash } from "node:crypto";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR ?? "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

const digest = (algorithm, text) => createHash(algorithm).update(text, "utf8").digest("base64");

function fail(message) {
  console.error(`finish-index: ${message}`);
  process.exit(1);
}

// Minified by Trunk: attributes may be unquoted and in any order.
const wasmPreload = /<link(?=[^>]*\brel="?preload\b)(?=[^>]*\.wasm\b)[^>]*>/;
if (!wasmPreload.test(html)) fail("Trunk's wasm preload link was not found (the wasm would start late)");

const initCall = "const wasm = await init(";
if (!html.includes(initCall)) fail("Trunk's loader no longer calls init() as expected");
html = html.replace(
  initCall,
  "await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));\n" + initCall,
);

// The glue is the module the page preloads (under a relative or an absolute URL); the loader
// imports it by the same name.
const gluePreload = /<link(?=[^>]*\brel="?modulepreload\b)[^>]*\bhref="?([^" >]+\.js)"?[^>]*>/;
const glueHref = html.match(gluePreload)?.[1];
if (!glueHref) fail("Trunk's preload link for the JavaScript glue was not found");
const glueName = basename(glueHref);
const glue = readFileSync(join(dir, glueName), "utf8");
const minified = (await minify(glue, { module: true, compress: true, mangle: true })).code;
if (!minified) fail(`terser returned nothing for ${glueName}`);
const sri = (text) => `sha384-${digest("sha384", text)}`;
if (!html.includes(sri(glue))) fail(`the integrity of ${glueName} was not found in the page`);
const contentTag = createHash("sha256").update(minified, "utf8").digest("hex").slice(0, 16);
const minifiedName = glueName.replace(/\.js$/, `-${contentTag}.js`);
html = html.replace(sri(glue), sri(minified)).split(glueName).join(minifiedName);
writeFileSync(join(dir, minifiedName), minified);
unlinkSync(join(dir, glueName));

// [id, path from the site's root, link text, listed]. Pages live one folder below the
// calculator. A page not listed is reached from the pages it belongs to (the spreadsheet
// import, from the caseload and the data page) and has the same links.
const SITE_PAGES = [
  ["calculator", "", "Calculator"],
  ["caseload", "caseload/", "Caseload"],
  ["planner", "planner/", "3:1 planner and school year"],
  ["indirect", "indirect/", "Indirect services"],
  ["schedule", "schedule/", "Weekly schedule"],
  ["timestudy", "time-study/", "Time study"],
  ["compare", "compare/", "Compare and present"],
  ["team", "team/", "Team staffing"],
  ["presentteam", "present-team/", "The team, presented", false],
  ["data", "data/", "Import, export and share"],
  ["spreadsheet", "spreadsheet/", "Import from a spreadsheet", false],
  ["report", "report/", "Printable report"],
];
const navPlaceholder = /<nav data-site-nav="?([a-z]+)"?\s*><\/nav>/;
// The benchmark's floor pages have no placeholder: they measure a page without the app's frame.
const current = html.match(navPlaceholder)?.[1];
if (current) {
  if (!SITE_PAGES.some(([id]) => id === current)) fail(`unknown page "${current}" in data-site-nav`);
  const toRoot = current === "calculator" ? "./" : "../";
  const links = SITE_PAGES.filter(([, , , listed]) => listed !== false).map(([id, path, text]) =>
    id === current
      ? `<li><a href="${toRoot}${path}" aria-current="page">${text}</a></li>`
      : `<li><a href="${toRoot}${path}">${text}</a></li>`,
  ).join("");
  html = html.replace(
    navPlaceholder,
    `<a class="skip-link" href="#content">Skip to the content</a><nav class="site-nav" aria-label="Pages"><ul>${links}</ul></nav>`,
  );
}

function allowByHash(pattern, placeholder, what) {
  const bodies = [...html.matchAll(pattern)].map((m) => m[1]);
  if (bodies.length === 0) fail(`no inline ${what} found`);
  if (!html.includes(placeholder)) fail(`the CSP placeholder ${placeholder} is missing`);
  const hashes = bodies.map((b) => `'sha256-${digest("sha256", b)}'`);
  html = html.replace(placeholder, hashes.join(" "));
}
allowByHash(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g, "'sha256-TRUNK_LOADER_HASH'", "script");
allowByHash(/<style[^>]*>([\s\S]*?)<\/style>/g, "'sha256-TRUNK_STYLE_HASH'", "style");

writeFileSync(file, html);
console.log(`finish-index: the app starts after the first paint; ${glueName} minified as ${minifiedName}; navigation for ${current ?? "no page"}; inline script and style allowed by hash`);
