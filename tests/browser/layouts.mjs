// Pages that hold on any screen (docs/citizen-pages.md, "Layouts"): every page family in every
// one of the 24 languages at 320, 390 and 1366 px wide fails on horizontal overflow (a document
// wider than the viewport, with the elements that stick out named); the counter fails on text
// clipped in its documented 320 x 190 frame; axe-core runs on the longer pages (the privacy
// notice, the form with its privacy statement open, the paper form). Screenshots at 320 px of
// every page, and of any failure at any width, go to target/browser/layouts/.

import fs from "node:fs";
import path from "node:path";

import { OUT, catalogue, check, assert, axe, signatory, fillForm, submit, startWorker, isoDay } from "./lib.mjs";

export const WIDTHS = [320, 390, 1366];
const LANGS = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" ");
// A nationality per language, so the forms cover Part A and Part B and every state's fields.
const STATES = "BG CZ DK DE GR IE ES EE FI FR IE HR HU IT LT LV MT NL PL PT RO SK SI SE".split(" ");

/** The elements that stick out of the viewport, for the failure message. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const wide = [];
    for (const el of document.querySelectorAll("body *")) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 && box.width > 0) {
        const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + (el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : "");
        wide.push(`${name} (${Math.round(box.right)} px: ${(el.textContent || "").trim().slice(0, 40)})`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(-4) };
  });
}

/** Measures the loaded page at each width; a screenshot at 320 px, and of every failure. */
async function measure(page, family, lang, problems, shots) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const wide = await overflow(page);
    const file = path.join("layouts", `${family}-${lang}-${width}.png`);
    if (wide) problems.push(`${family} (${lang}) at ${width} px is ${wide.scrollWidth} px wide: ${wide.wide.join("; ")}`);
    if (wide || width === 320) {
      await page.screenshot({ path: path.join(OUT, file), fullPage: true });
      shots.push(file);
    }
  }
}

export async function layouts({ browser, ended, stub }) {
  fs.rmSync(path.join(OUT, "layouts"), { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, "layouts"), { recursive: true });
  const shots = [];
  // A collector of its own: it signs three times in each language from this one address, and
  // has a public partner for the partner's counter.
  const open = await startWorker("layouts", {
    TURNSTILE_VERIFY_URL: stub,
    INITIATIVE_REGISTRATION_DATE: isoDay(-40), COLLECTION_START: isoDay(-30), COLLECTION_END: isoDay(300),
    PARTNERS: JSON.stringify([{ code: "friends", name: "Friends of the Earth", public: true }]),
  }, { signingLimit: 1000 });

  await check("layouts: every page family in every language fits 320, 390 and 1366 px", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    let pages = 0;
    for (const [i, lang] of LANGS.entries()) {
      const state = lang === "de" ? "DE" : STATES[i];
      const addresses = {
        landing: `${open}/${lang}/`,
        choose: `${open}/${lang}/sign?nationality=XX`,
        form: `${open}/${lang}/sign?nationality=${state}`,
        closed: `${ended}/${lang}/sign`,
        progress: `${open}/${lang}/progress`,
        check: `${open}/${lang}/check`,
        "paper-choice": `${open}/${lang}/paper`,
        paper: `${open}/${lang}/paper?nationality=${state}`,
        privacy: `${open}/${lang}/privacy`,
      };
      for (const [family, address] of Object.entries(addresses)) {
        await page.goto(address);
        if (family === "form") {
          // The privacy statement open, as a signatory who reads it sees the page.
          await page.evaluate(() => document.querySelectorAll("details.privacy").forEach((d) => { d.open = true; }));
        }
        await measure(page, family, lang, problems, shots);
        pages += 1;
      }
      // The form again with every error shown, then the confirmation after signing, then the
      // page that refuses the same signatory twice.
      const t = catalogue(lang);
      await page.setViewportSize({ width: 390, height: 900 });
      await page.goto(addresses.form);
      await submit(page, () => page.locator("form[method=post] button[type=submit]").click());
      await measure(page, "form-errors", lang, problems, shots);
      // Signed as a German national (Part A: every address field) whatever the form's state.
      const form = `${open}/${lang}/sign?nationality=DE`;
      await page.goto(form);
      const data = signatory("DE");
      await fillForm(page, t, "DE", data);
      const response = await submit(page, () => page.locator("form[method=post] button[type=submit]").click());
      assert(response.status() === 201, `${lang}: signing answered ${response.status()}`);
      await measure(page, "confirmation", lang, problems, shots);
      await page.goto(form);
      await fillForm(page, t, "DE", data);
      const again = await submit(page, () => page.locator("form[method=post] button[type=submit]").click());
      assert(again.status() === 409, `${lang}: a repeat answered ${again.status()}`);
      await measure(page, "duplicate", lang, problems, shots);
      pages += 4;
    }
    console.log(`     ${pages} pages x ${WIDTHS.length} widths, ${shots.length} screenshots in target/browser/layouts/`);
    assert(problems.length === 0, `horizontal overflow:\n  ${problems.join("\n  ")}`);
    await context.close();
  });

  await check("layouts: the counter fits its 320 x 190 frame in every language, with and without a partner", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 190 } });
    const page = await context.newPage();
    const clipped = [];
    for (const lang of LANGS) {
      for (const query of ["", "?partner=friends"]) {
        await page.goto(`${open}/${lang}/counter${query}`);
        const size = await page.evaluate(() => ({
          width: document.documentElement.scrollWidth,
          height: document.documentElement.scrollHeight,
        }));
        if (size.width > 320 || size.height > 190) {
          const file = path.join("layouts", `counter-${lang}${query ? "-partner" : ""}.png`);
          await page.screenshot({ path: path.join(OUT, file) });
          shots.push(file);
          clipped.push(`${lang}${query}: ${size.width} x ${size.height}`);
        }
      }
    }
    await page.goto(`${open}/de/counter?partner=friends`);
    await page.screenshot({ path: path.join(OUT, "layouts", "counter-de-partner.png") });
    assert(clipped.length === 0, `counter clipped in its frame: ${clipped.join(", ")}`);
    await context.close();
  });

  await check("layouts: the longer pages pass axe-core (privacy notice, form with its privacy statement open, paper form)", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const lang of ["de", "el", "ga"]) {
      await page.goto(`${open}/${lang}/privacy`);
      await axe(page, `privacy notice (${lang})`);
      await page.goto(`${open}/${lang}/sign?nationality=IT`);
      await page.evaluate(() => document.querySelectorAll("details.privacy").forEach((d) => { d.open = true; }));
      await axe(page, `form with the privacy statement open (${lang})`);
      await page.goto(`${open}/${lang}/paper?nationality=FR`);
      await axe(page, `paper form (${lang})`);
    }
    await context.close();
  });

  return shots;
}
