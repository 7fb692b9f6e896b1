// The HTTP headers the web app is served with, by scripts/run, the end-to-end tests and the
// benchmarks alike; a real deployment must send the same (README, "Deploying"). The page's own
// <meta> policy (web/index.html) is the same policy minus what only a header can say
// (frame-ancestors); tests/scripts/headers.test.mjs checks that the two agree.
export const kContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const kSecurityHeaders = {
  "Content-Security-Policy": kContentSecurityPolicy,
  // No page of Carnet is ever framed, and no address leaves with a link followed.
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  // Only the clipboard is used ("Copier les coordonnées", and reading it back to clear it only
  // if it still holds what Carnet put there); every other feature is off.
  "Permissions-Policy": [
    "accelerometer=()", "autoplay=()", "camera=()", "display-capture=()", "geolocation=()",
    "gyroscope=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()", "usb=()",
    "serial=()", "hid=()", "bluetooth=()", "browsing-topics=()",
    "clipboard-read=(self)", "clipboard-write=(self)", "fullscreen=(self)",
  ].join(", "),
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
};
