// `node scripts/pnpm.mjs <args>`: pnpm for the package.json scripts, so `npm run build` works on a
// machine with nothing but Node (the pinned pnpm through npx when no global one fits).
import { pnpmCommand, run } from './lib/run.mjs';

const [pnpm, ...pnpmArgs] = pnpmCommand();
process.exit(await run(pnpm, [...pnpmArgs, ...process.argv.slice(2)], { cwd: process.cwd() }));
