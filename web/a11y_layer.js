// The accessible DOM layer. Each frame in which something changed, the wasm module sends the
// list of widgets it drew (role, name, state, rectangle); this keeps one DOM element per widget
// over the canvas, in drawing order. Screen readers read these elements, keyboard focus moves
// through them, and activating one (click, Enter, Space) acts on the same ImGui widget.
"use strict";

(function () {
  const kInteractive = new Set(["button", "checkbox"]);

  function tagFor(node) {
    if (kInteractive.has(node.role)) return "button";
    if (node.role === "heading") return "h" + Math.min(Math.max(node.level || 1, 1), 6);
    return "p";
  }

  function setAttr(el, name, value) {
    if (value === undefined || value === null) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function createA11yLayer(root, descriptions, canvas, hooks) {
    const elements = new Map(); // key -> element; key is the widget id plus its occurrence

    function describe(el, key, text) {
      const id = "a11y-desc-" + key;
      let desc = document.getElementById(id);
      if (!text) {
        if (desc) desc.remove();
        setAttr(el, "aria-describedby", null);
        return;
      }
      if (!desc) {
        desc = document.createElement("span");
        desc.id = id;
        descriptions.appendChild(desc);
      }
      if (desc.textContent !== text) desc.textContent = text;
      setAttr(el, "aria-describedby", id);
    }

    function create(node, tag) {
      const el = document.createElement(tag);
      el.dataset.tag = tag;
      if (tag === "button") {
        el.type = "button";
        el.addEventListener("click", (event) => {
          event.preventDefault();
          if (el.getAttribute("aria-disabled") === "true") return;
          hooks.activate(Number(el.dataset.widget));
        });
        el.addEventListener("focus", () => hooks.focus(Number(el.dataset.widget)));
        el.addEventListener("blur", () => hooks.focus(0));
      }
      return el;
    }

    function apply(el, node, key) {
      el.dataset.widget = String(node.id);
      if (el.textContent !== node.name) el.textContent = node.name;
      setAttr(el, "lang", node.lang);
      if (node.role === "checkbox") {
        setAttr(el, "role", "checkbox");
        setAttr(el, "aria-checked", node.checked === undefined ? null : node.checked);
      } else {
        setAttr(el, "role", null);
        setAttr(el, "aria-checked", null);
      }
      setAttr(el, "aria-pressed", node.pressed === undefined ? null : node.pressed);
      setAttr(el, "aria-disabled", node.disabled ? "true" : null);
      describe(el, key, node.description);
      const style = el.style;
      const left = node.x + "px", top = node.y + "px", width = node.w + "px", height = node.h + "px";
      if (style.left !== left) style.left = left;
      if (style.top !== top) style.top = top;
      if (style.width !== width) style.width = width;
      if (style.height !== height) style.height = height;
    }

    function update(json) {
      const data = JSON.parse(json);
      if (document.documentElement.lang !== data.lang) document.documentElement.lang = data.lang;
      const seen = new Set();
      const occurrences = new Map();
      let previous = null;
      for (const node of data.nodes) {
        const n = occurrences.get(node.id) || 0;
        occurrences.set(node.id, n + 1);
        const key = n === 0 ? String(node.id) : node.id + "-" + n;
        const tag = tagFor(node);
        let el = elements.get(key);
        if (el && el.dataset.tag !== tag) {
          el.remove();
          el = undefined;
        }
        if (!el) {
          el = create(node, tag);
          elements.set(key, el);
        }
        apply(el, node, key);
        seen.add(key);
        // Keep DOM order equal to drawing order (reading and Tab order); move only when needed
        // so that the focused element keeps its focus.
        const expected = previous ? previous.nextSibling : root.firstChild;
        if (expected !== el) root.insertBefore(el, expected);
        previous = el;
      }
      for (const [key, el] of elements) {
        if (!seen.has(key)) {
          el.remove();
          describe(el, key, null);
          elements.delete(key);
        }
      }
    }

    // The pointer over a layer element still belongs to the canvas for hovering and scrolling.
    const forward = (event) => {
      const Ctor = event.type === "wheel" ? WheelEvent : MouseEvent;
      canvas.dispatchEvent(new Ctor(event.type, event));
    };
    root.addEventListener("mousemove", forward);
    root.addEventListener("wheel", forward, { passive: true });
    root.addEventListener("mouseover", (event) => {
      canvas.dispatchEvent(new MouseEvent("mouseenter", event));
    });

    // Keys pressed on a layer element are the browser's (Tab, Enter, Space): GLFW, which
    // listens on the window, must not also hand them to ImGui. Tab anywhere moves DOM focus.
    for (const type of ["keydown", "keypress", "keyup"]) {
      window.addEventListener(type, (event) => {
        if (root.contains(event.target) || event.key === "Tab") event.stopImmediatePropagation();
      }, true);
    }

    return { update };
  }

  window.createA11yLayer = createA11yLayer;
})();
