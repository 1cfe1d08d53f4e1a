// Cuts an article's text into segments at every span boundary, so that entity mentions, quotes and
// event evidence, which may overlap and nest, can each be marked without nesting markup.

/**
 * marks: [{start, end, kind, ref}] with [start, end) UTF-16 offsets into text (as the API gives them).
 * Returns [{start, end, text, marks: [...]}] covering the whole text in order; a segment's marks are
 * those that cover it entirely. Marks outside the text or empty are ignored.
 */
export function segment(text, marks) {
  const valid = marks.filter(m => Number.isInteger(m.start) && Number.isInteger(m.end)
    && m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, text: text.slice(start, end), marks: valid.filter(m => m.start <= start && end <= m.end) });
  }
  return out;
}

/** The marks of one analysis record: entity mentions, quotes and event evidence. */
export function marksOf(record) {
  const marks = [];
  for (const e of record.entities || []) {
    for (const [start, end] of e.mentions || []) marks.push({ start, end, kind: 'entity', ref: e });
  }
  (record.quotes || []).forEach((q, i) => {
    if (q.span) marks.push({ start: q.span[0], end: q.span[1], kind: 'quote', ref: q, index: i });
  });
  (record.events || []).forEach((ev, i) => {
    if (ev.span) marks.push({ start: ev.span[0], end: ev.span[1], kind: 'evidence', ref: ev, index: i });
  });
  return marks;
}

/** Of several marks of one kind covering a segment, the innermost (shortest) one. */
export function innermost(marks, kind) {
  let best = null;
  for (const m of marks) {
    if (m.kind === kind && (!best || m.end - m.start < best.end - best.start)) best = m;
  }
  return best;
}
