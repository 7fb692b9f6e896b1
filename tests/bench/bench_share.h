// Building a share package for a large dossier (bench_share.cpp).
#pragma once

namespace bench {

// Collects every part of a 500-event dossier out of the case file and seals it to a recipient.
// Target: at most 50 ms in wasm.
void BenchShare();

}  // namespace bench
