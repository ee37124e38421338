/* test-database.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "vigil-core-resources.h"
#include "vigil-database.h"
#include "vigil-migrations.h"
#include "vigil-test-utils.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = vigil_test_make_tmp_dir ();
  fixture->path = g_build_filename (fixture->dir, "data", "vigil", "vigil.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  vigil_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static char *
query_text (sqlite3    *handle,
            const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return g_strdup ((const char *)sqlite3_column_text (stmt, 0));
}

/* Writes with a plain SQLite connection, to build databases Vigil did not make. */
static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

static void
test_create_private (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  g_autofree char *journal = NULL;
  g_autofree char *fk = NULL;

  db = vigil_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  g_assert_cmpuint (vigil_test_file_mode (dir), ==, 0700);
  g_assert_cmpuint (vigil_test_file_mode (fixture->path), ==, 0600);

  g_assert_cmpint (vigil_database_get_schema_version (db), ==,
                   vigil_migrations_get_latest_version ());

  journal = query_text (vigil_database_get_handle (db), "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  fk = query_text (vigil_database_get_handle (db), "PRAGMA foreign_keys");
  g_assert_cmpstr (fk, ==, "1");

  /* Writing creates the WAL; it must be as private as the database. */
  g_assert_true (vigil_database_exec (db,
                                      "INSERT INTO profiles (name, created_at) VALUES ('a', 1)",
                                      &error));
  g_assert_no_error (error);
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (vigil_test_file_mode (wal), ==, 0600);
  }
}

static void
test_tightens_existing_permissions (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);

  db = vigil_database_open (fixture->path, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (vigil_test_file_mode (dir), ==, 0700);
  g_assert_cmpuint (vigil_test_file_mode (fixture->path), ==, 0600);
}

static void
test_migrates_empty_file (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  g_autofree char *tables = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));

  db = vigil_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vigil_database_get_schema_version (db), ==,
                   vigil_migrations_get_latest_version ());

  tables = query_text (vigil_database_get_handle (db),
                       "SELECT group_concat (name, ',') FROM "
                       "(SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name)");
  g_assert_cmpstr (tables, ==, "custom_items,evidence,history,item_states,lesson_guidelines,"
                             "lessons,profiles");
}

/* A database of schema 2, as the previous release left it, reaches the latest schema with
 * everything it held, after a private copy of it was made. */
static void
test_upgrades_schema_2 (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GDir) dir = NULL;
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *rows = NULL;
  const char *scripts[] = { "0001-initial.sql", "0002-item-state.sql" };
  const char *name;
  gboolean backed_up = FALSE;

  vigil_core_ensure_resources ();
  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/migrations/", scripts[i], NULL);
      g_autoptr(GBytes) script = g_resources_lookup_data (path, 0, NULL);

      g_string_append_len (sql, g_bytes_get_data (script, NULL), g_bytes_get_size (script));
      g_string_append (sql, ";\n");
    }
  g_string_append (sql,
                   "PRAGMA user_version = 2;"
                   "INSERT INTO profiles (id, name, created_at, answers) "
                   "VALUES (1, 'Home', 1, '{\"children\": true}');"
                   "INSERT INTO item_states (profile_id, item_id, status, note, updated_at) "
                   "VALUES (1, 'a.b.c', 'done', 'by Sam', 2);"
                   "INSERT INTO evidence (profile_id, item_id, location, added_at) "
                   "VALUES (1, 'a.b.c', '/tmp/receipt.pdf', 3);"
                   "INSERT INTO custom_items (profile_id, guideline_id, title, created_at) "
                   "VALUES (1, 'a.b', 'Ask the bank', 4);"
                   "INSERT INTO history (profile_id, item_id, field, new_value, at) "
                   "VALUES (1, 'a.b.c', 'status', 'done', 2);");
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  raw_exec (fixture->path, sql->str);

  db = vigil_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vigil_database_get_schema_version (db), ==,
                   vigil_migrations_get_latest_version ());

  rows = query_text (vigil_database_get_handle (db),
                     "SELECT (SELECT name || answers FROM profiles) || '|' || "
                     "(SELECT status || note FROM item_states) || '|' || "
                     "(SELECT location FROM evidence) || '|' || "
                     "(SELECT title FROM custom_items) || '|' || "
                     "(SELECT count(*) FROM history) || '|' || "
                     "(SELECT count(*) FROM lessons)");
  g_assert_cmpstr (rows, ==, "Home{\"children\": true}|doneby Sam|/tmp/receipt.pdf|Ask the bank|1|0");

  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    backed_up |= g_str_has_prefix (name, "vigil.db.backup-v2-");
  g_assert_true (backed_up);
}

