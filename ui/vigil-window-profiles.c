/* vigil-window-profiles.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's profile menu and what it offers: switch, create, rename, duplicate and
 * delete (with Undo). Part of VigilWindow, kept apart from navigation. */

#define G_LOG_DOMAIN "vigil-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-onboarding.h"
#include "vigil-profile-dialog.h"
#include "vigil-window-private.h"

/* The profile menu: one radio item per profile (win.profile), then what can be done
 * with the current one. */
static void
set_profile_menu (VigilWindow *self,
                  GPtrArray   *list)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) profiles = g_menu_new ();
  g_autoptr(GMenu) actions = g_menu_new ();

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      VigilProfile *profile = g_ptr_array_index (list, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, vigil_profile_get_id (profile));
      g_autoptr(GMenuItem) item = g_menu_item_new (vigil_profile_get_name (profile), NULL);

      g_menu_item_set_action_and_target (item, "win.profile", "s", id);
      g_menu_append_item (profiles, item);
    }

  g_menu_append (actions, _("_New Profile…"), "win.new-profile");
  g_menu_append (actions, _("_Rename Profile…"), "win.rename-profile");
  g_menu_append (actions, _("Profile _Settings…"), "win.profile-settings");
  g_menu_append (actions, _("D_uplicate Profile"), "win.duplicate-profile");
  g_menu_append (actions, _("_Delete Profile…"), "win.delete-profile");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (profiles));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (actions));
  gtk_menu_button_set_menu_model (self->profile_button, G_MENU_MODEL (menu));
}

/* A menu button given a model builds the whole popover menu at once, so this one is built
 * when first opened (create_profile_popup_cb) rather than for the first frame. Until then
 * only the actions it would offer need to be kept current. */
static void
rebuild_profile_menu (VigilWindow *self)
{
  g_autoptr(GPtrArray) list = NULL;

  list = vigil_profile_store_list (vigil_context_get_profile_store (self->context), FALSE, NULL);
  if (gtk_menu_button_get_popover (self->profile_button) != NULL)
    set_profile_menu (self, list);

  /* The last profile stays: there must always be one to show. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-profile",
                                 list != NULL && list->len > 1);
}

static void
create_profile_popup_cb (GtkMenuButton *button,
                         gpointer       user_data)
{
  VigilWindow *self = user_data;
  g_autoptr(GPtrArray) list = NULL;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  list = vigil_profile_store_list (vigil_context_get_profile_store (self->context), FALSE, NULL);
  set_profile_menu (self, list);
}

char *
vigil_window_dup_profile (VigilWindow *self)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, vigil_context_get_profile_id (self->context));
}

static gboolean
switch_profile (VigilWindow *self,
                gint64       profile_id)
{
  g_autoptr(GError) error = NULL;

  if (profile_id == vigil_context_get_profile_id (self->context))
    return TRUE;

  if (!vigil_context_set_profile_id (self->context, profile_id, &error))
    {
      g_debug ("Could not switch profile: %s", error->message);
      return FALSE;
    }

  g_settings_set_int64 (self->settings, "profile", profile_id);
  vigil_window_notify_profile (self);
  return TRUE;
}

void
vigil_window_set_profile (VigilWindow *self,
                          const char  *id)
{
  switch_profile (self, g_ascii_strtoll (id != NULL ? id : "", NULL, 10));
}

static void
on_profile_changed_cb (VigilWindow  *self,
                       VigilContext *context)
{
  g_autoptr(VigilProfile) profile = NULL;

  vigil_window_update_sidebar_progress (self);
  /* Profile Settings can rename the profile the menu lists. */
  rebuild_profile_menu (self);
  profile = vigil_profile_store_lookup (vigil_context_get_profile_store (context),
                                        vigil_context_get_profile_id (context), NULL);
  if (profile != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->profile_button), vigil_profile_get_name (profile));
  vigil_window_notify_profile (self);
}

/* Shows a profile just made (or why it could not be), then @done as a toast. */
static void
show_added_profile (VigilWindow  *self,
                    gint64        profile_id,
                    const GError *error,
                    const char   *done)
{
  if (profile_id < 0)
    {
      vigil_window_show_toast (self, error->message, FALSE);
      return;
    }

  rebuild_profile_menu (self);
  switch_profile (self, profile_id);
  if (done != NULL)
    vigil_window_show_toast (self, done, FALSE);
}

static void
on_profile_created_cb (VigilWindow     *self,
                       gint64           profile_id,
                       VigilOnboarding *onboarding)
{
  show_added_profile (self, profile_id, NULL, _("Profile created"));
}

/* A new profile gets the same questions as the first one did, so it fits at once. */
static void
new_profile_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  VigilOnboarding *onboarding = vigil_onboarding_new (GTK_WINDOW (self), self->context,
                                                      VIGIL_ONBOARDING_NEW_PROFILE);

  g_signal_connect_object (onboarding, "profile-created", G_CALLBACK (on_profile_created_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (onboarding));
}

