/* vigil-report-csv.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vigil-report.h"
#include "vigil-report-model.h"
#include "vigil-report-text.h"

/* RFC 4180: CRLF after every record, and a field holding a comma, a quote, CR or LF is
 * quoted with its quotes doubled. The file is UTF-8 without a byte order mark: a BOM ends
 * up inside the first header name for most tools that read CSV (Python's csv, cut, awk),
 * and the spreadsheets that care ask for the encoding on import.
 *
 * Dates are YYYY-MM-DD rather than the locale's format: every spreadsheet reads them as
 * dates in every locale and sorts them correctly. The labels and statuses are translated. */
static void
append_field (GString    *csv,
              const char *value,
              gboolean    first)
{
  if (!first)
    g_string_append_c (csv, ',');
  if (value == NULL || *value == '\0')
    return;

  /* Owners, notes and reasons are typed by people, and the file is meant for spreadsheets,
   * which run a cell starting with = + - or @ as a formula ("CSV injection"). Such a field
   * gets a leading apostrophe, which spreadsheets read as "this is text", as OWASP advises;
   * tab and CR start formulas in some programs too. */
  if (strchr ("=+-@\t\r", value[0]) != NULL)
    {
      g_autofree char *escaped = g_strconcat ("'", value, NULL);

      append_field (csv, escaped, TRUE);
      return;
    }

  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (csv, value);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/* Several values in one cell, one a line: spreadsheets show them stacked. */
static char *
join_lines (GPtrArray *values)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < values->len; i++)
    {
      if (i > 0)
        g_string_append_c (joined, '\n');
      g_string_append (joined, g_ptr_array_index (values, i));
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static char *
dup_review_date (gint64 usec)
{
  g_autoptr(GDateTime) date = NULL;

  if (usec == 0)
    return NULL;
  date = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);

  return date != NULL ? g_date_time_format (date, "%Y-%m-%d") : NULL;
}

static void
append_item (GString              *csv,
             VigilReportSection   *section,
             VigilReportGuideline *guideline,
             VigilReportItem      *item)
{
  VigilItemState *state = item->state;
  g_autofree char *review = dup_review_date (item->review_due);
  g_autofree char *evidence = join_lines (item->evidence);
  g_autofree char *references = join_lines (guideline->references);
  gboolean done = state->status == VIGIL_ITEM_STATUS_DONE;

  append_field (csv, section->title, TRUE);
  append_field (csv, guideline->id, FALSE);
  append_field (csv, guideline->title, FALSE);
  append_field (csv, item->id, FALSE);
  append_field (csv, item->title, FALSE);
  append_field (csv, vigil_report_status_label (state->status), FALSE);
  /* Translators: in a report's "Done" column */
  append_field (csv, done ? C_("done", "Yes") : C_("done", "No"), FALSE);
  append_field (csv, state->owner, FALSE);
  append_field (csv, state->due, FALSE);
  append_field (csv, review, FALSE);
  append_field (csv, state->note, FALSE);
  append_field (csv, vigil_report_item_reason (item), FALSE);
  append_field (csv, vigil_report_item_until (item), FALSE);
  append_field (csv, evidence, FALSE);
  append_field (csv, references, FALSE);
  g_string_append (csv, "\r\n");
}

/**
 * vigil_report_render_csv:
 * @profile_id: the profile to report on; it need not be the current one
 *
 * One row per applicable item, after a header row, in the UI language.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
vigil_report_render_csv (VigilContext  *context,
                         gint64         profile_id,
                         GError       **error)
{
  g_autoptr(VigilReportModel) model = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  model = vigil_report_model_new (context, profile_id, error);
  if (model == NULL)
    return NULL;

  for (guint i = 0; i < VIGIL_REPORT_N_LABELS; i++)
    append_field (csv, vigil_report_label (i), i == 0);
  g_string_append (csv, "\r\n");

  for (guint s = 0; s < model->sections->len; s++)
    {
      VigilReportSection *section = g_ptr_array_index (model->sections, s);

      for (guint g = 0; g < section->guidelines->len; g++)
        {
          VigilReportGuideline *guideline = g_ptr_array_index (section->guidelines, g);

          for (guint i = 0; i < guideline->items->len; i++)
            append_item (csv, section, guideline, g_ptr_array_index (guideline->items, i));
        }
    }

  return g_string_free_to_bytes (g_steal_pointer (&csv));
}
