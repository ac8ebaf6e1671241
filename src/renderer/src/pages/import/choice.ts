// What the user chose for a staged file: the format (when not the detected one) and, for CSV,
// the template and column mapping. Sent as-is to import:preview and import:commit.
import type { RequestOf } from '../../../../shared/contract';

export type ImportChoice = RequestOf<'import:preview'>;
