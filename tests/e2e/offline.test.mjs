// Offline use and updates: after a first visit the service worker serves the app with the
// network cut, a new version waits while a tab is open, and no request ever leaves the app's
// own origin (the page's, its Web Worker's and its service worker's requests all recorded).
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { startStaticServer } from "../../scripts/lib/static_server.mjs";
import { launchBrowser, screenshot, settle, webDir } from "./lib/harness.mjs";

const kPassphrase = "cheval batterie agrafe correcte";
const kVersionLine = /const kVersion = "([0-9a-f]+)";/;

// Serves `root`, opens the app in a fresh browser profile and records every request made in it.
async function open(root) {
  const { server, url } = await startStaticServer(root, 0);
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  const problems = [];
  const watch = (page) => {
    page.setDefaultTimeout(15000);
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    return page;
  };
  const page = watch(await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === "1");
  return {
    server, url, browser, context, page, requests, problems, watch,
    async stopServer() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
    async close() {
      await browser.close();
      if (server.listening) await this.stopServer();
    },
  };
}

// Waits for the service worker to be active, then reloads so that it controls the page.
async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === "1"
    && navigator.serviceWorker.controller !== null);
}

function assertSameOrigin(requests, url) {
  const origin = new URL(url).origin;
  assert.ok(requests.length > 0, "no request recorded");
  // data: URLs (the page's empty icon) are not requests to anyone.
  const elsewhere = requests.filter((r) => !r.startsWith("data:") && new URL(r).origin !== origin);
  assert.deepEqual(elsewhere, [], "requests to another origin");
}

describe("offline", () => {
  let app;
  before(async () => { app = await open(webDir); });
  after(async () => { await app?.close(); });

  it("installs its service worker on the first visit, which then controls the page", async () => {
    await untilControlled(app.page);
    const cached = await app.page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return { names, files: (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort() };
    });
    assert.equal(cached.names.length, 1);
    assert.match(cached.names[0], /^carnet-[0-9a-f]{16}$/);
    for (const file of ["index.html", "carnet.js", "carnet.wasm", "kdf_worker.js", "kdf_worker_module.wasm"]) {
      assert.ok(cached.files.includes(file), `${file} not cached (${cached.files})`);
    }
    // The service worker's own requests are recorded as well: carnet.wasm by the page, then again.
    assert.ok(app.requests.filter((r) => r.endsWith("/carnet.wasm")).length >= 2,
              "the service worker's requests are not recorded");
  });

  it("loads with the server stopped and the network cut, and creates a vault", async () => {
    const { page } = app;
    await app.stopServer();
    await app.context.setOffline(true);
    const fromWorker = [];
    page.on("response", (response) => { if (response.fromServiceWorker()) fromWorker.push(response.url()); });
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "1");
    assert.ok(fromWorker.some((u) => u.endsWith("/carnet.wasm")), "carnet.wasm not from the service worker");
    await page.getByRole("heading", { level: 1, name: "Bienvenue dans Carnet" }).waitFor();
    await page.getByRole("button", { name: "Créer un coffre", exact: true }).click();
    await page.getByRole("heading", { name: "Créer un coffre" }).waitFor();
    await page.getByRole("textbox", { name: "Nom affiché" }).fill("Hors ligne");
    await page.getByLabel("Phrase de passe", { exact: true }).fill(kPassphrase);
    await page.getByLabel("Confirmez la phrase de passe").fill(kPassphrase);
    await page.getByRole("button", { name: "Créer le coffre" }).click();
    await page.getByRole("heading", { name: "Votre clé de secours" }).waitFor({ timeout: 30000 });
    await settle(page, 3);
    await screenshot(page, "offline-recovery-key");
    assert.deepEqual(app.problems, []);
  });

  it("sends no request to any origin but its own", () => {
    assertSameOrigin(app.requests, app.url);
  });
});

describe("update", () => {
  let app;
  let dir;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "carnet-web-"));
    cpSync(webDir, dir, { recursive: true });
    app = await open(dir);
  });
  after(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("waits while the app is open, and says an update is ready", async () => {
    const { page } = app;
    await untilControlled(page);
    const file = join(dir, "service_worker.js");
    const text = readFileSync(file, "utf8");
    const old = text.match(kVersionLine)[1];
    const next = old.split("").reverse().join("");
    writeFileSync(file, text.replace(kVersionLine, `const kVersion = "${next}";`));
    assert.equal(await page.evaluate(() => document.body.dataset.updateReady), undefined);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(() => document.body.dataset.updateReady === "1");
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration.waiting?.state,
        active: registration.active?.state,
        controlled: navigator.serviceWorker.controller === registration.active,
        caches: (await caches.keys()).sort(),
      };
    });
    assert.deepEqual(state, {
      waiting: "installed", active: "activated", controlled: true,
      caches: [`carnet-${next}`, `carnet-${old}`].sort(),
    });
    // Still waiting a moment later: nothing forces it onto the open page.
    await settle(page, 10);
    assert.equal(await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistration()).waiting?.state), "installed");
  });

  it("applies on the next load once every tab is closed, and the old cache goes", async () => {
    await app.page.close();
    await new Promise((done) => setTimeout(done, 500));
    const page = app.watch(await app.context.newPage());
    await page.goto(app.url);
    await page.waitForFunction(() => document.body.dataset.ready === "1");
    const next = readFileSync(join(dir, "service_worker.js"), "utf8").match(kVersionLine)[1];
    let names = [];
    for (let i = 0; i < 50 && names.join() !== `carnet-${next}`; ++i) {
      if (i > 0) await new Promise((done) => setTimeout(done, 100));
      names = await page.evaluate(() => caches.keys());
    }
    assert.deepEqual(names, [`carnet-${next}`]);
    assert.equal(await page.evaluate(() => document.body.dataset.updateReady), undefined);
    assertSameOrigin(app.requests, app.url);
    assert.deepEqual(app.problems, []);
  });
});
