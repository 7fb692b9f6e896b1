// A vault in the real app, as a social worker meets it: created, written, saved, the page
// reloaded, unlocked again with its passphrase or its recovery key, locked.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, screenshot, settle } from "./lib/harness.mjs";

const kPassphrase = "cheval batterie agrafe correcte";

describe("vault", () => {
  let app;
  let recoveryKey;
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  it("refuses a weak passphrase, saying why in French beside the field", async () => {
    const { page } = app;
    const why = "Trop facile à deviner\u00a0: elle contient un mot du dictionnaire ou un mot de "
      + "passe courant. Ajoutez d’autres mots, peu communs.";
    await page.getByRole("button", { name: "Créer un coffre", exact: true }).click();
    await page.getByRole("heading", { name: "Créer un coffre" }).waitFor();
    await page.getByRole("textbox", { name: "Nom affiché" }).fill("Marie — CPAM");
    await page.getByLabel("Phrase de passe", { exact: true }).fill("soleil2024");
    // The meter says it while the passphrase is typed.
    await page.locator("#a11y-layer p", { hasText: "Robustesse\u00a0: faible" }).waitFor();
    await page.locator("#a11y-layer p", { hasText: why }).waitFor();
    await page.getByLabel("Confirmez la phrase de passe").fill("soleil2024");
    await page.getByRole("button", { name: "Créer le coffre" }).click();
    // The refusal, on the field, where a screen reader reads it.
    const field = page.getByLabel("Phrase de passe", { exact: true });
    await page.locator('#a11y-layer [aria-invalid="true"]').waitFor({ timeout: 30000 });
    const errorId = await field.getAttribute("aria-errormessage");
    assert.equal(await page.locator(`[id="${errorId}"]`).textContent(), why);
    await screenshot(page, "vault-weak-passphrase");
    assert.equal(await page.getByRole("heading", { name: "Votre clé de secours" }).count(), 0);
    assert.equal((await page.locator("#a11y-layer").textContent()).includes("soleil"), false);
    await page.getByRole("button", { name: "Annuler" }).click();
    await page.getByRole("button", { name: "Créer un coffre", exact: true }).waitFor();
  });

  it("is created with a name and a passphrase typed twice, and shows its recovery key once", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Créer un coffre", exact: true }).click();
    await page.getByRole("heading", { name: "Créer un coffre" }).waitFor();
    await page.getByRole("textbox", { name: "Nom affiché" }).fill("Marie — CPAM");
    await page.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
    await page.getByLabel("Confirmez la phrase de passe").fill(kPassphrase);
    await screenshot(page, "vault-create");
    await page.getByRole("button", { name: "Créer le coffre" }).click();
    await page.getByRole("heading", { name: "Votre clé de secours" }).waitFor({ timeout: 30000 });
    recoveryKey = (await page.locator("#a11y-layer p").allTextContents())
      .find((text) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$/.test(text));
    assert.ok(recoveryKey, "no recovery key shown");
    await screenshot(page, "vault-recovery-key");
    const go = page.getByRole("button", { name: "Continuer" });
    assert.equal(await go.isDisabled(), true);
    await page.getByRole("checkbox", { name: "J’ai noté ma clé de secours en lieu sûr" }).click();
    await go.click();
    await page.getByRole("heading", { name: "Marie — CPAM" }).waitFor();
    assert.equal(await page.getByText(recoveryKey).count(), 0);
  });

  it("saves what is written, and finds it again after a reload and an unlock", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Ajouter des dossiers de démonstration" }).click();
    await page.getByText(/^Dossiers dans ce coffre\u00a0: [1-9]/).waitFor();
    await page.locator("#a11y-layer p", { hasText: /^Enregistré$/ }).waitFor({ timeout: 15000 });
    const count = await page.getByText(/^Dossiers dans ce coffre/).textContent();
    await screenshot(page, "vault-home");
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "1");
    await page.getByRole("button", { name: "Ouvrir un coffre « Marie — CPAM »" }).click();
    await page.getByLabel("Phrase de passe", { exact: true }).fill("une erreur de frappe");
    await page.getByRole("button", { name: "Déverrouiller" }).click();
    // The field says it is invalid, and why, where a screen reader reads it.
    const field = page.getByLabel("Phrase de passe", { exact: true });
    await page.locator('#a11y-layer [aria-invalid="true"]').waitFor({ timeout: 30000 });
    const errorId = await field.getAttribute("aria-errormessage");
    assert.equal(await page.locator(`[id="${errorId}"]`).textContent(), "Phrase de passe incorrecte.");
    await screenshot(page, "vault-wrong-passphrase");
    await page.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
    await page.getByLabel("Phrase de passe", { exact: true }).press("Enter");
    await page.getByRole("heading", { name: "Marie — CPAM" }).waitFor({ timeout: 30000 });
    assert.equal(await page.getByText(/^Dossiers dans ce coffre/).textContent(), count);
  });

  it("locks, and opens with the recovery key", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Verrouiller" }).click();
    await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    await page.getByRole("button", { name: "Ouvrir un coffre « Marie — CPAM »" }).click();
    await page.getByRole("button", { name: "J’ai oublié ma phrase de passe" }).click();
    await page.getByRole("textbox", { name: "Clé de secours" }).fill(recoveryKey.toLowerCase());
    await page.getByRole("button", { name: "Déverrouiller" }).click();
    await page.getByRole("heading", { name: "Marie — CPAM" }).waitFor({ timeout: 30000 });
    await settle(page, 3);
    assert.deepEqual(app.problems, []);
  });

  it("opens read-only in a second tab while the first holds it", async () => {
    const second = await app.page.context().newPage();
    await second.goto(app.url);
    await second.waitForFunction(() => document.body.dataset.ready === "1");
    await second.getByRole("button", { name: "Ouvrir un coffre « Marie — CPAM »" }).click();
    await second.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
    await second.getByRole("button", { name: "Déverrouiller" }).click();
    await second.locator("#a11y-layer p", { hasText: /^Ce coffre est déjà ouvert dans un autre onglet/ }).waitFor({ timeout: 30000 });
    await second.getByRole("button", { name: "Paramètres" }).click();
    const fill = second.getByRole("button", { name: "Ajouter des dossiers de démonstration" });
    assert.equal(await fill.isDisabled(), true);
    await screenshot(second, "vault-read-only");
    await second.close();
  });
});
