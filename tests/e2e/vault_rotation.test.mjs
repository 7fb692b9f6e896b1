// Changing the vault's key in the browser: from the settings, every chunk written again in
// IndexedDB, a new recovery key shown once; the old recovery key then opens nothing, the new
// one opens the case file with its dossier.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, screenshot, settle } from "./lib/harness.mjs";
import { addDossier, createVault, kPassphrase, shownRecoveryKey } from "./lib/vault_steps.mjs";

const kName = "Coffre d’essai";

// The only vault's records in IndexedDB, as { key: bytes joined }, and its generation.
function readRecords(page) {
  return page.evaluate(async () => {
    const [vault] = await CarnetVaultIdb.listVaults();
    const handle = await CarnetVaultIdb.openVault(vault.id);
    const { generation, records } = await handle.readAll();
    handle.close();
    const joined = {};
    for (const [key, value] of records) joined[key] = Array.from(value).join(",");
    return { generation, records: joined };
  });
}

async function unlockWithRecoveryKey(page, key) {
  await page.getByRole("button", { name: `Ouvrir un coffre « ${kName} »` }).click();
  await page.getByRole("button", { name: "J’ai oublié ma phrase de passe" }).click();
  await page.getByRole("textbox", { name: "Clé de secours" }).fill(key);
  await page.getByRole("button", { name: "Déverrouiller" }).click();
}

describe("vault key rotation", () => {
  let app;
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  it("rewrites every chunk under a new key and shows the new recovery key once", async () => {
    const { page } = app;
    const oldKey = await createVault(page, kName);
    assert.ok(oldKey, "no recovery key shown at creation");
    await addDossier(page, "Girard");
    await page.locator("#a11y-layer p", { hasText: /^Enregistré$/ }).waitFor({ timeout: 15000 });
    const before = await readRecords(page);

    await page.getByRole("button", { name: "Paramètres" }).click();
    // Below the fold of the settings: reached by the keyboard, which scrolls the screen to it.
    await page.getByRole("button", { name: "Changer la clé du coffre" }).press("Enter");
    await page.getByLabel("Phrase de passe (l’actuelle ou une nouvelle)").fill(kPassphrase);
    await page.getByLabel("Confirmez cette phrase de passe").fill(kPassphrase);
    await page.getByRole("button", { name: "Changer la clé", exact: true }).press("Enter");
    await page.getByRole("heading", { name: "Votre clé de secours" }).waitFor({ timeout: 30000 });
    await page.getByText(/^La clé du coffre a été changée\./).waitFor();
    const newKey = await shownRecoveryKey(page);
    assert.ok(newKey, "no recovery key shown after the rotation");
    assert.notEqual(newKey, oldKey);
    await screenshot(page, "vault-rotated-recovery-key");
    await page.getByRole("checkbox", { name: "J’ai noté ma clé de secours en lieu sûr" }).click();
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.getByRole("heading", { level: 1, name: kName }).waitFor();
    assert.equal(await page.getByText(newKey).count(), 0);

    const after = await readRecords(page);
    assert.equal(after.generation, before.generation + 1);
    const chunks = Object.keys(before.records).filter((k) => k.startsWith("chunk-"));
    assert.ok(chunks.length > 0);
    for (const key of [...chunks, "header", "manifest"]) {
      assert.notEqual(after.records[key], before.records[key], `${key} was not rewritten`);
    }

    // The old recovery key is refused; the new one opens the dossier.
    await page.getByRole("button", { name: "Verrouiller" }).click();
    await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    await unlockWithRecoveryKey(page, oldKey);
    // Said as the field's error (its description, not shown apart).
    await page.getByText("Clé de secours incorrecte.").first()
      .waitFor({ state: "attached", timeout: 30000 });
    const field = page.getByRole("textbox", { name: "Clé de secours" });
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    await page.getByRole("textbox", { name: "Clé de secours" }).fill(newKey);
    await page.getByRole("button", { name: "Déverrouiller" }).click();
    await page.getByRole("heading", { level: 1, name: kName }).waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "Vue d’ensemble" }).click();
    await page.getByRole("link", { name: "Girard Anouk" }).waitFor();
    await settle(page, 3);
    assert.deepEqual(app.problems, []);
  });
});
