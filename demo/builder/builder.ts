// The public /builder/ page: the console's embed-code builder with the demo author's groups, for
// visitors who have no site yet. Bundled to dist/demo/builder.js.
import '../../console/builder/builder.js';

for (const builder of document.querySelectorAll('salon-embed-builder')) {
  builder.groups = [
    { id: 'spring-mastermind', name: 'Spring Fantasy Mastermind', required: 1 },
    { id: 'readers', name: 'The Lantern Readers' },
    { id: 'newsletter', name: 'Jane Doe’s newsletter' },
  ];
  builder.tags = ['authors', 'mastermind', 'readers'];
}
