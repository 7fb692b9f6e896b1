// The project's own scripts behave as the README promises.
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

import { kContentSecurityPolicy, kSecurityHeaders } from "../../scripts/lib/security_headers.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });

async function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

describe("scripts/setup", () => {
  // How long the second run takes is the machine's: scripts/bench prints it.
  it("does nothing on a second run", () => {
    run("scripts/setup", []);
    const result = run("scripts/setup", []);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), "setup: ready");
    assert.equal(result.stderr.trim(), "");
  });

  it("stops with a message naming a package that cannot be had", () => {
    const result = run("scripts/setup", [], { CARNET_SETUP_EXTRA_PACKAGES: "carnet-no-such-package" });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /carnet-no-such-package/);
  });
});

describe("the repository", () => {
  it("tracks no third-party source", () => {
    const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n");
    const thirdParty = files.filter((f) =>
      /(^|\/)(imgui[a-z_]*\.(cpp|h)|imstb_[a-z]+\.h|sqlite3\.[ch]|sodium\.h|crypto_aead_[a-z0-9_]+\.c|argon2[a-z0-9-]*\.c)$/.test(f)
      || f.startsWith("third_party/"))
      .filter((f) => !f.startsWith("cmake/layer_guard/"));  // our own guards, named after the headers
    assert.deepEqual(thirdParty, []);
  });

  it("has .ci/run call scripts/test and nothing else", () => {
    const lines = execFileSync("grep", ["-vE", "^(#|set |cd |$)", ".ci/run"], { cwd: root, encoding: "utf8" })
      .trim().split("\n");
    assert.deepEqual(lines, ["exec scripts/test"]);
  });
});

describe("scripts/run", () => {
  for (const args of [["--port", "abc"], ["--port", "70000"], ["--port"], ["--bogus"]]) {
    it(`refuses ${args.join(" ")} with a clear message`, () => {
      const result = run("scripts/run", args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^run: /);
    });
  }

  it("builds and serves the app on the port asked for, and says where", async () => {
    const port = await freePort();
    const child = spawn("scripts/run", ["--port", String(port)], { cwd: root, detached: true });
    try {
      const address = await new Promise((done, fail) => {
        let out = "";
        const timer = setTimeout(() => fail(new Error(`no address printed:\n${out}`)), 300000);
        child.stdout.on("data", (chunk) => {
          out += chunk;
          const match = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
          if (match) { clearTimeout(timer); done(match[0]); }
        });
        child.on("exit", (code) => fail(new Error(`scripts/run exited with ${code}:\n${out}`)));
      });
      assert.equal(address, `http://127.0.0.1:${port}/`);
      const page = await fetch(address);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<canvas id="canvas"/);
      // Served with the deployment's headers; the page's own policy is the header's, less
      // what only a header can say.
      for (const [name, value] of Object.entries(kSecurityHeaders)) {
        assert.equal(page.headers.get(name), value, name);
      }
      assert.match(page.headers.get("content-security-policy"), /frame-ancestors 'none'/);
      const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
      assert.ok(meta, "index.html has its own policy");
      assert.equal(`${meta[1]}; frame-ancestors 'none'`, kContentSecurityPolicy);
      const wasm = await fetch(`${address}carnet.wasm`);
      assert.equal(wasm.headers.get("content-type"), "application/wasm");
      const outside = await fetch(`${address}..%2f..%2fCMakeLists.txt`);
      assert.notEqual(outside.status, 200);
    } finally {
      process.kill(-child.pid, "SIGTERM");
    }
  });
});
