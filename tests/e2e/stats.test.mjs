// The anonymised statistics in the real app, reached through the accessible layer on the demo
// case file: the default file prepared, read and downloaded byte for byte, with no person's
// name in it; the same request giving the same bytes for no budget; the browser's random source
// failing (the export fails, nothing is spent) while Math.random throwing changes nothing; and
// the merge of downloaded files, refusals named, confirmed, merged and downloaded.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";

import { openApp, screenshot, settle } from "./lib/harness.mjs";

const kPreview = "Contenu exact du fichier";
const kBom = "\ufeff";

// Activates a button through its element, wherever the screen has scrolled it (Enter on the
// focused element: the layer's button clicks, as a real keyboard user's would).
async function press(page, name) {
  const button = page.getByRole("button", { name, exact: true });
  await button.focus();
  await button.press("Enter");
}

async function openDemo(page) {
  await page.getByRole("button", { name: "Essayer avec des dossiers fictifs" }).click();
  await page.getByRole("heading", { level: 1, name: "Démonstration" }).waitFor();
  await page.getByRole("link").first().waitFor();
}

// A few of the demo's person names, from the overview's rows.
async function demoNames(page) {
  const rows = await page.getByRole("link").allTextContents();
  const names = rows.map((row) => row.trim()).filter((row) => row.length > 0).slice(0, 8);
  assert.ok(names.length >= 3, `rows: ${rows}`);
  return names;
}

async function openStatistics(page) {
  await press(page, "Statistiques");
  await page.getByRole("heading", { name: "Statistiques anonymisées" }).waitFor();
}

const budget = (page, spent) => para(page, `Budget utilisé cette année\u00a0: ${spent} sur 4`);

// Prepares the request on screen and returns the preview's text (as the text area gives it:
// its line ends are LF).
async function prepare(page) {
  await press(page, "Préparer le fichier");
  const preview = page.getByRole("textbox", { name: kPreview });
  await preview.waitFor();
  return preview.inputValue();
}

// Downloads the prepared (or merged) file with the button `name`; returns its bytes as text.
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), press(page, name)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path()).toString("utf8") };
}

const lf = (text) => text.replace(/\r\n/g, "\n");

// A paragraph of the layer (not the live regions, which repeat announcements): `text` is a
// string (the whole text) or a regular expression.
function para(page, text) {
  const pattern = typeof text === "string"
    ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : text;
  return page.locator("#a11y-layer p").filter({ hasText: pattern });
}

