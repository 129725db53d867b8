/**
 * The cohort as a CSV file for Excel: UTF-8 with a byte-order mark (so Excel reads æ, ø, å), `;`
 * between fields (Danish Excel's list separator), headings and labels in the chosen language.
 * Fields that start like a formula are prefixed with ' so a spreadsheet never runs them.
 */
import type { OverviewRow } from './contract';

type Language = 'da' | 'en';

const HEADINGS: Record<Language, string[]> = {
  da: ['Ledertrainee', 'Nærmeste leder', 'HR-konsulent', 'Magistratsafdeling', 'Fase', 'Periode start', 'Periode slut', 'Persontest', 'Læringsaftale', 'Næste samtale', 'Tidspunkt', 'Forsinket'],
  en: ['Leader trainee', 'Nearest leader', 'HR consultant', 'Department', 'Phase', 'Period start', 'Period end', 'Personality test', 'Learning agreement', 'Next conversation', 'Time', 'Overdue'],
};

export function overviewCsv(rows: readonly OverviewRow[], language: Language): string {
  const lines = [HEADINGS[language], ...rows.map((row) => fieldsOf(row, language))];
  return `\uFEFF${lines.map((fields) => fields.map(cell).join(';')).join('\r\n')}\r\n`;
}

function fieldsOf(row: OverviewRow, language: Language): string[] {
  return [
    row.trainee.name,
    row.leader.name,
    row.hrConsultant?.name ?? '',
    row.department.name,
    row.phaseLabel[language],
    row.period.start ?? '',
    row.period.end ?? '',
    row.personalityTestLabel[language],
    row.agreementLabel[language],
    row.nextConversation?.label[language] ?? '',
    row.nextConversation ? copenhagenTime(row.nextConversation.scheduledAt) : '',
    row.overdue.map((item) => item.text[language]).join(' '),
  ];
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** YYYY-MM-DD HH:MM in Europe/Copenhagen. */
function copenhagenTime(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
