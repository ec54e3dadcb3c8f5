// The worker's startup in the local runtime (workerd, through Miniflare, as `wrangler check
// startup` measures it): the time to evaluate the worker's module, which compiles nothing (the
// runtime compiled the WebAssembly when it loaded the script) but instantiates the WebAssembly
// module and runs its start function. Sampled by V8's profiler at 50 µs, RUNS times in fresh
// runtimes; prints the median and writes target/bench/worker-startup.json.
// Usage: node scripts/startup-profile.mjs [RUNS]   (after the worker was built into build/)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(ROOT, "package.json"));
const { Miniflare } = require("miniflare");
const { WebSocket } = require("ws");

const runs = Number(process.argv[2] || 7);
const modules = [
  {
    type: "ESModule",
    path: path.join(ROOT, "build/profiler-entry.mjs"),
    contents: `export default { async fetch() { await import("./index.js"); return new Response("ok"); } };`,
  },
  { type: "ESModule", path: path.join(ROOT, "build/index.js") },
  { type: "CompiledWasm", path: path.join(ROOT, "build/index_bg.wasm") },
];

async function once() {
  const mf = new Miniflare({ name: "profiler", modulesRoot: ROOT, modules, compatibilityDate: "2026-04-01", inspectorPort: 0 });
  await mf.ready;
  const url = await mf.getInspectorURL();
  const ws = new WebSocket(new URL("/core:user:profiler", url.href));
  await new Promise((r) => ws.once("open", r));
  let id = 0;
  const pending = new Map();
  ws.on("message", (m) => {
    const d = JSON.parse(m);
    if (pending.has(d.id)) { pending.get(d.id)(d.result); pending.delete(d.id); }
  });
  const call = (method, params = {}) => new Promise((r) => { id += 1; pending.set(id, r); ws.send(JSON.stringify({ id, method, params })); });
  await call("Profiler.enable");
  await call("Profiler.setSamplingInterval", { interval: 50 });
  await call("Profiler.start");
  await (await mf.dispatchFetch("http://localhost/")).text();
  const { profile } = await call("Profiler.stop");
  ws.close();
  await mf.dispose();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const small = profile.timeDeltas.filter((d) => d < 1000).sort((a, b) => a - b);
  const interval = (small[Math.floor(small.length / 2)] || 50) / 1000;
  let busy = 0, wasm = 0;
  for (const s of profile.samples) {
    if (byId.get(s).callFrame.functionName === "(idle)") continue;
    busy += interval;
    for (let k = s; k; k = parent.get(k)) {
      const f = byId.get(k).callFrame;
      if (f.url.startsWith("wasm://") || f.functionName === "js-to-wasm") { wasm += interval; break; }
    }
  }
  return { busy, wasm, interval, samples: profile.samples.length, span: (profile.endTime - profile.startTime) / 1000 };
}

const results = [];
for (let i = 0; i < runs; i += 1) { const r = await once(); if (process.env.OCS_VERBOSE) console.log(r); results.push(r); }
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const out = {
  runs,
  startup_ms: Number(median(results.map((r) => r.busy)).toFixed(2)),
  in_webassembly_ms: Number(median(results.map((r) => r.wasm)).toFixed(2)),
  each: results.map((r) => Number(r.busy.toFixed(2))),
};
console.log(`worker startup (module evaluation, median of ${runs}): ${out.startup_ms} ms, of which ${out.in_webassembly_ms} ms in WebAssembly; each run: ${out.each.join(", ")}`);
fs.mkdirSync(path.join(ROOT, "target/bench"), { recursive: true });
fs.writeFileSync(path.join(ROOT, "target/bench/worker-startup.json"), JSON.stringify(out, null, 2));
