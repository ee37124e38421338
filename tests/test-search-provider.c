/* test-search-provider.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vigil-application.h"
#include "vigil-entry-page.h"
#include "vigil-guideline-page.h"
#include "vigil-search-provider.h"
#include "vigil-test-utils.h"
#include "vigil-window.h"

/* The real application, started as D-Bus starts it for the Shell (--gapplication-service) on
 * a bus of the test's own, answers calls made over a second connection to that bus, as
 * GNOME Shell makes them: found by the bus name and object path in the installed
 * search-provider.ini. */

#define PROVIDER_INTERFACE "org.gnome.Shell.SearchProvider2"
#define PHISHING_GUIDELINE "consumer.phishing"
#define PHISHING_THREAT "threat.phishing"

static VigilApplication *app;
static GDBusConnection *shell;
static char *bus_name;
static char *object_path;
static int status;

static GKeyFile *
load_ini (void)
{
  g_autoptr(GKeyFile) ini = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (ini, SEARCH_PROVIDER_INI, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&ini);
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Calls a method as the Shell does, while the application's main context runs. */
static GVariant *
call (const char *method,
      GVariant   *parameters,
      const char *reply_type)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  g_dbus_connection_call (shell, bus_name, object_path, PROVIDER_INTERFACE, method,
                          parameters, G_VARIANT_TYPE (reply_type),
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, 30000, NULL, store_result_cb,
                          &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  reply = g_dbus_connection_call_finish (shell, result, &error);
  g_assert_no_error (error);
  vigil_test_iterate ();

  return reply;
}

static GStrv
initial_result_set (const char * const *terms)
{
  g_autoptr(GVariant) reply = NULL;
  GStrv ids;

  reply = call ("GetInitialResultSet", g_variant_new ("(^as)", terms), "(as)");
  g_variant_get (reply, "(^as)", &ids);

  return ids;
}

static GStrv
subsearch_result_set (const char * const *previous,
                      const char * const *terms)
{
  g_autoptr(GVariant) reply = NULL;
  GStrv ids;

  reply = call ("GetSubsearchResultSet", g_variant_new ("(^as^as)", previous, terms), "(as)");
  g_variant_get (reply, "(^as)", &ids);

  return ids;
}

static int
position_of (const char * const *ids,
             const char         *id)
{
  for (int i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], id))
      return i;
  return -1;
}

static VigilCatalog *
get_catalog (void)
{
  VigilContext *context = vigil_application_get_context (app);

  g_assert_nonnull (context);
  return vigil_context_get_catalog (context);
}

/* Every id is a page, given once. */
static void
assert_pages (const char * const *ids)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (g_strv_length ((GStrv) ids), <=, VIGIL_SEARCH_PROVIDER_MAX_RESULTS);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      GObject *object = vigil_catalog_lookup (get_catalog (), ids[i]);

      g_assert_true (VIGIL_IS_GUIDELINE (object) || VIGIL_IS_ENTRY (object));
      g_assert_true (g_hash_table_add (seen, (char *) ids[i]));
    }
}

static VigilWindow *
find_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (VIGIL_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
close_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    {
      gtk_window_destroy (windows->data);
      vigil_test_iterate ();
    }
}

static const char *
visible_id (VigilWindow *window)
{
  GtkWidget *page = vigil_window_get_visible_page (window);

  if (VIGIL_IS_GUIDELINE_PAGE (page))
    return vigil_guideline_get_id (vigil_guideline_page_get_guideline (VIGIL_GUIDELINE_PAGE (page)));
  if (VIGIL_IS_ENTRY_PAGE (page))
    return vigil_entry_get_id (vigil_entry_page_get_entry (VIGIL_ENTRY_PAGE (page)));
  return NULL;
}

/* The text of the first search entry in @widget that is shown. */
static const char *
shown_search_text (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_SEARCH_ENTRY (widget))
    return gtk_editable_get_text (GTK_EDITABLE (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = shown_search_text (child);

      if (text != NULL)
        return text;
    }

  return NULL;
}

