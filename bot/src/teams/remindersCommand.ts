/** "påmindelser pause [navn]" / "påmindelser genoptag [navn]" (reminders pause|resume): the leader or HR pauses reminders. */
import { UseCases } from '../application/useCases';
import { inLanguage } from '../domain/localizedText';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';
import { CommandDefinition } from './commands';

const PAUSE = /^(pause|pausér|pauser|stop)\b\s*(.*)$/i;
const RESUME = /^(genoptag|resume|start)\b\s*(.*)$/i;

export function remindersCommand(useCases: Pick<UseCases, 'setRemindersPaused'>): CommandDefinition {
  return {
    name: 'reminders',
    words: ['påmindelser', 'påmindelse', 'reminders', 'reminder'],
    async run({ context, language, person, args }) {
      const texts = inLanguage(BOT_MESSAGE_TEXTS, language).remindersPause;
      const pause = PAUSE.exec(args.trim());
      const resume = pause ? null : RESUME.exec(args.trim());
      if (!pause && !resume) {
        await context.sendActivity(texts.usage);
        return;
      }
      const paused = pause !== null;
      const names = await useCases.setRemindersPaused({ actorId: person.personId, paused, traineeName: (pause ?? resume)?.[2] ?? '' });
      if (names.length === 0) {
        await context.sendActivity(texts.none);
        return;
      }
      await context.sendActivity((paused ? texts.paused : texts.resumed)({ trainees: names.join(', ') }));
    },
  };
}
