import { h } from './dom.js';

/**
 * A titled part of the page that loads on its own: it shows "Loading…", then its content, or the error
 * that stopped it, in a live region so screen readers hear the outcome.
 */
export class ViewFrame {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly status: HTMLElement;

  constructor(readonly id: string, title: string, intro?: string, level: 'h2' | 'h3' = 'h3') {
    this.status = h('p', { class: 'view-status', role: 'status' });
    this.body = h('div', { class: 'view-body' });
    this.element = h('section', { class: 'view', id, 'aria-labelledby': `${id}-title` }, h(level, { id: `${id}-title` }, title), intro ? h('p', { class: 'view-intro' }, intro) : null, this.status, this.body);
  }

  /** Runs `load` and shows what it returns; an aborted load (a newer one started) changes nothing. */
  async show(load: () => Promise<Node[]>, signal: AbortSignal): Promise<void> {
    this.element.setAttribute('aria-busy', 'true');
    this.status.textContent = 'Loading…';
    this.status.classList.remove('error');
    try {
      const content = await load();
      if (signal.aborted) return;
      this.body.replaceChildren(...content);
      this.status.textContent = '';
    } catch (error) {
      if (signal.aborted) return;
      this.body.replaceChildren();
      this.status.textContent = `Could not load this view: ${(error as Error).message}`;
      this.status.classList.add('error');
    } finally {
      if (!signal.aborted) this.element.removeAttribute('aria-busy');
    }
  }
}
