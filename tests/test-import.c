/* test-import.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vigil-context.h"
#include "vigil-import.h"
#include "vigil-test-utils.h"

#define T0 G_GINT64_CONSTANT (1767225600000000)   /* 2026-01-01T00:00:00Z */
#define SECONDS(n) (T0 + (gint64)(n) * G_USEC_PER_SEC)

#define PROFILE "{\"name\":\"Imported\",\"kind\":\"household\",\"answers\":{}," \
                "\"created_at\":\"2026-01-01T00:00:00Z\",\"archived_at\":null}"
#define ITEM "{\"id\":\"consumer.home-router.admin-password\",\"state\":{\"status\":\"done\"," \
             "\"updated_at\":\"2026-01-02T00:00:00Z\"},\"evidence\":[]}"

typedef struct
{
  char         *dir;
  VigilContext *context;
  gint64        profile;
} Fixture;

static void
set_state (Fixture         *fixture,
           const char      *item_id,
           VigilItemStatus  status,
           const char      *note,
           gint64           updated_at)
{
  VigilProgressStore *progress = vigil_context_get_progress_store (fixture->context);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  vigil_progress_store_set_status (progress, fixture->profile, item_id, status, NULL, NULL, &error);
  g_assert_no_error (error);
  if (note != NULL)
    vigil_progress_store_set_text (progress, fixture->profile, item_id, VIGIL_ITEM_FIELD_NOTE,
                                   note, &error);
  g_assert_no_error (error);

  sql = g_strdup_printf ("UPDATE item_states SET updated_at = %" G_GINT64_FORMAT ", "
                         "completed_at = NULL WHERE item_id = '%s'", updated_at, item_id);
  vigil_database_exec (vigil_context_get_database (fixture->context), sql, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = vigil_test_make_tmp_dir ();
  fixture->context = vigil_context_new (fixture->dir, &error);
  g_assert_no_error (error);

  fixture->profile = vigil_profile_store_create (vigil_context_get_profile_store (fixture->context),
                                                 "Home", VIGIL_PROFILE_HOUSEHOLD, NULL, &error);
  g_assert_no_error (error);
  vigil_context_set_profile_id (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);

  set_state (fixture, "consumer.home-router.admin-password", VIGIL_ITEM_STATUS_DONE, NULL,
             SECONDS (10));
  set_state (fixture, "consumer.home-router.guest-network", VIGIL_ITEM_STATUS_IN_PROGRESS, NULL,
             SECONDS (30));
  set_state (fixture, "consumer.device-lock.find-device", VIGIL_ITEM_STATUS_TODO, "same",
             SECONDS (5));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->context);
  vigil_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
}

/* Every row of every table, to show that something changed nothing. */
static char *
dump_database (VigilContext *context)
{
  static const char * const queries[] = {
    "SELECT * FROM profiles ORDER BY id",
    "SELECT * FROM item_states ORDER BY profile_id, item_id",
    "SELECT * FROM evidence ORDER BY id",
    "SELECT * FROM custom_items ORDER BY id",
    "SELECT * FROM history ORDER BY id",
    "SELECT * FROM lessons ORDER BY id",
    "SELECT * FROM lesson_guidelines ORDER BY lesson_id, position",
  };
  VigilDatabase *database = vigil_context_get_database (context);
  GString *dump = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = vigil_database_prepare (database, queries[i], NULL);

      g_assert_nonnull (stmt);
      g_string_append_printf (dump, "%s\n", queries[i]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *)sqlite3_column_text (stmt, c);

              g_string_append_printf (dump, "%s|", text != NULL ? text : "NULL");
            }
          g_string_append_c (dump, '\n');
        }
    }

  return g_string_free (dump, FALSE);
}

/* @lessons %NULL leaves the member out, as files from before lessons do. */
static GBytes *
make_doc_with_lessons (const char *profile,
                       const char *custom,
                       const char *items,
                       const char *history,
                       const char *lessons)
{
  char *text = g_strdup_printf ("{\"format\":\"vigil-profile\",\"version\":1,"
                                "\"app_version\":\"0.1.0\","
                                "\"exported_at\":\"2026-01-03T00:00:00.000000Z\","
                                "\"profile\":%s,\"custom_items\":%s,\"items\":%s,\"history\":%s"
                                "%s%s}",
                                profile != NULL ? profile : PROFILE,
                                custom != NULL ? custom : "[]",
                                items != NULL ? items : "[" ITEM "]",
                                history != NULL ? history : "[]",
                                lessons != NULL ? ",\"lessons\":" : "",
                                lessons != NULL ? lessons : "");

  return g_bytes_new_take (text, strlen (text));
}

