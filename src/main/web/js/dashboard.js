// The managers' pathway dashboard: each panel a chart with the table of its figures (for screen
// readers and for copying), every figure a link to the cases behind it.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { h, api, signedIn, main, table, tag, date, dateTime, select, field, showError, caseLink } from './common.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = 'arial, sans-serif';
Chart.defaults.color = '#0b0c0c';

const params = new URLSearchParams(window.location.search);
const me = await signedIn();
const filters = new URLSearchParams();
for (const name of ['agency', 'level', 'from', 'to']) if (params.get(name)) filters.set(name, params.get(name));

// GOV.UK colours, one per level (Universal to Intensive).
const COLOURS = { 1: '#00703c', 2: '#1d70b8', 3: '#f47738', 4: '#d4351c' };
const LEVEL_NAMES = { 1: 'Level 1 Universal', 2: 'Level 2 Targeted', 3: 'Level 3 Coordinated/Specialist', 4: 'Level 4 Intensive' };

function casesLink(figure, extra, text) {
  const query = new URLSearchParams(filters);
  query.set('figure', figure);
  for (const [k, v] of Object.entries(extra)) query.set(k, v);
  return h('a', { class: 'govuk-link', href: `/dashboard/cases?${query}` }, String(text));
}

function filterForm() {
  const form = h(
    'form',
    { method: 'get', action: '/dashboard', class: 'carepath-no-print', 'aria-label': 'Filter the dashboard' },
    h(
      'div',
      { class: 'govuk-grid-row' },
      h('div', { class: 'govuk-grid-column-one-quarter' }, field('agency', 'Agency', select([['', 'All agencies'], ...me.everyAgency.map((a) => [a.id, a.name])], params.get('agency') ?? ''))),
      h('div', { class: 'govuk-grid-column-one-quarter' }, field('level', 'Level', select([['', 'Any level'], ...Object.entries(LEVEL_NAMES)], params.get('level') ?? ''))),
      h('div', { class: 'govuk-grid-column-one-quarter' }, field('from', 'From', h('input', { class: 'govuk-input', type: 'date', value: params.get('from') ?? '' }))),
      h('div', { class: 'govuk-grid-column-one-quarter' }, field('to', 'To', h('input', { class: 'govuk-input', type: 'date', value: params.get('to') ?? '' }))),
    ),
    h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, 'Apply filters'),
    ' ',
    h('a', { class: 'govuk-link', href: '/dashboard' }, 'Clear filters'),
  );
  return form;
}

function summaryPanel(s) {
  const figure = (label, value, link) =>
    h('div', { class: 'govuk-grid-column-one-quarter' }, h('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, label), h('p', { class: 'govuk-heading-xl govuk-!-margin-bottom-4', 'data-figure': label }, link ?? String(value)));
  return [
    h('h2', { class: 'govuk-heading-m', id: 'summary' }, 'Open cases now'),
    h(
      'div',
      { class: 'govuk-grid-row' },
      figure('Open cases', s.openCases, casesLink('open', {}, s.openCases)),
      figure('Tasks overdue', s.overdueTasks, casesLink('overdue', {}, s.overdueTasks)),
      figure('Cases without a lead professional', s.casesWithoutLead, casesLink('without-lead', {}, s.casesWithoutLead)),
      figure('Children not seen in time', s.childrenNotSeen, h('a', { class: 'govuk-link', href: '#children-not-seen' }, String(s.childrenNotSeen))),
    ),
    table(
      'Open cases by level',
      [
        { heading: 'Level', cell: (r) => r.name },
        { heading: 'Open cases', cell: (r) => casesLink('open', r.level ? { level: r.level } : {}, r.cases) },
      ],
      [
        ...[1, 2, 3, 4].map((level) => ({ level, name: LEVEL_NAMES[level], cases: s.byLevel[level] ?? 0 })),
        { level: null, name: 'Level not decided yet', cases: s.notDecidedYet },
      ],
      '',
    ),
  ];
}

function chart(id, label, config) {
  const canvas = h('canvas', { id, role: 'img', 'aria-label': label });
  const box = h('div', { class: 'carepath-chart' }, canvas);
  queueMicrotask(() => new Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } }));
  return box;
}

