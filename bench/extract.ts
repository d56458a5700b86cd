// `npm run bench:extract [-- --quick]`: Gleaner's extractor vs the naive pipeline (see extraction-bench.ts).
import os from 'node:os';
import { parseArgs } from 'node:util';
import { formatExtractionBench, runExtractionBench } from './extraction-bench.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean' } } });
const started = Date.now();
const result = runExtractionBench({ quick: values.quick });
console.log(formatExtractionBench(result));
console.log(`\n(${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}, node ${process.version}; ${((Date.now() - started) / 1000).toFixed(0)} s)`);
