// Configures the Emscripten module before carnet.js loads it.
"use strict";
/* exported Module */

var Module = (function () {
  const canvas = document.getElementById("canvas");
  const module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    onFirstFrame() {
      window.carnetFirstFrameMs = performance.now();
      document.body.dataset.ready = "1";
    },
  };
  // Activity keeps an unlocked vault open; leaving the page saves what is pending.
  // Any of these also has the next frames drawn (src/platform/web/frame_pacing.h). Registered
  // before the accessible layer's key listener, which stops the keys pressed on its elements.
  for (const type of ["keydown", "pointerdown", "pointermove", "wheel", "input"]) {
    window.addEventListener(type, () => module._carnet_note_activity && module._carnet_note_activity(),
                            { capture: true, passive: true });
  }
  module.carnetShortcutsSeen = 0;  // shortcuts handed to the module; read by end-to-end tests
  module.carnetA11y = window.createA11yLayer(
    document.getElementById("a11y-layer"),
    document.getElementById("a11y-descriptions"),
    canvas,
    {
      activate: (id) => module._carnet_a11y_activate(id),
      focus: (id) => module._carnet_a11y_focus(id),
      setValue: (id, value) => module._carnet_a11y_set_value(id, value),
      shortcut: (code) => {
        if (!module._carnet_a11y_shortcut) return;  // pressed before the module runs
        module._carnet_a11y_shortcut(code);
        module.carnetShortcutsSeen += 1;
      },
      setText: (id, text) => {
        // UTF-8 in the module's memory for the call, then zeroed: it may be a password.
        const size = module.lengthBytesUTF8(text) + 1;
        const ptr = module._malloc(size);
        if (!ptr) return;
        try {
          module.stringToUTF8(text, ptr, size);
          module._carnet_a11y_set_text(id, ptr);
        } finally {
          module.HEAPU8.fill(0, ptr, ptr + size);  // read after the call: memory may have grown
          module._free(ptr);
        }
      },
    });
  module.carnetVault = window.createVaultBridge(module);
  module.carnetKdf = window.createKdfClient(module);  // key derivation in a Web Worker
  module.carnetClipboard = window.createClipboardGuard();  // coordinates cleared after 60 s
  const flush = () => module._carnet_flush && module._carnet_flush();
  // Auto-lock: frames stop in a hidden tab, so idleness is also checked from a timer (which
  // browsers slow down in the background, to once a minute at worst) and when the page is
  // shown again, before its next frame is drawn.
  const checkIdle = () => module._carnet_check_idle && module._carnet_check_idle();
  setInterval(checkIdle, 10000);
  document.addEventListener("visibilitychange", () => {
    if (document.hidden) flush();
    else checkIdle();
  });
  window.addEventListener("pagehide", flush);
  // Closing or reloading the page with changes not yet stored: saved now, and the browser warns.
  window.addEventListener("beforeunload", (event) => {
    flush();
    if (module._carnet_has_unsaved && module._carnet_has_unsaved()) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
  // Printing the page puts the dossier on screen on paper: the register records it.
  window.addEventListener("beforeprint", () => module._carnet_before_print && module._carnet_before_print());
  registerServiceWorker();
  return module;
})();

// The service worker (service_worker.js) keeps the app usable offline. It needs a secure
// context: https, or http on this computer. A new version installs and then waits, never taking
// over an open page: it applies on the next load once every tab of the app is closed. Meanwhile
// the page says an update is ready (document.body.dataset.updateReady), for the interface to offer.
function registerServiceWorker() {
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(location.hostname);
  if (!("serviceWorker" in navigator)) return;
  if (!(location.protocol === "https:" || (location.protocol === "http:" && local))) return;
  const noteWaiting = (registration) => {
    if (registration.waiting && registration.active) document.body.dataset.updateReady = "1";
  };
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("service_worker.js").then((registration) => {
      noteWaiting(registration);
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener("statechange", () => {
          if (worker.state === "installed") noteWaiting(registration);
        });
      });
    }, (error) => console.warn("Carnet: no offline use:", error));
  });
}
