// A stored workshop session with every exercise done and notes on every screen, as the
// exercise specs seed it before the app starts.

/** A session with every exercise done and notes on every screen, stored before the app starts. */
export function fullSession(lang, { long = false } = {}) {
  // Long, each field holds as much as it takes: 120 characters of names, 200 of free text.
  const filled = (label, max) => (long ? `${label}: ${'we talked about this at length and agreed. '.repeat(8)}`.slice(0, max) : label);
  const name = (label) => filled(label, 120);
  const text = (label) => filled(label, 200);
  const notes = {};
  for (const path of ['act/1', 'act/2', 'act/3', 'act/final', 'deck/quote', 'deck/qa', 'deck/shifts', 'deck/why', 'deck/department', 'deck/pillars', 'deck/team']) {
    notes[path] = long ? Array.from({ length: 12 }, (_, i) => `- ${path} point ${i + 1}: what the team said here`).join('\n') : `Note on ${path}`;
  }
  const results = {
    'cast/business': name('Ann'), 'cast/dev': name('Bo, Cy'), 'cast/ops': 'Dee', 'cast/users': 'everyone',
    'cast/names': text('Ann, Bo, Cy, Dee'),
    'hands/praised': '12', 'hands/blamed': '999', 'hands/both': '3', 'hands/neither': '0',
    'dora/deploys': '5', 'dora/lead': '3', 'dora/failures': '15', 'dora/recovery': '2',
    'pillars/mode': 'votes', 'pillars/1/votes': '1 2 3 4 5 5 4 3 2 1', 'pillars/2/votes': '5', 'pillars/3/votes': '3 3',
    'pillars/1/rating': '4', 'pillars/1/idea': text('Map the value stream'), 'pillars/2/idea': text('Demo every sprint'), 'pillars/3/idea': text('Blameless post-mortems'),
    'shifts/1': '0', 'shifts/2': '3', 'shifts/3': '10', 'shifts/4': '7', 'shifts/5': '5',
    'team/po': name('Ann'), 'team/sm': 'Bo', 'team/developers': name('Cy, Dee, Eli'), 'team/technical': 'Fay',
    'plan/1/what': text('Pair Dev and Ops on every release'), 'plan/1/owner': name('Ann'), 'plan/1/date': '2027-01-15',
    'plan/2/what': text('Measure recovery time'), 'plan/2/owner': 'Bo', 'plan/2/date': '2026-11-01',
    'plan/3/owner': 'Cy',
  };
  return JSON.stringify({
    version: 4,
    current: 's1',
    sessions: [{ id: 's1', name: 'Full', team: 'Payments', date: '2026-12-01', lang, notes, left_out: [], results }],
  });
}
