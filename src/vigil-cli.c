/* vigil-cli.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "catalog/vigil-catalog-loader.h"
#include "export/vigil-export.h"
#include "export/vigil-import.h"
#include "vigil-catalog-report.h"
#include "vigil-cli.h"
#include "vigil-context.h"

/**
 * vigil_cli_catalog_report:
 * @as_json: JSON for scripts instead of a table for people
 *
 * Loads the bundled catalog, in the current language, and reports what it holds.
 */
int
vigil_cli_catalog_report (gboolean   as_json,
                          char     **output,
                          char     **errors)
{
  g_autoptr(VigilCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (output != NULL && errors != NULL, VIGIL_CLI_EXIT_USAGE);

  *output = NULL;
  *errors = NULL;

  catalog = vigil_catalog_load_default (&error);
  if (catalog == NULL)
    {
      /* Translators: %s is the technical reason */
      *errors = g_strdup_printf (_("The guidance catalog could not be loaded: %s\n"),
                                 error->message);
      return VIGIL_CLI_EXIT_FAILURE;
    }

  if (as_json)
    {
      g_autofree char *json = vigil_catalog_report_to_json (catalog);
      *output = g_strconcat (json, "\n", NULL);
    }
  else
    *output = vigil_catalog_report_to_text (catalog);

  return VIGIL_CLI_EXIT_OK;
}

static VigilContext *
open_context (const char  *data_dir,
              char       **errors)
{
  g_autoptr(GError) error = NULL;
  VigilContext *context = vigil_context_new (data_dir, &error);

  if (context == NULL)
    /* Translators: %s is the technical reason */
    *errors = g_strdup_printf (_("Vigil’s data could not be opened: %s\n"), error->message);

  return context;
}

/* A profile by its name, exactly or else ignoring case; 0 with @errors set when no profile,
 * or more than one, has it. */
static gint64
find_profile (VigilContext  *context,
              const char    *name,
              char         **errors)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autofree char *folded = g_utf8_casefold (name, -1);
  gint64 exact = 0, similar = 0;
  guint n_exact = 0, n_similar = 0;

  profiles = vigil_profile_store_list (vigil_context_get_profile_store (context), TRUE, &error);
  if (profiles == NULL)
    {
      /* Translators: %s is the technical reason */
      *errors = g_strdup_printf (_("The profiles could not be read: %s\n"), error->message);
      return 0;
    }

  for (guint i = 0; i < profiles->len; i++)
    {
      VigilProfile *profile = g_ptr_array_index (profiles, i);
      g_autofree char *other = g_utf8_casefold (vigil_profile_get_name (profile), -1);

      if (g_str_equal (vigil_profile_get_name (profile), name))
        {
          exact = vigil_profile_get_id (profile);
          n_exact++;
        }
      if (g_str_equal (other, folded))
        {
          similar = vigil_profile_get_id (profile);
          n_similar++;
        }
    }

  if (n_exact == 1)
    return exact;
  if (n_exact == 0 && n_similar == 1)
    return similar;

  if (n_exact + n_similar == 0)
    /* Translators: %s is a profile's name */
    *errors = g_strdup_printf (_("There is no profile called “%s”. "
                                 "vigil --list-profiles lists them.\n"), name);
  else
    /* Translators: %s is a profile's name */
    *errors = g_strdup_printf (_("More than one profile is called “%s”. "
                                 "Rename one of them in Vigil first.\n"), name);

  return 0;
}

/**
 * vigil_cli_list_profiles:
 *
 * Lists the profiles, one a line: the name, a tab, the kind, and "archived" after another
 * tab for archived ones. The names are what --profile takes.
 */
int
vigil_cli_list_profiles (const char  *data_dir,
                         char       **output,
                         char       **errors)
{
  g_autoptr(VigilContext) context = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GError) error = NULL;
  GString *text;

  g_return_val_if_fail (output != NULL && errors != NULL, VIGIL_CLI_EXIT_USAGE);

  *output = NULL;
  *errors = NULL;

  context = open_context (data_dir, errors);
  if (context == NULL)
    return VIGIL_CLI_EXIT_FAILURE;

  profiles = vigil_profile_store_list (vigil_context_get_profile_store (context), TRUE, &error);
  if (profiles == NULL)
    {
      *errors = g_strdup_printf (_("The profiles could not be read: %s\n"), error->message);
      return VIGIL_CLI_EXIT_FAILURE;
    }

  text = g_string_new (NULL);
  for (guint i = 0; i < profiles->len; i++)
    {
      VigilProfile *profile = g_ptr_array_index (profiles, i);

      g_string_append_printf (text, "%s\t%s%s\n", vigil_profile_get_name (profile),
                              vigil_profile_kind_to_id (vigil_profile_get_kind (profile)),
                              vigil_profile_get_archived (profile) ? "\tarchived" : "");
    }
  *output = g_string_free (text, FALSE);

  return VIGIL_CLI_EXIT_OK;
}

/* With no name: the only profile, if there is just one. */
static gint64
choose_profile (VigilContext  *context,
                const char    *name,
                char         **errors)
{
  g_autoptr(GPtrArray) profiles = NULL;

  if (name != NULL)
    return find_profile (context, name, errors);

  profiles = vigil_profile_store_list (vigil_context_get_profile_store (context), TRUE, NULL);
  if (profiles != NULL && profiles->len == 1)
    return vigil_profile_get_id (g_ptr_array_index (profiles, 0));

  *errors = g_strdup (_("There is more than one profile: choose one with --profile NAME.\n"));
  return 0;
}

