// How a script sounds, for the picker and the proposal: one word a bookkeeper recognises at a
// glance. 'general' is the original all-purpose call; the others are written for one stage of
// an overdue account, or (consumer) for a private person.
export const scriptTones = ['general', 'friendly', 'firm', 'final', 'follow-up', 'consumer'] as const;
export type ScriptTone = (typeof scriptTones)[number];

export const scriptToneLabels: Record<ScriptTone, string> = {
  general: 'General',
  friendly: 'Friendly',
  firm: 'Firm',
  final: 'Final',
  'follow-up': 'Follow-up',
  consumer: 'Consumer',
};
