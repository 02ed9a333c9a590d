#!/usr/bin/env node
// Tiny launcher: check the Node version, then run the bundled CLI.
const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  process.stderr.write(`clf-trainer needs Node.js 20 or newer (this is ${process.versions.node}).\n`);
  process.exit(1);
}
let launcher;
try {
  launcher = await import('../dist/launch.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/launch.js')) {
    process.stderr.write("clf-trainer is not built yet: run 'npm install' (or 'npm run build') in its folder.\n");
    process.exit(1);
  }
  throw error;
}
process.exitCode = await launcher.launch(process.argv.slice(2));
