// `sitrep train`: trains the sub-event model from the project's own training sentences
// (data/training/) plus a team's own coded sentences, and writes a small JSON model file.
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { loadPath, trainBagged, type LabelledSentence } from '../../extract/classify/train.js';
import { DEFAULT_MODEL_PATH, NONE } from '../../extract/classify/model.js';

const BUILTIN_DATA = fileURLToPath(new URL('../../../data/training', import.meta.url)).replace(/[\\/]dist[\\/]data[\\/]/, '/data/');

interface TrainCliOptions {
  data: string[];
  builtin: boolean;
  out: string;
  epochs: string;
}

export function register(program: Command): void {
  program
    .command('train')
    .description('Train the sub-event classifier on our training sentences plus your own coded ones (JSONL {"text","sub_event_type"} or ACLED CSV with notes + sub_event_type).')
    .option('--data <path...>', 'extra training files or directories (.jsonl, .csv)', [])
    .option('--no-builtin', "leave out the project's own sentences in data/training/")
    .option('--out <file>', 'where to write the model', DEFAULT_MODEL_PATH.replace(/[\\/]dist[\\/]data[\\/]/, '/data/'))
    .option('--epochs <n>', 'passes over the data', '12')
    .action((opts: TrainCliOptions) => {
      const sources = [...(opts.builtin ? [BUILTIN_DATA] : []), ...opts.data];
      if (sources.length === 0) throw new UsageError('no training data: give --data or keep the built-in sentences');
      const rows: LabelledSentence[] = [];
      for (const src of sources) {
        if (!existsSync(src)) throw new UsageError(`training data not found: ${src}`);
        const r = loadPath(src);
        for (const p of r.problems.slice(0, 10)) process.stderr.write(`sitrep train: ${p.source}:${p.line}: ${p.reason} (skipped)\n`);
        if (r.problems.length > 10) process.stderr.write(`sitrep train: ... ${r.problems.length - 10} more lines skipped\n`);
        rows.push(...r.rows.map((x) => ({ ...x, source: basename(x.source) })));
      }
      if (rows.length < 50) throw new UsageError(`only ${rows.length} usable labelled sentences: too few to train on`);
      const epochs = Number(opts.epochs);
      if (!Number.isInteger(epochs) || epochs < 1 || epochs > 100) throw new UsageError('--epochs must be a whole number from 1 to 100');
      const t0 = Date.now();
      const model = trainBagged(rows, { epochs });
      const out = resolve(opts.out);
      mkdirSync(dirname(out), { recursive: true });
      const json = JSON.stringify(model);
      writeFileSync(out, json + '\n');
      const perClass = new Map<string, number>();
      for (const r of rows) perClass.set(r.label ?? NONE, (perClass.get(r.label ?? NONE) ?? 0) + 1);
      process.stderr.write(
        `sitrep train: ${rows.length} sentences, ${perClass.size} labels, ${Object.keys(model.weights).length} features, ` +
          `${(json.length / 1024).toFixed(0)} KB, ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${out}\n`,
      );
    });
}
