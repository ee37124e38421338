/* test-window.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vigil-checklist-row.h"
#include "vigil-dashboard-page.h"
#include "vigil-entry-page.h"
#include "vigil-evidence-rows.h"
#include "vigil-guideline-page.h"
#include "vigil-profile-dialog.h"
#include "vigil-section-page.h"
#include "vigil-test-utils.h"
#include "vigil-test-window.h"
#include "vigil-ui-resources.h"
#include "vigil-window-private.h"


/* Short names for the shared fixture's helpers, used on almost every line. */
static const char *
visible_id (Fixture *fixture)
{
  return vigil_test_window_visible_id (fixture);
}

static void
show (Fixture    *fixture,
      const char *id)
{
  vigil_test_window_show (fixture, id);
}

/* Reads the stored state with a connection of its own, as a second program would. */
static int
stored_done (Fixture    *fixture,
             const char *item_id)
{
  g_autofree char *path = g_build_filename (fixture->dir, "vigil.db", NULL);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  int result = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT status = 'done' FROM item_states WHERE item_id = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, item_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return result;
}

static const char *
item_id_at (Fixture    *fixture,
            const char *guideline_id,
            guint       position)
{
  VigilGuideline *guideline;
  g_autoptr(VigilChecklistItem) item = NULL;

  guideline = vigil_catalog_lookup_guideline (vigil_context_get_catalog (fixture->context),
                                              guideline_id);
  item = g_list_model_get_item (vigil_guideline_get_items (guideline), position);

  return vigil_checklist_item_get_id (item);
}

/* Vigil opens on Home, whose next steps are the household's most important items. */
static void
test_opens_on_home (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *page = vigil_window_get_visible_page (fixture->window);

  g_assert_true (VIGIL_IS_DASHBOARD_PAGE (page));
  g_assert_cmpuint (vigil_dashboard_page_get_n_next_steps (VIGIL_DASHBOARD_PAGE (page)), ==, 5);

  /* Ticking an item refreshes Home; a step opens its guideline. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.set-item-done",
                                             "(sb)", item_id_at (fixture, "consumer.updates", 0), TRUE));
  vigil_test_iterate ();
  g_assert_cmpuint (vigil_dashboard_page_get_n_next_steps (VIGIL_DASHBOARD_PAGE (page)), ==, 5);
}

/* With every step done, Home says so where the next steps were; one step undone, and it is
 * listed again. */
static void
test_all_caught_up (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *page = vigil_window_get_visible_page (fixture->window);
  g_autofree char *last = NULL;
  GtkWidget *status;

  g_assert_null (vigil_test_find_descendant (page, ADW_TYPE_STATUS_PAGE, TRUE));
  for (;;)
    {
      g_autoptr(GPtrArray) steps = vigil_context_list_next_steps (fixture->context, 1000);
      g_autoptr(GError) error = NULL;

      if (steps->len == 0)
        break;
      for (guint i = 0; i < steps->len; i++)
        {
          const char *id = vigil_checklist_item_get_id (steps->pdata[i]);

          g_assert_true (vigil_context_set_item_done (fixture->context, id, TRUE, &error));
          g_assert_no_error (error);
          g_free (last);
          last = g_strdup (id);
        }
    }
  vigil_test_iterate ();
  g_assert_cmpuint (vigil_dashboard_page_get_n_next_steps (VIGIL_DASHBOARD_PAGE (page)), ==, 0);
  status = vigil_test_find_descendant (page, ADW_TYPE_STATUS_PAGE, TRUE);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "All Caught Up");

  g_assert_true (vigil_context_set_item_done (fixture->context, last, FALSE, NULL));
  vigil_test_iterate ();
  g_assert_cmpuint (vigil_dashboard_page_get_n_next_steps (VIGIL_DASHBOARD_PAGE (page)), ==, 1);
  g_assert_null (vigil_test_find_descendant (page, ADW_TYPE_STATUS_PAGE, TRUE));
}

/* A step opened from Home or from search opens its guideline scrolled to the step, which is
 * marked for a moment. */
