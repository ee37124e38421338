/* bench-store.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures what the window waits for: committing one change, and computing the dashboard
 * figures for a profile, alone and in a database holding 1,000 profiles over the whole catalog
 * and 1,000,000 history events. Prints medians and p99; asserts nothing about time. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "vigil-context.h"
#include "vigil-test-utils.h"

#define N_COMMITS 400
#define N_PROFILES 1000
#define N_HISTORY 1000000
#define N_COUNTS 40

static void
report (const char *what,
        double     *times,
        guint       n)
{
  qsort (times, n, sizeof times[0], vigil_test_compare_doubles);
  g_print ("%-44s median %7.3f ms  p99 %7.3f ms  max %7.3f ms  (n=%u)\n", what,
           times[n / 2], times[MIN (n - 1, n * 99 / 100)], times[n - 1], n);
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_dashboard (VigilContext *context,
                 const char   *what)
{
  double times[N_COUNTS];
  VigilProgress progress;

  for (guint i = 0; i < N_COUNTS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      vigil_context_count_progress (context, NULL, -1, &progress);
      times[i] = elapsed_ms (start);
    }

  report (what, times, N_COUNTS);
  g_print ("  (%u items, %u done, %u applicable)\n", progress.total, progress.done,
           progress.applicable);
}

/* Every profile gets a state for every catalog item, and the history its changes. */
static void
fill (VigilContext *context)
{
  VigilDatabase *db = vigil_context_get_database (context);
  g_autoptr(GPtrArray) ids = vigil_catalog_list_ids (vigil_context_get_catalog (context));
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(sqlite3_stmt) profile = NULL;
  g_autoptr(sqlite3_stmt) state = NULL;
  g_autoptr(sqlite3_stmt) event = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const statuses[] = { "todo", "in-progress", "done", "done", "done" };
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < ids->len; i++)
    if (vigil_catalog_lookup_item (vigil_context_get_catalog (context), ids->pdata[i]) != NULL)
      g_ptr_array_add (items, ids->pdata[i]);

  g_assert_true (vigil_database_begin (db, &error));
  profile = vigil_database_prepare (db, "INSERT INTO profiles (name, kind, created_at) "
                                        "VALUES (?1, 'organization', 1)", &error);
  state = vigil_database_prepare (db, "INSERT OR REPLACE INTO item_states (profile_id, item_id, "
                                      "status, note, owner, completed_at, updated_at) "
                                      "VALUES (?1, ?2, ?3, 'A note of some length about it', "
                                      "'Sam', 1, 1)", &error);
  event = vigil_database_prepare (db, "INSERT INTO history (profile_id, item_id, field, old_value, "
                                      "new_value, at) VALUES (?1, ?2, 'state', "
                                      "'{\"status\":\"todo\"}', '{\"status\":\"done\"}', ?3)",
                                  &error);
  g_assert_no_error (error);

  for (guint p = 1; p < N_PROFILES; p++)
    {
      g_autofree char *name = g_strdup_printf ("Profile %u", p);

      sqlite3_bind_text (profile, 1, name, -1, SQLITE_TRANSIENT);
      g_assert_true (vigil_database_step_done (db, profile, &error));
      sqlite3_reset (profile);
    }

  for (gint64 p = 1; p <= N_PROFILES; p++)
    for (guint i = 0; i < items->len; i++)
      {
        sqlite3_bind_int64 (state, 1, p);
        sqlite3_bind_text (state, 2, items->pdata[i], -1, SQLITE_STATIC);
        sqlite3_bind_text (state, 3, statuses[(p + i) % G_N_ELEMENTS (statuses)], -1, SQLITE_STATIC);
        g_assert_true (vigil_database_step_done (db, state, &error));
        sqlite3_reset (state);
      }

  for (guint e = 0; e < N_HISTORY; e++)
    {
      sqlite3_bind_int64 (event, 1, 1 + e % N_PROFILES);
      sqlite3_bind_text (event, 2, items->pdata[e % items->len], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (event, 3, e);
      g_assert_true (vigil_database_step_done (db, event, &error));
      sqlite3_reset (event);
    }

  g_assert_true (vigil_database_commit (db, &error));
  g_assert_true (vigil_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", &error));
  g_print ("filled %u profiles x %u items and %u history events in %.1f s\n", N_PROFILES,
           items->len, N_HISTORY, elapsed_ms (start) / 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(VigilContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  double times[N_COMMITS];
  GStatBuf st;

  g_test_init (&argc, &argv, NULL);
  dir = vigil_test_make_tmp_dir ();
  path = g_build_filename (dir, "vigil.db", NULL);

  context = vigil_context_new (dir, &error);
  g_assert_no_error (error);
  ids = vigil_catalog_list_ids (vigil_context_get_catalog (context));

  /* One change, as the window makes it: ticking an item (a transaction with its history). */
  for (guint i = 0; i < N_COMMITS; i++)
    {
      const char *id = ids->pdata[(i * 7) % ids->len];
      gint64 start = g_get_monotonic_time ();

      if (vigil_catalog_lookup_item (vigil_context_get_catalog (context), id) == NULL)
        id = "consumer.updates.auto-phone";
      g_assert_true (vigil_context_set_item_done (context, id, i % 2 == 0, &error));
      times[i] = elapsed_ms (start);
    }
  report ("commit one change (synchronous=FULL, WAL)", times, N_COMMITS);

  bench_dashboard (context, "dashboard figures, one profile");

  fill (context);
  bench_dashboard (context, "dashboard figures, 1,000 profiles + 1M events");

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_print ("database size: %.1f MiB\n", st.st_size / (1024.0 * 1024.0));

  g_clear_object (&context);
  vigil_test_rm_rf (dir);

  return 0;
}
