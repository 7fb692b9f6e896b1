// Sharing between two people's browsers (two browser contexts, so two separate storages): each
// reads the other's contact card, the first confirms it by typing the last group of its
// fingerprint as read on the other's own screen (a colleague reading it aloud), a wrong group
// refused beside the field, and shares a dossier; the second imports the package, confirms the
// unknown sender the same way and sees the dossier read-only with its origin; the sender's
// register shows the disclosure. A third browser then presents a card under the name of a
// confirmed contact with new keys: it is flagged and added only as a separate contact, once
// acknowledged. Everything is found by role and name in the accessible layer.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, screenshot } from "./lib/harness.mjs";
import { createVault } from "./lib/vault_steps.mjs";

const kCardText = "Texte de ma carte, à copier et envoyer";
const kLastGroup = "Dernier groupe de l’empreinte, lu par votre collègue";
const kNewKey = "Attention\u00a0: nouvelle clé sous un nom connu";
const kAcknowledge =
  "J’ai vérifié auprès de mon collègue\u00a0: c’est une nouvelle clé, à ajouter comme un contact distinct";

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
  return { card, fingerprint: await ownFingerprint(page) };
}

async function ownFingerprint(page) {
  const print = await page.locator("#a11y-layer p", { hasText: /^Empreinte\u00a0: [0-9 ]+$/ })
    .first().textContent();
  return print.replace(/^Empreinte\u00a0: /, "").trim();
}

// What the colleague reads aloud: the last group of the fingerprint on her own screen (the
// contacts tab of her own vault).
async function lastGroupReadAloud(colleague) {
  return (await ownFingerprint(colleague)).split(" ").at(-1);
}

// The refusal published on a text field (aria-invalid, aria-errormessage), once it shows.
async function fieldError(page, name) {
  const field = page.getByRole("textbox", { name, exact: true });
  await page.locator('#a11y-layer [aria-invalid="true"]').first().waitFor();
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  const id = await field.getAttribute("aria-errormessage");
  return page.locator(`[id="${id}"]`).textContent();
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
    await page.locator("#a11y-layer p", { hasText: /sans le recopier de l’écran/ }).waitFor();
    // A group that is not the last (the first, as read on Bob's screen) is refused beside the
    // field, and nothing is confirmed.
    const group = page.getByRole("textbox", { name: kLastGroup, exact: true });
    await group.fill(bobCard.fingerprint.split(" ")[0]);
    await press(page, "Confirmer ce contact");
    assert.match(await fieldError(page, kLastGroup), /^Ce n’est pas le dernier groupe de cette empreinte\. Rien n’a été confirmé/);
    await page.locator("#a11y-layer p", { hasText: /^Service Bob · .* · empreinte non confirmée$/ }).waitFor();
    // Bob reads the last group aloud from his own screen; Alice types it.
    await group.fill(await lastGroupReadAloud(bob));
    await press(page, "Confirmer ce contact");
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
    assert.equal(await bob.getByRole("heading", { name: kNewKey }).count(), 0);
    // Alice reads the last group aloud from her own screen (her contacts tab); Bob types it.
    await openSharing(app.page);
    await press(app.page, "Contacts");
    await bob.getByRole("textbox", { name: kLastGroup, exact: true }).fill(await lastGroupReadAloud(app.page));
    await press(bob, "Confirmer l’expéditeur et importer");
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

  it("flags a card under a confirmed contact's name with new keys, added apart once acknowledged", async () => {
    const { page } = app;
    // Bob on another computer: a new vault, the same name, new keys.
    const other = await app.page.context().browser().newContext({ viewport: { width: 1280, height: 800 } });
    const bobAgain = await other.newPage();
    bobAgain.setDefaultTimeout(15000);
    const problems = [];
    bobAgain.on("console", (message) => { if (message.type() === "error") problems.push(message.text()); });
    bobAgain.on("pageerror", (error) => problems.push(error.message));
    await bobAgain.goto(app.url);
    await bobAgain.waitForFunction(() => document.body.dataset.ready === "1");
    await createVault(bobAgain, "Service Bob");
    await openSharing(bobAgain);
    const newCard = await ownCard(bobAgain);
    assert.notEqual(newCard.fingerprint, bobCard.fingerprint);

    await openSharing(page);
    await press(page, "Contacts");
    await page.getByRole("textbox", { name: "Carte de contact reçue" }).fill(newCard.card);
    await press(page, "Lire la carte");
    await page.getByRole("heading", { name: "Carte lue, non enregistrée\u00a0: Service Bob" }).waitFor();
    await page.getByRole("heading", { name: kNewKey }).waitFor();
    await page.locator("#a11y-layer p", { hasText: `Contact déjà confirmé\u00a0: Service Bob · Empreinte\u00a0: ${bobCard.fingerprint}` }).waitFor();
    await page.locator("#a11y-layer p", { hasText: `Empreinte\u00a0: ${newCard.fingerprint}` }).first().waitFor();
    await screenshot(page, "sharing-new-key-flagged");
    // Held, not added beside the known contact.
    assert.equal(await page.locator("#a11y-layer p", { hasText: /^Service Bob · Empreinte/ }).count(), 1);

    // The last group read aloud, but the warning not acknowledged: refused, nothing added.
    await page.getByRole("textbox", { name: kLastGroup, exact: true }).fill(await lastGroupReadAloud(bobAgain));
    await press(page, "Ajouter comme nouveau contact distinct");
    await page.locator("#a11y-layer p", { hasText: "Cochez la case après avoir vérifié auprès de votre collègue qu’il s’agit bien d’une nouvelle clé. Rien n’a été confirmé." }).waitFor();
    assert.equal(await page.locator("#a11y-layer p", { hasText: /^Service Bob · Empreinte/ }).count(), 1);

    await page.getByRole("checkbox", { name: kAcknowledge }).click();
    await press(page, "Ajouter comme nouveau contact distinct");
    await page.locator("#a11y-layer p", { hasText: `Service Bob · Empreinte\u00a0: ${newCard.fingerprint} · confirmé le ` }).waitFor();
    await page.locator("#a11y-layer p", { hasText: `Service Bob · Empreinte\u00a0: ${bobCard.fingerprint} · confirmé le ` }).waitFor();
    assert.equal(await page.getByRole("heading", { name: kNewKey }).count(), 0);
    assert.deepEqual(problems, []);
    assert.deepEqual(app.problems, []);
    await other.close();
  });
});
