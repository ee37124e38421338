/* test-export.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "vigil-context.h"
#include "vigil-export.h"
#include "vigil-export-json.h"
#include "vigil-import.h"
#include "vigil-test-utils.h"

/* 2026-01-01T00:00:00Z: every time in the test profile is fixed from here. */
#define T0 G_GINT64_CONSTANT (1767225600000000)

typedef struct
{
  char         *dir;
  VigilContext *context;
  gint64        profile;
} Fixture;

/* A profile with something in every column: states of every status, a note with quotes,
 * a line break and non-ASCII, evidence, own steps with and without a guideline, history,
 * lessons with guidelines out of alphabetical order and with none; then every time set to
 * a fixed one, as the stores take them from the clock. */
static gint64
build_profile (VigilContext *context)
{
  VigilProgressStore *progress = vigil_context_get_progress_store (context);
  VigilDatabase *database = vigil_context_get_database (context);
  g_autoptr(GError) error = NULL;
  g_autofree char *step = NULL;
  g_autofree char *own = NULL;
  gint64 profile;

  profile = vigil_profile_store_create (vigil_context_get_profile_store (context), "Acme Ltd",
                                        VIGIL_PROFILE_ORGANIZATION,
                                        "{\"purpose\":\"business\",\"employees\":12,"
                                        "\"platforms\":[\"linux\"]}", &error);
  g_assert_no_error (error);

  vigil_progress_store_set_status (progress, profile, "consumer.home-router.admin-password",
                                   VIGIL_ITEM_STATUS_DONE, NULL, NULL, &error);
  g_assert_no_error (error);
  vigil_progress_store_verify (progress, profile, "consumer.home-router.admin-password", &error);
  g_assert_no_error (error);
  vigil_progress_store_set_status (progress, profile, "consumer.home-router.guest-network",
                                   VIGIL_ITEM_STATUS_NOT_APPLICABLE, "No guests, ever", NULL,
                                   &error);
  g_assert_no_error (error);
  vigil_progress_store_set_status (progress, profile, "consumer.device-lock.find-device",
                                   VIGIL_ITEM_STATUS_RISK_ACCEPTED, "Old phone, replaced soon",
                                   "2026-06-30", &error);
  g_assert_no_error (error);
  vigil_progress_store_set_status (progress, profile, "consumer.device-lock.encrypt-computer",
                                   VIGIL_ITEM_STATUS_IN_PROGRESS, NULL, NULL, &error);
  g_assert_no_error (error);
  vigil_progress_store_set_text (progress, profile, "consumer.device-lock.encrypt-computer",
                                 VIGIL_ITEM_FIELD_NOTE,
                                 "Passwort geändert – \"laptop\" ✓\nsecond line", &error);
  g_assert_no_error (error);
  vigil_progress_store_set_text (progress, profile, "consumer.device-lock.encrypt-computer",
                                 VIGIL_ITEM_FIELD_OWNER, "Zoë", &error);
  g_assert_no_error (error);
  vigil_progress_store_set_text (progress, profile, "consumer.device-lock.encrypt-computer",
                                 VIGIL_ITEM_FIELD_DUE, "2026-03-15", &error);
  g_assert_no_error (error);

  vigil_evidence_store_add (vigil_context_get_evidence_store (context), profile,
                            "consumer.home-router.admin-password", "https://example.org/router",
                            "Screenshot of the admin page", &error);
  g_assert_no_error (error);
  vigil_evidence_store_add (vigil_context_get_evidence_store (context), profile,
                            "consumer.device-lock.screen-lock-phone", "Drawer 2, folder B", NULL,
                            &error);
  g_assert_no_error (error);

  step = vigil_custom_item_store_add (vigil_context_get_custom_item_store (context), profile,
                                      "consumer.home-router", "Label the router", &error);
  g_assert_no_error (error);
  own = vigil_custom_item_store_add (vigil_context_get_custom_item_store (context), profile, NULL,
                                     "Shred old invoices", &error);
  g_assert_no_error (error);
  vigil_progress_store_set_status (progress, profile, step, VIGIL_ITEM_STATUS_DONE, NULL, NULL,
                                   &error);
  g_assert_no_error (error);

  {
    VigilLessonStore *lessons = vigil_context_get_lesson_store (context);
    const char * const guidelines[] = { "consumer.home-router", "consumer.device-lock",
                                        "consumer.updates", NULL };

    vigil_lesson_store_create (lessons, profile, "Router & Geräte – week 1", guidelines, &error);
    g_assert_no_error (error);
    vigil_lesson_store_create (lessons, profile, "Still empty", NULL, &error);
    g_assert_no_error (error);
  }

  /* The clock's times, replaced by fixed ones in the same order. */
  {
    g_autofree char *sql = g_strdup_printf (
      "UPDATE profiles SET created_at = %1$" G_GINT64_FORMAT ";"
      "UPDATE item_states SET updated_at = %1$" G_GINT64_FORMAT " + 3600000000 * length (item_id),"
      "  completed_at = CASE WHEN completed_at IS NULL THEN NULL ELSE %1$" G_GINT64_FORMAT
      "    + 7200000000 END,"
      "  verified_at = CASE WHEN verified_at IS NULL THEN NULL ELSE %1$" G_GINT64_FORMAT
      "    + 86400000000 + 123456 END;"
      "UPDATE evidence SET added_at = %1$" G_GINT64_FORMAT " + 60000000 * id;"
      "UPDATE custom_items SET created_at = %1$" G_GINT64_FORMAT " + 1000000 * id;"
      "UPDATE lessons SET created_at = %1$" G_GINT64_FORMAT " + 5000000 * id,"
      "  updated_at = %1$" G_GINT64_FORMAT " + 5000000 * id + 250001 * id;"
      "UPDATE history SET at = %1$" G_GINT64_FORMAT " + 1000 * id;"
      "UPDATE history SET new_value = json_set (new_value, '$.completed_at', %1$" G_GINT64_FORMAT
      "  + 7200000000) WHERE json_extract (new_value, '$.completed_at') > 0;"
      "UPDATE history SET new_value = json_set (new_value, '$.verified_at', %1$" G_GINT64_FORMAT
      "  + 86400000000 + 123456) WHERE json_extract (new_value, '$.verified_at') > 0;", T0);

    g_assert_true (vigil_database_exec (database, sql, &error));
    g_assert_no_error (error);
  }

  return profile;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = vigil_test_make_tmp_dir ();
  fixture->context = vigil_context_new (fixture->dir, &error);
  g_assert_no_error (error);
  fixture->profile = build_profile (fixture->context);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->context);
  vigil_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
}

