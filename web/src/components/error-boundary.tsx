import { Component, type ComponentChildren } from 'preact';
import { t } from '../i18n/i18n.ts';

/**
 * If a screen fails while drawing, show a plain message instead of a blank page. The header with the
 * emergency number sits outside this boundary, so it stays on screen whatever happens here.
 */
export class ErrorBoundary extends Component<
  { children: ComponentChildren; resetKey: string },
  { failed: boolean }
> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    // Moving to another screen gives it a fresh start.
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown): void {
    console.error('screen failed', error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section class="screen">
        <h1>{t('screenError.title')}</h1>
        <p>{t('screenError.text')}</p>
        <p>
          <a class="link-block" href="/">
            {t('notFound.home')}
          </a>
        </p>
      </section>
    );
  }
}