static GBytes *
make_doc (const char *profile,
          const char *custom,
          const char *items,
          const char *history)
{
  return make_doc_with_lessons (profile, custom, items, history, NULL);
}

typedef struct
{
  const char *name;
  const char *raw;       /* the whole file, or NULL for a Vigil file made of the parts below */
  const char *profile;
  const char *custom;
  const char *items;
  const char *history;
  int         code;
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "empty", "", NULL, NULL, NULL, NULL, VIGIL_IMPORT_ERROR_MALFORMED },
  /* Found by the fuzzer: white space parses to no root node. */
  { "white-space", " \n\t ", NULL, NULL, NULL, NULL, VIGIL_IMPORT_ERROR_MALFORMED },
  { "not-json", "{\"format\": \"vigil-profile\",", NULL, NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_MALFORMED },
  { "not-utf8", "{\"format\":\"vigil-profile\xff\"}", NULL, NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_MALFORMED },
  { "array", "[1, 2, 3]", NULL, NULL, NULL, NULL, VIGIL_IMPORT_ERROR_NOT_VIGIL },
  { "no-format", "{\"version\": 1}", NULL, NULL, NULL, NULL, VIGIL_IMPORT_ERROR_NOT_VIGIL },
  { "other-format", "{\"format\": \"calendar\", \"version\": 1}", NULL, NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_NOT_VIGIL },
  { "format-number", "{\"format\": 1, \"version\": 1}", NULL, NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_NOT_VIGIL },
  { "newer", "{\"format\": \"vigil-profile\", \"version\": 2, \"whatever\": []}", NULL, NULL,
    NULL, NULL, VIGIL_IMPORT_ERROR_TOO_NEW },
  { "version-text", "{\"format\": \"vigil-profile\", \"version\": \"1\"}", NULL, NULL, NULL,
    NULL, VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "version-zero", "{\"format\": \"vigil-profile\", \"version\": 0}", NULL, NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "no-profile", "{\"format\": \"vigil-profile\", \"version\": 1}", NULL, NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "name-number", NULL, "{\"name\":5,\"kind\":\"household\",\"answers\":{},"
    "\"created_at\":\"2026-01-01T00:00:00Z\"}", NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "name-blank", NULL, "{\"name\":\"  \",\"kind\":\"household\",\"answers\":{},"
    "\"created_at\":\"2026-01-01T00:00:00Z\"}", NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "kind", NULL, "{\"name\":\"A\",\"kind\":\"club\",\"answers\":{},"
    "\"created_at\":\"2026-01-01T00:00:00Z\"}", NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "answers-array", NULL, "{\"name\":\"A\",\"kind\":\"household\",\"answers\":[],"
    "\"created_at\":\"2026-01-01T00:00:00Z\"}", NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "platform-object", NULL, "{\"name\":\"A\",\"kind\":\"household\","
    "\"answers\":{\"platforms\":[{}]},\"created_at\":\"2026-01-01T00:00:00Z\"}", NULL, NULL, NULL,
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "created-bad", NULL, "{\"name\":\"A\",\"kind\":\"household\",\"answers\":{},"
    "\"created_at\":\"yesterday\"}", NULL, NULL, NULL, VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "items-object", NULL, NULL, NULL, "{}", NULL, VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "item-number", NULL, NULL, NULL, "[7]", NULL, VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "unknown-item", NULL, NULL, NULL,
    "[{\"id\":\"consumer.no-such.item\",\"state\":null,\"evidence\":[]}]", NULL,
    VIGIL_IMPORT_ERROR_UNKNOWN_ID },
  { "duplicate-item", NULL, NULL, NULL, "[" ITEM "," ITEM "]", NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "status", NULL, NULL, NULL,
    "[{\"id\":\"consumer.home-router.admin-password\",\"state\":{\"status\":\"finished\","
    "\"updated_at\":\"2026-01-02T00:00:00Z\"},\"evidence\":[]}]", NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "status-number", NULL, NULL, NULL,
    "[{\"id\":\"consumer.home-router.admin-password\",\"state\":{\"status\":2,"
    "\"updated_at\":\"2026-01-02T00:00:00Z\"},\"evidence\":[]}]", NULL,
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "due", NULL, NULL, NULL,
    "[{\"id\":\"consumer.home-router.admin-password\",\"state\":{\"status\":\"todo\","
    "\"due\":\"2026-02-30\",\"updated_at\":\"2026-01-02T00:00:00Z\"},\"evidence\":[]}]", NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "no-reason", NULL, NULL, NULL,
    "[{\"id\":\"consumer.home-router.admin-password\",\"state\":{\"status\":\"not-applicable\","
    "\"reason\":\" \",\"updated_at\":\"2026-01-02T00:00:00Z\"},\"evidence\":[]}]", NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "risk-no-until", NULL, NULL, NULL,
    "[{\"id\":\"consumer.home-router.admin-password\",\"state\":{\"status\":\"risk-accepted\","
    "\"reason\":\"ok\",\"updated_at\":\"2026-01-02T00:00:00Z\"},\"evidence\":[]}]", NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "recurrence", NULL, NULL, NULL,
    "[{\"id\":\"consumer.home-router.admin-password\",\"state\":{\"status\":\"todo\","
    "\"recurrence_days\":0,\"updated_at\":\"2026-01-02T00:00:00Z\"},\"evidence\":[]}]", NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "no-updated", NULL, NULL, NULL,
    "[{\"id\":\"consumer.home-router.admin-password\",\"state\":{\"status\":\"todo\"},"
    "\"evidence\":[]}]", NULL, VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "evidence-blank", NULL, NULL, NULL,
    "[{\"id\":\"consumer.home-router.admin-password\",\"state\":null,\"evidence\":[{\"id\":1,"
    "\"location\":\"\",\"added_at\":\"2026-01-02T00:00:00Z\"}]}]", NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "evidence-id-text", NULL, NULL, NULL,
    "[{\"id\":\"consumer.home-router.admin-password\",\"state\":null,\"evidence\":[{\"id\":\"1\","
    "\"location\":\"x\",\"added_at\":\"2026-01-02T00:00:00Z\"}]}]", NULL,
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "custom-guideline", NULL, NULL, "[{\"id\":\"custom.1\",\"guideline_id\":\"nope\","
    "\"title\":\"T\",\"created_at\":\"2026-01-02T00:00:00Z\"}]", NULL, NULL,
    VIGIL_IMPORT_ERROR_UNKNOWN_ID },
  { "custom-id", NULL, NULL, "[{\"id\":\"mine.1\",\"guideline_id\":null,"
    "\"title\":\"T\",\"created_at\":\"2026-01-02T00:00:00Z\"}]", NULL, NULL,
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "history-field", NULL, NULL, NULL, NULL,
    "[{\"item_id\":\"consumer.home-router.admin-password\",\"field\":\"rm -rf\",\"old\":null,"
    "\"new\":null,\"at\":\"2026-01-02T00:00:00Z\",\"undone\":false}]",
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "history-member", NULL, NULL, NULL, NULL,
    "[{\"item_id\":\"consumer.home-router.admin-password\",\"field\":\"state\",\"old\":null,"
    "\"new\":{\"status\":\"done\",\"sql\":\"x\"},\"at\":\"2026-01-02T00:00:00Z\","
    "\"undone\":false}]", VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "history-shape", NULL, NULL, NULL, NULL,
    "[{\"item_id\":\"consumer.home-router.admin-password\",\"field\":\"evidence\",\"old\":null,"
    "\"new\":{\"id\":1},\"at\":\"2026-01-02T00:00:00Z\",\"undone\":false}]",
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "history-undone", NULL, NULL, NULL, NULL,
    "[{\"item_id\":\"consumer.home-router.admin-password\",\"field\":\"state\",\"old\":null,"
    "\"new\":null,\"at\":\"2026-01-02T00:00:00Z\",\"undone\":1}]",
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "history-unknown", NULL, NULL, NULL, NULL,
    "[{\"item_id\":\"nothing\",\"field\":\"state\",\"old\":null,"
    "\"new\":null,\"at\":\"2026-01-02T00:00:00Z\",\"undone\":false}]",
    VIGIL_IMPORT_ERROR_UNKNOWN_ID },
};

