/** A document far beyond any real report: refused with the limit named, never a crash or a hang. */
import type { Msg } from './report';

export class InputLimitError extends Error {
  constructor(readonly msg: Msg) {
    super(msg.vi);
    this.name = 'InputLimitError';
  }
}
