// "Show source" (a button, or a menu of the page's quotes): a modal with the quote in its paragraph of the source text.
import type { AllMiddlewareArgs, BlockButtonAction, BlockStaticSelectAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { sourceRef, type Citation } from '../../../core/answer.js';
import { unpackQuoteRef } from '../../render/button-values.js';
import { sourceModal } from '../../render/source-view.js';
import type { Attache } from '../../attache.js';

export const showSource =
  (attache: Attache) =>
  async ({ ack, action, body, client, logger }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction | BlockStaticSelectAction>): Promise<void> => {
    await ack();
    const ref = unpackQuoteRef(action.type === 'static_select' ? action.selected_option.value : action.value);
    const kb = attache.engine.kb;
    const fact = ref && kb.facts.find((f) => f.id === ref.factId);
    if (!ref || !fact) {
      logger.warn(`show source: no fact for ${JSON.stringify(ref ?? null)}`);
      return;
    }
    // A quote cut to fit the menu is the start of the fact's full quote.
    const quote = fact.quotes.find((q) => q.startsWith(ref.quote)) ?? ref.quote;
    const source = kb.sources.get(fact.source);
    const citation: Citation = {
      source: source ? sourceRef(kb, fact.source) : { id: fact.source, title: fact.source, url: '', publisher: '', published: '' },
      quote,
      factId: fact.id,
    };
    await client.views.open({ trigger_id: body.trigger_id, view: sourceModal(citation, source?.text, attache.links) });
  };
