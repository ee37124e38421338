/* bench-search.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Builds the search index over the whole catalog plus 1,000 notes, then times queries:
 * median and p99 per query, and the median build time. The language is the environment's
 * (LANGUAGE); VIGIL_BENCH_LOCALEDIR points at compiled translations. Run with
 * `meson test --benchmark`; it asserts nothing about time. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdlib.h>

#include "bench-search-data.h"
#include "vigil-context.h"
#include "vigil-test-utils.h"

#define BUILDS 20
#define REPEATS 40

static void
add_notes (VigilSearchIndex *index)
{
  for (guint i = 0; i < VIGIL_BENCH_SEARCH_N_NOTES; i++)
    {
      g_autofree char *note = vigil_bench_search_note (i);

      vigil_search_index_add (index, VIGIL_SEARCH_NOTE, VIGIL_BENCH_SEARCH_NOTE_TARGET,
                              VIGIL_BENCH_SEARCH_NOTE_TITLE, note, NULL, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = vigil_test_make_tmp_dir ();
  g_autoptr(VigilContext) context = NULL;
  g_autoptr(VigilSearchIndex) index = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *times = NULL;
  double builds[BUILDS];
  const char * const *queries;
  guint n_queries;
  guint n = 0;

  setlocale (LC_ALL, "");
  if (g_getenv ("VIGIL_BENCH_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VIGIL_BENCH_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  queries = vigil_bench_search_queries (&n_queries);
  context = vigil_context_new (dir, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < BUILDS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&index);
      index = vigil_context_build_search_index (context);
      add_notes (index);
      builds[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (builds, BUILDS, sizeof (double), vigil_test_compare_doubles);

  times = g_new (double, n_queries * REPEATS);
  for (guint r = 0; r < REPEATS; r++)
    for (guint q = 0; q < n_queries; q++)
      {
        gint64 start = g_get_monotonic_time ();
        G_GNUC_UNUSED g_autoptr(GPtrArray) results =
          vigil_search_index_query (index, queries[q], 20);

        times[n++] = (g_get_monotonic_time () - start) / 1000.0;
      }
  qsort (times, n, sizeof (double), vigil_test_compare_doubles);

  g_print ("language %s: %u documents; index build (catalog and notes) median %.2f ms (min %.2f); "
           "query median %.3f ms, p99 %.3f ms, max %.3f ms over %u queries\n",
           g_get_language_names ()[0], vigil_search_index_get_n_documents (index),
           builds[BUILDS / 2], builds[0], times[n / 2], times[n * 99 / 100], times[n - 1], n);

  g_clear_object (&context);
  vigil_test_rm_rf (dir);
  return 0;
}
