/* vigil-database-recovery.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-database-recovery"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vigil-database-recovery.h"

/* What can be copied out of a damaged database, parents first (foreign keys). Each table
 * is read with the newest schema's columns, or failing that with schema 1's. */
static const struct {
  const char *select;
  const char *select_v1;
  const char *insert;
  int         n_columns;
} salvageable[] = {
  { "SELECT id, name, kind, created_at, answers, archived_at, deleted_at FROM profiles",
    "SELECT id, name, kind, created_at, '{}', NULL, NULL FROM profiles",
    "INSERT OR IGNORE INTO profiles (id, name, kind, created_at, answers, archived_at, "
    "deleted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", 7 },
  { "SELECT profile_id, item_id, status, reason, accepted_until, note, owner, due, "
    "completed_at, verified_at, recurrence_days, updated_at FROM item_states",
    "SELECT profile_id, item_id, CASE done WHEN 1 THEN 'done' ELSE 'todo' END, NULL, NULL, "
    "NULL, NULL, NULL, CASE done WHEN 1 THEN updated_at END, NULL, NULL, updated_at "
    "FROM item_states",
    "INSERT OR IGNORE INTO item_states (profile_id, item_id, status, reason, accepted_until, "
    "note, owner, due, completed_at, verified_at, recurrence_days, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", 12 },
  { "SELECT id, profile_id, item_id, location, description, added_at FROM evidence", NULL,
    "INSERT OR IGNORE INTO evidence (id, profile_id, item_id, location, description, added_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", 6 },
  { "SELECT id, profile_id, guideline_id, title, created_at FROM custom_items", NULL,
    "INSERT OR IGNORE INTO custom_items (id, profile_id, guideline_id, title, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5)", 5 },
  { "SELECT id, profile_id, item_id, field, old_value, new_value, at, undone FROM history", NULL,
    "INSERT OR IGNORE INTO history (id, profile_id, item_id, field, old_value, new_value, at, "
    "undone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", 8 },
  { "SELECT id, profile_id, name, created_at, updated_at FROM lessons", NULL,
    "INSERT OR IGNORE INTO lessons (id, profile_id, name, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5)", 5 },
  { "SELECT lesson_id, position, guideline_id FROM lesson_guidelines", NULL,
    "INSERT OR IGNORE INTO lesson_guidelines (lesson_id, position, guideline_id) "
    "VALUES (?1, ?2, ?3)", 3 },
};

void
vigil_recovery_free (VigilRecovery *recovery)
{
  if (recovery == NULL)
    return;

  g_clear_error (&recovery->problem);
  g_free (recovery->kept_aside);
  g_free (recovery);
}

