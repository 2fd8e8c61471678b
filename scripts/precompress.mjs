// Precompresses the built site's assets once, at the best levels (brotli 11, gzip 9),
// so the server sends `.br`/`.gz` files as they are and never compresses them per
// request (server/src/lib.rs serves /pkg with ServeDir::precompressed_*). Then checks
// the browser bundle against its budget (bundle-budget.json): the build fails when the
// WASM or its JS glue grows more than 5 % past the recorded size, or past the ceiling.
//
// Usage: node scripts/precompress.mjs <site-root> [--update-budget]
import { readFileSync, readdirSync, writeFileSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const root = process.argv[2] ?? "target/site";
const update = process.argv.includes("--update-budget");
const budgetFile = join(dirname(fileURLToPath(import.meta.url)), "..", "bundle-budget.json");
const COMPRESSIBLE = /\.(wasm|js|css|svg|ico|json|txt|html)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const sizes = {};
for (const file of walk(root)) {
  if (!COMPRESSIBLE.test(file)) continue;
  const raw = readFileSync(file);
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gz = gzipSync(raw, { level: 9 });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  // Hashed names (pitchline.<hash>.wasm) are compared by kind, not by name; older
  // builds may have left files beside the newest one.
  const kind = file.endsWith(".wasm") ? "wasm" : file.endsWith(".js") && file.includes("/pkg/") ? "js" : null;
  const mtime = statSync(file).mtimeMs;
  if (kind && !(sizes[kind]?.mtime > mtime)) sizes[kind] = { raw: raw.length, brotli: br.length, mtime };
}

const budget = JSON.parse(readFileSync(budgetFile, "utf8"));
let failed = false;
for (const kind of ["wasm", "js"]) {
  const now = sizes[kind];
  const b = budget[kind];
  if (!now) {
    console.error(`bundle check: no ${kind} file under ${root}/pkg`);
    failed = true;
    continue;
  }
  const allowed = Math.min(Math.floor(b.recorded_brotli * 1.05), b.ceiling_brotli);
  const verdict = now.brotli <= allowed ? "ok" : "OVER BUDGET";
  console.log(
    `bundle ${kind}: ${now.raw} B raw, ${now.brotli} B brotli-11 (recorded ${b.recorded_brotli}, allowed ${allowed}, ceiling ${b.ceiling_brotli}) ${verdict}`,
  );
  if (now.brotli > allowed) failed = true;
  if (update) b.recorded_brotli = now.brotli;
}
if (update) {
  writeFileSync(budgetFile, JSON.stringify(budget, null, 2) + "\n");
  console.log(`recorded the new sizes in ${budgetFile}`);
} else if (failed) {
  console.error(
    "The browser bundle grew past its budget. Keep server-only code out of islands " +
      "(ARCHITECTURE.md, 'Front end'); if the growth is deliberate, run " +
      "`make bundle-budget` and say why in the commit.",
  );
  process.exit(1);
}
