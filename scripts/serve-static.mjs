// Serves a folder (default dist/) on 127.0.0.1 for the end-to-end tests and the benchmark.
// Usage: node scripts/serve-static.mjs [dir] [port] [base-path]
// Only loopback; no caching headers beyond defaults; correct MIME type for wasm. Compresses
// with gzip when the browser accepts it, as static hosts do (GitHub Pages, Netlify, Cloudflare):
// the benchmark must measure the bytes users download, not the files on disk.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8090);
const base = (process.argv[4] ?? "/").replace(/\/?$/, "/");
const compressible = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg"]);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

// Compressed once per content (the tests reload pages many times; a test may rewrite a file
// to publish an update).
const gzipCache = new Map();
function gzipped(body) {
  const key = createHash("sha1").update(body).digest("hex");
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
  return gzipCache.get(key);
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://127.0.0.1");
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end("not found");
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname.slice(base.length)));
    if (path.startsWith("..")) {
      res.writeHead(403).end();
      return;
    }
    let file = join(root, path);
    if ((await stat(file).catch(() => null))?.isDirectory()) {
      // As static hosts do: "…/planner" goes to "…/planner/", so relative URLs resolve.
      if (!url.pathname.endsWith("/")) {
        res.writeHead(301, { location: url.pathname + "/" }).end();
        return;
      }
      file = join(file, "index.html");
    }
    const body = await readFile(file);
    const headers = { "content-type": types[extname(file)] ?? "application/octet-stream", vary: "accept-encoding" };
    if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      headers["content-encoding"] = "gzip";
      res.writeHead(200, headers).end(gzipped(body));
      return;
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base} (Ctrl+C to stop)`));
