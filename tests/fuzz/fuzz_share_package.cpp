// libFuzzer target: OpenSharePackage for a fixed recipient. Random bytes stop at the AEAD, so the
// first input byte (fuzz_share.h) also lets the fuzzer write the inner bytes, or the payload
// alone, which the target seals (and signs) before opening them. A package that opens must be
// addressed to the recipient, and its payload must encode back to exactly the bytes it carried.
#include <cstddef>
#include <cstdint>

#include "core/sharing/share_package.h"
#include "core/sharing/share_package_internal.h"
#include "core/sharing/share_payload_codec.h"
#include "fuzz/fuzz_common.h"
#include "fuzz/fuzz_share.h"

using namespace carnet;
namespace internal = carnet::share_package_internal;

namespace {

const IdentityKeys& Recipient() {
  static const IdentityKeys keys = fuzz::FuzzRecipient();
  return keys;
}

const IdentityKeys& Sender() {
  static const IdentityKeys keys = fuzz::FuzzSender();
  return keys;
}

Result<Bytes> Sealed(ByteView inner) {
  return internal::SealEnvelope(inner, Recipient().box_public, fuzz::FuzzEphemeralSeed(),
                                fuzz::FuzzNonce());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const ByteView rest(data + 1, size - 1);
  Bytes file;
  switch (static_cast<fuzz::ShareInput>(data[0] % fuzz::kShareInputKinds)) {
    case fuzz::ShareInput::kFile: file.assign(rest.data, rest.data + rest.size); break;
    case fuzz::ShareInput::kInner: {
      Result<Bytes> sealed = Sealed(rest);
      if (!sealed.ok()) fuzz::Broken("sealing to the fuzz recipient failed");
      file = std::move(sealed).value();
      break;
    }
    case fuzz::ShareInput::kPayload: {
      const PublicIdentity sender = PublicPart(Sender(), fuzz::FuzzSenderName());
      Result<Bytes> sealed =
          Sealed(internal::SignedInner(rest, sender, Recipient().box_public, Sender()));
      if (!sealed.ok()) fuzz::Broken("sealing to the fuzz recipient failed");
      file = std::move(sealed).value();
      break;
    }
  }

  Result<OpenedPackage> opened = OpenSharePackage(file, Recipient());
  if (!opened.ok()) {
    const Problem problem = opened.status().problem();
    if (problem != Problem::kPackageCorrupt && problem != Problem::kPackageOtherRecipient) {
      fuzz::Broken("a package was refused without saying why");
    }
    return 0;
  }
  Result<BoxPublicKey> recipient = PackageRecipient(file);
  if (!recipient.ok() || recipient.value() != Recipient().box_public) {
    fuzz::Broken("a package opened that names another recipient");
  }
  if (EncodeSharePayload(opened.value().payload) != opened.value().payload_bytes) {
    fuzz::Broken("an opened payload encodes to other bytes");
  }
  if (!CheckSharePayload(opened.value().payload).ok()) {
    fuzz::Broken("an opened payload breaks the rules a sender must keep");
  }
  return 0;
}
