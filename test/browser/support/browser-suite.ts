import { browserUnavailable } from './chromium.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(unavailable);

/** `describe`, or `describe.skip` with the reason printed, when no chromium is installed outside CI. */
export const describeInBrowser: jest.Describe = unavailable ? describe.skip : describe;
