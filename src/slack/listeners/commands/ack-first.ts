// A slash command's 200 must reach Slack before the answer is worked out: Bolt's ack() only queues the response
// (Node writes it once the current turn of the event loop ends), so an answer computed right after it would hold
// the ack back, and every ack queued behind it.
/** Acknowledges, then yields one turn of the event loop so the ack is on the wire before any work that follows. */
export async function ackFirst(ack: () => Promise<void>): Promise<void> {
  await ack();
  await new Promise<void>((resolve) => setImmediate(resolve));
}
