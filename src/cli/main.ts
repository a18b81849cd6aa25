// The `sitrep` command. Each subcommand lives in its own module under ./commands and registers itself.
import { Command, CommanderError } from 'commander';
import { register as registerExtract } from './commands/extract.js';
import { register as registerRun } from './commands/run.js';
import { register as registerCheck } from './commands/check.js';
import { register as registerQuery } from './commands/query.js';
import { register as registerExport } from './commands/export.js';
import { register as registerGeo } from './commands/geo.js';
import { register as registerExplain } from './commands/explain.js';
import { register as registerTrain } from './commands/train.js';
import { register as registerServe } from './commands/serve.js';
import { VERSION } from '../core/version.js';
import { EXIT, UsageError } from './errors.js';


export function buildProgram(): Command {
  const program = new Command();
  program
    .name('sitrep')
    .description('Conflict reporting in; verified, mapped ACLED-style event data out.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerRun,
    registerExtract,
    registerQuery,
    registerExport,
    registerServe,
    registerGeo,
    registerExplain,
    registerTrain,
    registerCheck,
  ]) {
    register(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`sitrep: ${err.message}\n`);
      return EXIT.usage;
    }
    // An unexpected failure still gets one clear line; the stack only with SITREP_DEBUG=1.
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`sitrep: ${msg}\n`);
    if (process.env.SITREP_DEBUG && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
    return EXIT.partial;
  }
}
