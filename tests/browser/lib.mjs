// What the browser tests share (run.mjs, campaigns.mjs): the worker under `wrangler dev` and the
// Turnstile stub, the catalogues, checks with their report, axe-core, and the signing helpers.

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export { require };
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const OUT = path.join(ROOT, "target/browser");
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
export const PAGE_WEIGHT_BUDGET = 50 * 1000; // bytes, compressed, excluding Turnstile
export const EXPORT_TOKEN = "browser-test-export-token-0f3a9c21d7e4b58a";

// ---------------------------------------------------------------- helpers

/** A C2SP signed note signed with Node's own Ed25519 (not the collector's code), under a key
 * whose base64 holds a "+" (or none, with `plus` false). */
export function signedNoteVector(plus) {
  const name = "vector.example/log";
  for (;;) {
    const { publicKey, privateKey } = crypto.generateKeyPairSync("ed25519");
    const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
    const material = Buffer.concat([Buffer.from([1]), raw]).toString("base64");
    if (material.includes("+") !== plus) continue;
    const id = crypto.createHash("sha256").update(Buffer.concat([Buffer.from(`${name}\n\x01`, "latin1"), raw])).digest().subarray(0, 4);
    const body = `${name}\n7\n${Buffer.alloc(32, 9).toString("base64")}\n`;
    const sig = crypto.sign(null, Buffer.from(body), privateKey);
    const note = `${body}\n\u2014 ${name} ${Buffer.concat([id, sig]).toString("base64")}\n`;
    return { name, vkey: `${name}+${id.toString("hex")}+${material}`, note };
  }
}

/** The one-line messages of a catalogue (enough for labels, headings and buttons). */
export function catalogue(lang) {
  const texts = {};
  for (const line of fs.readFileSync(path.join(ROOT, "crates/core/locales", `${lang}.ftl`), "utf8").split("\n")) {
    const m = /^([a-zA-Z][\w-]*) = (.+)$/.exec(line);
    if (m) texts[m[1]] = m[2];
  }
  return texts;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

const children = [];
export function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

export async function startTurnstileStub() {
  const child = spawn("python3", [path.join(ROOT, "scripts/turnstile-stub.py"), "0", "--secret", "browser-test-secret"], {
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const line = await new Promise((resolve) => readline.createInterface({ input: child.stdout }).once("line", resolve));
  return `http://127.0.0.1:${line.replace("listening on ", "").trim()}/`;
}

/** wrangler.toml as committed, minus the build step (scripts/test built the worker); with
 * `signingLimit`, that many signing attempts a minute per client instead of the committed limit
 * (for a test that signs in every language from one address). */
export function configFor(dir, { signingLimit } = {}) {
  let inBuild = false;
  let inLimiter = false;
  const lines = [];
  for (const line of fs.readFileSync(path.join(ROOT, "wrangler.toml"), "utf8").split("\n")) {
    if (line.startsWith("[")) inBuild = line.trim() === "[build]";
    if (line.startsWith("name = ")) inLimiter = line.includes("SIGNING_LIMITER");
    if (inBuild) continue;
    if (line.startsWith("main = ")) lines.push(`main = ${JSON.stringify(path.join(ROOT, "build/worker/shim.mjs"))}`);
    else if (line.startsWith("directory = ")) lines.push(`directory = ${JSON.stringify(path.join(ROOT, "static"))}`);
    else if (signingLimit && inLimiter && line.startsWith("simple = ")) lines.push(`simple = { limit = ${signingLimit}, period = 60 }`);
    else lines.push(line);
  }
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "wrangler.toml");
  fs.writeFileSync(file, lines.join("\n"));
  return file;
}

export function isoDay(offsetDays) {
  return new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
}

/** A request to the instance every second while the tests run. wrangler dev 4.86 can hold a
 * request that reaches it after an idle of about 5 s (kj's client and server keep-alive timeouts
 * are both 5 s) until the next request arrives: 6 of about 60 requests sent 4.990 to 5.010 s
 * apart, 0 of 63 with this beside them (docs/operations.md, "The build"). With it, no
 * connection along the way idles that long, and a held request is let go within a second. */
function keepAwake(base) {
  const timer = setInterval(() => {
    fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5000) }).then((r) => r.arrayBuffer()).catch(() => {});
  }, 1000);
  timer.unref();
}