static void
test_step_opens_scrolled_to (Fixture       *fixture,
                             gconstpointer  data)
{
  GListModel *sections = vigil_catalog_get_sections (vigil_context_get_catalog (fixture->context));
  g_autoptr(VigilChecklistItem) last = NULL;
  VigilGuidelinePage *page;
  GtkAdjustment *adjustment;
  GtkWidget *row;
  graphene_point_t point;
  guint most = 0;

  /* The last step of the household guideline with the most steps */
  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VigilSection) section = g_list_model_get_item (sections, s);
      GListModel *guidelines = vigil_section_get_guidelines (section);

      if (!g_str_equal (vigil_section_get_id (section), "consumer"))
        continue;
      for (guint g = 0; g < g_list_model_get_n_items (guidelines); g++)
        {
          g_autoptr(VigilGuideline) guideline = g_list_model_get_item (guidelines, g);
          GListModel *items = vigil_guideline_get_items (guideline);

          if (g_list_model_get_n_items (items) > most)
            {
              most = g_list_model_get_n_items (items);
              g_clear_object (&last);
              last = g_list_model_get_item (items, most - 1);
            }
        }
    }
  g_assert_cmpuint (most, >=, 6);

  g_assert_true (vigil_window_show (fixture->window, vigil_checklist_item_get_id (last)));
  page = VIGIL_GUIDELINE_PAGE (vigil_window_get_visible_page (fixture->window));
  for (guint i = 0; i < 200 && vigil_guideline_page_get_revealed_row (page) == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  vigil_test_iterate ();

  row = vigil_guideline_page_find_item_row (page, vigil_checklist_item_get_id (last));
  g_assert_true (vigil_guideline_page_get_revealed_row (page) == row);
  g_assert_true (gtk_widget_has_css_class (row, "revealed"));
  adjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (vigil_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_SCROLLED_WINDOW,
                                                     TRUE)));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  /* In view: the row lies within the scrolled window's height. */
  g_assert_true (gtk_widget_compute_point (row, GTK_WIDGET (page), &GRAPHENE_POINT_INIT (0, 0),
                                           &point));
  g_assert_cmpfloat (point.y, >=, 0);
  g_assert_cmpfloat (point.y + gtk_widget_get_height (row), <=,
                     gtk_widget_get_height (GTK_WIDGET (page)));

  /* The guideline itself opens at the top. */
  g_assert_true (vigil_window_show (fixture->window,
                                    vigil_guideline_get_id (vigil_checklist_item_get_guideline (last))));
  page = VIGIL_GUIDELINE_PAGE (vigil_window_get_visible_page (fixture->window));
  vigil_test_iterate ();
  g_assert_null (vigil_guideline_page_get_revealed_row (page));
}

/* Vigil works down to 360 px wide: at the largest text size, a guideline page (body text,
 * bullets, checklist and how-tos) asks for less than that. Labels' minimum widths are set
 * in characters, so this would catch one set too large. */
static void
test_pages_fit_narrow_window (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char * const ids[] = {
    "consumer.home-router", "consumer.passwords", "consumer.backups",
    "organization.backups", "provider.abuse-handling",
  };
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    dpi = 96 * 1024;
  /* As the "larger" text size does */
  g_object_set (settings, "gtk-xft-dpi", (int) (dpi * 1.5), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GtkWidget *page;
      int minimum;

      g_assert_true (vigil_window_show (fixture->window, ids[i]));
      vigil_test_iterate ();
      page = vigil_window_get_visible_page (fixture->window);
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > 360)
        g_error ("%s asks for %d px", ids[i], minimum);
    }

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static void
test_toggle_through_widget (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *item_id = item_id_at (fixture, "consumer.updates", 0);
  GtkWidget *page;
  GtkWidget *row;
  GtkCheckButton *check;

  g_assert_true (vigil_window_show (fixture->window, "consumer.updates"));
  vigil_test_iterate ();

  page = vigil_window_get_visible_page (fixture->window);
  g_assert_true (VIGIL_IS_GUIDELINE_PAGE (page));
  row = vigil_guideline_page_find_item_row (VIGIL_GUIDELINE_PAGE (page), item_id);
  g_assert_nonnull (row);
  check = vigil_checklist_row_get_check_button (VIGIL_CHECKLIST_ROW (row));
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_cmpint (stored_done (fixture, item_id), ==, -1);

  gtk_check_button_set_active (check, TRUE);
  vigil_test_iterate ();
  g_assert_cmpint (stored_done (fixture, item_id), ==, 1);
  g_assert_true (vigil_context_get_item_done (fixture->context, item_id));

  gtk_check_button_set_active (check, FALSE);
  vigil_test_iterate ();
  g_assert_cmpint (stored_done (fixture, item_id), ==, 0);
}

