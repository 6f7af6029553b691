// Long fuzzing runs: the fuzz tests, the direct parsers' comparison with the generated ones and the template lexer's with Chevrotain's, with many more cases
// and a fresh seed (printed, to replay a failure with FUZZ_SEED=<seed> npm run fuzz).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '2000', FUZZ_SEED: process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31) };
console.log(`fuzz: ${env.FUZZ_RUNS} runs per property, seed ${env.FUZZ_SEED}`);
const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz', 'test/language/direct-parser.test.ts', 'test/language/direct-template-parser.test.ts', 'test/language/template-lexer.test.ts', '--testTimeout', '0'], { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
