/* vigil-window-import.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "export/vigil-import.h"
#include "vigil-window-private.h"

/* Import of a Vigil file, as when a family moves to a new computer: the file is checked and
 * both ways of taking it in are worked out first (a dry run), and the dialog says what each
 * would change before anything is applied. Nothing is written until a choice is made, and
 * then in one transaction. */

typedef struct
{
  VigilWindow     *window;  /* borrowed: the dialog is its modal child */
  VigilImportPlan *as_new;
  VigilImportPlan *merge;
} ImportChoice;

static void
import_choice_free (ImportChoice *choice)
{
  g_clear_object (&choice->as_new);
  g_clear_object (&choice->merge);
  g_free (choice);
}

static void
free_choice_cb (gpointer  data,
                GClosure *closure)
{
  import_choice_free (data);
}

static void
show_failure (VigilWindow  *self,
              const char   *heading,
              const GError *error)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading,
                                                                         error->message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_choice_cb (AdwMessageDialog *dialog,
              const char       *response,
              ImportChoice     *choice)
{
  VigilWindow *self = choice->window;
  VigilImportPlan *plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 profile_id = 0;

  if (g_str_equal (response, "new"))
    plan = choice->as_new;
  else if (g_str_equal (response, "merge"))
    plan = choice->merge;
  if (plan == NULL)
    return;

  if (!vigil_import_apply (self->context, plan, &profile_id, &error))
    {
      show_failure (self, _("Nothing Was Imported"), error);
      return;
    }

  if (plan == choice->as_new)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, profile_id);

      /* Translators: the name of the profile the file became */
      message = g_strdup_printf (_("Imported as “%s”"), vigil_import_plan_get_profile_name (plan));
      vigil_window_set_profile (self, id);
    }
  else
    message = g_strdup (_("Imported into this profile"));
  vigil_window_show_toast (self, message, FALSE);
}

/* The merge's dry run, which lists what changed on both sides, under the question. */
static GtkWidget *
create_details (VigilImportPlan *merge)
{
  g_autofree char *text = vigil_import_plan_describe (merge);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *expander = gtk_expander_new_with_mnemonic (_("What a _Merge Would Change"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_expander_set_child (GTK_EXPANDER (expander), scroller);
  return expander;
}

/**
 * vigil_window_ask_import:
 * @bytes: a file's contents
 *
 * Checks @bytes as a Vigil file and asks how to take it in; a broken or foreign file gets a
 * message and changes nothing.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL if the file cannot be imported
 */
AdwMessageDialog *
vigil_window_ask_import (VigilWindow *self,
                         GBytes      *bytes)
{
  ImportChoice *choice = g_new0 (ImportChoice, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  choice->window = self;
  choice->as_new = vigil_import_plan (self->context, bytes, 0, &error);
  if (choice->as_new != NULL)
    choice->merge = vigil_import_plan (self->context, bytes,
                                       vigil_context_get_profile_id (self->context), &error);
  if (choice->merge == NULL)
    {
      show_failure (self, _("This File Cannot Be Imported"), error);
      import_choice_free (choice);
      return NULL;
    }

  profile = vigil_profile_store_dup_name (vigil_context_get_profile_store (self->context),
                                          vigil_context_get_profile_id (self->context), NULL);
  /* Translators: the profile in the file, then the profile open now */
  body = g_strdup_printf (_("The file holds the profile “%s”. It can become a new profile, or "
                            "be merged into “%s”, where the later change to each step wins."),
                          vigil_import_plan_get_profile_name (choice->as_new),
                          profile != NULL ? profile : "");
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Import Profile?"),
                                                       body));
  adw_message_dialog_set_extra_child (dialog, create_details (choice->merge));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    "new", _("Import as _New Profile"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "new", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "new");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_choice_cb), choice,
                         free_choice_cb, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
on_file_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(VigilWindow) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (bytes == NULL)
    show_failure (self, _("This File Cannot Be Imported"), error);
  else
    vigil_window_ask_import (self, bytes);
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     VigilWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      /* A file far too large to be Vigil's is not read into memory to find that out. */
      if (info != NULL && g_file_info_get_size (info) > VIGIL_IMPORT_MAX_SIZE)
        {
          g_autofree char *size = g_format_size (g_file_info_get_size (info));
          g_autofree char *limit = g_format_size (VIGIL_IMPORT_MAX_SIZE);
          g_autoptr(GError) error =
            g_error_new (VIGIL_IMPORT_ERROR, VIGIL_IMPORT_ERROR_TOO_LARGE,
                         _("The file is too large for a Vigil export (%s; at most %s)."),
                         size, limit);

          show_failure (self, _("This File Cannot Be Imported"), error);
        }
      else
        g_file_load_bytes_async (file, NULL, on_file_loaded_cb, g_object_ref (self));
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Import Vigil Data"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (filter, _("Vigil Data (JSON)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
vigil_window_import_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
}
