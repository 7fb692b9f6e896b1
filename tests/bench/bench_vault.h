#pragma once

// The encrypted vault on the large synthetic caseload: full write, unlock, one-row edits,
// queries against the same database unencrypted, passphrase change.
void BenchVault();
