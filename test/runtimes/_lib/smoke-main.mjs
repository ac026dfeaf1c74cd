// Runs the smoke suite in a server-side runtime (Node, Deno, Bun) and prints its results as JSON,
// with the CommonJS build's answer beside it (require('promkit'), as Node, Deno and Bun allow).
import { createRequire } from 'node:module';
import { smoke } from './smoke.mjs';

const require = createRequire(import.meta.url);
const cjs = require('promkit');
const { phq9 } = require('promkit/instruments');
const result = smoke();
result.commonjs = cjs.score(phq9, [1, 2, 1, 2, 1, 1, 2, 1, 0]).scores.total.value;
console.log(JSON.stringify(result));
