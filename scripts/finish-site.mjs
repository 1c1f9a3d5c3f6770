// After every page is built: puts the site-wide files at the root of dist/ (the web app
// manifest, its icons, the service worker and its registration script) and writes the
// service worker's list of files to cache, with a version that changes whenever any file
// does. Trunk's hashed file names are listed as they are. Usage: node scripts/finish-site.mjs [dist]
import { createHash } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dist = process.argv[2] ?? "dist";
for (const file of ["manifest.webmanifest", "icon-192.png", "icon-512.png", "icon-maskable-512.png", "apple-touch-icon.png", "sw-register.js"]) {
  copyFileSync(join("assets", file), join(dist, file));
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = walk(dist)
  .map((path) => relative(dist, path).split(sep).join("/"))
  .filter((path) => path !== "sw.js")
  .sort();
const hash = createHash("sha256");
for (const path of files) hash.update(path).update(readFileSync(join(dist, path)));
const version = hash.digest("hex").slice(0, 12);
// Each page is also asked for by its folder ("planner/"), and the root as "./".
const urls = files.flatMap((path) => (path.endsWith("index.html") ? [path.slice(0, -"index.html".length) || "./", path] : [path]));
const sw = readFileSync("assets/sw.js", "utf8")
  .replace("__VERSION__", version)
  .replace("__FILES__", JSON.stringify(urls, null, 2));
writeFileSync(join(dist, "sw.js"), sw);
console.log(`finish-site: manifest, icons and service worker version ${version} caching ${urls.length} URLs`);
