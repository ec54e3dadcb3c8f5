// Browser tests of the citizen pages: headless Chromium (Debian's, through playwright-core)
// against the real worker under `wrangler dev` (local SQLite Durable Objects, a local Turnstile
// stub). Signs for a Part A and a Part B nationality in three languages, with and without
// JavaScript and once by keyboard only; walks the error path; runs axe-core on every page type
// (zero WCAG 2.1 A/AA violations allowed); checks reflow at 320 px and 200 % zoom; measures the
// form page's first-load weight; watches the progress page update from /api/v1/progress; opens
// every page family in every language at 320, 390 and 1366 px (layouts.mjs); signs with the EU
// Digital Identity Wallet through a stand-in for the Digital Credentials API (wallet.mjs).
//
// Usage: node tests/browser/run.mjs (scripts/test runs it after building the worker).
// Environment: CHROMIUM (default /usr/bin/chromium). Artefacts (screenshots, report.json) go to
// target/browser/.

import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

import {
  OUT, ROOT, PAGE_WEIGHT_BUDGET, report, catalogue, signedNoteVector, startTurnstileStub, isoDay,
  startWorker, signatory, check, assert, axe, watch, pressTabUntil, submit, signByForm, fillForm,
  noJsContexts, setAxeContext, failures, stopAll,
} from "./lib.mjs";
import { campaigns } from "./campaigns.mjs";
import { layouts } from "./layouts.mjs";
import { wallet } from "./wallet.mjs";

// ---------------------------------------------------------------- main

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const stub = await startTurnstileStub();
  // The public figures follow signatures within seconds here (60 s by default).
  const common = { TURNSTILE_VERIFY_URL: stub, FIGURES_REFRESH_SECONDS: "5" };
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
  setAxeContext(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
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
    // With JavaScript the form comes under the choice: no second page.
    await page.waitForSelector("#inline-form form[method=post]");
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

  await campaigns({ browser, withJs, withoutJs, stub });
  await wallet({ browser, stub });
  report.screenshots.push(...(await layouts({ browser, ended, stub })));

  await browser.close();
  const failed = failures();
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
