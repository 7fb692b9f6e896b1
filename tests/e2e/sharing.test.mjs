// Sharing between two people's browsers (two browser contexts, so two separate storages): each
// reads the other's contact card, the first confirms the fingerprint and shares a dossier; the
// second imports the package, confirms the unknown sender's fingerprint and sees the dossier
// read-only with its origin; the sender's register shows the disclosure. Everything is found by
// role and name in the accessible layer.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, screenshot } from "./lib/harness.mjs";
import { createVault } from "./lib/vault_steps.mjs";

const kCardText = "Texte de ma carte, à copier et envoyer";

async function press(page, name) {
  const button = page.getByRole("button", { name, exact: true });
  await button.focus();
  await button.press("Enter");
}

async function openSharing(page) {
  await press(page, "Partage et droits");
  await page.getByRole("heading", { level: 2, name: "Partage et droits des personnes" }).waitFor();
}

// The vault's own card and fingerprint, from the contacts tab.
async function ownCard(page) {
  const card = await page.getByRole("textbox", { name: kCardText }).inputValue();
  const print = await page.locator("#a11y-layer p", { hasText: /^Empreinte\u00a0: [0-9 ]+$/ })
    .first().textContent();
  return { card, fingerprint: print.replace(/^Empreinte\u00a0: /, "").trim() };
}