/* The Shell finds the provider by the installed file: it must name what the app exports. */
static void
test_ini_names_the_provider (void)
{
  g_autoptr(GKeyFile) ini = load_ini ();
  g_autoptr(GError) error = NULL;
  g_autofree char *desktop_id = NULL;
  g_autofree char *expected_path = NULL;
  g_autoptr(GVariant) reply = NULL;
  const char *introspection;

  desktop_id = g_key_file_get_string (ini, "Shell Search Provider", "DesktopId", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desktop_id, ==, APP_ID ".desktop");
  g_assert_cmpstr (bus_name, ==, APP_ID);
  g_assert_cmpstr (bus_name, ==, g_application_get_application_id (G_APPLICATION (app)));
  expected_path = g_strconcat (g_application_get_dbus_object_path (G_APPLICATION (app)),
                               "/SearchProvider", NULL);
  g_assert_cmpstr (object_path, ==, expected_path);
  g_assert_cmpint (g_key_file_get_integer (ini, "Shell Search Provider", "Version", &error),
                   ==, 2);
  g_assert_no_error (error);

  /* Something answers there, with the interface the Shell calls. */
  reply = g_dbus_connection_call_sync (shell, bus_name, object_path,
                                       "org.freedesktop.DBus.Introspectable", "Introspect",
                                       NULL, G_VARIANT_TYPE ("(s)"),
                                       G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(&s)", &introspection);
  g_assert_nonnull (strstr (introspection, PROVIDER_INTERFACE));
}

/* Started as a service, Vigil waits a while for the Shell's next call before it exits. */
static void
test_service_lingers (void)
{
  g_assert_true (g_application_get_flags (G_APPLICATION (app)) & G_APPLICATION_IS_SERVICE);
  g_assert_cmpuint (g_application_get_inactivity_timeout (G_APPLICATION (app)), >, 0);
  g_assert_null (find_window ());
}

static void
test_initial_result_set (void)
{
  const char *terms[] = { "phishing", NULL };
  g_auto(GStrv) ids = initial_result_set (terms);
  int position = position_of ((const char * const *) ids, PHISHING_GUIDELINE);

  assert_pages ((const char * const *) ids);
  g_assert_cmpint (position, >=, 0);
  g_assert_cmpint (position, <, 3);
  g_assert_cmpint (position_of ((const char * const *) ids, PHISHING_THREAT), >=, 0);

  {
    /* What the Shell sends is what was typed, in any case and with accents. */
    const char *shouted[] = { "PHISHING", NULL };
    g_auto(GStrv) same = initial_result_set (shouted);

    g_assert_cmpstrv (same, ids);
  }
  {
    const char *nothing[] = { "xyzzyplugh", NULL };
    g_auto(GStrv) none = initial_result_set (nothing);

    g_assert_cmpuint (g_strv_length (none), ==, 0);
  }
}

/* The terms come one word each, and every one must match. */
static void
test_two_words_narrow (void)
{
  const char *one[] = { "phishing", NULL };
  const char *two[] = { "phishing", "word", NULL };
  g_auto(GStrv) broad = initial_result_set (one);
  g_auto(GStrv) narrow = initial_result_set (two);

  assert_pages ((const char * const *) narrow);
  g_assert_cmpuint (g_strv_length (narrow), >, 0);
  g_assert_cmpuint (g_strv_length (narrow), <, g_strv_length (broad));
  g_assert_cmpint (position_of ((const char * const *) narrow, PHISHING_GUIDELINE), >=, 0);
}

static void
test_subsearch_narrows (void)
{
  const char *first[] = { "phish", NULL };
  const char *more[] = { "phishing", "word", NULL };
  g_auto(GStrv) previous = initial_result_set (first);
  g_auto(GStrv) narrowed = subsearch_result_set ((const char * const *) previous, more);

  assert_pages ((const char * const *) narrowed);
  g_assert_cmpuint (g_strv_length (narrowed), >, 0);
  g_assert_cmpuint (g_strv_length (narrowed), <, g_strv_length (previous));
  for (guint i = 0; narrowed[i] != NULL; i++)
    g_assert_cmpint (position_of ((const char * const *) previous, narrowed[i]), >=, 0);

  {
    /* Only what was found before, even when more would match now. */
    const char *only[] = { PHISHING_THREAT, NULL };
    const char *terms[] = { "phishing", NULL };
    g_auto(GStrv) kept = subsearch_result_set (only, terms);
    const char *expected[] = { PHISHING_THREAT, NULL };

    g_assert_cmpstrv (kept, expected);
  }
}

static void
assert_meta (GVariant   *meta,
             const char *id)
{
  GObject *object = vigil_catalog_lookup (get_catalog (), id);
  const char *meta_id = NULL, *name = NULL, *description = NULL, *gicon = NULL;
  g_autoptr(GIcon) icon = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_variant_lookup (meta, "id", "&s", &meta_id));
  g_assert_true (g_variant_lookup (meta, "name", "&s", &name));
  g_assert_true (g_variant_lookup (meta, "description", "&s", &description));
  g_assert_true (g_variant_lookup (meta, "gicon", "&s", &gicon));

  g_assert_cmpstr (meta_id, ==, id);
  if (VIGIL_IS_GUIDELINE (object))
    g_assert_cmpstr (name, ==, vigil_guideline_get_title (VIGIL_GUIDELINE (object)));
  else
    g_assert_cmpstr (name, ==, vigil_entry_get_title (VIGIL_ENTRY (object)));

  /* Plain text on one line: no link syntax, markup or line breaks. */
  g_assert_cmpuint (strlen (description), >, 20);
  g_assert_null (strstr (description, "]("));
  g_assert_null (strchr (description, '<'));
  g_assert_null (strchr (description, '\n'));
  g_assert_false (g_ascii_isspace (description[0]));

  icon = g_icon_new_for_string (gicon, &error);
  g_assert_no_error (error);
  g_assert_true (G_IS_THEMED_ICON (icon));
  g_assert_cmpstr (g_themed_icon_get_names (G_THEMED_ICON (icon))[0], ==, APP_ID);
}

