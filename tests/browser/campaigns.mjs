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
  assert, axe, watch, signByForm, fillForm, submit,
} from "./lib.mjs";

const OCS = path.join(ROOT, "target/debug/ocs");
const PASSPHRASE = "browser test organiser passphrase";

function ocs(args) {
  return execFileSync(OCS, args, { env: { ...process.env, OCS_EXPORT_TOKEN: EXPORT_TOKEN }, encoding: "utf8" });
}

/** A partner's page with the signing frame, a counter frame and the badge; it follows the
 * frame's height and records the frame's messages (from the collector's origin only). */
function hostPage(collector) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title></head>
<body><h1>Our campaign</h1>
<iframe id="sign" name="sign" title="Sign the initiative" src="${collector}/en/?partner=friends" style="width:100%;border:0" height="150"></iframe>
<iframe id="counter" name="counter" title="Statements so far" src="${collector}/en/counter?partner=friends" style="border:0" width="320" height="190"></iframe>
<img id="badge" alt="statements of support" src="${collector}/en/counter.svg">
<script>
  window.received = [];
  window.addEventListener("message", function (event) {
    if (event.origin !== ${JSON.stringify(collector)} || !event.data || event.data.source !== "ocs-edge") return;
    window.received.push(event.data);
    if (event.data.type === "resize") document.getElementById("sign").height = event.data.height;
  });
</script></body></html>`;
}

function serve(host, port, html) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
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
    PARTNERS: JSON.stringify([{ code: "friends", name: "Friends of the Earth", public: true }]),
  });
  const host = await serve("127.0.0.1", hostPort, hostPage(collector));
  const stranger = await serve("127.0.0.2", strangerPort, hostPage(collector));

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
    await Promise.all([inner.waitForNavigation(), inner.getByRole("button", { name: t.submit }).click()]);
    const confirmation = page.frame({ name: "sign" });
    assert(confirmation.url().startsWith(`${collector}/en/sign`), `the frame shows the confirmation: ${confirmation.url()}`);
    await confirmation.locator("#statement-id").waitFor();
    await page.waitForFunction(() => window.received.some((m) => m.type === "accepted"));
    const received = await page.evaluate(() => window.received);
    assert(received.every((m) => Object.keys(m).every((k) => ["source", "type", "height"].includes(k))), `no personal data in the messages: ${JSON.stringify(received)}`);
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
    await page.waitForTimeout(1500);
    const frame = page.frame({ name: "sign" });
    const loaded = frame ? await frame.locator("#nationality").count().catch(() => 0) : 0;
    assert(loaded === 0, "the signing page did not load in an unlisted site's frame");
    assert(refused.length > 0, "Chromium reports the CSP refusal");
    // The counter, made to be put anywhere, still shows there.
    const counter = page.frame({ name: "counter" });
    assert(counter && (await counter.locator("#counter-total").count()) === 1, "the counter frames anywhere");
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

  await check("campaigns: every member state's paper form prints to one A4 page in en, de, fr and pl", async () => {
    const page = await withJs.newPage();
    const states = JSON.parse(await (await fetch(`${collector}/api/v1/ruleset`)).text()).states;
    const over = [];
    for (const lang of ["en", "de", "fr", "pl"]) {
      for (const code of Object.keys(states)) {
        await page.goto(`${collector}/${lang}/paper?nationality=${code}&partner=friends`);
        const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
        const pages = pdfPages(pdf);
        if (pages !== 1) over.push(`${lang}/${code}: ${pages} pages`);
        if (lang === "de" && code === "DE") {
          fs.writeFileSync(path.join(OUT, "campaign-paper-de-DE.pdf"), pdf);
          await page.emulateMedia({ media: "print" });
          await page.setViewportSize({ width: 794, height: 1123 });
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
