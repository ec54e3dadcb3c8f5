// Browser tests of the campaign features (docs/campaigns.md): signing inside an iframe on a
// partner's site (a second origin, listed in EMBED_ORIGINS) while a third origin is refused by
// the CSP; the frame resizing itself and telling its host that a statement was accepted; the
// partner's code reaching `ocs stats`; sharing links that keep it; the counter page and badge on
// another site; the progress map; and paper forms that print to one A4 page. axe-core checks
// every new page. Screenshots for docs/campaigns.md go to target/browser/.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

import {
  OUT, ROOT, EXPORT_TOKEN, report, catalogue, freePort, isoDay, startWorker, signatory, check,
  assert, axe, watch, signByForm, fillForm, submit, until,
} from "./lib.mjs";

const OCS = path.join(ROOT, "target/debug/ocs");
const PASSPHRASE = "browser test organiser passphrase";

function ocs(args) {
  return execFileSync(OCS, args, { env: { ...process.env, OCS_EXPORT_TOKEN: EXPORT_TOKEN }, encoding: "utf8" });
}

/** A partner's page with the signing frame, a counter frame and the badge; it follows the
 * frame's height and records the frame's messages (from the collector's origin only). */
function hostPage(collector, partner = "friends") {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title></head>
<body><h1>Our campaign</h1>
<iframe id="sign" name="sign" title="Sign the initiative" src="${collector}/en/?partner=${partner}" style="width:100%;border:0" height="150"></iframe>
<iframe id="counter" name="counter" title="Statements so far" src="${collector}/en/counter?partner=friends" style="border:0" width="320" height="190"></iframe>
<img id="badge" alt="statements of support" src="${collector}/en/counter.svg">
<script>
  window.received = [];
  window.addEventListener("message", function (event) {
    if (event.origin !== ${JSON.stringify(collector)} || !event.data || event.data.source !== "ocs-edge") return;
    window.received.push(event.data);
    var frame = document.getElementById("sign");
    if (event.data.type === "resize") frame.height = event.data.height;
    // Each page in the frame (the confirmation, the form again with its errors) starts at its
    // top: bring that into view if the partner's page was scrolled past it.
    if (event.data.type === "loaded" && frame.getBoundingClientRect().top < 0) {
      frame.scrollIntoView();
    }
  });
</script></body></html>`;
}

/** Serves `pages` (path → HTML; "/" for any path not listed). */
function serve(host, port, pages) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(pages[req.url] || pages["/"]);
    });
    server.listen(port, host, () => resolve(server));
  });
}

/** Pages in a PDF (each page object is `/Type /Page`, the tree `/Type /Pages`). */
function pdfPages(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) || []).length;
}

export async function campaigns({ browser, withJs, withoutJs, stub }) {
  const dir = path.join(OUT, "campaign");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "pass"), PASSPHRASE);
  const key = path.join(dir, "organiser.key");
  const publicKey = ocs(["keygen", "-o", key, "--passphrase-file", path.join(dir, "pass")])
    .split(/\s+/).find((w) => w.startsWith("ocs-x25519-pk1"));
  const [hostPort, strangerPort] = [await freePort(), await freePort()];
  const allowed = `http://localhost:${hostPort}`;
  const collector = await startWorker("campaign", {
    TURNSTILE_VERIFY_URL: stub,
    INITIATIVE_REGISTRATION_DATE: isoDay(-40), COLLECTION_START: isoDay(-30), COLLECTION_END: isoDay(300),
    ORGANISER_PUBLIC_KEY: publicKey,
    EMBED_ORIGINS: allowed,
    // Friends asked to be told of acceptances; the unions did not (the default).
    PARTNERS: JSON.stringify([
      { code: "friends", name: "Friends of the Earth", public: true, acceptance_message: true },
      { code: "unions", name: "European Unions" },
    ]),
  });
  const host = await serve("127.0.0.1", hostPort, { "/": hostPage(collector), "/unions": hostPage(collector, "unions") });
  const stranger = await serve("127.0.0.2", strangerPort, { "/": hostPage(collector) });

  await check("campaigns: signing in a frame on a listed site, which it resizes and tells of the acceptance", async () => {
    const page = await withJs.newPage();
    const problems = watch(page);
    await page.goto(`${allowed}/`);
    const frame = page.frameLocator("#sign");
    const t = catalogue("en");
    await frame.locator("#nationality").waitFor();
    assert((await frame.locator(".note").first().textContent()).includes("Friends of the Earth"), "the partner is named");
    await frame.getByLabel(t["nationality-label"], { exact: true }).selectOption("DE");
    await frame.locator("#inline-form form[method=post]").waitFor();
    const inner = page.frame({ name: "sign" });
    await fillForm(inner, t, "DE", signatory("DE"));
    await inner.getByLabel(t["partner-consent"].replace("{ $partner }", "Friends of the Earth"), { exact: true }).check();
    await inner.getByLabel(t["email-label"], { exact: true }).fill("framed@example.eu");
    const height = Number(await page.getAttribute("#sign", "height"));
    assert(height > 600, `the frame grew to its form: ${height} px`);
    // Headless Chromium leaves cross-site frames blank in full-page captures: the viewport.
    await page.setViewportSize({ width: 900, height: Math.min(height + 120, 1400) });
    await page.screenshot({ path: path.join(OUT, "campaign-embed.png") });
    report.screenshots.push("campaign-embed.png");
    // A phone: the signatory scrolls down the partner's page to the button and submits.
    await page.setViewportSize({ width: 390, height: 844 });
    const button = inner.getByRole("button", { name: t.submit });
    await button.scrollIntoViewIfNeeded();
    const scrolledTo = await page.evaluate(() => window.scrollY);
    assert(scrolledTo > 844, `the submit button was far down the partner's page (${scrolledTo} px)`);
    await Promise.all([inner.waitForNavigation(), button.click()]);
    const confirmation = page.frame({ name: "sign" });
    assert(confirmation.url().startsWith(`${collector}/en/sign`), `the frame shows the confirmation: ${confirmation.url()}`);
    await confirmation.locator("#statement-id").waitFor();
    await page.waitForFunction(() => window.received.some((m) => m.type === "accepted"));
    // The frame follows its content down as well as up, and the confirmation is in view on the
    // partner's page without the signatory scrolling back up.
    await page.waitForFunction((h) => Number(document.getElementById("sign").height) < h, height);
    const shrunk = Number(await page.getAttribute("#sign", "height"));
    const inner1 = await confirmation.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    assert(Math.abs(shrunk - inner1) <= 2, `the frame is its content's height: ${shrunk} px for ${inner1} px`);
    const heading = await confirmation.evaluate(() => document.querySelector("h1").getBoundingClientRect().top);
    const frameTop = await page.evaluate(() => document.getElementById("sign").getBoundingClientRect().top);
    assert(frameTop + heading >= 0 && frameTop + heading < 844, `the confirmation's heading is in view (at ${frameTop + heading} px)`);
    await page.screenshot({ path: path.join(OUT, "campaign-embed-confirmation-390.png") });
    report.screenshots.push("campaign-embed-confirmation-390.png");
    await page.setViewportSize({ width: 900, height: 1000 });
    const received = await page.evaluate(() => window.received);
    assert(received.every((m) => Object.keys(m).every((k) => ["source", "type", "height"].includes(k))), `no personal data in the messages: ${JSON.stringify(received)}`);
    assert(received.filter((m) => m.type === "loaded").length >= 2, "the frame said each of its pages loaded");
    // Sharing keeps the partner.
    const links = await confirmation.locator(".share-links a").evaluateAll((as) => as.map((a) => a.href));
    assert(links.length >= 6 && links.every((href) => href.includes("partner%3Dfriends")), `share links keep the partner: ${links.join(" ")}`);
    assert((await confirmation.inputValue("#share-url")).endsWith("/en/?partner=friends"), "the address to share keeps the partner");
    await page.locator("#counter").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, "campaign-counter.png"), clip: await page.locator("#counter").boundingBox() });
    report.screenshots.push("campaign-counter.png");
    // The counter frame and the badge render on the partner's page.
    const counter = page.frame({ name: "counter" });
    assert((await counter.textContent("#counter-total")).includes("statement"), "the counter shows its figure");
    const badge = await page.evaluate(() => { const i = document.getElementById("badge"); return i.complete && i.naturalWidth; });
    assert(badge > 50, `the badge renders (${badge} px wide)`);
    assert(problems.length === 0, `console errors: ${problems.join("\n")}`);
    await page.close();
  });

  await check("campaigns: a site that is not listed cannot frame the signing page (CSP frame-ancestors)", async () => {
    const page = await withJs.newPage();
    const refused = [];
    page.on("console", (m) => { if (/frame-ancestors|Refused to frame/i.test(m.text())) refused.push(m.text()); });
    await page.goto(`http://127.0.0.2:${strangerPort}/`);
    await until(() => refused.length > 0, "Chromium reports the CSP refusal");
    const frame = page.frame({ name: "sign" });
    const loaded = frame ? await frame.locator("#nationality").count().catch(() => 0) : 0;
    assert(loaded === 0, "the signing page did not load in an unlisted site's frame");
    assert(refused.length > 0, "Chromium reports the CSP refusal");
    // The counter, made to be put anywhere, still shows there.
    const counter = page.frame({ name: "counter" });
    assert(counter && (await counter.locator("#counter-total").count()) === 1, "the counter frames anywhere");
    await page.close();
  });

  // Posts a probe from inside the frame to any origin and waits for the host to receive it: the
  // frame's own messages were posted before it, so once it arrives, they would have too.
  async function drained(page, frame) {
    await frame.evaluate(() => window.parent.postMessage({ source: "ocs-edge", type: "probe" }, "*"));
    await page.waitForFunction(() => window.received.some((m) => m.type === "probe"));
    return page.evaluate(() => window.received.map((m) => m.type));
  }

  await check("campaigns: a frame on a site that is not listed posts it nothing (postMessage targets)", async () => {
    // The CSP already keeps the page out of such a frame; here it is taken off the frame's
    // answer, so only sign.js's message targets stand between the page and the stranger.
    const page = await withJs.newPage();
    await page.route(`${collector}/en/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers["content-security-policy"];
      delete headers["x-frame-options"];
      await route.fulfill({ response, headers });
    });
    await page.goto(`http://127.0.0.2:${strangerPort}/`);
    const frame = page.frame({ name: "sign" });
    await frame.locator("#nationality").waitFor();
    await frame.waitForLoadState("load");
    const embed = await frame.evaluate(() => document.body.getAttribute("data-embed"));
    assert(embed === allowed, `the page lists the partner's origin only: ${embed}`);
    const received = await drained(page, frame);
    assert(received.join() === "probe", `the unlisted site received only its own probe: ${received.join()}`);
    await page.close();
  });

  await check("campaigns: a partner that did not ask is not told that a statement was accepted", async () => {
    const page = await withJs.newPage();
    await page.goto(`${allowed}/unions`);
    const t = catalogue("en");
    const frame = page.frameLocator("#sign");
    await frame.getByLabel(t["nationality-label"], { exact: true }).selectOption("FR");
    await frame.locator("#inline-form form[method=post]").waitFor();
    const inner = page.frame({ name: "sign" });
    await fillForm(inner, t, "FR", signatory("FR"));
    await Promise.all([inner.waitForNavigation(), inner.getByRole("button", { name: t.submit }).click()]);
    const confirmation = page.frame({ name: "sign" });
    await confirmation.locator("#statement-id").waitFor();
    await confirmation.waitForLoadState("load");
    await page.waitForFunction(() => window.received.filter((m) => m.type === "loaded").length >= 2);
    const received = await drained(page, confirmation);
    assert(received.includes("resize"), `the frame still follows its height: ${received.join()}`);
    assert(!received.includes("accepted"), `no acceptance told: ${received.join()}`);
    await page.close();
  });

  await check("campaigns: the partner reaches `ocs stats`; the new pages are accessible", async () => {
    // One more through the partner, without JavaScript (the two-step flow).
    const plain = await withoutJs.newPage();
    await signByForm(plain, collector, "fr", "FR", signatory("FR"), { query: "?partner=friends", axeLabel: "Part A, via a partner" });
    await plain.locator(".share").screenshot({ path: path.join(OUT, "campaign-share-fr.png") });
    report.screenshots.push("campaign-share-fr.png");
    await plain.close();
    const bundle = path.join(dir, "bundle");
    ocs(["pull", "--url", collector, bundle]);
    const stats = JSON.parse(ocs(["stats", bundle, "--json", "--key", key, "--passphrase-file", path.join(dir, "pass")]));
    assert(stats.per_partner.friends === 2, `per partner: ${JSON.stringify(stats.per_partner)}`);
    const page = await withJs.newPage();
    await page.goto(`${collector}/de/counter?partner=friends`);
    await axe(page, "counter (de)");
    await page.goto(`${collector}/en/progress`);
    await page.locator("#progress-map").waitFor();
    assert((await page.locator("#progress-map .tile").count()) === 27, "a tile per member state");
    await axe(page, "progress with the map (en)");
    await page.locator("figure.map").screenshot({ path: path.join(OUT, "campaign-progress-map.png") });
    report.screenshots.push("campaign-progress-map.png");
    await page.goto(`${collector}/pl/paper`);
    await axe(page, "paper form choice (pl)");
    await page.goto(`${collector}/en/paper?nationality=IT&partner=friends`);
    await axe(page, "paper form (en, IT)");
    await page.close();
  });

  await check("campaigns: every member state's paper form prints to one landscape A4 page (every state in en, de, fr, pl; DE and IT in every language)", async () => {
    const page = await withJs.newPage();
    const states = JSON.parse(await (await fetch(`${collector}/api/v1/ruleset`)).text()).states;
    const over = [];
    // Every state in four languages; the two longest forms (DE with its note, IT with its
    // documents) in every language, the privacy statement's length varying most between them.
    const langs = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" ");
    for (const lang of langs) {
      const codes = ["en", "de", "fr", "pl"].includes(lang) ? Object.keys(states) : ["DE", "IT"];
      for (const code of codes) {
        await page.goto(`${collector}/${lang}/paper?nationality=${code}&partner=friends`);
        const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
        const pages = pdfPages(pdf);
        if (pages !== 1) over.push(`${lang}/${code}: ${pages} pages`);
        if (lang === "de" && code === "DE") {
          fs.writeFileSync(path.join(OUT, "campaign-paper-de-DE.pdf"), pdf);
          await page.emulateMedia({ media: "print" });
          await page.setViewportSize({ width: 1123, height: 794 });
          await page.screenshot({ path: path.join(OUT, "campaign-paper-de-DE.png") });
          report.screenshots.push("campaign-paper-de-DE.png");
          await page.emulateMedia({ media: null });
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      }
    }
    assert(over.length === 0, `not one A4 page: ${over.join(", ")}`);
    await page.close();
  });

  host.close();
  stranger.close();
}
