/* test-onboarding.c: the first-start questions and the preferences
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vigil-onboarding.h"
#include "vigil-preferences-window.h"
#include "vigil-test-utils.h"
#include "vigil-ui-resources.h"

typedef struct
{
  char         *dir;
  VigilContext *context;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = vigil_test_make_tmp_dir ();
  fixture->context = vigil_context_new (fixture->dir, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  vigil_test_iterate ();
  g_assert_finalize_object (fixture->context);
  vigil_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
}

static VigilOnboarding *
open_onboarding (Fixture             *fixture,
                 VigilOnboardingMode  mode)
{
  VigilOnboarding *onboarding = vigil_onboarding_new (NULL, fixture->context, mode);

  gtk_window_present (GTK_WINDOW (onboarding));
  vigil_test_iterate ();
  return onboarding;
}

/* The row titled @title among @widget's descendants, as a person would look for it. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
activate_row (gpointer    root,
              const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (root), title);

  g_assert_nonnull (row);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  vigil_test_iterate ();
}

static void
next (VigilOnboarding *onboarding)
{
  gtk_widget_activate_action (GTK_WIDGET (onboarding), "onboarding.next", NULL);
  vigil_test_iterate ();
}

static VigilProfile *
current_profile (Fixture *fixture)
{
  return vigil_profile_store_lookup (vigil_context_get_profile_store (fixture->context),
                                     vigil_context_get_profile_id (fixture->context), NULL);
}

static void
test_organization (Fixture       *fixture,
                   gconstpointer  data)
{
  VigilOnboarding *onboarding;
  GtkWidget *name_row;
  const VigilAnswers *answers;
  g_autoptr(VigilProfile) profile = NULL;
  guint destroyed = 0;

  g_assert_true (vigil_onboarding_needed (fixture->context));
  onboarding = open_onboarding (fixture, VIGIL_ONBOARDING_FIRST_RUN);
  g_signal_connect_swapped (onboarding, "destroy", G_CALLBACK (g_atomic_int_inc), &destroyed);
  g_assert_cmpstr (vigil_onboarding_get_page (onboarding), ==, "purpose");

  activate_row (onboarding, "My Organization");
  next (onboarding);
  g_assert_cmpstr (vigil_onboarding_get_page (onboarding), ==, "name");

  /* An organization has no suggested name, and none means no going on. */
  name_row = find_row (GTK_WIDGET (onboarding), "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "");
  next (onboarding);
  g_assert_cmpstr (vigil_onboarding_get_page (onboarding), ==, "name");

  gtk_editable_set_text (GTK_EDITABLE (name_row), "  Corner Bakery ");
  next (onboarding);
  g_assert_cmpstr (vigil_onboarding_get_page (onboarding), ==, "devices");
  activate_row (onboarding, "iPhone or iPad");

  next (onboarding);
  g_assert_cmpstr (vigil_onboarding_get_page (onboarding), ==, "situation");
  /* Children are a household's question. */
  g_assert_null (find_row (GTK_WIDGET (onboarding), "Children at Home"));
  activate_row (onboarding, "Card Payments");
  next (onboarding);
  g_assert_cmpuint (destroyed, ==, 1);

  profile = current_profile (fixture);
  g_assert_cmpstr (vigil_profile_get_name (profile), ==, "Corner Bakery");
  g_assert_cmpint (vigil_profile_get_kind (profile), ==, VIGIL_PROFILE_ORGANIZATION);
  answers = vigil_context_get_answers (fixture->context);
  g_assert_cmpint (vigil_answers_get_purpose (answers), ==, VIGIL_PURPOSE_ORGANIZATION);
  g_assert_cmpint (vigil_answers_get (answers, "card-payments"), ==, VIGIL_ANSWER_YES);
  g_assert_cmpint (vigil_answers_get (answers, "website"), ==, VIGIL_ANSWER_NO);
  g_assert_cmpint (vigil_answers_get (answers, "children"), ==, VIGIL_ANSWER_UNKNOWN);
  g_assert_cmpint (vigil_answers_get_employees (answers), ==, 1);
  g_assert_false (vigil_answers_has_platform (answers, "ios"));
  g_assert_true (vigil_answers_has_platform (answers, "android"));
  g_assert_false (vigil_onboarding_needed (fixture->context));

  /* Profile Settings asks again, starting from the stored answers, and keeps what it
   * does not change. */
  onboarding = open_onboarding (fixture, VIGIL_ONBOARDING_EDIT);
  g_signal_connect_swapped (onboarding, "destroy", G_CALLBACK (g_atomic_int_inc), &destroyed);
  g_assert_cmpstr (vigil_onboarding_get_page (onboarding), ==, "name");
  name_row = find_row (GTK_WIDGET (onboarding), "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Corner Bakery");
  next (onboarding);
  next (onboarding);
  g_assert_cmpstr (vigil_onboarding_get_page (onboarding), ==, "situation");
  activate_row (onboarding, "Cloud Services");
  next (onboarding);
  g_assert_cmpuint (destroyed, ==, 2);

  answers = vigil_context_get_answers (fixture->context);
  g_assert_cmpint (vigil_answers_get (answers, "cloud"), ==, VIGIL_ANSWER_YES);
  g_assert_cmpint (vigil_answers_get (answers, "card-payments"), ==, VIGIL_ANSWER_YES);
  g_assert_false (vigil_answers_has_platform (answers, "ios"));
  g_assert_cmpint (vigil_context_get_profile_kind (fixture->context), ==,
                   VIGIL_PROFILE_ORGANIZATION);
}

