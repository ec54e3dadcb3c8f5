#!/usr/bin/env node
// Writes crates/core/locales/regions/{lang}.ftl: the name of every ISO 3166-1 alpha-2 code the
// collector knows (crates/core/data/iso3166-1-alpha2.txt) in each of the 24 languages, from
// CLDR as Node's ICU carries it (Intl.DisplayNames), each starting with a capital as a list of
// countries shows it. The forms list the countries of residence outside the member states by
// these names. Generated files, committed; run again after a CLDR update:
//   node scripts/region-names.mjs
// (The worker's runtime has CLDR's names too, but not in Irish or Maltese; and native renders,
// the CLI's and the tests', have none: one file per language serves both the same names.)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const codes = fs.readFileSync(path.join(root, "crates/core/data/iso3166-1-alpha2.txt"), "utf8")
  .split("\n").filter((l) => !l.startsWith("#")).flatMap((l) => l.split(/\s+/)).filter(Boolean);
const langs = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" ");
const out = path.join(root, "crates/core/locales/regions");
fs.mkdirSync(out, { recursive: true });
const english = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
for (const lang of langs) {
  const names = new Intl.DisplayNames([lang === "pt" ? "pt-PT" : lang], { type: "region", fallback: "none" });
  const missing = [];
  const lines = [
    `# Country names in ${lang}, from CLDR (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}) by scripts/region-names.mjs.`,
    "# Generated: do not edit; run the script again instead.",
  ];
  for (const code of codes) {
    // CLDR's own fallback where a language has no name yet: English.
    let name = names.of(code);
    if (!name) {
      missing.push(code);
      name = english.of(code);
    }
    if (!name) throw new Error(`no name for ${code}`);
    lines.push(`${code} = ${name.charAt(0).toLocaleUpperCase(lang) + name.slice(1)}`);
  }
  if (missing.length) lines.splice(2, 0, `# In English, CLDR having no ${lang} name for them: ${missing.join(" ")}.`);
  fs.writeFileSync(path.join(out, `${lang}.ftl`), lines.join("\n") + "\n");
}
console.log(`${langs.length} languages x ${codes.length} codes in ${path.relative(root, out)}/`);
