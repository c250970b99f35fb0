/** Counts SQL statements through openDatabase's onQuery hook while armed. */
export class StatementCounter {
  private armed = false;
  count = 0;
  texts: string[] = [];

  readonly onQuery = (sql: string): void => {
    if (!this.armed) return;
    this.count += 1;
    this.texts.push(sql);
  };

  async around<T>(work: () => Promise<T>): Promise<{ result: T; count: number; texts: string[] }> {
    this.count = 0;
    this.texts = [];
    this.armed = true;
    try {
      const result = await work();
      return { result, count: this.count, texts: this.texts };
    } finally {
      this.armed = false;
    }
  }
}
