/* vigil-page-util.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-page-util.h"
#include "vigil-reference.h"

static const char * const platform_ids[] = {
  "windows", "macos", "gnome", "android", "ios", "router", NULL
};

/* The how-tos are written for these versions: "Windows 11", not "Windows". */
static const char * const platform_names[] = {
  N_("Windows 11"), N_("macOS"), N_("GNOME (Linux)"), N_("Android"), N_("iPhone and iPad"),
  N_("Home router"),
};

/**
 * vigil_page_get_platforms:
 *
 * Returns: (transfer none): the ids of the platforms how-tos are written for, in the order
 *   they are listed
 */
const char * const *
vigil_page_get_platforms (void)
{
  return platform_ids;
}

/**
 * vigil_page_platform_name:
 *
 * Returns: the translated name of a how-to platform, or @platform itself if unknown
 */
const char *
vigil_page_platform_name (const char *platform)
{
  for (guint i = 0; platform_ids[i] != NULL; i++)
    if (g_str_equal (platform_ids[i], platform))
      return _(platform_names[i]);
  return platform;
}

/* Names in their own language, as people look for them. */
static const struct {
  const char *code;
  const char *name;
} language_names[] = {
  { "de", "Deutsch" },
  { "en", "English" },
  { "es", "Español" },
  { "fr", "Français" },
};

/**
 * vigil_page_language_name:
 * @code: a language code such as "de"
 *
 * Returns: the language's name in itself, or @code if unknown
 */
const char *
vigil_page_language_name (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_names); i++)
    if (g_str_equal (language_names[i].code, code))
      return language_names[i].name;
  return code;
}

/**
 * vigil_page_dup_howto_platforms:
 *
 * Returns: (transfer full): the platforms whose how-tos come first: those chosen in the
 *   preferences, or else the current profile's devices
 */
GStrv
vigil_page_dup_howto_platforms (VigilContext *context,
                                GSettings    *settings)
{
  g_auto(GStrv) chosen = g_settings_get_strv (settings, "howto-platforms");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (chosen[0] != NULL)
    return g_steal_pointer (&chosen);

  for (guint i = 0; platform_ids[i] != NULL; i++)
    if (vigil_answers_has_platform (vigil_context_get_answers (context), platform_ids[i]))
      g_strv_builder_add (builder, platform_ids[i]);

  return g_strv_builder_end (builder);
}

typedef struct
{
  VigilContext    *context;
  GSettings       *settings;
  VigilViewFilter  view;
} ViewFilter;

static void
view_filter_free (gpointer data)
{
  ViewFilter *filter = data;

  g_clear_object (&filter->context);
  g_clear_object (&filter->settings);
  vigil_view_filter_clear (&filter->view);
  g_free (filter);
}

static void
read_view_settings (ViewFilter *filter)
{
  vigil_view_filter_clear (&filter->view);
  filter->view.essentials_only = g_settings_get_boolean (filter->settings, "essentials-only");
  filter->view.hide_not_applicable = g_settings_get_boolean (filter->settings,
                                                             "hide-not-applicable");
  filter->view.show_advanced = g_settings_get_boolean (filter->settings, "show-advanced");
  filter->view.platform = g_settings_get_string (filter->settings, "platform-filter");
}

static gboolean
view_filter_match (gpointer object,
                   gpointer user_data)
{
  ViewFilter *filter = user_data;

  if (VIGIL_IS_GUIDELINE (object))
    return vigil_context_shows_guideline (filter->context, &filter->view, object);
  if (VIGIL_IS_CHECKLIST_ITEM (object))
    return vigil_context_shows_item (filter->context, &filter->view, object);
  return TRUE;
}

