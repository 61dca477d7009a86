import { describe, expect, it } from 'vitest';
import { missingTopicReason } from '../../../src/answer/compose/refusal.ts';
import type { AnalysedQuestion, TopicTerm } from '../../../src/answer/question/analysed-question.ts';
import type { Hit } from '../../../src/types.ts';

const term = (surface: string, weight: number, inCorpus = true): TopicTerm => ({ term: surface.toLowerCase(), surface, weight, inCorpus, corrected: false });
const question = (topic: TopicTerm[]) => ({ topic }) as unknown as AnalysedQuestion;
const holding = (...terms: string[]) => ({ matches: terms.map((t) => ({ term: t, strength: 1, word: t })) }) as unknown as Hit;

describe('missingTopicReason', () => {
  it('names the words no report uses, in the asker\'s spelling', () => {
    const topic = [term('Vilken', 0.2), term('fotbollsklubb', 6.3, false), term('bäst', 0.4)];
    expect(missingTopicReason(question(topic), [holding('bäst')])).toBe('rapporterna nämner inte ”fotbollsklubb”');
  });
  it('names the content words missing where the topic is, not the general words beside them, in the question\'s order', () => {
    const topic = [term('extra', 0.5), term('stöd', 2.1), term('påverkat', 0.6), term('återinläggningar', 5.2), term('måste', 0.4), term('hemgång', 4.8), term('veckorna', 2.5)];
    expect(missingTopicReason(question(topic), [holding('stöd')])).toBe('rapporterna nämner inte ”återinläggningar” eller ”hemgång” i det sammanhang frågan gäller');
    // Words of equal weight are all named, up to four.
    const absent = ['vann', 'sm', 'guld', 'bandy', 'året'].map((word) => term(word, 6.3, false));
    expect(missingTopicReason(question(absent), [])).toBe('rapporterna nämner inte ”vann”, ”sm”, ”guld” eller ”bandy”');
  });
  it('says so when every word is found but no passage is about it', () => {
    expect(missingTopicReason(question([term('team', 1)]), [holding('team')])).toBe('inget avsnitt handlar om det frågan gäller, även om enstaka ord förekommer');
  });
});
