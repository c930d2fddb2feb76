// What-if for service designers and managers: a changed decision table (a .dmn file from Camunda
// Modeler) replayed over past decisions, before anyone deploys it. Figures only for designers;
// managers may open the cases behind a cell of the matrix.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { h, api, upload, signedIn, main, table, field, showError, clearFieldErrors, markFieldError, caseLink, dateTime } from './common.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = 'arial, sans-serif';
Chart.defaults.color = '#0b0c0c';

const me = await signedIn();
const manager = me.roles.includes('managers');
const COLOURS = ['#00703c', '#1d70b8', '#f47738', '#d4351c', '#4c2c92', '#505a5f', '#b58840', '#912b88'];

/** A value as people say it: the level table's "3" is "Level 3". */
function label(report, value) {
  if (value === 'no result') return 'No result';
  return report.output === 'level' ? `Level ${value}` : value;
}

function form() {
  const file = h('input', { class: 'govuk-file-upload', type: 'file', accept: '.dmn', required: true });
  const from = h('input', { class: 'govuk-input govuk-input--width-10', type: 'date' });
  const to = h('input', { class: 'govuk-input govuk-input--width-10', type: 'date' });
  const element = h(
    'form',
    { novalidate: true, 'aria-label': 'Try a changed decision table' },
    field('file', 'The changed decision table', file, 'The .dmn file you saved in Camunda Modeler, for example staged-intervention-level.dmn.'),
    h(
      'fieldset',
      { class: 'govuk-fieldset' },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'Closed cases to include (optional)'),
      h('div', { class: 'govuk-hint' }, 'Open cases are always included. Give dates to include cases closed between them too.'),
      h('div', { class: 'govuk-grid-row' }, h('div', { class: 'govuk-grid-column-one-half' }, field('closedFrom', 'Closed from', from)), h('div', { class: 'govuk-grid-column-one-half' }, field('closedTo', 'Closed to', to))),
    ),
    h('button', { type: 'submit', class: 'govuk-button' }, 'Try it on past decisions'),
  );
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(element);
    if (!file.files.length) {
      markFieldError(element, 'file', 'Choose the .dmn file to try');
      showError(element, { detail: 'Choose the .dmn file to try.' });
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0], file.files[0].name);
    const query = new URLSearchParams();
    if (from.value) query.set('closedFrom', from.value);
    if (to.value) query.set('closedTo', to.value);
    const button = element.querySelector('button');
    button.disabled = true;
    const { status, body } = await upload(`/api/models/what-if?${query}`, data);
    button.disabled = false;
    if (status !== 200) {
      for (const error of body?.errors ?? []) markFieldError(element, error.field, error.message);
      showError(element, body);
      return;
    }
    results.replaceChildren(...body.flatMap(report));
    results.querySelector('h2')?.focus();
  });
  return element;
}

function matrix(r) {
  const count = (from, to) => r.matrix.find((c) => c.from === from && c.to === to)?.decisions ?? 0;
  return h(
    'table',
    { class: 'govuk-table', id: `matrix-${r.decision}` },
    h('caption', { class: 'govuk-table__caption govuk-table__caption--s' }, 'Decisions by the answer now (rows) and with the change (columns)'),
    h(
      'thead',
      { class: 'govuk-table__head' },
      h('tr', { class: 'govuk-table__row' }, h('td', { class: 'govuk-table__header' }, ''), r.values.map((to) => h('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric' }, label(r, to)))),
    ),
    h(
      'tbody',
      { class: 'govuk-table__body' },
      r.values.map((from) =>
        h(
          'tr',
          { class: 'govuk-table__row' },
          h('th', { scope: 'row', class: 'govuk-table__header' }, label(r, from)),
          r.values.map((to) => {
            const n = count(from, to);
            const changed = from !== to && n > 0;
            const text = changed ? h('strong', {}, String(n)) : String(n);
            const content =
              manager && n > 0
                ? h('button', { type: 'button', class: 'carepath-link-button govuk-link', 'aria-label': `${n} decisions from ${label(r, from)} to ${label(r, to)}: show the cases`, onclick: () => showCases(r, from, to) }, text)
                : text;
            return h('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, content);
          }),
        ),
      ),
    ),
  );
}