static void
on_view_settings_changed_cb (GtkFilter  *gtk_filter,
                             const char *key,
                             GSettings  *settings)
{
  ViewFilter *filter = g_object_get_data (G_OBJECT (gtk_filter), "vigil-view-filter");
  const char *keys[] = { "essentials-only", "hide-not-applicable", "show-advanced",
                         "platform-filter", NULL };

  if (!g_strv_contains (keys, key))
    return;

  read_view_settings (filter);
  gtk_filter_changed (gtk_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_profile_changed_cb (GtkFilter    *gtk_filter,
                       VigilContext *context)
{
  gtk_filter_changed (gtk_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * vigil_page_new_view_filter:
 *
 * A filter for lists of guidelines, checklist items and entries that follows the filter
 * menu and the preferences, and the current profile's answers.
 *
 * Returns: (transfer full): the filter
 */
GtkFilter *
vigil_page_new_view_filter (VigilContext *context)
{
  ViewFilter *filter = g_new0 (ViewFilter, 1);
  GtkFilter *gtk_filter;

  filter->context = g_object_ref (context);
  filter->settings = g_settings_new (BASE_APP_ID);
  read_view_settings (filter);

  gtk_filter = GTK_FILTER (gtk_custom_filter_new (view_filter_match, filter, view_filter_free));
  /* The settings object lives as long as the filter, so the handler needs no disconnect. */
  g_object_set_data (G_OBJECT (gtk_filter), "vigil-view-filter", filter);
  g_signal_connect_swapped (filter->settings, "changed", G_CALLBACK (on_view_settings_changed_cb),
                            gtk_filter);
  g_signal_connect_object (context, "profile-changed", G_CALLBACK (on_profile_changed_cb),
                           gtk_filter, G_CONNECT_SWAPPED);

  return gtk_filter;
}

/**
 * vigil_page_fill_references:
 *
 * Shows each #VigilReference of @references as people cite it, hiding @heading when
 * there are none.
 */
void
vigil_page_fill_references (GtkBox     *box,
                            GtkWidget  *heading,
                            GListModel *references)
{
  guint n = g_list_model_get_n_items (references);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VigilReference) reference = g_list_model_get_item (references, i);
      g_autofree char *text = vigil_reference_dup_label (reference);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (box, label);
    }

  gtk_widget_set_visible (heading, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (box), n > 0);
}

/**
 * vigil_page_set_reviewed:
 * @reviewed: (nullable): a YYYY-MM-DD date
 *
 * Shows when the guidance was last checked, in the locale's date format.
 */
void
vigil_page_set_reviewed (GtkLabel   *label,
                         const char *reviewed)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (label), reviewed != NULL);
  if (reviewed == NULL)
    return;

  {
    g_autofree char *iso = g_strconcat (reviewed, "T00:00:00Z", NULL);
    date = g_date_time_new_from_iso8601 (iso, NULL);
  }
  formatted = date != NULL ? g_date_time_format (date, "%x") : g_strdup (reviewed);

  /* Translators: the date the guidance was last checked for accuracy */
  text = g_strdup_printf (_("Guidance reviewed on %s"), formatted);
  gtk_label_set_label (label, text);
}

/**
 * vigil_page_report_error:
 *
 * Tells the person why a change from @widget was refused: as a toast of the window
 * (win.show-message), or on stderr when @widget is in no window.
 */
void
vigil_page_report_error (GtkWidget    *widget,
                         const GError *error)
{
  if (!gtk_widget_activate_action (widget, "win.show-message", "s", error->message))
    g_printerr ("%s\n", error->message);
}

/**
 * vigil_page_clear_add_row:
 *
 * Empties an entry row used to add things, ready for the next one.
 */
void
vigil_page_clear_add_row (AdwEntryRow *row)
{
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  /* Clearing the text counts as an edit: without this the apply button stays up. */
  adw_entry_row_set_show_apply_button (row, FALSE);
  adw_entry_row_set_show_apply_button (row, TRUE);
}

/**
 * vigil_page_new_switch_row:
 * @subtitle: (nullable): the row's second line
 * @out_switch: (out) (transfer none): the row's switch
 *
 * Returns: (transfer floating): a row that toggles its switch when activated; the switch
 *   carries the row's title as its accessible name
 */
GtkWidget *
vigil_page_new_switch_row (const char  *title,
                           const char  *subtitle,
                           GtkSwitch  **out_switch)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);

  *out_switch = GTK_SWITCH (toggle);
  return row;
}
