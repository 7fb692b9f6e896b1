/* Declares the wasm build's randombytes source (randombytes_js.c), which libsodium's
 * randombytes.c takes as its default implementation in that build. */
#ifndef CARNET_SODIUM_RANDOMBYTES_JS_H
#define CARNET_SODIUM_RANDOMBYTES_JS_H

#include "sodium/randombytes.h"

extern struct randombytes_implementation carnet_randombytes_js;

#endif
