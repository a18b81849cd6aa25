// Development entry: runs the CLI from the TypeScript sources (`node --import tsx src/cli/dev.ts ...`),
// so tests and local runs never depend on a stale build in dist/.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
