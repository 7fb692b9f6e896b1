// BLAKE2b (RFC 7693) with any digest length from 1 to 64 bytes, for the tests that look for a
// key's material in a module's memory. Node's crypto offers BLAKE2b-512 only, and a 32-byte
// BLAKE2b is not a truncated BLAKE2b-512 (the length is in the parameter block). Words are
// pairs of 32-bit halves (lo, hi) in Uint32Arrays: fast enough to hash megabytes.

const kIv = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);
const kSigma = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

const v = new Uint32Array(32);
const m = new Uint32Array(32);

// v[a] += v[b] + (the message word pair at index 2*x), as 64-bit sums of halves.
function add64(a, b) {
  const lo = v[a] + v[b];
  v[a + 1] = v[a + 1] + v[b + 1] + (lo >= 0x100000000 ? 1 : 0);
  v[a] = lo;
}
function addMsg(a, i) {
  const lo = v[a] + m[i];
  v[a + 1] = v[a + 1] + m[i + 1] + (lo >= 0x100000000 ? 1 : 0);
  v[a] = lo;
}
// v[d] = rotr64(v[d] ^ v[a], n)
function xorRot(d, a, n) {
  const lo = v[d] ^ v[a];
  const hi = v[d + 1] ^ v[a + 1];
  if (n === 32) {
    v[d] = hi;
    v[d + 1] = lo;
  } else if (n < 32) {
    v[d] = (lo >>> n) | (hi << (32 - n));
    v[d + 1] = (hi >>> n) | (lo << (32 - n));
  } else {
    const k = n - 32;
    v[d] = (hi >>> k) | (lo << (32 - k));
    v[d + 1] = (lo >>> k) | (hi << (32 - k));
  }
}
function mix(a, b, c, d, x, y) {
  add64(a, b); addMsg(a, x); xorRot(d, a, 32);
  add64(c, d); xorRot(b, c, 24);
  add64(a, b); addMsg(a, y); xorRot(d, a, 16);
  add64(c, d); xorRot(b, c, 63);
}

function compress(h, block, offset, counter, last) {
  for (let i = 0; i < 16; ++i) {
    v[i] = h[i];
    v[i + 16] = kIv[i];
  }
  v[24] ^= counter >>> 0;
  v[25] ^= Math.floor(counter / 0x100000000);
  if (last) {
    v[28] = ~v[28];
    v[29] = ~v[29];
  }
  for (let i = 0; i < 32; ++i) {
    const p = offset + 4 * i;
    m[i] = block[p] | (block[p + 1] << 8) | (block[p + 2] << 16) | (block[p + 3] << 24);
  }
  for (let r = 0; r < 12; ++r) {
    const s = kSigma[r % 10];
    mix(0, 8, 16, 24, s[0] * 2, s[1] * 2);
    mix(2, 10, 18, 26, s[2] * 2, s[3] * 2);
    mix(4, 12, 20, 28, s[4] * 2, s[5] * 2);
    mix(6, 14, 22, 30, s[6] * 2, s[7] * 2);
    mix(0, 10, 20, 30, s[8] * 2, s[9] * 2);
    mix(2, 12, 22, 24, s[10] * 2, s[11] * 2);
    mix(4, 14, 16, 26, s[12] * 2, s[13] * 2);
    mix(6, 8, 18, 28, s[14] * 2, s[15] * 2);
  }
  for (let i = 0; i < 16; ++i) h[i] ^= v[i] ^ v[i + 16];
}

// BLAKE2b of the concatenation of `parts` (Uint8Arrays), `outlen` bytes, no key.
export function blake2b(outlen, ...parts) {
  if (!(outlen >= 1 && outlen <= 64)) throw new RangeError("outlen must be 1 to 64");
  const h = new Uint32Array(kIv);
  h[0] ^= 0x01010000 ^ outlen;
  const total = parts.reduce((n, p) => n + p.length, 0);
  const data = new Uint8Array(Math.max(128, Math.ceil(total / 128) * 128));
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.length;
  }
  const blocks = Math.max(1, Math.ceil(total / 128));
  for (let b = 0; b < blocks; ++b) {
    const last = b === blocks - 1;
    compress(h, data, b * 128, last ? total : (b + 1) * 128, last);
  }
  const out = new Uint8Array(outlen);
  for (let i = 0; i < outlen; ++i) out[i] = (h[i >> 2] >>> (8 * (i & 3))) & 0xff;
  return out;
}

// Argon2's final step for a 32-byte tag: BLAKE2b-256 of the tag length (32-bit little-endian)
// followed by the 1 KiB block (libsodium's blake2b_long for lengths up to 64).
export function argon2FinalHash(block) {
  return blake2b(32, new Uint8Array([32, 0, 0, 0]), block);
}
