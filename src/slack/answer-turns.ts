// Answers take turns with the acks. Node runs every callback queued with setImmediate in one go, so ten answers
// queued behind ten acks would each hold back whatever requests arrive meanwhile, and their acks with them.
// Here one answer starts per turn of the event loop: between two answers, Node reads the sockets that are ready
// and acknowledges what came in. The answers still all run, in the order they were asked.

const waiting: (() => void)[] = [];
let draining = false;

function startNext(): void {
  const start = waiting.shift();
  if (!start) {
    draining = false;
    return;
  }
  // The answer's own work runs in the microtasks right after this callback; the next one waits for the next turn.
  start();
  setImmediate(startNext);
}

/** Resolves when it is this answer's turn to be worked out: never in the turn it was asked in. */
export function answerTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (!draining) {
      draining = true;
      setImmediate(startNext);
    }
  });
}
