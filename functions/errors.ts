// The two kinds of failure the pipeline tells apart. A PermanentError is about the input or the event
// (retrying cannot help: the handler records it or drops it); a TransientError is about the moment
// (a busy key, throttling: the message goes back to the queue). Callers test the base class, never a name.

export class PermanentError extends Error {
  override name = 'PermanentError';
}

export class TransientError extends Error {
  override name = 'TransientError';
}
