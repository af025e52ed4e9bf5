// "Show source": a modal with the quote in its paragraph of the source text.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { sourceRef, type Citation } from '../../../core/answer.js';
import { unpackQuoteRef } from '../../../render/button-values.js';
import { sourceModal } from '../../../render/source-view.js';
import type { Attache } from '../../attache.js';

export const showSource =
  (attache: Attache) =>
  async ({ ack, action, body, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const ref = unpackQuoteRef(action.value);
    if (!ref) return;
    const kb = attache.engine.kb;
    const source = kb.sources.get(ref.sourceId);
    // A quote cut to fit the button is the start of the fact's full quote.
    const quote = kb.facts.find((f) => f.id === ref.factId)?.quotes.find((q) => q.startsWith(ref.quote)) ?? ref.quote;
    const citation: Citation = {
      source: source ? sourceRef(kb, ref.sourceId) : { id: ref.sourceId, title: ref.sourceId, url: '', publisher: '', published: '' },
      quote,
      factId: ref.factId,
    };
    await client.views.open({ trigger_id: body.trigger_id, view: sourceModal(citation, source?.text, attache.links) });
  };
