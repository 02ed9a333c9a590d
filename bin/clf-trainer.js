#!/usr/bin/env node
// Tiny launcher: check the Node version, then run the bundled CLI.
// CommonJS (bin/package.json): `solve` then starts without Node's ES module loader.
const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  process.stderr.write(`clf-trainer needs Node.js 20 or newer (this is ${process.versions.node}).\n`);
  process.exit(1);
}
const argv = process.argv.slice(2);
const started = argv[0] === 'solve' ? load('../dist/chunks/solve.cjs', () => solveEntry(require('../dist/chunks/solve.cjs'))) : load('../dist/launch.js', () => import('../dist/launch.js').then((launcher) => launcher.launch));
started.then((run) => run(argv)).then((code) => {
  process.exitCode = code;
});

/** `solve`'s entry: it ends the process as soon as the answer is written (`finish` in src/cli.ts). */
function solveEntry(cli) {
  return (args) => cli.main(args).then((code) => (cli.finish(code), code));
}

/** The bundle's entry, or a message when it is not built yet. */
async function load(file, entry) {
  try {
    return await entry();
  } catch (error) {
    if (error && (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND') && String(error.message).includes(file.slice(3))) {
      process.stderr.write("clf-trainer is not built yet: run 'npm install' (or 'npm run build') in its folder.\n");
      process.exit(1);
    }
    throw error;
  }
}
