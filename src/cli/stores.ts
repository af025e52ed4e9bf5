// Where the app and the CLI keep what readers say. One place to choose the store, so that `attache start` and
// `attache feedback` use the same one. In memory for now: feedback then lives as long as the app runs, and
// `attache feedback` in another process finds none, until the database store (src/state) is wired here.
import { MemoryFeedbackStore, type FeedbackStore } from '../state/feedback.js';

export function openFeedbackStore(): FeedbackStore {
  return new MemoryFeedbackStore();
}