static void
test_toggle_through_action (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *item_id = item_id_at (fixture, "consumer.mfa", 1);
  GtkWidget *row;

  g_assert_true (vigil_window_show (fixture->window, "consumer.mfa"));
  vigil_test_iterate ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.set-item-done",
                                             "(sb)", item_id, TRUE));
  vigil_test_iterate ();
  g_assert_cmpint (stored_done (fixture, item_id), ==, 1);

  /* The visible check box follows the stored state. */
  row = vigil_guideline_page_find_item_row (
          VIGIL_GUIDELINE_PAGE (vigil_window_get_visible_page (fixture->window)), item_id);
  g_assert_true (gtk_check_button_get_active (
                   vigil_checklist_row_get_check_button (VIGIL_CHECKLIST_ROW (row))));

  /* An unknown id changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.set-item-done",
                                             "(sb)", "no.such.item", TRUE));
  vigil_test_iterate ();
  g_assert_cmpint (stored_done (fixture, "no.such.item"), ==, -1);
}

static void
test_navigation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_assert_false (vigil_window_show (fixture->window, "no.such.guideline"));
  g_assert_false (vigil_window_show (fixture->window, "nowhere"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show",
                                             "s", "organization.backups"));
  vigil_test_iterate ();
  g_assert_true (VIGIL_IS_GUIDELINE_PAGE (vigil_window_get_visible_page (fixture->window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  vigil_test_iterate ();
  {
    GtkWidget *page = vigil_window_get_visible_page (fixture->window);
    /* Back returns to where the reader came from. */
    g_assert_true (VIGIL_IS_DASHBOARD_PAGE (page));
  }
}

static void
back (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  vigil_test_iterate ();
}

/* Links lead anywhere in the catalog, and Back retraces them. */
static void
test_links_and_history (Fixture       *fixture,
                        gconstpointer  data)
{
  show (fixture, "consumer");
  g_assert_cmpstr (visible_id (fixture), ==, "consumer");

  show (fixture, "threat.phishing");
  g_assert_cmpstr (visible_id (fixture), ==, "threat.phishing");
  show (fixture, "consumer.phishing");
  g_assert_cmpstr (visible_id (fixture), ==, "consumer.phishing");
  show (fixture, "term.passkey");
  g_assert_cmpstr (visible_id (fixture), ==, "term.passkey");
  show (fixture, "control.access");
  g_assert_cmpstr (visible_id (fixture), ==, "control.access");

  back (fixture);
  g_assert_cmpstr (visible_id (fixture), ==, "term.passkey");
  back (fixture);
  g_assert_cmpstr (visible_id (fixture), ==, "consumer.phishing");
  back (fixture);
  g_assert_cmpstr (visible_id (fixture), ==, "threat.phishing");
  back (fixture);
  g_assert_cmpstr (visible_id (fixture), ==, "consumer");

  /* Forward retraces the way back; navigating anew forgets what was ahead. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.forward", NULL));
  vigil_test_iterate ();
  g_assert_cmpstr (visible_id (fixture), ==, "threat.phishing");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.forward", NULL));
  vigil_test_iterate ();
  g_assert_cmpstr (visible_id (fixture), ==, "consumer.phishing");
  back (fixture);
  g_assert_cmpstr (visible_id (fixture), ==, "threat.phishing");
  show (fixture, "term.vpn");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.forward", NULL) &&
                  g_strcmp0 (visible_id (fixture), "term.vpn") != 0);
  back (fixture);
  g_assert_cmpstr (visible_id (fixture), ==, "threat.phishing");

  /* An item opens its guideline. */
  show (fixture, item_id_at (fixture, "consumer.mfa", 0));
  g_assert_cmpstr (visible_id (fixture), ==, "consumer.mfa");
}

/* Every section, and one page of every kind (each audience's guidelines, each kind of entry),
 * renders. That every link resolves is the core's job, checked by test-catalog. */
