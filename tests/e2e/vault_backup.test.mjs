// Backups in the real app: a vault exported as one file (a download), imported into a browser
// that has never seen it (the file picker), opened with its passphrase; damaged and foreign
// files refused with their reason; the auto-lock setting kept in the vault; the browser's answer
// about persistent storage shown.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { outputDir, openApp, screenshot, settle } from "./lib/harness.mjs";
import { createVault, unlockVault } from "./lib/vault_steps.mjs";

const kName = "Marie — CPAM";
const kPersistence = /^Stockage persistant\u00a0: (accordé|refusé|non disponible)/;

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === "1");
}

async function unlock(page) {
  await unlockVault(page, kName);
  // Backups and the vault's settings are under Paramètres.
  await page.getByRole("button", { name: "Paramètres" }).click();
}

const vaultButtons = (page) => page.getByRole("button", { name: /^Ouvrir un coffre « / });

// Chooses `file` ({name, mimeType, buffer}) in the picker that the import button opens.
async function importFile(page, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Importer une sauvegarde" }).click(),
  ]);
  await chooser.setFiles(file);
}

describe("vault backup", () => {
  let app;
  let backup;  // the exported file's bytes
  let count;   // "Dossiers dans ce coffre : N" as the first browser shows it
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  it("shows on the welcome screen whether the browser keeps the vaults", async () => {
    await app.page.locator("#a11y-layer p", { hasText: kPersistence }).waitFor();
  });

  it("exports the whole vault as one backup file, its date shown", async () => {
    const { page } = app;
    await createVault(page, kName);
    await page.getByRole("button", { name: "Paramètres" }).click();
    await page.locator("#a11y-layer p", { hasText: kPersistence }).waitFor();
    await page.getByText("Dernière sauvegarde\u00a0: aucune pour l’instant.").waitFor();

    await page.getByRole("button", { name: "Ajouter des dossiers de démonstration" }).click();
    await page.getByText(/^Dossiers dans ce coffre\u00a0: [1-9]/).waitFor();
    count = await page.getByText(/^Dossiers dans ce coffre/).textContent();
    // Never backed up, and it holds dossiers: the reminder is shown.
    await page.getByText(/^Pensez à exporter une sauvegarde/).waitFor();

    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exporter une sauvegarde" }).click(),
    ]);
    const path = join(outputDir, "vault.carnet-backup");
    await download.saveAs(path);
    const elapsed = Date.now() - started;
    backup = readFileSync(path);
    console.log(`backup of the demo vault (${count}): ${backup.length} bytes in ${elapsed} ms`);
    assert.match(download.suggestedFilename(), /^carnet-marie-cpam-\d{4}-\d\d-\d\d\.carnet-backup$/);
    assert.equal(backup.subarray(0, 8).toString("latin1"), "CARNETVB");
    await page.getByText(/^Dernière sauvegarde\u00a0: \d\d\/\d\d\/\d{4}$/).waitFor();
    assert.equal(await page.getByText(/^Pensez à exporter une sauvegarde/).count(), 0);
    await page.locator("#a11y-layer p", { hasText: /^Enregistré$/ }).waitFor({ timeout: 15000 });
    await screenshot(page, "vault-backup-exported");
  });

  it("keeps the auto-lock setting in the vault across a reload", async () => {
    const { page } = app;
    const slider = page.getByRole("slider", { name: "Verrouillage automatique (minutes)" });
    assert.equal(await slider.getAttribute("aria-valuenow"), "10");
    for (let i = 0; i < 5; ++i) await slider.press("ArrowRight");
    await page.waitForFunction(() => {
      const el = document.querySelector('#a11y-layer [role="slider"][aria-label="Verrouillage automatique (minutes)"]');
      return el && el.getAttribute("aria-valuetext") === "15";
    });
    await page.locator("#a11y-layer p", { hasText: /^Enregistré$/ }).waitFor({ timeout: 15000 });
    await page.reload();
    await ready(page);
    await unlock(page);
    await page.waitForFunction(() => {
      const el = document.querySelector('#a11y-layer [role="slider"][aria-label="Verrouillage automatique (minutes)"]');
      return el && el.getAttribute("aria-valuenow") === "15";
    });
    assert.equal(await page.getByText(/^Dossiers dans ce coffre/).textContent(), count);
    await settle(page, 3);
    assert.deepEqual(app.problems, []);
  });

  it("imports the backup into a browser that never had it, and opens it with the passphrase", async () => {
    const context = await app.page.context().browser().newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15000);
      const problems = [];
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
      await page.goto(app.url);
      await ready(page);
      await page.getByText(/^Aucun coffre sur cet ordinateur/).waitFor();
      await page.locator("#a11y-layer p", { hasText: kPersistence }).waitFor();

      // Refused: nothing is listed, and the reason is shown.
      const cut = backup.subarray(0, Math.floor(backup.length / 2));
      await importFile(page, { name: "coupée.carnet-backup", mimeType: "application/octet-stream", buffer: cut });
      await page.getByText("Cette sauvegarde est incomplète ou endommagée\u00a0: rien n’a été importé.").waitFor();
      await importFile(page, { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Dupré;Élodie\n") });
      await page.getByText("Ce fichier n’est pas une sauvegarde de Carnet\u00a0: rien n’a été importé.").waitFor();
      await screenshot(page, "vault-backup-refused");
      assert.equal(await vaultButtons(page).count(), 0);

      await importFile(page, { name: "vault.carnet-backup", mimeType: "application/octet-stream", buffer: backup });
      await page.getByText(/^Sauvegarde importée/).waitFor({ timeout: 30000 });
      // The list is read again from IndexedDB after the import: it may come a frame later.
      await page.getByRole("button", { name: `Ouvrir un coffre « ${kName} »` }).waitFor();
      assert.equal(await vaultButtons(page).count(), 1);
      // The same vault a second time: refused, nothing replaced.
      await importFile(page, { name: "vault.carnet-backup", mimeType: "application/octet-stream", buffer: backup });
      await page.getByText(/^Ce coffre est déjà dans ce navigateur/).waitFor({ timeout: 30000 });
      assert.equal(await vaultButtons(page).count(), 1);

      await unlock(page);
      assert.equal(await page.getByText(/^Dossiers dans ce coffre/).textContent(), count);
      await screenshot(page, "vault-backup-imported");
      // A truncated copy after that: still refused, the list unchanged.
      await page.getByRole("button", { name: "Verrouiller" }).click();
      await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
      await importFile(page, { name: "coupée.carnet-backup", mimeType: "application/octet-stream", buffer: backup.subarray(0, 100) });
      await page.getByText("Cette sauvegarde est incomplète ou endommagée\u00a0: rien n’a été importé.").waitFor();
      assert.equal(await vaultButtons(page).count(), 1);
      await settle(page, 3);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
