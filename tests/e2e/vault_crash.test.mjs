// Kills Chromium at random moments while the vault saves, then reopens it: every save the app
// acknowledged ("Enregistré") must still be there, and the vault must open and pass its
// integrity check every time. CARNET_CRASH_RUNS sets the number of runs (20 by default;
// scripts/bench crash runs 200).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium } from "playwright-core";

import { startStaticServer } from "../../scripts/lib/static_server.mjs";
import { chromiumArgs, webDir } from "./lib/harness.mjs";

const kRuns = Number(process.env.CARNET_CRASH_RUNS || 20);
const kPassphrase = "cheval batterie agrafe correcte";
const kName = "Coffre d’essai";

class Rng {  // deterministic per seed, so that a failing run can be replayed
  constructor(seed) { this.state = seed >>> 0; }
  next() { this.state = (this.state * 1664525 + 1013904223) >>> 0; return this.state / 4294967296; }
}

// The browser's main process for this profile (not its helpers, which have --type=).
function browserPid(profile) {
  const lines = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" }).split("\n");
  for (const line of lines) {
    if (line.includes(profile) && !line.includes("--type=") && line.includes("chrom")) {
      return Number(line.trim().split(/\s+/)[0]);
    }
  }
  return 0;
}

async function launch(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium", headless: true, args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(30000);
  return { context, page };
}

async function count(page) {
  const text = await page.locator("#a11y-layer p", { hasText: /^Dossiers dans ce coffre/ }).textContent();
  return Number(text.replace(/\D+/g, ""));
}

describe("vault under crashes", () => {
  let server;
  let url;
  let profile;
  before(async () => {
    ({ server, url } = await startStaticServer(webDir, 0));
    profile = mkdtempSync(join(tmpdir(), "carnet-crash-"));
  });
  after(async () => {
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it(`loses no acknowledged save across ${kRuns} kills during saves`, async () => {
    const rng = new Rng(20261128);
    let acknowledged = 0;
    let killedWhileSaving = 0;
    for (let run = 0; run < kRuns; ++run) {
      const { context, page } = await launch(profile);
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset.ready === "1");
      if (run === 0) {
        await page.getByRole("button", { name: "Créer un coffre", exact: true }).click();
        await page.getByRole("textbox", { name: "Nom affiché" }).fill(kName);
        await page.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
        await page.getByLabel("Confirmez la phrase de passe").fill(kPassphrase);
        await page.getByRole("button", { name: "Créer le coffre" }).click();
        await page.getByRole("checkbox", { name: "J’ai noté ma clé de secours en lieu sûr" }).click();
        await page.getByRole("button", { name: "Continuer" }).click();
      } else {
        // Reopen: the vault must unlock (every chunk authenticated, SQLite's check passed).
        await page.getByRole("button", { name: `Ouvrir un coffre « ${kName} »` }).click();
        await page.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
        await page.getByRole("button", { name: "Déverrouiller" }).click();
      }
      await page.getByRole("heading", { name: kName }).waitFor();
      await page.getByRole("button", { name: "Paramètres" }).click();
      const found = await count(page);
      assert.ok(found >= acknowledged, `run ${run}: ${found} dossiers, ${acknowledged} acknowledged`);

      // Write, and kill the browser at a random moment: before, during or after the save.
      await page.getByRole("button", { name: "Ajouter des dossiers de démonstration" }).click();
      const waitForAck = rng.next() < 0.4;
      if (waitForAck) {
        await page.locator("#a11y-layer p", { hasText: /^Dossiers dans ce coffre\u00a0: /, hasNotText: `: ${found}` }).waitFor();
        await page.locator("#a11y-layer p", { hasText: /^Enregistré$/ }).waitFor();
        acknowledged = await count(page);
      }
      // Saves start about a second after a change: aim around that moment.
      await page.waitForTimeout(700 + Math.floor(rng.next() * 700));
      if (await page.locator("#a11y-layer p", { hasText: /^Enregistrement/ }).count() > 0) ++killedWhileSaving;
      const pid = browserPid(profile);
      assert.ok(pid > 0, "the browser process was not found");
      process.kill(pid, "SIGKILL");
      await context.close().catch(() => {});
    }
    console.log(`crash runs: ${kRuns}, acknowledged dossiers at the end: ${acknowledged}, ` +
                `killed while "Enregistrement…" was shown: ${killedWhileSaving}`);
  });
});
