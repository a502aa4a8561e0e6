/**
 * The assessment engine, running in the browser: the same code and knowledge base as the CLI and the
 * server, so no network is needed once the app is loaded. Lives in its own chunk so the first screen
 * does not wait for it.
 */

import type { Assessment, InterviewStep } from '../../../src/contract/output.ts';
// The interview module itself rather than the engine's barrel: the barrel also brings the raw-input
// API and with it zod, which the check does not need for answers this code builds itself.
import { nextStep } from '../../../src/engine/interview.ts';
import { nextScreen, type ScreenStep } from '../../../src/engine/screens.ts';
import { getKnowledge, type LoadedKnowledge } from '../../../src/knowledge/index.ts';
import type { SourceRef } from '../components/sources.tsx';
import { loadKnowledgeCatalog } from '../i18n/i18n.ts';
import { type InterviewState, openedOf, suggestedOf, toInput } from './interview-state.ts';

export async function prepareEngine(): Promise<void> {
  await loadKnowledgeCatalog();
}

export function knowledge(): LoadedKnowledge {
  return getKnowledge();
}

/** The next question or the finished assessment, for answers built by the interview screens. */
export function interviewStep(state: InterviewState): InterviewStep {
  return nextStep(getKnowledge(), toInput(state));
}

/**
 * The next screen as the person meets it: one question, or several gateways asked together
 * (src/engine/screens.ts). A gateway the person opened on such a screen, or one holding a warning sign
 * their story mentions, comes as its list; warning signs from the story are confirmed first.
 */
export function screenStep(state: InterviewState): ScreenStep {
  return nextScreen(getKnowledge(), toInput(state), {
    opened: openedOf(state),
    suggested: suggestedOf(state),
  });
}

/**
 * Answers read back from storage are checked against the contract before use (they may come from an
 * older version of the app or a damaged store); null when they are not valid input any more. The
 * validator (and zod) loads only here, from the service worker's cache when offline.
 */
export async function validSavedState(state: InterviewState | null): Promise<InterviewState | null> {
  if (!state) return null;
  const { parseAssessmentInput } = await import('../../../src/contract/input.ts');
  return parseAssessmentInput(toInput(state)).ok ? state : null;
}

export function finishedAssessment(state: InterviewState): Assessment | null {
  const step = interviewStep(state);
  return step?.done ? step.assessment : null;
}

export function sourceRefs(ids: readonly string[]): SourceRef[] {
  const kb = getKnowledge();
  return ids.flatMap((id) => {
    const s = kb.sourceById.get(id);
    return s ? [{ id: s.id, title: s.title, urls: s.urls }] : [];
  });
}