async function showCases(r, from, to) {
  const box = document.getElementById(`cases-${r.decision}`);
  const { status, body } = await api(`/api/models/what-if/${encodeURIComponent(r.id)}/cases?${new URLSearchParams({ from, to })}`);
  if (status !== 200) {
    showError(box, body);
    return;
  }
  box.replaceChildren(
    h('h3', { class: 'govuk-heading-s', tabindex: '-1' }, `Cases with a decision from ${label(r, from)} to ${label(r, to)}`),
    body.cases.length ? h('ul', { class: 'govuk-list' }, body.cases.map((c) => h('li', {}, caseLink(c)))) : h('p', { class: 'govuk-body' }, 'None.'),
  );
  box.querySelector('h3').focus();
}

function chart(r) {
  const canvas = h('canvas', { id: `chart-${r.decision}`, role: 'img', 'aria-label': 'Decisions by the answer now, split by the answer with the change (the table above has the figures)' });
  queueMicrotask(
    () =>
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: r.values.map((v) => label(r, v)),
          datasets: r.values.map((to, i) => ({ label: `With the change: ${label(r, to)}`, data: r.values.map((from) => r.matrix.find((c) => c.from === from && c.to === to)?.decisions ?? 0), backgroundColor: COLOURS[i % COLOURS.length], stack: 'after' })),
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { stacked: true, title: { display: true, text: 'The answer now' } }, y: { stacked: true, beginAtZero: true } } },
      }),
  );
  return h('div', { class: 'carepath-chart' }, canvas);
}

function groups(caption, rows) {
  return table(caption, [
    { heading: caption.startsWith('By agency') ? 'Lead agency' : 'Pathway', cell: (g) => g.name },
    { heading: 'Decisions replayed', cell: (g) => g.replayed },
    { heading: 'Would change', cell: (g) => g.changed },
  ], rows, 'None.');
}

function report(r) {
  const period = r.period?.closedFrom || r.period?.closedTo ? `, and of cases closed from ${r.period.closedFrom ?? 'the start'} to ${r.period.closedTo ?? 'today'}` : '';
  return [
    h('h2', { class: 'govuk-heading-l', tabindex: '-1', id: `report-${r.decision}` }, r.decisionName),
    h('p', { class: 'govuk-body' }, `Every decision of open cases${period}, from ${r.source}, replayed through the live table and your changed one on ${dateTime(r.ranAt)}. Nothing was changed for any family.`),
    h(
      'dl',
      { class: 'govuk-summary-list' },
      [
        ['Decisions replayed', r.replayed],
        ['Would get a different answer', r.changed],
        ['Same answer, other outputs differ (for example the reason)', r.otherOutputsChanged],
      ].map(([k, v]) => h('div', { class: 'govuk-summary-list__row' }, h('dt', { class: 'govuk-summary-list__key' }, k), h('dd', { class: 'govuk-summary-list__value', 'data-figure': k }, String(v)))),
    ),
    matrix(r),
    h('div', { id: `cases-${r.decision}`, 'aria-live': 'polite' }),
    chart(r),
    groups('By agency (the lead agency of each case)', r.byAgency),
    groups('By pathway', r.byPathway),
    table('Rules that would decide more or less often', [
      { heading: 'Rule', cell: (x) => h('span', {}, h('span', { class: 'govuk-!-font-weight-bold' }, x.rule), h('br'), x.annotation) },
      { heading: 'Now', cell: (x) => x.before },
      { heading: 'With the change', cell: (x) => x.after },
    ], r.rules, 'Every rule would decide as often as it does now.'),
  ];
}

const results = h('div', { id: 'what-if-results' });
main().replaceChildren(
  h('h1', { class: 'govuk-heading-xl' }, 'Try a decision change'),
  h('p', { class: 'govuk-body' }, 'See which families a changed table would move before it is deployed. Change the table in Camunda Modeler, save it, and choose the file here. The checks that run on every deployment run first, so a table the pathway cannot use is named here.'),
  form(),
  results,
);