#define LESSON(name, ids) "{\"name\":" name ",\"created_at\":\"2026-01-02T00:00:00Z\"," \
                               "\"updated_at\":\"2026-01-02T00:00:00Z\",\"guideline_ids\":" ids "}"

static const struct { const char *name; const char *lessons; int code; } broken_lessons[] = {
  { "lessons-object", "{}", VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "lesson-text", "[\"Router\"]", VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "lesson-name-number", "[" LESSON ("3", "[]") "]", VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "lesson-no-name", "[{\"created_at\":\"2026-01-02T00:00:00Z\","
    "\"updated_at\":\"2026-01-02T00:00:00Z\",\"guideline_ids\":[]}]",
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "lesson-name-blank", "[" LESSON ("\" \\t \"", "[]") "]", VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "lesson-time", "[{\"name\":\"A\",\"created_at\":\"monday\","
    "\"updated_at\":\"2026-01-02T00:00:00Z\",\"guideline_ids\":[]}]",
    VIGIL_IMPORT_ERROR_INVALID_VALUE },
  { "lesson-ids-text", "[" LESSON ("\"A\"", "\"consumer.home-router\"") "]",
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "lesson-id-number", "[" LESSON ("\"A\"", "[\"consumer.home-router\",4]") "]",
    VIGIL_IMPORT_ERROR_WRONG_TYPE },
  { "lesson-unknown-guideline", "[" LESSON ("\"A\"", "[\"consumer.home-router\","
    "\"consumer.no-such-guideline\"]") "]", VIGIL_IMPORT_ERROR_UNKNOWN_ID },
  /* An item's id is not a guideline's. */
  { "lesson-item-id", "[" LESSON ("\"A\"", "[\"consumer.home-router.admin-password\"]") "]",
    VIGIL_IMPORT_ERROR_UNKNOWN_ID },
  { "lesson-duplicate-guideline", "[" LESSON ("\"A\"", "[\"consumer.home-router\","
    "\"consumer.updates\",\"consumer.home-router\"]") "]", VIGIL_IMPORT_ERROR_INVALID_VALUE },
  /* The first lesson is fine: nothing of the file is taken. */
  { "lesson-second-broken", "[" LESSON ("\"A\"", "[\"consumer.home-router\"]") ","
    LESSON ("\"\"", "[]") "]", VIGIL_IMPORT_ERROR_INVALID_VALUE },
};

