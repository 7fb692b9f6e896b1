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

    it("refuses a missing path, a missing passphrase and a weak one", () => {
      for (const args of [["vault", "verify"], ["vault", "verify", join(dir, "nowhere")],
        ["vault", "frobnicate"], ["vault", "create", join(dir, "x")]]) {
        const result = carnet(args, passphrase);
        assert.equal(result.status, 2, `${args.join(" ")}: ${result.stderr}`);
        assert.match(result.stderr, /^carnet: vault/);
      }
      assert.equal(verify(vault, "").status, 2);
      const short = carnet(["vault", "create", join(dir, "short"), "--name", "X"], "court\n");
      assert.equal(short.status, 1);
      assert.match(short.stderr, /WeakDictionaryWord/);
      assert.equal(existsSync(join(dir, "short")), false);
      const taken = carnet(["vault", "create", vault, "--name", "X"], passphrase);
      assert.equal(taken.status, 1);
      assert.match(taken.stderr, /AlreadyExists/);
    });

    it("refuses weak passphrases with zxcvbn's reason, and accepts four random common words", () => {
      const weak = [
        ["azertyuiop", "WeakKeyboardPattern", /a keyboard row/],
        ["qwertyuiop123", "WeakDictionaryWord", /a dictionary word or a common password/],
        ["soleil2024", "WeakDictionaryWord", /a dictionary word or a common password/],
        ["motdepasse1990", "WeakDictionaryWord", /a dictionary word or a common password/],
        ["a b c d", "TooShort", /too short/],
        ["chat chat chat chat", "WeakRepeat", /a repeated word or character/],
      ];
      weak.forEach(([phrase, problem, words], i) => {
        const target = join(dir, `weak-${i}`);
        const result = carnet(["vault", "create", target, "--name", "X"], `${phrase}\n`);
        assert.equal(result.status, 1, `${phrase}: ${result.stderr}`);
        assert.match(result.stderr, new RegExp(`^carnet: vault create: ${problem}: too easy to guess`));
        assert.match(result.stderr, words);
        assert.match(result.stderr, /under 10\^10/);
        assert.equal(result.stderr.includes(phrase), false, "the passphrase is never printed");
        assert.equal(existsSync(target), false);
      });
      const strong = carnet(["vault", "create", join(dir, "strong"), "--name", "X"],
        "cheval agrafe moutarde lointain\n");
      assert.equal(strong.status, 0, strong.stderr);
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

  describe("stats merge", () => {
    // A statistics file written here by hand, following the layout of src/core/stats/stats_file.h:
    // the typology-fit table alone (8 cells), noise mode, epsilon 1, so its bound 2 gives the
    // scale 2 and the variance 2a/(1-a)^2 with a = exp(-1/2).
    const categories = ["DROITS", "SANTE", "EMPLOI", "AUTONOMIE", "LOGEMENT", "BUDGET", "FAMILLE",
      "AUCUNE"];
    const milli = (m) => {
      const decimals = String(m % 1000).padStart(3, "0").replace(/0+$/, "");
      return decimals ? `${Math.floor(m / 1000)},${decimals}` : String(Math.floor(m / 1000));
    };
    const a = Math.exp(-1 / 2);
    const variance = Math.round((2000 * a) / (1 - a) ** 2);
    const deviation = (v) => milli(Math.round(Math.sqrt(v * 1000)));
    const statsFile = (values, { lastMonth = 3, key = null } = {}) => {
      const sd = deviation(variance);
      const lines = [
        "Carnet – statistiques anonymisées;format 1", "spécification;carnet-stats-1",
        "typologie;national-2026.1", "année;2026", "premier mois;1", `dernier mois;${lastMonth}`,
        "mode;bruit", "epsilon;1", "fichiers fusionnés;1", "",
        "tableau;borne par personne;échelle du bruit (numérateur);échelle du bruit (dénominateur);"
          + "variance par case;écart-type par case",
        `adéquation de la typologie;2;2;1;${milli(variance)};${sd}`, "",
        "tableau;dimension 1;dimension 2;dimension 3;valeur;écart-type",
        ...categories.map((c, i) => `adéquation de la typologie;${i === 0 && key ? key : c};;;`
          + `${values[i]};${sd}`),
      ];
      return `\ufeff${lines.map((line) => `${line}\r\n`).join("")}`;
    };
    const stats = join(dir, "stats");
    mkdirSync(stats);
    const file = (name, text) => {
      const path = join(stats, name);
      writeFileSync(path, text);
      return path;
    };
    const first = [3, -1, 0, 12, 7, -4, 2, 5];
    const second = [1, 2, 3, 4, 5, 6, 7, 8];
    const good1 = file("nord.csv", statsFile(first));
    const good2 = file("sud.csv", statsFile(second));
    const formula = file("formule.csv", statsFile(second, { key: "=1+1" }));
    const otherPeriod = file("semestre.csv", statsFile(second, { lastMonth: 6 }));
    const sums = first.map((v, i) => v + second[i]);

    it("sums two files and reports each table's files and standard deviation", () => {
      const out = join(stats, "region.csv");
      const result = carnet(["stats", "merge", good1, good2, "--out", out]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /fusionné : 2 fichier\(s\) sur 2/);
      const summed = deviation(2 * variance).replace(/,(\d+)$/, (_, d) => `,${d.padEnd(3, "0")}`);
      assert.match(result.stdout, new RegExp(`adéquation de la typologie : 8 cases, 2 fichier\\(s\\) `
        + `fusionné\\(s\\), écart-type de chaque case ${summed}`));
      const text = readFileSync(out, "utf8");
      assert.ok(text.startsWith("\ufeffCarnet – statistiques anonymisées;format 1\r\n"));
      assert.match(text, /\r\nfichiers fusionnés;2\r\n/);
      categories.forEach((c, i) => {
        assert.ok(text.includes(`\r\nadéquation de la typologie;${c};;;${sums[i]};`
          + `${deviation(2 * variance)}\r\n`), c);
      });
      // The merge merges again with a third file: three files in all.
      const again = join(stats, "region2.csv");
      const third = carnet(["stats", "merge", out, file("est.csv", statsFile(first.map((v) => -v))),
        "--out", again]);
      assert.equal(third.status, 0, third.stderr);
      assert.match(readFileSync(again, "utf8"), /\r\nfichiers fusionnés;3\r\n/);
    });

    it("refuses a bad file by name and writes nothing without --force", () => {
      const out = join(stats, "refused.csv");
      const result = carnet(["stats", "merge", good1, formula, otherPeriod, good1, good2,
        join(stats, "absent.csv"), "--out", out]);
      assert.equal(result.status, 1, result.stdout);
      assert.match(result.stdout, /^refusé : .*formule\.csv : ligne 15 : .*formule/m);
      assert.match(result.stdout,
        /^refusé : .*semestre\.csv : incompatible avec « .*nord\.csv » : période/m);
      assert.match(result.stdout, /^refusé : .*nord\.csv : doublon de .*nord\.csv$/m);
      assert.match(result.stdout, /^refusé : .*absent\.csv : fichier illisible/m);
      assert.match(result.stderr, /^carnet: stats merge: 4 fichier\(s\) refusé\(s\) : rien n’est écrit/);
      assert.equal(existsSync(out), false);
      assert.equal(existsSync(`${out}.partial`), false);
    });

    it("merges the valid files despite refused ones with --force", () => {
      const out = join(stats, "forced.csv");
      const result = carnet(["stats", "merge", formula, good1, good2, "--out", out, "--force"]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^refusé : .*formule\.csv : /m);
      assert.match(result.stdout, /fusionné : 2 fichier\(s\) sur 3/);
      assert.match(readFileSync(out, "utf8"), /\r\nfichiers fusionnés;2\r\n/);
    });

    it("fails when no file at all can be merged, writing nothing", () => {
      const out = join(stats, "none.csv");
      const result = carnet(["stats", "merge", formula, "--out", out, "--force"]);
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^refusé : .*formule\.csv : ligne 15/m);
      assert.equal(existsSync(out), false);
    });

    const badArgs = [
      [["stats"], /stats: a subcommand is required/],
      [["stats", "sum"], /stats: unknown subcommand 'sum'/],
      [["stats", "merge", "--out", "x.csv"], /at least one FILE is required/],
      [["stats", "merge", "a.csv"], /--out FILE is required/],
      [["stats", "merge", "a.csv", "--out"], /--out needs a value/],
      [["stats", "merge", "a.csv", "--out", "x.csv", "--force=yes"], /--force takes no value/],
      [["stats", "merge", "a.csv", "--out", "x.csv", "--seed", "1"], /unknown option '--seed'/],
    ];
    for (const [args, message] of badArgs) {
      it(`refuses "${args.join(" ")}" with exit status 2`, () => {
        const result = carnet(args);
        assert.equal(result.status, 2, result.stderr);
        assert.match(result.stderr, message);
        assert.equal(existsSync(join(root, "x.csv")), false);
      });
    }
  });
});