static void
on_rename_profile_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               VigilWindow      *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, VIGIL_PROFILE_DIALOG_ACCEPT))
    return;

  if (!vigil_profile_store_rename (vigil_context_get_profile_store (self->context),
                                   vigil_context_get_profile_id (self->context),
                                   vigil_profile_dialog_get_name (dialog), &error))
    {
      vigil_window_show_toast (self, error->message, FALSE);
      return;
    }

  /* This rebuilds the menu, which lists the new name, too. */
  on_profile_changed_cb (self, self->context);
  vigil_window_show_toast (self, _("Profile renamed"), FALSE);
}

static void
rename_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  name = vigil_profile_store_dup_name (vigil_context_get_profile_store (self->context),
                                       vigil_context_get_profile_id (self->context), NULL);
  dialog = vigil_profile_dialog_new (GTK_WINDOW (self), _("Rename Profile"), NULL,
                                     _("_Rename"), name);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_profile_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
duplicate_profile_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  VigilProfileStore *store = vigil_context_get_profile_store (self->context);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *copy_name = NULL;
  gint64 copy;

  name = vigil_profile_store_dup_name (store, vigil_context_get_profile_id (self->context), NULL);
  /* Translators: the name of a duplicated profile; %s is the original's name */
  copy_name = g_strdup_printf (_("%s (Copy)"), name != NULL ? name : "");
  copy = vigil_profile_store_duplicate (store, vigil_context_get_profile_id (self->context),
                                        copy_name, &error);
  show_added_profile (self, copy, error, _("Profile duplicated"));
}

static gint64
first_other_profile (VigilWindow *self,
                     gint64       profile_id)
{
  g_autoptr(GPtrArray) list = NULL;

  list = vigil_profile_store_list (vigil_context_get_profile_store (self->context), FALSE, NULL);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      gint64 id = vigil_profile_get_id (g_ptr_array_index (list, i));

      if (id != profile_id)
        return id;
    }

  return -1;
}

static void
on_delete_profile_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               VigilWindow      *self)
{
  gint64 doomed = vigil_context_get_profile_id (self->context);
  gint64 next = first_other_profile (self, doomed);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!g_str_equal (response, "delete") || next < 0)
    return;

  name = vigil_profile_store_dup_name (vigil_context_get_profile_store (self->context), doomed,
                                       NULL);
  if (!switch_profile (self, next) ||
      !vigil_profile_store_delete (vigil_context_get_profile_store (self->context), doomed,
                                   &error))
    {
      vigil_window_show_toast (self, error != NULL ? error->message : _("The profile could not be deleted"),
                  FALSE);
      return;
    }

  rebuild_profile_menu (self);
  /* Translators: %s is the name of the profile that was deleted */
  title = g_strdup_printf (_("“%s” deleted"), name != NULL ? name : "");
  vigil_window_show_toast (self, title, TRUE);
  self->deleted_profile = doomed;
}

static void
delete_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  name = vigil_profile_store_dup_name (vigil_context_get_profile_store (self->context),
                                       vigil_context_get_profile_id (self->context), NULL);
  /* Translators: %s is a profile's name */
  heading = g_strdup_printf (_("Delete “%s”?"), name != NULL ? name : "");
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Its progress, notes, evidence and custom items are "
                                     "deleted with it. Until you quit Vigil you can still "
                                     "undo this."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_profile_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Returns whether there was a deleted profile to bring back. */
gboolean
vigil_window_undo_profile_deletion (VigilWindow *self)
{
  gint64 profile_id = self->deleted_profile;

  if (profile_id <= 0)
    return FALSE;

  self->deleted_profile = 0;
  if (!vigil_profile_store_restore (vigil_context_get_profile_store (self->context), profile_id,
                                    NULL))
    {
      vigil_window_show_toast (self, _("The profile could not be restored"), FALSE);
      return TRUE;
    }

  rebuild_profile_menu (self);
  switch_profile (self, profile_id);
  vigil_window_show_toast (self, _("Profile restored"), FALSE);
  return TRUE;
}

static void
profile_settings_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (vigil_onboarding_new (GTK_WINDOW (self), self->context,
                                                        VIGIL_ONBOARDING_EDIT)));
}

void
vigil_window_profiles_constructed (VigilWindow *self)
{
  g_signal_connect_object (self->context, "profile-changed",
                           G_CALLBACK (on_profile_changed_cb), self, G_CONNECT_SWAPPED);
  /* Deletions are undone within a session; what a session left deleted goes for good. */
  vigil_profile_store_purge (vigil_context_get_profile_store (self->context), G_MAXINT64, NULL);
  if (g_settings_get_int64 (self->settings, "profile") > 0)
    switch_profile (self, g_settings_get_int64 (self->settings, "profile"));
  /* The button is the window's own, so it never outlives the window. */
  gtk_menu_button_set_create_popup_func (self->profile_button, create_profile_popup_cb, self, NULL);
  /* This also makes the menu's actions fit the profiles there are. */
  on_profile_changed_cb (self, self->context);
}

void
vigil_window_profiles_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-profile", NULL, new_profile_action);
  gtk_widget_class_install_action (widget_class, "win.rename-profile", NULL,
                                   rename_profile_action);
  gtk_widget_class_install_action (widget_class, "win.profile-settings", NULL,
                                   profile_settings_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-profile", NULL,
                                   duplicate_profile_action);
  gtk_widget_class_install_action (widget_class, "win.delete-profile", NULL,
                                   delete_profile_action);
  gtk_widget_class_install_property_action (widget_class, "win.profile", "profile");
}
