import { describe, expect, it } from 'vitest';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { nextStep } from './interview.ts';
import { levelBounds } from './triage-bounds.ts';

const kb = getKnowledge();

const yes = (id: string): EvidenceItem => ({ id, state: 'present' }) as EvidenceItem;

// Night pain is urgent unless it is the night waking of the inflammatory pattern, which is "see a GP"
// (clinical.md §1.6 P4). Morning stiffness and the rest are read both ways by the rules: present, they
// raise the inflammatory pattern and lower night pain. No single answer to them reassures everywhere.
const nightPainWithStiffness: AssessmentInput = {
  age: 24,
  sex: 'male',
  evidence: [
    yes('pain_lower_back'),
    yes('night_pain'),
    yes('morning_stiffness_long'),
    yes('better_exercise_not_rest'),
    { id: 'duration_days', state: 'present', value: 180 },
    { id: 'pain_severity', state: 'present', value: 4 },
  ],
};

describe('triage bounds: findings the rules read both ways', () => {
  it('finds the least urgent level reached by answering them yes (night waking of the inflammatory pattern)', () => {
    expect(levelBounds(kb, nightPainWithStiffness).min).toBe('gp');
  });

  it('so the interview asks the open one before its result, and the result follows the answer', () => {
    const finish = (wakesLate: boolean) => {
      let input = nightPainWithStiffness;
      const asked: string[] = [];
      for (let i = 0; i < 60; i++) {
        const step = nextStep(kb, input);
        if (step.done) return { asked, level: step.assessment.triage.level };
        asked.push(step.question.id);
        const answers = step.question.items.map((item) =>
          item.findingId === 'wakes_second_half_night' && wakesLate
            ? yes(item.findingId)
            : ({ id: item.findingId, state: 'absent' } as EvidenceItem),
        );
        input = { ...input, evidence: [...input.evidence, ...answers] };
      }
      throw new Error('the interview did not end');
    };
    const late = finish(true);
    expect(late.asked).toContain('stiffness_pattern');
    expect(late.level).toBe('gp');
    expect(finish(false).level).toBe('urgent');
  });
});