/**
 * vigil_cli_export:
 * @profile: (nullable): the profile's name; %NULL when there is only one
 * @format: (nullable): "pdf", "html", "csv" or "json"; %NULL to go by @path's extension
 *
 * Writes a profile to @path, readable by the user only.
 */
int
vigil_cli_export (const char  *data_dir,
                  const char  *path,
                  const char  *profile,
                  const char  *format,
                  char       **output,
                  char       **errors)
{
  g_autoptr(VigilContext) context = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  VigilExportFormat export_format;
  gint64 profile_id;

  g_return_val_if_fail (path != NULL, VIGIL_CLI_EXIT_USAGE);
  g_return_val_if_fail (output != NULL && errors != NULL, VIGIL_CLI_EXIT_USAGE);

  *output = NULL;
  *errors = NULL;
  display = g_filename_display_name (path);

  if (format != NULL ? !vigil_export_format_from_string (format, &export_format)
                     : !vigil_export_format_from_path (path, &export_format))
    {
      *errors = g_strdup (_("Choose a format with --format pdf, html, csv or json, "
                            "or end the file name in one of them.\n"));
      return VIGIL_CLI_EXIT_USAGE;
    }

  context = open_context (data_dir, errors);
  if (context == NULL)
    return VIGIL_CLI_EXIT_FAILURE;

  profile_id = choose_profile (context, profile, errors);
  if (profile_id == 0)
    return VIGIL_CLI_EXIT_UNKNOWN_PROFILE;

  bytes = vigil_export_render (context, profile_id, export_format, &error);
  if (bytes == NULL)
    {
      /* Translators: %s is the technical reason */
      *errors = g_strdup_printf (_("The export failed: %s\n"), error->message);
      return VIGIL_CLI_EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (path);
  if (!vigil_export_write_private (file, bytes, &error))
    {
      *errors = g_strdup_printf ("%s\n", error->message);
      return VIGIL_CLI_EXIT_CANNOT_WRITE;
    }

  /* Translators: %s is a file name */
  *output = g_strdup_printf (_("Exported to %s.\n"), display);

  return VIGIL_CLI_EXIT_OK;
}

/* Reads at most one byte more than an import accepts, so that a huge file, or an endless
 * one such as /dev/zero, is refused without being read whole. */
static GBytes *
read_limited (const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  g_autoptr(GByteArray) contents = g_byte_array_new ();
  guint8 buffer[65536];
  gsize n;

  if (stream == NULL)
    return NULL;

  do
    {
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, sizeof buffer, &n, NULL,
                                    error))
        return NULL;
      g_byte_array_append (contents, buffer, n);
    }
  while (n == sizeof buffer && contents->len <= VIGIL_IMPORT_MAX_SIZE);

  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

/**
 * vigil_cli_import:
 * @profile: (nullable): the profile to merge into; %NULL makes a new profile
 * @dry_run: only say what would change
 *
 * Imports a Vigil JSON file and says what it changes (or would change).
 */
int
vigil_cli_import (const char  *data_dir,
                  const char  *path,
                  const char  *profile,
                  gboolean     dry_run,
                  char       **output,
                  char       **errors)
{
  g_autoptr(VigilContext) context = NULL;
  g_autoptr(VigilImportPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *description = NULL;
  g_autofree char *done = NULL;
  gint64 profile_id = 0;

  g_return_val_if_fail (path != NULL, VIGIL_CLI_EXIT_USAGE);
  g_return_val_if_fail (output != NULL && errors != NULL, VIGIL_CLI_EXIT_USAGE);

  *output = NULL;
  *errors = NULL;
  display = g_filename_display_name (path);

  bytes = read_limited (path, &error);
  if (bytes == NULL)
    {
      /* Translators: the first %s is a file name, the second the reason */
      *errors = g_strdup_printf (_("Could not read %s: %s\n"), display, error->message);
      return VIGIL_CLI_EXIT_BAD_INPUT;
    }

  context = open_context (data_dir, errors);
  if (context == NULL)
    return VIGIL_CLI_EXIT_FAILURE;

  if (profile != NULL)
    {
      profile_id = find_profile (context, profile, errors);
      if (profile_id == 0)
        return VIGIL_CLI_EXIT_UNKNOWN_PROFILE;
    }

  plan = vigil_import_plan (context, bytes, profile_id, &error);
  if (plan == NULL)
    {
      /* Translators: the first %s is a file name, the second the reason */
      *errors = g_strdup_printf (_("%s cannot be imported: %s\n"), display, error->message);
      return error->domain == VIGIL_IMPORT_ERROR ? VIGIL_CLI_EXIT_BAD_INPUT
                                                 : VIGIL_CLI_EXIT_FAILURE;
    }

  description = vigil_import_plan_describe (plan);

  if (dry_run)
    {
      *output = g_strconcat (description, _("This was a dry run: nothing was changed."), "\n",
                             NULL);
      return VIGIL_CLI_EXIT_OK;
    }

  if (!vigil_import_apply (context, plan, &profile_id, &error))
    {
      /* Translators: %s is the technical reason */
      *errors = g_strdup_printf (_("The import failed and changed nothing: %s\n"),
                                 error->message);
      return VIGIL_CLI_EXIT_CANNOT_WRITE;
    }

  /* Translators: %s is a profile's name */
  done = g_strdup_printf (_("Imported into the profile “%s”."),
                          vigil_import_plan_get_profile_name (plan));
  *output = g_strconcat (description, done, "\n", NULL);

  return VIGIL_CLI_EXIT_OK;
}