static void
assert_refused (Fixture    *fixture,
                GBytes     *bytes,
                int         code,
                const char *name)
{
  g_autofree char *before = dump_database (fixture->context);
  g_autofree char *after = NULL;
  const gint64 targets[] = { 0, fixture->profile };

  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VigilImportPlan) plan = vigil_import_plan (fixture->context, bytes, targets[t],
                                                           &error);

      if (error == NULL || !g_error_matches (error, VIGIL_IMPORT_ERROR, code))
        g_error ("case %s: expected code %d, got %s", name, code,
                 error != NULL ? error->message : "success");
      g_assert_null (plan);
      g_assert_cmpstr (error->message, !=, "");
      g_test_message ("%s: %s", name, error->message);
    }

  after = dump_database (fixture->context);
  g_assert_cmpstr (before, ==, after);
}

static void
test_broken (Fixture       *fixture,
             gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      const BrokenCase *c = &broken_cases[i];
      g_autoptr(GBytes) bytes = c->raw != NULL ? g_bytes_new_static (c->raw, strlen (c->raw))
                                               : make_doc (c->profile, c->custom, c->items,
                                                           c->history);

      assert_refused (fixture, bytes, c->code, c->name);
    }
}

static void
test_broken_lessons (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A local lesson, so that the table dump has rows to compare. */
  vigil_context_create_lesson (fixture->context, "Router basics",
                               (const char * const[]) { "consumer.home-router", NULL }, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (broken_lessons); i++)
    {
      g_autoptr(GBytes) bytes = make_doc_with_lessons (NULL, NULL, NULL, NULL,
                                                       broken_lessons[i].lessons);

      assert_refused (fixture, bytes, broken_lessons[i].code, broken_lessons[i].name);
    }
}

/* Files from before lessons, and files saying null, have none; a new profile gets them all,
 * even two of one name, with their times and order. */
