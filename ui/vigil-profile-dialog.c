/* vigil-profile-dialog.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-profile-dialog.h"

static void
on_name_changed_cb (GtkEditable      *name,
                    AdwMessageDialog *dialog)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (gtk_editable_get_text (name)));

  adw_message_dialog_set_response_enabled (dialog, VIGIL_PROFILE_DIALOG_ACCEPT, *trimmed != '\0');
}

/**
 * vigil_profile_dialog_new:
 * @name: (nullable): the name to start from
 *
 * A dialog that asks for a profile's name. Its accepting response,
 * %VIGIL_PROFILE_DIALOG_ACCEPT, is enabled only while the name is not blank, and Enter
 * in the name gives it.
 *
 * Returns: (transfer floating): a new #AdwMessageDialog
 */
GtkWidget *
vigil_profile_dialog_new (GtkWindow  *parent,
                          const char *heading,
                          const char *body,
                          const char *accept_label,
                          const char *name)
{
  GtkWidget *dialog, *box, *entry;

  dialog = adw_message_dialog_new (parent, heading, body);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name, such as “Home” or “Corner Bakery”"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Profile name"), -1);
  gtk_box_append (GTK_BOX (box), entry);
  g_object_set_data (G_OBJECT (dialog), "name", entry);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    VIGIL_PROFILE_DIALOG_ACCEPT, accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                              VIGIL_PROFILE_DIALOG_ACCEPT, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog),
                                           VIGIL_PROFILE_DIALOG_ACCEPT);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect (entry, "changed", G_CALLBACK (on_name_changed_cb), dialog);
  on_name_changed_cb (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));

  return dialog;
}

const char *
vigil_profile_dialog_get_name (AdwMessageDialog *dialog)
{
  return gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "name"));
}
