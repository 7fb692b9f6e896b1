// Configures the Emscripten module before carnet.js loads it.
"use strict";

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
  module.carnetA11y = window.createA11yLayer(
    document.getElementById("a11y-layer"),
    document.getElementById("a11y-descriptions"),
    canvas,
    {
      activate: (id) => module._carnet_a11y_activate(id),
      focus: (id) => module._carnet_a11y_focus(id),
      setValue: (id, value) => module._carnet_a11y_set_value(id, value),
    });
  return module;
})();
