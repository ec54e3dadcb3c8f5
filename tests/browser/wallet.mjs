// Browser tests of signing with the EU Digital Identity Wallet (docs/wallet.md): the form offers
// it only where the browser has the Digital Credentials API, and a wallet's answer signs. The
// platform's API is stood in for by an init script whose `navigator.credentials.get` hands the
// collector's own request to the test PID provider and wallet (tests/wallet/pid_wallet.py, on
// PyPI `sd-jwt` and `pymdoccbor`), issued under the published test anchor; the worker verifies the answer as it
// would a real wallet's. With and without JavaScript, without the API, a refusal on the form,
// and axe-core on each new page state (that nothing of a refused answer is stored is
// tests/e2e_wallet.rs's).

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { ROOT, catalogue, isoDay, startWorker, check, assert, axe, watch, submit, until } from "./lib.mjs";

const ANCHOR = path.join(ROOT, "crates/core/data/wallet-test-anchor.pem");
const ANCHOR_KEY = path.join(ROOT, "tests/wallet/test-anchor.key");

/** The PID the test wallet holds for a national of `iso` (unique names: the dedupe key). */
function person(iso, tag) {
  const address = {
    DE: { street_address: "Hauptstraße", house_number: "5a", postal_code: "10115", locality: "Berlin", country: "DE" },
    IT: { street_address: "Via Appia", house_number: "12", postal_code: "00100", locality: "Roma", country: "IT" },
  }[iso];
  return {
    given_name: "Wallet",
    family_name: `Browser ${tag}`,
    birthdate: "1990-01-15",
    nationalities: [iso],
    address,
    age_equal_or_over: { 16: true, 18: true },
    issuing_country: iso,
  };
}

/** The test wallet's answer (the DC API credential's `data`) to `request`, for pages of `origin`. */
function answer(origin, request, held) {
  const job = {
    origin,
    now: Math.floor(Date.now() / 1000),
    anchor: { certificate: ANCHOR, key: ANCHOR_KEY },
    cases: [{ id: "page", request, person: held.person, faults: held.faults, format: held.format }],
  };
  const out = execFileSync("python3", [path.join(ROOT, "tests/wallet/pid_wallet.py")], {
    input: JSON.stringify(job),
    encoding: "utf8",
  });
  return JSON.parse(out).answers.page;
}

