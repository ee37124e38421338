/* vigil-preferences-window.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-page-util.h"
#include "vigil-preferences-window.h"

/* Every control here is bound to a GSettings key; VigilApplication and the pages apply
 * the keys as they change, so there is no Apply button. */

static const char * const color_schemes[] = { "default", "light", "dark", NULL };

/* Offered when installed; "" (first) is the desktop's language. */
static const char * const languages[] = { "de", "en", "es", "fr" };
static const char * const text_sizes[] = { "default", "large", "larger", NULL };

struct _VigilPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  VigilContext         *context;
  GSettings            *settings;
  GtkWidget            *platform_rows[6];
  GtkSwitch            *platform_switches[6];
  gboolean              syncing;

  /* Template widgets */
  AdwComboRow          *color_scheme_row;
  AdwComboRow          *text_size_row;
  AdwComboRow          *language_row;
  GStrv                 language_codes;
  GtkSwitch            *advanced_switch;
  AdwPreferencesGroup  *platforms_group;
  GtkSwitch            *match_switch;
};

G_DEFINE_FINAL_TYPE (VigilPreferencesWindow, vigil_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A string key with choices, shown as a combo row's position in @user_data's list. */
static gboolean
choice_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_choice (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) choices))
    return NULL;

  return g_variant_new_string (choices[position]);
}

static void
bind_choice (VigilPreferencesWindow *self,
             const char             *key,
             AdwComboRow            *row,
             const char * const     *choices)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                choice_to_position, position_to_choice,
                                (gpointer) choices, NULL);
}

/* Shows the platforms whose how-tos come first; with "match" on, they follow the profile
 * and cannot be changed here. */
static void
sync_platforms (VigilPreferencesWindow *self)
{
  g_auto(GStrv) chosen = g_settings_get_strv (self->settings, "howto-platforms");
  g_auto(GStrv) effective = vigil_page_dup_howto_platforms (self->context, self->settings);
  const char * const *platforms = vigil_page_get_platforms ();
  gboolean matching = chosen[0] == NULL;

  self->syncing = TRUE;
  gtk_switch_set_active (self->match_switch, matching);
  for (guint i = 0; platforms[i] != NULL; i++)
    {
      gtk_switch_set_active (self->platform_switches[i],
                             g_strv_contains ((const char * const *) effective, platforms[i]));
      gtk_widget_set_sensitive (self->platform_rows[i], !matching);
    }
  self->syncing = FALSE;
}

static void
store_switched_platforms (VigilPreferencesWindow *self)
{
  const char * const *platforms = vigil_page_get_platforms ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;

  for (guint i = 0; platforms[i] != NULL; i++)
    if (gtk_switch_get_active (self->platform_switches[i]))
      g_strv_builder_add (builder, platforms[i]);
  chosen = g_strv_builder_end (builder);

  /* None at all would read as "match the profile": keep the first, as something must show. */
  if (chosen[0] == NULL)
    {
      g_strfreev (chosen);
      chosen = g_strdupv ((char **) (const char *[]) { platforms[0], NULL });
    }

  g_settings_set_strv (self->settings, "howto-platforms", (const char * const *) chosen);
}

static void
on_match_changed_cb (VigilPreferencesWindow *self)
{
  if (self->syncing)
    return;

  if (gtk_switch_get_active (self->match_switch))
    g_settings_reset (self->settings, "howto-platforms");
  else
    store_switched_platforms (self);
}

static void
on_platform_switched_cb (VigilPreferencesWindow *self)
{
  if (!self->syncing && !gtk_switch_get_active (self->match_switch))
    store_switched_platforms (self);
}

static void
add_platform_rows (VigilPreferencesWindow *self)
{
  const char * const *platforms = vigil_page_get_platforms ();

  for (guint i = 0; platforms[i] != NULL && i < G_N_ELEMENTS (self->platform_switches); i++)
    {
      GtkWidget *row = vigil_page_new_switch_row (vigil_page_platform_name (platforms[i]), NULL,
                                                  &self->platform_switches[i]);

      g_signal_connect_swapped (self->platform_switches[i], "notify::active",
                                G_CALLBACK (on_platform_switched_cb), self);
      adw_preferences_group_add (self->platforms_group, row);
      self->platform_rows[i] = row;
    }
}

/* Offers the languages Vigil has a translation installed for, and English. */
static void
setup_languages (VigilPreferencesWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();

  gtk_string_list_append (names, _("Same as the Desktop"));
  g_strv_builder_add (codes, "");
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *catalog = g_build_filename (LOCALEDIR, languages[i], "LC_MESSAGES",
                                                   GETTEXT_PACKAGE ".mo", NULL);

      if (!g_str_equal (languages[i], "en") && !g_file_test (catalog, G_FILE_TEST_EXISTS))
        continue;
      gtk_string_list_append (names, vigil_page_language_name (languages[i]));
      g_strv_builder_add (codes, languages[i]);
    }

  self->language_codes = g_strv_builder_end (codes);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  bind_choice (self, "language", self->language_row,
               (const char * const *) self->language_codes);
}

static void
vigil_preferences_window_dispose (GObject *object)
{
  VigilPreferencesWindow *self = (VigilPreferencesWindow *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vigil_preferences_window_parent_class)->dispose (object);
}

static void
vigil_preferences_window_finalize (GObject *object)
{
  VigilPreferencesWindow *self = (VigilPreferencesWindow *)object;

  g_strfreev (self->language_codes);

  G_OBJECT_CLASS (vigil_preferences_window_parent_class)->finalize (object);
}

static void
vigil_preferences_window_class_init (VigilPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vigil_preferences_window_dispose;
  object_class->finalize = vigil_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vigil_app/Vigil/ui/vigil-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, VigilPreferencesWindow, text_size_row);
  gtk_widget_class_bind_template_child (widget_class, VigilPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, VigilPreferencesWindow, advanced_switch);
  gtk_widget_class_bind_template_child (widget_class, VigilPreferencesWindow, platforms_group);
  gtk_widget_class_bind_template_child (widget_class, VigilPreferencesWindow, match_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_match_changed_cb);
}

static void
vigil_preferences_window_init (VigilPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_APP_ID);
  bind_choice (self, "color-scheme", self->color_scheme_row, color_schemes);
  bind_choice (self, "text-size", self->text_size_row, text_sizes);
  setup_languages (self);
  g_settings_bind (self->settings, "show-advanced", self->advanced_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  add_platform_rows (self);
}

/**
 * vigil_preferences_window_new:
 * @context: for the current profile's devices, which the how-to choice can follow
 *
 * Returns: (transfer none): the window, not yet shown
 */
VigilPreferencesWindow *
vigil_preferences_window_new (GtkWindow    *parent,
                              VigilContext *context)
{
  VigilPreferencesWindow *self;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  self = g_object_new (VIGIL_TYPE_PREFERENCES_WINDOW, "transient-for", parent, "modal", TRUE,
                       NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (self->settings, "changed::howto-platforms",
                           G_CALLBACK (sync_platforms), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "profile-changed", G_CALLBACK (sync_platforms), self,
                           G_CONNECT_SWAPPED);
  sync_platforms (self);

  return self;
}
