/** Who asks for a change: the partner's own credentials, or the platform's support role (the matrices say what each may do). */
export type Actor = 'partner' | 'support';