export async function wallet({ browser, stub }) {
  const base = await startWorker("wallet", {
    TURNSTILE_VERIFY_URL: stub,
    INITIATIVE_REGISTRATION_DATE: isoDay(-40),
    COLLECTION_START: isoDay(-30),
    COLLECTION_END: isoDay(300),
    PID_TRUST_ANCHORS: fs.readFileSync(ANCHOR, "utf8"),
  });
  const t = catalogue("en");
  const viewport = { width: 1280, height: 900 };
  // What the wallet holds and what it is to get wrong, set by each check before it signs.
  const held = { person: null, faults: [], format: "dc+sd-jwt", asked: 0 };
  const withWallet = await browser.newContext({ viewport });
  await withWallet.exposeBinding("ocsTestWallet", (_source, request) => {
    held.asked += 1;
    held.last = answer(base, request, held);
    return held.last;
  });
  await withWallet.addInitScript(() => {
    // The platform's Digital Credentials API, as a browser that has it exposes it.
    window.DigitalCredential = function DigitalCredential() {};
    navigator.credentials.get = async (options) => {
      const request = options.digital.requests[0];
      return { protocol: request.protocol, data: await window.ocsTestWallet(request) };
    };
  });
  const tag = () => Math.random().toString(36).slice(2, 10).replace(/[0-9]/g, "x");
  /** The form of `lang` for a national of `iso`, its wallet choice shown; the wallet holds a
   * PID of a person of their own and is to get `faults` wrong. With the console watched. */
  const formWithWallet = async (lang, iso, faults = []) => {
    const page = await withWallet.newPage();
    const problems = watch(page);
    held.person = person(iso, tag());
    held.faults = faults;
    await page.goto(`${base}/${lang}/sign?nationality=${iso}`);
    await page.waitForSelector("#wallet:not([hidden])");
    return { page, problems };
  };

  await check("wallet: a German signs with the wallet, typing nothing (Digital Credentials API)", async () => {
    const { page, problems } = await formWithWallet("en", "DE");
    await axe(page, "form with the wallet choice (en, JavaScript)");
    const before = held.asked;
    await page.getByRole("button", { name: t["wallet-button"] }).click();
    await until(() => held.asked === before + 1, "the wallet asked once");
    assert(typeof held.last.response === "string" && !held.last.vp_token, "the wallet's answer is encrypted to the collector (dc_api.jwt)");
    // The wallet's details in their fields, read-only; the signatory sends the form.
    const family = page.getByLabel(t["field-family-names"], { exact: true });
    await family.and(page.locator("[data-from-wallet]")).waitFor();
    assert((await family.inputValue()) === held.person.family_name, "the family name from the wallet");
    assert(!(await family.isEditable()), "a field from the wallet is read-only");
    assert((await family.evaluate((e) => getComputedStyle(e).borderTopStyle)) === "dashed", "and looks it (dashed)");
    const street = page.getByLabel(t["field-street"], { exact: true });
    assert((await street.inputValue()) === held.person.address.street_address, "the street from the wallet");
    const [year, month, day] = held.person.birthdate.split("-");
    assert((await page.getByLabel(t["field-date-of-birth"], { exact: true }).inputValue()) === `${day}/${month}/${year}`, "the birth date as the English hint writes dates (31/12/1990)");
    assert((await page.textContent("#wallet")).includes(t["wallet-filled"]), "the wallet choice says what happened");
    // Nothing typed: the declaration is Annex III's eID variant, not yet ticked, and has the focus.
    const eid = page.getByLabel(t["declaration-eid"], { exact: true });
    assert(!(await eid.isChecked()), "the eID declaration is to be ticked");
    assert(await page.evaluate(() => document.activeElement && document.activeElement.name === "declaration"), "the declaration has the focus");
    await axe(page, "form filled from the wallet (en)");
    await eid.check();
    const response = await submit(page, () => page.getByRole("button", { name: t.submit }).click());
    assert(response.status() === 201, `signing answered ${response.status()}`);
    assert((await page.textContent("h1")).trim() === t["thanks-heading"], "confirmation heading");
    await axe(page, "confirmation of a wallet signature (en)");
    assert(problems.length === 0, `console errors: ${problems.join("\n")}`);
    await page.close();
  });

  await check("wallet: a German whose wallet holds an mdoc PID signs on the Polish page, typing nothing", async () => {
    const pl = catalogue("pl");
    const { page, problems } = await formWithWallet("pl", "DE");
    held.format = "mso_mdoc";
    await page.getByRole("button", { name: pl["wallet-button"] }).click();
    // The page reads the mdoc's disclosed elements (CBOR) to show them, read-only.
    const family = page.getByLabel(pl["field-family-names"], { exact: true });
    await family.and(page.locator("[data-from-wallet]")).waitFor();
    assert((await family.inputValue()) === held.person.family_name, "the family name from the mdoc");
    assert((await page.getByLabel(pl["field-street"], { exact: true }).inputValue()) === held.person.address.street_address, "the street from the mdoc");
    const [year, month, day] = held.person.birthdate.split("-");
    // As the Polish hint shows dates (31.12.1990), not as the PID has them.
    assert((await page.getByLabel(pl["field-date-of-birth"], { exact: true }).inputValue()) === `${day}.${month}.${year}`, "the birth date from the mdoc, as the page's hint writes dates");
    await page.getByLabel(pl["declaration-eid"], { exact: true }).check();
    const response = await submit(page, () => page.getByRole("button", { name: pl.submit }).click());
    assert(response.status() === 201, `signing answered ${response.status()}: ${await page.textContent("body")}`);
    assert(problems.length === 0, `console errors: ${problems.join("\n")}`);
    held.format = "dc+sd-jwt";
    await page.close();
  });

  await check("wallet: an Italian (Part B) signs with the wallet and the passport number typed", async () => {
    const { page } = await formWithWallet("en", "IT");
    await page.getByLabel(t["doc-passport"], { exact: true }).check();
    await page.getByLabel(t["field-id-number"], { exact: true }).fill(`YA${String(Date.now()).slice(-7)}`);
    await page.getByRole("button", { name: t["wallet-button"] }).click();
    await page.locator("[data-from-wallet]").first().waitFor();
    // The document number is typed: the declaration stays the one for typed details.
    await page.getByLabel(t.declaration, { exact: true }).check();
    // Part B: the names come from the wallet, the passport number stays as typed.
    assert(await page.getByLabel(t["field-id-number"], { exact: true }).isEditable(), "the document number stays editable");
    const response = await submit(page, () => page.getByRole("button", { name: t.submit }).click());
    assert(response.status() === 201, `signing answered ${response.status()}: ${await page.textContent("body")}`);
    await page.close();
  });

  await check("wallet: a refused answer says why on the form, in the page language", async () => {
    const { page } = await formWithWallet("en", "DE", ["wrong_audience"]);
    await page.getByRole("button", { name: t["wallet-button"] }).click();
    await page.locator("[data-from-wallet]").first().waitFor();
    await page.getByLabel(t["declaration-eid"], { exact: true }).check();
    const response = await submit(page, () => page.getByRole("button", { name: t.submit }).click());
    assert(response.status() === 422, `a refused answer is ${response.status()}`);
    const summary = await page.textContent(".error-summary");
    assert(summary.includes("wallet_wrong_audience"), `the summary names the refusal: ${summary}`);
    assert(summary.includes(t["wallet-refused-again"]), `the summary says what to do, in the page language: ${summary}`);
    await axe(page, "form with a refused wallet answer (en)");
    await page.close();
  });

  await check("wallet: when the wallet cannot be used, or its answer is not for this page, the choice says so", async () => {
    const { page } = await formWithWallet("en", "DE");
    const button = page.getByRole("button", { name: t["wallet-button"] });
    // The routes' limit (or the collector failing): not usable just now; the form is.
    await page.route("**/api/v1/wallet/request**", (route) =>
      route.fulfill({ status: 429, contentType: "application/json", body: '{"error":"rate_limited"}' }));
    await button.click();
    await page.getByRole("status").filter({ hasText: t["wallet-unavailable"] }).waitFor();
    assert(await button.isEnabled(), "the choice can be tried again");
    await axe(page, "wallet choice not usable just now (en)");
    // An answer the collector cannot open for this request: ask the wallet again.
    await page.unroute("**/api/v1/wallet/request**");
    held.faults = ["unencrypted"];
    const before = held.asked;
    await button.click();
    await page.getByRole("status").filter({ hasText: t["wallet-refused-again"] }).waitFor();
    assert(held.asked === before + 1, "the wallet was asked");
    assert((await page.locator("[data-from-wallet]").count()) === 0, "nothing filled in from an answer that was refused");
    held.faults = [];
    await page.close();
  });

  await check("wallet: with Chromium's own Digital Credentials API the choice is offered; without the API, or without JavaScript, only the typed form", async () => {
    const native = await browser.newContext({ viewport });
    const offered = await native.newPage();
    await offered.goto(`${base}/en/sign?nationality=DE`);
    assert(await offered.isVisible("#wallet"), "the wallet choice where the browser has the API");
    await native.close();
    for (const options of [{ viewport }, { viewport, javaScriptEnabled: false }]) {
      const context = await browser.newContext(options);
      // A browser without the API (the platforms that do not ship it yet).
      await context.addInitScript(() => { delete window.DigitalCredential; });
      const page = await context.newPage();
      await page.goto(`${base}/en/sign?nationality=DE`);
      assert(await page.isHidden("#wallet"), `the wallet choice is hidden (${options.javaScriptEnabled === false ? "no JavaScript" : "no API"})`);
      assert(await page.isVisible(`button[type=submit]`), "the typed form's button is there");
      await context.close();
    }
  });
  await withWallet.close();
}
