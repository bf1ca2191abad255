/**
 * The docs use several formats for the same profile facts (catalog §11 items 7 and 8); the sandbox
 * stores one and converts at the edge of each operation.
 */
import type { Gender } from './model';

/** customer/updateCustomer uses `Male | Female | Others`; onboarding and fetchCustomer use `MALE, FEMALE, OTHER`. */
const PROFILE_GENDERS: Record<'Male' | 'Female' | 'Others', Gender> = { Male: 'MALE', Female: 'FEMALE', Others: 'OTHER' };

export function genderFromProfile(gender: 'Male' | 'Female' | 'Others'): Gender {
  return PROFILE_GENDERS[gender];
}

export function genderToProfile(gender: Gender): 'Male' | 'Female' | 'Others' {
  return gender === 'MALE' ? 'Male' : gender === 'FEMALE' ? 'Female' : 'Others';
}

/** `dd/MM/yyyy` (customer/updateCustomer, onboarding) → `yyyy-MM-dd` (customer/fetchCustomer). */
export function isoFromDdMmYyyy(date: string): string {
  const [day, month, year] = date.split('/');
  return `${year}-${month}-${day}`;
}

export function ddMmYyyyFromIso(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** getUsageDetails gives no dob format; accept either documented one (inferred). */
export function normaliseDob(date: string): string {
  return /^\d{2}\/\d{2}\/\d{4}$/.test(date) ? isoFromDdMmYyyy(date) : date;
}

/** True when a `dd/MM/yyyy` date is one the calendar has (not 31/02, nor 29/02 of a common year). */
export function isCalendarDate(date: string): boolean {
  const [day, month, year] = date.split('/').map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}
