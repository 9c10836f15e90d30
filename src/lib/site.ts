/**
 * Where readers send corrections. A placeholder until the team has a monitored mailbox: change it
 * here and every "report a correction" link follows.
 */
export const correctionsEmail = 'corrections@vn-la-dashboard.example';

/** A mailto: link with the record and its current values filled in, so a report names what it corrects. */
export function correctionMailto(subject: string, body: string): string {
  return `mailto:${correctionsEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