static void
test_result_metas (void)
{
  const char *ids[] = { PHISHING_GUIDELINE, "no.such.page", PHISHING_THREAT, NULL };
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) first = NULL;
  g_autoptr(GVariant) second = NULL;

  reply = call ("GetResultMetas", g_variant_new ("(^as)", ids), "(aa{sv})");
  metas = g_variant_get_child_value (reply, 0);

  /* The unknown id is left out, and the call still answers for the others. */
  g_assert_cmpuint (g_variant_n_children (metas), ==, 2);
  first = g_variant_get_child_value (metas, 0);
  second = g_variant_get_child_value (metas, 1);
  assert_meta (first, PHISHING_GUIDELINE);
  assert_meta (second, PHISHING_THREAT);
}

/* Notes and one's own steps are private: the overview, which others may see, never shows
 * them, though search inside Vigil finds them. */
static void
test_private_text_stays_out (void)
{
  VigilContext *context = vigil_application_get_context (app);
  const char *note_terms[] = { "zebrawood", NULL };
  const char *step_terms[] = { "quokka", NULL };
  g_autoptr(GPtrArray) inside = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *custom = NULL;
  g_auto(GStrv) from_note = NULL;
  g_auto(GStrv) from_step = NULL;

  vigil_progress_store_set_text (vigil_context_get_progress_store (context),
                                 vigil_context_get_profile_id (context),
                                 "consumer.backups.offline-copy", VIGIL_ITEM_FIELD_NOTE,
                                 "Blue drive in the zebrawood drawer", &error);
  g_assert_no_error (error);
  custom = vigil_context_add_custom_item (context, "consumer.updates",
                                          "Update the quokka camera", &error);
  g_assert_no_error (error);

  inside = vigil_search_index_query (vigil_context_get_search_index (context), "zebrawood", 10);
  g_assert_cmpuint (inside->len, ==, 1);

  from_note = initial_result_set (note_terms);
  from_step = initial_result_set (step_terms);
  g_assert_cmpuint (g_strv_length (from_note), ==, 0);
  g_assert_cmpuint (g_strv_length (from_step), ==, 0);

  vigil_context_remove_custom_item (context, custom, &error);
  g_assert_no_error (error);
}

