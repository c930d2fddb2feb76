// One page for the workspace: the address says which view to show. Each view is its own module,
// so the form renderer loads only with a task.
const path = window.location.pathname;
const views = [
  [/^\/login$/, () => import('./login.js'), 'Sign in'],
  [/^\/tasks\/[^/]+$/, () => import('./task.js'), 'Task'],
  [/^\/cases\/([^/]+)\/chronology\/print$/, () => import('./print.js'), 'Chronology of case $1'],
  [/^\/cases\/([^/]+)\/break-glass$/, () => import('./break-glass.js'), 'Emergency access to case $1'],
  [/^\/cases\/([^/]+)$/, () => import('./case.js'), 'Case $1'],
  [/^\/audit$/, () => import('./audit.js'), 'Information governance'],
  [/^\/dashboard$/, () => import('./dashboard.js'), 'Pathway dashboard'],
  [/^\/dashboard\/cases$/, () => import('./dashboard-cases.js'), 'Cases behind a figure'],
  [/^\/models\/what-if$/, () => import('./what-if.js'), 'Try a decision change'],
  [/^\/$/, () => import('./work.js'), "My agency's work"],
];
const [pattern, view, title] = views.find(([route]) => route.test(path)) ?? views.at(-1);
document.title = `${path.replace(pattern, title).replace(/^\/.*/, title)} – carepath`;
await view();
