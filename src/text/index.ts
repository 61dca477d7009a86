/** Swedish text analysis: one entry point for indexing, querying and features. */
export { normaliseText, foldDiacritics } from './normalise.ts';
export { tokenize, tokenizeWithOffsets, type TokenSpan } from './tokenize.ts';
export { stemSwedish, searchTerm } from './stem.ts';
export { isStopWord } from './stopwords.ts';
export { createCompoundSplitter, noCompoundSplitting, type CompoundSplitter } from './compounds.ts';
export { swedishHealthcareGlossary, buildGlossary, phraseTerms, type Glossary, type GlossaryEntry } from './abbreviations.ts';
export { isQuestionWord } from './question-words.ts';
export { analyze, analyzeTopic, analyzeQuery, analyzeWithExpansions, analyzeWords, type ExpandedAnalysis, expansionWeights, type WeightedTerm, type QueryAnalysisOptions } from './analyze.ts';
export { isEnglishText } from './english-language.ts';
