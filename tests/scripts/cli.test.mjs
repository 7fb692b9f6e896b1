// The native command-line tool `carnet` behaves as its --help says. It runs the native-debug
// build (or the program named by CARNET_CLI) and is skipped when that is not built.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cli = process.env.CARNET_CLI ?? join(root, "build/native-debug/src/platform/native/carnet");
const skip = existsSync(cli)
  ? false
  : `${cli} is not built: run cmake --preset native-debug && cmake --build --preset native-debug`;
if (skip) console.log(`# skipping the carnet tool's tests: ${skip}`);

const carnet = (args, input = "") => spawnSync(cli, args, { cwd: root, encoding: "utf8", input });
const dir = mkdtempSync(join(tmpdir(), "carnet-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("carnet (the command-line tool)", { skip }, () => {
  it("explains itself with --help, saying the output is deterministic", () => {
    const result = carnet(["--help"]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /carnet demo --size small\|large --seed N --out FILE/);
    assert.match(result.stdout, /deterministic/);
  });

  const bad = [
    [[], /no command given/],
    [["bogus"], /unknown command 'bogus'/],
    [["demo", "--size", "medium", "--seed", "1", "--out", "x.db"], /--size must be small or large/],
    [["demo", "--size", "small", "--seed", "abc", "--out", "x.db"], /--seed must be a whole number/],
    [["demo", "--size", "small", "--seed", "-3", "--out", "x.db"], /--seed must be a whole number/],
    [["demo", "--size", "small", "--seed", "1"], /--out FILE is required/],
    [["demo", "--seed", "1", "--out", "x.db"], /--size small or --size large is required/],
    [["demo", "--size", "small", "--seed", "1", "--out", "x.db", "--today", "2026-02-30"],
      /--today must be a date/],
    [["demo", "--size", "small", "--seed", "1", "--out"], /--out needs a value/],
    [["demo", "--size", "small", "--frobnicate"], /unknown option '--frobnicate'/],
  ];
  for (const [args, message] of bad) {
    it(`refuses "${args.join(" ")}" with exit status 2 and a clear message`, () => {
      const result = carnet(args);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /^carnet: /);
      assert.match(result.stderr, message);
      assert.equal(existsSync(join(root, "x.db")), false);
    });
  }

  it("fails with exit status 1 when the file cannot be written", () => {
    const out = join(dir, "no-such-folder", "demo.db");
    const result = carnet(["demo", "--size", "small", "--seed", "1", "--out", out,
      "--today", "2026-03-02"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^carnet: cannot write/);
    assert.equal(existsSync(out), false);
  });

  const demo = (seed, out) => {
    const result = carnet(["demo", "--size", "small", "--seed", String(seed), "--out", out,
      "--today", "2026-03-02"]);
    assert.equal(result.status, 0, result.stderr);
    const fingerprint = result.stdout.match(/fingerprint ([0-9a-f]{16})/);
    assert.ok(fingerprint, result.stdout);
    return fingerprint[1];
  };

  it("writes a small caseload as an SQLite database", () => {
    const out = join(dir, "small.db");
    demo(42, out);
    const bytes = readFileSync(out);
    assert.ok(bytes.length > 100000, `only ${bytes.length} bytes`);
    assert.equal(bytes.subarray(0, 16).toString("latin1"), "SQLite format 3\0");
  });

  it("writes the same bytes for the same seed and day, other bytes for another seed", () => {
    const [a, b, c] = ["a.db", "b.db", "c.db"].map((name) => join(dir, name));
    const fingerprintA = demo(7, a);
    const fingerprintB = demo(7, b);
    const fingerprintC = demo(8, c);
    assert.equal(fingerprintA, fingerprintB);
    assert.ok(readFileSync(a).equals(readFileSync(b)), "two runs gave different files");
    assert.notEqual(fingerprintA, fingerprintC);
    assert.ok(!readFileSync(a).equals(readFileSync(c)));
  });

  it("replaces an existing file", () => {
    const out = join(dir, "existing.db");
    writeFileSync(out, "not a database");
    demo(42, out);
    assert.equal(readFileSync(out).subarray(0, 16).toString("latin1"), "SQLite format 3\0");
    assert.equal(existsSync(`${out}.partial`), false);
  });

  describe("vault commands", () => {
    const passphrase = "cheval batterie agrafe correcte\n";
    const vault = join(dir, "vault");
    let recoveryKey = "";

    const create = (target, name) => {
      const result = carnet(["vault", "create", target, "--name", name], passphrase);
      assert.equal(result.status, 0, result.stderr);
      const key = result.stdout.match(/recovery key ([0-9A-Z-]{69})/);
      assert.ok(key, result.stdout);
      return key[1];
    };
    const verify = (path, input = passphrase, extra = []) =>
      carnet(["vault", "verify", path, ...extra], input);
    const failsWith = (result, problem) => {
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, new RegExp(`^carnet: vault verify: ${problem}: `));
    };

    it("creates a vault that verifies with its passphrase and with its recovery key", () => {
      recoveryKey = create(vault, "Marie — CPAM");
      const names = readdirSync(vault);
      assert.ok(names.includes("index") && names.some((n) => n.startsWith("chunk-")), names);
      const result = verify(vault);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /is sound/);
      assert.match(result.stdout, /name {9}Marie — CPAM/);
      assert.match(result.stdout, /generation {3}2/);
      assert.match(result.stdout, /integrity_check: ok/);
      const byKey = verify(vault, `${recoveryKey.toLowerCase()}\n`, ["--recovery-key"]);
      assert.equal(byKey.status, 0, byKey.stderr);
    });

    it("refuses a wrong passphrase or recovery key, naming the problem", () => {
      failsWith(verify(vault, "une autre phrase secrete\n"), "WrongPassphrase");
      failsWith(verify(vault, "AAAA\n", ["--recovery-key"]), "InvalidText");
    });

    it("exports a backup that verifies, and catches a truncated one", () => {
      const backup = join(dir, "vault.backup");
      const result = carnet(["vault", "export", vault, "--out", backup]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(readFileSync(backup).subarray(0, 8).toString("latin1"), "CARNETVB");
      assert.equal(verify(backup).status, 0);
      const cut = join(dir, "cut.backup");
      writeFileSync(cut, readFileSync(backup));
      truncateSync(cut, readFileSync(backup).length - 100);
      failsWith(verify(cut), "BackupCorrupt");
      writeFileSync(cut, "just some text");
      failsWith(verify(cut), "NotAVault");
    });

    it("restores a backup into a new directory, never over a vault", () => {
      const backup = join(dir, "restore.backup");
      assert.equal(carnet(["vault", "export", vault, "--out", backup]).status, 0);
      const restored = join(dir, "restored");
      const result = carnet(["vault", "import", backup, restored]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(verify(restored).status, 0);
      const again = carnet(["vault", "import", backup, vault]);
      assert.equal(again.status, 1);
      assert.match(again.stderr, /AlreadyExists/);
    });

    it("catches a flipped byte in a chunk file", () => {
      const copy = join(dir, "damaged");
      mkdirSync(copy);
      for (const name of readdirSync(vault)) {
        writeFileSync(join(copy, name), readFileSync(join(vault, name)));
      }
      const chunk = readdirSync(copy).find((n) => n.startsWith("chunk-000001."));
      const bytes = readFileSync(join(copy, chunk));
      bytes[bytes.length - 40] ^= 0x01;
      writeFileSync(join(copy, chunk), bytes);
      failsWith(verify(copy), "ChunkCorrupt");
      rmSync(join(copy, chunk));
      failsWith(verify(copy), "ChunkMissing");
    });

    it("refuses a missing path, a missing passphrase and a short one", () => {
      for (const args of [["vault", "verify"], ["vault", "verify", join(dir, "nowhere")],
        ["vault", "frobnicate"], ["vault", "create", join(dir, "x")]]) {
        const result = carnet(args, passphrase);
        assert.equal(result.status, 2, `${args.join(" ")}: ${result.stderr}`);
        assert.match(result.stderr, /^carnet: vault/);
      }
      assert.equal(verify(vault, "").status, 2);
      const short = carnet(["vault", "create", join(dir, "short"), "--name", "X"], "court\n");
      assert.equal(short.status, 1);
      assert.match(short.stderr, /TooShort/);
      assert.equal(existsSync(join(dir, "short")), false);
      const taken = carnet(["vault", "create", vault, "--name", "X"], passphrase);
      assert.equal(taken.status, 1);
      assert.match(taken.stderr, /AlreadyExists/);
    });

    it("writes the demo caseload into a new vault", () => {
      const demoVault = join(dir, "demo-vault");
      const result = carnet(["demo", "--size", "small", "--seed", "1", "--vault", demoVault,
        "--today", "2026-03-02"], passphrase);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /fingerprint [0-9a-f]{16}/);
      assert.match(result.stdout, /recovery key/);
      const verified = verify(demoVault);
      assert.equal(verified.status, 0, verified.stderr);
      assert.match(verified.stdout, /name {9}Démonstration/);
    });
  });
});
