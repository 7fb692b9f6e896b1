// Serves a built web app folder: node scripts/serve.mjs DIR PORT
import { startStaticServer } from "./lib/static_server.mjs";

const [dir, portText] = process.argv.slice(2);
const port = Number(portText);
try {
  const { url } = await startStaticServer(dir, port);
  console.log(`Carnet is served at ${url}  (Ctrl+C to stop)`);
} catch (error) {
  const why = error.code === "EADDRINUSE" ? `port ${port} is already in use; choose another with --port N`
                                          : error.message;
  console.error(`run: cannot serve ${dir}: ${why}`);
  process.exit(1);
}
