// The caseload with the keyboard alone: no pointer event is sent. Tab moves through the
// accessible layer as a screen reader user or a keyboard user would; Ctrl+K opens the command
// palette from any screen. Recording a contact on an existing dossier must take at most six key
// presses once the name's first letters are typed (the summary typed is text, not counted).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, screenshot, settle } from "./lib/harness.mjs";
import { kPassphrase, waitSaved } from "./lib/vault_steps.mjs";

// Presses Tab until the focused element has `role` (a tag or ARIA role) and `name`; at most 60.
async function tabTo(page, role, name) {
  for (let i = 0; i < 60; ++i) {
    await page.keyboard.press("Tab");
    await settle(page, 2);
    const found = await page.evaluate(([r, n]) => {
      const el = document.activeElement;
      if (!el || !el.closest("#a11y-layer")) return false;
      const elRole = el.getAttribute("role") || (el.tagName === "A" ? "link" : el.tagName.toLowerCase());
      const elName = el.getAttribute("aria-label") || el.textContent;
      return elRole === r && elName === n;
    }, [role, name]);
    if (found) return;
  }
  throw new Error(`no ${role} "${name}" reached with Tab`);
}

async function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? el.getAttribute("aria-label") || el.textContent : "";
  });
}

describe("keyboard only", () => {
  let app;
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  it("creates a vault and a dossier without the pointer", async () => {
    const { page } = app;
    await tabTo(page, "button", "Créer un coffre");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Créer un coffre" }).waitFor();
    await settle(page, 3);
    assert.equal(await focusedName(page), "Nom affiché");  // the cursor is in the first field
    await page.keyboard.type("Clavier seul");
    await tabTo(page, "input", "Phrase de passe");
    await page.keyboard.type(kPassphrase);
    await tabTo(page, "input", "Confirmez la phrase de passe");
    await page.keyboard.type(kPassphrase);
    await tabTo(page, "button", "Créer le coffre");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Votre clé de secours" }).waitFor({ timeout: 30000 });
    await tabTo(page, "checkbox", "J’ai noté ma clé de secours en lieu sûr");
    await page.keyboard.press("Space");
    await tabTo(page, "button", "Continuer");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Clavier seul" }).waitFor();

    await tabTo(page, "button", "Nouveau dossier");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Nouveau dossier" }).waitFor();
    await settle(page, 3);
    assert.equal(await focusedName(page), "Nom");
    await page.keyboard.type("Keller");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Keller" }).waitFor();
    await screenshot(page, "keyboard-dossier");
  });

  it("records a contact from the palette in at most six key presses after the name", async () => {
    const { page } = app;
    await tabTo(page, "button", "Vue d’ensemble");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Vue d’ensemble" }).waitFor();

    let presses = 0;
    const press = async (key) => { ++presses; await page.keyboard.press(key); await settle(page, 3); };
    await press("Control+k");
    await page.getByRole("heading", { name: "Rechercher un dossier" }).waitFor();
    assert.equal(await focusedName(page), "Début du nom");
    await page.keyboard.type("kel");  // the name's first letters
    await page.getByRole("button", { name: "Keller" }).last().waitFor();  // the nav bar names it too
    const before = presses;
    await press("Enter");  // the first dossier found
    await page.getByRole("button", { name: "Noter un contact" }).first().waitFor();
    assert.equal(await focusedName(page), "Noter un contact");
    await screenshot(page, "keyboard-palette");
    await press("Enter");  // "Noter un contact"
    await page.getByRole("textbox", { name: "Résumé" }).waitFor();
    await settle(page, 3);
    assert.equal(await focusedName(page), "Résumé");
    await page.keyboard.type("Appel de suivi");
    await press("Enter");  // saved
    await page.getByText(/· Entretien · Appel de suivi$/).waitFor();
    const afterName = presses - before;
    console.log(`key presses after the name's letters: ${afterName} (Ctrl+K before: ${before})`);
    assert.ok(afterName <= 6, `${afterName} key presses`);
    await waitSaved(page);
    await screenshot(page, "keyboard-contact-recorded");
    assert.deepEqual(app.problems, []);
  });

  it("closes the palette with Escape", async () => {
    const { page } = app;
    await page.keyboard.press("Control+k");
    await page.getByRole("heading", { name: "Rechercher un dossier" }).waitFor();
    await page.keyboard.press("Escape");
    await settle(page, 3);
    assert.equal(await page.getByRole("heading", { name: "Rechercher un dossier" }).count(), 0);
  });

  it("walks the whole overview with Tab, the list scrolling along", async () => {
    const { page } = app;
    await tabTo(page, "button", "Paramètres");
    await page.keyboard.press("Enter");
    await tabTo(page, "button", "Ajouter des dossiers de démonstration");
    await page.keyboard.press("Enter");
    await tabTo(page, "button", "Vue d’ensemble");
    await page.keyboard.press("Enter");
    await page.locator("#a11y-layer p", { hasText: /Dossiers affichés\u00a0: [1-9]\d\d/ }).waitFor();
    const visible = await page.getByRole("link").allTextContents();
    await tabTo(page, "link", visible[0]);
    const walked = [visible[0]];
    for (let i = 0; i < 30; ++i) {
      await page.keyboard.press("Tab");
      await settle(page, 3);
      walked.push(await page.evaluate(() => {
        const el = document.activeElement;
        return el && el.tagName === "A" ? el.textContent : `(${el ? el.tagName : "nothing"})`;
      }));
    }
    assert.equal(new Set(walked).size, walked.length, `a row twice or focus lost: ${walked}`);
    assert.ok(walked.every((name) => !name.startsWith("(")), `left the list: ${walked}`);
    assert.ok(!visible.includes(walked[walked.length - 1]), "the list did not scroll");
    await screenshot(page, "keyboard-overview-walked");
  });
});
