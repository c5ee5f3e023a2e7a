// The demo author's data, shared by the demo server and (later) the reference server's seed.
export const demoSite = {
  groups: [
    {
      id: 'spring-mastermind',
      name: 'Spring Fantasy Mastermind',
      description: 'Eight fantasy authors meet online every Wednesday to swap craft notes, launch plans and list swaps.',
      kind: 'mastermind',
      fields: [
        { name: 'genre', label: 'Your genre', type: 'text', required: true, options: [] },
        {
          name: 'bring',
          label: 'What you bring',
          type: 'checkboxes',
          required: false,
          options: [
            { value: 'craft', label: 'Craft' },
            { value: 'marketing', label: 'Marketing' },
            { value: 'publishing', label: 'Publishing' },
          ],
        },
      ],
      seats: 8,
      seatsLeft: 3,
      consent: { text: 'I agree that Jane Doe may email me about this mastermind.', version: '2026-11-01' },
      doubleOptIn: true,
    },
  ],
};
