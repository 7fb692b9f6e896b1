// The large synthetic vault as the web benchmarks use it: built by the native tool
// (`carnet demo --size large --vault`), exported as a backup file, and imported in headless
// Chromium through the app's own "Importer une sauvegarde" button, as a user would move a vault.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Runs the native tool; throws with its error output when it fails.
export function runCarnet(cli, args, input = "") {
  const result = spawnSync(cli, args, { encoding: "utf8", input, maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`carnet ${args.join(" ")}: ${result.stderr}`);
  return result;
}

// Builds the large demo vault (seed 7) named `name` and exports it. Returns the backup's path,
// its size in MB and a function that removes the files.
export function buildLargeBackup(cli, name, passphrase) {
  const work = mkdtempSync(join(tmpdir(), "carnet-bench-"));
  const vaultDir = join(work, "vault");
  const backup = join(work, "large.carnet-backup");
  runCarnet(cli, ["demo", "--size", "large", "--seed", "7", "--vault", vaultDir, "--name", name],
            `${passphrase}\n${passphrase}\n`);
  runCarnet(cli, ["vault", "export", vaultDir, "--out", backup]);
  return {
    backup,
    backupMb: statSync(backup).size / 1e6,
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}

// A page of the app in a new context (1280 x 800), loaded and ready; page errors are printed.
export async function openAppPage(browser, url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(120000);
  page.on("pageerror", (error) => console.error(`bench: page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === "1");
  return page;
}

// Imports the backup file through the welcome screen's button; waits until it is listed.
export async function importBackup(page, backup, name) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Importer une sauvegarde" }).click();
  await (await chooser).setFiles(backup);
  await page.getByRole("button", { name: `Ouvrir un coffre « ${name} »` }).waitFor();
}

// Unlocks the listed vault `name` with its passphrase; waits for its heading.
export async function unlockVault(page, name, passphrase) {
  await page.getByRole("button", { name: `Ouvrir un coffre « ${name} »` }).click();
  await page.getByLabel("Phrase de passe", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Déverrouiller" }).click();
  await page.getByRole("heading", { name, level: 1 }).waitFor();
}
