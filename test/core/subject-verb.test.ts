// "Which countries did he visit that week?": "he visit" is a subject and its verb, not a pointing word and an
// occasion ("that visit" is one), so the question keeps its verb.
import { describe, expect, it } from 'vitest';
import { askInThread, country, curated, person, source, textEngine } from '../fixtures/text-base.js';

const sentences = ['Karl Weber is the Foreign Minister of Syldavia.', 'Weber visited Borduria and Ruritania this week, meeting both presidents.'];
const lands = [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), country('ru', 'Ruritania', 'Ruritanian')];
const engine = textEngine(
  [source('s', 'Weber’s week', '2024-05-10', sentences)],
  [...lands, person('weber', 'Karl Weber', 'sy', 'Weber')],
  [
    { ...curated('weber-office', 'office', ['weber', 'sy'], sentences[0]!, 's'), title: 'Karl Weber, Foreign Minister of Syldavia' },
    {
      ...curated('weber-visits', 'visit', ['weber', 'bo', 'ru'], sentences[1]!, 's'),
      title: 'Syldavian Foreign Minister Karl Weber visits Borduria and Ruritania',
    },
  ],
);

describe('a personal pronoun before an occasion word', () => {
  it('is the subject of its verb', () => {
    const [, a] = askInThread(engine, ['Who is Karl Weber?', 'which countries did he visit that week?']);
    expect(a!.text).toMatch(/Borduria and Ruritania/);
  });
});