static void
test_every_kind_of_page_opens (Fixture       *fixture,
                               gconstpointer  data)
{
  VigilCatalog *catalog = vigil_context_get_catalog (fixture->context);
  g_autoptr(GPtrArray) ids = vigil_catalog_list_ids (catalog);
  g_autoptr(GHashTable) kinds_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      GObject *object = vigil_catalog_lookup (catalog, id);
      g_autofree char *kind = NULL;

      if (VIGIL_IS_SECTION (object))
        kind = g_strdup (id);
      else if (VIGIL_IS_GUIDELINE (object))
        kind = g_strdup (vigil_audience_to_string (vigil_guideline_get_audience (VIGIL_GUIDELINE (object))));
      else if (VIGIL_IS_ENTRY (object))
        kind = g_strdup (vigil_entry_kind_to_id (vigil_entry_get_kind (VIGIL_ENTRY (object))));
      else
        continue;

      if (!g_hash_table_add (kinds_seen, g_steal_pointer (&kind)))
        continue;

      g_assert_true (vigil_window_show (fixture->window, id));
      vigil_test_iterate ();
      g_assert_cmpstr (visible_id (fixture), ==, id);
    }

  /* 10 sections, 3 audiences, 6 kinds of entry */
  g_assert_cmpuint (g_hash_table_size (kinds_seen), ==, 19);
}

