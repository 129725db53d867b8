/**
 * The texts of the programme's chat (binding a group chat to a programme, the app creating one),
 * Danish first, English following. Names only ever appear to someone who is part of the programme.
 */
import { Language } from './language';

export interface ProgrammeChatTexts {
  chooseTitle: string;
  /** In a group chat: which of the sender's programmes the chat is for. */
  chooseIntro: string;
  /** "Ledertrainee: {trainee}". */
  choiceLabel: string;
  /** "Du er {role} i forløbet." */
  yourRole: string;
  /** Added to yourRole when the programme has a chat already. */
  replacesChat: string;
  bindButton: string;
  /** The sender takes part in no programme: nothing to bind, no names. */
  nothingToBindTitle: string;
  nothingToBind: string;
  /** "Chatten er knyttet til ledertraineeforløbet for {trainee}." */
  boundTitle: string;
  bound: string;
  /** The chat belongs to a programme the sender is not part of: no names. */
  boundElsewhere: string;
  /** After one click: "Chatten er nu knyttet til ledertraineeforløbet for {trainee}. …" */
  bindDone: string;
  /** "Chatten er ikke længere knyttet til ledertraineeforløbet for {trainee}. …" */
  unbound: string;
  notBound: string;
  /** `tilknyt` in the personal chat, Graph configured: the app can create the chat. */
  createTitle: string;
  createIntro: string;
  createButton: string;
  /** "… har allerede en chat" for a choice in the personal chat. */
  hasChat: string;
  /** `tilknyt` in the personal chat without Graph: how to make the chat. */
  howToTitle: string;
  howTo: string;
  created: string;
  exists: string;
  createFailed: string;
  notConfigured: string;
  /** Shown under the choices in a group chat: how to undo it later. */
  footer: string;
  /** "Viser {shown} af dine {total} forløb (dem uden chat først)." */
  moreChoices: string;
}

const DA: ProgrammeChatTexts = {
  chooseTitle: 'Hvilket forløb hører chatten til?',
  chooseIntro:
    'Vælg det ledertraineeforløb, som denne gruppechat skal bruges til. Kortene til forløbets samtaler kommer så her, til ledertraineen, den nærmeste leder og HR-konsulenten.',
  choiceLabel: 'Ledertrainee: {trainee}',
  yourRole: 'Du er {role} i forløbet.',
  replacesChat: ' Forløbet har allerede en chat; den her afløser den.',
  bindButton: 'Knyt chatten til forløbet',
  nothingToBindTitle: 'Ingen forløb at knytte chatten til',
  nothingToBind:
    'Du er ikke med i et ledertraineeforløb, så der er ikke noget at knytte chatten til. Det kan ledertraineen, den nærmeste leder eller HR-konsulenten gøre ved at skrive tilknyt her.',
  boundTitle: 'Forløbets chat',
  bound: 'Chatten er knyttet til ledertraineeforløbet for {trainee}. Kortene til forløbets samtaler kommer her.',
  boundElsewhere: 'Chatten er knyttet til et andet ledertraineeforløb. Kun forløbets deltagere kan ændre det.',
  bindDone:
    'Chatten er nu knyttet til ledertraineeforløbet for {trainee}. Kortene til forløbets samtaler kommer her i stedet for i jeres personlige chats med mig.',
  unbound:
    'Chatten er ikke længere knyttet til ledertraineeforløbet for {trainee}. Kortene til forløbets samtaler kommer igen i jeres personlige chats med mig.',
  notBound: 'Chatten er ikke knyttet til et ledertraineeforløb.',
  createTitle: 'En chat til forløbet',
  createIntro: 'Jeg kan oprette en gruppechat med ledertraineen, den nærmeste leder og HR-konsulenten. Kortene til forløbets samtaler kommer så dér.',
  createButton: 'Opret chatten',
  hasChat: 'Forløbet har allerede en chat.',
  howToTitle: 'En chat til forløbet',
  howTo:
    'Opret en gruppechat i Teams med ledertraineen, den nærmeste leder og HR-konsulenten, og tilføj mig (Ledertrainee) til den. Så spørger jeg, hvilket forløb chatten hører til, og kortene til forløbets samtaler kommer dér.',
  created: 'Chatten »Ledertrainee: {trainee}« er oprettet med jer tre, og jeg er med i den. Kortene til forløbets samtaler kommer dér.',
  exists: 'Ledertraineeforløbet for {trainee} har allerede en chat. Kortene til forløbets samtaler kommer dér.',
  createFailed:
    'Jeg kunne ikke oprette chatten lige nu. Forløbet er uændret, og kortene kommer fortsat i jeres personlige chats. Du kan også selv oprette en gruppechat og tilføje mig.',
  notConfigured:
    'Jeg kan ikke selv oprette chats her. Opret en gruppechat med ledertraineen, den nærmeste leder og HR-konsulenten, og tilføj mig til den.',
  footer: 'Skriv fjern tilknytning her, hvis chatten ikke længere skal bruges til forløbet.',
  moreChoices: 'Viser {shown} af dine {total} forløb (dem uden chat først).',
};

