/**
 * Prints how the pipeline's speaker decisions compare with the hand-made gold
 * standard in test/gold/, with and without seeds/corrections.yaml.
 * `npm run accuracy [-- --verbose] [-- --data DIR]`
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadInput } from '../src/lib/corpus/load.ts';
import { runPipeline } from '../src/lib/corpus/pipeline.ts';
import { loadGold, speakerAgreement } from '../test/support/gold.ts';

const { values } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, data: { type: 'string', default: 'data' } },
});
const verbose = values.verbose;
const gold = loadGold();
for (const corrections of [false, true]) {
  const input = await loadInput({ seeds: resolve('seeds'), data: resolve(values.data) }, { corrections });
  const { corpus } = runPipeline(input);
  const agreement = speakerAgreement(corpus, gold);
  const percent = ((100 * agreement.agreed) / agreement.conversation).toFixed(2);
  console.log(
    `${corrections ? 'with corrections   ' : 'rules alone (--no-corrections)'}: ${agreement.agreed}/${agreement.conversation} conversation paragraphs right (${percent}%)`,
  );
  if (verbose || !corrections) {
    for (const miss of agreement.mismatches)
      console.log(`  ${miss.file}:${miss.line} gold ${miss.gold}, got ${miss.got}`);
  }
}
