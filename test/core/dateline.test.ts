// A report's dateline ("ASTANA —") says where its lead happened when the lead names no place: "where did they
// meet?" is answered with it, marked as the dateline; a lead telling of other years, or a later sentence, is not.
import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../src/core/passages/dateline.js';
import { country, person, place, reportEngine } from '../fixtures/text-base.js';

describe('datelineOf', () => {
  it('reads the place in capitals before the dash, past a page stamp, an agency or a date', () => {
    expect(datelineOf('Ministers meet\n\nASTANA. KAZINFORM - Minister Petrov met his colleague.')?.place).toBe('ASTANA');
    expect(datelineOf(' date 2025-02-12 ASTANA — President Braun underscored ties.')?.place).toBe('ASTANA');
    expect(datelineOf('BISHKEK, Nov. 14 (Ala-Too Press) - The sides signed a protocol.')?.place).toBe('BISHKEK');
  });

  it('finds none in a report that opens with a sentence, nor after its opening paragraphs', () => {
    expect(datelineOf('The talks — held in private — lasted two hours.')).toBeUndefined();
    expect(datelineOf('One.\n\nTwo.\n\nThree.\n\nKLOW — The sides met.')).toBeUndefined();
  });
});

describe('a where question answered by the dateline', () => {
  const entities = [
    country('bo', 'Borduria'),
    country('sy', 'Syldavia'),
    place('klow', 'Klow'),
    person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
    person('braun', 'Karl Braun', 'sy', 'Braun'),
  ];
  const today = { today: '2026-01-10' };

  it('gives the dateline place for the lead, saying it is the dateline', () => {
    const engine = reportEngine(
      ['KLOW — President Karl Braun met Foreign Minister Ivan Petrov on Feb. 12.', 'Petrov thanked Braun for the invitation.'],
      entities,
      {
        published: '2025-02-12',
      },
    );
    expect(engine.ask('Where did Braun meet Petrov?', today).text).toMatch(/^Klow \(the report's dateline: “KLOW —”\)/);
  });

  it('does not give it for a lead of another year, nor for a later sentence', () => {
    const old = reportEngine(['KLOW — President Karl Braun met Foreign Minister Ivan Petrov in 1993.'], entities, { published: '2025-02-12' });
    expect(old.ask('Where did Braun meet Petrov?', today).answered).toBe(false);
    const later = reportEngine(
      ['KLOW — The two countries marked a holiday on Feb. 12.', 'On Feb. 11 President Karl Braun met Foreign Minister Ivan Petrov.'],
      entities,
      {
        published: '2025-02-12',
      },
    );
    expect(later.ask('Where did Braun meet Petrov?', today).answered).toBe(false);
  });
});
