/*
 * A small local Swedish normaliser for sentence scoring. It is deliberately light (lower-case, stop
 * words, a suffix stripper) and sits behind `analyzeTerms` alone so that src/text's analyser can
 * replace it later without touching the scoring code.
 */

const stopWords = new Set(
  `och i på att det som en ett av för med till den de är om har hade inte var vad vilka vilken vilket hur
  när där vem kan kunde ska skall skulle finns fanns gör göra gjort görs gjorde sig sin sina sitt man vi ni
  dem deras dess eller men så också även under efter mellan från inom genom vid mot samt utan då nu här
  alla allt andra annat annan olika mer mest många någon något några bli blev blivit blir vara varit denna
  detta dessa sådan sådana ut upp in över år året åren respektive jag du han hon oss er ju väl bara
  beskriv berätta jämför jämföra översikt sammanfatta sammanfattning ge gav ger vill finnas hos ha
  region regioner regionen regionerna regionens län länet länen länets landsting kring
  arbetar arbeta arbetat arbetet jobbar jobba jobbat ser se sett såg hanterar hantera`
    .split(/\s+/)
    .filter(Boolean),
);

/** Longest first; stripping stops short of a 3-letter stem so that short words stay distinct. */
const suffixes = [
  'arnas', 'ernas', 'ornas', 'heternas', 'heterna', 'heten', 'heter', 'andet', 'andes', 'ingen', 'ingar',
  'arna', 'erna', 'orna', 'ande', 'ende', 'aste', 'ning', 'het', 'are', 'ast', 'ade', 'na', 'en', 'er',
  'ar', 'or', 'et', 'as', 'es', 'at', 'ad', 'a', 'e', 's',
];

/** Light Swedish stemmer: removes one inflectional suffix, keeping at least three letters. */
export function stemSwedish(word: string): string {
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Lower-case word tokens (letters and digits, Swedish letters kept), hyphenated parts split. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function isStopWord(token: string): boolean {
  return stopWords.has(token);
}

/** Query and sentence terms: tokens without stop words, stemmed; numbers kept as they are. */
export function analyzeTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    if (stopWords.has(token)) continue;
    if (/^\p{N}+$/u.test(token)) {
      terms.push(token);
      continue;
    }
    if (token.length < 2) continue;
    terms.push(stemSwedish(token));
  }
  return terms;
}
