// The cases behind a figure on the dashboard.
import { h, api, signedIn, main, table, levelTag, caseLink, showError } from './common.js';

const params = new URLSearchParams(window.location.search);
const me = await signedIn();
const WHAT = {
  open: 'Open cases',
  overdue: 'Cases with overdue tasks',
  'without-lead': 'Cases without a lead professional',
  'stepped-up': 'Cases stepped up',
  'stepped-down': 'Cases stepped down',
  pregnant: 'Cases with a pregnancy on the pathway',
  'in-support': 'Families in support after recovery',
  reopened: 'Closed cases reopened by a concern',
  'shared-without-consent': 'Cases where information was shared without consent',
  'with-open-tasks': 'Cases with open tasks',
  'returned-to-pathway': 'Families back on the pathway from support after recovery',
  'planning-held-after-birth': 'Pre-birth planning meetings held after the birth',
  'planning-not-held-before-birth': 'Births without a pre-birth planning meeting',
};
const { status, body } = await api(`/api/dashboard/cases?${params}`);
const back = new URLSearchParams(params);
back.delete('figure');
main().replaceChildren(
  h('a', { class: 'govuk-back-link', href: `/dashboard?${back}` }, 'Back to the dashboard'),
  h('h1', { class: 'govuk-heading-l' }, WHAT[params.get('figure')] ?? 'Cases'),
  ...(status === 200
    ? [
        h('p', { class: 'govuk-body', id: 'cases-shown' }, `${body.shown} shown (newest referral first, at most 200).`),
        table(null, [
          { heading: 'Case', cell: (c) => caseLink(c.caseId) },
          { heading: 'Family', cell: (c) => c.familyName ?? '' },
          { heading: 'Level', cell: (c) => levelTag(c.level) },
          { heading: 'Lead agency', cell: (c) => me.everyAgency.find((a) => a.id === c.leadAgency)?.name ?? c.leadAgency },
        ], body.items, 'No case.'),
      ]
    : []),
);
if (status !== 200) showError(main(), body);
