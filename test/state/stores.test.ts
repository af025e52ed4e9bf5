// Every store on both databases: subscriptions kept per workspace, the claim steps of a day's post, event
// ids and conversation context that expire, feedback, installations.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StateDatabase } from '../../src/state/database.js';
import { SqlSubscriptionStore } from '../../src/state/sql/subscriptions.js';
import { SqlSeenEvents } from '../../src/state/sql/seen-events.js';
import { SqlConversationStore } from '../../src/state/sql/conversations.js';
import { SqlFeedbackStore } from '../../src/state/sql/feedback.js';
import { SqlInstallations } from '../../src/state/sql/installations.js';
import type { Feedback } from '../../src/state/feedback.js';
import { BACKENDS, titleOf, type Place } from './support/backends.js';

const A = { teamId: 'T1', channelId: 'C1' };
const NINE = { time: '09:00', timeZone: 'Asia/Dushanbe' };
const at = (iso: string) => new Date(iso);

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip)(titleOf(backend), () => {
    let place: Place;
    let database: StateDatabase;
    beforeEach(async () => {
      place = await backend.place();
      database = place.open();
    });
    afterEach(async () => {
      await database.close();
      await place.done();
    });

    it('keeps subscriptions per workspace: the same channel id in two teams is two subscriptions', async () => {
      const store = new SqlSubscriptionStore(database);
      await store.put(A, NINE, 'U1', '2026-01-01T00:00:00.000Z');
      await store.put({ teamId: 'T2', channelId: 'C1' }, { time: '18:30', timeZone: 'Europe/Berlin' }, 'U9', '2026-01-02T00:00:00.000Z');
      expect(await store.inTeam('T1')).toEqual([
        { teamId: 'T1', channelId: 'C1', time: '09:00', timeZone: 'Asia/Dushanbe', createdBy: 'U1', createdAt: '2026-01-01T00:00:00.000Z' },
      ]);
      expect((await store.inTeam('T2')).map((s) => s.time)).toEqual(['18:30']);
      // Subscribing again changes the schedule, keeps who and when, and resumes.
      await store.pause(A, 'the channel is archived', '2026-01-03T00:00:00.000Z');
      expect((await store.get(A))?.paused).toEqual({ reason: 'the channel is archived', at: '2026-01-03T00:00:00.000Z' });
      await store.put(A, { time: '07:00', timeZone: 'UTC' }, 'U2', '2026-01-04T00:00:00.000Z');
      expect(await store.get(A)).toEqual({
        teamId: 'T1',
        channelId: 'C1',
        time: '07:00',
        timeZone: 'UTC',
        createdBy: 'U1',
        createdAt: '2026-01-01T00:00:00.000Z',
      });
      expect(await store.remove(A)).toBe(true);
      expect(await store.remove(A)).toBe(false);
      expect((await store.list()).map((s) => `${s.teamId}/${s.channelId}`)).toEqual(['T2/C1']);
    });

    it('gives a day to one claimer; a holder that gave up or went quiet is taken over, unconfirmed', async () => {
      const store = new SqlSubscriptionStore(database);
      await store.put(A, NINE, 'U1', '2026-01-01T00:00:00.000Z');
      const first = await store.claim(A, '2026-01-10', at('2026-01-10T04:00:00.000Z'), 60_000);
      expect(first).toMatchObject({ unconfirmed: false, since: '2026-01-10T04:00:00.000Z' });
      expect(await store.claim(A, '2026-01-10', at('2026-01-10T04:00:30.000Z'), 60_000)).toBeUndefined();
      expect((await store.get(A))?.lastPost).toEqual({ date: '2026-01-10', at: '2026-01-10T04:00:00.000Z', pending: true });
      // A minute without news: the next claimer takes it, and must look in the channel from the first claim on.
      const second = await store.claim(A, '2026-01-10', at('2026-01-10T04:01:01.000Z'), 60_000);
      expect(second).toMatchObject({ unconfirmed: true, since: '2026-01-10T04:00:00.000Z' });
      // The first holder has lost it: it can neither renew nor confirm.
      expect(await store.renew(A, '2026-01-10', first!, at('2026-01-10T04:01:02.000Z'))).toBe(false);
      expect(await store.confirm(A, '2026-01-10', first!, '1.1', [], at('2026-01-10T04:01:02.000Z'))).toBe(false);
      // Given up (a 5xx): taken over at once.
      await store.abandon(A, '2026-01-10', second!);
      const third = await store.claim(A, '2026-01-10', at('2026-01-10T04:01:03.000Z'), 60_000);
      expect(third).toMatchObject({ unconfirmed: true });
      expect(await store.confirm(A, '2026-01-10', third!, '1700000000.000100', ['f1'], at('2026-01-10T04:01:04.000Z'))).toBe(true);
      expect((await store.get(A))?.lastPost).toEqual({ date: '2026-01-10', at: '2026-01-10T04:01:04.000Z', ts: '1700000000.000100', factIds: ['f1'] });
      // Posted: nobody gets it again, however long after.
      expect(await store.claim(A, '2026-01-10', at('2026-01-11T03:00:00.000Z'), 60_000)).toBeUndefined();
    });

    it('unclaims a day nothing was posted for, and claims nothing for a paused or unknown channel', async () => {
      const store = new SqlSubscriptionStore(database);
      await store.put(A, NINE, 'U1', '2026-01-01T00:00:00.000Z');
      const claim = await store.claim(A, '2026-01-10', at('2026-01-10T04:00:00.000Z'), 60_000);
      await store.release(A, '2026-01-10', claim!);
      expect((await store.get(A))?.lastPost).toBeUndefined();
      await store.pause(A, 'archived', '2026-01-10T04:00:01.000Z');
      expect(await store.claim(A, '2026-01-10', at('2026-01-10T04:00:02.000Z'), 60_000)).toBeUndefined();
      expect(await store.claim({ teamId: 'T1', channelId: 'CNONE' }, '2026-01-10', at('2026-01-10T04:00:02.000Z'), 60_000)).toBeUndefined();
    });

    it('shows the latest day of each channel, and forgets old days', async () => {
      const store = new SqlSubscriptionStore(database);
      await store.put(A, NINE, 'U1', '2026-01-01T00:00:00.000Z');
      for (const day of ['2026-01-08', '2026-01-09']) {
        const claim = await store.claim(A, day, at(`${day}T04:00:00.000Z`), 60_000);
        await store.confirm(A, day, claim!, `ts-${day}`, [], at(`${day}T04:00:01.000Z`));
      }
      expect((await store.get(A))?.lastPost?.ts).toBe('ts-2026-01-09');
      await store.forgetBefore('2026-01-09');
      expect((await store.get(A))?.lastPost?.ts).toBe('ts-2026-01-09');
      await store.forgetBefore('2026-01-10');
      expect((await store.get(A))?.lastPost).toBeUndefined();
    });

    it('knows an event id on any replica until it expires', async () => {
      let now = 1_000;
      const replicaA = new SqlSeenEvents(database, () => now, 500);
      const replicaB = new SqlSeenEvents(database, () => now, 500);
      expect(await replicaA.seen('Ev1')).toBe(false);
      expect(await replicaB.seen('Ev1')).toBe(true);
      now = 1_499;
      expect(await replicaB.seen('Ev1')).toBe(true);
      now = 1_500;
      expect(await replicaB.seen('Ev1')).toBe(false);
      expect(await replicaA.seen('Ev1')).toBe(true);
      // Many at once: one of them is first.
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? replicaA : replicaB).seen('Ev2')));
      expect(answers.filter((seen) => !seen)).toHaveLength(1);
    });

    it('keeps conversation context as JSON until it expires', async () => {
      let now = 0;
      const store = new SqlConversationStore(database, 1_000, () => now);
      await store.save('T1/C1/1700000000.000100', { entities: ['tajikistan'], turn: 2 });
      expect(await store.load('T1/C1/1700000000.000100')).toEqual({ entities: ['tajikistan'], turn: 2 });
      expect(await store.load('T1/C1/other')).toBeUndefined();
      await store.save('T1/C1/1700000000.000100', { turn: 3 });
      now = 999;
      expect(await store.load('T1/C1/1700000000.000100')).toEqual({ turn: 3 });
      now = 1_000;
      expect(await store.load('T1/C1/1700000000.000100')).toBeUndefined();
    });

    it("keeps each reader's latest verdict, lists the wrong ones newest first, and counts declined questions", async () => {
      const store = new SqlFeedbackStore(database);
      const f = (over: Partial<Feedback>): Feedback => ({
        teamId: 'T1',
        channelId: 'C1',
        messageTs: '1.1',
        userId: 'U1',
        question: 'q',
        answerText: 'a',
        answered: true,
        verdict: 'down',
        at: '2026-01-10T00:00:00Z',
        ...over,
      });
      await store.recordFeedback(f({ verdict: 'up' }));
      await store.recordFeedback(f({ verdict: 'down', comment: 'wrong year', at: '2026-01-10T00:01:00Z' }));
      await store.recordFeedback(f({ userId: 'U2', at: '2026-01-10T00:02:00Z', answered: false }));
      await store.recordFeedback(f({ messageTs: '2.2', verdict: 'up' }));
      expect(await store.markedWrong(10)).toEqual([
        f({ userId: 'U2', at: '2026-01-10T00:02:00Z', answered: false }),
        f({ comment: 'wrong year', at: '2026-01-10T00:01:00Z' }),
      ]);
      expect(await store.markedWrong(1)).toHaveLength(1);
      for (const [question, answered] of [
        ['Who  is X?', false],
        ['who is x?', false],
        ['When?', false],
        ['Fine', true],
      ] as const) {
        await store.recordAsked({ teamId: 'T1', question, answered, at: '2026-01-10T00:00:00Z' });
      }
      expect(await store.mostDeclined(5)).toEqual([
        { question: 'who is x?', count: 2 },
        { question: 'when?', count: 1 },
      ]);
      // Asked at once (written in one insert), and asked again after: every one is counted.
      await Promise.all(
        ['When?', 'Where?', 'when?'].map((question) => store.recordAsked({ teamId: 'T2', question, answered: false, at: '2026-01-11T00:00:00Z' })),
      );
      await store.recordAsked({ teamId: 'T2', question: 'Where?', answered: false, at: '2026-01-11T00:00:01Z' });
      expect(await store.mostDeclined(5)).toEqual([
        { question: 'when?', count: 3 },
        { question: 'where?', count: 2 },
        { question: 'who is x?', count: 2 },
      ]);
    });

    it('keeps an installation per workspace, replaced on reinstall', async () => {
      const store = new SqlInstallations(database);
      await store.save('T:T1', { teamId: 'T1' }, { bot: { token: 'xoxb-1' } });
      await store.save('T:T2', { teamId: 'T2' }, { bot: { token: 'xoxb-2' } });
      await store.save('T:T1', { teamId: 'T1' }, { bot: { token: 'xoxb-1b' } });
      expect(await store.fetch('T:T1')).toEqual({ bot: { token: 'xoxb-1b' } });
      expect(await store.fetch('T:T2')).toEqual({ bot: { token: 'xoxb-2' } });
      await store.delete('T:T2');
      expect(await store.fetch('T:T2')).toBeUndefined();
    });
  });
}