describe("sharing between two vaults", () => {
  let app;
  let bobContext;
  let bob;
  const alice = {};
  const bobCard = {};
  let packagePath;
  const bobProblems = [];
  before(async () => {
    app = await openApp();
    bobContext = await app.page.context().browser().newContext({ viewport: { width: 1280, height: 800 } });
    bob = await bobContext.newPage();
    bob.setDefaultTimeout(15000);
    bob.on("console", (message) => { if (message.type() === "error") bobProblems.push(message.text()); });
    bob.on("pageerror", (error) => bobProblems.push(error.message));
    await bob.goto(app.url);
    await bob.waitForFunction(() => document.body.dataset.ready === "1");
  });
  after(async () => { await app?.close(); });

  it("exchanges contact cards and confirms the fingerprint", async () => {
    const { page } = app;
    await createVault(page, "Service Alice");
    await createVault(bob, "Service Bob");
    await openSharing(page);
    await openSharing(bob);
    Object.assign(alice, await ownCard(page));
    Object.assign(bobCard, await ownCard(bob));
    assert.match(alice.card, /^CARNET-CONTACT-1:/);
    assert.match(bobCard.fingerprint, /^\d{4}( \d{4}){5}$/);
    assert.notEqual(alice.fingerprint, bobCard.fingerprint);

    await page.getByRole("textbox", { name: "Carte de contact reçue" }).fill(bobCard.card);
    await press(page, "Lire la carte");
    await page.getByRole("heading", { name: "Nouveau contact\u00a0: Service Bob" }).waitFor();
    await page.locator("#a11y-layer p", { hasText: `Empreinte\u00a0: ${bobCard.fingerprint}` }).first().waitFor();
    await press(page, "L’empreinte est identique\u00a0: confirmer");
    await page.locator("#a11y-layer p", { hasText: /^Service Bob · .* · confirmé le / }).waitFor();
    await screenshot(page, "sharing-contacts");
  });

  it("shares a dossier: the recipient, the parts, the purpose, then the encrypted file", async () => {
    const { page } = app;
    await press(page, "Vue d’ensemble");
    await page.getByRole("button", { name: "Nouveau dossier" }).click();
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Canarinom");
    await page.getByRole("textbox", { name: "Prénom" }).fill("Marie");
    await page.getByRole("textbox", { name: "Prénom" }).press("Enter");
    await page.getByRole("heading", { level: 2, name: "Canarinom Marie" }).waitFor();
    await press(page, "Partager");
    await page.getByRole("heading", { level: 2, name: "Partager une partie du dossier" }).waitFor();
    assert.equal(await page.getByRole("checkbox", { name: "Identité et coordonnées" }).isChecked(), true);
    // Refused without a recipient and a purpose: said beside the fields, nothing downloaded.
    await press(page, "Chiffrer et télécharger le paquet");
    await page.locator("#a11y-layer p", { hasText: "Choisissez un destinataire dont l’empreinte est confirmée." }).waitFor();
    await press(page, "Service Bob");
    await page.getByRole("textbox", { name: /^Objet/ }).fill("Instruction de la demande de logement");
    const [download] = await Promise.all([
      page.waitForEvent("download"), press(page, "Chiffrer et télécharger le paquet")]);
    assert.match(download.suggestedFilename(), /^carnet-partage-\d{4}-\d{2}-\d{2}-\d{4}\.carnet-paquet$/);
    packagePath = await download.path();
    await page.locator("#a11y-layer p", { hasText: /· Partage à Service Bob · identité · Objet\u00a0: Instruction de la demande de logement · Base\u00a0: La personne a donné son consentement/ }).waitFor();
    await screenshot(page, "sharing-dossier-shared");
  });

  it("imports the package after confirming the sender, read-only with its origin", async () => {
    await press(bob, "Paquets reçus");
    const [chooser] = await Promise.all([bob.waitForEvent("filechooser"), press(bob, "Importer un paquet")]);
    await chooser.setFiles(packagePath);
    await bob.getByRole("heading", { name: "Service Alice" }).waitFor();
    await bob.locator("#a11y-layer p", { hasText: `Empreinte\u00a0: ${alice.fingerprint}` }).first().waitFor();
    await press(bob, "L’empreinte est identique\u00a0: importer");
    await bob.getByRole("heading", { level: 2, name: "Dossier reçu, en lecture seule\u00a0: Canarinom Marie" }).waitFor();
    await bob.locator("#a11y-layer p", { hasText: `Origine\u00a0: Service Alice (Empreinte\u00a0: ${alice.fingerprint})` }).waitFor();
    await bob.locator("#a11y-layer p", { hasText: "Objet\u00a0: Instruction de la demande de logement" }).waitFor();
    await screenshot(bob, "sharing-received");

    // The same file again is recognised, and changes nothing.
    await press(bob, "Fermer");
    await bob.getByRole("heading", { level: 3, name: "Paquets reçus" }).waitFor();
    await bob.getByRole("button", { name: "Canarinom Marie" }).waitFor();
    const [again] = await Promise.all([bob.waitForEvent("filechooser"), press(bob, "Importer un paquet")]);
    await again.setFiles(packagePath);
    await bob.locator("#a11y-layer p", { hasText: "Ce paquet a déjà été importé. Rien n’a changé." }).waitFor();
    assert.equal(await bob.getByRole("button", { name: "Canarinom Marie" }).count(), 1);
  });

  it("shows the disclosure in the sender's register for the whole vault", async () => {
    const { page } = app;
    await openSharing(page);
    await press(page, "Registre des communications");
    await page.locator("#a11y-layer p", { hasText: /Partage à Service Bob · Dossier Canarinom Marie · identité/ }).waitFor();
    await press(page, "Journal des accès");
    await page.locator("#a11y-layer p", { hasText: /Paquet de partage · Dossier n° 1 · pour Service Bob/ }).waitFor();
    assert.deepEqual(app.problems, []);
    assert.deepEqual(bobProblems, []);
  });

  it("opens the person's copy in a new tab, register included, and writes it in the register", async () => {
    const { page } = app;
    await press(page, "Canarinom Marie");
    await page.getByRole("heading", { level: 2, name: "Canarinom Marie" }).waitFor();
    const [copy] = await Promise.all([
      page.context().waitForEvent("page"), press(page, "Copie pour la personne")]);
    const problems = [];
    copy.on("console", (message) => { if (message.type() === "error") problems.push(message.text()); });
    await copy.waitForLoadState();
    await copy.getByRole("heading", { level: 1, name: "Votre dossier social — Canarinom Marie" }).waitFor();
    await copy.getByRole("heading", { level: 2, name: "Qui a reçu des informations vous concernant" }).waitFor();
    const text = await copy.locator("body").innerText();
    assert.match(text, /Service Bob/);
    assert.match(text, /Instruction de la demande de logement/);
    // The print stylesheet came from the app (the page's policy forbids inline styles).
    const sheets = await copy.evaluate(() => Array.from(document.styleSheets).map((s) => s.href));
    assert.equal(sheets.length, 1);
    assert.match(sheets[0], /\/print\.css$/);
    await copy.screenshot({ path: `${process.env.CARNET_TEST_OUTPUT || "build/test-output/e2e"}/sharing-person-copy.png` });
    await copy.close();
    await page.locator("#a11y-layer p", { hasText: /· Copie remise à la personne · tout le dossier/ }).waitFor();
    assert.deepEqual(problems, []);
    // Printing the page while the dossier is shown (the browser's "beforeprint") is written too.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.locator("#a11y-layer p", { hasText: /· Impression · l’écran du dossier$/ }).waitFor();
  });
});