static void
test_activate_result (void)
{
  const char *terms[] = { "phishing", NULL };
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) again = NULL;
  VigilWindow *window;

  close_windows ();
  g_assert_null (find_window ());

  /* No window yet: one is made and shows the chosen page. */
  reply = call ("ActivateResult", g_variant_new ("(s^asu)", PHISHING_GUIDELINE, terms, 0),
                "()");
  window = find_window ();
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (visible_id (window), ==, PHISHING_GUIDELINE);

  /* With a window: the same one shows the next choice. */
  again = call ("ActivateResult", g_variant_new ("(s^asu)", PHISHING_THREAT, terms, 0), "()");
  g_assert_true (find_window () == window);
  g_assert_cmpstr (visible_id (window), ==, PHISHING_THREAT);
}

static void
test_launch_search (void)
{
  const char *terms[] = { "phishing", "word", NULL };
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) again = NULL;
  VigilWindow *window;

  close_windows ();

  /* No window yet: one is made, searching for the terms as one text. */
  reply = call ("LaunchSearch", g_variant_new ("(^asu)", terms, 0), "()");
  window = find_window ();
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (shown_search_text (GTK_WIDGET (window)), ==, "phishing word");

  again = call ("LaunchSearch", g_variant_new ("(^asu)", terms, 0), "()");
  g_assert_true (find_window () == window);
}

/* The tests run inside the application's main loop, once it has started up, as the Shell's
 * calls do. */
static gboolean
run_tests_cb (gpointer user_data)
{
  g_autoptr(GKeyFile) ini = load_ini ();
  g_autoptr(GError) error = NULL;

  bus_name = g_key_file_get_string (ini, "Shell Search Provider", "BusName", &error);
  g_assert_no_error (error);
  object_path = g_key_file_get_string (ini, "Shell Search Provider", "ObjectPath", &error);
  g_assert_no_error (error);

  shell = g_dbus_connection_new_for_address_sync (g_getenv ("DBUS_SESSION_BUS_ADDRESS"),
                                                  G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                                  | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                  NULL, NULL, &error);
  g_assert_no_error (error);

  /* The service would otherwise exit when idle between two tests. */
  g_application_hold (G_APPLICATION (app));
  status = g_test_run ();
  close_windows ();
  g_application_release (G_APPLICATION (app));

  g_dbus_connection_close_sync (shell, NULL, NULL);
  g_clear_object (&shell);
  g_application_quit (G_APPLICATION (app));

  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = vigil_test_isolate_user_dirs ();
  g_autofree char *data_dir = vigil_test_make_tmp_dir ();
  g_autofree char *display = NULL;
  char *app_argv[] = { (char *) "vigil", (char *) "--gapplication-service", NULL };
  GTestDBus *dbus;

  g_test_init (&argc, &argv, NULL);

  /* A real database in a folder of the test's own, and a session bus of its own. The bus
   * comes first: GTK uses the session bus too, and the bus's watcher process is forked off
   * better before any D-Bus thread runs. It unsets DISPLAY, which the windows need. */
  g_setenv ("VIGIL_DATA_DIR", data_dir, TRUE);
  display = g_strdup (g_getenv ("DISPLAY"));
  dbus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (dbus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: skipping the search provider tests\n");
      g_test_dbus_down (dbus);
      g_object_unref (dbus);
      vigil_test_rm_rf (data_dir);
      vigil_test_rm_rf (home);
      return 77;
    }

  g_test_add_func ("/search-provider/ini-names-the-provider", test_ini_names_the_provider);
  g_test_add_func ("/search-provider/service-lingers", test_service_lingers);
  g_test_add_func ("/search-provider/initial-result-set", test_initial_result_set);
  g_test_add_func ("/search-provider/two-words-narrow", test_two_words_narrow);
  g_test_add_func ("/search-provider/subsearch-narrows", test_subsearch_narrows);
  g_test_add_func ("/search-provider/result-metas", test_result_metas);
  g_test_add_func ("/search-provider/private-text-stays-out", test_private_text_stays_out);
  g_test_add_func ("/search-provider/activate-result", test_activate_result);
  g_test_add_func ("/search-provider/launch-search", test_launch_search);

  app = vigil_application_new ();
  g_idle_add (run_tests_cb, NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, app_argv), ==, 0);
  g_assert_finalize_object (app);

  g_test_dbus_down (dbus);
  g_object_unref (dbus);
  g_free (bus_name);
  g_free (object_path);
  vigil_test_rm_rf (data_dir);
  vigil_test_rm_rf (home);

  return status;
}
