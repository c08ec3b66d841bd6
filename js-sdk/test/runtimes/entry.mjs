// The scenario as a script, for runtimes with a command line (Node, Deno, Bun):
// `<runtime> entry.mjs '<env as JSON>'` prints the report as one JSON line.
import * as sdk from '../../dist/esm/index.js';
import { scenario } from './scenario.mjs';

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
console.log(JSON.stringify(await scenario(sdk, JSON.parse(args[0]))));