static char *
export_text (VigilContext *context,
             gint64        profile)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = vigil_export_json_render_at (context, profile, T0 + 42, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The app version is the one thing besides the export time that changes by itself. */
static char *
normalize_version (const char *json)
{
  g_autofree char *from = g_strdup_printf ("\"app_version\" : \"%s\"", PACKAGE_VERSION);
  g_auto(GStrv) parts = g_strsplit (json, from, 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);

  return g_strjoin ("\"app_version\" : \"@PACKAGE_VERSION@\"", parts[0], parts[1], NULL);
}

static void
test_golden (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *json = export_text (fixture->context, fixture->profile);
  g_autofree char *actual = normalize_version (json);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "golden", "profile.json",
                                                 NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  /* VIGIL_UPDATE_GOLDEN=1 rewrites the file after a deliberate change of the format. */
  if (g_getenv ("VIGIL_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (path, actual, -1, &error);
      g_assert_no_error (error);
    }

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_true (g_utf8_validate (json, -1, NULL));
}

/* Exporting twice gives the same bytes. */
static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *first = export_text (fixture->context, fixture->profile);
  g_autofree char *second = export_text (fixture->context, fixture->profile);

  g_assert_cmpstr (first, ==, second);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *json = export_text (fixture->context, fixture->profile);
  g_autofree char *other_dir = vigil_test_make_tmp_dir ();
  g_autoptr(VigilContext) other = NULL;
  g_autoptr(VigilImportPlan) plan = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autofree char *again = NULL;
  VigilImportSummary summary;
  gint64 imported = 0;

  /* A fresh database has its ids in the same order, so the copy exports to the same bytes. */
  other = vigil_context_new (other_dir, &error);
  g_assert_no_error (error);
  plan = vigil_import_plan (other, bytes, 0, &error);
  g_assert_no_error (error);
  vigil_import_plan_get_summary (plan, &summary);
  g_assert_true (summary.new_profile);
  g_assert_cmpuint (summary.items_added, ==, 5);
  g_assert_cmpuint (summary.custom_added, ==, 2);
  g_assert_cmpuint (summary.evidence_added, ==, 2);
  g_assert_cmpuint (summary.history_added, ==, 13);
  g_assert_cmpuint (summary.skipped, ==, 0);
  g_assert_cmpuint (summary.lessons_added, ==, 2);
  g_assert_cmpuint (summary.lessons_matched, ==, 0);

  g_assert_true (vigil_import_apply (other, plan, &imported, &error));
  g_assert_no_error (error);
  g_assert_cmpint (imported, ==, fixture->profile);

  again = export_text (other, imported);
  g_assert_cmpstr (again, ==, json);

  g_clear_object (&plan);
  g_assert_finalize_object (g_steal_pointer (&other));
  vigil_test_rm_rf (other_dir);
}

/* Into the same database: new ids, a free name, the same states and evidence. */
static void
test_round_trip_same_database (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *json = export_text (fixture->context, fixture->profile);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(VigilImportPlan) plan = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 imported = 0;
  GHashTableIter iter;
  gpointer key, value;

  plan = vigil_import_plan (fixture->context, bytes, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vigil_import_plan_get_profile_name (plan), ==, "Acme Ltd (2)");
  g_assert_true (vigil_import_apply (fixture->context, plan, &imported, &error));
  g_assert_no_error (error);
  g_assert_cmpint (imported, !=, fixture->profile);

  name = vigil_profile_store_dup_name (vigil_context_get_profile_store (fixture->context),
                                       imported, &error);
  g_assert_cmpstr (name, ==, "Acme Ltd (2)");

  before = vigil_progress_store_dup_states (vigil_context_get_progress_store (fixture->context),
                                            fixture->profile, &error);
  after = vigil_progress_store_dup_states (vigil_context_get_progress_store (fixture->context),
                                           imported, &error);
  g_assert_cmpuint (g_hash_table_size (before), ==, g_hash_table_size (after));

  /* Catalog items keep their ids; own steps are renumbered and keep their states. */
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      VigilItemState *mine = value, *copy;

      if (g_str_has_prefix (key, "custom."))
        continue;
      copy = g_hash_table_lookup (after, key);
      g_assert_nonnull (copy);
      g_assert_cmpint (copy->status, ==, mine->status);
      g_assert_cmpstr (copy->note, ==, mine->note);
      g_assert_cmpint (copy->updated_at, ==, mine->updated_at);
    }

  steps = vigil_custom_item_store_list_all (vigil_context_get_custom_item_store (fixture->context),
                                            imported, &error);
  g_assert_cmpuint (steps->len, ==, 2);

  /* Lessons come along, guidelines in their order (listed by name). */
  {
    VigilLessonStore *store = vigil_context_get_lesson_store (fixture->context);
    g_autoptr(GPtrArray) mine = vigil_lesson_store_list (store, fixture->profile, &error);
    g_autoptr(GPtrArray) copies = vigil_lesson_store_list (store, imported, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (copies->len, ==, 2);
    for (guint i = 0; i < copies->len; i++)
      {
        VigilLesson *original = mine->pdata[i], *copy = copies->pdata[i];

        g_assert_cmpint (copy->id, !=, original->id);
        g_assert_cmpstr (copy->name, ==, original->name);
        g_assert_cmpstrv (copy->guideline_ids, original->guideline_ids);
      }
    g_assert_cmpstr (((VigilLesson *)copies->pdata[0])->name, ==, "Router & Geräte – week 1");
    g_assert_cmpstr (((VigilLesson *)copies->pdata[0])->guideline_ids[1], ==,
                     "consumer.device-lock");
    g_assert_cmpuint (g_strv_length (((VigilLesson *)copies->pdata[1])->guideline_ids), ==, 0);
  }
  g_assert_true (vigil_progress_store_get_done (vigil_context_get_progress_store (fixture->context),
                                                imported,
                                                ((VigilCustomItem *)steps->pdata[0])->id));

  /* Undo in the copy reverts the copy's last change, marking the own step not done. */
  {
    g_autofree char *undone = vigil_progress_store_undo (
      vigil_context_get_progress_store (fixture->context), imported, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (undone, ==, ((VigilCustomItem *)steps->pdata[0])->id);
    g_assert_false (vigil_progress_store_get_done (
      vigil_context_get_progress_store (fixture->context), imported, undone));
  }
}

static void
assert_private (const char *path)
{
  g_assert_cmpuint (vigil_test_file_mode (path) & 0777, ==, 0600);
}

static void
test_file_private (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dir = vigil_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "acme.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;
  mode_t old_mask = umask (0);

  /* A new file is private even with the most permissive umask. */
  g_assert_true (vigil_export_to_file (fixture->context, fixture->profile, VIGIL_EXPORT_JSON, file,
                                       &error));
  g_assert_no_error (error);
  assert_private (path);

  /* An existing file readable by all is replaced by a private one. */
  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (vigil_export_to_file (fixture->context, fixture->profile, VIGIL_EXPORT_JSON, file,
                                       &error));
  g_assert_no_error (error);
  assert_private (path);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\" : \"vigil-profile\""));
  umask (old_mask);

  /* No temporary file is left beside it. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "acme.json");
  g_assert_null (g_dir_read_name (listing));

  vigil_test_rm_rf (dir);
}

static void
test_file_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *dir = vigil_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing", "acme.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (vigil_export_to_file (fixture->context, fixture->profile, VIGIL_EXPORT_JSON,
                                        file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* No such profile: nothing is written. */
  g_clear_object (&file);
  g_free (path);
  path = g_build_filename (dir, "none.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_false (vigil_export_to_file (fixture->context, 9999, VIGIL_EXPORT_JSON, file, &error));
  g_assert_error (error, VIGIL_PROFILE_ERROR, VIGIL_PROFILE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  vigil_test_rm_rf (dir);
}

static void
test_formats (void)
{
  static const struct { const char *text; gboolean ok; VigilExportFormat format; } names[] = {
    { "pdf", TRUE, VIGIL_EXPORT_PDF }, { "HTML", TRUE, VIGIL_EXPORT_HTML },
    { "csv", TRUE, VIGIL_EXPORT_CSV }, { "json", TRUE, VIGIL_EXPORT_JSON },
    { "docx", FALSE, 0 }, { "", FALSE, 0 },
  };
  static const struct { const char *path; gboolean ok; VigilExportFormat format; } paths[] = {
    { "/tmp/a.pdf", TRUE, VIGIL_EXPORT_PDF }, { "report.htm", TRUE, VIGIL_EXPORT_HTML },
    { "x.y/z.CSV", TRUE, VIGIL_EXPORT_CSV }, { "b.json", TRUE, VIGIL_EXPORT_JSON },
    { "x.json/file", FALSE, 0 }, { "noext", FALSE, 0 },
  };
  VigilExportFormat format;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpint (vigil_export_format_from_string (names[i].text, &format), ==, names[i].ok);
      if (names[i].ok)
        g_assert_cmpint (format, ==, names[i].format);
    }
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_assert_cmpint (vigil_export_format_from_path (paths[i].path, &format), ==, paths[i].ok);
      if (paths[i].ok)
        g_assert_cmpint (format, ==, paths[i].format);
    }
}

