/* test-window-tools.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the main window offers beyond browsing: search, printing the report, and presenting
 * slides. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "export/vigil-export.h"
#include "vigil-lessons-window.h"
#include "vigil-presentation.h"
#include "vigil-test-utils.h"
#include "vigil-test-window.h"
#include "vigil-ui-resources.h"

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

static void
on_search_changed_cb (GtkEditable *entry,
                      const char **expected)
{
  if (g_strcmp0 (gtk_editable_get_text (entry), *expected) == 0)
    *expected = NULL;
}

/* GtkSearchEntry reports a change after a short delay, as typing would (and at once when
 * the old text is cleared on the way). */
static void
type_search (Fixture    *fixture,
             const char *text)
{
  VigilWindow *window = fixture->window;
  const char *expected = text;
  gulong handler;

  handler = g_signal_connect (window->search_entry, "search-changed",
                              G_CALLBACK (on_search_changed_cb), &expected);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), text);
  while (expected != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (window->search_entry, handler);
  vigil_test_iterate ();
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  VigilWindow *window = fixture->window;
  GtkWidget *entry;
  g_autoptr(GError) error = NULL;
  AdwStatusPage *empty;
  g_autofree char *first = NULL;

  /* The search bar is made on first use. Ctrl+F opens search with the focus in the entry;
   * the sections stay until one types. */
  g_assert_null (window->search_bar);
  g_assert_false (gtk_toggle_button_get_active (window->search_button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  vigil_test_iterate ();
  g_assert_nonnull (window->search_bar);
  entry = GTK_WIDGET (window->search_entry);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (window->search_bar),
                                         gtk_widget_get_parent (GTK_WIDGET (window->sidebar_stack))));
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_true (gtk_toggle_button_get_active (window->search_button));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "sections");

  /* Results while typing; Enter opens the first, the best match. */
  type_search (fixture, "phishing");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "search");
  g_assert_cmpuint (vigil_search_results_get_n_results (window->search_results), >, 5);
  g_signal_emit_by_name (entry, "activate");
  vigil_test_iterate ();
  g_assert_cmpstr (visible_id (fixture), ==, "consumer.phishing");
  first = g_strdup (visible_id (fixture));

  /* The selection moves while the entry keeps the focus; Enter opens the selected one. */
  g_signal_emit_by_name (entry, "next-match");
  g_signal_emit_by_name (entry, "activate");
  vigil_test_iterate ();
  g_assert_cmpstr (visible_id (fixture), !=, first);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  g_signal_emit_by_name (entry, "previous-match");
  g_signal_emit_by_name (entry, "previous-match");
  g_signal_emit_by_name (entry, "activate");
  vigil_test_iterate ();
  g_assert_cmpstr (visible_id (fixture), ==, first);

  /* Nothing found: the empty state names what was searched, escaped. */
  type_search (fixture, "zebrawood <b>");
  empty = ADW_STATUS_PAGE (vigil_test_find_descendant (GTK_WIDGET (window->search_results),
                                                      ADW_TYPE_STATUS_PAGE, FALSE));
  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (empty)));
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "“zebrawood &lt;b&gt;”"));
  g_assert_cmpuint (vigil_search_results_get_n_results (window->search_results), ==, 0);

  /* A note written meanwhile is found without searching again. */
  type_search (fixture, "zebrawood");
  g_assert_true (vigil_progress_store_set_text (vigil_context_get_progress_store (fixture->context),
                                                vigil_context_get_profile_id (fixture->context),
                                                "consumer.backups.offline-copy",
                                                VIGIL_ITEM_FIELD_NOTE,
                                                "Blue drive in the zebrawood drawer", &error));
  g_assert_no_error (error);
  vigil_test_iterate ();
  g_assert_cmpuint (vigil_search_results_get_n_results (window->search_results), ==, 1);
  g_signal_emit_by_name (entry, "activate");
  vigil_test_iterate ();
  g_assert_cmpstr (visible_id (fixture), ==, "consumer.backups");

  /* Escape ends the search and brings the sections back. */
  g_signal_emit_by_name (entry, "stop-search");
  vigil_test_iterate ();
  g_assert_false (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_false (gtk_toggle_button_get_active (window->search_button));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "sections");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* The header's search button opens and closes the same bar. */
  gtk_toggle_button_set_active (window->search_button, TRUE);
  vigil_test_iterate ();
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  gtk_toggle_button_set_active (window->search_button, FALSE);
  vigil_test_iterate ();
  g_assert_false (gtk_search_bar_get_search_mode (window->search_bar));

  /* Handed a search from outside, as from the Shell's overview. */
  vigil_window_search (window, "router");
  while (g_strcmp0 (gtk_stack_get_visible_child_name (window->sidebar_stack), "search") != 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_cmpuint (vigil_search_results_get_n_results (window->search_results), >, 0);
}

