// The accessible layer's extras in the real app: the cursor placed in a form's first field, a
// save's end announced through a live region, page-wide shortcuts handed to the module, and
// keys pressed on the layer counted as the user's activity.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, settle } from "./lib/harness.mjs";

const kPassphrase = "cheval batterie agrafe correcte";

describe("accessible layer in the app", () => {
  let app;
  before(async () => { app = await openApp(); });
  after(async () => {
    assert.deepEqual(app?.problems ?? [], []);
    await app?.close();
  });

  it("hands Ctrl+K and Escape to the module, and counts keys on the layer as activity", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Créer un coffre", exact: true }).waitFor();
    await page.locator("body").press("Control+k");
    await page.locator("body").press("Escape");
    assert.equal(await page.evaluate(() => Module.carnetShortcutsSeen), 2);
    await settle(page);

    await page.evaluate(() => {
      window.activity = 0;
      const note = Module._carnet_note_activity;
      Module._carnet_note_activity = () => { window.activity += 1; note(); };
    });
    await page.getByRole("button", { name: "English" }).focus();
    await page.keyboard.press("Tab");
    assert.ok(await page.evaluate(() => window.activity) > 0, "Tab on the layer was not activity");
  });

  it("puts the cursor in the create form's first field when it opens", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Créer un coffre", exact: true }).click();
    await page.getByRole("heading", { name: "Créer un coffre" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Nom affiché");
    // Typed straight away, without a click.
    await page.keyboard.type("Marie");
    await settle(page);
    assert.equal(await page.getByRole("textbox", { name: "Nom affiché" }).inputValue(), "Marie");
  });

  it("announces the end of a save once, politely", async () => {
    const { page } = app;
    await page.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
    await page.getByLabel("Confirmez la phrase de passe").fill(kPassphrase);
    await page.getByRole("button", { name: "Créer le coffre" }).click();
    await page.getByRole("heading", { name: "Votre clé de secours" }).waitFor({ timeout: 30000 });
    await page.getByRole("checkbox", { name: "J’ai noté ma clé de secours en lieu sûr" }).click();
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.getByRole("heading", { name: "Marie" }).waitFor();
    await page.evaluate(() => {
      window.heard = [];
      for (const region of document.querySelectorAll("#a11y-layer > .a11y-live")) {
        new MutationObserver(() => {
          if (region.textContent) window.heard.push([region.getAttribute("role"), region.textContent]);
        }).observe(region, { childList: true, characterData: true, subtree: true });
      }
    });
    await page.getByRole("button", { name: "Ajouter des dossiers de démonstration" }).click();
    await page.getByRole("status").getByText("Enregistré", { exact: true }).waitFor({ timeout: 15000 });
    await page.waitForTimeout(1000);
    assert.deepEqual(await page.evaluate(() => window.heard), [["status", "Enregistré"]]);
  });
});