export async function startWorker(name, vars, options = {}) {
  const dir = path.join(OUT, "instances", name);
  fs.rmSync(dir, { recursive: true, force: true });
  const config = configFor(dir, options);
  const secrets = path.join(dir, "secrets.vars");
  fs.writeFileSync(secrets, `TURNSTILE_SECRET=browser-test-secret\nEXPORT_TOKEN=${EXPORT_TOKEN}\n`);
  const port = await freePort();
  const args = ["dev", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(await freePort())];
  args.push("--config", config, "--persist-to", path.join(dir, "state"), "--env-file", secrets);
  for (const [key, value] of Object.entries(vars)) args.push("--var", `${key}:${value}`);
  const log = fs.openSync(path.join(dir, "wrangler.log"), "w");
  const child = spawn(path.join(ROOT, "node_modules/.bin/wrangler"), args, {
    cwd: dir,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" },
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  const instance = { name, base, log: path.join(dir, "wrangler.log"), exited: null };
  child.on("exit", (code, signal) => { instance.exited = signal || `code ${code}`; });
  instances.push(instance);
  const started = Date.now();
  for (;;) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.status === 200) {
        keepAwake(base);
        return base;
      }
    } catch {
      /* not up yet */
    }
    if (Date.now() - started > 180000) {
      throw new Error(`wrangler dev (${name}) did not come up:\n${fs.readFileSync(path.join(dir, "wrangler.log"), "utf8")}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

// Unique, valid signatory data per run: the dedupe key would refuse a repeat.
const runTag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
let signatoryCount = 0;
export function signatory(nationality) {
  signatoryCount += 1;
  const suffix = `${runTag}${String.fromCharCode(97 + (signatoryCount % 26))}${String.fromCharCode(97 + Math.floor(signatoryCount / 26))}`;
  const digits = String(Math.floor(Math.random() * 1e7)).padStart(7, "0");
  const postal = { DE: "10115", FR: "75001", IE: "D02X285" }[nationality];
  return {
    first: `Anna ${suffix[0].toUpperCase()}${suffix.slice(1)}`,
    family: `Browser ${suffix.toUpperCase()}`,
    birth: "15/01/1990",
    street: "Rue de la Loi",
    number: "200",
    postal,
    city: "Bruxelles",
    passport: `YA${digits}`,
  };
}

// ---------------------------------------------------------------- the checks

export const report = { axe: [], flows: [], screenshots: [], weight: null, failures: [] };
let failed = 0;
/** How many checks failed so far. */
export function failures() {
  return failed;
}

/** The wrangler dev instances started, for what a failure prints of them. */
const instances = [];

/** For a failed check: each instance that exited, the errors its wrangler log holds, and the
 * requests it took 5 s or more to answer (a dev server that died or held a request shows as a
 * navigation timeout; its log says which). */
function instanceDiagnosis() {
  const lines = [];
  for (const { name, base, log, exited } of instances) {
    let errors = [];
    try {
      errors = fs.readFileSync(log, "utf8").split("\n").filter((line) =>
        /ERROR|Error|exception/.test(line) || Number((/\((\d+)ms\)\s*$/.exec(line) || [])[1]) >= 5000);
    } catch {
      /* no log */
    }
    if (exited || errors.length) {
      lines.push(`  wrangler dev (${name}, ${base})${exited ? ` exited (${exited})` : ""}:`);
      lines.push(...errors.slice(-10).map((line) => `    ${line}`));
    }
  }
  return lines.length ? `\n${lines.join("\n")}` : "";
}

export async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    const diagnosis = instanceDiagnosis();
    report.failures.push({ name, error: String(error && error.stack ? error.stack : error) + diagnosis });
    console.log(`FAIL ${name}\n${error && error.stack ? error.stack : error}${diagnosis}`);
  }
}

/** Polls `predicate` (sync or async) every 50 ms until it holds; fails after `timeout` ms. */
export async function until(predicate, what, timeout = 15000) {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeout) throw new Error(`timed out waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** A context with JavaScript, for running axe-core on what a page without JavaScript showed. */
let axeContext;
export const noJsContexts = new Set();
/** The context axe-core replays pages without JavaScript in. */
export function setAxeContext(context) {
  axeContext = context;
}

/** Opens, in the context with JavaScript, what a page without JavaScript showed: its HTML from
 * `page.content()` at its own address, its stylesheets and images from `static/` on disk, and no
 * script (so axe-core checks the page as it was, not its enhanced form). Nothing goes to the
 * worker, so a busy runtime cannot stall the replay; one retry on a fresh page if it still does. */
async function replay(page) {
  const html = await page.content();
  const url = page.url();
  const origin = new URL(url).origin;
  for (let attempt = 1; ; attempt += 1) {
    const target = await axeContext.newPage();
    await target.route("**/*", (route) => {
      const request = route.request();
      const address = new URL(request.url());
      if (request.url() === url) {
        return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      }
      if (request.resourceType() === "script") return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
      if (address.origin === origin && address.pathname.startsWith("/assets/")) {
        const file = path.join(ROOT, "static", path.normalize(address.pathname));
        if (fs.existsSync(file)) return route.fulfill({ status: 200, path: file });
      }
      return address.protocol === "data:" ? route.continue() : route.fulfill({ status: 404, body: "" });
    });
    try {
      await target.goto(url, { waitUntil: "load", timeout: 15000 });
      return target;
    } catch (error) {
      await target.close();
      if (attempt >= 2) throw error;
      console.log(`note: axe replay of ${url} retried after: ${String(error).split("\n")[0]}`);
    }
  }
}

/** axe-core on the page as it is; records and fails on any violation. */
export async function axe(page, label) {
  // axe-core needs timers, which do not run where JavaScript is off: replay that page elsewhere.
  const target = noJsContexts.has(page.context()) ? await replay(page) : page;
  // Injected through the DevTools protocol, so the page's CSP stays in force for everything else.
  await target.evaluate(AXE_SOURCE);
  const result = await target.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
    AXE_TAGS,
  );
  if (target !== page) await target.close();
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
  }));
  report.axe.push({ page: label, url: page.url(), passes: result.passes.length, violations });
  assert(violations.length === 0, `axe: ${label}: ${JSON.stringify(violations, null, 2)}`);
}

