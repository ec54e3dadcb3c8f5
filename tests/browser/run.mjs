// Browser tests of the citizen pages: headless Chromium (Debian's, through playwright-core)
// against the real worker under `wrangler dev` (local SQLite Durable Objects, a local Turnstile
// stub). Signs for a Part A and a Part B nationality in three languages, with and without
// JavaScript and once by keyboard only; walks the error path; runs axe-core on every page type
// (zero WCAG 2.1 A/AA violations allowed); checks reflow at 320 px and 200 % zoom; measures the
// form page's first-load weight; watches the progress page update from /api/v1/progress.
//
// Usage: node tests/browser/run.mjs (scripts/test runs it after building the worker).
// Environment: CHROMIUM (default /usr/bin/chromium). Artefacts (screenshots, report.json) go to
// target/browser/.

import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = path.join(ROOT, "target/browser");
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const PAGE_WEIGHT_BUDGET = 50 * 1000; // bytes, compressed, excluding Turnstile
const EXPORT_TOKEN = "browser-test-export-token-0f3a9c21d7e4b58a";

// ---------------------------------------------------------------- helpers

/** A C2SP signed note signed with Node's own Ed25519 (not the collector's code), under a key
 * whose base64 holds a "+" (or none, with `plus` false). */
function signedNoteVector(plus) {
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
function catalogue(lang) {
  const texts = {};
  for (const line of fs.readFileSync(path.join(ROOT, "crates/core/locales", `${lang}.ftl`), "utf8").split("\n")) {
    const m = /^([a-zA-Z][\w-]*) = (.+)$/.exec(line);
    if (m) texts[m[1]] = m[2];
  }
  return texts;
}

function freePort() {
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
function stopAll() {
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

async function startTurnstileStub() {
  const child = spawn("python3", [path.join(ROOT, "scripts/turnstile-stub.py"), "0", "--secret", "browser-test-secret"], {
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const line = await new Promise((resolve) => readline.createInterface({ input: child.stdout }).once("line", resolve));
  return `http://127.0.0.1:${line.replace("listening on ", "").trim()}/`;
}

/** wrangler.toml as committed, minus the build step (scripts/test built the worker). */
function configFor(dir) {
  let inBuild = false;
  const lines = [];
  for (const line of fs.readFileSync(path.join(ROOT, "wrangler.toml"), "utf8").split("\n")) {
    if (line.startsWith("[")) inBuild = line.trim() === "[build]";
    if (inBuild) continue;
    if (line.startsWith("main = ")) lines.push(`main = ${JSON.stringify(path.join(ROOT, "build/worker/shim.mjs"))}`);
    else if (line.startsWith("directory = ")) lines.push(`directory = ${JSON.stringify(path.join(ROOT, "static"))}`);
    else lines.push(line);
  }
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "wrangler.toml");
  fs.writeFileSync(file, lines.join("\n"));
  return file;
}

function isoDay(offsetDays) {
  return new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
}

async function startWorker(name, vars) {
  const dir = path.join(OUT, "instances", name);
  fs.rmSync(dir, { recursive: true, force: true });
  const config = configFor(dir);
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
  const started = Date.now();
  for (;;) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.status === 200) return base;
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
function signatory(nationality) {
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

const report = { axe: [], flows: [], screenshots: [], weight: null, failures: [] };
let failed = 0;

async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    report.failures.push({ name, error: String(error && error.stack ? error.stack : error) });
    console.log(`FAIL ${name}\n${error && error.stack ? error.stack : error}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** A context with JavaScript, for running axe-core on what a page without JavaScript showed. */
let axeContext;
const noJsContexts = new Set();

/** axe-core on the page as it is; records and fails on any violation. */
async function axe(page, label) {
  let target = page;
  // axe-core needs timers, which do not run where JavaScript is off: replay that page's HTML at
  // its own address in a context with JavaScript, so its styles load as they did.
  if (noJsContexts.has(page.context())) {
    const html = await page.content();
    const url = page.url();
    target = await axeContext.newPage();
    await target.route(
      (u) => u.href === url,
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await target.goto(url);
  }
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
function watch(page) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && !/favicon/.test(msg.text())) problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  return problems;
}

async function pressTabUntil(page, predicate, what, arg) {
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
async function submit(page, action) {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), action()]);
  await page.waitForLoadState();
  return response;
}

/** Landing → nationality → form → confirmation, using labels in the page's language. */
async function signByForm(page, base, lang, nationality, data, { axeLabel } = {}) {
  const t = catalogue(lang);
  await page.goto(`${base}/${lang}/`);
  assert((await page.getAttribute("html", "lang")) === lang, "lang attribute");
  if (axeLabel) await axe(page, `landing (${lang})`);
  await page.getByLabel(t["nationality-label"], { exact: true }).selectOption(nationality);
  await page.getByRole("button", { name: t.continue }).click();
  await page.waitForURL(/\/sign\?nationality=/);
  assert((await page.textContent("h1")).trim() === t["support-title"], "form heading in the page language");
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

async function fillForm(page, t, nationality, data) {
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

// ---------------------------------------------------------------- main

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const stub = await startTurnstileStub();
  const common = { TURNSTILE_VERIFY_URL: stub };
  const [open, ended] = await Promise.all([
    startWorker("open", { ...common, INITIATIVE_REGISTRATION_DATE: isoDay(-40), COLLECTION_START: isoDay(-30), COLLECTION_END: isoDay(300) }),
    startWorker("ended", { ...common, INITIATIVE_REGISTRATION_DATE: isoDay(-310), COLLECTION_START: isoDay(-300), COLLECTION_END: isoDay(-10) }),
  ]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
  console.log(`chromium ${browser.version()}, worker ${open}`);
  const withJs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const withoutJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  noJsContexts.add(withoutJs);
  axeContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const signed = [];

  const flows = [
    { lang: "en", nationality: "IE", js: false, axe: "Part A" },
    { lang: "en", nationality: "IT", js: true, axe: "Part B" },
    { lang: "de", nationality: "DE", js: true, axe: "Part A" },
    { lang: "de", nationality: "IT", js: false, axe: "Part B" },
    { lang: "fr", nationality: "FR", js: false, axe: "Part A" },
    { lang: "fr", nationality: "IT", js: true, axe: "Part B" },
  ];
  for (const flow of flows) {
    await check(`sign ${flow.nationality} in ${flow.lang} ${flow.js ? "with" : "without"} JavaScript`, async () => {
      const page = await (flow.js ? withJs : withoutJs).newPage();
      const problems = watch(page);
      const data = signatory(flow.nationality);
      const id = await signByForm(page, open, flow.lang, flow.nationality, data, { axeLabel: flow.axe });
      signed.push({ ...flow, id, data });
      report.flows.push({ ...flow, id });
      assert(problems.length === 0, `console errors: ${problems.join("\n")}`);
      await page.close();
    });
  }

  await check("a receipt checks on the check page with JavaScript; without, the page says how with ocs", async () => {
    const t = catalogue("en");
    const page = await withJs.newPage();
    const problems = watch(page);
    await signByForm(page, open, "en", "DE", signatory("DE"));
    const href = await page.getAttribute("#receipt-download", "href");
    const receipt = Buffer.from(href.slice(href.indexOf(",") + 1), "base64").toString("utf8");
    const good = path.join(OUT, "receipt.json");
    fs.writeFileSync(good, receipt);
    await page.getByRole("link", { name: t["receipt-check-link"] }).click();
    await page.waitForURL(/\/en\/check$/);
    await axe(page, "check a receipt (en, JavaScript)");
    const verdict = async (file) => {
      await page.evaluate(() => { document.getElementById("check-result").textContent = ""; });
      await page.getByLabel(t["check-file"], { exact: true }).setInputFiles(file);
      await page.getByRole("button", { name: t["check-button"] }).click();
      await page.waitForSelector("#check-result .check-ok, #check-result .check-fail");
      return (await page.$("#check-result .check-ok")) !== null;
    };
    assert(await verdict(good), `the receipt did not check: ${await page.textContent("#check-result")}`);
    // A verifier key's base64 may hold "+", the separator of its parts (a log key is random, so
    // the collector's own key shows this only now and then): a note signed here by Node's
    // crypto, under keys with and without "+", verifies, and fails under another key.
    for (const plus of [true, false]) {
      const { name, vkey, note } = signedNoteVector(plus);
      const ok = await page.evaluate(([n, k]) => window.ocsReceiptCheck.verifyNote(n, k).then((c) => c.origin, (e) => `error: ${e.message}`), [note, vkey]);
      assert(ok === name, `a note under ${vkey} did not verify: ${ok}`);
      const other = signedNoteVector(plus).vkey.replace(/^[^+]*/, name);
      const refused = await page.evaluate(([n, k]) => window.ocsReceiptCheck.verifyNote(n, k).then(() => "accepted", (e) => e.message), [note, other]);
      assert(refused !== "accepted", "a note verified under another key");
    }
    assert((await page.textContent("#check-result")).includes(t["check-ok"]), "the verdict is in the page's language");
    await axe(page, "receipt checked (en)");
    const changed = JSON.parse(receipt);
    changed.leaf.nationality = changed.leaf.nationality === "FR" ? "DE" : "FR";
    const bad = path.join(OUT, "receipt-changed.json");
    fs.writeFileSync(bad, JSON.stringify(changed));
    assert(!(await verdict(bad)), "a changed receipt was accepted");
    assert(problems.length === 0, `console errors: ${problems.join("\n")}`);
    await page.close();
    const plain = await withoutJs.newPage();
    await plain.goto(`${open}/de/check`);
    const how = await plain.textContent("#check-nojs");
    assert(how.includes(catalogue("de")["check-nojs"]), "the explanation is in German");
    assert(how.includes(`ocs receipt verify receipt.json --url ${open}`), `the ocs command is shown: ${how}`);
    assert(await plain.isHidden("#check-form"), "no form that cannot work without JavaScript");
    await axe(plain, "check a receipt (de, no JavaScript)");
    await plain.close();
  });

  await check("sign by keyboard only (en, Part A, JavaScript on)", async () => {
    const page = await withJs.newPage();
    const t = catalogue("en");
    const data = signatory("IE");
    await page.goto(`${open}/en/`);
    await pressTabUntil(page, () => document.activeElement.id === "nationality", "the nationality list");
    await page.keyboard.type("Ireland");
    await pressTabUntil(page, () => document.activeElement.matches("form.choose button"), "Continue");
    await Promise.all([page.waitForURL(/nationality=IE/), page.keyboard.press("Enter")]);
    // Every field in Tab order, typed into from the keyboard.
    for (const [id, value] of [
      ["f-full_first_names", data.first],
      ["f-family_names", data.family],
      ["f-date_of_birth", data.birth],
      ["f-street", data.street],
      ["f-street_number", data.number],
      ["f-postal_code", data.postal],
      ["f-city", data.city],
    ]) {
      await pressTabUntil(page, (target) => document.activeElement.id === target, id, id);
      await page.keyboard.type(value);
    }
    await pressTabUntil(page, () => document.activeElement.id === "f-declaration", "the declaration");
    await page.keyboard.press("Space");
    await pressTabUntil(page, () => document.activeElement.matches("form[method=post] button[type=submit]"), "the submit button");
    await submit(page, () => page.keyboard.press("Enter"));
    assert((await page.textContent("h1")).trim() === t["thanks-heading"], "keyboard flow reaches the confirmation");
    report.flows.push({ lang: "en", nationality: "IE", js: true, keyboard: true });
    await page.close();
  });

  await check("error path with JavaScript (de): summary focused, links move focus, input kept", async () => {
    const page = await withJs.newPage();
    const t = catalogue("de");
    await page.goto(`${open}/de/sign?nationality=DE`);
    await page.getByLabel(t["field-full-first-names"], { exact: true }).fill("Maria");
    const response = await submit(page, () => page.getByRole("button", { name: t.submit }).click());
    assert(response.status() === 422, `status ${response.status()}`);
    assert((await page.textContent("#error-summary-title")).trim() === t["error-summary-title"], "summary title");
    assert(await page.evaluate(() => document.activeElement.classList.contains("error-summary")), "summary has focus");
    assert((await page.getByLabel(t["field-full-first-names"], { exact: true }).inputValue()) === "Maria", "input kept");
    const links = page.locator(".error-summary a");
    assert((await links.count()) >= 5, "one link per missing field");
    await links.first().click();
    const focused = await page.evaluate(() => document.activeElement.id);
    assert(focused === "f-family_names", `first link focuses its field, got ${focused}`);
    const described = await page.getAttribute("#f-family_names", "aria-describedby");
    assert(described.includes("f-family_names-error"), "error tied to its field");
    assert((await page.getAttribute("#f-family_names", "aria-invalid")) === "true", "aria-invalid");
    assert((await page.textContent("#f-family_names-error")).trim() === t["error-required"], "error in German");
    await axe(page, "form with errors (de, JavaScript)");
    await page.setViewportSize({ width: 320, height: 800 });
    await page.screenshot({ path: path.join(OUT, "form-errors-320.png"), fullPage: true });
    report.screenshots.push("form-errors-320.png");
    await page.close();
  });

  await check("error path without JavaScript (fr): 422 with summary and fields marked", async () => {
    const page = await withoutJs.newPage();
    const t = catalogue("fr");
    await page.goto(`${open}/fr/sign?nationality=IT`);
    const response = await submit(page, () => page.getByRole("button", { name: t.submit }).click());
    assert(response.status() === 422, `status ${response.status()}`);
    assert(await page.locator(".error-summary a[href='#f-declaration']").count(), "declaration error linked");
    assert((await page.textContent("#f-declaration-error")).trim() === t["error-declaration-required"], "error in French");
    await axe(page, "form with errors (fr, no JavaScript)");
    await page.close();
  });

  await check("a second signature with the same data is refused (409) on an accessible page", async () => {
    const first = signed.find((s) => s.nationality === "IT" && s.lang === "de");
    assert(first, "a German Part B signature to repeat");
    const page = await withoutJs.newPage();
    const t = catalogue("en");
    await page.goto(`${open}/en/sign?nationality=IT`);
    await fillForm(page, t, "IT", first.data);
    const response = await submit(page, () => page.getByRole("button", { name: t.submit }).click());
    assert(response.status() === 409, `status ${response.status()}`);
    assert((await page.textContent("h1")).trim() === t["duplicate-title"], "duplicate heading");
    await axe(page, "already supported (en)");
    await page.close();
  });

  await check("unknown nationality and language switcher pages are accessible", async () => {
    const page = await withoutJs.newPage();
    const response = await page.goto(`${open}/pl/sign?nationality=XX`);
    assert(response.status() === 404, `status ${response.status()}`);
    await axe(page, "choose nationality with an error (pl)");
    // The switcher keeps the page: from the Polish choice page to the Greek one.
    await page.click("nav summary");
    await page.click("nav a[hreflang=el]");
    assert(new URL(page.url()).pathname === "/el/sign", `switcher went to ${page.url()}`);
    assert((await page.getAttribute("html", "lang")) === "el", "Greek page");
    await axe(page, "choose nationality (el)");
    await page.close();
  });

  await check("closed collection pages (410) are accessible", async () => {
    const page = await withoutJs.newPage();
    const t = catalogue("it");
    const response = await page.goto(`${ended}/it/sign?nationality=IT`);
    assert(response.status() === 410, `status ${response.status()}`);
    assert((await page.textContent("h1")).trim() === t["closed-title"], "closed heading in Italian");
    await axe(page, "collection closed (it)");
    await page.goto(`${ended}/it/`);
    assert(!(await page.locator("#nationality").count()), "no way to sign on the landing page");
    await axe(page, "landing, collection ended (it)");
    await page.close();
  });

  await check("reflow: the form fits 320 px and 200 % zoom without horizontal scrolling", async () => {
    const page = await withJs.newPage();
    for (const [nationality, lang] of [["DE", "de"], ["IT", "en"]]) {
      for (const width of [320, 640, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${open}/${lang}/sign?nationality=${nationality}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 0, `${nationality} at ${width} px overflows by ${overflow} px`);
        if (width !== 640) {
          const file = `form-${nationality}-${lang}-${width}.png`;
          await page.screenshot({ path: path.join(OUT, file), fullPage: true });
          report.screenshots.push(file);
        }
      }
    }
    await page.close();
  });

  await check("page weight: the form's first load is at most 50 KB compressed", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const responses = [];
    page.on("response", (r) => responses.push(r));
    await page.goto(`${open}/en/sign?nationality=DE`, { waitUntil: "networkidle" });
    let observed = 0;
    let compressed = 0;
    const resources = [];
    for (const r of responses) {
      if (new URL(r.url()).hostname === "challenges.cloudflare.com") continue;
      const body = await r.body();
      const sizes = await r.request().sizes();
      const gzip = zlib.gzipSync(body, { level: 9 }).length;
      const encoding = (await r.allHeaders())["content-encoding"];
      // What travels: the body as sent if the server compressed it, else as Cloudflare's edge
      // would send it (gzip), plus the response headers.
      const travels = (encoding ? sizes.responseBodySize : Math.min(gzip, body.length)) + sizes.responseHeadersSize;
      observed += sizes.responseBodySize + sizes.responseHeadersSize;
      compressed += travels;
      resources.push({ url: r.url(), status: r.status(), bytes: body.length, gzip, encoding: encoding || null, travels });
    }
    report.weight = { page: "/en/sign?nationality=DE", requests: resources.length, observedBytes: observed, compressedBytes: compressed, budget: PAGE_WEIGHT_BUDGET, resources };
    console.log(`     form page: ${resources.length} requests, ${compressed} bytes compressed (${observed} as served by wrangler dev), budget ${PAGE_WEIGHT_BUDGET}`);
    for (const r of resources) console.log(`       ${r.travels.toString().padStart(6)} B  ${r.url.replace(open, "")}`);
    assert(compressed <= PAGE_WEIGHT_BUDGET, `form page weighs ${compressed} bytes`);
    await context.close();
  });

  await check("progress page: accessible, figures update from /api/v1/progress", async () => {
    const page = await withJs.newPage();
    const t = catalogue("sv");
    const problems = watch(page);
    await page.clock.install();
    await page.goto(`${open}/sv/progress`);
    assert((await page.textContent("h1")).trim() === t["progress-title"], "heading in Swedish");
    await axe(page, "progress (sv)");
    await page.screenshot({ path: path.join(OUT, "progress-sv-1280.png"), fullPage: true });
    report.screenshots.push("progress-sv-1280.png");
    const before = Number((await page.textContent("#state-IT .count")).replace(/\D/g, ""));
    const api = await (await fetch(`${open}/api/v1/progress`)).json();
    const apiIt = api.states.find((s) => s.code === "IT").count;
    assert(before === apiIt, `page shows ${before} Italians, API ${apiIt}`);
    // One more Italian signs elsewhere; the page picks it up on its next refresh.
    const other = await withoutJs.newPage();
    await signByForm(other, open, "en", "IT", signatory("IT"));
    await other.close();
    let after = before;
    const started = Date.now();
    while (after === before && Date.now() - started < 30000) {
      await page.clock.fastForward(61000);
      await page.waitForTimeout(1000);
      after = Number((await page.textContent("#state-IT .count")).replace(/\D/g, ""));
    }
    assert(after === before + 1, `Italy went from ${before} to ${after}`);
    const meter = await page.getAttribute("#state-IT meter", "value");
    assert(Number(meter) === after, `meter shows ${meter}`);
    assert(problems.length === 0, `console errors: ${problems.join("\n")}`);
    await page.close();
  });

  await browser.close();
  report.summary = {
    failed,
    axePages: report.axe.length,
    axeViolations: report.axe.reduce((n, a) => n + a.violations.length, 0),
  };
  fs.writeFileSync(path.join(OUT, "report.json"), JSON.stringify(report, null, 2));
  console.log(
    `browser tests: ${failed ? `${failed} FAILED` : "all passed"}; axe-core on ${report.summary.axePages} pages: ` +
      `${report.summary.axeViolations} violations; artefacts in ${path.relative(ROOT, OUT)}/`,
  );
  stopAll();
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  stopAll();
  process.exit(1);
});