/* The header's search button, pressed before any search was made, makes the bar and puts the
 * focus in its entry; typing searches. */
static void
test_search_button (Fixture       *fixture,
                    gconstpointer  data)
{
  VigilWindow *window = fixture->window;

  g_assert_null (window->search_bar);
  gtk_toggle_button_set_active (window->search_button, TRUE);
  vigil_test_iterate ();
  g_assert_nonnull (window->search_bar);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_true (gtk_toggle_button_get_active (window->search_button));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (window->search_entry)));
  type_search (fixture, "phishing");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "search");

  gtk_toggle_button_set_active (window->search_button, FALSE);
  vigil_test_iterate ();
  g_assert_false (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "sections");
}

/* Print goes through GtkPrintOperation with the report's own layout: exported, it is the
 * report as PDF pages. */
static void
test_print_report (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (vigil_window_print_report (fixture->window, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            path));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Many pages: the title page, progress, then every applicable step. */
  g_assert_cmpuint (length, >, 20000);
}

static VigilPresentation *
find_presentation (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (VIGIL_IS_PRESENTATION (window))
        return VIGIL_PRESENTATION (window);
    }
  return NULL;
}

/* F5 on a section presents its guidelines; the keys' actions move, blank and leave; ticks go
 * to a throwaway profile that is deleted when the presentation ends. */
static void
test_presentation (Fixture       *fixture,
                   gconstpointer  data)
{
  VigilPresentation *presentation;
  VigilContext *demonstration;
  g_autofree char *demo_dir = NULL;
  guint n_slides;

  /* Home has nothing to present. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL);
  vigil_test_iterate ();
  g_assert_null (find_presentation ());

  show (fixture, "consumer");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL));
  vigil_test_iterate ();
  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  n_slides = g_list_model_get_n_items (vigil_section_get_guidelines (
    vigil_catalog_lookup_section (vigil_context_get_catalog (fixture->context), "consumer"))) + 1;
  g_assert_cmpuint (vigil_presentation_get_position (presentation), ==, 0);

#define ACT(name) g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), name, NULL))
  ACT ("slides.next");
  ACT ("slides.next");
  g_assert_cmpuint (vigil_presentation_get_position (presentation), ==, 2);
  ACT ("slides.previous");
  g_assert_cmpuint (vigil_presentation_get_position (presentation), ==, 1);
  ACT ("slides.last");
  g_assert_cmpuint (vigil_presentation_get_position (presentation), ==, n_slides - 1);
  ACT ("slides.next");
  g_assert_cmpuint (vigil_presentation_get_position (presentation), ==, n_slides - 1);
  ACT ("slides.first");
  ACT ("slides.previous");
  g_assert_cmpuint (vigil_presentation_get_position (presentation), ==, 0);

  /* B blanks; the next key only brings the slide back. */
  ACT ("slides.blank");
  g_assert_true (vigil_presentation_get_blanked (presentation));
  ACT ("slides.next");
  g_assert_false (vigil_presentation_get_blanked (presentation));
  g_assert_cmpuint (vigil_presentation_get_position (presentation), ==, 0);
  ACT ("slides.next");

  /* Ticking step 1 ticks the demonstration, never the real profile. */
  demonstration = vigil_presentation_get_demonstration (presentation);
  g_assert_nonnull (demonstration);
  demo_dir = g_strdup (vigil_context_get_data_dir (demonstration));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "slides.toggle-step", "u",
                                             1));
  {
    g_autoptr(VigilSlideDeck) deck =
      vigil_slide_deck_new_for_id (vigil_context_get_catalog (fixture->context), "consumer", NULL);
    const VigilSlide *slide = vigil_slide_deck_get_slide (deck, 1);
    const VigilSlideStep *step = g_ptr_array_index (slide->steps, 0);

    g_assert_true (vigil_context_get_item_done (demonstration, step->item_id));
    g_assert_false (vigil_context_get_item_done (fixture->context, step->item_id));
  }

  ACT ("slides.high-contrast");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (presentation), "slide-high-contrast"));

  /* Escape ends it, and the demonstration's database with it. */
  ACT ("slides.leave");
#undef ACT
  vigil_test_iterate ();
  g_assert_null (presentation);
  g_assert_false (g_file_test (demo_dir, G_FILE_TEST_EXISTS));
}

