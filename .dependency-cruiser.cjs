/** What may import what, as docs/ARCHITECTURE.md states it; `npm test` fails on any forbidden import. */
const part = (name) => `^src/${name}/`;

/** For each part, the parts it must not import. */
const FORBIDDEN = {
  api: ['bpmn', 'engine', 'kpi', 'store', 'server', 'web', 'cli'],
  bpmn: ['api', 'engine', 'kpi', 'store', 'server', 'web', 'cli'],
  engine: ['api', 'kpi', 'store', 'server', 'web', 'cli'],
  kpi: ['api', 'bpmn', 'engine', 'store', 'server', 'web', 'cli'],
  store: ['server', 'web', 'cli'],
  server: ['web', 'cli'],
  web: ['bpmn', 'engine', 'kpi', 'store', 'server', 'cli'],
  cli: ['web'],
};

module.exports = {
  forbidden: [
    ...Object.entries(FORBIDDEN).map(([from, targets]) => ({
      name: `${from}-must-not-import-${targets.join('-')}`,
      comment: `src/${from} may not import src/{${targets.join(',')}} (see docs/ARCHITECTURE.md)`,
      severity: 'error',
      from: { path: part(from) },
      to: { path: `^src/(${targets.join('|')})/` },
    })),
    {
      name: 'no-test-code-in-product',
      comment: 'product code must not import tests or test support',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '(^tests/|\\.test\\.tsx?$)' },
    },
    {
      name: 'testing-drivers-only-in-tests',
      comment: 'src/engine/testing (with the bpmn-engine oracle, a devDependency) is for tests and benchmarks only',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.test\\.tsx?$', '^src/engine/testing/'] },
      to: { path: '^src/engine/testing/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      // vite's, bpmn-moddle's, bpmn-auto-layout's, uuid's and csv-parse's export maps (and no "main") are not followed by enhanced-resolve here; tsc checks those imports.
      to: { couldNotResolve: true, pathNot: '^(vite|bpmn-moddle|bpmn-auto-layout|uuid|csv-parse/sync)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: '^dist/' },
  },
};
