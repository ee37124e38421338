/* test-recovery.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "vigil-database-recovery.h"
#include "vigil-test-utils.h"

#define N_STATES 400

typedef VigilTestDb Fixture;

static int
count_rows (VigilDatabase *db,
            const char    *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autoptr(sqlite3_stmt) stmt = vigil_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

/* A real Vigil database with one profile and many ticked items. */
static void
fill (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  VigilDatabase *db = vigil_database_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_true (vigil_database_exec (db, "INSERT INTO profiles (id, name, created_at) "
                                          "VALUES (1, 'Home', 1)", &error));
  g_assert_true (vigil_database_begin (db, &error));
  for (guint i = 0; i < N_STATES; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO item_states (profile_id, item_id, status, "
                                              "updated_at) VALUES "
                                              "(1, 'consumer.some-guideline.item-%04u', 'done', %u)",
                                              i, i);
      g_assert_true (vigil_database_exec (db, sql, &error));
    }
  g_assert_true (vigil_database_commit (db, &error));
  /* Closing checkpoints the WAL, so the main file holds everything. */
  g_assert_finalize_object (db);
}

/* The size of a database holding the schema alone: what fill() adds comes after it. */
static gsize
get_empty_size (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  VigilDatabase *db = vigil_database_open (path, &error);
  GStatBuf buf;

  g_assert_no_error (error);
  g_assert_finalize_object (db);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);

  return buf.st_size;
}

static void
assert_kept_aside (VigilRecovery *recovery,
                   const char    *bytes,
                   gsize          length)
{
  g_autofree char *kept = NULL;
  gsize kept_length = 0;

  g_assert_nonnull (recovery->kept_aside);
  g_assert_true (strstr (recovery->kept_aside, ".corrupt-") != NULL);
  g_assert_true (g_file_get_contents (recovery->kept_aside, &kept, &kept_length, NULL));
  g_assert_cmpmem (kept, kept_length, bytes, length);
}

static void
test_healthy_opens_normally (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(VigilRecovery) recovery = NULL;
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  fill (fixture);
  db = vigil_database_open_or_recover (fixture->path, &recovery, &error);
  g_assert_no_error (error);
  g_assert_null (recovery);
  g_assert_cmpint (count_rows (db, "item_states"), ==, N_STATES);
}

static void
test_random_bytes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(VigilRecovery) recovery = NULL;
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  char garbage[8192];

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (char)g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (fixture->path, garbage, sizeof garbage, NULL));

  db = vigil_database_open_or_recover (fixture->path, &recovery, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_nonnull (recovery);
  g_assert_error (recovery->problem, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_CORRUPT);
  g_assert_cmpuint (recovery->rows_saved, ==, 0);
  assert_kept_aside (recovery, garbage, sizeof garbage);
  g_assert_cmpint (count_rows (db, "profiles"), ==, 0);
}

static void
test_truncated_salvages_rows (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(VigilRecovery) recovery = NULL;
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize empty = get_empty_size (fixture);
  int states;

  fill (fixture);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  /* Half-way through the item states, wherever a longer schema puts them. */
  length = empty + (length - empty) / 2;
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  db = vigil_database_open_or_recover (fixture->path, &recovery, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recovery);
  g_assert_error (recovery->problem, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_CORRUPT);
  assert_kept_aside (recovery, contents, length);

  /* Part of the data survives, and the caller is told exactly how much. */
  states = count_rows (db, "item_states");
  g_assert_cmpint (count_rows (db, "profiles"), ==, 1);
  g_assert_cmpint (states, >, 0);
  g_assert_cmpint (states, <, N_STATES);
  g_assert_cmpuint (recovery->rows_saved, ==, (guint)states + 1);
  g_assert_cmpint (vigil_database_get_schema_version (db), >=, 1);
}

static void
test_foreign_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(VigilRecovery) recovery = NULL;
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE recipes (name TEXT); "
                                         "INSERT INTO recipes VALUES ('soup')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = vigil_database_open_or_recover (fixture->path, &recovery, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recovery);
  g_assert_error (recovery->problem, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_NOT_VIGIL);
  g_assert_cmpuint (recovery->rows_saved, ==, 0);

  /* The other program's data is intact where it was moved. */
  g_assert_cmpint (sqlite3_open (recovery->kept_aside, &handle), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT name FROM recipes", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "soup");
    sqlite3_finalize (stmt);
  }
  sqlite3_close (handle);
}

static void
test_newer_left_untouched (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(VigilRecovery) recovery = NULL;
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  sqlite3 *handle = NULL;
  guint n_files = 0;

  fill (fixture);
  g_assert_cmpint (sqlite3_open (fixture->path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = vigil_database_open_or_recover (fixture->path, &recovery, &error);
  g_assert_null (db);
  g_assert_null (recovery);
  g_assert_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_TOO_NEW);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, vigil_test_db_setup, fn, vigil_test_db_teardown)
  ADD ("/recovery/healthy", test_healthy_opens_normally);
  ADD ("/recovery/random-bytes", test_random_bytes);
  ADD ("/recovery/truncated", test_truncated_salvages_rows);
  ADD ("/recovery/foreign", test_foreign_database);
  ADD ("/recovery/newer-untouched", test_newer_left_untouched);
#undef ADD

  return g_test_run ();
}
