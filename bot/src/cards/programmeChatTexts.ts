/**
 * The texts of the programme's chat (programmeChat.json and the short answers around it): binding a
 * group chat to a programme, the app creating one. Names only ever appear to someone who is part of
 * the programme; roles are named by their labels.
 */
import { ROLE_LABELS } from '../domain/labels';
import { LocalizedText } from '../domain/localizedText';

type Trainee = { trainee: string };

/** A role's label inside a sentence: "nærmeste leder", but "HR-konsulent" keeps its capitals. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

export const PROGRAMME_CHAT_TEXTS = {
  chooseTitle: { da: 'Hvilket forløb hører chatten til?', en: 'Which programme is this chat for?' },
  /** In a group chat: which of the sender's programmes the chat is for. */
  chooseIntro: {
    da: 'Vælg det ledertraineeforløb, som denne gruppechat skal bruges til. Kortene til forløbets samtaler kommer så her, til ledertraineen, den nærmeste leder og HR-konsulenten.',
    en: 'Choose the leader-trainee programme this group chat is for. The cards for its conversations then come here, to the leader trainee, the nearest leader and the HR consultant.',
  },
  /** A programme to choose, by its leader trainee. */
  choiceLabel: ({ trainee }: Trainee) => ({
    da: `${ROLE_LABELS.trainee.da}: ${trainee}`,
    en: `${ROLE_LABELS.trainee.en}: ${trainee}`,
  }),
  yourRole: ({ role }: { role: LocalizedText }) => ({
    da: `Du er ${inSentence(role.da)} i forløbet.`,
    en: `You are the ${inSentence(role.en)} in the programme.`,
  }),
  /** Follows yourRole when the programme has a chat already (group chat). */
  replacesChat: { da: 'Forløbet har allerede en chat; den her afløser den.', en: 'The programme has a chat already; this one replaces it.' },
  bindButton: { da: 'Knyt chatten til forløbet', en: 'Link the chat to the programme' },
  /** The sender takes part in no programme: nothing to bind, no names. */
  nothingToBindTitle: { da: 'Ingen forløb at knytte chatten til', en: 'No programme to link the chat to' },
  nothingToBind: {
    da: 'Du er ikke med i et ledertraineeforløb, så der er ikke noget at knytte chatten til. Det kan ledertraineen, den nærmeste leder eller HR-konsulenten gøre ved at skrive **tilknyt** her.',
    en: 'You are not part of a leader-trainee programme, so there is nothing to link this chat to. The leader trainee, the nearest leader or the HR consultant can do it by writing **link** here.',
  },
  boundTitle: { da: 'Forløbets chat', en: "The programme's chat" },
  bound: ({ trainee }: Trainee) => ({
    da: `Chatten er knyttet til ledertraineeforløbet for ${trainee}. Kortene til forløbets samtaler kommer her.`,
    en: `This chat is linked to ${trainee}'s leader-trainee programme. The cards for the programme's conversations come here.`,
  }),
  /** The chat belongs to a programme the sender is not part of: no names. */
  boundElsewhere: {
    da: 'Chatten er knyttet til et andet ledertraineeforløb. Kun forløbets deltagere kan ændre det.',
    en: 'This chat is linked to another leader-trainee programme. Only its participants can change that.',
  },
  /** After one click. */
  bindDone: ({ trainee }: Trainee) => ({
    da: `Chatten er nu knyttet til ledertraineeforløbet for ${trainee}. Kortene til forløbets samtaler kommer her i stedet for i jeres personlige chats med mig.`,
    en: `This chat is now linked to ${trainee}'s leader-trainee programme. The cards for its conversations come here instead of your personal chats with me.`,
  }),
  unbound: ({ trainee }: Trainee) => ({
    da: `Chatten er ikke længere knyttet til ledertraineeforløbet for ${trainee}. Kortene til forløbets samtaler kommer igen i jeres personlige chats med mig.`,
    en: `This chat is no longer linked to ${trainee}'s leader-trainee programme. The cards for its conversations go to your personal chats with me again.`,
  }),
  notBound: { da: 'Chatten er ikke knyttet til et ledertraineeforløb.', en: 'This chat is not linked to a leader-trainee programme.' },
  /** `tilknyt` in the personal chat, Graph configured: the app can create the chat. */
  createTitle: { da: 'En chat til forløbet', en: 'A chat for the programme' },
  createIntro: {
    da: 'Jeg kan oprette en gruppechat med ledertraineen, den nærmeste leder og HR-konsulenten. Kortene til forløbets samtaler kommer så dér.',
    en: "I can create a group chat with the leader trainee, the nearest leader and the HR consultant. The cards for the programme's conversations then go there.",
  },
  createButton: { da: 'Opret chatten', en: 'Create the chat' },
  /** Follows yourRole for a choice in the personal chat. */
  hasChat: { da: 'Forløbet har allerede en chat.', en: 'The programme has a chat already.' },
  /** `tilknyt` in the personal chat without Graph: how to make the chat. */
  howToTitle: { da: 'En chat til forløbet', en: 'A chat for the programme' },
  howTo: {
    da: 'Opret en gruppechat i Teams med ledertraineen, den nærmeste leder og HR-konsulenten, og tilføj mig (Ledertrainee) til den. Så spørger jeg, hvilket forløb chatten hører til, og kortene til forløbets samtaler kommer dér.',
    en: "Create a group chat in Teams with the leader trainee, the nearest leader and the HR consultant, and add me (Ledertrainee) to it. I will then ask which programme the chat is for, and the cards for the programme's conversations go there.",
  },
  /** What creating the chat came to, by outcome. */
  createOutcome: {
    created: ({ trainee }: Trainee) => ({
      da: `Chatten »Ledertrainee: ${trainee}« er oprettet med jer tre, og jeg er med i den. Kortene til forløbets samtaler kommer dér.`,
      en: `The chat "Ledertrainee: ${trainee}" has been created with the three of you, and I am in it. The cards for the programme's conversations go there.`,
    }),
    exists: ({ trainee }: Trainee) => ({
      da: `Ledertraineeforløbet for ${trainee} har allerede en chat. Kortene til forløbets samtaler kommer dér.`,
      en: `${trainee}'s leader-trainee programme has a chat already. The cards for its conversations go there.`,
    }),
    failed: {
      da: 'Jeg kunne ikke oprette chatten lige nu. Forløbet er uændret, og kortene kommer fortsat i jeres personlige chats. Du kan også selv oprette en gruppechat og tilføje mig.',
      en: 'I could not create the chat just now. The programme is unchanged, and the cards keep coming to your personal chats. You can also create a group chat yourself and add me.',
    },
    notConfigured: {
      da: 'Jeg kan ikke selv oprette chats her. Opret en gruppechat med ledertraineen, den nærmeste leder og HR-konsulenten, og tilføj mig til den.',
      en: 'I cannot create chats myself here. Create a group chat with the leader trainee, the nearest leader and the HR consultant, and add me to it.',
    },
  },
  /** Shown under the choices in a group chat: how to undo it later. */
  footer: {
    da: 'Skal chatten ikke længere bruges til forløbet, så skriv **fjern tilknytning** her.',
    en: 'If the chat should no longer be used for the programme, write **unlink** here.',
  },
  moreChoices: ({ shown, total }: { shown: number; total: number }) => ({
    da: `Viser ${shown} af dine ${total} forløb (dem uden chat først).`,
    en: `Showing ${shown} of your ${total} programmes (those without a chat first).`,
  }),
};