/* An organization sets a status, with the reason it needs, and details; Undo takes them back. */
static void
test_organization_state_editor (Fixture       *fixture,
                                gconstpointer  data)
{
  const char *item_id = item_id_at (fixture, "organization.backups", 0);
  VigilProgressStore *store = vigil_context_get_progress_store (fixture->context);
  gint64 profile = vigil_context_get_profile_id (fixture->context);
  g_autoptr(VigilItemState) state = NULL;
  VigilChecklistRow *row;
  AdwEntryRow *reason, *until, *owner;

  g_assert_cmpint (vigil_context_get_profile_kind (fixture->context), ==, VIGIL_PROFILE_ORGANIZATION);
  g_assert_true (vigil_progress_store_set_text (store, profile, item_id, VIGIL_ITEM_FIELD_OWNER,
                                                "Jo", NULL));
  show (fixture, "organization.backups");
  row = VIGIL_CHECKLIST_ROW (vigil_guideline_page_find_item_row (
          VIGIL_GUIDELINE_PAGE (vigil_window_get_visible_page (fixture->window)), item_id));
  /* Collapsed, the row sums the state up before its editor is made on first expanding. */
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "To do · Jo");
  g_assert_null (vigil_test_find_descendant (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW, FALSE));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  vigil_test_iterate ();
  g_assert_nonnull (vigil_test_find_descendant (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW, FALSE));
  g_assert_nonnull (vigil_checklist_row_get_status_row (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (vigil_checklist_row_get_entry_row (row, 2))),
                   ==, "Jo");
  reason = vigil_checklist_row_get_entry_row (row, 0);
  until = vigil_checklist_row_get_entry_row (row, 1);
  owner = vigil_checklist_row_get_entry_row (row, 2);

  /* Not applicable waits for its reason. */
  adw_combo_row_set_selected (vigil_checklist_row_get_status_row (row), VIGIL_ITEM_STATUS_NOT_APPLICABLE);
  vigil_test_iterate ();
  state = vigil_progress_store_dup_state (store, profile, item_id);
  g_assert_cmpint (state->status, ==, VIGIL_ITEM_STATUS_TODO);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (reason)));
  g_clear_pointer (&state, vigil_item_state_free);

  gtk_editable_set_text (GTK_EDITABLE (reason), "All our data is in the till supplier's cloud");
  g_signal_emit_by_name (reason, "apply");
  vigil_test_iterate ();
  state = vigil_progress_store_dup_state (store, profile, item_id);
  g_assert_cmpint (state->status, ==, VIGIL_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_cmpstr (state->reason, ==, "All our data is in the till supplier's cloud");
  g_clear_pointer (&state, vigil_item_state_free);

  /* An accepted risk without a valid date is refused, visibly, and nothing changes. */
  adw_combo_row_set_selected (vigil_checklist_row_get_status_row (row), VIGIL_ITEM_STATUS_RISK_ACCEPTED);
  vigil_test_iterate ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (until), "error"));
  state = vigil_progress_store_dup_state (store, profile, item_id);
  g_assert_cmpint (state->status, ==, VIGIL_ITEM_STATUS_NOT_APPLICABLE);
  g_clear_pointer (&state, vigil_item_state_free);

  gtk_editable_set_text (GTK_EDITABLE (until), "2027-06-30");
  g_signal_emit_by_name (until, "apply");
  gtk_editable_set_text (GTK_EDITABLE (owner), "Amira");
  g_signal_emit_by_name (owner, "apply");
  vigil_test_iterate ();
  state = vigil_progress_store_dup_state (store, profile, item_id);
  g_assert_cmpint (state->status, ==, VIGIL_ITEM_STATUS_RISK_ACCEPTED);
  g_assert_cmpstr (state->accepted_until, ==, "2027-06-30");
  g_assert_cmpstr (state->owner, ==, "Amira");
  g_clear_pointer (&state, vigil_item_state_free);

  /* Undo, as the toast's button does, takes back the last change: the owner. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  vigil_test_iterate ();
  state = vigil_progress_store_dup_state (store, profile, item_id);
  g_assert_cmpstr (state->owner, ==, "Jo");
  g_assert_cmpint (state->status, ==, VIGIL_ITEM_STATUS_RISK_ACCEPTED);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (owner)), ==, "Jo");
}

/* Switching profile changes what every page shows, and how checklist rows work. */
static void
test_switch_profile (Fixture       *fixture,
                     gconstpointer  data)
{
  VigilProfileStore *profiles = vigil_context_get_profile_store (fixture->context);
  const char *item_id = item_id_at (fixture, "organization.backups", 0);
  g_autofree char *shop_id = NULL;
  g_autofree char *home_id = NULL;
  g_autofree char *current = NULL;
  VigilGuidelinePage *page;
  GtkWidget *row;
  gint64 shop;

  home_id = g_strdup_printf ("%" G_GINT64_FORMAT, vigil_context_get_profile_id (fixture->context));
  shop = vigil_profile_store_create (profiles, "Corner Bakery", VIGIL_PROFILE_ORGANIZATION, NULL, NULL);
  shop_id = g_strdup_printf ("%" G_GINT64_FORMAT, shop);

  show (fixture, "organization.backups");
  page = VIGIL_GUIDELINE_PAGE (vigil_window_get_visible_page (fixture->window));
  row = vigil_guideline_page_find_item_row (page, item_id);
  g_assert_null (vigil_checklist_row_get_status_row (VIGIL_CHECKLIST_ROW (row)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.profile", "s", shop_id));
  vigil_test_iterate ();
  g_assert_cmpint (vigil_context_get_profile_id (fixture->context), ==, shop);
  g_object_get (fixture->window, "profile", &current, NULL);
  g_assert_cmpstr (current, ==, shop_id);
  row = vigil_guideline_page_find_item_row (page, item_id);
  g_assert_nonnull (vigil_checklist_row_get_status_row (VIGIL_CHECKLIST_ROW (row)));

  /* Progress belongs to the profile it was made in. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.set-item-done",
                                             "(sb)", item_id, TRUE));
  vigil_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.profile", "s", home_id));
  vigil_test_iterate ();
  g_assert_false (vigil_context_get_item_done (fixture->context, item_id));
  row = vigil_guideline_page_find_item_row (page, item_id);
  g_assert_null (vigil_checklist_row_get_status_row (VIGIL_CHECKLIST_ROW (row)));
  g_assert_false (gtk_check_button_get_active (vigil_checklist_row_get_check_button (VIGIL_CHECKLIST_ROW (row))));
}

/* The dialog the window has just presented */
static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static void
answer_dialog (const char *name,
               const char *response)
{
  AdwMessageDialog *dialog = find_dialog ();

  g_assert_nonnull (dialog);
  if (name != NULL)
    gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "name"), name);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  vigil_test_iterate ();
}

/* Whether activating @action opens a dialog, which it cannot while it is disabled */
static gboolean
action_enabled (Fixture    *fixture,
                const char *action)
{
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL);
  vigil_test_iterate ();
  dialog = find_dialog ();
  if (dialog == NULL)
    return FALSE;

  gtk_window_destroy (GTK_WINDOW (dialog));
  vigil_test_iterate ();
  return TRUE;
}

static guint
count_profiles (Fixture *fixture)
{
  g_autoptr(GPtrArray) list = vigil_profile_store_list (vigil_context_get_profile_store
                                                        (fixture->context), FALSE, NULL);
  return list->len;
}

