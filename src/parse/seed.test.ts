import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../knowledge/index.ts';
import { parseStory } from './index.ts';
import { chipsOf, screenWarningSigns, seedFromChips, warningSigns } from './seed.ts';

const kb = getKnowledge();
const warning = warningSigns(kb);
const pretick = screenWarningSigns(kb);
const chipsFor = (text: string) => chipsOf(parseStory({ text }).evidence, warning);

describe('a story as chips to check', () => {
  const chips = chipsFor(
    'My lower back locked up lifting yesterday, about 7/10. No problems peeing. Maybe a fever. I take warfarin. I had numbness around my bum.',
  );
  const kind = (id: string) => chips.find((c) => c.id === id)?.kind;

  it('lists what the story says is there, but no warning sign it denies: that one is asked', () => {
    expect(kind('pain_lower_back')).toBe('present');
    expect(kind('med_anticoagulant')).toBe('present');
    expect(kind('urinary_retention')).toBeUndefined();
    expect(chips.find((c) => c.id === 'pain_severity')?.value).toBe(7);
    // A hedge is no chip: the interview asks it.
    expect(kind('fever')).toBeUndefined();
    // Every chip points at the words it rests on.
    for (const c of chips) expect(c.spans.length).toBeGreaterThan(0);
  });

  it('seeds kept findings as answers, pre-ticks mentioned warning signs, and sends only id, state, value', () => {
    const seed = seedFromChips(chips, new Set(chips.map((c) => c.id)), pretick);
    expect(seed.suggested).toContain('saddle_numbness');
    expect(seed.answers.map((a) => a.id)).not.toContain('saddle_numbness');
    expect(seed.answers.map((a) => a.id)).not.toContain('urinary_retention');
    expect(seed.answers).toContainEqual({ id: 'pain_severity', state: 'present', value: 7 });
    expect(seed.answers).toContainEqual({ id: 'med_anticoagulant', state: 'present' });
    for (const a of seed.answers)
      expect(Object.keys(a).sort()).toEqual(
        a.value === undefined ? ['id', 'state'] : ['id', 'state', 'value'],
      );
  });

  it('gives nothing for a chip the person unticks', () => {
    const kept = new Set(
      chips.map((c) => c.id).filter((id) => id !== 'med_anticoagulant' && id !== 'saddle_numbness'),
    );
    const seed = seedFromChips(chips, kept, pretick);
    expect(seed.answers.map((a) => a.id)).not.toContain('med_anticoagulant');
    expect(seed.suggested).not.toContain('saddle_numbness');
  });

  it('never makes a warning sign absent: one the story denies is no chip, and is asked', () => {
    for (const text of [
      'no numbness, no fever, peeing is fine, no chest pain',
      'My legs are fine and my bladder is normal, no weakness.',
      'Denies saddle anaesthesia, urinary retention or fever.',
    ]) {
      const parsed = parseStory({ text }).evidence;
      // The parser does read the denials; they stop at the chips.
      expect(parsed.some((e) => e.state === 'absent' && warning.has(e.id))).toBe(true);
      const cs = chipsOf(parsed, warning);
      for (const c of cs) expect(c.kind === 'absent' && warning.has(c.id)).toBe(false);
      const seed = seedFromChips(cs, new Set(cs.map((c) => c.id)), pretick);
      expect(seed.answers.filter((x) => x.state === 'absent' && warning.has(x.id))).toEqual([]);
    }
  });

  it('pre-ticks only the signs on warning-sign screens', () => {
    expect(pretick.has('saddle_numbness')).toBe(true);
    for (const id of pretick) expect(warning.has(id)).toBe(true);
    expect(pretick.has('pain_lower_back')).toBe(false);
  });
});