static void
test_times (void)
{
  static const struct { const char *text; gboolean ok; gint64 usec; } cases[] = {
    { "2026-01-01T00:00:00.000000Z", TRUE, T0 },
    { "2026-01-01T00:00:00.000001Z", TRUE, T0 + 1 },
    { "2026-01-01T00:00:00.999999Z", TRUE, T0 + 999999 },
    { "2026-01-01T00:00:00.5Z", TRUE, T0 + 500000 },
    { "2026-01-01T00:00:00Z", TRUE, T0 },
    { "2026-01-01T00:00:00", FALSE, 0 },
    { "2026-01-01T00:00:00.Z", FALSE, 0 },
    { "2026-01-01T00:00:00.1234567Z", FALSE, 0 },
    { "2026-02-30T00:00:00Z", FALSE, 0 },
    { "2026-01-01T24:00:00Z", FALSE, 0 },
    { "2026-01-01T00:00:60Z", FALSE, 0 },
    { "yesterday", FALSE, 0 },
    { "", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 usec = 0;

      g_assert_cmpint (vigil_export_parse_time (cases[i].text, &usec), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpint (usec, ==, cases[i].usec);
    }

  /* Every microsecond survives the trip through text. */
  for (gint64 usec = T0 - 3; usec < T0 + 3000000; usec += 999983)
    {
      g_autofree char *text = vigil_export_format_time (usec);
      gint64 back = 0;

      g_assert_true (vigil_export_parse_time (text, &back));
      g_assert_cmpint (back, ==, usec);
    }

  g_assert_true (vigil_export_is_date ("2024-02-29"));
  g_assert_false (vigil_export_is_date ("2025-02-29"));
  g_assert_false (vigil_export_is_date ("2025-1-01"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/export/json/golden", Fixture, NULL, fixture_setup, test_golden,
              fixture_teardown);
  g_test_add ("/export/json/deterministic", Fixture, NULL, fixture_setup, test_deterministic,
              fixture_teardown);
  g_test_add ("/export/json/round-trip", Fixture, NULL, fixture_setup, test_round_trip,
              fixture_teardown);
  g_test_add ("/export/json/round-trip-same-database", Fixture, NULL, fixture_setup,
              test_round_trip_same_database, fixture_teardown);
  g_test_add ("/export/file/private", Fixture, NULL, fixture_setup, test_file_private,
              fixture_teardown);
  g_test_add ("/export/file/errors", Fixture, NULL, fixture_setup, test_file_errors,
              fixture_teardown);
  g_test_add_func ("/export/formats", test_formats);
  g_test_add_func ("/export/times", test_times);

  return g_test_run ();
}
