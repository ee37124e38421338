/* vigil-report-text.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "vigil-report-text.h"

/**
 * vigil_report_label:
 *
 * Returns: the translated name of a field, as CSV headers and item details show it
 */
const char *
vigil_report_label (VigilReportLabel label)
{
  switch (label)
    {
    case VIGIL_REPORT_LABEL_SECTION:
      return C_("report field", "Section");
    case VIGIL_REPORT_LABEL_GUIDELINE_ID:
      return C_("report field", "Guideline ID");
    case VIGIL_REPORT_LABEL_GUIDELINE:
      return C_("report field", "Guideline");
    case VIGIL_REPORT_LABEL_ITEM_ID:
      return C_("report field", "Item ID");
    case VIGIL_REPORT_LABEL_ITEM:
      return C_("report field", "Item");
    case VIGIL_REPORT_LABEL_STATUS:
      return _("Status");
    case VIGIL_REPORT_LABEL_DONE:
      return C_("report field", "Done");
    case VIGIL_REPORT_LABEL_OWNER:
      return _("Owner");
    case VIGIL_REPORT_LABEL_DUE:
      return C_("report field", "Due date");
    case VIGIL_REPORT_LABEL_REVIEW:
      /* Translators: when a done item must be checked again */
      return C_("report field", "Review date");
    case VIGIL_REPORT_LABEL_NOTE:
      return _("Note");
    case VIGIL_REPORT_LABEL_REASON:
      return _("Reason");
    case VIGIL_REPORT_LABEL_UNTIL:
      /* Translators: the date until which a risk is accepted */
      return C_("report field", "Accepted until");
    case VIGIL_REPORT_LABEL_EVIDENCE:
      return C_("report field", "Evidence");
    case VIGIL_REPORT_LABEL_REFERENCES:
      return _("References");
    case VIGIL_REPORT_N_LABELS:
    default:
      g_return_val_if_reached ("");
    }
}

/* The same words as the status menu of a checklist row. */
const char *
vigil_report_status_label (VigilItemStatus status)
{
  switch (status)
    {
    case VIGIL_ITEM_STATUS_TODO:
      return C_("item status", "To do");
    case VIGIL_ITEM_STATUS_IN_PROGRESS:
      return C_("item status", "In progress");
    case VIGIL_ITEM_STATUS_DONE:
      return C_("item status", "Done");
    case VIGIL_ITEM_STATUS_NOT_APPLICABLE:
      return C_("item status", "Not applicable");
    case VIGIL_ITEM_STATUS_RISK_ACCEPTED:
      return C_("item status", "Risk accepted");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
vigil_report_kind_label (VigilProfileKind kind)
{
  if (kind == VIGIL_PROFILE_ORGANIZATION)
    return C_("profile kind", "Organization");
  return C_("profile kind", "Household");
}

const char *
vigil_report_coverage_label (VigilReportCoverage coverage)
{
  switch (coverage)
    {
    case VIGIL_REPORT_COVERAGE_FULL:
      /* Translators: every item behind a framework control is done */
      return C_("coverage", "Covered");
    case VIGIL_REPORT_COVERAGE_PARTIAL:
      return C_("coverage", "Partly covered");
    case VIGIL_REPORT_COVERAGE_NONE:
      return C_("coverage", "Not covered");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * vigil_report_dup_title:
 *
 * Returns: (transfer full): the report's title, also its PDF title
 */
char *
vigil_report_dup_title (VigilReportModel *model)
{
  /* Translators: the title of a report; %s is the profile's name */
  return g_strdup_printf (_("Security Report: %s"), model->profile_name);
}

char *
vigil_report_dup_made_on (VigilReportModel *model)
{
  g_autofree char *date = g_date_time_format (model->date, "%x");

  /* Translators: %s is the date the report was made, in the locale's format */
  return g_strdup_printf (_("Made on %s"), date);
}

/**
 * vigil_report_format_date:
 * @iso_date: (nullable): a YYYY-MM-DD date as stored
 *
 * Returns: (transfer full) (nullable): the date in the locale's format; what was stored if
 *   it is not a date
 */
char *
vigil_report_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso_date == NULL || *iso_date == '\0')
    return NULL;

  if (sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (date == NULL)
    return g_strdup (iso_date);

  return g_date_time_format (date, "%x");
}

/**
 * vigil_report_format_time:
 * @usec: µs since the epoch; 0 for none
 *
 * Returns: (transfer full) (nullable): the local date in the locale's format
 */
char *
vigil_report_format_time (gint64 usec)
{
  g_autoptr(GDateTime) date = NULL;

  if (usec == 0)
    return NULL;

  date = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);

  return date != NULL ? g_date_time_format (date, "%x") : NULL;
}

char *
vigil_report_format_percent (double fraction)
{
  /* Translators: a percentage; write it the way your language does, such as "42 %" */
  return g_strdup_printf (C_("percent", "%u%%"), (guint)(CLAMP (fraction, 0, 1) * 100 + 0.5));
}

/**
 * vigil_report_format_progress:
 *
 * Returns: (transfer full): such as "3 of 12 steps done"
 */
char *
vigil_report_format_progress (const VigilProgress *progress)
{
  /* Translators: checklist progress; the plural follows the total */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u step done",
                                       "%u of %u steps done", progress->applicable),
                          progress->done, progress->applicable);
}

char *
vigil_report_format_framework (VigilReportFramework *framework)
{
  guint n = framework->controls->len;

  /* Translators: how many of the controls of a framework that this profile's guidance
   * cites are covered by done items, how many partly, and how many are cited */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u covered, %u partly covered, of %u cited control",
                                       "%u covered, %u partly covered, of %u cited controls",
                                       n),
                          framework->n_full, framework->n_partial, n);
}

char *
vigil_report_format_control (VigilReportControl *control)
{
  /* Translators: checklist progress; the plural follows the total */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u step done",
                                       "%u of %u steps done", control->n_items),
                          control->n_done, control->n_items);
}

/* A reason and an until-date are shown only with the status they explain, whatever else
 * may be stored. */
const char *
vigil_report_item_reason (VigilReportItem *item)
{
  if (item->state->status == VIGIL_ITEM_STATUS_NOT_APPLICABLE ||
      item->state->status == VIGIL_ITEM_STATUS_RISK_ACCEPTED)
    return item->state->reason;
  return NULL;
}

const char *
vigil_report_item_until (VigilReportItem *item)
{
  if (item->state->status == VIGIL_ITEM_STATUS_RISK_ACCEPTED)
    return item->state->accepted_until;
  return NULL;
}
