/* vigil-test-window.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vigil-dashboard-page.h"
#include "vigil-entry-page.h"
#include "vigil-guideline-page.h"
#include "vigil-section-page.h"
#include "vigil-test-utils.h"
#include "vigil-test-window.h"

void
vigil_test_window_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = vigil_test_make_tmp_dir ();
  {
    /* Each test starts with its own database: a remembered profile id means nothing to it. */
    g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
    g_settings_reset (settings, "profile");
  }

  /* data = "organization": the first profile, which Vigil opens, is an organization's. */
  if (g_strcmp0 (data, "organization") == 0)
    {
      g_autofree char *path = g_build_filename (fixture->dir, "vigil.db", NULL);
      g_autoptr(VigilDatabase) db = vigil_database_open (path, &error);
      g_autoptr(VigilProfileStore) profiles = vigil_profile_store_new (db);

      g_assert_no_error (error);
      g_assert_cmpint (vigil_profile_store_create (profiles, "Corner Bakery",
                                                   VIGIL_PROFILE_ORGANIZATION, NULL, &error), >, 0);
    }

  fixture->context = vigil_context_new (fixture->dir, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref_sink (vigil_window_new (NULL, fixture->context));
  gtk_window_present (GTK_WINDOW (fixture->window));
  vigil_test_iterate ();
}

void
vigil_test_window_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  vigil_test_iterate ();
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->context);

  vigil_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
}

const char *
vigil_test_window_visible_id (Fixture *fixture)
{
  GtkWidget *page = vigil_window_get_visible_page (fixture->window);

  if (VIGIL_IS_DASHBOARD_PAGE (page))
    return "home";
  if (VIGIL_IS_ENTRY_PAGE (page))
    return vigil_entry_get_id (vigil_entry_page_get_entry (VIGIL_ENTRY_PAGE (page)));
  if (VIGIL_IS_GUIDELINE_PAGE (page))
    return vigil_guideline_get_id (vigil_guideline_page_get_guideline (VIGIL_GUIDELINE_PAGE (page)));
  return vigil_section_get_id (vigil_section_page_get_section (VIGIL_SECTION_PAGE (page)));
}

void
vigil_test_window_show (Fixture    *fixture,
      const char *id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show", "s", id));
  vigil_test_iterate ();
}

/* The first descendant of @widget of @type, depth first; with @visible_only, hidden widgets
 * and what they hold are skipped. */
GtkWidget *
vigil_test_find_descendant (GtkWidget *widget,
                            GType      type,
                            gboolean   visible_only)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (visible_only && !gtk_widget_get_visible (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = vigil_test_find_descendant (child, type, visible_only)) != NULL)
        return found;
    }
  return NULL;
}