/* A lesson kept with the profile is presented in the language chosen for the audience. */
static void
test_lesson_in_language (Fixture       *fixture,
                         gconstpointer  data)
{
  const char * const ids[] = { "consumer.passwords", "consumer.updates", NULL };
  g_autoptr(GError) error = NULL;
  VigilLessonsWindow *lessons;
  VigilPresentation *presentation;
  VigilSlideDeck *deck;
  gint64 lesson_id;

  if (g_getenv ("VIGIL_TEST_LOCALEDIR") == NULL)
    {
      g_test_skip ("VIGIL_TEST_LOCALEDIR is not set");
      return;
    }

  lesson_id = vigil_context_create_lesson (fixture->context, "Kurs", ids, &error);
  g_assert_no_error (error);
  lessons = vigil_lessons_window_new (fixture->window);
  gtk_window_present (GTK_WINDOW (lessons));
  vigil_test_iterate ();

  g_assert_true (vigil_lessons_window_set_language (lessons, "de"));
  g_assert_false (vigil_lessons_window_set_language (lessons, "tlh"));
  g_assert_true (vigil_lessons_window_present_lesson (lessons, lesson_id));
  vigil_test_iterate ();
  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  deck = vigil_presentation_get_deck (presentation);
  g_assert_cmpstr (vigil_slide_deck_get_language (deck), ==, "de");
  g_assert_cmpuint (vigil_slide_deck_get_n_slides (deck), ==, 3);
  g_assert_cmpstr (vigil_slide_deck_get_slide (deck, 0)->title, ==, "Kurs");
  g_assert_true (g_str_has_prefix (vigil_slide_deck_get_slide (deck, 1)->title, "Nutzen Sie"));
  g_assert_cmpstr (vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_KEY_STEPS), ==,
                   "Die wichtigsten Schritte");
  /* The trainer's own window stays in Vigil's language. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (presentation)), ==, "Presentation");

  gtk_window_destroy (GTK_WINDOW (presentation));
  gtk_window_destroy (GTK_WINDOW (lessons));
  vigil_test_iterate ();
}

static guint
count_profiles (Fixture *fixture)
{
  g_autoptr(GPtrArray) profiles = NULL;

  profiles = vigil_profile_store_list (vigil_context_get_profile_store (fixture->context), FALSE,
                                       NULL);
  return profiles->len;
}

/* Import asks first, with the dry run, and applies the choice; a broken file changes nothing. */
static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) broken = g_bytes_new_static ("{\"format\": \"vigil-profile\"", 25);
  gint64 first = vigil_context_get_profile_id (fixture->context);
  AdwMessageDialog *dialog;
  guint n = count_profiles (fixture);

  g_assert_true (vigil_context_set_item_done (fixture->context,
                                              "consumer.backups.offline-copy", TRUE, &error));
  json = vigil_export_render (fixture->context, first, VIGIL_EXPORT_JSON, &error);
  g_assert_no_error (error);

  g_assert_null (vigil_window_ask_import (fixture->window, broken));
  vigil_test_iterate ();
  g_assert_cmpuint (count_profiles (fixture), ==, n);

  /* Cancel: nothing changes. */
  dialog = vigil_window_ask_import (fixture->window, json);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  vigil_test_iterate ();
  g_assert_cmpuint (count_profiles (fixture), ==, n);

  /* As a new profile, which then opens with the ticked step. */
  dialog = vigil_window_ask_import (fixture->window, json);
  adw_message_dialog_response (dialog, "new");
  vigil_test_iterate ();
  g_assert_cmpuint (count_profiles (fixture), ==, n + 1);
  g_assert_cmpint (vigil_context_get_profile_id (fixture->context), !=, first);
  g_assert_true (vigil_context_get_item_done (fixture->context, "consumer.backups.offline-copy"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = vigil_test_isolate_user_dirs ();

  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("VIGIL_TEST_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VIGIL_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  if (!gtk_init_check ())
    {
      g_printerr ("No display: skipping the widget tests\n");
      return 77;
    }
  adw_init ();
  vigil_ui_register_resource ();

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, vigil_test_window_setup, fn, vigil_test_window_teardown)
  ADD ("/window/search", test_search);
  ADD ("/window/search-button", test_search_button);
  ADD ("/window/print-report", test_print_report);
  ADD ("/window/presentation", test_presentation);
  ADD ("/window/lesson-in-language", test_lesson_in_language);
  ADD ("/window/import", test_import);
#undef ADD

  {
    int status = g_test_run ();
    vigil_test_rm_rf (home);
    return status;
  }
}
