// Who has seen a family's record: the access log's entries with filters, for the case page (lead
// professional, managers, information governance) and the information governance page.
import { h, api, table, tag, dateTime, select, field, showError } from './common.js';

export const SURFACES = [
  ['', 'Any way in'],
  ['workspace', 'carepath workspace'],
  ['api', 'carepath API (a program)'],
  ['engine-rest', "The engine's REST API"],
  ['tasklist', 'Tasklist'],
  ['cockpit', 'Cockpit'],
];

const OUTCOMES = {
  shown: () => tag('Shown', 'green'),
  refused: () => tag('Refused', 'red'),
  'break-glass': () => tag('Emergency access', 'orange'),
};

/** The entries as a table; with the case column when showing more than one case. */
export function entriesTable(caption, entries, { withCase = false } = {}) {
  return table(
    caption,
    [
      { heading: 'When', cell: (e) => [dateTime(e.at), e.outsideWorkingHours ? [' ', tag('Out of hours', 'grey')] : []] },
      { heading: 'Who', cell: (e) => [e.user, h('br'), h('span', { class: 'govuk-hint' }, e.groups.join(', '))] },
      withCase && { heading: 'Case', cell: (e) => e.caseReference ?? '(a list, no case)' },
      { heading: 'What', cell: (e) => e.seen },
      { heading: 'How', cell: (e) => SURFACES.find(([id]) => id === e.surface)?.[1] ?? e.surface },
      { heading: 'Answer', cell: (e) => [OUTCOMES[e.outcome]?.() ?? e.outcome, e.agencyWorksWithFamily || e.outcome === 'refused' ? '' : [' ', tag('Agency not involved', 'yellow')]] },
    ].filter(Boolean),
    entries,
    'Nobody matches these filters.',
  );
}

/** A filter form and the entries it finds; each search asks the API again. */
export function accessLogSearch(container, path, { title, withCase = false, caseFilter = false } = {}) {
  const form = h('form', { class: 'govuk-!-margin-bottom-4', novalidate: true });
  form.append(
    h(
      'div',
      { class: 'govuk-grid-row' },
      caseFilter && h('div', { class: 'govuk-grid-column-one-quarter' }, field('log-case', 'Case reference', h('input', { class: 'govuk-input', name: 'case' }))),
      h('div', { class: 'govuk-grid-column-one-quarter' }, field('log-user', 'Person (user name)', h('input', { class: 'govuk-input', name: 'user' }))),
      h('div', { class: 'govuk-grid-column-one-quarter' }, field('log-agency', 'Agency or group', h('input', { class: 'govuk-input', name: 'agency' }))),
      h('div', { class: 'govuk-grid-column-one-quarter' }, field('log-surface', 'Way in', select(SURFACES, '', { name: 'surface' }))),
    ),
    h(
      'div',
      { class: 'govuk-grid-row' },
      h('div', { class: 'govuk-grid-column-one-quarter' }, field('log-from', 'From', h('input', { class: 'govuk-input', type: 'date', name: 'from' }))),
      h('div', { class: 'govuk-grid-column-one-quarter' }, field('log-to', 'To', h('input', { class: 'govuk-input', type: 'date', name: 'to' }))),
    ),
    h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, 'Search the log'),
  );
  const results = h('div');
  async function search() {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) query.set(name, value);
    const { status, body } = await api(`${path}?${query}`);
    if (status !== 200) {
      results.replaceChildren();
      showError(container, body);
      return;
    }
    container.querySelector('.govuk-error-summary')?.remove();
    results.replaceChildren(
      h('p', { class: 'govuk-body' }, `${body.total} ${body.total === 1 ? 'entry' : 'entries'}${body.total > body.items.length ? `, the latest ${body.items.length} shown` : ''}.`),
      entriesTable(null, body.items, { withCase }),
    );
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  container.replaceChildren(
    h('h2', { class: 'govuk-heading-m', id: 'access-log' }, title),
    h('p', { class: 'govuk-body' }, 'Every time anyone opened this information, through any part of carepath, including attempts that were refused. Entries cannot be changed or removed.'),
    form,
    results,
  );
  return search();
}
