/* test-lessons.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vigil-context.h"
#include "vigil-core-resources.h"
#include "vigil-lesson-store.h"
#include "vigil-migrations.h"
#include "vigil-test-utils.h"

typedef VigilTestDb Fixture;

static const char * const basics[] = { "g.three", "g.one", "g.two", NULL };

static void
count_changed_cb (VigilLessonStore *store,
                  gint64            profile_id,
                  gpointer          user_data)
{
  GArray *changes = user_data;

  g_array_append_val (changes, profile_id);
}

static gint64
count_rows (VigilDatabase *db,
            const char    *sql)
{
  g_autoptr(sqlite3_stmt) stmt = vigil_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static gint64
create_profile (VigilDatabase *db,
                const char    *name)
{
  g_autoptr(VigilProfileStore) profiles = vigil_profile_store_new (db);
  g_autoptr(GError) error = NULL;
  gint64 id = vigil_profile_store_create (profiles, name, VIGIL_PROFILE_HOUSEHOLD, NULL, &error);

  g_assert_no_error (error);
  return id;
}

static void
assert_ids (const char * const *ids,
            const char * const *expected)
{
  g_assert_nonnull (ids);
  g_assert_cmpstrv (ids, expected);
}

/* Lessons are listed by name, keep their guidelines in order and belong to one profile. */
static void
test_crud_and_order (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = vigil_database_open (fixture->path, NULL);
  g_autoptr(VigilLessonStore) store = vigil_lesson_store_new (db);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) lessons = NULL;
  g_autoptr(VigilLesson) lesson = NULL;
  g_autoptr(GError) error = NULL;
  gint64 home = create_profile (db, "Home");
  gint64 club = create_profile (db, "Club");
  VigilLesson *row;
  gint64 first, second;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed_cb), changes);

  first = vigil_lesson_store_create (store, home, "  Basics ", basics, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  second = vigil_lesson_store_create (store, home, "Advanced", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (g_array_index (changes, gint64, 1), ==, home);

  lessons = vigil_lesson_store_list (store, home, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lessons->len, ==, 2);
  row = g_ptr_array_index (lessons, 0);
  g_assert_cmpint (row->id, ==, second);
  g_assert_cmpstr (row->name, ==, "Advanced");
  assert_ids ((const char * const *)row->guideline_ids, (const char *[]) { NULL });
  row = g_ptr_array_index (lessons, 1);
  g_assert_cmpint (row->id, ==, first);
  g_assert_cmpstr (row->name, ==, "Basics");
  assert_ids ((const char * const *)row->guideline_ids, basics);
  g_clear_pointer (&lessons, g_ptr_array_unref);

  /* Another profile has none of them, and cannot touch them. */
  lessons = vigil_lesson_store_list (store, club, &error);
  g_assert_cmpuint (lessons->len, ==, 0);
  g_assert_false (vigil_lesson_store_rename (store, club, first, "Mine", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (vigil_lesson_store_delete (store, club, first, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (vigil_lesson_store_lookup (store, club, first, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (changes->len, ==, 2);

  g_assert_true (vigil_lesson_store_rename (store, home, first, "Zero to safe", &error));
  g_assert_true (vigil_lesson_store_set_guidelines (store, home, first,
                                                    (const char *[]) { "g.two", "g.one", NULL },
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 4);

  lesson = vigil_lesson_store_lookup (store, home, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lesson->name, ==, "Zero to safe");
  assert_ids ((const char * const *)lesson->guideline_ids,
              (const char *[]) { "g.two", "g.one", NULL });
  g_clear_pointer (&lesson, vigil_lesson_free);

  /* A copy owns its strings. */
  {
    g_autoptr(VigilLesson) original = vigil_lesson_store_lookup (store, home, first, NULL);
    g_autoptr(VigilLesson) copy = vigil_lesson_copy (original);

    g_clear_pointer (&original, vigil_lesson_free);
    g_assert_cmpstr (copy->name, ==, "Zero to safe");
    g_assert_cmpstr (copy->guideline_ids[1], ==, "g.one");
  }

  g_assert_true (vigil_lesson_store_delete (store, home, first, &error));
  g_assert_no_error (error);
  g_assert_null (vigil_lesson_store_lookup (store, home, first, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM lesson_guidelines"), ==, 0);
  g_assert_cmpuint (changes->len, ==, 5);
}

/* A blank name or a guideline listed twice is refused, and nothing is written. */
static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = vigil_database_open (fixture->path, NULL);
  g_autoptr(VigilLessonStore) store = vigil_lesson_store_new (db);
  g_autoptr(VigilLesson) lesson = NULL;
  g_autoptr(GError) error = NULL;
  gint64 home = create_profile (db, "Home");
  gint64 id;

  g_assert_cmpint (vigil_lesson_store_create (store, home, " \t ", basics, &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpint (vigil_lesson_store_create (store, home, NULL, basics, &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpint (vigil_lesson_store_create (store, home, "Twice",
                                              (const char *[]) { "g.one", "g.one", NULL },
                                              &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM lessons"), ==, 0);

  id = vigil_lesson_store_create (store, home, "Basics", basics, &error);
  g_assert_no_error (error);
  g_assert_false (vigil_lesson_store_rename (store, home, id, "", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (vigil_lesson_store_set_guidelines (store, home, id,
                                                     (const char *[]) { "g.two", "g.two", NULL },
                                                     &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* The schema refuses a blank name too, whoever writes it. */
  g_assert_false (vigil_database_exec (db, "UPDATE lessons SET name = '  '", &error));
  g_assert_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_SQL);
  g_clear_error (&error);

  lesson = vigil_lesson_store_lookup (store, home, id, &error);
  g_assert_cmpstr (lesson->name, ==, "Basics");
  assert_ids ((const char * const *)lesson->guideline_ids, basics);
}

/* Purging a profile takes its lessons with it. */
static void
test_cascade (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = vigil_database_open (fixture->path, NULL);
  g_autoptr(VigilProfileStore) profiles = vigil_profile_store_new (db);
  g_autoptr(VigilLessonStore) store = vigil_lesson_store_new (db);
  g_autoptr(GError) error = NULL;
  gint64 home = create_profile (db, "Home");
  gint64 club = create_profile (db, "Club");
  g_autofree char *home_lessons = g_strdup_printf ("SELECT count(*) FROM lessons "
                                                   "WHERE profile_id = %" G_GINT64_FORMAT, home);

  vigil_lesson_store_create (store, home, "Basics", basics, &error);
  vigil_lesson_store_create (store, club, "Club night", basics, &error);
  g_assert_no_error (error);

  g_assert_true (vigil_profile_store_delete (profiles, home, &error));
  g_assert_cmpuint (vigil_profile_store_purge (profiles, g_get_real_time () + 1, &error), ==, 1);
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM lessons"), ==, 1);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM lesson_guidelines"), ==, 3);
  g_assert_cmpint (count_rows (db, home_lessons), ==, 0);
}

/* A copy of a profile has copies of its lessons, in the same order, free to change. */
static void
test_duplicate_profile (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(VigilDatabase) db = vigil_database_open (fixture->path, NULL);
  g_autoptr(VigilProfileStore) profiles = vigil_profile_store_new (db);
  g_autoptr(VigilLessonStore) store = vigil_lesson_store_new (db);
  g_autoptr(GPtrArray) lessons = NULL;
  g_autoptr(GError) error = NULL;
  gint64 home = create_profile (db, "Home");
  gint64 other = create_profile (db, "Other");
  gint64 copy;

  /* Lessons of another profile in between, so the copies' ids are not the originals' + n. */
  vigil_lesson_store_create (store, home, "Basics", basics, &error);
  vigil_lesson_store_create (store, other, "Elsewhere", (const char *[]) { "g.x", NULL }, &error);
  vigil_lesson_store_create (store, home, "Advanced", (const char *[]) { "g.four", NULL },
                             &error);
  vigil_lesson_store_create (store, home, "Empty", NULL, &error);
  g_assert_no_error (error);

  copy = vigil_profile_store_duplicate (profiles, home, "Home (copy)", &error);
  g_assert_no_error (error);

  lessons = vigil_lesson_store_list (store, copy, &error);
  g_assert_cmpuint (lessons->len, ==, 3);
  {
    VigilLesson *advanced = g_ptr_array_index (lessons, 0);
    VigilLesson *copied_basics = g_ptr_array_index (lessons, 1);
    VigilLesson *empty = g_ptr_array_index (lessons, 2);

    g_assert_cmpstr (advanced->name, ==, "Advanced");
    assert_ids ((const char * const *)advanced->guideline_ids,
                (const char *[]) { "g.four", NULL });
    g_assert_cmpstr (copied_basics->name, ==, "Basics");
    assert_ids ((const char * const *)copied_basics->guideline_ids, basics);
    g_assert_cmpstr (empty->name, ==, "Empty");
    g_assert_cmpuint (g_strv_length (empty->guideline_ids), ==, 0);

    g_assert_true (vigil_lesson_store_set_guidelines (store, copy, copied_basics->id, NULL,
                                                      &error));
  }
  g_clear_pointer (&lessons, g_ptr_array_unref);

  lessons = vigil_lesson_store_list (store, home, &error);
  assert_ids ((const char * const *)((VigilLesson *)g_ptr_array_index (lessons, 1))->guideline_ids,
              basics);
}

/* The context checks guideline ids against the catalog, and works on the current profile. */
static void
test_context (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(VigilContext) context = vigil_context_new (fixture->dir, NULL);
  g_autoptr(GPtrArray) lessons = NULL;
  g_autoptr(VigilLesson) lesson = NULL;
  g_autoptr(GError) error = NULL;
  const char * const ids[] = { "consumer.phishing", "consumer.passwords", NULL };
  gint64 first = vigil_context_get_profile_id (context);
  gint64 second;
  gint64 id;

  g_assert_nonnull (context);

  g_assert_cmpint (vigil_context_create_lesson (context, "Basics",
                                                (const char *[]) { "consumer.passwords",
                                                                   "consumer.nonsense", NULL },
                                                &error), ==, -1);
  g_assert_error (error, VIGIL_CONTEXT_ERROR, VIGIL_CONTEXT_ERROR_UNKNOWN_ID);
  g_clear_error (&error);
  /* A section or an item is no guideline either. */
  g_assert_cmpint (vigil_context_create_lesson (context, "Basics",
                                                (const char *[]) { "consumer", NULL },
                                                &error), ==, -1);
  g_assert_error (error, VIGIL_CONTEXT_ERROR, VIGIL_CONTEXT_ERROR_UNKNOWN_ID);
  g_clear_error (&error);

  id = vigil_context_create_lesson (context, "Basics", ids, &error);
  g_assert_no_error (error);

  g_assert_false (vigil_context_set_lesson_guidelines (context, id,
                                                       (const char *[]) { "consumer.passwords.manager-on",
                                                                          NULL },
                                                       &error));
  g_assert_error (error, VIGIL_CONTEXT_ERROR, VIGIL_CONTEXT_ERROR_UNKNOWN_ID);
  g_clear_error (&error);
  g_assert_true (vigil_context_set_lesson_guidelines (context, id,
                                                      (const char *[]) { "consumer.mfa",
                                                                         "consumer.phishing",
                                                                         NULL },
                                                      &error));
  g_assert_true (vigil_context_rename_lesson (context, id, "Sign-in safety", &error));
  g_assert_no_error (error);

  lesson = vigil_context_lookup_lesson (context, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lesson->name, ==, "Sign-in safety");
  assert_ids ((const char * const *)lesson->guideline_ids,
              (const char *[]) { "consumer.mfa", "consumer.phishing", NULL });

  /* Another profile has its own lessons. */
  second = vigil_profile_store_create (vigil_context_get_profile_store (context), "Club",
                                       VIGIL_PROFILE_ORGANIZATION, NULL, &error);
  g_assert_true (vigil_context_set_profile_id (context, second, &error));
  lessons = vigil_context_list_lessons (context);
  g_assert_cmpuint (lessons->len, ==, 0);
  g_assert_false (vigil_context_delete_lesson (context, id, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&lessons, g_ptr_array_unref);

  g_assert_true (vigil_context_set_profile_id (context, first, &error));
  lessons = vigil_context_list_lessons (context);
  g_assert_cmpuint (lessons->len, ==, 1);
  g_assert_true (vigil_context_delete_lesson (context, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&lessons, g_ptr_array_unref);
  lessons = vigil_context_list_lessons (context);
  g_assert_cmpuint (lessons->len, ==, 0);
}

/* A database of schema 2 gains lessons and keeps everything it held. */
static void
test_upgrade_from_2 (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) v1 = NULL;
  g_autoptr(GBytes) v2 = NULL;
  g_autoptr(VigilDatabase) db = NULL;
  g_autoptr(VigilLessonStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *handle = NULL;

  vigil_core_ensure_resources ();
  v1 = g_resources_lookup_data (RESOURCE_BASE_PATH "/migrations/0001-initial.sql", 0, NULL);
  v2 = g_resources_lookup_data (RESOURCE_BASE_PATH "/migrations/0002-item-state.sql", 0, NULL);
  sql = g_strdup_printf ("%.*s; %.*s; PRAGMA user_version = 2; "
                         "INSERT INTO profiles (id, name, created_at) VALUES (1, 'Home', 1); "
                         "INSERT INTO item_states (profile_id, item_id, status, note, "
                         "updated_at) VALUES (1, 'a.b.c', 'done', 'kept', 5); "
                         "INSERT INTO custom_items (profile_id, guideline_id, title, "
                         "created_at) VALUES (1, 'a.b', 'Mine', 6);",
                         (int)g_bytes_get_size (v1), (const char *)g_bytes_get_data (v1, NULL),
                         (int)g_bytes_get_size (v2), (const char *)g_bytes_get_data (v2, NULL));
  g_assert_cmpint (sqlite3_open (fixture->path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = vigil_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vigil_database_get_schema_version (db), ==,
                   vigil_migrations_get_latest_version ());
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM item_states WHERE note = 'kept'"), ==, 1);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM custom_items"), ==, 1);

  store = vigil_lesson_store_new (db);
  g_assert_cmpint (vigil_lesson_store_create (store, 1, "Basics", basics, &error), >, 0);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, vigil_test_db_setup, fn, vigil_test_db_teardown)
  ADD ("/lessons/crud-and-order", test_crud_and_order);
  ADD ("/lessons/validation", test_validation);
  ADD ("/lessons/cascade-on-profile-purge", test_cascade);
  ADD ("/lessons/duplicate-profile", test_duplicate_profile);
  ADD ("/lessons/context", test_context);
  ADD ("/lessons/upgrade-from-2", test_upgrade_from_2);
#undef ADD

  return g_test_run ();
}
