// What Attaché remembers of each assistant thread: the channel the user was viewing (Slack's thread context)
// and whether the thread has its title yet. In memory and capped; Bolt's own store keeps one context for the
// whole app and reads it back with extra Web API calls, so it is not used.
import type { AssistantConfig } from '@slack/bolt';

type AssistantThreadContextStore = NonNullable<AssistantConfig['threadContextStore']>;
type AllAssistantMiddlewareArgs = Parameters<AssistantThreadContextStore['get']>[0];
type AssistantThreadContext = Awaited<ReturnType<AssistantThreadContextStore['get']>>;

type Thread = { context: AssistantThreadContext; titled: boolean };

/** The thread an assistant event or message belongs to: "channel/thread_ts". */
export function threadKey(payload: unknown): string | undefined {
  const p = payload as { assistant_thread?: { channel_id?: string; thread_ts?: string }; channel?: string; thread_ts?: string };
  const channel = p.assistant_thread?.channel_id ?? p.channel;
  const ts = p.assistant_thread?.thread_ts ?? p.thread_ts;
  return channel && ts ? `${channel}/${ts}` : undefined;
}

export class AssistantThreads implements AssistantThreadContextStore {
  /** A Map keeps insertion order: past the cap, the oldest threads are forgotten first. */
  private readonly threads = new Map<string, Thread>();

  constructor(private readonly cap = 10_000) {}

  get = async (args: AllAssistantMiddlewareArgs): Promise<AssistantThreadContext> => {
    const key = threadKey(args.payload);
    return (key && this.threads.get(key)?.context) || {};
  };

  /** On thread start and whenever the user views another channel with the pane open. */
  save = async (args: AllAssistantMiddlewareArgs): Promise<void> => {
    const key = threadKey(args.payload);
    const context = (args.payload as { assistant_thread?: { context?: AssistantThreadContext } }).assistant_thread?.context;
    if (!key || !context) return;
    this.thread(key).context = context;
  };

  /** True the first time it is asked for a thread: that message's question becomes the title. */
  firstQuestion(key: string): boolean {
    const thread = this.thread(key);
    if (thread.titled) return false;
    thread.titled = true;
    return true;
  }

  private thread(key: string): Thread {
    let thread = this.threads.get(key);
    if (!thread) {
      thread = { context: {}, titled: false };
      this.threads.set(key, thread);
      for (const old of this.threads.keys()) {
        if (this.threads.size <= this.cap) break;
        this.threads.delete(old);
      }
    }
    return thread;
  }
}
