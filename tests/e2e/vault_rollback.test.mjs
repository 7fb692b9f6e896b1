// Rollback of a whole vault in the browser: the vault's IndexedDB records put back as they were
// at an earlier save (what an old copy of the profile's vault database does) while this
// browser's registry keeps its mark. The unlock then says so and opens only on the worker's
// choice; a mark garbled in the registry has its own message.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, screenshot, settle } from "./lib/harness.mjs";
import { createVault, kPassphrase, waitSaved } from "./lib/vault_steps.mjs";

const kName = "Coffre d’essai";

// The only vault's id, its records (as arrays) and generation, and its mark.
function readVault(page) {
  return page.evaluate(async () => {
    const [vault] = await CarnetVaultIdb.listVaults();
    const handle = await CarnetVaultIdb.openVault(vault.id);
    const { generation, records } = await handle.readAll();
    handle.close();
    const mark = await CarnetVaultIdb.readMark(vault.id);
    return {
      id: vault.id, generation, records: Array.from(records, ([k, v]) => [k, Array.from(v)]),
      mark: mark && { ...mark, tag: Array.from(mark.tag) },
    };
  });
}

async function lock(page) {
  await page.getByRole("button", { name: "Verrouiller" }).click();
  await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
}

async function unlock(page) {
  await page.getByRole("button", { name: `Ouvrir un coffre « ${kName} »` }).click();
  await page.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
  await page.getByRole("button", { name: "Déverrouiller" }).click();
}

describe("vault rollback", () => {
  let app;
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  it("says that a vault's records were replaced by an older set, and opens only knowingly", async () => {
    const { page } = app;
    await createVault(page, kName);
    await waitSaved(page);
    const old = await readVault(page);
    assert.ok(old.mark, "the new vault is marked");
    assert.equal(old.mark.generation, old.generation);
    await page.getByRole("button", { name: "Ajouter des dossiers de démonstration" }).click();
    await page.getByText(/^Dossiers dans ce coffre\u00a0: [1-9]/).waitFor();
    await waitSaved(page);
    const latest = await readVault(page);
    assert.ok(latest.generation > old.generation);
    assert.equal(latest.mark.generation, latest.generation);
    await lock(page);

    await page.evaluate(async ({ id, records, generation }) => {
      const handle = await CarnetVaultIdb.openVault(id);
      await handle.restore(records.map(([k, v]) => [k, Uint8Array.from(v)]), generation);
      handle.close();
    }, old);
    await unlock(page);
    await page.getByRole("heading", { name: "Version plus ancienne de ce coffre" }).waitFor({ timeout: 30000 });
    const warning = await page.locator("#a11y-layer p", { hasText: /^Ce coffre est plus ancien/ }).textContent();
    assert.match(warning, new RegExp(`^Ce coffre est plus ancien que la dernière version ouverte sur ce ` +
      `navigateur \\(version ${latest.generation}, ouverte le \\d\\d/\\d\\d/\\d{4}\\)\u00a0: des dossiers ` +
      `effacés peuvent être revenus et le budget des statistiques peut être revenu en arrière`));
    await page.getByText(`Version enregistrée de ce coffre\u00a0: ${old.generation}.`).waitFor();
    assert.equal(await page.getByText(/^Dossiers dans ce coffre/).count(), 0, "nothing of the vault is shown");
    await screenshot(page, "vault-older");

    await page.getByRole("button", { name: "Continuer en connaissance de cause" }).click();
    await page.getByRole("heading", { level: 1, name: kName }).waitFor();
    await page.getByText("Dossiers dans ce coffre\u00a0: 0").waitFor();
    const accepted = await readVault(page);
    assert.equal(accepted.mark.generation, old.generation);
    assert.equal(accepted.mark.acceptedFrom, latest.generation);
    await lock(page);
    await unlock(page);
    await page.getByRole("heading", { level: 1, name: kName }).waitFor({ timeout: 30000 });
    await lock(page);
  });

  it("gives a mark garbled in the registry its own message, treated as absent", async () => {
    const { page } = app;
    await page.evaluate(async () => {
      const [vault] = await CarnetVaultIdb.listVaults();
      const db = await new Promise((done, fail) => {
        const r = indexedDB.open("carnet");
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
      await new Promise((done, fail) => {
        const tx = db.transaction("vaults", "readwrite");
        const store = tx.objectStore("vaults");
        const get = store.get(vault.id);
        get.onsuccess = () => {
          const entry = get.result;
          entry.mark.tag = entry.mark.tag.slice(0, 20);  // truncated
          store.put(entry);
        };
        tx.oncomplete = () => done();
        tx.onabort = () => fail(tx.error);
      });
      db.close();
    });
    await unlock(page);
    await page.getByRole("heading", { name: "Version plus ancienne de ce coffre" }).waitFor({ timeout: 30000 });
    await page.locator("#a11y-layer p", {
      hasText: /^La marque de version que ce navigateur garde pour ce coffre est illisible ou a été modifiée/,
    }).waitFor();
    await page.getByRole("button", { name: "Verrouiller" }).click();
    await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    await settle(page, 3);
    assert.deepEqual(app.problems, []);
  });
});
