/* vigil-window-export.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "export/vigil-export.h"
#include "report/vigil-report.h"
#include "vigil-window-private.h"

/* Export and Print of the current profile's report. Export goes through
 * GtkFileChooserNative, so that a sandboxed Vigil saves where the person chose through the
 * portal; the format is a choice in the same dialog. Print lays out the very pages the PDF
 * export writes, on the paper the print dialog chose. */

#define FORMAT_CHOICE "format"

static const struct {
  const char        *id;
  const char        *label;
  const char        *pattern;
  VigilExportFormat  format;
} formats[] = {
  { "pdf", N_("PDF Report"), "*.pdf", VIGIL_EXPORT_PDF },
  { "html", N_("Web Page Report"), "*.html", VIGIL_EXPORT_HTML },
  { "csv", N_("Spreadsheet (CSV)"), "*.csv", VIGIL_EXPORT_CSV },
  { "json", N_("Vigil Data (JSON), to Import Elsewhere"), "*.json", VIGIL_EXPORT_JSON },
};

/* The name typed wins over the choice when its extension names a format: people type
 * "report.csv" and expect a CSV file. Otherwise the chosen format's extension is added. */
static GFile *
file_for_format (GFile             *chosen,
                 VigilExportFormat *format)
{
  g_autofree char *name = g_file_get_basename (chosen);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *with_extension = NULL;

  if (vigil_export_format_from_path (name, format))
    return g_object_ref (chosen);

  parent = g_file_get_parent (chosen);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == *format)
      with_extension = g_strconcat (name, ".", formats[i].id, NULL);
  return g_file_get_child (parent, with_extension);
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       VigilWindow     *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  VigilExportFormat format = VIGIL_EXPORT_PDF;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  vigil_export_format_from_string (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog),
                                                                FORMAT_CHOICE), &format);
  file = file_for_format (chosen, &format);
  name = g_file_get_basename (file);

  if (!vigil_export_to_file (self->context, vigil_context_get_profile_id (self->context),
                             format, file, &error))
    /* Translators: the file name, then why it could not be written */
    message = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);
  else
    /* Translators: the file name */
    message = g_strdup_printf (_("Exported to “%s”"), name);
  vigil_window_show_toast (self, message, FALSE);

out:
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static char *
suggested_name (VigilWindow *self)
{
  g_autofree char *profile = vigil_profile_store_dup_name (
    vigil_context_get_profile_store (self->context), vigil_context_get_profile_id (self->context),
    NULL);

  /* Translators: the suggested file name of an exported report; the profile's name */
  return g_strdup_printf (_("%s – Vigil report.pdf"), profile != NULL ? profile : "Vigil");
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = suggested_name (self);
  const char *ids[G_N_ELEMENTS (formats) + 1] = { NULL };
  const char *labels[G_N_ELEMENTS (formats) + 1] = { NULL };

  dialog = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      ids[i] = formats[i].id;
      labels[i] = _(formats[i].label);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), FORMAT_CHOICE, _("Format"),
                               ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), FORMAT_CHOICE, "pdf");
  {
    g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

    gtk_file_filter_set_name (filter, _("Reports and Vigil Data"));
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      gtk_file_filter_add_pattern (filter, formats[i].pattern);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  }

  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

typedef struct
{
  VigilContext      *context;
  gint64             profile_id;
  VigilReportLayout *layout;
  GError            *error;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->context);
  g_clear_object (&job->layout);
  g_clear_error (&job->error);
  g_free (job);
}

/* The paper is known only now: the layout is made for it. */
static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  job->layout = vigil_report_layout_new (job->context, job->profile_id,
                                         gtk_print_context_get_width (context),
                                         gtk_print_context_get_height (context), &job->error);
  if (job->layout == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, vigil_report_layout_get_n_pages (job->layout));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  vigil_report_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context),
                                 (guint) page);
}

/**
 * vigil_window_print_report:
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, or EXPORT with @export_path
 * @export_path: (nullable): where GTK writes the PDF for EXPORT
 *
 * Prints the current profile's report, the same pages as the PDF export.
 *
 * Returns: whether it was printed (or exported); a failure is shown in a toast
 */
gboolean
vigil_window_print_report (VigilWindow             *self,
                           GtkPrintOperationAction  action,
                           const char              *export_path)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  PrintJob *job = g_new0 (PrintJob, 1);
  GtkPrintOperationResult result;

  job->context = g_object_ref (self->context);
  job->profile_id = vigil_context_get_profile_id (self->context);
  g_object_set_data_full (G_OBJECT (operation), "vigil-print-job", job,
                          (GDestroyNotify) print_job_free);

  /* The report sets its own margins, as in the PDF, on the whole sheet. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);

  result = gtk_print_operation_run (operation, action, GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR || job->error != NULL)
    {
      g_autofree char *message =
        /* Translators: why the report could not be printed */
        g_strdup_printf (_("Could not print: %s"),
                         job->error != NULL ? job->error->message : error->message);

      vigil_window_show_toast (self, message, FALSE);
      return FALSE;
    }

  return result == GTK_PRINT_OPERATION_RESULT_APPLY;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  vigil_window_print_report (VIGIL_WINDOW (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                             NULL);
}

void
vigil_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
}
