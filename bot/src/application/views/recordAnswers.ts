/**
 * A documented interview as a list of answers (label → answer in both languages), so the tab shows
 * every template the same way without knowing its fields. Labels come from the domain's field
 * labels; goals are named by their text. The HR consultant's own notes are shown to HR only.
 */
import { LocalizedText } from '../../domain/localizedText';
import { fieldLabel, GOAL_PROGRESS_LABELS, READINESS_LABELS, STARTUP_FORMAT_LABELS } from '../../domain/labels';
import { ConversationRecord, LearningGoalState } from '../../domain/state';

export interface AnswerView {
  label: LocalizedText;
  value: LocalizedText;
}

// Stored records are read as plain data: a value the labels do not know is shown as it is.
const READINESS: Readonly<Record<string, LocalizedText>> = READINESS_LABELS;
const GOAL_PROGRESS: Readonly<Record<string, LocalizedText>> = GOAL_PROGRESS_LABELS;
const FORMAT: Readonly<Record<string, LocalizedText>> = STARTUP_FORMAT_LABELS;

export function readinessLabel(readiness: string): LocalizedText {
  return READINESS[readiness] ?? same(readiness);
}

export function answersOf(record: ConversationRecord | undefined, goals: readonly LearningGoalState[], showHrNotes: boolean): AnswerView[] {
  if (!record) return [];
  const goalText = (id: string): string => goals.find((g) => g.id === id)?.text ?? id;
  const answers: AnswerView[] = [];
  for (const [field, value] of Object.entries(record.data as unknown as Record<string, unknown>)) {
    if (value === undefined || value === '') continue;
    if (field === 'hrNotes' && !showHrNotes) continue;
    const label = fieldLabel(field);
    if (field === 'readiness') answers.push({ label, value: readinessLabel(String(value)) });
    else if (field === 'format') answers.push({ label, value: FORMAT[String(value)] ?? same(String(value)) });
    else if (field === 'goalStatuses' && Array.isArray(value)) {
      for (const item of value as { goalId: string; status: string; comment: string }[]) {
        const status = GOAL_PROGRESS[item.status] ?? same(item.status);
        answers.push({
          label: aboutGoal(label, goalText(item.goalId)),
          value: { da: joined(status.da, item.comment), en: joined(status.en, item.comment) },
        });
      }
    } else if (field === 'goalResults' && Array.isArray(value)) {
      for (const item of value as { goalId: string; effect: string; result: string }[]) {
        answers.push({ label: aboutGoal(fieldLabel('effect'), goalText(item.goalId)), value: same(item.effect) });
        answers.push({ label: aboutGoal(fieldLabel('result'), goalText(item.goalId)), value: same(item.result) });
      }
    } else if (field === 'firstGoals' && Array.isArray(value)) {
      const list = (value as { text: string; evidence: string }[]).map((g) => `${g.text} (${g.evidence})`).join('\n');
      answers.push({ label, value: same(list) });
    } else if (typeof value === 'boolean') answers.push({ label, value: value ? { da: 'Ja', en: 'Yes' } : { da: 'Nej', en: 'No' } });
    else if (Array.isArray(value)) answers.push({ label, value: same(value.map(String).join(', ')) });
    else if (typeof value === 'string' || typeof value === 'number') answers.push({ label, value: same(String(value)) });
  }
  return answers;
}

/** "Effekt: <the goal's text>". */
function aboutGoal(label: LocalizedText, goal: string): LocalizedText {
  return { da: `${label.da}: ${goal}`, en: `${label.en}: ${goal}` };
}

function same(text: string): LocalizedText {
  return { da: text, en: text };
}

function joined(status: string, comment: string): string {
  return comment ? `${status} – ${comment}` : status;
}
