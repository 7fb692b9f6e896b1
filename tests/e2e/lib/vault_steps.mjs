// Steps shared by the end-to-end tests that need an open vault.
export const kPassphrase = "cheval batterie agrafe correcte";

// The recovery key on the screen that shows it once.
export async function shownRecoveryKey(page) {
  return (await page.locator("#a11y-layer p").allTextContents())
    .find((text) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$/.test(text));
}

// Creates a vault named `name` from the welcome screen and opens it (the recovery key noted);
// returns the recovery key shown.
export async function createVault(page, name) {
  await page.getByRole("button", { name: "Créer un coffre", exact: true }).click();
  await page.getByRole("textbox", { name: "Nom affiché" }).fill(name);
  await page.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
  await page.getByLabel("Confirmez la phrase de passe").fill(kPassphrase);
  await page.getByRole("button", { name: "Créer le coffre" }).click();
  await page.getByRole("heading", { name: "Votre clé de secours" }).waitFor({ timeout: 30000 });
  const recoveryKey = await shownRecoveryKey(page);
  await page.getByRole("checkbox", { name: "J’ai noté ma clé de secours en lieu sûr" }).click();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  return recoveryKey;
}

// Unlocks the vault named `name` from the welcome screen.
export async function unlockVault(page, name) {
  await page.getByRole("button", { name: `Ouvrir un coffre « ${name} »` }).click();
  await page.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
  await page.getByRole("button", { name: "Déverrouiller" }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor({ timeout: 30000 });
}

// Waits until the save status says everything is saved (the paragraph, not the live region).
export async function waitSaved(page) {
  await page.locator("#a11y-layer p", { hasText: /^Enregistré$/ }).waitFor({ timeout: 15000 });
}

// Creates a dossier from the overview ("Nouveau dossier"), first name "Anouk", and opens it;
// `fields` fills more text boxes by their name (e.g. { Adresse: "..." }).
export async function addDossier(page, family, fields = {}) {
  await page.getByRole("button", { name: "Nouveau dossier" }).click();
  await page.getByRole("heading", { level: 2, name: "Nouveau dossier" }).waitFor();
  await page.getByRole("textbox", { name: "Prénom" }).fill("Anouk");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(family);
  for (const [name, value] of Object.entries(fields)) {
    await page.getByRole("textbox", { name, exact: true }).fill(value);
  }
  await page.getByRole("textbox", { name: "Nom", exact: true }).press("Enter");
  await page.getByRole("heading", { level: 2, name: `${family} Anouk` }).waitFor();
}