/** The dates of one week, for the cases behind that week's figures. */
function weekOf(w) {
  const end = new Date(`${w.weekStarting}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 6);
  return { from: w.weekStarting, to: end.toISOString().slice(0, 10) };
}

function levelsPanel(l) {
  const labels = l.weeks.map((w) => date(w.weekStarting));
  return [
    h('h2', { class: 'govuk-heading-m', id: 'levels' }, 'Levels over time'),
    h('p', { class: 'govuk-body' }, 'Cases at each level at the end of each week, and the step-ups and step-downs decided that week. The Cambridgeshire staged intervention offer aims for fewer families in the higher levels, with more targeted, intensive support.'),
    chart('levels-chart', 'Cases at each level by week (the table below has the figures)', {
      type: 'bar',
      data: { labels, datasets: [1, 2, 3, 4].map((level) => ({ label: LEVEL_NAMES[level], data: l.weeks.map((w) => w.byLevel[level]), backgroundColor: COLOURS[level], stack: 'levels' })) },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    }),
    chart('steps-chart', 'Step-ups and step-downs by week (the table below has the figures)', {
      type: 'bar',
      data: { labels, datasets: [{ label: 'Step-ups', data: l.weeks.map((w) => w.stepUps), backgroundColor: '#d4351c' }, { label: 'Step-downs', data: l.weeks.map((w) => w.stepDowns), backgroundColor: '#00703c' }] },
      options: { scales: { y: { beginAtZero: true } } },
    }),
    h(
      'details',
      { class: 'govuk-details' },
      h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, 'The figures by week')),
      h(
        'div',
        { class: 'govuk-details__text' },
        table(null, [
          { heading: 'Week starting', cell: (w) => date(w.weekStarting) },
          ...[1, 2, 3, 4].map((level) => ({ heading: `Level ${level}`, cell: (w) => w.byLevel[level] })),
          { heading: 'Step-ups', cell: (w) => casesLink('stepped-up', weekOf(w), w.stepUps) },
          { heading: 'Step-downs', cell: (w) => casesLink('stepped-down', weekOf(w), w.stepDowns) },
        ], l.weeks, ''),
      ),
    ),
    table('Time spent at each level (periods that ended in the dates chosen)', [
      { heading: 'Level', cell: (t) => t.name },
      { heading: 'Periods ended', cell: (t) => t.periods },
      { heading: 'Median days at the level', cell: (t) => (t.medianDays == null ? '' : t.medianDays) },
    ], l.timeAtLevel, 'No family moved on from a level in these dates.'),
  ];
}

function workPanel(w) {
  return [
    h('h2', { class: 'govuk-heading-m', id: 'work' }, 'Work by agency'),
    table(null, [
      { heading: 'Agency', cell: (a) => a.name },
      { heading: 'Open tasks', cell: (a) => casesLink('with-open-tasks', { agency: a.agency }, a.open) },
      { heading: 'Overdue', cell: (a) => casesLink('overdue', { agency: a.agency }, a.overdue) },
      { heading: 'Done in the dates chosen', cell: (a) => a.done },
      { heading: 'Median days to complete', cell: (a) => (a.medianDaysToComplete == null ? '' : a.medianDaysToComplete) },
    ], w.agencies, 'No agency has work in these dates.', { sortable: true }),
    table('Handoffs waiting for an answer', [
      { heading: 'Case', cell: (x) => caseLink(x.caseId) },
      { heading: 'From', cell: (x) => me.everyAgency.find((a) => a.id === x.fromAgency)?.name ?? x.fromAgency },
      { heading: 'To', cell: (x) => me.everyAgency.find((a) => a.id === x.toAgency)?.name ?? x.toAgency },
      { heading: 'Waiting (days)', cell: (x) => x.waitingDays },
    ], w.handoffsAwaitingAnswer, 'No handoff is waiting for an answer.'),
  ];
}

function safeguardingPanel(s) {
  return [
    h('h2', { class: 'govuk-heading-m', id: 'children-not-seen' }, 'Children not seen and spoken to in time'),
    table(null, [
      { heading: 'Case', cell: (c) => caseLink(c.caseId) },
      { heading: 'Child', cell: (c) => c.child },
      { heading: 'Lead agency', cell: (c) => me.everyAgency.find((a) => a.id === c.leadAgency)?.name ?? c.leadAgency },
      { heading: 'Last seen, or referred', cell: (c) => date(c.lastSeenOrReferred) },
    ], s.childrenNotSeen, 'Every child at Levels 3 and 4 has been seen within the interval.'),
    h('h2', { class: 'govuk-heading-m', id: 'sharing' }, 'Information shared without consent'),
    table(null, [
      { heading: 'Basis recorded', cell: (b) => b.basis },
      { heading: 'Decisions', cell: (b) => b.decisions },
    ], s.sharedWithoutConsent, 'No information was shared without consent in these dates.'),
    s.sharedWithoutConsent.length > 0 && h('p', { class: 'govuk-body' }, casesLink('shared-without-consent', {}, 'The cases behind these decisions')),
  ];
}

function pathwaysPanel(p) {
  return [
    h('h2', { class: 'govuk-heading-m', id: 'pregnancy' }, 'The pregnancy pathway'),
    chart('pregnancy-chart', 'Pregnancies by weeks to the expected date (the table below has the figures)', {
      type: 'bar',
      data: { labels: p.pregnanciesByWeeksToDue.map((b) => b.band), datasets: [{ label: 'Pregnancies', data: p.pregnanciesByWeeksToDue.map((b) => b.pregnancies), backgroundColor: '#1d70b8' }] },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
    table('Pregnancies by weeks to the expected date', [
      { heading: 'Weeks to the expected date', cell: (b) => b.band },
      { heading: 'Pregnancies', cell: (b) => b.pregnancies },
    ], p.pregnanciesByWeeksToDue, ''),
    h('p', { class: 'govuk-body' }, casesLink('pregnant', {}, 'The cases with a pregnancy on the pathway')),
    table('Pre-birth planning meetings (births or expected dates in the dates chosen)', [
      { heading: 'Held before the birth', cell: () => p.planningMeetings.beforeBirth },
      { heading: 'Held after the birth', cell: () => casesLink('planning-held-after-birth', {}, p.planningMeetings.afterBirth) },
      { heading: 'Not held before a birth', cell: () => casesLink('planning-not-held-before-birth', {}, p.planningMeetings.notHeldBeforeBirth) },
    ], [p.planningMeetings], ''),
    h('h2', { class: 'govuk-heading-m', id: 'plans' }, 'Twin-track plans and support after recovery'),
    table('Twin-track decisions past their deadline', [
      { heading: 'Case', cell: (t) => caseLink(t.caseId) },
      { heading: 'Child', cell: (t) => t.child },
      { heading: 'Decision was due', cell: (t) => date(t.decisionDue) },
    ], p.twinTrackPastDeadline, 'No twin-track decision is past its deadline.'),
    table('Twin-track decisions due within 4 weeks', [
      { heading: 'Case', cell: (t) => caseLink(t.caseId) },
      { heading: 'Child', cell: (t) => t.child },
      { heading: 'Decision due', cell: (t) => date(t.decisionDue) },
    ], p.twinTrackNearDeadline, 'No twin-track decision is due within 4 weeks.'),
    table('Support after recovery', [
      { heading: 'Families in support now', cell: () => casesLink('in-support', {}, p.familiesInPostRecoverySupport) },
      { heading: 'Back to the pathway from support (dates chosen)', cell: () => casesLink('returned-to-pathway', {}, p.returnedToThePathway) },
      { heading: 'Closed cases reopened by a concern (dates chosen)', cell: () => casesLink('reopened', {}, p.casesReopened) },
    ], [p], ''),
  ];
}

function breakGlassPanel(b) {
  return [
    h('h2', { class: 'govuk-heading-m', id: 'break-glass' }, 'Emergency access (break-glass)'),
    table(null, [
      { heading: 'Granted', cell: (x) => String(x.granted) },
      { heading: 'Open now', cell: (x) => String(x.openNow) },
      { heading: 'Awaiting review', cell: (x) => String(x.awaitingReview) },
      { heading: 'Review overdue', cell: (x) => (x.reviewOverdue ? tag(String(x.reviewOverdue), 'red') : '0') },
      { heading: 'Judged not appropriate', cell: (x) => (x.judgedNotAppropriate ? tag(String(x.judgedNotAppropriate), 'red') : '0') },
    ], [b], ''),
    table('The latest', [
      { heading: 'When', cell: (g) => dateTime(g.grantedAt), sort: (g) => g.grantedAt },
      { heading: 'Case', cell: (g) => caseLink(g.caseReference, g.caseReference) },
      { heading: 'Who', cell: (g) => `${g.userId} (${g.userGroups})` },
      { heading: 'Why', cell: (g) => g.reason },
      { heading: 'Review', cell: (g) => (g.reviewOutcome === 'appropriate' ? tag('Appropriate', 'green') : g.reviewOutcome === 'not-appropriate' ? tag('Not appropriate', 'red') : `Due ${date(g.reviewDue)}`) },
    ], b.recent, 'No emergency access in these dates.', { sortable: true }),
  ];
}

const query = filters.toString();
const [summary, levels, work, safeguarding, pathways] = await Promise.all(
  ['summary', 'levels', 'work', 'safeguarding', 'pathways'].map((panel) => api(`/api/dashboard/${panel}?${query}`)),
);
const breakGlass = await api(`/api/dashboard/break-glass?${query}`);
const failed = [summary, levels, work, safeguarding, pathways, breakGlass].find((answer) => answer.status !== 200);
main().replaceChildren(
  h('h1', { class: 'govuk-heading-l' }, 'Pathway dashboard'),
  filterForm(),
  ...(failed
    ? []
    : [
        h('p', { class: 'govuk-body' }, `Dates from ${date(levels.body.from)} to ${date(levels.body.to)}.`),
        ...summaryPanel(summary.body),
        ...levelsPanel(levels.body),
        ...workPanel(work.body),
        ...pathwaysPanel(pathways.body),
        ...safeguardingPanel(safeguarding.body),
        ...breakGlassPanel(breakGlass.body),
      ]),
);
if (failed) showError(main(), failed.body);