static void
test_lessons_new_profile (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GBytes) old = make_doc (NULL, NULL, NULL, NULL);
  g_autoptr(GBytes) null = make_doc_with_lessons (NULL, NULL, NULL, NULL, "null");
  g_autoptr(GBytes) bytes = make_doc_with_lessons (NULL, NULL, NULL, NULL,
                                                   "[" LESSON ("\"  Twice  \"",
                                                               "[\"consumer.updates\","
                                                               "\"consumer.home-router\"]") ","
                                                   LESSON ("\"Twice\"", "[]") "]");
  GBytes *without[] = { old, null };
  g_autoptr(VigilImportPlan) plan = NULL;
  g_autoptr(GPtrArray) lessons = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  VigilImportSummary summary;
  gint64 into = 0;

  for (guint i = 0; i < G_N_ELEMENTS (without); i++)
    {
      g_autoptr(VigilImportPlan) none = vigil_import_plan (fixture->context, without[i], 0,
                                                           &error);

      g_assert_no_error (error);
      vigil_import_plan_get_summary (none, &summary);
      g_assert_cmpuint (summary.lessons_added, ==, 0);
      g_assert_cmpuint (summary.lessons_matched, ==, 0);
    }

  plan = vigil_import_plan (fixture->context, bytes, 0, &error);
  g_assert_no_error (error);
  vigil_import_plan_get_summary (plan, &summary);
  g_assert_cmpuint (summary.lessons_added, ==, 2);
  g_assert_cmpuint (summary.lessons_matched, ==, 0);
  {
    g_autofree char *text = vigil_import_plan_describe (plan);

    g_assert_nonnull (strstr (text, "2 lessons would be added."));
  }

  g_assert_true (vigil_import_apply (fixture->context, plan, &into, &error));
  g_assert_no_error (error);

  lessons = vigil_lesson_store_list (vigil_context_get_lesson_store (fixture->context), into,
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lessons->len, ==, 2);
  g_assert_cmpstr (((VigilLesson *)lessons->pdata[0])->name, ==, "Twice");
  g_assert_cmpstr (((VigilLesson *)lessons->pdata[1])->name, ==, "Twice");
  g_assert_cmpstrv (((VigilLesson *)lessons->pdata[0])->guideline_ids,
                    ((const char * const[]) { "consumer.updates", "consumer.home-router",
                                              NULL }));
  g_assert_cmpuint (g_strv_length (((VigilLesson *)lessons->pdata[1])->guideline_ids), ==, 0);

  stmt = vigil_database_prepare (vigil_context_get_database (fixture->context),
                                 "SELECT created_at, updated_at FROM lessons "
                                 "WHERE profile_id = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, into);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, SECONDS (86400));
  g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, SECONDS (86400));
}

static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  gsize length = VIGIL_IMPORT_MAX_SIZE + 1;
  char *text = g_malloc (length);
  g_autoptr(GBytes) bytes = NULL;

  memset (text, ' ', length);
  text[0] = '{';
  text[length - 1] = '}';
  bytes = g_bytes_new_take (text, length);

  assert_refused (fixture, bytes, VIGIL_IMPORT_ERROR_TOO_LARGE, "too-large");
}

