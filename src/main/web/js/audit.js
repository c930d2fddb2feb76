// Information governance: the access log's check, the unusual-access report and every case's log.
import { h, api, signedIn, main, table, date, field, showError } from './common.js';
import { accessLogSearch, entriesTable } from './access-log.js';

const me = await signedIn();
if (!me.roles.includes('information-governance')) {
  main().replaceChildren(
    h('h1', { class: 'govuk-heading-l' }, 'This page is for information governance'),
    h('p', { class: 'govuk-body' }, 'The access log across every case is read by information governance only.'),
  );
} else {
  const verification = h('div', { id: 'verification' });
  const unusual = h('div', { id: 'unusual' });
  const search = h('div', { id: 'search' });

  async function verify() {
    verification.replaceChildren(h('p', { class: 'govuk-body' }, 'Checking every entry…'));
    const { status, body } = await api('/api/audit/verify');
    if (status !== 200) {
      showError(verification, body);
      return;
    }
    verification.replaceChildren(
      body.intact
        ? h('div', { class: 'govuk-panel govuk-panel--confirmation' }, h('h2', { class: 'govuk-panel__title' }, 'The log is intact'), h('div', { class: 'govuk-panel__body' }, `${body.entries} entries, each as it was written.`))
        : h('div', { class: 'govuk-error-summary', role: 'alert' }, h('h2', { class: 'govuk-error-summary__title' }, 'The log has been tampered with'), h('div', { class: 'govuk-error-summary__body' }, h('p', { class: 'govuk-body' }, body.detail), h('p', { class: 'govuk-body' }, 'Report this as a security incident: entries cannot be changed through carepath, so someone changed the database.'))),
    );
  }

  async function report(from, to) {
    const query = new URLSearchParams();
    if (from) query.set('from', from);
    if (to) query.set('to', to);
    const { status, body } = await api(`/api/audit/unusual?${query}`);
    const form = h(
      'form',
      { novalidate: true, class: 'govuk-!-margin-bottom-4' },
      h('div', { class: 'govuk-grid-row' },
        h('div', { class: 'govuk-grid-column-one-quarter' }, field('unusual-from', 'From', h('input', { class: 'govuk-input', type: 'date', name: 'from', value: from ?? '' }))),
        h('div', { class: 'govuk-grid-column-one-quarter' }, field('unusual-to', 'To', h('input', { class: 'govuk-input', type: 'date', name: 'to', value: to ?? '' })))),
      h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, 'Show the report'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      report(data.get('from'), data.get('to'));
    });
    if (status !== 200) {
      unusual.replaceChildren(h('h2', { class: 'govuk-heading-m' }, 'Unusual access'), form);
      showError(unusual, body);
      return;
    }
    unusual.replaceChildren(
      h('h2', { class: 'govuk-heading-m', id: 'unusual-access' }, 'Unusual access'),
      form,
      h('p', { class: 'govuk-body' }, `From ${date(body.from)} to ${date(body.to)}. Working hours: ${body.workingHours}.`),
      table(
        `People who opened ${body.threshold} or more families their agencies do not work with`,
        [
          { heading: 'Who', cell: (u) => u.user },
          { heading: 'Groups', cell: (u) => u.groups.join(', ') },
          { heading: 'Families', cell: (u) => String(u.cases) },
          { heading: 'Views', cell: (u) => String(u.views) },
        ],
        body.manyCasesNotServed,
        'Nobody.',
      ),
      h('h3', { class: 'govuk-heading-s' }, 'Refused attempts'),
      entriesTable(null, body.refused, { withCase: true }),
      h('h3', { class: 'govuk-heading-s' }, 'Outside working hours'),
      entriesTable(null, body.outsideWorkingHours, { withCase: true }),
    );
  }

  main().replaceChildren(
    h('h1', { class: 'govuk-heading-l' }, 'Information governance'),
    h('h2', { class: 'govuk-heading-m' }, 'Check the access log'),
    h('p', { class: 'govuk-body' }, 'Each entry is sealed with the one before it, so a changed or removed entry shows.'),
    h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', onclick: verify }, 'Check every entry'),
    verification,
    unusual,
    search,
  );
  await report();
  await accessLogSearch(search, '/api/audit/access', { title: 'Every case’s access log', withCase: true, caseFilter: true });
  search.querySelector('p')?.replaceChildren('Every view of every family, through any part of carepath, including refused attempts.');

}
