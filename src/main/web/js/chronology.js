// The chronology as an MoJ timeline: one list for the case page and the print view.
import { h, dateTime } from './common.js';

export const KINDS = [
  ['referral', 'Referral'],
  ['immediate-risk', 'Immediate risk at referral'],
  ['assessment', 'Assessment'],
  ['level', 'Level decision'],
  ['significant-harm', 'Significant harm judged'],
  ['countersignature', 'Change of level countersigned'],
  ['consent', 'Consent'],
  ['sharing', 'Information sharing'],
  ['concern', 'Concern'],
  ['review', 'Review'],
  ['task', 'Agency task'],
  ['handoff', 'Handoff asked for'],
  ['handoff-answer', 'Handoff answered'],
  ['birth', 'Birth'],
  ['pregnancy-ended', 'Pregnancy ended'],
  ['child-seen', 'Child seen and spoken to'],
  ['support-started', 'Support after recovery began'],
  ['support-ended', 'Support after recovery ended'],
  ['check-in', 'Check-in'],
  ['twin-track', 'Twin-track planning'],
  ['reopened', 'Case reopened'],
  ['audit', 'Managers’ audit'],
  ['audit-answered', 'Answer to a managers’ audit'],
  ['finding', 'What an agency found'],
  ['finding-answered', 'Decision on a finding'],
  ['overdue', 'Overdue and escalated'],
  ['redated', 'Given a new date'],
  ['entry', 'Practitioner’s entry'],
];

const KIND_NAMES = Object.fromEntries(KINDS);

export function timeline(items) {
  if (items.length === 0) return h('p', { class: 'govuk-body' }, 'Nothing is recorded for these filters.');
  return h(
    'div',
    { class: 'moj-timeline', id: 'chronology' },
    items.map((item) =>
      h(
        'div',
        { class: 'moj-timeline__item' },
        h(
          'div',
          { class: 'moj-timeline__header' },
          h('h3', { class: 'moj-timeline__title' }, KIND_NAMES[item.kind] ?? item.kind, item.child ? ` · ${item.child}` : ''),
          ' ',
          h('p', { class: 'moj-timeline__byline' }, `by ${item.by}${item.agencyName ? `, ${item.agencyName}` : ''}`),
        ),
        h('p', { class: 'moj-timeline__date' }, h('time', { datetime: item.at }, dateTime(item.at))),
        h('div', { class: 'moj-timeline__description' }, item.summary, item.entryId ? h('span', { class: 'govuk-hint' }, ` (entry ${item.entryId})`) : ''),
      ),
    ),
  );
}
