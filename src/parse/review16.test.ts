/**
 * Review 16 of the last merges (a measured reading under a denial, "before" after a denial, a sign marked
 * new after a comma): wrong absents their authors did not probe, with the plain readings that must not move.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string, lang: string) => parseStory({ text, today: '2026-12-08' }, lang).evidence;
const state = (text: string, id: string, lang = 'en') => read(text, lang).find((e) => e.id === id)?.state;

describe('a denial said only of the time before an event is asked (en denialHedgeAfter)', () => {
  it('asks the sign again, since it may be there since the event', () => {
    // Each read the sign as denied: a wrong absent.
    expect(state('No weakness before the fall.', 'weakness_both_legs')).toBe('unknown');
    expect(state('I had no numbness in my legs before the accident.', 'numbness_both_legs')).toBe('unknown');
    expect(state('Never had any trouble peeing before the op.', 'urinary_retention')).toBe('unknown');
    expect(state('No numbness before last Tuesday.', 'saddle_numbness')).toBe('unknown');
  });
  it('keeps plain denials and first-episode histories', () => {
    expect(state('No numbness in my legs.', 'numbness_both_legs')).toBe('absent');
    expect(state('No similar episodes before.', 'recurrent_episodes')).toBe('absent');
    expect(state('I never had back pain before.', 'recurrent_episodes')).toBe('absent');
    expect(state('No leg weakness, I walked in fine.', 'weakness_one_leg')).toBe('absent');
  });
});

describe('a denial followed by what cannot be done now is asked (en denialHedgeAfter)', () => {
  it('asks the sign, which the new trouble may be', () => {
    expect(state("Never had trouble peeing, now I can't go.", 'urinary_retention')).toBe('unknown');
    expect(state("Never had trouble peeing but now I can't go.", 'urinary_retention')).toBe('unknown');
  });
  it('keeps a denial followed by what cannot be done without "now"', () => {
    expect(state("No leg weakness, I can't sleep.", 'weakness_one_leg')).toBe('absent');
    expect(state('Never had trouble peeing.', 'urinary_retention')).toBe('absent');
  });
});

describe('a sign marked recent or sudden after a comma under a denial is asked (newSignWords)', () => {
  it('asks it, never denies it', () => {
    expect(state('No fever, recent onset urinary retention.', 'urinary_retention')).toBe('unknown');
    expect(state('Denies fever, recent onset urinary retention.', 'urinary_retention')).toBe('unknown');
  });
  it('still denies what the denial names, and a new thing that is no sign', () => {
    expect(state('No fever, recent onset urinary retention.', 'fever')).toBe('absent');
    expect(state('No numbness, new job.', 'numbness_both_legs')).toBe('absent');
    expect(state('No urinary retention, recent holiday.', 'urinary_retention')).toBe('absent');
  });
});

describe('a reading told after a denied fever is asked (cues, en/es/ar)', () => {
  it('asks the fever when the reading comes later in the day or after "but"', () => {
    expect(state('No fever, well 38.1 this afternoon.', 'fever')).toBe('unknown');
    expect(state('No fever, but 38.3 overnight.', 'fever')).toBe('unknown');
    expect(state('No tengo fiebre, pero 38,4 esta mañana.', 'fever', 'es')).toBe('unknown');
    expect(state('No tengo fiebre, aunque llegó a 38 anoche.', 'fever', 'es')).toBe('unknown');
    expect(state('ما في حرارة بس ٣٨.٥ الليلة الماضية', 'fever', 'ar')).toBe('unknown');
    expect(state('ما عندي حرارة بس وصلت ٣٨.٥ امبارح', 'fever', 'ar')).toBe('unknown');
  });
  it("keeps a plain denial followed by the pain's own time", () => {
    expect(state('No fever.', 'fever')).toBe('absent');
    expect(state('No tengo fiebre, llevo 3 días con dolor.', 'fever', 'es')).toBe('absent');
    expect(state('Sin fiebre, dolor desde hace 2 días.', 'fever', 'es')).toBe('absent');
    expect(state('ما عندي حرارة بس الوجع من ٣ أيام', 'fever', 'ar')).toBe('absent');
  });
});
