/* vigil-migrations.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-migrations"

#include "config.h"

#include <glib/gstdio.h>

#include "vigil-core-resources.h"
#include "vigil-migrations.h"

#define MIGRATIONS_RESOURCE_PATH RESOURCE_BASE_PATH "/migrations/"

/* Forward only. Script N brings the schema from version N-1 to N; never edit a shipped one. */
static const char * const migrations[] = {
  "0001-initial.sql",
  "0002-item-state.sql",
  "0003-lessons.sql",
};

int
vigil_migrations_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

static gboolean
apply (VigilDatabase  *database,
       int             version,
       GError        **error)
{
  g_autofree char *path = g_strconcat (MIGRATIONS_RESOURCE_PATH, migrations[version - 1], NULL);
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version);
  g_autoptr(GBytes) script = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sql = NULL;

  script = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (script == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (script, NULL), g_bytes_get_size (script));

  if (!vigil_database_begin (database, &local_error))
    goto failed;

  /* A newer Vigil may have migrated while we waited for the lock. */
  if (vigil_database_get_schema_version (database) >= version)
    return vigil_database_commit (database, error);

  if (!vigil_database_exec (database, sql, &local_error) ||
      !vigil_database_exec (database, bump, &local_error) ||
      !vigil_database_commit (database, &local_error))
    goto failed;

  return TRUE;

failed:
  vigil_database_rollback (database);
  g_set_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_MIGRATION,
               "Could not upgrade %s to schema version %d: %s",
               vigil_database_get_path (database), version, local_error->message);
  return FALSE;
}

/* A consistent copy of the data as it was, made before any schema change touches it. */
static gboolean
write_backup (VigilDatabase  *database,
              int             version,
              GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *path = g_strdup_printf ("%s.backup-v%d-%s", vigil_database_get_path (database),
                                           version, stamp);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  stmt = vigil_database_prepare (database, "VACUUM INTO ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_STATIC);

  if (!vigil_database_step_done (database, stmt, error))
    {
      g_prefix_error (error, "Could not back up the database before upgrading it: ");
      return FALSE;
    }

  /* The copy holds the same private data as the database. */
  if (g_chmod (path, 0600) != 0)
    g_debug ("Could not make %s private", path);

  return TRUE;
}

/**
 * vigil_migrations_run:
 *
 * Brings @database to the latest schema, one transaction per step, after writing a copy of
 * it next to it (`<path>.backup-v<version>-<timestamp>`). A database written by a newer Vigil
 * is refused and left untouched.
 */
gboolean
vigil_migrations_run (VigilDatabase  *database,
                      GError        **error)
{
  int latest = vigil_migrations_get_latest_version ();
  int current;

  g_return_val_if_fail (VIGIL_IS_DATABASE (database), FALSE);

  vigil_core_ensure_resources ();

  current = vigil_database_get_schema_version (database);
  if (current < 0)
    return vigil_database_set_error (database, error, "Could not read the schema version");

  if (current > latest)
    {
      g_set_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_TOO_NEW,
                   "%s was written by a newer version of Vigil (schema %d; this version "
                   "knows up to %d). It was left unchanged.",
                   vigil_database_get_path (database), current, latest);
      return FALSE;
    }

  /* An empty database has nothing to lose; one with data is copied first. */
  if (current > 0 && current < latest && !write_backup (database, current, error))
    return FALSE;

  for (int version = current + 1; version <= latest; version++)
    if (!apply (database, version, error))
      return FALSE;

  return TRUE;
}