const EN: ProgrammeChatTexts = {
  chooseTitle: 'Which programme is this chat for?',
  chooseIntro:
    'Choose the leader-trainee programme this group chat is for. The cards for its conversations then come here, to the trainee, the nearest leader and the HR consultant.',
  choiceLabel: 'Leader trainee: {trainee}',
  yourRole: 'You are the {role} in the programme.',
  replacesChat: ' The programme has a chat already; this one replaces it.',
  bindButton: 'Link the chat to the programme',
  nothingToBindTitle: 'No programme to link the chat to',
  nothingToBind:
    'You are not part of a leader-trainee programme, so there is nothing to link this chat to. The trainee, the nearest leader or the HR consultant can do it by writing link here.',
  boundTitle: "The programme's chat",
  bound: "This chat is linked to {trainee}'s leader-trainee programme. The cards for the programme's conversations come here.",
  boundElsewhere: 'This chat is linked to another leader-trainee programme. Only its participants can change that.',
  bindDone: "This chat is now linked to {trainee}'s leader-trainee programme. The cards for its conversations come here instead of your personal chats with me.",
  unbound: "This chat is no longer linked to {trainee}'s leader-trainee programme. The cards for its conversations go to your personal chats with me again.",
  notBound: 'This chat is not linked to a leader-trainee programme.',
  createTitle: 'A chat for the programme',
  createIntro: "I can create a group chat with the trainee, the nearest leader and the HR consultant. The cards for the programme's conversations then go there.",
  createButton: 'Create the chat',
  hasChat: 'The programme has a chat already.',
  howToTitle: 'A chat for the programme',
  howTo:
    "Create a group chat in Teams with the trainee, the nearest leader and the HR consultant, and add me (Ledertrainee) to it. I will then ask which programme the chat is for, and the cards for the programme's conversations go there.",
  created: 'The chat "Ledertrainee: {trainee}" has been created with the three of you, and I am in it. The cards for the programme\'s conversations go there.',
  exists: "{trainee}'s leader-trainee programme has a chat already. The cards for its conversations go there.",
  createFailed:
    'I could not create the chat just now. The programme is unchanged, and the cards keep coming to your personal chats. You can also create a group chat yourself and add me.',
  notConfigured: 'I cannot create chats myself here. Create a group chat with the trainee, the nearest leader and the HR consultant, and add me to it.',
  footer: 'Write unlink here if the chat should no longer be used for the programme.',
  moreChoices: 'Showing {shown} of your {total} programmes (those without a chat first).',
};

export function programmeChatTextsFor(language: Language): ProgrammeChatTexts {
  return language === 'en' ? EN : DA;
}
