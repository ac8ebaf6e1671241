// Errors the command line reports as one clear line on stderr, with a non-zero exit.
import { errorKind } from '../../shared/errors';
export class UsageError extends errorKind('invalid_input') {}
