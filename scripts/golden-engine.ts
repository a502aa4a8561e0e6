// Regenerates src/engine/testing/golden.json, the engine's clinical outputs for every case and every
// interview state (see src/engine/testing/golden-record.ts). Legitimate only when a knowledge-base or
// interview-policy change is meant to change outputs; review the diff with that change. Never to make
// a speed-up or refactor pass the golden test.

import { readCaseFiles, writeGolden } from '../src/engine/testing/golden-files.ts';
import { recordAll } from '../src/engine/testing/golden-record.ts';
import { getKnowledge } from '../src/knowledge/index.ts';

const golden = recordAll(getKnowledge(), readCaseFiles());
writeGolden(golden);
const steps = golden.cases.reduce((n, c) => n + c.steps.length, 0);
console.log(
  `golden.json: ${golden.cases.length} cases, ${golden.cases.length} one-shot assessments, ${steps} interview states`,
);
