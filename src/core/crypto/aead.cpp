#include "core/crypto/aead.h"

#include <sodium.h>

namespace carnet {

Status InitCrypto() {
  if (sodium_init() < 0) {
    return Status::Error(StatusCode::kCryptoFailure, "libsodium could not be initialised");
  }
  return Status::Ok();
}

AeadKey RandomAeadKey() {
  AeadKey key;
  crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
  return key;
}

void WipeKey(AeadKey& key) { sodium_memzero(key.data(), key.size()); }

Result<Bytes> AeadSeal(const AeadKey& key, ByteView plaintext, ByteView associated_data) {
  static_assert(kAeadNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  static_assert(kAeadTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);
  static_assert(kAeadKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

  Bytes out(kAeadNonceBytes + plaintext.size + kAeadTagBytes);
  std::uint8_t* nonce = out.data();
  randombytes_buf(nonce, kAeadNonceBytes);
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_encrypt(
          out.data() + kAeadNonceBytes, &written, plaintext.data, plaintext.size,
          associated_data.data, associated_data.size, nullptr, nonce, key.data()) != 0) {
    return Status::Error(StatusCode::kCryptoFailure, "encryption failed");
  }
  return out;
}

Result<Bytes> AeadOpen(const AeadKey& key, ByteView sealed, ByteView associated_data) {
  if (sealed.size < kAeadOverhead) {
    return Status::Error(StatusCode::kCorrupt, "sealed data is truncated");
  }
  Bytes out(sealed.size - kAeadOverhead);
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          out.data(), &written, nullptr, sealed.data + kAeadNonceBytes,
          sealed.size - kAeadNonceBytes, associated_data.data, associated_data.size, sealed.data,
          key.data()) != 0) {
    sodium_memzero(out.data(), out.size());
    return Status::Error(StatusCode::kCryptoFailure,
                         "authentication failed: wrong key, or data altered or misplaced");
  }
  return out;
}

}  // namespace carnet