describe("statistics", () => {
  let app;
  const downloaded = [];  // {name, text} of each file downloaded, for the merge
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  it("prepares the default file, shows its exact text without any name, and downloads it", async () => {
    const { page } = app;
    await openDemo(page);
    const names = await demoNames(page);
    await openStatistics(page);
    await budget(page, 0).waitFor();
    await para(page, /^Ce qui sort\u00a0: des nombres de personnes/).waitFor();
    await screenshot(page, "stats-request");
    const preview = await prepare(page);
    // Every byte of the file but its invisible byte-order mark, the line ends as LF.
    assert.ok(preview.startsWith("Carnet – statistiques anonymisées;format 1\n"), preview.slice(0, 80));
    for (const line of ["spécification;carnet-stats-1", "typologie;national-2026.1", "mode;bruit",
                        "epsilon;1", "fichiers fusionnés;1"]) {
      assert.ok(preview.includes(`\n${line}\n`), `missing ${line}`);
    }
    assert.match(preview, /\ndemandes;DROITS;0 à 17 ans;\d{4}-T\d;-?\d+;/);
    for (const name of names) {
      for (const part of name.split(/\s+/).filter((p) => p.length > 3)) {
        assert.ok(!preview.includes(part), `the file holds "${part}" (${name})`);
      }
    }
    await budget(page, 1).waitFor();
    await para(page, /^Accès aux droits\s*: -?\d+$/).first().waitFor();
    await screenshot(page, "stats-prepared");

    const file = await download(page, "Télécharger");
    assert.match(file.name, /^carnet-statistiques-\d{4}-\d\d-a-\d{4}-\d\d\.csv$/);
    assert.ok(file.text.startsWith(kBom));
    assert.ok(file.text.includes("\r\n"), "CRLF line ends");
    assert.equal(lf(file.text), kBom + preview);
    await para(page, "Fichier téléchargé.").waitFor();
    downloaded.push(file);

    // The same request again: the same bytes, and nothing more spent.
    await press(page, "Annuler");
    await page.getByRole("button", { name: "Préparer le fichier" }).waitFor();
    const again = await prepare(page);
    assert.equal(again, preview);
    await para(page, "Demande identique à une précédente\u00a0: même fichier, aucun budget utilisé.").waitFor();
    await budget(page, 1).waitFor();
    await para(page, /^\d\d\/\d\d\/\d{4} · \d{4}-\d\d à \d{4}-\d\d · bruit · epsilon 1$/).waitFor();
    assert.equal(await para(page, / · bruit · epsilon 1$/).count(), 1, "one release in the history");
    assert.deepEqual(app.problems, []);
  });

  it("merges downloaded files, names the refused ones, and downloads the merged file", async () => {
    const { page } = app;
    // A second demonstration session: the same data, other noise, another file.
    await press(page, "Verrouiller");
    await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    await openDemo(page);
    await openStatistics(page);
    await prepare(page);
    downloaded.push(await download(page, "Télécharger"));
    assert.notEqual(downloaded[0].text, downloaded[1].text);
    await press(page, "Verrouiller");

    await press(page, "Fusionner des fichiers statistiques");
    await page.getByRole("heading", { name: "Fusionner des fichiers statistiques" }).waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"), press(page, "Choisir des fichiers")]);
    assert.ok(chooser.isMultiple());
    const csv = (name, text) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
    await chooser.setFiles([
      csv("nord.csv", downloaded[0].text), csv("sud.csv", downloaded[1].text),
      csv("nord-copie.csv", downloaded[0].text), csv("abime.csv", "nom;prénom\r\nDupont;Jean\r\n")]);
    await para(page, "abime.csv").waitFor();
    await press(page, "Fusionner");
    await para(page, "nord-copie.csv — refusé\u00a0: doublon de nord.csv").waitFor();
    await para(page, /^abime\.csv — refusé\u00a0: .+/).waitFor();
    await para(page, "sud.csv").waitFor();
    await screenshot(page, "stats-merge-refused");
    await press(page, "Fusionner les 2 autres fichiers");
    await page.getByRole("heading", { name: "Fichier fusionné" }).waitFor();
    await para(page, /^Fichiers additionnés\u00a0: 2 · /).waitFor();
    await para(page, /^demandes\u00a0: ± \d+,\d\d$/).waitFor();
    await para(page, /^Accès aux droits\s*: -?\d+$/).first().waitFor();
    const merged = await page.getByRole("textbox", { name: "Contenu du fichier fusionné" }).inputValue();
    assert.ok(merged.includes("\nfichiers fusionnés;2\n"));
    await screenshot(page, "stats-merged");
    const file = await download(page, "Télécharger le fichier fusionné");
    assert.match(file.name, /^carnet-statistiques-fusionnees-.*\.csv$/);
    assert.equal(lf(file.text), kBom + merged);
    await press(page, "Vider la liste");
    await para(page, "Aucun fichier choisi.").waitFor();
    await press(page, "Retour");
    await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    assert.deepEqual(app.problems, []);
  });
});

describe("statistics and the browser's random sources", () => {
  let app;
  before(async () => {
    // Math.random is never a source of noise: the whole app works with it throwing.
    app = await openApp({ initScript: () => { Math.random = () => { throw new Error("Math.random used"); }; } });
  });
  after(async () => { await app?.close(); });

  it("fails the export with no file and no budget spent when crypto.getRandomValues throws", async () => {
    const { page } = app;
    await openDemo(page);
    await openStatistics(page);
    await budget(page, 0).waitFor();
    const downloads = [];
    page.on("download", (d) => downloads.push(d));
    await page.evaluate(() => {
      crypto.getRandomValues = () => { throw new Error("no randomness"); };
    });
    await press(page, "Préparer le fichier");
    await para(page, /^Le générateur aléatoire du navigateur a échoué/).first().waitFor();
    await screenshot(page, "stats-random-failed");
    assert.equal(await page.getByRole("textbox", { name: kPreview }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Télécharger", exact: true }).count(), 0);
    await budget(page, 0).waitFor();
    await para(page, "Aucun fichier préparé pour l’instant.").waitFor();

    // The source back: the same request works and spends its share.
    await page.evaluate(() => { delete crypto.getRandomValues; });
    const preview = await prepare(page);
    await budget(page, 1).waitFor();
    assert.equal(downloads.length, 0, "no download happened");
    const file = await download(page, "Télécharger");
    assert.equal(lf(file.text), kBom + preview);
    await settle(page);
    // The refusal is logged once; Math.random throwing raised nothing.
    assert.deepEqual(app.problems, ["console error: command refused: the browser's random source failed"]);
  });
});
