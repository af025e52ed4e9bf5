// Where subscriptions live. The default is a JSON file in DATA_DIR (json-file-store.ts); anything that can
// read and replace the whole list with nothing else in between can stand in for it.
import type { Subscription } from './subscription.js';

export type StoreChange<T> = { subscriptions: Subscription[]; result: T };

export interface SubscriptionStore {
  list(): Promise<Subscription[]>;
  /**
   * Reads the list, lets `change` compute the new one, and stores it, with no other read or write in between.
   * Returning the very array it was given stores nothing.
   */
  update<T>(change: (current: Subscription[]) => StoreChange<T>): Promise<T>;
}