/* Rename, duplicate, delete and undo the deletion, the way the profile menu does. */
static void
test_manage_profiles (Fixture       *fixture,
                      gconstpointer  data)
{
  VigilProfileStore *profiles = vigil_context_get_profile_store (fixture->context);
  GtkWidget *window = GTK_WIDGET (fixture->window);
  const char *item_id = item_id_at (fixture, "consumer.updates", 0);
  gint64 original = vigil_context_get_profile_id (fixture->context);
  g_autofree char *name = NULL;
  gint64 copy;

  g_assert_false (action_enabled (fixture, "win.delete-profile"));

  g_assert_true (gtk_widget_activate_action (window, "win.rename-profile", NULL));
  vigil_test_iterate ();
  g_assert_cmpstr (vigil_profile_dialog_get_name (find_dialog ()), ==, "Personal");
  answer_dialog (NULL, "cancel");
  g_assert_true (gtk_widget_activate_action (window, "win.rename-profile", NULL));
  vigil_test_iterate ();
  gtk_editable_set_text (g_object_get_data (G_OBJECT (find_dialog ()), "name"), " ");
  g_assert_false (adw_message_dialog_get_response_enabled (find_dialog (), VIGIL_PROFILE_DIALOG_ACCEPT));
  answer_dialog ("Home", VIGIL_PROFILE_DIALOG_ACCEPT);
  name = vigil_profile_store_dup_name (profiles, original, NULL);
  g_assert_cmpstr (name, ==, "Home");

  g_assert_true (vigil_context_set_item_done (fixture->context, item_id, TRUE, NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.duplicate-profile", NULL));
  vigil_test_iterate ();
  copy = vigil_context_get_profile_id (fixture->context);
  g_assert_cmpint (copy, !=, original);
  g_clear_pointer (&name, g_free);
  name = vigil_profile_store_dup_name (profiles, copy, NULL);
  g_assert_cmpstr (name, ==, "Home (Copy)");
  g_assert_true (vigil_context_get_item_done (fixture->context, item_id));
  g_assert_true (action_enabled (fixture, "win.delete-profile"));

  /* Deleting the current profile asks first, then shows another one. */
  g_assert_true (gtk_widget_activate_action (window, "win.delete-profile", NULL));
  vigil_test_iterate ();
  answer_dialog (NULL, "cancel");
  g_assert_cmpuint (count_profiles (fixture), ==, 2);
  g_assert_true (gtk_widget_activate_action (window, "win.delete-profile", NULL));
  vigil_test_iterate ();
  answer_dialog (NULL, "delete");
  g_assert_cmpuint (count_profiles (fixture), ==, 1);
  g_assert_cmpint (vigil_context_get_profile_id (fixture->context), ==, original);
  g_assert_false (action_enabled (fixture, "win.delete-profile"));

  /* Undo brings it back, with its progress, and shows it again. */
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  vigil_test_iterate ();
  g_assert_cmpuint (count_profiles (fixture), ==, 2);
  g_assert_cmpint (vigil_context_get_profile_id (fixture->context), ==, copy);
  g_assert_true (vigil_context_get_item_done (fixture->context, item_id));

  /* What is still deleted when the window closes is gone for good. */
  g_assert_true (gtk_widget_activate_action (window, "win.delete-profile", NULL));
  vigil_test_iterate ();
  answer_dialog (NULL, "delete");
  gtk_window_close (GTK_WINDOW (fixture->window));
  vigil_test_iterate ();
  g_assert_null (vigil_profile_store_lookup (profiles, copy, NULL));
  g_assert_false (vigil_profile_store_restore (profiles, copy, NULL));
}

/* A step of one's own: added, ticked, renamed, removed and brought back with Undo, all
 * through the widgets of the guideline page. */
static void
test_custom_steps (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  VigilCustomSteps *steps;
  AdwEntryRow *add_row;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *id = NULL;
  GtkWidget *row;
  GtkCheckButton *check;

  show (fixture, "consumer.updates");
  steps = vigil_guideline_page_get_custom_steps (VIGIL_GUIDELINE_PAGE (
                                                   vigil_window_get_visible_page (fixture->window)));
  add_row = vigil_custom_steps_get_add_row (steps);

  gtk_editable_set_text (GTK_EDITABLE (add_row), "Update the smart TV");
  g_signal_emit_by_name (add_row, "apply");
  vigil_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  items = vigil_context_list_custom_items (fixture->context, "consumer.updates");
  g_assert_cmpuint (items->len, ==, 1);
  id = g_strdup (((VigilCustomItem *)items->pdata[0])->id);
  row = vigil_custom_steps_find_row (steps, id);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Update the smart TV");

  /* Ticking it keeps the same row (and so the keyboard focus). */
  check = g_object_get_data (G_OBJECT (row), "check");
  gtk_check_button_set_active (check, TRUE);
  vigil_test_iterate ();
  g_assert_true (vigil_context_get_item_done (fixture->context, id));
  g_assert_true (vigil_custom_steps_find_row (steps, id) == row);

  gtk_editable_set_text (GTK_EDITABLE (row), "Update the TV and the set-top box");
  g_signal_emit_by_name (row, "apply");
  vigil_test_iterate ();
  g_clear_pointer (&items, g_ptr_array_unref);
  items = vigil_context_list_custom_items (fixture->context, "consumer.updates");
  g_assert_cmpstr (((VigilCustomItem *)items->pdata[0])->title, ==,
                   "Update the TV and the set-top box");

  /* Removing asks nothing: the toast's Undo brings it back. */
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (row), "remove"), "clicked");
  vigil_test_iterate ();
  g_assert_null (vigil_custom_steps_find_row (steps, id));
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  vigil_test_iterate ();
  row = vigil_custom_steps_find_row (steps, id);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   "Update the TV and the set-top box");

  /* A blank step is refused, and nothing is added. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "   ");
  g_signal_emit_by_name (add_row, "apply");
  vigil_test_iterate ();
  g_clear_pointer (&items, g_ptr_array_unref);
  items = vigil_context_list_custom_items (fixture->context, "consumer.updates");
  g_assert_cmpuint (items->len, ==, 1);
}

/* An organization records where the proof of an item is; removing it can be undone. */
static void
test_evidence (Fixture       *fixture,
               gconstpointer  data)
{
  const char *item_id = item_id_at (fixture, "organization.backups", 0);
  const char *location = "Shared drive > IT > backup-restore-test-2026-11.pdf & log";
  g_autoptr(GPtrArray) stored = NULL;
  AdwExpanderRow *row;
  AdwEntryRow *add_row;
  GPtrArray *rows;

  show (fixture, "organization.backups");
  row = ADW_EXPANDER_ROW (vigil_guideline_page_find_item_row (
                            VIGIL_GUIDELINE_PAGE (vigil_window_get_visible_page (fixture->window)),
                            item_id));
  /* The state editor, evidence included, is made when the step is first expanded. */
  g_assert_null (vigil_evidence_rows_get_add_row (row));
  adw_expander_row_set_expanded (row, TRUE);
  add_row = vigil_evidence_rows_get_add_row (row);
  g_assert_nonnull (add_row);
  g_assert_cmpuint (vigil_evidence_rows_get_rows (row)->len, ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (add_row), location);
  g_signal_emit_by_name (add_row, "apply");
  vigil_test_iterate ();
  rows = vigil_evidence_rows_get_rows (row);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==, location);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  stored = vigil_context_list_evidence (fixture->context, item_id);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (((VigilEvidence *)stored->pdata[0])->location, ==, location);

  /* Blank evidence is refused and nothing is stored. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "  ");
  g_signal_emit_by_name (add_row, "apply");
  vigil_test_iterate ();
  g_assert_cmpuint (vigil_evidence_rows_get_rows (row)->len, ==, 1);

  g_signal_emit_by_name (g_object_get_data (G_OBJECT (rows->pdata[0]), "remove"), "clicked");
  vigil_test_iterate ();
  g_assert_cmpuint (vigil_evidence_rows_get_rows (row)->len, ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  vigil_test_iterate ();
  rows = vigil_evidence_rows_get_rows (row);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==, location);
}

/* Two changes in one main-loop turn: the second toast replaces the first. */
static void
test_two_changes_at_once (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *first = item_id_at (fixture, "consumer.updates", 0);
  const char *second = item_id_at (fixture, "consumer.updates", 1);

  g_autofree char *step = NULL;

  show (fixture, "consumer.updates");
  step = vigil_context_add_custom_item (fixture->context, "consumer.updates", "Mine", NULL);
  g_assert_true (vigil_context_set_item_done (fixture->context, first, TRUE, NULL));
  g_assert_true (vigil_context_set_item_done (fixture->context, second, TRUE, NULL));
  vigil_test_iterate ();
  g_assert_true (vigil_context_set_item_done (fixture->context, first, FALSE, NULL));
  vigil_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  vigil_test_iterate ();
  g_assert_true (vigil_context_get_item_done (fixture->context, first));
}