static void
test_reopen_keeps_version (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  VigilDatabase *db;

  db = vigil_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (vigil_database_exec (db, "INSERT INTO profiles (name, created_at) VALUES ('x', 1)",
                                      &error));
  g_assert_finalize_object (db);

  db = vigil_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vigil_database_get_schema_version (db), ==,
                   vigil_migrations_get_latest_version ());
  {
    g_autofree char *count = query_text (vigil_database_get_handle (db),
                                         "SELECT count(*) FROM profiles");
    g_assert_cmpstr (count, ==, "1");
  }
  g_assert_finalize_object (db);
}

static void
test_refuses_newer_schema (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  sqlite3 *handle = NULL;
  g_autofree char *version = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  raw_exec (fixture->path, "CREATE TABLE future (x); PRAGMA user_version = 99;");

  db = vigil_database_open (fixture->path, &error);
  g_assert_null (db);
  g_assert_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_TOO_NEW);

  /* Left exactly as the newer Vigil wrote it. */
  g_assert_cmpint (sqlite3_open (fixture->path, &handle), ==, SQLITE_OK);
  version = query_text (handle, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, "99");
  sqlite3_close (handle);
}

static void
test_refuses_garbage (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  g_autofree char *after = NULL;
  gsize length = 0;
  char garbage[4096];

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (char)g_test_rand_int_range (0, 256);
  memcpy (garbage, "not a database", 14);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, garbage, sizeof garbage, NULL));

  db = vigil_database_open (fixture->path, &error);
  g_assert_null (db);
  g_assert_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_CORRUPT);

  /* The bytes are untouched: nothing the user had is overwritten. */
  g_assert_true (g_file_get_contents (fixture->path, &after, &length, NULL));
  g_assert_cmpmem (after, length, garbage, sizeof garbage);
}

/* Another program's database is refused, not migrated into. */
static void
test_refuses_foreign_database (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  sqlite3 *handle = NULL;
  g_autofree char *version = NULL;
  g_autofree char *kept = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  raw_exec (fixture->path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");

  db = vigil_database_open (fixture->path, &error);
  g_assert_null (db);
  g_assert_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_NOT_VIGIL);

  g_assert_cmpint (sqlite3_open (fixture->path, &handle), ==, SQLITE_OK);
  version = query_text (handle, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, "0");
  kept = query_text (handle, "SELECT name FROM recipes");
  g_assert_cmpstr (kept, ==, "soup");
  {
    g_autofree char *profiles = query_text (handle,
                                            "SELECT count(*) FROM sqlite_schema WHERE name = 'profiles'");
    g_assert_cmpstr (profiles, ==, "0");
  }
  sqlite3_close (handle);
}

/* A Vigil database cut short (a crash while copying it, a full disk) is reported as damaged. */
static void
test_refuses_truncated (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  VigilDatabase *db;
  gsize length = 0;

  db = vigil_database_open (fixture->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO profiles (name, created_at) "
                                              "VALUES ('profile %u with a longer name', %u)", i, i);
      g_assert_true (vigil_database_exec (db, sql, &error));
    }
  g_assert_finalize_object (db);

  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  g_assert_true (g_file_set_contents (fixture->path, contents, length / 2, NULL));

  db = vigil_database_open (fixture->path, &error);
  g_assert_null (db);
  g_assert_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_CORRUPT);
}

static void
test_transaction_rollback (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;

  db = vigil_database_open (fixture->path, &error);
  g_assert_no_error (error);

  g_assert_true (vigil_database_begin (db, &error));
  g_assert_true (vigil_database_exec (db, "INSERT INTO profiles (name, created_at) VALUES ('x', 1)",
                                      &error));
  vigil_database_rollback (db);

  count = query_text (vigil_database_get_handle (db), "SELECT count(*) FROM profiles");
  g_assert_cmpstr (count, ==, "0");

  /* SQL errors carry SQLite's message in our domain. */
  g_assert_false (vigil_database_exec (db, "INSERT INTO nowhere VALUES (1)", &error));
  g_assert_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_SQL);
  g_assert_nonnull (strstr (error->message, "no such table"));
}

static void
test_unwritable_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = g_build_filename (fixture->dir, "data", NULL);

  /* A file where the folder should be: creating the folder must fail cleanly. */
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));

  db = vigil_database_open (fixture->path, &error);
  g_assert_null (db);
  g_assert_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_OPEN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/database/create-private", test_create_private);
  ADD ("/database/tightens-permissions", test_tightens_existing_permissions);
  ADD ("/database/migrates-empty-file", test_migrates_empty_file);
  ADD ("/database/upgrades-schema-2", test_upgrades_schema_2);
  ADD ("/database/reopen", test_reopen_keeps_version);
  ADD ("/database/refuses-newer", test_refuses_newer_schema);
  ADD ("/database/refuses-garbage", test_refuses_garbage);
  ADD ("/database/refuses-foreign", test_refuses_foreign_database);
  ADD ("/database/refuses-truncated", test_refuses_truncated);
  ADD ("/database/transaction-rollback", test_transaction_rollback);
  ADD ("/database/unwritable-folder", test_unwritable_folder);
#undef ADD

  return g_test_run ();
}
