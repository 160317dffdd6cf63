import { t, type MessageKey } from './i18n';
import type { EducationLevel, EmploymentType, PostingSummary, Salary, Seniority, Workplace } from '@/lib/posting';

const PERIOD: Record<Salary['period'], MessageKey> = {
  hour: 'salaryPerHour', day: 'salaryPerDay', week: 'salaryPerWeek', month: 'salaryPerMonth', year: 'salaryPerYear',
};

/** "$150K–165K/yr", "$24–27/hr", "$19.00–23.50/hr", "€50,000/yr". */
/** Currencies written with a symbol; the others by their code ("DKK 42K–52K/mo"). */
const SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$', EUR: '€', GBP: '£', AUD: 'A$', CAD: 'C$', NZD: 'NZ$', SGD: 'S$', HKD: 'HK$', INR: '₹',
  JPY: '¥', CNY: 'CN¥', KRW: '₩', BRL: 'R$', MXN: 'MX$', PHP: '₱', TRY: '₺',
};

export function formatSalary(s: Salary): string {
  const symbol = s.currency ? (SYMBOLS[s.currency] ?? `${s.currency} `) : '';
  // Cents on one figure of a range are written on both ("$19.00–23.50", not "$19–23.5").
  const cents = !Number.isInteger(s.min) || !Number.isInteger(s.max) ? 2 : 0;
  // Millions as "M": a won, rupiah or yen salary ("₩60M–85M/yr", not "₩60000K"); rupees in lakhs
  // and crores, as India writes them ("₹28L–40L/yr").
  const amount = (n: number) =>
    s.currency === 'INR' && n >= 100_000
      ? n >= 10_000_000
        ? `${Math.round(n / 1_000_000) / 10}Cr`.replace('.0Cr', 'Cr')
        : `${Math.round(n / 10_000) / 10}L`.replace('.0L', 'L')
      : n >= 1_000_000
      ? `${Math.round(n / 100_000) / 10}M`.replace('.0M', 'M')
      : n >= 10_000
        ? `${Math.round(n / 100) / 10}K`.replace('.0K', 'K')
        : n.toLocaleString('en-US', { minimumFractionDigits: cents, maximumFractionDigits: 2 });
  const range = s.min === s.max ? amount(s.min) : `${amount(s.min)}–${amount(s.max)}`;
  return `${symbol}${range}${t(PERIOD[s.period])}`;
}

const PERIOD_NAMES: Record<Salary['period'], MessageKey> = {
  hour: 'periodHour', day: 'periodDay', week: 'periodWeek', month: 'periodMonth', year: 'periodYear',
};

/** "year" → "year" (de: "Jahr"). */
export const periodName = (period: Salary['period']) => t(PERIOD_NAMES[period]);

const LABELS: Record<EmploymentType | Seniority | Workplace | EducationLevel, MessageKey> = {
  'full-time': 'labelFullTime', 'part-time': 'labelPartTime', contract: 'labelContract', temporary: 'labelTemporary',
  internship: 'labelInternship', entry: 'labelEntry', associate: 'labelAssociate', 'mid-senior': 'labelMidSenior',
  director: 'labelDirector', executive: 'labelExecutive', 'on-site': 'labelOnSite', hybrid: 'labelHybrid', remote: 'labelRemote',
  'high-school': 'labelHighSchool', bachelor: 'labelBachelor', master: 'labelMaster', doctorate: 'labelDoctorate',
};

/** Display label of an enum value ("mid-senior" → "Mid-Senior level"). */
export const label = (value: string) => {
  const key = (LABELS as Record<string, MessageKey | undefined>)[value];
  return key ? t(key) : value;
};

/** "bachelor" → "Bachelor's"; "associate" is a degree here, not a seniority (de tells them apart). */
export const educationLabel = (level: EducationLevel) => (level === 'associate' ? t('labelAssociateDegree') : label(level));

/** "Bachelor's degree", "… or equivalent experience" (`long`) or "… or equivalent". */
export function degree(education: { level: EducationLevel; orEquivalent: boolean }, long: boolean): string {
  // A diploma, not a "High school degree".
  if (education.level === 'high-school') {
    if (!education.orEquivalent) return t('highSchoolDiploma');
    return long ? t('highSchoolDiplomaOrEquivalentExperience') : t('highSchoolDiplomaOrEquivalent');
  }
  const level = educationLabel(education.level);
  if (!education.orEquivalent) return t('degree', level);
  return long ? t('degreeOrEquivalentExperience', level) : t('degreeOrEquivalent', level);
}

/** "just now", "3 min ago", "Nov 2" (for "Saved 3 min ago"). */
export function savedAgo(ms: number, now: number = Date.now()): string {
  const minutes = Math.round((now - ms) / 60_000);
  if (minutes < 1) return t('justNow');
  if (minutes < 60) return t('minutesAgo', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t('hoursAgo', hours);
  return new Date(ms).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

/**
 * "5+ years of experience" (de: "Mind. 5 Jahre Berufserfahrung"); under a year in months ("6+
 * months of experience"), fractions in the UI's number format ("1.5", de "1,5").
 */
export const yearsOfExperience = (min: number) =>
  min === 0
    ? t('noExperienceRequired') // "0-1 years": the lowest asked is none
    : min < 1
    ? t('monthsOfExperience', Math.round(min * 12))
    : min === 1
      ? t('oneYearOfExperience')
      : t('yearsOfExperience', min.toLocaleString(undefined, { maximumFractionDigits: 2 }));

/** The facts shown as chips under a title, in reading order. */
export function factChips(p: PostingSummary): string[] {
  return [
    p.workplace.value && label(p.workplace.value),
    p.employmentType.value && label(p.employmentType.value),
    p.seniority.value && label(p.seniority.value),
    p.salary.value && formatSalary(p.salary.value),
  ].filter((c): c is string => Boolean(c));
}
