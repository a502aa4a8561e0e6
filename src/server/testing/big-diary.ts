/** A big diary for load tests: ten years, every day, as much JSON as asked for. */

export const BIG_DIARY_FROM = '2016-12-01';
export const BIG_DIARY_TO = '2026-11-30';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** About `bytes` of diary JSON over ten years: episodes, and check-ins with notes, every day. */
export function bigDiary(bytes: number): string {
  const start = Date.parse(`${BIG_DIARY_FROM}T00:00:00Z`);
  const days = Math.round((Date.parse(`${BIG_DIARY_TO}T00:00:00Z`) - start) / 86_400_000) + 1;
  const note =
    'Stiff on waking, eased after a walk and the heat wrap; sat too long at the desk in the afternoon. ';
  const episodes = [];
  const checkIns = [];
  let n = 1;
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (let d = 0; d < days && size < bytes; d++) {
      const at = new Date(start + d * 86_400_000 + (round % 24) * 3_600_000 + (round % 60) * 60_000);
      const checkIn = {
        id: id(n++),
        episodeId: null,
        at: at.toISOString(),
        pain: (d + round) % 11,
        notes: note.repeat(1 + ((d + round) % 3)),
      };
      checkIns.push(checkIn);
      size += JSON.stringify(checkIn).length + 1;
      if (round === 0 && d % 30 === 0) {
        episodes.push({
          id: id(n++),
          startedAt: at.toISOString(),
          endedAt: new Date(at.getTime() + 5 * 86_400_000).toISOString(),
          areas: ['lower_back'],
          pain: 6,
          triggers: ['lifting'],
          notes: note,
        });
      }
    }
  }
  return JSON.stringify({
    format: 'backease-diary',
    version: 1,
    exportedAt: `${BIG_DIARY_TO}T12:00:00Z`,
    profile: { age: 47, sex: 'female', evidence: [], country: 'GB' },
    episodes,
    checkIns,
    remedySessions: [],
    assessments: [],
    doctorQuestions: [],
  });
}