static void
test_too_deep (Fixture       *fixture,
               gconstpointer  data)
{
  GString *text = g_string_new ("{\"format\":\"vigil-profile\",\"version\":1,\"x\":");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) in_string = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilImportPlan) plan = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  bytes = g_string_free_to_bytes (text);

  assert_refused (fixture, bytes, VIGIL_IMPORT_ERROR_TOO_DEEP, "too-deep");

  /* Brackets inside text are only text. */
  in_string = make_doc ("{\"name\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                        "[[[[[[[[[[\\\"[[[\",\"kind\":\"household\",\"answers\":{},"
                        "\"created_at\":\"2026-01-01T00:00:00Z\"}", NULL, NULL, NULL);
  plan = vigil_import_plan (fixture->context, in_string, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
}

static void
test_unknown_profile (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = make_doc (NULL, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilImportPlan) plan = vigil_import_plan (fixture->context, bytes, 9999, &error);

  g_assert_error (error, VIGIL_PROFILE_ERROR, VIGIL_PROFILE_ERROR_NOT_FOUND);
  g_assert_null (plan);
}

static GBytes *
merge_doc (void)
{
  return make_doc_with_lessons (NULL,
                   "[{\"id\":\"custom.7\",\"guideline_id\":\"consumer.home-router\","
                   "\"title\":\"Label the router\",\"created_at\":\"2026-01-01T00:01:00Z\"}]",
                   "["
                   /* newer in the file: the file's wins */
                   "{\"id\":\"consumer.home-router.admin-password\",\"state\":{\"status\":\"done\","
                   "\"note\":\"from the laptop\",\"updated_at\":\"2026-01-01T00:00:20Z\"},"
                   "\"evidence\":[]},"
                   /* newer here: kept */
                   "{\"id\":\"consumer.home-router.guest-network\",\"state\":{\"status\":\"done\","
                   "\"updated_at\":\"2026-01-01T00:00:25Z\"},\"evidence\":[]},"
                   /* the same but for the time: unchanged */
                   "{\"id\":\"consumer.device-lock.find-device\",\"state\":{\"status\":\"todo\","
                   "\"note\":\"same\",\"updated_at\":\"2026-01-01T00:00:40Z\"},\"evidence\":[]},"
                   /* new */
                   "{\"id\":\"consumer.device-lock.encrypt-computer\",\"state\":{\"status\":"
                   "\"done\",\"completed_at\":\"2026-01-01T00:00:50Z\","
                   "\"updated_at\":\"2026-01-01T00:00:50Z\"},\"evidence\":[{\"id\":3,"
                   "\"location\":\"https://example.org/bitlocker\",\"description\":null,"
                   "\"added_at\":\"2026-01-01T00:00:51Z\"}]},"
                   "{\"id\":\"custom.7\",\"state\":{\"status\":\"done\","
                   "\"updated_at\":\"2026-01-01T00:01:10Z\"},\"evidence\":[]}"
                   "]",
                   "[{\"item_id\":\"custom.7\",\"field\":\"custom-item\",\"old\":null,"
                   "\"new\":{\"id\":7,\"guideline_id\":\"consumer.home-router\","
                   "\"title\":\"Label the router\"},\"at\":\"2026-01-01T00:01:00Z\","
                   "\"undone\":false}]",
                   /* the name is taken here: the local one stays; the other is new */
                   "[" LESSON ("\"Router basics\"", "[\"consumer.updates\"]") ","
                   LESSON ("\"Phones\"", "[\"consumer.device-lock\",\"consumer.updates\"]")
                   "]");
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
lessons_changed_cb (VigilLessonStore *store,
                    gint64            profile_id,
                    guint            *count)
{
  (*count)++;
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  VigilProgressStore *progress = vigil_context_get_progress_store (fixture->context);
  g_autoptr(GBytes) bytes = merge_doc ();
  g_autoptr(VigilImportPlan) plan = NULL;
  g_autoptr(VigilImportPlan) again = NULL;
  g_autoptr(VigilItemState) state = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lessons = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  VigilImportSummary summary;
  gboolean imported_wins;
  guint changed = 0;
  guint lessons_changed = 0;
  guint history;
  gint64 into = 0;

  vigil_context_create_lesson (fixture->context, "Router basics",
                               (const char * const[]) { "consumer.home-router", NULL }, &error);
  g_assert_no_error (error);
  before = dump_database (fixture->context);

  plan = vigil_import_plan (fixture->context, bytes, fixture->profile, &error);
  g_assert_no_error (error);

  /* The plan is a dry run. */
  after = dump_database (fixture->context);
  g_assert_cmpstr (before, ==, after);

  vigil_import_plan_get_summary (plan, &summary);
  g_assert_false (summary.new_profile);
  g_assert_cmpuint (summary.items_added, ==, 2);
  g_assert_cmpuint (summary.items_updated, ==, 1);
  g_assert_cmpuint (summary.items_unchanged, ==, 1);
  g_assert_cmpuint (summary.items_kept, ==, 1);
  g_assert_cmpuint (summary.custom_added, ==, 1);
  g_assert_cmpuint (summary.evidence_added, ==, 1);
  g_assert_cmpuint (summary.history_added, ==, 0);
  g_assert_cmpuint (summary.lessons_added, ==, 1);
  g_assert_cmpuint (summary.lessons_matched, ==, 1);

  g_assert_cmpuint (vigil_import_plan_get_n_conflicts (plan), ==, 2);
  g_assert_cmpstr (vigil_import_plan_get_conflict (plan, 0, &imported_wins), ==,
                   "consumer.home-router.admin-password");
  g_assert_true (imported_wins);
  g_assert_cmpstr (vigil_import_plan_get_conflict (plan, 1, &imported_wins), ==,
                   "consumer.home-router.guest-network");
  g_assert_false (imported_wins);

  text = vigil_import_plan_describe (plan);
  g_assert_nonnull (strstr (text, "“Home”"));
  g_assert_nonnull (strstr (text, "Changed in both"));
  g_assert_nonnull (strstr (text, "2 item states would be added."));
  g_assert_nonnull (strstr (text, "1 lesson would be added."));
  g_assert_nonnull (strstr (text, "1 lesson is already there"));

  history = vigil_progress_store_count_history (progress, fixture->profile);
  g_signal_connect (fixture->context, "profile-changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (vigil_context_get_lesson_store (fixture->context), "changed",
                    G_CALLBACK (lessons_changed_cb), &lessons_changed);
  g_assert_true (vigil_import_apply (fixture->context, plan, &into, &error));
  g_assert_no_error (error);
  g_assert_cmpint (into, ==, fixture->profile);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (lessons_changed, ==, 1);

  /* By name: "Phones" was added, the local "Router basics" kept its guidelines. */
  lessons = vigil_context_list_lessons (fixture->context);
  g_assert_cmpuint (lessons->len, ==, 2);
  g_assert_cmpstr (((VigilLesson *)lessons->pdata[0])->name, ==, "Phones");
  g_assert_cmpstrv (((VigilLesson *)lessons->pdata[0])->guideline_ids,
                    ((const char * const[]) { "consumer.device-lock", "consumer.updates",
                                              NULL }));
  g_assert_cmpstr (((VigilLesson *)lessons->pdata[1])->name, ==, "Router basics");
  g_assert_cmpstrv (((VigilLesson *)lessons->pdata[1])->guideline_ids,
                    ((const char * const[]) { "consumer.home-router", NULL }));

  state = vigil_progress_store_dup_state (progress, fixture->profile,
                                          "consumer.home-router.admin-password");
  g_assert_cmpstr (state->note, ==, "from the laptop");
  g_assert_cmpint (state->updated_at, ==, SECONDS (20));
  g_clear_pointer (&state, vigil_item_state_free);
  state = vigil_progress_store_dup_state (progress, fixture->profile,
                                          "consumer.home-router.guest-network");
  g_assert_cmpint (state->status, ==, VIGIL_ITEM_STATUS_IN_PROGRESS);
  g_assert_true (vigil_context_get_item_done (fixture->context,
                                              "consumer.device-lock.encrypt-computer"));

  steps = vigil_context_list_custom_items (fixture->context, "consumer.home-router");
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_true (vigil_context_get_item_done (fixture->context,
                                              ((VigilCustomItem *)steps->pdata[0])->id));

  /* The merge's own changes are in the history (own step, three states, evidence), not the
   * file's. */
  g_assert_cmpuint (vigil_progress_store_count_history (progress, fixture->profile), ==,
                    history + 5);

  /* Undo reverts the last of them: the evidence. */
  {
    g_autofree char *undone = vigil_progress_store_undo (progress, fixture->profile, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (undone, ==, "consumer.device-lock.encrypt-computer");
  }

  /* Merging the same file again finds everything there. */
  again = vigil_import_plan (fixture->context, bytes, fixture->profile, &error);
  g_assert_no_error (error);
  vigil_import_plan_get_summary (again, &summary);
  g_assert_cmpuint (summary.items_added, ==, 0);
  g_assert_cmpuint (summary.items_updated, ==, 0);
  g_assert_cmpuint (summary.items_unchanged, ==, 4);
  g_assert_cmpuint (summary.custom_added, ==, 0);
  g_assert_cmpuint (summary.custom_matched, ==, 1);
  g_assert_cmpuint (summary.evidence_added, ==, 1);
  g_assert_cmpuint (summary.lessons_added, ==, 0);
  g_assert_cmpuint (summary.lessons_matched, ==, 2);
}

/* A failure halfway through leaves nothing: here the database refuses the evidence, which is
 * written after the profile, the own steps, the lessons and the states. */
static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  VigilDatabase *database = vigil_context_get_database (fixture->context);
  g_autoptr(GBytes) bytes = merge_doc ();
  g_autoptr(VigilImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 into = 0;

  plan = vigil_import_plan (fixture->context, bytes, 0, &error);
  g_assert_no_error (error);

  vigil_database_exec (database, "CREATE TEMP TRIGGER refuse BEFORE INSERT ON evidence "
                                 "BEGIN SELECT RAISE (ABORT, 'injected failure'); END", &error);
  g_assert_no_error (error);

  before = dump_database (fixture->context);
  g_assert_false (vigil_import_apply (fixture->context, plan, &into, &error));
  g_assert_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_SQL);
  g_assert_cmpint (into, ==, 0);
  after = dump_database (fixture->context);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  /* The same plan, once the database takes it. */
  vigil_database_exec (database, "DROP TRIGGER refuse", &error);
  g_assert_no_error (error);
  g_assert_true (vigil_import_apply (fixture->context, plan, &into, &error));
  g_assert_no_error (error);
  g_assert_cmpint (into, >, fixture->profile);
  g_assert_cmpstr (vigil_import_plan_get_profile_name (plan), ==, "Imported");
  {
    g_autoptr(GPtrArray) lessons = vigil_lesson_store_list (
      vigil_context_get_lesson_store (fixture->context), into, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (lessons->len, ==, 2);
  }
}

/* The state and history of an own step that was removed have no step to go with. */
static void
test_removed_step (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = make_doc (NULL, NULL,
                                      "[{\"id\":\"custom.9\",\"state\":{\"status\":\"done\","
                                      "\"updated_at\":\"2026-01-01T00:00:20Z\"},\"evidence\":[]}]",
                                      "[{\"item_id\":\"custom.9\",\"field\":\"custom-item\","
                                      "\"old\":{\"id\":9,\"guideline_id\":null,\"title\":\"x\"},"
                                      "\"new\":null,\"at\":\"2026-01-01T00:00:30Z\","
                                      "\"undone\":false}]");
  g_autoptr(VigilImportPlan) plan = NULL;
  g_autoptr(GHashTable) states = NULL;
  g_autoptr(GError) error = NULL;
  VigilImportSummary summary;
  gint64 into = 0;

  plan = vigil_import_plan (fixture->context, bytes, 0, &error);
  g_assert_no_error (error);
  vigil_import_plan_get_summary (plan, &summary);
  g_assert_cmpuint (summary.skipped, ==, 2);
  g_assert_cmpuint (summary.items_added, ==, 0);

  g_assert_true (vigil_import_apply (fixture->context, plan, &into, &error));
  g_assert_no_error (error);
  states = vigil_progress_store_dup_states (vigil_context_get_progress_store (fixture->context),
                                            into, &error);
  g_assert_cmpuint (g_hash_table_size (states), ==, 0);
  g_assert_cmpuint (vigil_progress_store_count_history (
                      vigil_context_get_progress_store (fixture->context), into), ==, 0);
}

/* The fixtures in tests/data/import/, which the fuzzer starts from too. */
static void
test_fixture_files (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct { const char *name; int code; } files[] = {
    { "import/valid.json", -1 },
    { "import/newer-version.json", VIGIL_IMPORT_ERROR_TOO_NEW },
    { "import/not-vigil.json", VIGIL_IMPORT_ERROR_NOT_VIGIL },
    { "import/unknown-item.json", VIGIL_IMPORT_ERROR_UNKNOWN_ID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = vigil_test_load_fixture (files[i].name);
      g_autoptr(GError) error = NULL;
      G_GNUC_UNUSED g_autoptr(VigilImportPlan) plan = vigil_import_plan (fixture->context, bytes, 0,
                                                                       &error);

      if (files[i].code < 0)
        g_assert_no_error (error);
      else
        g_assert_error (error, VIGIL_IMPORT_ERROR, files[i].code);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/import/broken", Fixture, NULL, fixture_setup, test_broken, fixture_teardown);
  g_test_add ("/import/broken-lessons", Fixture, NULL, fixture_setup, test_broken_lessons,
              fixture_teardown);
  g_test_add ("/import/lessons-new-profile", Fixture, NULL, fixture_setup,
              test_lessons_new_profile, fixture_teardown);
  g_test_add ("/import/too-large", Fixture, NULL, fixture_setup, test_too_large,
              fixture_teardown);
  g_test_add ("/import/too-deep", Fixture, NULL, fixture_setup, test_too_deep, fixture_teardown);
  g_test_add ("/import/unknown-profile", Fixture, NULL, fixture_setup, test_unknown_profile,
              fixture_teardown);
  g_test_add ("/import/merge", Fixture, NULL, fixture_setup, test_merge, fixture_teardown);
  g_test_add ("/import/all-or-nothing", Fixture, NULL, fixture_setup, test_all_or_nothing,
              fixture_teardown);
  g_test_add ("/import/removed-step", Fixture, NULL, fixture_setup, test_removed_step,
              fixture_teardown);
  g_test_add ("/import/fixture-files", Fixture, NULL, fixture_setup, test_fixture_files,
              fixture_teardown);

  return g_test_run ();
}