static guint
count_widgets (GtkWidget *widget,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_visible (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);

  return n;
}

/* The filter menu's items are settings; every list follows them at once. */
static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  GtkWidget *page;
  guint all, essentials, router_only;

  show (fixture, "consumer");
  page = vigil_window_get_visible_page (fixture->window);
  all = count_widgets (page, GTK_TYPE_LIST_BOX_ROW);
  g_assert_cmpuint (all, >=, 30);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "view.essentials-only", NULL));
  vigil_test_iterate ();
  g_assert_true (g_settings_get_boolean (settings, "essentials-only"));
  essentials = count_widgets (page, GTK_TYPE_LIST_BOX_ROW);
  g_assert_cmpuint (essentials, >, 0);
  g_assert_cmpuint (essentials, <, all);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "view.platform-filter", "s", "router"));
  vigil_test_iterate ();
  router_only = count_widgets (page, GTK_TYPE_LIST_BOX_ROW);
  g_assert_cmpuint (router_only, >, 0);
  g_assert_cmpuint (router_only, <, essentials);

  /* A guideline's checklist keeps the steps for the router and those for every device. */
  show (fixture, "consumer.updates");
  page = vigil_window_get_visible_page (fixture->window);
  g_assert_cmpuint (count_widgets (page, VIGIL_TYPE_CHECKLIST_ROW), ==, 1);

  g_settings_reset (settings, "essentials-only");
  g_settings_reset (settings, "platform-filter");
  vigil_test_iterate ();
  g_assert_cmpuint (count_widgets (page, VIGIL_TYPE_CHECKLIST_ROW), ==, 5);
}

