import { useState } from 'preact/hooks';
import { type DoctorQuestion, doctorQuestionSchema } from '../../../src/diary/model.ts';
import { t } from '../i18n/i18n.ts';

export const MAX_QUESTION = 500;

/**
 * "Questions for my doctor": the list, oldest first, as it prints; on screen each has Remove and a
 * form below adds one. Saved as doctorQuestion records in the diary on this phone (synced when signed in).
 */
export function QuestionsEditor(props: {
  questions: readonly DoctorQuestion[];
  onAdd: (q: DoctorQuestion) => Promise<void>;
  onRemove: (id: string) => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const add = async (e: Event) => {
    e.preventDefault();
    const parsed = doctorQuestionSchema.safeParse({
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      text,
    });
    if (!parsed.success) {
      setError(t('visit.questionEmpty'));
      return;
    }
    await props.onAdd(parsed.data);
    setText('');
    setError(null);
    setStatus(t('visit.questionAdded'));
  };

  return (
    <section aria-labelledby="visit-questions" class="visit-section">
      <h3 id="visit-questions">{t('visit.questionsTitle')}</h3>
      {props.questions.length === 0 ? (
        <p>{t('visit.questionsNone')}</p>
      ) : (
        <ol class="visit-questions">
          {props.questions.map((q) => (
            <li key={q.id}>
              <span class="visit-question-text">{q.text}</span>
              <button
                type="button"
                class="button button-quiet no-print"
                onClick={async () => {
                  await props.onRemove(q.id);
                  setStatus(t('visit.questionRemoved'));
                }}
              >
                {t('visit.questionRemove')}
                <span class="visually-hidden">: {q.text}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <form class="no-print question-form" onSubmit={add} noValidate>
        <div class="field">
          <label for="visit-question">{t('visit.questionLabel')}</label>
          <p class="hint" id="visit-question-hint">
            {t('visit.questionHint')}
          </p>
          <textarea
            id="visit-question"
            rows={2}
            maxLength={MAX_QUESTION}
            value={text}
            aria-describedby={error ? 'visit-question-hint visit-question-error' : 'visit-question-hint'}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
        </div>
        <div role="alert" class="error-slot">
          {error ? (
            <p class="field-error" id="visit-question-error">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" class="button">
          {t('visit.questionAdd')}
        </button>
        <p role="status" class="status">
          {status}
        </p>
      </form>
    </section>
  );
}
