/**
 * A fixed number of exports streaming at once. A slot is taken before an export touches the database
 * and given back once its cursor is closed, so exports never hold more connections than there are slots.
 * There is no queue: a request finding every slot taken is refused at once (429), not kept waiting.
 */
export class ExportSlots {
  #inUse = 0;

  constructor(readonly size: number) {}

  get inUse(): number {
    return this.#inUse;
  }

  /** A free slot, as the function that gives it back (once, however often it is called); null when all are taken. */
  take(): (() => void) | null {
    if (this.#inUse >= this.size) return null;
    this.#inUse += 1;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.#inUse -= 1;
    };
  }
}