static gboolean
move_aside (const char  *path,
            const char  *aside,
            GError     **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);

      if (i > 0 && !g_file_test (from, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (from, to) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_OPEN,
                       "Could not move the damaged file %s aside: %s", from,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

#define SQLITE_HEADER "SQLite format 3"
#define HEADER_SIZE 100

/* A file cut short still claims its old page count, and SQLite then refuses all of it.
 * Writes a copy cut to whole pages whose header matches, in rollback-journal mode so that
 * it opens read-only without a WAL index. The file kept aside is not changed. */
static char *
write_readable_copy (const char *aside)
{
  g_autofree char *contents = NULL;
  g_autofree char *copy = g_strconcat (aside, ".salvage", NULL);
  guint page_size;
  gsize length = 0;
  guint32 n_pages;
  guchar *header;

  if (!g_file_get_contents (aside, &contents, &length, NULL) || length < HEADER_SIZE ||
      memcmp (contents, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    return NULL;

  header = (guchar *)contents;
  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512 || (page_size & (page_size - 1)) != 0)
    return NULL;

  n_pages = length / page_size;
  if (n_pages == 0)
    return NULL;

  header[18] = header[19] = 1;
  header[28] = (n_pages >> 24) & 0xff;
  header[29] = (n_pages >> 16) & 0xff;
  header[30] = (n_pages >> 8) & 0xff;
  header[31] = n_pages & 0xff;

  if (!g_file_set_contents_full (copy, contents, (gsize)n_pages * page_size,
                                 G_FILE_SET_CONTENTS_NONE, 0600, NULL))
    return NULL;

  return g_steal_pointer (&copy);
}

/* Copies every row that can still be read. A damaged page ends a table's scan, but the
 * rows read before it are kept. */
static guint
salvage (const char    *aside,
         VigilDatabase *fresh)
{
  g_autofree char *copy = write_readable_copy (aside);
  sqlite3 *source = NULL;
  guint saved = 0;

  if (copy == NULL)
    return 0;

  if (sqlite3_open_v2 (copy, &source, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      !vigil_database_begin (fresh, NULL))
    {
      sqlite3_close (source);
      g_unlink (copy);
      return 0;
    }

  for (guint t = 0; t < G_N_ELEMENTS (salvageable); t++)
    {
      g_autoptr(sqlite3_stmt) select = NULL;
      g_autoptr(sqlite3_stmt) insert = NULL;

      if (sqlite3_prepare_v2 (source, salvageable[t].select, -1, &select, NULL) != SQLITE_OK &&
          (salvageable[t].select_v1 == NULL ||
           sqlite3_prepare_v2 (source, salvageable[t].select_v1, -1, &select, NULL) != SQLITE_OK))
        continue;
      insert = vigil_database_prepare (fresh, salvageable[t].insert, NULL);
      if (insert == NULL)
        continue;

      while (sqlite3_step (select) == SQLITE_ROW)
        {
          for (int c = 0; c < salvageable[t].n_columns; c++)
            sqlite3_bind_value (insert, c + 1, sqlite3_column_value (select, c));

          if (sqlite3_step (insert) == SQLITE_DONE &&
              sqlite3_changes (vigil_database_get_handle (fresh)) > 0)
            saved++;
          sqlite3_reset (insert);
          sqlite3_clear_bindings (insert);
        }
    }

  if (!vigil_database_commit (fresh, NULL))
    {
      vigil_database_rollback (fresh);
      saved = 0;
    }

  sqlite3_close (source);
  g_unlink (copy);

  return saved;
}

/**
 * vigil_database_open_or_recover:
 * @recovery: (out) (optional) (nullable): set when the database had to be replaced
 *
 * Opens the database like vigil_database_open(). When the file is damaged, or belongs to
 * another program, it is moved aside untouched as `<path>.corrupt-<timestamp>`, a fresh
 * database takes its place, and every readable profile and item state is copied into it;
 * @recovery says what happened. A database from a newer Vigil is never replaced: that is
 * an error, and the file stays as it is.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
VigilDatabase *
vigil_database_open_or_recover (const char     *path,
                                VigilRecovery **recovery,
                                GError        **error)
{
  g_autoptr(GError) problem = NULL;
  g_autoptr(VigilDatabase) database = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *aside = NULL;
  VigilRecovery *result;

  g_return_val_if_fail (path != NULL, NULL);

  if (recovery != NULL)
    *recovery = NULL;

  database = vigil_database_open (path, &problem);
  if (database != NULL)
    return g_steal_pointer (&database);

  if (!g_error_matches (problem, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_CORRUPT) &&
      !g_error_matches (problem, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_NOT_VIGIL))
    {
      g_propagate_error (error, g_steal_pointer (&problem));
      return NULL;
    }

  now = g_date_time_new_now_local ();
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  aside = g_strdup_printf ("%s.corrupt-%s", path, stamp);
  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, n);
    }

  if (!move_aside (path, aside, error))
    return NULL;

  database = vigil_database_open (path, error);
  if (database == NULL)
    return NULL;

  result = g_new0 (VigilRecovery, 1);
  result->rows_saved = salvage (aside, database);
  result->kept_aside = g_steal_pointer (&aside);
  result->problem = g_steal_pointer (&problem);

  g_message ("Replaced a damaged database; %u rows saved, the old file is %s",
             result->rows_saved, result->kept_aside);

  if (recovery != NULL)
    *recovery = result;
  else
    vigil_recovery_free (result);

  return g_steal_pointer (&database);
}
