// Rows of the store's tables, as SQLite returns them, declared once for every store module.

/** A row of the person table, every column. */
export interface PersonTableRow {
  id: number;
  name: string;
  role: string;
  organisation_id: number | null;
  title: string | null;
  gender: string | null;
  followers: number | null;
  notes: string;
  tags: string;
  is_me: number;
  original_posts: number | null;
  reposts: number | null;
  import_batch_id: number | null;
  created_at: string;
}