static void
test_demonstration (Fixture       *fixture,
                    gconstpointer  data)
{
  VigilOnboarding *onboarding = open_onboarding (fixture, VIGIL_ONBOARDING_FIRST_RUN);
  g_autoptr(VigilProfile) profile = NULL;
  const VigilAnswers *answers;
  const char * const *conditions = vigil_answers_get_conditions ();

  activate_row (onboarding, "A Demonstration");
  next (onboarding);
  g_assert_cmpstr (vigil_onboarding_get_page (onboarding), ==, "name");
  /* A demonstration shows everything: nothing more to ask after its name. */
  next (onboarding);

  profile = current_profile (fixture);
  g_assert_cmpstr (vigil_profile_get_name (profile), ==, "Demonstration");
  answers = vigil_context_get_answers (fixture->context);
  g_assert_cmpint (vigil_answers_get_purpose (answers), ==, VIGIL_PURPOSE_DEMONSTRATION);
  for (guint i = 0; conditions[i] != NULL; i++)
    g_assert_cmpint (vigil_answers_get (answers, conditions[i]), ==, VIGIL_ANSWER_YES);
  g_assert_cmpuint (g_strv_length ((char **) vigil_answers_get_platforms (answers)), ==, 5);
}

static void
test_skip (Fixture       *fixture,
           gconstpointer  data)
{
  VigilOnboarding *onboarding = open_onboarding (fixture, VIGIL_ONBOARDING_FIRST_RUN);
  g_autoptr(VigilProfile) profile = NULL;
  VigilProgress before, after;

  vigil_context_count_progress (fixture->context, NULL, -1, &before);
  /* Skip is Back on the first page; Escape does the same. */
  gtk_widget_activate_action (GTK_WIDGET (onboarding), "onboarding.back", NULL);
  vigil_test_iterate ();

  /* Not asked again, and nothing left out. */
  g_assert_false (vigil_onboarding_needed (fixture->context));
  vigil_context_count_progress (fixture->context, NULL, -1, &after);
  g_assert_cmpuint (after.total, ==, before.total);
  profile = current_profile (fixture);
  g_assert_cmpint (vigil_profile_get_kind (profile), ==, VIGIL_PROFILE_HOUSEHOLD);
}

static void
on_created_cb (VigilOnboarding *onboarding,
               gint64           profile_id,
               gint64          *out)
{
  *out = profile_id;
}

static void
test_new_profile (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 original = vigil_context_get_profile_id (fixture->context);
  VigilOnboarding *onboarding = open_onboarding (fixture, VIGIL_ONBOARDING_NEW_PROFILE);
  g_autoptr(VigilProfile) created = NULL;
  g_autoptr(VigilAnswers) answers = NULL;
  gint64 created_id = 0;

  g_signal_connect (onboarding, "profile-created", G_CALLBACK (on_created_cb), &created_id);
  g_assert_cmpstr (vigil_onboarding_get_page (onboarding), ==, "purpose");
  next (onboarding);
  /* No suggested name: "Home" is likely taken by the first profile. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (onboarding), "Name"))),
                   ==, "");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (onboarding), "Name")), "Grandparents");
  next (onboarding);
  next (onboarding);
  activate_row (onboarding, "Children at Home");
  next (onboarding);

  g_assert_cmpint (created_id, >, 0);
  g_assert_cmpint (created_id, !=, original);
  /* Creating is not switching: the window decides what to show. */
  g_assert_cmpint (vigil_context_get_profile_id (fixture->context), ==, original);
  created = vigil_profile_store_lookup (vigil_context_get_profile_store (fixture->context),
                                        created_id, NULL);
  g_assert_cmpstr (vigil_profile_get_name (created), ==, "Grandparents");
  answers = vigil_answers_new_from_json (vigil_profile_get_answers (created), NULL);
  g_assert_cmpint (vigil_answers_get (answers, "children"), ==, VIGIL_ANSWER_YES);
  g_assert_cmpint (vigil_answers_get_purpose (answers), ==, VIGIL_PURPOSE_HOUSEHOLD);
}

static void
assert_setting (GSettings  *settings,
                const char *key,
                const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

/* Every preference is a setting, written as soon as it is changed. */
static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  VigilPreferencesWindow *preferences = vigil_preferences_window_new (NULL, fixture->context);
  GtkWidget *row;
  g_auto(GStrv) platforms = NULL;

  gtk_window_present (GTK_WINDOW (preferences));
  vigil_test_iterate ();

  row = find_row (GTK_WIDGET (preferences), "Text Size");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  assert_setting (settings, "text-size", "larger");
  row = find_row (GTK_WIDGET (preferences), "Style");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  assert_setting (settings, "color-scheme", "dark");

  /* The desktop's language and English are always offered. */
  row = find_row (GTK_WIDGET (preferences), "Language");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row))), >=, 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  assert_setting (settings, "language", "");

  /* Leaving "match the profile" makes the devices shown a choice of one's own. */
  activate_row (preferences, "Match the Profile's Devices");
  platforms = g_settings_get_strv (settings, "howto-platforms");
  g_assert_cmpuint (g_strv_length (platforms), ==, 6);
  activate_row (preferences, "Home router");
  g_clear_pointer (&platforms, g_strfreev);
  platforms = g_settings_get_strv (settings, "howto-platforms");
  g_assert_false (g_strv_contains ((const char * const *) platforms, "router"));

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "text-size");
  g_settings_reset (settings, "color-scheme");
  g_settings_reset (settings, "howto-platforms");
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
  /* The carousel then lands on a page at once, as a person sees it after the slide. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/onboarding/organization", test_organization);
  ADD ("/onboarding/demonstration", test_demonstration);
  ADD ("/onboarding/skip", test_skip);
  ADD ("/onboarding/new-profile", test_new_profile);
  ADD ("/preferences/settings", test_preferences);
#undef ADD

  {
    int status = g_test_run ();
    vigil_test_rm_rf (home);
    return status;
  }
}
