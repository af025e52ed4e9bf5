// A yes/no question is answered with a verdict or declined: never with whatever fact a plain look-up finds.
import { describe, expect, it } from 'vitest';
import { engine, TODAY } from '../helpers.js';

describe('yes/no questions', () => {
  it.each(['were the SCO and CSTO mentioned at the talks in Astana in February 2025?', 'упоминались ли ШОС и ОДКБ на переговорах в Бишкеке в 2020 году?'])(
    'answers "%s" with yes or no, or declines',
    (q) => {
      const a = engine().ask(q, { today: TODAY });
      if (a.answered) expect(a.lead).toMatch(/^(Yes|No|Not according|Да|Нет|По моим источникам)/);
      else expect(a.text).toMatch(/^(I don't know|Я этого не знаю)/);
    },
  );
});