/* Steps for the profile's own devices show; the others wait behind one expander. */
static void
test_howtos_for_own_devices (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(VigilAnswers) answers = vigil_answers_new ();
  g_autoptr(GError) error = NULL;
  const char *windows_only[] = { "windows", NULL };
  GtkWidget *row;

  vigil_answers_set_platforms (answers, windows_only);
  g_assert_true (vigil_context_set_answers (fixture->context, answers, &error));
  g_assert_no_error (error);

  show (fixture, "consumer.updates");
  row = GTK_WIDGET (vigil_guideline_page_find_item_row (
          VIGIL_GUIDELINE_PAGE (vigil_window_get_visible_page (fixture->window)),
          "consumer.updates.auto-computer"));
  g_assert_nonnull (row);
  g_assert_cmpuint (count_widgets (row, GTK_TYPE_EXPANDER), ==, 1);
  /* Windows, then macOS and GNOME inside the expander: three how-tos in all. */
  g_assert_cmpuint (count_widgets (row, GTK_TYPE_LABEL), >=, 3);
}

static void
test_window_state_saved (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 720, 540);
  gtk_window_close (GTK_WINDOW (fixture->window));
  vigil_test_iterate ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 720);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 540);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = vigil_test_isolate_user_dirs ();

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: skipping the widget tests\n");
      return 77;
    }
  adw_init ();
  vigil_ui_register_resource ();

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, vigil_test_window_setup, fn, vigil_test_window_teardown)
  ADD ("/window/opens-on-home", test_opens_on_home);
  ADD ("/window/all-caught-up", test_all_caught_up);
  ADD ("/window/step-opens-scrolled-to", test_step_opens_scrolled_to);
  ADD ("/window/pages-fit-narrow-window", test_pages_fit_narrow_window);
  ADD ("/window/toggle-through-widget", test_toggle_through_widget);
  ADD ("/window/toggle-through-action", test_toggle_through_action);
  ADD ("/window/navigation", test_navigation);
  ADD ("/window/state-saved", test_window_state_saved);
  ADD ("/window/links-and-history", test_links_and_history);
  ADD ("/window/every-page-opens", test_every_kind_of_page_opens);
  ADD ("/window/switch-profile", test_switch_profile);
  ADD ("/window/manage-profiles", test_manage_profiles);
  ADD ("/window/custom-steps", test_custom_steps);
  ADD ("/window/two-changes-at-once", test_two_changes_at_once);
  ADD ("/window/filters", test_filters);
  ADD ("/window/howtos-for-own-devices", test_howtos_for_own_devices);
  g_test_add ("/window/organization-state-editor", Fixture, "organization",
              vigil_test_window_setup, test_organization_state_editor, vigil_test_window_teardown);
  g_test_add ("/window/evidence", Fixture, "organization", vigil_test_window_setup,
              test_evidence, vigil_test_window_teardown);
#undef ADD

  {
    int status = g_test_run ();
    vigil_test_rm_rf (home);
    return status;
  }
}
