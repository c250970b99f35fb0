/**
 * A JSON array of objects as text chunks, a few hundred objects per chunk, pulled as the consumer asks:
 * one `[…]` document (what Power BI and Excel expect) that is never held in memory whole.
 */
export async function* jsonArrayChunks(rows: AsyncIterable<object>, rowsPerChunk = 250): AsyncGenerator<string> {
  let chunk = '[';
  let count = 0;
  for await (const row of rows) {
    chunk += `${count ? ',' : ''}\n${JSON.stringify(row)}`;
    count += 1;
    if (count % rowsPerChunk === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${count ? '\n' : ''}]\n`;
}
