import { loadConfig } from '../src/config.ts';
import { ingestCorpus } from '../src/ingest/ingest-corpus.ts';

/** npm run passages -- --report 000 [--theme kontinuitet]: prints passages for inspection. */
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const reportFilter = argument('report');
const themeFilter = argument('theme');
if (!reportFilter && !themeFilter) {
  console.error('Användning: npm run passages -- --report <id eller prefix> [--theme <tema-id>]');
  process.exit(2);
}
const config = loadConfig();
const result = await ingestCorpus(config.corpusDir);
const passages = result.passages.filter(
  (passage) => (!reportFilter || passage.reportId.startsWith(reportFilter)) && (!themeFilter || passage.themeId === themeFilter),
);
for (const passage of passages) {
  const question = passage.question ? `${passage.question.form} ${passage.question.number}` : '–';
  const flags = [passage.isAgreementText ? 'överenskommelsen' : '', passage.page ? `s. ${passage.page}` : ''].filter(Boolean);
  const links = passage.linkedItems?.map((link) => `${link.item}→${link.passageId.slice(-6)}`).join(' ') ?? '';
  console.log(`#${passage.ordinal} ${passage.id} [${passage.themeId}] fråga ${question} ${flags.join(' ')} ${links}`);
  console.log(`  rubriker: ${passage.headingPath.join(' > ') || '–'}  (${passage.start}–${passage.end})`);
  console.log(passage.text.split('\n').map((line) => `  | ${line}`).join('\n'));
  console.log('');
}
console.log(`${passages.length} passager.`);
for (const failure of result.failures) console.log(`Misslyckades: ${failure.file}: ${failure.reason}`);
