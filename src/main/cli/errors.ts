// Errors the command line reports as one clear line on stderr, with a non-zero exit.
export class UsageError extends Error {}
