/* bench-pages.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long opening a guideline page takes: every guideline of the catalog is opened in turn
 * in a 1100 px wide main window, for a household and for an organization, and the time from
 * asking to see it to the page built and measured is reported (median, mean, slowest). Run by `meson test --benchmark` on a
 * display (build-aux/dev test provides one); it asserts nothing about time, and skips
 * without a display. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdlib.h>

#include "vigil-test-utils.h"
#include "vigil-test-window.h"
#include "vigil-ui-resources.h"

static double
open_page (Fixture    *fixture,
           const char *id)
{
  gint64 start = g_get_monotonic_time ();

  g_assert_true (vigil_window_show (fixture->window, id));
  vigil_test_iterate ();
  gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_VERTICAL, 1100,
                      NULL, NULL, NULL, NULL);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_pages (Fixture       *fixture,
             gconstpointer  data)
{
  VigilCatalog *catalog = vigil_context_get_catalog (fixture->context);
  g_autoptr(GPtrArray) ids = vigil_catalog_list_ids (catalog);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double total = 0;

  for (guint i = 0; i < ids->len; i++)
    {
      double ms;

      if (vigil_catalog_lookup_guideline (catalog, ids->pdata[i]) == NULL)
        continue;
      ms = open_page (fixture, ids->pdata[i]);
      g_array_append_val (times, ms);
      total += ms;
    }

  g_assert_cmpuint (times->len, >, 0);
  qsort (times->data, times->len, sizeof (double), vigil_test_compare_doubles);
  g_print ("%u guideline pages opened for %s: median %.1f ms, mean %.1f ms, slowest %.1f ms\n",
           times->len, data != NULL ? (const char *) data : "a household", g_array_index (times, double, times->len / 2), total / times->len,
           g_array_index (times, double, times->len - 1));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = vigil_test_isolate_user_dirs ();

  g_test_init (&argc, &argv, NULL);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  if (!gtk_init_check ())
    {
      g_printerr ("No display: skipping the page benchmark\n");
      return 77;
    }
  adw_init ();
  vigil_ui_register_resource ();

  g_test_add ("/bench/guideline-pages", Fixture, NULL, vigil_test_window_setup, bench_pages,
              vigil_test_window_teardown);
  /* An organization's steps each hold a status, owner, dates, note and evidence */
  g_test_add ("/bench/guideline-pages-organization", Fixture, "organization",
              vigil_test_window_setup, bench_pages, vigil_test_window_teardown);

  {
    int status = g_test_run ();
    vigil_test_rm_rf (home);
    return status;
  }
}
