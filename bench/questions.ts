// The questions the bench asks: a fixed, varied list of its own, plus the shared dev questions when they are there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Answerable, list, timeline, date, typo, decline, Slack-markup and help questions about the real base. */
export const BENCH_QUESTIONS: readonly string[] = [
  'When did Tajikistan and Kyrgyzstan establish diplomatic relations?',
  'Kazakhstan Tajikistan diplomatic relations date',
  'How long is the Tajik-Kyrgyz border?',
  'How much of the Kyrgyz-Tajik border is undefined?',
  'Who is Sirojiddin Muhriddin?',
  'When was Ruslan Kazakbayev appointed foreign minister?',
  'When was Ruslan Kazakbayev born?',
  'Which organisations do Tajikistan and Kazakhstan both belong to?',
  'Do Kazakhstan and Tajikistan cooperate in the CSTO?',
  'What happened on 12 July 1996?',
  'What happened in 2007?',
  'What happened in September 2022?',
  'Timeline of Tajikistan and Kazakhstan relations',
  'History of Kyrgyz-Tajik relations',
  'What did Muhriddin say about Kazakhstan?',
  'What does Tajikistan export to Kazakhstan?',
  'Which agreements did Tajikistan and Kazakhstan sign?',
  'How many people died in the Kyrgyz-Tajik clashes of September 2022?',
  'Where is the Kyrgyz embassy in Tajikistan?',
  'What did Erdogan plan to do in Tajikistan?',
  'Turkish drones for Kyrgyzstan',
  'Who is the president of Tajikistan?',
  'wen did tajikstan and kirgizstan estabish relations',
  'When did Kazakhstan and Tajikistan sign the treaty on the fundamentals of relations, apart from 1993?',
  'What is the Kazakh-Tajik Direct Investments Fund for?',
  '<@U0123ABC> when did Hakan Fidan visit Tajikistan?',
  'When did Germany and France sign the Elysee Treaty?',
  'What is the population of Kyrgyzstan?',
  'Who won the 2018 World Cup?',
  'help',
  '',
];

/** The shared dev questions (`../shared/eval/dev-questions.jsonl` beside the project), or none when absent. */
export function devQuestions(projectRoot: string): string[] {
  const file = join(projectRoot, '..', 'shared', 'eval', 'dev-questions.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => String((JSON.parse(line) as { q: unknown }).q));
}