/** Watches a page for CSP violations and script errors. */
export function watch(page) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && !/favicon/.test(msg.text())) problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  return problems;
}

export async function pressTabUntil(page, predicate, what, arg) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate, arg)) {
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement);
        return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      });
      assert(outline, `no visible focus indicator on ${what}`);
      return;
    }
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

/** Posts the form by `action` (a click or a key press); the response, once its page has loaded. */
export async function submit(page, action) {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), action()]);
  await page.waitForLoadState();
  return response;
}

/** Landing → nationality → form → confirmation, using labels in the page's language. Without
 * JavaScript the choice leads to the form's own page; with it, the form appears under the choice
 * on the same page. `query` is added to the landing page's address (e.g. `?partner=…`). */
export async function signByForm(page, base, lang, nationality, data, { axeLabel, query = "" } = {}) {
  const t = catalogue(lang);
  await page.goto(`${base}/${lang}/${query}`);
  assert((await page.getAttribute("html", "lang")) === lang, "lang attribute");
  if (axeLabel) await axe(page, `landing (${lang}${noJsContexts.has(page.context()) ? "" : ", JavaScript"})`);
  await page.getByLabel(t["nationality-label"], { exact: true }).selectOption(nationality);
  if (noJsContexts.has(page.context())) {
    await page.getByRole("button", { name: t.continue }).click();
    await page.waitForURL(/\/sign\?(.*&)?nationality=/);
    assert((await page.textContent("h1")).trim() === t["support-title"], "form heading in the page language");
  } else {
    await page.waitForSelector("#inline-form form[method=post]");
    assert(await page.isHidden("form.choose button[type=submit]"), "no second step with JavaScript");
  }
  await fillForm(page, t, nationality, data);
  if (axeLabel) await axe(page, `${axeLabel} form (${lang})`);
  const response = await submit(page, () => page.getByRole("button", { name: t.submit }).click());
  assert(response.status() === 201, `signing answered ${response.status()}`);
  assert((await page.textContent("h1")).trim() === t["thanks-heading"], "confirmation heading");
  const id = (await page.textContent("#statement-id")).trim();
  assert(/^[0-9a-f-]{36}$/.test(id), `statement id ${id}`);
  if (axeLabel) await axe(page, `confirmation (${lang})`);
  return id;
}

export async function fillForm(page, t, nationality, data) {
  const label = (id) => page.getByLabel(t[id], { exact: true });
  await label("field-full-first-names").fill(data.first);
  await label("field-family-names").fill(data.family);
  if (nationality === "IT") {
    await page.getByLabel(t["doc-passport"], { exact: true }).check();
    await label("field-id-number").fill(data.passport);
  } else {
    await label("field-date-of-birth").fill(data.birth);
    await label("field-street").fill(data.street);
    await label("field-street-number").fill(data.number);
    await label("field-postal-code").fill(data.postal);
    await label("field-city").fill(data.city);
    const country = await label("field-country").inputValue();
    assert(country === nationality, `country of residence defaults to ${nationality}, got ${country}`);
  }
  await page.getByLabel(t.declaration, { exact: true }).check();
}

