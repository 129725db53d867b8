/**
 * Delivers the application's notices as messages the bot starts itself, in the person's personal
 * chat with the bot (else the first conversation it knows for them), through the conversation
 * references stored when they last wrote. A person who cannot be reached is logged and skipped:
 * the change behind the notice is already saved, and the person sees it in `status` and the tab.
 */
import { ConversationReference } from 'botbuilder';
import { ConversationReferenceStore, Notice, Notifier } from '../application/ports';
import { Language } from '../cards';
import { PersonId } from '../domain/people';
import { LedertraineeAdapter } from './adapter';
import { Logger } from './logger';
import { noticeMessage } from './noticeMessages';

export interface NotifierDeps {
  adapter: LedertraineeAdapter;
  /** The bot's app id (empty in local mode). */
  botAppId: string;
  conversationReferences: ConversationReferenceStore;
  logger: Logger;
}

export function createProactiveNotifier(deps: NotifierDeps): Notifier {
  return {
    async notify(to: PersonId, language: Language, notice: Notice): Promise<void> {
      try {
        const [reference] = await deps.conversationReferences.listForUser(to);
        if (!reference) {
          deps.logger.warn({ to, notice: notice.kind }, 'Cannot reach the person: the bot has no conversation with them yet');
          return;
        }
        await deps.adapter.continueConversationAsync(deps.botAppId, reference as unknown as Partial<ConversationReference>, async (context) => {
          await context.sendActivity(noticeMessage(notice, language));
        });
      } catch (error) {
        deps.logger.error({ err: error, to, notice: notice.kind }, 'Could not deliver a notice');
      }
    },
  };
}
