// Which of two S3 events on the same key is newer. S3 gives a `sequencer` per key: hex strings of
// varying length, compared after left-padding with zeros. Events without one (hand-built, some
// emulators) fall back to eventTime. The result is a plain string whose byte order is event order, so
// DynamoDB condition expressions can compare it with `<` on the article item.

import { PermanentError } from '../errors.ts';

const SEQUENCER_WIDTH = 48;

export class InvalidEventOrderError extends PermanentError {
  override name = 'InvalidEventOrderError';
}

/**
 * `S<padded hex>` when a sequencer is known, else `T<ISO time>`. The two forms never meet for one key in
 * practice (one bucket produces one kind); if they do, a time-ordered event counts as newer.
 */
export function computeEventOrder(sequencer: string | undefined, eventTime: string | undefined): string {
  if (sequencer && /^[0-9a-f]+$/i.test(sequencer)) {
    const hex = sequencer.toUpperCase().replace(/^0+(?=.)/, '');
    if (hex.length > SEQUENCER_WIDTH) throw new InvalidEventOrderError(`sequencer "${sequencer}" is longer than ${SEQUENCER_WIDTH} hex digits`);
    return `S${hex.padStart(SEQUENCER_WIDTH, '0')}`;
  }
  const time = eventTime ? new Date(eventTime) : undefined;
  if (!time || Number.isNaN(time.getTime())) throw new InvalidEventOrderError('the event has neither a sequencer nor a valid eventTime');
  return `T${time.toISOString()}`;
}
