// The demonstration offered on the welcome screen: a case file of fictitious dossiers held in
// memory only, with every screen to try, and nothing of it stored in the browser.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, screenshot } from "./lib/harness.mjs";

describe("demonstration", () => {
  let app;
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  it("opens fictitious dossiers at once, says nothing is saved, and leaves nothing behind", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Essayer avec des dossiers fictifs" }).click();
    await page.getByRole("heading", { level: 1, name: "Démonstration" }).waitFor();
    await page.getByRole("link").first().waitFor();
    await page.locator("#a11y-layer p", { hasText: /^Démonstration\u00a0: rien n’est enregistré$/ }).waitFor();
    await screenshot(page, "demo-overview");
    await page.getByRole("button", { name: "Paramètres" }).click();
    assert.equal(await page.getByRole("button", { name: "Exporter une sauvegarde" }).isDisabled(), true);
    await page.getByRole("button", { name: "Verrouiller" }).click();
    await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    await page.getByText(/^Aucun coffre sur cet ordinateur/).waitFor();
    const stored = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    assert.ok(stored.every((name) => !/^carnet-vault-/.test(name)), `stored: ${stored}`);
    assert.deepEqual(app.problems, []);
  });
});
